"""Quote classes found on blind28q, each on invented paragraphs.

* A person who speaks "melalui" an aide (a spokesman, an interpreter) with no comma
  between ("Kapolres X AKBP Y melalui Kasi Humas Z mengatakan") is the speaker; a body
  that speaks through its officer ("PT X, melalui manajernya, Y,") stays the officer's.
* A one-word office title written capitalised alone ("Kapolda menegaskan") points back
  to the holder the article named with it, without his rank.
* A name inside a relative clause with no commas ("Bupati X Y yang meninjau posko di
  GOR Z menyatakan") is the clause's place or object: the head before "yang" speaks.
* A clause after a weak verb: a noun predicate negated by "bukan", an unprefixed verb
  of a fall ("harga jatuh"), a subject with words joined by a slash ("kabupaten/kota").
* A document as the subject with its signer in a relative clause ("Surat yang diteken X
  ... berbunyi, "..."") is the signer's.
* One unnamed person counted and described ("seorang pria berkaus merah") heard in a
  recording ("terdengar berkata") speaks as described.
"""

from tests.nlp.quotes.quoted import quotes_in as _quotes

from warta.nlp.quotes.people import _people
from warta.records import Quote


def _speaker_of(quotes: tuple[Quote, ...], words: str) -> str | None:
    return next(q.speaker for q in quotes if words in q.text)


PRESS_RELEASE = (
    "Polda Jambi menahan dua pengepul kayu ilegal di Kabupaten Tebo.\n\n"
    "Kapolda Jambi Irjen Pol Hendra Wijayakusuma melalui juru bicaranya, Kombes Pol Rudi "
    "Hartanto mengatakan kedua pengepul membeli kayu dari hutan lindung sejak Maret.\n\n"
    '"Barang bukti sudah kami amankan di gudang Polres," kata Rudi di Jambi, Kamis.\n\n'
    'Lewat siaran pers, Kapolda menegaskan, "Siapa saja pemodalnya akan kami '
    'kejar sampai ke hulu."'
)


def test_the_principal_speaks_through_his_aide() -> None:
    quotes = _quotes(PRESS_RELEASE)
    assert _speaker_of(quotes, "membeli kayu dari hutan") == "Hendra Wijayakusuma"
    # The aide keeps the words said by his own name.
    assert _speaker_of(quotes, "Barang bukti sudah") == "Rudi Hartanto"


def test_a_capitalised_title_alone_is_its_holder_without_his_rank() -> None:
    assert _speaker_of(_quotes(PRESS_RELEASE), "Siapa saja pemodalnya") == "Hendra Wijayakusuma"


def test_a_body_through_its_officer_stays_the_officer() -> None:
    text = (
        "PT Layar Samudra Nusantara, melalui manajer cabangnya, Dewi Kartikasari, "
        "memastikan jadwal kapal ke Karimunjawa tidak berubah pekan ini."
    )
    assert _speaker_of(_quotes(text), "jadwal kapal") == "Dewi Kartikasari"


def test_a_name_inside_a_relative_clause_is_not_the_subject() -> None:
    text = (
        "Bupati Sleman Hendra Wijayakusuma yang meninjau posko di GOR Tridadi menyatakan "
        "status siaga berlaku selama sepekan."
    )
    assert _speaker_of(_quotes(text), "status siaga") == "Hendra Wijayakusuma"


def test_clauses_after_weak_verbs() -> None:
    text = (
        "Ketua Dewan Kesenian Kota Padang, Rahmat Hidayatullah, mengingatkan festival itu "
        "bukan sekadar tontonan warga.\n\n"
        "Kepala Dinas Perikanan Kota Ambon, Yusuf Latuconsina, mengakui harga ikan jatuh "
        "karena tangkapan melimpah. Ia berharap pemerintah kabupaten/kota turut menampung "
        "ikan nelayan."
    )
    quotes = _quotes(text)
    assert _speaker_of(quotes, "bukan sekadar tontonan") == "Rahmat Hidayatullah"
    assert _speaker_of(quotes, "harga ikan jatuh") == "Yusuf Latuconsina"
    assert _speaker_of(quotes, "kabupaten/kota turut") == "Yusuf Latuconsina"


def test_a_noun_object_is_still_no_clause() -> None:
    text = "Kepala Dinas Perikanan Kota Ambon, Yusuf Latuconsina, mengakui kesalahan stafnya."
    assert _quotes(text) == ()


def test_a_signed_document_reads_as_its_signer() -> None:
    text = (
        "Surat edaran yang diteken Wali Kota Yogyakarta Hendra Wijayakusuma pada Senin itu "
        'antara lain berbunyi, "Setiap kantor wajib memilah sampah organik dan anorganik."'
    )
    quote = _quotes(text)[0]
    assert quote.speaker == "Hendra Wijayakusuma"
    assert quote.cue == "berbunyi"
    assert quote.kind == "direct"


def test_one_counted_person_described_speaks_as_described() -> None:
    text = (
        'Dalam rekaman itu, seorang pria berkaus merah terdengar berkata, "Bayar dulu baru '
        'boleh lewat, Bu."'
    )
    assert _speaker_of(_quotes(text), "Bayar dulu") == "seorang pria berkaus merah"
    # Alone, a description points back to someone: no group of people.
    assert _people("pria itu".split()) is None
