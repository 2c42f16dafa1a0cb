"""A message queue's consumer output saved as a page: the terminal text of a Kafka
console consumer (``kcat``, ``kafka-console-consumer``) that printed one message.

A desk whose crawlers publish what they fetch to a Kafka topic hands one article over as
an engineer read it off the topic: the command line (a shell prompt, the tool and its
options), the lines the tool's ``-f`` format prints about the message ("Topic: ... |
Partition: 2 | Offset: 9 | Timestamp: ..."), its key and headers, then the message
itself, a JSON record on one line, and the tool's own messages ("% Reached end of topic
...: exiting", "Processed a total of 1 messages"). None of those lines is the story's:
:func:`consumed_records` gives the records, for the readers of JSON exports
(:mod:`warta.ingest.index_hit`) to find the article's fields in. The broker's timestamp
is the message's, never the story's publication.

>>> output = (
...     "$ kcat -C -b broker:9092 -t berita -o 12 -c 1 -e\\n"
...     "Topic: berita | Partition: 0 | Offset: 12 | Timestamp: 1795000000000\\n"
...     "Key: kabar.example/42\\n"
...     '{"title": "Pasar Dibuka", "url": "https://kabar.example/42", "text": "Isi."}\\n'
...     "% Reached end of topic berita [0] at offset 13: exiting\\n"
... )
>>> opens_like_consumer_output(output)
True
>>> consumed_records(output)
[{'title': 'Pasar Dibuka', 'url': 'https://kabar.example/42', 'text': 'Isi.'}]

Records with none of the tool's lines around them are some other file's (a JSON lines
file is read as such):

>>> consumed_records('{"title": "Pasar Dibuka"}') is None
True
"""

from __future__ import annotations

import re
from typing import Any

from warta.ingest.json_document import json_object_lines

__all__ = ["consumed_records", "opens_like_consumer_output"]

# The command line: a shell prompt ("$", "#", "user@host:~$"), then a Kafka consumer.
_COMMAND_RE = re.compile(
    r"^\s*(?:\S*[$#%>]\s*)?(?:\S*/)?(?:kcat|kafkacat|kafka-console-consumer(?:\.sh)?)\s"
)
# kcat's own messages, each after "% ": "% Auto-selecting Consumer mode", "% Reached end of
# topic berita [2] at offset 9: exiting", "% ERROR: ...".
_TOOL_MESSAGE_RE = re.compile(r"^%\s+[A-Z]")
# kafka-console-consumer's closing count: "Processed a total of 1 messages".
_PROCESSED_RE = re.compile(r"^Processed a total of \d+ messages?\s*$")
# What a consumer's format prints about the message: where it stood on the topic, the
# partition and the offset named together ("Topic: berita | Partition: 2 | Offset: 9",
# "Partition:2\tOffset:9").
_PARTITION_RE = re.compile(r"\bpartition\s*[:=]?\s*\d+", re.IGNORECASE)
_OFFSET_RE = re.compile(r"\boffset\s*[:=]?\s*\d+", re.IGNORECASE)
# The message's key and headers, each on a line the format labels.
_KEY_OR_HEADERS_RE = re.compile(r"^(?:Key|Headers)\s*:")


def _is_consumer_line(line: str) -> bool:
    """Whether ``line`` is the consumer's own: its command line, its message, its format's
    line about the message, or the message's key or headers."""
    line = line.strip()
    return bool(
        _COMMAND_RE.match(line)
        or _TOOL_MESSAGE_RE.match(line)
        or _PROCESSED_RE.match(line)
        or _KEY_OR_HEADERS_RE.match(line)
        or (_PARTITION_RE.search(line) and _OFFSET_RE.search(line) and "{" not in line)
    )


def opens_like_consumer_output(content: str) -> bool:
    """Whether ``content`` opens with a line of the consumer's own (the test before
    :func:`consumed_records`)."""
    head = content.lstrip("\ufeff \t\r\n").split("\n", 1)[0]
    return _is_consumer_line(head)


def consumed_records(content: str) -> list[Any] | None:
    """The JSON records a consumer's output holds, one a line, its own lines passed over;
    ``None`` when ``content`` is no such output: a line that is neither the tool's nor a
    JSON object, or none of the tool's lines at all."""
    if not any(_is_consumer_line(line) for line in content.splitlines()):
        return None
    return json_object_lines(content, _is_consumer_line)
