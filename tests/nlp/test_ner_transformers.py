"""The optional transformers NER backend, on a tiny randomly initialised BERT built here.

Tests that need torch and transformers carry the ``transformers`` marker: ``./scripts/test``
deselects them when torch is not installed (the extra takes minutes to install) and CI,
which installs the extra, runs them; there a missing package is a failure, not a skip.
The label mapping and the missing-extra error need neither and always run.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from types import ModuleType

import pytest

from warta.errors import InvalidParameterError
from warta.nlp.entities.transformers import _repair_bio, map_label

LABELS = [
    "O",
    "B-PERSON",
    "I-PERSON",
    "B-ORGANISATION",
    "I-ORGANISATION",
    "B-PLACE",
    "I-PLACE",
    "B-EVT",
]


def test_map_label_covers_the_corpus_schemes() -> None:
    assert map_label("B-PERSON") == "B-PER"
    assert map_label("I-PPL") == "I-PER"
    assert map_label("B-GPE") == "B-LOC"
    assert map_label("i-plc") == "I-LOC"
    assert map_label("B-IND") == "B-ORG"
    assert map_label("I-ORGANIZATION") == "I-ORG"
    assert map_label("B-EVT") == "O"
    assert map_label("MISC") == "O"
    assert map_label("PER") == "I-PER"
    assert map_label("O") == "O"


def test_repair_bio_opens_orphan_inside_tags() -> None:
    assert _repair_bio(["I-PER", "I-PER", "O", "I-LOC", "I-ORG"]) == [
        "B-PER",
        "I-PER",
        "O",
        "B-LOC",
        "B-ORG",
    ]


def _need(name: str) -> ModuleType:
    """The package, or a skip (a failure in CI, which installs the transformers extra)."""
    try:
        return importlib.import_module(name)
    except ImportError:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI installs warta[transformers], but '{name}' does not import")
        pytest.skip(f"'{name}' is not installed: pip install -e '.[transformers]'")


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _need("transformers")
    torch = _need("torch")
    from transformers import (  # type: ignore[attr-defined]
        BertConfig,
        BertForTokenClassification,
        BertTokenizerFast,
    )

    path = tmp_path_factory.mktemp("tiny-bert")
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "presiden", "joko", "widodo",
             "di", "jakarta", "bertemu", "##an", ".", ","]
    (path / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    tokenizer = BertTokenizerFast(vocab_file=str(path / "vocab.txt"), do_lower_case=True)
    config = BertConfig(  # type: ignore[call-arg]
        vocab_size=len(vocab),
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=64,
        num_labels=len(LABELS),
        id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)},
    )
    torch.manual_seed(0)
    model = BertForTokenClassification(config)
    model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    return path


@pytest.mark.transformers
def test_tagger_labels_every_word_with_warta_types(tiny_model: Path) -> None:
    from warta.nlp.entities.transformers import TransformersTagger

    tagger = TransformersTagger(tiny_model)
    assert set(tagger.labels) <= {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"}
    assert tagger.labels[-1] == "O"  # B-EVT is outside warta's types
    words = ["Presiden", "Joko", "Widodo", "di", "Jakarta", "bertemuan", "xyz", "."]
    tags = tagger.tag(words)
    assert len(tags) == len(words)
    assert all(t == "O" or (t[:2] in ("B-", "I-") and t[2:] in ("PER", "ORG", "LOC")) for t in tags)
    assert tagger.tag(words) == tags  # deterministic
    long = words * 40  # 320 words: tagged in windows, one tag per word
    assert len(tagger.tag(long)) == len(long)


@pytest.mark.transformers
def test_find_mentions_offsets_index_the_text(tiny_model: Path) -> None:
    from warta.nlp.entities.transformers import TransformersTagger

    text = "Presiden Joko Widodo di Jakarta.\n\nJoko bertemu Widodo, di Jakarta."
    for m in TransformersTagger(tiny_model).find_mentions(text):
        assert text[m.start : m.end] == m.text
        assert m.type in ("PER", "ORG", "LOC")


@pytest.mark.transformers
def test_missing_model_dir_is_a_clear_error(tmp_path: Path) -> None:
    _need("transformers")
    from warta.nlp.entities.transformers import TransformersTagger

    with pytest.raises(InvalidParameterError, match="save_pretrained"):
        TransformersTagger(tmp_path)


def test_missing_package_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    from warta.errors import MissingExtraError
    from warta.nlp.entities.transformers import TransformersTagger

    real_import = builtins.__import__

    def fake_import(name: str, *args: object, **kwargs: object) -> object:
        if name.split(".")[0] in ("transformers", "torch"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(MissingExtraError, match=r"warta\[transformers\]"):
        TransformersTagger("anything")
