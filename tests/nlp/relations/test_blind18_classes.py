"""Offices whose title holds a "dan", holders coordinated with their offices, and the
other classes fixed against blind18, tested on invented sentences (never the blind
sets' text)."""

from __future__ import annotations

from functools import partial

import pytest
from tests.nlp.relations.coded import coded_triples, dated_triples, relations

PUBLISHED = "2026-03-12"


_dated = partial(dated_triples, published=PUBLISHED)
_coded = partial(coded_triples, published=PUBLISHED)


# O1. "Menteri/Kementerian <A> dan <B> <negara>": the "dan" is inside the title; the
# unnamed minister or the ministry acts for its state
OFFICES_WITH_AND = [
    (
        "Menteri Sumber Daya Alam dan Lingkungan Hidup Thailand, Senin (9/3/2026), "
        "mengecam Kamboja atas pencemaran sungai.",
        ("Thailand", "disapprove", "Cambodia"),
    ),
    (
        "Kementerian Pertanian dan Ketahanan Pangan Filipina menuduh Vietnam membuang "
        "beras murah ke pasar mereka.",
        ("Philippines", "disapprove", "Vietnam"),
    ),
    (
        "Menteri Perdagangan dan Industri Singapura mengkritik Australia karena menaikkan "
        "tarif impor.",
        ("Singapore", "disapprove", "Australia"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), OFFICES_WITH_AND)
def test_office_with_and_acts_for_its_state(text: str, wanted: tuple) -> None:
    coded = _coded(text)
    assert wanted in coded
    assert not any(" dan " in s or s.split()[0] in ("Lingkungan", "Ketahanan") for s, _, _ in coded)


# S2. "Menteri A <nama> dan Menteri B (dan C) <negara>, <nama>, menandatangani …": the
# first holder named right after its office, the second set off by commas; both sign
SIGNERS = [
    (
        "Menteri Luar Negeri RI Sugiono dan Menteri Luar Negeri dan Kerja Sama "
        "Internasional Filipina, Enrique Manalo, menandatangani perjanjian batas laut "
        "di Manila, Rabu (11/3/2026).",
        ("Sugiono", "Enrique Manalo"),
    ),
    (
        "Menteri Pertahanan Malaysia Khaled Nordin dan Menteri Pertahanan Brunei, Halbi "
        "Yussof, meneken nota kesepahaman kerja sama militer di Bandar Seri Begawan.",
        ("Khaled Nordin", "Halbi Yussof"),
    ),
    (
        "Menteri Perdagangan Budi Santoso dan Menteri Perdagangan dan Industri Vietnam, "
        "Nguyen Hong Dien, menandatangani kesepakatan dagang di Hanoi.",
        ("Budi Santoso", "Nguyen Hong Dien"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), SIGNERS)
def test_both_holders_sign(text: str, pair: tuple[str, str]) -> None:
    coded = _coded(text)
    signed = {(s, t) for s, a, t in coded if a == "cooperate"}
    assert pair in signed or pair[::-1] in signed


# K1. "kedua pihak" after a suit or petition filed at a court: the two parties, never
# the court where it was filed
BOTH_PARTIES = [
    (
        "PT Lintas Bahari Nusa menggugat PT Cahaya Samudra Logistik ke Pengadilan Negeri "
        "Surabaya, Senin (9/3/2026). Kementerian Perdagangan meminta kedua pihak berdamai.",
        {"PT Lintas Bahari Nusa", "PT Cahaya Samudra Logistik"},
    ),
    (
        "PT Sinar Abadi Tekstil mengajukan permohonan pailit terhadap PT Agro Sentosa Jaya "
        "ke Pengadilan Niaga Medan, Selasa (10/3/2026). Kementerian Perindustrian meminta "
        "kedua pihak menempuh mediasi.",
        {"PT Sinar Abadi Tekstil", "PT Agro Sentosa Jaya"},
    ),
]


@pytest.mark.parametrize(("text", "parties"), BOTH_PARTIES)
def test_both_parties_are_not_the_court(text: str, parties: set[str]) -> None:
    asked = {t for s, a, t in _coded(text) if a == "appeal" and s.startswith("Kementerian")}
    assert asked == parties


# D1. "kedua pihak" as the object of a new actor's request does not make the sentence go
# on with the day told before it: a statement without a day is dated by the report
UNDATED_REQUESTS = [
    "PT Lintas Bahari Nusa, Senin (9/3/2026), menggugat PT Cahaya Samudra Logistik. "
    "Adapun Kementerian Perdagangan meminta kedua pihak berdamai.",
    "Direktur PT Cahaya Samudra Logistik, Selasa (10/3/2026), membantah tuduhan PT Lintas "
    "Bahari Nusa. Sementara itu, Kementerian Perdagangan mendesak kedua perusahaan "
    "berdamai.",
]


@pytest.mark.parametrize("text", UNDATED_REQUESTS)
def test_request_to_both_sides_dated_by_report(text: str) -> None:
    dates = {d for s, a, _, d in _dated(text) if s == "Kementerian Perdagangan"}
    assert dates == {PUBLISHED}


def test_sides_opening_the_sentence_still_go_on() -> None:
    dated = _dated(
        "Presiden Prabowo Subianto menerima Perdana Menteri Anthony Albanese di Bogor, "
        "Senin (9/3/2026). Kedua pemimpin juga menandatangani perjanjian pertahanan."
    )
    assert any(a == "cooperate" and d == "2026-03-09" for _, a, _, d in dated)


# E1. An exercise with no host told "melibatkan"/"diikuti" its participants: each pair of
# the sides listed trains together (troop words and counts between them)
EXERCISES = [
    (
        "Latihan maritim Samudra Shield resmi dibuka di Bitung, Senin (9/3/2026). Latihan "
        "selama sepuluh hari itu melibatkan lebih dari 3.000 prajurit TNI serta militer "
        "India, Prancis, dan Korea Selatan.",
        {("TNI", "India"), ("India", "France"), ("France", "South Korea"), ("TNI", "South Korea")},
    ),
    (
        "Latihan udara Cope West dibuka di Manado, Selasa (10/3/2026). Latihan itu diikuti "
        "oleh pasukan Singapura dan Filipina.",
        {("Singapore", "Philippines")},
    ),
]


@pytest.mark.parametrize(("text", "pairs"), EXERCISES)
def test_exercise_participants_paired(text: str, pairs: set[tuple[str, str]]) -> None:
    together = {(s, t) for s, a, t in _coded(text) if a == "cooperate"}
    assert all(p in together or p[::-1] in together for p in pairs)


def test_exercise_with_one_participant_pairs_nothing() -> None:
    text = "Latihan menembak itu melibatkan 200 prajurit TNI di Cilacap."
    assert not {a for _, a, _ in _coded(text)} & {"cooperate"}


# A1. "sepakat memulai/menggelar/melakukan <kerja bersama> pada <bulan>": a joint work to
# come; a month without its year that has passed this year is next year's
AGREED_WORK = [
    ("Indonesia dan Vietnam sepakat memulai patroli bersama pada Februari.", "2027-02"),
    ("Indonesia dan Vietnam sepakat melakukan survei batas bersama pada Agustus.", "2026-08"),
    ("Malaysia dan Brunei sepakat menggelar operasi bersama pada Januari.", "2027-01"),
]


@pytest.mark.parametrize(("text", "month"), AGREED_WORK)
def test_agreed_work_dated_ahead(text: str, month: str) -> None:
    found = [r for r in relations(text, PUBLISHED) if r.action == "cooperate"]
    assert found
    assert all(r.date == month and r.modality == "future" for r in found)


# V1. "kepada mantan Direktur Utama PT X (Persero), <nama>": the person named after an
# office in a firm whose legal form closes it in parentheses is the one sentenced
SENTENCED_HOLDERS = [
    (
        "Pengadilan Negeri Surabaya menjatuhkan vonis enam tahun penjara kepada mantan "
        "Direktur Utama PT Kapal Jaya (Persero), Budi Hartono, Selasa (10/3/2026).",
        ("Pengadilan Negeri Surabaya", "sanction", "Budi Hartono"),
    ),
    (
        "Pengadilan Negeri Medan menjatuhkan hukuman empat tahun penjara kepada Direktur "
        "Keuangan PT Perkebunan Sumatra (Persero), Rudi Simanjuntak.",
        ("Pengadilan Negeri Medan", "sanction", "Rudi Simanjuntak"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), SENTENCED_HOLDERS)
def test_holder_after_firm_with_legal_form(text: str, wanted: tuple) -> None:
    assert wanted in _coded(text)


# C2. "Majelis hakim Pengadilan <X> <Kota>": the court is named by its seat, which the
# entity layer may leave out of its name
COURTS = [
    (
        "Majelis hakim Pengadilan Tindak Pidana Korupsi Bandung menjatuhkan vonis lima tahun "
        "penjara kepada Andi Saputra, Senin (9/3/2026).",
        "Pengadilan Tindak Pidana Korupsi Bandung",
    ),
    (
        "Majelis hakim Pengadilan Tindak Pidana Korupsi Semarang memvonis Rina Kusuma tiga "
        "tahun penjara.",
        "Pengadilan Tindak Pidana Korupsi Semarang",
    ),
]


@pytest.mark.parametrize(("text", "court"), COURTS)
def test_court_named_with_its_seat(text: str, court: str) -> None:
    sources = {s for s, a, _ in _coded(text) if a == "sanction"}
    assert sources == {court}


# Q1. A request with a deadline ("paling lambat", "selambat-lambatnya", "tenggat") is a
# demand; a date inside the deadline does not date the request
DEADLINES = [
    (
        "Ketua Bawaslu Rahmat Bagja meminta KPU menindaklanjuti putusan itu paling lambat "
        "lima hari.",
        ("Rahmat Bagja", "demand", "KPU"),
        PUBLISHED,
    ),
    (
        "Menteri Bahlil Lahadalia, Senin (9/3/2026), meminta PT Freeport Indonesia "
        "menyerahkan laporan audit selambat-lambatnya 30 April 2026.",
        ("Bahlil Lahadalia", "demand", "PT Freeport Indonesia"),
        "2026-03-09",
    ),
]


@pytest.mark.parametrize(("text", "wanted", "day"), DEADLINES)
def test_request_with_deadline_is_demand(text: str, wanted: tuple, day: str) -> None:
    assert (*wanted, day) in _dated(text)


def test_request_without_deadline_stays_appeal() -> None:
    coded = _coded(
        "Menteri Bahlil Lahadalia meminta PT Freeport Indonesia menyerahkan laporan yang "
        "paling lengkap."
    )
    assert ("Bahlil Lahadalia", "appeal", "PT Freeport Indonesia") in coded


# M2. "dikritik/dikecam Kedutaan Besar X (di Y)": a passive's agent named by its mission,
# the entity layer naming only the state
MISSIONS = [
    (
        "Kunjungan Menteri Luar Negeri Kroasia Gordan Grlic Radman ke Jakarta dikritik "
        "Kedutaan Besar Serbia di Jakarta.",
        ("Serbia", "disapprove", "Gordan Grlic Radman"),
    ),
    (
        "Presiden Prabowo Subianto dikecam Kedubes Israel di Singapura.",
        ("Israel", "disapprove", "Prabowo Subianto"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), MISSIONS)
def test_mission_as_passive_agent(text: str, wanted: tuple) -> None:
    assert wanted in _coded(text)


# R2. "…, <X>, yang meminta/menyerang …": the actor a relative clause set off by a comma
# tells of acts in it
RELATIVE_ACTS = [
    (
        "Prabowo Subianto bertemu Perdana Menteri Anwar Ibrahim, yang meminta Indonesia "
        "menambah kuota pekerja.",
        ("Anwar Ibrahim", "appeal", "Indonesia"),
    ),
    (
        "Polisi menangkap Budi Santoso, yang menyerang Andi Wijaya di Depok.",
        ("Budi Santoso", "fight", "Andi Wijaya"),
    ),
    (
        "Retno Marsudi menerima Menteri Luar Negeri Mesir Sameh Shoukry, yang mengundang "
        "Indonesia ke konferensi Kairo.",
        ("Sameh Shoukry", "intend", "Indonesia"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), RELATIVE_ACTS)
def test_actor_of_relative_clause_acts(text: str, wanted: tuple) -> None:
    coded = _coded(text)
    assert any(s == wanted[0] and t == wanted[2] for s, _, t in coded)


# D2. "Kunjungan X ke Y dikritik Z" after a side visit told "Sehari sebelumnya": the
# visit as a whole, topic of a reaction without a day, is dated by the report
def test_visit_topic_of_reaction_dated_by_report() -> None:
    dated = _dated(
        "Menteri Luar Negeri Kroasia Gordan Grlic Radman bertemu Menlu Sugiono di Jakarta, "
        "Kamis (12/3/2026). Sehari sebelumnya, Radman menemui Sekretaris Jenderal ASEAN Kao "
        "Kim Hourn. Kunjungan Radman ke Jakarta dikritik Kedutaan Besar Serbia di Jakarta."
    )
    assert ("Gordan Grlic Radman", "consult", "Kao Kim Hourn", "2026-03-11") in dated
    assert ("Gordan Grlic Radman", "consult", "Indonesia", PUBLISHED) in dated


def test_visit_pointed_back_to_keeps_the_day() -> None:
    dated = _dated(
        "Menteri Luar Negeri Kroasia Gordan Grlic Radman tiba di Jakarta, Selasa (10/3/2026). "
        "Kunjungan itu dikritik Kedutaan Besar Serbia."
    )
    assert all(d == "2026-03-10" for _, a, _, d in dated if a == "consult")


def test_relative_clause_after_an_apposition_is_not_its_actors() -> None:
    coded = _coded(
        "Pameran itu dihadiri Sari Lestari, istri Duta Besar RI Tokyo, yang mengunjungi "
        "stan PT Batik Nusantara Jaya bersama Atase Perdagangan Tokyo."
    )
    assert not any(s.startswith(("Duta Besar", "Indonesia")) for s, _, _ in coded)
