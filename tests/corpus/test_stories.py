"""Stories across builds: the stored index follows what later builds learn about old articles."""

from __future__ import annotations

from pathlib import Path

from warta.analyze.stories import StoryIndex
from warta.corpus.stories import STATE_KEY
from warta.pipeline import build
from warta.store.db import connect
from warta_eval.story_corpus import build_corpus


def _write(folder: Path, name: str, title: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(f"{title}\n\n{text}\n", encoding="utf-8")


def _stored_index(db: Path) -> tuple[StoryIndex, dict[str, str]]:
    conn = connect(db, create=False)
    state = conn.execute("SELECT value FROM state WHERE key = ?", (STATE_KEY,)).fetchone()[0]
    sources = {r[0]: Path(r[1]).name for r in conn.execute("SELECT id, source FROM articles")}
    conn.close()
    return StoryIndex.from_json(str(state).partition("\n")[2]), sources


def test_an_article_that_gains_a_copy_is_re_indexed_and_builds_agree(tmp_path: Path) -> None:
    corpus = [a for a in build_corpus(16) if a.event == "ruling-2022"]
    original, other = corpus[0], corpus[1]
    copy_text = original.text + "\n\nArtikel ini telah tayang ulang di portal mitra."
    _write(tmp_path / "one", "a.txt", original.title, original.text)
    # Another headline: the cleaner's repeated-line rule is batch-dependent for titles.
    _write(tmp_path / "two", "b.txt", "Salinan: " + corpus[2].title, copy_text)
    _write(tmp_path / "two", "c.txt", other.title, other.text)

    incremental = tmp_path / "inc.db"
    build([str(tmp_path / "one")], incremental, embeddings=False)
    build([str(tmp_path / "one"), str(tmp_path / "two")], incremental, embeddings=False)
    batch = tmp_path / "batch.db"
    build([str(tmp_path / "one"), str(tmp_path / "two")], batch, embeddings=False)

    index, sources = _stored_index(incremental)
    groups = {sources[a]: index.known(a)[2] for a in sources}  # type: ignore[index]
    # a.txt was indexed alone first; its copy arrived later: both now carry the group.
    assert groups["a.txt"] is not None and groups["a.txt"] == groups["b.txt"]
    again, _ = _stored_index(batch)
    assert index.assignment() == again.assignment()
    assert index.stories() == again.stories()
