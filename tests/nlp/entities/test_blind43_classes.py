"""blind43's classes (issue 17; invented sentences): a fault and a Sumatran river named
after places ("Sesar <City> <Name>", "Batang <Name>"), a nagari's bare name in the other
spelling, a market with its declared acronym, offices named by their port or nagari (a
harbour master's office, a fisheries base, a nagari's council of custom), a police unit
named with the force after its acronym, a short form of initials and a blend, a
region's blended short name, the international police organisation and Vietnam's
coastal provinces."""

from __future__ import annotations

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions


def _owner(text: str, form: str) -> list[tuple[str, str]]:
    """The (name, type) of each entity of ``text`` written ``form``."""
    _mentions, refs = resolve_article(text, find_mentions(text))
    return [(r.name, r.type) for r in refs if form in r.mentions]


@pytest.mark.parametrize(
    ("text", "form", "entity"),
    [
        # a fault named after a city and a second name: the fault, no city
        (
            "Getaran itu berasal dari Sesar Garut Cikuray yang aktif, kata petugas.",
            "Sesar Garut Cikuray",
            ("Sesar Garut Cikuray", "LOC"),
        ),
        # "Batang <Name>": a river of Sumatra, not the regency of Central Java
        (
            "Sawah warga di tepi Batang Mendalo terendam sejak Senin pagi.",
            "Batang Mendalo",
            ("Batang Mendalo", "LOC"),
        ),
        # a market with the acronym the article declares for it: a place, both names
        (
            "Harga cabai di Pasar Induk Sayur Lembayung (PISL) naik lagi. Pedagang PISL mengeluh.",
            "PISL",
            ("Pasar Induk Sayur Lembayung", "LOC"),
        ),
        # a harbour master's office by its class and port town
        (
            "Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP) Kelas III Waingapu "
            "menunda pelayaran kapal kayu.",
            "Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP) Kelas III Waingapu",
            ("Kantor Kesyahbandaran dan Otoritas Pelabuhan Kelas III Waingapu", "ORG"),
        ),
        # a fisheries supervision base by its port
        (
            "Kapal itu digiring ke Pangkalan Pengawasan Sumber Daya Kelautan dan Perikanan "
            "(PSDKP) Bitung untuk diperiksa.",
            "Pangkalan Pengawasan Sumber Daya Kelautan dan Perikanan (PSDKP) Bitung",
            ("Pangkalan Pengawasan Sumber Daya Kelautan dan Perikanan Bitung", "ORG"),
        ),
        # a nagari's council of custom by its nagari
        (
            "Ketua Kerapatan Adat Nagari (KAN) Sungai Tarab, Darwis, menolak rencana itu.",
            "Kerapatan Adat Nagari (KAN) Sungai Tarab",
            ("Kerapatan Adat Nagari Sungai Tarab", "ORG"),
        ),
        # a national police unit with the force after its acronym, and "<ACR> Polri"
        (
            "Badan Intelijen Keamanan (Baintelkam) Polri memantau unjuk rasa. "
            "Menurut Baintelkam Polri, situasi aman.",
            "Baintelkam Polri",
            ("Badan Intelijen Keamanan Polri", "ORG"),
        ),
        # a short form of initials and a blend ("Minyak dan Gas" as "Migas")
        (
            "Kuota itu diatur Satuan Kerja Khusus Pelaksana Kegiatan Usaha Hulu Minyak dan "
            "Gas Bumi (SKK Migas) tahun ini.",
            "SKK Migas",
            ("Satuan Kerja Khusus Pelaksana Kegiatan Usaha Hulu Minyak dan Gas Bumi", "ORG"),
        ),
        # a regency's short name blending its words' first syllables
        (
            "Banjir melanda Kabupaten Kutai Barat (Kubar), Kalimantan Timur. "
            "Di Kubar, ratusan rumah terendam.",
            "Kubar",
            ("Kabupaten Kutai Barat", "LOC"),
        ),
        (
            "Polisi meminta bantuan Interpol untuk memburu buronan itu.",
            "Interpol",
            ("Interpol", "ORG"),
        ),
        (
            "Nakhoda kapal itu, Le Van Hung (41), berasal dari Kien Giang, Vietnam.",
            "Kien Giang",
            ("Kien Giang", "LOC"),
        ),
    ],
)
def test_named_as_one_entity(text: str, form: str, entity: tuple[str, str]) -> None:
    assert _owner(text, form) == [entity]


def test_a_kin_name_stays_the_regency_of_java() -> None:
    """"Batang" after an office or before a person's name is the regency."""
    text = "Bupati Batang meninjau banjir. Warga Batang, Jawa Tengah, mengungsi."
    assert ("Kabupaten Batang", "LOC") in _owner(text, "Batang")


def test_a_nagari_written_in_the_other_spelling_is_the_nagari() -> None:
    """A nagari written in Minang spelling with its head, then in Indonesian spelling a
    letter apart, which the tagger reads as a person's name: one place, no person."""
    text = (
        "Banjir merendam Nagari Lubuak Sikaping Ilia. Petugas dari Lubuk Sikaping Ilia "
        "datang."
    )
    assert _owner(text, "Lubuk Sikaping Ilia") == [("Nagari Lubuak Sikaping Ilia", "LOC")]
