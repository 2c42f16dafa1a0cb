"""Property-based tests of the REST API from its own OpenAPI document (schemathesis),
against a live server: uvicorn on 127.0.0.1 (a free port, in a thread), real HTTP.

Every schemathesis check runs (``not_a_server_error``, status code, content type,
headers and schema conformance, negative data rejected, positive data accepted, 405
with ``Allow``, ...): the server must do what its OpenAPI document says. Bounded: a few
examples per operation (``derandomize`` keeps them the same from run to run) and a
wall-clock budget for the module; cases after it are skipped, not failed.
"""

from __future__ import annotations

import shutil
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import CHECKS, load_all_checks

from api.fixtures import live_server
from warta.api import create_app

#: Seconds for the whole module; cases after it are skipped (not failed).
BUDGET = 120.0
_started: list[float] = []


@schemathesis.serializer("text/html", "application/x-ndjson")
def _as_bytes(ctx: Any, value: Any) -> bytes:
    """Send generated strings as the raw body, the way real uploads come."""
    return value if isinstance(value, bytes) else str(value).encode("utf-8", "replace")


#: Raw bodies the API reads as text, besides text/plain (which schemathesis knows).
RAW_TEXT = ("text/html", "application/x-ndjson")


@schemathesis.hook
def filter_case(context: Any, case: Any) -> bool:
    """Drop raw text bodies that are not text: a JSON object or number "of the wrong
    type" sent as text/html or JSONL arrives as its text, a valid string, so such a case
    tests the serializer, not the server (schemathesis skips them itself for text/plain).
    """
    return case.media_type not in RAW_TEXT or isinstance(case.body, str | bytes)


def _fake_vectors(texts: list[str]) -> Any:
    """Deterministic stand-in vectors: the real model (seconds per call on 2 cores) is
    exercised in test_api; here only the search plumbing is under test."""
    import numpy as np

    out = np.zeros((len(texts), 384), dtype=np.float32)
    for i, text in enumerate(texts):
        for word in text.lower().split():
            out[i, zlib.crc32(word.encode()) % 384] += 1.0
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


@pytest.fixture(scope="module")
def base_url(fixture_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A live server on a private copy of the store, for the whole module."""
    from warta.analyze import embeddings

    db = tmp_path_factory.mktemp("schemathesis") / "store.db"
    shutil.copy(fixture_db, db)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(embeddings, "available", lambda: True)
        m.setattr(embeddings, "embed_passages", _fake_vectors)
        m.setattr(embeddings, "embed_query", lambda q: _fake_vectors([q])[0])
        app = create_app(db, burst=1e9, rate=1e9)  # the rate limit is tested elsewhere
        with live_server(app) as url:
            yield url


@pytest.fixture(scope="module")
def api_schema(base_url: str) -> Any:
    return schemathesis.openapi.from_url(base_url + "/api/v1/openapi.json")


schema = schemathesis.pytest.from_fixture("api_schema")
load_all_checks()
ALL_CHECKS = list(CHECKS.get_all())


@schema.parametrize()
@settings(max_examples=10, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_the_server_does_what_its_schema_says(case: Any, base_url: str) -> None:
    if not _started:
        _started.append(time.monotonic())
    if time.monotonic() - _started[0] > BUDGET:
        pytest.skip(f"schemathesis budget of {BUDGET:.0f} s spent")
    response = case.call_and_validate(base_url=base_url, checks=ALL_CHECKS, timeout=60)
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "detail"}
    csp = response.headers.get("content-security-policy") or [""]
    assert csp[0].startswith("default-src 'self'")
