"""blind44's classes (issue 17; invented sentences): a Sasak name opened by "Lalu" in
apposition after a long office, a cape and an island named after a city, a museum named
after its city and the unit that runs it, a second name given before the demonstrative,
a former name "called by" people, a technical unit named by its town after its acronym,
a special economic zone by its bare name, a coordinating ministry written in full, a
regional company with its legal form written out, and a Dutch surname cited with its
capitalised particle."""

from __future__ import annotations

import pytest
from tests.nlp.entities.resolved import people, references


def _owner(text: str, form: str) -> list[tuple[str, str]]:
    """The (name, type) of each entity of ``text`` written ``form``."""
    return [(name, type_) for name, type_, forms in references(text) if form in forms]


@pytest.mark.parametrize(
    ("text", "form", "entity"),
    [
        # a cape whose one-word name the tagger does not know
        (
            "Perahu itu karam tak jauh dari Tanjung Kelor, Kecamatan Sape, Senin.",
            "Tanjung Kelor",
            ("Tanjung Kelor", "LOC"),
        ),
        # an island named after the city on it: the island, no city
        (
            "Kota Batam tenang. Angin kencang melanda pesisir timur Pulau Batam sejak pagi.",
            "Pulau Batam",
            ("Pulau Batam", "LOC"),
        ),
        # a museum named by its subject and its city: one place holding the city
        (
            "Museum Sejarah Semarang dibuka lagi setelah atapnya diperbaiki.",
            "Museum Sejarah Semarang",
            ("Museum Sejarah Semarang", "LOC"),
        ),
        # a region's unit running a site: a body, its site's name inside
        (
            "Kepala Unit Pengelola Museum Seni Bandung, Rina Sari, membuka pameran.",
            "Unit Pengelola Museum Seni Bandung",
            ("Unit Pengelola Museum Seni Bandung", "ORG"),
        ),
        # a second name given by a relative clause closed by the demonstrative after it
        (
            "Jembatan Merah Putih dibuka lagi. Jembatan yang juga dikenal sebagai "
            "Jembatan Galala itu dipadati warga.",
            "Jembatan Galala",
            ("Jembatan Merah Putih", "LOC"),
        ),
        # a former name people still call it by
        (
            "Pedagang di Pasar Raya Cemara mengeluh. Meski sudah berganti nama, pasar itu "
            "masih kerap disebut orang dengan nama lama, Pasar Inpres Cemara.",
            "Pasar Inpres Cemara",
            ("Pasar Raya Cemara", "LOC"),
        ),
        # a ministry's technical unit named by its town after the acronym it declares
        (
            "Sampel dikirim ke Balai Penelitian Ternak (BPT) Ciawi untuk diuji.",
            "Balai Penelitian Ternak (BPT) Ciawi",
            ("Balai Penelitian Ternak Ciawi", "ORG"),
        ),
        # a special economic zone by its bare name, written before the full one too
        (
            "Jalan menuju Tanjung Kelayang macet. Bus wisata berjejal memasuki Kawasan "
            "Ekonomi Khusus (KEK) Tanjung Kelayang di Belitung.",
            "Tanjung Kelayang",
            ("Kawasan Ekonomi Khusus Tanjung Kelayang", "LOC"),
        ),
        # a coordinating ministry written in full, its holder after the comma
        (
            "Deputi Kementerian Koordinator Bidang Pangan, Rudi Hartono, menyebut stok aman.",
            "Kementerian Koordinator Bidang Pangan",
            ("Kementerian Koordinator Bidang Pangan", "ORG"),
        ),
        # its fields listed with commas and "dan"
        (
            "Rapat di Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan "
            "berlangsung tertutup.",
            "Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan",
            ("Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan", "ORG"),
        ),
        # a regional company with its legal form written out, then cited short
        (
            "Perusahaan Umum Daerah (Perumda) Aneka Usaha Bina Karya Kabupaten Kendal "
            "merugi. Direktur Perumda Bina Karya, Budi Santoso, meminta maaf.",
            "Perumda Bina Karya",
            ("Perusahaan Umum Daerah Aneka Usaha Bina Karya Kabupaten Kendal", "ORG"),
        ),
    ],
)
def test_blind44_class(text: str, form: str, entity: tuple[str, str]) -> None:
    assert _owner(text, form) == [entity]


def test_museum_named_otherwise_is_left_to_the_tagger() -> None:
    # no place closes the name: not made a place here (the press runs it as a body too)
    text = "Warga mengunjungi Museum Sang Nila kemarin."
    assert all(not name.startswith("Museum") for name, _t, _f in references(text))


def test_sasak_title_opens_a_holder_in_apposition() -> None:
    text = (
        "Kepala Dinas Pertanian Kabupaten Lombok Barat, Lalu Wiranata, mengatakan panen "
        'mundur. "Benih sudah kami siapkan," kata Wiranata.'
    )
    assert people(text) == {"Lalu Wiranata": ("Lalu Wiranata", "Wiranata")}


def test_dutch_surname_with_capitalised_particle() -> None:
    text = (
        "Polisi memeriksa warga Belanda Hendrik van den Berg (51). Menurut polisi, "
        "Van den Berg menyewakan vila tanpa izin."
    )
    assert people(text) == {"Hendrik van den Berg": ("Hendrik van den Berg", "Van den Berg")}
