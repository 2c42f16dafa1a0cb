"""Bytes to text: reject binary input, choose the encoding on evidence, never guess wildly.

The checks here run on every input before any reader sees it, so every reader gets
the same clear errors for binary, empty, oversized and undecodable files.

The order of evidence, strongest first:

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. UTF-16 without a mark, told by its NUL bytes (every other byte of ASCII text);
3. valid UTF-8;
4. *mostly* valid UTF-8: decoded as UTF-8, the few invalid bytes replaced by U+FFFD and
   their offsets kept (the article gets the ``encoding-repaired`` flag);
5. a charset the container declares (HTTP ``Content-Type``, ``<meta charset>``);
6. cp1252 (the Windows superset of Latin-1) for text that reads as a Latin script, or
   latin-1 when cp1252 leaves a byte undefined;
7. charset-normalizer's answer, only when cp1252 cannot be right (most letters would be
   accented: Cyrillic, Greek, CJK) and it is confident.

Anything else is refused with a message, never decoded into an exotic code page.

>>> decode_bytes("naïve".encode("latin-1"), "a.txt").text
'naïve'
>>> decoded = decode_bytes(b"kata \\xe2\\x80\\x9cya\\xe2\\x80\\x9d \\xe2\\x80\\x94 \\xff", "b.txt")
>>> decoded.text[:11], decoded.text.endswith("\\ufffd"), decoded.repairs
('kata “ya” —', True, (18,))
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass

from warta.errors import EmptyInputError, UnreadableInputError

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "Decoded",
    "declared_charset",
    "decode_bytes",
    "is_binary",
]

#: Larger documents are refused: a single news document is never this big, and reading a
#: huge one whole would exhaust memory. JSONL and WARC files are read record by record,
#: so the limit applies to each record; compressed files are decompressed as a stream
#: and stopped at it.
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

#: Offsets kept per document for ``encoding-repaired`` (the first ones; enough to look).
MAX_REPAIR_OFFSETS = 100

# A NUL in the first 8 KB means binary (the same heuristic git and grep use), once UTF-16
# (whose ASCII characters carry a NUL byte each) has been ruled out.
_SNIFF = 8192

# Mostly valid UTF-8 (step 4). Evidence comes only from non-ASCII sequences: ASCII reads
# the same in every candidate encoding. A cp1252 or Latin-1 file almost never holds a valid
# UTF-8 multi-byte sequence by chance (a lead byte C2-F4 is an accented capital or
# letter, and would have to be followed by 80-BF, which are punctuation and symbols):
# hand-made Indonesian, German and French cp1252 samples (tests/ingest/test_decode.py)
# have none, so their share is 0. A UTF-8 file with a few stray bytes has a share near 1;
# an article with 4 invalid bytes among 12 curly quotes and a dash has 0.76. The bar sits
# at 3 valid for 1 invalid: the "overwhelmingly valid" 99.5% would send such an
# article to the code-page path. Below the bar (a mixed file: UTF-8 with cp1252 pasted in)
# the file is read as cp1252, where the repair step (ftfy, warta.clean.repair) turns the
# UTF-8 parts back and the cp1252 parts stay right: nothing is replaced by U+FFFD.
UTF8_MIN_VALID_SHARE = 0.75

# cp1252 (step 6) is right for text in a Latin script: Indonesian has almost no accented
# letters, German about 11%, French about 4% (samples in tests/ingest/test_decode.py).
# When more than this share of the letters would be accented, the bytes are another
# script (Cyrillic, Greek, CJK read as cp1252 come to 70-100%).
LATIN_MAX_ACCENTED_SHARE = 0.3
# charset-normalizer's "chaos" (mess ratio, 0-1) at or below which its answer is taken;
# its own default acceptance bar is 0.2. Russian cp1251, Greek cp1253, Shift-JIS and GBK
# samples all measure 0.0. Under 32 non-ASCII bytes it is no evidence at all: twelve
# random high bytes come back as "cp949" with chaos 0.0.
DETECTOR_MAX_CHAOS = 0.1
DETECTOR_MIN_NON_ASCII = 32

_DECODERS = {
    "utf-8": codecs.utf_8_decode,
    "utf-16-le": codecs.utf_16_le_decode,
    "utf-16-be": codecs.utf_16_be_decode,
    "utf-32-le": codecs.utf_32_le_decode,
    "utf-32-be": codecs.utf_32_be_decode,
}
_WINDOW = 1 << 16
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters that never occur in text (tab, newlines, form feed are fine).
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_NON_ASCII = re.compile("[^\x00-\x7f]")
_HIGH_BYTES = bytes(range(0x80, 0x100))
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text, the encoding it was read with, and where invalid bytes were replaced."""

    text: str
    encoding: str
    #: Byte offsets (into the given bytes) of invalid sequences replaced by U+FFFD, the
    #: first :data:`MAX_REPAIR_OFFSETS` of them.
    repairs: tuple[int, ...] = ()


def is_binary(data: bytes) -> bool:
    """True when ``data`` looks like a binary file (a NUL byte near the start, not UTF-16)."""
    return b"\x00" in data[:_SNIFF] and _bom(data) is None and _utf16_without_bom(data) is None


def declared_charset(value: str | bytes | None) -> str | None:
    """The charset named by a ``Content-Type`` value or an HTML head, if Python knows it.

    >>> declared_charset("text/html; charset=ISO-8859-1")
    'cp1252'
    """
    if not value:
        return None
    if isinstance(value, bytes):
        found = _META_CHARSET.search(value[:4096])
        name = found.group(1).decode("ascii", "ignore") if found else None
    else:
        match = _HEADER_CHARSET.search(value)
        name = match.group(1) if match else None
    if not name:
        return None
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True):  # base64, zlib, rot13: not charsets
        return None
    codec = info.name
    # Browsers read a declared Latin-1 as cp1252 (WHATWG Encoding): pages rely on it.
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def decode_bytes(
    data: bytes,
    where: str,
    *,
    declared: str | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> Decoded:
    """Decode one document's bytes on the evidence listed in the module docstring.

    ``declared`` is a charset the container names (see :func:`declared_charset`).
    Raises :class:`EmptyInputError` for empty or whitespace-only input and
    :class:`UnreadableInputError` for binary, oversized or undecodable input; ``where``
    names the file (and line or offset) in the message.
    """
    if len(data) > max_bytes:
        raise UnreadableInputError(
            f"{where}: document is {mib(len(data))}, more than the {mib(max_bytes)} "
            "allowed for one document; split it, or give a JSONL or WARC file (those are "
            "read record by record)",
            detail={"path": where, "bytes": len(data), "limit": max_bytes},
        )
    decoded = _decode(data, where, declared)
    if not decoded.text.strip():
        raise EmptyInputError(
            f"{where}: the file is empty; nothing to read", detail={"path": where}
        )
    return decoded


def _decode(data: bytes, where: str, declared: str | None) -> Decoded:
    bom = _bom(data)
    if bom is not None:
        encoding, skip = bom
        return _with_replacement(data, encoding, skip, where)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return _with_replacement(data, utf16, 0, where)
    if b"\x00" in data[:_SNIFF]:
        raise UnreadableInputError(
            f"{where}: looks like a binary file (NUL bytes), not text, HTML, JSONL or "
            "WARC; remove it from the inputs or convert it to text",
            detail={"path": where},
        )
    try:
        return _checked(data.decode("utf-8"), "utf-8", where)
    except UnicodeDecodeError:
        pass
    valid, invalid, mixed = _utf8_evidence(data)
    if valid >= UTF8_MIN_VALID_SHARE * (valid + invalid):
        return _with_replacement(data, "utf-8", 0, where)
    if declared and declared != "utf-8":
        try:
            return _checked(data.decode(declared), declared, where)
        except (UnicodeDecodeError, LookupError):
            pass  # a wrong declaration is common; go on to the evidence
    return _legacy(data, where, mixed)


def _legacy(data: bytes, where: str, mixed: str) -> Decoded:
    """cp1252 (or latin-1) for Latin-script text; a confident detector for other scripts.

    ``mixed`` is the text with valid UTF-8 read as UTF-8 and the other bytes as cp1252: the
    script is judged on it, so UTF-8 parts of a mixed file do not count as accented.
    """
    try:
        text, encoding = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        text, encoding = data.decode("latin-1"), "latin-1"
    sample = [ch for ch in mixed if ch.isalpha()]
    accented = sum(1 for ch in sample if ch > "\x7f")
    if accented <= LATIN_MAX_ACCENTED_SHARE * len(sample):
        return _checked(text, encoding, where)
    from charset_normalizer import from_bytes

    non_ascii = len(data) - len(data.translate(None, _HIGH_BYTES))
    best = from_bytes(data).best() if non_ascii >= DETECTOR_MIN_NON_ASCII else None
    if best is not None and best.encoding and best.chaos <= DETECTOR_MAX_CHAOS:
        return _checked(str(best), best.encoding, where)
    raise UnreadableInputError(
        f"{where}: not valid UTF-8, and no other encoding fits with confidence (read as "
        f"cp1252 it would begin {text[:40]!r}); re-save the file as UTF-8",
        detail={"path": where},
    )


def _checked(text: str, encoding: str, where: str, repairs: tuple[int, ...] = ()) -> Decoded:
    """Refuse a decoding full of control characters: the bytes were not text."""
    sample = text[: _SNIFF * 4]
    if len(_CONTROL.findall(sample)) > 0.05 * max(1, len(sample)):
        raise UnreadableInputError(
            f"{where}: looks like a binary file (control characters), not text, HTML, "
            "JSONL or WARC; remove it from the inputs or convert it to text",
            detail={"path": where},
        )
    return Decoded(text, encoding, repairs)


def _bom(data: bytes) -> tuple[str, int] | None:
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            return encoding, len(mark)
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when the NUL bytes fall on every other byte, else None.

    ASCII characters in UTF-16 are one NUL and one non-NUL byte; text in Latin or
    Indonesian is mostly ASCII, so one side of the byte pairs is mostly NUL and the other
    almost never is. Binary files have NULs on both sides.
    """
    sample = data[: _SNIFF - _SNIFF % 2] if len(data) >= 2 else b""
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even_nul = sample[0::2].count(0)
    odd_nul = sample[1::2].count(0)
    if odd_nul >= 0.5 * pairs and even_nul <= 0.02 * pairs:
        return "utf-16-le"
    if even_nul >= 0.5 * pairs and odd_nul <= 0.02 * pairs:
        return "utf-16-be"
    return None


def _segments(data: bytes, encoding: str, start: int = 0) -> Iterator[tuple[str, int, bytes]]:
    """``(valid text, offset of the invalid bytes after it, those bytes)`` over ``data``.

    Decodes in windows: a decode error copies its whole input into the exception, so
    decoding the rest of a large file at every error would be quadratic.
    """
    decode = _DECODERS[encoding]
    view = memoryview(data)
    pos = start
    window = _WINDOW
    while pos < len(data):
        end = min(len(data), pos + window)
        try:
            text, used = decode(view[pos:end], "strict", end == len(data))
            if used == 0:  # only the start of a sequence is left in the window
                text, used = decode(view[pos:end], "strict", True)
        except UnicodeDecodeError as exc:
            good = decode(view[pos : pos + exc.start], "strict", True)[0]
            yield good, pos + exc.start, view[pos + exc.start : pos + exc.end].tobytes()
            pos += max(exc.end, exc.start + 1)
            window = 256  # errors come in clusters: small windows while they last
            continue
        yield text, -1, b""
        pos += used
        window = min(_WINDOW, window * 4)


def _utf8_evidence(data: bytes) -> tuple[int, int, str]:
    """(valid non-ASCII sequences, invalid sequences, a sample of the mixed reading) of
    ``data`` read as UTF-8; the sample reads the invalid bytes as cp1252 (or latin-1)."""
    text = data.decode("utf-8", "replace")  # the counts at C speed
    invalid = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")  # less U+FFFD in the input
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    sample: list[str] = []
    size = 0
    for good, _, raw in _segments(data, "utf-8"):
        sample += (good, "".join(_legacy_char(b) for b in raw))
        size += len(good) + len(raw)
        if size >= _SNIFF * 4:
            break
    return non_ascii - invalid, invalid, "".join(sample)[: _SNIFF * 4]


def _legacy_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)  # latin-1


def _with_replacement(data: bytes, encoding: str, skip: int, where: str) -> Decoded:
    """``data[skip:]`` decoded with U+FFFD for invalid sequences, and their offsets."""
    text = codecs.decode(data[skip:], encoding, "replace")
    repairs: list[int] = []
    if "\ufffd" in text:  # the offsets of the first ones
        for _, offset, _ in _segments(data, encoding, skip):
            if offset >= 0:
                repairs.append(offset)
                if len(repairs) == MAX_REPAIR_OFFSETS:
                    break
    name = encoding.replace("-le", "").replace("-be", "") if skip else encoding
    return _checked(text, name, where, tuple(repairs))


def mib(n: int) -> str:
    """Bytes as MiB for messages: ``20 MiB``, ``0.5 MiB``."""
    value = n / 2**20
    return f"{value:.0f} MiB" if value >= 10 else f"{value:.1f} MiB".replace(".0 MiB", " MiB")
