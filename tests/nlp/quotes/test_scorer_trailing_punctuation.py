"""The quote scorer compares a gold ``starts_with`` without its trailing punctuation
(label convention of issue 17: an extractor may trim the comma before a closing mark)."""

from warta.records import Quote
from warta_eval.quotes import normalise_starts_with, score_dev_quotes, score_quotes


def _quote(text: str, speaker: str) -> Quote:
    return Quote(text, speaker, None, "direct", "kata", 0, 0, 1)


def test_trailing_comma_of_starts_with_is_ignored() -> None:
    docs = {"d": {"quotes": [{"starts_with": "Kami pulang dulu,", "speaker": "Rudi"}]}}
    pred = {"d": [_quote("Kami pulang dulu", "Rudi")]}
    r = score_dev_quotes(pred, docs)
    assert (r["recall"], r["speaker_accuracy"], r["precision"]) == (1.0, 1.0, 1.0)


def test_seed_scorer_ignores_trailing_punctuation_too() -> None:
    gold = {
        "documents": {
            "d": {
                "quotes": [
                    {
                        "speaker": "Sinta Dewi",
                        "kind": "direct",
                        "starts_with": "Tunggu sebentar, ya?",
                    }
                ]
            }
        }
    }
    pred = {"d": [_quote("“Tunggu sebentar, ya”", "Sinta Dewi")]}
    r = score_quotes(pred, gold)
    assert (r["recall"], r["precision"]) == (1.0, 1.0)


def test_inner_punctuation_still_counts() -> None:
    assert normalise_starts_with("“Sudah, cukup.”") == "sudah, cukup"
    docs = {"d": {"quotes": [{"starts_with": "Sudah, cukup", "speaker": "Ani"}]}}
    pred = {"d": [_quote("Sudah cukup", "Ani")]}
    assert score_dev_quotes(pred, docs)["recall"] == 0.0
