"""The typed records that flow through warta's pipeline.

Every stage is a function from records to new records; nothing here does I/O. All
records are frozen, slotted dataclasses so they can be hashed, compared in tests and
shipped to worker processes unchanged.

    RawDoc ──clean──▶ Article ──nlp──▶ Article(+mentions, quotes, timexes, events, summary)
                                  └─corpus─▶ DupLink, Entity, TimelineEntry, Story

Character offsets (``start``/``end``) always index into ``Article.text``: the clean
body with paragraphs joined by one blank line (``"\\n\\n"``).

The records an :class:`Article` holds have an explicit ``to_dict``: the dict
``dataclasses.asdict`` gives (the same keys in field order, tuples kept as tuples),
without its recursive deep copy, which cost 5% of a build. :mod:`warta.serialize`
builds the article's own dict from them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, Literal

Precision = Literal["day", "week", "month", "year", "decade"]
DocFormat = Literal["text", "html"]
EntityType = Literal["PER", "ORG", "LOC"]
QuoteKind = Literal["direct", "indirect", "mixed"]
DupRelation = Literal["canonical", "exact", "near", "contained"]
TimexType = Literal["date", "relative", "duration", "set"]

#: Paragraph separator inside ``Article.text``.
PARAGRAPH_SEP = "\n\n"


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a record came from: the input path as given, and a locator inside it."""

    path: str
    line: int | None = None  # 1-based line in a JSONL file, or item in a feed file
    offset: int | None = None  # byte offset of a WARC record
    url: str | None = None

    def locator(self) -> str:
        """``path``, ``path:line`` or ``path@offset`` - stable, used for article ids."""
        if self.line is not None:
            return f"{self.path}:{self.line}"
        if self.offset is not None:
            return f"{self.path}@{self.offset}"
        return self.path

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "offset": self.offset, "url": self.url}


@dataclass(frozen=True, slots=True)
class RawDoc:
    """One document as read from an input, decoded to text but not yet cleaned."""

    provenance: Provenance
    content: str  # page text (format "text") or markup (format "html")
    format: DocFormat = "text"
    url: str | None = None
    title: str | None = None  # a hint from the container (JSONL field, HTML <title>)
    published: str | None = None  # a hint from the container, as written
    encoding: str = "utf-8"
    #: Byte offsets where invalid bytes were replaced by U+FFFD (the first 100), counted
    #: in the document's own bytes: the file, the JSONL line, the WARC record's payload.
    #: The article is then flagged ``encoding-repaired``.
    encoding_repairs: tuple[int, ...] = ()

    @property
    def source(self) -> str:
        """The input path or URL as the user gave it (the export field ``source``)."""
        return self.provenance.path


def _days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date known to a precision: a year, a month or a day.

    >>> PartialDate(2019, 4).iso
    '2019-04'
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        # Validated here, where every date is made, so no malformed ISO value (a year
        # before 1, a 13th month, 31 February) can travel on to the timeline.
        ok_day = self.day is None or (
            self.month is not None and 1 <= self.day <= _days_in_month(self.year, self.month)
        )
        if not (1 <= self.year <= 9999 and (self.month is None or 1 <= self.month <= 12)) or (
            not ok_day
        ):
            raise ValueError(
                f"not a calendar date: year={self.year}, month={self.month}, day={self.day}"
            )

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    @property
    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def parse(cls, value: str) -> PartialDate:
        """Inverse of :attr:`iso` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``); ValueError
        for anything else."""
        parts = value.split("-")
        if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
            raise ValueError(f"not an ISO date value: {value!r}")
        return cls(*(int(p) for p in parts))


@dataclass(frozen=True, slots=True)
class RemovedLine:
    """A line set aside by cleaning, kept so a user can audit what was removed."""

    text: str
    reason: str  # e.g. "page-date", "navigation", "caption", "credit", "attribution"

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of ``Article.text`` naming a person, organisation or place.

    ``entity`` is the canonical name once alias resolution has run (else ``None``);
    ``referent`` is set for metonyms: the mention "Kremlin" is an organisation-like
    place whose referent is the country "Russia".
    """

    start: int
    end: int
    text: str
    type: EntityType
    entity: str | None = None
    referent: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "entity": self.entity,
            "referent": self.referent,
        }


@dataclass(frozen=True, slots=True)
class EntityRef:
    """An entity as it appears in one article (the export field ``entities``)."""

    name: str  # canonical
    type: EntityType
    mentions: tuple[str, ...]  # distinct surface forms
    count: int
    attributes: tuple[str, ...] = ()  # titles and roles: "Presiden", "Profesor"
    subtype: str | None = None  # "GPE" for countries and states

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "type": self.type,
            "mentions": self.mentions,
            "count": self.count,
            "attributes": self.attributes,
            "subtype": self.subtype,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct, indirect or mixed quotation with its attribution."""

    text: str
    speaker: str | None  # canonical entity name, or the surface name when unresolved
    speaker_role: str | None
    kind: QuoteKind
    cue: str | None  # the reporting verb as written: "kata", "ujarnya", "mengatakan"
    paragraph: int  # index of the paragraph in Article.text
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "speaker_role": self.speaker_role,
            "kind": self.kind,
            "cue": self.cue,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression found in text and normalised against an anchor.

    ``value`` is ISO at ``precision`` ("2019-04-25", "2019-04", "2019", "2023-W37",
    "200X" for a decade) or ``None`` when it cannot be resolved (a relative
    expression without a known anchor). Durations carry an ISO-8601 duration in
    ``value`` ("PT2H", "P5Y").
    """

    text: str
    start: int
    end: int
    type: TimexType
    value: str | None
    precision: Precision | None
    anchor: str | None = None  # ISO of the date it was resolved against

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
            "precision": self.precision,
            "anchor": self.anchor,
        }


@dataclass(frozen=True, slots=True)
class Event:
    """A clause with a normalised date, its participants and its predicate."""

    date: str  # ISO at precision
    precision: Precision
    text: str  # the sentence
    participants: tuple[str, ...]
    expected: bool  # planned or expected ("akan bertemu"), not yet reported as done
    anchor: str | None  # ISO of the anchor used, None for absolute dates
    start: int = 0
    end: int = 0
    predicate: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date,
            "precision": self.precision,
            "text": self.text,
            "participants": self.participants,
            "expected": self.expected,
            "anchor": self.anchor,
            "start": self.start,
            "end": self.end,
            "predicate": self.predicate,
        }


Polarity = Literal["positive", "negative"]
Modality = Literal["asserted", "future", "possible", "desired"]


@dataclass(frozen=True, slots=True)
class Relation:
    """Who did what to whom: one coded action between two actors, from one sentence.

    ``action`` is a class of :mod:`warta.nlp.relations.taxonomy` (``"consult"``,
    ``"threaten"`` ...) with its CAMEO root code in ``cameo``; ``trigger`` is the word
    as written ("dikirim", "penandatanganan"). Negation and modality are fields, not
    part of the action: "membantah mengirim" is ``aid`` with polarity ``negative``,
    "akan bertemu" is ``consult`` with modality ``future``. ``source``/``target`` are
    canonical entity names (a metonym's country: "Kremlin" gives "Russia");
    ``source_start``/``target_start`` are the offsets of the mentions they came from,
    so the corpus can rename them. ``date`` is the clause's own time expression,
    else the article's publication date, else ``None``.
    """

    source: str
    action: str
    cameo: str  # CAMEO root code, "01" … "20"
    target: str
    sentence: str
    start: int  # the sentence's span in Article.text
    end: int
    trigger: str
    date: str | None = None  # ISO at precision
    date_source: Literal["clause", "article"] | None = None
    polarity: Polarity = "positive"
    modality: Modality = "asserted"
    confidence: float = 0.5
    source_start: int = -1
    target_start: int = -1

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "action": self.action,
            "cameo": self.cameo,
            "target": self.target,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "trigger": self.trigger,
            "date": self.date,
            "date_source": self.date_source,
            "polarity": self.polarity,
            "modality": self.modality,
            "confidence": self.confidence,
            "source_start": self.source_start,
            "target_start": self.target_start,
        }


@dataclass(frozen=True, slots=True)
class SummarySentence:
    text: str
    article_id: str
    position: int  # sentence index inside the article

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "article_id": self.article_id, "position": self.position}


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article with its metadata and, once later stages ran, its analysis."""

    id: str
    source: str
    url: str | None
    title: str | None
    text: str
    published: PartialDate | None = None
    published_evidence: str | None = None  # "stated: ...", "url", "inferred: ..."
    page_date: PartialDate | None = None
    host_site: str | None = None
    original_source: str | None = None
    wire_credits: tuple[str, ...] = ()
    author_initials: str | None = None
    language: str = "id"
    flags: tuple[str, ...] = ()  # sorted: "continued", "encoding-repaired", "truncated"
    removed: tuple[RemovedLine, ...] = ()
    subheadings: tuple[int, ...] = ()  # paragraph indices that are subheadings
    content_hash: str = ""  # hash of the raw input content: unchanged input, no rework
    # Added by later stages; empty until they run.
    mentions: tuple[Mention, ...] = ()
    entities: tuple[EntityRef, ...] = ()
    quotes: tuple[Quote, ...] = ()
    timexes: tuple[TimeExpr, ...] = ()
    events: tuple[Event, ...] = ()
    summary: tuple[SummarySentence, ...] = ()
    relations: tuple[Relation, ...] = ()
    provenance: Provenance | None = field(default=None, compare=False)
    #: Byte offsets in the input where invalid bytes were replaced by U+FFFD (the first
    #: 100; see :attr:`RawDoc.encoding_repairs`); set with the ``encoding-repaired`` flag.
    encoding_repairs: tuple[int, ...] = ()

    @property
    def paragraphs(self) -> list[str]:
        return self.text.split(PARAGRAPH_SEP) if self.text else []


@dataclass(frozen=True, slots=True)
class DupLink:
    """Membership of an article in a duplicate group."""

    article_id: str
    group: str  # shared id of all members
    canonical: str  # id of the canonical member
    relation: DupRelation
    similarity: float  # Jaccard (exact/near) or containment (contained) with the canonical


@dataclass(frozen=True, slots=True)
class PassageLink:
    """Relation ``shares-passages``: ``article_id`` shares paragraphs with ``other_id``.

    Two different articles built on the same wire paragraphs (each with its own
    reporting around them); unlike a :class:`DupLink` it makes no group. One link per
    direction: ``fraction`` is the share of ``article_id``'s prose (3-shingles of its
    paragraphs) lying in the ``passages`` paragraphs it shares with ``other_id``.
    """

    article_id: str
    other_id: str
    fraction: float
    passages: int


@dataclass(frozen=True, slots=True)
class Entity:
    """A corpus-level entity: one person, organisation or place across articles."""

    name: str
    type: EntityType
    aliases: tuple[str, ...]
    article_count: int
    mention_count: int
    subtype: str | None = None


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """Events from one or more articles that report the same dated happening."""

    date: str
    precision: Precision
    text: str  # a representative sentence
    participants: tuple[str, ...]
    expected: bool
    sources: tuple[tuple[str, str], ...]  # (article id, sentence)
    independent_sources: int  # duplicates count once


@dataclass(frozen=True, slots=True)
class Story:
    """A cluster of articles about one event or developing topic."""

    id: str
    label: str
    article_ids: tuple[str, ...]
    first_date: str | None
    last_date: str | None
    sources: tuple[str, ...]
    summary: tuple[SummarySentence, ...] = ()
    terms: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()


AlertKind = Literal["query", "entity", "story-growth"]


@dataclass(frozen=True, slots=True)
class Alert:
    """A standing question to the store (:mod:`warta.monitor.alerts`): new articles
    matching ``query`` (full-text), naming ``entity`` (any alias form), or stories that
    grow to ``min_size`` articles and beyond. ``jsonl``/``webhook`` say where firings
    are delivered besides the store."""

    name: str
    kind: AlertKind
    target: str | None  # the query or the entity as typed; None for story-growth
    min_size: int | None = None  # story-growth only
    jsonl: str | None = None
    webhook: str | None = None
    created_at: str = ""


@dataclass(frozen=True, slots=True)
class AlertFiring:
    """One alert fired once: for a new article (``article_id``) or a story's growth
    step (``story_id``, with the newest article that joined it), with its ``reason``."""

    alert: str
    reason: str
    article_id: str | None
    story_id: str | None
    key: str  # unique per alert: the article id, or "story@size"
    title: str | None = None
    fired_at: str = ""


# -- pickling ---------------------------------------------------------------------------
#
# Records cross process boundaries in every build (worker results). A slotted dataclass
# pickles through ``__getstate__``/``__setstate__`` that call ``dataclasses.fields()``
# per object: unpickling an article's records cost 0.73 ms, most of it there. These read
# the field names once per class: 0.28 ms, the same objects.


def _fast_pickling(cls: type) -> None:
    names = tuple(f.name for f in fields(cls))
    set_attr = object.__setattr__  # the records are frozen

    def __getstate__(self: Any) -> tuple[Any, ...]:
        return tuple([getattr(self, name) for name in names])

    def __setstate__(self: Any, state: tuple[Any, ...]) -> None:
        for name, value in zip(names, state, strict=True):
            set_attr(self, name, value)

    setattr(cls, "__getstate__", __getstate__)  # noqa: B010 (a method of the class)
    setattr(cls, "__setstate__", __setstate__)  # noqa: B010


for _record in [v for v in globals().values() if isinstance(v, type) and is_dataclass(v)]:
    if _record.__module__ == __name__:
        _fast_pickling(_record)
