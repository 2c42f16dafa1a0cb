"""Names found in an article's text and the name each speaker is shown by.

:func:`full_names` finds multi-word personal names in a text (titles and
sentence-opening words stripped), :func:`common_words` the words an article writes
in lower case, :func:`resolve_names` the canonical name of each speaker (the
fullest name of the article that a short one is part of, or the entity layer's), and
:func:`clean_speaker` a speaker's name without trailing degrees and stray words.

>>> [" ".join(w) for _, w in full_names("Kata Budi Santoso kemarin.")]
['Budi Santoso']
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from warta.nlp.quotes.cue_verbs import (
    lex,
)
from warta.nlp.quotes.name_tokens import (
    _is_acronym,
    _is_modifier,
    looks_like_org,
    opens_noble_name,
    province_short_forms,
    region_words,
    split_title,
)
from warta.nlp.quotes.speaker_words import (
    CAP_STOP,
    MANAGEMENT_WORDS,
    NAME_PARTICLES,
    ORG_HEADS,
    PLACE_HEADS,
    ROLE_TITLES,
)
from warta.records import Mention

# --- canonical speaker names -----------------------------------------------------------

_CAP_SPAN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|bin|binti|van|von|de))*")


#: Sentence-initial passive verbs capitalised only by position: "Dikatakan", "Ditambahkan".
_PASSIVE = re.compile(r"[Dd]i[a-z]{3,}kan")
#: A dateline glued to the first word: "Rimanews-Dinas", "Merdeka.com-Gubernur".
DATELINE = re.compile(r"^(?:\S*\.\S*?|[A-Z][a-z]{6,}|[A-Z]{3,})-+(?=[A-Z])")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z][a-z-]+")
#: Sentence-initial nominalisations: "Pernyataan Sandiaga", "Keterangan Polri".
NOMINAL = _NOMINAL = re.compile(r"(?:Pe[rnm]?|Ke)[a-z]{3,}an")


def common_words(text: str) -> frozenset[str]:
    """Words written in lower case somewhere in ``text`` (so not names when capitalised).

    >>> sorted(common_words("Tidak ada. Ini tidak benar, kata Budi."))
    ['ada', 'benar', 'kata', 'tidak']
    """
    return frozenset(_LOWER_WORD.findall(text)) - NAME_PARTICLES


def full_names(text: str, common: frozenset[str] = frozenset()) -> list[tuple[int, list[str]]]:
    """Multi-word personal names in ``text`` with their offsets, titles stripped.

    ``common`` holds words seen in lower case elsewhere in the article: capitalised at
    the start of a longer span they are ordinary words ("Album Avril Lavigne"); two-word
    spans keep them, since many given names are also words ("Bintang Emon").
    """
    out: list[tuple[int, list[str]]] = []
    for m in _CAP_SPAN.finditer(text):
        if _ENGLISH_OF.search(text, max(0, m.start() - 4), m.start()):
            continue  # "Head of Corporate Communications X": an English title, no name
        words = m.group(0).split()
        # A full stop after a word (not an initial) ends the sentence, and the name.
        end = next((k + 1 for k, w in enumerate(words) if w.endswith(".") and len(w) > 2), None)
        words = [w.rstrip(".") if len(w) > 2 else w for w in words[:end]]
        if words and DATELINE.match(words[0]):
            words[0] = DATELINE.sub("", words[0])
        while words and (
            words[0].lower() in CAP_STOP
            or (len(words) > 2 and words[0].lower() in common)
            or _PASSIVE.fullmatch(words[0])
            or _NOMINAL.fullmatch(words[0])
            or (len(words[0]) >= 7 and words[0].endswith("nya"))  # "Awalnya", "Rencananya"
            or (len(words) > 1 and len(words[0]) <= 3 and _is_acronym(words[0]))  # "KO Marquez"
            or (len(words) > 2 and words[0].lower() in _NAME_INTRODUCERS)  # "Nama Budi Santoso"
        ):
            words = words[1:]
        stop = next((k for k, w in enumerate(words) if w.lower() in CAP_STOP), len(words))
        words = words[:stop]
        while words and words[-1] in NAME_PARTICLES:
            words = words[:-1]
        if len(words) < 2:
            continue  # most spans are one word: no full name, as split_title only strips
        name, _ = split_title(" ".join(words))
        tokens = name.split()
        if 2 <= len(tokens) <= 4 and not looks_like_org(name):
            out.append((m.start() + max(0, m.group(0).find(tokens[0])), tokens))
    return out


#: Nouns that open a sentence introducing a person by name ("Nama Budi Santoso mungkin
#: asing ...", "Sosok Siti Rahayu dikenal ..."): capitalised by position, never the name.
_NAME_INTRODUCERS = lex("nama sosok figur")

#: The English "of" of a job title right before a capitalised span.
_ENGLISH_OF = re.compile(r"\bof\s+$")

_Candidates = dict[str, tuple[list[int], list[list[str]]]]


def _index_names(candidates: list[tuple[int, list[str]]]) -> _Candidates:
    """Each name token -> the starts and tokens of the full names holding it, in order."""
    index: _Candidates = {}
    for start, tokens in candidates:
        for token in dict.fromkeys(tokens):
            starts, names = index.setdefault(token, ([], []))
            starts.append(start)
            names.append(tokens)
    return index


def _fullest(name: str, pos: int, index: _Candidates) -> str:
    """The fullest earlier form of a one-word ``name`` ("Santoso" -> "Budi Santoso"): the
    last full name holding it that ends before ``pos`` (``index``: :func:`_index_names`)."""
    if " " in name or name not in index:
        return name
    starts, names = index[name]
    for k in range(bisect_left(starts, pos) - 1, -1, -1):
        tokens = names[k]
        if starts[k] + len(" ".join(tokens)) <= pos:
            i = tokens.index(name)
            # "Choi" opens "Choi Min-seo"; "Santoso" closes "Budi Santoso"; "Komang" of
            # "Ni Komang Sari" is called without the words opening a Balinese name.
            whole = i == len(tokens) - 1 or opens_noble_name(tokens[:i])
            return " ".join(tokens if whole else tokens[i:])
    return name


def resolve_names(
    text: str,
    speakers: list[tuple[str | None, int]],
    mentions: Sequence[Mention] = (),
    named: Sequence[tuple[int, list[str]]] | None = None,
) -> list[str | None]:
    """Canonical names for ``(surface name, offset)`` pairs found in ``text``.

    A mention covering the offset gives its ``entity``; otherwise a one-word name maps
    to the fullest earlier form of that person in the same article. ``named``: the
    text's ``full_names(text, common_words(text))`` when the caller has them already.

    >>> resolve_names("Profesor Budi Santoso tiba. Kata Santoso.", [("Santoso", 33)])
    ['Budi Santoso']
    """
    index: _Candidates | None = None
    by_start = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
    starts = [mentions[k].start for k in by_start]
    longest = max((m.end - m.start for m in mentions), default=0)
    out: list[str | None] = []
    for name, pos in speakers:
        if name is None:
            out.append(None)
            continue
        end = pos + len(name)
        # A mention overlapping [pos, end) starts before ``end`` and less than the longest
        # mention's length before ``pos``; bisecting keeps this O(log n) per speaker.
        near = by_start[bisect_right(starts, pos - longest) : bisect_left(starts, end)]
        overlapping = [mentions[k] for k in sorted(near) if pos < mentions[k].end]
        # Prefer a person over an organisation in "Ketua KPU Hasyim Asyari".
        hit = next((m for m in overlapping if m.type == "PER"), None) or next(
            iter(overlapping), None
        )
        place = hit is not None and hit.type not in ("PER", "ORG")
        if hit is not None and _body_swallowed_holder(hit, name, pos):
            out.append(name)  # "Kepala PT X Cabang Y Budi Santoso" tagged as one body
            continue
        if hit is not None and _cut_at_stop(hit, name, pos, text):
            out.append(name)  # "Andi Muh. Ridwan" where the tagger read "Andi Muh"
            continue
        if hit is not None and _noble_title_left_out(hit, name, pos, text):
            out.append(name)  # "Anak Agung Gde Oka Wirawan" where the tagger read "Oka Wirawan"
            continue
        if (
            hit is not None
            and hit.entity
            and not place
            and (" " in hit.entity or hit.type != "PER")
        ):
            out.append(hit.entity)
            continue
        # A speaker tagged as a place ("Bima" of "Bima Saputra") is still a person
        # when the article names one holding that word; otherwise the place stands.
        # A one-word person mention ("Rahayu") may still have a fuller form in the article.
        if index is None:
            candidates = list(named) if named is not None else full_names(text, common_words(text))
            for m in mentions:
                if m.type == "PER" and " " in m.text:
                    candidates.append((m.start, split_title(m.text)[0].split()))
            candidates.sort(key=lambda c: c[0])
            index = _index_names(candidates)
        fullest = _fullest(name, pos, index)
        if hit is not None and hit.entity and fullest == name:
            fullest = hit.entity
        out.append(fullest)
    return out


def _body_swallowed_holder(hit: Mention, name: str, pos: int) -> bool:
    """True when the tagger read a body's name and the person closing it as one body:
    ``hit`` is a body's mention that starts before the speaker ``name`` (at ``pos``)
    and ends with it, a name of two words or more with no word of a body's. The phrase
    parser, which split the office from its holder, is right there (wire copy glues the
    holder to his office: "Kepala PT X Cabang Ambon Budi Santoso mengatakan")."""
    return (
        hit.type == "ORG"
        and hit.start < pos
        and hit.end == pos + len(name)
        and len(name.split()) >= 2
        and not looks_like_org(name)
    )


def _cut_at_stop(hit: Mention, name: str, pos: int, text: str) -> bool:
    """True when the tagger's person ``hit`` ends at the full stop of an abbreviated part
    inside the speaker's ``name`` written at ``pos`` ("Andi Muh. Ridwan", "Moh. Rizal
    Hakim"): the tagger took the stop for a sentence's end, and the name goes on.

    >>> _cut_at_stop(Mention(0, 8, "Andi Muh", "PER"), "Andi Muh. Ridwan", 0, "Andi Muh. Ridwan")
    True
    """
    return (
        hit.type == "PER"
        and hit.start == pos
        and text.startswith(". ", hit.end)
        and pos + len(name) > hit.end + 2
        and text.startswith(name, pos)
    )


def _noble_title_left_out(hit: Mention, name: str, pos: int, text: str) -> bool:
    """True when the tagger's person ``hit`` is the speaker's ``name`` written at ``pos``
    without the Balinese or Sasak words opening it (:data:`NOBLE_NAME_OPENERS`): the
    name as written is the person's.

    >>> t = "Anak Agung Gde Oka Wirawan"
    >>> _noble_title_left_out(Mention(15, 26, "Oka Wirawan", "PER"), t, 0, t)
    True
    """
    return (
        hit.type == "PER"
        and pos < hit.start
        and hit.end == pos + len(name)
        and text.startswith(name, pos)
        and opens_noble_name(text[pos : hit.start].split())
    )


#: A degree the tagger glues after a person's name with no comma: "Budi Santoso SH",
#: "Rina Marlina SE", "Andi Wijaya MSi" (degrees written with full stops are cut at
#: the stop already).
TRAILING_DEGREE = re.compile(r"SH|SE|ST|SP|SIP|SPd|SKom|SKM|MH|MM|MSi|MKes|MPH|MBA|MSc|PhD|LLM")


def clean_speaker(resolved: str, surface: str | None) -> str:
    """Drop words glued to the front of a person's name by the tagger that the speaker
    phrase itself did not hold: "ASEAN Budi Santoso", "Sosial Siti Rahayu", "Garut Budi
    Santoso" (an institution acronym, a portfolio word, an office's place or a title
    before the name).

    >>> clean_speaker("ASEAN Budi Santoso", "Budi Santoso")
    'Budi Santoso'
    """
    tokens = resolved.split()
    held = set(surface.split()) if surface else set()
    if surface and len(surface.split()) > 2 and TRAILING_DEGREE.fullmatch(surface.split()[-1]):
        surface = surface.rsplit(None, 1)[0]
        held = set(surface.split())
    while (
        len(tokens) > 1
        and tokens[0] not in held
        and any(t in held for t in tokens[1:])
        and (
            _is_acronym(tokens[0])
            or _is_modifier(tokens[0])
            # The place of an office glued to its holder: "Garut Budi Santoso" of
            # "Ketua DPRD Garut Budi Santoso".
            or tokens[0].lower() in region_words()
            or tokens[0].lower() in province_short_forms()
            or tokens[0].lower() in ROLE_TITLES
            or tokens[0].lower() in ORG_HEADS
            or tokens[0].lower() in PLACE_HEADS
            or (_NOMINAL.fullmatch(tokens[0]) and tokens[0].lower() not in ORG_HEADS)
        )
    ):
        tokens = tokens[1:]
    if len(tokens) > 2 and TRAILING_DEGREE.fullmatch(tokens[-1]):
        tokens = tokens[:-1]  # "Budi Santoso SH": the tagger kept the degree in the name
    if (
        surface
        and len(tokens) < len(held) <= 4
        and set(tokens) < held
        and not looks_like_org(surface)
        # A body's management before the body the tagger found is no person's name cut
        # short: "Manajemen PT X" is the company PT X speaking, however few its words.
        and not (
            surface.split()[0].lower() in MANAGEMENT_WORDS and looks_like_org(" ".join(tokens))
        )
    ):
        return surface  # the tagger cut the name short: "Karim" of "Karim al-Sayed"
    return " ".join(tokens)
