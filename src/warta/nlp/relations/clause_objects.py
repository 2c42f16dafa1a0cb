"""The first layer of a clause reader: tokens, the actors over them, and the objects
of a verb.

:class:`_ObjectReader` holds one sentence's tokens and actors and finds what follows a
cue: its objects (:meth:`_ObjectReader.objects`) with their coordination, counterparts,
appositions, offices and firms, and where the clause ends. Subjects and the rest are
read by the layers above it (:mod:`.clause_asides`, :mod:`.clause`), which may call
down into it but never the reverse.
"""

from __future__ import annotations

from collections.abc import Collection

from warta.nlp.relations.actors import REGION_HEAD_OFFICES, _Actor, _History, _Tok
from warta.nlp.relations.lexicon import LEXICON, MAX_WORDS
from warta.nlp.relations.words import (
    _ANAPHOR,
    _ASKING,
    _BARE_RULERS,
    _BENEFACTIVE,
    _BOTH_SIDES,
    _BOUNDARY,
    _BRAND,
    _CALENDAR,
    _CAPITALS,
    _COORD,
    _COUNTERPART_OF,
    _COUNTERPARTS,
    _COURT_HEADS,
    _DIRECT_GAP,
    _ENVOYS_OF,
    _FLAGGED,
    _FOR_A_TIME,
    _FORMER,
    _GOVERNMENT,
    _HEADED_BODIES,
    _HONORIFICS,
    _IN_FORM_OF,
    _IN_MANNER,
    _INCLUDING,
    _KIN,
    _LED_BY_HEADS,
    _MADE_BY,
    _MANNER,
    _MEMBER,
    _NUMBERS,
    _OBJECT_GAP,
    _OBLIQUE,
    _OFFICE_TITLES,
    _ORG_NOUNS,
    _OWNED_BY,
    _PART_OF,
    _PETITIONS,
    _PLANS,
    _PORTFOLIOS,
    _PROPERTY_REACH,
    _PURPOSE,
    _QUOTE_CHARS,
    _REGION_HEAD_OFFICES,
    _SIDE_KINDS,
    _STATE_AND_PEOPLE,
    _STATE_SIDES,
    _TARGET_PREP,
    _TITLE_WORDS,
    _UP_TO,
    _WARRING,
    _act_noun,
    _active_verb,
    _headed,
    _verb_like,
)

#: Nouns of a route, named by its two ends joined by a hyphen ("rute Jakarta-Kupang"):
#: the ends name the route, not places acting.
_ROUTES = frozenset("rute trayek jalur".split())
#: Nouns of the kind of owner between "milik" and its name ("milik maskapai PT X").
_OWNER_KINDS = frozenset("maskapai perusahaan operator".split())
#: Words joining the names of a list ("A, B, dan C").
_LIST_JOINS = frozenset("dan serta".split())
#: Counting words before a noun for sides told before ("ketiga negara": three).
_ORDINALS = {"ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6}


#: Words for a member of a body that open a description of the person named after it
#: ("kepada **anggota** parlemen X, <nama>").
_MEMBER_WORDS = frozenset("anggota politisi politikus kader legislator".split())
#: How many lower-case words may describe a person coordinated and then named after a
#: comma ("dan bendahara desa, AB").
_DESCRIBED_WORDS = 3
#: How many words the post of a person coordinated and then named after a comma may take
#: ("dan manajer klub X Muda FC, AB").
_POST_WORDS = 6
#: Counts of persons opening a description of those named after it ("**dua** tersangka,
#: A dan B").
_PERSON_COUNTS = frozenset("seorang dua tiga empat lima enam tujuh delapan sembilan".split())
#: Words in *ber-* that describe a thing, not an act, inside a noun phrase ("kapal
#: **berbendera** X", "kuota pupuk **bersubsidi** kios milik X").
_BER_ADJECTIVES = frozenset({_FLAGGED, "bersubsidi"})
#: Those who run or speak for a body, opening an object that names it after them
#: ("**manajemen** maskapai X", "**direksi** perusahaan daerah Y").
_RUNNERS = frozenset("direksi manajemen pimpinan perwakilan pengurus jajaran pengelola".split())
#: Words before a coordinated side's name: titles, its government ("dan otoritas X"),
#: its envoys ("antara utusan khusus A dan delegasi B") and those who run a body ("A dan
#: **direksi** PT B": the firm).
_SIDE_TITLES = (
    _TITLE_WORDS | _GOVERNMENT | _RUNNERS | frozenset("utusan khusus delegasi perunding".split())
)
#: The persons such a count names: those arrested, held, charged or expelled ("dua
#: **tersangka**"), not players praised or firms dealt with ("dua pemain", "dua lessor").
_HELD_PERSONS = frozenset(
    "tersangka terdakwa pelaku perekrut buronan pejabat pengurus aktivis jurnalis wartawan "
    "diplomat tahanan anggota warga orang".split()
)
#: The word after a kind counted that marks the ones named next as others of that kind
#: ("tiga pemasok **lain**, A dan B").
_OTHER = "lain"
#: Words counting an unnamed few ("**beberapa** perusahaan lain, A dan B").
_SOME = frozenset("beberapa sejumlah".split())
#: Words that may stand inside an office's or party's name before the holder's comma.
_IN_NAME = frozenset("dan ( )".split())


#: Words between "keduanya" and its passive verb ("Keduanya langsung ditahan").
_BEFORE_PASSIVE = frozenset("juga kemudian langsung lalu telah sudah pun segera".split())


#: Offices named with their region before their holder ("Gubernur Jawa Tengah X").
_REGIONAL_OFFICES = _REGION_HEAD_OFFICES | {"camat", "lurah"}


#: Nouns of a group formed for crime or violence ("anggota **geng** motor X"): its
#: members arrested are the group's, as a state's nationals are the state's; not a
#: body members sit in ("menangkap anggota DPR" is no act on the DPR).
_GANGS = frozenset("geng komplotan sindikat jaringan gerombolan kawanan kelompok sel".split())
#: The words of a group naming itself ("sindikat … yang **menamakan diri** X").
_SELF_NAMED = ("menamakan", "diri", "dirinya")
#: How many lower-case words back from a group's name its noun may be ("lima terduga
#: anggota jaringan narkoba internasional X").
_GANG_REACH = 6


#: The word before initials a person is named by ("…, **berinisial** AB, …").
_INITIALLED = "berinisial"
#: How many words a description of a person may run before "berinisial" ("pejabat
#: penanggung jawab (PJ) proyek renovasi Terminal X berinisial AB").
_DESCRIPTION_REACH = 12
#: Brackets that may stand inside such a description (a short name of an office).
_BRACKETS = frozenset("( )".split())
#: How many words a list of what a thing consists of ("bantuan berupa tenda dan
#: selimut") may run before the preposition after it.
_FORM_LIST_REACH = 15
#: How many words a role in lower case may take before the name set off after it
#: ("mandor pabrik tersebut, <nama>").
_ROLE_REACH = 6


#: How many words may qualify an act's noun before its agent ("serangan **udara
#: militer** X").
_ACT_QUALIFIERS = 2


#: Adverbs of addition between an object and the act it is asked to do ("juga").
_ALSO_WORDS = frozenset("juga pun segera".split())


#: Adverbs of an act's span right after its verb, before the object: for a while or
#: for good ("memberhentikan **tetap** Ketua X"; "tetap" after a verb ends no object).
_SPANS = frozenset({_FOR_A_TIME, "tetap"})

#: Words opening a minister's title ("Menteri Pertanian <nama>").
_MINISTERS = frozenset("menteri menko wamen".split())
#: The most words of a minister's title before the name ("Menteri Koordinator Bidang
#: Pembangunan Manusia dan Kebudayaan": eight).
_MINISTRY_WORDS = 8


class _ObjectReader:
    """A sentence as tokens with the actors over them, and the objects of its verbs:
    the base of :class:`~warta.nlp.relations.clause._Clause`."""

    def __init__(
        self,
        toks: list[_Tok],
        actors: list[_Actor],
        antecedent: _Actor | None = None,
        *,
        organisation: _Actor | None = None,
        history: _History | None = None,
    ) -> None:
        self.toks = toks
        #: the person a pronoun subject stands for (see :meth:`_pronoun`)
        self.antecedent = antecedent
        #: the organisation a description stands for ("lembaga itu", :meth:`_description`)
        self.organisation = organisation
        #: the actors named in the sentences before ("kedua negara", a bare "Presiden")
        self.history = history or _History("", ())
        #: the speaker of the direct quote the cue being read is in: who "kami"/"saya"
        #: before the verb is (set by the extractor, see :meth:`_Clause.subject`)
        self.we: _Actor | None = None
        #: the names acting in the clause being read: "kedua pihak" are the others
        self.acting: frozenset[str] = frozenset()
        #: the two sides of a meeting told in the sentence right before ("X bertemu Y
        #: …. Kedua pihak sepakat …"), set by the extractor
        self.met: tuple[str, str] | None = None
        #: the sides of the last fight told in the article, if any
        self.fought: tuple[str, str] | None = None
        self._words: frozenset[str] | None = None
        self.actor_at: dict[int, _Actor] = {}
        for a in actors:
            for i in range(a.first, a.last + 1):
                self.actor_at[i] = a

    def word(self, i: int) -> str:
        return self.toks[i].text if 0 <= i < len(self.toks) else ""

    def words(self) -> frozenset[str]:
        """The sentence's words, for the tests of context (made on first need)."""
        if self._words is None:
            self._words = frozenset(t.text for t in self.toks)
        return self._words

    def _with_person(self, actor: _Actor) -> _Actor:
        # "Menteri Luar Negeri China Wang Yi": the person named beside a state acts.
        nxt = self.actor_at.get(actor.last + 1)
        if nxt is None and self.word(actor.last + 1) == ",":  # "Presiden Prancis, Emmanuel Macron"
            nxt = self.actor_at.get(actor.last + 2)
        if not actor.person and nxt is not None and nxt.person:
            return nxt
        # "Paus Fransiskus" cut in two by the entity layer: the title alone is no one
        honorific = actor.person and actor.first == actor.last and self.word(actor.first)
        if honorific in _HONORIFICS and nxt is not None and nxt.person:
            return nxt
        # "putri Sukarno, Megawati": the apposition names the kin, not the person before it
        if (
            self.word(actor.first - 1) in _KIN
            and self.word(actor.last + 1) == ","
            and nxt is not None
            and nxt.person
        ):
            return nxt
        return actor

    def both_sides(self, j: int) -> list[_Actor]:
        """The two sides "kedua negara" or "kedua pihak" at token ``j`` stand for: the
        last two states or organisations named before this sentence that do not act in
        the clause ("mendesak kedua pihak menahan diri"), else none."""
        if self.word(j) == "keduanya":
            return self._last_two_persons(j)
        count = _ORDINALS.get(self.word(j))
        if count is not None and self.word(j + 1) in _BOTH_SIDES:
            # "ketiga negara", "kelima perusahaan": the sides last listed together ("A, B,
            # dan C"), else (states only) the last ones named apart that do not act here
            states = self.word(j + 1) == "negara"
            listed = self.history.listed(count) or (self._last_states(count) if states else [])
            tok = self.toks[j + 1]
            return [_Actor(name, tok.start, tok.end, j, j + 1, False) for name in listed]
        if self.word(j) == "kedua" and self._shared_name(j + 1):
            # "kedua Korea": the last two states named before whose names share the word
            word = self.word(j + 1)
            pair: list[str] = []
            for name in self.history.states(organisations=False):
                if word in name.lower().split() and name not in self.acting | set(pair):
                    pair.append(name)
                    if len(pair) == 2:
                        break
            if len(pair) == 2:
                tok = self.toks[j + 1]
                return [_Actor(name, tok.start, tok.end, j, j + 1, False) for name in pair]
        heads = self._region_heads(j)
        if heads:
            return heads
        noun, last = self._side_noun(j)
        if noun is None:
            return []
        if self.word(last + 1) == "yang" and self.word(last + 2) in _WARRING:
            return self.warring_sides(j)
        states_only = noun in _STATE_SIDES
        sides = [
            name
            for name in self.history.sides_between(states=states_only)
            if name not in self.acting
        ]
        if len(sides) == 2:
            tok = self.toks[last]
            return [_Actor(name, tok.start, tok.end, j, last, False) for name in sides]
        met = self.met or ()
        if noun == "pihak" and met and not set(met) & (self.acting | self.history.mediators):
            # "X bertemu Y untuk membahas …. Kedua pihak sepakat …": those who met
            tok = self.toks[last]
            return [_Actor(name, tok.start, tok.end, j, last, False) for name in met]
        if noun == "menteri" and self._portfolio(last + 1):
            noun = "negara"  # "kedua menteri pertahanan": the ministers of the two states
        kind = _SIDE_KINDS.get(noun)
        named = (
            self.history.of_kind(kind)
            if kind
            else self.history.states(organisations=not states_only)
        )
        sides = []
        for name in named:
            forum = name.split()[0].lower() in _COURT_HEADS
            # "Dewan Urusan Daratan Taiwan" and Taiwan are one side: a body named with
            # its state ends with the state's name
            same_side = any(self.history.one_side(name, side) for side in sides)
            mediator = name in self.history.mediators
            if (
                name not in self.acting
                and name not in sides
                and not (forum or same_side or mediator)
            ):
                sides.append(name)
                if len(sides) == 2:
                    break
        if len(sides) < 2:
            return self._sides_met(j, noun, last)
        tok = self.toks[last]
        person = kind == "PER"
        return [_Actor(name, tok.start, tok.end, j, last, person) for name in sides]

    def _side_noun(self, j: int) -> tuple[str | None, int]:
        """The noun of :data:`_BOTH_SIDES` after "kedua" at token ``j`` and its last
        token, else ``None``: "kedua kepala negara" and "kedua kepala pemerintahan" are
        the two leaders ("pemimpin")."""
        if self.word(j) != "kedua":
            return None, j
        if self.word(j + 1) == "kepala" and self.word(j + 2) in _LED_BY_HEADS:
            return "pemimpin", j + 2
        if (self.word(j + 1), self.word(j + 2)) == _CAPITALS:
            return "negara", j + 2  # "mengunjungi kedua ibu kota": the two states
        noun = self.word(j + 1)
        return (noun if noun in _BOTH_SIDES else None), j + 1

    def _region_heads(self, j: int) -> list[_Actor]:
        """The two regional heads "kedua bupati", "kedua wali kota" or "kedua kepala
        daerah" at token ``j`` stand for: the last two persons named with the title of
        that office (any region's head for "kepala daerah") who do not act in the
        clause, else none."""
        if self.word(j) != "kedua":
            return []
        pair = (self.word(j + 1), self.word(j + 2))
        last = j + 2 if pair in (("wali", "kota"), ("kepala", "daerah")) else j + 1
        noun = "".join(pair) if last == j + 2 else pair[0]
        if noun == "kepaladaerah":
            offices: tuple[str, ...] = REGION_HEAD_OFFICES
        elif noun in REGION_HEAD_OFFICES:
            offices = (noun,)
        else:
            return []
        names = [name for name in self.history.holders(offices) if name not in self.acting][:2]
        if len(names) < 2:
            return []
        start, end = self.toks[j + 1].start, self.toks[last].end
        return [_Actor(name, start, end, j, last, True) for name in names]

    def _sides_met(self, j: int, noun: str, last: int) -> list[_Actor]:
        """The two sides of the meeting just told that "kedua negara" at token ``j``
        stands for when fewer than two states are named apart from its mediators ("A dan
        kelompok B berunding … dengan mediasi C dan D. … tentara kedua negara …": a side
        may be named by the group that rules it), else none."""
        met = self.met or ()
        if noun != "negara" or len(met) != 2 or set(met) & self.acting:
            return []
        if any(self.history.is_person(name) for name in met):
            return []  # two leaders who met: their states are found by the usual lookup
        tok = self.toks[last]
        return [_Actor(name, tok.start, tok.end, j, last, False) for name in met]

    def warring_sides(self, j: int) -> list[_Actor]:
        """The sides "kedua pihak yang bertikai" at token ``j`` stand for (or a go-between
        offered to: "menawarkan diri menjadi penengah"): those of the last fight told,
        when neither acts in the clause, else none (the last two named are often an
        accuser and the accused, not the warring sides)."""
        fought = self.fought or ()
        if not fought or set(fought) & self.acting:
            return []
        tok = self.toks[j + 1]
        return [_Actor(name, tok.start, tok.end, j, j + 1, False) for name in fought]

    def _last_two_persons(self, j: int) -> list[_Actor]:
        """The two persons "keduanya" at token ``j`` stands for as the subject of a
        passive verb: the last two named before this sentence that do not act in the
        clause ("A … . B juga ditetapkan …. Keduanya ditahan KPK": A and B), else none.
        Acting, "keduanya" is mostly two sides told earlier, not the last persons quoted
        ("… ujar X. Keduanya mengadakan pembicaraan …": the two leaders, not X)."""
        k = j + 1
        while self.word(k) in _BEFORE_PASSIVE:
            k += 1
        cue = LEXICON.get(self.word(k))
        met = self._persons_met()
        if cue is not None and cue.voice == "active" and j == 0 and met:
            # "X menerima kunjungan Y …. Keduanya menandatangani …": the two who met
            tok = self.toks[j]
            return [_Actor(name, tok.start, tok.end, j, j, True) for name in met]
        if cue is None or cue.voice != "passive":
            return []  # "Keduanya dilaporkan mengunjungi …": no act done to them
        persons: list[str] = []
        for name in self.history.of_kind("PER"):
            if name not in self.acting and name not in persons:
                persons.append(name)
                if len(persons) == 2:
                    break
        if len(persons) < 2:
            return []
        tok = self.toks[j]
        return [_Actor(name, tok.start, tok.end, j, j, True) for name in persons]

    def _persons_met(self) -> tuple[str, str] | None:
        """The sides of the last meeting told when both are persons named before
        ("keduanya" stands for two people, not for a body), else ``None``."""
        persons = set(self.history.of_kind("PER"))
        met = self.met
        return met if met is not None and all(name in persons for name in met) else None

    def _shared_name(self, k: int) -> bool:
        """Whether token ``k`` is a capitalised word that may be shared by two states'
        names ("kedua **Korea**")."""
        return 0 <= k < len(self.toks) and self.toks[k].capital and self.word(k).isalpha()

    def _last_states(self, n: int) -> list[str]:
        """The last ``n`` distinct states named before this sentence that do not act in
        the clause, the earliest first, else none."""
        found: list[str] = []
        for name in self.history.states(organisations=False):
            if name not in self.acting and name not in found:
                found.append(name)
                if len(found) == n:
                    return found[::-1]
        return []

    def _portfolio(self, k: int) -> bool:
        """Whether token ``k`` names a minister's portfolio, not the minister ("kedua
        menteri **pertahanan**", "kedua menteri luar negeri"): a lowercase word that is no
        verb, auxiliary or boundary."""
        if k >= len(self.toks) or self.toks[k].capital:
            return False
        word = self.word(k)
        return word in _PORTFOLIOS

    def purpose_at(self, j: int) -> bool:
        """Whether token ``j`` opens a purpose clause: "untuk" and a verb."""
        return self.word(j) in _PURPOSE and _verb_like(self.word(j + 1))

    def described_body(self, n: int, bare: bool = False) -> _Actor | None:
        """The organisation a definite description at token ``n`` stands for, by the
        noun that heads its name ("kementerian itu" after "Kementerian Pertanian …",
        "komisi tersebut"): the last such organisation named before this sentence, else
        ``None``. With ``bare``, the noun alone counts when a verb follows it: the one
        asked to act ("meminta kementerian memeriksa …"; Indonesian marks no article, so
        a body's bare head noun is the body already told). Descriptions of kinds that
        head no name ("lembaga itu") are
        :meth:`~warta.nlp.relations.clause_asides._AsideReader._description`'s."""
        noun = self.word(n)
        last = n + 1
        if bare and self._asked_to_act(n + 1):
            last = n
        elif noun not in _HEADED_BODIES or self.word(n + 1) not in _ANAPHOR:
            return None
        if noun not in _HEADED_BODIES or n in self.actor_at or n + 1 in self.actor_at:
            return None
        # "menilai Dinas X lamban dan mendesak dinas itu …": named earlier in the sentence
        here = [a.name for j, a in sorted(self.actor_at.items()) if j < n and a.organisation]
        names = [*reversed(here), *self.history.organisations()]
        name = next((nm for nm in names if _headed(nm, (noun,))), None)
        if name is None:
            return None
        return _Actor(name, self.toks[n].start, self.toks[last].end, n, last, False, True)

    def _asked_to_act(self, k: int) -> bool:
        """Whether an active verb opens the act asked at token ``k``, after an adverb of
        addition at most ("… juga memeriksa")."""
        if self.word(k) in _ALSO_WORDS:
            k += 1
        return _active_verb(self.word(k))

    def objects(
        self,
        i: int,
        *,
        preps: Collection[str] = _TARGET_PREP,
        direct: bool = True,
        purpose_ends: bool = True,
        owned: bool = False,
    ) -> list[_Actor]:
        """The first actors after token ``i`` in the clause (coordinated ones too):
        right after the cue when ``direct``, or after one of ``preps``. A purpose clause
        ("untuk membuat …") ends the search when ``purpose_ends``. When ``owned``, a
        state that owns the object counts ("menyita sebuah kapal nelayan X": what is
        seized or struck is the state's)."""
        counterpart = self._counterpart_of(i + 1)
        if counterpart:
            return counterpart
        if self.word(i + 1) == _IN_MANNER:
            # "memberhentikan secara tetap Ketua X": a manner phrase before the object
            i += 2
        elif direct and self.word(i + 1) in _SPANS:
            # "memberhentikan sementara/tetap Ketua X": the act's span, then its object
            i += 1
        if self.word(i + 1) in _COORD and _active_verb(self.word(i + 2)):
            # "menabrak dan merusak kapal X": two verbs share the object after the second
            i += 2
        gap = 0
        j = i + 1
        # "menyegel empat gerai waralaba kopi susu milik X": the owner of what is
        # seized or struck closes the object past the usual gap
        owner_at = self._property_owner(i + 1) if direct and owned else None
        # "menahan pejabat penanggung jawab (PJ) proyek X berinisial AB": the person a
        # long description names by initials closes the object too
        initialled = self._initialled_person(i + 1) if direct else None
        # "kepada pelari asal X, <nama>,": a person described after a preposition, then
        # named in apposition
        described = None if direct or self.word(i) not in preps else self._described_person(i + 1)
        initialled = initialled if described is None else described
        # "menolak rencana kenaikan tarif bus bersubsidi X": the plan's owner closes it too
        planner = self._plan_owner(i + 1) if direct else None
        reach = max(owner_at or 0, initialled or 0, planner or 0)
        while j < len(self.toks) and (gap <= _OBJECT_GAP or j <= reach):
            # "mendesak kedua pihak", "antara delegasi kedua negara": the object itself;
            # "mempertemukan pejabat bea cukai kedua negara": the sides whose envoys
            # are met
            envoys = direct and self.word(i + 1) in _ENVOYS_OF
            head = j == i + 1 or ((self.word(i) in preps or envoys) and self._plain_np(i + 1, j))
            sides = self.both_sides(j) if head else []
            if sides:
                return sides
            rulers = self._bare_rulers(j) if j == i + 1 and direct else None
            if rulers is not None:  # "mengimbau junta membebaskan tahanan"
                return [rulers]
            asking = direct and j == i + 1 and self.word(i) in _ASKING
            body = self.described_body(j, bare=asking) if head and (direct or j > i + 1) else None
            if body is not None:  # "menuntut kementerian itu membuka …"
                # "kepada firma itu dan tiga pemasok lain, A dan B": the list goes on
                return [body, *self._coordinated_after(body.last)]
            actor = self.actor_at.get(j)
            if actor is not None and self._route_end(j):
                j = actor.last + 1  # "izin rute Jakarta-Kupang milik X": no side named
                continue
            if actor is not None and initialled is not None and j < initialled:
                j = actor.last + 1  # "bendahara (BP) dinas X berinisial AB": not BP
                continue
            members = self._counted_members(i, actor) if actor is not None else []
            if members:
                return members
            if actor is not None:
                before = self.word(actor.first - 1)
                titled = self._title_start(actor, i)
                if titled < actor.first:  # "oleh Menteri Luar Negeri Jepang Yoko …"
                    before = self.word(titled - 1)
                named = self._name_start(actor, i)
                if named < actor.first:
                    # "kepada Penjaga Pantai Vietnam", "meminta Badan Energi Atom PBB
                    # (UNHCR)": a body the entity layer missed, named with its state or
                    # organisation; its own short name after it when given
                    before = self.word(named - 1)
                    actor = self._acronym_after(actor) or actor
                ticket = before == "pasangan"
                if ticket and self.word(actor.first - 2) in preps:
                    before = self.word(actor.first - 2)  # "kepada pasangan A-B"
                people = self._government_and_people(actor.first)
                if people is not None and self.word(people - 1) in preps:
                    before = self.word(people - 1)  # "kepada pemerintah dan rakyat X"
                elif before in _GOVERNMENT | _PART_OF and self.word(actor.first - 2) in preps:
                    before = self.word(actor.first - 2)  # "kepada junta Myanmar"
                elif self._nationals_word(actor.first - 1):
                    # "kepada warga negara X, <nama>": the national the preposition names
                    k = actor.first - 1
                    while self._nationals_word(k):
                        k -= 1
                    before = self.word(k) if self.word(k) in preps else before
                if before == "dari" and self.word(actor.first - 2) == "impor" and "asal" in preps:
                    before = "asal"  # "bea masuk atas barang impor dari Amerika Serikat"
                if (
                    before == _OWNED_BY
                    and self.word(i) in preps
                    and self._plain_np(i + 1, actor.first - 1)
                ):
                    before = self.word(i)  # "ke terminal milik Pertamina": the owner's
                property_of = (
                    before == _OWNED_BY and direct and self._plain_np(i + 1, actor.first - 1)
                ) or actor.first == owner_at
                if property_of:
                    before = ""  # "menyita kapal milik X": what is done to X's property
                # the owner after "milik" closes the object however many plain words
                # name the property ("menyegel gudang bahan baku milik X")
                close = gap <= _DIRECT_GAP or property_of or actor.first == initialled
                # "mengecam serangan darat tentara X": the agent named after an act's
                # noun and the words that qualify it
                close = close or (direct and self._qualified_act(i + 1, actor.first))
                # "menolak rencana kenaikan tarif bus bersubsidi X": the body whose plan or
                # decision the plain words after the verb name
                close = close or actor.first == planner
                # "menuntut perusahaan tambang asal X, <firm>, ke …", "mencabut izin dua
                # biro, <firm> dan <firm>": named in apposition after the description
                # that opens the object
                close = close or (
                    before == "," and self._apposition_comma(i, actor.first - 1, direct)
                )
                # "menahan enam anggota geng motor X": the group its members are of;
                # "memanggil manajemen maskapai X": the body they run
                close = close or (direct and (self.gang_members(actor) or self._run_by(i, actor)))
                # "ke sejumlah fasilitas militer Iran": the state or organisation
                # owning what a preposition's noun phrase names (not its members:
                # "para kader Hanura")
                owner = (
                    (owned or (not direct and self.word(i) in preps))
                    and self.word(i) not in _BENEFACTIVE
                    and not actor.person
                    and self._plain_np(i + 1, named)
                    and not any(self.word(k) in _MEMBER for k in range(i + 1, j))
                )
                holder_comma = None if actor.person else self._office_comma(i, actor.last + 1)
                if holder_comma is not None:
                    # "kepada Kepala Dinas X Kota Y, <nama>", "kepada anggota parlemen dari
                    # Partai X (PX), <nama>": on to the person named after the comma
                    j = holder_comma
                    continue
                # "kepada mantan Bupati X, <nama>,": the person the office describes
                comma = actor.first - (2 if before == _INITIALLED else 1)
                apposed = self._office_apposition(i, comma)
                if (
                    before in preps
                    or apposed
                    or (
                        (owner or ((direct or described is not None) and close))
                        and before not in _OBLIQUE
                    )
                ):
                    actor = self._named_firm(actor)
                    found = [self._with_person(actor)]
                    partner = self.actor_at.get(actor.last) if ticket else None
                    if partner is not None and partner is not actor:
                        found.append(self._with_person(partner))  # "pasangan A-B": both
                    found += self._coordinated_after(max(actor.last, found[-1].last))
                    return list(dict.fromkeys(found))
                j = actor.last + 1
                gap += 1
                continue
            if initialled is not None and j < initialled:
                j += 1  # the description of the person named by initials after it
                continue
            if self.word(j) == "," and self.word(j + 1) in _INCLUDING:
                # "2.000 pekerja, termasuk puluhan warga negara X": the list goes on
                return self.objects(
                    j + 1, preps=preps, direct=direct, purpose_ends=purpose_ends, owned=owned
                )
            if self._self_naming(j):
                j += 3  # "anggota sindikat curanmor yang menamakan diri X": X is the group
                continue
            if self.word(j) == _IN_FORM_OF:
                # "mengirim bantuan berupa genset, selimut, dan obat untuk X": the list of
                # what is sent is no object; the search goes on at the preposition after it
                j = self.past_form_list(j, preps)
                continue
            if self._apposition_comma(i, j, direct) or self._office_apposition(i, j):
                j += 1  # "menuntut perusahaan … asal X, <firm>": the firm's name follows
                continue
            if self.ends_clause(j) or (purpose_ends and self.purpose_at(j)):
                break  # a purpose clause's actors are its verb's, not this one's
            if self._quote_opens(j) or (j > i + 1 and self._second_predicate(j)):
                # "mengkritik kebijakan X dan menyebutnya “ancaman bagi Y”": a quote and a
                # second verb after the object have objects of their own
                break
            # titles before a name do not count, nor "warga (negara)" before a state,
            # nor a manner adverb right after the verb ("memprotes keras latihan X")
            manner = j == i + 1 and self.word(j) in _MANNER
            if not (self.toks[j].capital or self._nationals_word(j) or manner):
                gap += 1
                # "bekerja sama dalam menghadapi Korut": past another verb, an actor
                # without a preposition is that verb's object
                # (not inside a plan's name: "rencana … air **bersih** X", see _plan_named)
                in_plan = planner is not None and j < planner
                verb = _active_verb(self.word(j)) and self.word(j) not in _BER_ADJECTIVES
                direct = direct and (in_plan or not (j > i + 1 and verb))
            j += 1
        return []

    def past_form_list(self, j: int, preps: Collection[str]) -> int:
        """The preposition after the list "berupa" at token ``j`` opens ("berupa tenda,
        selimut, dan genset **untuk** …"), within the list's reach and before any name
        or the sentence's end; else the token after "berupa"."""
        for k in range(j + 1, min(j + _FORM_LIST_REACH, len(self.toks))):
            if self.word(k) in preps:
                return k
            if k in self.actor_at or self.word(k) in (".", ";", ":"):
                break
        return j + 1

    def _counterpart_of(self, j: int) -> list[_Actor]:
        """The side a counterpart at token ``j`` is named by ("bertemu **rekannya asal
        Laos**": Laos's minister, coded as Laos), else none."""
        if self.word(j) not in _COUNTERPARTS or self.word(j + 1) not in _COUNTERPART_OF:
            return []
        side = self.actor_at.get(j + 2)
        if side is None:
            return []
        return [self._with_person(side), *self._coordinated_after(side.last)]

    def coordinated_with(self, actor: _Actor) -> list[_Actor]:
        """``actor`` and the actors coordinated after it ("A dan B", "A, B, dan C"), each
        side once."""
        return list({a.name: a for a in [actor, *self._coordinated_after(actor.last)]}.values())

    def _coordinated_after(self, last: int) -> list[_Actor]:
        """The actors coordinated after one ending at token ``last``, each the person
        named beside its state: "dan Presiden AS Joe Biden", "dan Perdana Menteri
        Italia X" (title words first), "A, B dan C", "A, B, dan C" (a comma joins only
        inside a list that goes on to a coordinator or another comma)."""
        found: list[_Actor] = []
        k = self._past_short_name(self._past_unknown_name(last + 1))
        while True:
            if self.word(k) in _COORD:
                t = k + 1
            elif self.word(k) == "," and self.word(k + 1) in _COORD and found:
                t = k + 2  # the serial comma of a list: ", dan X" after "A, B" only
            elif (
                self.word(k) == ","
                and self.word(k + 1) in _COORD
                and (self._named_after_description(k + 2) or self._named_after_post(k + 2))
            ):
                # "AB (46), dan bendahara desa, CD (38)": one more held, described first
                t = k + 2
            elif self.word(k) == ",":
                t = k + 1
            else:
                break
            # "dan Perdana Menteri X", "dan otoritas X", "dan utusan khusus X": the side;
            # a person named after the post's words ("dan Direktur CV X, AB") is the one
            posted = self._named_after_post(t) if self.word(t - 1) in _COORD else None
            while (
                not posted and t not in self.actor_at and self.word(t) in _SIDE_TITLES and t < k + 6
            ):
                t += 1
            t = posted or t
            others = self._others_named(t) if self.word(t - 1) in _COORD else None
            if others is not None:
                t = others  # "A dan tiga pemasok lain, B dan C": B and C go on the list
            nxt = self.actor_at.get(t)
            if nxt is None:
                break
            item = self._with_person(nxt)
            end = self._past_unknown_name(max(nxt.last, item.last) + 1)
            # "AB (25), CD (31), dan EF": a person's age or short name in parentheses
            # before the list goes on
            listed = self.word(self._past_short_name(end)) in _COORD | {","}
            if self.word(k) == "," and self.word(k + 1) not in _COORD and not listed:
                break  # "kepada Filipina, Presiden X mengatakan": a new clause
            found.append(item)
            k = self._past_short_name(end)
        return found

    def _others_named(self, k: int) -> int | None:
        """Where the names start of others of a kind counted at token ``k`` and named
        after a comma ("tiga **pemasok lain**, A dan B", "empat firma lain, A, B,
        dan C"), else ``None``."""
        described = self._named_after_description(k)
        if described is not None:
            return described
        if self.word(k) not in _PERSON_COUNTS | _SOME:
            return None
        for j in range(k + 1, min(k + 4, len(self.toks))):
            if self.word(j) == _OTHER:
                return j + 2 if self.word(j + 1) == "," and j + 2 in self.actor_at else None
            if self.toks[j].capital or not self.word(j).isalpha():
                return None
        return None

    def _named_after_post(self, k: int) -> int | None:
        """Where a person starts who is named after a comma past the post held from token
        ``k``, a body's name in it ("dan manajer klub X FC, AB (45)", "dan Direktur CV X,
        CD (44)", "dan Bupati X, <nama>,"): the person coordinated, not the body; else
        ``None``. The post opens with a lower-case word or a title and holds no verb."""
        if not (
            self.word(k).isalpha() and (not self.toks[k].capital or self.word(k) in _TITLE_WORDS)
        ):
            return None
        for j in range(k + 1, min(k + _POST_WORDS + 1, len(self.toks))):
            word = self.word(j)
            if word == ",":
                actor = self.actor_at.get(j + 1)
                return j + 1 if actor is not None and actor.person else None
            if not word.isalpha() or _verb_like(word) or word in _BOUNDARY:
                return None
        return None

    def _named_after_description(self, k: int) -> int | None:
        """Where a person starts who is named after a comma past a short lower-case
        description from token ``k`` ("dan **bendahara desa**, AB (38)", "serta **dua
        pekerja**, CD (23) dan EF (27)"), else ``None``: the list of those held goes on."""
        for j in range(k, min(k + _DESCRIBED_WORDS + 1, len(self.toks))):
            word = self.word(j)
            if word == "," and j > k:
                actor = self.actor_at.get(j + 1)
                return j + 1 if actor is not None and actor.person else None
            if self.toks[j].capital or not word.isalpha() or _verb_like(word):
                return None
        return None

    def _past_short_name(self, k: int) -> int:
        """Token ``k`` past a one-word short name in parentheses at it, or a nickname
        after "alias": "antara A (AB) dan B (BC)" coordinates A and B."""
        if self.word(k) == "alias" and k + 1 in self.actor_at:
            return self.actor_at[k + 1].last + 1  # "A alias B dan C": B is A's other name
        return k + 3 if self.word(k) == "(" and self.word(k + 2) == ")" else k

    def _past_unknown_name(self, k: int) -> int:
        """Token ``k`` past up to three capitalised words no actor covers: the name of a
        person the entity layer missed after the state it serves ("Menteri Thailand
        <name> dan …" goes on to the coordinator, the state acting for the person)."""
        j = k
        while j < min(k + 3, len(self.toks)) and j not in self.actor_at and self.toks[j].capital:
            j += 1
        return j if self.word(j) in _COORD else k

    def _quote_opens(self, j: int) -> bool:
        """Whether a quotation opens at token ``j``, longer than a word or two in scare
        quotes ("merundingkan “kesepakatan” kedua dengan X" goes on)."""
        if self.word(j) not in _QUOTE_CHARS:
            return False
        near = (j - 3, j - 2, j + 2, j + 3)  # the other mark of a scare quote
        return not any(self.word(k) in _QUOTE_CHARS for k in near)

    def _second_predicate(self, j: int) -> bool:
        """Whether a coordinator at token ``j`` opens a second predicate ("… dan
        menyebutnya …"); right after a verb it shares the verb's object ("menabrak dan
        menaiki kapal X")."""
        return self.word(j) in _COORD and _active_verb(self.word(j + 1))

    def _name_start(self, actor: _Actor, lo: int) -> int:
        """Where a capitalised name ending in state or organisation ``actor`` starts, after
        token ``lo``: "Penjaga Pantai **Filipina**", "Badan Pengungsi **PBB**" (at most
        three words, none of them a title of a person, a date or another actor), else
        the actor's first token."""
        if actor.person:
            return actor.first
        k = actor.first
        while (
            k - 1 > lo
            and k > actor.first - 3
            and k - 1 not in self.actor_at
            and self.toks[k - 1].capital
            and self.word(k - 1).isalpha()
            and self.word(k - 1) not in _TITLE_WORDS | _CALENDAR | _GOVERNMENT
        ):
            k -= 1
        return k

    def _acronym_after(self, actor: _Actor) -> _Actor | None:
        """The organisation named in parentheses right after ``actor`` ("… PBB
        (UNHCR)"), else ``None``."""
        short = self.actor_at.get(actor.last + 2)
        if self.word(actor.last + 1) != "(" or short is None or not short.organisation:
            return None
        return short if self.word(short.last + 1) == ")" else None

    def _title_start(self, actor: _Actor, lo: int) -> int:
        """Where the capitalised title words written before ``actor`` start, after token
        ``lo`` ("Menteri Luar Negeri Jepang": the token of "Menteri")."""
        k = actor.first
        while k - 1 > lo and self.toks[k - 1].capital and self.word(k - 1) in _TITLE_WORDS:
            k -= 1
        if k == actor.first and actor.person:
            # "kepada Gubernur Jawa Tengah <nama>": a regional office and its
            # region's name, up to four capitalised words, none an actor
            for t in range(actor.first - 1, max(lo, actor.first - 5), -1):
                if t in self.actor_at or not self.toks[t].capital:
                    break
                if self.word(t) in _REGIONAL_OFFICES:
                    return t
            return self._minister_start(actor, lo) or k
        return k

    def _minister_start(self, actor: _Actor, lo: int) -> int | None:
        """Where a minister's title written before the person ``actor`` starts, after
        token ``lo`` ("dengan Menteri Kelautan dan Perikanan <nama>": the token of
        "Menteri"), else ``None``. A ministry's field is capitalised words, "dan" among
        them, none an actor."""
        for t in range(actor.first - 1, max(lo, actor.first - 1 - _MINISTRY_WORDS), -1):
            joined = self.word(t) == "dan" and self.toks[t - 1].capital
            if t in self.actor_at or not (self.toks[t].capital or joined):
                return None
            if self.word(t) in _MINISTERS:
                return t
        return None

    def _bare_rulers(self, j: int) -> _Actor | None:
        """The state a bare "junta" or "rezim" at token ``j`` stands for: the one last
        named with a word for its rulers in the sentences before, else ``None``."""
        if self.word(j) not in _BARE_RULERS or j + 1 in self.actor_at:
            return None
        name = self.history.ruled()
        tok = self.toks[j]
        return _Actor(name, tok.start, tok.end, j, j, False) if name else None

    def _apposition_comma(self, i: int, j: int, direct: bool) -> bool:
        """Whether the comma at token ``j`` opens the name of an organisation described by
        the object after token ``i`` ("perusahaan tambang asal X, <firm>"), or the names
        of those a count described in plain words ("mencabut izin dua biro perjalanan,
        <firm> dan <firm>")."""
        if not direct or self.word(j) != "," or j <= i + 2 or j + 1 not in self.actor_at:
            return False
        counted = self.word(i + 1) in _PERSON_COUNTS and self._plain_np(i + 2, j)
        return self.word(i + 1) in _ORG_NOUNS or counted

    def _office_apposition(self, i: int, comma: int) -> bool:
        """Whether the comma at token ``comma`` sets off the name of the person whose
        office the words after token ``i`` describe ("kepada mantan Kepala Dinas … Kota
        X, <nama>", "mengusung Bupati X, <nama>, sebagai …")."""
        # "…, berinisial AB,": the initials a person is named by
        person = self.actor_at.get(comma + (2 if self.word(comma + 1) == _INITIALLED else 1))
        if self.word(comma) != "," or person is None or not person.person:
            return False
        k = i + 1
        while self.word(k) in _PETITIONS:
            # "menolak permohonan kasasi mantan Bupati X, <nama>,": a petition's noun
            # before its petitioner's office (a genitive), who is the one answered
            k += 1
        while self.word(k) in _FORMER:
            k += 1
        if self.word(comma - 1) in _ANAPHOR and comma - k <= _ROLE_REACH:
            # "menetapkan mandor pabrik tersebut, <nama>, sebagai tersangka": a role
            # in lower case pointed back to, then the one who holds it
            return not any(
                self.toks[m].capital or self.word(m) in ("yang", ",") or _active_verb(self.word(m))
                for m in range(k, comma - 1)
            )
        if self._counted(k) and comma - k <= 6 and self.word(k + 1) in _HELD_PERSONS:
            # "menangkap dua perekrut para korban, <nama> dan <nama>": those counted
            return not any(
                self.toks[m].capital or _active_verb(self.word(m)) for m in range(k + 1, comma)
            )
        if self.word(k) in _MEMBER_WORDS and comma - k <= 12:
            # "kepada anggota parlemen X dari Partai Y (PY), <nama>": the member named
            return not any(
                self.word(m) in ("yang", ";", ":") or _active_verb(self.word(m))
                for m in range(k + 1, comma)
            )
        if not (self.toks[k].capital and self.word(k) in _OFFICE_TITLES) or comma - k > 12:
            return False
        if any(
            self.word(m) == "dan" and self.word(m + 1) in _OFFICE_TITLES for m in range(k, comma)
        ):
            return False  # "Ketua DPR dan Ketua MA, <nama>": two offices, one named
        # a firm's legal form in parentheses may close the office ("Direktur Utama PT X
        # (Persero), <nama>")
        return all(self.toks[m].capital or self.word(m) in _IN_NAME for m in range(k, comma))

    def _qualified_act(self, lo: int, hi: int) -> bool:
        """Whether tokens ``lo`` to ``hi`` (excluded) are an act's noun and at most
        :data:`_ACT_QUALIFIERS` words in lower case qualifying it ("serangan udara
        militer"), no verb among them. The noun may be of several words ("bea masuk
        antidumping X": a duty's agent after its name)."""
        words = self._nominal_words(lo)
        if words == 1 and not _act_noun(self.word(lo)):
            return False
        lo += words - 1  # from the noun's last word
        if not 1 < hi - lo <= 1 + _ACT_QUALIFIERS:
            return False
        return not any(
            self.toks[m].capital or _active_verb(self.word(m)) or self.word(m) in _BOUNDARY
            for m in range(lo + 1, hi)
        )

    def _nominal_words(self, lo: int) -> int:
        """How many words the lexicon's longest nominal form opening at token ``lo``
        takes ("bea masuk" of "bea masuk antidumping": two), else 1."""
        for n in range(MAX_WORDS, 1, -1):
            cue = LEXICON.get(" ".join(self.word(k) for k in range(lo, lo + n)))
            if cue is not None and cue.voice == "nominal":
                return n
        return 1

    def listed_apposition_end(self, comma: int) -> int | None:
        """The token after the comma closing a list of two names or more that opens at
        ``comma`` ("…, yakni A, B, dan C, ke …", "…, A dan B, ke …"), else ``None``."""
        k = comma + 1
        if self.word(k) in _INCLUDING:
            k += 1
        names = 0
        while k < len(self.toks):
            actor = self.actor_at.get(k)
            if actor is not None:
                names += 1
                k = actor.last + 1
            elif self.toks[k].capital or self.word(k) in _LIST_JOINS:
                k += 1  # a word of a name the entity layer cut ("Polaris <Marine X>"), "dan"
            elif self.word(k) == "," and (
                (k + 1 < len(self.toks) and self.toks[k + 1].capital)
                or self.word(k + 1) in _LIST_JOINS
            ):
                k += 1
            else:
                break
        return k + 1 if names >= 2 and self.word(k) == "," else None

    def _counted_members(self, i: int, actor: _Actor) -> list[_Actor]:
        """The names listed after ``actor`` when the object after token ``i`` opens with
        a count and ``actor`` only qualifies the counted noun ("tiga perusahaan X, yakni
        A, B, dan C, ke …"): the members counted are the object, not X."""
        count = self.word(i + 1)
        if actor.person or not (count.isdigit() or count in _NUMBERS):
            return []
        if any(self.word(m) in _BOUNDARY for m in range(i + 1, actor.first)):
            return []
        end = self.listed_apposition_end(actor.last + 1)
        if end is None:
            return []
        members = {a.first: a for k, a in self.actor_at.items() if actor.last + 1 < k < end}
        return [members[k] for k in sorted(members)]

    def _counted(self, k: int) -> bool:
        """Whether token ``k`` counts persons ("dua", "3", "seorang")."""
        word = self.word(k)
        return word.isdigit() or word in _PERSON_COUNTS

    def _office_comma(self, i: int, j: int) -> int | None:
        """The comma ending, from token ``j`` on, the office described after token ``i``
        when a person's name follows it (see :meth:`_office_apposition`), else ``None``."""
        k = j
        # "dan", and a short name in parentheses ("Partai X (PX), <nama>")
        while (
            k < j + 12 and k < len(self.toks) and (self.toks[k].capital or self.word(k) in _IN_NAME)
        ):
            k += 1
        return k if self._office_apposition(i, k) else None

    def ends_clause(self, j: int) -> bool:
        """Whether token ``j`` ends the clause an object is looked for in: a boundary
        word, but not "hingga" or "sampai" before a number ("mengirim hingga tiga ribu
        barel …": up to, not until)."""
        w = self.word(j)
        if w in _UP_TO and (self.word(j + 1).isdigit() or self.word(j + 1) in _NUMBERS):
            return False
        return w in _BOUNDARY

    def _named_firm(self, actor: _Actor) -> _Actor:
        """The organisation named right after a state that qualifies it ("perusahaan
        Amerika PVH Corp": the firm, an American one), or in apposition after it
        ("perusahaan galangan kapal Prancis, Thales"), else ``actor``."""
        nxt = self.actor_at.get(actor.last + 1)
        if nxt is None and self.word(actor.last + 1) == ",":
            nxt = self.actor_at.get(actor.last + 2)
        if actor.person or actor.organisation or nxt is None or not nxt.organisation:
            return actor
        return nxt

    def _run_by(self, i: int, actor: _Actor) -> bool:
        """Whether the object after the verb at token ``i`` opens with the people who
        run or speak for a body and goes on, in plain words, to the body ``actor``
        ("memanggil **direksi** perusahaan air minum X"): what is done to them is done
        to the body."""
        return (
            not actor.person and self.word(i + 1) in _RUNNERS and self._plain_np(i + 1, actor.first)
        )

    def _self_naming(self, j: int) -> bool:
        """Whether tokens ``j`` … ``j + 2`` are "yang menamakan diri(nya)": the name of
        the group just described follows."""
        return self.word(j) == "yang" and (self.word(j + 1), self.word(j + 2)) in (
            _SELF_NAMED[:2],
            _SELF_NAMED[::2],
        )

    def gang_members(self, actor: _Actor) -> bool:
        """Whether ``actor`` is named as the group some persons belong to, a group of
        :data:`_GANGS`: "menahan enam anggota geng motor X", "… anggota sindikat
        curanmor yang menamakan diri X" (seizing them sanctions the group); or named as
        persons counted ("meringkus **sembilan penebang kayu** …": see
        :mod:`.counted_groups`)."""
        if not 0 < actor.first < len(self.toks):
            return False  # an actor told in a sentence before
        count = self.word(actor.first)
        if actor.organisation and (count in _NUMBERS or count.isdigit()):
            return True
        k = actor.first - 1
        if self.word(k) in _QUOTE_CHARS:
            k -= 1  # "anggota jaringan narkoba “X”"
        if self.word(k) in _SELF_NAMED[1:] and self.word(k - 1) == _SELF_NAMED[0]:
            k -= 3 if self.word(k - 2) == "yang" else 2
        for j in range(k, max(k - _GANG_REACH, 0) - 1, -1):
            if self.word(j) in _GANGS:
                return True  # "anggota geng motor X", "… yang menamakan diri Geng X"
            if self.toks[j].capital or not self.word(j).isalpha():
                return False
        return False

    def _property_owner(self, lo: int) -> int | None:
        """The token where the owner of a property named from token ``lo`` starts, when
        a plain noun phrase of up to :data:`_PROPERTY_REACH` words (a brand after
        "merek" among them) runs to "milik", "produksi" or "buatan" and an actor right
        after it ("izin edar sirup merek <Brand> produksi PT X"), else ``None``."""
        for k in range(lo, min(lo + _PROPERTY_REACH, len(self.toks))):
            word = self.word(k)
            if word in _MADE_BY and k > lo:
                # "milik maskapai PT X": the owner's kind may stand before its name
                named = k + 2 if self.word(k + 1) in _OWNER_KINDS else k + 1
                actor = self.actor_at.get(named)
                return named if actor is not None and actor.first == named else None
            brand = self.toks[k].capital and self.word(k - 1) in _BRAND
            if not (brand or self._route_end(k)) and not self._plain_np(k, k + 1):
                return None
        return None

    def _initialled_person(self, lo: int) -> int | None:
        """The token where a person named by initials starts when a description from
        token ``lo`` runs to "berinisial" ("seorang pria berinisial AB", "pemiliknya
        berinisial AB"), or a counted one runs to a comma before the persons it counts
        ("empat terduga pengedar ganja, AB (25), CD (31), EF (22), dan GH (40)"), within
        :data:`_DESCRIPTION_REACH` words and no clause boundary or verb between, else
        ``None``."""
        counted = self.word(lo) in _PERSON_COUNTS or self.word(lo).isdigit()
        # "menangkap pemiliknya, AB (41)": one described by whose he is, then named
        owned = self.word(lo).endswith("nya") and self.word(lo + 1) == ","
        if owned:
            actor = self.actor_at.get(lo + 2)
            return lo + 2 if actor is not None and actor.person else None
        for k in range(lo, min(lo + _DESCRIPTION_REACH, len(self.toks))):
            word = self.word(k)
            if word == _INITIALLED or (counted and word == "," and k > lo + 1):
                actor = self.actor_at.get(k + 1)
                return k + 1 if actor is not None and actor.person else None
            # "dua penjual elpiji bersubsidi, AB …": a ber- adjective in a counted
            # description, no verb
            verb = _active_verb(word) and not (counted and word.startswith("ber"))
            # "menahan Kepala Desa X, Kecamatan Y, berinisial AB": the office's places
            # set off by commas before "berinisial"
            place_comma = word == "," and not counted
            if (word in _BOUNDARY - _BRACKETS and not place_comma) or verb:
                return None
        return None

    def _described_person(self, lo: int) -> int | None:
        """The token where a person named in apposition starts when a plain description
        from token ``lo`` (lower-case words, a place of origin among them: "pelari
        jarak menengah asal X") runs to a comma before a person's name set off to the
        clause's end ("…, Budi Santoso," or "…, Budi Santoso."), within
        :data:`_DESCRIPTION_REACH` words and no clause word between, else ``None``. (An
        adjective in me- is no verb here: "pelari jarak menengah".)"""
        if not self.word(lo).isalpha() or self.toks[lo].capital or lo in self.actor_at:
            return None
        for k in range(lo + 1, min(lo + _DESCRIPTION_REACH, len(self.toks))):
            word = self.word(k)
            if word == ",":
                actor = self.actor_at.get(k + 1)
                if actor is None or not actor.person:
                    return None
                return k + 1 if self.word(actor.last + 1) in (",", ".", "") else None
            if word in _BOUNDARY:
                return None
        return None

    def _route_end(self, k: int) -> bool:
        """Whether token ``k`` names a route by its two ends ("rute Jakarta-Kupang",
        "rute Jakarta-Labuan Bajo": the last end may run on in capitals)."""
        if self.toks[k].capital and k > 0 and "-" not in self.word(k):
            return self._route_end(k - 1)
        return "-" in self.word(k) and self.word(k - 1) in _ROUTES

    def _plan_owner(self, lo: int) -> int | None:
        """Where the body or state owning a plan named at token ``lo`` starts, when plain
        words name the plan up to it (:data:`_PLANS`, :meth:`_plan_named`), else
        ``None``."""
        if self.word(lo) not in _PLANS:
            return None
        for k in range(lo + 1, min(len(self.toks), lo + 7)):
            actor = self.actor_at.get(k)
            if actor is not None:
                return k if not actor.person and self._plan_named(lo, k) else None
        return None

    def _plan_named(self, lo: int, hi: int) -> bool:
        """Whether tokens ``lo`` … ``hi - 1`` (at most six) name a plan in plain words,
        an adjective of "ber-" among them ("rencana kenaikan tarif bus **bersubsidi**"): no
        capital, number, clause word, preposition or verb of "me-" or "di-"."""
        return hi - lo <= 6 and all(
            not self.toks[k].capital
            and self.word(k).isalpha()
            and self.word(k) not in _BOUNDARY | _OBLIQUE
            and (not _verb_like(self.word(k)) or self.word(k).startswith("ber"))
            for k in range(lo, hi)
        )

    def _plain_np(self, lo: int, hi: int) -> bool:
        """Whether tokens ``lo`` … ``hi - 1`` (at most five) are a plain noun phrase:
        lower-case words, no verb, preposition or clause word ("menteri" has a verb's
        shape only)."""
        return hi - lo <= 5 and all(
            not self.toks[k].capital
            # "kepada sekitar 30 perwira X": a count is part of the phrase
            and (self.word(k).isalpha() or self.word(k).isdigit())
            and self.word(k) not in _BOUNDARY | _OBLIQUE
            and (
                not _verb_like(self.word(k))
                or self.word(k) in _ENVOYS_OF | _BER_ADJECTIVES
            )
            for k in range(lo, hi)
        )

    def _government_and_people(self, k: int) -> int | None:
        """Where a pair of words for a state's government and people before token ``k``
        starts ("pemerintah dan rakyat X", "rakyat dan bangsa X": the state X), else
        ``None``."""
        first, link, second = self.word(k - 3), self.word(k - 2), self.word(k - 1)
        if link in _COORD and first in _STATE_AND_PEOPLE and second in _STATE_AND_PEOPLE:
            return k - 3
        return None

    def _nationals_word(self, j: int) -> bool:
        """Whether token ``j`` is "warga" or the "negara" of "warga negara"."""
        w = self.word(j)
        return w == "warga" or (w == "negara" and self.word(j - 1) == "warga")
