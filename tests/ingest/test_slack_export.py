"""A chat channel's JSON export (Slack's): the article a monitoring bot posted in a message's
attachment, read with the attachment's headline, publication-date field and address; the
bot's line and the thread's replies are no part of it; a clear error naming the file for an
export that carries no article."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from warta.clean import clean_document
from warta.errors import MalformedInputError
from warta.ingest import iter_documents
from warta.ingest.slack_export import looks_like_slack_export, read_slack_export
from warta.records import Provenance, RawDoc

_HEADLINE = "Perajin Gerabah Kasongan Kebanjiran Pesanan Jelang Akhir Tahun"
_URL = "https://kabarbantul.example/ekonomi/perajin-gerabah-kasongan-kebanjiran-pesanan"
_STORY = "\n\n".join(
    [
        "BANTUL, Kabarbantul.example - Para perajin gerabah di Kasongan kewalahan melayani "
        "pesanan pot dan guci yang melonjak menjelang akhir tahun.",
        "Sebagian besar pesanan datang dari hotel dan kafe di Yogyakarta serta Bali yang "
        "tengah menata ulang ruang tamu mereka.",
        '"Tungku kami menyala sampai malam, dan tetap saja belum cukup," kata seorang '
        "perajin, Sabtu (14/11).",
        "Baca juga: Harga Tanah Liat Naik, Perajin Cari Bahan dari Luar Daerah",
        "Paguyuban perajin berencana menambah dua tungku bersama agar pesanan ekspor bisa "
        "dikirim sebelum pertengahan Desember.",
    ]
)


def _bot_message(story: str = _STORY, fields: list[dict[str, Any]] | None = None) -> dict:
    return {
        "type": "message",
        "subtype": "bot_message",
        "text": ":newspaper: *Sebutan baru* | Kata kunci: _gerabah_ | Nada: Positif",
        "bot_id": "B0001",
        "ts": "1700000000.000100",
        "attachments": [
            {
                "service_name": "Kabar Bantul",
                "title": _HEADLINE,
                "title_link": _URL,
                "text": story,
                "fields": fields
                if fields is not None
                else [
                    {"title": "Media", "value": "kabarbantul.example", "short": True},
                    {"title": "Terbit", "value": "14 Nov 2027 09:30 WIB", "short": True},
                    {"title": "Jangkauan", "value": "8.200", "short": True},
                ],
                "ts": 1700000000,
            }
        ],
        "thread_ts": "1700000000.000100",
        "reply_count": 1,
    }


_REPLY = {
    "type": "message",
    "text": "Sudah masuk rekap mingguan, nadanya positif. cc <@U0002>",
    "user": "U0001",
    "ts": "1700000900.000200",
    "thread_ts": "1700000000.000100",
    "user_profile": {"real_name": "Rina Pemantau", "display_name": "rina.p"},
}


def _clean(content: str, path: str = "kanal/2027-11-16.json") -> Any:
    return clean_document(RawDoc(Provenance(path), content))


def test_the_attachment_is_the_article_with_its_headline_date_and_address() -> None:
    art = _clean(json.dumps([_bot_message(), _REPLY], indent=2))
    assert art.title == _HEADLINE
    assert art.published is not None and art.published.iso == "2027-11-14"
    assert art.url == _URL
    assert art.text.startswith("Para perajin gerabah di Kasongan kewalahan")
    assert art.text.endswith("sebelum pertengahan Desember.")
    # the bot's line, the thread's reply and the export's keys are no part of it
    for foreign in ("Sebutan baru", "rekap mingguan", "Rina Pemantau", '"ts"', "real_name"):
        assert foreign not in art.text


def test_a_posting_stamp_never_dates_the_story() -> None:
    # No date field: the stamps say when the bot posted, so the lead's bare day stays
    # undated rather than dated by them.
    art = _clean(json.dumps([_bot_message(fields=[]), _REPLY]))
    assert art.title == _HEADLINE
    assert art.published is None


def test_an_api_history_and_a_story_pasted_as_a_message_are_read_too() -> None:
    pasted = {"type": "message", "user": "U0003", "ts": "1700001000.1", "text": _STORY}
    story = read_slack_export(json.dumps({"ok": True, "messages": [_REPLY, pasted]}))
    assert story is not None
    assert story.title is None and story.text.startswith("BANTUL, Kabarbantul.example")


def test_slack_markup_is_read_as_what_it_says() -> None:
    marked = _STORY.replace(
        "hotel dan kafe", "<https://kabarbantul.example/tag/hotel|hotel> dan *kafe*"
    )
    story = read_slack_export(json.dumps([_bot_message(story=marked)]))
    assert story is not None
    assert "datang dari hotel dan kafe di Yogyakarta" in story.text


def test_an_export_of_chat_lines_only_gets_an_error_naming_the_file() -> None:
    chat = [_REPLY, {**_REPLY, "text": "siap, nanti saya cek", "ts": "1700001200.3"}]
    assert looks_like_slack_export(json.dumps(chat))
    assert read_slack_export(json.dumps(chat)) is None
    with pytest.raises(MalformedInputError, match=r"kanal/2027-11-17\.json.*no article"):
        _clean(json.dumps(chat), path="kanal/2027-11-17.json")


@pytest.mark.parametrize(
    "content",
    [
        json.dumps([{"id": 1, "text": "bukan pesan"}]),  # a list of something else
        json.dumps({"messages": []}),
        "[1, 2",
        "Harga cabai naik pekan ini, kata pedagang di pasar.",
    ],
)
def test_other_documents_are_no_chat_export(content: str) -> None:
    assert not looks_like_slack_export(content)


def test_a_saved_export_file_reads_as_its_article(tmp_path: Path) -> None:
    path = tmp_path / "2027-11-16.json"
    path.write_text(json.dumps([_bot_message(), _REPLY], indent=4), encoding="utf-8")
    (raw,) = list(iter_documents([str(path)]))
    assert isinstance(raw, RawDoc)
    art = clean_document(raw)
    assert (art.title, art.url) == (_HEADLINE, _URL)
