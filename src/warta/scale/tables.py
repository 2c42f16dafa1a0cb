"""The Parquet tables of a distributed build: their columns, and how they are written.

Per shard: ``articles`` (with ``record``, the full :class:`~warta.records.Article` as
JSON, from which :mod:`warta.scale.load` rebuilds the store), ``mentions``, ``quotes``,
``events`` (the rows :func:`warta.store.writer.write_analysis` stores), ``problems`` and
``dedup`` (the duplicate step's features). Corpus-wide: ``duplicates``. Column types are
fixed by explicit schemas, so an empty shard's tables concatenate with the others.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from warta.dedup import DedupInput
from warta.ingest import InputProblem
from warta.pipeline import PIPELINE_VERSION
from warta.records import Article, DupLink
from warta.scale.dedup import dedup_features
from warta.serialize import article_to_dict
from warta.store.writer import analysis_rows


def write_shard_tables(
    folder: Path, articles: Sequence[Article], problems: Sequence[InputProblem]
) -> None:
    """The shard's Parquet tables: articles (with the record JSON), analysis rows, features."""
    import pyarrow as pa
    import pyarrow.parquet as pq


    s = pa.string()
    i = pa.int64()
    records = [article_to_dict(a) for a in articles]
    problem_schema = [("where", s), ("code", s), ("message", s)]
    analysis_schemas: dict[str, list[tuple[str, Any]]] = {
        "mentions": [
            ("article_id", s),
            ("start", i),
            ("end", i),
            ("text", s),
            ("type", s),
            ("entity", s),
            ("referent", s),
        ],
        "quotes": [
            ("article_id", s),
            ("position", i),
            ("text", s),
            ("speaker", s),
            ("speaker_role", s),
            ("kind", s),
            ("cue", s),
            ("paragraph", i),
            ("start", i),
            ("end", i),
        ],
        "events": [
            ("article_id", s),
            ("position", i),
            ("date", s),
            ("precision", s),
            ("text", s),
            ("participants", s),
            ("expected", pa.bool_()),
            ("anchor", s),
        ],
    }
    tables: dict[str, tuple[dict[str, list[Any]], list[tuple[str, Any]]]] = {
        "articles": (
            {
                "id": [a.id for a in articles],
                "source": [a.source for a in articles],
                "url": [a.url for a in articles],
                "title": [a.title for a in articles],
                "text": [a.text for a in articles],
                "published": [r["published"] for r in records],
                "content_hash": [a.content_hash for a in articles],
                "pipeline_version": [PIPELINE_VERSION] * len(articles),
                "record": [json.dumps(r, ensure_ascii=False) for r in records],
            },
            [
                ("id", s),
                ("source", s),
                ("url", s),
                ("title", s),
                ("text", s),
                ("published", s),
                ("content_hash", s),
                ("pipeline_version", s),
                ("record", s),
            ],
        ),
        "problems": (
            _rows(
                [(p.where, p.error.code, p.error.message) for p in problems],
                problem_schema,
            ),
            problem_schema,
        ),
    }
    analysis = [analysis_rows(a) for a in articles]  # the very rows the store writes
    for name, schema in analysis_schemas.items():
        tables[name] = (_rows([r for rows in analysis for r in rows[name]], schema), schema)
    for name, (columns, schema) in tables.items():
        pq.write_table(pa.table(columns, schema=pa.schema(schema)), folder / f"{name}.parquet")
    features = dedup_features(
        DedupInput(a.id, a.text, "truncated" in a.flags, r["published"])
        for a, r in zip(articles, records, strict=True)
    )
    pq.write_table(features, folder / "dedup.parquet")


def _rows(rows: list[tuple[Any, ...]], schema: list[tuple[str, Any]]) -> dict[str, list[Any]]:
    """Row tuples as columns named by ``schema``."""
    return {name: [row[k] for row in rows] for k, (name, _) in enumerate(schema)}


def write_duplicates_table(links: Sequence[DupLink], path: Path) -> None:
    """The corpus-wide duplicate groups as Parquet (one row per group member)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table(
        {
            "article_id": [link.article_id for link in links],
            "group": [link.group for link in links],
            "canonical": [link.canonical for link in links],
            "relation": [link.relation for link in links],
            "similarity": [float(link.similarity) for link in links],
        },
        schema=pa.schema(
            [
                ("article_id", pa.string()),
                ("group", pa.string()),
                ("canonical", pa.string()),
                ("relation", pa.string()),
                ("similarity", pa.float64()),
            ]
        ),
    )
    tmp = path.with_suffix(".tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)
