"""A Confluence page fetched as the REST API's JSON, read as the article it holds:
invented pages of a monitoring team whose body has a panel, a field table (the outlet,
the clipping day, the address, a status badge), the article in an "expand" macro under a
heading of its own (headline, date line, credit, caption, the lead opened by the site's
address and a colon, a "Baca juga" link) and the team's tasks under another heading; the
page's title and its created and edited stamps date nothing; a broken page and one with
no article refused with the file's name. The same page exported to HTML (the space's
export: breadcrumb, the page's title as the heading, "Created by ...", an info panel with
the team's instruction, the field table, the article between rules with its headline set
in bold, the team's tasks under a heading of their own, the export's footer) reads the
same way."""

from __future__ import annotations

import doctest
import json
from typing import Any

import pytest

from warta.clean import clean_document
from warta.errors import MalformedInputError
from warta.ingest import confluence_page
from warta.ingest.confluence_page import (
    looks_like_confluence_export,
    looks_like_confluence_page,
    read_confluence_export,
    read_confluence_page,
)
from warta.records import Provenance, RawDoc

_URL = "https://kabartepian.example/2027/03/08/pasar-apung-dibuka-kembali"
_HEADLINE = "Pasar Apung Dibuka Kembali Setelah Dermaga Diperbaiki"
_LEAD = (
    "Pedagang sayur dan ikan kembali menggelar dagangan di atas perahu di tepi sungai "
    "kota itu, Senin (8/3/2027), setelah dermaga kayu selesai diperbaiki."
)
_MIDDLE = (
    "Selama dua bulan perbaikan, pedagang berjualan di bahu jalan sehingga lalu lintas "
    "di sekitar jembatan kerap tersendat."
)
_LAST = "Dinas perdagangan akan menata ulang lapak agar perahu tidak saling berdesakan."
_TASK = "Masukkan ke rekap bulanan isu pasar"


def _body(article: str | None = None) -> str:
    if article is None:
        article = (
            f"<h3>{_HEADLINE}</h3>"
            "<p>Senin, 8 Maret 2027 | 10:20 WITA</p>"
            "<p>Reporter: Dimas Prakoso | Editor: Lina Marlina</p>"
            "<p><em>Perahu pedagang merapat di dermaga. (Foto: KT/Dimas)</em></p>"
            f"<p>KABARTEPIAN.CO.ID: {_LEAD}</p>"
            f"<p>{_MIDDLE}</p>"
            "<p>Baca juga: <a href='https://kabartepian.example/x'>Harga Ikan Sungai Naik</a></p>"
            f"<p>{_LAST}</p>"
        )
    return (
        '<ac:structured-macro ac:name="info"><ac:rich-text-body><p>Pantauan isu pasar '
        "untuk rapat pagi.</p></ac:rich-text-body></ac:structured-macro>"
        "<table><tbody>"
        "<tr><th><p>Media</p></th><td><p>Kabar Tepian</p></td></tr>"
        '<tr><th><p>Tanggal kliping</p></th><td><p><time datetime="2027-03-09" /> </p></td></tr>'
        f'<tr><th><p>Tautan</p></th><td><p><a href="{_URL}">{_URL}</a></p></td></tr>'
        '<tr><th><p>Sentimen</p></th><td><p><ac:structured-macro ac:name="status">'
        '<ac:parameter ac:name="title">NETRAL</ac:parameter></ac:structured-macro></p></td></tr>'
        "</tbody></table>"
        "<h2>Teks artikel</h2>"
        '<ac:structured-macro ac:name="expand"><ac:parameter ac:name="title">Buka teks'
        f"</ac:parameter><ac:rich-text-body>{article}</ac:rich-text-body></ac:structured-macro>"
        "<h2>Catatan</h2><ac:task-list><ac:task><ac:task-status>incomplete</ac:task-status>"
        f"<ac:task-body>{_TASK}</ac:task-body></ac:task></ac:task-list>"
        "<p>Diperbarui tim pada 9/3 pukul 09.10.</p>"
    )


def _page(body: str | None = None, **extra: Any) -> str:
    page = {
        "id": "5550123",
        "type": "page",
        "title": "Pantauan 9-3-2027 - Pasar Apung",
        "history": {"createdDate": "2027-03-09T01:00:00.000Z"},
        "version": {"when": "2027-03-09T02:30:00.000Z", "number": 2},
        "body": {
            "storage": {"value": _body() if body is None else body, "representation": "storage"}
        },
        "_links": {"base": "https://tim.example/wiki"},
        **extra,
    }
    return json.dumps(page, ensure_ascii=False, indent=2)


def test_a_confluence_page_is_read_as_the_article_it_holds() -> None:
    art = clean_document(RawDoc(Provenance("c.txt"), _page()))
    assert art.title == _HEADLINE
    assert art.published is not None and art.published.iso == "2027-03-08"
    assert art.url == _URL
    assert art.text.startswith(_LEAD[:60])
    assert art.text.rstrip().endswith(_LAST)


def test_the_teams_table_panel_tasks_and_macro_settings_are_no_part_of_the_body() -> None:
    story = read_confluence_page(_page(), "c.json")
    assert story is not None
    for kept_out in (
        _TASK,
        "Pantauan isu pasar",
        "Kabar Tepian",
        "NETRAL",
        "Buka teks",
        "Diperbarui",
    ):
        assert kept_out not in story.text


def test_the_clipping_and_edit_days_never_date_the_story() -> None:
    story = read_confluence_page(_page(), "c.json")
    assert story is not None and story.published is None


def test_a_publication_row_of_the_table_dates_the_story() -> None:
    body = _body().replace("Tanggal kliping", "Tanggal terbit").replace("2027-03-09", "2027-03-07")
    story = read_confluence_page(_page(body), "c.json")
    assert story is not None and story.published == "2027-03-07"


def test_a_page_without_sections_reads_the_macro_body_holding_most_words() -> None:
    body = _body().replace("<h2>Teks artikel</h2>", "").replace("<h2>Catatan</h2>", "")
    story = read_confluence_page(_page(body), "c.json")
    assert story is not None and story.title == _HEADLINE
    assert "Pantauan isu pasar" not in story.text


def test_a_site_address_closed_by_a_colon_is_the_leads_dateline() -> None:
    art = clean_document(RawDoc(Provenance("c.txt"), _page()))
    assert not art.text.startswith("KABARTEPIAN")


def test_a_broken_page_is_refused_with_its_name() -> None:
    with pytest.raises(MalformedInputError, match=r"kliping-9\.json.*JSON is broken"):
        read_confluence_page(_page()[:-30], "kliping-9.json")


def test_a_page_with_no_article_is_refused() -> None:
    with pytest.raises(MalformedInputError, match="no article"):
        read_confluence_page(_page("<p>Belum diisi.</p>"), "kosong.json")


@pytest.mark.parametrize(
    "text",
    [
        '{"title": "Bukan halaman", "body": "Teks biasa.", "representation": "x"}',
        '{"body": {"storage": {"value": "<p>x</p>"}}, "representation": "storage"}',
        "Halaman ini menyebut representation dan body.",
    ],
)
def test_other_texts_are_no_confluence_page(text: str) -> None:
    assert not looks_like_confluence_page(text) or read_confluence_page(text, "x") is None


def test_the_modules_examples_hold() -> None:
    assert doctest.testmod(confluence_page).failed == 0


_INSTRUCTION = "Salin teks berita apa adanya, catatan tim ditulis di bawah."


def _export(article: str | None = None) -> str:
    if article is None:
        article = (
            f"<p><strong>{_HEADLINE}</strong></p>"
            "<p>Senin, 8 Maret 2027 | 10:20 WITA</p>"
            "<p>Reporter: Dimas Prakoso</p>"
            f"<p>KABARTEPIAN.CO.ID, MUARA &ndash; {_LEAD}</p>"
            f"<p>{_MIDDLE}</p><p>{_LAST}</p>"
        )
    return (
        "<!DOCTYPE html><html><head><title>Pantau Sungai : Kliping - Pasar Apung</title>"
        '</head><body><div id="page"><div id="main-header"><ol id="breadcrumbs">'
        '<li><a href="index.html">Pantau Sungai</a></li></ol>'
        '<h1 id="title-heading" class="pagetitle"><span id="title-text">Pantau Sungai : '
        'Kliping - Pasar Apung</span></h1></div><div id="content" class="view">'
        '<div class="page-metadata">Created by Ayu Lestari on Mar 09, 2027</div>'
        '<div id="main-content" class="wiki-content group">'
        '<div class="confluence-information-macro confluence-information-macro-information">'
        f'<div class="confluence-information-macro-body"><p>{_INSTRUCTION}</p></div></div>'
        '<div class="table-wrap"><table class="confluenceTable"><tbody>'
        f'<tr><th><p>Sumber</p></th><td><p><a href="{_URL}">{_URL}</a></p></td></tr>'
        '<tr><th><p>Tanggal kliping</p></th><td><p><time datetime="2027-03-09">'
        "09 Mar 2027</time></p></td></tr></tbody></table></div><hr/>"
        f"{article}<hr/>"
        "<h2>Catatan tim</h2>"
        f'<ul class="inline-task-list"><li class="checked">{_TASK}</li></ul>'
        "</div></div></div>"
        '<div id="footer"><p>Document generated by Confluence on Mar 09, 2027 10:02</p></div>'
        "</body></html>"
    )


def test_a_confluence_export_is_read_as_the_article_it_holds() -> None:
    art = clean_document(RawDoc(Provenance("kliping.html"), _export(), format="html"))
    # the headline set in bold over the article, not the page's title
    assert art.title == _HEADLINE
    # the date line under it, not the clipping day nor the export's own days
    assert art.published is not None and art.published.iso == "2027-03-08"
    assert art.url == _URL
    assert art.text.startswith(_LEAD[:60])
    assert art.text.rstrip().endswith(_LAST)


def test_an_exports_panel_tasks_and_frame_are_no_part_of_the_body() -> None:
    story = read_confluence_export(_export(), "kliping.html")
    assert story is not None
    for kept_out in (_INSTRUCTION, _TASK, "Created by", "Document generated", "Pantau Sungai"):
        assert kept_out not in story.text
    assert story.published is None


def test_a_paragraph_only_partly_bold_is_no_headline() -> None:
    article = _export().replace(
        f"<p><strong>{_HEADLINE}</strong></p>", f"<p><strong>Pasar</strong> {_HEADLINE}</p>"
    )
    story = read_confluence_export(article, "kliping.html")
    assert story is not None and story.title is None


def test_an_export_with_no_article_is_refused_with_its_name() -> None:
    with pytest.raises(MalformedInputError, match=r"kosong\.html.*exported to HTML.*no article"):
        read_confluence_export(_export("<p>Belum diisi.</p>"), "kosong.html")


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><div id='main-content'><p>Berita biasa.</p></div></body></html>",
        "<html><body><h1>Judul</h1><p>Wiki content di sini.</p></body></html>",
    ],
)
def test_other_pages_are_no_confluence_export(html: str) -> None:
    assert not looks_like_confluence_export(html)
    assert read_confluence_export(html, "x.html") is None
