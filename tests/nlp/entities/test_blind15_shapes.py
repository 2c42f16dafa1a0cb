"""FE15: shapes of blind15's classes - a call name declared by "sapaan akrab <description>
itu", a one-word name shared by namesakes read as a given name, and a police corps word
("Pol") after a rank kept out of the holder's name (invented sentences; no seed or gold
text)."""

from __future__ import annotations

import pytest
from tests.nlp.entities.resolved import people

# -- "<Nick>, sapaan akrab <description> itu": the person named last -----------------------


@pytest.mark.parametrize(
    ("text", "full", "nick"),
    [
        ("Gubernur Riau Rahmat Hidayat meninjau posko banjir di Siak, Senin. Kobar, sapaan "
         "akrab mantan perwira itu, meminta bantuan disalurkan cepat. \"Jangan ada warga yang "
         "terlewat,\" kata Kobar.", "Rahmat Hidayat", "Kobar"),
        ("Bupati Sleman Darmaji Susilo membuka pasar murah, Selasa. Pakde, sapaan akrab bekas "
         "guru itu, berkeliling menyapa pedagang. Menurut Pakde, harga beras stabil.",
         "Darmaji Susilo", "Pakde"),
        ("Ketua koperasi nelayan Yohanis Rumbiak menerima bantuan perahu. Bung Yo, panggilan "
         "akrab lelaki paruh baya itu, berterima kasih. Bung Yo berharap bantuan berlanjut.",
         "Yohanis Rumbiak", "Bung Yo"),
    ],
)
def test_call_name_declared_by_a_description_is_the_person_named_last(
    text: str, full: str, nick: str
) -> None:
    found = people(text)
    assert nick in found.get(full, ()), found
    assert nick not in found, found


# -- a one-word name two namesakes named before hold: the one whose given name it is ----------


@pytest.mark.parametrize(
    ("text", "given_of", "other"),
    [
        ("Hakim ketua Darsono Pakpahan membacakan putusan untuk terdakwa Hendrik Darsono. "
         "\"Terdakwa terbukti bersalah,\" kata Darsono di ruang sidang.",
         "Darsono Pakpahan", "Hendrik Darsono"),
        ("Direktur Utama Wibowo Santoso meresmikan pabrik yang dibangun kontraktor Antonius "
         "Wibowo. Menurut Wibowo, pabrik itu menyerap 400 pekerja.",
         "Wibowo Santoso", "Antonius Wibowo"),
    ],
)
def test_one_word_name_of_two_namesakes_is_the_given_name(
    text: str, given_of: str, other: str
) -> None:
    found = people(text)
    assert len(found.get(given_of, ())) >= 2, found
    assert all(m == other or m.endswith(" " + other) for m in found.get(other, ())), found


# -- a police corps word after a rank: the rank's, not the name's ---------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("JAKARTA – Kapolri Jenderal Pol Dimas Arya Wicaksono memaparkan program kerja. Dimas "
         "mengatakan polisi siap.", "Dimas Arya Wicaksono"),
        ("MEDAN – Kapolda Sumut Irjen Pol Wahyu Hadi Santoso meninjau lokasi banjir. Wahyu "
         "mengatakan polisi siap.", "Wahyu Hadi Santoso"),
        ("BANDUNG – Kapolda Jawa Barat Irjen Pol. Rudi Setiawan meninjau pos mudik, Sabtu. "
         "Rudi meminta petugas siaga.", "Rudi Setiawan"),
    ],
)
def test_police_corps_after_a_rank_stays_out_of_the_name(text: str, name: str) -> None:
    found = people(text)
    assert name in found, found
    assert not any(k.startswith("Pol") for k in found), found
