"""Classes of relations fixed on the ninth blind set's misses and wrong triples, each
tested on invented sentences (never the blind set's text)."""

from __future__ import annotations

import pytest
from tests.nlp.relations.coded import triples

# mediators named as the coordinated subjects of an active verb of mediating
# ("X dan Y menengahi/memediasi perundingan antara A dan B") each meet both sides and are
# no partners of each other
MEDIATORS_ACTIVE = [
    (
        "Norwegia dan Swiss menengahi perundingan antara Kolombia dan Venezuela di Havana "
        "pekan ini demi menyepakati pertukaran tahanan.",
        [("Norway", "Colombia"), ("Norway", "Venezuela"), ("Switzerland", "Venezuela")],
        ("Norway", "Switzerland"),
    ),
    (
        "Turki dan PBB memediasi pembicaraan antara Rusia dan Ukraina di Istanbul.",
        [("Turkey", "Russia"), ("United Nations", "Ukraine")],
        ("Turkey", "United Nations"),
    ),
    (
        "Malaysia menengahi dialog antara Thailand dan Kamboja di Kuala Lumpur, Senin (3/8/2026).",
        [("Malaysia", "Thailand"), ("Malaysia", "Cambodia")],
        None,
    ),
]


@pytest.mark.parametrize(("text", "pairs", "not_pair"), MEDIATORS_ACTIVE)
def test_active_mediators_consult_each_side(
    text: str, pairs: list[tuple[str, str]], not_pair: tuple[str, str] | None
) -> None:
    coded = triples(text)
    for a, b in pairs:
        assert (a, "consult", b) in coded or (b, "consult", a) in coded
    if not_pair is not None:
        a, b = not_pair
        assert (a, "consult", b) not in coded and (b, "consult", a) not in coded


def test_co_mediators_of_talks_named_before_are_no_partners() -> None:
    assert triples("Norwegia dan Swiss menengahi perundingan itu.") == []


# "kedua menteri" opening a clause stands for the last two persons named (as "kedua
# pemimpin"): two ministers who met then agree or act together
BOTH_MINISTERS = [
    (
        "Menteri Luar Negeri Vietnam Nguyen Van Minh bertemu Menteri Luar Negeri Filipina "
        "Enrique Manalo di Hanoi. Kedua menteri sepakat menggelar latihan penjaga pantai "
        "bersama.",
        ("Enrique Manalo", "cooperate", "Nguyen Van Minh"),
    ),
    (
        "Menteri Pertahanan Chile Rodrigo Vargas menerima Menteri Pertahanan Peru Carlos "
        "Mendoza Ruiz di Santiago, Selasa (9/6/2026). Kedua menteri sepakat menggelar patroli "
        "perbatasan bersama.",
        ("Carlos Mendoza Ruiz", "cooperate", "Rodrigo Vargas"),
    ),
]


@pytest.mark.parametrize(("text", "relation"), BOTH_MINISTERS)
def test_both_ministers_are_the_last_two_persons(text: str, relation: tuple[str, str, str]) -> None:
    a, action, b = relation
    coded = triples(text)
    assert (a, action, b) in coded or (b, action, a) in coded


# the body after "melalui/lewat/via" is the channel of an act named by a noun after a light
# verb ("mengajukan usulan lewat kementerian X"), never its target
THROUGH_A_CHANNEL = [
    "Korea Selatan dan Selandia Baru mengajukan usulan kerja sama lewat Kementerian "
    "Perdagangan, kata seorang pejabat.",
    "Kanada menyampaikan tawaran lewat Kementerian Sekretariat Negara pekan lalu.",
    "Turki mengajukan permintaan via Kementerian Luar Negeri pada Selasa.",
]


@pytest.mark.parametrize("text", THROUGH_A_CHANNEL)
def test_a_channel_is_no_target(text: str) -> None:
    assert all(target != "Kementerian Luar Negeri" for _, _, target in triples(text))
    assert all(not target.startswith("Kementerian") for _, _, target in triples(text))


def test_the_addressee_stays_when_a_channel_follows() -> None:
    coded = triples("Jerman menyampaikan tawaran bantuan kepada Indonesia melalui kedutaannya.")
    assert ("Germany", "intend", "Indonesia") in coded
