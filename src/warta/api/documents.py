"""``POST /api/v1/documents``: read an upload (text, HTML, JSONL; raw body or multipart)
and, in the upload queue (:mod:`warta.api.jobs`), turn it into stored articles.

The request checks what the OpenAPI document states: size is capped at
:data:`MAX_UPLOAD_BYTES` while the body streams in (413 before anything is kept); the
type comes from ``Content-Type`` (or, in a multipart upload, the file's type or suffix)
and anything else is a 415; a blank upload is a 400. Everything that needs the content
read (decoding, JSONL lines, article text) happens in the job, whose status says what
went wrong: :func:`to_docs` and :func:`analyse` are the job's two steps before the store.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import re
import sqlite3
from typing import Any

from starlette.requests import Request

from warta.errors import (
    EmptyInputError,
    InvalidParameterError,
    PayloadTooLargeError,
    UnsupportedMediaTypeError,
    WartaError,
)
from warta.ingest.readers import InputProblem, read_document, read_jsonl
from warta.pipeline import article_stages, process_documents
from warta.records import Article, Provenance, RawDoc
from warta.store import queries

#: 5 MiB: a news article is a few KB; a JSONL batch of ~1,000 articles still fits.
MAX_UPLOAD_BYTES = 5 * 2**20
KINDS = {
    "text/plain": "text",
    "text/markdown": "text",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/x-jsonlines": "jsonl",
    "application/jsonlines": "jsonl",
}
SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
#: Control characters, replaced by spaces in a ``name`` (a label, not a path).
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
#: Bytes that make an upload blank (``bytes.strip()``'s set); the OpenAPI body schema
#: says the same with the pattern :data:`NOT_BLANK`, which means the same to every
#: regex engine (unlike ``\S``).
BLANK = b" \t\n\r\x0b\x0c"
NOT_BLANK = r"[^ \t\n\r\x0b\x0c]"


async def read_body(request: Request, limit: int = MAX_UPLOAD_BYTES) -> bytes:
    """The request body, refused with 413 as soon as it exceeds ``limit`` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_large(int(declared), limit)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(size, limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(size: int, limit: int) -> PayloadTooLargeError:
    return PayloadTooLargeError(
        f"upload of {size} bytes is over the {limit} byte limit; split it into smaller "
        "uploads or build large corpora with: warta build INPUT... --db DB",
        detail={"bytes": size, "limit": limit},
    )


#: Part types that say nothing about a file in a form: its suffix, or its content, decides.
UNTYPED = frozenset({"", "application/octet-stream"})


def kind_of(content_type: str | None, filename: str | None = None, *, part: bool = False) -> str:
    """ "text", "html" or "jsonl" from a media type (or a file name suffix), else 415.

    For a file in a form (``part``), an untyped file with an unknown suffix is "auto":
    its content decides, in the job (text or HTML; anything else fails there).
    """
    media = (content_type or "").split(";")[0].strip().lower()
    if media in KINDS:
        return KINDS[media]
    if filename:
        for suffix, kind in SUFFIXES.items():
            if filename.lower().endswith(suffix):
                return kind
    if part and media in UNTYPED:
        return "auto"
    raise UnsupportedMediaTypeError(
        f"cannot read an upload of type '{media or 'none'}'; send text/plain, text/html or "
        "application/x-ndjson (JSONL), as the body or as the 'file' field of a form",
        detail={"content_type": media, "allowed": sorted(KINDS)},
    )


def label(name: str | None) -> str | None:
    """``name`` as a one-line label of at most 200 characters (None when blank)."""
    if name is None:
        return None
    return " ".join(_CONTROL.sub(" ", name).split())[:200] or None


async def read_upload(request: Request, name: str | None) -> tuple[bytes, str, str]:
    """``(data, kind, name)`` of the upload in ``request``."""
    name = label(name)
    data = await read_body(request)
    media = request.headers.get("content-type", "")
    if media.lower().startswith("multipart/form-data"):

        async def replay() -> dict[str, Any]:
            return {"type": "http.request", "body": data, "more_body": False}

        # ``async with`` closes the form's temporary files whatever happens.
        async with Request(request.scope, replay).form() as form:
            upload = form.get("file")
            if upload is None or isinstance(upload, str):
                raise InvalidParameterError(
                    "a multipart upload needs a 'file' field holding the document",
                    detail={"fields": sorted(form.keys())},
                )
            kind = kind_of(upload.content_type, upload.filename, part=True)
            data = await upload.read()
            name = name or label(upload.filename)
    else:
        kind = kind_of(media)
    if not data.strip(BLANK):
        raise EmptyInputError("the upload is empty; send a document", detail={})
    default = "upload-" + hashlib.sha256(data).hexdigest()[:12] + "." + kind
    return data, kind, name or default


def to_docs(
    data: bytes, kind: str, name: str, *, url: str | None, title: str | None
) -> tuple[list[RawDoc], list[WartaError]]:
    """RawDocs from the upload; JSONL lines that cannot be read come back as errors."""

    if kind == "jsonl":
        docs, problems = [], []
        for item in read_jsonl(io.BytesIO(data), name):
            if isinstance(item, InputProblem):
                problems.append(item.error)
            else:
                docs.append(item)
        return docs, problems
    doc = read_document(data, name, Provenance(name, url=url), fmt=kind)
    return [dataclasses.replace(doc, url=url, title=title)], []


def analyse(
    docs: list[RawDoc], problems: list[WartaError]
) -> tuple[list[Article], list[WartaError]]:
    """Clean and analyse ``docs`` (no store involved); raise the first problem, or
    :class:`EmptyInputError`, when no article comes out."""
    articles, failed = process_documents(docs, article_stages())
    problems = problems + [p.error for p in failed]
    if not articles:
        if problems:
            raise problems[0]
        raise EmptyInputError(
            "no article text was found in the upload (everything was boilerplate or empty); "
            "send the page text or HTML of a news article",
            detail={"documents": len(docs)},
        )
    return articles, problems


#: The fields of each stored article a finished job reports.
REPORTED = (
    "id",
    "source",
    "title",
    "published",
    "host_site",
    "original_source",
    "url",
    "duplicate_of",
    "dup_relation",
    "duplicates",
    "entities",
    "quotes",
    "events",
)


def report(
    conn: sqlite3.Connection,
    articles: list[Article],
    problems: list[WartaError],
    documents: int,
) -> dict[str, Any]:
    """What a finished upload found: its stored articles (as the store now has them,
    after the corpus step), the problems met, and counts."""
    found = [queries.get_article(conn, a.id) for a in articles]
    return {
        "articles": [
            {k: a[k] for k in REPORTED} | {"removed_lines": len(a["removed"])} for a in found
        ],
        "problems": [p.to_dict() for p in problems],
        "stats": {"documents": documents, "stored": len(articles), "problems": len(problems)},
    }
