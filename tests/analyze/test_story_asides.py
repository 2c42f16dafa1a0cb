"""A report's closing aside on another case told at the same press conference is left out
of its story vector (:func:`warta.analyze.story_asides.closing_aside`), so two cases of
one police chief's press conference, each report ending on the other, stay two stories.

Invented articles: none of them comes from a gold or blind set.
"""

from __future__ import annotations

from tests.analyze.test_story_lone import _stories

from warta.analyze.stories import StoryInput, article_terms
from warta.analyze.story_asides import closing_aside

_THEFT = [
    "KENDARI - Polres Kendari meringkus tiga pemuda pencuri sepeda motor yang "
    "beraksi di parkiran kampus, Rabu (4/3/2026).",
    "Kapolres Kendari, AKBP Sulaiman Rahim, mengatakan komplotan itu mencuri 14 sepeda "
    "motor sejak Januari dan menjualnya tanpa surat ke Kabupaten Konawe.",
    '"Mereka memakai kunci letter T dan hanya butuh satu menit," kata Sulaiman.',
    "Barang bukti 9 sepeda motor dipajang di halaman Polres Kendari.",
    "Dalam konferensi pers yang sama, Sulaiman juga memaparkan penangkapan pembakar lahan "
    "gambut di Kecamatan Abeli yang apinya sempat merembet ke permukiman warga.",
]
_FIRE = [
    "KENDARI - Seorang petani berinisial LM ditetapkan sebagai tersangka pembakaran lahan "
    "gambut di Kecamatan Abeli, Rabu (4/3/2026).",
    "Kasat Reskrim, AKP Yusran Bakri, mengatakan LM membakar semak untuk membuka "
    "kebun jagung, lalu api merembet ke permukiman warga dan menghanguskan dua rumah.",
    '"Angin kencang membuat api tidak terkendali," kata Yusran.',
    "Tersangka dijerat undang-undang perlindungan dan pengelolaan lingkungan hidup.",
    "Di sela konferensi pers, Yusran sempat ditanya soal komplotan pencuri sepeda motor "
    "di parkiran kampus. Ia membenarkan tiga pelaku sudah ditangkap dan 14 sepeda motor "
    "dicuri sejak Januari.",
]


def test_a_closing_paragraph_naming_the_occasion_again_and_turning_away_is_an_aside() -> None:
    assert closing_aside(_THEFT) == 4
    assert closing_aside(["Lead.", "", *_FIRE[1:]]) == 5
    # The aside may run over a second paragraph: it begins at the last but one.
    assert closing_aside([*_THEFT[:4], _THEFT[4], "Tersangka pembakar lahan ditahan."]) == 4


def test_the_same_occasion_going_on_with_the_own_event_is_no_aside() -> None:
    own = "Dalam kesempatan yang sama, polisi menyerahkan motor curian kepada pemiliknya."
    assert closing_aside([*_THEFT[:4], own]) == 5  # no turn to another matter
    early = [_THEFT[0], _THEFT[4], *_THEFT[1:4]]
    assert closing_aside(early) == 5  # not among the closing paragraphs
    assert closing_aside([_THEFT[4]]) == 1  # a lead is never an aside
    assert closing_aside([]) == 0


def test_the_aside_leaves_the_story_terms() -> None:
    counts, _ = article_terms(
        StoryInput("a", "Komplotan pencuri motor ditangkap", "\n".join(_THEFT))
    )
    assert "gambut" not in counts and "komplotan" in counts


def test_two_cases_of_one_press_conference_each_ending_on_the_other_stay_apart() -> None:
    items = [
        StoryInput(
            "theft", "Komplotan Pencuri Motor Kampus Ditangkap", "\n\n".join(_THEFT), "2026-03-04"
        ),
        StoryInput(
            "fire", "Petani Pembakar Lahan Gambut Jadi Tersangka", "\n\n".join(_FIRE), "2026-03-04"
        ),
    ]
    assert _stories(items) == [["fire"], ["theft"]]
