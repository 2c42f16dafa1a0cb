"""Warnings whose named side is the speaker's own, a speaker set off by the way it
spoke, and acts dated by a day counted from another clause's day ("sehari setelah"),
tested on invented sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

import pytest
from tests.nlp.relations.coded import coded_triples, dated_triples, relations

PUBLISHED = "2026-05-08"


_dated = partial(dated_triples, published=PUBLISHED)
_coded = partial(coded_triples, published=PUBLISHED)


# W1. "menuduh X … dan memperingatkan <own side> akan mengambil tindakan": the warning
# is the accuser's and aims at the accused, never at the speaker's own side
WARNINGS = [
    (
        "Menlu Rusia Sergei Lavrov menuding London dan Paris mempersenjatai Kyiv dan "
        "memperingatkan Moskwa akan mengambil langkah balasan.",
        {("Sergei Lavrov", "threaten", "United Kingdom"), ("Sergei Lavrov", "threaten", "France")},
        {("United Kingdom", "threaten", "Russia"), ("France", "threaten", "Russia")},
    ),
    (
        "Juru bicara Hamid Rezaei menuduh Washington menggelar provokasi dan memperingatkan "
        "Teheran akan membalas setiap serangan.",
        {("Hamid Rezaei", "threaten", "United States")},
        {("United States", "threaten", "Iran"), ("Hamid Rezaei", "threaten", "Iran")},
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), WARNINGS)
def test_warning_aims_at_the_accused(text: str, wanted: set, unwanted: set) -> None:
    coded = _coded(text)
    assert wanted <= coded
    assert not coded & unwanted


def test_own_side_named_in_warning_is_no_target() -> None:
    coded = _coded(
        "Menteri Luar Negeri Iran Abbas Araghchi memperingatkan Teheran akan mengambil "
        "langkah tegas."
    )
    assert not any(t == "Iran" for _, _, t in coded)


def test_warning_with_a_noun_keeps_its_addressee() -> None:
    coded = _coded("Abbas Araghchi memperingatkan Washington akan konsekuensi serius.")
    assert ("Abbas Araghchi", "threaten", "United States") in coded


# W2. "X, dalam pernyataan yang dimuat <outlet>, menuduh …": X speaks, the outlet printed it
STATEMENT_ASIDES = [
    (
        "Sergei Lavrov, dalam pernyataan yang dimuat TASS, menuduh Warsawa memprovokasi "
        "ketegangan.",
        ("Sergei Lavrov", "disapprove", "Poland"),
    ),
    (
        "Adapun Wang Yi, dalam wawancara yang disiarkan CCTV, mengecam Manila.",
        ("Wang Yi", "disapprove", "Philippines"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), STATEMENT_ASIDES)
def test_speaker_before_a_statement_aside(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _coded(text)


# D1. "<count> hari setelah|sebelum <act>": the act's day is counted from the day told
COUNTED_DAYS = [
    (
        "Korea Utara menembakkan dua rudal ke laut, Selasa (5/5/2026), sehari setelah "
        "Filipina dan Australia memulai latihan gabungan.",
        ("Philippines", "cooperate", "Australia", "2026-05-04"),
    ),
    (
        "Presiden Prabowo Subianto bertemu Perdana Menteri Anwar Ibrahim di Putrajaya, "
        "Senin (4/5/2026), sehari sebelum Anwar mengunjungi Singapura.",
        ("Anwar Ibrahim", "consult", "Singapore", "2026-05-05"),
    ),
    (
        "Rusia mengusir dua diplomat Estonia, Kamis (7/5/2026), dua hari setelah Tallinn "
        "mengusir diplomat Rusia.",
        ("Estonia", "reduce", "Russia", "2026-05-05"),
    ),
]


@pytest.mark.parametrize(("text", "dated"), COUNTED_DAYS)
def test_day_counted_from_the_main_day(text: str, dated: tuple) -> None:
    assert dated in _dated(text)


def test_main_act_keeps_its_own_day() -> None:
    dated = _dated(
        "Rusia mengusir dua diplomat Estonia, Kamis (7/5/2026), dua hari setelah Tallinn "
        "mengusir diplomat Rusia."
    )
    assert ("Russia", "reduce", "Estonia", "2026-05-07") in dated


# R1. A retaliation without an object answers the last hostile act, not a call for calm
# told in between; one refused ("tidak akan membalas") is a blow not returned (fight,
# negative), not a threat
RETALIATIONS = [
    (
        "Pesawat tempur Israel menyerang sebuah gudang di kota Sidon, Lebanon, Senin. "
        "Jerman menyerukan semua pihak menahan diri, sementara Hizbullah menyatakan tidak "
        "akan membalas.",
        ("Hezbollah", "fight", "Israel"),
        "negative",
    ),
    (
        "Israel menyerang Gaza, Senin. Mesir menyerukan semua pihak menahan diri, sementara "
        "Hamas menyatakan tidak akan membalas untuk saat ini.",
        ("Hamas", "fight", "Israel"),
        "negative",
    ),
    (
        "Amerika Serikat menjatuhkan sanksi kepada Iran. Uni Eropa menyerukan dialog. "
        "Teheran bersumpah akan membalas.",
        ("Iran", "threaten", "United States"),
        "positive",
    ),
]


@pytest.mark.parametrize(("text", "triple", "polarity"), RETALIATIONS)
def test_retaliation_answers_the_hostile_act(text: str, triple: tuple, polarity: str) -> None:
    coded = {(r.source, r.action, r.target): r.polarity for r in relations(text, PUBLISHED)}
    assert coded.get(triple) == polarity
    assert not any(s == triple[0] and t in ("Germany", "Egypt") for s, _, t in coded)


def test_no_retaliation_target_after_a_call_alone() -> None:
    text = "Mesir menyerukan gencatan senjata, sementara Hamas menyatakan tidak akan membalas."
    assert not any(r.source == "Hamas" for r in relations(text, PUBLISHED))


# T1. "sepakat menggelar <talks>": talks to come (consult, future), dated by the month
# named ahead even when written without its year
TALKS_AGREED = [
    (
        "Kementerian Luar Negeri RI menyebut Indonesia dan Malaysia sepakat menggelar "
        "putaran baru perundingan batas laut di Kuala Lumpur pada September.",
        ("Indonesia", "consult", "Malaysia", "2026-09"),
    ),
    (
        "Indonesia dan Filipina sepakat menggelar perundingan lanjutan pada Oktober.",
        ("Indonesia", "consult", "Philippines", "2026-10"),
    ),
    (
        "Thailand dan Kamboja sepakat mengadakan dialog perbatasan di Bangkok pada Juni.",
        ("Thailand", "consult", "Cambodia", "2026-06"),
    ),
]


@pytest.mark.parametrize(("text", "dated"), TALKS_AGREED)
def test_talks_agreed_are_a_meeting_to_come(text: str, dated: tuple) -> None:
    found = [r for r in relations(text, PUBLISHED) if (r.source, r.action, r.target) == dated[:3]]
    assert found and found[0].modality == "future" and found[0].date == dated[3]
    assert not any(r.action == "cooperate" for r in relations(text, PUBLISHED))


def test_agreement_on_other_matters_stays_cooperation() -> None:
    text = "Indonesia dan Filipina sepakat memperkuat kerja sama maritim."
    assert ("Indonesia", "cooperate", "Philippines") in _coded(text)


# M1. "kepada anggota <body> (dari Partai X (PX)), <nama>": the member named after the
# description is the target, however long the description (a party's short name too)
MEMBERS_NAMED = [
    (
        "Kementerian Perdagangan China menjatuhkan sanksi kepada anggota parlemen Jepang, "
        "Hiroshi Tanaka, Rabu (6/5/2026).",
        ("China", "sanction", "Hiroshi Tanaka"),
    ),
    (
        "Kementerian Perdagangan China menjatuhkan sanksi kepada anggota parlemen dari "
        "Partai Demokrat Liberal (LDP), Hiroshi Tanaka, Rabu (6/5/2026).",
        ("China", "sanction", "Hiroshi Tanaka"),
    ),
    (
        "Kementerian Luar Negeri Rusia menjatuhkan sanksi kepada politisi Partai Konservatif "
        "Inggris, Edward Hallam, Selasa (5/5/2026).",
        ("Russia", "sanction", "Edward Hallam"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), MEMBERS_NAMED)
def test_member_named_after_description(text: str, triple: tuple[str, str, str]) -> None:
    coded = _coded(text)
    assert triple in coded
    assert not any(t.startswith("Partai") for _, _, t in coded)


# P1. A complaint lodged with a body ("mengajukan pengaduan resmi kepada X") appeals to X
COMPLAINTS = [
    (
        "Pemerintah Suriah mengajukan pengaduan resmi kepada Dewan Keamanan PBB, Senin (4/5/2026).",
        ("Syria", "appeal", "Dewan Keamanan PBB"),
    ),
    (
        "Kementerian Luar Negeri Filipina menyampaikan pengaduan kepada Sekretariat ASEAN, "
        "Selasa (5/5/2026).",
        ("Philippines", "appeal", "ASEAN"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), COMPLAINTS)
def test_complaint_appeals_to_the_body(text: str, triple: tuple[str, str, str]) -> None:
    coded = _coded(text)
    assert any(s == triple[0] and a == triple[1] and triple[2] in t for s, a, t in coded)


# D2. The head of the state that acted in the sentence before goes on with its day
SAME_SIDE_DAYS = [
    (
        "Jet tempur Israel menyerang Sidon, Senin (4/5/2026). Sehari kemudian, Pemerintah "
        "Suriah mengajukan pengaduan resmi kepada Dewan Keamanan PBB. Presiden Suriah "
        "Ahmed al-Sharaa menuduh Israel melanggar kesepakatan.",
        ("Ahmed al-Sharaa", "disapprove", "Israel", "2026-05-05"),
    ),
    (
        "Kementerian Luar Negeri Mesir memanggil Duta Besar Israel, Senin (4/5/2026). "
        "Presiden Mesir Abdel Fattah el-Sisi mengecam Israel.",
        (None, "disapprove", "Israel", "2026-05-04"),
    ),
]


@pytest.mark.parametrize(("text", "dated"), SAME_SIDE_DAYS)
def test_head_of_the_state_that_acted_shares_its_day(text: str, dated: tuple) -> None:
    found = [
        r
        for r in relations(text, PUBLISHED)
        if (r.action, r.target) == dated[1:3] and dated[0] in (None, r.source)
    ]
    assert found and found[0].date == dated[3]


def test_another_states_head_is_dated_by_the_report() -> None:
    text = (
        "Kementerian Luar Negeri Mesir memanggil Duta Besar Israel, Senin (4/5/2026). "
        "Presiden Turki Recep Tayyip Erdogan mengecam Israel."
    )
    found = [r for r in relations(text, PUBLISHED) if r.action == "disapprove"]
    assert found and found[0].date == PUBLISHED


# C1. "menangkap <count> <noun>, A (alias B) dan C": the persons counted are named after
# the comma, each a target; a nickname after "alias" does not end the list
COUNTED_PERSONS = [
    (
        "Polda Metro Jaya menangkap dua tersangka, Budi Hartono dan Rina Marlina, di "
        "Bekasi, Senin (4/5/2026).",
        {
            ("Polda Metro Jaya", "sanction", "Budi Hartono"),
            ("Polda Metro Jaya", "sanction", "Rina Marlina"),
        },
    ),
    (
        "Bareskrim Polri pada Selasa malam menangkap dua perekrut pekerja migran, Budi "
        "Hartono alias Ucok dan Rina Marlina, di Bekasi.",
        {("Polri", "sanction", "Budi Hartono"), ("Polri", "sanction", "Rina Marlina")},
    ),
    (
        "Polda Riau menahan tiga pengurus koperasi, Agus Salim, Dedi Kurnia, dan Yanti "
        "Susanti, Rabu (6/5/2026).",
        {("Polda Riau", "sanction", "Agus Salim"), ("Polda Riau", "sanction", "Yanti Susanti")},
    ),
]


@pytest.mark.parametrize(("text", "triples"), COUNTED_PERSONS)
def test_counted_persons_named_after_comma(text: str, triples: set) -> None:
    assert triples <= _coded(text)


def test_counted_things_name_no_target() -> None:
    coded = _coded("Indonesia mengirim dua pesawat, Hercules dan Boeing, ke Pakistan.")
    assert not any(t in ("Hercules", "Boeing") for _, _, t in coded)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "Pelatih Arema memberikan pujian kepada dua pemain muda, Rizky Maulana dan Dimas "
            "Saputra, seusai laga.",
            {"Rizky Maulana", "Dimas Saputra"},
        ),
        (
            "Lion Air meneken kontrak sewa dengan dua lessor lain, Avalon Jet Capital dan "
            "Meridian Air Leasing, Selasa (5/5/2026).",
            {"Avalon Jet Capital", "Meridian Air Leasing"},
        ),
    ],
)
def test_counted_players_or_firms_are_not_held_persons(text: str, named: set[str]) -> None:
    assert not any(t in named for _, _, t in _coded(text))


# S1. "Jabatan A, <nama>, dan Jabatan B, <nama>, <verb>": both holders named in
# apposition are the subject (the two sides of a meeting or a signing)
APPOSED_PAIRS = [
    (
        "Perdana Menteri Fiji, Sitiveni Rabuka, dan Perdana Menteri Selandia Baru, "
        "Christopher Luxon, menandatangani perjanjian keamanan di Suva, Selasa (5/5/2026).",
        ("Sitiveni Rabuka", "consult", "Christopher Luxon"),
    ),
    (
        "Presiden Filipina, Ferdinand Marcos, dan Presiden Indonesia, Prabowo Subianto, "
        "bertemu di Manila, Selasa (5/5/2026).",
        ("Ferdinand Marcos", "consult", "Prabowo Subianto"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), APPOSED_PAIRS)
def test_both_apposed_holders_act(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _coded(text)


def test_one_apposed_holder_still_acts_alone() -> None:
    coded = _coded("Menteri Luar Negeri Jepang, Takeshi Iwaya, mengecam Korea Utara.")
    assert ("Takeshi Iwaya", "disapprove", "North Korea") in coded
