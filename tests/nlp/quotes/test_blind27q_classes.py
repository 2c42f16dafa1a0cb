"""Quote classes found on blind27q (and left open on blind26q), each on invented
paragraphs.

* A question pressed on someone ('"...?" cecar X', '"...?" desak X') is cued like
  '"...?" tanya X'; the answer after it ('"...," jawabnya') is the one asked, never
  the asker's.
* Words re-enacted ('kata X menirukan bentakan <person>', 'kata X menirukan
  <person>') are the re-enacted person's; one unnamed person keeps one description.
* A party's role in a case as the speaker: capitalised at a sentence's start
  ("Saksi menyebut"), followed by how it was said ("jawab saksi singkat"), or
  introduced "sebagai saksi" after the name; "Terdakwa membantah ... Ia ..." is the
  defendant.
* A quotation over paragraphs introduced by a sentence ending in a colon ("Ia
  menceritakan malam itu:") is that sentence's subject's.
"""

import pytest
from tests.nlp.quotes.quoted import quotes_in as _quotes

from warta.nlp.quotes.clauses import _MIMICKING
from warta.records import Quote


def _speaker_of(quotes: tuple[Quote, ...], words: str) -> str | None:
    return next(q.speaker for q in quotes if words in q.text)


HEARING = (
    "Pengadilan Negeri Kotabaru kembali menggelar sidang penggelapan dana koperasi, Rabu. "
    "Jaksa menghadirkan Wulan Sarirejeki (29), juru tagih koperasi, sebagai saksi untuk "
    "terdakwa bekas ketua koperasi, Darmawan Pulungan.\n\n"
    'Hakim ketua, Benny Haloho, membuka pemeriksaan. "Berapa kali Saudara setor?" '
    "tanya Benny.\n\n"
    '"Empat kali, Yang Mulia. Semuanya tunai," jawab Wulan.\n\n'
    'Pengacara terdakwa, Rusdi Tambunan, menyela. "Ada tanda terimanya atau tidak?" '
    "cecar Rusdi.\n\n"
    '"Tidak pernah ada, Pak. Semua cuma dicatat di buku tulis," jawabnya.\n\n'
    "Saksi menyebut buku tulis itu kini disimpan bendahara koperasi.\n\n"
    '"Saya sudah serahkan fotokopinya ke penyidik," jawab saksi pelan.\n\n'
    "Terdakwa menolak keterangan tersebut. Ia menyatakan seluruh setoran sudah masuk "
    "rekening koperasi."
)


def test_pressed_question_is_the_asker_and_the_answer_the_one_asked() -> None:
    quotes = _quotes(HEARING)
    assert _speaker_of(quotes, "tanda terimanya") == "Rusdi Tambunan"
    assert _speaker_of(quotes, "dicatat di buku") == "Wulan Sarirejeki"


def test_case_roles_are_the_parties_the_hearing_named() -> None:
    quotes = _quotes(HEARING)
    assert _speaker_of(quotes, "kini disimpan bendahara") == "Wulan Sarirejeki"
    assert _speaker_of(quotes, "serahkan fotokopinya") == "Wulan Sarirejeki"
    assert _speaker_of(quotes, "seluruh setoran sudah masuk") == "Darmawan Pulungan"


def test_re_enacted_words_are_the_re_enacted_persons() -> None:
    text = (
        "Seorang sopir angkot, Heru Pranata (41), mengatakan ia dihadang dua orang di "
        "jembatan. Penodong yang bertopi lalu menarik kerah bajunya.\n\n"
        '"Serahkan setoranmu sekarang!" kata Heru menirukan teriakan penodong yang bertopi.\n\n'
        '"Saya cuma bawa uang kembalian," ujar Heru.\n\n'
        "Penodong itu lalu mendorong Heru ke pagar jembatan. "
        '"Jangan lapor siapa pun!" kata Heru menirukan ancaman penodong.'
    )
    quotes = _quotes(text)
    assert _speaker_of(quotes, "Serahkan setoranmu") == "penodong yang bertopi"
    assert _speaker_of(quotes, "Jangan lapor") == "penodong yang bertopi"
    assert _speaker_of(quotes, "uang kembalian") == "Heru Pranata"


def test_re_enacted_party_without_a_noun_of_speech() -> None:
    text = (
        "Jaksa menghadirkan kasir toko, Mira Astuti, sebagai saksi untuk terdakwa "
        "Gunawan Sitepu.\n\n"
        '"Tulis saja barangnya rusak," kata Mira menirukan terdakwa.'
    )
    assert _speaker_of(_quotes(text), "barangnya rusak") == "Gunawan Sitepu"


@pytest.mark.parametrize(
    ("after", "whom"),
    [
        (" menirukan bentakan penjaga yang berteriak.", "penjaga yang berteriak"),
        (" menirukan terdakwa.", "terdakwa"),
        (" menirukan ucapan sang paman.", "sang paman"),
        (" menirukan ucapan itu.", None),
    ],
)
def test_mimicking_reads_whose_words(after: str, whom: str | None) -> None:
    m = _MIMICKING.match(after)
    assert m is not None and m.group("whom") == whom


@pytest.mark.parametrize("after", [" menirukan ucapannya.", " menirukan gaya bicara ayahnya."])
def test_own_words_or_a_manner_are_no_re_enactment(after: str) -> None:
    assert _MIMICKING.match(after) is None


def test_quotation_after_a_colon_intro_runs_over_paragraphs() -> None:
    text = (
        "Banjir bandang menerjang Desa Lubuk Sari, Sabtu malam. Salah satu warga, "
        "Ratmini Hasibuan (52), masih mengingat saat air datang. Ia menceritakan malam itu:\n\n"
        '"Air naik cepat sekali, dalam setengah jam sudah sepinggang. Kami naik ke loteng.\n\n'
        '"Anak-anak menangis terus sampai pagi karena dingin dan lapar."\n\n'
        "Camat Lubuk Sari, Teddy Firmansyah, mengatakan bantuan tiba Minggu pagi."
    )
    quotes = _quotes(text)
    told = next(q for q in quotes if "Air naik cepat" in q.text)
    assert told.speaker == "Ratmini Hasibuan"
    assert "sampai pagi" in told.text


def test_narration_ending_in_a_colon_without_a_speaker_introduces_nobody() -> None:
    text = (
        "Panitia memasang spanduk di gerbang desa dengan tulisan:\n\n"
        '"Selamat datang para pemudik, hati-hati di jalan dan jaga kesehatan."'
    )
    assert not any("Selamat datang" in q.text and q.speaker for q in _quotes(text))


def test_a_question_challenged_is_reported_a_thing_challenged_is_not() -> None:
    text = (
        "Anggota DPRD Kabupaten Lontar, Yusak Manafe, mempertanyakan mengapa dinas baru "
        "memperbaiki pintu air setelah banjir kedua. Ketua fraksi lain, Imelda Tanone, "
        "mempertanyakan kualitas bahan bangunan pintu air yang baru dipasang itu."
    )
    quotes = _quotes(text)
    assert [q.speaker for q in quotes if "pintu air setelah" in q.text] == ["Yusak Manafe"]
    assert not any("kualitas bahan" in q.text for q in quotes)


def test_a_relative_clause_after_a_name_is_no_part_of_the_subject() -> None:
    text = (
        "Bupati Kupang Yakobus Tefa yang hadir membuka pasar murah meminta pedagang "
        "menjual minyak goreng sesuai harga eceran tertinggi. Surat yang sama meminta "
        "camat mengawasi distribusi gas elpiji di setiap desa."
    )
    quotes = _quotes(text)
    assert [q.speaker for q in quotes if "menjual minyak" in q.text] == ["Yakobus Tefa"]
    assert not any(q.speaker == "Surat" for q in quotes)


@pytest.mark.parametrize("public", ["jemaat", "penonton", "karyawan"])
def test_an_appeal_to_a_congregation_audience_or_workforce_is_reported(public: str) -> None:
    text = (
        f"Dalam acara itu, Ketua Sinode Markus Lalenoh mengajak {public} menyisihkan sebagian "
        "rezeki untuk korban gempa di Halmahera."
    )
    assert [q.speaker for q in _quotes(text)] == ["Markus Lalenoh"]
