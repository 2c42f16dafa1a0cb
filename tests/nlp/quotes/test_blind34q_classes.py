"""Quote classes found on blind34q, each on invented paragraphs.

* A province's short form between a title and a name ("Gubernur Kaltim X") is the
  office's place, not part of the name; so is one word between a region head's title
  and a full name the tagger found ("Wali Kota Kyiv X"), whatever the country. Inside a
  company's name after its head ("PT Jatim Tani Sentosa") it stays the company's.
* "RD"/"RP" before a full name are a priest's title, not part of the name.
* A social-media account known only by its handle speaks by its handle ("tulis akun
  @x", "balas @x"); a name addressed inside the comment is never the speaker.
* A published report after "menurut" ("menurut laporan kantor berita X") is no
  speaker: the sentence is no one's statement. An office after "menurut", then its
  holder between commas ("Menurut Kepala X, Y, ..."), is the holder's.
* A related-article link line ("Baca Juga: Camat X: ...") quotes no one, and a
  following "Ia" still means the body's last speaker.
* One person of a group described, then named after a comma ("kata seorang warga,
  X, kepada AFP"), is that person; a body written as its head noun and a place
  ("otoritas X") is the body, not the place.
* A statement credited afterwards ("Hal ini disampaikan X", "Demikian dipaparkan
  X") is X's, the lead's sentence too, without its dateline.
"""

import pytest
from tests.nlp.quotes.quoted import quotes_in as _quotes
from tests.nlp.quotes.quoted import speaker_of as _speaker_of


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Gubernur Kaltim Rudi Hartono dalam pidatonya menyatakan pemprov akan "
            "menambah armada kapal penyeberangan.",
            "menambah armada",
            "Rudi Hartono",
        ),
        (
            "Wakil Gubernur Jateng Sinta Maharani menegaskan pasar murah digelar di "
            "setiap kecamatan.",
            "pasar murah",
            "Sinta Maharani",
        ),
        (
            "Direktur Utama PT Jatim Tani Sentosa, Sugeng Riyanto, mengakui "
            "perusahaannya kesulitan bersaing.",
            "kesulitan bersaing",
            "Sugeng Riyanto",
        ),
        (
            "Kepada BBC, Wali Kota Kyiv Vitali Klitschko mengatakan listrik padam di separuh kota.",
            "listrik padam",
            "Vitali Klitschko",
        ),
    ],
)
def test_place_between_title_and_name_is_the_offices(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(text, words) == speaker


def test_priest_title_in_capitals_is_no_part_of_the_name() -> None:
    text = (
        "Ketua Komisi Liturgi Keuskupan Ruteng, RD Yohanes Seran, mengatakan misa "
        'akan dimulai pukul 07.00. "Kami minta umat datang lebih awal," ujarnya di '
        "depan gereja."
    )
    assert _speaker_of(text, "misa akan dimulai") == "Yohanes Seran"
    assert _speaker_of(text, "datang lebih awal") == "Yohanes Seran"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            '"Di kampung kami juga begitu, Kak," tulis akun @warga_kalisat di kolom komentar.',
            "kampung kami",
            "@warga_kalisat",
        ),
        (
            '"Sama, Kak Rina, di gang kami juga," tulis akun TikTok @budi.tegal.',
            "gang kami",
            "@budi.tegal",
        ),
        (
            '"Ini sudah keterlaluan," tulis warganet dengan akun @sari_ayu99.',
            "keterlaluan",
            "@sari_ayu99",
        ),
        (
            'Video Rina Kusuma viral. "Mantap, Pak Budi Hartono, segera perbaiki," '
            "tulis seorang warganet.",
            "segera perbaiki",
            "seorang warganet",
        ),
    ],
)
def test_an_account_speaks_by_its_handle(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(text, words) == speaker


def test_a_handle_starts_the_subject_too() -> None:
    text = "Akun @warga_kalisat menulis bahwa jalan di kampungnya rusak sejak lama."
    assert _speaker_of(text, "rusak sejak lama") == "@warga_kalisat"


@pytest.mark.parametrize(
    "text",
    [
        "Menurut laporan kantor berita Antara, layanan kapal di pelabuhan barat "
        "dihentikan sementara untuk pemeriksaan.",
        "Layanan kapal dihentikan sementara untuk pemeriksaan dermaga, menurut "
        "pemberitaan harian setempat.",
        "Layanan kapal, menurut laporan stasiun televisi lokal, dihentikan sementara.",
    ],
)
def test_a_published_report_after_menurut_is_no_speaker(text: str) -> None:
    assert _quotes(text) == ()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Menurut Kepala Syahbandar, Yoga Pranata, layanan kapal dihentikan sementara.",
            "Yoga Pranata",
        ),
        (
            "Menurut pengamat Universitas Hasanuddin, Lukman Hakim, layanan kapal terlalu jarang.",
            "Lukman Hakim",
        ),
    ],
)
def test_menurut_an_office_then_its_holder(text: str, speaker: str) -> None:
    quote = next(q for q in _quotes(text) if "layanan kapal" in q.text)
    assert quote.speaker == speaker
    assert quote.text.startswith("layanan kapal")


@pytest.mark.parametrize("label", ["Baca Juga:", "BACA JUGA:", "Lihat juga:"])
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_link_line_quotes_no_one(label: str, gap: str) -> None:
    text = (
        "Kepala Dinas Perhubungan Kota Sukabumi, Hendra Wiguna, mengatakan uji coba satu "
        f"arah akan diperpanjang dua pekan.{gap}{label} Kapolresta Bogor Kombes Budi "
        f"Santoso: Pelanggar Ditilang{gap}Ia menambahkan petugas akan disiagakan di "
        "setiap persimpangan."
    )
    quotes = _quotes(text)
    assert [q.speaker for q in quotes] == ["Hendra Wiguna", "Hendra Wiguna"]
    assert not any("Ditilang" in q.text for q in quotes)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            '"Airnya naik sangat cepat," kata seorang warga, Maria Santos, kepada AFP.',
            "naik sangat cepat",
            "Maria Santos",
        ),
        (
            '"Airnya naik sangat cepat," kata salah seorang pengungsi, Maria Santos.',
            "naik sangat cepat",
            "Maria Santos",
        ),
        (
            '"Airnya naik sangat cepat," kata seorang warga, Senin (3/3/2026).',
            "naik sangat cepat",
            "seorang warga",
        ),
        (
            "Dilansir Al Jazeera, otoritas Gaza menyebut 40 orang tewas dalam serangan semalam.",
            "orang tewas",
            "Otoritas Gaza",
        ),
    ],
)
def test_wire_story_speakers(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    "credit",
    [
        "Hal ini disampaikan oleh Wali Kota Kendari Rusdi Hamzah saat meninjau lokasi.",
        "Hal ini disampaikan Wali Kota Kendari, Rusdi Hamzah, saat meninjau lokasi.",
        "Demikian dipaparkan Rusdi Hamzah saat meninjau lokasi.",
    ],
)
def test_statement_credited_afterwards(credit: str) -> None:
    text = f"Pasar lama akan ditutup mulai bulan depan. {credit}"
    assert _speaker_of(text, "Pasar lama") == "Rusdi Hamzah"


def test_credited_lead_sentence_leaves_its_dateline_out() -> None:
    text = (
        "KENDARI, Warta - Pemkot Kendari akan menutup pasar lama mulai bulan depan. "
        "Hal tersebut dikatakan Wali Kota Kendari Rusdi Hamzah di Balai Kota."
    )
    quote = next(q for q in _quotes(text) if "pasar lama" in q.text)
    assert quote.speaker == "Rusdi Hamzah"
    assert quote.text.startswith("Pemkot Kendari")
