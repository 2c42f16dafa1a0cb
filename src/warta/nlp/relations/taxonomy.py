"""The action classes relations are coded to, each mapped to a CAMEO root code.

A compact subset of CAMEO (Gerner, Schrodt et al., the coding scheme GDELT uses): the
roots that news about states, organisations and their leaders reports most. Two CAMEO
roots are folded into one class where Indonesian verbs do not tell them apart: *aid*
covers material cooperation (06) and aid (07), *fight* covers assault (18) and fight
(19). ``weight`` is the class's place on a Goldstein-like scale from -10 (most
conflictual) to +10 (most cooperative), the value of its CAMEO root in Goldstein (1992)
rounded; dyad views sum it to show a relationship's balance.

>>> CLASSES["threaten"].cameo, CLASSES["threaten"].weight
('13', -6.0)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Quad = Literal["verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict"]


@dataclass(frozen=True, slots=True)
class ActionClass:
    name: str
    cameo: str  # root code
    label: str
    weight: float  # Goldstein-like, -10 … +10
    quad: Quad  # CAMEO's quad class
    symmetric: bool = False  # "A and B met": no direction


CLASSES: dict[str, ActionClass] = {
    c.name: c
    for c in (
        ActionClass("statement", "01", "make a statement (to)", 0.0, "verbal-cooperation"),
        ActionClass("appeal", "02", "appeal, request, urge", 3.0, "verbal-cooperation"),
        ActionClass(
            "intend", "03", "express intent to cooperate, promise, offer", 4.0, "verbal-cooperation"
        ),
        ActionClass(
            "consult",
            "04",
            "consult, meet, visit, host, negotiate",
            1.0,
            "verbal-cooperation",
            symmetric=True,
        ),
        ActionClass(
            "cooperate",
            "05",
            "diplomatic cooperation, sign agreement, praise, support",
            3.5,
            "verbal-cooperation",
            symmetric=True,
        ),
        ActionClass(
            "aid",
            "07",
            "provide aid or material cooperation (supply, send)",
            7.0,
            "material-cooperation",
        ),
        ActionClass("demand", "10", "demand, summon", -5.0, "verbal-conflict"),
        ActionClass(
            "disapprove", "11", "disapprove, criticise, condemn, accuse", -2.0, "verbal-conflict"
        ),
        ActionClass("reject", "12", "reject, refuse, veto", -4.0, "verbal-conflict"),
        ActionClass("threaten", "13", "threaten, warn", -6.0, "verbal-conflict"),
        ActionClass(
            "posture",
            "15",
            "exhibit force posture, mobilise, deploy forces",
            -7.0,
            "material-conflict",
        ),
        ActionClass(
            "reduce", "16", "reduce relations, expel, break off", -4.0, "material-conflict"
        ),
        ActionClass(
            "sanction", "17", "coerce: sanction, seize, arrest, blockade", -7.0, "material-conflict"
        ),
        ActionClass(
            "fight", "19", "attack, invade, fight (CAMEO 18-19)", -10.0, "material-conflict"
        ),
    )
}


def is_cooperative(name: str) -> bool:
    """Whether class ``name`` is on the cooperative side (weight above zero)."""
    return CLASSES[name].weight > 0
