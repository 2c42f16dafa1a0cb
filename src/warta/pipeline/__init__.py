"""The pipeline: stages (what runs, in which order) and the local executor (how it runs).

- :mod:`warta.pipeline.stages`: :class:`Stage`, the order check and the stage registry;
- :mod:`warta.pipeline.local`: :func:`build` into a store and :func:`process` in memory;
- :mod:`warta.pipeline.workers`: the per-batch unit of work, run in worker processes when
  a build has several batches (``workers``, default :func:`default_workers`);
- :mod:`warta.pipeline.reanalyse`: stored articles analysed again by this release's
  stages (``warta reanalyse``).
"""

from warta.pipeline.local import (
    BATCH_SIZE,
    BuildReport,
    batches,
    build,
    process,
    process_documents,
)
from warta.pipeline.stages import BASE_FIELDS, Stage, analyze, article_stages, check_order
from warta.pipeline.workers import default_workers
from warta.versions import PIPELINE_VERSION

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
    "default_workers",
    "process",
    "process_documents",
]
