"""Commands over the analysis results: entities, quotes, timeline, stories, ner."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the analysis commands to ``app``."""
