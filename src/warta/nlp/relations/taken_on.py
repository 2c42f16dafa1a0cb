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

>>> cue = taken_on_cue()
>>> cue.action, cue.voice, cue.oblique_only
('intend', 'active', True)
"""

from __future__ import annotations

from warta.nlp.relations.clause import _Clause
from warta.nlp.relations.cues import _ASKED, _Context, _offer_of_act
from warta.nlp.relations.lexicon import Cue
from warta.nlp.relations.words import _TAKING_ON

__all__ = ["taken_on_by_other_side", "taken_on_cue"]


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
