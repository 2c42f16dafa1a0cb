"""Name forms shared by alias resolution in one article and across the corpus.

Pure helpers for :mod:`warta.nlp.entities.aliases` and :mod:`warta.nlp.entities.crossdoc`:

* :func:`name_key` - the spelling-insensitive key that groups variants of a name.
* :func:`preferred` - the canonical spelling among variants (house style "Moon Jae-in").
* :func:`short_forms` - the one-word forms ("Widodo", "Joko") a full name is cited by.
* :func:`pick` - the full name a one-word form denotes: the only candidate, or one at
  least ``_DOMINANCE`` times as frequent as the runner-up; otherwise ``None``.
* :func:`role_key` - ``(title, country)`` for a title and a gazetteer country
  ("Presiden", "Prancis" -> ``("presiden", "France")``), or ``None``.
* ``TITLES`` and the regex piece ``TITLE_HEAD`` - titles written before a name;
  ``ORG_HEADS`` - first words of organisation names (lower-case); both from
  :mod:`warta.lexicon.indonesian`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from warta import settings
from warta.lexicon.indonesian import ORGANISATION_HEADS, PERSON_TITLES
from warta.nlp.entities.gazetteer import load_gazetteer

__all__ = [
    "ORG_HEADS",
    "TITLES",
    "TITLE_HEAD",
    "is_org_head",
    "name_key",
    "pick",
    "preferred",
    "role_key",
    "short_forms",
]

# A short form that fits several full names goes to the most frequent one only when it
# is at least this many times as frequent as the runner-up; with two names of similar
# weight the short form stays unresolved. Calibration: warta.settings.
_DOMINANCE = settings.value("entities.short_form_dominance")

# Titles before a name (warta.lexicon), longest first so "Menteri Luar Negeri" beats
# "Menteri".
TITLES = sorted(PERSON_TITLES, key=len, reverse=True)
_TITLE_ALT = "|".join(re.escape(t) for t in TITLES)
# A police or military rank may carry its corps: "Kombes Pol", "Irjen Polisi".
TITLE_HEAD = (
    rf"(?:(?i:mantan|eks|wakil|pertama)\s+)*(?i:{_TITLE_ALT})(?:\s+(?:Pol|Polisi|TNI)\b\.?)?"
)
#: Head nouns that open an organisation's name, lower-case (see :func:`is_org_head`).
ORG_HEADS = ORGANISATION_HEADS


def is_org_head(word: str) -> bool:
    """Whether a capitalised ``word`` opens organisation names ("Badan", "PT").

    >>> is_org_head("Universitas"), is_org_head("PT"), is_org_head("badan")
    (True, True, False)
    """
    return word[:1].isupper() and word.casefold() in ORG_HEADS


def name_key(name: str) -> tuple[str, ...]:
    """The spelling-insensitive key of a name: case-folded words, hyphens as spaces.

    >>> name_key("Moon-Jae-in") == name_key("Moon Jae In") == name_key("Moon Jae-in")
    True
    """
    return tuple(w for w in re.split(r"[\s\-‐‑]+", name.casefold()) if w)


def _style(form: str) -> int:
    # "Moon Jae-in" (space and hyphen) is the house style, then "Moon Jae In".
    return 2 if " " in form and "-" in form else 1 if " " in form else 0


def preferred(forms: Counter[str]) -> str:
    """The canonical spelling among variants: house style, then frequency, then A-Z."""
    return min(forms, key=lambda f: (-_style(f), -forms[f], f))


def short_forms(form: str) -> set[str]:
    """First and last word of a full name, case-folded; not a Korean given name."""
    words = form.split()
    out = {words[0].casefold()}
    if not re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[-1]):
        out.add(words[-1].casefold())
    return out


def pick(
    candidates: set[tuple[str, ...]],
    weight: Mapping[tuple[str, ...], int],
    canonical: Mapping[tuple[str, ...], str],
) -> str | None:
    """The full name a short form denotes: the only candidate, or a dominant one."""
    ranked = sorted(candidates, key=lambda k: (-weight[k], canonical[k]))
    if not ranked:
        return None
    if len(ranked) == 1 or weight[ranked[0]] >= _DOMINANCE * weight[ranked[1]]:
        return canonical[ranked[0]]
    return None


def role_key(title: str, place: str | None) -> tuple[str, str] | None:
    if not place:
        return None
    p = load_gazetteer().lookup(place)
    if p is None or (p.subtype != "GPE" and p.referent is None):
        return None
    return (" ".join(title.casefold().split()), p.referent or p.name)
