"""A wiki page's source (MediaWiki wikitext), read as the article it holds: invented pages
of a monitoring team's wiki whose template names the headline, the publication day, the
address and the day the team archived it, whose sections hold the team's summary, the
article (a bold headline, an italic byline, an image with its caption, an external
"Baca juga" link, a credit) and the team's bulleted notes, closed by categories; a page
cut short refused with the file's name; a ``.wiki`` file read as text."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.clean import clean_document
from warta.errors import MalformedInputError
from warta.ingest.readers import read_path
from warta.ingest.wikitext import looks_like_wikitext, read_wikitext
from warta.records import Provenance, RawDoc

_URL = "https://kabarpesisir.example/2026/03/05/dermaga-apung-baru-dibuka"
_HEADLINE = "Dermaga Apung Baru Dibuka, Nelayan Tak Lagi Menunggu Air Pasang"
_LEAD = (
    "Sebuah dermaga apung yang dibangun pemerintah kabupaten mulai dipakai nelayan di "
    "teluk kecil itu, Kamis pagi, 5 Maret 2026."
)
_MIDDLE = (
    "Sebelumnya nelayan harus menunggu air pasang agar perahu mereka bisa merapat dan "
    "membongkar ikan hasil tangkapan."
)
_LAST = "Dinas perikanan berencana membangun dua dermaga serupa di desa tetangga tahun depan."
_NOTE = "Bandingkan dengan liputan radio lokal pekan depan."
_SUMMARY = "Dermaga apung baru memudahkan nelayan membongkar ikan tanpa menunggu pasang."


def _wiki_page(template_close: str = "}}") -> str:
    return "\n".join(
        [
            "{{Kliping",
            f"| judul          = {_HEADLINE}",
            "| media          = Kabar Pesisir",
            f"| url            = {_URL}",
            "| tanggal_terbit = 2026-03-05",
            "| diarsipkan     = 2026-03-07 10:30",
            "| pengarsip      = Sari Dewi",
            template_close,
            "Halaman ini disimpan tim pemantau untuk laporan bulanan.",
            "",
            "== Ringkasan ==",
            _SUMMARY,
            "",
            "== Teks artikel ==",
            f"'''{_HEADLINE}'''",
            "",
            "''Oleh: Rudi Hartanto''",
            "",
            "[[Berkas:dermaga-apung.jpg|jmpl|Nelayan menambatkan perahu di dermaga apung. "
            "(Foto: Kabar Pesisir)]]",
            "",
            f"Kendari (KabarPesisir) – {_LEAD}",
            "",
            _MIDDLE,
            "",
            "[https://kabarpesisir.example/2026/03/01/harga-ikan Baca juga: Harga Ikan "
            "Tongkol Turun di Pasar Pelelangan]",
            "",
            f"{_LAST} (rh)",
            "",
            "== Catatan pemantau ==",
            f"* {_NOTE}",
            "* Masukkan ke grafik bulanan.",
            "",
            "[[Kategori:Kliping Kabar Pesisir]]",
        ]
    )


def _clean(content: str, name: str = "p.txt") -> object:
    return clean_document(RawDoc(Provenance(name), content))


def test_a_wiki_page_is_read_as_the_article_its_template_names() -> None:
    art = clean_document(RawDoc(Provenance("p.txt"), _wiki_page()))
    assert art.title == _HEADLINE
    assert art.published is not None and art.published.iso == "2026-03-05"
    assert art.url == _URL
    assert art.text.startswith(_LEAD[:50])
    assert art.text.rstrip().endswith(_LAST)


def test_the_teams_summary_notes_and_markup_are_no_part_of_the_body() -> None:
    art = clean_document(RawDoc(Provenance("p.txt"), _wiki_page()))
    for kept_out in (
        _SUMMARY,
        _NOTE,
        "Kategori",
        "diarsipkan",
        "Berkas",
        "'''",
        "[http",
        "Oleh:",
        "Baca juga",
        "Halaman ini disimpan",
    ):
        assert kept_out not in art.text


def test_the_archiving_day_never_dates_the_story() -> None:
    page = _wiki_page().replace("| tanggal_terbit = 2026-03-05\n", "")
    story = read_wikitext(page, "p.wiki")
    assert story is not None and story.published is None


def test_links_read_as_their_labels() -> None:
    page = _wiki_page().replace(_MIDDLE, "Nelayan [[Teluk Kecil|teluk]] dan [[pasar]] senang.")
    story = read_wikitext(page, "p.wiki")
    assert story is not None
    assert "Nelayan teluk dan pasar senang." in story.text.split("\n\n")


def test_a_page_cut_short_is_refused_with_its_name() -> None:
    with pytest.raises(MalformedInputError, match=r"kliping-07\.wiki.*never closed"):
        read_wikitext(_wiki_page(template_close="| isu = perikanan"), "kliping-07.wiki")


def test_a_page_with_no_text_is_refused() -> None:
    page = "{{Kliping\n| judul = Kosong\n}}\n== Teks artikel ==\n\n[[Kategori:Kliping]]\n"
    with pytest.raises(MalformedInputError, match="holds the article"):
        read_wikitext(page, "kosong.wiki")


@pytest.mark.parametrize(
    "text",
    [
        "Harga cabai naik pekan ini.\n\n== bukan judul ==",
        "{{ nilai }} tidak dikenali oleh mesin templat.",
        "== Ringkasan ==\nTanpa tanda wiki apa pun di halaman ini.",
    ],
)
def test_other_texts_are_no_wiki_page(text: str) -> None:
    assert not looks_like_wikitext(text)


def test_a_wiki_file_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "kliping-07.wiki"
    path.write_text(_wiki_page(), encoding="utf-8")
    [doc] = list(read_path(path))
    assert isinstance(doc, RawDoc) and doc.format == "text"
    assert clean_document(doc).title == _HEADLINE
