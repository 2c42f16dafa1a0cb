"""A village an undated feature names bare, as the people it follows say it.

A report places its happening by the village's or ward's kind and name ("di Kelurahan
Sukamaju, Kecamatan Cibeber"), which :func:`warta.analyze.stories.lead_villages` reads; a
feature on one of its people, undated and without a dateline, names the place as its
people do, without the kind ("sejak rumahnya di Sukamaju habis, ia tidur di tenda"),
so its lead names no place at all and no town or village anchors it
(:func:`warta.analyze.story_clusters._one_village`). The words of the village a report's
lead names, every one of them in the feature's text, tie the two as the village would.
:func:`names_village` reads them off the feature's hashed columns (its TF-IDF row), the
only trace of its text the clustering keeps.
"""

from __future__ import annotations

from collections.abc import Collection

from warta.analyze.story_columns import column
from warta.analyze.summarize import content_tokens


def names_village(columns: Collection[int], villages: Collection[str]) -> bool:
    """Whether every content word of one of ``villages`` (names without their kind,
    "Sukamaju Hilir") has its hashed column among ``columns`` (a unit's row).

    >>> names_village({column("sukamaju"), column("api")}, ["Sukamaju"])
    True
    >>> names_village({column("sukamaju")}, ["Sukamaju Hilir"])
    False
    """
    held = set(columns)
    for village in villages:
        words = content_tokens(village)
        if words and all(column(w) in held for w in words):
            return True
    return False
