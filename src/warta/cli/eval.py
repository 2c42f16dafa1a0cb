"""``warta eval``: score warta against gold files and check every floor kept in the repo.

A thin layer over the gate in the repository's ``eval/`` folder (``warta_eval.gate``):
the scorers, the floors and the gold pins live there, outside the runtime package, so
this command needs a source checkout. It finds ``eval/`` with ``--eval-dir``, else in
the current folder, else next to the checkout the ``warta`` package is installed from
(an editable install), and fails when there is none: a gate that is not found never
passes.
"""

# Annotations are objects, not strings: Typer reads the commands' on every start, and
# a string annotation costs a compile (see tests/cli/test_startup.py).

import importlib
import sys
from pathlib import Path
from typing import Any

import typer
from rich.markup import escape

from warta.cli.output import console, err_console, print_json, table
from warta.errors import EvalFolderNotFoundError, InvalidParameterError

SHARED = Path("../shared")


def register(app: typer.Typer) -> None:
    app.command("eval")(evaluate)


def _is_eval_dir(path: Path) -> bool:
    return (path / "warta_eval" / "gate.py").is_file() and (path / "floors").is_dir()


def locate_eval_dir(given: Path | None = None) -> Path:
    """``given``, else ``./eval``, else the ``eval/`` of the checkout warta runs from.

    Raises :class:`EvalFolderNotFoundError` when the folder holds no scorers and floors.
    """
    if given is not None:
        candidates = [given]
    else:
        # src/warta/cli/eval.py -> the checkout's root, where an editable install runs from
        candidates = [Path("eval"), Path(__file__).resolve().parents[3] / "eval"]
    for path in candidates:
        if _is_eval_dir(path):
            return path.resolve()
    tried = ", ".join(str(p) for p in candidates)
    raise EvalFolderNotFoundError(
        "warta eval needs the repository's eval/ folder (scorers and floors): run it from "
        f"a clone of warta or pass --eval-dir (tried {tried}; the folder must hold "
        "warta_eval/gate.py and floors/)",
        detail={"tried": [str(p) for p in candidates]},
    )


def _load_gate(eval_dir: Path) -> Any:
    """The ``warta_eval.gate`` module of ``eval_dir``."""
    if str(eval_dir) not in sys.path:
        sys.path.insert(0, str(eval_dir))
    # Imported by name: the runtime package never depends on eval/ statically.
    gate = importlib.import_module("warta_eval.gate")
    loaded = Path(gate.__file__ or "").resolve().parents[1]
    if loaded != eval_dir:
        raise EvalFolderNotFoundError(
            f"warta_eval is already loaded from {loaded}, not from --eval-dir {eval_dir}: "
            "run warta eval in a fresh process",
            detail={"loaded": str(loaded), "eval_dir": str(eval_dir)},
        )
    return gate


def evaluate(
    suite: str = typer.Argument(
        "seeds",
        help="What to score: a suite (seeds, time, entities, entity_shapes, quotes, quote_shapes, "
        "stories, copies, relations, pages: the seeds and the project's own corpora, development "
        "sets; ner, summary, pfsa: data the code was not written against) or all.",
    ),
    shared: Path = typer.Option(SHARED, "--shared", help="Folder with seeds/, gold/ and data/."),
    eval_dir: Path | None = typer.Option(
        None, "--eval-dir", help="The repository's eval/ folder (default: ./eval, else the "
        "checkout warta is installed from)."
    ),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Score against gold files, verify the gold pins and check every floor in eval/floors/."""
    gate = _load_gate(locate_eval_dir(eval_dir))
    names = list(gate.SUITES) if suite == "all" else [suite]
    if suite != "all" and suite not in gate.SUITES:
        raise InvalidParameterError(
            f"unknown evaluation '{suite}'; choose one of: {', '.join(gate.SUITES)}, all",
            detail={"suite": suite},
        )
    report = gate.run_gate(names, shared, Path(gate.__file__).resolve().parents[1])
    if as_json:
        print_json({"results": report.results, "failures": report.failures,
                    "above_floor": report.above_floor})  # fmt: skip
    else:
        for name, figures in report.results.items():
            table(
                f"warta eval {name}",
                ["figure", "score", "detail"],
                [(k, _score(v.get("score")), _detail(v)) for k, v in figures.items()],
            )
        for msg in report.above_floor:
            console.print(f"[yellow]above floor[/] {escape(msg)}", highlight=False)
        for msg in report.failures:
            err_console.print(f"[red]FAIL[/] {escape(msg)}", highlight=False)
        if report.passed:
            console.print(f"[green]gate passed[/]: {', '.join(names)}")
        else:
            err_console.print(f"[red]gate failed[/]: {len(report.failures)} failure(s)")
    if not report.passed:
        raise typer.Exit(1)


def _score(value: Any) -> Any:
    return f"{value:.4f}" if isinstance(value, float) else value


def _detail(value: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v}" for k, v in value.items() if k != "score")
