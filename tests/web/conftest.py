"""The same fixture store as the API tests (see tests/api/fixtures.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from api.fixtures import build_fixture_store


@pytest.fixture(scope="session")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_store(tmp_path_factory.mktemp("store") / "store.db")


@pytest.fixture()
def db(fixture_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "store.db"
    shutil.copy(fixture_db, copy)
    return copy
