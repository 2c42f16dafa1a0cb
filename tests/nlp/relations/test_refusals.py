"""A refusal to do what was asked ("menolak <verb>") rejects the one who asked, and a
summons of the people a case turns on ("memanggil pemilik gudang", "memanggil X sebagai
terlapor") is a demand, tested on invented sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples

_coded = partial(coded_triples, published="2026-11-10")


def test_refusal_answers_the_request_not_the_refusers_own_side() -> None:
    # the mayor refuses what the council asked two sentences before: not his own city
    coded = _coded(
        "DPRD Kota Sungai Pinang menolak rencana Pemerintah Kota Sungai Pinang menaikkan "
        "retribusi pasar. Penolakan itu disampaikan dalam rapat paripurna, Senin "
        "(8/6/2026). Dalam rapat itu, Ketua DPRD Kota Sungai Pinang meminta Wali Kota "
        "Hendra Saputra menunda kenaikan retribusi. Fraksi Partai Hijau bahkan mengancam "
        "mengajukan hak angket jika kenaikan tetap diberlakukan. Hendra, Selasa (9/6/2026), "
        "menyatakan siap mengkaji ulang besaran retribusi, tetapi menolak menunda kenaikan "
        "tersebut."
    )
    assert ("Hendra Saputra", "reject", "DPRD Kota Sungai Pinang") in coded
    assert ("Hendra Saputra", "reject", "Pemerintah Kota Sungai Pinang") not in coded


def test_refusal_answers_a_third_partys_request() -> None:
    # the article's pair is Kosovo and Serbia; the request refused is the EU's
    coded = _coded(
        "Kosovo dan Serbia kembali berunding di Brussel, Senin (9/11/2026). Uni Eropa "
        "meminta Serbia mengakui paspor Kosovo. Serbia menolak mengakui paspor itu."
    )
    assert ("Serbia", "reject", "European Union") in coded
    assert ("Serbia", "reject", "Kosovo") not in coded


def test_refusal_after_an_offer_in_the_same_sentence() -> None:
    coded = _coded(
        "Filipina dan Vietnam menggelar perundingan di Hanoi, Senin (9/11/2026). Dalam "
        "pertemuan itu, Manila meminta Vietnam menambah kuota beras. Vietnam menyatakan "
        "siap membantu, tetapi menolak menambah kuota karena panen gagal."
    )
    assert ("Vietnam", "reject", "Philippines") in coded


def test_refusal_with_no_request_told_has_no_side() -> None:
    assert not _coded("Bolivia menolak mengirim delegasi ke pertemuan itu.")


def test_owner_summoned() -> None:
    coded = _coded(
        "Polda Kalimantan Selatan akan memanggil pemilik gudang PT Banjar Niaga Sentosa pekan depan."
    )
    assert ("Polda Kalimantan Selatan", "demand", "PT Banjar Niaga Sentosa") in coded


def test_person_summoned_as_the_one_reported() -> None:
    coded = _coded("Bareskrim memanggil Yudha sebagai terlapor, Senin (9/11/2026).")
    assert ("Bareskrim", "demand", "Yudha") in coded


def test_player_called_up_is_no_summons() -> None:
    assert not _coded("Polda Sulawesi Tengah memanggil pemain sepak bola itu untuk latihan.")
