"""The evaluation gate (eval/warta_eval/gate.py): every way it must fail, and the real floors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from warta.cli.eval import locate_eval_dir
from warta.errors import EvalFolderNotFoundError
from warta.nlp.entities.ner import ModelNotFoundError
from warta_eval import gate
from warta_eval.gate import Context, Suite, check_floors, run_gate, set_floors, sha256

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def _suite(figures: dict[str, Any], inputs: tuple[str, ...] = ("gold.json",)) -> Suite:
    return Suite(run=lambda ctx: figures, inputs=lambda shared: list(inputs))


@pytest.fixture
def dirs(tmp_path: Path) -> tuple[Path, Path]:
    """An eval dir with an empty floors/ and a shared dir holding one gold file."""
    eval_dir, shared = tmp_path / "eval", tmp_path / "shared"
    (eval_dir / "floors").mkdir(parents=True)
    shared.mkdir()
    (shared / "gold.json").write_text('{"gold": true}', encoding="utf-8")
    return eval_dir, shared


def _floors(eval_dir: Path, name: str, floors: dict[str, Any], shared: Path) -> None:
    pins = {"gold": {"gold.json": sha256(shared / "gold.json")}}
    path = eval_dir / "floors" / f"{name}.json"
    path.write_text(json.dumps(pins | floors), encoding="utf-8")


# -- bounds -------------------------------------------------------------------------------


def test_a_figure_below_its_floor_fails() -> None:
    failures, above = check_floors("q", {"recall": {"score": 0.9}}, {"recall": 0.95})
    assert failures == ["q.recall: 0.9 is below the floor 0.95"] and above == []


def test_a_figure_equal_to_its_floor_passes_and_a_better_one_is_noted() -> None:
    figures = {"recall": {"score": 0.95}, "precision": {"score": 1.0}}
    failures, above = check_floors("q", figures, {"recall": 0.95, "precision": 0.9})
    assert failures == []
    assert above == ["q.precision: 1.0 is better than its bound 0.9; raise the bound to the figure"]


def test_a_nested_floor_is_checked_under_its_dotted_name() -> None:
    figures = {"nerp.overall.f1": {"score": 0.70}}
    failures, _ = check_floors("ner", figures, {"nerp": {"overall": {"f1": 0.78}}})
    assert failures == ["ner.nerp.overall.f1: 0.7 is below the floor 0.78"]
    # A nested floor naming nothing printed (the old {"f1": {"nerp": ...}}) fails too.
    failures, _ = check_floors("ner", figures, {"f1": {"nerp": 0.78}})
    assert "ner.f1.nerp: the suite printed no such figure (bound f1.nerp = 0.78)" in failures


def test_an_upper_bound_is_checked() -> None:
    figures = {"person_splits": {"score": 1}}
    failures, _ = check_floors("entities", figures, {"max_person_splits": 0})
    assert failures == ["entities.person_splits: 1 is above the upper bound 0"]
    assert check_floors("entities", {"person_splits": {"score": 0}},
                        {"max_person_splits": 0}) == ([], [])  # fmt: skip


def test_a_floor_on_a_missing_figure_fails() -> None:
    failures, _ = check_floors("time", {}, {"timex_vectors": 1.0})
    assert failures == ["time.timex_vectors: the suite printed no such figure "
                        "(bound timex_vectors = 1.0)"]  # fmt: skip


def test_a_bound_that_is_not_a_number_fails() -> None:
    figures = {"recall": {"score": 1.0}}
    for bad in (None, "0.9", True):
        failures, _ = check_floors("q", figures, {"recall": bad})
        assert failures and "is not a number" in failures[0]
    failures, _ = check_floors("q", {"recall": {"score": None}}, {"recall": 0.5})
    assert failures == ["q.recall: the score None is not a number"]


def test_a_printed_figure_needs_a_floor_or_a_reason() -> None:
    figures = {"recall": {"score": 1.0}, "tokens_per_s": {"score": 9000}}
    failures, _ = check_floors("ner", figures, {"recall": 1.0})
    assert failures == ["ner.tokens_per_s: printed but has no floor; add one to "
                        "eval/floors/ner.json, or list it under 'ungated' with the reason"]
    floors = {"recall": 1.0, "ungated": {"tokens_per_s": "speed"}}
    assert check_floors("ner", figures, floors) == ([], [])
    failures, _ = check_floors("ner", figures, floors | {"ungated": {"gone": "x",
                                                                     "tokens_per_s": "s"}})
    assert failures == ["ner.gone: listed as ungated but the suite printed no such figure"]


def test_reserved_keys_are_not_bounds() -> None:
    floors = {"about": "text", "gold": {"a": "b"}, "ungated": {}, "x": 1.0}
    assert gate.flatten_bounds(floors) == {"x": 1.0}


# -- the gate -----------------------------------------------------------------------------


def test_the_gate_passes_when_every_bound_holds(dirs: tuple[Path, Path]) -> None:
    eval_dir, shared = dirs
    _floors(eval_dir, "s", {"recall": 0.9}, shared)
    report = run_gate(["s"], shared, eval_dir, {"s": _suite({"recall": {"score": 0.9}})})
    assert report.passed and report.results == {"s": {"recall": {"score": 0.9}}}


def test_a_suite_without_floors_file_fails(dirs: tuple[Path, Path]) -> None:
    eval_dir, shared = dirs
    report = run_gate(["s"], shared, eval_dir, {"s": _suite({"recall": {"score": 1.0}})})
    assert not report.passed
    assert report.failures[0].startswith("s: no floors file")
    assert report.results["s"] == {"recall": {"score": 1.0}}  # still printed


def test_a_floors_file_without_suite_fails_under_all(dirs: tuple[Path, Path]) -> None:
    eval_dir, shared = dirs
    _floors(eval_dir, "s", {"recall": 1.0}, shared)
    _floors(eval_dir, "orphan", {"recall": 1.0}, shared)
    report = run_gate(["s"], shared, eval_dir, {"s": _suite({"recall": {"score": 1.0}})})
    assert len(report.failures) == 1 and "a floors file with no suite" in report.failures[0]


def test_a_changed_gold_file_fails_and_says_to_re_pin(dirs: tuple[Path, Path]) -> None:
    eval_dir, shared = dirs
    _floors(eval_dir, "s", {"recall": 1.0}, shared)
    (shared / "gold.json").write_text('{"gold": false}', encoding="utf-8")
    report = run_gate(["s"], shared, eval_dir, {"s": _suite({"recall": {"score": 1.0}})})
    assert len(report.failures) == 1
    message = report.failures[0]
    assert str(shared / "gold.json") in message and "changed" in message
    assert "re-measure" in message and "re-pin" in message


def test_a_missing_pinned_file_fails_without_scoring(dirs: tuple[Path, Path]) -> None:
    eval_dir, shared = dirs
    _floors(eval_dir, "s", {"recall": 1.0}, shared)
    (shared / "gold.json").unlink()

    def boom(ctx: Context) -> dict[str, Any]:
        raise AssertionError("scored without its gold file")

    report = run_gate(["s"], shared, eval_dir, {"s": Suite(boom, lambda s: ["gold.json"])})
    assert "is missing" in report.failures[0] and "s" not in report.results


def test_an_unpinned_input_and_a_file_without_pins_fail(dirs: tuple[Path, Path]) -> None:
    eval_dir, shared = dirs
    (shared / "data.txt").write_text("x", encoding="utf-8")
    _floors(eval_dir, "s", {"recall": 1.0}, shared)
    suite = _suite({"recall": {"score": 1.0}}, ("gold.json", "data.txt"))
    report = run_gate(["s"], shared, eval_dir, {"s": suite})
    assert report.failures == ["s: the suite reads data.txt, which is not pinned "
                               "(python -m warta_eval.gate repin s)"]  # fmt: skip
    (eval_dir / "floors" / "s.json").write_text('{"recall": 1.0}', encoding="utf-8")
    report = run_gate(["s"], shared, eval_dir, {"s": suite})
    assert report.failures[0].startswith("s: the floors file pins no gold file")


def test_a_missing_model_fails_the_gate(dirs: tuple[Path, Path]) -> None:
    eval_dir, shared = dirs
    _floors(eval_dir, "ner", {"recall": 1.0}, shared)

    def no_model(ctx: Context) -> dict[str, Any]:
        raise ModelNotFoundError("the NER model file model.npz is missing")

    report = run_gate(["ner"], shared, eval_dir, {"ner": Suite(no_model, lambda s: ["gold.json"])})
    assert report.failures == ["ner: the suite could not run: the NER model file model.npz "
                               "is missing"]  # fmt: skip


def test_set_floors_raises_only_and_flattens(dirs: tuple[Path, Path]) -> None:
    eval_dir, shared = dirs
    _floors(eval_dir, "s", {"f1": {"a": 0.5}, "b": 0.9, "max_c": 2,
                            "ungated": {"speed": "machine"}}, shared)  # fmt: skip
    figures = {"f1.a": {"score": 0.6}, "b": {"score": 0.8}, "c": {"score": 1},
               "d": {"score": 0.3}, "speed": {"score": 5}}  # fmt: skip
    set_floors("s", eval_dir / "floors", figures)
    floors = json.loads((eval_dir / "floors" / "s.json").read_text(encoding="utf-8"))
    assert floors["f1.a"] == 0.6 and floors["b"] == 0.9 and floors["max_c"] == 1
    assert floors["d"] == 0.3 and "speed" not in floors and "f1" not in floors
    assert floors["gold"] and floors["ungated"] == {"speed": "machine"}
    set_floors("s", eval_dir / "floors", figures, lower=True)
    floors = json.loads((eval_dir / "floors" / "s.json").read_text(encoding="utf-8"))
    assert floors["b"] == 0.8


def test_a_new_figure_named_like_an_upper_bound_gets_one(dirs: tuple[Path, Path]) -> None:
    """A new split's contradicted dates or split speakers are bounded from above, as the
    same measure of the other splits is: a floor would demand them."""
    eval_dir, shared = dirs
    _floors(eval_dir, "s", {"max_old.dates_contradicted": 1, "max_old_set.blind2_splits": 0,
                            "old.titles": 0.5}, shared)  # fmt: skip
    figures = {"old.dates_contradicted": 0, "old_set.blind2_splits": 0, "old.titles": 0.5,
               "new.dates_contradicted": 3, "new_set.blind4_splits": 2, "new.titles": 0.7}  # fmt: skip
    set_floors("s", eval_dir / "floors", figures)
    floors = json.loads((eval_dir / "floors" / "s.json").read_text(encoding="utf-8"))
    assert floors["max_new.dates_contradicted"] == 3 and "new.dates_contradicted" not in floors
    assert floors["max_new_set.blind4_splits"] == 2
    assert floors["new.titles"] == 0.7 and "max_new.titles" not in floors


# -- locating eval/ -----------------------------------------------------------------------


def test_a_missing_eval_dir_fails_loudly(tmp_path: Path) -> None:
    with pytest.raises(EvalFolderNotFoundError, match="warta eval needs the repository's eval/"):
        locate_eval_dir(tmp_path)
    (tmp_path / "floors").mkdir()  # floors without the scorers is not an eval folder either
    with pytest.raises(EvalFolderNotFoundError, match="--eval-dir"):
        locate_eval_dir(tmp_path)


def test_the_eval_dir_is_found_from_a_checkout(monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:  # fmt: skip
    assert locate_eval_dir(ROOT / "eval") == (ROOT / "eval").resolve()
    monkeypatch.chdir(tmp_path)  # no ./eval here: found next to the installed package
    assert locate_eval_dir() == (ROOT / "eval").resolve()


# -- the real floors ----------------------------------------------------------------------


def test_every_real_floors_file_is_well_formed() -> None:
    floors_dir = ROOT / "eval" / "floors"
    assert {p.stem for p in floors_dir.glob("*.json")} == set(gate.SUITES)
    for name in gate.SUITES:
        floors = gate.load_floors(name, floors_dir)
        assert floors is not None and floors["about"] and floors["gold"], name
        bounds = gate.flatten_bounds(floors)
        assert bounds and all(gate._number(v) for v in bounds.values()), name


@pytest.mark.skipif(not SHARED.exists(), reason="../shared not available")
def test_the_real_pins_hold() -> None:
    floors_dir = ROOT / "eval" / "floors"
    for name, suite in gate.SUITES.items():
        floors = gate.load_floors(name, floors_dir)
        assert floors is not None
        failures, readable = gate.verify_pins(name, floors, SHARED, suite.inputs(SHARED))
        assert failures == [] and readable, failures


@pytest.mark.slow
@pytest.mark.skipif(not SHARED.exists(), reason="../shared not available")
def test_the_real_gate_passes_on_the_seeds_suite() -> None:
    report = run_gate(["seeds"], SHARED, ROOT / "eval")  # `warta eval all`: tests/cli
    assert report.passed, report.failures


def test_repo_pins_resolve_in_the_repository_whatever_its_folder_name(tmp_path: Path) -> None:
    from warta_eval.gate import REPO, pinned_path, repo_pin

    labels = REPO / "examples" / "pages" / "labels.json"
    assert repo_pin(labels) == "repo:examples/pages/labels.json"
    assert pinned_path(repo_pin(labels), tmp_path) == labels  # not under --shared
    assert pinned_path("gold/seeds.json", tmp_path) == tmp_path / "gold" / "seeds.json"


def test_gate_cli_refuses_a_shared_folder_without_seeds(tmp_path: Path) -> None:
    """Measuring against a folder with no seeds would set nothing but figures of 0."""
    from warta_eval.gate import main

    with pytest.raises(SystemExit) as stopped:
        main(["measure", "--shared", str(tmp_path), "relations"])
    assert stopped.value.code == 2
