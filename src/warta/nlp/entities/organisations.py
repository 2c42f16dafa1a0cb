"""Organisation names: companies, clubs, and names joined by "dan".

For :func:`warta.nlp.entities.spans.clean_ner`: where a company's name ends (legal forms
"Tbk", "Sdn Bhd", openers "PT", "CV", "Perumda"), whether a surface is a company
(:func:`is_company`) or a football club (:func:`is_club`, also read by the quote
attribution), and whether "X dan Y" is one name ("Kementerian Kelautan dan Perikanan")
or two coordinated names. Decided from the surface and the words around it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from warta.lexicon.indonesian import (
    NAME_STOP_WORDS,
    TITLE_WORDS,
)
from warta.nlp.entities.gazetteer import Gazetteer, load_gazetteer
from warta.nlp.entities.names import is_org_head
from warta.nlp.entities.personbounds import (
    _NAME_GOES_ON_WORD,
    _written_apart_outside,
)
from warta.nlp.entities.spanrecord import (
    _CAP_WORD,
    _COMPANY_FIRST,
    _WORD,
    Span,
)

# Words that end a company's name ("PT Sinar Jaya Tbk", "Nusantara Mining Corporation",
# "Lestari Agro Sdn Bhd", "Orion Systems", "Garuda Holdings").
_COMPANY_LAST = frozenset(
    """Tbk Corporation Corp Corp. Inc Inc. Ltd Ltd. Limited Company Co Co. Group Berhad Bhd
    AG GmbH Sdn Pte LLC Plc PLC Systems Holdings Holding""".split()
)

# Legal forms written after a company's name, which the tagger often leaves out ("Sinar
# Agro Sdn Bhd" found as "Sinar Agro"; "Orion Technology Co., Ltd.").
_LEGAL_FORMS = r"(?:Tbk|Sdn|Bhd|Berhad|Pte|Ltd|LLC|Inc|Corp|Co|GmbH|AG|Plc|PLC)"

_LEGAL_TAIL = re.compile(rf"(?:\.?,?[ \t]+{_LEGAL_FORMS}\.?(?![\w-]))+")


# A company named with its legal form: up to six capitalised words ("PT" among them),
# then the forms ("Sdn Bhd", "Pte Ltd", "Co., Ltd.", "Tbk").
_COMPANY_RUN = re.compile(rf"(?<![\w.-])(?:[A-Z][\w&'’-]*[ \t]+){{1,6}}?{_LEGAL_FORMS}(?![\w-])")


def _company_end(text: str, end: int) -> int:
    """End of a name span widened over the legal forms right after it ("Sdn Bhd",
    "Co., Ltd."); ``end`` itself when none follows. A final period stays outside unless
    an abbreviation needs it ("Ltd." keeps it only when the sentence goes on)."""
    tail = _LEGAL_TAIL.match(text, end)
    if tail is None:
        # the span already ends with the abbreviated form: "Ltd" keeps its "."
        dotted = _ABBREVIATED_FORM_BEFORE.search(text, max(0, end - 6), end)
        return end + 1 if dotted and _keeps_dot(text, end + 1) else end
    stop = tail.end()
    if text[stop - 1] == "." and not _keeps_dot(text, stop):
        stop -= 1  # the sentence's own full stop
    return stop


# An abbreviated legal form closing a span (searched up to the span's end).
_ABBREVIATED_FORM_BEFORE = re.compile(r"(?<![\w-])(?:Ltd|Inc|Corp|Co|Pte|Bhd)$")


def _keeps_dot(text: str, stop: int) -> bool:
    """Whether a legal form's full stop ending at ``stop`` belongs to the name, not the
    sentence: the sentence goes on after it (a lower-case word, a comma, a bracket).

    >>> _keeps_dot("Orion Ltd. dan PT Sinar", 10), _keeps_dot("Orion Ltd. Lalu", 10)
    (True, False)
    """
    if text[stop - 1 : stop] != ".":
        return False
    rest = stop  # past the spaces after it (not a copy of the rest of the text)
    while text[rest : rest + 1] in (" ", "\t"):
        rest += 1
    return rest < len(text) and (text[rest].islower() or text[rest] in ",;)”\"")


def is_company(surface: str) -> bool:
    """Whether a name has a company's shape: opened by "PT" or closed by a legal form or
    a company word ("Tbk", "Sdn Bhd", "Corp", "Holdings", "Systems").

    >>> is_company("Orion Data Systems"), is_company("PT Sinar Jaya"), is_company("Budi Jaya")
    (True, True, False)
    """
    words = surface.replace(",", " ").split()
    return len(words) > 1 and (words[0] in _COMPANY_FIRST or words[-1] in _COMPANY_LAST)


# "Perum" is left out before a span: "Perum <Name>" is cited "<Name>" as often, and the
# tagger's "<Name>" then stays the one entity.
_COMPANY_FIRST_BEFORE = re.compile(r"(?<![\w.-])(?:PT|CV|Perumda)[ \t]+$")


def trim_companies(text: str, candidates: Sequence[Span]) -> None:
    """Cut a company span widened by :func:`_company_bounds` before a person the tagger
    found inside the widening ("Dirut PT Sinar Laut Makmur Andi Basri Latif menyebut"):
    the name stops where the man's begins."""
    # the first person starting inside, by bisection (a scan of all per company was quadratic)
    persons = sorted(c.start for c in candidates if c.type == "PER")
    for c in candidates:
        if c.type != "ORG" or text[c.start : c.end].split()[0] not in _COMPANY_FIRST:
            continue
        k = bisect.bisect_right(persons, c.start)
        if k < len(persons) and persons[k] < c.end:
            cut = persons[k]
            while cut > c.start and text[cut - 1] in " \t,":
                cut -= 1
            c.end = cut


def _company_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """A span widened to the whole of a company name opened by "PT", "CV", "Perumda" or
    "Perum": back over the opening word the tagger left out, and on over the capitalised
    words of the name it cut short ("PT Sinar| Bumi Lestari"), up to a lower-case word
    or punctuation.

    >>> t = "Lahan itu milik PT Sinar Bumi Lestari yang berkantor di Medan."
    >>> a, b = _company_bounds(t, 16, 24)
    >>> t[a:b]
    'PT Sinar Bumi Lestari'
    """
    before = _COMPANY_FIRST_BEFORE.search(text, max(0, start - 9), start)
    if before is not None:
        start = before.start()
    first = _WORD.match(text, start)
    if first is None or first.group() not in _COMPANY_FIRST:
        return start, end
    while (more := _NAME_GOES_ON_WORD.match(text, end)) and (
        more.group(1).casefold() not in NAME_STOP_WORDS
    ):
        end = more.end()
    return start, end


_AND = re.compile(r"\s+dan\s+")


def _complete_name(surface: str, left: bool) -> bool:
    """Whether ``surface`` is a whole name on its own side of a "dan": a country or other
    gazetteer place, or a company (opened by "PT", closed by "Tbk", "Corporation"...).
    A left side may also be a name closed by a country ("Kedutaan Besar Jepang")."""
    words = surface.split()
    if not words or not words[0][0].isupper():
        return False
    if words[0] == "PT" or words[-1] in _COMPANY_LAST:
        return True
    gazetteer = load_gazetteer()
    if gazetteer.lookup(surface) is not None:
        return True
    place = gazetteer.lookup(words[-1]) if left and len(words) > 1 else None
    return place is not None and place.subtype == "GPE"


def _field_then_country(words: list[str], gazetteer: Gazetteer) -> bool:
    """Whether the words after a "dan" are a field and then a country ("Perdagangan
    Australia"): a plain word (no organisation head, title or place), then a GPE."""
    if len(words) != 2:
        return False
    field, country = words
    place = gazetteer.lookup(country)
    return (
        place is not None
        and place.subtype == "GPE"
        and not is_org_head(field)
        and field.casefold() not in TITLE_WORDS
        and gazetteer.lookup(field) is None
    )


_AND_WORDS = re.compile(r"[ \t]+dan[ \t]+((?:[A-Z][a-z]+)(?:[ \t]+[A-Z][a-z]+)?)(?![\w-])")


def _conjoined_name_end(text: str, start: int, end: int) -> int:
    """End of an organisation's name that goes on after a "dan" the tagger stopped at
    ("Kementerian Pendidikan Dasar dan Menengah", "Badan Kepegawaian dan Diklat"), or
    ``end``. The name opens with an organisation head; one or two capitalised words
    follow the "dan" and then no other capitalised word. They are no name of their own:
    no organisation head, title, place or company, and not written elsewhere in the
    article apart from this name (a second body or a person is, or is a place)."""
    after = _AND_WORDS.match(text, end)
    first = text[start:end].split()
    if after is None or len(first) < 2 or not is_org_head(first[0]):
        return end
    right = after.group(1)
    if _CAP_WORD.match(text, after.end() + 1) and text[after.end() : after.end() + 1] == " ":
        return end  # "... dan Bank Sentral Eropa": a longer name follows
    words = right.split()
    gazetteer = load_gazetteer()
    if _field_then_country(words, gazetteer):
        return after.end()  # "... Luar Negeri dan Perdagangan Kanada": the state's ministry
    if any(
        is_org_head(w) or w.casefold() in TITLE_WORDS or gazetteer.lookup(w) is not None
        for w in words
    ) or _complete_name(right, left=False):
        return end
    if _written_apart_outside(text, right, start, after.end()):
        return end
    return after.end()


def _coordinated_names(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The two names of a span that coordinates them with "dan", or ``None``.

    The tagger joins "PT Pertiwi Energi dan Thailand" or "Korea Selatan dan Jepang" into
    one name. The span is cut at a "dan" whose two sides are each a whole name
    (:func:`_complete_name`); a name that holds "dan" ("Kementerian Kelautan dan
    Perikanan", "Bosnia dan Herzegovina" in the gazetteer) stays whole.

    >>> t = "PT Pertiwi Energi dan Thailand sepakat."
    >>> [t[a:b] for a, b in _coordinated_names(t, 0, 30)]
    ['PT Pertiwi Energi', 'Thailand']
    >>> _coordinated_names("Kementerian Kelautan dan Perikanan", 0, 34) is None
    True
    """
    if load_gazetteer().lookup(text[start:end]) is not None:
        return None
    for conj in _AND.finditer(text, start, end):
        left, right = text[start : conj.start()], text[conj.end() : end]
        if (_complete_name(left, left=True) and _complete_name(right, left=False)) or (
            _headed_name(left) and _headed_name(right)
        ):
            return [(start, conj.start()), (conj.end(), end)]
    return None


def _headed_name(surface: str) -> bool:
    """Whether ``surface`` is an organisation's name by its head: two words or more, the
    first an organisation head ("Kementerian Keuangan", "Bank Indonesia"). Two such
    names joined by "dan" are two bodies; a name whose part after "dan" opens with no
    head ("Kementerian Kelautan dan Perikanan") is one."""
    words = surface.split()
    return len(words) > 1 and is_org_head(words[0])


# A sports club's name: it ends in a club word ("Dewa United", "Arema FC", "Manchester
# City") or opens with an Indonesian club's "Persi-"/"Perse-" ("Persib", "Persebaya",
# from "Persatuan Sepak Bola Indonesia ...") or "PS"/"PSM"-style initials ("PS Barito
# Putera", "PSS Sleman"), or a badminton club's "PB" ("Perkumpulan Bulu Tangkis") before
# its name in title case ("PB <Name>"; not before a numeral: "PB XII" is a Javanese
# ruler's initials).
_CLUB_LAST = frozenset({"United", "FC", "F.C.", "City", "Utd", "SC"})
_CLUB_OPENERS = frozenset({"PB"})

_CLUB_FIRST = re.compile(r"Pers[ei][a-z]{1,6}|PS[A-Z]{0,3}")


def is_club(surface: str) -> bool:
    """Whether ``surface`` has the shape of a sports club's name (not a place).

    >>> is_club("Dewa United"), is_club("Persib"), is_club("PSS Sleman"), is_club("Budi")
    (True, True, True, False)
    >>> is_club("PB Tunas Harapan"), is_club("PB"), is_club("PB XII")
    (True, False, False)
    >>> is_club("Quezon City")  # a place the gazetteer knows
    False
    """
    words = surface.split()
    if not words:
        return False
    shaped = (
        len(words) > 1
        and (words[-1] in _CLUB_LAST or (words[0] in _CLUB_OPENERS and words[1][1:2].islower()))
    ) or _CLUB_FIRST.fullmatch(words[0])
    return bool(shaped) and load_gazetteer().lookup(surface) is None


_NEXT_CAPITALISED = re.compile(r"[ \t]+([A-Z][a-z]+)")


def _place_tail_end(text: str, start: int, end: int) -> int:
    """``end`` moved past the word or two that complete a place the name ends with, where
    the tagger cut it ("Angkatan Darat Amerika| Serikat", "Polda Sumatera| Utara"): the
    span's last word and the next capitalised words form a gazetteer place longer than
    that word alone.

    >>> t = "Staf Angkatan Darat Amerika Serikat hadir."
    >>> t[5:_place_tail_end(t, 5, 27)]
    'Angkatan Darat Amerika Serikat'
    """
    words = text[start:end].split()
    if len(words) < 2:
        return end
    gazetteer = load_gazetteer()
    best, pos, tail = end, end, words[-1]
    for _ in range(2):
        m = _NEXT_CAPITALISED.match(text, pos)
        if m is None or m.group(1).casefold() in NAME_STOP_WORDS:
            break
        tail, pos = f"{tail} {m.group(1)}", m.end()
        if gazetteer.lookup(tail) is not None:
            best = pos
    return best
