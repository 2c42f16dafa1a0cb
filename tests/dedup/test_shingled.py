"""One pass over a text (shingle_text) gives what the single-purpose functions give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from warta.dedup import (
    DedupInput,
    band_keys,
    exact_key,
    find_duplicates,
    number_hashes,
    prose,
    shingle_hashes,
    shingle_strings,
    shingle_text,
    tokens,
)
from warta.dedup.passages import (
    MIN_PASSAGE_SHINGLES,
    MIN_SHARED_PASSAGES,
    PASSAGE_OVERLAP,
    passage_floor,
    shingled_floor,
)

# Words, digits with separators, punctuation that ends a line or not, a final sigma
# (str.lower's one context rule) and line breaks: the cases a line-wise pass must match.
_WORDS = ["harga", "Naik", "ΟΔΟΣ", "σ", "İzmir", "1.512.000", "0,45", "7", "2024", "x_y"]
_GLUE = [" ", "  ", ". ", ", ", "\n", "\n\n", ".\n", "!\n", "\u201d\n", " -- "]
_TEXTS = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GLUE)), max_size=80).map(
    lambda parts: "".join(w + g for w, g in parts)
)
_PARAGRAPH = (
    "Rapat dewan gubernur bank sentral memutuskan menahan suku bunga acuan di level enam "
    "persen sesuai perkiraan sebagian besar ekonom pasar keuangan pada Kamis sore."
)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_shingle_text_is_the_single_functions(text: str) -> None:
    s = shingle_text(text)
    assert s.strings == shingle_strings(tokens(text))
    assert s.shingles == shingle_hashes(s.strings)
    assert s.exact == exact_key(text)
    assert s.numbers == number_hashes(text)
    assert s.paragraphs == [
        shingle_hashes(shingle_strings(tokens(line))) for line in prose(text).split("\n")
    ]


def _reference_floor(text: str) -> float | None:
    """passage_floor as first written: every paragraph shingled on its own."""
    paragraphs = [
        p
        for line in prose(text).split("\n")
        if len(p := shingle_hashes(shingle_strings(tokens(line)))) >= MIN_PASSAGE_SHINGLES
    ]
    if len(paragraphs) < MIN_SHARED_PASSAGES:
        return None
    need = [PASSAGE_OVERLAP * len(p) - 1e-6 for p in paragraphs]
    return min(
        need[i] + need[j] - len(paragraphs[i] & paragraphs[j])
        for i in range(len(paragraphs))
        for j in range(i + 1, len(paragraphs))
    )


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([_PARAGRAPH, _PARAGRAPH[:90], "Baca Juga", ""]), max_size=6))
def test_shingled_floor_is_the_passage_floor(paragraphs: list[str]) -> None:
    text = "\n".join(paragraphs)
    assert shingled_floor(shingle_text(text)) == passage_floor(text) == _reference_floor(text)


def test_find_duplicates_with_given_keys_and_bands_is_unchanged() -> None:
    body = " ".join(_PARAGRAPH.split() * 3)
    docs = [
        DedupInput("a", body),
        DedupInput("b", body.upper()),
        DedupInput("c", body + " Tambahan kalimat di akhir berita ini."),
        DedupInput("d", "Teks lain sama sekali tentang cuaca cerah di pegunungan."),
    ]
    shingled = {d.article_id: shingle_text(d.text) for d in docs}
    given_all = find_duplicates(
        [DedupInput(d.article_id, d.text, shingles=shingled[d.article_id].shingles) for d in docs],
        exact_keys={k: s.exact for k, s in shingled.items()},
        bands={k: band_keys(s.strings) for k, s in shingled.items()},
    )
    assert given_all == find_duplicates(docs)
    assert {link.article_id for link in given_all} == {"a", "b", "c"}
