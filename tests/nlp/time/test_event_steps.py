"""Days told by an event, an aside or a plan (issue 18, the blind13 date classes).

* "Sehari sebelum penangkapan", "dua hari setelah pertemuan itu": the day of an event
  the text has dated, plus or minus the count; never a duration, never the anchor when
  the event has no date, and never the day a statement about it was made.
* A weekday set off by commas or opening its sentence ("X, Rabu, mengecam …", "Senin,
  Y menyerahkan …") is that day of the week before publication.
* A bare month after a verb of inviting or planning ("mengundang … pada September")
  is the next such month.
* "Pada hari yang sama" after a step that opens its sentence is that step's day.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from warta.nlp.time.timex import tag_time
from warta.records import PartialDate

PUBLISHED = PartialDate(2025, 9, 19)  # a Friday


def _values(text: str, anchor: PartialDate = PUBLISHED) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tag_time(text, anchor)]


EVENT_STEPS = [
    (
        "Polisi meringkus empat pencuri sepeda motor di Depok, Selasa (16/9/2025). "
        "Sehari sebelum penangkapan, hakim memvonis pemimpin komplotan itu.",
        "Sehari sebelum penangkapan",
        "2025-09-15",
    ),
    (
        "Kedua menteri bertemu di Surabaya pada 10 September 2025. Dua hari setelah "
        "pertemuan itu, kedua negara menandatangani nota kesepahaman.",
        "Dua hari setelah pertemuan itu",
        "2025-09-12",
    ),
    (
        "Kejaksaan menggeledah kantor dinas itu, Rabu (3/9/2025). Tiga hari sesudah "
        "penggeledahan, kepala dinas diberhentikan.",
        "Tiga hari sesudah penggeledahan",
        "2025-09-06",
    ),
    (
        "Banjir melanda Kota Bima, Kamis (4/9/2025). Sepekan setelah bencana tersebut, "
        "bantuan tiba.",
        "Sepekan setelah bencana tersebut",
        "2025-09-11",
    ),
]


@pytest.mark.parametrize(("text", "expression", "value"), EVENT_STEPS)
def test_a_count_before_or_after_an_event_steps_from_its_day(
    text: str, expression: str, value: str
) -> None:
    assert (expression, value) in _values(text)


def test_the_event_day_is_not_the_day_of_a_statement_about_it() -> None:
    text = (
        'Tim Resmob menangkap tiga penadah di Medan, Senin (15/9/2025). "Barang bukti '
        'kami sita," ujar Kapolrestabes, Selasa (16/9/2025).\n\nSehari sebelum penangkapan, '
        "pengadilan menghukum pemimpin jaringan itu."
    )
    assert ("Sehari sebelum penangkapan", "2025-09-14") in _values(text)
    text = (
        "Bea Cukai menyita 40 ton bawang ilegal, Rabu (10/9/2025). Nilainya besar, kata "
        "Kepala Kantor Wilayah, Kamis (11/9/2025). Dua hari setelah penyitaan, pemiliknya "
        "menyerahkan diri."
    )
    assert ("Dua hari setelah penyitaan", "2025-09-12") in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dua hari setelah pertemuan itu, kedua pihak berdamai.",  # no event dated
        "Selama dua hari setelah banjir, warga mengungsi.",  # a stretch of time
        "Sehari sebelum 17 Agustus, warga memasang bendera.",  # a day of its own
    ],
)
def test_no_step_from_an_undated_event_or_a_stretch_of_time(text: str) -> None:
    values = dict(_values(text))
    assert not any(v and v.startswith("2025-09") for v in values.values()), values


ASIDE_WEEKDAYS = [
    ("Juru bicara kementerian itu, Rabu, membantah tuduhan tersebut.", "Rabu", "2025-09-17"),
    ("Senin, Kedutaan Besar Jepang menyerahkan bantuan kepada warga.", "Senin", "2025-09-15"),
    ('"Kami tidak akan mundur," kata Ketua Serikat Buruh, Kamis.', "Kamis", "2025-09-18"),
    ("Para menteri G20 dalam pernyataan bersama, Selasa, mengecam serangan itu.", "Selasa",
     "2025-09-16"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "weekday", "value"), ASIDE_WEEKDAYS)
def test_a_weekday_set_off_as_an_aside_is_that_day(text: str, weekday: str, value: str) -> None:
    assert (weekday, value) in _values(text)


def test_a_weekday_without_an_aside_or_a_trigger_is_no_date() -> None:
    assert _values("Warga Pasar Minggu dan Kampung Rabu Ceria berkumpul.") == []


PLANNED_MONTHS = [
    (
        "Gubernur mengundang Duta Besar Korea menghadiri festival budaya di Manado pada Maret.",
        "Maret",
        "2026-03",
    ),
    ("Kementerian menjadwalkan pelelangan blok migas itu pada Februari.", "Februari", "2026-02"),
    ("Presiden Brasil hendak berkunjung ke Jakarta pada Januari.", "Januari", "2026-01"),
    ("Wali kota akan berkunjung ke Osaka pada Maret.", "Maret", "2026-03"),
]


@pytest.mark.parametrize(("text", "month", "value"), PLANNED_MONTHS)
def test_a_bare_month_after_inviting_or_planning_resolves_forward(
    text: str, month: str, value: str
) -> None:
    assert (month, value) in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pada Maret, ia mengundang para investor.",  # the month comes before the verb
        "Pemain itu berniat kembali usai cedera lutut pada Maret.",  # a past clause
        "Klub itu berencana membeli striker yang cedera pada Maret silam.",  # "silam"
    ],
)
def test_a_bare_month_of_a_past_act_stays_back(text: str) -> None:
    assert [v for t, v in _values(text) if t.startswith("Maret")] == ["2025-03"]


def test_the_same_day_after_an_opening_step_is_that_step_day() -> None:
    text = (
        "Kapal patroli China menghadang kapal nelayan Vietnam, Minggu (14/9/2025). "
        "Keesokan harinya, Hanoi memanggil duta besar China. Pada hari yang sama, Manila "
        "menyatakan keprihatinan."
    )
    assert _values(text)[-1] == ("hari yang sama", "2025-09-15")


# "<count> setelah <Name> me…" dates the clause it opens, counted back from the date told;
# "pada hari yang sama" after it is the date told, unless it names that act ("dengan …")
def test_a_count_before_a_clause_dates_that_clause() -> None:
    text = (
        "Rusia menutup kedutaan Estonia, Senin (2/6/2025). Keputusan itu diambil dua hari "
        "setelah Estonia mengusir diplomat Rusia. Pada hari yang sama, Latvia mengecam Rusia."
    )
    values = {t.text: t.value for t in tag_time(text, PartialDate(2025, 6, 5))}
    assert values["dua hari setelah"] == "2025-05-31"
    assert values["hari yang sama"] == "2025-06-02"


def test_the_same_day_as_the_clause_act() -> None:
    text = (
        "Iran membantah tuduhan itu, Rabu (4/6/2025), sehari setelah Menteri Luar Negeri "
        "Inggris menuduh Teheran memasok drone. Pada hari yang sama dengan tuduhan itu, "
        "London menjatuhkan sanksi."
    )
    values = {t.text: t.value for t in tag_time(text, PartialDate(2025, 6, 5))}
    assert values["sehari setelah"] == "2025-06-03"
    assert values["hari yang sama"] == "2025-06-03"


def test_a_stretch_after_a_clause_stays_a_duration() -> None:
    text = "Selama dua hari setelah Jokowi menyerukan gencatan senjata, tidak ada serangan."
    assert [t.value for t in tag_time(text, PartialDate(2025, 6, 5))] == ["P2D"]
