"""Corpus-wide steps, run over the whole store after each build.

They are recomputed from the stored articles every time, so the result depends only on
what the store holds, not on the order files were added in:

1. duplicate groups (:mod:`warta.dedup`);
2. lending within a duplicate group: a copy that names its original source lends it
   to members that do not, and a member with a publication date lends it (as
   ``inferred: copy of ...``) to members without one.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections import Counter, defaultdict
from collections.abc import MutableMapping
from typing import Any

from warta.dedup import DedupInput, find_duplicates
from warta.records import DupLink
from warta.store import writer
from warta.store.db import transaction


def run_corpus_steps(conn: sqlite3.Connection, seconds: MutableMapping[str, float]) -> Counter[str]:
    """Recompute the corpus-wide results in one transaction; return counters."""
    stats: Counter[str] = Counter()
    rows = conn.execute("SELECT id, text, record FROM articles").fetchall()
    t0 = time.perf_counter()
    inputs = []
    records: dict[str, dict[str, Any]] = {}
    for row in rows:
        record = json.loads(row["record"])
        records[row["id"]] = record
        inputs.append(
            DedupInput(
                row["id"],
                row["text"],
                "truncated" in record.get("flags", ()),
                record.get("published"),
            )
        )
    links = find_duplicates(inputs)
    seconds["dedup"] += time.perf_counter() - t0
    stats["duplicate_groups"] = len({link.group for link in links})
    stats["duplicates"] = sum(1 for link in links if link.relation != "canonical")
    with transaction(conn):
        writer.write_duplicates(conn, links)
        writer.write_corpus_fields(conn, lend_within_groups(links, records))
    return stats


def lend_within_groups(
    links: list[DupLink], records: dict[str, dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    """The effective published date and original source of every article.

    An article's own statement always wins; a duplicate only fills what is missing.
    """
    members: dict[str, list[str]] = defaultdict(list)
    for link in links:
        members[link.group].append(link.article_id)
    group_of = {link.article_id: link.group for link in links}
    updates: dict[str, dict[str, Any]] = {}
    for article_id, record in sorted(records.items()):
        fields: dict[str, Any] = {
            "published": record.get("published"),
            "published_evidence": record.get("published_evidence"),
            "original_source": record.get("original_source"),
        }
        others = [
            records[m]
            for m in sorted(members.get(group_of.get(article_id, ""), []))
            if m != article_id
        ]
        own_host = (record.get("host_site") or "").lower()
        if fields["original_source"] is None:
            # A copy crediting this article's own site says this one is the original.
            fields["original_source"] = next(
                (
                    o["original_source"]
                    for o in others
                    if o.get("original_source") and o["original_source"].lower() != own_host
                ),
                None,
            )
        if fields["published"] is None:
            donor = next((o for o in others if o.get("published")), None)
            if donor is not None:
                fields["published"] = donor["published"]
                fields["published_evidence"] = f"inferred: copy of {donor['source']}"
        updates[article_id] = fields
    return updates
