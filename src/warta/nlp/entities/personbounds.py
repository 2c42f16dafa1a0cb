"""Where a person's name starts and ends in the text.

For :func:`warta.nlp.entities.spans.clean_ner`: the parts of a name the tagger left out
or took in - patronymics ("bin <Father>"), Balinese markers and caste titles ("I",
"Ni", "Ida Bagus"), Sasak and Acehnese titles of nobility ("Lalu", "Teuku"), middle
initials, abbreviated given names ("Moh."), quoted nicknames inside a name - and where
one span holds an institution or a country then a person ("BPBD Majene <Name>").
Decided from the span's surface and the few words around it.
"""

from __future__ import annotations

import functools
import re

from warta.lexicon.indonesian import (
    FORMS_OF_ADDRESS,
    GROUP_NOUNS,
    INSTITUTION_SHORT_NAMES,
    LANDMARK_HEADS,
    MONTHS,
    NAME_STOP_WORDS,
    RANKS_BEFORE_NAME,
    TITLE_WORDS,
)
from warta.nlp.entities.gazetteer import ARABIC_ARTICLE, load_gazetteer
from warta.nlp.entities.names import TITLE_HEAD, is_korean_syllable, is_org_head
from warta.nlp.entities.spanrecord import (
    _ACRONYM_WORD,
    _CAP_WORD,
    _COMPANY_FIRST,
    _CORPS,
    _LEADING_TITLE,
    _LOWER_WORD,
    _NAME_HYPHEN,
    _NAME_PARTICLES,
    _NAME_WORD,
    _RANK_BEFORE,
    _TITLE_BEFORE,
    _WORD,
)

# "bin"/"binti" ("son/daughter of") and the father's name after it, up to three words:
# an Arabic or Malay name goes on after them ("Haitham bin Tariq Al Said"); a Batak
# woman's "br." (boru) before her clan name too ("Rina Sari br. Nainggolan").
_PATRONYMIC = re.compile(
    r"[ \t]+(?:bin|binti|ibn|bint|br\.)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
)


def _patronymic_end(text: str, end: int) -> int:
    """End of a person span continued over the "bin <Father>" right after it; ``end``
    itself when none follows (the tagger stops a name at the lower-case "bin").

    >>> t = "Sultan Oman Haitham bin Tariq menerima tamu."
    >>> t[:_patronymic_end(t, 19)]
    'Sultan Oman Haitham bin Tariq'
    """
    more = _PATRONYMIC.match(text, end)
    return more.end() if more else end


# The given names before a Batak woman's "br. <Clan>" when the tagger found only the clan
# name ("Rina Sari br.| Nainggolan"): up to three capitalised words. So too before "bin",
# "binti" ("<Given> binti| <Father>"): the word after the particle is the father's name,
# and the person is the one named before it, never the father.
_BEFORE_CLAN = re.compile(
    r"(?<![\w.-])((?:[A-Z][a-z][\w'’-]*[ \t]+){1,3})(?:br\.|bin|binti|ibn|bint)[ \t]+$"
)


def _clan_start(text: str, start: int) -> int:
    """``start`` moved back over the given names before "br." or "bin"/"binti" right
    before it (not over titles or stop words).

    >>> t = "Saksi, Rina Sari br. Nainggolan, hadir."
    >>> t[_clan_start(t, 21):31]
    'Rina Sari br. Nainggolan'
    >>> t = "Saksi, Wulan binti Karsa, hadir."
    >>> t[_clan_start(t, 19):24]
    'Wulan binti Karsa'
    """
    m = _BEFORE_CLAN.search(text, max(0, start - 64), start)
    if m is None:
        return start
    pos = m.start(1)
    for word in m.group(1).split():
        if word.casefold() not in TITLE_WORDS and word.casefold() not in NAME_STOP_WORDS:
            break
        pos = text.index(word, pos) + len(word)
    while pos < m.end(1) and text[pos] in " \t":
        pos += 1
    return pos if pos < m.end(1) else start


# Generational suffixes written with a period, which belongs to the name.
_NAME_SUFFIXES = frozenset({" Jr", " Sr"})

# An Arabic article joined to a name: "al-Houthi", "el-Sisi", "asy-Syarif".
_ARTICLE_NAME = re.compile(rf"{ARABIC_ARTICLE}-[A-Z]")


def _capitalised(word: str) -> bool:
    """Whether a word of a name span is name-like: capitalised, or a capitalised name
    after an Arabic article ("al-Houthi" ends "Abdul Malik al-Houthi")."""
    return word[0].isupper() or _ARTICLE_NAME.match(word) is not None


#: Balinese names open with a birth-order or caste name ("Made", "Wayan", "Putu") after
#: the gender marker "I" (men) or "Ni" (women); the tagger leaves the marker out.
_BALINESE_FIRST = frozenset(
    "Made Wayan Putu Gede Ketut Nyoman Komang Kadek Nengah Luh Gusti Ayu Kade Bagus".split()
)

#: Words that open a Balinese given name after "I", "Ni" or "Ida" (for the quote layer).
BALINESE_FIRST_NAMES = _BALINESE_FIRST

# "I"/"Ni" (he/she) and the Brahmin "Ida" ("Ida Bagus", "Ida Ayu") open a Balinese name.
_BALINESE_MARKER = re.compile(r"(?:^|(?<=[\s,(\"“”]))(?:I|Ni|Ida)\s+$")

# The same marker as the last word of another span, a Balinese name right after it:
# "Dinas Pertanian Tabanan I| Made Sudira", "PHRI Badung Ida| Bagus Made Sukarta".
_BALINESE_MARKER_LAST = re.compile(r"\s(?:I|Ni|Ida)$")

_NEXT_WORD = re.compile(r"[ \t]+(\w+)")


def _before_balinese_name(text: str, start: int, end: int) -> int:
    """``end`` moved back before a last word "I", "Ni" or "Ida" that opens the Balinese
    name right after the span ("Dinas Pertanian Tabanan I| Made Sudira"); unchanged
    otherwise.

    >>> t = "Kepala Dinas Tabanan I Made Sudira tiba."
    >>> t[7:_before_balinese_name(t, 7, 22)]
    'Dinas Tabanan'
    """
    marker = _BALINESE_MARKER_LAST.search(text, start, end)
    after = _NEXT_WORD.match(text, end)
    if marker is None or marker.start() <= start or after is None:
        return end
    return marker.start() if after.group(1) in _BALINESE_FIRST else end


def _balinese_start(text: str, start: int) -> int:
    """``start`` moved back over "I " or "Ni " before a Balinese name ("I Wayan Sudira",
    "Ni Komang Sari"); unchanged otherwise.

    >>> t = "Kepala Dinas, I Wayan Sudira, tiba."
    >>> t[_balinese_start(t, 16):28]
    'I Wayan Sudira'
    >>> t = "Penari I Gusti Ayu Sari tiba."
    >>> t[_balinese_start(t, 15):23]
    'I Gusti Ayu Sari'
    >>> t = "Adiknya, I Komang Dwi Antara, luka."
    >>> t[_balinese_start(t, 18):28]
    'I Komang Dwi Antara'
    """
    word = _WORD.match(text, start)
    # Back over the name's Balinese words the tagger left out ("I Gusti| Ayu"), also when
    # it began the span at the given name after them ("I Kadek| Wira Sanjaya"): the
    # marker before a birth-order or caste word makes them the name's.
    first = start
    while (before := _WORD_BEFORE.search(text, max(0, first - 12), first)) and before.group(
        1
    ) in _BALINESE_FIRST:
        first = before.start(1)
    if first == start and (word is None or word.group() not in _BALINESE_FIRST):
        return start
    m = _BALINESE_MARKER.search(text, max(0, first - 4), first)
    return m.start() if m else start


_WORD_BEFORE = re.compile(r"(?<![\w.])(\w+)[ \t]+$")

#: Given names Indonesians write abbreviated with a period ("Muh. Ridwan", "Moch.
#: Hasan", "Abd. Rahman"), or cut to one initial ("M. Rizal"; not "H.", a title, nor
#: "I.", a roman numeral; two initials, "A. M. Yusuf", are left out of the name, whose
#: entity across articles is then found by its words); the sentence splitter and the
#: tagger cut the name there.
_ABBREVIATED_GIVEN = re.compile(
    r"(?<![\w.])(?<![A-Z]\.[ \t])(?:Muh|Moh|Moch|Mochd|Mhd|Muhd|Abd|Ach|[A-GJ-Z])\.[ \t]+$"
)


#: A middle initial and the name going on after it ("Hasan T.| Wirayuda"): the sentence
#: splitter and the tagger end the name at the initial's period.
_INITIAL_LAST = re.compile(r"(?<=[\w.])[ \t]+[A-Z]$")

_AFTER_INITIAL = re.compile(r"\.[ \t]+((?:[A-Z]\.[ \t]*)*[A-Z][a-z][\w'’-]*)")

_NAME_GOES_ON_WORD = re.compile(r"[ \t]+([A-Z][a-z][\w'’-]*)")


def _initial_end(text: str, start: int, end: int) -> int:
    """``end`` moved over the rest of a person's name after a middle initial: "Hasan T"
    becomes "Hasan T. Wirayuda". The words after the period must be capitalised name
    words, not a sentence opener ("Budi S. Kemudian ..." stays "Budi S").

    >>> t = "Konsul, Rudi T. Hamonangan Situmorang, tiba."
    >>> t[8:_initial_end(t, 8, 14)]
    'Rudi T. Hamonangan Situmorang'
    """
    if not _INITIAL_LAST.search(text, start, end):
        return end
    first = _AFTER_INITIAL.match(text, end)
    if first is None or first.group(1).split(".")[-1].strip().casefold() in NAME_STOP_WORDS:
        return end
    end = first.end()
    while (more := _NAME_GOES_ON_WORD.match(text, end)) and (
        more.group(1).casefold() not in NAME_STOP_WORDS
    ):
        end = more.end()
    return end


#: A nickname in quotes inside a name ('Munir "Cak Mun" Hidayat'): the tagger takes
#: the name on one side of it, or each side apart.
_NICK_IN_QUOTES = r"[\"“][A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?[\"”]"

_QUOTED_NICK_BEFORE = re.compile(rf"(?<![\w.-])([A-Z][a-z][\w'’-]*)[ \t]+{_NICK_IN_QUOTES}[ \t]+$")

_QUOTED_NICK_AFTER = re.compile(rf"[ \t]+{_NICK_IN_QUOTES}[ \t]+([A-Z][a-z][\w'’-]*)")


def _quoted_nick_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """A person span widened over a nickname in quotes inside the name and the name's
    word on the other side of it.

    >>> t = 'Legenda klub, Rahmat "Cak Mat" Hidayat Lubis, wafat.'
    >>> a, b = _quoted_nick_bounds(t, 31, 44)
    >>> t[a:b]
    'Rahmat "Cak Mat" Hidayat Lubis'
    """
    before = _QUOTED_NICK_BEFORE.search(text, max(0, start - 48), start)
    if before is not None and before.group(1).casefold() not in NAME_STOP_WORDS:
        start = before.start(1)
    after = _QUOTED_NICK_AFTER.match(text, end)
    if after is not None:
        end = after.end()
        while (more := _NAME_GOES_ON_WORD.match(text, end)) and (
            more.group(1).casefold() not in NAME_STOP_WORDS
        ):
            end = more.end()
    return start, end


#: Titles of nobility, part of the name they open: Sasak ("Lalu Hasbi Anwar", "Baiq
#: Rina"), Javanese and Sundanese ("Raden"), Acehnese ("Teuku", "Tengku", "Cut"). "Lalu"
#: is also "then": at a sentence start it stays out of the name. Sumba's "Umbu" (men)
#: and "Rambu" (women) likewise.
_SASAK_TITLE = re.compile(r"(?<![\w.-])(Lalu|Baiq|Raden|Teuku|Tengku|Cut|Umbu|Rambu)[ \t]+$")

# Balinese caste titles before a name ("Anak Agung Ngurah", "I Gusti Ayu", "Ida Bagus",
# "Cokorda"), which the tagger leaves out of it; words of the run, and its heads.
_BALINESE_CASTE_BEFORE = re.compile(
    r"(?<![\w.-])(?:(?:Anak|Agung|Ngurah|Gusti|Cokorda|Tjokorda|Ida|Bagus|Ayu|Istri|I)[ \t]+)+$"
)

_CASTE_HEAD = re.compile(r"\b(?:Anak Agung|Gusti|Cokorda|Tjokorda|Ida Bagus)\b")

_SENTENCE_END_BEFORE = re.compile(r"(?:^|[.!?:;\"“”\n])[ \t]*$")
# The period of an abbreviated title ends no sentence: "Drs. Lalu <Name>", "H. Lalu <Name>".
_ABBREVIATED_TITLE_BEFORE = re.compile(r"(?<![\w.])(?:Drs|Dra|Dr|dr|Ir|H|Hj|Prof|Ny|Tn)\.[ \t]*$")


def _sasak_start(text: str, start: int) -> int:
    """``start`` moved back over a Sasak title right before a person's name, or over a
    Balinese caste title ("Anak Agung Ngurah", "I Gusti Ayu", "Ida Bagus").

    >>> t = "Bupati Lombok Barat Lalu Hasbi Anwar tiba. Lalu Hasbi pergi."
    >>> t[_sasak_start(t, 25):36], t[_sasak_start(t, 48):54]
    ('Lalu Hasbi Anwar', 'Hasbi ')
    """
    caste = _BALINESE_CASTE_BEFORE.search(text, max(0, start - 40), start)
    if caste is not None and _CASTE_HEAD.search(caste.group() + text[start : start + 8]):
        return caste.start()  # "Anak Agung Ngurah| Putu Sudiana": the caste title is the name's
    m = _SASAK_TITLE.search(text, max(0, start - 6), start)
    if m is None:
        return start
    if (
        m.group(1) == "Lalu"
        and _SENTENCE_END_BEFORE.search(text, max(0, m.start() - 4), m.start())
        and not _ABBREVIATED_TITLE_BEFORE.search(text, max(0, m.start() - 8), m.start())
    ):
        return start
    return m.start()


# A given name the tagger left out before the rest of a name: one capitalised word right
# after a comma, a bracket, an abbreviated title, a form of address or a lower-case word
# ("pelatih <Club>,
# Kadek| Wira Sanjaya", "Dra. Endang| Puji Lestari", "disambar Bagus| <Name>"); "Bagus",
# "Endang", "Komang", "Fajar" are common words or birth-order names elsewhere. After a
# lower-case word, not after a stop word ("Menteri Haji dan Umrah| <Name>"), a noun for a
# group ("suporter <Group name>") nor as a landmark's head ("Pasar <Name>").
_GIVEN_BEFORE = re.compile(
    r"(?:,[ \t]+|\(|(?<![\w.])(?:Drs|Dra|Dr|dr|Ir|H|Hj|Prof)\.[ \t]+"
    # "Ning <Given>| <Middle>\n<Surname>", "Kompol <Given>| <Middle> <Surname>", "AKP <Given>|"
    r"|(?<![\w.-])(?P<address>[A-Z][A-Za-z]+)[ \t]+"
    r"|(?<![\w.-])(?P<lower>[a-z]{3,})[ \t]+)(?P<given>[A-Z][a-z]{2,})[ ]$"
)


# Words written after a rank, before the name: "Kombes Pol <Name>", "Kolonel (Purn) <Name>".
_RANK_TAILS = frozenset({"pol", "purn", "inf", "kav", "pnb", "czi", "mar", "tni"})


def _given_name_start(text: str, start: int, end: int) -> int:
    """``start`` moved back over a given name the tagger left out (:data:`_GIVEN_BEFORE`)
    before a person span of two words or more; not over a title, a stop word, an
    organisation head or a place.

    >>> t = "Pelatih tim, Kadek Wira Sanjaya, puas."
    >>> t[_given_name_start(t, 19, 31):31]
    'Kadek Wira Sanjaya'
    """
    if len(text[start:end].split()) < 2:  # a name broken across a line is two words too
        return start
    m = _GIVEN_BEFORE.search(text, max(0, start - 24), start)
    if m is None:
        return start
    word = m.group("given")
    address = m.group("address")
    if address is not None and (
        address.casefold() not in FORMS_OF_ADDRESS | RANKS_BEFORE_NAME
        or word.casefold() in _RANK_TAILS
    ):
        return start
    lower = m.group("lower")
    if lower is not None and (
        lower in NAME_STOP_WORDS
        or lower in GROUP_NOUNS
        or word.casefold() in LANDMARK_HEADS
        or word.casefold() in FORMS_OF_ADDRESS
    ):
        # "Menteri Haji dan Umrah| <Name>", "suporter <Group>", "Pasar <Name>", "sepuh
        # Kyai| <Name>" (the title, in a spelling the title list lacks)
        return start
    if (
        word.casefold() in TITLE_WORDS
        or word.casefold() in NAME_STOP_WORDS
        or is_org_head(word)
        or load_gazetteer().lookup(word) is not None
        or _declared_body_acronym(text, word)
    ):
        # (a body's acronym between rank and name is the corps he serves in: "Letkol
        # <ACR> <Name>" after "<Body> (<ACR>)")
        return start
    return m.start("given")


# How far before its brackets a body's long name may open ("Badan ... (<ACR>)").
_LONG_NAME_REACH = 80


def _declared_body_acronym(text: str, word: str) -> bool:
    """Whether the article declares ``word`` as a body's acronym: brackets opening with it
    ("(<ACR>)", "(<ACR> RI)") right after a long name that opens with an organisation's
    head ("Badan <Field> (<ACR>)").

    >>> t = "Badan Pengawas Sungai (Bapesu RI) datang. Letkol Bapesu Arif Lubis tiba."
    >>> _declared_body_acronym(t, "Bapesu"), _declared_body_acronym(t, "Arif")
    (True, False)
    """
    for inside, closes in _bracketed(text).items():
        if inside.split()[:1] != [word] or len(inside.split()) > 2:
            continue
        for close in closes:
            opening = close - len(inside) - 2
            before = text[max(0, opening - _LONG_NAME_REACH) : opening].split()
            if any(is_org_head(w) for w in before):
                return True
    return False


# A capitalised "Dan" right after a name, then punctuation or a lower-case word, is a
# surname ("Nicusor Dan bertemu ..."): mid-sentence the conjunction is written "dan", and a
# title-case headline ("Budi Dan Ani Bertemu") goes on with a capital.
_SURNAME_DAN = re.compile(r"[ \t]+Dan(?=[ \t]*[,.;:)]|[ \t]+[a-z])")


def _surname_dan_end(text: str, end: int) -> int:
    """``end`` moved past a surname "Dan" right after it (:data:`_SURNAME_DAN`).

    >>> t = "Wali kota Nicolae Dan bertemu warga."
    >>> t[10:_surname_dan_end(t, 17)]
    'Nicolae Dan'
    """
    m = _SURNAME_DAN.match(text, end)
    return m.end() if m else end


def _abbreviated_start(text: str, start: int) -> int:
    """``start`` moved back over an abbreviated given name ("Muh. ") right before it.

    >>> t = "Jaksa, Muh. Ridwan Hakim, tiba."
    >>> t[_abbreviated_start(t, 12):24]
    'Muh. Ridwan Hakim'
    """
    m = _ABBREVIATED_GIVEN.search(text, max(0, start - 8), start)
    return m.start() if m else start


#: Peoples, languages and faiths a person's name is said to be of, capitalised after
#: "nama" ("dikenal dengan nama Tionghoa <Name>", "nama Jawa", "nama baptis"): the word
#: qualifies the noun "nama" and is no part of the name that follows.
NAME_KINDS = frozenset(
    """
    tionghoa cina china mandarin hokkian hakka kanton tiongkok jawa sunda bali batak bugis
    minang madura dayak arab ibrani latin inggris belanda portugis jepang korea india
    kristen katolik islam muslim baptis
    """.split()
)
# "nama" right before a span: the span's first word may say what kind of name follows.
_NAME_NOUN_BEFORE = re.compile(r"(?<![\w-])nama[ \t]+$")
_FIRST_WORD = re.compile(r"([A-Z][a-z]+)[ \t]+(?=[A-Z])")


def _name_kind_start(text: str, start: int, end: int) -> int:
    """Start of a person span past a people or language word the tagger took in from
    "nama <Kind> <Name>" (:data:`NAME_KINDS`); ``start`` itself otherwise.

    >>> t = "Ia dikenal dengan nama Tionghoa Lie Tjoan Hok."
    >>> t[_name_kind_start(t, 23, 45):45]
    'Lie Tjoan Hok'
    >>> t = "Ia dikenal dengan nama Budi Santoso."
    >>> t[_name_kind_start(t, 23, 35):35]
    'Budi Santoso'
    """
    if _NAME_NOUN_BEFORE.search(text, max(0, start - 8), start) is None:
        return start
    kind = _FIRST_WORD.match(text, start, end)
    if kind is None or kind.group(1).casefold() not in NAME_KINDS:
        return start
    return kind.end()


def _person_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A person span cut where it holds two names: at a lower-case word that is not a
    name particle ("Arman menggotong Sukiati", "McGregor lawan Mayweather"), and at a
    hyphen joining two names that the article also writes apart ("Gus Ipul-Anas" beside
    "Gus Ipul" and "Anas"; a candidate pair) or two full names ("Ani Lestari-Budi
    Santoso", :func:`_full_name_pair`). A hyphen inside one name ("Jean-Pierre
    Raffarin") stays: its halves are not written alone; so does a Korean given name
    ("Kang Min-Ho"), whose syllables often are.

    >>> t = "Gus Ipul-Anas menang. Gus Ipul dan Anas tiba."
    >>> [t[a:b] for a, b in _person_parts(t, 0, 13)]
    ['Gus Ipul', 'Anas']
    >>> t = "Jean-Pierre Raffarin tiba."
    >>> [t[a:b] for a, b in _person_parts(t, 0, 20)]
    ['Jean-Pierre Raffarin']
    >>> t = "Pasangan Ani Lestari-Budi Santoso menang. Keduanya tersenyum."
    >>> [t[a:b] for a, b in _person_parts(t, 9, 33)]
    ['Ani Lestari', 'Budi Santoso']
    """
    cuts: list[tuple[int, int]] = []  # (end of a part, start of the next)
    for w in _LOWER_WORD.finditer(text, start, end):
        if w.group() not in _NAME_PARTICLES:
            cuts.append((w.start(), w.end()))
    for h in _NAME_HYPHEN.finditer(text, start, end):
        left = text[_part_start(text, start, h.start() + 1) : h.start() + 1]
        right = text[h.end() - 1 : _part_end(text, h.end() - 1, end)]
        if (
            left.split()
            and right.split()
            and is_korean_syllable(left.split()[-1])
            and (is_korean_syllable(right.split()[0]))
        ):
            continue  # the two syllables of a Korean given name: "Kang Min-Ho"
        apart = _written_apart_outside(text, left) and _written_apart_outside(text, right)
        if apart or _full_name_pair(left, right):
            cuts.append((h.start() + 1, h.end() - 1))
    parts, pos = [], start
    for a, b in sorted(cuts):
        while a > pos and text[a - 1].isspace():
            a -= 1
        if a > pos:
            parts.append((pos, a))
        pos = b
        while pos < end and text[pos].isspace():
            pos += 1
    if pos < end:
        parts.append((pos, end))
    return parts


def _full_name_pair(left: str, right: str) -> bool:
    """Whether the two sides of a hyphen in a person span are two full names: each of
    two words or more, the words against the hyphen of three letters or more (not a
    particle such as "Al" in "Ahmad Al-Farisi"). A ticket or a pair ("Anies
    Baswedan-Muhaimin Iskandar"); one person's double-barrelled name has one word on a
    side ("Helena Bonham-Carter", "Jean-Pierre Raffarin")."""
    a, b = left.split(), right.split()
    return len(a) >= 2 and len(b) >= 2 and len(a[-1]) >= 3 and len(b[0]) >= 3


# The police's corps word after a rank, written like a name ("Jenderal Pol <Name>",
# "Irjen Polisi <Name>"): the tagger glues it to the name as an organisation.
_POLICE_CORPS = frozenset({"Pol", "Polisi"})


def _person_after_acronym(text: str, start: int, end: int) -> int | None:
    """Where the person begins in "<ACR> <Name>" after a title, or ``None``.

    The tagger glues a title's institution to the name after it ("Sekjen MDA Ibrahim",
    "Laksda TNI Amarulla Octavian") and calls the whole an organisation. The acronym is
    the title's; the words after it are the person when a title comes right before the
    acronym, or the acronym is a military or police corps after a rank; they do not
    start an organisation or a place, and the article cites the last of them again on
    its own.

    >>> t = "kata Sekjen MDA Ibrahim Khalil di Madinah. Khalil tiba."
    >>> t[_person_after_acronym(t, 12, 30):30]
    'Ibrahim Khalil'
    >>> _person_after_acronym("Mabes TNI Angkatan Laut", 6, 23) is None
    True
    """
    first = _WORD.match(text, start)
    if first is None or not (
        _ACRONYM_WORD.fullmatch(first.group()) or first.group() in _POLICE_CORPS
    ):
        return None
    if (
        is_org_head(first.group())
        or first.group() in _COMPANY_FIRST
        or load_gazetteer().lookup(first.group()) is not None
    ):
        return None  # "Direktur PT Sigap Prima", "Konsul Jenderal RI Jeddah": no person
    rest = _CAP_WORD.search(text, first.end(), end)
    if rest is None or text[first.end() : rest.start()].strip():
        return None
    head = rest.group()
    if is_org_head(head) or load_gazetteer().lookup(head) is not None:
        return None
    if _institution_then_full_name(first.group(), text[rest.start() : end]):
        return rest.start()  # "BNPB Arifin Setiawan": an institution is no person's name
    words = text[rest.start() : end].split()
    if words[0] in _PLACE_HEADS:
        return None  # "Kepala BPBD Kota <Town>": the unit's place
    if _named_after_declared_acronym(text, first.group(), words[0]):
        return None  # "<Body> (RSUD) <Town>", then "Direktur RSUD <Town>": the body's town
    if _declared_as_name(text, start, end):
        return None  # "memakai nama <ACR> <Word>", then "Juru bicara <ACR> <Word>": one name
    before = text[max(0, start - 40) : start]
    # a person is cited again by a name of his own: "Ibrahim", "Octavian", or his given
    # name under a call name ("Om <Given>"; not after an office over a territory, whose
    # acronym is the territory's: "Bupati <ACR> <Given> <Surname>")
    cited = {words[-1]} if _TERRITORY_OFFICE_BEFORE.search(before) else {words[0], words[-1]}
    titled = _TITLE_BEFORE.search(before) is not None or _CLERGY_BEFORE.search(before) is not None
    # "Bupati <ACR>": the acronym is the regency's, which the article names on its own too
    body = titled and _TERRITORY_OFFICE_BEFORE.search(before) is None
    if not any(_written_apart_outside(text, w, start, end) for w in cited) and not (
        body and _body_cited_apart(text, first.group(), start, rest.start(), end)
    ):
        return None
    corps = first.group() in _CORPS or first.group() in _POLICE_CORPS
    rank = corps and _RANK_BEFORE.search(before) is not None
    return rest.start() if titled or rank else None


def _declared_as_name(text: str, start: int, end: int) -> bool:
    """Whether the article declares ``text[start:end]`` a name elsewhere ("memakai nama
    <ACR> <Word>", "bermerek <ACR> <Word>", "bernama <ACR> <Word>"): a brand or a body
    named so is one name, no institution glued to a person's.

    >>> t = "Kini memakai nama ABC Express. Juru bicara ABC Express, Rina, hadir."
    >>> _declared_as_name(t, 43, 54), _declared_as_name("Juru bicara ABC Express.", 12, 23)
    (True, False)
    """
    surface = text[start:end]
    for at in _declared_names_at(text):
        stop = at + len(surface)
        if stop != end and text.startswith(surface, at) and not _NAME_GOES_ON.match(text, stop):
            return True
    return False


# A word declaring the name after it; found once per text (a pattern per mention, searched
# through the whole text, made this quadratic in the text's length).
_DECLARING = re.compile(r"(?<![\w-])(?:nama|merek|bermerek|bernama)[ \t]+")
_NAME_GOES_ON = re.compile(r"[\w-]")


@functools.lru_cache(maxsize=2)  # asked of one article's text, mention by mention
def _declared_names_at(text: str) -> tuple[int, ...]:
    """Where each name ``text`` declares starts ("memakai nama <Name>": the name's start)."""
    return tuple(m.end() for m in _DECLARING.finditer(text))


def _named_after_declared_acronym(text: str, acronym: str, word: str) -> bool:
    """Whether the article declares ``acronym`` (a word) in a body's full name with
    ``word`` right after the brackets ("<Long Name> (<ACR>) <Word> ..."): the word is
    then part of the body's name (the region or town it serves), never a person's name
    after it."""
    for at in _bracketed(text).get(acronym, ()):
        at = _BLANKS.match(text, at).end()  # type: ignore[union-attr]
        if text.startswith(word, at) and not text[at + len(word) : at + len(word) + 1].isalnum():
            return True
    return False


# What a pair of brackets holds, no bracket inside; and the spaces or tabs after it.
_BRACKETED = re.compile(r"\(([^()]*)\)")
_BLANKS = re.compile(r"[ \t]*")


@functools.lru_cache(maxsize=2)  # clean_ner asks of one article's text, mention by mention
def _bracketed(text: str) -> dict[str, list[int]]:
    """Where each pair of brackets in ``text`` closes (right after it), by what it holds:
    the places :func:`_named_after_declared_acronym` looks (a search of the whole text
    per mention was quadratic)."""
    out: dict[str, list[int]] = {}
    for m in _BRACKETED.finditer(text):
        out.setdefault(m.group(1), []).append(m.end())
    return out


def _body_cited_apart(text: str, acronym: str, start: int, rest: int, end: int) -> bool:
    """Whether "<Title> <ACR> <Name>" (the span ``text[start:end]``, the name from
    ``rest``) holds a body the article names by that acronym on its own ("<Long Name>
    (<ACR>)" before "Ketua <ACR> <Name>"), the name after it no place the gazetteer
    knows: the person is the rest, cited again or not."""
    return (
        _written_apart_outside(text, acronym, start, end)
        and load_gazetteer().lookup(text[rest:end]) is None
    )


# An office over a territory right before "<ACR> <Name>": the acronym is the territory's
# ("Bupati <ACR>"; warta.nlp.entities.offices has the full list, and imports this module).
_TERRITORY_OFFICE_BEFORE = re.compile(
    r"(?<![\w.])(?:Camat|Lurah|Kades|Bupati|Wali\s*[Kk]ota|Gubernur|Sekda)\s+$"
)

# A clergyman's title before "<Church's acronym> <Name>" ("Pendeta <ACR> <Name>"): the
# shared lexicon has no clergy titles (the quote layer reads them its own way).
_CLERGY_BEFORE = re.compile(
    r"(?<![\w.])(?:Pendeta|Pdt\.|Pastor|Pater|Romo|Biksu|Bhikkhu|Pedanda|Ustaz|Ustazah)\s+$"
)


# Words that open a place's or a unit's name, never a person's.
_PLACE_HEADS = frozenset(
    """Distrik Kabupaten Kota Provinsi Desa Kecamatan Kelurahan Kampung Dusun Pulau Jalan
    Kapanewon Kemantren Kalurahan Padukuhan
    Gunung Sungai Teluk Selat Laut Danau Bandara Pelabuhan Markas Pos Wilayah Daerah""".split()
)


def _place_after_institution(text: str, start: int, end: int) -> int | None:
    """Where the place begins in "<known acronym> <place head> ..." tagged as one name
    ("TNI Distrik Ilaga" from "pos TNI Distrik Ilaga"), or ``None``.

    >>> t = "pos TNI Distrik Mbua"
    >>> t[_place_after_institution(t, 4, 20):]
    'Distrik Mbua'
    """
    first = _WORD.match(text, start)
    if first is None or first.group().casefold() not in INSTITUTION_SHORT_NAMES:
        return None
    if not first.group().isupper() or text[first.end() : first.end() + 1] != " ":
        return None
    head = _CAP_WORD.match(text, first.end() + 1)
    if head is None or head.end() >= end or head.group() not in _PLACE_HEADS:
        return None
    return head.start()


def _institution_then_full_name(acronym: str, rest: str) -> bool:
    """Whether "<acronym> <rest>" is a known institution's short name ("BNPB", "KPK")
    followed by a full name of two capitalised words or more, none an organisation's
    head or a place ("BNPB Arifin Setiawan"; not "TNI Angkatan Laut", "DPR RI")."""
    words = rest.split()
    gazetteer = load_gazetteer()
    return (
        acronym.casefold() in INSTITUTION_SHORT_NAMES
        and len(words) >= 2
        and words[0] not in _PLACE_HEADS  # "pos TNI Distrik Ilaga", "Kodim Kota Baru"
        and all(
            w[0].isupper()
            and not w.isupper()
            and not is_org_head(w)
            and gazetteer.lookup(w) is None
            for w in words
        )
    )


def _glued_country_name_end(text: str, start: int, end: int) -> int:
    """``end`` moved over the name's last word where the tagger glued a leader's country
    to the name after it and stopped a word short ("Presiden <Country> <Given>
    <Given>| <Surname> berterima kasih"): a title stands right before the span, its
    leading words are a state, and the word after it is capitalised, no place, no
    body's head, no title, day or month, and no name's first word (a lower-case word or
    punctuation follows it). Else ``end``.

    >>> t = "Presiden Ghana Kwame Mensah Owusu berterima kasih."
    >>> t[9:_glued_country_name_end(t, 9, 27)]
    'Ghana Kwame Mensah Owusu'
    >>> t = "Presiden Ghana Kwame Mensah Senin berterima kasih."
    >>> t[9:_glued_country_name_end(t, 9, 27)]
    'Ghana Kwame Mensah'
    """
    if _TITLE_BEFORE.search(text, max(0, start - 40), start) is None:
        return end
    gazetteer = load_gazetteer()
    words = list(_NAME_WORD.finditer(text, start, end))
    if not any(
        (p := gazetteer.lookup(text[start : words[k].end()])) is not None and p.subtype == "GPE"
        for k in range(len(words) - 1)
    ):
        return end
    more = _NAME_GOES_ON_WORD.match(text, end)
    if more is None or (_CAP_WORD.match(text, more.end() + 1) and text[more.end()] == " "):
        return end
    word = more.group(1)
    if (
        word.casefold() in NAME_STOP_WORDS | TITLE_WORDS
        or word.casefold() in MONTHS
        or is_org_head(word)
        or gazetteer.lookup(word) is not None
    ):
        return end
    return more.end()


def _person_after_country(text: str, start: int, end: int) -> int | None:
    """Where the person begins in "<Country> <Full Name>" tagged as one name, or ``None``.

    The tagger glues the country of a leader's role to the name after it ("Presiden
    China Xi Jinping" gives "China Xi Jinping" as an organisation): the leading words
    are a country in the gazetteer, the rest are capitalised words that open no
    organisation and are no place. The rest is the person when a title stands right
    before the country, or the article cites one of its words on its own elsewhere
    ("Xi"); without either, "Indonesia Corruption Watch" stays one name.

    >>> t = "Presiden China Xi Jinping tiba."
    >>> t[_person_after_country(t, 9, 25):25]
    'Xi Jinping'
    >>> t = "Kata Presiden Korea Selatan Yoon Suk Yeol."
    >>> t[_person_after_country(t, 5, 41):41]
    'Yoon Suk Yeol'
    >>> _person_after_country("Kata Indonesia Corruption Watch.", 5, 31) is None
    True
    """
    gazetteer = load_gazetteer()
    # A title the tagger took in too ("Presiden Korea Selatan Yoon Suk Yeol" as one
    # organisation) is the role: the country starts after it. So is the tail of one it
    # took in part ("Menteri Luar |Negeri Armenia Ararat Mirzoyan|").
    tail = _title_tail_end(text, start, end)
    lead = _LEADING_TITLE.match(text[start:end])
    titled = (
        tail is not None
        or lead is not None
        or _TITLE_BEFORE.search(text, max(0, start - 40), start) is not None
    )
    start = tail if tail is not None else start + (lead.end() if lead else 0)
    words = list(_NAME_WORD.finditer(text, start, end))
    country = next(
        (
            k
            for k in range(len(words) - 1, 0, -1)
            if (p := gazetteer.lookup(text[start : words[k - 1].end()])) is not None
            and p.subtype == "GPE"
        ),
        0,
    )
    rest = words[country:]
    if not country or not all(
        w.group()[0].isupper()
        and not w.group().isupper()
        and not is_org_head(w.group())
        and gazetteer.lookup(w.group()) is None
        for w in rest
    ):
        return None
    cited = any(
        len(w.group()) > 1 and _written_apart_outside(text, w.group(), start, end) for w in rest
    )
    return rest[0].start() if titled or cited else None


#: A title written before a name, opening at a word (see :func:`_title_tail_end`).
_TITLE_AT_WORD = re.compile(rf"(?<![\w.])(?:{TITLE_HEAD})[ \t]+(?=[A-Z])")


def _title_tail_end(text: str, start: int, end: int) -> int | None:
    """The end of a title begun before ``start`` and ending inside the span
    ``text[start:end]`` (the tagger cut "Menteri Luar Negeri" after its second word and
    took "Negeri" into the name after it), else ``None``.

    >>> t = "Menteri Luar Negeri Ruritania Ivo Marek tiba."
    >>> t[_title_tail_end(t, 13, 39):39]
    'Ruritania Ivo Marek'
    >>> _title_tail_end(t, 20, 39) is None
    True
    """
    for title in _TITLE_AT_WORD.finditer(text, max(0, start - 30), end):
        if title.start() < start < title.end() and text[start - 1] in " \t":
            return title.end()
    return None


def _part_start(text: str, start: int, pos: int) -> int:
    """Start of the name that ends at ``pos``: back to ``start`` or a previous hyphen."""
    cut = text.rfind("-", start, pos - 1)
    return start if cut < 0 else cut + 1


def _part_end(text: str, pos: int, end: int) -> int:
    """End of the name that starts at ``pos``: up to ``end`` or the next hyphen."""
    cut = text.find("-", pos, end)
    return end if cut < 0 else cut


def _written_apart(text: str, name: str) -> bool:
    """Whether ``name`` occurs in ``text`` somewhere not joined by a hyphen."""
    # String search, not a regex per name: see warta.nlp.entities.namematch on re's cache.
    pos = text.find(name)
    while pos >= 0:
        if _apart_at(text, pos, name):
            return True
        pos = text.find(name, pos + 1)
    return False


def _apart_at(text: str, pos: int, name: str) -> bool:
    """Whether ``name`` stands at ``pos`` in ``text`` joined to no letter, digit or hyphen."""
    end = pos + len(name)
    before = text[pos - 1] if pos else " "
    after = text[end] if end < len(text) else " "
    return text.startswith(name, pos) and not (
        before.isalnum() or before == "-" or after.isalnum() or after == "-"
    )


def _written_apart_outside(text: str, name: str, start: int = 0, end: int = 0) -> bool:
    """:func:`_written_apart` of ``text[:start] + text[end:]`` (the text without a span;
    the whole text by default), by the article's index: a name that opens and closes
    with a letter or digit stands apart only where a run of letters and digits like its
    first one starts, or across the cut (copying and searching the whole text for each
    name was quadratic).

    >>> t = "Gus Ipul-Anas menang. Anas tiba."
    >>> _written_apart_outside(t, "Anas"), _written_apart_outside(t, "Anas", 22, 26)
    (True, False)
    >>> _written_apart_outside("Ketua Gus Ipul, kata Gus", "Gus", 0, 14)
    True
    """
    first = _ALNUM_RUN.match(name)
    if first is None or not name[-1].isalnum():
        return _written_apart(text[:start] + text[end:], name)
    size = len(name)
    for pos in _alnum_runs(text).get(first.group(), ()):
        if (pos + size < start or pos > end) and _apart_at(text, pos, name):
            return True
    # where the name would touch or cross the cut, on the two sides joined
    lo = max(0, start - size - 1)
    joined = text[lo:start] + text[end : end + size + 1]
    return any(_apart_at(joined, pos - lo, name) for pos in range(max(0, start - size), start + 1))


# A run of letters and digits (str.isalnum): a word character but the underscore.
_ALNUM_RUN = re.compile(r"[^\W_]+")


@functools.lru_cache(maxsize=2)  # clean_ner asks of one article's text, mention by mention
def _alnum_runs(text: str) -> dict[str, list[int]]:
    """The starts of each maximal run of letters and digits in ``text``, by the run."""
    runs: dict[str, list[int]] = {}
    for m in _ALNUM_RUN.finditer(text):
        runs.setdefault(m.group(), []).append(m.start())
    return runs
