"""A speech read out on another's behalf, after a verb-first cue.

'"...," kata Rina membacakan sambutan bupati.': the reader voices the words, the
official whose speech it is says them (as "X dalam sambutan yang dibacakan Y" before the
cue, see :mod:`warta.nlp.quotes.subject`). Pure function over the text after the cue.
"""

from __future__ import annotations

import re

from warta.nlp.quotes.cues import ROLE_TITLES
from warta.nlp.quotes.phrase import parse_phrase
from warta.nlp.quotes.who import Who

#: The reader's name, "membacakan", the kind of speech, then whose it is, up to the end
#: of the clause (a comma, a stop, or a place or time after it).
_READ_OUT = re.compile(
    r"\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+membacakan\s+(?:naskah\s+)?"
    r"(?:sambutan|pidato|amanat|arahan)(?:\s+tertulis)?\s+(?P<owner>[^,.;:!?\x01]{3,80}?)"
    r"(?=\s*(?:[,.;:!?\x01]|$)|\s+(?:di|pada|dalam|saat|ketika|yang)\b)"
)


def speech_read_for(rest: str) -> tuple[Who, str] | None:
    """The official whose speech the named speaker after a cue reads out, and the text
    after that phrase; ``None`` when ``rest`` is no such phrase or the speech's owner is
    neither a person named nor an office's title.

    >>> who, left = speech_read_for(" Rina membacakan sambutan bupati, Senin.")
    >>> who.role, who.anaphor, left
    ('bupati', True, ', Senin.')
    >>> speech_read_for(" Sekda Agus Salim membacakan sambutan Wali Kota Rudi Hartono.")[0].name
    'Rudi Hartono'
    >>> speech_read_for(" Rina membacakan surat itu.") is None
    True
    """
    m = _READ_OUT.match(rest)
    if m is None:
        return None
    owner = m.group("owner").strip()
    who = parse_phrase(owner)
    left = rest[m.end() :]
    if who is not None and who.name is not None and not who.org:
        return Who(who.name, who.role, offset=m.start("owner") + max(who.offset, 0)), left
    words = owner.split()
    if words and words[0].lower() in ROLE_TITLES and (len(words) == 1 or owner.islower()):
        # "sambutan gubernur", "sambutan wali kota": the office the article named before.
        return Who(None, owner.lower() if owner.islower() else owner, anaphor=True), left
    return None
