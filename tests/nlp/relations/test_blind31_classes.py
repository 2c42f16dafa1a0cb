"""Classes fixed against the misses of blind31 (issue 18: recall), tested on invented
sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples, dated_triples

from warta.nlp.relations.dates import weeks_as_days
from warta.records import TimeExpr

PUBLISHED = "2026-05-08"

_coded = partial(coded_triples, published=PUBLISHED)
_dated = partial(dated_triples, published=PUBLISHED)

_SUIT = (
    "SURABAYA - Pengadilan Negeri Kedungjati mengabulkan gugatan para pemilik kios "
    "terhadap pengembang PT Puri Samudra Makmur, Kamis (7/5/2026). "
)


# G1. A bench of judges named without its court rules for the court of the story, and
# a firm's trade ("pengembang") stands for the firm told before
def test_a_bench_sentencing_the_developer_to_pay_is_the_courts_sanction() -> None:
    dated = _dated(_SUIT + "Majelis hakim lalu menghukum pengembang membayar denda Rp 3 miliar.")
    # the bench reads out the ruling of the day told right before
    assert (
        "Pengadilan Negeri Kedungjati",
        "sanction",
        "PT Puri Samudra Makmur",
        "2026-05-07",
    ) in dated


def test_a_reason_dated_years_ago_leaves_the_sentence_on_the_day_told() -> None:
    dated = _dated(
        _SUIT + "Majelis hakim lalu menghukum pengembang membayar denda karena kios tak "
        "kunjung diserahkan sejak 2020."
    )
    assert (
        "Pengadilan Negeri Kedungjati",
        "sanction",
        "PT Puri Samudra Makmur",
        "2026-05-07",
    ) in dated


def test_a_bench_asked_to_rule_is_no_side() -> None:
    coded = _coded(
        _SUIT + "Kuasa hukum pengembang, Darto Wibisono, meminta majelis hakim "
        "membatalkan gugatan tersebut."
    )
    assert not any(t == "Pengadilan Negeri Kedungjati" and a == "appeal" for _, a, t in coded)


def test_a_plaintiff_asking_for_a_sentence_to_pay_lays_none() -> None:
    coded = _coded(
        "SURABAYA - PT Cahaya Baja Nusantara menggugat PT Arus Listrik Jaya ke Pengadilan "
        "Negeri Kedungjati, Kamis (7/5/2026). Perusahaan meminta majelis menghukum "
        "PT Arus Listrik Jaya membayar ganti rugi Rp 9 miliar."
    )
    assert ("PT Cahaya Baja Nusantara", "sanction", "PT Arus Listrik Jaya") not in coded


def test_a_person_sentenced_still_needs_no_payment() -> None:
    coded = _coded(
        "MEDAN - Pengadilan Negeri Kedungjati menghukum Sarjono Hadi delapan tahun penjara, "
        "Kamis (7/5/2026)."
    )
    assert ("Pengadilan Negeri Kedungjati", "sanction", "Sarjono Hadi") in coded


# G2. An appeal said not to be lodged is none
def test_an_appeal_not_lodged_censures_no_court() -> None:
    coded = _coded(
        "MEDAN - Pengadilan Negeri Kedungjati menjatuhkan vonis lima tahun penjara kepada "
        "Sarjono Hadi, Kamis (7/5/2026). Sarjono menerima putusan tersebut dan tidak "
        "mengajukan banding."
    )
    assert ("Pengadilan Negeri Kedungjati", "sanction", "Sarjono Hadi") in coded
    assert ("Sarjono Hadi", "disapprove", "Pengadilan Negeri Kedungjati") not in coded


# G3. A count of weeks stepped from the day told dates the act on a day
def test_a_week_before_the_day_told_is_seven_days_before_it() -> None:
    dated = _dated(
        "MEDAN - Jaksa Kejaksaan Negeri Kedungjati menuntut Sarjono Hadi enam tahun penjara, "
        "Kamis (7/5/2026). Sepekan sebelumnya, majelis hakim Pengadilan Negeri Kedungjati "
        "menjatuhkan vonis tiga tahun penjara kepada Wahyu Pranoto."
    )
    assert ("Pengadilan Negeri Kedungjati", "sanction", "Wahyu Pranoto", "2026-04-30") in dated


def test_a_week_with_no_day_told_before_stays_a_week() -> None:
    week = TimeExpr("Sepekan kemudian", 0, 16, "date", "2026-W19", "week")
    assert weeks_as_days([week]) == [week]
    day = TimeExpr("Kamis (7/5/2026)", 0, 16, "date", "2026-05-07", "day")
    later = TimeExpr("dua pekan kemudian", 30, 48, "date", "2026-W21", "week")
    assert weeks_as_days([day, later])[1].value == "2026-05-21"


# G4. Reporting a side to the police or a court accuses it; a news report does not
def test_a_side_reported_to_the_police_is_censured() -> None:
    coded = _coded(
        "JAKARTA - Partai Bintang Nusantara melaporkan aktivis Hardi Wiranata ke Polda Metro "
        "Jaya atas dugaan fitnah, Kamis (7/5/2026)."
    )
    assert ("Partai Bintang Nusantara", "disapprove", "Hardi Wiranata") in coded


def test_a_news_report_is_no_censure() -> None:
    coded = _coded(
        "JAKARTA - Kantor berita Antara melaporkan Menteri Dalam Negeri Pratomo Adi tiba di "
        "Kupang, Kamis (7/5/2026)."
    )
    assert not any(a == "disapprove" for _, a, _ in coded)
