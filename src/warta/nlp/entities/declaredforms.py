"""Short forms an article declares or writes by convention for a body it names, which the
tagger leaves out or types as something else.

* :func:`declared_acronym_spans`: "<Long Name> (ABC)" declares "ABC"; a bare "ABC" later
  is that state or body, also when the long name is a place the gazetteer knows (the
  tagger finds an organisation's acronym itself, rarely a state's).
* :func:`regional_government_spans`: "Pemkab <Regency>", "Pemprov <Province>", "Pemkot
  <City>": the regional government, an organisation, not the place after it.
* :func:`police_unit_spans`: "Satreskrim Polres <Place>" and the like, the unit of a
  police command, which the tagger misses whole.

Each is one pass over the text (one compiled pattern) or over the spans.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.nlp.entities.spanrecord import ByStart, Covered, Span

# "(ABC)" after a name: two to six capitals, maybe a lower-case letter inside ("PBNU").
_DECLARED = re.compile(r"\(\s*([A-Z][A-Za-z]{1,5})\s*\)")
_CAPITALS = re.compile(r"(?<![\w-])[A-Z][A-Za-z]{1,5}(?![\w-])")


def declared_acronym_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """Spans for the bare acronyms the article declared after a name ("<Name> (ABC)"),
    where no span of ``spans`` (in text order, not overlapping) covers them; a span that is
    just the acronym, typed without a place, takes the declaring name's type and place.
    Only acronyms of two or more capitals count, never one another name also declares.

    >>> t = "Utusan Republik Demokratik Kongo (RDK) tiba. RDK berterima kasih."
    >>> from warta.nlp.entities.gazetteer import load_gazetteer
    >>> s = [Span(7, 32, "LOC", place=load_gazetteer().lookup("Republik Demokratik Kongo"))]
    >>> [(x.start, x.type, x.place.name) for x in declared_acronym_spans(t, s)]
    [(34, 'LOC', 'DR Congo'), (45, 'LOC', 'DR Congo')]
    """
    ends = {s.end: s for s in spans}
    declared: dict[str, Span | None] = {}
    for m in _DECLARED.finditer(text):
        acronym = m.group(1)
        if sum(c.isupper() for c in acronym) < 2:
            continue
        before = len(text[: m.start()].rstrip())
        owner = ends.get(before)
        if owner is None or owner.type == "PER" or not _fits(acronym, text[owner.start : before]):
            continue
        declared[acronym] = owner if declared.get(acronym, owner) is owner else None
    declared = {a: s for a, s in declared.items() if s is not None}
    if not declared:
        return []
    by_start = ByStart(spans)
    covered = Covered(spans)
    out: list[Span] = []
    for m in _CAPITALS.finditer(text):
        owner = declared.get(m.group())
        if owner is None or m.start() < owner.end:
            continue
        if covered.overlaps(m.start(), m.end()):
            for s in by_start.overlapping(m.start(), m.end()):
                if (s.start, s.end) == m.span() and s.place is None and s.entity is None:
                    _take_owner(s, owner, text)
            continue
        span = Span(m.start(), m.end(), owner.type)
        _take_owner(span, owner, text)
        out.append(span)
    return out


def _fits(acronym: str, name: str) -> bool:
    """Whether ``acronym`` can abbreviate ``name``: a name of two words or more opening
    with the acronym's first letter ("Uni Emirat Arab" for "UEA"; a last word "Rusia"
    before "(RDIF)" is the end of a longer name the tagger cut, not the name declared)."""
    words = name.split()
    return len(words) >= 2 and words[0][:1] == acronym[:1]


def _take_owner(span: Span, owner: Span, text: str) -> None:
    """Make ``span`` a form of the declaring name ``owner``."""
    span.type, span.place = owner.type, owner.place
    if owner.place is None:
        span.entity = owner.entity or " ".join(text[owner.start : owner.end].split())


# The press's short forms of regional governments: regency, province, city, village.
_GOVERNMENT_SHORT = {
    "Pemkab": "Pemerintah Kabupaten",
    "Pemprov": "Pemerintah Provinsi",
    "Pemkot": "Pemerintah Kota",
}
_GOVERNMENT_BEFORE = re.compile(r"(?<![\w-])(Pemkab|Pemprov|Pemkot)[ \t]+$")
_GOVERNMENT_OPENING = re.compile(r"(Pemkab|Pemprov|Pemkot)\s+(?=[A-Z])")
_REGION_HEAD = re.compile(r"(?:Kabupaten|Provinsi|Kota)\s+")


def regional_government_spans(text: str, spans: Sequence[Span]) -> None:
    """Spans right after "Pemkab", "Pemprov" or "Pemkot" (in place) taken back over it and
    made the regional government, an organisation named in full: "Pemkab Sigi" is
    "Pemerintah Kabupaten Sigi", however the tagger typed "Sigi".

    >>> t = "Pemkab Sigi membantu."
    >>> s = [Span(7, 11, "LOC")]
    >>> regional_government_spans(t, s)
    >>> (t[s[0].start : s[0].end], s[0].type, s[0].entity)
    ('Pemkab Sigi', 'ORG', 'Pemerintah Kabupaten Sigi')
    """
    for s in spans:
        if s.type == "PER":
            continue
        inside = _GOVERNMENT_OPENING.match(text, s.start, s.end)
        before = _GOVERNMENT_BEFORE.search(text, max(0, s.start - 12), s.start)
        if inside is not None:
            short, rest = inside.group(1), inside.end()
        elif before is not None:
            short, rest = before.group(1), s.start
            s.start = before.start()
        else:
            continue
        place = _REGION_HEAD.sub("", " ".join(text[rest : s.end].split()), count=1)
        s.type, s.place = "ORG", None
        s.entity = f"{_GOVERNMENT_SHORT[short]} {place}"


# Units of a police command, written as one acronym ("Satreskrim", "Ditreskrimsus"),
# then the command and its place: "Satresnarkoba Polresta <City>".
_POLICE_UNIT = re.compile(
    r"(?<![\w-])(?:Sat|Dit)(?:reskrim|reskrimum|reskrimsus|resnarkoba|lantas|intelkam|"
    r"samapta|polairud|binmas|sabhara|tahti)\s+(?:Polres|Polresta|Polrestabes|Polda|Polsek)"
    r"(?:\s+Metro)?(?:\s+[A-Z][\w-]*){1,3}"
)


def police_unit_spans(text: str, spans: list[Span]) -> None:
    """Police units with their command ("Satreskrim Polres <Place>") made organisation
    spans, in place (``spans`` in text order, not overlapping): the spans inside one (the
    command, the place) give way to it; a span running past it leaves it alone.

    >>> t = "Satreskrim Polres Garut menangkap dua pelaku."
    >>> s = [Span(18, 23, "LOC")]
    >>> police_unit_spans(t, s)
    >>> [(t[x.start : x.end], x.type) for x in s]
    [('Satreskrim Polres Garut', 'ORG')]
    """
    units = [(m.start(), m.end()) for m in _POLICE_UNIT.finditer(text)]
    if not units:
        return
    by_start = ByStart(spans)
    gone: set[int] = set()
    added: list[Span] = []
    for a, b in units:
        hits = by_start.overlapping(a, b)
        if any(h.start < a or h.end > b for h in hits):
            continue
        gone.update(id(h) for h in hits)
        added.append(Span(a, b, "ORG"))
    if added:
        kept = [s for s in spans if id(s) not in gone]
        spans[:] = sorted([*kept, *added], key=lambda x: (x.start, -x.end))
