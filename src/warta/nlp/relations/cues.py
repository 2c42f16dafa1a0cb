"""Cue finding: which lexicon cue starts at a word, and whether it is meant in the coded
sense.

For :func:`.extract._sentence_relations`: the longest lexicon form at a token
(:func:`_cue_at`) or a like act ("langkah serupa"), the article's context of sports,
romance or filming (:class:`_Context`) and the sense tests built on it
(:func:`_sense_ok`, :func:`_private`), light and receiving verbs before a noun cue,
and the agents of a nominal cue (:func:`_agents`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from warta.nlp.relations.actors import _Actor, _History
from warta.nlp.relations.antecedents import _Antecedents
from warta.nlp.relations.clause import _Clause
from warta.nlp.relations.counterparts import Counterparts
from warta.nlp.relations.lexicon import (
    DENYING,
    ENTERTAINMENT_SENSES,
    ENTERTAINMENT_WORDS,
    JOINT_EXERCISE,
    JOINT_REACH,
    JOINT_WORDS,
    LEISURE_WORDS,
    LEXICON,
    LIGHT_VERBS,
    MAX_WORDS,
    PLAY_WORDS,
    PRIVATE_ARTICLE,
    PRIVATE_WORDS,
    SPORT_ARTICLE,
    SPORT_SENSES,
    SPORT_WORDS,
    VERBAL_WORDS,
    WITNESSED_SIGNING,
    Cue,
)
from warta.nlp.relations.words import (
    _ACCUSING,
    _ACT_NOUNS,
    _BOUNDARY,
    _CATCH,
    _CROWD_REACH,
    _CROWDS,
    _FLOCKING,
    _FORECASTING,
    _INVITING,
    _MARKETS,
    _NOT_AN_ACT,
    _OFFER,
    _OFFICE,
    _PUBLIC_TIES,
    _PUNDITS,
    _RECEIVING,
    _SPEECH,
    _TAKING_ON,
    _TITLE_WORDS,
    _active_verb,
    _may_cue,
    _verb_like,
)
from warta.records import PartialDate


def _similar_act(clause: _Clause, i: int, ctx: _Context) -> tuple[Cue, int] | None:
    """A general noun for a like act ("mempertimbangkan **langkah serupa** terhadap
    mobil asal China") as a cue of the class of the last act told, else ``None``."""
    if ctx.last_action is None or clause.word(i) not in _ACT_NOUNS:
        return None
    if clause.word(i + 1) != "serupa":
        return None
    return Cue(ctx.last_action, "active", oblique_only=True), 2


#: Verbs of ordering another to act ("**memerintahkan** X melaksanakan …"): a demand
#: (an envoy ordered out is an expulsion, the lexicon's reading of "memerintahkan").
_ORDERS = frozenset("memerintahkan menginstruksikan".split())


def _order_given(clause: _Clause, i: int) -> tuple[Cue, int] | None:
    """A verb of ordering at token ``i`` whose object, an actor named right after it, is
    told to do an act ("DKPP memerintahkan KPU RI melaksanakan …") as a demand, else
    ``None``: "memerintahkan penangkapan X" orders an act, not X."""
    ordered = _ordered_end(clause, i + 1) if clause.word(i) in _ORDERS else None
    if ordered is None or not _active_verb(clause.word(ordered + 1)):
        return None
    return Cue("demand", "active"), 1


def _ordered_end(clause: _Clause, j: int) -> int | None:
    """The last token of the ones ordered, named at token ``j``: an actor, the sides
    named before that "kedua perusahaan" stands for (both are told what to do), or an
    actor set off by commas after a description of it (:func:`_described_ordered`), else
    ``None``."""
    actor = clause.actor_at.get(j)
    if actor is not None:
        return actor.last
    sides = clause.both_sides(j)
    return sides[0].last if sides else _described_ordered(clause, j)


def ordered_by_description(clause: _Clause, i: int) -> list[tuple[_Actor, _Actor]]:
    """(subject, ordered) for an order at token ``i`` whose object is named only after a
    description of it ("memerintahkan klub asal Kabupaten X, <nama klub>, melunasi …"),
    else none: the description is no actor, so the object reader finds nothing."""
    if clause.word(i) not in _ORDERS or clause.actor_at.get(i + 1) is not None:
        return []
    close = _described_ordered(clause, i + 1)
    named = clause.actor_at.get(close - 1) if close is not None else None
    if named is None:
        return []
    return [(s, named) for s in clause.subject(i)[0] if s.name != named.name]


#: How many words the description of the one ordered may take before its name.
_DESCRIPTION_REACH = 8


def _described_ordered(clause: _Clause, j: int) -> int | None:
    """The closing comma of a name set off after a common-noun description starting at
    token ``j`` ("memerintahkan klub asal Kabupaten X, **<nama klub>**, melunasi …"), the
    description's own names passed over, else ``None``."""
    if j >= len(clause.toks) or clause.toks[j].capital:
        return None
    k = j
    while k < min(len(clause.toks), j + _DESCRIPTION_REACH):
        actor = clause.actor_at.get(k)
        if actor is not None and actor.first == k:
            k = actor.last + 1
            continue
        if clause.word(k) == ",":
            named = clause.actor_at.get(k + 1)
            if named is not None and clause.word(named.last + 1) == ",":
                return named.last + 1
            return None
        if clause.word(k) in _BOUNDARY:
            return None
        k += 1
    return None


#: Classes of the request such a verb answers.
_ASKED = frozenset("appeal demand".split())
#: Classes of the act an offer answers when made by the side acted on: a request or a
#: sanction ("Dinas menyegel gudang …. Pengelolanya menyatakan siap membongkar …").
_ANSWERED_BY_OFFER = _ASKED | frozenset({"sanction"})


def _granted_request(clause: _Clause, i: int, ctx: _Context) -> tuple[Cue, int] | None:
    """A verb of taking on a request with no request noun after it ("Menteri X menyanggupi
    tambahan 500 ton") as an intent, when a request was made to its subject in this
    sentence or the one before (see :func:`.pairs._side_met`), else ``None``. So is an
    offer to do an act no cue codes ("Y menyatakan siap menambah kuota"), when its
    subject was just asked or sanctioned."""
    met = ctx.last_pair
    if met is None:
        return None
    offer = _offer_of_act(clause, i)
    if clause.word(i) not in _TAKING_ON and not offer:
        return None
    _, asked, action, told = met
    answered = _ANSWERED_BY_OFFER if offer else _ASKED
    if action not in answered or not 0 <= ctx.sentence - told <= 1:
        return None
    subjects = clause.subject(i)[0]
    # "meminta Malaysia …" then "Anwar menyanggupi …": the leader named with the state
    # asked takes the request on for it, as the head of a body asked does for the body
    states = {ctx.history.state_of(s).name for s in subjects if s.person}
    officer = any(
        ctx.history.officer_of(s, asked.name) or ctx.history.holds_office_of(s.name, asked.name)
        for s in subjects
    )
    if asked.name not in {s.name for s in subjects} | states and not officer:
        return None
    return Cue("intend", "active", oblique_only=True), 1


def _offer_of_act(clause: _Clause, i: int) -> bool:
    """Whether token ``i`` offers the act of the active verb right after it ("siap
    menambah", "bersedia (untuk) membayar") when that verb is no cue of its own (an offer
    of a coded act is read at the act: see :func:`.pairs._offered`), or when its object
    is the request itself, as "-nya" ("bersedia mempelajarinya": the request is taken
    up)."""
    if clause.word(i) not in _OFFER:
        return False
    k = i + 2 if clause.word(i + 1) == "untuk" else i + 1
    verb = clause.word(k)
    return _active_verb(verb) and (verb.endswith(_IT) or _cue_at(clause, k) is None)


#: The enclitic object of a verb ("membahas**nya**"): the thing just told.
_IT = "nya"


#: Verbs that open, hold or close an exercise ("A dan B **menggelar** latihan ...").
_EXERCISE_HOLDING = frozenset(
    "menggelar membuka memulai mengadakan melaksanakan menutup menuntaskan".split()
)


def _opened_together(clause: _Clause, i: int) -> bool:
    """Whether the exercise at ``i`` ("latihan", no joint word after it) is held together
    by two or more coordinated subjects of the verb right before it ("A dan B menggelar
    latihan <nama>"): a named exercise of several sides is a joint one. A
    lone side's exercise is not coded here (a team's training, a drill at home)."""
    if clause.word(i) != "latihan" or clause.word(i - 1) not in _EXERCISE_HOLDING:
        return False
    subjects, _ = clause.subject(i - 1)
    return len({s.name for s in subjects}) > 1


def _cue_at(clause: _Clause, i: int) -> tuple[Cue, int] | None:
    """The longest lexicon form starting at token ``i`` and the number of its words."""
    if not _may_cue(clause.word(i)):
        return None
    if clause.word(i) == "latihan" and any(
        clause.word(j) in JOINT_WORDS for j in range(i + 1, i + 1 + JOINT_REACH)
    ):
        return JOINT_EXERCISE, 1  # "latihan laut multilateral": held together
    if _opened_together(clause, i):
        return JOINT_EXERCISE, 1  # "A dan B menggelar latihan <nama>": held together
    for n in range(MAX_WORDS, 0, -1):
        words = [clause.word(j) for j in range(i, i + n)]
        if len(words) < n or not all(words):
            continue
        form = " ".join(words)
        cue = LEXICON.get(form) or (LEXICON.get(form[:-3]) if form.endswith("nya") else None)
        if cue is None:
            continue
        if cue.needs_next and not (
            any(clause.word(j) in cue.needs_next for j in _reach(clause, i + n, cue.next_reach))
            or (cue.or_person and clause.titled_person(i + n) is not None)
            or (form in DENYING and denies_a_clause(clause, i + n))
            or (cue.action == "disapprove" and _political_motive(clause, i + n, cue.next_reach))
            or (cue.action == "disapprove" and _merit_denied(clause, i, n, cue.next_reach))
        ):
            continue
        if cue.bars_next and any(clause.word(j) in cue.bars_next for j in range(i + n, i + n + 3)):
            continue
        if form == WITNESSED_SIGNING and _parties_named(clause, i + n):
            continue  # "… menyaksikan penandatanganan … antara A dan B": A's and B's signing
        if cue.needs_near and not (
            any(clause.word(j) in cue.needs_near for j in range(i - 3, i + n + 3))
            or (cue.action == "demand" and _called_in_a_case(clause, i + n))
        ):
            continue
        return cue, n
    return None


#: Nouns and verbs of a motive or a load ("**bermotif** politik", "sarat **muatan**
#: politik"): said of another side's act with "politik", they censure it.
_MOTIVE = frozenset("motif bermotif muatan bermuatan".split())


def _political_motive(clause: _Clause, start: int, count: int) -> bool:
    """Whether a judgement's words from ``start`` call its object politically
    motivated ("menilai sanksi tersebut bermotif politik"): a censure of the act, as
    "provokasi" is, though neither word is one alone."""
    reach = _reach(clause, start, count)
    return any(clause.word(j) in _MOTIVE and clause.word(j + 1) == "politik" for j in reach)


#: Merits a judgement may deny its object ("menilai langkah polisi itu **tidak tepat**",
#: "tidak sebanding", "tidak berdasar"): denied, each censures it; granted, none does.
_MERITS = frozenset(
    """
    adil tepat sebanding berdasar pantas proporsional realistis transparan wajar sah
    bersahabat berpihak dibenarkan diterima
    """.split()
)
#: Modal words between the denial and the merit ("tidak **dapat** dibenarkan").
_MERIT_MODALS = frozenset("dapat bisa boleh".split())
#: Words that deny a merit.
_DENYING_MERIT = frozenset("tidak tak kurang".split())


def _merit_denied(clause: _Clause, i: int, n: int, count: int) -> bool:
    """Whether the judgement at token ``i`` (``n`` words) denies its object a merit
    ("menilai denda itu **tidak sebanding** dengan pelanggarannya", "menyebut dakwaan
    itu **tidak berdasar**"): a censure of it, as "keliru" is. Not when the object is
    only the verb's *-nya* ("menolak keputusan itu dan menyebutnya tidak sah"): that is the
    ground of the act the sentence just told, not a second act."""
    if clause.word(i + n - 1).endswith("nya"):
        return False
    reach = _reach(clause, i + n, count)
    for j in reach:
        if clause.word(j) not in _DENYING_MERIT:
            continue
        k = j + 2 if clause.word(j + 1) in _MERIT_MODALS else j + 1
        if clause.word(k) in _MERITS:
            return True
    return False


#: What a person is called in as in a case ("memanggil … **sebagai saksi**").
_CASE_ROLES = frozenset("saksi tersangka terperiksa".split())
#: How many words the one called in may take before "sebagai" ("memanggil ulang Kepala
#: Biro Umum Kementerian X, yang pekan lalu tidak datang, sebagai saksi").
_CASE_ROLE_REACH = 16
#: Head words of the public bodies and firms an official called in is described by
#: ("Kepala **Dinas** X", "Kepala Biro Umum **Kementerian** X"): the body is the target.
_CALLED_BODY_HEADS = frozenset(
    "kementerian departemen dinas badan lembaga biro direktorat kantor pt perusahaan".split()
)


def _called_in_a_case(clause: _Clause, k: int) -> bool:
    """Whether the call ending before token ``k`` calls an official of a body in to a
    case: the body named ("Kepala Dinas X", "Kementerian X") and then "sebagai
    saksi/tersangka" in the clause. Such a summons is a demand of the body that
    investigates on the official's body; an office of a region with no body named
    ("Sekretaris Daerah X") is left out, as the place would stand for the office."""
    body = False
    for j in range(k, min(k + _CASE_ROLE_REACH, len(clause.toks) - 1)):
        if clause.word(j) == "sebagai":
            return body and clause.word(j + 1) in _CASE_ROLES
        body = body or clause.word(j) in _CALLED_BODY_HEADS
    return False


#: Words between a denial and the verb of the clause it denies: a possessed subject
#: ("membantah kliennya menerima …") or an aspect or manner word ("… pernah menerima").
_BEFORE_DENIED_VERB = frozenset("telah sudah pernah sengaja".split())


def denies_a_clause(clause: _Clause, k: int) -> bool:
    """Whether a clause opens at token ``k``, right after a verb of denial: a verb,
    alone or after a possessed subject, an aspect word or both ("membantah **menerima**
    uang", "membantah **pabriknya membuang** limbah", "membantah **gudangnya terbakar**",
    "membantah kliennya sengaja membakar …"). A denial of a clause denies the charge of
    the one who acted against the denier (Indonesian "membantah" takes the charge as a
    clause, with no conjunction)."""
    word = clause.word(k)
    possessed = word.endswith("nya") and len(word) > 5
    if possessed:
        k += 1
        word = clause.word(k)
    if word in _BEFORE_DENIED_VERB:
        word = clause.word(k + 1)
    # after a possessed subject a ter- verb is its predicate ("membantah produknya
    # **tercemar**"): the stative passive of Indonesian, a state charged
    stative = possessed and word.startswith("ter") and len(word) >= 7
    return _active_verb(word) or (_verb_like(word) and word.startswith("di")) or stative


#: The longest parenthesis passed over when counting a cue's reach ("(Persero)", "(Tbk)").
_PARENTHESIS_WORDS = 4


def _reach(clause: _Clause, start: int, count: int) -> list[int]:
    """The indices of the ``count`` tokens from ``start`` a cue's next word is sought in,
    a short parenthesis not counted: it adds a name's other form or a firm's legal form
    ("Direktur Utama PT X (Persero), <nama>, sebagai tersangka"), no words of the
    clause; nor a list of names set off by commas after a count noun ("memasukkan tiga
    perusahaan X, yakni A, B, dan C, ke dalam daftar hitam"): it names the members
    the count stands for. A name counts as one word however long ("menilai pengawasan
    Dinas Kelautan dan Perikanan Provinsi X lemah")."""
    out: list[int] = []
    j = start
    while len(out) < count and j < len(clause.toks):
        named = clause.actor_at.get(j)
        if named is not None and named.first == j < named.last:
            out.append(j)
            j = named.last + 1
            continue
        after = clause.listed_apposition_end(j) if clause.word(j) == "," else None
        if after is not None:
            j = after
            continue
        if clause.word(j) == "(":
            close = next(
                (k for k in range(j + 1, j + 2 + _PARENTHESIS_WORDS) if clause.word(k) == ")"),
                None,
            )
            if close is not None:
                j = close + 1
                continue
        out.append(j)
        j += 1
    return out


#: Classes of act a retaliation answers ("menyerang …; X akan membalas").
_HOSTILE = frozenset("fight sanction reduce posture threaten".split())


#: Classes of the acts that charge a side: a denial by that side answers them.
_CHARGING = frozenset("disapprove sanction".split())
#: Classes of the acts that press a side to yield: a threat by the same agent with no
#: side of its own backs them ("meminta X … . Ia mengancam … jika tenggat diabaikan").
_PRESSING = _ASKED | _CHARGING | frozenset("reject threaten".split())
#: Legal forms a firm's name opens with, which its own people leave out.
_LEGAL_FORMS = ("PT ", "CV ")


def _short_forms(full: str) -> set[str]:
    """The names a side called ``full`` may go by: its first words, with or without a
    legal form ("PT X", "X", "X Sehat" for "PT X Sehat"; a person's first name)."""
    bare = full
    for form in _LEGAL_FORMS:
        bare = bare.removeprefix(form)
    out: set[str] = set()
    for name in (full, bare):
        words = name.split()
        out.update(" ".join(words[:k]) for k in range(1, len(words) + 1))
    return out - {_LEGAL_FORMS[0].strip(), _LEGAL_FORMS[1].strip()}


class _Context:
    """What the whole article says about the senses of its cue verbs, counted on first
    need (most articles have no cue of the classes concerned)."""

    def __init__(self, text: str) -> None:
        self._text = text
        #: the article's dates, (character offset, ISO date), in text order
        self.dated: list[tuple[int, str]] = []
        self._words: frozenset[str] | None = None
        #: the person last named as a subject, for a pronoun (see _Clause._pronoun)
        self.antecedent: _Actor | None = None
        #: the sentence being read, and the last sentence each class of act was told in
        self.sentence = 0
        self._done_in: dict[str, int] = {}
        #: the class of the last act told with its agent ("langkah serupa" repeats it)
        self.last_action: str | None = None
        self._private: int | None = None
        #: the organisation last named as a subject, for "lembaga itu"
        self.organisation: _Actor | None = None
        #: the actors named before the sentence being read
        self.history = _History(text, ())
        #: the agents of the acts told, in order, and the last agent acting on each target
        self._agents: list[_Actor] = []
        self._hostile: list[_Actor] = []  # the agents of hostile acts, in the order told
        self._aimed: dict[str, _Actor] = {}
        #: the last agent charging each target (a censure or a sanction), for a denial
        self._charged: dict[str, _Actor] = {}
        self._charges: dict[str, list[tuple[int, _Actor]]] = {}
        #: the sides each agent last pressed (asked, ordered, charged, rejected or
        #: threatened) and the sentence it did so in: whom its later threat is aimed at
        self._pressed: dict[str, tuple[list[_Actor], int]] = {}
        #: the last agent asking each target, and the sentence: whom a refusal answers
        self._askers: dict[str, tuple[_Actor, int]] = {}
        #: the requests and charges told, in order, by their target's name and agent:
        #: whom a promise or an offer with no addressee answers (see :meth:`asked_last_first`)
        self._asked: list[tuple[str, _Actor, str]] = []
        #: the agent of the last act told, and the sentence it was told in
        self.last_agent: tuple[_Actor, int] | None = None
        #: the last relation told: source, target, class and sentence
        self.last_pair: tuple[_Actor, _Actor, str, int] | None = None
        #: the last aid told, in the same form: relief told after a thanks or an appeal
        #: still goes to the stricken side ("… B juga mengirim tim medis")
        self.last_aid: tuple[_Actor, _Actor, str, int] | None = None
        #: the date the last relation told took (a promise answering it was made then)
        self.last_day: str | None = None
        #: the sides of the last meeting told and its sentence ("X menemui Y …. Dalam
        #: pertemuan itu, X meminta …. Y berjanji …": the promise answers at the meeting)
        self.last_meeting: tuple[tuple[str, str], int] | None = None
        #: the sides of the last fight told ("kedua pihak yang bertikai")
        self.last_fight: tuple[str, str] | None = None
        #: the target of the last act told, and the sentence it was told in ("mereka")
        self.last_target: tuple[_Actor, int] | None = None
        #: whether the date a sentence may carry is told in the sentence right before it
        #: (``told_before``), the sentence itself telling no date (``dated_before``)
        self.told_before = False
        self.dated_before = False
        #: where each sentence read starts, by its number
        self.starts: dict[int, int] = {}
        #: the state each ministry of a named state speaks for, by the ministry's span
        self.ministry_of: dict[tuple[int, int], str] = {}
        #: the sides of the last meeting dated in its own sentence, that sentence, the day
        self.met: tuple[frozenset[str], int, str] | None = None
        #: the bodies and states common nouns stand for ("perseroan", "pemkab")
        self.antecedents: _Antecedents | None = None
        #: the speaker of each direct quote, as an actor named in the article, by the
        #: quote's span: who "kami"/"saya" is inside it
        self.speakers: dict[tuple[int, int], _Actor] = {}
        #: the targets of sanctions, in the order told: whose counsel may object
        self.sanctioned: list[_Actor] = []
        #: the article's first pair of parties: whom a move with no target answers
        self.counterparts = Counterparts()

    @property
    def text(self) -> str:
        """The article's text (the sentences after the one being read, too)."""
        return self._text

    def acted_by(self, agent: _Actor, target: _Actor | None = None, action: str = "") -> None:
        """Note that ``agent`` did the act just told (to ``target`` when it had one; of
        class ``action`` when known)."""
        self._agents.append(agent)
        if action in _HOSTILE:
            self._hostile.append(agent)
        self.last_agent = (agent, self.sentence)
        if target is not None:
            self._aimed[target.name] = agent
        if target is not None and action in _ANSWERED_BY_OFFER | _CHARGING:
            self._asked.append((target.name, agent, action))
        if target is not None and action in _CHARGING:
            for form in _short_forms(target.name):
                self._charged[form] = agent
                self._charges.setdefault(form, []).append((self.sentence, agent))
        if target is not None and action in _PRESSING:
            pressed, told = self._pressed.get(agent.name, ([], -1))
            kept = [t for t in pressed if t.name != target.name] if told == self.sentence else []
            self._pressed[agent.name] = ([*kept, target], self.sentence)
        if target is not None and action in _ASKED:
            self._askers[target.name] = (agent, self.sentence)

    def pressed_by(self, name: str, reach: int) -> list[_Actor]:
        """The sides the agent ``name`` pressed in the last sentence it did so (see
        :data:`_PRESSING`), when that is at most ``reach`` sentences back; else none."""
        pressed, told = self._pressed.get(name, ([], -1))
        return pressed if 0 <= self.sentence - told <= reach else []

    def pressed_for(self, speaker: _Actor, reach: int) -> list[_Actor]:
        """The sides ``speaker`` pressed (see :meth:`pressed_by`), else those the body or
        state the speaker holds an office of pressed ("Ketua Serikat X, <nama>")."""
        own = self.pressed_by(speaker.name, reach)
        if own or not speaker.person:
            return own
        for agent in self._pressed:
            if self.history.officer_of(speaker, agent) or self.history.holds_office_of(
                speaker.name, agent
            ):
                pressed = [t for t in self.pressed_by(agent, reach) if t.name != speaker.name]
                if pressed:
                    return pressed
        return []

    def asked_sides(self) -> list[str]:
        """The names of the sides told asked (see :meth:`asker_of`)."""
        return list(self._askers)

    def asker_of(self, names: Collection[str], reach: int) -> _Actor | None:
        """The last agent told asking one of ``names`` (a request or an order) at most
        ``reach`` sentences back, else ``None``: whom a refusal by that side answers."""
        asked = [self._askers[n] for n in names if n in self._askers]
        if not asked:
            return None
        agent, told = max(asked, key=lambda a: a[1])
        return agent if self.sentence - told <= reach else None

    def met_on(self, name: str, day: str | None, published: PartialDate | None) -> str | None:
        """The day ``name`` was met in the meeting told within the last six sentences,
        when the day a sentence may carry (``day``) is that one or none told since is a
        past day as precise (a year, or a promised month, tells no new occasion): what
        the one met does right after is part of that meeting. Else ``None``."""
        if self.met is None:
            return None
        sides, sentence, when = self.met
        if name not in sides or self.sentence - sentence > 6:
            return None
        later = published is not None and day is not None and day > published.iso[: len(day)]
        if day is None or day == when or len(day) < len(when) or later:
            return when
        return None

    def asked_last_first(self) -> Iterator[tuple[str, _Actor, str]]:
        """The requests, demands, sanctions and censures told so far, by their target's
        name, their agent and their class, the last told first: whom a promise or an
        offer with no addressee answers, however long after ("X meminta Y …. … . Y
        berjanji …")."""
        return reversed(self._asked)

    def last_request_by(self, name: str) -> bool:
        """Whether the last request or demand told was made by the side ``name``,
        whatever was told after it ("X menuntut …. Perwakilan X diterima Y. Y berjanji
        meneruskan tuntutan itu kepada Z": to X, who asked)."""
        asker = next((a for _, a, action in self.asked_last_first() if action in _ASKED), None)
        return asker is not None and asker.name == name

    def accuser_of(self, names: Collection[str]) -> _Actor | None:
        """The last agent told acting on one of ``names`` ("membantah keterlibatan …"
        answers whoever blamed the denier's side)."""
        found = [self._aimed[n] for n in names if n in self._aimed]
        return max(found, key=self._agents.index) if found else None

    def charger_of(self, name: str) -> _Actor | None:
        """The last agent told censuring or sanctioning the body ``name``, by its full
        name or a short one its people use ("X" for "PT X Sehat"): the one whose charge
        a denial by the body answers, before any who only summoned it."""
        return self._charged.get(name)

    def charger_by(self, name: str, sentence: int) -> _Actor | None:
        """The agent told censuring or sanctioning ``name`` (see :meth:`charger_of`) in
        the last sentence up to ``sentence`` that tells one: the one who brought the
        charge told there; of several there, the first named ("A bersama B menyegel
        gudang X": A leads the act B joins)."""
        told = [(said, agent) for said, agent in self._charges.get(name, ()) if said <= sentence]
        if not told:
            return None
        last = told[-1][0]
        return next(agent for said, agent in told if said == last)

    def accuser_of_short(self, name: str) -> _Actor | None:
        """The last agent told acting on a body whose full name ``name`` shortens by its
        first words ("PT Sinar Jaya" for "PT Sinar Jaya Abadi"), as a firm's own people
        call it."""
        longer = [n for n in self._aimed if n.startswith(name + " ")]
        return self.accuser_of(longer) if longer else None

    def other_agent(self, names: Collection[str], hostile: bool = False) -> _Actor | None:
        """The last agent told that is none of ``names`` nor speaks for one of them
        (whom a response answers); with ``hostile``, the last agent of a hostile act
        (whom a retaliation answers: not the one who called for calm in between)."""
        agents = self._hostile if hostile else self._agents
        return next((a for a in reversed(agents) if not self._of_side(a, names)), None)

    def _of_side(self, agent: _Actor, names: Collection[str]) -> bool:
        # "Jubir Kemenlu X, <nama>, memperingatkan X akan membalas": the spokesman
        # announcing the response is of the side responding
        return agent.name in names or any(self.history.titled_for(agent, n) for n in names)

    def done(self, action: str) -> None:
        """Note that an act of class ``action`` with a known agent is told here."""
        self._done_in[action] = self.sentence
        self.last_action = action

    def just_done(self, action: str) -> bool:
        """Whether an act of class ``action`` was told in this sentence or the one before."""
        return self.sentence - self._done_in.get(action, -2) <= 1

    def _article_words(self) -> frozenset[str]:
        if self._words is None:
            self._words = frozenset(re.findall(r"\w+", self._text.lower()))
        return self._words

    @property
    def sport(self) -> bool:
        """Whether the article is about sport (several different words of sport)."""
        return len(self._article_words() & SPORT_WORDS) >= SPORT_ARTICLE

    @property
    def private(self) -> bool:
        """Whether the article is about private life (several words of romance)."""
        if self._private is None:
            self._private = len(self._article_words() & PRIVATE_WORDS)
        return self._private >= PRIVATE_ARTICLE


def _sense_ok(clause: _Clause, cue: Cue, i: int, ctx: _Context) -> bool:
    """Whether the cue at token ``i`` has the sense it is coded for in its context.

    Not when: a verb with a sense of play is in a sentence about play, or in a sports
    article unless the sentence names an office holder ("menyambut umpan", "mengancam
    gawang"; but "Menteri X bertemu Y" in an article on a workers' football league;
    a sanction named by a noun of discipline is never play, :func:`_disciplinary`); a
    visit is for leisure or filming; the cue names a ban or permit ("larangan
    berkunjung"); it is inside an embedded question ("menyelidiki apakah X
    berkunjung") or foreseen by pundits ("analis memperkirakan X akan membalas"); it
    is the reporter's interview ("kata X saat ditemui"); an arrest takes animals
    ("menangkap ikan": fishing); or an attack is a crowd flocking to a place ("turis X
    menyerbu Bali"), a sale into a market ("menyerbu pasar X") or a war of words
    ("saling serang dalam debat").
    """
    if cue.action in SPORT_SENSES and not (
        _disciplinary(clause, cue, i) or _by_law_enforcement(clause, cue)
    ):
        words = clause.words()
        if words & PLAY_WORDS or (ctx.sport and not words & _OFFICE):
            return False
    if cue.action == "consult" and clause.words() & LEISURE_WORDS:
        return False
    if cue.action in ENTERTAINMENT_SENSES:
        words = clause.words()
        if words & ENTERTAINMENT_WORDS and not words & _OFFICE:
            return False
    if clause.word(i - 1) in _NOT_AN_ACT or _invited_to(clause, i):
        return False
    if cue.action == "aid" and cue.voice == "nominal" and clause.word(i - 1) in _ASKED_FOR:
        return False  # "mengajukan permohonan bantuan kepada X": aid asked of X, not given
    if cue.action == "posture" and _charged_with(clause, i):
        return False  # "menuduh kapal-kapal X memasuki perairan Y": the charge, no act
    if cue.action == "posture" and clause.word(i) == "memasuki" and _civil_craft(clause, i):
        return False  # "kapal riset X memasuki perairan Y": a voyage, no show of force
    if cue.action == "fight" and (_crowd_flocks(clause, i) or clause.words() & VERBAL_WORDS):
        return False
    if cue.action == "fight" and _storms_market(clause, i):
        return False
    if cue.action == "fight" and _road_crash(clause, i):
        return False  # "truk perusahaan itu menabrak angkot": an accident, no attack
    if cue.action == "sanction" and clause.word(i + 1) in _CATCH:
        return False  # "menangkap ikan": fishing, not an arrest
    if any(clause.word(j) == "apakah" or _pundits_forecast(clause, j) for j in range(i)):
        return False
    if clause.word(i) == "melaporkan" and not _reported(clause, i):
        return False
    interview = cue.voice == "passive" and cue.action == "consult"
    return not (interview and any(clause.word(i - k) in _SPEECH for k in (1, 2, 3, 4)))


#: How many words an accusation's object may take before the act it charges ("menuduh
#: kapal-kapal X sengaja memasuki …").
_CHARGE_REACH = 5


def _charged_with(clause: _Clause, i: int) -> bool:
    """Whether the verb at ``i`` is what a verb of accusing just before it charges its
    object with ("menuduh kapal-kapal X sengaja **memasuki** perairan Y"), with no
    boundary or other verb between: a charge, not an act told. (Only an incursion is
    read so: an attack charged is coded as told, the gold sets' convention.)"""
    for k in range(i - 1, max(i - 1 - _CHARGE_REACH, -1), -1):
        word = clause.word(k)
        if word in _ACCUSING:
            return True
        if word in _BOUNDARY or word == "dan" or _active_verb(word):
            return False
    return False


#: Verbs of a collision, and the road vehicles that make one an accident ("sebuah
#: **truk** milik PT X **menabrak** angkot"), not a ramming at sea or an attack.
_COLLIDING = frozenset("menabrak ditabrak menubruk ditubruk".split())
_ROAD_VEHICLES = frozenset("truk bus mobil angkot angkutan motor minibus pikap kereta".split())
#: How many words before a collision's verb its vehicle may be named, and after it.
_CRASH_BEFORE, _CRASH_AFTER = 4, 2


def _road_crash(clause: _Clause, i: int) -> bool:
    """Whether the collision at token ``i`` is a road accident: a road vehicle named
    just before its verb or as its object ("truk perusahaan itu menabrak angkot")."""
    if clause.word(i) not in _COLLIDING:
        return False
    near = range(max(i - _CRASH_BEFORE, 0), i + _CRASH_AFTER + 1)
    return any(clause.word(k) in _ROAD_VEHICLES for k in near)


#: Kinds of vessel that carry no force ("kapal **riset**", "kapal **nelayan**"): one
#: entering a state's waters makes a voyage, not a show of force.
_CIVIL_CRAFT = frozenset("riset survei penelitian nelayan ikan kargo dagang tanker pesiar".split())
#: How many words before "memasuki" the vessel's kind may come ("kapal riset X Y memasuki").
_CRAFT_REACH = 6


def _civil_craft(clause: _Clause, i: int) -> bool:
    """Whether the vessel entering waters at token ``i`` is named a civil one just before
    it ("kapal **riset** Samudra Jaya memasuki perairan …")."""
    for k in range(i - 1, max(i - 1 - _CRAFT_REACH, -1), -1):
        if clause.word(k) == "kapal" and clause.word(k + 1) in _CIVIL_CRAFT:
            return True
    return False


#: Nouns of a request: aid named right after one is asked for ("permohonan **bantuan**").
_ASKED_FOR = frozenset("permohonan permintaan pengajuan proposal".split())


#: Nouns of a disciplinary measure: a sanction a body imposes in sport is a real one
#: ("Komite <X> menjatuhkan sanksi kepada klub <Y> berupa denda"), never play.
_DISCIPLINE_NOUNS = frozenset("sanksi denda skorsing".split())


def _disciplinary(clause: _Clause, cue: Cue, i: int) -> bool:
    """Whether the cue at ``i`` is a sanction named by a noun of discipline
    (:data:`_DISCIPLINE_NOUNS`), so coded in a sentence about play too."""
    return cue.action == "sanction" and clause.word(i) in _DISCIPLINE_NOUNS


#: Words naming the police, prosecutors and their investigators ("Polresta X menangkap
#: …", "penyidik menahan …"): their arrests are arrests in a sports story too.
_LAW_ENFORCERS = frozenset(
    "polisi kepolisian polri polda polres polresta polrestabes polsek kejaksaan kejari"
    " kejati penyidik bareskrim".split()
)


def _by_law_enforcement(clause: _Clause, cue: Cue) -> bool:
    """Whether the cue is a sanction in a sentence naming the police or prosecutors
    ("Polresta X menangkap dua suporter …"): an arrest, never a ball caught."""
    return cue.action == "sanction" and bool(clause.words() & _LAW_ENFORCERS)


def _reported(clause: _Clause, i: int) -> bool:
    """Whether "melaporkan" at ``i`` reports a side to the police or a court: an actor
    right after it (a description of at most three words may come first) and then
    "ke" with a court or a police unit ("melaporkan pegiat X ke Polda Y")."""
    side = next((k for k in range(i + 1, i + 5) if k in clause.actor_at), None)
    if side is None:
        return False
    venue = clause.actor_at.get(clause.actor_at[side].last + 2)
    return venue is not None and clause.venue(venue)


def _crowd_flocks(clause: _Clause, i: int) -> bool:
    """Whether the verb at ``i`` tells a crowd of visitors flocking to a place ("ribuan
    wisatawan X menyerbu Bali", "Bali diserbu turis X"): a crowd's noun near a verb of
    storming."""
    if clause.word(i) not in _FLOCKING:
        return False
    near = range(max(i - _CROWD_REACH, 0), i + _CROWD_REACH + 1)
    return any(clause.word(k) in _CROWDS for k in near)


def _pundits_forecast(clause: _Clause, j: int) -> bool:
    """Whether token ``j`` is a verb of forecasting said by pundits ("sejumlah analis
    memperkirakan …"): a pundit's noun among the three words before it."""
    if clause.word(j) not in _FORECASTING:
        return False
    return any(clause.word(k) in _PUNDITS for k in range(max(j - 3, 0), j))


def _storms_market(clause: _Clause, i: int) -> bool:
    """Whether the verb at ``i`` storms a market ("menyerbu pasar X", "menggempur
    segmen itu"): its object, right after it, is a market's noun."""
    return clause.word(i + 1) in _MARKETS


def _invited_to(clause: _Clause, i: int) -> bool:
    """Whether the verb at ``i`` is what its subject is invited or urged to do, not
    done: "mengundang Prabowo berkunjung ke X", "mengajak Menteri Y bertemu"."""
    j = i - 1
    while j >= 0 and (j in clause.actor_at or clause.word(j) in _TITLE_WORDS):
        j -= 1
    return j < i - 1 and clause.word(j) in _INVITING


def _private(
    source: _Actor, target: _Actor, cue: Cue, words: frozenset[str], ctx: _Context
) -> bool:
    """Whether a meeting or a relationship between two private persons is their private
    life: "menjalin hubungan" between persons with no public qualifier ("hubungan
    diplomatik", "hubungan baik"), or words of romance around it."""
    if not (source.person and target.person):
        return False
    if cue.action not in ("consult", "cooperate") and not cue.relation_noun:
        return False  # "memutus hubungan" between two persons ends a private tie too
    if cue.relation_noun and not words & _PUBLIC_TIES:
        return True  # "A dan B menjalin hubungan": unqualified, the idiom for romance
    return bool(words & PRIVATE_WORDS) or ctx.private


def _light_verb(clause: _Clause, i: int) -> int | None:
    """The light verb just before a nominal cue at ``i`` ("melancarkan serangan")."""
    return next((j for j in (i - 1, i - 2) if clause.word(j) in LIGHT_VERBS), None)


def _receiving_verb(clause: _Clause, i: int) -> int | None:
    """The verb of receiving or undergoing just before a nominal cue at ``i`` ("menerima
    bantuan", "menuai kecaman", "dijatuhi sanksi"), else ``None``."""
    return next((j for j in (i - 1, i - 2) if clause.word(j) in _RECEIVING), None)


def _agents(clause: _Clause, cue: Cue, i: int, n: int) -> list[_Actor]:
    """The agents of the cue at ``i`` (``n`` words) when it has no target: the subject
    of an active verb or of a light verb, or the agent of a passive ("ditembaki oleh
    tank Israel"), so that a later reaction ("mengecam serangan itu") can target it."""
    if cue.voice == "passive":
        return clause.passive_agents(i + n - 1)
    head = i if cue.voice == "active" else _light_verb(clause, i)
    if head is None:
        # "Serangan udara militer X menghantam …": the act opening a clause as its
        # subject, its agent named after it (not "misi pasokan X", a noun's modifier)
        opens = i == 0 or clause.word(i - 1) in _BOUNDARY
        agent = clause.genitive(i + n - 1) if opens else None
        return [agent] if agent is not None else []
    return clause.subject(head)[0]


def _parties_named(clause: _Clause, k: int) -> bool:
    """Whether "antara" comes at or after token ``k`` in its clause: the signing names
    its parties, actors or not ("… antara perusahaan kedua negara"), and its watchers
    are none of them."""
    for j in range(k, len(clause.toks)):
        if clause.word(j) in _BOUNDARY:
            return False
        if clause.word(j) == "antara":
            return True
    return False
