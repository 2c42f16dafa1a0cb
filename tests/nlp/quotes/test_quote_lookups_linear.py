"""The quote layer's lookups over the whole article, made linear (issue 15): each gives
what its former reading of ``text[:before]`` per call gave, on invented texts."""

from __future__ import annotations

import re

from warta.nlp.quotes.article import _Article
from warta.nlp.quotes.cues import CALL_TITLES, is_name_token
from warta.nlp.quotes.resolved import _Found, _Resolved, _written_after_a_name
from warta.records import Mention


def _written_after_a_name_by_regex(word: str, text: str) -> bool:
    """The former reading: the pattern tried at every position."""
    for m in re.finditer(rf"(?P<before>\S+)[ \t]+{re.escape(word)}(?![\w'’-])", text):
        before = m.group("before")
        if is_name_token(before) and before.lower() not in CALL_TITLES:
            return True
    return False


def test_written_after_a_name_reads_as_the_pattern() -> None:
    texts = [
        "Warga memanggilnya Bang Tigor, dan Tigor tersenyum.",
        "Rapat dipimpin Wira Tigor di balai.",
        "Tigor datang.\nRamli\tTigor pulang.",
        "kata Bu Tigor;Wira Tigor-nya",
        "Tigor Tigor Tigor",
        "  Tigor,Tigor Tigor'an Tigoran",
        "(Wira) Tigor datang; Ramli.Tigor pergi",
    ]
    for text in texts:
        assert _written_after_a_name("Tigor", text) == _written_after_a_name_by_regex(
            "Tigor", text
        ), text
    assert _written_after_a_name("Tigor", "Rapat dipimpin Wira Tigor di balai.")
    assert not _written_after_a_name("Tigor", "Warga memanggilnya Bang Tigor, dan Tigor diam.")


def _article() -> _Article:
    text = (
        "Sidang menghadirkan saksi Dodi Kurnia. Lalu saksi  Bupati Lembah, Sari Wulan, bicara. "
        "Hakim memanggil Rudi Hartono sebagai saksi. Pengacara menyebut para saksinya. "
        "Kemudian saksi menjawab. Ada pula Ujang Salim sebagai saksi kunci."
    )
    names = ["Dodi Kurnia", "Sari Wulan", "Rudi Hartono", "Ujang Salim"]
    mentions = [Mention(text.index(n), text.index(n) + len(n), n, "PER") for n in names]
    return _Article(text, mentions)


def _described_by_slices(art: _Article, noun: str, before: int, titled: bool) -> list[int]:
    pattern = rf"\b{noun}\s+" + ("" if titled else "(?=[A-Z])")
    return [m.end() for m in re.finditer(pattern, art.text[:before])]


def test_noun_ends_are_those_of_the_text_before() -> None:
    art = _article()
    for before in range(len(art.text) + 1):
        for titled in (False, True):
            assert art._noun_ends_before("saksi", before, titled) == _described_by_slices(
                art, "saksi", before, titled
            ), (before, titled)


def test_described_finds_the_last_person_named_after_the_noun() -> None:
    art = _article()
    at_end = len(art.text)
    assert art._described("saksi", art.text.index("Lalu")) == ("Dodi Kurnia", 26)
    assert art._described("saksi", art.text.index("bicara"), titled=True)[0] == "Sari Wulan"
    # Nobody right after "saksi" later: "sebagai saksi" gives the person before it.
    assert art._named_as("saksi", at_end) == ("Ujang Salim", art.text.index("Ujang"))
    assert art._named_as("saksi", art.text.index("Pengacara")) == (
        "Rudi Hartono",
        art.text.index("Rudi"),
    )
    assert art._named_as("saksi", art.text.index("Hakim")) is None


def _resolved(name: str | None, at: int) -> _Resolved:
    return _Resolved(_Found(at, at + 1, "direct", None, None, at, 0), name, None, at)


def test_spoke_as_follows_the_speakers_appended_and_a_new_list() -> None:
    art = _article()
    assert art._spoke_as("kepala desa itu") is None
    art.state.out.append(_resolved("Kepala desa itu", 0))
    art.state.out.append(_resolved("KEPALA DESA ITU", 5))
    assert art._spoke_as("kepala desa itu") == "Kepala desa itu"  # the first written so
    art.state.out = [_resolved(None, 0), _resolved("Ketua panitia itu", 9)]
    assert art._spoke_as("kepala desa itu") is None
    assert art._spoke_as("Ketua Panitia itu") == "Ketua panitia itu"
