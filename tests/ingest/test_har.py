"""A browser's HAR export (its network log saved as JSON) read as the page it holds: an
invented export whose document request carries the page's HTML as an escaped string,
after a script request and before a picture's, its request headers, timings and start
times on the day after the story's; and exports holding no page at all."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from warta.clean import clean_document
from warta.errors import MalformedInputError
from warta.ingest.har import looks_like_har, read_har
from warta.ingest.readers import read_path
from warta.records import Provenance, RawDoc

_URL = "https://www.kabarlembah.example/berita/jembatan-gantung-desa-hulu-diresmikan"
_HEADLINE = "Jembatan Gantung Desa Hulu Diresmikan, Warga Tak Lagi Menyeberang dengan Rakit"


def _page_html() -> str:
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
        f"<title>{_HEADLINE} - Kabar Lembah</title></head><body>"
        '<div class="today">Sabtu, 7 November 2026</div>'
        '<nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a></nav><article>'
        f"<h1>{_HEADLINE}</h1>"
        '<div class="meta">Jumat, 6 November 2026 - 15:10 WIB</div>'
        "<p><strong>HULU</strong> - Pemerintah kabupaten meresmikan jembatan gantung "
        "sepanjang 60 meter yang menghubungkan dua dusun di Desa Hulu, Jumat (6/11/2026).</p>"
        "<p>Selama ini warga menyeberangi sungai dengan rakit bambu, yang tidak bisa "
        "dipakai saat air sungai naik pada musim hujan.</p>"
        "<p>Kepala desa berharap jembatan itu memperlancar anak-anak yang bersekolah di "
        "seberang sungai.</p></article>"
        "<footer><p>© 2026 Kabar Lembah</p></footer></body></html>"
    )


def _entry(mime: str, url: str, text: str | None, *, status: int = 200) -> dict[str, object]:
    content: dict[str, object] = {"size": len(text or ""), "mimeType": mime}
    if text is not None:
        content["text"] = text
    return {
        "pageref": "page_1",
        "startedDateTime": "2026-11-07T02:15:04.120Z",
        "request": {
            "method": "GET",
            "url": url,
            "headers": [{"name": "user-agent", "value": "Mozilla/5.0 (X11; Linux x86_64)"}],
        },
        "response": {
            "status": status,
            "headers": [
                {"name": "date", "value": "Sat, 07 Nov 2026 02:15:04 GMT"},
                {"name": "last-modified", "value": "Sat, 07 Nov 2026 01:00:00 GMT"},
            ],
            "content": content,
        },
        "timings": {"blocked": 1.5, "dns": -1, "send": 0.2, "wait": 120.4, "receive": 9.8},
    }


def _har(*entries: dict[str, object]) -> str:
    log = {
        "log": {
            "version": "1.2",
            "creator": {"name": "WebInspector", "version": "537.36"},
            "pages": [{"startedDateTime": "2026-11-07T02:15:04.100Z", "id": "page_1"}],
            "entries": list(entries),
        }
    }
    return json.dumps(log, indent=2)


def _full_export() -> str:
    return _har(
        _entry("application/javascript", "https://cdn.kabarlembah.example/app.js", "var a=1;"),
        _entry("text/html", _URL, _page_html()),
        _entry("image/jpeg", "https://cdn.kabarlembah.example/jembatan.jpg", None),
    )


def test_a_har_export_is_read_as_the_page_its_document_request_holds() -> None:
    art = clean_document(RawDoc(Provenance("tangkapan.txt"), _full_export(), format="text"))
    assert art.title == _HEADLINE
    assert art.text.startswith("Pemerintah kabupaten meresmikan jembatan gantung")
    assert art.text.rstrip().endswith("bersekolah di seberang sungai.")
    assert "user-agent" not in art.text and "wait" not in art.text
    assert art.url == _URL


def test_the_exports_stamps_never_date_the_story() -> None:
    # Requested, served and modified on the 7th: the story's own date line says the 6th.
    art = clean_document(RawDoc(Provenance("tangkapan.txt"), _full_export(), format="text"))
    assert art.published is not None and art.published.iso == "2026-11-06"


def test_a_body_kept_as_base64_is_decoded() -> None:
    entry = _entry("text/html; charset=utf-8", _URL, None)
    content = entry["response"]["content"]  # type: ignore[index]
    content["text"] = base64.b64encode(_page_html().encode("utf-8")).decode("ascii")
    content["encoding"] = "base64"
    page = read_har(_har(entry), "a.har")
    assert page is not None and page.html == _page_html()


@pytest.mark.parametrize(
    "entries",
    [
        [],  # the log of a page that never loaded
        [_entry("application/json", "https://api.kabarlembah.example/x", '{"ok": true}')],
        [_entry("text/html", _URL, "<p>Halaman tidak ditemukan</p>", status=404)],
        [_entry("text/html", _URL, None)],  # exported without the bodies
    ],
)
def test_an_export_with_no_html_page_is_refused_naming_the_file(
    entries: list[dict[str, object]],
) -> None:
    with pytest.raises(MalformedInputError, match=r"^arsip/jaringan\.har: a HAR export"):
        read_har(_har(*entries), "arsip/jaringan.har")


def test_a_har_file_on_disk_is_reported_by_name(tmp_path: Path) -> None:
    path = tmp_path / "kosong.har"
    path.write_text(_har(), encoding="utf-8")
    (doc,) = read_path(path)
    with pytest.raises(MalformedInputError, match=r"kosong\.har: a HAR export"):
        clean_document(doc)  # type: ignore[arg-type]


def test_other_json_is_no_har_export() -> None:
    assert not looks_like_har('{"title": "Jembatan", "text": "Warga lega."}')
    assert read_har('{"logs": {"entries": []}}', "b.json") is None
