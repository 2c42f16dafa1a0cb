"""Question-and-answer interviews: the answers are the interviewee's direct words.

An interview printed as turns ("T: ...?" / "J: ...", or "Warta Ekonomi: ...?" /
"Budi Santoso: ...") has no quote marks and no reporting verbs, so the cue rules of
:mod:`warta.nlp.quotes.extract` find nothing in it. :func:`interview_answers` finds the
turns, tells the interviewer's label from the interviewee's, and returns each answer
with who gave it:

* a question/answer letter pair ("T"/"J", "Tanya"/"Jawab", "Q"/"A", "P"/"J"): the
  answers belong to the last person the introduction names before the first turn
  ("... berbincang dengan Kepala Sekolah X, Budi Santoso, ... Berikut petikannya.");
* named labels: the label whose turns are mostly questions is the interviewer (a
  reporter or the outlet); every other label naming a person answers in his own name,
  and so does a label naming an office ("Bupati:", "Danlanal:" after "Komandan Lanal")
  and a label of initials of a name the introduction gives ("YW:" after "Yosina
  Wambrauw", "BW:" after the call name "Bli Wayan"), in that name.

Only a text with at least two answers and at least one question counts as an
interview, so a stray "Catatan: ..." line is never read as one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from warta.nlp.quotes.cues import (
    ROLE_TITLES,
    full_names,
    is_name_token,
    is_region_name,
    looks_like_org,
)
from warta.records import Mention

__all__ = ["Answer", "interview_answers"]

#: A turn: a short capitalised label (a letter, a name or an outlet), a colon, the words.
_TURN = re.compile(
    r"^(?P<label>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})[ \t]*:[ \t]+(?P<body>\S[^\n]*)$",
    re.MULTILINE,
)
#: Letters and words that label the interviewer's questions and the answers.
_QUESTION_LABELS = frozenset({"t", "tanya", "q", "p", "pertanyaan"})
_ANSWER_LABELS = frozenset({"j", "jawab", "jawaban", "a"})
#: Share of a label's turns ending with "?" that makes it the interviewer's.
_QUESTION_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class Answer:
    """An answer's words (``start``/``end`` in the text), its label and who answered
    (``speaker`` as written at ``speaker_at``; ``initials`` when the label is theirs)."""

    start: int
    end: int
    label: str
    speaker: str
    speaker_at: int
    initials: bool = False  # the label is the speaker's initials ("YW:")


@dataclass(frozen=True, slots=True)
class _Turn:
    label: str
    start: int  # of the body
    end: int
    question: bool  # the body ends with "?"


def _turns(text: str) -> list[_Turn]:
    out = []
    for m in _TURN.finditer(text):
        body = m.group("body").rstrip()
        out.append(
            _Turn(
                m.group("label"), m.start("body"), m.start("body") + len(body), body.endswith("?")
            )
        )
    return out


def _interviewee(text: str, end: int, mentions: Sequence[Mention]) -> tuple[str, int] | None:
    """The last person named in ``text[:end]`` (the introduction): a person mention, or
    else a full name that is not a place or a body."""
    people = [m for m in mentions if m.type == "PER" and m.end <= end and " " in m.text]
    if people:
        last = max(people, key=lambda m: m.start)
        return last.text, last.start
    names = [
        (at, " ".join(words))
        for at, words in full_names(text[:end])
        if not is_region_name(" ".join(words)) and not looks_like_org(" ".join(words))
    ]
    if not names:
        return None
    at, name = names[-1]
    return name, at


def _is_person_label(label: str) -> bool:
    words = label.split()
    return len(words) >= 2 and all(is_name_token(w) for w in words) and not looks_like_org(label)


def interview_answers(text: str, mentions: Sequence[Mention] = ()) -> list[Answer]:
    """The answers of a question-and-answer interview in ``text`` (none when the text
    is not one).

    >>> t = "Kami berbincang dengan Budi Santoso.\\n\\nT: Apa kabar?\\nJ: Baik sekali.\\n\\n"
    >>> t += "T: Lalu?\\nJ: Kami terus bekerja."
    >>> [(a.label, a.speaker, t[a.start : a.end]) for a in interview_answers(t)]
    [('J', 'Budi Santoso', 'Baik sekali.'), ('J', 'Budi Santoso', 'Kami terus bekerja.')]
    """
    turns = _turns(text)
    by_label: dict[str, list[_Turn]] = {}
    for turn in turns:
        by_label.setdefault(turn.label, []).append(turn)
    if len(by_label) == 1:
        return _unlabelled_questions(text, turns, mentions)
    if len(by_label) < 2:
        return []
    lettered = [t for t in turns if t.label.lower() in _ANSWER_LABELS]
    if lettered and any(label.lower() in _QUESTION_LABELS for label in by_label):
        if len(lettered) < 2:
            return []
        who = _interviewee(text, turns[0].start, mentions)
        if who is None:
            return []
        return [Answer(t.start, t.end, t.label, who[0], who[1]) for t in lettered]
    share = {label: sum(t.question for t in ts) / len(ts) for label, ts in by_label.items()}
    asker = max(share, key=lambda label: share[label])
    if share[asker] < _QUESTION_SHARE or len(by_label[asker]) < 1:
        return []
    intro = text[: turns[0].start]
    initials = {
        label: named
        for label in by_label
        if label != asker and (named := _initials_named(label, intro)) is not None
    }
    # The introduction's names read once, not once for each label.
    intro_words = functools.cache(lambda: _intro_name_words(text, turns, mentions))
    first_name_label = functools.cache(lambda label: _first_name_label(label, intro_words()))
    answers = [
        t
        for t in turns
        if t.label != asker
        and len(by_label[t.label]) >= 2
        and (
            _is_person_label(t.label)
            or first_name_label(t.label)
            or _office_label(t.label, intro)
            or t.label in initials
        )
    ]
    if len(answers) < 2:
        return []
    # The label itself names the speaker, at the start of its first turn; initials
    # stand for the name the introduction gives.
    return [
        Answer(t.start, t.end, t.label, *initials[t.label], initials=True)
        if t.label in initials
        else Answer(t.start, t.end, t.label, t.label, text.rfind(t.label, 0, t.start))
        for t in answers
    ]


#: A label of initials: two or three capitals ("YW:", "KS:").
_INITIALS = re.compile(r"[A-Z]{2,3}")
#: A run of capitalised words in the introduction (a name, a call name, a title and name).
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")


def _initials_named(label: str, intro: str) -> tuple[str, int] | None:
    """The name whose words' first letters spell the initials ``label`` in the
    introduction ``intro`` ("YW" for "Yosina Wambrauw", "BW" for the call name "Bli
    Wayan", "KS" for "Ki Sutarno Hadi Carito"), as (the capitalised words from there to
    the end of their run, offset); the last such name; ``None`` when none, when the
    name is a body's or a place's, or when ``label`` is no initials.

    >>> _initials_named("YW", "Sudah lama Yosina Wambrauw mengajar. Berikut petikannya.")
    ('Yosina Wambrauw', 11)
    """
    if _INITIALS.fullmatch(label) is None:
        return None
    found = None
    for run in _CAPITALISED_RUN.finditer(intro):
        words = run.group(0).split()
        for i in range(len(words) - len(label) + 1):
            if "".join(w[0] for w in words[i : i + len(label)]) != label:
                continue
            name = " ".join(words[i:])
            if not looks_like_org(name) and not is_region_name(name):
                found = (name, run.start() + run.group(0).find(name))
            break
    return found


#: What an office's short form puts before its unit: "Kapolres" (kepala + Polres),
#: "Danlanal" (komandan + Lanal).
_OFFICE_PREFIX = re.compile(r"(?:ka|dan|ketua|kepala)(?P<unit>[a-z]{3,})")


def _office_label(label: str, intro: str) -> bool:
    """True when a one-word label is an office's title ("Bupati:", "Kapolres:") or its
    short form, whose unit the introduction ``intro`` names ("Danlanal:" after "Komandan
    Lanal Ambon ..."): the office answers, under its label."""
    if " " in label or not label[:1].isupper():
        return False
    if label.lower() in ROLE_TITLES:
        return True
    m = _OFFICE_PREFIX.fullmatch(label.lower())
    return m is not None and re.search(rf"(?i)\b{m['unit']}\b", intro) is not None


def _first_name_label(label: str, intro_words: frozenset[str]) -> bool:
    """True when a one-word label ("Nadia:") is a word of a person the introduction
    names before the first turn ("... berbincang dengan sutradara Nadia Permatasari"),
    one of ``intro_words`` (:func:`_intro_name_words`)."""
    if " " in label or not is_name_token(label) or looks_like_org(label):
        return False
    return label in intro_words


def _intro_name_words(
    text: str, turns: Sequence[_Turn], mentions: Sequence[Mention]
) -> frozenset[str]:
    """The words of the persons of more than one word the introduction (the lines before
    the first turn) names: tagged, or a full name the tagger missed ("Begitu kata
    penyanyi Rina Maharani") that is not a body's."""
    first = text.rfind("\n", 0, turns[0].start) + 1
    words = {
        w
        for m in mentions
        if m.type == "PER" and m.end <= first and " " in m.text
        for w in m.text.split()
    }
    for _, name in full_names(text[:first]):
        if not looks_like_org(" ".join(name)):
            words.update(name)
    return frozenset(words)


def _unlabelled_questions(
    text: str, turns: Sequence[_Turn], mentions: Sequence[Mention]
) -> list[Answer]:
    """The answers of an interview that labels only the interviewee ("Bagaimana
    rasanya?" / "Budi: Lega sekali."): one label, each of its turns right after an
    unlabelled question, at least two; the label names a person (a one-word label
    stands for the full name the introduction gives)."""
    label = turns[0].label
    asked = []
    for t in turns:
        # ``prev = text[:head].rstrip(" \t")`` and ``line = prev.rstrip("\n")``, read in
        # place (a copy of the text before each turn grows with the square of the text):
        # they end at ``prev`` and ``line``. The label stands before the turn: head >= 0.
        head = text.rfind(label, 0, t.start)
        prev = head
        while prev > 0 and text[prev - 1] in " \t":
            prev -= 1
        line = prev
        while line > 0 and text[line - 1] == "\n":
            line -= 1
        last_line = text[text.rfind("\n", 0, line) + 1 : line]
        if prev > line and last_line.rstrip().endswith("?"):
            asked.append(t)
    if len(asked) < 2 or looks_like_org(label) or not all(is_name_token(w) for w in label.split()):
        return []
    speaker, at = label, text.rfind(label, 0, turns[0].start)
    if " " not in label:
        intro = _interviewee(text, at, mentions)
        if intro is None or label not in intro[0].split():
            return []  # a one-word label must be a name the introduction gives
    return [Answer(t.start, t.end, t.label, speaker, text.rfind(label, 0, t.start)) for t in asked]
