"""URL normalisation and link filtering for the frontier.

The frontier is keyed by :func:`normalize_url`, so the variants a news site spreads
(tracking parameters, ``#fragments``, AMP and mobile copies, ``HTTP`` upper case,
default ports) are one entry and are fetched once:

>>> normalize_url("https://M.Portal.test:443/berita/a-b/amp?utm_source=rss&id=3#x")
'https://portal.test/berita/a-b?id=3'
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

#: Sub-domains that serve a mobile or AMP copy of the same article.
_VARIANT_HOSTS = ("m.", "mobile.", "amp.", "www.")
#: Query parameters that only say "AMP version" (courlan keeps them).
_AMP_PARAMS = {"amp", "amp_js_v", "usqp", "outputtype", "amp_gsa", "page_type"}
#: Path forms of an AMP copy: ``/amp/...`` at the start, ``/amp`` or ``.amp`` at the end.
_AMP_PATH = re.compile(r"^/amp(?=/)|/amp/?$|\.amp$|\.amp(?=\.html?$)", re.IGNORECASE)


#: Path segments of Indonesian portals' navigation pages (courlan knows the English ones).
_NAV_SEGMENT = re.compile(
    r"/(?:kategori|kanal|rubrik|tag|topik|indeks|index|penulis|editor|halaman|page|"
    r"cari|search|rss|feed|video|foto|galeri|login|daftar)(?:/|$)",
    re.IGNORECASE,
)


def normalize_url(url: str, base: str | None = None) -> str | None:
    """The frontier key of ``url`` (resolved against ``base``), or None if it is not
    an http(s) URL.

    courlan removes tracking parameters (``utm_*``, ``fbclid``, ...), sorts the query
    and lower-cases the host; the AMP and mobile forms are reduced here on top of it.
    """
    from courlan import normalize_url as courlan_normalize

    url = url.strip()
    if base:
        url = urljoin(base, url)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    try:
        url = courlan_normalize(url, strict=True)
    except ValueError:
        return None
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    for prefix in _VARIANT_HOSTS:
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix) :]
            break
    default = {"http": 80, "https": 443}[parts.scheme]
    netloc = host if parts.port in (None, default) else f"{host}:{parts.port}"
    path = _AMP_PATH.sub("", parts.path) or "/"
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    query = urlencode([(k, v) for k, v in pairs if k.lower() not in _AMP_PARAMS])
    return urlunsplit((parts.scheme, netloc, path, query, ""))


def host_of(url: str) -> str:
    """``host`` or ``host:port``: the unit of politeness and of robots.txt."""
    parts = urlsplit(url)
    return parts.netloc.lower()


def robots_url(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))


def is_article_link(url: str) -> bool:
    """True for a link that may be an article: not a navigation page (tag, category,
    author, page N, feed), not a login / search / media file, with a path of some
    length. Used on section pages, where most links are chrome.
    """
    from courlan import is_navigation_page, is_not_crawlable

    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    if not path or path.count("/") < 1 or len(path) < 12:
        return False
    if re.search(r"\.(?:jpe?g|png|gif|webp|svg|css|js|pdf|mp4|mp3|xml|rss|zip)$", path, re.I):
        return False
    if _NAV_SEGMENT.search(path):
        return False
    return not is_navigation_page(url) and not is_not_crawlable(url)
