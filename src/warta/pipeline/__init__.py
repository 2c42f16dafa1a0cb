"""The pipeline: stages (what runs, in which order) and the local executor (how it runs).

- :mod:`warta.pipeline.stages`: :class:`Stage`, the order check and the stage registry;
- :mod:`warta.pipeline.local`: :func:`build` into a store and :func:`process` in memory.
"""

from warta.pipeline.local import (
    BATCH_SIZE,
    PIPELINE_VERSION,
    BuildReport,
    batches,
    build,
    process,
    process_documents,
)
from warta.pipeline.stages import BASE_FIELDS, Stage, analyze, article_stages, check_order

__all__ = [
    "BASE_FIELDS",
    "BATCH_SIZE",
    "PIPELINE_VERSION",
    "BuildReport",
    "Stage",
    "analyze",
    "article_stages",
    "batches",
    "build",
    "check_order",
    "process",
    "process_documents",
]
