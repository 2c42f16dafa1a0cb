"""Shared passages: different articles built on the same wire paragraphs.

Two portals often take three paragraphs of an agency's wire story and wrap them in their
own reporting: a story about the rupiah and one about bank lending, each quoting the
central bank's decision word for word. Neither is a copy of the other (their shingle
Jaccard and containment are far below the duplicate bars), but a reader wants to know
they share text. :func:`find_shared_passages` reports such pairs as
:class:`~warta.records.PassageLink` (relation ``shares-passages``) with the share of each
article that the shared paragraphs make up; it never groups them.

A paragraph of one article is *in* the other when at least :data:`PASSAGE_OVERLAP` of its
3-shingles occur there (a light edit, a changed dateline or quote mark, keeps it in); a
pair shares passages when each side has at least :data:`MIN_SHARED_PASSAGES` such
paragraphs. Candidates come from the same sampled-shingle index as containment
(:func:`warta.dedup.sampled_pairs`), so the cost stays linear in the corpus.

>>> wire = ("Rapat dewan gubernur bank sentral memutuskan menahan suku bunga acuan di level "
...         "enam persen sesuai perkiraan sebagian besar ekonom pasar keuangan.\\n\\n"
...         "Bank sentral menilai keputusan itu sejalan dengan upaya menjaga stabilitas nilai "
...         "tukar rupiah di tengah ketidakpastian pasar keuangan global yang masih tinggi.")
>>> a = DedupInput("a", "Rupiah ditutup menguat sore ini setelah pengumuman.\\n\\n" + wire)
>>> b = DedupInput("b", wire + "\\n\\nBankir optimistis kredit tumbuh dua digit tahun depan.")
>>> [(p.article_id, p.other_id, p.passages) for p in find_shared_passages([a, b], [])]
[('a', 'b', 2), ('b', 'a', 2)]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from warta.dedup import (
    DedupInput,
    PostingCounts,
    Shingled,
    sampled_pairs,
    shingle_hashes,
    shingle_strings,
    shingle_text,
    tokens,
)
from warta.records import DupLink, PassageLink

# A paragraph counts as shared when this share of its shingles is in the other text:
# copy-editing (a dateline, quote marks, one changed word) keeps a 30-word paragraph
# above 0.8, while two reports of one event rarely share a 3-shingle run that long.
PASSAGE_OVERLAP = 0.8
# Paragraphs under this many shingles (about 10 words) are stock sentences ("Berikut
# daftar harga ...", a closing line) and never count.
MIN_PASSAGE_SHINGLES = 10
# Several shared paragraphs make a wire-based pair; one is a follow-up restating the
# background or a quote both reports carry (the labelled negatives in
# tests/dedup/corpus: follow-ups share exactly one).
MIN_SHARED_PASSAGES = 2


def _paragraph_shingles(text: str) -> list[frozenset[int]]:
    """Shingle sets of the prose paragraphs of ``text`` with enough shingles."""
    return _counted(shingle_text(text))


def _counted(shingled: Shingled) -> list[frozenset[int]]:
    return [p for p in shingled.paragraphs if len(p) >= MIN_PASSAGE_SHINGLES]


def passage_floor(text: str) -> float | None:
    """The fewest shingles another text must share with ``text`` for ``text`` to have
    :data:`MIN_SHARED_PASSAGES` paragraphs in it; None when it has fewer paragraphs
    that count. A bound, not an estimate: :func:`shared_passages` skips a pair whose
    shingle intersection is below either side's floor without reading paragraphs.

    Two paragraphs ``p``, ``q`` found in ``B`` put at least ``0.8|p| + 0.8|q| - |p & q|``
    shingles in ``A & B``; the floor is the least such sum over pairs of paragraphs.
    """
    return shingled_floor(shingle_text(text))


def shingled_floor(shingled: Shingled) -> float | None:
    """:func:`passage_floor` of the text ``shingled`` was made of
    (:func:`~warta.dedup.shingle_text`), without shingling it again."""
    paragraphs = _counted(shingled)
    if len(paragraphs) < MIN_SHARED_PASSAGES:
        return None
    # Each term is what one paragraph must have in the other text (a hair under, so a
    # floating-point product never excludes a pair _shared would accept).
    need = [PASSAGE_OVERLAP * len(p) - 1e-6 for p in paragraphs]
    return min(
        need[i] + need[j] - _overlap(paragraphs[i], paragraphs[j])
        for i in range(len(paragraphs))
        for j in range(i + 1, len(paragraphs))
    )


def _overlap(p: frozenset[int], q: frozenset[int]) -> int:
    # Most paragraphs share nothing: isdisjoint builds no set to find that out.
    return 0 if p.isdisjoint(q) else len(p & q)


def _shared(paragraphs: list[frozenset[int]], other: frozenset[int]) -> tuple[int, float]:
    """Paragraphs found in ``other`` and the share of shingles they make up."""
    total = sum(len(p) for p in paragraphs)
    found = [p for p in paragraphs if len(p & other) / len(p) >= PASSAGE_OVERLAP]
    return len(found), (sum(len(p) for p in found) / total if total else 0.0)


def find_shared_passages(
    docs: Sequence[DedupInput],
    links: Sequence[DupLink],
    posting_counts: PostingCounts | None = None,
) -> list[PassageLink]:
    """Both directions of every pair that shares passages and is not one duplicate group.

    ``links`` are :func:`warta.dedup.find_duplicates`' groups (members of one group are
    copies, not passage sharers); ``posting_counts`` as in
    :func:`warta.dedup.sampled_pairs`. Deterministic and independent of input order;
    sorted by article id, then other id.
    """
    docs = sorted(docs, key=lambda d: d.article_id)
    docs = [
        d if d.shingles else replace(d, shingles=shingle_hashes(shingle_strings(tokens(d.text))))
        for d in docs
    ]
    group = {link.article_id: link.group for link in links}
    return shared_passages(
        sampled_pairs(docs, posting_counts), {d.article_id: d for d in docs}, group
    )


def kept_pairs(
    pairs: Iterable[tuple[str, str]],
    shingles: Mapping[str, frozenset[int]],
    group: Mapping[str, str],
    floors: Mapping[str, float | None] | None = None,
) -> set[tuple[str, str]]:
    """The candidate pairs :func:`shared_passages` reads the paragraphs of: not one
    duplicate group, and not rejected by the sides' floors (:func:`passage_floor`, when
    both are known) on their shingles alone."""
    kept = set()
    for a, b in pairs:
        if a in group and group.get(b) == group[a]:
            continue
        if floors is not None and a in floors and b in floors:
            fa, fb = floors[a], floors[b]
            if fa is None or fb is None:
                continue
            if len(shingles[a] & shingles[b]) < max(fa, fb):
                continue
        kept.add((a, b))
    return kept


def shared_passages(
    pairs: Iterable[tuple[str, str]],
    docs: Mapping[str, DedupInput],
    group: Mapping[str, str],
    floors: Mapping[str, float | None] | None = None,
) -> list[PassageLink]:
    """Both directions of each candidate pair ``(a, b)`` that shares passages and is not
    one duplicate group (``group``: article id -> its group, absent when alone), sorted
    as :func:`find_shared_passages` sorts. ``docs`` must hold both sides of every pair,
    with their shingles; ``floors`` (each side's :func:`passage_floor`, when known)
    reject most pairs before their paragraphs are read, with the same result."""
    paragraphs: dict[str, list[frozenset[int]]] = {}
    out: list[PassageLink] = []
    shingles = {x: d.shingles for x, d in docs.items()}
    for a, b in sorted(kept_pairs(pairs, shingles, group, floors)):
        for x in (a, b):
            if x not in paragraphs:
                paragraphs[x] = _paragraph_shingles(docs[x].text)
        n_a, f_a = _shared(paragraphs[a], docs[b].shingles)
        n_b, f_b = _shared(paragraphs[b], docs[a].shingles)
        if min(n_a, n_b) >= MIN_SHARED_PASSAGES:
            out.append(PassageLink(a, b, round(f_a, 4), n_a))
            out.append(PassageLink(b, a, round(f_b, 4), n_b))
    return sorted(out, key=lambda p: (p.article_id, p.other_id))
