"""Candidate name spans of one article, before alias resolution links them.

:mod:`warta.nlp.entities.aliases` builds an article's mentions from two sources and merges them:

* :func:`trusted_spans` - gazetteer places (misspelt ones too, where context confirms
  them) and "Long Name (ACR)" organisations with every later "ACR"; these are trusted
  over the NER's spans (:mod:`warta.nlp.entities.trusted`).
* :func:`clean_ner` - one NER mention trimmed of lower-case edges ("kota Bandung") and a
  leading title, or split where it is a compound ("Biden-Xi").
* :func:`merge` - cleaned NER spans against trusted spans: the trusted span wins where
  the NER span is the same name or junk around it; a place inside a bigger name stays
  as a nested span. Returns non-overlapping spans (plus nested ones) in text order.

This module is the entry point; the rules it applies live beside it:
:mod:`~warta.nlp.entities.personbounds` (where a person's name starts and ends),
:mod:`~warta.nlp.entities.organisations` (companies, clubs, names joined by "dan"),
:mod:`~warta.nlp.entities.offices` (offices over a territory and their holders),
:mod:`~warta.nlp.entities.retyping` (types corrected after merging), and
:mod:`~warta.nlp.entities.spanrecord`: :class:`Span` is the mutable working record
(offsets, type, and what resolution later learns about it); :class:`Covered` answers
"does this range overlap a kept span?".
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence

from warta.lexicon.indonesian import (
    DIVISION_HEADS,
    FACILITY_HEADS,
    LANDMARK_HEADS,
    PERSON_TITLES,
    POST_WORDS,
    REGIONAL_UNIT_HEADS,
    TITLE_WORDS,
)
from warta.nlp.entities.addressed import addressed_place_named_person, addressed_places
from warta.nlp.entities.chairs import split_body_chairs
from warta.nlp.entities.commissions import body_of_unit_office, council_of_commission_office
from warta.nlp.entities.coordinated import (
    coordinated_bodies,
    coordinated_places,
    untagged_coordinated_places,
)
from warta.nlp.entities.customaryvillages import (
    names_customary_village,
    untagged_chiefs_villages,
    village_after_chief,
)
from warta.nlp.entities.datelines import dateline_cut, type_after_dateline, untagged_dateline
from warta.nlp.entities.declaredforms import (
    campus_spans,
    declared_acronym_spans,
    enterprise_spans,
    foreign_company_spans,
    foundation_spans,
    gang_spans,
    organ_of_acronym_spans,
    parliament_unit_spans,
    police_unit_spans,
    regional_command_spans,
    regional_government_spans,
    territory_spans,
)
from warta.nlp.entities.designations import designated_name_spans
from warta.nlp.entities.gazetteer import load_gazetteer
from warta.nlp.entities.headednames import untagged_headed_names
from warta.nlp.entities.names import TITLE_HEAD, is_org_head
from warta.nlp.entities.offices import (
    _OPENING_OFFICE,
    _before_verb,
    _holder_after_honorific,
    _holder_after_office_place,
    _holders_after_territory,
    _jurisdiction_end,
    _past_portfolio,
    _regional_unit_end,
    body_after_head_office,
    territories_before_holders,
)
from warta.nlp.entities.organisations import (
    _COMPANY_FIRST_BEFORE,
    _company_bounds,
    _company_end,
    _conjoined_name_end,
    _coordinated_names,
    _place_tail_end,
    is_club,
    is_company,
    trim_companies,
)
from warta.nlp.entities.personbounds import (
    _NAME_SUFFIXES,
    BALINESE_FIRST_NAMES,
    _abbreviated_start,
    _balinese_start,
    _before_balinese_name,
    _capitalised,
    _clan_start,
    _given_name_start,
    _glued_country_name_end,
    _initial_end,
    _name_kind_start,
    _patronymic_end,
    _person_after_acronym,
    _person_after_country,
    _person_parts,
    _place_after_institution,
    _quoted_nick_bounds,
    _sasak_start,
    _surname_dan_end,
)
from warta.nlp.entities.pressnames import declared_pseudonyms, untagged_spoken_holders
from warta.nlp.entities.regionalbodies import regional_body_spans
from warta.nlp.entities.retyping import (
    NOBILITY_OPENERS,
    TITLE_INITIALS,
    _caste_titled,
    _club_places,
    _company_short_forms,
    _exercise_name,
    _full_name_words,
    _holder_in_apposition,
    _honorific_opened,
    _initials_of_people,
    _particle_named_person,
    _seat_institution,
    _speaker,
    _titled_name_word,
    _titled_person,
    _untagged_caste_names,
    _untagged_initials,
    _untagged_seats,
    _WordRuns,
    aged_name,
    circle_of_person,
    institution_named,
    market_place,
    particle_name_in_apposition,
    particle_tail_cited,
    past_inner_rank,
    person_by_apposition,
    person_name_tails,
    retype_addressed_people,
    royal_house,
    school_head_before,
    school_named,
    sea_named,
    short_name_of_person,
    shouted_as_written,
    worship_place,
)
from warta.nlp.entities.roleopened import split_body_then_titled, split_role_opened
from warta.nlp.entities.spanrecord import (
    _CAP_WORD,
    _COMPANY_FIRST,
    _COMPOUND,
    _CONNECTORS,
    _LEADING_TITLE,
    _NAME_WORD,
    _WHOLE_TITLE,
    _WORD,
    ByStart,
    Covered,
    Span,
)
from warta.nlp.entities.trusted import (
    trusted_spans,
)
from warta.nlp.entities.untagged import (
    given_name_before_initial,
    hereditary_titled_names,
    join_person_runs,
    name_rest_in_apposition,
    untagged_aged_names,
    untagged_aliased_names,
    untagged_appositive_holders,
    untagged_initialled_names,
    untagged_minister_names,
    untagged_ranked_names,
    untagged_scorers,
    untagged_slash_partners,
)
from warta.nlp.entities.waterheads import places_named_after_regions, sumatran_rivers
from warta.records import Mention

__all__ = [
    "BALINESE_FIRST_NAMES",
    "ByStart",
    "Covered",
    "Span",
    "clean_ner",
    "is_club",
    "is_company",
    "merge",
    "trim_companies",
    "trusted_spans",
]


# A capitalised landmark head right before a person's name, one space apart ("Bandara
# <Name>", "Stadion <Name>"): the landmark named after the person. A word of its rank
# may stand between ("Masjid Agung <Name>", "Masjid Jami <Name>": a congregational
# mosque; "Pasar Induk <Name>"; "Bandara Internasional <Name>"), and the first words of
# the person's name the tagger left out ("Bandara Internasional <Given> <Name>"; not after
# a museum, run as an institution: "Museum <Kind> <Name>" is left to the tagger).
_LANDMARK_BEFORE = re.compile(
    r"(?<![\w.'’-])("
    + "|".join(sorted((h.capitalize() for h in LANDMARK_HEADS), key=len, reverse=True))
    + r")(?: (?:Jami['’]?|Agung|Raya|Besar|Utama|Induk|Internasional))?"
    r"(?:(?<!Museum)(?: [A-Z][a-z]+){1,2})? $"
)
# An office right before the landmark: the person after it is the one who holds it
# ("Kepala Stasiun <Name> <Holder>", "Manajer Bandara <Name> <Holder>"), no namesake.
_OFFICE_OF_LANDMARK = re.compile(r"(?:Kepala|Direktur|Manajer|Pimpinan|Komandan|Ketua) $")


# A health facility's head: its acronym ("RSUD") or written out ("Rumah Sakit Umum
# Daerah").
_FACILITY_HEAD = (
    r"(?<![\w.'’-])(?:Rumah[ \t]+Sakit(?:[ \t]+[A-Z][a-z]+){0,3}|(?i:"
    + "|".join(sorted(FACILITY_HEADS, key=len, reverse=True))
    + r"))"
)

# The head, maybe with the acronym in brackets after it, then a doctor's or scholar's
# title right before a person's name: "RSUD dr. <Name>" is the hospital named after him.
# A title with its full stop makes the name a dedication: without one, "RSUD <Name>"
# may be a director named after his hospital. The man's initials may follow his title,
# with stops or without ("RSUD dr. <X>.<Y>. <Name>", "RSUD dr. <XY> <Name>"), which the
# tagger leaves out of his name.
_FACILITY_TITLED_BEFORE = re.compile(
    _FACILITY_HEAD + r"(?:[ \t]+\([A-Z]{2,8}\))?[ \t]+(?:(?:dr|Dr|drg|Prof|H|Hj|Ir)\.[ \t]*)+"
    r"(?:[A-Z]\.[ \t]*|[A-Z]{1,3}[ \t]+){0,3}$"
)


# The same head right before the name, without the title: "RSUD <Name>" once the article
# has written "RSUD dr. <Name>".
_FACILITY_BEFORE = re.compile(_FACILITY_HEAD + r"[ \t]+$")


# An acronym a name declares in brackets inside it: "Rumah Sakit Umum Daerah (RSUD) ...".
_ACRONYM_INSIDE = re.compile(r"\([A-Z]{2,8}\)")


def _facility_name(surface: str) -> str:
    """A facility's name as written, without the acronym it declares inside (as bodies
    are named: "Rumah Sakit Umum Daerah dr. <Name>")."""
    return " ".join(_ACRONYM_INSIDE.sub(" ", surface).split())


def _facility_named_after(text: str, start: int, end: int) -> Span | None:
    """The facility a person span ``start``-``end`` is the dedicated name of, or None: a
    titled name after a facility's head (:data:`_FACILITY_TITLED_BEFORE`), or the name
    after the head alone when the article writes it so titled elsewhere - then named
    as written there, one facility under both forms.

    >>> t = "Ia dirawat di RSUD dr. Wiryo Sudarmo, Garut. Kini RSUD Wiryo Sudarmo penuh."
    >>> f = _facility_named_after(t, 23, 36); t[f.start:f.end], f.type
    ('RSUD dr. Wiryo Sudarmo', 'ORG')
    >>> f = _facility_named_after(t, 55, 68); t[f.start:f.end], f.entity
    ('RSUD Wiryo Sudarmo', 'RSUD dr. Wiryo Sudarmo')
    >>> t = "Rumah Sakit Umum Daerah (RSUD) dr. Wiryo Sudarmo"
    >>> _facility_named_after(t, 35, 48).entity
    'Rumah Sakit Umum Daerah dr. Wiryo Sudarmo'
    >>> _facility_named_after("Ia diperiksa dr. Wiryo Sudarmo.", 17, 30) is None
    True
    """
    m = _FACILITY_TITLED_BEFORE.search(text, max(0, start - 64), start)
    if m is not None:
        return Span(m.start(), end, "ORG", entity=_facility_name(text[m.start() : end]))
    bare = _FACILITY_BEFORE.search(text, max(0, start - 40), start)
    if bare is None:
        return None
    # the name's other occurrences (a handful in an article), each asked for a titled
    # facility before it
    name = text[start:end]
    at = text.find(name)
    while at >= 0:
        titled = _FACILITY_TITLED_BEFORE.search(text, max(0, at - 64), at) if at != start else None
        if titled is not None:
            written = _facility_name(text[titled.start() : at + len(name)])
            return Span(bare.start(), end, "ORG", entity=written)
        at = text.find(name, at + 1)
    return None


# A lower-case noun for a drilled crew of a force right before a name ("regu <Name>",
# "kompi <Name>", "detasemen <Name>"): the name is the unit's - unless a post opens the
# phrase ("komandan regu <Name>": the man holding it). (Not "tim", "kubu" or "pasukan",
# which a leader's name follows as often: "tim <Candidate>".)
_CREW_BEFORE = re.compile(
    r"(?:(?<![\w-])(?P<post>\w+)[ \t]+)?(?<![\w-])"
    r"(?:regu|peleton|kompi|batalyon|skuadron|brigade|detasemen)[ \t]+$"
)
# The crew's noun capitalised at a sentence's start, inside the tagger's person span
# ("Regu <Name> dikerahkan"): the crew is named by the words after it. (Not the nouns
# that open a unit's own name: "Brigade Mobil", "Detasemen Khusus", "Batalyon <Arm>".)
_CREW_OPENING = re.compile(r"(?:Regu|Peleton|Kompi|Skuadron)[ \t]+(?=[A-Z])")
# The word right before a span: a post ("Komandan Regu <Name>") makes it the holder's.
_WORD_BEFORE = re.compile(r"(?<![\w-])(\w+)[ \t]+$")


#: Posts held in a crew, before its noun: who leads it, stands in for him or serves in it.
_CREW_POSTS = TITLE_WORDS | POST_WORDS | {"komandan", "pemimpin", "wakil", "anggota", "danru"}


def _crew_named(text: str, start: int) -> bool:
    """Whether the person span at ``start`` is the name of a crew (:data:`_CREW_BEFORE`).

    >>> t = "Api dipadamkan regu Garuda Api. Komandan regu Budi Santoso memimpin."
    >>> _crew_named(t, 20), _crew_named(t, 47)
    (True, False)
    """
    m = _CREW_BEFORE.search(text, max(0, start - 32), start)
    return m is not None and (m.group("post") or "").casefold() not in _CREW_POSTS


def _crew_opening(text: str, start: int, end: int) -> int | None:
    """Where the crew's name starts in a person span at ``start`` opened by a crew's
    noun (:data:`_CREW_OPENING`), no post before it; else ``None``.

    >>> t = "Api padam. Regu Garuda Api bergerak. Komandan Regu Budi Santoso memimpin."
    >>> _crew_opening(t, 11, 26), _crew_opening(t, 46, 63)
    (16, None)
    """
    opening = _CREW_OPENING.match(text, start, end)
    if opening is None or opening.end() >= end:
        return None
    post = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if post is not None and post.group(1).casefold() in _CREW_POSTS:
        return None
    return opening.end()


# "<Road> ruas <Town>-<Town>": a road, then the section of it named by the towns it runs
# between; the tagger reads the road and the first town as one place.
_ROAD_SECTION = re.compile(r"[ \t]+ruas[ \t]+(?=[A-Z])")


# A capitalised word right after a space: the name a title before it opens.
_CAP_AFTER = re.compile(r"[ \t]+[A-Z]")


# The seat of a regional command before the command's short name ("Markas Polda
# <Province>", "Markas Kodim <Number>"): the building where it sits, which the press
# names for the command itself.
_SEAT_OF_COMMAND = re.compile(r"Markas[ \t]+(?=(?P<head>[A-Z][A-Za-z]+)[ \t]+[A-Z0-9])")


def _command_after_seat(text: str, start: int, end: int) -> int | None:
    """Where the command's name starts in a span opening with the seat of a regional
    command ("Markas| Polres <Regency>"), or ``None``: the tagger reads seat and command
    as one place, and the command is the body the sentence names.

    >>> t = "ditahan di Markas Polda Sulawesi Barat, Senin"
    >>> t[_command_after_seat(t, 11, 38) : 38]
    'Polda Sulawesi Barat'
    """
    seat = _SEAT_OF_COMMAND.match(text, start, end)
    if seat is None or seat.group("head").casefold() not in REGIONAL_UNIT_HEADS:
        return None
    return seat.end()


def _body_after_common_noun(text: str, start: int, end: int) -> int:
    """Where a body's name starts in an organisation span that opens with a phrase of
    common nouns ("Majelis hakim| Pengadilan Negeri <City>", "Tim penyidik| Badan ..."):
    after its last lower-case word that is no connector, when a body's head follows
    that word; else ``start``. An organisation's name holds no lower-case word but its
    connectors ("dan", "untuk"), so the words before are the people of the body.

    >>> t = "Majelis hakim Pengadilan Negeri Sleman memutus."
    >>> t[_body_after_common_noun(t, 0, 38) : 38]
    'Pengadilan Negeri Sleman'
    """
    words = list(_NAME_WORD.finditer(text, start, end))
    for before, word in zip(reversed(words[:-1]), reversed(words[1:]), strict=True):
        if before.group()[:1].islower() and before.group() not in _CONNECTORS:
            return word.start() if is_org_head(word.group()) else start
    return start


def clean_ner(text: str, mention: Mention) -> list[Span]:
    """Trim lower-case edges ("kota Bandung", "Surabaya timur"), split "Biden-Xi"."""
    words = list(_NAME_WORD.finditer(text, mention.start, mention.end))
    while words and not _capitalised(words[0].group()):
        words.pop(0)
    while words and not _capitalised(words[-1].group()):
        words.pop()
    if not words:
        return []
    start, end = words[0].start(), words[-1].end()
    if mention.type == "PER":  # "Presiden <Country> <Given> <Given>| <Surname>"
        end = _glued_country_name_end(text, start, end)
    village = village_after_chief(text, start, end)
    if village is not None:  # "Raja Negeri <Name>": the chief's title, then his village
        return [Span(village, end, "LOC")]
    dateline = dateline_cut(text, start, end)
    if dateline is not None:  # "CIBINONG — Kepolisian Resor Bogor": the dateline, the name
        rest = text[dateline[1] : end]
        return [
            Span(start, dateline[0], "LOC"),
            *clean_ner(
                text, Mention(dateline[1], end, rest, type_after_dateline(rest, mention.type))
            ),
        ]
    if text[start:end].casefold() in TITLE_INITIALS and _CAP_AFTER.match(text, end):
        return []  # "KRT| <Name>" tagged apart: a hereditary title's initials, no body
    if mention.type != "LOC" and _exercise_name(text, start, end):
        return []  # "latihan gabungan Garuda Shield": an exercise, no person nor body
    # "RSUD dr. <Name>": the hospital, no person - whatever the tagger took the name for
    # ("dr. <XY> <Surname> <Town>" read as a body, "dr. <X> <Surname>" as a place)
    if (facility := _facility_named_after(text, start, end)) is not None:
        return [facility]
    if mention.type == "PER" and _crew_named(text, start):
        return [Span(start, end, "ORG")]  # "regu <Name>": the crew, no person
    crew = _crew_opening(text, start, end) if mention.type == "PER" else None
    if crew is not None:
        return [Span(crew, end, "ORG")]  # "Regu <Name>": the crew, no person
    if mention.type == "PER":
        head = _LANDMARK_BEFORE.search(text, max(0, start - 60), start)
        if (
            head is not None
            and head.group(1).casefold() in LANDMARK_HEADS
            and _OFFICE_OF_LANDMARK.search(text, max(0, head.start(1) - 12), head.start(1))
            is None
        ):
            return [Span(head.start(1), end, "LOC")]  # "Bandara <Person's name>": a place
    end = _company_end(text, end)  # "Sinar Agro| Sdn Bhd": the legal form is the name's
    if mention.type == "ORG":
        end = _place_tail_end(text, start, end)  # "Angkatan Darat Amerika| Serikat"
        start = _body_after_common_noun(text, start, end)  # "Majelis hakim |Pengadilan"
    if (
        mention.type != "PER"
        or _COMPANY_FIRST_BEFORE.search(text, max(0, start - 9), start)
        or (text[start:end].split()[0] in _COMPANY_FIRST)
    ):
        start, end = _company_bounds(text, start, end)
    if mention.type == "PER":  # "Sultan Oman Haitham| bin Tariq": the father's name too
        if _AFTER_ALIAS.search(text, max(0, start - 8), start):
            end = _before_patronymic(text, start, end)
        else:
            end = _patronymic_end(text, end)
        end = _initial_end(text, start, _surname_dan_end(text, end))
        start, end = _quoted_nick_bounds(text, start, end)
    end = _before_balinese_name(text, start, end)  # "Dinas X I| Made Sudira"
    section = _ROAD_SECTION.search(text, start, end) if mention.type == "LOC" else None
    if section is not None:  # "Jalan <Name> ruas <Town>": the road, then the town
        return [
            *clean_ner(text, Mention(start, section.start(), text[start : section.start()], "LOC")),
            *clean_ner(text, Mention(section.end(), end, text[section.end() : end], "LOC")),
        ]
    if mention.type != "PER":  # a person span holding two names is cut in _person_parts
        end = _before_verb(text, start, end)
    if mention.type == "ORG":  # "Kementerian Pendidikan Dasar| dan Menengah"
        end = _conjoined_name_end(text, start, end)
    while end > start and text[end - 1] in ".,'’":
        end -= 1
    if text[end : end + 1] == "." and text[max(start, end - 3) : end] in _NAME_SUFFIXES:
        end += 1  # "Ferdinand Marcos Jr.": the period is the suffix's, so the name's
    if mention.type in ("PER", "LOC") and is_club(text[start:end]):
        # "Arema FC", "Dewa United"; "PSxx <City>" read as the city it is named after
        mention = Mention(start, end, text[start:end], "ORG")
    if mention.type in ("PER", "LOC") and is_company(text[start:end]):
        # "Orion Systems Corp"; a place word inside ("Nusantara Group") fools the tagger
        mention = Mention(start, end, text[start:end], "ORG")
    command = _command_after_seat(text, start, end)
    if command is not None:  # "Markas Polda <Province>": the command, no place
        return [Span(command, end, "ORG")]
    place = _place_after_institution(text, start, end)
    if place is not None:  # "pos TNI Distrik Ilaga": the post's army, then the place
        return [
            Span(start, place - 1, "ORG"),
            *clean_ner(text, Mention(place, end, text[place:end], "LOC")),
        ]
    unit = _regional_unit_end(text, start, end)
    if unit is not None:  # "Kejari Klaten Hendro Saputro": the unit and its place, the man
        name = _CAP_WORD.search(text, unit, end)
        return [
            Span(start, unit, "ORG"),
            *(
                clean_ner(text, Mention(name.start(), end, text[name.start() : end], "PER"))
                if name
                else []
            ),
        ]
    person = _person_after_acronym(text, start, end)
    if person is not None:  # the acronym is the person's institution: "BNPB Arifin Setiawan"
        acronym_end = _WORD.match(text, start).end()  # type: ignore[union-attr]
        named = clean_ner(text, Mention(person, end, text[person:end], "PER"))
        return [Span(start, acronym_end, "ORG"), *named]
    if mention.type != "PER":
        person = _person_after_country(text, start, end)
    if person is not None:
        return clean_ner(text, Mention(person, end, text[person:end], "PER"))
    if mention.type == "PER":
        pieces = _person_parts(text, start, end)
        if len(pieces) > 1:
            return [
                span for a, b in pieces for span in clean_ner(text, Mention(a, b, text[a:b], "PER"))
            ]
    surface = text[start:end]
    if mention.type != "PER":
        sides = _coordinated_names(text, start, end)
        if sides is not None:
            return [
                span
                for a, b in sides
                for span in clean_ner(text, Mention(a, b, text[a:b], mention.type))
            ]
    compound = _COMPOUND.fullmatch(surface)
    if compound and load_gazetteer().lookup(surface) is None:
        parts, pos = [], start
        for part in surface.split("-"):
            parts.append(Span(pos, pos + len(part), mention.type))
            pos += len(part) + 1
        return parts
    if mention.type != "PER":
        honoured = _holder_after_honorific(text, start, end)
        if honoured is not None:  # "Menteri <Portfolio> <Country> Datuk Seri <Name>"
            return [*_portfolio_place(text, start, honoured[0]), *clean_ner(
                text, Mention(honoured[1], end, text[honoured[1] : end], "PER")
            )]
        body = body_after_head_office(text, start, end)
        if body is not None:  # "Kepala <Body> <Region>": the head's office is a person's
            return clean_ner(text, Mention(body, end, text[body:end], "ORG"))
        opening = _OPENING_OFFICE.match(text, start, end)  # the office inside the span
        place = opening.end() if opening else start
        if opening is not None and mention.type == "LOC" and _known_place(text[place:end]):
            return [Span(place, end, "LOC")]  # "Gubernur <Province>": the office is no place
        holder = _holder_after_office_place(text, place, end)
        if holder is not None:  # "Bupati Sumbawa Sutarjo" read as one place: the man too
            return [
                Span(place, holder[0], "LOC"),
                *clean_ner(text, Mention(holder[1], end, text[holder[1] : end], "PER")),
            ]
    if mention.type == "PER" and not _WHOLE_TITLE.fullmatch(surface):  # "Jaksa Agung"
        lead = _LEADING_TITLE.match(surface)
        if lead and not _royal_given_name(text, start, lead.group()):
            start += lead.end()
        start = _past_portfolio(text, start, end)
    if mention.type == "PER":
        office = _OPENING_OFFICE.match(text, start, end)
        if office is not None:  # "Perbekel Tembok Putu Wirata": the office is no name
            start = office.end()
        place_end = _jurisdiction_end(text, start, end)
        if place_end is not None:  # "Kades Tanjungsari Suparman": the village, then the man
            name = _CAP_WORD.search(text, place_end, end)
            named = (
                clean_ner(text, Mention(name.start(), end, text[name.start() : end], "PER"))
                if name
                else []
            )
            return [Span(start, place_end, "LOC"), *named]
        start = _sasak_start(text, _abbreviated_start(text, _balinese_start(text, start)))
        start = _given_name_start(text, _clan_start(text, start), end)
        start = _name_kind_start(text, start, end)  # "nama Tionghoa| <Name>"
    return [Span(start, end, mention.type)] if end - start > 1 else []


# A nickname right after "alias": a court names a defendant "<Name> alias <Nick> bin
# <Father>", and the father's name is of the full name before "alias", not of the nickname
# (which would become a second person, "<Nick> bin <Father>").
_AFTER_ALIAS = re.compile(r"(?<![\w-])alias[ \t]+[\"“]?$")
_PATRONYMIC_INSIDE = re.compile(r"[ \t]+(?:bin|binti|ibn|bint)[ \t]")


def _before_patronymic(text: str, start: int, end: int) -> int:
    """End of the nickname ``start``-``end`` before the "bin <Father>" inside it (the
    tagger's "<Nick> bin <Father>" after "alias"); ``end`` when none is inside.

    >>> t = "Terdakwa Ujang alias Acong bin Dadang hadir."
    >>> t[21:_before_patronymic(t, 21, 37)]
    'Acong'
    """
    inside = _PATRONYMIC_INSIDE.search(text, start, end)
    return inside.start() if inside else end


# A royal title that is a given name too ("Ratu <Name>", Palembang and Banten names).
_ROYAL_GIVEN_NAMES = frozenset({"ratu"})
# An office, and at most three capitalised words of its place or body, right before.
_OFFICE_BEFORE_NAME = re.compile(
    rf"(?<![\w.])(?:{TITLE_HEAD})(?:[ \t]+[A-Z][\w-]*){{0,3}}[ \t]+$"
)


def _royal_given_name(text: str, start: int, lead: str) -> bool:
    """Whether the title ``lead`` opening the person span at ``start`` is his given name:
    a royal title that is a given name too, after another office ("Wali Kota <City>
    Ratu <Name>", "Sekjen <Body> Ratu <Name>": no queen holds a mayor's office)."""
    words = lead.split()
    return (
        len(words) == 1
        and words[0].casefold() in _ROYAL_GIVEN_NAMES
        and _OFFICE_BEFORE_NAME.search(text, max(0, start - 60), start) is not None
    )


def _known_place(surface: str) -> bool:
    """Whether the gazetteer knows ``surface`` as a place."""
    place = load_gazetteer().lookup(surface)
    return place is not None and place.type == "LOC"


# Only a comma or a bracket before a name in apposition ("Ketua RT, <Name>, ..."): no
# title or organisation whose place the first word could be.
_APPOSITION_BEFORE = re.compile(r"[,(][ \t]*$")


def _place_named_first_name(text: str, c: Span, hits: list[Span]) -> bool:
    """Whether a person span in apposition opens with a one-word place the gazetteer
    knows, and holds nothing else trusted: a given name spelt like a country or a town
    ("Jordan", "Oman", "Kendal"), not "<Country> <Leader>" after a title."""
    first = _WORD.match(text, c.start)
    return (
        len(hits) == 1
        and hits[0].place is not None
        and hits[0].start == c.start
        and first is not None
        and hits[0].end == first.end() < c.end
        and _APPOSITION_BEFORE.search(text, max(0, c.start - 4), c.start) is not None
    )


# A capitalised word right before a name: a title or an office ("Bupati <Place> <Name>").
# (A word with a full stop is a title only when short, "Dr.", "Ir.": else a sentence end.)
_CAPITAL_BEFORE = re.compile(r"(?<![\w.'’-])(?:[A-Z][\w'’-]*|[A-Z][\w'’-]{0,3}\.)[ \t]+$")
# A speech verb right before a name: its speaker ("kata <Name>"), no place.
_SPEAKER_BEFORE = re.compile(
    r"(?<![\w-])(?:kata|ujar|ucap|tutur|jelas|imbuh|tegas|sebut|menurut)[ \t]+$"
)


def _free_full_names(text: str, candidates: list[Span]) -> dict[str, int]:
    """``{name: times written}`` for the person candidates of two words or more that are
    written at least once with no capitalised word (a title, an office and its
    territory) right before them: names as written alone."""
    uses: Counter[str] = Counter()
    alone: set[str] = set()
    for c in candidates:
        if c.type == "PER" and " " in text[c.start : c.end].strip():
            name = " ".join(text[c.start : c.end].split())
            uses[name] += 1
            if _CAPITAL_BEFORE.search(text, max(0, c.start - 40), c.start) is None:
                alone.add(name)
    return {name: uses[name] for name in alone}


def _place_named_person(text: str, c: Span, hits: list[Span], free: dict[str, int]) -> bool:
    """Whether a person span opening with a one-word gazetteer place is a person named
    like the place: the article writes the same name alone elsewhere ("Wakil Menteri
    <Town> <Name>" beside "<Town> <Name> meminta"), or, for the bare place word after a
    speech verb ("kata <Town>"), a full name written alone opens with it."""
    first = _WORD.match(text, c.start)
    if len(hits) != 1 or hits[0].place is None or hits[0].start != c.start or first is None:
        return False
    surface = " ".join(text[c.start : c.end].split())
    if hits[0].end == first.end() < c.end:
        words = surface.split()  # the name alone, or its first words ("<Town> <Name>")
        # written twice at least (this span is one), so not this span alone
        return any(
            free.get(" ".join(words[:k]), 0) >= (2 if k == len(words) else 1)
            for k in range(2, len(words) + 1)
        )
    return (
        hits[0].end == c.end == first.end()
        and _SPEAKER_BEFORE.search(text, max(0, c.start - 12), c.start) is not None
        and any(name.split()[0] == surface for name in free)
    )


# Two-word titles ("Tan Sri", "Datuk Seri") by their first word, lower-case.
_TITLE_SECOND_WORDS: dict[str, set[str]] = {}
for _title in PERSON_TITLES:
    _parts = _title.casefold().split()
    if len(_parts) == 2:
        _TITLE_SECOND_WORDS.setdefault(_parts[1], set()).add(_parts[0])
_WORD_BEFORE = re.compile(r"(\S+)\s+$")


def _portfolio_place(text: str, start: int, end: int) -> list[Span]:
    """The country or place closing an office's portfolio ("Luar Negeri |Brunei|"), as a
    place span; nothing when the words before the honorific end with no known place."""
    words = list(_CAP_WORD.finditer(text, start, end))
    gazetteer = load_gazetteer()
    for k in range(len(words)):
        place = gazetteer.lookup(text[words[k].start() : words[-1].end()])
        if place is not None:
            return [Span(words[k].start(), words[-1].end(), place.type, place=place)]
    return []


def _person_bounds_retold(text: str, s: Span) -> None:
    """A person span redrawn, in place, where its words tell it is not all a person's:
    a religious school's heads right before it make it the school ("Pondok Pesantren
    <Name>", typed ORG); a rank inside it starts the name after the rank ("<Body>
    Kombes <Name>")."""
    school = school_head_before(text, s.start)
    if school is not None:
        s.start, s.type = school, "ORG"
        return
    words = list(re.finditer(r"\S+", text[s.start : s.end]))
    past = past_inner_rank([w.group() for w in words])
    if past:
        s.start += words[past].start()


def _strip_titles_left(text: str, spans: list[Span]) -> None:
    """Titles left at the front of person spans, dropped in place: one the cuts around a
    place or a portfolio exposed ("Menteri ... Malaysia |Datuk Seri <Name>"), or the
    second word of a two-word title whose first word the tagger left out ("Tan |Sri
    <Name>").

    >>> t = "Pengusaha Tan Sri Halim Yusof dan Datuk Seri Rahim Osman."
    >>> s = [Span(14, 29, "PER"), Span(34, 56, "PER")]
    >>> _strip_titles_left(t, s)
    >>> [t[x.start : x.end] for x in s]
    ['Halim Yusof', 'Rahim Osman']
    """
    for s in spans:
        if s.type != "PER" or s.place is not None:
            continue
        surface = text[s.start : s.end]
        lead = _LEADING_TITLE.match(surface)
        if lead is not None and _royal_given_name(text, s.start, lead.group()):
            continue
        if lead is not None and lead.end() < len(surface):
            s.start += lead.end()
            continue
        first = surface.split(maxsplit=1)
        before = _WORD_BEFORE.search(text, max(0, s.start - 12), s.start)
        if len(first) == 2 and before is not None and before.group(1).casefold() in (
            _TITLE_SECOND_WORDS.get(first[0].casefold(), set())
        ):
            s.start = _CAP_WORD.search(text, s.start + len(first[0]), s.end).start()  # type: ignore[union-attr]


# The facility heads written out ("Rumah Sakit <Name>" for "RS <Name>", "Lembaga
# Pemasyarakatan" for "Lapas"): two words, which a one-word head list cannot hold.
_FACILITY_HEADS_SPELT = frozenset({
    ("rumah", "sakit"), ("rumah", "tahanan"), ("lembaga", "pemasyarakatan"),
    ("pusat", "kesehatan"),
})


def _facility(words: Sequence[str]) -> bool:
    """Whether a name opens with the head of a facility run as an institution, short
    ("Puskesmas <Name>") or written out ("Rumah Sakit <Name>")."""
    head = tuple(w.casefold() for w in words[:2])
    return head[0] in FACILITY_HEADS or (len(words) > 2 and head in _FACILITY_HEADS_SPELT)


def merge(text: str, candidates: list[Span], trusted: list[Span]) -> list[Span]:
    """NER candidates against trusted spans: exact or junk-around-trusted -> trusted wins."""
    kept: list[Span] = []
    dropped: set[int] = set()
    starts = [t.start for t in trusted]
    free = _free_full_names(text, candidates)
    for c in candidates:
        lo = max(0, bisect.bisect_right(starts, c.start) - 1)
        hi = bisect.bisect_left(starts, c.end, lo)  # not a slice to the end: O(n) each
        hits = [t for t in trusted[lo:hi] if c.start < t.end]
        if not hits:
            kept.append(c)
            continue
        if c.type == "PER":
            # "Abdul Malik al-Houthi": a name with its article inside a person's span is
            # the person's family name (nisba), not the movement or place it names.
            nisba = [
                t for t in hits if c.start < t.start and t.end <= c.end and text[t.start].islower()
            ]
            dropped.update(id(t) for t in nisba)
            hits = [t for t in hits if t not in nisba]
            if not hits:
                kept.append(c)
                continue
            # "Kepala BMKG Dwikorita Karnawati": the organisation is the role, the rest
            # the name. Trim trusted spans off the edges of a person span.
            if (
                _place_named_first_name(text, c, hits)
                or _place_named_person(text, c, hits, free)
                or addressed_place_named_person(text, c, hits, free)
            ):
                kept.append(c)  # ", Sabang Wiryono,": a given name that is also a place's
                dropped.update(id(t) for t in hits)
                continue
            for t in hits:
                if t.start <= c.start < t.end:
                    c.start = t.end
                elif t.start < c.end <= t.end:
                    c.end = t.start
            first = _CAP_WORD.search(text, c.start, c.end)
            if first is None:
                continue
            c.start = first.start()
            while text[c.end - 1].isspace():  # "Emir |Qatar": the space was the place's
                c.end -= 1
            if not any(c.start < t.end and t.start < c.end for t in hits):
                kept.append(c)
                continue
        straddled = [t for t in hits if t.place is not None and t.start < c.start < t.end < c.end]
        if c.type != "PER" and straddled:
            # "Wali Kota Tanjung |Balai Waris Thalib|": the tagger began inside a place
            # the gazetteer names whole; its span starts after the place.
            rest = _CAP_WORD.search(text, straddled[0].end, c.end)
            if rest is None:
                continue
            c.start = rest.start()
            hits = [t for t in hits if t not in straddled]
            if not hits:
                kept.append(c)
                continue
        inside = all(
            any(t.start <= w.start() and w.end() <= t.end for t in hits)
            for w in _CAP_WORD.finditer(text, c.start, c.end)
        )
        if inside or any(t.start <= c.start and c.end <= t.end for t in hits):
            continue
        # The NER span is a bigger name around a place ("Institut Teknologi Bandung"): the
        # place stays as a nested mention - the name does mention Seoul - unless the
        # bigger name is a person's.
        kept.append(c)
        for t in hits:
            if c.type == "PER" or t.place is None or not (c.start <= t.start and t.end <= c.end):
                dropped.add(id(t))
            else:
                t.nested = True
    out = kept + [t for t in trusted if id(t) not in dropped and not t.nested]
    out.sort(key=lambda s: (s.start, -s.end))
    # Overlaps left (two NER spans, or NER over an acronym span): first, longest wins.
    result: list[Span] = []
    for s in out:
        if (not result or s.start >= result[-1].end) and not is_org_head(text[s.start : s.end]):
            result.append(s)  # a bare "Pusat" or "Badan" is a sentence start, not a name
    addressed_places(text, result)  # "Abah <Town>" as the person "Abah <Town>" is elsewhere
    hereditary_titled_names(text, result)
    split_role_opened(text, result)
    split_body_then_titled(text, result)  # "Keuskupan <Place> Mgr. <Name>"
    runs = _WordRuns(text)  # one index of the words for the rules below (built on first use)
    split_body_chairs(text, result, runs)  # "Ketua <Body> <Given> <Surname>"
    _club_places(text, result)
    _holders_after_territory(text, result)
    regional_government_spans(text, result)  # "Pemkab <Regency>": the government
    police_unit_spans(text, result)  # "Satreskrim Polres <Place>": the unit, untagged
    regional_command_spans(text, result)  # "Polresta <City> Kota": the command, untagged
    parliament_unit_spans(text, result)  # "Fraksi <Party> DPR", "Komisi III DPR"
    gang_spans(text, result)  # "geng motor <Name>": a gang, not a man
    campus_spans(text, result)  # "mahasiswa Universitas <Name>": the campus, untagged
    enterprise_spans(text, result)  # "PO <Name>", "Perumda Pasar <Name>": the company
    foundation_spans(text, result)  # "Yayasan <Name>": the foundation, untagged
    foreign_company_spans(text, result)  # "Banco <Name>": a company abroad, not a man
    territory_spans(text, result)  # "Kecamatan <Name> dan <Name>": untagged, cut short
    # "Ketua Komisi II DPRD <Region>": the council; cut before the regional bodies are
    # named, so "DPRD <Region>" is a short form of the council's full name, and again
    # after, for a commission the regional rule has just written out to its region
    council_of_commission_office(text, result)
    regional_body_spans(text, result)  # "Dinas <Field> Kota <City>": the body with its region
    council_of_commission_office(text, result)
    body_of_unit_office(text, result)  # "Kepala Zona <Field> <ACR> RI": the body declared
    organ_of_acronym_spans(text, result)  # "Komite <Field> (<ACR>) <ORG>": the organ of it
    places_named_after_regions(text, result)  # "Selat <Regency>": the strait, no regency
    sumatran_rivers(text, result)  # "Batang <Name>": a river, no regency of Java
    aged_initials = _initials_of_people(text)
    for s in result:  # "berinisial AS (27)": a suspect's initials, not the country "AS"
        if s.place is not None and text[s.start : s.end] in aged_initials:
            s.place, s.type, s.entity = None, "PER", None
    # names the tagger missed: "berinisial AB (31)", "Anak Agung Ngurah <Name>", "Pejaten"
    missed = _untagged_initials(text, result, aged_initials)
    missed += _untagged_caste_names(text, result)
    missed += _untagged_seats(text, result)
    missed += untagged_aged_names(text, result)
    missed += untagged_appositive_holders(text, result)
    missed += untagged_spoken_holders(text, result)  # "<Long Office>, <Name>, mengatakan"
    missed += declared_pseudonyms(text, result)  # "<Name>, bukan nama sebenarnya"
    missed += untagged_headed_names(text, result)  # "Pulau <Name>", "Puskesmas <Place>"
    missed += untagged_chiefs_villages(text, result)  # "Raja Negeri <Village>, <Holder>"
    missed += untagged_aliased_names(text, result)  # "penjaga malam, <Name> alias <Nick>"
    missed += untagged_initialled_names(text, result)
    missed += untagged_ranked_names(text, result)  # "Letkol Inf <Name>"
    missed += untagged_scorers(text, result)  # "sundulan <Name> pada menit ke-23"
    missed += untagged_minister_names(text, result)  # "Menteri <Portfolio> <Name>"
    missed += untagged_slash_partners(text, result)  # "<Name>/<Name>": a pair of players
    missed += declared_acronym_spans(text, result)  # "<State> (ABC)", then "ABC" alone
    missed += untagged_dateline(text, result)  # "<TOWN> – ...": the town filed from
    missed += untagged_coordinated_places(text, result)  # "<Place>, <X>, dan <Y>"
    if missed:
        result = sorted([*result, *missed], key=lambda s: (s.start, -s.end))
        result = [s for i, s in enumerate(result) if i == 0 or s.start >= result[i - 1].end]
    given_name_before_initial(text, result)
    join_person_runs(text, result)
    name_rest_in_apposition(text, result)  # ", <Given> <Middle>| <Surname>, yang ..."
    _strip_titles_left(text, result)
    result.extend(t for t in trusted if t.nested)
    designated_name_spans(text, result)  # "Taman Nasional <Name>", "Kedutaan Besar <State>"
    person_words = _full_name_words(text, result)
    name_tails = person_name_tails(text, result)
    person_surfaces = {" ".join(text[x.start : x.end].split()) for x in result if x.type == "PER"}
    company_heads = _company_short_forms(text, result)
    particle_people: list[tuple[int, int]] = []
    for s in result:
        if s.type == "PER" and s.place is None:
            _person_bounds_retold(text, s)
        surface = text[s.start : s.end]
        words = surface.split()
        if (
            s.type != "PER"
            and s.place is None
            and s.entity is None
            and circle_of_person(words, person_surfaces)
        ):
            # "Manajemen <Singer> melapor": the singer named elsewhere, her circle no body
            s.start = _WORD.search(text, s.start + len(words[0])).start()  # type: ignore[union-attr]
            s.type = "PER"
            surface = text[s.start : s.end]
            words = surface.split()
        # "BPBD Majene" tagged PER: person names do not start with an acronym. A name all
        # in capitals ("ANDREA DOVIZIOSO" in a results table) is shouting, not an acronym.
        shouted = all(w.isupper() for w in words) and len(words) > 1
        acronym = len(words[0].rstrip(".")) > 1  # "M. Rizal": an initial, no acronym
        if s.type == "PER" and words[0].isupper() and acronym and not shouted:
            s.type = "ORG"
        if s.place is None and is_org_head(words[0]) and (s.type != "PER" or len(words) > 2):
            s.type = "ORG"  # "Mahkamah <Name> <Place>": a person's name opens with no body
        if s.place is None and s.type == "LOC" and surface.split()[-1] in {"University"}:
            s.type = "ORG"
        if s.place is None and s.type == "LOC" and _facility(words):
            s.type = "ORG"  # "Puskesmas Oebobo", "Lapas Cipinang": run, not a place
        if (
            s.place is None
            and s.type == "LOC"
            and len(words) > 1
            and words[0].casefold() in REGIONAL_UNIT_HEADS
        ):
            s.type = "ORG"  # "Polda <Province>", "BNNP <Province>": a command, no place
        seat = _seat_institution(text, s.start, s.end)
        if seat is not None:  # "Pejaten menolak ...": the agency, not the district
            s.type, s.entity, s.place = "ORG", seat, None
        if s.place is None and surface in company_heads:
            # "Sinar Jaya" after "PT Sinar Jaya Makmur Tbk": the company's short name, which
            # the tagger takes for a man or, when it reads like one, a place
            s.type, s.entity = "ORG", company_heads[surface]
        if s.type != "ORG" and s.place is None and royal_house(words):
            s.type = "ORG"  # "Keraton <Name>": the royal house, no man and no mere palace
        if s.type == "ORG" and s.place is None and worship_place(words):
            s.type = "LOC"  # "Pura Dalem <Village>": a temple, the place people go to
        if s.type == "ORG" and s.place is None and market_place(words):
            s.type = "LOC"  # "Pasar Induk <Name> (<ACR>)": a market, whatever its acronym
        if s.type == "ORG" and s.place is None and s.entity is None and sea_named(words):
            s.type = "LOC"  # "gelombang Samudra <Name>": the ocean, no body
        if s.type == "PER" and s.place is None and school_named(words):
            s.type = "ORG"  # "MTs <Name>": a madrasah named after its founder or a virtue
        if s.type != "ORG" and s.place is None and institution_named(words):
            s.type = "ORG"  # "Dayah <Name>", "Stasiun Meteorologi <Place>": run, no place
        if s.type == "PER" and len(words) > 1 and words[0].casefold() in DIVISION_HEADS:
            s.type = "LOC"  # "Gampong <Name>", "Nagari <Name>": a village, named by its rank
        if (
            s.type != "LOC"
            and s.place is None
            and names_customary_village(words, text[max(0, s.start - 20) : s.start])
        ):
            s.type = "LOC"  # "Negeri <Name>": a Moluccan village, no body
        if s.type != "PER" and s.place is None and _caste_titled(surface):
            s.type = "PER"  # "Tjokorda Gde <Name>" tagged ORG: a Balinese noble's name
        if s.type == "ORG" and s.place is None and s.entity is None and _honorific_opened(words):
            # "RKH <Name>": "Raden Kiai Haji", no organisation's acronym; the honorific is
            # the person's title, as where the tagger said PER (clean_ner left it out).
            # (Not a short form the article declares for a body, which names it: "(<ACR>
            # <Blend>)" after the body's long name.)
            s.type = "PER"
            if words[0].casefold() not in NOBILITY_OPENERS:  # "Umbu <Name>" keeps its title
                s.start = _WORD.search(text, s.start + len(words[0])).start()  # type: ignore[union-attr]
        if s.type == "ORG" and s.place is None and _particle_named_person(surface, words):
            s.type = "PER"  # "penyerang asal Brasil, <Given> <Given> da <Surname>": a man
        if (
            s.type in ("ORG", "LOC")
            and s.place is None
            and (
                particle_tail_cited(surface, words, person_surfaces)
                or particle_name_in_apposition(text, s.start, s.end, words)
            )
        ):
            s.type = "PER"  # "<Given named like a city> <Given> da <Surname>", "Da <Surname>"
            particle_people.append((s.start, s.end))
        if s.type == "ORG" and s.place is None and _titled_person(text, s.start, words, runs):
            s.type = "PER"  # "dilantik Presiden Mateo Rivas": the title names a person
        if s.type == "ORG" and s.place is None and text[s.start : s.end] in aged_initials:
            s.type = "PER"  # "Dua tersangka, MR (38) dan HS (29)": initials of people
        if s.type == "ORG" and s.place is None and _titled_name_word(text, s, person_words):
            s.type = "PER"  # "ujar dr. Laras" after "dr. Anindya Laras Pertiwi": her name
        if (
            s.type != "PER"
            and s.place is None
            and len(words) > 1
            and short_name_of_person(surface, s.start, name_tails)
        ):
            s.type = "PER"  # "<Given> <Given>" after "<Clan> <Given> <Given>": her short name
        if s.type == "LOC" and s.place is None and _speaker(text, s.start, s.end, words):
            s.type = "PER"  # "kata Yusnidar": a place the gazetteer does not know, speaking
        if s.type == "LOC" and s.place is None and aged_name(text, s.end, words):
            s.type = "PER"  # "<Name> (57)": a place the gazetteer does not know, aged
        if (
            s.type == "ORG"
            and s.place is None
            and not any(is_org_head(w) for w in words)
            and aged_name(text, s.end, words)
        ):
            s.type = "PER"  # "Uni <Name> (51)": no body has an age
        if (
            s.type in ("LOC", "ORG")
            and s.place is None
            and _holder_in_apposition(text, s.start, s.end, words)
        ):
            s.type = "PER"  # "Bupati Blitar, Rijanto, hadir": the holder of the office
        if (
            s.type != "PER"
            and s.place is None
            and person_by_apposition(text, s.start, s.end, words, origin=s.type == "LOC")
        ):
            s.type = "PER"  # "<Name>, S.H.", "penyerang asal <Country>, <Name>"
        # A dateline in capitals ("NEW YORK, Reuters -") is the place, whatever the tagger
        # called it. (The gazetteer scan finds one word in capitals, "JAKARTA", itself.)
        if s.place is None and len(surface) > 3 and surface.isupper() and " " in surface.strip():
            s.place = load_gazetteer().lookup(" ".join(words))  # a caption may wrap a line
            s.type = s.place.type if s.place is not None else s.type
    shouted_as_written(text, result)  # "PONDOK PESANTREN <NAME>" of a caption: the pondok
    retype_addressed_people(text, result)  # "Uni <Name>", then "Uni" alone: a woman
    coordinated_places(text, result)  # "di <Place> dan <Name>": a place like its partner
    coordinated_bodies(text, result)  # "<Body>, <Name>, dan <Body>": a body like its partners
    territories_before_holders(text, result)  # "Camat <Place>, <Holder>,": the place
    if particle_people:  # the city a given name is spelt like is no place named there
        result = [
            x for x in result
            if not (x.nested and any(a <= x.start and x.end <= b for a, b in particle_people))
        ]
    return result
