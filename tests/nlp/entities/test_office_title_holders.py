"""Office holders the entity layer lost or misnamed behind their title, found on the
relation misses pooled over the older blind sets (issue 18): a foreign minister whose
title the tagger cut after its second word and glued to his country and name ("Menteri
Luar | Negeri <Country> <Name>" as one organisation), and a minister known by one name
after his portfolio ("Menteri <Portfolio> <Name>"). Tested on invented sentences."""

from __future__ import annotations

from warta.nlp.entities.personbounds import _title_tail_end
from warta.nlp.entities.untagged import untagged_minister_names
from warta.pipeline.local import process

PUBLISHED = "2026-05-06"


def _mentions(text: str) -> dict[str, tuple[str, str | None]]:
    """``{surface: (type, entity)}`` of the mentions of ``text``."""
    return {m.text: (m.type, m.entity) for m in process(text, published=PUBLISHED).mentions}


# 1. "Menteri Luar |Negeri <Country> <Name>|": the title's tail is no part of a name
def test_title_tail_taken_into_a_name_ends_at_the_title() -> None:
    text = "Menteri Luar Negeri Ruritania Ivo Marek tiba di Oslo."
    start = text.index("Negeri")
    end = text.index(" tiba")
    tail = _title_tail_end(text, start, end)
    assert tail is not None
    assert text[tail:end] == "Ruritania Ivo Marek"
    # a span opening at the title's start leaves nothing of a title cut inside it
    assert _title_tail_end(text, 0, end) is None
    # nor does one opening after the title
    assert _title_tail_end(text, text.index("Ruritania"), end) is None


def test_two_foreign_ministers_named_with_their_countries_are_persons() -> None:
    text = (
        "Menteri Luar Negeri Armenia Davit Hakobyan dan Menteri Luar Negeri Azerbaijan "
        "Elnur Mammadli bertemu di Jenewa, Rabu (6/5/2026)."
    )
    mentions = _mentions(text)
    assert mentions["Davit Hakobyan"][0] == "PER"
    assert mentions["Elnur Mammadli"][0] == "PER"
    assert not any(s.startswith("Negeri") for s in mentions)


# 2. "Menteri <Portfolio> <Name>": a minister known by one name
def test_one_word_minister_before_a_comma_or_a_lower_case_word_is_a_person() -> None:
    text = (
        "Menteri Perindustrian Sukarmanto, yang dihubungi terpisah, berjanji datang. "
        "Direksi perusahaan memenuhi panggilan Menteri Pertanian Wiranegara di Jakarta."
    )
    found = [text[s.start : s.end] for s in untagged_minister_names(text, [])]
    assert found == ["Sukarmanto", "Wiranegara"]


def test_words_going_on_with_the_portfolio_are_no_minister() -> None:
    for text in (
        "Menteri Ekonomi Kreatif mengatakan pameran itu dibuka pekan depan.",
        "Menteri Pendidikan Dasar dan Menengah menyatakan ujian tetap digelar.",
        "Menteri Pertahanan Australia di Canberra menolak berkomentar.",
        "Menteri Perdagangan, kata dia, belum menjawab surat itu.",
    ):
        assert untagged_minister_names(text, []) == [], text


def test_one_word_minister_acts_in_the_relation_stage() -> None:
    text = (
        "PT Kencana Rajut Lestari memecat 300 buruh pada Senin (4/5/2026). "
        "Menteri Perindustrian Sukarmanto meminta perusahaan membayar pesangon penuh."
    )
    relations = process(text, published=PUBLISHED).relations
    assert ("Sukarmanto", "PT Kencana Rajut Lestari") in {(r.source, r.target) for r in relations}
