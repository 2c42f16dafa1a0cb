"""Shapes seen on the fiftieth blind page set, each an invented page written here in that
shape (not a labelled page): a message read off a Kafka topic with a console consumer
and copied from the terminal (the command line, the lines the tool prints about the
message, the JSON record, the tool's closing message), read as the article the record
holds; a last paragraph signed with the outlet's initials and the reporter's number on
its desk ("(HKS-3)"); and a raw HTML page whose only date is the line set right over its
headline, under the breadcrumb."""

from __future__ import annotations

import json

import pytest
from tests.clean.pages import clean_page

from warta.clean import clean_document
from warta.ingest.consumer_output import consumed_records, opens_like_consumer_output
from warta.records import Article, Provenance, RawDoc

_URL = "https://kabarhilir.example/read/daerah/5120/pasar-apung-dibuka-kembali"
_HEADLINE = "Pasar Apung Dibuka Kembali Setelah Dermaga Diperbaiki"
_LEAD = (
    "Pasar apung di muara Sungai Lentera kembali ramai pedagang sayur dan ikan pada Sabtu "
    "(3/10/2026) pagi."
)
_MIDDLE = (
    "Selama tiga bulan dermaga kayu tempat perahu pedagang bersandar ditutup karena tiang "
    "penyangganya lapuk."
)
_LAST = "Pengelola pasar berencana menambah lampu di sepanjang dermaga sebelum akhir tahun."


def _record() -> str:
    return json.dumps(
        {
            "id": "0f1e2d3c",
            "url": _URL,
            "source": "kabarhilir.example",
            "section": "Daerah",
            "title": _HEADLINE,
            "author": "Dewi Lestari",
            "published": "2026-10-03T11:20:00+08:00",
            "fetched_at": "2026-10-04T01:00:00Z",
            "text": f"HILIR – {_LEAD}\n\nBaca Juga: Dermaga Lapuk Ditutup\n\n{_MIDDLE}\n\n"
            f"{_LAST} (dl/ab)",
        },
        ensure_ascii=False,
    )


def _kcat_output() -> str:
    return "\n".join(
        [
            "user@desk:~$ kcat -C -b broker.local:9092 -t artikel -p 0 -o 77 -c 1 -e "
            "-f 'Topic: %t | Partition: %p | Offset: %o | Timestamp: %T\\nKey: %k\\n%s\\n'",
            "Topic: artikel | Partition: 0 | Offset: 77 | Timestamp: 1790995200000",
            "Key: kabarhilir.example/5120",
            "Headers: content-type=application/json",
            _record(),
            "% Reached end of topic artikel [0] at offset 78: exiting",
        ]
    )


def test_a_consumed_message_is_read_as_the_article_its_record_holds() -> None:
    art = clean_page(_kcat_output())
    assert art.title == _HEADLINE
    assert art.url == _URL
    assert art.published is not None and art.published.iso == "2026-10-03"
    assert art.text.startswith(_LEAD) and art.text.endswith(_LAST)
    # the tool's lines, the broker's stamp and the record's own fields are no part of it
    for furniture in ("kcat", "Topic:", "Key:", "Headers:", "Reached end", "fetched", "{"):
        assert furniture not in art.text
    assert "Baca Juga" not in art.text


def test_the_console_consumer_of_kafka_itself_is_read_alike() -> None:
    output = "\n".join(
        [
            "$ bin/kafka-console-consumer.sh --bootstrap-server localhost:9092 "
            "--topic artikel --max-messages 1",
            _record(),
            "Processed a total of 1 messages",
        ]
    )
    art = clean_page(output)
    assert art.title == _HEADLINE and art.text.endswith(_LAST)


@pytest.mark.parametrize(
    "page",
    [
        # a story whose first line names a key, and a record among the page's words
        f"Key: angka inflasi turun\n{_record()}\nKata pengamat, harga beras masih tinggi.",
        # records with none of the tool's lines: a JSON lines file, not a consumer's output
        f"{_record()}\n{_record()}",
    ],
)
def test_other_text_is_no_consumer_output(page: str) -> None:
    assert consumed_records(page) is None


def test_two_messages_read_off_a_topic_are_no_one_article() -> None:
    output = _kcat_output().replace(_record(), f"{_record()}\n{_record()}")
    assert opens_like_consumer_output(output)
    assert len(consumed_records(output) or []) == 2
    assert clean_page(output).title != _HEADLINE


def test_the_outlet_s_initials_and_the_reporter_s_number_sign_the_last_paragraph() -> None:
    page = "\n".join(
        [
            "KABAR HILIR",
            "Beranda  ›  Daerah",
            _HEADLINE,
            "Sabtu, 3 Oktober 2026 - 11:20 WITA",
            f"HILIR, KH – {_LEAD}",
            _MIDDLE,
            f"{_LAST} (HKS-3)",
            "Tag:  pasar  dermaga",
        ]
    )
    art = clean_page(page)
    assert art.text.endswith(_LAST)


def _html_page(over_headline: str) -> str:
    return (
        "<html><head><title>" + _HEADLINE + " - Kabar Hilir</title></head><body>"
        "<div class='atas'>Minggu, 4 Oktober 2026</div>"
        "<header><nav><a>Beranda</a> <a>Daerah</a> <a>Ekonomi</a></nav></header>"
        "<main><div class='jejak'><a>Beranda</a> &raquo; <a>Daerah</a></div><article>"
        f"{over_headline}<h1>{_HEADLINE}</h1>"
        f"<div class='isi'><p>{_LEAD}</p><p>{_MIDDLE}</p><p>{_LAST}</p></div>"
        "</article></main><footer><p>Kabar Hilir</p></footer></body></html>"
    )


def _clean_html(page: str) -> Article:
    return clean_document(RawDoc(Provenance("t.html"), page, "html"))


def test_a_date_line_right_over_the_headline_dates_a_raw_html_page() -> None:
    art = _clean_html(_html_page("<div class='tgl'>Sabtu, 3 Oktober 2026</div>"))
    assert art.title == _HEADLINE
    assert art.published is not None and art.published.iso == "2026-10-03"


def test_the_site_s_today_above_the_menu_still_dates_no_story() -> None:
    art = _clean_html(_html_page(""))
    assert art.published is None or art.published.iso != "2026-10-04"
