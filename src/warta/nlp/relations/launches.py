"""A weapons launch at no one: a show of force at the exercise it answers.

"X menembakkan dua rudal balistik ke laut, Rabu (…), sehari setelah A dan B memulai
latihan militer gabungan": missiles fired into the sea strike no one, so the sentence
readers find no target; the launch is a military posture (the gold sets code it so)
aimed at the sides of the joint exercise told with it, in its own sentence or in the
next one ("Peluncuran tersebut dimaksudkan sebagai balasan terhadap latihan bersama
yang digelar A dan B"). The exercise's sides are those the extractor found cooperating
there. A launch with a target ("meluncurkan rudal ke Y") is an attack, coded where it is
read. Pure functions of the text, its actors and the relations found.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Mapping, Sequence

from warta.nlp.relations.taxonomy import CLASSES
from warta.nlp.sentences import Sentence, split_sentences
from warta.records import Mention, Relation

__all__ = ["launches_at_exercises"]

#: A launch or test of missiles, rockets or shells, a count or kind between the verb and
#: the weapon ("menembakkan dua rudal balistik", "meluncurkan sejumlah roket").
_LAUNCH_RE = re.compile(
    r"\b(?P<verb>menembakkan|meluncurkan|menguji\s+coba|mengujicobakan)\s+"
    r"(?:[\w.,-]+\s+){0,3}?(?:rudal|roket|misil|peluru\s+kendali|peluru\s+artileri)\b",
    re.I,
)
#: A military exercise, whose sides the launch answers.
_EXERCISE_RE = re.compile(r"\blatihan\b", re.I)
#: An exercise told closed ("menutup latihan", "latihan itu berakhir"): a launch after
#: it answers no exercise under way.
_EXERCISE_OVER_RE = re.compile(
    r"\b(?:menutup|mengakhiri|usai|seusai|selesainya|berakhirnya)\s+latihan\b"
    r"|\blatihan\b[^.]{0,40}?\b(?:berakhir|ditutup|selesai)\b",
    re.I,
)
#: Forces put on alert ("menaikkan status kesiagaan", "menempatkan pasukannya dalam
#: status siaga"): a posture toward the side whose show of force it answers.
_ALERT_RE = re.compile(
    r"\b(?P<verb>menaikkan|meningkatkan|menempatkan)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:dalam\s+)?(?:status\s+)?(?:kesiagaan|siaga)\b",
    re.I,
)
#: How many sentences, the launch's own first, may tell the exercise it answers.
_REACH = 2


def launches_at_exercises(
    text: str,
    relations: Sequence[Relation],
    actors: Sequence[Mention],
    gpe: Collection[str],
    dated: Sequence[tuple[int, str]],
    ministry_of: Mapping[tuple[int, int], str],
) -> list[Relation]:
    """``relations`` followed by a posture of each state launching weapons at no one
    toward each side of the exercise told with the launch (see the module docstring),
    and by a posture of each state putting its forces on alert toward the side whose
    show of force it answers (:func:`_provoker`); each unless the extractor found that
    posture in that sentence already."""
    if _LAUNCH_RE.search(text) is None and _ALERT_RE.search(text) is None:
        return list(relations)  # the common case: no launch, no alert told
    out = list(relations)
    sentences = split_sentences(text)
    launcher: tuple[str, int, str | None] | None = None  # the last one: name, place, day
    ordered = sorted(dated)  # by place, searched by halves (a long text has thousands)
    places = [at for at, _iso in ordered]
    for k, sent in enumerate(sentences):
        day = _first_date(ordered, places, sent)
        alert = _ALERT_RE.search(sent.text)
        if alert is not None:
            responder = _state_acting(sent, sent.start + alert.start(), actors, gpe, ministry_of)
            provoker = _provoker(sent, responder, out, launcher) if responder else None
            if responder is not None and provoker is not None:
                name, at = responder
                posture = (name, at, provoker[0], provoker[1], alert.group("verb"))
                out += _new_postures(out, sent, [posture], day or provoker[2])
        launch = _LAUNCH_RE.search(sent.text)
        state = (
            _state_acting(sent, sent.start + launch.start(), actors, gpe, ministry_of)
            if launch is not None
            else None
        )
        if launch is None or state is None:
            continue
        name, at = state
        launcher = (name, at, day)
        here = [r for r in relations if r.start == sent.start and r.source == name]
        if any(r.action == "fight" for r in here):
            continue  # launched at someone: an attack, read in the sentence
        sides = _exercise_sides(sentences[k : k + _REACH], relations, name)
        postures = [(name, at, side, side_at, launch.group("verb")) for side, side_at in sides]
        out += _new_postures(out, sent, postures, day)
    return out


def _state_acting(
    sent: Sentence,
    verb: int,
    actors: Sequence[Mention],
    gpe: Collection[str],
    ministry_of: Mapping[tuple[int, int], str],
) -> tuple[str, int] | None:
    """The state acting at offset ``verb``: the first actor of its sentence, when it is
    a state, or a ministry of one, named before the verb, with where it is named; else
    ``None``."""
    first = next((m for m in actors if sent.start <= m.start < sent.end), None)
    if first is None or first.start >= verb:
        return None
    name = first.referent or first.entity or first.text
    if first.referent is not None or name in gpe:
        return name, first.start
    state = ministry_of.get((first.start, first.end))
    return (state, first.start) if state else None


def _provoker(
    sent: Sentence,
    responder: tuple[str, int],
    relations: Sequence[Relation],
    launcher: tuple[str, int, str | None] | None,
) -> tuple[str, int, str | None] | None:
    """The side whose show of force an alert in ``sent`` answers, with where it is named
    and the day of its act: the source of the last posture or attack told before toward
    the ``responder``, else the last state told launching weapons; else ``None``."""
    name = responder[0]
    before = [
        r
        for r in relations
        if r.start < sent.start and r.target == name and r.action in ("posture", "fight")
    ]
    if before:
        last = max(before, key=lambda r: r.start)
        return last.source, last.source_start, last.date
    if launcher is not None and launcher[0] != name:
        return launcher
    return None


def _new_postures(
    relations: Sequence[Relation],
    sent: Sentence,
    postures: Sequence[tuple[str, int, str, int, str]],
    day: str | None,
) -> list[Relation]:
    """The ``postures`` (source, where, target, where, trigger) told in ``sent`` on
    ``day`` as relations, but those the extractor found there already."""
    out = []
    for source, at, target, target_at, trigger in postures:
        if any(
            r.start == sent.start and (r.source, r.action, r.target) == (source, "posture", target)
            for r in relations
        ):
            continue
        out.append(
            Relation(
                source=source,
                action="posture",
                cameo=CLASSES["posture"].cameo,
                target=target,
                sentence=sent.text,
                start=sent.start,
                end=sent.end,
                trigger=trigger,
                date=day,
                date_source="clause" if day is not None else None,
                source_start=at,
                target_start=target_at,
            )
        )
    return out


def _first_date(
    ordered: Sequence[tuple[int, str]], places: Sequence[int], sent: Sentence
) -> str | None:
    """The first date told in ``sent`` (a launch's day: a later one may be the
    exercise's), else ``None``; ``ordered`` are the dates by place, ``places`` their
    places."""
    k = bisect_left(places, sent.start)
    return ordered[k][1] if k < len(ordered) and ordered[k][0] < sent.end else None


def _exercise_sides(
    sentences: Sequence[Sentence], relations: Sequence[Relation], launcher: str
) -> list[tuple[str, int]]:
    """The sides found cooperating in the first of ``sentences`` that tells an exercise,
    the launcher apart, each with where it is named; else none."""
    for sent in sentences:
        if _EXERCISE_RE.search(sent.text) is None or _EXERCISE_OVER_RE.search(sent.text):
            continue
        sides: dict[str, int] = {}
        for r in relations:
            if r.start == sent.start and r.action == "cooperate":
                sides.setdefault(r.source, r.source_start)
                sides.setdefault(r.target, r.target_start)
        sides.pop(launcher, None)
        if sides:
            return list(sides.items())
    return []
