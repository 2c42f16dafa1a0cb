"""Quote classes found on blind42q, each on invented paragraphs.

* A request to a body named in full with its abbreviation in brackets, then the act
  asked for ("mendesak Badan Pengawas Pemilu (Bawaslu) memeriksa ..."), is reported
  speech as with a bare body's name.
* A Malay "Raja" (Riau, the Riau Islands) opening the name of an office's holder is part
  of the name ("Ketua DPRD Riau, Raja Amran Syahputra, ..."); a king's stays a title.
* Two people named jointly ("Darmo (70) dan Sumini (66)") then quoted as one
  ("Keduanya mengaku ...", '"...," ujar pasangan suami istri itu.') speak both, named
  as the article joined them; with someone else named in between, nobody is guessed.
"""

import pytest
from tests.nlp.quotes.quoted import speaker_of as _speaker_of


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Ketua Komisi II DPRD Banyumas, Hendro Prasetyo, mendesak Badan Pengawas "
            "Pemilu (Bawaslu) memeriksa ulang daftar pemilih di tiga kecamatan.",
            "memeriksa ulang daftar pemilih",
        ),
        (
            "Anggota DPRD Jepara, Siti Marfuah, meminta Dinas Pekerjaan Umum dan Penataan "
            "Ruang (PUPR) menambal jalan berlubang di jalur pantai utara.",
            "menambal jalan berlubang",
        ),
    ],
)
def test_a_request_to_a_body_with_its_abbreviation_in_brackets(text: str, words: str) -> None:
    assert _speaker_of(text, words) not in (None, "<missed>")


def test_a_bare_thing_in_brackets_asked_for_is_no_report() -> None:
    text = "Warga mendesak pembangunan jembatan (darurat) dengan segera."
    assert _speaker_of(text, "jembatan") == "<missed>"


@pytest.mark.parametrize(
    "text",
    [
        "Ketua DPRD Riau, Raja Amran Syahputra, mengatakan anggaran sekolah naik tahun "
        'depan. "Kami kawal sampai tuntas," kata Amran.',
        "Bupati Lingga Raja Amran Syahputra mengatakan jalan desa diperbaiki bulan ini. "
        '"Kami kawal sampai tuntas," ujarnya.',
    ],
)
def test_a_malay_raja_holding_an_office_is_part_of_the_name(text: str) -> None:
    assert _speaker_of(text, "Kami kawal") == "Raja Amran Syahputra"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Pemimpin Yordania, Raja Abdullah II, mengatakan perundingan damai harus dilanjutkan.",
            "perundingan damai",
        ),
        ("Raja Salman Alsaud mengatakan kerja sama dagang akan diperluas.", "kerja sama"),
    ],
)
def test_a_king_keeps_raja_out_of_his_name(text: str, words: str) -> None:
    assert not (_speaker_of(text, words) or "").startswith("Raja")


_PAIR = (
    "Banjir bandang merendam Desa Sumberjo, Kecamatan Ngantang. Rumah pasangan petani "
    "Darmo (70) dan Sumini (66) ikut hanyut. "
    '"Airnya datang cepat sekali, kami cuma sempat bawa ijazah," kata pasangan suami '
    "istri itu di balai desa, Kamis.\n\n"
    "Darmo bercerita sawahnya juga tertimbun lumpur. Sumini menambahkan, ternak mereka "
    "hilang terbawa arus.\n\n"
    "Keduanya mengaku bingung mencari rumah sewaan begitu pengungsian ditutup."
)


@pytest.mark.parametrize("words", ["Airnya datang cepat", "bingung mencari rumah"])
def test_a_pair_named_jointly_speaks_as_both(words: str) -> None:
    assert _speaker_of(_PAIR, words) == "Darmo dan Sumini"


def test_both_after_someone_else_is_named_names_nobody() -> None:
    text = _PAIR.replace(
        "Keduanya mengaku",
        "Camat Ngantang, Yudi Hartono, datang meninjau. Keduanya mengaku",
    )
    assert _speaker_of(text, "bingung mencari rumah") in ("<missed>", None)
