"""Shortened titles written with a full stop before a name ("Pdt. <Name>", "Abd. <Name>").

The tagger reads such a title alone as a person or a body ("Rm" PER, "Kms" ORG) and
cuts the name after it off, or misses the name. :func:`mend_short_titles` repairs the
tagger's mentions before the spans are built: a title alone gives way to the name
after it, and a shortened *name part* ("Abd." Abdul, "Tb." Tubagus, "Kms." Kemas,
"Kgs." Kiagus, "Rd." Raden, "Moh." and "Muh." Mohammad and Muhammad)
stays at the front of that name, as the spelt-out forms do (see
:mod:`~warta.nlp.entities.untagged`). "Tgk." is the Acehnese "Teungku", the honorific of
a religious teacher or a village elder ("Keuchik <Gampong>, Tgk. <Name>,"), a title the
man is not named by: it gives way to the name as "Ust." does. A person mention that
ends in a shortened title ("<Given> Dt" of "<Given> Dt. <Adat title>", "<Given> Dg" of
the Makassarese "<Given> Dg. <Daeng name>") runs on over the name after its full stop.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from warta.lexicon.indonesian import TITLE_WORDS
from warta.nlp.sentences import NAME_TITLES
from warta.records import Mention

#: Shortened words that belong to the name they open (hereditary or given-name parts).
NAME_PART_TITLES = frozenset(
    {"Abd", "Tb", "Kms", "Kgs", "Mgs", "Rd", "Moh", "Muh", "Dg"}
)
#: Every shortened title with a full stop (the sentence splitter's list, plus "Mgs").
_SHORT = NAME_TITLES | NAME_PART_TITLES
# Spelt-out titles that may sit before a shortened one ("Romo Rm.", "Pendeta Pdt.").
_LONG_BEFORE = frozenset({"Romo", "Pendeta", "Habib", "Raden", "Datuk", "Ustaz", "Tengku"})
# The name after "<title>. ": up to four capitalised words one space apart.
_NAME_AFTER = re.compile(r"\. ((?:[A-Z][a-z'’-]+)(?: [A-Z][a-z'’-]+){0,3})")
# Every "<shortened title>. <Name>" of an article, found in one scan (the tagger may have
# missed the whole name: "kata Pdt. <Given> <Surname>, ...").
_TITLED_NAME = re.compile(
    r"(?<![\w.])(?P<title>"
    + "|".join(sorted(_SHORT, key=len, reverse=True))
    + r")\. (?P<name>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,3})"
)


def _title_only(words: Sequence[str]) -> bool:
    """Whether ``words`` are titles only, the last a shortened one ("Rm", "Romo Rm")."""
    return bool(words) and words[-1] in _SHORT and all(
        w in _SHORT or w in _LONG_BEFORE for w in words
    )


def _name_end(text: str, end: int, following: Mention | None) -> int | None:
    """End of the name after the shortened title ending at ``end``: the next mention's
    when it opens right after ". ", else the capitalised words there; ``None`` if none."""
    if following is not None and following.start == end + 2 and text[end : end + 2] == ". ":
        return following.end
    m = _NAME_AFTER.match(text, end)
    return m.end(1) if m else None


def mend_short_titles(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` (any order) in text order with shortened titles mended.

    >>> t = "Kata Pdt. Yohan Sirait dan Abd. Karim Nasution. Rm. Petrus hadir."
    >>> ms = [Mention(5, 8, "Pdt", "PER"), Mention(27, 30, "Abd", "PER"),
    ...       Mention(32, 46, "Karim Nasution", "PER"), Mention(48, 50, "Rm", "ORG")]
    >>> [(m.text, m.type) for m in mend_short_titles(t, ms)]
    [('Yohan Sirait', 'PER'), ('Abd. Karim Nasution', 'PER'), ('Petrus', 'PER')]
    """
    ordered = _cut_trailing_honorifics(text, sorted(mentions, key=lambda m: m.start))
    out: list[Mention] = []
    skip_to = -1
    for i, m in enumerate(ordered):
        if m.start < skip_to:
            continue
        words = m.text.rstrip(".").split()
        following = ordered[i + 1] if i + 1 < len(ordered) else None
        if m.type not in ("PER", "ORG") or not words or words[-1] not in _SHORT:
            out.append(m)
            continue
        if m.type != "PER" and not _title_only(words):
            out.append(m)
            continue
        title_end = m.start + len(m.text.rstrip("."))
        end = _name_end(text, title_end, following)
        if end is None:
            if not _title_only(words):
                out.append(m)  # a title alone with no name after it is no one
            continue
        if following is not None and following.start < end:
            skip_to = following.end  # the name's own mention is taken into this one
        if _title_only(words) and words[-1] not in NAME_PART_TITLES:
            start = title_end + 2  # "Pdt. <Name>": the name without its title
        elif _title_only(words):
            start = title_end - len(words[-1])  # "Abd. <Name>": part of the name
        else:
            start = m.start  # "<Given> Dt. <Adat title>": one name
        out.append(Mention(start, end, text[start:end], "PER"))
    return _buton_names(text, _with_missed_names(text, out))


# Shortened honorifics and degrees written before a name ("Hj. <Name>", "Ir. <Name>"): a
# mention of several words the tagger ran on to one of them ("<Office> <Place> Hj") ends
# before it, and the name after its full stop is the person.
_HONORIFIC_SHORT = frozenset({"H", "Hj", "Dr", "Ir", "Drs", "Dra", "Prof", "Ns", "Apt"})


def _office_place_honorific_name_end(
    text: str, m: Mention, words: Sequence[str], following: Mention | None
) -> int | None:
    """End of the name after ``m`` when ``m`` is "[<Office>] <Place> <Hon>" (an office word
    opening it or right before it; the tagger said person or place) and ". <Name>" follows;
    else ``None``. A body ("RSUD Dr", "Universitas Prof") or a street ("Jalan H") is named
    after the person, and "<Given> H. <Surname>" holds an initial: neither is cut."""
    title_end = m.start + len(m.text)
    if (
        m.type not in ("PER", "LOC")
        or len(words) < 2
        or words[-1] not in _HONORIFIC_SHORT
        or text[title_end : title_end + 1] != "."
    ):
        return None
    before = text[max(0, m.start - 24) : m.start].split()
    office = words[0] if words[0].casefold() in TITLE_WORDS else (before[-1] if before else "")
    if office.casefold() not in TITLE_WORDS or words[-2] in _HONORIFIC_SHORT:
        return None
    end = _name_end(text, title_end, following)
    if end is None or text[title_end + 2 : end].split()[0] in _HONORIFIC_SHORT | _SHORT:
        return None  # "Dr. Ir. <Name>": another title, not the name
    return end


def _territory(text: str, start: int, end: int) -> Mention | None:
    """The place mention of "<Office> <Place>" between ``start`` and ``end`` (the office's
    words left out), ``None`` if only the office is there."""
    while start < end and text[start:end].split()[0].casefold() in TITLE_WORDS:
        start += len(text[start:end].split()[0])
        start += len(text[start:end]) - len(text[start:end].lstrip())
    rest = text[start:end].rstrip()
    return Mention(start, start + len(rest), rest, "LOC") if rest else None


def _cut_trailing_honorifics(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (in text order) with each "[<Office>] <Place> <Hon>" mention before
    ". <Name>" (see :func:`_office_place_honorific_name_end`) cut before the honorific,
    and a person mention for the name after it (the next mention's end when that mention
    opens there). The words before the honorific ("Lurah <Place>") leave the territory,
    a place mention.

    >>> t = "Lurah Sukamaju Hj. Warsini hadir."
    >>> [(m.text, m.type) for m in _cut_trailing_honorifics(t, [Mention(0, 17, t[:17], "LOC")])]
    [('Sukamaju', 'LOC'), ('Warsini', 'PER')]
    """
    out: list[Mention] = []
    skip_to = -1
    for i, m in enumerate(mentions):
        if m.start < skip_to:
            continue
        words = m.text.split()
        title_end = m.start + len(m.text)
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        end = _office_place_honorific_name_end(text, m, words, following)
        if end is None:
            out.append(m)
            continue
        if following is not None and following.start < end:
            skip_to = following.end
        place = _territory(text, m.start, title_end - len(words[-1]))
        if place is not None:
            out.append(place)
        out.append(Mention(title_end + 2, end, text[title_end + 2 : end], "PER"))
    return out


# Buton's nobility title "La Ode" (men) / "Wa Ode" (women) opens a person's name; the
# tagger reads "Ode" as a body's name and cuts the rest off.
_BUTON_NAME = re.compile(r"(?<![\w-])[LW]a Ode(?: [A-Z][a-z'’-]+){1,4}(?![\w-])")


def _buton_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (in text order) with each "La Ode <Name>" one person mention, in
    place of the mentions inside it (one scan of the text)."""
    found = list(_BUTON_NAME.finditer(text)) if "a Ode " in text else []
    if not found:
        return mentions
    starts = [f.start() for f in found]

    def inside(m: Mention) -> bool:  # the one match that may overlap: the last before m.end
        i = bisect.bisect_left(starts, m.end) - 1
        return i >= 0 and m.start < found[i].end()

    kept = [m for m in mentions if not inside(m)]
    added = [Mention(f.start(), f.end(), f.group(), "PER") for f in found]
    return sorted(kept + added, key=lambda m: m.start)


def _with_missed_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (in text order) with a person mention for each "<shortened title>.
    <Name>" no mention touches (the name part kept, another title left out)."""
    added: list[Mention] = []
    starts = [m.start for m in mentions]
    for found in _TITLED_NAME.finditer(text):
        i = bisect.bisect_left(starts, found.end())
        j = bisect.bisect_left(starts, found.start("name"))
        part = found["title"] in NAME_PART_TITLES
        if part and j < len(mentions) and starts[j] == found.start("name") and (
            j == 0 or mentions[j - 1].end <= found.start()
        ):
            named = mentions[j]  # "Tb. <Name>" with only the name tagged: the part joins
            if named.type == "PER":
                mentions[j] = Mention(found.start(), named.end, text[found.start() : named.end],
                                      "PER")
            continue
        if i > 0 and mentions[i - 1].end > found.start():
            continue  # some mention already covers part of it
        start = found.start() if part else found.start("name")
        added.append(Mention(start, found.end(), text[start : found.end()], "PER"))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions
