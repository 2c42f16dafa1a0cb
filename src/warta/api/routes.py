"""The REST API under ``/api/v1``: thin routes over :mod:`warta.store.queries`.

Lists answer ``{"items": [...], "limit", "offset"}`` (articles add ``total``); single
resources answer the read layer's dict as is. Errors never come from here as HTTP
exceptions: the read layer raises :class:`~warta.errors.WartaError` and the one handler
in :mod:`warta.api.app` shapes them.
"""

from __future__ import annotations

import sqlite3
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool

from warta.api import documents
from warta.api.errors import ERROR_RESPONSES
from warta.api.state import AppState
from warta.store import queries
from warta.store.hybrid import run_search

router = APIRouter(prefix="/api/v1", responses=ERROR_RESPONSES)

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
Limit = Annotated[int, Query(ge=1, le=queries.MAX_LIMIT, description="Page size.")]
Offset = Annotated[int, Query(ge=0, le=10**9, description="Items to skip.")]
DateFrom = Annotated[str | None, Query(alias="from", pattern=DATE, description="YYYY[-MM[-DD]]")]
DateTo = Annotated[str | None, Query(alias="to", pattern=DATE, description="YYYY[-MM[-DD]]")]
Text = Annotated[str | None, Query(max_length=200)]
EntityType = Annotated[Literal["PER", "ORG", "LOC"] | None, Query()]


def state(request: Request) -> AppState:
    return request.app.state.warta  # type: ignore[no-any-return]


def reader(request: Request) -> sqlite3.Connection:
    return state(request).reader()


Conn = Annotated[sqlite3.Connection, Depends(reader)]


@router.get("/articles", summary="List articles (newest first) with filters")
def list_articles(
    conn: Conn,
    limit: Limit = 50,
    offset: Offset = 0,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    source: Text = None,
    story: Text = None,
    entity: Text = None,
) -> dict[str, Any]:
    filters = {
        "date_from": date_from,
        "date_to": date_to,
        "source": source,
        "story": story,
        "entity": entity,
    }
    items = queries.list_articles(conn, limit=limit, offset=offset, **filters)
    total = queries.count_articles(conn, **filters)
    return {"items": items, "total": total, "limit": limit, "offset": offset}


@router.get("/articles/{article_id}", summary="One article with its analysis")
def get_article(conn: Conn, article_id: str) -> dict[str, Any]:
    """The export record plus duplicates, subheadings and the stored mention spans."""
    article = queries.get_article(conn, article_id)
    article["mentions"] = queries.article_mentions(conn, article["id"])
    return article


@router.get("/stories", summary="List stories")
def list_stories(conn: Conn, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return {
        "items": queries.list_stories(conn, limit=limit, offset=offset),
        "limit": limit,
        "offset": offset,
    }


@router.get("/stories/{story_id}", summary="One story: articles, summary, quotes, timeline")
def get_story(conn: Conn, story_id: str) -> dict[str, Any]:
    return queries.get_story(conn, story_id)


@router.get("/entities", summary="List entities (most mentioned first)")
def list_entities(
    conn: Conn,
    type: EntityType = None,
    q: Text = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    items = queries.list_entities(conn, type=type, q=q, limit=limit, offset=offset)
    return {"items": items, "limit": limit, "offset": offset}


@router.get(
    "/entities/{name:path}",
    summary="One entity: aliases, mentions over time, "
    "co-occurring entities, quotes by and about it",
)
def get_entity(conn: Conn, name: str, type: EntityType = None) -> dict[str, Any]:
    return queries.get_entity(conn, name, type)


@router.get("/quotes", summary="Quotes, by speaker or about an entity")
def list_quotes(
    conn: Conn,
    speaker: Text = None,
    about: Text = None,
    q: Text = None,
    article: Text = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    items = queries.list_quotes(
        conn, speaker=speaker, about=about, q=q, article=article, limit=limit, offset=offset
    )
    return {"items": items, "limit": limit, "offset": offset}


@router.get("/timeline", summary="Timeline entries in date order")
def timeline(
    conn: Conn,
    entity: Text = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    limit: Limit = 200,
    offset: Offset = 0,
) -> dict[str, Any]:
    items = queries.get_timeline(
        conn, entity=entity, date_from=date_from, date_to=date_to, limit=limit, offset=offset
    )
    return {"items": items, "limit": limit, "offset": offset}


@router.get("/search", summary="Full-text, semantic or hybrid search")
def search(
    request: Request,
    conn: Conn,
    q: Annotated[str, Query(max_length=500, description='Words, "phrases", prefix*')],
    mode: Literal["fts", "semantic", "hybrid"] = "fts",
    raw: Annotated[bool, Query(description="Pass q to FTS5 unquoted")] = False,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Offset = 0,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    source: Text = None,
    story: Text = None,
    entity: Text = None,
) -> dict[str, Any]:
    """Snippets come as plain text plus ``highlights``: ``[start, end]`` offsets into it.

    ``mode=semantic``/``hybrid`` need the ``embeddings`` extra (error ``missing-extra``).
    """
    filters = {
        "date_from": date_from,
        "date_to": date_to,
        "source": source,
        "story": story,
        "entity": entity,
    }
    result = run_search(
        conn,
        str(state(request).db),
        q,
        mode=mode,
        limit=limit,
        offset=offset,
        raw=raw,
        filters=filters,
    )
    return result | {"limit": limit, "offset": offset}


@router.get("/stats", summary="Counts over the store and the last build")
def get_stats(conn: Conn) -> dict[str, Any]:
    return queries.stats(conn)


UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "description": "One text or HTML document, or JSONL (one object a line with "
        f"'text' or 'html'); at most {documents.MAX_UPLOAD_BYTES} bytes.",
        "content": {
            "text/plain": {"schema": {"type": "string"}},
            "text/html": {"schema": {"type": "string"}},
            "application/x-ndjson": {"schema": {"type": "string"}},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {"file": {"type": "string", "format": "binary"}},
                }
            },
        },
    }
}


@router.post(
    "/documents",
    status_code=201,
    openapi_extra=UPLOAD_BODY,
    summary="Add documents: run the pipeline and store what it finds",
    responses={
        413: ERROR_RESPONSES[400] | {"description": "Upload too large"},
        415: ERROR_RESPONSES[400] | {"description": "Unsupported type"},
    },
)
async def add_documents(
    request: Request,
    name: Text = None,
    url: Annotated[str | None, Query(max_length=2000)] = None,
    title: Text = None,
) -> dict[str, Any]:
    """Returns the stored articles (entities, quotes, events, duplicates) and problems."""
    data, kind, doc_name = await documents.read_upload(request, name)
    docs, problems = documents.to_docs(data, kind, doc_name, url=url, title=title)
    return await run_in_threadpool(documents.ingest, state(request), docs, problems)
