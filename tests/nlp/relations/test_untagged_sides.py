"""Sides the entity layer never takes as actors, taken by the relation stage (issue 18):
a short name left untagged right before or after a relation verb, a firm named later by
its first word, a bare "pemerintah" asked or urged, and a counted crowd opening its
sentence. Tested on invented sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples

from warta.nlp.relations.counted_crowds import counted_crowds_acting
from warta.nlp.relations.untagged_sides import untagged_sides
from warta.records import Mention

PUBLISHED = "2026-03-04"

_coded = partial(coded_triples, published=PUBLISHED)


# 1. "Adapun <club> meminta <supporters> …": both short names untagged
def test_untagged_names_around_a_verb_are_its_sides() -> None:
    text = "Adapun Garuda Muda meminta Jakmania tidak datang ke stadion pada laga berikutnya."
    assert ("Garuda Muda", "appeal", "Jakmania") in _coded(text)


def test_words_capitalised_for_other_reasons_are_no_sides() -> None:
    text = (
        "Serikat pekerja menilai pemutusan hubungan kerja (PHK) tidak adil. "
        "Namun, direksi menolak PHK. Penyidik menahan Komisi I."
    )
    names = {m.text for m in untagged_sides(text, [])}
    assert not names & {"PHK", "Penyidik", "I", "Komisi I"}


# 2. a firm named in full, then by its first word past its legal form
def test_a_first_word_alone_is_the_longer_name() -> None:
    text = "Pengadilan menghukum PT Sinar Abadi. Adapun Sinar menolak Kejaksaan Agung."
    ms = [
        Mention(21, 35, "PT Sinar Abadi", "ORG", "PT Sinar Abadi"),
        Mention(58, 73, "Kejaksaan Agung", "ORG", "Kejaksaan Agung"),
    ]
    added = [m for m in untagged_sides(text, ms) if m.text == "Sinar"]
    assert [m.entity for m in added] == ["PT Sinar Abadi"]


# 3. "mendesak pemerintah …": the government asked, named as written
def test_a_bare_government_urged_is_the_target() -> None:
    text = (
        "Asosiasi Petani Kopi Nusantara (APKN) mendesak pemerintah segera menurunkan harga pupuk."
    )
    assert ("Asosiasi Petani Kopi Nusantara", "appeal", "pemerintah") in _coded(text)


def test_a_government_in_reported_speech_or_qualified_is_not_taken() -> None:
    text = (
        "Juru bicara itu menyebut pemerintah akan bertindak. "
        "Warga meminta pemerintah daerah turun tangan."
    )
    assert not any(m.text == "pemerintah" for m in untagged_sides(text, []))


# 4. a counted crowd opening its sentence acts, also at an office it protests in
def test_a_counted_crowd_protesting_at_a_governors_office() -> None:
    text = (
        "Ratusan nelayan tradisional berunjuk rasa di Kantor Gubernur Sulawesi Tenggara, "
        "Selasa (3/3/2026), menolak larangan cantrang."
    )
    coded = _coded(text)
    assert (
        "Ratusan nelayan tradisional",
        "disapprove",
        "Pemerintah Provinsi Sulawesi Tenggara",
    ) in coded


def test_a_supporters_crowd_takes_in_the_person_supported() -> None:
    text = "Ada sidang. Puluhan pendukung Budi Santoso menggeruduk balai desa."
    person = Mention(30, 42, "Budi Santoso", "PER", "Budi Santoso")
    assert [m.text for m in counted_crowds_acting(text, [person])] == [
        "Puluhan pendukung Budi Santoso"
    ]


def test_a_crowd_from_a_body_or_mid_clause_is_left() -> None:
    text = (
        "Ratusan buruh dari Serikat Buruh Sukamaju berunjuk rasa. "
        "Polisi menangkap lima warga di lokasi."
    )
    assert counted_crowds_acting(text, []) == []
