"""Classes of relations fixed on the eleventh and twelfth blind sets' wrong triples and
misses (grouped by cause with the tenth's), each tested on invented sentences (never the
blind sets' text)."""

from __future__ import annotations

import pytest
from tests.nlp.relations.coded import triples

# a verb of asking whose first word after it is a noun phrase naming no actor, ended by
# the asked act's verb, asks that phrase: the actor after the asked verb is no target
ASKED_UNNAMED = [
    (
        "Menteri Luar Negeri Lituania mendesak negara-negara anggota NATO memperketat "
        "pengawasan terhadap Belarus.",
        "Belarus",
    ),
    ("Presiden Ghana meminta para donor internasional menambah bantuan bagi Mali.", "Mali"),
    (
        "Kementerian Perdagangan mengajak para pengusaha lokal menanam modal di Vietnam.",
        "Vietnam",
    ),
]


@pytest.mark.parametrize(("text", "not_asked"), ASKED_UNNAMED)
def test_the_asked_act_object_is_not_asked(text: str, not_asked: str) -> None:
    coded = triples(text)
    assert not any(t == not_asked for _, _, t in coded), coded


# ... while an actor right after the verb, or after "agar", is the one asked
ASKED_NAMED = [
    ("Pemerintah Kanada meminta Iran membebaskan dua jurnalisnya.", "Canada", "Iran"),
    ("Australia mendesak agar Myanmar menghentikan serangan udara.", "Australia", "Myanmar"),
]


@pytest.mark.parametrize(("text", "source", "target"), ASKED_NAMED)
def test_an_actor_asked_is_the_target(text: str, source: str, target: str) -> None:
    assert (source, "appeal", target) in triples(text)


# a crowd of visitors or buyers "menyerbu" a place: flocking, not an attack
CROWDS = [
    "Ribuan wisatawan Australia menyerbu Bali selama libur Paskah.",
    "Pusat perbelanjaan di Johor kembali diserbu pembeli asal Singapura akhir pekan lalu.",
    "Penggemar sepak bola Thailand menyerbu Jakarta menjelang laga final.",
]


@pytest.mark.parametrize("text", CROWDS)
def test_a_crowd_flocking_is_no_attack(text: str) -> None:
    assert not any(a == "fight" for _, a, _ in triples(text))


def test_troops_storming_still_attack() -> None:
    text = "Pasukan Rusia menyerbu kota Pokrovsk di Ukraina timur."
    assert ("Russia", "fight", "Ukraine") in triples(text)


# a passive reaction whose subject points back to an act told before ("Permintaan itu
# ditolak X", "Langkah tersebut dikecam Y"): the passive's agent reacts to that act's agent
PASSIVE_REACTIONS = [
    (
        "Pemerintah Laos meminta Thailand menarik pasukannya dari perbatasan. Permintaan "
        "tersebut ditolak Bangkok, Rabu (4/3/2026).",
        ("Thailand", "reject", "Laos"),
    ),
    (
        "Jepang mengirim kapal perusak ke Selat Taiwan. Langkah itu dikecam Beijing.",
        ("China", "disapprove", "Japan"),
    ),
    (
        "Korea Selatan menjatuhkan sanksi kepada Korea Utara. Sanksi tersebut dikecam Rusia.",
        ("Russia", "disapprove", "South Korea"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), PASSIVE_REACTIONS)
def test_a_passive_reaction_to_an_act_told(text: str, triple: tuple[str, str, str]) -> None:
    coded = triples(text)
    assert triple in coded, coded
    # the noun pointing back names the act told, not a new one by the reacting side
    assert not any(s == triple[0] and t == triple[2] and a != triple[1] for s, a, t in coded)


# granting, taking on or rejecting a request, an offer or a ruling told before: its maker
ANSWERS = [
    (
        "Pemerintah Kamboja meminta Vietnam membuka kembali pos lintas batas. Vietnam "
        "menyetujui permintaan itu.",
        ("Vietnam", "cooperate", "Cambodia"),
    ),
    (
        "Kementerian Luar Negeri Nepal meminta India memulangkan para pendaki. New Delhi "
        "mengabulkan permintaan tersebut.",
        ("India", "cooperate", "Nepal"),
    ),
    (
        "Serikat Pekerja Garuda menuntut PT Angkasa Jaya menaikkan upah. PT Angkasa Jaya "
        "menyanggupi permintaan itu.",
        ("PT Angkasa Jaya", "intend", "Serikat Pekerja Garuda"),
    ),
    (
        "Ombudsman RI menjatuhkan sanksi kepada Kepala Dinas Pendidikan Kota Bogor, Andi "
        "Saputra. Andi menolak putusan tersebut.",
        ("Andi Saputra", "reject", "Ombudsman RI"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), ANSWERS)
def test_an_answer_to_a_request_or_ruling(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(text)


def test_approving_a_bill_is_no_tie() -> None:
    assert not triples("DPR menyetujui RUU Perampasan Aset bersama pemerintah Jepang.")


# dismissal from office ("memecat", "memberhentikan", also past "secara tetap")
DISMISSALS = [
    (
        "Partai Golkar memecat Budi Santoso dari jabatan ketua DPD, Kamis (5/3/2026).",
        ("Partai Golkar", "sanction", "Budi Santoso"),
    ),
    (
        "Mahkamah Kehormatan Dewan memberhentikan secara tetap Ketua DPRD Kota Sorong, Yusuf "
        "Rahman, karena terbukti menerima suap.",
        ("Mahkamah Kehormatan", "sanction", "Yusuf Rahman"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), DISMISSALS)
def test_a_dismissal_is_a_sanction(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(text)


# a clash "antara A dan B" (short names in parentheses aside) and "kedua kelompok saling
# serang": each side fights the other; "saling tuding" accuses each other
MUTUAL = [
    (
        "Bentrokan antara Laskar Merah Putih Deli (LMPD) dan Forum Pemuda Tanah Karo Bersatu "
        "(FPTKB) pecah di Medan.",
        ("Laskar Merah Putih Deli", "Forum Pemuda Tanah Karo Bersatu"),
        "fight",
    ),
    (
        "Bentrokan antara India dan China di Lembah Galwan menewaskan 20 tentara.",
        ("India", "China"),
        "fight",
    ),
    (
        "Perseteruan antara Gerakan Rakyat Maju (GRM) dan Barisan Muda Nusantara (BMN) "
        "memanas. Kedua ormas saling menuduh sebagai pemicu kericuhan.",
        ("Gerakan Rakyat Maju", "Barisan Muda Nusantara"),
        "disapprove",
    ),
    (
        "Thailand dan Kamboja saling tuding soal pelanggaran gencatan senjata.",
        ("Thailand", "Cambodia"),
        "disapprove",
    ),
]


@pytest.mark.parametrize(("text", "sides", "action"), MUTUAL)
def test_a_mutual_act_goes_both_ways(text: str, sides: tuple[str, str], action: str) -> None:
    coded = triples(text)
    a, b = sides
    assert (a, action, b) in coded and (b, action, a) in coded, coded


def test_a_bare_root_alone_is_no_act() -> None:
    coded = triples("Israel mengerahkan helikopter serang ke Lebanon selatan.")
    assert not any(a == "fight" for _, a, _ in coded), coded


# an attack in a debate or a campaign is a war of words, not a fight
VERBAL = [
    "Kedua calon gubernur saling serang dalam debat publik di Surabaya.",
    "Prabowo Subianto menyerang Anies Baswedan dalam debat capres soal pertahanan.",
]


@pytest.mark.parametrize("text", VERBAL)
def test_a_war_of_words_is_no_fight(text: str) -> None:
    assert not any(a == "fight" for _, a, _ in triples(text))


def test_asking_for_something_of_one_after_kepada() -> None:
    text = "Menteri Sosial Tri Rismaharini meminta waktu menghadap kepada Presiden Joko Widodo."
    assert any(a == "appeal" and t == "Joko Widodo" for _, a, t in triples(text))


def test_a_meeting_called_for_is_no_reaction() -> None:
    text = (
        "Menteri Luar Negeri Mesir bertemu Menteri Luar Negeri Yordania di Kairo. "
        "Pertemuan tersebut diserukan oleh Arab Saudi."
    )
    coded = triples(text)
    assert not any(s == "Saudi Arabia" and a == "appeal" for s, a, _ in coded), coded


# a body described by the noun heading its name ("kementerian itu", "komisi tersebut")
# stands for the last such body named, as a subject or an object, also in a sentence
# naming no other actor
DESCRIBED_BODIES = [
    (
        "Serikat Petani Indonesia mendesak Kementerian Pertanian membuka data impor. "
        "Kementerian itu menolak tuntutan tersebut.",
        ("Kementerian Pertanian", "reject", "Serikat Petani Indonesia"),
    ),
    (
        "Komisi Pemberantasan Korupsi menahan Wali Kota Tanjung Raya, Heru Susanto. Heru "
        "menuduh komisi tersebut melanggar prosedur.",
        ("Heru Susanto", "disapprove", "Komisi Pemberantasan Korupsi"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), DESCRIBED_BODIES)
def test_a_body_described_by_its_head_noun(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(text)


# bringing two sides together ("mempertemukan A dan B", "A dan B dipertemukan X"): X
# meets each side and the sides meet each other
BROUGHT_TOGETHER = [
    (
        "Presiden Prabowo Subianto mempertemukan Perdana Menteri Thailand dan Perdana "
        "Menteri Kamboja di Jakarta.",
        "Prabowo Subianto",
        ("Thailand", "Cambodia"),
    ),
    (
        "Armenia dan Azerbaijan dipertemukan Presiden Prancis Emmanuel Macron di Paris.",
        "Emmanuel Macron",
        ("Armenia", "Azerbaijan"),
    ),
]


@pytest.mark.parametrize(("text", "host", "sides"), BROUGHT_TOGETHER)
def test_sides_brought_together_meet(text: str, host: str, sides: tuple[str, str]) -> None:
    coded = {(s, t) for s, a, t in triples(text) if a == "consult"}
    a, b = sides
    assert (host, a) in coded and (host, b) in coded, coded
    assert (a, b) in coded or (b, a) in coded, coded


def test_a_match_bringing_clubs_together_is_no_meeting() -> None:
    text = "Laga final mempertemukan Persib Bandung dan Persija Jakarta di Stadion Utama."
    assert not triples(text)
