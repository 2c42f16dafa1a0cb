"""Corpus-wide stories: articles clustered into events, each with a label and a summary.

:func:`update_stories` keeps the stories of the store up to date batch by batch, from
persistent tables (migration ``015_story_index``), reading by key only what a batch can
touch. The clustering is :mod:`warta.analyze.stories` (units, pair test, average link,
founder ids); this module stores its inputs and re-runs it where a batch changed things.

Tables:

* ``story_docs`` - per indexed article what clustering reads: its unit (duplicate group,
  else the article alone), content-token count, date (the corpus ``published``), PER/ORG
  entity names, source, hashed term frequencies, and its label terms;
* ``story_units`` - per unit its representative (the fullest copy), date interval,
  entities, key terms and story id;
* ``story_keys`` - each unit's key terms (:data:`warta.analyze.stories.KEY_TERMS`) with
  its date interval (undated: the whole line), so the units a new unit may link to are
  found by term and date window;
* ``story_links`` - the candidate links between units (``a < b``), indexed both ways;
* ``story_merges`` - story ids that disappeared or lost articles, and where their
  articles went (``kind`` ``merged``: all to one story; ``split``: to several).

Per batch (``ids`` = added, regrouped, renamed and redated articles; ``removed`` = the
old versions leaving):

1. the doc rows of ``ids`` are recomputed and those of ``removed`` dropped; an earlier
   article whose row comes out as stored (a renamed place, a person named as before, a
   date that stayed) is left out: nothing clustering or its story's row reads changed.
   Every unit holding one of the others (before or after) is rebuilt from its members'
   doc rows;
2. each rebuilt unit's candidate links are found through the key-term index within the
   date window, and tested with the pair test of
   :func:`warta.analyze.story_clusters.candidate_links` (the same function);
3. the connected components of the links that hold a rebuilt unit or a former neighbour
   of one are re-clustered with :func:`~warta.analyze.story_clusters.agglomerate`;
   their units' story ids, ``articles.story_id`` of their members and the ``stories``
   rows of the stories that changed (new members, or a member in the batch) are
   written; summaries are computed for those stories only.

Why this equals clustering everything at once: a pair's link depends on the two units
alone (fixed IDF, exact sums: see :mod:`warta.analyze.stories` item 2), every link of a
rebuilt unit is found (a link needs a shared key term and dates within the window, which
is what the index is searched by), and average-link clusters never cross a component of
the links and weigh their averages by that component's own IDF (a function of its
units), so re-clustering a component alone gives what a whole-store run gives there.
Story ids come from the founding article (earliest dated member, else smallest id), a
function of the story's members: batch order changes none of them. Story labels are a
function of the story's members too (:func:`warta.analyze.stories.describe_story`).

Intended differences from a batch: ``story_merges`` is a history (which ids a batch
retired depends on the order articles came in).

Cost: per new unit, :data:`~warta.analyze.stories.KEY_TERMS` range scans of
``story_keys`` and the units they return (those sharing a key term within the date
window), plus the re-clustering of the touched components. It grows with the articles
a window holds (the stream's rate), not with the store: adding 50 articles to a store
of 2,000 / 10,000 / 50,000 (bench/bench_story_index.py, 30 a day) took 0.29 / 0.38 /
0.66 s at a peak RSS of 102 MB, where the whole-index ``StoryIndex.add`` of before
took 1.65 s / 31.9 s (193 MB / 1.9 GB; 50,000 not run). Two things do grow with
the store: an undated unit's window is the whole line (it meets every unit sharing a
key term, and every undated unit meets each new one), and a topic reported every day
(one link at most :data:`~warta.analyze.stories.MAX_GAP_DAYS` apart after another)
chains into one component that each update touching it re-clusters whole.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections import Counter
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, NamedTuple, overload

import numpy as np
import numpy.typing as npt

from warta.analyze import embeddings as embedding_backend
from warta.analyze.stories import (
    BARS,
    TERMS_KEPT,
    IndexedArticle,
    Row,
    StoryInput,
    article_results,
    article_terms,
    background_idf,
    describe_story,
    hashed_tf,
    interval,
    key_terms,
    lead_days,
    lead_regions,
    story_id,
    tfidf_row,
    unit_days,
    unit_matrix,
)
from warta.analyze.story_chronicles import lead_chronicle
from warta.analyze.story_clusters import UnitView, agglomerate, link_floor, pair_link
from warta.analyze.story_outcomes import lead_outcome
from warta.analyze.story_people import lead_people
from warta.analyze.story_recalls import lead_recalled_days, recalled_ordinals
from warta.analyze.story_scenes import scenes_and_happenings
from warta.analyze.summarize import summarize_story
from warta.records import SummarySentence

STORY_SUMMARY_SENTENCES = 5
#: The interval an undated unit is filed under in ``story_keys``: it links at any date.
UNDATED = (-(10**9), 10**9)
#: Days a partial date may cover (a year): bounds the key-term scan of the window.
LONGEST_DATE = 366
#: Ids per ``IN (...)`` query.
CHUNK = 500
_TABLES = ("story_docs", "story_units", "story_keys", "story_links", "story_merges")


@dataclass(frozen=True, slots=True)
class _Unit:
    """A unit as clustering reads it: members, date, entities, TF-IDF row, key terms."""

    key: str
    members: tuple[str, ...]
    representative: str
    interval: tuple[int, int] | None
    entities: frozenset[str]
    row: Row
    keys: frozenset[int]
    results: frozenset[str] = frozenset()
    days: frozenset[int] = frozenset()
    weekdays: frozenset[int] = frozenset()
    places: frozenset[str] = frozenset()
    rep_places: frozenset[str] = frozenset()
    outcome: bool = False
    chronicle: bool = False
    lead_people: frozenset[str] = frozenset()
    recalled: frozenset[int] = frozenset()
    rep_scenes: frozenset[str] = frozenset()

    def view(self) -> UnitView:
        return UnitView(
            self.interval,
            self.entities,
            self.keys,
            self.results,
            self.days,
            self.weekdays,
            self.places,
            self.rep_places,
            self.outcome,
            self.chronicle,
            self.lead_people,
            self.recalled,
            self.rep_scenes,
        )


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A stored unit as linking reads it: its entities and key terms stay JSON until a
    pair test asks for them (most candidates fall below the floor of the one sparse
    product, and decoding them cost more than reading them)."""

    key: str
    representative: str
    interval: tuple[int, int] | None
    row: Row
    entities: str
    keys: str
    terms: str  # its representative's story_docs terms (the lead provinces the pair test reads)

    def view(self) -> UnitView:
        return UnitView(
            self.interval,
            frozenset(json.loads(self.entities)),
            frozenset(json.loads(self.keys)),
            rep_places=frozenset(_stored_marks(self.terms)[2]),
            rep_scenes=frozenset(_stored_scenes(self.terms)),
        )


class _Views(Sequence[UnitView]):
    """The units' views, each made on first use."""

    def __init__(self, units: Sequence[_Unit | _Candidate]) -> None:
        self._units = units
        self._views: list[UnitView | None] = [None] * len(units)

    def __len__(self) -> int:
        return len(self._units)

    @overload
    def __getitem__(self, i: int) -> UnitView: ...
    @overload
    def __getitem__(self, i: slice) -> list[UnitView]: ...
    def __getitem__(self, i: int | slice) -> UnitView | list[UnitView]:
        if isinstance(i, slice):
            return [self[k] for k in range(len(self))[i]]
        view = self._views[i]
        if view is None:
            view = self._views[i] = self._units[i].view()
        return view


#: Bump when the clustering (its bars or rules in :mod:`warta.analyze.story_clusters`)
#: changes: the next build then clusters the store's stories again, and only them
#: (:func:`warta.corpus.steps.index_pending`). 2: near units (one day's reports) link
#: and merge at lower bars. 3: a lone unit joins a cluster at lower averages (dated to the
#: day within the near days, or undated). 4: two groups on days the other has none of
#: merge under the general bar only, and two clusters stating different match results on
#: different days never merge (story_docs keep each article's results with its terms).
#: 5: the days and provinces each lead states (story_docs keep them with its terms) keep
#: an undated piece of another day, a lone piece of the day before and two provinces'
#: news apart. 6: near units whose representatives' leads name two provinces apart do not
#: link at the (lowered) near bar, and an undated piece whose lead states an outcome
#: (story_docs keep it with its terms) gets no lowered bar into a story stating none.
#: 7: story_docs keep the regencies and cities each lead names with its provinces
#: (lead_regions), and an e5 link needs the two units within the near days or their
#: leads not naming places apart down to the regency. 8: near units whose leads name one
#: regency or city link at a lower bar (story_clusters._same_town); one day's reports
#: merge before anything else, an undated lone unit is tried by its closest dated
#: member, a lone piece looking back to a day well before its publication and a story's
#: gets no lowered bar, and a lone follow-up telling of a later day joins at
#: stories.later_single_cosine. 9: story_docs' places hold the province of the dateline
#: the cleaner split off (when the lead names a place) and the islands regencies are
#: named after (Lombok); an e5 link days apart is refused on regencies only. 10: a
#: verdict told in the active voice or by its noun is an outcome; a lone piece dated
#: within a day joins at stories.near_single_cosine 0.07. 11: a lone piece whose lead
#: states its own publication day is measured from the story's nearest report for the
#: near-day bar, not from its first (story_clusters._single_span). 12: an undated unit
#: and a dated one whose leads name one regency or city link at the town bar unless
#: that link would join two groups of the other links, and an undated lone piece naming
#: a town of its story joins at the near-single bar (story_clusters._town_anchored,
#: _town_links_kept, _shares_town). 13: two near groups holding a day in common merge at
#: the near average (story_clusters._runs_on), and a lone piece on the day after a story
#: running over days, its lead telling only of the story's days, is measured from the
#: story's nearest report (_recalls_running_story). 14: so is a lone piece on the day
#: after a story running over days whose lead states no day (an editorial, an analysis)
#: and walks through no days of its own (story_chronicles.lead_chronicle, stored with a
#: doc's terms). 15: a lone piece whose lead names a person that a report it links to
#: names, and a story nowhere, gets none of the lowered bars with that story
#: (story_clusters._named_elsewhere; story_people.lead_people, stored with a doc's terms).
#: 16: a lead's places hold the villages and wards it names by their kind ("Kelurahan
#: X", "Desa Y"; stories.lead_villages), and two day-dated stories naming wards apart get
#: none of the lowered bars (story_clusters._other_places); a weekday inside a quotation
#: is no lead day (stories._in_quotation).
#: 17: a lead's places hold the districts it names by their kind ("Kecamatan Z"), and
#: two day-dated stories whose leads name districts apart (any lead of each) get none of
#: the lowered bars (story_clusters._other_districts); a lead naming only a village or
#: district keeps it, and a village, ward or district two leads name anchors as a town
#: does (story_clusters._same_town, _one_village, _shares_town).
#: 18: a next day's group whose leads tell first of a day of the first day's group merges
#: with it at the near-single bar (story_clusters._tells_day_of), and the regency or city
#: two leads place their news in counts as a shared name for the entity bar
#: (story_clusters._shared_names).
#: 19: a lead's places hold the districts it names by an official name opening with
#: their regency's or city's ("Palu Timur"; stories.lead_villages), and near units whose
#: leads name districts of one town apart do not link at the town bar
#: (story_clusters._same_town).
#: 20: a lone report dated to the day whose own day the leads of a story say the
#: happening they follow took place on ("sehari setelah ...", "Sabtu lalu";
#: story_recalls.lead_recalled_days, stored with a doc's terms) is no run-up piece nor a
#: round-up of that story (story_clusters._followed_up).
#: 21: a lead's places hold the streets it names ("Jalan X", "Jl. X"; stories.lead_villages),
#: and a lone report whose lead names a village, district or street that a report it
#: links to names, and a story's leads nowhere, gets none of the lowered bars into that
#: story (story_clusters._ties, _named_elsewhere).
#: 22: two units whose leads tell one kind of happening at one named site ("Pasar X",
#: "Dusun Y"; story_scenes.lead_scenes, stored with a doc's terms), dated within
#: stories.scene_days or one undated, link at stories.scene_link_cosine
#: (story_clusters._one_scene).
#: 23: a closing paragraph that turns to another case raised on the same occasion
#: ("Dalam konferensi pers yang sama, ... juga ...") is left out of a report's terms
#: (story_asides.closing_aside); "akhir pekan lalu" points back to the last weekend.
#: 24: a doc's scenes hold the kinds of happening its lead tells at no named site too
#: (story_scenes.lead_happenings): two reports dated within stories.scene_days whose
#: leads tell one kind in one regency or city link at stories.same_town_link_cosine, and
#: two day-groups whose every lead tells it in that town merge at the lone piece's bar
#: (story_clusters._one_happening_in_town, _one_happening_throughout).
#: 25: an undated piece no other link reaches links to a dated report whose lead tells
#: the kind of happening its lead tells in one regency or city, at
#: stories.scene_link_cosine (story_clusters._one_undated_happening; dropped when it
#: would join two groups); a lone follow-up naming the story's first day beside its own
#: later day gets the later bar (story_clusters._tells_later_day).
#: 26: a dated weekday gone ("Sabtu (5/9/2026) lalu") recalls its date
#: (story_recalls.lead_recalled_days); a lone first report whose day a story's leads
#: recall is measured from the story's nearest report (story_clusters._single_span), and
#: one telling the scene every lead of the story tells is no run-up piece
#: (story_clusters._may_merge); an undated piece whose lead names no place, telling the
#: kind of happening a report's lead tells, links to it when its words name a village or
#: ward of that lead without its kind, and joins its story at the near-single bar
#: (story_bare_villages.names_village; story_clusters._bare_village_happening,
#: _shares_town).
#: 27: a village or district a lone piece's lead names places it elsewhere only when no
#: text of the other story names it (story_clusters._named_elsewhere, _named_in_text);
#: a lone first report whose day is the earliest day a story's leads state, published
#: before the story, joins at the follow-up bar (story_clusters._first_report_of).
#: 28: the place an official spoke at, named again ("Di tempat yang sama, ... juga ..."),
#: opens a closing aside (story_asides); two leads placing their news in a district and a
#: town, sharing neither, do not link at the shared-names or near-day bars
#: (story_clusters._districts_of_towns_apart).
#: 29: an undated member no longer lifts the lower bar between two sides whose every lead
#: tells one kind of event at one named place (story_clusters._one_scene_throughout); a
#: piece whose lead states no day, one or two days after a running story of one kind of
#: event in one regency or city, joins at the follow-up bar
#: (story_clusters._follows_running_happening).
RULES = "29"


def clear_index(conn: sqlite3.Connection) -> None:
    """Empty the story index, the stories and every article's story id."""
    for table in _TABLES:
        conn.execute(f"DELETE FROM {table}")
    conn.execute("DELETE FROM stories")
    conn.execute("UPDATE articles SET story_id = NULL WHERE story_id IS NOT NULL")


def update_stories(
    conn: sqlite3.Connection,
    ids: Collection[str],
    removed: Collection[str],
    *,
    embeddings: bool,
) -> None:
    """Take ``ids`` (new or revised articles) into the stories and ``removed`` out of them.

    With ``embeddings`` a pair also links on the e5 vectors of the store's embedding
    index (see :mod:`warta.analyze.stories`). Runs inside the caller's transaction.
    """
    docs = _doc_rows(conn, sorted(set(ids)))
    # An earlier article whose doc row is the same (renamed places, a date that stayed)
    # changes nothing clustering or its story's row reads.
    same = _unchanged_docs(conn, docs, set(removed))
    ids = sorted(set(ids) - same)
    changed = sorted(set(ids) | set(removed))
    if not changed:
        return
    sql = "SELECT unit FROM story_docs WHERE article_id"
    old_units = {r[0] for r in _select(conn, sql, changed)}
    _delete_in(conn, "story_docs", "article_id", changed)
    # A version that left without a new one: the article has no story until it returns.
    gone = sorted(set(removed) - set(ids))
    _update_in(conn, "UPDATE articles SET story_id = NULL WHERE id", gone)
    new_units = _write_docs(conn, [docs[a] for a in ids])
    touched = sorted(old_units | new_units)
    old_story = _old_story_ids(conn, touched)
    neighbours = _linked(conn, touched)
    _drop_units(conn, touched)
    rebuilt = _rebuild_units(conn, touched)
    _link(conn, rebuilt, embeddings=embeddings)
    components = _components(conn, sorted({u.key for u in rebuilt} | (neighbours - set(touched))))
    reached = {unit for component in components for unit in component}
    old_story |= _old_story_ids(conn, sorted(reached - set(touched)))
    _recluster(conn, components, old_story, set(changed), embeddings=embeddings)


#: A ``story_docs`` row: article id, unit, content tokens, date, entities (JSON), source,
#: hashed term columns and frequencies (bytes), label terms, match results, lead days,
#: lead provinces, lead outcome, chronology, lead people, recalled days and scenes with
#: the kinds of happening told at no site (story_scenes.scenes_and_happenings; JSON:
#: ``[top terms, bigrams, results, lead days, places, outcome, chronicle, people,
#: recalled, scenes]``).
DocRow = tuple[str, str, int, str | None, str, str, bytes, bytes, str]


def _doc_rows(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, DocRow]:
    """The ``story_docs`` rows of the stored ``ids``, as they read now."""
    out = {}
    # The record's fields by SQLite's JSON functions: decoding whole records cost more
    # than the terms of their texts.
    sql = (
        "SELECT id, text, json_extract(record, '$.title'), json_extract(record, '$.entities'), "
        "coalesce(nullif(json_extract(record, '$.host_site'), ''), nullif(json_extract("
        "record, '$.original_source'), ''), json_extract(record, '$.source')), published, "
        "dup_group, (SELECT json_extract(value, '$.text') FROM json_each(record, '$.removed') "
        "WHERE json_extract(value, '$.reason') = 'dateline' LIMIT 1) "
        "FROM articles WHERE id"
    )
    for article_id, text, title, entities, source, published, dup_group, dateline in _select(
        conn, sql, ids, tuples=True
    ):
        found = json.loads(entities or "[]")
        names = {e["name"] for e in found if e["type"] in ("PER", "ORG")}
        item = StoryInput(
            article_id=article_id,
            title=title,
            text=text,
            date=published,
            entities=tuple(sorted(names)),
            dup_group=dup_group,
            source=source,
            dateline=dateline,
            people=tuple(sorted({e["name"] for e in found if e["type"] == "PER"})),
        )
        interval(item.date)  # an unreadable date fails here, before anything is written
        terms = _text_terms(item.title, item.text, item.dateline)
        out[article_id] = (
            item.article_id,
            dup_group or "\0" + article_id,
            terms.tokens,
            item.date,
            json.dumps(list(item.entities), ensure_ascii=False),
            item.source,
            terms.columns,
            terms.tf,
            json.dumps(
                [
                    terms.top,
                    terms.bigrams,
                    terms.results,
                    sorted(lead_days(item.title, item.text, item.date)),
                    terms.regions,
                    terms.outcome,
                    terms.chronicle,
                    sorted(lead_people(item.text, item.people)),
                    sorted(lead_recalled_days(item.title, item.text, item.date)),
                    terms.scenes,
                ],
                ensure_ascii=False,
            ),
        )
    return out


class _TextTerms(NamedTuple):
    """The parts of a doc row read off the title and text alone (:func:`_text_terms`)."""

    tokens: int
    columns: bytes
    tf: bytes
    top: dict[str, int]
    bigrams: dict[str, int]
    results: list[str]
    regions: list[str]
    outcome: bool
    chronicle: bool
    scenes: list[str]


@functools.lru_cache(maxsize=1024)
def _text_terms(title: str | None, text: str, dateline: str | None) -> _TextTerms:
    """The doc row's terms, match results, lead places and outcome of one text.

    Cached (two batches): an article revised soon after it was indexed (renamed by a
    later batch, re-dated, regrouped) has the same title and text, and its terms were
    most of its row's cost; its names, date and group are read anew each time. Callers
    only read the values (they are serialised, never changed)."""
    item = StoryInput(article_id="", title=title, text=text, dateline=dateline)
    counts, bigrams = article_terms(item)
    columns, tf = hashed_tf(counts)
    return _TextTerms(
        tokens=sum(counts.values()),
        columns=columns.astype(np.int64).tobytes(),
        tf=tf.astype(np.float64).tobytes(),
        top=dict(Counter(counts).most_common(TERMS_KEPT)),
        bigrams=bigrams,
        results=sorted(article_results(item)),
        regions=sorted(lead_regions(text, dateline)),
        outcome=lead_outcome(title, text),
        chronicle=lead_chronicle(title, text),
        scenes=sorted(scenes_and_happenings(title, text)),
    )


def _unchanged_docs(
    conn: sqlite3.Connection, docs: Mapping[str, DocRow], removed: Collection[str]
) -> set[str]:
    """The ids of ``docs`` stored with the same row, that are no new version
    (``removed``: its text and summary may differ)."""
    ids = sorted(a for a in docs if a not in removed)
    sql = "SELECT * FROM story_docs WHERE article_id"
    return {row[0] for row in _select(conn, sql, ids, tuples=True) if tuple(row) == docs[row[0]]}


def _write_docs(conn: sqlite3.Connection, rows: Sequence[DocRow]) -> set[str]:
    """Write doc rows; return their units."""
    conn.executemany("INSERT INTO story_docs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return {row[1] for row in rows}


def _old_story_ids(conn: sqlite3.Connection, units: Sequence[str]) -> set[str]:
    sql = "SELECT story_id FROM story_units WHERE story_id IS NOT NULL AND unit"
    return {r[0] for r in _select(conn, sql, units)}


def _linked(conn: sqlite3.Connection, units: Sequence[str]) -> set[str]:
    """Units linked to any of ``units``."""
    out = {r[0] for r in _select(conn, "SELECT b FROM story_links WHERE a", units)}
    return out | {r[0] for r in _select(conn, "SELECT a FROM story_links WHERE b", units)}


def _drop_units(conn: sqlite3.Connection, units: Sequence[str]) -> None:
    """Delete the unit rows, key terms and links of ``units``."""
    for row in _select(conn, "SELECT unit, first, last, keys FROM story_units WHERE unit", units):
        last = UNDATED[1] if row["last"] is None else row["last"]
        conn.executemany(
            "DELETE FROM story_keys WHERE term = ? AND last = ? AND unit = ?",
            [(term, last, row["unit"]) for term in json.loads(row["keys"])],
        )
    _delete_in(conn, "story_units", "unit", units)
    _delete_in(conn, "story_links", "a", units)
    _delete_in(conn, "story_links", "b", units)


def _rebuild_units(conn: sqlite3.Connection, keys: Sequence[str]) -> list[_Unit]:
    """Rebuild the rows of the units ``keys`` that still have members; return them."""
    units = _units_from_docs(conn, keys)
    for unit in units:
        first, last = unit.interval or UNDATED
        conn.execute(
            "INSERT INTO story_units VALUES (?, ?, ?, ?, ?, ?, NULL)",
            (
                unit.key,
                unit.representative,
                None if unit.interval is None else first,
                None if unit.interval is None else last,
                json.dumps(sorted(unit.entities), ensure_ascii=False),
                json.dumps(sorted(unit.keys)),
            ),
        )
        conn.executemany(
            "INSERT INTO story_keys VALUES (?, ?, ?, ?)",
            [(term, last, first, unit.key) for term in sorted(unit.keys)],
        )
    return units


def _units_from_docs(conn: sqlite3.Connection, keys: Sequence[str]) -> list[_Unit]:
    """The units ``keys`` as their members' doc rows make them (as
    :class:`~warta.analyze.stories.StoryIndex` would), sorted by key."""
    members: dict[str, list[sqlite3.Row]] = {}
    sql = (
        "SELECT article_id, unit, tokens, date, entities, columns, tf, terms FROM story_docs "
        "WHERE unit"
    )
    for row in _select(conn, sql, keys):
        members.setdefault(row["unit"], []).append(row)
    out = []
    for key in sorted(members):
        rows = sorted(members[key], key=lambda r: r["article_id"])
        # The fullest copy stands for the group; the earliest date is the group's.
        rep = max(rows, key=lambda r: (r["tokens"], r["article_id"]))
        intervals = [iv for iv in (interval(r["date"]) for r in rows) if iv]
        columns = np.frombuffer(rep["columns"], dtype=np.int64)
        weights = tfidf_row(columns, np.frombuffer(rep["tf"], dtype=np.float64))
        stored = [_stored_marks(r["terms"]) for r in rows]
        rep_marks = next(m for r, m in zip(rows, stored, strict=True) if r is rep)
        days, weekdays = unit_days((r["date"], m[1]) for r, m in zip(rows, stored, strict=True))
        out.append(
            _Unit(
                key,
                tuple(r["article_id"] for r in rows),
                rep["article_id"],
                min(intervals) if intervals else None,
                frozenset(n for r in rows for n in json.loads(r["entities"])),
                (columns, weights),
                key_terms(columns, weights),
                frozenset(r for m in stored for r in m[0]),
                days,
                weekdays,
                frozenset(p for m in stored for p in m[2]),
                frozenset(rep_marks[2]),
                any(m[3] for m in stored),
                any(m[4] for m in stored),
                frozenset(p for m in stored for p in m[5]),
                recalled_ordinals(d for m in stored for d in m[6]),
                frozenset(_stored_scenes(rep["terms"])),
            )
        )
    return out


def _results(terms: str) -> list[str]:
    """The match results stored with a doc's label terms (none in a row from before
    RULES 4)."""
    return _stored_marks(terms)[0]


def _stored_marks(
    terms: str,
) -> tuple[list[str], list[str], list[str], bool, bool, list[str], list[str]]:
    """The match results, lead days, lead provinces, lead outcome, chronology, lead
    people and recalled days stored with a doc's label terms (none in a row from before
    RULES 4, 5, 6, 14, 15, resp. 20)."""
    stored: list[Any] = json.loads(terms)
    results, days, places, people, recalled = (
        list(stored[k]) if len(stored) > k else [] for k in (2, 3, 4, 7, 8)
    )
    outcome, chronicle = (bool(stored[k]) if len(stored) > k else False for k in (5, 6))
    return results, days, places, outcome, chronicle, people, recalled


def _stored_scenes(terms: str) -> list[str]:
    """The scenes stored with a doc's label terms (none in a row from before RULES 22)."""
    stored: list[Any] = json.loads(terms)
    return list(stored[9]) if len(stored) > 9 else []


#: Rebuilt units linked at a time: the candidates they meet are read and compared per
#: chunk, so memory follows the chunk, not the batch (500 new articles met ~41,000 units
#: at 80,000 stored, a 1.4 GB matrix at once). A pair's link depends on its two units
#: alone, so chunking changes no link.
LINK_CHUNK = 100


def _stored_units(conn: sqlite3.Connection, keys: Sequence[str]) -> list[_Candidate]:
    """The units ``keys`` as linking reads them, from their ``story_units`` rows (written
    from :func:`_units_from_docs` by :func:`_rebuild_units`: the same interval,
    entities and key terms) and their representative's terms; ``members`` is not read
    (linking does not use it). A candidate costs one row, not its members' rows and
    key terms again."""
    sql = (
        "SELECT u.unit, u.representative, u.first, u.last, u.entities, u.keys, d.columns, "
        "d.tf, d.terms FROM story_units AS u JOIN story_docs AS d "
        "ON d.article_id = u.representative "
        "WHERE u.unit"
    )
    out = []
    # plain tuples: a batch reads tens of thousands of these rows
    for unit, representative, first, last, entities, keys_, columns_, tf, terms in _select(
        conn, sql, keys, tuples=True
    ):
        columns = np.frombuffer(columns_, dtype=np.int64)
        weights = tfidf_row(columns, np.frombuffer(tf, dtype=np.float64))
        out.append(
            _Candidate(
                unit,
                representative,
                (first, last) if first is not None else None,
                (columns, weights),
                entities,
                keys_,
                terms,
            )
        )
    return sorted(out, key=lambda u: u.key)


def _link(conn: sqlite3.Connection, rebuilt: Sequence[_Unit], *, embeddings: bool) -> None:
    """Find and store the candidate links of the ``rebuilt`` units."""
    # In date order, so a chunk's units share most of their date windows, hence of
    # their candidates (the order changes no link).
    ordered = sorted(rebuilt, key=lambda u: (u.interval or UNDATED, u.key))
    read: dict[str, _Unit | _Candidate] = {}  # the previous chunk's: the next meets many
    for i in range(0, len(ordered), LINK_CHUNK):
        read = _link_chunk(conn, ordered[i : i + LINK_CHUNK], read, embeddings=embeddings)


def _link_chunk(
    conn: sqlite3.Connection,
    rebuilt: Sequence[_Unit],
    read: Mapping[str, _Unit | _Candidate],
    *,
    embeddings: bool,
) -> dict[str, _Unit | _Candidate]:
    """Links of ``rebuilt`` (one chunk), reading its candidates (those not in ``read``
    already); returns every unit it compared."""
    if not rebuilt:
        return {}
    candidates = {unit.key: _candidates(conn, unit) for unit in rebuilt}
    by_key: dict[str, _Unit | _Candidate] = {u.key: u for u in rebuilt}
    others = set().union(*candidates.values()) - set(by_key)
    by_key.update({k: read[k] for k in others if k in read})
    by_key.update({u.key: u for u in _stored_units(conn, sorted(others - set(read)))})
    keys = sorted(by_key)
    index = {k: i for i, k in enumerate(keys)}
    units = [by_key[k] for k in keys]
    x = unit_matrix([u.row for u in units])
    e5 = _e5(conn, units) if embeddings else None
    views = _Views(units)
    # One sparse product preselects the pairs near enough to test (as candidate_links
    # does); the test itself sums exactly.
    new_rows = [index[u.key] for u in rebuilt]
    sims = (x[new_rows] @ x.T).tocoo()
    floor = link_floor(BARS, e5=e5 is not None) - 1e-9
    keep = sims.data >= floor  # most products are far below the floor: drop them in numpy
    rows = np.asarray(new_rows)[sims.row[keep]]
    near = set(zip(rows.tolist(), sims.col[keep].tolist(), strict=True))
    pairs = sorted(
        {
            (min(index[u], index[c]), max(index[u], index[c]))
            for u, found in candidates.items()
            for c in found
            if (index[u], index[c]) in near
        }
    )
    links = [
        (keys[i], keys[j]) for i, j in pairs if pair_link(views, x, e5, BARS, i, j) is not None
    ]
    conn.executemany("INSERT OR IGNORE INTO story_links VALUES (?, ?)", links)
    return by_key


def _candidates(conn: sqlite3.Connection, unit: _Unit) -> set[str]:
    """The other units sharing a key term with ``unit``, dated within the link window."""
    first, last = unit.interval or UNDATED
    low, high = first - BARS.max_gap_days, last + BARS.max_gap_days
    found: set[str] = set()
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples: a unit meets thousands of rows
    for term in sorted(unit.keys):
        # Two range scans of the (term, last) key: dated units ending in the window (a
        # date covers a year at most) and the undated ones, filed at the end.
        rows = cursor.execute(
            "SELECT unit FROM story_keys WHERE term = ?1 AND last BETWEEN ?2 AND ?3 "
            "AND first <= ?4 UNION ALL SELECT unit FROM story_keys WHERE term = ?1 AND last = ?5",
            (term, low, min(high + LONGEST_DATE, UNDATED[1] - 1), high, UNDATED[1]),
        )
        found.update(r[0] for r in rows)
    found.discard(unit.key)
    return found


def _components(conn: sqlite3.Connection, start: Sequence[str]) -> list[list[str]]:
    """The connected components of the links that hold a unit of ``start``, each sorted
    (stored units only), in the order of their first unit."""
    seen: set[str] = set()
    found = []
    for unit in sorted(set(start)):
        if unit in seen:
            continue
        component, frontier = {unit}, [unit]
        while frontier:
            nxt = _linked(conn, frontier) - component
            component |= nxt
            frontier = sorted(nxt)
        seen |= component
        found.append(component)
    sql = "SELECT unit FROM story_units WHERE unit"
    stored = {r[0] for r in _select(conn, sql, sorted(seen))}
    return sorted(
        (sorted(c & stored) for c in found if c & stored), key=lambda component: component[0]
    )


#: Stories whose rows are written at a time (their members' index entries are read at once).
WRITE_CHUNK = 1000
#: Units clustered together at most, whole components (a larger component alone): one
#: call per component cost more than the clustering itself when a batch of new articles
#: makes hundreds of single-unit components.
CLUSTER_UNITS = 2000


def _groups_of(components: Sequence[Sequence[str]]) -> Iterator[list[str]]:
    """Whole components, gathered up to :data:`CLUSTER_UNITS` units a group."""
    group: list[str] = []
    for component in components:
        if group and len(group) + len(component) > CLUSTER_UNITS:
            yield sorted(group)
            group = []
        group.extend(component)
    if group:
        yield sorted(group)


def _recluster(
    conn: sqlite3.Connection,
    components: Sequence[Sequence[str]],
    old_ids: set[str],
    changed: set[str],
    *,
    embeddings: bool,
) -> None:
    """Cluster the units of each of ``components`` (whole components of the links) and
    write their stories. A few components at a time (:func:`_groups_of`): clusters never
    cross one, and the pair products of clustering grow with the square of the units
    clustered together (20,000 renamed articles touched 30,000 units: 13 GB at once)."""
    new: dict[str, list[str]] = {}
    for group in _groups_of(components):
        new.update(_cluster_units(conn, group, embeddings=embeddings))
    old = _stored_members(conn, sorted(old_ids | set(new)))
    _record_merges(conn, old, new)
    _delete_in(conn, "stories", "id", sorted(set(old) - set(new)))
    stale = [
        sid
        for sid, members in sorted(new.items())
        if old.get(sid) != tuple(members) or changed.intersection(members)
    ]
    for i in range(0, len(stale), WRITE_CHUNK):
        _write_stories(conn, {sid: new[sid] for sid in stale[i : i + WRITE_CHUNK]})


def _cluster_units(
    conn: sqlite3.Connection, keys: Sequence[str], *, embeddings: bool
) -> dict[str, list[str]]:
    """Cluster the units ``keys`` (whole components), write their story ids; return
    ``{story id: member ids}``."""
    units = _units_from_docs(conn, keys)
    clusters: list[list[int]] = []
    if units:
        x = unit_matrix([u.row for u in units])
        e5 = _e5(conn, units) if embeddings else None
        views = [u.view() for u in units]
        clusters = agglomerate(views, x, e5, BARS, background=background_idf())
    dates = {
        r["article_id"]: r["date"]
        for r in _select(conn, "SELECT article_id, date FROM story_docs WHERE unit", keys)
    }
    new: dict[str, list[str]] = {}
    for cluster in clusters:
        members = sorted(a for i in cluster for a in units[i].members)
        sid = story_id({a: dates[a] for a in members})
        new[sid] = members
        conn.executemany(
            "UPDATE story_units SET story_id = ? WHERE unit = ?",
            [(sid, units[i].key) for i in cluster],
        )
        conn.executemany(
            "UPDATE articles SET story_id = ? WHERE id = ? AND story_id IS NOT ?",
            [(sid, a, sid) for a in members],
        )
    return new


def _stored_members(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, tuple[str, ...]]:
    rows = _select(conn, "SELECT id, article_ids FROM stories WHERE id", ids)
    return {r["id"]: tuple(sorted(json.loads(r["article_ids"]))) for r in rows}


def _record_merges(
    conn: sqlite3.Connection, old: Mapping[str, Sequence[str]], new: Mapping[str, Sequence[str]]
) -> None:
    """Log the old stories that disappeared or lost articles to other stories."""
    story_of = {a: sid for sid, members in new.items() for a in members}
    rows: list[tuple[str, str, str]] = []
    for sid, members in sorted(old.items()):
        went = sorted({story_of[a] for a in members if a in story_of} - {sid})
        if not went:
            continue
        # Gone with all its articles in one story: merged; else they went separate ways.
        kind = "merged" if sid not in new and len(went) == 1 else "split"
        rows.extend((sid, target, kind) for target in went)
    conn.executemany("INSERT OR REPLACE INTO story_merges VALUES (?, ?, ?)", rows)


def _write_stories(conn: sqlite3.Connection, stories: Mapping[str, Sequence[str]]) -> None:
    """Write the ``stories`` rows of ``{story id: member ids}`` (label, summary ...)."""
    everyone = sorted({a for members in stories.values() for a in members})
    indexed = {e.article_id: e for e in _indexed(conn, everyone)}  # one read for all
    for sid, members in sorted(stories.items()):
        story = describe_story(sid, [indexed[a] for a in members if a in indexed])
        story = replace(story, summary=_summary(conn, members, indexed))
        conn.execute(
            "INSERT OR REPLACE INTO stories VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                story.id,
                story.label,
                story.first_date,
                story.last_date,
                json.dumps(list(story.article_ids)),
                json.dumps(list(story.sources), ensure_ascii=False),
                json.dumps([s.to_dict() for s in story.summary], ensure_ascii=False),
                json.dumps(list(story.terms), ensure_ascii=False),
                json.dumps(list(story.entities), ensure_ascii=False),
            ),
        )


def _indexed(conn: sqlite3.Connection, ids: Sequence[str]) -> list[IndexedArticle]:
    """The members as the story index keeps them (label terms, not all counts)."""
    sql = "SELECT article_id, unit, date, entities, source, terms FROM story_docs WHERE article_id"
    out = []
    for r in _select(conn, sql, ids):
        top, bigrams = json.loads(r["terms"])[:2]
        out.append(
            IndexedArticle(
                r["article_id"],
                r["date"],
                json.loads(r["entities"]),
                _group(r["unit"]),
                r["source"],
                top,
                bigrams,
            )
        )
    return out


def _group(unit: str) -> str | None:
    """The duplicate group a ``story_docs.unit`` names (None: an article on its own)."""
    return None if unit.startswith("\0") else unit


def _summary(
    conn: sqlite3.Connection, members: Sequence[str], indexed: Mapping[str, IndexedArticle]
) -> tuple[SummarySentence, ...]:
    """Summary over the story's canonical members (one per duplicate group), or the one
    canonical article's own summary. ``indexed``: the members' story index entries."""
    first: dict[str, str] = {}
    for a in sorted(members):
        entry = indexed[a]
        first.setdefault(entry.dup_group or "\0" + a, a)
    canonical = sorted(first.values())
    if len(canonical) > 1:
        sql = "SELECT id, text FROM articles WHERE id"
        texts = {r["id"]: r["text"] for r in _select(conn, sql, canonical)}
        return summarize_story(
            [(a, texts[a]) for a in canonical], max_sentences=STORY_SUMMARY_SENTENCES
        )
    # the summary alone, by SQLite's JSON functions: decoding the whole record (text,
    # mentions, quotes ...) cost more than the rest of a story's row
    row = conn.execute(
        "SELECT json_extract(record, '$.summary') FROM articles WHERE id = ?", (canonical[0],)
    ).fetchone()
    if row is None or row[0] is None:
        return ()
    return tuple(SummarySentence(**s) for s in json.loads(row[0]))


def _e5(
    conn: sqlite3.Connection, units: Sequence[_Unit | _Candidate]
) -> npt.NDArray[np.float64] | None:
    """One e5 row per unit (its representative's current vector; zeros without one), or
    ``None`` when none has a vector."""
    reps = [u.representative for u in units]
    sql = (
        "SELECT e.article_id, e.vector FROM embeddings e JOIN articles a ON a.id = e.article_id "
        "AND a.content_hash = e.content_hash WHERE e.model = ? AND e.article_id"
    )
    found: dict[str, npt.NDArray[np.float32]] = {}
    for start in range(0, len(reps), CHUNK):
        chunk = reps[start : start + CHUNK]
        rows = conn.execute(
            f"{sql} IN ({','.join('?' * len(chunk))})", [embedding_backend.MODEL, *chunk]
        )
        found.update({r[0]: np.frombuffer(r[1], dtype=np.float32) for r in rows})
    if not found:
        return None
    dim = len(next(iter(found.values())))
    zero = np.zeros(dim, dtype=np.float32)
    return np.asarray([found.get(r, zero) for r in reps], dtype=np.float64)


def _select(
    conn: sqlite3.Connection, sql: str, ids: Sequence[str], *, tuples: bool = False
) -> Iterator[Any]:
    """Rows of ``sql`` (ending in a column to match) for ``ids``, in chunks: as the
    connection makes them (:class:`sqlite3.Row`), or plain tuples with ``tuples``."""
    cursor = conn.cursor()
    if tuples:
        cursor.row_factory = None
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        yield from cursor.execute(f"{sql} IN ({','.join('?' * len(chunk))})", chunk)


def _update_in(conn: sqlite3.Connection, sql: str, ids: Sequence[str]) -> None:
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        conn.execute(f"{sql} IN ({','.join('?' * len(chunk))})", chunk)


def _delete_in(conn: sqlite3.Connection, table: str, column: str, ids: Sequence[str]) -> None:
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        conn.execute(f"DELETE FROM {table} WHERE {column} IN ({','.join('?' * len(chunk))})", chunk)
