"""What changed in the store since a mark: new articles, stories they grew, new firings.

A :class:`Mark` is the store's high-water line at some moment: the largest article rowid
(an article keeps its rowid when a later build updates it, so a rowid above the mark is
an article added since) and the largest alert-firing id. The web UI keeps the mark of a
reader's last visit in a cookie (:mod:`warta.web.visits`); the REST API takes it as
parameters, so a client polls ``/api/v1/changes`` with the ``mark`` of its last answer.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from warta.store.queries.articles import check_page, display_title

#: Stories listed by :func:`changes_since` (the ones most articles were added to).
TOP_STORIES = 8


@dataclass(frozen=True, slots=True)
class Mark:
    """The store's high-water line: last article rowid and last alert-firing id."""

    article: int = 0
    firing: int = 0

    def to_dict(self) -> dict[str, int]:
        return {"article": self.article, "firing": self.firing}


def current_mark(conn: sqlite3.Connection) -> Mark:
    """The store's mark now."""
    article = conn.execute("SELECT coalesce(max(rowid), 0) FROM articles").fetchone()[0]
    firing = conn.execute("SELECT coalesce(max(id), 0) FROM alert_firings").fetchone()[0]
    return Mark(int(article), int(firing))


def changes_since(conn: sqlite3.Connection, mark: Mark, *, limit: int = 8) -> dict[str, Any]:
    """What was added after ``mark``: ``articles`` (count), ``latest`` (the ``limit``
    newest of them), ``stories`` (stories that gained articles: id, label, how many
    new, size), ``firings`` (count) and the store's ``mark`` now.

    Reads by rowid and id ranges, so the cost follows what changed, not the store.
    """
    check_page(limit, 0)
    now = current_mark(conn)
    count = conn.execute(
        "SELECT count(*) FROM articles WHERE rowid > ?", (mark.article,)
    ).fetchone()[0]
    latest = []
    for r in conn.execute(
        """SELECT id, title, source, published, host_site, dup_relation, story_id,
                  CASE WHEN title IS NULL OR trim(title) = '' THEN substr(text, 1, 400) END
                  AS lead
           FROM articles WHERE rowid > ? ORDER BY rowid DESC LIMIT ?""",
        (mark.article, limit),
    ):
        item = dict(r)
        item["display_title"] = display_title(item["title"], item.pop("lead"))
        latest.append(item)
    stories = [
        dict(r)
        for r in conn.execute(
            """SELECT s.id, s.label, n.added, json_array_length(s.article_ids) AS size
               FROM (SELECT story_id, count(*) AS added FROM articles
                     WHERE rowid > ? AND story_id IS NOT NULL GROUP BY story_id) AS n
               JOIN stories s ON s.id = n.story_id
               ORDER BY n.added DESC, s.id LIMIT ?""",
            (mark.article, TOP_STORIES),
        )
    ]
    firings = conn.execute(
        "SELECT count(*) FROM alert_firings WHERE id > ?", (mark.firing,)
    ).fetchone()[0]
    return {
        "since": mark.to_dict(),
        "mark": now.to_dict(),
        "articles": int(count),
        "latest": latest,
        "stories": stories,
        "firings": int(firings),
    }
