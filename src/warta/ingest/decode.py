"""Bytes to text: reject binary input, detect the encoding, repair what decoding broke.

The checks here run on every input before any reader sees it, so every reader gets
the same clear errors for binary, empty, oversized and undecodable files.
"""

from __future__ import annotations

from dataclasses import dataclass

from charset_normalizer import from_bytes

from warta.errors import EmptyInputError, UnreadableInputError

#: Larger inputs are refused: a single news document is never this big, and reading a
#: huge file whole would exhaust memory. JSONL and WARC are streamed record by record
#: and are not subject to this limit (only each record is).
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

# Bytes that never occur in text files; a NUL in the first 8 KB means binary (the same
# heuristic git and grep use).
_SNIFF = 8192


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def is_binary(data: bytes) -> bool:
    """True when ``data`` looks like a binary file (a NUL byte near the start)."""
    return b"\x00" in data[:_SNIFF]


def decode_bytes(data: bytes, where: str) -> Decoded:
    """Decode one document's bytes, trying UTF-8 first, then detection.

    Raises :class:`EmptyInputError` for empty or whitespace-only input and
    :class:`UnreadableInputError` for binary, oversized or undecodable input; ``where``
    names the file (and line or offset) in the message.
    """
    if len(data) > MAX_DOCUMENT_BYTES:
        raise UnreadableInputError(
            f"{where}: document is {len(data) / 2**20:.0f} MiB, more than the "
            f"{MAX_DOCUMENT_BYTES // 2**20} MiB allowed for one document; split it, or "
            "give a JSONL or WARC file (those are read record by record)",
            detail={"path": where, "bytes": len(data)},
        )
    if is_binary(data):
        raise UnreadableInputError(
            f"{where}: looks like a binary file (NUL bytes), not text, HTML, JSONL or "
            "WARC; remove it from the inputs or convert it to text",
            detail={"path": where},
        )
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data.strip():
        raise EmptyInputError(
            f"{where}: the file is empty; nothing to read", detail={"path": where}
        )
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        best = from_bytes(data).best()
        if best is None or best.encoding is None:
            raise UnreadableInputError(
                f"{where}: not valid UTF-8 (byte {exc.start}) and no other text encoding "
                "fits; re-save the file as UTF-8",
                detail={"path": where, "byte": exc.start},
            ) from exc
        return Decoded(str(best), best.encoding)
