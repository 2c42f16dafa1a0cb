"""Offices held over a territory or a portfolio, and their holders.

For :func:`warta.nlp.entities.spans.clean_ner` and :func:`~warta.nlp.entities.spans.merge`:
where an office, its territory and its holder share one span ("Camat <Place> <Name>",
"Kapolsek <Place> AKP <Name>", "Bupati <Place> <Name>"), where the territory ends and the
person starts; the portfolio after "Menteri" cut from the minister's name; the person
right after "<office> <gazetteer place>" made a span of its own. Decided from the text
around a span and the gazetteer.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

from warta.lexicon.indonesian import (
    NAME_STOP_WORDS,
    TITLE_WORDS,
)
from warta.nlp.entities.gazetteer import load_gazetteer
from warta.nlp.entities.names import NOBILITY_TITLES, is_org_head
from warta.nlp.entities.personbounds import (
    _CLERGY_BEFORE,
    _NAME_GOES_ON_WORD,
    _PLACE_HEADS,
)
from warta.nlp.entities.spanrecord import (
    _ACRONYM_WORD,
    _CAP_WORD,
    _COMPANY_FIRST,
    _LEADING_TITLE,
    _NAME_WORD,
    _TITLE_BEFORE,
    ByStart,
    Span,
)

# Offices held over a territory, written "<office> <territory> <name>" ("Camat Cilandak
# Abdul Rahman", "Kapolsek Cibinong AKP Heru Santika", "Bupati Luwu Utara Andi ...").
# The first words of the territory may stand before the span the tagger found ("Kepala
# Kampung Sido Mukti" + "Jaya Sugiono"): ``lead``. A village's head has a regional
# title too: "Perbekel" (Bali), "Keuchik"/"Geuchik" (an Acehnese gampong), "Wali
# Nagari" (a Minangkabau nagari), "Kuwu" (Cirebon), "Hukum Tua" (Minahasa), "Peratin"
# (a Lampung pekon); a Yogyakarta district's head is its "Panewu". A customary chief is
# named so by the village he heads too: the Sentani "Ondoafi" and the Tobati-Enggros
# "Ondofolo" of a Papuan kampung.
_OFFICES_OVER_TERRITORY = (
    r"(?:Camat|Lurah|Kades|Kepala\s+Desa|Kepala\s+Kampung|Kepala\s+Dusun|Kadus|"
    r"Kepala\s+Kelurahan|Kepala\s+Gampong|Kepala\s+Pekon|Kepala\s+Jorong|Perbekel|"
    r"Keuchik|Geuchik|Wali\s+Nagari|Kuwu|Hukum\s+Tua|Peratin|Panewu|Ondoafi|Ondofolo|"
    r"Bupati|Wali\s*[Kk]ota|Gubernur|Sekda|Kapolsek|Kapolres|Kapolresta|Kapolda|Danramil|"
    r"Dandim|Danrem|Kajari|Kajati)"
)

_TERRITORIAL_OFFICE = re.compile(
    rf"(?<![\w.]){_OFFICES_OVER_TERRITORY}\s+(?P<lead>(?:[A-Z][\w-]*\s+){{0,3}})$"
)

# The office inside the span, when the tagger took it for a first name ("Perbekel").
_OPENING_OFFICE = re.compile(rf"{_OFFICES_OVER_TERRITORY}\s+(?=[A-Z])")

# The office of a body's head, maybe its deputy or acting one, before the body's name:
# "Kepala <Body> <Region>" is a person's office, and the body is what follows it.
_HEAD_OF_BODY = re.compile(
    r"(?:(?:Wakil|Plt\.?|Pelaksana\s+Tugas)\s+)?(?:Kepala|Ketua|Direktur|Komandan)\s+(?=[A-Z])"
)
# Heads of bodies the organisation heads leave out: weather stations and a body's units.
_MORE_BODY_HEADS = frozenset({"stasiun", "satuan", "biro", "markas", "staf", "unit", "balai"})


def body_after_head_office(text: str, start: int, end: int) -> int | None:
    """Where the body's name starts in a place or body span ``start``-``end`` that opens
    with its head's office ("Kepala Stasiun Klimatologi <Province>": the station), or
    None when the span opens with no such office or no body's head follows it.

    >>> t = "Kepala Stasiun Meteorologi Maritim Bitung, kata dia."
    >>> body_after_head_office(t, 0, 40), body_after_head_office("Kepala Desa Suka", 0, 16)
    (7, None)
    """
    office = _HEAD_OF_BODY.match(text, start, end)
    if office is None:
        return None
    words = text[office.end() : end].split()
    head = words[0] if words else ""
    if len(words) < 2 or not (is_org_head(head) or head.casefold() in _MORE_BODY_HEADS):
        return None
    return office.end()


# A territory's head noun before its name, where the article names the territory on its
# own ("di Desa Tembok", "Kampung Sido Mukti Jaya", "Kecamatan Rogojampi").
# (Yogyakarta's district, village and hamlet: "Kapanewon", "Kalurahan", "Padukuhan")
_TERRITORY_HEAD = (
    r"(?:Desa|Kelurahan|Kecamatan|Kampung|Dusun|Banjar|Nagari|Gampong|Distrik"
    r"|Kapanewon|Kemantren|Kalurahan|Padukuhan)"
)

# A word with the shape of a village or district name: a Sundanese "Ci-" or a common
# place word in front ("Cilandak", "Tanjungsari", "Kampung Melayu", "Sungai Raya"), or
# a village's hopeful ending ("Sukamaju", "Mekarjaya", "Sidomulyo", "Karanganyar").
_PLACE_SHAPE = re.compile(
    r"(?:Ci[a-z]{3,}|(?:Tanjung|Karang|Sumber|Pasir|Kampung|Sungai|Muara|Rawa|Bukit|Teluk|"
    r"Kali|Banjar|Pulau|Batu|Desa|Kelurahan|Kecamatan)[a-z]*|"
    r"[A-Z][a-z]+(?:maju|jadi|mulya|mulyo|rejo|harjo|anyar|makmur|wangi|jaya|sari))"
)

_COMPASS = frozenset("Utara Selatan Barat Timur Tengah Raya Baru Lama Hilir Hulu".split())


# A regency's or city's acronym after its office ("Bupati OKI", "Wali Kota PGA"): capitals
# only, two to four, no rank ("AKBP") and no title.
_TERRITORY_ACRONYM = re.compile(r"[A-Z]{2,4}")


def _territory_acronym(word: str) -> bool:
    """Whether ``word`` after a territorial office reads as its territory's acronym.

    >>> _territory_acronym("OKI"), _territory_acronym("AKBP"), _territory_acronym("Budi")
    (True, False, False)
    """
    return bool(_TERRITORY_ACRONYM.fullmatch(word)) and word.casefold() not in TITLE_WORDS


def _jurisdiction_end(text: str, start: int, end: int) -> int | None:
    """End of the territory a person span opens with after a territorial office, or
    ``None``: the tagger reads "Kades Tanjungsari Suparman" as one person.

    The territory is the longest run of leading words that is a gazetteer place
    ("Kabupaten Bogor", "Papua Tengah"), or a word of a village's shape
    (:data:`_PLACE_SHAPE`) with a compass word or the capitalised word after "Kampung"
    ("Kampung Melayu"); a name of one word or more must remain after it.

    >>> t = "Kata Camat Cilandak Abdul Rahman."
    >>> t[11:_jurisdiction_end(t, 11, 32)]
    'Cilandak'
    >>> _jurisdiction_end("Kata Camat Abdul Rahman.", 11, 23) is None
    True
    """
    office = _TERRITORIAL_OFFICE.search(text, max(0, start - 60), start)
    if office is None:
        return None
    words = list(_NAME_WORD.finditer(text, start, end))
    gazetteer = load_gazetteer()
    lead = office.group("lead")
    for k in range(len(words) - 1, 0, -1):  # longest place first, a name left after it
        place = gazetteer.lookup(text[start : words[k - 1].end()])
        if not lead and place is not None and place.type == "LOC":
            return words[k - 1].end()
        if _territory_named_apart(text, lead + text[start : words[k - 1].end()], office, end):
            return words[k - 1].end()
    for k in (1, 2):  # "Kapolsek Rogojampi AKP Nyoman ...": a rank after the territory
        if k + 1 < len(words) and not lead and _LEADING_TITLE.match(text[words[k].start() : end]):
            return words[k - 1].end()
    for k in (1, 2, 3):  # "Camat <Two Words> Aji <Given> <Surname>": a title of nobility
        if k + 1 < len(words) and not lead and words[k].group().casefold() in NOBILITY_TITLES:
            return words[k - 1].end()
    if lead:
        return None
    if len(words) > 2 and _territory_acronym(words[0].group()):
        return words[0].end()  # "Bupati OKI <Given> <Surname>": the regency's acronym
    if len(words) < 2 or not _PLACE_SHAPE.fullmatch(words[0].group()):
        return None
    taken = 1
    if words[0].group() in {"Kampung", "Desa", "Kelurahan", "Kecamatan"} or (
        len(words) > 2 and words[1].group() in _COMPASS
    ):
        taken = 2
    return words[taken - 1].end() if taken < len(words) else None


#: Portfolios named after "Menteri" that are not nouns of the "Ke-/Pe-...-an" shape.
PORTFOLIOS = frozenset(
    """Agraria Koperasi Agama Sosial Hukum Unifikasi Investasi Energi Pariwisata BUMN PUPR
    Desa Transmigrasi Ekonomi Riset Teknologi Digital Informatika Kebudayaan""".split()
)

PORTFOLIO_SHAPE = re.compile(r"(?:Ke|Pe[rnm]?)[a-z]{3,}an")

_MINISTER_BEFORE = re.compile(r"(?<![\w.])Menteri(?:[ \t]+(?:Koordinator|Negara))?[ \t]+$")


def _past_portfolio(text: str, start: int, end: int) -> int:
    """``start`` moved past the portfolio a person span opens with after "Menteri"
    ("Menteri Agraria| Yusuf Hadi Santoso"): the tagger took the ministry's field for
    the minister's first name. Two name words must remain.

    >>> t = "Menteri Agraria Yusuf Hadi Santoso hadir."
    >>> t[_past_portfolio(t, 8, 34):34]
    'Yusuf Hadi Santoso'
    """
    if not _MINISTER_BEFORE.search(text, max(0, start - 30), start):
        return start
    words = list(_NAME_WORD.finditer(text, start, end))
    k = 0
    while k < len(words) - 2 and (
        words[k].group() in PORTFOLIOS or PORTFOLIO_SHAPE.fullmatch(words[k].group())
    ):
        k += 1
    return words[k].start() if k else start


# Malay honorifics of state ("Datuk Seri", "Tan Sri") between an office's portfolio or
# country and the holder's name: the tagger runs the three into one organisation.
_MALAY_HONORIFIC = re.compile(
    r"(?:Datuk|Dato'?|Tan|Puan)\s+(?:Seri|Sri)\s+|(?:Datuk|Dato'?|Tun)\s+"
)
_OFFICE_BEFORE = re.compile(
    r"(?<![\w.])(?:Menteri|Perdana\s+Menteri|Ketua|Duta\s+Besar|Wakil)[ \t]+$"
)


def _holder_after_honorific(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(start of the honorific, start of the name)`` where a non-person span right
    after an office runs "<portfolio or body> <honorific> <Name>" ("Menteri |Perdagangan
    Brunei Datuk Seri Rahim Osman|"): one to four capitalised words after the honorific,
    no organisation's head among them. Else ``None``.

    >>> t = "Menteri Perdagangan Brunei Datuk Seri Rahim Osman hadir."
    >>> a, b = _holder_after_honorific(t, 8, 49)
    >>> t[8:a], t[b:49]
    ('Perdagangan Brunei ', 'Rahim Osman')
    """
    if not _OFFICE_BEFORE.search(text, max(0, start - 30), start):
        return None
    for word in _NAME_WORD.finditer(text, start, end):
        if word.start() == start:
            continue
        title = _MALAY_HONORIFIC.match(text, word.start(), end)
        if title is None:
            continue
        rest = text[title.end() : end].split()
        if 1 <= len(rest) <= 4 and all(w[:1].isupper() and not is_org_head(w) for w in rest):
            return word.start(), title.end()
        return None
    return None


def _holder_after_office_place(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(end of the place, start of the name)`` when a place or organisation span after a
    territorial office is "<place> <name>" ("Bupati Sumbawa Darmansyah", tagged one
    place): the place one the gazetteer knows, the whole span not a place, the rest
    capitalised and not a compass word, and no capitalised word right after the span
    (there the span is all place and the name follows). Else ``None``.

    >>> t = "Bupati Sumbawa Sutarjo hadir."
    >>> a, b = _holder_after_office_place(t, 7, 22)
    >>> t[7:a], t[b:22]
    ('Sumbawa', 'Sutarjo')
    >>> t = "Bupati Lombok Timur Rudi Hartono hadir."
    >>> a, b = _holder_after_office_place(t, 7, 24)
    >>> t[7:a], t[b:24]
    ('Lombok Timur', 'Rudi')
    """
    gazetteer = load_gazetteer()
    if gazetteer.lookup(text[start:end]) is not None:
        return None
    place_end = _jurisdiction_end(text, start, end)
    if place_end is None:
        return None
    if _NAME_GOES_ON_WORD.match(text, end) and not _closed_by_compass(text, start, place_end):
        return None  # "Camat Medan Tuntungan| Hasan ...": the name comes after the span
    if gazetteer.lookup(text[start:place_end]) is None and not _territory_acronym(
        text[start:place_end]
    ):
        return None
    name = _CAP_WORD.search(text, place_end, end)
    if name is None or name.group() in _COMPASS or text[place_end : name.start()].strip():
        return None
    return place_end, name.start()


def _closed_by_compass(text: str, start: int, end: int) -> bool:
    """Whether the place ``text[start:end]`` ends with a compass word ("Bandung Barat",
    "Lombok Timur"): a compass word closes a regency's name, so a capitalised word after
    it opens the holder's name, even where the name goes on past the span.

    >>> _closed_by_compass("Bupati Lombok Timur", 7, 19), _closed_by_compass("Medan", 0, 5)
    (True, False)
    """
    words = text[start:end].split()
    return len(words) > 1 and words[-1] in _COMPASS


# Short names of regional units of the prosecution, the police, the army and local
# government, written before the unit's place: "Kejari Klaten", "Polres Garut",
# "Pemkab Sleman".
_REGIONAL_UNIT = frozenset(
    """Kejari Kejati Polres Polresta Polrestabes Polsek Polda Kodim Koramil Korem Pemkab
    Pemkot Pemprov Lapas Rutan Dinkes Disdik""".split()
)


def _regional_unit_end(text: str, start: int, end: int) -> int | None:
    """End of "<regional unit> <place>" opening a span that a name ends ("Kejari
    Klaten Hendro Saputro": the tagger reads the prosecutor's office as part of the
    man; a body's acronym after an office likewise, :func:`_titled_body_acronym`), or
    ``None``; the place must be one the gazetteer knows (not with the acronym: "DKI
    Jakarta") and a name must remain.

    >>> t = "jaksa Kejari Klaten Hendro Saputro menuntut"
    >>> t[6:_regional_unit_end(t, 6, 34)]
    'Kejari Klaten'
    """
    words = list(_NAME_WORD.finditer(text, start, end))
    if len(words) < 3 or not (
        words[0].group() in _REGIONAL_UNIT or _titled_body_acronym(text, start, words[0].group())
    ):
        return None
    gazetteer = load_gazetteer()
    for k in range(min(len(words) - 1, 3), 1, -1):  # the longest place, a name left after it
        place = gazetteer.lookup(text[words[1].start() : words[k - 1].end()])
        whole = gazetteer.lookup(text[start : words[k - 1].end()])  # "DKI Jakarta": a place
        if place is not None and place.type == "LOC" and whole is None:
            return words[k - 1].end()
    return None


def _titled_body_acronym(text: str, start: int, word: str) -> bool:
    """Whether ``word`` opening a span at ``start`` is a body's acronym after an office
    ("Kepala Pelaksana BPBD <Regency> <Name>", "Ketua KPU <City> <Name>"): capitals only,
    three to five, no title, rank or place of its own, and an office right before it.

    >>> t = "Kepala Pelaksana BPBD Garut Dadang Hermawan hadir."
    >>> _titled_body_acronym(t, 17, "BPBD"), _titled_body_acronym(t, 0, "Kepala")
    (True, False)
    """
    return (
        len(word) >= 3
        and bool(_ACRONYM_WORD.fullmatch(word))
        and word.casefold() not in TITLE_WORDS
        and load_gazetteer().lookup(word) is None
        and _TITLE_BEFORE.search(text, max(0, start - 40), start) is not None
    )


def _territory_named_apart(text: str, words: str, office: re.Match[str], end: int) -> bool:
    """Whether the article names ``words`` as a territory after its head noun ("Desa
    Tembok", "Kecamatan Rogojampi") outside the ``office`` phrase itself (which runs to
    ``end``): then "<office> Tembok Putu Wirata" opens with the territory, not with a
    first name."""
    for start, after in _territory_heads(text):
        stop = after + len(words)
        if not text.startswith(words, after) or _NAME_GOES_ON.match(text, stop):
            continue
        if stop <= office.start() or start >= end:
            return True
    return False


_TERRITORY_HEAD_RE = re.compile(rf"(?<![\w.]){_TERRITORY_HEAD}\s+")

_NAME_GOES_ON = re.compile(r"[\w-]")


@functools.lru_cache(maxsize=4)
def _territory_heads(text: str) -> tuple[tuple[int, int], ...]:
    """Where each territory head of ``text`` starts and where the name after it starts,
    found once per text: scanning the text for every office phrase made the stage
    quadratic in the article's length."""
    return tuple((m.start(), m.end()) for m in _TERRITORY_HEAD_RE.finditer(text))


# A lower-case word with a verb's prefix ("mencela", "menolak", "berjanji", "ditahan"):
# a name never holds one, so a span that runs into it has swallowed the sentence's verb
# ("Kementerian Luar Negeri Jepang mencela Malaysia"). Connectors ("dan", "untuk") and
# other lower-case words inside real names ("Kelautan dan Perikanan") do not match.
_VERB_WORD = re.compile(r"(?<![\w-])(?:me|be|di|te)[a-z]{4,}(?![\w-])")

# Prepositions of that shape, which do sit inside names ("Undang-Undang tentang ...").
_NOT_VERBS = frozenset({"tentang", "terhadap", "bersama", "beserta", "terkait", "tertentu"})


def _before_verb(text: str, start: int, end: int) -> int:
    """End of a name span cut before its first verb-shaped lower-case word, capitalised
    words after it dropped (they are the verb's object, found on their own).

    >>> t = "Kementerian Luar Negeri Jepang mencela Malaysia."
    >>> t[:_before_verb(t, 0, 46)]
    'Kementerian Luar Negeri Jepang'
    """
    verb = next(
        (v for v in _VERB_WORD.finditer(text, start, end) if v.group() not in _NOT_VERBS), None
    )
    if verb is None:
        return end
    cut = verb.start()
    while cut > start and text[cut - 1].isspace():
        cut -= 1
    return cut


_OFFICE_BEFORE_PLACE = re.compile(rf"(?<![\w.]){_OFFICES_OVER_TERRITORY}[ \t]+$")

_WALI_BEFORE_KOTA = re.compile(r"(?<![\w.])Wali[ \t]+$")

_HOLDER_WORD = re.compile(r"[ \t]+([A-Z][\w'’-]*)")
# The corps or status written after a rank, before the name ("Irjen Pol", "Kombes Pol.",
# "Laksda TNI", "Kolonel (Purn)"): the rank's, not the holder's first name.
_RANK_CORPS = re.compile(r"[ \t]+(?:Pol|Polisi|TNI|\(Purn\.?\))\.?(?=[ \t])")


def _holders_after_territory(text: str, spans: list[Span]) -> None:
    """Make the name right after "<office> <place>" the office holder, a person ("Wali
    Kota Banjar Baru Aditya Mufti Ariffin", "Bupati Tanah Datar Eka Putra"), in place.

    The place is a gazetteer place after a territorial office (:data:`_OFFICES_OVER_TERRITORY`;
    the gazetteer may have taken the "Kota" of "Wali Kota" in); the holder is the run of
    one to four capitalised words after it that are no title, stop word, place or
    organisation head, ended by a lower-case word or punctuation. The tagger's spans
    inside the run (a name cut short, a surname taken for a place, the holder typed an
    organisation) give way to it; a span running past it leaves it alone."""
    gazetteer = load_gazetteer()
    # Edits are kept aside and the list rebuilt once: a scan, a removal and an insertion
    # in the list per holder made the stage quadratic in the article's length.
    by_start = ByStart(spans)
    removed: set[int] = set()
    holders: dict[int, Span] = {}  # id of the place -> its holder, listed right after it
    for place in [s for s in spans if s.place is not None and s.type == "LOC" and not s.nested]:
        before = text[max(0, place.start - 40) : place.start]
        kota = text.startswith("Kota", place.start) and _WALI_BEFORE_KOTA.search(before)
        if not (kota or _OFFICE_BEFORE_PLACE.search(before)):
            continue
        words: list[re.Match[str]] = []
        pos = place.end
        while (rank := _HOLDER_WORD.match(text, pos)) is not None and (
            rank.group(1).casefold() in TITLE_WORDS
        ):
            pos = rank.end()  # "Kapolres Garut AKBP Fajar ...": the rank is the title's
            if (corps := _RANK_CORPS.match(text, pos)) is not None:
                pos = corps.end()  # "Irjen Pol <Name>", "Kolonel (Purn) <Name>": the rank's
        while len(words) < 4 and (w := _HOLDER_WORD.match(text, pos)) is not None:
            word = w.group(1)
            if (
                word.casefold() in TITLE_WORDS
                or word.casefold() in NAME_STOP_WORDS
                or is_org_head(word)
                or gazetteer.lookup(word) is not None
            ):
                break
            words.append(w)
            pos = w.end()
        if not words or (pos < len(text) and text[pos].isalnum()):
            continue
        start, end = words[0].start(1), pos
        if _CAP_WORD.match(text, end + 1) and text[end : end + 1] == " ":
            continue  # a fifth capitalised word: not a name of this shape
        inside = [
            s
            for s in by_start.overlapping(start, end)
            if start <= s.start < end or start < s.end <= end
        ]
        if any(s.start < start or s.end > end or s.place is not None for s in inside):
            continue
        for s in inside:
            by_start.remove(s)
            removed.add(id(s))
        holders[id(place)] = Span(start, end, "PER")
        by_start.add(holders[id(place)])
    if holders:
        kept = [s for s in spans if id(s) not in removed]
        spans[:] = [x for s in kept for x in (s, holders.get(id(s))) if x is not None]
        spans[:] = [s for s in spans if id(s) not in removed]


def given_name_after_acronym(text: str, acronym: int, end: int) -> int | None:
    """Where the acronym ends in an organisation span "<ACR> <Given>" (``acronym`` to
    ``end``) that the tagger cut from the rest of the person's name after it, or
    ``None``: after a title ("Kepala <ACR> <Given>| <Middle> <Surname>"), the acronym no
    place or organisation head (nor the territory of an office over one: "Bupati <ACR>"),
    the one word after it a capitalised name word (not
    capitals only, no organisation head, place, or place head).

    >>> t = "Kepala BKKBN Ratna Dewi Kusumawati menjelaskan."
    >>> t[7:given_name_after_acronym(t, 7, 18)]
    'BKKBN'
    >>> given_name_after_acronym("Kepala BPBD Garut Dadang Hermawan", 7, 17) is None
    True
    >>> given_name_after_acronym("Bupati HSU Ratna Dewi", 7, 16) is None
    True
    """
    words = text[acronym:end].split()
    if len(words) != 2 or not _ACRONYM_WORD.fullmatch(words[0]):
        return None
    first, given = words
    gazetteer = load_gazetteer()
    if (
        is_org_head(first)
        or first in _COMPANY_FIRST
        or gazetteer.lookup(first) is not None
        or given.isupper()
        or not given[0].isupper()
        or is_org_head(given)
        or given in _PLACE_HEADS
        or given.casefold() in TITLE_WORDS
        or gazetteer.lookup(given) is not None
    ):
        return None
    before = text[max(0, acronym - 40) : acronym]
    if _TITLE_BEFORE.search(before) is None and _CLERGY_BEFORE.search(before) is None:
        return None
    if _OFFICE_BEFORE_PLACE.search(before) is not None:
        return None  # "Bupati <ACR> <Name>": the acronym is the regency's ("Bupati HST")
    return acronym + len(first)


# The head noun of the territory each office is held over, to name the territory as the
# article does elsewhere ("Camat <Name>" is held over "Kecamatan <Name>").
_OFFICE_TERRITORY_HEADS = {
    "camat": "Kecamatan", "lurah": "Kelurahan", "kades": "Desa", "kepala desa": "Desa",
    "kepala kelurahan": "Kelurahan", "kepala kampung": "Kampung", "kepala dusun": "Dusun",
    "kadus": "Dusun", "bupati": "Kabupaten", "walikota": "Kota", "wali kota": "Kota",
    "perbekel": "Desa", "keuchik": "Gampong", "geuchik": "Gampong", "kepala gampong": "Gampong",
    "wali nagari": "Nagari", "kuwu": "Desa", "hukum tua": "Desa", "peratin": "Pekon",
    "kepala pekon": "Pekon", "kepala jorong": "Jorong", "panewu": "Kapanewon",
    "ondoafi": "Kampung", "ondofolo": "Kampung",
}
_OFFICE_OPENING = re.compile(rf"(?P<office>{_OFFICES_OVER_TERRITORY})[ \t]+(?=[A-Z])")
_OFFICE_RIGHT_BEFORE = re.compile(rf"(?<![\w.])(?P<office>{_OFFICES_OVER_TERRITORY})[ \t]+$")
_COMMA_BETWEEN = re.compile(r"[ \t]*,[ \t]*")


def territories_before_holders(text: str, spans: Sequence[Span]) -> None:
    """Retype, in place, a person span "<office> <Words>" followed by a comma and a
    person of two words or more ("Camat <Place>, <Given> <Surname>, menyebut ..."): the
    words are the territory the office is held over, its holder the person in apposition
    (the tagger reads "Camat <Place>" as a titled man). The span becomes that place, named
    "<head> <Words>" where the article writes it so ("Kecamatan <Place>").

    >>> t = "Banjir di Kecamatan Lorok. Camat Lorok, Siti Aminah, menyebut warga mengungsi."
    >>> s = [Span(10, 25, "LOC"), Span(27, 38, "PER"), Span(40, 51, "PER")]
    >>> territories_before_holders(t, s)
    >>> [(t[x.start : x.end], x.type, x.entity) for x in s]
    [('Kecamatan Lorok', 'LOC', None), ('Lorok', 'LOC', 'Kecamatan Lorok'), \
('Siti Aminah', 'PER', None)]
    """
    for s, after in itertools.pairwise(spans):
        if s.type != "PER" or after.type != "PER" or len(text[after.start : after.end].split()) < 2:
            continue
        comma = _COMMA_BETWEEN.fullmatch(text, s.end, after.start)
        if comma is None or "," not in text[s.end : after.start]:
            continue
        office = _OFFICE_OPENING.match(text, s.start, s.end)
        start = office.end() if office else s.start
        office = office or _OFFICE_RIGHT_BEFORE.search(text, max(0, s.start - 20), s.start)
        words = text[start : s.end].split()
        if office is None or not 1 <= len(words) <= 3:
            continue
        s.start, s.type, s.place = start, "LOC", None
        head = _OFFICE_TERRITORY_HEADS.get(" ".join(office.group("office").casefold().split()))
        named = f"{head} {' '.join(words)}"
        if head is not None and re.search(rf"(?<![\w-]){re.escape(named)}(?![\w-])", text):
            s.entity = named
