"""Name forms shared by alias resolution in one article and across the corpus.

Pure helpers for :mod:`warta.nlp.entities.aliases` and :mod:`warta.nlp.entities.crossdoc`:

* :func:`name_key` - the spelling-insensitive key that groups variants of a name.
* :func:`spelling_key` - a looser key that also folds accents and transliteration
  variants of Russian and Ukrainian names (-ey/-ei, -oy/-oi, -y/-yy/-iy, x/ks).
* :func:`preferred` - the canonical spelling among variants (house style "Moon Jae-in").
* :func:`short_forms` - the one-word forms ("Widodo", "Joko") a full name is cited by.
* :func:`pick` - the full name a one-word form denotes: the only candidate, or one at
  least ``_DOMINANCE`` times as frequent as the runner-up; otherwise ``None``.
* :func:`sub_names` - shorter names that are whole words of exactly one longer name
  ("Bambang Adi" and "Adi Wicaksono" of "Bambang Adi Wicaksono").
* :func:`korean_name_at` - a romanised Korean name in three words ("Kang Mi Ja").
* :func:`nickname_of` - the full name a blended nickname stands for ("Jokowi").
* :func:`org_base`, :func:`abbreviates` - an institution without "RI", and whether a
  word abbreviates a longer name by syllables ("Kemlu", "Bulog").
* :func:`role_key` - ``(title, country)`` for a title and a gazetteer country
  ("Presiden", "Prancis" -> ``("presiden", "France")``), or ``None``.
* ``TITLES`` and the regex piece ``TITLE_HEAD`` - titles written before a name;
  ``ORG_HEADS`` - first words of organisation names (lower-case); both from
  :mod:`warta.lexicon.indonesian`.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from importlib import resources

from warta import settings
from warta.lexicon.alternation import alternation
from warta.lexicon.indonesian import ORGANISATION_HEADS, PERSON_TITLES
from warta.nlp.entities.gazetteer import load_gazetteer

__all__ = [
    "DECLARED_TEKNONYM_HEADS",
    "HEAD_TITLES",
    "NOBILITY_TITLES",
    "ORG_HEADS",
    "TEKNONYM_HEADS",
    "TITLES",
    "TITLE_HEAD",
    "abbreviates",
    "by_last_word",
    "initialled",
    "is_korean_syllable",
    "is_org_head",
    "korean_name_at",
    "name_key",
    "nickname_of",
    "org_base",
    "own_words",
    "pick",
    "plain_name",
    "preferred",
    "respelt",
    "role_key",
    "short_forms",
    "spelling_key",
    "spelling_variants",
    "sub_names",
]

# A short form that fits several full names goes to the most frequent one only when it
# is at least this many times as frequent as the runner-up; with two names of similar
# weight the short form stays unresolved. Calibration: warta.settings.
_DOMINANCE = settings.value("entities.short_form_dominance")

# Titles before a name (warta.lexicon), longest first so "Menteri Luar Negeri" beats
# "Menteri". "Ning" (a kiai's daughter), a Catholic priest's "Romo" and "Pater", and the
# other titles of the churches' clergy and religious (a nun's "Suster", a lay brother's
# "Bruder", a seminarian's "Frater", a Protestant minister's "Pendeta") are titles for
# entities only: the quote layer strips them from speakers itself, and reads the
# lexicon's titles its own way. So are the other spellings of "Ustaz" (a Muslim teacher)
# and its feminine, and a Papuan customary chief's "Ondoafi", "Ondofolo" (see
# warta.nlp.entities.offices).
#: Titles the entity layer strips beyond the shared lexicon's.
ENTITY_ONLY_TITLES = frozenset(
    {"Ning", "Romo", "Pater", "Suster", "Bruder", "Frater", "Pendeta"}
    | {"Ustadz", "Ustazah", "Ustadzah"}
    | {"Ondoafi", "Ondofolo"}
)
TITLES = sorted((*PERSON_TITLES, *ENTITY_ONLY_TITLES), key=len, reverse=True)
# Grouped by first letter: the same matches, but a pattern opening on a title tries one
# letter's titles at each word instead of all of them (warta.lexicon.alternation).
_TITLE_ALT = alternation(TITLES)
# A police or military rank may carry its corps: "Kombes Pol", "Irjen Polisi".
TITLE_HEAD = (
    rf"(?:(?i:mantan|eks|wakil|pertama)\s+)*(?i:{_TITLE_ALT})(?:\s+(?:Pol|Polisi|TNI)\b\.?)?"
)
#: Head nouns that open an organisation's name, lower-case (see :func:`is_org_head`).
ORG_HEADS = ORGANISATION_HEADS


def is_org_head(word: str) -> bool:
    """Whether a capitalised ``word`` opens organisation names ("Badan", "PT").

    >>> is_org_head("Universitas"), is_org_head("PT"), is_org_head("badan")
    (True, True, False)
    """
    return word[:1].isupper() and word.casefold() in ORG_HEADS


def name_key(name: str) -> tuple[str, ...]:
    """The spelling-insensitive key of a name: case-folded words, hyphens as spaces.

    An initial's period is dropped, so "Rina K. Halimah" keys like "Rina K Halimah".

    >>> name_key("Moon-Jae-in") == name_key("Moon Jae In") == name_key("Moon Jae-in")
    True
    >>> name_key("Rudi T. Situmorang")
    ('rudi', 't', 'situmorang')
    >>> name_key("Tb. Rudi Hasan") == name_key("Tubagus Rudi Hasan")
    True
    """
    if '"' in name or "“" in name:
        name = plain_name(name)
    return tuple(
        w[0] if len(w) == 2 and w[1] == "." else _SHORT_NAME_PARTS.get(w, w)
        for w in re.split(r"[\s\-‐‑]+", name.casefold())
        if w
    )


# Name parts written shortened with a full stop key as written out: "Tb. <Name>" is
# "Tubagus <Name>", "Abd. <Name>" "Abdul <Name>" (see warta.nlp.entities.shorttitles).
# A Minangkabau chief's customary title, "Datuk", is written "Dt." after his given name
# and "Datuak" in Minang spelling when the title and its name stand alone for him
# ("<Given> Dt. <Title name>", then "Datuak <Title name>"): all key as "datuk". So the
# Makassarese "Daeng" title name, written "Dg." inside the full name ("<Given> Dg.
# <Daeng name>") and spelt out when it stands alone for him ("Daeng <Daeng name>").
_SHORT_NAME_PARTS = {
    "tb.": "tubagus", "abd.": "abdul", "kms.": "kemas", "kgs.": "kiagus", "mgs.": "masagus",
    "rd.": "raden", "tgk.": "tengku", "dt.": "datuk", "datuak": "datuk", "dg.": "daeng",
}


_QUOTED_WORDS = re.compile(r"\s*[\"“][^\"“”]{1,30}[\"”]\s*")


def plain_name(surface: str) -> str:
    """A name as written with a nickname in quotes inside it left out.

    >>> plain_name('Rahmat "Cak Mat"  Hidayat Lubis')
    'Rahmat Hidayat Lubis'
    """
    return " ".join(_QUOTED_WORDS.sub(" ", surface).split())


# Transliteration variants of one Cyrillic name, folded at the end of each word:
# Sergey/Sergei, Tolstoy/Tolstoi, Yevgeny/Yevgeniy/Yevgeni, Zelensky/Zelenskyy/Zelenskiy,
# Yurii/Yuriy/Yuri; and x/ks inside (Alexei/Aleksei).
_FINAL_Y = re.compile(r"(?:yy|iy|ij|ii|y)$")


def _fold_word(word: str) -> str:
    word = word.replace("x", "ks")
    return _FINAL_Y.sub("i", word) if len(word) > 3 else word


@functools.lru_cache(maxsize=8192)  # the same names recur in every article of a build
def spelling_key(name: str) -> str:
    """:func:`name_key` words without accents and with transliteration variants folded.

    >>> spelling_key("Zelenskyy") == spelling_key("Zelensky") == spelling_key("ZELENSKIY")
    True
    >>> spelling_key("Aleksandr Dugin") == spelling_key("Alexandr Dugin")
    True
    """
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    words = re.split(r"[\s\-‐‑.'’]+", plain.casefold())
    return " ".join(_fold_word(w) for w in words if w)


def _style(form: str) -> int:
    # "Moon Jae-in" (space and hyphen) is the house style, then "Moon Jae In".
    return 2 if " " in form and "-" in form else 1 if " " in form else 0


def preferred(forms: Counter[str]) -> str:
    """The canonical spelling among variants: house style, not in capitals ("ANDREA
    DOVIZIOSO" in a results table), then frequency, then A-Z."""
    return min(forms, key=lambda f: (-_style(f), f.isupper(), _shortened(f), -forms[f], f))


def _shortened(form: str) -> bool:
    """Whether ``form`` writes a name part shortened ("Tb. <Name>"): the written-out
    spelling names the person."""
    return any(w.casefold() in _SHORT_NAME_PARTS for w in form.split())


#: The name a woman known by her husband's name is given ("Nyonya <Husband>"; see
#: :func:`warta.nlp.entities.callnames._wives_by_husband`).
WIFE_TITLES = frozenset({"Nyonya"})

#: Heads of Batak teknonyms: a grandparent is called "Ompu" (written "Op.") and a parent
#: "Nai" (mother of) or "Amani" (father of) + the name of a grandchild or child.
TEKNONYM_HEADS = frozenset({"Op.", "Ompu", "Nai", "Amani"})
#: Sasak teknonyms: "Amaq" (father of), "Inaq" (mother of), "Papuq" (grandparent of) +
#: the child's name. Kept apart from :data:`TEKNONYM_HEADS`: "Inaq" is also how a wife is
#: addressed by her husband's name, so the word after it still counts as a short form.
_SASAK_TEKNONYM_HEADS = frozenset({"Amaq", "Inaq", "Papuq"})
_TEKNONYM_HEADS_FOLDED = frozenset(
    head.casefold() for head in TEKNONYM_HEADS | _SASAK_TEKNONYM_HEADS
)
#: Nias teknonyms: "Ama" (father of) and "Ina" (mother of) + the name of a child. "Ina" is
#: also a woman's given name in Java and Sumatra, so these make no name a teknonym by
#: themselves: they are read only where the article declares one a person's other name.
_NIAS_TEKNONYM_HEADS = frozenset({"Ama", "Ina"})
#: Every teknonym head an article may declare as a person's other name ("<Name> (49),
#: atau Ina <Child>,"; "<Name>, atau Amaq <Child>"): the word after "atau" then opens a
#: second name of the person, not a second person.
DECLARED_TEKNONYM_HEADS = TEKNONYM_HEADS | _SASAK_TEKNONYM_HEADS | _NIAS_TEKNONYM_HEADS


def is_teknonym(words: Sequence[str]) -> bool:
    """Whether the name of ``words`` (as written or its key) is a teknonym: its words
    after the head name the child, another person, never the bearer.

    >>> is_teknonym(("amaq", "widia")), is_teknonym("Ahmad Widia".split())
    (True, False)
    """
    return len(words) > 1 and words[0].casefold() in _TEKNONYM_HEADS_FOLDED


def short_forms(form: str) -> set[str]:
    """First and last word of a full name, case-folded; not a Korean given name. A title
    of nobility opening the name is no short form: the word after it is ("Lalu Hamzan
    Sapardi" is cited "Hamzan", never "Lalu").

    >>> sorted(short_forms("Lalu Hamzan Sapardi"))
    ['hamzan', 'sapardi']

    A woman named by her husband's name ("Nyonya Sarman") has none: "Sarman" is him.

    >>> short_forms("Nyonya Sarman")
    set()

    Nor has a teknonym ("Amani Lestari", father of Lestari): the word after its head is
    the child, another person the article may name alone.

    >>> short_forms("Amani Lestari")
    set()

    A Batak woman's clan after "br." (boru) is none either: she is cited "Boru <Clan>" or
    by her given name, and the bare clan is a man of it.

    >>> sorted(short_forms("Rina Sari br. Nainggolan"))
    ['rina']

    Nor is the father's name after "bin"/"binti" (son, daughter of): that word is
    another man, whom the article may name and quote on his own.

    >>> sorted(short_forms("Hasan bin Umar"))
    ['hasan']
    """
    words = form.split()
    if words[0] in WIFE_TITLES or words[0] in TEKNONYM_HEADS:
        return set()
    first = 1 if len(words) > 1 and words[0].casefold() in HEAD_TITLES else 0
    out = {words[first].casefold()}
    clan = len(words) > 2 and words[-2].casefold() in _CLAN_MARKERS
    fathers = len(words) > 2 and any(w in _PATRONYMIC_MARKERS for w in words[1:-1])
    if not clan and not fathers and not re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[-1]):
        out.add(words[-1].casefold())
    return out


def own_words(key: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a name key (:func:`name_key`) that name its bearer: all of them but
    the father's name after "bin"/"binti", which names another man (a bare "<Father>" in
    the article is him, not his son).

    >>> own_words(("hasan", "bin", "umar")), own_words(("joko", "widodo"))
    (('hasan',), ('joko', 'widodo'))
    """
    for i, word in enumerate(key[1:], 1):
        if word in _PATRONYMIC_MARKERS:
            return key[:i]
    return key


# The word before a Batak woman's clan name: "br." or "boru" (daughter of the clan).
_CLAN_MARKERS = frozenset({"br.", "br", "boru"})
# The lower-case words before a father's name in a Malay or Arabic name ("<Given> bin
# <Father>"): what follows them names the father, or his family.
_PATRONYMIC_MARKERS = frozenset({"bin", "binti", "ibn", "bint"})


def dominant(counts: Mapping[str, int]) -> str | None:
    """The only name of ``counts``, or the one at least as many times as frequent as the
    runner-up as a short form needs (``entities.short_form_dominance``); else None.

    >>> dominant({"Bank Central Asia": 41, "PT Bank Central Asia Tbk": 1})
    'Bank Central Asia'
    >>> dominant({"Partai A": 5, "Partai B": 3}) is None
    True
    """
    ranked = sorted(counts, key=lambda n: (-counts[n], n))
    return ranked[0] if _leads([counts[n] for n in ranked[:2]]) else None


def _leads(weights: Sequence[int]) -> bool:
    """Whether the first of ``weights`` (sorted, heaviest first) is the only one or
    dominates the runner-up."""
    return bool(weights) and (len(weights) == 1 or weights[0] >= _DOMINANCE * weights[1])


def pick(
    candidates: set[tuple[str, ...]],
    weight: Mapping[tuple[str, ...], int],
    canonical: Mapping[tuple[str, ...], str],
) -> str | None:
    """The full name a short form denotes: the only candidate, or a dominant one."""
    ranked = sorted(candidates, key=lambda k: (-weight[k], canonical[k]))
    return canonical[ranked[0]] if _leads([weight[k] for k in ranked[:2]]) else None


def role_key(title: str, place: str | None) -> tuple[str, str] | None:
    if not place:
        return None
    p = load_gazetteer().lookup(place)
    if p is None or (p.subtype != "GPE" and p.referent is None):
        return None
    return (" ".join(title.casefold().split()), p.referent or p.name)


def _runs(long: tuple[str, ...], gaps: bool, initials: bool = False) -> Iterable[tuple[str, ...]]:
    """The shorter names of two words or more a longer name is cited by: runs of
    consecutive words, and with ``gaps`` also words left out before the surname
    ("Hanif Sjahbandi", "Mikha Tambayong" of "Maudy Mikha Maria Tambayong"); with
    ``initials``, :func:`initialled` forms too."""
    for n in range(2, len(long)):
        for i in range(len(long) - n + 1):
            yield long[i : i + n]
    if initials:
        yield from initialled(long)
    if gaps and len(long) <= _MAX_GAPPED:
        for n in range(2, len(long)):
            for picked in itertools.combinations(long[:-1], n - 1):
                yield (*picked, long[-1])
        # One word cut to its initial: "Iwa K" of "Iwa Kusuma", "M Rivai Arvan".
        for i, word in enumerate(long):
            if len(word) > 1:
                yield (*long[:i], word[0], *long[i + 1 :])
        # A Bugis-Makassar title name closing the name ("Andi S. Basri Daeng Naba"):
        # the words before it are the personal name, cited alone ("Andi Basri").
        tail = next((i for i, w in enumerate(long) if i >= 2 and w in _TAIL_TITLES), None)
        if tail is not None:
            yield long[:tail]
            yield from _runs(long[:tail], gaps)
        # A title of nobility opening the name with one of its later words: "Lalu Hamzan"
        # of "Lalu Hamzan Sapardi", "Raden Hafiz" of "Raden Muhammad Hafiz Sasmita"; so
        # the Bugis "Andi" ("Andi Rahman" of "Andi Muhammad Rahman Patoppoi"), which is
        # also a given name and so stays a short form.
        if long[0] in HEAD_TITLES or long[0] in _GIVEN_NAME_TITLES:
            for word in long[2:]:
                if len(word) > 2:
                    yield (long[0], word)


#: Titles of nobility that are given names too: cited alone, they are the person.
_GIVEN_NAME_TITLES = frozenset({"andi"})

# Longer names are rare; past this many words the 2**n gapped forms are not worth it.
_MAX_GAPPED = 6
#: Title names that close a full name and are not part of the personal name before them.
_TAIL_TITLES = frozenset({"daeng"})
#: Titles of nobility that open a full name and stay with a given name cited alone.
HEAD_TITLES = frozenset(
    {"lalu", "baiq", "raden", "teuku", "cut", "tengku", "anak", "umbu", "rambu", "aji", "dayang"}
)
#: Titles of nobility that open a person's full name, where an office and its territory
#: may stand before ("Camat <Place> Aji <Name>"): Kutai "Aji" (men) and "Dayang" (women),
#: Bugis "Andi", Luwu "Opu", Banjar "Gusti", and :data:`HEAD_TITLES` but "Anak" and "Cut".
NOBILITY_TITLES = (HEAD_TITLES - {"anak", "cut"}) | frozenset({"andi", "opu", "gusti"})


def initialled(long: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """``long`` and each of its runs of three words or more with one word before the last
    cut to its initial: how another article cites the same person ("Budi S. Santoso" or
    "M. Rizal Fauzi" of "Budi Setiawan Santoso", "Muhammad Rizal Fauzi"). Three words at
    least, so two whole words still match; the surname is never cut.

    >>> sorted(initialled(("budi", "setiawan", "santoso")))
    [('b', 'setiawan', 'santoso'), ('budi', 's', 'santoso')]
    """
    for n in range(3, len(long) + 1):
        for start in range(len(long) - n + 1):
            run = long[start : start + n]
            for i, word in enumerate(run[:-1]):
                if len(word) > 1:
                    yield (*run[:i], word[0], *run[i + 1 :])


def sub_names(
    keys: Iterable[tuple[str, ...]], *, gaps: bool = False, initials: bool = False
) -> dict[tuple[str, ...], tuple[str, ...]]:
    """``{shorter key: longer key}`` for names (two words or more) that are consecutive
    whole words of exactly one longest name among ``keys``: a tagger that cuts "Bambang
    Adi Wicaksono" short, or a writer citing "Adi Wicaksono", names the same person.
    A part of two different longest names ("Bambang Adi" of "Bambang Adi Wicaksono" and
    "Bambang Adi Nugroho") maps nowhere.

    >>> up = sub_names([("bambang", "adi"), ("bambang", "adi", "wicaksono"), ("adi", "wicaksono")])
    >>> up[("bambang", "adi")] == up[("adi", "wicaksono")] == ("bambang", "adi", "wicaksono")
    True

    With ``gaps`` (one article, where two people rarely share a given name and a surname)
    a name that leaves out middle words but keeps the surname counts too, and so does
    the name with one word cut to its initial:

    >>> sub_names([("hanif", "sjahbandi"), ("hanif", "abdurrauf", "sjahbandi")], gaps=True)
    {('hanif', 'sjahbandi'): ('hanif', 'abdurrauf', 'sjahbandi')}
    >>> sub_names([("iwa", "k"), ("iwa", "kusuma")], gaps=True)
    {('iwa', 'k'): ('iwa', 'kusuma')}

    With ``initials`` (across articles), a name of three words or more with one word
    before the surname cut to its initial counts too (:func:`initialled`):

    >>> sub_names([("budi", "s", "santoso"), ("budi", "setiawan", "santoso")], initials=True)
    {('budi', 's', 'santoso'): ('budi', 'setiawan', 'santoso')}

    With ``gaps`` too, a shorter name spelling out a word the longer one writes as its
    initial ("Teuku Rahmat" of "T. Rahmat Saputra"): :func:`_spelt_initial_of`.
    """
    keys = sorted(set(keys), key=lambda k: (len(k), k))
    # Every run of two words or more inside a longer name, indexed once: linear in the
    # number of names (a name has a handful of words), where comparing pairs is quadratic.
    containers: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for long in keys:
        for run in _runs(long, gaps, initials):
            containers.setdefault(run, set()).add(long)
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key in keys:
        longer = containers.get(key, set()) if len(key) >= 2 else set()
        longest = {k for k in longer if not (containers.get(k, set()) & longer)}
        if len(longest) == 1:
            out[key] = next(iter(longest))
        elif gaps and not longer and len(key) >= 2:
            spelt = _spelt_initial_of(key, containers)
            if spelt is not None:
                out[key] = spelt
    return out


def _spelt_initial_of(
    key: tuple[str, ...], containers: Mapping[tuple[str, ...], set[tuple[str, ...]]]
) -> tuple[str, ...] | None:
    """The one longer name ``key`` is a part of once one of its words is cut to the
    initial the longer name writes in its place, or ``None``.

    A name's first or middle word is often printed as an initial in the byline of a
    title or office ("T. <Given> <Surname>" for "Teuku", "M." for "Muhammad") and spelt
    out when the article cites the person again ("Teuku <Given>"). The longer name must
    hold the initial itself and not the spelt-out word: "Tono <Given>" is no initial.

    >>> runs = {("t", "rahmat"): {("t", "rahmat", "saputra")}}
    >>> _spelt_initial_of(("teuku", "rahmat"), runs)
    ('t', 'rahmat', 'saputra')
    """
    found: set[tuple[str, ...]] = set()
    for i, word in enumerate(key):
        if len(word) < 2:
            continue
        cut = (*key[:i], word[0], *key[i + 1 :])
        found |= {
            long for long in containers.get(cut, ()) if word[0] in long and word not in long
        }
    return next(iter(found)) if len(found) == 1 else None


def respelt(
    word: str, names: Iterable[tuple[str, ...]] | Mapping[str, Sequence[tuple[str, ...]]]
) -> tuple[str, ...] | None:
    """The one name among ``names`` whose last word ``word`` (six letters or more) is a
    transliteration of: one letter inside the word swapped for its usual counterpart
    (y/i, h/g, v/w, j/y: "Volkhanov" is no respelling of "Volkhonov", "Dubrovyn" is one
    of "Dubrovin"), or None. Different names a letter apart ("Rahmat", "Rahman") differ
    otherwise. ``names`` may be given indexed by last word (:func:`by_last_word`), as a
    caller looking up many words should.

    >>> respelt("dubrovyn", [("igor", "dubrovin"), ("li", "qiang")])
    ('igor', 'dubrovin')
    >>> respelt("rahmat", [("budi", "rahman")]) is None
    True
    >>> respelt("petrovsky", [("oleg", "petrovskyi")])
    ('oleg', 'petrovskyi')
    """
    if len(word) < 6:
        return None
    if isinstance(names, NamesByLastWord):
        index = names
    elif isinstance(names, Mapping):
        index = NamesByLastWord(names)
    else:
        index = by_last_word(names)
    fits = {k for other in _respellings(word) for k in index.get(other, ())}
    # A Cyrillic surname's ending transcribed two ways ("-skyi"/"-sky", "-iy"/"-y") is a
    # letter added or dropped, not swapped: compared with y as i and doubles once.
    alike = index.transliterated_as(_transliterated(word))
    fits |= {k for last in alike if last != word for k in index[last]}
    return fits.pop() if len(fits) == 1 else None


class NamesByLastWord(dict[str, Sequence[tuple[str, ...]]]):
    """``{last word: the names ending with it}`` (:func:`by_last_word`), not changed once
    made, that also gives its last words of six letters or more by their transliteration
    key (:meth:`transliterated_as`): a lookup for each word :func:`respelt` tries, not a
    pass over every last word, which grew with the square of the article's names."""

    __slots__ = ("_by_key",)

    def __init__(self, names: Mapping[str, Sequence[tuple[str, ...]]] | None = None) -> None:
        super().__init__(names or {})
        self._by_key: dict[str, list[str]] | None = None

    def transliterated_as(self, key: str) -> list[str]:
        """The last words of six letters or more whose :func:`_transliterated` is ``key``."""
        if self._by_key is None:
            self._by_key = {}
            for last in self:
                if len(last) >= 6:
                    self._by_key.setdefault(_transliterated(last), []).append(last)
        return self._by_key.get(key, [])


def by_last_word(names: Iterable[tuple[str, ...]]) -> NamesByLastWord:
    """``{last word: the names ending with it}``, for :func:`respelt`."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        out.setdefault(name[-1], []).append(name)
    return NamesByLastWord(out)


_TRANSLITERATED = {"y": "ij", "i": "y", "j": "y", "h": "g", "g": "h", "v": "w", "w": "v"}


def _respellings(word: str) -> list[str]:
    """Every word that differs from ``word`` by one inner letter of a transliteration
    pair (y/i, h/g, v/w, j/y), or by a "y" of a soft vowel after "i" ("-ienko"/"-iyenko",
    "-iev"/"-iyev"): the words it may be a respelling of.

    >>> "andriyenko" in _respellings("andrienko"), "andrienko" in _respellings("andriyenko")
    (True, True)
    """
    swapped = [
        word[:i] + other + word[i + 1 :]
        for i in range(1, len(word) - 1)
        for other in _TRANSLITERATED.get(word[i], "")
    ]
    soft = [
        word[: i + 1] + "y" + word[i + 1 :]
        for i in range(1, len(word) - 2)
        if word[i] == "i" and word[i + 1] in "aeu"
    ] + [
        word[:i] + word[i + 1 :]
        for i in range(2, len(word) - 1)
        if word[i] == "y" and word[i - 1] == "i" and word[i + 1] in "aeu"
    ]
    return swapped + soft


def _close(a: str, b: str) -> bool:
    """Whether two words are one misspelt or respelt name: optimal string alignment
    distance 1 ("Fadilah"/"Fadillah", "Soleh"/"Sholeh", "Haevey"/"Harvey"), 2 for words of
    seven letters or more ("Masitha"/"Mashita"); both of four letters or more."""
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 2:
        return False
    limit = 2 if min(len(a), len(b)) >= 7 else 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], prev2[j - 2] + 1)
        prev2, prev = prev, row
    return prev[-1] <= limit


_DOUBLED = re.compile(r"(\w)\1")


@functools.lru_cache(maxsize=16384)  # compared against every name the article indexes
def _transliterated(word: str) -> str:
    """A word with the letters Latin transcriptions of one Cyrillic name disagree on
    folded: y as i anywhere ("Smyrnov"/"Smirnov", "Denys"), x as ks, a doubled letter
    once ("Filipp", "Gennadiy")."""
    return _DOUBLED.sub(r"\1", _fold_word(word).replace("y", "i"))


# Javanese names in the old spelling and in the new, and as Javanese says them: "th"/"t",
# "dh"/"d", "oe"/"u", "dj"/"j", "tj"/"c", and a written "a" said (and often written) "o"
# ("Sasthra"/"Sastro", "Santosa"/"Santoso").
_JAVANESE_SPELLINGS = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("th", "t"), ("dh", "d"), ("o", "a"))


def _javanese(word: str) -> str:
    """A word with the Javanese spelling variants folded (:data:`_JAVANESE_SPELLINGS`).

    >>> _javanese("sasthro") == _javanese("sastra") == _javanese("sastro")
    True
    """
    for old, new in _JAVANESE_SPELLINGS:
        word = word.replace(old, new)
    return word


def _ukrainian(word: str) -> str:
    """A word with Ukrainian "h" read as the Russian "g" it transliterates."""
    return word.replace("h", "g")


def _one_spelling(a: str, b: str) -> bool:
    """Whether two words are one name in two spellings: transliterations of Cyrillic
    folded alike (:func:`_transliterated`), or Javanese spellings (:func:`_javanese`)
    of words of four letters or more."""
    if _transliterated(a) == _transliterated(b):
        return True
    return min(len(a), len(b)) >= 4 and _javanese(a) == _javanese(b)


def _respelt_words(diff: Sequence[tuple[str, str]]) -> bool:
    """Whether the differing words of two names of one article make them one name: one
    word a letter or two apart (:func:`_close`), once transliteration variants are
    folded ("Vitaliy"/"Vitalii" beside the same surname), or the same once Javanese
    spellings are ("Sastra"/"Sastro"); or two words, each the same once folded ("Denys
    Smyrnov"/"Denis Smirnov").

    >>> _respelt_words([("olesya", "olessia")])
    True
    >>> _respelt_words([("denys", "denis"), ("smyrnov", "smirnov")])
    True
    >>> _respelt_words([("rahmat", "rahmi"), ("sari", "santi")])
    False
    >>> _respelt_words([("hryhorii", "grigory"), ("melnyk", "melnik")])
    True
    """
    if len(diff) == 1:
        a, b = diff[0]
        return _close(a, b) or _close(_transliterated(a), _transliterated(b)) or _one_spelling(a, b)
    # A whole name respelt may also come through Ukrainian, whose "h" Russian writes "g"
    # ("Hryhorii Melnyk" / "Grigory Melnik"): not for one word, which may be a sibling's.
    return len(diff) == 2 and all(
        _one_spelling(a, b) or _transliterated(_ukrainian(a)) == _transliterated(_ukrainian(b))
        for a, b in diff
    )


def spelling_variants(
    weight: Mapping[tuple[str, ...], float],
) -> dict[tuple[str, ...], tuple[str, ...]]:
    """``{variant: name}`` for full names of one article written two ways: same words
    but one, which differs by a letter or two ("Siti Fadillah Supari" beside "Siti
    Fadilah Supari"). The less frequent spelling maps to the more frequent (then the
    first A-Z). Names are compared only with names of the same length and initials;
    names of the same letters once joined ("Choi Daehyun", "Choi Dae-hyun") are one too.

    >>> spelling_variants({("nur", "sholeh"): 3, ("nur", "soleh"): 1, ("nur", "salim"): 2})
    {('nur', 'soleh'): ('nur', 'sholeh')}
    """
    groups: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    joined: dict[str, list[tuple[str, ...]]] = {}
    for key in weight:
        if len(key) > 1:
            # initials with Ukrainian "h" as "g": "Hryhorii"/"Grigory" meet (see _respelt_words)
            groups.setdefault(tuple(_ukrainian(w[0]) for w in key), []).append(key)
            joined.setdefault("".join(key), []).append(key)
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    # The same letters with a given name written joined or apart ("Choi Daehyun", "Choi
    # Dae-hyun", "Choi Dae Hyun"): one name.
    for keys in joined.values():
        ranked = sorted(keys, key=lambda k: (-weight[k], k))
        for minor in ranked[1:]:
            out[minor] = ranked[0]
    for keys in groups.values():
        ranked = sorted(keys, key=lambda k: (-weight[k], k))
        for i, minor in enumerate(ranked):
            for major in ranked[:i]:
                diff = [(a, b) for a, b in zip(minor, major, strict=True) if a != b]
                if minor not in out and _respelt_words(diff):
                    out[minor] = out.get(major, major)
                    break
    return out


# Romanised Korean family names: a family name and two one-syllable words is one name
# even without the hyphen house style ("Kang Mi Ja", "Hwang In Ho").
# The list is a lexicon file (warta/lexicon/korean_surnames.txt), read once at import.
KOREAN_SURNAMES = frozenset(
    line.strip()
    for line in resources.files("warta.lexicon")
    .joinpath("korean_surnames.txt")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip() and not line.startswith("#")
)
_SYLLABLE = re.compile(
    r"(?:ch|kk|tt|pp|ss|jj|[bcdghjkmnprstwy])?h?[aeiouwy]{1,3}(?:ng|n|m|l|k|p|t)?"
)
_KOREAN_SPACED = re.compile(
    rf"(?:{'|'.join(sorted(KOREAN_SURNAMES))}) ([A-Z][a-z]{{0,5}}) ([A-Z][a-z]{{0,5}})(?![\w-])"
)


def is_korean_syllable(word: str) -> bool:
    """Whether ``word`` is one romanised Korean syllable ("Jung", "Jin", "Hye").

    >>> is_korean_syllable("Jung"), is_korean_syllable("Ipul")
    (True, False)
    """
    return _SYLLABLE.fullmatch(word.casefold()) is not None


def korean_name_at(text: str, start: int) -> int | None:
    """The end of a three-word Korean name starting at ``start``, or ``None``.

    >>> text = "adiknya, Kang Mi Ja, dan Hwang In Ho"
    >>> text[9:korean_name_at(text, 9)], text[25:korean_name_at(text, 25)]
    ('Kang Mi Ja', 'Hwang In Ho')
    >>> korean_name_at("Kang Mi Bertemu", 0) is None
    True
    """
    m = _KOREAN_SPACED.match(text, start)
    if m is None or not all(_SYLLABLE.fullmatch(w.casefold()) for w in m.groups()):
        return None
    return m.end()


#: Shortest blended nickname read as a full name ("Jokowi"); shorter blends collide.
MIN_NICKNAME = 5


def nickname_of(word: str, keys: Iterable[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The one full name ``word`` blends: the start of its first word and the start of
    its last ("Jokowi" = "Joko" + "Wi(dodo)"), at least two letters of each.

    >>> nickname_of("Jokowi", [("joko", "widodo"), ("yohanes", "lado", "bria")])
    ('joko', 'widodo')
    >>> nickname_of("Joko", [("joko", "widodo")]) is None
    True
    """
    w = word.casefold()
    if len(w) < MIN_NICKNAME:
        return None
    hits = set()
    for key in keys:
        if len(key) < 2 or w in key:
            continue
        first, last = key[0], key[-1]
        if any(
            w[:i] == first[:i] and len(w) - i >= 2 and last.startswith(w[i:])
            for i in range(2, min(len(first), len(w) - 2) + 1)
        ):
            hits.add(key)
    return next(iter(hits)) if len(hits) == 1 else None


# "RI", "Republik Indonesia" after an Indonesian institution's name say which country's
# it is, which an Indonesian article leaves out as often as not.
_OWN_COUNTRY = re.compile(r"\s+(?:RI|Republik Indonesia)$")


def org_base(name: str) -> str:
    """An organisation's name without a trailing "RI"/"Republik Indonesia".

    >>> org_base("Kementerian Luar Negeri RI"), org_base("Kemlu RI"), org_base("DPR")
    ('Kementerian Luar Negeri', 'Kemlu', 'DPR')
    """
    return _OWN_COUNTRY.sub("", name)


def abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is a syllabic abbreviation of the multi-word ``full``: word
    beginnings taken in order, the first from the first word, from two words at least.

    >>> abbreviates("Kemlu", "Kementerian Luar Negeri")
    True
    >>> abbreviates("Bulog", "Badan Urusan Logistik")
    True
    >>> abbreviates("Kemlu", "Kementerian Keuangan"), abbreviates("Kemen", "Kementerian Keuangan")
    (False, False)
    """
    s = short.casefold()
    words = [w for w in re.split(r"[\s\-]+", full.casefold()) if w]
    if len(words) < 2 or len(s) < 2 or s[0] != words[0][0]:
        return False

    @functools.cache
    def fits(i: int, j: int, chunks: int) -> bool:
        # s[i:] from words[j:], ``chunks`` taken so far; a chunk is a word's beginning.
        if i == len(s):
            return chunks >= 2
        for k in range(j, len(words) if chunks else 1):
            word = words[k]
            n = 1
            while n <= len(word) and i + n <= len(s) and s[i + n - 1] == word[n - 1]:
                if fits(i + n, k + 1, chunks + 1):
                    return True
                n += 1
        return False

    return fits(0, 0, 0)
