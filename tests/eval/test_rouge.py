"""ROUGE on hand-made pairs whose scores can be checked by counting."""

from __future__ import annotations

import pytest

from warta_eval.rouge import (
    evaluate_summaries,
    is_held_out,
    lcs_length,
    lead_k,
    rouge,
    rouge_l,
    rouge_n,
    tokenize,
)


def test_tokenize_lowercases_and_splits_on_word_characters() -> None:
    assert tokenize('Jokowi: "Rp5,2 juta!" (27/3)') == ["jokowi", "rp5", "2", "juta", "27", "3"]


def test_identical_texts_score_one() -> None:
    s = rouge("Presiden meresmikan jalan tol.", "presiden meresmikan jalan tol")
    assert (s.rouge1, s.rouge2, s.rougeL) == (1.0, 1.0, 1.0)


def test_disjoint_texts_score_zero() -> None:
    s = rouge("kucing tidur", "harga cabai naik")
    assert (s.rouge1, s.rouge2, s.rougeL) == (0.0, 0.0, 0.0)


def test_partial_overlap_by_hand() -> None:
    cand, ref = tokenize("a b c d"), tokenize("a b x d e")
    # unigrams: 3 shared (a b d); P = 3/4, R = 3/5 -> F1 = 2/3.
    assert rouge_n(cand, ref, 1) == pytest.approx(2 / 3)
    # bigrams: cand {ab, bc, cd}, ref {ab, bx, xd, de}: 1 shared; P 1/3, R 1/4 -> 2/7.
    assert rouge_n(cand, ref, 2) == pytest.approx(2 / 7)
    # LCS a b d = 3 -> same as ROUGE-1 here.
    assert lcs_length(cand, ref) == 3
    assert rouge_l(cand, ref) == pytest.approx(2 / 3)


def test_counts_are_clipped() -> None:
    # "the the the" against "the cat": one "the" matches, not three.
    assert rouge_n(["x", "x", "x"], ["x", "y"], 1) == pytest.approx(
        2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2)
    )


def test_lcs_respects_order() -> None:
    assert lcs_length(["a", "b", "c"], ["c", "b", "a"]) == 1
    assert rouge_l(["a", "b", "c"], ["c", "b", "a"]) == pytest.approx(1 / 3)


def test_max_words_caps_the_candidate() -> None:
    assert rouge("a b c d", "a b", max_words=2).rouge1 == 1.0
    assert rouge("a b c d", "a b").rouge1 == pytest.approx(2 / 3)


def test_empty_inputs_score_zero() -> None:
    assert rouge("", "a b").rouge1 == 0.0
    assert rouge("a b", "").rougeL == 0.0


class _Doc:
    def __init__(self, doc_id: str, sentences: tuple[tuple[str, ...], ...], summary: str) -> None:
        self.id = doc_id
        self.sentences = sentences
        self.summary = summary
        self.text = "\n\n".join(" ".join(p) for p in sentences)


def test_lead_k_and_evaluate_summaries() -> None:
    doc = _Doc("d", (("Satu dua.", "Tiga empat."), ("Lima enam.", "Tujuh.")), "lima enam")
    assert lead_k(doc, 3) == "Satu dua. Tiga empat. Lima enam."
    report = evaluate_summaries([doc], lambda d: "Lima enam.")
    assert report["n"] == 1
    assert report["system"]["rouge1"] == 1.0
    assert report["lead3"]["rouge1"] == pytest.approx(2 * (2 / 6) * 1 / (2 / 6 + 1))


def test_held_out_split_is_deterministic_and_about_half() -> None:
    ids = [f"{i}-article" for i in range(2000)]
    held = [i for i in ids if is_held_out(i)]
    assert held == [i for i in ids if is_held_out(i)]
    assert 900 < len(held) < 1100
