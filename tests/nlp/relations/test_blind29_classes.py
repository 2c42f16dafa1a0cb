"""Classes fixed against the misses of blind28 and blind29 (issue 18: recall), tested
on invented sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples

PUBLISHED = "2026-03-06"

_coded = partial(coded_triples, published=PUBLISHED)

_SEALED = (
    "CILEGON - Kementerian Lingkungan Hidup menyegel gudang milik PT Sumber Angin Jaya "
    "di Cilegon, Senin (2/3/2026). "
)


# M1. The owner after "milik" is the target however many plain words name the property
def test_the_owner_of_a_long_named_property_is_the_target() -> None:
    coded = _coded(
        "Dinas Lingkungan Hidup Kota Cilegon menyegel pabrik pengolahan air limbah milik "
        "PT Sumber Angin Jaya, Senin (2/3/2026)."
    )
    assert ("Dinas Lingkungan Hidup Kota Cilegon", "sanction", "PT Sumber Angin Jaya") in coded


# M2. "sementara" right after a transitive verb is "temporarily", not "while"
def test_a_temporary_dismissal_reaches_its_object() -> None:
    coded = _coded(
        "Mendagri Hendro Wasesa memberhentikan sementara Bupati Lembah Hijau "
        "Darmawan Sulaiman, Rabu (4/3/2026)."
    )
    assert ("Hendro Wasesa", "sanction", "Darmawan Sulaiman") in coded


# M3. A body enacting a measure it decided: "mengadopsi paket sanksi terhadap X"
def test_adopting_a_sanctions_package_sanctions_its_target() -> None:
    coded = _coded(
        "BRUSSEL - Uni Eropa mengadopsi paket sanksi baru terhadap Iran, Senin (2/3/2026)."
    )
    assert ("European Union", "sanction", "Iran") in coded


# M4. A firm denying a charge as a clause rejects the one who acted against it
def test_a_firm_denying_a_charge_rejects_its_accuser() -> None:
    coded = _coded(_SEALED + "Sehari kemudian, PT Sumber Angin Jaya membantah membuang limbah.")
    assert ("PT Sumber Angin Jaya", "reject", "Kementerian Lingkungan Hidup") in coded


def test_a_manager_denying_for_the_firm_in_his_title() -> None:
    coded = _coded(
        _SEALED + "Direktur PT Sumber Angin Jaya, Bagus Haryanto, membantah perusahaannya "
        "membuang limbah ke laut."
    )
    assert ("PT Sumber Angin Jaya", "reject", "Kementerian Lingkungan Hidup") in coded


def test_a_firm_named_short_denies_for_its_full_name() -> None:
    coded = _coded(
        _SEALED + "Direktur PT Sumber Angin, Bagus Haryanto, menyatakan perusahaan akan "
        "patuh, tetapi membantah membuang limbah ke laut."
    )
    assert any(s.startswith("PT Sumber Angin") and a == "reject" for s, a, _ in coded)


def test_a_state_denying_its_own_act_abroad_is_no_rejection() -> None:
    coded = _coded(
        "Menteri Luar Negeri Kanada Anita Anand menuduh Venezuela mengirim drone ke "
        "Guyana, Senin (2/3/2026). Caracas membantah mengirim drone ke Guyana."
    )
    assert not any(a == "reject" for _, a, _ in coded)


def test_a_counsel_denying_for_a_client_is_no_rejection() -> None:
    coded = _coded(
        "Kejaksaan Tinggi Banten menahan Kepala Dinas Perhubungan Lebak Yusuf Kamil, "
        "Senin (2/3/2026). Kuasa hukum Yusuf membantah kliennya menerima uang."
    )
    assert not any(a == "reject" for _, a, _ in coded)


# M5. A body's bare head noun, asked to act, is the body told before
def test_a_bare_ministry_asked_to_act_is_the_ministry_told() -> None:
    coded = _coded(
        _SEALED + "Sementara itu, Forum Nelayan Cilegon meminta kementerian juga memeriksa "
        "pabrik lain."
    )
    assert ("Forum Nelayan Cilegon", "appeal", "Kementerian Lingkungan Hidup") in coded


# M6. "A dan Gubernur <wilayah> B": the regional office does not end the coordination
def test_two_governors_signing_cooperate_without_a_meeting() -> None:
    coded = _coded(
        "Gubernur Banten Andra Soni dan Gubernur Lampung Rahmat Mirzani menandatangani "
        "kesepakatan bersama pengelolaan air di Serang, Jumat (6/3/2026)."
    )
    assert ("Andra Soni", "cooperate", "Rahmat Mirzani") in coded
    assert not any(a == "consult" for _, a, _ in coded)


# F1. How a threatened retaliation would be done is the threat's, not an act told
def test_the_means_of_a_threatened_retaliation_is_no_act() -> None:
    coded = _coded(
        "Uni Eropa membekukan aset sejumlah bank Belarus, Senin (2/3/2026). Juru bicara "
        "Kementerian Luar Negeri Belarus Ruslan Varankov memperingatkan Belarus akan "
        "membalas dengan menyita kapal-kapal milik Eropa."
    )
    assert not any(s == "Belarus" and a == "sanction" for s, a, _ in coded)
