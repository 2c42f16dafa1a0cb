"""Commands over the analysis: ner (CoNLL tagging), entities, quotes, timeline, stories.

Each command imports the read layer when it runs (``warta --help`` stays fast).
"""

# Annotations are objects, not strings: Typer reads the commands' on every start, and
# a string annotation costs a compile (see tests/cli/test_startup.py).

import sys
from pathlib import Path

import typer
from rich.markup import escape

from warta.cli.names import resolve_options
from warta.cli.output import (
    DB_OPTION,
    console,
    no_results,
    print_json,
    reading,
    say,
    short,
    table,
)
from warta.errors import InputNotFoundError


def register(app: typer.Typer) -> None:
    """Add the analysis commands to ``app``."""
    app.command("ner")(ner)
    app.command("entities")(entities)
    app.command("quotes")(quotes)
    app.command("timeline")(timeline)
    app.command("stories")(stories)
    app.command("summarize")(summarize)


def ner(
    conll: Path = typer.Option(..., "--conll", help="Pre-tokenised file: token in column 1."),
    out: Path | None = typer.Option(None, "--out", help="Output file (default: stdout)."),
    style: str = typer.Option(
        "auto",
        "--style",
        help="Annotation convention: auto (the one the file's tag column declares by its "
        "label names, NERGrit's or NERP's; else idner if cased, nerp if lower-cased), idner "
        "(warta's own), nergrit or nerp.",
    ),
) -> None:
    """Tag a CoNLL file with the shipped NER model: token<TAB>tag lines (BIO, PER/ORG/LOC).

    Tokens are echoed exactly (a tab-separated first column may hold spaces: "salah satu").
    """
    from warta.errors import InvalidParameterError
    from warta.nlp.entities.ner import DEFAULT_STYLE, STYLES, tag_conll

    if style not in (DEFAULT_STYLE, *STYLES):
        raise InvalidParameterError(
            f"unknown --style {style!r}; use {DEFAULT_STYLE}, {', '.join(STYLES)}",
            detail={"style": style, "allowed": [DEFAULT_STYLE, *STYLES]},
        )
    if not conll.is_file():
        raise InputNotFoundError(
            f"{conll}: no such file; give a CoNLL file (token in the first column, a blank "
            "line between sentences)",
            detail={"path": str(conll)},
        )
    # utf-8-sig: a byte-order mark is not part of the first token; newline="\n": only
    # LF ends a line (tag_conll drops a CR before it), so no other character splits one.
    with conll.open(encoding="utf-8-sig", newline="\n") as handle:
        head = [line for _, line in zip(range(2000), handle, strict=False)]
        handle.seek(0)
        # A tag column with a corpus' own label names declares its annotation convention:
        # tag in it (the corpora draw PER/ORG/LOC differently; see the model card).
        labels = {x.rstrip("\r\n").split("\t")[-1].split(" ")[-1].partition("-")[2] for x in head}
        for names, corpus in (
            (("PERSON", "PLACE", "ORGANISATION"), "nergrit"),
            (("PPL", "PLC", "IND"), "nerp"),
        ):
            if style == DEFAULT_STYLE and labels & set(names):
                sys.stderr.write(
                    f"note: the tag column uses {corpus} labels, so the tags follow {corpus}'s "
                    "annotation convention; add --style idner for warta's own\n"
                )
                style = corpus
                break
        lines = tag_conll(handle, style=style)
        if out is None:
            for line in lines:
                sys.stdout.write(line + "\n")
            return
        with out.open("w", encoding="utf-8", newline="\n") as dest:
            for line in lines:
                dest.write(line + "\n")


def entities(
    db: Path = DB_OPTION,
    type_: str | None = typer.Option(None, "--type", help="PER, ORG or LOC."),
    name: str | None = typer.Option(None, "--name", help="Names or aliases containing this."),
    limit: int = typer.Option(30, "--limit"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Entities with their article counts and aliases, most-mentioned first."""
    from warta.store import queries

    with reading(db) as conn:
        rows = queries.list_entities(conn, type=type_, q=name, limit=limit)
        if not rows and name:
            # Not a substring of any name or alias: a spelling variant, a place form or
            # part of a name may still denote one ("kim jong un", "MOSKWA").
            found = resolve_options(conn, {"--name": name}, err=as_json)["--name"]
            if found != name:
                rows = queries.list_entities(conn, type=type_, q=found, limit=limit)
    if as_json:
        print_json(rows)
        return
    if not rows:
        no_results("entities", {"--type": type_, "--name": name})
        return
    table(
        "Entities",
        ["name", "type", "articles", "mentions", "aliases"],
        [
            (
                r["name"],
                r["type"] + (f"/{r['subtype']}" if r["subtype"] else ""),
                r["article_count"],
                r["mention_count"],
                short(", ".join(a for a in r["aliases"] if a != r["name"]), 70),
            )
            for r in rows
        ],
    )


def quotes(
    db: Path = DB_OPTION,
    speaker: str | None = typer.Option(
        None, "--speaker", help="Said by this entity (any name or alias: Jokowi, Widodo)."
    ),
    about: str | None = typer.Option(
        None, "--about", help="Mentioning this entity (any name or alias: Ukraina)."
    ),
    every_copy: bool = typer.Option(False, "--every-copy", help="Don't merge duplicates."),
    limit: int = typer.Option(30, "--limit"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Quotations with speaker, date and article: "all quotes by Santoso"."""
    from warta.store import queries

    with reading(db) as conn:
        names = resolve_options(conn, {"--speaker": speaker, "--about": about}, err=as_json)
        rows = queries.list_quotes(
            conn,
            speaker=names["--speaker"],
            about=names["--about"],
            limit=limit,
            collapse=not every_copy,
        )
    if as_json:
        print_json(rows)
        return
    if not rows:
        no_results("quotes", {"--speaker": speaker, "--about": about})
        return
    table(
        "Quotes",
        ["speaker", "date", "article", "sources", "kind", "quote"],
        [
            (
                r["speaker"],
                r["published"],
                short(r["title"] or r["article_id"][:8], 30),
                len(r.get("sources", [r["article_id"]])),
                r["kind"],
                short(r["text"], 200),
            )
            for r in rows
        ],
        wrap=("quote",),
    )


def timeline(
    db: Path = DB_OPTION,
    entity: str | None = typer.Option(
        None, "--entity", help="Events with this participant (any name or alias)."
    ),
    date_from: str | None = typer.Option(None, "--from", help="From this ISO date."),
    date_to: str | None = typer.Option(None, "--to", help="Up to this ISO date."),
    html: Path | None = typer.Option(None, "--html", help="Write a timeline chart (HTML+SVG)."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """The cross-article timeline of dated events, with sources."""
    from warta.analyze.timeline import render_timeline_html
    from warta.records import TimelineEntry
    from warta.store import queries

    with reading(db) as conn:
        found = resolve_options(conn, {"--entity": entity}, err=as_json or html is not None)
        rows = queries.get_timeline(
            conn, entity=found["--entity"], date_from=date_from, date_to=date_to, limit=1000
        )
    if html is not None:
        entries = [
            TimelineEntry(
                r["date"],
                r["precision"],
                r["text"],
                tuple(r["participants"]),
                r["expected"],
                tuple((s["article_id"], s["sentence"]) for s in r["sources"]),
                r["independent_sources"],
            )
            for r in rows
        ]
        html.write_text(
            render_timeline_html(entries, f"warta timeline: {db.name}"), encoding="utf-8"
        )
        say(f"Wrote {len(entries)} entries to {html}")
        return
    if as_json:
        print_json(rows)
        return
    if not rows:
        no_results("timeline entries", {"--entity": entity, "--from": date_from, "--to": date_to})
        return
    table(
        "Timeline",
        ["date", "sources", "participants", "event"],
        [
            (
                r["date"] + (" (expected)" if r["expected"] else ""),
                r["independent_sources"],
                short(", ".join(r["participants"]), 40),
                short(r["text"], 200),
            )
            for r in rows
        ],
        wrap=("event",),
    )


SIMILARITY_NAMES = {"tfidf": "TF-IDF", "tfidf+e5": "TF-IDF + e5"}


def stories(
    db: Path = DB_OPTION,
    story: str | None = typer.Argument(None, help="One story id: its summary and articles."),
    limit: int = typer.Option(30, "--limit"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Stories (clusters of articles about one event) with labels, dates and summaries."""
    from warta.store import queries

    with reading(db) as conn:
        if story:
            data = queries.get_story(conn, story)
        else:
            rows = queries.list_stories(conn, limit=limit)
        similarity = queries.state_value(conn, "story_similarity")
    if story:
        if as_json:
            print_json(data)
            return
        console.print(
            f"[bold]{escape(data['label'])}[/] ({data['first_date']} – {data['last_date']})"
        )
        for sentence in data.get("summary", []):
            cite = escape(f"[{(sentence.get('article_id') or '')[:8]}]")
            console.print(f"  • {escape(sentence['text'])} [dim]{cite}[/]", highlight=False)
        table(
            "Articles",
            ["id", "title", "published"],
            [
                (
                    a["id"][:8],
                    short(a.get("title") or f"({a.get('display_title', '')})", 70),
                    a.get("published"),
                )
                for a in data.get("articles", [])
            ],
        )
        return
    if as_json:
        print_json(rows)
        return
    if not rows:
        no_results("stories", {})
        return
    table(
        f"Stories (linked by {SIMILARITY_NAMES.get(similarity or '', 'TF-IDF')} similarity)",
        ["id", "dates", "articles", "label"],
        [
            (
                r["id"],
                f"{r['first_date'] or ''} – {r['last_date'] or ''}",
                len(r["article_ids"]),
                short(r["label"], 70),
            )
            for r in rows
        ],
    )


def summarize(
    article: str = typer.Argument(..., help="Article id (or prefix), source path or file name."),
    db: Path = DB_OPTION,
    llm: str | None = typer.Option(
        None,
        "--llm",
        envvar="WARTA_LLM_ENDPOINT",
        help="OpenAI-compatible server (llama.cpp, Ollama, vLLM) for an abstractive summary: "
        "its root (http://localhost:8080) or /v1 base. Needs warta\\[llm]. "
        "API key: OPENAI_API_KEY, if the server wants one.",
    ),
    model: str | None = typer.Option(
        None,
        "--model",
        envvar="WARTA_LLM_MODEL",
        help="Model name the server expects (default: the first one it lists).",
    ),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """An article's summary: extractive (stored), or abstractive from a local LLM server."""
    from warta.store import queries

    with reading(db) as conn:
        data = queries.get_article(conn, article)
    if llm:
        from warta.analyze.llm_summary import summarize_with_llm

        answer = summarize_with_llm(data["text"], endpoint=llm, model=model)
        result: dict[str, object] = {
            "id": data["id"],
            "kind": "llm",
            "model": answer.model,
            "summary": answer.text,
        }
    else:
        result = {"id": data["id"], "kind": "extractive", "summary": " ".join(data["summary"])}
    if as_json:
        print_json(result)
    else:
        say(str(result["summary"]))
