"""Token checks, the ``Host`` check, and the per-client rate limits.

With a token configured, the API wants ``Authorization: Bearer <token>`` and the web UI
a session cookie set by the login form. The cookie holds its issue time and an HMAC of
it keyed by the token, not the token itself, so a leaked cookie value does not reveal
the API token and stops working after :data:`SESSION_SECONDS`.

Without a token, only loopback ``Host`` values (and the names given with
``--allowed-host``) are served: see :func:`host_allowed`.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

COOKIE = "warta_session"
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
#: A login lasts 12 hours (a working day), then the login form asks for the token again.
SESSION_SECONDS = 12 * 3600
#: Failed logins allowed per client and minute; more get 429 until the bucket refills.
#: 10 leaves room for typos and makes guessing a token hopeless (14,400 tries a day).
LOGIN_FAILURES_PER_MINUTE = 10
_HOST_NAME = re.compile(r"[A-Za-z0-9._-]{1,253}|\[?[0-9A-Fa-f:.]{2,45}\]?")


def session_value(token: str, *, issued: int | None = None) -> str:
    """The session cookie for ``token``: ``<issue time>.<HMAC of it keyed by token>``."""
    stamp = str(int(time.time()) if issued is None else issued)
    mac = hmac.new(token.encode(), b"warta-session-v2:" + stamp.encode(), hashlib.sha256)
    return stamp + "." + mac.hexdigest()


def check_bearer(header: str | None, token: str) -> bool:
    """True when ``header`` is ``Bearer <token>`` (constant-time comparison)."""
    if not header or not header.startswith("Bearer "):
        return False
    return hmac.compare_digest(header[7:].strip().encode(), token.encode())


def check_cookie(value: str | None, token: str, *, now: float | None = None) -> bool:
    """True when ``value`` is a session cookie for ``token`` issued in the last
    :data:`SESSION_SECONDS`. Anything else (garbage, non-ASCII, forged, expired) is
    simply "not logged in"."""
    if not value or not value.isascii():
        return False
    stamp, _, _mac = value.partition(".")
    if not stamp.isdigit() or len(stamp) > 12:
        return False
    age = (time.time() if now is None else now) - int(stamp)
    if not -60 <= age <= SESSION_SECONDS:  # a minute of clock skew
        return False
    return hmac.compare_digest(value.encode(), session_value(token, issued=int(stamp)).encode())


def parse_host(host: str) -> str:
    """The lower-cased name in a ``Host`` value, without port, brackets or final dot.

    >>> parse_host("LocalHost:8000"), parse_host("[::1]:8000"), parse_host("evil.example.")
    ('localhost', '::1', 'evil.example')
    """
    host = host.strip().lower()
    if host.startswith("["):
        name = host[1 : host.find("]")] if "]" in host else host[1:]
    elif host.count(":") == 1:
        name = host.split(":", 1)[0]
    else:
        name = host
    return name.rstrip(".")


def normalize_host_name(name: str) -> str:
    """An ``--allowed-host`` value as :func:`parse_host` gives it, or ValueError."""
    if not _HOST_NAME.fullmatch(name.strip()):
        raise ValueError(name)
    return parse_host(name)


def host_allowed(host: str | None, allowed: frozenset[str]) -> bool:
    """True when ``host`` (the ``Host`` header) names this machine's loopback or one of
    ``allowed`` (names as :func:`parse_host` gives them), on any port.

    DNS rebinding: a page on ``evil.example`` whose name the attacker then points at
    127.0.0.1 is the same origin to the browser, so the ``Origin`` check passes; only
    the ``Host`` header (``evil.example:8000``) shows the request was meant for another
    site. A request without a ``Host`` header does not come from a browser and passes.

    >>> host_allowed("127.0.0.1:8000", frozenset()), host_allowed("evil.example", frozenset())
    (True, False)
    """
    if host is None:
        return True
    name = parse_host(host)
    return name in LOOPBACK or name in allowed


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

    def wait(self, client: str, cost: float = 1.0) -> float:
        """The seconds before ``client`` may spend ``cost``, without spending it."""
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(client, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            return 0.0 if tokens >= cost else (cost - tokens) / self.rate

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
