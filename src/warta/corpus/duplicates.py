"""Duplicate groups across the corpus, and the original source their members share.

:func:`duplicate_links` runs :func:`warta.dedup.find_duplicates` over stored articles;
:func:`shared_passage_links` finds the articles that share wire paragraphs without being
copies (:mod:`warta.dedup.passages`);
:func:`lend_sources` lets a copy that credits its original source lend it to the other
members of its group.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from warta.dedup import (
    DedupInput,
    find_duplicates,
    number_hashes,
    shingle_hashes,
    shingle_strings,
    tokens,
)
from warta.dedup.passages import find_shared_passages
from warta.records import Article, DupLink, PassageLink


def duplicate_links(articles: Sequence[Article]) -> list[DupLink]:
    """Group exact, near and contained copies among ``articles`` (see :mod:`warta.dedup`)."""
    return find_duplicates(
        [
            DedupInput(
                a.id, a.text, "truncated" in a.flags, a.published.iso if a.published else None
            )
            for a in articles
        ]
    )


def lend_sources(links: Sequence[DupLink], articles: Sequence[Article]) -> Mapping[str, str | None]:
    """Effective original source: the article's own, else one a copy in its group names.

    A copy crediting this article's own site ("Sumber: KabarPelabuhan.com" on a copy of
    a KabarPelabuhan.com article) says this one is the original: nothing is lent then.
    """
    members: dict[str, list[Article]] = defaultdict(list)
    by_id = {a.id: a for a in articles}
    for link in links:
        members[link.group].append(by_id[link.article_id])
    group_of = {link.article_id: link.group for link in links}
    out: dict[str, str | None] = {}
    for a in articles:
        source = a.original_source
        if source is None and a.id in group_of:
            own_host = (a.host_site or "").lower()
            source = next(
                (
                    o.original_source
                    for o in sorted(members[group_of[a.id]], key=lambda x: x.id)
                    if o.id != a.id and o.original_source and o.original_source.lower() != own_host
                ),
                None,
            )
        out[a.id] = source
    return out



def shared_passage_links(
    articles: Sequence[Article], links: Sequence[DupLink]
) -> list[PassageLink]:
    """Pairs of ``articles`` sharing wire paragraphs outside one duplicate group, both
    directions (see :mod:`warta.dedup.passages`)."""
    return find_shared_passages([DedupInput(a.id, a.text) for a in articles], links)


def copies_and_passages(articles: Sequence[Article]) -> tuple[list[DupLink], list[PassageLink]]:
    """:func:`duplicate_links` and :func:`shared_passage_links` of ``articles``, shingling
    each text once for both."""
    docs = [
        DedupInput(
            a.id,
            a.text,
            "truncated" in a.flags,
            a.published.iso if a.published else None,
            shingle_hashes(shingle_strings(tokens(a.text))),
            number_hashes(a.text),
        )
        for a in articles
    ]
    links = find_duplicates(docs)
    return links, find_shared_passages(docs, links)
