"""warta: news intelligence for Indonesian news, offline.

The public Python API::

    import warta
    report = warta.build(["examples"], db="warta.db")    # files, folders, globs
    warta.reanalyse("warta.db")                           # stored articles, this release's rules
    article = warta.process(text, url=None)               # one document, no store
    with warta.open_store("warta.db") as store:           # read access
        store.search("banjir"); store.article("004"); store.articles(limit=10)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from warta.errors import WartaError
    from warta.pipeline import BuildReport, build, process
    from warta.pipeline.reanalyse import reanalyse
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

#: Where each public name lives. They load on first use (PEP 562), so ``import
#: warta.errors`` or ``warta --help`` does not pay for the NER model and the pipeline.
_PUBLIC = {
    "WartaError": "warta.errors",
    "BuildReport": "warta.pipeline",
    "build": "warta.pipeline",
    "process": "warta.pipeline",
    "reanalyse": "warta.pipeline.reanalyse",
    "Store": "warta.store.reader",
    "open_store": "warta.store.reader",
    **dict.fromkeys(
        (
            "Article DupLink Entity EntityRef Event Mention PartialDate Quote RawDoc Story "
            "TimeExpr TimelineEntry"
        ).split(),
        "warta.records",
    ),
}


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'warta' has no attribute '{name}'")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


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
    "reanalyse",
]
