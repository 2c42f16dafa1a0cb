"""The records of quote extraction and the last steps taken on them.

:class:`_Found` (a quote before its speaker is known), :class:`_Resolved` (with its
speaker), the running :class:`_State` and the small records between them, used by
:mod:`warta.nlp.quotes.article` and :mod:`warta.nlp.quotes.extract`. Then, once the whole
article is read: :func:`_settle_pending` keeps a quote left open at a paragraph's end only
when the next paragraph carries it on, :func:`_nicknames_resolved` turns a nickname the
article introduced into the full name, and :func:`_final_name` chooses between the
surface name and the entity layer's name (an office, a regional branch, a territory).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from warta.lexicon.regex_gate import WordGated
from warta.nlp.entities.spans import is_club
from warta.nlp.quotes.cues import (
    CALL_TITLES,
    LOCAL_PLACE_HEADS,
    ORG_HEADS,
    ROLE_TITLES,
    TERRITORIAL_TITLES,
    clean_speaker,
    is_name_token,
    is_region_name,
    looks_like_org,
    region_words,
    split_title,
)
from warta.nlp.quotes.name_titles import is_name_title
from warta.nlp.quotes.speakers import (
    Who,
)
from warta.nlp.quotes.wording import _ABBREVIATED_NAME_PARTS, _ABBREVIATED_TITLES, DOTTED_NAME_PARTS
from warta.records import Quote, QuoteKind


@dataclass(frozen=True, slots=True)
class _Found:
    """A quote before speaker resolution; offsets are absolute."""

    start: int
    end: int
    kind: QuoteKind
    cue: str | None
    who: Who | None  # None: continue the last speaker
    who_at: int  # absolute offset of the speaker phrase the ``who.offset`` is relative to
    paragraph: int


@dataclass(frozen=True, slots=True)
class _Attribution:
    """The cue and speaker phrase found for one quote span of a sentence."""

    who: Who | None  # None: no speaker named here (the sentence's first one may serve)
    cue: str
    at: int  # absolute offset the ``who.offset`` is relative to
    glued: bool  # a subject-first cue joined to the quote ("X mengatakan, ...")


@dataclass(frozen=True, slots=True)
class _Hit:
    """An indirect quote's reported content (offsets in the sentence) and its speaker."""

    start: int
    end: int
    cue: str
    who: Who
    at: int  # absolute offset the ``who.offset`` is relative to; -1 for none


@dataclass(frozen=True, slots=True)
class _Speaker:
    """A speaker as resolved: surface name, role and the name's absolute offset."""

    name: str
    role: str | None
    at: int


@dataclass(frozen=True, slots=True)
class _Salient:
    """The person a narrative sentence is about."""

    name: str
    at: int  # absolute offset of the name
    subject: bool  # the name is the sentence's subject (not just mentioned)


@dataclass(frozen=True, slots=True)
class _Resolved:
    """A found quote with its speaker resolved (``at``: where the name is, or the quote)."""

    found: _Found
    name: str | None
    role: str | None
    at: int
    pending: bool = False  # open at its paragraph's end, speaker unknown: kept only if
    # the next paragraph's quote continues it (see :func:`_settle_pending`)


@dataclass(slots=True)
class _State:
    """Running attribution state across sentences and paragraphs."""

    last_person: _Speaker | None = None
    last_any: _Speaker | None = None
    last_org: _Speaker | None = None  # the last body that spoke, for "Perusahaan"
    last_para: int = -10  # paragraph of the last resolved quote
    last_person_at: int = -1  # offset of the last quote attributed to ``last_person``
    speaker_tokens: set[str] = field(default_factory=set)  # words of people who spoke
    salient: _Salient | None = None
    out: list[_Resolved] = field(default_factory=list)


#: Between a quote left open at a paragraph's end and the next paragraph's opening mark:
#: the same quotation goes on (the convention of multi-paragraph quotes).
_CONTINUED = re.compile(r'[\s,.;:!?]*\n\n[ \t]*["“„«”][ \t]*')
#: What may follow a quote left open up to its paragraph's end.
_OPEN_END = re.compile(r"[\s,.;:!?]*")
#: An attribution between the two spans of one quotation in a paragraph: the closing
#: mark, the cue and its speaker (no mark, no paragraph break), then the full stop that
#: closes it ('"Kami siap," kata Budi. "Lawan kami kuat."') or the comma of a sentence
#: it splits ('"Kami siap," kata Budi, "dan lawan kami kuat."'), the opening mark.
_INTERPOSED = re.compile(
    r'[,.!?]?[ \t]*["”][ \t]*,?[ \t]+(?P<cue>[^"“”\n]{2,160}?)[.,][ \t]+["“][ \t]*'
)


def _settle_pending(text: str, quotes: list[tuple[Quote, bool]]) -> tuple[Quote, ...]:
    """The quotes (each with its "pending" flag) with each pending one settled: a
    quote left open at its paragraph's end with no speaker yet takes the speaker of the
    next paragraph's quote when that one opens right there (the same quotation goes on,
    attributed at its end); one that nothing continues is dropped. The parts are then
    joined into one quotation (:func:`_joined_run_on`).
    """
    out: list[Quote] = []
    for k, (q, pending) in enumerate(quotes):
        if not pending:
            out.append(q)
            continue
        nxt = quotes[k + 1][0] if k + 1 < len(quotes) else None
        if (
            nxt is not None
            and nxt.speaker is not None
            and _CONTINUED.fullmatch(text, q.end, nxt.start) is not None
        ):
            out.append(replace(q, speaker=nxt.speaker, speaker_role=nxt.speaker_role))
    return _joined_run_on(text, out)


def _joined_run_on(text: str, quotes: list[Quote]) -> tuple[Quote, ...]:
    """The quotes with each quotation that runs over paragraphs made one: a direct quote
    left open at its paragraph's end (the page's convention: no closing mark, the next
    paragraph opens with one) and the same speaker's direct quote opening the next
    paragraph are one quotation, from its first words to its last, with the cue that
    closes it.

    >>> from warta.nlp.quotes.extract import extract_quotes
    >>> t = 'Budi tiba. "Harga naik terus sejak pekan lalu.\\n\\n"Kami siap," kata Budi.'
    >>> [(q.text.split()[0], q.speaker, q.cue) for q in extract_quotes(t)]
    [('Harga', 'Budi', 'kata')]
    """
    out: list[Quote] = []
    for q in quotes:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == q.kind == "direct"
            and prev.speaker is not None
            and prev.speaker == q.speaker
            and _CONTINUED.fullmatch(text, prev.end, q.start) is not None
        ):
            out[-1] = replace(prev, text=text[prev.start : q.end], cue=q.cue or prev.cue, end=q.end)
        elif prev is not None and _split_by_attribution(text, prev, q):
            # One quotation the writer split with its attribution: one item, from its
            # first words to its last, with the cue between.
            out[-1] = replace(prev, text=text[prev.start : q.end], end=q.end)
        else:
            out.append(q)
    return tuple(out)


def _split_by_attribution(text: str, prev: Quote, q: Quote) -> bool:
    """True when the direct quotes ``prev`` and ``q`` of one speaker are the two spans
    of one quotation in a paragraph, split by ``prev``'s cue: '"Kami siap," kata Budi.
    "Lawan kami kuat."', or inside one sentence: '"Kami siap," kata Budi, "dan ..."'
    (the second span with no cue of its own or the same one; every gold set labels
    either shape one item).

    >>> from warta.nlp.quotes.extract import extract_quotes
    >>> t = 'Budi tiba. "Kami siap," kata Budi. "Lawan kami kuat sekali."'
    >>> [(q.text, q.cue) for q in extract_quotes(t)]
    [('Kami siap," kata Budi. "Lawan kami kuat sekali.', 'kata')]
    """
    if not (
        prev.kind == q.kind == "direct"
        and prev.speaker is not None
        and prev.speaker == q.speaker
        and prev.cue is not None
        and q.cue in (None, prev.cue)
    ):
        return False
    between = _INTERPOSED.fullmatch(text, prev.end, q.start)
    if between is None:
        return False
    words = between.group("cue").split()
    # One sentence, the attribution: no full stop inside but a title's ("Prof.", "Dr.").
    return prev.cue in words and not any(_ends_sentence(w) for w in words)


def _ends_sentence(word: str) -> bool:
    """True when ``word`` closes a sentence: a stop after a word that is no title, no
    shortened part of a name and no initial ("Prof.", "Pdt.", "Muh.", "H.")."""
    core = word.rstrip(".!?")
    if core == word:
        return False
    low = core.lower()
    shortened = low in _ABBREVIATED_TITLES or low in _ABBREVIATED_NAME_PARTS
    return not (shortened or low in DOTTED_NAME_PARTS or is_name_title(core) or len(core) == 1)


#: A nickname in a speaker's description: "bupati yang akrab disapa Pak Ben itu".
_NICKNAME = re.compile(
    r"\b(?:disapa|dipanggil|dijuluki)\s+(?P<alias>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)


#: A full name and the nickname the narration gives it: "Budi Santoso -- akrab disapa Pak
#: Bud --", "Budi Santoso (akrab disapa Bud)", "Budi Santoso, yang biasa dipanggil Bud,".
_NARRATED_NICKNAME = WordGated(
    re.compile(
        r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s*(?:--|—|–|,|\(|atau\b)\s*"
        # Where he is so called may stand after "yang": "yang di kampungnya akrab disapa".
        r"(?:yang\s+(?:(?:di|oleh|sejak)\s+[a-z]+(?:\s+[a-z]+)?\s+)?)?"
        r"(?:akrab\s+|biasa\s+)?(?:disapa|dipanggil|dijuluki)\s+"
        r"(?P<alias>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    )
)


#: A name known by another: "Budi Santoso, yang dikenal dengan akun Kang Bud,", "Budi
#: Santoso (50), lebih dikenal warga sebagai Pak Bud"; and a couple known by a pair
#: ("Budi (49) dan Siti (45), lebih dikenal tetangga sebagai Amaq Rudi dan Inaq Rudi").
_KNOWN_AS = WordGated(
    re.compile(
        r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})(?:\s*\(\d{1,3}\))?"
        r"(?:\s+dan\s+(?P<name2>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})(?:\s*\(\d{1,3}\))?)?"
        r"\s*,\s*(?:yang\s+)?(?:lebih\s+|akrab\s+|biasa\s+)?dikenal\s+(?:[a-z]+\s+){0,2}?"
        r"(?:dengan\s+(?:nama|akun|sebutan|panggilan)\s+|sebagai\s+)"
        r"(?P<alias>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
        r"(?:\s+dan\s+(?P<alias2>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))?"
    )
)


#: A call name and the real name the narration gives after it: "Mak Inah, perempuan 63
#: tahun yang bernama asli Siti Zainah", "Guru Hamdan, pimpinan madrasah yang bernama
#: lengkap Muhammad Hamdan Arsyad", "Koh Aseng (nama lengkapnya Budi Santoso)".
_REAL_NAME_AFTER = WordGated(
    re.compile(
        r"(?P<alias>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?:\s*\(\d{1,3}\))?\s*[,(]\s*"
        r"(?:[^,.;:()\"“”]{0,80}?\s)??(?:yang\s+)?"
        r"(?:bernama\s+(?:asli|lengkap)|nama\s+(?:asli|lengkap)nya(?:\s+adalah)?)\s+"
        r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
    )
)


def _full_name_before(given: str, text: str, end: int) -> str | None:
    """The one name of two capitalised words opening with ``given`` that ``text`` writes
    before ``end`` ("Ricardo Wanggai" for "Ricardo"); ``None`` when none or two.

    >>> _full_name_before("Rudi", "Gol dicetak Rudi Hartono. Rudi, yang ...", 26)
    'Rudi Hartono'
    """
    pattern = rf"\b{re.escape(given)}[ \t]+[A-Z][\w'’-]+"
    found = {m.group(0) for m in re.finditer(pattern, text[: max(end, 0)])}
    return next(iter(found)) if len(found) == 1 else None


def _narrated_nicknames(text: str) -> dict[str, str]:
    """Nickname -> full name for each nickname the narration gives a named person (as
    written and without its title of address: "Pak Bud" is also "Bud").

    >>> _narrated_nicknames("Budi Santoso (49) dan Siti Aminah (45), lebih dikenal warga "
    ...     "sebagai Amaq Rudi dan Inaq Rudi, menanam padi.")["Inaq Rudi"]
    'Siti Aminah'
    """
    out: dict[str, str] = {}
    narrated = list(_NARRATED_NICKNAME.finditer(text))  # one pass over the article
    pairs = [(m.group("name"), m.group("alias")) for m in narrated]
    at = {m.group("name"): m.start() for m in narrated}
    pairs += [(m.group("name"), m.group("alias")) for m in _REAL_NAME_AFTER.finditer(text)]
    for m in _KNOWN_AS.finditer(text):
        if m.group("name2") and m.group("alias2"):
            pairs += [(m.group("name"), m.group("alias")), (m.group("name2"), m.group("alias2"))]
        elif not m.group("name2"):
            pairs.append((m.group("name"), m.group("alias")))
    for full, alias in pairs:
        name = split_title(full)[0]
        if len(name.split()) == 1:
            # "Ricardo, yang ... disapa Kaka Ricky": the full name written before.
            name = _full_name_before(name, text, at.get(full, 0)) or name
        # A teknonym's bearer may be known by one word ("Rahmawati ..., dikenal sebagai
        # Inaq Rina"): the child's name after the teknonym is no name of theirs.
        teknonym = alias.split()[0].lower() in _TEKNONYMS
        if (len(name.split()) < 2 and not teknonym) or looks_like_org(name):
            continue
        for called in {alias, split_title(alias)[0]} - {"", name}:
            out[called] = name
    return out


def _nicknames_resolved(
    records: Sequence[_Resolved], names: list[str | None], text: str = ""
) -> list[str | None]:
    """``names`` with each nickname that a speaker's description gives ("ujar bupati yang
    akrab disapa Pak Ben itu") or that the narration of ``text`` gives a named person
    ("Budi Santoso -- akrab disapa Pak Ben --") replaced by that name, so a later
    "menurut Pak Ben" is the same speaker.

    >>> f = _Found(0, 1, "direct", "ujar", None, -1, 0)
    >>> recs = [_Resolved(f, "Budi", "bupati yang akrab disapa Pak Ben itu", 0),
    ...         _Resolved(f, "Pak Ben", None, 5)]
    >>> _nicknames_resolved(recs, ["Budi Santoso", "Pak Ben"])
    ['Budi Santoso', 'Budi Santoso']
    """
    nicknames: dict[str, str] = {}
    nicknames.update(_narrated_nicknames(text))
    for r, name in zip(records, names, strict=True):
        m = _NICKNAME.search(r.role or "")
        if m is not None and name is not None:
            # As written and without its title of address ("Pak Ben" is also "Ben").
            for alias in {m.group("alias"), split_title(m.group("alias"))[0]} - {"", name}:
                nicknames[alias] = name
    return [_nickname_owner(n, nicknames) if n is not None else None for n in names]


def _nickname_owner(name: str, nicknames: dict[str, str]) -> str:
    """The full name ``nicknames`` gives ``name``; also when ``name`` is the end of that
    full name from the nickname's given word on ("Hamdan Arsyad" of "Muhammad Hamdan
    Arsyad", called "Guru Hamdan": the resolver's shorter name of the same person).

    >>> _nickname_owner("Hamdan Arsyad", {"Hamdan": "Muhammad Hamdan Arsyad"})
    'Muhammad Hamdan Arsyad'
    """
    if name in nicknames:
        return nicknames[name]
    first = name.split()[0] if name.split() else ""
    full = nicknames.get(first)
    if full is not None and " " in name and full.endswith(" " + name):
        return full
    return name


def _call_name_owner(name: str, people: Iterable[str], text: str = "") -> str | None:
    """The person of ``people`` that a call name stands for: a form of address and one
    word ("Koh Hendra", "Opung Tiur") whose word is a word of that person's name, or its
    first letters ("Tiur" of "Tiurma", not "Rahma" of "Rahman": a call name drops a
    syllable); the fullest such name, when only one is. A one-word name is the person
    only when ``text`` never writes the word after another name's word ("Lai' Sampe":
    the full name is longer than the tagger's). ``None`` for anything else, or when two
    people fit.

    >>> _call_name_owner("Opung Tiur", ["Tiurma Sinaga", "Opung Tiur", "Budi Santoso"])
    'Tiurma Sinaga'
    >>> _call_name_owner("Bang Rian", ["Rian Saputra", "Rian Hidayat"]) is None
    True
    """
    words = name.split()
    if len(words) != 2:
        return None
    abbreviated = words[0].lower() in _ABBREVIATED_NAME_PARTS
    if words[0].lower() not in CALL_TITLES and not abbreviated:
        return None
    given = words[1]
    if len(given) < 3 or not given[:1].isupper():
        return None
    candidates = [
        person
        for person in people
        if person.split()[0].lower() not in CALL_TITLES
        # "Tb Arif": the name's own "Tubagus" before "Arif", not anyone called Arif.
        and (not abbreviated or _spells_before(words[0], given, person.split()))
    ]
    # Syllables from inside a name only when no name has the word or opens with it
    # ("Uni Maya" is Maya, not Rahmayanti).
    fits = {p for p in candidates if any(_calls(given, w) for w in p.split())} or {
        p for p in candidates if any(_calls(given, w, inner=True) for w in p.split())
    }
    longest = max((len(p.split()) for p in fits), default=0)
    owners = {p for p in fits if len(p.split()) == longest}
    if len(owners) != 1:
        return None
    owner = next(iter(owners))
    if longest == 1 and _written_after_a_name(given, text):
        return None
    return owner


#: The fewest letters of a call name taken from inside a name's word ("Tris" of
#: "Sutrisno"): shorter runs sit by chance inside other names.
_INNER_CALL_LETTERS = 4


def _calls(given: str, word: str, inner: bool = False) -> bool:
    """True when a call name's word ``given`` stands for a name's ``word``: the same word
    or its first syllables ("Karso" of "Karsowiyono"); with ``inner``, also syllables of
    four letters or more from inside it, as Javanese call names drop a name's first
    syllable ("Tris" of "Sutrisno").

    >>> _calls("Karso", "Karsowiyono"), _calls("Tris", "Sutrisno")
    (True, False)
    >>> _calls("Tris", "Sutrisno", inner=True), _calls("Ana", "Susana", inner=True)
    (True, False)
    """
    if word == given:
        return True
    if len(word) <= len(given) + 1:
        return False
    if word.startswith(given):
        return True
    return inner and len(given) >= _INNER_CALL_LETTERS and given.lower() in word[1:].lower()


def _spells_before(short: str, given: str, words: list[str]) -> bool:
    """True when the word before ``given`` in ``words`` is the one ``short`` abbreviates:
    it starts with ``short``'s first letter and holds its letters in order ("Tb" of
    "Tubagus", "Abd" of "Abdul").

    >>> _spells_before("Tb", "Arif", ["Tubagus", "Arif", "Hidayat"])
    True
    >>> _spells_before("Tb", "Arif", ["Arif", "Hidayat"])
    False
    """
    if given not in words or words.index(given) == 0:
        return False
    full = iter(words[words.index(given) - 1].lower())
    return words[words.index(given) - 1][:1].lower() == short[:1].lower() and all(
        c in full for c in short.lower()
    )


#: Titles of a kiai's children written before the full name ("Ning Siti Aminah", "Gus
#: Ahmad Fauzi", "Lora Faiz Hasan" in Madura): the name is the words after it; a title
#: before one word ("Ning Siti") is a call name, read as such elsewhere.
_KIAI_CHILD_TITLES = frozenset({"ning", "gus", "lora"})
#: Javanese titles of a dalang, an elder or a teacher of the arts before the full name
#: ("Ki Joko Prawiro", "Nyi Sumarsih Wulandari"): the name is the words after it, as
#: after a kiai's child's title ("Ki Joko" alone is a call name).
_ELDER_TITLES = frozenset({"ki", "nyi"})
#: Sasak teknonyms, "father/mother of" before the child's name ("Amaq Rudi", "Inaq
#: Rudi"): the person is written by the name that follows, even one word (the
#: articles' convention), when no other name of theirs was resolved before.
_TEKNONYMS = frozenset({"amaq", "inaq"})


def _without_kiai_child_title(name: str | None) -> str | None:
    """``name`` without a kiai's child's or a Javanese elder's title before two words or
    more, and without a Sasak teknonym before any name.

    >>> _without_kiai_child_title("Ning Siti Aminah"), _without_kiai_child_title("Gus Dur")
    ('Siti Aminah', 'Gus Dur')
    >>> _without_kiai_child_title("Ki Joko Prawiro"), _without_kiai_child_title("Amaq Rudi")
    ('Joko Prawiro', 'Rudi')
    """
    words = (name or "").split()
    titles = _KIAI_CHILD_TITLES | _ELDER_TITLES
    if len(words) > 2 and words[0].lower() in titles and words[1][:1].isupper():
        return " ".join(words[1:])
    if len(words) > 1 and words[0].lower() in _TEKNONYMS and words[1][:1].isupper():
        return " ".join(words[1:])
    return name


#: Titles of age before an elder's name, "grandfather"/"grandmother" as address
#: (Javanese "Mbah", Malay "Nek"), written with the name and the age when the elder is
#: introduced: "Mbah Karto (81)". (Not "Opa"/"Oma"/"Atok", written as call names.)
_ELDER_INTRODUCED = re.compile(
    r"\b(?:Mbah|Nek)[ \t]+(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*)[ \t]*\(\d{1,3}\)"
)


def elders_introduced(text: str) -> frozenset[str]:
    """The names of the elders ``text`` introduces with a title of age and an age in
    brackets ("Mbah Karto (81)" gives "Karto"): the title is no part of their name.

    >>> sorted(elders_introduced("Di dusun itu, Mbah Karto (81) bercerita. Mbah Karto tertawa."))
    ['Karto']
    """
    return frozenset(m.group("name") for m in _ELDER_INTRODUCED.finditer(text))


def without_elder_title(name: str | None, elders: frozenset[str]) -> str | None:
    """``name`` without the title of age of an elder introduced with it (``elders``, see
    :func:`elders_introduced`); a short call name with the title ("Mbah Karso" after
    "Mbah Karsowiyono (78)") stays as written.

    >>> without_elder_title("Mbah Karto", frozenset({"Karto"}))
    'Karto'
    >>> without_elder_title("Mbah Karso", frozenset())
    'Mbah Karso'
    """
    words = (name or "").split()
    if len(words) >= 2 and words[0] in ("Mbah", "Nek") and " ".join(words[1:]) in elders:
        return " ".join(words[1:])
    return name


#: A Minangkabau ulama's form of address before his name ("Buya Hamid ..."): after it,
#: the pilgrim's title ("H.", "Haji") and the religious title of custom after the name
#: ("... Tuanku Mudo", "... Malin Bandaro") are no part of the name either.
_ULAMA_TITLE = "buya"
_PILGRIM_TITLES = frozenset({"h", "h.", "haji"})
#: Religious titles of custom written after an ulama's name, with one word of their own.
_ULAMA_CUSTOM_TITLES = frozenset({"tuanku", "malin"})


def _without_ulama_titles(name: str | None) -> str | None:
    """``name`` without a Minang ulama's titles when it opens with "Buya" and two words
    or more follow: "Buya", then "H."/"Haji", and "Tuanku X"/"Malin X" after the name.
    A customary title without "Buya" ("Efendi Malin Sati", a wali nagari's) stays.

    >>> _without_ulama_titles("Buya H. Hamid Rasyid Tuanku Mudo")
    'Hamid Rasyid'
    >>> _without_ulama_titles("Buya Hamka"), _without_ulama_titles("Efendi Malin Sati")
    ('Buya Hamka', 'Efendi Malin Sati')
    """
    words = (name or "").split()
    if len(words) < 3 or words[0].lower() != _ULAMA_TITLE or not words[1][:1].isupper():
        return name
    words = words[1:]
    if len(words) > 2 and words[0].lower() in _PILGRIM_TITLES:
        words = words[1:]
    for i in range(1, len(words) - 1):
        if words[i].lower() in _ULAMA_CUSTOM_TITLES and words[i + 1][:1].isupper():
            words = words[:i]
            break
    return " ".join(words)


def _dotted_as_written(name: str | None, text: str) -> str | None:
    """``name`` with the full stop of each abbreviated part back as ``text`` writes it
    ("Abd Rahman" -> "Abd. Rahman", "Andi Muh Fajri" -> "Andi Muh. Fajri"; the speaker
    parsers blank that stop so it does not end the phrase).

    >>> _dotted_as_written("Tb Hasan Basri", "kata Tb. Hasan Basri.")
    'Tb. Hasan Basri'
    >>> _dotted_as_written("La Ode Muh Sarif", "kata La Ode Muh. Sarif.")
    'La Ode Muh. Sarif'
    """
    words = (name or "").split()
    if len(words) < 2 or not any(w.lower() in DOTTED_NAME_PARTS for w in words[:-1]):
        return name
    dotted = " ".join(
        f"{w}." if k < len(words) - 1 and w.lower() in DOTTED_NAME_PARTS else w
        for k, w in enumerate(words)
    )
    return dotted if dotted in text else name


def _written_after_a_name(word: str, text: str) -> bool:
    """True when ``text`` writes ``word`` (one word) right after a name's word that is no
    form of address ("Lai' Sampe", "Andi Sampe"): ``word`` is not a whole name there.

    The words before are those of ``\\S+[ \\t]+word`` read left to right without overlap,
    found from ``word`` backwards: that pattern tried at every position backtracks
    through every word of the text (0.15 s a call on 2 MB, once per call name).

    >>> _written_after_a_name("Sampe", "kata Andi Sampe.")
    True
    >>> _written_after_a_name("Sampe", "kata Pak Sampe, lalu Sampean pergi.")
    False
    """
    read = 0  # where the last such match ended: the next one starts no earlier
    for m in re.finditer(rf"{re.escape(word)}(?![\w'’-])", text):
        spaces = _blank_run_start(text, m.start())
        start = _word_start(text, spaces, read)
        if spaces == m.start() or start == spaces:
            continue  # no space before the word, or no word before the space
        read = m.end()
        before = text[start:spaces]
        if is_name_token(before) and before.lower() not in CALL_TITLES:
            return True
    return False


def _blank_run_start(text: str, end: int) -> int:
    """Where the spaces and tabs right before ``end`` start (``end`` when there are none)."""
    start = end
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    return start


def _word_start(text: str, end: int, floor: int) -> int:
    """Where the run of non-space characters (``\\S``) ending at ``end`` starts, at
    ``floor`` at the earliest (``end`` when ``end`` follows a space or is ``floor``)."""
    start = end
    while start > floor and not text[start - 1].isspace():
        start -= 1
    return start


def _call_names_resolved(
    names: list[str | None],
    people: Iterable[str],
    text: str = "",
    roles: Sequence[str | None] = (),
    settled: frozenset[str] = frozenset(),
) -> list[str | None]:
    """``names`` with each call name ("Cikgu Hamdan") replaced by the full name of the one
    person the article (``text``) introduced with it (``people``: its persons' names), so
    "kata Cikgu Hamdan" after "Hamdan Ismail, pelatih ..." is Hamdan Ismail. A one-word
    name whose role (``roles``, in step) opens with a form of address ("Romo", "Bu,
    sapaan ...") is read with it, unless the entity layer already made it the name of
    other short forms (``settled``: "Suharyono" for "Haryo")."""
    known = [p for p in {*people, *(n for n in names if n)} if p]
    out: list[str | None] = []
    for i, name in enumerate(names):
        role = roles[i] if i < len(roles) else None
        address = (role or "").replace(",", " ").split()[:1]
        called = name
        if (
            name is not None
            and " " not in name
            and name not in settled
            and address
            and address[0].lower() in CALL_TITLES
        ):
            called = f"{address[0]} {name}"
        owner = _call_name_owner(called, known, text) if called is not None else None
        out.append(owner or name)
    return out


def _place_salient(sal: _Salient | None) -> bool:
    """True when the remembered narrative "person" is only a place's name or one
    capitalised word ("Sumatera Barat", "Longsor", picked up from the start of a
    sentence), so no antecedent for an office."""
    return sal is not None and not sal.subject and (" " not in sal.name or is_region_name(sal.name))


def _office(role: str | None) -> bool:
    """A role that names an office fully (a title, its body and place: three words or
    more, "Kepala Pelaksana BPBD Kabupaten X"; or a title and a club, "Pelatih Persib"),
    so it can stand as the speaker."""
    words = (role or "").split()
    if not words or words[0].lower() not in ROLE_TITLES:
        return False
    return len(words) >= 3 or (len(words) == 2 and is_club(words[1]))


def _regional_branch(r: _Resolved, body: str) -> bool:
    """True when the speaker is a body's short name and a place ("BPBD Sleman", "Bawaslu
    Provinsi Jawa Tengah") written after the body's full name (``body``) and that short
    name in brackets ("Badan Pengawas Pemilu (Bawaslu) Provinsi Jawa Tengah"): a
    regional branch of the body, which the role holds as "<body> <place>"."""
    _, _, place = (r.name or "").partition(" ")
    return _names_a_region(place) and (r.role or "").endswith(f"{body} {place}")


def _names_a_region(place: str) -> bool:
    """True when ``place`` is a province's, a regency's or a city's words only, maybe
    after their kind ("Provinsi Jawa Tengah", "Sleman"): "RI" of "Kemlu RI" is part of
    the body's name."""
    words = place.split()
    if words and words[0].lower() in ("provinsi", "kabupaten", "kota"):
        words = words[1:]
    return bool(words) and all(w.lower() in region_words() for w in words)


def _named_by_its_acronym(r: _Resolved, body: str, text: str) -> str | None:
    """The speaker's name when it opens with the acronym the article declares in brackets
    right after the body's full name, which the words before the verb hold ("Badan X
    (BX) Sleman menyatakan"), else ``None``. With a region written after the acronym the
    article names the branch so ("BX Sleman"); a bare acronym stands for the body written
    whole before it, of which the tagger may have kept only the words after its head
    ("PT Sinar Laut (Sinla)": "Sinar Laut")."""
    if r.name is None or r.at < 1 or text[r.at - 1] != "(" or body not in (r.role or ""):
        return None
    _, _, place = r.name.partition(" ")
    if place:
        return r.name if _names_a_region(place) else None
    return _headed_name(r.role or "", body)


def _headed_name(words: str, body: str) -> str | None:
    """The body's name ``words`` end with, from an organisation's head ("PT", "Badan")
    through ``body``, its last words, when ``body`` lacks that head; else ``None``.

    >>> _headed_name("Sementara itu, PT Sinar Laut", "Sinar Laut")
    'PT Sinar Laut'
    """
    if not body or body.split()[0].lower() in ORG_HEADS or not words.endswith(" " + body):
        return None
    head = words[: -len(body)].split()
    for k in range(len(head) - 1, -1, -1):
        if not head[k][:1].isupper() or not head[k][-1:].isalnum():
            return None
        if head[k].lower() in ORG_HEADS:
            return " ".join([*head[k:], body])
    return None


#: A body's acronym written alone: capitals, maybe with a digit ("BMKG", "KPU").
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,7}")


def bodies_by_inner_acronym(names: Sequence[str | None]) -> list[str | None]:
    """``names`` with a speaker named by a bare acronym that one other speaker's name
    holds inside it as that body's word ("BX" of "Stasiun Cuaca BX Kota Y") given that
    name: an office of a national body, which the article then calls by the body's
    acronym. Two such names leave the acronym as it is.

    >>> bodies_by_inner_acronym(["Stasiun Cuaca BX Kota Y", "BX", None])
    ['Stasiun Cuaca BX Kota Y', 'Stasiun Cuaca BX Kota Y', None]

    A body's unit written with the body's acronym in brackets ("PT Bahari (BH) Regional
    2 Kota Y") likewise takes a speaker named by that acronym or by the body's name
    before it ("BH", "PT Bahari"): the unit that spoke, called by its body's name.

    >>> bodies_by_inner_acronym(["PT Bahari (BH) Regional 2 Kota Y", "PT Bahari", "BH"])[1:]
    ['PT Bahari (BH) Regional 2 Kota Y', 'PT Bahari (BH) Regional 2 Kota Y']
    """
    out = list(names)
    units = [n for n in dict.fromkeys(names) if n is not None and " (" in n]
    # Each word after a name's first -> the names holding it, found once: a scan of all
    # the names for each acronym grows with the square of the speakers.
    holding: dict[str, set[str]] | None = None
    for i, name in enumerate(names):
        if name is None or not _ACRONYM.fullmatch(name):
            continue
        if holding is None:
            holding = {}
            for n in names:
                for word in (n or "").split()[1:]:
                    holding.setdefault(word.strip("()"), set()).add(n or "")
        holders = holding.get(name, set()) - {name}
        if len(holders) == 1:
            out[i] = holders.pop()
    for i, name in enumerate(names):
        if name is None or out[i] != name or _ACRONYM.fullmatch(name):
            continue
        expanded = [u for u in units if u.startswith(name + " (")]
        if len(expanded) == 1:
            out[i] = expanded[0]
    return out


def _territorial(role: str | None) -> bool:
    """True when ``role`` ends with the title of an office held over a territory
    ("Camat", "Kapolsek") or holds a village's head noun ("Kepala Kampung Sido"): the
    one word between it and the holder's name is (the end of) the territory ("Camat
    Ciawi Hendra Gunawan", "Kepala Kampung Sido Rukun Jaya Suparman"), not a first
    name."""
    words = (role or "").lower().split()
    return bool(words) and (
        words[-1] in TERRITORIAL_TITLES or any(w in LOCAL_PLACE_HEADS for w in words)
    )


def _place_of_body(name: str, resolved: str, people: frozenset[str]) -> bool:
    """True when a body written as its head noun and a place ("otoritas Gaza",
    "kepolisian Manila") was resolved to that place, the tagger's only mention there:
    the body speaks, not the place.

    >>> _place_of_body("Otoritas Gaza", "Gaza Strip", frozenset())
    True
    """
    words = name.split()
    first = resolved.split()[0]
    return (
        len(words) >= 2
        and words[0].lower() in ORG_HEADS
        and resolved not in people
        and first != words[0]
        and first in words[1:]
        and resolved not in name
    )


#: Titles of the elected head of a province, regency or city, anywhere in the world:
#: "Gubernur", "Bupati", "Wali Kota", and their deputies' short forms.
_REGION_HEAD_TITLES = frozenset({"gubernur", "bupati", "walikota", "wagub", "wabup", "wawali"})


def _heads_a_region(role: str | None) -> bool:
    """True when ``role`` ends with the title of a region's head ("Wali Kota", "Wakil
    Gubernur"): one word between it and a full name the tagger found is the region
    ("Wali Kota Kyiv Vitali Klitschko"; "Gubernur Tokyo Yuriko Koike"), whatever the
    region's country."""
    words = (role or "").lower().split()
    if not words:
        return False
    return words[-1] in _REGION_HEAD_TITLES or words[-2:] == ["wali", "kota"]


#: A Minangkabau title of custom closing a name, its full stop and name cut off ("Budi Dt").
_ADAT_TITLE_CUT = re.compile(r"\s(?:Dt|Dtk)$")


def _final_name(
    r: _Resolved,
    resolved: str | None,
    people: frozenset[str],
    bodies: frozenset[str],
    text: str,
) -> str | None:
    """The speaker as shown: the resolved name, cleaned; a body keeps the name the
    article gives it when the tagger's span is a part or an extension of it ("Kantor
    berita X" -> "X", "Angkatan Bersenjata X" -> "Staf Umum Angkatan Bersenjata X").
    One word before the person that the tagger found as a body (``bodies``; not a place,
    as often a given name: "Bima") is the office's ("Kepala Puskesmas Rahmat Hidayat").
    A body that declares its acronym is named as :func:`_named_by_its_acronym` says
    (``text`` is the article's).
    """
    if resolved is None or r.name is None:
        return resolved
    if _ADAT_TITLE_CUT.search(resolved) and r.name.startswith(resolved + "."):
        # "Budi Dt" of "Budi Dt. Rajo Sati": the tagger stopped at the title's full stop;
        # the name goes on with the title as the article wrote it.
        return r.name
    who = r.found.who
    head = r.name[: -len(resolved)].split() if r.name.endswith(" " + resolved) else []
    if head and head[0].lower() in DOTTED_NAME_PARTS:
        # "Ach Fauzi Rahman" of "Ach. Fauzi Rahman": a name opening with a shortened given
        # name, which the tagger cut at its full stop ("Rahman"); the whole name speaks.
        return r.name
    if resolved in people and (
        len(head) >= 2
        or (head and head[0] in bodies)
        or (head and (_territorial(r.role) or (who is not None and who.org)))
        or (len(head) == 1 and len(resolved.split()) >= 2 and _heads_a_region(r.role))
    ):
        # "Juru bicara Kremlin Budi Santoso", "Direktur Utama Perum X Budi Santoso": the
        # person the tagger found at the end, not the body named before him (one word
        # before a person is as often the first part of the name: "Bagus Prasetyo").
        return resolved
    if who is None and resolved != r.name and resolved in r.name and looks_like_org(r.name):
        # A continuation of a body's words: the body as the statement named it, not the
        # shorter span the tagger cut from it.
        return r.name
    if (
        who is not None
        and who.org
        and resolved != r.name
        and (by_acronym := _named_by_its_acronym(r, resolved, text)) is not None
    ):
        # "Badan X (BX) Sleman menyatakan": the branch as the sentence names it, not
        # the words of the name the tagger kept after the bracket
        return by_acronym
    if (
        who is not None
        and who.org
        and resolved != r.name
        and (resolved in r.name or r.name in resolved or _regional_branch(r, resolved))
    ):
        # "Badan X (BX) Sleman menyatakan": the branch of the place, not the whole
        # body the acronym's expansion names.
        return r.name
    if who is not None and who.org and _place_of_body(r.name, resolved, people):
        return r.name
    cleaned = clean_speaker(resolved, r.name)
    if (
        who is not None
        and who.org
        and cleaned
        and r.name.endswith(" " + cleaned)
        and r.name.split()[0].lower() in ORG_HEADS
    ):
        # "Aliansi Petani Kendal": a body named after a place is the body, not the place
        # the tagger found at its end.
        return r.name
    return cleaned
