"""Actors and targets the entity layer left untagged, cut short or resolved wrong, found
on the relation misses of blind40 and guarded by every older blind set (issues 17 and
18): a company abroad named by its trade's word in its own language, the European
Union's organs named after the continent, a UN organ named alone, an organ with its
declared short form and its parent's acronym, a state company's "(Persero)" before its
partner, a state ISO 3166 leaves out and its capital, a leader's name the tagger glued
to the country and cut a word short, a place phrase opening the sentence before the
subject, and a disciplinary sanction in a sports sentence. Tested on invented
sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples

from warta.pipeline.local import process

PUBLISHED = "2026-03-04"

_coded = partial(coded_triples, published=PUBLISHED)


def _entities(text: str) -> dict[str, tuple[str, str | None]]:
    """``{surface: (type, entity)}`` of the mentions of ``text``."""
    return {m.text: (m.type, m.entity) for m in process(text, published=PUBLISHED).mentions}


# 1. "Banco <Name>", "Financiera del <Name>": a company abroad, no man and no place
def test_foreign_companies_by_their_trade_word_are_sanctioned_targets() -> None:
    text = (
        "Kementerian Keuangan Inggris membekukan aset milik Banco Andino dan Financiera "
        "del Pacifico, dua bank asal Kolombia, Selasa (3/3/2026)."
    )
    ents = _entities(text)
    assert ents["Banco Andino"][0] == "ORG"
    assert ents["Financiera del Pacifico"][0] == "ORG"
    coded = _coded(text)
    assert ("United Kingdom", "sanction", "Banco Andino") in coded
    assert ("United Kingdom", "sanction", "Financiera del Pacifico") in coded


def test_a_group_named_after_a_family_is_a_company() -> None:
    assert _entities("Grupo Morales membeli pabrik semen di Gresik.")["Grupo Morales"][0] == "ORG"


# 2. "Komisi Eropa", "Parlemen Eropa": the Union's organs, no place "Eropa"
def test_the_unions_organs_named_after_the_continent_act_and_are_asked() -> None:
    coded = _coded("Menteri Perdagangan Malaysia meminta Komisi Eropa menunda aturan itu.")
    assert ("Malaysia", "appeal", "Komisi Eropa") in coded
    text = (
        "Dalam sidang pleno, Kamis (5/3/2026), Parlemen Eropa mengecam Malaysia atas "
        "pembalakan hutan tropis."
    )
    assert _entities(text)["Parlemen Eropa"] == ("ORG", "Parlemen Eropa")
    assert ("Parlemen Eropa", "disapprove", "Malaysia") in _coded(text)


# 3. "meminta Dewan Keamanan …" after the UN is named: the UN's organ
def test_a_un_organ_named_alone_is_the_organ_named_in_full_before() -> None:
    text = (
        "Sidang Dewan Keamanan PBB tentang krisis pangan Sudan ditunda sepekan. Pemerintah "
        "Chile, Jumat, meminta Dewan Keamanan mempercepat sidang itu."
    )
    assert _entities(text)["Dewan Keamanan"] == ("ORG", "Dewan Keamanan PBB")
    assert ("Chile", "appeal", "Dewan Keamanan PBB") in _coded(text)


def test_a_council_named_with_its_own_state_is_no_un_organ() -> None:
    text = "Ketua PBB hadir. Dewan Keamanan Nasional Filipina meminta warga tenang."
    assert "Dewan Keamanan" not in _entities(text)


# 4. "Komite <Field> (<ACR>) <ORG>": the organ of that organisation, named whole
def test_an_organ_with_its_short_form_and_its_parents_acronym_is_one_body() -> None:
    text = (
        "Komite Etik (Koet) PBSI menjatuhkan sanksi kepada PB Jaya Raya berupa denda. "
        "Koet juga memanggil pelatih klub itu."
    )
    ents = _entities(text)
    assert ents["Komite Etik (Koet) PBSI"] == ("ORG", "Komite Etik PBSI")
    assert ents["Koet"] == ("ORG", "Komite Etik PBSI")
    assert ("Komite Etik PBSI", "sanction", "PB Jaya Raya") in _coded(text)


def test_a_regional_short_form_after_the_bracket_is_no_parent() -> None:
    ents = _entities("Komisi Pemilihan Umum (KPU) DKI menetapkan hasil rekapitulasi.")
    assert "Komisi Pemilihan Umum DKI" not in {e for _t, e in ents.values()}


# 5. "PT <Name> (Persero) dan <Partner>": the state company named whole
def test_a_state_company_before_its_partner_keeps_its_legal_form() -> None:
    coded = _coded(
        "Di Palembang, PT Pupuk Sriwijaya (Persero) dan Petronas menandatangani kerja sama "
        "pasokan gas untuk pabrik amonia."
    )
    assert ("PT Pupuk Sriwijaya (Persero)", "cooperate", "Petronas") in coded


# 6. a state ISO 3166 leaves out, and its capital standing for it
def test_a_capital_of_a_state_outside_iso_stands_for_its_state() -> None:
    coded = _coded("Prishtina mengecam Tirana atas penutupan jalur kereta lintas batas.")
    assert ("Kosovo", "disapprove", "Albania") in coded


# 7. "Presiden <Country> <Given> <Given>| <Surname>": the surname the tagger left out
def test_a_leaders_last_name_after_a_glued_country_is_the_names() -> None:
    coded = _coded(
        "Presiden Sri Lanka Nimal Kumara Jayasekara mengapresiasi Jakarta yang mengirim "
        "tenda dan obat-obatan."
    )
    assert any(s == "Nimal Kumara Jayasekara" and t == "Indonesia" for s, _a, t in coded)


# 8. "Dari <Capital>, X, <day>, …": the place the news comes from is no part of X's phrase
def test_a_place_phrase_opening_the_sentence_leaves_the_subject_acting() -> None:
    coded = _coded(
        "Dari Lima, Kementerian Luar Negeri Peru, Senin, mengkritik keputusan Washington "
        "serta meminta Bolivia membuka kembali perbatasannya."
    )
    assert ("Peru", "disapprove", "United States") in coded
    assert ("Peru", "appeal", "Bolivia") in coded
    assert ("United States", "appeal", "Bolivia") not in coded


# 9. "menjatuhkan sanksi kepada <Club> … di laga …": discipline in sport, no play
def test_a_disciplinary_sanction_in_a_sentence_about_matches_is_coded() -> None:
    coded = _coded(
        "Komisi Disiplin PBVSI menjatuhkan sanksi kepada Garuda Samator karena kericuhan "
        "penonton di laga pekan lalu."
    )
    assert ("Komisi Disiplin PBVSI", "sanction", "Garuda Samator") in coded


def test_a_catch_in_a_match_is_still_no_arrest() -> None:
    coded = _coded("Kiper Persija menangkap bola sundulan pemain Persib dalam laga itu.")
    assert not any(a == "sanction" for _, a, _ in coded)
