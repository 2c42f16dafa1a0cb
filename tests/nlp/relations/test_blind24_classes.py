"""Classes fixed against blind24's misses, false relations and wrong dates (issue 18),
tested on invented sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples, dated_triples

from warta.nlp.relations.repairs import _office_places_dropped
from warta.records import Mention

PUBLISHED = "2026-01-10"


_dated = partial(dated_triples, published=PUBLISHED)
_coded = partial(coded_triples, published=PUBLISHED)


# D1. A pronoun subject opening on the occasion named ("Pada kesempatan yang sama, ia
# …") is dated by that occasion, not by the report
def test_a_pronoun_on_the_same_occasion_takes_its_day() -> None:
    dated = _dated(
        "Menteri Luar Negeri Vietnam Bui Thanh Son bertemu Menteri Luar Negeri Filipina "
        "Enrique Manalo di Hanoi, Kamis (8/1/2026). Manalo menyatakan pemerintahnya akan "
        "menambah kuota beasiswa mulai Juli. Pada kesempatan yang sama, ia mengundang "
        "Bui Thanh Son menghadiri forum pemuda di Manila pada Mei mendatang."
    )
    assert ("Enrique Manalo", "intend", "Bui Thanh Son", "2026-01-08") in dated


# D2. A sentence whose subject is a pronoun goes on with the speaker just told, on the
# day told, whoever the agent of the act reported
def test_a_pronoun_speaker_goes_on_with_the_day_told() -> None:
    dated = _dated(
        "Pemerintah Jepang mengusir dua diplomat China, Kamis (8/1/2026). Juru bicara "
        "Kementerian Luar Negeri China Lin Jian, Jumat, menyebut pengusiran itu tidak "
        "berdasar. Ia memastikan Beijing akan membalas."
    )
    assert ("China", "threaten", "Japan", "2026-01-09") in dated


# D3. The gist of a statement takes the day of the quote right after it, in the same
# paragraph, when the quote's attribution names the day
def test_the_gist_of_a_dated_quote_takes_its_day() -> None:
    dated = _dated(
        "Mahkamah Agung menjatuhkan sanksi pemberhentian kepada hakim Budi Santoso, Senin "
        '(5/1/2026). Budi menolak putusan itu. "Saya tidak pernah menerima suap," '
        "ujarnya, Rabu (7/1/2026)."
    )
    assert ("Budi Santoso", "reject", "Mahkamah Agung", "2026-01-07") in dated


# D4. "Dalam putusannya, …" opens on the ruling just told: its order is of that day
def test_an_order_in_the_ruling_is_dated_by_the_ruling() -> None:
    dated = _dated(
        "Mahkamah Agung mengabulkan gugatan warga Desa Sukamaju, Senin (5/1/2026). "
        "Perkara itu berawal dari laporan warga pada Oktober lalu. Dalam putusannya, "
        "Mahkamah Agung juga memerintahkan Kejaksaan Agung menyita lahan tersebut."
    )
    assert ("Mahkamah Agung", "demand", "Kejaksaan Agung", "2026-01-05") in dated


# D5. "Seusai rapat, X …. Ia juga …": right after the one-day event told, on its day
def test_right_after_the_meeting_told_is_its_day() -> None:
    dated = _dated(
        "DPRD Jawa Barat menolak usulan pinjaman Gubernur Dedi Mulyadi, Senin (5/1/2026). "
        "Seusai rapat, Dedi mengatakan akan memperbaiki usulan itu. Ia juga meminta Badan "
        "Anggaran DPRD meninjau ulang hitungan itu."
    )
    assert ("Dedi Mulyadi", "appeal", "Badan Anggaran DPRD Jawa Barat", "2026-01-05") in dated


# T1. A counted common noun spelled out by an apposition ("dua perusahaan, A dan B"):
# each name is a target when they are as many as counted
def test_names_in_apposition_to_a_counted_noun_are_targets() -> None:
    coded = _coded(
        "Kementerian Perdagangan Jepang menjatuhkan sanksi kepada dua perusahaan tambang, "
        "PT Sinar Laut Jaya dan PT Gunung Emas Raya, Senin (5/1/2026)."
    )
    assert ("Japan", "sanction", "PT Sinar Laut Jaya") in coded
    assert ("Japan", "sanction", "PT Gunung Emas Raya") in coded


def test_names_fewer_than_counted_are_no_apposition() -> None:
    coded = _coded(
        "Kementerian Perdagangan Jepang menjatuhkan sanksi kepada tiga perusahaan tambang, "
        "PT Sinar Laut Jaya dan PT Gunung Emas Raya, Senin (5/1/2026)."
    )
    assert ("Japan", "sanction", "PT Sinar Laut Jaya") not in coded


# S1. The way a statement was made, set off by commas before the day ("X, dalam
# keterangan pers, Rabu (…), mendesak …"), still leaves X the subject
def test_a_statement_way_set_off_keeps_the_subject() -> None:
    dated = _dated(
        "Kementerian Luar Negeri Jepang, dalam keterangan pers, Rabu (7/1/2026), mendesak "
        "Vietnam membuka perbatasan."
    )
    assert ("Japan", "appeal", "Vietnam", "2026-01-07") in dated


# S2. "Ia" after an unnamed spokesperson stands for the body spoken for
def test_a_pronoun_after_an_unnamed_spokesperson_is_the_body() -> None:
    coded = _coded(
        "Juru Bicara Kementerian Luar Negeri, Rabu (7/1/2026), mendesak Vietnam membuka "
        "perbatasan. Ia juga berterima kasih kepada Mesir atas izin penyaluran bantuan itu."
    )
    assert ("Kementerian Luar Negeri", "cooperate", "Egypt") in coded


# S3. "Keduanya" opening a sentence right after two persons met are those two
def test_both_of_them_after_a_meeting_are_the_two_met() -> None:
    coded = _coded(
        "Presiden Vietnam Nguyen Minh Triet menerima kunjungan Presiden Filipina Ferdinand "
        "Marcos di Hanoi, Senin (5/1/2026). Keduanya menandatangani nota kesepahaman "
        "perikanan."
    )
    assert ("Ferdinand Marcos", "cooperate", "Nguyen Minh Triet") in coded


# S4. "balik menuding" (accusing in return): the adverb does not cut the verb from its
# coordinated subject
def test_accusing_in_return_keeps_the_subject() -> None:
    coded = _coded(
        "Juru bicara Kementerian Luar Negeri China Guo Jiakun mengatakan China berhak "
        "menempatkan kapal di perairan sekutunya dan balik menuding Manila sengaja "
        "memanaskan ketegangan."
    )
    assert ("China", "disapprove", "Philippines") in coded


# S5. A request at the meeting ("Dalam pertemuan itu, X meminta …") is made to the other
# side, even after the agreement the two signed there
def test_a_request_at_the_meeting_goes_to_the_side_met() -> None:
    coded = _coded(
        "Menteri Pertanian Andi Amran bertemu Menteri Pertanian Vietnam Le Minh Hoan di "
        "Hanoi, Senin (5/1/2026). Kedua menteri itu juga meneken kesepakatan dagang beras. "
        "Dalam pertemuan itu, Amran meminta tambahan kuota beras 50.000 ton."
    )
    assert ("Andi Amran", "appeal", "Le Minh Hoan") in coded


# R1. A reaction naming its own side as the victim ("mengecam sanksi itu sebagai
# tekanan sepihak terhadap Kairo") is aimed at the act's agent
def test_the_reacting_side_named_as_victim_is_no_target() -> None:
    coded = _coded(
        "Jepang menjatuhkan sanksi kepada PT Sinar Laut Jaya, Senin (5/1/2026). Sementara "
        "itu, Kementerian Luar Negeri Mesir mengecam sanksi itu sebagai tekanan sepihak "
        "terhadap Kairo."
    )
    assert ("Egypt", "disapprove", "Japan") in coded


# V1. Ordering a named side to act is a demand; ordering an act is not aimed at a side
def test_ordering_a_side_to_act_is_a_demand() -> None:
    assert ("Mahkamah Agung", "demand", "Kejaksaan Agung") in _coded(
        "Mahkamah Agung memerintahkan Kejaksaan Agung menyita lahan tersebut."
    )
    assert not _coded("Mahkamah Agung memerintahkan penyitaan aset Kejaksaan Agung.")


# V2. Closing the border with a state reduces relations with it
def test_closing_the_border_with_a_state_reduces_relations() -> None:
    assert ("Thailand", "reduce", "Cambodia") in _coded(
        "Thailand menutup dua pos perbatasan dengan Kamboja mulai Senin (5/1/2026)."
    )


# E1. The place of an office taken for a person before the holder's name in apposition
def test_the_place_of_an_office_is_not_its_holder() -> None:
    text = "KPK menahan Bupati Sukamaju, Budi Santoso, kemarin."
    ms = [Mention(19, 27, "Sukamaju", "PER"), Mention(29, 41, "Budi Santoso", "PER")]
    assert [m.text for m in _office_places_dropped(text, ms)] == ["Budi Santoso"]
    coded = _coded(
        "KPK menetapkan Bupati Lembah Sukamaju, Budi Santoso, sebagai tersangka dan "
        "langsung menahannya, Rabu (7/1/2026)."
    )
    assert ("KPK", "sanction", "Budi Santoso") in coded
    assert all(target != "Lembah Sukamaju" for _, _, target in coded)
