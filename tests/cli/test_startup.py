"""Start-up cost: ``warta --help`` and the reading commands load neither the web framework
nor the other heavy libraries they do not use.

Each command runs in a fresh interpreter (what is imported is per process), the way the
``warta`` console script runs it (``warta.cli.main:main``), and reports which of the
watched modules ended up in ``sys.modules``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

#: The web UI and REST API stack: only ``warta serve`` needs it.
WEB = ("fastapi", "starlette", "uvicorn", "httpx", "jinja2")
#: Libraries no reading command needs: relations and scoring, clustering, cleaning, dedup.
HEAVY = ("networkx", "sklearn", "scipy", "rensa", "trafilatura", "warta.pipeline")
#: Typer coerces a command's parameters with pydantic; printing help needs none of
#: it, nor numpy or the read layer.
HELP_ONLY = ("pydantic", "numpy", "warta.store.queries")

PROBE = """
import json, sys
sys.argv = ["warta", *sys.argv[1:]]
from warta.cli.main import main
code = 0
try:
    main()
except SystemExit as exc:
    code = exc.code if isinstance(exc.code, int) else 1
watched = json.loads(WATCHED)
print("PROBE " + json.dumps({"code": code, "loaded": [m for m in watched if m in sys.modules]}),
      file=sys.__stderr__)
"""


def _probe(*args: str | Path) -> tuple[int, list[str]]:
    """Run ``warta ARGS`` in a new interpreter: (exit code, watched modules it imported)."""
    watched = [*WEB, *HEAVY, *HELP_ONLY, "typer"]
    script = PROBE.replace("WATCHED", repr(json.dumps(watched)))
    done = subprocess.run(
        [sys.executable, "-c", script, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in done.stderr.splitlines() if line.startswith("PROBE ")]
    assert lines, done.stderr
    result = json.loads(lines[-1].removeprefix("PROBE "))
    return result["code"], result["loaded"]


def test_help_loads_no_heavy_library() -> None:
    code, loaded = _probe("--help")
    assert code == 0
    assert "typer" in loaded  # the probe sees what the command imported
    assert [m for m in loaded if m != "typer"] == []


@pytest.mark.parametrize(
    "command",
    [
        ["search", "banjir"],
        ["entities"],
        ["stories"],
        ["stats", "--json"],
        ["articles", "--limit", "3"],
    ],
    ids=lambda c: c[0],
)
def test_reading_commands_do_not_load_the_web_framework(command: list[str], seeds_db: Path) -> None:
    code, loaded = _probe(*command, "--db", seeds_db)
    assert code == 0
    assert [m for m in loaded if m in (*WEB, *HEAVY)] == []


def test_relations_help_lists_the_read_layers_classes_in_order() -> None:
    from warta.cli.relations import CLASS_NAMES
    from warta.store.queries.relations import CLASS_ORDER

    assert CLASS_NAMES == CLASS_ORDER
