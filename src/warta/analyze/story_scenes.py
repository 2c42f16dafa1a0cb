"""The scene of a happening a lead tells: the named site and the kind of happening.

Desks covering one happening from different angles (the blaze at night, the traders
counting their losses the next morning, a survivor's undated feature) share few words
beyond what the happening is and where: its kind (a fire, a flood, a landslide) and the
named site it struck ("Pasar Cempaka Raya", "Dusun Wonorejo", "Jembatan Kali Putih").
Two leads naming one site and one kind of happening tell one happening as surely as two
naming one village do (:func:`warta.analyze.story_clusters._same_town`), where the text
alone scores them as two angles of the news. :func:`lead_scenes` reads those pairs;
:func:`warta.analyze.story_clusters._one_scene` links units by them.

A regency or a city is no scene: a town holds several fires or poisonings in a week. A
site is narrower (a market, a hamlet, a bridge, a station): two happenings of one kind at
one site within days are rare, and the link still waits on the merge averages.

:func:`lead_happenings` reads the kinds alone, at no named site: with the regency or
city two leads name they tie one happening's coverage over its first days at the town's
bar, not the scene's (:func:`warta.analyze.story_clusters._one_happening_in_town`). They
are stored with the scenes (:func:`scenes_and_happenings`) and told apart by
:func:`sited`.
"""

from __future__ import annotations

import re

#: Paragraphs of a lead read after the title: a feature opens on a scene and names the
#: site in its second or third paragraph as often as in its first.
SCENE_PARAGRAPHS = 3

#: Nouns naming a site by the proper name after them (villages and hamlets, markets,
#: works, crossings, transport hubs, boarding schools). Rivers, coasts and mountains are
#: none: a river floods a dozen villages along its course, season after season.
_SITE = (
    "Pasar|Dusun|Desa|Kelurahan|Kampung|Jembatan|Terminal|Stasiun|Pelabuhan|Bandara"
    "|Pabrik|Gedung|Pondok Pesantren|Ponpes"
)
_NAME = r"(?:[A-Z][\w'-]*)(?:\s+(?:[A-Z][\w'-]*|[IVX]+\b|\d+\b))*"
_SCENE = re.compile(rf"\b({_SITE})\s+({_NAME})")
#: Offices named after a site noun (an agency's station, not a scene).
_NOT_SITE = frozenset("Geofisika Meteorologi Klimatologi".split())
#: Words that rank a market before its name, which desks keep or drop ("Pasar Sentral
#: Wua-Wua", "Pasar Wua-Wua"): left out of the site.
_RANK = frozenset("Sentral Induk Inpres Raya Tradisional Besar Umum".split())

#: Kinds of happening by the words that tell them (lower case, matched at a word start).
_KINDS = {
    "fire": r"kebakaran|terbakar|dilalap|hangus|kobaran",
    "flood": r"banjir|\brob\b|tergenang|terendam|genangan",
    "landslide": r"longsor|tertimbun",
    "quake": r"gempa",
    "collapse": r"ambruk|roboh|runtuh|jebol|putus",
    "poisoning": r"keracunan",
    "explosion": r"ledakan|meledak",
    "crash": r"kecelakaan|tabrakan|bertabrakan|terguling|terbalik|tertabrak",
    "drowning": r"tenggelam|terseret arus|hanyut",
    "eruption": r"erupsi|meletus|letusan",
    "killing": r"pembunuhan|dibunuh|ditikam|dibacok|penusukan|perampokan|dirampok|begal",
}
_KIND = {kind: re.compile(rf"\b(?:{words})", re.IGNORECASE) for kind, words in _KINDS.items()}
#: The site of a kind of happening a lead tells at no named site (:func:`lead_happenings`).
ANY_SITE = "*"
#: A fire brigade's name tells of no fire ("Dinas Pemadam Kebakaran", "Damkar").
_BRIGADE = re.compile(r"\bpemadam\s+kebakaran\b", re.IGNORECASE)


def lead_scenes(title: str | None, text: str) -> frozenset[str]:
    """The scenes the first :data:`SCENE_PARAGRAPHS` paragraphs tell, each
    ``"kind:Site Name"``: every site they name with every kind of happening they or the
    title tell.

    >>> sorted(lead_scenes("Ratusan Kios Hangus", "Api melalap Pasar Cempaka Raya."))
    ['fire:Pasar Cempaka Raya']
    >>> sorted(lead_scenes(None, "Dinas Pemadam Kebakaran meninjau Pasar Cempaka Raya."))
    []
    >>> sorted(lead_scenes("Kios Terbakar", "Api di Pasar Induk Cempaka, Senin."))
    ['fire:Pasar Cempaka']
    """
    paragraphs = "\n".join([p for p in text.split("\n") if p.strip()][:SCENE_PARAGRAPHS])
    # Sites from the paragraphs only: a headline's capitals run a name into its verb.
    sites = {
        _site(m.group(1), m.group(2).split())
        for m in _SCENE.finditer(paragraphs)
        if m.group(2).split()[0] not in _NOT_SITE
    }
    if not sites:
        return frozenset()
    told = _BRIGADE.sub(" ", f"{title or ''}\n{paragraphs}")
    kinds = [kind for kind, words in _KIND.items() if words.search(told)]
    return frozenset(f"{kind}:{site}" for kind in kinds for site in sites)


def lead_happenings(title: str | None, text: str) -> frozenset[str]:
    """The kinds of happening the title and the first :data:`SCENE_PARAGRAPHS`
    paragraphs tell, each ``"kind:"`` + :data:`ANY_SITE` (a scene at no named site).

    Kept with the scenes (one stored list) and told apart from them by
    :func:`sited`: a kind alone places nothing, and only a town both leads name with it
    (:func:`warta.analyze.story_clusters._one_happening_in_town`) makes it one happening.

    >>> sorted(lead_happenings("Gempa Guncang Kota", "Dua rumah roboh di Desa Sukamaju."))
    ['collapse:*', 'quake:*']
    >>> sorted(lead_happenings(None, "Dinas Pemadam Kebakaran menggelar apel."))
    []
    """
    paragraphs = "\n".join([p for p in text.split("\n") if p.strip()][:SCENE_PARAGRAPHS])
    told = _BRIGADE.sub(" ", f"{title or ''}\n{paragraphs}")
    return frozenset(f"{kind}:{ANY_SITE}" for kind, words in _KIND.items() if words.search(told))


def scenes_and_happenings(title: str | None, text: str) -> frozenset[str]:
    """:func:`lead_scenes` and :func:`lead_happenings`: what a doc row keeps as its scenes."""
    return lead_scenes(title, text) | lead_happenings(title, text)


def sited(scenes: frozenset[str]) -> frozenset[str]:
    """The scenes at a named site (:func:`lead_scenes`), the kinds alone
    (:func:`lead_happenings`) left out."""
    return frozenset(s for s in scenes if not s.endswith(f":{ANY_SITE}"))


def happenings(scenes: frozenset[str]) -> frozenset[str]:
    """The kinds of happening alone among ``scenes`` (:func:`lead_happenings`)."""
    return scenes - sited(scenes)


def _site(noun: str, name: list[str]) -> str:
    """The site ``noun`` + ``name``, a rank word before a longer name left out."""
    if len(name) > 1 and name[0] in _RANK:
        name = name[1:]
    return " ".join([noun, *name])
