"""Quote classes found on blind8q (issue 17), each on invented paragraphs.

* A channel opening a sentence ("Lewat TikTok Live, pria itu menulis ...") names no
  speaker: the description after the comma points back to the person named before.
* An appeal to join an act ("X mengajak warga dan pemilik toko ikut menjaga ...") is
  reported speech even with an object of up to four words and an unprefixed verb after
  "ikut"/"turut"; inviting one person along stays narration.
"""

import pytest
from tests.nlp.quotes.quoted import quotes_in as _quotes

CHANNEL_OPENERS = [
    (
        "Penyanyi Yogi Saputra belum bisa dihubungi wartawan. Lewat TikTok Live, pria "
        "berusia 31 tahun itu menulis bahwa dirinya tidak akan mundur dari kompetisi.",
        "Yogi Saputra",
    ),
    (
        "Arini Kusuma belum menjawab panggilan telepon. Melalui Facebook Live, perempuan "
        "berusia 40 tahun itu mengatakan bahwa tokonya tutup sementara.",
        "Arini Kusuma",
    ),
    (
        "Pelatih Bambang Wiranto tidak hadir dalam jumpa pers di Makassar. Lewat Zoom "
        "Meeting, pria asal Bone itu menyatakan bahwa timnya siap bertanding.",
        "Bambang Wiranto",
    ),
]

APPEALS = [
    (
        "Ketua Adat Desa Tenganan, Made Suarta, mengajak warga dan wisatawan ikut menjaga "
        "kebersihan sungai di kawasan desa.",
        "Made Suarta",
    ),
    (
        "Camat Lowokwaru, Rina Oktaviani, mengajak seluruh pedagang pasar turut memilah "
        "sampah plastik sebelum dibuang.",
        "Rina Oktaviani",
    ),
    (
        "Koordinator relawan di Palu, Yusuf Lamato, mengajak para pemuda dan pelajar ikut "
        "gotong royong membersihkan saluran air.",
        "Yusuf Lamato",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), CHANNEL_OPENERS)
def test_channel_opener_is_not_the_speaker(text: str, speaker: str) -> None:
    quotes = _quotes(text)
    assert quotes
    assert all(q.speaker == speaker for q in quotes)


@pytest.mark.parametrize(("text", "speaker"), APPEALS)
def test_appeal_to_join_is_a_quote(text: str, speaker: str) -> None:
    assert [q.speaker for q in _quotes(text)] == [speaker]


def test_inviting_one_person_along_is_narration() -> None:
    assert _quotes(
        "Penyanyi Dewi Anggraini mengajak adiknya ikut berlibur ke Labuan Bajo pekan lalu."
    ) == ()
