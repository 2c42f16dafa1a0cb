"""Classes fixed against blind21's false relations and the shapes its misses share with
blind20's (issue 18), tested on invented sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

import pytest
from tests.nlp.relations.coded import coded_triples, relations

PUBLISHED = "2026-03-12"


_coded = partial(coded_triples, published=PUBLISHED)


def _names(text: str) -> set[str]:
    return {name for r in relations(text, PUBLISHED) for name in (r.source, r.target)}


# T1. A body's last word glued to the person named after it goes back to the body
GLUED_TAILS = [
    (
        "MAKASSAR - Wali Kota Makassar Andi Rahman bertemu Direktur Utama BPJS "
        "Ketenagakerjaan Yusuf Hamdani di Makassar, Selasa (10/3/2026).",
        ("Andi Rahman", "consult", "Yusuf Hamdani"),
    ),
    (
        "MEDAN - Bupati Deli Serdang Rudi Hartono menemui Menteri Pertanian Amir Sulaiman "
        "di Jakarta, Selasa (10/3/2026), untuk meminta bantuan benih. Esoknya, Rudi "
        "bertemu Direktur Utama BPJS Kesehatan Lukman Hakim untuk membahas tunggakan iuran.",
        ("Rudi Hartono", "consult", "Amir Sulaiman"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), GLUED_TAILS)
def test_body_tail_is_not_the_persons_first_name(text: str, wanted: tuple) -> None:
    coded = _coded(text)
    assert wanted in coded
    assert not any(name.startswith(("Ketenagakerjaan ", "Kesehatan ")) for name in _names(text))


# U2. A regional unit split from its region is named with it, its head alone too
UNITS_WITH_REGION = [
    (
        "KOLAKA - Kejaksaan Negeri (Kejari) Kolaka Utara menetapkan Kepala Desa Watuliu, "
        "Samsul Bahar, sebagai tersangka, Rabu (11/3/2026). Pengacara Samsul lalu meminta "
        "kepada Kejari agar kliennya menjadi tahanan rumah.",
        {
            ("Kejaksaan Negeri Kolaka Utara", "sanction", "Samsul Bahar"),
            ("Samsul Bahar", "appeal", "Kejaksaan Negeri Kolaka Utara"),
        },
    ),
    (
        "KENDARI - Kejaksaan Tinggi (Kejati) Sulawesi Tenggara menahan Kepala Dinas "
        "Perhubungan, Amir Hamzah, Selasa (10/3/2026).",
        {("Kejaksaan Tinggi Sulawesi Tenggara", "sanction", "Amir Hamzah")},
    ),
]


@pytest.mark.parametrize(("text", "wanted"), UNITS_WITH_REGION)
def test_regional_unit_named_with_its_region(text: str, wanted: set) -> None:
    coded = _coded(text)
    assert wanted <= coded
    assert not {"Kejaksaan Negeri", "Kejaksaan Tinggi"} & _names(text)


# R2. A region's government named by the region's short form is named in full
def test_region_government_named_by_the_full_region_name() -> None:
    text = (
        "SURABAYA - Duta Besar Jepang untuk Indonesia, Kenji Sato, berkunjung ke Gedung "
        "Grahadi, Rabu (11/3/2026). Pemprov Jatim dan Kedutaan Besar Jepang sepakat "
        "menggelar festival budaya di Jatim pada Juli."
    )
    names = _names(text)
    assert "Pemerintah Provinsi Jatim" not in names


# M1. Mediators consult each side; "kedua negara" are never the mediators
def test_mediation_named_after_the_talks_consults_each_side() -> None:
    text = (
        "KAIRO - Delegasi Sudan dan pemerintahan Sudan Selatan menggelar perundingan di "
        "Kairo, Rabu (11/3/2026), dengan mediasi Mesir dan Ethiopia."
    )
    coded = _coded(text)
    assert ("Egypt", "consult", "Sudan") in coded
    assert ("Ethiopia", "consult", "South Sudan") in coded


@pytest.mark.parametrize(
    "text",
    [
        "JENEWA - Armenia dan Azerbaijan berunding di Jenewa, Senin (9/3/2026), dengan "
        "mediasi Swiss dan Norwegia. Pembicaraan itu berlangsung sepekan sesudah bentrokan "
        "antara tentara kedua negara di wilayah sengketa.",
        "DOHA - Israel dan Hamas berunding di Doha dengan mediasi Qatar dan Mesir. "
        "Perundingan itu digelar setelah bentrokan antara pasukan kedua pihak di Rafah.",
    ],
)
def test_both_sides_are_never_the_mediators(text: str) -> None:
    fights = {(s, t) for s, a, t in _coded(text) if a == "fight"}
    mediators = {"Switzerland", "Norway", "Qatar", "Egypt"}
    assert fights
    assert not {name for pair in fights for name in pair} & mediators


def test_body_named_with_its_state_is_coordinated_as_the_state() -> None:
    text = "KAIRO - Utusan Mesir dan pemerintahan Hamas Palestina berunding di Kairo."
    assert ("Egypt", "consult", "Palestine") in _coded(text)


# I1. An invitation passed on is made to the one after "kepada"; the visit is not made
INVITATIONS = [
    "LIMA - Menteri Luar Negeri Peru Elmer Schialer juga menyampaikan undangan Presiden "
    "Dina Ercilia Boluarte Zegarra kepada Ketua MPR Ahmad Muzani untuk berkunjung ke "
    "Peru tahun depan.",
    "HANOI - Duta Besar Vietnam menyampaikan undangan Perdana Menteri Pham Minh Chinh "
    "kepada Wakil Presiden Gibran Rakabuming Raka untuk mengunjungi Hanoi.",
]


@pytest.mark.parametrize("text", INVITATIONS)
def test_invitation_passed_on_goes_to_the_invited(text: str) -> None:
    coded = _coded(text)
    intents = {t for s, a, t in coded if a == "intend"}
    assert intents & {"Ahmad Muzani", "Gibran Rakabuming Raka"}
    assert not intents & {"Dina Ercilia Boluarte Zegarra", "Pham Minh Chinh"}
    assert not any(a == "consult" for s, a, t in coded)


# K2. "Kedua pihak" after a meeting are those who met
def test_both_parties_after_a_meeting_are_those_who_met() -> None:
    text = (
        "MEDAN - Sehari kemudian, Bobby Nasution bertemu Direktur Utama PT Kereta Api "
        "Indonesia Didiek Hartantyo untuk membahas jalur baru. Kedua pihak sepakat "
        "menandatangani nota kesepahaman pada Mei."
    )
    assert ("Bobby Nasution", "cooperate", "Didiek Hartantyo") in _coded(text)


# N1. Troops sent to a mission are no aid; those coordinated before a relative clause
# react; an incident pointed back to is the last attack
def test_troops_to_a_mission_are_no_aid_and_both_senders_react() -> None:
    text = (
        "BEIRUT - Roket Israel menghantam markas UNIFIL di Lebanon selatan, Senin "
        "(9/3/2026). Spanyol dan Irlandia, yang turut mengirimkan tentara ke UNIFIL, ikut "
        "mengutuk insiden itu."
    )
    coded = _coded(text)
    assert ("Spain", "disapprove", "Israel") in coded
    assert ("Ireland", "disapprove", "Israel") in coded
    assert not any(a == "aid" for s, a, t in coded)


def test_incident_is_never_an_arrest_told_before() -> None:
    text = (
        "JAKARTA - Polda Metro Jaya menangkap 12 demonstran di depan Kedutaan Besar "
        "Australia, Senin (9/3/2026). Kementerian Luar Negeri RI menyesalkan insiden itu."
    )
    assert not any(t == "Polda Metro Jaya" for s, a, t in _coded(text))


# A2. Sides meeting and agreeing an act against a third do not meet the third
@pytest.mark.parametrize(
    ("text", "third"),
    [
        (
            "TOKYO - Menteri luar negeri Jepang, Korea Selatan dan Australia bertemu di "
            "Tokyo dan sepakat menjatuhkan sanksi terhadap Myanmar.",
            "Myanmar",
        ),
        (
            "MANILA - Jepang dan Filipina bertemu di Manila dan sepakat meningkatkan "
            "patroli terhadap China.",
            "China",
        ),
    ],
)
def test_meeting_sides_do_not_meet_the_target_of_the_agreed_act(text: str, third: str) -> None:
    coded = _coded(text)
    assert not any(a == "consult" and third in (s, t) for s, a, t in coded)
    assert any(a == "consult" for s, a, t in coded)


# C2. A counsel judging the sanction on the client hasty censures its issuer
@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "PEKANBARU - Polda Riau menetapkan Kepala Dinas Pendidikan Kampar, Joko "
            "Santoso, sebagai tersangka, Selasa (10/3/2026). Kuasa hukum Joko, Andreas "
            "Lubis, menilai penetapan itu terlalu terburu-buru bagi kliennya.",
            ("Joko Santoso", "disapprove", "Polda Riau"),
        ),
        (
            "MAROS - Kejaksaan Negeri Maros menahan Kepala Desa Bontoa, Arif Rahman, Rabu "
            "(11/3/2026). Kuasa hukum Arif, Syamsuddin, menilai penahanan itu terburu-buru.",
            ("Arif Rahman", "disapprove", "Kejaksaan Negeri Maros"),
        ),
    ],
)
def test_counsel_judging_the_sanction_hasty_censures_its_issuer(text: str, wanted: tuple) -> None:
    assert wanted in _coded(text)


# G2. Taking on what was just asked, whatever it is named, is an intent to who asked
@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "MAKASSAR - Gubernur Sulawesi Selatan Andi Sudirman menemui Menteri "
            "Perhubungan Bambang Wiratmo di Jakarta, Rabu (11/3/2026), untuk meminta "
            "penambahan rute kapal perintis. Bambang menyanggupi penambahan dua rute.",
            ("Bambang Wiratmo", "intend", "Andi Sudirman"),
        ),
        (
            "AMBON - Gubernur Maluku Hendrik Lewerissa menemui Menteri Perhubungan Bambang "
            "Wiratmo di Jakarta, Selasa (10/3/2026). Dalam pertemuan itu, Hendrik "
            "meminta bantuan 50 kapal perintis. Bambang menyanggupi 30 kapal.",
            ("Bambang Wiratmo", "intend", "Hendrik Lewerissa"),
        ),
    ],
)
def test_request_taken_on_is_an_intent_to_who_asked(text: str, wanted: tuple) -> None:
    assert wanted in _coded(text)


def test_taking_on_with_no_request_told_is_not_coded() -> None:
    text = "JAKARTA - Menteri Perhubungan Bambang Wiratmo menyanggupi penambahan dua rute."
    assert not _coded(text)


# D2. A demonstration in front of a body's office censures it; members act as their
# union; what they then demand is asked of the one protested
@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "BATAM - Ratusan buruh pabrik yang tergabung dalam Konfederasi Serikat Pekerja "
            "Indonesia (KSPI) Batam berdemonstrasi di depan gedung PT Mitra Baja Perkasa di "
            "Batam, Kamis (5/3/2026). Mereka menuntut kenaikan upah 15 persen.",
            # the branch named by its short name and region, as the story names it after
            {
                ("KSPI Batam", "disapprove", "PT Mitra Baja Perkasa"),
                ("KSPI Batam", "demand", "PT Mitra Baja Perkasa"),
            },
        ),
        (
            "CIKARANG - Ribuan pekerja yang tergabung dalam Konfederasi Serikat Pekerja "
            "Indonesia (KSPI) berdemonstrasi di depan pabrik PT Sinar Tekstil Utama di "
            "Cikarang, Selasa (10/3/2026).",
            {("Konfederasi Serikat Pekerja Indonesia", "disapprove", "PT Sinar Tekstil Utama")},
        ),
    ],
)
def test_demonstration_in_front_of_an_office_censures_its_owner(text: str, wanted: set) -> None:
    assert wanted <= _coded(text)


def test_demonstration_in_a_square_has_no_target() -> None:
    text = "BANDUNG - Ratusan mahasiswa berunjuk rasa di Lapangan Gasibu, Senin (9/3/2026)."
    assert not _coded(text)


def test_promise_at_the_meeting_the_request_was_made_in_answers_it() -> None:
    text = (
        "JAYAPURA - Bupati Merauke Yoseph Gebze menemui Menteri Pekerjaan Umum Dody "
        "Hanggodo di Jakarta, Kamis (5/3/2026). Dalam pertemuan itu, Yoseph meminta "
        "tambahan dana. Dody berjanji mengupayakan anggaran tahun depan."
    )
    assert ("Dody Hanggodo", "intend", "Yoseph Gebze") in _coded(text)


# S3. A village or district head called in by the investigators is summoned
def test_investigators_calling_in_a_district_head_is_a_demand() -> None:
    text = (
        "RAHA - Kejaksaan Negeri Muna menahan Kepala Desa Lagadi, Arif Rahman, Rabu "
        "(11/3/2026). Penyidik juga akan memanggil Camat Lawa, Ahmad Yani, pekan depan."
    )
    assert ("Kejaksaan Negeri Muna", "demand", "Ahmad Yani") in _coded(text)


# B2. A verb after "tetapi/namun" shares the first verb's subject
@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "BEIRUT - Militer Israel berjanji menyelidiki laporan itu, tetapi menuding "
            "kelompok Hizbullah bersembunyi di dekat pos tersebut.",
            ("Israel", "disapprove", "Hezbollah"),
        ),
        (
            "BEIJING - Kementerian Luar Negeri China menerima nota protes itu, namun menuduh "
            "Manila memprovokasi.",
            ("China", "disapprove", "Philippines"),
        ),
    ],
)
def test_verb_after_but_shares_the_subject(text: str, wanted: tuple) -> None:
    assert wanted in _coded(text)


def test_both_parties_after_a_connective_are_the_sides_of_the_last_meeting() -> None:
    text = (
        "JENEWA - Delegasi Armenia dan Azerbaijan menggelar perundingan di Jenewa, Senin "
        "(9/3/2026), dengan mediasi Swiss. Dalam perundingan itu, Baku menuntut Yerevan "
        "menarik pasukan dari perbatasan. Walau demikian, kedua pihak sepakat menambah "
        "masa jeda tembak."
    )
    coded = _coded(text)
    assert ("Armenia", "cooperate", "Azerbaijan") in coded
    assert not any(a == "cooperate" and "Switzerland" in (s, t) for s, a, t in coded)


# O2. A holder named after a regional office and its region is the one addressed
@pytest.mark.parametrize(
    "text",
    [
        "BENGKULU - Arlan Wijaya meminta bantuan ekskavator kepada Gubernur Bengkulu Helmi Hasan.",
        "SEMARANG - Bupati Kendal Dico Ganinduto meminta pinjaman dua alat berat kepada "
        "Gubernur Jawa Tengah Ahmad Luthfi.",
    ],
)
def test_request_to_a_holder_named_after_a_regional_office(text: str) -> None:
    targets = {t for s, a, t in _coded(text) if a == "appeal"}
    assert targets & {"Helmi Hasan", "Ahmad Luthfi"}


# E1. A party's recommendation handed to a candidate backs the candidate; a ticket
# after a preposition or a verb is both of its names
@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "SOLO - Partai Golkar memberikan rekomendasi kepada pasangan Rudi Santoso-Lina "
            "Marlina, Senin (9/3/2026).",
            {
                ("Partai Golkar", "cooperate", "Rudi Santoso"),
                ("Partai Golkar", "cooperate", "Lina Marlina"),
            },
        ),
        (
            "BLITAR - Partai Golkar resmi mengusung pasangan Rudi Santoso-Lina Marlina.",
            {("Partai Golkar", "cooperate", "Lina Marlina")},
        ),
    ],
)
def test_recommendation_and_ticket_back_both_candidates(text: str, wanted: set) -> None:
    assert wanted <= _coded(text)


def test_following_a_recommendation_is_no_tie() -> None:
    text = "BOGOR - Kontraktor itu hanya menjalankan rekomendasi tim teknis Partai Golkar."
    assert not _coded(text)


def test_recommendation_refused_is_not_given() -> None:
    text = "JAKARTA - Kejaksaan Agung menolak memberikan rekomendasi remisi untuk Hendro Wibisono."
    coded = _coded(text)
    assert not any(a == "cooperate" for s, a, t in coded)
