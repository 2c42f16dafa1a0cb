"""Classes fixed against blind19 (an accuser going on, a summons of a named firm, a
rebuttal of an accusation, acts aimed at some members of a bloc), tested on invented
sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

import pytest
from tests.nlp.relations.coded import coded_triples, dated_triples

PUBLISHED = "2026-10-13"


_coded = partial(coded_triples, published=PUBLISHED)


# A1. "X menuduh Y <verb> … dan menuntut Z …": the demand is the accuser's, never the
# accused's; with the accuser unnamed, no one demands
ACCUSER_GOES_ON = [
    (
        "MEDAN - Aliansi Nelayan Sumut menuduh PT Laut Biru Abadi mencemari perairan "
        "Belawan dan menuntut Kementerian Lingkungan Hidup mencabut izin perusahaan itu, "
        "Senin (12/10/2026).",
        ("Aliansi Nelayan Sumut", "demand", "Kementerian Lingkungan Hidup"),
        "PT Laut Biru Abadi",
    ),
    (
        "Vietnam menuduh China merusak kapal nelayannya di Laut China Selatan dan "
        "memprotes Filipina karena diam saja, Selasa (6/10/2026).",
        ("Vietnam", "disapprove", "Philippines"),
        "China",
    ),
]


@pytest.mark.parametrize(("text", "wanted", "accused"), ACCUSER_GOES_ON)
def test_accuser_goes_on_with_the_demand(text: str, wanted: tuple, accused: str) -> None:
    coded = _coded(text)
    assert wanted in coded
    assert not any(s == accused and a in ("demand", "disapprove") for s, a, _ in coded)


def test_unnamed_accuser_is_not_replaced_by_the_accused() -> None:
    text = (
        "JAMBI - Ratusan buruh berunjuk rasa di depan Kantor Bupati Merangin, Senin "
        "(12/10/2026). Mereka menuduh PT Hutan Lestari Jaya menyerobot lahan warga dan "
        "menuntut pemerintah kabupaten mencabut izin perusahaan itu."
    )
    assert not any(s == "PT Hutan Lestari Jaya" for s, _, _ in _coded(text))


# S1. A summons of firms named by their legal form or trade is a demand on each
# ("memanggil PT X dan PT Y", "memanggil maskapai X")
SUMMONED_FIRMS = [
    (
        "JAKARTA - Kementerian Perhubungan memanggil PT Nusantara Jet dan PT Garuda Sakti "
        "terkait keterlambatan penerbangan, Senin (12/10/2026).",
        [
            ("Kementerian Perhubungan", "demand", "PT Nusantara Jet"),
            ("Kementerian Perhubungan", "demand", "PT Garuda Sakti"),
        ],
    ),
    (
        "SURABAYA - Kepala Dinas Perhubungan Jawa Timur, Nyono, menyatakan pihaknya akan "
        "memanggil PT Bus Sejahtera terkait kecelakaan itu.",
        [("Nyono", "demand", "PT Bus Sejahtera")],
    ),
]


@pytest.mark.parametrize(("text", "wanted"), SUMMONED_FIRMS)
def test_summons_of_a_named_firm_is_a_demand(text: str, wanted: list) -> None:
    assert set(wanted) <= _coded(text)


# R1. "menepis tudingan tersebut" rejects the accuser, like "membantah"
REBUTTALS = [
    (
        "YANGON - Kementerian Luar Negeri Myanmar menuduh Thailand mencampuri urusan dalam "
        "negeri, Senin (3/8/2026). Menteri Luar Negeri Thailand Maris Sangiampongsa "
        "menepis tudingan tersebut.",
        "Myanmar",
    ),
    (
        "HANOI - Vietnam menuduh Kamboja menampung kelompok pemberontak, Selasa "
        "(4/8/2026). Sehari kemudian, Perdana Menteri Kamboja Hun Manet menepis tuduhan "
        "itu.",
        "Vietnam",
    ),
]


@pytest.mark.parametrize(("text", "accuser"), REBUTTALS)
def test_rebuttal_rejects_the_accuser(text: str, accuser: str) -> None:
    assert any(a == "reject" and t == accuser for _, a, t in _coded(text))


# M1. "sejumlah anggota X": members left unnamed, not the bloc; a rebuttal by one of them
# still answers the accuser
SOME_MEMBERS = [
    (
        "MOSKWA - Kementerian Luar Negeri Rusia mengecam sejumlah anggota NATO karena "
        "menggelar latihan di dekat perbatasan, Senin (3/8/2026).",
        "NATO",
    ),
    (
        "MOSKWA - Rusia menuduh beberapa negara anggota Uni Eropa mendanai kelompok "
        "oposisi, Senin (3/8/2026).",
        "European Union",
    ),
]


@pytest.mark.parametrize(("text", "bloc"), SOME_MEMBERS)
def test_some_members_are_not_the_bloc(text: str, bloc: str) -> None:
    assert not any(t == bloc for _, _, t in _coded(text))


def test_the_bloc_itself_is_still_a_target() -> None:
    text = "MOSKWA - Rusia mengecam NATO karena menggelar latihan, Senin (3/8/2026)."
    assert ("Russia", "disapprove", "NATO") in _coded(text)


def test_rebuttal_of_an_accusation_of_some_members() -> None:
    text = (
        "YANGON - Kementerian Luar Negeri Myanmar menuduh sejumlah anggota ASEAN mencampuri "
        "urusan dalam negeri, Senin (3/8/2026). Menteri Luar Negeri Filipina Enrique "
        "Manalo menepis tudingan tersebut."
    )
    coded = _coded(text)
    assert ("Enrique Manalo", "reject", "Myanmar") in coded
    assert not any(t == "ASEAN" for _, _, t in coded)


# P1. "X mengatakan pihaknya <verb> …": the speaker's side acts, named by the speaker
SPEAKERS_SIDE = [
    (
        "JAKARTA - Direktur Jenderal Aplikasi Informatika Kominfo, Budi Raharjo, mengatakan "
        "pihaknya memberi waktu lima hari kepada PT Layar Kilat untuk menghapus konten itu, "
        "Senin (12/10/2026).",
        ("Budi Raharjo", "demand", "PT Layar Kilat"),
    ),
    (
        "MEDAN - Kapolda Sumatera Utara Irjen Whisnu Hermawan mengatakan pihaknya telah "
        "menangkap Sutrisno Hadi, Senin (12/10/2026).",
        ("Whisnu Hermawan", "sanction", "Sutrisno Hadi"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), SPEAKERS_SIDE)
def test_speakers_side_acts(text: str, wanted: tuple) -> None:
    assert wanted in _coded(text)


def test_meeting_some_members_meets_the_body() -> None:
    text = (
        "JAKARTA - Menteri Luar Negeri Sugiono bertemu sejumlah anggota Parlemen Jepang di "
        "Tokyo, Senin (3/8/2026)."
    )
    assert ("Sugiono", "consult", "Japan") in _coded(text)


_dated = partial(dated_triples, published=PUBLISHED)


# Q1. Inside a direct quote, an act whose subject is "kami"/"saya" is the speaker's,
# dated as said (a day inside the quote tells what is asked); acts of others in a quote
# stay skipped
SPOKEN_ACTS = [
    (
        "AMMAN - Menteri Luar Negeri Mesir Badr Abdelatty bertemu Menteri Luar Negeri Retno "
        'Marsudi di Kairo, Rabu (17/6/2026). "Kami minta Indonesia ikut menekan agar '
        'perbatasan itu dibuka," kata Abdelatty.',
        ("Badr Abdelatty", "appeal", "Indonesia", "2026-06-17"),
    ),
    (
        "JAKARTA - Menteri Pertahanan Sjafrie Sjamsoeddin menerima Menteri Pertahanan "
        'Filipina Gilberto Teodoro, Senin (15/6/2026). "Kami juga akan mengirim dua kapal '
        'patroli ke Filipina," ujar Sjafrie.',
        ("Sjafrie Sjamsoeddin", "aid", "Philippines", "2026-06-15"),
    ),
    (
        "HANOI - Juru bicara Kementerian Luar Negeri Vietnam Pham Thu Hang, dalam jumpa pers "
        'di Hanoi, Selasa (9/6/2026), menanggapi insiden itu. "Kami mendesak Beijing '
        'segera menarik kapal-kapalnya tahun ini," ujarnya.',
        ("Pham Thu Hang", "demand", "China", "2026-06-09"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), SPOKEN_ACTS)
def test_spoken_act_is_the_speakers(text: str, wanted: tuple) -> None:
    source, action, target, date = wanted
    dated = dated_triples(text, "2026-06-20")
    assert any(
        s == source and a in (action, "appeal") and t == target and d == date
        for s, a, t, d in dated
    ), dated


def test_others_acts_inside_a_quote_stay_skipped() -> None:
    text = (
        "JAKARTA - Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Jepang Takeshi "
        'Iwaya di Tokyo, Senin (15/6/2026). "Rusia terus menyerang Ukraina," kata Iwaya.'
    )
    assert not any(a == "fight" for _, a, _, _ in _dated(text))


def test_an_apology_is_no_request() -> None:
    text = (
        "SEMARANG - Gubernur Jawa Tengah Ahmad Luthfi minta maaf kepada Kementerian "
        "Perhubungan atas keterlambatan laporan, Senin (15/6/2026)."
    )
    assert not any(a == "appeal" for _, a, _, _ in _dated(text))


# W1. "menyambut keinginan/tawaran/putusan X" approves X's step: cooperate, not a visit
WELCOMED = [
    (
        "CANBERRA - Kementerian Luar Negeri Australia menyambut keinginan Fiji untuk "
        "bergabung dalam latihan itu, Senin (3/8/2026).",
        ("Australia", "cooperate", "Fiji"),
    ),
    (
        "TOKYO - Pemerintah Jepang menyambut tawaran Korea Selatan untuk melanjutkan "
        "dialog, Selasa (4/8/2026).",
        ("Japan", "cooperate", "South Korea"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), WELCOMED)
def test_welcoming_a_step_approves_it(text: str, wanted: tuple) -> None:
    coded = _coded(text)
    assert wanted in coded
    assert not any(a == "consult" for _, a, _ in coded)


# F1. "demi rakyat X": the side an act is done for, never its target
def test_for_the_sake_of_a_people_is_no_target() -> None:
    text = (
        "KUALA LUMPUR - Menteri Luar Negeri Malaysia Mohamad Hasan berbicara dengan semua "
        "pihak demi rakyat Myanmar, Senin (3/8/2026)."
    )
    assert not any(t == "Myanmar" for _, _, t in _coded(text))


# T1. A request or a promise with no addressee, by one side of a meeting told right
# before ("X menemui Y …. Ia meminta …", "Y berjanji …"), is made to the other side, on
# the meeting's day (a later day in a promise is the promised act's)
TOLD_TO_THE_ONE_MET = [
    (
        "BANDUNG - Gubernur Jawa Barat, Dedi Mulyadi, menemui Menteri Kesehatan Budi Gunadi "
        "Sadikin di Jakarta, Senin (5/10/2026). Ia meminta rumah sakit rujukan di Garut "
        "segera dibangun.",
        ("Dedi Mulyadi", "appeal", "Budi Gunadi Sadikin", "2026-10-05"),
    ),
    (
        "JAKARTA - Menteri Pertanian Andi Amran Sulaiman bertemu Bupati Grobogan, Sri "
        "Sumarni, Senin (5/10/2026). Amran berjanji mengirim 50 traktor ke Grobogan bulan "
        "depan.",
        ("Andi Amran Sulaiman", "intend", "Sri Sumarni", "2026-10-05"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), TOLD_TO_THE_ONE_MET)
def test_request_or_promise_to_the_one_met(text: str, wanted: tuple) -> None:
    assert wanted in _dated(text)


def test_purpose_of_a_summons_is_no_request_of_the_summoned() -> None:
    text = (
        "JAKARTA - Kementerian Luar Negeri menyatakan akan memanggil perwakilan Kedutaan "
        "Besar Vietnam pekan depan untuk meminta penjelasan, Senin (5/10/2026)."
    )
    assert not any(s == "Vietnam" and a == "appeal" for s, a, _, _ in _dated(text))


# H1. "Ia ditahan bersama A, dan seorang pengusaha, B": those held with the one just
# detained are detained by the same hand
def test_held_with_the_one_detained() -> None:
    text = (
        "JAKARTA - KPK menahan Wali Kota Tanjung Raya, Agus Salim, Kamis (12/2/2026). Ia "
        "ditahan bersama Kepala Dinas Pendidikan, Rina Marlina, dan seorang pengusaha, "
        "Johan Tirta, di Rutan KPK."
    )
    coded = _coded(text)
    for person in ("Agus Salim", "Rina Marlina", "Johan Tirta"):
        assert ("KPK", "sanction", person) in coded


# N1. Halting the placement or dispatch of workers to a state, also "sementara", reduces
# ties with it; a judicial execution of a person is a sanction
HALTS_AND_EXECUTIONS = [
    (
        "JAKARTA - Pemerintah Indonesia menghentikan penempatan pekerja rumah tangga ke "
        "Kuwait, Senin (12/10/2026).",
        ("Indonesia", "reduce", "Kuwait"),
    ),
    (
        "JAKARTA - Kementerian Ketenagakerjaan akan menghentikan sementara pengiriman "
        "pekerja migran ke Kuwait, Senin (12/10/2026).",
        ("Kementerian Ketenagakerjaan", "reduce", "Kuwait"),
    ),
    (
        "JAKARTA - Indonesia memprotes eksekusi mati Rahmat Hidayat oleh Malaysia di "
        "Penang, Senin (12/10/2026).",
        ("Malaysia", "sanction", "Rahmat Hidayat"),
    ),
    (
        "RIYADH - Otoritas Arab Saudi mengeksekusi Siti Rahayu, pekerja migran asal "
        "Indramayu, Senin (12/10/2026).",
        ("Saudi Arabia", "sanction", "Siti Rahayu"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), HALTS_AND_EXECUTIONS)
def test_halts_and_executions(text: str, wanted: tuple) -> None:
    assert wanted in _coded(text)


def test_a_penalty_taken_is_no_execution() -> None:
    text = (
        "BANDUNG - Penyerang Persib Ciro Alves gagal mengeksekusi penalti ke gawang "
        "Persija, Senin (12/10/2026)."
    )
    assert not any(a == "sanction" for _, a, _ in _coded(text))


# K1. "kedua pihak" are two different sides: a body named with its state last and the
# state are one side ("Dewan Keamanan Nasional Filipina", Manila)
def test_both_sides_are_two_different_sides() -> None:
    text = (
        "MANILA - Penjaga Pantai Filipina menahan kapal nelayan Vietnam di dekat Palawan, "
        "Selasa (14/4/2026). Keesokan harinya, Kementerian Luar Negeri Vietnam memprotes "
        "Manila. Pada hari yang sama, Dewan Keamanan Nasional Filipina menolak protes itu. "
        "Jepang mengimbau kedua pihak menahan diri."
    )
    targets = {t for s, a, t in _coded(text) if s == "Japan" and a == "appeal"}
    assert len(targets) == 2
    assert any("Vietnam" in t for t in targets)


# C1. A state's people ("orang Amerika", "rakyat X") are no tie partner (found on IndoSum
# once spoken acts were read)
def test_a_peoples_persons_are_no_partner() -> None:
    text = (
        'LONDON - Penyanyi Lorde mengaku sulit memahami warga AS. "Saya akan bertemu orang '
        'Amerika dan akan mengatakan saya mengalami kesulitan," kata Lorde.'
    )
    assert not _coded(text)
