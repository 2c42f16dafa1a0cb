"""LLM summaries against a real local HTTP server that speaks OpenAI's chat-completions JSON.

The server runs in a thread on 127.0.0.1 and answers as each test scripts it, so the
``openai`` SDK, its URL handling and its errors are exercised for real, offline.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from warta.analyze.llm_summary import (
    PLACEHOLDER_API_KEY,
    PROMPT,
    LlmSummary,
    api_base,
    summarize_with_llm,
)
from warta.cli.main import app
from warta.errors import BackendUnavailableError, InvalidParameterError, MissingExtraError

ARTICLE = (
    "Gempa bermagnitudo 5,6 mengguncang Cianjur, Jawa Barat, Senin siang. "
    "Badan Nasional Penanggulangan Bencana mencatat ratusan rumah rusak berat."
)
SUMMARY = "Gempa 5,6 merusak ratusan rumah di Cianjur."


def completion(content: object) -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 0,
        "model": "fake",
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "message": {"role": "assistant", "content": content},
            }
        ],
    }


@dataclass
class FakeServer:
    """What the fake server answers, and what it was sent."""

    url: str
    status: int = 200
    body: Any = field(default_factory=lambda: completion(f" {SUMMARY} "))
    models: list[str] | None = field(default_factory=lambda: ["qwen2.5-1.5b-instruct"])
    requests: list[dict[str, Any]] = field(default_factory=list)

    def answer(self, handler: BaseHTTPRequestHandler, status: int, body: Any) -> None:
        data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)


@pytest.fixture
def server() -> Iterator[FakeServer]:
    fake: FakeServer

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # keep pytest output clean
            pass

        def do_GET(self) -> None:
            fake.requests.append({"method": "GET", "path": self.path})
            if self.path == "/v1/models" and fake.models is not None:
                data = [{"id": m, "object": "model", "owned_by": "me"} for m in fake.models]
                fake.answer(self, 200, {"object": "list", "data": data})
            else:
                fake.answer(self, 404, {"error": {"message": f"no route {self.path}"}})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            fake.requests.append(
                {
                    "method": "POST",
                    "path": self.path,
                    "auth": self.headers.get("Authorization"),
                    "json": json.loads(self.rfile.read(length)),
                }
            )
            fake.answer(self, fake.status, fake.body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    fake = FakeServer(url=f"http://127.0.0.1:{httpd.server_address[1]}")
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield fake
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@pytest.fixture
def closed_port() -> str:
    """A URL on 127.0.0.1 where nothing listens: bound, then released."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def test_summary_comes_back_and_the_request_is_right(
    server: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    out = summarize_with_llm(ARTICLE, endpoint=server.url, model="qwen", timeout=5)
    assert out == LlmSummary(SUMMARY, "qwen")
    [request] = server.requests
    assert request["method"] == "POST" and request["path"] == "/v1/chat/completions"
    body = request["json"]
    assert body["model"] == "qwen" and body["temperature"] == 0
    assert body["messages"] == [
        {"role": "system", "content": PROMPT},
        {"role": "user", "content": ARTICLE},
    ]
    assert request["auth"] == f"Bearer {PLACEHOLDER_API_KEY}"


def test_endpoint_may_end_with_v1_and_the_key_comes_from_the_environment(
    server: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    summarize_with_llm("x", endpoint=server.url + "/v1/", model="m", timeout=5)
    summarize_with_llm("x", endpoint=server.url, model="m", api_key="sk-arg", timeout=5)
    assert [r["path"] for r in server.requests] == ["/v1/chat/completions"] * 2
    assert [r["auth"] for r in server.requests] == ["Bearer sk-env", "Bearer sk-arg"]


def test_without_a_model_the_first_listed_one_is_used(server: FakeServer) -> None:
    server.models = ["llama-3.2-1b", "other"]
    out = summarize_with_llm(ARTICLE, endpoint=server.url, timeout=5)
    assert out.model == "llama-3.2-1b"
    assert [(r["method"], r["path"]) for r in server.requests] == [
        ("GET", "/v1/models"),
        ("POST", "/v1/chat/completions"),
    ]
    assert server.requests[1]["json"]["model"] == "llama-3.2-1b"


def test_a_server_without_models_says_to_name_one(server: FakeServer) -> None:
    server.models = []
    with pytest.raises(BackendUnavailableError) as info:
        summarize_with_llm(ARTICLE, endpoint=server.url, timeout=5)
    assert f"{server.url}/v1/models lists no model" in info.value.message
    assert "--model" in info.value.message


def test_a_server_that_cannot_list_models_says_to_name_one(server: FakeServer) -> None:
    server.models = None  # GET /v1/models answers 404, as on some proxies
    with pytest.raises(BackendUnavailableError) as info:
        summarize_with_llm(ARTICLE, endpoint=server.url, timeout=5)
    assert info.value.message.startswith(f"LLM endpoint {server.url}/v1/models answered HTTP 404")
    assert info.value.message.endswith("name one with --model")


def test_unreachable_endpoint_fails_fast_naming_the_url_and_the_fix(closed_port: str) -> None:
    start = time.monotonic()
    with pytest.raises(BackendUnavailableError) as info:
        summarize_with_llm(ARTICLE, endpoint=closed_port, model="m", timeout=5)
    assert time.monotonic() - start < 5  # refused at once; one short retry at most
    message = info.value.message
    assert f"LLM endpoint {closed_port}/v1/chat/completions is unreachable" in message
    assert "start an OpenAI-compatible server" in message
    assert info.value.code == "backend-unavailable" and info.value.status == 503
    assert info.value.detail["endpoint"] == f"{closed_port}/v1/chat/completions"


def test_http_error_names_the_status_and_what_the_server_said(server: FakeServer) -> None:
    server.status, server.body = 500, {"error": {"message": "model crashed"}}
    with pytest.raises(BackendUnavailableError) as info:
        summarize_with_llm("x", endpoint=server.url, model="m", timeout=5, max_retries=0)
    assert info.value.message.startswith(
        f"LLM endpoint {server.url}/v1/chat/completions answered HTTP 500 (model crashed): "
        "start an OpenAI-compatible server"
    )
    assert info.value.detail["status"] == 500
    assert len(server.requests) == 1  # max_retries=0 is honoured


def test_unknown_model_and_rejected_key_get_their_own_fix(server: FakeServer) -> None:
    server.status, server.body = 404, {"error": {"message": 'model "nope" not found'}}
    with pytest.raises(BackendUnavailableError, match="serves a model named 'nope'"):
        summarize_with_llm("x", endpoint=server.url, model="nope", timeout=5)
    server.status, server.body = 401, {"error": {"message": "Invalid API Key"}}
    with pytest.raises(BackendUnavailableError, match="set OPENAI_API_KEY"):
        summarize_with_llm("x", endpoint=server.url, model="m", timeout=5)


@pytest.mark.parametrize(
    "body",
    [
        {"unexpected": True},
        {"choices": []},
        completion(None),
        completion("   "),
    ],
    ids=["no-choices", "empty-choices", "null-content", "blank-content"],
)
def test_a_body_without_a_summary_is_a_clear_error(server: FakeServer, body: Any) -> None:
    server.body = body
    with pytest.raises(BackendUnavailableError) as info:
        summarize_with_llm("x", endpoint=server.url, model="m", timeout=5)
    assert info.value.message.startswith(
        f"LLM endpoint {server.url}/v1/chat/completions returned a body without "
        "choices[0].message.content: check that it speaks the OpenAI chat-completions API"
    )


def test_a_body_that_is_not_json_is_a_clear_error(server: FakeServer) -> None:
    server.body = "<html>not an API</html>"
    with pytest.raises(BackendUnavailableError, match=r"/v1/chat/completions returned a body"):
        summarize_with_llm("x", endpoint=server.url, model="m", timeout=5)


@pytest.mark.parametrize("endpoint", ["localhost:8080", "ftp://h", "", "http://"])
def test_an_endpoint_that_is_not_a_url_is_refused(endpoint: str) -> None:
    with pytest.raises(InvalidParameterError, match="not an http"):
        api_base(endpoint)


def test_missing_extra_names_warta_llm(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "openai", None)  # makes `import openai` fail
    with pytest.raises(MissingExtraError) as info:
        summarize_with_llm("x", endpoint="http://127.0.0.1:1", model="m")
    assert "pip install 'warta[llm]'" in info.value.message and "'openai'" in info.value.message
    assert info.value.detail == {"package": "openai", "extra": "llm"}


runner = CliRunner()


def test_cli_summarize_with_llm_end_to_end(seeds_db: Path, server: FakeServer) -> None:
    db = str(seeds_db)
    done = runner.invoke(app, ["summarize", "004", "--db", db, "--llm", server.url, "--json"])
    assert done.exit_code == 0, done.output
    out = json.loads(done.stdout)
    assert out["kind"] == "llm" and out["summary"] == SUMMARY
    assert out["model"] == "qwen2.5-1.5b-instruct"  # discovered: no --model given
    article = server.requests[-1]["json"]["messages"][1]["content"]
    assert article.startswith("China dianggap")  # the stored text of seed 004

    plain = runner.invoke(
        app, ["summarize", "004", "--db", db, "--llm", server.url + "/v1", "--model", "m"]
    )
    assert plain.exit_code == 0 and plain.stdout.strip() == SUMMARY
    assert server.requests[-1]["json"]["model"] == "m"


def test_cli_summarize_errors(
    seeds_db: Path, closed_port: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(seeds_db)
    down = runner.invoke(app, ["summarize", "004", "--db", db, "--llm", closed_port])
    assert isinstance(down.exception, BackendUnavailableError)
    assert closed_port in down.exception.message and "unreachable" in down.exception.message
    monkeypatch.setitem(sys.modules, "openai", None)
    missing = runner.invoke(app, ["summarize", "004", "--db", db, "--llm", closed_port])
    assert isinstance(missing.exception, MissingExtraError)
    assert "warta[llm]" in missing.exception.message


def test_cli_error_is_one_line_naming_the_url(seeds_db: Path, closed_port: str) -> None:
    env = {**os.environ, "COLUMNS": "200"}
    down = subprocess.run(
        [sys.executable, "-m", "warta.cli.main", "summarize", "004", "--db", str(seeds_db),
         "--llm", closed_port, "--model", "m"],
        capture_output=True, text=True, check=False, env=env,
    )  # fmt: skip
    assert down.returncode == 1 and "Traceback" not in down.stderr
    assert down.stderr.startswith(f"Error: LLM endpoint {closed_port}/v1/chat/completions is ")
    assert "unreachable" in down.stderr
