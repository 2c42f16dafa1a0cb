"""Classes fixed against blind27's false relations (issue 18), tested on invented
sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples, dated_triples

PUBLISHED = "2026-06-10"


_coded = partial(coded_triples, published=PUBLISHED)


# F1. An act inside a condition ("jika X tetap menggelar …") may happen; it is not done
def test_an_act_in_a_condition_is_not_coded() -> None:
    coded = _coded(
        "Korea Utara mengancam Jepang dengan balasan kalau Tokyo terus menggelar latihan "
        "militer bersama Filipina di dekat perairannya, Selasa (9/6/2026)."
    )
    assert ("North Korea", "threaten", "Japan") in coded
    assert not any(a == "posture" for _, a, _ in coded)


# F2. What a warning's "bahwa" clause tells is the warning's threat, not an act of its
# own aimed at whoever acted last
def test_the_clause_of_a_warning_is_no_act_of_its_own() -> None:
    coded = _coded(
        "Pesawat tempur Thailand menggempur dua desa perbatasan di Oddar, Kamboja, Senin "
        "(8/6/2026) malam. Bangkok mengatakan yang diserang adalah markas milisi."
        "\n\nJuru bicara pemerintah Kamboja, Pen Sovann, Selasa (9/6/2026), mengutuk "
        "serangan itu. Ia memperingatkan Thailand bahwa Phnom Penh akan membalas jika "
        "pelanggaran itu terulang."
    )
    assert ("Pen Sovann", "threaten", "Thailand") in coded
    # the strike on a village in Cambodia is Thailand's act on Cambodia (blind28 class R3)
    assert all(t == "Thailand" for s, _, t in coded if s != "Thailand")


# F3. The object of the verb a purpose clause belongs to does not act in it
# ("mengerahkan anggota X untuk membantu Y": the one deploying helps)
def test_the_members_deployed_do_not_act_in_the_purpose_clause() -> None:
    coded = _coded(
        "Pemerintah Kota Sukamaju mengerahkan anggota Badan Penanggulangan Bencana "
        "untuk membantu Pemerintah Kabupaten Lembah Hijau, Selasa (9/6/2026)."
    )
    sources = {s for s, a, _ in coded if a in ("aid", "intend")}
    assert sources and all("Penanggulangan" not in s for s in sources)


# F4. Help offered through a purpose clause ("siap mengirim … untuk membantu X") is
# an intent, not aid given
def test_help_offered_in_a_purpose_clause_is_an_intent() -> None:
    coded = _coded(
        "Pemerintah Kota Sukamaju menyatakan siap mengirim relawan untuk membantu "
        "Pemerintah Kabupaten Lembah Hijau."
    )
    assert any(a == "intend" for _, a, _ in coded)
    assert not any(a == "aid" for _, a, _ in coded)


# F5. Stopping a ship on its way is a seizure its censure points back to; stopping
# an aircraft is air defence, no seizure
def test_a_ship_intercepted_is_a_seizure_its_censure_points_to() -> None:
    coded = _coded(
        "Angkatan Laut Chile mencegat kapal nelayan Peru di Laut Pasifik, "
        "Senin (8/6/2026). Ekuador mengecam pencegatan itu."
    )
    assert any((s, a) == ("Ecuador", "disapprove") and "Chile" in t for s, a, t in coded)


def test_an_aircraft_intercepted_is_no_seizure() -> None:
    coded = _coded(
        "Angkatan Udara Chile mencegat dua pesawat pembom Peru di atas laut, Senin (8/6/2026)."
    )
    assert not any(a == "sanction" for _, a, _ in coded)


# F6. A minister's portfolio tagged as a body ("Menteri Angkatan Bersenjata X"): the
# unnamed minister acts for the state
def test_an_unnamed_minister_of_a_portfolio_acts_for_the_state() -> None:
    coded = _coded(
        "Menteri Pertahanan Budi Santoso bertemu Menteri Angkatan Darat Jerman di "
        "Jakarta, Selasa (9/6/2026)."
    )
    assert any(a == "consult" and {s, t} == {"Budi Santoso", "Germany"} for s, a, t in coded)


# F7. An organ named with its short name and then its parent ("Dewan Pengurus Wilayah
# (DPW) Partai X"): the organ acts, and is acted on, as the parent
def test_an_organ_named_before_its_parent_is_the_parent() -> None:
    coded = _coded(
        "Dewan Pengurus Wilayah (DPW) Partai Nusantara Jaya memberhentikan kadernya, "
        "Hendra Wijaya, Senin (8/6/2026). Sehari kemudian, Hendra menggugat DPW "
        "Nusantara Jaya ke pengadilan."
    )
    assert ("Hendra Wijaya", "disapprove", "Partai Nusantara Jaya") in coded
    assert all("Dewan Pengurus" not in s + t for s, _, t in coded)


# D1. An invitation to talks set a week ahead is made when reported: the week is the
# talks', not the invitation's
def test_an_invitation_to_talks_next_week_is_dated_by_the_report() -> None:
    dated = dated_triples(
        "Jepang, yang tahun lalu menengahi perundingan kedua negara, mengundang delegasi "
        "Hanoi dan Manila ke Tokyo pekan depan.",
        PUBLISHED,
    )
    assert ("Japan", "intend", "Philippines", PUBLISHED) in dated
