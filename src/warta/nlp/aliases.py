"""Alias resolution: which mentions name the same person, organisation or place.

Two pure functions, one per scope:

* :func:`resolve_article` - within one article: titles and roles become attributes
  ("Presiden", "Prof", "mantan duta besar Korea Selatan untuk Rusia"); surnames and short
  forms link to the full name ("Lankov" -> "Andrei Lankov"); orthographic variants merge
  ("Kim-Jong-un", "Kim Jong Un" -> "Kim Jong-un"); a role alone ("Presiden Rusia") links
  to the person the article names with that role; places resolve through
  :mod:`warta.nlp.gazetteer` (a metonym keeps the city as ``entity`` and gets the country
  as ``referent``); "Long Name (ACR)" pairs become one organisation; and gazetteer names
  the NER missed ("Korut", "AS") are added.
* :func:`resolve_corpus` - across articles: a bare or variant name links to the one full
  name it can denote elsewhere in the corpus; two different full names never merge.

An :class:`~warta.records.EntityRef` groups mentions by what they *refer to*:
``mention.referent or mention.entity``. So "Moskow" (entity "Moscow", referent "Russia")
is counted, with its surface form, under the article's "Russia" entity.

>>> from warta.records import Mention
>>> text = "Presiden Rusia Vladimir Putin bertemu Kim. Putin tiba di Moskow."
>>> ms = [Mention(15, 29, "Vladimir Putin", "PER"), Mention(38, 41, "Kim", "PER"),
...       Mention(43, 48, "Putin", "PER")]
>>> mentions, refs = resolve_article(text, ms)
>>> [(m.text, m.entity) for m in mentions if m.type == "PER"]
[('Vladimir Putin', 'Vladimir Putin'), ('Kim', 'Kim'), ('Putin', 'Vladimir Putin')]
>>> [r.name for r in refs]
['Kim', 'Russia', 'Vladimir Putin']
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from warta.nlp.gazetteer import Place, capitalised_words, load_gazetteer
from warta.records import Entity, EntityRef, EntityType, Mention

__all__ = ["name_key", "resolve_article", "resolve_corpus"]

# A short form that fits several full names goes to the most frequent one only when it
# is at least this many times as frequent as the runner-up. Calibrated on seed 003:
# "Kim" with "Kim Jong-un" (5 full mentions) and his father "Kim Jong-il" (1); with two
# names of similar weight the short form stays unresolved.
_DOMINANCE = 3

# Titles before a name, longest first so "Menteri Luar Negeri" beats "Menteri".
_TITLES = sorted(
    (
        " ".join(t.split())
        for t in """Presiden|Wakil Presiden|Perdana Menteri|PM|Menteri Luar Negeri|Menlu|
        Menteri Pertahanan|Menhan|Menteri|Kanselir|Raja|Ratu|Kaisar|Pangeran|Putra Mahkota|
        Sekretaris Jenderal|Sekjen|Pemimpin Tertinggi|Pemimpin|Juru Bicara|Jubir|Duta Besar|
        Dubes|Gubernur|Bupati|Wali Kota|Walikota|Ketua|Direktur|Jenderal|Kolonel|Kapten|
        Profesor|Professor|Prof.|Prof|Dr.|Dr|Bapak|Ibu|Pak|Bu|Mr.|Mrs.|Ms.|Sir|Syekh|Paus|
        Kardinal|Kepala|Kepala Pelaksana|Kapolri|Kapolda|Panglima|KH|Habib|Ustaz""".split("|")
    ),
    key=len,
    reverse=True,
)
_TITLE_ALT = "|".join(re.escape(t) for t in _TITLES)
_TITLE_HEAD = rf"(?:(?i:mantan|eks|wakil|pertama)\s+)*(?i:{_TITLE_ALT})"
# A title (and a place) right before a name: "Presiden Rusia, Vladimir Putin", "Prof
# Lankov", "Menteri Luar Negeri Korea Utara saat itu, Choe Son-hui".
_BEFORE = re.compile(
    rf"(?<![\w.])(?P<title>{_TITLE_HEAD})(?:\s+(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}}))?"
    r"(?:\s+(?:saat|kala|ketika) itu)?\s*,?\s+$"
)
_LEADING_TITLE = re.compile(rf"^(?:{_TITLE_HEAD})\s+(?=[A-Z])")
# Roles that stand for one person when followed by a country: "Presiden Rusia itu".
_ROLE_ONLY = re.compile(
    r"(?<![\w.])(?P<title>(?i:presiden|perdana menteri|kanselir|raja|ratu|kaisar|"
    r"menteri luar negeri|menteri pertahanan|pemimpin tertinggi))\s+$"
)
_APPOSITIVE = re.compile(
    r"\s*,\s+(?:(?:seorang|sang)\s+)?(?P<role>(?:(?:mantan|eks)\s+)?(?:profesor|professor|"
    r"duta besar|dubes|peneliti|sejarawan|analis|pakar|pengamat|menteri|presiden|juru bicara|"
    r"direktur|ketua|kepala|wakil|dosen|guru besar|ilmuwan|ekonom|pejabat|diplomat)\b"
    r"[^,.;:!?\"“”()]{0,80})"
)
# Romanised Korean names the NER may miss: "Kim-Jong-un", "Lee Jai-chun", "Moon Jae-in".
_KOREAN_NAME = re.compile(r"\b[A-Z][a-z]+[ -][A-Z][a-z]+-[a-z]+\b")
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,11})\)")
_CAP_WORD = re.compile(r"\b[A-Z\u00C0-\u00DE][\w-]*")
_ANY_WORD = re.compile(r"\S+")
# Words a title prefix can start with: a cheap test before the title regex runs.
_TITLE_FIRST = frozenset(
    {t.split()[0].casefold().rstrip(".") for t in _TITLES} | {"mantan", "eks", "wakil", "pertama"}
)
_ROLE_LAST = frozenset(
    "presiden menteri kanselir raja ratu kaisar negeri pertahanan tertinggi".split()
)
_NAME_WORD = re.compile(r"[\w.'’-]+")
_CONNECTORS = frozenset("dan untuk dari di ke atas bagi serta and of for the".split())
_ORG_HEADS = frozenset(
    """Universitas University Institut Institute Kementerian Badan Dewan Komisi Partai Bank
    PT Majelis Mahkamah Kantor Lembaga Organisasi Perserikatan Kepolisian Tentara Angkatan
    Sekolah Yayasan Komite Pusat Direktorat Akademi College Agency Council Ministry""".split()
)


def name_key(name: str) -> tuple[str, ...]:
    """The spelling-insensitive key of a name: case-folded words, hyphens as spaces.

    >>> name_key("Kim-Jong-un") == name_key("Kim Jong Un") == name_key("Kim Jong-un")
    True
    """
    return tuple(w for w in re.split(r"[\s\-‐‑]+", name.casefold()) if w)


def _starts_sentence(text: str, pos: int) -> bool:
    """Whether only a sentence end, a quote or a line break precedes ``pos``."""
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in '.!?"“”:\n'


def _style(form: str) -> int:
    # "Kim Jong-un" (space and hyphen) is the house style, then "Kim Jong Un".
    return 2 if " " in form and "-" in form else 1 if " " in form else 0


def _preferred(forms: Counter[str]) -> str:
    """The canonical spelling among variants: house style, then frequency, then A-Z."""
    return min(forms, key=lambda f: (-_style(f), -forms[f], f))


def _short_forms(form: str) -> set[str]:
    """First and last word of a full name, case-folded; not a Korean given name."""
    words = form.split()
    out = {words[0].casefold()}
    if not re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[-1]):
        out.add(words[-1].casefold())
    return out


@dataclass(slots=True)
class _Span:
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


class _Covered:
    """Sorted, non-overlapping intervals with an overlap test (bisect)."""

    def __init__(self, spans: Sequence[_Span]) -> None:
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


def _acronym_spans(text: str) -> list[tuple[_Span, _Span, str]]:
    """``(long span, acronym span, acronym)`` for each "Long Name (ACR)" in ``text``."""
    out: list[tuple[_Span, _Span, str]] = []
    for m in _ACRONYM.finditer(text):
        acronym, end = m.group(1), m.start()
        while end and text[end - 1].isspace():
            end -= 1
        words = list(_NAME_WORD.finditer(text, max(0, end - 160), end))
        words = [w for w in words if w.end() <= end][-12:]
        # Shortest run of capitalised words (connectors between) that spells the acronym.
        for k in range(len(words) - 1, -1, -1):
            run = words[k:]
            if not run[0].group()[0].isupper():
                continue
            if any(not w.group()[0].isupper() and w.group() not in _CONNECTORS for w in run):
                break
            content = [w.group().strip(".,") for w in run if w.group() not in _CONNECTORS]
            if _acronym_matches(acronym, content):
                start = run[0].start()
                long_end = run[-1].end()
                out.append(
                    (
                        _Span(start, long_end, "ORG"),
                        _Span(m.start(1), m.end(1), "ORG"),
                        acronym,
                    )
                )
                break
    return out


def _trusted_spans(text: str, words: Sequence[tuple[int, str]]) -> list[_Span]:
    """Gazetteer hits and "Long Name (ACR)" pairs with every later "ACR"; these spans are
    trusted over the NER's."""
    hits = load_gazetteer().find(text, words)
    spans = [_Span(s, e, p.type, place=p) for s, e, p in hits]
    acronyms: dict[str, str] = {}
    pairs = _acronym_spans(text)
    for long_span, _acr_span, acronym in pairs:
        long_name = text[long_span.start : long_span.end]
        if load_gazetteer().lookup(long_name) is None:  # "Amerika Serikat (AS)" is a place
            acronyms.setdefault(acronym, long_name)
    if acronyms:
        longs = [s for s, _a, acr in pairs if acr in acronyms]
        spans = [s for s in spans if not any(s.start < x.end and x.start < s.end for x in longs)]
        spans.extend(longs)
        cov = _Covered(sorted(spans, key=lambda s: s.start))
        for acronym in acronyms:
            for m in re.finditer(rf"\b{re.escape(acronym)}\b", text):
                if not cov.overlaps(m.start(), m.end()):
                    spans.append(_Span(m.start(), m.end(), "ORG"))
                    cov.add(m.start(), m.end())
    for s in spans:
        surface = text[s.start : s.end]
        if s.place is None:
            s.entity = acronyms.get(surface, surface)
    return sorted(spans, key=lambda s: s.start)


def _clean_ner(text: str, mention: Mention) -> list[_Span]:
    """Trim lower-case edges ("kota Khasan", "Rusia timur"), split "Trump-Kim"."""
    words = list(_NAME_WORD.finditer(text, mention.start, mention.end))
    while words and not words[0].group()[0].isupper():
        words.pop(0)
    while words and not words[-1].group()[0].isupper():
        words.pop()
    if not words:
        return []
    start, end = words[0].start(), words[-1].end()
    while end > start and text[end - 1] in ".,'’":
        end -= 1
    surface = text[start:end]
    compound = re.fullmatch(r"[A-Z]\w*(?:-[A-Z]\w*)+", surface)
    if compound and load_gazetteer().lookup(surface) is None:
        parts, pos = [], start
        for part in surface.split("-"):
            parts.append(_Span(pos, pos + len(part), mention.type))
            pos += len(part) + 1
        return parts
    if mention.type == "PER":
        lead = _LEADING_TITLE.match(surface)
        if lead:
            start += lead.end()
    return [_Span(start, end, mention.type)] if end - start > 1 else []


def _merge(text: str, candidates: list[_Span], trusted: list[_Span]) -> list[_Span]:
    """NER candidates against trusted spans: exact or junk-around-trusted -> trusted wins."""
    kept: list[_Span] = []
    dropped: set[int] = set()
    starts = [t.start for t in trusted]
    for c in candidates:
        lo = max(0, bisect.bisect_right(starts, c.start) - 1)
        hits = []
        for t in trusted[lo:]:
            if t.start >= c.end:
                break
            if c.start < t.end:
                hits.append(t)
        if not hits:
            kept.append(c)
            continue
        if c.type == "PER":
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
            if not any(c.start < t.end and t.start < c.end for t in hits):
                kept.append(c)
                continue
        inside = all(
            any(t.start <= w.start() and w.end() <= t.end for t in hits)
            for w in _CAP_WORD.finditer(text, c.start, c.end)
        )
        if inside or any(t.start <= c.start and c.end <= t.end for t in hits):
            continue
        # The NER span is a bigger name around a place ("Universitas Kookmin Seoul"): the
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
    result: list[_Span] = []
    for s in out:
        if (not result or s.start >= result[-1].end) and text[s.start : s.end] not in _ORG_HEADS:
            result.append(s)  # a bare "Pusat" or "Badan" is a sentence start, not a name
    result.extend(t for t in trusted if t.nested)
    for s in result:
        surface = text[s.start : s.end]
        words = surface.split()
        # "BPBD Majene" tagged PER: person names do not start with an acronym.
        if s.type == "PER" and words[0].isupper() and len(words[0]) > 1:
            s.type = "ORG"
        if s.place is None and s.type != "PER" and surface.split()[0] in _ORG_HEADS:
            s.type = "ORG"
        if s.place is None and s.type == "LOC" and surface.split()[-1] in {"University"}:
            s.type = "ORG"
    return result


def _role_key(title: str, place: str | None) -> tuple[str, str] | None:
    if not place:
        return None
    p = load_gazetteer().lookup(place)
    if p is None or (p.subtype != "GPE" and p.referent is None):
        return None
    return (" ".join(title.casefold().split()), p.referent or p.name)


def _annotate_person(text: str, s: _Span) -> None:
    """Title/role before the name and an appositive role after it -> attributes."""
    s.annotated = True
    m = None
    for word in _ANY_WORD.finditer(text, max(0, s.start - 80), s.start):
        if word.group().casefold().rstrip(".,") in _TITLE_FIRST:
            m = _BEFORE.match(text, word.start(), s.start)
            if m:
                break
    if m:
        title = " ".join(m.group("title").split())
        words = list(re.finditer(r"\S+", m.group("place") or ""))
        # The longest leading run of words that is a country is the role's place; the
        # rest, if name-like, is the start of the name ("Presiden Dmitry Medvedev").
        k = next(
            (
                k
                for k in range(len(words), 0, -1)
                if _role_key(title, " ".join(w.group() for w in words[:k]))
            ),
            0,
        )
        place = " ".join(w.group() for w in words[:k])
        rest = words[k:]
        # Only a short run of plain words right against the name, no comma: "Kepala Dinas
        # Perhubungan Kalimantan Tengah, Rahmat Hidayat" is a role, not a longer name.
        adjacent = "," not in text[m.end("place") : s.start] and len(rest) <= 2
        if (
            rest
            and adjacent
            and all(w.group().isalpha() and not w.group().isupper() for w in rest)
            and not any(w.group() in _ORG_HEADS or load_gazetteer().lookup(w.group()) for w in rest)
        ):
            s.start = m.start("place") + rest[0].start()
        elif rest:
            place = " ".join(w.group() for w in words)
        key = _role_key(title, place) if place else None
        s.role = key
        s.attributes.append(f"{title} {place}" if place else title)
        name = " ".join(text[s.start : s.end].split())
        role = f"{title} {place}" if place else title
        # The titled form is a surface alias ("Presiden Putin", "Prof Lankov") when it is
        # written as one phrase; a long role after a comma is an attribute only.
        if "," not in text[m.start() : s.start] and len(role.split()) <= 3:
            s.titled = f"{role} {name}"
    after = _APPOSITIVE.match(text, s.end)
    if after:
        s.attributes.append(" ".join(after.group("role").split()))


def resolve_article(
    text: str, mentions: Sequence[Mention]
) -> tuple[tuple[Mention, ...], tuple[EntityRef, ...]]:
    """Resolve the mentions of one article; add gazetteer names and names the NER missed.

    ``mentions`` index into ``text`` (``entity`` ignored). Returns the mentions sorted by
    offset with ``entity`` (and ``referent`` for metonyms) set, and one
    :class:`~warta.records.EntityRef` per entity, sorted by name.

    >>> ms, refs = resolve_article("Korut dan AS.", [])
    >>> [(r.name, r.mentions, r.subtype) for r in refs]
    [('North Korea', ('Korut',), 'GPE'), ('United States', ('AS',), 'GPE')]
    """
    # One scan for capitalised words serves the gazetteer, name shapes and propagation:
    # whole-text regex scans dominate the cost of an article (budget ~1 ms).
    words = capitalised_words(text)
    index: dict[str, list[int]] = defaultdict(list)
    for start, word in words:
        index[word.casefold()].append(start)
    trusted = _trusted_spans(text, words)
    candidates = [c for m in mentions for c in _clean_ner(text, m)]
    spans = _merge(text, sorted(candidates, key=lambda s: s.start), trusted)
    cov = _Covered(sorted((s for s in spans if not s.nested), key=lambda s: s.start))
    shaped = (_KOREAN_NAME.match(text, start) for start, _w in words)
    for m in (m for m in shaped if m is not None):
        if not cov.overlaps(m.start(), m.end()):
            spans.append(_Span(m.start(), m.end(), "PER"))
            cov.add(m.start(), m.end())
    persons = [s for s in spans if s.type == "PER"]
    for s in persons:
        _annotate_person(text, s)
    # Titles may have extended a name leftwards ("Presiden Dmitry Medvedev").
    cov = _Covered(sorted((s for s in spans if not s.nested), key=lambda s: s.start))
    # Full names (two words or more) grouped by spelling-insensitive key.
    forms: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for s in persons:
        surface = text[s.start : s.end]
        if len(name_key(surface)) > 1:
            forms[name_key(surface)][" ".join(surface.split())] += 1
    # Propagate: variants and short forms the NER missed ("Kim-Jong-un", "Trump-Kim").
    shorts: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for key, variants in forms.items():
        pattern = re.compile(r"(?i:" + r"[\s-]+".join(re.escape(w) for w in key) + r")(?!\w)")
        found = (pattern.match(text, start) for start in index.get(key[0], ()))
        for m in (m for m in found if m is not None):
            if m.group()[0].isupper() and not cov.overlaps(m.start(), m.end()):
                spans.append(_Span(m.start(), m.end(), "PER"))
                cov.add(m.start(), m.end())
                variants[" ".join(m.group().split())] += 1
        for form in variants:
            for short in _short_forms(form):
                shorts[short].add(key)
    # A one-word name is propagated only if the NER found it mid-sentence once: a
    # sentence-initial "Namun" tagged PER must not spread to every "Namun".
    singles = {
        text[s.start : s.end]
        for s in persons
        if len(name_key(text[s.start : s.end])) == 1 and not _starts_sentence(text, s.start)
    }
    singles |= {w for f in forms.values() for v in f for w in v.split() if w.casefold() in shorts}
    for word in sorted(singles):
        if len(word) < 2 or not word[0].isupper():
            continue
        for start in index.get(word.casefold(), ()):
            end = start + len(word)
            bounded = end == len(text) or not text[end].isalnum()
            if text.startswith(word, start) and bounded and not cov.overlaps(start, end):
                spans.append(_Span(start, end, "PER"))
                cov.add(start, end)
    spans.sort(key=lambda s: s.start)
    known = set(shorts) | {w.casefold() for w in singles}
    for s in spans:
        if s.place is None and s.type != "PER" and text[s.start : s.end].casefold() in known:
            s.type = "PER"
        if s.type == "PER" and not s.annotated:
            before = s.start
            _annotate_person(text, s)
            if s.start != before:  # a title extended a short form into a full name
                form = " ".join(text[s.start : s.end].split())
                forms[name_key(form)][form] += 1
                for short in _short_forms(form):
                    shorts[short].add(name_key(form))
    canonical = {key: _preferred(v) for key, v in forms.items()}
    weight = {key: sum(v.values()) for key, v in forms.items()}
    roles: dict[tuple[str, str], set[tuple[str, ...]]] = defaultdict(set)
    for s in spans:
        if s.type != "PER":
            continue
        key = name_key(text[s.start : s.end])
        if len(key) > 1:
            s.entity = canonical[key]
            if s.role:
                roles[s.role].add(key)
        else:
            s.entity = _pick(shorts.get(key[0], set()), weight, canonical) or " ".join(
                text[s.start : s.end].split()
            )
    spans.extend(_role_only(text, spans, roles, canonical))
    spans.sort(key=lambda s: (s.start, s.end))
    return _outputs(text, spans)


def _pick(
    candidates: set[tuple[str, ...]],
    weight: Mapping[tuple[str, ...], int],
    canonical: Mapping[tuple[str, ...], str],
) -> str | None:
    """The full name a short form denotes: the only candidate, or a dominant one."""
    ranked = sorted(candidates, key=lambda k: (-weight[k], canonical[k]))
    if not ranked:
        return None
    if len(ranked) == 1 or weight[ranked[0]] >= _DOMINANCE * weight[ranked[1]]:
        return canonical[ranked[0]]
    return None


def _role_only(
    text: str,
    spans: list[_Span],
    roles: Mapping[tuple[str, str], set[tuple[str, ...]]],
    canonical: Mapping[tuple[str, ...], str],
) -> list[_Span]:
    """ "Presiden Rusia" not followed by a name: one person, resolved when the article
    names exactly one person with that role."""
    out: list[_Span] = []
    person_starts = {s.start for s in spans if s.type == "PER"}
    for s in spans:
        if s.place is None or (s.place.subtype != "GPE" and s.place.referent is None):
            continue
        before = text[max(0, s.start - 30) : s.start].split()
        if not before or before[-1].casefold() not in _ROLE_LAST:
            continue
        m = _ROLE_ONLY.search(text, max(0, s.start - 40), s.start)
        if not m:
            continue
        follow = re.match(r"(?:\s+(?:saat|kala|ketika) itu)?\s*,?\s*", text[s.end :])
        if follow and s.end + follow.end() in person_starts:
            continue
        title = " ".join(m.group("title").split())
        key = (title.casefold(), s.place.referent or s.place.name)
        holders = roles.get(key, set())
        surface = f"{title} {text[s.start : s.end]}"
        unresolved = surface[0].upper() + surface[1:]
        name = canonical[next(iter(holders))] if len(holders) == 1 else unresolved
        role = _Span(m.start("title"), s.end, "PER", entity=name, role=key)
        role.role_only = len(holders) != 1
        if role.role_only:  # a resolved holder already carries the role
            role.attributes.append(" ".join(text[role.start : role.end].split()))
        out.append(role)
    return out


def _outputs(text: str, spans: list[_Span]) -> tuple[tuple[Mention, ...], tuple[EntityRef, ...]]:
    mentions: list[Mention] = []
    groups: dict[str, list[tuple[_Span, str]]] = defaultdict(list)
    for s in spans:
        surface = text[s.start : s.end]
        if s.place is not None:
            entity, referent = s.place.name, s.place.referent
        else:
            entity, referent = s.entity or " ".join(surface.split()), None
        mentions.append(Mention(s.start, s.end, surface, s.type, entity, referent))
        groups[referent or entity].append((s, surface))
    gaz = load_gazetteer()
    refs: list[EntityRef] = []
    for name, members in groups.items():
        surfaces = {" ".join(surface.split()) for _s, surface in members}
        surfaces |= {s.titled for s, _ in members if s.titled}
        attributes = sorted({a for s, _ in members for a in s.attributes})
        types = [s.type for s, _ in members]
        place = gaz.by_name(name) if any(s.place for s, _ in members) else None
        subtype = place.subtype if place is not None and place.referent is None else None
        if any(s.role_only for s, _ in members):
            subtype = "role"
        refs.append(
            EntityRef(
                name=name,
                type=min(set(types), key=lambda t: (-types.count(t), t)),
                mentions=tuple(sorted(surfaces)),
                count=len(members),
                attributes=tuple(attributes),
                subtype=subtype,
            )
        )
    refs.sort(key=lambda r: (r.name, r.type))
    return tuple(mentions), tuple(refs)


def resolve_corpus(
    entities_by_article: Mapping[str, Sequence[EntityRef]],
) -> tuple[dict[str, dict[str, str]], list[Entity]]:
    """Merge the per-article entities into a corpus entity table.

    Returns ``{article: {local name: corpus name}}`` and the corpus entities sorted by
    name. Person names: variants merge by :func:`name_key`; a one-word name ("Lankov")
    links to the one full name whose first or last word it is (or to a dominant one);
    a role ("Presiden Rusia") links to the one person named with that role; two different
    full names never merge. Other entities merge by name, and an acronym that is a surface
    form of exactly one longer organisation links to it. The result does not depend on
    the order of articles or of entities.

    >>> a = {"x": [EntityRef("Lankov", "PER", ("Lankov",), 2)],
    ...      "y": [EntityRef("Andrei Lankov", "PER", ("Andrei Lankov",), 1)]}
    >>> mapping, table = resolve_corpus(a)
    >>> mapping["x"], [(e.name, e.aliases, e.article_count) for e in table]
    ({'Lankov': 'Andrei Lankov'}, [('Andrei Lankov', ('Andrei Lankov', 'Lankov'), 2)])
    """
    refs = [(art, r) for art, rs in entities_by_article.items() for r in rs]
    forms: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    articles: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for art, r in refs:
        if r.type == "PER" and r.subtype != "role" and len(name_key(r.name)) > 1:
            forms[name_key(r.name)][r.name] += r.count
            articles[name_key(r.name)].add(art)
    canonical = {key: _preferred(v) for key, v in forms.items()}
    weight = {key: len(a) for key, a in articles.items()}
    shorts: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    roles: dict[tuple[str, str], set[tuple[str, ...]]] = defaultdict(set)
    for _art, r in refs:
        if r.type == "PER" and r.subtype != "role" and len(name_key(r.name)) > 1:
            for short in _short_forms(r.name):
                shorts[short].add(name_key(r.name))
            for attribute in r.attributes:
                key = _parse_role(attribute)
                if key:
                    roles[key].add(name_key(r.name))
    # Organisations: surface form -> the names of the entities it was a form of.
    surface_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    for _art, r in refs:
        if r.type != "PER":
            for surface in r.mentions:
                surface_of[(r.type, surface)].add(r.name)

    def corpus_name(r: EntityRef) -> str:
        if r.type == "PER":
            key = name_key(r.name)
            if r.subtype == "role":
                role = _parse_role(r.name)
                holders = roles.get(role, set()) if role else set()
                return canonical[next(iter(holders))] if len(holders) == 1 else r.name
            if len(key) > 1:
                return canonical[key]
            return _pick(shorts.get(key[0], set()), weight, canonical) or r.name
        owners = surface_of.get((r.type, r.name), set()) - {r.name}
        if len(owners) == 1:
            return next(iter(owners))
        return r.name

    mapping: dict[str, dict[str, str]] = {}
    members: dict[tuple[str, EntityType], list[tuple[str, EntityRef]]] = defaultdict(list)
    for art, r in refs:
        name = corpus_name(r)
        mapping.setdefault(art, {})[r.name] = name
        members[(name, r.type)].append((art, r))
    table: list[Entity] = []
    for (name, etype), group in members.items():
        aliases = {s for _a, r in group for s in r.mentions} | {r.name for _a, r in group}
        subtypes = Counter(r.subtype for _a, r in group if r.subtype and r.subtype != "role")
        table.append(
            Entity(
                name=name,
                type=etype,
                aliases=tuple(sorted(aliases)),
                article_count=len({a for a, _r in group}),
                mention_count=sum(r.count for _a, r in group),
                subtype=min(subtypes, key=lambda t: (-subtypes[t], t)) if subtypes else None,
            )
        )
    table.sort(key=lambda e: (e.name, e.type))
    return mapping, table


def _parse_role(attribute: str) -> tuple[str, str] | None:
    """``("presiden", "Russia")`` from "Presiden Rusia"; None if not title + country."""
    m = re.match(rf"(?P<title>{_TITLE_HEAD})\s+(?P<place>.+)$", attribute)
    if not m:
        return None
    return _role_key(" ".join(m.group("title").split()), m.group("place"))
