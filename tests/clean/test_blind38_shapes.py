"""Shapes seen on the thirty-eighth blind page set, each an invented page written here in
that shape (not a labelled page): a lead opened by the site's address closed by a colon
("SITUS.CO.ID: Warga ..."), the dateline of a site that signs with its address. (The two
unusual formats, a Confluence page fetched as the REST API's JSON and a Jupyter notebook
whose output holds the article, are tested in tests/ingest/test_confluence_page.py and
tests/ingest/test_notebook.py.)"""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page, set_aside

from warta.clean import patterns as P

_HEADLINE = "Jalur Sepeda Baru Dibuka di Sepanjang Tepi Kanal Kota"
_LEAD = (
    "Pemerintah kota membuka jalur sepeda sepanjang empat kilometer di tepi kanal, "
    "Rabu (3/3/2027), untuk warga yang bersepeda ke sekolah dan kantor."
)
_MIDDLE = (
    "Jalur itu dipisahkan dari jalan raya dengan pembatas beton dan diberi lampu di "
    "setiap persimpangan agar aman dilalui pada malam hari."
)
_LAST = "Dinas perhubungan akan menambah tempat parkir sepeda di dua halte bus terdekat."


@pytest.mark.parametrize("site", ["KABARKANAL.COM:", "KabarKanal.co.id:", "kabarkanal.id:"])
def test_a_site_address_closed_by_a_colon_opens_the_lead_as_its_dateline(site: str) -> None:
    date_line = "Rabu, 3 Maret 2027 | 14:05 WIB"
    page = "\n\n".join([_HEADLINE, date_line, f"{site} {_LEAD}", _MIDDLE, _LAST])
    art = clean_page(page)
    assert art.text.startswith(_LEAD[:50])
    assert set_aside(art).get(site) == "dateline"


@pytest.mark.parametrize(
    "line",
    [
        "Kabarkanal.com mencatat jalur sepeda baru itu ramai dipakai.",
        "Kanal: Warga menyebut jalur itu aman.",
        "Laman kabarkanal.com: Warga menyebut jalur itu aman.",
    ],
)
def test_no_address_and_colon_opening_the_paragraph_is_no_such_dateline(line: str) -> None:
    assert P.DATELINE_SITE_RE.match(line) is None
