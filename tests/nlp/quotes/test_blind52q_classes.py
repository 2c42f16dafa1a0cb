"""Quote classes found on blind52q, each on invented paragraphs.

* A clause after a weak verb of admitting whose subject is placed by "di"/"dari"
  ("mengakui sejumlah bidan di puskesmas pedalaman memilih pindah"), or whose predicate
  is a standing below, above or far from something ("jauh di bawah upah minimum"), is
  reported speech; a noun object placed somewhere is not.
* An assured state after a subject holding an acronym and a place ("memastikan stok
  solar dan LPG di depo itu mencukupi") is reported speech.
* A quotation paragraph opening the article after its dateline, its speaker named in the
  next paragraph by "Hal itu disampaikan <office>, <name>", is that person's.
* Someone described who asked not to be named, the request between commas ("Seorang
  kondektur dari armada yang sama, yang minta namanya dirahasiakan, mengatakan ..."),
  speaks under the description, "yang sama" kept in it.
* The Banten "Ratu" after an office opens its holder's name, as the Malay "Raja" does;
  a queen keeps hers out of it.
* Two people introduced as kin ("X (60) dan putranya, Y (31)"): "sang ayah" is X,
  whoever spoke last.
* A company's management before the company's name ("Manajemen PT X menyatakan ...")
  is the company, the name its later '"...," tulis manajemen' gets too.
"""

from tests.nlp.quotes.quoted import quotes_in
from tests.nlp.quotes.quoted import speaker_of as _speaker_of

from warta.nlp.quotes.malay_nobility import noble_names
from warta.records import Mention


def test_an_admitted_clause_whose_subject_is_placed_is_reported() -> None:
    text = (
        "Waingapu - Layanan persalinan di pedalaman Sumba Timur terganggu, Kamis (5/3/2026).\n\n"
        "Kepala Dinas Kesehatan Kabupaten Sumba Timur, Yohanes Landu Praing, mengakui "
        "sejumlah bidan di puskesmas pedalaman memilih pindah ke kota."
    )
    assert _speaker_of(text, "bidan di puskesmas pedalaman") == "Yohanes Landu Praing"


def test_an_admitted_standing_below_a_mark_is_reported() -> None:
    text = (
        "Bandung - Ratusan pemetik teh mengadu ke gedung dewan, Selasa (3/3/2026).\n\n"
        "Ketua Serikat Pekerja Perkebunan Jawa Barat, Asep Kurniadi, mengakui upah "
        "pemetik di perkebunan swasta jauh di bawah upah minimum kabupaten."
    )
    assert _speaker_of(text, "upah pemetik di perkebunan swasta") == "Asep Kurniadi"


def test_a_noun_object_placed_somewhere_is_no_report() -> None:
    text = (
        "Padang - Semen Padang kalah di kandang, Minggu (8/3/2026).\n\n"
        "Pelatih Semen Padang, Joni Arlis, mengakui kekalahan timnya di laga kandang."
    )
    assert not quotes_in(text)


def test_an_assured_state_after_a_subject_with_an_acronym_and_a_place() -> None:
    text = (
        "Kupang - Antrean kendaraan terlihat di sejumlah SPBU, Senin (2/3/2026).\n\n"
        "Manajer Operasi PT Energi Timur Raya, Kornelis Tefa, memastikan stok solar dan "
        "LPG di depo Tenau mencukupi hingga akhir bulan."
    )
    assert _speaker_of(text, "stok solar dan LPG") == "Kornelis Tefa"


def test_an_opening_quote_credited_by_hal_itu_in_the_next_paragraph() -> None:
    text = (
        'TIMEXKUPANG.COM, ATAMBUA -- "Sumur bor ini milik semua warga, bukan milik satu '
        'kampung. Siapa pun yang merusaknya akan kami laporkan ke polisi."\n\n'
        "Hal itu disampaikan Bupati Belu, Agustinus Taolin Mau, saat meresmikan sumur bor "
        "di Desa Fatuketi, Rabu (4/3/2026). Ia menyebut pemkab membangun 40 sumur tahun ini."
    )
    assert quotes_in(text)[0].cue == "disampaikan"
    assert _speaker_of(text, "Sumur bor ini milik") == "Agustinus Taolin Mau"


def test_a_source_asking_between_commas_not_to_be_named() -> None:
    text = (
        "Medan - Sebuah bus antarkota terguling di jalan lintas Sumatera, Sabtu (7/3/2026).\n\n"
        "Seorang kondektur dari armada yang sama, yang minta namanya dirahasiakan, "
        "mengatakan sopir bus itu sudah bekerja sejak subuh. "
        '"Kami jarang dapat istirahat lebih dari empat jam," katanya.'
    )
    source = "Seorang kondektur dari armada yang sama"
    assert _speaker_of(text, "sopir bus itu sudah bekerja") == source
    assert _speaker_of(text, "Kami jarang dapat istirahat") == source


def test_the_banten_ratu_after_an_office_opens_the_name() -> None:
    text = (
        "Serang - Penyaluran bantuan pangan di Banten molor, Jumat (6/3/2026).\n\n"
        "Kepala Dinas Sosial (Dinsos) Provinsi Banten, Ratu Siti Maryamah, mengatakan "
        "beras bantuan baru tiba di gudang provinsi pekan ini."
    )
    assert _speaker_of(text, "beras bantuan baru tiba") == "Ratu Siti Maryamah"


def test_a_queen_keeps_her_title_out_of_the_name() -> None:
    text = "Ratu Beatrix Wilhelmina tiba di Jakarta."
    mentions = [Mention(5, 23, "Beatrix Wilhelmina", "PER", "Beatrix Wilhelmina")]
    assert noble_names(text, mentions) == {}


def test_sang_ayah_is_the_parent_of_a_pair_introduced_as_kin() -> None:
    text = (
        "Larantuka - Angin kencang merusak keramba di Teluk Lewoleba, Senin (9/3/2026).\n\n"
        "Di Desa Lamahora, nelayan Markus Bere (60) dan putranya, Thomas Bere (31), "
        "memperbaiki jaring sejak pagi.\n\n"
        "Thomas bercerita ia harus menyelam tiga kali untuk mengikat keramba yang lepas. "
        '"Talinya putus semua," ujar Thomas.\n\n'
        "Menurut sang ayah, kerugian mereka bisa mencapai Rp15 juta bila badai datang lagi."
    )
    assert _speaker_of(text, "Talinya putus semua") == "Thomas Bere"
    assert _speaker_of(text, "kerugian mereka bisa mencapai") == "Markus Bere"


def test_a_company_management_is_the_company_throughout() -> None:
    text = (
        "Jakarta - Sebuah kapal cepat kandas di perairan Kepulauan Seribu, Kamis (5/3/2026).\n\n"
        "Manajemen PT Pelayaran Bahari menyatakan semua penumpang sudah dievakuasi. "
        '"Kami menanggung seluruh biaya perawatan penumpang," tulis manajemen dalam '
        "keterangan tertulis."
    )
    speakers = {q.speaker for q in quotes_in(text)}
    assert speakers == {"PT Pelayaran Bahari"}
