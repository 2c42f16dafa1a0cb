"""Read the IndoSum dev folds and turn their tokenised articles back into text.

IndoSum (Kurniawan & Louvan 2018, CC BY-SA 4.0) stores each article as paragraphs of
sentences of tokens. Benchmarks and summary evaluation need running text, so
:func:`detokenize` undoes the tokenisation (punctuation attached, quotes paired).

>>> detokenize(['"', 'Tidak', 'hanya', 'tarif', ',', '"', 'ucap', 'Zulkifli',
...             '(', '27', '/', '3', ')', '.'])
'"Tidak hanya tarif," ucap Zulkifli (27/3).'
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

_NO_SPACE_BEFORE = {".", ",", ":", ";", "?", "!", ")", "]", "}", "%", "'s", "…", "”", "’"}
_NO_SPACE_AFTER = {"(", "[", "{", "“", "‘", "/", "#", "@"}
_GLUE = {"/", "-"}  # tokens that join both neighbours: 27/3, Korea-Jepang


@dataclass(frozen=True, slots=True)
class IndoSumDoc:
    id: str
    paragraphs: tuple[str, ...]  # detokenised
    sentences: tuple[tuple[str, ...], ...]  # per paragraph, detokenised sentences
    gold_labels: tuple[tuple[bool, ...], ...]
    summary: str
    category: str
    source: str
    url: str

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def detokenize(tokens: Sequence[str], *, quote_open: bool = False) -> str:
    """Join IndoSum tokens into natural text (straight double quotes paired in order).

    ``quote_open`` says a quotation opened in an earlier sentence is still open.
    """
    return _detokenize(tokens, quote_open)[0]


def _detokenize(tokens: Sequence[str], quote_open: bool) -> tuple[str, bool]:
    out: list[str] = []
    glue_next = False
    for tok in tokens:
        if tok == '"':
            if quote_open:
                out.append('"')  # closing quote: attach to the previous token
            else:
                out.append(" " + '"' if out else '"')
                glue_next = True
            quote_open = not quote_open
            continue
        if tok in _GLUE:
            out.append(tok)
            glue_next = True
            continue
        if not out or glue_next or tok in _NO_SPACE_BEFORE:
            out.append(tok)
        else:
            out.append(" " + tok)
        glue_next = tok in _NO_SPACE_AFTER
    return "".join(out).strip(), quote_open


def detokenize_paragraph(sentences: Sequence[Sequence[str]]) -> tuple[str, ...]:
    """Detokenise the sentences of one paragraph, pairing quotes across sentences."""
    out: list[str] = []
    quote_open = False
    for sentence in sentences:
        text, quote_open = _detokenize(sentence, quote_open)
        out.append(text)
    return tuple(out)


def read_fold(path: Path) -> Iterator[IndoSumDoc]:
    """Yield the articles of one IndoSum JSONL file."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            obj = json.loads(line)
            sents = tuple(detokenize_paragraph(para) for para in obj["paragraphs"])
            yield IndoSumDoc(
                id=obj["id"],
                paragraphs=tuple(" ".join(p) for p in sents),
                sentences=sents,
                gold_labels=tuple(tuple(bool(x) for x in para) for para in obj["gold_labels"]),
                summary=" ".join(detokenize_paragraph(obj["summary"])),
                category=obj.get("category", ""),
                source=obj.get("source", ""),
                url=obj.get("source_url", ""),
            )


def load_indosum(folder: Path) -> list[IndoSumDoc]:
    """All distinct articles of the dev folds in ``folder`` (folds overlap; first wins)."""
    seen: dict[str, IndoSumDoc] = {}
    for path in sorted(folder.glob("dev.*.jsonl")):
        for doc in read_fold(path):
            seen.setdefault(doc.id, doc)
    return list(seen.values())
