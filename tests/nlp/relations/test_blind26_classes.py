"""Classes fixed against blind26's misses and wrong dates (issue 18), tested on invented
sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples, dated_triples

from warta.nlp.relations.lexicon import LEXICON

PUBLISHED = "2026-05-22"


_dated = partial(dated_triples, published=PUBLISHED)
_coded = partial(coded_triples, published=PUBLISHED)


# R1. An order to act given to "kedua perusahaan" (the two firms just named) is a
# demand on each of them, as one given to a firm named outright
def test_an_order_to_both_firms_named_before_is_a_demand_on_each() -> None:
    coded = _coded(
        "Badan Pengawas Pasar Modal menjatuhkan denda kepada PT Sinar Abadi dan PT Bumi "
        "Raya, Selasa (19/5/2026). Badan itu juga memerintahkan kedua perusahaan "
        "menarik obligasi bermasalah."
    )
    assert ("Badan Pengawas Pasar Modal", "demand", "PT Sinar Abadi") in coded
    assert ("Badan Pengawas Pasar Modal", "demand", "PT Bumi Raya") in coded


def test_an_order_of_an_act_is_no_demand_on_those_named_after_it() -> None:
    coded = _coded(
        "Gubernur Banten memerintahkan penyegelan gudang PT Sinar Abadi, Selasa (19/5/2026)."
    )
    assert not any(a == "demand" for _, a, _ in coded)


# R2. "Seusai jamuan itu, kedua menteri …": past an opening connective, the two
# ministers are the two who just met
def test_both_ministers_after_an_opening_connective_are_those_who_met() -> None:
    coded = _coded(
        "Menteri Luar Negeri Bayu Prasetyo bertemu Menteri Luar Negeri Chile Tomas Ibarra "
        "di Bandung, Senin (18/5/2026). Seusai jamuan itu, kedua menteri "
        "menandatangani perjanjian tambang litium."
    )
    assert any(
        a == "cooperate" and {s, t} == {"Bayu Prasetyo", "Tomas Ibarra"} for s, a, t in coded
    )


# R3. A petition's noun before its petitioner's office and name in apposition
# ("menolak permohonan kasasi mantan Bupati X, <nama>,"): the petitioner is answered
def test_a_petition_rejected_answers_the_office_holder_named_after_it() -> None:
    coded = _coded(
        "Pengadilan Tinggi Semarang menolak permohonan banding eks Bupati Sukamaju, Hendra "
        "Wijaya, "
        "dalam perkara suap proyek jalan."
    )
    assert ("Pengadilan Tinggi Semarang", "reject", "Hendra Wijaya") in coded


# R4. "menawari X …" (the locative -i) names the one offered to
def test_the_locative_offer_verb_is_an_intent_to_its_object() -> None:
    assert LEXICON["menawari"].action == "intend"
    coded = _coded("Partai Hijau Nusantara menawari Hendra Wijaya jabatan ketua harian.")
    assert ("Partai Hijau Nusantara", "intend", "Hendra Wijaya") in coded


# D1. An act told undated, spelled out by the next sentence, then reported with its
# day by its ruling's noun ("Putusan dibacakan Rabu (…)") takes that day
def test_a_ruling_read_two_sentences_on_dates_the_sanction() -> None:
    dated = _dated(
        "Badan Pengawas Pasar Modal menjatuhkan denda kepada PT Sinar Abadi dan PT Bumi "
        "Raya. Keduanya dinyatakan terbukti memanipulasi harga saham sepanjang 2024. "
        "Putusan itu diumumkan Selasa (19/5/2026)."
    )
    assert ("Badan Pengawas Pasar Modal", "sanction", "PT Sinar Abadi", "2026-05-19") in dated


def test_a_day_two_sentences_on_that_does_not_report_the_act_is_not_taken() -> None:
    dated = _dated(
        "Badan Pengawas Pasar Modal menjatuhkan denda kepada PT Sinar Abadi. Harga pupuk "
        "di Jawa melonjak sejak awal tahun. Petani berunjuk rasa di Semarang, Rabu "
        "(20/5/2026)."
    )
    assert ("Badan Pengawas Pasar Modal", "sanction", "PT Sinar Abadi", "2026-05-22") in dated


# D2. "Dengan putusan yang diunggah …, Rabu (…), …" opening the next sentence tells
# the ruling just told again, with its day
def test_a_ruling_after_a_preposition_dates_the_rejection() -> None:
    dated = _dated(
        "Mahkamah Agung menolak kasasi Hendra Wijaya dalam perkara suap proyek jalan. "
        "Dengan putusan yang dibacakan pada Rabu (20/5/2026) itu, hukuman enam tahun "
        "penjara berkekuatan hukum tetap."
    )
    assert ("Mahkamah Agung", "reject", "Hendra Wijaya", "2026-05-20") in dated
