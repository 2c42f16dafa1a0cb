"""The ``warta`` command: one Typer app, one module per command group.

Every command is a thin layer over the Python API (:mod:`warta.pipeline`) and the read
layer (:mod:`warta.store.queries`). Errors print ``Error: ...`` on stderr and exit 1;
``--debug`` shows the traceback instead.
"""

# Annotations are objects, not strings: Typer reads the commands' on every start, and
# a string annotation costs a compile (see tests/cli/test_startup.py).

import sys

import typer
from rich.markup import escape

from warta.cli import analysis, build, read, serve
from warta.cli import crawl as crawl_cmd
from warta.cli import eval as eval_cmd
from warta.cli import monitor as monitor_cmd
from warta.cli import relations as relations_cmd
from warta.cli.output import err_console
from warta.cli.startup import Group, load_typer_help
from warta.errors import WartaError

load_typer_help()  # before any help or usage error is printed: see warta.cli.startup
app = typer.Typer(
    cls=Group,
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
    except typer.Abort:
        err_console.print("Aborted.")
        sys.exit(130)
    except KeyboardInterrupt:
        err_console.print("Interrupted; completed batches are stored, re-run to resume.")
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as exc:
        error = _as_warta_error(exc)
        if error is not None:
            if debug:
                raise
            # escape: messages name extras ('warta[embeddings]') and paths, not Rich markup
            err_console.print(
                f"[bold red]Error:[/] {escape(error.message)}", highlight=False, soft_wrap=True
            )
            sys.exit(1)
        # Usage errors (unknown option, missing argument) come through here in
        # non-standalone mode; Typer vendors its own click, so match by behaviour.
        if hasattr(exc, "show") and hasattr(exc, "exit_code"):
            exc.show()
            sys.exit(exc.exit_code)
        if type(exc).__name__ == "Exit" and hasattr(exc, "exit_code"):
            sys.exit(exc.exit_code)
        raise


def _as_warta_error(exc: Exception) -> WartaError | None:
    """``exc`` as the error to report in one line; ``None`` if it is not warta's or SQLite's.

    A SQLite error that no command turned into a StoreError (with the store's path) still
    gets one line that says what happened and what to do.
    """
    if isinstance(exc, WartaError):
        return exc
    # Not imported at the top, for --help and usage errors: where sqlite3 was never
    # imported, no SQLite error can have been raised.
    sqlite3 = sys.modules.get("sqlite3")
    if sqlite3 is not None and isinstance(exc, sqlite3.Error):
        from warta.store.db import store_error

        return store_error(exc, None)
    return None


if __name__ == "__main__":  # pragma: no cover
    main()
