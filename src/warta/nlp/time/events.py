"""Dated events: sentences that carry a resolved date, with who took part and how.

An event is a sentence holding a date-like time expression (type ``date`` or
``relative``) whose value is resolved; durations, sets and unresolved expressions
make no events. One sentence with two dates makes two events.

* **participants**: the entity mentions inside the sentence (``Mention.entity`` when
  resolved, else the surface text). Without mentions (before the NER stage lands),
  capitalised spans stand in, minus sentence-initial function words ("Namun",
  "Pada"), month and weekday names and the date text itself.
* **predicate**: the first verb-like word: an affixed verb (me-, ber-, di-, ter-) or a
  bare one from a short list ("tiba"), skipping reporting verbs ("mengatakan") when a
  later verb exists, so "Istana mengatakan ... akan bertemu" gives "bertemu".
* **expected**: the sentence plans or predicts ("akan", "diperkirakan",
  "dijadwalkan", "berencana", "rencananya") and the date is not before the anchor.

>>> from warta.nlp.time.timex import tag_time
>>> from warta.records import PartialDate
>>> text = "Budi tiba di Surabaya pada Selasa pagi."
>>> [(e.date, e.participants, e.predicate, e.expected)
...  for e in extract_events(text, tag_time(text, PartialDate(2024, 3, 14)))]
[('2024-03-12', ('Budi', 'Surabaya'), 'tiba', False)]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from warta.lexicon.indonesian import (
    NAME_STOP_WORDS,
    NEWS_REPORT_VERBS,
    PASSIVE_SPEECH_VERBS,
    SPEECH_VERBS,
)
from warta.nlp.sentences import Sentence, split_sentences
from warta.nlp.time.calendar import MONTHS, WEEKDAYS, iso_period
from warta.records import Event, Mention, PartialDate, TimeExpr

__all__ = ["capitalised_spans", "export_event", "extract_events"]


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


_EXPECTED = re.compile(
    r"\b(?i:akan|bakal|diperkirakan|dijadwalkan|direncanakan|berencana|rencananya|hendak)\b"
)
_CAP_SPAN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’-]*|bin\b|binti\b|van\b|de\b))*")
#: Capitalised at the start of a sentence but never names (the shared list), plus nouns
#: that open a sentence without naming a participant and read-more links.
_FUNCTION_WORDS = NAME_STOP_WORDS | _words("situs media pemerintah simak baca")
_TIME_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS)
_WORD = re.compile(r"\S+")
_VERB = re.compile(
    r"\b(?:me|ber|di|ter)[a-z]{3,}\b|\b(?:tiba|pergi|datang|hadir|lahir|tewas|wafat|gagal"
    r"|mulai|selesai|kembali|naik|turun|jatuh|pulang)\b"
)
_NOT_VERBS = _words(
    """
    dimana diri dirinya dia dian diam bersama berdasarkan terhadap termasuk terlebih terakhir
    tertentu terutama terkait tersebut terus tertinggi berbagai berita bertahun bersamaan
    menteri memang mereka menurut melalui meski meskipun media menit metode merupakan
    terbesar terbaru terbanyak terkenal terkemuka tertinggi terdekat berikutnya diantara
    """
)
_REPORTING = SPEECH_VERBS | PASSIVE_SPEECH_VERBS | NEWS_REPORT_VERBS


def capitalised_spans(sentence: str) -> list[tuple[int, int, str]]:
    """Capitalised word runs that may name someone, with offsets inside ``sentence``.

    >>> [s for _, _, s in capitalised_spans("Namun Gubernur Santoso tiba di Jakarta pada Senin.")]
    ['Gubernur Santoso', 'Jakarta']
    """
    spans: list[tuple[int, int, str]] = []
    for m in _CAP_SPAN.finditer(sentence):
        words = [(m.start() + w.start(), m.start() + w.end()) for w in _WORD.finditer(m.group())]
        s, e = words[-1]
        if sentence[e - 1] == "." and sentence.count(".", s, e) == 1:
            words[-1] = (s, e - 1)  # a sentence-final period, not an abbreviation
        # Drop leading function words ("Namun Gubernur Santoso") and month/weekday names.
        while words and _skip(sentence[words[0][0] : words[0][1]], lead=True):
            words.pop(0)
        while words and _skip(sentence[words[-1][0] : words[-1][1]], lead=False):
            words.pop()
        if words:
            spans.append((words[0][0], words[-1][1], sentence[words[0][0] : words[-1][1]]))
    return spans


def _skip(word: str, *, lead: bool) -> bool:
    low = word.lower()
    return low in _TIME_NAMES or (lead and low in _FUNCTION_WORDS)


class _ByStart:
    """Records with ``start``/``end`` offsets, found by the range their start falls in.

    Sorting once and bisecting keeps a per-sentence lookup O(log n + hits): scanning all
    records per sentence made the events stage quadratic in the article's length.
    """

    def __init__(self, items: Sequence[Mention] | Sequence[TimeExpr]) -> None:
        self.items = items
        self.order = sorted(range(len(items)), key=lambda k: items[k].start)
        self.starts = [items[k].start for k in self.order]

    def between(self, lo: int, hi: int) -> list[int]:
        """Indices (in input order) of the records with ``lo <= start < hi``."""
        return sorted(self.order[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)])


def _participants(
    sentence: str,
    offset: int,
    mentions: Sequence[Mention],
    timexes: Sequence[TimeExpr],
    index: _ByStart | None = None,
) -> tuple[str, ...]:
    names: list[str] = []
    end = offset + len(sentence)
    if mentions:
        index = index or _ByStart(mentions)
        for k in index.between(offset, end + 1):
            m = mentions[k]
            if m.end <= end:
                names.append(m.entity or m.text)
    else:
        busy = [(t.start - offset, t.end - offset) for t in timexes]
        for s, e, text in capitalised_spans(sentence):
            if not any(s < te and ts < e for ts, te in busy):
                names.append(text)
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        if name.lower() not in seen:
            seen.add(name.lower())
            out.append(name)
    return tuple(out)


def _predicate(sentence: str) -> str | None:
    verbs = [
        w
        for w in (m.group() for m in _VERB.finditer(sentence))
        if w not in _NOT_VERBS and not w.endswith("nya")
    ]
    for w in verbs:
        if w not in _REPORTING:
            return w
    return verbs[0] if verbs else None


def _is_expected(sentence: str, t: TimeExpr) -> bool:
    if not _EXPECTED.search(sentence):
        return False
    if t.anchor is not None and t.value is not None:
        # "akan" next to a date already past is reported speech about the past.
        anchor_start = iso_period(PartialDate.parse(t.anchor).iso)[0]
        return iso_period(t.value)[1] >= anchor_start
    return True


def extract_events(
    text: str,
    timexes: Sequence[TimeExpr],
    mentions: Sequence[Mention] = (),
    *,
    sentences: Sequence[Sentence] | None = None,
) -> tuple[Event, ...]:
    """One :class:`Event` per resolved date or relative time expression, in text order.

    ``timexes`` come from :func:`warta.nlp.time.timex.tag_time` on the same ``text``;
    ``mentions`` from the NER stage (optional). ``Event.start``/``end`` are the
    sentence's offsets in ``text``; ``sentences`` is ``split_sentences(text)`` when
    the caller has it already (anchor inference extracts once per candidate anchor).
    """
    dated = [
        t
        for t in timexes
        if t.type in ("date", "relative") and t.value is not None and t.precision is not None
    ]
    if not dated:
        return ()
    sentences = split_sentences(text) if sentences is None else sentences
    starts = [s.start for s in sentences]
    by_start, times = _ByStart(mentions), _ByStart(timexes)
    events: list[Event] = []
    seen: set[tuple[int, str]] = set()
    for t in sorted(dated, key=lambda t: t.start):
        i = bisect_right(starts, t.start) - 1
        if i < 0:
            continue
        sent = sentences[i]
        assert t.value is not None and t.precision is not None  # filtered above
        if (sent.start, t.value) in seen:
            continue
        seen.add((sent.start, t.value))
        inside = [timexes[k] for k in times.between(sent.start, sent.end)]
        events.append(
            Event(
                date=t.value,
                precision=t.precision,
                text=sent.text,
                participants=_participants(sent.text, sent.start, mentions, inside, by_start),
                expected=_is_expected(sent.text, t),
                anchor=t.anchor,
                start=sent.start,
                end=sent.end,
                predicate=_predicate(sent.text),
            )
        )
    return tuple(events)


def export_event(event: Event) -> dict[str, object]:
    """The export shape of an event (JSON-ready).

    >>> e = Event("2021-03", "month", "Budi tiba.", ("Budi",), False, "2022-11-08")
    >>> sorted(export_event(e).items())[:3]
    [('anchor', '2022-11-08'), ('date', '2021-03'), ('expected', False)]
    """
    return {
        "date": event.date,
        "precision": event.precision,
        "text": event.text,
        "participants": list(event.participants),
        "expected": event.expected,
        "anchor": event.anchor,
    }
