"""Commands over relations between actors: relations, dyad, network.

The relation queries (and networkx under them) load when a command runs, so ``warta
--help`` and the other commands do not pay for them.
"""

# Annotations are objects, not strings: Typer reads the commands' on every start, and
# a string annotation costs a compile (see tests/cli/test_startup.py).

from pathlib import Path

import typer

from warta.cli.names import resolve_options
from warta.cli.output import DB_OPTION, no_results, print_json, reading, say, short, table
from warta.errors import InvalidParameterError
from warta.nlp.relations.taxonomy import CLASSES

#: The action classes, strongest first: the order of the read layer's ``CLASS_ORDER``
#: (the help text is built at import, before the read layer loads).
CLASS_NAMES = [c.name for c in sorted(CLASSES.values(), key=lambda c: -c.weight)]


def register(app: typer.Typer) -> None:
    """Add the relation commands to ``app``."""
    app.command("relations")(relations)
    app.command("dyad")(dyad)
    app.command("network")(network)


def _mark(r: dict[str, object]) -> str:
    """How sure and how real: "not" for a denial, the modality when not asserted."""
    parts = []
    if r["polarity"] == "negative":
        parts.append("not")
    if r["modality"] != "asserted":
        parts.append(str(r["modality"]))
    return " ".join(parts)


def relations(
    db: Path = DB_OPTION,
    actor: str | None = typer.Option(None, "--actor", help="Done by this actor (any name)."),
    target: str | None = typer.Option(None, "--target", help="Done to this actor (any name)."),
    action: str | None = typer.Option(
        None, "--class", help=f"Action class: {', '.join(CLASS_NAMES)}."
    ),
    date_from: str | None = typer.Option(None, "--from", help="From this ISO date."),
    date_to: str | None = typer.Option(None, "--to", help="Up to this ISO date."),
    limit: int = typer.Option(50, "--limit"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Who did what to whom: coded relations, copies in duplicates merged."""
    from warta.store.queries import relations as rq

    with reading(db) as conn:
        names = resolve_options(conn, {"--actor": actor, "--target": target}, err=as_json)
        result = rq.list_relations(
            conn,
            actor=names["--actor"],
            target=names["--target"],
            action=action,
            date_from=date_from,
            date_to=date_to,
            limit=limit,
        )
    if as_json:
        print_json(result)
        return
    rows = result["relations"]
    if not rows:
        filters = {
            "--actor": actor,
            "--target": target,
            "--class": action,
            "--from": date_from,
            "--to": date_to,
        }
        no_results("relations", filters)
        return
    table(
        f"Relations ({result['total']})",
        ["date", "source", "class", "cameo", "target", "", "sources", "evidence"],
        [
            (
                r["date"],
                r["source"],
                r["action"],
                r["cameo"],
                r["target"],
                _mark(r),
                r["sources"],
                short(r["sentence"], 160),
            )
            for r in rows
        ],
        wrap=("evidence",),
    )


def dyad(
    a: str = typer.Argument(..., help="One actor (any name or alias: Rusia, Widodo, Kremlin)."),
    b: str = typer.Argument(..., help="The other actor."),
    db: Path = DB_OPTION,
    people: bool = typer.Option(
        False,
        "--people",
        help="Count each state's people too (Presiden Prancis Emmanuel Macron acts for France).",
    ),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Both directions between two actors over time: counts per class and month, balance."""
    from warta.store.queries import relations as rq

    with reading(db) as conn:
        result = rq.dyad(conn, a, b, people=people)
    if as_json:
        print_json(result)
        return
    for match in result["resolved"].values():
        if match["entity"] != match["query"] or not match["entity"]:
            say(match["note"], style=None if match["entity"] else "yellow")
    for state, persons in result["people"].items():
        if persons:
            say(f"{state} counts its people too: {', '.join(persons)}", style=None)
    say(
        f"{result['a']} ↔ {result['b']}: {result['total']} relations, "
        f"{result['cooperative']} cooperative, {result['conflictual']} conflictual, "
        f"balance {result['balance']:+} (Goldstein-like weights, -10 … +10 each)"
    )
    if not result["relations"]:
        say("No relations between them; warta relations --actor NAME lists an actor's.")
        return
    table(
        "By direction",
        ["direction", "count", "balance", "classes"],
        [
            (
                f"{d['source']} → {d['target']}",
                d["count"],
                f"{d['balance']:+}",
                ", ".join(f"{k} {v}" for k, v in sorted(d["by_class"].items())),
            )
            for d in result["directions"]
        ],
    )
    if result["months"]:
        table(
            "By month",
            ["month", "balance", "classes"],
            [
                (
                    m["month"],
                    f"{m['balance']:+}",
                    ", ".join(f"{k} {v}" for k, v in sorted(m["by_class"].items())),
                )
                for m in result["months"]
            ],
        )
    table(
        "Evidence",
        ["date", "source", "class", "target", "", "sentence"],
        [
            (r["date"], r["source"], r["action"], r["target"], _mark(r), short(r["sentence"], 200))
            for r in result["relations"]
        ],
        wrap=("sentence",),
    )


def network(
    db: Path = DB_OPTION,
    entity: str | None = typer.Option(
        None, "--entity", help="The network around this entity (any name)."
    ),
    limit: int = typer.Option(30, "--limit", help="Most nodes."),
    fmt: str = typer.Option("table", "--format", help="table, json or graphml."),
    out: Path | None = typer.Option(None, "--out", help="Write to this file (default: stdout)."),
) -> None:
    """Entities linked by co-occurrence and by relations, as a table, JSON or GraphML."""
    from warta.store.queries import relations as rq

    if fmt not in ("table", "json", "graphml"):
        raise InvalidParameterError(
            f"--format '{fmt}' is not known; use table, json or graphml", detail={"format": fmt}
        )
    with reading(db) as conn:
        names = resolve_options(conn, {"--entity": entity}, err=fmt != "table")
        result = rq.entity_network(conn, entity=names["--entity"], limit=limit)
    if fmt == "table":
        if not result["edges"]:
            no_results("links", {"--entity": entity})
            return
        table(
            f"Network ({len(result['nodes'])} entities, {len(result['edges'])} links)",
            ["a", "b", "articles", "relations", "balance"],
            [
                (
                    e["source"],
                    e["target"],
                    e["cooccurrence"],
                    ", ".join(f"{k} {v}" for k, v in sorted(e["relations"].items())),
                    f"{e['balance']:+}" if e["relations"] else "",
                )
                for e in sorted(result["edges"], key=lambda e: -e["cooccurrence"])
            ],
        )
        return
    if fmt == "json":
        if out is None:
            print_json(result)
        else:
            import json

            out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
        return
    import sys

    import networkx as nx

    text = "\n".join(nx.generate_graphml(rq.network_graph(result))) + "\n"
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
