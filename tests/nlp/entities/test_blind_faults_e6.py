"""Entity-layer fault classes found on blind pages (issue 17, third round), one test
group per class: office + territory + name runs, an institution glued to a name,
coordinations fused into one name, a name that swallows the verb after it, known
institution acronyms the tagger misses, and personal names typed as places.

Sentences and names are invented; the NER mentions given to ``resolve_article`` stand
for what the tagger did wrong (so the tests do not depend on the model).
"""

from __future__ import annotations

import pytest
from tests.nlp.entities.resolved import resolve

# -- 1. office + territory + name -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tagged", "place", "person"),
    [
        (
            "Kades Sidomulyo Parjiman membagikan beras.",
            "Sidomulyo Parjiman",
            "Sidomulyo",
            "Parjiman",
        ),
        (
            "Camat Cikarang Hendra Gunawan meninjau tanggul.",
            "Camat Cikarang Hendra Gunawan",
            "Cikarang",
            "Hendra Gunawan",
        ),
        (
            "Kepala Desa Mekarjaya Asep Saepudin menyambut tamu.",
            "Mekarjaya Asep Saepudin",
            "Mekarjaya",
            "Asep Saepudin",
        ),
        (
            "Lurah Kampung Baru Sutrisno menutup jalan.",
            "Kampung Baru Sutrisno",
            "Kampung Baru",
            "Sutrisno",
        ),
        (
            "Kapolsek Tanjungpinang AKP Doni Saputra memimpin razia.",
            "Tanjungpinang AKP Doni Saputra",
            "Tanjungpinang",
            "Doni Saputra",
        ),
        (
            "Bupati Kabupaten Garut Rudi Gunawan meresmikan pasar.",
            "Kabupaten Garut Rudi Gunawan",
            "Kabupaten Garut",
            "Rudi Gunawan",
        ),
    ],
)
def test_office_territory_name_is_place_and_person(
    text: str, tagged: str, place: str, person: str
) -> None:
    """After a territorial office the territory is a place and only the rest the person."""
    got = [(surface, kind) for surface, kind, _ in resolve(text, [(tagged, "PER")])]
    assert (place, "LOC") in got
    assert (person, "PER") in got
    assert not any(kind == "PER" and place in surface for surface, kind in got)


def test_office_without_territory_keeps_the_whole_name() -> None:
    text = "Camat Abdul Karim meninjau tanggul."
    got = resolve(text, [("Abdul Karim", "PER")])
    assert ("Abdul Karim", "PER") in [(s, k) for s, k, _ in got]


# -- 2. institution + name --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tagged", "kind", "acronym", "person"),
    [
        (
            "Kepala BNPB Darmawan Putra tiba di lokasi.",
            "BNPB Darmawan Putra",
            "ORG",
            "BNPB",
            "Darmawan Putra",
        ),
        (
            "Menurut KPK Nurul Hidayah, berkas lengkap.",
            "KPK Nurul Hidayah",
            "PER",
            "KPK",
            "Nurul Hidayah",
        ),
        (
            "Juru bicara BMKG Siti Rahma Wulan menjelaskan.",
            "BMKG Siti Rahma Wulan",
            "ORG",
            "BMKG",
            "Siti Rahma Wulan",
        ),
    ],
)
def test_institution_and_name_are_split(
    text: str, tagged: str, kind: str, acronym: str, person: str
) -> None:
    got = [(s, k) for s, k, _ in resolve(text, [(tagged, kind)])]
    assert (acronym, "ORG") in got and (person, "PER") in got


def test_institution_before_a_place_is_no_person() -> None:
    got = [
        (s, k)
        for s, k, _ in resolve(
            "Pasukan tiba di pos TNI Distrik Mbua.", [("TNI Distrik Mbua", "LOC")]
        )
    ]
    assert not any(k == "PER" for _s, k in got)
    assert ("TNI", "ORG") in got and ("Distrik Mbua", "LOC") in got


# -- 3. coordinations -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tagged", "sides"),
    [
        (
            "PT Bumi Lestari Tbk dan Vietnam meneken kontrak.",
            "PT Bumi Lestari Tbk dan Vietnam",
            ["PT Bumi Lestari Tbk", "Vietnam"],
        ),
        (
            "PT Sarana Tirta dan Oceanic Shipping Corporation bermitra.",
            "PT Sarana Tirta dan Oceanic Shipping Corporation",
            ["PT Sarana Tirta", "Oceanic Shipping Corporation"],
        ),
        (
            "Kedutaan Besar Jepang dan Kanada menutup layanan.",
            "Kedutaan Besar Jepang dan Kanada",
            ["Kedutaan Besar Jepang", "Kanada"],
        ),
    ],
)
def test_coordinated_names_are_split(text: str, tagged: str, sides: list[str]) -> None:
    surfaces = [s for s, _k, _ in resolve(text, [(tagged, "ORG")])]
    assert tagged not in surfaces
    assert all(side in surfaces for side in sides)


@pytest.mark.parametrize(
    "name",
    [
        "Kementerian Kelautan dan Perikanan",
        "Badan Meteorologi, Klimatologi, dan Geofisika",
        "Kementerian Agraria dan Tata Ruang",
    ],
)
def test_names_holding_dan_stay_whole(name: str) -> None:
    text = f"Menurut {name}, cuaca membaik."
    assert name in [s for s, _k, _ in resolve(text, [(name, "ORG")])]


# -- 4. a verb never ends a name --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tagged", "name"),
    [
        (
            "Kementerian Luar Negeri Korea Selatan mengecam Vietnam.",
            "Kementerian Luar Negeri Korea Selatan mengecam Vietnam",
            "Kementerian Luar Negeri Korea Selatan",
        ),
        (
            "Universitas Padjadjaran menerima Budi.",
            "Universitas Padjadjaran menerima Budi",
            "Universitas Padjadjaran",
        ),
        (
            "Dinas Sosial Kota Medan ditegur Ombudsman.",
            "Dinas Sosial Kota Medan ditegur Ombudsman",
            "Dinas Sosial Kota Medan",
        ),
    ],
)
def test_name_stops_before_the_verb(text: str, tagged: str, name: str) -> None:
    got = resolve(text, [(tagged, "ORG")])
    assert got[0][:2] == (name, "ORG")


def test_preposition_inside_a_name_is_kept() -> None:
    name = "Undang-Undang tentang Cipta Kerja"
    got = resolve(f"Menurut {name} itu, izin dipangkas.", [(name, "ORG")])
    assert got[0][0] == name


# -- 5. known institution acronyms ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tiga prajurit TNI terluka dalam kontak senjata.",
        "Massa menyerang pos TNI di perbatasan.",
        "Ratusan personel TNI dikerahkan ke lokasi.",
    ],
)
def test_tni_after_a_common_noun_is_the_organisation(text: str) -> None:
    assert ("TNI", "ORG", "TNI") in resolve(text, [])


@pytest.mark.parametrize(
    ("text", "tagged", "person"),
    [
        ("Laksda TNI Hendra Wijaya meninjau kapal.", ("TNI Hendra Wijaya", "ORG"), "Hendra Wijaya"),
        ("Kolonel TNI Gatot Santoso tiba.", ("Gatot Santoso", "PER"), "Gatot Santoso"),
    ],
)
def test_rank_corps_name_keeps_the_person(text: str, tagged: tuple[str, str], person: str) -> None:
    """The person is the name only; the corps never joins it."""
    got = [(s, k) for s, k, _ in resolve(text, [tagged])]
    assert (person, "PER") in got
    assert not any(k == "PER" and "TNI" in s for s, k in got)


def test_acronym_glued_to_a_name_is_the_organisation() -> None:
    got = [
        (s, k)
        for s, k, _ in resolve("Laksda TNI Joko Prasetyo tiba.", [("TNI Joko Prasetyo", "ORG")])
    ]
    assert ("TNI", "ORG") in got and ("Joko Prasetyo", "PER") in got


def test_acronym_inside_a_bigger_name_stays_inside() -> None:
    """ "DPR RI" and "Komisi III DPR" are names of their own: no ORG "DPR" cut out of them."""
    text = "Anggota Komisi III DPR menemui pimpinan DPR RI kemarin."
    got = [(s, k) for s, k, _ in resolve(text, [("Komisi III DPR", "ORG"), ("DPR RI", "ORG")])]
    assert ("Komisi III DPR", "ORG") in got and ("DPR RI", "ORG") in got
    assert ("DPR", "ORG") not in got


# -- 6. personal names typed as places ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kata Rosmiati kepada wartawan, air naik cepat.", "Rosmiati"),
        ("Menurut Sugiarto, panen gagal.", "Sugiarto"),
        ("Hasnah menjelaskan, warga sudah mengungsi.", "Hasnah"),
    ],
)
def test_unknown_place_that_speaks_is_a_person(text: str, name: str) -> None:
    assert (name, "PER") in [(s, k) for s, k, _ in resolve(text, [(name, "LOC")])]


def test_place_after_a_preposition_before_a_verb_stays_a_place() -> None:
    """ "juara di Sepang mengatakan": the speaker is the subject before the place."""
    text = "Pembalap yang menang di Kalimaya mengatakan, ban aus."
    assert resolve(text, [("Kalimaya", "LOC")])[0][:2] == ("Kalimaya", "LOC")


def test_known_place_that_speaks_stays_a_place() -> None:
    got = resolve("Jepang mengatakan ekspor naik.", [("Jepang", "LOC")])
    assert got[0][:2] == ("Jepang", "LOC")


def test_city_tagged_as_person_is_a_place() -> None:
    got = resolve("Banjir melanda Tasikmalaya sejak pagi.", [("Tasikmalaya", "PER")])
    assert got[0][:2] == ("Tasikmalaya", "LOC")
