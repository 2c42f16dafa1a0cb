"""Shapes seen on the forty-fifth blind page set, each an invented page written here in
that shape (not a labelled page): a regulator's press release in HTML whose ``<title>``
puts the section's label before the headline ("Siaran Pers: <headline> | Site") beside a
reworded social title, and which closes with a contact block under its head alone on a
line ("Informasi lebih lanjut:"); a government site's page whose lead opens with the
place and the site's own address ("Kota, dinas.go.id –") under the picture's caption,
signed by its press office in words ("(humas kota)"); and a web crawler's dataset item
(Apify's: the page's title in the item's ``metadata``), read as the article it holds."""

from __future__ import annotations

import json
from typing import Any

import pytest
from tests.clean.pages import clean_page, set_aside

from warta.clean import clean_document
from warta.clean.shapes import split_credit
from warta.ingest.index_hit import read_index_hit
from warta.records import Article, Provenance, RawDoc

_HEADLINE = "Badan Pengawas Tutup 312 Koperasi Simpan Pinjam Bodong Sepanjang Triwulan Ketiga"
_LEAD = (
    "Badan pengawas menutup 312 koperasi simpan pinjam tanpa izin yang menawarkan "
    "pinjaman lewat aplikasi pesan sepanjang triwulan ketiga."
)
_LAST = (
    "Warga yang merasa dirugikan diminta melapor ke kantor polisi terdekat dengan "
    "membawa bukti percakapan dan transfer."
)


def _release(contact_below: str) -> str:
    return (
        "<html><head>"
        f"<title>Siaran Pers: {_HEADLINE} | BPK</title>"
        '<meta property="og:title" content="Ratusan Koperasi Bodong Ditutup, Warga Diminta '
        'Waspada">'
        "</head><body>"
        '<nav><a href="/">Beranda</a> <a href="/berita">Berita</a></nav>'
        "<div>SIARAN PERS</div>"
        f"<h1>{_HEADLINE}</h1>"
        "<div>SP 44/HUMAS/BPK/IX/2026</div>"
        "<div class='isi'>"
        f"<p>Surabaya, 3 Oktober 2026. {_LEAD} Sebagian besar beroperasi tanpa kantor.</p>"
        "<p>Kepala badan mengatakan modus koperasi bodong kini memakai grup percakapan "
        "untuk menjaring anggota baru dengan janji bunga rendah dan pencairan cepat.</p>"
        "<p>Badan pengawas juga meminta penyedia layanan pesan menutup 540 akun yang "
        "dipakai untuk menagih anggota dengan ancaman selama tiga bulan terakhir.</p>"
        f"<p>{_LAST}</p>"
        "</div>"
        f"<div class='kontak'><p>Informasi lebih lanjut:</p>{contact_below}</div>"
        "<footer><p>Hak Cipta &copy; 2026 Badan Pengawas</p></footer>"
        "</body></html>"
    )


def _clean_html(page: str) -> Article:
    return clean_document(RawDoc(Provenance("t.html"), page, "html"))


def test_a_titles_section_label_before_the_headline_gives_way_to_the_page_heading() -> None:
    art = _clean_html(_release("<p>Biro Humas Badan Pengawas</p><p>Telp. 1500 99</p>"))
    assert art.title == _HEADLINE


def test_a_contact_blocks_head_alone_on_its_line_leaves_the_body() -> None:
    art = _clean_html(
        _release("<p>Biro Humas Badan Pengawas</p><p>Telp. 1500 99 | Email: humas@bpk.example</p>")
    )
    assert art.text.endswith(_LAST)
    assert set_aside(art)["Informasi lebih lanjut:"] == "contact"


def test_a_contact_head_with_no_channel_under_it_is_not_read_as_one() -> None:
    page = f"{_HEADLINE}\nSelasa, 6 Oktober 2026\n{_LEAD}\n{_LAST}\nNarahubung:\n"
    art = clean_page(page)
    assert set_aside(art).get("Narahubung:") != "contact"


def test_a_contact_head_over_a_paragraph_of_the_story_stays() -> None:
    told = "Pendaftaran dibuka di balai desa hingga akhir bulan bagi semua warga yang berminat."
    page = (
        f"{_HEADLINE}\nSelasa, 6 Oktober 2026\n{_LEAD}\n{_LAST}\n"
        f"Informasi lebih lanjut:\n{told}\nTelp. 1500 99\n"
    )
    art = clean_page(page)
    assert "Informasi lebih lanjut:" not in set_aside(art)
    assert told in art.text


_CAPTION = "Petugas dinas memeriksa pintu air di Bendung Cikarang Hilir, Kota Lama."
_GOV_LEAD = (
    "Dinas Sumber Daya Air memperbaiki empat pintu air bendung yang macet menjelang musim "
    "hujan, Senin (5/10/2026)."
)
_GOV_LAST = "Warga diminta melapor bila melihat tanggul yang retak di sepanjang saluran induk."


def _gov_page(dateline: str, credit: str) -> str:
    return (
        "Lewati ke konten\n"
        "PEMERINTAH KOTA LAMA\n"
        "Beranda   Profil   Berita   Layanan   Kontak\n"
        "Beranda  /  Berita\n"
        "Dinas Perbaiki Empat Pintu Air Bendung Jelang Musim Hujan\n"
        "SENIN, 05 OKTOBER 2026 - 14:20\n"
        "Bagikan:   WhatsApp   Facebook\n"
        f"{_CAPTION}\n"
        f"{dateline} {_GOV_LEAD}\n"
        "Kepala dinas mengatakan perbaikan dikerjakan bergiliran agar aliran air ke "
        "sawah warga tidak terputus selama pekerjaan berlangsung.\n"
        '"Kami targetkan selesai sebelum pertengahan bulan," ujarnya di lokasi.\n'
        f"{_GOV_LAST} {credit}\n"
        "Berita Terkait\n"
        "Dinas Bersihkan Saluran Induk dari Sampah Kiriman\n"
        "© 2026 Pemerintah Kota Lama\n"
    )


@pytest.mark.parametrize(
    "dateline", ["Kota Lama, kotalama.go.id –", "Bandung, humas.kotalama.go.id -"]
)
def test_a_sites_own_address_in_the_lead_dateline_puts_the_caption_over_it_aside(
    dateline: str,
) -> None:
    art = clean_page(_gov_page(dateline, "(humas kota lama)"))
    assert art.text.startswith("Dinas Sumber Daya Air memperbaiki")
    assert set_aside(art)[_CAPTION] == "caption"


@pytest.mark.parametrize("credit", ["(humas kota lama)", "(Humas Pemkot)", "(tim humas dinas)"])
def test_a_press_office_signing_the_last_paragraph_in_words_is_set_aside(credit: str) -> None:
    art = clean_page(_gov_page("Kota Lama, kotalama.go.id –", credit))
    assert art.text.endswith(_GOV_LAST)
    assert split_credit(f"{_GOV_LAST} {credit}", closing=True) == (_GOV_LAST, credit)


def test_a_press_offices_name_inside_the_story_stays() -> None:
    text = "Rapat digelar di kantor humas (Humas Pemkot). Warga hadir."
    assert split_credit(text, closing=True) == (text, None)
    assert split_credit("Air surut. (Humas Pemkot)") == ("Air surut. (Humas Pemkot)", None)


_SITE_TITLE = "Jembatan Gantung Desa Sukamaju Putus Diterjang Banjir"
_ITEM_URL = "https://kabarlembah.example/daerah/jembatan-gantung-sukamaju-putus"


def _crawler_item(**metadata: Any) -> str:
    meta = {
        "canonicalUrl": _ITEM_URL,
        "title": f"{_SITE_TITLE} - Kabar Lembah",
        "description": "Warga kini menyeberang memakai rakit bambu.",
        "author": "Dewi Lestari",
        "headers": {"date": "Wed, 14 Oct 2026 02:00:00 GMT"},
    }
    meta.update(metadata)
    item = {
        "url": _ITEM_URL,
        "crawl": {"loadedUrl": _ITEM_URL, "loadedTime": "2026-10-14T02:00:01.100Z", "depth": 1},
        "metadata": meta,
        "text": (
            f"{_SITE_TITLE}\n"
            "Penulis: Dewi Lestari | Editor: Bayu Saputra\n"
            "Senin, 12 Oktober 2026 | 16:35 WIB\n"
            "CIANJUR, KABAR LEMBAH – Jembatan gantung yang menyambungkan Dusun Kaler dan Dusun "
            "Kidul di Desa Sukamaju ambruk ketika arus sungai meluap pada Minggu malam.\n"
            "Kepala desa mengatakan sekitar 300 warga kini menyeberang sungai memakai rakit "
            "bambu yang dibuat secara gotong royong.\n"
            "Pemerintah kabupaten berjanji membangun jembatan darurat dalam sepekan. (dl/bs)\n"
            "Tags: banjir jembatan Cianjur"
        ),
    }
    return json.dumps([item], indent=2)


def test_a_crawlers_dataset_item_is_read_as_its_article() -> None:
    art = clean_page(_crawler_item())
    assert art.title == _SITE_TITLE
    assert art.url == _ITEM_URL
    assert art.text.startswith("Jembatan gantung yang menyambungkan")
    assert art.text.endswith("jembatan darurat dalam sepekan.")
    assert "rakit bambu." not in art.text.split("\n\n")[0]  # the description is no lead
    # the crawl's time and the response's date header date nothing: the page's line does
    assert art.published is not None and art.published.iso == "2026-10-12"


def test_an_items_own_title_wins_over_its_metadata() -> None:
    data = json.loads(_crawler_item())
    data[0]["title"] = "Judul Milik Item"
    story = read_index_hit(json.dumps(data))
    assert story is not None and story.title == "Judul Milik Item"


def test_an_item_with_no_title_anywhere_is_no_article() -> None:
    data = json.loads(_crawler_item())
    del data[0]["metadata"]["title"]
    assert read_index_hit(json.dumps(data)) is None
