"""Classes of relations whose sentence names both sides (issue 18), on invented
sentences: a labour protest or strike at the workers' own plant aimed at their employer,
a union's branch named with its short name and region or firm, a nominal act's list
"berupa …" or its means "dengan …" before the target, the right of interpellation used
against an official, the sides of a joint exercise named after it, a deal signed by two
agents of a passive, the head of a police unit standing for the unit, and a person
coordinated after the post held."""

from __future__ import annotations

from tests.nlp.relations.coded import coded_triples

PUBLISHED = "2026-05-09"


def test_workers_protest_at_their_plant_against_their_employer() -> None:
    text = (
        "Ratusan buruh PT Kayu Lestari Makmur berdemonstrasi di depan pabrik kayu lapis "
        "itu di Ngoro, Selasa (5/5/2026), menolak PHK massal."
    )
    found = coded_triples(text, PUBLISHED)
    assert ("buruh PT Kayu Lestari Makmur", "disapprove", "PT Kayu Lestari Makmur") in found


def test_workers_strike_against_their_employer() -> None:
    text = "Ribuan pekerja PT Baja Timur Sentosa mogok kerja di halaman pabrik, Senin (4/5/2026)."
    found = coded_triples(text, PUBLISHED)
    assert ("pekerja PT Baja Timur Sentosa", "disapprove", "PT Baja Timur Sentosa") in found


def test_workers_marching_elsewhere_press_no_employer() -> None:
    text = (
        "Ribuan buruh PT Baja Timur Sentosa berunjuk rasa di Bundaran Kota Lama, Senin (4/5/2026)."
    )
    found = coded_triples(text, PUBLISHED)
    assert not any(t == "PT Baja Timur Sentosa" for _, _, t in found)


def test_union_branch_named_with_its_region_protests_the_employer() -> None:
    text = (
        "Ratusan buruh PT Kayu Lestari Makmur yang terhimpun dalam Persatuan Buruh Kayu "
        "(PBK) Mojokerto berdemonstrasi di halaman pabrik, Selasa (5/5/2026)."
    )
    found = coded_triples(text, PUBLISHED)
    assert ("PBK Mojokerto", "disapprove", "PT Kayu Lestari Makmur") in found


def test_union_named_with_its_firm_protests_that_firm() -> None:
    text = (
        "Sekitar 800 buruh yang terhimpun dalam Persatuan Buruh Kayu (PBK) PT Kayu Lestari "
        "Makmur berdemonstrasi di halaman pabrik, Rabu (6/5/2026)."
    )
    found = coded_triples(text, PUBLISHED)
    assert ("PBK PT Kayu Lestari Makmur", "disapprove", "PT Kayu Lestari Makmur") in found


def test_officer_after_a_short_name_is_no_branch() -> None:
    text = (
        "Ketua Konfederasi Buruh Merdeka (KBM) Yohanes Sitorus mengecam Kementerian "
        "Ketenagakerjaan, Senin (4/5/2026)."
    )
    found = coded_triples(text, PUBLISHED)
    assert not any("Sitorus" in s and s.startswith("KBM") for s, _, _ in found)


def test_sanction_listed_before_its_target() -> None:
    text = (
        "Pemerintah Kanada menjatuhkan sanksi berupa larangan masuk serta pembekuan "
        "rekening terhadap tiga komandan Hamas, Selasa (5/5/2026)."
    )
    assert ("Canada", "sanction", "Hamas") in coded_triples(text, PUBLISHED)


def test_attack_means_told_before_its_target() -> None:
    text = (
        "Israel melancarkan serangan udara dengan puluhan jet tempur dan drone ke Teheran "
        "pada Selasa (5/5/2026) dini hari."
    )
    assert ("Israel", "fight", "Iran") in coded_triples(text, PUBLISHED)


def test_interpellation_used_against_the_regent() -> None:
    text = (
        "DPRD Kabupaten Lembah Hijau akhirnya menggunakan hak interpelasi terhadap Gubernur "
        "Darwis Siregar soal proyek pasar senilai Rp 90 miliar, Senin (4/5/2026)."
    )
    found = coded_triples(text, PUBLISHED)
    assert ("DPRD Kabupaten Lembah Hijau", "demand", "Darwis Siregar") in found


def test_joint_exercise_sides_named_after_it() -> None:
    text = (
        "Vietnam mengecam latihan laut gabungan Filipina dan Australia di dekat Kepulauan "
        "Spratly, Senin (4/5/2026)."
    )
    found = coded_triples(text, PUBLISHED)
    assert ("Philippines", "cooperate", "Australia") in found


def test_deal_signed_by_two_agents_of_a_passive() -> None:
    text = "Perjanjian dagang itu diteken Indonesia dan Peru di Lima, Senin (4/5/2026)."
    found = coded_triples(text, PUBLISHED)
    signed = {("Indonesia", "cooperate", "Peru"), ("Peru", "cooperate", "Indonesia")}
    assert signed & found


def test_talks_mediated_by_two_make_no_partners_of_them() -> None:
    text = (
        "Perundingan antara Armenia dan Azerbaijan yang dimediasi Prancis dan Swiss "
        "berakhir tanpa kesepakatan, Senin (4/5/2026)."
    )
    found = coded_triples(text, PUBLISHED)
    partners = {("France", "consult", "Switzerland"), ("France", "cooperate", "Switzerland")}
    assert not partners & found


def test_head_of_a_police_unit_stands_for_the_unit() -> None:
    text = (
        "Komisi III DPR akan memanggil Kapolda Papua Barat, Irjen Budi Santosa, soal "
        "penembakan warga di Manokwari, Senin (4/5/2026)."
    )
    assert ("Komisi III DPR", "demand", "Polda Papua Barat") in coded_triples(text, PUBLISHED)


def test_person_coordinated_after_the_post_held() -> None:
    text = (
        "Polda Jawa Tengah menangkap seorang pelatih Liga Nusantara, RS (41), dan manajer klub "
        "Garuda Muda FC, TW (39), di sebuah hotel di Semarang, Jumat (8/5/2026)."
    )
    found = coded_triples(text, PUBLISHED)
    assert ("Polda Jawa Tengah", "sanction", "RS") in found
    assert ("Polda Jawa Tengah", "sanction", "TW") in found


def test_coordinated_sides_before_a_statement_aside_each_act() -> None:
    text = (
        "Mesir dan Yordania, dalam pernyataan terpisah, mengecam serangan Israel ke Rafah, "
        "Senin (4/5/2026)."
    )
    found = coded_triples(text, PUBLISHED)
    assert ("Egypt", "disapprove", "Israel") in found
    assert ("Jordan", "disapprove", "Israel") in found


def test_fellow_members_described_with_their_alliance_act_themselves() -> None:
    text = (
        "Chad dan Niger, sesama anggota Komunitas Ekonomi Sahel (KES), menarik dubes "
        "masing-masing dari Abuja, Senin (4/5/2026)."
    )
    found = coded_triples(text, PUBLISHED)
    assert ("Chad", "reduce", "Nigeria") in found
    assert ("Niger", "reduce", "Nigeria") in found


def test_hearing_scheduled_with_two_bodies_is_talks_with_each() -> None:
    text = (
        "Komisi IX DPR kembali menjadwalkan rapat dengar pendapat bersama BPOM dan PT Farma "
        "Sehat Lestari, Selasa (5/5/2026)."
    )
    found = coded_triples(text, PUBLISHED)
    assert ("Komisi IX DPR", "consult", "BPOM") in found
    assert ("Komisi IX DPR", "consult", "PT Farma Sehat Lestari") in found


def test_firms_put_on_an_export_control_list_are_sanctioned() -> None:
    text = (
        "Pemerintah Korea Selatan memasukkan sembilan perusahaan elektronik Rusia ke daftar "
        "kendali ekspor, Senin (4/5/2026)."
    )
    assert ("South Korea", "sanction", "Russia") in coded_triples(text, PUBLISHED)
