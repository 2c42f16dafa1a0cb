"""Quote classes found on blind9q (issue 17), each on invented paragraphs.

* An office followed by a club, a body or a place and no holder ("pelatih Persela",
  "Camat <kecamatan named before>", "Pelatih <club of the lede>") speaks as the office,
  not as the club or the place; "sang pelatih" and "-nya" after it point back to it.
* An office named with nobody before it ("Kepala Dinas X Kabupaten Y mengatakan")
  after a lede that only mentions places speaks for itself, not for a place.
* A title the tagger took for a person before the rest of its office ("Lurah
  Sukamaju, Siti Aminah, ...") leaves the holder as the person the sentence is about.
* A directive verb with an object and a verb clause is an indirect quote, with or
  without "agar/supaya" (label convention of issue 17); asking for a thing is not.
* A body's regional office after its full name and acronym ("Komisi X (KX) Perwakilan
  Y") is that office of the body.
* Words imitated ("ujar X menirukan ucapan pelaku") are the imitated person's; X stays
  the article's speaker.
* A figure put on record with no clause ("X mencatat 64 kasus ...") is a data record, no
  quote (label convention of issue 17); a recorded event with its predicate stays one.
"""

import pytest
from tests.nlp.quotes.quoted import quotes_in as _quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in _quotes(text)]


OFFICE_OF_A_CLUB = [
    (
        "Persela Lamongan kalah 0-1 dari tuan rumah di Stadion Surajaya, Minggu (13/12/2026)."
        '\n\nDi kubu tamu, pelatih Persela mengaku kecewa dengan wasit. "Kami dirugikan '
        'dua kali," ucapnya singkat.',
        "pelatih Persela",
    ),
    (
        "Laga di Stadion Kanjuruhan berakhir imbang 1-1, Sabtu (12/12/2026).\n\nSementara "
        'itu, pelatih Persipura menilai anak asuhnya kelelahan. "Jadwal kami terlalu '
        'padat," katanya.',
        "pelatih Persipura",
    ),
    (
        "Semarang - PSIS Semarang tumbang 0-3 dari tamunya di Stadion Citarum, Kamis "
        "(4/12/2026).\n\nPelatih PSIS mengakui lini belakang timnya mudah ditembus. "
        '"Kami kalah cepat," ujar sang pelatih seusai laga.',
        "Pelatih PSIS",
    ),
]


@pytest.mark.parametrize(("text", "office"), OFFICE_OF_A_CLUB)
def test_office_of_a_club_speaks_as_the_office(text: str, office: str) -> None:
    speakers = _speakers(text)
    assert speakers, text
    assert all(s is not None and s.casefold() == office.casefold() for s in speakers), speakers


OFFICE_OF_A_PLACE = [
    (
        "Warga Kampung Baru, Kelurahan Sukajadi, Tegalrejo, Magelang, menggelar kerja "
        "bakti, Minggu (13/12/2026).\n\nCamat Tegalrejo, yang datang ke lokasi, "
        'berharap warga rutin membersihkan selokan. "Jangan tunggu banjir dulu," ujarnya.',
        "Camat Tegalrejo",
    ),
    (
        "Banjir merendam tiga RW di Kelurahan Pedurungan, Semarang, Senin (7/12/2026).\n\n"
        'Camat Pedurungan mengatakan air mulai surut sore hari. "Pompa sudah jalan '
        'semua," katanya.',
        "Camat Pedurungan",
    ),
]


@pytest.mark.parametrize(("text", "office"), OFFICE_OF_A_PLACE)
def test_office_of_a_place_named_before_speaks_as_the_office(text: str, office: str) -> None:
    speakers = _speakers(text)
    assert speakers, text
    assert all(s is not None and s.casefold() == office.casefold() for s in speakers), speakers


UNHELD_OFFICE_AFTER_PLACES = [
    (
        "Dinas Kesehatan Kabupaten Sikka menetapkan status waspada diare setelah 20 warga "
        "di Kecamatan Paga Barat dirawat.\n\nKepala Dinas Kesehatan Kabupaten Sikka "
        "mengatakan sebagian besar pasien minum air sumur yang tercemar.",
        "Kepala Dinas Kesehatan Kabupaten Sikka",
    ),
    (
        "Dinas Pendidikan Kota Bitung meliburkan sekolah setelah banjir di Kecamatan "
        "Girian Atas.\n\nKepala Dinas Pendidikan Kota Bitung menyebut pelajaran diganti "
        "dengan tugas dari rumah.",
        "Kepala Dinas Pendidikan Kota Bitung",
    ),
]


@pytest.mark.parametrize(("text", "office"), UNHELD_OFFICE_AFTER_PLACES)
def test_unheld_office_after_a_lede_of_places_speaks_for_itself(text: str, office: str) -> None:
    assert _speakers(text) == [office]


TITLE_BEFORE_ITS_OFFICE = [
    (
        "Lurah Cempaka Putih, Rina Marlina, membantah pihaknya lamban. Menurut Ibu Lurah, "
        'petugas sudah membersihkan saluran kemarin. "Tapi hujannya deras sekali," '
        "ujarnya.",
        "Rina Marlina",
    ),
    (
        "Lurah Pasir Gunung Selatan, Endang Susilowati, menolak disebut diam. Menurut Ibu "
        "Lurah, "
        'laporan warga sudah diteruskan ke kecamatan. "Kami tinggal menunggu alat '
        'berat," ujarnya.',
        "Endang Susilowati",
    ),
]


@pytest.mark.parametrize(("text", "holder"), TITLE_BEFORE_ITS_OFFICE)
def test_title_before_its_office_leaves_the_holder(text: str, holder: str) -> None:
    speakers = _speakers(text)
    assert speakers, text
    assert set(speakers) == {holder}, speakers


def test_holder_after_an_office_of_a_body_stays_the_speaker() -> None:
    # The holder named after the club is the speaker, not the office.
    text = (
        "Pelatih Persela Lamongan, Rudi Hartono, menilai timnya kurang tenang. "
        '"Kami terburu-buru," katanya.'
    )
    assert set(_speakers(text)) == {"Rudi Hartono"}


# -- directive verbs with an object and a verb clause (label convention of issue 17) --

BARE_DIRECTIVES = [
    (
        "Menteri Desa Yulia Hartati meninjau posko banjir di Sampang. Ia meminta relawan "
        "mencatat kebutuhan obat warga lansia.",
        "relawan mencatat kebutuhan obat",
        "Yulia Hartati",
    ),
    (
        "Bupati Sleman Hendra Kurniawan meminta camat mendata ulang rumah yang retak.",
        "camat mendata ulang rumah",
        "Hendra Kurniawan",
    ),
    (
        "Kepala BPBD Garut Rudi Setiawan mengimbau warga menjauhi tebing selama hujan deras.",
        "warga menjauhi tebing",
        "Rudi Setiawan",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), BARE_DIRECTIVES)
def test_directive_with_object_and_verb_is_indirect_quote(
    text: str, content: str, speaker: str
) -> None:
    quotes = _quotes(text)
    hit = next((q for q in quotes if content in q.text), None)
    assert hit is not None, [(q.text, q.speaker) for q in quotes]
    assert (hit.kind, hit.speaker) == ("indirect", speaker)


def test_asking_for_a_thing_stays_narration() -> None:
    text = "Wartawan Dedi Prasetyo meminta maaf kepada narasumbernya di Bogor."
    assert _quotes(text) == ()


# -- a regional office of a body after its full name and acronym --

BRANCH_OFFICES = [
    (
        "Ombudsman Republik Indonesia (ORI) Perwakilan Maluku, dalam siaran pers, "
        "meminta pemerintah kota membuka data penerima bantuan.",
        "Ombudsman Republik Indonesia Perwakilan Maluku",
    ),
    (
        "Komisi Informasi Publik (KIP) Perwakilan Riau meminta sekolah menghentikan hukuman fisik.",
        "Komisi Informasi Publik Perwakilan Riau",
    ),
]


@pytest.mark.parametrize(("text", "body"), BRANCH_OFFICES)
def test_regional_office_after_acronym_is_the_body_office(text: str, body: str) -> None:
    assert [q.speaker for q in _quotes(text)] == [body]


# -- words imitated by the one who tells them --

IMITATED = [
    (
        'Kasat Reskrim AKP Yoga Pratama membenarkan penangkapan itu. "Motor itu sudah kami '
        'sita," kata Yoga.\n\nKepada penyidik, DN mengaku motor curian dijual ke Dumai. '
        '"Buat beli rokok," ujar Yoga menirukan ucapan pelaku.\n\nIa mengimbau '
        "warga memasang kunci ganda pada motornya.",
        ["Yoga Pratama", "DN", "DN", "Yoga Pratama"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), IMITATED)
def test_imitated_words_are_the_imitated_persons(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in _quotes(text)] == speakers


# -- where a speaker comes from between the name and the verb --


def test_affiliation_between_name_and_verb_keeps_the_subject() -> None:
    text = (
        'Rapat dengar pendapat dibuka Ketua Komisi IX, Lestari Wibowo. "Silakan mulai," '
        "kata Lestari.\n\nPada sesi berikutnya, Johan Siregar dari Fraksi Nusantara Raya "
        "mempersoalkan stok obat. Ia meminta dinas kesehatan mengumumkan jadwal distribusi."
    )
    quotes = _quotes(text)
    assert [q.speaker for q in quotes] == ["Lestari Wibowo", "Johan Siregar"]


MORE_DIRECTIVES = [
    (
        "Ketua kelompok tani, Darmaji, meminta Pemerintah Provinsi turun tangan mengatasi "
        "kekeringan.",
        "Pemerintah Provinsi turun tangan",
        "Darmaji",
    ),
    (
        "Kapolres Sumba Barat AKBP Tegar Wicaksana mengimbau penghuni yang rumahnya di "
        "lereng bukit berkemas sebelum hujan lebat datang.",
        "penghuni yang rumahnya di lereng bukit",
        "Tegar Wicaksana",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), MORE_DIRECTIVES)
def test_directive_shapes_without_marker(text: str, content: str, speaker: str) -> None:
    quotes = _quotes(text)
    hit = next((q for q in quotes if content in q.text), None)
    assert hit is not None, [(q.text, q.speaker) for q in quotes]
    assert hit.speaker == speaker


TERRITORIAL_OFFICE_ALONE = [
    (
        "Kapolsek Wonosari meninjau lokasi bersama tim SAR. Kapolsek meminta pengunjung "
        'menjauhi bibir sungai. "Arusnya masih deras," ujarnya.',
        "Kapolsek Wonosari",
    ),
    (
        "Camat Tanjungsari datang ke lokasi kebakaran pagi tadi. Camat meminta warga "
        'memeriksa instalasi listrik rumahnya. "Kabel tua itu bahaya," katanya.',
        "Camat Tanjungsari",
    ),
]


@pytest.mark.parametrize(("text", "office"), TERRITORIAL_OFFICE_ALONE)
def test_territorial_office_with_no_holder_is_the_speaker(text: str, office: str) -> None:
    speakers = _speakers(text)
    assert len(speakers) == 2, speakers
    assert all(s is not None and s.casefold() == office.casefold() for s in speakers), speakers


# -- data records are no quotes (label convention of issue 17) --

DATA_RECORDS = [
    "Dinas Kesehatan Kabupaten Sumbawa mencatat 64 kasus diare sepanjang Oktober 2026.",
    "Bank Pembangunan Daerah Lampung mencatat laba bersih Rp410 miliar sampai September 2026.",
    "Badan Pusat Statistik Kota Palu merilis inflasi tahunan sebesar 2,7 persen pada November.",
    "Balai Taman Nasional Kerinci Seblat melaporkan 37 titik api di kawasan penyangga pekan lalu.",
]


@pytest.mark.parametrize("text", DATA_RECORDS)
def test_a_figure_put_on_record_is_no_quote(text: str) -> None:
    assert _quotes(text) == ()


RECORDED_EVENTS = [
    (
        "Basarnas Palu mencatat dua pemancing hilang terseret arus di muara Sungai Palu.",
        "dua pemancing hilang",
    ),
    (
        "Dinas Kesehatan Kota Kendari mencatat ada 75 kasus campak di tiga kecamatan.",
        "ada 75 kasus campak",
    ),
]


@pytest.mark.parametrize(("text", "content"), RECORDED_EVENTS)
def test_a_recorded_event_with_its_predicate_stays_a_report(text: str, content: str) -> None:
    assert any(content in q.text for q in _quotes(text)), _quotes(text)
