"""FE16: classes of blind16's and blind17's errors - hereditary titles written as
initials, royal epithets used alone, Sasak and priestly call names, a nickname declared
"sejak lama", an office's unit taken for its holder, holders after a long body, schools
and royal houses as bodies, a place head shared by two names, ranks with their corps, a
one-letter initial, a region's syllable blend (invented sentences; no seed or gold
text)."""

from __future__ import annotations

import pytest
from tests.nlp.entities.resolved import people, resolve, types

# -- hereditary titles written as initials: a person, the title no part of the name ---------


@pytest.mark.parametrize(
    ("text", "tagged", "name"),
    [
        ("Upacara adat dipimpin KRT Harsono Wiryokusumo pagi tadi.",
         "KRT Harsono Wiryokusumo", "Harsono Wiryokusumo"),
        ("Pameran batik dibuka GKR Sekar Kencana di pendapa.", "GKR Sekar Kencana",
         "Sekar Kencana"),
        ("Upacara dipimpin KGPAA Mangku Sasmita VIII pagi tadi.", "KGPAA Mangku Sasmita VIII",
         "Mangku Sasmita VIII"),
        ("Pemilik perusahaan air, AA Gede Rai Sutama, meminta warga berhemat.",
         "AA Gede Rai Sutama", "Gede Rai Sutama"),
    ],
)
def test_title_initials_open_a_persons_name(text: str, tagged: str, name: str) -> None:
    out = resolve(text, [(tagged, "ORG")])
    assert (name, "PER", name) in out, out


def test_title_initials_tagged_apart_are_no_body() -> None:
    out = resolve("Adik raja, KRT Harsono Wiryokusumo, hadir.",
                  [("KRT", "ORG"), ("Harsono Wiryokusumo", "PER")])
    assert [m for m, _t, _e in out] == ["Harsono Wiryokusumo"], out


# -- a royal epithet alone: the ruler the article named last -----------------------------------


def test_royal_epithets_alone_are_the_ruler_named_last() -> None:
    text = ("Sultan Hamid Arta Wisesa VII membuka pameran keris. \"Keris adalah warisan "
            "kita,\" kata Ngarsa Dalem. Adiknya, Pangeran Arya Cakra Wisesa III, menyusul "
            "berbicara. Sri Paduka meminta warga ikut merawat pusaka.")
    found = people(text)
    assert "Ngarsa Dalem" in found.get("Hamid Arta Wisesa VII", ()), found
    assert "Sri Paduka" in found.get("Arya Cakra Wisesa III", ()), found


def test_royal_epithet_without_a_ruler_is_given_to_nobody() -> None:
    text = ("Warga berkumpul di alun-alun sejak pagi. Sri Paduka belum hadir, kata panitia, "
            "Budi Santoso.")
    found = people(text)
    assert "Sri Paduka" not in found.get("Budi Santoso", ()), found


# -- call names: Sasak "Miq", a priest's "Romo" with the end of his given name ----------------


@pytest.mark.parametrize(
    ("text", "full", "call"),
    [
        ("Kapal cepat terbalik di selat. Penumpang, Lalu Wirahadi Sasmita, masih menunggu "
         "kabar istrinya. \"Saya yakin dia selamat,\" ujar Miq Wirahadi.",
         "Lalu Wirahadi Sasmita", "Miq Wirahadi"),
        ("Pastor Paroki Mawar, Romo B. Sukardono Wijaya, SJ, memimpin misa syukur. "
         "\"Kami bersyukur,\" ujar Romo Dono.", "B. Sukardono Wijaya", "Romo Dono"),
        ("Pastor kepala, Romo Y. Sutarjo Hadi, SJ, memberkati rumah warga. \"Rumah ini "
         "untuk semua,\" ujar Romo Tarjo.", "Y. Sutarjo Hadi", "Romo Tarjo"),
    ],
)
def test_call_names_are_their_bearer(text: str, full: str, call: str) -> None:
    found = people(text)
    assert call in found.get(full, ()), found
    assert call not in found, found


def test_nickname_declared_since_long_ago() -> None:
    text = ("Wakil Wali Kota Darmawan Hadi, yang sejak lama dipanggil Bang Dar, memimpin rapat. "
            "\"Kita kerja cepat,\" ujar Bang Dar.")
    found = people(text)
    assert "Bang Dar" in found.get("Darmawan Hadi", ()), found


# -- an office's unit taken for its holder, and holders after a long body --------------------


@pytest.mark.parametrize(
    ("text", "unit", "kind", "holder"),
    [
        ("Longsor menimbun rumah di Desa Karang Sentosa. Kepala Desa Karang Sentosa, Budi "
         "Hartono, mengatakan warga mengungsi.", "Karang Sentosa", "LOC", "Budi Hartono"),
        ("Jaksa menahan Kepala Kampung Sido Lestari, Kecamatan Lembah Hijau, berinisial AB "
         "(40). Warga Sido Lestari resah.", "Sido Lestari", "LOC", None),
    ],
)
def test_an_offices_unit_is_no_person(text: str, unit: str, kind: str, holder: str | None) -> None:
    found = types(text)
    assert not any(unit in n and t == "PER" for n, t in found.items()), found
    assert any(unit in n and t == kind for n, t in found.items()), found
    if holder:
        assert found.get(holder) == "PER", found


def test_a_base_the_tagger_took_for_its_commander_is_a_body() -> None:
    text = ("Dukungan datang dari Lanal Wairoka. Komandan Lanal Wairoka, Kolonel Laut (P) "
            "Rusdi Simanjuntak, mengatakan patroli ditambah.")
    out = resolve(text, [("Lanal Wairoka", "PER"), ("Lanal Wairoka", "PER"),
                         ("Rusdi Simanjuntak", "PER")])
    assert [t for m, t, _e in out if m == "Lanal Wairoka"] == ["ORG", "ORG"], out
    assert ("Rusdi Simanjuntak", "PER", "Rusdi Simanjuntak") in out, out


def test_holder_after_a_branch_of_a_company() -> None:
    text = ("Sementara itu, Kepala PT Asuransi Raya Cabang Jawa Tengah, Dewi Sari Lestari, "
            "memastikan santunan cair. \"Semua ditanggung,\" kata Dewi.")
    assert "Dewi" in people(text).get("Dewi Sari Lestari", ()), people(text)


def test_other_member_of_a_body_in_apposition() -> None:
    text = ("Ketua Komisi II Hasan Basri membuka rapat. Anggota Komisi II lainnya, Melati "
            "Kusumawardani, menyoroti jalan rusak.")
    assert "Melati Kusumawardani" in people(text), people(text)


def test_name_after_a_rank_and_its_corps() -> None:
    text = ("Komandan Kodim setempat Letkol Inf Gilang Pradipta menurunkan 100 prajurit. "
            "Gilang menyebut personel bersiaga.")
    assert "Gilang" in people(text).get("Gilang Pradipta", ()), people(text)


def test_one_letter_initial_declared_is_a_person() -> None:
    text = ("Polisi memburu pemasok berinisial Q yang kabur ke luar negeri. Menurut polisi, "
            "Q sudah lama dicari.")
    assert "Q" in people(text), people(text)


# -- bodies: a school by its acronym, a royal house -------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Siswa yang keracunan berasal dari SD Negeri 3 Sukamaju dan MTs Nurul Falah.",
         "MTs Nurul Falah"),
        ("Tanah milik Keraton Sumber Arum boleh dipakai warga untuk berdagang.",
         "Keraton Sumber Arum"),
    ],
)
def test_schools_and_royal_houses_are_bodies(text: str, name: str) -> None:
    out = resolve(text, [(name, "PER")])
    assert [t for m, t, _e in out if m == name] == ["ORG"], out


# -- places: a head shared by two names, a region's syllable blend ---------------------------


def test_place_head_shared_by_two_coordinated_names() -> None:
    text = "Kepala balai menyebut Waduk Cilembu dan Sukarasa sudah penuh sejak pekan lalu."
    out = resolve(text, [("Sukarasa", "PER")])
    assert [t for m, t, _e in out if m == "Sukarasa"] == ["LOC"], out


def test_syllable_blend_of_a_place_the_article_names() -> None:
    text = "Banjir merendam Jakarta Timur sejak pagi. Warga Jaktim mengungsi ke masjid."
    out = {m: (t, e) for m, t, e in resolve(text, [("Jakarta Timur", "LOC"), ("Jaktim", "PER")])}
    assert out["Jaktim"] == out["Jakarta Timur"], out
