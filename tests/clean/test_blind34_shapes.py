"""Shapes seen on the thirty-fourth blind page set, each an invented page written here in
that shape (not a labelled page): a regional paper whose lead opens with its address
glued to the place by a hyphen and closed by a full stop ("Situsku.com-Kota. ..."), and
an agency's old HTML template that titles every story with its section's name, marks
the headline in an ``<h3>``, gives no date in its metadata and lists other stories with
their days in a sidebar, the story's own day only in its lead's dateline. (The third
shape, an issue tracker's export of a ticket, is tested in tests/ingest.)"""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page

from warta.clean import clean_document
from warta.clean.metadata import split_dateline
from warta.records import Provenance, RawDoc


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        (
            "Kabarsiantar.com-Pematang Siantar. Harga beras naik.",
            "Kabarsiantar.com-Pematang Siantar.",
        ),
        ("kabarsiantar.id-Tebing Tinggi. Harga beras naik.", "kabarsiantar.id-Tebing Tinggi."),
        ("Kabarsiantar.com–Binjai. Harga beras naik.", "Kabarsiantar.com–Binjai."),
    ],
)
def test_the_address_glued_to_the_place_by_a_hyphen_is_a_dateline(lead: str, dateline: str) -> None:
    assert split_dateline(lead) == (dateline, "Harga beras naik.")


def test_an_address_glued_to_a_word_a_sentence_opens_with_is_no_dateline() -> None:
    text = "Kabarsiantar.com-Benar. Harga beras naik."
    assert split_dateline(text) == (None, text)


_LEAD = (
    "Beras kualitas sedang di sejumlah pasar rakyat kota menjadi lebih mahal hingga Rp1.500 per kilogram "
    "dalam dua pekan terakhir karena pasokan dari sentra panen berkurang."
)
_LAST = "Pedagang berharap harga kembali turun setelah panen raya di bulan depan."


def test_a_regional_papers_glued_dateline_is_no_part_of_the_body() -> None:
    page = "\n".join(
        [
            "Kabarsiantar.com",
            "Beranda   Ekonomi   Daerah   Olahraga",
            "Beras Kualitas Sedang di Pasar Rakyat Kembali Mahal",
            "Selasa, 3 Maret 2026 10:15 WIB | Reporter: Dedi Sinaga",
            "",
            f"Kabarsiantar.com-Pematang Siantar. {_LEAD}",
            "",
            "Pedagang menyebut persediaan di gudang mereka tinggal sedikit menjelang akhir pekan.",
            "",
            _LAST,
        ]
    )
    art = clean_page(page)
    assert art.text.startswith(_LEAD[:50])
    assert "Kabarsiantar.com-" not in art.text
    assert art.text.rstrip().endswith(_LAST)


_HEADLINE = "Dinas Salurkan Ratusan Bibit Kopi untuk Petani di Lereng Gunung"
_AGENCY_LEAD = (
    "Dinas Perkebunan menyalurkan ratusan bibit kopi arabika kepada kelompok tani di tiga "
    "desa di lereng gunung untuk memperluas kebun rakyat pada musim hujan ini."
)


def _agency_page(sidebar_day: str, lead_day: str) -> str:
    paragraphs = [
        f"Kotabaru, {lead_day} &ndash; {_AGENCY_LEAD}",
        "Bibit yang dibagikan berasal dari kebun pembibitan milik dinas dan sudah berumur "
        "enam bulan, sehingga siap ditanam begitu hujan turun teratur.",
        "Kepala dinas mengatakan petani akan didampingi penyuluh selama tahun pertama agar "
        "bibit tumbuh baik dan tidak mati karena kekurangan air.",
        "Petani penerima diminta melaporkan jumlah bibit yang tumbuh setiap bulan kepada "
        "penyuluh di kecamatan masing-masing.",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        "<title>Berita - Dinas Perkebunan Kabupaten Kotabaru</title>"
        "<meta property='og:title' content='Petani Lereng Gunung Terima Bibit Kopi'>"
        "</head><body><header><div class='brand'>DINAS PERKEBUNAN</div>"
        "<nav><a href='/'>Beranda</a> <a href='/profil'>Profil</a> "
        "<a href='/?show=news'>Berita</a> <a href='/kontak'>Kontak</a></nav></header>"
        "<div class='banner'><h2>Berita</h2></div><div class='row'><div class='col-8'>"
        f"<h3 class='news-title'>{_HEADLINE}</h3>"
        "<p class='meta'>Rilis | Dibaca 310 kali</p>"
        f"<div class='news-content'>{body}</div></div>"
        "<div class='col-4'><h4>Kabar Lainnya</h4><ul>"
        "<li><a href='#'>Dinas Gelar Pelatihan Pengolahan Kopi untuk Pemuda Desa</a>"
        f"<br><small>{sidebar_day}</small></li></ul></div></div>"
        "<footer><p>Hak Cipta &copy; 2026 Dinas Perkebunan</p></footer></body></html>"
    )


def _clean_html(page: str) -> object:
    return clean_document(RawDoc(Provenance("t.html"), page, format="html"))


def test_a_section_name_in_the_title_tag_yields_to_the_marked_headline() -> None:
    art = clean_document(
        RawDoc(Provenance("t.html"), _agency_page("2 Maret 2026", "3 Maret 2026"), format="html")
    )
    assert art.title == _HEADLINE


def test_a_sidebar_day_yields_to_the_day_the_lead_states() -> None:
    art = clean_document(
        RawDoc(Provenance("t.html"), _agency_page("2 Maret 2026", "3 Maret 2026"), format="html")
    )
    assert art.published is not None and art.published.iso == "2026-03-03"
    assert art.text.startswith(_AGENCY_LEAD[:50])


def test_a_headline_that_a_menu_also_links_is_kept() -> None:
    # a headline is more than a section's few words, even when the page links it too
    page = (
        _agency_page("2 Maret 2026", "3 Maret 2026")
        .replace("<title>Berita - ", f"<title>{_HEADLINE} - ")
        .replace("Pemuda Desa</a>", f"Pemuda Desa</a><a href='#'>{_HEADLINE}</a>")
    )
    art = clean_document(RawDoc(Provenance("t.html"), page, format="html"))
    assert art.title == _HEADLINE


def test_a_site_and_a_subject_the_lead_takes_up_is_no_dateline() -> None:
    # "Klub ini" points back at the words before it: they name the story's subject.
    text = "Situsbola.net-Persija Jakarta. Klub ini kembali memimpin klasemen."
    assert split_dateline(text) == (None, text)
