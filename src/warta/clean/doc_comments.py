"""A word processor's document downloaded as plain text with its comments (Google Docs'
"Plain text (.txt)" download), read without them.

The download marks the text each comment is anchored to with the comment's letter in
brackets, glued to the last anchored word ("... ditutup sementara[b]"), and lists the
comments at the end of the file under a rule of underscores, each opened by its mark
("[b]Nama Penyunting: cek lagi judulnya"). The marks belong to no word and the comments
are the document's readers', never the story's: :func:`split_doc_comments` takes both
off. A story's own brackets stay: only a mark the list opens a comment with is taken,
and only where it is glued to the word before it.

>>> text = "Jalan Desa Ditutup[a]\\n\\nJalan desa ditutup.\\n\\n__________\\n[a]Rina: cek."
>>> split_doc_comments(text)
('__________\\n[a]Rina: cek.', 'Jalan Desa Ditutup\\n\\nJalan desa ditutup.')
>>> split_doc_comments("Harga naik [a] persen.")
(None, 'Harga naik [a] persen.')
"""

from __future__ import annotations

import re

__all__ = ["split_doc_comments"]

# The rule the download draws over the comments: a line of underscores alone (Google
# Docs draws sixteen; a shorter run of eight is still no sentence's).
_RULE_RE = re.compile(r"^_{8,}[ \t]*$", re.MULTILINE)
# A comment's line under it, opened by its mark: one or two small letters in brackets,
# glued to the commenter's name ("[a]Nama: ...", "[ab]Nama: ..." past the 26th).
_COMMENT_RE = re.compile(r"^\[(?P<mark>[a-z]{1,2})\]\S")


def split_doc_comments(text: str) -> tuple[str | None, str]:
    """``(comments, text)``: the comment list closing a document's plain-text download
    (its rule and every line under it) and the text without it and without the marks
    anchoring those comments; ``(None, text)`` when the text closes with no such list
    (no rule, or the first line under the last rule opens no comment)."""
    rules = list(_RULE_RE.finditer(text))
    if not rules:
        return None, text
    rule = rules[-1]
    tail = text[rule.start() :].strip()
    listed = [line for line in tail.split("\n")[1:] if line.strip()]
    first = _COMMENT_RE.match(listed[0]) if listed else None
    if first is None:
        return None, text
    marks = {m.group("mark") for line in listed if (m := _COMMENT_RE.match(line))}
    # a comment's anchor is glued to the word before it; a bracket after a space is the
    # story's own ("[a]" in a quoted list)
    anchor = re.compile(r"(?<=\S)\[(?:" + "|".join(sorted(marks)) + r")\]")
    return tail, anchor.sub("", text[: rule.start()]).rstrip()
