"""A sentence opening with a channel in capitals ("Lewat Instagram Story, pria itu
menulis ...") names no speaker: the description after the comma points back to the
person named before (issue 17, class "channel opener")."""

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions
from warta.nlp.quotes.extract import extract_quotes

CASES = [
    (
        "Penyanyi Yogi Saputra belum bisa dihubungi wartawan. Lewat Instagram Story, pria "
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


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_channel_opener_is_not_the_speaker(text: str, speaker: str) -> None:
    mentions, _ = resolve_article(text, find_mentions(text))
    quotes = extract_quotes(text, mentions)
    assert quotes
    assert all(q.speaker == speaker for q in quotes)
