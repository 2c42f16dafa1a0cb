"""People described, not named: the words that make a speaker phrase a group, an
unnamed source, a party of a case or an office's bare title.

Lexicons (people nouns, quantifiers, descriptions, titles of address, generic bodies)
and pure predicates over a phrase or a :class:`~warta.nlp.quotes.who.Who`:
:func:`is_people`, :func:`is_collective`, :func:`is_unnamed_source`,
:func:`bare_office` ("gubernur" points back to the governor named before) and
:func:`points_to_unnamed` ("pejabat tersebut"). No article state.
"""

from __future__ import annotations

import re

from warta.lexicon.indonesian import SPEAKING_BODIES
from warta.nlp.quotes.cues import (
    DOCUMENT_NOUNS,
    ORG_HEADS,
    ROLE_TITLES,
    lex,
)
from warta.nlp.quotes.speaker_words import LOCAL_PLACE_HEADS
from warta.nlp.quotes.who import Who

#: A club or a team described ("klub asal Tangerang itu", "tim tamu tersebut"): a body,
#: like "kementerian itu", not a person (its account posts, its statement is issued).
TEAM_NOUNS = frozenset({"klub", "tim", "timnas"})


#: Heads of descriptions that point back to someone without naming them.
_DESCRIPTIONS = lex("pria wanita perempuan lelaki pemuda pemudi bocah gadis sosok remaja")


#: Heads of descriptions of a source that stays unnamed.
_UNNAMED = lex("sumber seorang salah narasumber pejabat")


#: Nouns of an unnamed source that "itu"/"tersebut" points back to ("pejabat tersebut").
_UNNAMED_HEADS = lex("sumber narasumber pejabat")


#: Counts before the head of a description of unnamed sources ("Dua sumber ...").
_SOURCE_COUNTS = lex("dua tiga empat lima beberapa sejumlah")


#: Where a description of an unnamed source ends: "Seorang pejabat di kantor gubernur
#: yang tak mau disebut namanya" is "Seorang pejabat di kantor gubernur".
_SOURCE_END = lex("yang dan ketika saat")


#: Words after "yang" that keep it inside the noun phrase, a determiner rather than a
#: relative clause: "dari kantor yang sama" (the same office), "di desa yang lain".
_DETERMINING_AFTER_YANG = lex("sama lain")


def _description_end(low: list[str]) -> int:
    """Where the description ``low`` (lower-case words) of an unnamed source ends: at its
    first "yang", "dan", "ketika" or "saat", except a "yang" that only determines the
    noun ("yang sama", "yang lain").

    >>> _description_end("seorang sopir dari pool yang sama yang enggan".split())
    6
    """
    return next(
        (
            k
            for k, w in enumerate(low)
            if w in _SOURCE_END
            and not (w == "yang" and low[k + 1 : k + 2] and low[k + 1] in _DETERMINING_AFTER_YANG)
        ),
        len(low),
    )


#: A relative clause of a source who asked not to be named: "yang enggan disebut
#: namanya", "yang tak mau disebutkan identitasnya", "yang meminta namanya tidak ditulis".
ASKED_NOT_NAMED = (
    r"yang\s+(?:enggan|tak\s+mau|tidak\s+mau|tak\s+ingin|tidak\s+ingin|tak\s+bersedia"
    r"|tidak\s+bersedia|menolak)\s+(?:di)?(?:sebut(?:kan)?|tulis(?:kan)?)\s+"
    r"(?:nama(?:nya)?|identitas(?:nya)?)"
    r"|yang\s+(?:meminta|minta)\s+(?:nama|identitas)(?:nya)?\s+(?:tidak|tak|jangan)\s+"
    r"(?:di)?(?:sebut(?:kan)?|tulis(?:kan)?)"
    # Or hidden: "yang meminta identitasnya disamarkan", "yang minta namanya dirahasiakan".
    r"|yang\s+(?:meminta|minta)\s+(?:nama|identitas)(?:nya)?\s+(?:di)?(?:samarkan|rahasiakan)"
)
_ASKED_NOT_NAMED = re.compile(ASKED_NOT_NAMED, re.IGNORECASE)


def _unnamed_source(words: list[str]) -> str | None:
    """The description of an unnamed source as the speaker's name ("Seorang pejabat di
    kantor gubernur", "Sumber lain di Kementerian X"), cut before its relative clause;
    ``None`` unless ``words`` open with one ("seorang pejabat", "sumber") and say where
    it works."""
    low = [w.lower() for w in words]
    if low[:1] == ["salah"] and low[1:2] == ["seorang"]:
        low, words = low[1:], words[1:]
    # "Tiga sumber di kementerian": a count of sources is a source as much as one.
    counted = low[:1] != [] and low[0] in _SOURCE_COUNTS and low[1:2] != []
    if counted and low[1] in _UNNAMED_HEADS:
        low = low[1:]
    if (
        low[:1] == ["seorang"]
        and low[1:2]
        and (
            low[1] in _UNNAMED_HEADS
            or (low[1].islower() and _ASKED_NOT_NAMED.search(" ".join(low)))
        )
    ):
        # "Seorang pengepul di Pasar X yang enggan disebut namanya": anyone described
        # by trade and place who asked not to be named is an unnamed source too.
        pass
    elif not (low[:1] and low[0] in _UNNAMED_HEADS and low[1:2] and low[1] in ("lain", "di")):
        return None
    # Only with where the source works ("... di lingkungan Istana", "... WTO"): a bare
    # "seorang sumber" identifies nobody and stays unattributed.
    end = _description_end(low)
    end += len(words) - len(low)  # the count word stays in the name as written
    return " ".join(words[:end]) if end >= 3 else None


#: Someone described by trade and where they are, as a speaker's name: "Seorang
#: pengepul di Pasar X" (what is left of "... yang enggan disebut namanya"); a member
#: of a body named after the trade ("seorang pengurus DPP Partai X"), who is no body.
_DESCRIBED_AT = re.compile(
    r"(?:[Ss]alah\s+)?[Ss]eorang(?:\s+[a-z][\w-]*){1,4}\s+(?:di|dari)(?:\s+[A-Z][\w'’.-]*){1,5}"
    # Or of a village or a district named right after the trade, which says where as
    # "di" would: "Seorang warga Desa X", "Seorang petani Kelurahan Y".
    r"|(?:[Ss]alah\s+)?[Ss]eorang(?:\s+[a-z][\w-]*){1,4}"
    rf"\s+(?:{'|'.join(sorted(w.capitalize() for w in LOCAL_PLACE_HEADS))})"
    r"(?:\s+[A-Z][\w'’.-]*){1,4}"
    # Either with the relative clause it was written with: "Seorang perawat di RSUD X
    # yang menangani korban".
    r"|(?:[Ss]alah\s+)?[Ss]eorang(?:\s+[a-z][\w-]*){1,4}\s+(?:di|dari)(?:\s+[A-Z][\w'’.-]*){1,5}"
    r"\s+yang(?:\s+[\w-]+){1,10}"
    # Or of a body named right after the trade: "Seorang pengurus DPP Partai X".
    r"|(?:[Ss]alah\s+)?[Ss]eorang\s+(?:pengurus|pejabat|petinggi|kader|anggota|staf|pegawai"
    r"|karyawan|politikus|politisi)(?:\s+[A-Z][\w'’.-]*){1,5}"
)


def is_unnamed_source(name: str) -> bool:
    """True when a speaker's name is the description of an unnamed source, or of
    someone described by trade and place ("Seorang pengepul di Pasar X"): its words
    stay as written, no place named inside becomes the speaker."""
    return _unnamed_source(name.split()) is not None or _DESCRIBED_AT.fullmatch(name) is not None


#: Second words of two-word titles: "wali kota", "wakil bupati", "wakil wali".
_TITLE_TAILS = frozenset({"kota", "bupati", "gubernur", "wali", "ketua", "menteri", "presiden"})


def bare_office(who: Who) -> str | None:
    """The title when ``who`` is only an office's title in lower case ("gubernur",
    "bupati", "wali kota", "wakil bupati"), or a one-word title capitalised ("Kapolda"
    gives "kapolda"): it points back to that office as the article named it before.

    >>> bare_office(Who(None, "Kapolda", anaphor=True)), bare_office(Who(None, "Kapolda Riau"))
    ('kapolda', None)
    """
    role = who.role or ""
    if who.name is not None:
        return None
    if " " not in role and role[:1].isupper() and role.lower() in ROLE_TITLES:
        # "Dalam keterangannya, Kapolda menegaskan ...": a one-word title is written
        # capitalised as often (a short form, or by position); it points back the same.
        return role.lower() if who.anaphor else None
    if not role.islower():
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


#: Parties of a case, in lower case alone: each points back to the person the article
#: named with that noun ("terdakwa Budi Santoso" ... "terdakwa menulis").
CASE_ROLES = lex("terdakwa tersangka saksi korban pelapor terlapor penggugat tergugat")
#: How words were said, written after the speaker of a verb-first cue ('"...," jawab
#: saksi singkat', '"...," kata korban lirih'): no part of who spoke.
MANNER_ADVERBS = lex(
    "singkat pelan lirih lantang ketus santai datar tegas enteng pendek terbata-bata"
    " perlahan keras lemah"
)


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
    karyawati pegawai guru santri siswi mahasiswi
    warganet netizen
    """
)


#: Nouns of a crowd, one body of people by their grammar ("massa", "hadirin"): alone
#: they name the crowd itself ('"...!" teriak massa'), never one person named before.
_CROWD_NOUNS = lex("massa hadirin khalayak")


#: Professions not shaped like an agent noun ("pe-"), heads of a description said again:
#: "Dokter spesialis anak itu", "Ahli tata air tersebut", "Bidan desa itu".
PROFESSIONS = lex("dokter ahli bidan perawat apoteker arsitek")


#: Words of what people were: "mantan buruh", "eks pekerja".
_FORMER = lex("mantan eks")


#: "ber-" words that name or place a person rather than set him apart by what he wears
#: or holds: "seorang warga bernama Budi", "seorang pria berusia 40 tahun".
_NOT_A_FEATURE = lex(
    "bernama berinisial berusia berumur berasal berstatus berprofesi berada bersama beserta berkat"
)


def _one_person_featured(words: list[str], k: int) -> bool:
    """True when ``words`` are "seorang", a plain noun at ``k`` and a "ber-" feature
    ("seorang orator berompi hijau"): the classifier counts a person, the feature tells
    him apart from the crowd around him.

    >>> _one_person_featured("seorang orator berompi hijau".split(), 1)
    True
    >>> _one_person_featured("seorang warga bernama Budi".split(), 1)
    False
    """
    if words[0].lower() != "seorang" or k != 1 or len(words) < 3:
        return False
    noun, feature = words[1], words[2]
    return (
        noun.isalpha()
        and noun.islower()
        and noun not in _UNNAMED_HEADS
        and feature.startswith("ber")
        and len(feature) > 5
        and feature.isalpha()
        and feature not in _NOT_A_FEATURE
    )


def _people(words: list[str]) -> str | None:
    """The description of people who speak unnamed ("Para pedagang", "diplomat
    Kamboja"): a quantifier or none, a noun of people, up to two modifiers; a relative
    clause ("yang enggan disebutkan namanya") is dropped. ``None`` for anything else,
    and for a bare noun ("siswa"), which as often points back to someone named.

    >>> _people("Seorang warga lain".split()), _people("harga beras".split())
    ('Seorang warga lain', None)
    >>> _people("Para pandega".split())
    'Para pandega'
    """
    k = 1 if words and words[0].lower() in _QUANTIFIERS else 0
    former = k < len(words) and words[k].lower() in _FORMER
    k += former  # "Seorang mantan pekerja ...": what they were still describes them
    if k >= len(words):
        return None
    # "para" is said of people only: "Para sawi", "Para pandega" whatever the noun.
    plural = words[0].lower() == "para" and words[k].isalpha() and words[k].islower()
    # "Seorang pria berkaus merah": a person described by sex or age is one of the
    # people too once counted (alone, "pria itu" points back to someone).
    counted = k > former and words[k].lower() in _DESCRIPTIONS
    # "seorang" is the classifier of persons: "Seorang orator berompi hijau" is one
    # person, whatever the noun, once a "ber-" feature sets him apart.
    featured = _one_person_featured(words, k)
    if (
        words[k].lower() not in _PEOPLE_NOUNS | _CROWD_NOUNS
        and not plural
        and not counted
        and not featured
    ):
        return None
    end = next((j for j, w in enumerate(words) if w.lower() == "yang"), len(words))
    crowd = words[k].lower() in _CROWD_NOUNS
    if end - k > 3 or (end - former < 2 and not crowd):
        return None  # a bare "siswa" ("tutur siswa yang ... itu") points back to someone
    return " ".join(words[:end])


#: Nouns of people a reduplication makes a group of, besides the people nouns and the
#: words of sex or age: "anak-anak", "ibu-ibu", "mama-mama", "orang-orang".
_REDUPLICATED_BASES = lex("anak ibu bapak mama mace emak orang ayah")


def is_reduplicated_people(word: str) -> bool:
    """True when ``word`` is a noun of people said twice, a plural ("anak-anak",
    "Ibu-ibu", "warga-warga"): a group, never one person named before.

    >>> is_reduplicated_people("Anak-anak"), is_reduplicated_people("undang-undang")
    (True, False)
    """
    base, dash, again = word.lower().partition("-")
    return (
        bool(dash) and base == again and base in _REDUPLICATED_BASES | _PEOPLE_NOUNS | _DESCRIPTIONS
    )


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
        or head in PROFESSIONS
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
