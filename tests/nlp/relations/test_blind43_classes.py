"""A summons after an expulsion, an official acting about his own state, a door opened
to talks, a blocked draft's demands, an offer or a promise and a refusal answering the
side that asked, and a firm's unit named with its number, tested on invented sentences
(never the blind sets' text)."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples

PUBLISHED = "2026-03-06"

_coded = partial(coded_triples, published=PUBLISHED)


# 1. "mendeportasi atase X dan memanggil kuasa usahanya": a summons coordinated after an
# expulsion is a protest made in kind, not a request
def test_a_summons_after_an_expulsion_is_a_censure_not_a_demand() -> None:
    coded = _coded(
        "Pemerintah Norwegia mengusir dua diplomat Iran, Senin (2/3/2026). Sehari "
        "kemudian, Iran mengusir seorang atase Norwegia dan memanggil Duta Besar Norwegia "
        "guna memprotes langkah Oslo."
    )
    assert ("Iran", "disapprove", "Norway") in coded
    assert ("Iran", "demand", "Norway") not in coded


# 2. "Menteri X, <nama>, …. Ia mengancam menutup … X": the minister's own state is where
# the act lands, not whom it is aimed at
def test_an_official_acts_for_his_state_never_on_it() -> None:
    coded = _coded(
        "Menteri Perdagangan Venezuela, Carlos Ramos, menyebut sanksi Amerika Serikat itu "
        "ilegal, Selasa (3/3/2026). Ia mengancam menutup pelabuhan Venezuela bagi kapal "
        "tanker Amerika Serikat."
    )
    assert not any(t == "Venezuela" for s, _, t in coded if s == "Carlos Ramos")


def test_a_title_is_read_up_to_its_head_only() -> None:
    coded = _coded(
        "Presiden Kenya William Ruto bertemu Presiden Tanzania Samia Suluhu Hassan di "
        "Nairobi, Selasa (3/3/2026). Dalam pertemuan itu, Samia Suluhu Hassan meminta "
        "Kenya membuka kembali perbatasan."
    )
    assert ("Samia Suluhu Hassan", "appeal", "Kenya") in coded


# 3. "membuka pintu perundingan dengan X": willing to talk, not talking
def test_a_door_opened_to_talks_is_an_intent() -> None:
    coded = _coded(
        "Perdana Menteri Swedia, Ulf Berg, Rabu (4/3/2026), menyatakan Stockholm masih "
        "membuka pintu perundingan perikanan dengan Rusia."
    )
    assert ("Sweden", "intend", "Russia") in coded
    assert ("Sweden", "consult", "Russia") not in coded


# 4. "menjegal rancangan resolusi X yang menuntut Y …": a draft blocked was never issued
def test_a_blocked_drafts_demand_is_no_ones() -> None:
    coded = _coded(
        "Rusia menjegal rancangan resolusi Majelis Umum PBB yang menuntut junta Mali "
        "membebaskan para tahanan politik, Selasa (3/3/2026)."
    )
    assert not any(a == "demand" for _, a, _ in coded)


def test_an_adopted_resolutions_demand_stays_its_issuers() -> None:
    coded = _coded(
        "Dewan Keamanan PBB mengesahkan resolusi yang menuntut militer Sudan menghentikan "
        "serangan ke kamp pengungsi, Selasa (3/3/2026)."
    )
    assert ("Dewan Keamanan PBB", "demand", "Sudan") in coded


# 5. "X meminta Y …. Y bersedia …, namun menolak …": the refusal answers the asker, also
# by a minister named with his state before a comma
def test_a_refusal_after_an_offer_answers_the_one_who_asked() -> None:
    coded = _coded(
        "Kementerian Perdagangan Filipina, Senin (2/3/2026), meminta Vietnam menurunkan "
        "bea masuk gula. Pemerintah Vietnam menyatakan bersedia menunda kenaikan tarif, "
        "namun menolak mencabut bea masuk yang berlaku."
    )
    assert ("Vietnam", "intend", "Philippines") in coded
    assert ("Vietnam", "reject", "Philippines") in coded


def test_a_ministers_refusal_answers_the_request_made_of_his_state() -> None:
    coded = _coded(
        "Menteri Energi Filipina, Gilberto Reyes, meminta Korea Selatan berbagi "
        "teknologi reaktor, Senin (2/3/2026). Menteri Perindustrian Korea Selatan, Ahn "
        "Kyu-back, menolak membuka rancangan reaktor itu."
    )
    assert ("Ahn Kyu-back", "reject", "Gilberto Reyes") in coded


def test_a_ministers_promise_answers_the_request_made_of_his_state() -> None:
    coded = _coded(
        "Menteri Energi Filipina, Gilberto Reyes, meminta Korea Selatan berbagi "
        "teknologi reaktor, Senin (2/3/2026). Menteri Perindustrian Korea Selatan, Ahn "
        "Kyu-back, berjanji menindaklanjutinya."
    )
    assert ("Ahn Kyu-back", "intend", "Gilberto Reyes") in coded


def test_an_offer_to_take_the_request_up_answers_the_asker() -> None:
    coded = _coded(
        "Menteri Energi Filipina, Gilberto Reyes, meminta Korea Selatan berbagi "
        "teknologi reaktor, Senin (2/3/2026). Menteri Perindustrian Korea Selatan, Ahn "
        "Kyu-back, menyatakan bersedia mempelajarinya."
    )
    assert ("Ahn Kyu-back", "intend", "Gilberto Reyes") in coded


def test_a_refusal_with_no_request_before_it_is_aimed_at_no_one() -> None:
    coded = _coded(
        "Pemerintah Vietnam, Senin (2/3/2026), menolak membebaskan tiga nelayan sebelum "
        "proses hukum selesai."
    )
    assert not any(a == "reject" for _, a, _ in coded)


# 6. "PT X Regional 2": a firm's unit is named with its number
def test_a_firms_unit_is_named_with_its_number() -> None:
    coded = _coded(
        "PT Kereta Api Indonesia Daop 8 menggandeng PT Dermaga Nusa Regional 2 untuk "
        "angkutan peti kemas, Selasa (3/3/2026)."
    )
    assert any(
        {s, t} == {"PT Kereta Api Indonesia Daop 8", "PT Dermaga Nusa Regional 2"}
        for s, _, t in coded
    )
