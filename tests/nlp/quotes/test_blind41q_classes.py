"""Quote classes found on blind41q, each on invented paragraphs.

* A direct quotation split by its credit in the middle of one sentence
  ('"...," kata Budi, "..."') is one item, as when the credit closes a sentence.
* Words re-enacted from someone the article never singles out, one of a group
  ("menirukan ancaman salah seorang perampok") or a bare man of a group ("menirukan
  ucapan pria tersebut" after "tiga pria"), are told by the one who re-enacts them.
* A request or an appeal to two addressees of a few words each, a body's name among
  them, with a habit before the act ("mengimbau nelayan dan pengguna jalan selalu
  memantau ...").
* "hanya" before a predicate makes a clause of the words before it ("mengingatkan
  lonjakan itu biasanya hanya bertahan ...").
* A subject closed by a demonstrative, then a predicate of truth or ownership
  ("memastikan kabar tersebut bohong.", "mengakui tulisan di spanduk itu miliknya.").
"""

import pytest
from tests.nlp.quotes.quoted import quotes_in as _quotes
from tests.nlp.quotes.quoted import speaker_of as _speaker_of


def test_a_quotation_split_inside_a_sentence_is_one_item() -> None:
    text = (
        "Kepala Dinas Perhubungan Kota Malang, Budi Prasetyo, mengatakan jalur itu "
        'ditutup sementara. "Pedagang yang nekat berjualan di trotoar," kata Budi, '
        '"akan kami tertibkan mulai pekan depan."'
    )
    direct = [q for q in _quotes(text) if q.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].text.startswith("Pedagang yang nekat")
    assert direct[0].text.endswith("mulai pekan depan.")
    assert (direct[0].speaker, direct[0].cue) == ("Budi Prasetyo", "kata")


def test_two_speakers_split_inside_sentences_stay_apart() -> None:
    text = (
        '"Kami siap," kata Budi Santoso, "dan lawan kami kuat." '
        '"Kami juga siap," kata Ani Lestari, "meski dua pemain cedera."'
    )
    assert [q.speaker for q in _quotes(text)] == ["Budi Santoso", "Ani Lestari"]


ROBBERY = (
    "Warga, Sulastri (51), bercerita tiga pria menghadangnya di gang. "
    '"Serahkan tasnya sekarang juga, Bu," kata Sulastri menirukan ucapan pria tersebut.'
    "\n\nTukang ojek, Wawan (38), mengaku sempat mengejar. "
    '"Jangan ikut-ikutan, nanti kamu celaka," ujar Wawan menirukan ancaman salah seorang '
    "perampok."
)


@pytest.mark.parametrize(
    ("words", "speaker"),
    [("Serahkan tasnya", "Sulastri"), ("Jangan ikut-ikutan", "Wawan")],
)
def test_words_re_enacted_from_someone_never_singled_out_stay_the_re_enactors(
    words: str, speaker: str
) -> None:
    assert _speaker_of(ROBBERY, words) == speaker


def test_a_man_introduced_alone_is_still_the_one_imitated() -> None:
    text = (
        "Seorang pria berjaket hitam mendatangi warung Ratna (45) malam itu. "
        '"Kalau tidak bayar hari ini, warungmu kami tutup," kata Ratna menirukan ucapan '
        "pria tersebut."
    )
    assert _speaker_of(text, "Kalau tidak bayar") not in ("Ratna", "<missed>")


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "Ia mengimbau nelayan dan pengguna jalan selalu memantau peringatan dini.",
            "nelayan dan pengguna jalan",
        ),
        (
            "Ia meminta pemerintah kota dan PT Kereta Api Indonesia menunda pembongkaran.",
            "pemerintah kota dan PT Kereta",
        ),
        (
            "Namun, ia mengingatkan lonjakan itu biasanya hanya bertahan beberapa hari.",
            "lonjakan itu biasanya",
        ),
    ],
)
def test_requests_and_warnings_are_reported(sentence: str, words: str) -> None:
    text = (
        "Prakirawan BMKG Juanda, Rina Oktaviani, memperkirakan hujan lebat masih turun "
        f"hingga Sabtu. {sentence}"
    )
    assert _speaker_of(text, words) == "Rina Oktaviani"


def test_two_things_asked_for_are_no_addressees() -> None:
    text = (
        "Ketua LSM Bumi Lestari, Rina Oktaviani, meminta penutupan tambang dan pemberian "
        "hak mengelola lahan kepada warga."
    )
    assert not _quotes(text)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Suharto memastikan kabar tersebut bohong.", "kabar tersebut bohong"),
        ("Suharto mengakui tulisan di spanduk itu miliknya.", "tulisan di spanduk"),
    ],
)
def test_a_demonstrated_subject_and_its_truth_or_owner_is_a_report(
    sentence: str, words: str
) -> None:
    text = f"Saksi ahli, Suharto Wibowo, hadir di ruang sidang. {sentence}"
    assert _speaker_of(text, words) == "Suharto Wibowo"


def test_a_noun_modified_before_its_demonstrative_is_no_clause() -> None:
    text = "Saksi ahli, Suharto Wibowo, hadir. Suharto memastikan dokumen asli itu."
    assert not [q for q in _quotes(text) if q.cue == "memastikan"]
