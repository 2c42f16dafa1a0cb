"""Classes fixed against blind25's misses and wrong dates (issue 18), tested on invented
sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples, dated_triples

from warta.nlp.relations.repairs import _firms_whole, _persons_retold
from warta.records import Mention

PUBLISHED = "2026-01-10"


_dated = partial(dated_triples, published=PUBLISHED)
_coded = partial(coded_triples, published=PUBLISHED)


# D1. A sentence opening "right after" a process named by its pe(N)-…-an noun
# ("Seusai pemungutan suara, …", "Dalam konferensi pers seusai perundingan, …") goes on
# with the day just told, not the report's
def test_right_after_a_nominalised_event_takes_the_day_told() -> None:
    dated = _dated(
        "Parlemen Eropa menyetujui paket sanksi baru terhadap Belarus, Kamis (8/1/2026). "
        "Seusai pemungutan suara, Menteri Luar Negeri Lituania mengecam Belarus atas "
        "pengerahan pasukan di perbatasan."
    )
    assert ("Lithuania", "disapprove", "Belarus", "2026-01-08") in dated


def test_right_after_a_meeting_inside_the_fronted_adverbial() -> None:
    dated = _dated(
        "Menteri Luar Negeri Vietnam Bui Thanh Son bertemu Menteri Luar Negeri Filipina "
        "Enrique Manalo di Hanoi, Kamis (8/1/2026). Dalam konferensi pers seusai "
        "perundingan, Menteri Pertahanan Filipina mengkritik China atas penembakan "
        "meriam air di Laut China Selatan."
    )
    assert any(a == "disapprove" and t == "China" and d == "2026-01-08" for _, a, t, d in dated)


# R1. A body named with its short name in parentheses, then a day set off by commas,
# still acts ("Lembaga X (LX), Kamis, meminta …")
def test_a_short_name_and_a_day_between_subject_and_verb() -> None:
    coded = _coded(
        "Lembaga Perlindungan Nasabah Nusantara (LPNN), Kamis, meminta Badan Pengawas "
        "Keuangan mencabut izin usaha koperasi simpan pinjam itu."
    )
    assert ("Lembaga Perlindungan Nasabah Nusantara", "appeal", "Badan Pengawas Keuangan") in (
        coded
    )


# R2. A firm's legal form in parentheses does not count toward a cue's reach
# ("menetapkan Direktur Utama PT X (Persero), <nama>, sebagai tersangka")
def test_a_legal_form_in_parentheses_does_not_use_up_the_reach() -> None:
    coded = _coded(
        "Kejaksaan Agung menetapkan Direktur Utama PT Bumi Karya Perkasa (Persero), "
        "Gunawan Prasetyo, sebagai tersangka kasus pengadaan rel, Kamis (8/1/2026)."
    )
    assert ("Kejaksaan Agung", "sanction", "Gunawan Prasetyo") in coded


# R3. A person tagged once is the same person where the entity layer missed the name
def test_a_person_missed_once_is_the_person_tagged_elsewhere() -> None:
    text = "Menteri Harsono menemui Budi. Harsono menolak."
    mentions = [
        Mention(24, 28, "Budi", "PER", "Budi"),
        Mention(30, 37, "Harsono", "PER", "Harsono"),
    ]
    found = _persons_retold(text, mentions)
    assert [(m.start, m.entity) for m in found] == [(8, "Harsono"), (24, "Budi"), (30, "Harsono")]


def test_a_name_running_on_is_another_name() -> None:
    text = "Harsono Wibowo datang. Harsono menolak."
    mentions = [Mention(23, 30, "Harsono", "PER", "Harsono")]
    assert len(_persons_retold(text, mentions)) == 1


# R4. A name after a firm's legal form ("PT", "CV") is the firm, even when the entity
# layer took part of it for a person; that person's other mentions are the firm
def test_a_person_inside_a_firms_name_is_the_firm() -> None:
    text = "PT Mega Rina Lestari menolak. Rina Lestari membantah."
    mentions = [
        Mention(8, 20, "Rina Lestari", "PER", "Rina Lestari"),
        Mention(30, 42, "Rina Lestari", "PER", "Rina Lestari"),
    ]
    found = _firms_whole(text, mentions)
    assert [(m.type, m.entity) for m in found] == [
        ("ORG", "PT Mega Rina Lestari"),
        ("ORG", "PT Mega Rina Lestari"),
    ]


def test_a_person_outside_a_firms_name_stays_a_person() -> None:
    text = "Direktur PT Mega, Rina Lestari, menolak."
    mentions = [Mention(18, 30, "Rina Lestari", "PER", "Rina Lestari")]
    assert _firms_whole(text, mentions)[0].type == "PER"


# A1. Dispatching carriers loaded with relief sends aid; the carrier's operator named
# in its description is no recipient
def test_relief_flown_in_a_forces_planes_goes_to_the_stricken_state() -> None:
    coded = _coded(
        "Pemerintah Indonesia menerbangkan tiga pesawat angkut TNI AU bermuatan 40 ton "
        "bantuan bagi korban gempa di Nepal, Kamis (8/1/2026)."
    )
    assert ("Indonesia", "aid", "Nepal") in coded
    assert not any(t == "TNI AU" for _, _, t in coded)


def test_a_departure_without_relief_is_no_aid() -> None:
    coded = _coded(
        "Kementerian Agama memberangkatkan 400 calon jemaah umrah ke Arab Saudi, Kamis (8/1/2026)."
    )
    assert not any(a == "aid" for _, a, _ in coded)


# A2. Thanks for an act pointed back to ("berterima kasih atas kiriman itu") goes to its
# agent, also from an envoy named with the state he is posted to and a day set off
def test_an_envoys_thanks_for_the_aid_just_told() -> None:
    coded = _coded(
        "Pemerintah Jepang mengirim 50 ton beras ke Myanmar, Rabu (7/1/2026). Duta Besar "
        "Myanmar untuk Jepang, Kamis, berterima kasih atas bantuan beras itu."
    )
    assert ("Myanmar", "cooperate", "Japan") in coded


# D2. A promise whose only date starts the promised work ("mulai Juni") is made on the
# day of the meeting it answers, wherever the time layer placed the month
def test_a_promise_starting_later_is_made_at_the_meeting() -> None:
    dated = _dated(
        "Presiden Filipina Ferdinand Marcos menerima kunjungan PM Malaysia Anwar "
        "Ibrahim di Manila, Kamis (8/1/2026). Anwar meminta Filipina menambah kuota "
        "pekerja musiman. Marcos menyanggupi usul itu mulai Juni."
    )
    assert any((s, a, d) == ("Ferdinand Marcos", "intend", "2026-01-08") for s, a, _, d in dated)
