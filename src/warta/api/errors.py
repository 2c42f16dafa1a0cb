"""The REST API's error shape and the HTTP-only errors of the one warta hierarchy.

Every error response is ``{"error": {"code": ..., "message": ..., "detail": ...}}`` with
the error's status, built by :func:`error_payload`; the web UI renders the same fields
through one template. Tracebacks go to the server log, never to the client.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from warta.errors import InvalidParameterError, WartaError


class ErrorBody(BaseModel):
    code: str
    message: str
    detail: dict[str, Any]


class ErrorResponse(BaseModel):
    """The one error shape of the REST API (documented in the OpenAPI document)."""

    error: ErrorBody


def error_payload(exc: WartaError) -> dict[str, Any]:
    return {"error": exc.to_dict()}


def from_validation(errors: list[Any]) -> InvalidParameterError:
    """A 400 ``invalid-parameter`` from FastAPI's validation errors (JSON-safe parts only)."""
    items = []
    for e in errors:
        loc = [str(p) for p in e.get("loc", ())]
        items.append({"loc": loc, "message": str(e.get("msg", "")), "type": str(e.get("type"))})
    names = ", ".join(".".join(i["loc"][1:] or i["loc"]) for i in items) or "the request"
    first = items[0]["message"] if items else "invalid"
    return InvalidParameterError(
        f"invalid parameter {names}: {first}; see detail.errors for what is allowed",
        detail={"errors": items},
    )


#: OpenAPI ``responses`` for the routes: every documented error uses the one shape.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse, "description": text}
    for status, text in (
        (400, "Invalid parameter"),
        (401, "Missing or bad token"),
        (403, "A browser request from another site's page (cross-site-request)"),
        (404, "Not found"),
        (421, "A Host name a token-less server does not serve (misdirected-request)"),
        (429, "Rate limited (Retry-After says when to retry)"),
    )
}
