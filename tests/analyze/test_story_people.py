"""The people a lead names (:func:`warta.analyze.story_people.lead_people`) and the
lone piece they, or the scene its lead names, place in another story
(``story_clusters._named_elsewhere``): one official announcing two events on one day.

Hand-made rows, invented names and sentences: nothing here comes from a gold or blind set.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
from scipy import sparse

from warta.analyze.stories import BARS, StoryIndex, StoryInput
from warta.analyze.story_clusters import UnitView, _ties, agglomerate
from warta.analyze.story_people import lead_people

DAY = dt.date(2025, 6, 9).toordinal()
CHIEF = "Hartawan Lubis"
VICTIM = "Wulan Prameswari"


def test_the_lead_is_the_first_paragraph_and_names_are_whole_words() -> None:
    text = (
        "Seorang penjual sayur, Wulan Prameswari, dirampok di pasar pagi.\n\n"
        "Kapolsek Hartawan Lubis mengatakan pelaku sudah dikenali."
    )
    assert lead_people(text, [VICTIM, CHIEF]) == frozenset({VICTIM})
    assert lead_people("Para Santosonya berkumpul.", ["Santoso"]) == frozenset()
    assert lead_people("", [VICTIM]) == frozenset()


# Columns: the brawl's own words, the arrest procedure both announcements share (the
# chief, "ditangkap", "tersangka"), the robbery's own words, the city every report names.
BRAWL = [3, 1, 0, 1]
ARREST = [0, 2, 2, 1]
ROBBERY = [0, 0, 3, 1]


def _rows(vectors: list[list[int]]) -> sparse.csr_matrix:
    m = np.asarray(vectors, dtype=np.float64)
    return sparse.csr_matrix(m / np.linalg.norm(m, axis=1, keepdims=True))


def _units(robbery_names: frozenset[str]) -> list[UnitView]:
    day = (DAY + 2, DAY + 2)
    brawl = UnitView(day, frozenset({CHIEF}))
    arrest = UnitView(day, frozenset({CHIEF, VICTIM}), lead_people=frozenset({VICTIM}))
    robbery = UnitView((DAY, DAY), robbery_names)
    return [brawl, brawl, arrest, robbery]


def test_an_arrest_naming_the_robbed_woman_leaves_the_brawl_announced_with_it() -> None:
    # The chief announces the robbers' arrest and the brawl's on one day: the arrest
    # links to a brawl report (same day, shared procedure words) and to the robbery's
    # report two days before, which names the woman its lead names.
    x = _rows([BRAWL, BRAWL, ARREST, ROBBERY])
    assert agglomerate(_units(frozenset({VICTIM})), x, None, BARS) == [[0, 1], [2, 3]]


def test_a_person_no_linked_report_names_places_the_piece_nowhere() -> None:
    # The robbery's report does not name her: nothing ties the arrest elsewhere, and the
    # same-day announcement joins the day's story at the near-single bar as before.
    x = _rows([BRAWL, BRAWL, ARREST, ROBBERY])
    assert agglomerate(_units(frozenset()), x, None, BARS) == [[0, 1, 2], [3]]


def test_ties_are_lead_people_a_linked_unit_names() -> None:
    units = _units(frozenset({VICTIM}))
    tied = _ties(units, [(0, 2, 0.3), (2, 3, 0.7)])
    assert tied == [frozenset(), frozenset(), frozenset({VICTIM}), frozenset()]
    assert _ties(units, [(0, 2, 0.3)])[2] == frozenset()


def test_the_index_reads_the_people_of_the_lead_from_the_inputs() -> None:
    index = StoryIndex()
    text = "Wulan Prameswari dirampok di pasar.\n\nHartawan Lubis memberi keterangan."
    index.add([StoryInput("a", "Perampokan", text, "2025-06-09", people=(CHIEF, VICTIM))])
    assert index._entries["a"].lead_people == [VICTIM]


STREET = "//Jalan Cempaka Putih"


def _scene_units(robbery_places: frozenset[str]) -> list[UnitView]:
    day = (DAY + 2, DAY + 2)
    city = frozenset({"Jawa Tengah", "Jawa Tengah/Pekalongan"})
    brawl = UnitView(day, frozenset({CHIEF}), places=city)
    arrest = UnitView(day, frozenset({CHIEF}), places=city | {STREET})
    robbery = UnitView((DAY, DAY), frozenset(), places=city | robbery_places)
    return [brawl, brawl, arrest, robbery]


def test_an_arrest_naming_the_robbed_street_leaves_the_brawl_announced_with_it() -> None:
    # No person in the arrest's lead: the street it names, which the robbery's report
    # names and no brawl report does, places it with the robbery.
    x = _rows([BRAWL, BRAWL, ARREST, ROBBERY])
    assert agglomerate(_scene_units(frozenset({STREET})), x, None, BARS) == [[0, 1], [2, 3]]


def test_a_street_no_linked_report_names_places_the_piece_nowhere() -> None:
    x = _rows([BRAWL, BRAWL, ARREST, ROBBERY])
    assert agglomerate(_scene_units(frozenset()), x, None, BARS) == [[0, 1, 2], [3]]


def test_ties_hold_the_scenes_both_leads_name() -> None:
    units = _scene_units(frozenset({STREET}))
    assert _ties(units, [(2, 3, 0.7)])[2] == frozenset({STREET})
    assert _ties(units, [(0, 2, 0.3)])[2] == frozenset()
