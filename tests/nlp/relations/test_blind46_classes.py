"""A day closing its sentence in local time, a passive relative clause's day left as
background, a request dated only by its deadline, the guests of an event, a vessel's hull
number, a civic body's whole name, a protest against the side its crowd accuses and a
request pressed by a protest, tested on invented sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import dated_triples

from warta.nlp.relations.numbered_units import units_with_number
from warta.records import Mention

PUBLISHED = "2026-11-07"

_dated = partial(dated_triples, published=PUBLISHED)


# 1. "…, Jumat (…) waktu setempat.": the day closing the sentence is the main act's,
# whatever the relative clause before it tells
def test_a_closing_day_in_local_time_dates_the_main_act() -> None:
    dated = _dated(
        "Rusia memveto draf resolusi Dewan Keamanan PBB mengenai perpanjangan sanksi "
        "terhadap Mali, Jumat (6/11/2026) waktu setempat."
    )
    assert ("Russia", "reject", "Dewan Keamanan PBB", "2026-11-06") in dated


# 2. "latihan yang digelar … sejak Senin": a passive relative clause's day is background;
# the next sentence goes on with the day of the summons
def test_a_passive_relative_day_is_background() -> None:
    dated = _dated(
        "Kementerian Luar Negeri Chile memanggil duta besar Peru, Kamis (5/11/2026), untuk "
        "memprotes latihan militer yang digelar angkatan laut Peru di perbatasan laut sejak "
        "Senin. Menteri Luar Negeri Chile juga meminta Lima menghentikan latihan itu."
    )
    assert ("Chile", "appeal", "Peru", "2026-11-05") in dated
    assert ("Chile", "appeal", "Peru", "2026-11-02") not in dated


# 3. "… paling lambat akhir Desember": the deadline's date is the asked act's; the
# request goes on with the day told before it
def test_a_request_dated_only_by_its_deadline_takes_the_day_told() -> None:
    dated = _dated(
        "Wali Kota Binjai, Hendra Gunawan, Kamis (5/11/2026), berjanji meninjau kembali "
        "aturan itu. Ia juga meminta PT Kereta Api Indonesia menyerahkan data penumpang "
        "paling lambat akhir Desember."
    )
    assert ("Hendra Gunawan", "demand", "PT Kereta Api Indonesia", "2026-11-05") in dated


# 4. "Pelepasan bantuan dihadiri A dan B": the guests give nothing to each other
def test_the_guests_of_an_event_are_no_sides_of_its_act() -> None:
    triples = {
        t[:3]
        for t in _dated(
            "Pemerintah Indonesia menyalurkan bantuan logistik bagi korban topan di Vanuatu, "
            "Selasa (3/11/2026). Pelepasan bantuan itu dihadiri Duta Besar Vanuatu untuk "
            "Indonesia dan Menteri Sosial."
        )
    }
    assert ("Indonesia", "aid", "Vanuatu") in triples
    assert ("Vanuatu", "aid", "Indonesia") not in triples


# 5. "kapal nelayan X No. 12": the hull number belongs to the vessel's name
def test_a_vessel_is_named_with_its_hull_number() -> None:
    text = "Penjaga pantai menahan kapal nelayan Sea Lark No. 12 di dekat karang itu."
    start = text.index("Sea Lark")
    found = units_with_number(text, [Mention(start, start + 8, "Sea Lark", "ORG", "Sea Lark")])
    assert [m.text for m in found] == ["Sea Lark No. 12"]
    address = "Kantornya di Jalan Melati No. 5 itu disegel."
    at = address.index("Jalan")
    kept = units_with_number(address, [Mention(at, at + 12, "Jalan Melati", "ORG", "Jalan Melati")])
    assert [m.text for m in kept] == ["Jalan Melati"]


# 6. "Serikat Nelayan X berunjuk rasa di halaman Kantor Bupati Y. Mereka menuduh PT Z …": the
# union is one body, and its protest, wanting nothing in its own sentence, is against the
# side the next sentence accuses, not the office it is held at
def test_a_protest_is_against_the_side_its_crowd_accuses_next() -> None:
    dated = _dated(
        "Sekitar dua ratus nelayan dari Serikat Nelayan Pantai Utara berunjuk rasa di halaman "
        "Kantor Bupati Batang, Selasa (3/11/2026). Mereka menuduh PT Baja Pesisir Utama "
        "mencemari perairan tangkap mereka."
    )
    triples = {t[:3] for t in dated}
    assert ("Serikat Nelayan Pantai Utara", "disapprove", "PT Baja Pesisir Utama") in triples
    assert not any(s == "Serikat Nelayan Pantai Utara" and "Batang" in t for s, _, t in triples)


# 7. "Di luar gedung, mahasiswa … berunjuk rasa … dan meminta X membatalkannya": a request
# pressed by a protest is a demand, made while the session just told sat
def test_a_request_made_in_a_protest_is_a_demand_on_the_sessions_day() -> None:
    dated = dated_triples(
        "DPRD Kota Sukamaju mengesahkan peraturan daerah tentang pajak hiburan dalam rapat "
        "paripurna, Senin (2/11/2026). Di luar gedung, belasan mahasiswa dari Aliansi "
        "Mahasiswa Sukamaju Peduli berunjuk rasa menolak aturan itu dan meminta Wali Kota "
        "Rudi Hartanto membatalkannya.",
        published="2026-11-03",
    )
    assert ("Aliansi Mahasiswa Sukamaju Peduli", "demand", "Rudi Hartanto", "2026-11-02") in dated
    assert not any(a == "appeal" for _, a, _, _ in dated)
