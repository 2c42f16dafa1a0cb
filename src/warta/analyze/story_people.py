"""The people an article's lead names: whom its news happened to.

A news lead tells what happened and to whom ("a driver, X, was stabbed ..."); the
officials who announce it speak further down ("the police chief said ..."). One
official announces several events on one day - two arrests in one city, by one police
chief, at one press conference - and the reports of both share his name, his title,
the city, the day and the procedure words ("ditangkap", "tersangka"): a lone report
joins the other event's story at the near-single bar on those alone. The person its
lead names is what places it: when a report it links to names that person too and the
other story names them nowhere, the report belongs with that person's coverage.
:func:`lead_people` reads the people a lead names;
:func:`warta.analyze.story_clusters._named_elsewhere` uses them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def lead_people(text: str, people: Iterable[str]) -> frozenset[str]:
    """The names among ``people`` (an article's person names) that its first paragraph
    names, as whole words.

    Only the first paragraph: it tells what happened and to whom, while the title may
    name the official of a quote, and the second paragraph is where the announcing
    official speaks ("Kapolres X mengatakan ...").

    >>> text = "Seorang petani, Budi Santoso, hilang.\\n\\nKata Ani."
    >>> sorted(lead_people(text, ["Ani", "Budi Santoso"]))
    ['Budi Santoso']
    >>> lead_people("Santosonya pergi.", ["Santoso"])
    frozenset()
    """
    lead = next((line for line in text.split("\n") if line.strip()), "")
    return frozenset(name for name in people if name and _names(lead, name))


def _names(lead: str, name: str) -> bool:
    # Whole words: a short name inside a longer one ("Ali" in "Alibaba") is no mention.
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", lead) is not None
