"""Names in filters: any form an article uses, resolved to one entity of the registry.

Every filter that takes an entity (``quotes --speaker/--about``, ``timeline --entity``,
``articles``/``search --entity``, ``/api/v1/entities/{name}``, the UI's forms) passes the
user's text through :func:`resolve_name`, then filters on the canonical name it returns
and shows :meth:`NameMatch.note` (CLI line, ``resolved`` JSON field, UI note). One
resolver, so the CLI, the REST API and the web UI agree on what "Jokowi" means.

Steps, first hit wins (each over the ``entities`` and ``aliases`` tables):

1. ``name``: the canonical name itself ("Joko Widodo");
2. ``alias``: a form an article used ("Jokowi", "Korea Utara", "Kemlu");
3. ``spelling``: the same name up to case, accents, hyphens and transliteration
   ("joko widodo", "Zelenskyy" for "Zelensky", "Aleksandr" for "Alexandr");
4. ``place``: a gazetteer form no article used ("Korea Utara" when the articles said
   "North Korea"; "MOSKWA");
5. ``part``: whole words of a longer name ("Widodo", "Jae-in"), the most-mentioned
   entity first;
6. otherwise no entity: ``suggestions`` holds the closest names and aliases
   (:mod:`difflib`), for "did you mean ...".

When several entities fit one step, the one in most articles wins and the others are in
``others``, so a front end can say "also: ...".
"""

from __future__ import annotations

import difflib
import sqlite3
from dataclasses import dataclass
from typing import Any

from warta.errors import NotFoundError
from warta.nlp.entities.gazetteer import lookup_place
from warta.nlp.entities.names import spelling_key

__all__ = ["NameMatch", "require_entity", "resolve_filter", "resolve_name"]

#: How close (difflib ratio on case-folded text) a known name must be to be suggested.
#: 0.6 offers "Widodo" for "Widdo" and "Prabowo" for "Prabowi" but not "Wiranto" for
#: "Widodo".
SUGGEST_CUTOFF = 0.6
SUGGEST_COUNT = 5


@dataclass(frozen=True, slots=True)
class NameMatch:
    """What a name typed by a user denotes.

    ``name``/``type`` the entity (``None`` when nothing matched), ``matched`` the name or
    alias that matched, ``how`` the step (``name``, ``alias``, ``spelling``, ``place``,
    ``part`` or ``none``), ``others`` other entities the text fits equally,
    ``suggestions`` known names close to an unmatched text ("did you mean").
    """

    query: str
    name: str | None
    type: str | None
    matched: str | None
    how: str
    others: tuple[str, ...] = ()
    suggestions: tuple[str, ...] = ()

    @property
    def found(self) -> bool:
        return self.name is not None

    @property
    def changed(self) -> bool:
        """Whether the entity's name differs from what was typed (worth saying)."""
        return self.name != self.query or bool(self.others)

    def note(self) -> str:
        """One line for people: what the text resolved to, or "did you mean"."""
        if self.name is None:
            line = f"no entity named '{self.query}' in the store"
            if self.suggestions:
                line += "; did you mean " + ", ".join(self.suggestions) + "?"
            return line
        line = f"'{self.query}' is {self.name} ({self.type}"
        if self.matched and self.matched not in (self.name, self.query):
            line += f", as '{self.matched}'"
        line += ")"
        if self.others:
            line += "; also: " + ", ".join(self.others)
        return line

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape (API ``resolved`` field, CLI ``--json`` on stderr)."""
        return {
            "query": self.query,
            "entity": self.name,
            "type": self.type,
            "matched": self.matched,
            "how": self.how,
            "others": list(self.others),
            "suggestions": list(self.suggestions),
            "note": self.note(),
        }


# (form, entity name, entity type, article count); the form is the name or an alias.
_Row = tuple[str, str, str, int]


def _rows(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...]) -> list[_Row]:
    return [(r[0], r[1], r[2], int(r[3] or 0)) for r in conn.execute(sql, params)]


_BY_NAME = "SELECT name, name, type, article_count FROM entities WHERE name = ?"
_BY_ALIAS = (
    "SELECT a.alias, e.name, e.type, e.article_count FROM aliases a "
    "JOIN entities e ON e.name = a.name AND e.type = a.type WHERE a.alias = ?"
)
_ALL_FORMS = (
    "SELECT name, name, type, article_count FROM entities UNION "
    "SELECT a.alias, e.name, e.type, e.article_count FROM aliases a "
    "JOIN entities e ON e.name = a.name AND e.type = a.type"
)


def _best(query: str, rows: list[_Row], how: str, type: str | None) -> NameMatch | None:
    if type is not None:
        rows = [r for r in rows if r[2] == type]
    if not rows:
        return None
    # Most articles first; then the form closest to what was typed, then A-Z.
    ranked = sorted(rows, key=lambda r: (-r[3], r[0] != query, r[1], r[2]))
    form, name, type_, _count = ranked[0]
    others = tuple(dict.fromkeys(r[1] for r in ranked if r[1] != name))
    return NameMatch(query, name, type_, form, how, others)


def _sub(words: tuple[str, ...], longer: tuple[str, ...]) -> bool:
    n = len(words)
    return n < len(longer) and any(longer[i : i + n] == words for i in range(len(longer) - n + 1))


def resolve_name(conn: sqlite3.Connection, name: str, type: str | None = None) -> NameMatch:
    """The entity ``name`` denotes in this store (see the module docstring for the steps).

    ``type`` (PER, ORG, LOC) keeps only entities of that type. Never raises for an unknown
    name: the result has ``name=None`` and ``suggestions``.
    """
    query = " ".join(name.split())
    for sql, how in ((_BY_NAME, "name"), (_BY_ALIAS, "alias")):
        hit = _best(query, _rows(conn, sql, (query,)), how, type)
        if hit:
            return hit
    forms = _rows(conn, _ALL_FORMS, ())
    key = spelling_key(query)
    if key:
        hit = _best(query, [r for r in forms if spelling_key(r[0]) == key], "spelling", type)
        if hit:
            return hit
    place = lookup_place(query) or lookup_place(query.title())
    for target in (place.name, place.referent) if place else ():
        hit = _best(query, [r for r in forms if r[1] == target], "place", type)
        if hit and target:
            return NameMatch(query, hit.name, hit.type, place.name if place else None,
                             "place", hit.others)
    words = tuple(key.split())
    if words:
        hit = _best(query, [r for r in forms if _sub(words, tuple(spelling_key(r[0]).split()))],
                    "part", type)
        if hit:
            return hit
    return NameMatch(query, None, None, None, "none", (), _suggest(query, forms, type))


def _suggest(query: str, forms: list[_Row], type: str | None) -> tuple[str, ...]:
    by_form: dict[str, _Row] = {}
    for r in sorted(forms, key=lambda r: -r[3]):
        if type is None or r[2] == type:
            by_form.setdefault(r[0].casefold(), r)
    close = difflib.get_close_matches(
        query.casefold(), list(by_form), n=SUGGEST_COUNT * 2, cutoff=SUGGEST_CUTOFF
    )
    out: dict[str, str] = {}
    for form in close:
        shown, entity, _type, _count = by_form[form]
        out.setdefault(entity, entity if shown == entity else f"{shown} ({entity})")
    return tuple(out.values())[:SUGGEST_COUNT]


def resolve_filter(
    conn: sqlite3.Connection, name: str | None, type: str | None = None
) -> tuple[str | None, NameMatch | None]:
    """The value to filter on for a user's ``name``, and how it was resolved.

    A resolved name filters on the entity's canonical name; an unknown one is kept as
    typed (it may still match a mention's surface text) with the match saying so.
    ``(None, None)`` for no filter.
    """
    if name is None or not name.strip():
        return name, None
    match = resolve_name(conn, name, type)
    return (match.name if match.name is not None else name), match


def require_entity(conn: sqlite3.Connection, name: str, type: str | None = None) -> NameMatch:
    """:func:`resolve_name`, or :class:`~warta.errors.NotFoundError` with "did you mean"."""
    match = resolve_name(conn, name, type)
    if match.name is None:
        raise NotFoundError(
            f"{match.note()}; list entities with `warta entities` or GET /api/v1/entities",
            detail={"entity": name, "type": type, "suggestions": list(match.suggestions)},
        )
    return match
