"""Two fixtures of one club or one tournament on consecutive days stay two stories; one
event's coverage over two days stays one. :mod:`warta.analyze.story_clusters`:
``_days_overlap`` (the near-day average joins two groups of two or more only when their
days overlap) and ``_other_matches`` (two clusters stating different match results on
different days never merge; :func:`warta.analyze.stories.match_results`).

Invented articles: none of them comes from a gold or blind set.
"""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse
from tests.analyze.test_story_lone import _stories

from warta.analyze import stories as story_index
from warta.analyze.stories import BARS, StoryInput, match_results
from warta.analyze.story_clusters import (
    _Cluster,
    _days_overlap,
    _may_merge,
    _other_matches,
    _runs_on,
)

SAT = "2025-09-13"
SUN = "2025-09-14"
MON = "2025-09-15"


def _events(stories: list[list[str]]) -> list[set[str]]:
    return [{a.split("-")[0] for a in story} for story in stories]


# A volleyball club's two league matches at one hall on Saturday and Sunday.
VOLLEY = [
    StoryInput(
        "sat-a",
        "Garuda Cakrawala tundukkan Elang Samudra tiga set langsung",
        "Garuda Cakrawala menundukkan Elang Samudra tiga set langsung pada seri kedua "
        "Proliga di GOR Ken Arok, Malang, Sabtu sore. Smes keras Dimas Aryo menjadi "
        "senjata utama Garuda Cakrawala di set penentuan.",
        SAT,
        ("Garuda Cakrawala", "Elang Samudra", "Dimas Aryo"),
    ),
    StoryInput(
        "sat-b",
        "Dimas Aryo bawa Garuda Cakrawala menang atas Elang Samudra",
        "Dimas Aryo mencetak dua puluh poin saat Garuda Cakrawala mengalahkan Elang "
        "Samudra di GOR Ken Arok. Pelatih Garuda Cakrawala memuji blok timnya pada seri "
        "kedua Proliga di Malang.",
        SAT,
        ("Garuda Cakrawala", "Elang Samudra", "Dimas Aryo"),
    ),
    StoryInput(
        "sun-a",
        "Garuda Cakrawala kalah lima set dari Banteng Nusantara",
        "Sehari setelah menang, Garuda Cakrawala kalah dari Banteng Nusantara dalam lima "
        "set di GOR Ken Arok, Malang, Minggu. Banteng Nusantara unggul dalam servis dan "
        "menutup laga seri kedua Proliga dengan ace.",
        SUN,
        ("Garuda Cakrawala", "Banteng Nusantara", "Dimas Aryo"),
    ),
    StoryInput(
        "sun-b",
        "Servis Banteng Nusantara redam Garuda Cakrawala",
        "Banteng Nusantara meredam Garuda Cakrawala lewat servis yang tajam di GOR Ken "
        "Arok. Dimas Aryo tampil kelelahan setelah laga Sabtu dan Garuda Cakrawala "
        "menyerah di set kelima seri kedua Proliga.",
        SUN,
        ("Garuda Cakrawala", "Banteng Nusantara", "Dimas Aryo"),
    ),
]

# A chess open's semifinal on Saturday and its final on Sunday, one player in both.
CHESS = [
    StoryInput(
        "semi-a",
        "Nadia Puspita lolos ke final Catur Terbuka Makassar",
        "Grandmaster muda Nadia Puspita lolos ke final Catur Terbuka Makassar setelah "
        "mengalahkan Hendro Wibisono di semifinal, Sabtu, di Hotel Pantai Losari. Nadia "
        "menang dengan buah hitam lewat serangan sayap raja.",
        SAT,
        ("Nadia Puspita", "Hendro Wibisono", "Catur Terbuka Makassar"),
    ),
    StoryInput(
        "semi-b",
        "Semifinal Catur Terbuka Makassar: Nadia Puspita singkirkan Hendro Wibisono",
        "Nadia Puspita menyingkirkan Hendro Wibisono pada semifinal Catur Terbuka "
        "Makassar. Hendro menyerah pada langkah ke-41 setelah kehilangan benteng; Nadia "
        "akan bertanding di final Minggu di Hotel Pantai Losari.",
        SAT,
        ("Nadia Puspita", "Hendro Wibisono", "Catur Terbuka Makassar"),
    ),
    StoryInput(
        "final-a",
        "Nadia Puspita juara Catur Terbuka Makassar usai kalahkan Bima Sentosa",
        "Nadia Puspita menjadi juara Catur Terbuka Makassar setelah mengalahkan Bima "
        "Sentosa di final, Minggu, di Hotel Pantai Losari. Partai final berlangsung lima "
        "jam dan Bima menyerah di langkah ke-63.",
        SUN,
        ("Nadia Puspita", "Bima Sentosa", "Catur Terbuka Makassar"),
    ),
    StoryInput(
        "final-b",
        "Bima Sentosa akui keunggulan Nadia Puspita di final",
        "Bima Sentosa mengakui keunggulan Nadia Puspita pada final Catur Terbuka Makassar. "
        "Nadia membawa pulang trofi dan hadiah utama dari Hotel Pantai Losari sehari "
        "setelah lolos dari semifinal.",
        SUN,
        ("Nadia Puspita", "Bima Sentosa", "Catur Terbuka Makassar"),
    ),
]

# A table-tennis open's semifinal on Saturday and its final on Sunday: one player in both,
# one hall, each report naming the other round.
TABLE_TENNIS = [
    StoryInput(
        "semi-a",
        "Rizky Ananta melaju ke final Kejuaraan Tenis Meja Terbuka Balikpapan",
        "Rizky Ananta memastikan tempat di final Kejuaraan Tenis Meja Terbuka Balikpapan "
        "setelah menundukkan Felix Santoso 11-8, 9-11, 11-6, 11-9 di GOR Kadrie Oening, "
        "Sabtu. Di final Minggu, Rizky akan menghadapi pemenang laga Arif Budiman melawan "
        "unggulan pertama asal Thailand.",
        SAT,
        ("Rizky Ananta", "Felix Santoso", "Arif Budiman"),
    ),
    StoryInput(
        "semi-b",
        "Rizky Ananta singkirkan Felix Santoso di semifinal",
        "Rizky Ananta menyingkirkan Felix Santoso di semifinal Kejuaraan Tenis Meja Terbuka "
        "Balikpapan dengan skor 11-8, 9-11, 11-6, 11-9. Pelatih Rizky menyebut servis pendek "
        "menjadi kunci. Rizky tampil di final pertamanya di GOR Kadrie Oening.",
        SAT,
        ("Rizky Ananta", "Felix Santoso"),
    ),
    StoryInput(
        "semi-c",
        "Felix Santoso akui Rizky Ananta lebih siap",
        "Felix Santoso mengakui Rizky Ananta lebih siap di semifinal Kejuaraan Tenis Meja "
        "Terbuka Balikpapan. Ia kalah 8-11, 11-9, 6-11, 9-11 dan berharap Rizky membawa "
        "pulang gelar di final di GOR Kadrie Oening.",
        SAT,
        ("Rizky Ananta", "Felix Santoso"),
    ),
    StoryInput(
        "final-a",
        "Rizky Ananta juara Kejuaraan Tenis Meja Terbuka Balikpapan",
        "Rizky Ananta menjadi juara Kejuaraan Tenis Meja Terbuka Balikpapan setelah "
        "mengalahkan Arif Budiman 11-7, 11-13, 11-9, 12-10 di final di GOR Kadrie Oening, "
        "Minggu. Sehari sebelumnya Rizky menyingkirkan Felix Santoso di semifinal.",
        SUN,
        ("Rizky Ananta", "Arif Budiman", "Felix Santoso"),
    ),
    StoryInput(
        "final-b",
        "Arif Budiman gagal juara di Balikpapan",
        "Arif Budiman kalah 7-11, 13-11, 9-11, 10-12 dari Rizky Ananta di final Kejuaraan "
        "Tenis Meja Terbuka Balikpapan. Rizky Ananta membawa pulang trofi dari GOR Kadrie "
        "Oening sehari setelah menang di semifinal.",
        SUN,
        ("Rizky Ananta", "Arif Budiman"),
    ),
]

# One event's coverage over two days: a cup final's reports on Sunday, the losing
# coach's reaction and a column on Monday.
CUP_FINAL = [
    StoryInput(
        "cup-a",
        "Persada Timur juara Piala Nusantara usai tekuk Laskar Pesisir",
        "Persada Timur menjadi juara Piala Nusantara setelah menekuk Laskar Pesisir 2-1 "
        "di final di Stadion Kanjuruhan, Minggu malam. Gol penentu Persada Timur dicetak "
        "Yosef Rumbiak pada menit ke-88.",
        SUN,
        ("Persada Timur", "Laskar Pesisir", "Yosef Rumbiak", "Piala Nusantara"),
    ),
    StoryInput(
        "cup-b",
        "Gol menit akhir Yosef Rumbiak bawa Persada Timur juara",
        "Yosef Rumbiak mencetak gol di menit ke-88 dan membawa Persada Timur juara Piala "
        "Nusantara. Laskar Pesisir sempat menyamakan skor di babak kedua final di Stadion "
        "Kanjuruhan.",
        SUN,
        ("Persada Timur", "Laskar Pesisir", "Yosef Rumbiak", "Piala Nusantara"),
    ),
    StoryInput(
        "cup-coach",
        "Pelatih Laskar Pesisir: kami kalah karena lengah di menit akhir",
        "Pelatih Laskar Pesisir mengakui timnya lengah di menit akhir final Piala "
        "Nusantara. Ia menyebut gol Yosef Rumbiak lahir dari kesalahan komunikasi lini "
        "belakang dan meminta maaf kepada suporter.",
        MON,
        ("Persada Timur", "Laskar Pesisir", "Yosef Rumbiak", "Piala Nusantara"),
    ),
    StoryInput(
        "cup-column",
        "Catatan final Piala Nusantara: Persada Timur dan kesabaran",
        "Final Piala Nusantara di Kanjuruhan memperlihatkan kesabaran Persada Timur. Laskar "
        "Pesisir menguasai bola, tetapi Persada Timur menunggu dan Yosef Rumbiak "
        "menghukum satu kesalahan di menit ke-88.",
        MON,
        ("Persada Timur", "Laskar Pesisir", "Yosef Rumbiak", "Piala Nusantara"),
    ),
]


def test_one_club_two_league_matches_on_consecutive_days_stay_apart() -> None:
    stories = _stories(VOLLEY)
    assert all(len(events) == 1 for events in _events(stories)), stories
    assert ["sat-a", "sat-b"] in stories and ["sun-a", "sun-b"] in stories


@pytest.mark.xfail(
    strict=True,
    reason="known: no result stated (a chess game's reports name no score here) and the "
    "two groups share so much text that they average above stories.average_link_cosine",
)
def test_a_chess_semifinal_and_the_final_next_day_stay_apart() -> None:
    stories = _stories(CHESS)
    assert all(len(events) == 1 for events in _events(stories)), stories
    assert ["semi-a", "semi-b"] in stories and ["final-a", "final-b"] in stories


def test_a_finals_coverage_the_day_after_stays_one_story() -> None:
    # The guard: the reaction and the column of the next day join one at a time.
    assert _stories(CUP_FINAL) == [sorted(a.article_id for a in CUP_FINAL)]


def test_a_semifinal_and_the_final_next_day_stay_apart_by_their_results() -> None:
    stories = _stories(TABLE_TENNIS)
    assert all(len(events) == 1 for events in _events(stories)), stories
    assert ["semi-a", "semi-b", "semi-c"] in stories and ["final-a", "final-b"] in stories


def test_without_results_the_two_rounds_merge(monkeypatch: pytest.MonkeyPatch) -> None:
    # What the results add: the same articles with no score stated merge.
    monkeypatch.setattr(story_index, "match_results", lambda text: frozenset())
    assert len(_stories(TABLE_TENNIS)) == 1


def test_fixtures_and_the_final_of_another_sport_in_one_store() -> None:
    stories = _stories([*VOLLEY, *TABLE_TENNIS, *CUP_FINAL])
    assert all(len(events) == 1 for events in _events(stories)), stories
    assert sorted(a.article_id for a in CUP_FINAL) in stories


def _cluster(n: int, days: tuple[int, int], weight: float) -> _Cluster:
    # n units whose summed row gives the chosen average with the other cluster below.
    row = sparse.csr_matrix(np.asarray([[weight * n, 0.0]]))
    return _Cluster(list(range(n)), row, days[0], days[1], True)


def test_days_overlap() -> None:
    assert _days_overlap(_cluster(2, (10, 10), 1.0), _cluster(2, (10, 11), 1.0))
    assert _days_overlap(_cluster(2, (10, 11), 1.0), _cluster(2, (11, 11), 1.0))
    assert not _days_overlap(_cluster(2, (10, 10), 1.0), _cluster(2, (11, 11), 1.0))
    undated = _Cluster([0, 1], sparse.csr_matrix((1, 2)), None, None, False)
    assert not _days_overlap(undated, _cluster(2, (10, 10), 1.0))


def test_near_average_needs_a_shared_day_between_two_groups() -> None:
    # An average between the near bar and the general bar: 0.45 * 0.45 = 0.2025.
    between = 0.45
    assert BARS.near_average_cosine < between * between < BARS.average_cosine
    sat, sun = _cluster(2, (10, 10), between), _cluster(2, (11, 11), between)
    assert not _may_merge(sat, sun, BARS)
    both_days = _cluster(2, (10, 11), between)
    assert _may_merge(both_days, _cluster(2, (11, 11), between), BARS)
    # A lone unit of the next day keeps the near bars (a reaction piece).
    assert _may_merge(sat, _cluster(1, (11, 11), between), BARS)


def test_match_results_read_runs_of_games_and_orient_them() -> None:
    assert match_results("menang 11-8, 9-11, 11-6 di final") == {"11-8,9-11,11-6"}
    # The loser's side of one match gives the same result.
    assert match_results("kalah 8-11, 11-9, 6-11 di final") == {"11-8,9-11,11-6"}
    assert match_results("Tim tamu kalah 1-3.") == match_results("Tuan rumah menang 3-1.")
    assert match_results("bermain imbang 2-2 dan kalah adu penalti 3-4") == {"2-2", "4-3"}
    assert match_results("Skor akhir 95 - 88.") == {"95-88"}


def test_a_score_a_ruling_awards_is_no_match_result() -> None:
    # The abandoned match's reports give the score it stood at; the ruling's award
    # (in a title, a lead or "WO") is a decision and does not keep the two apart.
    assert match_results("Komdis Putuskan Persiba Menang 3-0 atas Tamu") == frozenset()
    assert match_results("Tuan rumah dinyatakan kalah 0-3 karena suporter.") == frozenset()
    assert match_results("Mereka menang WO 3-0 setelah lawan absen.") == frozenset()
    assert match_results("Laga dihentikan saat Persiba unggul 2-1.") == {"2-1"}
    # A ruling's verb in another clause leaves a played score alone.
    assert match_results("Wasit memutuskan penalti, dan tim tamu menang 2-0.") == {"2-0"}


def test_match_results_leave_out_ranges_times_years_and_dates() -> None:
    for text in (
        "Ketinggian air 40-60 cm merendam rumah warga.",
        "Anak usia 6-12 tahun mendapat vaksin.",
        "Harga cabai naik 10-15 persen pekan ini.",
        "Jalan ditutup pukul 21.00-23.00 WIB.",
        "Ia menjabat pada periode 2019-2024.",
        "Pada Minggu (14/9/2025) pagi, warga berkumpul.",
        "Pemeliharaan jaringan berlangsung 2-3 hari.",
        "Pasal 27-29 undang-undang itu diuji.",
        "Festival itu digelar 12-15 Oktober di alun-alun.",
        "Pameran berlangsung pada 3-4 Mei 2025 (Sabtu-Minggu).",
        "Ongkosnya hanya US$ 3-4 sekali jalan.",
        "Kendaraan melaju 60-80 km/jam di ruas itu.",
    ):
        assert match_results(text) == frozenset(), text


def test_other_matches_needs_results_on_both_sides_on_different_days() -> None:
    def cluster(days: tuple[int, int] | None, results: set[str]) -> _Cluster:
        first, last = days if days else (None, None)
        row = sparse.csr_matrix((1, 2))
        return _Cluster([0], row, first, last, days is not None, results=frozenset(results))

    semi, final = cluster((10, 10), {"3-1"}), cluster((11, 11), {"3-2"})
    assert _other_matches(semi, final)
    assert not _other_matches(semi, cluster((11, 11), {"3-1"}))  # the result repeated
    assert not _other_matches(semi, cluster((11, 11), set()))  # a reaction with no score
    assert not _other_matches(semi, cluster((10, 10), {"3-2"}))  # one day: not told apart
    assert not _other_matches(semi, cluster(None, {"3-2"}))  # undated


def test_one_match_reported_the_day_after_with_the_score_reversed_stays_one_story() -> None:
    match = [
        StoryInput(
            "derby-a",
            "Bintang Khatulistiwa menang 3-1 atas Tunas Borneo",
            "Bintang Khatulistiwa menang 3-1 atas Tunas Borneo di Stadion Sultan Syarif "
            "Abdurrahman, Pontianak, Sabtu malam. Dua gol dicetak Hasan Mahmud.",
            SAT,
            ("Bintang Khatulistiwa", "Tunas Borneo", "Hasan Mahmud"),
        ),
        StoryInput(
            "derby-b",
            "Hasan Mahmud dua gol, Bintang Khatulistiwa tundukkan Tunas Borneo",
            "Hasan Mahmud mencetak dua gol saat Bintang Khatulistiwa menundukkan Tunas Borneo "
            "3-1 di Pontianak. Bintang Khatulistiwa naik ke posisi ketiga klasemen.",
            SAT,
            ("Bintang Khatulistiwa", "Tunas Borneo", "Hasan Mahmud"),
        ),
        StoryInput(
            "derby-c",
            "Tunas Borneo kalah 1-3, pelatih soroti lini belakang",
            "Pelatih Tunas Borneo menyoroti lini belakang timnya setelah kalah 1-3 dari "
            "Bintang Khatulistiwa di Pontianak. Dua gol Hasan Mahmud lahir dari bola mati.",
            SUN,
            ("Bintang Khatulistiwa", "Tunas Borneo", "Hasan Mahmud"),
        ),
    ]
    assert _stories(match) == [["derby-a", "derby-b", "derby-c"]]


def test_a_flood_reported_over_two_days_with_ranges_stays_one_story() -> None:
    flood = [
        StoryInput(
            "flood-a",
            "Banjir rendam 300 rumah di Kecamatan Sungai Raya",
            "Banjir merendam 300 rumah di Kecamatan Sungai Raya, Kubu Raya, Sabtu. Ketinggian "
            "air 40-60 cm dan warga mengungsi ke balai desa Sungai Raya.",
            SAT,
            ("Kubu Raya",),
        ),
        StoryInput(
            "flood-b",
            "Ratusan rumah di Sungai Raya terendam banjir",
            "Ratusan rumah di Sungai Raya, Kubu Raya, terendam banjir setinggi 40-60 cm. BPBD "
            "Kubu Raya membuka dapur umum di balai desa Sungai Raya.",
            SAT,
            ("Kubu Raya", "BPBD Kubu Raya"),
        ),
        StoryInput(
            "flood-c",
            "Banjir Sungai Raya mulai surut, warga bersihkan rumah",
            "Banjir di Kecamatan Sungai Raya, Kubu Raya, mulai surut menjadi 10-20 cm, Minggu. "
            "Warga yang mengungsi di balai desa Sungai Raya kembali membersihkan rumah.",
            SUN,
            ("Kubu Raya",),
        ),
    ]
    assert _stories(flood) == [["flood-a", "flood-b", "flood-c"]]


def test_store_doc_rows_keep_results_and_read_rows_from_before() -> None:
    from warta.corpus.stories import _results

    assert _results('[{"gol": 2}, {}, ["2-1"]]') == ["2-1"]
    assert _results('[{"gol": 2}, {}]') == []  # a row written before RULES 4


def test_two_groups_sharing_a_day_run_on_at_the_near_average() -> None:
    # A story's first and second day in one group, its second and third in another (a
    # toll risen overnight, an analysis): the day both hold ties them at the near average.
    between = 0.45
    first, later = _cluster(2, (10, 11), between), _cluster(2, (11, 12), between)
    assert _runs_on(first, later, BARS)
    assert _may_merge(first, later, BARS)
    # Two groups of one kind three days apart share no day: the general bar only.
    crash, landslide = _cluster(2, (10, 11), between), _cluster(2, (13, 13), between)
    assert not _runs_on(crash, landslide, BARS)
    assert not _may_merge(crash, landslide, BARS)
    # A group already wider than the near days does not run on through one shared day.
    wide = _cluster(2, (8, 11), between)
    assert not _runs_on(wide, later, BARS)
