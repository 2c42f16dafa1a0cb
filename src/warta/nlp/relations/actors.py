"""The actors of an article: which mentions act, and as whom.

From the entity layer's mentions and the text, for :func:`.extract.extract_relations`:
the records a clause is read with (:class:`_Tok`, :class:`_Actor`), whether a mention
is an actor, the outermost of nested mentions, a ministry or government named with its
state acting as the state (:func:`_ministries`, :func:`_states_for_bodies`), regional
bodies the entity layer missed, the actors named before the sentence being read
(:class:`_History`, for "kedua negara" or a bare title), the person a pronoun stands
for and the state of an office, and the mentions that do not act where they stand
(:func:`_not_actor_here`). Pure functions of the article.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from warta.nlp.entities.names import abbreviates, org_base
from warta.nlp.relations.words import (
    _CALENDAR,
    _FORCES,
    _GOVERNMENT,
    _NOT_A_STATE,
    _OBLIQUE,
    _OFFICE_TITLES,
    _PUBLIC_BODIES,
    _SENTENCE_END,
    _STATE_BODIES,
    _TITLE_WORDS,
    _TITLES,
    _act_noun,
)
from warta.records import Mention


@dataclass(frozen=True, slots=True)
class _Tok:
    text: str  # lower case
    start: int
    end: int
    capital: bool = False  # written with a capital: a name or a title ("Menteri Luar Negeri")


@dataclass(frozen=True, slots=True)
class _Actor:
    name: str
    start: int
    end: int
    first: int  # token indices covered
    last: int
    person: bool
    organisation: bool = False  # named as an organisation, not a person or a place
    #: the state a ministry of it acts for ("Kementerian Luar Negeri Jepang" → Japan)
    state: str | None = None


#: A bench of judges named with its court ("Majelis hakim Pengadilan Negeri X"): the
#: court acts, as the entity layer names it when the bench is left out.
_BENCH = re.compile(r"(?i:(?:majelis|panel)\s+hakim)\s+(?=[A-Z])")


#: A governing board named with the body it governs ("Dewan Gubernur X", "Dewan
#: Direksi PT X"): the body acts through its board, as a bench acts for its court.
_BOARD = re.compile(
    r"Dewan\s+(?:Gubernur|Direksi|Komisaris|Pengawas|Eksekutif|Pimpinan)\s+(?=[A-Z])"
)


def _actor_name(m: Mention) -> str:
    """The name a mention acts under: its referent, its entity, else its text; a bench
    of judges as its court, a governing board as the body it governs."""
    name = m.referent or m.entity or m.text
    organ = _BENCH.match(name) or _BOARD.match(name)
    return name[organ.end() :] if organ and m.type == "ORG" else name


#: First words of the names of levies and laws, which the entity layer may tag as
#: bodies ("Pajak Air Tanah", "Peraturan Daerah …"): instruments, never actors.
_INSTRUMENT_HEADS = frozenset(
    "pajak retribusi undang-undang peraturan perda perpres perppu".split()
)


def _is_actor(m: Mention, gpe: Collection[str]) -> bool:
    if m.type == "ORG" and m.text.split()[0].lower() in _INSTRUMENT_HEADS:
        return False  # "menolak kenaikan Pajak X": a levy is what is refused, not who
    if m.type in ("PER", "ORG"):
        return True
    return m.referent is not None or (m.entity or m.text) in gpe


#: Nouns of a natural feature written before its proper name ("**Sungai** Nil", "**Selat**
#: Hormuz"): the name after them is a place in nature, not a side that acts.
_FEATURE_NOUNS = frozenset("sungai danau gunung selat teluk tanjung".split())


def names_a_feature(text: str, m: Mention) -> bool:
    """Whether the mention ``m`` of ``text`` is the name of a natural feature, right
    after its noun ("menahan debit Sungai Eufrat": a river, whatever tag the name got)."""
    before = text[max(0, m.start - 12) : m.start].split()
    return bool(before) and before[-1].casefold() in _FEATURE_NOUNS


def _outermost(mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions not nested in a longer one ("presiden Prancis" hides its "Prancis")."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


#: Head words of a state's ministries and departments ("Kementerian Luar Negeri China").
_MINISTRY_HEADS = frozenset("kementerian departemen kemlu kemenlu".split())


#: The state whose ministries the Indonesian press names without it ("Kementerian
#: Perdagangan"): its own.
HOME_STATE = "Indonesia"


def acts_on_own_state(source: _Actor, target: _Actor) -> bool:
    """Whether ``source`` is a ministry named without its state, so the home state's,
    and ``target`` that state ("Kementerian Perdagangan menggugat bea masuk … atas baja
    Indonesia": the goods' state is its own, no side it acts on)."""
    bare_ministry = source.state is None and source.name.split()[0].lower() in _MINISTRY_HEADS
    return source.organisation and bare_ministry and target.name == HOME_STATE


def _ministries(mentions: Sequence[Mention], gpe: Collection[str]) -> dict[tuple[int, int], str]:
    """The state each ministry named with its state speaks for, by the ministry's span
    ("Kementerian Perdagangan China" → China). A ministry that acts is its state acting
    (the gold sets code a foreign ministry's protest as its state's protest);
    one acted on stays itself (one meets a ministry's officials)."""
    states = {m.end: m for m in mentions if m.type not in ("PER", "ORG") and _is_actor(m, gpe)}
    out = {}
    for m in mentions:
        state = states.get(m.end) if m.type == "ORG" else None
        ministry = m.text.split()[0].lower() in _MINISTRY_HEADS
        if state is not None and state.start > m.start and ministry:
            out[(m.start, m.end)] = _actor_name(state)
    return out | _abbreviated_ministries(mentions, out)


def _abbreviated_ministries(
    mentions: Sequence[Mention], named: dict[tuple[int, int], str]
) -> dict[tuple[int, int], str]:
    """The state of each ministry written later by its short form alone, taken from the
    ministry it abbreviates named with its state before ("Kementerian Luar Negeri RI
    mengecam …. Kemlu juga mendesak …" → Indonesia): a news text names a body in full
    once, then by its acronym, which is the same ministry speaking for the same state."""
    # each ministry named in full: where it is first named with each state, so that a
    # short form is tested once against each name, not against every ministry before it
    first: dict[str, dict[str, int]] = {}
    for m in mentions:
        if (m.start, m.end) in named:
            by_state = first.setdefault(org_base(m.text), {})
            state = named[(m.start, m.end)]
            by_state[state] = min(by_state.get(state, m.start), m.start)
    shortened: dict[str, list[dict[str, int]]] = {}  # by short form
    out = {}
    for m in mentions:
        if m.type != "ORG" or " " in m.text or (m.start, m.end) in named:
            continue
        if m.text not in shortened:
            shortened[m.text] = [by for name, by in first.items() if abbreviates(m.text, name)]
        states = {
            state
            for by_state in shortened[m.text]
            for state, at in by_state.items()
            if at < m.start
        }
        if len(states) == 1:  # two ministries it may shorten: none is sure
            out[(m.start, m.end)] = states.pop()
    return out


def _names(m: Mention) -> tuple[str, str]:
    """A mention as written and as resolved ("Chișinău", "Moldova")."""
    return m.text, _actor_name(m)


def _body_of_named_state(m: Mention, named: dict[str, str]) -> Mention:
    """Organisation ``m`` named by the state it is the government or army of, when the
    entity layer took "Pemerintah Venezuela" as one name and the state is named as such
    elsewhere in the article (``named``: lower-case names to the state); a state's
    mission so named ("Konsulat Jenderal Vietnam") too; else ``m``."""
    head, _, rest = m.text.partition(" ")
    mission = _MISSION.fullmatch(m.text)
    if mission is not None:
        rest = mission["state"]
    elif head.lower() not in _STATE_BODIES:
        return m
    state = named.get(rest.casefold()) if rest else None
    return m if state is None else replace(m, entity=state, referent=None)


#: A state's mission abroad named by the state ("Konsulat Jenderal X", "Kedutaan Besar
#: X", "Kedubes X"): it speaks and acts for the state, as its envoy does.
_MISSION = re.compile(r"(?:Kedutaan Besar|Kedubes|Konsulat Jenderal|Konsulat|Konjen) (?P<state>.+)")


def _states_for_bodies(mentions: Sequence[Mention], gpe: Collection[str]) -> list[Mention]:
    """``mentions`` without the organisations that are a state's government or army by
    name ("Pemerintah Jerman", "Militer Israel") and the persons that are only a title
    of the state ("Perdana Menteri Selandia Baru", its holder unnamed or missed): the
    state inside them acts."""
    states = {m.end: m for m in mentions if m.type not in ("PER", "ORG") and _is_actor(m, gpe)}
    # a state's names in the article, as written and as resolved ("Chișinău" → Moldova)
    named = {n.casefold(): _actor_name(m) for m in states.values() for n in _names(m)}
    out = []
    for m in mentions:
        state = states.get(m.end) if m.type in ("PER", "ORG") else None
        if state is None and m.type == "ORG":
            m = _body_of_named_state(m, named)
        if state is not None and state.start > m.start:
            head = m.text[: state.start - m.start].lower().split()
            if m.type == "ORG" and " ".join(head) in _STATE_BODIES:
                continue
            # a title the entity layer resolved to its holder stays the person (a title
            # written in lower case and named capitalised is unresolved all the same:
            # "menteri luar negeri AS")
            unresolved = _actor_name(m).casefold() == m.text.casefold()
            if m.type == "PER" and unresolved and all(w in _TITLE_WORDS for w in head):
                continue
        out.append(m)
    return out


#: A region's government named before the region: the region acts ("Pemerintah
#: Provinsi Jawa Barat", "Pemprov Jawa Barat").
_REGIONAL_BODY = re.compile(
    r"(?:\bPemerintah\s+(?:Provinsi|Kabupaten|Kota|Daerah)|\bPem(?:prov|kab|kot|da))\s+$"
)


#: Kinds of region a mention may open with ("Kabupaten X"), and the word before it that
#: makes it the region's government ("Pemerintah Kabupaten X").
_REGION_KINDS = frozenset("Provinsi Kabupaten Kota".split())
_GOVERNMENT_BEFORE = re.compile(r"\bPemerintah\s+$")


def _regional_bodies(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with the regions named as their government ("Pemerintah Provinsi
    Jawa Barat", "Pemprov Jawa Barat") made organisations over the whole name, named
    by the region: the region's government acts."""
    out = []
    for m in mentions:
        body = (
            _REGIONAL_BODY.search(text, max(0, m.start - 40), m.start) if m.type == "LOC" else None
        )
        if body is None and m.type == "LOC" and m.text.split()[0] in _REGION_KINDS:
            # "Pemerintah | Kabupaten X": the region named with its kind; the gold sets
            # name such a government in full ("Pemerintah Kota Medan")
            gov = _GOVERNMENT_BEFORE.search(text, max(0, m.start - 12), m.start)
            if gov is not None:
                start = gov.start()
                whole = text[start : m.end]
                m = replace(m, start=start, text=whole, type="ORG", entity=whole, referent=None)
        if body is not None:
            start = m.start - len(body.group())
            m = replace(m, start=start, text=text[start : m.end], type="ORG", entity=_actor_name(m))
        head = _UNIT_HEAD.search(text, max(0, m.start - 16), m.start) if m.type == "LOC" else None
        if head is not None:
            # "memanggil Kapolda Sumut": the head of a regional police or prosecutor's
            # unit, named by his title and region, stands for the unit ("Polda Sumut")
            unit = f"{_UNIT_OF_HEAD[head.group(1)]} {m.text}"
            whole = text[head.start() : m.end]
            m = replace(m, start=head.start(), text=whole, type="ORG", entity=unit, referent=None)
        out.append(m)
    return out


#: The titles of the heads of regional police and prosecutor's units and the unit each
#: heads ("Kapolda X": Polda X).
_UNIT_OF_HEAD = {
    "Kapolda": "Polda",
    "Kapolres": "Polres",
    "Kapolresta": "Polresta",
    "Kapolrestabes": "Polrestabes",
    "Kajati": "Kejati",
    "Kajari": "Kejari",
}
#: Such a title right before a region's name.
_UNIT_HEAD = re.compile(rf"\b({'|'.join(_UNIT_OF_HEAD)})\s+$")


#: An office's words cut by the entity layer at their "dan" ("Menteri Sumber Daya Alam
#: dan | Kelestarian Lingkungan Malaysia"): the title's head and the words before "dan".
_OFFICE_BEFORE_AND = re.compile(r"\b(Menteri|Kementerian)(?:\s+[A-Z][\w-]*)+\s+dan\s+$")


def _offices_cut_at_and(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with the organisations the entity layer cut out of an office whose
    title has a "dan" ("Menteri Sumber Daya Alam dan Kelestarian Lingkungan Malaysia"
    gave "Kelestarian Lingkungan Malaysia") put back whole when a state ends them: a
    ministry spans its whole title (it acts for its state, :func:`_ministries`), an
    unnamed minister's title is dropped so that the state inside acts."""
    state_ends = {m.end for m in mentions if m.type not in ("PER", "ORG")}
    out = []
    for m in mentions:
        cut = None
        if m.type == "ORG" and m.end in state_ends:
            cut = _OFFICE_BEFORE_AND.search(text, max(0, m.start - 80), m.start)
        if cut is not None and cut.group(1) == "Menteri":
            continue
        if cut is not None:
            start = cut.start()
            m = replace(m, start=start, text=text[start : m.end], entity=None, referent=None)
        out.append(m)
    return out


#: Heads of the names of a state body's regional units ("Polda Sumut", "Kejari Kupang",
#: "DPRD Konawe"): alone, each is the unit last named with it. A proper name alone
#: ("KPK", "Google") is its own body, not "Kantor KPK" or "Google Flights".
_REGIONAL_HEADS = frozenset(
    "Polda Polres Polresta Polrestabes Kejati Kejari Kodam Korem Kodim Lantamal DPRD".split()
)


def _bare_heads(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a regional unit named by its head alone ("Kabid Humas Polda Sumut
    …. Polda juga meminta …") named as the unit named before with that head, the last
    such first; an organ of such a unit named without its region ("Badan Anggaran
    DPRD") is named as that unit's organ."""
    out: list[Mention] = []
    latest: dict[str, Mention] = {}  # the last organisation in ``out`` opening with a head
    for m in mentions:
        *organ, last = m.text.split()
        if m.type == "ORG" and last in _REGIONAL_HEADS:
            head = last + " "
            longer = latest.get(last)
            if longer is not None:
                # "Badan Anggaran DPRD" after "DPRD Jawa Tengah": that council's organ
                unit = _actor_name(longer)
                name = " ".join([*organ, unit]) if unit.startswith(head) else unit
                m = replace(m, entity=name, referent=None)
        out.append(m)
        first, space, _ = m.text.partition(" ")
        if m.type == "ORG" and space and first in _REGIONAL_HEADS:
            latest[first] = m
    return out


#: The head of a court's name, after a bench of judges at most ("Majelis hakim
#: Pengadilan Tindak Pidana Korupsi").
_COURT = re.compile(r"(?i:(?:majelis|panel)\s+hakim\s+)?(?:Pengadilan|Mahkamah)\b")


def _courts_with_seat(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a court the entity layer named without the place right after
    it ("Pengadilan Tindak Pidana Korupsi | Jakarta") spanning its seat too: a court is
    named by its seat ("Pengadilan Tipikor Jakarta"), the place does not act."""
    out: list[Mention] = []
    k = 0
    while k < len(mentions):
        m = mentions[k]
        seat = mentions[k + 1] if k + 1 < len(mentions) else None
        if (
            seat is not None
            and m.type == "ORG"
            and seat.type == "LOC"
            and _COURT.match(m.text)
            and text[m.end : seat.start] == " "
        ):
            end = seat.end
            out.append(replace(m, end=end, text=text[m.start : end], entity=None, referent=None))
            k += 2
            continue
        out.append(m)
        k += 1
    return out


#: A mediation named before its mediators ("dengan mediasi Mesir dan Oman", "yang
#: ditengahi Mesir").
_MEDIATOR_BEFORE = re.compile(r"\b(?:mediasi|mediator|penengah|ditengahi|dimediasi|difasilitasi)\b")
#: A mediator named before its verb ("Qatar, yang tahun lalu menengahi …", "Oman
#: memediasi …"), a few words of time or manner between.
_MEDIATOR_AFTER = re.compile(
    r",?\s*(?:yang\s+)?(?:[a-z]+\s+){0,3}(?:menengahi|memediasi|memfasilitasi)\b"
)
#: What ends the stretch of text a mediation word reaches over.
_SEGMENT_END = re.compile(r"[.,;:()]")
#: What ends the title before a person's name, its apposition's comma kept.
_TITLE_CUT = re.compile(r"[.;:()]|, ")
#: A verb between a body's name and a person ("Ketua DPRD X **meminta** Wali Kota
#: <nama>"): the body is another side's, no title of the person's.
_VERB_CUT = re.compile(r"\s(?:me|ber|di)[a-z]{4,}\s")
#: How many characters before a person's name their title may reach.
_TITLE_REACH = 60


#: The offices of a region's head, each with its title as written before the holder's
#: name: capitalised, its region's name (or a rank) after it at most, no "Wakil"
#: before it (a deputy holds another office). A common noun names the holders once
#: they are told ("kedua bupati" after "Bupati X <nama>" and "Bupati Y <nama>").
_HEAD_TITLES = {
    office: re.compile(rf"(?<!Wakil )\b{title}(?:\s+[A-Z][\w/-]*){{0,4}}$")
    for office, title in {
        "bupati": "Bupati",
        "gubernur": "Gubernur",
        "walikota": "(?:Wali Kota|Walikota)",
    }.items()
}
#: A regional government's name by the words it opens with, before its region
#: ("Pemerintah Kota X"), and the title of its head ("Wali Kota X <nama>").
_GOVERNMENT_HEADS = {
    "Pemerintah Kota ": ("Wali Kota", "Walikota"),
    "Pemerintah Kabupaten ": ("Bupati",),
    "Pemerintah Provinsi ": ("Gubernur",),
}
#: A capitalised word right after a name: the name goes on past the mention.
_NAME_GOES_ON = re.compile(r" [A-Z]")
#: The offices of :data:`_HEAD_TITLES`, as written run together ("walikota").
REGION_HEAD_OFFICES = tuple(_HEAD_TITLES)


#: A minister's title right before a name, its words capitalised and no state among
#: them as far as the title shows ("Menteri Keuangan ", "Menteri Dalam Negeri ").
_BARE_MINISTER = re.compile(r"\bMenteri(?:\s+[A-Z][\w-]*)+\s+$")


class _History:
    """The actors of an article named before the sentence being read (the first
    ``bound`` of ``actors``), looked back through only on need: most sentences never
    ask."""

    #: How many actors back the look goes.
    REACH = 40

    def __init__(self, text: str, actors: Sequence[Mention]) -> None:
        self._text = text
        self._actors = actors
        self.bound = 0
        # Where each person is named, and the states and places by where they end (in
        # the order named), so state_of reads a few entries, not every actor.
        self._person_starts: dict[str, list[int]] = {}
        self._places_ending: dict[int, list[tuple[int, Mention]]] = {}
        self._place_before_named: dict[str, tuple[int, Mention] | None] = {}  # by person
        # how each state is written ("Filipina", "Manila" for the Philippines)
        self._written: dict[str, set[str]] = {}
        #: those named as mediators ("dengan mediasi Mesir dan Oman"): never one of
        #: "kedua negara/pihak", the sides they mediate between
        self.mediators: set[str] = set()
        for k, m in enumerate(actors):
            if _MEDIATOR_BEFORE.search(
                _SEGMENT_END.split(text[max(0, m.start - 40) : m.start])[-1]
            ) or _MEDIATOR_AFTER.match(text, m.end):
                self.mediators.add(_actor_name(m))
            if m.type == "PER":
                self._person_starts.setdefault(_actor_name(m), []).append(m.start)
            elif m.type != "ORG":
                self._places_ending.setdefault(m.end, []).append((k, m))
                self._written.setdefault(_actor_name(m), {_actor_name(m)}).add(m.text)

    def is_person(self, name: str) -> bool:
        """Whether ``name`` is a person's (named as one in the article)."""
        return name in self._person_starts

    def one_side(self, a: str, b: str) -> bool:
        """Whether names ``a`` and ``b`` are one side: one is a body named with the other
        state last, however the state is written ("Dewan Keamanan Nasional Filipina",
        the Philippines)."""
        return any(a.endswith(" " + w) for w in self._written.get(b, {b})) or any(
            b.endswith(" " + w) for w in self._written.get(a, {a})
        )

    def body_and_state(self, a: str, b: str) -> bool:
        """Whether one of names ``a`` and ``b`` is a state or place named in the article
        and the other, no place, a body named with it last ("Badan Kerja Sama
        Internasional Jepang" and Japan): one side (see :meth:`one_side`), not two.
        Two states are two sides however their names end (South Sudan and Sudan)."""
        return (a in self._written) != (b in self._written) and self.one_side(a, b)

    def _back(self) -> Iterator[Mention]:
        for k in range(self.bound - 1, max(self.bound - self.REACH, 0) - 1, -1):
            yield self._actors[k]

    def states(self, organisations: bool = True) -> Iterator[str]:
        """The states, and organisations when ``organisations``, named, the last first
        ("kedua pihak"; "kedua negara" are states only)."""
        kinds = ("PER",) if organisations else ("PER", "ORG")
        return (_actor_name(m) for m in self._back() if m.type not in kinds)

    def state_of(self, person: _Actor) -> _Actor:
        """The state named right before ``person`` where the person is named ("Kanselir
        Austria X": Austria), as an actor at the person's place, else ``person``."""
        if not person.person:
            return person
        # where the person is named, or first named (a later "kedua pemimpin"): the
        # first state or place named (in the actors' order) ending at or right before
        # one of those starts; the one before any of the person's names is found once
        # per person, not at each call (a name told all through a long text)
        if person.name not in self._place_before_named:
            self._place_before_named[person.name] = self._first_place_before(
                self._person_starts.get(person.name, ())
            )
        near = [self._first_place_before([person.start]), self._place_before_named[person.name]]
        hits = [hit for hit in near if hit is not None]
        if not hits:
            return person
        _, place = min(hits, key=lambda hit: hit[0])
        return replace(person, name=_actor_name(place), person=False)

    def _first_place_before(self, starts: Sequence[int]) -> tuple[int, Mention] | None:
        """The first state or place named (in the actors' order) ending at or right
        before one of ``starts``, with its index among the actors, else ``None``."""
        near = [
            hit for s in starts for end in (s, s - 1) for hit in self._places_ending.get(end, ())
        ]
        return min(near, key=lambda hit: hit[0]) if near else None

    def titled_for(self, person: _Actor, state: str) -> bool:
        """Whether ``person`` is named with a title naming ``state`` however written
        ("Jubir Kemenlu X <nama>", "Menteri Pertahanan X <nama>": X): the person speaks
        for it."""
        if not person.person:
            return False
        before = self._text[max(0, person.start - _TITLE_REACH) : person.start]
        title = _SEGMENT_END.split(before)[-1]
        words = set(re.findall(r"\w+", title))
        return any(w in words for w in self._written.get(state, {state}))

    def holds_office_of(self, name: str, state: str) -> bool:
        """Whether the person ``name`` is named, anywhere, right after an office's title
        naming the state or place ``state``, an apposition's comma or none between
        ("Menteri Luar Negeri X, <nama>", "Presiden X <nama>"; not "Duta Besar Y untuk X,
        <nama>"): the person acts for that state."""
        if state not in self._written:
            return False
        state_words = {w for form in self._written[state] for w in form.split()}
        for start in self._person_starts.get(name, ()):
            before = self._text[max(0, start - _TITLE_REACH) : start].rstrip()
            title = []
            # the title's words back to its head: capitalised ("Menteri Pertahanan
            # Nasional X"), up to a lower-case word ("untuk", "bertemu")
            for word in reversed(before.removesuffix(",").split()):
                if not word[:1].isupper() and word.lower() not in _TITLE_WORDS:
                    break
                title.append(word)
            if any(w in state_words for w in title) and title[-1].lower() in _TITLE_WORDS:
                return True
        return False

    def officer_of(self, person: _Actor, body: str) -> bool:
        """Whether ``person`` is named, anywhere, right after a title holding the name
        ``body``, an apposition's comma between ("Direktur Utama PT X, <nama>"): the
        person speaks for that body."""
        if not person.person:
            return False
        for start in (person.start, *self._person_starts.get(person.name, ())):
            before = self._text[max(0, start - _TITLE_REACH) : start].rstrip(" ,")
            if body in _VERB_CUT.split(_TITLE_CUT.split(before)[-1])[-1]:
                return True
        return False

    def heads_government(self, name: str, body: str) -> bool:
        """Whether the person ``name`` is named, anywhere, right after the title of the
        head of the region the government ``body`` governs, an apposition's comma or none
        between ("Wali Kota X <nama>", "Bupati X, <nama>" for "Pemerintah Kota X",
        "Pemerintah Kabupaten X"): the person answers for that government."""
        prefix = next((p for p in _GOVERNMENT_HEADS if body.startswith(p)), None)
        if prefix is None:
            return False
        region = body.removeprefix(prefix)
        titles = tuple(f"{title} {region}" for title in _GOVERNMENT_HEADS[prefix])
        return any(
            self._text[max(0, start - _TITLE_REACH) : start].rstrip(" ,").endswith(titles)
            for start in self._person_starts.get(name, ())
        )

    def speaks_for(self, person: _Actor, state: str) -> bool:
        """Whether ``person`` is named, here or where first named, right after ``state``
        ("Menteri Informasi X <nama> …. Ia …": the "Ia" speaks for X)."""
        return person.person and self.state_of(person).name == state

    def home_minister(self, person: _Actor) -> bool:
        """Whether ``person`` is first named with a minister's title that names no state
        ("Menteri Keuangan <nama>"): the press names its own state's ministers so, and
        such a person never acts on that state."""
        if not person.person or self.state_of(person).name != person.name:
            return False
        first = min((person.start, *self._person_starts.get(person.name, ())))
        before = self._text[max(0, first - _TITLE_REACH) : first]
        return _BARE_MINISTER.search(before) is not None

    def listed(self, n: int) -> list[str]:
        """The last ``n`` actors named as one list ("A, B, dan C"), else none."""
        back = list(self._back())
        for k in range(len(back) - n + 1):
            run = back[k : k + n][::-1]
            gaps = [self._text[a.end : b.start].strip().lower() for a, b in pairwise(run)]
            if all(g in (",", "dan", ", dan", "serta") for g in gaps):
                return [_actor_name(m) for m in run]
        return []

    def sides_between(self, states: bool = False) -> list[str]:
        """The two sides of the last act told "antara A dan B" (talks, a treaty), which
        "kedua pihak" stands for before the mediators or hosts named after them; states
        only when ``states``; else none."""
        back = list(self._back())
        for later, earlier in pairwise(back):
            gap = self._text[earlier.end : later.start].strip().lower()
            before = self._text[max(0, earlier.start - 12) : earlier.start].split()
            if gap not in ("dan", "dengan") or not before or before[-1].lower() != "antara":
                continue
            if states and any(m.type in ("PER", "ORG") for m in (earlier, later)):
                return []
            return [_actor_name(earlier), _actor_name(later)]
        return []

    def organisations(self) -> Iterator[str]:
        """The organisations named, the last first."""
        return (_actor_name(m) for m in self._back() if m.type == "ORG")

    def of_kind(self, kind: str) -> Iterator[str]:
        """The actors of entity type ``kind`` named, the last first ("kedua
        perusahaan": organisations)."""
        # a public body told by its acronym ("BANI") is known by its full name's head
        return (
            _actor_name(m)
            for m in self._back()
            if m.type == kind
            and m.text.split()[0].casefold() not in _PUBLIC_BODIES
            and _actor_name(m).split()[0].casefold() not in _PUBLIC_BODIES
        )

    def ruled(self) -> str | None:
        """The state last named after a word for its rulers ("militer Myanmar"), which a
        bare "junta" or "rezim" stands for, else ``None``."""
        for m in self._back():
            before = self._text[max(0, m.start - 20) : m.start].split()
            if m.type not in ("PER", "ORG") and before and before[-1].lower() in _GOVERNMENT:
                return _actor_name(m)
        return None

    def holders(self, offices: Collection[str]) -> Iterator[str]:
        """The persons named right after the title of one of the regional ``offices``
        and its region ("Bupati X <nama>", "Wali Kota Y, <nama>"), the last first, each
        once: those "kedua bupati" or "kedua kepala daerah" later stand for."""
        titles = [_HEAD_TITLES[office] for office in offices]
        seen: set[str] = set()
        for m in self._back():
            if m.type != "PER" or m.referent is not None or _actor_name(m) in seen:
                continue
            before = self._text[max(0, m.start - _TITLE_REACH) : m.start].rstrip(" ,")
            title = _TITLE_CUT.split(before)[-1]
            if _NAME_GOES_ON.match(self._text, m.end):
                continue  # "Bupati Tana | Wajo": a region's name cut, no holder
            if any(t.search(title) for t in titles):
                seen.add(_actor_name(m))
                yield _actor_name(m)

    def titled(self, title: str) -> str | None:
        """The person last named right after ``title`` ("Presiden Prabowo Subianto"
        for "presiden"), else ``None``."""
        for m in self._back():
            if m.type != "PER" or m.referent is not None:
                continue
            before = self._text[max(0, m.start - 20) : m.start].split()
            if before and before[-1][:1].isupper() and before[-1].lower() == title:
                return _actor_name(m)
        return None


def _subject_person(
    text: str, offset: int, mentions: Sequence[Mention], kind: str = "PER"
) -> _Actor | None:
    """The first person (or organisation, ``kind``) named in the sentence outside a
    prepositional phrase: the one a later pronoun ("Ia …") or description ("lembaga
    itu") most likely stands for."""
    for m in mentions:
        if m.type != kind or m.referent is not None:
            continue
        before = text[: m.start - offset].split()
        if before and before[-1].lower() in _OBLIQUE:
            continue
        return _Actor(_actor_name(m), m.start, m.end, -1, -1, True)
    return None


def _office_of_state(
    text: str, offset: int, mentions: Sequence[Mention], gpe: Collection[str]
) -> _Actor | None:
    """The state whose office opens the sentence when its holder is not recognised
    ("Menteri Pertahanan X <name missed> angkat bicara. Ia mengecam …": the
    office acts for Israel), else ``None``."""
    first = mentions[0] if mentions else None
    if first is None or first.type in ("PER", "ORG") or not _is_actor(first, gpe):
        return None
    title = text[: first.start - offset].split()
    if not title or title[0].lower() not in _TITLES:
        return None
    if len(title) > 4 or not all(w[:1].isupper() and w.isalpha() for w in title):
        return None  # "Menteri Pertahanan X", not a clause before the state
    return _Actor(_actor_name(first), first.start, first.end, -1, -1, True)


#: The title of a spokesperson, written before the body spoken for ("Juru Bicara X").
_SPOKESPERSON = (("juru", "bicara"), ("jubir",))


def _body_of_spokesperson(text: str, offset: int, mentions: Sequence[Mention]) -> _Actor | None:
    """The organisation whose unnamed spokesperson opens the sentence ("Juru Bicara
    Kementerian X, Rabu (…), mengecam …. Ia juga …": the ministry speaks on), else
    ``None``; a person named in the sentence is the one a later "Ia" stands for."""
    first = mentions[0] if mentions else None
    if first is None or first.type != "ORG" or any(m.type == "PER" for m in mentions):
        return None
    title = tuple(w.lower() for w in text[: first.start - offset].split())
    return (
        _Actor(_actor_name(first), first.start, first.end, -1, -1, True)
        if title in _SPOKESPERSON
        else None
    )


def _unnamed_office(text: str, mentions: Sequence[Mention], offset: int) -> bool:
    """Whether the sentence opens with the office of a named place whose holder it does
    not name ("Bupati Banyumas yang dihubungi terpisah menyatakan …"): a later "Ia"
    stands for that holder, not for a person named before."""
    words = text.split()
    if len(words) < 2 or words[0].lower() not in _OFFICE_TITLES or not words[1][:1].isupper():
        return False
    # a holder's name follows the office within a few words ("Bupati X, <nama>,")
    reach = offset + len(text) - len(text.lstrip()) + len(words[0]) + len(words[1]) + 30
    return not any(m.type == "PER" and offset <= m.start < reach for m in mentions)


def _covered(toks: list[_Tok], starts: list[int], m: Mention) -> list[int]:
    """The indices of the tokens mention ``m`` covers."""
    covered = []
    for i in range(max(bisect_right(starts, m.start) - 1, 0), len(toks)):
        if toks[i].start >= m.end:
            break
        if toks[i].end > m.start:
            covered.append(i)
    return covered


#: A place's name up to a person's name in it, after the locative "di" ("di Tanjung
#: Batu Hasan", "di Jalan Raden Patah"): one to three capitalised words.
_PLACE_NAME_HEAD = re.compile(r"\bdi((?:\s+[A-Z][a-z]+){1,3})\s+$")


#: A vessel's prefix, and a title of the person it is named after, right before that
#: person's name ("KRI dr. X", "KM X", "USS X"): warships and ferries are named after
#: heroes and leaders.
_VESSEL_BEFORE = re.compile(r"\b(?:KRI|KM|KMP|KN|MV|MT|USS|HMS)\s+(?:[a-zA-Z]{1,4}\.\s*)?$")


def _place_name_persons(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without the persons whose name ends a place's name after "di" ("di
    Tanjung Batu Hasan"), or names a vessel after its prefix ("kapal KRI dr. X"):
    streets, capes, shoals and ships are named after persons, and a person is never
    written after "di" behind capitalised words that are no title and no other name,
    nor after a ship's prefix."""
    ends = {m.end for m in mentions}
    return [
        m
        for m in mentions
        if not (
            m.type == "PER"
            and (
                _ends_place_name(text, m, ends)
                or _VESSEL_BEFORE.search(text, max(0, m.start - 12), m.start) is not None
            )
        )
    ]


def _ends_place_name(text: str, m: Mention, ends: Collection[int]) -> bool:
    """Whether ``m`` follows "di" and one to three capitalised words that are no title
    and end no other mention (``ends``)."""
    head = _PLACE_NAME_HEAD.search(text[max(0, m.start - 60) : m.start])
    if head is None:
        return False
    opens = m.start - len(head.group(0))
    # "di Kantor Menteri X", "di Jakarta X": an office or a name of its own before it
    titled = any(w.lower() in _OFFICE_TITLES for w in head.group(1).split())
    return not titled and not any(opens < end < m.start for end in ends)


#: An office's title and up to three capitalised words of its place before a name
#: ("Bupati Tanah Merah <X>"), where a name's mention may begin too late.
_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+)((?:\s+[A-Z][a-z]+){0,3})\s+$")


def _offices_before_holders(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without an office the entity layer took for a person ("Bupati Tanah
    Merah, <nama>,"): a person's mention right after an office's title and followed,
    past a comma, by another person's name is the office of that holder, who acts."""
    persons = {m.start for m in mentions if m.type == "PER"}
    return [m for m in mentions if not _office_of_holder(text, m, persons)]


def _office_of_holder(text: str, m: Mention, persons: Collection[int]) -> bool:
    """Whether ``m`` is a person's mention led by an office's title (in it or before
    it) and followed by ", " and a person's mention (one starting at ``persons``)."""
    if m.type != "PER" or not text.startswith(", ", m.end) or m.end + 2 not in persons:
        return False
    title = _TITLE_BEFORE.search(text[max(0, m.start - 60) : m.start])
    words = (title.group(0) + " " + m.text).split() if title else m.text.split()
    return len(words) > 1 and words[0].lower() in _OFFICE_TITLES


def _not_actor_here(
    m: Mention, toks: list[_Tok], first: int, named: set[int], bodies: Collection[int] = ()
) -> bool:
    """Whether a state's name at token ``first`` is not the state here: a language
    ("bahasa Indonesia"), its opposition ("oposisi X"), a metonym that ends a longer
    name the entity layer missed ("Klub Seoul" is a club, not South Korea; titles such
    as "Presiden" excepted, and an act's noun or a state's forces opening the sentence:
    "Kecaman Kremlin terhadap …", "Langkah Beijing", "Kapal Beijing" are the state's),
    or a capital right after an organisation's name (token ends in ``bodies``), its
    seat: "Pengadilan Negeri Jakarta", "Pengadilan Tinggi Tokyo"."""
    if m.type in ("PER", "ORG") or first == 0:
        return False
    before = toks[first - 1]
    if before.text in _NOT_A_STATE:
        return True
    metonym = m.referent is not None and m.referent != (m.entity or m.text)
    if metonym and first - 1 in bodies:
        return True
    return (
        metonym
        and before.capital
        and before.text.isalpha()
        and first - 1 not in named
        and before.text not in _TITLES | _GOVERNMENT | _CALENDAR
        and not _act_noun(before.text)
        and before.text not in _FORCES
        and not (first >= 2 and toks[first - 2].text in _SENTENCE_END)
    )
