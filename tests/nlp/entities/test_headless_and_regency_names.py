"""A place or party written with and without its head noun in one article is one entity
("Kecamatan <Name>" ... "<Name>": named without the rank; "Stadion <Name>", "Sungai
<Name>", "Partai <Name>" ... "<Name>": named with the head), and a bare regional name in
an article about the regency "Kabupaten <Name>" is that regency, not the city (issue 17,
blind3-blind7 classes; invented sentences)."""

from __future__ import annotations

import pytest
from tests.nlp.entities.resolved import resolve

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions


def _entities(text: str, tagged: list[tuple[str, str]]) -> dict[str, tuple[str, str | None]]:
    return {surface: (t, entity) for surface, t, entity in resolve(text, tagged)}


@pytest.mark.parametrize(
    ("text", "headed", "bare", "name"),
    [
        (
            "Longsor menimbun jalan di Kecamatan Tanjungsari. Warga Tanjungsari "
            "bergotong royong membersihkan material.",
            "Kecamatan Tanjungsari",
            "Tanjungsari",
            "Tanjungsari",
        ),
        (
            "Air bersih belum mengalir ke Desa Karangrejo. Menurut kepala dusun, "
            "sumur warga Karangrejo mengering.",
            "Desa Karangrejo",
            "Karangrejo",
            "Karangrejo",
        ),
        (
            "Bentrok terjadi di Distrik Wanggar, Senin. Aparat menambah personel di "
            "Wanggar hingga situasi pulih.",
            "Distrik Wanggar",
            "Wanggar",
            "Wanggar",
        ),
        (
            "Laga final digelar di Stadion Cendrawasih Jaya. Rumput Cendrawasih Jaya "
            "diganti sepekan sebelumnya.",
            "Stadion Cendrawasih Jaya",
            "Cendrawasih Jaya",
            "Stadion Cendrawasih Jaya",
        ),
        (
            "Debit Sungai Cimandiri naik sejak pagi. Luapan Cimandiri merendam sawah.",
            "Sungai Cimandiri",
            "Cimandiri",
            "Sungai Cimandiri",
        ),
        (
            "Partai Nusantara Raya menggelar musyawarah. Kader Nusantara Raya memilih ketua baru.",
            "Partai Nusantara Raya",
            "Nusantara Raya",
            "Partai Nusantara Raya",
        ),
    ],
)
def test_a_name_with_and_without_its_head_is_one(
    text: str, headed: str, bare: str, name: str
) -> None:
    out = _entities(text, [(headed, "LOC"), (bare, "ORG")])
    assert out[headed][1] == out[bare][1] == name
    assert out[bare][0] == out[headed][0]


def test_two_heads_before_one_name_are_left_apart() -> None:
    text = "Desa Sukasari dan Pantai Sukasari ramai. Sukasari menjadi tujuan wisata."
    out = _entities(
        text, [("Desa Sukasari", "LOC"), ("Pantai Sukasari", "LOC"), ("Sukasari", "LOC")]
    )
    assert out["Sukasari"][1] == "Sukasari"
    assert out["Pantai Sukasari"][1] == "Pantai Sukasari"


def test_a_person_is_not_joined_to_the_stadium_named_after_him() -> None:
    text = "Stadion Wiryo Prakoso direnovasi. Wiryo Prakoso adalah pahlawan daerah itu."
    out = _entities(text, [("Stadion Wiryo Prakoso", "LOC"), ("Wiryo Prakoso", "PER")])
    assert out["Wiryo Prakoso"] == ("PER", "Wiryo Prakoso")


def _places(text: str) -> dict[str, str]:
    mentions, _refs = resolve_article(text, find_mentions(text))
    return {m.text: m.entity for m in mentions if m.type == "LOC"}


@pytest.mark.parametrize("regency", ["Probolinggo", "Bogor", "Blitar", "Sukabumi"])
def test_a_bare_name_in_a_regency_story_is_the_regency(regency: str) -> None:
    text = (
        f"Ratusan rumah di Kabupaten {regency} terendam. Bupati {regency} meminta warga "
        f"mengungsi. Jalan utama di {regency} ditutup sementara."
    )
    assert _places(text)[regency] == f"Kabupaten {regency}"


def test_a_bare_name_stays_the_city_where_the_city_is_named_too() -> None:
    text = (
        "Banjir melanda Kabupaten Bogor dan Kota Bogor. Wali Kota Bogor menyiagakan "
        "petugas di pusat Bogor."
    )
    assert _places(text)["Bogor"] == "Kota Bogor"


def test_a_city_dateline_keeps_the_bare_name_the_city() -> None:
    text = (
        "CIREBON - Dinas pendidikan menambah kelas di Kabupaten Cirebon. Sekolah di "
        "Cirebon mulai menerima murid."
    )
    assert _places(text)["Cirebon"] == "Kota Cirebon"


@pytest.mark.parametrize(
    ("text", "full", "bare"),
    [
        (
            "Persikam Bontang menang 2-0. Pelatih Persikam memuji lini belakang.",
            "Persikam Bontang",
            "Persikam",
        ),
        (
            "Gol tunggal membawa Dharma Muda FC ke final. Kapten Dharma Muda mengangkat trofi.",
            "Dharma Muda FC",
            "Dharma Muda",
        ),
        (
            "Polres Pekalongan menahan dua pelaku. Menurut Polres, barang bukti disita.",
            "Polres Pekalongan",
            "Polres",
        ),
    ],
)
def test_an_organisation_with_and_without_its_town(text: str, full: str, bare: str) -> None:
    out = _entities(text, [(full, "LOC"), (bare, "ORG")])
    assert out[full] == out[bare] == ("ORG", full)


def test_a_bare_name_two_towns_qualify_is_left_alone() -> None:
    text = "Polres Pekalongan dan Polres Pemalang berjaga. Polres menutup jalan."
    out = _entities(
        text, [("Polres Pekalongan", "ORG"), ("Polres Pemalang", "ORG"), ("Polres", "ORG")]
    )
    assert out["Polres"] == ("ORG", "Polres")


def test_a_body_qualified_by_a_country_is_another_body() -> None:
    text = (
        "Badan Cuaca Nasional memberi peringatan. Badan Cuaca Nasional Peru belum "
        "mengeluarkan peringatan serupa."
    )
    out = _entities(text, [("Badan Cuaca Nasional", "ORG"), ("Badan Cuaca Nasional Peru", "ORG")])
    assert out["Badan Cuaca Nasional"] == ("ORG", "Badan Cuaca Nasional")
