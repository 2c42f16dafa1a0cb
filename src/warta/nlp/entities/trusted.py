"""Trusted spans of one article: gazetteer places and organisations named with an acronym.

:func:`trusted_spans` finds, for :func:`warta.nlp.entities.spans.merge`, the spans that
win over the NER's: gazetteer places (misspelt ones too, where context confirms them),
"Long Name (ACR)" organisations with every later "ACR", institutions known by a short
name, companies with a legal form, and the organs ("Dewan ...", "Komisi ...") an acronym
stands for. Decided from the text alone.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

from warta.lexicon.indonesian import (
    INSTITUTION_SHORT_NAMES,
    NAME_STOP_WORDS,
    TITLE_WORDS,
)
from warta.nlp.entities.gazetteer import Place, load_gazetteer
from warta.nlp.entities.names import is_org_head
from warta.nlp.entities.organisations import (
    _COMPANY_RUN,
    _company_end,
    is_company,
)
from warta.nlp.entities.retyping import market_place
from warta.nlp.entities.spanrecord import (
    _ACRONYM,
    _CAP_WORD,
    _COMPANY_FIRST,
    _CONNECTORS,
    _NAME_WORD,
    _RUN_WORD,
    _WORD,
    ByStart,
    Covered,
    Span,
)
from warta.records import EntityType


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
    >>> t = "Perum Kargo Nusantara (Karnus) rugi."
    >>> [(t[a.start : a.end], acr) for a, _b, acr in _acronym_spans(t)]
    [('Perum Kargo Nusantara', 'Karnus')]
    >>> t = "Badan Pengawas Sungai Republik Indonesia (BPS RI) datang."
    >>> [(t[a.start : a.end], t[b.start : b.end]) for a, b, _acr in _acronym_spans(t)]
    [('Badan Pengawas Sungai Republik Indonesia', 'BPS RI')]
    """
    out: list[tuple[Span, Span, str]] = []
    for m in _STATE_ACRONYM.finditer(text):
        # "<Body> Republik Indonesia (<ACR> RI)": the acronym spells the body, "RI" the state
        end = len(text[: m.start()].rstrip())
        words = [w for w in _RUN_WORD.finditer(text, max(0, end - 160), end) if w.end() <= end]
        words = words[-12:]
        if len(words) < 4 or [w.group() for w in words[-2:]] != ["Republik", "Indonesia"]:
            continue
        run = _spelled_run(words[:-2], m.group(1)) or _headed_run(text, words, m.group(1))
        if run is not None:
            long_span = Span(run[0].start(), words[-1].end(), "ORG")
            out.append((long_span, Span(m.start(1), m.end() - 1, "ORG"), m.group(1)))
    for m in _BLENDED_ACRONYM.finditer(text):
        # "<Head> <Field words> (<ACR> <Blend>)": the initials of the first words, then a
        # blend of the last ones' syllables ("Minyak dan Gas" as "Migas")
        end = len(text[: m.start()].rstrip())
        words = [w for w in _RUN_WORD.finditer(text, max(0, end - 160), end) if w.end() <= end]
        run = _headed_run(text, words[-12:], m.group(1)) if words else None
        if run is not None and _blends(m.group(2), [w.group() for w in run]):
            long_span = Span(run[0].start(), run[-1].end(), "ORG")
            out.append((long_span, Span(m.start(1), m.end(2), "ORG"), m.group(1)))
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
            start = run[0].start()
            # the company's legal form right before the words the acronym spells ("Perum
            # <Field> Indonesia (<Blend>)"): the name the acronym is declared for opens
            # with it
            form = words[-len(run) - 1] if len(words) > len(run) else None
            if form is not None and form.group() in _COMPANY_FIRST and form.end() + 1 == start:
                start = form.start()
            long_span = Span(start, run[-1].end(), "ORG")
            out.append((long_span, Span(m.start(1), m.end(1), "ORG"), acronym))
    return out


# A national body's acronym declared with the state's after it: "(<ACR> RI)".
_STATE_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,11})[ \t]+RI\)")
# A short form of two words declared in brackets: initials, then a blend of syllables
# ("(<ACR> Migas)" for "... Minyak dan Gas Bumi").
_BLENDED_ACRONYM = re.compile(r"\(([A-Z]{2,5})[ \t]+([A-Z][a-z]{3,11})\)")


def _blends(blend: str, words: Sequence[str]) -> bool:
    """Whether ``blend`` joins the first syllables of two of ``words`` in order (each
    at least two letters of a word's start: "Migas" of "Minyak", "Gas").

    >>> _blends("Migas", ["Badan", "Pengatur", "Minyak", "dan", "Gas", "Bumi"])
    True
    >>> _blends("Sawit", ["Badan", "Pengatur", "Minyak", "dan", "Gas"])
    False
    """
    low = [w.casefold() for w in words if w not in _CONNECTORS]
    b = blend.casefold()
    return any(
        b == first[:k] + second[: len(b) - k]
        for i, first in enumerate(low)
        for second in low[i + 1 :]
        for k in range(2, len(b) - 1)
    )


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
    if all(w.group().isupper() for w in run):
        # an all-caps caption: "... <NAME> (KIRI)" marks where the person stands; a short
        # form of a name in capitals opens with one of its initials
        return run if acronym[0] in initials and acronym.casefold() not in _CAPTION_WORDS else None
    return run if acronym.isupper() or acronym[0] in initials else None


#: Where a caption's subject stands, written in brackets after the name ("(KIRI)").
_CAPTION_WORDS = frozenset("kiri kanan tengah depan belakang atas bawah".split())


def _short_form_of(place: Place, acronym: str, long_name: str) -> bool:
    """Whether ``acronym``, declared in brackets after ``long_name`` (the gazetteer's
    ``place``), is a form of it: any acronym of an organisation, one that spells the
    name's words for a place, in capitals or as a blend of their first syllables ("Kutai
    Barat" as "Kubar": a region's everyday short name). (A place's name before brackets
    is often a dateline's, and the brackets hold the agency's credit: "<City> (<AGENCY>)
    -", which spells no words of it.)

    >>> from warta.nlp.entities.gazetteer import load_gazetteer
    >>> place = load_gazetteer().lookup("Kabupaten Ogan Komering Ilir")
    >>> _short_form_of(place, "OKI", "Ogan Komering Ilir"), _short_form_of(place, "AB", "Ogan")
    (True, False)
    >>> _short_form_of(place, "Okomil", "Ogan Komering Ilir")
    True
    """
    if place.type == "ORG":
        return True
    content = [w for w in long_name.split() if w not in _CONNECTORS]
    written = acronym.isupper() or (acronym[:1].isupper() and acronym[1:].islower())
    return place.type == "LOC" and written and _acronym_matches(acronym, content)


def _place_ending_with(hits: Sequence[tuple[int, int, Place]], long_span: Span) -> Place | None:
    """The gazetteer place of ``hits`` (in text order) whose name ends with the words an
    acronym spells (``long_span``), the head before them left out of the acronym:
    "Kepulauan |Bangka Belitung| (Babel)" is the province's, as a "Kabupaten <Name>
    (<ACR>)" is the regency's.

    >>> from warta.nlp.entities.gazetteer import load_gazetteer
    >>> place = load_gazetteer().lookup("Kepulauan Riau")
    >>> _place_ending_with([(0, 14, place)], Span(10, 14, "ORG")) == place
    True
    """
    k = bisect.bisect_right([h[0] for h in hits], long_span.start)
    return next(
        (p for s, e, p in reversed(hits[:k]) if e == long_span.end and s < long_span.start),
        None,
    )


def trusted_spans(text: str, words: Sequence[tuple[int, str]]) -> list[Span]:
    """Gazetteer hits and "Long Name (ACR)" pairs with every later "ACR"; these spans are
    trusted over the NER's."""
    gazetteer = load_gazetteer()
    hits = gazetteer.find(text, words)
    # A misspelt place name, where context confirms it (see Gazetteer.near_misses).
    # A region's bare name that is an everyday word too, in a text naming the region.
    hits = sorted(
        [
            *hits,
            *gazetteer.near_misses(text, words, hits),
            *gazetteer.withheld_bare_names(text, words, hits),
        ],
        key=lambda h: h[0],
    )
    spans = [Span(s, e, p.type, place=p) for s, e, p in hits]
    acronyms: dict[str, str] = _organ_spans(text, spans)
    pairs = _acronym_spans(text)
    known: dict[str, Place] = {}  # acronyms of organisations the gazetteer names
    for long_span, _acr_span, acronym in pairs:
        long_name = text[long_span.start : long_span.end]
        place = gazetteer.lookup(long_name) or _place_ending_with(hits, long_span)
        if place is None:
            acronyms.setdefault(acronym, " ".join(long_name.split()))
        elif gazetteer.lookup(acronym) is None and _short_form_of(place, acronym, long_name):
            # "Mahkamah Pidana Internasional (ICC)": the acronym is a form of the known
            # organisation; "Kabupaten <Three Words> (<ACR>)" of the known regency.
            # ("Amerika Serikat (AS)": the gazetteer knows the short form already.)
            known.setdefault(acronym, place)
    if acronyms:
        longs = [s for s, _a, acr in pairs if acr in acronyms]
        # "(<ACR> RI)": the bracket's whole content is a form of the body too
        for _long, acr_span, acronym in pairs:
            declared = text[acr_span.start : acr_span.end]
            if declared != acronym and acronym in acronyms:
                acronyms.setdefault(declared, acronyms[acronym])
                longs.append(acr_span)
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
            # a market's acronym is the market, a place ("Pasar Induk <Name> (<ACR>)")
            kind: EntityType = "LOC" if market_place(acronyms[acronym].split()) else "ORG"
            for m in uses.get(acronym, ()):
                if not cov.overlaps(m.start(), m.end()):
                    spans.append(Span(m.start(), m.end(), kind))
                    cov.add(m.start(), m.end())
    if known:
        cov = Covered(sorted(spans, key=lambda s: s.start))
        for m in _WORD.finditer(text):
            place = known.get(m.group())
            if place is not None and not cov.overlaps(m.start(), m.end()):
                spans.append(Span(m.start(), m.end(), place.type, place=place))
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
    # The spans near each company by bisection (a scan of all of them per company was
    # quadratic); every span here holds a character, so those inside it overlap it. The
    # ones a company replaces leave the list at the end (those equal to one are inside
    # with it, and go too).
    by_start = ByStart(spans)
    gone: set[int] = set()
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
        near = by_start.overlapping(start, end)
        inside = [t for t in near if start <= t.start and t.end <= end]
        if len(inside) < len(near):
            continue
        for t in inside:
            if t.place is not None and t.place.type == "LOC":
                t.nested = True
            else:
                gone.add(id(t))
                by_start.remove(t)
        company = Span(start, end, "ORG")
        spans.append(company)
        by_start.add(company)
    if gone:
        spans[:] = [t for t in spans if id(t) not in gone]


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
_ORGAN_HEADS = frozenset("Dewan Majelis Komisi Mahkamah Pengadilan Parlemen".split())

#: The continent whose union's organs the press names after it, the union left out:
#: "Komisi Eropa", "Parlemen Eropa" are the European Union's, no place.
_UNION_CONTINENTS = frozenset({"Europe"})

#: The organs of the United Nations the press names alone once the article has named
#: the UN ("meminta Dewan Keamanan ..."): with no capitalised word after them, so
#: another body's council ("Dewan Keamanan Nasional <State>") is not read as one.
_UN_ORGAN_ALONE = re.compile(r"(?<![\w-])(?:Dewan Keamanan|Majelis Umum)(?![\w-])(?![ \t]+[A-Z])")
_UNITED_NATIONS = "United Nations"

_WORD_BEFORE_SPAN = re.compile(r"(?<![\w-])([A-Z][\w]*) $")


def _words_before(text: str, start: int, limit: int) -> list[re.Match[str]]:
    """Up to ``limit`` capitalised words right before ``start``, one space apart, last first."""
    out: list[re.Match[str]] = []
    while len(out) < limit and (m := _WORD_BEFORE_SPAN.search(text, max(0, start - 30), start)):
        out.append(m)
        start = m.start()
    return out


def _un_organs_alone(
    text: str, spans: list[Span], forms: dict[str, str], organs: dict[str, str]
) -> None:
    """Add, in place, an organisation span for each UN organ named alone
    (:data:`_UN_ORGAN_ALONE`) outside the spans, in an article that names the UN; the
    organ named alone is the one the article wrote in full, when it did (recorded in
    ``forms`` under the form named alone, as :func:`_organ_spans` records initials).

    >>> t = "Sidang Majelis Umum PBB ditunda; Chile meminta Majelis Umum bersidang."
    >>> sp = [Span(20, 23, "ORG"), Span(33, 38, "LOC")]
    >>> forms = {}
    >>> _un_organs_alone(t, sp, forms, {"Majelis Umum": "Majelis Umum PBB"})
    >>> [t[x.start : x.end] for x in sp], forms
    (['PBB', 'Chile', 'Majelis Umum'], {'Majelis Umum': 'Majelis Umum PBB'})
    """
    cov = Covered(sorted(spans, key=lambda s: s.start))
    for m in _UN_ORGAN_ALONE.finditer(text):
        if cov.overlaps(m.start(), m.end()):
            continue
        spans.append(Span(m.start(), m.end(), "ORG"))
        cov.add(m.start(), m.end())
        if m.group() in organs:
            forms[m.group()] = organs[m.group()]


def _organ_spans(text: str, spans: list[Span]) -> dict[str, str]:
    """Widen each gazetteer organisation with an organ named before it ("Majelis Umum
    PBB", "Komisi Uni Eropa"; the continent the Union is named after too, "Parlemen
    Eropa") into that organ, its own organisation; and its initials before the parent
    ("MU PBB") into the same organ; in an article naming the UN, add its organs named
    alone (:func:`_un_organs_alone`). Returns
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
    organs: dict[str, str] = {}  # the UN's organs written in full, by the organ's words
    un_named = False
    for s in spans:
        if s.place is None or (s.place.type != "ORG" and s.place.name not in _UNION_CONTINENTS):
            continue
        un_named = un_named or s.place.name == _UNITED_NATIONS
        before = _words_before(text, s.start, 5)
        head = next((i for i, w in enumerate(before) if w.group(1) in _ORGAN_HEADS), None)
        if head is None:
            continue
        organ = [w.group(1) for w in reversed(before[: head + 1])]
        parent = text[s.start : s.end]
        s.start, s.place, s.type = before[head].start(1), None, "ORG"
        name = " ".join([*organ, parent])
        forms[f"{''.join(w[0] for w in organ).upper()} {parent}"] = name
        organs.setdefault(" ".join(organ), name)
    if un_named:
        _un_organs_alone(text, spans, forms, organs)
    for s in spans:
        if s.place is None or s.place.type != "ORG":
            continue
        before = _words_before(text, s.start, 1)
        if before and f"{before[0].group(1)} {text[s.start : s.end]}" in forms:
            s.start, s.place = before[0].start(1), None
    return forms
