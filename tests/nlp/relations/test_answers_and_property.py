"""Classes fixed on the misses of blind37–blind39 (issue 18): a promise or an offer with
no addressee answering the request or sanction just told, and a sanction on a product,
an account or a site its owner's name closes however long the phrase naming it. Tested
on invented sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples, dated_triples

PUBLISHED = "2025-03-12"

_coded = partial(coded_triples, published=PUBLISHED)
_dated = partial(dated_triples, published=PUBLISHED)


# 1. "X meminta Y …. Y berjanji …": the promise answers the request, made to X
def test_a_promise_after_a_request_answers_the_one_who_asked() -> None:
    coded = _coded(
        "Ombudsman RI Perwakilan Bali meminta Wali Kota Denpasar Made Suarta mencopot dua "
        "pejabat dinas perizinan, Senin (10/3/2025). Made berjanji menindaklanjuti "
        "rekomendasi itu dalam dua pekan."
    )
    assert ("Made Suarta", "intend", "Ombudsman RI Perwakilan Bali") in coded


# 2. An offer to do an act no cue codes ("menyatakan siap menambah …") by the side just
# asked, or by the head of that body named in apposition, is an intent to the asker
def test_an_offer_by_the_head_of_the_body_asked_answers_the_request() -> None:
    dated = _dated(
        "Komisi II DPRD Kota Malang meminta PT Tirta Lestari Jaya memperbaiki jaringan "
        "pipa, Senin (10/3/2025). Direktur Utama PT Tirta Lestari Jaya, Bambang Irawan, "
        "menyatakan siap mengganti pipa tersebut pekan depan."
    )
    assert ("Bambang Irawan", "intend", "Komisi II DPRD Kota Malang", "2025-03-10") in dated
    # the body in the person's title is no second subject
    assert not any(s == "PT Tirta Lestari Jaya" and a == "intend" for s, a, _, _ in dated)


def test_readiness_with_no_request_before_is_no_intent() -> None:
    coded = _coded(
        "Gedung olahraga baru di Kota Kediri sudah rampung, Senin (10/3/2025). Wali Kota "
        "Kediri menyatakan siap meresmikan gedung itu pekan depan."
    )
    assert not any(a == "intend" for _, a, _ in coded)


# 3. "Dinas menyegel gudang milik X. Perusahaan berjanji …": the side sanctioned
# answers the one who sanctioned it
def test_a_promise_by_the_side_sanctioned_answers_the_sanction() -> None:
    coded = _coded(
        "Dinas Kesehatan Kota Bogor menyegel gudang obat milik PT Mentari Derma Nusa, Senin "
        "(10/3/2025). Perusahaan berjanji memusnahkan seluruh stok kedaluwarsa dalam sepekan."
    )
    assert ("PT Mentari Derma Nusa", "intend", "Dinas Kesehatan Kota Bogor") in coded


# 4. The owner after "milik", "produksi" or "buatan" closes the object of a sanction
# however many words name the product (a brand after "merek" among them)
def test_the_owner_closes_a_long_product_phrase() -> None:
    coded = _coded(
        "Dinas Kesehatan Kota Bogor mencabut izin usaha empat gerai waralaba kopi susu milik "
        "PT Kemilau Sinar Utama, Senin (10/3/2025)."
    )
    assert ("Dinas Kesehatan Kota Bogor", "sanction", "PT Kemilau Sinar Utama") in coded


def test_a_branded_product_is_its_makers() -> None:
    coded = _coded(
        "Dinas Kesehatan Kota Bogor membekukan izin edar tetes mata anak merek Jernihin "
        "produksi PT Optika Farma Raya, Senin (10/3/2025)."
    )
    assert ("Dinas Kesehatan Kota Bogor", "sanction", "PT Optika Farma Raya") in coded


def test_the_owner_of_what_a_demand_names_is_not_the_one_asked() -> None:
    coded = _coded(
        "Ratusan warga Desa Sumberjati menggelar aksi di halaman kantor Bupati Jember, Senin "
        "(10/3/2025), menuntut perpanjangan izin tambang pasir kali milik PT Pasir Jaya "
        "Utama tidak diterbitkan."
    )
    assert not any(a == "demand" and t == "PT Pasir Jaya Utama" for _, a, t in coded)
