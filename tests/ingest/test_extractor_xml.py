"""An extractor's XML output saved as a file (trafilatura's ``<doc>`` and its TEI
variant), read as the article it holds: invented outputs whose metadata gives the
headline, date and address, whose paragraphs keep an extractor's leftovers (a caption, a
"Baca juga" line, a closing credit, an editor line) for the page rules to set aside; the
reader comments left out; an output holding no text refused with the file's name; an
output saved as ``.xml`` read as one document, not as a feed."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.clean import clean_document
from warta.errors import MalformedInputError
from warta.ingest.extractor_xml import looks_like_extractor_xml, read_extractor_xml
from warta.ingest.readers import read_path
from warta.records import Provenance, RawDoc

_URL = "https://kabarhulu.example/read/2026/10/05/1234/pasar-terapung-dibuka-lagi"
_HEADLINE = "Pasar Terapung Dibuka Lagi Setelah Dermaga Diperbaiki"
_LEAD = (
    "Pasar terapung di muara sungai kembali dibuka setelah dermaga kayunya diperbaiki "
    "selama dua bulan, Minggu (4/10/2026)."
)
_MIDDLE = "Puluhan pedagang sayur dan buah berdatangan dengan perahu sejak subuh."
_LAST = "Pengelola pasar menargetkan kunjungan wisatawan naik menjelang akhir tahun."

_PARAGRAPHS = (
    "Perahu pedagang merapat di dermaga pasar terapung. FOTO: RUDI/KABAR HULU",
    _LEAD,
    _MIDDLE,
    "Baca Juga: Harga Pisang Kepok di Pasar Terapung Naik Dua Kali Lipat",
    f"{_LAST}(rud)",
    "Editor: Sari Lestari",
)


def _doc(main: str, **extra: str) -> str:
    attrs = {
        "sitename": "Kabar Hulu",
        "title": _HEADLINE,
        "author": "Rudi",
        "date": "2026-10-05",
        "url": _URL,
        "hostname": "kabarhulu.example",
        "fingerprint": "0a1b2c3d4e5f6071",
        **extra,
    }
    head = " ".join(f'{k}="{v}"' for k, v in attrs.items())
    return f"<doc {head}>\n  <main>\n{main}\n  </main>\n  <comments><p>Mantap, semoga ramai!</p></comments>\n</doc>\n"


def _main() -> str:
    return "\n".join(f"    <p>{p}</p>" for p in _PARAGRAPHS)


def _tei(body: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>'
        f'<title type="main">{_HEADLINE}</title><author>Rudi</author></titleStmt>'
        "<publicationStmt><publisher>Kabar Hulu</publisher></publicationStmt>"
        "<sourceDesc><bibl>Kabar Hulu, 2026-10-05</bibl><biblFull><publicationStmt>"
        f'<date>2026-10-05</date><ptr type="URL" target="{_URL}"/></publicationStmt>'
        "</biblFull></sourceDesc></fileDesc></teiHeader><text><body>"
        f'<div type="entry">{body}</div>'
        '<div type="comments"><p>Mantap, semoga ramai!</p></div></body></text></TEI>'
    )


def test_a_doc_output_reads_as_its_story() -> None:
    story = read_extractor_xml(_doc(_main()), "hulu.xml")
    assert story is not None
    assert (story.title, story.published, story.url, story.site) == (
        _HEADLINE,
        "2026-10-05",
        _URL,
        "Kabar Hulu",
    )
    assert story.text.split("\n\n") == list(_PARAGRAPHS)
    assert "Mantap" not in story.text  # the reader comments are no part of it


@pytest.mark.parametrize("url", [_URL, None])
def test_a_saved_doc_output_is_cleaned_as_the_article(url: str | None) -> None:
    raw = RawDoc(Provenance("hulu.txt", url=url), _doc(_main()), url=url)
    art = clean_document(raw)
    assert art.title == _HEADLINE
    assert art.url == _URL
    assert art.published is not None and art.published.iso == "2026-10-05"
    # the extractor's leftovers are set aside by the page rules
    assert art.text.startswith(_LEAD[:40])
    assert art.text.rstrip().endswith(_LAST)
    for leftover in ("FOTO: RUDI", "Baca Juga", "Editor: Sari", "<doc", "<main>", "fingerprint"):
        assert leftover not in art.text


def test_blocks_other_than_paragraphs_are_read_in_order() -> None:
    main = (
        f"<p>{_LEAD}</p><head rend='h2'>Pedagang Kembali</head>"
        f"<list><item>{_MIDDLE}</item><item>Dua perahu wisata <hi rend='#b'>ikut</hi> "
        f"berlabuh.</item></list><graphic src='a.jpg'/><quote>{_LAST}</quote>"
    )
    story = read_extractor_xml(_doc(main), "hulu.xml")
    assert story is not None
    assert story.text.split("\n\n") == [
        _LEAD,
        "Pedagang Kembali",
        _MIDDLE,
        "Dua perahu wisata ikut berlabuh.",
        _LAST,
    ]


def test_a_tei_output_reads_as_its_story() -> None:
    body = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    story = read_extractor_xml(_tei(body), "hulu.xml")
    assert story is not None
    assert (story.title, story.published, story.url, story.site) == (
        _HEADLINE,
        "2026-10-05",
        _URL,
        "Kabar Hulu",
    )
    assert story.text.split("\n\n") == list(_PARAGRAPHS)
    art = clean_document(RawDoc(Provenance("hulu.xml.txt"), _tei(body)))
    assert art.title == _HEADLINE
    assert art.text.rstrip().endswith(_LAST)


def test_a_doc_holding_no_text_is_refused_with_the_files_name() -> None:
    raw = RawDoc(Provenance("kosong.txt"), _doc("    <p>  </p>"))
    with pytest.raises(MalformedInputError, match=r"kosong\.txt.*holds no text"):
        clean_document(raw)


@pytest.mark.parametrize(
    "text",
    [
        "<doc>catatan rapat redaksi</doc>",  # no extractor's attribute on the root
        "Dokumen <doc> dibahas dalam rapat.",
        '<html><body><doc title="x"><p>Bukan keluaran ekstraktor.</p></doc></body></html>',
    ],
)
def test_other_text_is_no_extractor_output(text: str) -> None:
    assert not looks_like_extractor_xml(text)
    assert read_extractor_xml(text, "lain.txt") is None


def test_an_output_saved_as_xml_is_one_document_not_a_feed(tmp_path: Path) -> None:
    saved = tmp_path / "hulu.xml"
    saved.write_text(_doc(_main()), encoding="utf-8")
    (item,) = list(read_path(saved))
    assert isinstance(item, RawDoc)
    art = clean_document(item)
    assert art.title == _HEADLINE
    assert art.text.rstrip().endswith(_LAST)


# A news agency's NewsML-G2 item, as its feed delivers it: a later version (a correction)
# sent the next day, the headline and the dateline in the item's metadata, the story as
# XHTML, the rights notice and the credits beside it.
_G2_ITEM = f"""<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
  <header><sent>2026-10-06T08:00:00+07:00</sent><sender>kabarhulu.example</sender></header>
  <itemSet>
    <newsItem guid="urn:newsml:kabarhulu.example:1234" version="3" standard="NewsML-G2">
      <rightsInfo>
        <copyrightNotice>Hak cipta pada Kabar Hulu. Dilarang menyalin tanpa izin.</copyrightNotice>
      </rightsInfo>
      <itemMeta>
        <versionCreated>2026-10-06T07:45:00+07:00</versionCreated>
        <firstCreated>2026-10-05T16:20:00+07:00</firstCreated>
        <edNote>Versi 3: nama dermaga diperbaiki.</edNote>
        <link rel="irel:seeAlso" href="{_URL}"/>
      </itemMeta>
      <contentMeta>
        <slugline>HULU-PASAR-TERAPUNG</slugline>
        <headline>{_HEADLINE}</headline>
        <creditline>Kabar Hulu</creditline>
        <dateline>Muara (Kabar Hulu)</dateline>
        <description role="drol:summary">Ringkasan singkat untuk pelanggan.</description>
      </contentMeta>
      <contentSet>
        <inlineXML contenttype="application/xhtml+xml">
          <html xmlns="http://www.w3.org/1999/xhtml">
            <head><title>{_HEADLINE}</title></head>
            <body>
              <p>Muara (Kabar Hulu) - {_LEAD}</p>
              <p>{_MIDDLE}</p>
              <p>{_LAST}</p>
              <p>Pewarta: Rudi Hartono<br/>Editor: Sari Lestari</p>
            </body>
          </html>
        </inlineXML>
      </contentSet>
    </newsItem>
  </itemSet>
</newsMessage>
"""


def test_a_newsml_item_is_read_as_the_story_it_holds() -> None:
    story = read_extractor_xml(_G2_ITEM, "hulu.xml.txt")
    assert story is not None
    # the first creation dates the story, not the correction sent the next day
    assert (story.title, story.published, story.url, story.site) == (
        _HEADLINE,
        "2026-10-05T16:20:00+07:00",
        _URL,
        "Kabar Hulu",
    )
    assert story.text.split("\n\n")[1:3] == [_MIDDLE, _LAST]
    assert "Hak cipta" not in story.text and "Ringkasan" not in story.text
    assert "Pewarta: Rudi Hartono\nEditor: Sari Lestari" in story.text


def test_a_newsml_item_cleans_to_its_story_and_its_first_day() -> None:
    art = clean_document(RawDoc(Provenance("hulu.txt"), _G2_ITEM))
    assert art.title == _HEADLINE
    assert art.published is not None and art.published.iso == "2026-10-05"
    assert art.text.split("\n\n")[0].endswith(_LEAD)  # an unknown outlet's dateline stays
    assert art.text.rstrip().endswith(_LAST)
