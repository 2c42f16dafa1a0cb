"""Corpus-wide indexes: results that depend on more than one article.

One module per index, run in this order by :func:`warta.corpus.steps.run_corpus_steps`:

- :mod:`warta.corpus.duplicates`: duplicate groups and lent original sources;
- :mod:`warta.corpus.entities`: one entity table across articles;
- :mod:`warta.corpus.dates`: publication dates inferred for undated articles;
- :mod:`warta.corpus.timeline`: the cross-article timeline;
- :mod:`warta.corpus.stories`: stories (one per event) and their summaries.

The per-article stages are in :mod:`warta.pipeline.stages`; the algorithms these steps
call (story clustering, timeline assembly, summaries) are in :mod:`warta.analyze`.
"""

from warta.corpus.steps import CORPUS_VERSION, index_pending, run_corpus_steps, story_similarity

__all__ = ["CORPUS_VERSION", "index_pending", "run_corpus_steps", "story_similarity"]
