"""Alias resolution: which mentions name the same person, organisation or place.

Two pure functions, one per scope:

* :func:`resolve_article` - within one article: titles and roles become attributes
  ("Presiden", "Prof", "mantan duta besar Indonesia untuk Jepang"); surnames and short
  forms link to the full name ("Widodo" -> "Joko Widodo"); orthographic variants merge
  ("Moon-Jae-in", "Moon Jae In" -> "Moon Jae-in"); a role alone ("Presiden Prancis") links
  to the person the article names with that role; places resolve through
  :mod:`warta.nlp.entities.gazetteer` (a metonym keeps the city as ``entity`` and gets the country
  as ``referent``); "Long Name (ACR)" pairs become one organisation; and gazetteer names
  the NER missed ("Korut", "AS") are added.
* :func:`resolve_corpus` - across articles: a bare or variant name links to the one full
  name it can denote elsewhere in the corpus; two different full names never merge. It
  lives in :mod:`warta.nlp.entities.crossdoc` and is re-exported here.

Candidate spans (gazetteer hits, acronyms, cleaned NER mentions) come from
:mod:`warta.nlp.entities.spans`; name keys, spellings and titles shared by both scopes from
:mod:`warta.nlp.entities.names` (:func:`name_key` is re-exported here).

An :class:`~warta.records.EntityRef` groups mentions by what they *refer to*:
``mention.referent or mention.entity``. So "Moskow" (entity "Moscow", referent "Russia")
is counted, with its surface form, under the article's "Russia" entity.

>>> from warta.records import Mention
>>> text = "Presiden Prancis Emmanuel Macron bertemu Ani. Macron tiba di Moskow."
>>> ms = [Mention(17, 32, "Emmanuel Macron", "PER"), Mention(41, 44, "Ani", "PER"),
...       Mention(46, 52, "Macron", "PER")]
>>> mentions, refs = resolve_article(text, ms)
>>> [(m.text, m.entity) for m in mentions if m.type == "PER"]
[('Emmanuel Macron', 'Emmanuel Macron'), ('Ani', 'Ani'), ('Macron', 'Emmanuel Macron')]
>>> [r.name for r in refs]
['Ani', 'Emmanuel Macron', 'France', 'Russia']
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence

from warta.lexicon.indonesian import NAME_STOP_WORDS
from warta.nlp.entities.addressed import address_left_out, names_without_address
from warta.nlp.entities.brands import join_trade_brands
from warta.nlp.entities.callnames import (
    _TITLE_WORDS,
    AGE_AFTER,
    _addressed_names,
    _declared_nicknames,
    _single_names_left,
    _wives_by_husband,
)
from warta.nlp.entities.captions import split_company_then_person
from warta.nlp.entities.crossdoc import resolve_corpus
from warta.nlp.entities.datelines import dateline_towns
from warta.nlp.entities.enterprisenames import join_enterprise_short_names
from warta.nlp.entities.entityrefs import article_outputs
from warta.nlp.entities.epithets import royal_epithets
from warta.nlp.entities.gazetteer import capitalised_words, load_gazetteer
from warta.nlp.entities.legalforms import join_legal_form_variants
from warta.nlp.entities.namematch import match_name
from warta.nlp.entities.names import (
    HEAD_TITLES,
    NOBILITY_TITLES,
    TITLE_HEAD,
    TITLES,
    by_last_word,
    is_org_head,
    is_teknonym,
    korean_name_at,
    name_key,
    nickname_of,
    own_words,
    pick,
    plain_name,
    preferred,
    respelt,
    role_key,
    short_forms,
    spelling_variants,
    sub_names,
)
from warta.nlp.entities.offices import given_name_after_acronym
from warta.nlp.entities.officeunits import units_after_office
from warta.nlp.entities.othernames import formal_state_names, join_declared_other_names
from warta.nlp.entities.personforms import join_name_initials, join_shortened_given_names
from warta.nlp.entities.renamed import join_former_names
from warta.nlp.entities.renamedplaces import join_former_place_names
from warta.nlp.entities.retyping import initials_of_people
from warta.nlp.entities.routes import route_ends
from warta.nlp.entities.shortnames import (
    blended_place_names,
    companies_cited_by_opening,
    join_headless_names,
    join_qualified_names,
    join_short_forms,
    join_tail_acronyms,
    regency_written_short,
    untagged_division_names,
)
from warta.nlp.entities.shorttitles import mend_short_titles
from warta.nlp.entities.spanrecord import _TITLE_BEFORE
from warta.nlp.entities.spans import (
    Covered,
    Span,
    clean_ner,
    merge,
    trim_companies,
    trusted_spans,
)
from warta.nlp.entities.statecompanies import join_state_company_citations
from warta.records import EntityRef, Mention

__all__ = ["name_key", "resolve_article", "resolve_corpus"]

# A title (and a place) right before a name: "Presiden Prancis, Emmanuel Macron", "Prof
# Sulastri", "Menteri Luar Negeri Jepang saat itu, Taro Kono".
_BEFORE = re.compile(
    rf"(?<![\w.])(?P<title>{TITLE_HEAD})(?:\s+(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}}))?"
    r"(?:\s+(?:saat|kala|ketika) itu)?\s*,?\s+$"
)
# Roles that stand for one person when followed by a country: "Presiden Prancis itu".
_ROLE_ONLY = re.compile(
    r"(?<![\w.])(?P<title>(?i:presiden|perdana menteri|kanselir|raja|ratu|kaisar|"
    r"menteri luar negeri|menteri pertahanan|pemimpin tertinggi))\s+$"
)
_APPOSITIVE = re.compile(
    r"\s*,\s+(?:(?:seorang|sang)\s+)?(?P<role>(?:(?:mantan|eks)\s+)?(?:profesor|professor|"
    r"duta besar|dubes|peneliti|sejarawan|analis|pakar|pengamat|menteri|presiden|juru bicara|"
    r"direktur|ketua|kepala|wakil|dosen|guru besar|ilmuwan|ekonom|pejabat|diplomat)\b"
    r"[^,.;:!?\"“”()]{0,80})"
)
# Romanised Korean names the NER may miss: "Moon-Jae-in", "Ban Ki-moon", "Yoon Suk-yeol".
_KOREAN_NAME = re.compile(r"\b[A-Z][a-z]+[ -][A-Z][a-z]+-[a-z]+\b")
_ANY_WORD = re.compile(r"\S+")
# An organisation mention made of the police's corps word and capitalised name words
# ("Pol <Given> <Middle>"), which the tagger cuts from the surname after it.
_POLICE_CORPS_NAME = re.compile(
    r"(?:Pol|Polisi)\.?[ \t]+(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})"
)
# What may stand between a role and the name it introduces: "Presiden Prancis saat itu, X".
_FOLLOW = re.compile(r"(?:\s+(?:saat|kala|ketika) itu)?\s*,?\s*")
# Nominalisations name a portfolio, not a person: "Menteri Keuangan", "Menko Kemaritiman".
# A whole surface that is a title only: "Paus", "Jaksa Agung".
_WHOLE_TITLE = re.compile(TITLE_HEAD)
_NOMINAL = re.compile(r"(?:Ke|Pe[rnm]?)[a-z]{3,}an")
# Words a title prefix can start with: a cheap test before the title regex runs.
_TITLE_FIRST = frozenset(
    {t.split()[0].casefold().rstrip(".") for t in TITLES} | {"mantan", "eks", "wakil", "pertama"}
)
#: Call titles of regional and religious address (not in TITLES: they open nicknames).
_CALL_TITLES = frozenset("gus kiai nyai ning cak kang mas mbak bang daeng uda buya".split())
_ROLE_LAST = frozenset(
    "presiden menteri kanselir raja ratu kaisar negeri pertahanan tertinggi".split()
)


def _starts_sentence(text: str, pos: int) -> bool:
    """Whether only a sentence end, a quote or a line break precedes ``pos``."""
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in '.!?"“”:\n'


# An age in brackets right after a name, closing an apposition: "<Name> (42),".
_AGED_APPOSITION = re.compile(r"[ \t]+\(\d{1,3}\)[ \t]*,")


def _joined_persons(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with two person mentions only a space apart joined into one: the
    tagger cut "<Given> <Middle> <Father's name>" before its last word ("Teuku Hasbi
    Murdani| Yusuf"). Not a one-word mention right after a title: there it is often the
    office's territory ("Bupati <Regency>| <Name>"). A word tagged a place (not one the
    gazetteer knows) opening an apposition with an age ("..., <Given>| <Surname> (42),")
    is the person's given name. (Two full names in one span are split again by
    :func:`~warta.nlp.entities.spans.clean_ner`.)"""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        last = out[-1] if out else None
        if (
            last is not None
            and last.type == "ORG"
            and m.type == "PER"
            and text[last.end : m.start] == " "
            and m.text[:1].isupper()
        ):
            corps = _POLICE_CORPS_NAME.fullmatch(last.text)
            ranked = _TITLE_BEFORE.search(text, max(0, last.start - 40), last.start)
            if corps is not None and ranked is not None:
                # "Jenderal |Pol <Given> <Middle>| <Surname>": the corps is the rank's
                at = last.start + corps.start("name")
                out[-1] = Mention(at, m.end, text[at : m.end], "PER")
                continue
            cut = given_name_after_acronym(text, last.start, last.end)
            if cut is not None:  # "Kepala <ACR> <Given>| <Surname>": the given name is his
                given = _ANY_WORD.search(text, cut, last.end)
                if given is not None:
                    out[-1] = Mention(last.start, cut, text[last.start : cut], "ORG")
                    m = Mention(given.start(), m.end, text[given.start() : m.end], "PER")
                    out.append(m)
                    continue
        if (
            last is not None
            and last.type == "LOC"
            and m.type == "PER"
            and text[last.end : m.start] == " "
            and _AGED_APPOSITION.match(text, m.end)
            and text[: last.start].rstrip().endswith(",")
            and " " not in last.text
            and load_gazetteer().lookup(last.text) is None
        ):
            # ", <Given>| <Surname> (42),": an aged apposition is a person, whatever the
            # tagger took its first word for
            last = out[-1] = Mention(last.start, last.end, last.text, "PER")
        if (
            last is not None
            and last.type == m.type == "PER"
            and text[last.end : m.start] == " "
            and m.text[:1].isupper()
            and (
                " " in last.text.strip()
                or not _TITLE_BEFORE.search(text, max(0, last.start - 40), last.start)
            )
        ):
            out[-1] = Mention(last.start, m.end, text[last.start : m.end], "PER")
        else:
            out.append(m)
    return out


def _annotate_person(text: str, s: Span, others: Covered | None = None) -> None:
    """Title/role before the name and an appositive role after it -> attributes. A bare
    name is extended leftwards over plain words after the title unless ``others`` (the
    article's other spans) holds them: "Kades Tanjungsari Suparman" with the village a
    place of its own keeps "Suparman"."""
    s.annotated = True
    m = None
    for word in _ANY_WORD.finditer(text, max(0, s.start - 80), s.start):
        if word.group().casefold().rstrip(".,") in _TITLE_FIRST:
            m = _BEFORE.match(text, word.start(), s.start)
            if m:
                break
    if m:
        title = " ".join(m.group("title").split())
        words = list(_ANY_WORD.finditer(m.group("place") or ""))
        # The longest leading run of words that is a country is the role's place; the
        # rest, if name-like, is the start of the name ("Presiden Joko Widodo").
        k = next(
            (
                k
                for k in range(len(words), 0, -1)
                if role_key(title, " ".join(w.group() for w in words[:k]))
            ),
            0,
        )
        place = " ".join(w.group() for w in words[:k])
        rest = words[k:]
        # Only a short run of plain words right against the name, no comma: "Kepala Dinas
        # Perhubungan Kalimantan Tengah, Rahmat Hidayat" is a role, not a longer name.
        adjacent = "," not in text[m.end("place") : s.start] and len(rest) <= 2
        # A name of two words or more already has its given name: words before it belong
        # to the role ("Menteri Pariwisata Arief Yahya" is not "Pariwisata Arief Yahya").
        bare = len(name_key(text[s.start : s.end])) == 1
        if (
            rest
            and adjacent
            and bare
            and all(
                w.group().isalpha()
                and not w.group().isupper()
                and not _NOMINAL.fullmatch(w.group())
                and w.group().casefold() not in _TITLE_WORDS  # "Panglima TNI Jenderal X"
                for w in rest
            )
            and not any(is_org_head(w.group()) or load_gazetteer().lookup(w.group()) for w in rest)
            and not (
                others is not None
                and others.overlaps(
                    m.start("place") + rest[0].start(), m.start("place") + rest[-1].end()
                )
            )
        ):
            s.start = m.start("place") + rest[0].start()
        elif rest and adjacent and all(w.group().casefold() in _TITLE_WORDS for w in rest):
            pass  # "Presiden Qatar Sheikh Tamim": a second title, the role's place stays
        elif rest:
            place = " ".join(w.group() for w in words)
        key = role_key(title, place) if place else None
        s.role = key
        s.attributes.append(f"{title} {place}" if place else title)
        name = " ".join(text[s.start : s.end].split())
        role = f"{title} {place}" if place else title
        # The titled form is a surface alias ("Presiden Macron", "Prof Sulastri") when it is
        # written as one phrase; a long role after a comma is an attribute only.
        if "," not in text[m.start() : s.start] and len(role.split()) <= 3:
            s.titled = f"{role} {name}"
    after = _APPOSITIVE.match(text, s.end)
    if after:
        s.attributes.append(" ".join(after.group("role").split()))


def resolve_article(
    text: str, mentions: Sequence[Mention]
) -> tuple[tuple[Mention, ...], tuple[EntityRef, ...]]:
    """Resolve the mentions of one article; add gazetteer names and names the NER missed.

    ``mentions`` index into ``text`` (``entity`` ignored). Returns the mentions sorted by
    offset with ``entity`` (and ``referent`` for metonyms) set, and one
    :class:`~warta.records.EntityRef` per entity, sorted by name.

    >>> ms, refs = resolve_article("Korut dan AS.", [])
    >>> [(r.name, r.mentions, r.subtype) for r in refs]
    [('North Korea', ('Korut',), 'GPE'), ('United States', ('AS',), 'GPE')]
    """
    # One scan for capitalised words serves the gazetteer, name shapes and propagation:
    # whole-text regex scans dominate the cost of an article (budget ~1 ms).
    words = capitalised_words(text)
    index: dict[str, list[int]] = defaultdict(list)
    for start, word in words:
        index[word.casefold()].append(start)
    trusted = trusted_spans(text, words)
    mended = mend_short_titles(text, mentions)  # "Pdt. <Name>", "Abd. <Name>", "La Ode <Name>"
    candidates = [c for m in _joined_persons(text, mended) for c in clean_ner(text, m)]
    trim_companies(text, candidates)
    for c in candidates:  # the tagger cut a three-word Korean name short: "Kang Mi| Ja"
        end = korean_name_at(text, c.start) if c.type == "PER" else None
        if end is not None and end > c.end:
            c.end = end
    spans = merge(text, sorted(candidates, key=lambda s: s.start), trusted)
    cov = Covered(sorted((s for s in spans if not s.nested), key=lambda s: s.start))
    shaped = (_KOREAN_NAME.match(text, start) for start, _w in words)
    for start, end in [(m.start(), m.end()) for m in shaped if m is not None] + [
        (start, end) for start, _w in words if (end := korean_name_at(text, start))
    ]:
        if not cov.overlaps(start, end):
            spans.append(Span(start, end, "PER"))
            cov.add(start, end)
    persons = [s for s in spans if s.type == "PER"]
    for s in persons:
        _annotate_person(text, s, cov)
    # Titles may have extended a name leftwards ("Presiden Joko Widodo").
    cov = Covered(sorted((s for s in spans if not s.nested), key=lambda s: s.start))
    # Full names (two words or more) grouped by spelling-insensitive key.
    forms: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for s in persons:
        surface = text[s.start : s.end]
        if len(name_key(surface)) > 1:
            forms[name_key(surface)][plain_name(surface)] += 1
    # Propagate: variants and short forms the NER missed ("Moon-Jae-in", "Biden-Xi").
    shorts: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    # Each full name is looked for only where its first word is written, and matched by
    # string comparison: a regex per name cost ~3 compilations per article and evicted
    # other stages' patterns from re's cache (see warta.nlp.entities.namematch).
    for key, variants in forms.items():
        for start in index.get(key[0], ()):
            end = match_name(text, start, key)
            if end is None:
                continue
            if text[start].isupper() and not cov.overlaps(start, end):
                spans.append(Span(start, end, "PER"))
                cov.add(start, end)
                variants[" ".join(text[start:end].split())] += 1
        for form in variants:
            for short in short_forms(form):
                shorts[short].add(key)
    _titled_given_names(text, index, forms, spans, cov)
    _particled_surnames(text, index, forms, spans, cov)
    # Names that are whole words of one longer name are that person ("Bambang Adi").
    up = _same_person(forms, index)
    shorts = defaultdict(set, {w: {up.get(k, k) for k in keys} for w, keys in shorts.items()})
    # A one-word name is propagated only if the NER found it mid-sentence once: a
    # sentence-initial "Namun" tagged PER must not spread to every "Namun".
    singles = {
        text[s.start : s.end]
        for s in persons
        if len(name_key(text[s.start : s.end])) == 1 and not _starts_sentence(text, s.start)
    }
    singles |= {w for f in forms.values() for v in f for w in v.split() if w.casefold() in shorts}
    # A title tagged alone ("Paus") is not propagated onto the title of a named person
    # ("Paus Fransiskus"): there it is the name's title, not a mention of its own.
    named = {s.start for s in spans if s.type == "PER"}
    for word in sorted(singles):
        if len(word) < 2 or not word[0].isupper():
            continue
        title = _WHOLE_TITLE.fullmatch(word) is not None
        for start in index.get(word.casefold(), ()):
            end = start + len(word)
            bounded = end == len(text) or not text[end].isalnum()
            if title and (follow := _FOLLOW.match(text, end)) and follow.end() in named:
                continue
            if word.casefold() in NAME_STOP_WORDS and _starts_sentence(text, start):
                continue  # "Dan mengatakan ...": the conjunction, not "Nicusor Dan"
            if text.startswith(word, start) and bounded and not cov.overlaps(start, end):
                spans.append(Span(start, end, "PER"))
                cov.add(start, end)
    spans.sort(key=lambda s: s.start)
    known = set(shorts) | {w.casefold() for w in singles}
    extended = False
    for s in spans:
        if s.place is None and s.type != "PER" and text[s.start : s.end].casefold() in known:
            s.type = "PER"
        if s.type == "PER" and not s.annotated:
            before = s.start
            _annotate_person(text, s)
            if s.start != before:  # a title extended a short form into a full name
                extended = True
                form = plain_name(text[s.start : s.end])
                forms[name_key(form)][form] += 1
                for short in short_forms(form):
                    shorts[short].add(name_key(form))
    if extended:  # else ``forms`` is as it was, and so would be the result
        up |= {k: sup for k, sup in _same_person(forms, index).items() if k not in up}
    middles = _middle_words(forms, up)
    canonical = {key: preferred(v) for key, v in forms.items()}
    canonical |= {key: canonical[up[key]] for key in up}
    weight = {key: sum(v.values()) for key, v in forms.items()}
    # A nickname starts with its full name's first two letters and holds the first two of
    # its last name further on: keys by both pairs, so a word looks up only its candidates
    # (a list by first letters alone grows with the article's names, and so did the cost).
    by_ends: dict[tuple[str, str], list[tuple[str, ...]]] = defaultdict(list)
    for k in forms:
        if k not in up and len(k) > 1:
            by_ends[k[0][:2], k[-1][:2]].append(k)
    nicknames: dict[str, tuple[str, ...] | None] = {}
    roles: dict[tuple[str, str], set[tuple[str, ...]]] = defaultdict(set)
    first_seen = _first_seen(text, spans, up)
    full_names = by_last_word(k for k in forms if k not in up and len(k) > 1)
    holders: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for k in forms:  # every full name holding a word, wherever in the name
        for w in () if is_teknonym(k) else own_words(k):  # "Amaq <Child>": not his
            holders[w].add(up.get(k, k))
    openings = _by_opening(holders)
    titled = _titles_before(text, spans, up)
    ages = _ages_of_full_names(text, spans, canonical)
    for s in spans:
        if s.type != "PER":
            continue
        key = name_key(text[s.start : s.end])
        if len(key) > 1:
            s.entity = canonical[key]
            if s.role:
                roles[s.role].add(up.get(key, key))
        elif ages and _aged_apart(text, s, holders.get(key[0], set()), ages, canonical):
            # "<Given> (52)" beside "<Given> <Surname> (47)": two residents, not one
            s.entity = " ".join(text[s.start : s.end].split())
        else:
            word = key[0]
            if word not in nicknames:
                blends = {
                    k
                    for i in range(2, len(word) - 1)
                    for k in by_ends.get((word[:2], word[i : i + 2]), ())
                }
                nicknames[word] = nickname_of(word, sorted(blends))
            nick = nicknames[word]
            s.entity = (
                _only_named_before(holders.get(key[0], set()), s.start, first_seen, canonical)
                or _not_the_speaker(text, s, holders.get(key[0], set()), up, canonical)
                or _same_title(
                    holders.get(key[0], set()), _title_at(text, s.start), titled, canonical
                )
                or _titled_given_name(
                    holders.get(key[0], set()), word, _title_at(text, s.start), canonical
                )
                or _given_name_before(
                    holders.get(key[0], set()), word, s.start, first_seen, canonical
                )
                or pick(shorts.get(key[0], set()), weight, canonical)
                or (canonical[nick] if nick else None)
                or (canonical[spelt] if (spelt := respelt(word, full_names)) else None)
                or (canonical[middles[word]] if word in middles and word not in shorts else None)
                or _truncated_name(word, s.start, holders, first_seen, canonical, openings)
                or " ".join(text[s.start : s.end].split())
            )
    _declared_nicknames(text, spans)
    _addressed_names(text, spans)
    royal_epithets(text, spans)  # "Ngarsa Dalem": the ruler named last
    join_shortened_given_names(spans)  # "Frans <Surname>" of "Fransiskus ... <Surname>"
    join_name_initials(text, spans)  # "SBY", "Mas <XYZ>"
    _single_names_left(text, spans)
    names_without_address(text, spans)  # "Uni <Name>" then "<Name>": a woman, <Name>
    _wives_by_husband(text, spans)
    units_after_office(text, spans)  # "Kepala Desa <Village>, <Name>": the village
    split_company_then_person(text, spans)
    _title_alone(text, spans)
    spans.extend(_role_only(text, spans, roles, canonical))
    join_short_forms(text, spans)
    join_headless_names(text, spans)
    companies_cited_by_opening(text, spans)  # "<Two Words>" of "PT <Two Words> <More>"
    join_legal_form_variants(text, spans)  # "PT <Name>" of "PT <Name> Tbk"
    join_enterprise_short_names(text, spans)  # "Perumda <Name>" of "Perumda Air Minum <Name>"
    join_state_company_citations(text, spans)  # "<Name>" of "PT <Name> (Persero) <Unit>"
    join_qualified_names(text, spans)
    join_tail_acronyms(text, spans)  # "<Company> <ACR>" of "PT <Company> Regional <Region>"
    join_former_names(text, spans)
    join_trade_brands(text, spans)  # "<Company> kini memakai merek <Brand>"
    join_former_place_names(text, spans)  # "<Regency>, yang hingga <year> bernama <Old>"
    formal_state_names(text, spans)  # "Republik Demokratik <State>": the state
    join_declared_other_names(text, spans)  # "<Name>, yang akrab disebut <Other>"
    dateline_towns(text, spans)  # "<NAME> —" for a province's capital: the city
    route_ends(text, spans)  # "dari <City> ke <Town>": the town a place
    regency_written_short(text, spans)
    blended_place_names(text, spans)  # "Jakbar" beside "Jakarta Barat"
    untagged_division_names(text, spans, index)  # "warga <Name>" of "Kelurahan <Name>"
    address_left_out(text, spans)  # "Mbah <Name>": also <Name>
    spans.sort(key=lambda s: (s.start, s.end))
    return article_outputs(text, spans)


def _ages_of_full_names(
    text: str, spans: Sequence[Span], canonical: Mapping[tuple[str, ...], str]
) -> dict[str, set[str]]:
    """``{full name: ages written after it}`` for the person spans of two words or more
    followed by an age in brackets ("<Given> <Surname> (47)")."""
    ages: dict[str, set[str]] = defaultdict(set)
    for s in spans:
        if s.type != "PER":
            continue
        age = AGE_AFTER.match(text, s.end)
        key = name_key(text[s.start : s.end])
        if age is not None and len(key) > 1 and key in canonical:
            ages[canonical[key]].add(age.group(1))
    return ages


def _aged_apart(
    text: str,
    span: Span,
    holders: set[tuple[str, ...]],
    ages: Mapping[str, set[str]],
    canonical: Mapping[tuple[str, ...], str],
) -> bool:
    """Whether the one-word person ``span`` is written with an age ("<Given> (52)") and
    every full name holding its word was written with other ages only ("<Given>
    <Surname> (47)"): then it is a person of its own, no short form of theirs.

    >>> t = "Pedagang Sutopo (52) dan Sutopo Rahardjo (47) hadir."
    >>> full = {"Sutopo Rahardjo": {"47"}}
    >>> key = ("sutopo", "rahardjo")
    >>> _aged_apart(t, Span(9, 15, "PER"), {key}, full, {key: "Sutopo Rahardjo"})
    True
    """
    age = AGE_AFTER.match(text, span.end)
    if age is None or not holders:
        return False
    seen = [ages.get(canonical.get(k, ""), set()) for k in holders]
    return all(years and age.group(1) not in years for years in seen)


def _same_person(
    forms: Mapping[tuple[str, ...], Counter[str]], index: Mapping[str, list[int]]
) -> dict[tuple[str, ...], tuple[str, ...]]:
    """``{name: fuller name}`` for the full names of one article that name one person:
    parts of one longer name (:func:`~warta.nlp.entities.names.sub_names`, gaps allowed)
    and spellings a letter apart (:func:`~warta.nlp.entities.names.spelling_variants`).

    Between two spellings written as often, the one whose words the article uses more
    on their own wins ("Harvey Weinstein" over a one-off "Haevey Weinstein" when
    "Harvey" is written elsewhere): the word count breaks ties only (it stays below 1);
    then the one whose given name comes first in the article.
    """
    weight: dict[tuple[str, ...], float] = {}
    for key, written in forms.items():
        uses = sum(len(index.get(w, ())) for w in key)
        # then the spelling whose given name the article writes first ("Oleksiy Hrytsai"
        # in the lead, an "Oleksii Gritsai" quoted later): a tie-break far below the others
        first = min(index.get(key[0], ()), default=0)
        weight[key] = sum(written.values()) + uses / (uses + 1) + 1e-9 / (1 + first)
    variants = {**_reversed_orders(weight), **spelling_variants(weight)}
    up = sub_names(forms, gaps=True)
    for short, full in _cut_short_call_names(forms).items():
        up.setdefault(short, full)
    # how often each word is written inside the full names, in one pass over them (a pass
    # per word compared was quadratic)
    inside: Counter[str] = Counter()
    for key, written in forms.items():
        for word in set(key):
            inside[word] += sum(written.values())
    for minor, major in variants.items():
        if not _both_cited_alone(minor, major, inside, index):
            up.setdefault(minor, up.get(major, major))
    # A part of the minor spelling is a part of the major one: one more step. (No
    # cycle: parts map to longer names, and spellings of four letters or more never
    # map back to a name cut to initials.)
    return {k: up.get(v, v) for k, v in up.items()}


def _cut_short_call_names(
    keys: Collection[tuple[str, ...]],
) -> dict[tuple[str, ...], tuple[str, ...]]:
    """``{two-word name: the one longer name it cites}`` where the two words are the
    longer name's first word, a title of nobility that stays with the name it opens
    (:data:`~warta.nlp.entities.names.NOBILITY_TITLES`), and the first syllables of a later
    word, the way call names are cut ("Raden Sulak" of "Raden Sulaksono Wiryo"); the cut
    word has three letters or more and leaves two off. (A title of address such as
    "Romo" is no part of the name: the rules for addressed names decide those.)

    >>> _cut_short_call_names([("raden", "sulak"), ("raden", "sulaksono", "wiryo")])
    {('raden', 'sulak'): ('raden', 'sulaksono', 'wiryo')}
    """
    longer: dict[str, list[tuple[str, ...]]] = defaultdict(list)  # by their first word
    for k in keys:
        if len(k) > 2:
            longer[k[0]].append(k)
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key in keys:
        if len(key) != 2 or len(key[1]) < 3 or key[0] not in NOBILITY_TITLES:
            continue
        fits = [
            k for k in longer.get(key[0], [])
            if key[1] not in k
            and any(len(w) >= len(key[1]) + 2 and w.startswith(key[1]) for w in k[1:])
        ]
        if len(fits) == 1:
            out[key] = fits[0]
    return out


def _reversed_orders(
    weight: Mapping[tuple[str, ...], float],
) -> dict[tuple[str, ...], tuple[str, ...]]:
    """``{name: the same words in the other order}`` for full names an article writes both
    ways: East Asian and Hungarian names are written family name first in their own
    press and given name first in much of the Indonesian ("Haruto Imaizumi"
    beside "Imaizumi Haruto"). The less weighty order maps to the weightier (then the first A-Z).

    >>> _reversed_orders({("haruto", "imaizumi"): 3.0, ("imaizumi", "haruto"): 1.0})
    {('imaizumi', 'haruto'): ('haruto', 'imaizumi')}
    """
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key in weight:
        other = key[::-1]
        # the lighter order maps to the weightier; of two as weighty, the later A-Z one does
        if other != key and other in weight and (weight[key], other) < (weight[other], key):
            out[key] = other
    return out


def _both_cited_alone(
    minor: tuple[str, ...],
    major: tuple[str, ...],
    inside: Mapping[str, int],
    index: Mapping[str, list[int]],
) -> bool:
    """Whether two full names a letter apart are two people: each word in which they
    differ is written on its own too, outside the full names holding it (``inside``: how
    often each word is written in a full name) - twins or siblings named alike ("Raka
    <Surname>"/"Rama <Surname>", each cited alone after), not a misspelling, whose odd
    word the article writes nowhere else."""
    for a, b in zip(minor, major, strict=True):
        if a == b:
            continue
        for word in (a, b):
            if len(index.get(word, ())) <= inside.get(word, 0):
                return False
    return True


_NEXT_NAME = re.compile(r"[ \t]+([A-Z][\w'’-]*)")


def _titled_given_names(
    text: str,
    index: Mapping[str, list[int]],
    forms: dict[tuple[str, ...], Counter[str]],
    spans: list[Span],
    cov: Covered,
) -> None:
    """Find "<title of nobility> <later word>" of a full name opened by that title ("Lalu
    Hamzan" after "Lalu Hamzan Sapardi") where the tagger missed it: a span and a form
    (the form then maps up to the full name, :func:`~warta.nlp.entities.names.sub_names`)."""
    for key in [k for k in forms if k[0] in HEAD_TITLES and len(k) > 2]:
        for start in index.get(key[0], ()):
            m = _NEXT_NAME.match(text, start + len(key[0]))
            if m is None or m.group(1).casefold() not in key[2:] or not text[start].isupper():
                continue
            if not cov.overlaps(start, m.end()):
                _add_person_form(text, start, m.end(), forms, spans, cov)


#: Particles that open a surname (Dutch, German, French, Portuguese): "<Given> van der
#: <Surname>" is cited by its surname with them, the first one capitalised ("Van der
#: <Surname>"), as the press writes a Dutch surname standing alone.
_SURNAME_PARTICLES = frozenset("van von der den de da dos du la le ter ten".split())


def _particled_surnames(
    text: str,
    index: Mapping[str, list[int]],
    forms: dict[tuple[str, ...], Counter[str]],
    spans: list[Span],
    cov: Covered,
) -> None:
    """Find the surname of a full name with its particles ("Van der <Surname>" after
    "<Given> van der <Surname>"), written capitalised where the tagger missed it: a span
    and a form (the form then maps up to the full name, as a title's does in
    :func:`_titled_given_names`)."""
    for key in list(forms):
        at = next((k for k in range(1, len(key) - 1) if key[k] in _SURNAME_PARTICLES), None)
        if at is None or not all(w in _SURNAME_PARTICLES for w in key[at:-1]):
            continue
        surname = key[at:]
        for start in index.get(surname[0], ()):
            end = match_name(text, start, surname)
            if end is None or not text[start].isupper() or cov.overlaps(start, end):
                continue
            _add_person_form(text, start, end, forms, spans, cov)


def _add_person_form(
    text: str,
    start: int,
    end: int,
    forms: dict[tuple[str, ...], Counter[str]],
    spans: list[Span],
    cov: Covered,
) -> None:
    """Take ``text[start:end]`` as a person's span the tagger missed, and count its form."""
    spans.append(Span(start, end, "PER"))
    cov.add(start, end)
    form = " ".join(text[start:end].split())
    forms[name_key(form)][form] += 1


def _first_seen(
    text: str, spans: Sequence[Span], up: Mapping[tuple[str, ...], tuple[str, ...]]
) -> dict[tuple[str, ...], int]:
    """``{full name key: offset of its first mention}`` (parts mapped to their longer name)."""
    seen: dict[tuple[str, ...], int] = {}
    for s in spans:
        if s.type == "PER":
            key = name_key(text[s.start : s.end])
            if len(key) > 1:
                key = up.get(key, key)
                seen[key] = min(seen.get(key, s.start), s.start)
    return seen


# Titles written before a name, folded to one spelling: "KH" and "Kyai" are "Kiai".
_TITLE_WORD_BEFORE = re.compile(r"(?<![\w.])([A-Z][A-Za-z]{1,8})\.?[ \t]+$")
_TITLE_SPELLINGS = {"kh": "kiai", "kyai": "kiai", "hj": "hajah", "hajjah": "hajah", "ny": "nyonya"}


def _title_at(text: str, pos: int) -> str | None:
    """The honorific or title word right before ``pos``, folded, or None."""
    m = _TITLE_WORD_BEFORE.search(text, max(0, pos - 12), pos)
    if m is None:
        return None
    word = m.group(1).casefold()
    word = _TITLE_SPELLINGS.get(word, word)
    return word if word in _TITLE_WORDS or word in _CALL_TITLES else None


def _titles_before(
    text: str, spans: Sequence[Span], up: Mapping[tuple[str, ...], tuple[str, ...]]
) -> dict[tuple[str, ...], set[str]]:
    """``{full name key: titles written before it}`` ("Kiai Abdul Rozak": kiai)."""
    out: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for s in spans:
        if s.type == "PER":
            key = name_key(text[s.start : s.end])
            title = _title_at(text, s.start)
            if len(key) > 1 and title is not None:
                out[up.get(key, key)].add(title)
    return out


def _same_title(
    candidates: set[tuple[str, ...]],
    title: str | None,
    titled: Mapping[tuple[str, ...], set[str]],
    canonical: Mapping[tuple[str, ...], str],
) -> str | None:
    """The one full name among two or more holding a short form that the article wrote
    with the short form's title: "Kiai Rozak" is "Kiai Abdul Rozak", not "Gus Ilham
    Rozak"."""
    if title is None or len(candidates) < 2:
        return None
    fits = [k for k in candidates if title in titled.get(k, ())]
    return canonical[fits[0]] if len(fits) == 1 else None


def _titled_given_name(
    candidates: set[tuple[str, ...]],
    word: str,
    title: str | None,
    canonical: Mapping[tuple[str, ...], str],
) -> str | None:
    """The one full name among two or more holding ``word`` whose given name it is, when
    a title stands before it: "Kiai <Word>" addresses a man by his given name, so it is
    "KH <Word> <Surname>", not his son "KH <Given> <Middle> <Word>" named after him."""
    if title is None or len(candidates) < 2:
        return None
    fits = [k for k in candidates if k[0] == word]
    return canonical[fits[0]] if len(fits) == 1 else None


def _given_name_before(
    candidates: set[tuple[str, ...]],
    word: str,
    pos: int,
    first_seen: Mapping[tuple[str, ...], int],
    canonical: Mapping[tuple[str, ...], str],
) -> str | None:
    """The one full name already named at ``pos`` that opens with ``word``, among two or
    more named before that hold it: a one-word name is read as a given name, the way
    Indonesian papers cite people, so "Prabowo" after "<Given> <Middle> Prabowo" and
    "Prabowo <Surname>" is the second, and "Gunawan" after "<Given> Gunawan" and
    "Gunawan <Clan>" is the clan's man. None when no or several such names open with it.

    >>> seen = {("listyo", "sigit", "prabowo"): 0, ("prabowo", "subianto"): 40}
    >>> canon = {k: " ".join(k) for k in seen}
    >>> _given_name_before(set(seen), "prabowo", 90, seen, canon)
    'prabowo subianto'
    """
    before = [k for k in candidates if k in first_seen and first_seen[k] < pos]
    if len(before) < 2:
        return None
    fits = [k for k in before if k[0] == word]
    return canonical[fits[0]] if len(fits) == 1 else None


#: The letters a word cut short keeps at least (:func:`_truncated_name`).
_OPENING = 3


def _by_opening(words: Iterable[str]) -> dict[str, list[str]]:
    """``words`` by their first :data:`_OPENING` letters: a scan of every name word for
    each short word grows with the square of the article's names."""
    out: dict[str, list[str]] = defaultdict(list)
    for w in words:
        out[w[:_OPENING]].append(w)
    return out


def _truncated_name(
    word: str,
    pos: int,
    holders: Mapping[str, set[tuple[str, ...]]],
    first_seen: Mapping[tuple[str, ...], int],
    canonical: Mapping[tuple[str, ...], str],
    openings: Mapping[str, Sequence[str]],
) -> str | None:
    """The one full name named before ``pos`` with a word that ``word`` cuts short: a
    call name is often a name's first syllables ("Ferdi" for "Ferdinandus", "Sulak" for
    "Sulaksono"), of the given name or a middle one. ``word`` (three letters or more)
    must leave two letters or more off, and no full name may hold it whole.

    ``openings`` holds the words of ``holders`` by their first three letters
    (:func:`_by_opening`), so a word looks at the few it may cut short.

    >>> seen = {("yohanes", "ferdinandus", "lado"): 0, ("anselmus", "batuwangi"): 30}
    >>> canon = {k: " ".join(k) for k in seen}
    >>> holders = {w: {k} for k in seen for w in k}
    >>> _truncated_name("ferdi", 60, holders, seen, canon, _by_opening(holders))
    'yohanes ferdinandus lado'
    >>> _truncated_name("ferdi", 0, holders, seen, canon, _by_opening(holders)) is None
    True
    """
    if len(word) < 3 or word in holders:
        return None
    fits = {
        k
        for w in openings.get(word[:_OPENING], ())
        if len(w) >= len(word) + 2 and w.startswith(word)
        for k in holders[w]
        if first_seen.get(k, pos) < pos
    }
    return canonical[fits.pop()] if len(fits) == 1 else None


def _only_named_before(
    candidates: set[tuple[str, ...]],
    pos: int,
    first_seen: Mapping[tuple[str, ...], int],
    canonical: Mapping[tuple[str, ...], str],
) -> str | None:
    """The one full name a short form may denote that the article has already named at
    ``pos``, among two or more that hold the word: "Tambunan" after "Hendra Gunawan Tambunan"
    and before his daughter "Maya Lestari Tambunan" is introduced is him; "Kiai Rozak"
    after "KH Abdul Rozak Fathoni" is not his son "Ilham Rozak" named later. None
    when one name holds the word (the usual rules decide), or several came before."""
    if len(candidates) < 2:
        return None
    before = [k for k in candidates if k in first_seen and first_seen[k] < pos]
    return canonical[before[0]] if len(before) == 1 else None


# The close of a quotation and the speech verb naming its speaker right after it.
_QUOTE_CLOSE = re.compile(r"[\"”]")
_SPEAKER_AFTER = re.compile(
    r"[\"”]\s*(?:kata|ujar|ucap|tutur|tegas|jelas|imbuh|tambah|sebut|ungkap)(?:nya)?[ \t]+"
    r"([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,3})"
)


def _not_the_speaker(
    text: str,
    s: Span,
    candidates: set[tuple[str, ...]],
    up: Mapping[tuple[str, ...], tuple[str, ...]],
    canonical: Mapping[tuple[str, ...], str],
) -> str | None:
    """The other of two full names holding a one-word name written inside a quotation
    whose speaker, named in full after it (", ujar <Given> <Surname>."), is one of them:
    a man quoted on "Kang <Given>" speaks of the other <Given>, not of himself. None
    outside a quotation, with another speaker, or with more or fewer candidates."""
    if len(candidates) != 2:
        return None
    line = text.rfind("\n", 0, s.start) + 1
    straight = text.count('"', line, s.start)
    curly = text.count("“", line, s.start) - text.count("”", line, s.start)
    if straight % 2 == 0 and curly <= 0:
        return None  # not inside a quotation
    close = _QUOTE_CLOSE.search(text, s.end)
    cited = _SPEAKER_AFTER.match(text, close.start()) if close is not None else None
    if cited is None:
        return None
    speaker = name_key(cited.group(1))
    speaker = up.get(speaker, speaker)
    others = [k for k in candidates if k != speaker]
    return canonical[others[0]] if speaker in candidates and len(others) == 1 else None


def _middle_words(
    forms: Mapping[tuple[str, ...], Counter[str]], up: Mapping[tuple[str, ...], tuple[str, ...]]
) -> dict[str, tuple[str, ...]]:
    """``{word: full name}`` for a middle word of exactly one longest full name.

    Indonesians are often cited by a middle name when the first is "Muhammad", "Andi" or
    an initial ("Rafid" for "Mochammad Rafid Habibie"); the word stands for that person
    when no other full name of the article holds it. First and last words are
    :func:`~warta.nlp.entities.names.short_forms` and are resolved before this.
    """
    owners: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for key in forms:
        for word in key[1:-1]:
            if len(word) >= 3 and word.isalpha():
                owners[word].add(up.get(key, key))
        for word in (key[0], key[-1]):
            owners[word].add(up.get(key, key))  # a first or last word elsewhere blocks
    return {
        word: next(iter(keys))
        for word, keys in owners.items()
        if len(keys) == 1 and any(word in k[1:-1] for k in keys)
    }


def _title_alone(text: str, spans: Sequence[Span]) -> None:
    """A title tagged as a person on its own ("Paus" after "Paus Fransiskus", "Jaksa
    Agung") stands for the one person the article names with that title; with none or
    several it stays as written, and so do the initials the article gives a person."""
    holders: dict[str, set[str]] = defaultdict(set)
    alone: list[Span] = []
    for s in spans:
        if s.type != "PER" or s.entity is None:
            continue
        surface = " ".join(text[s.start : s.end].split())
        if _WHOLE_TITLE.fullmatch(surface):
            alone.append(s)
        else:
            for attribute in s.attributes:
                holders[attribute.casefold()].add(s.entity)
    # Capitals the article gives a person as initials ("berinisial MS", "MS (52)") name
    # that person even where they spell a degree: "Pengacara MS, <Name>" is his lawyer.
    initials = initials_of_people(text) if alone else frozenset()
    for s in alone:
        surface = " ".join(text[s.start : s.end].split())
        held = holders.get(surface.casefold(), set())
        if len(held) == 1 and surface not in initials:
            s.entity = next(iter(held))


def _role_only(
    text: str,
    spans: list[Span],
    roles: Mapping[tuple[str, str], set[tuple[str, ...]]],
    canonical: Mapping[tuple[str, ...], str],
) -> list[Span]:
    """ "Presiden Prancis" not followed by a name: one person, resolved when the article
    names exactly one person with that role."""
    out: list[Span] = []
    person_starts = {s.start for s in spans if s.type == "PER"}
    for s in spans:
        if s.place is None or (s.place.subtype != "GPE" and s.place.referent is None):
            continue
        before = text[max(0, s.start - 30) : s.start].split()
        if not before or before[-1].casefold() not in _ROLE_LAST:
            continue
        m = _ROLE_ONLY.search(text, max(0, s.start - 40), s.start)
        if not m:
            continue
        follow = _FOLLOW.match(text, s.end)
        if follow and _past_titles(text, follow.end()) in person_starts:
            continue  # "Presiden Qatar (Sheikh) Tamim ...": the role is the named man's
        title = " ".join(m.group("title").split())
        key = (title.casefold(), s.place.referent or s.place.name)
        holders = roles.get(key, set())
        surface = f"{title} {text[s.start : s.end]}"
        unresolved = surface[0].upper() + surface[1:]
        name = canonical[next(iter(holders))] if len(holders) == 1 else unresolved
        role = Span(m.start("title"), s.end, "PER", entity=name, role=key)
        role.role_only = len(holders) != 1
        if role.role_only:  # a resolved holder already carries the role
            role.attributes.append(" ".join(text[role.start : role.end].split()))
        out.append(role)
    return out


_NEXT_WORD = re.compile(r"([\w.]+)[ \t]+")


def _past_titles(text: str, pos: int) -> int:
    """``pos`` moved past the titles written there ("Sheikh ", "Sultan "), if any."""
    while (word := _NEXT_WORD.match(text, pos)) and word.group(1).casefold() in _TITLE_WORDS:
        pos = word.end()
    return pos
