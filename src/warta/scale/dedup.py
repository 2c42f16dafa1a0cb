"""Distributed duplicate detection: the same groups as :func:`warta.dedup.find_duplicates`.

Each shard writes a *features* table (:func:`dedup_features`: id, exact key, shingle
hashes, MinHash band keys, canonical-rank fields). :func:`distributed_duplicates` then
runs a disk shuffle over ``P`` partitions, every step a Dask task over files:

1. **map** (per shard): emit ``(kind, key, id)`` rows (32 MinHash band keys, the
   sampled shingles ``h % SAMPLE_MOD == 0``, the exact key) partitioned by ``key % P``,
   and the features partitioned by ``crc32(id) % P``;
2. **group** (per key partition): band buckets give near candidates; exact-key groups
   give edges directly; sampled-shingle postings (2..MAX_POSTING ids) give one vote per
   pair, shuffled by pair;
3. **count** (per pair partition): pairs with >= MIN_SHARED_SAMPLES votes are
   containment candidates;
4. **join** (twice: by ``a``, then by ``b``): each candidate pair meets both documents'
   shingles and is verified with :func:`warta.dedup.related_similarity`;
5. on the driver: union-find over the (small) edge list, canonical member by
   :func:`warta.dedup.canonical_rank` (computed where the shingles are), then one more
   join computes each member's :func:`warta.dedup.relation_to` its canonical.

Equality with the in-memory version: rensa's LSH (32 bands of 4 rows) puts two
documents in one bucket exactly when a band of their digests is equal; here a band is
keyed by a 64-bit hash of those 4 values, so the candidate sets are equal up to 64-bit
hash collisions (likewise the exact key, cut to 64 bits). Verification, canonical rule
and relations call the very functions of :mod:`warta.dedup`.
"""

from __future__ import annotations

import hashlib
import zlib
from array import array
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from warta.dedup import (
    BANDS,
    MAX_POSTING,
    MIN_SHARED_SAMPLES,
    SAMPLE_MOD,
    DedupInput,
    canonical_rank,
    exact_key,
    number_hashes,
    related_similarity,
    relation_to,
    shingle_hashes,
    shingle_strings,
    tokens,
)
from warta.dedup import band_keys as core_band_keys
from warta.records import DupLink

BAND, SAMPLE, EXACT = 0, 1, 2


def _id_part(article_id: str, parts: int) -> int:
    # crc32, not hash(): Python salts str hashes per process, and workers must agree.
    return zlib.crc32(article_id.encode("utf-8")) % parts


def band_keys(strings: Sequence[str]) -> list[int]:
    """:func:`warta.dedup.band_keys` as unsigned 64-bit values (the shuffle's key type)."""
    return [k & 0xFFFF_FFFF_FFFF_FFFF for k in core_band_keys(strings)]


def dedup_features(docs: Iterable[DedupInput]) -> Any:
    """The features table of ``docs`` (a ``pyarrow.Table``), one row per document."""
    import pyarrow as pa

    cols: dict[str, list[Any]] = defaultdict(list)
    for doc in docs:
        strings = shingle_strings(tokens(doc.text))
        shingles = doc.shingles or shingle_hashes(strings)
        cols["id"].append(doc.article_id)
        cols["exact"].append(int(exact_key(doc.text)[:16], 16))
        cols["truncated"].append(doc.truncated)
        cols["published"].append(doc.published)
        cols["shingles"].append(array("I", sorted(shingles)).tobytes())
        cols["numbers"].append(array("I", sorted(doc.numbers or number_hashes(doc.text))).tobytes())
        cols["bands"].append(band_keys(strings) if shingles else [])
    return pa.table(
        {
            "id": pa.array(cols["id"], pa.string()),
            "exact": pa.array(cols["exact"], pa.uint64()),
            "truncated": pa.array(cols["truncated"], pa.bool_()),
            "published": pa.array(cols["published"], pa.string()),
            "shingles": pa.array(cols["shingles"], pa.binary()),
            "numbers": pa.array(cols["numbers"], pa.binary()),
            "bands": pa.array(cols["bands"], pa.list_(pa.uint64())),
        }
    )


def _shingles(raw: bytes) -> frozenset[int]:
    values = array("I")
    values.frombytes(raw)
    return frozenset(values)


def _doc(row: dict[str, Any]) -> DedupInput:
    return DedupInput(
        row["id"],
        "",
        row["truncated"],
        row["published"],
        _shingles(row["shingles"]),
        _shingles(row["numbers"]),
    )


def _write(table: Any, path: Path) -> int:
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path)
    return path.stat().st_size


def _read_dir(folder: Path, columns: list[str] | None = None) -> Any:
    import pyarrow as pa
    import pyarrow.parquet as pq

    files = sorted(folder.glob("*.parquet")) if folder.exists() else []
    tables = [pq.read_table(f, columns=columns) for f in files]
    return pa.concat_tables(tables) if tables else None


# -- the tasks (plain functions of paths: any executor can run them) ------------------


def map_features(features: str, work: str, name: str, parts: int) -> dict[str, int]:
    """Step 1: partition one features file's keys by key and its rows by id."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    table = pq.read_table(features)
    kinds: list[list[int]] = [[] for _ in range(parts)]
    keys: list[list[int]] = [[] for _ in range(parts)]
    ids: list[list[str]] = [[] for _ in range(parts)]
    band_rows = 0
    for row in table.select(["id", "exact", "shingles", "bands"]).to_pylist():
        if not row["bands"]:
            continue  # no shingles: never a duplicate (find_duplicates skips them too)
        emitted = [(BAND, k) for k in row["bands"]]
        band_rows += len(emitted)
        emitted += [(SAMPLE, h) for h in _shingles(row["shingles"]) if h % SAMPLE_MOD == 0]
        emitted.append((EXACT, row["exact"]))
        for kind, key in emitted:
            p = key % parts
            kinds[p].append(kind)
            keys[p].append(key)
            ids[p].append(row["id"])
    work_dir = Path(work)
    shuffled = 0
    for p in range(parts):
        if keys[p]:
            part = pa.table(
                {
                    "kind": pa.array(kinds[p], pa.int8()),
                    "key": pa.array(keys[p], pa.uint64()),
                    "id": pa.array(ids[p], pa.string()),
                }
            )
            shuffled += _write(part, work_dir / "keys" / f"p{p}" / f"{name}.parquet")
    owner = [_id_part(i, parts) for i in table.column("id").to_pylist()]
    rows = table.drop_columns(["bands"]).append_column("part", pa.array(owner, pa.int32()))
    for p in set(owner):
        mask = pc.equal(rows.column("part"), p)
        _write(
            rows.filter(mask).drop_columns(["part"]),
            work_dir / "feats" / f"p{p}" / f"{name}.parquet",
        )
    band_bytes = (
        band_rows * 8
        + sum(  # key bytes + id bytes per band row
            len(i.encode("utf-8")) for i in table.column("id").to_pylist()
        )
        * BANDS
    )
    return {"articles": table.num_rows, "band_key_bytes": band_bytes, "shuffle_bytes": shuffled}


def group_keys(work: str, p: int, parts: int) -> list[tuple[str, str]]:
    """Step 2: buckets of one key partition; returns the exact-key edges."""
    import pyarrow as pa

    table = _read_dir(Path(work) / "keys" / f"p{p}")
    if table is None:
        return []
    buckets: dict[tuple[int, int], list[str]] = defaultdict(list)
    for kind, key, article_id in zip(
        table.column("kind").to_pylist(),
        table.column("key").to_pylist(),
        table.column("id").to_pylist(),
        strict=True,
    ):
        buckets[(kind, key)].append(article_id)
    exact_edges: list[tuple[str, str]] = []
    band_pairs: set[tuple[str, str]] = set()
    vote_rows: list[list[tuple[str, str]]] = [[] for _ in range(parts)]
    for (kind, _), members in buckets.items():
        members = sorted(set(members))
        if len(members) < 2:
            continue
        if kind == EXACT:
            exact_edges.extend((members[0], m) for m in members[1:])
        elif kind == BAND:
            band_pairs.update(_pairs(members))
        elif len(members) <= MAX_POSTING:  # a stock phrase beyond that: not evidence
            for pair in _pairs(members):
                vote_rows[zlib.crc32(f"{pair[0]} {pair[1]}".encode()) % parts].append(pair)
    work_dir = Path(work)
    for q, rows in enumerate(vote_rows):
        if rows:
            _write(
                pa.table({"a": [a for a, _ in rows], "b": [b for _, b in rows]}),
                work_dir / "votes" / f"q{q}" / f"p{p}.parquet",
            )
    _write_pairs(band_pairs, work_dir / "cand", f"band-p{p}", parts)
    return exact_edges


def _pairs(members: Sequence[str]) -> Iterable[tuple[str, str]]:
    for x in range(len(members)):
        for y in range(x + 1, len(members)):
            yield members[x], members[y]


def _write_pairs(pairs: Iterable[tuple[str, str]], folder: Path, name: str, parts: int) -> None:
    import pyarrow as pa

    by_part: list[list[tuple[str, str]]] = [[] for _ in range(parts)]
    for a, b in pairs:
        by_part[_id_part(a, parts)].append((a, b))
    for q, rows in enumerate(by_part):
        if rows:
            _write(
                pa.table({"a": [a for a, _ in rows], "b": [b for _, b in rows]}),
                folder / f"q{q}" / f"{name}.parquet",
            )


def count_votes(work: str, q: int, parts: int) -> int:
    """Step 3: pairs sharing enough sampled shingles become candidates; returns their count."""
    table = _read_dir(Path(work) / "votes" / f"q{q}")
    if table is None:
        return 0
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for pair in zip(table.column("a").to_pylist(), table.column("b").to_pylist(), strict=True):
        counts[pair] += 1
    kept = [p for p, n in counts.items() if n >= MIN_SHARED_SAMPLES]
    _write_pairs(kept, Path(work) / "cand", f"votes-q{q}", parts)
    return len(kept)


def _joined_schema() -> Any:
    import pyarrow as pa

    return pa.schema(
        [
            ("id", pa.string()),
            ("exact", pa.uint64()),
            ("truncated", pa.bool_()),
            ("published", pa.string()),
            ("shingles", pa.binary()),
            ("numbers", pa.binary()),
            ("b", pa.string()),
        ]
    )


def join_first(work: str, q: int, parts: int, src: str) -> int:
    """Step 4a: attach the first document's features to the pairs of partition ``q``."""
    import pyarrow as pa

    work_dir = Path(work)
    pairs_table = _read_dir(work_dir / src / f"q{q}")
    if pairs_table is None:
        return 0
    pairs = sorted(
        set(
            zip(
                pairs_table.column("a").to_pylist(),
                pairs_table.column("b").to_pylist(),
                strict=True,
            )
        )
    )
    feats = _features_of(work_dir, q, {a for a, _ in pairs})
    out: list[list[dict[str, Any]]] = [[] for _ in range(parts)]
    for a, b in pairs:
        out[_id_part(b, parts)].append({**feats[a], "b": b})
    for r, rows in enumerate(out):
        if rows:
            _write(
                pa.Table.from_pylist(rows, schema=_joined_schema()),
                work_dir / f"{src}-b" / f"r{r}" / f"q{q}.parquet",
            )
    return len(pairs)


def _features_of(work_dir: Path, p: int, wanted: set[str]) -> dict[str, dict[str, Any]]:
    table = _read_dir(work_dir / "feats" / f"p{p}")
    if table is None:
        return {}
    return {row["id"]: row for row in table.to_pylist() if row["id"] in wanted}


def join_second(work: str, r: int, src: str) -> list[tuple[str, str, str, float]]:
    """Step 4b: both documents met. ``src="cand"`` verifies candidate pairs (relation
    "related"); ``src="links"`` gives each member's relation to its canonical."""
    work_dir = Path(work)
    table = _read_dir(work_dir / f"{src}-b" / f"r{r}")
    if table is None:
        return []
    rows = table.to_pylist()
    feats = _features_of(work_dir, r, {row["b"] for row in rows})
    out: list[tuple[str, str, str, float]] = []
    for row in rows:
        a, b = _doc(row), _doc(feats[row["b"]])
        if src == "cand":
            score = related_similarity(a, b)
            if score is not None:
                out.append((a.article_id, b.article_id, "related", score))
        else:
            keys = {a.article_id: str(row["exact"]), b.article_id: str(feats[row["b"]]["exact"])}
            relation, score = relation_to(a, b, keys)
            out.append((a.article_id, b.article_id, relation, score))
    return out


def rank_members(work: str, p: int, members: set[str]) -> list[tuple[str, tuple[Any, ...]]]:
    """Canonical ranks of the group members held in feature partition ``p``."""
    feats = _features_of(Path(work), p, members)
    return [(i, canonical_rank(_doc(row))) for i, row in feats.items()]


# -- the driver -----------------------------------------------------------------------


def distributed_duplicates(
    client: Any, features: Sequence[str], work: str | Path, parts: int
) -> tuple[list[DupLink], dict[str, int]]:
    """Duplicate links of all documents in the ``features`` files, computed on ``client``.

    Equals ``find_duplicates`` on the same documents (see the module docstring). ``work``
    is an empty scratch folder that every worker can read and write; ``parts`` the number
    of shuffle partitions. Returns the links and counters (shuffle bytes, candidates).
    """
    import shutil

    work_dir = Path(work)
    if work_dir.exists():
        shutil.rmtree(work_dir)  # a previous, interrupted attempt
    work_dir.mkdir(parents=True)
    w = str(work_dir)
    parts = max(1, parts)
    stats: dict[str, int] = defaultdict(int)
    names = [f"s{i:05d}" for i in range(len(features))]
    for result in client.gather(
        [
            client.submit(map_features, f, w, n, parts, pure=False)
            for f, n in zip(features, names, strict=True)
        ]
    ):
        for k, v in result.items():
            stats[k] += v
    edges: list[tuple[str, str]] = []
    for part_edges in client.gather(
        [client.submit(group_keys, w, p, parts, pure=False) for p in range(parts)]
    ):
        edges.extend(part_edges)
    stats["exact_edges"] = len(edges)
    stats["containment_candidates"] = sum(
        client.gather([client.submit(count_votes, w, q, parts, pure=False) for q in range(parts)])
    )
    stats["candidate_pairs"] = sum(
        client.gather(
            [client.submit(join_first, w, q, parts, "cand", pure=False) for q in range(parts)]
        )
    )
    for verified in client.gather(
        [client.submit(join_second, w, r, "cand", pure=False) for r in range(parts)]
    ):
        edges.extend((a, b) for a, b, _, _ in verified)
    stats["verified_edges"] = len(edges) - stats["exact_edges"]

    groups = _components(edges)
    members = {m for group in groups for m in group}
    # One object, broadcast (a bare set would be scattered element by element).
    [members_f] = client.scatter([members], broadcast=True)
    ranks: dict[str, tuple[Any, ...]] = {}
    for part_ranks in client.gather(
        [client.submit(rank_members, w, p, members_f, pure=False) for p in range(parts)]
    ):
        ranks.update(part_ranks)
    canon_of: dict[str, str] = {}
    group_of: dict[str, str] = {}
    for group in groups:
        canon = min(group, key=ranks.__getitem__)
        group_id = "g" + hashlib.sha1(" ".join(sorted(group)).encode()).hexdigest()[:12]
        for m in group:
            canon_of[m], group_of[m] = canon, group_id
    _write_pairs(
        ((m, c) for m, c in canon_of.items() if m != c), work_dir / "links", "driver", parts
    )
    client.gather(
        [client.submit(join_first, w, q, parts, "links", pure=False) for q in range(parts)]
    )
    links = [DupLink(c, group_of[c], c, "canonical", 1.0) for m, c in canon_of.items() if m == c]
    for related in client.gather(
        [client.submit(join_second, w, r, "links", pure=False) for r in range(parts)]
    ):
        links.extend(
            DupLink(m, group_of[m], c, relation, round(score, 4))
            for m, c, relation, score in related
        )
    stats["duplicate_groups"] = len(groups)
    stats["duplicates"] = len(members) - len(groups)
    return sorted(links, key=lambda link: (link.group, link.article_id)), dict(stats)


def _components(edges: Iterable[tuple[str, str]]) -> list[list[str]]:
    """Connected components (of two or more ids) of an edge list: union-find."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for x in list(parent):
        groups[find(x)].append(x)
    return [sorted(g) for g in groups.values() if len(g) > 1]
