"""Telling a name's words from titles, places and bodies.

Token-level helpers over one capitalised phrase: :func:`is_name_token`, the regions'
and countries' words (:func:`region_words`, :func:`is_region_name`,
:func:`country_words`), :func:`split_title` (titles and their modifiers off the
front of a name), :func:`is_initials`, :func:`looks_like_org` and
:func:`title_case_org`.

>>> split_title("Prof Santoso")
('Santoso', 'Prof')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from warta.lexicon.indonesian import (
    PERSON_TITLES,
    SPEAKING_BODIES,
)
from warta.lexicon.places import admin_regions, country_names, curated
from warta.nlp.entities.spans import BALINESE_FIRST_NAMES
from warta.nlp.quotes.cue_verbs import (
    lex,
)
from warta.nlp.quotes.name_titles import is_name_title
from warta.nlp.quotes.speaker_words import (
    ADDRESS_TITLES,
    CAP_STOP,
    LOCAL_PLACE_HEADS,
    MODIFIERS,
    ORG_HEADS,
    PLACE_HEADS,
    ROLE_TITLES,
    SENTENCE_OPENERS,
)

_TOKEN_SPLIT = re.compile(r"\s+")


def is_name_token(token: str) -> bool:
    """A capitalised word that can be part of a name ("Min-seo", "O'Neil", "S.").

    >>> is_name_token("Santoso"), is_name_token("mengatakan")
    (True, False)
    """
    if _PARTICLE_NAME.fullmatch(token):
        return True  # "al-Ghais", "el-Sisi", "bin-Salman"
    return (
        bool(token)
        and token[0].isupper()
        and token.lower() not in CAP_STOP
        and token.lower() not in SENTENCE_OPENERS
        and not any(c in token for c in "()[]/\x01")
    )


#: A name word behind a lower-case Arabic or Dutch particle: "al-Ghais", "el-Sisi".
_PARTICLE_NAME = re.compile(
    r"(?:al|el|ad|ar|as|at|an|ash|az|bin|ibn|abu|van|de|da|di)-[A-Z][\w'’-]*"
)


@functools.cache
def country_words() -> frozenset[str]:
    """Lower-case words of the Indonesian country names ("norwegia", "chile", "saudi"):
    like :data:`MODIFIERS`, they stand between a title and a name ("Duta Besar Chile X").
    """
    words = {w.casefold() for local, _ in country_names() for w in local.split()}
    kept = frozenset(w for w in words if w.isalpha() and len(w) > 2)
    return kept - CAP_STOP - ROLE_TITLES - _NAME_LIKE


#: Words of country and territory names that are also given names or surnames.
_NAME_LIKE = lex(
    """
    martin vincent helena lucia pierre marino cook marshall mariana christmas heard
    mcdonald norfolk virgin georgia jan man grand kitts nevis miquelon barthélemy
    salvador san sao tome principe jersey guernsey wallis futuna solomon chad mali niger
    costa leone sierra sri
    """
)


def _is_modifier(token: str) -> bool:
    low = token.lower()
    return low in MODIFIERS or low in country_words()


#: An office's field written as an abstract noun of the confixes ke-...-an and
#: pe(r/m/n/ng)-...-an ("Ketenagakerjaan", "Kebudayaan", "Perhubungan", "Pendidikan"):
#: Indonesian forms its ministries' and bureaus' fields so, and gives no person such a
#: name (the tagger's person gazetteer holds none of eight letters or more).
_FIELD_NOUN = re.compile(r"(?:ke|pe[rmn]g?|pe)[a-z]{3,}an")


def _is_field_noun(token: str) -> bool:
    """True when ``token`` is a capitalised field noun of an office (see :data:`_FIELD_NOUN`).

    >>> _is_field_noun("Ketenagakerjaan"), _is_field_noun("Perlman"), _is_field_noun("Setiawan")
    (True, False, False)
    """
    return token[:1].isupper() and len(token) >= 8 and bool(_FIELD_NOUN.fullmatch(token.lower()))


def _holder_after(tokens: Sequence[str], i: int) -> bool:
    """True when the words after ``tokens[i]`` are a person's name of one to three words,
    no body's ("Menteri Kebudayaan Budi Santoso"; not "Kepala Penerangan Komando X III").
    """
    rest = tokens[i + 1 :]
    return (
        1 <= len(rest) <= 3
        and all(is_name_token(w) and not _is_field_noun(w) for w in rest)
        and not looks_like_org(" ".join(rest))
    )


@functools.cache
def region_words() -> frozenset[str]:
    """Lower-case words of Indonesian provinces, regencies and cities ("jember",
    "jambi", "kendal"): an office's place between a title and a name ("Bupati Kendal
    Budi Santoso"). Several are also given names ("Bima"), so callers strip one only
    when a full name (two words or more) still follows.
    """
    words: set[str] = set()
    for province, _, regions in admin_regions():
        for name in (province, *(r for r, _ in regions)):
            words.update(w.casefold() for w in name.split()[1 if name != province else 0 :])
    kept = frozenset(w for w in words if w.isalpha() and len(w) > 2)
    return kept - CAP_STOP - ROLE_TITLES - _NAME_LIKE - ORG_HEADS - PLACE_HEADS


@functools.cache
def province_short_forms() -> frozenset[str]:
    """Lower-case short forms of the provinces ("jateng", "sumut", "kaltim"), as the
    press writes a governor's province ("Gubernur Sumut Budi Santoso")."""
    provinces = {province.casefold() for province, _, _ in admin_regions()}
    return frozenset(
        short.casefold()
        for place, shorts in curated()["places"].items()
        if place.casefold() in provinces
        for short in shorts
        if short.isalpha()
    )


def _province_before_name(tokens: Sequence[str], i: int) -> bool:
    """True when ``tokens[i]`` is a province's short form right after a title and a
    full name follows ("Gubernur Jateng Budi Santoso"); not inside a body's name after
    its head ("PT Jateng Agro Lestari", which the office loop reads)."""
    return (
        tokens[i].lower() in province_short_forms()
        and len(tokens) - i >= 3
        and all(t[:1].isupper() for t in tokens[i + 1 :])
    )


def is_region_name(name: str) -> bool:
    """True when every word of ``name`` is a region's word or a modifier ("Jawa Barat",
    "Kabupaten Tapin" after its head): a place, not a person."""
    places = _region_and_province_words()
    return all(w.lower() in places or w.lower() in MODIFIERS for w in name.split())


@functools.cache
def _region_and_province_words() -> frozenset[str]:
    """:func:`region_words` with the provinces' short forms: "Sumut" alone is a place."""
    return region_words() | province_short_forms()


def _is_place_before_name(tokens: Sequence[str], i: int) -> bool:
    """True when ``tokens[i:]`` opens with a region's words and a full name follows."""
    j = i
    while j < len(tokens) and (tokens[j].lower() in region_words() or _is_modifier(tokens[j])):
        j += 1
    return j > i and len(tokens) - j >= 2 and all(t[:1].isupper() for t in tokens[j:])


def split_title(phrase: str) -> tuple[str, str | None]:
    """Split leading titles and their modifiers off a capitalised name phrase.

    Returns ``(name, role)``; ``role`` is ``None`` when nothing was stripped. When the
    phrase is all title ("Menteri Luar Negeri") the name is empty.

    >>> split_title("Menteri Luar Negeri Siti Rahayu")
    ('Siti Rahayu', 'Menteri Luar Negeri')
    """
    tokens = _TOKEN_SPLIT.split(phrase.strip())
    i = 0
    titled = address = False
    while i < len(tokens):
        low = tokens[i].lower()
        if _opens_balinese_name(tokens, i):
            break  # "Kepala Dinas X I Made Sudira": "I" opens the name, no unit's numeral
        if (
            (low in ROLE_TITLES and not is_initials(tokens[i]))
            or is_name_title(tokens[i])
            or _is_clerical_before_name(tokens, i)
        ):
            # "Pdt Yunus Pasolang": a shortened title as written is one of address.
            titled = True
            address = low in ADDRESS_TITLES or is_name_title(tokens[i])
        elif titled and low in LOCAL_PLACE_HEADS and len(tokens) - i >= 4:
            # "Kepala Desa Sukamaju Rina Marlina": the village's head noun and its
            # one-word name, then the officer's full name (two words or more).
            i += 2
            continue
        elif titled and (low in ORG_HEADS or low in PLACE_HEADS) and low not in SPEAKING_BODIES:
            # "Kepala Dinas Pertanian Budi Santoso": an office (a head noun and its
            # portfolio words) between the title and the name; kept when no name follows.
            j = i + 1
            while j < len(tokens) and (
                _is_modifier(tokens[j])
                or _is_acronym(tokens[j])
                or _is_place_before_name(tokens, j)
            ):
                j += 1
            if j == len(tokens) or j == i + 1:
                break
            i = j
            continue
        elif not (
            titled
            and (
                (_is_modifier(tokens[i]) and not address)
                or (_is_field_noun(tokens[i]) and not address and _holder_after(tokens, i))
                or _is_acronym(tokens[i])
                or _ROMAN.fullmatch(tokens[i]) is not None  # "Kasubdit II Ditreskrimum"
                or _is_place_before_name(tokens, i)
                or _province_before_name(tokens, i)
            )
        ):
            break
        i += 1
    # A second title further on starts the name again: "Kapolda Lampung Irjen Sudjarno".
    if titled:
        for j in range(len(tokens) - 2, i - 1, -1):
            if tokens[j].lower() in ROLE_TITLES and j + 1 < len(tokens):
                i = j + 1
                break
    role = " ".join(tokens[:i]) or None
    return " ".join(tokens[i:]), role


#: Titles written in capitals as such ("KH", "AKP", "PM"): never initials.
_CAPITAL_TITLES = frozenset(t for t in PERSON_TITLES if t.isupper()) | {"JPU"}


def is_initials(token: str) -> bool:
    """True when a token of two or three capitals is a person's initials although its
    letters spell a title in another case ("MR" of a suspect, not "Mr"; "MS", "DR");
    titles written in capitals ("KH", "AKP") stay titles.

    >>> is_initials("MR"), is_initials("Mr"), is_initials("KH")
    (True, False, False)
    """
    return token.isupper() and 2 <= len(token) <= 3 and token not in _CAPITAL_TITLES


#: A Catholic priest's title in capitals: "RD" (a diocesan priest), "RP" (a priest of
#: an order); initials otherwise, so a title only before a full name.
_CLERICAL_CAPITALS = frozenset({"RD", "RP"})


def _is_clerical_before_name(tokens: Sequence[str], i: int) -> bool:
    """True for "RD"/"RP" before a full name ("RD Yohanes Seran"): a priest's title,
    no initials (a suspect's initials stand alone or before an age)."""
    rest = tokens[i + 1 :]
    return (
        tokens[i] in _CLERICAL_CAPITALS
        and 2 <= len(rest) <= 4
        and all(is_name_token(t) and not _is_acronym(t) for t in rest)
    )


def _opens_balinese_name(tokens: Sequence[str], i: int) -> bool:
    """True when ``tokens[i]`` is "I", "Ni" or "Ida" before a Balinese given name ("I
    Made Sudira", "Ida Bagus Oka"): the name starts there."""
    return (
        tokens[i] in ("I", "Ni", "Ida")
        and i + 1 < len(tokens)
        and tokens[i + 1] in BALINESE_FIRST_NAMES
    )


#: Words that open a name in Bali and Lombok and belong to it: the Balinese "I"/"Ni"
#: (he/she), the caste titles ("Anak Agung Gde", "I Gusti Ngurah", "Ida Bagus", "Ida Ayu",
#: "Cokorda", "Dewa Ayu", "Desak") and the Sasak nobility's "Lalu" and "Baiq". The tagger
#: may leave them out of the person ("Oka Wirawan" of "Anak Agung Gde Oka Wirawan"); the
#: article registers the person with them.
NOBLE_NAME_OPENERS = frozenset(
    """
    I Ni Ida Anak Agung Gde Gede Ngurah Gusti Bagus Ayu Istri Cokorda Tjokorda Cok Dewa
    Desak Lalu Baiq
    """.split()
)


def opens_noble_name(words: Sequence[str]) -> bool:
    """True when ``words`` (the words before a name, as written) are all words that open
    a Balinese or Sasak name (:data:`NOBLE_NAME_OPENERS`).

    >>> opens_noble_name(["Anak", "Agung", "Gde"]), opens_noble_name(["Ni"])
    (True, True)
    >>> opens_noble_name(["Kompol"]), opens_noble_name([])
    (False, False)
    """
    return bool(words) and all(w in NOBLE_NAME_OPENERS for w in words)


def is_sasak_lalu(words: Sequence[str], k: int) -> bool:
    """True when ``words[k]`` is the Sasak title "Lalu" opening a name: capitalised, not
    the phrase's first word (the adverb "then" opens a sentence, capitalised by
    position) and before a name word ("Kombes Pol Lalu Hadi Saputra").

    >>> is_sasak_lalu(["Kapolres", "Lalu", "Hadi", "Saputra"], 1)
    True
    >>> is_sasak_lalu(["Lalu", "Hadi", "berkata"], 0)
    False
    """
    return 0 < k < len(words) - 1 and words[k] == "Lalu" and is_name_token(words[k + 1])


#: A Roman numeral numbering a unit after a title: "Kanit II", "Kasubdit IV".
_ROMAN = re.compile(r"[IVX]{1,4}")


def _is_acronym(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def looks_like_org(name: str) -> bool:
    """True for "Kremlin", "Kementerian Luar Negeri Jepang", "KPK", "Kabupaten Garut"."""
    first = name.split(" ", 1)[0]
    if first.lower() in ORG_HEADS or first.lower() in PLACE_HEADS:
        return True
    # An acronym first word: "KPK", "ANTARA News" (a dateline, not a person).
    return _is_acronym(first) and len(first) >= 3


def title_case_org(phrase: str) -> str:
    """Capitalise a lower-case organisation phrase: "kementerian luar negeri Jepang"."""
    small = {"dan", "untuk", "di", "dari", "ke", "atas"}
    words = phrase.split()
    return " ".join(
        w if (w[:1].isupper() or (i and w in small)) else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )
