"""Scale-out: the same pipeline on a Dask cluster, sharded, resumable (``warta[dask]``).

:func:`build_distributed` is the entry point; :mod:`warta.scale.shards` plans the work,
:mod:`warta.scale.dedup` finds duplicates with a distributed shuffle and
:mod:`warta.scale.load` fills a SQLite store from the output. Nothing here imports Dask
at import time.
"""

from __future__ import annotations

from warta.scale.dask import ScaleReport, build_distributed
from warta.scale.load import load_store

__all__ = ["ScaleReport", "build_distributed", "load_store"]
