"""The read layer, relations: coded actions, dyads and the entity network.

Actor names are read through the mentions the relation came from, so they are the
corpus's names (a bare "Widodo" in one article is "Joko Widodo" once another article
named him in full); a relation without a date of its own takes its article's date as
the corpus concluded it (``date_source`` ``"corpus"``). Views collapse copies: one
event reported by a syndicated copy and its original is one row, with the articles
that carry it and the number of independent sources (duplicate groups count once).

>>> sorted(CLASS_ORDER)[:3]
['aid', 'appeal', 'consult']
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx

from warta.errors import InvalidParameterError
from warta.nlp.relations.taxonomy import CLASSES
from warta.store.queries.articles import check_page
from warta.store.queries.names import require_entity, resolve_filter

__all__ = [
    "CLASS_ORDER",
    "affiliations",
    "dyad",
    "entity_network",
    "list_relations",
    "network_graph",
    "relation_rows",
]

#: Classes from most cooperative to most conflictual (chart and table order).
CLASS_ORDER = [c.name for c in sorted(CLASSES.values(), key=lambda c: -c.weight)]

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")

# The corpus name of the mention at an offset (the longest, should two start there).
_NAME = """coalesce((SELECT coalesce(m.referent, m.entity) FROM mentions m
    WHERE m.article_id = r.article_id AND m.start = r.{col} ORDER BY m.end DESC LIMIT 1),
    r.{name})"""

_SELECT = f"""
    SELECT r.article_id, r.position, {_NAME.format(col="source_start", name="source")} AS source,
        r.action, r.cameo, {_NAME.format(col="target_start", name="target")} AS target,
        r.sentence, r.start, r.end, r.trigger,
        coalesce(r.date, a.published) AS date,
        CASE WHEN r.date IS NOT NULL THEN r.date_source
             WHEN a.published IS NOT NULL THEN 'corpus' END AS date_source,
        r.polarity, r.modality, r.confidence,
        a.title, a.published, coalesce(a.dup_group, a.id) AS copy_group
    FROM relations r JOIN articles a ON a.id = r.article_id
"""


def _check_date(name: str, value: str | None) -> None:
    if value is not None and not _DATE.fullmatch(value):
        raise InvalidParameterError(
            f"{name} '{value}' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD",
            detail={name: value},
        )


def _check_class(action: str | None) -> None:
    if action is not None and action not in CLASSES:
        raise InvalidParameterError(
            f"'{action}' is not an action class; use one of {', '.join(CLASS_ORDER)}",
            detail={"class": action, "allowed": CLASS_ORDER},
        )


def relation_rows(
    conn: sqlite3.Connection,
    *,
    actor: str | None = None,
    target: str | None = None,
    action: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    pair: tuple[str, str] | None = None,
    involving: Iterable[str] | None = None,
    sides: tuple[Iterable[str], Iterable[str]] | None = None,
) -> list[dict[str, Any]]:
    """Every stored relation row matching the filters (names already canonical), in
    date order. ``pair`` keeps both directions between two actors; ``involving`` keeps
    rows whose source or target is one of those names; ``sides`` (two sets of names)
    keeps rows from one side to the other, either way."""
    _check_class(action)
    _check_date("from", date_from)
    _check_date("to", date_to)
    sql, params = f"SELECT * FROM ({_SELECT}) WHERE 1=1", []
    if actor:
        sql += " AND source = ?"
        params.append(actor)
    if target:
        sql += " AND target = ?"
        params.append(target)
    if action:
        sql += " AND action = ?"
        params.append(action)
    if date_from:
        sql += " AND date >= ?"
        params.append(date_from)
    if date_to:
        sql += " AND date <= ?"
        params.append(date_to + "\uffff")
    if pair:
        sql += " AND ((source = ? AND target = ?) OR (source = ? AND target = ?))"
        params.extend([pair[0], pair[1], pair[1], pair[0]])
    if sides is not None:
        one, two = sorted(set(sides[0])), sorted(set(sides[1]))
        m1, m2 = ",".join("?" * len(one)) or "NULL", ",".join("?" * len(two)) or "NULL"
        sql += (
            f" AND ((source IN ({m1}) AND target IN ({m2}))"
            f" OR (source IN ({m2}) AND target IN ({m1})))"
        )
        params.extend([*one, *two, *two, *one])
    if involving is not None:
        names = sorted(set(involving))
        marks = ",".join("?" * len(names)) or "NULL"
        sql += f" AND source IN ({marks}) AND target IN ({marks})"
        params.extend(names * 2)
    sql += " ORDER BY date IS NULL, date, article_id, position"
    return [dict(r) for r in conn.execute(sql, params)]


def collapse(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per event: the same (source, class, target, polarity) on the same date
    from several articles, or within one group of copies when undated.

    Each kept row gains ``articles`` (ids carrying it), ``sources`` (independent
    sources: duplicate groups count once) and ``evidence`` (one sentence per article).
    """
    events: dict[tuple[Any, ...], dict[str, Any]] = {}
    for r in rows:
        when = r["date"] if r["date"] else ("undated", r["copy_group"])
        key = (r["source"], r["action"], r["target"], r["polarity"], when)
        kept = events.get(key)
        if kept is None:
            kept = events[key] = {
                **{k: v for k, v in r.items() if k != "copy_group"},
                "label": CLASSES[r["action"]].label,
                "weight": CLASSES[r["action"]].weight,
                "articles": [],
                "evidence": [],
                "_groups": set(),
            }
        if r["article_id"] not in kept["articles"]:
            kept["articles"].append(r["article_id"])
            kept["evidence"].append(
                {
                    "article_id": r["article_id"],
                    "title": r["title"],
                    "sentence": r["sentence"],
                    "trigger": r["trigger"],
                }
            )
        kept["_groups"].add(r["copy_group"])
        kept["confidence"] = max(kept["confidence"], r["confidence"])
    out = []
    for kept in events.values():
        kept["sources"] = len(kept.pop("_groups"))
        out.append(kept)
    return out


def list_relations(
    conn: sqlite3.Connection,
    *,
    actor: str | None = None,
    target: str | None = None,
    action: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> dict[str, Any]:
    """Relations, collapsed across copies, in date order (undated last).

    ``actor``/``target`` are resolved like every entity filter (an alias, a spelling:
    "Widodo", "Korea Selatan"); ``resolved`` says how.
    """
    check_page(limit, offset)
    actor_name, actor_match = resolve_filter(conn, actor)
    target_name, target_match = resolve_filter(conn, target)
    rows = relation_rows(
        conn,
        actor=actor_name,
        target=target_name,
        action=action,
        date_from=date_from,
        date_to=date_to,
    )
    events = collapse(rows)
    resolved = {
        k: m.to_dict()
        for k, m in (("actor", actor_match), ("target", target_match))
        if m is not None
    }
    return {
        "total": len(events),
        "relations": events[offset : offset + limit],
        "resolved": resolved,
    }


def _month(date: str | None) -> str | None:
    return date[:7] if date and len(date) >= 7 else None


def affiliations(conn: sqlite3.Connection) -> dict[str, str]:
    """``{person: state}`` for people the corpus names right after a state
    ("Presiden Prancis Emmanuel Macron", "Menlu Jepang Yoko Kamikawa"): the state
    written most often before them, when one state leads."""
    rows = conn.execute(
        """SELECT p.entity, coalesce(g.referent, g.entity) AS state, count(*) AS n
           FROM mentions g JOIN mentions p
             ON p.article_id = g.article_id AND p.start - g.end BETWEEN 1 AND 2
           WHERE g.type = 'LOC' AND p.type = 'PER' AND p.entity IS NOT NULL
             AND coalesce(g.referent, g.entity) IS NOT NULL
           GROUP BY 1, 2"""
    )
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for person, state, n in rows:
        votes[person][state] += n
    out = {}
    for person, states in votes.items():
        ranked = states.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            out[person] = ranked[0][0]
    return out


def dyad(conn: sqlite3.Connection, a: str, b: str, *, people: bool = False) -> dict[str, Any]:
    """Both directions between ``a`` and ``b`` over time.

    Returns the two canonical names, ``directions`` (per direction: count per class,
    the Goldstein-like balance), ``months`` (per month: count per class and balance, for
    the chart), ``cooperative``/``conflictual`` counts, and ``relations`` (collapsed,
    with their evidence sentences). Negated relations are listed but not counted.

    With ``people``, each side also counts what the people of its state did and had
    done to them (:func:`affiliations`: "Presiden Prancis Emmanuel Macron" acts for
    France); ``people`` in the answer lists them per side.
    """
    if not a.strip() or not b.strip():
        raise InvalidParameterError(
            "a dyad needs two actors; give two names, e.g. warta dyad Rusia 'Korea Utara'",
            detail={"a": a, "b": b},
        )
    a_match, b_match = require_entity(conn, a), require_entity(conn, b)
    a_name, b_name = str(a_match.name), str(b_match.name)
    side = {a_name: {a_name}, b_name: {b_name}}
    if people:
        for person, state in affiliations(conn).items():
            if state in side and person not in (a_name, b_name):
                side[state].add(person)
    events = collapse(relation_rows(conn, sides=(side[a_name], side[b_name])))
    counted = [e for e in events if e["polarity"] == "positive"]
    directions: dict[str, dict[str, Any]] = {}
    for src, dst in ((a_name, b_name), (b_name, a_name)):
        mine = [e for e in counted if e["source"] in side[src]]
        directions[f"{src} → {dst}"] = {
            "source": src,
            "target": dst,
            "count": len(mine),
            "by_class": dict(Counter(e["action"] for e in mine)),
            "balance": round(sum(e["weight"] for e in mine), 1),
        }
    months: dict[str, dict[str, Any]] = defaultdict(lambda: {"by_class": Counter(), "balance": 0.0})
    for e in counted:
        month = _month(e["date"])
        if month is None:
            continue
        months[month]["by_class"][e["action"]] += 1
        months[month]["balance"] += e["weight"]
    resolved = {"a": a_match.to_dict(), "b": b_match.to_dict()}
    return {
        "a": a_name,
        "b": b_name,
        "resolved": resolved,
        "total": len(counted),
        "cooperative": sum(1 for e in counted if e["weight"] > 0),
        "conflictual": sum(1 for e in counted if e["weight"] < 0),
        "balance": round(sum(e["weight"] for e in counted), 1),
        "directions": list(directions.values()),
        "months": [
            {"month": m, "by_class": dict(v["by_class"]), "balance": round(v["balance"], 1)}
            for m, v in sorted(months.items())
        ],
        "relations": events,
        "people": {k: sorted(v - {k}) for k, v in side.items()},
        "articles": _articles_naming(conn, a_name, b_name),
    }


def _articles_naming(
    conn: sqlite3.Connection, a: str, b: str, limit: int = 50
) -> list[dict[str, Any]]:
    """Articles that name both ``a`` and ``b`` (metonyms count), newest first."""
    both = [i for i, names in _actor_mentions(conn, [a, b]).items() if len(names) == 2]
    if not both:
        return []
    marks = ",".join("?" * len(both))
    rows = conn.execute(
        f"""SELECT id, title, published FROM articles WHERE id IN ({marks})
            ORDER BY published IS NULL, published DESC, id LIMIT ?""",
        (*both, limit),
    )
    return [dict(r) for r in rows]


def _actor_mentions(conn: sqlite3.Connection, names: Iterable[str]) -> dict[str, set[str]]:
    """``{article id: the given names it mentions}`` (metonyms count for their country)."""
    wanted = sorted(set(names))
    if not wanted:
        return {}
    marks = ",".join("?" * len(wanted))
    sql = f"""SELECT DISTINCT article_id, coalesce(referent, entity) AS name FROM mentions
              WHERE entity IN ({marks}) OR referent IN ({marks})"""
    out: dict[str, set[str]] = defaultdict(set)
    for article_id, name in conn.execute(sql, wanted * 2):
        if name in wanted:
            out[article_id].add(name)
    return out


def entity_network(
    conn: sqlite3.Connection, *, entity: str | None = None, limit: int = 30
) -> dict[str, Any]:
    """Entities (nodes) linked by co-occurrence in articles and by relations (edges).

    Without ``entity``: the ``limit`` entities in most articles. With one: that entity
    and the ``limit - 1`` it shares most articles or relations with. Each edge has
    ``cooccurrence`` (articles naming both), ``relations`` (count per class, both
    directions, copies collapsed) and ``balance``.
    """
    check_page(limit, 0)
    name, match = resolve_filter(conn, entity)
    types = {r[0]: r[1] for r in conn.execute("SELECT name, type FROM entities")}
    counts = Counter({r[0]: r[1] for r in conn.execute("SELECT name, article_count FROM entities")})
    if name:
        ego = _actor_mentions(conn, [name])
        neighbours: Counter[str] = Counter()
        if ego:
            ids = sorted(ego)
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ",".join("?" * len(chunk))
                for (other,) in conn.execute(
                    f"""SELECT coalesce(referent, entity) FROM mentions
                        WHERE article_id IN ({marks}) GROUP BY article_id, 1""",
                    chunk,
                ):
                    if other and other != name:
                        neighbours[other] += 1
        for r in relation_rows(conn):
            if name in (r["source"], r["target"]):
                neighbours[r["target"] if r["source"] == name else r["source"]] += 1
        chosen = [name, *[n for n, _ in neighbours.most_common(limit - 1)]]
    else:
        chosen = [n for n, _ in counts.most_common(limit)]
    pairs: Counter[tuple[str, str]] = Counter()
    for names in _actor_mentions(conn, chosen).values():
        ordered = sorted(names)
        for i, x in enumerate(ordered):
            for y in ordered[i + 1 :]:
                pairs[(x, y)] += 1
    by_pair: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for e in collapse(relation_rows(conn, involving=chosen)):
        if e["polarity"] == "positive":
            x, y = sorted((e["source"], e["target"]))
            by_pair[(x, y)].append(e)
    edges = []
    for key in sorted(set(pairs) | set(by_pair)):
        rels = by_pair.get(key, [])
        edges.append(
            {
                "source": key[0],
                "target": key[1],
                "cooccurrence": pairs.get(key, 0),
                "relations": dict(Counter(e["action"] for e in rels)),
                "balance": float(round(sum(e["weight"] for e in rels), 1)),
            }
        )
    nodes = [{"name": n, "type": types.get(n), "articles": counts.get(n, 0)} for n in chosen]
    return {
        "entity": name,
        "resolved": match.to_dict() if match is not None else None,
        "nodes": nodes,
        "edges": edges,
    }


def network_graph(network: dict[str, Any]) -> nx.Graph:
    """:func:`entity_network`'s answer as a networkx graph (for GraphML and layouts).

    Node attributes ``type``, ``articles``; edge attributes ``cooccurrence``,
    ``balance``, ``relations`` (total) and one ``rel_<class>`` count per class present.
    """
    graph = nx.Graph()
    for n in network["nodes"]:
        graph.add_node(n["name"], type=n["type"] or "", articles=n["articles"])
    for e in network["edges"]:
        attrs = {f"rel_{k}": v for k, v in e["relations"].items()}
        graph.add_edge(
            e["source"],
            e["target"],
            cooccurrence=e["cooccurrence"],
            balance=e["balance"],
            relations=sum(e["relations"].values()),
            **attrs,
        )
    return graph
