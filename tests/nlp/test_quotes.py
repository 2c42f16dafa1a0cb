"""Tests for warta.nlp.quotes.extract: JSON vectors, the seed gold figures and invariants."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.nlp.quotes.extract import collapse_quotes, extract_quotes
from warta.records import Mention, Quote
from warta_eval.quotes import normalise_quote_text, score_quotes

ROOT = Path(__file__).resolve().parents[2]
VECTORS = json.loads((ROOT / "tests" / "vectors" / "quotes.json").read_text(encoding="utf-8"))
FLOORS = json.loads((ROOT / "eval" / "floors" / "quotes.json").read_text(encoding="utf-8"))
SEEDS = ROOT.parent / "shared" / "seeds"  # as in tests/conftest.py


def _mentions(case: dict[str, Any]) -> list[Mention]:
    out = []
    for m in case.get("mentions", []):
        start = case["text"].index(m["text"])
        out.append(Mention(start, start + len(m["text"]), m["text"], m["type"], m.get("entity")))
    return out


@pytest.mark.parametrize("case", VECTORS["cases"], ids=[c["id"] for c in VECTORS["cases"]])
def test_vector(case: dict[str, Any]) -> None:
    quotes = extract_quotes(case["text"], _mentions(case))
    got = [(q.text, q.speaker, q.kind, q.cue) for q in quotes]
    assert len(quotes) == len(case["expect"]), got
    for q, want in zip(quotes, case["expect"], strict=True):
        assert q.text.startswith(want["text"]), (q.text, want["text"])
        assert (q.speaker, q.kind, q.cue) == (want["speaker"], want["kind"], want["cue"]), got
        if "role" in want:
            assert q.speaker_role == want["role"]


def test_vector_table_is_large_enough() -> None:
    assert len(VECTORS["cases"]) >= 60
    assert sum(1 for c in VECTORS["cases"] if not c["expect"]) >= 8  # negatives


def test_role_and_offsets() -> None:
    text = '"Kami siap," Lee Jai-chun, mantan duta besar untuk Rusia, mengatakan kepada BBC.'
    (q,) = extract_quotes(text)
    assert (q.speaker, q.speaker_role) == ("Lee Jai-chun", "mantan duta besar untuk Rusia")
    assert text[q.start : q.end] == q.text == "Kami siap"
    assert q.paragraph == 0


def test_paragraph_index() -> None:
    text = 'Pembuka.\n\nLalu.\n\n"Kami menolak," kata Budi Santoso.'
    (q,) = extract_quotes(text)
    assert q.paragraph == 2 and text.split("\n\n")[2].startswith('"Kami')


# --- seeds: the gold figures -------------------------------------------------------------

#: Lines that are site chrome rather than body, beyond what the gold lists per document.
_CHROME_PREFIXES = ("#Fokus Sepekan",)
#: Gold fields listing non-body lines (page chrome, captions, credits, teasers).
_CHROME_KEYS = ("boilerplate_lines", "caption_or_credit_lines", "attribution_lines", "teaser_lines")
#: Stands in for the entity stage's cross-article alias resolution.
_ALIAS = {"Lankov": "Andrei Lankov", "Putin": "Vladimir Putin"}


def _seed_body(name: str, doc: dict[str, Any]) -> str:
    drop = {doc["title"]} if doc.get("title") else set()
    for key in _CHROME_KEYS:
        drop |= {line.strip() for line in doc.get(key) or []}
    lines = (line.strip() for line in (SEEDS / name).read_text("utf-8").splitlines())
    keep = [line for line in lines if line and line not in drop]
    return "\n\n".join(line for line in keep if not line.startswith(_CHROME_PREFIXES))


@pytest.fixture(scope="module")
def seed_scores(gold: dict[str, Any]) -> dict[str, Any]:
    predicted = {
        name: extract_quotes(_seed_body(name, doc)) for name, doc in gold["documents"].items()
    }
    return score_quotes(predicted, gold, alias=_ALIAS.get)


@pytest.mark.parametrize("figure", ["recall", "speaker_accuracy", "precision", "kind_accuracy"])
def test_seed_figures_meet_floors(seed_scores: dict[str, Any], figure: str) -> None:
    assert seed_scores[figure] >= FLOORS[figure], {
        k: seed_scores[k] for k in ("missed", "wrong_speaker", "spurious")
    }


def test_scorer_counts_optional_for_precision_only() -> None:
    gold = {
        "d": {
            "quotes": [
                {"speaker": "A B", "kind": "direct", "starts_with": "satu dua"},
                {
                    "speaker": "C D",
                    "kind": "indirect",
                    "starts_with": "tiga empat",
                    "optional": True,
                },
            ]
        }
    }
    pred = {
        "d": [
            Quote("“Satu dua tiga”", "B", None, "direct", "kata", 0, 0, 1),
            Quote("tiga empat lima", "X", None, "indirect", "kata", 0, 0, 1),
            Quote("lain sama sekali", "X", None, "indirect", "kata", 0, 0, 1),
        ]
    }
    r = score_quotes(pred, gold, alias={"B": "A B"}.get)
    assert (r["recall"], r["speaker_accuracy"]) == (1.0, 1.0)
    assert r["precision"] == pytest.approx(2 / 3)
    assert normalise_quote_text(" “Satu  DUA” ") == "satu dua"


# --- collapsing duplicates ---------------------------------------------------------------


def _q(text: str, speaker: str | None = "Budi") -> Quote:
    return Quote(text, speaker, None, "direct", "kata", 0, 0, len(text))


def test_collapse_exact_and_overlap() -> None:
    long = "Kami tidak akan menaikkan harga bahan bakar minyak sampai akhir tahun ini."
    trimmed = "kami tidak akan menaikkan harga bahan bakar minyak sampai akhir tahun"
    out = collapse_quotes(
        {"a": [_q(long), _q("Lain hal.")], "b": [_q(trimmed)], "c": [_q("Lain hal.", None)]},
        {"a": "g1", "b": "g1", "c": None},
    )
    assert [(q.text, ids) for q, ids in out] == [(long, ("a", "b")), ("Lain hal.", ("a", "c"))]


def test_collapse_keeps_different_speakers_apart() -> None:
    text = "Kami tidak akan menaikkan harga bahan bakar minyak sampai akhir tahun ini."
    out = collapse_quotes({"a": [_q(text, "Budi")], "b": [_q(text + " Titik.", "Ani")]}, {})
    assert len(out) == 2


# --- properties --------------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    [*"abcXYZ \"“”‘’'.,:;!?\n", "kata ", "ujarnya", " mengatakan ", "Budi ", "\n\n", "é", "中"]
)


@settings(max_examples=300, deadline=None, database=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_offsets_slice_text(text: str) -> None:
    for q in extract_quotes(text):
        assert q.text in text[q.start : q.end]
        assert text[q.start : q.end] == q.text  # stronger: the offsets are exact
        assert 0 <= q.start < q.end <= len(text)
        assert q.paragraph == text[: q.start].count("\n\n")


@settings(max_examples=200, deadline=None, database=None)
@given(st.text(max_size=300))
def test_no_crash_on_arbitrary_unicode(text: str) -> None:
    for q in extract_quotes(text):
        assert q.text in text[q.start : q.end]


# Cue-verb choices measured on PFSA-ID and IndoSum (bench/bench_quote_thresholds.py);
# the sentences are written for this test in the style of Indonesian wire reports.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "menekankan" is a weak cue: reported speech with "bahwa", narration with a noun.
        (
            "Menteri Kesehatan Siti Rahma menekankan bahwa vaksinasi lansia harus dipercepat "
            "bulan ini.",
            ("Siti Rahma", "menekankan", "vaksinasi lansia harus dipercepat bulan ini."),
        ),
        ("Gubernur Budi Hartono menekankan pentingnya kebersihan lingkungan di pasar.", None),
        # "memperkirakan" reports an estimate, like "memprediksi".
        (
            "Bank Dunia memperkirakan ekonomi Indonesia tumbuh 5,1 persen tahun depan.",
            ("Bank Dunia", "memperkirakan", "ekonomi Indonesia tumbuh 5,1 persen tahun depan."),
        ),
        # "melihat" reports a view only as "X melihat Y sebagai Z".
        (
            "Pengamat ekonomi Rudi Santoso melihat kebijakan itu sebagai langkah mundur.",
            ("Rudi Santoso", "melihat", "kebijakan itu sebagai langkah mundur."),
        ),
        ("Petugas Agus Salim melihat asap hitam membubung dari gudang di Cakung.", None),
    ],
)
def test_subject_first_cue_choices(text: str, expected: tuple[str, str, str] | None) -> None:
    found = [(q.speaker, q.cue, q.text) for q in extract_quotes(text)]
    assert found == ([expected] if expected else [])
