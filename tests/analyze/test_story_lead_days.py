"""What each lead says of its day and place keeps two events of the same people apart
(:mod:`warta.analyze.story_clusters`: ``_earlier_single``, ``_other_weekday``,
``_other_places``, ``_other_days_and_places``; :func:`warta.analyze.stories.lead_days`,
``lead_places``, ``lead_regions`` with datelines and islands).

Invented articles: none of them comes from a gold or blind set.
"""

from __future__ import annotations

import datetime as dt

import pytest
from scipy import sparse
from tests.analyze.test_story_lone import _stories

from warta.analyze import story_clusters
from warta.analyze.stories import (
    BARS,
    StoryInput,
    lead_days,
    lead_places,
    lead_regions,
    unit_days,
)
from warta.analyze.story_clusters import (
    UnitView,
    _Cluster,
    _earlier_single,
    _may_merge,
    _other_days_and_places,
    _other_places,
    _other_weekday,
)


def _day(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


# --- lead_days ----------------------------------------------------------------------


def test_lead_days_read_stated_dates_and_weekdays_with_a_part_of_the_day() -> None:
    text = "MEDAN - Gudang plastik terbakar di Belawan, Rabu (9/7/2025) dini hari."
    assert lead_days(None, text, "2025-07-09") == {"2025-07-09"}
    # no year: the publication's; a weekday alone: the latest such day on or before it
    assert lead_days(None, "Api padam Kamis (10/7) pagi.", "2025-07-11") == {"2025-07-10"}
    assert lead_days(None, "Warga berjaga sejak Rabu malam.", "2025-07-10") == {"2025-07-09"}
    assert lead_days(None, "Ditemukan pada Senin.", "2025-07-10") == {"2025-07-07"}
    # "(30/12)" in a January paper is last year's
    assert lead_days(None, "Banjir surut Selasa (30/12).", "2026-01-02") == {"2025-12-30"}


def test_lead_days_leave_out_scheduled_days_recaps_and_bare_weekdays() -> None:
    pub = "2025-07-10"
    assert lead_days(None, "Laga dijadwalkan Sabtu (12/7/2025) di Solo.", pub) == set()
    assert lead_days(None, "Pasar buka kembali Senin depan.", pub) == set()
    assert lead_days(None, "Final digelar Minggu ini.", pub) == set()
    assert lead_days(None, "Kasus serupa terjadi Selasa lalu di Bekasi.", pub) == set()
    assert lead_days(None, "Ia menang pada Sabtu pekan lalu.", pub) == set()
    assert lead_days(None, "Tim lelah setelah laga Rabu malam.", pub) == set()
    assert lead_days(None, "Usai kalah pada Rabu malam, suporter protes.", pub) == set()
    # a stated date after "setelah" is still the day: "X setelah Y, Kamis (10/7/2025)"
    assert lead_days(None, "Jalan dibuka setelah longsor, Kamis (10/7/2025).", pub) == {
        "2025-07-10"
    }
    assert lead_days(None, "Hari raya jatuh Senin, 14 Juli.", pub) == set()  # a bare weekday
    assert lead_days(None, "Dua minggu terakhir hujan deras.", pub) == set()  # a week
    # a stated date after the publication day is a schedule, not news
    assert lead_days(None, "Sidang berlanjut Kamis (17/7/2025) siang.", pub) == set()


def test_lead_days_read_the_title_and_two_paragraphs_only() -> None:
    text = "Paragraf pertama.\n\nTim SAR bergerak Jumat pagi.\n\nKorban dimakamkan Minggu siang."
    assert lead_days("Judul", text, "2025-07-13") == {"2025-07-11"}
    assert lead_days("Longsor Selasa Malam", "Tanpa hari.", "2025-07-10") == {"2025-07-08"}


def test_an_undated_lead_keeps_its_weekday_alone() -> None:
    assert lead_days(None, "Tetangga berkumpul pada Sabtu malam.", None) == {"w5"}
    assert lead_days(None, "Hujan turun Senin (7/7/2025) sore.", None) == {"2025-07-07"}
    assert lead_days(None, "Hujan turun Senin (7/7) sore.", None) == {"w0"}


def test_unit_days_come_from_the_leads_alone() -> None:
    days, weekdays = unit_days([("2025-07-10", ["2025-07-09"]), ("2025-07-10", [])])
    assert days == {_day("2025-07-09")} and weekdays == set()
    assert unit_days([(None, ["w5"])]) == (frozenset(), frozenset({5}))
    assert unit_days([(None, ["w5"]), ("2025-07-12", [])]) == (frozenset(), frozenset())


# --- lead_places --------------------------------------------------------------------


def test_lead_places_name_provinces_by_their_regencies_cities_and_datelines() -> None:
    assert lead_places("Banjir di Kabupaten Garut meluas.") == {"Jawa Barat"}
    assert lead_places("MAKASSAR - Hujan deras sejak pagi.") == {"Sulawesi Selatan"}
    assert lead_places("Gempa terasa di Kota Ambon dan Sumbar.") == {"Maluku", "Sumatera Barat"}
    assert lead_places("Jalan di Jakarta Timur tergenang.") == {"Daerah Khusus Ibukota Jakarta"}


def test_lead_places_leave_out_names_that_are_mostly_something_else() -> None:
    assert lead_places("Wali kota Bima Arya meninjau lokasi.") == set()
    assert lead_places("Kapolda Metro Jaya memimpin apel.") == set()
    assert lead_places("Kapal melintas di Selat Malaka.") == set()
    # only the first paragraph, never the title's capitalised words
    assert lead_places("Tanpa tempat.\n\nKorban dibawa ke Kabupaten Garut.") == set()


# --- the rules on clusters ----------------------------------------------------------


def _cluster(
    first: str | None,
    last: str | None = None,
    *,
    units: int = 1,
    days: tuple[str, ...] = (),
    weekdays: tuple[int, ...] = (),
    places: tuple[str, ...] = (),
) -> _Cluster:
    row = sparse.csr_matrix(([float(units)], ([0], [0])), shape=(1, 2))
    # first_end: the earliest member's day; last_start: the latest member's day
    first_end = None if first is None else _day(first)
    last_start = None if first is None else _day(last or first)
    return _Cluster(
        list(range(units)),
        row,
        first_end,
        last_start,
        first is not None,
        days=frozenset(_day(d) for d in days),
        weekdays=frozenset(weekdays),
        places=frozenset(places) or None,
    )


def test_other_weekday_needs_one_undated_unit_naming_one_day() -> None:
    homecoming = _cluster("2025-07-17", "2025-07-18", units=2, days=("2025-07-17", "2025-07-18"))
    family_saturday = _cluster(None, weekdays=(5,))  # "pada Sabtu malam"
    assert _other_weekday(family_saturday, homecoming, BARS)
    assert not _other_weekday(_cluster(None, weekdays=(4,)), homecoming, BARS)  # a Friday
    # a stated date within a day of the story's (the next day's follow-up) is near
    assert not _other_weekday(_cluster(None, days=("2025-07-19",)), homecoming, BARS)
    assert _other_weekday(_cluster(None, days=("2025-07-21",)), homecoming, BARS)
    # guards: several days (a chronology), a dated unit, a story stating no day
    assert not _other_weekday(_cluster(None, weekdays=(5, 6)), homecoming, BARS)
    dated = _cluster("2025-07-20", days=("2025-07-12",))
    assert not _other_weekday(dated, homecoming, BARS)
    assert not _other_weekday(family_saturday, _cluster("2025-07-17", units=2), BARS)


def test_earlier_single_reads_the_stated_days_and_the_first_publication() -> None:
    sacking = _cluster("2025-07-14", units=2, days=("2025-07-14",))
    protest = _cluster("2025-07-13", days=("2025-07-12", "2025-07-13"))
    assert _earlier_single(protest, sacking)
    # a breaking report of the evening before the story's reports, stating their day
    match_next_day = _cluster("2025-07-13", units=2, days=("2025-07-12",))
    assert not _earlier_single(_cluster("2025-07-12", days=("2025-07-12",)), match_next_day)
    # a story whose first report states no day counts from its publication day
    fire = _cluster("2025-07-12", "2025-07-13", units=2, days=("2025-07-13",))
    assert not _earlier_single(_cluster("2025-07-12", days=("2025-07-12",)), fire)
    assert not _earlier_single(_cluster("2025-07-12"), sacking)  # a lead stating no day
    assert not _earlier_single(_cluster("2025-07-12", units=2, days=("2025-07-12",)), sacking)


def test_other_places_needs_places_on_both_sides_all_dated() -> None:
    east = _cluster("2025-07-12", places=("Nusa Tenggara Timur",))
    north = _cluster("2025-07-12", units=2, places=("Maluku Utara",))
    assert _other_places(east, north)
    both = _cluster("2025-07-12", places=("Maluku Utara", "Nusa Tenggara Timur"))
    assert not _other_places(both, north)
    assert not _other_places(_cluster("2025-07-12"), north)
    assert not _other_places(_cluster(None, places=("Nusa Tenggara Timur",)), north)


def test_the_lowered_bars_do_not_apply_to_two_places_or_an_earlier_piece() -> None:
    # an average between the lone-unit bar and the general bar
    def group(places: tuple[str, ...], days: tuple[str, ...]) -> _Cluster:
        c = _cluster("2025-07-12", units=2, days=days, places=places)
        c.tfidf = sparse.csr_matrix(([0.4], ([0], [0])), shape=(1, 2))
        return c

    def lone(places: tuple[str, ...], days: tuple[str, ...]) -> _Cluster:
        c = _cluster(days[0], days=days, places=places)
        c.tfidf = sparse.csr_matrix(([1.0], ([0], [0])), shape=(1, 2))
        return c

    same_day = ("2025-07-12",)
    assert _may_merge(group(("Bali",), same_day), lone(("Bali",), same_day), BARS)
    assert not _may_merge(group(("Bali",), same_day), lone(("Papua",), same_day), BARS)
    assert not _may_merge(group(("Bali",), same_day), lone(("Bali",), ("2025-07-11",)), BARS)


# --- whole stories ------------------------------------------------------------------

SAT, SUN, MON, THU, FRI = "2025-07-12", "2025-07-13", "2025-07-14", "2025-07-17", "2025-07-18"

# A swimmer's gold abroad on Saturday, an undated piece on her family watching it that
# night, and her homecoming the next Thursday and Friday in her home town.
SWIMMER = [
    StoryInput(
        "gold-a",
        "Perenang Sinta Larasati rebut emas 200 meter gaya kupu-kupu di Bangkok",
        "Perenang putri Indonesia Sinta Larasati merebut medali emas nomor 200 meter gaya "
        "kupu-kupu Kejuaraan Renang Asia Tenggara di Bangkok, Sabtu (12/7/2025). Perenang "
        "asal Kabupaten Sleman itu sekaligus memecahkan rekor Asia Tenggara.\n\n"
        "Sinta mencatat waktu dua menit delapan detik, unggul satu detik dari perenang "
        "Vietnam. Pelatih Bambang Setiaji menyebut emas itu modal menuju Olimpiade.",
        SAT,
        ("Sinta Larasati", "Bambang Setiaji"),
    ),
    StoryInput(
        "gold-b",
        "Sinta Larasati pecahkan rekor Asia Tenggara, Indonesia tambah emas renang",
        "Indonesia menambah emas renang lewat Sinta Larasati di Bangkok, Sabtu (12/7/2025) "
        "malam. Perenang Sleman itu memecahkan rekor Asia Tenggara gaya kupu-kupu 200 "
        "meter.\n\nPelatih Bambang Setiaji mengatakan rekor itu hasil latihan keras "
        "selama delapan bulan di pelatnas.",
        SUN,
        ("Sinta Larasati", "Bambang Setiaji"),
    ),
    StoryInput(
        "family-a",
        "Keluarga Sinta Larasati di Sleman menangis saat rekor pecah",
        "Rumah keluarga Sinta Larasati di Desa Sumberadi, Kabupaten Sleman, riuh pada "
        "Sabtu malam. Tetangga berkumpul menonton siaran langsung dari Bangkok.\n\n"
        "Ibunda Sinta, Endang Wahyuni, langsung sujud ketika putrinya menyentuh dinding "
        "pertama. Kepala desa Sumberadi berjanji menggelar syukuran saat Sinta pulang ke "
        "Sleman.",
        None,
        ("Sinta Larasati", "Endang Wahyuni"),
    ),
    StoryInput(
        "home-a",
        "Pulang kampung, Sinta Larasati diarak keliling Sleman",
        "Ribuan warga memadati jalan di Kabupaten Sleman, Jumat (18/7/2025), menyambut "
        "Sinta Larasati. Sinta diarak di atas mobil terbuka dari Desa Sumberadi hingga "
        "kantor bupati Sleman.\n\nIbunda Sinta, Endang Wahyuni, memeluk putrinya di "
        "syukuran desa Sumberadi. Bupati Sleman memberi bonus dan beasiswa bagi perenang "
        "peraih emas Bangkok itu. Warga Sumberadi menonton rekor itu bersama di balai desa.",
        FRI,
        ("Sinta Larasati", "Endang Wahyuni"),
    ),
    StoryInput(
        "home-b",
        "Tiba di tanah air, Sinta Larasati terima bonus dari Menpora",
        "Peraih emas renang Asia Tenggara Sinta Larasati tiba di Bandara Soekarno-Hatta, "
        "Kamis (17/7/2025) pagi, lalu menerima bonus dari Menpora di Jakarta.\n\nSinta "
        "mengaku ingin segera pulang ke Sleman dan bertemu ibunya, Endang Wahyuni.",
        THU,
        ("Sinta Larasati", "Endang Wahyuni"),
    ),
]


def _story_of(stories: list[list[str]], article: str) -> set[str]:
    return next(set(s) for s in stories if article in s)


def test_an_undated_piece_of_saturday_stays_out_of_the_homecoming() -> None:
    stories = _stories(SWIMMER)
    assert not _story_of(stories, "family-a") & {"home-a", "home-b"}
    assert not _story_of(stories, "gold-a") & {"home-a", "home-b"}


# Two landslides on one day in two provinces, the same national agency's spokesman
# quoted in each, and one flood told from two regencies of one province.
LANDSLIDES = [
    StoryInput(
        "garut-a",
        "Longsor timbun tiga rumah di Garut, dua warga hilang",
        "GARUT - Tanah longsor menimbun tiga rumah di Desa Cikandang, Kabupaten Garut, "
        "Senin (14/7/2025) dini hari setelah hujan deras semalaman. Dua warga dilaporkan "
        "hilang.\n\nKepala Pusat Data BNPB Rudi Hartono mengatakan tim gabungan mencari "
        "korban dengan alat berat. BNPB mengingatkan warga di lereng untuk mengungsi.",
        MON,
        ("BNPB", "Rudi Hartono"),
    ),
    StoryInput(
        "garut-b",
        "Pencarian dua korban longsor Cikandang dilanjutkan",
        "Tim SAR gabungan melanjutkan pencarian dua korban longsor di Desa Cikandang, "
        "Kabupaten Garut, Senin (14/7/2025) siang.\n\nBNPB melalui Rudi Hartono menyebut "
        "hujan deras masih berpotensi memicu longsor susulan. Warga lereng diminta "
        "mengungsi ke balai desa.",
        MON,
        ("BNPB", "Rudi Hartono"),
    ),
    StoryInput(
        "toraja-a",
        "Longsor di Tana Toraja putus jalan poros, warga mengungsi",
        "MAKALE - Tanah longsor memutus jalan poros di Kabupaten Tana Toraja, Senin "
        "(14/7/2025) siang setelah hujan deras. Puluhan warga mengungsi ke balai desa.\n\n"
        "Kepala Pusat Data BNPB Rudi Hartono mengatakan longsor di Toraja tidak berkaitan "
        "dengan longsor di Garut pada hari yang sama. Warga di lereng diminta waspada "
        "longsor susulan dan mengungsi.",
        MON,
        ("BNPB", "Rudi Hartono"),
    ),
]


def test_two_landslides_in_two_provinces_on_one_day_stay_apart() -> None:
    stories = _stories(LANDSLIDES)
    assert "toraja-a" not in _story_of(stories, "garut-a")


FLOOD_ONE_PROVINCE = [
    StoryInput(
        "flood-a",
        "Banjir rendam ratusan rumah di Kabupaten Bandung",
        "Banjir merendam ratusan rumah di Kecamatan Dayeuhkolot, Kabupaten Bandung, Selasa "
        "(15/7/2025) pagi setelah Sungai Citarum meluap. Ketinggian air mencapai satu "
        "meter.\n\nBPBD Jawa Barat mendirikan dapur umum bagi warga yang mengungsi.",
        "2025-07-15",
    ),
    StoryInput(
        "flood-b",
        "Luapan Citarum juga rendam Kabupaten Bandung Barat",
        "Luapan Sungai Citarum juga merendam permukiman di Kabupaten Bandung Barat, Selasa "
        "(15/7/2025). BPBD Jawa Barat menyebut banjir Citarum merendam ratusan rumah di "
        "dua kabupaten.\n\nWarga mengungsi ke dapur umum BPBD Jawa Barat.",
        "2025-07-15",
    ),
]


def test_one_flood_in_two_regencies_of_one_province_stays_one_story() -> None:
    stories = _stories(FLOOD_ONE_PROVINCE)
    assert {"flood-a", "flood-b"} in [set(s) for s in stories]


def test_without_places_the_two_landslides_would_merge(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(story_clusters, "_other_places", lambda a, b: False)
    stories = _stories(LANDSLIDES)
    assert "toraja-a" in _story_of(stories, "garut-a")


def test_without_weekdays_the_family_piece_joins_the_homecoming(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(story_clusters, "_other_weekday", lambda single, other, bars: False)
    assert _story_of(_stories(SWIMMER), "family-a") & {"home-a", "home-b"}


# A basketball club's heavy home defeat on Saturday, its supporters' protest on Sunday
# (coverage of the defeat) and the coach's sacking on Monday, whose reports recap the
# defeat and the protest.
DEFEAT = [
    StoryInput(
        "loss-a",
        "Satria Kencana dihajar Pelita Jaya di kandang sendiri",
        "SOLO - Satria Kencana kalah telak dari Pelita Jaya di GOR Sritex Arena, Sabtu "
        "(12/7/2025) malam. Tuan rumah tertinggal sejak kuarter pertama.\n\nPelatih Satria "
        "Kencana, Anton Wiryawan, mengakui timnya bermain buruk. Penonton meninggalkan "
        "tribune sebelum laga usai.",
        SAT,
        ("Satria Kencana", "Pelita Jaya", "Anton Wiryawan"),
    ),
    StoryInput(
        "loss-b",
        "Pelita Jaya pesta di Sritex Arena, Satria Kencana terpuruk",
        "Pelita Jaya berpesta di GOR Sritex Arena, Solo, Sabtu malam, mengalahkan Satria "
        "Kencana dengan selisih tiga puluh poin.\n\nBagi Satria Kencana dan pelatih Anton "
        "Wiryawan, ini kekalahan kelima beruntun di liga.",
        SAT,
        ("Satria Kencana", "Pelita Jaya", "Anton Wiryawan"),
    ),
    StoryInput(
        "loss-protest",
        "Usai kalah telak, suporter Satria Kencana bentangkan spanduk protes",
        "Kekecewaan suporter Satria Kencana belum reda sehari setelah kekalahan telak dari "
        "Pelita Jaya pada Sabtu malam. Minggu (13/7/2025) siang, puluhan suporter "
        "mendatangi mes pemain di Solo dan membentangkan spanduk protes.\n\nDi tribune "
        "Sritex Arena, nyanyian meminta pelatih Anton Wiryawan mundur terdengar sejak "
        "kuarter ketiga. Manajemen berjanji mengevaluasi tim.",
        SUN,
        ("Satria Kencana", "Anton Wiryawan"),
    ),
    StoryInput(
        "sack-a",
        "Resmi, Satria Kencana berpisah dengan pelatih Anton Wiryawan",
        "SOLO - Manajemen Satria Kencana resmi memberhentikan pelatih Anton Wiryawan, Senin "
        "(14/7/2025), dua hari setelah kekalahan telak dari Pelita Jaya.\n\nDirektur klub "
        "mengatakan keputusan diambil dalam rapat manajemen. Manajemen menunjuk asisten "
        "pelatih sebagai karteker setelah evaluasi tim dan protes suporter di mes pemain.",
        MON,
        ("Satria Kencana", "Anton Wiryawan"),
    ),
    StoryInput(
        "sack-b",
        "Satria Kencana resmi berhentikan pelatih Anton Wiryawan",
        "Manajemen Satria Kencana resmi memberhentikan pelatih kepala Anton Wiryawan pada "
        "Senin siang, dua hari setelah kekalahan telak dari Pelita Jaya.\n\nDirektur klub "
        "mengatakan keputusan memberhentikan Anton Wiryawan diambil dalam rapat manajemen "
        "Senin pagi. Asisten pelatih ditunjuk sebagai karteker hingga pelatih baru datang.",
        MON,
        ("Satria Kencana", "Anton Wiryawan"),
    ),
]


def test_the_protest_the_day_after_a_defeat_stays_out_of_the_sacking_after_it() -> None:
    stories = _stories(DEFEAT)
    assert not _story_of(stories, "loss-protest") & {"sack-a", "sack-b"}
    assert not _story_of(stories, "loss-a") & {"sack-a", "sack-b"}
    assert _story_of(stories, "loss-protest") == {"loss-a", "loss-b", "loss-protest"}


def test_without_the_earlier_rule_the_protest_joins_the_sacking(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(story_clusters, "_earlier_single", lambda single, other: False)
    assert "loss-protest" in _story_of(_stories(DEFEAT), "sack-a")


def test_the_three_sets_together_in_one_store() -> None:
    stories = _stories([*SWIMMER, *LANDSLIDES, *FLOOD_ONE_PROVINCE, *DEFEAT])
    assert not _story_of(stories, "family-a") & {"home-a", "home-b"}
    assert "toraja-a" not in _story_of(stories, "garut-a")
    assert {"flood-a", "flood-b"} <= _story_of(stories, "flood-a")
    assert _story_of(stories, "loss-protest") == {"loss-a", "loss-b", "loss-protest"}


def test_store_doc_rows_keep_lead_days_and_places_and_read_rows_from_before() -> None:
    from warta.corpus.stories import _stored_marks

    row = (
        '[{"banjir": 2}, {}, ["2-1"], ["2025-07-12", "w5"], ["Bali"], true, true, ["Ani"], '
        '["2025-07-11"]]'
    )
    marks = (["2-1"], ["2025-07-12", "w5"], ["Bali"], True, True, ["Ani"], ["2025-07-11"])
    assert _stored_marks(row) == marks
    row = '[{"banjir": 2}, {}, ["2-1"], ["2025-07-12", "w5"], ["Bali"], true, true, ["Ani"]]'
    assert _stored_marks(row) == (["2-1"], ["2025-07-12", "w5"], ["Bali"], True, True, ["Ani"], [])
    row = '[{"banjir": 2}, {}, ["2-1"], ["2025-07-12", "w5"], ["Bali"], true, true]'  # RULES 14
    assert _stored_marks(row) == (["2-1"], ["2025-07-12", "w5"], ["Bali"], True, True, [], [])
    row = '[{"banjir": 2}, {}, ["2-1"], ["2025-07-12", "w5"], ["Bali"]]'  # before RULES 6
    assert _stored_marks(row) == (["2-1"], ["2025-07-12", "w5"], ["Bali"], False, False, [], [])
    row = '[{"banjir": 2}, {}, ["2-1"]]'  # RULES 4
    assert _stored_marks(row) == (["2-1"], [], [], False, False, [], [])
    assert _stored_marks('[{"banjir": 2}, {}]') == ([], [], [], False, False, [], [])  # RULES < 4


# --- datelines and islands in lead places ----------------------------------------------


def test_a_dateline_adds_its_province_to_a_lead_that_names_a_place() -> None:
    # The cleaner splits the dateline off: the story stage gets it beside the text.
    lead = "Dua perahu nelayan tenggelam di perairan Sumenep."
    assert lead_regions(lead, "DENPASAR —") == {"Jawa Timur", "Jawa Timur/Sumenep", "Bali"}
    assert lead_regions(lead, "DENPASAR, KABARCONTOH.com -") == lead_regions(lead, "DENPASAR —")
    assert lead_regions(lead) == {"Jawa Timur", "Jawa Timur/Sumenep"}


def test_a_dateline_alone_places_nothing_and_the_capitals_adds_nothing() -> None:
    # A piece on the people of a happening is filed wherever they are.
    assert lead_regions("Keluarga penumpang menunggu kabar di posko.", "SURABAYA —") == set()
    garut = lead_regions("Harga cabai naik di Kabupaten Garut.", "JAKARTA —")
    assert garut == {"Jawa Barat", "Jawa Barat/Garut"}
    # A dateline naming no regency or province adds nothing either.
    assert lead_regions("Harga cabai naik di Kabupaten Garut.", "CIKAJANG —") == garut


def test_an_island_named_by_its_regencies_places_a_lead_in_its_province() -> None:
    assert lead_places("Penerbangan ke Lombok ditunda karena cuaca buruk.") == {
        "Nusa Tenggara Barat"
    }
    assert lead_places("Kapal ternak merapat di Sumba pagi tadi.") == {"Nusa Tenggara Timur"}
    # The island is as wide as its province: no regency of its own.
    assert lead_regions("Penerbangan ke Lombok ditunda.") == {"Nusa Tenggara Barat"}
    # A regency that gave its name to others stays a regency.
    assert "Jawa Barat/Bandung" in lead_regions("Banjir di Bandung surut.")


def test_an_e5_link_days_apart_reads_regencies_not_provinces_named_alone() -> None:
    def unit(day: int, places: set[str]) -> UnitView:
        return UnitView((day, day), frozenset(), rep_places=frozenset(places))

    day = _day("2026-03-02")
    # A province named alone (a dateline's, an official's) beside another's regency.
    filed = unit(day, {"Jawa Timur", "Jawa Timur/Malang", "Bali"})
    assert _other_days_and_places(filed, unit(day + 3, {"Bali", "Bali/Gianyar"}), BARS)
    assert not _other_days_and_places(filed, unit(day + 3, {"Jawa Timur"}), BARS)
    assert not _other_days_and_places(filed, unit(day + 1, {"Bali", "Bali/Gianyar"}), BARS)
