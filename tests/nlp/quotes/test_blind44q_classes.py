"""Quote classes found on blind44q, each on invented paragraphs.

* "menuliskan" (writing down) reports what follows "bahwa"; its object, or words
  quoted after it, are the words set down, no statement.
* A comment posted under a post is a verb-first cue ('"...," komentar akun @x').
* "akun tersebut"/"akun itu" after a verb-first cue is the account the article named
  last by its handle.
* A bare lower-case title said again ('"...?" tanya hakim lagi') is the holder written
  right after that title and its comma before ("Ketua majelis hakim, X,").
* After a setting opening the sentence, the region closing it ("Di Pasar X, Kota Y,
  seorang pedagang, Z, ...") is the rest of where, no speaker with a role.
* A "person" the tagger reads from "Negeri" after a school's or a court's word ("SMP" +
  "Negeri 3 X") is the rest of a state body's name: the holder after it is the subject.
* A one-word given name the tagger calls a place (a regency's name) that opens a
  person's longer name written before is that person, whom "ujarnya" points back to.
"""

from tests.nlp.quotes.quoted import quotes_in
from tests.nlp.quotes.quoted import speaker_of as _speaker_of


def test_writing_down_reports_only_with_bahwa() -> None:
    text = (
        "Surat seorang perawat, Yulia Hendrawati, beredar luas. Yulia menuliskan bahwa "
        "ruang isolasi di puskesmasnya kekurangan tabung oksigen.\n\n"
        "Ia juga menuliskan nama semua pasiennya di papan tulis."
    )
    found = quotes_in(text)
    assert _speaker_of(text, "ruang isolasi di puskesmasnya") == "Yulia Hendrawati"
    assert not any("nama semua pasiennya" in q.text for q in found)


def test_words_quoted_after_writing_down_are_no_statement() -> None:
    text = 'Panitia menuliskan, "Selamat datang para peserta lomba," di spanduk depan gedung.'
    assert not any(q.cue == "menuliskan" for q in quotes_in(text))


def test_a_comment_and_an_account_said_again() -> None:
    text = (
        "Video genangan di Jalan Merdeka viral setelah diunggah akun Instagram "
        "@info_kotaraya pada Selasa (3/2/2026).\n\n"
        '"Air sudah masuk rumah sejak subuh. Tolong bantu kami," tulis akun tersebut.\n\n'
        '"Tiap tahun begini terus, tidak ada perubahan," komentar akun @pak_darto21.'
    )
    assert _speaker_of(text, "Air sudah masuk rumah") == "@info_kotaraya"
    assert _speaker_of(text, "Tiap tahun begini terus") == "@pak_darto21"


def test_a_bare_title_said_again_is_its_holder() -> None:
    text = (
        "Perkara korupsi dana desa disidangkan lagi oleh Pengadilan Negeri Kupang, "
        "Senin (5/1/2026). Jaksa menghadirkan bendahara desa, Marlina Bere (40), sebagai "
        "saksi.\n\n"
        "Ketua majelis hakim, Yohanes Tefa, bertanya soal pencairan dana. "
        '"Siapa yang memerintahkan pencairan itu?" tanya Yohanes.\n\n'
        '"Kepala desa, Yang Mulia," jawab Marlina.\n\n'
        '"Apakah ada surat perintahnya?" tanya hakim lagi.'
    )
    assert _speaker_of(text, "Apakah ada surat perintahnya") == "Yohanes Tefa"


def test_the_region_closing_a_setting_is_no_speaker() -> None:
    text = (
        "Harga cabai di Kota Malang naik tajam pekan ini.\n\n"
        "Di Pasar Besar Malang, Jawa Timur, seorang pedagang, Suminah (52), mengaku "
        'omzetnya turun separuh. "Pembeli sekarang cuma beli seperempat kilo," ucapnya.'
    )
    assert _speaker_of(text, "omzetnya turun separuh") == "Suminah"
    assert _speaker_of(text, "Pembeli sekarang") == "Suminah"


def test_the_rest_of_a_state_school_s_name_is_no_person() -> None:
    text = (
        "Harga cabai di Kota Malang naik tajam pekan ini.\n\n"
        "Di Pasar Besar Malang, Jawa Timur, seorang pedagang, Suminah (52), mengaku "
        'omzetnya turun separuh. "Pembeli sekarang cuma beli seperempat kilo," ucapnya.\n\n'
        "Kepala SMP Negeri 3 Batu, Lestari Wulandari, membenarkan kegiatan itu. "
        '"Anak-anak senang sekali," ujarnya.\n\n'
        "Kepala SD Negeri 12 Oebobo, Maria Seran, menyatakan sekolahnya kekurangan guru."
    )
    assert _speaker_of(text, "Anak-anak senang") == "Lestari Wulandari"


def test_a_given_name_tagged_a_place_is_the_person_named_before() -> None:
    text = (
        "Pasangan ganda putra kita, Dimas Arya Nugraha/Bima Prasetyo Adi, menjuarai "
        "turnamen di Tokyo, Minggu (12/7/2026).\n\n"
        'Dimas mengatakan mereka sempat gugup. "Kami terus saling menyemangati," katanya.\n\n'
        "Bima mengaku sulit tidur selama turnamen karena cedera lutut yang dialaminya. "
        '"Sakitnya masih ada, tapi saya tahan," ujarnya.'
    )
    assert _speaker_of(text, "Sakitnya masih ada") == _speaker_of(text, "sulit tidur")
    assert _speaker_of(text, "Sakitnya masih ada") != "Dimas Arya Nugraha"
