"""A page's source copied from the browser's "view-source:" view, line numbers and all,
read as the HTML it shows: invented dumps (a tab, spaces or a bar after the number, a
wrapped line, a dump without its address), a dump whose address heads no HTML, numbered
prose that is no dump; and a markup timestamp in UTC read on the desk's clock."""

from __future__ import annotations

import pytest

from warta.clean import clean_document
from warta.errors import MalformedInputError
from warta.ingest.html import first_published
from warta.ingest.view_source import read_view_source
from warta.records import Provenance, RawDoc

_URL = "https://warta-sungai.example/2025/11/dermaga-apung-sekumpul-diperpanjang/"
_HEADLINE = "Dermaga Apung Sekumpul Diperpanjang 40 Meter untuk Kapal Wisata"


def _source(stamp: str) -> list[str]:
    return [
        "<!DOCTYPE html>",
        '<html lang="id-ID">',
        "<head>",
        '<meta charset="UTF-8">',
        f"<title>{_HEADLINE} &#8211; Warta Sungai</title>",
        f'<meta property="article:published_time" content="{stamp}" />',
        "</head>",
        '<body class="single-post">',
        '<div class="top-bar"><span>Jumat, November 14, 2025</span> <a href="/kontak">Kontak</a></div>',
        "<article>",
        f'<h1 class="entry-title">{_HEADLINE}</h1>',
        '<div class="post-content">',
        "<p><strong>MARTAPURA, WS</strong> &#8211; Dermaga apung di kawasan Sekumpul diperpanjang "
        "40 meter agar kapal wisata susur sungai bisa bersandar bersamaan.</p>",
        "<p>Dinas pariwisata setempat menyebut pekerjaan dimulai awal Januari dan "
        "ditargetkan selesai sebelum musim libur sekolah.</p>",
        "<p>&#8220;Selama ini kapal harus antre untuk menurunkan penumpang,&#8221; ujarnya, "
        "Kamis (13/11).</p>",
        "<p>Anggaran perpanjangan dermaga berasal dari dana bagi hasil provinsi tahun 2026.</p>",
        "</div>",
        "</article>",
        '<div class="footer">&copy; Warta Sungai 2025</div>',
        "</body>",
        "</html>",
    ]


def _dump(separator: str, *, address: bool = True, stamp: str = "2025-11-13T09:05:00+07:00") -> str:
    rows = [f"{n}{separator}{line}" for n, line in enumerate(_source(stamp), start=1)]
    return "\n".join(([f"view-source:{_URL}"] if address else []) + rows)


@pytest.mark.parametrize("separator", ["\t", "  ", " | ", "\u2502"])
def test_a_view_source_dump_reads_as_its_page(separator: str) -> None:
    art = clean_document(RawDoc(Provenance("v.txt"), _dump(separator)))
    assert art.title == _HEADLINE
    assert art.url == _URL
    assert art.text.startswith("Dermaga apung di kawasan Sekumpul")
    assert art.text.rstrip().endswith("dana bagi hasil provinsi tahun 2026.")
    assert art.published is not None and art.published.iso == "2025-11-13"
    assert "<p>" not in art.text


def test_a_dump_without_its_address_line_reads_too() -> None:
    page = read_view_source(_dump("\t", address=False))
    assert page is not None and page.url is None
    assert page.html.startswith("<!DOCTYPE html>")


def test_a_wrapped_line_goes_on_the_line_above() -> None:
    rows = _dump("\t").splitlines()
    at = next(i for i, row in enumerate(rows) if "Dinas pariwisata" in row)
    cut = rows[at].index("pekerjaan")
    rows[at : at + 1] = [rows[at][:cut], rows[at][cut:]]
    page = read_view_source("\n".join(rows))
    assert page is not None
    assert "pekerjaan dimulai" in page.html
    assert "\n14\t" not in page.html


def test_a_dump_whose_address_heads_no_html_is_a_clear_error() -> None:
    cut = f"view-source:{_URL}\n1\tJumat, 14 November 2025\n2\tHalaman tidak tersedia"
    with pytest.raises(MalformedInputError, match="view-source"):
        clean_document(RawDoc(Provenance("cut.txt"), cut))


@pytest.mark.parametrize(
    "text",
    [
        "1. Harga cabai naik.\n2. Harga bawang turun.\n3. Harga beras tetap.",
        "2026 menjadi tahun yang berat bagi petani.\n12 desa terendam banjir.\n3 jembatan rusak.",
        "1\tBeras\t12.500\n2\tGula\t17.000\n3\tMinyak\t18.000",
    ],
)
def test_numbered_text_without_markup_is_no_dump(text: str) -> None:
    assert read_view_source(text) is None


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("2025-11-13T21:08:44+00:00", "2025-11-14"),  # 04:08 WIB the next day
        ("2025-11-13T23:40:00Z", "2025-11-14"),
        ("2025-11-13T09:05:00+07:00", "2025-11-13"),
        ("2025-11-13T16:30:00+0000", "2025-11-13"),  # 23:30 WIB, the same day
        ("2025-11-13T08:00:00", "2025-11-13"),  # no zone: read as written
    ],
)
def test_a_markup_timestamp_is_read_on_the_desks_clock(stamp: str, day: str) -> None:
    page = f'<meta property="article:published_time" content="{stamp}" />'
    assert first_published(page, stamp[:10]) == day


def test_a_dump_with_a_utc_stamp_is_dated_on_the_desks_day() -> None:
    dump = _dump("\t", stamp="2025-11-13T21:08:44+00:00")
    art = clean_document(RawDoc(Provenance("v.txt"), dump))
    assert art.published is not None and art.published.iso == "2025-11-14"
