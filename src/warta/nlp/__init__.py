"""Per-article language analysis stages: entities, time expressions, quotes, events.

:func:`default_stages` lists them in their declared order for :mod:`warta.pipeline`;
each wrapper here is a pure ``Article -> Article`` function over one stage module.
"""

from __future__ import annotations

from dataclasses import replace

from warta.pipeline import Stage
from warta.records import Article


def entities_stage(article: Article) -> Article:
    """NER mentions, resolved to canonical names within the article."""
    from warta.nlp.aliases import resolve_article
    from warta.nlp.ner import find_mentions

    mentions, entities = resolve_article(article.text, find_mentions(article.text))
    return replace(article, mentions=mentions, entities=entities)


def quotes_stage(article: Article) -> Article:
    from warta.nlp.quotes import extract_quotes

    return replace(article, quotes=extract_quotes(article.text, article.mentions))


def time_stage(article: Article) -> Article:
    """Time expressions resolved against the article's own publication date only."""
    from warta.nlp.timex import tag_time

    return replace(article, timexes=tag_time(article.text, article.published))


def events_stage(article: Article) -> Article:
    from warta.nlp.events import extract_events

    return replace(article, events=extract_events(article.text, article.timexes, article.mentions))


def summary_stage(article: Article) -> Article:
    """An extractive three-sentence summary (see :mod:`warta.analyze.summarize`)."""
    from warta.analyze.summarize import summarize_article

    return replace(
        article, summary=summarize_article(article.text, article.id, title=article.title)
    )


def default_stages() -> list[Stage]:
    """The analysis stages every build runs, in order."""
    return [
        Stage(
            "nlp.entities.v1",
            entities_stage,
            frozenset({"text"}),
            frozenset({"mentions", "entities"}),
        ),
        Stage(
            "nlp.quotes.v1", quotes_stage, frozenset({"text", "mentions"}), frozenset({"quotes"})
        ),
        Stage("nlp.timex.v1", time_stage, frozenset({"text", "published"}), frozenset({"timexes"})),
        Stage("nlp.events.v1", events_stage, frozenset({"text", "timexes"}), frozenset({"events"})),
        Stage(
            "analyze.summary.v1",
            summary_stage,
            frozenset({"text", "title"}),
            frozenset({"summary"}),
        ),
    ]
