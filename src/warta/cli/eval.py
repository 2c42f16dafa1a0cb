"""``warta eval``: score warta against gold files and check the floors kept in the repo.

Each evaluation returns ``{figure: {"score": float, ...}}``; ``eval/floors/<name>.json``
pins the lowest acceptable score per figure (floors only ever go up).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer

from warta.cli.output import console, print_json, table

SHARED = Path("../shared")
FLOORS = Path("eval/floors")


def _use_scorers(eval_dir: Path = FLOORS.parent) -> None:
    """Put the repository's ``eval/`` (the scorers, outside the runtime package) on sys.path."""
    import sys

    if str(eval_dir.resolve()) not in sys.path:
        sys.path.insert(0, str(eval_dir.resolve()))


def register(app: typer.Typer) -> None:
    app.command("eval")(evaluate)


def _seeds(shared: Path) -> dict[str, Any]:
    from warta_eval.seeds import evaluate_seeds

    return evaluate_seeds(shared / "seeds", shared / "gold" / "seeds.json")


def _time(shared: Path) -> dict[str, Any]:
    from warta_eval.seeds import evaluate_seeds_time

    return evaluate_seeds_time(shared / "seeds", shared / "gold" / "seeds.json")


def _entities(shared: Path) -> dict[str, Any]:
    from warta_eval.seeds import evaluate_seeds_entities

    return evaluate_seeds_entities(shared / "seeds", shared / "gold" / "seeds.json")


def _quotes(shared: Path) -> dict[str, Any]:
    from warta_eval.seeds import evaluate_seeds_quotes

    return evaluate_seeds_quotes(shared / "seeds", shared / "gold" / "seeds.json")


def _ner(shared: Path) -> dict[str, Any]:
    """Entity-level P/R/F1 per type on the three NER dev splits in ../shared/data."""
    from warta_eval.ner import evaluate_ner

    report = evaluate_ner(shared / "data")
    figures: dict[str, Any] = {}
    for split, result in report.items():
        if not isinstance(result, dict):
            continue
        for kind in ("PER", "ORG", "LOC", "overall"):
            r = result[kind]
            figures[f"{split}.{kind}.f1"] = {
                "score": round(r["f1"], 4),
                "p": round(r["precision"], 4),
                "r": round(r["recall"], 4),
            }
    figures["tokens_per_s"] = {"score": round(report["tokens_per_s"])}
    return figures


def _summary(shared: Path) -> dict[str, Any]:
    """ROUGE-1/2/L of warta's summaries and LEAD-3 on the held-out half of IndoSum."""
    from warta.analyze.summarize import summarize_article
    from warta_eval.indosum import load_indosum
    from warta_eval.rouge import evaluate_summaries, is_held_out

    docs = [d for d in load_indosum(shared / "data" / "indosum") if is_held_out(d.id)]
    result = evaluate_summaries(
        docs, lambda d: " ".join(s.text for s in summarize_article(d.text, d.id))
    )
    figures: dict[str, Any] = {}
    for metric in ("rouge1", "rouge2", "rougeL"):
        figures[metric] = {"score": round(result["system"][metric], 4), "n": result["n"]}
        figures[f"lead3_{metric}"] = {"score": round(result["lead3"][metric], 4)}
    margin = result["system"]["rouge1"] - result["lead3"]["rouge1"]
    figures["margin_over_lead3_rouge1"] = {"score": round(margin, 4)}
    return figures


def _stories(shared: Path) -> dict[str, Any]:
    from warta_eval.seeds import evaluate_seeds_stories

    return evaluate_seeds_stories(shared / "seeds", shared / "gold" / "seeds.json")


SUITES: dict[str, Callable[[Path], dict[str, Any]]] = {
    "seeds": _seeds,
    "time": _time,
    "entities": _entities,
    "quotes": _quotes,
    "ner": _ner,
    "summary": _summary,
    "stories": _stories,
}


def check_floors(name: str, figures: dict[str, Any], floors_dir: Path = FLOORS) -> list[str]:
    """Figures below their floor, as messages (empty when all pass or no floors file)."""
    path = floors_dir / f"{name}.json"
    if not path.exists():
        return []
    floors = json.loads(path.read_text(encoding="utf-8"))
    failures = []
    for key, floor in floors.items():
        # Notes ("about"), nested settings and "max_*" bounds belong to the stage's own
        # tests; only plain numbers are floors of figures printed here.
        if not isinstance(floor, (int, float)) or key.startswith("max_"):
            continue
        score = figures.get(key, {}).get("score")
        if score is None or score < floor:
            failures.append(f"{name}.{key}: {score} is below the floor {floor}")
    return failures


def evaluate(
    suite: str = typer.Argument("seeds", help=f"What to score: {', '.join(SUITES)} or all."),
    shared: Path = typer.Option(SHARED, "--shared", help="Folder with seeds/, gold/ and data/."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Score against gold files and compare with the floors in eval/floors/."""
    from warta.errors import InvalidParameterError

    names = list(SUITES) if suite == "all" else [suite]
    unknown = [n for n in names if n not in SUITES]
    if unknown:
        raise InvalidParameterError(
            f"unknown evaluation '{suite}'; choose one of: {', '.join(SUITES)}, all",
            detail={"suite": suite},
        )
    _use_scorers()
    results = {name: SUITES[name](shared) for name in names}
    failures = [msg for name in names for msg in check_floors(name, results[name])]
    if as_json:
        print_json({"results": results, "below_floor": failures})
    else:
        for name, figures in results.items():
            table(
                f"warta eval {name}",
                ["figure", "score", "detail"],
                [
                    (
                        k,
                        f"{v['score']:.3f}"
                        if isinstance(v.get("score"), float)
                        else v.get("score"),
                        _detail(v),
                    )
                    for k, v in figures.items()
                ],
            )
        for msg in failures:
            console.print(f"[red]below floor[/] {msg}")
    if failures:
        raise typer.Exit(1)


def _detail(value: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v}" for k, v in value.items() if k != "score")
