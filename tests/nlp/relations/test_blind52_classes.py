"""Classes of relations fixed on the fifty-second blind set's wrong, missed and wrongly
dated triples, each tested on invented sentences (never the blind set's text)."""

from __future__ import annotations

from tests.nlp.relations.coded import coded_triples, dated_triples

from warta.nlp.relations.dates import without_limits_and_likenesses

_FIGHT = (
    "Pasukan Armenia dan Azerbaijan saling tembak di perbatasan, Senin (8/9/2025). "
    "Armenia menuduh Azerbaijan melanggar gencatan senjata. "
)


# 1. A venue or a go-between's work offered with no side named is offered to the two
# sides of the quarrel told; the place offered is never a side.
def test_a_venue_offered_alone_is_offered_to_both_sides() -> None:
    coded = coded_triples(
        _FIGHT + "Pemerintah Ghana menawarkan Accra sebagai tempat dialog.", "2025-09-10"
    )
    assert {("Ghana", "intend", "Armenia"), ("Ghana", "intend", "Azerbaijan")} <= coded
    assert not any(t == "Accra" for _, _, t in coded)


def test_an_offer_to_facilitate_talks_is_made_to_both_sides() -> None:
    coded = coded_triples(
        _FIGHT + "Liga Arab menawarkan diri memfasilitasi perundingan kedua pemerintah.",
        "2025-09-10",
    )
    assert {("Arab League", "intend", "Armenia"), ("Arab League", "intend", "Azerbaijan")} <= coded


def test_a_venue_offered_with_no_quarrel_told_has_no_side() -> None:
    coded = coded_triples(
        "Presiden Kenya menghadiri pameran dagang di Nairobi, Senin (8/9/2025). "
        "Pemerintah Ghana menawarkan Accra sebagai tempat pertemuan berikutnya.",
        "2025-09-10",
    )
    assert not any(s == "Ghana" and a == "intend" for s, a, _ in coded)


# 2. A span's end ("hingga Desember") and an earlier occasion the act is likened to
# ("seperti saat … tiga tahun lalu") date no act: the act takes its day as if undated.
def test_limits_and_likenesses_date_no_act() -> None:
    text = "A menolak, seperti saat krisis tiga tahun lalu. B mencicil hingga akhir Mei."
    dates = [(31, "2022"), (72, "2025-05")]
    assert without_limits_and_likenesses(text, 0, dates) == []
    assert without_limits_and_likenesses("A tiba Senin.", 0, [(7, "2025-09-08")]) == [
        (7, "2025-09-08")
    ]


def test_an_offer_likened_to_an_old_crisis_is_dated_by_the_report() -> None:
    dated = dated_triples(
        _FIGHT + "Pemerintah Ghana menawarkan Accra sebagai tempat dialog, sama seperti saat "
        "konflik serupa tiga tahun lalu.",
        "2025-09-10",
    )
    assert ("Ghana", "intend", "Armenia", "2025-09-10") in dated


def test_a_refusal_of_instalments_until_a_month_is_not_dated_by_that_month() -> None:
    dated = dated_triples(
        "Ratusan buruh PT Sinar Laut Perkasa mogok kerja, Senin (6/7/2026). Direktur "
        "perusahaan itu, Hendra Wijaya, menawarkan gaji dicicil hingga November, tetapi "
        "Ketua Serikat Buruh Kendal, Andi Lubis, menolak tawaran itu.",
        "2026-07-07",
    )
    refusals = {d for s, a, _, d in dated if s == "Andi Lubis" and a == "reject"}
    assert refusals and not any(d is not None and d.startswith("2025-11") for d in refusals)


# 3. "X langsung membantah …": an answer given at once is dated by what it answers.
def test_an_answer_given_at_once_takes_the_day_of_what_it_answers() -> None:
    dated = dated_triples(
        "Pasukan Mali menahan empat petugas imigrasi Senegal di perbatasan, Kamis "
        "(4/6/2026). Bamako menuding mereka masuk ke wilayahnya secara ilegal.\n\n"
        "Pemerintah Senegal langsung membantah tudingan itu.",
        "2026-06-08",
    )
    assert any(s == "Senegal" and a == "reject" and d == "2026-06-04" for s, a, _, d in dated)


# 4. A firm's employees named by their trade ("pekerja pabrik tekstil PT X") are one
# group, not the firm; their protest and demand are aimed at the firm they work for.
def test_employees_named_by_their_trade_protest_against_their_firm() -> None:
    coded = coded_triples(
        "Sekitar 300 pekerja pabrik tekstil PT Sinar Laut Perkasa berunjuk rasa di depan "
        "kantor Bupati Kendal, Senin (6/7/2026) pagi. Mereka menuntut perusahaan membayar "
        "tunjangan hari raya.",
        "2026-07-07",
    )
    crowd = "pekerja pabrik tekstil PT Sinar Laut Perkasa"
    assert (crowd, "disapprove", "PT Sinar Laut Perkasa") in coded
    assert (crowd, "demand", "PT Sinar Laut Perkasa") in coded
    assert not any(s == "PT Sinar Laut Perkasa" for s, _, _ in coded)


# 5. A delegation received by a titled office holder ("diterima Kepala Dinas X,
# <nama>", "diterima Perdana Menteri <nama>") meets them; a letter received does not.
def test_a_delegation_received_by_an_office_holder_meets_them() -> None:
    coded = coded_triples(
        "Serikat Buruh Sejahtera (SBS) diterima Kepala Dinas Ketenagakerjaan Kabupaten "
        "Kendal, Andi Wijaya, Selasa (7/7/2026).",
        "2026-07-08",
    )
    assert ("Andi Wijaya", "consult", "Serikat Buruh Sejahtera") in coded


def test_a_letter_received_by_a_person_is_no_meeting() -> None:
    coded = coded_triples(
        "Surat pemecatan itu diterima Bambang Sutrisno, Senin (2/11/2026).", "2026-11-03"
    )
    assert not any(a == "consult" for _, a, _ in coded)


# 6. A suspension ("menjatuhkan skorsing sementara kepada …") and an annulled permit
# ("membatalkan izin usaha PT X") are sanctions; the one punished may be described
# before being named in apposition ("kepada pelari asal X, <nama>,").
def test_a_suspension_of_a_described_athlete_is_a_sanction_on_her() -> None:
    coded = coded_triples(
        "Badan Anti-Doping Dunia (WADA) menjatuhkan skorsing sementara kepada perenang "
        "gaya bebas asal Bali, Made Ayu Lestari, Selasa (29/9/2026).",
        "2026-10-01",
    )
    assert ("Badan Anti-Doping Dunia", "sanction", "Made Ayu Lestari") in coded


def test_an_annulled_permit_is_a_sanction_on_its_holder() -> None:
    coded = coded_triples(
        "Pengadilan Tata Usaha Negara (PTUN) Samarinda membatalkan izin usaha perkebunan "
        "PT Hijau Lestari Abadi, Kamis (3/9/2026).",
        "2026-09-04",
    )
    assert ("Pengadilan Tata Usaha Negara Samarinda", "sanction", "PT Hijau Lestari Abadi") in coded
