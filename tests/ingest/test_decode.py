"""Decoding: the encoding is chosen on evidence, repairs are flagged, nothing crashes.

Issue 19, item 5: a UTF-8 file with four invalid bytes was decoded as cp775 without a word
(”  → ŌĆØ), Latin-1 as cp1250 (naïve → naďve), and UTF-16 was refused as binary.
"""

from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warta.clean import clean_document
from warta.errors import WartaError
from warta.ingest import iter_documents, read_stdin
from warta.ingest.decode import (
    LATIN_MAX_ACCENTED_SHARE,
    Decoded,
    _utf8_evidence,
    declared_charset,
    decode_bytes,
)
from warta.ingest.readers import InputProblem, read_document, read_jsonl
from warta.records import Provenance, RawDoc

ARTICLE = (
    "Pelabuhan Baru Dibuka\n\n"
    "JAKARTA — Menteri Perhubungan meresmikan pelabuhan baru di Teluk Sampit, Rabu "
    "(13/9/2023). “Pelabuhan ini akan memangkas biaya logistik,” kata Menteri.\n\n"
    "“Kami menargetkan 2 juta ton per tahun,” ujarnya. Gubernur menyebut proyek itu "
    "“tonggak sejarah” bagi provinsi.\n\n"
    "Warga menyambut baik. “Kami sudah lama menunggu,” kata Siti, pedagang di pasar. "
    "“Semoga harga turun,” tambahnya. Menurut dia, “jalan ke pelabuhan juga harus "
    "diperbaiki”.\n"
)

# Calibration samples for decode.py's thresholds: legacy-encoded text in the languages a
# news corpus meets, and how far their cp1252 reading is from "mostly accented".
LEGACY = {
    "id": "Menteri mengatakan “kami siap” — katanya di Jakarta, Senin. Café itu tutup.",
    "de": "Die Bürger mußten für die Größe der Straße zahlen, sagte der Bürgermeister.",
    "fr": "« Le député a été élu à Besançon », a déclaré l’élève, très ému et déçu.",
}


def test_utf8_with_four_invalid_bytes_stays_utf8_and_is_flagged() -> None:
    data = bytearray(ARTICLE.encode("utf-8"))
    bad = [40, 200, 301, 420]
    for offset in bad:
        assert data[offset] < 0x80  # an ASCII byte: replaced by an invalid one
        data[offset] = 0xFF
    decoded = decode_bytes(bytes(data), "a.txt")
    assert decoded.encoding == "utf-8"
    assert decoded.repairs == tuple(bad)
    assert decoded.text.count("\ufffd") == 4 and decoded.text.count("”") == 6
    assert "ŌĆØ" not in decoded.text and "â€" not in decoded.text
    # The flag and the offsets reach the article.
    raw = read_document(bytes(data), "a.txt", Provenance("a.txt"), fmt="text")
    article = clean_document(raw)
    assert "encoding-repaired" in article.flags and article.encoding_repairs == tuple(bad)


def test_clean_utf8_has_no_repairs() -> None:
    raw = read_document(ARTICLE.encode(), "a.txt", Provenance("a.txt"), fmt="text")
    assert raw.encoding == "utf-8" and raw.encoding_repairs == ()
    assert "encoding-repaired" not in clean_document(raw).flags


def test_latin1_is_read_as_latin1_not_cp1250() -> None:
    text = "A naïve café owner in Jakarta said “selamat pagi” to everyone."
    decoded = decode_bytes(text.encode("cp1252"), "a.txt")
    assert decoded.text == text and decoded.encoding == "cp1252"
    latin1 = "Seorang pemilik kafe naïve di Jakarta berkata: ça va, très bien."
    assert decode_bytes(latin1.encode("latin-1"), "b.txt").text == latin1


@pytest.mark.parametrize("lang", sorted(LEGACY))
def test_legacy_text_has_no_utf8_evidence_and_reads_as_cp1252(lang: str) -> None:
    data = LEGACY[lang].encode("cp1252")
    valid, invalid, _ = _utf8_evidence(data)
    assert valid == 0 and invalid > 0
    decoded = decode_bytes(data, "x.txt")
    assert decoded == Decoded(LEGACY[lang], "cp1252")
    letters = [ch for ch in LEGACY[lang] if ch.isalpha()]
    assert sum(ch > "\x7f" for ch in letters) < LATIN_MAX_ACCENTED_SHARE * len(letters)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_unicode_with_or_without_bom_is_decoded(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode(encoding))
    [doc] = iter_documents([str(path)])
    assert isinstance(doc, RawDoc)
    assert doc.content == ARTICLE and doc.encoding_repairs == ()
    assert doc.encoding.replace("-le", "").replace("-be", "") == encoding.replace("-sig", "")[:6]


def test_utf16_with_a_broken_surrogate_is_repaired() -> None:
    data = codecs.BOM_UTF16_LE + "Halo ".encode("utf-16-le") + b"\x00\xd8" + "dunia".encode("utf-16-le")
    decoded = decode_bytes(data, "a.txt")
    assert decoded.text == "Halo \ufffddunia" and decoded.repairs == (12,)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4,
        bytes(range(256)) * 8,
        b"\x01\x02\x03\x04\x05\x06\x07\x08" * 100,
    ],
)
def test_real_binaries_are_still_refused(data: bytes) -> None:
    with pytest.raises(WartaError, match="binary"):
        decode_bytes(data, "x.bin")


def test_other_scripts_need_confidence() -> None:
    russian = "Президент заявил журналистам, что переговоры продолжатся на следующей неделе."
    assert decode_bytes(russian.encode("cp1251"), "ru.txt").text == russian
    # Twelve high bytes are no evidence (charset-normalizer would say "cp949").
    with pytest.raises(WartaError, match="re-save the file as UTF-8"):
        decode_bytes(bytes([0xC0, 0xE9, 0xD5, 0xF3]) * 3, "x.txt")
    with pytest.raises(WartaError, match="re-save the file as UTF-8"):
        decode_bytes(bytes(range(0x80, 0x100)), "x.txt")


def test_declared_charset_is_used_when_utf8_fails() -> None:
    czech = "Přítomní ministři řekli, že Šťastná je příliš žluťoučká."
    html = f'<html><head><meta charset="windows-1250"></head><body><p>{czech}</p></body></html>'
    raw = read_document(html.encode("cp1250"), "a.html", Provenance("a.html"), fmt="html")
    assert czech in raw.content and raw.encoding == "cp1250"
    assert declared_charset("text/html; charset=ISO-8859-1") == "cp1252"
    assert declared_charset("text/html; charset=base64") is None  # not a charset
    assert declared_charset("text/html; charset=no-such-thing") is None


def test_jsonl_line_with_invalid_bytes_is_read_and_flagged() -> None:
    line = '{"text": "Dia berkata, “siap” hari ini, “kami datang”. X"}\n'.encode()
    line = line.replace(b"X", b"\xff")
    [doc] = read_jsonl(io.BytesIO(line), "f.jsonl")
    assert isinstance(doc, RawDoc) and doc.content.endswith("\ufffd")
    assert doc.encoding_repairs == (line.index(b"\xff"),)


# Property tests: any bytes give text or a WartaError, never another exception.


@given(st.binary(max_size=600))
def test_decode_never_raises_anything_else(data: bytes) -> None:
    try:
        decoded = decode_bytes(data, "x")
    except WartaError:
        return
    assert isinstance(decoded.text, str) and decoded.text.strip()
    assert all(0 <= offset < len(data) for offset in decoded.repairs)


@given(st.binary(max_size=600))
def test_stdin_never_raises(data: bytes) -> None:
    for item in read_stdin(io.BytesIO(data)):
        assert isinstance(item, (RawDoc, InputProblem))


@given(st.binary(max_size=400), st.sampled_from(["html", "text", "auto"]))
def test_read_document_never_raises_anything_else(data: bytes, fmt: str) -> None:
    try:
        doc = read_document(data, "x", Provenance("x"), fmt=fmt)
    except WartaError:
        return
    assert doc.format in ("html", "text")


# Control characters (NUL above all) mean binary, a leading U+FEFF is a byte-order mark
# and whitespace alone is empty: every other valid UTF-8 text comes back exactly.
TEXT_CHARS = st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\t\n\r")


@given(
    st.text(TEXT_CHARS, min_size=1).filter(lambda t: t.strip() and not t.startswith("\ufeff"))
)
def test_valid_utf8_round_trips_exactly(text: str) -> None:
    decoded = decode_bytes(text.encode("utf-8"), "x")
    assert decoded == Decoded(text, "utf-8")


def test_mixed_file_is_read_as_cp1252_and_repaired_without_loss() -> None:
    """UTF-8 with cp1252 quotes pasted in (under the 3-to-1 bar): nothing becomes U+FFFD;
    the cleaner's repair step turns the UTF-8 parts back."""
    data = ("Menteri berkata “siap” hari ini. ".encode()
            + "Gubernur menjawab “kami datang” dan “tidak” kemudian.".encode("cp1252"))
    raw = read_document(data, "m.txt", Provenance("m.txt"), fmt="text")
    assert raw.encoding in ("cp1252", "latin-1") and raw.encoding_repairs == ()
    article = clean_document(raw)
    assert "“siap”" in article.text and "“kami datang”" in article.text
    assert "encoding-repaired" in article.flags


SUFFIXES = [".txt", ".html", ".jsonl", ".jsonl.gz", ".warc", ".warc.gz", ".txt.gz", ".dat"]


@given(st.binary(max_size=400), st.sampled_from(SUFFIXES), st.booleans())
def test_read_path_never_raises(data: bytes, suffix: str, gzipped: bool) -> None:
    import gzip
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(gzip.compress(data) if gzipped else data)
        for item in iter_documents([str(path)]):
            assert isinstance(item, (RawDoc, InputProblem))


def test_jsonl_lone_surrogate_escapes_become_replacement_characters() -> None:
    """Valid JSON, no character: it used to crash the build at the first ``encode``."""
    line = b'{"text": "Isi \\ud800 berita", "title": "T \\udc00", "published": "2024"}\n'
    [doc] = read_jsonl(io.BytesIO(line), "f.jsonl")
    assert isinstance(doc, RawDoc)
    assert doc.content == "Isi \ufffd berita" and doc.title == "T \ufffd"
    clean_document(doc)  # hashes and cleans without UnicodeEncodeError
