"""The public surface: ``warta.__all__`` is pinned, and the Python API works end to end."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import EXAMPLES

import warta

PUBLIC = [
    "Article", "BuildReport", "DupLink", "Entity", "EntityRef", "Event", "Mention",
    "PartialDate", "Quote", "RawDoc", "Store", "Story", "TimeExpr", "TimelineEntry",
    "WartaError", "__version__", "build", "open_store", "process", "reanalyse",
]


def test_all_is_pinned() -> None:
    assert sorted(warta.__all__) == sorted(PUBLIC)
    for name in PUBLIC:
        assert hasattr(warta, name)


def test_build_process_and_read(tmp_path: Path) -> None:
    report = warta.build([str(EXAMPLES)], db=tmp_path / "w.db")
    assert report.ok and report.stats["new"] == 6
    with warta.open_store(tmp_path / "w.db") as store:
        hits = store.search("beras")
        assert hits and hits[0].title == "Mengapa Harga Beras Naik Menjelang Lebaran"
        record = store.record(hits[0].article_id)
        assert isinstance(record, warta.Article)
        assert record.published == warta.PartialDate(2024, 3, 28)
        assert len(store.duplicate_groups()) == 1
    assert warta.reanalyse(tmp_path / "w.db").stats["articles"] == 0  # none outdated
    article = warta.process((EXAMPLES / "03-gempa-sulbar.txt").read_text())
    assert article.title.startswith("Gempa Magnitudo 5,6") and "continued" in article.flags
