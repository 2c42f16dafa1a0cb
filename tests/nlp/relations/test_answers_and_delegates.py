"""Promises answering a request told long before, and a crowd's delegates received by
an official (issue 18), tested on invented sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples, relations

PUBLISHED = "2026-08-20"

_coded = partial(coded_triples, published=PUBLISHED)


# 1. a promise or an offer with no addressee answers whoever asked or charged its maker,
# other moves told in between
_HEARING = (
    "Komisi B DPRD Kota Tanjungbara meminta Pemerintah Kota Tanjungbara menarik "
    "seluruh beras oplosan dari pasar, Selasa (4/8/2026). Komisi itu juga menyebut "
    "Dinas Pasar Kota Tanjungbara lalai mengawasi gudang distributor. "
    "Koperasi Pedagang Beras Tanjungbara mengancam menggelar mogok dagang. "
)


def test_a_promise_told_two_sentences_after_the_request_answers_the_asker() -> None:
    coded = _coded(
        "Wali Kota Tanjungbara Hendri Lubis hadir dalam rapat itu. "
        + _HEARING
        + "Hendri berjanji menarik beras itu paling lambat akhir bulan."
    )
    assert ("Hendri Lubis", "intend", "DPRD Kota Tanjungbara") in coded


def test_an_offer_of_an_uncoded_act_long_after_the_request_answers_the_asker() -> None:
    coded = _coded(
        "Wali Kota Tanjungbara Hendri Lubis hadir dalam rapat itu. "
        + _HEARING
        + "Hendri menyatakan siap mengaudit gudang distributor pekan depan."
    )
    assert ("Hendri Lubis", "intend", "DPRD Kota Tanjungbara") in coded


def test_an_offer_by_a_side_nobody_asked_answers_no_one() -> None:
    text = _HEARING + "Bupati Lembah Hijau Sofyan Daulay menyatakan siap membantu pasokan."
    assert not any(r.source == "Sofyan Daulay" and r.action == "intend" for r in relations(text))


def test_a_firm_sanctioned_long_before_promises_to_the_one_who_sanctioned_it() -> None:
    text = (
        "Badan Pengawas Persaingan Niaga menjatuhkan denda Rp 20 miliar kepada PT Gula "
        "Manis Sentosa, Rabu (5/8/2026). Putusan dibacakan di Medan. Kuasa hukum PT Gula "
        "Manis Sentosa menilai putusan itu keliru. Adapun PT Gula Manis Sentosa berjanji "
        "melunasi denda dalam 30 hari."
    )
    coded = _coded(text)
    assert ("PT Gula Manis Sentosa", "intend", "Badan Pengawas Persaingan Niaga") in coded


def test_an_offer_of_a_coded_act_with_no_recipient_is_an_intent_to_the_asker() -> None:
    text = (
        "Menteri Keuangan Indonesia Laras Wibisono meminta Norwegia membiayai tahap kedua "
        "proyek tanggul laut, Senin (3/8/2026). Kedua pihak juga membahas energi terbarukan. "
        "Oslo mengirim tim ahli pekan lalu. Duta Besar Norwegia menyatakan negaranya siap "
        "membiayai tahap berikutnya."
    )
    assert ("Norway", "intend", "Laras Wibisono") in _coded(text)


def test_a_mayor_acts_on_no_one_for_his_own_city_government() -> None:
    text = (
        "DPRD Kota Tanjungbara menolak rencana Pemerintah Kota Tanjungbara menaikkan tarif "
        "parkir. Ketua DPRD Kota Tanjungbara meminta Wali Kota Hendri Lubis menunda kenaikan. "
        "Fraksi Hanura mengancam menggunakan hak angket. Hendri menyatakan siap mengkaji "
        "ulang tarif, tetapi menolak menunda parkir elektronik."
    )
    coded = _coded(text)
    assert ("Hendri Lubis", "intend", "DPRD Kota Tanjungbara") in coded
    assert not any(s == "Hendri Lubis" and t == "Pemerintah Kota Tanjungbara" for s, _, t in coded)


# 2. a crowd's delegates received by an official: a meeting with the crowd's body
_RALLY = (
    "Ratusan buruh Serikat Pekerja Keramik Cibadak berunjuk rasa di depan kantor DPRD "
    "Jawa Barat, Senin (10/8/2026), menuntut kenaikan upah. "
)


def test_delegates_received_by_a_titled_official_meet_the_crowds_body() -> None:
    coded = _coded(
        _RALLY + "Lima perwakilan buruh kemudian diterima Ketua Komisi V DPRD Jawa Barat, "
        "Yohana Pattiasina."
    )
    assert ("Yohana Pattiasina", "consult", "Serikat Pekerja Keramik Cibadak") in coded


def test_a_crowd_named_by_mereka_received_by_a_deputy_set_off_by_a_comma() -> None:
    text = (
        "Ratusan mahasiswa Aliansi Mahasiswa Peduli Lamaru berunjuk rasa di depan kantor "
        "Bupati Lamaru, Senin (10/8/2026). Mereka diterima Wakil Bupati Lamaru, Yusuf Daeng."
    )
    assert ("Yusuf Daeng", "consult", "Aliansi Mahasiswa Peduli Lamaru") in _coded(text)


def test_delegates_stand_for_the_protesting_union_named_two_sentences_before() -> None:
    text = (
        "Ratusan buruh yang tergabung dalam Serikat Buruh Garmen Sukamaju berunjuk rasa di "
        "depan kantor Gubernur Banten, Senin (10/8/2026). Mereka menuntut pesangon penuh. "
        "Lima perwakilan buruh kemudian diterima Sekretaris Daerah Banten, Rudi Harahap."
    )
    coded = _coded(text)
    assert any(s == "Rudi Harahap" and a == "consult" for s, a, _ in coded)


def test_a_report_received_by_an_official_is_no_meeting() -> None:
    text = _RALLY + "Laporan itu diterima Ketua Komisi V DPRD Jawa Barat, Yohana Pattiasina."
    assert not any(r.action == "consult" for r in relations(text))


def test_a_list_of_portfolios_after_a_title_is_no_holder_set_off_by_a_comma() -> None:
    text = (
        "Menteri Perhubungan Indonesia Arif Nasution menerima Wakil Menteri Pertanahan, "
        "Infrastruktur, dan Pariwisata Korea Selatan di Jakarta, Senin (10/8/2026)."
    )
    assert not any(
        r.source == "Infrastruktur" or r.target == "Infrastruktur" for r in relations(text)
    )
