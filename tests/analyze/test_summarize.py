"""The extractive summarizers and the IndoSum quality gate (LLM summaries: test_llm_summary)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.analyze.summarize import (
    FEATURES,
    check_model,
    is_statement,
    load_model,
    summarize_article,
    summarize_story,
    summary_size,
)
from warta.errors import InvalidParameterError
from warta.nlp.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
INDOSUM = ROOT.parent / "shared" / "data" / "indosum"
FLOORS = json.loads((ROOT / "eval" / "floors" / "summary.json").read_text(encoding="utf-8"))

ARTICLE = (
    "Gempa bermagnitudo 5,6 mengguncang Cianjur, Jawa Barat, Senin siang. "
    "Badan Nasional Penanggulangan Bencana mencatat ratusan rumah rusak berat.\n\n"
    "Warga mengungsi ke tenda darurat di lapangan desa. "
    '"Kami takut gempa susulan," kata seorang warga.\n\n'
    "Pemerintah daerah menetapkan status tanggap darurat selama dua pekan. "
    "Bantuan logistik mulai tiba pada Selasa pagi."
)


def test_article_summary_is_ordered_cited_and_bounded() -> None:
    summary = summarize_article(ARTICLE, "a1", max_sentences=3)
    assert len(summary) == 3
    positions = [s.position for s in summary]
    assert positions == sorted(positions)
    texts = [s.text for s in split_sentences(ARTICLE)]
    for s in summary:
        assert s.article_id == "a1"
        assert texts[s.position] == s.text
    # The lead carries the event.
    assert summary[0].position == 0


def test_max_sentences_larger_than_article_returns_all() -> None:
    summary = summarize_article("Satu kalimat saja.", "x", max_sentences=5)
    assert [s.text for s in summary] == ["Satu kalimat saja."]


def test_empty_text_gives_empty_summary() -> None:
    assert summarize_article("", "x") == ()
    assert summarize_story([]) == ()


def test_title_repeated_in_body_is_not_picked() -> None:
    title = "Gempa guncang Cianjur"
    text = f"{title}\n\n{ARTICLE}"
    summary = summarize_article(text, "x", max_sentences=2, title=title)
    assert all(s.text != title for s in summary)


def test_statements_only() -> None:
    assert is_statement("Presiden meresmikan bendungan itu pada Kamis.")
    assert is_statement('"Kami siap bertanding besok," kata pelatih.')
    for line in ("Go Top", "Senin, 6 Oktober 2025", "(Foto: KCNA via AFP)",
                 "Seberapa besar pengaruh Moskow terhadap Korea Utara?",
                 "Kim Jong-un akan bertemu Vladimir Putin untuk pertama kalinya"):  # fmt: skip
        assert not is_statement(line), line


@pytest.mark.skipif(not SEEDS.exists(), reason="seeds not found in ../shared")
def test_seed_page_dumps_summarise_to_statements() -> None:
    words = load_model()["summary_words"]
    for path in sorted(SEEDS.glob("*.txt")):
        summary = summarize_article(path.read_text(encoding="utf-8"), path.stem)
        assert 1 <= len(summary) <= 5, path.name
        assert all(is_statement(s.text) for s in summary), path.name
        # About a news summary's length: within one sentence of the word budget.
        total = sum(len(s.text.split()) for s in summary)
        assert words / 2 <= total <= 2 * words, (path.name, total)


def test_summary_size_takes_the_count_nearest_the_word_budget() -> None:
    assert summary_size([30, 25, 40], 65) == 2  # 55 is nearer 65 than 95
    assert summary_size([30, 25, 40], 80) == 3  # 95 is nearer 80 than 55
    assert summary_size([70, 10], 65) == 1  # one long sentence is enough
    assert summary_size([100], 65) == 1  # never empty
    assert summary_size([20, 20], 30) == 1  # a tie keeps the shorter summary
    assert summary_size([], 65) == 0


def _numbered_article(sentences: int) -> str:
    """An article of ``sentences`` distinct ten-word statements, two per paragraph."""
    lines = [
        f"Warga desa nomor {i} melaporkan kerusakan jalan kepada pemerintah daerah."
        for i in range(sentences)
    ]
    return "\n\n".join(" ".join(lines[i : i + 2]) for i in range(0, sentences, 2))


def test_article_summary_length_follows_the_word_budget() -> None:
    text = _numbered_article(12)  # 10 words a sentence
    assert len(summarize_article(text, "x", max_words=20)) == 2
    assert len(summarize_article(text, "x", max_words=41)) == 4
    # max_sentences still caps the count whatever the budget.
    assert len(summarize_article(text, "x", max_words=1000, max_sentences=3)) == 3
    # The default budget is the model's (about 65 words: six 10-word sentences), under
    # the default cap of five sentences.
    words = load_model()["summary_words"]
    assert abs(10 * len(summarize_article(text, "x", max_sentences=12)) - words) <= 5
    assert len(summarize_article(text, "x")) == min(5, round(words / 10))


def test_invalid_max_sentences() -> None:
    with pytest.raises(InvalidParameterError, match="max_sentences"):
        summarize_article(ARTICLE, "x", max_sentences=0)
    with pytest.raises(InvalidParameterError, match="max_sentences"):
        summarize_story([("a", ARTICLE)], max_sentences=0)
    with pytest.raises(InvalidParameterError, match="max_words"):
        summarize_article(ARTICLE, "x", max_words=0)


def test_shipped_model_matches_the_features() -> None:
    model = load_model()
    assert tuple(model["features"]) == FEATURES
    n = len(FEATURES)
    assert len(model["coef"]) == n + n * (n + 1) // 2
    # The length was chosen by cross-validation among 50-80 words (train_summary.py).
    assert 50 <= model["summary_words"] <= 80
    assert model["trained_on"]["cv"]["summary_words"] == model["summary_words"]


def test_a_model_without_a_summary_length_is_refused() -> None:
    model = dict(load_model())
    del model["summary_words"]
    with pytest.raises(InvalidParameterError, match="summary_words"):
        check_model(model)


def test_story_summary_cites_articles_and_drops_repeats() -> None:
    wire = (
        "Presiden meresmikan Bendungan Sukamaju di Jawa Barat pada Kamis. "
        "Bendungan itu mengairi sepuluh ribu hektare sawah."
    )
    copy = (
        "Presiden meresmikan Bendungan Sukamaju di Jawa Barat pada Kamis. "
        "Pembangunan bendungan menelan biaya dua triliun rupiah."
    )
    summary = summarize_story([("b", copy), ("a", wire)], max_sentences=5)
    texts = [s.text for s in summary]
    # The shared lead appears once, the two distinct facts both survive.
    assert texts.count("Presiden meresmikan Bendungan Sukamaju di Jawa Barat pada Kamis.") == 1
    assert "Bendungan itu mengairi sepuluh ribu hektare sawah." in texts
    assert "Pembangunan bendungan menelan biaya dua triliun rupiah." in texts
    by_id = {"a": wire, "b": copy}
    for s in summary:
        assert s.text == split_sentences(by_id[s.article_id])[s.position].text


def test_story_summary_is_order_independent() -> None:
    pairs = [
        ("a", ARTICLE),
        ("b", "Bantuan logistik untuk korban gempa Cianjur tiba. Relawan datang."),
    ]
    assert summarize_story(pairs) == summarize_story(list(reversed(pairs)))


@pytest.mark.skipif(not INDOSUM.exists(), reason="IndoSum folds not found in ../shared")
def test_quality_gate_on_held_out_indosum() -> None:
    from warta_eval.indosum import load_indosum
    from warta_eval.rouge import evaluate_summaries, is_held_out

    docs = [d for d in load_indosum(INDOSUM) if is_held_out(d.id)]
    assert len(docs) == 1390
    report = evaluate_summaries(
        docs, lambda d: " ".join(s.text for s in summarize_article(d.text, d.id))
    )
    system, lead3 = report["system"], report["lead3"]
    assert system["rouge1"] >= FLOORS["rouge1"]
    assert system["rouge2"] >= FLOORS["rouge2"]
    assert system["rougeL"] >= FLOORS["rougeL"]
    assert system["rouge1"] >= lead3["rouge1"] + FLOORS["margin_over_lead3_rouge1"]
