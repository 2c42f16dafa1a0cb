"""The read layer: every query the CLI, the REST API and the web UI render.

Functions take a connection and return plain JSON-ready dicts and lists, so the three
front ends show the same thing. The article export shape (:func:`export_article`) is
stable: fields are added, never renamed. Two modules, one surface: ``articles`` (export,
listing, search, duplicates, stats) and ``analysis`` (entities, quotes, timeline, stories).
"""

from warta.store.queries.analysis import (
    ENTITY_TYPES,
    article_mentions,
    co_occurring_entities,
    count_articles,
    dashboard,
    entity_articles,
    entity_mentions_by_month,
    find_entity,
    get_entity,
    get_story,
    get_timeline,
    list_entities,
    list_quotes,
    list_stories,
    search_facets,
)
from warta.store.queries.articles import (
    EXPORT_FIELDS,
    MAX_LIMIT,
    check_page,
    duplicate_groups,
    export_article,
    find_article_row,
    get_article,
    get_article_record,
    hit_to_dict,
    iter_export,
    list_articles,
    search_articles,
    state_value,
    stats,
)

__all__ = [
    "ENTITY_TYPES",
    "EXPORT_FIELDS",
    "MAX_LIMIT",
    "article_mentions",
    "check_page",
    "co_occurring_entities",
    "count_articles",
    "dashboard",
    "duplicate_groups",
    "entity_articles",
    "entity_mentions_by_month",
    "export_article",
    "find_article_row",
    "find_entity",
    "get_article",
    "get_article_record",
    "get_entity",
    "get_story",
    "get_timeline",
    "hit_to_dict",
    "iter_export",
    "list_articles",
    "list_entities",
    "list_quotes",
    "list_stories",
    "search_articles",
    "search_facets",
    "state_value",
    "stats",
]
