"""Quote classes found on blind37q, each on invented paragraphs.

* A translation in brackets between a quote in a regional language and its cue
  ('"...," (terjemahan) tuturnya') leaves the cue the quote's, also when the translation
  holds full stops; the translation makes no item of its own.
* A clause after a verb of telling whose predicate is an amount reached ("kini Rp...")
  or a thing lost ("raib", "hilang"): "bercerita iurannya kini Rp300 ribu".
* A person known by initials with an age in brackets as the subject ("Salah seorang
  pelaku, AS (31), mengaku ..."), even when the initials spell a country's acronym.
* A verb of saying in a clause of time or manner shares the main clause's subject
  ("Budi terdiam sejenak sebelum mengakui ...").
* Unnamed sources: a count of sources ("Dua sumber lain di X menyebutkan"), a source
  who asked to stay hidden ("yang meminta identitasnya disamarkan"), someone described
  by trade and a village ("Seorang warga Desa X"), and a description with a relative
  clause ("Seorang perwira di X yang mengetahui ...") taken up again by its noun ("kata
  perwira yang ...").
* An elder introduced with a title of age and an age ("Mbah Karto (81)") is registered
  without the title.
"""

import pytest
from tests.nlp.quotes.quoted import quotes_in as _quotes
from tests.nlp.quotes.quoted import speaker_of as _speaker_of

from warta.nlp.quotes.spans import quote_spans, sentences


def test_a_bracketed_translation_before_the_cue_leaves_the_cue_the_quotes() -> None:
    text = (
        "Kepala Dusun Watu, Suratno, mengatakan sumur warga mulai surut.\n\n"
        "Di ujung dusun, Mbah Karto (81) menimba sisa air di sumurnya. "
        '"Banyu saiki larang. Kudu ngirit," (Air sekarang mahal. Harus hemat) tuturnya.'
    )
    quotes = _quotes(text)
    found = [q for q in quotes if q.text.startswith("Banyu saiki")]
    assert len(found) == 1
    assert found[0].cue == "tuturnya"
    assert found[0].speaker == "Karto"
    assert not any(q.text.startswith("Air sekarang") for q in quotes)


def test_a_bracketed_translation_holds_its_full_stops() -> None:
    para = '"Wis entek. Ora ana," (Sudah habis. Tidak ada) ujarnya lirih.'
    bounds = sentences(para, quote_spans(para))
    assert len(bounds) == 1


def test_brackets_away_from_a_quote_still_end_no_sentence_early() -> None:
    para = "Harga naik (lihat tabel). Warga mengeluh."
    assert len(sentences(para, quote_spans(para))) == 2


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Pedagang bakso, Sutarno Wibowo, bercerita sewa kiosnya kini Rp2 juta per bulan.",
            "sewa kiosnya",
            "Sutarno Wibowo",
        ),
        (
            "Pengemudi ojek, Marni Lestari, bercerita ponselnya raib saat ia makan di warung.",
            "ponselnya raib",
            "Marni Lestari",
        ),
        (
            "Nelayan Muara Baru, Joko Santoso, mengaku jaringnya hilang diterjang ombak.",
            "jaringnya hilang",
            "Joko Santoso",
        ),
    ],
)
def test_an_amount_reached_or_a_thing_lost_is_a_clause(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(text, words) == speaker


def test_a_noun_object_after_telling_is_still_no_report() -> None:
    assert _quotes("Pedagang bakso, Sutarno Wibowo, bercerita tentang masa kecilnya.") == ()


def test_initials_with_an_age_are_a_person_even_when_they_spell_a_country() -> None:
    text = (
        "Kapolsek Ilir Barat, Joko Susanto, mengatakan pelaku ditangkap di rumahnya.\n\n"
        "Salah seorang pelaku, AS (31), mengaku sudah lima kali mencuri di kompleks itu."
    )
    assert _speaker_of(text, "lima kali mencuri") == "AS"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Saksi Bonar Sitompul terdiam sejenak sebelum mengakui pernah menerima titipan "
            "uang dari terdakwa.",
            "Bonar Sitompul",
        ),
        (
            "Yohana menarik napas panjang lalu mengatakan keluarganya belum menerima "
            "santunan apa pun.",
            "Yohana",
        ),
    ],
)
def test_a_subordinate_verb_of_saying_shares_the_main_subject(text: str, speaker: str) -> None:
    (quote,) = _quotes(text)
    assert quote.speaker == speaker
    assert quote.kind == "indirect"


def test_a_subordinate_clause_after_another_persons_name_is_not_shared() -> None:
    text = "Polisi memeriksa Yohana sebelum mengatakan kasus itu akan dilimpahkan."
    assert all(q.speaker != "Yohana" for q in _quotes(text))


def test_a_count_of_unnamed_sources_speaks_as_described() -> None:
    text = (
        "Tiga sumber lain di kejaksaan menyebutkan penyidik sudah memeriksa bendahara "
        "dinas itu."
    )
    assert _speaker_of(text, "penyidik sudah memeriksa") == "Tiga sumber lain di kejaksaan"


def test_a_source_who_asked_to_stay_hidden_keeps_the_description() -> None:
    text = (
        "Seorang pedagang Desa Sukamaju yang meminta identitasnya disamarkan berkata "
        'kerap melihat truk bekerja malam hari. "Bising sekali," ucapnya.'
    )
    quotes = _quotes(text)
    assert [q.speaker for q in quotes] == ["Seorang pedagang Desa Sukamaju"] * 2


def test_a_described_source_is_taken_up_again_by_its_noun() -> None:
    text = (
        "Seorang perawat di RSUD Kota Baru yang menangani korban mengatakan dua pasien "
        'masih dirawat intensif. "Kondisinya belum stabil," kata perawat yang meminta '
        "namanya tidak ditulis itu."
    )
    described = "Seorang perawat di RSUD Kota Baru yang menangani korban"
    assert [q.speaker for q in _quotes(text)] == [described, described]


def test_an_elders_call_name_without_an_age_keeps_its_title() -> None:
    text = (
        "Tetua dusun, Mbah Wiryosentono (80), membuka acara.\n\n"
        "Menurut Mbah Wiryo, sedekah bumi digelar setiap musim panen."
    )
    speakers = {q.speaker for q in _quotes(text)}
    assert speakers == {"Mbah Wiryo"}
