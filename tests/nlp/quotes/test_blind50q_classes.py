"""Quote classes found on blind50q, each on invented paragraphs.

* A Balinese name called later by its birth-order word ("Ni Kadek Sari Dewi" ... "jawab
  Kadek") is the whole name, "Ni" included; a Balinese caste title the tagger left out
  of the person ("Anak Agung Gde", "Cokorda") stays in the speaker's name.
* The Sasak title "Lalu" inside a phrase, after a rank ("Kombes Pol Lalu ..."), opens
  the name; a sentence's opening "Lalu" ("then") does not.
* "bertanya" with a comma and a quote after it is a cue ('Hakim X lalu bertanya, "...?"');
  not for a journalist's question, nor with a clause ("bertanya apakah ...").
* A bare quote right after a sentence that narrates its subject saying or asking ("Rudi
  kemudian bertanya soal jadwal.") is that subject's, not the last speaker's.
* A request made as the manner of an act ("membuka rapat dengan meminta ...") is the
  actor's; a request of a passive act and its agent ("meminta biaya ditanggung
  pemilik truk") is a report.
* A denial of an account named as the object ("membantah keterangan ahli") reports
  nothing.
"""

from tests.nlp.quotes.quoted import quotes_in
from tests.nlp.quotes.quoted import speaker_of as _speaker_of


def test_a_balinese_birth_order_name_is_the_whole_name() -> None:
    text = (
        "Denpasar - Saksi kedua, Ni Kadek Sari Dewi (29), bekerja sebagai bendahara "
        'koperasi. "Saya hanya mencatat," katanya.\n\n'
        '"Uangnya dibawa pulang oleh ketua," jawab Kadek.'
    )
    assert _speaker_of(text, "Uangnya dibawa pulang") == "Ni Kadek Sari Dewi"


def test_a_balinese_caste_title_stays_in_the_name() -> None:
    text = (
        "Klungkung - Ketua Fraksi Golkar DPRD Klungkung, Anak Agung Gde Oka Wirawan, "
        "meminta dinas memperbaiki jalan di desa-desa pesisir. "
        '"Sudah tiga tahun dibiarkan rusak," tegasnya.'
    )
    assert _speaker_of(text, "Sudah tiga tahun") == "Anak Agung Gde Oka Wirawan"


def test_the_sasak_title_after_a_rank_opens_the_name() -> None:
    text = (
        "Mataram - Kepala Bidang Humas Polda NTB, Kombes Pol Lalu Wira Saputra, mengatakan "
        'tiga pelaku sudah ditahan. "Barang bukti kami sita," katanya.'
    )
    assert _speaker_of(text, "tiga pelaku sudah ditahan") == "Lalu Wira Saputra"
    assert _speaker_of(text, "Barang bukti") == "Lalu Wira Saputra"


def test_asking_with_a_comma_and_a_quote_is_a_cue() -> None:
    text = (
        "Surabaya - Sidang kasus penggelapan dana koperasi kembali digelar.\n\n"
        'Hakim ketua, Rudi Hartanto, lalu bertanya, "Saksi kenal dengan terdakwa?"\n\n'
        '"Kenal, Yang Mulia," jawab Siti Marlina.'
    )
    assert _speaker_of(text, "Saksi kenal dengan terdakwa") == "Rudi Hartanto"
    assert _speaker_of(text, "Kenal, Yang Mulia") == "Siti Marlina"


def test_a_journalists_question_is_no_quote() -> None:
    text = (
        "Bandung - Pelatih Persib, Budi Hartono, mengatakan timnya siap bertanding di "
        'kandang lawan. "Kami sudah berlatih keras," katanya.\n\n'
        'Seorang wartawan bertanya, "Apakah pemain inti akan diturunkan?"'
    )
    assert _speaker_of(text, "pemain inti") == "<missed>"


def test_asking_with_a_clause_is_no_report() -> None:
    text = "Hakim Rudi Hartanto bertanya apakah saksi pernah menerima uang dari terdakwa."
    assert _speaker_of(text, "pernah menerima uang") == "<missed>"


def test_a_bare_quote_after_narrated_asking_is_the_askers() -> None:
    text = (
        "Medan - Kepala Dinas Pekerjaan Umum, Rina Marlina, menyebut perbaikan jalan sudah "
        'dimulai. "Kami kerjakan siang dan malam," katanya.\n\n'
        "Anggota dewan, Rudi Hartanto, kemudian bertanya soal jadwal. "
        '"Kapan jalan itu bisa dilalui lagi?"'
    )
    assert _speaker_of(text, "Kapan jalan itu") == "Rudi Hartanto"


def test_a_bare_quote_after_narration_stays_the_last_speakers() -> None:
    text = (
        "Medan - Kepala Dinas Pekerjaan Umum, Rina Marlina, menyebut perbaikan jalan sudah "
        'dimulai. "Kami kerjakan siang dan malam," katanya.\n\n'
        'Rina Hartati lalu meninjau lokasi. "Target kami selesai bulan depan."'
    )
    assert _speaker_of(text, "Target kami") != "Rina Hartati"


def test_a_request_made_as_the_manner_of_an_act_is_the_actors() -> None:
    text = (
        "Semarang - Ketua Komisi C DPRD Kota Semarang, Rina Marlina, membuka rapat dengan "
        "meminta dinas menjelaskan keterlambatan proyek drainase."
    )
    quotes = [q for q in quotes_in(text) if "dinas menjelaskan keterlambatan" in q.text]
    assert [q.speaker for q in quotes] == ["Rina Marlina"]


def test_a_request_of_a_passive_act_and_its_agent_is_a_report() -> None:
    text = (
        "Kupang - Kepala desa, Yohanes Bere, meminta ongkos perbaikan ditanggung "
        "pemilik truk itu."
    )
    assert _speaker_of(text, "ongkos perbaikan ditanggung") == "Yohanes Bere"


def test_a_denied_account_named_as_the_object_is_no_report() -> None:
    text = (
        "Jakarta - Terdakwa Budi Santoso membantah seluruh keterangan ahli. "
        "Ia juga membantah menerima uang dari kontraktor."
    )
    assert _speaker_of(text, "keterangan ahli") == "<missed>"
    assert _speaker_of(text, "menerima uang") == "Budi Santoso"
