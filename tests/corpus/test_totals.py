"""The totals a build reports are read from indexes: at 200,000 articles, a count that
read every article row took 10.8 s on the first build after the pages left the cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.corpus.steps import TOTALS
from warta.store.db import connect


@pytest.mark.parametrize("key", sorted(TOTALS))
def test_each_total_reads_an_index_not_the_rows(tmp_path: Path, key: str) -> None:
    conn = connect(tmp_path / "s.db")
    try:
        plan = [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {TOTALS[key]}")]
    finally:
        conn.close()
    assert plan and all("USING" in step and "INDEX" in step for step in plan), plan
