"""An all-caps dateline run by the tagger into the first name of the story.

A news story opens "<CITY> — <first sentence>"; when that sentence opens with a name
("CIBINONG — Kepolisian Resor ...", "SURABAYA — <Club> ..."), the tagger takes dateline,
dash and name for one span, typed after the dateline (a place). :func:`dateline_cut`
tells where the dateline ends and where the name after the dash begins, so that
:func:`warta.nlp.entities.spans.clean_ner` keeps the two apart.

A dateline names the town a story is filed from, never a province: where a province
and its capital share a name ("<NAME> —" for "Kota <Name>"), :func:`dateline_towns`
reads the dateline as the city.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.nlp.entities.gazetteer import load_gazetteer
from warta.nlp.entities.names import is_org_head
from warta.nlp.entities.spanrecord import Span
from warta.records import EntityType

__all__ = [
    "dateline_cut",
    "dateline_town",
    "dateline_towns",
    "type_after_dateline",
    "untagged_dateline",
]

# The dateline: one to four all-caps words at the start of a line (a wire's or a city's
# name may carry a comma: "JAKARTA, KOMPAS"), then a dash with spaces around it. An
# all-caps word is two letters or more, so a lone initial ("A — B") is none.
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<place>[A-Z][A-Z'’.-]+(?:[ \t,]+[A-Z][A-Z'’.-]+){0,3})[ \t]+[—–-]{1,2}[ \t]+"
)


def dateline_cut(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(dateline end, name start)`` when the span ``start``-``end`` opens with an
    all-caps dateline and its dash and a name follows, else ``None``.

    >>> t = "BANJARBARU — Kepolisian Resor Banjar menahan dua orang."
    >>> cut = dateline_cut(t, 0, 36)
    >>> t[:cut[0]], t[cut[1]:36]
    ('BANJARBARU', 'Kepolisian Resor Banjar')
    >>> dateline_cut("Kepolisian Resor Banjar menahan", 0, 23) is None
    True
    """
    m = _DATELINE.match(text, start, end)
    if m is None or m.start("place") != start or m.end() >= end:
        return None
    if not text[m.end()].isupper():
        return None
    return m.end("place"), m.end()


def dateline_town(text: str) -> str | None:
    """The town the text is filed from, as a name is written ("MARTIL BARU –" gives
    "Martil Baru"), or ``None`` when the text opens with no dateline or one naming a wire
    too ("<CITY>, <WIRE> –").

    >>> dateline_town("KARANGSEMBUNG – Hujan turun."), dateline_town("Hujan turun.")
    ('Karangsembung', None)
    """
    m = _DATELINE.match(text)
    if m is None or "," in m.group("place"):
        return None
    return " ".join(w.capitalize() for w in m.group("place").split())


def type_after_dateline(name: str, tagged: EntityType) -> EntityType:
    """The type of the name cut from a dateline: an organisation when it opens with an
    organisation's head ("Kepolisian", "Dinas", "Universitas"), else the tagger's type
    (which it gave the dateline and the name together).

    >>> type_after_dateline("Kepolisian Resor Banjar", "LOC"), type_after_dateline("Banjar", "LOC")
    ('ORG', 'LOC')
    """
    first = name.split()[0] if name.split() else ""
    return "ORG" if is_org_head(first) else tagged


def dateline_towns(text: str, spans: Sequence[Span]) -> None:
    """Read, in place, a dateline the gazetteer takes for a province as the city of the
    same name ("<NAME> — ..." opening the text or a line: the town the reporter files
    from), when the gazetteer knows "Kota <Name>". The province written in the body
    ("Gubernur <Name>") stays the province.

    >>> gaz = load_gazetteer()
    >>> t = "GORONTALO – Harga cabai naik di Gorontalo."
    >>> ss = [Span(0, 9, "LOC", gaz.lookup("GORONTALO")),
    ...       Span(32, 41, "LOC", gaz.lookup("Gorontalo"))]
    >>> dateline_towns(t, ss)
    >>> [s.place.name for s in ss if s.place is not None]
    ['Kota Gorontalo', 'Gorontalo']
    """
    gazetteer = load_gazetteer()
    for s in spans:
        place = s.place
        if (
            place is None
            or place.subtype != "provinsi"
            or not text[s.start : s.end].isupper()
            or not _DATELINE.match(text, s.start)
            or (s.start > 0 and text[s.start - 1] != "\n")
        ):
            continue
        city = gazetteer.by_name(f"Kota {place.name}")
        if city is not None:
            s.place = city


def untagged_dateline(text: str, spans: Sequence[Span]) -> list[Span]:
    """A place span for the dateline opening the text when the tagger left it untagged
    (a town it does not know: "<TOWN> – <first sentence>"): where the story opens with
    all-caps words and a spaced dash, they name the town it was filed from - a layout
    fact of news pages, whatever the town. Empty when a span already covers it or the
    words open an organisation's name. A span of the last words only, a place the
    gazetteer knows ("MUARA |BUNGO|"), is made the whole town, in place.

    >>> t = "KARANGSEMBUNG – Hujan turun sejak pagi."
    >>> [(t[x.start : x.end], x.type, x.entity) for x in untagged_dateline(t, [])]
    [('KARANGSEMBUNG', 'LOC', 'Karangsembung')]
    >>> untagged_dateline("Hujan turun. KOTA – pagi", [])
    []
    >>> t = "MUARA BUNGO – Hujan turun."
    >>> ss = [Span(6, 11, "LOC", load_gazetteer().lookup("BUNGO"))]
    >>> untagged_dateline(t, ss), [(t[x.start : x.end], x.place, x.entity) for x in ss]
    ([], [('MUARA BUNGO', None, 'Muara Bungo')])
    """
    m = _DATELINE.match(text)
    if m is None:
        return []
    start, end = m.span("place")
    if "," in text[start:end] or is_org_head(text[start:end].split()[0].capitalize()):
        return []  # "<CITY>, <WIRE> –": the tagger's or the gazetteer's to read
    written = " ".join(w.capitalize() for w in text[start:end].split())
    inside = [x for x in spans if x.start < end and start < x.end]
    if len(inside) == 1 and _town_ends_with_place(inside[0], start, end, written):
        # "PANGKALAN <REGENCY> –": a town named after the regency it is the seat of
        inside[0].start, inside[0].place, inside[0].entity = start, None, written
        return []
    if inside:
        return []
    place = load_gazetteer().lookup(written)
    if place is not None:  # "SOLO": the town the gazetteer knows under its usual case
        return [Span(start, end, "LOC", place)]
    if (
        _squeezed(written) in _squeezed(text[end:])
        and not _written_alone(text, written, end)
        and not _in_districts_only(text, written, end, spans)
    ):
        # the article names the town again, maybe inside a body ("Lanal <Town>") or
        # spaced otherwise: left to the rules that read those mentions (written alone,
        # "di <Town>.", it is the dateline's town)
        return []
    return [Span(start, end, "LOC", entity=written)]


# A district named after its town, the town's name last: "Kecamatan Kota <Town>".
_DISTRICT_HEADS = ("Kecamatan ", "Distrik ", "Kapanewon ", "Kemantren ")


def _in_districts_only(text: str, name: str, pos: int, spans: Sequence[Span]) -> bool:
    """Whether ``text`` writes ``name`` after ``pos`` only inside other names, one of
    them a district named after the town, its name longer ("Kecamatan Kota <Town>", then
    "RSUD <Founder> <Town>"): no rule reads the town from those, so the dateline is its
    one mention.

    >>> t = "WAIKABU – Banjir di Kecamatan Kota Waikabu. RSUD Waikabu penuh."
    >>> _in_districts_only(t, "Waikabu", 10, [Span(20, 42, "LOC"), Span(44, 56, "ORG")])
    True
    """
    inside = []
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text[pos:]):
        a, b = pos + m.start(), pos + m.end()
        holder = next(
            (s for s in spans if s.start <= a and b <= s.end and s.end - s.start > b - a), None
        )
        if holder is None:
            return False
        inside.append(text[holder.start : holder.end])
    # ("Kecamatan <Town>" is the district's name without its head, read as the district)
    return any(
        w.startswith(_DISTRICT_HEADS) and w.split(" ", 1)[1] != name for w in inside
    )


def _town_ends_with_place(span: Span, start: int, end: int, written: str) -> bool:
    """Whether ``span``, one of a dateline's words at ``start:end``, is the place the
    gazetteer knows by its last words only, the town's name longer ("<Word> <Regency>"):
    a town the gazetteer does not know, written whole."""
    return (
        span.place is not None
        and span.type == "LOC"
        and start < span.start
        and span.end == end
        and load_gazetteer().lookup(written) is None
    )


def _written_alone(text: str, name: str, pos: int) -> bool:
    """Whether ``text`` writes ``name`` after ``pos`` as a name of its own: after a word
    in lower case, no capitalised word right after it.

    >>> _written_alone("X – Ia tinggal di Tanjung Aru.", "Tanjung Aru", 2)
    True
    >>> _written_alone("X – Kapal di Sungai Aru Besar.", "Aru", 2)
    False
    """
    pattern = rf"(?<![\w-])[a-z]+[ ]{re.escape(name)}(?![\w-])(?![ \t]+[A-Z])"
    return re.search(pattern, text[pos:]) is not None


def _squeezed(text: str) -> str:
    """``text`` case-folded without its white space ("Teluk Dalam" and "TELUKDALAM"
    alike)."""
    return "".join(text.split()).casefold()
