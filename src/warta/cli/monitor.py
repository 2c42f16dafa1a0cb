"""``warta alerts ...`` and ``warta trends``: thin layers over :mod:`warta.monitor` and
the read layer (:mod:`warta.store.queries.alerts`)."""

# Annotations are objects, not strings: Typer reads the commands' on every start, and
# a string annotation costs a compile (see tests/cli/test_startup.py).

from pathlib import Path
from typing import Any

import typer

from warta.cli.output import DB_OPTION, print_json, reading, say, short, table
from warta.cli.startup import Group
from warta.errors import InvalidParameterError

alerts_app = typer.Typer(
    cls=Group,
    name="alerts",
    help="Alerts on new articles: a query, an entity, or a growing story.",
    no_args_is_help=True,
)

#: The bars of a sparkline, lowest to highest.
BARS = "▁▂▃▄▅▆▇█"


def register(app: typer.Typer) -> None:
    """Add ``alerts`` (a command group) and ``trends`` to ``app``."""
    app.add_typer(alerts_app)
    app.command("trends")(trends)


@alerts_app.command("add")
def add(
    name: str = typer.Argument(..., help="A name for the alert (unique in the store)."),
    query: str | None = typer.Option(None, "--query", help="Fire on new articles matching it."),
    entity: str | None = typer.Option(
        None, "--entity", help="Fire on new articles naming it (any alias the store knows)."
    ),
    story_growth: bool = typer.Option(
        False, "--story-growth", help="Fire when a story reaches --min-size articles and grows."
    ),
    min_size: int | None = typer.Option(
        None, "--min-size", help="Story size that fires a --story-growth alert (default 3)."
    ),
    jsonl: Path | None = typer.Option(None, "--jsonl", help="Append each firing to this file."),
    webhook: str | None = typer.Option(None, "--webhook", help="POST each firing as JSON here."),
    allow_unknown: bool = typer.Option(
        False, "--allow-unknown", help="Keep an --entity the store does not know yet."
    ),
    db: Path = DB_OPTION,
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Define an alert; it fires on articles stored after now, once per article."""
    from warta.monitor.alerts import add_alert
    from warta.store.db import connect, guard

    conn = connect(db)
    try:
        with guard(db):
            alert, match = add_alert(
                conn,
                name,
                query=query,
                entity=entity,
                story_growth=story_growth,
                min_size=min_size,
                jsonl=jsonl,
                webhook=webhook,
                allow_unknown=allow_unknown,
            )
    finally:
        conn.close()
    if as_json:
        data: dict[str, Any] = {
            "name": alert.name,
            "kind": alert.kind,
            "target": alert.target,
            "min_size": alert.min_size,
            "jsonl": alert.jsonl,
            "webhook": alert.webhook,
            "resolved": None if match is None else match.to_dict(),
        }
        print_json(data)
        return
    say(f"alert '{alert.name}' added ({_what(alert.kind, alert.target, alert.min_size)}).")
    if match is not None:
        note = match.note()
        if not match.found:
            note += "; the alert fires on mentions with this exact text until it is known"
        say(note, style=None if match.found else "yellow")


def _what(kind: str, target: str | None, min_size: int | None) -> str:
    if kind == "story-growth":
        return f"stories of {min_size}+ articles"
    return f"{kind} '{target}'"


@alerts_app.command("list")
def list_(db: Path = DB_OPTION, as_json: bool = typer.Option(False, "--json")) -> None:
    """The alerts of the store, with how many times each fired."""
    from warta.store.queries.alerts import list_alerts

    with reading(db) as conn:
        rows = list_alerts(conn)
    if as_json:
        print_json(rows)
        return
    if not rows:
        say("No alerts; add one with warta alerts add NAME --query WORDS.")
        return
    table(
        "Alerts",
        ["name", "kind", "target", "delivery", "fired", "evaluated"],
        [
            (
                r["name"],
                r["kind"],
                r["target"] if r["kind"] != "story-growth" else f"{r['min_size']}+ articles",
                ", ".join(x for x in (r["jsonl"], r["webhook"]) if x) or "store",
                r["firings"],
                r["evaluated_at"] or "not yet",
            )
            for r in rows
        ],
    )


@alerts_app.command("remove")
def remove(
    name: str = typer.Argument(..., help="The alert to remove."),
    db: Path = DB_OPTION,
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Remove an alert (its firings stay in the history)."""
    from warta.monitor.alerts import remove_alert
    from warta.store.db import connect, guard

    conn = connect(db, create=False)
    try:
        with guard(db):
            remove_alert(conn, name)
    finally:
        conn.close()
    if as_json:
        print_json({"removed": name})
        return
    say(f"alert '{name}' removed.")


@alerts_app.command("history")
def history(
    alert: str | None = typer.Option(None, "--alert", help="One alert's firings only."),
    limit: int = typer.Option(50, "--limit"),
    db: Path = DB_OPTION,
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Alert firings, newest first, with their reasons and delivery."""
    from warta.store.queries.alerts import list_firings

    with reading(db) as conn:
        rows = list_firings(conn, alert=alert, limit=limit)
    if as_json:
        print_json(rows)
        return
    if not rows:
        say("No alert has fired yet." if alert is None else f"Alert '{alert}' has not fired.")
        return
    table(
        "Alert firings",
        ["fired", "alert", "article", "reason", "delivery"],
        [
            (
                r["fired_at"],
                r["alert"],
                short(r["title"] or r["article_id"], 40),
                r["reason"],
                delivery_text(r["delivery"]),
            )
            for r in rows
        ],
        wrap=("reason",),
    )


def delivery_text(delivery: dict[str, Any]) -> str:
    """A firing's delivery in a few words.

    >>> delivery_text({"store": "ok", "webhook": "failed: HTTP 500", "webhook_attempts": 2})
    'webhook failed: HTTP 500 (2 attempts)'
    >>> delivery_text({"store": "ok"}), delivery_text({})
    ('stored', 'pending')
    """
    parts = []
    for channel in ("jsonl", "webhook"):
        if channel in delivery:
            tries = int(delivery.get(f"{channel}_attempts", 1))
            more = f" ({tries} attempts)" if tries > 1 else ""
            parts.append(f"{channel} {delivery[channel]}{more}")
    if parts:
        return ", ".join(parts)
    if "claimed" in delivery:
        return "delivering"
    return "stored" if delivery else "pending"


@alerts_app.command("run")
def run(db: Path = DB_OPTION, as_json: bool = typer.Option(False, "--json")) -> None:
    """Evaluate the alerts now on the articles added since their last evaluation, and
    retry deliveries that failed."""
    from warta.monitor.alerts import run_alerts
    from warta.store.db import connect

    connect(db, create=False).close()  # a missing store is an error, not a new one
    fired = run_alerts(db)
    if as_json:
        print_json([_firing(f) for f in fired])
        return
    say(f"{len(fired)} alert firings.")
    for f in fired:
        say(f"{f.alert}: {short(f.title or f.article_id, 60)} — {f.reason}")
    from warta.store.queries.alerts import count_failed

    with reading(db) as conn:
        failed = count_failed(conn)
    if failed:
        say(
            f"{failed} firings not delivered (a webhook or JSONL file failed); the next "
            f"run retries them. See warta alerts history --db {db}",
            style="yellow",
        )


def _firing(f: Any) -> dict[str, Any]:
    return {
        "alert": f.alert,
        "reason": f.reason,
        "article_id": f.article_id,
        "story_id": f.story_id,
        "title": f.title,
    }


def spark(counts: list[int]) -> str:
    """A one-line bar chart of ``counts`` (empty days as the lowest bar).

    >>> spark([0, 1, 2, 4])
    '▁▃▅█'
    """
    peak = max(counts, default=0)
    if peak <= 0:
        return BARS[0] * len(counts)
    return "".join(BARS[round(c / peak * (len(BARS) - 1))] for c in counts)


def trends(
    entity: str | None = typer.Option(None, "--entity", help="One entity (any alias)."),
    days: int = typer.Option(30, "--days", help="Days shown, up to the reference day."),
    top: int = typer.Option(10, "--top", help="Entities and stories listed."),
    baseline: int = typer.Option(7, "--baseline", help="Days the spike score compares with."),
    as_of: str | None = typer.Option(
        None, "--as-of", help="Reference day YYYY-MM-DD (default: today or the last dated day)."
    ),
    db: Path = DB_OPTION,
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Articles per day naming each entity and joining each story, and spike scores:
    (count on the reference day - baseline mean) / (baseline std + 1)."""
    from datetime import date

    from warta.monitor.trends import compute_trends

    day = None
    if as_of is not None:
        try:
            day = date.fromisoformat(as_of)
        except ValueError:
            raise InvalidParameterError(
                f"--as-of '{as_of}' is not a day; use YYYY-MM-DD, e.g. --as-of 2024-06-12",
                detail={"as_of": as_of},
            ) from None
    with reading(db) as conn:
        data = compute_trends(conn, entity=entity, days=days, top=top, baseline=baseline, today=day)
    if as_json:
        print_json(data)
        return
    if data["resolved"] is not None and data["resolved"]["entity"] != entity:
        say(data["resolved"]["note"])
    period = f"{data['dates'][0]} … {data['as_of']}"
    table(
        f"Entities, articles per day {period}",
        ["entity", "type", "per day", "today", "baseline", "spike", "total"],
        [
            (
                e["name"],
                e["type"],
                spark(e["counts"]),
                e["today"],
                f"{e['baseline_mean']:g} ± {e['baseline_std']:g}",
                f"{e['spike']:+.2f}",
                e["total"],
            )
            for e in data["entities"]
        ],
    )
    if data["stories"]:
        table(
            f"Stories, articles per day {period}",
            ["story", "label", "per day", "today", "spike", "grew", "size"],
            [
                (
                    s["id"],
                    short(s["label"], 50),
                    spark(s["counts"]),
                    s["today"],
                    f"{s['spike']:+.2f}",
                    f"{s['sizes'][0]} → {s['sizes'][-1]}",
                    s["size"],
                )
                for s in data["stories"]
            ],
        )
    unplaced = data["unplaced"]
    if unplaced["undated"] or unplaced["coarse"]:
        say(
            f"Not in the daily counts: {unplaced['undated']} articles without a publication "
            f"date, {unplaced['coarse']} dated to a month or year only.",
            style="yellow",
        )
