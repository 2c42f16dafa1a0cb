"""Commands over the analysis stages: ``warta ner`` (CoNLL tagging)."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from warta.errors import InputNotFoundError


def register(app: typer.Typer) -> None:
    """Add the analysis commands to ``app``."""
    app.command("ner")(ner)


def ner(
    conll: Path = typer.Option(..., "--conll", help="Pre-tokenised file: token in column 1."),
    out: Path | None = typer.Option(None, "--out", help="Output file (default: stdout)."),
) -> None:
    """Tag a CoNLL file with the shipped NER model: ``token<TAB>tag`` lines (BIO, PER/ORG/LOC)."""
    from warta.nlp.ner import tag_conll

    if not conll.is_file():
        raise InputNotFoundError(
            f"{conll}: no such file; give a CoNLL file (token in the first column, a blank "
            "line between sentences)",
            detail={"path": str(conll)},
        )
    with conll.open(encoding="utf-8") as handle:
        lines = tag_conll(handle)
        if out is None:
            for line in lines:
                sys.stdout.write(line + "\n")
            return
        with out.open("w", encoding="utf-8") as dest:
            for line in lines:
                dest.write(line + "\n")
