"""Quote classes found on blind49q, each on invented paragraphs.

* A one-word name, then a relative clause with no commas ("Harjono yang mengenakan
  kemeja putih menyatakan ...") is the subject when the tagger found a person there.
* Where a named person comes from, after the name and its age ("Darmin (40) asal
  Kabupaten Gowa,"), is no part of the subject.
* A subjectless journey after a verb of telling ("bercerita berangkat ke ...") is the
  teller's clause.
* Words re-enacted from the re-enactor's own relation ("menirukan janji calonya") stay
  the re-enactor's; a promise is a noun of re-enacted speech.
* A handle commenting ('Akun @x berkomentar, "..."'), a bare "pemilik akun" pointing
  back to the account just named, and the owner named later ("Pemilik akun @x, Name")
  speaking as one person.
* In a hearing told turn by turn, '"...," selanya' after narration naming an earlier
  speaker is that speaker cutting in, not the one cut off.
"""

from tests.nlp.quotes.quoted import quotes_in
from tests.nlp.quotes.quoted import speaker_of as _speaker_of


def test_a_one_word_name_before_a_relative_clause_is_the_subject() -> None:
    text = (
        "Jakarta - Mantan camat Harjono divonis tiga tahun penjara.\n\n"
        "Harjono yang mengenakan kemeja putih menyatakan menerima putusan itu."
    )
    assert _speaker_of(text, "menerima putusan itu") == "Harjono"


def test_a_common_word_before_a_relative_clause_is_no_subject() -> None:
    text = "Pasal yang digugat para nelayan menyatakan izin tambang berlaku sepuluh tahun."
    assert _speaker_of(text, "izin tambang") in ("<missed>", None)


def test_the_origin_after_an_aged_name_ends_the_subject() -> None:
    text = (
        "Makassar - Puluhan warga tertipu investasi bodong.\n\n"
        "Warga lain, Darmin (40) asal Kabupaten Gowa, mengaku sudah tiga kali ditipu. "
        '"Saya kapok," katanya.'
    )
    assert _speaker_of(text, "sudah tiga kali ditipu") == "Darmin"
    assert _speaker_of(text, "Saya kapok") == "Darmin"


def test_a_journey_after_a_verb_of_telling_is_the_tellers_clause() -> None:
    text = (
        "Pinrang - Pedagang ikan, Samsuddin Lallo (45), bercerita berangkat ke Tawau lewat "
        "Parepare pada awal tahun."
    )
    assert _speaker_of(text, "berangkat ke Tawau") == "Samsuddin Lallo"


def test_words_of_the_reenactors_own_relation_stay_hers() -> None:
    text = (
        "Jakarta - Kepala Dinas Tenaga Kerja, Bambang Susilo, mengatakan banyak warga "
        'tertipu. "Mereka dijanjikan gaji tinggi," katanya.\n\n'
        "Seorang korban, sebut saja Mawar (25), berasal dari Pinrang. Ia dibujuk "
        'seorang calo berinisial RS. "Nanti gaji besar, tinggal berangkat," ujar Mawar '
        "menirukan janji calonya."
    )
    assert _speaker_of(text, "tinggal berangkat") == "Mawar"


def test_handles_and_the_owner_named_later() -> None:
    text = (
        "Bogor - Video antrean panjang di sebuah SPBU ramai dibagikan warganet.\n\n"
        "Video itu awalnya diunggah akun TikTok @rina_bgr. Dalam keterangannya, "
        'pemilik akun menulis, "Sudah dua jam saya antre di sini."\n\n'
        'Akun @tono.77 berkomentar, "Petugasnya cuma dua orang."\n\n'
        "Pemilik akun @rina_bgr, Rina Kartika (31), mengatakan antrean mengular hingga ke "
        'jalan raya. "Saya sampai telat kerja," ujarnya.'
    )
    assert _speaker_of(text, "dua jam saya antre") == "Rina Kartika"
    assert _speaker_of(text, "cuma dua orang") == "@tono.77"
    assert _speaker_of(text, "telat kerja") == "Rina Kartika"


def test_enggan_berkomentar_is_no_quote() -> None:
    text = "Kepala SPBU, Haris Munandar, enggan berkomentar soal antrean itu."
    assert not quotes_in(text)


def test_the_one_cutting_in_is_named_before_the_quote() -> None:
    text = (
        "Jakarta - Rapat Komisi VII DPR dengan PT Listrik Jaya berlangsung panas.\n\n"
        "Anggota Komisi VII DPR, Sondang Simatupang, mempertanyakan mengapa tarif naik dua "
        'kali. "Apakah itu sudah disetujui menteri?" tanya Sondang.\n\n'
        "Direktur Utama PT Listrik Jaya, Haryo Wicaksono, menjawab kenaikan itu sudah sesuai "
        'aturan. "Semua sudah kami laporkan, Bu," jawab Haryo.\n\n'
        'Penjelasan itu tak membuat Sondang puas. "Rakyat tidak peduli laporan, Pak," selanya.'
    )
    assert _speaker_of(text, "tidak peduli laporan") == "Sondang Simatupang"
