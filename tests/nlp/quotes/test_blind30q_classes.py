"""Quote classes found on blind30q, each on invented paragraphs.

* A shout is a verb-first cue like "seru" ('"...!" teriak massa'); a crowd noun alone
  ("massa") names the crowd, and chorus adverbs after it ("serempak") are no part of
  it; a person introduced unnamed ("seorang pria berkaus merah") and said again ("pria
  itu") speaks under that description when nobody spoke before.
* People described by their place ("para nelayan di barisan belakang", "sejumlah nelayan
  asal Tegal") are described with it.
* A prohibition ("melarang warga kembali ...") is a directive, unless it is the cause a
  subordinate clause narrates ("... setelah X melarang kapal berlayar").
* A correction with "bahwa" ("meluruskan bahwa ...") reports speech; with a noun object it
  does not.
* A relative clause of speech on a named person ("Ucapan Kepala X, Budi, yang menyebut
  ...", "diterima Budi yang berjanji ...") is that person's statement; so is a claim
  reported as a noun ("klaim Budi bahwa ..."), which does not take the turn from the
  sentence's subject.
* An assurance whose subject lists its nouns ("memastikan sepatu, tas, dan buku
  ditanggung ...") reports a clause.
* A Javanese call name taken from inside a name ("Cak Tris" of "Sutrisno") is that person.
"""

from tests.nlp.quotes.quoted import quotes_in as _quotes

from warta.records import Quote


def _found(text: str, words: str) -> Quote | None:
    return next((q for q in _quotes(text) if words in q.text), None)


def test_a_crowd_shouting_is_quoted_as_the_crowd() -> None:
    text = '"Tolak tambang! Tolak tambang!" teriak massa serempak di depan gedung dewan.'
    q = _found(text, "Tolak tambang")
    assert q is not None and q.cue == "teriak" and q.speaker == "massa"


def test_a_person_introduced_unnamed_shouts_under_that_description() -> None:
    text = (
        "Dalam video amatir, seorang pria berkaus merah terlihat memukul meja. "
        '"Minggir kalian!" bentak pria itu di lokasi.'
    )
    q = _found(text, "Minggir kalian")
    assert q is not None and q.speaker == "seorang pria berkaus merah"


def test_people_described_keep_their_place() -> None:
    text = (
        '"Setuju!" seru para nelayan di barisan belakang.\n\n'
        '"Kami akan kembali besok," kata sejumlah nelayan asal Tegal kepada wartawan.'
    )
    speakers = {q.text[:7]: q.speaker for q in _quotes(text)}
    assert speakers == {
        "Setuju!": "para nelayan di barisan belakang",
        "Kami ak": "sejumlah nelayan asal Tegal",
    }


def test_a_prohibition_is_a_directive_unless_narrated_as_a_cause() -> None:
    said = "Camat Sukamaju Rahmat Hidayat melarang nelayan melaut sebelum cuaca membaik."
    q = _found(said, "nelayan melaut")
    assert q is not None and q.cue == "melarang" and q.speaker == "Rahmat Hidayat"
    narrated = (
        "Ratusan penumpang tertahan di dermaga setelah petugas pelabuhan melarang kapal "
        "motor berlayar akibat badai."
    )
    assert _found(narrated, "kapal motor") is None


def test_a_correction_reports_speech_only_with_bahwa() -> None:
    said = "Saat dihubungi, Bambang Sutejo meluruskan bahwa rapat itu bersifat tertutup."
    q = _found(said, "rapat itu")
    assert q is not None and q.cue == "meluruskan" and q.speaker == "Bambang Sutejo"
    noun = "Kepala Dinas Sosial Garut, Wulan Sari, meluruskan kabar yang beredar di media sosial."
    assert _found(noun, "kabar") is None


def test_a_relative_clause_of_speech_is_the_named_persons_statement() -> None:
    text = (
        "Ucapan Kepala Dinas Perhubungan Garut, Budi Santoso, yang menyebut angkot liar "
        "sebagai biang kemacetan memicu kemarahan sopir.\n\n"
        "Rombongan itu diterima Ketua Komisi B DPRD, Bambang Sutejo, yang berjanji "
        "membawa aduan mereka ke rapat pleno."
    )
    said = _found(text, "angkot liar")
    promised = _found(text, "aduan mereka")
    assert said is not None and said.cue == "menyebut" and said.speaker == "Budi Santoso"
    assert promised is not None and promised.speaker == "Bambang Sutejo"


def test_a_claim_reported_as_a_noun_is_its_owners_and_keeps_the_subjects_turn() -> None:
    text = (
        "Budi Santoso sempat berbicara di televisi. Anggota dewan Rudi Hartono menyoroti "
        "klaim Budi bahwa jumlah bus sudah cukup. Menurutnya, separuh armada rusak."
    )
    claim = _found(text, "jumlah bus")
    view = _found(text, "separuh armada")
    assert claim is not None and claim.cue == "klaim" and claim.speaker == "Budi Santoso"
    assert view is not None and view.speaker == "Rudi Hartono"


def test_an_assurance_over_a_listed_subject_reports_the_clause() -> None:
    text = (
        "Kepala Dinas Pendidikan Garut, Wulan Sari, memastikan biaya sepatu, tas, dan buku "
        "tulis ditanggung pemerintah daerah."
    )
    q = _found(text, "biaya sepatu")
    assert q is not None and q.speaker == "Wulan Sari"


def test_a_call_name_from_inside_a_name_is_that_person() -> None:
    text = (
        "Penjual bakso di pasar itu, Sugiyanto Wibowo (60), sudah berdagang sejak 1990. "
        'Pria itu biasa dipanggil para pembeli dengan sebutan lain. "Dagangan saya selalu '
        'habis sebelum magrib," kata Sugiyanto.\n\n'
        '"Pembeli lama masih setia datang," kata Cak Giyan.'
    )
    names = {q.speaker for q in _quotes(text)}
    assert names == {"Sugiyanto Wibowo"}
