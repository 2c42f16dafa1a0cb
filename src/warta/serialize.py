"""Records to and from JSON-ready dicts (the store's ``record`` column, worker transport).

``article_from_dict(article_to_dict(a)) == a`` for every :class:`Article` (a property
test holds this). The dict is ``dataclasses.asdict``'s with the dates as ISO strings,
built field by field (each nested record's ``to_dict``) rather than by ``asdict``'s
recursion and deep copy: the same keys in the same order, so the same JSON, byte for byte.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from typing import Any

from warta.records import (
    Article,
    EntityRef,
    Event,
    Mention,
    PartialDate,
    Provenance,
    Quote,
    Relation,
    RemovedLine,
    SummarySentence,
    TimeExpr,
)


def article_to_dict(article: Article) -> dict[str, Any]:
    """Every field of ``article`` in field order: nested records as dicts (in tuples, as
    ``asdict`` keeps them), the dates as ISO strings."""
    a = article
    return {
        "id": a.id,
        "source": a.source,
        "url": a.url,
        "title": a.title,
        "text": a.text,
        "published": a.published.iso if a.published else None,
        "published_evidence": a.published_evidence,
        "page_date": a.page_date.iso if a.page_date else None,
        "host_site": a.host_site,
        "original_source": a.original_source,
        "wire_credits": a.wire_credits,
        "author_initials": a.author_initials,
        "language": a.language,
        "flags": a.flags,
        "removed": tuple(r.to_dict() for r in a.removed),
        "subheadings": a.subheadings,
        "content_hash": a.content_hash,
        "mentions": tuple(m.to_dict() for m in a.mentions),
        "entities": tuple(e.to_dict() for e in a.entities),
        "quotes": tuple(q.to_dict() for q in a.quotes),
        "timexes": tuple(t.to_dict() for t in a.timexes),
        "events": tuple(e.to_dict() for e in a.events),
        "summary": tuple(s.to_dict() for s in a.summary),
        "relations": tuple(r.to_dict() for r in a.relations),
        "provenance": a.provenance.to_dict() if a.provenance else None,
        "encoding_repairs": a.encoding_repairs,
    }


#: Records kept decoded, the last used first out: a corpus batch (500 articles) reads
#: each of its records in several steps, most of them just written by the build.
RECORD_CACHE = 1024
_DECODED: OrderedDict[str, Article] = OrderedDict()


def article_from_json(record: str) -> Article:
    """``article_from_dict(json.loads(record))``: the store's ``record`` column as an
    :class:`Article`. The same text gives the same (immutable) record without decoding
    it again while it is among the last :data:`RECORD_CACHE` read or written
    (:func:`article_to_json`)."""
    article = _DECODED.get(record)
    if article is None:
        article = article_from_dict(json.loads(record))
    _remember(record, article)
    return article


def article_to_json(article: Article) -> str:
    """The store's ``record`` column for ``article``; reading that text back
    (:func:`article_from_json`) then costs nothing while it is cached."""
    record = json.dumps(article_to_dict(article), ensure_ascii=False)
    _remember(record, article)
    return record


def _remember(record: str, article: Article) -> None:
    _DECODED[record] = article
    _DECODED.move_to_end(record)
    if len(_DECODED) > RECORD_CACHE:
        _DECODED.popitem(last=False)


def _date(value: str | None) -> PartialDate | None:
    return PartialDate.parse(value) if value else None


def article_from_dict(data: dict[str, Any]) -> Article:
    prov = data.get("provenance")
    return Article(
        id=data["id"],
        source=data["source"],
        url=data.get("url"),
        title=data.get("title"),
        text=data["text"],
        published=_date(data.get("published")),
        published_evidence=data.get("published_evidence"),
        page_date=_date(data.get("page_date")),
        host_site=data.get("host_site"),
        original_source=data.get("original_source"),
        wire_credits=tuple(data.get("wire_credits", ())),
        author_initials=data.get("author_initials"),
        language=data.get("language", "id"),
        flags=tuple(data.get("flags", ())),
        removed=tuple(RemovedLine(**r) for r in data.get("removed", ())),
        subheadings=tuple(data.get("subheadings", ())),
        content_hash=data.get("content_hash", ""),
        mentions=tuple(Mention(**m) for m in data.get("mentions", ())),
        entities=tuple(
            EntityRef(
                **{
                    **e,
                    "mentions": tuple(e["mentions"]),
                    "attributes": tuple(e.get("attributes", ())),
                }
            )
            for e in data.get("entities", ())
        ),
        quotes=tuple(Quote(**q) for q in data.get("quotes", ())),
        timexes=tuple(TimeExpr(**t) for t in data.get("timexes", ())),
        events=tuple(
            Event(**{**e, "participants": tuple(e["participants"])}) for e in data.get("events", ())
        ),
        summary=tuple(SummarySentence(**s) for s in data.get("summary", ())),
        relations=tuple(Relation(**r) for r in data.get("relations", ())),
        provenance=Provenance(**prov) if prov else None,
        encoding_repairs=tuple(data.get("encoding_repairs", ())),
    )
