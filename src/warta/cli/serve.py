"""``warta serve``: the web UI and the REST API over a built store (uvicorn).

Binding to anything but loopback exposes the store to the network, so it needs a token
(``--token`` or ``WARTA_TOKEN``); every request then has to carry it.
"""

from __future__ import annotations

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
) -> None:
    """Serve the web UI and the REST API (/api/v1) for a store."""
    import uvicorn

    from warta.api import create_app

    check_bind(host, token)
    app = create_app(db, token=token)
    typer.echo(f"warta: serving {db} on http://{host}:{port}/ (API: /api/v1)")
    uvicorn.run(app, host=host, port=port, log_level="warning")
