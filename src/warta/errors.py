"""One exception hierarchy for warta, with stable codes and an HTTP status each.

::

    WartaError                       code            status
    ├── InputError                   input-error       400
    │   ├── UnreadableInputError     unreadable-input  400  binary, undecodable, too large
    │   ├── EmptyInputError          empty-input       400
    │   ├── MalformedInputError      malformed-input   400  bad JSONL line, broken WARC
    │   ├── PayloadTooLargeError     payload-too-large 413  an upload over the size limit
    │   └── UnsupportedMediaTypeError unsupported-media-type 415
    ├── InputNotFoundError           input-not-found   404
    │   └── EvalFolderNotFoundError  eval-folder-not-found 404  warta eval outside a checkout
    ├── NotFoundError                not-found         404  no such article, entity, story
    ├── InvalidParameterError        invalid-parameter 400  a bad option or query parameter
    │   └── AmbiguousKeyError        ambiguous-key     409  an id prefix or name matching several
    ├── MissingExtraError            missing-extra     500  an optional backend not installed
    ├── UnauthorizedError            unauthorized      401  missing or wrong access token
    ├── CrossSiteRequestError        cross-site-request 403  a browser POST from another site
    ├── MethodNotAllowedError        method-not-allowed 405
    ├── MisdirectedRequestError      misdirected-request 421  a Host this server does not serve
    ├── RateLimitedError             rate-limited      429  too many requests
    ├── StoreError                   store-error       500  the database cannot be used
    ├── CorpusStepError              corpus-step-failed 500 a corpus-wide step failed
    ├── InternalError                internal-error    500  a bug: logged, never shown
    └── BackendUnavailableError      backend-unavailable 503  an LLM endpoint, a scheduler

Messages follow one shape: what happened, the offending value, what is allowed, and how to
fix it. The CLI prints ``Error: <message>``; the REST API returns
``{"error": {"code": ..., "message": ..., "detail": ...}}`` built from the same fields.
"""

from __future__ import annotations

from typing import Any


class WartaError(Exception):
    """Base of every error warta raises on purpose."""

    code = "warta-error"
    status = 500

    def __init__(self, message: str, *, detail: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail or {}

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "detail": self.detail}


class InputError(WartaError):
    code = "input-error"
    status = 400


class UnreadableInputError(InputError):
    code = "unreadable-input"


class EmptyInputError(InputError):
    code = "empty-input"


class MalformedInputError(InputError):
    code = "malformed-input"


class InputNotFoundError(WartaError):
    code = "input-not-found"
    status = 404


class EvalFolderNotFoundError(InputNotFoundError):
    """``warta eval`` found no ``eval/`` folder (scorers, floors): not run from a clone."""

    code = "eval-folder-not-found"


class NotFoundError(WartaError):
    code = "not-found"
    status = 404


class InvalidParameterError(WartaError):
    code = "invalid-parameter"
    status = 400


class AmbiguousKeyError(InvalidParameterError):
    """A key (an id prefix, a file name) that matches several records: 409 over HTTP,
    since the same key is valid and becomes ambiguous only as the store grows."""

    code = "ambiguous-key"
    status = 409


class MissingExtraError(WartaError):
    code = "missing-extra"
    status = 500

    @classmethod
    def for_package(cls, what: str, package: str, extra: str) -> MissingExtraError:
        """The error for an optional backend whose package is not installed."""
        return cls(
            f"{what} needs the '{package}' package, which is not installed: "
            f"pip install 'warta[{extra}]'",
            detail={"package": package, "extra": extra},
        )


class PayloadTooLargeError(InputError):
    code = "payload-too-large"
    status = 413


class UnsupportedMediaTypeError(InputError):
    code = "unsupported-media-type"
    status = 415


class UnauthorizedError(WartaError):
    code = "unauthorized"
    status = 401


class CrossSiteRequestError(WartaError):
    """A browser sent a state-changing request from another site's page (CSRF)."""

    code = "cross-site-request"
    status = 403


class MethodNotAllowedError(WartaError):
    code = "method-not-allowed"
    status = 405


class MisdirectedRequestError(WartaError):
    """A token-less server got a ``Host`` it does not serve (DNS rebinding)."""

    code = "misdirected-request"
    status = 421


class RateLimitedError(WartaError):
    code = "rate-limited"
    status = 429


class InternalError(WartaError):
    code = "internal-error"
    status = 500


class StoreError(WartaError):
    code = "store-error"
    status = 500


class CorpusStepError(WartaError):
    """A corpus-wide step failed; the stored articles are intact and the previous corpus
    results stand (the step writes in one transaction)."""

    code = "corpus-step-failed"
    status = 500


class BackendUnavailableError(WartaError):
    code = "backend-unavailable"
    status = 503


ALL_ERRORS: tuple[type[WartaError], ...] = (
    WartaError,
    InputError,
    UnreadableInputError,
    EmptyInputError,
    MalformedInputError,
    InputNotFoundError,
    EvalFolderNotFoundError,
    NotFoundError,
    InvalidParameterError,
    AmbiguousKeyError,
    MissingExtraError,
    PayloadTooLargeError,
    UnsupportedMediaTypeError,
    UnauthorizedError,
    CrossSiteRequestError,
    MethodNotAllowedError,
    MisdirectedRequestError,
    RateLimitedError,
    StoreError,
    CorpusStepError,
    InternalError,
    BackendUnavailableError,
)
