"""Actors named by a common noun or an epithet: the body or state named before.

An article names a firm once ("PT Contoh Makmur Tbk") and then calls it "perseroan" or
"perusahaan itu"; a regional government is "pemkab" or "pemprov" after "Kabupaten X"
or "Gubernur Y"; a crowd is "massa" after the forum that brought it; a state is
"negeri Sakura" or "negara tersebut". :class:`_Antecedents` reads the article's
mentions once and gives, for each such noun phrase of a sentence, an actor standing
for the last body or state of the noun's TYPE named before it:

* a company noun takes the last company (a name with "PT", "Tbk", "Corporation" …, or
  one introduced by "perusahaan"/"emiten");
* a regional-government noun the last regional government, or the last region named
  with its level ("Kabupaten X", "Bupati X"), of the same level ("pemda": any);
* a state noun or epithet the last state (an epithet only its own state);
* a crowd noun the last civic group (forum, serikat, aliansi …);
* "lembaga antirasuah" the anti-corruption commission, "korps Bhayangkara" the police;
* a bare office of a region's head ("meminta bupati menjawab …", "wali kota berjanji …")
  the last person named holding that office ("Bupati X <nama>", "Wali Kota X, <nama>").

A person never stands behind a body noun, and nothing is given when no antecedent of
the right type was named before: the noun is then no actor, unless a domestic story asks
it to act ("meminta kejaksaan memeriksa …", "mendesak bupati mencabut …"): the one
body of that kind the story is about is then named as written. The relation stage puts
these actors beside the named ones, so every slot (subject, object, passive agent)
reads them alike.

>>> from warta.records import Mention
>>> text = "PT Sinar Kencana Tbk membeli pabrik. Perseroan menggandeng Grup Laut Biru."
>>> ms = (Mention(0, 20, "PT Sinar Kencana Tbk", "ORG"), Mention(60, 74, "Grup Laut Biru", "ORG"))
>>> ante = _Antecedents(text, ms, frozenset())
>>> from warta.nlp.relations.actors import _Tok
>>> ante.resolve([_Tok("perseroan", 37, 46, True), _Tok("menggandeng", 47, 58)], 0)
('PT Sinar Kencana Tbk', 1, True)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Sequence

from warta.nlp.relations.actors import _Tok
from warta.nlp.relations.counted_crowds import CROWD_PEOPLE
from warta.nlp.relations.institutions import bare_institution, institution_kind
from warta.nlp.relations.lexicon import DELEGATES
from warta.nlp.relations.repairs import _CIVIC_HEADS, GROUP_NOUNS
from warta.nlp.relations.words import _ASKING, _NUMBERS, _REGION_HEAD_OFFICES
from warta.records import Mention

#: A firm's name: a legal form before or after it, or a group's word.
#: The lower-case words of a trade between a group of employees and their firm's name
#: ("pekerja galangan kapal PT X": see :data:`.repairs._GROUP_OF_PLACE`).
_TRADE_BEFORE_FIRM = re.compile(r"^(?:[a-z]+ ){1,2}(?=(?:PT|CV)\b)")
_COMPANY_NAME = re.compile(
    r"^(?:PT|CV|Perum|Perusahaan Umum)\b|\b(?:Tbk|Persero)\b\.?|"
    r"\b(?:Corporation|Corp|Inc|Ltd|Limited|Company|GmbH|Holdings?|Group|Grup|Co)\b\.?$"
)
#: A short name in parentheses right after a name: "(XT)".
_SHORT_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,9})\)")
#: Words introducing a firm's name ("perusahaan energi asal X, <nama>").
_COMPANY_INTRO = frozenset("perusahaan emiten produsen korporasi pabrikan operator".split())
#: A region's level, from the words naming its government, office or itself.
_LEVELS = {
    "provinsi": "provinsi",
    "pemprov": "provinsi",
    "gubernur": "provinsi",
    "kabupaten": "kabupaten",
    "pemkab": "kabupaten",
    "bupati": "kabupaten",
    "kota": "kota",
    "pemkot": "kota",
    "walikota": "kota",
}
#: A regional government named as such before its region ("Pemerintah Kabupaten X").
_REGIONAL_BODY = re.compile(
    r"^(?:Pemerintah\s+(Provinsi|Kabupaten|Kota)|Pem(prov|kab|kot))\b", re.I
)
#: The region a body's name ends with ("Dinas Pendidikan Kabupaten X", "Polres Kota X").
_REGION_SERVED = re.compile(r"\b(Provinsi|Kabupaten|Kota)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)$")
#: Bodies an epithet stands for, by the words their names hold.
_ANTI_CORRUPTION = ("pemberantasan korupsi", "kpk")
_POLICE = ("polri", "kepolisian", "polda", "polres", "polresta", "polrestabes", "polsek")
#: First words of a court's name ("Pengadilan Negeri X", "Mahkamah Agung").
_COURT_HEADS = frozenset("pengadilan mahkamah".split())
#: Words for the bench that sits in a court ("majelis hakim", "panel hakim").
_BENCH_HEADS = frozenset("majelis panel".split())
#: Epithets of states ("negeri Sakura") and the state each names, as the entity layer
#: names it; the epithet acts only when that state was named before.
_STATE_EPITHETS = {
    ("sakura",): "Japan",
    ("matahari", "terbit"): "Japan",
    ("ginseng",): "South Korea",
    ("tirai", "bambu"): "China",
    ("paman", "sam"): "United States",
    ("jiran",): "Malaysia",
    ("kanguru",): "Australia",
    ("singa",): "Singapore",
    ("gajah", "putih"): "Thailand",
    ("beruang", "merah"): "Russia",
    ("kiwi",): "New Zealand",
    ("menara", "eiffel"): "France",
}
#: Verbs of saying and "bahwa": a body noun after them is the speaker's own side.
_SAID = frozenset(
    """
    mengatakan menyatakan menyebut menjelaskan menegaskan mengungkapkan menuturkan
    memastikan mengaku menambahkan bahwa
    """.split()
)
#: A protest told ("berunjuk rasa", "unjuk rasa", "berdemonstrasi", "aksi damai", a
#: blockade of a road or a gate).
_PROTEST = re.compile(
    r"\b(?:(?:ber)?unjuk rasa|(?:ber)?demo(?:nstrasi)?|aksi|mogok|(?:mem)?blokade)\b", re.I
)
#: A sentence's end inside a stretch of text.
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])")
#: Offices of a region's head ("Bupati", "Gubernur", "Wali Kota").
_OFFICES = _REGION_HEAD_OFFICES
_DEMONSTRATIVES = frozenset("itu tersebut ini".split())
#: The kinds whose bare noun, asked to act ("meminta kejaksaan memeriksa …"),
#: names the one body of that kind in a domestic story even when none was named
#: before: the police, the prosecutors, the council, a region's government and its head
#: (the gold sets list such a noun among the body's names; a firm's "manajemen" or
#: "perusahaan" is mostly named in full there). Elsewhere such a noun with no body of its
#: kind told is no actor ("membantah tuduhan polisi").
_WRITTEN_KINDS = re.compile(r"police$|prosecution$|council$|region:|holder:")
#: The state domestic news is told in, as the entity layer names it.
_HOME_STATE = "Indonesia"
#: An office of a region's head written right before a person's name, past the region's
#: name and a comma ("Wali Kota Tebing Raya, <nama>"); not a deputy's ("Wakil Bupati").
_HELD_OFFICE = re.compile(
    r"(?<!Wakil )\b(Bupati|Gubernur|Wali ?[Kk]ota)((?:\s+[A-Z][\w'’-]*){0,3})\s*,?\s*$"
)
#: Words a crowd acting or met comes after: a clause's start, "para", a meeting verb.
_CROWD_BEFORE = frozenset(
    ", ; : dan para perwakilan menemui menerima menjumpai menyambangi berdialog".split()
)


def _level_before(text: str, start: int) -> str | None:
    """The level of the region whose name starts at ``start``, from the word before it
    ("Kabupaten X", "Bupati X", "Wali Kota X"), else ``None``."""
    words = text[max(0, start - 24) : start].lower().replace("wali kota", "walikota").split()
    return _LEVELS.get(words[-1]) if words else None


def _regional_government(text: str, m: Mention) -> tuple[str, str] | None:
    """The type and name of the government of the region place ``m`` names with its
    level or office, before it or inside the name ("Kabupaten X", "Bupati X": "Pemerintah
    Kabupaten X"), else ``None``."""
    name = m.entity or m.text
    words = name.replace("Wali Kota", "Walikota").split()
    level = _LEVELS.get(words[0].lower()) if len(words) > 1 else None
    if level is not None:
        words = words[1:]
    # the office written before a bare name tells the level, whatever level the entity
    # layer gave a region of that name ("Bupati X" heads the regency, not the city X)
    leveled = m.text.replace("Wali Kota", "Walikota").split()[0].lower() in _LEVELS
    level = (None if leveled else _level_before(text, m.start)) or level
    if level is None:
        return None
    # named as the entity layer names regions: a province by its name, a regency or
    # city with its level ("Jawa Tengah", "Kabupaten Banyumas")
    if level != "provinsi" and words[0].lower() != level:
        words = [level.capitalize(), *words]
    return f"region:{level}", " ".join(words)


class _Antecedents:
    """The bodies and states of one article by type and where each is named, for the
    common nouns that stand for them (see the module docstring)."""

    def __init__(self, text: str, mentions: Sequence[Mention], gpe: Collection[str]) -> None:
        self._text = text
        #: (where named, type, name): types "company", "region:<level>", "state",
        #: "civic", "anticorruption", "police", "court", "prosecution", "council"
        self._named: list[tuple[int, str, str]] = []
        #: a region named with its level or office, by where it starts: where it ends
        #: and its government's name ("Bupati X" with no holder named is that government)
        self._offices: dict[int, tuple[int, str]] = {}
        #: short names given in parentheses after a firm's name ("PT X Tbk (XT)")
        self._short_firms = {
            short.group(1)
            for m in mentions
            if m.type == "ORG" and _COMPANY_NAME.search(m.text)
            for short in [_SHORT_AFTER.match(text, m.end)]
            if short is not None
        }
        for m in sorted(mentions, key=lambda m: m.start):
            for kind, name in self._kinds(m, gpe):
                self._named.append((m.start, kind, name))
        #: the names of groups of people by the noun heading them ("warga" for "warga
        #: Desa X"), for a bare "Warga …" named back
        self._groups_by_head: dict[str, tuple[str, ...]] = {}
        for _, kind, name in self._named:
            head = name.split()[0].lower()
            if kind == "civic" and head in GROUP_NOUNS:
                named_so = self._groups_by_head.get(head, ())
                if name not in named_so:
                    self._groups_by_head[head] = (*named_so, name)
        #: by type (any region under "region:" too), and by type and name: where each
        #: entry of ``_named`` starts and its index there, for a bisection per noun
        #: instead of a scan of all the entries before it
        self._by_kind: dict[tuple[str, str | None], tuple[list[int], list[int]]] = {}
        for i, (start, kind, name) in enumerate(self._named):
            kinds = (
                [kind, "region:"] if kind.startswith("region:") and kind != "region:" else [kind]
            )
            for key in [(k, n) for k in kinds for n in (None, name)]:
                starts, indices = self._by_kind.setdefault(key, ([], []))
                starts.append(start)
                indices.append(i)

    def _kinds(self, m: Mention, gpe: Collection[str]) -> list[tuple[str, str]]:
        name = m.referent or m.entity or m.text
        if m.type == "PER":
            # a person never stands behind a body noun, only behind the office held
            held = _HELD_OFFICE.search(self._text, max(0, m.start - 60), m.start)
            if held is None:
                return []
            office = held.group(1).lower().replace(" ", "")
            return [(f"holder:{_LEVELS[office]}", name)]
        if m.type != "ORG":
            out = [("state", name)] if (m.referent or name in gpe) else []
            government = _regional_government(self._text, m)
            if government is not None:
                out.append(government)
                self._offices[m.start] = (m.end, government[1])
            return out
        lower = name.lower()
        out = []
        body = _REGIONAL_BODY.match(m.text)
        if body is not None:
            level = _LEVELS[(body.group(1) or "pem" + body.group(2)).lower()]
            out.append((f"region:{level}", name))
        served = _REGION_SERVED.search(m.text) if body is None else None
        if served is not None:
            # a body named with the region it serves ("Dinas Pendidikan Kabupaten X"):
            # the entity layer names it whole, and a later "pemkab" is that region's
            level, region = served.group(1).lower(), served.group(2)
            out.append((f"region:{level}", region if level == "provinsi" else served.group()))
        before = self._text[max(0, m.start - 40) : m.start].lower().split()
        head, _, rest = name.partition(" ")
        rest = _TRADE_BEFORE_FIRM.sub("", rest)  # "pekerja galangan kapal PT X": PT X
        if head.lower() in GROUP_NOUNS and _COMPANY_NAME.search(rest):
            out.append(("company", rest))  # "buruh PT X": the firm, named back later
        if (
            m.text in self._short_firms
            or _COMPANY_NAME.search(name)
            or _COMPANY_NAME.search(m.text)
            or (before and before[-1].strip(",") in _COMPANY_INTRO)
            or (len(before) > 1 and before[-1] == "," and before[-2] in _COMPANY_INTRO)
        ):
            out.append(("company", name))
        if {lower.split()[0], m.text.split()[0].lower()} & (_CIVIC_HEADS | GROUP_NOUNS):
            # a civic group, or a place's people acting as one ("warga Desa X"); a branch
            # is named by its short name ("Serikat X (SX) Batam": SX Batam)
            out.append(("civic", name))
        elif _counted_crowd(lower):
            # "Ratusan petani singkong" (:mod:`.counted_crowds`): the crowd of a protest,
            # "Mereka" and "massa" after it
            out.append(("civic", name))
        if any(w in lower for w in _ANTI_CORRUPTION):
            out.append(("anticorruption", name))
        if lower.split()[0] in _POLICE:
            out.append(("police", name))
        if lower.split()[0] in _COURT_HEADS:
            out.append(("court", name))
        institution = institution_kind(name)
        if institution is not None:
            out.append((institution, name))  # "Kejaksaan Negeri X", later "kejaksaan"
        return out

    def _last(self, kind: str, before: int, names: Collection[str] = ()) -> str | None:
        """The last actor of type ``kind`` named before offset ``before`` (one of
        ``names`` when given; a "region:" kind without a level matches any level)."""
        found = self._last_at(kind, before, names)
        return self._named[found][2] if found >= 0 else None

    def _last_at(self, kind: str, before: int, names: Collection[str] = ()) -> int:
        """The index in ``_named`` of the actor :meth:`_last` finds, else -1."""
        found = -1
        for key in [(kind, name) for name in names] if names else [(kind, None)]:
            starts, indices = self._by_kind.get(key, ([], []))
            k = bisect_left(starts, before)  # sorted by start: the last before ``before``
            if k:
                found = max(found, indices[k - 1])
        return found

    def resolve(self, toks: Sequence[_Tok], i: int) -> tuple[str, int, bool] | None:
        """The actor a noun phrase at token ``i`` stands for: its name, how many tokens
        the phrase covers, and whether it is an organisation; else ``None``."""
        words = [t.text for t in toks]
        # a capitalised word after a bare regional-government noun names its region
        # ("Pemprov Kalbar"): not a body named before
        named = {k for k, t in enumerate(toks) if t.capital and t.text.isalpha()}
        office = self._office(toks, i)
        if office is not None:
            return office
        if words[i] == "mereka" and (i == 0 or words[i - 1] in (",", "dan")):
            crowd = self._protesters(toks[i].start)
            return (crowd, 1, True) if crowd is not None else None
        kind, n, names = self._noun(words, i, named)
        if kind is None and _delegates_slot(words, i) and words[i] in _CROWD_NOUNS:
            # "Lima perwakilan buruh kemudian diterima …" after "Ratusan buruh yang
            # tergabung dalam Serikat X berunjuk rasa …": the protesters' body
            crowd = self._protesters(toks[i].start, _DELEGATES_REACH)
            return (crowd, 1, True) if crowd is not None else None
        if kind is None:
            return None
        name = self._last(kind, toks[i].start, names)
        organisation = kind != "state" and not kind.startswith("holder:")
        lower = i not in named or kind.startswith("region:")  # "Pemprov" is written so
        asked = i > 0 and words[i - 1] in _ASKING | _SPOKEN_VERBS
        written = lower and asked and _WRITTEN_KINDS.match(kind) is not None
        if name is None and written and self._domestic(toks[i].start):
            # "meminta kejaksaan memeriksa …" with no prosecutor's office named
            # before: the one body of that kind asked to act, named as written (a
            # capitalised noun inside a sentence is a name's: "Mahkamah Kehormatan Dewan")
            name = " ".join(w for w in words[i : i + n] if w not in _DEMONSTRATIVES)
        return (name, n, organisation) if name is not None else None

    def _domestic(self, before: int) -> bool:
        """Whether no state but Indonesia is named before offset ``before``: the police,
        prosecutors or council of a story told abroad are that state's."""
        starts, indices = self._by_kind.get(("state", None), ([], []))
        k = bisect_left(starts, before)
        return all(self._named[j][2] == _HOME_STATE for j in indices[:k])

    def _protesters(self, before: int, reach: int = 1) -> str | None:
        """The civic group a subject "Mereka" at offset ``before`` stands for: the last
        one named, when it was named in this sentence or the ``reach`` before and a
        protest is told since ("Ratusan buruh dari Serikat X berunjuk rasa …. Mereka
        menuntut …"), else ``None``."""
        found = self._last_at("civic", before)
        if found < 0:
            return None
        start, _, name = self._named[found]
        between = self._text[start:before]
        if len(_SENTENCE_END.findall(between)) > reach or not _PROTEST.search(between):
            return None
        return name

    def _office(self, toks: Sequence[_Tok], i: int) -> tuple[str, int, bool] | None:
        """The regional government an office of a region at token ``i`` stands for
        ("Bupati X menemui massa", its holder not named), covering the office and the
        region's name; else ``None``. The caller drops it when a holder follows."""
        tok = toks[i]
        if not tok.capital or tok.text not in _OFFICES:
            return None
        k = i + 1 if tok.text != "wali" else i + 2
        inside = self._offices.get(tok.start)  # the office inside the name: "Bupati X"
        after = self._offices.get(toks[k].start) if k < len(toks) else None
        if tok.text == "wali" and k - 1 < len(toks):
            # "Wali Kota X": the entity layer may name the city with the office's second
            # word ("Kota X"), as a region is named with its kind
            after = after or self._offices.get(toks[k - 1].start)
        found = inside or after
        if found is None:
            return None
        end, name = found
        last = next((j for j in range(i, len(toks)) if toks[j].end >= end), len(toks) - 1)
        return name, last - i + 1, True

    def _group_named_back(
        self, words: Sequence[str], i: int, named: Collection[int]
    ) -> tuple[str, ...]:
        """The named groups of people (:data:`.repairs.GROUP_NOUNS`) whose name opens
        with the bare noun at ``words[i]`` when it opens its clause as the subject and
        no name follows it ("Warga menuduh …" after "warga Desa X"), else none."""
        w = words[i]
        if w not in GROUP_NOUNS or i + 1 in named:
            return ()
        if not _subject_slot(words, i) and not _delegates_slot(words, i):
            return ()
        return self._groups_by_head.get(w, ())

    def _noun(
        self, words: Sequence[str], i: int, named: Collection[int]
    ) -> tuple[str | None, int, tuple[str, ...]]:
        """The type of actor the noun phrase at ``words[i]`` names, its length in tokens
        and the names it may stand for (an epithet's state); ``named``: the tokens
        written with a capital."""

        def at(k: int) -> str:
            return words[k] if 0 <= k < len(words) else ""

        w, nxt = at(i), at(i + 1)
        demonstrative = nxt in _DEMONSTRATIVES
        if at(i - 1) in ("kedua", "ketiga", "keempat", "kelima", "sebuah", "salah"):
            return None, 0, ()
        if at(i - 1) in _SAID:
            # "X mengatakan perseroan akan …": the speaker speaks for the body, and the
            # gold sets code the speaker (kept by the subject search)
            return None, 0, ()
        if w == "perseroan":
            return "company", 1 + demonstrative, ()
        if w in ("perusahaan", "emiten", "korporasi") and demonstrative:
            return "company", 2, ()
        if w == "perusahaan" and _kind_then_demonstrative(words, i, named):
            # "perusahaan kertas itu": a noun phrase is head, modifier, demonstrative,
            # so the firm of the story named back by its trade
            return "company", 3, ()
        if w == "perusahaan" and _subject_slot(words, i):
            # "Perusahaan justru melaporkan …", "Dalam pertemuan itu, perusahaan berjanji …":
            # the firm of the story, opening a clause
            return "company", 1, ()
        if w in _FIRM_NOUNS and _object_of_verb(words, i):
            # "menggugat perusahaan secara perdata", "menuntut manajemen membatalkan …":
            # the bare noun right after a verb acting on it is the firm of the story
            return "company", 1, ()
        if w in _FIRM_ORGANS and nxt == "perusahaan" and _organ_of_firm_acts(words, i):
            # "memanggil manajemen perusahaan untuk mediasi", "Sehari kemudian, direksi
            # perusahaan memecat …": the organ of the firm of the story, for the firm
            return "company", 2 + (at(i + 2) in _DEMONSTRATIVES), ()
        if w == "manajemen" and i + 1 not in named and _subject_slot(words, i):
            # "Sehari kemudian, manajemen membantah …": a firm's management acting
            return "company", 1, ()
        held = _bare_office(words, i, named)
        if held is not None:
            # "meminta bupati menjawab …": the regent named before, a lower-case office
            # with no name after it being no title of a name
            return f"holder:{_LEVELS[held[0]]}", held[1], ()
        if w in ("pemkab", "pemprov", "pemkot") and i + 1 not in named:
            return f"region:{_LEVELS[w]}", 1 + demonstrative, ()
        if w == "pemda" and i + 1 not in named:
            return "region:", 1 + demonstrative, ()
        if w == "pemerintah" and nxt in ("provinsi", "kabupaten", "kota") and i + 2 not in named:
            return f"region:{nxt}", 2 + (at(i + 2) in _DEMONSTRATIVES), ()
        if w == "negeri":
            for epithet, state in _STATE_EPITHETS.items():
                if tuple(words[i + 1 : i + 1 + len(epithet)]) == epithet:
                    return "state", 1 + len(epithet), (state,)
        if w in ("lembaga", "komisi") and nxt == "antirasuah":
            return "anticorruption", 2 + (at(i + 2) in _DEMONSTRATIVES), ()
        if w == "korps" and nxt == "bhayangkara":
            return "police", 2, ()
        if w in _BENCH_HEADS and nxt == "hakim" and i + 2 not in named and _bench_rules(words, i):
            # "Majelis hakim menghukum …": the bench rules for the court of the story (a
            # court named after it, "Majelis hakim Pengadilan X", is named already); a
            # bench asked to rule ("meminta majelis hakim membatalkan …") is no side
            return "court", 2 + (at(i + 2) in _DEMONSTRATIVES), ()
        # a crowd acts as a clause's subject or is met ("menemui massa"); one mobilised
        # or expected ("mengerahkan massa") is no side
        crowd_slot = i == 0 or at(i - 1) in _CROWD_BEFORE
        if w == "massa" and crowd_slot:
            return "civic", 1 + demonstrative, ()
        if (w, nxt) == ("pengunjuk", "rasa") and crowd_slot:
            return "civic", 2 + (at(i + 2) in _DEMONSTRATIVES), ()
        if w == "demonstran" and crowd_slot:
            return "civic", 1 + demonstrative, ()
        group = self._group_named_back(words, i, named)
        if group:
            # "Warga Desa X …. Warga menuduh …": the group's head noun alone, as a
            # clause's subject, names the group told before
            return "civic", 1 + demonstrative, group
        bare = bare_institution(words, i, named)
        if bare is not None:
            return bare[0], bare[1], ()  # "tuduhan polisi": the police unit told before
        return None, 0, ()


#: Prefixes of verbs, active or passive: a word opening with one after "perusahaan" is
#: the predicate ("perusahaan menolak itu"), not the firm's trade.
_VERB_PREFIXES = ("me", "di", "ber")


def _counted_crowd(name: str) -> bool:
    """Whether the lower-case ``name`` is a crowd named by its count and its noun for
    people ("ratusan petani singkong", "300 pengemudi ojek")."""
    words = name.split()
    count = bool(words) and (words[0] in _NUMBERS or words[0].replace(".", "").isdigit())
    return count and len(words) > 1 and words[1] in CROWD_PEOPLE


def _kind_then_demonstrative(words: Sequence[str], i: int, named: Collection[int]) -> bool:
    """Whether the noun at ``i`` is followed by one common word of its kind and a
    demonstrative ("perusahaan **kertas itu**"), the word being no name nor verb."""
    if i + 2 >= len(words) or words[i + 2] not in _DEMONSTRATIVES or i + 1 in named:
        return False
    kind = words[i + 1]
    return kind.isalpha() and not kind.startswith(_VERB_PREFIXES)


#: The nouns of groups of people, as alternatives of the quick test below.
_GROUPS = "|".join(sorted(GROUP_NOUNS))
#: A quick test for a sentence that may hold such a noun (most hold none).
_NOUN_RE = re.compile(
    r"\b(?:perseroan|perusahaan|manajemen|emiten|korporasi|pem(?:kab|prov|kot|da|erintah)|negara|negeri"
    r"|antirasuah|korps|massa|pengunjuk|demonstran|bupati|gubernur|wali|mereka|majelis|panel"
    r"|pengembang|polisi|kepolisian|kejaksaan|jaksa|dewan|" + _GROUPS + r")\b",
    re.IGNORECASE,
)


def may_name_by_noun(sentence: str) -> bool:
    """Whether ``sentence`` may name an actor by a common noun of this module."""
    return _NOUN_RE.search(sentence) is not None


def crowd_noun(word: str) -> bool:
    """Whether ``word`` opens a noun for a crowd ("massa", "pengunjuk rasa", protesters
    told as "mereka"): a crowd
    so named is the one of the protest just told, and acts with it share its day."""
    return word in ("massa", "pengunjuk", "demonstran", "mereka")


#: Adverbs between a subject and its verb ("Perusahaan **justru** melaporkan …").
_ADVERBS = frozenset("juga justru kemudian lalu pun telah sudah akan belum masih tetap".split())


#: Bare nouns for the firm of the story: the firm itself and its management.
#: A firm's trade stands for it too when the story is about one firm of that trade
#: ("menghukum pengembang membayar …": the developer sued).
_FIRM_NOUNS = frozenset("perusahaan manajemen pengembang".split())
#: Words that may follow a bare object noun and close it (a preposition, a manner
#: word, a clause's end), so the noun heads no longer phrase ("perusahaan tambang").
_CLOSING = frozenset(", . ; ke di kepada dengan secara karena atas agar supaya".split())


#: Adverbs of haste between the object asked and the act asked of it ("meminta X
#: **segera** menyerahkan …").
_SOON = frozenset("segera secepatnya langsung".split())
#: Nouns for a body's act, between a verb and the body ("menolak rencana perusahaan").
_OWNED_ACTS = frozenset("rencana kebijakan keputusan langkah tindakan".split())


def _bare_office(words: Sequence[str], i: int, named: Collection[int]) -> tuple[str, int] | None:
    """The level word (a key of ``_LEVELS``) and length in tokens of a bare office of a
    region's head at ``words[i]`` ("bupati", "wali kota") standing as a verb's object
    or a clause's subject with no name after it, else ``None``."""
    n = 2 if words[i] == "wali" and i + 1 < len(words) and words[i + 1] == "kota" else 1
    if words[i] not in ("bupati", "gubernur", "walikota") and n == 1:
        return None
    if i + n in named:
        return None  # "Bupati Darwin …": the title of a name
    after = words[i + n] if i + n < len(words) else ""
    subject = (i == 0 or words[i - 1] == ",") and _verb_or_adverb(after)
    if not (_object_of_verb(words, i, n) or subject):
        return None
    return ("walikota" if n == 2 else words[i]), n


#: Verbs said without their prefix, as in a quote ("Kami **minta** bupati menunda …"):
#: the noun after them is their object as after the prefixed form.
_SPOKEN_VERBS = frozenset("minta".split())


def _object_of_verb(words: Sequence[str], i: int, n: int = 1) -> bool:
    """Whether the bare noun of ``n`` words at ``words[i]`` is the object of an active
    verb right before it (or the owner of the act it names: "menolak rencana
    perusahaan") and ends its noun phrase (a word closing it, or the verb of the act the
    object is asked to do: "menuntut manajemen membatalkan …")."""
    # "menolak rencana perusahaan menutup pabrik": the firm's act is what is acted on
    owned_act = i > 1 and words[i - 1] in _OWNED_ACTS
    before = words[i - 1 - owned_act] if i > owned_act else ""
    after = words[i + n] if i + n < len(words) else "."
    verb_before = (len(before) >= 6 and before.startswith("me")) or before in _SPOKEN_VERBS
    if after in _ADVERBS | _SOON and i + n + 1 < len(words):
        after = words[i + n + 1]  # "meminta pengembang segera menyerahkan …"
    return verb_before and (after in _CLOSING or (len(after) >= 6 and after.startswith("me")))


#: The organs of a firm that act for it ("manajemen perusahaan", "direksi perusahaan").
_FIRM_ORGANS = frozenset("manajemen direksi pimpinan".split())
#: Words that may follow "<organ> perusahaan" as a verb's object, past the closing ones:
#: a purpose or a time ("memanggil direksi perusahaan **untuk** mediasi, **pekan** depan").
_AFTER_ORGAN = _CLOSING | frozenset("untuk dalam pada pekan hari besok".split())


def _organ_of_firm_acts(words: Sequence[str], i: int) -> bool:
    """Whether "<organ> perusahaan" at ``words[i]`` (:data:`_FIRM_ORGANS`) is a clause's
    subject or a verb's object (a verb right before it, a closing, purpose or time word,
    a demonstrative or a verb after it), not a noun phrase going on ("direksi perusahaan
    tambang")."""
    k = i + 2 + (i + 2 < len(words) and words[i + 2] in _DEMONSTRATIVES)
    after = words[k] if k < len(words) else "."
    verb_after = len(after) >= 6 and after.startswith("me")
    if i == 0 or words[i - 1] == ",":
        return verb_after or after in _ADVERBS
    before = words[i - 1]
    verb_before = (len(before) >= 6 and before.startswith("me")) or before in _SPOKEN_VERBS
    return verb_before and (after in _AFTER_ORGAN or verb_after)


def _subject_slot(words: Sequence[str], i: int) -> bool:
    """Whether the bare noun at ``words[i]`` opens a clause (a sentence's start or after
    a comma) and a verb or an adverb follows it: the clause's subject."""
    opens = i == 0 or words[i - 1] == ","
    return opens and i + 1 < len(words) and _verb_or_adverb(words[i + 1])


#: Nouns of a crowd whose delegates stand for the protesters' body however it is named.
_CROWD_NOUNS = GROUP_NOUNS | frozenset("massa pengunjuk demonstran".split())
#: How many sentences back the protesters' body may be named for its delegates: the
#: protest, what it demands, then the delegates received.
_DELEGATES_REACH = 2


def _delegates_slot(words: Sequence[str], i: int) -> bool:
    """Whether the bare noun at ``words[i]`` names the group whose delegates open the
    clause as its subject ("Lima perwakilan buruh kemudian diterima …"): a delegates'
    word right before it, a verb or an adverb right after."""
    return words[i - 1] in DELEGATES and i + 1 < len(words) and _verb_or_adverb(words[i + 1])


def _bench_rules(words: Sequence[str], i: int) -> bool:
    """Whether the bench at ``words[i]`` ("majelis hakim") opens its clause, as its
    subject: a sentence's or a clause's start, or after a time adverbial set off by a
    comma ("Sepekan sebelumnya, majelis hakim …")."""
    return i == 0 or words[i - 1] in (",", ";")


def _verb_or_adverb(word: str) -> bool:
    """Whether ``word`` after a bare noun opening a sentence makes the noun the subject
    (an adverb or a prefixed verb), not the head of a longer noun phrase."""
    return word in _ADVERBS or word.startswith(("me", "di", "ber", "ter"))
