"""Shapes of page furniture seen on the third blind page set (issue 16), each an invented
page written here in that shape (not a labelled page): a caption credited between dashes,
a text-to-speech player's label, an e-paper's OCR text (a folio with the edition's date,
words broken at the column's edge), "Diposting oleh:" and "Name · 2 jam yang lalu"
bylines, a "Place, Outlet" dateline alone on its line, "Baca N menit", an HTML page whose
<title> puts the site first and whose headline only its heading carries, a release's
signature, membership and newsletter calls, a series note, end marks and credits without
brackets, an AI summary printed without bullets, and a "Kota, D Month YYYY –" lead."""

from __future__ import annotations

from tests.clean.pages import clean_page, set_aside

from warta.clean import clean_document
from warta.clean.line_split import split_lines
from warta.clean.lines import classify_lines
from warta.clean.shapes import split_credit
from warta.ingest.html import headline_of_title_tag
from warta.records import Provenance, RawDoc

HEADLINE = "Jembatan Gantung Desa Hulu Akhirnya Diganti Jembatan Beton"
LEAD = (
    "Warga Desa Hulu kini bisa menyeberangi sungai dengan sepeda motor setelah jembatan "
    "gantung yang lapuk diganti jembatan beton sepanjang empat puluh meter."
)
SECOND = (
    "Kepala desa menyebut pembangunan jembatan itu memakan waktu lima bulan dan dibiayai "
    "dana desa serta bantuan keuangan dari pemerintah provinsi."
)
LAST = (
    "Pemerintah kabupaten berjanji memasang lampu penerangan di kedua ujung jembatan "
    "sebelum musim hujan mencapai puncaknya."
)
RELATED = "Berita Terkait\nHarga Gabah Naik di Tingkat Petani\nPasar Malam Kembali Dibuka\n"


def _story(*extra_head: str, tail: str = "") -> str:
    head = "\n\n".join(extra_head)
    return f"Kabar Lembah\n\n{head}\n\n{LEAD}\n\n{SECOND}\n\n{LAST}\n\n{tail}{RELATED}"


def test_caption_credited_between_dashes_is_not_the_title() -> None:
    caption = (
        "Anak-anak bermain di atas jembatan baru, Sabtu 7 Juni 2025. -Rina Melati-KABAR LEMBAH-"
    )
    art = clean_page(_story(HEADLINE, caption))
    assert art.title == HEADLINE
    assert set_aside(art)[caption] == "caption"


def test_text_to_speech_player_is_not_the_title() -> None:
    for player in ("Dengarkan artikel ini ▶ 02:45", "Dengarkan berita", "Listen to this article"):
        art = clean_page(_story(HEADLINE, player))
        assert art.title == HEADLINE
        assert player not in art.text


def test_posted_by_and_author_with_age_are_bylines_not_titles() -> None:
    for line in ("Diposting oleh: Redaksi Lembah", "Dewi Anggraini · 3 jam yang lalu"):
        art = clean_page(_story(HEADLINE, line))
        assert art.title == HEADLINE
        assert set_aside(art)[line] == "byline"


def test_reading_time_with_the_verb_first_is_not_the_title() -> None:
    art = clean_page(_story(f"{HEADLINE}\nOleh Bayu Saputra\n7 Juni 2025\nBaca 6 menit"))
    assert art.title == HEADLINE
    assert art.published is not None and art.published.iso == "2025-06-07"
    assert set_aside(art)["Baca 6 menit"] == "counter"


def test_place_and_outlet_dateline_alone_on_its_line_is_not_the_title() -> None:
    for dateline in ("Padang, Lembah Online", "Kupang, KABAR LEMBAH"):
        page = f"Kabar Lembah\n\n{HEADLINE}\n\n{dateline}\n{LEAD}\n\n{SECOND}\n\n{LAST}\n"
        art = clean_page(page)
        assert art.title == HEADLINE
        assert art.text.startswith("Warga Desa Hulu")


def test_dated_line_with_its_poster_dates_the_article_and_is_no_title() -> None:
    line = "Sabtu, 7 Juni 2025 | 08:10 oleh Redaksi Kabar Lembah"
    art = clean_page(_story(f"{HEADLINE}\n{line}", "Dengarkan artikel ini ▶ 01:30"))
    assert art.title == HEADLINE
    assert art.published is not None and art.published.iso == "2025-06-07"


EPAPER = """HARIAN LEMBAH
SABTU, 7 JUNI 2025
DAERAH
5

Jembatan Beton Gantikan Jembatan Gantung

PADANG - Warga Desa Hulu pada Jumat
(6/6) pagi meresmikan jembatan beton peng-
ganti jembatan gantung yang lapuk. Jem-
batan sepanjang 40 meter itu dibangun
Dinas Pekerjaan Umum selama lima bulan.

Kepala desa mengatakan warga kini tidak
lagi memutar sejauh 12 kilometer untuk me-
nuju pasar kecamatan. Anak-anak juga bisa
berangkat sekolah dengan lebih aman.

FOTO: HARIAN LEMBAH/RUDI
JEMBATAN BARU - Warga melintas di jembatan
beton Desa Hulu, Jumat (6/6).

Pemerintah kabupaten berjanji memasang
lampu penerangan di kedua ujung jem-
batan sebelum musim hujan tiba.

RUD/E-2
"""


def test_epaper_text_folio_date_and_broken_words() -> None:
    art = clean_page(EPAPER)
    assert art.title == "Jembatan Beton Gantikan Jembatan Gantung"
    # the folio's date is the edition's: not the bare "Jumat (6/6)" of the news
    assert art.published is not None and art.published.iso == "2025-06-07"
    assert art.text.startswith("Warga Desa Hulu pada Jumat (6/6) pagi")
    assert "jembatan beton pengganti jembatan gantung" in art.text
    assert "Jembatan sepanjang 40 meter" in art.text
    assert art.text.endswith("sebelum musim hujan tiba.")


def test_column_join_keeps_a_doubled_word_hyphen() -> None:
    text = "Warga diminta ber-\nhati-\nhati saat me-\nlintas."
    assert [x.text for x in split_lines(text)] == ["Warga diminta berhati-hati saat melintas."]


HTML_RELEASE = """<html><head>
<title>Pengadilan Negeri Lembah - PN Lembah Vonis Dua Terdakwa Pungli Pasar</title>
</head><body>
<div id="banner"><span>PENGADILAN NEGERI LEMBAH</span></div>
<h2 class="contentheading">PN Lembah Vonis Dua Terdakwa Pungli Pasar</h2>
<div class="article-body">
<p><b>SIARAN PERS</b></p>
<p>Padang, 6 Juni 2025 &ndash; Majelis hakim Pengadilan Negeri Lembah menjatuhkan pidana
penjara dua tahun kepada dua terdakwa pungutan liar di pasar kota.</p>
<p>Kedua terdakwa terbukti memungut uang dari pedagang tanpa dasar hukum selama setahun
dan menyetorkannya ke rekening pribadi masing-masing.</p>
<p>Putusan tersebut lebih ringan dari tuntutan jaksa yang meminta pidana tiga tahun
penjara, dan kedua pihak menyatakan pikir-pikir.</p>
<p><i>Bagian Hubungan Masyarakat<br>Pengadilan Negeri Lembah</i></p>
</div></body></html>"""


def test_html_title_tag_with_the_site_first_gives_the_headline() -> None:
    site, headline = "Pengadilan Negeri Lembah", "PN Lembah Vonis Dua Terdakwa Pungli Pasar"
    assert headline_of_title_tag(HTML_RELEASE, site) == headline
    art = clean_document(RawDoc(Provenance("t.html"), HTML_RELEASE, format="html"))
    assert art.title == headline
    assert art.text.startswith("Majelis hakim Pengadilan Negeri Lembah")
    assert art.text.endswith("menyatakan pikir-pikir.")  # the signature is no subheading
    assert art.published is not None and art.published.iso == "2025-06-06"
    assert set_aside(art)["Padang, 6 Juni 2025 –"] == "dateline"


def test_title_hint_met_only_below_the_prose_is_not_the_title() -> None:
    page = f"{LEAD}\n\n{SECOND}\n\nKabar Lembah Online\n"
    labels = classify_lines(split_lines(page), title_hint="Kabar Lembah Online")
    assert [x.label for x in labels][:2] == ["body", "body"]
    assert "title" not in [x.label for x in labels]


def test_membership_newsletter_and_series_notes_leave_the_body() -> None:
    notes = [
        "Kabar Lembah adalah media warga nirlaba. Dukung kerja jurnalisme kami dengan menjadi anggota.",
        "Terima kasih sudah membaca! Berlangganan gratis untuk menerima tulisan berikutnya.",
        'Liputan ini merupakan bagian dari serial "Sungai Kita" hasil kolaborasi dua media.',
    ]
    for note in notes:
        art = clean_page(_story(HEADLINE, tail=f"{note}\n\n"))
        assert note not in art.text
        assert art.text.endswith(LAST)


def test_end_marks_and_credits_without_brackets_are_set_aside() -> None:
    for tail in (" ■", "*", " abc/de", " (HUMAS LEMBAH/RA)"):
        art = clean_page(_story(HEADLINE).replace(LAST, LAST + tail))
        assert art.text.endswith(LAST), tail
    assert split_credit("Jumlahnya naik 5 persen/tahun.") == (
        "Jumlahnya naik 5 persen/tahun.",
        None,
    )


def test_ai_summary_without_bullets_under_its_box_label_leaves_the_body() -> None:
    box = (
        "POIN PENTING\n"
        "Jembatan beton menggantikan jembatan gantung di Desa Hulu.\n"
        "Pembangunan memakan waktu lima bulan.\n"
        "Poin penting dihasilkan secara otomatis dengan bantuan kecerdasan buatan (AI)."
    )
    art = clean_page(_story(HEADLINE, box))
    assert art.title == HEADLINE
    assert "Pembangunan memakan waktu" not in art.text
    assert art.text.startswith("Warga Desa Hulu")


def test_a_short_headline_with_a_comma_is_still_a_headline() -> None:
    headline = "Banjir Hulu, Warga Minta TNI"
    art = clean_page(f"Kabar Lembah\n\n{headline}\n\n{LEAD}\n\n{SECOND}\n\n{LAST}\n\n{RELATED}")
    assert art.title == headline
