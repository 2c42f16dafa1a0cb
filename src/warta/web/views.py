"""The web UI: server-rendered pages over the same read layer as the REST API.

Templates are autoescaped; article content is never marked safe. Pages take ``?lang=en``
for English interface text (Indonesian by default), and every link keeps the language.
Errors render one template with the error's status, code and message.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from warta.api import security
from warta.api.routes import DateFrom, DateTo, EntityType, Text, reader
from warta.errors import WartaError
from warta.store import queries
from warta.store.hybrid import run_search
from warta.store.queries import changes
from warta.web import charts, i18n, visits
from warta.web.render import highlight, safe_href, snippet_markup

HERE = Path(__file__).parent
STATIC = HERE / "static"
PAGE = 25

env = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=select_autoescape(["html"], default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
router = APIRouter(include_in_schema=False)
Conn = Annotated[sqlite3.Connection, Depends(reader)]
Page = Annotated[int, Query(ge=1, le=100_000)]


def lang_of(request: Request) -> str:
    lang = request.query_params.get("lang", i18n.DEFAULT)
    return lang if lang in i18n.LANGS else i18n.DEFAULT


def _url_builder(lang: str) -> Any:
    def url(path: str, *parts: str, **params: Any) -> str:
        """``path``/quoted parts?params (empty params dropped, the language kept)."""
        full = path + "".join("/" + quote(str(p), safe="") for p in parts)
        query = {k: v for k, v in params.items() if v not in (None, "", False)}
        if lang != i18n.DEFAULT:
            query["lang"] = lang
        return full + ("?" + urlencode(query) if query else "")

    return url


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    lang = lang_of(request)
    other = "en" if lang == "id" else "id"
    params = dict(request.query_params) | {"lang": other}
    html = env.get_template(template).render(
        request=request,
        lang=lang,
        t=lambda key: i18n.translate(key, lang),
        url=_url_builder(lang),
        switch_lang=quote(request.url.path) + "?" + urlencode(params),
        path=request.url.path,
        **context,
    )
    return HTMLResponse(html, status_code=status)


def _names(conn: sqlite3.Connection, **names: str | None) -> tuple[dict[str, Any], list[str]]:
    """Entity filters resolved through the registry (any alias or name form), and one
    note per name that resolved to another name or to nothing ("did you mean")."""
    values: dict[str, Any] = {}
    notes: list[str] = []
    for param, name in names.items():
        values[param], match = queries.resolve_filter(conn, name)
        if match is not None and (match.changed or not match.found):
            notes.append(match.note())
    return values, notes


def render_error(request: Request, exc: WartaError) -> HTMLResponse:
    """The one error page (status, code, message) for every error the UI meets."""
    return render(
        request, "error.html", status=exc.status, error=exc.to_dict(), status_code=exc.status
    )


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, conn: Conn) -> HTMLResponse:
    """The front page; it also lists what was added since the reader's last visit."""
    seen = visits.visit(request.cookies.get(visits.COOKIE), changes.current_mark(conn))
    new = changes.changes_since(conn, seen.since) if seen.since is not None else None
    response = render(request, "dashboard.html", data=queries.dashboard(conn), new=new)
    response.set_cookie(
        visits.COOKIE,
        seen.cookie,
        max_age=visits.MAX_AGE,
        path=request.scope.get("root_path") or "/",
        httponly=True,
        samesite="lax",
    )
    return response


@router.get("/stories", response_class=HTMLResponse)
def stories(request: Request, conn: Conn, page: Page = 1) -> HTMLResponse:
    items = queries.list_stories(conn, limit=PAGE, offset=(page - 1) * PAGE)
    return render(request, "stories.html", items=items, page=page, more=len(items) == PAGE)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(request: Request, conn: Conn, story_id: str) -> HTMLResponse:
    data = queries.get_story(conn, story_id)
    cite = {a["id"]: i + 1 for i, a in enumerate(data["articles"])}
    dated = data["timeline"] or [
        {"date": a["published"], "text": a["title"] or ""}
        for a in data["articles"]
        if a["published"]
    ]
    return render(request, "story.html", story=data, cite=cite, chart=charts.date_strip(dated))


@router.get("/entities", response_class=HTMLResponse)
def entities(
    request: Request, conn: Conn, type: EntityType = None, q: Text = None, page: Page = 1
) -> HTMLResponse:
    items = queries.list_entities(
        conn, type=type, q=q, limit=PAGE * 2, offset=(page - 1) * PAGE * 2
    )
    notes: list[str] = []
    if q and not items and page == 1:  # a spelling variant or place form may denote one
        match = queries.resolve_name(conn, q, type)
        notes.append(match.note())
        if match.name is not None:
            items = queries.list_entities(conn, type=type, q=match.name, limit=PAGE * 2)
    return render(
        request,
        "entities.html",
        name_notes=notes,
        items=items,
        type=type,
        q=q,
        page=page,
        more=len(items) == PAGE * 2,
    )


@router.get("/entities/{name:path}", response_class=HTMLResponse)
def entity(request: Request, conn: Conn, name: str, type: EntityType = None) -> HTMLResponse:
    data = queries.get_entity(conn, name, type)
    chart = charts.bar_chart([(m["month"], m["mentions"]) for m in data["mentions_by_month"]])
    net = charts.network(data["name"], data["co_occurring"])
    notes = [data["resolved"]["note"]] if data["resolved"]["entity"] != name else []
    return render(
        request, "entity.html", entity=data, chart=chart, net=net, name_notes=notes
    )


@router.get("/articles", response_class=HTMLResponse)
def articles(
    request: Request,
    conn: Conn,
    page: Page = 1,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    source: Text = None,
    story: Text = None,
    entity: Text = None,
) -> HTMLResponse:
    names, notes = _names(conn, entity=entity)
    filters = {
        "date_from": date_from,
        "date_to": date_to,
        "source": source,
        "story": story,
        "entity": names["entity"],
    }
    items = queries.list_articles(conn, limit=PAGE, offset=(page - 1) * PAGE, **filters)
    total = queries.count_articles(conn, **filters)
    return render(
        request,
        "articles.html",
        items=items,
        total=total,
        page=page,
        more=page * PAGE < total,
        filters=filters,
        name_notes=notes,
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, conn: Conn, article_id: str) -> HTMLResponse:
    data = queries.get_article(conn, article_id)
    record = json.loads(queries.find_article_row(conn, data["id"])["record"])
    # The analysis tables are what the rest of the UI shows; the record is the fallback.
    mentions = queries.article_mentions(conn, data["id"]) or record.get("mentions", [])
    if not data["entities"] and mentions:  # entities from the mention rows, by count
        counts: dict[tuple[str, str], int] = {}
        for m in mentions:
            key = (m.get("entity") or m["text"], m["type"])
            counts[key] = counts.get(key, 0) + 1
        data["entities"] = [
            {"name": n, "type": t, "count": c}
            for (n, t), c in sorted(counts.items(), key=lambda kv: -kv[1])
        ]
    stored = queries.list_quotes(conn, article=data["id"], limit=queries.MAX_LIMIT)
    data["quotes"] = sorted(stored, key=lambda q: q["start"]) or data["quotes"]
    paragraphs = highlight(
        data["text"], mentions, data["quotes"], record.get("timexes", []), data["subheadings"]
    )
    return render(
        request, "article.html", a=data, paragraphs=paragraphs, href=safe_href(data["url"])
    )


@router.get("/timeline", response_class=HTMLResponse)
def timeline(
    request: Request,
    conn: Conn,
    entity: Text = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
) -> HTMLResponse:
    names, notes = _names(conn, entity=entity)
    items = queries.get_timeline(
        conn, entity=names["entity"], date_from=date_from, date_to=date_to, limit=500
    )
    ids = sorted({s["article_id"] for e in items for s in e["sources"]})
    marks = ",".join("?" * len(ids)) or "NULL"
    titles = dict(
        conn.execute(f"SELECT id, title FROM articles WHERE id IN ({marks})", ids).fetchall()
    )
    return render(
        request,
        "timeline.html",
        items=items,
        titles=titles,
        chart=charts.date_strip(items),
        entity=entity,
        date_from=date_from,
        date_to=date_to,
        name_notes=notes,
    )


@router.get("/quotes", response_class=HTMLResponse)
def quotes(
    request: Request,
    conn: Conn,
    speaker: Text = None,
    about: Text = None,
    q: Text = None,
    page: Page = 1,
) -> HTMLResponse:
    names, notes = _names(conn, speaker=speaker, about=about)
    items = queries.list_quotes(
        conn,
        speaker=names["speaker"],
        about=names["about"],
        q=q,
        limit=PAGE,
        offset=(page - 1) * PAGE,
    )
    speakers = [
        dict(r)
        for r in conn.execute(
            "SELECT speaker AS name, count(*) AS n FROM quotes WHERE speaker IS NOT NULL "
            "GROUP BY speaker ORDER BY n DESC, name LIMIT 15"
        )
    ]
    return render(
        request,
        "quotes.html",
        items=items,
        speaker=speaker,
        about=about,
        q=q,
        page=page,
        more=len(items) == PAGE,
        speakers=speakers,
        name_notes=notes,
    )


@router.get("/search", response_class=HTMLResponse)
def search(
    request: Request,
    conn: Conn,
    q: Annotated[str, Query(max_length=500)] = "",
    mode: str = "fts",
    page: Page = 1,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    source: Text = None,
    entity: Text = None,
) -> HTMLResponse:
    result = None
    names, notes = _names(conn, entity=entity)
    if q.strip():
        filters = {
            "date_from": date_from,
            "date_to": date_to,
            "source": source,
            "entity": names["entity"],
        }
        result = run_search(
            conn,
            str(request.app.state.warta.db),
            q,
            mode=mode,
            limit=PAGE,
            offset=(page - 1) * PAGE,
            filters=filters,
        )
        for item in result["items"]:
            item["snippet_html"] = snippet_markup(item["snippet"], item["highlights"])
    return render(
        request,
        "search.html",
        q=q,
        mode=mode,
        result=result,
        page=page,
        filters={"from": date_from, "to": date_to, "source": source, "entity": entity},
        name_notes=notes,
    )


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/") -> Response:
    if request.app.state.warta.token is None:
        return RedirectResponse(security.safe_next(next), status_code=303)
    return render(request, "login.html", next=security.safe_next(next), failed=False)


@router.post("/login", response_class=HTMLResponse)
def login(
    request: Request,
    token: Annotated[str, Form(max_length=1000)],
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    state = request.app.state.warta
    expected = state.token
    if expected is None:
        return RedirectResponse(security.safe_next(next), status_code=303)
    if not security.check_bearer("Bearer " + token, expected):
        # Failed attempts are counted per client; past the limit the guard answers 429.
        state.login_limiter.allow(request.client.host if request.client else "unknown")
        return render(request, "login.html", status=401, next=security.safe_next(next), failed=True)
    response = RedirectResponse(security.safe_next(next), status_code=303)
    response.set_cookie(
        security.COOKIE,
        security.session_value(expected),
        max_age=security.SESSION_SECONDS,
        httponly=True,
        secure=request.url.scheme == "https",  # behind a TLS proxy: uvicorn --proxy-headers
        samesite="strict",
        path="/",
    )
    return response
