"""People the tagger misses in shapes the press gives only to people.

Each finder returns person spans over text no span of the article covers yet (spans in
text order, not overlapping), in one pass over the text:

* a name with an age in brackets: "<Name> (62)" (:func:`untagged_aged_names`);
* a one- or two-word name in apposition after an office and its territory: "Kepala
  Desa <Place>, <Name>," (:func:`untagged_appositive_holders`);
* a given name, a middle initial and a surname: "<Given> <X>. <Surname>"
  (:func:`untagged_initialled_names`);
* a name after a rank and its corps: "Letkol Inf <Name>" (:func:`untagged_ranked_names`);
* a player between his shot and its minute: "sundulan <Name> pada menit ke-23"
  (:func:`untagged_scorers`).

:func:`given_name_before_initial` moves a given name the tagger ran into the name before
it ("<Company> <Given>" + "<X>. <Surname>") back to its person.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from warta.lexicon.indonesian import (
    DIVISION_HEADS,
    FORMS_OF_ADDRESS,
    LANDMARK_HEADS,
    MONTHS,
    NAME_STOP_WORDS,
    RANKS_BEFORE_NAME,
    TITLE_WORDS,
    WEEKDAYS,
)
from warta.lexicon.regex_gate import WordGated
from warta.nlp.entities.gazetteer import load_gazetteer
from warta.nlp.entities.names import NOBILITY_TITLES, TITLE_HEAD, is_org_head
from warta.nlp.entities.offices import PORTFOLIO_SHAPE, PORTFOLIOS
from warta.nlp.entities.retyping import _title_case_line
from warta.nlp.entities.spanrecord import ByStart, Covered, Span

_NAME_WORD = r"[A-Z][a-z][\w'’-]*"

# "<Name> (62)", "<Given> <Surname> (40)": an age of one or two digits in brackets right after
# the name. Dates take a slash ("Minggu (14/12)"), clauses of a law a lower-case noun
# before them ("ayat (2)"); the capitalised words listed here take a number too.
_AGED_NAME = re.compile(
    rf"(?<![\w.-])({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})[ \t]*\(\d{{1,2}}\)"
)
_NUMBERED_WORDS = frozenset(
    "ayat pasal huruf angka bab nomor no tahap jilid bagian babak gelombang sesi seri "
    "putaran pekan minggu gambar tabel lampiran poin butir kelas".split()
)


def _name_words(words: Sequence[str]) -> bool:
    """Whether every word may belong to a person's name: no title, stop word, head of
    an organisation, landmark or division, date word or gazetteer place, nor a word that
    takes a number. A month's name after the first word is a given name ("<Surname> Mei
    <Given>", a Chinese name's syllable spelt like May): a date writes it after a number.

    >>> _name_words(["Goh", "Mei", "Sian"]), _name_words(["Mei"])
    (True, False)
    """
    gazetteer = load_gazetteer()
    for i, word in enumerate(words):
        low = word.casefold()
        if (
            low in TITLE_WORDS
            or low in NAME_STOP_WORDS
            or low in _NUMBERED_WORDS
            or (low in MONTHS and i == 0)
            or low in WEEKDAYS
            or low in LANDMARK_HEADS
            or low in DIVISION_HEADS
            or is_org_head(word)
            or gazetteer.lookup(word) is not None
        ):
            return False
    return True


def holder_words(words: Sequence[str]) -> bool:
    """:func:`_name_words` for a name in apposition after a comma, where a title of
    nobility may open a name of two words or more ("<Office>, Lalu <Name>,"): Sasak
    "Lalu" is also "then", a stop word, but after the comma of an apposition, capitalised
    and before a name, it is the title the name opens with.

    >>> holder_words(["Lalu", "Sapardi"]), holder_words(["Lalu"])
    (True, False)
    """
    if len(words) > 1 and words[0].casefold() in NOBILITY_TITLES:
        words = words[1:]
    return _name_words(words)


# A name going on through a lower-case particle ("<Given> boru <Clan> (72)", "<Name> bin
# <Father> (40)"): the words before the age end a longer name. A clan or a family name
# after its particle belongs to the name, which the span takes in from its given names
# (one to three capitalised words before the particle); a father's name after "bin" is
# left to the name's rules (the person is named by the given name).
_PARTICLE_BEFORE = re.compile(
    rf"(?<![\w.-])(?P<given>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})[ \t]+"
    r"(?P<particle>boru|br\.|bin|binti|ibn|bint|van|von|de|der|da|dos|al|el)[ \t]+$"
)
_PATRONYMIC_PARTICLES = frozenset({"bin", "binti", "ibn", "bint"})


def untagged_aged_names(text: str, spans: Sequence[Span]) -> list[Span]:
    """Person spans for names with an age in brackets (:data:`_AGED_NAME`) that no span
    of ``spans`` touches; a title or place opening the run is left out of the name.

    >>> t = "Korban adalah Warsiti (58) dan cucunya, Dimas Aji (7)."
    >>> [t[x.start : x.end] for x in untagged_aged_names(t, [])]
    ['Warsiti', 'Dimas Aji']
    >>> t = "Pedagang itu, Goh Mei Sian (40), senang."
    >>> [t[x.start : x.end] for x in untagged_aged_names(t, [Span(14, 17, "ORG")])]
    ['Goh Mei Sian']
    >>> t = "sesuai Pasal 5 Ayat (2) dan Minggu (14/12), kata Rosmini boru Sitepu (70)."
    >>> [t[x.start : x.end] for x in untagged_aged_names(t, [])]
    ['Rosmini boru Sitepu']
    """
    covered = Covered(spans)
    by_start: ByStart | None = None  # built the first time a span is in the way
    out: list[Span] = []
    for m in _AGED_NAME.finditer(text):
        start, end = m.span(1)
        if covered.overlaps(start, end):
            by_start = by_start or ByStart(spans)
            if not _cut_short(by_start.overlapping(start, end), start, end):
                continue
        particle = _PARTICLE_BEFORE.search(text, max(0, start - 64), start)
        if particle is not None:
            whole = _name_through_particle(text, particle, start, end, covered)
            if whole is not None:
                out.append(whole)
            continue
        words = m.group(1).split()
        while words and not _name_words(words[:1]):
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
            words = words[1:]
        if words and _name_words(words):
            out.append(Span(start, end, "PER"))
    return out


def _cut_short(inside: Sequence[Span], start: int, end: int) -> bool:
    """Whether the spans ``inside`` the aged name ``start``-``end`` are one span the
    tagger cut short from its start, no gazetteer place ("<Surname>| <Given> <Given>
    (34)"): the age says the whole run is one person's name, which then replaces it."""
    return (
        len(inside) == 1
        and inside[0].start == start
        and inside[0].end < end
        and inside[0].place is None
    )


def _name_through_particle(
    text: str, particle: re.Match[str], start: int, end: int, covered: Covered
) -> Span | None:
    """The person span "<Given> <particle> <Name>" (a Batak woman's "br. <Clan>", an
    Arabic "bin <Father>") whose last words ``start``-``end`` carry an age: from the
    first given name before the particle that is a name word (titles and stop words
    before it left out), or None when no such word or a span already covers them."""
    if particle.group("particle") in _PATRONYMIC_PARTICLES:
        return None
    given = particle.group("given").split()
    at = particle.start("given")
    while given and not _name_words(given[:1]):
        at = text.index(given[1], at + len(given[0])) if len(given) > 1 else start
        given = given[1:]
    if not given or not _name_words(given) or covered.overlaps(at, start):
        return None
    return Span(at, end, "PER")


# "<Name> alias "<Nick>"": a second name declared for a person; the name (one to three
# capitalised words) before "alias" is a person's, in apposition after a comma or a
# lower-case word ("seorang penjaga malam, <Name> alias ...").
_ALIASED_NAME = re.compile(
    rf"(?:,|(?<![\w.])[a-z]+)[ \t]+({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})"
    rf"[ \t]+alias[ \t]+[\"“]?{_NAME_WORD}"
)


def untagged_aliased_names(text: str, spans: Sequence[Span]) -> list[Span]:
    """Person spans for names declared with "alias" (:data:`_ALIASED_NAME`) that no span
    of ``spans`` touches and whose words may be a person's (:func:`_name_words`); the
    nickname after "alias" is then declared by the call-name rules.

    >>> t = 'Polisi memeriksa seorang sopir, Darsim alias "Darsim Gondrong", pagi itu.'
    >>> [t[x.start : x.end] for x in untagged_aliased_names(t, [])]
    ['Darsim']
    """
    if " alias " not in text:
        return []
    covered = Covered(spans)
    return [
        Span(m.start(1), m.end(1), "PER")
        for m in _ALIASED_NAME.finditer(text)
        if not covered.overlaps(m.start(1), m.end(1)) and _name_words(m.group(1).split())
    ]


# "lewat sundulan <Given> <Surname> pada menit ke-23": a match report names the player
# who scored between the kind of his shot and the minute it came in. A club may score
# so too ("gol <Club> di menit ke-5"), so the name has two or three words, none a place
# nor a club's word ("FC", "United").
_SCORER_NAME = re.compile(
    r"(?<![\w-])(?:gol|sundulan|tandukan|tendangan|sepakan|tembakan|lesakan|eksekusi"
    r"(?:[ \t]+penalti)?|umpan)"
    rf"[ \t]+({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})"
    r"(?=[ \t]+(?:pada|di)[ \t]+menit[ \t]+(?:ke-?)?\d)"
)
_CLUB_WORDS = frozenset("fc sc club united city putra".split())


def untagged_scorers(text: str, spans: Sequence[Span]) -> list[Span]:
    """Person spans for the player named between a shot and its minute
    (:data:`_SCORER_NAME`) that no span of ``spans`` touches.

    >>> t = "Tuan rumah unggul lewat tendangan Rudi Hartanto pada menit ke-12."
    >>> [t[x.start : x.end] for x in untagged_scorers(t, [])]
    ['Rudi Hartanto']
    >>> untagged_scorers("Mereka membalas lewat gol Dewa United di menit ke-40.", [])
    []
    """
    if "menit" not in text:
        return []
    covered = Covered(spans)
    return [
        Span(m.start(1), m.end(1), "PER")
        for m in _SCORER_NAME.finditer(text)
        if not covered.overlaps(m.start(1), m.end(1))
        and not _CLUB_WORDS.intersection(w.casefold() for w in m.group(1).split())
        and _name_words(m.group(1).split())
    ]


# "<Office> <Territory>, <Name>," - the holder in apposition after the office and the
# territory it governs ("Kepala Desa <Place>, <Name>,", "Lurah <Place>, <Name>.").
# A member of a body is named so too, and "lainnya" (other) may close the body: "Anggota
# Komisi <N> lainnya, <Name>,". The name may open with a given name or a hereditary
# title written as its initial ("T. <Name>" for Teuku, "M. <Name>" for Muhammad).
_APPOSITIVE_HOLDER = re.compile(
    rf"(?<![\w.])(?:{TITLE_HEAD}|Anggota)(?P<run>(?:[ \t]+[A-Z][\w'’-]*){{1,3}})(?:[ \t]+lainnya)?"
    rf"[ \t]*,[ \t]*"
    rf"(?P<holder>(?:[A-Z]\.[ \t]*)?{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)(?=[ \t]*[,.;])"
)


def untagged_appositive_holders(text: str, spans: Sequence[Span]) -> list[Span]:
    """Person spans for one- or two-word names between "<office> <territory>," and a
    comma or stop (:data:`_APPOSITIVE_HOLDER`) that no span of ``spans`` touches.

    >>> t = "Lurah Sukamulya, Karsono, menyebut warga mengungsi."
    >>> [t[x.start : x.end] for x in untagged_appositive_holders(t, [])]
    ['Karsono']
    >>> t = "Anggota DPRD lainnya, M. Harun, menolak."
    >>> [t[x.start : x.end] for x in untagged_appositive_holders(t, [])]
    ['M. Harun']
    """
    covered = Covered(spans)
    # a person's title and name before the comma ("Romo <Name>, Pr,"): what follows is
    # his order or degree, no holder of an office
    named = {s.end for s in spans if s.type == "PER"}
    return [
        Span(m.start("holder"), m.end("holder"), "PER")
        for m in _APPOSITIVE_HOLDER.finditer(text)
        if m.end("run") not in named
        and not covered.overlaps(m.start("holder"), m.end("holder"))
        and holder_words(m.group("holder").split())
    ]


# "Letkol Inf <Given> <Surname>", "Kolonel Laut (P) <Name>": a military or police rank,
# its corps or branch written short after it, then the name; ranks before a name are
# given to people only, and the corps word keeps the tagger from seeing the name.
# The corps and the name are looked for first, the rank right before them then: one
# pass of a short pattern over the text, not of every rank.
_CORPS_NAME = re.compile(
    r"(?<=[ \t])(?:Inf|Kav|Arm|Arh|Czi|Cba|Chb|Cpm|Ckm|Cku|Cpl|Caj|Chk|Pnb|Nav|Tek|Kal|Adm"
    r"|Sus|Pas|Mar|Laut(?:[ \t]+\([A-Z]\))?|Udara|Pol|TNI)\.?"
    rf"[ \t]+({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})(?![\w'’-])"
)
_RANK_BEFORE = re.compile(
    r"(?<![\w.])(?i:" + "|".join(sorted(RANKS_BEFORE_NAME, key=len, reverse=True)) + r")[ \t]+$"
)


def untagged_ranked_names(text: str, spans: Sequence[Span]) -> list[Span]:
    """Person spans for the name after "<rank> <corps>" (:data:`_CORPS_NAME` after
    :data:`_RANK_BEFORE`) no span of ``spans`` touches.

    >>> t = "Komandan kompi, Kapten Inf Gilang Pranata, memimpin apel."
    >>> [t[x.start : x.end] for x in untagged_ranked_names(t, [])]
    ['Gilang Pranata']
    """
    covered = Covered(spans)
    return [
        Span(m.start(1), m.end(1), "PER")
        for m in _CORPS_NAME.finditer(text)
        if _RANK_BEFORE.search(text, max(0, m.start() - 24), m.start())
        and not covered.overlaps(m.start(1), m.end(1))
        and _name_words(m.group(1).split())
    ]


# "Menteri <Portfolio> <Given> <Surname>": a minister's name after the ministry's field
# (one to three portfolio words: nouns of the "Ke-/Pe-...-an" shape and the listed
# fields, "Sosial", "Agama"), two or three name words.
_MINISTER_NAME = re.compile(
    rf"(?<![\w.])Menteri(?:[ \t]+(?:Koordinator|Negara))?(?P<field>(?:[ \t]+{_NAME_WORD}){{1,3}}?)"
    rf"[ \t]+(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})(?![\w'’-])"
)


# "Menteri <Portfolio> <Name>, …", "… Menteri <Portfolio> <Name> di Jakarta": a minister
# known by one name, the name ended by a comma or a word in lower case other than the
# "dan" that goes on with the portfolio ("Menteri Pendidikan Dasar dan Menengah").
_MINISTER_MONONYM = re.compile(
    rf"(?<![\w.])Menteri(?:[ \t]+(?:Koordinator|Negara))?(?P<field>(?:[ \t]+{_NAME_WORD}){{1,3}}?)"
    rf"[ \t]+(?P<name>{_NAME_WORD})(?=,|[ \t]+(?!(?:dan|serta)\b)[a-z])"
)
#: Words that go on with a ministry's field rather than name its minister ("Menteri
#: Ekonomi Kreatif", "Menteri Pendidikan Tinggi"): never a one-word minister's name.
_FIELD_TAILS = frozenset(
    """Kreatif Mineral Dasar Menengah Tinggi Nasional Daerah Hidup Rakyat Umum Sains
    Kecil Mikro Tertinggal Birokrasi Manusia Laut Luar Dalam Negeri""".split()
)


def _portfolio_words(words: Sequence[str]) -> bool:
    """Whether every word can name a ministry's field ("Sosial", "Perhubungan")."""
    return bool(words) and all(w in PORTFOLIOS or PORTFOLIO_SHAPE.fullmatch(w) for w in words)


def untagged_minister_names(text: str, spans: Sequence[Span]) -> list[Span]:
    """Person spans for the minister named after "Menteri <Portfolio>"
    (:data:`_MINISTER_NAME`) that no span of ``spans`` touches: the shortest run of
    portfolio words, then two or three name words (a name word no portfolio word), or
    one ended by a comma or a word in lower case.

    >>> t = "Menteri Sosial Rahmat Hidayat dan Menteri Perhubungan Lina Marlina hadir."
    >>> [t[x.start : x.end] for x in untagged_minister_names(t, [])]
    ['Rahmat Hidayat', 'Lina Marlina']

    A minister known by one name (:data:`_MINISTER_MONONYM`) is one too:

    >>> t = "Menteri Perindustrian Sukarmanto, yang dihubungi terpisah, berjanji datang."
    >>> [t[x.start : x.end] for x in untagged_minister_names(t, [])]
    ['Sukarmanto']
    """
    if "Menteri" not in text:
        return []
    covered = Covered(spans)
    out: list[Span] = []
    for m in itertools.chain(_MINISTER_NAME.finditer(text), _MINISTER_MONONYM.finditer(text)):
        name = m.group("name").split()
        if (
            _portfolio_words(m.group("field").split())
            and not any(w in PORTFOLIOS or PORTFOLIO_SHAPE.fullmatch(w) for w in name)
            and _name_words(name)
            and not (len(name) == 1 and name[0] in _FIELD_TAILS)
            and not covered.overlaps(m.start("name"), m.end("name"))
        ):
            covered.add(m.start("name"), m.end("name"))
            out.append(Span(m.start("name"), m.end("name"), "PER"))
    return out


# "Rini B. Hutapea": a given name, one middle initial with its period, a surname.
_INITIALLED_NAME = re.compile(rf"(?<![\w.-]){_NAME_WORD}[ \t]+[A-Z]\.[ \t]*{_NAME_WORD}(?![\w-])")


def untagged_initialled_names(text: str, spans: Sequence[Span]) -> list[Span]:
    """Person spans for "<Given> <X>. <Surname>" (:data:`_INITIALLED_NAME`) that no span
    of ``spans`` touches, the given name no title, head, place or stop word ("Jalan A.
    Yani" is a street).

    >>> t = "Analis pasar, Rini B. Hutapea, menilai harga wajar di Jalan A. Yani."
    >>> [t[x.start : x.end] for x in untagged_initialled_names(t, [])]
    ['Rini B. Hutapea']
    """
    covered = Covered(spans)
    return [
        Span(m.start(), m.end(), "PER")
        for m in _INITIALLED_NAME.finditer(text)
        if not covered.overlaps(m.start(), m.end()) and _name_words(m.group().split()[:1])
    ]


_INITIAL_OPENED = re.compile(r"[A-Z]\.[ \t]*[A-Z][a-z]")
# one space, and the initial when cleaning took it for a title ("H." of Haji)
_GAP_WITH_INITIAL = re.compile(r" ((?:[A-Z]\.[ \t]*)?)")
_LAST_WORD = re.compile(rf"[ \t]({_NAME_WORD})$")


def given_name_before_initial(text: str, spans: list[Span]) -> None:
    """Move a given name the tagger ran into the name before it back to its person, in
    place: a span of two or more words not a person's, right before (one space) a person
    span opening with a middle initial ("<X>. <Surname>"), gives its last word to that
    person when the word may be a given name (no place, head or title: "Ketua DPRD <Town>
    H. <Name>" keeps the town and "H." is his title).

    >>> t = "Direktur Bank Sinar Jaya Rudi K. Halim menyebut laba naik."
    >>> s = [Span(9, 29, "ORG"), Span(30, 38, "PER")]
    >>> given_name_before_initial(t, s)
    >>> [t[x.start : x.end] for x in s]
    ['Bank Sinar Jaya', 'Rudi K. Halim']
    """
    for left, right in itertools.pairwise(spans):
        if left.type == "PER" or right.type != "PER" or left.place is not None:
            continue
        gap = _GAP_WITH_INITIAL.fullmatch(text, left.end, right.start)
        if gap is None or not _INITIAL_OPENED.match(text, gap.start(1)):
            continue
        word = _LAST_WORD.search(text, left.start, left.end)
        if word is None or not _name_words([word.group(1)]):
            continue
        left.end = word.start(1) - 1
        right.start = word.start(1)


# Palembang's hereditary name parts, which open the name of a descendant of the
# sultanate's nobility and belong to it: Kiagus (Kgs.), Kemas (Kms.), Masagus (Mgs.) for
# men, Nyimas and Nyayu for women. The tagger reads the abbreviations as acronyms and runs
# the name into the office before it ("BPBD <Province> Kiagus <Name>").
_HEREDITARY_NAME = WordGated(
    re.compile(
        r"(?<![\w.-])(?:Kiagus|Kemas|Masagus|Nyimas|Nyayu|Kgs\.|Kms\.|Mgs\.)"
        rf"(?:[ \t]+(?:[A-Z]\.|{_NAME_WORD})){{1,5}}(?![\w-])"
    )
)


def hereditary_titled_names(text: str, spans: list[Span]) -> None:
    """Make every name opened by a Palembang hereditary title (:data:`_HEREDITARY_NAME`)
    one person span holding the title, in place: spans inside it give way, a span
    running into it ends before the title.

    >>> t = "Ketua Dinas Sosial Jambi Kemas Fikri Mahendra hadir. Nyimas Laila Sari juga."
    >>> s = [Span(6, 45, "ORG"), Span(53, 70, "ORG")]
    >>> hereditary_titled_names(t, s)
    >>> [(t[x.start : x.end], x.type) for x in s]
    [('Dinas Sosial Jambi', 'ORG'), ('Kemas Fikri Mahendra', 'PER'), ('Nyimas Laila Sari', 'PER')]
    """
    found = list(_HEREDITARY_NAME.finditer(text))
    if not found:
        return
    names = [Span(m.start(), m.end(), "PER") for m in found]
    kept: list[Span] = []
    i = 0
    for s in spans:  # both lists in text order: one merge pass
        while i < len(names) and names[i].end <= s.start:
            i += 1
        name = names[i] if i < len(names) else None
        if name is None or s.end <= name.start or s.nested:
            kept.append(s)
        elif s.start < name.start and s.place is None:
            s.end = len(text[: name.start].rstrip())
            kept.append(s)  # "<Office> <Province>| Kiagus <Name>": the office keeps its part
    spans[:] = sorted([*kept, *names], key=lambda x: (x.start, -x.end))


_ONE_NAME_WORD_BETWEEN = re.compile(rf" ({_NAME_WORD}) ")


def join_person_runs(text: str, spans: list[Span]) -> None:
    """Make two person spans one where a single capitalised word the tagger left out
    stands between them ("<Given> <Second> | <Middle> | <Fourth> <Surname>"), the whole
    five words at most and the word no title, head, place or date word, in place.

    >>> t = "Wali Kota Yudi Eka Putra Sandi Wirawan hadir."
    >>> s = [Span(10, 18, "PER"), Span(25, 38, "PER")]
    >>> join_person_runs(t, s)
    >>> [t[x.start : x.end] for x in s]
    ['Yudi Eka Putra Sandi Wirawan']
    """
    out: list[Span] = []
    for s in spans:
        last = out[-1] if out else None
        if (
            last is not None
            and last.type == s.type == "PER"
            and last.place is None
            and (between := _ONE_NAME_WORD_BETWEEN.fullmatch(text, last.end, s.start))
            and _name_words([between.group(1)])
            and len(text[last.start : s.end].split()) <= 5
        ):
            last.end = s.end
            continue
        if last is not None and _given_name_after_titled_place(text, out, s):
            last.end = s.end  # "Presiden <State> <Given>| <Surname>": one person
            continue
        out.append(s)
    spans[:] = out
    _surname_after_titled_given_name(text, spans)


_NEXT_NAME_WORD = re.compile(r" ([A-Z][a-z]+(?:-[A-Za-z]+)?)(?![\w-])")


def _surname_after_titled_given_name(text: str, spans: list[Span]) -> None:
    """A one-word person span right after "<title> <place>" taken on over the untagged
    capitalised word after it, in place: "Presiden <State> |<Given>| <Surname>" where the
    tagger typed "<State> <Given>" an organisation and missed the surname.

    >>> t = "Presiden Armenia Vahagn Khachaturyan tiba."
    >>> s = [Span(9, 16, "LOC", place=load_gazetteer().lookup("Armenia")), Span(17, 23, "PER")]
    >>> _surname_after_titled_given_name(t, s)
    >>> t[s[1].start : s[1].end]
    'Vahagn Khachaturyan'
    """
    gazetteer = load_gazetteer()
    for k in range(1, len(spans)):
        s = spans[k]
        nxt = spans[k + 1].start if k + 1 < len(spans) else len(text)
        word = _NEXT_NAME_WORD.match(text, s.end)
        if (
            word is None
            or word.end() > nxt
            or not _given_name_after_titled_place(text, (spans[k - 1], s), None)
            or is_org_head(word.group(1))
            or word.group(1).casefold() in TITLE_WORDS
            or gazetteer.lookup(word.group(1)) is not None
        ):
            continue
        s.end = word.end()


_TITLE_BEFORE_PLACE = re.compile(rf"(?<![\w.])(?:{TITLE_HEAD})[ \t]+$")


def _given_name_after_titled_place(text: str, out: Sequence[Span], s: Span | None) -> bool:
    """Whether person span ``s`` ends the name the last span of ``out`` opens: that one a
    single word one space before it, right after "<title> <place>" (the tagger typed
    "<State> <Given>" an organisation, and the cut left the given name alone). With ``s``
    ``None``, whether the last span of ``out`` is such a given name.

    >>> t = "Presiden Armenia Vahagn Khachaturyan tiba."
    >>> o = [Span(9, 16, "LOC", place=load_gazetteer().lookup("Armenia")), Span(17, 23, "PER")]
    >>> _given_name_after_titled_place(t, o, Span(24, 36, "PER"))
    True
    """
    if len(out) < 2:
        return False
    place, last = out[-2], out[-1]
    follows = s is None or (
        s.type == "PER"
        and text[last.end : s.start] == " "
        and len(text[s.start : s.end].split()) <= 2
    )
    return (
        follows
        and last.type == "PER"
        and place.place is not None
        and text[place.end : last.start] == " "
        and " " not in text[last.start : last.end]
        and _TITLE_BEFORE_PLACE.search(text, max(0, place.start - 40), place.start) is not None
    )


# One capitalised name word right before a span (a space between), and right after one.
_WORD_BEFORE_SPAN = re.compile(rf"(?<![\w.'’-])({_NAME_WORD}) $")
_WORD_AFTER_SPAN = re.compile(rf" ({_NAME_WORD})(?![\w.'’-])")
# What closes an apposition's name: a comma, a bracket, or a lower-case word.
_APPOSITION_CLOSE = re.compile(r",|\s*\(|\s+[a-z]")


def name_rest_in_apposition(text: str, spans: list[Span]) -> None:
    """Person spans the tagger cut inside a name set off by a comma, taken on in place
    over the capitalised name words (:func:`_name_words`) on either side: the whole run
    opens right after ", " and closes at a comma, a bracket or a lower-case word, with
    at most four words ("jaksa dari <Body>, <Given> <Middle>| <Surname>, yang ...", "sektor
    tunggal putri, <Given>| <Middle>| <Surname> gagal ..."). ``spans`` in text order.

    >>> t = "Jaksa dari Kejari Bogor, Dimas Arya Nugraha, menuntut dua tahun."
    >>> s = [Span(18, 23, "LOC"), Span(25, 35, "PER")]
    >>> name_rest_in_apposition(t, s)
    >>> t[s[1].start : s[1].end]
    'Dimas Arya Nugraha'
    """
    for k, s in enumerate(spans):
        if s.type != "PER" or s.place is not None:
            continue
        lo = spans[k - 1].end if k else 0
        hi = spans[k + 1].start if k + 1 < len(spans) else len(text)
        start, end = s.start, s.end
        words = len(text[start:end].split())
        while words < 4 and (left := _WORD_BEFORE_SPAN.search(text, max(lo, start - 40), start)):
            if not _name_words([left.group(1)]) or left.group(1).casefold() in FORMS_OF_ADDRESS:
                break  # "Om <Given> <Surname>": a form of address, no part of the name
            start, words = left.start(1), words + 1
        while words < 4 and (right := _WORD_AFTER_SPAN.match(text, end, hi)):
            if not _name_words([right.group(1)]):
                break
            end, words = right.end(1), words + 1
        if (start, end) == (s.start, s.end) or text[max(0, start - 2) : start] != ", ":
            continue
        if _APPOSITION_CLOSE.match(text, end) is None:
            continue
        # the tagger's own words too ("<Fort> <Word>| <Word>" is no name), and no headline
        # in title case ("<Nickname>, <Club> <Verb> ke <...>")
        if not _name_words(text[s.start : s.end].split()) or _title_case_line(text, start):
            continue
        s.start, s.end = start, end


# The partner of a pair written with a slash ("<Name>/<Name>", doubles in badminton and
# tennis): one to three capitalised words right after the slash, or right before it.
_AFTER_SLASH = re.compile(r"/([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})")
_RUN_WORD = re.compile(r"\S+")
_BEFORE_SLASH = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})/$")


def untagged_slash_partners(text: str, spans: Sequence[Span]) -> list[Span]:
    """Person spans for the partner a slash joins to a person span of ``spans`` (in text
    order) that no span touches: "<Given> <Surname>/<Given> <Surname>", "<Surname>/
    <Surname>" - a pair of players. The partner's words are name words
    (:func:`_name_words`), cut at the first that is not.

    >>> t = "Pasangan Jepang Takeshi Ono/Daiki Mori kalah. Ono/Mori cedera."
    >>> s = [Span(16, 27, "PER"), Span(46, 49, "PER")]
    >>> [t[x.start : x.end] for x in untagged_slash_partners(t, s)]
    ['Daiki Mori', 'Mori']
    """
    covered = Covered(spans)
    out: list[Span] = []
    for s in spans:
        if s.type != "PER":
            continue
        after = _AFTER_SLASH.match(text, s.end)
        if after is not None:
            out.extend(_partner(text, after.start(1), after.group(1), covered))
        before = _BEFORE_SLASH.search(text, max(0, s.start - 60), s.start)
        if before is not None:
            out.extend(_partner(text, before.start(1), before.group(1), covered))
    return sorted(out, key=lambda x: x.start)


def _partner(text: str, start: int, run: str, covered: Covered) -> list[Span]:
    """The person span of the name words opening ``run`` (at ``start``), if untouched."""
    end = start
    for word in _RUN_WORD.finditer(run):
        if not _name_words([word.group()]):
            break
        end = start + word.end()
    if end == start or covered.overlaps(start, end):
        return []
    covered.add(start, end)
    return [Span(start, end, "PER")]

