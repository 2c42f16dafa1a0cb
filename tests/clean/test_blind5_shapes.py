"""Shapes of page furniture seen on the fifth blind page set (issue 16), each an invented
page written here in that shape (not a labelled page): a reader view's "Mode Baca" toggle
under the headline, a date line naming its reporter and editor, a newsletter pasted from
an e-mail (mail headers, "view in browser", "you receive this because"), an investment
disclaimer and a comment box's house rule, a blog whose heading is its address, a
release's "- SELESAI -" end mark, credits of two capitals or a letter code, a print
view's sheet counter, a printed caption under its "FOTO:" credit, a caption the markup
marks under its picture, and a URL that gives the month only while the lead gives the
day."""

from __future__ import annotations

from tests.clean.pages import clean_page, set_aside

from warta.clean import clean_document, html_captions
from warta.clean.shapes import split_credit
from warta.records import Provenance, RawDoc

HEADLINE = "Jembatan Gantung Desa Lembah Hijau Kembali Dibuka untuk Warga"
LEAD = (
    "Jembatan gantung yang menghubungkan Desa Lembah Hijau dengan pusat kecamatan kembali "
    "dibuka setelah diperbaiki selama tiga bulan oleh pemerintah kabupaten."
)
SECOND = (
    "Kepala desa menyebut jembatan itu dilalui ratusan pelajar dan pedagang setiap hari, "
    "sehingga perbaikannya sangat ditunggu warga."
)
LAST = (
    "Pemerintah kabupaten berjanji memeriksa kondisi tali baja jembatan setiap enam bulan "
    "agar kejadian serupa tidak terulang."
)
RELATED = "Berita Terkait\nHarga Kopi Petani Naik Tipis\nLomba Dayung Digelar Akhir Pekan\n"


def _story(*extra_head: str, tail: str = "") -> str:
    head = "\n\n".join(extra_head)
    return f"Kabar Lembah\n\n{head}\n\n{LEAD}\n\n{SECOND}\n\n{LAST}\n\n{tail}{RELATED}"


def test_reader_view_toggle_under_the_headline_is_not_the_title() -> None:
    art = clean_page(_story("Kabar Lembah · 04/02/2025 09:15", HEADLINE, "Mode Baca Nyaman"))
    assert art.title == HEADLINE
    assert set_aside(art)["Mode Baca Nyaman"] == "navigation"
    assert art.published is not None and art.published.iso == "2025-02-04"


def test_date_line_naming_reporter_and_editor_is_a_byline_that_dates_the_story() -> None:
    line = "Selasa, 4 Februari 2025 09:15   Reporter: Dimas Pratama   Editor: Wulan"
    art = clean_page(_story("Portal Resmi Kabupaten Lembah", HEADLINE, line))
    assert art.title == HEADLINE
    assert set_aside(art)[" ".join(line.split())] == "byline"
    assert art.published is not None and art.published.iso == "2025-02-04"


def test_newsletter_pasted_from_an_email_loses_its_mail_furniture() -> None:
    subject = "Subject: [Kabar Pagi] Jembatan Dibuka, Pasar Ramai Lagi"
    page = (
        "From: Kabar Lembah <surat@kabarlembah.id>\n"
        "Date: Tue, 4 Feb 2025 06:30:00 +0700\n"
        f"{subject}\n"
        "To: pembaca@contoh.id\n\n"
        "Tidak bisa membaca surel ini dengan jelas? Buka versi peramban.\n\n"
        f"{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n\n{LAST}\n\n"
        "Disclaimer: keputusan jual beli obligasi tetap berada di tangan pembaca.\n\n"
        "Kamu menerima surel ini karena mendaftar di situs Kabar Lembah.\n"
    )
    art = clean_page(page)
    assert art.title == HEADLINE
    assert set_aside(art)[subject] == "mail-header"
    assert art.text.startswith(LEAD)
    assert art.text.endswith(LAST)


def test_mail_like_fields_without_sender_and_subject_stay_in_the_body() -> None:
    # "Dari:" alone (a quoted list item) is no mail header.
    item = "Dari: kantor desa menuju balai kecamatan jaraknya sekitar dua kilometer saja."
    art = clean_page(_story(HEADLINE, tail=f"{item}\n\n"))
    assert item in art.text


def test_comment_box_house_rule_and_investment_disclaimer_leave_the_body() -> None:
    rule = (
        "Silakan tulis komentar di kolom bawah. Komentar yang berisi hinaan akan dihapus redaksi."
    )
    disclaimer = "Artikel ini tidak merupakan rekomendasi untuk membeli reksa dana apa pun."
    art = clean_page(_story(HEADLINE, tail=f"{disclaimer}\n\n{rule}\n\n"))
    assert art.text.endswith(LAST)
    assert rule not in art.text and disclaimer not in art.text


def test_a_story_telling_a_comment_policy_or_investment_advice_keeps_it() -> None:
    policy = (
        "Pengelola aplikasi menyatakan komentar yang mengandung ujaran kebencian akan "
        "dihapus dalam waktu satu jam sejak dilaporkan pengguna."
    )
    advice = (
        "Analis itu mengingatkan keputusan investasi tetap di tangan investor, sehingga "
        "setiap orang perlu membaca laporan keuangan perusahaan lebih dulu."
    )
    art = clean_page(_story(HEADLINE, tail=f"{policy}\n\n{advice}\n\n"))
    assert policy in art.text and advice in art.text


def test_release_end_mark_closes_the_story_and_drops_the_issuer_boilerplate() -> None:
    about = (
        "Dinas Pekerjaan Umum Kabupaten Lembah merupakan perangkat daerah yang "
        "melaksanakan urusan pemerintahan di bidang jalan dan jembatan."
    )
    page = (
        f"SIARAN PERS\n\n{HEADLINE}\n\nLembah, 4 Februari 2025\n\n{LEAD}\n\n{SECOND}\n\n"
        f"{LAST}\n\n- SELESAI -\n\nTentang Dinas PU\n{about}\n"
    )
    art = clean_page(page)
    assert art.text.endswith(LAST)
    assert set_aside(art)["- SELESAI -"] == "end-mark"
    assert about not in art.text


def test_two_capitals_or_a_letter_code_close_the_story_as_a_credit() -> None:
    assert split_credit("Jembatan dibuka lagi. (TN)") == ("Jembatan dibuka lagi.", "(TN)")
    assert split_credit("Jembatan dibuka lagi. (B27)") == ("Jembatan dibuka lagi.", "(B27)")
    # three capitals stay the sentence's (an acronym)
    assert split_credit("Rapat digelar di gedung (DPR).")[1] is None


def test_print_view_sheet_counter_leaves_the_body() -> None:
    page = f"{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n\n2 / 3\n\n{LAST}\n"
    art = clean_page(page)
    assert set_aside(art)["2 / 3"] == "page-counter"
    assert "2 / 3" not in art.text


def test_printed_caption_under_its_foto_credit_is_a_caption() -> None:
    caption = (
        "MENINJAU: Bupati Lembah memeriksa tali baja jembatan gantung bersama warga, Senin (3/2)."
    )
    page = (
        f"{HEADLINE}\n\n{LEAD}\n\n"
        "FOTO: DIMAS/KL\n"
        "MENINJAU: Bupati Lembah memeriksa tali baja jem-\n"
        "batan gantung bersama warga, Senin (3/2).\n\n"
        f"{SECOND}\n\n{LAST}\n"
    )
    art = clean_page(page)
    assert set_aside(art)[caption] == "caption"
    assert caption not in art.text


BLOG = """<html><head><title>{headline} - KABARLEMBAH.CO</title></head><body>
<h2 class="title">KABARLEMBAH.CO</h2>
<h2 class="date-header">Selasa, 4 Februari 2025</h2>
<h3 class="post-title">{headline}</h3>
<div class="post-body">
<p>{lead}</p>
<p><img src="/foto/jembatan.jpg"><br><em>Warga melintasi jembatan gantung yang baru diperbaiki.</em></p>
<p>{second}</p>
<p>{last}</p>
</div></body></html>"""


def test_blog_heading_that_is_its_address_gives_way_to_the_title_tags_headline() -> None:
    page = BLOG.format(headline=HEADLINE, lead=LEAD, second=SECOND, last=LAST)
    art = clean_document(RawDoc(Provenance("b.html"), page, format="html"))
    assert art.title == HEADLINE


def test_caption_marked_under_its_picture_in_html_leaves_the_body() -> None:
    page = BLOG.format(headline=HEADLINE, lead=LEAD, second=SECOND, last=LAST)
    caption = "Warga melintasi jembatan gantung yang baru diperbaiki."
    assert html_captions(page) == {"warga melintasi jembatan gantung yang baru diperbaiki"}
    art = clean_document(RawDoc(Provenance("b.html"), page, format="html"))
    assert caption not in art.text


def test_url_with_the_month_only_takes_the_day_from_the_lead() -> None:
    lead = (
        "Jembatan gantung Desa Lembah Hijau kembali dibuka pada Selasa (4/2/2025) setelah "
        "diperbaiki selama tiga bulan."
    )
    page = f"{HEADLINE}\n\n{lead}\n\n{SECOND}\n\n{LAST}\n"
    art = clean_page(page, url="https://kabarlembah.go.id/berita/2025/02/jembatan-dibuka")
    assert art.published is not None and art.published.iso == "2025-02-04"
    # a lead date of another month does not refine (nor contradict) the URL's month
    other = lead.replace("4/2/2025", "28/1/2025")
    art = clean_page(
        f"{HEADLINE}\n\n{other}\n\n{SECOND}\n\n{LAST}\n",
        url="https://kabarlembah.go.id/berita/2025/02/jembatan-dibuka",
    )
    assert art.published is not None and art.published.iso == "2025-02"
