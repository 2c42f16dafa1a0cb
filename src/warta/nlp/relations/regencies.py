"""Regencies and cities acting, named as their governments: "Pemerintah Kabupaten X".

The entity layer names a regency "Kabupaten X" as a place, and the actor readers let
it act where its office or government is meant ("mendatangi kantor Bupati X",
"menuntut pemkab …", "Pemkab X menyegel …"). A place does not act: its government
does, and Indonesian news and the gold sets name that government in full. A city named
with its kind, as the entity layer names an Indonesian city ("Kota X" for "Wali Kota X
berjanji …", "menggugat pemkot …"), is its government likewise ("Pemerintah Kota X"),
unless the gazetteer knows it as a foreign city ("Kota Kinabalu"). A province acting
("Gubernur Jambi meminta …", "menuntut pemprov …") is its government too ("Pemerintah
Provinsi X"), as every gold set but one names it; a province is an Indonesian one here,
the relation stage reading it as Indonesia where a foreign state is named. A city named
bare is left as it is named (it is often a foreign city's).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from warta.nlp.entities.gazetteer import lookup_place
from warta.records import Relation

#: The word the entity layer opens a regency's name with, and what makes the name its
#: government's.
_REGENCY = "Kabupaten "
_CITY = "Kota "
_GOVERNMENT = "Pemerintah "
#: The gazetteer's subtype of an Indonesian city ("Kota Bogor"); a foreign one is a "city".
_INDONESIAN_CITY = "kota"
#: The gazetteer's subtype of an Indonesian province, and its government's name.
_PROVINCE = "provinsi"
_PROVINCE_GOVERNMENT = "Pemerintah Provinsi "


def _government(name: str) -> str:
    """``name`` as its government's when it names a regency or an Indonesian city with
    its kind, or a province by the gazetteer's name, else as it is.

    >>> _government("Kabupaten Sukamaju"), _government("Dinas Kesehatan Kabupaten Sukamaju")
    ('Pemerintah Kabupaten Sukamaju', 'Dinas Kesehatan Kabupaten Sukamaju')
    >>> _government("Kota Sukamaju"), _government("Kota Kinabalu")
    ('Pemerintah Kota Sukamaju', 'Kota Kinabalu')
    >>> _government("Jawa Tengah"), _government("Jakarta")
    ('Pemerintah Provinsi Jawa Tengah', 'Jakarta')
    """
    if name.startswith(_REGENCY):
        return _GOVERNMENT + name
    if name.startswith(_CITY):
        place = lookup_place(name)
        if place is None or place.subtype == _INDONESIAN_CITY:
            return _GOVERNMENT + name
        return name
    place = lookup_place(name)
    if place is not None and place.subtype == _PROVINCE and place.name == name:
        return _PROVINCE_GOVERNMENT + name
    return name


def regencies_as_governments(relations: Iterable[Relation]) -> list[Relation]:
    """``relations`` with each regency, Indonesian city or province acting or acted on
    named as its government."""
    return [
        replace(r, source=_government(r.source), target=_government(r.target)) for r in relations
    ]
