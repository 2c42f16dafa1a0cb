"""Places and bodies named by a capitalised head noun and a name the tagger missed.

Indonesian writes the kind of a place or body before its own name, capitalised as part
of the name: "Jalan <Name>", "Pulau <Name>", "Waduk <Name>" (places), "Puskesmas
<Place>" (a health centre, run as an institution), "Kelompok Tani <Name>" (a farmers' or
fishers' group). A name of a word the tagger does not know ("Pulau <Name>" of a small
island) is left untagged. :func:`untagged_headed_names` finds them, and the names of
areas after the lower-case "kawasan".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.lexicon.indonesian import (
    FACILITY_HEADS,
    LANDMARK_HEADS,
    MONTHS,
    NAME_STOP_WORDS,
    NATURAL_FEATURE_HEADS,
    SPEAKING_BODIES,
    WEEKDAYS,
)
from warta.nlp.entities.spanrecord import ByStart, Span

# Water works, named like the natural features they hold back: "Waduk <Name>", "Kolam
# Retensi <Name>" (a retention pond), "Embung <Name>".
_WATER_WORKS = frozenset({"waduk", "bendungan", "bendung", "embung", "kolam"})
# Community bodies named by their kind: "Kelompok Tani <Name>", "Paguyuban <Name>".
_COMMUNITY_HEADS = frozenset({"kelompok", "paguyuban", "komunitas", "sanggar", "perkumpulan"})
# Heads left to other rules: a weather station is a body ("Stasiun Klimatologi
# <Province>"), a museum an institution as much as a building, and a seat of power
# stands for the government it houses ("Gedung <Name>", see SPEAKING_BODIES).
# A cape ("Tanjung <Name>"), named like a natural feature; not right after a body's
# declared acronym, where it is the port or area the body is named by ("<Union> (<ACR>)
# Tanjung <Name>"), left to the body's rules.
_CAPES = frozenset({"tanjung"})
_AFTER_ACRONYM = re.compile(r"\)[ \t]+$")
_PLACE_HEADS = (LANDMARK_HEADS | NATURAL_FEATURE_HEADS | _WATER_WORKS | _CAPES) - (
    SPEAKING_BODIES | {"stasiun", "museum"}
)
# A region's technical units, named by their field and the region or the site they run
# ("Unit Pengelola <Site> <City>", "Unit Pelaksana Teknis <Field> <Regency>").
_UNIT_HEADS = frozenset({"unit pengelola", "unit pelaksana teknis"})
_BODY_HEADS = FACILITY_HEADS | _COMMUNITY_HEADS | _UNIT_HEADS
# A museum is often named by its subject and the city it tells of ("Museum Sejarah
# <City>", "Museum Batik <Regency>"): a place whose name takes in the place it ends with,
# as a body's does. (The tagger's own span of a museum, of either type, and a museum
# named otherwise are left alone: the press runs a museum as an institution as often.)
_MUSEUM_HEADS = frozenset({"museum"})


def _written(heads: frozenset[str]) -> str:
    """The heads as written before a name: capitalised, or in capitals if an acronym."""
    forms = {
        h.upper() if h.startswith("rs") else r"[ \t]+".join(w.capitalize() for w in h.split())
        for h in heads
    }
    return "|".join(sorted(forms, key=len, reverse=True))


_HEADED = re.compile(
    rf"(?<![\w.-])(?P<head>{_written(_PLACE_HEADS | _BODY_HEADS | _MUSEUM_HEADS)})"
    r"(?P<name>(?:[ \t]+[A-Z][a-z][\w'’-]*){1,3})(?![\w-])"
)
# An area by the lower-case noun the press puts before its name ("kawasan <Name>": a
# district, a sports or business complex); the noun is no part of the name. Not a
# designation that opens a longer name ("kawasan Industri <Name>"), left to the rules
# of designated names.
_AREA = re.compile(r"(?<![\w-])kawasan(?P<name>(?:[ \t]+[A-Z][a-z][\w'’-]*){1,3})(?![\w-])")
_AREA_DESIGNATIONS = frozenset(
    "industri ekonomi wisata pariwisata hutan konservasi cagar perumahan pergudangan "
    "berikat strategis pusat".split()
)
_WORD = re.compile(r"\S+")
_ONE_WORD_MORE = re.compile(r"[ \t]+[A-Z][a-z][\w'’-]*(?![\w-])")
# Words that end the name: dates and function words written capitalised.
_NOT_NAME = NAME_STOP_WORDS | set(MONTHS) | set(WEEKDAYS)


def _name_end(text: str, start: int, end: int) -> int | None:
    """The end of the name's words in ``start``-``end`` before the first word that is no
    name's (a weekday, a month, a function word), or None when the first one is not."""
    last = None
    for w in _WORD.finditer(text, start, end):
        if w.group().casefold() in _NOT_NAME:
            break
        last = w.end()
    return last


def _words_of_bodies(text: str, spans: Sequence[Span]) -> set[str]:
    """Every run of two to four words inside an organisation span of the article: a
    place's name written inside a body's ("PT <Product> <Hill> <Name>") is that body's
    short name where it stands alone, no place."""
    runs: set[str] = set()
    for s in spans:
        if s.type == "ORG":
            words = text[s.start : s.end].split()
            runs.update(
                " ".join(words[i : i + k]) for k in (2, 3, 4) for i in range(len(words) - k + 1)
            )
    return runs


def untagged_headed_names(text: str, spans: Sequence[Span]) -> list[Span]:
    """Spans for "<Head> <Name>" (:data:`_HEADED`): a place (LOC) after a landmark's,
    a natural feature's or a water work's head, a body (ORG) after a facility's or a
    community's head. A place is found where no span touches it; a body, and a museum (a
    place), takes in the place or person spans inside its name (the place it is named
    after) and a span of its head alone, not one running past it.

    >>> t = "Nelayan dari Pulau Kerapu dibantu Puskesmas Sukaraja, Senin."
    >>> [(t[x.start : x.end], x.type) for x in untagged_headed_names(t, [Span(44, 52, "LOC")])]
    [('Pulau Kerapu', 'LOC'), ('Puskesmas Sukaraja', 'ORG')]
    """
    by_start = ByStart(spans)
    in_bodies = _words_of_bodies(text, spans)
    out: list[Span] = []
    for m in _HEADED.finditer(text):
        name_end = m.end("name")
        if m.group("head").casefold() in _COMMUNITY_HEADS:
            # a community's name runs longer, its place last ("Paguyuban <Trade> <Goods>
            # <Place>"): a fourth word
            more = _ONE_WORD_MORE.match(text, name_end)
            name_end = more.end() if more else name_end
        end = _name_end(text, m.start("name"), name_end)
        if end is None:
            continue
        start = m.start()
        hits = by_start.overlapping(start, end)
        head = " ".join(m.group("head").split()).casefold()
        if head in _MUSEUM_HEADS and not any(h.place is not None and h.end == end for h in hits):
            continue  # a museum by another name than its city's is left to the tagger
        if head in _BODY_HEADS or head in _MUSEUM_HEADS:
            # (the tagger may have taken the head alone for the body: "|Puskesmas| <Place>")
            if all(
                (start < h.start and h.end <= end and h.type != "ORG")
                or (h.start == start and h.end <= m.end("head"))
                for h in hits
            ):
                out.append(Span(start, end, "ORG" if head in _BODY_HEADS else "LOC"))
        elif head in _CAPES and _AFTER_ACRONYM.search(text, max(0, start - 4), start):
            continue
        elif not hits and " ".join(text[start:end].split()) not in in_bodies:
            out.append(Span(start, end, "LOC"))
    out.extend(_untagged_areas(text, by_start, in_bodies))
    return sorted(out, key=lambda x: (x.start, -x.end))


def _untagged_areas(text: str, by_start: ByStart, in_bodies: set[str]) -> list[Span]:
    """Place spans for the names after "kawasan" (:data:`_AREA`) no span touches.

    >>> t = "Polisi berjaga di kawasan Tegalrejo hingga malam."
    >>> [t[x.start : x.end] for x in _untagged_areas(t, ByStart([]), set())]
    ['Tegalrejo']
    """
    out: list[Span] = []
    for m in _AREA.finditer(text):
        start = m.start("name") + len(m.group("name")) - len(m.group("name").lstrip())
        end = _name_end(text, start, m.end("name"))
        if end is None:
            continue
        words = text[start:end].split()
        if (
            words[0].casefold() not in _AREA_DESIGNATIONS
            and not by_start.overlapping(start, end)
            and " ".join(words) not in in_bodies
        ):
            out.append(Span(start, end, "LOC"))
    return out

