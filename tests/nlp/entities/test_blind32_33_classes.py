"""FE32/33: classes of blind32's and blind33's errors - a defendant's patronymic ("bin",
"binti") and his nickname after "alias", the father a patronymic names as a person of
his own, a holder named by his relation to another ("kuasa hukum <Name>"), a Chinese name
with a syllable spelt like a month and cut short by the tagger, a village cited bare
after its headed name, a customary chief's title before his village, a body opening a
list of bodies (invented sentences; no seed or gold text)."""

from __future__ import annotations

from tests.nlp.entities.resolved import people, resolve, types

# -- persons ---------------------------------------------------------------------------------


def test_a_given_name_before_binti_is_the_person_not_her_father() -> None:
    text = (
        "Pengadilan menghukum Tarsini binti Karmin (44), terdakwa kasus penipuan arisan, "
        "Senin (2/3/2026). Tarsini menyatakan menerima putusan itu."
    )
    # the tagger found the father's name only, after the lower-case "binti"
    out = resolve(text, [("Karmin", "PER")])
    assert ("Tarsini binti Karmin", "PER", "Tarsini binti Karmin") in out, out


def test_the_patronymic_after_a_nickname_is_no_second_person() -> None:
    text = (
        "Hakim memvonis Bayu Pratama alias Acung bin Kasdi (27) enam tahun penjara. "
        "Acung terbukti mengedarkan sabu."
    )
    found = people(text)
    holders = [n for n, forms in found.items() if "Acung" in forms or "Bayu Pratama" in forms]
    assert len(holders) == 1, found
    assert {"Bayu Pratama", "Acung"} <= set(found[holders[0]]), found


def test_a_father_named_in_a_patronymic_and_quoted_alone_is_his_own_person() -> None:
    text = (
        "Terdakwa, Rahmat bin Rusdan alias Amat (31), divonis lima tahun penjara. Ayah "
        'Rahmat, Rusdan (66), menangis di ruang sidang. "Anak saya khilaf," ujar Rusdan.'
    )
    found = people(text)
    assert "Rusdan" in found, found
    assert "Rusdan" not in found.get("Rahmat bin Rusdan", ()), found


def test_the_counsel_named_after_his_client_is_a_person() -> None:
    text = (
        "Terdakwa dihukum tiga tahun. Kuasa hukum Doni, Wiwik Handayani, mengatakan "
        "kliennya belum memutuskan banding."
    )
    out = resolve(text, [("Doni", "PER")])  # the tagger missed the counsel
    assert ("Wiwik Handayani", "PER", "Wiwik Handayani") in out, out


def test_an_aged_chinese_name_with_a_month_syllable_is_whole() -> None:
    text = "Penjual lampion di depan kelenteng, Goh Mei Sian (38), mengaku dagangannya laris."
    out = resolve(text, [("Goh", "ORG")])  # the tagger cut the name before "Mei"
    assert [(x[0], x[1]) for x in out] == [("Goh Mei Sian", "PER")], out


# -- types -----------------------------------------------------------------------------------


def test_a_village_cited_bare_after_its_head_is_a_place() -> None:
    text = (
        "Banjir bandang menerjang Jorong Batu Hampar, Nagari Lubuk Aro, Kabupaten Agam. "
        "Bupati yang meninjau Batu Hampar meminta warga waspada."
    )
    out = resolve(text, [("Jorong Batu Hampar", "LOC"), ("Batu Hampar", "PER")])
    assert ("Batu Hampar", "LOC", "Jorong Batu Hampar") in out, out


def test_a_customary_chief_before_his_village_names_the_village() -> None:
    text = (
        "Air danau merendam rumah panggung di Kampung Yoboi, Distrik Sentani. Ondoafi "
        "Yoboi, Yakob Pepuho, meminta warga mengungsi. \"Arus kuat,\" kata Ondoafi Pepuho."
    )
    kinds = types(text)
    assert kinds.get("Yoboi") != "PER" and kinds.get("Ondoafi Yoboi") != "PER", kinds
    found = people(text)
    assert "Pepuho" in " ".join(found.get("Yakob Pepuho", ())), found


def test_a_name_opening_a_list_of_bodies_is_a_body() -> None:
    text = (
        "Sebanyak 250 petugas gabungan dari Wirabumi Sakti, TNI, Polri, dan relawan "
        "dikerahkan memadamkan api."
    )
    out = resolve(text, [("Wirabumi Sakti", "PER"), ("TNI", "ORG"), ("Polri", "ORG")])
    assert out[0][:2] == ("Wirabumi Sakti", "ORG"), out


def test_a_name_listed_with_one_body_only_keeps_its_type() -> None:
    text = "Hadir dalam rapat itu Wiryo Santoso, Polri, dan warga desa."
    out = resolve(text, [("Wiryo Santoso", "PER"), ("Polri", "ORG")])
    assert out[0][:2] == ("Wiryo Santoso", "PER"), out
