"""The FastAPI application: REST API under ``/api/v1`` and the web UI, one read layer.

:func:`create_app` wires the routes, the one error handler (every
:class:`~warta.errors.WartaError`, validation error and HTTP error becomes
``{"error": {"code", "message", "detail"}}`` for the API or the error page for the UI),
the token check, the rate limit and the security headers.

>>> from pathlib import Path
>>> app = create_app(Path("warta.db"))  # doctest: +SKIP
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from warta import errors as warta_errors
from warta.api import errors, routes, security
from warta.api.state import AppState
from warta.errors import NotFoundError, WartaError
from warta.store.db import connect
from warta.web import views

log = logging.getLogger("warta.api")

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
#: Paths served without a session: the login form and the stylesheet it uses.
PUBLIC_PREFIXES = ("/login", "/static/")
#: An upload runs the whole pipeline: it costs as much as this many reads.
UPLOAD_COST = 10.0


def create_app(
    db: Path, *, token: str | None = None, rate: float = 20.0, burst: float = 60.0
) -> FastAPI:
    """The app serving the store at ``db``.

    ``token`` (if set) is required on every request: ``Authorization: Bearer`` for the
    API, the login cookie for the UI. ``rate``/``burst`` set the per-client token bucket
    of the API (requests per second, and at once). Raises
    :class:`~warta.errors.StoreError` when ``db`` is not a warta store.
    """

    connect(db, create=False).close()  # fail now, with a clear message, not on a request
    state = AppState(db=Path(db), token=token)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
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
    limiter = security.RateLimiter(rate=rate, burst=burst)
    app.include_router(routes.router)
    app.include_router(views.router)
    app.mount("/static", StaticFiles(directory=views.STATIC), name="static")

    def respond(request: Request, exc: WartaError) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse(errors.error_payload(exc), status_code=exc.status)
        return views.render_error(request, exc)

    @app.exception_handler(WartaError)
    async def on_warta_error(request: Request, exc: WartaError) -> Response:
        return respond(request, exc)

    @app.exception_handler(RequestValidationError)
    async def on_validation_error(request: Request, exc: RequestValidationError) -> Response:
        return respond(request, errors.from_validation(list(exc.errors())))

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, exc: StarletteHTTPException) -> Response:
        error: WartaError
        if exc.status_code == 404:
            error = NotFoundError(
                f"no such page: {request.url.path}; the API lives under "
                "/api/v1 (see /api/v1/openapi.json)",
                detail={"path": request.url.path},
            )
        elif exc.status_code == 405:
            error = warta_errors.MethodNotAllowedError(
                f"{request.method} is not allowed on {request.url.path}",
                detail={"method": request.method},
            )
        else:
            error = WartaError(str(exc.detail), detail={})
            error.status = exc.status_code
        return respond(request, error)

    @app.exception_handler(Exception)
    async def on_unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return respond(
            request,
            warta_errors.InternalError(
                "an unexpected error happened; the server log has the details", detail={}
            ),
        )

    @app.middleware("http")
    async def guard(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await _check(request, token, limiter)
        if response is None:
            response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    async def _check(
        request: Request, token: str | None, limiter: security.RateLimiter
    ) -> Response | None:
        path = request.url.path
        api = path.startswith("/api/")
        foreign = security.cross_site(request.method, request.headers, request.headers.get("host"))
        if foreign is not None:
            refused = warta_errors.CrossSiteRequestError(
                f"{request.method} {path} came from a page on {foreign}, not from this "
                "server; send it from warta's own pages, or from a client that is not a "
                "browser (curl, a script)",
                detail={"origin": foreign},
            )
            return respond(request, refused)
        if api:
            client = request.client.host if request.client else "unknown"
            wait = limiter.allow(client, UPLOAD_COST if request.method == "POST" else 1.0)
            if wait:
                limited = warta_errors.RateLimitedError(
                    f"too many requests from {client}; retry in {wait:.1f} s",
                    detail={"retry_after": round(wait, 1)},
                )
                out = JSONResponse(errors.error_payload(limited), status_code=limited.status)
                out.headers["Retry-After"] = str(max(1, round(wait)))
                return out
        if token is None or path.startswith(PUBLIC_PREFIXES):
            return None
        if api:
            if security.check_bearer(request.headers.get("authorization"), token):
                return None
            exc = warta_errors.UnauthorizedError(
                "this server needs a token: send the header 'Authorization: Bearer <token>'",
                detail={},
            )
            out = JSONResponse(errors.error_payload(exc), status_code=exc.status)
            out.headers["WWW-Authenticate"] = "Bearer"
            return out
        if security.check_cookie(request.cookies.get(security.COOKIE), token):
            return None
        target = path + ("?" + request.url.query if request.url.query else "")
        return RedirectResponse("/login?next=" + quote(target, safe=""), status_code=303)

    return app
