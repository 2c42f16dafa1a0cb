"""Places and bodies named by a long designation and a name, for
:func:`warta.nlp.entities.spans.merge`.

Indonesian opens some names with a designation of several words the tagger does not read
as part of the name, and keeps only a place inside it, or cuts the name at the acronym it
declares inside: a national park ("Taman Nasional <Name>", whose name is often a
region's: "Taman Nasional <Island> Barat"), a fishing port ("Pelabuhan Perikanan
Samudera (PPS) <Town>"), a special economic zone ("Kawasan Ekonomi
Khusus (KEK) <Name>"), a power plant ("Pembangkit Listrik Tenaga <Source> (PLT<X>)
<Place>"), a coordinating ministry ("Kementerian Koordinator Bidang <Field>"), the
field posts of national agencies ("Pos SAR <Town>", "Pos Lintas Batas
Negara (PLBN) <Town>"), a venue named in English ("<Name> International Circuit") and a
state company's regional unit ("PT <Name> (Persero) <Unit> (<ACR>) <Town>").
:func:`designated_name_spans` makes each one span, named without the acronym it declares,
and the short forms the article writes with that acronym ("KEK <Name>", "PLTD <Place>",
"<Name> <ACR> <Town>") the same entity, the acronym with another name another of that
designation ("PLBN <Other Town>"); a place inside stays as a nested mention (the
name does mention it).
"""

from __future__ import annotations

import re

from warta.lexicon.indonesian import MONTHS, NAME_STOP_WORDS, WEEKDAYS
from warta.nlp.entities.gazetteer import lookup_place
from warta.nlp.entities.spanrecord import ByStart, Span
from warta.records import EntityType

__all__ = ["designated_name_spans"]

# A capitalised word of the name: no weekday or month ("... Komodo Senin").
_NOT_DATE = "|".join(w.capitalize() for w in (*WEEKDAYS, *MONTHS))
_WORD = rf"[ \t]+(?!(?:{_NOT_DATE})(?![\w-]))[A-Z][\w'’-]*"
# An acronym declared inside the name ("<Designation> (<ACR>) <Name>"), or a short form
# in mixed case ("Daerah Operasi (Daop)"); a state company's "(Persero)" is its legal
# form, part of the name.
_SHORT = r"(?!Persero\))[A-Z][A-Za-z0-9]{1,7}"
_ACRONYM = rf"[ \t]+\((?P<acr>{_SHORT})\)"
# The national agency's field posts: the search and rescue post ("SAR" for "Pencarian dan
# Pertolongan", the agency's Indonesian name since 2016), the border post and the volcano
# observation post.
_POST_FIELDS = (
    r"SAR|Pencarian[ \t]+dan[ \t]+Pertolongan|Lintas[ \t]+Batas[ \t]+Negara"
    r"|Pengamatan[ \t]+Gunung[ \t]+Api"
)
# Protected areas: a national park, a wildlife reserve, a nature reserve, a forest park
# ("Suaka Margasatwa <Name>", "Cagar Alam <Name>", "Taman Hutan Raya <Name>").
_RESERVES = (
    r"Taman[ \t]+Nasional|Suaka[ \t]+Margasatwa|Suaka[ \t]+Alam|Cagar[ \t]+Alam"
    r"|Taman[ \t]+Hutan[ \t]+Raya|Taman[ \t]+Wisata[ \t]+Alam"
)
# A power plant's source: one word ("Diesel", "Uap", "Surya") or one of the sources of two.
_POWER_SOURCE = r"(?:Panas[ \t]+Bumi|Gas[ \t]+Uap|Mesin[ \t]+Gas|Mikro[ \t]+Hidro|[A-Z][a-z]+)"
# A venue named in English, its head last ("<Sponsor> <Name> International Circuit",
# "<City> International Stadium", "<Brand> Arena"); no capitalised function word opens it.
_NOT_NAME = "|".join(w.capitalize() for w in NAME_STOP_WORDS)
_VENUE = (
    rf"(?P<venue>(?!(?:{_NOT_NAME})(?![\w-]))[A-Z][\w'’-]*(?:{_WORD}){{0,3}}?"
    r"(?:[ \t]+International)?[ \t]+(?:Circuit|Stadium|Arena))(?![\w-])"
)
# A coordinating ministry written in full: "Kementerian Koordinator Bidang <Field>", its
# fields listed with commas and "dan" ("Bidang <Field>, <Field>, dan <Field>"); a comma
# not closed by "dan" ends the name (a holder's name follows it).
_FIELDS = rf"(?:{_WORD}){{1,2}}(?:(?:,(?:{_WORD}){{1,2}})*,?[ \t]+dan(?:{_WORD}){{1,2}})?"
_DESIGNATED = re.compile(
    rf"(?<![\w-])(?:(?P<park>{_RESERVES})(?:{_WORD}){{1,3}}|{_VENUE}"
    rf"|(?P<task>Satuan[ \t]+Tugas(?:{_WORD}|[ \t]+dan){{1,6}}?)"
    rf"(?=[ \t]+\((?P<task_short>Satgas(?:{_WORD}){{1,2}})\))"
    rf"|(?P<ministry>Kementerian[ \t]+Koordinator[ \t]+Bidang{_FIELDS})(?![\w-])"
    rf"|(?:(?P<zone>Kawasan[ \t]+Ekonomi[ \t]+Khusus)"
    rf"|(?P<plant>Pembangkit[ \t]+Listrik[ \t]+Tenaga[ \t]+{_POWER_SOURCE})"
    # a fishing port by its class ("Pelabuhan Perikanan Samudera (PPS) <Town>", an ocean
    # port; "Nusantara", "Pantai"), and a fish landing place
    r"|Pelabuhan[ \t]+Perikanan[ \t]+(?:Samudera|Samudra|Nusantara|Pantai)"
    r"|Pangkalan[ \t]+Pendaratan[ \t]+Ikan"
    # a school-meal kitchen unit ("Satuan Pelayanan Pemenuhan Gizi (SPPG) <Place>"), where
    # a place has several, numbered ("<Place> 2": see below)
    r"|(?P<kitchen>Satuan[ \t]+Pelayanan[ \t]+Pemenuhan[ \t]+Gizi)"
    rf"|(?P<post>Pos[ \t]+(?P<field>{_POST_FIELDS}))"
    # (a unit only with its acronym, or its number without one: no holder's name stands
    # between it and "(Persero)"; "<Unit> <N> <Town>", an operation area by its number)
    rf"|(?P<unit>PT(?P<own>(?:{_WORD}){{1,3}})[ \t]+\(Persero\)(?P<division>(?:{_WORD}){{1,5}})"
    r"(?:(?=[ \t]+\()|[ \t]+(?P<number>\d{1,2})(?=[ \t]+[A-Z]))))"
    # (a unit numbered after its acronym: "<Unit> (<ACR>) 7 <Town>")
    rf"(?:{_ACRONYM}(?:[ \t]+\d{{1,2}}(?=[ \t]+[A-Z]))?)?(?:{_WORD}){{1,2}}"
    r"(?(kitchen)(?:[ \t]+\d{1,2}(?![\w-]))?))"
)
_DECLARED = re.compile(rf"[ \t]+\({_SHORT}\)")


def _flat(s: str) -> str:
    return " ".join(s.split())


def _designated(m: re.Match[str]) -> tuple[int, EntityType, str]:
    """The end, type and name (without the declared acronym) of the name ``m`` matched:
    a plant, a park, a zone, a venue and a border post are places people go to; a
    company's unit, a ministry and an agency's post are bodies, the search and rescue post named as
    the agency is ("SAR" written out)."""
    name = _flat(_DECLARED.sub("", m.group()))
    if m.group("unit") or m.group("ministry") or m.group("kitchen") or m.group("task"):
        return m.end(), "ORG", name
    if m.group("post"):
        field = _flat(m.group("field"))
        name = name.replace("Pos SAR ", "Pos Pencarian dan Pertolongan ", 1)
        return m.end(), "LOC" if field.startswith("Lintas") else "ORG", name
    return m.end(), "LOC", name


def _short_forms(text: str, m: re.Match[str], end: int) -> list[str]:
    """The short forms of a designated name with its declared acronym: the acronym and
    the words after it ("PLTD <Place>"), a kitchen unit's acronym alone too; a company's
    unit by the company's own name or its initials too ("<Name> <ACR> <Town>"); a task
    force by its short name ("Satgas <Short>"). A border post is also named by its bare
    town ("menyeberang di <Town>"), and a special economic zone by its bare name ("menuju
    <Name>"), when the gazetteer knows no region of that name: the crossing, a hamlet's
    or a resort's name the press gives the post or the zone."""
    forms = []
    designation = "post" if m.group("post") and m.group("field").startswith("Lintas") else "zone"
    if m.group(designation):
        town = _flat(text[(m.end("acr") if m.group("acr") else m.end(designation)) + 1 : end])
        if town and lookup_place(town) is None:
            forms.append(town)
    if m.group("task"):  # "Satuan Tugas <Field> (Satgas <Short>)": the short name
        forms.append(_flat(m.group("task_short")))
    if m.group("number"):
        forms.extend(_numbered_unit_forms(text, m, end))
    if m.group("acr") is None:
        return forms
    tail = _flat(text[m.end("acr") + 1 : end])
    forms.append(f"{m.group('acr')} {tail}")
    if m.group("kitchen"):  # "dapur SPPG itu": the kitchen the article is about
        forms.append(m.group("acr"))
    if m.group("unit"):
        own = _flat(m.group("own"))
        forms.append(f"{own} {m.group('acr')} {tail}")
        if " " in own:  # the company by its initials too ("<ABC> <ACR> <Town>")
            forms.append(f"{''.join(w[0] for w in own.split())} {m.group('acr')} {tail}")
    return forms


def _abbreviates(short: str, words: list[str]) -> bool:
    """Whether ``short`` is a syllable blend of ``words`` ("Daop" of "Daerah Operasi",
    "Divre" of "Divisi Regional"): their first letter opens it, and each next word's
    initial follows in it, in order."""
    rest = short.casefold()
    if len(words) < 2 or not rest.startswith(words[0][0].casefold()):
        return False
    at = 1
    for w in words[1:]:
        at = rest.find(w[0].casefold(), at) + 1
        if at == 0:
            return False
    return len(short) < len("".join(words))


def _numbered_unit_forms(text: str, m: re.Match[str], end: int) -> list[str]:
    """The short forms a company's unit numbered without a declared acronym ("PT <Name>
    (Persero) <Unit words> <N> <Town>") is written with: its number and town after a
    blend of the unit's words ("<Blend> <N> <Town>"), maybe after the company's own name
    or initials ("<ABC> <Blend> <N> <Town>"), as the article writes them."""
    division = m.group("division").split()
    tail = _flat(text[m.start("number") : end])
    own = _flat(m.group("own"))
    owners = {own, "".join(w[0] for w in own.split())}
    written = re.finditer(
        rf"(?<![\w-])((?:[A-Z][\w-]*[ \t]+)?)([A-Z][a-z]+)[ \t]+{re.escape(tail)}(?![\w-])",
        text[end:],
    )
    forms = []
    for w in written:
        if not _abbreviates(w.group(2), division):
            continue
        owner = _flat(w.group(1))
        forms.append(_flat(w.group()) if owner in owners else f"{w.group(2)} {tail}")
    return forms


def _others_of_designation(
    text: str, m: re.Match[str], end: int, kind: EntityType, name: str
) -> list[tuple[int, int, EntityType, str, bool]]:
    """Other places or posts of the designation ``m`` declares an acronym for, written
    by that acronym and another name ("<Designation> (<ACR>) <Town>", then "<ACR> <Other
    Town>": a second border post, zone or plant), as ``found`` items of
    :func:`designated_name_spans`; none for a company's unit (its acronym is the unit's).
    """
    if m.group("acr") is None or m.group("unit"):
        return []
    tail = _flat(text[m.end("acr") + 1 : end])
    designation = name[: len(name) - len(tail)].rstrip()
    others = re.finditer(rf"(?<![\w-]){m.group('acr')}(?P<tail>(?:{_WORD}){{1,2}})(?![\w-])", text)
    return [
        (o.start(), o.end(), kind, f"{designation} {other}", False)
        for o in others
        # (not the same name, nor one a holder's or a word runs on from)
        if not ((other := _flat(o.group("tail"))).startswith(tail) or tail.startswith(other))
    ]


def designated_name_spans(text: str, spans: list[Span]) -> None:
    """Make each designated name (:data:`_DESIGNATED`) one span, in place, and each short
    form of it the article writes: the spans inside give way, a place the gazetteer knows
    stays nested; a span running past the name leaves it alone, and a person's name in a
    company's unit (a holder after it) too.

    >>> t = "Rusa di Taman Nasional Alas Purwo mati. Pos SAR Wates mencari."
    >>> ss = [Span(23, 27, "PER"), Span(48, 53, "LOC")]
    >>> designated_name_spans(t, ss)
    >>> [(t[s.start : s.end], s.type, s.entity) for s in ss]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Taman Nasional Alas Purwo', 'LOC', 'Taman Nasional Alas Purwo'),
     ('Pos SAR Wates', 'ORG', 'Pos Pencarian dan Pertolongan Wates')]
    >>> t = "Mesin Pembangkit Listrik Tenaga Uap (PLTU) Sumberjaya rusak. PLTU Sumberjaya mati."
    >>> ss = []
    >>> designated_name_spans(t, ss)
    >>> [(t[s.start : s.end], s.entity) for s in ss]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Pembangkit Listrik Tenaga Uap (PLTU) Sumberjaya',
      'Pembangkit Listrik Tenaga Uap Sumberjaya'),
     ('PLTU Sumberjaya', 'Pembangkit Listrik Tenaga Uap Sumberjaya')]
    """
    found: list[tuple[int, int, EntityType, str, bool]] = []
    for m in _DESIGNATED.finditer(text):
        end, kind, name = _designated(m)
        found.append((m.start(), end, kind, name, bool(m.group("unit"))))
        # (a zone's bare name may come before its full one, in the lead; a short form
        # with the acronym only after it)
        zone = m.group("zone") is not None
        bare = _flat(text[(m.end("acr") if m.group("acr") else m.end("zone")) + 1 : end])
        for form in _short_forms(text, m, end):
            anywhere = zone and form == bare
            for s in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
                if s.start() >= end or (anywhere and s.end() <= m.start()):
                    found.append((s.start(), s.end(), kind, name, False))
        found.extend(_others_of_designation(text, m, end, kind, name))
    if not found:
        return
    by_start = ByStart(spans)
    gone: set[int] = set()
    added: list[Span] = []
    for start, end, kind, name, unit in sorted(found, key=lambda f: (f[0], -f[1])):
        hits = by_start.overlapping(start, end)
        if any(h.start < start or h.end > end or (unit and h.type == "PER") for h in hits):
            continue
        if added and start < added[-1].end:
            continue  # "<ACR> <Town>" inside "<Name> <ACR> <Town>", found already
        for h in hits:
            if h.place is not None and h.type == "LOC":
                h.nested = True
            else:
                gone.add(id(h))
        added.append(Span(start, end, kind, entity=name))
    if added:
        kept = [s for s in spans if id(s) not in gone]
        spans[:] = sorted([*kept, *added], key=lambda x: (x.start, -x.end))
