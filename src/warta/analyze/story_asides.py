"""Where an article's closing aside begins: the tail turning to another case told on the
same occasion.

A police chief, a regent or a minister often presents two matters at one press
conference or visit, and each desk's report on one of them closes on the other ("Dalam
konferensi pers yang sama, Kapolres juga memaparkan ...", "Di sela acara itu, Bupati
sempat ditanya soal ..."). That tail names the other case's people, places and words,
and the report on the other case, whose tail names the first, shares them: two events
read as one. The tail tells nothing of the article's own event, so its words are left
out of the story vectors (:func:`warta.analyze.stories.article_terms`).
"""

from __future__ import annotations

import re

#: The closing paragraphs read for an aside: an aside opens the last paragraph or the
#: one before it (a second paragraph may carry on the other case), never earlier, where
#: "pada kesempatan yang sama" goes on with the article's own event.
CLOSING_PARAGRAPHS = 2

# The occasion named again at a paragraph's start: "Dalam konferensi pers yang sama",
# "Pada kesempatan itu", "Di sela-sela acara tersebut", "Di sela jumpa pers", or its
# place: "Di tempat yang sama" (where the official spoke, not where the news happened:
# a scene is "lokasi" or "tempat kejadian").
_SAME_OCCASION = re.compile(
    r"^(?:(?:dalam|pada|di)\s+(?:konferensi\s+pers|jumpa\s+pers|kesempatan|acara|kegiatan|tempat)"
    r"\s+(?:yang\s+sama|itu|tersebut)"
    r"|di\s+sela(?:-sela)?\s+(?:konferensi\s+pers|jumpa\s+pers|kesempatan|acara|kegiatan)\b)",
    re.IGNORECASE,
)
# The turn to another matter on that occasion: the speaker "juga" presented something
# more, "sempat ditanya" or answered a question "soal" something else. Without it the
# paragraph goes on with the article's own event (the same office stating its cause).
_TURN = re.compile(r"\b(?:juga|sempat|ditanya|pertanyaan)\b", re.IGNORECASE)


def closing_aside(paragraphs: list[str]) -> int:
    """The index in ``paragraphs`` (an article's lines) where its closing aside begins:
    a paragraph among the last :data:`CLOSING_PARAGRAPHS` non-empty ones, not the first,
    naming the same occasion again and turning to another matter; ``len(paragraphs)``
    when there is none."""
    filled = [i for i, p in enumerate(paragraphs) if p.strip()]
    for i in filled[1:][-CLOSING_PARAGRAPHS:]:
        text = paragraphs[i].strip()
        if _SAME_OCCASION.match(text) and _TURN.search(text):
            return i
    return len(paragraphs)
