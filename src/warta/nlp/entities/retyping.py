"""Type corrections of merged spans from their shape and citations in the article.

For :func:`warta.nlp.entities.spans.merge`, after spans are merged: an organisation that
is a person's name after a title and cited alone elsewhere, initials with an age, a
titled word of a full name, a place the gazetteer does not know that speaks, a company's
short name, a city beside its club; and, for :func:`~warta.nlp.entities.spans.clean_ner`,
a military exercise's name that is no entity at all. Decided from one article's text and
spans.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence

from warta.lexicon.indonesian import (
    COMMON_SPEECH_CUES,
    FORMS_OF_ADDRESS,
    LANDMARK_HEADS,
    RANKS_BEFORE_NAME,
    ROLE_NOUNS,
    SPEECH_VERBS,
)
from warta.lexicon.places import curated
from warta.lexicon.regex_gate import WordGated
from warta.nlp.entities.gazetteer import load_gazetteer
from warta.nlp.entities.names import TITLE_HEAD, is_org_head
from warta.nlp.entities.organisations import (
    _CLUB_FIRST,
    _COMPANY_LAST,
    is_club,
    is_company,
)
from warta.nlp.entities.personbounds import (
    _PLACE_HEADS,
)
from warta.nlp.entities.spanrecord import (
    _TITLE_BEFORE,
    Covered,
    Span,
)


def _club_places(text: str, spans: list[Span]) -> None:
    """Join a club's name to the place right after it ("Persib" + "Bandung" -> one ORG
    "Persib Bandung", the place nested in it, as in "Institut Teknologi Bandung"), in
    place; ``spans`` are in text order and do not overlap, and their places are trusted
    spans (so :func:`merge` adds them back as nested ones)."""
    for i in range(len(spans) - 2, -1, -1):
        club, place = spans[i], spans[i + 1]
        if (
            club.type == "ORG"
            and club.place is None
            and place.place is not None
            and place.type == "LOC"
            and text[club.end : place.start] == " "
            and _CLUB_FIRST.fullmatch(text[club.start : club.end])
        ):
            club.end = place.end
            place.nested = True  # a trusted span: merge() adds the nested ones last
            del spans[i + 1]
    _untagged_clubs(text, spans)


# A club's first word right before a place ("PSxx <City>", "Persxx <City>").
_CLUB_WORD_BEFORE = re.compile(r"(?<![\w-])(?:" + _CLUB_FIRST.pattern + r") $")


def _untagged_clubs(text: str, spans: list[Span]) -> None:
    """A place right after a club's first word no span covers ("menundukkan Persxx
    <City>", the tagger seeing only the city) becomes the club's ORG span, the place
    nested in it, in place (as :func:`_club_places`)."""
    for i in range(len(spans) - 1, -1, -1):
        place = spans[i]
        if place.place is None or place.type != "LOC" or place.nested:
            continue
        club = _CLUB_WORD_BEFORE.search(text, max(0, place.start - 12), place.start)
        if club is None or (i > 0 and spans[i - 1].end > club.start()):
            continue
        spans[i] = Span(club.start(), place.end, "ORG")
        place.nested = True  # a trusted span: merge() adds the nested ones last


# A role noun right before a name ("Striker <Name>", "ekonom <Name>"): a person's, as
# after a title.
_ROLE_BEFORE = re.compile(
    r"(?<![\w.])(?i:" + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True)) + r")[ \t]+$"
)


def _titled_person(text: str, start: int, words: Sequence[str], runs: _WordRuns) -> bool:
    """Whether a name tagged an organisation is a person's by its shape, its title and
    its citation: two to four words written as a name (no acronym, no organisation head,
    no place), right after a person's title or a role noun, its last word cited on its own elsewhere
    ("dilantik Presiden Mateo Rivas … kebijakan Rivas"; not "Kepala Balai
    Pelaksana Jalan Nasional", a body whose last word is only part of other names)."""
    if not 2 <= len(words) <= 4 or (
        _TITLE_BEFORE.search(text, max(0, start - 40), start) is None
        and _ROLE_BEFORE.search(text, max(0, start - 16), start) is None
    ):
        return False
    gazetteer = load_gazetteer()
    shaped = all(
        w[:1].isupper()
        and w[1:].islower()
        and w.isalpha()
        and not is_org_head(w)
        and gazetteer.lookup(w) is None
        for w in words
    ) and not is_club(words[0])  # "pelatih Persebaya <Name>": the club, then the coach
    end = text.find(words[-1], start) + len(words[-1])
    return shaped and _cited_alone(text, start, end, words[-1], runs)


#: Titles of nobility that are part of the name they open (Sumba "Umbu", "Rambu";
#: "Teuku", "Raden"): a name so opened is a person's, the title kept in it.
NOBILITY_OPENERS = frozenset("umbu rambu teuku tengku raden".split())
#: Religious honorifics that open a person's name, acronyms among them ("KH", "RKH":
#: "(Raden) Kiai Haji"), which the tagger reads as an organisation's acronym; and the
#: titles of nobility.
_HONORIFIC_OPENERS = (
    frozenset("kh rkh khr kiai kyai habib syekh syeikh ustaz ustadz nyai".split())
    | NOBILITY_OPENERS
)
#: Hereditary titles written as their initials, which the tagger reads as an
#: organisation's acronym: the Javanese courts' ranks ("KGPAA" Kanjeng Gusti Pangeran
#: Adipati Arya, "KRT" Kanjeng Raden Tumenggung, "GKR" Gusti Kanjeng Ratu, "BRAy" Bendara
#: Raden Ayu) and the Balinese castes' ("AA" Anak Agung, "IGN" I Gusti Ngurah); Lombok's
#: Sasak scholars' titles too ("TGH" Tuan Guru Haji, "TGKH" Tuan Guru Kiai Haji). Titles,
#: not name parts: stripped like an honorific. ("KPH" is left out: it is also a forest
#: district, "Kesatuan Pemangkuan Hutan".)
TITLE_INITIALS = frozenset(
    "kgpaa kgpa kgph gph bph krt krmt kray gkr gkbray bray brm ray aa iga ign igk igp igb igm"
    " tgh tgkh".split()
)
# A regnal number closing a ruler's name ("<Title> <Name> <Name> X").
_REGNAL = re.compile(r"[IVX]{1,5}")


def _honorific_opened(words: Sequence[str]) -> bool:
    """Whether a name tagged an organisation is a person's: a religious honorific or a
    hereditary title's initials (:data:`TITLE_INITIALS`), then
    one to four words written as a name, none an organisation's head.

    >>> _honorific_opened(["KH", "Anwar", "Sahid"]), _honorific_opened(["KH", "Partai"])
    (True, False)
    >>> _honorific_opened(["GKR", "Sekar", "Arum"]), _honorific_opened(["KRT", "Bumi", "X"])
    (True, True)
    """
    if not words:
        return False
    opener = words[0].rstrip(".").casefold()
    rest = list(words[1:])
    if opener in TITLE_INITIALS and len(rest) > 1 and _REGNAL.fullmatch(rest[-1]):
        rest.pop()  # "KGPAA <Name> <Name> X": a ruler's regnal number
    return (
        (opener in _HONORIFIC_OPENERS or opener in TITLE_INITIALS)
        and 1 <= len(rest) <= 4
        and all(w[:1].isupper() and w[1:].islower() and not is_org_head(w) for w in rest)
    )


# Kinds of school written as their acronym before the school's name, in their own case:
# general schools ("SD", "SMPN", "SMK") and madrasahs ("MTs" Madrasah Tsanawiyah, "MAN",
# "MIN"). ("MI" and "MA" are left out: they are as often a person's initials.)
_SCHOOL_KINDS = frozenset(
    "SD SDN SMP SMPN SMA SMAN SMK SMKN SLB MTs MTsN MAN MIN".split()
)


def school_named(words: Sequence[str]) -> bool:
    """Whether a name is a school's: a kind of school's acronym, then its name.

    >>> school_named(["MTs", "Nurul", "Iman"]), school_named(["Man", "Utd"])
    (True, False)
    """
    return len(words) > 1 and words[0] in _SCHOOL_KINDS and words[1][:1].isupper()


# Places run as institutions, named by the kind of institution: a religious boarding
# school ("Dayah <Name>" in Aceh, "Pesantren <Name>", "Ponpes <Name>", "Madrasah
# <Name>") and a station of the weather and earth-science agency named by its science
# ("Stasiun Meteorologi <Place>", "Stasiun Klimatologi ...", "Stasiun Geofisika ..."),
# an office of that agency; a railway station ("Stasiun <Place>") stays a place.
_INSTITUTION_HEADS = frozenset("dayah pesantren ponpes madrasah".split())
_STATION_SCIENCES = frozenset("meteorologi klimatologi geofisika".split())


def institution_named(words: Sequence[str]) -> bool:
    """Whether a name is an institution's run at a place: a religious school's head or
    "Stasiun" and a science (:data:`_INSTITUTION_HEADS`), then a capitalised name.

    >>> institution_named(["Dayah", "Nurul", "Ilmi"]), institution_named(["Stasiun", "Kota"])
    (True, False)
    >>> institution_named(["Stasiun", "Geofisika", "Sanglah"])
    True
    """
    if len(words) < 2 or not words[1][:1].isupper():
        return False
    head = words[0].casefold()
    return head in _INSTITUTION_HEADS or (
        head == "stasiun" and words[1].casefold() in _STATION_SCIENCES
    )


# A religious school named by its heads ("Pondok Pesantren <Name>", "Ponpes <Name>"),
# right before a span: the tagger takes the school's Arabic name for a person's.
_SCHOOL_HEAD_BEFORE = re.compile(
    r"(?<![\w.])(?:Pondok[ \t]+Pesantren|Pesantren|Ponpes|Dayah|Madrasah)[ \t]+$"
)


def school_head_before(text: str, start: int) -> int | None:
    """Where the heads of a religious school's name start right before ``start``
    ("Pondok Pesantren |<Name>"), or None: that name is the school's, not a person's.

    >>> t = "Pengasuh Pondok Pesantren Darul Hikam, Ahmad, hadir."
    >>> school_head_before(t, 26)
    9
    """
    m = _SCHOOL_HEAD_BEFORE.search(text, max(0, start - 24), start)
    return m.start() if m else None


def past_inner_rank(words: Sequence[str]) -> int:
    """How many words of a person span come before a rank inside it, the name after it
    ("<Body short form> Kombes <Given> <Surname>": a rank stands right before the name,
    so the words before it are no part of the name); 0 when no rank is inside.

    >>> past_inner_rank(["Riau", "Kombes", "Budi", "Santoso"]), past_inner_rank(["Budi"])
    (2, 0)
    """
    for i in range(1, len(words) - 1):
        if words[i].casefold() in RANKS_BEFORE_NAME and words[i][:1].isupper():
            return i + 1
    return 0


# Heads of a royal house's name: the court as an institution that holds land, rules on
# its customs and speaks ("Keraton <Name>", "Kasunanan <Name>", "Kadipaten <Name>"), not
# a person the tagger takes its long Javanese name for, nor only its palace.
_ROYAL_HOUSES = frozenset("keraton kraton kasultanan kesultanan kasunanan kadipaten".split())


def royal_house(words: Sequence[str]) -> bool:
    """Whether a name is a royal house's: its head (:data:`_ROYAL_HOUSES`), then a name.

    >>> royal_house(["Keraton", "Sumber", "Arum"]), royal_house(["Keraton"])
    (True, False)
    """
    return len(words) > 1 and words[0].casefold() in _ROYAL_HOUSES and words[1][:1].isupper()


#: Heads of a place of worship's name, the building where people go ("Pura Dalem
#: <Village>", "Candi <Name>", "Masjid <Name>"): a place. Not "Gereja", which also heads
#: church bodies ("Gereja Kristen <Region>"), organisations.
_WORSHIP_PLACE_HEADS = frozenset("pura candi masjid klenteng vihara".split())


def worship_place(words: Sequence[str]) -> bool:
    """Whether a name is a place of worship's: its head, then a name.

    >>> worship_place(["Pura", "Dalem", "Sukawati"]), worship_place(["Gereja", "Kristen"])
    (True, False)
    """
    return len(words) > 1 and words[0].casefold() in _WORSHIP_PLACE_HEADS and words[1][:1].isupper()


#: Words after "Pasar" that make it no market but a trade's business: a capital or money
#: market ("Pasar Modal <State>") is a sector, and its bodies are organisations.
_NOT_MARKET_PLACES = frozenset("modal uang komoditas berjangka".split())


def market_place(words: Sequence[str]) -> bool:
    """Whether a name is a market's, the place people trade at: "Pasar", then a name or
    a number ("Pasar Induk <Name>", "Pasar 16 <Name>"), whatever acronym the article
    declares for it; not a capital market ("Pasar Modal").

    >>> market_place(["Pasar", "Induk", "Sayur", "Lembang"]), market_place(["Pasar", "Modal"])
    (True, False)
    """
    return (
        len(words) > 1
        and words[0] == "Pasar"
        and (words[1][:1].isupper() or words[1][:1].isdigit())
        and words[1].casefold() not in _NOT_MARKET_PLACES
    )


#: Heads of the names of seas and oceans, straits and bays ("Samudra <Name>", "Laut <Name>",
#: "Selat <Name>", "Teluk <Name>"): no body's name opens with one.
_SEA_HEADS = frozenset("samudra samudera laut selat teluk".split())


def sea_named(words: Sequence[str]) -> bool:
    """Whether a name is a sea's, an ocean's, a strait's or a bay's: its head, then
    capitalised words only ("Samudra <Name>", "Laut <Name> <Direction>"), the water the
    tagger may take for a body when a verb of force comes before it ("dihantam gelombang
    <Ocean>").

    >>> sea_named(["Samudra", "Arktik"]), sea_named(["Laut", "Jawa"]), sea_named(["Laut"])
    (True, True, False)
    """
    return (
        len(words) > 1
        and words[0].casefold() in _SEA_HEADS
        and all(w[:1].isupper() for w in words[1:])
    )


#: Nouns for the people around a person, capitalised where they open a sentence, that the
#: tagger reads with the person's name as a body ("Manajemen <Singer> melapor", "Keluarga
#: <Name> menolak", "Kubu <Candidate> membantah").
_CIRCLE_NOUNS = frozenset("manajemen keluarga kubu pihak tim".split())


def circle_of_person(words: Sequence[str], person_surfaces: Collection[str]) -> bool:
    """Whether a name is a noun for a person's circle (:data:`_CIRCLE_NOUNS`) before a name
    the article gives a person elsewhere: the words after the noun are that person (the
    management, family or camp of a body the article names are left to the tagger).

    >>> circle_of_person(["Manajemen", "Rina", "Kartika"], {"Rina Kartika"})
    True
    >>> circle_of_person(["Manajemen", "Persib"], {"Rina Kartika"})
    False
    """
    return (
        len(words) > 1
        and words[0].casefold() in _CIRCLE_NOUNS
        and " ".join(words[1:]) in person_surfaces
    )


#: Lower-case particles inside a person's name ("Luiz Carlos da Costa", "Robin van
#: Persie", "Abdullah bin Yusuf"), which the tagger reads as an organisation's joiner.
_NAME_PARTICLE_WORDS = frozenset("da de dos das van von der den bin binti del della".split())
# Foreign heads of bodies a particle joins to their place ("Universidade de Lisboa").
_FOREIGN_BODY_HEADS = frozenset(
    "universidade universidad université universiteit banco banque instituto clube club "
    "sporting real atletico atlético escola colegio colégio casa".split()
)


def _particle_named_person(surface: str, words: Sequence[str]) -> bool:
    """Whether a name tagged an organisation is a person's written with a name particle:
    two capitalised words or more, particles, one or more capitalised words; no word an
    organisation's head or a place, and the whole no place.

    >>> _particle_named_person("Joao Marcos da Costa", ["Joao", "Marcos", "da", "Costa"])
    True
    >>> _particle_named_person("Universidade de Lisboa", ["Universidade", "de", "Lisboa"])
    False
    """
    at = next((i for i, w in enumerate(words) if w in _NAME_PARTICLE_WORDS), None)
    if at is None or at < 2 or words[-1] in _NAME_PARTICLE_WORDS or len(words) > 7:
        return False
    names = [w for w in words if w not in _NAME_PARTICLE_WORDS]  # "van der" is two
    gazetteer = load_gazetteer()
    return (
        all(
            w[:1].isupper()
            and w[1:].islower()
            and w.isalpha()
            and not is_org_head(w)
            and w.casefold() not in _FOREIGN_BODY_HEADS
            and gazetteer.lookup(w) is None
            for w in names
        )
        and gazetteer.lookup(surface) is None
    )


def particle_name_in_apposition(text: str, start: int, end: int, words: Sequence[str]) -> bool:
    """Whether a name tagged a place or a body is a person's written with a name particle
    and set off by commas (", <Given> de <Surname>,", as Maluku and Flores names of
    Portuguese origin are): a capitalised word, the particles, capitalised words; no word
    an organisation's head or a place, the whole no place. (With two given names before
    the particle, :func:`_particle_named_person` needs no commas.)

    >>> t = "Kepala Kanwil Maluku, Yakobus de Lima, hadir."
    >>> particle_name_in_apposition(t, 22, 37, ["Yakobus", "de", "Lima"])
    True
    >>> t = "Ia lahir di kota pantai, Rio de Janeiro, Brasil."
    >>> particle_name_in_apposition(t, 25, 39, ["Rio", "de", "Janeiro"])
    False
    """
    if text[max(0, start - 2) : start] != ", " or _COMMA_AFTER.match(text, end) is None:
        return False
    at = next((i for i, w in enumerate(words) if w in _NAME_PARTICLE_WORDS), None)
    if at is None or at < 1 or words[-1] in _NAME_PARTICLE_WORDS or len(words) > 6:
        return False
    names = [w for w in words if w not in _NAME_PARTICLE_WORDS]
    gazetteer = load_gazetteer()
    return all(
        w[:1].isupper()
        and w[1:].islower()
        and w.isalpha()
        and not is_org_head(w)
        and w.casefold() not in _FOREIGN_BODY_HEADS
        and w.casefold() not in LANDMARK_HEADS
        and gazetteer.lookup(w) is None
        for w in names
    ) and gazetteer.lookup(text[start:end]) is None


def particle_tail_cited(surface: str, words: Sequence[str], people: set[str]) -> bool:
    """Whether a name tagged a place or a body ("<Given> <Given> da <Surname>", its given
    name a city's) is a person's the article cites by the particle and the surname,
    capitalised, as a person ("Da <Surname>", "Van <Surname>"): no word an organisation's
    head, the whole no place. ``people`` are the article's person surfaces.

    >>> particle_tail_cited("Auckland Pereira da Costa", ["Auckland", "Pereira", "da", "Costa"],
    ...                     {"Da Costa"})
    True
    >>> particle_tail_cited("Universidade de Lisboa", ["Universidade", "de", "Lisboa"],
    ...                     {"De Lisboa"})
    False
    """
    at = next((i for i, w in enumerate(words) if w in _NAME_PARTICLE_WORDS), None)
    if at is None or at < 1 or at == len(words) - 1:
        return False
    tail = " ".join([words[at].capitalize(), *words[at + 1 :]])
    names = [w for w in words if w not in _NAME_PARTICLE_WORDS]
    return (
        tail in people
        and all(
            w[:1].isupper()
            and w.isalpha()
            and not is_org_head(w)
            and w.casefold() not in _FOREIGN_BODY_HEADS
            for w in names
        )
        and load_gazetteer().lookup(surface) is None
    )


def _company_short_forms(text: str, spans: Sequence[Span]) -> dict[str, str]:
    """``{short name: full name}`` of the article's companies: the first two or more
    words of a company's name without its "PT" and legal forms ("Sinar Jaya", "Sinar
    Jaya Makmur" of "PT Sinar Jaya Makmur Tbk"). The press shortens a company so after
    naming it in full, and the tagger, seeing two capitalised words, takes the short
    name for a man. A short name two companies share is left out."""
    out: dict[str, str] = {}
    shared: set[str] = set()
    for s in spans:
        surface = " ".join(text[s.start : s.end].split())
        if s.type != "ORG" or not is_company(surface):
            continue
        words = [w for w in surface.replace(",", " ").split() if w.rstrip(".") != "PT"]
        while words and words[-1].rstrip(".") in _COMPANY_LAST:
            words.pop()
        for k in range(2, len(words) + 1):
            short = " ".join(words[:k])
            if out.setdefault(short, surface) != surface:
                shared.add(short)
    return {k: v for k, v in out.items() if k not in shared}


#: Initials with an age after them, as the press names suspects and victims: "MR (38)",
#: "HS, 29,". An organisation's acronym takes no age.
_AGED_INITIALS = re.compile(r"(?<![\w.])([A-Z]{2,3})(?=\s*(?:\(\d{1,2}\)|,\s*\d{1,2}\s*,))")


# "Keduanya berinisial AS dan RT", "berinisial JS, AR, dan MH": initials the article
# declares as such are people too, every one of the list.
# One letter counts too when the article declares it ("pemasok berinisial K").
_ONE_INITIALS = r"[A-Z]{1,3}(?![\w-])(?:[ \t]*\(\d{1,2}\))?"
_DECLARED_INITIALS = WordGated(
    re.compile(
        rf"\b(?:ber)?inisial[ \t]+{_ONE_INITIALS}"
        rf"(?:(?:[ \t]*,[ \t]*(?:dan[ \t]+)?|[ \t]+dan[ \t]+){_ONE_INITIALS})*"
    )
)
_INITIALS_IN_LIST = re.compile(r"(?<![\w-])[A-Z]{1,3}(?![\w-])")


# "tersangka MR alias <Nick> (29)": initials declared with a nickname are a person's.
_ALIASED_INITIALS = re.compile(r"(?<![\w.])([A-Z]{2,3})(?=[ \t]+alias[ \t]+[\"“]?[A-Z][a-z])")


# Where a person's initials stand in an article that names people so: after a noun for
# the part a person plays in a case, as a list ("Dua tersangka lain, AB dan CD,"), and
# before an apposition that gives a person's post or employer ("EF selaku Direktur
# <Company>", "GH dari PT <Name>"). Initials opening a name ("PT <Name>") are no one's.
_CASE_PARTS = r"(?:tersangka|terdakwa|terpidana|pelaku|korban|saksi|buronan|tahanan)"
_PERSON_INITIALS = r"[A-Z]{1,3}(?![\w-])(?![ \t]+[A-Z][a-z])"
_INITIALS_AFTER_PART = re.compile(
    rf"\b{_CASE_PARTS}(?:[ \t]+(?:lain|lainnya))?[ \t]*,?[ \t]+{_PERSON_INITIALS}"
    rf"(?:(?:[ \t]*,[ \t]*(?:dan[ \t]+)?|[ \t]+dan[ \t]+){_PERSON_INITIALS})*"
)
_INITIALS_BEFORE_POST = re.compile(
    r"(?<![\w.])([A-Z]{2,3})(?=[ \t]+(?:selaku|sebagai|dari)[ \t]+[A-Z])"
)
_ROMAN = re.compile(r"[IVXLC]+")


def _initials_in_person_slots(text: str) -> set[str]:
    """Initials in a person's slot (:data:`_INITIALS_AFTER_PART`,
    :data:`_INITIALS_BEFORE_POST`), but no acronym the text declares in brackets nor a
    roman numeral ("Komisi XI dari ...").

    >>> sorted(_initials_in_person_slots("Dua terdakwa lain, QW dan ZE, bebas."))
    ['QW', 'ZE']
    >>> sorted(_initials_in_person_slots("Pusat Kajian (PK) dari Bogor dan YT selaku Ketua."))
    ['YT']
    """
    found = set(_INITIALS_BEFORE_POST.findall(text))
    for m in _INITIALS_AFTER_PART.finditer(text):
        found.update(_INITIALS_IN_LIST.findall(m.group()))
    # what the text writes in brackets, in one pass (a search of it per initials grew
    # with the text twice)
    bracketed = {m.group(1) for m in _BRACKETED.finditer(text)} if found else set()
    return {i for i in found if i not in bracketed and not _ROMAN.fullmatch(i)}


_BRACKETED = re.compile(r"\(([^()]*)\)")


def _initials_of_people(text: str) -> frozenset[str]:
    """Initials the text gives people: with an age (:data:`_AGED_INITIALS`), after
    "(ber)inisial" (:data:`_DECLARED_INITIALS`) or before "alias <Nick>"
    (:data:`_ALIASED_INITIALS`); once it gives some so, also those in a person's slot
    (:func:`_initials_in_person_slots`): the article's way of naming people is set.

    >>> sorted(_initials_of_people("Kurir RB alias Gondrong (31) ditangkap."))
    ['RB']

    >>> sorted(_initials_of_people("Dua pelaku berinisial AB dan CD, serta EF (30)."))
    ['AB', 'CD', 'EF']
    >>> sorted(_initials_of_people("Pelaku berinisial GH, KL, dan MN ditahan."))
    ['GH', 'KL', 'MN']
    >>> sorted(_initials_of_people("Polisi memburu pemasok berinisial Q yang kabur."))
    ['Q']
    """
    initials = set(_AGED_INITIALS.findall(text))
    if " alias " in text:
        initials.update(_ALIASED_INITIALS.findall(text))
    for m in _DECLARED_INITIALS.finditer(text):
        initials.update(_INITIALS_IN_LIST.findall(m.group()))
    if initials:
        initials.update(_initials_in_person_slots(text))
    return frozenset(initials)


def initials_of_people(text: str) -> frozenset[str]:
    """The initials the text gives people (:func:`_initials_of_people`)."""
    return _initials_of_people(text)


def _untagged_initials(text: str, spans: Sequence[Span], initials: frozenset[str]) -> list[Span]:
    """Person spans for the initials of people (:func:`_initials_of_people`) where no
    span of ``spans`` (in text order, not overlapping) covers them: the tagger misses
    two capital letters, and each later use of them too.

    >>> t = "Polisi menangkap AS (40). Menurut polisi, AS residivis."
    >>> [t[x.start : x.end] for x in _untagged_initials(t, [], _initials_of_people(t))]
    ['AS', 'AS']
    """
    if not initials:
        return []
    covered = Covered(spans)
    added: list[Span] = []
    # one pass over the text for all of them (a search per initials would be quadratic)
    uses = re.compile(r"(?<![\w.-])(?:" + "|".join(sorted(initials)) + r")(?![\w-])")
    for m in uses.finditer(text):
        lone = _LONE_LETTER.fullmatch(text, max(0, m.start() - 2), m.end() + 1)
        if m.end() - m.start() == 1 and lone is None:
            continue  # one letter counts alone only: not "<Given> K. <Surname>", not "K-9"
        if not covered.overlaps(m.start(), m.end()):
            added.append(Span(m.start(), m.end(), "PER"))
    return added


# A capital letter standing alone between a lower-case word, a comma or a bracket and a
# blank or a comma: an initial used as a name ("berinisial K yang", "polisi, K sudah").
_LONE_LETTER = re.compile(r"[a-z,(\"“][ \t][A-Z][ \t,;)]")


# Balinese caste titles that open only a person's name ("Tjokorda Gde <Name>", "Anak Agung
# Ngurah <Name>", "Ida Bagus <Name>", "Dewa Gede <Name>", "Cok <Name>"); the tagger types
# such a name an organisation, or misses it. ("Dewa" alone opens a club's name, "Dewa
# United": it counts only before a Balinese birth-order or caste word.)
_CASTE_TITLED = re.compile(
    r"(?<![\w.-])(?:Tjokorda|Cokorda|Cok|Anak[ \t]+Agung|Ida[ \t]+Bagus|Ida[ \t]+Ayu|I[ \t]+Gusti"
    r"|Dewa[ \t]+(?:Gede|Gde|Ayu|Made|Nyoman|Ketut|Putu|Kadek|Komang|Wayan|Ngurah|Agung))"
    r"(?:[ \t]+[A-Z][a-z][\w'’-]*){1,5}"
)


def _caste_titled(surface: str) -> bool:
    """Whether a span's text is a Balinese name opened by a caste title (not a club).

    >>> _caste_titled("Tjokorda Gde Rai Sudharta"), _caste_titled("Dewa United")
    (True, False)
    """
    return _CASTE_TITLED.fullmatch(" ".join(surface.split())) is not None


def _untagged_caste_names(text: str, spans: Sequence[Span]) -> list[Span]:
    """Person spans for Balinese names opened by a caste title (:data:`_CASTE_TITLED`)
    no span of ``spans`` (in text order, not overlapping) touches.

    >>> t = "Kelian banjar, Anak Agung Ngurah Rai Wirawan, hadir."
    >>> [t[x.start : x.end] for x in _untagged_caste_names(t, [])]
    ['Anak Agung Ngurah Rai Wirawan']
    """
    covered = Covered(spans)
    return [
        Span(m.start(), m.end(), "PER")
        for m in _CASTE_TITLED.finditer(text)
        if not covered.overlaps(m.start(), m.end())
    ]


@functools.cache
def _seats() -> dict[str, str]:
    """``{seat: institution}`` from ``places.json``'s "institution_seats"."""
    table: dict[str, list[str]] = curated()["institution_seats"]
    return {seat: name for name, seats in table.items() for seat in seats}


# Words before a seat that make it the place itself: a street, a building, an area.
_AREA_BEFORE = re.compile(
    r"(?i:jalan|jl\.|gedung|stadion|gelora|kompleks|komplek|kawasan|daerah|wilayah|"
    r"seputaran|sekitar|kelurahan|kecamatan|pasar|stasiun|terminal|mal|plaza)[ \t]+$"
)
_DECLARED_AFTER = re.compile(r"[ \t]*,[ \t]*(?:sebutan|julukan|nama lain|istilah)\b")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ \t]+$")
_CAPITALISED_AFTER = re.compile(r"[ \t]+[A-Z]")


def _seat_institution(text: str, start: int, end: int) -> str | None:
    """The institution a seat written alone stands for ("Pejaten menolak ..." is the
    state intelligence agency; :func:`_seats`), or None: not inside a longer capitalised
    name ("Pejaten Village"), nor after a street, building or area word ("kawasan Pejaten").

    >>> t = "Pejaten menolak usul itu, kata warga di kawasan Pejaten."
    >>> _seat_institution(t, 0, 7), _seat_institution(t, 48, 55)
    ('Badan Intelijen Negara', None)
    """
    institution = _seats().get(" ".join(text[start:end].split()))
    if institution is None:
        return None
    before = text[max(0, start - 16) : start]
    if _AREA_BEFORE.search(before) or _DECLARED_AFTER.match(text, end):
        return None  # "kawasan Pejaten"; "<Seat>, sebutan untuk <Name>": the article says
    if _in_address(text, start, end):
        return None  # "<Venue of two words or more>, <Seat>, <City>": the district
    if _CAPITALISED_AFTER.match(text, end) and not _title_case_line(text, start):
        return None  # "Pejaten Village"; a headline's "Pejaten Minta ..." is the seat
    capital = _CAPITALISED_BEFORE.search(before)
    if (
        capital is not None
        and not _SENTENCE_START_BEFORE.search(
            text, max(0, start - len(capital.group()) - 8), start - len(capital.group())
        )
        and not _title_case_line(text, start)
    ):
        return None  # "Pasar Minggu Pejaten"; a headline's "Disorot Pejaten" is the seat
    return institution


# An address written as a list: a name of two capitalised words or more and a comma
# before, a comma and a capitalised word after.
_NAME_AND_COMMA_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+[A-Z][\w'’-]*,[ \t]*$")
_COMMA_AND_WORD_AFTER = re.compile(r",[ \t]*([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)")


def _in_address(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a district in an address list: "<Venue>, <Seat>,
    <City>", the venue two capitalised words or more, the city a place the gazetteer
    knows ("di <Sports hall> <Name>, <Seat>, <City>").

    >>> t = "Turnamen berlangsung di Lapangan Tenis Indoor, Senayan, Jakarta, Sabtu."
    >>> _in_address(t, 47, 54)
    True
    """
    if _NAME_AND_COMMA_BEFORE.search(text, max(0, start - 40), start) is None:
        return False
    after = _COMMA_AND_WORD_AFTER.match(text, end)
    return after is not None and load_gazetteer().lookup(after.group(1)) is not None


def _title_case_line(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` is a headline in title case: three words of four
    letters or more, all capitalised."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)].split()
    words = [w for w in line if w.isalpha() and len(w) > 3]  # "dan", "di" stay lower case
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def _untagged_seats(text: str, spans: Sequence[Span]) -> list[Span]:
    """Organisation spans for seats standing for their institution
    (:func:`_seat_institution`) that no span of ``spans`` (in text order, not
    overlapping) touches: the tagger misses "Pejaten" as often as it types it a place.

    >>> t = "Foggy Bottom mendesak Pejaten bertindak."
    >>> [t[x.start : x.end] for x in _untagged_seats(t, [])]
    ['Foggy Bottom', 'Pejaten']
    """
    seats = _seats()
    covered = Covered(spans)
    out: list[Span] = []
    # one pass for every seat (a search per seat would grow with the table)
    for m in _seat_pattern().finditer(text):
        if covered.overlaps(m.start(), m.end()):
            continue
        institution = _seat_institution(text, m.start(), m.end())
        if institution is not None and m.group() in seats:
            out.append(Span(m.start(), m.end(), "ORG", entity=institution))
    return out


@functools.cache
def _seat_pattern() -> re.Pattern[str]:
    names = sorted(_seats(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")


_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?:\"“”\n])[ \t]*$")


def _full_name_words(text: str, spans: Sequence[Span]) -> frozenset[str]:
    """The words of the persons' full names (two words or more) among ``spans``."""
    names = (text[s.start : s.end].split() for s in spans if s.type == "PER")
    return frozenset(w for words in names if len(words) > 1 for w in words)


def person_name_tails(text: str, spans: Sequence[Span]) -> dict[str, int]:
    """The last two words or more of each person's name of three words or more among
    ``spans`` ("<Clan> <Given> <Given>" gives "<Given> <Given>"), each with where the
    first such name ends: the short form news uses after the full name, a Chinese
    given name without its clan name first, a Western name without its given name."""
    tails: dict[str, int] = {}
    for s in spans:
        words = text[s.start : s.end].split() if s.type == "PER" else []
        for k in range(1, len(words) - 1):
            tails.setdefault(" ".join(words[k:]), s.end)
    return tails


def short_name_of_person(surface: str, start: int, tails: dict[str, int]) -> bool:
    """Whether ``surface``, typed a body or a place, is the short form of a person named
    in full before it (:func:`person_name_tails`) and no place the gazetteer knows."""
    end = tails.get(" ".join(surface.split()))
    return end is not None and end <= start and load_gazetteer().lookup(surface) is None


def _titled_name_word(text: str, span: Span, person_words: frozenset[str]) -> bool:
    """Whether a one-word name tagged an organisation is a person's: it comes right after
    a person's title ("dr. Laras", "Pak Harjo") and is a word of a person's full name in
    the same article ("dr. Hj. Anindya Laras Pertiwi"), not an acronym."""
    word = text[span.start : span.end]
    return (
        " " not in word
        and word in person_words
        and not word.isupper()
        and _TITLE_BEFORE.search(text, max(0, span.start - 40), span.start) is not None
    )


class _WordRuns:
    """The starts of each maximal run of word characters of a text, by the run: where a
    word stands alone, without a pass over the text per word looked up (built on first
    use: most articles never ask)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: dict[str, list[int]] | None = None

    def starts(self, word: str) -> list[int]:
        if self._starts is None:
            self._starts = {}
            for m in _WORD_CHARS.finditer(self._text):
                self._starts.setdefault(m.group(), []).append(m.start())
        return self._starts.get(word, [])


_WORD_CHARS = re.compile(r"\w+")


def _cited_alone(text: str, start: int, end: int, word: str, runs: _WordRuns) -> bool:
    """Whether ``word`` (letters only) occurs in ``text`` outside ``text[start:end]`` (the
    two sides joined) as a name of its own: no capitalised word or hyphen joined to it
    ("kebijakan Rivas", not "Partai Amanat Nasional"). Looks only where ``runs`` has
    the word, and where the cut joins the two sides; at each, reads only the 30
    characters around (the two sides joined whole, for each word, was quadratic)."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    cut, size = end - start, len(word)
    at = {p if p < start else p - cut for p in runs.starts(word) if p + size <= start or p >= end}
    at.update(range(max(0, start - size), start + 1))
    for pos in sorted(at):
        lo = max(0, pos - 30)
        around = _joined_slice(text, start, end, lo, pos + size + 30)
        if pattern.match(around, pos - lo) is None:
            continue
        before = around[: pos - lo].split()
        after = around[pos - lo + size :].split()
        joined_to = (before and before[-1][:1].isupper()) or (after and after[0][:1].isupper())
        if not joined_to:
            return True
    return False


def _joined_slice(text: str, start: int, end: int, a: int, b: int) -> str:
    """``(text[:start] + text[end:])[a:b]`` for ``0 <= a <= b``, without joining the
    whole."""
    cut = end - start
    if b <= start:
        return text[a:b]
    if a >= start:
        return text[a + cut : b + cut]
    return text[a:start] + text[end : b + cut]


# A speech cue right before a name ("kata Yusnidar", "menurut Marwati,") or a speech verb
# right after it ("Suwarni mengatakan").
_CUE_BEFORE = re.compile(r"(?<![\w-])(?i:kata|ujar|ucap|tutur|menurut|ungkap|jelas)\s+$")

# a lower-case word, or a preposition of place opening the sentence ("Di <Island>, kata ...")
_LOWER_BEFORE = re.compile(r"(?<![\w-])(?:[a-z]+|Di|Ke|Dari)\s+$")

_VERB_AFTER = re.compile(r"\s*,?\s*([a-z]+)")

_PLACE_HEAD_BEFORE = re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(_PLACE_HEADS))})[ \t]+$")


def _speaker(text: str, start: int, end: int, words: Sequence[str]) -> bool:
    """Whether a name of one or two capitalised words, none a place's head, stands where
    a speaker stands: after "kata"/"menurut" or before a speech verb. The tagger types
    one-word personal names ("Yusnidar") as places; places the gazetteer knows
    ("Jepang mengatakan") are not asked."""
    if not 1 <= len(words) <= 4 or any(w in _PLACE_HEADS or w.isupper() for w in words):
        return False
    if _CUE_BEFORE.search(text, max(0, start - 12), start):
        return True
    # "warga Kelurahan <Name>, mengaku ...": the name after a territory's head is the
    # territory's, whatever verb follows (the speaker stands before it)
    if _PLACE_HEAD_BEFORE.search(text, max(0, start - 12), start):
        return False
    if _LOWER_BEFORE.search(text, max(0, start - 30), start):
        return False  # "juara di Losail mengatakan": the subject is before the place
    after = _VERB_AFTER.match(text, end)
    return after is not None and after.group(1) in SPEECH_VERBS | COMMON_SPEECH_CUES


# An age in brackets right after a name: the press gives one to people only.
_AGE_AFTER = re.compile(r"[ \t]*\(\d{1,2}\)")


def aged_name(text: str, end: int, words: Sequence[str]) -> bool:
    """Whether a name of one to three capitalised words, none a place's head nor in
    capitals, carries an age in brackets right after it ("nelayan <Place>, <Name> (57)"):
    a person, whatever the tagger typed it (the age is no place's)."""
    if not 1 <= len(words) <= 3 or any(w in _PLACE_HEADS or w.isupper() for w in words):
        return False
    return _AGE_AFTER.match(text, end) is not None


# "<Office> <Territory>, <Name>," - the holder in apposition after his office and its
# territory ("Bupati Blitar, Rijanto,") or its body ("Kepala PT <Firm> Cabang <Province>,
# <Name>,"): a name the tagger typed a place or a body. Firms' offices are often written
# in English ("Manager Corporate Affairs <Firm>, <Name>,", "Vice President Corporate
# Communication <Firm>, <Name>,"): those heads open the office too.
_ENGLISH_OFFICES = (
    r"(?:General|Senior|Area|Regional)[ \t]+Manager|Manager|(?:Senior[ \t]+|Executive[ \t]+)?"
    r"Vice[ \t]+President|President[ \t]+Director|Corporate[ \t]+Secretary|Head[ \t]+of"
)
_OFFICE_PLACE_COMMA = re.compile(
    rf"(?<![\w.])(?:{TITLE_HEAD}|{_ENGLISH_OFFICES})(?:[ \t]+[A-Z][\w'’-]*){{1,6}}[ \t]*,[ \t]*$"
)
_COMMA_AFTER = re.compile(r"[ \t]*,")


def _holder_in_apposition(text: str, start: int, end: int, words: Sequence[str]) -> bool:
    """Whether a name of one to four capitalised words, none a place's head, stands
    between commas right after "<office> <territory>," (:data:`_OFFICE_PLACE_COMMA`); four
    for a name with its title names ("Lurah <Village>, <Given> Datuk <Title name>,")."""
    if not 1 <= len(words) <= 4 or any(
        w in _PLACE_HEADS or w.isupper() or is_org_head(w) for w in words
    ):
        return False
    return bool(
        _COMMA_AFTER.match(text, end)
        and _OFFICE_PLACE_COMMA.search(text, max(0, start - 64), start)
    )


# An academic or professional degree written after a name and a comma: two dotted parts
# ("S.H.", "M.Si.", "Sp.A.", "Ph.D."); one dotted word ("Jl.", "Hj. <Name>") is none.
_DEGREE_AFTER = re.compile(r"[ \t]*,[ \t]*[A-Z][a-z]{0,2}\.[A-Z][A-Za-z]{0,3}\.")
# "<noun> asal <Place>, <Name>": a person's place of origin, then the person in apposition
# ("penyerang asal <Country>, <Name>", "diplomat asal <Village>, <Name>").
_ORIGIN_COMMA = re.compile(r"(?<![\w-])asal(?:[ \t]+[A-Z][\w'’-]*){1,3}[ \t]*,[ \t]*$")


def person_by_apposition(
    text: str, start: int, end: int, words: Sequence[str], *, origin: bool = True
) -> bool:
    """Whether a name of one to four capitalised words, none a place's or a body's
    head, is a person's by what the page writes around it: a degree after it ("<Name>,
    S.H., M.H."), or, with ``origin``, "asal <Place>," before it (a firm has an origin
    too, "perusahaan asal <Country>, <Firm>": the caller asks only of a name the tagger
    read as a place, "<Given named like a city> <Surname>").

    >>> t = "kuasa hukumnya, Dodi Baskoro, S.H., hadir. Bek asal Jepang, Kenta Ono, cedera."
    >>> person_by_apposition(t, 16, 28, ["Dodi", "Baskoro"])
    True
    >>> person_by_apposition(t, 59, 68, ["Kenta", "Ono"])
    True
    """
    lo = max(0, start - 48)
    cued = _DEGREE_AFTER.match(text, end) is not None or (
        origin and "asal" in text[lo:start] and _ORIGIN_COMMA.search(text, lo, start) is not None
    )
    return cued and 1 <= len(words) <= 4 and not any(
        w in _PLACE_HEADS or w.isupper() or is_org_head(w) for w in words
    )


def shouted_as_written(text: str, spans: Sequence[Span]) -> None:
    """Give a name of two words or more written in capitals (a caption, a dateline, a
    headline) the type and name of the span writing the same words in ordinary case, in
    place: "PONDOK PESANTREN <NAME>" is the "Pondok Pesantren <Name>" of the body text,
    whatever the tagger made of the capitals. A place the gazetteer knows keeps its own.

    >>> t = "Santri Pondok Pesantren Al Ulrikus mengaji. PONDOK PESANTREN AL ULRIKUS, MALAM."
    >>> s = [Span(7, 34, "ORG"), Span(44, 71, "LOC")]
    >>> shouted_as_written(t, s)
    >>> s[1].type, s[1].entity
    ('ORG', 'Pondok Pesantren Al Ulrikus')
    """
    shouted = [
        (s, surface)
        for s in spans
        if s.place is None
        and text[s.start : s.end].isupper()
        and " " in (surface := " ".join(text[s.start : s.end].split()))  # a line may wrap it
    ]
    if not shouted:
        return
    written: dict[str, Span] = {}
    for s in spans:
        surface = " ".join(text[s.start : s.end].split())
        if not surface.isupper():
            written.setdefault(surface.casefold(), s)
    for s, surface in shouted:
        same = written.get(surface.casefold())
        if same is not None:
            s.type = same.type
            s.entity = same.entity or " ".join(text[same.start : same.end].split())


# A military exercise named after "latihan (gabungan|bersama|...)": "Garuda Shield",
# "Super Garuda Shield 2025", "Pitch Black". Its last word is an exercise word or a year
# follows it: "latihan bersama <Person>" (training with a coach) stays a person.
_EXERCISE_BEFORE = re.compile(
    r"(?<![\w-])[Ll]atihan(?:[ \t]+(?:gabungan|bersama|militer|perang|laut|udara|"
    r"multilateral|tahunan))*[ \t]+$"
)
_EXERCISE_WORDS = frozenset(
    "Shield Strike Storm Thunder Eagle Lion Tiger Cobra Sabre Saber Sword Spear Talisman "
    "Black Resolve Defender Guardian Freedom Pacific Warrior Dragon Horizon Star Keris "
    "Elang Komodo Balikatan".split()
)
_YEAR_AFTER = re.compile(r"[ \t]+(?:19|20)\d\d(?!\d)")
_NEXT_NAME_WORD = re.compile(r"[ \t]+([A-Z][a-z]+)")


def _exercise_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a military exercise (no person, organisation or
    place): right after "latihan ...", its last word an exercise word or a year after it.

    >>> t = "TNI menggelar latihan gabungan Garuda Shield di Baturaja."
    >>> _exercise_name(t, 31, 44)
    True
    """
    if _EXERCISE_BEFORE.search(text, max(0, start - 60), start) is None:
        return False
    words = text[start:end].split()
    after = _NEXT_NAME_WORD.match(text, end)  # the tagger cut it: "Super Garuda| Shield"
    return bool(words) and (
        words[-1] in _EXERCISE_WORDS
        or (after is not None and after.group(1) in _EXERCISE_WORDS)
        or _YEAR_AFTER.match(text, end) is not None
    )


# Forms of address but the everyday ones: "Bu <Name>" may be a wife called by her
# husband's name, which the wife rules decide (aliases).
_REGIONAL_FORMS = FORMS_OF_ADDRESS - frozenset("bu ibu pak bapak nyonya tuan".split())


def retype_addressed_people(text: str, spans: Sequence[Span]) -> None:
    """People named by a form of address the tagger typed an organisation or a place, in
    place: "<Form> <Name>" ("Uni <Name>", "Acil <Name>"; one name word, no place or head:
    "Uni Eropa" stays) where the name word opens a word of a person span ("Lidia
    Marnis", "Ben" of "Benny"), and then the bare form alone ("Uni mengatakan ...")
    where the article addresses one person so.

    >>> t = "Pedagang, Uni Lidia, untung. Uni mengatakan harga naik. Lidia Marnis tertawa."
    >>> s = [Span(10, 19, "ORG"), Span(29, 32, "ORG"), Span(56, 68, "PER")]
    >>> retype_addressed_people(t, s)
    >>> [x.type for x in s]
    ['PER', 'PER', 'PER']
    """
    gazetteer = load_gazetteer()
    people = {w for x in spans if x.type == "PER" for w in text[x.start : x.end].split()}
    addressed: dict[str, int] = {}
    for s in spans:
        words = text[s.start : s.end].split()
        if len(words) != 2 or words[0].casefold() not in _REGIONAL_FORMS:
            continue
        name = words[1]
        if s.type != "PER" and (
            s.place is not None
            or not (name[:1].isupper() and name[1:].islower())
            or is_org_head(name)
            or gazetteer.lookup(name) is not None
            or gazetteer.lookup(" ".join(words)) is not None
            or not any(w.startswith(name) for w in people)  # a person's: "Lidia Marnis"
        ):
            continue
        s.type = "PER"
        addressed[words[0]] = addressed.get(words[0], 0) + 1
    for s in spans:
        surface = text[s.start : s.end]
        if s.type != "PER" and s.place is None and addressed.get(surface) == 1:
            s.type = "PER"
