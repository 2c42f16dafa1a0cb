"""Regencies acting, named as their governments: "Pemerintah Kabupaten X".

The entity layer names a regency "Kabupaten X" as a place, and the actor readers let
it act where its office or government is meant ("mendatangi kantor Bupati X",
"menuntut pemkab …", "Pemkab X menyegel …"). A place does not act: its government
does, and Indonesian news and the gold sets name that government in full. The
province and the city are left as they are named (a province acts under its name; a
city's name is often a foreign city's).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from warta.records import Relation

#: The word the entity layer opens a regency's name with, and what makes the name its
#: government's.
_REGENCY = "Kabupaten "
_GOVERNMENT = "Pemerintah "


def _government(name: str) -> str:
    """``name`` as its government's when it names a regency, else as it is.

    >>> _government("Kabupaten Sukamaju"), _government("Dinas Kesehatan Kabupaten Sukamaju")
    ('Pemerintah Kabupaten Sukamaju', 'Dinas Kesehatan Kabupaten Sukamaju')
    """
    return _GOVERNMENT + name if name.startswith(_REGENCY) else name


def regencies_as_governments(relations: Iterable[Relation]) -> list[Relation]:
    """``relations`` with each regency acting or acted on named as its government."""
    return [
        replace(r, source=_government(r.source), target=_government(r.target)) for r in relations
    ]
