"""Organisations one article names by a short form beside their full name, undeclared.

"Long Name (ACR)" pairs are joined where the parenthesis declares them
(:mod:`warta.nlp.entities.trusted`); :func:`join_short_forms` joins the short forms an
article uses without declaring them, which the press does for the institutions every
reader knows: "Dewan Perwakilan Daerah" in one paragraph and "DPD" in the next,
"Kementerian Perindustrian" and "Kemenperin", "Kejaksaan Negeri <Regency>" and "Kejari
<Regency>". A short form is one word (an acronym in capitals or a syllable blend), maybe
followed by the same place or words the full name ends with; it goes to the one full
organisation name of the article it abbreviates (none, or two that fit: left as written).

:func:`join_headless_names` does the same for names written with and without their head
noun: "Kecamatan <Name>" and "<Name>", "Stadion <Name>" and "<Name>", "Partai <Name>" and
"<Name>"; :func:`untagged_division_names` finds the bare "<Name>" of a village or
district the tagger left untagged ("warga <Name>" after "Kelurahan <Name>").

:func:`companies_cited_by_opening` reads a company's first two words, cited without
its legal form ("<Sinar Bumi>" of "PT <Sinar Bumi Lestari>"), as the company, not as a
person the tagger made of them.

:func:`join_qualified_names` joins an organisation named with its town or "FC" and
without ("<Club> <City>" ... "<Club>").

:func:`regency_written_short` reads a bare regional name as the regency the article
names ("Kabupaten <Name>" ... "Bupati <Name>"), not as the city of that name.

:func:`blended_place_names` reads a syllable blend the gazetteer does not know as the
one place of the article it abbreviates ("<Jak><tim>" of "Jakarta Barat").
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from warta.lexicon.indonesian import DIVISION_HEADS, LANDMARK_HEADS, NATURAL_FEATURE_HEADS
from warta.nlp.entities.datelines import dateline_town
from warta.nlp.entities.gazetteer import load_gazetteer, lookup_place
from warta.nlp.entities.names import abbreviates, name_key, spelling_variants
from warta.nlp.entities.personbounds import _alnum_runs
from warta.nlp.entities.spanrecord import _CONNECTORS, ByStart, Covered, Span

__all__ = [
    "blended_place_names",
    "companies_cited_by_opening",
    "join_headless_names",
    "join_qualified_names",
    "join_short_forms",
    "join_tail_acronyms",
    "regency_written_short",
    "shortens",
]

_NAME_WORDS = re.compile(r"[^\s,;()]+")


def _content_words(name: str) -> list[str]:
    """The words of ``name`` without connectors and punctuation, case-folded."""
    return [w.casefold() for w in _NAME_WORDS.findall(name) if w.casefold() not in _CONNECTORS]


def _blend_of(short: str, words: Sequence[str]) -> bool:
    """Whether ``short`` takes one piece of every word of ``words``, in order: the first
    a beginning of the first word, the others a word's beginning, its ending (two
    letters at least: "Keja|ri" of "Kejaksaan Negeri") or three letters inside it
    ("Kemen|hut" of "Kementerian Kehutanan"), where a blend may leave out the schwa
    ("Kemen|da|gri": "... dalam ne(g)e(r)i", the ministry of the interior)."""
    s = short.casefold()

    @functools.cache
    def fits(i: int, j: int) -> bool:  # s[i:] from words[j:]
        if j == len(words):
            return i == len(s)
        word, rest = words[j], s[i:]
        for n in range(1, min(len(word), len(rest)) + 1):
            piece = rest[:n]
            starts = word.startswith(piece)
            inside = j > 0 and (
                (n >= 2 and word.endswith(piece))
                or (n >= 3 and (piece in word[1:] or piece in word[1:].replace("e", "")))
            )
            if (starts or inside) and fits(i + n, j + 1):
                return True
        return False

    return len(words) >= 2 and len(s) >= 2 and fits(0, 0)


def shortens(short: str, full: str) -> bool:
    """Whether the organisation name ``short`` is a short form of ``full``: its first word
    abbreviates the words of ``full`` before the rest of ``short``, which ``full`` ends with.

    >>> shortens("DPD", "Dewan Perwakilan Daerah")
    True
    >>> shortens("Kemenpera", "Kementerian Perumahan Rakyat")
    True
    >>> shortens("Kejati Gorontalo", "Kejaksaan Tinggi Gorontalo")
    True
    >>> shortens("Kejati Gorontalo", "Kejaksaan Tinggi Bengkulu")
    False
    >>> shortens("BPN", "Badan Pangan Sejahtera"), shortens("Bank", "Bank Tani Makmur")
    (False, False)
    """
    parts = _short_form_parts(short)
    return parts is not None and _shortens(parts[0], parts[1], full, _content_words(full))


def _short_form_parts(short: str) -> tuple[str, list[str]] | None:
    """The first word of ``short`` and the :func:`_content_words` after it; ``None`` when
    that word can shorten nothing (neither capitals nor a capitalised word)."""
    head, _, rest = short.partition(" ")
    if not head[:1].isupper() or not (head.isupper() or head[1:].islower()):
        return None
    return head, _content_words(rest)


def _shortens(head: str, tail: list[str], full: str, words: list[str]) -> bool:
    """:func:`shortens` from the short form's parts (:func:`_short_form_parts`) and
    ``full``'s :func:`_content_words` (``words``): a caller trying many pairs splits each
    name once, not once per pair."""
    if tail:
        if len(words) <= len(tail) or words[-len(tail) :] != tail:
            return False
        words = words[: -len(tail)]
    # A blend may also leave a word out ("Kem|lu": "Kementerian Luar ...") but not the
    # country or place closing the name ("Kementerian ... <Country>" is another
    # country's); an acronym in capitals may not ("BI" is no short form of "Badan
    # Intelijen Negara").
    return _blend_of(head, words) or (
        not head.isupper() and not _ends_with_place(full) and abbreviates(head, " ".join(words))
    )


def _ends_with_place(name: str) -> bool:
    """Whether the last word or two of ``name`` are a place the gazetteer knows."""
    words = name.split()
    return any(lookup_place(" ".join(words[-n:])) for n in (1, 2) if len(words) > n)


def _name(text: str, s: Span) -> str:
    return s.entity or " ".join(text[s.start : s.end].split())


def join_short_forms(text: str, spans: Sequence[Span]) -> None:
    """Name every organisation span whose name is a short form (:func:`shortens`) of
    exactly one other organisation name of the article after that full name.

    >>> t = "Bursa Komoditas Nusantara menghentikan kontrak itu. BKN belum memutuskan."
    >>> ss = [Span(0, 25, "ORG"), Span(52, 55, "ORG")]
    >>> join_short_forms(t, ss)
    >>> ss[1].entity
    'Bursa Komoditas Nusantara'
    """
    orgs = [s for s in spans if s.type == "ORG" and s.place is None]
    names = {_name(text, s) for s in orgs}
    # Full names by initial: a short form looks only at the names it can abbreviate.
    fulls: dict[str, list[str]] = defaultdict(list)
    words_of: dict[str, list[str]] = {}  # each full name split once, not once per short form
    for name in sorted(names):
        if len(words := _content_words(name)) >= 2:
            fulls[name[0]].append(name)
            words_of[name] = words
    joined: dict[str, str | None] = {}
    for s in orgs:
        name = _name(text, s)
        if name not in joined:
            fits = _full_forms(name, fulls.get(name[0], []), words_of)
            joined[name] = fits[0] if len(fits) == 1 else None
        if (full := joined[name]) is not None:
            s.entity = full


def _full_forms(short: str, fulls: list[str], words_of: dict[str, list[str]]) -> list[str]:
    """The names of ``fulls`` (their content words in ``words_of``) other than ``short``
    that ``short`` is a short form of (:func:`shortens`), in order."""
    parts = _short_form_parts(short)
    if parts is None:
        return []
    head, tail = parts
    return [f for f in fulls if f != short and _shortens(head, tail, f, words_of[f])]


#: Heads a name keeps when the press drops them: the entity is "Stadion <Name>", "Sungai
#: <Name>", "Partai <Name>", "PT <Name> Tbk". A division's rank ("Kecamatan", "Desa") is a
#: label: the entity is "<Name>".
_KEPT_HEADS = LANDMARK_HEADS | NATURAL_FEATURE_HEADS | {"partai", "pt", "cv"}
#: Heads that say one thing: a river is "Sungai <Name>" in Indonesian and "Kali <Name>" in
#: Javanese, and an article about a Javanese river writes both.
_SAME_HEAD = {"kali": "sungai"}


def _same_head(head: str) -> str:
    """The head as compared with another: case-folded, one word for heads of one thing."""
    folded = head.casefold()
    return _SAME_HEAD.get(folded, folded)


def join_headless_names(text: str, spans: Sequence[Span]) -> None:
    """One entity for "<Head> <Name>" and "<Name>" in one article, when the head is a
    division's rank (:data:`~warta.lexicon.indonesian.DIVISION_HEADS`: named "<Name>"),
    a landmark's or natural feature's head, "Partai" or a company's "PT"/"CV" (named
    "<Head> <Name>"). Both
    spans are the headed span's type; neither is a gazetteer place (whose names the
    gazetteer settles) nor a person ("Stadion <Hero>" beside the hero himself). A river,
    lake or mountain is named after a town, and where the story is filed from that town
    (its dateline), "<Name>" alone is the town, not the feature.

    >>> t = "Banjir melanda Kecamatan Sukawening. Warga Sukawening mengungsi."
    >>> ss = [Span(15, 35, "LOC"), Span(43, 53, "ORG")]
    >>> join_headless_names(t, ss)
    >>> [(s.entity, s.type) for s in ss]
    [('Sukawening', 'LOC'), ('Sukawening', 'LOC')]

    A declared acronym after "PT" is the company it was declared for:

    >>> t = "PT Sinar Baja Nusantara (SBN) tutup. Juru bicara PT SBN membantah."
    >>> ss = [Span(0, 23, "ORG"), Span(25, 28, "ORG", entity="Sinar Baja Nusantara"),
    ...       Span(49, 55, "ORG")]
    >>> join_headless_names(t, ss)
    >>> [s.entity for s in ss]
    [None, 'PT Sinar Baja Nusantara', 'PT Sinar Baja Nusantara']
    """
    named = [s for s in spans if s.type != "PER" and s.place is None]
    headed: dict[str, tuple[str, Span] | None] = {}
    for s in named:
        head, _, rest = _name(text, s).partition(" ")
        if rest and rest[0].isupper() and head.casefold() in DIVISION_HEADS | _KEPT_HEADS:
            # Two heads before one name ("Desa X", "Pantai X"): which one is meant is
            # unsaid, unless they say one thing ("Sungai X", "Kali X": named as first written).
            known = headed.get(rest, (head, s))
            same = known is not None and _same_head(known[0]) == _same_head(head)
            headed[rest] = known if same else None
    if not headed:
        return
    town = dateline_town(text)
    for s in named:
        name = _name(text, s)
        head, _, rest = name.partition(" ")
        first = headed.get(rest) if rest else None
        if first is not None and first[0] != head and _same_head(first[0]) == _same_head(head):
            s.entity = f"{first[0]} {rest}"  # "Kali X" after "Sungai X": that river
            continue
        found = headed.get(name)
        if found is None:
            continue
        head, full = found
        if full.start <= s.start and s.end <= full.end:
            s.entity = _name(text, full)  # "Desa |Sungai <Name>|": inside its headed name
            continue
        if name == town and head.casefold() in NATURAL_FEATURE_HEADS:
            continue  # "<TOWN> – ... Sungai <Town> ...": "<Town>" is where it is filed
        kept = head.casefold() in _KEPT_HEADS
        s.type = full.type
        s.entity = f"{head} {name}" if kept else name
        if not kept:
            for other in named:  # every "<Rank> <Name>" of the article
                if _name(text, other) == f"{head} {name}":
                    other.entity = name
    _acronym_after_opener(text, named)


# What stands right before a bare name mid-sentence: a lower-case word (or a number)
# and blanks; a capitalised word there makes it part of a longer name, a sentence's
# end an opening word spelt like it ("Sumur itu kering").
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w-])[a-z0-9][\w-]*[ \t]+$")
# A capitalised word right after: the bare name runs on into a longer one.
_NAME_RUNS_ON = re.compile(r"[\w-]|[ \t]+[A-Z]")


def untagged_division_names(
    text: str, spans: list[Span], index: dict[str, list[int]]
) -> None:
    """Add, in place, a place span for each bare "<Name>" of a village or district the
    article writes with its rank's head ("Kelurahan <Name>", "Nagari <Name>": a LOC span
    of :data:`~warta.lexicon.indonesian.DIVISION_HEADS`) where no span covers it, named
    as the headed span is: the press names a division with its head once, then without
    ("warga <Name>"). Only mid-sentence after a lower-case word, and not running on into
    a longer capitalised name; a name written with two heads ("Desa <Name>",
    "Kecamatan <Name>") is left alone. A bare name of two words or more the tagger read
    as a person's is retyped the division too, and a town the gazetteer knows (subtype
    ``"town"``) read as the division. ``index``: the starts of each capitalised word,
    case-folded (one look-up a division, no scan of the text per name).

    >>> t = "Banjir di Kelurahan Lorosari meluas. Kata warga Lorosari, air naik."
    >>> ss = [Span(10, 28, "LOC")]
    >>> untagged_division_names(t, ss, {"lorosari": [20, 48]})
    >>> [(t[s.start : s.end], s.entity) for s in ss]
    [('Kelurahan Lorosari', None), ('Lorosari', 'Kelurahan Lorosari')]
    """
    divisions: dict[str, str | None] = {}  # bare name: its entity, None if two heads
    for s in spans:
        head, _, rest = " ".join(text[s.start : s.end].split()).partition(" ")
        if s.type != "LOC" or s.place is not None or head.casefold() not in DIVISION_HEADS:
            continue
        if not rest[:1].isupper() or len(rest.split()) > 3:
            continue
        name = _name(text, s)
        divisions[rest] = name if divisions.get(rest, name) == name else None
    if not divisions:
        return
    covered = Covered(sorted((s for s in spans if not s.nested), key=lambda s: s.start))
    persons = {(s.start, s.end): s for s in spans if s.type == "PER" and s.place is None}
    towns = {(s.start, s.end): s for s in spans if s.place and s.place.subtype == "town"}
    for rest, entity in divisions.items():
        if entity is None:
            continue
        for start in index.get(rest.split()[0].casefold(), ()):
            end = start + len(rest)
            if (
                not text.startswith(rest, start)
                or not _LOWER_WORD_BEFORE.search(text, max(0, start - 24), start)
                or _NAME_RUNS_ON.match(text, end)
            ):
                continue
            if not covered.overlaps(start, end):
                spans.append(Span(start, end, "LOC", entity=entity))
                covered.add(start, end)
            elif (start, end) in persons and " " in rest:
                # the tagger read the bare name of two words or more as a man's ("warga
                # <Name> <Name>"): it is the division the article named with its head
                persons[start, end].type, persons[start, end].entity = "LOC", entity
            elif (start, end) in towns:
                # a town the gazetteer knows, named like the district or the village the
                # article writes with its head: the division ("Kecamatan <Town>", then
                # "warga <Town>")
                towns[start, end].place, towns[start, end].entity = None, entity
    _respelt_division_names(text, divisions, persons.values())


def _respelt_division_names(
    text: str, divisions: dict[str, str | None], persons: Iterable[Span]
) -> None:
    """Retype, in place, each person span of two words or more spelt a letter or two
    apart from the bare name of a division the article writes with its head (a village's
    name in the local spelling and in Indonesian's: "Nagari <Lubuah> <Name>", then
    "<Lubuh> <Name>"): the tagger read the other spelling as a man's; it is the division.

    >>> ss = [Span(0, 12, "PER")]
    >>> _respelt_division_names("Koto Tangah mengirim.", {"Kotoh Tangah": "Kotoh Tangah"}, ss)
    >>> ss[0].type, ss[0].entity
    ('LOC', 'Kotoh Tangah')
    """
    keyed = {
        name_key(rest): entity
        for rest, entity in divisions.items()
        if entity is not None and " " in rest
    }
    if not keyed:
        return
    for p in persons:
        key = name_key(text[p.start : p.end])
        if p.type != "PER" or len(key) < 2 or key in keyed:
            continue
        for division, entity in keyed.items():
            if spelling_variants({division: 2.0, key: 1.0}).get(key) == division:
                p.type, p.entity = "LOC", entity
                break


def _acronym_after_opener(text: str, named: Sequence[Span]) -> None:
    """Name "PT <ACR>" / "CV <ACR>" as the span written "<ACR>" is named, when that one
    has a name of its own (the acronym the article declared for "PT <Full Name>")."""
    declared = {
        " ".join(text[s.start : s.end].split()): s.entity for s in named if s.entity is not None
    }
    for s in named:
        head, _, rest = " ".join(text[s.start : s.end].split()).partition(" ")
        if s.entity is None and head.casefold() in _KEPT_HEADS and rest in declared:
            s.entity = declared[rest]


def regency_written_short(text: str, spans: Sequence[Span]) -> None:
    """Where an article names the regency "Kabupaten <Name>" and never the city "Kota
    <Name>", a bare "<Name>" the gazetteer reads as the city is the regency: the press
    drops "Kabupaten" once it has said it ("Bupati <Name>"). A dateline giving the city
    (the name in capitals opening a line: the town the reporter files from) names the
    city too, and then every bare "<Name>" is left as the gazetteer reads it. Where the
    article writes both out, the city first in a later paragraph than the regency, the
    story is the regency's: a bare "<Name>", the dateline's too, is the regency, and
    "Kota <Name>" stays the city.

    >>> from warta.nlp.entities.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> t = "Banjir di Kabupaten Blitar. Bupati Blitar meninjau lokasi."
    >>> ss = [Span(10, 26, "LOC", gaz.by_name("Kabupaten Blitar")),
    ...       Span(35, 41, "LOC", gaz.by_name("Kota Blitar"))]
    >>> regency_written_short(t, ss)
    >>> ss[1].place.name
    'Kabupaten Blitar'
    """
    regencies = {
        s.place.name.removeprefix("Kabupaten ")
        for s in spans
        if s.place is not None and s.place.subtype == "kabupaten"
    }
    if not regencies:
        return
    # The cities a dateline names: "<CITY> -" opening the text or a line, unless the
    # article writes the regency out before the city ("<REGENCY> - ... di Kabupaten
    # <Name> ... Kota <Name>": the story is the regency's, the city another place).
    regencies -= {
        s.place.name.removeprefix("Kota ")
        for s in spans
        if s.place is not None
        and s.place.subtype == "kota"
        and (s.start == 0 or text[s.start - 1] == "\n")
        and text[s.start : s.end].isupper()
        and not _regency_first(text, s.place.name.removeprefix("Kota "))
    }
    gaz = load_gazetteer()
    meant: dict[str, bool] = {}  # the text searched once per city, not once per span
    for s in spans:
        place = s.place
        if place is None or place.subtype != "kota" or not place.name.startswith("Kota "):
            continue
        name = place.name.removeprefix("Kota ")
        if text[s.start : s.end].split()[0].casefold() == "kota":
            continue  # the city written out stays the city
        regency = gaz.by_name(f"Kabupaten {name}") if name in regencies else None
        if regency is not None and name not in meant:
            meant[name] = (
                f"Kota {name}" not in text and f"KOTA {name.upper()}" not in text
            ) or _regency_first(text, name)
        if regency is not None and meant[name]:
            s.place = regency


def _regency_first(text: str, name: str) -> bool:
    """Whether ``text`` writes out both "Kabupaten <Name>" and "Kota <Name>", the city
    first in a later paragraph than the regency (a story of the regency that comes to the
    city after; two named together, "Kabupaten <Name> dan Kota <Name>", say nothing), and
    the regency is more than the place of a landmark: a regency named once, right after
    a landmark's name ("di tepi Danau <Lake>, Kabupaten <Name>, <Province>"), locates the
    landmark under the city's dateline.

    >>> _regency_first("X.\\nDi Danau Tawar, Kabupaten Lebak.\\nKe Kota Lebak.", "Lebak")
    False
    >>> _regency_first("X.\\nDi Desa Suka, Kabupaten Lebak.\\nKe Kota Lebak.", "Lebak")
    True
    """

    def first(kind: str) -> int:
        found = (text.find(f"{kind} {name}"), text.find(f"{kind} {name}".upper()))
        return min((i for i in found if i >= 0), default=-1)

    regency, city = first("Kabupaten"), first("Kota")
    if not (0 <= regency < city and "\n" in text[regency:city]):
        return False
    written = f"Kabupaten {name}"
    if text.count(written) + text.count(written.upper()) > 1:
        return True
    placed = _NAME_AND_COMMA_BEFORE.search(text, max(0, regency - 60), regency)
    return placed is None or any(w.casefold() in DIVISION_HEADS for w in placed.group().split())


# Capitalised words and a comma right before a regency: the place it locates ("Danau
# <Lake>, Kabupaten <Name>"), a division of it when a division's head is among them.
_NAME_AND_COMMA_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*,[ \t]+$")


#: Words closing a club's name that the press drops ("<Club> FC" ... "<Club>").
_CLUB_TAILS = frozenset({"FC"})


def _qualifier_start(name: str) -> int | None:
    """Where the qualifier closing ``name`` starts (its last one or two words: a town,
    regency or province the gazetteer knows, or a club's "FC"), leaving one word or more
    before it; else ``None``."""
    words = name.split()
    for n in (2, 1):
        if len(words) > n:
            tail = " ".join(words[-n:])
            place = lookup_place(tail)
            # a town or province; a country makes another body ("Kementerian ... <Country>")
            town = place is not None and place.subtype != "GPE" and place.referent is None
            if tail in _CLUB_TAILS or town:
                return len(name) - len(tail)
    return None


def join_qualified_names(text: str, spans: Sequence[Span]) -> None:
    """One organisation for "<Name> <Town>" (or "<Name> FC") and "<Name>" typed an
    organisation in one article, when one qualified name has that "<Name>": the press
    names a club, a police or local body with its town once, then without ("<Club>
    <City>" ... "<Club>"; "Polres <Town>" ... "Polres"). Named and typed as the
    organisation with its qualifier (the tagger often reads "<Club> <City>" as a place).

    >>> t = "Persikam Bontang menang. Pelatih Persikam puas."
    >>> ss = [Span(0, 16, "LOC"), Span(33, 41, "ORG")]
    >>> join_qualified_names(t, ss)
    >>> [(s.entity, s.type) for s in ss]
    [('Persikam Bontang', 'ORG'), ('Persikam Bontang', 'ORG')]
    """
    named = [s for s in spans if s.type != "PER" and s.place is None]
    bare = {_name(text, s) for s in named if s.type == "ORG"}
    qualified: dict[str, str | None] = {}
    for s in named:
        name = _name(text, s)
        # (a body's short form "<ACR> <Town>" named by its full name, "Dewan ... Kota
        # <Town>", gives its bare "<ACR>" too)
        for form in dict.fromkeys((name, " ".join(text[s.start : s.end].split()))):
            cut = _qualifier_start(form)
            if cut is None or (head := form[:cut].rstrip()) not in bare:
                continue
            qualified[head] = name if qualified.get(head, name) == name else None
    full_of = {head: full for head, full in qualified.items() if full is not None}
    if not full_of:
        return
    fulls = set(full_of.values())
    for s in named:
        name = _name(text, s)
        full = full_of.get(name) or (name if name in fulls else None)
        if full is not None:
            s.entity, s.type = full, "ORG"


# A legal form before a company's name, and the words that open a regional unit's tail
# ("PT <Company> Regional <Region>"), neither of which the tail's acronym spells.
_LEGAL_FORMS = frozenset({"PT", "PT.", "CV", "Perum", "Persero"})
_UNIT_WORDS = frozenset({"Regional", "Wilayah", "Perwakilan", "Area", "Cabang", "Unit"})


def join_tail_acronyms(text: str, spans: Sequence[Span]) -> None:
    """One organisation for "<Name> <ACR>" and "[PT] <Name> [Regional] <Tail words>" in
    one article, when the acronym spells the initials of the tail words: the press cuts a
    regional unit's name to an acronym of its region ("<Company> Regional <West> <Part> of
    <Region>" ... "<Company> <WPR>"). Named after the full name; the spans, in place.

    >>> t = "PT Sinar Gas Regional Sumatera Bagian Utara menambah pasokan. Sinar Gas SBU siap."
    >>> ss = [Span(0, 43, "ORG"), Span(62, 75, "ORG")]
    >>> join_tail_acronyms(t, ss)
    >>> ss[1].entity
    'PT Sinar Gas Regional Sumatera Bagian Utara'
    """
    orgs = [s for s in spans if s.type == "ORG" and s.place is None]
    fulls: dict[str, list[tuple[list[str], str]]] = defaultdict(list)
    for s in orgs:
        name = _name(text, s)
        words = name.split()
        if words and words[0] in _LEGAL_FORMS:
            words = words[1:]
        if len(words) >= 3:
            fulls[words[0]].append((words, name))
    if not fulls:
        return
    renamed: dict[str, str] = {}
    for s in orgs:
        name = _name(text, s)
        words = name.split()
        if len(words) < 2 or not (2 <= len(words[-1]) <= 5 and words[-1].isupper()):
            continue
        head, acronym = words[:-1], words[-1]
        hits = {full for w, full in fulls.get(head[0], ()) if _tail_spells(w, head, acronym)}
        if len(hits) == 1:
            renamed[name] = hits.pop()
    for s in orgs:
        full = renamed.get(_name(text, s))
        if full is not None:
            s.entity = full


def _tail_spells(words: Sequence[str], head: Sequence[str], acronym: str) -> bool:
    """Whether ``words`` open with ``head`` and the initials of the capitalised words
    after it (a unit word first left out) spell ``acronym``."""
    if len(words) <= len(head) + 1 or list(words[: len(head)]) != list(head):
        return False
    tail = [w for w in words[len(head) :] if w[:1].isupper()]
    if tail and tail[0] in _UNIT_WORDS:
        tail = tail[1:]
    return "".join(w[0] for w in tail) == acronym


# A syllable blend as the press writes a region's name: one capitalised word of five to
# eight letters, not in capitals (an acronym in capitals spells initials).
_BLEND = re.compile(r"[A-Z][a-z]{4,7}")


def _place_blend(short: str, name: str) -> bool:
    """Whether ``short`` blends the beginnings of two or more words of ``name``, two
    letters of each at least ("Jakbar" of "Jakarta Barat"; not "Jba").

    >>> _place_blend("Jaksel", "Jakarta Selatan"), _place_blend("Jakse", "Jakarta Selatan")
    (True, False)
    """
    words = name.casefold().split()
    s = short.casefold()
    return len(words) >= 2 and abbreviates(short, name) and any(
        s.endswith(w[:k]) and len(s) - k >= 2 for w in words[1:] for k in range(3, len(w) + 1)
    )


def blended_place_names(text: str, spans: Sequence[Span]) -> None:
    """A one-word name the gazetteer does not know (:data:`_BLEND`) that blends the
    beginnings of the words of exactly one place the article names ("Jakbar" beside
    "Jakarta Barat") is that place, whatever the tagger typed it, in place.

    >>> gaz = load_gazetteer()
    >>> t = "Banjir di Jakarta Barat. Warga Jakbar mengungsi."
    >>> ss = [Span(10, 23, "LOC", gaz.lookup("Jakarta Barat")), Span(31, 37, "PER")]
    >>> blended_place_names(t, ss)
    >>> ss[1].type, ss[1].place == ss[0].place
    ('LOC', True)
    """
    # places of two words or more, by their first two letters: a blend starts with them
    places: dict[str, dict[str, Span]] = defaultdict(dict)
    for s in spans:
        name = " ".join(text[s.start : s.end].split())
        if s.place is not None and s.type == "LOC" and " " in name:
            places[name[:2].casefold()][name] = s
    if not places:
        return
    for s in spans:
        if s.place is not None or _BLEND.fullmatch(text, s.start, s.end) is None:
            continue
        short = text[s.start : s.end]
        named = places.get(short[:2].casefold(), {})
        fits = {id(p.place): p for name, p in named.items() if _place_blend(short, name)}
        if len(fits) == 1:
            (place,) = fits.values()
            s.type, s.place, s.entity = "LOC", place.place, place.entity


#: Legal forms that open an Indonesian company's name ("PT", "CV").
_COMPANY_OPENERS = frozenset({"PT", "CV"})
#: Words naming a company's office in a region: the name is then a branch's.
_BRANCH_WORDS = frozenset({"Cabang", "Wilayah", "Regional", "Area", "Unit", "Divisi"})


def companies_cited_by_opening(text: str, spans: list[Span]) -> None:
    """Make each citation of a company by the first two words of its name ("Sinar Bumi"
    after "PT Sinar Bumi Lestari") that the tagger read as a person that company. Press
    writes a firm's name short without its legal form, and two capitalised words of a
    firm's name read to the tagger as a person ("Manajemen Sinar Bumi membantah"). A
    citation no span covers is left alone: the relation layer reads a firm named in an
    apposition ("Kuasa hukum <Firm>, <Name>,") as no actor yet.

    >>> t = "PT Sinar Bumi Lestari digugat. Manajemen Sinar Bumi membantah."
    >>> ss = [Span(0, 21, "ORG"), Span(47, 51, "PER")]
    >>> companies_cited_by_opening(t, ss)
    >>> [(t[s.start : s.end], s.type, s.entity) for s in ss]
    [('PT Sinar Bumi Lestari', 'ORG', None), ('Sinar Bumi', 'ORG', 'PT Sinar Bumi Lestari')]
    """
    openings = _company_openings(text, spans)
    by_start = ByStart(spans)  # (a scan of every span per citation was quadratic)
    for opening, company in openings.items():
        for start in _cited_at(text, opening):
            end = start + len(opening)
            inside = by_start.overlapping(start, end)
            if not inside or any(s.type != "PER" for s in inside):
                continue  # the full name itself, another name holding the words, or none
            for s in inside:
                spans.remove(s)
                by_start.remove(s)
            cited = Span(start, end, "ORG", entity=company, annotated=True)
            spans.append(cited)
            by_start.add(cited)
    spans.sort(key=lambda s: s.start)


def _company_openings(text: str, spans: Sequence[Span]) -> dict[str, str]:
    """The first two words after the legal form of each company named whole with three
    words or more after it -> the company's name; an opening two companies share is
    neither's."""
    found: dict[str, str | None] = {}
    for s in spans:
        words = " ".join(text[s.start : s.end].split()).split(" ")
        if s.type != "ORG" or words[0] not in _COMPANY_OPENERS or len(words) < 4:
            continue
        if not all(w[:1].isupper() for w in words[1:3]) or _BRANCH_WORDS.intersection(words):
            continue  # "PT <Firm> Cabang <Region>": "<Firm>" is the firm, not its branch
        opening, name = " ".join(words[1:3]), s.entity or " ".join(words)
        found[opening] = name if found.get(opening, name) == name else None
    return {opening: name for opening, name in found.items() if name is not None}


def _cited_at(text: str, opening: str) -> list[int]:
    """Where ``opening`` stands alone in ``text``: as whole words, with no capitalised
    word written right before or after it in the sentence (then it is inside a longer
    name, "PT <Opening> ...", "<Opening> Group").

    >>> _cited_at("Sinar Bumi, PT Sinar Bumi Jaya, kata Sinar Bumi.", "Sinar Bumi")
    [0, 37]
    """
    first = _ALNUM_RUN.match(opening)
    if first is not None and first.end() < len(opening) and not _overlaps_itself(opening):
        # Occurrences that cannot overlap, and a word of the text opens each that stands
        # alone: look only where the text has the opening's first word (a search of the
        # whole text per opening was quadratic).
        return [
            at
            for at in _alnum_runs(text).get(first.group(), ())
            if text.startswith(opening, at) and not _in_longer_name(text, at, at + len(opening))
        ]
    starts = []
    at = text.find(opening)
    while at != -1:
        end = at + len(opening)
        if not _in_longer_name(text, at, end):
            starts.append(at)
        at = text.find(opening, end)
    return starts


# A run of letters and digits (str.isalnum).
_ALNUM_RUN = re.compile(r"[^\W_]+")


def _overlaps_itself(s: str) -> bool:
    """Whether two occurrences of ``s`` can overlap: it ends with a beginning of itself."""
    return any(s.endswith(s[:k]) for k in range(1, len(s)))


def _in_longer_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is part of a word, or of a run of capitalised words."""
    if (start and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
        return True
    after = end
    while after < len(text) and text[after] in " \t":
        after += 1
    if after > end and after < len(text) and text[after].isupper():
        return True
    before = start
    while before and text[before - 1] in " \t":
        before -= 1
    if before == start or not before:
        return False
    word_start = before
    while word_start and (text[word_start - 1].isalnum() or text[word_start - 1] in "-."):
        word_start -= 1
    if text[word_start:before] in _COMPANY_OPENERS:
        return True
    if not text[word_start].isupper() or text[before - 1] in ".!?":
        return False
    # a capitalised word opening the sentence is no part of a name ("Manajemen <Opening>")
    return not _opens_sentence(text, word_start)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens the text, a paragraph or a sentence."""
    at = start
    while at and text[at - 1] in " \t":
        at -= 1
    return not at or text[at - 1] in ".!?\n\"“"
