"""Two people who speak together: a pair named jointly, then "keduanya" or "pasangan
itu".

A story introduces two people in one phrase ("pasangan lansia Darmo (70) dan Sumini
(66)", "Rudi dan Wati") and then quotes them as one: "Keduanya mengaku ...", '"...,"
kata pasangan lansia itu.' The words point to the pair, and the speaker is both,
named as the article joined them ("Darmo dan Sumini"). The pair must be the last two
people named: anyone else named between the pair and the words (only the two of them,
each alone, may be) and the words point elsewhere; and the pair is looked for in the
words' paragraph and the few before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.records import Mention

#: Words that point to two people as one, at the start of a speaker phrase: "keduanya",
#: "mereka berdua", "pasangan (suami istri) itu", "suami istri tersebut".
_BOTH = re.compile(
    r"(?:keduanya|kedua(?:\s+[a-z]+){1,2}?\s+(?:itu|tersebut)|mereka\s+berdua"
    r"|(?:pasangan|suami\s+istri|suami-istri)(?:\s+[a-z]+){0,3}?\s+(?:itu|tersebut|ini))\b",
    re.IGNORECASE,
)
#: A subject that is only such words (after a connective, before adverbs): "Keduanya
#: mengaku ...", "Pasangan itu juga berharap ...".
_BOTH_SUBJECT = re.compile(
    r"\s*(?:(?:Namun|Tetapi|Kemudian|Lalu|Kini|Saat ini|Selain itu)\s*,?\s+)?"
    rf"(?:{_BOTH.pattern})"
    r"(?:\s+(?:juga|pun|pula|lalu|kemudian|sama-sama|kompak|sempat|sudah|masih))*\s*",
    re.IGNORECASE,
)
#: What may stand between the two names of a pair: their ages, then "dan".
_JOINED = re.compile(r"(?:\s*\(\d{1,3}(?:\s*tahun)?\))?\s+dan\s+")
#: How many paragraphs before the words the pair may be named.
_PARAGRAPHS_BACK = 3


#: The same words with their demonstrative already read off (a role pointing back):
#: "pasangan suami istri" of "kata pasangan suami istri itu".
_BOTH_HEAD = re.compile(r"(?:pasangan|suami\s+istri|suami-istri)(?:\s+[a-z]+){0,3}", re.IGNORECASE)


def points_to_both(phrase: str | None, anaphor: bool = False) -> bool:
    """True when a speaker phrase opens with words that point to two people as one; a
    role that points back (``anaphor``, its demonstrative read off) may be the noun alone.

    >>> points_to_both("pasangan suami istri itu serentak"), points_to_both("warga")
    (True, False)
    >>> points_to_both("pasangan suami istri"), points_to_both("pasangan suami istri", True)
    (False, True)
    """
    if phrase is None:
        return False
    return _BOTH.match(phrase.strip()) is not None or (
        anaphor and _BOTH_HEAD.fullmatch(phrase.strip()) is not None
    )


def is_both_subject(head: str) -> bool:
    """True when the words before a subject-first verb are only words pointing to two
    people as one ("Keduanya", "Namun pasangan itu juga").

    >>> is_both_subject("Keduanya "), is_both_subject("Keduanya tim ")
    (True, False)
    """
    return _BOTH_SUBJECT.fullmatch(head) is not None


def pair_named_before(
    text: str, before: int, mentions: Sequence[Mention]
) -> tuple[str, int] | None:
    """The pair of people last named jointly before offset ``before`` ("Darmo (70) dan
    Sumini (66)") as "<first> dan <second>" and its offset, when nobody else was named
    since and it is within the paragraphs the module allows; else ``None``.

    >>> t = "Rumah Darmo (70) dan Sumini (66) roboh. Darmo kaget. Keduanya mengaku ..."
    >>> ms = [Mention(6, 11, "Darmo", "PER", "Darmo"), Mention(21, 27, "Sumini", "PER", "Sumini"),
    ...       Mention(40, 45, "Darmo", "PER", "Darmo")]
    >>> pair_named_before(t, 53, ms)
    ('Darmo dan Sumini', 6)
    """
    people = sorted((m for m in mentions if m.type == "PER" and m.end <= before), key=_start)
    since: set[str] = set()
    for k in range(len(people) - 1, 0, -1):
        first, second = people[k - 1], people[k]
        if _JOINED.fullmatch(text, first.end, second.start):
            pair = {_who(first), _who(second)}
            if len(pair) < 2 or not since <= pair:
                return None
            if text.count("\n\n", first.start, before) > _PARAGRAPHS_BACK:
                return None
            return f"{_who(first)} dan {_who(second)}", first.start
        since.add(_who(second))
    return None


def _start(m: Mention) -> int:
    return m.start


def _who(m: Mention) -> str:
    return m.entity or m.text
