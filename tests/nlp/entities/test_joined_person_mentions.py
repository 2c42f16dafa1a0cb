"""Two person mentions of the tagger only a space apart are one name cut before its last
word ("<Title> <Given> <Middle>| <Father's name>"); a nickname declared "yang oleh warga
<Group> disapa <Nick>" with the group capitalised is still declared (issue 17, blind4 and
blind5 class; invented sentences)."""

from __future__ import annotations

from warta.nlp.entities.aliases import _joined_persons, resolve_article
from warta.nlp.entities.ner import find_mentions
from warta.records import Mention


def _persons(text: str) -> dict[str, set[str]]:
    _mentions, refs = resolve_article(text, find_mentions(text))
    return {r.name: set(r.mentions) for r in refs if r.type == "PER"}


def test_person_mentions_a_space_apart_join() -> None:
    text = "Jaksa memeriksa Teuku Fadlan Ramazi Ibrahim, Senin."
    a, b = text.index("Teuku"), text.index("Ibrahim")
    mentions = [Mention(a, b - 1, text[a : b - 1], "PER"), Mention(b, b + 7, "Ibrahim", "PER")]
    joined = _joined_persons(text, mentions)
    assert [(m.text, m.type) for m in joined] == [("Teuku Fadlan Ramazi Ibrahim", "PER")]


def test_person_mentions_apart_by_a_comma_or_a_word_stay_two() -> None:
    text = "Hadir Budi Santoso, Ahmad Yani dan Rina Wati."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Budi Santoso", "Ahmad Yani")]
    spans.append((text.index("Rina Wati"), text.index("Rina Wati") + 9))
    mentions = [Mention(s, e, text[s:e], "PER") for s, e in spans]
    assert len(_joined_persons(text, mentions)) == 3
    place = [Mention(0, 5, "Hadir", "LOC"), Mention(6, 18, "Budi Santoso", "PER")]
    assert len(_joined_persons(text, place)) == 2


def test_a_one_word_person_before_a_name_stays_apart() -> None:
    # the tagger's "person" before the name is the regent's regency
    text = "Bupati Soppeng Andi Kaswara Rasyid meresmikan pasar."
    a, b = text.index("Soppeng"), text.index("Andi")
    mentions = [Mention(a, a + 7, "Soppeng", "PER"), Mention(b, b + 18, text[b : b + 18], "PER")]
    assert len(_joined_persons(text, mentions)) == 2


def test_nickname_declared_by_a_named_group() -> None:
    text = (
        "Masjid itu didirikan ulama besar, Muhammad Saleh Hambali, yang oleh warga Sasak "
        "disapa Datu Guru. Makam Datu Guru ramai peziarah."
    )
    persons = _persons(text)
    assert "Datu Guru" in persons.get("Muhammad Saleh Hambali", set()), persons
