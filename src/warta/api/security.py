"""Token checks and the per-client rate limit.

With a token configured, the API wants ``Authorization: Bearer <token>`` and the web UI
a session cookie set by the login form. The cookie holds an HMAC of the token, not the
token itself, so a leaked cookie value does not reveal the API token.
"""

from __future__ import annotations

import hashlib
import hmac
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

COOKIE = "warta_session"
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


def session_value(token: str) -> str:
    return hmac.new(token.encode(), b"warta-session-v1", hashlib.sha256).hexdigest()


def check_bearer(header: str | None, token: str) -> bool:
    """True when ``header`` is ``Bearer <token>`` (constant-time comparison)."""
    if not header or not header.startswith("Bearer "):
        return False
    return hmac.compare_digest(header[7:].strip().encode(), token.encode())


def check_cookie(value: str | None, token: str) -> bool:
    return value is not None and hmac.compare_digest(value, session_value(token))


#: Methods that only read: every other method changes state and gets the cross-site check.
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def cross_site(method: str, headers: Mapping[str, str], host: str | None) -> str | None:
    """The foreign origin of a state-changing browser request, else None.

    A page on another site can make the user's browser POST to a warta server on
    localhost (no token needed there) or with the user's login cookie: a plain HTML form
    can upload documents or log the user in. Browsers say where a request comes from
    (``Sec-Fetch-Site``, ``Origin``); a request whose origin is not this server's host is
    refused. Clients that send neither header (curl, scripts, the Python API) are not
    browsers on a foreign page and pass.

    >>> cross_site("POST", {"origin": "https://evil.example"}, "127.0.0.1:8000")
    'https://evil.example'
    >>> cross_site("POST", {"origin": "http://127.0.0.1:8000"}, "127.0.0.1:8000") is None
    True
    >>> cross_site("GET", {"origin": "https://evil.example"}, "127.0.0.1:8000") is None
    True
    """
    if method.upper() in SAFE_METHODS:
        return None
    origin = headers.get("origin")
    if origin is not None and origin != "null":
        return None if urlsplit(origin).netloc.lower() == (host or "").lower() else origin
    if headers.get("sec-fetch-site", "").lower() == "cross-site" or origin == "null":
        return origin or "another site"
    return None


def safe_next(target: str | None) -> str:
    """A local path to go back to after login; anything else (``//host``, ``http:``) is ``/``."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


@dataclass
class RateLimiter:
    """A token bucket per client: ``burst`` requests at once, refilled at ``rate`` per second.

    In-memory and per process: enough for one ``warta serve``; behind a proxy, limit there.
    """

    rate: float = 20.0
    burst: float = 60.0
    _buckets: dict[str, tuple[float, float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def allow(self, client: str, cost: float = 1.0) -> float:
        """0.0 when the request may go ahead, else the seconds to wait before retrying."""
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(client, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if tokens >= cost:
                self._buckets[client] = (tokens - cost, now)
                return 0.0
            self._buckets[client] = (tokens, now)
            if len(self._buckets) > 10_000:  # forget idle clients rather than grow forever
                self._buckets.clear()
            return (cost - tokens) / self.rate
