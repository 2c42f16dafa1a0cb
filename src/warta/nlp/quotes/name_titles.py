"""Shortened name titles written capital first with a full stop: "Pdt." (Pendeta),
"Mgr." (Monsinyur), "Ust." (Ustaz), "Ny." (Nyonya), "Hb." (Habib), "Tgk." (Teungku),
"Rd." (Raden), "Rm." (Romo), "Dt."/"Dtk." (Datuk), the Palembang nobility's "Kgs."/"Kms."
(Kiagus, Kemas), and the shortened first names "Tb." (Tubagus) and "Abd." (Abdul).

The sentence splitter (:data:`warta.nlp.sentences.NAME_TITLES`) no longer ends a
sentence after them, so the person named after one stands inside the sentence, where
the tagger may take the title alone for a person ("Pdt"), glue it to the name ("Pdt.
Syarifuddin") or cut a shortened first name from the rest ("Abd", "Rahman"). The quote
layer reads the person named after such a title as that person: a title is no name
(:func:`mentions_past_titles`, :func:`is_name_title`); "Tb."/"Abd." are part of the
name and stay, as written ("Abd. Rahman"), and so do "Kgs."/"Kms.": the hereditary
titles of the Palembang nobility are registered with the name like Teuku, Andi or Lalu
("Kms. Fadlan Iskandar", as the entity and quote sets label them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from warta.nlp.sentences import NAME_TITLES
from warta.records import Mention

#: Shortened first names, part of the name they open: "Tb. Hasan", "Abd. Rahman"; and
#: the Palembang nobility's hereditary titles, registered with the name: "Kms. Fadlan Iskandar",
#: "Kgs. Taufan Mahdi".
NAME_PART_TITLES = frozenset({"Tb", "Abd", "Kgs", "Kms"})
#: Titles of address or of rank before a name, no part of it: "Pdt.", "Mgr.", "Ny.".
ADDRESS_NAME_TITLES = NAME_TITLES - NAME_PART_TITLES

#: A shortened title, its full stop and the space before the name after it.
_TITLE_THEN_NAME = re.compile(
    rf"(?<![\w.])(?P<t>{'|'.join(sorted(NAME_TITLES))})\.?[ \t]+(?=[A-Z])"
)
#: Academic, medical and pilgrim's titles written before a name, shortened: "dr. Rina",
#: "Prof. Budi", "Hj. Siti" (the quote layer's titles of address,
#: :data:`warta.nlp.quotes.wording._ABBREVIATED_TITLES`, as written).
_DEGREE_TITLES = ("dr", "drg", "Dr", "Drs", "Dra", "Prof", "Ir", "H", "Hj", "KH")
#: A shortened title of address closing the words before a person: "..., Mgr. ",
#: "..., dr. ".
_TRAILING_TITLE = re.compile(
    rf"(?<![\w.])(?:{'|'.join(sorted(ADDRESS_NAME_TITLES | set(_DEGREE_TITLES)))})\.[ \t]*$"
)


def is_name_title(token: str) -> bool:
    """True for a shortened title of address as written, capital first ("Pdt", "Mgr",
    "Ny"), with or without its full stop; not its capitals ("RD", "NY") nor "Tb"/"Abd".

    >>> is_name_title("Pdt."), is_name_title("Mgr"), is_name_title("NY"), is_name_title("Abd")
    (True, True, False, False)
    """
    return token.rstrip(".") in ADDRESS_NAME_TITLES


def without_trailing_title(prefix: str) -> str:
    """``prefix`` (the words before a person) without a shortened title of address that
    closes it: "Ketua Sinode, Pdt. " -> "Ketua Sinode, ", "Direktur X, dr. " -> "Direktur X, ".

    >>> without_trailing_title("Uskup Ruteng, Mgr. ")
    'Uskup Ruteng, '
    >>> without_trailing_title("Direktur RSUD, dr. ")
    'Direktur RSUD, '
    """
    return _TRAILING_TITLE.sub("", prefix)


def _name_after(text: str, m: Mention, by_start: dict[int, Mention]) -> Mention | None:
    """The person mention right after title mention ``m`` and its full stop, if any."""
    gap = re.match(r"\.?[ \t]+", text[m.end :])
    if gap is None:
        return None
    nxt = by_start.get(m.end + gap.end())
    return nxt if nxt is not None and nxt.type == "PER" else None


def mentions_past_titles(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` read past shortened name titles: a title the tagger took for a
    person is dropped ("Pdt" before "Yunus Pasolang"); a title glued to a name is cut
    off ("Ny. Lestari" -> "Lestari"); a shortened first name or a nobility title cut from
    the rest is joined to it again ("Abd" + "Rahman" -> "Abd. Rahman"). Other mentions
    are kept.

    >>> t = "Pemilik kebun, Abd. Raman (52), dan Pdt. Yunus Pasolang hadir."
    >>> ms = [Mention(15, 18, "Abd", "PER", "Abd"), Mention(20, 25, "Raman", "PER", "Raman"),
    ...       Mention(36, 39, "Pdt", "PER", "Pdt"), Mention(41, 55, "Yunus Pasolang", "PER")]
    >>> [(m.text, m.entity) for m in mentions_past_titles(t, ms)]
    [('Abd. Raman', 'Abd. Raman'), ('Yunus Pasolang', None)]
    """
    by_start = {m.start: m for m in mentions}
    out: list[Mention] = []
    joined: set[int] = set()
    for m in sorted(mentions, key=lambda x: x.start):
        if m.start in joined:
            continue
        if m.text in NAME_TITLES:
            nxt = _name_after(text, m, by_start)
            if m.text in NAME_PART_TITLES and nxt is not None:
                # "Abd" + "Raman": one person, named as written.
                name = text[m.start : nxt.end]
                entity = nxt.entity if nxt.entity and nxt.entity != nxt.text else name
                out.append(Mention(m.start, nxt.end, name, "PER", entity, nxt.referent))
                joined.add(nxt.start)
                continue
            if m.text in ADDRESS_NAME_TITLES and text[m.end : m.end + 1] == ".":
                continue  # "Pdt" alone: the title of the person after it
        glued = _TITLE_THEN_NAME.match(m.text)
        if m.type == "PER" and glued is not None and glued.group("t") in ADDRESS_NAME_TITLES:
            cut = glued.end()
            canon = m.entity
            if canon is not None and canon.startswith(m.text[:cut]):
                canon = canon[cut:]
            m = replace(m, start=m.start + cut, text=m.text[cut:], entity=canon)
        out.append(m)
    return out
