"""A saved e-mail (an ``.eml`` file, or a text dump of one) read as the message it carries.

A press release forwarded to a desk is often saved whole: RFC 822 headers ("Received:",
"From:", "Subject:", "MIME-Version:"), MIME parts with boundaries, a text part encoded
quoted-printable (its soft line breaks "=" split words: "Tahun B=" / "aru") or base64, and
attachments. Read as a page, every header is a line of chrome and the story's words are
broken. :func:`read_mail_message` reads it with the standard library's :mod:`email`
package instead: the text/plain part (else text/html) decoded, the subject decoded (an
"=?UTF-8?B?...?=" word too), the sending date, and the signature under "-- " set aside.

>>> raw = (
...     "From: Humas Kota <humas@kota.example>\\n"
...     "Subject: =?UTF-8?Q?Pasar_Malam_Dibuka_=E2=80=93_Kota?=\\n"
...     "Date: Tue, 3 Mar 2026 08:00:00 +0700\\n"
...     "MIME-Version: 1.0\\n"
...     "Content-Type: text/plain; charset=UTF-8\\n"
...     "Content-Transfer-Encoding: quoted-printable\\n\\n"
...     "Kota, 2 Maret 2025 =E2=80=93 Pasar malam dibuka kem=\\n"
...     "bali.\\n\\n-- \\nHumas Kota\\n"
... )
>>> mail = read_mail_message(raw)
>>> mail.subject, mail.body.strip(), mail.is_html
('Pasar Malam Dibuka – Kota', 'Kota, 2 Maret 2025 – Pasar malam dibuka kembali.', False)
>>> mail.date
'Tue, 03 Mar 2026 08:00:00 +0700'
>>> read_mail_message("Subject: bukan surel\\nIni hanya teks biasa.") is None
True
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass
from email.message import EmailMessage, Message

__all__ = ["MailMessage", "read_mail_message"]

# The fields a saved message opens with; a dump may start with mbox's "From " line.
_HEADER_LINE_RE = re.compile(r"^(?:[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]|[ \t]+\S|From \S)")
_FIELD_RE = re.compile(r"^([A-Za-z][A-Za-z0-9-]{1,40}):", re.MULTILINE)
# The fields that say a header block is a mail's, not a page's "Judul: ..." lines.
_MAIL_FIELDS = frozenset(
    {
        "from",
        "to",
        "subject",
        "date",
        "received",
        "return-path",
        "message-id",
        "mime-version",
        "content-type",
        "content-transfer-encoding",
        "delivered-to",
        "reply-to",
        "cc",
        "x-mailer",
        "dkim-signature",
        "sender",
    }
)
# A message has a sender and a subject or a date, and a few more mail fields.
MAIL_MIN_FIELDS = 4
# The header block stands within the first lines; past them the text is a page.
HEADER_SCAN_LINES = 80
# Tags a subject wears that are no part of the headline: "[SIARAN PERS]", "Fwd:", "Re:".
_SUBJECT_TAGS_RE = re.compile(
    r"^\s*(?:(?:\[[^\]]{1,40}\]|\([^)]{1,40}\)|(?:re|fw|fwd|tr)\s*:)\s*)+", re.IGNORECASE
)
# The transfer encodings that leave a part's text as written.
_AS_IS_ENCODINGS = frozenset({"", "7bit", "8bit", "binary"})
# A signature's separator ("-- " by the RFC; a dump may lose the space).
_SIGNATURE_RE = re.compile(r"^--\s*$")


@dataclass(frozen=True)
class MailMessage:
    """What a saved message carries: its header block as written, its story part decoded,
    its subject (tags such as
    "[SIARAN PERS]" taken off), its Date field as written, and whether the part is HTML."""

    header: str
    body: str
    subject: str | None
    date: str | None
    is_html: bool


def read_mail_message(text: str) -> MailMessage | None:
    """The message ``text`` holds, or None when it opens with no mail header block (a
    sender, a subject or a date, and :data:`MAIL_MIN_FIELDS` mail fields at least)."""
    head = _header_block(text)
    if head is None:
        return None
    message = email.message_from_string(text.lstrip(), policy=email.policy.default)
    part = _story_part(message)
    if part is None:
        return None
    body = _decoded(part)
    is_html = part.get_content_type() == "text/html"
    if not is_html:
        body = _without_signature(body)
    subject = _decoded_header(message, "subject")
    return MailMessage(
        header="\n".join(head),
        body=body,
        subject=_SUBJECT_TAGS_RE.sub("", subject).strip() or None if subject else None,
        date=_decoded_header(message, "date"),
        is_html=is_html,
    )


def _header_block(text: str) -> list[str] | None:
    """The names of the fields the text opens with, when they make a mail's header."""
    lines = text.lstrip().splitlines()[:HEADER_SCAN_LINES]
    block: list[str] = []
    for line in lines:
        if not line.strip():
            break
        if not _HEADER_LINE_RE.match(line):
            return None
        block.append(line)
    names = {m.group(1).lower() for m in _FIELD_RE.finditer("\n".join(block))}
    mail = names & _MAIL_FIELDS
    if "from" not in mail or not mail & {"subject", "date"} or len(mail) < MAIL_MIN_FIELDS:
        return None
    return block


def _story_part(message: Message) -> Message | None:
    """The part holding the story: the first text/plain part that is no attachment,
    else the first text/html one."""
    parts = list(message.walk()) if message.is_multipart() else [message]
    texts = [
        p
        for p in parts
        if not p.is_multipart()
        and p.get_content_maintype() == "text"
        and p.get_content_disposition() != "attachment"
    ]
    for kind in ("text/plain", "text/html"):
        for part in texts:
            if part.get_content_type() == kind:
                return part
    return None


def _decoded(part: Message) -> str:
    """The part's text, its transfer encoding and charset undone. A part sent as is (no
    transfer encoding, or 7bit/8bit) is already text: the file was decoded on reading it,
    and a mail client's dump declares no charset at all; the email package would read its
    letters past ASCII as escapes ("\\u2013") and replacement marks."""
    raw = part.get_payload()
    encoding = str(part.get("content-transfer-encoding", "")).strip().lower()
    if isinstance(raw, str) and encoding in _AS_IS_ENCODINGS:
        return raw
    if isinstance(part, EmailMessage):
        try:
            content = part.get_content()
            if isinstance(content, str):
                return content
        except (LookupError, ValueError):
            pass
    payload = part.get_payload(decode=True)
    if isinstance(payload, bytes):
        return payload.decode(part.get_content_charset() or "utf-8", errors="replace")
    return str(part.get_payload())


def _decoded_header(message: Message, name: str) -> str | None:
    value = message.get(name)
    if value is None:
        return None
    return " ".join(str(value).split()) or None


def _without_signature(body: str) -> str:
    """The text above the last signature separator ("-- "), when text stands above it."""
    lines = body.splitlines()
    cut = next((i for i in range(len(lines) - 1, -1, -1) if _SIGNATURE_RE.match(lines[i])), None)
    if cut is None or not "".join(lines[:cut]).strip():
        return body
    return "\n".join(lines[:cut]).rstrip() + "\n"
