"""Holders of a post named with their body: "Ketua <Body> <Given> <Surname>".

The tagger reads a foreign legislature's or a council's one-word name after "Ketua" as a
given name ("Ketua |Senat Oleg Petrov|") or the chair as part of the body ("Ketua Dewan
|Pengawas Rina Kusuma|", typed ORG). Any post or role before a body reads the same way
in Indonesian (the appositive order is post, body, holder: "Pelatih |Persikul Elyas
Manurung|", "Analis |PT Dana Sekuritas Rina Kusuma|"). :func:`split_body_chairs` cuts
such a span into the body and the person where the text shows where the body ends.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from warta.lexicon.indonesian import POST_WORDS
from warta.nlp.entities.gazetteer import load_gazetteer
from warta.nlp.entities.names import is_org_head
from warta.nlp.entities.retyping import _WordRuns
from warta.nlp.entities.spanrecord import Span

# The chair's office right before the span, maybe with the body's head noun ("Ketua Dewan
# |...", "Wakil Ketua Majelis |...").
_CHAIR_BEFORE = re.compile(
    r"(?<![\w.])(?:Wakil[ \t]+)?(?:Ketua|Speaker)[ \t]+(?P<head>[A-Z][a-z]+[ \t]+)?$"
)
# Any other post or role right before the span ("Panglima |...", "pelatih |...",
# "Direktur Utama |..."): the span must then be typed a body or open with a body's head,
# for a post before a person's own name ("Kapolres |Budi Santoso Hartono|") is common.
_POST_BEFORE = re.compile(r"(?<![\w.])(?P<post>[A-Za-z]+)[ \t]+(?:Utama[ \t]+)?$")
_WORD = re.compile(r"\S+")
_NAME_SHAPE = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?")


def _name_words(words: Sequence[str]) -> bool:
    """Two or three words written as a person's name: capitalised, no organisation head,
    no place the gazetteer knows."""
    gazetteer = load_gazetteer()
    return 2 <= len(words) <= 3 and all(
        _NAME_SHAPE.fullmatch(w) and not is_org_head(w) and gazetteer.lookup(w) is None
        for w in words
    )


def _surname_cited(surname: str, people: Counter[str], own: Counter[str]) -> bool:
    """Whether the surname, or the surname with one letter fewer (a second spelling of a
    transliterated name: "-iyenko"/"-ienko"), is a word of another person span
    (``people``: words of every person span; ``own``: those of the span looked at)."""
    spellings = [surname] + [surname[:i] + surname[i + 1 :] for i in range(1, len(surname))]
    return any(people[w] > own[w] for w in spellings)


def _body_word(word: str, following: str, outside: tuple[int, int], runs: _WordRuns,
               text: str) -> bool:
    """Whether ``word`` before a name reads as (part of) the body's name: an organisation
    head, a place, an acronym, or a word the article uses elsewhere without the name's
    first word after it ("sikap Senat", "Senat menolak")."""
    if is_org_head(word) or word.isupper() or load_gazetteer().lookup(word) is not None:
        return True
    for p in runs.starts(word):
        if outside[0] <= p < outside[1]:
            continue
        after = text[p + len(word) : p + len(word) + len(following) + 1].strip()
        if after != following:
            return True
    return False


def split_body_chairs(text: str, spans: list[Span], runs: _WordRuns | None = None) -> None:
    """Cut "<Body> <Given> <Surname>" spans right after "Ketua" into the body (ORG) and
    the chair (PER), in place (``spans`` in text order); so too a span typed ORG or
    opening with an organisation's head after any other post or role ("Pelatih <Club>
    <Name>", :data:`~warta.lexicon.indonesian.POST_WORDS`). The name is the last two or
    three words, written as a name; every word before it must read as the body's
    (:func:`_body_word`) - after "Ketua <Head>" or in a span opening with an
    organisation's head, any word may be the body's -, and the surname must be a word of
    another person span (the press names a foreign chair by the surname), or the first
    of three name words a person span on its own.

    >>> t = "Ketua Senat Oleg Petrov mengatakan rancangan dibahas. Senat menolak. Petrov diam."
    >>> s = [Span(6, 23, "PER"), Span(69, 75, "PER")]
    >>> split_body_chairs(t, s)
    >>> [(t[x.start : x.end], x.type) for x in s]
    [('Senat', 'ORG'), ('Oleg Petrov', 'PER'), ('Petrov', 'PER')]
    """
    runs = runs or _WordRuns(text)
    out: list[Span] = []
    people = Counter(w for x in spans if x.type == "PER" for w in text[x.start : x.end].split())
    # a person span that is a name's first word alone ("Analis <Body> Rina Kusuma Dewi
    # ... kata Rina") shows where the name begins, as its surname shows where it ends
    singles = {text[x.start : x.end] for x in spans if x.type == "PER"}
    for s in spans:
        fits = s.place is None and s.type != "LOC"
        cut = _chair_cut(text, s, runs, people, singles) if fits else None
        if cut is None:
            out.append(s)
            continue
        body_start, body_end, name_start = cut
        out += [Span(body_start, body_end, "ORG"), Span(name_start, s.end, "PER")]
    spans[:] = out


def _post_before_body(text: str, s: Span, first: str) -> bool:
    """Whether a post or role other than a chair's stands right before ``s`` ("Panglima",
    "pelatih", "Direktur Utama") and ``s`` reads as a body: typed ORG, or opening with an
    organisation's head (``first``)."""
    if s.type != "ORG" and not is_org_head(first):
        return False
    post = _POST_BEFORE.search(text, max(0, s.start - 40), s.start)
    return post is not None and post.group("post").casefold() in POST_WORDS


def _chair_cut(
    text: str, s: Span, runs: _WordRuns, people: Counter[str], singles: set[str]
) -> tuple[int, int, int] | None:
    """``(body start, body end, name start)`` of a chair's span, or ``None``."""
    words = list(_WORD.finditer(text, s.start, s.end))
    before = _CHAIR_BEFORE.search(text, max(0, s.start - 40), s.start)
    if before is None:
        if not words or not _post_before_body(text, s, words[0].group()):
            return None
        head = None
    else:
        head = before.group("head")
    if head is not None and not is_org_head(head.strip()):
        return None
    outside = (s.start, s.end)
    own = Counter(w.group() for w in words) if s.type == "PER" else Counter[str]()
    # the shortest name first; a word another person's mention uses is the name's
    # ("Ketua Dewan Pengawas Rina Kusuma Dewi ... kata Rina"), not the body's, unless it
    # is the span's first word ("Ketua Rada <Name>", "Rada" tagged a person elsewhere too)
    for k in range(len(words) - 2, 0, -1):
        name = [w.group() for w in words[k:]]
        body = [w.group() for w in words[:k]]
        if not _name_words(name) or (k > 1 and people[body[-1]] > own[body[-1]]):
            continue
        if head is None and k == 1 and is_org_head(body[0]):
            continue  # a head noun alone names no body: "Universitas <Hero's Name>" is whole
        # a given name cited alone opens the name only when three words follow from it:
        # before a two-word rest it may be a middle name the writer calls the person by
        # ("Direktur <Body> <Given> <Middle> <Surname> ... kata <Middle>")
        cited = name[0] in singles and len(name) == 3
        bounded = _surname_cited(name[-1], people, own) or cited
        # after "Ketua <Head>" (or a span opening with one) the body runs on, and only the
        # surname a person's mention uses elsewhere shows where it ends; after a bare
        # "Ketua", every word before the name must read as the body's
        if not bounded:
            continue
        if head is None and not is_org_head(body[0]) and not all(
            _body_word(b, name[0], outside, runs, text) for b in body
        ):
            continue
        body_start = before.start("head") if before is not None and head is not None else s.start
        return body_start, words[k - 1].end(), words[k].start()
    return None
