"""Classes fixed against the misses of every blind set together (issue 18: everyday
recall), tested on invented sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

import pytest
from tests.nlp.relations.coded import coded_triples, relations

PUBLISHED = "2026-10-13"


_coded = partial(coded_triples, published=PUBLISHED)


# E1. An envoy summoned over a grievance voiced in the same sentence (a protest, regret)
# censures the envoy's state as well as calling it in; an explanation asked for alone
# stays a demand
SUMMONED_OVER_A_GRIEVANCE = [
    (
        "SANTIAGO - Kementerian Luar Negeri Chile memanggil Duta Besar Peru, Luis "
        "Alvarado, Senin (12/10/2026), dan menyampaikan protes atas insiden itu.",
        ("Chile", "disapprove", "Peru"),
    ),
    (
        "HANOI - Kementerian Luar Negeri Vietnam memanggil Duta Besar Kamboja di Hanoi, "
        "Selasa (6/10/2026), untuk memprotes penangkapan nelayannya.",
        ("Vietnam", "disapprove", "Cambodia"),
    ),
    (
        "OSLO - Kementerian Luar Negeri Norwegia memanggil kuasa usaha Kedutaan Besar "
        "Rusia di Oslo, Rabu (7/10/2026), dan menyesalkan pelanggaran wilayah udara itu.",
        ("Norway", "disapprove", "Russia"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), SUMMONED_OVER_A_GRIEVANCE)
def test_summons_over_a_grievance_censures_the_state(text: str, wanted: tuple) -> None:
    coded = _coded(text)
    assert wanted in coded
    assert any(a == "demand" for _, a, _ in coded)


BARE_SUMMONS = [
    "SANTIAGO - Kementerian Luar Negeri Chile memanggil Duta Besar Peru, Senin "
    "(12/10/2026), untuk meminta penjelasan atas pernyataan seorang senator Peru.",
    "SANTIAGO - Kementerian Luar Negeri Chile memanggil Duta Besar Peru ke kantornya, "
    "Senin (12/10/2026).",
    "JAKARTA - Kementerian Perhubungan memanggil direksi PT Angkasa Raya untuk meminta "
    "penjelasan soal keterlambatan penerbangan, Senin (12/10/2026).",
]


@pytest.mark.parametrize("text", BARE_SUMMONS)
def test_bare_summons_or_a_firms_is_only_a_demand(text: str) -> None:
    coded = _coded(text)
    assert any(a == "demand" for _, a, _ in coded)
    assert not any(a == "disapprove" for _, a, _ in coded)


# K1. An objection or a pretrial motion against a ruling or an arrest censures its
# issuer, and one lodged by a party's counsel ("kuasa hukum X, <nama>, menyatakan
# kliennya akan mengajukan …") is the client's
OBJECTIONS = [
    (
        "JAKARTA - Komisi Pengawas Persaingan Usaha (KPPU) menjatuhkan denda Rp 40 miliar "
        "kepada PT Roti Mentari Jaya karena terbukti mengatur harga, Senin (12/10/2026). "
        "Kuasa hukum Roti Mentari, Budi Santoso, menyatakan kliennya akan mengajukan "
        "keberatan ke Pengadilan Niaga.",
        ("PT Roti Mentari Jaya", "disapprove", "Komisi Pengawas Persaingan Usaha"),
        "Budi Santoso",
    ),
    (
        "JAKARTA - Komisi Pengawas Persaingan Usaha (KPPU) menjatuhkan denda kepada PT "
        "Gandum Emas dan PT Tepung Sari, Senin (12/10/2026). Kuasa hukum Gandum Emas, "
        "Rina Marpaung, memastikan kliennya akan mengajukan keberatan.",
        ("PT Gandum Emas", "disapprove", "Komisi Pengawas Persaingan Usaha"),
        "Rina Marpaung",
    ),
    (
        "SEMARANG - Komisi Pemberantasan Korupsi (KPK) menahan Bupati Danau Biru, Andi "
        "Saputra, Senin (12/10/2026). Kuasa hukum Andi, Rudi Hartono, menyatakan "
        "kliennya akan mengajukan gugatan praperadilan terhadap KPK.",
        ("Andi Saputra", "disapprove", "Komisi Pemberantasan Korupsi"),
        "Rudi Hartono",
    ),
    (
        "MEDAN - Kejaksaan Tinggi Sumatera Utara menahan pengusaha Bonar Simanjuntak, Senin "
        "(12/10/2026). Bonar menyatakan akan mengajukan praperadilan.",
        ("Bonar Simanjuntak", "disapprove", "Kejaksaan Tinggi Sumatera Utara"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "wanted", "counsel"), OBJECTIONS)
def test_objection_by_counsel_is_the_clients(text: str, wanted: tuple, counsel: str) -> None:
    coded = _coded(text)
    assert wanted in coded
    assert not any(s == counsel for s, _, _ in coded)


# A1. Aid going through a state's Red Cross or Red Crescent society is aid to that state
# ("mengumumkan bantuan … melalui Palang Merah X"); another channel is no target
THROUGH_A_SOCIETY = [
    (
        "MANILA - Jepang mengumumkan bantuan senilai 3 juta dolar AS yang akan disalurkan "
        "melalui Palang Merah Filipina, Senin (12/10/2026).",
        ("Japan", "aid", "Philippines"),
    ),
    (
        "JAKARTA - Kanada berencana menyalurkan dana 1 juta dolar melalui Palang Merah "
        "Indonesia (PMI) pekan ini.",
        ("Canada", "aid", "Indonesia"),
    ),
    (
        "AMMAN - Korea Selatan mengirimkan bantuan obat-obatan melalui Bulan Sabit Merah "
        "Yordania, Senin (12/10/2026).",
        ("South Korea", "aid", "Jordan"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), THROUGH_A_SOCIETY)
def test_aid_through_a_red_cross_goes_to_its_state(text: str, wanted: tuple) -> None:
    assert wanted in _coded(text)


def test_aid_through_a_ministry_has_no_target() -> None:
    text = (
        "JAKARTA - Jepang mengumumkan bantuan 2 juta dolar melalui Kementerian Luar "
        "Negeri, Senin (12/10/2026)."
    )
    assert not any(a == "aid" for _, a, _ in _coded(text))


# K2. A ruling judged wrong ("menyebut putusan itu keliru / cacat / mengabaikan …") is a
# censure of its issuer, and when the judge is the party's counsel ("Kuasa hukum X,
# <nama>, menyebut …") it is the client's
JUDGED_RULINGS = [
    (
        "JAKARTA - Komisi Pengawas Persaingan Usaha (KPPU) menjatuhkan denda Rp 50 miliar "
        "kepada PT Roti Mentari Jaya, Senin (12/10/2026). PT Roti Mentari Jaya menyebut "
        "putusan itu keliru.",
        ("PT Roti Mentari Jaya", "disapprove", "Komisi Pengawas Persaingan Usaha"),
    ),
    (
        "JAKARTA - Komisi Pengawas Persaingan Usaha (KPPU) menjatuhkan denda Rp 50 miliar "
        "kepada PT Roti Mentari Jaya, Senin (12/10/2026). Kuasa hukum Roti Mentari, Budi "
        "Santoso, menyebut putusan itu mengabaikan fakta persidangan.",
        ("PT Roti Mentari Jaya", "disapprove", "Komisi Pengawas Persaingan Usaha"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), JUDGED_RULINGS)
def test_ruling_judged_wrong_censures_its_issuer(text: str, wanted: tuple) -> None:
    coded = _coded(text)
    assert wanted in coded
    assert not any(s == "Budi Santoso" for s, _, _ in coded)


def test_counsel_telling_anothers_act_does_not_become_the_client() -> None:
    text = (
        "SEMARANG - Komisi Pemberantasan Korupsi (KPK) menahan Bupati Danau Biru, Andi "
        "Saputra, Senin (12/10/2026). Kuasa hukum Andi, Rudi Hartono, mengatakan KPK "
        "menolak permohonan penangguhan penahanan kliennya."
    )
    assert not any(s == "Andi Saputra" and t == "Andi Saputra" for s, _, t in _coded(text))
    assert not any(s == "Andi Saputra" and a == "reject" for s, a, _ in _coded(text))


# D1. A censure made is never dated ahead of the report: a later date in its clause is
# its object's ("… produsen yang siap mengirim mulai 2027")
def test_censure_is_not_dated_by_its_objects_later_date() -> None:
    text = (
        "BANDUNG - PT Kereta Nusantara meneken kontrak pembelian kereta dengan produsen "
        "asal Korea Selatan, Senin (12/10/2026). Direktur Utama PT Rel Jaya, Anton "
        "Wibisono, menilai PT Kereta Nusantara mengabaikan produsen dalam negeri yang "
        "sanggup mengirim mulai 2027."
    )
    found = [
        r
        for r in relations(text, PUBLISHED)
        if r.action == "disapprove" and r.source == "Anton Wibisono"
    ]
    assert found
    assert all(r.date is None or r.date <= PUBLISHED for r in found)
