"""Names of bodies and persons the entity layer glued or split, repaired for acting.

Pure functions of an article's text and mentions, run before the actors are read
(:func:`.extract.extract_relations`):

* :func:`_tails_unglued` — the last word of a body's name glued to the person named
  after it ("Direktur Utama BPJS | Ketenagakerjaan <Name>"): the word goes back to the
  body, the person is the name after it, and the word alone is no mention of him
  ("Menteri Ketenagakerjaan" is another person's office);
* :func:`_units_with_region` — a regional unit split from its region ("Kejaksaan Negeri
  (Kejari) | Kolaka Utara"): the unit is named with its region, and its head alone
  later ("Kejari") is that unit;
* :func:`_regions_in_full` — a region's government the entity layer named with the
  region's short form ("Pemerintah Provinsi Jatim" for "Pemprov Jatim") named with the
  region's full name when the text names that region ("Jatim" → "Jawa Timur");
* :func:`_legal_forms_joined` — a firm's legal form in parentheses tagged as a body of
  its own ("PT X | (Persero)"): part of the firm's name, so the firm stays the subject;
* :func:`_unit_regions_completed` — a regional unit whose region the entity layer cut
  short ("Polda Sumatera | Selatan"): the unit is named with the whole region;
* :func:`_untagged_units` — a regional unit whose head the entity layer left untagged,
  keeping only its region ("Polres | Bogor"): the unit is named with its region;
* :func:`_office_places_dropped` — the place of an office taken for a person when the
  holder's name follows in apposition ("Bupati | Sukamaju |, <Name>,"): only the holder
  is a person;
* :func:`_portfolios_dropped` — a minister's portfolio tagged as a body ("Menteri |
  Angkatan Bersenjata X |" with no holder named): a minister's title takes a field of
  government, not a body, so the state inside it is the actor;
* :func:`_organs_as_parent` — a body's organ named with its short name in parentheses
  and then its parent ("Dewan Pengurus Wilayah (DPW) | Partai X"): the organ, by either
  name, acts for the parent;
* :func:`_persons_retold` — a person the entity layer tagged in one place and missed in
  another ("Menteri X | Harsono | bertemu …" untagged, "Harsono menegaskan …" tagged):
  every other standalone occurrence of the name is that person;
* :func:`_cities_named_for_persons` — a person retold by a word of his name that the
  gazetteer knows as a city standing for its state ("Lincoln" after "Lincoln Reyes"):
  the person, not the state;
* :func:`_firms_whole` — a firm whose name after its legal form the entity layer took
  for a person ("PT Sinar | Budi Jaya |"): by Indonesian company law the run after
  "PT" or "CV" is the firm's name, and the person's other mentions are the firm;
* :func:`_joined_bodies` — the body a crowd belongs to ("nelayan yang tergabung dalam
  Paguyuban Nelayan | Lembah Hijau") left untagged or cut to a place: by the grammar of
  "tergabung dalam" it is an organisation, named by its whole capitalised run;
* :func:`_groups_of_places` — a group named by its place or body ("warga Desa X",
  "pedagang Pasar Y", "buruh PT Z"): the group acts, not its place, with the place's
  region in apposition kept in its phrase;
* :func:`_states_by_formal_style` — a state named in its formal style ("Republik
  Demokratik X") and then by the short form ("X"): the short form is that state, not
  another the gazetteer knows by the same word.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from itertools import accumulate

from warta.nlp.entities.gazetteer import lookup_place
from warta.nlp.relations.short_forms import _NOT_REGION, government_short_forms
from warta.nlp.relations.words import _OFFICE_TITLES
from warta.records import Mention

#: A word that ends a body's name, never a person's first name: a field of government
#: written as a ke-/pe-…-an noun ("Kesehatan", "Ketenagakerjaan", "Pertanian") or one
#: of the few other heads of such tails.
_BODY_TAIL = re.compile(r"(?:Ke|Pe|Pem|Pen|Peng|Peny|Per)[a-z]{3,}an|Syariah|Sosial|Nasional")


def _name_of(m: Mention) -> str:
    return m.referent or m.entity or m.text


def _tails_unglued(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a body's last word the entity layer glued to the person named
    right after the body ("BPJS | Ketenagakerjaan Yusuf Hamdani") moved back to the body
    ("BPJS Ketenagakerjaan", "Yusuf Hamdani"); the person's mention of that word alone
    ("Menteri Kesehatan" read as him) is dropped.

    >>> ms = [Mention(0, 4, "BPJS", "ORG", "BPJS"),
    ...       Mention(5, 20, "Kesehatan Ani", "PER", "Kesehatan Ani")]
    >>> [(m.text, m.entity) for m in _tails_unglued("BPJS Kesehatan Ani", ms)]
    [('BPJS Kesehatan', 'BPJS Kesehatan'), ('Ani', 'Ani')]
    """
    renamed: dict[str, tuple[str, str]] = {}  # glued person -> (tail word, own name)
    bodies: dict[int, int] = {}  # body mention index -> end with its tail
    for k in range(len(mentions) - 1):
        body, person = mentions[k], mentions[k + 1]
        if body.type != "ORG" or person.type != "PER" or person.start != body.end + 1:
            continue
        words = person.text.split()
        if len(words) < 2 or text[body.end] != " " or not _BODY_TAIL.fullmatch(words[0]):
            continue
        name = _name_of(person)
        if name.startswith(words[0] + " "):
            renamed[name] = (words[0], name[len(words[0]) + 1 :])
            bodies[k] = person.start + len(words[0])
    if not renamed:
        return list(mentions)
    out: list[Mention] = []
    for k, m in enumerate(mentions):
        if k in bodies:
            whole = text[m.start : bodies[k]]
            out.append(replace(m, end=bodies[k], text=whole, entity=whole, referent=None))
            continue
        glued = renamed.get(_name_of(m)) if m.type == "PER" else None
        if glued is None:
            out.append(m)
            continue
        tail, own = glued
        if m.text == tail:
            continue  # the tail alone is an office's word, not the person
        if m.text.startswith(tail + " "):
            cut = len(tail) + 1
            m = replace(m, start=m.start + cut, text=m.text[cut:])
        out.append(replace(m, entity=own, referent=None))
    return out


#: Heads of a state body's regional units, named with their region ("Kejaksaan Negeri
#: Kolaka Utara", "Polres Bogor").
_UNIT_HEADS = frozenset(
    (
        "Kejaksaan Negeri",
        "Kejaksaan Tinggi",
        "Kepolisian Daerah",
        "Kepolisian Resor",
        "Kepolisian Resor Kota",
        "Kejari",
        "Kejati",
        "Polda",
        "Polres",
        "Polresta",
        "Polrestabes",
        "Kodam",
        "Korem",
        "Kodim",
        "DPRD",
        "BPBD",
    )
)
#: What may stand between a unit's head and its region: its short name in parentheses.
_BETWEEN_UNIT_AND_REGION = re.compile(r" (?:\([A-Z][\w-]*\) )?")


def _units_with_region(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a regional unit the entity layer named without the region right
    after it ("Kejaksaan Negeri (Kejari) | Kolaka Utara") spanning the region too and
    named with it; the unit's generic name alone later ("Kejari", resolved to "Kejaksaan
    Negeri") is that unit when only one region is named with it.

    >>> t = "Kejaksaan Negeri (Kejari) Muna menahan Ali. Kejari menolak."
    >>> ms = [Mention(0, 16, "Kejaksaan Negeri", "ORG", "Kejaksaan Negeri"),
    ...       Mention(18, 24, "Kejari", "ORG", "Kejaksaan Negeri"),
    ...       Mention(26, 30, "Muna", "LOC", "Kabupaten Muna"),
    ...       Mention(44, 50, "Kejari", "ORG", "Kejaksaan Negeri")]
    >>> [m.entity for m in _units_with_region(t, ms)]
    ['Kejaksaan Negeri Muna', 'Kejaksaan Negeri Muna']
    """
    out: list[Mention] = []
    named: dict[tuple[str, str], str] = {}  # (generic name, region) -> the unit's name
    k = 0
    while k < len(mentions):
        m = mentions[k]
        if m.type == "ORG" and _ends_in_unit_head(m.text):
            j = k + 1
            while j < len(mentions) and mentions[j].end <= m.end:
                j += 1
            # the short name in parentheses, a mention of the unit itself
            while j < len(mentions) and mentions[j].type == "ORG" and mentions[j].start > m.end:
                if text[m.end : mentions[j].start].strip() != "(":
                    break
                j += 1
            region = mentions[j] if j < len(mentions) else None
            if (
                region is not None
                and region.type == "LOC"
                and _BETWEEN_UNIT_AND_REGION.fullmatch(text[m.end : region.start])
            ):
                generic = _name_of(m)
                key = (generic, _name_of(region))
                name = named.setdefault(key, f"{m.text} {region.text}")
                whole = text[m.start : region.end]
                out.append(replace(m, end=region.end, text=whole, entity=name, referent=None))
                k = j + 1
                continue
        out.append(m)
        k += 1
    regions: dict[str, list[str]] = {}
    for (generic, _), name in named.items():
        regions.setdefault(generic, []).append(name)
    only = {generic: names[0] for generic, names in regions.items() if len(names) == 1}
    return [
        replace(m, entity=only[_name_of(m)], referent=None)
        if m.type == "ORG" and m.text in _UNIT_HEADS and _name_of(m) in only
        else m
        for m in out
    ]


def _ends_in_unit_head(name: str) -> bool:
    """Whether ``name`` is a regional unit's head ("Polda") or a directorate of one
    named with it ("Direktorat Reserse Siber Polda"): the region that follows is the
    unit's, and the directorate is named with it too."""
    return name in _UNIT_HEADS or any(name.endswith(f" {head}") for head in _UNIT_HEADS)


#: Legal forms of Indonesian firms written in parentheses after the name ("PT X
#: (Persero)"): the form of the firm, never a body that acts.
_LEGAL_FORMS = frozenset({"Persero", "Tbk", "Perum", "Perseroda"})


def _legal_forms_joined(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a legal form in parentheses that the entity layer tagged as an
    organisation of its own ("PT X | (Persero)") made part of the firm's mention, which
    then ends at the closing parenthesis, right before the firm's verb.

    >>> t = "PT Kereta (Persero) menggugat Y."
    >>> ms = [Mention(0, 9, "PT Kereta", "ORG", "PT Kereta"),
    ...       Mention(11, 18, "Persero", "ORG", "Persero")]
    >>> [(m.text, m.entity) for m in _legal_forms_joined(t, ms)]
    [('PT Kereta (Persero)', 'PT Kereta')]
    """
    out: list[Mention] = []
    for m in mentions:
        firm = out[-1] if out else None
        legal = (
            m.type == "ORG"
            and m.text in _LEGAL_FORMS
            and firm is not None
            and firm.type == "ORG"
            and text[firm.end : m.start] == " ("
            and text[m.end : m.end + 1] == ")"
        )
        if legal and firm is not None:
            out[-1] = replace(firm, end=m.end + 1, text=text[firm.start : m.end + 1])
            continue
        out.append(m)
    return out


#: A capitalised word right after a mention, which may complete a region's name.
_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)\b")


def _unit_regions_completed(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a regional unit whose region the entity layer cut before its
    last word ("Polda Sumatera | Selatan") spanning the whole region, when the two
    together name a province or regency of the gazetteer.

    >>> t = "Polda Sumatera Selatan menangkap Ali."
    >>> ms = [Mention(0, 14, "Polda Sumatera", "ORG", "Polda Sumatera")]
    >>> [m.entity for m in _unit_regions_completed(t, ms)]
    ['Polda Sumatera Selatan']
    """
    out: list[Mention] = []
    tagged = {m.start for m in mentions}
    for m in mentions:
        head, _, region = m.text.partition(" ")
        unit = m.type == "ORG" and head in _UNIT_HEADS
        nxt = _NEXT_WORD.match(text, m.end) if unit else None
        place = lookup_place(f"{region} {nxt.group(1)}") if nxt is not None and region else None
        short = _REGION_SHORT_FORM.match(text, m.end) if unit and not region else None
        if nxt is not None and place is not None and place.subtype is not None:
            whole = text[m.start : nxt.end()]
            m = replace(m, end=nxt.end(), text=whole, entity=whole, referent=None)
        elif short is not None and short.start(1) not in tagged and short[1] not in _NOT_REGION:
            # "Ketua DPRD Babel meminta …": the head alone and an untagged word, the
            # region's short form (which the gazetteer may not know), name the unit
            whole = text[m.start : short.end()]
            m = replace(m, end=short.end(), text=whole, entity=whole, referent=None)
        out.append(m)
    return out


#: One capitalised word or acronym right after a unit's bare head: its region's short
#: form ("DPRD **Babel**", "Polda **Sumbar**", "Kodam **Jaya**").
_REGION_SHORT_FORM = re.compile(r" ([A-Z][a-z]+|[A-Z]{2,4})(?![\w-])")


#: A unit's head written right before a place mention: the head ends at the place's
#: start, after one space.
_HEAD_ALTERNATIVES = "|".join(sorted(_UNIT_HEADS, key=len, reverse=True))
_HEAD_BEFORE = re.compile(rf"(?:^|(?<=[\s(\"“]))({_HEAD_ALTERNATIVES}) $")


def _untagged_units(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a place right after a regional unit's head that no mention
    covers ("Polres | Bogor" when only "Bogor" was tagged) made the unit, named with its
    region as :func:`_units_with_region` names it: the police or the prosecutors of a
    town act, not the town; and a government body written by its short form, untagged
    (:func:`.short_forms.government_short_forms`).

    >>> t = "Polres Bogor menangkap Ali."
    >>> ms = [Mention(7, 12, "Bogor", "LOC", "Kota Bogor")]
    >>> [(m.text, m.type, m.entity) for m in _untagged_units(t, ms)]
    [('Polres Bogor', 'ORG', 'Polres Bogor')]
    """
    out: list[Mention] = []
    covered_to = 0  # the end of the last mention: a head inside one is tagged
    for m in mentions:
        head = _HEAD_BEFORE.search(text, max(0, m.start - 30), m.start) if m.type == "LOC" else None
        if head is not None and head.start() >= covered_to:
            whole = text[head.start() : m.end]
            m = replace(m, start=head.start(), text=whole, type="ORG", entity=whole, referent=None)
        covered_to = max(covered_to, m.end)
        out.append(m)
    # "meminta Kemenhub …", "Pemprov DKI": bodies written by a short form, untagged too
    return government_short_forms(text, out)


#: A region's government as the entity layer names it: its kind and the region.
_REGION_GOVERNMENT = re.compile(r"(Pemerintah (?:Provinsi|Kabupaten|Kota)) (.+)")
#: A region's kind opening the name of a region ("Kabupaten Subang").
_REGION_KIND = re.compile(r"(?:Provinsi|Kabupaten|Kota) ")


def _regions_in_full(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a region's government named by the region's short form
    ("Pemerintah Provinsi Jatim") named by its full name where a place mention writes
    the short form for it ("Jatim" → "Jawa Timur": "Pemerintah Provinsi Jawa Timur").

    >>> ms = [Mention(0, 13, "Pemprov Jatim", "ORG", "Pemerintah Provinsi Jatim"),
    ...       Mention(20, 25, "Jatim", "LOC", "Jawa Timur")]
    >>> _regions_in_full(ms)[0].entity
    'Pemerintah Provinsi Jawa Timur'
    """
    full = {
        m.text: m.entity
        for m in mentions
        if m.type == "LOC" and m.entity and m.entity != m.text and len(m.entity) > len(m.text)
    }
    out = []
    for m in mentions:
        named = _REGION_GOVERNMENT.fullmatch(_name_of(m)) if m.type == "ORG" else None
        region = full.get(named.group(2)) if named is not None else None
        if named is not None and region is not None:
            kind = _REGION_KIND.match(region)
            region = region[kind.end() :] if kind is not None else region
            m = replace(m, entity=f"{named.group(1)} {region}", referent=None)
        out.append(m)
    return out


#: "yang tergabung dalam <Name>": what one belongs to is a body, whatever its words; its
#: name is the run of capitalised words after the preposition.
_JOINED_BODY = re.compile(
    r"\byang (?:tergabung|terhimpun|bernaung) (?:dalam|di bawah) "
    r"((?:[A-Z][\w-]*)(?: (?:[A-Z][\w-]*|dan|[0-9]+))*)"
)


#: The formal style a state's full name opens with ("Republik Demokratik X", "Republik
#: Rakyat Y"); the text goes on with the name's tail alone.
_FORMAL_STYLE = "Republik "


def _states_by_formal_style(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a place written as the tail of a state's formal name the
    article gives ("Republik Rakyat Tiongkok" … "Tiongkok") resolved to that
    state: a news text shortens the full name it opened with, and the bare word may be
    another state's name in the gazetteer. A tail two formal names share is left alone.

    >>> ms = [Mention(0, 22, "Republik Demokratik Xa", "LOC", "DR Xa"),
    ...       Mention(30, 32, "Xa", "LOC", "Xa")]
    >>> [m.entity for m in _states_by_formal_style(ms)]
    ['DR Xa', 'DR Xa']
    """
    state_of: dict[str, str | None] = {}
    for m in mentions:
        if m.type == "LOC" and m.entity and m.text.startswith(_FORMAL_STYLE):
            words = m.text.split()
            for k in range(1, len(words)):
                tail = " ".join(words[k:])
                # a tail shared by two states names neither
                state_of[tail] = m.entity if state_of.get(tail, m.entity) == m.entity else None
    if not state_of:
        return list(mentions)
    out = []
    for m in mentions:
        state = state_of.get(m.text) if m.type == "LOC" and m.referent is None else None
        out.append(replace(m, entity=state) if state is not None else m)
    return out


def _joined_bodies(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with the body a crowd belongs to named in full as an organisation
    ("yang tergabung dalam Serikat Nelayan Teluk Biru"), where no organisation mention
    already covers it: the mentions inside its name (a place cut from it) give way.

    >>> t = "Nelayan yang tergabung dalam Serikat Nelayan Teluk Biru berdemo."
    >>> ms = [Mention(45, 55, "Teluk Biru", "LOC", "Teluk Biru")]
    >>> [(m.text, m.type) for m in _joined_bodies(t, ms)]
    [('Serikat Nelayan Teluk Biru', 'ORG')]
    """
    index = _Renamed(mentions)
    for m in _JOINED_BODY.finditer(text):
        start, end = m.span(1)
        name = m.group(1).removesuffix(" dan").strip()
        end = start + len(name)
        if len(name.split()) < 2:
            continue  # one word is an acronym or a name the entity layer knows
        # the mentions within the name (a span ends at or after its start) and those
        # overlapping it
        inside = [x for x in index.starting_within(start, end) if x.end <= end]
        overlapping = index.overlapping(start, end)
        if any(x.type == "ORG" and (x.start, x.end) == (start, end) for x in inside):
            continue
        if any(x not in inside for x in overlapping):
            continue  # a mention reaching across the name's edge: leave it as tagged
        index.rename(inside, Mention(start, end, name, "ORG", name))
    return index.result()


#: The word right before a mention, to read a title there.
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def _office_places_dropped(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without the "person" the entity layer read in an office's place when
    the office's holder is named in apposition right after it ("Bupati Sukamaju, Budi
    Santoso, …"): a title takes one name, so the first is where the office is.

    >>> t = "KPK menahan Bupati Sukamaju, Budi Santoso, kemarin."
    >>> ms = [Mention(19, 27, "Sukamaju", "PER"), Mention(29, 41, "Budi Santoso", "PER")]
    >>> [m.text for m in _office_places_dropped(t, ms)]
    ['Budi Santoso']
    """
    out: list[Mention] = []
    for k, m in enumerate(mentions):
        holder = mentions[k + 1] if k + 1 < len(mentions) else None
        title = _WORD_BEFORE.search(text, max(0, m.start - 20), m.start)
        if (
            holder is not None
            and m.type == holder.type == "PER"
            and title is not None
            and title.group(1)[:1].isupper()
            and title.group(1).lower() in _OFFICE_TITLES
            and text[m.end : holder.start] == ", "
            and text[holder.end : holder.end + 1] == ","
        ):
            continue
        out.append(m)
    return out


#: A name run going on: a capitalised word right after the name ("Ali | Hasan").
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")


def _organs_as_parent(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with the organ of a body named as "<organ> (<short name>) <parent>"
    resolved to the parent, under both its names and all through the article: the
    organ's acts are the parent's.

    >>> t = "Dewan Harian (DH) Partai Nusa memecat Budi. Budi menggugat DH Nusa."
    >>> ms = [Mention(0, 12, "Dewan Harian", "ORG"), Mention(14, 16, "DH", "ORG",
    ...       "Dewan Harian"), Mention(18, 29, "Partai Nusa", "ORG", "Partai Nusa"),
    ...       Mention(57, 64, "DH Nusa", "ORG")]
    >>> [m.entity for m in _organs_as_parent(t, ms)]
    ['Partai Nusa', 'Partai Nusa', 'Partai Nusa', 'Partai Nusa']
    """
    parent_of: dict[str, str] = {}
    for organ, short, parent in zip(mentions, mentions[1:], mentions[2:], strict=False):
        shape = (text[organ.end : short.start], text[short.end : parent.start])
        if organ.type == short.type == parent.type == "ORG" and shape == (" (", ") "):
            parent_of[_name_of(organ)] = _name_of(parent)
            parent_of[short.text] = parent_of[_name_of(short)] = _name_of(parent)
    if not parent_of:
        return list(mentions)
    return [
        replace(m, entity=whole, referent=None)
        if m.type == "ORG" and (whole := _organ_parent(m, parent_of)) is not None
        else m
        for m in mentions
    ]


def _organ_parent(m: Mention, parent_of: dict[str, str]) -> str | None:
    """The parent ``m`` names as its organ: by the organ's name, or by the organ's short
    name and the end of the parent's ("DH Nusa" for "Dewan Harian (DH) Partai Nusa")."""
    if _name_of(m) in parent_of:
        return parent_of[_name_of(m)]
    head, _, rest = m.text.partition(" ")
    parent = parent_of.get(head)
    return parent if parent is not None and rest and parent.endswith(" " + rest) else None


#: The title a minister's portfolio follows ("Menteri Pertahanan", "Menteri
#: Angkatan Bersenjata X").
_MINISTER = "Menteri"


def _portfolios_dropped(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without an organisation right after a minister's title that ends
    with a state named inside it: the title takes a portfolio, not a body, and the
    office's holder acts for the state ("Menteri Angkatan Bersenjata X": X).

    >>> t = "Menteri Armada Laut Sondria tiba."
    >>> ms = [Mention(8, 26, "Armada Laut Sondria", "ORG"), Mention(20, 26, "Sondria", "LOC")]
    >>> [m.text for m in _portfolios_dropped(t, ms)]
    ['Sondria']
    """
    ends = {m.end for m in mentions if m.type not in ("PER", "ORG")}
    out: list[Mention] = []
    for m in mentions:
        title = _WORD_BEFORE.search(text, max(0, m.start - 12), m.start)
        portfolio = title is not None and title.group(1) == _MINISTER
        if m.type == "ORG" and portfolio and m.end in ends:
            continue
        out.append(m)
    return out


def _persons_retold(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each other standalone occurrence of a person's tagged name,
    untagged by the entity layer, tagged as that person: a name is the same person
    all through a report ("Menteri Z Sari bertemu …" missed, "Sari menegaskan …"
    tagged).
    An occurrence inside a mention, or run on into more capitalised words ("Sari Putri"),
    is another name.

    >>> t = "Menteri Sari bertemu Budi. Sari menolak."
    >>> ms = [Mention(20, 24, "Budi", "PER", "Budi"), Mention(26, 30, "Sari", "PER", "Sari")]
    >>> [(m.start, m.text) for m in _persons_retold(t, ms)]
    [(8, 'Sari'), (20, 'Budi'), (26, 'Sari')]
    """
    people = {m.text: m for m in mentions if _retellable(m)}
    if not people:
        return list(mentions)
    # one pass over the text's capitalised words, each looked up among the names that
    # open with it (the longest first), and the mentions looked up by where they start:
    # linear in the article's length
    by_first: dict[str, list[str]] = {}
    for name in sorted(people, key=len, reverse=True):
        first = _CAPITALISED.match(name)
        if first is not None:
            by_first.setdefault(first.group(), []).append(name)
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _e in taken]
    # the furthest end of the first k + 1 mentions: whether one starting before a name's
    # end reaches into it, without reading all those near it (a long mention makes many)
    reach = list(accumulate((e for _s, e in taken), max))
    added: list[Mention] = []
    after = 0
    for word in _CAPITALISED.finditer(text):
        at = word.start()
        if at < after or (at and (text[at - 1].isalnum() or text[at - 1] in "-_")):
            continue
        for name in by_first.get(word.group(), ()):
            end = at + len(name)
            if not text.startswith(name, at) or _WORD_GOES_ON.match(text, end):
                continue
            k = bisect_left(starts, end)
            if not (k and reach[k - 1] > at) and not _NAME_GOES_ON.match(text, end):
                added.append(replace(people[name], start=at, end=end))
                after = end
            break
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else list(mentions)


#: A capitalised word, and a word character or hyphen going on past a name's end.
_CAPITALISED = re.compile(r"[A-Z][\w'’-]*")
_WORD_GOES_ON = re.compile(r"[\w-]")


def _retellable(m: Mention) -> bool:
    """Whether ``m`` names a person by a capitalised name of some length (an initial or
    a two-letter form could be anything)."""
    return m.type == "PER" and m.referent is None and len(m.text) >= 4 and m.text[:1].isupper()


def _cities_named_for_persons(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a city standing for its state ("Wellington" for New Zealand)
    that is also the first or last word of a person's tagged name, standing alone,
    tagged as that person: a report that names a person "Lincoln Reyes" retells him as
    "Lincoln" (players by their given name, officials by their surname), and the
    gazetteer's city is no actor in it. A state's own name is never taken so.

    >>> ms = [Mention(0, 7, "Lincoln", "LOC", "Lincoln", referent="United States"),
    ...       Mention(0, 13, "Lincoln Reyes", "PER", "Lincoln Reyes"),
    ...       Mention(30, 37, "Lincoln", "LOC", "Lincoln", referent="United States")]
    >>> [(m.start, m.type, m.entity) for m in _cities_named_for_persons(ms)]
    [(0, 'LOC', 'Lincoln'), (0, 'PER', 'Lincoln Reyes'), (30, 'PER', 'Lincoln Reyes')]
    """
    persons = [m for m in mentions if _retellable(m) and " " in m.text]
    by_word: dict[str, Mention] = {}
    for person in persons:
        words = person.text.split()
        for word in (words[-1], words[0]):  # the given name wins a clash
            by_word[word] = person
    out: list[Mention] = []
    for m in mentions:
        named = by_word.get(m.text)
        city = m.type == "LOC" and m.referent is not None and m.referent != m.entity
        # (inside a person's name only asked of the few candidates: asked of every
        # mention, it grew with the square of a long text's names)
        if (
            named is not None
            and city
            and not any(p.start <= m.start and m.end <= p.end for p in persons)
        ):
            m = replace(m, type="PER", entity=named.entity, referent=None)
        out.append(m)
    return out


#: A firm's name: its legal form, then a run of capitalised words ("PT Sinar Budi").
_FIRM_RUN = re.compile(r"\b(?:PT|CV)\.? (?:[A-Z][\w&-]*(?: |$)){1,5}")


def _firms_whole(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a person tagged inside a firm's name (the run of capitalised
    words after "PT" or "CV") made the firm, whole, and that person's other mentions
    ("Budi Jaya" later) the firm too: a name after a legal form names a company.

    >>> t = "PT Sinar Budi Jaya menolak. Budi Jaya membantah."
    >>> ms = [Mention(8, 18, "Budi Jaya", "PER", "Budi Jaya"),
    ...       Mention(27, 36, "Budi Jaya", "PER", "Budi Jaya")]
    >>> [(m.text, m.type, m.entity) for m in _firms_whole(t, ms)][1]
    ('Budi Jaya', 'ORG', 'PT Sinar Budi Jaya')
    """
    firms: dict[str, str] = {}  # the person's name the entity layer gave -> the firm's
    out: list[Mention] = []
    for m in mentions:
        run = _firm_around(text, m) if m.type == "PER" else None
        if run is not None and m.entity is not None:
            firm = text[run[0] : run[1]]
            firms[m.entity] = firm
            out.append(replace(m, start=run[0], end=run[1], text=firm, type="ORG", entity=firm))
        else:
            out.append(m)
    if not firms:
        return out
    return [
        replace(m, type="ORG", entity=firms[m.entity])
        if m.type == "PER" and m.entity in firms
        else m
        for m in out
    ]


def _firm_around(text: str, m: Mention) -> tuple[int, int] | None:
    """The span of the firm's name (legal form included) that mention ``m`` lies in,
    when it starts after the legal form, else ``None``."""
    for found in _FIRM_RUN.finditer(text, max(0, m.start - 40), m.end + 1):
        end = found.end() - (1 if found.group().endswith(" ") else 0)
        if found.start() < m.start and m.end <= end and not _officer_of(text, found.start()):
            return found.start(), end
    return None


def _officer_of(text: str, firm: int) -> bool:
    """Whether an office's title stands right before the firm's name starting at
    ``firm`` ("Direktur Utama PT X <Name>"): the person after the name holds that
    office in the firm, and is no part of its name."""
    before = re.findall(r"\w+", text[max(0, firm - 30) : firm].lower())[-2:]
    return bool(_OFFICE_TITLES.intersection(before))


#: Nouns for the people of a place or a body acting as one ("warga", "buruh",
#: "nelayan"): the class of those a news text names by where they live or work.
GROUP_NOUNS = frozenset(
    """
    warga penduduk masyarakat buruh pekerja karyawan nelayan petani pedagang mahasiswa
    pelajar siswa guru sopir pengemudi ojol perajin peternak
    """.split()
)
#: First words of the names of civic groups a crowd comes with.
_CIVIC_HEADS = frozenset(
    """
    forum serikat aliansi jaringan gerakan front persatuan himpunan koalisi barisan laskar
    ikatan solidaritas paguyuban komunitas federasi konfederasi kesatuan
    """.split()
)
#: First words of the names of the bodies a crowd's people belong to ("nelayan
#: **Kelompok** Nelayan X", "buruh **Serikat** Pekerja Y"): civic groups, a trade's
#: associations and cooperatives.
_MEMBERS_BODY_HEADS = _CIVIC_HEADS | frozenset(
    "kelompok asosiasi perhimpunan perkumpulan koperasi".split()
)
_GROUP_ALTERNATIVES = "|".join(sorted(GROUP_NOUNS, key=len, reverse=True))
#: The group nouns of a firm's employees, who may be named by their trade before it.
_EMPLOYEE_ALTERNATIVES = "buruh|pekerja|karyawan"
#: A lower-case word of a trade between a group noun and the firm it works for
#: ("pekerja **galangan kapal** PT X", "buruh **pabrik** PT Y"): not a verb, a
#: preposition or a clause word, which would end the group's phrase.
_TRADE_WORD = (
    r"(?!(?:me|ber|ter|di)[a-z]{2}|(?:yang|dan|atau|dari|ke|untuk|pada|oleh|itu|ini)\b)[a-z]+"
)
#: A group noun and the capitalised run naming its place or body right after it, with
#: the small place's kind ("warga Desa X", "masyarakat adat Kampung Y", "buruh PT Z"),
#: or a firm's employees with up to two words of their trade before its legal form
#: ("pekerja galangan kapal PT Z").
_GROUP_OF_PLACE = re.compile(
    rf"\b((?i:{_GROUP_ALTERNATIVES})(?: adat)?"
    rf"|(?i:{_EMPLOYEE_ALTERNATIVES})(?: {_TRADE_WORD}){{1,2}}(?= (?:PT|CV)\.? )) "
    r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)"
)


def _groups_of_places(
    text: str, mentions: Sequence[Mention], gpe: Collection[str]
) -> list[Mention]:
    """``mentions`` with a group named by the place or body it belongs to ("warga Desa
    X", "pedagang Pasar Y", "buruh PT Z") made one organisation, the mentions inside it
    giving way: by the grammar of the noun phrase the group, not its place, is who acts
    (a village does not protest, its people do). A state after the noun stays the actor
    ("nelayan Vietnam": a state's people act for it), and so do a person ("warga Budi")
    and a body named by one word; a firm inside the name is still named back later
    ("buruh PT Z …. perusahaan": see :mod:`.antecedents`).

    >>> t = "Ratusan warga Desa Suka Maju berunjuk rasa."
    >>> ms = [Mention(19, 28, "Suka Maju", "LOC", "Suka Maju")]
    >>> [(m.text, m.type) for m in _groups_of_places(t, ms, ())]
    [('warga Desa Suka Maju', 'ORG')]
    """
    index = _Renamed(mentions)
    for found in _GROUP_OF_PLACE.finditer(text):
        start, end = found.start(), found.end()
        if found.group(1)[0].isupper() and not _opens_sentence(text, start):
            continue  # a capitalised noun inside a name ("Forum Warga X")
        named_from = found.start(2)
        inside = index.overlapping(named_from, end)
        if any(_names_state(x, gpe) for x in inside):
            continue
        if any(x.type == "PER" for x in inside) and not _opens_with_kind(found.group(2)):
            continue  # "warga Budi": a person; "warga Desa Sri Rejo" names a place
        if any(x.start < start for x in inside):
            continue  # the noun is part of a longer name ("Serikat Pekerja X")
        if any(x.type == "ORG" and _body_acts_for_group(x) for x in inside):
            continue
        if not inside and not _place_named(found.group(2)):
            continue  # one untagged word is mostly the name of a people, not a place
        end = max([end, *(x.end for x in inside)])
        name = text[start:end]
        # "warga Desa X, Kecamatan Y, Kabupaten Z, menolak …": the regions in apposition
        # locate the group, they are part of its phrase, not actors of their own
        located = _regions_in_apposition(text, end, index.starting_at, gpe)
        inside += located
        end = max([end, *(x.end for x in located)])
        # a group is never inside a later one: that starts after it (see the test of
        # ``x.start < start`` above), so only the entity layer's mentions are removed
        index.rename(inside, Mention(start, end, text[start:end], "ORG", name))
    return index.result()


class _Renamed:
    """The mentions of a text while a repair renames some: names it adds, the mentions
    inside them removed. Each lookup reads only the mentions near an offset (sorted by
    start once, instead of scanning and re-sorting the list per name). Removed mentions
    are set aside by equality, as removing them from the list did; the added names are
    kept apart, in text order (each starts at a later match than the one before)."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self._mentions = mentions
        self._ordered = sorted(mentions, key=lambda x: x.start)
        self._starts = [x.start for x in self._ordered]
        self._longest = max((x.end - x.start for x in self._ordered), default=0)
        self._gone: set[Mention] = set()
        self._added: list[Mention] = []
        self._added_starts: list[int] = []
        self._added_longest = 0

    def overlapping(self, lo: int, hi: int) -> list[Mention]:
        """The mentions kept, then the names added, overlapping ``lo``–``hi``."""
        kept = _overlapping(self._ordered, self._starts, self._longest, lo, hi)
        added = _overlapping(self._added, self._added_starts, self._added_longest, lo, hi)
        return [x for x in kept if x not in self._gone] + added

    def starting_within(self, lo: int, hi: int) -> list[Mention]:
        """The mentions kept that start from ``lo`` to ``hi`` (both included)."""
        found = self._ordered[bisect_left(self._starts, lo) : bisect_right(self._starts, hi)]
        return [x for x in found if x not in self._gone]

    def starting_at(self, at: int) -> Mention | None:
        """The mention kept starting at ``at``, the last in the list's order as a dict
        by start keeps it (added names are not looked up: none starts after a match)."""
        k = bisect_right(self._starts, at)
        while k > 0 and self._starts[k - 1] == at:
            k -= 1
            if self._ordered[k] not in self._gone:
                return self._ordered[k]
        return None

    def rename(self, inside: Sequence[Mention], name: Mention) -> None:
        """Add ``name`` (starting after every name added before), removing ``inside``."""
        self._gone.update(inside)
        self._added.append(name)
        self._added_starts.append(name.start)
        self._added_longest = max(self._added_longest, name.end - name.start)

    def result(self) -> list[Mention]:
        """The mentions with the names added, by start (stable: the mentions keep their
        order, a name comes after those at its start); the input as a list if none."""
        if not self._added:
            return list(self._mentions)
        kept = [x for x in self._mentions if x not in self._gone]
        return sorted(kept + self._added, key=lambda x: x.start)


def _overlapping(
    ms: Sequence[Mention], starts: Sequence[int], longest: int, lo: int, hi: int
) -> list[Mention]:
    """The mentions of ``ms`` (sorted by start, ``starts`` their starts, none longer
    than ``longest``) overlapping the span ``lo``–``hi``, in their order: only those
    starting less than ``longest`` before ``lo`` can reach it."""
    first = bisect_left(starts, lo - longest + 1)
    return [x for x in ms[first : bisect_left(starts, hi)] if x.end > lo]


def _regions_in_apposition(
    text: str, end: int, starting_at: Callable[[int], Mention | None], gpe: Collection[str]
) -> list[Mention]:
    """The place mentions (no state) written one after another between commas right
    after offset ``end`` and closed by a comma (", Kecamatan Y, Kabupaten Z,"), else
    none: a place named in apposition after a place. ``starting_at`` gives the mention
    starting at an offset, if any."""
    found: list[Mention] = []
    at = end
    while text.startswith(", ", at) and (m := starting_at(at + 2)) is not None:
        if m.type != "LOC" or _names_state(m, gpe):
            break
        found.append(m)
        at = m.end
    return found if text.startswith(",", at) else []


#: A firm's legal form opening its name.
_LEGAL_FORM = re.compile(r"(?:PT|CV|Perum)\b")
#: The kind of a small place written before its name ("Desa X", "Pasar Y").
_PLACE_KINDS = frozenset(
    "Desa Kelurahan Kampung Dusun Nagari Kecamatan Kabupaten Kota Pasar Pulau".split()
)


def _body_acts_for_group(m: Mention) -> bool:
    """Whether the organisation ``m`` after a group noun stays the actor: a body named
    by one word, mostly the acronym of one the group belongs to ("nelayan KNTI"), or one
    whose name says it is a body of members ("nelayan Kelompok Nelayan X": the group
    acts, by the name it chose, not as "nelayan Kelompok …")."""
    words = m.text.split()
    return len(words) < 2 or words[0].lower() in _MEMBERS_BODY_HEADS


def _opens_with_kind(run: str) -> bool:
    """Whether a capitalised run opens with a small place's kind ("Desa X")."""
    return run.split()[0] in _PLACE_KINDS


def _place_named(run: str) -> bool:
    """Whether a capitalised run the entity layer left untagged names a place: it opens
    with a place's kind or holds two words or more ("Sumur Batu"); one word alone is
    mostly a people or an ethnic group."""
    return _opens_with_kind(run) or len(run.split()) > 1


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence (or the text)."""
    at = start  # back over the quotes and spaces, not copying all the text before
    while at and text[at - 1] in " \"“'‘(":
        at -= 1
    return not at or text[at - 1] in ".!?\n"


def _names_state(m: Mention, gpe: Collection[str]) -> bool:
    """Whether mention ``m`` names a state (a metonym or a place of ``gpe``)."""
    return m.type != "ORG" and (m.referent is not None or (m.entity or m.text) in gpe)
