"""Classes of relations fixed on the tenth blind set's wrong triples and misses, each
tested on invented sentences (never the blind set's text)."""

from __future__ import annotations

import pytest
from tests.nlp.relations.coded import triples

# an offer of a venue ("menawarkan <kota> sebagai tempat perundingan antara kedua
# menteri pertahanan") is an intent toward the two sides told, never toward the city
# offered (the offering minister's own state)
VENUE_OFFERS = [
    (
        "Tentara Peru dan Ekuador terlibat bentrokan di perbatasan, Senin (2/3/2026). "
        "Menteri Luar Negeri Chile Alberto van Klaveren mendesak kedua pihak menahan diri. "
        "Ia juga menawarkan Santiago sebagai tempat perundingan antara kedua menteri "
        "pertahanan.",
        ("Peru", "Ecuador"),
        "Chile",
    ),
    (
        "Pasukan Armenia dan Azerbaijan saling tembak di perbatasan pada Minggu. Presiden "
        "Kazakhstan Kassym-Jomart Tokayev menawarkan Astana sebagai lokasi dialog antara "
        "kedua negara.",
        ("Armenia", "Azerbaijan"),
        "Kazakhstan",
    ),
]


@pytest.mark.parametrize(("text", "sides", "host"), VENUE_OFFERS)
def test_a_venue_offered_is_no_target(text: str, sides: tuple[str, str], host: str) -> None:
    coded = triples(text)
    intents = {(s, t) for s, a, t in coded if a == "intend"}
    for side in sides:
        assert any(t == side for _, t in intents), coded
    assert not any(t == host for _, t in intents), coded


# a summons of a firm's management by an authority ("memanggil direksi PT X",
# "memanggil perusahaan …, termasuk A") is a demand, as an envoy's summons; a promise to
# summon is coded as the summons, not as an intent toward the firm
SUMMONED_FIRMS = [
    (
        "Menteri Perdagangan Budi Santoso memanggil direksi PT Sinar Pangan Lestari setelah "
        "temuan beras oplosan di gudang perusahaan itu, Rabu (4/3/2026).",
        "PT Sinar Pangan Lestari",
    ),
    (
        "Kementerian Kesehatan memanggil manajemen PT Farmasi Sejahtera Abadi, Senin "
        "(2/3/2026), setelah temuan obat sirup tercemar.",
        "PT Farmasi Sejahtera Abadi",
    ),
]


@pytest.mark.parametrize(("text", "firm"), SUMMONED_FIRMS)
def test_a_firm_summoned_is_asked(text: str, firm: str) -> None:
    assert any(a == "demand" and t == firm for _, a, t in triples(text))


def test_a_promised_summons_is_no_intent() -> None:
    coded = triples(
        "Wali Kota Surabaya Eri Cahyadi berjanji memanggil direksi PT Tirta Kencana "
        "Makmur pekan depan."
    )
    assert not any(a == "intend" for _, a, _ in coded), coded
    assert any(a == "demand" and t == "PT Tirta Kencana Makmur" for _, a, t in coded), coded


def test_a_phone_call_is_no_summons() -> None:
    text = "Pelatih Shin Tae-yong memanggil 28 pemain untuk pemusatan latihan di Bali."
    assert not any(a == "demand" for _, a, _ in triples(text))


# weather, disasters and the sea as the subject of a verb of attack ("angin kencang
# menyerang pesisir") are no actor: the speaker reporting it does not attack
FORCES_OF_NATURE = [
    "Kepala Stasiun Meteorologi Maritim Tanjung Perak mengatakan gelombang tinggi "
    "menyerang perairan selatan Jawa Timur, Senin (12/1/2026).",
    "BNPB menyebutkan banjir bandang menerjang tiga desa di Kabupaten Garut, Kamis.",
    "Menurut BMKG, badai petir sempat menyerang kawasan Bekasi pada Sabtu sore.",
]


@pytest.mark.parametrize("text", FORCES_OF_NATURE)
def test_a_force_of_nature_is_no_actor(text: str) -> None:
    assert not any(a == "fight" for _, a, _ in triples(text))


def test_a_relative_clause_on_a_disaster_keeps_its_actor() -> None:
    coded = triples("Jepang yang dilanda gempa meminta bantuan kepada Korea Selatan.")
    assert ("Japan", "appeal", "South Korea") in coded or (
        "Japan",
        "demand",
        "South Korea",
    ) in coded


# a censure of an act named by a general noun ("mengecam tindakan … itu") after a
# summons and a protest is aimed at the act they protest, not at the protesters
PROTESTED_ACTS = [
    (
        "Kapal perang Turki menembaki kapal nelayan Yunani di Laut Aegea, Jumat (6/3/2026). "
        "Sehari kemudian, Kementerian Luar Negeri Yunani memanggil Duta Besar Turki dan "
        "menyampaikan protes keras. Pada hari yang sama, Prancis mengutuk tindakan yang "
        'dinilainya "tidak dapat diterima" itu.',
        ("France", "disapprove", "Turkey"),
    ),
    (
        "Militer Myanmar menyerang sebuah desa di Sagaing, Selasa (3/2/2026). Thailand "
        "memanggil Duta Besar Myanmar dan meminta penjelasan. Inggris kemudian mengutuk "
        "tindakan itu.",
        ("United Kingdom", "disapprove", "Myanmar"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), PROTESTED_ACTS)
def test_a_censure_after_protests_aims_at_the_act_protested(
    text: str, triple: tuple[str, str, str]
) -> None:
    coded = triples(text)
    assert triple in coded, coded


# "militer/tentara/pasukan X" coordinated with another side ("TNI dan militer Filipina
# menggelar latihan bersama") is the state X; "memulai" is a light verb like "menggelar"
ARMED_COORDINATION = [
    (
        "TNI dan militer Filipina menggelar latihan bersama di Laut Sulawesi, Rabu (4/3/2026).",
        ("TNI", "Philippines"),
    ),
    (
        "Angkatan Laut Thailand dan Angkatan Laut Vietnam memulai latihan gabungan di Teluk "
        "Thailand, Senin (9/3/2026).",
        ("Angkatan Laut Thailand", "Angkatan Laut Vietnam"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), ARMED_COORDINATION)
def test_coordinated_armies_exercise_together(text: str, pair: tuple[str, str]) -> None:
    a, b = pair
    coded = triples(text)
    assert (a, "cooperate", b) in coded or (b, "cooperate", a) in coded, coded


# an exercise joined by more sides ("latihan itu juga diikuti pasukan dari X dan Y",
# "juga melibatkan pasukan X", "bergabung dalam latihan"): each joining side cooperates
# with the exercise's first host; hosts in a relative clause ("yang digelar A bersama
# B") with each other
EXERCISES_JOINED = [
    (
        "Malaysia dan Singapura menggelar latihan bersama di Johor, Senin (7/9/2026). Tahun "
        "ini, latihan itu juga diikuti pasukan dari Brunei dan Thailand.",
        [("Brunei", "Malaysia"), ("Thailand", "Malaysia")],
    ),
    (
        "Latihan yang digelar militer Jepang bersama militer Australia itu juga melibatkan "
        "pasukan dari Kanada.",
        [("Canada", "Japan"), ("Japan", "Australia")],
    ),
    (
        "Angkatan Laut Filipina dan Angkatan Laut Jepang memulai latihan bersama di Laut "
        "Filipina, Senin (5/10/2026). Kanada berencana mengirim fregat untuk bergabung dalam "
        "latihan tahun depan.",
        [("Canada", "Angkatan Laut Filipina")],
    ),
]


@pytest.mark.parametrize(("text", "pairs"), EXERCISES_JOINED)
def test_an_exercise_joined_ties_the_joining_sides_to_its_host(
    text: str, pairs: list[tuple[str, str]]
) -> None:
    coded = triples(text)
    for a, b in pairs:
        assert (a, "cooperate", b) in coded or (b, "cooperate", a) in coded, coded


def test_taking_part_in_no_exercise_is_no_tie() -> None:
    text = "Upacara itu diikuti perwakilan dari Jepang dan Korea Selatan, Selasa (1/9/2026)."
    assert triples(text) == []


def test_an_exercise_joined_this_year_takes_the_exercise_day() -> None:
    from tests.nlp.relations.coded import relations

    found = relations(EXERCISES_JOINED[0][0], published="2026-09-08")
    joined = [r for r in found if "Brunei" in (r.source, r.target)]
    assert joined and all(r.date == "2026-09-07" for r in joined), joined


# a date inside a relative clause set off by commas on the subject (", yang … sejak
# tahun lalu,") dates that clause, not the main act
RELATIVE_DATES = [
    (
        "Menteri Luar Negeri Norwegia Espen Barth Eide, yang menjabat sejak tahun lalu, "
        "mendesak Kolombia dan Venezuela menahan diri.",
        "2026-03-05",
    ),
    (
        "Presiden Kenya William Ruto, yang dilantik pada 2022, mengecam Sudan Selatan atas "
        "penembakan di perbatasan.",
        "2026-03-05",
    ),
]


@pytest.mark.parametrize(("text", "day"), RELATIVE_DATES)
def test_a_relative_clause_date_is_not_the_act_date(text: str, day: str) -> None:
    from tests.nlp.relations.coded import relations

    found = relations(text, published="2026-03-05")
    assert found and all(r.date == day for r in found), found


# a deadline given ("memberi waktu N hari kepada X untuk …", "memberi X tenggat") is a
# demand on X; a firm or an office told by a common noun ("kepada perusahaan itu",
# "kantor pertanahan itu") is the last one named with that noun
DEADLINES = [
    (
        "Menteri Kesehatan Budi Gunadi Sadikin memanggil direksi PT Kimia Sehat Nusantara, "
        "Senin (2/3/2026). Ia memberi waktu tujuh hari kepada perusahaan itu untuk menarik "
        "obat yang tercemar.",
        "PT Kimia Sehat Nusantara",
    ),
    (
        "Gubernur Jawa Barat Dedi Mulyadi memberikan tenggat dua pekan kepada PT Cahaya Semen "
        "Priangan untuk menghentikan penambangan di lereng bukit.",
        "PT Cahaya Semen Priangan",
    ),
]


@pytest.mark.parametrize(("text", "target"), DEADLINES)
def test_a_deadline_given_is_a_demand(text: str, target: str) -> None:
    assert any(a == "demand" and t == target for _, a, t in triples(text)), triples(text)


def test_giving_aid_is_no_deadline() -> None:
    text = "Pemerintah Jepang memberikan bantuan senilai 5 juta dolar AS kepada Filipina."
    assert not any(a == "demand" for _, a, _ in triples(text))


# a legislature's interpellation or inquiry ("mengajukan hak interpelasi/angket
# terhadap X") asks X to account for itself: a demand
INTERPELLATIONS = [
    (
        "DPRD Kota Bogor mengajukan hak interpelasi terhadap Wali Kota Bogor Dedie Rachim, "
        "Kamis (5/3/2026).",
        ("DPRD Kota Bogor", "Dedie Rachim"),
    ),
    (
        "DPR menggulirkan hak angket terhadap Kementerian Perdagangan soal impor gula.",
        ("DPR", "Kementerian Perdagangan"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), INTERPELLATIONS)
def test_an_interpellation_is_a_demand(text: str, pair: tuple[str, str]) -> None:
    assert (pair[0], "demand", pair[1]) in triples(text), triples(text)


# calling on a body in person ("mendatangi/menyambangi Kementerian X") is a meeting
# with it, and a request in the purpose clause after the day and the place ("di
# Jakarta, Selasa (…), untuk meminta …") is made to it by the visitor
CALLS_ON_A_BODY = [
    (
        "Wali Kota Ambon Bodewin Wattimena mendatangi Kementerian Kelautan dan Perikanan di "
        "Jakarta, Kamis (5/3/2026), untuk meminta bantuan kapal bagi nelayan.",
        ("Bodewin Wattimena", "Kementerian Kelautan dan Perikanan"),
    ),
    (
        "Gubernur Bali Wayan Koster menyambangi Kementerian Pariwisata di Jakarta, Senin "
        "(9/3/2026), untuk meminta tambahan anggaran daerah.",
        ("Wayan Koster", "Kementerian Pariwisata"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), CALLS_ON_A_BODY)
def test_a_visit_to_a_body_meets_it_and_asks_it(text: str, pair: tuple[str, str]) -> None:
    coded = triples(text)
    assert (pair[0], "consult", pair[1]) in coded, coded
    assert (pair[0], "appeal", pair[1]) in coded, coded


def test_a_request_after_a_day_written_out_is_made_to_the_body_called_on() -> None:
    text = (
        "Bupati Sleman Kustini mendatangi Kementerian Keuangan di Jakarta, Rabu, 11 Maret "
        "2026, untuk meminta tambahan dana desa."
    )
    assert ("Kustini", "appeal", "Kementerian Keuangan") in triples(text)


def test_calling_at_a_house_is_no_meeting() -> None:
    text = "Polisi mendatangi rumah tersangka di Depok, Selasa (3/3/2026), untuk menggeledah."
    assert triples(text) == []


# a clash two coordinated sides are caught up in ("A dan B terlibat baku tembak/
# bentrokan") is a fight each way
CLASHES = [
    "Tentara Sudan dan Sudan Selatan terlibat baku tembak di Abyei, Minggu (8/3/2026).",
    "Pasukan Armenia dan Azerbaijan terlibat bentrokan di perbatasan, Selasa (10/3/2026).",
]


@pytest.mark.parametrize("text", CLASHES)
def test_a_clash_goes_both_ways(text: str) -> None:
    coded = triples(text)
    fights = {(s, t) for s, a, t in coded if a == "fight"}
    assert len(fights) == 2 and all((t, s) in fights for s, t in fights), coded


def test_a_clash_of_unnamed_groups_is_nothing() -> None:
    assert triples("Dua kelompok suporter terlibat bentrokan di Bandung, Sabtu malam.") == []
