"""How a figure is written: a score rounded *down* to four decimals, with its counts.

Floors in ``eval/floors/`` equal the figures printed, so a figure is never rounded up
past what was measured (50/51 = 0.98039… prints 0.9803, not 0.9804).

>>> fraction(50, 51)
{'score': 0.9803, 'hits': 50, 'total': 51}
>>> down4(0.29), down4(-0.00005)
(0.29, -0.0001)
"""

from __future__ import annotations

import math
from typing import Any

__all__ = ["down4", "fraction"]


def down4(value: float) -> float:
    """``value`` rounded down to four decimals (a hair of slack for binary fractions)."""
    return math.floor(value * 10_000 + 1e-9) / 10_000


def fraction(hits: int, total: int) -> dict[str, Any]:
    """``hits / total`` as a figure; 1.0 when ``total`` is 0 (nothing to get wrong)."""
    return {"score": down4(hits / total) if total else 1.0, "hits": hits, "total": total}
