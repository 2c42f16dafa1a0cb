"""Duplicate groups across the corpus, and the original source their members share.

:func:`duplicate_links` runs :func:`warta.dedup.find_duplicates` over stored articles;
:func:`shared_passage_links` finds the articles that share wire paragraphs without being
copies (:mod:`warta.dedup.passages`);
:func:`lend_sources` lets a copy that credits its original source lend it to the other
members of its group.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from array import array
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence, Sized
from typing import Any, NamedTuple

from warta.dedup import (
    MAX_POSTING,
    MIN_SHARED_SAMPLES,
    SAMPLE_MOD,
    DedupInput,
    Shingled,
    band_keys,
    candidate_pairs,
    find_duplicates,
    number_hashes,
    sample_keys,
    shingle_hashes,
    shingle_strings,
    shingle_text,
    tokens,
)
from warta.dedup.passages import (
    find_shared_passages,
    kept_pairs,
    shared_passages,
    shingled_floor,
)
from warta.records import Article, DupLink, PassageLink


def duplicate_links(articles: Sequence[Article]) -> list[DupLink]:
    """Group exact, near and contained copies among ``articles`` (see :mod:`warta.dedup`)."""
    return find_duplicates(
        [
            DedupInput(
                a.id, a.text, "truncated" in a.flags, a.published.iso if a.published else None
            )
            for a in articles
        ]
    )


def lend_sources(links: Sequence[DupLink], articles: Sequence[Article]) -> Mapping[str, str | None]:
    """Effective original source: the article's own, else one a copy in its group names.

    A copy crediting this article's own site ("Sumber: KabarPelabuhan.com" on a copy of
    a KabarPelabuhan.com article) says this one is the original: nothing is lent then.
    """
    members: dict[str, list[Article]] = defaultdict(list)
    by_id = {a.id: a for a in articles}
    for link in links:
        members[link.group].append(by_id[link.article_id])
    group_of = {link.article_id: link.group for link in links}
    out: dict[str, str | None] = {}
    for a in articles:
        source = a.original_source
        if source is None and a.id in group_of:
            own_host = (a.host_site or "").lower()
            source = next(
                (
                    o.original_source
                    for o in sorted(members[group_of[a.id]], key=lambda x: x.id)
                    if o.id != a.id and o.original_source and o.original_source.lower() != own_host
                ),
                None,
            )
        out[a.id] = source
    return out


def shared_passage_links(
    articles: Sequence[Article], links: Sequence[DupLink]
) -> list[PassageLink]:
    """Pairs of ``articles`` sharing wire paragraphs outside one duplicate group, both
    directions (see :mod:`warta.dedup.passages`)."""
    return find_shared_passages([DedupInput(a.id, a.text) for a in articles], links)


def copies_and_passages(articles: Sequence[Article]) -> tuple[list[DupLink], list[PassageLink]]:
    """:func:`duplicate_links` and :func:`shared_passage_links` of ``articles``, shingling
    each text once for both."""
    docs = [
        DedupInput(
            a.id,
            a.text,
            "truncated" in a.flags,
            a.published.iso if a.published else None,
            shingle_hashes(shingle_strings(tokens(a.text))),
            number_hashes(a.text),
        )
        for a in articles
    ]
    links = find_duplicates(docs)
    return links, find_shared_passages(docs, links)


# -- the incremental index (issue 13) --------------------------------------------------
#
# Tables of migration 012: ``dedup_docs`` (exact key and canonical-rank fields per
# article), ``dedup_bands`` (32 MinHash band keys per article) and ``dedup_samples``
# (sampled shingles per article), all indexed by key. A batch is judged like this:
#
# 1. the old groups of articles that left the index (changed or removed) are judged
#    again without them (a group held together by a changed article may split);
# 2. each new article is indexed; its *candidates* are the stored articles sharing its
#    exact key, a band key, or MIN_SHARED_SAMPLES sampled shingles that are no stock
#    phrase -- found by key, never by scanning;
# 3. the affected set -- the new articles, their candidates and every member of those
#    candidates' groups -- is given to :func:`warta.dedup.find_duplicates`.
#
# Why that equals one batch over the whole store: whether two articles are a candidate
# pair, and a duplicate pair, depends on the two alone; a group is a connected component
# of duplicate pairs, and every pair touching the affected set lies inside it. So the
# groups, canonicals (:func:`warta.dedup.canonical_rank` over the members) and group ids
# (a hash of the members) come out as a whole-store build gives them.
#
# One intended difference: a sampled shingle held by more than MAX_POSTING articles is a
# stock phrase and no evidence. A whole-store build counts its holders at the end; here
# they are counted when a group is judged, so a pair judged while a phrase was still
# rare keeps its link after the phrase became common, until its group is judged again.
# Band keys and exact keys are unaffected, and copies rarely rest on samples alone.

_CHUNK = 500  # ids per IN (...) query: below SQLite's bound on host parameters
#: The index, one row set per article (``dedup_shingles``: migration 018).
_INDEX_TABLES = ("dedup_docs", "dedup_bands", "dedup_samples", "dedup_shingles")


def clear_index(conn: sqlite3.Connection) -> None:
    """Empty the duplicate index and every duplicate result (a full re-index follows)."""
    for table in (*_INDEX_TABLES, "passages"):
        conn.execute(f"DELETE FROM {table}")
    conn.execute(
        "UPDATE articles SET dup_group = NULL, duplicate_of = NULL, dup_relation = NULL, "
        "dup_similarity = NULL WHERE dup_group IS NOT NULL"
    )


def update_duplicates(
    conn: sqlite3.Connection, added: Collection[str], removed: Collection[str]
) -> set[str]:
    """Index ``added`` (after dropping ``removed``) and re-judge the groups they touch.

    Writes the duplicate columns of ``articles`` and the lent ``original_source`` for
    the affected articles only, and the ``passages`` rows that involve them. Returns the
    ids whose duplicate group, canonical or relation changed, with ``added``.
    """
    affected: set[str] = set()
    for chunk in _chunks(sorted(removed)):
        affected |= _group_members(conn, chunk)
        for table in _INDEX_TABLES:
            conn.execute(f"DELETE FROM {table} WHERE article_id IN ({_marks(chunk)})", chunk)
    # Each text is shingled once per batch: indexing, judging and passages reuse it.
    known: dict[str, _Shingled] = {}
    for chunk in _chunks(sorted(added)):
        _index_articles(conn, chunk, known)
    affected |= set(added)
    judged: set[tuple[str, str]] = set()  # the candidate pairs with a side in ``added``
    pairs: set[tuple[str, str]] = set()  # _sample_pairs of ``added``, for the passages
    for chunk in _chunks(sorted(added)):
        judged |= _candidates(conn, chunk, pairs)
    linked = {x for pair in judged for x in pair}
    affected |= linked
    affected |= _group_members(conn, sorted(affected))
    affected = {row[0] for row in _rows(conn, "SELECT article_id FROM dedup_docs", affected)}

    # An added article in no candidate pair is in no pair with any other article (the
    # relation is symmetric), so it is alone whatever else is judged: leaving it out
    # changes no group, and a fresh batch of unique articles judges next to nothing.
    docs = _dedup_inputs(conn, affected - (set(added) - linked), known)
    bands = {a: keys for a in docs if (keys := known[a].bands) is not None}
    links = find_duplicates(
        list(docs.values()),
        exact_keys={a: known[a].shingled.exact for a in docs},
        pairs=judged | _pairs_within_groups(conn, docs, bands, set(added)),
    )
    changed = _write_groups(conn, affected, links) | set(added)
    # Passages and lent sources change only around the articles whose group changed.
    _write_passages(conn, changed, pairs, set(added), known)
    _write_lent_sources(conn, _group_members(conn, sorted(changed)))
    return changed


def _chunks(ids: Sequence[str]) -> Iterator[list[str]]:
    for i in range(0, len(ids), _CHUNK):
        yield list(ids[i : i + _CHUNK])


def _marks(chunk: Sized) -> str:
    return ",".join("?" * len(chunk))


def _rows(conn: sqlite3.Connection, sql: str, ids: Iterable[str]) -> Iterator[tuple[Any, ...]]:
    """Rows of ``sql + " WHERE article_id IN (...)"`` for ``ids``, chunked, as plain
    tuples (a batch reads a hundred thousand of them)."""
    column = "id" if " FROM articles" in sql else "article_id"
    cursor = conn.cursor()
    cursor.row_factory = None
    for chunk in _chunks(sorted(ids)):
        yield from cursor.execute(f"{sql} WHERE {column} IN ({_marks(chunk)})", chunk)


class _Shingled(NamedTuple):
    """An article's text as dedup reads it, shingled once per batch; or what the index
    keeps of it (``text`` None: read from ``dedup_shingles``, see :func:`_load_stored`)."""

    text: str | None
    #: shingle_text(text); from the index: its shingles, numbers and exact key only
    #: (no strings, no paragraphs: the index's band keys stand for the strings)
    shingled: Shingled
    #: band_keys(shingled.strings), none without shingles (no bucket); None: not computed
    bands: list[int] | None


def _shingle(text: str, bands: bool = True) -> _Shingled:
    shingled = shingle_text(text)
    if not bands:
        return _Shingled(text, shingled, None)
    return _Shingled(text, shingled, band_keys(shingled.strings) if shingled.shingles else [])


def _pack(hashes: frozenset[int]) -> bytes:
    """Hashes (CRC-32s: unsigned 32-bit) as sorted little-endian words."""
    words = array("I", sorted(hashes))
    if sys.byteorder == "big":  # the store reads the same on every machine
        words.byteswap()
    return words.tobytes()


def _unpack(blob: bytes) -> frozenset[int]:
    words = array("I")
    words.frombytes(blob)
    if sys.byteorder == "big":
        words.byteswap()
    return frozenset(words)


if array("I").itemsize != 4:  # pragma: no cover - C's unsigned int is 32 bits here
    raise ImportError("warta.corpus.duplicates needs 4-byte unsigned ints for dedup_shingles")


def _index_articles(
    conn: sqlite3.Connection, chunk: Sequence[str], known: dict[str, _Shingled]
) -> None:
    """Index the articles ``chunk``; keep what their texts gave in ``known``."""
    docs, bands, samples, hashes = [], [], [], []
    # The record's fields by SQLite's JSON functions: decoding whole records in Python
    # cost more than shingling their texts. json_quote keeps the flags as JSON (list,
    # string or null) for the same test as on the decoded record.
    for article_id, text, flags, published, source, host in conn.execute(
        "SELECT id, text, json_quote(json_extract(record, '$.flags')), "
        "json_extract(record, '$.published'), json_extract(record, '$.original_source'), "
        f"json_extract(record, '$.host_site') FROM articles WHERE id IN ({_marks(chunk)})",
        chunk,
    ):
        item = known[article_id] = _shingle(text)
        docs.append(
            (
                article_id,
                item.shingled.exact,
                len(item.shingled.shingles),
                int("truncated" in (json.loads(flags) or ())),
                published,  # the document's own date (ISO), not an inferred one
                source,
                host,
                _stored_floor(shingled_floor(item.shingled)),
            )
        )
        bands += [(key, article_id) for key in item.bands or ()]
        hashes.append((article_id, _pack(item.shingled.shingles), _pack(item.shingled.numbers)))
        # sample_keys unsorted: the order of inserts is no part of the table (sorting the
        # rows to insert them in key order cost more than it saved).
        samples += [(h, article_id) for h in item.shingled.shingles if h % SAMPLE_MOD == 0]
    conn.executemany("INSERT OR REPLACE INTO dedup_docs VALUES (?, ?, ?, ?, ?, ?, ?, ?)", docs)
    conn.executemany("INSERT OR IGNORE INTO dedup_bands VALUES (?, ?)", bands)
    conn.executemany("INSERT OR IGNORE INTO dedup_samples VALUES (?, ?)", samples)
    conn.executemany("INSERT OR REPLACE INTO dedup_shingles VALUES (?, ?, ?)", hashes)


def _candidates(
    conn: sqlite3.Connection, chunk: Sequence[str], pairs: set[tuple[str, str]]
) -> set[tuple[str, str]]:
    """The candidate pairs (:func:`~warta.dedup.candidate_pairs`: an exact key, a band
    key or :func:`_sample_pairs`) of the store with a side in ``chunk``, ``(a, b)``
    with ``a < b``. Adds ``chunk``'s :func:`_sample_pairs` to ``pairs``."""
    marks = _marks(chunk)
    found = {
        (min(row), max(row))
        for row in conn.execute(
            f"""
            SELECT new.article_id, other.article_id FROM dedup_docs AS new
            JOIN dedup_docs AS other ON other.exact_key = new.exact_key
            WHERE new.article_id IN ({marks}) AND new.shingles > 0 AND other.shingles > 0
                AND other.article_id != new.article_id
            UNION
            SELECT new.article_id, other.article_id FROM dedup_bands AS new
            JOIN dedup_bands AS other ON other.band = new.band
            WHERE new.article_id IN ({marks}) AND other.article_id != new.article_id
            """,
            [*chunk, *chunk],
        )
    }
    sampled = _sample_pairs(conn, chunk)
    pairs |= sampled
    return found | sampled


def _pairs_within_groups(
    conn: sqlite3.Connection,
    docs: Mapping[str, DedupInput],
    bands: Mapping[str, Sequence[int]],
    added: Collection[str],
) -> set[tuple[str, str]]:
    """The candidate pairs among the stored members of each stored group in ``docs``.

    With the pairs that have a side in ``added`` (:func:`_candidates`), these are all
    the candidate pairs of ``docs`` that can link: two stored articles in different
    groups were judged when the later of them came, and judged apart; a pair's test
    depends on the two alone, and its candidacy can only be lost since (a sampled
    shingle's holders only grow), never gained.
    """
    stored = [a for a in docs if a not in added]
    members: dict[str, list[DedupInput]] = defaultdict(list)
    for article_id, group in _rows(conn, "SELECT id, dup_group FROM articles", stored):
        if group is not None:
            members[group].append(docs[article_id])
    groups = [group for group in members.values() if len(group) > 1]
    # Band keys are read here, for the grouped members only (most candidates are in no
    # group: reading theirs cost 32 rows an article).
    grouped = [d.article_id for group in groups for d in group if d.article_id not in bands]
    found: dict[str, list[int]] = defaultdict(list)
    for article_id, band in _rows(conn, "SELECT article_id, band FROM dedup_bands", grouped):
        found[article_id].append(band)
    bands = {**bands, **{a: sorted(keys) for a, keys in found.items()}}
    counts = _posting_counts(conn, [d for group in groups for d in group])
    return {pair for group in groups for pair in candidate_pairs(group, {}, counts, bands=bands)}


def _sample_pairs(conn: sqlite3.Connection, ids: Sequence[str]) -> set[tuple[str, str]]:
    """The pairs ``(a, b)``, ``a < b``, of :func:`~warta.dedup.sampled_pairs` over the
    store that involve one of ``ids``: MIN_SHARED_SAMPLES shared sampled shingles that
    are no stock phrase of the store."""
    rows = conn.execute(
        f"""
        WITH mine AS (
            SELECT article_id, sample FROM dedup_samples WHERE article_id IN ({_marks(ids)})
        ), rare AS (
            SELECT s.sample FROM dedup_samples AS s
            WHERE s.sample IN (SELECT sample FROM mine)
            GROUP BY s.sample HAVING count(*) BETWEEN 2 AND {MAX_POSTING}
        )
        SELECT mine.article_id, other.article_id FROM mine
        JOIN rare ON rare.sample = mine.sample
        JOIN dedup_samples AS other ON other.sample = mine.sample
        WHERE other.article_id != mine.article_id
        GROUP BY mine.article_id, other.article_id
        HAVING count(*) >= {MIN_SHARED_SAMPLES}
        """,
        list(ids),
    )
    return {(min(row), max(row)) for row in rows}


def _group_members(conn: sqlite3.Connection, ids: Sequence[str]) -> set[str]:
    """``ids`` and every member of their current duplicate groups."""
    out = set(ids)
    for chunk in _chunks(sorted(ids)):
        out |= {
            row[0]
            for row in conn.execute(
                f"""
                SELECT id FROM articles WHERE dup_group IN (
                    SELECT dup_group FROM articles
                    WHERE id IN ({_marks(chunk)}) AND dup_group IS NOT NULL)
                """,
                chunk,
            )
        }
    return out


def _dedup_inputs(
    conn: sqlite3.Connection, ids: Iterable[str], known: dict[str, _Shingled]
) -> dict[str, DedupInput]:
    """What dedup reads of ``ids``; the texts not in ``known`` are read, and shingled
    into it."""
    fields = {
        article_id: (bool(truncated), published)
        for article_id, truncated, published in _rows(
            conn, "SELECT article_id, truncated, published FROM dedup_docs", ids
        )
    }
    _load_stored(conn, fields, known)
    _read_texts(conn, set(fields) - set(known), known)
    docs = {}
    for article_id, (truncated, published) in sorted(fields.items()):
        text, shingled, _ = known[article_id]
        # A stored entry's empty text is never read: find_duplicates reads a text only
        # for a document without shingles or band keys, and such a one has no stored row
        # used (see _load_stored).
        docs[article_id] = DedupInput(
            article_id, text or "", truncated, published, shingled.shingles, shingled.numbers
        )
    return docs


def _load_stored(conn: sqlite3.Connection, ids: Iterable[str], known: dict[str, _Shingled]) -> None:
    """Put in ``known`` what the index keeps of ``ids`` not in it yet: shingles, numbers,
    exact key and band keys, without reading or shingling their texts.

    An article with no shingles is left out (its text is read: dedup then reads the
    text's tokens, see :func:`~warta.dedup.find_duplicates`), and so is one indexed
    before migration 018 (no row).
    """
    wanted = set(ids) - set(known)
    stored: dict[str, tuple[frozenset[int], frozenset[int], str]] = {}
    for row in _rows(
        conn,
        "SELECT s.article_id, s.shingles, s.numbers, d.exact_key FROM dedup_shingles AS s "
        "JOIN dedup_docs AS d USING (article_id)",
        wanted,
    ):
        if row[1]:
            stored[row[0]] = (_unpack(row[1]), _unpack(row[2]), row[3])
    for article_id, (shingles, numbers, exact) in stored.items():
        shingled = Shingled([], shingles, exact, numbers, [])
        # band keys: read for the grouped ones only (_pairs_within_groups)
        known[article_id] = _Shingled(None, shingled, None)


def _read_texts(
    conn: sqlite3.Connection, ids: Iterable[str], known: dict[str, _Shingled], bands: bool = True
) -> None:
    """Read and shingle the texts of ``ids`` that ``known`` has no text of, into it
    (with their band keys if ``bands``). Indexed articles with no ``dedup_shingles`` row
    (indexed before migration 018) get theirs: a store upgrades as it is used."""
    wanted = {x for x in ids if x not in known or known[x].text is None}
    rows = []
    for article_id, text in _rows(conn, "SELECT id, text FROM articles", wanted):
        item = known[article_id] = _shingle(text, bands)
        rows.append((article_id, _pack(item.shingled.shingles), _pack(item.shingled.numbers)))
    conn.executemany(
        "INSERT OR IGNORE INTO dedup_shingles SELECT ?, ?, ? "
        "WHERE EXISTS (SELECT 1 FROM dedup_docs WHERE article_id = ?1)",
        rows,
    )


def _posting_counts(conn: sqlite3.Connection, docs: Iterable[DedupInput]) -> dict[int, int]:
    """How many stored articles hold each sampled shingle that two of ``docs`` hold
    (the only counts :func:`~warta.dedup.sampled_pairs` reads)."""
    held: dict[int, int] = defaultdict(int)
    for d in docs:
        for h in sample_keys(d.shingles):
            held[h] += 1
    samples = sorted(h for h, n in held.items() if n > 1)
    counts: dict[int, int] = {}
    for i in range(0, len(samples), _CHUNK):
        part = samples[i : i + _CHUNK]
        counts.update(
            conn.execute(
                f"SELECT sample, count(*) FROM dedup_samples WHERE sample IN ({_marks(part)}) "
                "GROUP BY sample",
                part,
            ).fetchall()
        )
    return counts


_GROUP_COLUMNS = "dup_group, duplicate_of, dup_relation, dup_similarity"


def _write_groups(
    conn: sqlite3.Connection, affected: Collection[str], links: Sequence[DupLink]
) -> set[str]:
    """Set the duplicate columns of ``affected``; return the ids whose columns changed."""
    before = {
        row[0]: row[1:]
        for row in _rows(conn, f"SELECT id, {_GROUP_COLUMNS} FROM articles", affected)
    }
    after: dict[str, tuple[Any, ...]] = {a: (None, None, None, None) for a in affected}
    for link in links:
        canonical = None if link.relation == "canonical" else link.canonical
        after[link.article_id] = (link.group, canonical, link.relation, link.similarity)
    changed = {a for a in affected if before.get(a) != after[a]}
    conn.executemany(
        "UPDATE articles SET dup_group = ?, duplicate_of = ?, dup_relation = ?, "
        "dup_similarity = ? WHERE id = ?",
        [(*after[a], a) for a in sorted(changed)],
    )
    return changed


def _write_passages(
    conn: sqlite3.Connection,
    ids: Collection[str],
    pairs: Collection[tuple[str, str]],
    paired: Collection[str],
    known: dict[str, _Shingled],
) -> None:
    """Replace the shared-passage rows that involve one of ``ids``.

    The candidate pairs are those of :func:`~warta.dedup.sampled_pairs` over the whole
    store that involve one of ``ids`` (:func:`_sample_pairs`), so only they are
    verified, with the same result as :func:`find_shared_passages` over every article.
    ``pairs`` are those of the ids ``paired`` already (the store's samples unchanged
    since): only the others' are looked up.
    """
    pairs = set(pairs)
    for chunk in _chunks(sorted(set(ids) - set(paired))):
        pairs |= _sample_pairs(conn, chunk)
    sides = {x for pair in pairs for x in pair}
    _load_stored(conn, sides, known)
    _read_texts(conn, sides - set(known), known, bands=False)  # passages read no band keys
    group = {
        article_id: dup_group
        for article_id, dup_group in _rows(conn, "SELECT id, dup_group FROM articles", sides)
        if dup_group is not None
    }
    floors = _floors(conn, sides)
    # Most pairs fail on the floors, which read shingles only; the texts of the rest are
    # read for their paragraphs.
    shingles = {x: known[x].shingled.shingles for x in sides}
    pairs = kept_pairs(pairs, shingles, group, floors)
    _read_texts(conn, {x for pair in pairs for x in pair}, known, bands=False)
    everything = {
        x: DedupInput(x, known[x].text or "", shingles=known[x].shingled.shingles)
        for pair in pairs
        for x in pair
    }
    found = shared_passages(pairs, everything, group, floors)
    for chunk in _chunks(sorted(ids)):
        marks = _marks(chunk)
        conn.execute(
            f"DELETE FROM passages WHERE article_id IN ({marks}) OR other_id IN ({marks})",
            [*chunk, *chunk],
        )
    conn.executemany(
        "INSERT OR REPLACE INTO passages(article_id, other_id, fraction, passages) "
        "VALUES (?, ?, ?, ?)",
        [(p.article_id, p.other_id, p.fraction, p.passages) for p in found],
    )


#: ``dedup_docs.passage_floor`` of a text that can share no passages (a passage_floor of
#: None; NULL is kept for "not computed": rows indexed before migration 017).
_NO_PASSAGES = 1e12


def _stored_floor(floor: float | None) -> float:
    return _NO_PASSAGES if floor is None else floor


def _floors(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, float | None]:
    """The stored passage floors of ``ids`` (those not computed yet are left out, and
    their pairs verified in full)."""
    out: dict[str, float | None] = {}
    for row in _rows(conn, "SELECT article_id, passage_floor FROM dedup_docs", ids):
        if row[1] is not None:
            out[row[0]] = None if row[1] >= _NO_PASSAGES else float(row[1])
    return out


def _write_lent_sources(conn: sqlite3.Connection, affected: Collection[str]) -> None:
    """Set ``articles.original_source`` of ``affected`` as :func:`lend_sources` does."""
    own = {
        article_id: (source, host)
        for article_id, source, host in _rows(
            conn, "SELECT article_id, original_source, host_site FROM dedup_docs", affected
        )
    }
    group_of, stored = {}, {}
    for article_id, dup_group, source in _rows(
        conn, "SELECT id, dup_group, original_source FROM articles", affected
    ):
        group_of[article_id] = dup_group
        stored[article_id] = source
    members: dict[str, list[str]] = defaultdict(list)
    for article_id in sorted(own):
        if group_of.get(article_id):
            members[group_of[article_id]].append(article_id)
    updates = []
    for article_id, (source, host) in own.items():
        group = group_of.get(article_id)
        if source is None and group:
            own_host = (host or "").lower()
            source = next(
                (
                    own[o][0]
                    for o in members[group]
                    if o != article_id and own[o][0] and own[o][0].lower() != own_host
                ),
                None,
            )
        if article_id in stored and stored[article_id] != source:  # else nothing to write
            updates.append((source, article_id))
    conn.executemany("UPDATE articles SET original_source = ? WHERE id = ?", updates)
