"""Read access to a built store from Python: a thin object over the read layer.

>>> import warta  # doctest: +SKIP
>>> with warta.open_store("warta.db") as store:  # doctest: +SKIP
...     [hit.title for hit in store.search("banjir")]
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import TracebackType
from typing import Any

from warta.records import Article
from warta.store import queries
from warta.store.db import connect
from warta.store.search import Hit


class Store:
    """An open, read-mostly store. Every method returns what the CLI and API show."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def article(self, key: str) -> dict[str, Any]:
        """One article in the export schema, plus its duplicate-group members."""
        return queries.get_article(self.conn, key)

    def record(self, key: str) -> Article:
        """The stored :class:`Article` record of one article."""
        result: Article = queries.get_article_record(self.conn, key)
        return result

    def articles(self, **filters: Any) -> list[dict[str, Any]]:
        return queries.list_articles(self.conn, **filters)

    def search(self, query: str, **filters: Any) -> list[Hit]:
        return queries.search_articles(self.conn, query, **filters)

    def export(self) -> list[dict[str, Any]]:
        return list(queries.iter_export(self.conn))

    def stats(self) -> dict[str, Any]:
        return queries.stats(self.conn)

    def duplicate_groups(self) -> list[dict[str, Any]]:
        return queries.duplicate_groups(self.conn)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_store(db: str | Path) -> Store:
    """Open an existing store for reading (raises :class:`~warta.errors.StoreError` if
    missing). It opens read-only, so it works on a read-only medium and never writes."""
    return Store(connect(db, create=False, readonly=True))
