"""The package's shape: no import cycles, imports only point down the layers, every module
imports on its own.

The graph is read from the source (every ``import``, including those inside functions, so
a lazy import cannot hide a cycle). The layers below are the architecture the README
draws; a change that needs an upward import should move code, not edit this table.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

#: Lowest first. A group may import groups of its own layer or lower ones (never in a
#: cycle: see test_no_cycles_between_packages).
LAYERS: list[set[str]] = [
    {"warta.errors", "warta.records", "warta.settings", "warta.lexicon", "warta.serialize"},
    {"warta.versions"},  # the pipeline version, read by the store and the pipeline
    {"warta.nlp.sentences"},
    {"warta.ingest", "warta.dedup", "warta.nlp.entities", "warta.nlp.quotes", "warta.nlp.time"},
    {"warta.nlp.relations"},  # relations read mentions, times and quotes: above them
    {"warta.clean"},
    {"warta.analyze"},
    {"warta.pipeline.stages", "warta.store"},
    {"warta.pipeline.workers", "warta.pipeline.warm"},  # the batch task and its processes
    {"warta.corpus"},
    {"warta.monitor"},  # alerts and trends: over the store, below the crawler and builds
    {"warta.pipeline.local", "warta.pipeline"},
    {"warta.pipeline.reanalyse"},  # stored articles through the stages and corpus again
    {"warta.crawl"},  # fetches into the store through the local build
    {"warta.scale"},
    {"warta.api"},
    {"warta.web"},
    {"warta.cli"},
    {"warta"},
]

#: Upward imports that are part of the design, each with its reason.
ALLOWED_UPWARD = {
    # The application factory is the composition root: it mounts the web UI's router next
    # to the API's. The web UI in turn reuses the API's parameter types and security.
    ("warta.api.app", "warta.web.views"),
    ("warta.api.app", "warta.web.monitor"),  # the trends and alerts pages, likewise
    ("warta.api.app", "warta.web.relations"),  # relations, dyad and network pages
}

#: Imports inside functions are for start-up time only: the CLI loads a command's
#: dependencies when the command runs (``warta --help`` stays fast), and the cleaner
#: loads trafilatura only for HTML input.
LAZY_ALLOWED_IN = ("warta.cli.", "warta.clean")


def _modules() -> dict[str, Path]:
    mods = {}
    for path in (SRC / "warta").rglob("*.py"):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        mods[".".join(parts)] = path
    return mods


MODULES = _modules()


def _imports(name: str, path: Path) -> dict[str, bool]:
    """``{imported warta module: imported inside a function}``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nested: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            nested |= {id(n) for n in ast.walk(node) if n is not node}
    out: dict[str, bool] = {}
    for node in ast.walk(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            targets = [
                f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in MODULES else node.module
                for a in node.names
            ]
        for target in targets:
            if target in MODULES and target != name:
                out[target] = out.get(target, True) and id(node) in nested
    return out


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _group(module: str) -> str:
    parts = module.split(".")
    if len(parts) > 2 and parts[1] in ("nlp", "pipeline"):
        return ".".join(parts[:3])
    return ".".join(parts[:2])


def _layer(group: str) -> int:
    for i, layer in enumerate(LAYERS):
        if group in layer:
            return i
    raise AssertionError(f"{group} is in no layer of tests/test_architecture.py: add it")


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_module_imports_itself_in_a_cycle() -> None:
    assert _cycles({m: set(deps) for m, deps in GRAPH.items()}) == []


def test_no_cycles_between_packages() -> None:
    groups: dict[str, set[str]] = defaultdict(set)
    for m, deps in GRAPH.items():
        for d in deps:
            if _group(m) != _group(d) and (m, d) not in ALLOWED_UPWARD:
                groups[_group(m)].add(_group(d))
    assert _cycles(dict(groups)) == []


def test_imports_only_point_down_the_layers() -> None:
    upward = [
        f"{m} imports {d}"
        for m, deps in sorted(GRAPH.items())
        for d in deps
        if _group(m) != _group(d)
        and _layer(_group(d)) > _layer(_group(m))
        and (m, d) not in ALLOWED_UPWARD
    ]
    assert upward == []


def test_imports_inside_functions_are_only_for_start_up_time() -> None:
    lazy = [
        f"{m} imports {d} inside a function"
        for m, deps in sorted(GRAPH.items())
        for d, inside in deps.items()
        if inside and not m.startswith(LAZY_ALLOWED_IN) and m != "warta"
    ]
    assert lazy == []


def test_the_cycle_check_can_fail() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


@pytest.mark.slow
def test_every_module_imports_on_its_own() -> None:
    """Each module in an interpreter where no other warta module was imported first."""
    script = (
        "import importlib, sys\n"
        "failed = []\n"
        f"for name in {sorted(MODULES)!r}:\n"
        "    for k in [k for k in sys.modules if k == 'warta' or k.startswith('warta.')]:\n"
        "        del sys.modules[k]\n"
        "    try:\n"
        "        importlib.import_module(name)\n"
        "    except Exception as exc:\n"
        "        failed.append(f'{name}: {type(exc).__name__}: {exc}')\n"
        "print('\\n'.join(failed))\n"
        "sys.exit(1 if failed else 0)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
