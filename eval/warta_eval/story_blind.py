"""Stories on a set of articles labelled by event, built end to end (part of ``stories``).

The set (``tests/analyze/stories_blind.json``) was written blind: short articles from many
outlets, each labelled with the real-world event it reports (one happening and its
immediate coverage; a follow-up weeks later is another event) or ``"explainer"`` for a
round-up of several. Events share actors, places and words on purpose (two floods in one
week, one minister at three events, a case's arrest, hearing and verdict), some articles
state no date and a few are near-copies.

The articles go through a whole ``warta build`` (cleaning, dates, entities, duplicates,
stories) into a temporary store; the stories are read from its export. Figures, each with
TF-IDF (``_tfidf``) and TF-IDF + e5 (``_e5``):

* ``pair_precision`` / ``pair_recall`` - pairs of event-labelled articles (explainers left
  out) in one story that the labels put in one event, and the reverse;
* ``mixed_stories`` (upper bound) - stories holding articles of two or more events;
* ``max_span_days`` (upper bound) - the widest story, in days between the labelled
  publication dates of its articles (issue 16 asks for none over 31);
* ``largest_story`` (upper bound) - articles in the largest story (the largest event has
  ``largest_event`` articles, reported beside it).
"""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

from warta_eval.figures import down4
from warta_eval.story_spans import span_days

EXPLAINER = "explainer"


def load_set(path: Path) -> list[dict[str, Any]]:
    """The labelled articles of a story set file (``articles``: id, url, published,
    title, text, event)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    articles: list[dict[str, Any]] = data["articles"]
    urls = [a["url"] for a in articles]
    if len(set(urls)) != len(urls):
        raise ValueError(f"{path}: two articles share a url; every url must be unique")
    return articles


def build_stories(articles: list[dict[str, Any]], *, embeddings: bool) -> dict[str, str]:
    """The story of every article (by its url) after a whole build of ``articles``."""
    from warta.pipeline import build
    from warta.store import queries
    from warta.store.db import connect

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "articles.jsonl"
        rows = ({k: a.get(k) for k in ("url", "title", "published", "text")} for a in articles)
        source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        db = Path(tmp) / "stories.db"
        build([str(source)], db, embeddings=embeddings)
        conn = connect(db, create=False)
        try:
            return {a["url"]: a["story"] for a in queries.iter_export(conn)}
        finally:
            conn.close()


def score_stories(articles: list[dict[str, Any]], story: dict[str, str]) -> dict[str, Any]:
    """Pair precision and recall against the events, mixed stories, widest and largest."""
    event = {a["url"]: a["event"] for a in articles}
    date = {a["url"]: a.get("published") for a in articles}
    members: dict[str, list[str]] = defaultdict(list)
    for url in event:
        members[story[url]].append(url)
    mixed = [
        sorted(ids) for ids in members.values() if len({event[i] for i in ids} - {EXPLAINER}) > 1
    ]
    widest = max(span_days([d for i in ids if (d := date[i])]) for ids in members.values())
    sizes: defaultdict[str, int] = defaultdict(int)
    for name in event.values():
        sizes[name] += name != EXPLAINER
    labelled = sorted(u for u in event if event[u] != EXPLAINER)
    hits = together = gold = 0
    for a, b in combinations(labelled, 2):
        same_story = story[a] == story[b]
        same_event = event[a] == event[b]
        together += same_story
        gold += same_event
        hits += same_story and same_event
    return {
        "pair_precision": {
            "score": down4(hits / together) if together else 1.0,
            "hits": hits,
            "total": together,
        },
        "pair_recall": {"score": down4(hits / gold) if gold else 1.0, "hits": hits, "total": gold},
        "mixed_stories": {"score": len(mixed), "stories": mixed},
        "max_span_days": {"score": widest},
        "largest_story": {
            "score": max(len(ids) for ids in members.values()),
            "largest_event": max(sizes.values()),
        },
    }


def evaluate_story_set(path: Path) -> dict[str, Any]:
    """The figures with TF-IDF (``_tfidf``) and TF-IDF + e5 (``_e5``)."""
    articles = load_set(path)
    figures: dict[str, Any] = {}
    for embeddings, suffix in ((False, "tfidf"), (True, "e5")):
        scored = score_stories(articles, build_stories(articles, embeddings=embeddings))
        figures |= {f"{key}_{suffix}": value for key, value in scored.items()}
    return figures
