"""A list of what an aid consists of ("bantuan berupa beras, terpal, serta …") is no
object, and its commas end no clause: the one the aid is for is named after it.
Invented sentences."""

from __future__ import annotations

from tests.nlp.relations.coded import coded_triples

PUBLISHED = "2026-05-09"


def test_aid_for_victims_past_a_list_of_goods_goes_to_their_state() -> None:
    text = (
        "Pemerintah Jepang mengirimkan 12 kontainer bantuan berupa beras, susu bayi, "
        "pompa air, serta terpal bagi para pengungsi topan di Provinsi Batangas, Filipina, "
        "Senin (4/5/2026)."
    )
    assert ("Japan", "aid", "Philippines") in coded_triples(text, PUBLISHED)


def test_aid_to_a_state_past_a_list_of_goods() -> None:
    text = (
        "Pemerintah Korea Selatan mengirim bantuan berupa beras, tenda, dan air bersih "
        "kepada Vanuatu, Senin (4/5/2026)."
    )
    assert ("South Korea", "aid", "Vanuatu") in coded_triples(text, PUBLISHED)
