"""The REST API (FastAPI) and, mounted beside it, the web UI: see :func:`create_app`."""

from warta.api.app import create_app

__all__ = ["create_app"]
