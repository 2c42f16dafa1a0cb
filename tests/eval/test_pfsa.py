"""The PFSA-ID reader rebuilds text and statement spans; the scorer counts what it should."""

from __future__ import annotations

from pathlib import Path

from warta_eval.pfsa import PfsaArticle, read_pfsa, score_statements

SAMPLE = """\
Menteri\tB-ISSUE
bicara\tL-ISSUE
.\tO

Ia\tO
berkata\tO
.\tO
”\tB-STATEMENT

Kami\tI-STATEMENT
siap\tI-STATEMENT
,\tI-STATEMENT
”\tL-STATEMENT
kata\tU-CUE
Budi\tB-PERSON
Santoso\tL-PERSON
.\tO

Harga\tB-ISSUE
naik\tL-ISSUE
.\tO
"""


def test_reader_rebuilds_text_articles_and_spans(tmp_path: Path) -> None:
    path = tmp_path / "dev.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    first, second = read_pfsa(path)
    assert first.text == "Menteri bicara.\n\nIa berkata. ”Kami siap,” kata Budi Santoso."
    assert [first.text[s:e] for s, e in first.statements] == ["”Kami siap,”"]
    assert second.text == "Harga naik." and second.statements == ()
    paired = read_pfsa(path, paired_marks=True)[0]
    assert [paired.text[s:e] for s, e in paired.statements] == ["“Kami siap,”"]


def test_scorer_finds_a_quote_and_misses_nothing_it_should_not() -> None:
    text = "Budi Santoso tiba.\n\n“Kami siap,” kata Budi Santoso."
    start = text.index("“")
    found = score_statements([PfsaArticle(text, ((start, text.index(" kata")),))])
    assert found["statement_recall"]["score"] == 1.0
    missed = score_statements([PfsaArticle("Tidak ada kutipan di sini.", ((0, 5),))])
    assert missed["statement_recall"]["score"] == 0.0
    assert missed["statement_f1"]["score"] == 0.0
