"""Shapes of page furniture many portals share (issue 16, the blind pages' classes of
error): each test is an invented page in that shape, written here, not a labelled page."""

from __future__ import annotations

from tests.clean.pages import clean_page, set_aside

from warta.clean import clean_document
from warta.clean.dates import crawler_date, find_dates, split_crawler_prefix
from warta.clean.line_split import split_lines, unmark
from warta.clean.lines import classify_lines
from warta.clean.metadata import split_dateline
from warta.records import Provenance, RawDoc

LEAD = (
    "Pemerintah kabupaten membuka posko pengaduan bagi warga yang terdampak kenaikan "
    "harga beras di sejumlah pasar tradisional pekan ini."
)
SECOND = (
    "Kepala dinas setempat mengatakan posko akan dibuka setiap hari mulai pukul delapan "
    "pagi hingga pukul empat sore di kantor kecamatan."
)


def _labels(text: str) -> dict[str, str]:
    return {x.line.text: x.label for x in classify_lines(split_lines(text))}


def test_reporter_and_place_by_a_bar_is_a_byline_not_the_title() -> None:
    page = (
        "Home » Daerah\n\nPosko Pengaduan Harga Beras Dibuka di Tiap Kecamatan\n\n"
        f"Laporan Wartawan Contoh Rahmad Hidayat | Lhokseumawe\n\n{LEAD}\n\n{SECOND}\n"
    )
    page_bar = page.replace("Laporan Wartawan Contoh Rahmad", "Laporan Rahmad")
    for text in (page, page_bar):
        art = clean_page(text)
        assert art.title == "Posko Pengaduan Harga Beras Dibuka di Tiap Kecamatan"
        assert art.text.startswith("Pemerintah kabupaten")
    # A headline that merely starts with "Laporan" stays a headline.
    headline = "Laporan Keuangan Daerah Dinilai Wajar"
    assert _labels(f"{headline}\n\n{LEAD}\n")[headline] == "title"


def test_written_by_lines_are_bylines() -> None:
    for line in ("Ditulis oleh Maya Kartika Sari", "Cerita oleh Yudi Hartono • 3 jam lalu"):
        art = clean_page(f"Posko Pengaduan Harga Beras Dibuka\n\n{line}\n\n{LEAD}\n\n{SECOND}\n")
        assert art.title == "Posko Pengaduan Harga Beras Dibuka"
        assert set_aside(art)[line] == "byline"


def test_photo_caption_with_an_f_credit_is_a_caption() -> None:
    caption = (
        "Warga antre di depan posko pengaduan. F. Dokumentasi Humas Pemkab untuk Harian Contoh"
    )
    art = clean_page(f"Posko Pengaduan Harga Beras Dibuka\n\n{caption}\n\n{LEAD}\n\n{SECOND}\n")
    assert art.title == "Posko Pengaduan Harga Beras Dibuka"
    assert set_aside(art)[caption] == "caption"


def test_author_name_bio_and_read_counter_leave_the_body() -> None:
    page = (
        "Blog Warga\n\nCatatan dari Sebuah Posko Pengaduan\n\n"
        "Rina Puspitasari\nPerawat di Lombok Timur, suka menulis tentang kesehatan warga.\n\n"
        "Diperbarui: 3 Maret 2024 08:00\nDiterbitkan: 2 Maret 2024 19:10\nDibaca: 2.410 kali\n\n"
        f"{LEAD}\n\n{SECOND}\n\n"
        "Beri Komentar\nTulis komentar Anda di sini...\n\n"
        "Blog Warga adalah platform blog. Tulisan ini menjadi tanggung jawab penulis dan "
        "tidak mewakili pandangan redaksi.\n"
    )
    art = clean_page(page)
    assert art.title == "Catatan dari Sebuah Posko Pengaduan"
    assert art.published is not None and art.published.iso == "2024-03-02"
    assert art.text.startswith("Pemerintah kabupaten") and art.text.endswith("kantor kecamatan.")
    removed = set_aside(art)
    assert removed["Rina Puspitasari"] == "byline"
    assert removed["Perawat di Lombok Timur, suka menulis tentang kesehatan warga."] == "byline"
    assert removed["Dibaca: 2.410 kali"] == "counter"


def test_name_over_an_editor_line_is_a_byline() -> None:
    page = f"Posko Pengaduan Dibuka\n\n{LEAD}\n\n{SECOND}\n\nAndi Pratama\nEditor: Sinta Dewi\n"
    assert _labels(page)["Andi Pratama"] == "byline"


def test_ai_summary_with_bullets_and_a_short_disclaimer_is_removed() -> None:
    page = (
        "Posko Pengaduan Harga Beras Dibuka\n\n"
        "Poin penting\n• Posko dibuka di tiap kecamatan.\n• Warga bisa melapor setiap hari.\n"
        "Ringkasan dibuat oleh AI. Isi selengkapnya ada pada berita di bawah.\n\n"
        f"{LEAD}\n\n{SECOND}\n"
    )
    art = clean_page(page)
    assert art.text.startswith("Pemerintah kabupaten")
    assert {r.reason for r in art.removed if "Posko dibuka" in r.text} == {"ai-summary"}
    assert set_aside(art)["Poin penting"] == "ai-summary"


def test_chat_forward_bold_headline_and_italic_footer() -> None:
    page = (
        "[02/03 06.40] Bu Lurah: Diteruskan\n\n*Posko Pengaduan Harga Beras Dibuka di Tiap "
        f"Kecamatan*\n\n{LEAD}\n\n{SECOND}\n\n"
        "_Yuk gabung grup warga RW 03 untuk info harga tiap pagi_ 🙏\n"
    )
    art = clean_page(page)
    assert art.title == "Posko Pengaduan Harga Beras Dibuka di Tiap Kecamatan"
    assert art.text.endswith("kantor kecamatan.")


def test_markdown_links_are_unwrapped_and_related_lines_removed() -> None:
    assert unmark("**Baca Juga:** [Harga Gula Naik](https://contoh.id/a)") == (
        "Baca Juga: Harga Gula Naik"
    )
    assert unmark("* [Facebook](https://contoh.id/share)") == "* Facebook"
    assert unmark("![Gambar 1: posko](https://contoh.id/p.jpg)").startswith("![")
    page = (
        f"Posko Pengaduan Dibuka\n\n{LEAD}\n\n"
        "**Baca Juga:** [Harga Gula Pasir Naik Jelang Puasa](https://contoh.id/gula)\n\n"
        f"{SECOND}\n\n**Baca Juga:** [Stok Beras Bulog Aman](https://contoh.id/bulog)\n"
    )
    art = clean_page(page)
    assert "Gula" not in art.text and "Bulog" not in art.text
    assert art.text.endswith("kantor kecamatan.")


def test_follow_our_whatsapp_channel_lines_are_calls_to_action() -> None:
    labels = _labels(
        f"Posko Pengaduan Dibuka\n\n{LEAD}\n\n"
        "Dapatkan berita terkini dari Contoh.id melalui kanal WhatsApp. Klik di sini!\n"
    )
    assert (
        labels["Dapatkan berita terkini dari Contoh.id melalui kanal WhatsApp. Klik di sini!"]
        == "navigation"
    )


def test_related_box_labels_with_a_word_between_and_bare_baca() -> None:
    page = (
        f"Posko Pengaduan Dibuka\n\n{LEAD}\n\nBaca: Harga Cabai di Pasar Induk Turun\n\n"
        f"{SECOND}\n\nArtikel Menarik Lainnya:\nStok Beras Aman Hingga Lebaran\n"
        "Harga Gula Pasir Naik Lagi\n"
    )
    labels = _labels(page)
    assert labels["Baca: Harga Cabai di Pasar Induk Turun"] == "related"
    assert labels["Stok Beras Aman Hingga Lebaran"] == "related"


def test_lead_dateline_beats_the_header_clock_above_the_menu() -> None:
    page = (
        "HARIANCONTOH.ID\nRabu, 6 Maret 2024 07:30 WIB\n"
        "Home Daerah Nasional Ekonomi Olahraga Hukum\n\nDaerah\n\n"
        "Posko Pengaduan Harga Beras Dibuka di Tiap Kecamatan\n\n"
        "HARIANCONTOH.ID - MATARAM, Selasa (5/3/2024) - " + LEAD + f"\n\n{SECOND}\n"
    )
    art = clean_page(page)
    assert art.published is not None and art.published.iso == "2024-03-05"


def test_header_clock_alone_is_not_the_publication_date() -> None:
    body = f"Posko Pengaduan Harga Beras Dibuka\n\nPenulis: Budi Santoso\n\n{LEAD}\n\n{SECOND}\n"
    clock = "Rabu, 6 Maret 2024 | 07:30 WIB"
    header = f"Contoh.id\n{clock}\nBerita Daerah Nasional Ekonomi Olahraga\n\nDaerah\n\n"
    art = clean_page(header + body)
    assert art.published is None  # the page states no publication date: null, not a guess
    # Right over the headline (share buttons aside), the same line dates the article.
    art = clean_page(f"Contoh.id\n\n{clock}\nBagikan\n\n" + body)
    assert art.published is not None and art.published.iso == "2024-03-06"


def test_site_and_clock_around_a_date_is_a_date_line() -> None:
    found = find_dates("Contoh.id | Kamis, 7 Maret 2024 - 11:34 WIB")
    assert found[0].date.iso == "2024-03-07" and found[0].has_time
    assert not find_dates("7 Maret 2024, 10.000 warga")[0].has_time
    page = (
        "Posko Pengaduan Harga Beras Dibuka\n\nContoh.id | Kamis, 7 Maret 2024 - 11:34 WIB\n\n"
        f"{LEAD}\n\n{SECOND}\n"
    )
    art = clean_page(page)
    assert art.published is not None and art.published.iso == "2024-03-07"


def test_source_line_with_the_original_publication_date() -> None:
    page = (
        f"Posko Pengaduan Dibuka\n\n{LEAD}\n\n{SECOND}\n\n"
        "Sumber: CONTOH.CO.ID, artikel asli diterbitkan 5 Mar 2024\n"
    )
    art = clean_page(page)
    assert art.published is not None and art.published.iso == "2024-03-05"


def test_reader_service_header_gives_the_date_and_leaves_the_page() -> None:
    page = (
        "Title: Posko Pengaduan Dibuka | Contoh\nURL Source: https://contoh.id/posko\n"
        "Published Time: 2024-03-05T16:20:00+07:00\nMarkdown Content:\n"
        "CONTOH.ID\nRabu, 06 Maret 2024 | 08:00 WIB\nDaerah Nasional Ekonomi Olahraga\n\n"
        "Daerah › Kota\n\nPosko Pengaduan Dibuka\n=====================\n\n"
        f"CONTOH.ID {LEAD}\n\n{SECOND}\n"
    )
    prefix, rest = split_crawler_prefix(page)
    assert prefix is not None and rest.startswith("CONTOH.ID\n")
    assert crawler_date(prefix).iso == "2024-03-05"  # type: ignore[union-attr]
    art = clean_page(page)
    assert art.published is not None and art.published.iso == "2024-03-05"
    assert art.published_evidence.startswith("crawler:")  # type: ignore[union-attr]
    assert art.text.startswith("Pemerintah kabupaten")


def test_lead_dateline_with_site_name_only_and_with_the_day() -> None:
    assert split_dateline("CONTOH.ID Pemerintah kabupaten membuka posko.") == (
        "CONTOH.ID",
        "Pemerintah kabupaten membuka posko.",
    )
    dateline, rest = split_dateline(
        "CONTOH.COM, LOMBOK TIMUR - Selasa (5/3/2024), pemerintah kabupaten membuka posko."
    )
    assert dateline == "CONTOH.COM, LOMBOK TIMUR - Selasa (5/3/2024),"
    assert rest == "pemerintah kabupaten membuka posko."
    # A day that starts the sentence without a dateline before it stays in the sentence.
    assert split_dateline("Selasa (5/3/2024), pemerintah membuka posko.")[0] is None


def test_html_date_comes_from_markup_not_from_a_copyright_year() -> None:
    html = (
        "<html><head><title>Posko Pengaduan Dibuka</title></head><body><main>"
        "<h1>Posko Pengaduan Dibuka</h1>"
        f"<p>{LEAD}</p><p>{SECOND}</p><p>{LEAD.replace('pekan ini', 'bulan ini')}</p>"
        "</main><footer><p>&copy; 2024 Contoh Media</p></footer></body></html>"
    )
    raw = RawDoc(Provenance("t.html"), html, format="html")
    art = clean_document(raw)
    assert art.published is None
