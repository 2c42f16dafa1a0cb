"""Classes of relations fixed on the thirteenth blind set's wrong triples, wrong dates and
misses (grouped by cause with the tenth to twelfth), each tested on invented sentences
(never the blind sets' text)."""

from __future__ import annotations

import pytest
from tests.nlp.relations.coded import relations, triples

from warta.nlp.relations.actors import _actor_name
from warta.records import EntityType, Mention

# a count of days before or after an event the article dates is that event's day plus
# or minus the count: the relation told in its sentence takes that day
EVENT_STEPS = [
    (
        "Polres Kediri meringkus tujuh anggota sindikat curanmor, Rabu (4/6/2025). Sehari "
        "sebelum penangkapan, Pengadilan Negeri Kediri menjatuhkan vonis lima tahun penjara "
        "kepada Darto, pemimpin sindikat itu.",
        "2025-06-05",
        ("Pengadilan Negeri Kediri", "sanction"),
        "2025-06-03",
    ),
    (
        "Menteri Luar Negeri Indonesia bertemu Menteri Luar Negeri Malaysia di Kuala Lumpur, "
        "Senin (2/6/2025). Dua hari setelah pertemuan itu, Malaysia mengecam Myanmar atas "
        "serangan udara di Sagaing.",
        "2025-06-05",
        ("Malaysia", "disapprove"),
        "2025-06-04",
    ),
    (
        'Bea Cukai menyita kapal ikan asing di Natuna, Minggu (1/6/2025). "Muatannya ilegal,"'
        " kata Kepala Kanwil, Senin (2/6/2025). Sehari setelah penyitaan, Thailand mengecam "
        "Indonesia.",
        "2025-06-05",
        ("Thailand", "disapprove"),
        "2025-06-02",
    ),
]


@pytest.mark.parametrize(("text", "published", "act", "day"), EVENT_STEPS)
def test_a_count_from_an_event_dates_the_act(
    text: str, published: str, act: tuple[str, str], day: str
) -> None:
    dates = {r.date for r in relations(text, published) if (r.source, r.action) == act}
    assert dates == {day}, relations(text, published)


# a weekday set off as an aside ("X, Rabu, mengecam …") dates the act it tells
ASIDE_DAYS = [
    ("Juru bicara Kementerian Luar Negeri Jepang, Selasa, mengecam Korea Utara.",
     ("Japan", "disapprove", "North Korea"), "2025-06-03"),
    ("Senin, Kedutaan Besar Australia menyerahkan bantuan tenda kepada Vanuatu.",
     ("Australia", "aid", "Vanuatu"), "2025-06-02"),
    ("Menteri Luar Negeri Prancis dalam pernyataan tertulis, Rabu, mengecam Iran.",
     ("France", "disapprove", "Iran"), "2025-06-04"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "triple", "day"), ASIDE_DAYS)
def test_a_weekday_aside_dates_the_act(text: str, triple: tuple[str, str, str], day: str) -> None:
    coded = {(r.source, r.action, r.target): r.date for r in relations(text, "2025-06-05")}
    assert coded.get(triple) == day, coded


def test_the_same_day_after_a_next_day_opening() -> None:
    text = (
        "Kapal China menembakkan meriam air ke kapal Filipina, Sabtu (31/5/2025). Keesokan "
        "harinya, Filipina memanggil Duta Besar China. Pada hari yang sama, Jepang mengecam "
        "China."
    )
    coded = {(r.source, r.action, r.target): r.date for r in relations(text, "2025-06-05")}
    assert coded.get(("Japan", "disapprove", "China")) == "2025-06-01", coded


# a request in a sentence whose source has made a demand of the same target (a summons)
# is that demand pressed, not a second act; after a censure alone it stays an appeal
def test_a_request_after_a_summons_is_the_summons_demand() -> None:
    text = (
        "Kementerian Luar Negeri Rumania memanggil Duta Besar Hongaria di Bukares, "
        "menyesalkan pernyataan itu, dan meminta Budapest segera mengklarifikasi."
    )
    coded = triples(text)
    assert ("Romania", "demand", "Hungary") in coded, coded
    assert ("Romania", "appeal", "Hungary") not in coded, coded


def test_a_request_after_a_censure_stays_an_appeal() -> None:
    coded = triples("Indonesia mengecam serangan itu dan mendesak Israel menahan diri.")
    assert ("Indonesia", "appeal", "Israel") in coded, coded


# motor racing is sport: riders meeting on the track is no consultation
@pytest.mark.parametrize(
    "text",
    [
        "Pebalap Honda itu memimpin balapan sejak lap pertama di Sirkuit Sepang. Marquez dan "
        "Bagnaia bertemu dalam duel di tikungan terakhir. Ia finis kedua.",
        "Balapan di Sirkuit Mugello berlangsung ketat sejak lap kelima. Quartararo kembali "
        "bertemu Bastianini di tikungan pertama sebelum finis di podium.",
    ],
)
def test_riders_meeting_on_the_track_is_no_consultation(text: str) -> None:
    assert not [t for t in triples(text) if t[1] == "consult"], triples(text)


# a bench of judges acts as its court, however the entity layer cuts the name
@pytest.mark.parametrize(
    ("name", "kind", "acts_as"),
    [
        ("Majelis hakim Pengadilan Negeri Surabaya", "ORG", "Pengadilan Negeri Surabaya"),
        ("Panel Hakim Pengadilan Tinggi Bandung", "ORG", "Pengadilan Tinggi Bandung"),
        ("Majelis Ulama Indonesia", "ORG", "Majelis Ulama Indonesia"),
        ("Majelis hakim Pengadilan Agama Sleman", "PER", "Majelis hakim Pengadilan Agama Sleman"),
    ],
)
def test_a_bench_acts_as_its_court(name: str, kind: EntityType, acts_as: str) -> None:
    assert _actor_name(Mention(0, len(name), name, kind, entity=name)) == acts_as


# a denial of involvement ("membantah keterlibatan X") rejects whoever acted on the
# denier's side last, not the side named
DENIALS = [
    (
        "Kementerian Luar Negeri Filipina menuduh Beijing menyabotase kapal riset, Senin "
        "(2/6/2025). China membantah keterlibatan Beijing.",
        ("China", "reject", "Philippines"),
    ),
    (
        "Ukraina menuding Rusia menyerang kapal kargo itu, Senin (2/6/2025). Kremlin "
        "membantah keterlibatannya.",
        ("Russia", "reject", "Ukraine"),
    ),
    (
        "Polisi Malaysia menangkap dua nelayan Indonesia. Jakarta membantah keterlibatan "
        "nelayannya dalam penyelundupan itu.",
        ("Indonesia", "reject", "Malaysia"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), DENIALS)
def test_a_denial_of_involvement_rejects_the_accuser(
    text: str, triple: tuple[str, str, str]
) -> None:
    coded = triples(text)
    assert triple in coded, coded
    assert (triple[0], "reject", triple[0]) not in coded, coded


# persons signing with the other side met to sign: consult beside cooperate; firms or
# ministries signing, or a signing hoped for, tell no meeting
SIGNED_IN_PERSON = [
    (
        "Perdana Menteri Jepang Shigeru Ishiba dan Presiden Filipina Ferdinand Marcos Jr. "
        "menandatangani perjanjian akses timbal balik di Manila.",
        "Shigeru Ishiba",
    ),
    (
        "Presiden Prabowo Subianto dan Perdana Menteri Malaysia Anwar Ibrahim meneken nota "
        "kesepahaman perbatasan di Putrajaya.",
        "Prabowo Subianto",
    ),
]


@pytest.mark.parametrize(("text", "signer"), SIGNED_IN_PERSON)
def test_persons_signing_meet(text: str, signer: str) -> None:
    coded = triples(text)
    assert any(s == signer and a == "consult" for s, a, _ in coded), coded
    assert any(s == signer and a == "cooperate" for s, a, _ in coded), coded


@pytest.mark.parametrize(
    "text",
    [
        "PT Pertamina dan Petronas menandatangani perjanjian jual beli gas di Kuala Lumpur.",
        "Penyerang Marco Reus menandatangani kontrak baru dengan Borussia Dortmund.",
        "Menteri Perdagangan Budi Santoso mengatakan pemerintah berharap dapat "
        "menandatangani perjanjian serupa dengan Kanada tahun depan.",
    ],
)
def test_firms_or_a_hoped_signing_tell_no_meeting(text: str) -> None:
    assert not [t for t in triples(text) if t[1] == "consult"], triples(text)


# the same agent (or its state) going on right after its dated act is on that occasion
SAME_AGENT_GOES_ON = [
    (
        "Kementerian Luar Negeri Malaysia memanggil Duta Besar Thailand di Kuala Lumpur, "
        "Senin (2/6/2025), untuk memprotes penangkapan nelayannya. Kuala Lumpur menuntut "
        "Bangkok segera membebaskan para nelayan itu.",
        ("Malaysia", "demand", "Thailand"),
    ),
    (
        "Presiden Kenya William Ruto bertemu Presiden Tanzania Samia Suluhu Hassan di Arusha, "
        "Senin (2/6/2025). Ruto mengundang Samia menghadiri forum dagang di Nairobi.",
        ("William Ruto", "intend", "Samia Suluhu Hassan"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), SAME_AGENT_GOES_ON)
def test_the_same_agent_goes_on_at_the_date_told(text: str, triple: tuple[str, str, str]) -> None:
    coded = {(r.source, r.action, r.target): r.date for r in relations(text, "2025-06-05")}
    assert coded.get(triple) == "2025-06-02", coded


def test_a_new_actor_reacting_is_dated_by_the_report() -> None:
    text = (
        "Uni Eropa menjatuhkan sanksi terhadap Iran, Senin (2/6/2025). Teheran mengecam "
        "sanksi tersebut."
    )
    coded = {(r.source, r.action, r.target): r.date for r in relations(text, "2025-06-05")}
    assert coded.get(("Iran", "disapprove", "European Union")) == "2025-06-05", coded


# an embassy's officer by office is an envoy a summons is addressed to, and a protest
# that is the summons' purpose is made to the summoned's state
SUMMONS_IN_PROTEST = [
    (
        "Kementerian Luar Negeri Korea Selatan memanggil Wakil Kepala Misi Kedutaan Besar "
        "Jepang di Seoul, Senin (2/6/2025), untuk memprotes buku pelajaran baru itu.",
        "South Korea",
        "Japan",
    ),
    (
        "Kementerian Luar Negeri Malaysia memanggil Konsul Jenderal Thailand di Penang untuk "
        "menyampaikan protes atas penangkapan nelayannya.",
        "Malaysia",
        "Thailand",
    ),
    (
        "Kementerian Luar Negeri Chile memanggil Kuasa Usaha Kedutaan Besar Peru di "
        "Santiago untuk memprotes pernyataan presidennya.",
        "Chile",
        "Peru",
    ),
]


@pytest.mark.parametrize(("text", "source", "target"), SUMMONS_IN_PROTEST)
def test_a_summons_in_protest_demands_and_censures(text: str, source: str, target: str) -> None:
    coded = triples(text)
    assert (source, "demand", target) in coded, coded
    assert (source, "disapprove", target) in coded, coded


def test_a_call_to_a_team_is_no_summons() -> None:
    coded = triples("Pelatih timnas memanggil tiga pemain Persija untuk memprotes keputusan wasit.")
    assert not coded, coded


# a date aside before the verb that carries the cue ("X, Selasa, menyampaikan terima
# kasih kepada Y") leaves X the subject
ASIDE_BEFORE_LIGHT_VERB = [
    (
        "Perdana Menteri Samoa, Selasa, menyampaikan terima kasih kepada Wellington dan "
        "Canberra atas bantuan itu.",
        ("Samoa", "cooperate", "Australia"),
    ),
    (
        "Kementerian Luar Negeri Jepang, Rabu (4/6/2025), menyatakan mendukung Filipina.",
        ("Japan", "cooperate", "Philippines"),
    ),
    (
        "Presiden Palau, Senin, menyampaikan terima kasih kepada Taiwan atas kiriman vaksin.",
        ("Palau", "cooperate", "Taiwan"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), ASIDE_BEFORE_LIGHT_VERB)
def test_a_date_aside_before_a_light_verb_keeps_the_subject(
    text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in triples(text), triples(text)


# an appeal lodged against a ruling ("menyatakan banding", "mengajukan kasasi") censures
# the court that sentenced the appellant; lodged at once, on the ruling's day
APPEALS = [
    (
        "Pengadilan Negeri Makassar menjatuhkan vonis lima tahun penjara kepada mantan Kepala "
        "Dinas Perhubungan Kota Makassar, Hendra Wijaya, Senin (2/6/2025). Seusai sidang, "
        "Hendra melalui kuasa hukumnya langsung menyatakan banding.",
        ("Hendra Wijaya", "disapprove", "Pengadilan Negeri Makassar"),
        "2025-06-02",
    ),
    (
        "Pengadilan Negeri Semarang menjatuhkan vonis enam tahun penjara kepada mantan Bupati "
        "Kendal, Bambang Irawan, Selasa (3/6/2025). Bambang mengajukan banding ke Pengadilan "
        "Tinggi.",
        ("Bambang Irawan", "disapprove", "Pengadilan Negeri Semarang"),
        "2025-06-05",
    ),
]


@pytest.mark.parametrize(("text", "triple", "day"), APPEALS)
def test_an_appeal_censures_the_court(text: str, triple: tuple[str, str, str], day: str) -> None:
    coded = {(r.source, r.action, r.target): r.date for r in relations(text, "2025-06-05")}
    assert coded.get(triple) == day, coded


def test_a_court_of_appeal_is_no_appeal() -> None:
    text = (
        "Pengadilan Negeri Bogor menjatuhkan vonis tiga tahun penjara kepada pengusaha Rudi "
        "Hartono, Senin (2/6/2025). Pengadilan banding menguatkan putusan itu."
    )
    assert not [t for t in triples(text) if t[1] == "disapprove"], triples(text)
