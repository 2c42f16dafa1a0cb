"""Quote classes found on blind51q, each on invented paragraphs.

* A party of a case introduced by a copula ("Tersangka dalam kasus itu ialah seorang
  bendahara desa, Budi") is the one that bare party noun ("tersangka bertanya, ...") points
  back to, not the last person named.
* A group named by a reduplicated noun of people and a demonstrative ('"...," sahut
  anak-anak itu kompak') speaks as written; a chorus adverb after it
  ("bersamaan", "kompak") is no part of who spoke.
* The voice of someone in a recording ("Suara pria itu menjawab") is that someone; the
  unnamed other party of a call ("lawan bicaranya") speaks as written.
"""

from tests.nlp.quotes.quoted import speaker_of as _speaker_of


def test_a_case_party_introduced_by_a_copula_is_the_bare_noun() -> None:
    text = (
        "Makassar - Jaksa memutar rekaman sadapan dalam sidang suap perizinan tambang, "
        "Rabu (4/3/2026). Terdakwa pada sidang itu ialah seorang bekas kepala dinas, "
        "Rahmat Saleh Daeng.\n\n"
        "Jaksa penuntut umum, Yusuf Pattiasina, menyebut sadapan itu dibuat pada Januari.\n\n"
        'Dalam rekaman itu, terdakwa terdengar bertanya, "Dokumennya sudah diteken?"'
    )
    assert _speaker_of(text, "Dokumennya sudah diteken") == "Rahmat Saleh Daeng"


def test_a_reduplicated_group_with_a_demonstrative_speaks_as_written() -> None:
    text = (
        "Sorong - Wali Kota Sorong, Hendrikus Mambrasar, mengunjungi panti asuhan itu, "
        "Sabtu (7/3/2026).\n\n"
        '"Siap, Bu Guru!" jawab anak-anak itu kompak.'
    )
    assert _speaker_of(text, "Siap, Bu Guru") == "anak-anak itu"


def test_the_other_voice_of_a_recording_speaks_as_written() -> None:
    text = (
        "Palu - Jaksa memutar rekaman percakapan dalam sidang dengan terdakwa Anwar "
        "Lamarauna, Senin (9/3/2026).\n\n"
        'Dalam rekaman itu, terdakwa bertanya kepada lawan bicaranya, "Sudah dikirim?"\n\n'
        'Suara lawan bicaranya lalu menjawab, "Sudah, Pak. Tadi pagi."'
    )
    assert _speaker_of(text, "Sudah dikirim") == "Anwar Lamarauna"
    assert _speaker_of(text, "Tadi pagi") == "lawan bicaranya"
