"""Speaker phrases: who a reporting cue attributes speech to, parsed from the words
around it.

The parsers behind :mod:`warta.nlp.quotes.extract`, over the lexicon of
:mod:`warta.nlp.quotes.cues`:

* :func:`parse_phrase` - a short phrase: a pronoun, a (titled) name, an organisation, an
  unnamed source or a description ("Menteri Keuangan itu").
* :func:`parse_subject` - the subject before a subject-first cue ("Budi Santoso, mantan
  duta besar ..., mengatakan"), appositives on either side of the name.
* :func:`parse_after` - the speaker after a verb-first cue ("kata Profesor Siti Rahayu
  dari ..."), and the text left over.

Each returns a :class:`Who` (or ``None`` when the words name no speaker): the name with
titles stripped, the role, whether it is an organisation or points back to an earlier
speaker, and where the name starts in the parsed string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.lexicon.indonesian import SPEAKER_END_WORDS, SPEAKING_BODIES
from warta.nlp.quotes.cues import (
    AGENCY_WORDS,
    CAP_STOP,
    DATELINE,
    DOCUMENT_NOUNS,
    MINISTER_SHORT_FORMS,
    MODIFIERS,
    NAME_PARTICLES,
    NOMINAL,
    ORG_HEADS,
    PLACE_HEADS,
    PRONOUNS,
    ROLE_TITLES,
    SUBJECT_ADVERBS,
    VAGUE_SUBJECTS,
    country_words,
    is_name_token,
    is_region_name,
    lex,
    looks_like_org,
    split_title,
    title_case_org,
)

__all__ = [
    "Who",
    "bare_office",
    "is_people",
    "parse_after",
    "parse_phrase",
    "parse_subject",
    "points_to_unnamed",
]


@dataclass(frozen=True, slots=True)
class Who:
    """A parsed speaker phrase.

    ``name`` is the surface name with titles stripped (``None`` for pronouns, definite
    descriptions and unnamed sources); ``anaphor`` says the phrase refers back to an
    earlier speaker ("dia", "-nya", "Menteri Keuangan itu"); ``offset`` is where ``name``
    starts inside the parsed string (``-1`` when there is no name).
    """

    name: str | None
    role: str | None = None
    org: bool = False
    anaphor: bool = False
    offset: int = -1

    @property
    def usable(self) -> bool:
        """True when the phrase names or points back to someone (not "seorang sumber")."""
        return self.name is not None or self.anaphor


_ANAPHOR = Who(None, anaphor=True)
_DEMONSTRATIVES = frozenset({"itu", "tersebut", "ini"})
#: A club or a team described ("klub asal Tangerang itu", "tim tamu tersebut"): a body,
#: like "kementerian itu", not a person (its account posts, its statement is issued).
TEAM_NOUNS = frozenset({"klub", "tim", "timnas"})
#: Words before a cue that make the "subject" something else: "dengan mengatakan".
_BLOCK_BEFORE_VERB = lex(
    """
    yang dengan untuk tidak tak belum dapat bisa akan ingin mau harus sambil seraya dan
    atau agar sempat enggan kerap sering setelah sebelum usai seusai saat ketika karena
    sehingga hingga
    """
)
_PREPOSITIONS = lex(
    """
    asal di ke dari pada untuk dengan oleh kepada terhadap tentang atas antara dan bagi
    """
)
#: First words of a comma segment that says through what or where a subject speaks,
#: never who: "Lewat Facebook Live, pria itu menulis", "Melalui Zoom, dia berkata".
_SETTING_OPENERS = lex("lewat melalui via dalam di pada")


def _opens_setting(segment: str) -> bool:
    """Whether a comma segment opens with a channel or setting word (:data:`_SETTING_OPENERS`):
    "Lewat Facebook Live" is through what someone speaks, so its capitals are no name.

    >>> _opens_setting(" Lewat Facebook Live"), _opens_setting("Budi Santoso")
    (True, False)
    """
    words = segment.split()
    return bool(words) and words[0].lower() in _SETTING_OPENERS


#: Heads of descriptions that point back to someone without naming them.
_DESCRIPTIONS = lex("pria wanita perempuan lelaki pemuda pemudi bocah gadis sosok remaja")
#: Heads of descriptions of a source that stays unnamed.
_UNNAMED = lex("sumber seorang salah narasumber pejabat")
#: Nouns of an unnamed source that "itu"/"tersebut" points back to ("pejabat tersebut").
_UNNAMED_HEADS = lex("sumber narasumber pejabat")
_CONNECTIVES = frozenset({"namun", "tetapi", "tapi", "sementara", "sedangkan", "adapun"})


#: Where a description of an unnamed source ends: "Seorang pejabat di kantor gubernur
#: yang tak mau disebut namanya" is "Seorang pejabat di kantor gubernur".
_SOURCE_END = lex("yang dan ketika saat")


def _unnamed_source(words: list[str]) -> str | None:
    """The description of an unnamed source as the speaker's name ("Seorang pejabat di
    kantor gubernur", "Sumber lain di Kementerian X"), cut before its relative clause;
    ``None`` unless ``words`` open with one ("seorang pejabat", "sumber") and say where
    it works."""
    low = [w.lower() for w in words]
    if low[:1] == ["salah"] and low[1:2] == ["seorang"]:
        low, words = low[1:], words[1:]
    if low[:1] == ["seorang"] and low[1:2] and low[1] in _UNNAMED_HEADS:
        pass
    elif not (low[:1] and low[0] in _UNNAMED_HEADS and low[1:2] and low[1] in ("lain", "di")):
        return None
    # Only with where the source works ("... di lingkungan Istana", "... WTO"): a bare
    # "seorang sumber" identifies nobody and stays unattributed.
    end = next((k for k, w in enumerate(low) if w in _SOURCE_END), len(words))
    return " ".join(words[:end]) if end >= 3 else None


def is_unnamed_source(name: str) -> bool:
    """True when a speaker's name is the description of an unnamed source."""
    return _unnamed_source(name.split()) is not None


#: Second words of two-word titles: "wali kota", "wakil bupati", "wakil wali".
_TITLE_TAILS = frozenset({"kota", "bupati", "gubernur", "wali", "ketua", "menteri", "presiden"})


def bare_office(who: Who) -> str | None:
    """The title when ``who`` is only an office's title in lower case ("gubernur",
    "bupati", "wali kota", "wakil bupati"): it points back to that office as the article
    named it before."""
    role = who.role or ""
    if who.name is not None or not role.islower():
        return None
    if " " not in role:
        return role if who.anaphor else None
    # A title of several words, all of them title words ("wali kota": "kota" is a
    # title word only after "wali"); the caller finds it written before, capitalised.
    words = role.split()
    return (
        role if words[0] in ROLE_TITLES and len(words) == 2 and words[1] in _TITLE_TAILS else None
    )


def points_to_unnamed(who: Who) -> str | None:
    """The head noun when ``who`` points back to an unnamed source ("pejabat tersebut"
    -> "pejabat"): only an earlier speaker described with that noun is meant."""
    head = (who.role or "").split(" ", 1)[0].lower()
    return head if who.anaphor and who.name is None and head in _UNNAMED_HEADS else None


#: A verb of what the speaker did while speaking, after the name: "membacakan",
#: "menunjuk", "berjalan".
_ACTING = re.compile(r"(?:me|ber)[a-z]{4,}")
#: Words that end the speaker phrase after a verb-first cue: "kata Rahayu kepada Antara".
_AFTER_STOP = SPEAKER_END_WORDS
_NOT_ROLE = lex(
    """
    seraya sambil yang dan saat ketika usai kemudian lalu menambahkan dikutip
    """
)
#: Where an appositive role ends: "..., peneliti LIPI, seperti dikutip Antara".
_ROLE_END = re.compile(r"\s+(?:seperti\s+)?(?:dikutip|dilansir|kepada|saat|ketika|usai)\b")
_CLAUSE_END = re.compile(r"[,.;:!?()\x01\[\]]")
#: A dateline opening the first paragraph: "NEW YORK, (AFP) - ", "SEOUL - ".
_DATELINE_HEAD = re.compile(
    # The outlet after the place may start in lower case: "Medan, warta.id - ".
    r"^\s*[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,3}(?:\s*,\s*[A-Za-z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    # The dash, spaced or glued to the next word when doubled: "CNN Indonesia--Presiden".
    r"\s*(?:,?\s*\([^)]{1,30}\))?\s*(?:[-–—]+\s+|(?:--+|[–—])(?=[A-Z]))"
    # Or the time stamp of a live report: "14.05 WIB – ".
    r"|^\s*(?:[Pp]ukul\s+)?\d{1,2}[.:]\d{2}\s*(?:WIB|WITA|WIT)?\s*[-–—]+\s*"
)
#: An abbreviation in brackets after a name: "Badan Riset Pangan (BRP)".
#: Up to eighteen characters: ministries' short forms run long ("Kemendikbudristek").
_BRACKET_ABBR = re.compile(r"\(\s*(?P<abbr>[A-Z][A-Za-z0-9+&.-]{1,17})\s*\)")
#: Last words of a place name: "Kapolda Jawa Barat" names an office, not a person.
_COMPASS = lex("utara selatan barat timur tengah tenggara barat daya laut raya")


#: An age in brackets after a name: "Teguh (37)".
_AGE = re.compile(r"\s*\(\d{1,3}\)")
#: A comma segment before the verb that says when or where, not who: "Rabu (14/10)",
#: "saat dihubungi".
_CIRCUMSTANCE = re.compile(
    r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|saat|ketika|seusai|usai|kemarin|"
    r"dalam|pada|di|melalui|lewat)\b|\(?\d"
)


#: A title abbreviated with a full stop before a name: "dr. Yohana", "Prof. Budi", "H. Ali".
_DOTTED_TITLE = re.compile(r"(?<![\w.])(?P<t>[A-Za-z]{1,4})\.(?=\s+[A-Z])")
_ABBREVIATED_TITLES = lex("dr drg dra drs prof ir h hj kh")


def undot_titles(text: str) -> str:
    """``text`` with the full stop of an abbreviated title before a name blanked, so it
    does not end the speaker phrase (lengths kept, so offsets hold).

    >>> undot_titles("kata Direktur RSUD dr. Yohana Bere, Sp.A.")
    'kata Direktur RSUD dr  Yohana Bere, Sp.A.'
    """

    def blank(m: re.Match[str]) -> str:
        low = m.group("t").lower()
        return m.group("t") + " " if low in _ABBREVIATED_TITLES else m.group(0)

    return _DOTTED_TITLE.sub(blank, text)


def blank_dateline(text: str) -> str:
    """``text`` with a leading dateline ("SEOUL (AFP) - ") blanked out, offsets kept.

    >>> blank_dateline("KOTA BARU (AFP) - Kantor berita Nusantara").lstrip()
    'Kantor berita Nusantara'
    """
    m = _DATELINE_HEAD.match(text)
    if m is None or not any(c.isupper() for c in text[m.end() : m.end() + 1]):
        return text
    return " " * m.end() + text[m.end() :]


def _is_acronym(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= len(letters) - 1


#: A time between a subject and its verb: "Direktur X bulan lalu menegaskan ...".
_PAST_UNITS = frozenset({"pekan", "minggu", "bulan", "tahun"})
_TIME_WORDS = frozenset({"kemarin", "semalam"})


def _strip_trailing_adverbs(words: list[str]) -> list[str]:
    while words:
        if len(words) > 2 and words[-1] == "lalu" and words[-2].lower() in _PAST_UNITS:
            words = words[:-2]  # before "lalu" alone ("then"), an adverb
        elif words[-1].lower() in SUBJECT_ADVERBS or words[-1].lower() in _TIME_WORDS:
            words = words[:-1]
        else:
            break
    return words


def _is_pure_name(seg: str) -> bool:
    """A comma segment that is only a (titled) name: "Choi Min-seo", "Prof Santoso"."""
    words = seg.split()
    if words and words[0].lower() in _CONNECTIVES:
        words = words[1:]
    while len(words) > 1 and words[0].lower() in _ABBREVIATED_TITLES:
        words = words[1:]  # "dr Yohana Bere": a title of address written in lower case
    if not words or len(words) > 7:
        return False
    if not all(is_name_token(w) or w in NAME_PARTICLES for w in words):
        return False
    name, _ = split_title(" ".join(words))
    return bool(name) and not looks_like_org(name)


#: Parties of a case, in lower case alone: each points back to the person the article
#: named with that noun ("terdakwa Budi Santoso" ... "terdakwa menulis").
CASE_ROLES = lex("terdakwa tersangka saksi korban pelapor terlapor penggugat tergugat")
#: "sang"/"si" and one or two lower-case words: a person described ("sang kakak").
_SANG_SI = re.compile(r"(?:sang|si)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?")


def parse_phrase(phrase: str) -> Who | None:
    """Parse a short speaker phrase: a pronoun, a (titled) name, an org or a description.

    >>> parse_phrase("Menteri Keuangan itu").anaphor
    True
    >>> parse_phrase("pengamat politik Budi Santoso")
    Who(name='Budi Santoso', role='pengamat politik', org=False, anaphor=False, offset=17)
    """
    words = phrase.split()
    if words and DATELINE.match(words[0]):
        words[0] = DATELINE.sub("", words[0])  # "Merdeka.com-Josep Guardiola"
    if len(words) > 1 and (
        (NOMINAL.fullmatch(words[0]) and words[0].lower() not in ORG_HEADS)
        or (words[0].lower() in DOCUMENT_NOUNS and words[1][:1].isupper())
    ):
        words = words[1:]  # "Pernyataan Gubernur X menyebutkan": the statement of X
    if len(words) > 1 and words[0].lower().rstrip(",") in _CONNECTIVES:
        words = words[1:]  # "Namun ia mengingatkan": a connective, then the subject
    if not words:
        return None
    low = " ".join(words).lower()
    if low in PRONOUNS:
        return _ANAPHOR
    if low in VAGUE_SUBJECTS:
        return None
    if len(words) == 1 and low in CASE_ROLES and words[0].islower():
        # "Di rekaman itu, tersangka berkata, ...": the party of the case named before
        # with that noun ("terdakwa Budi Santoso").
        return Who(None, low, anaphor=True)
    if _SANG_SI.fullmatch(low) and all(w.islower() for w in words[1:]):
        # "Sang bupati menjelaskan ...", "ujar si sulung": someone named before, described
        # (an office alone after "sang" is read like the office alone: its holder).
        office = len(words) == 2 and words[1] in ROLE_TITLES
        return Who(None, words[1] if office else " ".join(words), anaphor=True)
    if len(words) >= 2 and words[-1].lower() in _DEMONSTRATIVES:
        # "Menteri Keuangan itu", "mantan pelatih itu"; not "California ini" (a place).
        if words[0].lower() in _UNNAMED:
            # "sumber itu", "pejabat tersebut": still unnamed; the unnamed source that
            # spoke last, if any (see :func:`points_to_unnamed`).
            return Who(None, " ".join(words[:-1]), anaphor=words[0].lower() in _UNNAMED_HEADS)
        head = words[0].lower()
        # "Petinju berusia 24 tahun itu" opening a sentence: capitalised by position, a
        # description all the same (lower-case words inside it; a place is all names).
        described = (
            len(words) >= 3
            and any(w[:1].islower() for w in words[1:-1])
            and _describes_a_person(head)
        )
        lower = not words[0][0].isupper() or described
        if (head in ORG_HEADS or head in TEAM_NOUNS) and lower:
            # "kantor berita ini", "kementerian itu", "klub asal Tangerang itu": the body
            # named before.
            return Who(None, " ".join(words[:-1]), org=True, anaphor=True)
        if words[0].lower() in ROLE_TITLES or lower:
            return Who(None, " ".join(words[:-1]), anaphor=True)
        return None
    if (source := _unnamed_source(words)) is not None:
        return Who(source, offset=phrase.find(words[0]))
    if len(words) >= 3 and words[0].lower() == "kantor" and words[1].lower() == "berita":
        # "Kantor berita (resmi) X": the agency itself speaks, never its country.
        j = 2
        while j < len(words) and (
            words[j].lower() in AGENCY_WORDS or words[j].lower() in MODIFIERS
        ):
            j += 1
        if j < len(words) and all(is_name_token(w) for w in words[j:]):
            name = " ".join(words[j:])
            return Who(name, " ".join(words[:j]), org=True, offset=_find_word(phrase, name))
    if len(words) == 1 and words[0].lower() in _GENERIC_BODIES:
        # "Perusahaan menyatakan ...": the company last named, not a new speaker.
        return Who(None, words[0], org=True, anaphor=True)
    if words[0].lower() in ORG_HEADS and len(words) <= 6 and not words[0][0].isupper():
        return Who(title_case_org(" ".join(words)), org=True, offset=phrase.find(words[0]))
    if (
        words[0].lower() in _DESCRIBED_BODIES
        and 2 <= len(words) <= 7
        and all((w.isalpha() and w.islower()) or w.isdigit() for w in words[1:])
    ):
        # "Majelis hakim menilai ...", "Tim sukses kandidat bupati nomor 3
        # meminta ...": a panel or a team described, not named, speaks as written.
        return Who(" ".join(words), org=True, offset=phrase.find(words[0]))
    # The name is the trailing run of capitalised words; lower-case words before it
    # are a role ("pengamat politik Budi Santoso").
    i = len(words)
    while i > 0 and (is_name_token(words[i - 1]) or words[i - 1] in NAME_PARTICLES):
        i -= 1
    while i < len(words) and words[i] in NAME_PARTICLES:
        i += 1
    if i == len(words):
        group = _people(words)
        if group is not None:
            # "Para pedagang berharap ...", "Seorang warga lain mengaku ...": the people
            # described speak (the description is the speaker, as written).
            return Who(group, offset=phrase.find(words[0]))
        if len(words) == 1 and words[0].islower() and words[0] in ROLE_TITLES:
            # "gubernur" alone: the holder of the office named before (see
            # :func:`bare_office`).
            return Who(None, words[0], anaphor=True)
        # No name at all: an unnamed source ("seorang sumber") keeps its description.
        return Who(None, " ".join(words))
    if words[0].lower() in ORG_HEADS and len(words) <= 8:
        return Who(title_case_org(" ".join(words)), org=True, offset=phrase.find(words[0]))
    if i > 0 and words[0].lower() in _DESCRIPTIONS:
        return None  # "pria Kosta Rika yang ...": the capitalised words are a place
    if i > 0 and words[i - 1].lower() in _PREPOSITIONS:
        # "Duta Besar Jepang untuk PBB Budi Santoso": a titled office, then the name.
        if words[0].lower() not in ROLE_TITLES:
            return None  # "warga di Jakarta": the capitalised word is not the subject
        j = i
        while j < len(words) - 1 and (_is_acronym(words[j]) or words[j].lower() in MODIFIERS):
            j += 1
        if (j == i or looks_like_org(" ".join(words[j:]))) and len(words) - j >= 3:
            j = len(words) - 2  # "Direktur Jenderal Minyak dan Gas Bumi Budi Santoso"
        rest = " ".join(words[j:])
        if j == i or looks_like_org(rest) or rest.split()[-1].lower() in _COMPASS:
            return None
        return Who(rest, " ".join(words[:j]), offset=_find_word(phrase, rest))
    name, title = split_title(" ".join(words[i:]))
    if i > 0 and words[0].lower() in ROLE_TITLES:
        # "Menteri Dalam Negeri Tito Karnavian": a title holding a function word ("Dalam")
        # ends before the name, not at the function word.
        whole, whole_title = split_title(" ".join(words))
        if whole and len(whole) < len(name) and name.endswith(" " + whole):
            name, title, i = whole, whole_title, 0
    if name.endswith(".") and len(name.rsplit(" ", 1)[-1]) > 2:
        name = name[:-1]  # a sentence-final period glued to the name
    if not name and title and title.lower() in MINISTER_SHORT_FORMS:
        return Who(title, offset=_find_word(phrase, title))  # "kata Menpora": the office
    if not name:
        return Who(None, title, anaphor=True)  # "Menteri Keuangan" alone
    if title and title.lower() not in _ADDRESS and _is_office_place(name):
        # "Kapolda Jawa Barat", "Kepala Pelaksana BPBD Kabupaten Tapin", "Kepala Dinas":
        # an office named after its place or its body; whoever holds it.
        return Who(None, f"{title} {name}", anaphor=True)

    if len(name.split()) > 5 and not (looks_like_org(name) and len(name.split()) <= 8):
        return None
    lead = [w for w in words[:i] if w.lower() not in _CONNECTIVES]
    if len(lead) > 1 and lead[0].lower() in ("sang", "si") and lead[1].lower() in ROLE_TITLES:
        lead = lead[1:]  # "Sang pelatih Persela": the title, described again
    if lead and lead[0].lower() in CAP_STOP:
        lead = []  # "Di sana Petty mengaku": a setting, not a role
    if (
        lead
        and not title
        and all(w.islower() and w not in ROLE_TITLES for w in lead)
        and all(t.lower() in country_words() or t.lower() in MODIFIERS for t in name.split())
    ):
        return None  # "konsumen Indonesia menilai": people of a place, not a speaker
    role = " ".join(x for x in (" ".join(lead), title or "") if x) or None
    if role and role.split()[-1].lower() in _COUNSEL and re.fullmatch(r"[A-Z]{2,3}", name):
        # "kuasa hukum SH": the lawyer of a suspect written by his initials, not SH.
        return Who(f"{role} {name}", offset=phrase.find(role))
    return Who(name, role, looks_like_org(name), offset=_find_word(phrase, name))


#: Words ending a counsel's role: "kuasa hukum", "pengacara", "advokat".
_COUNSEL = lex("hukum pengacara advokat")


#: Quantifiers before people described, not named: "para petani", "seorang warga".
_QUANTIFIERS = lex("para seorang sebagian sejumlah beberapa banyak kebanyakan mayoritas")
#: People described by what they are, who speak as a group or unnamed: "para
#: pengungsi", "seorang warga lain", "diplomat Kamboja yang enggan disebutkan namanya".
_PEOPLE_NOUNS = lex(
    """
    warga penduduk petani nelayan pedagang pengungsi buruh pekerja karyawan mahasiswa
    pelajar siswa murid pasien penumpang pengemudi sopir pengunjung wisatawan relawan
    diplomat peternak penambang penghuni penyintas pejabat
    """
)


#: Words of what people were: "mantan buruh", "eks pekerja".
_FORMER = lex("mantan eks")


def _people(words: list[str]) -> str | None:
    """The description of people who speak unnamed ("Para pedagang", "diplomat
    Kamboja"): a quantifier or none, a noun of people, up to two modifiers; a relative
    clause ("yang enggan disebutkan namanya") is dropped. ``None`` for anything else,
    and for a bare noun ("siswa"), which as often points back to someone named.

    >>> _people("Seorang warga lain".split()), _people("harga beras".split())
    ('Seorang warga lain', None)
    """
    k = 1 if words and words[0].lower() in _QUANTIFIERS else 0
    former = k < len(words) and words[k].lower() in _FORMER
    k += former  # "Seorang mantan pekerja ...": what they were still describes them
    if k >= len(words) or words[k].lower() not in _PEOPLE_NOUNS:
        return None
    end = next((j for j, w in enumerate(words) if w.lower() == "yang"), len(words))
    if end - k > 3 or end - former < 2:
        return None  # a bare "siswa" ("tutur siswa yang ... itu") points back to someone
    return " ".join(words[:end])


def is_people(name: str | None) -> bool:
    """True when a speaker is people described, not named ("para petani"): it is shown
    as written, never resolved to an entity ("diplomat Eropa" is not Europe)."""
    return bool(name) and _people((name or "").split()) == name


def is_collective(name: str | None) -> bool:
    """True when a speaker is a bare collective of people, with no quantifier or a
    plural one but "para" ("Warga", "Sejumlah pedagang", "Pedagang pasar"): the whole
    group at large, not members of it who spoke ("Para petani", "Seorang warga").

    >>> is_collective("Warga"), is_collective("Sejumlah warga"), is_collective("Para petani")
    (True, True, False)
    """
    words = (name or "").lower().split()
    if words and words[0] in _QUANTIFIERS:
        if words[0] in ("para", "seorang"):
            return False
        words = words[1:]
    return bool(words) and words[0] in _PEOPLE_NOUNS and len(words) <= 3


#: An agent noun with "pe(N)-" ("pelari", "pemain", "penyanyi"), not a nominal with
#: "-an" ("peraturan", "pernyataan").
_AGENT_NOUN = re.compile(r"pe[a-z]{3,}(?<!an)")


def _describes_a_person(head: str) -> bool:
    """True when ``head`` (lower case) opens a description of a person: a role, a people
    noun, a word of sex or age, or an agent noun ("pelari", "petinju"); not a document
    or a body ("pasal", "peraturan", "pemerintah")."""
    if head in ORG_HEADS or head in DOCUMENT_NOUNS or head in SPEAKING_BODIES:
        return False
    return (
        head in ROLE_TITLES
        or head in _PEOPLE_NOUNS
        or head in _DESCRIPTIONS
        or _AGENT_NOUN.fullmatch(head) is not None
    )


#: Heads of a panel or a body described by what it is ("Majelis hakim", "Dewan juri",
#: "Tim dokter").
_DESCRIBED_BODIES = lex("majelis dewan tim panitia")


#: Titles of address: "Pak Bima" is a person even when his name is also a town's.
_ADDRESS = lex("pak bu bapak ibu mas mbak bang kak tuan nyonya")
#: Religious titles of address before a name: with a name after an office's comma they
#: open its holder, not a role ("Pastor Paroki X, Romo Budi Santoso, ...").
_HOLDER_TITLES = lex("romo pastor pater hj hjh kh ustaz ustazah")
#: Nouns that, alone as a subject, stand for the body last named ("Perusahaan", "Perseroan").
_GENERIC_BODIES = lex("perusahaan perseroan emiten")


def _is_office_place(name: str) -> bool:
    """True when the "name" left after a title is an office's place or body, not a
    person: "Jawa Barat", "Kabupaten Tapin", "Dinas", "Medan" alone.

    >>> _is_office_place("Kabupaten Tapin"), _is_office_place("Budi Santoso")
    (True, False)
    """
    words = name.split()
    first = words[0].lower()
    if words[-1].lower() in _COMPASS or first in PLACE_HEADS:
        return True
    if len(words) == 1 and first in ORG_HEADS:
        return True
    return is_region_name(name)


#: ", Informasi dan Humas BPBN Budi Santoso": the rest of an office's
#: listed name, its body's acronym, then a name (before a lower-case word or a comma).
_LISTED_OFFICE = re.compile(
    r",\s*(?P<tail>(?:[A-Z][\w-]*\s+)+(?:dan|serta)\s+(?:[A-Z][\w-]*\s+)*?"
    r"[A-Z]{2,}[A-Za-z]*)\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3})(?=[\s,.]|$)"
)


def _listed_office(text: str) -> tuple[str, str] | None:
    """``(rest of the office, holder's name)`` when ``text`` continues a listed office
    name ("..., Informasi dan Komunikasi BNPB Budi Santoso"), else ``None``.

    >>> _listed_office(", Informasi dan Komunikasi BNPB Budi Santoso dalam rilis")
    ('Informasi dan Komunikasi BNPB', 'Budi Santoso')
    """
    m = _LISTED_OFFICE.match(text)
    if m is None or looks_like_org(m.group("name")) or not _is_pure_name(m.group("name")):
        return None
    return m.group("tail"), m.group("name")


def _find_word(text: str, name: str) -> int:
    return text.rfind(name)


#: The most words of an office's tail (or its body) read as a name before its holder.
_OFFICE_NAME_WORDS = 3


def _office_word_then_holder(who: Who, stripped: str) -> bool:
    """True for an office whose last word was read as a name, then its holder's full
    name between commas: "ucap Ketua Majelis Hakim Agung, Budi Santoso, ..."."""
    # Up to three words: a body's name after a lower-case office ("kata analis senior
    # Mandala Sekuritas, Dewi Puspita, ...") is read as the name too.
    if not (who.role and who.name and len(who.name.split()) <= _OFFICE_NAME_WORDS):
        return False
    if who.role.split()[0].lower() not in ROLE_TITLES:
        return False
    seg = stripped[1:].split(",", 1)[0].split(".", 1)[0]
    return len(seg.split()) >= 2 and _is_pure_name(seg)


def _titled_office(who: Who) -> bool:
    """A titled phrase whose "name" is an office or a body: "Kepala Stasiun X Y", or a
    "name" holding a title ("Deputi Gubernur BI": an office whose holder follows)."""
    if who.name and any(w.lower() in ROLE_TITLES for w in who.name.split()[1:]):
        return True
    if who.name and "Bidang" in who.name.split()[1:]:
        return True  # "Direktur LPZ Bidang Penyaluran": an office's field, not a name
    return bool(who.role and who.name and (looks_like_org(who.name) or len(who.name.split()) >= 3))


def _merge_lists(segs: list[str]) -> list[str]:
    """Comma segments with the items of a list inside a name joined again: "Kepala Dinas
    Tenaga Kerja, Transmigrasi, dan Energi X" is one phrase (lengths kept)."""
    merged: list[str] = []
    for seg in segs:
        first = seg.split()[:1]
        if merged and first and first[0] in ("dan", "serta"):
            while len(merged) > 1 and _is_list_item(merged[-1]):
                seg = merged.pop() + "," + seg
            seg = merged.pop() + "," + seg
        elif merged and _LAST_ITEMS.match(seg) and _opens_office(merged, seg):
            # "Menteri Pertanian, Kehutanan dan Perikanan X": the list without a
            # comma before "dan", inside an office's name.
            while len(merged) > 1 and _is_list_item(merged[-1]):
                seg = merged.pop() + "," + seg
            seg = merged.pop() + "," + seg
        merged.append(seg)
    return merged


#: A comma segment that opens with the last items of a list: "Perdagangan dan Industri".
_LAST_ITEMS = re.compile(r"\s*(?:[A-Z][\w-]*\s+){1,2}(?:dan|serta|&)\s+[A-Z]")


def _opens_office(merged: list[str], seg: str) -> bool:
    """True when the segments before ``seg`` (list items back to the first) start with
    an office's title: "Menteri Pertanian" + "Kehutanan dan Perikanan ..."."""
    k = len(merged) - 1
    while k > 0 and _is_list_item(merged[k]):
        k -= 1
    words = merged[k].split()
    return (
        bool(words)
        and words[0].lower() in ROLE_TITLES
        and all(w[:1].isupper() or w in NAME_PARTICLES for w in words)
        and all(_is_list_item(m) for m in merged[k + 1 :])
    )


def _is_list_item(seg: str) -> bool:
    words = seg.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words)


#: A place after the subject's name, before the verb: "Budi Santoso di Jambi, Rabu,
#: mengatakan" (where the statement was made, not part of the name).
_TRAILING_SETTING = re.compile(r"(?<=[A-Za-z.])\s+di\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*$")


#: An academic or professional degree written after a name: "MPH", "Sp.PD", "S.H.",
#: "M.Si", "PhD" (a comma segment of its own, never a speaker).
_DEGREE = re.compile(
    r"(?:(?:S|M|B|Sp|Dr|Ph)\.\s?[A-Z][A-Za-z]{0,4}\.?(?:\s?\([A-Z]\))?|Sp[A-Z][A-Za-z]{0,3}"
    r"|MPH|MBA|MSc|MA|MM|MH|MKes|MSi|SKM|PhD|LLM|SH|SE|ST|SP|SIP|SKom|SPd"
    # A priest's religious order, written after his name like a degree: "Romo X, SVD".
    r"|SVD|SJ|OFM(?:Cap|Conv)?|MSC|MSF|SDB|OCD|OCarm|CSsR|CICM|Pr)"
)


#: Police and military ranks written before a name: "Kompol Budi", "Kolonel Inf X".
_RANKS = lex(
    """
    aiptu akbp akp brigjen bripka brigadir ipda iptu irjen jenderal kapten kolonel kombes
    komjen kompol laksamana letjen letkol marsekal mayjen mayor
    """
)


def _is_ranked(seg: str) -> bool:
    """True for a comma segment that is a rank and a name: "Kompol Budi Santoso"."""
    words = seg.split()
    return bool(words) and words[0].lower() in _RANKS and _is_pure_name(seg)


#: Heads of the names of administrative places: "Kabupaten X", "Kota Y".
_ADMIN_HEADS = lex("kabupaten kota provinsi kecamatan kelurahan desa nagari")


def _is_admin_place(seg: str) -> bool:
    """True for a comma segment that names an administrative place ("Kabupaten
    Tapin", "Jawa Tengah"): never a speaker, the tail of a setting before it.

    >>> _is_admin_place(" Kabupaten Tapin"), _is_admin_place(" Budi Santoso")
    (True, False)
    """
    words = seg.split()
    if not words or not all(w[:1].isupper() for w in words):
        return False
    return words[0].lower() in _ADMIN_HEADS or is_region_name(" ".join(words))


def _is_titled(seg: str) -> bool:
    """True when a comma segment opens with a title or rank ("Kompol Budi", "Kasat X")."""
    words = seg.split()
    return bool(words) and words[0].lower() in ROLE_TITLES


def _drop_setting(seg: str) -> str:
    """``seg`` without a trailing "di <Place>" when a capitalised name precedes it
    (lengths change only at the end, so offsets into ``seg`` still hold).

    >>> _drop_setting("Kepala Dinas Budi Santoso di Jambi")
    'Kepala Dinas Budi Santoso'
    """
    m = _TRAILING_SETTING.search(seg)
    if m is None:
        return seg
    head = seg[: m.start()].split()
    # "Para nelayan di Kecamatan X": people described, then where they are.
    named = head and (is_name_token(head[-1]) or _people(head) is not None)
    return seg[: m.start()] if named else seg


def _foreign_acronym(name: str, abbr: str) -> bool:
    """True when ``abbr`` is not made of the initials of ``name``: the short name of a
    body in another language ("Program Pangan Dunia (WFP)"); a person's bracketed short
    name is his initials ("Susilo Bambang Yudhoyono (SBY)").

    >>> _foreign_acronym("Program Pangan Dunia", "WFP"), _foreign_acronym("Budi Santoso", "BS")
    (True, False)
    """
    words = name.split()
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return (
        len(words) >= 2
        and abbr.isupper()
        and not (abbr.startswith(initials[:2]) or initials.startswith(abbr[:2]))
    )


#: Whom the subject spoke to, between the name and the verb: "Yusuf kepada wartawan
#: mengatakan", "Budi Santoso kepada Antara menjelaskan".
_TRAILING_ADDRESSEE = re.compile(r"\s+kepada\s+(?:para\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s*$")


def _drop_addressee(before: str) -> str:
    """``before`` without a trailing "kepada <addressee>" when a name precedes it (only
    the end is cut, so offsets still hold).

    >>> _drop_addressee("Usai rapat, Yusuf kepada wartawan")
    'Usai rapat, Yusuf'
    """
    m = _TRAILING_ADDRESSEE.search(before)
    if m is None:
        return before
    head = before[: m.start()].split()
    return before[: m.start()] if head and is_name_token(head[-1]) else before


#: How the subject spoke, between the name and the verb: "Yayasan X dalam siaran
#: persnya menyebutkan", "Budi, melalui siaran pers, menyampaikan".
_TRAILING_CHANNEL = re.compile(
    r"\s*,?\s+(?:(?:dalam|melalui|lewat|via)\s+(?:keterangan|pernyataan|siaran|rilis|unggahan"
    r"|akun|surat|pesan|konferensi|wawancara|laporan|kajian|catatan|sambutan|pidato"
    # a listed company's disclosure or public exposé: "X dalam keterbukaan informasi
    # kepada bursa menjelaskan", "X dalam paparan publik mengatakan"
    r"|keterbukaan|paparan)"
    # or the outlet that carried it: "X sebagaimana dikutip Reuters, Senin (5/12),"
    r"|(?:seperti|sebagaimana)\s+(?:dikutip|dilansir|diberitakan))\b"
    # and the day it was said: "... dalam keterangan bersama, Kamis (7/5),"
    r"[^,\x01]*(?:,\s*(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b[^,\x01]*)?,?\s*$"
)


def _drop_channel(before: str) -> str:
    """``before`` without a trailing "dalam/melalui keterangan ..." when a capitalised
    word precedes it (only the end is cut, so offsets still hold).

    >>> _drop_channel("Budi Santoso, melalui siaran pers")
    'Budi Santoso'
    """
    m = _TRAILING_CHANNEL.search(before)
    if m is None:
        return before
    head = before[: m.start()].split()
    # A capitalised word or a body's short name in brackets: "... (BRP) dalam siaran pers".
    return before[: m.start()] if head and head[-1].lstrip("(")[:1].isupper() else before


def _through(segs: list[str]) -> Who | None:
    """The person a body speaks through: "Kementerian X, melalui juru bicaranya Budi
    Santoso, menanggapi ..." gives Budi Santoso (with the offset in the joined segments).
    """
    pos = 0
    for seg in segs:
        m = re.match(r"\s*melalui\s+", seg)
        if m is not None:
            who = parse_phrase(seg[m.end() :])
            titled = bool(who and who.role and who.role.split()[0].lower() in ROLE_TITLES)
            if who is not None and who.name and not who.org and titled:
                return Who(who.name, who.role, offset=pos + m.end() + who.offset)
        pos += len(seg) + 1
    return None


#: A nickname clause after a name: "atau yang akrab disapa Kang Budi", "yang biasa
#: dipanggil Bang Ucok".
_NICKNAME_CLAUSE = re.compile(
    r"\s+(?:atau\s+)?(?:yang\s+)?(?:akrab\s+|biasa\s+)?(?:disapa|dipanggil|dijuluki)\s+"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?=\s*(?:,|$))"
)


def _joint_bodies(head: str) -> str | None:
    """``head`` when it joins two bodies' names with "dan" ("Kementerian Pariwisata dan
    Badan Ekonomi Kreatif"), each opening with a body's head word; ``None``
    for one body whose name holds "dan" ("Badan Pengkajian dan Penerapan Teknologi")."""
    words = head.split()
    if not words or words[0].lower() not in ORG_HEADS or not words[0][:1].isupper():
        return None
    for k, w in enumerate(words[1:-1], 1):
        nxt = words[k + 1]
        if w == "dan" and nxt[:1].isupper() and nxt.lower() in ORG_HEADS:
            return " ".join(words)
    return None


def _place_after_abbr(before: str, abbr: re.Match[str], after: list[str]) -> bool:
    """True when a body's name, its acronym in brackets and a place's name (a region or
    an administrative place) make the subject: "Dinas Kesehatan (Dinkes) Kota Bogor";
    not a person after the acronym ("Dewan X (DPR) Budi Santoso")."""
    if not 1 <= len(after) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in after):
        return False
    place = " ".join(after)
    if not (is_region_name(place) or after[0].lower() in _ADMIN_HEADS):
        return False
    full = parse_phrase(before[: abbr.start()].rsplit(",", 1)[-1])
    return full is not None and full.org


#: A person described by origin, the town and its country between commas, then "itu".
_DESCRIBED_ORIGIN = re.compile(
    r"^\s*[A-Za-z]+\s+(?:asal|kelahiran)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
    r"\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*,\s*(?:itu|tersebut)\s*$"
)


#: Words opening a body's regional office after the body: "Perwakilan Maluku".
_BRANCH_WORDS = lex("perwakilan cabang")
_ACRONYM_THEN_BRANCH = re.compile(r"\s*\([A-Z][\w&. -]{1,17}\)\s*(?=(?:Perwakilan|Cabang)\s)")
_ROLE_ACRONYM = re.compile(r"\s*\([A-Z][\w&. -]{1,17}\)\s*$")


def parse_subject(before: str) -> Who | None:
    """The subject of a subject-first cue (see :func:`_parse_subject`); a body's regional
    office after its full name and acronym ("Komisi X (KX) Perwakilan Maluku") is that
    office of the body, "Komisi X Perwakilan Maluku", not a person "Perwakilan Maluku"."""
    who = _parse_subject(before)
    if who is None or who.name is None:
        return who
    if (inner := _ACRONYM_THEN_BRANCH.search(who.name)) is not None:
        # The whole run as one body: "Komisi X (KX) Perwakilan Riau".
        return Who(
            who.name[: inner.start()] + " " + who.name[inner.end() :], org=True, offset=who.offset
        )
    if not who.role:
        return who
    acronym = _ROLE_ACRONYM.search(who.role)
    if acronym is None or who.name.split()[0].lower() not in _BRANCH_WORDS:
        return who
    body = who.role[: acronym.start()]
    return Who(f"{body} {who.name}", org=True, offset=before.find(body))


def _parse_subject(before: str) -> Who | None:
    """Parse the subject of a subject-first cue from the clause text before the verb.

    Handles appositives on either side of the name ("Budi Santoso, mantan duta besar,
    mengatakan"; "Seorang profesor, Siti Rahayu, yang ..., menilai").

    >>> who = parse_subject("Budi Santoso, mantan duta besar Indonesia untuk Jepang, ")
    >>> who.name, who.role
    ('Budi Santoso', 'mantan duta besar Indonesia untuk Jepang')
    """
    before = _drop_channel(undot_titles(blank_dateline(before))).rstrip(" ,")
    abbr = _BRACKET_ABBR.search(before)
    # "... (MUI) sebelumnya telah menegaskan": adverbs between the body and its verb.
    after_abbr = _strip_trailing_adverbs(before[abbr.end() :].split()) if abbr else []
    if abbr is not None and not " ".join(after_abbr).strip(" ,") and abbr.start() > 0:
        # "Badan Riset Pangan (BRP) mengatakan": the body speaks, by its short name
        # (the one later sentences use: "kata BRP").
        full = parse_phrase(before[: abbr.start()].rsplit(",", 1)[-1])
        if (
            full is None
            or full.org
            or full.name is None
            or looks_like_org(full.name)
            or _foreign_acronym(full.name, abbr.group("abbr"))
        ):
            head = before[: abbr.start()].strip(" ,")
            if (joint := _joint_bodies(head)) is not None:
                # "Kementerian X dan Badan Y (BY) menyatakan": both bodies speak together.
                return Who(joint, None, True, offset=before.find(joint))
            return Who(abbr.group("abbr"), head or None, True, offset=abbr.start("abbr"))
    if abbr is not None and abbr.start() > 0 and _place_after_abbr(before, abbr, after_abbr):
        # "Dinas Pemadam Kebakaran (Damkar) Kota Bogor menyatakan": the body of a place,
        # by the short name the article goes on with ("Damkar Kota Bogor").
        head = before[: abbr.start()].strip(" ,")
        name = " ".join([abbr.group("abbr"), *after_abbr])
        return Who(name, f"{head} {' '.join(after_abbr)}", True, offset=abbr.start("abbr"))
    # "Teguh (37), pedagang ...": an age in brackets, blanked (offsets kept).
    before = _AGE.sub(lambda m: " " * len(m.group(0)), before)
    # "KH Budi Santoso atau yang akrab disapa Kang Budi,": the nickname clause, blanked
    # (the name before it speaks; the nickname is linked to it elsewhere).
    before = _NICKNAME_CLAUSE.sub(lambda m: " " * len(m.group(0)), before)
    # "Wanita asal Lyon, Prancis, itu": a described person's town and country; the
    # commas are blanked so the country is not read as an appositive name.
    before = _DESCRIBED_ORIGIN.sub(lambda m: m.group(0).replace(",", " "), before)
    before = _drop_channel(_drop_addressee(before))
    words = _strip_trailing_adverbs(before.split())
    if not words or words[-1].lower() in _BLOCK_BEFORE_VERB:
        return None
    # "X, Y, justru menyatakan": the comma before the stripped adverb goes too.
    text = before[: before.rfind(words[-1]) + len(words[-1])].rstrip(" ,")
    segs = _merge_lists(text.split(","))
    through = _through(segs)
    if through is not None:
        return through
    while len(segs) > 1 and (
        _CIRCUMSTANCE.match(segs[-1].strip()) or _DEGREE.fullmatch(segs[-1].strip())
    ):
        # "..., Andri Yansyah, Rabu (14/10), menjelaskan": a date, not a role;
        # "..., dr. Lestari Handayani, MPH, mengatakan": a degree, not a name.
        segs = segs[:-1]
        text = ",".join(segs)
    while len(segs) > 1 and _is_admin_place(segs[-1]):
        # "Para nelayan di Kecamatan X, Kabupaten Y, mengeluhkan": the rest of a place.
        segs = segs[:-1]
        text = ",".join(segs)
    if len(segs) == 2 and len(segs[0].split()) == 1 and segs[-1].strip().lower() in PRONOUNS:
        return _ANAPHOR  # "Karenanya, dia berharap": an adverb, then the subject
    if len(segs) >= 2:
        pos = 0
        for k, seg in enumerate(segs[:-1]):
            nxt = segs[k + 1].strip()
            opens_role = (
                bool(nxt)
                and (not nxt[0].isupper() or nxt.split()[0].lower() in ROLE_TITLES)
                # "Kasat Reskrim Polrestabes X, Kompol Budi Santoso,": an office, then
                # its holder by rank (not a name and its role; "AKP Budi, Kapolsek X,"
                # is one).
                and not (_is_titled(seg) and _is_ranked(nxt) and not _is_ranked(seg))
                # "Direktur RSUD X, dr. Yohana Bere,": the office, then its holder
                and not (nxt.split()[0].lower() in _ABBREVIATED_TITLES and _is_pure_name(nxt))
                # "Pastor Paroki X, Romo Antonius Sabu,": the office, then its holder by a
                # title of address
                and not (nxt.split()[0].lower() in _HOLDER_TITLES and _is_pure_name(nxt))
            )
            if _is_pure_name(seg) and opens_role and not _opens_setting(seg):
                roles = [s.strip() for s in segs[k + 1 :] if not s.strip().startswith("yang")]
                roles = [r for r in roles if r]
                if k > 0 and not roles:
                    roles = [segs[k - 1].strip()]
                who = parse_phrase(seg)
                if who is not None and who.name:
                    role = ", ".join(x for x in (who.role, *roles) if x) or None
                    return Who(who.name, role, who.org, offset=pos + max(who.offset, 0))
            pos += len(seg) + 1
    last = segs[-1]
    who = parse_phrase(_drop_setting(last))
    if who is None or not who.usable:
        return None
    address = not who.role or who.role.lower() in _ABBREVIATED_TITLES  # none, or "dr"
    if who.name and address and not who.org and len(segs) >= 2:
        prev = segs[-2].split()
        if prev and prev[0].lower() in ROLE_TITLES and _is_pure_name(last):
            # "Ketua Kelompok Tani X, Santoso, berujar": the office is the role.
            who = Who(who.name, " ".join(prev), who.org, who.anaphor, who.offset)
    if who.offset >= 0:
        who = Who(who.name, who.role, who.org, who.anaphor, len(text) - len(last) + who.offset)
    return who


#: A description with a relative clause closed by a demonstrative after a verb-first
#: cue: "pria yang enggan disebut namanya itu", "warga yang rumahnya hanyut tersebut".
_DESCRIBED_AGAIN = re.compile(
    r"^\s*(?P<head>[a-z]+)(?:\s+[a-z][\w-]*)?\s+yang\s+[^,.;:]*?\b(?:itu|tersebut)\s*$"
)


def _office_and_holder(rest: str, cut: int) -> tuple[Who, str] | None:
    """An office whose name joins two fields with "dan", then a comma and its holder:
    "kata Kepala Bidang Data dan Informasi BPS Garut, Budi Santoso." (``cut``: the first
    clause mark of ``rest``). ``None`` for any other shape."""
    office = rest[:cut].split()
    if (
        len(office) < 4
        or office[0].lower() not in ROLE_TITLES
        or not any(w in ("dan", "&") for w in office[1:-1])
        or not all(w[:1].isupper() or w in ("dan", "&") for w in office)
        or not rest[cut:].startswith(",")
    ):
        return None
    seg_end = _CLAUSE_END.search(rest, cut + 1)
    end = seg_end.start() if seg_end else len(rest)
    seg = rest[cut + 1 : end]
    if not _is_pure_name(seg) or (seg_end is not None and rest[end] not in ",.!?"):
        return None
    name, title = split_title(seg.strip())
    role = " ".join(x for x in (" ".join(office), title) if x)
    at = rest.find(name, cut)
    return Who(name, role, offset=at), rest[at + len(name) :]


#: Capitalised words of one field of an office's name ("Bina Usaha Pertanian").
_FIELD = r"[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)*"
#: An office whose name lists fields with commas and a closing "dan": "Kepala Dinas
#: Kebudayaan, Pariwisata, dan Olahraga Kota Ambon".
_OFFICE_LIST = re.compile(
    rf"\s*(?P<head>{_FIELD})(?:\s*,\s*{_FIELD})+\s*,?\s+dan\s+(?P<last>{_FIELD})"
)
#: The holder after such an office, between commas or before the sentence's end.
_LISTED_HOLDER = re.compile(
    r"\s*,\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})(?=\s*[,.!?]|\s+[a-z]|\s*$)"
)


def _office_list_and_holder(rest: str) -> tuple[Who, str] | None:
    """An office whose name lists fields with commas ("Direktur Bina Usaha Pertanian,
    Perkebunan, dan Peternakan") and its holder: after a
    title at the end of the last field ("... Peternakan Prof Heru Santika") or after a
    comma ("... Olahraga Kota Ambon, Rudi Latuconsina"). ``None`` for any other shape.

    >>> who, _ = _office_list_and_holder(" Kepala Dinas Kebudayaan, Pariwisata, dan Olahraga"
    ...     " Kota Ambon, Rudi Latuconsina.")
    >>> who.name, who.role
    ('Rudi Latuconsina', 'Kepala Dinas Kebudayaan, Pariwisata, dan Olahraga Kota Ambon')
    """
    m = _OFFICE_LIST.match(rest)
    if m is None or m.group("head").split()[0].lower() not in ROLE_TITLES:
        return None
    last = m.group("last").split()
    # The first title with a full name after it ("Prof" of "... Peternakan Prof Arief
    # Hakim Nasution": "Hakim" is a title word too, but inside the name).
    k = next((k for k, w in enumerate(last) if w.lower() in ROLE_TITLES), len(last))
    if len(last) - k >= 3 and not any(w.isupper() for w in last[k + 1 :]):
        # a title, then a full name (no body's acronym: "Humas BPBN Yulia ..." is the
        # office's body, then a name the older rules read)
        name = " ".join(last[k + 1 :])
        office = rest[: m.start("last")] + " ".join(last[: k + 1])
    elif (holder := _LISTED_HOLDER.match(rest, m.end())) is not None:
        name, office = holder.group("name"), rest[: m.end()]
    else:
        return None
    at = rest.find(name, m.start("last"))
    return Who(name, " ".join(office.split()), offset=at), rest[at + len(name) :]


#: A nickname given in a description: "yang biasa dipanggil Ucok".
_NICKNAMED = re.compile(r"\b(?:disapa|dipanggil|dijuluki)\s+[A-Z]")
#: An office's words, its body's acronym in brackets and a comma: "Ketua Umum Asosiasi
#: Perajin Batik (APB),".
_OFFICE_ACRONYM = re.compile(
    r"[^,.;:!?()\x01]{3,100}?(?P<abbr>\(\s*[A-Z][A-Za-z0-9&.-]{1,12}\s*\))\s*,"
)
#: A comma, a name of one to three words and an age: the holder of the office before it.
_AGED_HOLDER = re.compile(r"\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*\(\d{1,3}\)")
#: Only the descriptions of a person by sex or age ("pria", "wanita"): with a people
#: noun or a role ("siswa yang ... itu") the same holds, but on PFSA-ID it lets a later
#: unattributed quote continue a speaker that the gold leaves out (precision -0.0003).
_AGAIN_HEADS = _DESCRIPTIONS | ROLE_TITLES


def parse_after(rest: str) -> tuple[Who | None, str]:
    """Parse the speaker after a verb-first cue; return it and the text left over.

    >>> who, left = parse_after(" Profesor Siti Rahayu dari Universitas Airlangga Surabaya.")
    >>> who.name, who.role, left
    ('Siti Rahayu', 'Profesor dari Universitas Airlangga Surabaya', '.')
    """
    rest = undot_titles(rest)
    # "kata Ketua Koperasi Nelayan X, Sarmin (61), ...": a name with an age after an office
    # is its holder; the age is blanked (offsets kept) so the name's segment ends at a comma.
    aged = _AGED_HOLDER.match
    raw = rest
    rest = _AGE.sub(lambda m: " " * len(m.group(0)), rest)
    # "ujar Ketua Umum Asosiasi X (APB), Budi, ...": the body's acronym is part
    # of the office (blanked, offsets kept), and its holder follows the comma.
    acronym = _OFFICE_ACRONYM.match(rest)
    if acronym is not None:
        a, b = acronym.span("abbr")
        rest = rest[:a] + " " * (b - a) + rest[b:]
    m = _CLAUSE_END.search(rest)
    cut = m.start() if m else len(rest)
    described = _DESCRIBED_AGAIN.match(rest[:cut])
    if described is not None and (
        described.group("head").lower() in _AGAIN_HEADS
        # "ujar pesilat yang biasa dipanggil Ucok itu": a nickname names someone met.
        or _NICKNAMED.search(described.group(0)) is not None
    ):
        # "tutur pria yang enggan disebut namanya itu": the one who spoke, described.
        return Who(None, described.group(0).strip(), anaphor=True), rest[cut:]
    held = _office_and_holder(rest, cut) or _office_list_and_holder(rest)
    if held is not None:
        return held
    words = rest[:cut].split()
    n = 0
    while n < len(words) and not (n and words[n].lower() in _AFTER_STOP):
        if n and _ACTING.fullmatch(words[n]) and words[n - 1][:1].isupper():
            # "ucap Rina membacakan surat itu": what the named speaker did meanwhile
            # (not "ujar musisi berusia 65 tahun itu", a description).
            break
        n += 1
    # "kata Taka girang", "ucap White lagi": drop lower-case words after the name.
    last_cap = max(
        (k for k in range(n) if words[k][:1].isupper() or is_name_token(words[k])), default=-1
    )
    if 0 <= last_cap < n - 1 and words[n - 1].lower() not in _DEMONSTRATIVES:
        n = last_cap + 1
    if n == 0:
        return None, rest
    phrase_end = rest.find(words[n - 1], rest.find(words[0])) + len(words[n - 1])
    who = parse_phrase(rest[:phrase_end])
    left = rest[phrase_end:]
    if who is None:
        return None, left
    extra: list[str] = []
    if n < len(words) and words[n].lower() == "dari":
        # "Profesor ... dari Universitas Airlangga Surabaya": the affiliation is the role.
        extra.append(rest[phrase_end:cut].strip())
        left = rest[cut:]
    stripped = left.lstrip()
    if (
        stripped.startswith(",")
        and not extra
        and (
            who.org
            or (who.role and not who.name)
            or _titled_office(who)
            or ((who.role is not None or is_people(who.name)) and aged(raw, phrase_end) is not None)
            or (who.role is not None and acronym is not None)
            or _office_word_then_holder(who, stripped)
        )
    ):
        listed = _listed_office(stripped)
        if listed is not None and who.role:
            # "kata Kepala Biro Data, Informasi dan Humas BPBN Budi Santoso": the
            # office's name is a list; its holder's name follows the body's acronym.
            tail, name = listed
            office = f"{who.role} {who.name or ''}, {tail}".replace("  ", " ")
            at = rest.find(name, phrase_end)
            return Who(name, office, offset=at), rest[at + len(name) :]
        # "kata Kepala Stasiun Meteorologi X, Budi Santoso, ...": the office, then its holder.
        seg_end = _CLAUSE_END.search(stripped, 1)
        seg = stripped[1 : seg_end.start() if seg_end else len(stripped)]
        if _is_pure_name(seg) and (seg_end is None or stripped[seg_end.start()] in ",.!?"):
            name, title = split_title(seg.strip())
            role = " ".join(x for x in (who.role, who.name, title) if x) or None
            at = rest.find(name, phrase_end)
            return Who(name, role, offset=at), stripped[
                seg_end.start() if seg_end else len(stripped) :
            ]
    if stripped.startswith(","):
        tail = stripped[1:].strip()
        first = tail.split(" ", 1)[0].lower() if tail else ""
        if (
            tail
            and not tail[0].isupper()
            and first not in _NOT_ROLE
            and first not in _AFTER_STOP
            and "\x01" not in tail
        ):
            extra.append(_ROLE_END.split(tail, 1)[0].rstrip(" .!?;:"))
            left = ""
    if extra and who.name:
        role = " ".join(x for x in (who.role, *extra) if x)
        who = Who(who.name, role, who.org, who.anaphor, who.offset)
    return who, left
