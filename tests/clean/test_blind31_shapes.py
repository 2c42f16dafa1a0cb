"""Shapes seen on the thirty-first blind page set, each an invented page written here in
that shape (not a labelled page): an international broadcaster's story (a standfirst
under the headline, the author, the date and the reading time "Bacaan N menit" under
it, a "more from us" list at the foot whose last headline asks a question); a trade
site's bare date line right over the headline, under the story's breadcrumb trail; an
Emacs Org-mode capture of a page (keywords, a TODO heading, a property drawer with the
page's address and the capture time, the page inside a quote block)."""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page, set_aside

from warta.clean import patterns as P
from warta.clean.org_capture import split_org_capture

_HEADLINE = "Petani Garam di Pesisir Timur Beralih ke Rumah Prisma"
_STANDFIRST = (
    "Musim hujan yang makin panjang membuat panen garam merosot. Sebagian petani kini "
    "menjemur air laut di bawah atap plastik bening."
)
_LEAD = (
    "Setiap pagi, Darmaji membuka terpal di atas petak tambaknya sebelum matahari naik "
    "di atas tanggul."
)
_SECOND = (
    "Petani berusia lima puluh tahun itu sudah dua musim memakai rumah prisma, bangunan "
    "beratap plastik yang menjaga air laut tetap kering dari hujan."
)
_LAST = "Koperasi setempat berencana membangun sepuluh rumah prisma lagi sebelum akhir tahun."
_FOOT_QUESTION = "Mengapa Harga Garam Lokal Sulit Bersaing?"


def _broadcaster_page() -> str:
    return "\n".join(
        [
            "Langsung ke konten",
            "Siaran Dunia",
            "Kabar terkini dari Eropa dan dunia",
            "Indonesia   Dunia   Ekonomi   Lingkungan   Video",
            "Ekonomi",
            _HEADLINE,
            _STANDFIRST,
            "Sekar Wulandari",
            "14 Agustus 2026",
            "Bacaan 5 menit",
            "Petani menjemur air laut di dalam rumah prisma di tepi tambak. Foto: Sekar "
            "Wulandari/Siaran Dunia",
            _LEAD,
            _SECOND,
            "Baca juga: Tambak Udang Rakyat Bertahan di Musim Kemarau",
            _LAST,
            "sw/bk",
            "Iklan",
            "Lebih banyak dari Siaran Dunia",
            "Nelayan Kecil Menunggu Solar Bersubsidi",
            "Tambak Udang Rakyat Bertahan di Musim Kemarau",
            _FOOT_QUESTION,
            "Topik",
            "Indonesia   Garam   Pertanian",
            "Bagikan   WhatsApp   Facebook   X   Salin tautan",
            "© 2026 Siaran Dunia",
        ]
    )


def test_the_standfirst_and_the_reading_time_stay_out_of_the_body() -> None:
    art = clean_page(_broadcaster_page())
    assert art.title == _HEADLINE
    assert art.text.startswith(_LEAD)
    assert set_aside(art).get(_STANDFIRST) == "standfirst"
    assert set_aside(art).get("Bacaan 5 menit") == "counter"
    assert art.published is not None and art.published.iso == "2026-08-14"


def test_a_question_listed_at_the_foot_is_no_subheading_of_the_story() -> None:
    art = clean_page(_broadcaster_page())
    assert art.text.endswith(_LAST)
    assert _FOOT_QUESTION not in art.text


def test_a_question_heading_inside_the_story_stays() -> None:
    page = _broadcaster_page().replace(
        _SECOND, f"{_SECOND}\nMengapa Rumah Prisma Dipilih?\n{_SECOND.replace('lima', 'enam')}"
    )
    art = clean_page(page)
    assert "Mengapa Rumah Prisma Dipilih?" in art.text


@pytest.mark.parametrize(
    "line", ["Bacaan 4 menit", "Bacaan: 6 menit", "Estimasi waktu baca 3 menit"]
)
def test_reading_times_written_with_the_noun(line: str) -> None:
    assert P.READING_TIME_RE.match(line)


def test_a_sentence_about_reading_is_no_reading_time() -> None:
    assert not P.READING_TIME_RE.match("Bacaan anak-anak di desa itu hanya lima menit sehari.")


_TRADE_HEADLINE = "Kapal Cepat Baru Layani Penyeberangan Dua Pulau Mulai Pekan Ini"
_TRADE_LEAD = (
    "KabarLaut.example – Operator pelayaran swasta mulai melayani penyeberangan kapal "
    "cepat antara dua pulau di selatan provinsi itu."
)


def _trade_page(trail: str) -> str:
    return "\n".join(
        [
            "Skip to content",
            "KabarLaut.example",
            "Portal Berita Pelayaran dan Pelabuhan",
            "Kapal   Pelabuhan   Logistik   Wisata Bahari",
            "Search...",
            trail,
            "12 Februari 2026",
            _TRADE_HEADLINE,
            "Ditulis oleh Rudi Samudra",
            "2 min read",
            _TRADE_LEAD,
            "Kapal berkapasitas seratus penumpang itu berlayar dua kali sehari, pagi dan sore.",
            "Operator berharap jumlah penumpang naik saat libur sekolah tiba.",
            "Tags:  kapal cepat   penyeberangan",
            "© 2026 KabarLaut.example",
        ]
    )


def test_a_date_under_the_breadcrumb_trail_dates_the_story() -> None:
    art = clean_page(_trade_page("Home  »  Pelabuhan"))
    assert art.title == _TRADE_HEADLINE
    assert art.published is not None and art.published.iso == "2026-02-12"


def test_a_date_under_a_plain_menu_line_is_still_the_header_today() -> None:
    art = clean_page(_trade_page("Pelabuhan   Kapal   Logistik   Wisata   Opini"))
    assert art.published is None or art.published.iso != "2026-02-12"


_ORG_URL = "https://kabarhulu.example/read/2026/09/03/jembatan-gantung-putus-diterjang-arus"
_ORG_HEADLINE = "Jembatan Gantung Putus Diterjang Arus, Warga Seberangi Sungai dengan Rakit"
_ORG_LEAD = (
    "HULU, KABARHULU.EXAMPLE – Jembatan gantung yang menghubungkan dua dusun di tepi sungai "
    "putus diterjang arus deras setelah hujan turun semalaman."
)
_ORG_LAST = "Pemerintah desa meminta warga tidak menyeberang saat air sungai masih tinggi."


def _org_capture() -> str:
    return "\n".join(
        [
            "#+TITLE: Kliping Daerah Hulu – September 2026",
            "#+AUTHOR: Tim Pemantau",
            "#+STARTUP: overview",
            "",
            f"* TODO {_ORG_HEADLINE} - Kabar Hulu :bencana:",
            ":PROPERTIES:",
            f":URL:      {_ORG_URL}",
            ":CAPTURED: [2026-09-05 Sat 09:12]",
            ":END:",
            f"Sumber: [[{_ORG_URL}][{_ORG_HEADLINE}]]",
            "",
            "#+BEGIN_QUOTE",
            _ORG_HEADLINE,
            "Reporter: Yoga Rimba | Editor: Lia Tebing",
            _ORG_LEAD,
            "Sedikitnya dua ratus warga kini harus menyeberang dengan rakit bambu untuk ke pasar.",
            _ORG_LAST,
            "(yr)",
            "#+END_QUOTE",
            "",
            "** Catatan",
            "- tanyakan jadwal perbaikan ke dinas",
        ]
    )


def test_an_org_capture_is_read_as_the_page_it_quotes_at_its_address() -> None:
    art = clean_page(_org_capture())
    assert art.title == _ORG_HEADLINE
    assert art.url == _ORG_URL
    # the address dates the story; the capture stamp (5 September) never does
    assert art.published is not None and art.published.iso == "2026-09-03"
    assert art.text.endswith(_ORG_LAST)
    assert "tanyakan jadwal" not in art.text and "#+" not in art.text


def test_an_org_capture_without_a_quote_block_keeps_the_text_under_the_drawer() -> None:
    org = _org_capture().replace("#+BEGIN_QUOTE\n", "").replace("#+END_QUOTE\n", "")
    front, text = split_org_capture(org)
    assert front is not None and front.url == _ORG_URL and front.published is None
    assert text.lstrip().startswith("Sumber:") and _ORG_LAST in text


def test_a_list_of_starred_lines_is_no_org_capture() -> None:
    text = "* Harga cabai naik\n* Harga bawang turun\n:PROPERTIES: bukan laci\nIsi berita."
    assert split_org_capture(text)[0] is None
