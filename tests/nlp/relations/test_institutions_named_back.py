"""Institutions named back by their bare noun ("polisi", "kejaksaan", "dewan"), the
client a counsel names, and the day of a sentence opening on the subject's own act
("Seusai membuat laporan, …"). Invented sentences."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples, dated_triples

from warta.nlp.relations.institutions import bare_institution, institution_kind

_coded = partial(coded_triples, published="2026-03-03")
_dated = partial(dated_triples, published="2026-03-04")


def test_the_bare_police_noun_stands_for_the_police_unit_told_before() -> None:
    coded = _coded(
        "Polda Jambi menyegel gudang PT Kayu Alam Jaya, Senin (2/3/2026). "
        "PT Kayu Alam Jaya membantah tuduhan polisi."
    )
    assert ("PT Kayu Alam Jaya", "reject", "Polda Jambi") in coded


def test_the_bare_council_noun_stands_for_the_council_told_before() -> None:
    coded = _coded(
        "Ratusan nelayan berunjuk rasa di depan DPRD Sulawesi Barat, Senin (2/3/2026). "
        "Koordinator aksi, Darto, meminta dewan menolak izin tambang pasir."
    )
    assert ("Darto", "appeal", "DPRD Sulawesi Barat") in coded


def test_a_bare_noun_with_no_body_of_its_kind_told_is_no_actor() -> None:
    coded = _coded("Forum Nelayan Pesisir membantah tuduhan polisi, Senin (2/3/2026).")
    assert not {t for t in coded if t[0] == "Forum Nelayan Pesisir"}


def test_kinds_of_names_and_of_bare_nouns() -> None:
    assert institution_kind("Kejaksaan Negeri Jambi") == "prosecution"
    assert institution_kind("DPRD Kota Blitar") == "council"
    assert institution_kind("Dinas Pendidikan") is None
    words = "meminta dewan pengawas dan para jaksa serta polisi itu".split()
    assert bare_institution(words, 1, set()) is None  # "dewan pengawas": its own kind
    assert bare_institution(words, 5, set()) is None  # "para jaksa": in general
    assert bare_institution(words, 7, set()) == ("police", 2)
    assert bare_institution(["dewan", "Pers"], 0, {1}) is None  # a name of its own


def test_a_counsel_speaks_for_the_firm_named_after_kuasa_hukum() -> None:
    # the sanction fell on the firm's manager, yet the counsel named the firm
    coded = _coded(
        "Polda Jambi menahan manajer PT Kayu Alam Jaya, Rudi Hartanto, Senin (2/3/2026). "
        "Kuasa hukum PT Kayu Alam Jaya, Bonifasius Tambunan, membantah tuduhan polisi."
    )
    assert ("PT Kayu Alam Jaya", "reject", "Polda Jambi") in coded
    assert ("Rudi Hartanto", "reject", "Polda Jambi") not in coded


def test_a_sentence_opening_after_the_subjects_own_act_takes_its_day() -> None:
    dated = _dated(
        "Forum Warga Sehati melaporkan Rudi Hartanto ke Polda Jambi, Senin (2/3/2026). "
        "Seusai membuat laporan, Ketua Forum Warga Sehati, Darto, meminta polisi "
        "segera memeriksa Rudi."
    )
    asked = {d for s, a, t, d in dated if a == "appeal" and t == "Polda Jambi"}
    assert asked == {"2026-03-02"}
