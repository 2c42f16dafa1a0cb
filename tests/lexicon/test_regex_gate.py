"""A pattern gated by its words scans as the pattern does, and skips the texts that
hold none of them (issue 15: speed without a changed outcome). Every sentence below is
invented. The line classifier's gated searches are tested in tests/clean/test_regex_gate.py."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import warta.nlp
from warta.lexicon.regex_gate import WordGated, may_hold

TEXTS = [
    "Sutomo, sapaan akrab Kepala Desa Mekar, menjemput warga. Darsih, begitu ia biasa disapa.",
    "Anggota Fraksi Partai Cemara DPRD Kota Lama dan Komisi IV DPR rapat di Universitas Lama.",
    "Komisi IV lalu menunda rapat kerja dengan menteri.",
    "Satreskrim Polres Kota Lama menahan pria berinisial AB dan CD, anggota geng motor Kabut.",
    'Warga mengenal Tarmo, yang lebih dikenal sebagai Mbah Tar, dan Pak Darto -- akrab disapa "Dar".',
    "Kiagus Ahmad Rasyid, Nyimas Ayu dan Kgs. M. Ali hadir di Dinas Sosial Kabupaten Lama.",
    "Pria bernama lengkap Joko Susilo itu tak datang ke Pengadilan Negeri.",
    "Mbok Inah (60), yang bernama asli Siti Aminah, dan Pak Darto, akrab disapa Mas Dar.",
    "Pengurus Yayasan Pelita Kasih Bangsa dan PT Sumber Tirta Lestari menyumbang beras.",
    "Regulator membekukan rekening Banco Meridional dan Grupo Serrano, Selasa.",
    "Komite Wasit (Kowas) PBSN menegur dua hakim garis.",
    "Tak satu pun kata yang dicari ada di sini, hanya kabar cuaca dan harga cabai.",
    "",
    "SAPAAN AKRAB tertulis kapital; \u017fapaan akrab dengan s panjang; UNIVERSITAS LAMA.",
]


def _gated_patterns() -> dict[str, WordGated]:
    """Every module-level gated pattern of the NLP layers."""
    found: dict[str, WordGated] = {}
    for info in pkgutil.walk_packages(warta.nlp.__path__, "warta.nlp."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, WordGated):
                found[f"{info.name}.{name}"] = value
    return found


GATED = _gated_patterns()


def test_the_nlp_layers_gate_their_rare_constructions() -> None:
    # The whole-article scans for constructions few articles write (see the module
    # docstring): should one lose its gate, the comparison below would shrink unseen.
    assert len(GATED) >= 12
    assert all(gated.words for gated in GATED.values())


@pytest.mark.parametrize("name", sorted(GATED))
def test_a_gated_pattern_finds_what_its_pattern_finds(name: str) -> None:
    gated = GATED[name]
    for text in TEXTS:
        want = [(m.span(), m.groupdict()) for m in gated.regex.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in gated.finditer(text)] == want
        assert (gated.search(text) is None) == (gated.regex.search(text) is None)


def test_the_texts_exercise_the_gates() -> None:
    # Each gated pattern matches one of the texts, and each is skipped on another.
    for name, gated in GATED.items():
        assert any(gated.regex.search(t) for t in TEXTS), name
        assert not all(may_hold(gated.words, t) for t in TEXTS), name


def test_a_text_without_the_words_is_not_scanned() -> None:
    gated = WordGated(re.compile(r"(?P<name>[A-Z]\w+), (?:yang )?akrab disapa"))
    assert gated.words == ("akrab disapa",)
    assert gated.groupindex == {"name": 1}
    assert not may_hold(gated.words, "Budi datang pagi ini.")
    assert may_hold(gated.words, "Budi, AKRAB DISAPA Bud.")  # the gate reads lower case


def test_a_case_twin_always_opens_the_gate() -> None:
    # Under IGNORECASE the long s matches "s": lower() does not make it one, so a text
    # holding it is scanned whatever its words.
    gated = WordGated(re.compile(r"sapaan\s+akrab", re.IGNORECASE))
    text = "Tono, \u017fapaan akrab Sutono."
    assert gated.regex.search(text) is not None
    assert may_hold(gated.words, text)
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in gated.regex.finditer(text)]


def test_a_pattern_without_required_words_is_never_skipped() -> None:
    gated = WordGated(re.compile(r"[A-Z]\w+(?:\s+[A-Z]\w+)?"))
    assert gated.words is None
    assert [m.group() for m in gated.finditer("kata Budi Santoso")] == ["Budi Santoso"]
