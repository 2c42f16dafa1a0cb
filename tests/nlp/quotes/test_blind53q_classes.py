"""Quote classes found on blind53q, each on invented paragraphs.

* A quantity reached so far after a weak verb of admitting ("mengakui serapan anggaran
  di dinasnya baru sekitar 40 persen"), "baru" before the figure, a hedge before it or
  not, is reported speech, as "hanya"/"masih" before a figure are.
* A request that its addressee be given a part, in the passive, with when it should
  start ("meminta nelayan dilibatkan sejak awal dalam penyusunan aturan zonasi"), is
  reported speech.
* A reporter's words on air credited by the bare stem of "melaporkan" ('"...," lapor
  Dina dari lokasi') are a direct quote of the reporter.
* A source described who agrees to be named only by a call name ("seorang penjual
  cabai yang cuma bersedia disebut nama panggilannya, Mang Ujang,") is that call name,
  never the person named before.
* A verb of explaining whose whole object is the topic it explains ("menjelaskan
  kondisi para pasien.", "memaparkan kronologi kejadian.") reports nothing; a clause
  after the topic's noun is still the report.
"""

from tests.nlp.quotes.quoted import quotes_in
from tests.nlp.quotes.quoted import speaker_of as _speaker_of


def test_an_admitted_amount_reached_so_far_is_reported() -> None:
    text = (
        "Bengkulu - Proyek irigasi di Kabupaten Seluma molor dari jadwal, Rabu (4/2/2026).\n\n"
        "Kepala Dinas PUPR Seluma, Gusti Randa, mengakui realisasi fisik proyek itu baru "
        "sekitar 40 persen. Ia menyebut kontraktor kekurangan pekerja."
    )
    assert _speaker_of(text, "realisasi fisik proyek itu") == "Gusti Randa"


def test_an_admitted_amount_without_a_hedge_is_reported() -> None:
    text = (
        "Ternate - Vaksinasi rabies di Halmahera Barat tertinggal, Senin (9/2/2026).\n\n"
        "Kepala Puskesmas Jailolo, Nurlela Tuanany, mengakui cakupan vaksin anjing di "
        "wilayahnya baru 35 persen."
    )
    assert _speaker_of(text, "cakupan vaksin anjing") == "Nurlela Tuanany"


def test_a_requested_part_in_the_passive_with_its_start_is_reported() -> None:
    text = (
        "Sibolga - Rencana zonasi pesisir Tapanuli Tengah dibahas di DPRD, Kamis (5/2/2026).\n\n"
        "Ketua Himpunan Nelayan Tapanuli Tengah, Marulak Hutabarat, meminta nelayan "
        "dilibatkan sejak awal dalam penyusunan aturan zonasi tersebut."
    )
    assert _speaker_of(text, "nelayan dilibatkan sejak awal") == "Marulak Hutabarat"


def test_a_request_for_a_thing_is_still_no_report() -> None:
    text = (
        "Sibolga - Nelayan berunjuk rasa di kantor bupati, Kamis (5/2/2026).\n\n"
        "Ketua Himpunan Nelayan Tapanuli Tengah, Marulak Hutabarat, meminta maaf "
        "sejak awal kepada warga."
    )
    assert not quotes_in(text)


def test_a_reporters_words_on_air_credited_by_lapor() -> None:
    text = (
        "PALU, Warta TV - Gempa bermagnitudo 5,2 mengguncang Kabupaten Sigi, Selasa "
        "(10/2/2026).\n\n"
        "Reporter Warta TV, Dina Marlina, melaporkan langsung dari Desa Bora. "
        '"Saat ini warga masih bertahan di tenda-tenda darurat di lapangan desa," '
        "lapor Dina dalam siaran langsung."
    )
    quote = next(q for q in quotes_in(text) if "warga masih bertahan" in q.text)
    assert (quote.speaker, quote.kind, quote.cue) == ("Dina Marlina", "direct", "lapor")


def test_a_source_named_only_by_the_call_name_he_agreed_to() -> None:
    text = (
        "BANDUNG - Harga cabai rawit naik tajam di Pasar Ciroyom, Jumat (6/2/2026).\n\n"
        "Kepala Dinas Perdagangan Kota Bandung, Rudi Hermawan, membantah ada kelangkaan "
        'pasokan. "Stok aman sampai akhir bulan," ujarnya.\n\n'
        "Di depan los sayur, seorang penjual cabai yang cuma bersedia disebut nama "
        "panggilannya, Mang Ujang, mengaku omzetnya turun separuh sejak pekan lalu. "
        '"Pembeli sekarang cuma beli seperempat," katanya.'
    )
    assert _speaker_of(text, "omzetnya turun separuh") == "Mang Ujang"
    assert _speaker_of(text, "Pembeli sekarang cuma") == "Mang Ujang"
    assert _speaker_of(text, "Stok aman") == "Rudi Hermawan"


def test_a_nickname_declared_of_the_one_named_before_still_is_his() -> None:
    text = (
        "Garut - Seorang perajin domba hias meraih juara nasional, Minggu (8/2/2026).\n\n"
        "Juaranya Dadang Sumarna (52). Ia lebih dikenal warga dengan nama panggilannya, "
        'Abah Jenggot.\n\n"Domba ini saya rawat sejak lahir," kata Abah Jenggot.'
    )
    assert _speaker_of(text, "Domba ini saya rawat") == "Dadang Sumarna"


def test_an_explained_topic_alone_is_no_report() -> None:
    text = (
        "Kendal - Belasan santri dirawat setelah makan nasi kotak, Sabtu (7/2/2026).\n\n"
        "Bergantian, Kepala Dinas Kesehatan Kendal, dr. Sulastri Wibowo, yang menjelaskan "
        "kondisi para santri. Kapolres Kendal, AKBP Irawan Susilo, memaparkan kronologi "
        "kejadian."
    )
    assert not quotes_in(text)


def test_an_explained_topic_with_its_predicate_is_reported() -> None:
    text = (
        "Kendal - Belasan santri dirawat setelah makan nasi kotak, Sabtu (7/2/2026).\n\n"
        "Kepala Dinas Kesehatan Kendal, Sulastri Wibowo, menjelaskan kondisi para santri "
        "sudah membaik."
    )
    assert _speaker_of(text, "kondisi para santri sudah membaik") == "Sulastri Wibowo"
