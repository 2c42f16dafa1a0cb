"""Quote classes found on blind48q, each on invented paragraphs.

* An unprefixed verb of leaving ("keluar", "pergi", "pulang", "kabur") is the predicate
  of a clause after a weak verb ("bercerita istrinya keluar rumah ..."); not an exit named
  ("pintu keluar").
* "rawan" and "gratis" are predicates of condition after a subject of two words or more
  ("mengakui jalan lingkar itu rawan bagi truk", "memastikan kios di pasar baru gratis").
* The agent of a passive who comes from a place and won with a result ("gelar juara
  diraih X asal Y dengan waktu ...") is the one the next "katanya" points to.
* A company's regional unit written after the company's acronym ("PT X (X) Daerah
  Operasi (Daop) 3 Kota") speaks as one body; "tulis X" and "Manajemen ..." after it are
  that unit.
"""

from tests.nlp.quotes.quoted import quotes_in
from tests.nlp.quotes.quoted import speaker_of as _speaker_of


def test_a_verb_of_leaving_is_a_predicate() -> None:
    text = (
        "Pedagang sayur, Wawan Setiadi (50), bercerita istrinya keluar rumah karena hendak "
        'membeli obat di apotek. "Saya sudah larang," ujarnya.'
    )
    assert _speaker_of(text, "istrinya keluar rumah") == "Wawan Setiadi"


def test_an_exit_named_is_no_predicate() -> None:
    text = "Kepala Terminal Giwangan, Agus Widodo, mengecek pintu keluar bus antarkota."
    assert not any("pintu keluar" in q.text for q in quotes_in(text))


def test_rawan_and_gratis_are_predicates_of_condition() -> None:
    text = (
        "Kepala Dinas Pekerjaan Umum Kabupaten Sleman, Joko Prasetyo, mengakui jalan "
        "Kaliurang-Pakem rawan bagi truk karena tanjakannya curam.\n\n"
        "Kepala Dinas Perdagangan Kota Bogor, Lina Marlina, memastikan kios di Pasar Bogor "
        "gratis hingga akhir tahun."
    )
    assert _speaker_of(text, "rawan bagi truk") == "Joko Prasetyo"
    assert _speaker_of(text, "gratis hingga akhir") == "Lina Marlina"


def test_a_passive_agent_from_a_place_with_a_result_speaks_next() -> None:
    text = (
        "Pelari asal Kudus, Agus Santoso, menjuarai lomba lari 10K di Semarang. Agus mengaku "
        'sempat kram di kilometer delapan. "Saya paksa terus," ujarnya.\n\n'
        "Untuk nomor putri, gelar juara diraih Sinta Dewi asal Kabupaten Pati dengan waktu "
        '38 menit 12 detik. "Saya tidak menyangka bisa menang," katanya.'
    )
    assert _speaker_of(text, "tidak menyangka") == "Sinta Dewi"


def test_a_regional_unit_of_a_company_speaks_as_one_body() -> None:
    unit = "PT Angkasa Pura Nusantara (APN) Kantor Regional 2 Medan"
    text = (
        "MEDAN - Hujan deras membuat landasan ditutup sementara, Selasa (3/3/2026).\n\n"
        f"{unit} dalam keterangan tertulis menyatakan penerbangan belum bisa mendarat hingga "
        'cuaca membaik. "Kami mohon maaf atas keterlambatan ini," tulis APN dalam keterangan '
        "itu.\n\n"
        "Manajemen juga menyebutkan bahwa penumpang yang tertunda lebih dari empat jam mendapat "
        "kompensasi."
    )
    assert _speaker_of(text, "penerbangan belum bisa") == unit
    assert _speaker_of(text, "mohon maaf") == unit
    assert _speaker_of(text, "tertunda lebih dari") == unit


def test_an_officer_of_a_regional_unit_is_still_the_speaker() -> None:
    text = (
        "Manajer PT Angkasa Pura Nusantara (APN) Kantor Regional 2 Medan, Rudi Hartono, "
        "mengatakan penerbangan belum bisa mendarat hingga cuaca membaik."
    )
    assert _speaker_of(text, "penerbangan belum bisa") == "Rudi Hartono"
