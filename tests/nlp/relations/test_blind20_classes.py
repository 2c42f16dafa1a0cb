"""Classes fixed against blind20's misses and the clause shapes the misses of every blind
set share (issue 18: everyday recall), tested on invented sentences (never the blind
sets' text)."""

from __future__ import annotations

from functools import partial

import pytest
from tests.nlp.relations.coded import coded_triples, dated_triples

PUBLISHED = "2026-03-12"


_coded = partial(coded_triples, published=PUBLISHED)
_dated = partial(dated_triples, published=PUBLISHED)


# S1. Naming a person a suspect is a sanction on him; questioning a witness summons him
SUSPECTS_AND_WITNESSES = [
    (
        "PEKANBARU - Polda Riau menetapkan Kepala Dinas Pendidikan Kabupaten Kampar, "
        "Joko Santoso, sebagai tersangka, Rabu (11/3/2026).",
        ("Polda Riau", "sanction", "Joko Santoso"),
    ),
    (
        "JAKARTA - Kejaksaan Agung menetapkan pengusaha Hendro Wibisono sebagai "
        "tersangka korupsi tata niaga timah.",
        ("Kejaksaan Agung", "sanction", "Hendro Wibisono"),
    ),
    (
        "JAMBI - Direktur PT Sinar Abadi, Agus Salim, juga ditetapkan sebagai tersangka "
        "oleh Polda Jambi.",
        ("Polda Jambi", "sanction", "Agus Salim"),
    ),
    (
        "JAKARTA - Bendahara yayasan itu, Wulan Sari, diperiksa Kejaksaan Agung sebagai "
        "saksi, Rabu (11/3/2026).",
        ("Kejaksaan Agung", "demand", "Wulan Sari"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), SUSPECTS_AND_WITNESSES)
def test_suspect_named_is_sanctioned_and_witness_questioned_summoned(
    text: str, wanted: tuple
) -> None:
    assert wanted in _coded(text)


NOT_A_SUSPECT_OR_A_WITNESS = [
    "JAKARTA - KPU menetapkan pasangan Bima Sakti dan Ratna Dewi sebagai peserta pemilu.",
    "BANDUNG - Polisi memeriksa kendaraan milik Joko Santoso di Jalan Asia Afrika.",
    "JAKARTA - Dewan juri menetapkan Rina Kusuma sebagai pemenang lomba.",
]


@pytest.mark.parametrize("text", NOT_A_SUSPECT_OR_A_WITNESS)
def test_other_namings_and_checks_are_no_relation(text: str) -> None:
    coded = _coded(text)
    assert not any(a in ("sanction", "demand") for _, a, _ in coded)


# K1. "Keduanya" opening a clause stands for the last two persons named before
def test_keduanya_stands_for_the_last_two_persons() -> None:
    text = (
        "PEKANBARU - Polda Riau menetapkan Kepala Dinas Pendidikan Kabupaten Kampar, Joko "
        "Santoso, sebagai tersangka. Direktur CV Maju Jaya, Hendra Gunawan, juga "
        "ditetapkan sebagai tersangka. Keduanya ditahan Polda Riau seusai pemeriksaan, "
        "Rabu (11/3/2026)."
    )
    dated = _dated(text)
    assert ("Polda Riau", "sanction", "Joko Santoso", "2026-03-11") in dated
    assert ("Polda Riau", "sanction", "Hendra Gunawan", "2026-03-11") in dated


def test_keduanya_after_a_meeting_adds_no_new_side() -> None:
    text = (
        "BEIJING - Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri China Wang "
        "Yi di Beijing, Senin (9/3/2026). Keduanya membahas kerja sama perdagangan."
    )
    coded = _coded(text)
    assert ("Retno Marsudi", "consult", "Wang Yi") in coded
    assert all({s, t} <= {"Retno Marsudi", "Wang Yi"} for s, _, t in coded)


# U1. A unit named before its body acts as the body
UNITS = [
    (
        "Dua hari kemudian, bendahara koperasi itu, Wawan Setiadi, ditahan oleh "
        "Direktorat Reserse Kriminal Khusus Polda Jambi.",
        ("Polda Jambi", "sanction", "Wawan Setiadi"),
    ),
    (
        "Pengusaha itu, Rahmat Hidayat, ditahan oleh Direktorat Reserse Kriminal Khusus "
        "Polda Metro Jaya, Selasa (10/3/2026).",
        ("Polda Metro Jaya", "sanction", "Rahmat Hidayat"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), UNITS)
def test_a_unit_acts_as_its_body(text: str, wanted: tuple) -> None:
    coded = _coded(text)
    assert wanted in coded
    assert not any(s.startswith("Direktorat") for s, _, _ in coded)


# R1. A coercive passive in a relative clause is done to the one the clause describes
RELATIVE_PASSIVES = [
    (
        "KUALA LUMPUR - Menteri Perikanan Malaysia meminta Jakarta membebaskan 12 nelayan "
        "Malaysia yang ditahan otoritas Indonesia.",
        ("Indonesia", "sanction", "Malaysia"),
    ),
    (
        "MANILA - Pemerintah Filipina mengecam penangkapan empat nelayan Filipina yang "
        "ditahan oleh Penjaga Pantai China pada Senin (9/3/2026).",
        ("China", "sanction", "Philippines"),
    ),
    (
        "BANDA ACEH - Tiga warga negara Thailand yang ditangkap Polda Aceh, Rabu "
        "(11/3/2026), diserahkan ke imigrasi.",
        ("Polda Aceh", "sanction", "Thailand"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), RELATIVE_PASSIVES)
def test_relative_passive_coerces_the_one_described(text: str, wanted: tuple) -> None:
    assert wanted in _coded(text)


def test_a_place_before_a_relative_passive_is_not_its_patient() -> None:
    assert not _coded("Rombongan wisatawan itu tiba di Gaza yang diserang Israel.")


# P1. A promise about the request just told is made to the one who asked
PROMISES_ON_REQUEST = [
    (
        "KUALA LUMPUR - Menteri Luar Negeri Malaysia Mohamad Hasan meminta Jakarta "
        "membebaskan nelayan Malaysia. Menteri Luar Negeri RI Sugiono berjanji permintaan "
        "itu akan segera diproses.",
        ("Sugiono", "intend", "Mohamad Hasan"),
    ),
    (
        "DENPASAR - Gubernur Bali Wayan Koster meminta Canberra menambah kuota visa kerja "
        "bagi warga Bali. Duta Besar Australia Rod Brazier berjanji menyampaikan usulan itu "
        "kepada Kementerian Dalam Negeri Australia.",
        ("Rod Brazier", "intend", "Wayan Koster"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), PROMISES_ON_REQUEST)
def test_promise_on_a_request_answers_the_one_who_asked(text: str, wanted: tuple) -> None:
    coded = _coded(text)
    assert wanted in coded
    # the body the request is passed on to is not the one promised
    assert not any(a == "intend" and t.startswith("Kementerian") for _, a, t in coded)


def test_promise_by_the_side_asked_answers_even_naming_no_request() -> None:
    # the blind sets code "X meminta Y …. Y berjanji mengirim …" as Y's intent to X
    # (issue 18, blind21–blind39), whether or not the promise names the request
    text = (
        "SUVA - Perdana Menteri Fiji Sitiveni Rabuka meminta bantuan pesawat pemadam kepada "
        "Selandia Baru. Wellington berjanji mengirim dua pesawat pekan depan."
    )
    assert ("New Zealand", "intend", "Sitiveni Rabuka") in _coded(text)


def test_promise_by_a_third_side_does_not_answer_the_request() -> None:
    text = (
        "HONIARA - Perdana Menteri Kepulauan Solomon meminta bantuan kapal rumah sakit "
        "kepada Selandia Baru. Australia berjanji mengirim tim dokter bulan depan."
    )
    assert not any(a == "intend" and t == "Sitiveni Rabuka" for _, a, t in _coded(text))


# O1. An office written in lower case ("menteri luar negeri X") is its state acting
# A1. Parties agreeing together on an act against a third cooperate among themselves
def test_lowercase_ministers_agreeing_on_sanctions_cooperate_among_themselves() -> None:
    text = (
        "LONDON - Rabu malam, menteri luar negeri Inggris, Prancis, dan Jerman "
        "menggelar pertemuan daring dan sepakat menambah tekanan sanksi terhadap "
        "Teheran."
    )
    coded = _coded(text)
    assert ("United Kingdom", "consult", "France") in coded
    assert ("United Kingdom", "cooperate", "Germany") in coded
    assert ("France", "cooperate", "Germany") in coded
    assert not any(t == "Iran" and a == "cooperate" for _, a, t in coded)
    assert not any(s.lower().startswith("menteri") for s, _, _ in coded)


AGREEMENTS = [
    (
        "JAKARTA - Menteri Perdagangan Indonesia dan Malaysia sepakat menaikkan bea masuk "
        "terhadap baja China.",
        ("Indonesia", "cooperate", "Malaysia"),
        ("Indonesia", "sanction", "China"),
    ),
]


@pytest.mark.parametrize(("text", "tie", "act"), AGREEMENTS)
def test_agreement_against_a_third_is_no_tie_with_it(text: str, tie: tuple, act: tuple) -> None:
    coded = _coded(text)
    assert tie in coded
    assert act in coded
    assert not any(a == "cooperate" and t == "China" for _, a, t in coded)


def test_agreement_with_a_partner_after_dengan_stays() -> None:
    coded = _coded("JAKARTA - Indonesia sepakat dengan Malaysia menyelesaikan sengketa itu.")
    assert ("Indonesia", "cooperate", "Malaysia") in coded


def test_keduanya_acting_is_not_the_last_persons_quoted() -> None:
    text = (
        "SEOUL - Presiden Korea Selatan Lee Jae-myung akan bertemu Perdana Menteri Jepang "
        "Shigeru Ishiba pekan depan. \u201cIni pertemuan penting,\u201d ujar pengamat Park "
        "Min-ho. Keduanya mengadakan pembicaraan soal perdagangan."
    )
    assert not any("Park Min-ho" in (s, t) for s, _, t in _coded(text))


# G1. "Pemerintah Kabupaten/Kota/Provinsi X" is the region's government, named in full,
# and aid received "dari X" may come after a count of goods
AID_RECEIVED = [
    (
        "SAMPIT - Pemerintah Kabupaten Kotawaringin Timur menerima bantuan dari Pertamina.",
        ("Pertamina", "aid", "Pemerintah Kabupaten Kotawaringin Timur"),
    ),
    (
        "SAMPIT - Pemerintah Kabupaten Kotawaringin Timur menerima bantuan 2.000 paket "
        "sembako dan 50 tenda dari Pertamina untuk warga terdampak banjir.",
        ("Pertamina", "aid", "Pemerintah Kabupaten Kotawaringin Timur"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), AID_RECEIVED)
def test_regency_government_receives_aid(text: str, wanted: tuple) -> None:
    assert wanted in _coded(text)


# B1. A body named by its head word alone ("Polda") is the body named before with it
def test_bare_head_is_the_body_named_before() -> None:
    text = (
        "MEDAN - Kabid Humas Polda Sumut, Kombes Hadi Wahyudi, mengatakan jaringan itu "
        "dikendalikan dari lapas. Polda juga meminta Pemerintah Kota Medan menertibkan "
        "bangunan liar."
    )
    assert ("Polda Sumut", "appeal", "Pemerintah Kota Medan") in _coded(text)


# D1. A lead sentence is dated by the next one opening with the act's noun and a passive
def test_lead_dated_by_the_handover_told_next() -> None:
    text = (
        "SAMPIT - Pemerintah Kabupaten Kotawaringin Timur menerima bantuan 2.000 paket "
        "sembako dari Pertamina. Bantuan diserahkan perwakilan perusahaan kepada Bupati "
        "Kotawaringin Timur, Senin (9/3/2026)."
    )
    assert (
        "Pertamina",
        "aid",
        "Pemerintah Kabupaten Kotawaringin Timur",
        "2026-03-09",
    ) in _dated(text)


# S2. A summons of an office holder (a minister, a regent, a governor, a witness) is a
# demand; the place after "ke" is where one is called to, not the one called
SUMMONED_HOLDERS = [
    (
        "JAKARTA - Komisi VII DPR memanggil Menteri Energi Bahlil Lahadalia dalam rapat "
        "kerja soal kelangkaan elpiji, Rabu (11/3/2026).",
        ("Komisi VII DPR", "demand", "Bahlil Lahadalia"),
    ),
    (
        "BANDUNG - Gubernur Jawa Barat Dedi Mulyadi memanggil Bupati Bekasi Ade Kuswara ke "
        "Bandung pada Senin (9/3/2026).",
        ("Dedi Mulyadi", "demand", "Ade Kuswara"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), SUMMONED_HOLDERS)
def test_summoned_office_holder_is_a_demand(text: str, wanted: tuple) -> None:
    assert wanted in _coded(text)


def test_a_players_call_up_is_no_summons() -> None:
    text = "JAKARTA - Pelatih Shin Tae-yong memanggil Marselino Ferdinan ke tim nasional."
    assert not _coded(text)


def test_the_place_a_summons_is_to_is_not_summoned() -> None:
    text = (
        "JAKARTA - Komisi I DPR memutuskan memanggil Menteri Komunikasi dan Digital ke "
        "Senayan untuk dimintai penjelasan."
    )
    assert not any(t in ("Dewan Perwakilan Rakyat", "DPR") for _, _, t in _coded(text))


# L1. "X mengatakan lembaganya/komisinya …": the body the speaker is named with acts
def test_speakers_own_body_acts() -> None:
    text = (
        "JAKARTA - Juru bicara KPK Tessa Mahardhika mengatakan lembaganya akan memanggil "
        "Bupati Kampar, Agus Salim, sebagai saksi pekan depan."
    )
    coded = _coded(text)
    assert ("KPK", "demand", "Agus Salim") in coded
    assert not any(s == "Tessa Mahardhika" for s, _, _ in coded)
