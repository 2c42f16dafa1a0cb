"""Three classes of the recent blind sets, on invented sentences: bodies counted in a
sanction and named in a later sentence, a protest aimed at the side its crowd demands
of rather than at the building it is held before, and states voting no on a resolution
rejecting the assembly that adopted it."""

from __future__ import annotations

from tests.nlp.relations.coded import coded_triples, dated_triples

PUBLISHED = "2026-05-09"


def test_firms_counted_then_named_are_each_sanctioned() -> None:
    text = (
        "Pemerintah Kanada menjatuhkan sanksi terhadap tiga perusahaan Iran karena "
        "memasok suku cadang rudal, Senin (4/5/2026). Ketiga perusahaan Iran itu adalah "
        "Kavir Polymer Trading, Saba Turbine Parts, dan Arvand Marine Supply."
    )
    found = coded_triples(text, PUBLISHED)
    for firm in ("Kavir Polymer Trading", "Saba Turbine Parts", "Arvand Marine Supply"):
        assert ("Canada", "sanction", firm) in found
    # the state only said where the firms are from: named, they take its place
    assert ("Canada", "sanction", "Iran") not in found


def test_firms_named_back_past_a_sentence_between() -> None:
    text = (
        "Pemerintah Kanada menjatuhkan sanksi terhadap dua perusahaan Iran, Senin "
        "(4/5/2026). Keputusan itu diumumkan Menteri Luar Negeri Kanada. Kedua perusahaan "
        "Iran itu adalah Kavir Polymer Trading dan Arvand Marine Supply."
    )
    found = coded_triples(text, PUBLISHED)
    assert ("Canada", "sanction", "Kavir Polymer Trading") in found
    assert ("Canada", "sanction", "Arvand Marine Supply") in found
    assert ("Canada", "sanction", "Iran") not in found


def test_firms_never_named_leave_the_state_as_target() -> None:
    text = (
        "Pemerintah Kanada menjatuhkan sanksi terhadap dua perusahaan Iran karena "
        "memasok suku cadang rudal, Senin (4/5/2026)."
    )
    assert ("Canada", "sanction", "Iran") in coded_triples(text, PUBLISHED)


def test_protest_before_an_office_is_against_the_firm_its_crowd_demands_of() -> None:
    text = (
        "Ratusan karyawan PT Sentosa Kertas Nusantara berunjuk rasa di depan Kantor "
        "Bupati Kendal, Rabu (6/5/2026), menuntut perusahaan kertas itu mencabut "
        "pemutusan hubungan kerja."
    )
    found = coded_triples(text, PUBLISHED)
    crowd, firm = "karyawan PT Sentosa Kertas Nusantara", "PT Sentosa Kertas Nusantara"
    assert (crowd, "disapprove", firm) in found
    # "perusahaan kertas itu" names the firm back; the office is where, not who
    assert (crowd, "demand", firm) in found
    assert not any(target.startswith(("Kantor", "Pemerintah")) for _, _, target in found)


def test_states_voting_no_reject_the_adopting_assembly() -> None:
    text = (
        "Majelis Umum PBB mengesahkan resolusi yang menyerukan gencatan senjata di Sudan, "
        "Jumat (8/5/2026). Resolusi itu didukung 120 negara, sementara Rusia dan Belarus "
        "menolak."
    )
    found = dated_triples(text, PUBLISHED)
    assert ("Russia", "reject", "Majelis Umum PBB", "2026-05-08") in found
    assert ("Belarus", "reject", "Majelis Umum PBB", "2026-05-08") in found


def test_resolution_turned_down_in_the_passive() -> None:
    text = (
        "Majelis Umum PBB mengesahkan resolusi yang menyerukan gencatan senjata di Sudan, "
        "Jumat (8/5/2026). Dalam pemungutan suara, resolusi itu didukung 120 negara dan "
        "ditolak Rusia serta Nikaragua, sementara sepuluh negara abstain."
    )
    found = coded_triples(text, PUBLISHED)
    assert ("Russia", "reject", "Majelis Umum PBB") in found
    assert ("Nicaragua", "reject", "Majelis Umum PBB") in found


def test_resolution_with_no_vote_against_gives_no_rejection() -> None:
    text = (
        "Majelis Umum PBB mengesahkan resolusi yang menyerukan gencatan senjata di Sudan, "
        "Jumat (8/5/2026). Resolusi itu didukung 120 negara."
    )
    assert not any(action == "reject" for _, action, _ in coded_triples(text, PUBLISHED))
