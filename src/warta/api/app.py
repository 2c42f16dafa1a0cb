"""The FastAPI application: REST API under ``/api/v1`` and the web UI, one read layer.

:func:`create_app` wires the routes, the one error handler (every
:class:`~warta.errors.WartaError`, validation error and HTTP error becomes
``{"error": {"code", "message", "detail"}}`` for the API or the error page for the UI),
and :class:`Guard`, the outermost layer every request and response passes: the ``Host``
check, the cross-site check, the rate limits, the token check, the security headers on
every response (errors included) and the last-resort 500.

>>> from pathlib import Path
>>> app = create_app(Path("warta.db"))  # doctest: +SKIP
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from warta import errors as warta_errors
from warta.api import errors, routes, security
from warta.api import monitor as monitor_api
from warta.api import relations as relations_api
from warta.api.state import AppState
from warta.errors import InvalidParameterError, NotFoundError, WartaError
from warta.store.db import connect
from warta.web import monitor as monitor_pages
from warta.web import relations as relation_pages
from warta.web import views

log = logging.getLogger("warta.api")

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
#: Paths served without a session: the login form and the stylesheet it uses.
PUBLIC_PREFIXES = ("/login", "/static/")
#: An upload is stored and queued (its pipeline runs later, in the queue): it costs as
#: much as this many reads.
UPLOAD_COST = 10.0


def create_app(
    db: Path,
    *,
    token: str | None = None,
    rate: float = 20.0,
    burst: float = 60.0,
    allowed_hosts: Iterable[str] = (),
) -> FastAPI:
    """The app serving the store at ``db``.

    ``token`` (if set) is required on every request: ``Authorization: Bearer`` for the
    API, the login cookie for the UI. Without a token, only requests whose ``Host`` is
    loopback (``127.0.0.1``, ``localhost``, ``[::1]``, any port) or one of
    ``allowed_hosts`` are served; others get 421 (DNS rebinding). ``rate``/``burst`` set
    the per-client token bucket of the API (requests per second, and at once). Raises
    :class:`~warta.errors.StoreError` when ``db`` is not a warta store and
    :class:`~warta.errors.InvalidParameterError` for an allowed host that is not a name.
    """

    connect(db, create=False).close()  # fail now, with a clear message, not on a request
    names = set()
    for name in allowed_hosts:
        try:
            names.add(security.normalize_host_name(name))
        except ValueError:
            raise InvalidParameterError(
                f"--allowed-host {name!r} is not a host name; give a name or an IP "
                "address without scheme, port or path, e.g. --allowed-host warta.lan",
                detail={"host": name},
            ) from None
    state = AppState(db=Path(db), token=token, allowed_hosts=frozenset(names))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        state.uploads.start()  # picks up uploads a previous server left queued
        yield
        await run_in_threadpool(state.uploads.stop)  # the running batch finishes
        state.close()

    app = FastAPI(
        lifespan=lifespan,
        title="warta",
        summary="News intelligence for Indonesian news: articles, stories, entities, "
        "quotes, timeline, search.",
        version="1",
        openapi_url="/api/v1/openapi.json",
        docs_url=None,  # Swagger UI loads from a CDN: not allowed offline nor by the CSP
        redoc_url=None,
    )
    app.state.warta = state
    app.include_router(routes.router)
    app.include_router(views.router)
    app.include_router(monitor_api.router)  # trends and alerts
    app.include_router(monitor_pages.router)
    app.include_router(relations_api.router)  # relations, dyads, network
    app.include_router(relation_pages.router)
    app.mount("/static", StaticFiles(directory=views.STATIC), name="static")

    @app.exception_handler(WartaError)
    async def on_warta_error(request: Request, exc: WartaError) -> Response:
        return respond(request, exc)

    @app.exception_handler(RequestValidationError)
    async def on_validation_error(request: Request, exc: RequestValidationError) -> Response:
        return respond(request, errors.from_validation(list(exc.errors())))

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, exc: StarletteHTTPException) -> Response:
        error: WartaError
        headers = dict(exc.headers or {})
        if exc.status_code == 404:
            error = NotFoundError(
                f"no such page: {request.url.path}; the API lives under "
                "/api/v1 (see /api/v1/openapi.json)",
                detail={"path": request.url.path},
            )
        elif exc.status_code == 405:
            allowed = sorted(m.strip() for m in headers.get("Allow", "").split(",") if m)
            headers["Allow"] = ", ".join(allowed)
            error = warta_errors.MethodNotAllowedError(
                f"{request.method} is not allowed on {request.url.path}; use "
                f"{' or '.join(allowed) or 'another path'}",
                detail={"method": request.method, "allowed": allowed},
            )
        else:
            error = WartaError(str(exc.detail), detail={})
            error.status = exc.status_code
        response = respond(request, error)
        response.headers.update(headers)
        return response

    app.add_middleware(Guard, state=state, limiter=security.RateLimiter(rate=rate, burst=burst))
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


def respond(request: Request, exc: WartaError) -> Response:
    """The error response: the JSON shape under ``/api/``, the error page elsewhere."""
    response: Response
    if request.url.path.startswith("/api/"):
        response = JSONResponse(errors.error_payload(exc), status_code=exc.status)
    else:
        response = views.render_error(request, exc)
    if isinstance(exc, warta_errors.RateLimitedError):
        wait = exc.detail.get("retry_after", 1)
        response.headers["Retry-After"] = str(max(1, round(float(wait))))
    return response


class Guard:
    """Pure ASGI middleware around the app (so it sees every response, even a 500).

    It refuses what must not reach a route (421, 403, 429, 401 or the login redirect),
    adds :data:`SECURITY_HEADERS` to every response, and turns an exception no handler
    took into the one 500 error (logged with its traceback; never shown to the client).
    """

    def __init__(self, app: ASGIApp, state: AppState, limiter: security.RateLimiter) -> None:
        self.app = app
        self.state = state
        self.limiter = limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_secured(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = list(message.get("headers", []))
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
            await send(message)

        request = Request(scope)
        try:
            refused = self.check(request)
            if refused is not None:
                await refused(scope, receive, send_secured)
                return
            await self.app(scope, receive, send_secured)
        except Exception:
            log.exception("unexpected error on %s %s", request.method, request.url.path)
            if started:
                raise  # the response is half sent: all that is left is to drop it
            failure = warta_errors.InternalError(
                "an unexpected error happened; the server log has the details", detail={}
            )
            await _safe_error(request, failure)(scope, receive, send_secured)

    def check(self, request: Request) -> Response | None:
        """The response refusing ``request``, or None when it may go ahead."""
        state = self.state
        path = request.url.path
        api = path.startswith("/api/")
        host = request.headers.get("host")
        if state.token is None and not security.host_allowed(host, state.allowed_hosts):
            return respond(
                request,
                warta_errors.MisdirectedRequestError(
                    f"this server does not answer to the host name {host!r}: without a "
                    "token it serves only 127.0.0.1, localhost and [::1], so that a web "
                    "page cannot reach it by pointing its own name at this machine (DNS "
                    "rebinding); open it as http://127.0.0.1:PORT/, or start it with "
                    "--allowed-host NAME for a name you trust, or with --token",
                    detail={"host": host},
                ),
            )
        foreign = security.cross_site(request.method, request.headers, host)
        if foreign is not None:
            return respond(
                request,
                warta_errors.CrossSiteRequestError(
                    f"{request.method} {path} came from a page on {foreign}, not from this "
                    "server; send it from warta's own pages, or from a client that is not a "
                    "browser (curl, a script)",
                    detail={"origin": foreign},
                ),
            )
        client = request.client.host if request.client else "unknown"
        if api:
            wait = self.limiter.allow(client, UPLOAD_COST if request.method == "POST" else 1.0)
            if wait:
                return respond(request, _limited(client, wait))
        if path == "/login" and request.method == "POST" and state.token is not None:
            wait = state.login_limiter.wait(client)
            if wait:
                return respond(request, _limited(client, wait, "failed logins"))
        if state.token is None or path.startswith(PUBLIC_PREFIXES):
            return None
        if api:
            if security.check_bearer(request.headers.get("authorization"), state.token):
                return None
            exc = warta_errors.UnauthorizedError(
                "this server needs a token: send the header 'Authorization: Bearer <token>'",
                detail={},
            )
            out = respond(request, exc)
            out.headers["WWW-Authenticate"] = "Bearer"
            return out
        if security.check_cookie(request.cookies.get(security.COOKIE), state.token):
            return None
        target = path + ("?" + request.url.query if request.url.query else "")
        return RedirectResponse("/login?next=" + quote(target, safe=""), status_code=303)


def _limited(client: str, wait: float, what: str = "requests") -> WartaError:
    return warta_errors.RateLimitedError(
        f"too many {what} from {client}; retry in {wait:.1f} s",
        detail={"retry_after": round(wait, 1)},
    )


def _safe_error(request: Request, exc: WartaError) -> Response:
    """:func:`respond`, or plain JSON if even the error page cannot be rendered."""
    try:
        return respond(request, exc)
    except Exception:
        log.exception("cannot render the error page")
        return JSONResponse(errors.error_payload(exc), status_code=exc.status)


def _openapi(app: FastAPI) -> dict[str, Any]:
    """The OpenAPI document, saying what the server does: invalid parameters are 400s in
    the one error shape (FastAPI would document 422s the server never sends)."""
    if app.openapi_schema:
        return app.openapi_schema
    doc = get_openapi(
        title=app.title,
        version=app.version,
        summary=app.summary,
        routes=app.routes,
    )
    for operations in doc.get("paths", {}).values():
        for operation in operations.values():
            operation.get("responses", {}).pop("422", None)
    schemas = doc.get("components", {}).get("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    app.openapi_schema = doc
    return doc
