"""What a store holds, compared whole by the pipeline tests; an older release simulated."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any
from unittest import mock

from warta.pipeline import local
from warta.pipeline import stages as stages_module
from warta.records import Article
from warta.store import export, queries
from warta.store.db import connect


def export_store(db: Path, out: Path) -> dict[str, Any]:
    """Everything a store exports (the articles and each table, written under ``out``),
    the stems, and the pipeline versions its articles were analysed by."""
    conn = connect(db, create=False)
    try:
        export.write_tables(conn, out, "csv")
        return {
            "articles": list(queries.iter_export(conn)),
            "tables": {p.name: p.read_bytes() for p in sorted(out.iterdir())},
            "stems": conn.execute("SELECT id, stems FROM articles ORDER BY id").fetchall(),
            "versions": conn.execute("SELECT DISTINCT pipeline_version FROM articles").fetchall(),
        }
    finally:
        conn.close()


def _no_quotes(article: Article) -> Article:
    return replace(article, quotes=())


@contextmanager
def older_release() -> Iterator[None]:
    """This release as an older one, in this process: pipeline version 0, and the quote
    stage finding nothing (so reanalysis has articles to change)."""
    real = stages_module.default_stages

    def older() -> list[stages_module.Stage]:
        return [
            replace(s, func=_no_quotes) if s.name.startswith("nlp.quotes") else s for s in real()
        ]

    with (
        mock.patch.object(local, "PIPELINE_VERSION", "0"),
        mock.patch.object(stages_module, "default_stages", older),
    ):
        yield
