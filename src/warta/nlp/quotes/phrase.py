"""A short speaker phrase parsed: :func:`parse_phrase`.

A pronoun, a (titled) name, a body, an unnamed source or a description ("Menteri
Keuangan itu", "sang kadis", "kuasa hukum SH") becomes a
:class:`~warta.nlp.quotes.who.Who`, or ``None`` when the words name no speaker. The
subject and after-cue parsers (:mod:`~warta.nlp.quotes.subject`,
:mod:`~warta.nlp.quotes.after`) call it on the segment they pick.
"""

from __future__ import annotations

import re
from dataclasses import replace

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
    VAGUE_SUBJECTS,
    country_words,
    is_name_token,
    is_region_name,
    lex,
    looks_like_org,
    split_title,
    title_case_org,
)
from warta.nlp.quotes.name_tokens import is_sasak_lalu
from warta.nlp.quotes.people import (
    _ADDRESS,
    _COUNSEL,
    _DESCRIBED_BODIES,
    _DESCRIPTIONS,
    _GENERIC_BODIES,
    _UNNAMED,
    _UNNAMED_HEADS,
    CASE_ROLES,
    PROFESSIONS,
    TEAM_NOUNS,
    _describes_a_person,
    _people,
    _unnamed_source,
    is_reduplicated_people,
)
from warta.nlp.quotes.speaker_words import MANAGEMENT_WORDS
from warta.nlp.quotes.who import _ANAPHOR, _DEMONSTRATIVES, Who
from warta.nlp.quotes.wording import _COMPASS, _CONNECTIVES, _is_acronym

_PREPOSITIONS = lex(
    """
    asal di ke dari pada untuk dengan oleh kepada terhadap tentang atas antara dan bagi
    """
)


#: Documents a body or a person writes, which speak for their author: "tulis laporan
#: itu", "Surat tersebut meminta ...", "bunyi somasi yang ...", "Petisi itu juga meminta".
AUTHORED_DOCUMENTS = lex("laporan surat rilis dokumen somasi petisi")


#: "sang"/"si" and one or two lower-case words: a person described ("sang kakak").
_SANG_SI = re.compile(r"(?:sang|si)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?")


#: A social-media handle: "@warga_kalisat", "@rina.dewi".
HANDLE = re.compile(r"@\w(?:[\w.]*\w)?")
#: Words naming an account before its handle: "akun", "pemilik akun", "warganet".
_ACCOUNT_WORDS = lex("akun pemilik warganet netizen pengguna")


def _account_handle(words: list[str]) -> Who | None:
    """The account a phrase names by its handle ("akun @warga_kalisat", "akun Instagram
    @rina.dewi", "@rina.dewi"): the handle is the speaker's name, as the page knows no
    other; the words before it are its role. ``None`` when the phrase ends otherwise.

    >>> _account_handle("akun TikTok @warga_kalisat".split())
    Who(name='@warga_kalisat', role='akun TikTok', org=False, anaphor=False, offset=-1)
    """
    if not words or HANDLE.fullmatch(words[-1]) is None:
        return None
    before = words[:-1]
    # The account's words, then at most one platform's name ("akun Instagram").
    plain = [w for w in before if w.lower() in _ACCOUNT_WORDS]
    platform = [w for w in before if w[:1].isupper() and w.lower() not in _ACCOUNT_WORDS]
    if len(plain) + len(platform) != len(before) or len(platform) > 1:
        return None
    return Who(words[-1], " ".join(before) or None)


#: A clock time and the zones written after it: "07.10 WIB".
_CLOCK = re.compile(r"\d{1,2}[.:]\d{2}")
#: The other party of a conversation, unnamed: "lawan bicaranya", "lawan bicara terdakwa".
_INTERLOCUTOR = re.compile(r"(?i:lawan)\s+bicara(?:nya|\s+(?:terdakwa|tersangka|saksi))")
_TIME_ZONES = frozenset({"WIB", "WITA", "WIT"})


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
    if len(words) > 2 and _CLOCK.fullmatch(words[0]) and words[1] in _TIME_ZONES:
        words = words[2:]  # "07.10 WIB" heading a live report's entry, then the subject
    if len(words) > 1 and words[0].lower().rstrip(",") in _CONNECTIVES:
        words = words[1:]  # "Namun ia mengingatkan": a connective, then the subject
    if len(words) > 1 and words[0].lower() == "suara" and words[1][:1].islower():
        words = words[1:]  # "Suara pria itu menjawab" in a recording: the man speaks
    if not words:
        return None
    if _INTERLOCUTOR.fullmatch(" ".join(words)):
        # 'Lawan bicaranya menjawab, "..."' of a call or a recording: the other party,
        # unnamed, speaks as written.
        return Who(" ".join(words), offset=phrase.find(words[0]))
    if (account := _account_handle(words)) is not None:
        return replace(account, offset=phrase.rfind(words[-1]))
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
        if head in AUTHORED_DOCUMENTS and len(words) == 2:
            # "Laporan itu merekomendasikan ...": the document speaks for whoever wrote it
            # (the one who spoke last; see the article's resolution).
            return Who(None, head, anaphor=True)
        # "Petinju berusia 24 tahun itu" opening a sentence: capitalised by position, a
        # description all the same (lower-case words inside it; a place is all names).
        described = (
            len(words) >= 3
            and any(w[:1].islower() for w in words[1:-1])
            and _describes_a_person(head)
        )
        lower = not words[0][0].isupper() or described
        if is_reduplicated_people(head) and all(w.islower() for w in words[1:]):
            # '"...," jawab anak-anak itu.': a group pointed at, never the last person
            # who spoke; it speaks as written.
            return Who(" ".join(words), offset=phrase.find(words[0]))
        if (head in ORG_HEADS or head in TEAM_NOUNS) and lower:
            # "kantor berita ini", "kementerian itu", "klub asal Tangerang itu": the body
            # named before.
            return Who(None, " ".join(words[:-1]), org=True, anaphor=True)
        if words[0].lower() in ROLE_TITLES or lower:
            return Who(None, " ".join(words[:-1]), anaphor=True)
        if len(words) == 2 and (head in PROFESSIONS or head in _DESCRIPTIONS):
            # "Dokter itu", "Pria tersebut" opening a sentence: the one written about.
            return Who(None, words[0].lower(), anaphor=True)
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
    if len(words) == 1 and words[0].lower() in MANAGEMENT_WORDS:
        # '"...," tulis manajemen.': the company whose management spoke, not a person.
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
    while i > 0 and (
        is_name_token(words[i - 1])
        or words[i - 1] in NAME_PARTICLES
        or is_sasak_lalu(words, i - 1)
    ):
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
    if _two_fields_of_region(words, i) and words[1].lower() in ORG_HEADS:
        # "Kepala Dinas Pertanian dan Pangan Kota X memastikan ...": the
        # head of a region's body, held by nobody named, read like "Kepala Dinas X
        # Kabupaten Y" (the body after its head's title).
        body = " ".join(words[1:])
        return Who(body, words[0], org=True, offset=_find_word(phrase, body))
    if _two_fields_no_holder(words, i):
        # "Menteri Komunikasi dan Digital menyatakan ...": an office over two fields
        # joined by "dan", with nobody named after it; whoever holds it.
        return Who(None, " ".join(words), anaphor=True)
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
    if i > 0 and words[0].lower() in ROLE_TITLES and _GRADE.match(name) and _is_office_place(name):
        # "Kepala Kantor X (KX) Kelas II Bitung": the grade and place after the body's
        # acronym end the office's name; whoever holds it.
        return Who(None, " ".join(words), anaphor=True)

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


def _two_fields_no_holder(words: list[str], i: int) -> bool:
    """True when ``words`` are a title, capitalised fields, "dan" and one last field
    ("Menteri Komunikasi dan Digital", "Menteri Desa dan Pembangunan Daerah Tertinggal"
    is not: its last run is three words); ``i`` opens the trailing capitalised run.

    >>> _two_fields_no_holder("Menteri Komunikasi dan Digital".split(), 3)
    True
    >>> _two_fields_no_holder("Menteri Komunikasi dan Digital Budi Santoso".split(), 3)
    False
    """
    return (
        i == len(words) - 1
        and i >= 3
        and words[i - 1] == "dan"
        and words[0].lower() in ROLE_TITLES
        and all(w[:1].isupper() and w.isalpha() for w in words[: i - 1])
    )


#: The words of a region closing an office's name: "... Kota Jayapura", "... Kabupaten Luwu".
_REGION_WORDS = frozenset({"Kota", "Kabupaten", "Provinsi"})


def _two_fields_of_region(words: list[str], i: int) -> bool:
    """True when ``words`` are an office over two fields joined by "dan" and then its
    region, with nobody named after it ("Kepala Dinas Pertanian dan Pangan Kota
    Ternate", "... dan Penataan Ruang Provinsi Bengkulu"); ``i`` opens the trailing
    capitalised run (the second field, of one or two words, and the region).

    >>> _two_fields_of_region("Kepala Dinas Koperasi dan UKM Kota Bogor".split(), 4)
    True
    >>> _two_fields_of_region("Kepala Dinas Koperasi dan UKM Kota Bogor Budi Santoso".split(), 4)
    False
    >>> _two_fields_of_region("Kepala Kantor Perpustakaan dan Arsip Kota Malang Endang".split(), 4)
    False
    """
    run = words[i:]
    return (
        i >= 3
        and words[i - 1] == "dan"
        and words[0].lower() in ROLE_TITLES
        and all(w[:1].isupper() and w.isalpha() for w in words[: i - 1])
        and len(run) in (3, 4)
        # The region's place is one word, closing the run: a holder's name after it
        # ("... Kota Malang Endang Soejatikah") makes the run longer.
        and run[-2] in _REGION_WORDS
        and all(w[:1].isupper() for w in run)
    )


#: The grade of a state office in its name: "Kelas I", "Kelas IIA", "Kelas III B".
_GRADE = re.compile(r"Kelas\s+[IV]{1,4}(?:\s?[ABC])?")


def _is_office_place(name: str) -> bool:
    """True when the "name" left after a title is an office's place or body, not a
    person: "Jawa Barat", "Kabupaten Tapin", "Dinas", "Medan" alone.

    >>> _is_office_place("Kabupaten Tapin"), _is_office_place("Budi Santoso")
    (True, False)
    >>> _is_office_place("Kelas IIA Bekasi"), _is_office_place("Kelas II Budi Santoso")
    (True, False)
    >>> _is_office_place("Lapas Kelas IIB Wirogunan")
    True
    """
    words = name.split()
    grade = next(
        (k for k in range(len(words) - 1) if _GRADE.fullmatch(f"{words[k]} {words[k + 1]}")),
        None,
    )
    if grade is not None:
        # "Kepala Lapas Kelas IIA Cipinang", "Kepala KSOP Kelas III Kupang": an office's
        # body, its grade, then its place (or nothing more): the office, not a man named
        # "Kelas". One capitalised word after the grade is the place (a prison's or a
        # port's village is seldom in the gazetteer); two or more may be a holder.
        words = words[grade + 2 :]
        if not words or (len(words) == 1 and words[0][:1].isupper()):
            return True
    first = words[0].lower()
    if words[-1].lower() in _COMPASS or first in PLACE_HEADS:
        return True
    if len(words) == 1 and first in ORG_HEADS:
        return True
    return is_region_name(" ".join(words))


def _find_word(text: str, name: str) -> int:
    """Where ``text`` writes ``name`` last, its words apart by any blanks (the full stop
    of an abbreviated given name blanked: "Andi Muh  Fajri" for "Andi Muh Fajri"); -1
    when it does not.

    >>> _find_word("AKP Andi Muh  Fajri", "Andi Muh Fajri")
    4
    """
    at = text.rfind(name)
    if at >= 0 or not name.strip():
        return at
    spaced = r"\s+".join(re.escape(w) for w in name.split())
    found = [m.start() for m in re.finditer(spaced, text)]
    return found[-1] if found else -1
