"""Classes fixed against blind28's false relations and the largest classes of misses
of blind26 to blind28 (issue 18), tested on invented sentences (never the blind sets'
text)."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples

PUBLISHED = "2026-06-10"


_coded = partial(coded_triples, published=PUBLISHED)


# F1. A spokesman warning that his own state will retaliate is no target of it
def test_a_retaliation_is_not_aimed_at_its_own_spokesman() -> None:
    coded = _coded(
        "Jubir Kemenlu Iran Reza Farahani, Selasa (9/6/2026), mengecam keputusan Kanada "
        "itu dan memperingatkan Iran akan membalas dengan menahan kapal dagang negara itu."
    )
    assert ("Reza Farahani", "disapprove", "Canada") in coded
    assert not any(t == "Reza Farahani" for _, _, t in coded)


# F2. "Bupati X" heads the regency X, whatever level the entity layer gave the name
def test_a_regent_acts_for_the_regency() -> None:
    coded = _coded(
        "Kejaksaan Negeri Kediri menahan seorang kepala seksi jalan dan jembatan, Senin "
        "(8/6/2026). Sementara itu, Bupati Kediri meminta Kejaksaan Negeri Kediri "
        "menuntaskan perkara itu sebelum akhir tahun."
    )
    sources = {s for s, a, _ in coded if a == "appeal"}
    assert sources == {"Pemerintah Kabupaten Kediri"}


# F3. A relative clause past the act a request asks for is on that act's object
def test_a_relative_clause_after_the_asked_act_names_no_addressee() -> None:
    coded = _coded(
        "Sementara itu, KontraS meminta polisi memeriksa gudang yang disewa Hendra "
        "Gunawan, Senin (8/6/2026)."
    )
    assert not any(t == "Hendra Gunawan" for _, _, t in coded)


def test_a_relative_clause_on_the_request_s_own_object_still_names_its_agent() -> None:
    coded = _coded("Manila, Senin (8/6/2026), memprotes atlas sekolah yang dicetak China.")
    assert ("Philippines", "disapprove", "China") in coded


# F4. A summons told with an expulsion is a protest made in kind, not a request
def test_a_summons_with_an_expulsion_is_a_censure() -> None:
    coded = _coded(
        "Kementerian Luar Negeri Polandia memanggil kuasa usaha Belarus dan mengusir dua "
        "diplomat negara itu, Rabu (10/6/2026)."
    )
    assert ("Poland", "disapprove", "Belarus") in coded
    assert not any(a == "demand" for _, a, _ in coded)


# R1. A bare "manajemen" or "perusahaan" right after a verb, or "manajemen" opening a
# clause, is the firm of the story
def test_the_management_is_the_firm_named_before() -> None:
    coded = _coded(
        "Ratusan buruh PT Sinar Tekstil Jaya mogok kerja, Senin (8/6/2026). Ketua "
        "Serikat Buruh Tekstil, Bambang Sutrisno, menuntut manajemen membayar upah "
        "lembur. Sehari kemudian, manajemen menampik desakan itu."
    )
    assert ("Bambang Sutrisno", "demand", "PT Sinar Tekstil Jaya") in coded
    assert ("PT Sinar Tekstil Jaya", "reject", "Bambang Sutrisno") in coded


def test_a_firm_noun_heading_a_longer_phrase_names_no_firm() -> None:
    coded = _coded(
        "PT Sinar Tekstil Jaya membuka pabrik baru, Senin (8/6/2026). Polisi menggerebek "
        "perusahaan tekstil ilegal di Bandung pada hari yang sama."
    )
    assert not any(t == "PT Sinar Tekstil Jaya" for _, _, t in coded)


# R2. Members listed after a count noun are the targets, and the list does not use up
# the reach of the cue's next word
def test_a_counted_list_of_firms_is_the_target() -> None:
    coded = _coded(
        "Beijing, Selasa (9/6/2026), memasukkan tiga pemasok suku cadang Kanada, yakni "
        "Northwind Avionics, Polaris Marine Systems, dan Boreal Defense, ke daftar hitam "
        "ekspornya."
    )
    targets = {t for s, a, t in coded if (s, a) == ("China", "sanction")}
    assert {"Northwind Avionics", "Boreal Defense"} <= targets
    assert "Canada" not in targets


# R3. An attack on a place named with its state after a comma strikes the state
def test_an_attack_on_a_place_in_a_state_is_on_the_state() -> None:
    coded = _coded(
        "Pada Senin (8/6/2026) dini hari Israel melancarkan gempuran udara ke Pelabuhan "
        "Tyre, Lebanon selatan."
    )
    assert ("Israel", "fight", "Lebanon") in coded


def test_a_place_without_its_state_names_no_target() -> None:
    coded = _coded(
        "Pada Senin (8/6/2026) dini hari Israel melancarkan gempuran udara ke Pelabuhan Tyre."
    )
    assert not any(a == "fight" and t != "Lebanon" and t != "Israel" for _, a, t in coded)
