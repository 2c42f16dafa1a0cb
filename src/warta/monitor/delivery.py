"""Delivering alert firings: appended to a JSONL file, POSTed to a webhook.

Delivery never raises: each outcome is a short string (``"ok"``, ``"ok 200"``,
``"failed: ..."``) that :mod:`warta.monitor.alerts` records with the firing, so a
webhook that is down costs a line in the history, not a failed build.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

#: Seconds a webhook gets to answer one POST (connect, read, write each). A watch cycle
#: waits for it, so it is short; a slow receiver should queue and answer at once.
WEBHOOK_TIMEOUT = 5.0
USER_AGENT = "warta-alerts/1"


def check_webhook(url: str) -> str | None:
    """Why ``url`` cannot be a webhook, or None when it can (http or https with a host,
    a valid port, no spaces or control characters, and a URL httpx can post to).

    >>> check_webhook("https://hooks.example/warta"), check_webhook("ftp://x/y")
    (None, "its scheme is 'ftp', not http or https")
    >>> check_webhook("http://127.0.0.1:99999/hook")
    'its port is not a number from 0 to 65535'
    """
    if any(c.isspace() or not c.isprintable() for c in url):
        return "it contains spaces or control characters"
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        return str(exc)
    if parts.scheme not in ("http", "https"):
        return f"its scheme is '{parts.scheme}', not http or https"
    if not parts.hostname:
        return "it has no host"
    try:
        parts.port  # noqa: B018 - raises for a port out of range or not a number
    except ValueError:
        return "its port is not a number from 0 to 65535"
    try:
        httpx.URL(url)
    except (httpx.InvalidURL, ValueError) as exc:
        return str(exc)
    return None


def append_jsonl(path: str | Path, payloads: Sequence[dict[str, Any]]) -> str:
    """Append one JSON line per payload to ``path``; the outcome as a string."""
    try:
        with open(path, "a", encoding="utf-8") as out:
            for payload in payloads:
                out.write(json.dumps(payload, ensure_ascii=False) + "\n")
    except OSError as exc:
        return f"failed: cannot append to '{path}' ({exc.strerror or exc})"
    return "ok"


def post_webhook(
    url: str,
    payload: dict[str, Any],
    *,
    client: httpx.Client | None = None,
    timeout: float = WEBHOOK_TIMEOUT,
) -> str:
    """POST ``payload`` as JSON to ``url``; ``"ok <status>"`` for a 2xx answer, else
    ``"failed: ..."`` (HTTP status, timeout, refused connection). Redirects are not
    followed: a webhook that moved should be updated, not chased."""
    try:
        if client is None:
            response = httpx.post(
                url, json=payload, timeout=timeout, headers={"User-Agent": USER_AGENT}
            )
        else:
            response = client.post(
                url, json=payload, timeout=timeout, headers={"User-Agent": USER_AGENT}
            )
    except httpx.TimeoutException:
        return f"failed: no answer from {url} within {timeout:g} s"
    except httpx.HTTPError as exc:
        return f"failed: {type(exc).__name__} posting to {url} ({exc})"
    if 200 <= response.status_code < 300:
        return f"ok {response.status_code}"
    return f"failed: {url} answered HTTP {response.status_code}"
