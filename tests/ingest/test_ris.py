"""A reference manager's RIS export (Zotero, EndNote) read as the articles its records
hold: the headline from TI/T1, the date from DA/PY (never the access date Y2), the address
from UR, the text from the note that holds the pasted article (never the abstract, the
keywords or the analyst's short remark); one document per record of a .ris file, and a
clear error for a broken export. The exports are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.clean.pages import clean_page, set_aside

from warta.errors import MalformedInputError
from warta.ingest.readers import InputProblem, read_path
from warta.ingest.ris import looks_like_ris, read_ris
from warta.records import RawDoc

_HEADLINE = "Sumur Bor Baru Alirkan Air Bersih ke Tiga Dusun di Lereng Bukit"
_URL = "https://kabarlereng.example/2027/02/09/sumur-bor-baru-tiga-dusun"
_LEAD = (
    "Sumur bor yang dibangun bersama warga mulai mengalirkan air bersih ke tiga dusun di "
    "lereng bukit sejak awal pekan ini."
)
_SECOND = (
    "Selama bertahun-tahun warga harus berjalan hampir satu jam untuk mengambil air dari "
    "mata air di dasar lembah, terutama pada musim kemarau panjang."
)
_THIRD = (
    "Kepala dusun mengatakan pipa sepanjang dua kilometer itu dipasang secara bergotong "
    "royong selama tiga bulan dengan bantuan dana desa."
)
_LAST = "Pengurus air berencana memasang meteran di setiap rumah agar pemakaian lebih hemat."


def _record(
    title: str = _HEADLINE, *, article: bool = True, date: str = "DA  - 2027/02/09/"
) -> str:
    note = (
        "N1  - <div><h1>Salinan teks laman</h1>\n"
        "<p>Laporan Wartawan Kabar Lereng, Nama Penulis</p>\n"
        f"<p>LERENG, KABARLERENG.EXAMPLE - {_LEAD}</p>\n"
        f"<p>{_SECOND}</p>\n<p>Baca juga: Jalan Desa di Lereng Bukit Mulai Diaspal</p>\n"
        f"<p>{_THIRD}</p>\n<p>{_LAST}</p>\n<p>(*)</p>\n</div>\n"
    )
    return (
        "TY  - NEWS\n"
        f"TI  - {title}\n"
        "T2  - Kabar Lereng\n"
        "AU  - Penulis, Nama\n"
        f"{date}\n"
        "PY  - 2027\n"
        f"UR  - {_URL}\n"
        "Y2  - 2027/02/11/10:02:13\n"
        "AB  - Ringkasan singkat tentang sumur bor di lereng bukit.\n"
        "KW  - air bersih\n"
        "KW  - sumur bor\n"
        "N1  - <p>Bahan untuk laporan mingguan.</p>\n" + (note if article else "") + "ER  - \n"
    )


def test_a_record_gives_the_headline_the_publication_day_and_the_address() -> None:
    records = read_ris(_record())
    assert records is not None and len(records) == 1 and records[0] is not None
    record = records[0]
    assert (record.title, record.published, record.url) == (_HEADLINE, "2027-02-09", _URL)


def test_the_text_is_the_pasted_article_not_the_abstract_keywords_or_remark() -> None:
    (record,) = read_ris(_record()) or [None]
    assert record is not None
    assert _LEAD in record.text and _LAST in record.text
    for field in ("Ringkasan singkat", "sumur bor\n", "Bahan untuk laporan", "Salinan teks"):
        assert field not in record.text


def test_the_access_date_never_dates_the_item() -> None:
    (record,) = read_ris(_record(date="DA  - ")) or [None]
    assert record is not None and record.published is None  # PY gives a year only


def test_a_record_with_only_an_abstract_holds_no_article() -> None:
    assert read_ris(_record(article=False)) == [None]


@pytest.mark.parametrize(
    "broken",
    [
        _record().replace("ER  - \n", ""),  # cut short: the last record is never closed
        "TY  - NEWS\nTI  - Satu\nTY  - NEWS\nTI  - Dua\nER  - \n",  # a record left open
        _record() + "TI  - Judul tanpa rekaman\n",  # a field after the record's close
    ],
)
def test_a_broken_export_is_refused_with_what_is_wrong(broken: str) -> None:
    with pytest.raises(MalformedInputError, match="RIS"):
        read_ris(broken, "kliping.ris")


def test_text_that_is_no_export_is_not_read_as_one() -> None:
    assert not looks_like_ris("Warga menyambut air bersih.\nTY  - bukan awal")
    assert read_ris("Warga menyambut air bersih pekan ini.") is None


def test_a_ris_file_is_read_one_document_per_record_with_an_article(tmp_path: Path) -> None:
    other = _record("Pasar Desa Lereng Dibuka Kembali Setelah Renovasi")
    path = tmp_path / "kliping.ris"
    path.write_text(_record() + "\n" + _record(article=False) + other, encoding="utf-8")
    items = list(read_path(path))
    docs = [item for item in items if isinstance(item, RawDoc)]
    problems = [item for item in items if isinstance(item, InputProblem)]
    assert [d.title for d in docs] == [_HEADLINE, "Pasar Desa Lereng Dibuka Kembali Setelah Renovasi"]
    assert [d.provenance.line for d in docs] == [1, 3]
    assert docs[0].published == "2027-02-09" and docs[0].url == _URL
    assert [p.where for p in problems] == [f"{path}:2"]


def test_a_ris_export_saved_as_text_is_split_too(tmp_path: Path) -> None:
    path = tmp_path / "kliping.txt"
    path.write_text(_record() + _record("Pasar Desa Lereng Dibuka Kembali"), encoding="utf-8")
    assert len([i for i in read_path(path) if isinstance(i, RawDoc)]) == 2


def test_a_broken_ris_file_is_reported_not_read(tmp_path: Path) -> None:
    path = tmp_path / "kliping.ris"
    path.write_text(_record().replace("ER  - \n", ""), encoding="utf-8")
    (item,) = list(read_path(path))
    assert isinstance(item, InputProblem) and "ER" in str(item.error)


def test_a_page_holding_one_record_is_cleaned_as_its_article() -> None:
    art = clean_page(_record())
    assert art.title == _HEADLINE
    assert art.published is not None and art.published.iso == "2027-02-09"
    assert art.url == _URL
    assert art.text.startswith(_LEAD) and art.text.rstrip().endswith(_LAST)
    assert "Baca juga: Jalan Desa di Lereng Bukit Mulai Diaspal" in set_aside(art)
    assert "TY" not in art.text and "KW  -" not in art.text


def test_a_page_holding_no_article_is_refused() -> None:
    with pytest.raises(MalformedInputError, match="no article"):
        clean_page(_record(article=False))
