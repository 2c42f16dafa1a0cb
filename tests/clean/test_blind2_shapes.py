"""Shapes of page furniture seen on the second blind page set (issue 16), each an invented
page written here in that shape (not a labelled page): relative ages and reading times
near the headline, a mirror's topic box, a social post's account name, "Laporan: Nama
(Tempat)" bylines, dash-bulleted AI summaries, a press release's contact note and
signature, an aggregator's disclaimer, donation calls, leads glued to their place, a bare
"Weekday (d/m)" under a header clock, web-archive URLs, and a reporter's initials credit
closing the body ("(ton/r5)", "(*)")."""

from __future__ import annotations

from tests.clean.pages import clean_page, set_aside

from warta.clean.dates import date_from_url, original_url
from warta.clean.metadata import host_from_url, split_dateline
from warta.clean.shapes import split_credit

HEADLINE = "Pasar Rakyat Baru Dibuka di Tepi Sungai Kota"
LEAD = (
    "Pemerintah kota membuka pasar rakyat baru di tepi sungai untuk menampung pedagang "
    "yang selama ini berjualan di bahu jalan utama."
)
SECOND = (
    "Kepala dinas perdagangan mengatakan pasar itu mampu menampung tiga ratus pedagang "
    "dan akan dilengkapi tempat parkir serta saluran air yang memadai."
)
LAST = (
    "Pedagang yang ingin mendapat lapak diminta mendaftar ke kantor kelurahan masing-masing "
    "paling lambat akhir bulan depan."
)
RELATED = (
    "Berita Terkait\nHarga Bawang Merah Turun di Pasar Induk\nJalan Lingkar Utara Mulai Diaspal\n"
)


def _story(*extra_head: str, tail: str = "") -> str:
    head = "\n\n".join(extra_head)
    return f"Portal Kota\n\n{head}\n\n{LEAD}\n\n{SECOND}\n\n{LAST}\n\n{tail}{RELATED}"


def test_relative_age_under_the_author_is_not_the_title() -> None:
    for age in ("3 jam lalu", "15 menit yang lalu", "2 hours ago"):
        art = clean_page(_story(HEADLINE, f"Ratna Dewi Lestari\n{age}"))
        assert art.title == HEADLINE
        assert set_aside(art)[age] == "dateline"
        assert set_aside(art)["Ratna Dewi Lestari"] == "byline"


def test_reading_time_and_topic_box_of_a_mirror_are_not_the_title() -> None:
    page = _story(
        f"Harian Contoh\n{HEADLINE}\nRabu, 6 Maret 2024 pukul 10.15 WIB\nWaktu baca 3 menit",
        "Dalam artikel ini:\nPasar Rakyat\nPedagang Kaki Lima",
    )
    art = clean_page(page)
    assert art.title == HEADLINE
    assert art.published is not None and art.published.iso == "2024-03-06"
    assert set_aside(art)["Waktu baca 3 menit"] == "counter"
    assert art.text.startswith("Pemerintah kota")


def test_a_headline_never_ends_in_a_colon() -> None:
    art = clean_page(_story(HEADLINE, "Simak Poin Berikut Ini:"))
    assert art.title == HEADLINE


def test_continuation_marker_of_a_reader_app_leaves_the_body() -> None:
    for marker in ("Cerita berlanjut", "Artikel berlanjut di bawah ini", "Lanjutkan membaca"):
        page = f"{HEADLINE}\n\n{LEAD}\n\n{marker}\n\n{SECOND}\n\n{LAST}\n"
        art = clean_page(page)
        assert marker not in art.text
        assert art.text.endswith(LAST)
        assert "continued" not in art.flags  # not a next page: the story goes on below


def test_social_post_caption_loses_its_account_name() -> None:
    page = (
        "Masuk  Daftar\n\nkabarkotaku\nSurabaya, Jawa Timur\nIkuti\n\n"
        f"kabarkotaku {HEADLINE}\n\n{LEAD}\n\n{SECOND}\n\n#kabarkota #pasar\n\n"
        "pembaca_setia99 Semoga pedagang makin tertib\nBalas\n"
    )
    art = clean_page(page)
    assert art.title == HEADLINE
    assert art.text.startswith("Pemerintah kota")
    # a commenter's name opens a comment, but stands alone nowhere: left as written
    assert "pembaca_setia99 Semoga" not in art.title


def test_report_line_with_name_and_place_is_a_byline() -> None:
    line = "Laporan: Bagus Setiawan (Kediri)"
    art = clean_page(_story(HEADLINE, f"Jumat, 8 Maret 2024 - 19.40 WIB\n{line}"))
    assert art.title == HEADLINE
    assert set_aside(art)[line] == "byline"


def test_dash_bulleted_ai_summary_with_its_note_leaves_the_body() -> None:
    bullets = [
        "- Pasar baru menampung tiga ratus pedagang yang selama ini berjualan di jalan.",
        "- Pendaftaran lapak dibuka di kantor kelurahan sampai akhir bulan depan.",
    ]
    note = "Poin utama ini dirangkum dengan kecerdasan buatan (AI) dan diperiksa redaksi."
    block = "Poin Utama\n" + "\n".join(bullets) + f"\n{note}"
    art = clean_page(_story(HEADLINE, block))
    removed = set_aside(art)
    assert all(removed[b] == "ai-summary" for b in bullets)
    assert removed[note] == "ai-summary"
    assert art.text.startswith("Pemerintah kota")


def test_press_release_contact_note_and_signature_leave_the_body() -> None:
    contact = (
        "Siaran pers ini diterbitkan oleh Bagian Humas Dinas Perdagangan Kota. Untuk "
        "informasi lebih lanjut dapat menghubungi hotline 1500-123 atau surel "
        "humas@dinas.example.go.id."
    )
    tail = f"{contact}\n\nKepala Bagian Hubungan Masyarakat\nSiti Rahmawati, S.Sos, M.Si\n\n"
    art = clean_page(_story(HEADLINE, tail=tail))
    assert art.text.endswith(LAST)
    assert set_aside(art)[contact] == "contact"
    # a sentence of the story naming a hotline is not a contact note
    kept = "Warga yang menemukan pungutan liar dapat melapor ke hotline pengaduan pemerintah kota."
    art = clean_page(f"{HEADLINE}\n\n{LEAD}\n\n{kept}\n\n{SECOND}\n")
    assert kept in art.text


def test_aggregator_disclaimer_and_donation_call_leave_the_body() -> None:
    notes = [
        "Konten di atas merupakan tanggung jawab penerbit. Aplikasi Contoh hanya menampilkan ulang.",
        "Dukung media lokal yang merdeka. Berdonasi melalui portalkota.id/donasi",
    ]
    for note in notes:
        art = clean_page(_story(HEADLINE, tail=f"{note}\n\n"))
        assert art.text.endswith(LAST), note
        assert note in set_aside(art)
    # a donation the story reports stays
    kept = (
        "Sejumlah warga berdonasi melalui rekening masjid untuk membangun atap pasar yang "
        "bocor sejak musim hujan lalu."
    )
    art = clean_page(f"{HEADLINE}\n\n{LEAD}\n\n{kept}\n\n{SECOND}\n")
    assert kept in art.text


def test_lead_glued_to_its_place_is_split_from_it() -> None:
    assert split_dateline("MATARAM-Harga cabai rawit naik dua kali lipat.") == (
        "MATARAM-",
        "Harga cabai rawit naik dua kali lipat.",
    )
    assert split_dateline("BINJAI (Kabarkota.id): Banjir merendam dua desa.") == (
        "BINJAI (Kabarkota.id):",
        "Banjir merendam dua desa.",
    )
    # an acronym pair opening the lead is not a place
    for lead in ("KPK-Polri sepakat berbagi data.", "PERHATIAN: Jalan ditutup sementara."):
        assert split_dateline(lead) == (None, lead)


def test_bare_weekday_takes_its_year_from_the_header_clock_within_a_week() -> None:
    lead = (
        "Petugas gabungan menertibkan pedagang di bahu jalan utama kota, Senin (4/3). "
        "Sebanyak empat puluh lapak dipindahkan ke pasar baru."
    )
    page = f"Portal Kota\nRabu, 6 Maret 2024 - 08:10 WIB\nBeranda  Kota  Daerah\n\n{HEADLINE}\n\n{lead}\n\n{SECOND}\n"
    art = clean_page(page)
    assert art.published is not None and art.published.iso == "2024-03-04"
    assert art.published_evidence and art.published_evidence.startswith("inferred:")
    # a header clock weeks later bounds nothing: left undated rather than guessed
    late = page.replace("Rabu, 6 Maret 2024", "Rabu, 3 April 2024")
    assert clean_page(late).published is None


def test_web_archive_capture_is_read_by_the_url_it_captured() -> None:
    url = "https://web.archive.org/web/20240309120000/https://kabarkota.example.id/2024/03/06/pasar-baru/"
    assert original_url(url) == "https://kabarkota.example.id/2024/03/06/pasar-baru/"
    date = date_from_url(url)
    assert date is not None and date.iso == "2024-03-06"
    assert host_from_url(url) == "kabarkota.example.id"
    # a capture of a URL without a date gives none, never the capture stamp
    assert (
        date_from_url("https://web.archive.org/web/20240309120000/https://x.example.id/a") is None
    )
    art = clean_page(f"{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n", url=url)
    assert art.published is not None and art.published.iso == "2024-03-06"


def test_a_date_only_in_the_url_is_read_from_the_url_and_never_guessed_from_text() -> None:
    page = f"{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n"
    dated = clean_page(page, url="https://kabarkota.example.id/kota/2024/03/06/pasar-baru/")
    assert dated.published is not None and dated.published.iso == "2024-03-06"
    assert clean_page(page).published is None


def test_closing_reporter_credit_is_set_aside_from_the_body() -> None:
    credits = ["(ton/r5)", "(js)", "(Ded)", "(*)", "(sam/fajar)", "(Suci Wulandari/kotapost)"]
    for credit in credits:
        for tail in (f" {credit}", f"\n\n{credit}"):  # after the sentence, or on its own line
            art = clean_page(_story(HEADLINE, tail="").replace(LAST, LAST + tail))
            assert art.text.endswith(LAST), (credit, tail)
            assert set_aside(art)[credit] == "initials", (credit, tail)
    # a short last paragraph closed by a credit is not taken for a subheading
    short = "Pendaftaran dibuka sampai akhir bulan depan."
    art = clean_page(f"{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n\n{short} (*)\n\n{RELATED}")
    assert art.text.endswith(short) and not art.subheadings


def test_a_bracket_that_belongs_to_the_last_sentence_stays_in_the_body() -> None:
    endings = [
        "Usulan itu akan dibahas bersama Dewan Perwakilan Rakyat (DPR).",
        "Warga diminta mengikuti arahan Badan Penanggulangan Bencana Daerah (BPBD).",
        "Pasar itu diresmikan wali kota pada Senin (2/12).",
        "Retribusi harian pedagang tetap sama seperti tahun lalu (Rp 5 ribu).",
        "Pedagang kini punya tempat berjualan yang layak. (Badan Pusat Statistik)",
    ]
    for last in endings:
        art = clean_page(f"{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n\n{last}\n\n{RELATED}")
        assert art.text.endswith(last), last
        assert all(r.reason != "initials" for r in art.removed), last
    # after the full stop, only a credit's shape is split off: not an amount, an acronym,
    # a date, an institution's name or a photo's source
    for tail in ("(Rp 5 ribu)", "(KLB)", "(2/12)", "(Bawaslu)", "(BP/Suci Wulandari)"):
        assert split_credit(f"Pasar dibuka kembali pekan depan. {tail}")[1] is None, tail


def test_a_wire_credit_closing_the_body_is_set_aside_and_still_read() -> None:
    art = clean_page(_story(HEADLINE, tail="").replace(LAST, LAST + " (Antara)"))
    assert art.text.endswith(LAST)
    assert art.wire_credits == ("Antara",)
