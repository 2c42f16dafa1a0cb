"""The gated searches answer exactly as the patterns they stand for (issue 15: speed
without a changed outcome). Every line below is invented."""

from __future__ import annotations

import re
import string
import sys

import pytest

from warta.clean import patterns as P
from warta.clean.shapes import split_credit
from warta.lexicon.regex_gate import (
    CASE_TWINS,
    GatedSearch,
    required_literals,
    top_level_alternatives,
)

PATTERNS = {
    name: value
    for name, value in vars(P).items()
    if isinstance(value, re.Pattern) and isinstance(value.pattern, str)
}

LINES = [
    # calls to action, reader notes, copyright, contact notes (the gated classes)
    "Yuk gabung grup WhatsApp Kabar Pesisir untuk info terbaru.",
    "Ikuti berita terbaru Suara Lembah di Instagram dan TikTok.",
    "Dukung jurnalisme independen dengan berdonasi melalui trakteer.",
    "Warga menunggu di balai desa. Unduh aplikasi Layanan Kota Kita untuk melapor.",
    "Berlangganan gratis untuk menerima tulisan baru setiap pekan.",
    "Dapatkan update berita pilihan dari Google News.",
    "Kirim tulisanmu ke redaksi Warta Bukit dan dapatkan honor.",
    "Cerita berlanjut di bawah ini",
    "Konten ini menjadi tanggung jawab bloger dan tidak mewakili pandangan redaksi.",
    "Portal Sembilan hanya menampilkan ulang berita dari mitra.",
    "Bagaimana pendapat Anda? Tulis di kolom komentar.",
    "Mode Baca",
    "© 2025 Kabar Tepian. Semua hak cipta dilindungi.",
    "Hak cipta dilindungi undang-undang.",
    "Informasi lebih lanjut hubungi narahubung: Sari (0812 0000 1111).",
    "For further information, please contact the press office.",
    "Situs ini menggunakan cookie untuk pengalaman yang lebih baik. Setuju",
    "Penulis adalah konsultan pada lembaga yang disebut dalam tulisan ini.",
    "Tidak bisa membaca surel ini? Buka di peramban.",
    "Kamu menerima surel ini karena berlangganan Nawala Pagi.",
    # the story's own sentences that use the same words
    "Bupati mengajak warga bergabung dengan komunitas itu sejak 2010.",
    "Warga bisa mengunduh aplikasi itu di toko aplikasi ponsel masing-masing.",
    "Menurut dia, komentar warga di media sosial ikut menentukan kebijakan.",
    "Informasi lebih lanjut belum disampaikan oleh pihak kepolisian hingga Senin malam.",
    "Hujan deras mengguyur Kota Baru sejak pagi hingga sore hari.",
    "",
    "   ",
    # a case twin (Kelvin sign, long s, dotless and dotted i) in a keyword
    "Gabung \u212aanal Telegram kami.",
    "\u017fubscribe now",
    "Artikel ini bukan rekomendas\u0131 untuk membeli saham.",
    "\u0130nformasi lebih lanjut: hotline 112",
]
VARIANTS = [
    variant
    for line in LINES
    for variant in (line, line.upper(), line.lower(), f"Warga antre di pasar. {line}", f"{line}\n")
]


def test_case_twins_are_all_the_non_ascii_letters_matching_an_ascii_letter() -> None:
    letters = re.compile("|".join(string.ascii_letters), re.IGNORECASE)
    klass = re.compile("[a-z]", re.IGNORECASE)
    twins = {
        chr(cp)
        for cp in range(128, sys.maxunicode + 1)
        if letters.fullmatch(chr(cp)) or klass.fullmatch(chr(cp))
    }
    assert twins == CASE_TWINS


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_the_alternatives_rejoin_into_the_pattern(name: str) -> None:
    source = PATTERNS[name].pattern
    assert "|".join(top_level_alternatives(source)) == source


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_a_gated_search_answers_as_the_pattern(name: str) -> None:
    pattern = PATTERNS[name]
    gated = GatedSearch(pattern)
    for text in VARIANTS:
        assert gated.found_in(text) == (pattern.search(text) is not None), text


def test_the_gates_the_classifier_uses_hold_words() -> None:
    """Each has a gate: every alternative that floats needs one of the words."""
    gates = [value for value in vars(P).values() if isinstance(value, GatedSearch)]
    assert len(gates) >= 7
    for gated in gates:
        assert gated._words, gated.pattern.pattern[:40]


def test_required_literals_of_branches_and_repeats() -> None:
    assert required_literals(r"(?:ayo|yuk)\s+gabung", re.I) == {"gabung"}
    assert required_literals(r"(?:ayo|yuk)?\s+\w+", re.I) is None
    assert required_literals(r"(?:donasi|infak)+", re.I) == {"donasi", "infak"}
    assert required_literals(r"(?:donasi|\d+)", re.I) is None


def test_a_multiline_pattern_is_not_split() -> None:
    pattern = re.compile(r"^gabung|kanal", re.MULTILINE)
    assert GatedSearch(pattern).found_in("Kabar hari ini\ngabung")


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Banjir surut pada sore hari. ■", ("Banjir surut pada sore hari.", "■")),
        ("Banjir surut pada sore hari.*  \n", ("Banjir surut pada sore hari.", "*")),
        ("Pasar dibuka kembali. [ ]", ("Pasar dibuka kembali.", "[ ]")),
        ("Jalan ditutup sementara. (rin/dw)", ("Jalan ditutup sementara.", "(rin/dw)")),
        ("Jalan ditutup sementara. rin/dw", ("Jalan ditutup sementara.", "rin/dw")),
        ("Jalan ditutup sementara. *rin", ("Jalan ditutup sementara.", "*rin")),
        (
            "Jalan ditutup di ruas utama (Jalur 2).",
            ("Jalan ditutup di ruas utama (Jalur 2).", None),
        ),
        ("Tanpa tanda apa pun", ("Tanpa tanda apa pun", None)),
    ],
)
def test_split_credit_skips_no_closing_mark(
    paragraph: str, expected: tuple[str, str | None]
) -> None:
    assert split_credit(paragraph) == expected
