"""Dating: the day a relation is told for.

From the time layer's expressions (:func:`_iso_of`), the dates of a sentence, the
recent dates told before it (:func:`_recent_dates`), the next sentence's date for a lead
that it points back to (:func:`_neighbour_date`), whether a sentence goes on with the
occasion just told (:func:`_continues`), and the date a cue takes (:func:`_date`,
:func:`_reaction_dates`); a date inside a relative aside dates only that aside, and a
date after a relative clause on the object dates that clause's act when the main act is
told again with a day of its own (:func:`_retold_date`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise
from typing import Literal

from warta.nlp.relations.actors import _Actor
from warta.nlp.relations.clause import _Clause
from warta.nlp.relations.lexicon import LEXICON
from warta.nlp.relations.words import (
    _ACCUSING,
    _ANAPHOR,
    _OCCASION_PREP,
    _PRONOUNS,
    _QUOTE_CHARS,
    _RULINGS,
    _SAME_OCCASION,
    _SPEECH,
    _STATEMENT_NOUNS,
    _act_noun,
    _active_verb,
)
from warta.records import PartialDate, TimeExpr

#: A count of weeks stepped from the day told before ("Sepekan sebelumnya", "dua pekan
#: kemudian"): the time layer reads it as a calendar week; a relation takes the day.
_WEEKS_STEPPED = re.compile(
    r"(?:(?P<one>sepekan|seminggu)|(?P<count>\d{1,2}|dua|tiga|empat)\s+(?:pekan|minggu))"
    r"\s+(?P<dir>sebelumnya|kemudian)",
    re.I,
)
_WEEK_COUNTS = {"dua": 2, "tiga": 3, "empat": 4}


def weeks_as_days(timexes: Sequence[TimeExpr]) -> list[TimeExpr]:
    """``timexes`` with each count of weeks stepped from a day ("Sepekan sebelumnya, X
    …" after "Rabu (11/3)") dated that day moved by seven days a week: the act is told
    as of a day, not of a week. Other expressions, and a step with no day told before
    it, are kept as they are."""
    out: list[TimeExpr] = []
    day: date | None = None
    for t in _weekdays_in_week(sorted(timexes, key=lambda t: t.start)):
        m = _WEEKS_STEPPED.fullmatch(t.text)
        if m is not None and day is not None and t.precision == "week":
            weeks = 1 if m["one"] else int(_WEEK_COUNTS.get(m["count"].lower(), m["count"]))
            sign = -1 if m["dir"].lower() == "sebelumnya" else 1
            moved = day + timedelta(days=sign * 7 * weeks)
            t = replace(t, value=moved.isoformat(), precision="day")
        if t.precision == "day" and t.value is not None and len(t.value) == 10:
            day = date.fromisoformat(t.value) if t.value[:4].isdigit() else day
        out.append(t)
    return out


#: Weekdays, Monday first, as the time layer writes them.
_WEEKDAYS = ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu")


def _weekdays_in_week(timexes: Sequence[TimeExpr]) -> list[TimeExpr]:
    """``timexes`` (in text order) with a weekday named right before the week it falls in
    ("Kamis pekan ini", "Jumat pekan depan") dated that weekday of that week: the time
    layer reads the two apart, the bare weekday as the last one past."""
    out = list(timexes)
    for k, (day, week) in enumerate(pairwise(out)):
        name = day.text.strip().lower()
        if name not in _WEEKDAYS or week.precision != "week" or week.value is None:
            continue
        if week.start - day.end > 1 or "-W" not in week.value:
            continue
        year, number = week.value.split("-W")
        try:
            when = date.fromisocalendar(int(year), int(number[:2]), _WEEKDAYS.index(name) + 1)
        except ValueError:
            continue
        out[k] = replace(day, value=when.isoformat(), precision="day")
    return out


def _iso_of(t: TimeExpr) -> str | None:
    """The timex's date, a week read as the month of its Thursday, else ``None``."""
    value = t.value
    if value is None or t.type not in ("date", "relative") or "X" in value:
        return None
    if "-W" in value:
        year, week = value.split("-W")
        try:
            thursday = date.fromisocalendar(int(year), int(week[:2]), 4)
        except ValueError:
            return None
        return f"{thursday.year:04d}-{thursday.month:02d}"
    try:
        PartialDate.parse(value)
    except ValueError:
        return None
    return value


def _reaction_dates(clause: _Clause, i: int, dates: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The dates of a passive reaction at token ``i`` to an act named by the noun that
    opens its sentence: not those inside that subject ("Serangan X ke Y pada Rabu
    (…) dikecam Z": Wednesday is the attack's day, the reaction is reported later)."""
    cue = LEXICON.get(clause.word(0))
    if cue is None or cue.voice != "nominal":
        return dates
    return [(at, iso) for at, iso in dates if at >= clause.toks[i].start]


def _accused_act_dates(
    clause: _Clause, i: int, dates: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """The dates of an accusation at token ``i``: not those told after it inside the act
    it alleges ("menuding X memasang gapura … sejak Januari lalu": January is when the
    gates went up, the accusation is reported later), nor, for any act, those told
    inside the reason after it ("karena …"); a date set off by a comma (", Senin (…)")
    still dates the act."""
    accusing = clause.word(i) in _ACCUSING
    kept = []
    for at, iso in dates:
        k = next((j for j, t in enumerate(clause.toks) if t.start <= at < t.end), None)
        set_off = k is None or k < i or clause.word(k - 1) in (",", "(")
        in_reason = k is not None and any(_opens_reason(clause, j) for j in range(i + 1, k))
        if set_off or not (accusing or in_reason):
            kept.append((at, iso))
    return kept


#: Words opening the reason an act was done for ("mencabut izin … **karena** terbukti
#: menimbun stok sejak 2024", "menggugat X **atas** pemadaman … pada Mei lalu"): a date
#: told inside the reason is the misdeed's, and the act is dated as if undated (see
#: :func:`_accused_act_dates`).
_REASON = frozenset({"karena", "atas"})
#: Words before "atas" that make it a place ("di atas", "ke atas"), and nouns after it
#: that make it the occasion of the act ("atas undangan X", "atas nama Y"), not a reason.
_NOT_REASON_BEFORE = frozenset("di ke dari".split())
_NOT_REASON_AFTER = frozenset("undangan nama permintaan perintah izin".split())


#: Words one of which stands before a date told inside a reason or a relative clause.
_REASON_OR_RELATIVE = ("karena", "atas", "yang")


def _only_in_reasons(text: str, start: int, dates: list[tuple[int, str]]) -> bool:
    """Whether ``dates`` are some and all told after a word opening a reason in the
    sentence starting at character ``start`` of ``text`` ("menggugat X atas pemadaman
    … pada Mei lalu"): days of the misdeed, so the sentence's act takes its day from
    its neighbours as an undated one does."""
    if not dates:
        return False
    for at, _ in dates:
        told = text[start:at].lower()
        if not any(w in told for w in _REASON_OR_RELATIVE):
            return False  # no word opening a reason or a relative clause before it
        words = re.findall(r"\w+", told)
        if _in_relative_act(words):
            continue
        if not any(
            w in _REASON
            and (w != "atas" or (k == 0 or words[k - 1] not in _NOT_REASON_BEFORE))
            and (w != "atas" or k + 1 >= len(words) or words[k + 1] not in _NOT_REASON_AFTER)
            for k, w in enumerate(words)
        ):
            return False
    return True


def _in_relative_act(words: list[str]) -> bool:
    """Whether the last of ``words`` stand in a relative clause telling an act ("…
    pasar yang melukai belasan warga" before "pekan lalu"): "yang" and an active verb
    among the last eight words, no comma read (``words`` holds words only)."""
    tail = words[-8:]
    return any(w == "yang" and _active_verb(n) for w, n in pairwise(tail))


def _opens_reason(clause: _Clause, j: int) -> bool:
    """Whether token ``j`` opens the reason of an act (see :data:`_REASON`)."""
    word = clause.word(j)
    if word != "atas":
        return word in _REASON
    return (
        clause.word(j - 1) not in _NOT_REASON_BEFORE and clause.word(j + 1) not in _NOT_REASON_AFTER
    )


#: Words bounding a span up to a date ("dicicil **hingga** Desember", "ditutup **sampai**
#: akhir Juni"), and the words that may stand between them and the date.
_UNTIL = frozenset("hingga sampai".split())
_UNTIL_FILLERS = frozenset("dengan akhir awal pertengahan bulan tanggal".split())
#: Words after "seperti" that compare the act with an earlier occasion ("**seperti
#: saat** banjir besar tiga tahun lalu", "seperti halnya pada 2019").
_LIKENESS = frozenset("saat ketika halnya waktu".split())
#: How many words before a date a comparison may open.
_LIKENESS_REACH = 6


def without_limits_and_likenesses(
    text: str, start: int, dates: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """``dates`` of the sentence starting at character ``start`` of ``text`` less those
    that bound a span ("mengusulkan ganti rugi dicicil hingga Maret": the end of the
    instalments, not the day of the offer) or date an earlier occasion the act is
    likened to ("menawarkan X sebagai tuan rumah perundingan, seperti saat sengketa lama
    empat tahun lalu"): neither is the day the act is done.

    >>> t = "A menolak, seperti saat krisis dua tahun lalu."
    >>> without_limits_and_likenesses(t, 0, [(31, "2024")])
    []
    """
    kept: list[tuple[int, str]] = []
    for at, iso in dates:
        words = re.findall(r"[\w-]+", text[start:at].lower())
        k = len(words) - 1
        while k >= 0 and words[k] in _UNTIL_FILLERS:
            k -= 1
        bounded = k >= 0 and words[k] in _UNTIL
        tail = words[-_LIKENESS_REACH:]
        likened = any(w == "seperti" and n in _LIKENESS for w, n in pairwise(tail))
        if not (bounded or likened):
            kept.append((at, iso))
    return kept


#: Counts of days before "hari" in "<count> hari setelah …" ("sehari" is one word).
_DAY_COUNTS = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7}
#: Words of one span counted in days ("**sehari** setelah", "**sepekan** sebelum").
_ONE_WORD_SPANS = {"sehari": 1, "sepekan": 7, "seminggu": 7}


def _days_apart(clause: _Clause, k: int) -> int | None:
    """The days counted just before "setelah/sebelum" at token ``k`` ("sehari",
    "dua hari", "3 hari"), else ``None``."""
    if clause.word(k - 1) in _ONE_WORD_SPANS:
        return _ONE_WORD_SPANS[clause.word(k - 1)]
    if clause.word(k - 1) != "hari":
        return None
    count = clause.word(k - 2)
    return int(count) if count.isdigit() and int(count) < 32 else _DAY_COUNTS.get(count)


def _counted_from_day(
    clause: _Clause, i: int, dates: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """The dates of an act at token ``i`` told in a "<count> hari setelah|sebelum …"
    clause after the day of the main act ("X menembakkan rudal, Selasa (3/11), **sehari
    setelah** A dan B memulai latihan"): that day moved back (setelah) or forward
    (sebelum) by the count; other acts keep their dates."""
    for k in range(i - 1, max(i - 13, 0), -1):
        word = clause.word(k)
        listed = k + 1 in clause.actor_at or clause.word(k + 1) in ("dan", "serta")
        if word in (";", ":", "bahwa") or (word == "," and not listed):
            return dates  # a comma that lists sides ("A, B, dan C memulai …") goes on
        if word not in ("setelah", "sebelum"):
            continue
        own = _dated_in_clause(clause, k, i, dates)
        if own:
            # "… digelar tiga pekan setelah A dan B baku tembak pada 16 Juni lalu": the
            # clause's own day, not the main act's moved
            return own
        apart = _days_apart(clause, k)
        # the count's first word: the time layer may have dated "dua hari setelah" itself
        bound = clause.toks[k - 1 if clause.word(k - 1) in _ONE_WORD_SPANS else k - 2].start
        told = [(at, iso) for at, iso in dates if at < bound and len(iso) == 10]
        if apart is None or not told or any(at >= bound for at, _ in dates):
            return dates
        day = date.fromisoformat(max(told)[1])
        moved = day - timedelta(days=apart) if word == "setelah" else day + timedelta(days=apart)
        return [(clause.toks[i].start, moved.isoformat())]
    return dates


def _dated_in_clause(
    clause: _Clause, k: int, i: int, dates: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """The dates told in the "setelah|sebelum" clause opening at token ``k`` that holds
    the act at ``i``: after the conjunction and before the first comma after the act."""
    end = next(
        (clause.toks[j].start for j in range(i, len(clause.toks)) if clause.word(j) == ","),
        clause.toks[-1].end,
    )
    return [(at, iso) for at, iso in dates if clause.toks[k].end <= at < end]


#: Month names as written in Indonesian news ("pada **September**").
_MONTHS = frozenset(
    "januari februari maret april mei juni juli agustus september oktober november desember".split()
)


def _month_ahead(
    clause: _Clause, dates: list[tuple[int, str]], when: str | None, published: PartialDate | None
) -> str | None:
    """The date of an act to come: a month named without its year ("menggelar
    perundingan … pada September") that the time layer put before publication is the
    next such month."""
    if when is None or published is None or len(when) != 7 or when >= published.iso[:7]:
        return when
    at = next((at for at, iso in dates if iso == when), None)
    k = next((j for j, t in enumerate(clause.toks) if at is not None and t.start == at), None)
    if k is None or clause.word(k) not in _MONTHS or clause.word(k + 1).isdigit():
        return when
    return f"{int(when[:4]) + 1:04d}{when[4:]}"


def _in_relative_aside(clause: _Clause, at: int, i: int) -> bool:
    """Whether the date at character ``at`` stands in a relative clause set off by
    commas (", yang …,") that closes before the cue at token ``i``: "Presiden X, yang
    menjabat sejak 2024, menyerukan …" is not dated by "2024"."""
    k = next((j for j, t in enumerate(clause.toks) if t.start <= at < t.end), None)
    if k is None or k >= i:
        return False
    for j in range(k - 1, -1, -1):
        if clause.word(j) == "yang" and clause.word(j - 1) == ",":
            return any(clause.word(c) == "," for c in range(k + 1, i))
        if clause.word(j) in (",", ";", ":"):
            return False
    return False


#: Words that may stand between a relative "yang" and its verb ("yang **diduga**
#: menyerang", "yang **sebelumnya** membacok").
_BEFORE_RELATIVE_VERB = frozenset("diduga disebut telah sudah sebelumnya juga".split())
#: How far after its sentence an act may be told again with its own day (characters:
#: the next two or three sentences of a lead).
_RETOLD_REACH = 400
#: A sentence's end in running text.
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def _after_object_relative(clause: _Clause, i: int, at: int, passive: bool = False) -> bool:
    """Whether the date at character ``at`` comes after a relative clause on the object
    of the cue at token ``i`` ("menangkap anggota geng X **yang membacok** dua pelajar
    di …, Minggu (…)"): the day of the attack the clause tells, maybe not the arrest's.
    With ``passive``, the clause's verb is a passive one with no actor named before the
    date ("kesepakatan **yang diteken** tahun lalu"); a passive clause naming
    its agents ("latihan yang digelar A dan B sejak Senin") tells an act of theirs, whose
    relation that date is."""
    k = next((j for j, t in enumerate(clause.toks) if t.start <= at < t.end), None)
    if k is None or k <= i:
        return False
    for j in range(i + 1, k):
        if clause.word(j) != "yang":
            continue
        v = j + 1
        while clause.word(v) in _BEFORE_RELATIVE_VERB:
            v += 1
        if not passive and _active_verb(clause.word(v)):
            return True
        if passive and _passive_verb(clause.word(v)):
            return not any(t in clause.actor_at for t in range(v + 1, k))
    return False


def closing_day(clause: _Clause, at: int) -> bool:
    """Whether the date at character ``at`` is the day set off by a comma that closes
    its sentence ("X memveto rancangan yang menuntut …, Selasa (6/10)."): the lead's
    habit of dating its main act last, whatever the relative clause before it tells."""
    k = next((j for j, t in enumerate(clause.toks) if t.start <= at < t.end), None)
    if k is None or clause.word(k - 1) != ",":
        return False
    # "…, Rabu (…) waktu setempat.": the day told in the place of the act still closes it
    return not any(
        clause.word(j).isalpha() and clause.word(j) not in _LOCAL_TIME
        for j in range(k + 1, len(clause.toks))
    )


#: The words saying a day is told in the time of the place of the act ("Rabu (…)
#: **waktu setempat**"), which may follow a day closing its sentence.
_LOCAL_TIME = frozenset("waktu setempat".split())


def _retold_date(
    text: str, dated: list[tuple[int, str]], end: int, action: str
) -> tuple[int, str] | None:
    """The day of the act of class ``action`` told again within
    :data:`_RETOLD_REACH` characters after ``end`` by a passive verb of the lexicon,
    dated in its own sentence after the verb ("…. Mereka **dibekuk** di …,
    Selasa (…)"), if any."""
    span = text[end : end + _RETOLD_REACH]
    for m in re.finditer(r"\b(di[a-z]{4,})\b", span):
        cue = LEXICON.get(m.group(1))
        if cue is None or cue.voice != "passive" or cue.action != action:
            continue
        start = end + m.end()
        stop = _SENTENCE_END.search(text, start)
        limit = stop.start() if stop is not None else len(text)
        return next(((a, iso) for a, iso in dated if start <= a < limit), None)
    return None


def _retold_by_noun(
    text: str, dated: list[tuple[int, str]], end: int, action: str
) -> tuple[int, str] | None:
    """The day of the act of class ``action`` when the next sentence, right after
    ``end``, opens with the act's noun and a passive verb and names its own day
    ("X mengecam serangan …, Selasa (…). **Kecaman disampaikan** …, Rabu (…)": Tuesday
    is the attack's), else ``None``."""
    told_end = _SENTENCE_END.search(text, end)  # the sentence the act is told in
    end = told_end.end() if told_end is not None else len(text)
    m = re.match(r"\s*(\w+) (di[a-z]{4,})\b", text[end : end + _RETOLD_REACH])
    cue = LEXICON.get(m.group(1).lower()) if m is not None else None
    if m is None or cue is None or cue.voice != "nominal" or cue.action != action:
        return None
    start = end + m.end()
    stop = _SENTENCE_END.search(text, start)
    limit = stop.start() if stop is not None else len(text)
    return next(((a, iso) for a, iso in dated if start <= a < limit), None)


#: "Sementara itu, X …": the sentence turns to another thread, not the occasion told.
_MEANWHILE = frozenset({"sementara"})
#: How far before publication a date may lie and still date the sentences after it:
#: the days a news report covers; older dates are background ("pada 2019").
_NEWS_DAYS = 31
#: How far after a sentence a date of the next one may date it (characters).
_NEXT_DATE = 300


def _recent_dates(
    dated: list[tuple[int, str]], published: PartialDate | None
) -> list[tuple[int, str]]:
    """The dates of the article that lie in the days the report covers (up to
    :data:`_NEWS_DAYS` before publication, none after it)."""
    if published is None or published.day is None:
        return []
    day = date(published.year, published.month or 1, published.day)
    lo = (day - timedelta(days=_NEWS_DAYS)).isoformat()
    hi = day.isoformat()
    return [(at, iso) for at, iso in dated if lo[: len(iso)] <= iso <= hi[: len(iso)]]


#: How far (in characters) a relative clause's day may stand after its sentence's own
#: day for :func:`_background_in_relative` to read it as background.
_OWN_DAY_REACH = 300


def _background_in_relative(text: str, told: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``told`` (dates at their characters of ``text``, by offset) without those that
    date a relative clause on an act after the sentence's own day ("X, Rabu (15/4),
    mengecam serangan yang menewaskan dua warga pada Selasa malam"): the attack's day
    is background, and the sentences after it go on with the day of the censure."""
    kept: list[tuple[int, str]] = []
    for at, iso in told:
        before = kept[-1][0] if kept else -1
        # a sentence's own day stands near its start: a day further on is told anew
        between = text[before:at] if 0 <= at - before <= _OWN_DAY_REACH else "."
        same_sentence = (
            before >= 0 and _SENTENCE_END.search(between) is None and "\n" not in between
        )
        words = re.findall(r"\w+", between.lower())
        if same_sentence and any(w == "yang" and _relative_verb(n) for w, n in pairwise(words)):
            continue
        if kept and _looks_back(text, at, iso, kept[-1]):
            continue
        kept.append((at, iso))
    return kept


def _relative_verb(word: str) -> bool:
    """Whether ``word``, right after "yang", opens a relative clause telling an act: an
    active verb ("yang menewaskan …") or a passive one ("latihan yang **digelar** …
    sejak Senin"), whose day is the act's, not the sentence's."""
    return _active_verb(word) or _passive_verb(word)


def _passive_verb(word: str) -> bool:
    """Whether ``word`` is a passive verb in di- ("disepakati", "dijadwalkan")."""
    return len(word) >= 7 and word.startswith("di") and word.isalpha()


#: How far (in characters) a month looked back to may stand after the day told before it
#: for :func:`_looks_back` to read it as background.
_LOOK_BACK_REACH = 400


def _looks_back(text: str, at: int, iso: str, day: tuple[int, str]) -> bool:
    """Whether the month or year at character ``at`` (``iso``) only looks back from the
    ``day`` told just before it, in the same paragraph and inside its sentence ("Selasa
    (13/10). Penahanan itu dilakukan setelah penyidik menemukan … bulan lalu."): the
    background of the day's act, so the sentences after it go on with that day. A
    date opening its sentence ("Pada Agustus lalu, …") tells a new occasion."""
    told_at, told = day
    if len(iso) >= _ISO_DAY_LENGTH or len(told) < _ISO_DAY_LENGTH or iso >= told[: len(iso)]:
        return False
    if not 0 < at - told_at <= _LOOK_BACK_REACH or "\n" in text[told_at:at]:
        return False
    starts = [m.end() for m in _SENTENCE_END.finditer(text, told_at, at)]
    opening = text[starts[-1] : at] if starts else ""
    return bool(starts) and len(re.findall(r"\w+", opening)) > _OPENING_WORDS


#: How many words may come before a date that still opens its sentence ("Pada Agustus").
_OPENING_WORDS = 2
#: The length of a day's ISO date ("2026-10-13"): a month or a year is shorter.
_ISO_DAY_LENGTH = 10


#: A day pointed back to ("pada **hari yang sama**", "hari itu").
_SAME_DAY = re.compile(r"hari (?:yang sama|itu)\b", re.I)


def _same_day_as_told(
    text: str, dated: list[tuple[int, str]], told: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """``dated`` with each day pointed back to ("Pada hari yang sama, …") that the time
    layer read as the day of an act in a relative clause ("serangan yang … pada Selasa
    malam", left out by :func:`_background_in_relative`) set to the day the sentence
    itself was told on, the last one ``told`` (by offset) kept before it."""
    kept = _background_in_relative(text, told)
    dropped = set(told) - set(kept)
    out = []
    for at, iso in dated:
        k = bisect_left(told, at, key=lambda d: d[0]) - 1
        if k >= 0 and told[k] in dropped and _SAME_DAY.match(text, at) is not None:
            j = bisect_left(kept, at, key=lambda d: d[0]) - 1
            iso = kept[j][1] if j >= 0 and told[k][1] == iso else iso
        out.append((at, iso))
    return out


#: A sentence whose subject is the two sides just told ("Keduanya lalu menyerukan …",
#: "Kedua pemimpin pun meneken …"): an act of the occasion they met on, whatever day a
#: spokesman's quote after it was given.
_THE_TWO_ACT = re.compile(r"\W*(?:keduanya|kedua (?:pemimpin|pihak|menteri|negara))\b", re.I)


def _neighbour_date(
    recent: list[tuple[int, str]], text: str, start: int, end: int
) -> tuple[tuple[int, str], bool] | None:
    """The date a sentence that names none may take, and whether it comes before it:
    the report's last recent date before it ("… Senin (8/1/2024). Ia kemudian bertemu
    …"; see :func:`_continues` for when it is taken), else the date of the next sentence
    when that one goes on with this one's act: a quote that tells it, or a noun pointing
    back ("Presiden meminta …. Permintaan **itu** disampaikan … Selasa (17/10/2023)")."""
    k = bisect_right(recent, (start, "")) - 1
    # sorted by offset: the first date at or after ``end`` by bisection, not a scan
    j = bisect_left(recent, end, key=lambda d: d[0])
    after = recent[j] if j < len(recent) else None
    if (
        after is not None
        and after[0] - end < _NEXT_DATE
        and _THE_TWO_ACT.match(text, start) is None
        and _said_on_next(text, start, end, after[0])
    ):
        return after, False
    if k >= 0:
        return recent[k], True
    if after is None or after[0] - end >= _NEXT_DATE:
        return None
    opening = text[end : end + 60].lstrip()
    words = opening.lower().split()[:4]
    back = opening[:1] in _QUOTE_CHARS or set(words) & _ANAPHOR or _reports_back(words)
    return (after, False) if back or _reported_back_later(text, end, after[0]) else None


def _reported_back_later(text: str, end: int, at: int) -> bool:
    """Whether the sentence holding the date at character ``at``, one sentence further
    on in the same paragraph than the one right after ``end``, tells how the act was
    made known ("Badan X mendenda A dan B. Keduanya terbukti …. **Putusan itu
    diumumkan** Selasa (…)"): a sentence between may spell out the act (its grounds, who
    it binds) before the report names its day."""
    between = text[end:at]
    if "\n" in between:
        return False  # a new paragraph turns to another occasion
    ends = list(_SENTENCE_END.finditer(between.rstrip()))
    if len(ends) != 1:
        return False  # the date's sentence must be the second one after the act's
    words = between[ends[0].end() :].lower().split()[:4]
    return _reports_back(words)


def _said_on_next(text: str, start: int, end: int, at: int) -> bool:
    """Whether the undated sentence from ``start`` to ``end`` is the gist of a statement
    the next one, in the same paragraph, dates at character ``at``: a quote whose
    attribution names the day ("X menolak …. “…,” ujarnya, Selasa (…)"), or the same
    side's speaker with the day set off after it ("Kremlin membantah …. Juru bicara
    Kremlin Y, Selasa (…), mengatakan …")."""
    between = text[end:at]
    if "\n" in between:
        return False  # a new paragraph turns to another occasion
    opening = between.lstrip()
    if opening[:1] in _QUOTE_CHARS:
        closed = max(between.rfind(c) for c in _QUOTE_CHARS)
        attribution = between[closed + 1 :]
        words = re.findall(r"\w+", attribution.lower())
        return _SENTENCE_END.search(attribution) is None and bool(_SPEECH.intersection(words))
    if _SENTENCE_END.search(between.rstrip()) is not None or not between.rstrip().endswith(","):
        return False  # the day must be set off after the speaker of the very next sentence
    subject = re.match(r"\s*([A-Z]\w+)\b", text[start:end])
    return subject is not None and subject.group(1) in re.findall(r"\w+", opening)


def _reports_back(words: list[str]) -> bool:
    """Whether a sentence opening with ``words`` tells how the act just told was made
    known or done: a noun of the act, then its passive verb ("Pengumuman disampaikan
    …", "Persetujuan diumumkan …"), or the meeting it was told at ("Dalam pertemuan
    dengan …")."""
    if len(words) < 2:
        return False
    if any(w.strip(",") in _DONE for w in words[1:3]) and words[0].isalpha():
        return True  # "Serah terima dilakukan …, Rabu (…)": the act just told, done
    noun, verb = words[0], words[1]
    if noun in _BY_MEANS and verb in _RULINGS:
        return True  # "Dengan putusan yang dibacakan …, Rabu (…), …": the ruling just told
    meeting = LEXICON.get(verb)
    if noun == "dalam" and meeting is not None and meeting.action == "consult":
        return meeting.voice == "nominal"  # "Dalam pertemuan dengan X, Sabtu (…)"
    if noun == "dalam" and (verb in _STATEMENT_NOUNS or verb in _ANNOUNCEMENTS):
        # "Dalam pernyataan bersama …, Kamis (…), mereka …", "Dalam pengumuman Selasa
        # (…), X menyebut …": where and when the act just told was made known
        return True
    nominal = noun.startswith(("pe", "ke")) and noun.endswith("an") and len(noun) >= 8
    # a ruling read ("Putusan diucapkan …") tells when the court decided; an act's noun
    # in the lexicon ("Bantuan diserahkan …, Senin (…)") tells when the act was done
    nominal = nominal or noun in _RULINGS or _act_noun_of(noun)
    # one word may name what the act concerns ("Pembekuan rekening diumumkan …")
    if nominal and any(v.startswith("di") and len(v) >= 6 for v in words[1:3]):
        return True
    # the act's noun after the paper it is written on ("Surat keputusan dukungan
    # diserahkan …", "Nota kesepahaman kerja sama ditandatangani …")
    act = next((k for k, w in enumerate(words[1:3], 1) if _act_noun_of(w)), None)
    return act is not None and any(
        v.startswith("di") and len(v) >= 6 and v.isalpha() for v in words[act + 1 : act + 2]
    )


#: Nouns of an announcement an act is made known in ("Dalam **pengumuman** Selasa …").
_ANNOUNCEMENTS = frozenset("pengumuman rilis".split())
#: Prepositions naming the means an outcome came by ("**Dengan** putusan itu, …").
_BY_MEANS = frozenset("dengan dalam melalui lewat".split())
#: Light passive verbs whose subject is an act told by a noun ("Serah terima
#: **dilakukan** …", "Penyegelan **dilaksanakan** …"): the sentence tells when and how the
#: act just told was done.
_DONE = frozenset("dilakukan dilaksanakan".split())


def _act_noun_of(word: str) -> bool:
    """Whether ``word`` is an act's noun in the lexicon ("dukungan", "kerja")."""
    cue = LEXICON.get(word)
    return cue is not None and cue.voice == "nominal"


#: A court's bench, standing for the court named before ("majelis hakim").
_BENCH = frozenset({("majelis", "hakim"), ("panel", "hakim")})


def _continues(clause: _Clause, source: _Actor, dated_before: bool = False) -> bool:
    """Whether a sentence goes on with the occasion told before it, so that it shares
    its date: its subject is a pronoun ("Ia kemudian bertemu …") or it opens by pointing
    back to the occasion ("Dalam kesempatan itu", "Pada hari yang sama", "Kedua
    pemimpin", "Penandatanganan itu …"). A new actor's reaction ("Teheran menolak
    sanksi tersebut") is dated by the report."""
    if clause.word(0) in _PRONOUNS or (
        source.first == source.last and clause.word(source.first) in _PRONOUNS
    ):
        # "Ia menegaskan Tokyo akan membalas": the one just told speaks on, whoever the
        # act's agent; "Pada kesempatan yang sama, ia …" names the occasion itself
        return dated_before or _on_named_occasion(clause)
    if source.first < source.last and clause.word(source.last) in _ANAPHOR:
        return True  # "lembaga antirasuah itu juga menahan …"
    if clause.word(1) in _ANAPHOR and clause.word(0) not in _MEANWHILE:
        return True  # "Penandatanganan itu disaksikan …" ("Sementara itu, …" turns away)
    if clause.word(0) in _OCCASION_PREP and clause.word(2) in _ANAPHOR:
        return True  # "Dalam percakapan itu, X mengundang …": the occasion just told
    if clause.word(0) in _OCCASION_PREP and clause.word(2) == "," and _its_act(clause.word(1)):
        return True  # "Dalam putusannya, X juga memerintahkan …": the ruling just told
    if _opens_right_after(clause):
        return True  # "Seusai pertukaran, X berterima kasih …": right after the act told
    if _opens_outside_venue(clause):
        return True  # "Di luar gedung, massa berunjuk rasa …": while the session sat
    if dated_before and (clause.word(source.first), clause.word(source.first + 1)) in _BENCH:
        # "Pengadilan X mengabulkan gugatan …, Rabu (…). Majelis hakim menghukum …": the
        # bench of the court just told reads out the same ruling
        return True
    attended = _present_at_event(clause, source.last + 1)
    if attended is not None and (dated_before or attended):
        # "Dubes X, yang turut hadir dalam upacara serah terima, berterima kasih …": the subject
        # acts at the event it is described attending, the one just told (or the one
        # pointed back to, "dalam pelepasan itu", past a sentence or two between)
        return True
    if dated_before and _signed_document_opens(clause):
        # "… menandatangani perjanjian pinjaman, Rabu (…). Dokumen diteken A dan B":
        # the signing of the document just told, by whom
        return True
    if dated_before and clause.word(source.last + 1) == "juga":
        # "… Senin (3/6/2024). Tokyo juga mengusir dua atase": a further step
        # told right after a dated one, on its day
        return True
    # "Kedua pemimpin …", "Menteri kedua negara …" open on the sides just told; "X
    # meminta kedua pihak …" only names them as its object (a new actor's act)
    return any(
        clause.word(j) in _SAME_OCCASION and (clause.word(j) != "kedua" or j <= source.last + 1)
        for j in range(5)
    )


#: Sides of a building a sentence may open on ("Di **luar** gedung, …").
_OUTSIDE = frozenset("luar depan".split())
#: Buildings and rooms an event just told is held in ("Di luar **gedung**, …").
_VENUES = frozenset("gedung ruang ruangan".split())


def _opens_outside_venue(clause: _Clause) -> bool:
    """Whether the sentence opens on the outside of a bare venue set off by a comma
    ("Di luar gedung, …", "Di depan ruang sidang, …"): the building of the session just
    told, so what it tells happens while that session sits, on its day."""
    if clause.word(0) != "di" or clause.word(1) not in _OUTSIDE or clause.word(2) not in _VENUES:
        return False
    return clause.word(3) == "," or clause.word(4) == ","


#: Nouns of a signed document opening a sentence ("**Dokumen** diteken …").
_DOCUMENTS = frozenset("dokumen perjanjian kesepakatan nota naskah mou kontrak".split())
#: Passive verbs of signing ("Nota kesepahaman **ditandatangani** …").
_SIGNED = frozenset("diteken ditandatangani".split())


def _signed_document_opens(clause: _Clause) -> bool:
    """Whether the sentence opens with a document's noun and, within three words, a
    passive verb of signing ("Dokumen diteken …", "Nota kesepahaman itu ditandatangani
    …"): it tells who signed the document told just before."""
    return clause.word(0) in _DOCUMENTS and any(clause.word(j) in _SIGNED for j in range(1, 4))


#: Passive verbs telling who was present at an event ("Pelepasan bantuan **dihadiri**
#: …", "Penyerahan itu **disaksikan** …").
_ATTENDED_BY = frozenset("dihadiri disaksikan".split())


def _attended(clause: _Clause, k: int) -> bool:
    """Whether the act's noun ending before token ``k`` is the subject of a passive verb
    of attending, right after it or one word on ("Penyerahan bantuan itu dihadiri …"):
    the names after the verb are the guests of the event."""
    return clause.word(k) in _ATTENDED_BY or clause.word(k + 1) in _ATTENDED_BY


#: Verbs of attending an event in a relative clause on the subject ("yang **hadir**
#: dalam upacara …", "yang **menghadiri** rapat …").
_ATTENDING = frozenset("hadir menghadiri".split())


def _present_at_event(clause: _Clause, k: int) -> bool | None:
    """Whether a relative clause set off at token ``k`` tells the subject attending an
    event (", yang (turut) hadir dalam upacara …", ", yang menghadiri sidang …"), past
    the place the subject is posted at ("Kedutaan Besar X di Y, yang hadir …"): ``None``
    when not, else whether the event's noun is pointed back to ("dalam pelepasan
    itu")."""
    posted = clause.actor_at.get(k + 1) if clause.word(k) == "di" else None
    if posted is not None:
        k = posted.last + 1
    if clause.word(k) != "," or clause.word(k + 1) != "yang":
        return None
    j = k + 2 + (clause.word(k + 2) == "turut")
    if clause.word(j) not in _ATTENDING:
        return None
    # the event's noun right after the verb or its preposition
    event = next((m for m in (j + 1, j + 2) if _event_noun(clause.word(m))), None)
    return None if event is None else clause.word(event + 1) in _ANAPHOR


def _opens_right_after(clause: _Clause) -> bool:
    """Whether the sentence's fronted adverbial (before its first comma) places it
    right after an event: a word of :data:`_RIGHT_AFTER` followed by the event's noun
    ("Seusai pertukaran, …", "Seusai pemungutan suara, …", "Dalam konferensi pers
    seusai perundingan, …") or a verb of the subject's own act ("Seusai membuat laporan,
    …"). Told without a day, that event is the one just told."""
    for j in range(_FRONTED_WORDS):
        word = clause.word(j)
        if word in {",", "", "."}:
            return False
        if word in _RIGHT_AFTER:
            nxt = clause.word(j + 1)
            # "Seusai membuat laporan, …": the subject's own act, the one just told
            return nxt != "," and (_event_noun(nxt) or _active_verb(nxt))
    return False


#: How far into a sentence a fronted adverbial of time may reach before its comma
#: ("Dalam konferensi pers seusai perundingan,": four words before the event's noun).
_FRONTED_WORDS = 6


def _event_noun(word: str) -> bool:
    """Whether ``word`` names an event: an act's or a one-day event's noun, or a verb's
    nominalisation in pe(N)-/per-…-an (Indonesian derives the noun of a process so:
    "pemungutan", "penandatanganan", "pertemuan")."""
    if _told_act(word):
        return True
    return word.startswith("pe") and word.endswith("an") and len(word) >= 8 and word.isalpha()


def _on_named_occasion(clause: _Clause) -> bool:
    """Whether the sentence opens on an occasion pointed back to before its first comma
    ("Pada kesempatan yang sama, …", "Dalam pertemuan itu, …")."""
    if clause.word(0) not in _OCCASION_PREP:
        return False
    for j in range(2, 6):
        if clause.word(j) == ",":
            return False
        if clause.word(j) in _ANAPHOR or (
            clause.word(j) == "sama" and clause.word(j - 1) == "yang"
        ):
            return clause.word(j + 1) == ","
    return False


def _its_act(word: str) -> bool:
    """Whether ``word`` is a ruling, a statement or an act's noun with the possessive
    "-nya" ("putusannya", "pernyataannya"): the one its agent was just told making."""
    stem = word.removesuffix("nya")
    return stem != word and (stem in _RULINGS or stem in _STATEMENT_NOUNS or _told_act(stem))


#: Words opening a sentence on what follows the act just told ("**Seusai** pertukaran,").
_RIGHT_AFTER = frozenset("seusai usai selepas".split())


#: Nouns of one-day events a sentence may open after ("Seusai **pertukaran**, …"),
#: beside the lexicon's act nouns.
_EVENTS = frozenset("pertukaran penyerahan pembebasan upacara rapat sidang".split())


def _told_act(word: str) -> bool:
    """Whether ``word`` names an act or a one-day event ("pertemuan", "pertukaran")."""
    return _act_noun(word) or word in _EVENTS


#: Words after a time expression that put it ahead ("pekan **depan**", "Mei
#: **mendatang**"): a week ahead may fall in the month of publication.
_AHEAD = frozenset("depan mendatang".split())


def _only_ahead(text: str, dates: list[tuple[int, str]], published: PartialDate | None) -> bool:
    """Whether ``dates`` (at their characters of ``text``) are some and all ahead of
    publication: after its date, or told as to come ("pekan depan", which the time layer
    reads as the month it falls in)."""
    if not dates or published is None:
        return False
    # a week ahead is read as a month no earlier than publication's: only then is the
    # text looked at
    return all(
        iso > published.iso[: len(iso)]
        or (iso == published.iso[: len(iso)] and _told_ahead(text, at))
        for at, iso in dates
    )


def _told_ahead(text: str, at: int) -> bool:
    """Whether the time expression at character ``at`` of ``text`` ends with a word of
    :data:`_AHEAD` within its first three words ("pekan depan")."""
    words = re.findall(r"\w+", text[at : at + 40].lower())[:3]
    return bool(_AHEAD.intersection(words))


#: Words before a date that make it when a lasting work starts ("berbagi data **mulai**
#: bulan depan"), not the day of one event.
_STARTING = frozenset("mulai sejak".split())


def _work_starts_ahead(clause: _Clause, dates: list[tuple[int, str]]) -> bool:
    """Whether every date of ``dates`` tells when an agreed work starts or in which year
    ("mulai 1 Februari", "tahun depan"), not the day of an event agreed on ("pada
    Agustus"): the agreement itself is then dated when it was made."""
    for at, iso in dates:
        k = next((j for j, t in enumerate(clause.toks) if t.start <= at < t.end), None)
        if k is None:
            return False
        if len(iso) > 4 and clause.word(k - 1) not in _STARTING:
            return False
    return bool(dates)


#: A fronted adverbial of place or time ending on a noun pointed back to ("Dalam acara
#: itu, …"; "Dalam konferensi pers di X pada hari itu, …").
_ON_OCCASION = re.compile(
    r"^\W*(?:dalam|pada|di|saat|seusai)\b[^,.;]{0,60}?\b(?:itu|tersebut|yang sama),"
    # "Seusai rapat, …": right after the one-day event just told
    rf"|^\W*(?:{'|'.join(sorted(_RIGHT_AFTER))})\s+(?:{'|'.join(sorted(_EVENTS))})\b[^,.;]{{0,30}},",
    re.IGNORECASE,
)


def opens_on_occasion(sentence: str) -> bool:
    """Whether ``sentence`` opens by pointing back to the occasion just told ("Dalam
    acara itu, …", "Pada hari yang sama, …"): what it tells, and the sentence after it
    in the same voice ("Ia juga …"), happened on that occasion.

    >>> opens_on_occasion("Pada kesempatan yang sama, Ani menyatakan siap.")
    True
    >>> opens_on_occasion("Ani datang ke Hanoi pada hari itu.")
    False
    """
    return _ON_OCCASION.match(sentence) is not None


def _date(
    at: int, dates: list[tuple[int, str]], published: PartialDate | None, action: str = ""
) -> tuple[str | None, Literal["clause", "article"] | None]:
    """The relation's date: the nearest date of its sentence (or the one it takes from
    its neighbours, :func:`_neighbour_date`), else the publication date. A promise or an
    offer is dated when made: a later date in its clause is the promised act's
    ("menjanjikan bantuan … pada tahun depan")."""
    if dates:
        when = min(dates, key=lambda d: abs(d[0] - at))[1]
        future = published is not None and when > published.iso[: len(when)]
        if not (action == "intend" and future):
            return when, "clause"
    if published is not None:
        return published.iso, "article"
    return None, None
