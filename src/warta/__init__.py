"""warta: news intelligence for Indonesian news, offline.

The public Python API::

    import warta
    report = warta.build(["examples"], db="warta.db")    # files, folders, globs
    article = warta.process(text, url=None)               # one document, no store
    with warta.open_store("warta.db") as store:           # read access
        store.search("banjir"); store.article("004"); store.articles(limit=10)
"""

from __future__ import annotations

from warta.errors import WartaError
from warta.pipeline import BuildReport, build, process
from warta.records import (
    Article,
    DupLink,
    Entity,
    EntityRef,
    Event,
    Mention,
    PartialDate,
    Quote,
    RawDoc,
    Story,
    TimeExpr,
    TimelineEntry,
)
from warta.store.reader import Store, open_store

__version__ = "0.1.0"

__all__ = [
    "Article",
    "BuildReport",
    "DupLink",
    "Entity",
    "EntityRef",
    "Event",
    "Mention",
    "PartialDate",
    "Quote",
    "RawDoc",
    "Store",
    "Story",
    "TimeExpr",
    "TimelineEntry",
    "WartaError",
    "__version__",
    "build",
    "open_store",
    "process",
]
