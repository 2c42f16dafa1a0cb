"""An organisation an article names by its full name and, elsewhere, by a short form it
never declares ("Badan Pengawas Obat dan Makanan" ... "BPOM"; "Kementerian Perumahan Rakyat"
... "Kemenpera"; "Kejaksaan Tinggi <Province>" ... "Kejati <Province>") is one entity under the
full name (issue 17, blind7 class; invented sentences)."""

from __future__ import annotations

import pytest
from tests.nlp.entities.resolved import resolve

from warta.nlp.entities.shortnames import shortens


def _entities(text: str, tagged: list[tuple[str, str]]) -> dict[str, str | None]:
    return {surface: entity for surface, _t, entity in resolve(text, tagged)}


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "Badan Pengawas Obat dan Makanan menarik sirup itu dari pasar. BPOM juga "
            "memeriksa dua pabrik di Cibitung.",
            "Badan Pengawas Obat dan Makanan",
            "BPOM",
        ),
        (
            "Kementerian Perumahan Rakyat menyalurkan bantuan ke Lumajang. Menurut "
            "Kemenpera, bantuan tahap kedua tiba pekan depan.",
            "Kementerian Perumahan Rakyat",
            "Kemenpera",
        ),
        (
            "Usulan itu dibahas di Dewan Perwakilan Daerah pekan lalu. Ketua DPD "
            "menjadwalkan rapat ulang.",
            "Dewan Perwakilan Daerah",
            "DPD",
        ),
        (
            "Kementerian Pariwisata Nasional membuka kantor baru. Kemenpar menyebut "
            "kantor itu melayani wisatawan asing.",
            "Kementerian Pariwisata Nasional",
            "Kemenpar",
        ),
        (
            "Penyidik Kejaksaan Tinggi Bengkulu menahan bendahara desa. Kepala Kejati "
            "Bengkulu menyebut kerugian negara Rp2 miliar.",
            "Kejaksaan Tinggi Bengkulu",
            "Kejati Bengkulu",
        ),
    ],
)
def test_a_short_form_beside_its_full_name_is_that_organisation(
    text: str, full: str, short: str
) -> None:
    assert _entities(text, [(full, "ORG"), (short, "ORG")])[short] == full


def test_a_short_form_that_fits_two_full_names_stays_as_written() -> None:
    text = "Komisi Pengawas Pangan dan Komisi Pemantau Perdagangan hadir. KPP menolak usul itu."
    tagged = [
        ("Komisi Pengawas Pangan", "ORG"),
        ("Komisi Pemantau Perdagangan", "ORG"),
        ("KPP", "ORG"),
    ]
    assert _entities(text, tagged)["KPP"] == "KPP"


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("BPN", "Badan Pangan Sejahtera"),  # a letter no word gives
        ("Kemenag", "Kementerian Kebudayaan"),
        ("Kejati Gorontalo", "Kejaksaan Tinggi Bengkulu"),  # another province
        ("Bank", "Bank Pembangunan Daerah"),  # a word, not a short form
        ("Komisi", "Komisi Pengawas Pangan"),
    ],
)
def test_names_that_do_not_abbreviate(short: str, full: str) -> None:
    assert not shortens(short, full)


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Kemendikdasmen", "Kementerian Pendidikan Dasar dan Menengah"),
        ("Kemenperin", "Kementerian Perindustrian"),
        ("Kemenhut", "Kementerian Kehutanan"),
        ("Kejari Sumedang", "Kejaksaan Negeri Sumedang"),
        ("DPPD Jambi", "Dewan Pengawas Pasar Daerah Jambi"),
        ("BHON", "Badan Hidrografi, Oseanografi, dan Navigasi"),
    ],
)
def test_blends_and_acronyms(short: str, full: str) -> None:
    assert shortens(short, full)


def test_a_blend_skips_no_country_closing_the_name() -> None:
    text = (
        "Juru bicara Kemenpar menyatakan keberatan. Sementara itu, Kementerian "
        "Pariwisata Nasional Meksiko belum memberi tanggapan."
    )
    tagged = [("Kemenpar", "ORG"), ("Kementerian Pariwisata Nasional Meksiko", "ORG")]
    assert _entities(text, tagged)["Kemenpar"] == "Kemenpar"
