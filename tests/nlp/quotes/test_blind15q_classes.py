"""Quote classes found on blind15q (issue 17), each on invented paragraphs.

* A holder named after an office the tagger took a "person" from ("Pemilik warung Sri
  Rejeki, Budi ...", "Jaksa Kejari X, Rina ...") is the subject the next "Menurut dia",
  "ia" and "-nya" point to.
* A clause after a verb of telling or assurance: the subject's age in a relative clause
  ("cucunya yang berusia tiga tahun baru dipulangkan"), a failure as predicate ("perahu
  oleng", "tanggul jebol"), a place inside the subject ("pasokan listrik di RSUD Palu
  mencukupi") and a state assured after a longer subject ("... untuk para pengungsi
  cukup").
* A letter's words ('"...," demikian bunyi surat itu') are its signer's (the agent of
  "ditandatangani" just before) or whoever spoke last.
* A quip thrown in ('"...," celetuknya') is a verb-first cue; a call name opening a
  sentence ("Bung Jefri menatap ...") is the subject the next "-nya" points to.
"""

import pytest
from tests.nlp.quotes.quoted import quotes_in as _quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in _quotes(text)]


QUIPS = [
    (
        "TUAL, SUARA MALUKU - Nelayan Tual memprotes dermaga rusak, Senin.\n\n"
        "Aksi itu digagas Jefri Manuhutu, nelayan tua yang dipanggil Bung Jefri oleh "
        'rekan-rekannya. "Kami sudah lapor dua kali," katanya.\n\n'
        "Kepala Dinas Perhubungan Kota Tual, Markus Renhoran, lalu menulis bahwa tim akan "
        'datang pekan ini. "Tolong jangan dibongkar dulu," tulis Markus.\n\n'
        'Para nelayan bersorak. Bung Jefri menatap perahunya. "Sayang, baru dicat," celetuknya.',
        ["Jefri Manuhutu", "Markus Renhoran", "Markus Renhoran", "Jefri Manuhutu"],
    ),
    (
        "BEKASI, RADAR BEKASI - Warga Tambun menanam pohon di jalan berlubang, Sabtu.\n\n"
        'Ketua RT setempat, Darto Wibisono, tampak kesal. "Sudah tiga tahun begini," '
        "ujarnya.\n\n"
        'Seorang pengendara, Lina Marlina, tertawa melihat pohon itu. "Lumayan, adem," '
        "celetuk Lina.",
        ["Darto Wibisono", "Lina Marlina"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), QUIPS)
def test_quip_is_a_cue_and_a_call_name_opening_a_sentence_is_its_subject(
    text: str, speakers: list[str]
) -> None:
    assert _speakers(text) == speakers


ULAMA_TITLES = [
    (
        "AGAM, PADANG EKSPRES - Ratusan jemaah menghadiri pengajian akbar di Surau Gadang, "
        "Jumat.\n\nPengajian dipimpin Buya H. Hamid Rasyid Tuanku Mudo, ulama yang akrab "
        'dipanggil Buya. "Jago shalat, jago adat," pesan Buya.\n\n'
        'Usai pengajian, Buya bercerita. "Dulu surau ramai sampai pagi," ujarnya.',
        ["Hamid Rasyid", "Hamid Rasyid"],
    ),
    (
        "SOLOK, HARIAN HALUAN - Tradisi makan bajamba digelar di Nagari Koto Baru, Minggu.\n\n"
        "Acara dibuka Buya Syafril Anwar Malin Bandaro. "
        '"Bajamba mengajarkan kita duduk sama rendah," kata Buya.',
        ["Syafril Anwar"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), ULAMA_TITLES)
def test_minang_ulama_titles_are_no_part_of_the_name(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


def test_customary_title_without_an_ulama_stays_in_the_name() -> None:
    text = (
        "TANAH DATAR, SINGGALANG - Pacu jawi kembali digelar, Sabtu.\n\n"
        'Wali Nagari Tabek, Yulius Malin Sati, bangga. "Ini milik anak nagari," ujarnya.'
    )
    assert _speakers(text) == ["Yulius Malin Sati"]


HOLDERS_AFTER_A_TAGGED_OFFICE = [
    (
        "METRO, LAMPUNG POST - Pedagang beras di Kota Metro kesulitan mendapat pasokan.\n\n"
        'Sarno (50), pedagang di Pasar Kopindo, mengaku rugi. "Gudang selalu kosong," '
        "ujarnya.\n\n"
        "Pemilik warung Sri Rejeki, Budi Hartono, membenarkan keluhan itu. Menurut dia, "
        'pasokan untuk tokonya dikurangi sejak bulan lalu. "Kami hanya menjual sesuai '
        'kuota," tuturnya.',
        ["Sarno", "Budi Hartono", "Budi Hartono"],
    ),
    (
        "KAUR, RAKYAT BENGKULU - Terdakwa korupsi dana desa divonis dua tahun, Rabu.\n\n"
        "Dalam amar putusan yang dibacakan hakim ketua Sahat Tambunan, majelis menyatakan "
        'terdakwa terbukti bersalah menyalahgunakan dana desa. "Menjatuhkan pidana penjara selama dua tahun," ucap Sahat.\n\n'
        "Vonis itu lebih ringan dari tuntutan. Jaksa penuntut umum Kejari Seluma, Rina "
        "Lubis, menyatakan pikir-pikir. Namun, ia mengatakan pihaknya akan mempelajari "
        'putusan itu. "Itu catatan kami," ujarnya.',
        ["Majelis", "Sahat Tambunan", "Rina Lubis", "Rina Lubis"],
    ),
    (
        "DEPOK, RADAR DEPOK - Harga gas melon di Depok naik, Kamis.\n\n"
        'Sumiati (41), ibu rumah tangga, mengeluh. "Sekarang Rp 25 ribu," ujarnya.\n\n'
        "Pemilik toko Budi Luhur, Agus Salim, membenarkan kenaikan itu. Ia mengatakan "
        'pangkalan mengurangi jatahnya. "Saya juga bingung," katanya.',
        ["Sumiati", "Agus Salim", "Agus Salim"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), HOLDERS_AFTER_A_TAGGED_OFFICE)
def test_holder_after_an_office_with_a_tagged_person_is_the_subject(
    text: str, speakers: list[str]
) -> None:
    assert _speakers(text) == speakers


KIN_TAKING_TURNS = [
    (
        "DEPOK, RADAR DEPOK - Di bengkel kecil di Beji, Haji Marzuki (70) masih memperbaiki "
        "sepeda tua. Tetangga memanggilnya Engkong Juki.\n\n"
        "Putranya, Ahmad Fauzan (35), ikut membantu. "
        '"Pak, sekarang orang beli sepeda baru," ujar Fauzan. '
        '"Yang baru juga nanti rusak," balas Engkong Juki. '
        'Fauzan tertawa. "Ya sudah, saya ikut belajar," katanya. '
        '"Nah, begitu," timpal sang ayah.',
        ["Ahmad Fauzan", "Marzuki", "Ahmad Fauzan", "Marzuki"],
    ),
    (
        "MEDAN, TRIBUN MEDAN - Seorang ibu dan putrinya berjualan lontong di Jalan Sei Batang "
        "Hari.\n\n"
        'Rosmawati (58) sudah berjualan sejak 1990. "Dulu satu porsi seratus rupiah," '
        'katanya. "Sekarang sepuluh ribu, Mak," sela Dewi Sartika, putrinya. "Tapi '
        'pembeli tetap datang," jawab Rosmawati. "Karena sambalnya," timpal putrinya.',
        ["Rosmawati", "Dewi Sartika", "Rosmawati", "Dewi Sartika"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), KIN_TAKING_TURNS)
def test_parent_or_child_after_a_turn_is_the_other_of_the_pair(
    text: str, speakers: list[str]
) -> None:
    assert _speakers(text) == speakers


NICKNAMES_AFTER_A_GIVEN_NAME = [
    (
        "SORONG, RADAR SORONG - PS Sorong menang 2-1, Sabtu. Gol kemenangan dicetak Yanto "
        "Kambu.\n\nYanto, yang di kampungnya akrab disapa Kaka Yan, mengaku senang. "
        '"Ini untuk Bapa," tulis Kaka Yan di akun Instagram-nya.\n\n'
        'Kaka mengaku sempat cedera. "Sa tahan sakit saja," tuturnya.',
        "Yanto Kambu",
    ),
    (
        "CIREBON, RADAR CIREBON - Pedagang empal gentong ramai pembeli, Minggu. Warung milik "
        "Dadang Supriatna buka sejak subuh.\n\nDadang, yang oleh pelanggan dipanggil Mang "
        'Dadang, bercerita. "Resepnya dari almarhum bapak," katanya.\n\n'
        'Mang Dadang lalu tertawa. "Jangan tanya bumbunya," ujarnya.',
        "Dadang Supriatna",
    ),
]


@pytest.mark.parametrize(("text", "owner"), NICKNAMES_AFTER_A_GIVEN_NAME)
def test_nickname_given_after_a_first_name_is_the_full_name(text: str, owner: str) -> None:
    assert set(_speakers(text)) == {owner}


TOLD_AS_A_CLAUSE = [
    (
        "Sumarni (40), warga Loa Janan, bercerita cucunya yang berusia tiga tahun baru "
        "dipulangkan dari rumah sakit pekan lalu.",
        "cucunya yang berusia tiga tahun",
    ),
    (
        "Seorang penumpang, Dedi Kurniawan (29), bercerita perahu oleng sebelum menabrak karang.",
        "perahu oleng sebelum menabrak",
    ),
    (
        "Kepala Desa Sumberjo, Waluyo, mengakui tanggul jebol setelah hujan dua hari.",
        "tanggul jebol setelah hujan",
    ),
    (
        "Manajer PLN setempat, Rudy Hartono, memastikan pasokan listrik di RSUD Palu mencukupi.",
        "pasokan listrik di RSUD Palu",
    ),
    (
        "Kepala BPBD Sigi, Arman Lasapa, memastikan persediaan beras untuk para pengungsi "
        "cukup hingga akhir bulan.",
        "persediaan beras untuk para pengungsi",
    ),
]


@pytest.mark.parametrize(("text", "start"), TOLD_AS_A_CLAUSE)
def test_clause_after_telling_or_assurance_is_a_quote(text: str, start: str) -> None:
    assert any(q.text.startswith(start) for q in _quotes(text))


def test_story_about_a_thing_is_no_quote() -> None:
    text = "Sumarni (40), warga Loa Janan, bercerita tentang cucunya yang berusia tiga tahun."
    assert _quotes(text) == ()


def test_person_after_a_cue_and_a_comma_is_no_holder() -> None:
    text = (
        "JAKARTA, KOMPAS - KPK mengirim surat panggilan ke rumah lama saksi, Senin.\n\n"
        '"Alamatnya salah," kata Yosef Manurung kepada wartawan.\n\n'
        "Surat itu dikirim ke Jalan Kenari, Menteng. Padahal kata Yosef, Sinta sudah "
        'pindah rumah. "Beliau sudah lama tidak tinggal di sana," ujarnya.'
    )
    assert _speakers(text)[-1] == "Yosef Manurung"


SIGNED_LETTERS = [
    (
        "BONE, TRIBUN BONE - Petani di Kecamatan Awangpone menyurati bupati.\n\n"
        "Surat bertanggal 3 Maret itu ditandatangani Ketua Kelompok Tani Sipatuo, Andi Baso "
        'Tenri. "Kami sudah dua musim gagal panen karena irigasi rusak," demikian bunyi '
        "surat itu.",
        ["Andi Baso Tenri"],
    ),
    (
        "KUPANG, POS KUPANG - Guru honorer di Kabupaten Kupang mengadu ke DPRD.\n\n"
        'Ketua forum guru honorer, Yakobus Ndun, membacakan tuntutan mereka. "Gaji kami '
        'sudah empat bulan belum dibayar," ujarnya. "Kami minta kepastian," begitu isi '
        "surat tersebut.",
        ["Yakobus Ndun", "Yakobus Ndun"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), SIGNED_LETTERS)
def test_letter_speaks_for_its_signer_or_who_spoke_last(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers
