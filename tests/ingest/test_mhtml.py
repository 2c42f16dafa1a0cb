"""A browser's single-file save (MHTML) read as the page it holds: invented saves, their
HTML encoded quoted-printable as Chrome writes it (soft line breaks, "=3D"), the title
encoded in the Subject, the save's Date a day after the story's."""

from __future__ import annotations

import quopri
from pathlib import Path

import pytest

from warta.clean import clean_document
from warta.errors import MalformedInputError
from warta.ingest.mhtml import looks_like_mhtml, read_mhtml
from warta.ingest.readers import read_path
from warta.records import Provenance, RawDoc

_BOUNDARY = "----MultipartBoundary--aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5----"


def _page_html(headline: str, site: str, stamp: str, iso: str) -> str:
    return (
        '<!DOCTYPE html><html lang="id"><head><meta http-equiv="Content-Type" '
        'content="text/html; charset=UTF-8">'
        f"<title>{headline} - {site}</title>"
        f'<meta property="article:published_time" content="{iso}T09:00:00+07:00">'
        '</head><body><header><span class="tagline">Kabar dari Timur</span>'
        '<nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a></nav></header>'
        f'<main><article><h1 class="entry-title">{headline}</h1>'
        f'<div class="meta"><span class="author">Lukas Wonda</span> '
        f'<time datetime="{iso}">{stamp}</time></div>'
        "<p>KUPANG – Pemerintah Provinsi Nusa Tenggara Timur menambah 12 kapal penyeberangan "
        "untuk melayani lonjakan penumpang selama libur Natal dan Tahun Baru.</p>"
        "<p>Kepala dinas perhubungan setempat mengatakan kapal tambahan itu akan melayani rute "
        "Kupang–Rote dan Kupang–Sabu mulai pekan depan.</p>"
        "<p>“Kami ingin tidak ada penumpang yang tertahan di pelabuhan,” katanya.</p>"
        "<p>Tiket kapal tambahan dijual di loket pelabuhan dan aplikasi resmi mulai 18 "
        "Desember 2026.</p>"
        "</article></main><footer>© 2026 Kabar Timur</footer></body></html>"
    )


def _subject(title: str) -> str:
    """The title as Chrome writes it: encoded words of 64 characters, folded."""
    encoded = quopri.encodestring(title.encode("utf-8"), header=True).decode("ascii")
    encoded = encoded.replace("=\n", "")
    chunks = [encoded[i : i + 64] for i in range(0, len(encoded), 64)]
    return "\n ".join(f"=?utf-8?Q?{chunk}?=" for chunk in chunks)


def _save(url: str, html: str, title: str, *, cut: bool = False) -> str:
    body = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    if cut:
        body = body[: len(body) // 3]
    head = (
        "From: <Saved by Blink>\n"
        f"Snapshot-Content-Location: {url}\n"
        f"Subject: {_subject(title)}\n"
        "Date: Fri, 27 Nov 2026 02:15:00 -0000\n"
        "MIME-Version: 1.0\n"
        "Content-Type: multipart/related;\n"
        '\ttype="text/html";\n'
        f'\tboundary="{_BOUNDARY}"\n\n\n'
    )
    part = (
        f"--{_BOUNDARY}\n"
        "Content-Type: text/html\n"
        "Content-ID: <frame-0A1B2C3D@mhtml.blink>\n"
        "Content-Transfer-Encoding: quoted-printable\n"
        f"Content-Location: {url}\n\n"
        f"{body}\n"
    )
    css = (
        f"--{_BOUNDARY}\n"
        "Content-Type: text/css\n"
        "Content-Transfer-Encoding: quoted-printable\n"
        "Content-Location: cid:css-1@mhtml.blink\n\n"
        "body { font-family: sans-serif; }\n"
        f"--{_BOUNDARY}--\n"
    )
    if cut:
        return head + f"--{_BOUNDARY}\nContent-Type: text/css\n\nbody {{}}\n"
    return head + part + css


_CASES = [
    (
        "https://kabartimur.example.id/ntt/8812/kapal-penyeberangan-ditambah",
        "Jelang Libur Natal, NTT Tambah 12 Kapal Penyeberangan ke Rote dan Sabu",
        "Kabar Timur",
        "Rabu, 25 November 2026 | 09:00 WITA",
        "2026-11-25",
    ),
    (
        "https://www.suaraflores.example/berita/7730/kapal-tambahan-libur-natal",
        "Dua Belas Kapal Tambahan Siap Layani Penumpang Libur Natal di Kupang",
        "Suara Flores",
        "Selasa, 24 November 2026 - 14.30 WITA",
        "2026-11-24",
    ),
]


@pytest.mark.parametrize(("url", "headline", "site", "stamp", "iso"), _CASES)
@pytest.mark.parametrize("fmt", ["html", "text"])
def test_a_single_file_save_is_read_as_its_page(
    url: str, headline: str, site: str, stamp: str, iso: str, fmt: str
) -> None:
    saved = _save(url, _page_html(headline, site, stamp, iso), f"{headline} - {site}")
    art = clean_document(RawDoc(Provenance("simpan.mhtml"), saved, format=fmt))
    assert art.title == headline
    assert art.url == url
    # the Date field is when the page was saved (27 November), never the story's date
    assert art.published is not None and art.published.iso == iso
    assert art.text.startswith("Pemerintah Provinsi Nusa Tenggara Timur menambah 12 kapal")
    assert art.text.endswith("mulai 18 Desember 2026.")
    assert "=3D" not in art.text and "MultipartBoundary" not in art.text


def test_the_saves_html_is_decoded_whole() -> None:
    url, headline, site, stamp, iso = _CASES[0]
    page = read_mhtml(_save(url, _page_html(headline, site, stamp, iso), headline))
    assert page is not None and page.url == url
    assert '<h1 class="entry-title">' in page.html and "Kupang–Rote" in page.html


def test_a_save_cut_before_its_page_is_a_clear_error() -> None:
    url, headline, site, stamp, iso = _CASES[0]
    saved = _save(url, _page_html(headline, site, stamp, iso), headline, cut=True)
    with pytest.raises(MalformedInputError, match="single-file web page save"):
        read_mhtml(saved, "rusak.mhtml")


def test_a_mail_and_a_page_are_no_single_file_save() -> None:
    mail = (
        "From: Humas Kota <humas@kota.example>\n"
        "Subject: Siaran Pers\n"
        "Date: Tue, 8 Dec 2026 08:00:00 +0700\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=UTF-8\n\n"
        "Pasar malam dibuka kembali.\n"
    )
    assert not looks_like_mhtml(mail) and read_mhtml(mail) is None
    assert read_mhtml("<html><body><p>Halaman biasa.</p></body></html>") is None


def test_an_mhtml_file_is_read_from_disk(tmp_path: Path) -> None:
    url, headline, site, stamp, iso = _CASES[1]
    path = tmp_path / "halaman.mhtml"
    path.write_text(_save(url, _page_html(headline, site, stamp, iso), headline), "utf-8")
    docs = list(read_path(path))
    assert len(docs) == 1 and isinstance(docs[0], RawDoc)
    art = clean_document(docs[0])
    assert art.title == headline and art.published is not None and art.published.iso == iso
