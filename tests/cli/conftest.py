"""Run ``warta`` in-process the way the console script does (``main()``: one ``Error:``
line and exit 1 on failure), capturing what Rich renders to stdout and stderr."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

Cli = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    """``cli(*args) -> (exit code, stdout, stderr)``, rendered 200 columns wide."""
    from warta.cli import output
    from warta.cli.main import main

    monkeypatch.setenv("COLUMNS", "200")
    # Rich reads COLUMNS once, when the console is made: under a parallel run the first
    # test of a worker may have imported it with no COLUMNS (80 wide), so set it here.
    for console in (output.console, output.err_console):
        monkeypatch.setattr(console, "_width", 200)

    def run(*args: str | Path) -> tuple[int, str, str]:
        capsys.readouterr()
        monkeypatch.setattr(sys, "argv", ["warta", *map(str, args)])
        code = 0
        try:
            main()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        out, err = capsys.readouterr()
        return code, out, err

    return run
