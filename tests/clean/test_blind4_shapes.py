"""Shapes of page furniture seen on the fourth blind page set (issue 16), each an invented
page written here in that shape (not a labelled page): a caption whose credit names a
hyphenated source under the headline, "age · oleh Name" bylines, a reader app's save
date and the site's address under the headline, a folio line with the page number, a
sentence-case headline asking a question over its author and date, a standfirst over
the byline, an original-publication note and the author's bio and disclosure closing an
opinion piece, a release's "Informasi lebih lanjut:" channels and its pages' running
lines, a service's call-center line, a social post's hashtags and picture text, calls to
read elsewhere and to comment, and a reporter's "(S-39)" code."""

from __future__ import annotations

from tests.clean.pages import clean_page, set_aside

from warta.clean.shapes import split_credit

HEADLINE = "Pasar Apung Desa Seberang Kembali Ramai Setelah Direnovasi"
LEAD = (
    "Pasar apung di Desa Seberang kembali ramai dikunjungi warga setelah dermaga kayu "
    "yang lapuk diganti dermaga beton sepanjang tiga puluh meter."
)
SECOND = (
    "Kepala desa menyebut renovasi dermaga itu memakan waktu empat bulan dan dibiayai "
    "dana desa serta bantuan dari pemerintah kabupaten."
)
LAST = (
    "Pengelola pasar berjanji menambah lampu penerangan di sepanjang dermaga sebelum "
    "musim hujan tiba bulan depan."
)
RELATED = "Berita Terkait\nHarga Ikan Asin Naik Jelang Lebaran\nLomba Perahu Hias Digelar\n"


def _story(*extra_head: str, tail: str = "") -> str:
    head = "\n\n".join(extra_head)
    return f"Kabar Sungai\n\n{head}\n\n{LEAD}\n\n{SECOND}\n\n{LAST}\n\n{tail}{RELATED}"


def test_caption_with_a_hyphenated_source_credit_is_not_the_title() -> None:
    for caption in (
        "Pedagang menata sayur di atas perahu di Desa Seberang, Rabu (5/3/2025). "
        "KABAR-SUNGAI.COM/RUDI HARTONO",
        "Warga berbelanja di dermaga baru pasar apung, Rabu (5/3). F-Rudi/Kabar Sungai",
    ):
        art = clean_page(_story(HEADLINE, "Penulis: Rudi Hartono", caption))
        assert art.title == HEADLINE
        assert set_aside(art)[caption] == "caption"


def test_age_then_oleh_name_is_a_byline_not_the_title() -> None:
    line = "5 jam lalu · oleh Sari Wulandari"
    art = clean_page(_story(HEADLINE, line))
    assert art.title == HEADLINE
    assert set_aside(art)[line] == "byline"


def test_reader_app_save_date_is_the_page_date_not_the_publication() -> None:
    page = (
        "Bacaku\n\n"
        f"{HEADLINE}\nkabarsungai.id\nSaved Mar 9, 2025 · 4 min read\n\n"
        "Oleh Sari Wulandari · 5 Maret 2025\n\n"
        f"{LEAD}\n\n{SECOND}\n\n{LAST}\n"
    )
    art = clean_page(page)
    assert art.title == HEADLINE
    assert art.published is not None and art.published.iso == "2025-03-05"
    assert art.page_date is not None and art.page_date.iso == "2025-03-09"
    assert set_aside(art)["kabarsungai.id"] == "header"


def test_folio_line_with_the_page_number_dates_the_story_and_leaves_the_body() -> None:
    folio = "KABAR SUNGAI | RABU, 5 MARET 2025 | HALAMAN 4"
    page = f"{folio}\nDESA KITA\n\n{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n\n{LAST}\n\n{folio}\n"
    art = clean_page(page)
    assert art.published is not None and art.published.iso == "2025-03-05"
    assert folio not in art.text
    assert art.text.endswith(LAST)


def test_sentence_case_question_over_its_author_and_date_is_the_headline() -> None:
    question = "Dermaga beton untuk pasar apung: siapa yang paling diuntungkan?"
    page = (
        f"Kabar Sungai\nBeranda Opini Budaya\n\n{question}\n\n"
        f"Sari Wulandari | 5 Mar 2025\n\n{LEAD}\n\n{SECOND}\n\n{LAST}\n"
    )
    art = clean_page(page)
    assert art.title == question
    assert art.published is not None and art.published.iso == "2025-03-05"
    assert art.text.startswith(LEAD[:30])


def test_standfirst_over_the_byline_is_not_the_first_paragraph() -> None:
    standfirst = "Dermaga baru mengubah wajah pasar. Namun, pedagang lama masih menunggu lapak."
    art = clean_page(_story(HEADLINE, standfirst, "Oleh Sari Wulandari · 5 Maret 2025"))
    assert art.text.startswith(LEAD[:30])
    assert set_aside(art)[standfirst] == "standfirst"


def test_original_note_bio_and_disclosure_close_no_story() -> None:
    page = (
        f"Kabar Sungai\n\n{HEADLINE}\n\nSari Wulandari | 5 Mar 2025\n\n"
        f"{LEAD}\n\n{SECOND}\n\n{LAST}\n\n"
        "Artikel ini terbit pertama di Ruang Gagasan. Baca artikel aslinya.\n\n"
        "Sari Wulandari adalah peneliti tata kota di Universitas Sungai Raya.\n\n"
        "Sari Wulandari tidak bekerja, menjadi konsultan, memiliki saham di, atau menerima "
        "hibah dari lembaga apa pun yang diuntungkan oleh tulisan ini.\n"
    )
    art = clean_page(page)
    assert art.text.endswith(LAST)
    aside = set_aside(art)
    assert aside["Artikel ini terbit pertama di Ruang Gagasan. Baca artikel aslinya."] == (
        "attribution"
    )
    assert art.original_source == "Ruang Gagasan"


def test_release_channels_and_running_lines_of_printed_pages_leave_the_body() -> None:
    running = "Dinas Perairan Kabupaten | Siaran Pers No. 12/SP/III/2025"
    page = (
        "DINAS PERAIRAN KABUPATEN\nJl. Dermaga No. 1\n\n"
        f"{HEADLINE}\n\nSeberang, 5 Maret 2025\n\n{LEAD}\n\n{running}\nHalaman 1 dari 2\n\n"
        f"DINAS PERAIRAN KABUPATEN\n\n{SECOND}\n\n{LAST}\n\n"
        "Kepala Bidang Humas\n\nRudi Hartono\n\n"
        "Informasi lebih lanjut: Instagram @dinasperairan | perairan.go.id\n\n"
        f"{running}\nHalaman 2 dari 2\n"
    )
    art = clean_page(page)
    assert art.text.endswith(LAST)
    for line in (running, "DINAS PERAIRAN KABUPATEN", "Rudi Hartono"):
        assert line not in art.text


def test_call_center_line_hashtags_and_picture_text_close_a_post() -> None:
    picture = "Warga menata perahu di dermaga baru pasar apung."
    tail = (
        "Call Center Posko Desa Seberang: 0511-334455\n\n"
        "#PasarApung #DesaSeberang #Sungai\n\n"
        f"{picture}\n\n1.024 tanggapan\n"
    )
    page = f"Desa Seberang\n\n{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n\n{LAST}\n\n{tail}"
    art = clean_page(page)
    assert art.text.endswith(LAST)
    aside = set_aside(art)
    assert aside["Call Center Posko Desa Seberang: 0511-334455"] == "contact"
    assert aside[picture] == "caption"


def test_calls_to_read_elsewhere_and_to_comment_leave_the_body() -> None:
    notes = (
        "Kabar Sungai mengajak kamu berdiskusi. Bagikan opinimu di kolom komentar.\n\n"
        "Baca Kabar Sungai edisi cetak di epaper.kabarsungai.id\n\n"
    )
    art = clean_page(_story(HEADLINE, tail=notes))
    assert art.text.endswith(LAST)


def test_reporter_code_with_a_number_is_a_closing_credit() -> None:
    assert split_credit("Dermaga dibuka untuk umum. (R-17)") == (
        "Dermaga dibuka untuk umum.",
        "(R-17)",
    )
    assert split_credit("Kasus baru (COVID-19)") == ("Kasus baru (COVID-19)", None)


def test_printed_headline_over_its_deck_is_the_title() -> None:
    deck = "Pedagang Lama Menunggu Lapak, Pengelola Janji Tambah Kios"
    for folio in (
        "KABAR SUNGAI | RABU, 5 MARET 2025 | HALAMAN 4",
        "KABAR SUNGAI\nRABU, 5 MARET 2025\n4",
    ):
        art = clean_page(f"{folio}\n\n{HEADLINE}\n{deck}\n\n{LEAD}\n\n{SECOND}\n\n{LAST}\n")
        assert art.title == HEADLINE
        assert deck not in art.text
    # a web page's last headline-shaped line over the lead stays the title
    art = clean_page(f"Kabar Sungai\n\n{deck}\n{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n\n{LAST}\n")
    assert art.title == HEADLINE
