"""Quote classes found on blind45q, each on invented paragraphs.

* A figure with a decimal comma, or a range of two figures ("1,5 sampai 3"), is one word
  of the clause after a weak or directive verb, not a clause boundary.
* "terus" before a verb is the predicate of a clause after a weak verb ("mengakui
  jumlah pelanggan di kotanya terus berkurang").
* An office and its holder set off by commas, then "melalui" an aide: the holder speaks
  ("Kapolres X, AKBP Y, melalui Kasat Z, mengatakan ...").
* A bare title said again ("Bupati juga meminta ...") is the holder the article gave
  between commas after that office ("Bupati X, Y, ...").
* A speech read out for an official after a verb-first cue ('"...," kata Y membacakan
  sambutan bupati'): the official says the words.
"""

from tests.nlp.quotes.quoted import quotes_in
from tests.nlp.quotes.quoted import speaker_of as _speaker_of


def test_a_decimal_figure_and_a_range_inside_the_clause() -> None:
    text = (
        "Kepala Balai Wilayah Sungai Ambon, Markus Latuheru, mengingatkan muka air "
        "1,5 sampai 3 meter masih bisa naik malam ini."
    )
    assert _speaker_of(text, "muka air 1,5 sampai") == "Markus Latuheru"


def test_terus_before_a_verb_is_a_predicate() -> None:
    text = (
        "Kepala SMP Negeri 7 Kolaka, Rahmawati Lasido, mengakui jumlah siswa baru di "
        "sekolahnya terus berkurang sejak tiga tahun lalu."
    )
    assert _speaker_of(text, "jumlah siswa baru di") == "Rahmawati Lasido"


def test_a_noun_object_before_terus_is_still_no_clause() -> None:
    text = "Bupati Kolaka, Ahmad Sarwan, mengakui kesalahannya saat rapat kemarin."
    assert not any("kesalahannya" in q.text for q in quotes_in(text))


def test_an_office_and_its_holder_speak_through_an_aide() -> None:
    text = (
        "Kapolres Manggarai, AKBP Yosef Nahak, melalui Kasat Reskrim AKP Bernadus Dopo, "
        'mengatakan pelaku ditangkap di rumah kerabatnya. "Barang bukti sudah kami '
        'amankan," ujarnya.'
    )
    assert _speaker_of(text, "pelaku ditangkap di rumah") == "Yosef Nahak"
    assert _speaker_of(text, "Barang bukti sudah kami") == "Yosef Nahak"


def test_a_body_through_its_officer_is_still_the_officer() -> None:
    text = (
        "Operator Kapal Cepat Nusa Indah, melalui manajer cabangnya, Hendrik Lay, "
        "memastikan jadwal keberangkatan tetap berjalan."
    )
    assert _speaker_of(text, "jadwal keberangkatan tetap") == "Hendrik Lay"


def test_a_bare_title_is_its_holder_between_commas() -> None:
    text = (
        "Bupati Sikka, Paulus Moat Tana, meresmikan pasar ikan baru di Maumere, Senin. "
        "Ia mengatakan pasar itu menampung 200 pedagang.\n\n"
        "Bupati juga meminta dinas perikanan mendata nelayan yang belum punya kartu."
    )
    assert _speaker_of(text, "dinas perikanan mendata") == "Paulus Moat Tana"


def test_a_speech_read_out_is_its_owners() -> None:
    text = (
        "Bupati Sikka, Paulus Moat Tana, tidak bisa datang ke acara Hari Nelayan di "
        "Maumere, Senin. Sambutannya dibacakan Sekretaris Daerah, Agnes Wio.\n\n"
        '"Laut kita kaya, tetapi nelayan kita belum sejahtera," kata Agnes membacakan '
        "sambutan bupati."
    )
    assert _speaker_of(text, "Laut kita kaya") == "Paulus Moat Tana"
