"""FE18: classes of blind18's errors - a Minangkabau chief's customary title written "Dt."
after his name and "Datuak" alone, a second name declared by a capitalised people, a
territory's name after its head or its office taken for a person, a facility's town
after its acronym taken for a person, and government bodies named with the region they
serve (invented sentences; no seed or gold text)."""

from __future__ import annotations

import pytest
from tests.nlp.entities.resolved import entity_of, references

# -- a Minangkabau chief: "<Given> Dt. <Title name>", then "Datuak <Title name>" ----------------


def test_customary_title_alone_is_the_chief_named_with_it() -> None:
    text = (
        "Ketua adat Nagari Koto Tuo, Syafrizal Dt. Bagindo Sati, menolak rencana tambang. "
        '"Ulayat tidak untuk dijual," ujar Datuak Bagindo Sati kepada wartawan.'
    )
    chief = entity_of(text, "Syafrizal Dt. Bagindo Sati")
    assert chief is not None and chief[1] == "PER"
    assert entity_of(text, "Datuak Bagindo Sati") == chief


# -- a second name declared "yang di kalangan <People> dikenal dengan nama <Name>" ---------------


def test_name_known_among_a_people_is_the_same_person() -> None:
    text = (
        "Pemilik toko emas, Budi Santoso (58), yang di kalangan pedagang Tionghoa lebih "
        "dikenal dengan nama Tan Kok Liang, membuka tokonya lebih pagi. Menurut Budi, "
        "pembeli datang sejak subuh."
    )
    person = entity_of(text, "Budi Santoso")
    assert person is not None and entity_of(text, "Tan Kok Liang") == person


# -- a territory's name after its head, or after its office and before its holder -----------------


def test_name_after_a_territory_head_is_no_speaker() -> None:
    text = "Rohani (44), warga Kelurahan Teluk Dalam Raya, mengaku belum menerima bantuan."
    assert all(not (t == "PER" and "Teluk Dalam Raya" in n) for n, t, _ms in references(text))


def test_office_over_a_territory_before_its_holder_names_the_territory() -> None:
    text = (
        "Banjir merendam tiga desa di Kecamatan Sukasari. Camat Sukasari, Dedi Kurniawan, "
        "menyebut dua ratus warga mengungsi ke masjid."
    )
    refs = references(text)
    assert all(not (t == "PER" and n == "Sukasari") for n, t, _ms in refs), refs
    assert entity_of(text, "Dedi Kurniawan") == ("Dedi Kurniawan", "PER")


def test_town_after_a_declared_facility_acronym_is_no_person() -> None:
    text = (
        "Rumah Sakit Umum Daerah (RSUD) Kalabahi menambah ruang isolasi. Direktur RSUD "
        "Kalabahi, dr. Yulius Manu, menyebut stok obat cukup."
    )
    refs = references(text)
    assert all(not (t == "PER" and "Kalabahi" in n) for n, t, _ms in refs), refs
    # the short form is the hospital named whole before it (a regional hospital by name)
    assert entity_of(text, "RSUD Kalabahi") == ("Rumah Sakit Umum Daerah Kalabahi", "ORG")


# -- government bodies named with the region they serve ----------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Dinas Kesehatan Kota Tegal mencatat tiga puluh kasus baru.",
         "Dinas Kesehatan Kota Tegal"),
        ("Warga melapor ke Kejaksaan Negeri Kabupaten Sikka pada pagi hari.",
         "Kejaksaan Negeri Kabupaten Sikka"),
        ("Lomba itu diikuti SMA Negeri 2 Kudus tahun ini.", "SMA Negeri 2 Kudus"),
    ],
)
def test_body_named_with_its_region_is_one_organisation(text: str, body: str) -> None:
    assert entity_of(text, body) == (body, "ORG")


def test_body_with_its_region_and_its_declared_short_form() -> None:
    text = (
        "Kepolisian Resor Muara Enim (Polres Muara Enim) menahan dua pemuda. Penyidik "
        "Polres Muara Enim masih memeriksa saksi."
    )
    body = entity_of(text, "Kepolisian Resor Muara Enim")
    assert body is not None and body[1] == "ORG"
    assert entity_of(text, "Polres Muara Enim") == body


def test_region_written_short_is_the_same_body() -> None:
    text = (
        "Badan Penanggulangan Bencana Daerah Sumatera Barat mengirim enam perahu karet. "
        "Kepala BPBD Sumbar meminta warga menjauhi sungai."
    )
    body = entity_of(text, "Badan Penanggulangan Bencana Daerah Sumatera Barat")
    assert body is not None and entity_of(text, "BPBD Sumbar") == body


def test_two_governments_joined_by_dan_stay_two() -> None:
    text = "Pemerintah Kabupaten Sleman dan Pemerintah Kabupaten Bantul sepakat berbagi air."
    names = {n for n, t, _ms in references(text) if t == "ORG"}
    assert {"Pemerintah Kabupaten Sleman", "Pemerintah Kabupaten Bantul"} <= names, names


def test_national_body_without_a_region_is_left_to_the_tagger() -> None:
    text = "Warga masih menyebut Badan Kependudukan dan Keluarga Berencana Nasional dengan akronimnya."
    assert all("Nasional" not in n or t == "ORG" for n, t, _ms in references(text))
