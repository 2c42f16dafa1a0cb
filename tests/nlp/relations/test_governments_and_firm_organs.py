"""Sides the relation stage named by a common noun, found on the relation misses pooled
over the older blind sets (issue 18): a bare "pemerintah" asked to act by a body named
after a state is that state's government, and a firm's organ before "perusahaan"
("manajemen perusahaan", "direksi perusahaan") is the firm of the story. Tested on
invented sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples

from warta.nlp.relations.untagged_sides import governments_of_askers
from warta.records import Relation

PUBLISHED = "2026-05-06"

_coded = partial(coded_triples, published=PUBLISHED)


def _appeal(source: str, target: str) -> Relation:
    return Relation(source, "appeal", "02", target, "", 0, 0, "meminta")


# 1. "<Body> <State> meminta pemerintah …": that state's government
def test_bare_government_asked_by_a_body_named_after_a_state_is_that_state() -> None:
    text = (
        "Di Lima, Federasi Nelayan Peru meminta pemerintah segera membuka perundingan "
        "dengan Chile, Senin (4/5/2026)."
    )
    coded = _coded(text)
    assert ("Federasi Nelayan Peru", "appeal", "Peru") in coded
    assert not any("pemerintah" in (s, t) for s, _, t in coded)


def test_bare_government_named_after_the_state_ending_the_askers_name() -> None:
    renamed = governments_of_askers(
        [
            _appeal("Serikat Petani Kopi Indonesia", "pemerintah"),
            _appeal("Kamar Dagang Korea Selatan", "pemerintah"),
        ]
    )
    assert [r.target for r in renamed] == ["Indonesia", "South Korea"]


def test_bare_government_stays_as_written_without_a_state_in_the_askers_name() -> None:
    kept = governments_of_askers(
        [
            _appeal("Lembaga Bantuan Nelayan", "pemerintah"),
            _appeal("Aliansi Mahasiswa Papua", "pemerintah"),  # a province, no state
            _appeal("Indonesia", "pemerintah"),  # the state itself, no body of it
            _appeal("Serikat Petani Kopi Indonesia", "Kementerian Pertanian"),
        ]
    )
    assert [r.target for r in kept] == [
        "pemerintah",
        "pemerintah",
        "pemerintah",
        "Kementerian Pertanian",
    ]


# 2. "memanggil manajemen perusahaan …", "direksi perusahaan memecat …": the firm
def test_management_of_the_firm_as_an_object_is_the_firm_named_before() -> None:
    text = (
        "PT Kencana Rajut Lestari menolak membayar pesangon 300 buruhnya. Kepala Dinas "
        "Tenaga Kerja Kota Sukamaju, Rudi Hartawan, Selasa (5/5/2026), memanggil "
        "manajemen perusahaan untuk mediasi."
    )
    assert ("Rudi Hartawan", "demand", "PT Kencana Rajut Lestari") in _coded(text)


def test_board_of_the_firm_called_with_a_time_after_it_is_the_firm() -> None:
    text = (
        "PT Kencana Rajut Lestari memecat 300 buruh. Menteri Perindustrian Agus "
        "Sukarmanto berjanji memanggil direksi perusahaan pekan depan."
    )
    assert ("Agus Sukarmanto", "demand", "PT Kencana Rajut Lestari") in _coded(text)


def test_firm_noun_going_on_as_a_longer_phrase_is_no_firm_named_before() -> None:
    text = (
        "PT Kencana Rajut Lestari memecat 300 buruh. Menteri Perindustrian Agus "
        "Sukarmanto memanggil direksi perusahaan tekstil se-Jawa Barat."
    )
    assert not any(t == "PT Kencana Rajut Lestari" for _, _, t in _coded(text))
