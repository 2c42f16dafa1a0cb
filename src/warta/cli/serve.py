"""``warta serve``: the web UI and the REST API over a built store (uvicorn).

Binding to anything but loopback exposes the store to the network, so it needs a token
(``--token`` or ``WARTA_TOKEN``); every request then has to carry it. Without a token,
only loopback ``Host`` names are answered (DNS rebinding), plus ``--allowed-host`` ones.
"""

# Annotations are objects, not strings: Typer reads the commands' on every start, and
# a string annotation costs a compile (see tests/cli/test_startup.py).

from pathlib import Path

import typer

from warta.errors import InvalidParameterError


def register(app: typer.Typer) -> None:
    """Add the ``serve`` command to ``app``."""
    app.command("serve")(serve)


def check_bind(host: str, token: str | None) -> None:
    """Refuse a non-loopback ``host`` without a token (:class:`InvalidParameterError`)."""
    from warta.api.security import LOOPBACK  # imports the web framework: only when serving

    if host not in LOOPBACK and not token:
        raise InvalidParameterError(
            f"--host {host} exposes the store beyond this machine, so it needs a token; "
            "give --token T (or set WARTA_TOKEN), or serve on 127.0.0.1",
            detail={"host": host},
        )


def serve(
    db: Path = typer.Option(Path("warta.db"), "--db", help="The SQLite store."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on."),
    token: str | None = typer.Option(
        None, "--token", envvar="WARTA_TOKEN", help="Require this token on every request."
    ),
    allowed_host: list[str] = typer.Option(
        [],
        "--allowed-host",
        help="Without a token, also answer requests for this host name (repeatable); "
        "loopback names (127.0.0.1, localhost, [::1]) always work.",
    ),
) -> None:
    """Serve the web UI and the REST API (/api/v1) for a store."""
    import uvicorn

    from warta.api import create_app

    token = token or None  # WARTA_TOKEN="" means no token, not an empty one
    check_bind(host, token)
    app = create_app(db, token=token, allowed_hosts=allowed_host)
    typer.echo(f"warta: serving {db} on http://{host}:{port}/ (API: /api/v1)")
    uvicorn.run(app, host=host, port=port, log_level="warning")
