"""Optional NER backend: a local Hugging Face token-classification model (``warta[transformers]``).

Same surface as :mod:`warta.nlp.entities.ner` - ``tag(tokens)`` and ``find_mentions(text)`` - so a
fine-tuned IndoBERT / NusaBERT NER model can replace the shipped CRF. Nothing is
downloaded: ``model_dir`` must be a directory written by ``save_pretrained`` (config,
weights and tokenizer files).

The model's labels are mapped onto warta's types: PER/PERSON/PPL -> PER,
LOC/PLACE/GPE/PLC -> LOC, ORG/ORGANISATION/ORGANIZATION/IND -> ORG; any other label
(EVT, FNB, MISC, ...) becomes ``O``. Each word is labelled by its first sub-word piece.

>>> tagger = TransformersTagger("models/indobert-ner")  # doctest: +SKIP
>>> tagger.tag(["Joko", "Widodo", "di", "Solo"])  # doctest: +SKIP
['B-PER', 'I-PER', 'O', 'B-LOC']
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from warta.errors import InvalidParameterError, MissingExtraError
from warta.nlp.entities.ner import spans_to_mentions, tokenize
from warta.nlp.sentences import split_sentences
from warta.records import Mention

__all__ = ["TransformersTagger", "map_label"]

_TYPE_MAP = {
    "PER": "PER",
    "PERSON": "PER",
    "PPL": "PER",
    "LOC": "LOC",
    "PLACE": "LOC",
    "GPE": "LOC",
    "PLC": "LOC",
    "ORG": "ORG",
    "ORGANISATION": "ORG",
    "ORGANIZATION": "ORG",
    "IND": "ORG",
}
# Sentences longer than this many words are tagged in windows; 128 words stay well under
# BERT's 512 pieces even for Indonesian affix-heavy words (about 1.5 pieces a word).
_WINDOW = 128


def map_label(label: str) -> str:
    """Map a model label (``B-PERSON``, ``I-PLC``, ``PER``, ``O``) onto warta's BIO tags."""
    prefix, sep, kind = label.upper().partition("-")
    if not sep:  # IO labels without a prefix, e.g. "PER"
        prefix, kind = "I", prefix
    mapped = _TYPE_MAP.get(kind)
    if mapped is None or prefix not in ("B", "I"):
        return "O"
    return f"{prefix}-{mapped}"


class TransformersTagger:
    """A token-classification model from a local directory, behind warta's NER surface."""

    def __init__(self, model_dir: Path | str, *, device: str = "cpu") -> None:
        try:
            import torch
            from transformers import AutoModelForTokenClassification, AutoTokenizer
        except ImportError as exc:
            raise MissingExtraError.for_package(
                "NER backend 'transformers'", "transformers", "transformers"
            ) from exc
        path = Path(model_dir)
        if not (path / "config.json").exists():
            raise InvalidParameterError(
                f"not a token-classification model directory: {path} has no config.json; "
                "pass a directory written by save_pretrained()",
                detail={"model_dir": str(path)},
            )
        self._torch: Any = torch
        self.tokenizer: Any = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
        self.model: Any = AutoModelForTokenClassification.from_pretrained(
            str(path), local_files_only=True
        )
        self.model.to(device)
        self.model.eval()
        self.device = device
        id2label: dict[int, str] = self.model.config.id2label
        self.labels = [map_label(id2label[i]) for i in range(len(id2label))]
        limits = [self.model.config.max_position_embeddings, self.tokenizer.model_max_length]
        self.max_length = min(int(x) for x in limits if x)

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """BIO tags (PER/ORG/LOC) for one sentence of tokens; words beyond the window are
        tagged window by window."""
        tags: list[str] = []
        for start in range(0, len(tokens), _WINDOW):
            tags.extend(self._tag_window(list(tokens[start : start + _WINDOW])))
        return _repair_bio(tags)

    def _tag_window(self, words: list[str]) -> list[str]:
        enc = self.tokenizer(
            words,
            is_split_into_words=True,
            truncation=True,
            max_length=self.max_length,
            return_tensors="pt",
        )
        word_ids = enc.word_ids(0)
        with self._torch.no_grad():
            logits = self.model(**{k: v.to(self.device) for k, v in enc.items()}).logits[0]
        best = logits.argmax(-1).tolist()
        out = ["O"] * len(words)
        seen: set[int] = set()
        for piece, word in enumerate(word_ids):
            if word is not None and word not in seen:
                seen.add(word)
                out[word] = self.labels[best[piece]]
        # Truncation cut the window short: tag the words it dropped in the next window
        # (the last covered word may be split across pieces, so it is tagged again).
        covered = max(seen, default=-1)
        if covered < len(words) - 1:
            rest = max(covered, 1)
            out[rest:] = self._tag_window(words[rest:])
        return out

    def find_mentions(self, text: str) -> tuple[Mention, ...]:
        """All PER/ORG/LOC mentions in ``text`` with offsets into ``text``."""
        mentions: list[Mention] = []
        for sentence in split_sentences(text):
            toks = [
                (t, s + sentence.start, e + sentence.start) for t, s, e in tokenize(sentence.text)
            ]
            if toks:
                mentions.extend(spans_to_mentions(text, toks, self.tag([t for t, _, _ in toks])))
        return tuple(mentions)


def _repair_bio(tags: list[str]) -> list[str]:
    """Turn an ``I-X`` that does not continue an ``X`` into ``B-X`` (models emit a few)."""
    out: list[str] = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out
