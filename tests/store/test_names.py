"""The name resolver of the read layer: every form a name takes resolves to one entity."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from warta.errors import NotFoundError
from warta.store.db import connect
from warta.store.queries.names import require_entity, resolve_filter, resolve_name


@pytest.fixture()
def conn(seeds_db: Path) -> Iterator[sqlite3.Connection]:
    c = connect(seeds_db, create=False)
    try:
        yield c
    finally:
        c.close()


@pytest.mark.parametrize(
    ("typed", "entity", "how"),
    [
        ("Vladimir Putin", "Vladimir Putin", "name"),
        ("Putin", "Vladimir Putin", "alias"),  # a surname alone
        ("Lankov", "Andrei Lankov", "alias"),
        ("Korea Utara", "North Korea", "alias"),  # the Indonesian form an article used
        ("Ukraina", "Ukraine", "alias"),
        ("kim jong un", "Kim Jong-un", "spelling"),  # case and hyphens
        ("Alexei Muraviev", "Alexey Muraviev", "spelling"),  # transliteration -ei/-ey
        ("Korsel", "South Korea", "place"),  # a gazetteer form no article used
        ("MOSKWA", "Russia", "place"),  # an all-caps dateline; Moscow stands for Russia
        ("Jong-un", "Kim Jong-un", "part"),  # whole words of a longer name
    ],
)
def test_every_form_resolves(conn: sqlite3.Connection, typed: str, entity: str, how: str) -> None:
    match = resolve_name(conn, typed)
    assert (match.name, match.how) == (entity, how)
    assert entity in match.note()


def test_unknown_name_gets_did_you_mean(conn: sqlite3.Connection) -> None:
    match = resolve_name(conn, "Putn")
    assert match.name is None and match.suggestions[0] == "Putin (Vladimir Putin)"
    assert "did you mean Putin (Vladimir Putin)?" in match.note()
    assert resolve_name(conn, "Zzyzx Qwerty").suggestions == ()
    with pytest.raises(NotFoundError, match="did you mean"):
        require_entity(conn, "Lankof")


def test_type_narrows_and_filters_keep_unknown_text(conn: sqlite3.Connection) -> None:
    assert resolve_name(conn, "Korea Utara", "PER").name is None
    assert resolve_filter(conn, "Putin")[0] == "Vladimir Putin"
    value, match = resolve_filter(conn, "nobody here")
    assert value == "nobody here" and match is not None and not match.found
    assert resolve_filter(conn, None) == (None, None)
    exact = resolve_name(conn, "North Korea")
    assert not exact.changed and exact.to_dict()["entity"] == "North Korea"
