"""Organisation names kept whole: a government's long name before its short form
("Pemerintah ... (ABC)") from its head "Pemerintah", a name holding "dan" that the tagger
stopped at ("Kementerian Pendidikan Dasar dan Menengah"), while two complete bodies
joined by "dan" stay two (issue 17; invented sentences)."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions


def _orgs(text: str) -> dict[str, tuple[str, ...]]:
    _mentions, refs = resolve_article(text, find_mentions(text))
    return {r.name: r.mentions for r in refs if r.type == "ORG"}


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "Pemerintah Transisi Nasional (PTN) Sudan menolak usul itu. PTN meminta waktu.",
            "Pemerintah Transisi Nasional",
            "PTN",
        ),
        (
            "Pemerintah Persatuan Rakyat (PPR) Myanmar mengecam serangan udara itu.",
            "Pemerintah Persatuan Rakyat",
            "PPR",
        ),
        (
            "Pemerintah Otonomi Daerah (POD) Bangsamoro menggelar pemilu.",
            "Pemerintah Otonomi Daerah",
            "POD",
        ),
    ],
)
def test_government_long_name_opens_at_pemerintah(text: str, name: str, short: str) -> None:
    orgs = _orgs(text)
    assert short in orgs[name]
    assert not any(n != name and short in forms for n, forms in orgs.items())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kementerian Pendidikan Dasar dan Menengah menerbitkan aturan baru.",
            "Kementerian Pendidikan Dasar dan Menengah",
        ),
        (
            "Badan Kepegawaian dan Pelatihan Daerah membuka seleksi.",
            "Badan Kepegawaian dan Pelatihan Daerah",
        ),
        (
            "Kementerian Kelautan dan Perikanan menyita kapal asing.",
            "Kementerian Kelautan dan Perikanan",
        ),
    ],
)
def test_name_holding_dan_stays_whole(text: str, name: str) -> None:
    assert name in _orgs(text)


@pytest.mark.parametrize(
    ("text", "left", "right"),
    [
        (
            "Kementerian Keuangan dan Bank Indonesia sepakat menahan suku bunga.",
            "Kementerian Keuangan",
            "Bank Indonesia",
        ),
        (
            "Badan Pusat Statistik dan Bank Indonesia merilis data inflasi.",
            "Badan Pusat Statistik",
            "Bank Indonesia",
        ),
    ],
)
def test_two_complete_bodies_stay_two(text: str, left: str, right: str) -> None:
    orgs = _orgs(text)
    assert left in orgs
    assert right in orgs
