"""Answers and follow-ups: how an act relates to what was told before it in the article
or earlier in its sentence.

A request pressed after a demand of the same target is that demand (:func:`_pressed`); a
denial of involvement answers the accuser (:func:`_denied_accuser`); an appeal against a
ruling censures the court (:func:`_appealed`); persons signing met (:func:`_signed_in_person`);
the same agent right after its dated act goes on at that date (:func:`_same_agent`); a
censure an envoy conveys for another is that other's (:func:`_voiced_for`); a request to
withdraw is a demand (:func:`_withdrawal_asked`); a warning that only asks, no
consequence told, is a request (:func:`_warned_to_refrain`); support refused for the future is a
rejection (:func:`_refused`); help hoped for from another is a request to it
(:func:`_hoped_for`); a complaint to a third is aimed at what it is about
(:func:`_complained`); a promise about the request just told is made to the one who
asked (:func:`_promised_on_request`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import pairwise

from warta.nlp.relations.actors import _Actor
from warta.nlp.relations.clause import _Clause
from warta.nlp.relations.cues import _Context
from warta.nlp.relations.lexicon import _ENVOYS, LEXICON, Cue
from warta.nlp.relations.words import (
    _ANAPHOR,
    _BOUNDARY,
    _NEGATION,
    _NUMBERS,
    _REGION_HEAD_OFFICES,
    _THAT,
)

#: Active verbs of signing (the signers are there; "ditandatangani" may be by proxy).
_SIGNING = frozenset("menandatangani meneken".split())


def _signed_in_person(clause: _Clause, i: int, source: _Actor, target: _Actor) -> bool:
    """Whether the act at token ``i`` is a signing between a named person and a person
    or a state: leaders or officials signing meet. A firm, a club or a ministry signing
    tells no meeting ("Messi menandatangani kontrak dengan Barcelona"). An agreement
    reached over the phone ("Melalui sambungan telepon, A dan B sepakat …") is a talk
    too (:func:`_agreed_by_phone`)."""
    sides = (source, target)
    return (
        clause.word(i) in _SIGNING
        and any(side.person for side in sides)
        and not any(side.organisation for side in sides)
        and not all(_regional_head(clause, side) for side in sides)
    ) or _agreed_by_phone(clause, i)


#: Titles of the heads of a region's government ("Gubernur X", "Wali Kota Y").
#: How many words before a name its regional title may start ("Gubernur Jawa Tengah X").
_REGIONAL_TITLE_REACH = 4


def _regional_head(clause: _Clause, side: _Actor) -> bool:
    """Whether ``side`` is a person named with the title of a region's head: two such
    heads signing an agreement between their governments sign an administrative act of
    their offices, no talks between two sides (the diplomatic meeting a signing
    between leaders of states is)."""
    if not side.person:
        return False
    lo = max(0, side.first - _REGIONAL_TITLE_REACH)
    return any(clause.word(k) in _REGION_HEAD_OFFICES for k in range(lo, side.first))


#: An envoy's title after "memanggil": an ambassador or a chargé d'affaires.
_ENVOY_TITLES = frozenset("duta dubes kuasa".split())
#: Words after a summons that voice the grievance in the summons itself: a protest or
#: regret ("memanggil Duta Besar X … untuk memprotes …"). An explanation asked for alone
#: stays a demand (the examples' gold), and so does the act a summons follows ("…
#: setelah serangan …": its censure is often told apart, later, with a day of its own).
_GRIEVANCE = frozenset("protes memprotes menyesalkan".split())


def _protested_summons(clause: _Clause, i: int, target: _Actor) -> _Actor | None:
    """The state whose envoy is summoned at token ``i`` over a grievance the sentence
    voices (a protest, regret): the summons censures that state as well as calling its
    envoy in. ``None`` for a bare summons ("memanggil Duta Besar X ke kantornya, Senin",
    "… untuk meminta penjelasan": only a demand) or one of a firm."""
    if clause.word(i) != "memanggil":
        return None
    if not any(clause.word(k) in _ENVOY_TITLES for k in range(i + 1, i + 4)):
        return None
    if not any(clause.word(k) in _GRIEVANCE for k in range(i + 1, len(clause.toks))):
        return None
    if not target.person:
        return target
    # "memanggil Duta Besar Rusia, <nama>": the state named in the envoy's title
    for k in range(i + 1, target.first):
        actor = clause.actor_at.get(k)
        if actor is not None and not actor.person and not actor.organisation:
            return actor
    return None


#: Verbs of an expulsion told after a summons and coordinated with it.
_EXPELLING = frozenset("mengusir mendeportasi".split())
#: How many words an order to leave may stand from its verb ("memerintahkan dua
#: diplomat X meninggalkan …").
_ORDER_REACH = 6


def _censuring_summons(clause: _Clause, i: int, action: str) -> str:
    """The class of the act at token ``i``: a summons of an envoy told with an expulsion
    after "dan" ("memanggil kuasa usaha X dan mengusir seorang atasenya", "… dan
    memerintahkan dua diplomat X meninggalkan …") or before it ("lalu mendeportasi atase
    militer X dan memanggil kuasa usahanya") is a protest made in kind, a
    censure rather than a request for an explanation; any other act keeps ``action``."""
    if action != "demand" or clause.word(i) != "memanggil":
        return action
    if clause.word(i - 1) == "dan" and _expelled_before(clause, i - 1):
        return "disapprove"
    for k in range(i + 1, len(clause.toks)):
        w = clause.word(k)
        if w in (".", ";"):
            break
        if clause.word(k - 1) != "dan":
            continue
        ordered_out = w == "memerintahkan" and any(
            clause.word(j) == "meninggalkan" for j in range(k + 1, k + _ORDER_REACH)
        )
        if w in _EXPELLING or ordered_out:
            return "disapprove"
    return action


def _expelled_before(clause: _Clause, i: int) -> bool:
    """Whether an expulsion is told in the sentence before token ``i``, no sentence or
    clause stop between them ("mendeportasi atase X | dan memanggil …")."""
    for k in range(i - 1, -1, -1):
        w = clause.word(k)
        if w in (".", ";"):
            return False
        if w in _EXPELLING:
            return True
    return False


#: Words of a phone call ("melalui sambungan telepon", "dalam percakapan telepon").
_PHONE = frozenset("telepon telpon".split())
#: Verbs of agreeing between two sides.
_AGREEING = frozenset("sepakat menyepakati bersepakat".split())


def _agreed_by_phone(clause: _Clause, i: int) -> bool:
    """Whether the agreement at token ``i`` was reached in a phone call told in its
    clause before it ("Melalui sambungan telepon pada Jumat, A dan B sepakat …")."""
    return clause.word(i) in _AGREEING and any(clause.word(k) in _PHONE for k in range(i))


def _denied_accuser(
    clause: _Clause, i: int, n: int, ctx: _Context
) -> tuple[list[tuple[_Actor, _Actor]], int]:
    """Pairs of a denial of involvement at token ``i`` (``n`` words): each subject
    rejects the last agent told acting on it, on its state or on the side whose
    involvement it denies ("membantah keterlibatan Beijing"); and where the subject
    starts."""
    subjects, lo = clause.subject(i)
    involved = clause.actor_at.get(i + n + 1)
    sides = {involved.name} if involved is not None else set()
    pairs = []
    for s in subjects:
        accuser = ctx.accuser_of(sides | {s.name} | ({s.state} if s.state else set()))
        if accuser is not None:
            pairs.append((s, accuser))
    return pairs, lo


def denied_charge(
    clause: _Clause, i: int, n: int, ctx: _Context
) -> tuple[list[tuple[_Actor, _Actor]], int]:
    """Pairs of a denial of a clause at token ``i`` ("PT X membantah membuang limbah"):
    a firm, a body or a person denying the charge rejects the last agent told acting on
    it. A state denying its own act abroad ("X membantah menembakkan rudal ke Y") is
    coded by that act, not as an answer (no pairs). A counsel's denial for a client
    ("kuasa hukum X, <nama>, membantah kliennya menerima uang") is the client's when
    what it denies echoes a charge told before ("diduga menerima …"): the client (see
    :func:`client_of_counsel`) rejects the side that had acted on it by then, not one
    that acted on it later (a party dismissing it); a plea on anything else ("…
    kliennya berupaya kabur") answers no charge told."""
    subjects, lo = clause.subject(i)
    counsel = any((clause.word(k), clause.word(k + 1)) == _COUNSEL_TITLE for k in range(i)) or any(
        clause.word(k) in _COUNSEL for k in range(i, i + n + 2)
    )
    charged_in = None
    if counsel:
        client = client_of_counsel(clause, i + n + 2, ctx.sanctioned)
        charged_in = _charge_told_in(clause, i + n, ctx) if client is not None else None
        subjects = [client] if client is not None and charged_in is not None else []
    pairs = []
    for denier in subjects:
        # "Direktur PT X, <nama>, membantah …": the firm he speaks for was charged
        denier = _body_in_title(clause, denier) or denier
        if charged_in is not None:
            # the counsel's client: only a charge brought by then is answered
            accuser = ctx.charger_by(denier.name, charged_in)
        else:
            accuser = ctx.charger_of(denier.name) or ctx.accuser_of(
                {denier.name} | ({denier.state} if denier.state else set())
            )
        if accuser is None and charged_in is None and denier.organisation:
            accuser = ctx.accuser_of_short(denier.name)  # "PT X" for "PT X Tekstil"
        if accuser is not None and (denier.person or denier.organisation):
            pairs.append((denier, accuser))
    return pairs, lo


#: Shortest word of a denied clause that may echo the charge told before it (shorter
#: ones are function words: "dan", "yang", "itu").
_ECHO_LENGTH = 5
#: Words ending a denied clause: what follows is another statement.
_DENIAL_ENDS = frozenset(", dan serta tetapi namun".split())


def _charge_told_in(clause: _Clause, start: int, ctx: _Context) -> int | None:
    """The sentence telling the charge that the clause denied from token ``start`` (up
    to a comma or "dan") answers: the first one before the clause's sentence sharing a
    content word with it ("membantah kliennya menerima uang" after "Ia diduga menerima
    Rp …"); ``None`` when none does."""
    before = ctx.text[: ctx.starts.get(ctx.sentence, 0)].casefold()
    first = None
    for k in range(start, len(clause.toks)):
        word = clause.word(k)
        if word in _DENIAL_ENDS:
            break
        if len(word) >= _ECHO_LENGTH and word not in _COUNSEL | _ANAPHOR:
            found = re.search(rf"\b{re.escape(word)}\b", before)
            if found is not None and (first is None or found.start() < first):
                first = found.start()
    if first is None:
        return None
    return max(n for n, at in ctx.starts.items() if at <= first)


def _body_in_title(clause: _Clause, person: _Actor) -> _Actor | None:
    """The body named in the title before ``person`` and set off from the name by a
    comma ("Direktur Utama PT X, <nama>"), else ``None``."""
    if not person.person or clause.word(person.first - 1) != ",":
        return None
    body = clause.actor_at.get(person.first - 2)
    return body if body is not None and body.organisation else None


def _same_agent(ctx: _Context, source: _Actor, dated_at: int | None = None) -> bool:
    """Whether ``source`` (or its state) did the act told in the sentence right before:
    "Kementerian Luar Negeri X memanggil …, Senin (…). Seoul menuntut …" goes on with
    that occasion (a new actor's reaction is dated by the report). With ``dated_at`` (the
    place of the date carried), also the act told two sentences before when that date
    was told in its sentence and no act was told since ("X mendatangi Kementerian Y,
    Rabu (…). Rombongan diterima …. X meminta …": the same visit)."""
    if ctx.last_agent is None:
        return False
    told = ctx.last_agent[1]
    if dated_at is None:
        if told != ctx.sentence - 1:
            return False
    elif told != ctx.sentence - 2 or not (
        ctx.starts.get(told, dated_at + 1) <= dated_at < ctx.starts.get(told + 1, dated_at)
    ):
        return False  # the date is not told in the agent's own sentence
    agent = ctx.last_agent[0]
    sides = {source.name, source.state}
    if source.person and ctx.history is not None:
        # "… Pemerintah X mengajukan …. Presiden X Y menuduh …": the president of the
        # state that acted goes on with its occasion
        sides.add(ctx.history.state_of(source).name)
    if _heads_ministry(ctx.text, source, agent):
        return True
    return bool({agent.name, agent.state} & sides - {None})


#: A ministry named with its state ("Kementerian Luar Negeri X"): its field's words, the
#: state's one or two words after them.
_MINISTRY = re.compile(r"Kementerian((?: [A-Z]\w*)+)")


def _heads_ministry(text: str, person: _Actor, ministry: _Actor) -> bool:
    """Whether ``person`` is named right after the bare title of the minister of
    ``ministry``, a state's ministry ("Kementerian Pertahanan X memanggil …. Menteri
    Pertahanan <nama> menuntut …": the minister of the ministry just told)."""
    if not person.person or ministry.state is None:
        return False
    named = _MINISTRY.match(text[ministry.start : ministry.end])
    if named is None:
        return False
    words = named.group(1).split()
    before = text[max(0, person.start - 60) : person.start].rstrip(", ")
    return any(
        before.endswith(" ".join(("Menteri", *words[:-n]))) for n in (1, 2) if len(words) > n
    )


#: Appeals against a ruling, and the verbs that lodge them.
_APPEALS = frozenset("banding kasasi keberatan praperadilan".split())
#: Words for the counsel of a party: what a counsel lodges ("kuasa hukum X menyatakan
#: kliennya akan mengajukan keberatan") is the client's act.
_COUNSEL = frozenset("kliennya klien".split())
_COUNSEL_TITLE = ("kuasa", "hukum")
_LODGING = frozenset("menyatakan mengajukan".split())
#: Words telling an answer was given right after the act it answers.
_AT_ONCE = frozenset("langsung seusai usai".split())


def _appealed(
    clause: _Clause, i: int, court: _Actor, sanctioned: Sequence[_Actor] = ()
) -> tuple[list[tuple[_Actor, _Actor]], int]:
    """Pairs of an appeal at token ``i`` lodged ("menyatakan/mengajukan banding",
    "mengajukan keberatan", "gugatan praperadilan") against the ruling of ``court``, the
    last to sanction: each subject censures the court; and where the subject starts.
    Lodged by a party's counsel ("kuasa hukum X, <nama>, menyatakan kliennya akan
    mengajukan …"), it is the client's: the one of ``sanctioned`` (those the court's
    side sanctioned, in the order told) named after "kuasa hukum", else the last. An
    appeal not lodged by a verb ("pengadilan banding") or by the court itself is none."""
    lodged = next((j for j in (i - 1, i - 2, i - 3) if clause.word(j) in _LODGING), None)
    if lodged is None or clause.word(lodged - 1) in _NEGATION:
        return [], i  # "tidak mengajukan banding": no appeal lodged
    client = client_of_counsel(clause, lodged, sanctioned)
    if client is not None:
        return ([(client, court)] if client.name != court.name else []), 0
    subjects, lo = clause.subject(lodged)
    return [(s, court) for s in subjects if s.name != court.name], lo


def client_of_counsel(clause: _Clause, lodged: int, sanctioned: Sequence[_Actor]) -> _Actor | None:
    """The client a counsel speaks for before token ``lodged`` (a word for the client,
    or "kuasa hukum" opening the clause): the sanctioned party named after "kuasa
    hukum", else the last one sanctioned; ``None`` when no counsel speaks."""
    if not sanctioned:
        return None
    titled = next(
        (k for k in range(lodged) if (clause.word(k), clause.word(k + 1)) == _COUNSEL_TITLE),
        None,
    )
    if titled is None and not any(clause.word(k) in _COUNSEL for k in range(lodged)):
        return None
    if titled is not None:
        # "kuasa hukum Roti Mentari, <nama>": the client by a short name, up to the comma
        words = []
        for k in range(titled + 2, min(titled + 7, lodged)):
            if clause.word(k) in (",", "menyatakan") or clause.word(k) in _COUNSEL:
                break
            words.append(clause.word(k))
        short = " ".join(words)
        same = [s for s in sanctioned if short and short in s.name.casefold()]
        if same:
            return same[-1]
        named = _client_named(clause, titled)
        if named is not None:
            return named
    return sanctioned[-1]


def _client_named(clause: _Clause, titled: int) -> _Actor | None:
    """The body or person named right after "kuasa hukum" at token ``titled`` ("Kuasa
    hukum PT X, <nama>, …", "Kuasa hukum Y, <nama>, …"), else ``None``: the counsel
    speaks for it even when the sanction told fell on one of its staff, not on it, or
    the sanction on the person was not understood."""
    client = clause.actor_at.get(titled + 2)
    return client if client is not None and (client.organisation or client.person) else None


def _pressed(
    action: str,
    source: _Actor,
    target: _Actor,
    seen: set[tuple[str, str, str]],
    lodged: bool = False,
) -> str:
    """The class of an act in a sentence where its source already made a demand of its
    target: a request there is that demand pressed, not a second act ("memanggil duta
    besar X, menyesalkan … dan meminta X segera membuka …": the summons' demand); any
    other act keeps ``action``. A request after a censure alone stays an appeal
    ("mengecam serangan tersebut serta mendesak X menahan diri"), but not after a protest
    ``lodged`` with the target's mission (see :func:`_protest_lodged`)."""
    if action != "appeal":
        return action
    if (source.name, "demand", target.name) in seen:
        return "demand"
    if lodged and (source.name, "disapprove", target.name) in seen:
        # "mengajukan protes kepada Kedubes X lalu meminta X …": a protest
        # handed to a state's mission is a formal step like a summons, and what is
        # asked with it is asked as a demand
        return "demand"
    return action


#: Nouns and verbs of a diplomatic protest lodged with a mission.
_PROTESTS = frozenset("protes memprotes".split())
#: How many words may stand between a protest and "kepada" ("protes keras kepada").
_PROTEST_REACH = 3


def _protest_lodged(clause: _Clause, before: int) -> bool:
    """Whether a protest is handed, before token ``before``, to a state's mission or
    envoy ("melayangkan protes kepada Kedubes X", "… kepada Duta Besar X")."""
    for k in range(before):
        if clause.word(k) not in _PROTESTS:
            continue
        for j in range(k + 1, min(k + 1 + _PROTEST_REACH, before - 1)):
            if clause.word(j) == "kepada" and clause.word(j + 1) in _ENVOYS:
                return True
    return False


#: Light verbs of conveying another's act ("menyampaikan kecaman Paris", "membacakan
#: protes Kremlin"): the one who conveys it speaks for the one named after the noun.
_CONVEYING = frozenset("menyampaikan membacakan meneruskan".split())
#: Prepositions before the act a censure is over ("kecaman X **atas** serangan itu").
_OVER = ("atas", "terhadap")


def _voiced(clause: _Clause, i: int) -> _Actor | None:
    """The actor whose act the nominal cue at ``i`` names when a light verb of conveying
    stands right before it and the actor right after it ("Le Drian menyampaikan kecaman
    **Paris** atas …"), else ``None``."""
    cue = LEXICON.get(clause.word(i))
    if cue is None or cue.voice != "nominal" or clause.word(i - 1) not in _CONVEYING:
        return None
    return clause.actor_at.get(i + 1)


def _agent_of_act(clause: _Clause, k: int) -> _Actor | None:
    """The agent named right after an act's noun at token ``k`` ("serangan **Israel**"),
    else ``None``."""
    cue = LEXICON.get(clause.word(k))
    return clause.genitive(k) if cue is not None and cue.voice == "nominal" else None


def _voiced_for(
    clause: _Clause, i: int, acted: Mapping[str, _Actor]
) -> list[tuple[_Actor, _Actor]] | None:
    """Pairs of a nominal cue at ``i`` conveyed for the actor named after it: that actor
    acts on the agent of the act the censure is over ("menyampaikan kecaman Paris atas
    serangan tersebut", "… atas serangan Israel": France against the attacker), or on
    whom it is addressed to
    ("… kepada X"); none when neither is told; ``None`` when the cue is not conveyed
    for another. The one conveying it is never its target."""
    owner = _voiced(clause, i)
    if owner is None:
        return None
    k = owner.last + 1
    act = clause.anaphoric_act(k, acted) if clause.word(k) in _OVER else None
    named = _agent_of_act(clause, k + 1) if clause.word(k) in _OVER else None
    if act is not None:
        targets = [acted[act]]
    elif named is not None:
        targets = [named]  # "kecaman Paris atas serangan Israel": the attacker
    else:
        targets = clause.after_prep(owner.last, {"kepada", "terhadap"}, window=6)
    return [(owner, t) for t in targets if t.name != owner.name]


#: What "menarik" withdraws in a demand: forces, vessels, envoys ("meminta X menarik
#: **pasukannya**"); a policy or an attention drawn is no withdrawal. ("mendesak agar X
#: mundur" stays an appeal: no gold set codes it a demand.)
_WITHDRAWN = ("pasukan tentara kapal duta dubes diplomat personel militer armada mundur").split()


#: What a side is asked to pay or give back, or persons it is asked to hand over
#: ("meminta X **melunasi** tunggakan", "**mengembalikan** dana", "**mengekstradisi**
#: Y"): a claim on what it holds or owes, which every gold set codes a demand.
_CLAIMED = frozenset("mengekstradisi membayar melunasi mengembalikan".split())
#: Handing over is such a claim only of persons ("menyerahkan **dua warga** X", "**para**
#: pelaku"); a report or a plan handed over is asked for.
_HANDING_OVER = "menyerahkan"
_PERSONS_HANDED = frozenset("para warga tersangka pelaku pemimpin buronan tahanan orang".split())


def _withdrawal_asked(clause: _Clause, pairs: list[tuple[_Actor, _Actor]]) -> bool:
    """Whether a request's target is asked to withdraw its forces, vessels or envoys,
    right after its name ("meminta Israel (segera) menarik pasukannya dari …"), or to
    hand over, pay or give back what it holds or owes (:data:`_CLAIMED`): that is a
    demand, not an appeal."""
    for _, target in pairs:
        k = target.last + 1
        while clause.word(k) in ("segera", "untuk"):
            k += 1
        if clause.word(k) == "menarik" and clause.word(k + 1).startswith(tuple(_WITHDRAWN)):
            return True
        if clause.word(k) in _CLAIMED or _persons_handed_over(clause, k):
            return True
    return False


#: The verb of warning whose "agar" clause may only ask ("memperingatkan X agar …").
_WARNING = "memperingatkan"
#: How many words the one warned may take before "agar" ("memperingatkan kedua negara
#: tetangganya agar …").
_WARNED_REACH = 8
#: Words that tell a warning's consequence or a condition on it ("… agar tidak menyerang,
#: **atau** menghadapi **konsekuensi**", "**jika** tetap …", "**akan** membalas"): with
#: one, the warning threatens.
_CONSEQUENCE = frozenset(
    "jika kalau apabila bila akan bakal atau konsekuensi sanksi ancaman balasan risiko".split()
)


def _warned_to_refrain(clause: _Clause, i: int, n: int) -> bool:
    """Whether the warning at token ``i`` (``n`` words) only asks its addressee to do or
    not do something ("memperingatkan X **agar** tidak menempatkan senjata di …") and
    tells no consequence (:data:`_CONSEQUENCE`) in the rest of the sentence: a request,
    as "mendesak" is, not a threat."""
    if clause.word(i) != _WARNING:
        return False
    for k in range(i + n, min(len(clause.toks), i + n + _WARNED_REACH)):
        if clause.word(k) in _THAT:
            return not any(clause.word(j) in _CONSEQUENCE for j in range(k + 1, len(clause.toks)))
        if clause.word(k) in _BOUNDARY:
            return False
    return False


def _persons_handed_over(clause: _Clause, k: int) -> bool:
    """Whether token ``k`` hands over persons: "menyerahkan (dua) warga/tersangka …"."""
    if clause.word(k) != _HANDING_OVER:
        return False
    nxt = clause.word(k + 1)
    counted = nxt.isdigit() or nxt in _NUMBERS
    return (clause.word(k + 2) if counted else nxt) in _PERSONS_HANDED


#: Words of a deadline set on what is asked ("paling lambat tujuh hari",
#: "selambat-lambatnya", "dalam tenggat"): a request with a deadline is a demand.
_DEADLINE = frozenset("selambat-lambatnya tenggat".split())
#: Words that end the clause a deadline is looked for in.
_DEADLINE_BOUNDARY = frozenset(("yang", ";", ":", "karena", "sementara", "namun"))


def _deadline_start(clause: _Clause, pairs: list[tuple[_Actor, _Actor]]) -> int | None:
    """Where (a character offset) the deadline set on what a request asks of its target
    starts, in the clause after the target's name ("meminta X menindaklanjuti putusan
    itu **paling** lambat tujuh hari"), else ``None``. A request with a deadline is a
    demand, not an appeal; a date in the deadline is the deadline's, not the request's."""
    for _, target in pairs:
        for k in range(target.last + 1, target.last + 16):
            word = clause.word(k)
            if not word or word in _DEADLINE_BOUNDARY or word == ".":
                break
            if word in _DEADLINE or (word == "paling" and clause.word(k + 1) == "lambat"):
                return clause.toks[k].start
            if word == "dalam" and _span_of_time(clause, k + 1):
                return clause.toks[k].start  # "… dalam tujuh hari", "dalam sepekan"
    return None


#: How many words may stand between a deadline's words and its date ("paling lambat
#: **akhir bulan** ini").
_DEADLINE_REACH = 3


def _dated_only_in_deadline(text: str, start: int, dates: Sequence[tuple[int, str]]) -> bool:
    """Whether ``dates`` are some and each stands in a deadline of the sentence starting
    at character ``start`` of ``text`` ("X meminta Y menyerahkan … paling lambat akhir
    bulan ini"): the day by which the act asked is due, so the request itself is undated
    and takes its day from its neighbours."""
    if not dates:
        return False
    for at, _ in dates:
        words = re.findall(r"[\w-]+", text[start:at].lower())
        tail = words[-(_DEADLINE_REACH + 2) :]
        named = any(w in _DEADLINE for w in tail) or any(
            pair == ("paling", "lambat") for pair in pairwise(tail)
        )
        if not named:
            return False
    return True


#: Units of a span of time a deadline counts ("dalam tujuh **hari**").
_TIME_UNITS = frozenset("jam hari pekan minggu bulan".split())
#: One unit of time written as one word ("dalam **sepekan**").
_ONE_UNIT = frozenset("sehari sepekan seminggu sebulan".split())


def _span_of_time(clause: _Clause, k: int) -> bool:
    """Whether a span of time opens at token ``k``: "sepekan", or a number (in digits or
    words) and a unit ("14 hari", "dua pekan", "48 jam")."""
    word = clause.word(k)
    if word in _ONE_UNIT:
        return True
    return bool(word) and clause.word(k + 1) in _TIME_UNITS and (word.isdigit() or word in _NUMBERS)


#: Classes of support whose refusal for the future is a rejection ("tidak akan mendukung");
#: aid refused stays negated aid ("tidak akan mengirim pasukan ke X": the examples' gold).
_SUPPORT = frozenset({"cooperate"})
#: "tidak akan", "tak akan", "takkan", "tidak lagi akan": the negated future before a verb.
_NEVER = frozenset("tidak tak".split())


def _refused(clause: _Clause, i: int, cue: Cue) -> bool:
    """Whether the support told by the active verb at ``i`` is refused for the future:
    "tidak akan mendukung X", "takkan membantu X" (the refusal is the act: reject). A
    support denied as a fact ("tidak bekerja sama dengan X") stays a negated tie."""
    if cue.action not in _SUPPORT or cue.voice != "active":
        return False
    if clause.word(i - 1) == "takkan":
        return True
    return clause.word(i - 1) == "akan" and clause.word(i - 2) in _NEVER


#: Verbs of hoping that another acts ("berharap Indonesia juga membantu …").
_HOPING = frozenset("berharap mengharapkan".split())
#: Classes of help a side may be hoped to give.
_HELP = frozenset("aid cooperate".split())


def _hoped_for(clause: _Clause, i: int, cue: Cue) -> list[tuple[_Actor, _Actor]] | None:
    """Pairs of help hoped for: the active verb of help at ``i`` whose subject is named
    right after a verb of hoping ("X berharap Indonesia (juga/dapat) membantu …") is X's
    request to that subject (appeal), not help given; ``None`` when it is not hoped for."""
    if cue.action not in _HELP or cue.voice != "active":
        return None
    helpers, _ = clause.subject(i)
    if len(helpers) != 1 or clause.word(helpers[0].first - 1) not in _HOPING:
        return None
    hopers, _ = clause.subject(helpers[0].first - 1)
    return [(h, helpers[0]) for h in hopers if h.name != helpers[0].name]


#: Verbs of complaining about a side to a third ("mengadukan X ke Y").
_COMPLAINING = frozenset("mengadukan".split())


def _complained(
    clause: _Clause, i: int, acted: Mapping[str, _Actor]
) -> list[tuple[_Actor, _Actor]] | None:
    """Pairs of a complaint at ``i``: its subject against the side complained about,
    named right after the verb or as the agent of the act it names ("mengadukan serangan
    tersebut ke DK PBB": the attacker); the body it is taken to ("ke …") is no target.
    ``None`` when the verb is no complaint."""
    if clause.word(i) not in _COMPLAINING:
        return None
    subjects, _ = clause.subject(i)
    act = clause.anaphoric_act(i, acted)
    about = clause.actor_at.get(i + 1) or _agent_of_act(clause, i + 1)
    targets = [acted[act]] if act is not None else [about] if about is not None else []
    return [(s, t) for s in subjects for t in targets if s.name != t.name]


def _complained_of(clause: _Clause, i: int, cue: Cue) -> bool:
    """Whether the nominal cue at ``i`` names what a complaint right before it is about
    ("mengadukan **serangan** Israel ke DK PBB"): told by the complaint, not an act on
    the body complained to."""
    return cue.voice == "nominal" and clause.word(i - 1) in _COMPLAINING


#: Verbs of passing on what others asked ("**menyampaikan** tuntutan itu kepada Z").
_PASSING_ON = frozenset("menyampaikan meneruskan membawa".split())


def _request_passed_on(clause: _Clause, i: int, cue: Cue) -> bool:
    """Whether the nominal cue at ``i`` is a request told before and passed on
    ("berjanji **meneruskan** tuntutan itu kepada wali kota"): the asker's request
    carried to Z, not the carrier's demand on Z. A request with no word pointing back
    ("menyampaikan tuntutan kepada Z") is the subject's own."""
    return (
        cue.voice == "nominal"
        and clause.word(i) in _REQUESTS
        and clause.word(i + 1) in _ANAPHOR
        and clause.word(i - 1) in _PASSING_ON
    )


#: Nouns of what one asks or proposes: a promise about "permintaan itu" answers it.
_REQUESTS = frozenset(
    "permintaan usulan usul permohonan tuntutan aspirasi ajakan desakan keluhan".split()
)
#: Classes of asking whose agent a promise about the request answers.
_ASKED = ("appeal", "demand")
#: How many words after a promise's verb its request noun may come ("berjanji
#: menyampaikan usulan itu", "berjanji permintaan tersebut akan segera diproses").
_REQUEST_REACH = 4


def _promised_on_request(
    clause: _Clause, i: int, cue: Cue, acted: Mapping[str, _Actor]
) -> list[tuple[_Actor, _Actor]] | None:
    """Pairs of a promise at ``i`` about the request told before ("X berjanji
    permohonan tersebut segera ditindaklanjuti", "berjanji meneruskan aspirasi tersebut ke Z"): the
    promiser's intent towards the one who asked, not towards whoever the request is
    passed on to; ``None`` when the promise names no request told before."""
    if cue.action != "intend" or cue.voice != "active":
        return None
    about = next(
        (
            k
            for k in range(i + 1, i + 1 + _REQUEST_REACH)
            if clause.word(k) in _REQUESTS and clause.word(k + 1) in _ANAPHOR
        ),
        None,
    )
    asker = next((acted[a] for a in _ASKED if a in acted), None)
    if about is None or asker is None:
        return None
    subjects, _ = clause.subject(i)
    return [(s, asker) for s in subjects if s.name != asker.name]
