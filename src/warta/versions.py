"""The version of the per-article pipeline, kept with every stored article.

A module of its own, without imports, so the read layer can tell which stored articles
an older release analysed without loading the pipeline (``warta stats`` stays light).
"""

#: Bump when cleaning or a stage changes its output (tests/pipeline/test_pipeline_version.py
#: notices): a build redoes the documents stored by another version, and ``warta
#: reanalyse`` analyses the stored articles again (:mod:`warta.pipeline.reanalyse`).
PIPELINE_VERSION = "35"
