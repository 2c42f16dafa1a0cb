"""The ``warta`` command: one Typer app, one module per command group.

Every command is a thin layer over the Python API (:mod:`warta.pipeline`) and the read
layer (:mod:`warta.store.queries`). Errors print ``Error: ...`` on stderr and exit 1;
``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import sqlite3
import sys

import typer
from rich.markup import escape

from warta.cli import analysis, build, read, serve
from warta.cli import crawl as crawl_cmd
from warta.cli import eval as eval_cmd
from warta.cli import monitor as monitor_cmd
from warta.cli import relations as relations_cmd
from warta.cli.output import err_console
from warta.errors import WartaError
from warta.store.db import store_error

app = typer.Typer(
    name="warta",
    help="News intelligence for Indonesian news: clean, deduplicate, analyse, explore.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
build.register(app)
read.register(app)
analysis.register(app)
eval_cmd.register(app)
serve.register(app)
monitor_cmd.register(app)
relations_cmd.register(app)
crawl_cmd.register(app)

_debug = False


@app.callback()
def _root(
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks on errors."),
) -> None:
    global _debug
    _debug = debug


def main() -> None:
    """Console entry point."""
    debug = "--debug" in sys.argv
    try:
        code = app(standalone_mode=False)  # returns typer.Exit codes instead of raising
        if isinstance(code, int) and code:
            sys.exit(code)
    except (WartaError, sqlite3.Error) as exc:
        if debug:
            raise
        # A SQLite error that no command turned into a StoreError (with the store's path)
        # still gets one line that says what happened and what to do.
        error = exc if isinstance(exc, WartaError) else store_error(exc, None)
        # escape: messages name extras ('warta[embeddings]') and paths, not Rich markup
        err_console.print(
            f"[bold red]Error:[/] {escape(error.message)}", highlight=False, soft_wrap=True
        )
        sys.exit(1)
    except typer.Abort:
        err_console.print("Aborted.")
        sys.exit(130)
    except KeyboardInterrupt:
        err_console.print("Interrupted; completed batches are stored, re-run to resume.")
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as exc:
        # Usage errors (unknown option, missing argument) come through here in
        # non-standalone mode; Typer vendors its own click, so match by behaviour.
        if hasattr(exc, "show") and hasattr(exc, "exit_code"):
            exc.show()
            sys.exit(exc.exit_code)
        if type(exc).__name__ == "Exit" and hasattr(exc, "exit_code"):
            sys.exit(exc.exit_code)
        raise


if __name__ == "__main__":  # pragma: no cover
    main()
