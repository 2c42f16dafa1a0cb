"""The date a page's markup states does not depend on the day warta runs: htmldate's
default bound (the machine's today) would drop a date ahead of the clock."""

from __future__ import annotations

from warta.ingest.html import extract_html
from warta.records import Provenance, RawDoc

BODY = (
    "<article><h1>Pasar Apung Dibuka Lagi Setelah Banjir Surut</h1>"
    "<p>Pedagang kembali menggelar dagangan di atas perahu sejak pagi.</p>"
    "<p>Pengelola pasar menyebut jumlah pembeli belum pulih seperti biasa.</p></article>"
)


def _page(published: str) -> RawDoc:
    html = (
        '<html><head><meta property="article:published_time" '
        f'content="{published}T09:15:00+07:00"></head><body>{BODY}</body></html>'
    )
    return RawDoc(provenance=Provenance(path="pasar.html"), content=html, format="html")


def test_a_markup_date_later_than_the_clock_is_kept() -> None:
    # Decades after any run of this test: the machine's today must not bound it.
    _, hints = extract_html(_page("2090-03-14"))
    assert hints.published == "2090-03-14"


def test_a_markup_date_before_the_clock_is_kept_too() -> None:
    _, hints = extract_html(_page("2024-07-02"))
    assert hints.published == "2024-07-02"
