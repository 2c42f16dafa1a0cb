"""Abstractive summaries from an OpenAI-compatible server the user runs: an optional extra.

Off by default: nothing here runs unless the user names an endpoint (``warta summarize ID
--llm URL``). The server is any OpenAI-compatible one, usually local: llama.cpp's
``llama-server``, Ollama, vLLM. It is reached through the official ``openai`` SDK, which
comes with ``pip install 'warta[llm]'``; without it :func:`summarize_with_llm` raises
:class:`~warta.errors.MissingExtraError` naming that extra.

The endpoint is the server root (``http://localhost:8080``) or its API base
(``http://localhost:11434/v1``): ``/v1`` is appended unless the URL already ends with it,
see :func:`api_base`. The API key is the ``api_key`` argument, else ``OPENAI_API_KEY``,
else a placeholder, since local servers ask for none. With no model name the first model
the server lists (``GET /v1/models``) is used: llama.cpp serves one, and Ollama and vLLM
need a real name, which this spares the user from looking up.

Every failure is a :class:`~warta.errors.BackendUnavailableError` whose message names the
URL and what to do: the server cannot be reached, does not answer in time, answers an
HTTP error, or answers a body without a summary in it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from warta.errors import BackendUnavailableError, InvalidParameterError, MissingExtraError

if TYPE_CHECKING:
    from openai import OpenAI

PROMPT = (
    "Ringkas berita berikut dalam bahasa Indonesia, paling banyak tiga kalimat, "
    "tanpa menambah fakta yang tidak ada di teks."
)
# The SDK insists on a key; llama.cpp, Ollama and vLLM accept any unless started with one.
PLACEHOLDER_API_KEY = "not-needed"
# A local model on a CPU may take a minute or more to read a long article before the first
# byte comes back, and a non-streamed answer sends nothing until it is done.
DEFAULT_TIMEOUT = 120.0
# One retry rides out a busy server (429/503); more would only make a down server slower
# to report. Connection refused, the common case, fails in well under a second.
DEFAULT_MAX_RETRIES = 1

_HOW = (
    "start an OpenAI-compatible server there (llama.cpp, vLLM, Ollama) or set another "
    "endpoint, or leave LLM summaries off to use the extractive summary"
)


@dataclass(frozen=True, slots=True)
class LlmSummary:
    """An abstractive summary and the model that wrote it (as asked, or discovered)."""

    text: str
    model: str


def api_base(endpoint: str) -> str:
    """The SDK's base URL for ``endpoint``: ``/v1`` appended unless it already ends so.

    Raises :class:`~warta.errors.InvalidParameterError` for anything but an http(s) URL.

    >>> api_base("http://localhost:8080")
    'http://localhost:8080/v1'
    >>> api_base("http://localhost:11434/v1/")
    'http://localhost:11434/v1'
    """
    base = endpoint.strip().rstrip("/")
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InvalidParameterError(
            f"LLM endpoint {endpoint!r} is not an http(s) URL: give the server's address, "
            "e.g. http://localhost:8080 (llama.cpp) or http://localhost:11434 (Ollama)",
            detail={"endpoint": endpoint},
        )
    return base if base.endswith("/v1") else base + "/v1"


def summarize_with_llm(
    text: str,
    *,
    endpoint: str,
    model: str | None = None,
    api_key: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
) -> LlmSummary:
    """An abstractive summary of ``text`` (at most three sentences, in Indonesian).

    ``endpoint`` is the server root or its ``/v1`` base (:func:`api_base`). ``model`` is
    the name the server expects; ``None`` takes the first one it lists. ``api_key``
    defaults to ``OPENAI_API_KEY``, then to a placeholder. ``timeout`` is in seconds per
    request; ``max_retries`` counts retries after a connection error, 408, 409, 429 or 5xx.

    Raises :class:`~warta.errors.MissingExtraError` without the ``openai`` package
    (``warta[llm]``), :class:`~warta.errors.InvalidParameterError` for an endpoint that is
    not an http(s) URL, and :class:`~warta.errors.BackendUnavailableError` when the server
    cannot be reached, answers with an error, or answers without a summary.
    """
    try:
        import openai
    except ImportError as exc:
        raise MissingExtraError.for_package("LLM summaries", "openai", "llm") from exc

    base = api_base(endpoint)
    key = api_key or os.environ.get("OPENAI_API_KEY") or PLACEHOLDER_API_KEY
    with openai.OpenAI(
        base_url=base, api_key=key, timeout=timeout, max_retries=max_retries
    ) as client:
        name = model or first_model(client, base, timeout=timeout)
        url = base + "/chat/completions"
        with _translate_errors(url, timeout=timeout, model=name):
            completion: Any = client.chat.completions.create(
                model=name,
                temperature=0,
                messages=[
                    {"role": "system", "content": PROMPT},
                    {"role": "user", "content": text},
                ],
            )
    # The SDK does not validate bodies: a missing field comes back as None, and a 200 that
    # is not JSON comes back as the raw string.
    try:
        content = completion.choices[0].message.content
    except (AttributeError, IndexError, TypeError):
        content = None
    if not isinstance(content, str) or not content.strip():
        raise BackendUnavailableError(
            f"LLM endpoint {url} returned a body without choices[0].message.content: "
            f"check that it speaks the OpenAI chat-completions API ({_HOW})",
            detail={"endpoint": url, "model": name},
        )
    return LlmSummary(content.strip(), name)


def first_model(client: OpenAI, base: str, *, timeout: float = DEFAULT_TIMEOUT) -> str:
    """The first model ``client``'s server lists at ``GET {base}/models``.

    Raises :class:`~warta.errors.BackendUnavailableError` when the list cannot be had or
    is empty; when the server has no list (404) or an empty one, the message says to name
    a model instead.
    """
    url = base + "/models"
    with _translate_errors(url, timeout=timeout, model=None):
        page: Any = client.models.list()
    try:
        ids = [str(m.id) for m in page.data if getattr(m, "id", None)]
    except (AttributeError, TypeError):
        ids = []
    if not ids:
        raise BackendUnavailableError(
            f"LLM endpoint {url} lists no model: load one on the server (e.g. "
            "'ollama pull NAME', or llama-server -m FILE) or name one with --model",
            detail={"endpoint": url},
        )
    return ids[0]


@contextmanager
def _translate_errors(url: str, *, timeout: float, model: str | None) -> Iterator[None]:
    """Turn the SDK's exceptions into :class:`BackendUnavailableError` naming ``url``."""
    import openai

    detail: dict[str, Any] = {"endpoint": url}
    if model is not None:
        detail["model"] = model
    try:
        yield
    except openai.APITimeoutError as exc:  # before APIConnectionError, its base class
        raise BackendUnavailableError(
            f"LLM endpoint {url} did not answer within {timeout:g} s: check that the server "
            "is not busy or still loading its model, or use a smaller model, or leave LLM "
            "summaries off to use the extractive summary",
            detail=detail,
        ) from exc
    except openai.APIConnectionError as exc:
        cause = exc.__cause__ or exc
        raise BackendUnavailableError(
            f"LLM endpoint {url} is unreachable ({type(cause).__name__}: {cause}): {_HOW}",
            detail=detail,
        ) from exc
    except openai.APIStatusError as exc:
        status = exc.status_code
        said = _server_message(exc)
        if status in (401, 403):
            fix = "set OPENAI_API_KEY to the key the server was started with"
        elif status == 404 and model is not None:
            fix = (
                f"check the endpoint URL and that the server serves a model named {model!r} "
                "(or omit --model to use the first one it lists)"
            )
        elif status == 404:
            fix = "the server does not list its models here: name one with --model"
        else:
            fix = _HOW
        raise BackendUnavailableError(
            f"LLM endpoint {url} answered HTTP {status}{said}: {fix}",
            detail={**detail, "status": status},
        ) from exc
    except (openai.APIResponseValidationError, ValueError) as exc:  # a body that is not JSON
        raise BackendUnavailableError(
            f"LLM endpoint {url} returned a body that is not OpenAI JSON: check that it "
            f"speaks the OpenAI chat-completions API ({_HOW})",
            detail=detail,
        ) from exc


def _server_message(exc: Any) -> str:
    """`` (what the server said)`` from an error body, shortened, or ``""``."""
    body = exc.body
    if isinstance(body, dict):
        body = body.get("message", body)
    said = " ".join(str(body).split()) if body else ""
    if not said:
        return ""
    return f" ({said[:200]}{'…' if len(said) > 200 else ''})"
