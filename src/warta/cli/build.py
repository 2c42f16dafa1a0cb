"""``warta build``: read inputs into the store and print what was found.

``--engine local`` (the default) runs the in-process build; ``--engine dask`` runs the
same pipeline on a Dask cluster (:func:`warta.scale.build_distributed`), writes Parquet
tables under ``--out`` and loads them into ``--db``.
"""

# Annotations are objects, not strings: Typer reads the commands' on every start, and
# a string annotation costs a compile (see tests/cli/test_startup.py).

import sys
from pathlib import Path
from typing import Any

import typer
from rich.markup import escape

from warta.cli.output import console, err_console, print_json, reading, say, table
from warta.errors import InvalidParameterError


def register(app: typer.Typer) -> None:
    app.command("build")(build)
    app.command("embed")(embed)
    app.command("reanalyse")(reanalyse)


def build(
    inputs: list[str] = typer.Argument(..., help="Files, folders, globs, or - for stdin."),
    db: Path = typer.Option(Path("warta.db"), "--db", help="SQLite store to create or update."),
    as_json: bool = typer.Option(False, "--json", help="Print the build report as JSON."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar, no table."),
    engine: str = typer.Option("local", "--engine", help="local (in-process) or dask."),
    scheduler: str | None = typer.Option(
        None, "--scheduler", help="Dask scheduler address (default: a local cluster)."
    ),
    workers: int | None = typer.Option(
        None,
        "--workers",
        min=1,
        help="Processes that analyse articles, or workers of the local Dask cluster "
        "(default: the machine's cores; 1: all in one process).",
    ),
    out: Path | None = typer.Option(
        None, "--out", help="Parquet output folder of --engine dask (default: DB.parquet/)."
    ),
    embeddings: bool | None = typer.Option(
        None,
        "--embeddings/--no-embeddings",
        help="Embed articles with e5 for stories and semantic search "
        "(default: on when warta\\[embeddings] is installed; local engine only). "
        "'--embeddings later' builds without e5 now; 'warta embed' adds it.",
        show_default=False,
    ),
) -> None:
    """Clean, deduplicate and analyse INPUTS into the store at --db."""
    from warta.cli.progress import StageDisplay, progress_bar  # Rich's live display too
    from warta.pipeline import build as run_build  # the analysis code loads only to build

    inputs, embed = _embeddings_choice(inputs, embeddings)
    if engine not in ("local", "dask"):
        raise InvalidParameterError(
            f"unknown engine '{engine}'; use --engine local or --engine dask",
            detail={"engine": engine},
        )
    if engine == "dask":
        if embed is True:
            raise InvalidParameterError(
                "--embeddings applies to --engine local; after a Dask build, run "
                f"'warta embed --db {db}' to embed the loaded articles",
                detail={"engine": engine},
            )
        _build_dask(inputs, db, out, scheduler, workers, as_json=as_json, quiet=quiet)
        return
    if scheduler or out:
        raise InvalidParameterError(
            "--scheduler and --out apply to --engine dask only; add --engine dask",
            detail={"engine": engine},
        )
    stdin = sys.stdin.buffer if "-" in inputs else None
    show_progress = not (as_json or quiet) and console.is_terminal
    with progress_bar(show_progress) as bar:
        report = run_build(
            inputs,
            db,
            stdin=stdin,
            embeddings=embed,
            stage=StageDisplay(bar),
            workers=workers,
        )
    s = report.stats
    _finish(
        db,
        [p.error.message for p in report.problems],
        report.to_dict(),
        as_json,
        quiet,
        f"{s['documents']} documents read: {s['new']} new, {s['updated']} updated, "
        f"{s['unchanged']} unchanged; {len(report.problems)} problems; "
        f"{s['duplicate_groups']} duplicate groups; {s['stories']} stories "
        f"({_similarity_note(report.similarity, s['embedded'], report.embeddings)}). "
        f"Store: {db}"
        + _later_note(report.embeddings, s["awaiting_embeddings"], db)
        + _outdated_note(s["outdated"], db),
        failed=not report.ok,
    )
    if s["new"]:
        _run_alerts(db, show=not (as_json or quiet))


#: The word after ``--embeddings`` that defers e5 to ``warta embed``.
LATER = "later"


def _embeddings_choice(inputs: list[str], flag: bool | None) -> tuple[list[str], bool | str | None]:
    """The inputs and the embeddings choice of ``warta build``: ``--embeddings later``
    is ``"later"``.

    ``--embeddings`` is a flag (so ``--embeddings DIR`` keeps reading DIR), and the word
    after it arrives as an input: with ``--embeddings``, an input ``later`` that is no
    file or folder is the word. Raises :class:`~warta.errors.InvalidParameterError` when
    no input is left.
    """
    if flag is not True or LATER not in inputs or Path(LATER).exists():
        return inputs, flag
    rest = list(inputs)
    rest.remove(LATER)
    if not rest:
        raise InvalidParameterError(
            "no inputs: give files, folders, globs or - after '--embeddings later'",
            detail={"embeddings": LATER},
        )
    return rest, LATER


def _later_note(mode: str | None, awaiting: int, db: Path) -> str:
    """What a build with ``--embeddings later`` left to do."""
    if mode != LATER:
        return ""
    from warta.analyze.embeddings import available

    note = f"\n'warta embed --db {db}' will embed the {awaiting} articles without e5 vectors"
    if not available():
        note += " (it needs pip install 'warta[embeddings]')"
    return note + "."


def _outdated_note(outdated: int, db: Path) -> str:
    """What to do about stored articles an older warta analysed."""
    if not outdated:
        return ""
    return (
        f"\n{outdated} stored articles were analysed by another warta release; "
        f"'warta reanalyse --db {db}' analyses them again with this one."
    )


def reanalyse(
    db: Path = typer.Option(Path("warta.db"), "--db", help="SQLite store to update."),
    every: bool = typer.Option(
        False, "--all", help="Analyse every stored article again, not only the outdated ones."
    ),
    workers: int | None = typer.Option(
        None,
        "--workers",
        min=1,
        help="Processes that analyse articles (default: the machine's cores).",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar, no summary."),
) -> None:
    """Analyse stored articles again with this release's rules (names, quotes, time,
    relations, summaries), then update duplicates, entities, timeline and stories.

    Only the articles an older release analysed, unless --all. Cleaning (title, date,
    boilerplate) needs the pages: run 'warta build' on the same inputs for that."""
    from warta.cli.progress import StageDisplay, progress_bar
    from warta.pipeline.reanalyse import reanalyse as run_reanalyse

    show_progress = not (as_json or quiet) and console.is_terminal
    with progress_bar(show_progress) as bar:
        report = run_reanalyse(str(db), every=every, workers=workers, stage=StageDisplay(bar))
    s = report.stats
    if as_json:
        print_json(report.to_dict())
    elif not quiet:
        console.print(
            f"{s['articles']} articles analysed again: {s['changed']} changed, "
            f"{s['unchanged']} unchanged; {s['indexed']} taken into the corpus steps "
            f"({s['renamed']} others renamed, {s['redated']} re-dated, {s['regrouped']} "
            f"regrouped); {s['stories']} stories. Store: {db}",
            markup=False,
        )


# --- alerts (warta.monitor) ---------------------------------------------------------------


def _run_alerts(db: Path, *, show: bool) -> None:
    """Evaluate the store's alerts on what this build added (recorded and delivered;
    ``warta alerts history`` lists them) and say how many fired."""
    from warta.monitor.alerts import run_alerts

    fired = run_alerts(db)
    if show and fired:
        names = sorted({f.alert for f in fired})
        say(f"{len(fired)} alert firings ({', '.join(names)}); see warta alerts history --db {db}")


def embed(
    db: Path = typer.Option(Path("warta.db"), "--db", help="SQLite store to embed."),
    as_json: bool = typer.Option(False, "--json", help="Print the counts as JSON."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Fill the store's e5 embedding index (new and changed articles only) and
    re-cluster stories with it. Needs warta\\[embeddings]."""
    from collections import defaultdict

    from warta import corpus
    from warta.cli.progress import StageDisplay, progress_bar
    from warta.store import vectors
    from warta.store.db import connect, guard

    show_progress = not (as_json or quiet) and console.is_terminal
    conn = connect(db, create=False)
    try:
        with guard(db), progress_bar(show_progress) as bar:
            stage = StageDisplay(bar)
            embedded = vectors.update_embeddings(
                conn, lambda done, total: stage("embeddings", done, total)
            )
            stats = corpus.run_corpus_steps(
                conn,
                defaultdict(float),
                embeddings=True,
                stage=lambda name: stage(f"corpus: {name}", 0, None),
            )
            similarity = corpus.story_similarity(conn)
            done, total = vectors.coverage(conn)
    finally:
        conn.close()
    data = {"embedded": embedded, "vectors": done, "articles": total, "similarity": similarity}
    if as_json:
        print_json(data | {"stories": stats["stories"]})
    elif not quiet:
        console.print(
            f"{embedded} articles embedded; {done}/{total} have a vector; "
            f"{stats['stories']} stories ({_similarity_note(similarity, embedded)}). Store: {db}",
            markup=False,
        )


def _similarity_note(similarity: str | None, embedded: int, mode: str | None = None) -> str:
    """Which similarity the stories used, and how to get e5 when it was not used."""
    if similarity == "tfidf+e5":
        return f"TF-IDF + e5 similarity, {embedded} articles embedded now"
    from warta.analyze.embeddings import available

    if mode == LATER:
        return "TF-IDF similarity; embeddings deferred"
    if available():
        return "TF-IDF similarity; embeddings off"
    return "TF-IDF similarity; pip install 'warta[embeddings]' adds e5"


def _build_dask(
    inputs: list[str],
    db: Path,
    out: Path | None,
    scheduler: str | None,
    workers: int | None,
    *,
    as_json: bool,
    quiet: bool,
) -> None:
    from warta.scale import build_distributed

    out = out or db.with_name(db.name + ".parquet")
    report = build_distributed(inputs, out, scheduler=scheduler, n_workers=workers, db=db)
    s = report.stats
    _finish(
        db,
        [p["message"] for p in report.problems],
        report.to_dict(),
        as_json,
        quiet,
        f"{s['documents']} documents read in {report.shards} shards "
        f"({report.shards_skipped} already done); {s['articles']} articles; "
        f"{len(report.problems)} problems; {s['duplicate_groups']} duplicate groups; "
        f"{report.load.get('stories', 0)} stories (TF-IDF similarity; "
        f"'warta embed --db {db}' adds e5). "
        f"Parquet: {out}  Store: {db}",
        failed=s["documents"] == 0 and bool(report.problems),
    )


def _finish(
    db: Path,
    problems: list[str],
    data: dict[str, Any],
    as_json: bool,
    quiet: bool,
    summary: str,
    *,
    failed: bool,
) -> None:
    """What every build prints: skipped inputs, then JSON or the table and a summary."""
    for message in problems:
        err_console.print(f"[yellow]skipped[/] {escape(message)}", highlight=False, soft_wrap=True)
    if as_json:
        print_json(data)
    elif not quiet:
        _print_found(db)
        console.print(summary, markup=False)  # it names extras: warta[embeddings]
    if failed:
        err_console.print("Error: nothing could be read from the inputs.")
        raise typer.Exit(1)


#: Articles the build table lists; ``warta articles`` lists them all.
BUILD_TABLE_ROWS = 50


def _print_found(db: Path) -> None:
    from warta.store import queries  # here, not at import: `warta --help` stays light

    with reading(db) as conn:
        rows = queries.list_articles(conn, limit=BUILD_TABLE_ROWS)
        total = queries.count_articles(conn)
    table(
        "Articles",
        ["id", "title", "published", "page date", "site / original", "duplicate"],
        [
            (
                r["id"][:8],
                r["display_title"] if r["title"] else f"({r['display_title']})",
                r["published"],
                r["page_date"],
                " / ".join(x for x in (r["host_site"], r["original_source"]) if x),
                f"{r['dup_relation']} {r['dup_group'][:7]}" if r["dup_group"] else "",
            )
            for r in rows
        ],
    )
    if total > len(rows):
        say(
            f"showing {len(rows)} of {total} articles; list them all with "
            f"warta articles --db {db} --limit 0 (add --json for every field)."
        )
