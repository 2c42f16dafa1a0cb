"""An office and its holder written with no comma between them, read with the tagger.

Wire copy (ANTARA above all) writes the appositive of a subject without commas:
"Kepala Desa Sukamaju Warsito mengatakan ...", "Koordinator Pos SAR Wonosobo Budi
Santoso menyebutkan ...". By the words alone the end of the office's place and the
start of the holder's name cannot be told apart (a village's name is in no gazetteer),
so the phrase parser reads the whole run as an office, or gives up. The entity tagger,
which reads the context, has found the holder: :func:`glued_holder` takes the person
mention closing the phrase as the name and the words before it, which open with a title,
as the office.
"""

from __future__ import annotations

from collections.abc import Mapping

from warta.nlp.quotes.cues import ROLE_TITLES
from warta.nlp.quotes.who import Who
from warta.records import Mention

__all__ = ["glued_holder"]

#: Words an office's name may hold between its capitalised words: "Kepala Dinas Pangan
#: dan Perikanan", "Duta Besar RI untuk Jepang".
_OFFICE_GLUE = frozenset({"dan", "untuk", "di", "pada", "&"})


def glued_holder(
    head: str, at: int, parsed: Who | None, person_ending: Mapping[int, Mention]
) -> Who | None:
    """The holder of the office that ``head`` (the words before a cue, at offset ``at``
    of the article) writes glued to its name, as a :class:`Who` whose offset is within
    ``head``; ``None`` when the phrase is no such run or ``parsed`` (the phrase parser's
    reading) already names someone. ``person_ending`` maps the end offset of each
    person mention of the article to it.

    >>> m = Mention(21, 28, "Warsito", "PER")
    >>> glued_holder("Kepala Desa Sukamaju Warsito ", 0, None, {28: m})
    Who(name='Warsito', role='Kepala Desa Sukamaju', org=False, anaphor=False, offset=21)
    """
    text = head.rstrip(" \t,")
    end = at + len(text)
    person = person_ending.get(end)
    if person is None or person.start <= at:
        return None
    segment_start = text.rfind(",") + 1
    role = text[segment_start : person.start - at].strip()
    if not role and parsed is None and segment_start > 0:
        # "Kuasa hukum X, Markus Nahak Mau, memastikan": the holder between commas, whose
        # name has a word the parser takes for a common one ("Mau"); the tagger's person.
        office = text[: segment_start - 1].rsplit(",", 1)[-1].strip()
        return Who(person.text, office or None, offset=person.start - at)
    if not _is_office(role) or not _misread(parsed):
        return None
    return Who(person.text, role, offset=person.start - at)


def _is_office(role: str) -> bool:
    """True when ``role`` is a titled office's name: a capitalised title, then
    capitalised words (acronyms, places, fields) and the glue words of an office."""
    words = role.split()
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and words[0].lower() in ROLE_TITLES
        # An acronym in brackets glosses the body's name: "Kepala Kantor X (KX) Kelas I".
        and all(w.lstrip("(")[:1].isupper() or w in _OFFICE_GLUE for w in words[1:])
    )


def _misread(parsed: Who | None) -> bool:
    """True when the phrase parser's reading names nobody: nothing, or an office pointing
    back. A name it did read stays (the tagger may cut a name it does not know: "Bima" a
    city in "Kolonel Bima Sakti")."""
    return parsed is None or (parsed.name is None and parsed.anaphor)
