"""Text helpers shared by the speaker parsers: titles written with a full stop
(:func:`undot_titles`), a dateline blanked (:func:`blank_dateline`), acronyms, trailing
time adverbs, and whether a comma segment is a pure name (:func:`_is_pure_name`).

Pure functions over strings and the patterns behind them; no speaker is parsed here.
"""

from __future__ import annotations

import re

from warta.nlp.quotes.cues import (
    NAME_PARTICLES,
    SUBJECT_ADVERBS,
    is_name_token,
    lex,
    looks_like_org,
    split_title,
)
from warta.nlp.quotes.name_titles import is_name_title
from warta.nlp.quotes.name_tokens import is_sasak_lalu
from warta.nlp.sentences import NAME_TITLES

_CONNECTIVES = frozenset({"namun", "tetapi", "tapi", "sementara", "sedangkan", "adapun"})


#: A dateline opening the first paragraph: "NEW YORK, (AFP) - ", "SEOUL - ".
_DATELINE_HEAD = re.compile(
    # The outlet after the place may start in lower case: "Medan, warta.id - ".
    r"^\s*[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,3}(?:\s*,\s*[A-Za-z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    # The dash, spaced or glued to the next word when doubled: "CNN Indonesia--Presiden".
    r"\s*(?:,?\s*\([^)]{1,30}\))?\s*(?:[-–—]+\s+|(?:--+|[–—])(?=[A-Z]))"
    # Or the time stamp of a live report: "14.05 WIB – ".
    r"|^\s*(?:[Pp]ukul\s+)?\d{1,2}[.:]\d{2}\s*(?:WIB|WITA|WIT)?\s*[-–—]+\s*"
)


#: Last words of a place name: "Kapolda Jawa Barat" names an office, not a person.
_COMPASS = lex("utara selatan barat timur tengah tenggara barat daya laut raya")


#: An age in brackets after a name: "Teguh (37)".
_AGE = re.compile(r"\s*\(\d{1,3}\)")


#: A title abbreviated with a full stop before a name: "dr. Yohana", "Prof. Budi", "H. Ali".
_DOTTED_TITLE = re.compile(r"(?<![\w.])(?P<t>[A-Za-z]{1,4})\.(?=\s+[A-Z])")


_ABBREVIATED_TITLES = lex("dr drg dra drs prof ir h hj kh")
#: Parts of a name abbreviated with a full stop that the name goes on after: "Tb. Hasan"
#: (Tubagus), "Abd. Rahman" (Abdul).
_ABBREVIATED_NAME_PARTS = lex("tb abd")
#: The other given names Indonesians shorten with a full stop ("Muh.", "Moh.", "Moch.",
#: "Mhd." for Muhammad, "Ach." for Achmad; the entity layer's class of abbreviated given
#: names, warta.nlp.entities.personbounds): their stop never ends the speaker's phrase and
#: is written back in the name. Unlike "Tb"/"Abd", never read as a call name with one
#: word ("Moh Rizal" is the name as written, not a nickname of a fuller one).
DOTTED_NAME_PARTS = _ABBREVIATED_NAME_PARTS | lex("muh moh moch mochd mhd muhd ach achm")


#: Minangkabau titles of custom, written after a given name and kept in it: "Arman Dt.
#: Rangkayo" (the name as written, full stop and all).
_CUSTOM_TITLES = frozenset({"Dt", "Dtk"})


def _custom_title_in_name(m: re.Match[str]) -> bool:
    """True when the dotted title ``m`` is a title of custom after a given name ("Arman
    Dt. Rangkayo"), not one opening the name ("Ketua Adat, Dt. Rajo Mangkuto")."""
    before = m.string[: m.start()].split()[-1:]
    return m.group("t") in _CUSTOM_TITLES and bool(before) and is_name_token(before[0])


def undot_titles(text: str) -> str:
    """``text`` with the full stop of an abbreviated title before a name blanked, so it
    does not end the speaker phrase (lengths kept, so offsets hold).

    >>> undot_titles("kata Direktur RSUD dr. Yohana Bere, Sp.A.")
    'kata Direktur RSUD dr  Yohana Bere, Sp.A.'
    """

    def blank(m: re.Match[str]) -> str:
        low = m.group("t").lower()
        dotted = (
            low in _ABBREVIATED_TITLES
            or low in DOTTED_NAME_PARTS
            # "Pdt. Yunus", "Mgr. Benediktus": shortened titles, as written (capital first)
            or (m.group("t") in NAME_TITLES and not _custom_title_in_name(m))
        )
        return m.group("t") + " " if dotted else m.group(0)

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
    while len(words) > 1 and (words[0].lower() in _ABBREVIATED_TITLES or is_name_title(words[0])):
        # "dr Yohana Bere", "Pdt Yunus Pasolang": a title of address before the name
        words = words[1:]
    if not words or len(words) > 7:
        return False
    if not all(
        is_name_token(w) or w in NAME_PARTICLES or is_sasak_lalu(words, k)
        for k, w in enumerate(words)
    ):
        return False
    name, _ = split_title(" ".join(words))
    return bool(name) and not looks_like_org(name)


#: Heads of the names of administrative places: "Kabupaten X", "Kota Y".
_ADMIN_HEADS = lex("kabupaten kota provinsi kecamatan kelurahan desa nagari")
