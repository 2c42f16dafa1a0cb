"""Acts asked for past a long name or a leave given, a request passed on, a state's
opposition, an envoy named with his posting, a signing and an announcement that go on
with the act told, a lead's closing day, a joint act with a unit, a denial answering the
lead agent, a joint body set up "bersama" a side, and a plan's owner past a long plan,
tested on invented sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples, dated_triples

PUBLISHED = "2026-06-12"

_coded = partial(coded_triples, published=PUBLISHED)
_dated = partial(dated_triples, published=PUBLISHED)


# 1. "meminta <a body's long name> (<short name>) mencabut izin X": the revocation is
# asked for, not done, however many words name the body asked
def test_an_act_asked_of_a_body_with_a_long_name_is_not_done() -> None:
    coded = _coded(
        "Gubernur Maluku Utara Sherly Laos meminta Kementerian Energi dan Sumber Daya "
        "Mineral (KESDM) mencabut izin PT Halmahera Nikel Perkasa."
    )
    assert not any(a == "sanction" for _, a, _ in coded)


# 2. "mendesak X mengizinkan <office> Y berkunjung … dan meminta Z …": the visit is only
# allowed, and the second request is the first asker's
def test_a_visit_allowed_is_no_visit_and_the_asker_goes_on_asking() -> None:
    coded = _coded(
        "Menteri Luar Negeri Belanda Caspar Veldkamp mendesak Kolombia mengizinkan "
        "Pelapor Khusus PBB berkunjung ke Cauca dan meminta Uni Eropa mengirim pemantau."
    )
    assert ("United Nations", "consult", "Colombia") not in coded
    assert not any(s == "United Nations" for s, _, _ in coded)
    assert any(a == "appeal" and t == "European Union" for _, a, t in coded)


# 3. "berjanji menyampaikan tuntutan itu kepada Z": the asker's demand carried to Z,
# no demand of the one who carries it
def test_a_demand_passed_on_is_not_the_carriers_demand() -> None:
    coded = _coded(
        "Ratusan guru honorer berunjuk rasa di depan kantor Bupati Sleman. Kepala Dinas "
        "Pendidikan Sleman, Rina Astuti, berjanji menyampaikan tuntutan itu kepada Bupati "
        "Harda Kiswaya."
    )
    assert not any(a == "demand" and t == "Harda Kiswaya" for _, a, t in coded)


# 4. "koalisi oposisi X menyambut … dan meminta Y …": the opposition is not the state X
def test_a_states_opposition_is_not_the_state() -> None:
    coded = _coded(
        "Koalisi oposisi Serbia menyambut sanksi Jerman dan meminta Prancis mengambil "
        "langkah serupa."
    )
    assert not any(s == "Serbia" for s, _, _ in coded)


# 5. "diteken A dan Duta Besar X untuk Y, <nama>": X and its own envoy are one side
def test_an_envoy_named_with_his_posting_is_his_states_own() -> None:
    coded = _coded(
        "Indonesia dan Korea Selatan menandatangani perjanjian hibah, Selasa (9/6/2026). "
        "Dokumen diteken Menteri Luar Negeri Sugiono dan Duta Besar Korea Selatan untuk "
        "Indonesia, Park Soo-duk, di Jakarta."
    )
    assert not any({s, t} == {"South Korea", "Park Soo-duk"} for s, _, t in coded)


# 6. "…, Selasa (…). Dokumen diteken A dan B": the signing of the document just told,
# on its day
def test_a_document_signed_goes_on_with_the_signing_day() -> None:
    dated = _dated(
        "Pemerintah Indonesia dan Jerman menandatangani perjanjian hibah energi, Selasa "
        "(9/6/2026). Dokumen diteken Menteri Keuangan Sri Mulyani dan Duta Besar Jerman "
        "untuk Indonesia, Ina Lepel, di Jakarta."
    )
    signed = [d for s, a, t, d in dated if s == "Sri Mulyani" or t == "Sri Mulyani"]
    assert signed and all(d == "2026-06-09" for d in signed)


# 7. An undated lead and "Dalam pengumuman Selasa (…), …" right after it: the day the
# act was announced
def test_an_undated_lead_takes_the_day_of_its_announcement() -> None:
    dated = _dated(
        "Pemerintah Kanada menjatuhkan sanksi terhadap tiga pejabat militer Myanmar. "
        "Dalam pengumuman Selasa (9/6/2026), Kementerian Luar Negeri Kanada menyebut aset "
        "ketiganya dibekukan."
    )
    assert ("Canada", "sanction", "Myanmar", "2026-06-09") in dated


# 8. "X memveto rancangan yang menuntut …, Selasa (…).": the day set off to close the
# sentence is the veto's, not the draft's demand
def test_a_lead_closing_day_dates_the_main_act_past_a_relative_clause() -> None:
    dated = _dated(
        "Rusia memveto rancangan resolusi Dewan Keamanan PBB yang menuntut gencatan "
        "senjata di Sudan, Selasa (9/6/2026)."
    )
    assert ("Russia", "reject", "Dewan Keamanan PBB", "2026-06-09") in dated


# 9. "A bersama <unit> B menyegel …": both act; a denial answers the lead agent A
def test_a_joint_act_with_a_unit_and_the_denial_of_the_lead_agent() -> None:
    coded = _coded(
        "Badan Pengawas Obat dan Makanan (BPOM) bersama Satgas Pangan Polri menyegel pabrik "
        "PT Sari Rasa Nusantara di Tangerang, Rabu (10/6/2026), karena sirupnya mengandung "
        "bahan berbahaya. "
        "BPOM juga memerintahkan perusahaan menarik produknya dari pasar. Kuasa hukum PT "
        "Sari Rasa Nusantara, Budi Hartono, membantah kliennya sengaja mencampur bahan "
        "berbahaya."
    )
    assert ("Badan Pengawas Obat dan Makanan", "sanction", "PT Sari Rasa Nusantara") in coded
    assert ("Polri", "sanction", "PT Sari Rasa Nusantara") in coded
    assert ("PT Sari Rasa Nusantara", "reject", "Badan Pengawas Obat dan Makanan") in coded
    assert ("PT Sari Rasa Nusantara", "reject", "Polri") not in coded


# 10. "siap membentuk tim kerja bersama X": a joint body offered with X
def test_a_joint_team_offered_bersama_a_side() -> None:
    coded = _coded(
        "Presiden Vietnam meminta Thailand membantu memburu sindikat penipuan daring. "
        "Perdana Menteri Thailand Anutin Charnvirakul menyatakan siap membentuk tim kerja "
        "bersama Kementerian Keamanan Publik Vietnam."
    )
    assert any(a == "intend" and s == "Anutin Charnvirakul" for s, a, _ in coded)


# 11. "menolak rencana kenaikan tarif air bersih X": the owner of the plan, past the
# plain words that name it
def test_the_owner_of_a_plan_named_at_length_is_the_target() -> None:
    coded = _coded(
        "DPRD Kota Semarang menolak rencana kenaikan tarif air bersih PT Tirta Moedal "
        "sebesar 25 persen, Senin (8/6/2026)."
    )
    assert ("DPRD Kota Semarang", "reject", "PT Tirta Moedal") in coded
