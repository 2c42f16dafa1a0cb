"""Start-up cost: ``warta --help`` and the reading commands load neither the web framework
nor the other heavy libraries they do not use; help is the same as Typer renders it
without the shortcuts of :mod:`warta.cli.startup`.

Each command runs in a fresh interpreter (what is imported is per process), the way the
``warta`` console script runs it (``warta.cli.main:main``), and reports which of the
watched modules ended up in ``sys.modules``.
"""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

#: The web UI and REST API stack: only ``warta serve`` needs it.
WEB = ("fastapi", "starlette", "uvicorn", "httpx", "jinja2")
#: Libraries no reading command needs: relations and scoring, clustering, cleaning, dedup.
HEAVY = ("networkx", "sklearn", "scipy", "rensa", "trafilatura", "warta.pipeline")
#: Typer coerces a command's parameters with pydantic; printing help needs none of
#: it, nor numpy or the read layer.
HELP_ONLY = ("pydantic", "numpy", "warta.store.queries")
#: What Typer's help would load without :mod:`warta.cli.startup` (Markdown, Pygments, Rich
#: tracebacks), and what only running a command needs (the store, the progress bars).
HELP_DEFERRED = (
    "rich.markdown",
    "rich.traceback",
    "markdown_it",
    "pygments",
    "rich.progress",
    "sqlite3",
)
#: Help pages of each kind: the top, a command, a group, a command of a group.
HELP_PAGES = [["--help"], ["search", "--help"], ["alerts", "--help"], ["sources", "add", "--help"]]

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
    watched = [*WEB, *HEAVY, *HELP_ONLY, *HELP_DEFERRED, "typer"]
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


@pytest.mark.parametrize("page", HELP_PAGES, ids=" ".join)
def test_help_loads_no_heavy_library(page: list[str]) -> None:
    code, loaded = _probe(*page)
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


#: Runs ``warta ARGS`` the way Typer does without :mod:`warta.cli.startup`: the deferred
#: modules imported first (so they are used as they are) and Typer's own ``--help`` flag.
PLAIN = """
import sys
import rich.markdown, rich.traceback
from typer.core import TyperGroup
import warta.cli.startup as startup
startup.Group.get_help_option = TyperGroup.get_help_option
"""
LAUNCH = """
import sys
sys.argv = ["warta", *sys.argv[1:]]
from warta.cli.main import main
main()
"""


def _render(prelude: str, *args: str) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of ``warta ARGS`` in a new interpreter, in colour."""
    env = {**os.environ, "COLUMNS": "100", "FORCE_COLOR": "1", "TERM": "xterm-256color"}
    done = subprocess.run(
        [sys.executable, "-c", prelude + LAUNCH, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    return done.returncode, done.stdout, done.stderr


@pytest.mark.parametrize(
    "args", [*HELP_PAGES, [], ["alerts", "add", "--help"], ["nosuch"], ["search"]], ids=" ".join
)
def test_help_and_usage_errors_are_what_typer_renders_without_the_shortcuts(
    args: list[str],
) -> None:
    """Same text, colours and exit code as with the real modules and Typer's own flag."""
    fast = _render("", *args)
    assert fast == _render(PLAIN, *args)
    assert "Usage:" in fast[1] + fast[2]  # a page was rendered, in both runs


def test_stand_ins_hand_over_to_the_real_classes_and_leave_no_trace() -> None:
    """After ``load_typer_help``, the deferred modules import as themselves, and Typer's
    names for their classes build real instances (a Markdown help text would still work)."""
    script = """
import sys
from warta.cli.startup import DEFERRED, load_typer_help
load_typer_help()
assert not set(DEFERRED) & set(sys.modules), "a stand-in or the real module stayed"
import typer.rich_utils as ru
import rich.markdown, rich.traceback
assert hasattr(rich.markdown, "MarkdownElement") and hasattr(rich.traceback, "install")
assert not isinstance(object(), ru.Markdown)
made = ru.Markdown("# title")
assert type(made) is rich.markdown.Markdown and isinstance(made, ru.Markdown)
assert ru.Traceback.from_exception == rich.traceback.Traceback.from_exception
print("ok")
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.stdout.strip() == "ok", done.stderr


def test_a_class_typer_takes_that_has_no_stand_in_means_the_ordinary_import() -> None:
    """If Typer took another name from a deferred module, the stand-in would refuse it and
    ``typer.rich_utils`` would load the usual way, real modules and all."""
    script = """
import sys
import warta.cli.startup as startup
startup.DEFERRED = {"rich.markdown": ()}
startup.load_typer_help()
import rich.markdown, typer.rich_utils as ru
assert ru.Markdown is rich.markdown.Markdown
print("ok")
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.stdout.strip() == "ok", done.stderr


def test_commands_have_object_annotations_and_every_group_defers_pydantic() -> None:
    """Typer reads each command's annotations (``typing.get_type_hints``) on every start;
    a string annotation (``from __future__ import annotations``) costs a compile and an
    eval each, twice per command: 10 ms of ``warta --help``. And a group that is not a
    :class:`~warta.cli.startup.Group` loads pydantic for ``warta GROUP COMMAND --help``."""
    import typer
    from typer.core import TyperGroup

    from warta.cli.main import app
    from warta.cli.startup import Group

    def callbacks(typer_app: typer.Typer) -> Iterator[Callable[..., Any]]:
        if typer_app.registered_callback and typer_app.registered_callback.callback:
            yield typer_app.registered_callback.callback
        for command in typer_app.registered_commands:
            assert command.callback is not None
            yield command.callback
        for group in typer_app.registered_groups:
            assert group.typer_instance is not None
            yield from callbacks(group.typer_instance)

    strings = [
        f"{cb.__module__}.{cb.__name__}: {name}"
        for cb in callbacks(app)
        for name, hint in inspect.get_annotations(cb).items()
        if isinstance(hint, str)
    ]
    assert strings == []

    def groups(command: Any) -> Iterator[Any]:
        if isinstance(command, TyperGroup):
            yield command
            for sub in command.commands.values():
                yield from groups(sub)

    found = list(groups(typer.main.get_command(app)))
    assert len(found) >= 3 and all(isinstance(g, Group) for g in found)


def test_relations_help_lists_the_read_layers_classes_in_order() -> None:
    from warta.cli.relations import CLASS_NAMES
    from warta.store.queries.relations import CLASS_ORDER

    assert CLASS_NAMES == CLASS_ORDER
