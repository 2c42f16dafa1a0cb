"""Classes fixed against the false triples of blind33 (issue 18), tested on invented
sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples

from warta.nlp.relations.actors import _offices_before_holders, _place_name_persons
from warta.records import Mention

PUBLISHED = "2026-04-08"

_coded = partial(coded_triples, published=PUBLISHED)


def _mention(text: str, name: str, kind: str) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, kind, entity=name)


# I1. Storming a market is selling into it, not an attack on the state
def test_storming_a_market_is_no_attack() -> None:
    coded = _coded(
        "Produsen televisi asal Jepang, Hikari Denki, resmi menyerbu pasar Indonesia "
        "dengan meluncurkan televisi murah di Surabaya, Selasa (7/4/2026)."
    )
    assert not any(action == "fight" for _, action, _ in coded)


def test_storming_a_border_post_is_still_an_attack() -> None:
    coded = _coded("Tentara Armenia menyerbu Azerbaijan, Selasa (7/4/2026).")
    assert ("Armenia", "fight", "Azerbaijan") in coded


# I2. What pundits forecast a side will do is their guess, not the side's act
def test_a_pundits_forecast_is_no_threat() -> None:
    coded = _coded(
        "Sejumlah pengamat memperkirakan Thailand akan membalas dengan menaikkan tarif "
        "atas produk Kamboja pekan depan."
    )
    assert not any(source == "Thailand" for source, _, _ in coded)


def test_a_side_announcing_its_reply_still_threatens() -> None:
    coded = _coded(
        "Thailand, Selasa (7/4/2026), mengancam akan menaikkan tarif atas produk Kamboja."
    )
    assert ("Thailand", "threaten", "Cambodia") in coded


# I3. An office the entity layer took for a person, before its holder's name, is not a
# second actor beside the holder
def test_a_regents_office_before_his_name_is_not_a_second_actor() -> None:
    coded = _coded(
        "Bupati Batang Hulu, Syamsul Bahri, Rabu (8/4/2026), memberhentikan sementara "
        "Samuel Rumere dari jabatannya."
    )
    assert {source for source, _, _ in coded} == {"Syamsul Bahri"}


def test_two_persons_in_a_list_both_stay() -> None:
    text = "Andi Wijaya, Budi Santosa, dan Citra Lestari menemui Menteri Luar Negeri."
    mentions = [
        _mention(text, "Andi Wijaya", "PER"),
        _mention(text, "Budi Santosa", "PER"),
        _mention(text, "Citra Lestari", "PER"),
    ]
    assert _offices_before_holders(text, mentions) == mentions


# I4. A person's name ending a place's name after "di" (a shoal, a street) is no actor
def test_a_name_ending_a_shoals_name_is_no_person() -> None:
    text = "Kapal itu berlabuh di Gosong Patinggi Umar, lepas pantai Khanh Hoa."
    umar = _mention(text, "Umar", "PER")
    assert _place_name_persons(text, [umar]) == []


def test_a_titled_person_after_di_stays() -> None:
    text = "Pertemuan digelar di Istana Presiden Ramos Horta, Dili."
    horta = _mention(text, "Ramos Horta", "PER")
    assert _place_name_persons(text, [horta]) == [horta]
