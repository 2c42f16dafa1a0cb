"""A subject described by a kin noun set off by commas ("X, putri Presiden Y Z, …"), or
set off from its verb by the setting it acted in ("X, dalam sidang Dewan Y di Z, …"),
still acts, though the aside names other actors. Invented sentences."""

from __future__ import annotations

from tests.nlp.relations.coded import coded_triples, dated_triples

PUBLISHED = "2026-05-09"


def test_kin_apposition_naming_an_office_holder_keeps_the_subject() -> None:
    text = (
        "Korea Utara menguji coba rudal jelajah, Senin (4/5/2026). Pak Sun Hee, putri "
        "pemimpin Korea Utara Ri Chol Ho, memperingatkan Tokyo dan London."
    )
    found = coded_triples(text, PUBLISHED)
    assert any(t[1:] == ("threaten", "Japan") for t in found)
    assert any(t[1:] == ("threaten", "United Kingdom") for t in found)


def test_other_appositions_naming_actors_still_stop_the_subject() -> None:
    text = (
        "Korea Utara menguji coba rudal jelajah, Senin (4/5/2026). Pak Sun Hee, juru "
        "bicara pemimpin Korea Utara Ri Chol Ho, memperingatkan Tokyo dan London."
    )
    found = coded_triples(text, PUBLISHED)
    # no kin noun opens the description: the subject stays unresolved, as before
    assert not any(t[0] == "Ri Chol Ho" for t in found)


def test_setting_aside_naming_a_body_keeps_the_subject() -> None:
    text = (
        "Sudan menolak masuk tim WHO, Senin (4/5/2026). Direktur Jenderal WHO Budi "
        "Santoso, dalam sidang Majelis Kesehatan di Kairo sehari kemudian, mendesak Sudan "
        "segera membuka akses bagi tim itu."
    )
    found = dated_triples(text, PUBLISHED)
    # the body and the capital in the setting are where he spoke, not who asks
    assert ("Budi Santoso", "appeal", "Sudan", "2026-05-05") in found
    assert not any(t[0] == "Egypt" for t in found)
