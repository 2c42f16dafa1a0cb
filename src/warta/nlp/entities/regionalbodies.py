"""Government bodies named with the region they serve, for
:func:`warta.nlp.entities.spans.merge`.

Indonesian names a regional office of a national body, or a region's own agency, by
appending the region to the body's generic name: "Dinas Kesehatan Kota <City>",
"Kepolisian Resor <Regency>", "Badan <Field> Perwakilan <Province>", "SMA Negeri 3
<Town>". The tagger cuts such a name before the region. :func:`regional_body_spans`
makes the whole one organisation span, and names the short forms the article writes for
it ("<ACR> <Region>", the region's short form, "RI" for "Republik Indonesia") as the
same body. A name with its declared acronym between the body and the region ("<Name>
(<ACR>) <Region>") is one body, named without the bracket (see :data:`_REGIONAL_BODY`).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Sequence

from warta.lexicon.regex_gate import WordGated
from warta.nlp.entities.declaredforms import _before_people, _unit_spans
from warta.nlp.entities.gazetteer import load_gazetteer
from warta.nlp.entities.spanrecord import ByStart, Span

# The heads of the generic names: police and prosecutors' commands, courts, regional
# services (Jakarta's city services, "Suku Dinas") and agencies, commissions, the
# ombudsman, hospitals and jails, weather stations (a train station is a place), a
# regional government (a state's is the state: "Pemerintah <Country>"). The ministries'
# technical units ("Balai <Field> <Region>") only where the acronym is declared before the
# region: named whole otherwise, they become targets of acts whose actor and date the
# relation layer still reads wrong (a pronoun's antecedent, a month for a day), which
# costs its precision and dates.
_BODY_HEAD = (
    r"(?:Kepolisian|Kejaksaan|Pengadilan|(?:Suku[ \t]+)?Dinas|Badan|Komisi|Lembaga|Ombudsman"
    # a court or a council of the region ("Mahkamah <Field> <City>", Aceh's sharia courts;
    # "Majelis <Field> Kota <City>", a regional council of scholars or of custom)
    r"|Mahkamah|Majelis"
    # a region's council, named by its region ("Dewan Perwakilan Rakyat Daerah (<ACR>)
    # Provinsi <Province>"): the council of that region, cited as "DPRD <Region>"
    r"|Dewan[ \t]+Perwakilan[ \t]+Rakyat[ \t]+Daerah"
    r"|Pemerintah(?=[ \t]+(?:Kota|Kabupaten|Provinsi|Daerah)(?![\w-]))"
    # hospitals, jails and the immigration detention houses ("Rumah Detensi Imigrasi"),
    # and Malaysia's immigration detention depots ("Depot Tahanan Imigresen (<ACR>)
    # <Town>"), where deported migrant workers are held before they are sent home
    r"|Rumah[ \t]+(?:Sakit|Tahanan|Detensi)|Depot[ \t]+Tahanan"
    # a national body's representative office ("Kantor Perwakilan <Body> Provinsi
    # <Province>"); not yet the ministries' regional offices ("Kantor Wilayah",
    # "Kantor Pertanahan"): named whole, the relation layer dates acts on them wrong, as
    # on the technical units
    # the immigration service's offices, named by the city they serve ("Kantor Imigrasi
    # <City>"), and the search and rescue offices ("Kantor Pencarian dan Pertolongan
    # <City>"), which the press also names by the national agency's short name and the
    # city (see _COMMAND_SHORT_NAMES)
    r"|Kantor[ \t]+(?:Perwakilan|Imigrasi|Pencarian)"
    # a port's harbour master and port authority, named by the port's class and town
    # ("Kantor Kesyahbandaran dan Otoritas Pelabuhan (<ACR>) Kelas II <Town>"), and the
    # fisheries supervision base named by its port ("Pangkalan Pengawasan Sumber Daya
    # Kelautan dan Perikanan (<ACR>) <Town>")
    r"|Kantor[ \t]+Kesyahbandaran[ \t]+dan[ \t]+Otoritas[ \t]+Pelabuhan"
    # an airport's operating authority, named by the airport it runs, which is often named
    # after a person ("Unit Penyelenggara Bandar Udara (<ACR>) <Airport>")
    r"|Unit[ \t]+Penyelenggara[ \t]+Bandar[ \t]+Udara"
    r"|Pangkalan(?=[ \t]+Pengawasan[ \t]+Sumber[ \t]+Daya(?![\w-]))"
    # a Minangkabau nagari's council of custom, named by its nagari ("Kerapatan Adat
    # Nagari (<ACR>) <Nagari>")
    r"|Kerapatan[ \t]+Adat[ \t]+Nagari"
    # the state's hajj bodies, named by the Saudi city or the country they serve, or the
    # embarkation town ("Panitia Penyelenggara Ibadah Haji (<ACR>) <Country>", "Kantor
    # Kesehatan Haji Indonesia (<ACR>) <City>")
    r"|Panitia[ \t]+Penyelenggara[ \t]+Ibadah[ \t]+Haji|Kantor[ \t]+Kesehatan[ \t]+Haji"
    # a corps of the national police, named with the force after its declared acronym
    # ("Korps <Field> (<ACR>) Polri"; its agencies open with "Badan", above)
    r"|Korps(?=(?:[ \t]+[A-Z][a-z]+){1,3}[ \t]+\([A-Z][A-Za-z]{1,14}\)[ \t]+Polri(?![\w-]))"
    # the customs service's offices, named by the port or city they serve ("Kantor <Kind>
    # Bea dan Cukai (<ACR>) <City>", "Kantor <Kind> Bea dan Cukai Tipe <X> <City>"), which
    # the press also calls by the acronym and the city
    r"|Kantor(?=(?:[ \t]+(?:[A-Z][a-z]+|dan)){1,4}[ \t]+Bea[ \t]+dan[ \t]+Cukai(?![\w-]))"
    # a state's consulate, named by the state and the city it serves ("Konsulat Jenderal
    # <State> di <City>", "Konsulat Republik Indonesia (<ACR>) <City>")
    r"|Konsulat(?:[ \t]+Jenderal)?"
    # a region's civil service police ("Satuan Polisi Pamong Praja Kota <City>"), its own
    # body, no unit of another (the units' "Satuan <Field> <Command>" are cut elsewhere)
    r"|Satuan[ \t]+Polisi[ \t]+Pamong[ \t]+Praja"
    r"|Stasiun[ \t]+(?:Klimatologi|Meteorologi|Geofisika)"
    # a ministry's technical unit where the article declares its acronym before the
    # region ("Balai <Field> (<ACR>) <Province>"), the press's way of naming one office
    r"|Balai(?=(?:[ \t]+(?:[A-Z][a-z]+|dan)){1,7}[ \t]+\([A-Z][A-Za-z0-9]{1,14}\)[ \t]+[A-Z])"
    # a state campus likewise, its acronym declared before its own name and city
    # ("Universitas Islam Negeri (<ACR>) <Hero> <City>"), then cited as "<ACR> <City>"
    r"|(?:Universitas|Institut)"
    r"(?=(?:[ \t]+[A-Z][a-z]+){1,4}[ \t]+Negeri[ \t]+\([A-Z]{2,6}\)[ \t]+[A-Z])"
    # a region's inspectorate and health laboratory
    r"|Inspektorat|Laboratorium"
    # a national authority's regional office where the region's kind is written
    # ("Otoritas <Field> (<ACR>) Provinsi <Province>"); not yet written without it: the
    # relation layer's gold names that office by the authority's national name
    r"|Otoritas(?=(?:[ \t]+[A-Z][a-z]+){1,3}(?:[ \t]+\([A-Z]{2,6}\))?"
    r"[ \t]+(?:Provinsi|Kabupaten|Kota)[ \t])"
    # a national association's chapter: its national name, which ends in "Indonesia",
    # and the region ("Ikatan <Field> Indonesia (<ACR>) Kabupaten <Regency>", "Palang
    # Merah Indonesia <Province>", "Himpunan <Field> Seluruh Indonesia <Regency>"); not
    # yet a trade union's ("Serikat"), which the relation layer's gold names by the union
    r"|(?:Persatuan|Perhimpunan|Himpunan|Ikatan|Asosiasi|Gabungan|Perkumpulan"
    r"|Palang[ \t]+Merah|Wahana)(?=(?:[ \t]+[A-Z][a-z]+){0,5}[ \t]+Indonesia(?![\w-]))"
    r")"
)
# A word of the name: capitalised, "RI", or a Roman class or number ("Kelas IIB",
# "Sulawesi I"); a rank in capitals ("AKBP") ends it, and so does a weekday. A hospital
# named after a titled man keeps his titles and initials ("Rumah Sakit Umum Daerah Prof.
# Dr. <Initials> <Name>", "RSUD dr. <Name>"), and a region after its kind may be written
# short ("Provinsi <ACR>"). His initials may be written without stops right after a
# title ("RSUD dr. <XY> <Name>"): capitals no acronym of a body, as a name follows them.
_NAME_TITLE = r"(?:Prof|Dr|dr|drg|Ir|H)\.|(?:[A-Z]\.){1,3}"
_TITLE_OR_INITIALS = re.compile(_NAME_TITLE)
_INITIALS_AFTER_TITLE = r"(?<=\.[ ])[A-Z]{1,3}(?=[ ][A-Z][a-z])"
# (or after the body's declared acronym: "<Name> (<ACR>) <Province short>")
# or a province's initials right after the field, closing the name: "Dinas <Field> <ACR>",
# which _serves_region accepts only when the gazetteer knows them for a region)
_REGION_SHORT = (
    r"(?:(?<=Provinsi[ ])|(?<=Kabupaten[ ])|(?<=Kota[ ])|(?<=\)[ ]))[A-Z]{2,5}"
    r"|(?<=[a-z][ ])[A-Z]{2,4}(?=[ \t]+[a-z]|[,.;:]|$)"
)
# A special region's designation before its name ("DKI <Name>", "DI <Name>"), which a
# body may be named with in place of "Provinsi".
_SPECIAL_REGION = r"(?:DKI|DI)(?=[ \t]+[A-Z][a-z])"
_BODY_WORD = (
    rf"(?:{_NAME_TITLE}|{_INITIALS_AFTER_TITLE}|{_REGION_SHORT}(?![\w-])|{_SPECIAL_REGION}"
    r"|RI(?![\w-])"
    r"|[IVX]{1,4}[AB]?(?![\w-])"
    # an immigration office's class with its checkpoint designation ("Kelas II TPI <City>",
    # "Tempat Pemeriksaan Imigrasi")
    r"|(?<=[IVX][ ])TPI(?![\w-])"
    # a customs office's type ("Tipe B <City>", "Tipe Madya Pabean A")
    r"|(?<=Tipe[ ])[A-C](?![\w-])|(?<=Pabean[ ])[A-C](?![\w-])"
    r"|[A-Z][a-z][\w'’-]*(?![\w-]))"
)
_NOT_WEEKDAY = r"(?!(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)(?![\w-]))"
# "dan" joins two fields of one body, abstract nouns ("Kependudukan dan Pencatatan
# Sipil", "Kebudayaan dan Pariwisata"), never two bodies ("... dan Polda <Province>",
# "... dan Kementerian <Field>": a body's head, however it ends). "Desa" is a field only
# where no village's name follows it: before the body's acronym or its region
# ("Pemberdayaan Masyarakat dan Desa (<ACR>) Kabupaten <Regency>").
_FIELD_AFTER_AND = (
    rf"(?!{_BODY_HEAD}|Kementerian)"
    # (a loan noun of a process or state, "-asi", is a field too: "Tenaga Kerja dan
    # Transmigrasi", "Komunikasi dan Informasi"; and the loan nouns of farming and mining
    # services: "Tanaman Pangan dan Hortikultura", "Pertambangan dan Energi")
    r"(?=(?:[A-Z][a-z]+an|[A-Z][a-z]+asi|Pariwisata|Olahraga|Informatika|Tata"
    r"|Hortikultura|Energi|Cukai|Desa(?=[ \t]+(?:\(|Kabupaten|Kota|Provinsi)))(?![\w-]))"
)
# Three fields or more are listed with commas, the last after "dan" ("Dinas <Field>,
# <Field> dan <Field> Kota <City>"): a comma goes on with the name only where the list
# closes so, never before a holder's name ("Dinas <Field>, <Name>,").
_FIELD = r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}"
_LISTED_FIELD = (
    rf"(?:,[ \t]+(?={_FIELD}(?:,[ \t]+{_FIELD})*,?[ \t]+dan[ \t]+{_FIELD_AFTER_AND}))"
)
_NAME_WORDS = (
    rf"(?:(?:[ \t]+(?:dan[ \t]+{_FIELD_AFTER_AND})?|{_LISTED_FIELD}){_NOT_WEEKDAY}{_BODY_WORD})"
)
# The acronym the article declares may stand between the body's generic name and its
# region, "<Name> (<ACR>) <Kota|Provinsi> <Region>": the name runs on over it.
# (a blend of syllables may run to fifteen letters, as the short forms of bodies with
# two fields joined by "dan" do)
# (a short form of two words, the second in capitals: "(Satpol PP)"; a head that is the
# body's whole generic name declares it right after: "Satuan Polisi Pamong Praja (Satpol
# PP) Kota <City>")
_DECLARED_INSIDE = (
    rf"[ \t]+\([A-Z][A-Za-z0-9]{{1,14}}(?:[ ][A-Z]{{2,4}})?\)"
    rf"(?=[ \t]+(?:[A-Z]|{_NAME_TITLE}))"
)
_ACRONYM_INSIDE = rf"(?:{_DECLARED_INSIDE})?"
# A region's own body the press names by its short name and the region with its kind
# ("DPRD Kota <City>", "Dinkes Kabupaten <Regency>"): its council, elections commission
# and watchdog, planning and revenue agencies, statistics office, hospital, environment
# service and water company, and a service by its syllabic short name ("Dinkes",
# "Dishub": "Dinas ..."; not "Distrik", a Papuan district). Only these: other capitals
# before a region are no body ("HUT Kota <City>", "APBD Kabupaten <Regency>"). Not yet
# the disaster agency ("BPBD Kabupaten <Regency>"): the corpus does not yet join it to
# its long name written without the region's kind in another article.
_BODY_SHORT_NAME = (
    r"(?:DPRD|KPUD?|Bawaslu|Bappeda|Bapenda|BPS|RSUD|DLH|PDAM"
    r"|Di(?!strik)(?!nas(?![a-z]))[ns][a-z]{2,10})"
)
_SHORT_NAMED_BODY = (
    rf"(?<![\w-]){_BODY_SHORT_NAME}[ \t]+(?:Kota|Kabupaten|Provinsi)"
    r"(?:[ \t]+[A-Z][a-z][\w'’-]*){1,2}"
)
_REGIONAL_BODY = WordGated(
    re.compile(
        rf"(?<![\w-]){_BODY_HEAD}"
        rf"(?:{_NAME_WORDS}+(?:{_ACRONYM_INSIDE}{_NAME_WORDS}+)?|{_DECLARED_INSIDE}{_NAME_WORDS}+)"
        rf"|{_SHORT_NAMED_BODY}"
        # a state school by its number and town
        r"|(?<![\w-])(?:SD|SMP|SMA|SMK)[ \t]+Negeri[ \t]+\d{1,3}(?:[ \t]+[A-Z][a-z][\w'’-]*){1,2}"
        # a primary school built under a presidential instruction, by its number or its
        # place ("SD Inpres <Village>", "SD Inpres 12 <Town>")
        r"|(?<![\w-])SD[ \t]+Inpres(?:[ \t]+\d{1,3})?(?:[ \t]+[A-Z][a-z][\w'’-]*){1,2}"
    )
)
# A short form in brackets, maybe with the region's short form: "(Polda <Prov>)".
_DECLARED = re.compile(r"\(([A-Z][A-Za-z]{1,14})((?:[ \t]+[A-Z][\w-]*){0,2})\)")
# A short form declared in brackets and a word after it.
_DECLARED_THEN_WORD = re.compile(r"\([A-Z][A-Za-z]{1,14}\)[ \t]+[A-Z]")
# Words that say which region a body serves, before the region's name.
_REGION_WORDS = frozenset("Kota Kabupaten Provinsi Perwakilan Cabang Wilayah".split())
# The gazetteer's kinds of Indonesian regions.
_INDONESIAN_REGIONS = frozenset({"kota", "kabupaten", "provinsi"})


# Generic names of bodies named by a town or a nagari after them (see _serves_region).
_NAMED_BY_TOWN = (
    "Kantor Kesyahbandaran dan Otoritas Pelabuhan".split(),
    "Unit Penyelenggara Bandar Udara".split(),
    "Pangkalan Pengawasan Sumber Daya Kelautan dan Perikanan".split(),
    "Kerapatan Adat Nagari".split(),
    "Panitia Penyelenggara Ibadah Haji".split(),
    "Kantor Kesehatan Haji Indonesia".split(),
)


def _serves_region(surface: str) -> bool:
    """Whether a body's name names the Indonesian region it serves: a region's head
    ("Kota", "Provinsi", "Perwakilan"), a regency, city or province the gazetteer knows
    at its end, or a state school's number. A national body's own long name ("Badan
    <Field> Nasional") is left to the tagger and the rules that rename it."""
    words = surface.split()
    if _REGION_WORDS.intersection(words) or {"Negeri", "Inpres"}.intersection(words[:2]):
        return True
    # a hospital "of the region" says so in its generic name, whatever its own name
    # ("Rumah Sakit Umum Daerah <Founder>"): a regional government's hospital
    if words[:2] == ["Rumah", "Sakit"] and "Daerah" in words[2:4] and len(words) > 4:
        return True
    # a police or prosecutors' regional command ("Kepolisian Sektor <District>"): named
    # by its territory, whether the gazetteer knows it or not
    if any(" ".join(words[:k]).casefold() in _COMMAND_SHORT_NAMES for k in (2, 3, 4)):
        return len(words) > 2
    # an immigration or customs office and a consulate, named by the town or port they
    # serve (a border town, a port, a city abroad) that the gazetteer need not know
    customs = words[0] == "Kantor" and "Cukai" in words[:-1]
    # (and a detention depot abroad, named by its town: "Depot Tahanan <Field> <Town>")
    depot = words[:2] == ["Depot", "Tahanan"] and len(words) > 3
    if words[:2] == ["Kantor", "Imigrasi"] or words[0] == "Konsulat" or customs or depot:
        return len(words) > 2
    # a harbour master's office, a fisheries base, a nagari's council of custom and a
    # hajj body, named by the port town, the nagari or the hajj city they serve (which
    # the gazetteer need not know, or knows as a foreign place)
    for generic in _NAMED_BY_TOWN:
        if words[: len(generic)] == generic:
            return len(words) > len(generic)
    # a national police unit named with the force after its declared acronym ("Badan
    # <Field> (<ACR>) Polri"): the force is its whole territory
    if words[-1] == "Polri" and _DECLARED_THEN_WORD.search(surface):
        return True
    # a court, and a ministry's technical unit, named by the town it sits in: after the
    # acronym it declares inside its name ("Pengadilan <Field> (<ACR>) <Town>", "Balai
    # Besar <Field> (<ACR>) <Town>"), the words are the town, however the gazetteer
    # spells it or whether it knows it (a unit sits in a regency's town, no regency)
    if words[0] in {"Pengadilan", "Balai"} and _DECLARED_THEN_WORD.search(surface):
        return True
    # a state campus named by its city after its declared acronym (:data:`_BODY_HEAD`)
    if words[0] in {"Universitas", "Institut"} and _DECLARED_THEN_WORD.search(surface):
        return True
    # an Indonesian region: "Pemerintah <Country>" and a foreign body's country are the
    # state itself for the relation layer, no regional office
    gazetteer = load_gazetteer()
    places = (gazetteer.lookup(" ".join(words[k:])) for k in range(1, len(words)))
    # (a region's bare name that is an everyday word too, withheld from the gazetteer's
    # keys, is the region after a body's name: "BPBD <Regency>")
    return words[-1] in gazetteer.withheld or any(
        p is not None and p.subtype in _INDONESIAN_REGIONS for p in places
    )


# A region's kind before its name, which a body's acronym does not spell ("BPBD" of
# "Badan Penanggulangan Bencana Daerah Provinsi <Province>").
_REGION_KINDS = frozenset({"Provinsi", "Kabupaten", "Kota"})


def _initials(words: Sequence[str]) -> str:
    """The initials of a body's generic words, as its acronym spells them ("BPBD")."""
    return "".join(w[0] for w in words if w[0].isupper() and w not in _REGION_KINDS).casefold()


def _body_key(words: Sequence[str]) -> tuple[str, ...]:
    """The spelling-insensitive key of a body's name: "RI" written out, and the region
    it ends with as the gazetteer names it ("Sumsel" and "Sumatera Selatan" alike).

    >>> _body_key("Ombudsman RI Perwakilan Jateng".split())
    ('ombudsman', 'republik', 'indonesia', 'perwakilan', 'Jawa Tengah')
    """
    gazetteer = load_gazetteer()
    words = _without_class(words)
    head: list[str] = []
    for w in words:
        head.extend(["republik", "indonesia"] if w == "RI" else [w.casefold()])
    for k in range(len(words)):
        place = gazetteer.lookup(" ".join(words[k:]))
        kind = k and words[k - 1] in _REGION_KINDS
        if place is not None and not kind and _city_and_regency(words[k:]):
            # a name a city and a regency share, written without its kind: either
            # region's body ("DPRD <Name>" of "DPRD Kabupaten <Name>", see
            # :func:`_one_of_two_kinds`), no the gazetteer's pick between them
            return (*_body_key(words[:k]), " ".join(words[k:]))
        if place is not None and place.type == "LOC":
            # a region's kind the gazetteer does not write with its short form
            # ("Provinsi <Province short>") says nothing the place does not
            return (*_body_key(words[: k - 1 if kind else k]), place.name)
    return tuple(head)


# An office's class and an immigration office's checkpoint designation, which its short
# name leaves out ("Kantor Imigrasi Kelas I TPI <City>" is "Kantor Imigrasi <City>",
# "Lapas Kelas IIA <Town>" is "Lapas <Town>").
_CLASS = re.compile(
    r"[ ]Kelas[ ][IV]{1,3}[AB]?"
    r"(?:[ ](?:Non[ -]?)?(?:TPI|Tempat[ ]Pemeriksaan[ ]Imigrasi))?(?=[ ])"
)


def _without_class(words: Sequence[str]) -> list[str]:
    """The words of a body's name without its class designation (:data:`_CLASS`).

    >>> _without_class("Kantor Imigrasi Kelas I TPI Bitung".split())
    ['Kantor', 'Imigrasi', 'Bitung']
    """
    return _CLASS.sub("", " ".join(words)).split()


def _city_and_regency(words: Sequence[str]) -> bool:
    """Whether ``words`` are a region's name without its kind, and the gazetteer knows a
    city and a regency of that name ("Bogor", "Malang")."""
    if words[0] in _REGION_KINDS:
        return False
    gazetteer = load_gazetteer()
    name = " ".join(words)
    city, regency = gazetteer.lookup(f"Kota {name}"), gazetteer.lookup(f"Kabupaten {name}")
    return city is not None and regency is not None and city.name != regency.name


def _one_of_two_kinds(key: tuple[str, ...], by_key: dict[tuple[str, ...], str]) -> str | None:
    """The one body of the article that a name keyed ``key``, whose region a city and a
    regency share and is written without its kind (:func:`_body_key`), can be: the
    article's only body of that head in the city or the regency of that name; ``None``
    where it names both ("DPRD Kota <Name>" and "DPRD Kabupaten <Name>")."""
    if not key:
        return None
    head, region = key[:-1], key[-1]
    kinds = {f"Kota {region}", f"Kabupaten {region}"}
    bodies = {body for k, body in by_key.items() if k[:-1] == head and k[-1] in kinds}
    return next(iter(bodies)) if len(bodies) == 1 else None


def _region_start(words: Sequence[str]) -> int | None:
    """Where the region a body's name ends with begins (the longest place the gazetteer
    knows at its end), or ``None``."""
    gazetteer = load_gazetteer()
    return next(
        (k for k in range(1, len(words)) if gazetteer.lookup(" ".join(words[k:])) is not None),
        None,
    )


def _canonical_name(name: str) -> str:
    """One name for a body however its region is written: an Indonesian region written
    short spelt out as the gazetteer names it ("Sumut" -> "Sumatera Utara"); a region
    written out, or abroad, stays as written.

    >>> _canonical_name("Pemerintah Provinsi Sumut"), _canonical_name("Dinas Sosial Kota Bima")
    ('Pemerintah Provinsi Sumatera Utara', 'Dinas Sosial Kota Bima')
    """
    words = name.split()
    k = _region_start(words)
    place = load_gazetteer().lookup(" ".join(words[k:])) if k is not None else None
    if k is None or place is None or place.subtype not in _INDONESIAN_REGIONS:
        return name
    written = " ".join(words[k:])
    if place.name.endswith(written):
        return name
    return " ".join([*words[:k], *(w for w in place.name.split() if w not in _REGION_KINDS)])


# The syllabic short names of the police's and prosecutors' regional commands and of the
# search and rescue offices, which the press writes without declaring them ("Polda
# <Province>" for "Kepolisian Daerah <Province>"): no initials spell them.
_COMMAND_SHORT_NAMES = {
    "kepolisian daerah": "polda", "kepolisian resor": "polres",
    "kepolisian resor kota": "polresta", "kepolisian resor kota besar": "polrestabes",
    "kepolisian sektor": "polsek", "kejaksaan negeri": "kejari", "kejaksaan tinggi": "kejati",
    # a search and rescue office, by the national agency's short name and its city
    "kantor pencarian dan pertolongan": "basarnas",
}


def _short_forms(text: str, span: Span, name: str) -> list[tuple[str, ...]]:
    """The short forms "<ACR> <Region>" of the body ``span`` named ``name``, as word
    tuples (acronym case-folded): by the acronym it declares right after it ("<Name>
    <Region> (<ACR> <Region short>)", "<Name> <Region> (<ACR>)"), by the initials of
    its generic words ("BPBD <Province short>" for "Badan Penanggulangan Bencana Daerah
    <Province>"), and by a command's short name (:data:`_COMMAND_SHORT_NAMES`)."""
    words = name.split()
    k = _region_start(words)
    forms = []
    after = _DECLARED.match(text, span.end + 1) if text[span.end : span.end + 1] == " " else None
    if after is not None:
        forms.append((after.group(1), *(after.group(2).split() or words[k or len(words) :])))
    # "<Name> (<ACR>) <Rest>": the acronym and the words after it ("RSUD <Rest>")
    inside = _DECLARED.search(text, span.start, span.end)
    # (a short form of two words, the second in capitals, is the acronym: "(Satpol PP)")
    second = inside.group(2).split() if inside is not None else []
    if inside is not None and (not second or (len(second) == 1 and second[0].isupper())):
        rest = text[inside.end() : span.end].split()
        forms.append((inside.group(1), *second, *rest))
        # "RSUD <Name>" of "<Name> (RSUD) Prof. Dr. <Initials> <Name>": the short form
        # drops the titles and initials of the man the body is named after
        untitled = [w for w in rest if not _TITLE_OR_INITIALS.fullmatch(w)]
        if len(untitled) < len(rest):
            forms.append((inside.group(1), *untitled))
        # "UIN <City>" of "<Name> (UIN) <Namesake> <City>": the short form drops the name
        # of the person the body is named after, and keeps the town it stands in
        town = _town_ending(rest)
        if town is not None:
            forms.append((inside.group(1), *town))
    if k is not None:
        forms.append((_initials(words[:k]), *words[k:]))
        command = _COMMAND_SHORT_NAMES.get(" ".join(words[:k]).casefold())
        if command is not None:
            forms.append((command, *words[k:]))
        # a city's police command, "Kepolisian Resor Kota <City>": "Polresta <City>"
        city = _COMMAND_SHORT_NAMES.get(" ".join([*words[:k], "kota"]).casefold())
        if city is not None and words[k] == "Kota" and len(words) > k + 1:
            forms.append((city, *words[k + 1 :]))
        # a body named by its short name ("DPRD Kota <City>"): that name and the region
        if k == 1 and not words[0].islower():
            forms.append((words[0], *words[k:]))
    return [(f[0].casefold(), *f[1:]) for f in forms if len(f) > 1]


def _town_ending(words: Sequence[str]) -> list[str] | None:
    """The words ending ``words`` after one or more others that name a place the
    gazetteer knows, the longest such; ``None`` if there are none.

    >>> _town_ending("Raden Intan Lampung".split()), _town_ending(["Lampung"])
    (['Lampung'], None)
    """
    gazetteer = load_gazetteer()
    for k in range(1, len(words)):
        place = gazetteer.lookup(" ".join(words[k:]))
        if place is not None and place.type == "LOC":
            return list(words[k:])
    return None


def _declared_acronyms(text: str, span: Span) -> list[str]:
    """The acronyms (case-folded) a body declares in brackets inside its name or right
    after it ("<Name> (<ACR>) <Region>", "<Name> <Region> (<ACR>)")."""
    inside = _DECLARED.search(text, span.start, span.end)
    after = _DECLARED.match(text, span.end + 1) if text[span.end : span.end + 1] == " " else None
    return [m.group(1).casefold() for m in (inside, after) if m is not None]


def _name_bodies(text: str, spans: list[Span], mine: set[tuple[int, int]]) -> None:
    """Name the body spans ``mine``, one name per body however its region is written,
    and the article's other spans that are one of them: by key, by "<ACR> <Region>" (the
    region's first words, or its short form), or by the bare acronym one body alone
    declares."""
    by_key: dict[tuple[str, ...], str] = {}
    shorts: list[tuple[tuple[str, ...], str]] = []
    by_acronym: dict[str, str | None] = {}  # None: declared by two bodies
    for s in spans:
        if (s.start, s.end) not in mine:
            continue
        # named without the acronym it declares inside ("<Name> (<ACR>) <Region>")
        name = s.entity or " ".join(_DECLARED.sub(" ", text[s.start : s.end]).split())
        s.entity = by_key.setdefault(_body_key(name.split()), _canonical_name(name))
        shorts.extend((short, s.entity) for short in _short_forms(text, s, name))
        for acronym in _declared_acronyms(text, s):
            if by_acronym.setdefault(acronym, s.entity) != s.entity:
                by_acronym[acronym] = None
    forms = _by_acronym_word(shorts)
    if shorts:
        _short_form_spans(text, spans, forms, by_key)
    for s in spans:
        if (s.start, s.end) in mine or s.place is not None:
            continue
        if not by_key:  # no body here: only a government's short region to write out
            if s.type == "ORG" and s.entity and s.entity.startswith("Pemerintah "):
                s.entity = _canonical_name(s.entity)
            continue
        surface = " ".join(text[s.start : s.end].split())
        # (the tagger may have typed "<ACR> <Region short>" or "<Head> <ACR> <Region>"
        # a person or a place)
        words = surface.split()
        if s.type != "ORG" and not words[0].isupper() and not _head_and_field_acronym(words):
            continue
        body = _body_written_short(surface, by_key, forms, by_acronym)
        if body is None and s.entity is not None:  # a name another rule gave it
            body = _body_written_short(s.entity, by_key, forms, by_acronym)
        if body is not None:
            s.type, s.entity = "ORG", body
        elif s.type == "ORG" and s.entity and s.entity.startswith("Pemerintah "):
            s.entity = _canonical_name(s.entity)  # "Pemprov <Province short>"


# An acronym and up to three capitalised words after it: "<ACR> <Region>".
# (A lookahead: every capitalised word opens a run, "Kepala" as well as "BPBD" after it.)
_ACRONYM_THEN_WORDS = re.compile(
    r"(?<![\w-])(?=([A-Z][A-Za-z]{1,14}(?:[ \t]+[A-Z][\w-]*){1,3}))"
)


def _short_form_spans(
    text: str,
    spans: list[Span],
    shorts: _Shorts,
    by_key: dict[tuple[str, ...], str],
) -> None:
    """Spans, in place, for the short forms "<ACR> <Region>" of the bodies ``shorts``
    where the tagger found only the region ("Polres | <Regency>", "BPBD | <Province
    short>"): the longest run after the acronym that names a body. The spans inside one
    give way to it; one crossing its edge leaves it out."""
    acronyms = set(shorts)
    added: list[Span] = []
    for m in _ACRONYM_THEN_WORDS.finditer(text):
        words = list(re.finditer(r"\S+", m.group(1)))
        if words[0].group().casefold() not in acronyms:
            continue
        for n in range(len(words), 1, -1):
            written = " ".join(w.group() for w in words[:n])
            body = _body_written_short(written, by_key, shorts, {})
            if body is not None:
                added.append(Span(m.start(), m.start() + words[n - 1].end(), "ORG", entity=body))
                break
    # (by the spans' ends, and by bisection on their starts below: a scan of all the
    # spans for each short form was quadratic)
    by_end: dict[int, list[Span]] = {}
    for s in spans:
        by_end.setdefault(s.end, []).append(s)
    added = [a for a in added if not _unit_of(text, by_end.get(a.end, []), a)]
    starts, reach = _reach(spans)

    def crossed(at: int) -> bool:  # a span opening before ``at`` ends after it
        k = bisect.bisect_left(starts, at)
        return k > 0 and reach[k - 1] > at

    added = [a for a in added if not (crossed(a.start) or crossed(a.end))]
    if added:
        added_starts, added_reach = _reach(added)

        def inside(s: Span) -> bool:  # a short form opening at or before ``s`` covers it
            k = bisect.bisect_right(added_starts, s.start)
            return k > 0 and added_reach[k - 1] >= s.end

        kept = [s for s in spans if not inside(s)]
        spans[:] = sorted([*kept, *added], key=lambda x: (x.start, -x.end))


# The heads of a body's internal units, named before the body they belong to ("Satuan
# Reserse Kriminal Polres <Regency>", "Bidang Humas Polda <Province>").
_UNIT_HEAD = re.compile(
    r"(?:Satuan|Unit|Seksi|Bidang|Bagian|Subbagian|Subdirektorat|Direktorat|Divisi)[ \t]"
)


# The office of a unit's head, right before the unit named by its field alone.
_UNIT_OFFICE_BEFORE = re.compile(
    r"(?<![\w.])(?:Direktur|Wakil[ \t]+Direktur|Wadir|Kepala|Kasubdit|Kabid|Kasat|Kanit)[ \t]+$"
)


def _reach(spans: Sequence[Span]) -> tuple[list[int], list[int]]:
    """The starts of ``spans`` in order, and the furthest end of those up to each."""
    by_start = sorted((s.start, s.end) for s in spans)
    return [a for a, _b in by_start], list(itertools.accumulate((b for _a, b in by_start), max))


def _unit_of(text: str, spans: list[Span], short: Span) -> bool:
    """Whether the body's short form ``short`` closes a span of one of its internal
    units ("Satuan <Field> | <ACR> <Region>"); that span is then cut to the body, in
    place (the unit is the body's; news and readers name the body).

    >>> t = "Kepala Satuan Lalu Lintas Polres Tegal hadir."
    >>> s = [Span(7, 38, "ORG")]
    >>> _unit_of(t, s, Span(26, 38, "ORG", entity="Kepolisian Resor Tegal"))
    True
    >>> [(t[x.start : x.end], x.entity) for x in s]
    [('Polres Tegal', 'Kepolisian Resor Tegal')]
    """
    for s in spans:
        closes = s.start < short.start and s.end == short.end and s.place is None
        headed = _UNIT_HEAD.match(text, s.start) is not None
        # "Direktur <Field> | <ACR> <Region>": the unit's head noun ("Direktorat") left
        # out after the office of its head, which names the unit by its field alone
        led = _UNIT_OFFICE_BEFORE.search(text, max(0, s.start - 16), s.start) is not None
        if closes and (headed or led):
            s.start, s.type, s.entity = short.start, "ORG", short.entity
            return True
    return False


def _units_to_their_bodies(
    text: str, spans: Sequence[Span], bodies: Iterable[tuple[int, int]]
) -> None:
    """Make, in place, a span of an internal unit that runs into the regional body it
    belongs to ("Satuan <Field> <Body's head> | (<ACR>) <Region>") that body's span, as
    :func:`_unit_of` does for the body's short form: news and readers name the body."""
    ends = {a: b for a, b in bodies}
    starts = sorted(ends)
    for s in spans:
        k = bisect.bisect_right(starts, s.start)  # the first body opening after the span
        if k == len(starts) or s.place is not None or not _UNIT_HEAD.match(text, s.start):
            continue
        a = starts[k]
        if a < s.end <= ends[a]:
            s.start, s.end, s.type, s.entity = a, ends[a], "ORG", None


def _same_region(written: tuple[str, ...], named: tuple[str, ...]) -> bool:
    """Whether a region keyed ``written`` may be the region keyed ``named``: the same key,
    or a name a city and a regency share written without its kind (:func:`_body_key`)
    and either of them ("Dinsos <Name>" of "Dinas Sosial Kota <Name> (Dinsos)").

    >>> _same_region(("Tegal",), ("Kota Tegal",)), _same_region(("Tegal",), ("Kota Batu",))
    (True, False)
    """
    if written == named:
        return True
    if len(written) != len(named) or not written or written[:-1] != named[:-1]:
        return False
    return named[-1] in {f"Kota {written[-1]}", f"Kabupaten {written[-1]}"}


def _body_written_short(
    written: str,
    by_key: dict[tuple[str, ...], str],
    shorts: _Shorts,
    by_acronym: dict[str, str | None],
) -> str | None:
    """The body a name ``written`` is a form of, or ``None`` (see :func:`_name_bodies`)."""
    words = written.split()
    if len(words) == 1:  # the bare acronym a body declared ("LKAAM", "Disdikbud")
        return by_acronym.get(written.casefold()) if written[:1].isupper() else None
    key = _body_key(words)
    if (body := by_key.get(key) or _one_of_two_kinds(key, by_key)) is not None:
        return body
    head, rest = words[0].casefold(), words[1:]
    # "Dinas <ACR> <Region>": the body's head written out before the acronym of its
    # field ("Dinas PUPR" of "Dinas Pekerjaan Umum dan Penataan Ruang"), as the press
    # names a service; its initial and the acronym spell the whole name's initials
    spelt = _head_and_field_acronym(words)
    # only the forms opening with the head or the spelt acronym can match, in order
    candidates = {*shorts.get(head, []), *(shorts.get(spelt, []) if spelt else [])}
    either: set[str] = set()  # bodies of a city or a regency the name shares, kind unsaid
    for _k, short, body in sorted(candidates):
        if short[0] == spelt and _body_key(words[2:]) == _body_key(list(short[1:])):
            return body
        if short[0] != head:
            continue
        region = list(short[1:])
        if [w.casefold() for w in region[: len(rest)]] == [w.casefold() for w in rest]:
            return body  # "RSUD <Town>" of "<Name> (RSUD) <Town> <City>"
        written_key, region_key = _body_key(rest), _body_key(region)
        if written_key == region_key:
            return body  # "BNNP <Province short>" of "... Provinsi <Province> (BNNP ...)"
        if _same_region(written_key, region_key):
            either.add(body)
    # "Dinsos <Name>" of "Dinas Sosial Kota <Name> (Dinsos)", when the article has no
    # other body of that head in the regency of that name (then the name is neither's)
    return next(iter(either)) if len(either) == 1 else None


#: The short forms of an article's bodies, ``(acronym case-folded, *region words)`` with
#: the body, by their acronym, each with its place in the article's list
#: (:func:`_by_acronym_word`).
_Shorts = dict[str, list[tuple[int, tuple[str, ...], str]]]


def _by_acronym_word(shorts: Sequence[tuple[tuple[str, ...], str]]) -> _Shorts:
    """``shorts`` by their first word, so a name is compared only with those it can be a
    form of (all of them for every span was quadratic); each form once (a body named
    again gives the same forms, which match what their first match)."""
    out: _Shorts = {}
    for k, (short, body) in enumerate(dict.fromkeys(shorts)):
        out.setdefault(short[0], []).append((k, short, body))
    return out


def _head_and_field_acronym(words: Sequence[str]) -> str | None:
    """The initials a name written "<Head> <ACR> <Region>" spells (case-folded), the head
    a capitalised word and the acronym in capitals; else ``None``.

    >>> _head_and_field_acronym("Dinas PUPR Kota Bima".split())
    'dpupr'
    >>> _head_and_field_acronym("Dinas Sosial Kota Bima".split()) is None
    True
    """
    if len(words) < 3 or not words[0][:1].isupper() or words[0].isupper():
        return None
    if not (words[1].isupper() and words[1].isalpha() and len(words[1]) >= 2):
        return None
    return (words[0][0] + words[1]).casefold()


# A hospital's generic words ("Rumah Sakit Umum Daerah", maybe its declared acronym
# after them), then the capitalised words of its own name.
_HOSPITAL_OWN_NAME = re.compile(
    r"(?<![\w-])Rumah[ \t]+Sakit(?:[ \t]+(?:Umum|Khusus|Jiwa|Ibu[ \t]+dan[ \t]+Anak))?"
    r"[ \t]+Daerah(?:[ \t]+\([A-Z]{2,8}\))?[ \t]+(?=[A-Z])"
)
# A word written lower-case right before the hospital: a preposition or a verb ("dibawa
# ke", "dirawat di"), no office whose holder the name after it could be.
# Or nothing before it in its sentence: the hospital opens the text, a line or a
# sentence, the subject of what follows, no office before it either.
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w-])[a-z]+[ \t]+$|(?:^|\n|[.!?][ \t]+)[ \t]*$")


def _hospital_namesakes(text: str, spans: Sequence[Span]) -> set[int]:
    """The ids of the person spans that open, or sit inside, the own name of a
    regional hospital after its generic words ("<Hospital's generic words> (<ACR>)
    <Founder's name> <Town>"): a hospital is named after a person, and the tagger reads
    the name as that person. Only where a lower-case word stands before the hospital
    ("dibawa ke", "dirawat di") or it opens a sentence: after an office ("Direktur
    <Hospital> <Name>") the name may be the office holder's."""
    out: set[int] = set()
    by_start: ByStart | None = None  # (a scan of every span per hospital grew with both)
    for m in _HOSPITAL_OWN_NAME.finditer(text):
        if _LOWER_WORD_BEFORE.search(text, max(0, m.start() - 20), m.start()) is None:
            continue
        name_end = _NAME_END.search(text, m.end())
        end = name_end.start() if name_end else len(text)
        by_start = by_start or ByStart(spans)
        out.update(
            id(s)
            for s in by_start.overlapping(m.end(), end)
            if s.type == "PER" and m.end() <= s.start and s.end <= end
        )
    return out


# Where a name ends: a comma, a bracket, a line break, a lower-case word, or a full stop
# other than a title's or an initial's ("H.", "Dr.", "Prof.").
_NAME_END = re.compile(
    r"[,;:()\n]|[ \t]+[a-z]|(?<![A-Z])(?<!Dr)(?<!dr)(?<!drg)(?<!Ir)(?<!Prof)\."
)

# An airport's head and its own name ("Bandara <Name>", "Bandar Udara <Name>").
_AIRPORT_NAMED = re.compile(r"(?:Bandara|Bandar[ \t]+Udara)[ \t]+(?P<name>[A-Z].*)")


def _airport_namesakes(text: str, spans: Sequence[Span]) -> set[int]:
    """The ids of the person spans whose words the article also writes as an airport's
    name ("Bandara <Name>", a place span): an airport is named after a person, and the
    tagger reads the name as that person where a body names itself by the airport it
    runs ("Unit Penyelenggara Bandar Udara (<ACR>) <Name>").

    >>> t = "Pesawat tiba di Bandara Ratu Sima. Kepala UPBU Ratu Sima hadir."
    >>> s = [Span(16, 33, "LOC"), Span(47, 56, "PER")]
    >>> _airport_namesakes(t, s) == {id(s[1])}
    True
    """
    airports = {
        " ".join(m.group("name").split())
        for s in spans
        if s.type == "LOC" and (m := _AIRPORT_NAMED.fullmatch(text, s.start, s.end))
    }
    if not airports:
        return set()
    return {
        id(s)
        for s in spans
        if s.type == "PER" and " ".join(text[s.start : s.end].split()) in airports
    }


# A weather station's generic words: the station is named after the airport it stands
# at, which is named after a hero ("Stasiun Meteorologi <Hero> <City>").
_STATION_OWN_NAME = re.compile(
    r"(?<![\w-])Stasiun[ \t]+(?:Meteorologi|Klimatologi|Geofisika)(?:[ \t]+Maritim)?[ \t]+(?=[A-Z])"
)


def _station_namesakes(text: str, spans: Sequence[Span]) -> set[int]:
    """The ids of the person spans inside a weather station's own name with more of the
    name after them ("Stasiun Meteorologi <Hero> <City>"): the airport's namesake. A
    person ending the name may be the station's head ("Kepala Stasiun ... <Name>").

    >>> t = "Stasiun Meteorologi Sultan Rahmat Palu memperkirakan hujan."
    >>> hero, city = Span(20, 33, "PER"), Span(34, 38, "LOC")
    >>> (t[hero.start : hero.end], t[city.start : city.end])
    ('Sultan Rahmat', 'Palu')
    >>> _station_namesakes(t, [hero, city]) == {id(hero)}
    True
    """
    out: set[int] = set()
    for m in _STATION_OWN_NAME.finditer(text):
        name_end = _NAME_END.search(text, m.end())
        end = name_end.start() if name_end else len(text)
        out.update(
            id(s)
            for s in spans
            if s.type == "PER" and m.end() <= s.start and s.end < end and text[s.end] == " "
        )
    return out


def regional_body_spans(text: str, spans: list[Span]) -> None:
    """A government body named with the region it serves ("Dinas <Field> Kota <City>",
    "Kepolisian Resor <Regency>", "SMA Negeri 3 <Town>") made one organisation
    span, in place, as :func:`~warta.nlp.entities.declaredforms.police_unit_spans`: cut
    before a person inside it; the tagger's shorter spans inside give way, one of the
    same extent stays (another rule may have named it), one running past leaves it alone.

    >>> t = "Dinas Sosial Kota Tegal (Dinsos) membantu. Dinsos Tegal menolak."
    >>> s = [Span(0, 12, "ORG"), Span(13, 23, "LOC"), Span(43, 55, "ORG")]
    >>> regional_body_spans(t, s)
    >>> [(t[x.start : x.end], x.type, x.entity) for x in s]  # doctest: +NORMALIZE_WHITESPACE
    [('Dinas Sosial Kota Tegal', 'ORG', 'Dinas Sosial Kota Tegal'),
     ('Dinsos Tegal', 'ORG', 'Dinas Sosial Kota Tegal')]
    """
    exact = {(s.start, s.end) for s in spans}
    namesakes = (
        _hospital_namesakes(text, spans)
        | _station_namesakes(text, spans)
        | _airport_namesakes(text, spans)
    )
    cutting = [s for s in spans if id(s) not in namesakes] if namesakes else spans
    bounds = {
        m: (a, b)
        for m, (a, b) in _before_people(text, cutting, _REGIONAL_BODY).items()
        if len(text[a:b].split()) >= 3
        and _serves_region(text[a:b])
    }
    new = {m: ab for m, ab in bounds.items() if ab not in exact}
    if new:
        _units_to_their_bodies(text, spans, new.values())
        _unit_spans(text, spans, _REGIONAL_BODY, bounds=new)
    _name_bodies(text, spans, set(bounds.values()))
