"""The two sides of a dispute met through their envoys or a go-between's talks, and a
counted crowd named back, tested on invented sentences (never the blind sets' text):

* "mempertemukan pejabat imigrasi kedua negara", "menjamu menteri pertahanan kedua
  negara": the host meets the sides those envoys come from;
* "Pertemuan itu difasilitasi X", "mediasi yang difasilitasi X": the go-between meets
  each side of the talks told; one helped by a body ("difasilitasi X untuk mengurus")
  is not met;
* a counted crowd coming from places ("Ratusan peternak sapi dari Kabupaten X") is the
  crowd that acts, and "massa" or "Mereka" after its protest name it back.
"""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples, dated_triples

_coded = partial(coded_triples, published="2026-03-12")

_QUARREL = (
    "Tentara Peru menembaki pos perbatasan Bolivia, Senin (2/3/2026). Bolivia mengecam "
    "serangan itu. "
)


def test_host_meets_the_sides_whose_officials_it_brings_together() -> None:
    coded = _coded(
        _QUARREL + "Uni Afrika mempertemukan pejabat imigrasi kedua negara di Nairobi, "
        "Selasa (3/3/2026)."
    )
    assert ("African Union", "consult", "Peru") in coded
    assert ("African Union", "consult", "Bolivia") in coded
    assert ("Bolivia", "consult", "Peru") in coded or ("Peru", "consult", "Bolivia") in coded


def test_host_meets_the_sides_whose_ministers_it_receives() -> None:
    # "menteri" has a verb's shape, but opens the envoys' noun phrase here
    coded = _coded(
        _QUARREL + "Uni Afrika menjamu menteri pertahanan kedua negara itu di Addis Ababa, "
        "Selasa (3/3/2026)."
    )
    assert ("African Union", "consult", "Peru") in coded
    assert ("African Union", "consult", "Bolivia") in coded


def test_envoys_after_a_plain_object_are_not_the_sides() -> None:
    # a thing struck that belongs to "kedua negara" is no envoy: the usual reading holds
    coded = _coded(_QUARREL + "Uni Afrika menyesalkan kerusakan jembatan kedua negara.")
    assert ("African Union", "disapprove", "Peru") not in coded


def test_go_between_of_the_meeting_just_told_meets_both_ministers() -> None:
    dated = dated_triples(
        "Menteri Luar Negeri Chile Alberto van Klaveren bertemu Menteri Luar Negeri "
        "Argentina Diana Mondino di Santiago, Selasa (3/3/2026). Pertemuan tertutup "
        "selama tiga jam itu difasilitasi Brasil.",
        "2026-03-12",
    )
    met = {t for s, a, t, d in dated if (s, a, d) == ("Brazil", "consult", "2026-03-03")}
    # each side of the meeting, on its day (the second minister may be coded as her state)
    assert "Alberto van Klaveren" in met
    assert met & {"Diana Mondino", "Argentina"}


def test_go_between_of_an_exchange_meets_its_sides() -> None:
    coded = _coded(
        "Armenia dan Azerbaijan menukar tawanan dalam pertukaran yang difasilitasi Uni "
        "Eropa, Senin (2/3/2026)."
    )
    assert ("European Union", "consult", "Armenia") in coded
    assert ("European Union", "consult", "Azerbaijan") in coded


def test_one_helped_by_a_body_is_not_met_by_it() -> None:
    coded = _coded(
        "Warga Desa Sukamulya difasilitasi Pemerintah Kabupaten Cianjur untuk mengurus "
        "sertifikat tanah, Senin (2/3/2026)."
    )
    assert not any(action == "consult" for _, action, _ in coded)


def test_a_helper_is_no_agent_a_later_rejection_answers() -> None:
    # the rejection answers the ministry's decision, not the directorate that hosted talks
    coded = _coded(
        "Kementerian Kelautan menetapkan zona tangkap baru bagi Kabupaten Teluk Bayur, "
        "Kamis (5/3/2026). Penetapan dilakukan setelah rapat dengan nelayan yang "
        "difasilitasi Badan Riset Perikanan. Bupati Teluk Bayur, Rahmat Hidayat, menolak "
        "keputusan tersebut."
    )
    assert not any(t == "Badan Riset Perikanan" for _, _, t in coded)


def test_crowd_from_places_is_met_as_the_masses() -> None:
    coded = _coded(
        "Ratusan peternak sapi dari Kabupaten Sragen dan Kabupaten Karanganyar berdemonstrasi "
        "di halaman Kantor Gubernur Jawa Tengah pada Senin (9/3/2026). Dalam aksi itu, "
        "Gubernur Jawa Tengah menemui massa dan berjanji menurunkan harga pakan."
    )
    assert ("Pemerintah Provinsi Jawa Tengah", "consult", "Ratusan peternak sapi") in coded
    assert ("Pemerintah Provinsi Jawa Tengah", "intend", "Ratusan peternak sapi") in coded


def test_crowd_from_a_body_stays_the_body() -> None:
    coded = _coded(
        "Ratusan peternak dari Serikat Peternak Boyolali berdemonstrasi di halaman "
        "gedung DPRD Jawa Tengah pada Senin (9/3/2026). Mereka menuntut PT Pakan Sentosa menurunkan "
        "harga pakan."
    )
    assert ("Serikat Peternak Boyolali", "demand", "PT Pakan Sentosa") in coded
    assert not any(s.startswith("Ratusan") for s, _, _ in coded)
