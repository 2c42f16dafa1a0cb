"""Copies in real shapes (related-headline boxes, templates) and shared passages."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.dedup import (
    DedupInput,
    find_duplicates,
    number_hashes,
    prose,
    related_similarity,
    shingle_hashes,
    shingle_strings,
    tokens,
)
from warta.dedup.passages import find_shared_passages, passage_floor, shared_passages
from warta.scale.dedup import _doc, dedup_features

FIRE = [
    "Kebakaran melanda sebuah pasar tradisional di pusat kota pada Minggu dini hari dan "
    "menghanguskan sedikitnya tiga ratus kios pedagang pakaian dan kelontong.",
    "Kepala dinas pemadam kebakaran mengatakan api pertama kali terlihat sekitar pukul dua "
    "dini hari dari lantai dua gedung pasar yang dipenuhi barang dagangan.",
    "Puluhan mobil pemadam dikerahkan dan api baru dapat dipadamkan sekitar lima jam "
    "kemudian karena angin bertiup kencang dan gang di antara kios sempit.",
    "Tidak ada korban jiwa dalam peristiwa itu, tetapi dua petugas pemadam dirawat di rumah "
    "sakit karena menghirup asap tebal saat memadamkan api.",
    "Polisi masih menyelidiki penyebab kebakaran. Dugaan sementara api berasal dari "
    "korsleting listrik di salah satu kios pakaian bekas.",
]


def _box(seed: int) -> list[str]:
    rng = random.Random(seed)
    places = "Bekasi Bogor Depok Garut Solo Malang Jember Kupang Ternate Jambi".split()
    things = ["Harga Cabai Melonjak", "Jalan Rusak Dikeluhkan Warga", "Banjir Rob Meluas",
              "Pedagang Kaki Lima Ditertibkan", "Festival Kuliner Digelar"]  # fmt: skip
    return ["Baca Juga"] + [f"{rng.choice(things)} di {rng.choice(places)} Hari Ini"
                            for _ in range(6)]  # fmt: skip


def test_identical_bodies_with_different_boxes_are_one_group() -> None:
    a = "\n\n".join([*FIRE[:2], *_box(1), *FIRE[2:], *_box(2)])
    b = "\n\n".join([*FIRE, *_box(3)])
    links = {x.article_id: x.relation for x in find_duplicates([DedupInput("a", a), DedupInput("b", b)])}
    assert links == {"a": "canonical", "b": "exact"} or links == {"a": "exact", "b": "canonical"}


def test_prose_keeps_long_unpunctuated_paragraphs_and_never_empties() -> None:
    long_line = " ".join(["kata"] * 30)
    assert prose(long_line) == long_line
    assert prose("Judul Saja Tanpa Titik") == "Judul Saja Tanpa Titik"


def _gold(price: str, buyback: str, small: str, big: str) -> str:
    return "\n\n".join([
        f"Harga emas batangan di butik logam mulia hari ini tercatat Rp{price} per gram "
        "menurut daftar harga resmi yang diumumkan setiap pagi.",
        f"Sementara itu harga pembelian kembali atau buyback berada di level Rp{buyback} "
        "per gram menurut daftar harga resmi yang diumumkan setiap pagi.",
        "Berikut daftar harga emas hari ini yang dikutip dari laman resmi butik logam mulia "
        "untuk pecahan kecil hingga besar yang paling banyak dicari pembeli.",
        f"Emas setengah gram dijual Rp{small} sedangkan emas lima gram dijual Rp{big} "
        "menurut daftar harga resmi yang diumumkan setiap pagi.",
        "Harga tersebut sudah termasuk pajak pertambahan nilai dan belum termasuk pajak "
        "penghasilan sebesar 0,45 persen bagi pemilik nomor pokok wajib pajak.",
    ])  # fmt: skip


def test_same_template_other_figures_is_not_a_copy() -> None:
    # The template's words dominate (Jaccard above the near bar without the numbers
    # check), but a copy carries the same figures.
    monday = DedupInput("mon", _gold("1.512.000", "1.358.000", "806.000", "7.515.000"))
    tuesday = DedupInput("tue", _gold("1.505.000", "1.351.000", "802.500", "7.480.000"))
    assert find_duplicates([monday, tuesday]) == []
    copy = DedupInput("copy", monday.text + "\n\nSimak berita lainnya di kanal kami.")
    assert {x.article_id for x in find_duplicates([monday, tuesday, copy])} == {"mon", "copy"}


def test_numbers_survive_the_distributed_features() -> None:
    docs = [DedupInput("mon", _gold("1.512.000", "1.358.000", "806.000", "7.515.000")),
            DedupInput("tue", _gold("1.505.000", "1.351.000", "802.500", "7.480.000"))]  # fmt: skip
    rows = dedup_features(docs).to_pylist()
    a, b = (_doc(r) for r in rows)
    assert a.numbers == number_hashes(docs[0].text) and len(a.numbers) >= 4
    assert related_similarity(a, b) is None


WIRE = FIRE[1:4]
OWN_A = ["Pedagang yang kehilangan barang dagangan meminta pemerintah kota segera "
         "menyediakan tempat berjualan sementara menjelang hari raya.",
         "Wali kota berjanji membangun pasar darurat di lahan parkir dalam dua pekan dan "
         "membebaskan retribusi bagi pedagang yang terdampak."]  # fmt: skip
OWN_B = ["Ombudsman daerah mendesak pemerintah kota mengaudit instalasi listrik seluruh "
         "pasar tradisional dan menyediakan alat pemadam di setiap blok kios.",
         "Sepanjang tahun ini setidaknya lima pasar tradisional di provinsi itu terbakar, "
         "sebagian besar karena instalasi listrik yang tidak terawat."]  # fmt: skip


def test_wire_paragraphs_with_different_filler_share_passages_not_a_group() -> None:
    a = DedupInput("a", "\n\n".join([OWN_A[0], *WIRE, OWN_A[1]]))
    b = DedupInput("b", "\n\n".join([OWN_B[0], *WIRE, OWN_B[1]]))
    links = find_duplicates([a, b])
    assert links == []
    shared = find_shared_passages([a, b], links)
    assert [(p.article_id, p.other_id, p.passages) for p in shared] == [("a", "b", 3), ("b", "a", 3)]
    assert all(0.5 < p.fraction < 0.8 for p in shared)  # three of five paragraphs


def test_a_follow_up_repeating_one_paragraph_shares_no_passages() -> None:
    a = DedupInput("a", "\n\n".join(FIRE))
    b = DedupInput("b", "\n\n".join([*OWN_B, FIRE[4], OWN_A[0]]))
    assert find_shared_passages([a, b], find_duplicates([a, b])) == []


def test_copies_in_one_group_are_not_reported_as_sharing() -> None:
    a = DedupInput("a", "\n\n".join(FIRE))
    b = DedupInput("b", "\n\n".join(FIRE[:3]))
    links = find_duplicates([a, b])
    assert {x.relation for x in links} == {"canonical", "contained"}
    assert find_shared_passages([a, b], links) == []


PIECES = [*FIRE, *OWN_A, *OWN_B]


PICKS = st.lists(st.integers(0, len(PIECES) - 1), min_size=2, max_size=6)


@settings(max_examples=30, deadline=None)
@given(st.lists(PICKS, min_size=2, max_size=5), st.randoms(use_true_random=False))
def test_passages_are_symmetric_and_order_independent(
    picks: list[list[int]], rnd: random.Random
) -> None:
    docs = [DedupInput(f"d{i}", "\n\n".join(PIECES[k] for k in p)) for i, p in enumerate(picks)]
    links = find_duplicates(docs)
    first = find_shared_passages(docs, links)
    shuffled = docs[:]
    rnd.shuffle(shuffled)
    assert find_shared_passages(shuffled, links) == first
    pairs = {(p.article_id, p.other_id) for p in first}
    assert pairs == {(b, a) for a, b in pairs}
    group = {x.article_id: x.group for x in links}
    assert not any(a in group and group.get(b) == group[a] for a, b in pairs)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.integers(0, len(PIECES) - 1), max_size=6), min_size=2, max_size=6))
def test_passage_floors_reject_only_pairs_that_share_nothing(picks: list[list[int]]) -> None:
    """Pairs skipped on their floors are pairs the full check rejects: the same links
    with and without floors, whatever the paragraphs (repeated ones included)."""
    docs = {
        f"d{i}": DedupInput(f"d{i}", "\n\n".join(PIECES[k] for k in p), shingles=frozenset())
        for i, p in enumerate(picks)
    }
    docs = {
        k: DedupInput(k, d.text, shingles=shingle_hashes(shingle_strings(tokens(d.text))))
        for k, d in docs.items()
    }
    pairs = [(a, b) for a in sorted(docs) for b in sorted(docs) if a < b]
    floors = {k: passage_floor(d.text) for k, d in docs.items()}
    assert shared_passages(pairs, docs, {}, floors) == shared_passages(pairs, docs, {})


def test_a_passage_floor_is_what_two_paragraphs_need() -> None:
    one = "\n\n".join(FIRE[:1])
    assert passage_floor(one) is None  # one paragraph cannot make two shared passages
    two = "\n\n".join(FIRE[:2])
    sizes = [len(shingle_hashes(shingle_strings(tokens(p)))) for p in FIRE[:2]]
    assert passage_floor(two) == pytest.approx(0.8 * sum(sizes), abs=1e-3)
    # a reader of the first two sentences alone shares too little to be checked
    wire = "\n\n".join([FIRE[0], FIRE[1], "Warga diminta waspada."])
    other = "\n\n".join([FIRE[0], "Pedagang menghitung kerugian."])
    docs = {
        k: DedupInput(k, t, shingles=shingle_hashes(shingle_strings(tokens(t))))
        for k, t in (("a", wire), ("b", other))
    }
    floors = {k: passage_floor(d.text) for k, d in docs.items()}
    assert floors["b"] is None and shared_passages([("a", "b")], docs, {}, floors) == []
