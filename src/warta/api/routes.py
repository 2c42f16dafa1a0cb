"""The REST API under ``/api/v1``: thin routes over :mod:`warta.store.queries`.

Lists answer ``{"items": [...], "limit", "offset"}`` (articles add ``total``); single
resources answer the read layer's dict as is. Entity filters (``entity``, ``speaker``,
``about``) take any name or alias and are resolved through the entity registry; the
``resolved`` field says, per parameter, which entity was used or suggests names.
Errors never come from here as HTTP exceptions: the read layer raises
:class:`~warta.errors.WartaError` and the one handler in :mod:`warta.api.app` shapes them.
"""

from __future__ import annotations

import sqlite3
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

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


def resolve_names(
    conn: sqlite3.Connection, **names: str | None
) -> tuple[dict[str, str | None], dict[str, Any]]:
    """Entity filters resolved through the registry (any alias or name form): the values
    to filter on, and ``resolved`` (per parameter: entity, matched form, suggestions)."""
    values: dict[str, str | None] = {}
    resolved: dict[str, Any] = {}
    for param, name in names.items():
        values[param], match = queries.resolve_filter(conn, name)
        if match is not None:
            resolved[param] = match.to_dict()
    return values, resolved


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
    names, resolved = resolve_names(conn, entity=entity)
    filters = {
        "date_from": date_from,
        "date_to": date_to,
        "source": source,
        "story": story,
        "entity": names["entity"],
    }
    items = queries.list_articles(conn, limit=limit, offset=offset, **filters)
    total = queries.count_articles(conn, **filters)
    return {
        "items": items,
        "total": total,
        "limit": limit,
        "offset": offset,
        "resolved": resolved,
    }


@router.get(
    "/articles/{article_id}",
    summary="One article with its analysis",
    responses={409: ERROR_RESPONSES[400] | {"description": "The key matches several articles"}},
)
def get_article(
    conn: Conn,
    article_id: Annotated[
        str,
        Path(
            description="An article id, a unique id prefix, a source path or a file name; "
            "a key several articles share is a 409 (ambiguous-key) listing them."
        ),
    ],
) -> dict[str, Any]:
    """The export record plus duplicates, shared passages (``shares_passages``),
    subheadings and the stored mention spans."""
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
    resolved: dict[str, Any] = {}
    if q and not items and not offset:
        # No name or alias contains q: a spelling variant or place form may denote one.
        match = queries.resolve_name(conn, q, type)
        resolved["q"] = match.to_dict()
        if match.name is not None:
            items = queries.list_entities(conn, type=type, q=match.name, limit=limit)
    return {"items": items, "limit": limit, "offset": offset, "resolved": resolved}


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
    names, resolved = resolve_names(conn, speaker=speaker, about=about)
    items = queries.list_quotes(
        conn,
        speaker=names["speaker"],
        about=names["about"],
        q=q,
        article=article,
        limit=limit,
        offset=offset,
    )
    return {"items": items, "limit": limit, "offset": offset, "resolved": resolved}


@router.get("/timeline", summary="Timeline entries in date order")
def timeline(
    conn: Conn,
    entity: Text = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    limit: Limit = 200,
    offset: Offset = 0,
) -> dict[str, Any]:
    names, resolved = resolve_names(conn, entity=entity)
    items = queries.get_timeline(
        conn,
        entity=names["entity"],
        date_from=date_from,
        date_to=date_to,
        limit=limit,
        offset=offset,
    )
    return {"items": items, "limit": limit, "offset": offset, "resolved": resolved}


@router.get("/search", summary="Full-text, semantic or hybrid search")
def search(
    request: Request,
    conn: Conn,
    q: Annotated[str, Query(max_length=500, description='Words, "phrases", prefix*')],
    mode: Literal["fts", "semantic", "hybrid"] = "fts",
    raw: Annotated[
        bool,
        Query(
            description="Pass q to FTS5 unquoted; q that is not valid FTS5 syntax is then "
            "searched as typed words, and `notice` says so"
        ),
    ] = False,
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
    ``notice`` is null, or says how the query was read (raw syntax that did not parse).
    """
    names, resolved = resolve_names(conn, entity=entity)
    filters = {
        "date_from": date_from,
        "date_to": date_to,
        "source": source,
        "story": story,
        "entity": names["entity"],
    }
    notice = None
    if raw and q.strip():
        problem = fts_syntax_error(conn, q)
        if problem is not None:
            raw = False
            notice = (
                f"q is not valid FTS5 syntax ({problem}); searched the words as typed "
                "instead (phrases in double quotes, prefix*)"
            )
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
    return result | {"limit": limit, "offset": offset, "notice": notice, "resolved": resolved}


def fts_syntax_error(conn: sqlite3.Connection, query: str) -> str | None:
    """SQLite's complaint about ``query`` as raw FTS5 syntax, or None when it parses."""
    try:
        conn.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? LIMIT 1", (query,)
        ).fetchall()
    except sqlite3.OperationalError as exc:
        return str(exc)
    return None


@router.get("/stats", summary="Counts over the store and the last build")
def get_stats(conn: Conn) -> dict[str, Any]:
    return queries.stats(conn)


def _body(media: str) -> dict[str, Any]:
    schema = {"type": "string", "pattern": documents.NOT_BLANK}
    return {media: {"schema": schema}}


UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "description": "One text or HTML document, or JSONL (one object a line with "
        f"'text' or 'html'); at most {documents.MAX_UPLOAD_BYTES} bytes, not blank (a "
        "character other than space, tab, CR, LF, VT or FF).",
        "content": _body("text/plain")
        | _body("text/html")
        | _body("application/x-ndjson")
        | {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {"file": {"type": "string", "format": "binary"}},
                },
                # An untyped file (or application/octet-stream) is read by its suffix, or
                # else by its content; a part of another declared type is a 415.
                "encoding": {
                    "file": {
                        "contentType": "text/plain, text/html, application/x-ndjson, "
                        "application/octet-stream"
                    }
                },
            },
        },
    }
}
JOB_URL = "/api/v1/jobs/{job_id}"


@router.post(
    "/documents",
    status_code=202,
    openapi_extra=UPLOAD_BODY,
    summary="Add documents: queue them for the pipeline (poll the job's status URL)",
    responses={
        413: ERROR_RESPONSES[400] | {"description": "Upload too large"},
        415: ERROR_RESPONSES[400] | {"description": "Unsupported type"},
    },
)
async def add_documents(
    request: Request,
    name: Annotated[
        str | None,
        Query(
            max_length=200,
            description="What to call the upload (its `source`); control characters "
            "become spaces. Default: the file name, or upload-<hash>.<kind>.",
        ),
    ] = None,
    url: Annotated[str | None, Query(max_length=2000)] = None,
    title: Text = None,
) -> JSONResponse:
    """Stores the upload and answers 202 with ``{"job", "status", "status_url"}`` (also
    in ``Location``); ``GET status_url`` says ``queued``, ``running``, ``done`` (with the
    stored articles, problems and counts) or ``failed`` (with the error). Reading the
    content (encoding, JSONL lines, article text) happens in the job."""
    data, kind, doc_name = await documents.read_upload(request, name)
    meta = {"kind": kind, "name": doc_name, "url": url, "title": title}
    job = await run_in_threadpool(state(request).uploads.submit, data, meta)
    status_url = JOB_URL.format(job_id=job["id"])
    return JSONResponse(
        {"job": job["id"], "status": job["status"], "status_url": status_url},
        status_code=202,
        headers={"Location": status_url},
    )


@router.get("/jobs/{job_id}", summary="The status of an upload job")
def get_job(
    request: Request,
    job_id: Annotated[str, Path(description="The `job` POST /documents answered")],
) -> dict[str, Any]:
    """``status`` is ``queued`` (``position`` in the queue), ``running``, ``done``
    (``result``: articles, problems, stats) or ``failed`` (``error``: code, message,
    detail)."""
    return state(request).uploads.status(job_id)
