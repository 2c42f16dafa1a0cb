"""The same quotation reported by several articles, merged into one.

:func:`collapse_quotes` takes each article's :class:`~warta.records.Quote` records and
returns one representative per distinct quote with the ids of every article that
reports it. Copies match on normalised text, or on shared 3-word shingles when the
speakers agree or the articles are duplicates of each other.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from warta import settings
from warta.records import Quote

__all__ = ["collapse_quotes"]

_NORM = re.compile(r"[\"“”„«»'‘’`.,;:!?()\[\]-]+")
#: Share of the shorter quote's 3-word shingles found in the longer one for two quotes
#: to count as the same (syndicated copies trim or re-punctuate quotes, rarely reword).
_OVERLAP = settings.value("quotes.collapse_overlap")


@dataclass(frozen=True, slots=True)
class _Rep:
    """A distinct quote: its first copy, the articles reporting it, its shingles."""

    quote: Quote
    article_ids: list[str]  # first-seen order; grows as copies are found
    shingles: set[tuple[str, ...]]
    group: str | None  # duplicate group of the first copy's article


def _norm(text: str) -> str:
    return " ".join(_NORM.sub(" ", text).lower().split())


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + 3]) for i in range(max(1, len(words) - 2))}


def collapse_quotes(
    quotes_by_article: Mapping[str, Sequence[Quote]],
    dup_group_of: Mapping[str, str | None],
) -> list[tuple[Quote, tuple[str, ...]]]:
    """Merge the same quote reported by several articles; keep every article id.

    Two quotes are the same when their normalised texts are equal, or, for quotes of
    five words or more, when 80% of the shorter one's 3-word shingles occur in the
    other and the speakers agree (or one is unknown) - or the two articles are in the
    same duplicate group (``dup_group_of[article_id]``). The first quote seen is kept as
    the representative; article ids come in first-seen order.

    >>> q = Quote("Harga naik.", "Budi", None, "direct", "kata", 0, 0, 11)
    >>> [(r.text, ids) for r, ids in collapse_quotes({"a": [q], "b": [q]}, {})]
    [('Harga naik.', ('a', 'b'))]
    """
    reps: list[_Rep] = []
    by_norm: dict[str, int] = {}
    by_shingle: dict[tuple[str, ...], set[int]] = {}
    for aid, quotes in quotes_by_article.items():
        group = dup_group_of.get(aid)
        for q in quotes:
            key = _norm(q.text)
            words = key.split()
            sh = _shingles(words)
            idx = by_norm.get(key)
            if idx is None and len(words) >= 5:
                cands: set[int] = set()
                for s in sh:
                    cands |= by_shingle.get(s, set())
                for c in sorted(cands):
                    rep = reps[c]
                    same_speaker = q.speaker is None or rep.quote.speaker in (None, q.speaker)
                    related = group is not None and group == rep.group
                    common = len(sh & rep.shingles) / min(len(sh), len(rep.shingles))
                    if common >= _OVERLAP and (same_speaker or related):
                        idx = c
                        break
            if idx is None:
                idx = len(reps)
                reps.append(_Rep(q, [], sh, group))
                by_norm[key] = idx
                for s in sh:
                    by_shingle.setdefault(s, set()).add(idx)
            ids = reps[idx].article_ids
            if aid not in ids:
                ids.append(aid)
    return [(r.quote, tuple(r.article_ids)) for r in reps]
