"""Property-based tests of the REST API from its own OpenAPI document (schemathesis).

Bounded: a few examples per operation and a wall-clock budget for the whole module, so
the suite stays fast and deterministic (``derandomize``). The one property asserted is
the important one: no input makes the server fail (no 5xx), and every error it answers
uses the one error shape. The only 5xx allowed is ``missing-extra`` for semantic search
when the ``embeddings`` extra is not installed: a configuration answer, not a crash.
"""

from __future__ import annotations

import shutil
import time
import zlib
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from warta.api import create_app

#: Seconds for the whole module; cases after it are skipped (not failed).
BUDGET = 60.0
_started: list[float] = []


@schemathesis.serializer("text/html", "application/x-ndjson")
def _as_bytes(ctx: Any, value: Any) -> bytes:
    """Send generated strings as the raw body, the way real uploads come."""
    return value if isinstance(value, bytes) else str(value).encode("utf-8", "replace")


def _fake_vectors(texts: list[str]) -> Any:
    """Deterministic stand-in vectors: the real model (seconds per call on 2 cores) is
    exercised in test_api; here only the search plumbing is under test."""
    import numpy as np

    out = np.zeros((len(texts), 384), dtype=np.float32)
    for i, text in enumerate(texts):
        for word in text.lower().split():
            out[i, zlib.crc32(word.encode()) % 384] += 1.0
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


@pytest.fixture()
def api_schema(
    fixture_db: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Any:
    from warta.analyze import embeddings

    monkeypatch.setattr(embeddings, "available", lambda: True)
    monkeypatch.setattr(embeddings, "embed_passages", _fake_vectors)
    monkeypatch.setattr(embeddings, "embed_query", lambda q: _fake_vectors([q])[0])
    db = tmp_path_factory.mktemp("schemathesis") / "store.db"
    if not db.exists():
        shutil.copy(fixture_db, db)
    app = create_app(db, burst=1e9, rate=1e9)  # the rate limit is tested elsewhere
    return schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=12, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case: Any) -> None:
    if not _started:
        _started.append(time.monotonic())
    if time.monotonic() - _started[0] > BUDGET:
        pytest.skip(f"schemathesis budget of {BUDGET:.0f} s spent")
    response = case.call()
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "detail"}
        if response.status_code >= 500:
            assert body["error"]["code"] == "missing-extra", body
    assert response.status_code < 500 or response.json()["error"]["code"] == "missing-extra"
