"""Records to and from JSON-ready dicts (the store's ``record`` column, worker transport).

``article_from_dict(article_to_dict(a)) == a`` for every :class:`Article` (a property
test holds this).
"""

from __future__ import annotations

from dataclasses import asdict
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
    data = asdict(article)
    data["published"] = article.published.iso if article.published else None
    data["page_date"] = article.page_date.iso if article.page_date else None
    return data


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
