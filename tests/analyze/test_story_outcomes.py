"""An outcome stated in a lead and the places of near reports keep events apart
(:mod:`warta.analyze.story_outcomes`; :mod:`warta.analyze.story_clusters`:
``_later_outcome``, ``_apart_places`` in the pair test).

Invented articles: none of them comes from a gold or blind set.
"""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest
from scipy import sparse
from tests.analyze.test_story_lone import _stories

from warta.analyze import story_clusters
from warta.analyze.stories import BARS, StoryInput
from warta.analyze.story_clusters import (
    CAPITAL,
    UnitView,
    _apart_places,
    _Cluster,
    _later_outcome,
    _may_merge,
    pair_link,
)
from warta.analyze.story_outcomes import lead_outcome

# --- lead_outcome -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Tiga Pendaki Ditemukan Selamat di Lereng Merbabu", "Tim SAR menyisir jalur."),
        (None, "BALIKPAPAN - Dua nelayan ditemukan dalam keadaan hidup di Selat Makassar."),
        (None, "Korban berhasil dievakuasi dari reruntuhan setelah empat hari."),
        ("Vonis Kasus Suap Jalan", "Mantan kepala dinas itu divonis enam tahun penjara."),
        (None, "Hakim menjatuhkan putusan.\n\nTerdakwa dijatuhi hukuman lima tahun."),
        ("Wawancara: Ibu Pendaki yang Selamat", "Kabar anaknya ditemukan hidup tiba Senin."),
    ],
)
def test_lead_outcome_reads_found_alive_evacuated_and_sentenced(
    title: str | None, text: str
) -> None:
    assert lead_outcome(title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Kapal Nelayan Hilang Kontak di Laut Banda", "Enam awak dicari tim SAR gabungan."),
        (None, "Hingga Rabu sore, kedua pendaki belum ditemukan selamat."),
        (None, "Korban tak kunjung ditemukan hidup meski pencarian diperluas."),
        ("Pria Ditemukan Tewas di Kebun Kopi", "Polisi menyelidiki penyebab kematian."),
        ("Gajah Ditemukan Mati di Pinggir Kebun", "Gadingnya hilang."),
        # the third paragraph is not the lead
        (
            "Keluarga Berdoa",
            "Kerabat berkumpul.\n\nMereka menunggu.\n\nAkhirnya ditemukan selamat.",
        ),
    ],
)
def test_lead_outcome_leaves_out_searches_bodies_and_later_paragraphs(
    title: str | None, text: str
) -> None:
    assert not lead_outcome(title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the active voice, the court as subject
        (None, "MATARAM - Majelis hakim memvonis bekas bendahara desa itu empat tahun."),
        (None, "Pengadilan menghukum terdakwa dengan pidana tiga tahun penjara, Selasa."),
        # the noun: a reaction or an appeal names the verdict read
        ("Pedagang Pasar Tanggapi Vonis Kasus Retribusi", "Mereka menilainya terlalu ringan."),
        (None, "Jaksa mengajukan banding atas vonis dua tahun bagi mantan camat itu."),
        (None, "Keluarga terdakwa menerima putusan hakim dengan tenang."),
    ],
)
def test_lead_outcome_reads_a_verdict_in_the_active_voice_and_by_its_noun(
    title: str | None, text: str
) -> None:
    assert lead_outcome(title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # asked for: the prosecution's demand, a complement of "meminta"
        (None, "Jaksa meminta majelis menjatuhkan hukuman tujuh tahun kepada terdakwa."),
        # awaited: before, or scheduled after
        ("Jelang Vonis Kasus Retribusi, Pedagang Berkumpul", "Sidang digelar pekan depan."),
        (None, "Warga masih menunggu putusan hakim atas perkara lahan itu."),
        (None, "Vonis dijadwalkan dibacakan Kamis depan di Pengadilan Negeri Dompu."),
    ],
)
def test_lead_outcome_leaves_out_a_verdict_asked_for_or_awaited(
    title: str | None, text: str
) -> None:
    assert not lead_outcome(title, text)


# --- _apart_places ------------------------------------------------------------------


def test_apart_places_needs_provinces_on_both_sides_the_capital_aside() -> None:
    ntt, malut, jatim = (
        frozenset({"Nusa Tenggara Timur"}),
        frozenset({"Maluku Utara"}),
        frozenset({"Jawa Timur"}),
    )
    assert _apart_places(ntt, malut)
    assert not _apart_places(ntt, ntt | malut)  # one province in common
    assert not _apart_places(ntt, frozenset())  # one lead names no place
    # a report datelined in the capital tells where its desk is, not where the news is
    assert not _apart_places(frozenset({CAPITAL}), jatim)
    assert _apart_places(frozenset({CAPITAL}) | ntt, jatim)


def _two_rows(cosine: float) -> sparse.csr_matrix:
    """Two L2-normalised rows whose dot product is ``cosine``."""
    return sparse.csr_matrix(np.array([[1.0, 0.0], [cosine, math.sqrt(1 - cosine**2)]]))


def _near_view(day: int, places: tuple[str, ...]) -> UnitView:
    return UnitView((day, day), frozenset(), rep_places=frozenset(places))


def test_near_units_link_at_the_near_bar_unless_their_leads_name_two_provinces() -> None:
    cosine = (BARS.near_link_cosine + BARS.link_cosine) / 2  # above the near bar only
    x = _two_rows(cosine)
    same = [_near_view(100, ("Jawa Barat",)), _near_view(101, ("Jawa Barat",))]
    assert pair_link(same, x, None, BARS, 0, 1) == pytest.approx(cosine)
    apart = [_near_view(100, ("Jawa Barat",)), _near_view(100, ("Sulawesi Selatan",))]
    assert pair_link(apart, x, None, BARS, 0, 1) is None
    desk = [_near_view(100, (CAPITAL,)), _near_view(100, ("Sulawesi Selatan",))]
    assert pair_link(desk, x, None, BARS, 0, 1) == pytest.approx(cosine)
    unnamed = [_near_view(100, ()), _near_view(100, ("Sulawesi Selatan",))]
    assert pair_link(unnamed, x, None, BARS, 0, 1) == pytest.approx(cosine)
    # the general bar holds whatever the places
    high = _two_rows(BARS.link_cosine + 0.05)
    assert pair_link(apart, high, None, BARS, 0, 1) is not None


def test_the_near_bar_sits_below_the_general_bar() -> None:
    assert BARS.near_link_cosine < BARS.link_cosine
    assert BARS.near_link_cosine >= 0.25  # above the cross-event near pairs measured


# --- _later_outcome -----------------------------------------------------------------


def _cluster(
    first: int | None, *, units: int = 1, outcome: bool = False, row: float = 1.0
) -> _Cluster:
    tfidf = sparse.csr_matrix(([row * units], ([0], [0])), shape=(1, 2))
    return _Cluster(list(range(units)), tfidf, first, first, first is not None, outcome=outcome)


def test_later_outcome_needs_a_lone_unit_and_one_side_stating_an_outcome() -> None:
    opening = _cluster(100, units=2)
    assert _later_outcome(_cluster(None, outcome=True), opening)
    assert not _later_outcome(_cluster(None), opening)  # no outcome stated
    ending = _cluster(110, units=2, outcome=True)
    assert not _later_outcome(_cluster(None, outcome=True), ending)
    # an undated piece on the opening and the ending's story: the same two stages
    assert _later_outcome(_cluster(None), ending)
    assert not _later_outcome(_cluster(None, units=2, outcome=True), opening)


def test_later_outcome_leaves_dated_units_to_the_date_window() -> None:
    search = _cluster(100)
    assert not _later_outcome(_cluster(103, outcome=True), search)  # found on day four
    assert not _later_outcome(_cluster(103, outcome=True), _cluster(100, units=2))


def test_an_outcome_piece_gets_no_lowered_bar_into_an_opening() -> None:
    # the average of the two: between the undated lone bar and the general one
    average = (BARS.undated_single_cosine + BARS.average_cosine) / 2
    opening = _cluster(100, units=2, row=1.0)
    piece = _cluster(None, outcome=True, row=average)
    assert not _may_merge(piece, opening, BARS)
    assert _may_merge(_cluster(None, row=average), opening, BARS)  # no outcome: it joins
    assert _may_merge(piece, _cluster(100, units=2, outcome=True), BARS)


# --- whole stories ------------------------------------------------------------------

OPEN, FOUND = "2025-09-01", "2025-09-11"

# Three climbers lost on a mountain (the opening, with an undated family piece) and
# found alive ten days later (dated reports and an undated interview with a mother).
CLIMBERS = [
    StoryInput(
        "lost-a",
        "Tiga pendaki hilang di Gunung Lawu, tim SAR dikerahkan",
        "KARANGANYAR - Tiga pendaki asal Surakarta dilaporkan hilang di jalur Cemoro "
        "Sewu, Gunung Lawu, Senin (1/9/2025). Kabut tebal turun sejak siang.\n\n"
        "Kepala Basarnas Semarang Wahyu Pratomo mengatakan 40 personel menyisir jalur "
        "pendakian. Ketua rombongan, Dimas Prakoso, terakhir menelepon dari pos empat.",
        OPEN,
        ("Basarnas", "Wahyu Pratomo", "Dimas Prakoso"),
    ),
    StoryInput(
        "lost-b",
        "Pencarian pendaki Lawu terhambat kabut dan hujan",
        "Tim SAR gabungan mencari tiga pendaki yang hilang di Gunung Lawu, Senin "
        "(1/9/2025) malam. Kabut dan hujan menghambat penyisiran di jalur Cemoro Sewu.\n\n"
        "Wahyu Pratomo dari Basarnas Semarang menyebut Dimas Prakoso dan dua rekannya "
        "membawa bekal untuk tiga hari.",
        OPEN,
        ("Basarnas", "Wahyu Pratomo", "Dimas Prakoso"),
    ),
    StoryInput(
        "lost-family",
        "Keluarga pendaki di Surakarta gelar doa bersama",
        "Rumah keluarga Dimas Prakoso di Laweyan, Surakarta, dipenuhi kerabat yang "
        "menggelar doa bersama. Ibunda Dimas, Sri Lestari, menunggu kabar dari posko "
        'pencarian di Gunung Lawu.\n\n"Anak saya sudah sering naik Lawu, dia pasti tahu '
        'cara bertahan," kata Sri Lestari. Keluarga berharap tim SAR Basarnas tidak '
        "menghentikan pencarian.",
        None,
        ("Basarnas", "Dimas Prakoso", "Sri Lestari"),
    ),
    StoryInput(
        "found-a",
        "Sepuluh hari hilang, tiga pendaki Lawu ditemukan selamat",
        "MAGETAN - Tiga pendaki yang hilang di Gunung Lawu sejak 1 September ditemukan "
        "selamat di sebuah ceruk di lereng timur, Kamis (11/9/2025). Mereka lemas dan "
        "dehidrasi.\n\nWahyu Pratomo dari Basarnas Semarang mengatakan Dimas Prakoso dan "
        "dua rekannya bertahan dengan air hujan dan bekal yang tersisa.",
        FOUND,
        ("Basarnas", "Wahyu Pratomo", "Dimas Prakoso"),
    ),
    StoryInput(
        "found-mother",
        'Wawancara: Ibunda pendaki yang selamat, "Saya sudah pasrah"',
        "Kabar bahwa Dimas Prakoso dan dua rekannya ditemukan hidup di Gunung Lawu "
        "disambut tangis di Laweyan, Surakarta. Kami berbincang dengan ibundanya, Sri "
        "Lestari.\n\nBagaimana Ibu mendengar kabar itu? Petugas Basarnas menelepon, lalu "
        "saya dengar suara Dimas sendiri. Sekarang kami menyiapkan syukuran satu "
        "kampung begitu ia pulang dari rumah sakit.",
        None,
        ("Basarnas", "Dimas Prakoso", "Sri Lestari"),
    ),
]


def _story_of(stories: list[list[str]], article: str) -> set[str]:
    return next(set(s) for s in stories if article in s)


def test_an_undated_interview_on_the_rescue_stays_out_of_the_disappearance() -> None:
    stories = _stories(CLIMBERS)
    assert _story_of(stories, "found-mother") == {"found-a", "found-mother"}
    assert _story_of(stories, "lost-family") == {"lost-a", "lost-b", "lost-family"}


def test_without_the_outcome_rule_the_interview_joins_the_disappearance(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(story_clusters, "_later_outcome", lambda single, other: False)
    # the two undated pieces (the family praying, the mother's interview) link on their
    # shared names and merge, and the rescue's report joins them
    assert "lost-family" in _story_of(_stories(CLIMBERS), "found-mother")


# A boy lost in a forest (two dated reports, an undated piece on the village searching)
# and found alive on the search's fourth day (a dated report, an undated talk with his
# father): one event, the rule must not split it.
FOREST = [
    StoryInput(
        "boy-lost-a",
        "Bocah 9 tahun hilang di hutan Kapuas Hulu saat mencari jamur",
        "PUTUSSIBAU - Seorang bocah berusia sembilan tahun, Rian Saputra, hilang di hutan "
        "Desa Nanga Lauk, Kapuas Hulu, Sabtu (4/10/2025) sore saat mencari jamur.\n\n"
        "Kapolsek Embaloh Hilir Iptu Hasanuddin Lubis mengatakan polisi, TNI dan warga "
        "menyisir hutan hingga tepi sungai.",
        "2025-10-04",
        ("Rian Saputra", "Hasanuddin Lubis"),
    ),
    StoryInput(
        "boy-lost-b",
        "Hari kedua, pencarian Rian di hutan Nanga Lauk melibatkan anjing pelacak",
        "Pencarian Rian Saputra yang hilang di hutan Desa Nanga Lauk, Kapuas Hulu, "
        "memasuki hari kedua, Minggu (5/10/2025). Tim mendatangkan anjing pelacak.\n\n"
        "Iptu Hasanuddin Lubis menyebut jejak terakhir Rian ditemukan di dekat anak sungai.",
        "2025-10-05",
        ("Rian Saputra", "Hasanuddin Lubis"),
    ),
    StoryInput(
        "boy-village",
        "Warga Nanga Lauk bergantian menyisir hutan, dapur umum dibuka",
        "Warga Desa Nanga Lauk bergantian menyisir hutan mencari Rian Saputra. Ayahnya, "
        "Markus Ading, tidak pulang ke rumah sejak anaknya hilang.\n\nIbu-ibu desa "
        'membuka dapur umum di balai desa untuk para relawan. "Kami tidak akan berhenti '
        'mencari," kata Markus Ading.',
        None,
        ("Rian Saputra", "Markus Ading"),
    ),
    StoryInput(
        "boy-found",
        "Empat hari hilang, Rian ditemukan hidup di pondok ladang",
        "Rian Saputra, bocah yang hilang di hutan Nanga Lauk sejak 4 Oktober, ditemukan "
        "hidup di sebuah pondok ladang, Selasa (7/10/2025). Ia bertahan dengan buah "
        "hutan.\n\nIptu Hasanuddin Lubis mengatakan Rian dibawa ke puskesmas dalam "
        "kondisi lemah.",
        "2025-10-07",
        ("Rian Saputra", "Hasanuddin Lubis"),
    ),
    StoryInput(
        "boy-father",
        'Ayah Rian: "Saya cium tangannya berkali-kali"',
        "Markus Ading tak henti mengusap kepala anaknya. Kabar Rian Saputra ditemukan "
        "hidup membuatnya langsung berlari dari balai desa.\n\nIa berterima kasih kepada "
        "warga dan relawan. Rian kini dirawat di puskesmas dan menurut Markus Ading sudah "
        "mau makan bubur.",
        None,
        ("Rian Saputra", "Markus Ading"),
    ),
]


def test_a_find_on_the_fourth_day_of_a_search_stays_with_it() -> None:
    assert "boy-lost-b" in _story_of(_stories(FOREST), "boy-found")


# A rescue told as it happened: every report states the outcome, so an undated piece
# stating it joins the story (the rule reads the other side's leads too).
RESCUE = [
    StoryInput(
        "mine-a",
        "Empat penambang berhasil dievakuasi dari lubang tambang di Sawahlunto",
        "SAWAHLUNTO - Empat penambang yang terjebak di lubang tambang batu bara berhasil "
        "dievakuasi dalam keadaan hidup, Rabu (15/10/2025) pagi.\n\nKepala BPBD "
        "Sawahlunto Hendri Saputra mengatakan keempatnya dibawa ke RSUD Sawahlunto.",
        "2025-10-15",
        ("BPBD", "Hendri Saputra"),
    ),
    StoryInput(
        "mine-b",
        "Penambang Sawahlunto ditemukan selamat setelah 20 jam terjebak",
        "Empat penambang batu bara di Sawahlunto ditemukan selamat setelah 20 jam "
        "terjebak di lubang tambang, Rabu (15/10/2025).\n\nHendri Saputra dari BPBD "
        "menyebut keempatnya dievakuasi ke RSUD Sawahlunto dalam kondisi lemas.",
        "2025-10-15",
        ("BPBD", "Hendri Saputra"),
    ),
    StoryInput(
        "mine-family",
        "Keluarga penambang Sawahlunto sujud syukur",
        "Keluarga empat penambang yang berhasil dievakuasi dari lubang tambang di "
        "Sawahlunto menunggu di RSUD Sawahlunto sejak pagi.\n\nHendri Saputra dari BPBD "
        "Sawahlunto mengatakan keempat penambang dirawat karena lemas.",
        None,
        ("BPBD", "Hendri Saputra"),
    ),
]


def test_an_undated_piece_joins_a_story_that_states_the_outcome_too() -> None:
    assert _story_of(_stories(RESCUE), "mine-family") == {"mine-a", "mine-b", "mine-family"}


def test_day_helper_matches_the_calendar() -> None:
    assert dt.date.fromisoformat(FOUND) - dt.date.fromisoformat(OPEN) == dt.timedelta(days=10)
