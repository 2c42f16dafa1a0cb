"""Entity lookups made linear in the article (issue 15): each gives what the pairwise
or whole-text reading it replaced gave, on invented names."""

from __future__ import annotations

from warta.nlp.entities.names import NamesByLastWord, by_last_word, respelt
from warta.nlp.entities.shortnames import _content_words, _full_forms, shortens

_NAMES = [("rustam", "volodenko"), ("ira", "volodyenko"), ("sari", "pratiwi"), ("oleg", "kirilov")]


def test_respelt_reads_an_index_as_the_names() -> None:
    index = by_last_word(_NAMES)
    assert isinstance(index, NamesByLastWord)
    for word in ("volodenko", "kirillov", "kiryllov", "pratiwy", "pratiwi", "santosa"):
        assert respelt(word, index) == respelt(word, _NAMES) == respelt(word, dict(index)), word
    assert respelt("kiryllov", index) == ("oleg", "kirilov")


def test_full_forms_are_the_pairs_shortens_accepts() -> None:
    fulls = [
        "Badan Pengelola Air Desa",
        "Badan Pangan Daerah",
        "Kejaksaan Negeri Lembah Hijau",
        "Kejaksaan Negeri Bukit Tinggi",
        "Koperasi Nelayan Sejahtera",
    ]
    words_of = {f: _content_words(f) for f in fulls}
    for short in ("BPAD", "BPD", "Kejari Lembah Hijau", "Kopnel", "KNS", "bpd", "Kn Sejahtera"):
        expected = [f for f in fulls if f != short and shortens(short, f)]
        assert _full_forms(short, fulls, words_of) == expected, short
    assert _full_forms("Kejari Lembah Hijau", fulls, words_of) == ["Kejaksaan Negeri Lembah Hijau"]

