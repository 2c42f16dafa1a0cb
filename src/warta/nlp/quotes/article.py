"""The article-wide side of quote extraction: mentions, salience and speaker resolution.

:class:`_Article` holds one article body, its entity mentions (sorted, bisected by
offset) and the running :class:`~warta.nlp.quotes.resolved._State`. It tracks who each
narrative sentence is about (:meth:`_Article._salient`) and resolves a found quote's
speaker phrase - a name, a pronoun or ``-nya``, an office, a body - to the person or
body the article means (:meth:`_Article._emit`), appending the result to the state. Its
questions about what is tagged where are :class:`~warta.nlp.quotes.lookups._Lookups`
(its base); the sentence finders of :mod:`warta.nlp.quotes.extract` subclass it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from warta.nlp.entities.spans import is_club
from warta.nlp.quotes.cues import (
    ANSWERING_STEMS,
    ASKING_STEMS,
    CALL_TITLES,
    CLAIM_NOUNS,
    HEAD_TITLES,
    ORG_HEADS,
    QUOTE_VERB_FIRST,
    ROLE_TITLES,
    SUBJECT_ADVERBS,
    SUBJECT_FIRST_RE,
    common_words,
    full_names,
    is_name_token,
    is_region_name,
    looks_like_org,
    split_title,
)
from warta.nlp.quotes.cut_in import CUTTING_IN_STEMS, named_cutting_in
from warta.nlp.quotes.lookups import _Lookups
from warta.nlp.quotes.name_titles import without_trailing_title
from warta.nlp.quotes.narration import (
    _ALSO_OFFICE,
    _BODY_SUBJECT,
    _COUNTED_GROUP,
    _DATELINE_WORD,
    _GROUP_SUBJECT,
    _INTRODUCED,
    _LEADING_ADVERBIAL,
    _LOWER_OFFICE_SUBJECT,
    _OFFICE_AND,
    _PLURAL_QUANTIFIERS,
    _PREDICATE_NEXT,
    _REDUPLICATED_GROUP,
    _RELATIVE,
    _SALIENT,
    _THEY,
    _TIMESTAMP,
    _VERB_AFTER,
    _VERB_WORD,
    _aged_names,
    _closes_appositive,
    _head_of_named_body,
    _head_title,
    _heads_a_body,
    _is_club_mention,
    _is_company_mention,
    _is_passive_agent,
    _is_subject_prefix,
    _region_of_office,
    kin_of_pair,
)
from warta.nlp.quotes.pairs import is_both_subject, pair_named_before, points_to_both
from warta.nlp.quotes.people import _DESCRIPTIONS, ASKED_NOT_NAMED, _describes_a_person
from warta.nlp.quotes.phrase import AUTHORED_DOCUMENTS, _two_fields_no_holder
from warta.nlp.quotes.resolved import (
    _Found,
    _office,
    _place_salient,
    _Resolved,
    _Salient,
    _Speaker,
    _State,
)
from warta.nlp.quotes.speakers import (
    CASE_ROLES,
    MANNER_ADVERBS,
    TEAM_NOUNS,
    Who,
    bare_office,
    is_collective,
    is_people,
    is_unnamed_source,
    parse_phrase,
    points_to_unnamed,
)
from warta.records import Mention

#: The comma closing an appositive holder, then the sentence's lower-case predicate
#: ("..., Yosef Tarigan, kecewa dengan ...", "..., Rina, menilai ...").
_CLOSES_WITH_PREDICATE = re.compile(
    r"(?:[ \t]*\(\d{1,3}\))?[ \t]*,[ \t]+(?!(?:dan|atau|serta|yang)\b)[a-z]"
)

#: A paragraph that only names an office and its holder, a subheading with no verb and
#: no full stop: "Ketua IDI Garut, dr. Maria Ulfa, Sp.A", "Kepala BPBD Kota X, Budi
#: Santoso" (capitalised words, abbreviated titles, "dan"/"dari", commas).
_SUBHEADING = re.compile(
    r"\s*[A-Z][\w.&()-]*(?:[ \t]+(?:[A-Z][\w.&()-]*|[a-z]{1,4}\.|dan|dari|di))*"
    r"(?:[ \t]*,[ \t]*(?:[A-Z][\w.&()-]*|[a-z]{1,4}\.)(?:[ \t]+(?:[A-Z][\w.&()-]*|[a-z]{1,4}\.))*)+"
    r"[ \t]*"
)
#: A sentence whose subject is a lower-case description said again with a demonstrative,
#: then its verb: "Dokter spesialis anak itu mengingatkan ...", "Pengusaha muda tersebut
#: mengaku ..." (an office or trade, never a name).
_DESCRIBED_SUBJECT = re.compile(
    r"\s*(?P<head>[A-Z][a-z]+)(?:[ \t]+[a-z0-9-]+){1,4}[ \t]+(?:itu|tersebut)"
    r"[ \t]+(?:juga[ \t]+|pun[ \t]+|lalu[ \t]+)?(?:me|ber)[a-z]{3,}\b"
)
#: A lower-case description with a demonstrative opening a sentence: "Kepala sekolah
#: itu hanya mengangguk." (checked against the names earlier speakers spoke under).
_DEMONSTRATIVE_SUBJECT = re.compile(
    r"\s*(?P<phrase>[A-Z][a-z]+(?:[ \t]+[a-z]+){0,3}[ \t]+(?:itu|tersebut))\b"
)
#: A sentence opening with a bare collective of people and its verb: "Warga juga
#: mendesak ...", "Pedagang pasar menolak ..." (checked with ``is_collective``).
_COLLECTIVE_SUBJECT = re.compile(
    r"\s*(?P<group>[A-Z][a-z]+(?:[ \t]+[a-z]+){0,2}?)"
    r"[ \t]+(?:juga[ \t]+|pun[ \t]+|justru[ \t]+|masih[ \t]+)?(?:me|ber)[a-z]{3,}\b"
)
#: A subordinator opening a clause inside the sentence: "Perdebatan memanas ketika
#: anggota Fraksi X, Rina, menyela.": Rina acts in that clause.
_SUBORDINATOR = re.compile(r"\b(?:ketika|saat|tatkala|sewaktu|setelah|begitu|hingga|sampai)\s+")


def _after_fronted_clause(prefix: str) -> str:
    """The words of ``prefix`` after a clause of time fronted before the subject
    ("Saat dihubungi, Kepala X, " -> "Kepala X, "); all of it without one.

    >>> _after_fronted_clause("Ketika ditemui di kantornya, Kepala Dinas X, ")
    'Kepala Dinas X, '
    """
    m = _FRONTED_TIME_CLAUSE.match(prefix)
    return prefix[m.end() :] if m else prefix


def _after_subordinator(prefix: str) -> str:
    """The words of ``prefix`` after its last subordinator ("Perdebatan memanas ketika
    anggota Fraksi X, " -> "anggota Fraksi X, "); all of it when it has none."""
    found = list(_SUBORDINATOR.finditer(prefix))
    return prefix[found[-1].end() :] if found else prefix


#: A sentence opening with someone described who asked not to be named: "Seorang
#: sopir angkot di Terminal X yang enggan disebut namanya mengaku ...".
_UNNAMED_OPENER = re.compile(
    rf"(?:Salah\s+)?Seorang\s[^.,;\x01]{{1,120}}?\s(?:{ASKED_NOT_NAMED})", re.IGNORECASE
)

#: The short form of a head's office ("kadis", "kapolsek", "danramil"): "ka"/"dan" and
#: the first letters of its body, at least five letters in all.
_SHORT_OFFICE = re.compile(r"(?:ka|dan)[a-z]{3,}")
#: A spouse, parent or child of the last speaker pointed to after a cue: "balas
#: suaminya", "sahut istrinya", "timpal sang ayah", "potong anaknya" ("sang ibu" is read
#: as the title "ibu", and stays out).
#: Nouns of kinship or company a person is introduced by before the name of the one
#: they are kin to: "Ibunda Budi, Sumarni, ...", "Kakak korban, Rudi, ..." (not the
#: titles of address "Ibu"/"Bapak", which open a name).
_KIN_NOUNS = frozenset(
    "ibunda ayahanda istri suami anak putra putri kakak adik nenek kakek paman bibi cucu"
    " mertua menantu keponakan sepupu tetangga sahabat teman rekan kekasih".split()
)


def _kin_of(prefix: str) -> bool:
    """True when ``prefix`` (the words before a person) ends with a noun of kinship
    ("Ibunda ", "Namun, kakak ") and holds nothing but a lead before it.

    >>> _kin_of("Ibunda "), _kin_of("Sementara itu, kakak "), _kin_of("Rumah ")
    (True, True, False)
    """
    words = prefix.replace(",", " ").split()
    return (
        bool(words)
        and words[-1].lower() in _KIN_NOUNS
        and all(w.lower() in _KIN_LEAD for w in words[:-1])
    )


#: Words that may open a sentence before a noun of kinship.
_KIN_LEAD = frozenset({"sementara", "itu", "namun", "adapun", "sedangkan", "dan"})


_KIN_IN_TURN = frozenset(
    {"suaminya", "istrinya", "pasangannya", "ayahnya", "bapaknya", "anaknya", "putranya"}
    | {"putrinya", "sang ayah", "sang bapak", "sang anak", "sang putra", "sang putri"}
    | {"sang suami", "sang istri"}
)
#: One capitalised word of seven letters or more ending in "-nya", opening a sentence:
#: a noun and its owner ("Tangannya penuh luka", "Suaminya ..."), never a person, even
#: when the tagger says so (as :func:`~warta.nlp.quotes.cues.full_names` reads it).
_POSSESSED_NOUN = re.compile(r"[A-Z][a-z]{3,}nya")
#: The rest of an office's name after a word the tagger took for a person, then the
#: comma before its holder: " Kaur, " in "Jaksa Kejari Kaur, Rina ...", ", " in "Pemilik
#: toko Sinar Abadi, Budi ...".
_OFFICE_REST_BEFORE_HOLDER = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*){0,4}[ \t]*,[ \t]*")

# The words a mention is indexed under (and a name is looked up by).
MENTION_WORD = re.compile(r"[\w'’-]+")


#: A cue right before a person: "Padahal kata Budi, Rina sudah ..." (Budi speaks; Rina,
#: the subject of what he says, is no subject of the narration).
_CUE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(QUOTE_VERB_FIRST))})(?:nya)?\s+$|\bmenurut\s+$", re.IGNORECASE
)


def _office_of_a_person(prefix: str, words: list[str]) -> bool:
    """True when ``prefix`` opens with a role of a person and ``words`` (a name after it,
    in an appositive) look like no body: "Kuasa hukum pemohon, Yosef Manurung, menilai
    ..." is Yosef's sentence even when the tagger took his name for an organisation.

    >>> _office_of_a_person("Kuasa hukum terdakwa, ", ["Yosef", "Manurung"])
    True
    >>> _office_of_a_person("Kuasa hukum terdakwa, ", ["PT", "Maju"])
    False
    >>> _office_of_a_person("Sementara itu, GM PT Angkasa, ", ["Rudi", "Hartono"])
    True
    """
    head = _LEAD_CONNECTIVE.sub("", prefix).split()[:2]
    return (
        len(words) > 1
        and bool(head)
        and (
            _describes_a_person(head[0].lower())
            or head[0].lower() in _CORPORATE_TITLES
            or " ".join(head).lower() in _PERSON_ROLES
        )
        and not looks_like_org(" ".join(words))
    )


#: Two-word roles of a person the one-word tables miss ("kuasa" alone is no person).
_PERSON_ROLES = frozenset({"kuasa hukum", "juru bicara", "tim kuasa"})
#: A company's offices by their English short forms: "SVP Wilayah PT X, Budi, ...".
_CORPORATE_TITLES = frozenset({"svp", "vp", "evp", "gm", "ceo", "cfo", "coo", "cto"})
#: A connective opening the sentence before its subject: "Sementara itu, ", "Namun, ".
_LEAD_CONNECTIVE = re.compile(r"^\s*(?:Sementara\s+itu|Namun|Adapun|Di\s+sisi\s+lain)\s*,?\s+")


def _names_an_office(prefix: str) -> bool:
    """True when ``prefix``, the words before a person, does not end in a cue: "Pemilik
    warung ", "Meski demikian, pengacara " (not "Padahal kata ")."""
    return _CUE_BEFORE.search(prefix) is None


#: How far before a document's quoted words its writer is looked for ("surat pernyataan
#: Budi ... Bunyi surat pernyataan itu: ..."): a few pages of text.
_DOCUMENT_WINDOW = 20_000


#: The sentence after a quote that names the person described by its cue: '"...," kata
#: lelaki bercaping itu.\n\nNamanya Budi, 60 tahun.', "Ia bernama Budi Santoso."
_NAMED_NEXT = re.compile(
    r"[^.!?\n]{0,80}[.!?]?[\s\"”]*(?:Namanya|Nama\s+lengkapnya|(?:Ia|Dia)\s+bernama)\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
)
#: One person introduced unnamed, by sex or age and what sets him apart: "seorang pria
#: berkaus merah", "seorang remaja bertopi" (the feature is a "ber-" word and at most
#: one plain word after it, never a verb).
_INTRODUCED_UNNAMED = re.compile(
    rf"\b[Ss]eorang[ \t]+(?P<noun>{'|'.join(sorted(_DESCRIPTIONS))})"
    r"(?:[ \t]+ber[a-z]{3,}"
    r"(?:[ \t]+(?!(?:mem|men|meng|meny|ber|di|ter)[a-z]|tampak\b|sedang\b)[a-z]+)?)?\b"
)
#: A description identified with the person named next: "... adalah Koordinator X, ",
#: "... ialah " (an office between the verb and the name allowed).
_IDENTIFIED_AS = re.compile(r"\s(?:adalah|ialah)\s+(?:[^.,\x01]{1,80},\s*)?$")
#: What may close a sentence after a name: an age in brackets, the full stop.
_SENTENCE_REST = re.compile(r"\s*(?:\(\d{1,3}\))?\s*[.!]?\s*")
#: A clause of time fronted before the main clause's subject, with its comma: "Seusai
#: membacakan sambutan, ", "Setelah rapat selesai, " (its own verb is no main verb).
_FRONTED_TIME_CLAUSE = re.compile(
    r"\s*(?:Usai|Seusai|Setelah|Sesudah|Selepas|Sebelum|Selesai|Begitu|Saat|Ketika|Sewaktu)"
    r"\s+[^,.\x01]{1,80},\s*"
)
#: Heads of a legal instrument's title: "dijerat Undang-Undang Tata Ruang",
#: "diatur Peraturan Daerah X" name a law, never the agent of the passive.
_LEGAL_INSTRUMENTS = frozenset(
    """
    undang-undang uu peraturan perda perpres perppu permen pergub perbup perwali keputusan
    keppres kepres instruksi inpres kitab kuhp kuhap pasal qanun
    """.split()
)


class _OfficesSpoken:
    """The latest speaker of a list of resolved quotes (``out``, its first ``count``
    read) by what names an office pointing back to it: each lower-case prefix of a
    one-word name ("kadis" of "Kadistan"); the lower-cased first words of a longer name,
    two or more but not all ("kepala balai" of "Kepala Balai Taman Nasional X"); and, for
    a name of three words or more, its lower-cased title with the first letters of the
    capitalised words after it, or with each of its words ("(KSOP)"), with its place in
    ``out``."""

    def __init__(self, out: list[_Resolved]) -> None:
        self.out = out
        self.count = 0
        self.by_prefix: dict[str, _Resolved] = {}
        self.by_head: dict[tuple[str, ...], _Resolved] = {}
        self.by_acronym: dict[tuple[str, str, bool], tuple[int, _Resolved]] = {}


class _Article(_Lookups):
    """One article's body, mentions and speaker state; salience and speaker resolution."""

    def __init__(self, text: str, mentions: Sequence[Mention]) -> None:
        self.text = text
        self.mentions = sorted(mentions, key=lambda m: m.start)
        # Mention lookups by offset bisect these, so they cost O(log n), not O(n).
        self._starts = [m.start for m in self.mentions]
        self._longest = max((m.end - m.start for m in self.mentions), default=0)
        # The matches of a lookup's pattern in the whole text, found once (_word_matches).
        self._matches_by_pattern: dict[tuple[str, str], list[tuple[int, int]]] = {}
        self._starts_by_pattern: dict[str, list[int]] = {}  # (_match_starts)
        self._body_ends_by_name: dict[str, int] = {}  # (_introduced_as_body)
        # The case-folded text, and where a phrase first stands in it (_written_before).
        self._folded: str | None = None
        self._first_folded: dict[str, int] = {}
        # The persons, in order, and their starts (_described bisects them).
        self._persons = [m for m in self.mentions if m.type == "PER"]
        self._person_starts = [m.start for m in self._persons]
        # The speakers so far by name, read from state.out (see _speakers_by_folded_name).
        self._spoken_list: list[_Resolved] | None = None
        self._spoken_count = 0
        self._spoken_names: dict[str, str] = {}
        self._offices = _OfficesSpoken([])  # (_offices_spoken)
        # Each word -> the full names of persons holding it (_full_name_of).
        self._full_names_by_word: dict[str, set[str]] | None = None
        # Persons by their text, and bodies and places by each word of theirs, so a name's
        # lookup reads the few mentions holding it, not all of them.
        self._persons_by_text: dict[str, list[int]] = {}
        self._bodies_by_word: dict[str, list[Mention]] = {}
        for m in self.mentions:
            if m.type == "PER":
                self._persons_by_text.setdefault(m.text, []).append(m.start)
            else:
                for word in set(MENTION_WORD.findall(m.text)):
                    self._bodies_by_word.setdefault(word, []).append(m)
        # Persons by where they end: the holder closing an office glued to his name.
        self._person_ending = {m.end: m for m in self.mentions if m.type == "PER"}
        self.state = _State()
        self.para = self.masked = ""
        self.base = self.pi = 0
        self._common_words: frozenset[str] | None = None
        self.prev_sentence = ""  # the narration of the paragraph's previous sentence
        self.unclaimed_from: int | None = None  # the paragraph's run with no quote found
        # Quote span -> (name, offset) of who imitated the words ("ucap X menirukan ...").
        self.imitators: dict[tuple[int, int], tuple[str, int]] = {}
        # Quote span -> the noun the imitated person is written with ("ucapan penagih").
        self.imitated: dict[tuple[int, int], str] = {}

    def _unnamed_office(self, office: str, start: int) -> bool:
        """Whether ``office`` (at text offset ``start``; lower-case words, then capitalised
        ones) names no holder: no person mention in it, and its capitalised words are a
        body's ("Pelatih kiper timnas PSSI": an acronym, or a body or place the tagger
        found), not a name ("Wali kota Eri Cahyadi")."""
        end = start + len(office)
        lo = bisect_left(self._starts, start - self._longest)
        inside = [m for m in self.mentions[lo : bisect_left(self._starts, end)] if m.end > start]
        if any(m.type == "PER" for m in inside):
            return False
        words = office.split()
        tail = next(i for i, w in enumerate(reversed(words)) if w.islower())
        capitalised = words[len(words) - tail :]
        return any(w.isupper() and len(w) > 1 for w in capitalised) or any(
            m.type != "PER" for m in inside
        )

    def _common(self) -> frozenset[str]:
        """Words this article writes in lower case."""
        if self._common_words is None:
            self._common_words = common_words(self.text)
        return self._common_words

    def _document_owner(self, doc: str, before: int) -> Mention | None:
        """The person named right after the last "<doc>" written before ``before``
        ("surat pernyataan RA", "surat pernyataan dari Budi"): the author of the document
        whose words are quoted; ``None`` when no person follows it."""
        # Read within a window: a search of the whole text before every such quote made
        # the stage quadratic in the text. ``endpos`` reads as ``text[:before]`` would.
        pattern = re.compile(rf"\b{re.escape(doc)}\s+(?:dari\s+|milik\s+)?", re.IGNORECASE)
        found = list(pattern.finditer(self.text, max(0, before - _DOCUMENT_WINDOW), before))
        for m in reversed(found):
            at = bisect_left(self._starts, m.end())
            if at < len(self.mentions) and self.mentions[at].start == m.end():
                person = self.mentions[at]
                return person if person.type == "PER" else None
        return None

    def _holder_after_possessor(
        self, mention: Mention, prefix: str, masked: str, base: int, se: int
    ) -> Mention | None:
        """The person named between commas right after ``mention`` when a role word
        stands before it and the sentence's predicate follows the second name ("Kuasa
        hukum Budi, Yosef Tarigan, kecewa ..."): the holder of Budi's office; else
        ``None``."""
        last = prefix.rstrip().split()[-1] if prefix.strip() else ""
        if not last or not (
            last.islower() or last.lower() in ROLE_TITLES or last.lower() in _KIN_NOUNS
        ):
            return None
        gap = re.compile(r"[ \t]*,[ \t]*").match(masked, mention.end - base)
        if gap is None:
            return None
        at = bisect_left(self._starts, base + gap.end())
        nxt = self.mentions[at] if at < len(self.mentions) else None
        if nxt is None or nxt.start != base + gap.end() or nxt.type != "PER" or nxt.end > base + se:
            return None
        end = nxt.end - base
        if _CLOSES_WITH_PREDICATE.match(masked, end, se) is None:
            return None
        return nxt

    def _subheading_holder(self, masked: str, base: int, ss: int, se: int) -> _Salient | None:
        """The person a subheading paragraph names with an office and no verb ("Ketua IDI
        Garut, dr. Maria Ulfa, Sp.A"): the subject of the "Dokter itu"/"Menurutnya" after
        it; ``None`` for any other sentence."""
        if ss > 0 or masked[se:].strip() or not _SUBHEADING.fullmatch(masked, ss, se):
            return None
        lo, hi = bisect_left(self._starts, base + ss), bisect_left(self._starts, base + se)
        # The first person after a comma (a degree after the name may be tagged too: "Sp").
        holder = next(
            (
                m
                for m in self.mentions[lo:hi]
                if m.type == "PER" and "," in masked[ss : m.start - base] and len(m.text) > 3
            ),
            None,
        )
        if holder is None:
            return None
        return _Salient(holder.entity or holder.text, holder.start, True)

    def _salient(self, masked: str, base: int, ss: int, se: int) -> None:
        """Remember the person a narrative sentence is about, for "Ia"/"Presiden itu"."""
        if (held := self._subheading_holder(masked, base, ss, se)) is not None:
            self.state.salient = held
            return
        again = _DEMONSTRATIVE_SUBJECT.match(masked, ss, se)
        if again is not None and (spoke := self._spoke_as(again.group("phrase"))) is not None:
            # "Kepala sekolah itu hanya mengangguk." after the unnamed head spoke as
            # "Kepala sekolah itu": the same unnamed speaker, the next "katanya" is his.
            self.state.salient = _Salient(spoke, base + again.start("phrase"), True)
            return
        if (party := self._case_party_subject(masked, base, ss, se)) is not None:
            # "Terdakwa membantah keterangan itu. Ia menyatakan ...": the party the
            # article named in that role ("terdakwa Budi Santoso") is the subject.
            self.state.salient = party
            return
        described = _DESCRIBED_SUBJECT.match(masked, ss, se)
        if described is not None and _describes_a_person(described.group("head").lower()):
            # "Dokter spesialis anak itu mengingatkan ...": the one written about before,
            # said again (the tagger may take "Dokter" for a person); only a head that
            # describes a person ("Karena lokasi tersebut merupakan ..." does not).
            return
        if (anon := _UNNAMED_OPENER.match(masked, ss, se)) is not None:
            # The unnamed source the sentence is about: "Menurutnya, ..." after it is his.
            who = parse_phrase(anon.group(0))
            if who is not None and who.name is not None and is_unnamed_source(who.name):
                self.state.salient = _Salient(who.name, base + ss, True)
                return
        first = bisect_left(self._starts, base + ss)
        first_person: _Salient | None = None
        first_end, first_prefix = 0, ""
        for mention in self.mentions[first : bisect_left(self._starts, base + se)]:
            if (
                mention.type == "PER"
                and not self._glued_place(mention)
                and not self._title_before_office(mention)
                and not self._acronym_of_office(mention)
                and not self._rest_of_state_body(mention)
                and not _POSSESSED_NOUN.fullmatch(mention.text)
            ):
                # "..., Mgr. Benediktus ...": a shortened title is no word of the sentence's.
                prefix = without_trailing_title(
                    _TIMESTAMP.sub("", masked[ss : mention.start - base])
                )
                if first_person is not None:
                    # After a first person who does not act, only the agent of a passive
                    # takes over: "Pernyataan Budi dibantah Kepala Dinas X, Rina."; or the
                    # holder after an office the tagger took a "person" from: "Pemilik
                    # toko Sinar Abadi, Budi, membenarkan ...", "Jaksa Kejari Kaur, Rina,
                    # menyatakan ..." ("Sinar Abadi", "Kejari" tagged people).
                    if _is_passive_agent(prefix, masked, mention.end - base, se) or (
                        not first_person.subject
                        and _names_an_office(first_prefix)
                        and _OFFICE_REST_BEFORE_HOLDER.fullmatch(
                            masked, first_end - base, mention.start - base
                        )
                        is not None
                        and _VERB_AFTER.match(masked, mention.end - base, se) is not None
                    ):
                        first_person = _Salient(mention.entity or mention.text, mention.start, True)
                        break
                    continue
                subject = (
                    _is_subject_prefix(prefix)
                    # "Di antaranya, Budi (47).": a sentence that only introduces him.
                    or (
                        _INTRODUCED.fullmatch(masked, mention.end - base, se) is not None
                        and prefix.rstrip().endswith(",")
                        and not _VERB_WORD.search(prefix)
                    )
                    or _is_passive_agent(prefix, masked, mention.end - base, se)
                    or (
                        # "Namun, analis pasar di Medan, Lukas Wijaya, meragukan ...": an
                        # appositive, then the person and the sentence's verb; after a
                        # fronted clause of time too ("Saat dihubungi, Kepala X, Budi,
                        # menolak ..."), whose verb is not the subject's.
                        prefix.rstrip().endswith(",")
                        and not _VERB_WORD.search(
                            _RELATIVE.sub("", _after_subordinator(_after_fronted_clause(prefix)))
                        )
                        and _VERB_AFTER.match(masked, mention.end - base, se) is not None
                    )
                    or _closes_appositive(prefix, masked, mention.end - base, se)
                    or (
                        # "Lelaki yang mengatur antrean itu adalah Ketua X, Budi
                        # Santoso.": the one described is identified, and spoken of next.
                        _IDENTIFIED_AS.search(prefix) is not None
                        and _SENTENCE_REST.fullmatch(masked, mention.end - base, se) is not None
                    )
                    or (
                        # "Seusai membacakan sambutan, Budi menyampaikan ...": a fronted
                        # clause of time, then the main clause's subject and its verb.
                        _FRONTED_TIME_CLAUSE.fullmatch(prefix) is not None
                        and _VERB_AFTER.match(masked, mention.end - base, se) is not None
                    )
                    or (
                        # "Soal itu, Mama Ani hanya tersenyum.": an earlier speaker, also
                        # by a call name the entity layer resolved ("Koh Aseng").
                        any(
                            self._speaker_after_lead(name.split(), prefix)
                            for name in (mention.text, mention.entity or mention.text)
                        )
                        and _PREDICATE_NEXT.match(masked, mention.end - base, se) is not None
                    )
                )
                holder = self._holder_after_possessor(mention, prefix, masked, base, se)
                if holder is not None and _kin_of(prefix):
                    # "Ibunda Budi, Sumarni (50), tak kuasa ...": the relative named
                    # after the one she is kin to is the subject ("Ia ..." is hers).
                    subject = True
                if subject and holder is not None:
                    # "Kuasa hukum Budi, Yosef, kecewa ...": Budi owns the office, Yosef,
                    # the appositive holder, is the subject ("Menurut dia" is Yosef's).
                    mention = holder
                first_person = _Salient(mention.entity or mention.text, mention.start, subject)
                first_end, first_prefix = mention.end, prefix
                if subject:
                    break
        if first_person is not None:
            self.state.salient = first_person
            return
        common = self._common()
        named = full_names(masked[ss:se], common)  # read twice below: found once
        acting = [
            (start, words)
            for start, words, aged in [
                *((a, w, False) for a, w in named),
                *((a, w, True) for a, w in _aged_names(masked[ss:se])),
            ]
            for prefix, end in [(masked[ss : ss + start], ss + start + len(" ".join(words)))]
            # A span the tagger calls a body or a place, or a region's name, is no agent
            # (unless an age follows it: "Sarmin (61)" is a person whatever the tag).
            if (
                aged
                or not self._is_org_mention(base + ss + start)
                or _office_of_a_person(prefix, words)
            )
            and not is_region_name(" ".join(words))
            and words[0].lower() not in _LEGAL_INSTRUMENTS
            and (
                _is_passive_agent(prefix, masked, end, se)
                or _closes_appositive(prefix, masked, end, se)
            )
        ]
        if acting:
            # "Hal itu dibantah Budi Santoso.": the agent acts, like a subject; the last
            # one, after the words of his office ("disampaikan Kepala Dinas X, Budi").
            start, words = acting[-1][:2]
            self.state.salient = _Salient(" ".join(words), base + ss + start, True)
            return
        # "09.30 WIB – Kepala X ...": a live report's time stamp before the subject.
        stamp = _TIMESTAMP.match(masked[ss:se])
        office = _LOWER_OFFICE_SUBJECT.match(masked, ss + (stamp.end() if stamp else 0), se)
        if (
            office is not None
            and office.group("office").split()[0].lower() in ROLE_TITLES
            and self._unnamed_office(office.group("office"), base + office.start("office"))
        ):
            # "Pelatih kiper timnas PSSI enggan ...": an office no one named
            # holds is the person the sentence is about ("sang pelatih", "Ia" after it);
            # "Wali kota Eri Cahyadi menutup ..." names its holder, who is.
            self.state.salient = _Salient(
                office.group("office"), base + office.start("office"), True
            )
            return
        m = _SALIENT.match(masked, ss + (stamp.end() if stamp else 0), se)
        if m and not _DATELINE_WORD.match(m.group("name")):
            phrase = m.group("name")
            if split_title(phrase)[1] and (more := _OFFICE_AND.match(masked, m.end("name"), se)):
                phrase += more.group(0)  # "Kepala Dinas Koperasi dan UKM Kota X": one office
                words = phrase.split()
                if _two_fields_no_holder(words, len(words) - 1):
                    # "Menteri Komunikasi dan Digital menyatakan ...": the office, held by
                    # nobody named, is the person the sentence is about.
                    self.state.salient = _Salient(phrase, base + m.start("name"), True)
                    return
            called = self._called_by_title(phrase, base + m.start("name"))
            if called is not None:
                # "Abah sendiri tak banyak bicara. Ia ...": a form of address alone as the
                # subject is the person last written with it before a name ("Abah Odon").
                self.state.salient = _Salient(called[0], base + m.start("name"), True)
                return
            name, title = split_title(phrase)
            tokens = name.split()
            while tokens and not is_name_token(tokens[0]):
                tokens = tokens[1:]  # "Menurut Tjahjo ...": a preposition, then the name
            name = " ".join(tokens)
            at = base + m.start("name") + phrase.rfind(name)
            if (
                title
                and tokens
                and (
                    is_club(name)
                    or self._introduced_as_body(name, at)
                    or self._untagged_territory(title, tokens, at)
                    or _region_of_office(name)
                    or _head_of_named_body(title, tokens)
                )
            ):
                # "Pelatih Persela memilih diam.": the office of a body is the person the
                # sentence is about; so is an office of a region ("Kepala Dinas Perikanan
                # Karo menduga ...") or of a body named after a head's title ("Kepala Balai
                # Taman Nasional X menanggapi ..."): the region or body is no holder.
                name, at = f"{title} {name}", base + m.start("name")
                if _head_of_named_body(title, tokens):
                    # Its body's words may be written in lower case elsewhere ("kepala
                    # balai itu"), which is no reason to doubt the office.
                    self.state.salient = _Salient(name, at, True)
                    return
            if len(tokens) > 1 and tokens[0].lower() in CASE_ROLES:
                # "Terdakwa Marzuki memilih diam.": a party to a case, named, is the
                # person the sentence is about (the next "Ia" is his).
                self.state.salient = _Salient(" ".join(tokens[1:]), at + len(tokens[0]) + 1, True)
                return
            plain = bool(tokens) and not any(t.lower() in common for t in tokens)
            # Only a known person takes over from the last speaker: someone who already
            # spoke, or a titled name ("Menteri Sri ..."). A capitalised first word is
            # as often a place, an organisation or "Tidak" as it is a person.
            if any(t in self.state.speaker_tokens for t in tokens) or (title and plain):
                self.state.salient = _Salient(name, at, True)
                return
            if plain and len(tokens) == 2 and tokens[0].lower() in CALL_TITLES:
                # "Mama Ani hanya tersenyum.": a call name, a person by its form of
                # address, is the subject "ujarnya" points to after another speaker.
                self.state.salient = _Salient(name, at, True)
                return
            if plain and not looks_like_org(name) and not _POSSESSED_NOUN.fullmatch(name):
                self._fallback(name, at)
                return
        for start, words in named:
            if words[0].lower() not in common:
                name = " ".join(words)
                if self._speaker_after_lead(words, masked[ss : ss + start]) and (
                    _PREDICATE_NEXT.match(masked, ss + start + len(name), se) is not None
                ):
                    # "Soal itu, Mama Ani hanya tersenyum.": an earlier speaker, the
                    # subject after a leading adverbial.
                    self.state.salient = _Salient(name, base + ss + start, True)
                    return
                self._fallback(name, base + ss + start)
                return

    def _case_party_subject(self, masked: str, base: int, ss: int, se: int) -> _Salient | None:
        """The person a sentence opening with a party's role and its verb ("Saksi
        mengangguk.", "Terdakwa membantah ...") is about, as the article named that
        party; ``None`` for any other sentence or a party never named."""
        m = _CASE_ROLE_OPENING.match(masked, ss, se)
        if m is None or _VERB_AFTER.match(masked, m.end(), se) is None:
            return None
        party = self._described(m.group("role").lower(), base + ss, titled=True)
        # Where the role is written, not the name: the sentence is a later subject.
        return None if party is None else _Salient(party[0], base + m.start("role"), True)

    def _spoke_as(self, phrase: str) -> str | None:
        """The name of an earlier speaker written exactly as ``phrase`` (case aside): an
        unnamed speaker described with a demonstrative ("Kepala sekolah itu")."""
        return self._speakers_by_folded_name().get(phrase.casefold())

    def _speakers_by_folded_name(self) -> dict[str, str]:
        """The names of ``state.out``'s speakers by their case-folded form, the first
        speaker's of each. Brought up to date with the quotes appended since the last
        call, built anew when ``state.out`` is another list: a scan of every earlier
        quote per sentence grows with the square of the article."""
        out = self.state.out
        if out is not self._spoken_list or len(out) < self._spoken_count:
            self._spoken_list, self._spoken_count, self._spoken_names = out, 0, {}
        for r in out[self._spoken_count :]:
            if r.name:
                self._spoken_names.setdefault(r.name.casefold(), r.name)
        self._spoken_count = len(out)
        return self._spoken_names

    def _speaker_after_lead(self, words: list[str], prefix: str) -> bool:
        """True when ``words`` are an earlier speaker's and ``prefix`` is only a short
        leading adverbial ("Soal itu, ", "Di depan kelas, ")."""
        return all(w in self.state.speaker_tokens for w in words) and bool(
            _LEADING_ADVERBIAL.fullmatch(prefix)
        )

    def _fallback(self, name: str, at: int) -> None:
        """Remember ``name`` as the narration's person, a fallback only; not in place of
        the subject of an earlier sentence of the same paragraph ("Pemilik kebun itu,
        Budi, adalah petani. Ditemui seusai panen, pria itu tersenyum.": a capitalised
        word at a sentence start is no better than the person the paragraph is about)."""
        sal = self.state.salient
        if sal is not None and sal.subject and self.text.find("\n\n", sal.at, at) < 0:
            return
        self.state.salient = _Salient(name, at, False)

    # -- speakers --------------------------------------------------------------------

    def _emit(self, f: _Found) -> None:
        st = self.state
        who = _as_case_role(f.who)
        name: str | None = None
        role: str | None = None
        pos = f.start
        if who is None and (asker := self._narrated_speaking(f.start)) is not None:
            # 'Budi kemudian bertanya soal jadwal. "...?"': the one the sentence before
            # narrates speaking goes on in his own words, not the last speaker.
            name, pos = asker.name, asker.at
        elif who is None:
            # Continuation: only from the same or the previous paragraph.
            if st.last_any is None or f.paragraph - st.last_para > 1:
                if self._open_at_end(f.end):
                    st.out.append(_Resolved(f, None, None, f.start, pending=True))
                return
            name, role, pos = st.last_any.name, st.last_any.role, st.last_any.at
        elif (
            who.name is None
            and points_to_both(who.role, who.anaphor)
            and (pair := pair_named_before(self.text, _subject_at(f), self.mentions))
        ):
            # '"...," kata pasangan itu.' after "Darmo (70) dan Sumini (66)":
            # both of them (see :mod:`warta.nlp.quotes.pairs`).
            name, pos = pair
        elif (
            who.name is None
            and " " in (who.role or "")
            and (owner := self._document_owner(who.role or "", f.start)) is not None
        ):
            # 'Gugatan itu disertai surat keterangan BK. "...," bunyi surat keterangan
            # itu.': the person written after the document's words is its author.
            name, pos = owner.entity or owner.text, owner.start
        elif (
            who.name is None
            and (who.role or "").split(" ", 1)[0].lower() in AUTHORED_DOCUMENTS
            and st.last_any is not None
            and f.paragraph - st.last_para <= 1
        ):
            # '"...," tulis laporan yang disusun tim ...', "Laporan itu juga merekomendasikan
            # ...": the document speaks for its author, who spoke last (same paragraph or
            # the one before).
            name, role, pos = st.last_any.name, st.last_any.role, st.last_any.at
        elif (
            who.name is None
            and (who.role or "").split(" ", 1)[0].lower() in AUTHORED_DOCUMENTS
            and (signer := st.salient) is not None
            and signer.subject
            and self.text.find("\n\n", signer.at, f.start) < 0
        ):
            # 'Surat itu ditandatangani Ketua X, Budi. "...," demikian bunyi surat itu.':
            # with nobody who spoke before, the person the paragraph made its subject (the
            # signer, a passive's agent) is the author.
            name, pos = signer.name, signer.at
        elif (
            who.anaphor
            and who.name is None
            and "akun" in (who.role or "").lower().split()
            and (handle := self._handle_before(_subject_at(f))) is not None
        ):
            # '"...," tulis akun tersebut.' after "diunggah akun TikTok @warga_x": the
            # account the article named last by its handle.
            name, pos = handle
        elif who.anaphor and who.org:
            # "Perusahaan menyatakan": the body that spoke last, or else the last one
            # named before; never a person. "Klub ... itu": the last club named.
            if (who.role or "").split(" ", 1)[0].lower() in TEAM_NOUNS:
                if (club := self._last_named(f.start, _is_club_mention)) is not None:
                    name, pos = club.entity or club.text, club.start
            elif st.last_org is not None:
                name, role, pos = st.last_org.name, st.last_org.role, st.last_org.at
            elif (who.role or "") in _MANAGEMENT_SUBJECTS:
                # "Manajemen juga mengklaim ..." with no body that spoke: the management
                # speaks as written, not a company named only in an officer's title.
                name, pos = who.role, _subject_at(f)
            elif (body := self._last_named(f.start, _is_company_mention)) is not None:
                name, pos = body.entity or body.text, body.start
        elif (head := points_to_unnamed(who)) is not None:
            # "kata pejabat tersebut": the unnamed official who spoke last, else nobody.
            last = st.last_any
            if last is not None and (
                head in last.name.lower().split()
                or is_unnamed_source(last.name)
                # "Pejabat asal X itu menambahkan" after an office spoke with no holder
                # named: an office is an official.
                or (head == "pejabat" and self._is_office_speaker(last))
            ):
                name, role, pos = last.name, last.role, last.at
        elif (
            who.name is None
            and not who.anaphor
            and (who.role or "").isalpha()
            and who.role == (who.role or "").lower()
            and (last := st.last_any) is not None
            and is_unnamed_source(last.name)
            and who.role in last.name.lower().split()[1:3]
        ):
            # '"...," ujar pegawai yang minta namanya tidak ditulis.' after "Seorang
            # perwira di X yang ..." spoke: the noun of the unnamed source's description,
            # said again, is that source.
            name, role, pos = last.name, last.role, last.at
        elif who.name is not None and (held := self._minister_named(who.name, f.start)):
            # "Menkes menjelaskan ..." after "Menteri Kesehatan Budi": Budi.
            name, role, pos = held
        elif (office := self._named_office(bare_office(who), f.start)) is not None:
            # "Dalam pidatonya, bupati meminta ...": the regent named before.
            name, role, pos = office
        elif who.name is None and (spoke := self._office_that_spoke(who.role)) is not None:
            # "sang kadis berjanji ..." after "Kadistan" spoke, then a farmer's wife, or
            # "kata ketua pengprov": the office whose title, short form or acronym the
            # words repeat, not the last person.
            name, role, pos = spoke.name, spoke.role, spoke.at
        elif (
            who.anaphor
            and who.name is None
            and who.role in CASE_ROLES
            and (described := self._described(who.role, f.start, titled=True)) is not None
        ):
            # "terdakwa menulis, ..." after "terdakwa Budi Santoso": that person.
            name, pos = described
            role = who.role
        elif (
            who.anaphor
            and who.name is None
            and (who.role or "") in ROLE_TITLES
            and (described := self._holder_after_title(who.role or "", _subject_at(f))) is not None
        ):
            # '"...?" tanya hakim lagi.' after "Ketua majelis hakim, Rudi Hartawan, ...":
            # an office's bare title said again is the holder written right after it.
            name, pos = described
            role = who.role
        elif (
            who.name is None
            and (who.role or "").lower() in _KIN_IN_TURN
            and (other := self._other_in_exchange(f.paragraph)) is not None
        ):
            # '"...," potong Bu Ani. "...," balas suaminya.', '"...," timpal sang ayah.':
            # the spouse, parent or child of the last speaker is the other one of the
            # pair taking turns.
            name, role, pos = other.name, other.role, other.at
        elif (
            who.name is None
            and (who.role or "").lower() in _KIN_IN_TURN
            and (kin := kin_of_pair(self.text, self._persons, who.role or "", f.start)) is not None
        ):
            # "Budi (58) dan putranya, Andi (27), ..." then "Menurut sang ayah, ...": the
            # one of the pair introduced as kin that the epithet names, not the last
            # speaker.
            name, pos = kin
            role = who.role
        elif (
            who.anaphor
            and who.name is None
            and (called := self._called_by_title(who.role, _subject_at(f))) is not None
        ):
            # "Tuan Guru menimpali, ..." after another speaker: the person the article
            # wrote as "Tuan Guru <name>", not the last speaker.
            name, pos = called
            role = who.role
        elif (
            who.anaphor
            and who.name is None
            and _stem(f.cue) in ANSWERING_STEMS
            and (asked := self._asked_in_turn(f.paragraph)) is not None
        ):
            # '"...?" cecar hakim. "...," jawabnya.': nobody answers his own question; the
            # one answering is the other party of the exchange, who spoke before it.
            name, role, pos = asked.name, asked.role, asked.at
        elif (
            who.anaphor
            and who.name is None
            and _stem(f.cue) in CUTTING_IN_STEMS
            and (
                cut := named_cutting_in(
                    self.text,
                    self._persons,
                    st.out,
                    st.last_person.name if st.last_person else None,
                    f.start,
                    f.paragraph,
                )
            )
            is not None
        ):
            # 'Penjelasan itu tak membuat Budi puas. "...," selanya.': Budi cuts in, not the
            # speaker he cut off.
            name, role, pos = cut.name, cut.role, cut.at
        elif who.anaphor:
            ref = st.last_person
            sal = st.salient
            # A titled person (or an earlier speaker) who became the subject of the
            # narration after the last quote wins over the last speaker:
            # '"...," kata Budi. Menteri Sosial Risma tiba. "...," katanya.' -> Risma.
            if sal is not None and (ref is None or (sal.subject and sal.at > st.last_person_at)):
                ref = _Speaker(sal.name, None, sal.at)
            placed = sal is not None and (_place_salient(sal) or self._tagged_body(sal))
            if (ref is None or (st.last_person is None and placed)) and _office(who.role):
                # "..., kata Kepala Pelaksana BPBD Kota X" with nobody named before:
                # the office speaks (a place taken for a name is no antecedent).
                ref = _Speaker(who.role or "", None, f.who_at if f.who_at >= 0 else f.start)
                who = Who(who.role, None)
            elif ref is not None and self._unheld_office(
                who.role, ref, min(f.start, f.who_at) if f.who_at >= 0 else f.start
            ):
                # "Presiden Kolombia menyatakan ..." after a mayor spoke: an office of a
                # country or a place the article gave no holder speaks for itself.
                ref = _Speaker(who.role or "", None, f.who_at if f.who_at >= 0 else f.start)
                who = Who(who.role, None)
            if ref is not None:
                name, pos = ref.name, ref.at
                role = who.role or ref.role
        elif who.name is None and (described := self._described(who.role, f.start)) is not None:
            # "..., kata saksi." after "menghadirkan saksi Budi Santoso": that person.
            name, pos = described
            role = who.role
        else:
            name, role = who.name, who.role
            if name is not None and who.offset >= 0 and f.who_at >= 0:
                pos = f.who_at + who.offset
                first = name.split()[0]
                # "Kemlu RI" of "(Kemlu) RI": the name's first word is where it says.
                if self.text[pos : pos + len(first)].lower() != first.lower():
                    pos = self._locate(name, f.who_at)  # ("Polisi" may be written "polisi")
            if (
                name is not None
                and _heads_a_body(who)
                and not self._holder_within(pos, pos + len(name))
            ):
                # "Kepala Stasiun X menyatakan ...": the head of a body the article names
                # no holder of speaks as the office, a person ("Ia ..." is the office).
                head = _head_title(who.role or "")
                pos -= len(head) + 1
                name, role = f"{head[:1].upper()}{head[1:]} {name}", None
                who = Who(name, None, offset=0)
            elif name is not None and self._office_of_body(who, pos):
                # "pelatih Persija mengaku ...", "Direktur RSUD Sumber Waras menyebut ...":
                # the words after the title are a club, a body or a place, not a holder;
                # the office speaks, as written.
                # (Capitalised as an office's name, one form however the sentence wrote it.)
                pos -= len(role or "") + 1
                name, role = f"{(role or '')[:1].upper()}{(role or '')[1:]} {name}", None
                if who.org:
                    who = Who(name, None, offset=0)  # the office of a body: a person
        if (
            name is None
            and who is not None
            and who.role
            and _describes_a_person(who.role.split()[0].lower())
            and (named := _NAMED_NEXT.match(self.text, f.end)) is not None
        ):
            # '"...," kata lelaki bercaping itu. Namanya Budi, 60 tahun.': a person
            # described before anyone is named, named by the next sentence.
            name, pos = named.group("name"), named.start("name")
        if name is None and who is not None and st.last_any is None:
            # '... seorang pria berkaus merah terlihat ... "...!" bentak pria itu.': with
            # nobody who spoke before, the one described again is the person the article
            # introduced by that noun, unnamed; his description is his name.
            name, pos = self._introduced_unnamed(who, f.start) or (None, pos)
        if name is not None and (imitated := self._imitated_instead(f, name)) is not None:
            name, role, pos = imitated
        if name is not None and (also := _ALSO_OFFICE.match(name)) and _office(also["office"]):
            # "Ketua panitia yang juga Kepala Dinas X": the office the article names.
            name, pos = also["office"], pos + also.start("office")
        st.out.append(_Resolved(f, name, role, pos))
        if _embedded_claim(f):
            # "X mempertanyakan klaim Budi bahwa ...": Budi spoke in X's sentence, not
            # in turn; "-nya" after it still points back to X.
            return
        if name is not None:
            st.last_any = _Speaker(name, role, pos)
            st.last_para = f.paragraph
            org = who.org if who is not None and not who.anaphor else False
            if org:
                st.last_org = _Speaker(name, role, pos)
            titled = who is not None and not who.anaphor and bool(who.role) and not org
            if not org and (
                titled
                or not self._is_org_mention(pos)
                or self._aged(pos, name)
                or self._given_name_before(name, pos)
            ):
                st.last_person = _Speaker(name, role, pos)
                st.last_person_at = f.start
                st.speaker_tokens.update(name.split())
        for (lo, hi), (imitator, at) in self.imitators.items():
            if lo <= f.start < hi:
                st.last_any = st.last_person = _Speaker(imitator, None, at)

    def _narrated_speaking(self, start: int) -> _Salient | None:
        """The person of the sentence right before an unattributed quote at ``start``,
        in its paragraph, when that sentence has him as its subject and a verb of saying
        or asking after his name ("Rina lalu menjelaskan soal jadwal. "...""): a speaker
        other than the last one, introduced to say the words that follow."""
        sal = self.state.salient
        if sal is None or not sal.subject or sal.at <= self.state.last_person_at:
            return None
        opening = start - 1
        sentence = self.text[sal.at : opening]
        if "\n" in sentence or _NARRATED_SPEAKING.fullmatch(sentence) is None:
            return None
        return sal

    def _imitated_instead(self, f: _Found, name: str) -> tuple[str, str | None, int] | None:
        """Who said the words ``f`` that someone re-enacts, when the narration pointed back
        to the re-enactor himself ('Rina ... "...," ujar Rina menirukan ucapan penagih'):
        nobody re-enacts his own words, so they are the person written after that noun
        before ("penagih Budi Santoso"), else the noun as written; ``None`` when ``name``
        is not the re-enactor, or when the one imitated is nobody the article can name
        (:meth:`_imitated_nobody`): the words stay the re-enactor's (name, role, offset
        otherwise)."""
        for (lo, hi), noun in self.imitated.items():
            if not lo <= f.start < hi or self.imitators[lo, hi][0] not in (name, name.split()[0]):
                continue
            if self._imitated_nobody(noun, f.start):
                return None
            bare = noun.split(" yang ", 1)[0].split()[-1]
            described = self._described(bare, f.start, titled=bare in CASE_ROLES)
            if described is not None:
                return described[0], bare, described[1]
            return self._described_before(noun, f.start), None, f.start
        return None

    def _imitated_nobody(self, noun: str, before: int) -> bool:
        """True when the person whose words are re-enacted (``noun``, as
        :data:`_IMITATED_PERSON` reads it) is nobody the article singles out: one of a
        group ("menirukan bentakan salah satu penodong") or a bare man or woman of a group
        ("empat pria ... menirukan ucapan pria tersebut") that no "seorang pria ..."
        before ``before`` introduced alone. Such words are told by the one who re-enacts
        them, the only speaker the article can name."""
        head = noun.split()[0]
        if head == "salah":
            return True
        if head not in _DESCRIPTIONS:
            return False
        return self._introduced_alone(head, before) is None

    def _introduced_unnamed(self, who: Who, before: int) -> tuple[str, int] | None:
        """The first description before ``before`` of one unnamed person by the noun a
        demonstrative ``who`` points back with ("seorang pria berkaus merah" for "pria
        itu"), with its offset; ``None`` when ``who`` is no such pointer or none is."""
        head = (who.role or "").split(" ", 1)[0].lower()
        if not (who.anaphor and who.name is None and head in _DESCRIPTIONS):
            return None
        return self._introduced_alone(head, before)

    def _introduced_alone(self, head: str, before: int) -> tuple[str, int] | None:
        """The first "seorang <head> ..." before ``before`` that introduces one unnamed
        person by the noun ``head`` ("seorang pria berkaus merah"), with its offset."""
        m = _INTRODUCED_UNNAMED.search(self.text, 0, before)
        while m is not None and m.group("noun").lower() != head:
            m = _INTRODUCED_UNNAMED.search(self.text, m.end(), before)
        return None if m is None else (m.group(0), m.start())

    def _described_before(self, noun: str, before: int) -> str:
        """The unnamed person a bare noun of re-enacted words ("ancaman pelaku") stands
        for: the fuller description an earlier re-enactment gave the same noun ("pelaku
        yang membonceng"), so that one person keeps one name; else ``noun`` itself."""
        if " " in noun:
            return noun
        fuller = (
            whom
            for (lo, _), whom in sorted(self.imitated.items(), reverse=True)
            if lo < before and whom.startswith(f"{noun} yang ")
        )
        return next(fuller, noun)

    def _asked_in_turn(self, paragraph: int) -> _Speaker | None:
        """Who a question just asked was put to: when the last quote (in ``paragraph``
        or the one before) is a question cued by a verb of asking, the latest earlier
        speaker other than the asker; ``None`` otherwise."""
        turns = [r for r in self.state.out if r.name and paragraph - r.found.paragraph <= 3]
        if not turns or _stem(turns[-1].found.cue) not in ASKING_STEMS:
            return None
        if paragraph - turns[-1].found.paragraph > 1:
            return None
        asker = turns[-1].name
        other = next((r for r in reversed(turns[:-1]) if r.name != asker), None)
        return None if other is None else _Speaker(other.name or "", other.role, other.at)

    def _other_in_exchange(self, paragraph: int) -> _Speaker | None:
        """The speaker before the last one in ``paragraph`` when the two differ (a
        couple taking turns); ``None`` otherwise."""
        turns = [r for r in self.state.out if r.name and r.found.paragraph == paragraph]
        if len(turns) < 2 or turns[-1].name == turns[-2].name:
            return None
        return _Speaker(turns[-2].name or "", turns[-2].role, turns[-2].at)

    def _office_that_spoke(self, role: str | None) -> _Speaker | None:
        """The latest earlier speaker that is the office a lower-case ``role`` pointing
        back names: its head's title and body words ("kepala balai" for "Kepala Balai
        Taman Nasional X") or the first letters of its one-word short form ("kadis" for
        "Kadistan", "Kadinkes"); ``None`` when no speaker is such an office."""
        words = (role or "").split()
        if words and words[0].lower() in ("sang", "si"):
            words = words[1:]  # "Sang kadisdag" opening a sentence
        if len(words) == 2 and words[0].lower() in HEAD_TITLES and words[1].isupper():
            return self._office_by_acronym(words[0], words[1])
        if not words or not all(w.islower() for w in words):
            return None
        offices = self._offices_spoken()
        if len(words) == 1:
            # The latest one-word speaker whose name, lower-cased, starts with the word.
            short = words[0]
            r = offices.by_prefix.get(short) if _SHORT_OFFICE.match(short) else None
            return None if r is None else _Speaker((r.name or "").split()[0], r.role, r.at)
        if words[0] not in HEAD_TITLES:
            return None
        # The latest speaker with more words whose first ones, lower-cased, are these.
        found = offices.by_head.get(tuple(words))
        return None if found is None else _Speaker(found.name or "", found.role, found.at)

    def _office_by_acronym(self, title: str, acronym: str) -> _Speaker | None:
        """The latest earlier speaker that is the office "<title> <body>" whose body's
        capitalised words ``acronym`` spells by their first letters ("Kepala BTNB" for
        "Kepala Balai Taman Nasional Bunaken") or gives in brackets ("Kepala KSOP" for
        "Kepala Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP) Kelas III X");
        ``None`` when none is."""
        by_acronym = self._offices_spoken().by_acronym
        # The later of the latest speakers spelling it and giving it in brackets.
        spelt = by_acronym.get((title.lower(), acronym, False), (-1, None))
        bracketed = by_acronym.get((title.lower(), f"({acronym})", True), (-1, None))
        r = max(spelt, bracketed, key=lambda found: found[0])[1]
        return None if r is None else _Speaker(r.name or "", r.role, r.at)

    def _offices_spoken(self) -> _OfficesSpoken:
        """:class:`_OfficesSpoken` of ``state.out``'s speakers, brought up to date with the
        quotes appended since the last call, built anew when ``state.out`` is another
        list (as :meth:`_speakers_by_folded_name`): a scan of every earlier quote per
        quote grows with the square of the article."""
        out, index = self.state.out, self._offices
        if out is not index.out or len(out) < index.count:
            index = self._offices = _OfficesSpoken(out)
        for i in range(index.count, len(out)):
            r = out[i]
            spoken = (r.name or "").split()
            if len(spoken) == 1:
                low = spoken[0].lower()
                for k in range(1, len(low) + 1):
                    index.by_prefix[low[:k]] = r
            for k in range(2, len(spoken)):
                index.by_head[tuple(w.lower() for w in spoken[:k])] = r
            if len(spoken) >= 3:
                title = spoken[0].lower()
                initials = "".join(w[0] for w in spoken[1:] if w[:1].isupper())
                index.by_acronym[(title, initials, False)] = (i, r)
                for w in spoken:
                    index.by_acronym[(title, w, True)] = (i, r)
        index.count = len(out)
        return index

    def _is_office_speaker(self, speaker: _Speaker) -> bool:
        """True when ``speaker`` is an office with no holder named: a title and its
        office's words ("Kepala Dinas X Kabupaten Y"), or a head's one-word short form
        the tagger found no person in ("Kadishub")."""
        words = speaker.name.split()
        if speaker.role is not None or not words:
            return False
        if len(words) == 1:
            return bool(_SHORT_OFFICE.fullmatch(words[0].lower())) and not (
                self._persons_by_text.get(words[0])
            )
        return words[0].lower() in HEAD_TITLES and _office(speaker.name)

    def _both(self, head: str, at: int) -> Who | None:
        """The pair "Keduanya" (``head``, the subject at offset ``at``) points to, named
        jointly before ("Darmo (70) dan Sumini (66)"; see :mod:`warta.nlp.quotes.pairs`),
        or ``None``: with no such pair the word is too vague to name anyone."""
        if not is_both_subject(head):
            return None
        pair = pair_named_before(self.text, at, self.mentions)
        return None if pair is None else Who(pair[0], offset=-1)

    def _they(self, head: str) -> Who | None:
        """The people "Mereka" (``head``) points to: the group of people described that
        the paragraph's previous sentence is about ("Para sopir angkot menolak tarif baru.
        Mereka menilai ..."), or else a plural group that spoke in this or the previous
        paragraph ("Para petani ... mengeluhkan ... Mereka meminta ..."); ``None``
        otherwise ("mereka" is too vague to name anyone)."""
        if _THEY.fullmatch(head) is None:
            return None
        group = _GROUP_SUBJECT.match(self.prev_sentence) or _COUNTED_GROUP.match(self.prev_sentence)
        if group is not None and is_people(group.group("group")):
            # "Para sopir angkot menolak tarif baru. Mereka menilai ...": the group
            # the previous sentence is about.
            return Who(group.group("group"), offset=-1)
        bare = _COLLECTIVE_SUBJECT.match(self.prev_sentence)
        if bare is not None and is_collective(bare.group("group")):
            # "Warga juga mendesak Bupati ... Mereka menilai ...": the people at large the
            # previous sentence is about.
            return Who(bare.group("group"), offset=-1)
        plural = _REDUPLICATED_GROUP.match(self.prev_sentence)
        if plural is not None:
            # "Mama-mama pedagang pinang di Pasar X mengeluhkan ... Mereka menilai ...":
            # a group named by a reduplicated noun, as written.
            return Who(plural.group("group"), offset=-1)
        body = _BODY_SUBJECT.match(self.prev_sentence)
        if body is not None and body.group("body").split()[0].lower() in ORG_HEADS:
            # "Aliansi Nelayan X menilai ... Mereka mendesak ...": the body the previous
            # sentence is about.
            return Who(body.group("body"), None, True, offset=-1)
        last = self.state.last_any
        if last is not None and self.pi == self.state.last_para and is_collective(last.name):
            # "Warga Desa X melaporkan .... Mereka menyebut ...": the people at large
            # who spoke in this paragraph, named with their place.
            return Who(last.name, last.role)
        if (
            last is None
            or self.pi - self.state.last_para > 1
            or not is_people(last.name)
            or last.name.split()[0].lower() not in _PLURAL_QUANTIFIERS
        ):
            return None
        return Who(last.name, last.role)


#: A sentence narrating its subject speaking, from his name to the quote after it: the
#: name's words (and an appositive's closing comma), an adverb or two ("kemudian",
#: "lalu"), a verb of saying or asking and what it was about, one sentence ("...
#: menjelaskan soal jadwal. ").
_NARRATED_SPEAKING = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*,?\s+"
    rf"(?:(?:{'|'.join(sorted(SUBJECT_ADVERBS))})\s+){{0,2}}"
    rf"(?:{SUBJECT_FIRST_RE.pattern})[^.!?\x01\"“”]*[.:]\s*"
)


def _embedded_claim(f: _Found) -> bool:
    """True for a statement reported inside a noun phrase of another sentence's subject
    ("klaim Budi bahwa ..."; see :data:`~warta.nlp.quotes.cue_verbs.CLAIM_NOUNS`)."""
    return f.kind == "indirect" and f.cue in CLAIM_NOUNS and f.who is not None and not f.who.anaphor


#: A sentence opening with a party's role in a case: "Terdakwa membantah ...".
_CASE_ROLE_OPENING = re.compile(
    rf"\s*(?P<role>{'|'.join(sorted(r.capitalize() for r in CASE_ROLES))})\b(?=\s+[a-z])"
)


def _as_case_role(who: Who | None) -> Who | None:
    """A party's role in a case written as the speaker, as a role pointing back: one
    capitalised only because it opens the sentence ("Saksi menyebut ...") or followed by
    how the words were said ('"...," jawab saksi singkat'); else ``who`` unchanged.

    >>> _as_case_role(Who("Terdakwa", offset=0))
    Who(name=None, role='terdakwa', org=False, anaphor=True, offset=-1)
    >>> _as_case_role(Who(None, "korban lirih")).role
    'korban'
    """
    if who is None:
        return None
    words = (who.name or who.role or "").split()
    if who.name is not None and (len(words) != 1 or who.role):
        return who
    if len(words) == 2 and words[1] in MANNER_ADVERBS:
        words = words[:1]
    if len(words) != 1 or words[0].lower() not in CASE_ROLES:
        return who
    return Who(None, words[0].lower(), anaphor=True)


#: A company's management or board as a sentence's subject, capitalised.
_MANAGEMENT_SUBJECTS = frozenset({"Manajemen", "Direksi"})


def _stem(cue: str | None) -> str:
    """The bare stem of a verb-first cue as written ("jawabnya" -> "jawab").

    >>> _stem("jawabnya"), _stem("tanya"), _stem(None)
    ('jawab', 'tanya', '')
    """
    word = (cue or "").strip(" ,").split(" ", 1)[0].lower()
    return word[:-3] if word.endswith("nya") and word != "tanya" else word


def _subject_at(f: _Found) -> int:
    """Where the speaker of ``f`` is written, or the quote's start when it is not."""
    return min(f.start, f.who_at) if f.who_at >= 0 else f.start
