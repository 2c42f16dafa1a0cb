"""Who cuts in: the speaker of '"...," selanya' named just before, in the narration.

A hearing or a debate told turn by turn has one party cut in on another: "Penjelasan itu
tak membuat Budi puas. "...," selanya." The "-nya" of a verb of cutting in is not the
last speaker, who was just cut off, but the earlier speaker the paragraph's narration
names right before the quote, even as its object.
"""

from __future__ import annotations

from collections.abc import Sequence

from warta.nlp.quotes.cue_verbs import lex
from warta.nlp.quotes.resolved import _Resolved, _Speaker
from warta.records import Mention

__all__ = ["CUTTING_IN_STEMS", "named_cutting_in"]

#: Verb-first stems of cutting in on another speaker ('"...," selanya', '"...," potong
#: Budi'); not "timpal", often a speaker adding to his own words.
CUTTING_IN_STEMS = lex("sela potong")


def named_cutting_in(
    text: str,
    persons: Sequence[Mention],
    spoken: Sequence[_Resolved],
    last: str | None,
    quote_start: int,
    paragraph: int,
) -> _Speaker | None:
    """The earlier speaker who cuts in with the quote at ``quote_start`` (``paragraph``):
    the one speaker of ``spoken`` other than ``last`` whom the ``persons`` mentions of
    the paragraph's narration before the quote name; ``None`` when the paragraph already
    had a quote (its turns tell who cuts in), or when none or two such speakers are named.
    """
    if any(r.found.paragraph == paragraph for r in spoken):
        return None
    opens = text.rfind("\n\n", 0, quote_start)
    opens = 0 if opens < 0 else opens + 2
    # Each person by the entity layer's name, with every form the article writes him in.
    forms: dict[str, set[str]] = {}
    for m in persons:
        forms.setdefault(m.entity or m.text, set()).update(n for n in (m.text, m.entity) if n)
    named = {m.entity or m.text for m in persons if opens <= m.start < quote_start}
    earlier = {
        person: r
        for person in named
        if last not in forms[person]
        for r in spoken
        if r.name in forms[person]
    }
    if len(earlier) != 1:
        return None
    (who,) = earlier.values()
    return _Speaker(who.name or "", who.role, who.at)
