"""Quote shapes missed or misattributed on the third blind set (issue 17), one invented
example per class: verb-first cues of writing and telling (tulis, cuit, kisah); verbs of
writing, announcing, confirming and forecasting; a recommendation; a place or a channel
between the subject and its verb; an adverb after an appositive; a clause after an
assurance, a reply or an announcement; an age after a name (the name a person whatever
the tagger says, the sentence's subject for "-nya"); a name and age after an office; a
body's acronym after an office before its holder; a priest's title and order; a former
worker and an unnamed official described; a parenthetical "lanjut dia"; a sentence-initial
participle that does not take over from the paragraph's subject; an office of a country
the article names no holder of."""

from __future__ import annotations

import pytest

from warta.nlp.quotes.extract import extract_quotes
from warta.nlp.quotes.narration import _aged_names
from warta.nlp.quotes.speakers import parse_after, parse_subject
from warta.records import Mention


def _said(text: str) -> list[tuple[str | None, str | None, str]]:
    """(speaker, cue, first three words) of each quote of ``text``."""
    return [(q.speaker, q.cue, " ".join(q.text.split()[:3])) for q in extract_quotes(text)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('"Latihan hari ini berat sekali," tulis Ratih Kusuma di akun Instagram-nya.', "tulis"),
        ('"Latihan hari ini berat sekali," cuit Ratih Kusuma lewat akun X miliknya.', "cuit"),
        ('Ratih Kusuma tiba di posko.\n\n"Air datang tengah malam," kisahnya.', "kisahnya"),
    ],
)
def test_verb_first_cues_of_writing_and_telling(text: str, cue: str) -> None:
    assert _said(text)[-1][:2] == ("Ratih Kusuma", cue)


@pytest.mark.parametrize(
    ("sentence", "cue", "start"),
    [
        (
            "Wakil Ketua DPRD Agus Salim menulis di akun Facebook miliknya bahwa anggaran "
            "bantuan sosial belum cair.",
            "menulis",
            "anggaran bantuan sosial",
        ),
        (
            "Rektor Agus Salim mengumumkan seluruh dosen wajib mengajar di kampus cabang.",
            "mengumumkan",
            "seluruh dosen wajib",
        ),
        (
            "Kapolres Agus Salim membenarkan bahwa dua pelaku sudah diserahkan ke kejaksaan.",
            "membenarkan",
            "dua pelaku sudah",
        ),
        (
            "Bank Sentral Nusa memproyeksikan inflasi tahun depan berada di bawah tiga persen.",
            "memproyeksikan",
            "inflasi tahun depan",
        ),
        (
            "Badan Geologi merekomendasikan warga, petani, dan wisatawan tidak mendekati kawah.",
            "merekomendasikan",
            "warga, petani, dan",
        ),
        (
            "Aktivis Agus Salim mendesak Badan Pengawas Obat menarik sirup itu dari pasar.",
            "mendesak",
            "Badan Pengawas Obat",
        ),
    ],
)
def test_writing_announcing_confirming_forecasting(sentence: str, cue: str, start: str) -> None:
    quotes = extract_quotes(sentence)
    assert [(q.cue, " ".join(q.text.split()[:3])) for q in quotes] == [(cue, start)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rektor Agus Salim mengumumkan pemenang lomba debat di aula kampus.",
        "Penulis Agus Salim menulis buku tentang sejarah pelabuhan itu.",
        "Kapolres Agus Salim membenarkan posisi duduknya sebelum rapat dimulai.",
    ],
)
def test_noun_objects_of_the_new_weak_verbs_are_no_quotes(sentence: str) -> None:
    assert extract_quotes(sentence) == ()


@pytest.mark.parametrize(
    ("sentence", "cue", "start"),
    [
        # A clause after an assurance: passive verb, or "tetap"; after a reply: a copula.
        (
            "Kepala dinas itu, Agus Salim, memastikan seluruh ongkos pengobatan warga "
            "ditanggung pemerintah kota.",
            "memastikan",
            "seluruh ongkos pengobatan",
        ),
        (
            "Pemerintah Kota Lestari memastikan pembangunan pasar induk tetap berjalan.",
            "memastikan",
            "pembangunan pasar induk",
        ),
        (
            "Terdakwa Agus Salim menjawab mobil tersebut merupakan hasil penjualan tanah.",
            "menjawab",
            "mobil tersebut merupakan",
        ),
        (
            "Atlet Agus Salim berjanji kembali ke lapangan lebih cepat dari perkiraan.",
            "berjanji",
            "kembali ke lapangan",
        ),
    ],
)
def test_clauses_after_weak_verbs(sentence: str, cue: str, start: str) -> None:
    quotes = extract_quotes(sentence)
    assert [(q.cue, " ".join(q.text.split()[:3])) for q in quotes] == [(cue, start)]


def test_adverb_after_an_appositive_and_people_at_a_place() -> None:
    assert parse_subject("Kuasa hukum Budi, Clara Santoso, justru ").name == "Clara Santoso"
    who = parse_subject("Para nelayan di Kecamatan Pantai Indah, Kabupaten Lestari, ")
    assert who is not None and who.name == "Para nelayan"


def test_channel_between_subject_and_verb() -> None:
    text = "Komunitas Hijau dalam siaran persnya menyebutkan, sepanjang bulan ini relawan " + (
        "menanam 500 pohon."
    )
    assert _said(text) == [("Komunitas Hijau", "menyebutkan", "sepanjang bulan ini")]
    assert parse_subject("Dewi Lestari, melalui siaran pers ").name == "Dewi Lestari"


def test_age_after_a_name_makes_the_subject_for_nya() -> None:
    text = (
        '"Harga pupuk naik lagi," kata Ketua Koperasi Tani Makmur, Budi Santoso.\n\n'
        "Seorang petani di desa itu, Sarmin (61), mengaku gagal panen dua kali. "
        '"Sawah saya terendam sejak pekan lalu," katanya.'
    )
    assert [s for s, _, _ in _said(text)] == ["Budi Santoso", "Sarmin", "Sarmin"]


def test_aged_names() -> None:
    assert _aged_names("Warga, Sarmin (61), meminta ...") == [(7, ["Sarmin"])]
    assert _aged_names("gempa (7) terjadi") == []


def test_name_and_age_after_an_office_is_its_holder() -> None:
    who, _ = parse_after(" Ketua Kelompok Tani Sumber Rezeki, Sarmin (61), Kamis.")
    assert who is not None and who.name == "Sarmin"
    who, _ = parse_after(" seorang pengunjung, Dewi Lestari (29), di lokasi.")
    assert who is not None and who.name == "Dewi Lestari"


def test_body_acronym_after_an_office_before_its_holder() -> None:
    who, _ = parse_after(
        " Ketua Umum Asosiasi Perajin dan Pedagang Batik Nusantara (APPBN), Dewi Lestari, "
        "menanggapi rencana itu."
    )
    assert who is not None and (who.name, who.role) == (
        "Dewi Lestari",
        "Ketua Umum Asosiasi Perajin dan Pedagang Batik Nusantara",
    )


def test_priest_title_and_order() -> None:
    who = parse_subject("Pastor Paroki Santa Maria Lestari, Romo Antonius Sabu, SVD, ")
    assert who is not None and who.name == "Antonius Sabu"
    text = "Sekretaris yayasan, Dr. Hj. Siti Aminah, menuturkan program itu sudah berjalan lama."
    assert _said(text)[0][0] == "Siti Aminah"


def test_former_worker_and_unnamed_official_described() -> None:
    text = (
        "Seorang mantan pekerja pabrik yang minta namanya dirahasiakan mengaku cuma menerima "
        "pesangon separuh."
    )
    assert _said(text)[0][0] == "Seorang mantan pekerja pabrik"
    text = "Rapat akan dilanjutkan pekan depan, menurut seorang pejabat kementerian yang hadir."
    assert _said(text)[0][0] == "seorang pejabat kementerian"


def test_parenthetical_lanjut_dia() -> None:
    text = (
        "Ketua forum warga, Budi Santoso, mengatakan pihaknya sudah bersurat ke bupati. "
        "Forum itu, lanjut dia, meminta jadwal pertemuan segera."
    )
    assert _said(text)[-1][:2] == ("Budi Santoso", "lanjut")


def test_participle_at_a_sentence_start_does_not_take_over() -> None:
    text = (
        '"Panen tahun ini bagus," kata Dewi Lestari.\n\n'
        "Pemilik kebun itu, Budi Santoso, adalah petani kopi generasi ketiga. Ditemui "
        'seusai panen, pria itu tersenyum. "Besok saya jual ke koperasi," ujarnya.'
    )
    assert _said(text)[-1][0] == "Budi Santoso"


def test_office_of_a_country_with_no_holder_named() -> None:
    text = (
        "Wali kota Lestari, Dewi Santoso, menyebut banyak rumah rusak. "
        '"Kami butuh tenda," katanya.\n\n'
        "Presiden Kolombia menyatakan status siaga untuk dua provinsi selama 30 hari."
    )
    assert _said(text)[-1][0] == "Presiden Kolombia"


def test_office_with_its_holder_named_before_points_back() -> None:
    text = (
        "Gubernur Dewi Santoso meninjau banjir. Kepala Dinas Sosial Jawa Tengah, Budi "
        'Hartono, menyebut bantuan sudah dikirim. "Beras cukup," katanya.\n\n'
        "Kepala Dinas Sosial Jawa Tengah menyatakan posko akan dibuka hingga pekan depan."
    )
    assert _said(text)[-1][0] == "Budi Hartono"


def test_group_that_spoke_is_mereka() -> None:
    text = (
        "Para nelayan di Pantai Lestari mengeluhkan harga solar yang terus naik. Mereka "
        "meminta pemerintah segera menambah kuota solar bersubsidi."
    )
    assert [s for s, _, _ in _said(text)] == ["Para nelayan", "Para nelayan"]
    text = "Harga solar terus naik. Mereka meminta pemerintah segera menambah kuota solar."
    assert extract_quotes(text) == ()


def test_role_described_again_and_its_nickname() -> None:
    text = (
        'Bupati Budi Santoso memaparkan kebijakannya. "Camat harus turun ke desa,"'
        ' kata Budi.\n\n"Laporan di atas kertas selalu bagus," ujar bupati yang biasa dipanggil '
        "Pak Ben itu.\n\nMenurut Pak Ben, setiap camat wajib melapor tiap pekan ke kabupaten."
    )
    assert {s for s, _, _ in _said(text)} == {"Budi Santoso"}


def test_noun_object_and_its_relative_clause_is_no_clause() -> None:
    text = "Perusahaan Lestari mengumumkan pembentukan usaha patungan yang akan membangun pabrik."
    assert extract_quotes(text) == ()


def test_english_title_is_no_name_to_expand_a_body_into() -> None:
    text = (
        "Head of Public Relations TokoRaya, Dewi Lestari, menyebut penjualan naik.\n\n"
        "TokoRaya juga membantah kabar bahwa gudang di Bekasi akan ditutup."
    )
    assert _said(text)[-1][0] == "TokoRaya"


def _mention(text: str, name: str, kind: str) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, kind, name)  # type: ignore[arg-type]


@pytest.mark.parametrize("described", ["klub asal Tangerang itu", "tim tamu tersebut"])
def test_a_described_club_speaks_for_the_club_last_named(described: str) -> None:
    """ "cuit klub asal X itu" points back to the club named before, never to the coach
    who spoke last (a club is a body, like "kementerian itu")."""
    text = (
        "Pelatih Arema FC Budi Santoso memuji pemainnya. \"Mereka bekerja keras,\" kata Budi.\n\n"
        "Lewat akun resminya, Arema FC mengunggah foto para pemain. "
        f'"Satu poin berharga dari Jakarta!" cuit {described}.'
    )
    mentions = [_mention(text, "Budi Santoso", "PER")]
    second = text.index("Arema FC", text.index("Lewat"))
    first = text.index("Arema FC")
    mentions += [
        Mention(first, first + 8, "Arema FC", "ORG", "Arema FC"),
        Mention(second, second + 8, "Arema FC", "ORG", "Arema FC"),
    ]
    quotes = extract_quotes(text, sorted(mentions, key=lambda m: m.start))
    assert [q.speaker for q in quotes] == ["Budi Santoso", "Arema FC"]
