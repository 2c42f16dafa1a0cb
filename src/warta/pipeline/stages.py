"""Pipeline stages: the per-article analysis steps, what each reads and adds, and their order.

A *stage* is a pure function ``Article -> Article`` that declares the fields it
``requires`` and ``assigns``; :func:`check_order` refuses a pipeline whose stages read a
field before some stage assigns it. :func:`default_stages` is the registry every executor
runs (the local build in :mod:`warta.pipeline.local`, the Dask engine in :mod:`warta.scale`).
Each wrapper here calls one stage module of :mod:`warta.nlp` or :mod:`warta.analyze`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, MutableMapping, Sequence
from dataclasses import dataclass, replace

from warta.analyze.summarize import summarize_article
from warta.errors import InvalidParameterError
from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions, find_mentions_many
from warta.nlp.quotes.extract import extract_quotes
from warta.nlp.relations.extract import extract_relations
from warta.nlp.time.events import extract_events
from warta.nlp.time.timex import tag_time
from warta.records import Article, EntityRef, Mention

#: Fields every cleaned article has before any stage runs.
BASE_FIELDS = frozenset({"id", "text", "title", "published", "paragraphs"})


@dataclass(frozen=True, slots=True)
class Stage:
    name: str  # versioned: "nlp.quotes.v1"
    func: Callable[[Article], Article]
    requires: frozenset[str] = frozenset()
    assigns: frozenset[str] = frozenset()
    #: The same as ``func`` over several articles at once, when that is faster.
    many: Callable[[Sequence[Article]], list[Article]] | None = None


def check_order(stages: Sequence[Stage]) -> None:
    """Raise :class:`InvalidParameterError` if a stage needs a field no earlier stage set."""
    available = set(BASE_FIELDS)
    for stage in stages:
        missing = stage.requires - available
        if missing:
            raise InvalidParameterError(
                f"stage '{stage.name}' needs {', '.join(sorted(missing))}, which no earlier "
                "stage assigns; put the stage that assigns it first",
                detail={"stage": stage.name, "missing": sorted(missing)},
            )
        available |= stage.assigns


def article_stages() -> list[Stage]:
    """The per-article analysis stages, in order (see :mod:`warta.nlp`)."""
    stages = default_stages()
    check_order(stages)
    return stages


def analyze(
    article: Article, stages: Sequence[Stage], timings: MutableMapping[str, float] | None = None
) -> Article:
    for stage in stages:
        started = time.perf_counter()
        article = stage.func(article)
        if timings is not None:
            timings[stage.name] += time.perf_counter() - started
    return article


def analyze_many(
    articles: Sequence[Article],
    stages: Sequence[Stage],
    timings: MutableMapping[str, float] | None = None,
) -> list[Article]:
    """:func:`analyze` of each article, stage by stage over all of them (a stage with a
    ``many`` form runs it once): the same articles, in order."""
    out = list(articles)
    for stage in stages:
        started = time.perf_counter()
        out = stage.many(out) if stage.many is not None else [stage.func(a) for a in out]
        if timings is not None:
            timings[stage.name] += time.perf_counter() - started
    return out


def entities_stage(article: Article) -> Article:
    """NER mentions, resolved to canonical names within the article."""

    mentions, entities = resolve_article(article.text, find_mentions(article.text))
    return replace(article, mentions=mentions, entities=entities)


def entities_stage_many(articles: Sequence[Article]) -> list[Article]:
    """:func:`entities_stage` of each article, their sentences tagged together."""
    found = find_mentions_many([a.text for a in articles])
    out = []
    for article, mentions in zip(articles, found, strict=True):
        resolved, entities = resolve_article(article.text, mentions)
        out.append(replace(article, mentions=resolved, entities=entities))
    return out


def quotes_stage(article: Article) -> Article:

    return replace(article, quotes=extract_quotes(article.text, article.mentions))


def time_stage(article: Article) -> Article:
    """Time expressions resolved against the article's own publication date only."""

    return replace(article, timexes=tag_time(article.text, article.published))


def events_stage(article: Article) -> Article:

    return replace(article, events=extract_events(article.text, article.timexes, article.mentions))


def relations_stage(article: Article) -> Article:
    """Coded actions between actors (see :mod:`warta.nlp.relations.extract`)."""

    gpe = {e.name for e in article.entities if e.subtype == "GPE"}
    relations = extract_relations(
        article.text,
        _regions_as_their_state(article.mentions, article.entities),
        article.timexes,
        article.published,
        quotes=article.quotes,
        gpe=gpe,
    )
    return replace(article, relations=relations)


# Indonesia's provinces, regencies and cities (the gazetteer's admin levels): where a
# foreign state acts, aid sent to "Kabupaten X" or a team sent "ke Kota Y" reaches
# Indonesia. In domestic news a region's government acts as itself (a regency sues a
# firm, a province signs with a bank), so there the region stays a region.
_INDONESIAN_REGIONS = frozenset({"provinsi", "kabupaten", "kota"})


def _regions_as_their_state(
    mentions: Sequence[Mention], entities: Sequence[EntityRef]
) -> Sequence[Mention]:
    """The article's mentions, an Indonesian region standing for Indonesia when the
    article names a foreign state.

    Only for the relation layer: the stored mentions keep the region itself.
    """

    regions = {e.name for e in entities if e.subtype in _INDONESIAN_REGIONS}
    foreign = any(e.subtype == "GPE" and e.name != "Indonesia" for e in entities)
    if not regions or not foreign:
        return mentions
    return tuple(
        replace(m, referent="Indonesia")
        if m.referent is None and m.type == "LOC" and (m.entity or m.text) in regions
        else m
        for m in mentions
    )


def summary_stage(article: Article) -> Article:
    """An extractive three-sentence summary (see :mod:`warta.analyze.summarize`)."""

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
            entities_stage_many,
        ),
        Stage(
            "nlp.quotes.v1", quotes_stage, frozenset({"text", "mentions"}), frozenset({"quotes"})
        ),
        Stage("nlp.timex.v1", time_stage, frozenset({"text", "published"}), frozenset({"timexes"})),
        Stage(
            "nlp.events.v1",
            events_stage,
            frozenset({"text", "timexes", "mentions"}),
            frozenset({"events"}),
        ),
        Stage(
            "nlp.relations.v1",
            relations_stage,
            frozenset({"text", "mentions", "entities", "timexes", "quotes", "published"}),
            frozenset({"relations"}),
        ),
        Stage(
            "analyze.summary.v1",
            summary_stage,
            frozenset({"id", "text", "title"}),
            frozenset({"summary"}),
        ),
    ]
