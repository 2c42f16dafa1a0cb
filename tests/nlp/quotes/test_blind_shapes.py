"""Quote shapes missed or misattributed on the blind set (issue 17), one invented example
per class: an office's place between a title and the name, a setting after the name,
verbs of assurance, suspicion, hope and reply, dotted titles of address, offices without
a name, a company named again as "perusahaan", turn-taking after an appositive, scare
quotes and Balinese names."""

from __future__ import annotations

import pytest

from warta.nlp.entities.spans import clean_ner
from warta.nlp.quotes.cues import split_title
from warta.nlp.quotes.extract import extract_quotes
from warta.records import Mention

_LEAD = "Rapat koordinasi digelar di aula kantor.\n\n"


def _said(text: str) -> list[tuple[str | None, str | None, str]]:
    """(speaker, cue, first three words) of each quote of ``text``."""
    return [(q.speaker, q.cue, " ".join(q.text.split()[:3])) for q in extract_quotes(text)]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Bupati Kendal Arief Wicaksono", "Arief Wicaksono"),
        ("Kepala Dinas Pertanian Jambi Rosmawati Lubis", "Rosmawati Lubis"),
        ("Kepala Pelaksana BPBD Kabupaten Agam Joko Susilo", "Joko Susilo"),
        ("Menteri Keuangan Sri Wahyuni Lestari", "Sri Wahyuni Lestari"),
        ("Kapolrestabes Medan Kombes Pol Hadi Wibowo", "Hadi Wibowo"),
        ("Bupati Bima Ardiansyah", "Bima Ardiansyah"),  # a region word as a given name
    ],
)
def test_place_between_title_and_name(phrase: str, name: str) -> None:
    assert split_title(phrase)[0] == name


def test_setting_after_the_name() -> None:
    text = (
        "Kepala Dinas Kesehatan Jambi Yusuf Harahap di Muara Bulian, Kamis, mengatakan "
        "vaksinasi ulang akan dimulai pekan depan di semua puskesmas."
    )
    assert _said(text) == [("Yusuf Harahap", "mengatakan", "vaksinasi ulang akan")]


def test_setting_before_the_subject() -> None:
    text = (
        "Di Payakumbuh, Kepala Pelaksana BPBD Kabupaten Agam Joko Susilo menuturkan "
        "sedikitnya 40 rumah rusak ringan akibat longsor."
    )
    assert _said(text) == [("Joko Susilo", "menuturkan", "sedikitnya 40 rumah")]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Rina Wati memastikan pasokan beras gudang sudah cukup hingga Lebaran.", "memastikan"),
        ("Rina Wati menduga pelaku sudah mengintai rumah itu sejak pekan lalu.", "menduga"),
        ("Rina Wati berharap harga cabai tidak akan naik lagi menjelang Lebaran.", "berharap"),
        ("Rina Wati menanggapi bahwa impor garam tidak perlu dilakukan tahun ini.", "menanggapi"),
        ("Rina Wati mengakui masih ada desa dengan tingkat kepatuhan rendah.", "mengakui"),
    ],
)
def test_assurance_suspicion_hope_reply(sentence: str, cue: str) -> None:
    assert [(s, c) for s, c, _ in _said(_LEAD + sentence)] == [("Rina Wati", cue)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rina Wati memastikan keamanan acara itu.",  # a noun object, not a report
        "Rina Wati menanggapi pertanyaan wartawan dengan senyum.",
        "Rina Wati berharap banyak pada timnya.",
    ],
)
def test_new_verbs_need_a_clause(sentence: str) -> None:
    assert _said(_LEAD + sentence) == []


def test_dotted_title_of_address() -> None:
    text = (
        '"Ruang rawat anak nyaris penuh sejak Senin," kata Kepala Dinas Kesehatan '
        "Kota Kupang dr. Yohana Bere, Sp.A, di Kupang, Selasa.\n\n"
        "Direktur RSUD Sentosa, dr. Markus Lado, mengungkapkan stok obat demam masih "
        "cukup untuk dua pekan ke depan."
    )
    assert [s for s, _, _ in _said(text)] == ["Yohana Bere", "Markus Lado"]


def test_office_without_a_name_is_its_holder() -> None:
    text = (
        "Kepala Dinas Perhubungan Kota Malang, Anton Sihombing, mengatakan uji coba "
        "berjalan lancar.\n\n"
        "Menurut Kepala Dinas, sopir yang melanggar didenda mulai Juli."
    )
    assert [s for s, _, _ in _said(text)] == ["Anton Sihombing", "Anton Sihombing"]


def test_office_alone_speaks_when_nobody_is_named() -> None:
    text = (
        "Longsor menimbun belasan rumah di lereng bukit Tapin pekan ini.\n\n"
        '"Air mulai surut sejak pagi tadi di dua kecamatan," kata Kepala Pelaksana BPBD '
        "Kabupaten Tapin saat dihubungi.\n\n"
        "Menurut dia, hampir 900 orang masih bertahan di balai desa."
    )
    office = "Kepala Pelaksana BPBD Kabupaten Tapin"
    assert [s for s, _, _ in _said(text)] == [office, office]


def test_perusahaan_is_the_company_that_spoke() -> None:
    text = (
        "PT Tirta Mandiri membantah produknya tercemar bakteri berbahaya.\n\n"
        "Menteri Rahmat Hidayat mengatakan uji ulang akan dilakukan pekan depan.\n\n"
        "Perusahaan menyatakan semua kemasan sudah diperiksa ulang oleh auditor."
    )
    speakers = [s for s, _, _ in _said(text)]
    assert speakers[-1] == "PT Tirta Mandiri"


def test_next_speaker_after_an_appositive() -> None:
    text = (
        "Menteri Perdagangan Budi Santoso mengatakan harga gula akan turun bulan depan.\n\n"
        "Namun, ekonom senior di Surabaya, Lukas Wijaya, meragukan proyeksi itu. Ia "
        "berpendapat harga gula masih akan naik hingga akhir tahun."
    )
    mentions = [
        Mention(text.index(n), text.index(n) + len(n), n, "PER", n)
        for n in ("Budi Santoso", "Lukas Wijaya")
    ]
    assert [q.speaker for q in extract_quotes(text, mentions)] == [
        "Budi Santoso",
        "Lukas Wijaya",
    ]


def test_scare_quotes_leave_a_report_indirect() -> None:
    text = (
        "Wali Kota Rudi Hartono memastikan, pada Senin, “kota kembang” tersebut sudah "
        "keluar dari zona merah."
    )
    kinds = [q.kind for q in extract_quotes(_LEAD + text)]
    assert kinds == ["indirect"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kepala dinas, I Wayan Sudira, tiba.", "I Wayan Sudira"),
        ("Ketua panitia, Ni Luh Sari, tiba.", "Ni Luh Sari"),
        ("Kata I Gusti Ngurah.", "I Gusti Ngurah"),
    ],
)
def test_balinese_gender_marker_kept(text: str, name: str) -> None:
    tagged = name.split(" ", 1)[1]  # the tagger leaves "I"/"Ni" out
    start = text.index(tagged)
    spans = clean_ner(text, Mention(start, start + len(tagged), tagged, "PER"))
    assert [text[s.start : s.end] for s in spans] == [name]


def test_office_named_by_a_list_then_its_holder() -> None:
    text = (
        '"Tim gabungan masih menyisir dua desa di lereng gunung," kata Kepala Biro Data, '
        "Informasi dan Humas BPBN Yulia Rahmawati dalam keterangan tertulis, Senin."
    )
    quotes = extract_quotes(text)
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Yulia Rahmawati", "Kepala Biro Data, Informasi dan Humas BPBN")
    ]


def test_connective_before_a_pronoun_subject() -> None:
    text = (
        "Pengamat pasar, Dewi Kartika, menilai kebijakan itu masuk akal. Namun ia "
        "mengingatkan bahwa harga minyak dunia dapat naik lagi tahun depan."
    )
    assert [(s, c) for s, c, _ in _said(text)] == [
        ("Dewi Kartika", "menilai"),
        ("Dewi Kartika", "mengingatkan"),
    ]


def test_suspicion_before_a_clause_with_its_verb() -> None:
    text = _LEAD + "Rina Wati menduga truk itu mengalami rem blong di turunan."
    assert [(s, c) for s, c, _ in _said(text)] == [("Rina Wati", "menduga")]
