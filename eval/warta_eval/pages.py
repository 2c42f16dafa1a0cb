"""Score the reading of news pages: titles, publication dates, what must leave the body.

The pages are ``examples/pages/`` (hand-written in the layouts of many Indonesian
portals, labelled in ``examples/pages/labels.json``), in three splits: ``dev`` (looked at
while the cleaner was fixed), ``heldout`` (written first in the same layouts, scored only
at the end) and ``unseen`` (other portals' layouts, written after the fixes and first
scored without changing the code; its first figures are in ``eval/floors/pages.json``).
Each split is built twice with the real pipeline, as one corpus:

* **with URLs** — every page with its URL, as a crawl would give it;
* **text alone** — the same pages with no URL, so a date must come from the page text
  (or the corpus: a copy's date, an inference from the timeline).

Figures, per split (``dev.`` / ``heldout.`` / ``unseen.``):

* ``title`` and ``title.<cause>`` — the exact headline, by what stands next to it on the
  page (a byline, a caption, a slogan, a call to action, a dateline, a syndicated copy, a
  crawler prefix, HTML);
* ``published_url`` / ``published_text`` — labelled publication dates found, with URLs
  and from text alone, and ``published_text.<kind>`` by where the date is stated;
  ``max_…_contradicted`` — dates given that differ from the label (a partial date that
  agrees, ``2024-09`` for ``2024-09-12``, is not a contradiction, nor a hit);
* ``body_first`` / ``body_last`` — the body starts and ends with the labelled words (a
  lead dateline such as ``"GARUT, KOMPAS.com -"`` before the first words is allowed);
* ``removed.<kind>`` — labelled lines (related headlines, captions, bylines, AI-summary
  blocks, crawler prefixes, slogans, calls to action, page date lines) not in the body.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from warta_eval.figures import fraction

__all__ = [
    "PAGES_DIR",
    "SPLITS",
    "build_pages",
    "evaluate_pages",
    "load_labels",
    "score_split",
    "suite_inputs",
]

#: Where the pages and their labels live (in the repository: they are warta's own).
PAGES_DIR = Path(__file__).resolve().parents[2] / "examples" / "pages"
SPLITS = (
    "dev", "heldout", "unseen", "fresh", "blind", "blind2", "blind3", "blind4", "blind5", "blind6",
    "blind7", "blind8", "blind9", "blind10",
    "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18",
    "blind19", "blind20", "blind21", "blind22", "blind23", "blind24", "blind25", "blind26",
    "blind27", "blind28", "blind29", "blind30", "blind31",
    "blind32", "blind33", "blind34", "blind35", "blind36", "blind37", "blind38", "blind39",
    "blind40",
    "blind41",
    "blind42",
    "blind43",
    "blind44",
    "blind45",
    "blind46",
    "blind47",
    "blind48",
    "blind49",
    "blind50",
    "blind51",
    "blind52",
    "blind53",
    "blind54",
)

# A lead dateline before the first words: "GARUT, KOMPAS.com -", "Jakarta (ANTARA) -".
_DATELINE = re.compile(r"^.{0,60}?\s(?:-{1,2}|—|–)\s")


def _norm(text: str | None) -> str:
    text = re.sub(r"[“”„\"'‘’]", '"', text or "")
    return re.sub(r"\s+", " ", text).strip().lower()


def load_labels(pages_dir: Path = PAGES_DIR) -> list[dict[str, Any]]:
    """The labelled pages of ``labels.json``, each with its ``split`` (from its folder)."""
    data = json.loads((pages_dir / "labels.json").read_text(encoding="utf-8"))
    pages: list[dict[str, Any]] = data["pages"]
    for page in pages:
        page["split"] = page["file"].split("/", 1)[0]
    return pages


def build_pages(
    pages: list[dict[str, Any]], pages_dir: Path, *, with_urls: bool
) -> dict[str, dict[str, Any]]:
    """Build ``pages`` as one corpus; the exported article of each, keyed by file."""
    from warta.clean import article_id
    from warta.pipeline import build
    from warta.store import queries
    from warta.store.db import connect

    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "pages.jsonl"
        with open(jsonl, "w", encoding="utf-8") as out:
            for page in pages:
                content = (pages_dir / page["file"]).read_text(encoding="utf-8")
                kind = "html" if ".html." in page["file"] else "text"
                record: dict[str, Any] = {kind: content}
                if with_urls and page.get("url"):
                    record["url"] = page["url"]
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        db = Path(tmp) / "pages.db"
        build([str(jsonl)], db, embeddings=False)
        conn = connect(db, create=False)
        try:
            exports = list(queries.iter_export(conn))
        finally:
            conn.close()
        ids = {article_id(f"{jsonl}:{i + 1}"): page["file"] for i, page in enumerate(pages)}
    found = {ids[art["id"]]: art for art in exports if art["id"] in ids}
    return {page["file"]: found.get(page["file"], {}) for page in pages}


def _date_outcome(predicted: str | None, gold: str | None) -> str:
    """``hit``, ``none`` (nothing given), ``partial`` (agrees, less precise) or ``wrong``."""
    if not predicted:
        return "none"
    if predicted == gold:
        return "hit"
    if gold and gold.startswith(predicted):
        return "partial"
    return "wrong"


def _first_ok(body: str, first: str) -> bool:
    body_n, first_n = _norm(body), _norm(first)
    if body_n.startswith(first_n):
        return True
    m = _DATELINE.match(body_n)
    return m is not None and body_n[m.end() :].startswith(first_n)


def _in_body(line: str, body: str, paragraphs: Iterable[str]) -> bool:
    """A labelled line is in the body when a paragraph or a line of the body is that line,
    or (for a line of five words or more) when a line of the body holds it as whole
    sentences: it starts where a sentence starts and ends where one ends. Words of the
    line that merely open a longer sentence do not count (a removed letterhead whose
    words open the lead).

    >>> body = "Kementerian Kota Lestari (KKL) menetapkan aturan baru.\\n\\nDukung kami. Donasi."
    >>> _in_body("KEMENTERIAN KOTA LESTARI", body, body.split("\\n\\n"))
    False
    >>> _in_body("Kementerian Kota Lestari (KKL) menetapkan aturan baru", body, [])
    False
    >>> _in_body("Dukung kami.", body, body.split("\\n\\n"))
    False
    >>> _in_body("Dukung kami. Donasi.", body, body.split("\\n\\n"))
    True
    >>> _in_body("Kementerian Kota Lestari (KKL) menetapkan aturan baru.", body, [])
    True
    >>> _in_body("Donasi lewat rekening kami ya.", "Ia pergi. Donasi lewat rekening kami ya.", [])
    True
    """
    line_n = _norm(line)
    if line_n in {_norm(p) for p in paragraphs}:
        return True
    if len(line_n.split()) < 5:
        return False
    return any(_holds_sentences(_norm(row), line_n) for row in body.splitlines())


_SENTENCE_END = re.compile(r"[.!?…:][\"')\]]*$")


def _holds_sentences(row: str, line: str) -> bool:
    """``row`` holds ``line`` as whole sentences (both already normalised)."""
    start = row.find(line)
    while start >= 0:
        end = start + len(line)
        opens = start == 0 or (row[start - 1] == " " and _SENTENCE_END.search(row[: start - 1]))
        closes = end == len(row) or (row[end] == " " and _SENTENCE_END.search(line))
        if opens and closes:
            return True
        start = row.find(line, start + 1)
    return False


def score_split(
    pages: list[dict[str, Any]],
    with_urls: Mapping[str, dict[str, Any]],
    text_alone: Mapping[str, dict[str, Any]],
) -> dict[str, Any]:
    """The figures of one split (see the module docstring) and, under ``misses``, what
    was got wrong, for reading."""
    checks: dict[str, list[bool]] = defaultdict(list)
    wrong: dict[str, int] = defaultdict(int)
    misses: list[str] = []
    for page in pages:
        name = page["file"]
        art = text_alone[name]
        title_ok = _norm(art.get("title")) == _norm(page["title"])
        checks["title"].append(title_ok)
        checks[f"title.{page['title_cause']}"].append(title_ok)
        if not title_ok:
            misses.append(f"title {name}: {art.get('title')!r}")
        gold = page.get("published")
        for run, exported in (("published_url", with_urls[name]), ("published_text", art)):
            outcome = _date_outcome(exported.get("published"), gold)
            if gold:
                checks[run].append(outcome == "hit")
                if run == "published_text":
                    checks[f"published_text.{page['date_kind']}"].append(outcome == "hit")
            wrong[run] += outcome == "wrong"
            if outcome != "hit":
                misses.append(
                    f"{run} {name}: {exported.get('published')} "
                    f"({exported.get('published_evidence')}), gold {gold}"
                )
        body = art.get("text") or ""
        paragraphs = body.split("\n\n")
        first_ok = _first_ok(body, page["first"])
        last_ok = _norm(body).rstrip('"').endswith(_norm(page["last"]).rstrip('"'))
        checks["body_first"].append(first_ok)
        checks["body_last"].append(last_ok)
        if not first_ok:
            misses.append(f"body_first {name}: {body[:80]!r}")
        if not last_ok:
            misses.append(f"body_last {name}: {body[-80:]!r}")
        for item in page.get("not_in_body", []):
            kept = _in_body(item["text"], body, paragraphs)
            checks[f"removed.{item['kind']}"].append(not kept)
            if kept:
                misses.append(f"kept {item['kind']} {name}: {item['text']!r}")
    out: dict[str, Any] = {k: fraction(sum(v), len(v)) for k, v in sorted(checks.items())}
    for run in ("published_url", "published_text"):
        out[f"{run}_contradicted"] = {"score": wrong[run], "pages": len(pages)}
    out["misses"] = misses
    return out


def evaluate_pages(pages_dir: Path = PAGES_DIR) -> dict[str, Any]:
    """Every figure of every split, ``<split>.<figure>``; ``misses`` per split aside."""
    pages = load_labels(pages_dir)
    figures: dict[str, Any] = {}
    for split in SPLITS:
        chosen = [p for p in pages if p["split"] == split]
        urls = build_pages(chosen, pages_dir, with_urls=True)
        alone = build_pages(chosen, pages_dir, with_urls=False)
        scored = score_split(chosen, urls, alone)
        misses = scored.pop("misses")
        for key, value in scored.items():
            figures[f"{split}.{key}"] = value
        figures[f"{split}.misses"] = misses
    return figures


def suite_inputs(shared: Path, pages_dir: Path = PAGES_DIR) -> list[str]:
    """The files the suite reads (labels first), pinned as files of this repository
    (``repo:examples/pages/…``)."""
    from warta_eval.gate import repo_pin

    files = [pages_dir / "labels.json", *(pages_dir / p["file"] for p in load_labels(pages_dir))]
    return [repo_pin(f) for f in files]


if __name__ == "__main__":  # pragma: no cover - a reading aid: python -m warta_eval.pages
    result = evaluate_pages()
    for key, value in result.items():
        if key.endswith("misses"):
            print(key)
            for line in value:
                print("   ", line)
        else:
            print(f"{key:45s} {value}")
