"""Relations whose sentence names both sides, missed by the classes of the 45 blind sets'
pooled misses (issue 18): persons listed with their ages after a count, a counted group
arrested, a government body written by its short form, a province acting as its
government, a class action's claimants after their count, a bare institution asked to
act, a threat's condition past a relative clause or after "bahwa", an envoy recalled,
borders closed, solidarity declared "dengan" a side, sides named by their envoys, a
contract ended, a grant handed over and forces sent to a border. Invented sentences."""

from __future__ import annotations

from functools import partial

import pytest
from tests.nlp.relations.coded import coded_triples

_coded = partial(coded_triples, published="2026-03-03")


@pytest.mark.parametrize(
    "text",
    [
        "Polres Bogor meringkus tiga pengedar ganja, AK (25), RB (31), dan MT (27), "
        "di dekat stasiun, Minggu (1/3/2026).",
        "Polres Bogor membekuk tiga pencuri motor berinisial AK (17), RB (23), dan MT (30).",
    ],
)
def test_persons_listed_with_their_ages_are_each_held(text: str) -> None:
    coded = _coded(text)
    assert {("Polres Bogor", "sanction", who) for who in ("AK", "RB", "MT")} <= coded


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Polres Bogor meringkus sembilan pembalak kayu liar (illegal logging) di kawasan "
            "hutan lindung, Selasa (3/3/2026).",
            "sembilan pembalak kayu liar",
        ),
        (
            "Polres Bogor membekuk empat pencuri ternak atau maling sapi di kandang warga, "
            "Selasa (3/3/2026).",
            "empat pencuri ternak",
        ),
        ("Polres Bogor membubarkan tawuran itu dan mengamankan 20 pelajar.", "20 pelajar"),
    ],
)
def test_a_counted_group_arrested_is_the_target(text: str, group: str) -> None:
    assert ("Polres Bogor", "sanction", group) in _coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Petugas Polres Bogor menahan dua mesin cadangan milik pabrik itu.",
        "Kejaksaan Negeri Bogor menetapkan dua tersangka, Senin (2/3/2026).",
        "Malaysia menahan 50 pekerja, termasuk sepuluh warga negara Indonesia.",
    ],
)
def test_things_charges_and_listed_members_make_no_group(text: str) -> None:
    assert not {t for t in _coded(text) if t[2].split()[0] in ("dua", "50")}


def test_a_ministry_and_a_province_by_their_short_forms() -> None:
    coded = _coded(
        "Wali Kota Depok Rudi Hartono mendesak Kemenhub menertibkan angkot tanpa izin dan "
        "meminta Pemprov DKI membangun halte baru."
    )
    assert {
        ("Rudi Hartono", "appeal", "Kemenhub"),
        ("Rudi Hartono", "appeal", "Pemprov DKI"),
    } <= coded


def test_kementerian_opening_a_sentence_is_no_short_form() -> None:
    coded = _coded("Kementerian itu kemarin meneken kontrak dengan PT Karya Pena Digital.")
    assert not {t for t in coded if t[0] == "Kementerian"}


def test_a_province_acting_is_its_government() -> None:
    coded = _coded("Gubernur Jawa Barat meminta Kementerian Perhubungan menambah armada bus.")
    assert ("Pemerintah Provinsi Jawa Barat", "appeal", "Kementerian Perhubungan") in coded


def test_a_class_action_names_its_counted_claimants_and_the_side_sued() -> None:
    coded = _coded(
        "Pengadilan Negeri Bogor mengabulkan gugatan perwakilan kelompok yang dilayangkan "
        "80 warga Desa Sukamaju terhadap PT Beton Raya Perkasa pada Rabu (25/2/2026)."
    )
    assert ("warga Desa Sukamaju", "disapprove", "PT Beton Raya Perkasa") in coded


def test_a_bare_institution_asked_to_act_in_a_domestic_story() -> None:
    coded = _coded(
        "Pengadilan Negeri Bogor memvonis Direktur PT Rumah Indah, Andi Wijaya, empat tahun "
        "penjara, Senin (2/3/2026). Ketua Forum Korban Rumah Indah, Sari Dewi, meminta "
        "kejaksaan memeriksa direktur keuangan pengembang itu."
    )
    assert ("Sari Dewi", "appeal", "kejaksaan") in coded


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "Menteri Pertahanan Armenia memperingatkan bahwa blokade tidak akan dicabut "
            "selama Azerbaijan masih menempatkan pasukan di koridor itu.",
            {"Azerbaijan"},
        ),
        (
            "Pyongyang mengancam akan menjatuhkan “hukuman yang setimpal” kalau Seoul dan "
            "Washington terus menggelar manuver di perbatasan.",
            {"South Korea", "United States"},
        ),
    ],
)
def test_a_threats_condition_names_whom_it_is_aimed_at(text: str, targets: set[str]) -> None:
    assert targets <= {t[2] for t in _coded(text) if t[1] == "threaten"}


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        (
            "Peru, Senin (2/3/2026), menarik pulang duta besarnya di Bolivia.",
            ("Peru", "reduce", "Bolivia"),
        ),
        (
            "Sehari kemudian Ekuador juga memanggil pulang dubes dari Venezuela.",
            ("Ecuador", "reduce", "Venezuela"),
        ),
        (
            "Peru menutup tiga perlintasan resmi dengan Bolivia sejak Sabtu (28/2/2026).",
            ("Peru", "reduce", "Bolivia"),
        ),
    ],
)
def test_an_envoy_recalled_and_a_border_closed_reduce_relations(
    text: str, coded: tuple[str, str, str]
) -> None:
    assert coded in _coded(text)


def test_a_product_withdrawn_is_no_recall() -> None:
    assert not _coded("PT Sehat Farma menarik produk sirup dari pasar, Senin (2/3/2026).")


def test_solidarity_declared_with_a_side() -> None:
    coded = _coded("Estonia dan Latvia menyampaikan solidaritas dengan Vilnius pada Senin.")
    assert {("Estonia", "cooperate", "Lithuania"), ("Latvia", "cooperate", "Lithuania")} <= coded


def test_talks_offered_between_sides_named_by_their_envoys() -> None:
    coded = _coded(
        "Malaysia menawarkan Penang sebagai lokasi dialog antara delegasi ASEAN dan "
        "junta Myanmar."
    )
    assert {("Malaysia", "intend", "ASEAN"), ("Malaysia", "intend", "Myanmar")} <= coded


def test_a_contract_ended_cuts_the_tie() -> None:
    coded = _coded("Bank Sentosa akhirnya memutus kerja sama dengan PT Tagih Jaya Mandiri, Jumat.")
    assert ("Bank Sentosa", "reduce", "PT Tagih Jaya Mandiri") in coded


def test_a_grant_handed_over_is_aid() -> None:
    coded = _coded("Jepang menyerahkan hibah berupa 40 unit ambulans kepada Fiji pada Senin.")
    assert ("Japan", "aid", "Fiji") in coded


def test_forces_sent_to_a_border_are_a_show_of_force_at_the_neighbour() -> None:
    coded = _coded(
        "Serbia mengerahkan pasukan khusus ke distrik selatan yang berbatasan dengan Kosovo, "
        "Senin (2/3/2026)."
    )
    assert ("Serbia", "posture", "Kosovo") in coded
