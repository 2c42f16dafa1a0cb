"""FE34: classes of blind34's errors - a national association's chapter named by its
national name and the region, a body's declared acronym before its region's short form
or a court's town, a facility whose head the tagger took alone, forms of address left
out of a name, a river under its Indonesian and Javanese heads, a geological fault, and
a bare name of a regency whose city the article also names, after the regency (invented
sentences; no seed or gold text)."""

from __future__ import annotations

from tests.nlp.entities.resolved import entity_of, references

from warta.nlp.entities.addressed import address_left_out
from warta.nlp.entities.headednames import untagged_headed_names
from warta.nlp.entities.spanrecord import Span

# -- "<Association> ... Indonesia (<ACR>) <Region>": the association's chapter -------------


def test_association_chapter_with_its_acronym_and_regency_is_one_body() -> None:
    text = (
        "Ketua Himpunan Petambak Garam Seluruh Indonesia (HPGSI) Kabupaten Pati, Warsono, "
        "mengatakan harga garam turun. Menurut dia, gudang petambak sudah penuh."
    )
    body = entity_of(text, "Himpunan Petambak Garam Seluruh Indonesia (HPGSI) Kabupaten Pati")
    assert body is not None and body[1] == "ORG"


def test_chapter_named_by_a_province_short_form_and_its_national_body_apart() -> None:
    chapter = "Tim Palang Merah Indonesia (PMI) Sumbar tiba, Senin. PMI Sumbar membawa tenda."
    assert entity_of(chapter, "PMI Sumbar") == ("Palang Merah Indonesia Sumatera Barat", "ORG")
    national = "Sukarelawan Palang Merah Indonesia (PMI) tiba, Senin. PMI membawa tenda."
    assert [n for n, _t, _f in references(national)] == ["Palang Merah Indonesia"]


# -- "<Name> (<ACR>) <Province short>", "Pengadilan <Field> (<ACR>) <Town>" ------------------


def test_body_acronym_before_a_province_short_form_runs_on_over_it() -> None:
    text = (
        "Kepala Dinas Perhubungan (Dishub) NTT, Markus Lay, menutup dermaga itu. "
        "Kapal kayu dilarang berlayar sampai cuaca membaik."
    )
    body = entity_of(text, "Dinas Perhubungan (Dishub) NTT")
    assert body is not None and body[1] == "ORG"


def test_court_named_by_its_town_after_its_acronym() -> None:
    text = (
        "Majelis hakim Pengadilan Hubungan Industrial (PHI) Tanjungkarang menolak gugatan "
        "itu, Kamis. Kuasa hukum buruh, Dedi Kurnia, akan mengajukan kasasi."
    )
    body = entity_of(text, "Pengadilan Hubungan Industrial (PHI) Tanjungkarang")
    assert body is not None and body[1] == "ORG"


# -- "|Puskesmas| <Place>": the tagger's span of the head alone ---------------------------


def test_facility_takes_in_a_span_of_its_head_alone() -> None:
    text = "Pasien dirujuk dari Puskesmas Karang Mulya, Senin."
    head = Span(20, 29, "ORG")
    place = Span(30, 42, "LOC")
    found = untagged_headed_names(text, [head, place])
    assert [(text[s.start : s.end], s.type) for s in found] == [("Puskesmas Karang Mulya", "ORG")]


# -- "Mbah <Name>": also <Name> ------------------------------------------------------------


def test_old_woman_called_mbah_is_known_by_her_name_too() -> None:
    text = (
        "Warga lansia, Mbah Sarinem (80), dievakuasi dengan perahu karet. "
        '"Air naik cepat sekali," kata Mbah Sarinem di posko pengungsian.'
    )
    person = entity_of(text, "Mbah Sarinem")
    assert person is not None and person[1] == "PER"
    assert entity_of(text, "Sarinem") == person


def test_address_before_a_husbands_name_or_another_persons_word_is_kept() -> None:
    text = "Bu Karjo menangis. Mbah Wiryo dan Wiryo Utomo datang. Kang Min-ho tiba."
    spans = [
        Span(0, 8, "PER", entity="Bu Karjo"),
        Span(19, 29, "PER", entity="Mbah Wiryo"),
        Span(34, 45, "PER", entity="Wiryo Utomo"),
        Span(54, 66, "PER", entity="Kang Min-ho"),
    ]
    address_left_out(text, spans)
    assert [s.unaddressed for s in spans] == [None, None, None, None]


# -- "Sungai <Name>", "Kali <Name>", "<Name>": one river ----------------------------------


def test_river_under_its_indonesian_and_javanese_heads_is_one_place() -> None:
    text = (
        "Luapan Sungai Gondangrejo merendam dua dusun, Selasa. Warga menyebut Kali "
        "Gondangrejo meluap tiap tahun. Rumah di tepi Gondangrejo paling dulu tergenang."
    )
    river = entity_of(text, "Sungai Gondangrejo")
    assert river is not None and river[1] == "LOC"
    assert entity_of(text, "Kali Gondangrejo") == river


# -- "Sesar <Name>": a fault is a place ----------------------------------------------------


def test_geological_fault_is_a_place() -> None:
    text = "Gempa itu dipicu pergerakan Sesar Walanae, kata petugas, Selasa."
    fault = entity_of(text, "Sesar Walanae")
    assert fault is not None and fault[1] == "LOC"


# -- "<NAME> - ... Kabupaten <Name>" and a later paragraph's "Kota <Name>": the regency --


def test_dateline_of_a_story_naming_the_regency_before_the_city_is_the_regency() -> None:
    text = (
        "KEDIRI – Banjir melanda tiga desa di Kabupaten Kediri, Jawa Timur, Senin.\n\n"
        "Bantuan juga datang dari relawan Kota Kediri."
    )
    assert entity_of(text, "KEDIRI") == ("Kabupaten Kediri", "LOC")
    assert entity_of(text, "Kota Kediri") == ("Kota Kediri", "LOC")


def test_dateline_of_a_story_naming_the_city_first_stays_the_city() -> None:
    text = (
        "KEDIRI – Banjir melanda dua kelurahan di Kota Kediri, Jawa Timur, Senin.\n\n"
        "Relawan dari Kabupaten Kediri ikut membantu."
    )
    assert entity_of(text, "KEDIRI") == ("Kota Kediri", "LOC")
