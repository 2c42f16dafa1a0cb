"""Actors named by a common noun, an epithet or an unnamed office stand for the body or
state of the right type named before (the antecedent resolver of
:mod:`warta.nlp.relations.antecedents`), tested on invented sentences (never the blind
sets' text)."""

from __future__ import annotations

from functools import partial

import pytest
from tests.nlp.relations.coded import coded_triples, dated_triples

PUBLISHED = "2025-09-05"


_dated = partial(dated_triples, published=PUBLISHED)
_coded = partial(coded_triples, published=PUBLISHED)


# A1. A company noun ("perseroan", "perusahaan itu", "emiten tersebut") is the last
# company named
COMPANY_NOUNS = [
    (
        "SURABAYA - PT Samudra Kencana Tbk membeli dua kapal tanker, Senin (1/9/2025). "
        "Perseroan juga berencana menggandeng PT Dermaga Timur Raya untuk mengelola "
        "terminal di Gresik.",
        ("PT Samudra Kencana Tbk", "cooperate", "PT Dermaga Timur Raya"),
    ),
    (
        "MEDAN - PT Nabati Lestari Jaya menandatangani kontrak dengan Koperasi Tani "
        "Makmur, Selasa (2/9/2025). Perseroan kemudian menggandeng PT Logistik Andalan "
        "untuk pengiriman ke Aceh.",
        ("PT Nabati Lestari Jaya", "cooperate", "PT Logistik Andalan"),
    ),
    (
        "JAKARTA - Otoritas Jasa Keuangan menjatuhkan denda kepada PT Arta Sentosa "
        "Finance, Rabu (3/9/2025). OJK juga meminta perusahaan tersebut mengganti direksinya.",
        ("OJK", "appeal", "PT Arta Sentosa Finance"),
    ),
    (
        "JAKARTA - Bursa Efek Indonesia menghentikan sementara perdagangan saham PT Griya "
        "Properti Tbk (GRPT), Kamis (4/9/2025). BEI meminta emiten itu menjelaskan "
        "lonjakan harga saham.",
        ("Bursa Efek Indonesia", "appeal", "PT Griya Properti Tbk"),
    ),
]


@pytest.mark.parametrize(("text", "coded"), COMPANY_NOUNS)
def test_a_company_noun_is_the_last_company_named(text: str, coded: tuple[str, str, str]) -> None:
    assert coded in _coded(text)


NO_COMPANY_BEFORE = [
    # no firm named before: "perseroan" acts for no one
    "JAKARTA - Pengamat ekonomi Budi Santoso menilai sektor ritel melemah, Senin "
    "(1/9/2025). Perseroan itu disebut akan menggandeng PT Dagang Makmur.",
    # a person is never the antecedent of a body noun
    "JAKARTA - Rina Marlina membuka toko baru, Senin (1/9/2025). Perseroan "
    "menggandeng PT Dagang Makmur.",
]


@pytest.mark.parametrize("text", NO_COMPANY_BEFORE)
def test_a_company_noun_without_a_company_before_is_no_actor(text: str) -> None:
    assert not {t for t in _coded(text) if t[1] == "cooperate"}


def test_a_company_noun_after_its_spokesman_keeps_the_speaker() -> None:
    # "X mengatakan perseroan akan …": the speaker speaks for the firm
    text = (
        "BANDUNG - Direktur Utama PT Sinar Tekstil, Hendra Gunawan, mengatakan perseroan "
        "akan menggandeng PT Benang Jaya, Senin (1/9/2025)."
    )
    assert ("Hendra Gunawan", "cooperate", "PT Benang Jaya") in _coded(text)


# A2. A regional-government noun ("pemkab", "pemerintah kabupaten") is the last regional
# government of that level named; an office with no holder named is its government (a
# province's named in full, "Pemerintah Provinsi X", as a regency's is)
REGIONAL_NOUNS = [
    (
        "MALANG - Kepala Dinas Pendidikan Kabupaten Malang menghadiri rapat di Surabaya, "
        "Senin (1/9/2025). Gubernur Jawa Timur meminta pemkab segera memperbaiki sekolah "
        "yang rusak.",
        ("Pemerintah Provinsi Jawa Timur", "appeal", "Pemerintah Kabupaten Malang"),
    ),
    (
        "SEMARANG - Ratusan petani dari Serikat Petani Merapi berunjuk rasa di kantor "
        "Gubernur Jawa Tengah, Rabu (3/9/2025). Gubernur Jawa Tengah meminta Kementerian "
        "Pertanian menambah kuota pupuk.",
        ("Pemerintah Provinsi Jawa Tengah", "appeal", "Kementerian Pertanian"),
    ),
]


@pytest.mark.parametrize(("text", "coded"), REGIONAL_NOUNS)
def test_a_regional_government_noun_or_office_is_the_region(
    text: str, coded: tuple[str, str, str]
) -> None:
    assert coded in _coded(text)


def test_an_office_with_its_holder_named_is_the_holder() -> None:
    text = (
        "YOGYAKARTA - Ratusan mahasiswa dari Aliansi Mahasiswa Yogyakarta berunjuk rasa "
        "di depan kantor DPRD DIY, Selasa (2/9/2025). Ketua DPRD DIY, Nuryadi, menemui "
        "massa dan berjanji menyampaikan tuntutan mereka."
    )
    assert ("Nuryadi", "consult", "Aliansi Mahasiswa Yogyakarta", "2025-09-02") in _dated(text)


# A3. A crowd ("massa", protesters told as "Mereka") is the civic group of the protest
# just told, and acts with it share the protest's day
CROWDS = [
    (
        "KENDAL - Ratusan buruh yang tergabung dalam Serikat Buruh Merdeka berunjuk rasa "
        "di depan kantor Bupati Kendal, Senin (1/9/2025). Mereka menuntut pemkab menaikkan "
        "upah minimum. Bupati Kendal kemudian menemui massa di halaman kantor.",
        [
            ("Serikat Buruh Merdeka", "demand", "Pemerintah Kabupaten Kendal", "2025-09-01"),
            ("Pemerintah Kabupaten Kendal", "consult", "Serikat Buruh Merdeka", "2025-09-01"),
        ],
    ),
    (
        "BEKASI - Ratusan buruh dari Serikat Buruh Merdeka berunjuk rasa di depan pabrik "
        "PT Sepatu Maju, Rabu (3/9/2025). Mereka menuntut perusahaan itu membayar "
        "tunjangan hari raya.",
        [("Serikat Buruh Merdeka", "demand", "PT Sepatu Maju", "2025-09-03")],
    ),
]


@pytest.mark.parametrize(("text", "coded"), CROWDS)
def test_a_crowd_is_the_group_of_the_protest(
    text: str, coded: list[tuple[str, str, str, str]]
) -> None:
    assert set(coded) <= _dated(text)


def test_mereka_without_a_protest_is_no_group() -> None:
    text = (
        "BOGOR - Serikat Buruh Merdeka menggelar rapat anggota di Bogor, Senin "
        "(1/9/2025). Mereka menuntut pemkab menaikkan upah minimum."
    )
    assert not {t for t in _coded(text) if t[1] == "demand"}


# A4. Epithets: "lembaga antirasuah", "korps Bhayangkara", "negeri Sakura" stand for the
# body or state named before; "Selain X, …" sets X apart from the subject
EPITHETS = [
    (
        "JAKARTA - Komisi Pemberantasan Korupsi menahan Bupati Lembah Sari, Darmawan "
        "Putra, Senin (1/9/2025). Selain Darmawan, lembaga antirasuah itu juga menahan "
        "Sekretaris Daerah Lembah Sari, Sugeng Riyadi.",
        ("Komisi Pemberantasan Korupsi", "sanction", "Sugeng Riyadi"),
    ),
    (
        "JAKARTA - Kepolisian Negara Republik Indonesia menggelar operasi di Batam, Senin "
        "(1/9/2025). Korps Bhayangkara menangkap Rudi Hartono di pelabuhan.",
        ("Kepolisian Negara Republik Indonesia", "sanction", "Rudi Hartono"),
    ),
    (
        "JAKARTA - Jepang dan Indonesia menggelar dialog maritim di Jakarta, Senin "
        "(1/9/2025). Negeri Sakura juga berjanji membantu Indonesia membangun pelabuhan "
        "perikanan.",
        ("Japan", "aid", "Indonesia"),
    ),
]


@pytest.mark.parametrize(("text", "coded"), EPITHETS)
def test_an_epithet_is_the_body_or_state_named_before(
    text: str, coded: tuple[str, str, str]
) -> None:
    assert coded in _coded(text)


def test_set_apart_by_selain_is_not_a_subject() -> None:
    text = EPITHETS[0][0]
    assert not {t for t in _coded(text) if t[0] == "Darmawan Putra"}


def test_an_epithet_of_a_state_not_named_is_no_actor() -> None:
    text = (
        "SEOUL - Perdana Menteri Korea Selatan berkunjung ke Busan, Senin (1/9/2025). "
        "Negeri Sakura mengecam uji coba rudal Korea Utara."
    )
    assert not {t for t in _coded(text) if t[0] == "Japan"}


# D1. What the one met does right after a dated meeting is dated by the meeting
def test_the_one_met_answers_at_the_meeting() -> None:
    text = (
        "JAKARTA - Menteri Kesehatan Budi Gunadi Sadikin menemui Bupati Sikka, Yohanes "
        "Kore, di Maumere, Kamis (4/9/2025). Yohanes meminta tambahan dokter untuk "
        "puskesmas. Budi berjanji membantu dan meminta pemerintah kabupaten segera "
        "menyiapkan rumah dinas."
    )
    coded = ("Budi Gunadi Sadikin", "appeal", "Pemerintah Kabupaten Sikka", "2025-09-04")
    assert coded in _dated(text)


# A5. "ketiga negara" not listed together: the last three states named apart
THREE_STATES = [
    (
        "MANILA - Filipina menggelar latihan laut dengan Jepang di Laut China Selatan, "
        "Senin (1/9/2025). Amerika Serikat ikut mengirim dua kapal perusak. Sehari "
        "kemudian, juru bicara Kementerian Luar Negeri China, Wang Lei, mengecam ketiga "
        "negara karena memicu ketegangan.",
        {"Philippines", "Japan", "United States"},
    ),
    (
        "CANBERRA - Australia menandatangani pakta pertahanan dengan Jepang, Selasa "
        "(2/9/2025). Selandia Baru kemudian menyatakan dukungan. Rusia mengkritik ketiga "
        "negara itu.",
        {"Australia", "Japan", "New Zealand"},
    ),
]


@pytest.mark.parametrize(("text", "states"), THREE_STATES)
def test_three_states_named_apart_are_ketiga_negara(text: str, states: set[str]) -> None:
    assert {t[2] for t in _coded(text) if t[1] == "disapprove"} == states


# A6. A bare "Perusahaan" opening a sentence before its verb is the firm of the story
def test_a_bare_company_noun_opening_a_sentence_is_the_firm() -> None:
    text = (
        "BANDUNG - PT Kain Nusantara menutup pabriknya di Cimahi, Selasa (2/9/2025). "
        "Perusahaan kemudian menggandeng PT Benang Emas untuk produksi di Subang."
    )
    assert ("PT Kain Nusantara", "cooperate", "PT Benang Emas") in _coded(text)


def test_a_company_noun_heading_a_phrase_is_no_firm_named_before() -> None:
    text = (
        "SURABAYA - PT Kain Nusantara membuka pabrik di Gresik, Senin (1/9/2025). "
        "Perusahaan rintisan lokal menggandeng PT Benang Emas."
    )
    assert ("PT Kain Nusantara", "cooperate", "PT Benang Emas") not in _coded(text)


def test_four_states_listed_are_keempat_negara() -> None:
    text = (
        "WASHINGTON - Amerika Serikat, Inggris, Prancis, dan Jerman menjatuhkan sanksi baru "
        "terhadap Iran, Senin (1/9/2025). Teheran mengecam keempat negara itu."
    )
    targets = {t[2] for t in _coded(text) if t[:2] == ("Iran", "disapprove")}
    assert targets == {"United States", "United Kingdom", "France", "Germany"}


def test_a_count_of_firms_is_never_states_named_apart() -> None:
    text = (
        "BRUSSEL - Belanda menggelar latihan udara di Laut Utara, Senin (1/9/2025). Belgia "
        "dan Denmark ikut mengirim jet tempur. Rusia mengecam ketiga perusahaan itu."
    )
    assert not {t for t in _coded(text) if t[1] == "disapprove"}


# A7. "kedua <Name>" ("kedua Korea"): the last two states whose names share that word
def test_both_states_sharing_a_name_are_kedua_korea() -> None:
    text = (
        "SEOUL - Korea Utara menembakkan artileri ke dekat perbatasan, Senin (1/9/2025). "
        "Korea Selatan membalas dengan latihan tembak. China mendesak kedua Korea menahan "
        "diri."
    )
    assert {("China", "appeal", "South Korea"), ("China", "appeal", "North Korea")} <= _coded(text)


def test_kedua_before_a_single_state_name_is_no_pair() -> None:
    text = (
        "JAKARTA - Presiden Prabowo menerima Perdana Menteri Jepang di Istana, Senin "
        "(1/9/2025). Kedua Jepang dan Indonesia sepakat memperluas kerja sama."
    )
    assert {t for t in _coded(text) if "Japan" in (t[0], t[2])} <= {
        ("Japan", "cooperate", "Indonesia"),
        ("Indonesia", "cooperate", "Japan"),
    }


# D7. "Seusai/Usai <act or event>, X …" goes on with the day of the act just told
RIGHT_AFTER = [
    (
        "KYIV - Rusia dan Ukraina menukar 90 tawanan perang di perbatasan, Selasa "
        "(2/9/2025), dalam pertukaran yang dimediasi Qatar. Seusai pertukaran, Presiden "
        "Ukraina Volodymyr Zelenskyy berterima kasih kepada Doha.",
        ("Volodymyr Zelenskyy", "cooperate", "Qatar", "2025-09-02"),
    ),
    (
        "HANOI - Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Vietnam di "
        "Hanoi, Rabu (3/9/2025). Usai pertemuan, Presiden Prabowo Subianto menelepon "
        "Perdana Menteri Vietnam.",
        ("Prabowo Subianto", "consult", "Vietnam", "2025-09-03"),
    ),
]


@pytest.mark.parametrize(("text", "coded"), RIGHT_AFTER)
def test_right_after_the_act_told_is_its_day(text: str, coded: tuple[str, str, str, str]) -> None:
    assert coded in _dated(text)
