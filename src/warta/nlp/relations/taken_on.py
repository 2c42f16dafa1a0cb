"""A request taken on by the other party of the article's pair, named by its own person.

A report on two parties tells one side asking the other, then the other's answer by the
person who gives it: "Wali Kota A, <nama>, dan Bupati B, <nama>, meneken kerja sama
…. <nama B> meminta Pemkot A menambah armada. <nama A> menyanggupi …", or "… menyatakan
siap mengkaji usulan tersebut". The request is made to a body or a state; the answer is
given by its head, whom the text names without that body. :func:`.cues._granted_request`
takes the answer only from the one asked (or a leader titled with it); here the answerer
is known as the other side of the article's pair from the asker
(:class:`.counterparts.Counterparts`). The answer is an intent, aimed at the asker by
the extractor's counterpart step.

A request may also be answered long after it is told, other moves between: "Komisi X
meminta Kementerian Y …. (…) Ia berjanji …", "Dinas menyegel gudang X …. (…) Perusahaan
menyatakan siap …". A promise, a request taken on or an offer with no addressee named
answers whoever last asked, summoned, sanctioned or censured its maker, or the side its
maker speaks for (:func:`answered_askers`; the head of a regional government for the
government, an officer titled with a body for the body).

>>> cue = taken_on_cue()
>>> cue.action, cue.voice, cue.oblique_only
('intend', 'active', True)
"""

from __future__ import annotations

from warta.nlp.relations.actors import _Actor, _History
from warta.nlp.relations.clause import _Clause
from warta.nlp.relations.cues import _ASKED, _Context, _offer_of_act
from warta.nlp.relations.lexicon import Cue
from warta.nlp.relations.words import _OFFER, _PROMISING, _TAKING_ON

__all__ = ["answered_askers", "offered_to_asker", "taken_on_by_other_side", "taken_on_cue"]


def taken_on_cue() -> Cue:
    """The cue of an answer taken on: an intent with no addressee of its own."""
    return Cue("intend", "active", oblique_only=True)


def taken_on_by_other_side(clause: _Clause, i: int, ctx: _Context) -> tuple[Cue, int] | None:
    """The intent of a verb of taking on ("menyanggupi") or of an offer of an act no cue
    codes ("siap mengkaji …") at token ``i``, when a request was told in this sentence or
    the one before and a subject of the verb is the other side of the article's pair
    from the one who made it; else ``None``."""
    met = ctx.last_pair
    if met is None or (clause.word(i) not in _TAKING_ON and not _offer_of_act(clause, i)):
        return None
    asker, _, action, told = met
    if action not in _ASKED or not 0 <= ctx.sentence - told <= 1:
        return None
    other = ctx.counterparts.other(asker, ctx.history)
    if other is None or other.name not in {s.name for s in clause.subject(i)[0]}:
        return None
    return taken_on_cue(), 1


def offered_to_asker(clause: _Clause, i: int, ctx: _Context) -> tuple[Cue, int] | None:
    """The intent of a verb of taking on ("menyanggupi") or of an offer of an act no cue
    codes ("siap menambah …", "bersedia membayar …") at token ``i``, when its maker was
    asked or charged earlier in the article (see :func:`answered_askers`); else
    ``None``."""
    if clause.word(i) not in _TAKING_ON and not _offer_of_act(clause, i):
        return None
    return (taken_on_cue(), 1) if answered_askers(clause, i, ctx) else None


def answers_an_asker(clause: _Clause, i: int) -> bool:
    """Whether the cue at token ``i`` is a promise, a request taken on or an offer
    ("berjanji", "menyanggupi", "siap"), or an act offered ("siap membiayai …"): with no
    addressee named it answers the one who asked its maker."""
    word = clause.word(i)
    offered = clause.word(i - 1) in _OFFER or (
        clause.word(i - 1) == "untuk" and clause.word(i - 2) in _OFFER
    )
    return word in _PROMISING | _TAKING_ON | _OFFER or offered


def answered_askers(clause: _Clause, i: int, ctx: _Context) -> list[tuple[_Actor, _Actor]]:
    """(maker, asker) for each subject of the promise or offer at token ``i`` that was
    asked, summoned, sanctioned or censured earlier in the article, by itself or as the
    side it speaks for: the last one who did it (see :meth:`.cues._Context.asked_last_first`)."""
    out = []
    for subject in clause.subject(i)[0]:
        own = {subject.name, ctx.history.state_of(subject).name}
        asker = next(
            (
                agent
                for name, agent, _ in ctx.asked_last_first()
                if agent.name not in own and _answers_for(subject, name, ctx.history)
            ),
            None,
        )
        if asker is not None:
            out.append((subject, asker))
    return out


def _answers_for(subject: _Actor, name: str, history: _History) -> bool:
    """Whether ``subject`` is the side named ``name`` or speaks for it: its state, an
    office titled with it ("Direktur Utama PT X, <nama>", "Menteri Luar Negeri X
    <nama>"), or a regional government's head ("Wali Kota X <nama>" for "Pemerintah Kota
    X")."""
    if subject.name == name or history.state_of(subject).name == name:
        return True
    return (
        history.officer_of(subject, name)
        or history.holds_office_of(subject.name, name)
        or history.heads_government(subject.name, name)
    )
