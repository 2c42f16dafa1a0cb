"""What a store holds, compared whole by the pipeline tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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
