"""Shared fixtures: where ../shared is, and a store built from the seeds once per session."""

from __future__ import annotations

import contextlib
import json
import shutil
import warnings
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "seeds.json"
EXAMPLES = ROOT / "examples"

# Hypothesis imports libcst to explain a failing example, and libcst triggers a
# DeprecationWarning (mypy_extensions.TypedDict) that filterwarnings=error would turn into
# a crash of the report itself. Import it once here, warnings silenced.
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    with contextlib.suppress(ImportError):
        import libcst.metadata  # noqa: F401


# Property tests check outcomes, never speed (benchmarks under bench/ time things): no
# per-example deadline, so a loaded machine cannot fail a test that is right.
with contextlib.suppress(ImportError):
    from hypothesis import settings

    settings.register_profile("warta", deadline=None)
    settings.load_profile("warta")


def pytest_configure(config: pytest.Config) -> None:
    if not SEEDS.exists():
        raise pytest.UsageError(f"{SEEDS} not found: the tests read the seeds from ../shared")


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    return json.loads(GOLD.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from warta.pipeline import build

    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    report = build([str(SEEDS)], db)
    assert report.stats["new"] == 5
    return db


@pytest.fixture(scope="session")
def seed_exports(seeds_db: Path) -> dict[str, dict[str, Any]]:
    from warta.store import queries
    from warta.store.db import connect

    conn = connect(seeds_db, create=False)
    try:
        return {Path(a["source"]).name: a for a in queries.iter_export(conn)}
    finally:
        conn.close()


def damaged_copy(db: Path, folder: Path) -> Path:
    """A copy of ``db`` with noise written over the middle half of the file (the header
    page intact): which tables sit there depends on the schema and on the order a build
    wrote them in, so the half is wide enough to hit the articles and their analysis
    whatever else the store holds."""
    copy = folder / "damaged.db"
    shutil.copy(db, copy)
    size = copy.stat().st_size
    start, end = size // 4 // 4096 * 4096, 3 * size // 4 // 4096 * 4096
    with copy.open("r+b") as handle:
        handle.seek(start)
        handle.write((bytes(range(256)) * ((end - start) // 256 + 1))[: end - start])
    return copy
