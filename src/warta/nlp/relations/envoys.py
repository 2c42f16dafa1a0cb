"""An envoy named by the state that sends him and the one he is posted to.

Indonesian news names an ambassador "Duta Besar X untuk Y, <nama>" (or "Dubes X untuk
Y <nama>"): the state X right after the title, the host Y after "untuk", then the
name. The entity layer gives X, Y and the person apart; :func:`envoy_of` tells that
the person is X's envoy, so X and its own envoy are never two sides of one act.
"""

from __future__ import annotations

from warta.nlp.relations.actors import _Actor
from warta.nlp.relations.clause import _Clause

#: The words of an envoy's title that stand right before the sending state ("Duta
#: **Besar**", "**Dubes**", "Kuasa **Usaha**").
_ENVOY_TITLE_ENDS = frozenset("besar dubes usaha".split())


def envoy_of(clause: _Clause, state: _Actor, person: _Actor) -> bool:
    """Whether ``person`` is named as the envoy of ``state`` in the title before the
    name ("Duta Besar <state> untuk <host>, <person>")."""
    if not person.person or state.person or state.organisation:
        return False
    if clause.word(state.first - 1) not in _ENVOY_TITLE_ENDS:
        return False
    if clause.word(state.last + 1) != "untuk":
        return False
    host = clause.actor_at.get(state.last + 2)
    if host is None:
        return False
    after = host.last + 2 if clause.word(host.last + 1) == "," else host.last + 1
    return after == person.first
