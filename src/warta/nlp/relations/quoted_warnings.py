"""A warning quoted after an order or a demand: a threat against the one pressed.

An official who orders a party to act, gives it a deadline or sanctions it is often
quoted next with what follows if it does not comply: "Menteri X memberi perusahaan
waktu 30 hari untuk …. “Bila diabaikan, izin usahanya kami bekukan,” ujarnya." The quote is a
conditional ("kalau", "jika", "bila", "apabila") in which the speaker's side ("kami")
acts: a threat of the speaker against the party just ordered, made on the occasion of
the order. Cues inside a quote are not read as the speaker's acts
(:mod:`.extract`), and such a quote's verbs are mostly bare forms no cue codes ("kami
bekukan", "kami laporkan ke polisi"), so the warning is read from its shape.

A speaker who pressed a side a little before in another way (a demand, a charge, a
refusal: "Serikat X menuntut PT Y melunasi THR …. “Kalau sampai Jumat belum lunas,
kami mogok total,” katanya.") warns that side the same way; the day is then not known.

>>> _conditional_warning("“Jika tenggat lewat, kami tutup gudangnya,”")
True
>>> _conditional_warning("“Kalau pemda siap berbagi biaya, kami buka rutenya,”")
False
>>> _conditional_warning("“Kami akan terus bekerja sama,”")
False
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.nlp.relations.actors import _Actor
from warta.nlp.relations.cues import _Context
from warta.nlp.relations.taxonomy import CLASSES
from warta.records import Relation

__all__ = ["warnings_quoted"]

#: A quote opening with a condition ("“Kalau tidak, …", "“Jika …").
_OPENS_ON_CONDITION = re.compile(r"^\W*(?:kalau|jika|bila|apabila|jikalau)\b", re.IGNORECASE)
#: Words of a condition of failing to comply: not doing it ("kalau tidak"), going on
#: ("masih", "tetap dipaksakan") or breaking a rule or a deadline. A condition of
#: something else ("Kalau X siap berbagi biaya, kami dorong …") makes a promise, or a
#: warning aimed at third parties ("Kalau ada kios yang …").
_FAILING = frozenset(
    "tidak tak belum enggan masih tetap melanggar mengabaikan diabaikan lewat".split()
    # a talk failing or a breach found ("Kalau mediasi gagal, …", "Jika ditemukan
    # pelanggaran, …"): the party warned has not complied either
    + "gagal pelanggaran mangkir".split()
)
#: The speaker's side acting in the quote.
_WE_ACT = re.compile(r"\bkami\b", re.IGNORECASE)
#: The acts a warning backs: an order or a demand, a request, a sanction.
_BACKED = frozenset("demand appeal sanction".split())
#: How far back (in sentences) the act backed may be told.
_REACH = 1
#: How far back (in sentences) another act of the speaker's pressing a side may be told
#: (a demand, a charge, a refusal: see ``cues._PRESSING``).
_PRESSED_REACH = 3
#: Below an act read from a cue: the target is told by the sentence before.
_CONFIDENCE = 0.4


def _conditional_warning(quote: str) -> bool:
    """Whether the quote's text opens on a condition of failing to comply (up to its
    first comma) and has the speaker's side act."""
    if _OPENS_ON_CONDITION.match(quote) is None or _WE_ACT.search(quote) is None:
        return False
    condition = quote.split(",", 1)[0]
    return any(w in _FAILING for w in re.findall(r"\w+", condition.lower()))


def warnings_quoted(
    sentence: str, offset: int, quotes: Sequence[tuple[int, int]], ctx: _Context
) -> list[Relation]:
    """The threats of the direct quotes in the sentence at ``offset`` that warn the party
    the speaker ordered, asked or sanctioned in this sentence or the one before (see the
    module docstring), dated as that act; none for another speaker or act."""
    out: list[Relation] = []
    for start, end in quotes:
        speaker = ctx.speakers.get((start, end))
        if speaker is None or not _conditional_warning(ctx.text[start:end]):
            continue
        trigger = ctx.text[start:end].split(",", 1)[0]
        backed = _order_backed(speaker, ctx)
        if backed is not None:
            source, target = backed
            out.append(_threat(source, target, sentence, offset, trigger, ctx.last_day))
        else:
            # "X menuntut Y …. “Kalau sampai Jumat belum lunas, kami mogok,” katanya":
            # the sides the speaker pressed a little before, the day not known
            pressed = ctx.pressed_for(speaker, _PRESSED_REACH)
            out.extend(_threat(speaker, t, sentence, offset, trigger, None) for t in pressed)
        break  # one threat per sentence: the quote's condition is one warning
    return out


def _order_backed(speaker: _Actor, ctx: _Context) -> tuple[_Actor, _Actor] | None:
    """(source, target) of the order, request or sanction told in this sentence or the
    one before by ``speaker`` or the side whose office the speaker holds, else ``None``."""
    last = ctx.last_pair
    if last is None:
        return None
    source, target, action, told = last
    if action not in _BACKED or not 0 <= ctx.sentence - told <= _REACH:
        return None
    if speaker.name != source.name and not ctx.history.holds_office_of(speaker.name, source.name):
        return None
    return source, target


def _threat(
    source: _Actor, target: _Actor, sentence: str, offset: int, trigger: str, day: str | None
) -> Relation:
    return Relation(
        source=source.name,
        action="threaten",
        cameo=CLASSES["threaten"].cameo,
        target=target.name,
        sentence=sentence,
        start=offset,
        end=offset + len(sentence),
        trigger=trigger,
        date=day,
        date_source="clause" if day is not None else None,
        confidence=_CONFIDENCE,
        source_start=source.start,
        target_start=target.start,
    )
