"""The line classifier on pages it has never seen: written here, not taken from the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import EXAMPLES, SHARED

from warta.clean import clean_document, repeated_lines
from warta.clean.line_split import split_lines
from warta.clean.lines import classify_lines
from warta.clean.repair import repair_text
from warta.records import Provenance, RawDoc


def _clean(text: str, url: str | None = None) -> object:
    return clean_document(RawDoc(Provenance("t.txt", url=url), text, url=url))


def _labels(text: str) -> dict[str, str]:
    return {x.line.text: x.label for x in classify_lines(split_lines(text))}


DETIK_LIKE = """detikNews
Selasa, 19 Nov 2024 14:05 WIB
Bagikan
Komentar

Polisi Tangkap Dua Pelaku Pencurian Kabel di Stasiun Manggarai

Ilustrasi penangkapan. (Foto: Getty Images/iStockphoto)

Jakarta - Polisi menangkap dua pria yang diduga mencuri kabel sinyal di sekitar Stasiun Manggarai, Jakarta Selatan, pada Senin (18/11) malam.

"Keduanya kami amankan saat membawa gulungan kabel sepanjang 30 meter," kata Kapolsek Tebet Kompol Budi Santoso kepada wartawan.

Baca juga:
Kereta Tertahan 40 Menit di Manggarai Akibat Gangguan Sinyal

Budi menyebut kerugian PT KAI ditaksir mencapai Rp 120 juta.

Halaman 1 dari 2
Tag: pencurian kabel manggarai
ADVERTISEMENT
"""


def test_unseen_page_chrome_is_removed() -> None:
    labels = _labels(DETIK_LIKE)
    assert labels["Polisi Tangkap Dua Pelaku Pencurian Kabel di Stasiun Manggarai"] == "title"
    assert labels["Bagikan"] == labels["Komentar"] == "navigation"
    assert labels["Ilustrasi penangkapan. (Foto: Getty Images/iStockphoto)"] == "caption"
    assert labels["Baca juga:"] == "related"
    assert labels["Halaman 1 dari 2"] == "pagination"
    assert labels["Budi menyebut kerugian PT KAI ditaksir mencapai Rp 120 juta."] == "body"
    art = _clean(DETIK_LIKE)
    assert art.published.iso == "2024-11-19"  # type: ignore[attr-defined]
    assert art.text.startswith("Polisi menangkap dua pria")  # type: ignore[attr-defined]
    assert "continued" in art.flags  # type: ignore[attr-defined]


def test_header_date_is_page_date_not_publication() -> None:
    page = (
        "Rabu, 20 November 2024\n\nHarga Cabai Turun Jelang Akhir Tahun\n\n"
        "Harga cabai rawit di pasar induk turun menjadi Rp 40.000 per kilogram setelah "
        "pasokan dari Jawa Timur kembali normal.\n"
    )
    art = _clean(page)
    assert art.page_date.iso == "2024-11-20"  # type: ignore[attr-defined]
    assert art.published is None  # type: ignore[attr-defined]
    dated = _clean(page, url="https://contoh.id/read/2024/11/18/harga-cabai")
    assert dated.published.iso == "2024-11-18"  # type: ignore[attr-defined]
    assert dated.published_evidence.startswith("url")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "between",
    ["Senin, 18 Nov 2024 09:30 WIB", "18/11/2024, 09:30 WIB", "Senin 18 November 2024 | 09:30"],
)
def test_a_header_clock_above_the_title_loses_to_the_date_below_it(between: str) -> None:
    """The site's clock ("Rabu, 20 Nov 2024 07:02 WIB") stands above the headline in the
    same shape as the article's own date line below it: the one below dates the article,
    on the page alone and against a URL."""
    page = (
        "Rabu, 20 Nov 2024 07:02 WIB\n\nHarga Cabai Turun Jelang Akhir Tahun\n\n"
        f"Tim Redaksi\n\n{between}\n\n"
        "Harga cabai rawit di pasar induk turun menjadi Rp 40.000 per kilogram setelah "
        "pasokan dari Jawa Timur kembali normal, kata para pedagang di pasar itu.\n"
    )
    for url in (None, "https://contoh.id/read/2024/11/18/harga-cabai"):
        art = _clean(page, url=url)
        assert art.published.iso == "2024-11-18", art.published_evidence  # type: ignore[attr-defined]


def test_hard_wrapped_paragraphs_are_rejoined() -> None:
    page = (
        "Judul Berita Tentang Hujan\n\nHujan deras yang mengguyur kota sejak pagi\n"
        "membuat sejumlah ruas jalan tergenang air setinggi lutut orang dewasa.\n"
    )
    art = _clean(page)
    assert art.text.startswith("Hujan deras yang mengguyur kota sejak pagi membuat")  # type: ignore[attr-defined]


def test_mojibake_repair() -> None:
    fixed, repaired = repair_text("Presiden mengatakan â€œkami siapâ€\x9d.")
    assert repaired and "“kami siap”" in fixed
    assert repair_text("Teks biasa tanpa kerusakan.") == ("Teks biasa tanpa kerusakan.", False)


INDOSUM = SHARED / "data" / "indosum"


@pytest.mark.skipif(not INDOSUM.exists(), reason="IndoSum not in ../shared/data")
def test_indosum_baca_juga_lines_are_removed() -> None:
    from warta_eval.indosum import read_fold

    seen = 0
    for doc in read_fold(INDOSUM / "dev.01.jsonl"):
        if not any(p.lower().startswith("baca juga") for p in doc.paragraphs):
            continue
        art = _clean(doc.text)
        assert "baca juga" not in art.text.lower()  # type: ignore[attr-defined]
        assert any(r.reason == "related" for r in art.removed)  # type: ignore[attr-defined]
        seen += 1
    assert seen >= 10


def test_examples_are_cleaned(tmp_path: Path) -> None:
    from warta.ingest import iter_documents

    docs = [d for d in iter_documents([str(EXAMPLES)]) if isinstance(d, RawDoc)]
    rep = repeated_lines(d.content for d in docs)
    arts = {
        Path(d.source).name + str(d.provenance.line or ""): clean_document(d, repeated=rep)
        for d in docs
    }
    first = arts["01-kabar-pelabuhan.txt"]
    assert first.title == "Pelabuhan Baru di Teluk Sampit Mulai Beroperasi Bulan Depan"
    assert first.published.iso == "2024-03-19" and first.page_date.iso == "2024-03-14"  # type: ignore[union-attr]
    assert first.host_site == "KabarPelabuhan.com" and "Dampak bagi Petani Sawit" in first.text
    assert {r.reason for r in first.removed} >= {"related", "caption", "copyright", "navigation"}
    html = arts["04-opini.html"]
    assert html.title == "Mengapa Harga Beras Naik Menjelang Lebaran"
    assert html.published.iso == "2024-03-28"  # type: ignore[union-attr]
    assert "Beranda" not in html.text and "Hak cipta" not in html.text
    assert arts["03-gempa-sulbar.txt"].wire_credits == ("Antara",)


@pytest.mark.parametrize(
    ("line", "label"),
    [
        # captions: a sentence, then its credit in the shapes portals use
        ("Warga antre di depan kios pupuk, Rabu. Foto: Rina Kusuma/Warta.com", "caption"),
        ("Petugas memilah sampah di depo, Sleman. - Harian Kita/Bagus Santoso", "caption"),
        ("ANTRE: Pedagang menata lapak darurat di pasar. (Suparno/Radar Kota)", "caption"),
        ("Pengemudi berunjuk rasa di depan kantor gubernur. [Kabar.com/Dian Puspita]", "caption"),
        # who posted, without a date
        ("Diposting pada Senin oleh admin_kampung — Kategori: Warga — 2 Komentar", "byline"),
        # AI-summary disclaimers without a "Disclaimer:" head
        ("Ringkasan ini dibuat oleh AI. Isi berita selengkapnya ada di bawah.", "ai-summary"),
        ("Rangkuman ini dihasilkan otomatis dengan bantuan AI dan ditinjau redaksi.", "ai-summary"),
    ],
)
def test_chrome_line_shapes(line: str, label: str) -> None:
    page = (
        "Judul Berita Tentang Harga Pangan di Pasar Induk\n\n"
        f"{line}\n\n"
        "Harga beras di pasar induk naik dua persen dalam sepekan terakhir karena pasokan "
        "dari daerah sentra berkurang, kata para pedagang.\n"
    )
    assert _labels(page)[line] == label


def test_writer_and_editor_over_the_date_are_a_byline_not_the_title() -> None:
    page = (
        "Ojek Daring Berunjuk Rasa Tuntut Potongan Aplikasi Turun\n\n"
        "Dewi Lestari | Agus Salim\nSelasa, 12 November 2024 | 14:05 WIB\n\n"
        "Ratusan pengemudi ojek daring berunjuk rasa di depan kantor gubernur, menuntut "
        "potongan aplikasi diturunkan menjadi sepuluh persen.\n"
    )
    assert _labels(page)["Dewi Lestari | Agus Salim"] == "byline"
    assert _clean(page).title.startswith("Ojek Daring")  # type: ignore[attr-defined]


def test_a_url_month_takes_its_day_from_the_pages_date_line() -> None:
    page = (
        "Kabar Kampung\n\nSabtu, 17 Agustus 2024\n\nLomba Tujuh Belasan di Lapangan RW\n\n"
        "Warga berkumpul di lapangan sejak pagi untuk mengikuti lomba balap karung dan "
        "panjat pinang yang digelar setiap tahun.\n"
    )
    art = _clean(page, url="https://kabarkampung.blogspot.com/2024/08/lomba.html")
    assert art.published.iso == "2024-08-17"  # type: ignore[attr-defined]
    other = _clean(page, url="https://kabarkampung.blogspot.com/2024/09/lomba.html")
    assert other.published.iso == "2024-09"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("lead", "dateline", "first"),
    [
        ("WARTAKITA.CO.ID - JAKARTA, 19 November 2024. Harga emas turun.", "2024-11-19", "Harga"),
        ("Kabarkota.com, SLEMAN—Pemerintah kabupaten menutup depo.", None, "Pemerintah"),
    ],
)
def test_lead_datelines_with_a_site_prefix_or_a_glued_dash(
    lead: str, dateline: str | None, first: str
) -> None:
    page = f"Judul Berita Tentang Harga Emas di Pasar\n\n{lead} Para pedagang menunggu.\n"
    art = _clean(page)
    assert art.text.startswith(first)  # type: ignore[attr-defined]
    published = art.published.iso if art.published else None  # type: ignore[attr-defined]
    assert published == dateline


def test_a_sites_most_read_box_is_related_but_a_subheading_stays() -> None:
    page = (
        "Judul Berita Tentang Harga Emas di Pasar\n\n"
        "Harga emas di pasar induk turun dua persen dalam sepekan karena dolar menguat, "
        "kata para pedagang di pasar itu.\n\nKondisi Terkini\n\n"
        "Pedagang menunggu harga stabil sebelum menambah stok untuk akhir tahun ini.\n\n"
        "Warta Kota Terpopuler:\nJalan Utama Ditutup Saat Hari Bebas Kendaraan\n"
        "Wali Kota Tinjau Harga Sembako Jelang Natal\n"
    )
    labels = _labels(page)
    assert labels["Jalan Utama Ditutup Saat Hari Bebas Kendaraan"] == "related"
    assert labels["Kondisi Terkini"] != "related"


@pytest.mark.parametrize(
    "note",
    [
        'Baca artikel Warta Kita "Harga Emas Turun Lagi" selengkapnya di sini.',
        "Kamu Sudah Baca Berita Ini?",
        "Mohon Maaf, Komentar tidak tersedia.",
        "Suka Memuat...",
        "[Gambas:Video Warta]",
        "Disclaimer: KabarKita99 adalah agregator berita. Isi berita tanggung jawab sumbernya.",
    ],
)
def test_notes_to_the_reader_under_the_article_leave_the_body(note: str) -> None:
    page = (
        "Judul Berita Tentang Harga Emas di Pasar\n\n"
        "Harga emas di pasar induk turun dua persen dalam sepekan karena dolar menguat, "
        f"kata para pedagang di pasar itu.\n\n{note}\n"
    )
    assert note not in _clean(page).text  # type: ignore[attr-defined]
