"""Short forms an article declares or writes by convention for a body it names, which the
tagger leaves out or types as something else.

* :func:`declared_acronym_spans`: "<Long Name> (ABC)" declares "ABC"; a bare "ABC" later
  is that state or body, also when the long name is a place the gazetteer knows (the
  tagger finds an organisation's acronym itself, rarely a state's).
* :func:`regional_government_spans`: "Pemkab <Regency>", "Pemprov <Province>", "Pemkot
  <City>": the regional government, an organisation, not the place after it.
* :func:`police_unit_spans`: "Satreskrim Polres <Place>" and the like, the unit of a
  police command, which the tagger misses whole; :func:`parliament_unit_spans` likewise
  "Fraksi <Party> DPR", "Komisi III DPR"; :func:`gang_spans` the name after "geng motor";
  :func:`campus_spans` "Universitas <Name>" and other campuses.

Each is one pass over the text (one compiled pattern) or over the spans.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.lexicon.indonesian import (
    MONTHS,
    RANKS_BEFORE_NAME,
    REGIONAL_UNIT_HEADS,
    TITLE_WORDS,
    WEEKDAYS,
)
from warta.lexicon.regex_gate import WordGated
from warta.nlp.entities.gazetteer import load_gazetteer
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
_POLICE_UNIT = WordGated(
    re.compile(
        r"(?<![\w-])(?:Sat|Dit)(?:reskrim|reskrimum|reskrimsus|resnarkoba|lantas|intelkam|"
        r"samapta|polairud|binmas|sabhara|tahti)\s+(?:Polres|Polresta|Polrestabes|Polda|Polsek)"
        r"(?:\s+Metro)?(?:\s+[A-Z][\w-]*){1,3}"
    )
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
    _unit_spans(text, spans, _POLICE_UNIT)


# A regional command or office by its short name and its territory ("Polresta <City>
# Kota", "Kejari <Regency>", "Kodim <Town>"): up to three capitalised words after it,
# none in capitals (a rank, "AKBP", opens its commander's name).
_REGIONAL_COMMAND = WordGated(
    re.compile(
        r"(?<![\w-])(?:"
        + "|".join(sorted((w.capitalize() for w in REGIONAL_UNIT_HEADS), key=len, reverse=True))
        + r")(?:[ \t]+[A-Z][a-z][\w'’-]*){1,3}"
    )
)


def regional_command_spans(text: str, spans: list[Span]) -> None:
    """A regional command named by its short name and territory (:data:`_REGIONAL_COMMAND`),
    where the tagger found only the territory or nothing, made one organisation span, in
    place, as :func:`campus_spans` (cut before a person inside it).

    >>> t = "Polisi berkoordinasi dengan Polresta Tegalrejo Kota untuk berjaga."
    >>> s = [Span(37, 46, "LOC")]
    >>> regional_command_spans(t, s)
    >>> [(t[x.start : x.end], x.type) for x in s]
    [('Polresta Tegalrejo Kota', 'ORG')]
    """
    bounds = {
        m: (a, end)
        for m, (a, b) in _before_people(text, spans, _REGIONAL_COMMAND).items()
        if (end := _before_rank(text, a, b)) > text.find(" ", a)
    }
    _unit_spans(text, spans, _REGIONAL_COMMAND, bounds=bounds)
    _one_name_per_command(text, spans, set(bounds.values()))


def _one_name_per_command(text: str, spans: Sequence[Span], ours: set[tuple[int, int]]) -> None:
    """Name the command spans ``ours`` written with two spellings of one province
    ("Polda <Province>", "Polda <Province short>") by the first written, in place."""
    gazetteer = load_gazetteer()
    first: dict[tuple[str, str], str] = {}
    named: list[tuple[Span, tuple[str, str]]] = []
    for x in spans:
        if (x.start, x.end) not in ours or x.entity is not None:
            continue
        head, _, territory = " ".join(text[x.start : x.end].split()).partition(" ")
        place = gazetteer.lookup(territory)
        if place is not None and place.subtype == "provinsi":
            key = (head, place.name)
            first.setdefault(key, f"{head} {territory}")
            named.append((x, key))
    for x, key in named:
        if " ".join(text[x.start : x.end].split()) != first[key]:
            x.entity = first[key]


# Words that end a command's name: the rank or title of its commander after it ("Polres
# <Regency> AKBP <Name>", "Polda <Province> Irjen <Name>"), a date word. ("Kota" and
# "Besar", titles' words too, name a city's command: "Polresta <City> Kota".)
_NOT_TERRITORY = (
    RANKS_BEFORE_NAME | TITLE_WORDS | frozenset(WEEKDAYS) | frozenset(MONTHS)
) - {"kota", "besar"}


def _before_rank(text: str, start: int, end: int) -> int:
    """End of a command's name ``text[start:end]`` before the first word of
    :data:`_NOT_TERRITORY` in it (its end when none)."""
    for m in re.finditer(r"\S+", text[start:end]):
        if m.start() and m.group().casefold() in _NOT_TERRITORY:
            return _before_blanks(text, start + m.start())
    return end


# A parliament's faction or commission with its house: "Fraksi <Party> DPR", "Komisi III
# DPR" (a party of up to four words; commissions numbered in Roman or Arabic figures); a
# regional house with its region ("DPRD <Region>", up to two words, maybe "Kabupaten"
# before them); a faction without its house by its party's one word ("Fraksi PKB").
_PARLIAMENT_UNIT = WordGated(
    re.compile(
        r"(?<![\w-])(?:(?:Fraksi[ \t]+(?:[A-Z][\w-]*[ \t]+){1,4}?"
        r"|Komisi[ \t]+(?P<number>[IVX]{1,4}|\d{1,2})[ \t]+)"
        r"(?:DPRD(?:[ \t]+(?:Provinsi|Kabupaten|Kota))?(?:[ \t]+[A-Z][\w-]*){0,2}|DPR|DPD|MPR"
        r"|Dewan[ \t]+Perwakilan[ \t]+Rakyat(?:[ \t]+Daerah)?)(?:[ \t]+RI)?"
        r"|Fraksi[ \t]+(?:Partai[ \t]+)?[A-Z][\w-]*)(?![\w-])"
    )
)
# The house a faction or commission belongs to, as a span inside the unit opens.
_HOUSE = re.compile(r"(?:DPRD|DPR|DPD|MPR|Dewan[ \t]+Perwakilan)(?![\w-])")
# A commission named by its number alone ("Komisi IX menyetujui ...").
_BARE_COMMISSION = WordGated(
    re.compile(
        r"(?<![\w-])(?P<unit>Komisi[ \t]+(?P<number>[IVX]{1,4}|\d{1,2}))(?![\w-])"
        r"(?![ \t]+(?:DPR|DPD|MPR|Dewan))"
    )
)
# A gang named after "geng (motor)": its name, up to three capitalised words.
_GANG = WordGated(
    re.compile(
        r"(?<![\w-])[Gg]eng(?:[ \t]+motor)?[ \t]+"
        r"(?P<unit>[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,2})(?![\w-])"
    )
)


def parliament_unit_spans(text: str, spans: list[Span]) -> None:
    """A faction or commission of a parliament with its house ("Fraksi <Party> DPR",
    "Komisi III DPR") made one organisation span, in place, as :func:`police_unit_spans`;
    the house's own span stays, nested (the commission is named as the house's).

    >>> t = "Fraksi Partai Hanura DPR dan Komisi IV DPR menolak."
    >>> s = [Span(7, 20, "ORG"), Span(21, 24, "ORG"), Span(39, 42, "ORG")]
    >>> parliament_unit_spans(t, s)
    >>> [(t[x.start : x.end], x.nested) for x in s]
    [('Fraksi Partai Hanura DPR', False), ('DPR', True), ('Komisi IV DPR', False), ('DPR', True)]
    """
    full = {
        m.group("number"): " ".join(m.group().split())
        for m in _PARLIAMENT_UNIT.finditer(text)
        if m.group("number")
    }
    bounds = _before_people(text, spans, _PARLIAMENT_UNIT)
    _unit_spans(text, spans, _PARLIAMENT_UNIT, bounds=bounds)
    if full:  # "Komisi IX" alone after "Komisi IX DPR": that commission
        _unit_spans(text, spans, _BARE_COMMISSION, full)
    _one_faction_per_party(text, spans)


def _one_faction_per_party(text: str, spans: Sequence[Span]) -> None:
    """Name the faction spans of one party by the longest ("Fraksi <Party>" and "Fraksi
    Partai <Party> DPR" are one faction): the party's words after "Fraksi", "Partai" aside,
    up to the house."""
    factions: dict[tuple[str, ...], list[Span]] = {}
    for x in spans:
        words = text[x.start : x.end].split()
        if x.type != "ORG" or len(words) < 2 or words[0] != "Fraksi":
            continue
        party = []
        for w in words[1:]:
            if _HOUSE.match(w):
                break
            if w != "Partai":
                party.append(w.casefold())
        factions.setdefault(tuple(party), []).append(x)
    for same in factions.values():
        longest = max(same, key=lambda x: x.end - x.start)
        for x in same:
            x.entity = " ".join(text[longest.start : longest.end].split())


def gang_spans(text: str, spans: list[Span]) -> None:
    """The name after "geng (motor)" made an organisation span (a gang), in place, as
    :func:`police_unit_spans`.

    >>> t = "Polisi memburu geng motor Serigala Malam di Cianjur."
    >>> s = [Span(26, 40, "PER")]
    >>> gang_spans(t, s)
    >>> [(t[x.start : x.end], x.type) for x in s]
    [('Serigala Malam', 'ORG')]
    """
    _unit_spans(text, spans, _GANG)


# A campus by its name: its head, then up to five capitalised words ("Universitas Negeri
# <City>", "Institut Teknologi <Name>"), maybe its acronym declared inside and the words
# after it ("Universitas Islam Negeri (<ACR>) <Hero> <City>").
_CAMPUS = WordGated(
    re.compile(
        r"(?<![\w-])(?:Universitas|Institut|Politeknik|Sekolah[ \t]+Tinggi|Akademi)"
        r"(?:[ \t]+[A-Z][\w'’-]*){1,5}"
        r"(?P<own>[ \t]+\([A-Z][A-Za-z]{1,6}\)(?:[ \t]+[A-Z][\w'’-]*){1,4})?"
    )
)


def campus_spans(text: str, spans: list[Span]) -> None:
    """A university, institute or polytechnic named by its head and capitalised words
    ("mahasiswa Universitas <Name>", which the tagger often leaves untagged or reads as
    the students' name) made an organisation span, in place: it stops before a person
    span inside it ("mahasiswa Universitas <Name> <Given> <Surname>"); the places inside
    give way; a span running past it leaves it alone.

    >>> t = "Kata mahasiswa Universitas Negeri Kupang Yohanes Bani, kampus harus terbuka."
    >>> s = [Span(34, 40, "LOC"), Span(41, 53, "PER")]
    >>> campus_spans(t, s)
    >>> [(t[x.start : x.end], x.type) for x in s]
    [('Universitas Negeri Kupang', 'ORG'), ('Yohanes Bani', 'PER')]
    """
    bounds = _before_people(text, spans, _CAMPUS)
    for m in _CAMPUS.finditer(text):
        if not m.group("own") or m.span() not in bounds:
            continue
        if _campus_named_after(m.group("own")):
            bounds[m.span()] = m.span()  # "(<ACR>) <Hero> <City>": the hero is its namesake
        else:  # "<Campus> (<ACR>) <City>": the campus's name ends before its acronym
            start, end = bounds[m.span()]
            bounds[m.span()] = (start, min(end, m.start("own")))
    _unit_spans(text, spans, _CAMPUS, bounds=bounds)


def _campus_named_after(own: str) -> bool:
    """Whether the words after a campus's declared acronym (" (<ACR>) <Words>") are its
    own name, a namesake and the city it stands in: they end with a place the gazetteer
    knows ("(<ACR>) <Hero> <City>"), not with a person's name ("(<ACR>) <Given>
    <Surname>", a student or a lecturer cited after it).

    >>> _campus_named_after(" (UIN) Raden Intan Lampung"), _campus_named_after(" (UI) Budi Santoso")
    (True, False)
    """
    words = own.split()[1:]
    gazetteer = load_gazetteer()
    return len(words) > 1 and any(
        (p := gazetteer.lookup(" ".join(words[k:]))) is not None and p.type == "LOC"
        for k in range(1, len(words))
    )


# A foundation by its name: "Yayasan", then up to five capitalised words (a school's,
# an orphanage's or a volunteer brigade's owner, "Yayasan <Field> <Name>").
_FOUNDATION = WordGated(re.compile(r"(?<![\w-])Yayasan(?:[ \t]+[A-Z][\w'’-]*){1,5}"))


def foundation_spans(text: str, spans: list[Span]) -> None:
    """A foundation named by "Yayasan" and its name (:data:`_FOUNDATION`) made one
    organisation span, in place, as :func:`campus_spans`: it stops before a person
    span inside it; the spans inside give way; a span running past leaves it alone.

    >>> t = "Ketua Yayasan Bina Kasih Lestari, Yohana Sari, hadir."
    >>> s = [Span(34, 45, "PER")]
    >>> foundation_spans(t, s)
    >>> [(t[x.start : x.end], x.type) for x in s]
    [('Yayasan Bina Kasih Lestari', 'ORG'), ('Yohana Sari', 'PER')]
    """
    _unit_spans(text, spans, _FOUNDATION, bounds=_before_people(text, spans, _FOUNDATION))


# A company abroad named by the word of its trade in its own (Spanish, Portuguese,
# Italian or French) language, before its name: a bank ("Banco", "Banca", "Banque"), a
# finance, insurance or savings house ("Financiera", "Aseguradora", "Caja"), a group,
# a company, a holding ("Grupo", "Compañía", "Companhia", "Société", "Inversiones"),
# then up to four capitalised words, with the articles and prepositions such a name
# joins them by ("del", "de la", "do", "du"). The tagger reads these names as a
# person's or a place's (a Spanish word is a given name or a town to it).
_FOREIGN_COMPANY = WordGated(
    re.compile(
        r"(?<![\w-])(?:Banco|Banca|Banque|Financiera|Aseguradora|Caja|Grupo|Compa[ñn]{1,2}[ií]a"
        r"|Companhia|Soci[ée]t[ée]|Inversiones|Corporaci[óo]n|Constructora|Petr[óo]leos)"
        r"(?:[ \t]+(?:(?:de|del|de[ \t]+la|de[ \t]+los|de[ \t]+las|do|da|dos|das|di|della|du|des)"
        r"[ \t]+)?(?!(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)(?![\w-]))[A-Z][\w&'’-]*){1,4}"
    )
)


def foreign_company_spans(text: str, spans: list[Span]) -> None:
    """A company abroad named by its trade's word in its own language and its name
    (:data:`_FOREIGN_COMPANY`) made one organisation span, in place: the spans inside
    give way, a person's too (such a company is often named after its founder's family,
    "Grupo <Surname>"); a span running past leaves it alone.

    >>> t = "Sanksi jatuh pada Banco Austral dan Financiera del Sur, Senin."
    >>> s = [Span(24, 31, "PER"), Span(36, 54, "LOC")]
    >>> foreign_company_spans(t, s)
    >>> [(t[x.start : x.end], x.type) for x in s]
    [('Banco Austral', 'ORG'), ('Financiera del Sur', 'ORG')]
    """
    _unit_spans(text, spans, _FOREIGN_COMPANY)


# An organ of an organisation named with the short form it declares in brackets and
# then the organisation's own acronym: "Komite <Field> (<ACR>) <ORG>", "Dewan <Field>
# (<ACR>) <ORG>". (The region after a regional body's declared short form is
# :mod:`~warta.nlp.entities.regionalbodies`'s; "RI" names the state and "DKI", "DI" a
# special region, no parent body.)
_ORGAN_OF_ACRONYM = WordGated(
    re.compile(
        r"(?<![\w-])(?P<organ>(?:Komite|Komisi|Dewan|Badan|Majelis|Lembaga|Mahkamah)"
        r"(?:[ \t]+[A-Z][a-z][\w-]*){1,4})"
        r"[ \t]+\((?P<short>[A-Z][A-Za-z]{1,9})\)"
        r"[ \t]+(?P<parent>(?!(?:RI|DKI|DI)(?![\w-]))[A-Z]{2,6})(?![\w-])"
    )
)


def organ_of_acronym_spans(text: str, spans: list[Span]) -> None:
    """An organ named with its declared short form and its parent's acronym
    (:data:`_ORGAN_OF_ACRONYM`) made one organisation span, in place, named without the
    bracket ("<Organ> <PARENT>"); the spans inside give way, one running past leaves it
    alone; the article's other spans of the organ alone, its short form alone or with
    the parent ("<ACR> <PARENT>") are named so too. A parent the gazetteer knows is a
    region, left to the regional bodies.

    >>> t = "Dewan Etik (Detik) IDI memecat dia. Detik menolak."
    >>> s = [Span(0, 10, "ORG"), Span(12, 17, "ORG"), Span(36, 41, "ORG")]
    >>> organ_of_acronym_spans(t, s)
    >>> [(t[x.start : x.end], x.entity) for x in s]
    [('Dewan Etik (Detik) IDI', 'Dewan Etik IDI'), ('Detik', 'Dewan Etik IDI')]
    """
    gazetteer = load_gazetteer()
    names: dict[str, str] = {}
    bounds: dict[tuple[int, int], tuple[int, int]] = {}
    for m in _ORGAN_OF_ACRONYM.finditer(text):
        if gazetteer.lookup(m.group("parent")) is not None:
            continue
        name = f"{' '.join(m.group('organ').split())} {m.group('parent')}"
        for form in (m.group("organ"), m.group("short"), f"{m.group('short')} {m.group('parent')}"):
            names[" ".join(form.split())] = name
        bounds[m.span()] = m.span()
    if not bounds:
        return
    _unit_spans(text, spans, _ORGAN_OF_ACRONYM, bounds=bounds)
    for x in spans:
        surface = " ".join(text[x.start : x.end].split())
        if (x.start, x.end) in bounds:
            x.entity = names[f"{surface.split(' (')[0]}"]
        elif x.type == "ORG" and x.place is None and surface in names:
            x.entity = names[surface]


# A company by its legal form, written before its name: a limited company ("PT"), a
# partnership ("CV"), a regional enterprise ("Perumda", written out with its acronym
# declared: "Perusahaan Umum Daerah (Perumda)"; its former form "PD" before the market or
# water business it runs, "PD Pasar <Name>": alone, "PD" is a party's) or a bus company
# ("PO", Perusahaan Otobus), then up to seven capitalised words. ("Perum" is left out: a state
# enterprise is cited by its name alone as often, "<Name>" after "Perum <Name>".) A state-owned
# company's "(Persero)" may stand after its name, and the name goes on over the unit
# of the company it names ("PT <Name> (Persero) Unit Induk <Region>").
_ENTERPRISE = WordGated(
    re.compile(
        r"(?<![\w.-])(?P<form>PT|CV|Perumda|PO|Perusahaan[ \t]+Umum[ \t]+Daerah[ \t]+\(Perumda\)"
        r"|PD(?=[ \t]+(?:Pasar|Air[ \t]+Minum)(?![\w-])))"
        r"(?:[ \t]+(?!(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)(?![\w-]))"
        r"[A-Z][\w&'’-]*(?:[ \t]+\(Persero\))?){1,7}"
    )
)


_STATE_FORM_AFTER = re.compile(
    r"[ \t]+\(Persero\)[ \t]+(?:[A-Z]|dan[ \t]|(?:itu|tersebut|ini)(?![\w-]))"
)


def enterprise_spans(text: str, spans: list[Span]) -> None:
    """A company named after its legal form (:data:`_ENTERPRISE`) that the tagger cut
    short or read as a person or a place ("PO <Name>": the founder's or a wish's name;
    "Perumda Pasar <Name>": the market the company runs) made one organisation span, in
    place: the spans inside give way; one already opening at the legal form stays (the
    tagger found the company), and a span running past leaves it alone.

    >>> t = "Bus milik PO Sinar Rahayu Lestari itu terguling."
    >>> s = [Span(13, 33, "PER")]
    >>> enterprise_spans(t, s)
    >>> [(t[x.start : x.end], x.type) for x in s]
    [('PO Sinar Rahayu Lestari', 'ORG')]
    >>> t = "Kios disewa dari Perusahaan Umum Daerah (Perumda) Pasar Mekar Sari sejak lama."
    >>> s = [Span(17, 39, "ORG"), Span(41, 48, "ORG"), Span(50, 66, "LOC")]
    >>> enterprise_spans(t, s)
    >>> [(t[x.start : x.end], x.type, x.entity) for x in s]  # doctest: +NORMALIZE_WHITESPACE
    [('Perusahaan Umum Daerah (Perumda) Pasar Mekar Sari', 'ORG',
      'Perusahaan Umum Daerah Pasar Mekar Sari')]
    """
    # A span the tagger ended before a state company's "(Persero)" and its unit or status
    # ("PT <Name>| (Persero) <Unit>", "... (Persero) Tbk"), or before its one partner
    # ("PT <Name>| (Persero) dan <Partner>"), or before a demonstrative closing the noun
    # phrase ("anak usaha PT <Name>| (Persero) itu") found the company's own name only:
    # the name runs on over its legal form. (Before a verb or a comma the tagger's span
    # stays, "PT <Name>", the form the company is cited by later. Before a full stop it
    # stays too: the former-name rules read "bernama PT <Name>" so, and name it after a
    # body named before, not yet the one the sentence speaks of.)
    # (a span that ends with the legal form written out, "Perusahaan Umum Daerah
    # (Perumda)", found the form, not the company)
    opened = {x.start: x.end for x in spans if not _STATE_FORM_AFTER.match(text, x.end)}
    found = [m for m in _ENTERPRISE.finditer(text) if opened.get(m.start(), -1) <= m.end("form")]
    bounds = {m.span(): m.span() for m in found}
    if bounds:
        _cut_before_legal_forms(text, spans, bounds)
    _unit_spans(text, spans, _ENTERPRISE, bounds=bounds)
    # The company written with its form's acronym declared is named without the bracket,
    # and the acronym written alone later ("sekarang Perumda") is that company, when the
    # article declares it for one company only.
    declared = {m.span(): m for m in found if "(" in m.group("form")}
    names = {
        span: " ".join(f"{m.group('form').split(' (')[0]}{text[m.end('form') : m.end()]}".split())
        for span, m in declared.items()
    }
    alone = {m.group("form").split("(")[1].rstrip(")") for m in declared.values()}
    company = next(iter(set(names.values()))) if len(set(names.values())) == 1 else None
    for x in spans:
        if (x.start, x.end) in names:
            x.entity = names[(x.start, x.end)]
        elif company is not None and x.type == "ORG" and text[x.start : x.end] in alone:
            x.entity = company


def _cut_before_legal_forms(
    text: str, spans: Sequence[Span], bounds: dict[tuple[int, int], tuple[int, int]]
) -> None:
    """Cut, in place, a span that runs from before a company's legal form into its name
    ("Area <Place> | Perumda <Name>"): the legal form opens a name, so what stands before
    it (the company's area, the place it serves) is no part of that name."""
    by_start = ByStart(spans)
    for a, b in bounds.values():
        for h in by_start.overlapping(a, b):
            if h.start < a < h.end <= b and h.place is None and text[h.start : a].strip():
                h.end = _before_blanks(text, a)


def _before_people(
    text: str, spans: Sequence[Span], pattern: WordGated
) -> dict[tuple[int, int], tuple[int, int]]:
    """``{match: (start, end)}`` for the matches of ``pattern``, each cut before the first
    person span starting inside it, kept while two words or more are left."""
    by_start: ByStart | None = None
    ends: dict[tuple[int, int], tuple[int, int]] = {}
    for m in pattern.finditer(text):
        by_start = by_start or ByStart(spans)
        people = [h.start for h in by_start.overlapping(*m.span()) if h.type == "PER"]
        end = min((p for p in people if p > m.start()), default=m.end())
        end = _before_blanks(text, end)
        if " " in text[m.start() : end].strip():
            ends[m.span()] = (m.start(), end)
    return ends


def _before_blanks(text: str, end: int) -> int:
    """``len(text[:end].rstrip(" \\t"))``, without copying the text up to ``end`` (which,
    per match, was quadratic)."""
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    return end


def _unit_spans(
    text: str,
    spans: list[Span],
    pattern: WordGated,
    entities: dict[str, str] | None = None,
    bounds: dict[tuple[int, int], tuple[int, int]] | None = None,
) -> None:
    """Every match of ``pattern`` (its group "unit" if it has one) made an organisation
    span, in place: the spans inside give way to it; a span running past leaves it alone.
    With ``entities``, only matches whose group "number" is a key, named by its value;
    with ``bounds``, only matches that are keys, cut to their values."""
    if bounds is not None and not bounds:
        return  # no match is a key: no second pass of the pattern over the whole text
    named = "unit" in pattern.groupindex
    units = []
    names: dict[tuple[int, int], str] = {}
    for m in pattern.finditer(text):
        if entities is not None and m.group("number") not in entities:
            continue
        if bounds is not None and m.span() not in bounds:
            continue
        units.append(bounds[m.span()] if bounds else m.span("unit") if named else m.span())
        if entities is not None:
            names[units[-1]] = entities[m.group("number")]
    if not units:
        return
    by_start = ByStart(spans)
    gone: set[int] = set()
    added: list[Span] = []
    for a, b in units:
        hits = by_start.overlapping(a, b)
        if any(h.start < a or h.end > b for h in hits):
            continue
        for h in hits:
            if pattern is _PARLIAMENT_UNIT and h.type == "ORG" and _HOUSE.match(text, h.start):
                h.nested = True  # the house is named too: "Komisi III DPR" is of the DPR
            else:
                gone.add(id(h))
        added.append(Span(a, b, "ORG", entity=names.get((a, b))))
    if added:
        kept = [s for s in spans if id(s) not in gone]
        spans[:] = sorted([*kept, *added], key=lambda x: (x.start, -x.end))


# The heads of the territories under a regency, from district to hamlet (Yogyakarta's
# own: "Kapanewon", "Kemantren", "Kalurahan", "Padukuhan").
_TERRITORY_HEADS = (
    "Kecamatan", "Kelurahan", "Desa", "Dusun", "Kampung", "Nagari", "Gampong", "Distrik",
    "Kapanewon", "Kemantren", "Kalurahan", "Padukuhan",
)

# A territory by its head and name ("Kecamatan <Name>", "Kelurahan <Name> <Name>"), and a
# second one joined by "dan" under the same head ("Kecamatan <A> dan <B>"): up to three
# capitalised words each.
# (Palembang numbers its riverside wards: "Kelurahan 13 Ulu", "Kelurahan 5 Ilir")
_TERRITORY = re.compile(
    rf"(?<![\w-])(?P<head>{'|'.join(_TERRITORY_HEADS)})"
    r"(?:[ \t]+\d{1,2}(?=[ \t]+[A-Z]))?(?:[ \t]+[A-Z][\w'’-]*){1,3}"
    r"(?:[ \t]+dan[ \t]+(?P<second>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}))?"
)


# Landmarks by their head, untagged or cut short: "Pantai <Name>", "Pelabuhan <Name>
# <Name>" (heads that open no street address nor a metonym: no "Jalan", "Gedung"; no
# "Museum": a museum is run, an organisation). A market is a place ("Pasar <Name>"): the
# stalls and the square, where traders sell and are found. A sports hall ("GOR <Name>",
# "Gedung Olahraga") and a monument or a temple ruin ("Tugu <Name>", "Candi <Name>") too,
# and a bridge ("Jembatan <Name>"). An airport is "Bandara" or, written out, "Bandar
# Udara", maybe "Internasional" after it. One named after a hero may carry his rank or
# royal title before his three names ("Stadion Kapten <Birth-order> <Given> <Name>",
# "Bandar Udara Sultan <Name>", a Saudi airport's "Bandara Internasional King <Name>").
_LANDMARK = re.compile(
    r"(?<![\w-])(?:Pantai|Pelabuhan|Bandara|Bandar[ \t]+Udara|Stadion|Terminal|Stasiun|Benteng"
    r"|Monumen|Pasar|Makam|Masjid|Gereja|Klenteng|Vihara|GOR|Tugu|Candi|Jembatan)"
    r"(?:[ \t]+Internasional)?"
    r"(?:[ \t]+(?P<rank>Kapten|Letnan|Mayor|Kolonel|Jenderal|Laksamana|Marsekal|Sultan|Raja|King))?"
    r"(?:[ \t]+[A-Z][\w'’-]*){1,3}"
)
# Waters by their head, "Sungai <Name>", "Danau <Name>", "Teluk <Name>", "Selat <Name>",
# and a river by its head in the regional languages that name it so (Acehnese "Krueng",
# Batak "Aek", Javanese "Kali", Balinese "Tukad"); mountains by theirs ("Gunung <Name>",
# "Pegunungan <Name>"), and a geological fault ("Sesar <Name>"): the tagger leaves them
# untagged or reads the unknown head as a given name. No person's name opens with these
# words, so the feature wins over a person span of its first words.
_WATERS = re.compile(
    r"(?<![\w-])(?:Sungai|Danau|Teluk|Selat|Krueng|Aek|Kali|Tukad|Gunung|Pegunungan|Sesar)"
    r"(?:[ \t]+[A-Z][\w'’-]*){1,3}"
)


class _WordCounts:
    """How often the article writes a name, case aside: its words indexed once, on the
    first question (a count of the whole text per name grew with the text twice)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: dict[str, list[int]] | None = None

    def count(self, name: str) -> int:
        if self._starts is None:
            self._starts = {}
            for m in re.finditer(r"\w+", self._text):
                self._starts.setdefault(m.group().casefold(), []).append(m.start())
        words = name.casefold().split()
        n = len(name)
        return sum(
            self._text[i : i + n].casefold().split() == words
            for i in self._starts.get(words[0], ())
        )


# The later items of a list after a territory's first ("Kecamatan <A>, <B>, dan <C>"):
# names of up to three capitalised words after commas, the last after a conjunction.
_LIST_ITEMS = re.compile(
    r"(?P<items>(?:,[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})+)"
    r",?[ \t]+(?:dan|atau|serta)[ \t]+(?P<last>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})"
)
_LIST_ITEM = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}")


def _listed_territories(text: str, head: str, end: int) -> dict[tuple[int, int], str]:
    """``{span: "<head> <name>"}`` for the later items of a list of territories opened by
    one head at ``end`` ("Kecamatan <A>, <B>, dan <C>": the head is every item's). Not
    a hierarchy ("Kecamatan <A>, Kabupaten <B>, dan ..."), nor a list holding a place
    the gazetteer knows (a regency or a province after the district is no district).

    >>> t = "di Kecamatan Sukaraja, Cibeber, dan Pasir Jaya."
    >>> _listed_territories(t, "Kecamatan", 21)
    {(23, 30): 'Kecamatan Cibeber', (36, 46): 'Kecamatan Pasir Jaya'}
    """
    m = _LIST_ITEMS.match(text, end)
    if m is None:
        return {}
    items = [*_LIST_ITEM.finditer(text, m.start("items"), m.end("items"))]
    spans = [x.span() for x in items] + [m.span("last")]
    gazetteer = load_gazetteer()
    names = [text[a:b] for a, b in spans]
    if any(n.split()[0] in _PLACE_HEAD_WORDS or gazetteer.lookup(n) for n in names):
        return {}
    return {span: f"{head} {name}" for span, name in zip(spans, names, strict=True)}


# Words heading a place's name, which open a level of a hierarchy, not a list's item.
_PLACE_HEAD_WORDS = frozenset(("Kabupaten", "Kota", "Provinsi", *_TERRITORY_HEADS, "Jalan"))


def _headless_name(
    text: str, hits: Sequence[Span], start: int, end: int, counts: _WordCounts
) -> bool:
    """Whether ``hits`` are one place span of the name of the territory ``start:end``
    without its head word ("<Name>" of "Kecamatan <Name>"), to be given its head back:
    a name the gazetteer does not know (a known place keeps its own name), written only
    after that head (a name the article writes bare elsewhere too keeps one entity with
    its bare mentions; a mountain's bare mentions are made its forms after), and no
    office's unit ("Kepala Desa <Name>": the office's, named bare).
    """
    if len(hits) != 1:
        return False
    h = hits[0]
    head_end = text.find(" ", start, end)
    if h.type != "LOC" or h.place is not None or h.end != end or h.start != head_end + 1:
        return False
    name = text[h.start : h.end]
    bare = counts.count(name) - counts.count(text[start:end])
    if bare and not _MOUNTAIN.fullmatch(text, start, end):
        return False
    return _OFFICE_BEFORE.search(text, max(0, start - 12), start) is None


# An office's title before a territory's head: "Kepala Desa <Name>", "Lurah".
_OFFICE_BEFORE = re.compile(r"(?<![\w-])(?:Kepala|Wakil|Sekretaris|Ketua)[ \t]+$")


def territory_spans(text: str, spans: list[Span]) -> None:
    """Territories by their head ("Kecamatan <Name>", "Kelurahan <Name>") that the tagger
    left untagged or cut short ("Kelurahan <Word>| <Word>") made place spans, in place, as
    is the second of "Kecamatan <A> dan <B>" (``spans`` in text order, not overlapping).
    A span of the territory's first words gives way; a span running past, one of the name
    alone ("<Name>" tagged without its head, which names the territory already), a place
    the gazetteer knows or a person inside ("<Territory> <Holder>") leave it alone.

    >>> t = "Banjir di Kecamatan Sukaraja dan Cibeber Hilir. Warga Kelurahan Sei Rampah pergi."
    >>> s = [Span(54, 67, "LOC")]  # "Kelurahan Sei"
    >>> territory_spans(t, s)
    >>> [(t[x.start : x.end], x.type) for x in s]
    [('Kecamatan Sukaraja', 'LOC'), ('Cibeber Hilir', 'LOC'), ('Kelurahan Sei Rampah', 'LOC')]
    """
    found: list[tuple[int, int]] = []
    named: dict[tuple[int, int], str] = {}
    for m in _TERRITORY.finditer(text):
        first_end = m.start("second") - len(" dan ") if m.group("second") else m.end()
        found.append((m.start(), _before_blanks(text, first_end)))
        if m.group("second"):
            found.append(m.span("second"))
        else:
            named.update(_listed_territories(text, m.group("head"), m.end()))
    found.extend(named)
    # landmarks by their head too ("Pantai <Name>", "Pelabuhan <Name>"), the same way
    found.extend(m.span() for m in _LANDMARK.finditer(text))
    waters = {m.span() for m in _WATERS.finditer(text)}
    found.extend(waters)
    found.sort()
    if not found:
        return
    by_start = ByStart(spans)
    counts = _WordCounts(text)
    gone: set[int] = set()
    added: list[Span] = []
    headed: list[Span] = []  # the tagger's spans given their head back
    for a, b in found:
        hits = by_start.overlapping(a, b)
        if _declared_church_body(text, hits, a, b):
            continue  # "Gereja <Denomination> <Region> (<ACR>)": the church, a body
        if _headless_name(text, hits, a, b, counts):
            hits[0].start = a  # the head names the territory: "Kecamatan <Name>"
            headed.append(hits[0])
            continue
        if any(
            h.start != a or h.end > b or h.place is not None
            or (h.type == "PER" and (a, b) not in waters)
            for h in hits
        ) and not (
            _head_read_as_given_name(text, hits, a, b)
            or _named_after_place(text, hits, a, b)
            or _named_after_ranked_hero(text, hits, a, b)
            or _places_in_compound(text, hits, a, b)
        ):
            continue  # the name tagged without its head ("<Name>") already names it
        gone.update(id(h) for h in hits)
        added.append(Span(a, b, "LOC", entity=named.get((a, b))))
    if added:
        kept = [s for s in spans if id(s) not in gone]
        spans[:] = sorted([*kept, *added], key=lambda x: (x.start, -x.end))
    mountains = [x for x in (*added, *headed) if _MOUNTAIN.fullmatch(text, x.start, x.end)]
    if mountains:
        _bare_mountain_names(text, spans, mountains)


def _head_read_as_given_name(text: str, hits: Sequence[Span], start: int, end: int) -> bool:
    """Whether the tagger read a landmark's or a water's head as a person's given name:
    the whole landmark as a person ("Benteng <Name>"), or the head alone, the rest of the
    name a place the gazetteer knows ("Benteng| <Place>" at a paragraph's start, "Tukad|
    <Regency>": a river in its regional word, named after the regency it runs through).
    The head is no given name, and a fort or a river named after a city is the landmark.
    (Territories are left alone: their heads are no given names to the tagger.)"""
    if _LANDMARK.match(text, start) is None and _WATERS.match(text, start) is None:
        return False
    if len(hits) == 1:
        return (hits[0].start, hits[0].end, hits[0].type) == (start, end, "PER")
    if len(hits) != 2 or hits[0].start != start or hits[1].end != end:
        return False
    head, rest = hits
    return (
        head.type == "PER"
        and " " not in text[head.start : head.end].strip()
        and rest.place is not None
    )


# A capitalised word right before a name: the name is part of a longer one.
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")


def _named_after_ranked_hero(text: str, hits: Sequence[Span], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a landmark named after a hero with his rank or royal
    title ("Stadion Kapten |<Name>|"), the tagger's span the person alone after the rank
    (and maybe the head alone, "|Stadion| Kapten |<Name>|"), or a place it does not
    know ("Bandara King |<Name>|"): the rank says the name is the landmark's, no one
    present there.

    >>> t = "Laga di Stadion Mayor Abdul Karim."
    >>> _named_after_ranked_hero(t, [Span(8, 15, "LOC"), Span(22, 33, "PER")], 8, 33)
    True
    """
    m = _LANDMARK.match(text, start)
    if m is None or m.group("rank") is None or m.end() != end:
        return False
    people = [h for h in hits if not (h.start == start and h.end <= m.start("rank"))]
    # (or the hero with his rank read as a place the gazetteer does not know: "Bandar
    # Udara |Sultan <Name>|")
    hero = people[0] if len(people) == 1 else None
    if hero is None:
        return False
    after_rank = (hero.start, hero.end) == (m.end("rank") + 1, end)
    unknown_place = hero.type == "LOC" and hero.place is None
    return (after_rank and (hero.type == "PER" or unknown_place)) or (
        unknown_place and (hero.start, hero.end) == (m.start("rank"), end)
    )


def _named_after_place(text: str, hits: Sequence[Span], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a landmark named after an Indonesian city or regency
    the gazetteer knows, the tagger's span the place alone ("Stasiun |<City>|", "Pelabuhan
    |<Regency>|"): a railway station, a port or a market named after its town is no town,
    and the place's bare name elsewhere in the article stays the town's. Not inside a
    longer name ("Penjaga Pantai <Country>": a coast guard, the country's).

    >>> t = "Penumpang memadati Stasiun Bandung."
    >>> city = Span(27, 34, "LOC", place=load_gazetteer().lookup("Bandung"))
    >>> _named_after_place(t, [city], 19, 34)
    True
    """
    if _LANDMARK.match(text, start) is None or len(hits) != 1:
        return False
    if _CAPITALISED_BEFORE.search(text, max(0, start - 30), start):
        return False
    h = hits[0]
    return (
        h.type == "LOC"
        and h.place is not None
        and h.place.subtype in ("kota", "kabupaten")
        and h.end == end
        and h.start == text.find(" ", start, end) + 1
    )


def _places_in_compound(text: str, hits: Sequence[Span], start: int, end: int) -> bool:
    """Whether ``hits`` are places the gazetteer knows inside a hyphenated compound of
    the landmark's or the water's name ("Sesar |<City>|-<Word>": a fault named after the
    two towns it runs between), no mention of their own.

    >>> t = "Gempa dipicu Sesar Palu-Koro."
    >>> city = Span(19, 23, "LOC", place=load_gazetteer().lookup("Palu"))
    >>> _places_in_compound(t, [city], 13, 28)
    True
    """
    return bool(hits) and all(
        h.type == "LOC"
        and h.place is not None
        and start < h.start
        and h.end <= end
        and "-" in (text[h.start - 1], text[h.end : h.end + 1])
        for h in hits
    )


# A bracketed acronym right after a name: "<Name> (<ACR>)".
_ACRONYM_AFTER = re.compile(r"[ \t]*\([A-Z]{2,8}\)")


def _declared_church_body(text: str, hits: Sequence[Span], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a church ("Gereja <Name>") the article declares an
    acronym for, already one organisation span: "Gereja" heads a building and a church
    body alike ("Gereja Kristen <Region>", a synod), and a building is given no acronym.
    """
    return (
        text.startswith("Gereja", start)
        and len(hits) == 1
        and (hits[0].start, hits[0].end, hits[0].type) == (start, end, "ORG")
        and _ACRONYM_AFTER.match(text, end) is not None
    )


# A mountain by its head ("Gunung <Name>", "Pegunungan <Name>").
_MOUNTAIN = re.compile(r"(?:Gunung|Pegunungan)(?:[ \t]+[A-Z][\w'’-]*){1,3}")

# A capitalised word right after a name: the name goes on ("<Name> <Word>").
_NAME_GOES_ON_AFTER = re.compile(r"[ \t]+[A-Z]")


def _whole_word_at(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` has no word character, hyphen or apostrophe against
    either end."""
    before = start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'’")
    after = end < len(text) and (text[end].isalnum() or text[end] in "-'’")
    return not before and not after


def _bare_place_span(hits: Sequence[Span], start: int, end: int) -> bool:
    """Whether ``hits`` are one place span from ``start`` to ``end`` the gazetteer does
    not know (a name another rule may give an entity)."""
    if len(hits) != 1:
        return False
    h = hits[0]
    return (h.start, h.end) == (start, end) and h.type == "LOC" and h.place is None


def _bare_mountain_names(text: str, spans: list[Span], mountains: Sequence[Span]) -> None:
    """Make the bare name of each mountain of ``mountains`` ("<Name>" of "Gunung
    <Name>"), wherever the article writes it alone ("puncak <Name>", "status <Name>"),
    a form of that mountain, in place: a mountain is named with or without its head,
    and its bare name elsewhere in the corpus then finds it. Not a name that goes on
    ("<Name> <Word>"), nor one inside another span.

    >>> t = "Gunung Lawu erupsi. Status Lawu naik."
    >>> s = [Span(0, 11, "LOC")]
    >>> _bare_mountain_names(t, s, s[:1])
    >>> [(t[x.start : x.end], x.entity) for x in s]
    [('Gunung Lawu', 'Gunung Lawu'), ('Lawu', 'Gunung Lawu')]
    """
    by_start = ByStart(spans)
    added: list[Span] = []
    names: dict[str, str] = {}  # bare name -> the mountain's; each searched for once
    for mountain in mountains:
        full = " ".join(text[mountain.start : mountain.end].split())
        mountain.entity = mountain.entity or full
        names.setdefault(full.split(" ", 1)[1], mountain.entity)
    # one pass over the text per distinct mountain, not per mention of it (a text naming
    # a mountain at every paragraph would otherwise be searched quadratically)
    for bare, entity in names.items():
        pos = text.find(bare)
        while pos >= 0:
            end = pos + len(bare)
            if _whole_word_at(text, pos, end) and not _NAME_GOES_ON_AFTER.match(text, end):
                hits = by_start.overlapping(pos, end)
                if not hits:
                    added.append(Span(pos, end, "LOC", entity=entity))
                    by_start.add(added[-1])
                elif _bare_place_span(hits, pos, end):
                    hits[0].entity = entity  # the tagger's bare name: a form of it
            pos = text.find(bare, end)
    if added:
        spans[:] = sorted([*spans, *added], key=lambda x: (x.start, -x.end))
