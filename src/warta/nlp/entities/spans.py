"""Candidate name spans of one article, before alias resolution links them.

:mod:`warta.nlp.entities.aliases` builds an article's mentions from two sources and merges them:

* :func:`trusted_spans` - gazetteer places (misspelt ones too, where context confirms
  them) and "Long Name (ACR)" organisations with every later "ACR"; these are trusted
  over the NER's spans.
* :func:`clean_ner` - one NER mention trimmed of lower-case edges ("kota Bandung") and a
  leading title, or split where it is a compound ("Biden-Xi").
* :func:`merge` - cleaned NER spans against trusted spans: the trusted span wins where
  the NER span is the same name or junk around it; a place inside a bigger name stays
  as a nested span. Returns non-overlapping spans (plus nested ones) in text order.

:class:`Span` is the mutable working record (offsets, type, and what resolution later
learns about it); :class:`Covered` answers "does this range overlap a kept span?".
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from warta.lexicon.indonesian import (
    COMMON_SPEECH_CUES,
    FACILITY_HEADS,
    INSTITUTION_SHORT_NAMES,
    NAME_STOP_WORDS,
    SPEECH_VERBS,
    TITLE_WORDS,
)
from warta.nlp.entities.gazetteer import ARABIC_ARTICLE, Gazetteer, Place, load_gazetteer
from warta.nlp.entities.names import TITLE_HEAD, is_korean_syllable, is_org_head
from warta.records import EntityType, Mention

__all__ = [
    "Covered",
    "Span",
    "clean_ner",
    "is_club",
    "is_company",
    "merge",
    "trim_companies",
    "trusted_spans",
]

_LEADING_TITLE = re.compile(rf"^(?:{TITLE_HEAD})\s+(?=[A-Z])")
_WHOLE_TITLE = re.compile(TITLE_HEAD)
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,11})\)")
_CAP_WORD = re.compile(r"\b[A-Z\u00C0-\u00DE][\w-]*")
_NAME_WORD = re.compile(r"[\w.'’-]+")
# A word of a long name before "(ACR)": single hyphens inside ("Bangsa-Bangsa"), but a
# dash ("CNN Indonesia--Badan Pusat Statistik") separates words.
_RUN_WORD = re.compile(r"[\w.'’]+(?:-[\w.'’]+)*")
_WORD = re.compile(r"\w+")
# Capitalised words joined by hyphens: "Biden-Xi" (a pair, unless the gazetteer knows it).
_COMPOUND = re.compile(r"[A-Z]\w*(?:-[A-Z]\w*)+")
# A lower-case word inside a person span is a verb or preposition the tagger swallowed,
# unless it is a particle of the name ("Abdul bin Ahmad", "Ludwig van Beethoven").
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]{4,}(?![\w-])")
_NAME_PARTICLES = frozenset({"binti", "della", "dello", "delle", "degli"})
# A hyphen between two capitalised words of a person span: "Gus Ipul-Anas".
_NAME_HYPHEN = re.compile(r"\w-[A-Z]")
# "<ACR> <Name>" after a title (see _person_after_acronym).
_ACRONYM_WORD = re.compile(r"[A-Z]{2,5}")
_TITLE_BEFORE = re.compile(rf"(?<![\w.])(?:{TITLE_HEAD})\s+$")
_CORPS = frozenset({"TNI", "POLRI", "AU", "AD", "AL"})
_RANK_BEFORE = re.compile(r"(?<![\w.])[A-Z][a-z]{2,}\s+$")
_CONNECTORS = frozenset("dan untuk dari di ke atas bagi serta and of for the".split())


@dataclass(slots=True)
class Span:
    start: int
    end: int
    type: EntityType
    place: Place | None = None
    entity: str | None = None
    titled: str | None = None  # the surface with its title or role, as one string
    attributes: list[str] = field(default_factory=list)
    role: tuple[str, str] | None = None  # (title, country) of a title+country prefix
    role_only: bool = False
    annotated: bool = False
    nested: bool = False  # a place inside an organisation's name; not in the coverage


class Covered:
    """Sorted, non-overlapping intervals with an overlap test (bisect)."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self.starts = [s.start for s in spans]
        self.ends = [s.end for s in spans]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.ends, start + 1)
        return i < len(self.starts) and self.starts[i] < end

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def _acronym_matches(acronym: str, words: Sequence[str]) -> bool:
    """Whether ``acronym`` is built from prefixes of ``words`` in order, each used.

    >>> _acronym_matches("BMKG", ["Badan", "Meteorologi", "Klimatologi", "Geofisika"])
    True
    >>> _acronym_matches("Bappenas", ["Badan", "Perencanaan", "Pembangunan", "Nasional"])
    True
    """
    acr = acronym.casefold()
    low = [w.casefold() for w in words]

    def fits(i: int, j: int) -> bool:  # acr[i:] from low[j:]
        if j == len(low):
            return i == len(acr)
        w = low[j]
        return any(
            acr[i : i + k] == w[:k] and fits(i + k, j + 1)
            for k in range(1, min(len(w), len(acr) - i) + 1)
        )

    return len(low) >= 2 and fits(0, 0)


def _acronym_spans(text: str) -> list[tuple[Span, Span, str]]:
    """``(long span, acronym span, acronym)`` for each "Long Name (ACR)" in ``text``.

    The long name is the shortest run of capitalised words (connectors between) that
    spells the acronym (:func:`_acronym_matches`); failing that, the run that opens
    with an organisation's head noun right before the parenthesis
    (:func:`_headed_run`): "Mahkamah Pidana Internasional (ICC)" (an English acronym),
    "Badan Pengelola Investasi Daya Anagata Nusantara (Danantara)" (a syllable blend
    that takes word endings), "PT Aneka Tambang Tbk (Antam)".

    >>> t = "Federasi Sepak Bola Filipina (PFF) menunjuk pelatih."
    >>> [(t[a.start : a.end], acr) for a, _b, acr in _acronym_spans(t)]
    [('Federasi Sepak Bola Filipina', 'PFF')]
    """
    out: list[tuple[Span, Span, str]] = []
    for m in _ACRONYM.finditer(text):
        acronym, end = m.group(1), m.start()
        while end and text[end - 1].isspace():
            end -= 1
        words = list(_RUN_WORD.finditer(text, max(0, end - 160), end))
        words = [w for w in words if w.end() <= end][-12:]
        run = _spelled_run(words, acronym)
        if run is None and words and words[-1].end() == end < m.start():
            run = _headed_run(text, words, acronym)
        if run is not None:
            long_span = Span(run[0].start(), run[-1].end(), "ORG")
            out.append((long_span, Span(m.start(1), m.end(1), "ORG"), acronym))
    return out


def _spelled_run(words: Sequence[re.Match[str]], acronym: str) -> list[re.Match[str]] | None:
    """The shortest run of capitalised words (connectors between) ending ``words`` that
    spells ``acronym``, or ``None``."""
    for k in range(len(words) - 1, -1, -1):
        run = list(words[k:])
        if not run[0].group()[0].isupper():
            continue
        if any(not w.group()[0].isupper() and w.group() not in _CONNECTORS for w in run):
            break
        content = [w.group().strip(".,") for w in run if w.group() not in _CONNECTORS]
        if _acronym_matches(acronym, content):
            return run
    return None


#: Nouns that open an organisation's name besides :data:`~warta.nlp.entities.names.ORG_HEADS`
#: (federations, associations, forces, movements, fronts, leagues): the head of a long
#: name given with its short form.
_PAIR_HEADS = frozenset(
    "federasi asosiasi persatuan perhimpunan ikatan gabungan serikat himpunan koalisi "
    "aliansi konfederasi liga front gerakan korps pasukan satuan forum jaringan balai "
    "biro bursa perum perseroan koperasi pemerintah".split()
)
#: Words written in parentheses after a name that are not its short form: legal forms
#: ("PT Pertamina (Persero)") and acting or retired status ("(Purn)", "(Plt)").
_NOT_SHORT_FORMS = frozenset("Persero Tbk Ltd Inc Purn Plt Plh Pj Pjs".split())


def _headed_run(
    text: str, words: Sequence[re.Match[str]], acronym: str
) -> list[re.Match[str]] | None:
    """The words from an organisation's head noun up to the parenthesis, when they are
    the long name of ``acronym``; else ``None``.

    The run is the capitalised words right before the parenthesis (``words`` end there:
    no punctuation between), one space apart (connectors such as "dan" or "di" inside,
    not at either end), from its first organisation head ("Badan", "PT", "Federasi")
    on; at least two words. The short
    form is all capitals (an acronym, English ones too: "ICC" for "Mahkamah Pidana
    Internasional") or starts with the initial of a word of the name ("Danantara":
    "Daya"; "Antam": "Aneka"), and is no name the gazetteer knows as something else
    (a wire credit such as "(AFP)"), no legal form or status ("(Persero)", "(Purn)")
    and no everyday word ("(Senin)"). A word before the head with the short form's
    initial makes it the role's short form ("Kepala Kejaksaan Tinggi (Kajati)"): none.

    >>> t = "PT Aneka Tambang Tbk (Antam) untung."
    >>> [w.group() for w in _headed_run(t, list(_RUN_WORD.finditer(t, 0, 20)), "Antam")]
    ['PT', 'Aneka', 'Tambang', 'Tbk']
    """
    run: list[re.Match[str]] = []
    for w in reversed(words):
        if run and not text[w.end() : run[-1].start()].isspace():
            break  # punctuation between: "Mao Ning. (AFP)", "kata Hasan, (X)"
        word = w.group()
        if not (word[0].isupper() or (run and word in _CONNECTORS)) or word.endswith("."):
            break
        run.append(w)
    run.reverse()
    head = next(
        (
            i
            for i, w in enumerate(run)
            if is_org_head(w.group()) or w.group().casefold() in _PAIR_HEADS
        ),
        None,
    )
    if head is None:
        return None
    while run and run[-1].group() in _CONNECTORS:
        run.pop()
    if any(w.group()[0] == acronym[0] for w in run[:head]):
        return None  # "Kepala Kejaksaan Tinggi (Kajati)": the short form is the role's
    run = run[head:]
    if len(run) < 2 or load_gazetteer().lookup(acronym) is not None:
        return None
    if acronym in _NOT_SHORT_FORMS or acronym.casefold() in NAME_STOP_WORDS:  # "(Senin)"
        return None
    initials = {w.group()[0] for w in run}
    return run if acronym.isupper() or acronym[0] in initials else None


def trusted_spans(text: str, words: Sequence[tuple[int, str]]) -> list[Span]:
    """Gazetteer hits and "Long Name (ACR)" pairs with every later "ACR"; these spans are
    trusted over the NER's."""
    gazetteer = load_gazetteer()
    hits = gazetteer.find(text, words)
    # A misspelt place name, where context confirms it (see Gazetteer.near_misses).
    hits = sorted([*hits, *gazetteer.near_misses(text, words, hits)], key=lambda h: h[0])
    spans = [Span(s, e, p.type, place=p) for s, e, p in hits]
    acronyms: dict[str, str] = _organ_spans(text, spans)
    pairs = _acronym_spans(text)
    known: dict[str, Place] = {}  # acronyms of organisations the gazetteer names
    for long_span, _acr_span, acronym in pairs:
        long_name = text[long_span.start : long_span.end]
        place = gazetteer.lookup(long_name)
        if place is None:
            acronyms.setdefault(acronym, " ".join(long_name.split()))
        elif place.type == "ORG" and gazetteer.lookup(acronym) is None:
            # "Mahkamah Pidana Internasional (ICC)": the acronym is a form of the known
            # organisation. ("Amerika Serikat (AS)" is a place and needs nothing.)
            known.setdefault(acronym, place)
    if acronyms:
        longs = [s for s, _a, acr in pairs if acr in acronyms]
        # Overlap with a long name by bisection (a scan of all of them per span was
        # quadratic): one starting before the span's end reaches past its start.
        by_start = sorted((x.start, x.end) for x in longs)
        starts = [x for x, _e in by_start]
        reach = list(itertools.accumulate((e for _s, e in by_start), max))
        spans = [
            s
            for s in spans
            if not ((k := bisect.bisect_left(starts, s.end)) and reach[k - 1] > s.start)
        ]
        spans.extend(longs)
        cov = Covered(sorted(spans, key=lambda s: s.start))
        # Acronyms are letters only, so each "\bACR\b" is a whole word: one pass over the
        # words finds the uses of all of them (a regex search per acronym was quadratic).
        uses: dict[str, list[re.Match[str]]] = {}
        for m in _WORD.finditer(text):
            if m.group() in acronyms:
                uses.setdefault(m.group(), []).append(m)
        for acronym in acronyms:
            for m in uses.get(acronym, ()):
                if not cov.overlaps(m.start(), m.end()):
                    spans.append(Span(m.start(), m.end(), "ORG"))
                    cov.add(m.start(), m.end())
    if known:
        cov = Covered(sorted(spans, key=lambda s: s.start))
        for m in _WORD.finditer(text):
            place = known.get(m.group())
            if place is not None and not cov.overlaps(m.start(), m.end()):
                spans.append(Span(m.start(), m.end(), "ORG", place=place))
                cov.add(m.start(), m.end())
    _add_institutions(text, spans)
    _add_companies(text, spans)
    for s in spans:
        surface = text[s.start : s.end]
        if s.place is None:
            s.entity = acronyms.get(surface, " ".join(surface.split()))
    return sorted(spans, key=lambda s: s.start)


def _add_institutions(text: str, spans: list[Span]) -> None:
    """Add an ORG span for each known institution's acronym ("TNI", "KPK", "BNPB"; see
    INSTITUTION_SHORT_NAMES) not inside another trusted span: the tagger misses them after
    a common noun ("prajurit TNI", "pos TNI"). They are trusted spans, not gazetteer
    entries, so a person after a rank and a corps ("Laksda TNI Bambang Suryo") is cut
    off the acronym by :func:`merge`, and the tagger's features do not change."""
    cov = Covered(sorted(spans, key=lambda s: s.start))
    for m in _ACRONYM_IN_TEXT.finditer(text):
        if (
            m.group().casefold() in INSTITUTION_SHORT_NAMES
            and not _inside_a_name(text, m.start(), m.end())
            and not cov.overlaps(m.start(), m.end())
        ):
            spans.append(Span(m.start(), m.end(), "ORG"))
            cov.add(m.start(), m.end())


def _add_companies(text: str, spans: list[Span]) -> None:
    """Add an ORG span for each company written with its legal form ("Sinar Agro Sdn
    Bhd", "PT Bumi Hijau Tbk", "Orion Data Co., Ltd."), which the tagger cuts to the
    legal form or misses. The run starts after a stop word, a title or an organisation
    head of the role before it ("Direktur"), and takes in the places it names ("Jawa
    Timur" in a regional bank's name stays a nested place)."""
    for m in _COMPANY_RUN.finditer(text):
        words = list(_NAME_WORD.finditer(text, m.start(), m.end()))
        while words and (
            words[0].group().casefold() in NAME_STOP_WORDS
            or (words[0].group().casefold() in TITLE_WORDS and words[0].group() != "PT")
        ):
            words.pop(0)
        # "Kritik PT X Tbk", "Desakan PT X": an Indonesian company's name opens with "PT",
        # so a capitalised word before it (a sentence's first noun) is not part of it
        pt = next((i for i, w in enumerate(words) if w.group() == "PT"), 0)
        words = words[pt:]
        # "perusahaan Jepang Orion Corp": a country before the company is its origin
        country = _leading_country(text, words)
        words = words[country:]
        start = words[0].start() if words else m.end()
        end = _company_end(text, m.end())
        if len(words) < 2 or not is_company(text[start:end]):
            continue
        inside = [t for t in spans if start <= t.start and t.end <= end]
        if any(t.start < end and start < t.end and t not in inside for t in spans):
            continue
        for t in inside:
            if t.place is not None and t.place.type == "LOC":
                t.nested = True
            else:
                spans.remove(t)
        spans.append(Span(start, end, "ORG"))


def _leading_country(text: str, words: Sequence[re.Match[str]]) -> int:
    """How many of ``words`` (a company run) name a country before the company ("Korea
    Selatan" in "Korea Selatan Hana Corp"); 0 when none does or no name would remain."""
    gazetteer = load_gazetteer()
    for k in range(min(3, len(words) - 2), 0, -1):
        place = gazetteer.lookup(text[words[0].start() : words[k - 1].end()])
        if place is not None and place.subtype == "GPE":
            return k
    return 0


def _inside_a_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word other than a stop word ("Menurut") stands right
    before or after ``text[start:end]``: the acronym is then part of a bigger name ("DPR
    RI", "Komisi III DPR", "Mabes TNI") or of a title before a name, left to the tagger."""
    after = _CAP_WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    before = _WORD_BEFORE_SPAN.search(text, max(0, start - 30), start)
    return after is not None or (
        before is not None and before.group(1).casefold() not in NAME_STOP_WORDS
    )


_ACRONYM_IN_TEXT = re.compile(r"(?<![\w-])[A-Z]{3,5}(?![\w-])")


#: Head nouns of an organ inside a bigger organisation: "Majelis Umum PBB".
_ORGAN_HEADS = frozenset("Dewan Majelis Komisi Mahkamah Pengadilan".split())
_WORD_BEFORE_SPAN = re.compile(r"(?<![\w-])([A-Z][\w]*) $")


def _words_before(text: str, start: int, limit: int) -> list[re.Match[str]]:
    """Up to ``limit`` capitalised words right before ``start``, one space apart, last first."""
    out: list[re.Match[str]] = []
    while len(out) < limit and (m := _WORD_BEFORE_SPAN.search(text, max(0, start - 30), start)):
        out.append(m)
        start = m.start()
    return out


def _organ_spans(text: str, spans: list[Span]) -> dict[str, str]:
    """Widen each gazetteer organisation with an organ named before it ("Majelis Umum
    PBB", "Komisi Uni Eropa") into that organ, its own organisation; and its initials
    before the parent ("MU PBB") into the same organ. Returns
    ``{initials form: organ}`` for the organs found (the initials form is only linked
    where the article also writes the organ in full, as with "Long Name (ACR)").

    >>> t = "Majelis Umum PBB bersidang; MU PBB gagal, kata PBB."
    >>> g = load_gazetteer()
    >>> sp = [Span(s, e, p.type, place=p) for s, e, p in g.find(t)]
    >>> forms = _organ_spans(t, sp)
    >>> [(t[x.start : x.end], x.place is None) for x in sp]
    [('Majelis Umum PBB', True), ('MU PBB', True), ('PBB', False)]
    >>> forms
    {'MU PBB': 'Majelis Umum PBB'}
    """
    forms: dict[str, str] = {}
    for s in spans:
        if s.place is None or s.place.type != "ORG":
            continue
        before = _words_before(text, s.start, 5)
        head = next((i for i, w in enumerate(before) if w.group(1) in _ORGAN_HEADS), None)
        if head is None:
            continue
        organ = [w.group(1) for w in reversed(before[: head + 1])]
        parent = text[s.start : s.end]
        s.start, s.place = before[head].start(1), None
        name = " ".join([*organ, parent])
        forms[f"{''.join(w[0] for w in organ).upper()} {parent}"] = name
    for s in spans:
        if s.place is None or s.place.type != "ORG":
            continue
        before = _words_before(text, s.start, 1)
        if before and f"{before[0].group(1)} {text[s.start : s.end]}" in forms:
            s.start, s.place = before[0].start(1), None
    return forms


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
    end = _company_end(text, end)  # "Sinar Agro| Sdn Bhd": the legal form is the name's
    if (
        mention.type != "PER"
        or _COMPANY_FIRST_BEFORE.search(text, max(0, start - 9), start)
        or (text[start:end].split()[0] in _COMPANY_FIRST)
    ):
        start, end = _company_bounds(text, start, end)
    if mention.type == "PER":  # "Sultan Oman Haitham| bin Tariq": the father's name too
        end = _initial_end(text, start, _patronymic_end(text, end))
        start, end = _quoted_nick_bounds(text, start, end)
    end = _before_balinese_name(text, start, end)  # "Dinas X I| Made Sudira"
    if mention.type != "PER":  # a person span holding two names is cut in _person_parts
        end = _before_verb(text, start, end)
    if mention.type == "ORG":  # "Kementerian Pendidikan Dasar| dan Menengah"
        end = _conjoined_name_end(text, start, end)
    while end > start and text[end - 1] in ".,'’":
        end -= 1
    if text[end : end + 1] == "." and text[max(start, end - 3) : end] in _NAME_SUFFIXES:
        end += 1  # "Ferdinand Marcos Jr.": the period is the suffix's, so the name's
    if mention.type == "PER" and is_club(text[start:end]):
        mention = Mention(start, end, text[start:end], "ORG")  # "Arema FC", "Dewa United"
    if mention.type in ("PER", "LOC") and is_company(text[start:end]):
        # "Orion Systems Corp"; a place word inside ("Nusantara Group") fools the tagger
        mention = Mention(start, end, text[start:end], "ORG")
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
        opening = _OPENING_OFFICE.match(text, start, end)  # the office inside the span
        place = opening.end() if opening else start
        holder = _holder_after_office_place(text, place, end)
        if holder is not None:  # "Bupati Sumbawa Sutarjo" read as one place: the man too
            return [
                Span(place, holder[0], "LOC"),
                *clean_ner(text, Mention(holder[1], end, text[holder[1] : end], "PER")),
            ]
    if mention.type == "PER" and not _WHOLE_TITLE.fullmatch(surface):  # "Jaksa Agung"
        lead = _LEADING_TITLE.match(surface)
        if lead:
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
    return [Span(start, end, mention.type)] if end - start > 1 else []


# Offices held over a territory, written "<office> <territory> <name>" ("Camat Cilandak
# Abdul Rahman", "Kapolsek Cibinong AKP Heru Santika", "Bupati Luwu Utara Andi ...").
# The first words of the territory may stand before the span the tagger found ("Kepala
# Kampung Sido Mukti" + "Jaya Sugiono"): ``lead``.
_OFFICES_OVER_TERRITORY = (
    r"(?:Camat|Lurah|Kades|Kepala\s+Desa|Kepala\s+Kampung|Kepala\s+Dusun|Kadus|"
    r"Kepala\s+Kelurahan|Perbekel|"
    r"Bupati|Wali\s*[Kk]ota|Gubernur|Sekda|Kapolsek|Kapolres|Kapolresta|Kapolda|Danramil|"
    r"Dandim|Danrem|Kajari|Kajati)"
)
_TERRITORIAL_OFFICE = re.compile(
    rf"(?<![\w.]){_OFFICES_OVER_TERRITORY}\s+(?P<lead>(?:[A-Z][\w-]*\s+){{0,3}})$"
)
# The office inside the span, when the tagger took it for a first name ("Perbekel").
_OPENING_OFFICE = re.compile(rf"{_OFFICES_OVER_TERRITORY}\s+(?=[A-Z])")
# A territory's head noun before its name, where the article names the territory on its
# own ("di Desa Tembok", "Kampung Sido Mukti Jaya", "Kecamatan Rogojampi").
_TERRITORY_HEAD = r"(?:Desa|Kelurahan|Kecamatan|Kampung|Dusun|Banjar|Nagari|Gampong|Distrik)"
# A word with the shape of a village or district name: a Sundanese "Ci-" or a common
# place word in front ("Cilandak", "Tanjungsari", "Kampung Melayu", "Sungai Raya"), or
# a village's hopeful ending ("Sukamaju", "Mekarjaya", "Sidomulyo", "Karanganyar").
_PLACE_SHAPE = re.compile(
    r"(?:Ci[a-z]{3,}|(?:Tanjung|Karang|Sumber|Pasir|Kampung|Sungai|Muara|Rawa|Bukit|Teluk|"
    r"Kali|Banjar|Pulau|Batu|Desa|Kelurahan|Kecamatan)[a-z]*|"
    r"[A-Z][a-z]+(?:maju|jadi|mulya|mulyo|rejo|harjo|anyar|makmur|wangi|jaya|sari))"
)
_COMPASS = frozenset("Utara Selatan Barat Timur Tengah Raya Baru Lama Hilir Hulu".split())


def _jurisdiction_end(text: str, start: int, end: int) -> int | None:
    """End of the territory a person span opens with after a territorial office, or
    ``None``: the tagger reads "Kades Tanjungsari Suparman" as one person.

    The territory is the longest run of leading words that is a gazetteer place
    ("Kabupaten Bogor", "Papua Tengah"), or a word of a village's shape
    (:data:`_PLACE_SHAPE`) with a compass word or the capitalised word after "Kampung"
    ("Kampung Melayu"); a name of one word or more must remain after it.

    >>> t = "Kata Camat Cilandak Abdul Rahman."
    >>> t[11:_jurisdiction_end(t, 11, 32)]
    'Cilandak'
    >>> _jurisdiction_end("Kata Camat Abdul Rahman.", 11, 23) is None
    True
    """
    office = _TERRITORIAL_OFFICE.search(text, max(0, start - 60), start)
    if office is None:
        return None
    words = list(_NAME_WORD.finditer(text, start, end))
    gazetteer = load_gazetteer()
    lead = office.group("lead")
    for k in range(len(words) - 1, 0, -1):  # longest place first, a name left after it
        place = gazetteer.lookup(text[start : words[k - 1].end()])
        if not lead and place is not None and place.type == "LOC":
            return words[k - 1].end()
        if _territory_named_apart(text, lead + text[start : words[k - 1].end()], office, end):
            return words[k - 1].end()
    for k in (1, 2):  # "Kapolsek Rogojampi AKP Nyoman ...": a rank after the territory
        if k + 1 < len(words) and not lead and _LEADING_TITLE.match(text[words[k].start() : end]):
            return words[k - 1].end()
    if lead:
        return None
    if len(words) < 2 or not _PLACE_SHAPE.fullmatch(words[0].group()):
        return None
    taken = 1
    if words[0].group() in {"Kampung", "Desa", "Kelurahan", "Kecamatan"} or (
        len(words) > 2 and words[1].group() in _COMPASS
    ):
        taken = 2
    return words[taken - 1].end() if taken < len(words) else None


#: Portfolios named after "Menteri" that are not nouns of the "Ke-/Pe-...-an" shape.
_PORTFOLIOS = frozenset(
    """Agraria Koperasi Agama Sosial Hukum Unifikasi Investasi Energi Pariwisata BUMN PUPR
    Desa Transmigrasi Ekonomi Riset Teknologi Digital Informatika Kebudayaan""".split()
)
_PORTFOLIO_SHAPE = re.compile(r"(?:Ke|Pe[rnm]?)[a-z]{3,}an")
_MINISTER_BEFORE = re.compile(r"(?<![\w.])Menteri(?:[ \t]+(?:Koordinator|Negara))?[ \t]+$")


def _past_portfolio(text: str, start: int, end: int) -> int:
    """``start`` moved past the portfolio a person span opens with after "Menteri"
    ("Menteri Agraria| Yusuf Hadi Santoso"): the tagger took the ministry's field for
    the minister's first name. Two name words must remain.

    >>> t = "Menteri Agraria Yusuf Hadi Santoso hadir."
    >>> t[_past_portfolio(t, 8, 34):34]
    'Yusuf Hadi Santoso'
    """
    if not _MINISTER_BEFORE.search(text, max(0, start - 30), start):
        return start
    words = list(_NAME_WORD.finditer(text, start, end))
    k = 0
    while k < len(words) - 2 and (
        words[k].group() in _PORTFOLIOS or _PORTFOLIO_SHAPE.fullmatch(words[k].group())
    ):
        k += 1
    return words[k].start() if k else start


def _holder_after_office_place(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(end of the place, start of the name)`` when a place or organisation span after a
    territorial office is "<place> <name>" ("Bupati Sumbawa Darmansyah", tagged one
    place): the place one the gazetteer knows, the whole span not a place, the rest
    capitalised and not a compass word, and no capitalised word right after the span
    (there the span is all place and the name follows). Else ``None``.

    >>> t = "Bupati Sumbawa Sutarjo hadir."
    >>> a, b = _holder_after_office_place(t, 7, 22)
    >>> t[7:a], t[b:22]
    ('Sumbawa', 'Sutarjo')
    """
    gazetteer = load_gazetteer()
    if gazetteer.lookup(text[start:end]) is not None or _NAME_GOES_ON_WORD.match(text, end):
        return None  # "Camat Medan Tuntungan| Hasan ...": the name comes after the span
    place_end = _jurisdiction_end(text, start, end)
    if place_end is None or gazetteer.lookup(text[start:place_end]) is None:
        return None
    name = _CAP_WORD.search(text, place_end, end)
    if name is None or name.group() in _COMPASS or text[place_end : name.start()].strip():
        return None
    return place_end, name.start()


# Short names of regional units of the prosecution, the police, the army and local
# government, written before the unit's place: "Kejari Klaten", "Polres Garut",
# "Pemkab Sleman".
_REGIONAL_UNIT = frozenset(
    """Kejari Kejati Polres Polresta Polrestabes Polsek Polda Kodim Koramil Korem Pemkab
    Pemkot Pemprov Lapas Rutan Dinkes Disdik""".split()
)


def _regional_unit_end(text: str, start: int, end: int) -> int | None:
    """End of "<regional unit> <place>" opening a span that a name ends ("Kejari
    Klaten Hendro Saputro": the tagger reads the prosecutor's office as part of the
    man), or ``None``; the place must be one the gazetteer knows and a name must remain.

    >>> t = "jaksa Kejari Klaten Hendro Saputro menuntut"
    >>> t[6:_regional_unit_end(t, 6, 34)]
    'Kejari Klaten'
    """
    words = list(_NAME_WORD.finditer(text, start, end))
    if len(words) < 3 or words[0].group() not in _REGIONAL_UNIT:
        return None
    gazetteer = load_gazetteer()
    for k in range(min(len(words) - 1, 3), 1, -1):  # the longest place, a name left after it
        place = gazetteer.lookup(text[words[1].start() : words[k - 1].end()])
        if place is not None and place.type == "LOC":
            return words[k - 1].end()
    return None


def _territory_named_apart(text: str, words: str, office: re.Match[str], end: int) -> bool:
    """Whether the article names ``words`` as a territory after its head noun ("Desa
    Tembok", "Kecamatan Rogojampi") outside the ``office`` phrase itself (which runs to
    ``end``): then "<office> Tembok Putu Wirata" opens with the territory, not with a
    first name."""
    for start, after in _territory_heads(text):
        stop = after + len(words)
        if not text.startswith(words, after) or _NAME_GOES_ON.match(text, stop):
            continue
        if stop <= office.start() or start >= end:
            return True
    return False


_TERRITORY_HEAD_RE = re.compile(rf"(?<![\w.]){_TERRITORY_HEAD}\s+")
_NAME_GOES_ON = re.compile(r"[\w-]")


@functools.lru_cache(maxsize=4)
def _territory_heads(text: str) -> tuple[tuple[int, int], ...]:
    """Where each territory head of ``text`` starts and where the name after it starts,
    found once per text: scanning the text for every office phrase made the stage
    quadratic in the article's length."""
    return tuple((m.start(), m.end()) for m in _TERRITORY_HEAD_RE.finditer(text))


# A lower-case word with a verb's prefix ("mencela", "menolak", "berjanji", "ditahan"):
# a name never holds one, so a span that runs into it has swallowed the sentence's verb
# ("Kementerian Luar Negeri Jepang mencela Malaysia"). Connectors ("dan", "untuk") and
# other lower-case words inside real names ("Kelautan dan Perikanan") do not match.
_VERB_WORD = re.compile(r"(?<![\w-])(?:me|be|di|te)[a-z]{4,}(?![\w-])")

# Prepositions of that shape, which do sit inside names ("Undang-Undang tentang ...").
_NOT_VERBS = frozenset({"tentang", "terhadap", "bersama", "beserta", "terkait", "tertentu"})


def _before_verb(text: str, start: int, end: int) -> int:
    """End of a name span cut before its first verb-shaped lower-case word, capitalised
    words after it dropped (they are the verb's object, found on their own).

    >>> t = "Kementerian Luar Negeri Jepang mencela Malaysia."
    >>> t[:_before_verb(t, 0, 46)]
    'Kementerian Luar Negeri Jepang'
    """
    verb = next(
        (v for v in _VERB_WORD.finditer(text, start, end) if v.group() not in _NOT_VERBS), None
    )
    if verb is None:
        return end
    cut = verb.start()
    while cut > start and text[cut - 1].isspace():
        cut -= 1
    return cut


# Words that end a company's name ("PT Sinar Jaya Tbk", "Nusantara Mining Corporation",
# "Lestari Agro Sdn Bhd", "Orion Systems", "Garuda Holdings").
_COMPANY_LAST = frozenset(
    """Tbk Corporation Corp Corp. Inc Inc. Ltd Ltd. Limited Company Co Co. Group Berhad Bhd
    AG GmbH Sdn Pte LLC Plc PLC Systems Holdings Holding""".split()
)
# Legal forms written after a company's name, which the tagger often leaves out ("Sinar
# Agro Sdn Bhd" found as "Sinar Agro"; "Orion Technology Co., Ltd.").
_LEGAL_FORMS = r"(?:Tbk|Sdn|Bhd|Berhad|Pte|Ltd|LLC|Inc|Corp|Co|GmbH|AG|Plc|PLC)"
_LEGAL_TAIL = re.compile(rf"(?:\.?,?[ \t]+{_LEGAL_FORMS}\.?(?![\w-]))+")


# A company named with its legal form: up to six capitalised words ("PT" among them),
# then the forms ("Sdn Bhd", "Pte Ltd", "Co., Ltd.", "Tbk").
_COMPANY_RUN = re.compile(rf"(?<![\w.-])(?:[A-Z][\w&'’-]*[ \t]+){{1,6}}?{_LEGAL_FORMS}(?![\w-])")


def _company_end(text: str, end: int) -> int:
    """End of a name span widened over the legal forms right after it ("Sdn Bhd",
    "Co., Ltd."); ``end`` itself when none follows. A final period stays outside unless
    an abbreviation needs it ("Ltd." keeps it only when the sentence goes on)."""
    tail = _LEGAL_TAIL.match(text, end)
    if tail is None:
        return end
    stop = tail.end()
    if text[stop - 1] == "." and (stop >= len(text) or not text[stop:].strip()[:1].islower()):
        stop -= 1  # the sentence's own full stop
    return stop


def is_company(surface: str) -> bool:
    """Whether a name has a company's shape: opened by "PT" or closed by a legal form or
    a company word ("Tbk", "Sdn Bhd", "Corp", "Holdings", "Systems").

    >>> is_company("Orion Data Systems"), is_company("PT Sinar Jaya"), is_company("Budi Jaya")
    (True, True, False)
    """
    words = surface.replace(",", " ").split()
    return len(words) > 1 and (words[0] in _COMPANY_FIRST or words[-1] in _COMPANY_LAST)


#: Words that open an Indonesian company's name: a limited company, a partnership, a
#: regional or state public company.
_COMPANY_FIRST = frozenset({"PT", "CV", "Perumda", "Perum"})
# "Perum" is left out before a span: "Perum <Name>" is cited "<Name>" as often, and the
# tagger's "<Name>" then stays the one entity.
_COMPANY_FIRST_BEFORE = re.compile(r"(?<![\w.-])(?:PT|CV|Perumda)[ \t]+$")


def trim_companies(text: str, candidates: Sequence[Span]) -> None:
    """Cut a company span widened by :func:`_company_bounds` before a person the tagger
    found inside the widening ("Dirut PT Sinar Laut Makmur Andi Basri Latif menyebut"):
    the name stops where the man's begins."""
    persons = [c for c in candidates if c.type == "PER"]
    for c in candidates:
        if c.type != "ORG" or text[c.start : c.end].split()[0] not in _COMPANY_FIRST:
            continue
        inside = [p.start for p in persons if c.start < p.start < c.end]
        if inside:
            cut = min(inside)
            while cut > c.start and text[cut - 1] in " \t,":
                cut -= 1
            c.end = cut


def _company_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """A span widened to the whole of a company name opened by "PT", "CV", "Perumda" or
    "Perum": back over the opening word the tagger left out, and on over the capitalised
    words of the name it cut short ("PT Sinar| Bumi Lestari"), up to a lower-case word
    or punctuation.

    >>> t = "Lahan itu milik PT Sinar Bumi Lestari yang berkantor di Medan."
    >>> a, b = _company_bounds(t, 16, 24)
    >>> t[a:b]
    'PT Sinar Bumi Lestari'
    """
    before = _COMPANY_FIRST_BEFORE.search(text, max(0, start - 9), start)
    if before is not None:
        start = before.start()
    first = _WORD.match(text, start)
    if first is None or first.group() not in _COMPANY_FIRST:
        return start, end
    while (more := _NAME_GOES_ON_WORD.match(text, end)) and (
        more.group(1).casefold() not in NAME_STOP_WORDS
    ):
        end = more.end()
    return start, end


_AND = re.compile(r"\s+dan\s+")


def _complete_name(surface: str, left: bool) -> bool:
    """Whether ``surface`` is a whole name on its own side of a "dan": a country or other
    gazetteer place, or a company (opened by "PT", closed by "Tbk", "Corporation"...).
    A left side may also be a name closed by a country ("Kedutaan Besar Jepang")."""
    words = surface.split()
    if not words or not words[0][0].isupper():
        return False
    if words[0] == "PT" or words[-1] in _COMPANY_LAST:
        return True
    gazetteer = load_gazetteer()
    if gazetteer.lookup(surface) is not None:
        return True
    place = gazetteer.lookup(words[-1]) if left and len(words) > 1 else None
    return place is not None and place.subtype == "GPE"


def _field_then_country(words: list[str], gazetteer: Gazetteer) -> bool:
    """Whether the words after a "dan" are a field and then a country ("Perdagangan
    Australia"): a plain word (no organisation head, title or place), then a GPE."""
    if len(words) != 2:
        return False
    field, country = words
    place = gazetteer.lookup(country)
    return (
        place is not None
        and place.subtype == "GPE"
        and not is_org_head(field)
        and field.casefold() not in TITLE_WORDS
        and gazetteer.lookup(field) is None
    )


_AND_WORDS = re.compile(r"[ \t]+dan[ \t]+((?:[A-Z][a-z]+)(?:[ \t]+[A-Z][a-z]+)?)(?![\w-])")


def _conjoined_name_end(text: str, start: int, end: int) -> int:
    """End of an organisation's name that goes on after a "dan" the tagger stopped at
    ("Kementerian Pendidikan Dasar dan Menengah", "Badan Kepegawaian dan Diklat"), or
    ``end``. The name opens with an organisation head; one or two capitalised words
    follow the "dan" and then no other capitalised word. They are no name of their own:
    no organisation head, title, place or company, and not written elsewhere in the
    article apart from this name (a second body or a person is, or is a place)."""
    after = _AND_WORDS.match(text, end)
    first = text[start:end].split()
    if after is None or len(first) < 2 or not is_org_head(first[0]):
        return end
    right = after.group(1)
    if _CAP_WORD.match(text, after.end() + 1) and text[after.end() : after.end() + 1] == " ":
        return end  # "... dan Bank Sentral Eropa": a longer name follows
    words = right.split()
    gazetteer = load_gazetteer()
    if _field_then_country(words, gazetteer):
        return after.end()  # "... Luar Negeri dan Perdagangan Kanada": the state's ministry
    if any(
        is_org_head(w) or w.casefold() in TITLE_WORDS or gazetteer.lookup(w) is not None
        for w in words
    ) or _complete_name(right, left=False):
        return end
    if _written_apart(text[:start] + text[after.end() :], right):
        return end
    return after.end()


def _coordinated_names(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The two names of a span that coordinates them with "dan", or ``None``.

    The tagger joins "PT Pertiwi Energi dan Thailand" or "Korea Selatan dan Jepang" into
    one name. The span is cut at a "dan" whose two sides are each a whole name
    (:func:`_complete_name`); a name that holds "dan" ("Kementerian Kelautan dan
    Perikanan", "Bosnia dan Herzegovina" in the gazetteer) stays whole.

    >>> t = "PT Pertiwi Energi dan Thailand sepakat."
    >>> [t[a:b] for a, b in _coordinated_names(t, 0, 30)]
    ['PT Pertiwi Energi', 'Thailand']
    >>> _coordinated_names("Kementerian Kelautan dan Perikanan", 0, 34) is None
    True
    """
    if load_gazetteer().lookup(text[start:end]) is not None:
        return None
    for conj in _AND.finditer(text, start, end):
        left, right = text[start : conj.start()], text[conj.end() : end]
        if (_complete_name(left, left=True) and _complete_name(right, left=False)) or (
            _headed_name(left) and _headed_name(right)
        ):
            return [(start, conj.start()), (conj.end(), end)]
    return None


def _headed_name(surface: str) -> bool:
    """Whether ``surface`` is an organisation's name by its head: two words or more, the
    first an organisation head ("Kementerian Keuangan", "Bank Indonesia"). Two such
    names joined by "dan" are two bodies; a name whose part after "dan" opens with no
    head ("Kementerian Kelautan dan Perikanan") is one."""
    words = surface.split()
    return len(words) > 1 and is_org_head(words[0])


# "bin"/"binti" ("son/daughter of") and the father's name after it, up to three words:
# an Arabic or Malay name goes on after them ("Haitham bin Tariq Al Said").
_PATRONYMIC = re.compile(
    r"[ \t]+(?:bin|binti|ibn|bint)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
)


def _patronymic_end(text: str, end: int) -> int:
    """End of a person span continued over the "bin <Father>" right after it; ``end``
    itself when none follows (the tagger stops a name at the lower-case "bin").

    >>> t = "Sultan Oman Haitham bin Tariq menerima tamu."
    >>> t[:_patronymic_end(t, 19)]
    'Sultan Oman Haitham bin Tariq'
    """
    more = _PATRONYMIC.match(text, end)
    return more.end() if more else end


# Generational suffixes written with a period, which belongs to the name.
_NAME_SUFFIXES = frozenset({" Jr", " Sr"})
# An Arabic article joined to a name: "al-Houthi", "el-Sisi", "asy-Syarif".
_ARTICLE_NAME = re.compile(rf"{ARABIC_ARTICLE}-[A-Z]")


def _capitalised(word: str) -> bool:
    """Whether a word of a name span is name-like: capitalised, or a capitalised name
    after an Arabic article ("al-Houthi" ends "Abdul Malik al-Houthi")."""
    return word[0].isupper() or _ARTICLE_NAME.match(word) is not None


# A sports club's name: it ends in a club word ("Dewa United", "Arema FC", "Manchester
# City") or opens with an Indonesian club's "Persi-"/"Perse-" ("Persib", "Persebaya",
# from "Persatuan Sepak Bola Indonesia ...") or "PS"/"PSM"-style initials ("PS Barito
# Putera", "PSS Sleman").
_CLUB_LAST = frozenset({"United", "FC", "F.C.", "City", "Utd", "SC"})
_CLUB_FIRST = re.compile(r"Pers[ei][a-z]{1,6}|PS[A-Z]{0,3}")


def is_club(surface: str) -> bool:
    """Whether ``surface`` has the shape of a sports club's name (not a place).

    >>> is_club("Dewa United"), is_club("Persib"), is_club("PSS Sleman"), is_club("Budi")
    (True, True, True, False)
    >>> is_club("Quezon City")  # a place the gazetteer knows
    False
    """
    words = surface.split()
    if not words:
        return False
    shaped = (len(words) > 1 and words[-1] in _CLUB_LAST) or _CLUB_FIRST.fullmatch(words[0])
    return bool(shaped) and load_gazetteer().lookup(surface) is None


#: Balinese names open with a birth-order or caste name ("Made", "Wayan", "Putu") after
#: the gender marker "I" (men) or "Ni" (women); the tagger leaves the marker out.
_BALINESE_FIRST = frozenset(
    "Made Wayan Putu Gede Ketut Nyoman Komang Kadek Nengah Luh Gusti Ayu Kade Bagus".split()
)
#: Words that open a Balinese given name after "I", "Ni" or "Ida" (for the quote layer).
BALINESE_FIRST_NAMES = _BALINESE_FIRST
# "I"/"Ni" (he/she) and the Brahmin "Ida" ("Ida Bagus", "Ida Ayu") open a Balinese name.
_BALINESE_MARKER = re.compile(r"(?:^|(?<=[\s,(\"“”]))(?:I|Ni|Ida)\s+$")
# The same marker as the last word of another span, a Balinese name right after it:
# "Dinas Pertanian Tabanan I| Made Sudira", "PHRI Badung Ida| Bagus Made Sukarta".
_BALINESE_MARKER_LAST = re.compile(r"\s(?:I|Ni|Ida)$")
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")


def _before_balinese_name(text: str, start: int, end: int) -> int:
    """``end`` moved back before a last word "I", "Ni" or "Ida" that opens the Balinese
    name right after the span ("Dinas Pertanian Tabanan I| Made Sudira"); unchanged
    otherwise.

    >>> t = "Kepala Dinas Tabanan I Made Sudira tiba."
    >>> t[7:_before_balinese_name(t, 7, 22)]
    'Dinas Tabanan'
    """
    marker = _BALINESE_MARKER_LAST.search(text, start, end)
    after = _NEXT_WORD.match(text, end)
    if marker is None or marker.start() <= start or after is None:
        return end
    return marker.start() if after.group(1) in _BALINESE_FIRST else end


def _balinese_start(text: str, start: int) -> int:
    """``start`` moved back over "I " or "Ni " before a Balinese name ("I Wayan Sudira",
    "Ni Komang Sari"); unchanged otherwise.

    >>> t = "Kepala Dinas, I Wayan Sudira, tiba."
    >>> t[_balinese_start(t, 16):28]
    'I Wayan Sudira'
    >>> t = "Penari I Gusti Ayu Sari tiba."
    >>> t[_balinese_start(t, 15):23]
    'I Gusti Ayu Sari'
    """
    word = _WORD.match(text, start)
    if word is None or word.group() not in _BALINESE_FIRST:
        return start
    # Back over the name's other Balinese words the tagger left out too ("I Gusti| Ayu").
    first = start
    while (before := _WORD_BEFORE.search(text, max(0, first - 12), first)) and before.group(
        1
    ) in _BALINESE_FIRST:
        first = before.start(1)
    m = _BALINESE_MARKER.search(text, max(0, first - 4), first)
    return m.start() if m else start


_WORD_BEFORE = re.compile(r"(?<![\w.])(\w+)[ \t]+$")
#: Given names Indonesians write abbreviated with a period ("Muh. Ridwan", "Moch.
#: Hasan", "Abd. Rahman"); the sentence splitter and the tagger cut the name there.
_ABBREVIATED_GIVEN = re.compile(r"(?<![\w.])(?:Muh|Moh|Moch|Mochd|Mhd|Muhd|Abd|Ach)\.[ \t]+$")


#: A middle initial and the name going on after it ("Hasan T.| Wirayuda"): the sentence
#: splitter and the tagger end the name at the initial's period.
_INITIAL_LAST = re.compile(r"(?<=[\w.])[ \t]+[A-Z]$")
_AFTER_INITIAL = re.compile(r"\.[ \t]+((?:[A-Z]\.[ \t]*)*[A-Z][a-z][\w'’-]*)")
_NAME_GOES_ON_WORD = re.compile(r"[ \t]+([A-Z][a-z][\w'’-]*)")


def _initial_end(text: str, start: int, end: int) -> int:
    """``end`` moved over the rest of a person's name after a middle initial: "Hasan T"
    becomes "Hasan T. Wirayuda". The words after the period must be capitalised name
    words, not a sentence opener ("Budi S. Kemudian ..." stays "Budi S").

    >>> t = "Konsul, Rudi T. Hamonangan Situmorang, tiba."
    >>> t[8:_initial_end(t, 8, 14)]
    'Rudi T. Hamonangan Situmorang'
    """
    if not _INITIAL_LAST.search(text, start, end):
        return end
    first = _AFTER_INITIAL.match(text, end)
    if first is None or first.group(1).split(".")[-1].strip().casefold() in NAME_STOP_WORDS:
        return end
    end = first.end()
    while (more := _NAME_GOES_ON_WORD.match(text, end)) and (
        more.group(1).casefold() not in NAME_STOP_WORDS
    ):
        end = more.end()
    return end


#: A nickname in quotes inside a name ('Munir "Cak Mun" Hidayat'): the tagger takes
#: the name on one side of it, or each side apart.
_NICK_IN_QUOTES = r"[\"“][A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?[\"”]"
_QUOTED_NICK_BEFORE = re.compile(rf"(?<![\w.-])([A-Z][a-z][\w'’-]*)[ \t]+{_NICK_IN_QUOTES}[ \t]+$")
_QUOTED_NICK_AFTER = re.compile(rf"[ \t]+{_NICK_IN_QUOTES}[ \t]+([A-Z][a-z][\w'’-]*)")


def _quoted_nick_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """A person span widened over a nickname in quotes inside the name and the name's
    word on the other side of it.

    >>> t = 'Legenda klub, Rahmat "Cak Mat" Hidayat Lubis, wafat.'
    >>> a, b = _quoted_nick_bounds(t, 31, 44)
    >>> t[a:b]
    'Rahmat "Cak Mat" Hidayat Lubis'
    """
    before = _QUOTED_NICK_BEFORE.search(text, max(0, start - 48), start)
    if before is not None and before.group(1).casefold() not in NAME_STOP_WORDS:
        start = before.start(1)
    after = _QUOTED_NICK_AFTER.match(text, end)
    if after is not None:
        end = after.end()
        while (more := _NAME_GOES_ON_WORD.match(text, end)) and (
            more.group(1).casefold() not in NAME_STOP_WORDS
        ):
            end = more.end()
    return start, end


#: Titles of nobility, part of the name they open: Sasak ("Lalu Hasbi Anwar", "Baiq
#: Rina"), Javanese and Sundanese ("Raden"), Acehnese ("Teuku", "Tengku", "Cut"). "Lalu"
#: is also "then": at a sentence start it stays out of the name.
_SASAK_TITLE = re.compile(r"(?<![\w.-])(Lalu|Baiq|Raden|Teuku|Tengku|Cut)[ \t]+$")
# Balinese caste titles before a name ("Anak Agung Ngurah", "I Gusti Ayu", "Ida Bagus",
# "Cokorda"), which the tagger leaves out of it; words of the run, and its heads.
_BALINESE_CASTE_BEFORE = re.compile(
    r"(?<![\w.-])(?:(?:Anak|Agung|Ngurah|Gusti|Cokorda|Tjokorda|Ida|Bagus|Ayu|Istri|I)[ \t]+)+$"
)
_CASTE_HEAD = re.compile(r"\b(?:Anak Agung|Gusti|Cokorda|Tjokorda|Ida Bagus)\b")
_SENTENCE_END_BEFORE = re.compile(r"(?:^|[.!?:;\"“”\n])[ \t]*$")


def _sasak_start(text: str, start: int) -> int:
    """``start`` moved back over a Sasak title right before a person's name, or over a
    Balinese caste title ("Anak Agung Ngurah", "I Gusti Ayu", "Ida Bagus").

    >>> t = "Bupati Lombok Barat Lalu Hasbi Anwar tiba. Lalu Hasbi pergi."
    >>> t[_sasak_start(t, 25):36], t[_sasak_start(t, 48):54]
    ('Lalu Hasbi Anwar', 'Hasbi ')
    """
    caste = _BALINESE_CASTE_BEFORE.search(text, max(0, start - 40), start)
    if caste is not None and _CASTE_HEAD.search(caste.group() + text[start : start + 8]):
        return caste.start()  # "Anak Agung Ngurah| Putu Sudiana": the caste title is the name's
    m = _SASAK_TITLE.search(text, max(0, start - 6), start)
    if m is None:
        return start
    if m.group(1) == "Lalu" and _SENTENCE_END_BEFORE.search(text, max(0, m.start() - 4), m.start()):
        return start
    return m.start()


def _abbreviated_start(text: str, start: int) -> int:
    """``start`` moved back over an abbreviated given name ("Muh. ") right before it.

    >>> t = "Jaksa, Muh. Ridwan Hakim, tiba."
    >>> t[_abbreviated_start(t, 12):24]
    'Muh. Ridwan Hakim'
    """
    m = _ABBREVIATED_GIVEN.search(text, max(0, start - 8), start)
    return m.start() if m else start


def _person_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A person span cut where it holds two names: at a lower-case word that is not a
    name particle ("Arman menggotong Sukiati", "McGregor lawan Mayweather"), and at a
    hyphen joining two names that the article also writes apart ("Gus Ipul-Anas" beside
    "Gus Ipul" and "Anas"; a candidate pair) or two full names ("Ani Lestari-Budi
    Santoso", :func:`_full_name_pair`). A hyphen inside one name ("Jean-Pierre
    Raffarin") stays: its halves are not written alone; so does a Korean given name
    ("Kang Min-Ho"), whose syllables often are.

    >>> t = "Gus Ipul-Anas menang. Gus Ipul dan Anas tiba."
    >>> [t[a:b] for a, b in _person_parts(t, 0, 13)]
    ['Gus Ipul', 'Anas']
    >>> t = "Jean-Pierre Raffarin tiba."
    >>> [t[a:b] for a, b in _person_parts(t, 0, 20)]
    ['Jean-Pierre Raffarin']
    >>> t = "Pasangan Ani Lestari-Budi Santoso menang. Keduanya tersenyum."
    >>> [t[a:b] for a, b in _person_parts(t, 9, 33)]
    ['Ani Lestari', 'Budi Santoso']
    """
    cuts: list[tuple[int, int]] = []  # (end of a part, start of the next)
    for w in _LOWER_WORD.finditer(text, start, end):
        if w.group() not in _NAME_PARTICLES:
            cuts.append((w.start(), w.end()))
    for h in _NAME_HYPHEN.finditer(text, start, end):
        left = text[_part_start(text, start, h.start() + 1) : h.start() + 1]
        right = text[h.end() - 1 : _part_end(text, h.end() - 1, end)]
        if (
            left.split()
            and right.split()
            and is_korean_syllable(left.split()[-1])
            and (is_korean_syllable(right.split()[0]))
        ):
            continue  # the two syllables of a Korean given name: "Kang Min-Ho"
        apart = _written_apart(text, left) and _written_apart(text, right)
        if apart or _full_name_pair(left, right):
            cuts.append((h.start() + 1, h.end() - 1))
    parts, pos = [], start
    for a, b in sorted(cuts):
        while a > pos and text[a - 1].isspace():
            a -= 1
        if a > pos:
            parts.append((pos, a))
        pos = b
        while pos < end and text[pos].isspace():
            pos += 1
    if pos < end:
        parts.append((pos, end))
    return parts


def _full_name_pair(left: str, right: str) -> bool:
    """Whether the two sides of a hyphen in a person span are two full names: each of
    two words or more, the words against the hyphen of three letters or more (not a
    particle such as "Al" in "Ahmad Al-Farisi"). A ticket or a pair ("Anies
    Baswedan-Muhaimin Iskandar"); one person's double-barrelled name has one word on a
    side ("Helena Bonham-Carter", "Jean-Pierre Raffarin")."""
    a, b = left.split(), right.split()
    return len(a) >= 2 and len(b) >= 2 and len(a[-1]) >= 3 and len(b[0]) >= 3


def _person_after_acronym(text: str, start: int, end: int) -> int | None:
    """Where the person begins in "<ACR> <Name>" after a title, or ``None``.

    The tagger glues a title's institution to the name after it ("Sekjen MDA Ibrahim",
    "Laksda TNI Amarulla Octavian") and calls the whole an organisation. The acronym is
    the title's; the words after it are the person when a title comes right before the
    acronym, or the acronym is a military or police corps after a rank; they do not
    start an organisation or a place, and the article cites the last of them again on
    its own.

    >>> t = "kata Sekjen MDA Ibrahim Khalil di Madinah. Khalil tiba."
    >>> t[_person_after_acronym(t, 12, 30):30]
    'Ibrahim Khalil'
    >>> _person_after_acronym("Mabes TNI Angkatan Laut", 6, 23) is None
    True
    """
    first = _WORD.match(text, start)
    if first is None or not _ACRONYM_WORD.fullmatch(first.group()):
        return None
    if (
        is_org_head(first.group())
        or first.group() in _COMPANY_FIRST
        or load_gazetteer().lookup(first.group()) is not None
    ):
        return None  # "Direktur PT Sigap Prima", "Konsul Jenderal RI Jeddah": no person
    rest = _CAP_WORD.search(text, first.end(), end)
    if rest is None or text[first.end() : rest.start()].strip():
        return None
    head = rest.group()
    if is_org_head(head) or load_gazetteer().lookup(head) is not None:
        return None
    if _institution_then_full_name(first.group(), text[rest.start() : end]):
        return rest.start()  # "BNPB Arifin Setiawan": an institution is no person's name
    last = text[start:end].split()[-1]
    if not _written_apart(text[:start] + text[end:], last):
        return None  # a person is cited again by a name of his own: "Ibrahim", "Octavian"
    before = text[max(0, start - 40) : start]
    titled = _TITLE_BEFORE.search(before) is not None
    rank = first.group() in _CORPS and _RANK_BEFORE.search(before) is not None
    return rest.start() if titled or rank else None


# Words that open a place's or a unit's name, never a person's.
_PLACE_HEADS = frozenset(
    """Distrik Kabupaten Kota Provinsi Desa Kecamatan Kelurahan Kampung Dusun Pulau Jalan
    Gunung Sungai Teluk Selat Laut Danau Bandara Pelabuhan Markas Pos Wilayah Daerah""".split()
)


def _place_after_institution(text: str, start: int, end: int) -> int | None:
    """Where the place begins in "<known acronym> <place head> ..." tagged as one name
    ("TNI Distrik Ilaga" from "pos TNI Distrik Ilaga"), or ``None``.

    >>> t = "pos TNI Distrik Mbua"
    >>> t[_place_after_institution(t, 4, 20):]
    'Distrik Mbua'
    """
    first = _WORD.match(text, start)
    if first is None or first.group().casefold() not in INSTITUTION_SHORT_NAMES:
        return None
    if not first.group().isupper() or text[first.end() : first.end() + 1] != " ":
        return None
    head = _CAP_WORD.match(text, first.end() + 1)
    if head is None or head.end() >= end or head.group() not in _PLACE_HEADS:
        return None
    return head.start()


def _institution_then_full_name(acronym: str, rest: str) -> bool:
    """Whether "<acronym> <rest>" is a known institution's short name ("BNPB", "KPK")
    followed by a full name of two capitalised words or more, none an organisation's
    head or a place ("BNPB Arifin Setiawan"; not "TNI Angkatan Laut", "DPR RI")."""
    words = rest.split()
    gazetteer = load_gazetteer()
    return (
        acronym.casefold() in INSTITUTION_SHORT_NAMES
        and len(words) >= 2
        and words[0] not in _PLACE_HEADS  # "pos TNI Distrik Ilaga", "Kodim Kota Baru"
        and all(
            w[0].isupper()
            and not w.isupper()
            and not is_org_head(w)
            and gazetteer.lookup(w) is None
            for w in words
        )
    )


def _person_after_country(text: str, start: int, end: int) -> int | None:
    """Where the person begins in "<Country> <Full Name>" tagged as one name, or ``None``.

    The tagger glues the country of a leader's role to the name after it ("Presiden
    China Xi Jinping" gives "China Xi Jinping" as an organisation): the leading words
    are a country in the gazetteer, the rest are capitalised words that open no
    organisation and are no place. The rest is the person when a title stands right
    before the country, or the article cites one of its words on its own elsewhere
    ("Xi"); without either, "Indonesia Corruption Watch" stays one name.

    >>> t = "Presiden China Xi Jinping tiba."
    >>> t[_person_after_country(t, 9, 25):25]
    'Xi Jinping'
    >>> t = "Kata Presiden Korea Selatan Yoon Suk Yeol."
    >>> t[_person_after_country(t, 5, 41):41]
    'Yoon Suk Yeol'
    >>> _person_after_country("Kata Indonesia Corruption Watch.", 5, 31) is None
    True
    """
    gazetteer = load_gazetteer()
    # A title the tagger took in too ("Presiden Korea Selatan Yoon Suk Yeol" as one
    # organisation) is the role: the country starts after it.
    lead = _LEADING_TITLE.match(text[start:end])
    titled = lead is not None or _TITLE_BEFORE.search(text, max(0, start - 40), start) is not None
    start += lead.end() if lead else 0
    words = list(_NAME_WORD.finditer(text, start, end))
    country = next(
        (
            k
            for k in range(len(words) - 1, 0, -1)
            if (p := gazetteer.lookup(text[start : words[k - 1].end()])) is not None
            and p.subtype == "GPE"
        ),
        0,
    )
    rest = words[country:]
    if not country or not all(
        w.group()[0].isupper()
        and not w.group().isupper()
        and not is_org_head(w.group())
        and gazetteer.lookup(w.group()) is None
        for w in rest
    ):
        return None
    elsewhere = text[:start] + text[end:]
    cited = any(len(w.group()) > 1 and _written_apart(elsewhere, w.group()) for w in rest)
    return rest[0].start() if titled or cited else None


def _part_start(text: str, start: int, pos: int) -> int:
    """Start of the name that ends at ``pos``: back to ``start`` or a previous hyphen."""
    cut = text.rfind("-", start, pos - 1)
    return start if cut < 0 else cut + 1


def _part_end(text: str, pos: int, end: int) -> int:
    """End of the name that starts at ``pos``: up to ``end`` or the next hyphen."""
    cut = text.find("-", pos, end)
    return end if cut < 0 else cut


def _written_apart(text: str, name: str) -> bool:
    """Whether ``name`` occurs in ``text`` somewhere not joined by a hyphen."""
    # String search, not a regex per name: see warta.nlp.entities.namematch on re's cache.
    pos = text.find(name)
    while pos >= 0:
        end = pos + len(name)
        before = text[pos - 1] if pos else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before == "-" or after.isalnum() or after == "-"):
            return True
        pos = text.find(name, pos + 1)
    return False


def _club_places(text: str, spans: list[Span]) -> None:
    """Join a club's name to the place right after it ("Persib" + "Bandung" -> one ORG
    "Persib Bandung", the place nested in it, as in "Institut Teknologi Bandung"), in
    place; ``spans`` are in text order and do not overlap, and their places are trusted
    spans (so :func:`merge` adds them back as nested ones)."""
    for i in range(len(spans) - 2, -1, -1):
        club, place = spans[i], spans[i + 1]
        if (
            club.type == "ORG"
            and club.place is None
            and place.place is not None
            and place.type == "LOC"
            and text[club.end : place.start] == " "
            and _CLUB_FIRST.fullmatch(text[club.start : club.end])
        ):
            club.end = place.end
            place.nested = True  # a trusted span: merge() adds the nested ones last
            del spans[i + 1]


_OFFICE_BEFORE_PLACE = re.compile(rf"(?<![\w.]){_OFFICES_OVER_TERRITORY}[ \t]+$")
_WALI_BEFORE_KOTA = re.compile(r"(?<![\w.])Wali[ \t]+$")
_HOLDER_WORD = re.compile(r"[ \t]+([A-Z][\w'’-]*)")


def _holders_after_territory(text: str, spans: list[Span]) -> None:
    """Make the name right after "<office> <place>" the office holder, a person ("Wali
    Kota Banjar Baru Aditya Mufti Ariffin", "Bupati Tanah Datar Eka Putra"), in place.

    The place is a gazetteer place after a territorial office (:data:`_OFFICES_OVER_TERRITORY`;
    the gazetteer may have taken the "Kota" of "Wali Kota" in); the holder is the run of
    one to four capitalised words after it that are no title, stop word, place or
    organisation head, ended by a lower-case word or punctuation. The tagger's spans
    inside the run (a name cut short, a surname taken for a place, the holder typed an
    organisation) give way to it; a span running past it leaves it alone."""
    gazetteer = load_gazetteer()
    for place in [s for s in spans if s.place is not None and s.type == "LOC" and not s.nested]:
        before = text[max(0, place.start - 40) : place.start]
        kota = text.startswith("Kota", place.start) and _WALI_BEFORE_KOTA.search(before)
        if not (kota or _OFFICE_BEFORE_PLACE.search(before)):
            continue
        words: list[re.Match[str]] = []
        pos = place.end
        while (rank := _HOLDER_WORD.match(text, pos)) is not None and (
            rank.group(1).casefold() in TITLE_WORDS
        ):
            pos = rank.end()  # "Kapolres Garut AKBP Fajar ...": the rank is the title's
        while len(words) < 4 and (w := _HOLDER_WORD.match(text, pos)) is not None:
            word = w.group(1)
            if (
                word.casefold() in TITLE_WORDS
                or word.casefold() in NAME_STOP_WORDS
                or is_org_head(word)
                or gazetteer.lookup(word) is not None
            ):
                break
            words.append(w)
            pos = w.end()
        if not words or (pos < len(text) and text[pos].isalnum()):
            continue
        start, end = words[0].start(1), pos
        if _CAP_WORD.match(text, end + 1) and text[end : end + 1] == " ":
            continue  # a fifth capitalised word: not a name of this shape
        inside = [s for s in spans if start <= s.start < end or start < s.end <= end]
        if any(s.start < start or s.end > end or s.place is not None for s in inside):
            continue
        for s in inside:
            spans.remove(s)
        spans.insert(spans.index(place) + 1, Span(start, end, "PER"))


def _titled_person(text: str, start: int, words: Sequence[str]) -> bool:
    """Whether a name tagged an organisation is a person's by its shape, its title and
    its citation: two to four words written as a name (no acronym, no organisation head,
    no place), right after a person's title, its last word cited on its own elsewhere
    ("dilantik Presiden Mateo Rivas … kebijakan Rivas"; not "Kepala Balai
    Pelaksana Jalan Nasional", a body whose last word is only part of other names)."""
    if not 2 <= len(words) <= 4 or _TITLE_BEFORE.search(text, max(0, start - 40), start) is None:
        return False
    gazetteer = load_gazetteer()
    shaped = all(
        w[:1].isupper()
        and w[1:].islower()
        and w.isalpha()
        and not is_org_head(w)
        and gazetteer.lookup(w) is None
        for w in words
    )
    end = text.find(words[-1], start) + len(words[-1])
    return shaped and _cited_alone(text[:start] + text[end:], words[-1])


def _company_short_forms(text: str, spans: Sequence[Span]) -> dict[str, str]:
    """``{short name: full name}`` of the article's companies: the first two or more
    words of a company's name without its "PT" and legal forms ("Sinar Jaya", "Sinar
    Jaya Makmur" of "PT Sinar Jaya Makmur Tbk"). The press shortens a company so after
    naming it in full, and the tagger, seeing two capitalised words, takes the short
    name for a man. A short name two companies share is left out."""
    out: dict[str, str] = {}
    shared: set[str] = set()
    for s in spans:
        surface = " ".join(text[s.start : s.end].split())
        if s.type != "ORG" or not is_company(surface):
            continue
        words = [w for w in surface.replace(",", " ").split() if w.rstrip(".") != "PT"]
        while words and words[-1].rstrip(".") in _COMPANY_LAST:
            words.pop()
        for k in range(2, len(words) + 1):
            short = " ".join(words[:k])
            if out.setdefault(short, surface) != surface:
                shared.add(short)
    return {k: v for k, v in out.items() if k not in shared}


#: Initials with an age after them, as the press names suspects and victims: "MR (38)",
#: "HS, 29,". An organisation's acronym takes no age.
_AGED_INITIALS = re.compile(r"(?<![\w.])([A-Z]{2,3})(?=\s*(?:\(\d{1,2}\)|,\s*\d{1,2}\s*,))")


def _full_name_words(text: str, spans: Sequence[Span]) -> frozenset[str]:
    """The words of the persons' full names (two words or more) among ``spans``."""
    names = (text[s.start : s.end].split() for s in spans if s.type == "PER")
    return frozenset(w for words in names if len(words) > 1 for w in words)


def _titled_name_word(text: str, span: Span, person_words: frozenset[str]) -> bool:
    """Whether a one-word name tagged an organisation is a person's: it comes right after
    a person's title ("dr. Laras", "Pak Harjo") and is a word of a person's full name in
    the same article ("dr. Hj. Anindya Laras Pertiwi"), not an acronym."""
    word = text[span.start : span.end]
    return (
        " " not in word
        and word in person_words
        and not word.isupper()
        and _TITLE_BEFORE.search(text, max(0, span.start - 40), span.start) is not None
    )


def _cited_alone(text: str, word: str) -> bool:
    """Whether ``word`` occurs in ``text`` as a name of its own: no capitalised word or
    hyphen joined to it ("kebijakan Rivas", not "Partai Amanat Nasional")."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
        before = text[max(0, m.start() - 30) : m.start()].split()
        after = text[m.end() : m.end() + 30].split()
        joined = (before and before[-1][:1].isupper()) or (after and after[0][:1].isupper())
        if not joined:
            return True
    return False


# A speech cue right before a name ("kata Yusnidar", "menurut Marwati,") or a speech verb
# right after it ("Suwarni mengatakan").
_CUE_BEFORE = re.compile(r"(?<![\w-])(?i:kata|ujar|ucap|tutur|menurut|ungkap|jelas)\s+$")
_LOWER_BEFORE = re.compile(r"(?<![\w-])[a-z]+\s+$")
_VERB_AFTER = re.compile(r"\s*,?\s*([a-z]+)")


def _speaker(text: str, start: int, end: int, words: Sequence[str]) -> bool:
    """Whether a name of one or two capitalised words, none a place's head, stands where
    a speaker stands: after "kata"/"menurut" or before a speech verb. The tagger types
    one-word personal names ("Yusnidar") as places; places the gazetteer knows
    ("Jepang mengatakan") are not asked."""
    if not 1 <= len(words) <= 2 or any(w in _PLACE_HEADS or w.isupper() for w in words):
        return False
    if _CUE_BEFORE.search(text, max(0, start - 12), start):
        return True
    if _LOWER_BEFORE.search(text, max(0, start - 30), start):
        return False  # "juara di Losail mengatakan": the subject is before the place
    after = _VERB_AFTER.match(text, end)
    return after is not None and after.group(1) in SPEECH_VERBS | COMMON_SPEECH_CUES


def merge(text: str, candidates: list[Span], trusted: list[Span]) -> list[Span]:
    """NER candidates against trusted spans: exact or junk-around-trusted -> trusted wins."""
    kept: list[Span] = []
    dropped: set[int] = set()
    starts = [t.start for t in trusted]
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
    _club_places(text, result)
    _holders_after_territory(text, result)
    result.extend(t for t in trusted if t.nested)
    person_words = _full_name_words(text, result)
    aged_initials = frozenset(_AGED_INITIALS.findall(text))
    company_heads = _company_short_forms(text, result)
    for s in result:
        surface = text[s.start : s.end]
        words = surface.split()
        # "BPBD Majene" tagged PER: person names do not start with an acronym. A name all
        # in capitals ("ANDREA DOVIZIOSO" in a results table) is shouting, not an acronym.
        shouted = all(w.isupper() for w in words) and len(words) > 1
        if s.type == "PER" and words[0].isupper() and len(words[0]) > 1 and not shouted:
            s.type = "ORG"
        if s.place is None and s.type != "PER" and is_org_head(surface.split()[0]):
            s.type = "ORG"
        if s.place is None and s.type == "LOC" and surface.split()[-1] in {"University"}:
            s.type = "ORG"
        if s.place is None and s.type == "LOC" and words[0].casefold() in FACILITY_HEADS:
            s.type = "ORG"  # "Puskesmas Oebobo", "Lapas Cipinang": run, not a place
        if s.type in ("PER", "ORG") and s.place is None and surface in company_heads:
            # "Sinar Jaya" after "PT Sinar Jaya Makmur Tbk": the company's short name
            s.type, s.entity = "ORG", company_heads[surface]
        if s.type == "ORG" and s.place is None and _titled_person(text, s.start, words):
            s.type = "PER"  # "dilantik Presiden Mateo Rivas": the title names a person
        if s.type == "ORG" and s.place is None and text[s.start : s.end] in aged_initials:
            s.type = "PER"  # "Dua tersangka, MR (38) dan HS (29)": initials of people
        if s.type == "ORG" and s.place is None and _titled_name_word(text, s, person_words):
            s.type = "PER"  # "ujar dr. Laras" after "dr. Anindya Laras Pertiwi": her name
        if s.type == "LOC" and s.place is None and _speaker(text, s.start, s.end, words):
            s.type = "PER"  # "kata Yusnidar": a place the gazetteer does not know, speaking
        # A dateline in capitals ("NEW YORK, Reuters -") is the place, whatever the tagger
        # called it. (The gazetteer scan finds one word in capitals, "JAKARTA", itself.)
        if s.place is None and len(surface) > 3 and surface.isupper() and " " in surface.strip():
            s.place = load_gazetteer().lookup(surface)
            s.type = s.place.type if s.place is not None else s.type
    return result
