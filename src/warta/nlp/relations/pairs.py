"""Pairing: the source and target pairs of one cue in a clause.

:func:`_pairs` places a cue's arguments by the clause's shape (active, passive, nominal,
symmetric, a meeting, hosting or mediation, a joint exercise or deal), from the subject
and objects the clause reader (:mod:`.clause`) finds; :func:`_implicit_target` gives a
target the clause does not name (the agent of the act told before, a request's
maker); :func:`_official_call` reads calls in person (reactions to what was told
before are :mod:`.reactions`'). Pure functions of the clause and the article context.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from warta.nlp.entities.gazetteer import lookup_place
from warta.nlp.relations.actors import _Actor, _History
from warta.nlp.relations.answers import _voiced
from warta.nlp.relations.clause import _Clause
from warta.nlp.relations.cues import _agents, _Context, _cue_at, _light_verb, _receiving_verb
from warta.nlp.relations.lexicon import (
    JOINT_REACH,
    JOINT_WORDS,
    LEXICON,
    LIGHT_VERBS,
    RECALLED_ENVOYS,
    Cue,
)
from warta.nlp.relations.taxonomy import CLASSES, is_cooperative
from warta.nlp.relations.words import (
    _ALONG_WITH,
    _ANAPHOR,
    _ASKS,
    _AUXILIARY,
    _BOUNDARY,
    _CENSURING,
    _CHANNEL,
    _COMPLEMENT,
    _COORD,
    _DONE_TO,
    _HOSTED,
    _HOSTING,
    _IN_FORM_OF,
    _INVITING,
    _JOINING,
    _MANNER,
    _MEDIATED,
    _MEDIATING,
    _NEAR,
    _OBJECT_CONTROL,
    _OFFER,
    _OFFICE_TITLES,
    _ORIGIN,
    _PATIENT_FIRST,
    _PROMISING,
    _PURPOSE,
    _RECEIVED_FROM,
    _RECIPROCAL,
    _RESPONSES,
    _TAKING_ON,
    _TARGET_PREP,
    _THAT,
    _THREAT_LINK,
    _TIES,
    _VENUES,
    _active_verb,
    _noun_key,
)
from warta.nlp.relations.workplaces import is_strike, workplace_employer

#: Verbs of a summons a protest may be the purpose of.
_SUMMONS = frozenset("memanggil memanggilnya".split())


def _protest_of_summons(
    clause: _Clause, cue: Cue, i: int, met: tuple[_Actor, _Actor, str, int] | None, sentence: int
) -> bool:
    """Whether the censure at token ``i``, naming no target, is the purpose of a summons
    told earlier in its sentence ("memanggil Duta Besar X, Senin, untuk memprotes …",
    "memanggil diplomat X untuk menyampaikan protes")."""
    if cue.action != "disapprove" or cue.voice == "passive" or met is None:
        return False
    if met[2] != "demand" or met[3] != sentence or not met[1].last < i:
        return False
    purpose = clause.word(i - 1) == "untuk" or clause.word(i - 2) == "untuk"
    return purpose and any(clause.word(k) in _SUMMONS for k in range(i))


#: How many sentences after aid to a recipient further aid with none named may be
#: told and still go to it (the lead's aid, then how it travels, the recipient's
#: thanks, then who else sent).
_RELIEF_REACH = 4


def _relief_recipient(
    clause: _Clause,
    cue: Cue,
    i: int,
    met: tuple[_Actor, _Actor, str, int] | None,
    sentence: int,
) -> list[tuple[_Actor, _Actor]]:
    """(sender, recipient) pairs of an active aid verb with no recipient named told
    within :data:`_RELIEF_REACH` sentences after aid to a recipient ("… mengirim
    bantuan ke X. … B juga mengirim tim medis"), ``met`` being the last aid told (other
    acts, such as the recipient's thanks, may come between): the same recipient, for
    each sender other than the first giver and the recipient; else none."""
    if cue.action != "aid" or cue.voice != "active" or met is None or met[2] != "aid":
        return []
    giver, recipient, _, told = met
    if not 0 < sentence - told <= _RELIEF_REACH:
        return []
    senders = clause.subject(i)[0]
    return [(s, recipient) for s in senders if s.name not in (giver.name, recipient.name)]


#: Words loading a carrier with its cargo ("pesawat **berisi** 20 ton bantuan").
_LOADED = frozenset("berisi bermuatan mengangkut membawa".split())
#: How many words a carrier's description may take before its load ("tiga kapal
#: patroli TNI AL bermuatan": five words).
_CARRIER_REACH = 7


def _carrier_loaded(clause: _Clause, end: int) -> int:
    """The token the recipient of aid is sought after: the word loading the carrier
    sent when one follows the verb ending at ``end`` within :data:`_CARRIER_REACH`
    ("mengirim dua kapal TNI AL **berisi** …": the carrier's operator carries the
    aid, no recipient), else ``end``."""
    for k in range(end + 1, end + 1 + _CARRIER_REACH):
        if clause.word(k) in _LOADED:
            return k
        if clause.ends_clause(k):
            break
    return end


#: Nouns of what a side puts to another: the one rejecting it rejects the side it comes
#: from ("menolak tawaran bantuan dari X").
_OFFERS_MADE = frozenset("tawaran usulan usul ajakan".split())
#: Nouns of a go-between between sides in conflict ("menjadi penengah").
_GO_BETWEENS = frozenset("penengah mediator perantara".split())
#: How many words after an offer's verb "menjadi" may come ("menawarkan diri untuk
#: menjadi …").
_GO_BETWEEN_REACH = 3


def _offers_mediation(clause: _Clause, k: int) -> bool:
    """Whether an offer's complement from token ``k`` is to be a go-between with no
    sides named ("menawarkan diri menjadi penengah."): not "… antara A dan B", whose
    sides the object search finds."""
    for j in range(k, k + _GO_BETWEEN_REACH):
        if clause.word(j) == "menjadi" and clause.word(j + 1) in _GO_BETWEENS:
            return not any(clause.actor_at.get(m) for m in range(j + 2, len(clause.toks)))
    return False


def _implicit_target(
    clause: _Clause, cue: Cue, i: int, n: int, acted: dict[str, _Actor], ctx: _Context
) -> tuple[list[tuple[_Actor, _Actor]], bool]:
    """(source, target) pairs of a cue whose target is not named but told by the text
    before it, else none, and whether the clause goes on with the act just told (so
    takes its date):

    * a response's act ("Hanoi menanggapi dengan mengirim kapal patroli") and a
      retaliation threatened without an object ("bersumpah akan membalas") by a state or
      an organisation are aimed at the last agent told other than the subject;
    * "mereka" as the object stands for the target of the act told in this sentence or
      the one before ("… pembatasan visa terhadap pejabat X. Washington menuduh mereka");
    * a request an act was done upon ("Pemulangan itu dilaksanakan atas permintaan X")
      was made to the agent of that act;
    * what a meeting told in the same sentence yields ("Kunjungan X ke Y, Senin,
      menghasilkan nota kesepahaman") is between its two sides;
    * an accusation in a passive relative clause on the target of the act just told
      ("menjatuhkan sanksi kepada perwira X yang dituding …") is made by its agent;
    * the mediator of the act just told ("Gencatan senjata itu ditengahi X") consults
      both its sides;
    * "Dalam pertemuan dengan X" opening a sentence is a meeting of the person last
      named as a subject with X.
    """
    if cue.action == "demand" and clause.word(i) in _GIVING and cue.voice == "active":
        # "memberi waktu sepekan kepada dinas itu": the body named before
        given = clause.named_by_noun(i + 1, i + n + 6)
        if given is None:
            return [], False
        return [(s, given) for s in clause.subject(i)[0] if s.name != given.name], False
    society = _red_cross_of(clause, i + n) if cue.action == "aid" else None
    if society is not None:
        # "mengumumkan bantuan … melalui Palang Merah X": aid to X
        return [(a, society) for a in _agents(clause, cue, i, n) if a.name != society.name], False
    exercise = _joins_exercise(clause, i)
    if exercise is not None:
        return _exercise_joined(clause, i, n, exercise, acted), False
    if clause.word(i) in _TAKING_PART - _JOINING:
        return [], False  # "aksi itu diikuti ribuan warga": taking part in no exercise
    met = ctx.last_pair
    if _protest_of_summons(clause, cue, i, met, ctx.sentence):
        # "memanggil Duta Besar X … untuk memprotes …": the protest is made to X
        assert met is not None
        return [(met[0], met[1])], True
    accused = cue.action == "disapprove" and cue.voice == "passive" and clause.word(i - 1) == "yang"
    if accused and met is not None and met[3] == ctx.sentence and 0 <= i - 1 - met[1].last <= 4:
        # "menjatuhkan sanksi kepada perwira X yang dituding …": the one who sanctions
        # gives the accusation as its reason, so makes it
        return [(met[0], met[1])], True
    if cue.action == "consult" and cue.voice == "passive" and met is not None:
        # "Gencatan senjata itu ditengahi X": the mediator of the act just told
        # consults both its sides
        mediated = clause.word(i) in _MEDIATED and clause.word(i - 1) in _ANAPHOR
        if mediated and ctx.sentence - met[3] <= 1:
            return [(a, side) for a in clause.passive_agents(i + n - 1) for side in met[:2]], True
    if cue.action == "intend" and cue.voice == "active" and _offers_mediation(clause, i + n):
        # "X menawarkan diri menjadi penengah": an offer to both sides of the fight told
        return [(s, side) for s in clause.subject(i)[0] for side in clause.warring_sides(i)], False
    relieved = _relief_recipient(clause, cue, i, ctx.last_aid, ctx.sentence)
    if relieved:
        # "A mengirim bantuan ke X. … B dan C juga mengirim tim medis":
        # aid with no recipient named after aid to X goes to X too
        return relieved, False
    meeting = ctx.last_meeting
    asked_at_meeting = (
        met is not None
        and meeting is not None
        and ctx.sentence - meeting[1] <= 2
        and {met[0].name, met[1].name} == set(meeting[0])
    )
    answered = _side_met(clause, cue, i, met, ctx.sentence, asked_at_meeting, ctx.history)
    if answered:
        # "X menemui Y …. Ia meminta …" / "Y berjanji …": a request or a promise with no
        # addressee, by one side of the meeting just told, is made to the other
        return answered, True
    if cue.action == "cooperate" and cue.voice == "active" and met is not None:
        source, target, action, told = met
        if action == "consult" and told == ctx.sentence and not clause.subject(i)[0]:
            return [(source, target)], False
    head = _light_verb(clause, i) if cue.voice == "nominal" else i
    main = None
    if head is not None and cue.voice != "passive" and clause.word(head - 1) == "dengan":
        main = clause.main_verb_before(head - 1)
    elif cue.voice == "active" and clause.word(i) in _RESPONSES:
        main = head = i  # "… Iran bersumpah akan membalas."
    if head != main and main is not None and _threatened_means(clause, main):
        # "memperingatkan X akan membalas dengan menyita kapal Y": how a retaliation
        # would be done is what the threat says, coded by the threat itself
        return [], False
    if head is not None and main is not None and clause.word(main) in _RESPONSES:
        # a person's side is not known: the last other agent may be of their own state
        subjects = [s for s in clause.subject(head)[0] if not s.person]
        # a retaliation answers a hostile act, not a call for calm told in between
        hostile = clause.word(main) in _RETALIATING
        other = ctx.other_agent({s.name for s in subjects}, hostile)
        return ([(s, other) for s in subjects] if other else []), False
    if cue.voice == "active" and clause.word(i + n) == "mereka" and ctx.last_target:
        target, told = ctx.last_target
        if ctx.sentence - told <= 1:
            return [(s, target) for s in clause.subject(i)[0]], True
    if cue.voice == "active" and clause.word(i + n) in _ITS_RUNNERS and ctx.last_target:
        # "membekukan kegiatan PT X dan memanggil direksinya": the "-nya" is the body
        # just acted on in the sentence, whose management is called in
        target, told = ctx.last_target
        if told == ctx.sentence:
            return [(s, target) for s in clause.subject(i)[0] if s.name != target.name], True
    if cue.action == "consult" and cue.voice == "nominal" and ctx.antecedent is not None:
        # "Dalam pertemuan dengan X, …" opening a sentence: the meeting of the person
        # the report is about (the last named as a subject) with X
        opens = clause.word(i - 1) == "dalam" and i == 1
        partners = clause.objects(i + n - 1, preps={"dengan"}, direct=False) if opens else []
        if clause.word(i + n) in _ANAPHOR and _sides_met(ctx, partners):
            # "A bertemu B …. Dalam pertemuan itu, B …": the meeting named back is the
            # one told, with its sides; B only speaks at it
            return [], False
        met_with = [t for t in partners if t.name != ctx.antecedent.name]
        if met_with:
            return [(ctx.antecedent, t) for t in met_with], False
    if cue.voice == "nominal" and clause.word(i - 1) == "atas":
        act = clause.anaphoric_act(-1, acted)
        agent = clause.genitive(i + n - 1)
        if act is not None and agent is not None:
            return [(agent, acted[act])], False
    return [], False


def _sides_met(ctx: _Context, actors: Sequence[_Actor]) -> bool:
    """Whether one of ``actors`` is a side of the meeting told in this sentence or the
    two before."""
    meeting = ctx.last_meeting
    if meeting is None or ctx.sentence - meeting[1] > 2:
        return False
    return any(a.name in meeting[0] for a in actors)


#: The people who run a body, owned by the "-nya" of one just named ("direksinya").
_ITS_RUNNERS = frozenset("direksinya manajemennya pimpinannya pengurusnya".split())


#: The words of a national Red Cross or Red Crescent society's name, before its state.
_SOCIETY_WORDS = frozenset("palang bulan sabit merah".split())


def _red_cross_of(clause: _Clause, after: int) -> _Actor | None:
    """The state whose Red Cross or Red Crescent society aid told before token ``after``
    goes through ("… bantuan 2 juta dolar melalui Palang Merah X", "disalurkan lewat
    Bulan Sabit Merah Y"): the aid is to that state. ``None`` for any other channel
    ("melalui Kementerian Luar Negeri": the channel is no target)."""
    for k in range(after, min(len(clause.toks), after + 14)):
        if clause.word(k) in (".", ";"):
            return None
        if clause.word(k) not in _CHANNEL:
            continue
        j = k + 1
        while clause.word(j) in _SOCIETY_WORDS and j not in clause.actor_at:
            j += 1
        actor = clause.actor_at.get(j)
        if actor is None or actor.person:
            return None
        if j > k + 1 and not actor.organisation:
            return actor  # "melalui Palang Merah Filipina": the state named
        head, _, state = actor.name.partition(" Merah ")
        place = lookup_place(state) if head in ("Palang", "Bulan Sabit") else None
        if place is None or place.subtype != "GPE":
            return None
        return replace(actor, name=place.name, organisation=False)
    return None


def _side_met(
    clause: _Clause,
    cue: Cue,
    i: int,
    met: tuple[_Actor, _Actor, str, int] | None,
    sentence: int,
    asked_at_meeting: bool = False,
    history: _History | None = None,
) -> list[tuple[_Actor, _Actor]]:
    """(subject, other side) when the cue at ``i`` is a request or a promise with no
    addressee, by one side of a meeting or a summons told in this sentence or the one
    before it ("Gubernur X menemui Menteri Y …. Ia meminta …"), not in a purpose clause
    of the meeting; an intent answering a request just made to its subject when the
    request is taken on ("menyanggupi …") or was made at a meeting of the two
    (``asked_at_meeting``), promised or offered ("Y berjanji menindaklanjuti …"); a
    promise or an offer by the side just charged or sanctioned, to the one who did it;
    a refusal to act answering such a request or meeting as a promise does, or refusing
    to the one an offer was just made to ("bersedia …, namun menolak …"); else none. The
    head of a body, or an official titled with the state (by ``history``), answers for
    it."""
    if cue.voice != "active" or met is None:
        return []
    source, target, action, told = met
    if not 0 <= sentence - told <= 1:
        return []
    refusing = _refusal_of_act(clause, i, cue)
    answering = clause.word(i) in _TAKING_ON | _PROMISING | _OFFER or refusing

    def of_side(s: _Actor, side: _Actor) -> bool:
        if s.name == side.name:
            return True
        if history is None or not answering:
            return False
        return (
            history.state_of(s).name == side.name
            or history.officer_of(s, side.name)
            or history.holds_office_of(s.name, side.name)
        )

    subjects = clause.subject(i)[0]
    if history is not None and answering:
        # "Direktur Utama X, <nama>, berjanji …": the person answers, the body in the
        # title is no second subject
        subjects = [s for s in subjects if not any(history.officer_of(o, s.name) for o in subjects)]
    if refusing and action == "intend" and sentence == told:
        # "Y bersedia menunda tarif, namun menolak mencabutnya": refused to the one
        # the offer was made to
        return [(s, target) for s in subjects if s.name == source.name]
    if action in _CHARGES and cue.action == "intend" and answering:
        # "Dinas menyegel gudang milik X. Pengelolanya berjanji membongkar …": the side
        # sanctioned answers the one who did it
        return [(s, source) for s in subjects if of_side(s, target)]
    if action == "disapprove" and cue.action in _PRESSED_ON_THE_PROTESTED:
        # "X berdemonstrasi di depan kantor Y …. Mereka menuntut …": what the protest
        # asks is asked of the one protested
        return [(s, target) for s in clause.subject(i)[0] if s.name == source.name]
    at_meeting = action == "cooperate" and _at_the_meeting(clause)
    told_to_the_one_met = cue.action in _TOLD_TO_THE_ONE_MET or refusing
    if not told_to_the_one_met or not (action in _MEETING_ACTS or at_meeting):
        return []
    if action == "appeal" and not (answering or asked_at_meeting):
        # a request taken on, promised or offered ("Y berjanji menindaklanjuti …"), or
        # asked at a meeting, is answered; "X meminta Y …. Y mengirim …" is no answer
        return []
    if sentence == told and clause.word(i - 1) in _PURPOSE:
        return []  # "memanggil X untuk meminta penjelasan": what the summons is for
    out = []
    for s in subjects:
        # "meminta Malaysia …" then "Anwar menyanggupi …": a leader named with the state
        # asked takes the request on as that state
        if s.name == source.name:
            out.append((s, target))
        elif of_side(s, target):
            out.append((s, source))
    return out


#: The verb of refusing to do an act ("menolak menyerahkan …").
_REFUSING_TO = "menolak"


def _refusal_of_act(clause: _Clause, i: int, cue: Cue) -> bool:
    """Whether the rejection at token ``i`` refuses to do an act, told by the active verb
    right after it, no addressee named ("… namun menolak mencabut bea masuk itu"): with a
    request or a meeting just told, it answers the other side as a promise does."""
    return (
        cue.action == "reject"
        and clause.word(i) == _REFUSING_TO
        and _active_verb(clause.word(i + 1))
    )


#: The classes of the act last told between two sides that make them sides of one
#: meeting: a talk or a request (an agreement signed too, when the sentence says it
#: goes on at the meeting: see :func:`_at_the_meeting`).
_MEETING_ACTS = frozenset("consult demand appeal".split())
#: Prepositions opening a sentence on the meeting it is told at ("**Dalam** pertemuan itu").
_AT = frozenset("dalam pada".split())


def _at_the_meeting(clause: _Clause) -> bool:
    """Whether the sentence opens on the meeting just told ("Dalam pertemuan itu, X
    meminta …"): what is asked there is asked of the other side, even after an
    agreement the two signed ("Kedua menteri meneken nota …")."""
    noun = LEXICON.get(clause.word(1))
    meeting = noun is not None and noun.action == "consult" and noun.voice == "nominal"
    return clause.word(0) in _AT and meeting and clause.word(2) in _ANAPHOR


#: The classes of an act told to the side just met when no addressee is named.
_TOLD_TO_THE_ONE_MET = frozenset("appeal intend".split())
#: The classes of an act with no addressee aimed at the one its source just protested
#: (an appeal after a censure is often made to a third: "mengecam X dan meminta PBB …").
_PRESSED_ON_THE_PROTESTED = frozenset({"demand"})
#: Classes of the act its target's promise or offer answers, told to no one else: a
#: sanction (a censure is often one of several, and the promise answers them all).
_CHARGES = frozenset({"sanction"})
#: Verbs of retaliating: aimed at the last agent of a hostile act.
_RETALIATING = frozenset({"membalas"})
#: The words before a verb that make it an act to come ("akan membalas").
_TO_COME = frozenset("akan bakal".split())


def _threatened_means(clause: _Clause, main: int) -> bool:
    """Whether the verb at ``main`` is a retaliation to come ("akan membalas"), so that
    the act of its manner clause ("… dengan menyita …") is only threatened."""
    return clause.word(main) in _RETALIATING and clause.word(main - 1) in _TO_COME


#: Verbs of giving a deadline ("memberi waktu … kepada X"), whose X may be told by a
#: common noun.
_GIVING = frozenset("memberi memberikan".split())
#: Verbs of taking part in an exercise ("latihan itu juga **diikuti** pasukan dari X",
#: "juga **melibatkan** pasukan X", "**bergabung** dalam latihan").
_TAKING_PART = frozenset("diikuti melibatkan bergabung".split())
#: Passive verbs of holding an exercise in a relative clause on it ("Latihan yang
#: **digelar** A bersama B itu"): their agents are its hosts.
_HELD = frozenset("digelar diselenggarakan dihelat dilaksanakan".split())
#: How many words may stand between "latihan" and a verb of taking part in it.
_EXERCISE_REACH = 16


def _joins_exercise(clause: _Clause, i: int) -> int | None:
    """Where the exercise ("latihan") stands that the verb at ``i`` takes part in
    ("Latihan … itu juga diikuti pasukan dari X", "untuk bergabung dalam latihan"),
    else ``None``."""
    word = clause.word(i)
    if word not in _TAKING_PART:
        return None
    if word == "bergabung":
        at = i + 2 if clause.word(i + 1) in ("dalam", "pada") else None
        return at if at is not None and clause.word(at) == "latihan" else None
    for k in range(i - 1, max(i - _EXERCISE_REACH, -1), -1):
        if clause.word(k) == "latihan":
            return k
        if clause.word(k) in (";", ":"):
            return None
    return None


def _exercise_hosts(
    clause: _Clause, exercise: int, i: int, acted: dict[str, _Actor]
) -> list[_Actor]:
    """The hosts of the exercise at ``exercise``: the agents of a relative clause on it
    ("Latihan yang digelar A bersama B itu": A and B), else the first side of the last
    exercise told ("A dan B menggelar latihan bersama …": A)."""
    for k in range(exercise + 1, i):
        if clause.word(k) in _HELD and clause.word(k - 1) == "yang":
            hosts = clause.passive_agents(k)
            if hosts:
                # "digelar TNI bersama militer X": the partner after "bersama"
                return hosts + clause.after_prep(hosts[-1].last, _ALONG_WITH)
    host = acted.get(_noun_key("latihan"))
    # an exercise's name the entity layer took for a person hosts nothing
    return [host] if host is not None and not host.person else []


def _exercise_joined(
    clause: _Clause, i: int, n: int, exercise: int, acted: dict[str, _Actor]
) -> list[tuple[_Actor, _Actor]]:
    """The pairs an exercise joined by more sides adds: each joining side cooperates
    with the exercise's first host, and hosts named in a relative clause with each
    other. The joining sides follow the verb ("diikuti pula oleh pasukan dari X dan
    Y") or are its subject ("X berencana … bergabung dalam latihan"). Joining sides are
    not paired with each other nor with a second host: the gold sets differ there (two
    code every pair, one the first host only)."""
    hosts = _exercise_hosts(clause, exercise, i, acted)
    if not hosts:
        return _participants_paired(clause, i, n)
    if clause.word(i) == "bergabung":
        joiners, _ = clause.subject(i)
    else:
        joiners = clause.objects(i + n - 1, preps={"oleh", "dari"}, direct=True)
    host = hosts[0]
    pairs = [(j, host) for j in joiners if j.name != host.name]
    pairs += [(host, h) for h in hosts[1:] if h.name != host.name]
    return pairs


def _participants_paired(clause: _Clause, i: int, n: int) -> list[tuple[_Actor, _Actor]]:
    """Every pair of the sides an exercise with no host told "melibatkan" or "diikuti"
    ("Latihan itu melibatkan prajurit A serta militer B, C, dan D"): sides listed
    together as its participants train together (two at least; none for a joining
    subject, "X bergabung dalam latihan", whose partners are not named)."""
    if clause.word(i) == "bergabung":
        return []
    sides: list[_Actor] = []
    k = i + n
    while k < len(clause.toks):
        side = clause.actor_at.get(k)
        if side is not None:
            if all(side.name != s.name for s in sides):
                sides.append(side)
            k = side.last + 1
        elif _in_participant_list(clause.word(k)):
            k += 1
        else:
            break
    if len(sides) < 2:
        return []
    return [(a, b) for k, a in enumerate(sides) for b in sides[k + 1 :]]


#: Words between the participants of an exercise listed after "melibatkan": their
#: troops and counts ("lebih dari 5.000 prajurit A serta militer B, C, dan D").
_TROOP_WORDS = frozenset(
    "prajurit militer pasukan tentara personel angkatan marinir kapal pesawat lebih dari "
    "sekitar ribuan ratusan puluhan".split()
)


def _in_participant_list(word: str) -> bool:
    """Whether ``word`` may stand between two participants listed (see
    :data:`_TROOP_WORDS`): a comma, a coordinator, a troop word or a number."""
    return (
        word in (",", "oleh")
        or word in _COORD
        or word in _TROOP_WORDS
        or (word.replace(".", "").isdigit())
    )


def _offered(clause: _Clause, i: int, cue: Cue) -> bool:
    """Whether the cooperative act at ``i`` is only offered: "siap" or "bersedia" right
    before its verb or its light verb ("siap (untuk) bertemu", "siap memperdalam kerja
    sama"), or before the verb its purpose clause belongs to; or talks a door is opened
    to ("membuka pintu (bagi) perundingan dengan X": willing to talk, not talking)."""
    if not is_cooperative(cue.action) or cue.action == "intend":
        return False
    if cue.voice == "nominal" and _door_opened(clause, i):
        return True
    head = _light_verb(clause, i) if cue.voice == "nominal" else i
    if head is None:
        return False
    k = head - 1
    if clause.word(k) == "untuk":
        k -= 1
        main = clause.main_verb_before(k + 1)
        if main is not None and clause.word(main - 1) in _OFFER:
            # "siap mengirim relawan untuk membantu X": the help is offered with the
            # act its purpose clause tells the aim of
            return True
    return clause.word(k) in _OFFER


#: Words between an opened door and the act it is opened to ("pintu bagi dialog").
_DOOR_TO = frozenset("bagi untuk".split())
#: Verbs of opening a door, or keeping it open ("membuka pintu", "membuka lebar pintu").
_OPENING = frozenset("membuka dibuka terbuka".split())


def _door_opened(clause: _Clause, i: int) -> bool:
    """Whether the act named by the noun at ``i`` is one a door is opened to ("membuka
    pintu perundingan", "membuka pintu bagi dialog"): an idiom of being willing."""
    k = i - 1
    if clause.word(k) in _DOOR_TO:
        k -= 1
    if clause.word(k) != "pintu":
        return False
    return clause.word(k - 1) in _OPENING or clause.word(k - 2) in _OPENING


def _promises_other_act(clause: _Clause, i: int, cue: Cue) -> bool:
    """Whether the promise at ``i`` promises an act of a class that is no tie ("berjanji
    (akan) memanggil perusahaan X", "berjanji menindak X"): that act is coded by its own
    cue, and the promise is no intent to cooperate with X."""
    if cue.action != "intend" or clause.word(i) not in _PROMISING:
        return False
    k = i + 1
    while clause.word(k) in _THREAT_LINK or clause.word(k) in _AUXILIARY:
        k += 1
    inner = _cue_at(clause, k)
    return inner is not None and inner[0].action not in _TIES | {"aid", "cooperate"}


def _verb_between(clause: _Clause, lo: int, hi: int) -> bool:
    """Whether another verb stands between tokens ``lo`` and ``hi``: "A dan B
    mengeluarkan larangan berkunjung" is not a visit between A and B."""
    words = [clause.word(j) for j in range(lo, hi)]
    return any(w in LIGHT_VERBS or (w.startswith("me") and len(w) >= 7) for w in words)


def _host_pairs(clause: _Clause, i: int, sides: Sequence[_Actor]) -> list[tuple[_Actor, _Actor]]:
    """The host of talks "antara A dan B" named by the noun at ``i`` meeting each side:
    "X menjadi tuan rumah perundingan antara A dan B", "X memfasilitasi dialog antara …"."""
    if clause.word(i - 2) == "tuan" and clause.word(i - 1) == "rumah":
        verb = i - 2
    elif clause.word(i - 1) in _HOSTING | _MEDIATING:
        verb = i - 1
    else:
        return []
    hosts, _ = clause.subject(verb)
    return [(h, s) for h in hosts for s in sides if h.name != s.name]


#: Words of an offer: talks a host offers to hold are not held ("mengusulkan Jenewa
#: sebagai tuan rumah dialog antara A dan B").
_OFFERING = frozenset("menawarkan tawaran mengusulkan usulan".split())


#: Words naming the venue a side offers for talks, after "sebagai" ("sebagai tempat
#: perundingan", "sebagai lokasi dialog"); "tuan rumah" is the other form.
_VENUE_WORDS = frozenset("tempat lokasi".split())


def _venue_end(clause: _Clause, k: int) -> int | None:
    """The last token of a venue phrase at ``k`` ("tuan rumah", "sebagai tempat"), else
    ``None``."""
    if clause.word(k) == "tuan" and clause.word(k + 1) == "rumah":
        return k + 1
    if clause.word(k) in _VENUE_WORDS and clause.word(k - 1) == "sebagai":
        return k
    return None


#: Words of a border or a dispute shared with a state ("wilayah yang **berbatasan**
#: dengan X", "garis **perbatasan** dengan X", "beting yang **disengketakan** dengan X").
_BORDERING = frozenset("berbatasan perbatasan disengketakan bersengketa".split())
#: How far after a deployment's verb the border it is sent to may be named.
_BORDER_REACH = 20
#: Words that open another clause before the border is named.
_OTHER_CLAUSE = frozenset(
    "; : setelah sebelum karena sementara namun tetapi sedangkan sehingga menyusul".split()
)


def _across_border(clause: _Clause, end: int) -> list[_Actor]:
    """The state a deployment ending at token ``end`` is sent to the border or the
    disputed place of: the actor after "berbatasan/perbatasan/disengketakan dengan" in
    the clause ("ke provinsi X yang berbatasan dengan Y": Y), else none."""
    for j in range(end + 1, min(len(clause.toks) - 2, end + _BORDER_REACH)):
        if clause.word(j) in _OTHER_CLAUSE:
            return []
        if clause.word(j) in _BORDERING and clause.word(j + 1) == "dengan":
            side = clause.actor_at.get(j + 2)
            return [side] if side is not None else []
    return []


def _host_offered(clause: _Clause, i: int) -> bool:
    """Whether the talks named by the noun at ``i`` are only offered to be hosted: an
    offer word and a venue phrase ("tuan rumah", "sebagai tempat") in the eight words
    before it, or an offer of oneself as facilitator right before ("menawarkan diri
    (untuk) memfasilitasi perundingan")."""
    lo = max(0, i - 8)
    venue = any(_venue_end(clause, j) is not None for j in range(lo, i))
    return (venue and any(clause.word(j) in _OFFERING for j in range(lo, i))) or (
        _self_offered(clause, i - 1)
    )


#: Words of offering oneself before a verb ("menawarkan **diri** memfasilitasi",
#: "**bersedia** menengahi").
_OFFERED_SELF = frozenset("diri bersedia siap".split())


def _self_offered(clause: _Clause, verb: int) -> bool:
    """Whether the hosting or mediating verb at ``verb`` is offered, not done: "menawarkan
    diri (untuk) memfasilitasi", "bersedia menengahi"."""
    if clause.word(verb) not in _HOSTING | _MEDIATING:
        return False
    k = verb - 1
    if clause.word(k) == "untuk":
        k -= 1
    return clause.word(k) in _OFFERED_SELF


def _hosted_sides(clause: _Clause, end: int) -> list[_Actor]:
    """The sides of the talks an offer ending at ``end`` proposes to host ("mengusulkan
    Jenewa sebagai tuan rumah dialog antara A dan B": A and B; "menawarkan Oslo sebagai
    tempat perundingan antara kedua pihak": the two sides told; "menawarkan diri
    memfasilitasi perundingan antara kedua negara"), else none."""
    for k in range(end + 1, min(len(clause.toks) - 1, end + 7)):
        venue = _venue_end(clause, k)
        if venue is None and _self_offered(clause, k) and clause.word(k - 1) != "bersedia":
            venue = k + 1  # "menawarkan diri memfasilitasi perundingan antara A dan B"
        if venue is not None:
            return clause.between(venue)
        if clause.word(k) in _BOUNDARY:
            break
    return []


def _mediator_pairs(clause: _Clause, sides: Sequence[_Actor]) -> list[tuple[_Actor, _Actor]]:
    """The mediators of talks "antara A dan B" named by a passive relative clause right
    after the sides meeting each side: "perundingan antara A dan B yang dimediasi X dan
    Y" (the fifth blind set's convention: a mediator consults both sides)."""
    k = sides[-1].last + 1
    if clause.word(k) != "yang" or clause.word(k + 1) not in _MEDIATED:
        return []
    mediators = clause.passive_agents(k + 1)
    return [(m, s) for m in mediators for s in sides if m.name != s.name]


#: Words before a mediation named after the act it mediates ("… **dengan** mediasi X").
_BY_MEDIATION = frozenset("dengan lewat melalui berkat atas".split())
#: Nouns of mediation after those words.
_MEDIATION_NOUNS = frozenset("mediasi mediator penengah".split())


def _mediation_after(clause: _Clause, i: int, end: int) -> list[tuple[_Actor, _Actor]]:
    """The pairs of a mediation named after the act it mediates: "A dan B menggelar
    perundingan di X, Kamis (…), dengan mediasi Y dan Z" (each mediator consults each
    side of the act, the coordinated subjects of the main verb); else none."""
    if clause.word(i) not in _MEDIATION_NOUNS or clause.word(i - 1) not in _BY_MEDIATION:
        return []
    mediators = clause.objects(end, direct=True)
    k = i - 1
    main = clause.main_verb_before(clause.past_day_and_place(k))
    if main is None or not mediators:
        return []
    sides, _ = clause.subject(main)
    if len(sides) < 2:
        return []
    return [(m, s) for m in mediators for s in sides if m.name != s.name]


def _mediated_sides(clause: _Clause, i: int) -> list[_Actor]:
    """The coordinated subjects of the act whose mediation a relative clause opening
    at the cue ``i`` tells ("A dan B menukar tawanan dalam pertukaran yang **dimediasi**
    X"), else none."""
    if clause.word(i) not in _MEDIATED or clause.word(i - 1) != "yang":
        return []
    main = clause.main_verb_before(i - 1)
    if main is None and clause.word(i - 3) in _WITHIN_ACT:
        # "membebaskan tahanan di X, Senin (…), lewat kesepakatan yang dimediasi Y":
        # past the day set off by commas
        main = clause.main_verb_before(clause.past_day_and_place(i - 3))
    if main is None:
        return []
    sides, _ = clause.subject(main)
    return sides if len(sides) > 1 else []


#: Words opening the list of those a plural noun stands for ("dua importir, **yaitu** A, B").
_NAMELY = frozenset("yakni yaitu".split())
#: How far after a cue the list of a plural object may open.
_NAMELY_REACH = 16


def _listed_after(clause: _Clause, end: int) -> list[_Actor]:
    """The actors listed after "yakni"/"yaitu" that a common-noun object of the cue
    ending at ``end`` is spelled out by ("mencabut izin dua importir gula di X, yaitu A
    dan B"), else none; no actor may come between."""
    for k in range(end + 1, min(len(clause.toks), end + _NAMELY_REACH)):
        if k in clause.actor_at and clause.word(k - 1) != "di":
            return []  # an object named before the list: the usual reading holds
        if clause.word(k) in _NAMELY and clause.word(k - 1) == ",":
            return clause.objects(k)
        if clause.word(k) == "," and k + 1 in clause.actor_at:
            listed = _counted_apposition(clause, end, k)
            if listed:
                return listed
    return []


#: Counts that open a plural object an apposition may spell out ("dua perusahaan, A
#: dan B").
_COUNTS = {
    "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9, "sepuluh": 10,
}  # fmt: skip


def _counted_apposition(clause: _Clause, end: int, comma: int) -> list[_Actor]:
    """The bodies set in apposition after ``comma`` to a counted common noun between the
    cue ending at ``end`` and it ("kepada dua perusahaan pelayaran, A dan B"), when they
    are as many as counted; else none. Without "yakni" only the count tells that the
    names spell out the noun and are not a new phrase."""
    counts = [_COUNTS[w] for j in range(end + 1, comma) if (w := clause.word(j)) in _COUNTS]
    if len(counts) != 1 or not all(clause.word(j).isalpha() for j in range(end + 1, comma)):
        return []
    listed = clause.objects(comma)
    if len(listed) != counts[0] or listed[0].first != comma + 1:
        return []
    # persons counted are held or praised ("dua tersangka, A dan B"): the acts on persons
    # read their own lists; here bodies are spelled out ("dua perusahaan, PT A dan PT B")
    return [] if any(a.person for a in listed) else listed


#: Prepositions opening the noun of the act a mediation is told of ("**dalam**
#: pertukaran yang dimediasi X").
_WITHIN_ACT = frozenset("dalam pada melalui lewat".split())
#: Words making a deal one of all its parties together ("usaha patungan").
_JOINT_DEALS = frozenset("patungan konsorsium trilateral multilateral".split())


def _joint_deal(clause: _Clause, end: int, targets: Sequence[_Actor]) -> bool:
    """Whether the object between the cue ending at ``end`` and ``targets`` names a
    joint venture or a deal of all its parties."""
    return any(clause.word(j) in _JOINT_DEALS for j in range(end + 1, targets[0].first))


def _met_for(clause: _Clause, i: int) -> list[_Actor]:
    """The side met or visited by the main verb of the purpose clause whose verb is at
    ``i`` ("menemui Kepala X untuk meminta …": X), else none."""
    if clause.word(i - 1) not in _PURPOSE:
        return []
    # "menyambangi Kementerian X di Medan, Kamis (…), untuk memohon …": past the day
    main = clause.main_verb_before(clause.past_day_and_place(i - 1))
    found = _cue_at(clause, main) if main is not None else None
    if main is None or found is None or found[0].action != "consult" or found[0].with_only:
        return []
    return clause.objects(main + found[1] - 1)


#: Verbs of bringing two sides together ("mempertemukan A dan B"): the one who does it
#: meets each, and the sides meet each other.
_BRINGING_TOGETHER = frozenset("mempertemukan dipertemukan".split())
#: The preposition of the side brought to meet the first ("mempertemukan A **dengan**
#: B"), and how many words after the first side it may come (a place in apposition:
#: "A, Kabupaten K, dengan B").
_MET_WITH = frozenset({"dengan"})
_MET_WITH_REACH = 6


def _side_end(clause: _Clause, side: _Actor) -> int:
    """The last token of ``side`` with the comma that closes a region set off inside its
    name ("warga Desa A, Kabupaten B, dengan …": the comma after "B"), so that what
    follows is read as the same clause."""
    inside = any(clause.word(k) == "," for k in range(side.first, side.last))
    return side.last + 1 if inside and clause.word(side.last + 1) == "," else side.last


def _asks_unnamed(clause: _Clause, i: int, end: int, target: _Actor) -> bool:
    """Whether the verb of asking at ``i`` asks one not named as an actor to act and
    ``target`` is only that act's object ("mendesak negara-negara anggota G20
    memperketat sanksi terhadap Rusia": G20's members are asked, not Russia; "meminta
    para investor menanam modal di X"). The one asked is the noun phrase right after the
    verb, ended by the active verb of the asked act."""
    if clause.word(i) not in _OBJECT_CONTROL or target.first <= end + 1:
        return False
    if any(clause.word(k) == "kepada" for k in range(target.first - 4, target.first)):
        # "meminta waktu menghadap kepada Presiden X": asked of X, for time
        return False
    first = end + 1
    if first in clause.actor_at or clause.word(first) in _TARGET_PREP | _THAT | _PURPOSE:
        return False
    if _active_verb(clause.word(first)) or clause.word(first) in _COORD | _MANNER:
        return False
    return any(_active_verb(clause.word(k)) for k in range(first + 1, target.first))


#: Those an aid is for, named by their plight ("untuk **korban** gempa di X").
_AFFECTED = frozenset("korban pengungsi penyintas warga penduduk".split())
#: Words before those an aid is for.
_FOR = frozenset("untuk bagi kepada".split())


#: Last words of the verbs of a demonstration ("berunjuk **rasa**", "menggelar
#: **demonstrasi**", "menggelar **aksi**").
_DEMONSTRATING = frozenset("rasa berdemonstrasi demonstrasi aksi".split())
#: Buildings a demonstration is held in front of, named by their owner after them.
_PREMISES = frozenset("kantor pabrik gedung markas kompleks gerbang kawasan".split())


#: The regional heads whose office stands for their region's government, with the
#: kind of region each heads ("kantor **Bupati** X": the regency's government).
_REGION_HEADS = {"gubernur": "Provinsi", "bupati": "Kabupaten", "walikota": "Kota"}
#: Kinds of region opening a region's name ("Kabupaten X"), left out after the head's.
_REGION_KINDS = ("Provinsi ", "Kabupaten ", "Kota ")


def _protested_at(clause: _Clause, end: int) -> list[_Actor]:
    """The one a demonstration ending at ``end`` is held in front of ("berunjuk rasa
    di depan kantor PT X", "di depan Kedutaan Besar Y"): its target; else none (a
    place, a road or a square is protested in, not at)."""
    for k in range(end + 1, min(len(clause.toks) - 1, end + 8)):
        # "di depan kantor X", or "di kantor X" itself: a crowd at its owner's door
        at_premises = clause.word(k) == "di" and clause.word(k + 1) in _PREMISES
        if at_premises or (clause.word(k) == "depan" and clause.word(k - 1) == "di"):
            owner = _premises_owner(clause, k + 1)
            return [owner] if owner is not None and not _regional_council(owner) else []
        if clause.ends_clause(k):
            break
    return []


def _regional_council(actor: _Actor) -> bool:
    """Whether ``actor`` is a regional council (DPRD): a crowd before its building brings
    its grievance there to be heard ("menyampaikan aspirasi"), against someone else, where
    a protest before a ministry, a company or the national parliament faces its owner."""
    first = actor.name.split(" ", 1)[0]
    return first == "DPRD" or actor.name.startswith("Dewan Perwakilan Rakyat Daerah")


def _premises_owner(clause: _Clause, j: int) -> _Actor | None:
    """The body whose building is named at token ``j``: an actor named there, or after
    a word for its building ("kantor PT X"), also when the entity layer kept that word
    in the name ("Kantor Kementerian X": the ministry); a regional head's office is his
    region's government ("kantor Gubernur X": Pemerintah Provinsi X)."""
    premises = clause.word(j) in _PREMISES
    actor = clause.actor_at.get(j + premises)
    if actor is not None and actor.first == j + premises:
        return _regional_government(actor, actor.name)
    if not premises or actor is None or actor.first != j or actor.person:
        return _region_by_head(clause, j + 1) if premises else None
    # "Kantor Kementerian X" named as one: the body is the name without the building
    head, _, rest = actor.name.partition(" ")
    if head.lower() not in _PREMISES or not rest:
        return None
    return _regional_government(actor, rest)


def _regional_government(actor: _Actor, name: str) -> _Actor:
    """``actor`` under ``name``, or as its region's government when ``name`` is a
    regional head's office ("Gubernur X")."""
    head, _, region = name.partition(" ")
    kind = _REGION_HEADS.get(head.lower().replace(" ", ""))
    if kind is None or not region:
        return replace(actor, name=name) if name != actor.name else actor
    return replace(actor, name=_government_of(kind, region), organisation=True, person=False)


def _government_of(kind: str, region: str) -> str:
    """The name of the government of ``region``, a region of ``kind``."""
    for prefix in _REGION_KINDS:
        region = region.removeprefix(prefix)
    return f"Pemerintah {kind} {region}"


def _region_by_head(clause: _Clause, j: int) -> _Actor | None:
    """The government of the region named after a regional head's title at token ``j``
    that the entity layer left untagged ("kantor Gubernur | X", "kantor Wali Kota |
    X"), else ``None``."""
    n = 2 if clause.word(j) == "wali" and clause.word(j + 1) == "kota" else 1
    kind = _REGION_HEADS.get("walikota" if n == 2 else clause.word(j))
    region = clause.actor_at.get(j + n)
    if kind is None or region is None or region.first != j + n:
        return None
    if region.person or region.organisation or not clause.toks[j].capital:
        return None
    return replace(region, name=_government_of(kind, region.name), organisation=True)


def _aided_for(clause: _Clause, end: int) -> int | None:
    """The "untuk" or "bagi" naming whom an aid sent at ``end`` is for, in its clause and
    within 13 words, past a list of what is sent ("bantuan **berupa** genset, selimut, dan
    genset untuk …": the list's commas end no clause), else ``None``."""
    for j in range(end + 1, min(len(clause.toks), end + 14)):
        if clause.word(j) in _FOR:
            return j
        if clause.word(j) == _IN_FORM_OF:
            after = clause.past_form_list(j, _FOR)
            return after if clause.word(after) in _FOR else None
        if clause.ends_clause(j):
            return None
    return None


def _victims_state(clause: _Clause, end: int) -> list[_Actor]:
    """The state whose people an aid sent at ``end`` is for, named by where they are
    ("mengirimkan bantuan … untuk korban gempa di Provinsi Herat, X": X), else none."""
    k = _aided_for(clause, end)
    if k is None:
        return []
    k += 1 + (clause.word(k + 1) == "para")
    if clause.word(k) not in _AFFECTED:
        return []
    at = next(
        (j for j in range(k + 1, min(len(clause.toks), k + 8)) if clause.word(j) == "di"), None
    )
    if at is None:
        return []
    for j in range(at + 1, min(len(clause.toks), at + 7)):
        actor = clause.actor_at.get(j)
        if actor is not None and not actor.person and not actor.organisation:
            return [actor]
        if clause.word(j) in _BOUNDARY - {","}:
            break
    return []


#: Prepositions of where an attack lands ("ke Pelabuhan X", "di Provinsi Y").
_LANDING = frozenset("ke di".split())
#: How many words after an attack's verb the place it lands on may start.
_LANDING_REACH = 10
#: Words of a direction after a state ("Ukraina selatan"): the part of it a place is in.
_DIRECTIONS = frozenset("utara selatan timur barat tengah".split())


def _struck_state(clause: _Clause, end: int) -> list[_Actor]:
    """The state an attack told at ``end`` strikes by striking a place named in it, the
    state set off by a comma after the place's name ("menyerang sejumlah titik di
    Provinsi X, Y", "serangan rudal ke Pelabuhan Z, Y selatan": Y), else none."""
    last = min(len(clause.toks) - 1, end + _LANDING_REACH)
    at = next(
        (
            j
            for j in range(end + 1, last)
            if clause.word(j) in _LANDING and clause.toks[j + 1].capital
        ),
        None,
    )
    if at is None or any(clause.ends_clause(j) for j in range(end + 1, at)):
        return []
    k = at + 1
    while k < len(clause.toks) and clause.toks[k].capital and k not in clause.actor_at:
        k += 1
    if k < len(clause.toks) and k in clause.actor_at:
        k = clause.actor_at[k].last + 1  # the place's name, as the entity layer took it
    if clause.word(k) != ",":
        return []
    state = clause.actor_at.get(k + 1)
    if state is None or state.person or state.organisation or state.first != k + 1:
        return []
    closing = clause.word(state.last + 1)
    return [state] if closing in _DIRECTIONS or clause.ends_clause(state.last + 1) else []


def invited_to_talks(clause: _Clause, i: int) -> list[_Actor]:
    """The ones who invite to the talks whose verb at ``i`` opens the purpose clause of
    an invitation ("X mengundang Jepang (ke Apia) untuk membahas …", "mengajak Y untuk
    berunding": X), else none. The one invited is the purpose clause's subject; the
    talks it is invited to are planned with the inviter."""
    if clause.word(i - 1) != "untuk":
        return []
    for k in range(i - 2, max(i - 12, -1), -1):
        if clause.word(k) in _INVITING:
            return clause.subject(k)[0] if clause.objects(k) else []
        if clause.word(k) in _BOUNDARY:
            return []
    return []


#: Passive verbs of holding an exercise ("latihan gabungan yang **digelar** A dan B").
_HELD = frozenset("digelar dibuka dimulai diadakan dilaksanakan diselenggarakan".split())


def exercise_holders(clause: _Clause, i: int) -> list[tuple[_Actor, _Actor]]:
    """The pairs of the sides holding the exercise at ``i`` as the agents of a passive
    relative clause on it, within eight words ("latihan militer gabungan X yang dimulai
    A dan B"): the exercise is theirs together, whoever else the sentence names."""
    named = _sides_after_joint_word(clause, i)
    if named:
        return _every_pair(named)
    for k in range(i + 1, min(i + 9, len(clause.toks) - 1)):
        if clause.word(k) == "yang" and clause.word(k + 1) in _HELD:
            holders = list({a.name: a for a in clause.passive_agents(k + 1)}.values())
            return _every_pair(holders) if len(holders) > 1 else []
        if clause.word(k) in _BOUNDARY:
            return []
    return []


def _sides_after_joint_word(clause: _Clause, i: int) -> list[_Actor]:
    """The sides named right after the joint word of the exercise at ``i``, two or more
    coordinated ("latihan udara gabungan A dan B"): those holding it together; else
    none (one side after the word is the exercise's host or its name's owner)."""
    for k in range(i + 1, min(i + 1 + JOINT_REACH, len(clause.toks))):
        if clause.word(k) not in JOINT_WORDS:
            continue
        first = clause.actor_at.get(k + 1)
        if first is None or first.first != k + 1:
            return []
        sides = clause.coordinated_with(first)
        return sides if len(sides) > 1 else []
    return []


#: Verbs of watching a signing ("menyaksikan penandatanganan"): only several watching
#: together are its parties.
_WITNESSING = frozenset({"menyaksikan"})


def _every_pair(sides: Sequence[_Actor]) -> list[tuple[_Actor, _Actor]]:
    """Each pair of ``sides``, the one named first as the source."""
    return [(a, b) for k, a in enumerate(sides) for b in sides[k + 1 :]]


def _pairs(
    clause: _Clause, cue: Cue, i: int, n: int
) -> tuple[list[tuple[_Actor, _Actor]], int, float]:
    """(source, target) pairs of the cue at ``i`` (``n`` words), where its clause's
    modifiers start, and a confidence.

    "dengan" introduces the other side only of a symmetric act ("bertemu dengan X");
    after other verbs it is an instrument or a manner ("membantu petani dengan …").
    """
    symmetric = CLASSES[cue.action].symmetric
    mutual = symmetric and not cue.directed
    preps = _TARGET_PREP if mutual else _TARGET_PREP - {"dengan"}
    if cue.directed and cue.voice == "nominal" and clause.word(i + n) == "dengan":
        preps = preps | {"dengan"}  # "menyatakan solidaritas dengan X": declared to X
    if cue.with_only:
        # "membahas … dengan X", "membentuk tim kerja bersama X"; "terhadap X" is the matter
        preps = frozenset({"dengan", "bersama"})
        if cue.action == "fight":
            preps = preps | {"melawan"}  # "bertempur melawan pasukan X": the other side
    if cue.action == "posture":
        preps = preps | _NEAR  # a show of force is aimed at the state it is held near
    if cue.action == "sanction":
        preps = preps | _ORIGIN  # a tariff is aimed at the state the goods come from
    after = {clause.word(j) for j in range(i + n - 1, i + n + 3)}
    if cue.action in ("reduce", "sanction") and "impor" in after:
        preps = preps | {"dari"}  # "menghentikan impor gula dari X": the exporter
    if cue.action == "reduce":
        preps = preps | {"dengan"}  # "membatalkan perjanjian dengan X": the other side
        if after & RECALLED_ENVOYS:
            # "menarik pulang dubesnya dari/di X": the state the envoy leaves
            preps = preps | {"dari", "di"}
    if cue.action == "fight":
        preps = preps | {"di"}  # "serangan ke sembilan lokasi di X": where it strikes
    if cue.action == "reject" and clause.word(i + n) in _OFFERS_MADE:
        preps = preps | {"dari"}  # "menolak tawaran tim medis dari X": its maker
    if cue.action == "consult":
        # "bertemu di X dan sepakat menjatuhkan sanksi terhadap Y": Y is the target of
        # the act agreed, no side of the meeting
        preps = preps - {"terhadap"}
    if clause.word(i) in _SUMMONING:
        preps = preps - {"ke"}  # "memanggil X ke Senayan/Kendari": where X is called to
    if _promises_other_act(clause, i, cue):
        return [], i, 0.0  # the act promised is coded, as planned: no tie with its target
    if clause.word(i) in _TAKING_PART - _JOINING or _joins_exercise(clause, i) is not None:
        return [], i, 0.0  # its sides are an exercise's (see _exercise_joined), or none
    # what is promised or agreed is a clause: "berjanji untuk memasok senjata bagi X"
    reach = cue.action in _COMPLEMENT
    end = i + n - 1
    clause.acting = frozenset()
    if cue.voice == "active":
        subjects, lo = clause.subject(i)
        # a minister's own state is no side of what the minister urges or offers
        clause.acting = frozenset(s.name for s in subjects) | frozenset(
            clause.history.state_of(s).name for s in subjects
        )
        # "X menyampaikan kecaman Paris … dan menawarkan …": X speaks for Paris
        voiced = (_voiced(clause, k) for k in range(lo, i))
        clause.acting |= frozenset(v.name for v in voiced if v is not None)
        if clause.word(i) in _WITNESSING:
            # "A dan B menyaksikan penandatanganan …": the leaders watching are its
            # parties; one watching others sign is a witness, no party
            return (_every_pair(subjects) if len(subjects) > 1 else []), lo, 0.7
        if cue.reverse:  # "X menerima kunjungan Y", "X menerima Menteri Y"
            agent = clause.genitive(i + n) or clause.titled_person(i + n)
            return ([(agent, s) for s in subjects] if agent else []), lo, 0.7
        if cue.action == "aid":
            # "mengirim tiga kapal TNI AL bermuatan obat untuk X": the carrier and its
            # operator carry the aid, X receives it
            end = _carrier_loaded(clause, end)
        targets = clause.objects(
            end,
            preps=preps,
            direct=not cue.oblique_only,
            purpose_ends=not reach,
            owned=cue.action in _DONE_TO,
        ) or clause.after_prep(end, preps, purpose_ends=not reach)
        if targets and _asks_unnamed(clause, i, end, targets[0]):
            targets = []
        if not targets and cue.action == "posture":
            # "mengirim pasukan ke provinsi X yang berbatasan dengan Y": force shown at Y
            targets = _across_border(clause, end)
        strike = is_strike(clause, i, n)
        if clause.word(end) in _DEMONSTRATING or strike:
            # before a named building its owner; at the workers' own plant their employer
            targets = _protested_at(clause, end) or workplace_employer(
                clause, subjects, end, strike
            )
        if cue.action in _CENSURING:
            # "mengutuk penangkapan dua nelayan oleh polisi X": the act's agent, not those
            # it was done to
            targets = clause.act_agent(end + 1) or targets
        if cue.action == "aid" and not targets:
            # "mengirimkan bantuan untuk korban gempa di Provinsi X, Y": Y's people
            targets = _victims_state(clause, end)
        if cue.action == "fight" and not targets:
            # "membom dua desa di Provinsi X, Y": a place in Y struck
            targets = _struck_state(clause, end)
        if cue.action == "intend":
            # an offer to host talks is made to each side, not to the venue offered
            targets = _hosted_sides(clause, end) or targets
        if cue.action == "threaten":
            targets = clause.threatened(targets, end)
        if cue.action in _ASKS:
            # "menemui Menteri X untuk meminta dana": asked of the one met
            targets = _met_for(clause, i) or targets
        if cue.action == "consult" and not targets:
            # "X mengundang Jepang untuk membahas …": Japan's talks with X, to come
            targets = invited_to_talks(clause, i)
        # "mengundang X berkunjung ke Y": the one invited is the target, not Y
        invitee = (
            bool(targets) and clause.word(i) in _INVITING and clause.clause_subject(targets[0])
        )
        if reach and targets and clause.clause_subject(targets[-1]) and not invitee:
            # "berjanji Berlin akan membiayai … bagi Ukraina": the promised act's side
            targets = clause.after_prep(targets[-1].last, preps, purpose_ends=False)
        if cue.relation_noun and len(targets) > 1 and targets[0].first == end + 1:
            # "memperkuat hubungan Jepang dan Filipina": the two sides follow the noun
            return [(targets[0], b) for b in targets[1:]], lo, 0.7
        if not targets and clause.word(i) in _MEDIATING:
            return [], lo, 0.0  # co-mediators are no partners: the talks' noun pairs them
        if not targets and mutual and len(subjects) > 1 and not _verb_between(clause, lo, i):
            # "A, B, dan C menandatangani nota kesepahaman": every pair of them
            return _every_pair(subjects), lo, 0.7
        if _agreed_among(clause, i, subjects, targets):
            # "A, B, dan C sepakat memperketat sanksi terhadap X": the parties agree among
            # themselves; X is what the agreed act is aimed at, no partner
            return _every_pair(subjects), lo, 0.7
        if len(subjects) == 1 and len(targets) > 1 and mutual and _joint_deal(clause, end, targets):
            # "A meneken perjanjian usaha patungan dengan B dan C": all three are parties
            # (a contract "dengan B dan C" may be two: only a joint venture or a
            # consortium makes B and C partners)
            return _every_pair(subjects + targets), lo, 0.7
        if not targets and len(subjects) > 1 and _mutual_fight(clause, i, cue):
            # "Israel dan Iran saling menyerang", "A dan B bentrok": each acts on the other
            return [(a, b) for a in subjects for b in subjects if a is not b], lo, 0.7
        if not targets and cue.action in _ASKS and clause.word(end + 1) in _THAT:
            # "mendesak agar Israel segera …": the one asked is the clause's subject
            asked = clause.actor_at.get(end + 2)
            if asked is not None and not (clause.undergoes(asked) or clause.permitted(asked)):
                targets = [asked]
        if not targets:
            # a petition rejected may be named at length before "yang diajukan X"
            window = 12 if cue.action == "reject" else 10
            targets = clause.relative_agent(end, window, asked=cue.action in _ASKS)
            return [(s, t) for s in subjects for t in targets], lo, 0.6
        if clause.word(i) in _BRINGING_TOGETHER and len(targets) == 1:
            targets += clause.after_prep(_side_end(clause, targets[0]), _MET_WITH, _MET_WITH_REACH)
        if clause.word(i) in _BRINGING_TOGETHER and len(targets) > 1:
            # "X mempertemukan A dan B" or "A dengan B": X meets each side, and the
            # sides meet
            return [(s, t) for s in subjects for t in targets] + _every_pair(targets), lo, 0.8
        return [(s, t) for s in subjects for t in targets], lo, 0.8
    if cue.voice == "passive":
        agents = clause.passive_agents(end)
        if not agents:
            return [], i, 0.0
        sides = _mediated_sides(clause, i)
        if sides:
            # "A dan B saling menukar tawanan dalam pertukaran yang dimediasi X": X
            # consults each side of the act the relative clause tells of
            return [(a, s) for a in agents for s in sides if a.name != s.name], i, 0.6
        if clause.word(i) == _HOSTED:
            # "difasilitasi" mediates only talks told ("Pertemuan itu difasilitasi X",
            # above): one helped by a body to do something is not met by it
            return [], i, 0.0
        subjects, lo = clause.subject(i)
        if not subjects and cue.action in _COERCED_RELATIVE:
            subjects = _relative_patient(clause, i)
        targets = clause.after_prep(end, preps - {"oleh"}) or subjects
        if not targets and mutual and cue.action == "cooperate" and len(agents) > 1:
            # "Perjanjian itu diteken A dan B": the coordinated agents are the parties,
            # as the subjects of "A dan B menandatangani perjanjian" are (talks
            # "dimediasi A dan B" have two mediators, no two partners)
            return _every_pair(agents), i, 0.7
        pairs = [(a, t) for a in agents for t in targets]
        if clause.word(i) in _BRINGING_TOGETHER and len(targets) > 1:
            pairs += _every_pair(targets)  # "A dan B dipertemukan X": the sides meet too
        return pairs, min(lo, i), 0.7
    # nominal
    received = _receiving_verb(clause, i)
    if received is not None:
        # "Filipina menerima bantuan dari Jepang", "Iran dijatuhi sanksi oleh AS": the
        # subject undergoes the act, its agent comes after "dari" or "oleh"
        # a count of goods may stand between ("menerima bantuan 1.500 karung beras dan
        # 80 terpal dari X")
        agents = clause.after_prep(end, _RECEIVED_FROM, window=10)
        if not agents and clause.word(received).startswith("di"):
            agent = clause.genitive(end)  # "dikenai sanksi baru Uni Eropa"
            agents = [agent] if agent is not None else []
        subjects, lo = clause.subject(received)
        return [(a, s) for a in agents for s in subjects if a.name != s.name], lo, 0.6
    light = _light_verb(clause, i)
    if light is not None and _cue_at(clause, light) is not None:
        return [], i, 0.0  # "menawarkan bantuan": the offer is the act, not the aid
    if light is not None:
        subjects, lo = clause.subject(light)
        # "menjatuhkan sanksi berupa larangan masuk serta pembekuan rekening terhadap
        # X": the window for the preposition opens past the list of what the act is
        listed = clause.word(end + 1) == _IN_FORM_OF
        start = clause.past_form_list(end + 1, preps) - 1 if listed else end
        # "melancarkan serangan dengan puluhan jet tempur ke X": the means told
        # before the target widen the window (a symmetric act's "dengan" is its partner)
        means = not symmetric and "dengan" in {clause.word(j) for j in range(end + 1, end + 4)}
        targets = clause.after_prep(start, preps, window=12 if means else 6) or (
            [] if symmetric else clause.objects(end, preps=preps)
        )
        # "mengajukan usulan lewat kementerian X": the channel, not the
        # one the act is aimed at
        targets = [t for t in targets if clause.word(t.first - 1) not in _CHANNEL]
        owner = clause.genitive(end)
        if not symmetric and targets and targets[0] == owner:
            # "menyampaikan undangan Presiden X kepada Presiden Y": X owns the invitation
            # passed on, Y is the one it is made to
            targets = clause.after_prep(owner.last, {"kepada"}, window=4) or targets
        if not targets and not symmetric:
            # "menyampaikan permohonan bantuan hukum …, X, kepada Y": the addressee
            # after a long object
            targets = clause.after_prep(end, {"kepada"}, window=14)
        if not targets and not symmetric:
            # "kepada dua importir, yaitu A dan B"; talks or a deal on "dua segmen, yakni
            # A dan B" are about them (a symmetric act's other side follows "dengan")
            targets = _listed_after(clause, end)
        if not targets and cue.action == "aid":
            targets = _victims_state(clause, end)  # "menyalurkan bantuan bagi pengungsi di X"
        if not targets and cue.action == "fight":
            targets = _struck_state(clause, end)  # "melancarkan serangan ke Pelabuhan X, Y"
        if not targets and mutual and len(subjects) > 1 and not _verb_between(clause, lo, light):
            # "A, B, dan C membuka latihan bersama": every pair of them
            return [(a, b) for k, a in enumerate(subjects) for b in subjects[k + 1 :]], lo, 0.6
        if not targets and len(subjects) > 1 and clause.word(light) in _ENGAGED:
            # "A dan B terlibat baku tembak": each side acts on the other
            return [(a, b) for a in subjects for b in subjects if a.name != b.name], lo, 0.6
        return [(s, t) for s in subjects for t in targets], lo, 0.6
    mediated = _mediation_after(clause, i, end)
    if mediated:
        return mediated, i, 0.6
    both = clause.between(end) if symmetric or cue.action == "fight" else []
    if both and not symmetric:
        # "bentrokan antara A dan B": a clash between two sides, each fights the other
        return [(a, b) for a in both for b in both if a.name != b.name], i - 3, 0.6
    if both and _host_offered(clause, i):
        return [], i, 0.0  # offered, not held: the offer is coded (see _hosted_sides)
    if both:
        pairs = [(both[0], b) for b in both[1:]]
        return pairs + _host_pairs(clause, i, both) + _mediator_pairs(clause, both), i - 3, 0.6
    agent = clause.genitive(end)
    patients: list[_Actor] = []
    if agent is None or cue.action in _PATIENT_FIRST:
        # "pengiriman tank oleh Jerman ke Ukraina": the agent after "oleh"
        by = clause.after_prep(end, {"oleh"}, window=6)
        if by:
            agent = by[0]
            # "penembakan tiga nelayan X oleh …": the one named first is the patient
            patients = clause.patient_before(end, agent) if cue.action in _PATIENT_FIRST else []
    if agent is None:
        # "bea imbalan yang dikenakan Uni Eropa terhadap …": a passive relative clause
        by = clause.relative_agent(end, window=3)
        agent = by[0] if by else None
    if agent is None:
        return [], i, 0.0
    # where an act named by its agent took place is not its target ("invasi X di Y")
    targets = clause.after_prep(agent.last, _TARGET_PREP | preps - {"di"}, window=5) or patients
    return [(agent, t) for t in targets], i - 3, 0.6


#: Verbs of a summons: the actor after "ke" is where one is called to, not the one called.
_SUMMONING = frozenset("memanggil dipanggil pemanggilan".split())
#: Verbs of agreeing: their coordinated subjects are the parties.
_AGREEING_VERBS = frozenset("sepakat bersepakat menyepakati".split())


def _agreed_among(
    clause: _Clause, i: int, subjects: Sequence[_Actor], targets: Sequence[_Actor]
) -> bool:
    """Whether the agreement at ``i`` is made among its coordinated subjects, the
    targets found being only what the agreed act is aimed at: none comes after "dengan"
    (the partner of "sepakat dengan X")."""
    if clause.word(i) not in _AGREEING_VERBS or len(subjects) < 2 or not targets:
        return False
    return all(clause.word(t.first - 1) != "dengan" for t in targets)


#: Coercive classes whose passive in a relative clause is told of the one it describes
#: ("12 nelayan X yang ditahan otoritas Y": Y holds X's nationals).
_COERCED_RELATIVE = frozenset("sanction fight".split())
#: Adverbs between "yang" and a passive verb ("yang sebelumnya ditahan").
_RELATIVE_ADVERBS = frozenset("sebelumnya sempat telah sudah kini masih pernah".split())


def _relative_patient(clause: _Clause, i: int) -> list[_Actor]:
    """The one a passive relative clause whose verb is at ``i`` describes: the actor
    right before its "yang" ("nelayan X yang ditahan Y", "kapal X, yang diserang Y"), an
    adverb at most between "yang" and the verb, else none."""
    k = i - 1
    if clause.word(k) in _RELATIVE_ADVERBS:
        k -= 1
    if clause.word(k) != "yang":
        return []
    k -= 1
    if clause.word(k) == ",":
        k -= 1
    actor = clause.actor_at.get(k)
    if actor is None or clause.word(actor.first - 1) in _OBLIQUE_BEFORE:
        return []
    return [actor]


def _mutual_fight(clause: _Clause, i: int, cue: Cue) -> bool:
    """Whether the verb at ``i`` is done by its coordinated subjects to each other: a
    reciprocal ("saling menyerang", or a cue opening with the word: "saling baku
    tembak") or a clash verb, which takes its other side only after "dengan" and so,
    with none, is fought among its subjects ("A dan B bentrok", "A dan B bertempur")."""
    if _RECIPROCAL in (clause.word(i - 1), clause.word(i)):
        return True
    return cue.action == "fight" and cue.with_only


#: Prepositions that make the actor after them a place or a matter, not one described
#: ("tiba di X yang diserang …").
_OBLIQUE_BEFORE = frozenset("di dari ke pada atas tentang soal".split())


#: A light verb of being caught up in a clash between its coordinated subjects
#: ("A dan B terlibat bentrokan"): the act goes both ways.
_ENGAGED = frozenset({"terlibat"})
#: Verbs of calling on a body in person ("mendatangi Kementerian X").
_CALLING_ON = frozenset("mendatangi menyambangi".split())


def _official_call(clause: _Clause, source: _Actor, target: _Actor) -> bool:
    """Whether a call in person is a meeting: made by a body, a state or an office
    holder (an office word in the capitalised words before the person: "Bupati X, <nama>"),
    and not on a court or the police (where a private visitor files a report)."""
    first = target.name.split()[0].casefold() if target.name else ""
    if first in _VENUES or target.person:
        return False
    if not source.person:
        return True
    # "Bupati X <nama>", "Bupati X, <nama>,": past the office's place and a comma
    k = source.first - 1
    while k >= max(0, source.first - 6) and (clause.toks[k].capital or clause.word(k) == ","):
        if clause.word(k) in _OFFICE_TITLES:
            return True
        k -= 1
    return False
