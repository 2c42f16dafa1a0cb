"""Shapes seen on the twenty-fourth blind page set, each an invented page written here in
that shape (not a labelled page): a market desk's lead dated "Outlet, (d/m) -" with no
weekday and no year, the year given by the page's own dates; a government site's footer
closing on the office's postal address; a note app's page export whose properties table
dates the note (made, edited) and not the story; a story signed by a desk's one-letter
code glued to its last sentence. (A chat channel's JSON export is in
tests/ingest/test_slack_export.py.)"""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page, set_aside

from warta.clean import clean_document
from warta.ingest.html import without_note_dates
from warta.records import Provenance, RawDoc

# --- a market desk's lead: "Outlet, (d/m) -", the year from the page's dates -------------

_DESK_HEADLINE = "Penjualan Semen Kuartal III Naik Tipis, Ekspor Jadi Penopang"


def _desk_page(header_date: str | None, lead_day: str = "(14/7)") -> str:
    lines = ["PasarKita - Kabar Bursa dan Emiten"]
    if header_date:
        lines.append(f"{header_date}   |   Indeks 6.980,12 (-0,15%)   Kurs 15.870")
    lines += [
        "Beranda   Emiten   Pasar   Komoditas",
        _DESK_HEADLINE,
        f"PasarKita, {lead_day} - PT Semen Tanah Air Tbk mencatat penjualan 4,2 juta ton "
        "hingga akhir Juni, naik 3 persen dibanding periode yang sama tahun lalu.",
        "Kenaikan itu terutama datang dari ekspor ke negara tetangga, sementara pasar dalam "
        "negeri masih lesu karena proyek konstruksi tertunda.",
        "Manajemen memperkirakan permintaan membaik pada semester kedua seiring cairnya "
        "anggaran infrastruktur daerah.",
        "Copyright © PasarKita. All Rights Reserved.",
    ]
    return "\n".join(lines)


def test_a_desk_lead_day_takes_the_year_of_the_page_date_a_day_later() -> None:
    art = clean_page(_desk_page("Rabu, 15 Juli 2026"))
    assert art.title == _DESK_HEADLINE
    assert art.published is not None and art.published.iso == "2026-07-14"
    assert art.text.startswith("PT Semen Tanah Air Tbk mencatat penjualan")


def test_a_desk_lead_day_in_december_takes_the_year_before_a_january_page_date() -> None:
    art = clean_page(_desk_page("Sabtu, 2 Januari 2027", lead_day="(30/12)"))
    assert art.published is not None and art.published.iso == "2026-12-30"


@pytest.mark.parametrize(
    "header_date",
    [
        None,  # no date on the page: the year is never guessed
        "Kamis, 20 Agustus 2026",  # seen weeks later: that page date says nothing of it
    ],
)
def test_a_desk_lead_day_with_no_close_page_date_stays_undated(header_date: str | None) -> None:
    art = clean_page(_desk_page(header_date))
    assert art.published is None
    assert art.text.startswith("PT Semen Tanah Air Tbk mencatat penjualan")


# --- a government site's footer: the office's postal address ----------------------------
# Longer than the short unfinished lines a footer is otherwise told by.

_OFFICE_ADDRESS = (
    "Dinas Perikanan dan Kelautan Kabupaten Contoh, Jl. Pelabuhan Lama No. 12, Kota Contoh 91234"
)


def _office_page(closing: str) -> str:
    return "\n".join(
        [
            "Kamis, 3 September 2026",
            "Dinas Perikanan Kabupaten Contoh Provinsi Contoh Raya",
            "Beranda   Profil   Berita   Layanan   Kontak",
            "Dinas Perikanan Salurkan 40 Mesin Perahu untuk Nelayan Kecil",
            "Selasa, 1 September 2026 | Admin",
            "Dinas Perikanan Kabupaten Contoh menyalurkan 40 mesin perahu kepada kelompok "
            "nelayan kecil di tiga kecamatan pesisir.",
            closing,
            "Bidang Humas Dinas Perikanan Kabupaten Contoh",
            "Bagikan:   Facebook   X   WhatsApp",
            "Berita Terkait",
            "Pelatihan Pengolahan Ikan Asap untuk Istri Nelayan",
            "Senin, 31 Agustus 2026",
            "Ikuti kanal resmi kami untuk informasi terbaru.",
            _OFFICE_ADDRESS,
            "Hak Cipta © 2026 Dinas Perikanan Kabupaten Contoh",
        ]
    )


def test_the_footer_postal_address_is_set_aside() -> None:
    closing = "Penerima diminta merawat mesin agar bisa dipakai melaut setidaknya lima tahun."
    art = clean_page(_office_page(closing))
    assert art.text.endswith(closing)
    assert _OFFICE_ADDRESS in set_aside(art)


def test_a_sentence_naming_an_address_stays_in_the_story() -> None:
    closing = (
        "Nelayan yang belum terdata dapat mendaftar di kantor dinas, Jl. Pelabuhan Lama "
        "No. 12, Kota Contoh 91234, setiap hari kerja."
    )
    art = clean_page(_office_page(closing))
    assert art.text.endswith(closing)


# --- a note app's page export: the note's own dates are not the story's --------------------

_NOTE_HEADLINE = "Petani Rumput Laut Mulai Panen Setelah Cuaca Membaik"


def _note_export(label: str, row_class: str) -> str:
    return (
        "<html><head><title>" + _NOTE_HEADLINE + "</title></head><body>"
        '<article class="page"><header><h1 class="page-title">' + _NOTE_HEADLINE + "</h1>"
        '<table class="properties"><tbody>'
        '<tr class="property-row property-row-url"><th>URL</th><td>'
        '<a href="https://kabarpesisir.example/rumput-laut">tautan</a></td></tr>'
        f'<tr class="property-row {row_class}"><th>{label}</th>'
        "<td><time>@22 Juni 2026 07:30</time></td></tr>"
        '</tbody></table></header><div class="page-body">'
        "<p>KABAR PESISIR</p><p>Sabtu, 20 Juni 2026 | 10:15 WITA</p>"
        "<p>Petani rumput laut di pesisir selatan mulai memanen lagi setelah gelombang "
        "tinggi mereda sejak awal pekan.</p>"
        "<p>Harga rumput laut kering di tingkat pengepul bertahan di kisaran Rp18.000 per "
        "kilogram, menurut para petani.</p>"
        "<p>Kelompok tani berharap cuaca tetap tenang hingga akhir bulan agar panen tidak "
        "terganggu.</p></div></article></body></html>"
    )


@pytest.mark.parametrize(
    ("label", "row_class"),
    [
        ("Dibuat", "property-row-created_time"),
        ("Terakhir diedit", "property-row-last_edited_time"),
        ("Created", "property-row-date"),  # the header cell says it, whatever the class
    ],
)
def test_a_note_export_is_dated_by_the_story_not_by_the_note(label: str, row_class: str) -> None:
    raw = RawDoc(Provenance("catatan.html"), _note_export(label, row_class), format="html")
    art = clean_document(raw)
    assert art.title == _NOTE_HEADLINE
    assert art.published is not None and art.published.iso == "2026-06-20"


def test_a_property_that_dates_the_story_is_kept() -> None:
    row = '<tr class="property-row property-row-date"><th>Tanggal terbit</th><td>20 Juni</td></tr>'
    assert without_note_dates(f"<table>{row}</table>") == f"<table>{row}</table>"


# --- a desk's one-letter code glued to the last sentence ----------------------------------


def test_a_one_letter_desk_code_closing_the_story_is_set_aside() -> None:
    last = "Pendaftaran ditutup pada akhir bulan ini, kata panitia."
    page = "\n".join(
        [
            "Lomba Perahu Hias Kembali Digelar di Teluk Contoh",
            "KOTA CONTOH, Kabarteluk.example - Panitia kembali menggelar lomba perahu hias "
            "di Teluk Contoh setelah dua tahun terhenti.",
            "Sebanyak 30 kelompok nelayan sudah mendaftar, sebagian besar dari desa-desa di "
            "sisi timur teluk.",
            last + "(u)",
        ]
    )
    art = clean_page(page)
    assert art.text.endswith(last)
    assert set_aside(art).get("(u)") == "initials"
