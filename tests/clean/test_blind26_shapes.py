"""Shapes seen on the twenty-sixth blind page set, each an invented page written here in
that shape (not a labelled page): a public office's page whose ``<title>`` names only the
office and whose social title is another story's, the headline its one ``<h1>``; a phone
copy whose date line stands between the story's section name and its headline; a lead's
dateline closed by a colon after the site's address; a closing paragraph signed to the
desk ("(Abc/Red)"); a LINE chat history whose replies follow the pasted story. (A HAR
export is in tests/ingest/test_har.py.)"""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page, set_aside

from warta.clean import clean_document
from warta.records import Provenance, RawDoc

# --- a <title> naming the office, a social title of another story, one <h1> --------------

_OFFICE_HEADLINE = "Pemkab Contoh Buka 25 Dapur Umum bagi Warga Terdampak Banjir Rob"


def _office_page(h1: str) -> str:
    paragraphs = "".join(
        f"<p>{p}</p>"
        for p in (
            "Pemerintah Kabupaten Contoh membuka 25 dapur umum untuk warga pesisir yang "
            "rumahnya tergenang banjir rob sejak awal pekan.",
            "Dapur umum itu menyiapkan makanan dua kali sehari bagi sekitar empat ribu "
            "warga di enam desa yang terdampak.",
            "Bupati meminta camat mendata warga lanjut usia agar makanan diantar langsung "
            "ke rumah mereka.",
        )
    )
    return (
        "<html><head><title>Pemerintah Kabupaten Contoh</title>"
        '<meta property="og:title" content="Bupati Ajak Warga Tanam Mangrove di Pesisir '
        'Utara"></head><body><div class="top">Jumat, 4 Desember 2026</div>'
        '<header><span>PEMERINTAH KABUPATEN CONTOH</span><ul><li><a href="/">Beranda</a></li>'
        '<li><a href="/berita">Berita</a></li></ul></header><h2>Berita</h2>'
        f'<div class="detail"><h1 class="judul">{h1}</h1><p class="tgl">2 Desember 2026</p>'
        f"{paragraphs}</div><footer><p>© 2026 Kabupaten Contoh</p></footer></body></html>"
    )


def test_the_one_main_heading_is_the_headline_over_a_stray_social_title() -> None:
    page = _office_page(_OFFICE_HEADLINE)
    art = clean_document(RawDoc(Provenance("t.html"), page, format="html"))
    assert art.title == _OFFICE_HEADLINE


def test_a_social_title_the_title_tag_vouches_for_stays_the_headline() -> None:
    # The <title> states the social title: the page's own heading does not replace it.
    social = "Bupati Ajak Warga Tanam Mangrove di Pesisir Utara"
    page = _office_page(_OFFICE_HEADLINE).replace(
        "<title>Pemerintah Kabupaten Contoh</title>", f"<title>{social} | Kabupaten Contoh</title>"
    )
    art = clean_document(RawDoc(Provenance("t.html"), page, format="html"))
    assert art.title == social


# --- a phone copy: the date between the section name and the headline --------------------

_PHONE_HEADLINE = "Dermaga Apung di Teluk Contoh Rusak Diterjang Ombak, Nelayan Tambat di Pantai"


def _phone_page(menu: str) -> str:
    return "\n".join(
        [
            "07.41 📶 4G 🔋 72%",
            menu,
            "Kabar dari pesisir untuk semua",
            "Peristiwa",
            "Selasa, 10 November 2026",
            _PHONE_HEADLINE,
            "Oleh Yohanes Contoh",
            "Kabarpesisir.co – Dermaga apung di Teluk Contoh rusak setelah diterjang ombak "
            "tinggi selama dua hari terakhir, sehingga nelayan menambatkan perahu di pantai.",
            "Kepala desa setempat mengatakan tiga ponton dermaga terlepas dan hanyut ke "
            "tengah teluk pada Senin malam.",
            "Dinas perikanan berjanji memperbaiki dermaga itu sebelum musim angin barat.",
            "Bagikan   WhatsApp   Facebook",
        ]
    )


@pytest.mark.parametrize("menu", ["☰  Kabar Pesisir  🔍", "≡ Kabar Pesisir"])
def test_a_date_between_the_section_name_and_the_headline_dates_the_story(menu: str) -> None:
    art = clean_page(_phone_page(menu))
    assert art.title == _PHONE_HEADLINE
    assert art.published is not None and art.published.iso == "2026-11-10"


# --- a lead's dateline "PLACE, site.co.id: ..." ------------------------------------------


@pytest.mark.parametrize("site", ["kabarpulau.co.id", "KABARPULAU.COM", "Kabarpulau.id"])
def test_a_dateline_with_the_sites_address_and_a_colon_is_set_aside(site: str) -> None:
    lead = (
        f"KOTA CONTOH, {site}: Jumlah wisatawan yang menyeberang ke pulau kecil di utara "
        "kota naik dua kali lipat selama libur sekolah."
    )
    page = "\n".join(
        [
            "KABARPULAU",
            "Beranda   Wisata   Ekonomi",
            "Wisatawan ke Pulau Kecil di Utara Kota Contoh Naik Dua Kali Lipat",
            "Senin, 12 Oktober 2026 | 09:00",
            lead,
            "Operator kapal menambah jadwal penyeberangan dari tiga menjadi lima kali sehari "
            "untuk melayani penumpang.",
            "Pengelola pulau meminta wisatawan membawa pulang sampah mereka masing-masing.",
        ]
    )
    art = clean_page(page)
    assert art.text.startswith("Jumlah wisatawan yang menyeberang ke pulau kecil")


# --- a closing paragraph signed to the desk ---------------------------------------------


@pytest.mark.parametrize("sign", ["(Abc/Red)", "(abc/red)", "(Yud/Redaksi)"])
def test_a_closing_paragraph_signed_to_the_desk_stays_the_storys(sign: str) -> None:
    last = "Petugas menutup jalur itu bagi kendaraan berat hingga perbaikan selesai."
    page = (
        "<html><head><title>Jalan Desa Contoh Amblas Sepanjang 20 Meter - Kabar Kita</title>"
        "</head><body><article><h1>Jalan Desa Contoh Amblas Sepanjang 20 Meter</h1>"
        "<p>Jalan penghubung dua kecamatan di Desa Contoh amblas sepanjang 20 meter setelah "
        "hujan deras mengguyur wilayah itu semalaman.</p>"
        "<p>Warga memasang bambu dan tali sebagai tanda bahaya di tepi jalan yang amblas.</p>"
        f"<p>{last} {sign}</p></article></body></html>"
    )
    art = clean_document(RawDoc(Provenance("t.html"), page, format="html"))
    assert art.text.rstrip().endswith(last)


def test_a_picture_credit_in_brackets_still_makes_a_caption() -> None:
    caption = "Warga melintas di tepi jalan yang amblas di Desa Contoh. (Budi Contoh/Kabar Kita)"
    page = "\n".join(
        [
            "KABAR KITA",
            "Jalan Desa Contoh Amblas Sepanjang 20 Meter",
            caption,
            "Jalan penghubung dua kecamatan di Desa Contoh amblas sepanjang 20 meter setelah "
            "hujan deras mengguyur wilayah itu semalaman.",
            "Warga memasang bambu dan tali sebagai tanda bahaya di tepi jalan yang amblas.",
        ]
    )
    assert set_aside(clean_page(page)).get(caption) == "caption"


# --- a LINE chat history: the story pasted, the analysts' replies after it ----------------

_LINE_HEADLINE = "Harga Cabai Rawit di Pasar Contoh Tembus Rp90 Ribu per Kilogram"
_REPLY = "Terima kasih bu. Saya catat di rekap sore, besok dicek ke dinas perdagangan"


def _line_export() -> str:
    story = "\n".join(
        [
            '"KABARCONTOH.ID',
            _LINE_HEADLINE,
            "Rabu, 14 Oktober 2026 | 11:05 WIB",
            "KOTA CONTOH, KABARCONTOH.ID – Harga cabai rawit di Pasar Contoh naik menjadi "
            "Rp90 ribu per kilogram, hampir dua kali lipat dari bulan lalu.",
            "Pedagang menyebut pasokan dari sentra di dataran tinggi berkurang karena hujan "
            "merusak tanaman.",
            '""Pembeli sekarang hanya beli seperempat kilo,"" kata seorang pedagang.',
            'Dinas perdagangan berencana menggelar pasar murah pekan depan."',
        ]
    )
    return "\n".join(
        [
            "[LINE] Riwayat obrolan di Pantauan Harga Pangan",
            "Disimpan pada: 2026/10/15 08:00",
            "",
            "2026/10/14(Rab)",
            "13:02\tSari Contoh\tSelamat siang, berita harga cabai hari ini",
            f"13:03\tSari Contoh\t{story}",
            "13:05\tSari Contoh\t[Foto]",
            f"13:20\tBudi Contoh\t{_REPLY}",
            "13:22\tSari Contoh\tSiap pak",
            "",
            "2026/10/15(Kam)",
            "07:50\tBudi Contoh\tPagi, rekap sudah dikirim",
        ]
    )


def test_a_line_history_is_read_as_the_story_pasted_in_it() -> None:
    art = clean_page(_line_export())
    assert art.title == _LINE_HEADLINE
    assert art.text.startswith("Harga cabai rawit di Pasar Contoh naik")
    assert art.text.rstrip().endswith("menggelar pasar murah pekan depan.")
    assert _REPLY not in art.text
    assert '"Pembeli sekarang hanya beli seperempat kilo," kata' in art.text
