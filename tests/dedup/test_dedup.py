"""Duplicate groups: exact, near and contained copies; properties that must always hold."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from warta.dedup import DedupInput, find_duplicates

WORDS = ("pemerintah daerah banjir jalan warga rumah kota kabupaten harga beras pasar "
         "presiden menteri rapat gedung sekolah guru murid kereta stasiun polisi hakim "
         "sidang pajak bank rupiah dolar ekspor impor kapal pelabuhan laut hujan angin").split()


def _text(seed: int, n: int = 120) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) + str(rng.randint(0, 50)) for _ in range(n))


def _links(docs: list[DedupInput]) -> dict[str, tuple[str, str]]:
    return {x.article_id: (x.relation, x.canonical) for x in find_duplicates(docs)}


def test_exact_near_contained_and_unique() -> None:
    base = _text(1, 200)
    words = base.split()
    near = " ".join([*words[:190], "tambahan", "kalimat", "baru", *words[190:]])
    part = " ".join(words[60:160])
    docs = [DedupInput("a", base), DedupInput("b", base.upper() + " !"), DedupInput("c", near),
            DedupInput("d", part, truncated=True), DedupInput("e", _text(2, 200))]
    links = _links(docs)
    assert links["c"] == ("canonical", "c") or links["a"][0] == "canonical"
    canonical = next(k for k, (rel, _) in links.items() if rel == "canonical")
    assert canonical in ("a", "c")  # the longest complete version
    assert links["d"][0] == "contained" and links["d"][1] == canonical
    assert {links["a"][0], links["b"][0]} <= {"canonical", "exact", "near"}
    assert "e" not in links


def test_same_event_different_articles_not_merged() -> None:
    names = "Presiden Joko Widodo meresmikan Bendungan Sadawarna di Subang Jawa Barat Kamis"
    one = names + " " + _text(3, 150)
    two = names + " " + _text(4, 150)
    assert _links([DedupInput("x", one), DedupInput("y", two)]) == {}


def test_short_text_is_not_contained_by_accident() -> None:
    big = _text(5, 300)
    teaser = " ".join(big.split()[:12])
    assert _links([DedupInput("big", big), DedupInput("t", teaser)]) == {}


doc_sets = st.lists(st.integers(min_value=0, max_value=6), min_size=1, max_size=7)


@settings(max_examples=40, deadline=None)
@given(doc_sets, st.randoms(use_true_random=False))
def test_order_independent_and_idempotent(seeds: list[int], rnd: random.Random) -> None:
    base = [_text(s % 3, 80 + 20 * (s % 4)) for s in seeds]
    docs = [DedupInput(f"id{i}", t) for i, t in enumerate(base)]
    first = find_duplicates(docs)
    shuffled = docs[:]
    rnd.shuffle(shuffled)
    assert find_duplicates(shuffled) == first
    assert find_duplicates(docs) == first
    canon = {link.group: link.canonical for link in first}
    for link in first:
        assert link.canonical == canon[link.group]
        assert (link.relation == "canonical") == (link.article_id == link.canonical)
