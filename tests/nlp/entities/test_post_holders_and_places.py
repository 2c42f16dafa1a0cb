"""A person glued to the body of his post, names cut short or written the other way
round, and places the tagger took for people (errors of every blind entity set, grouped
by cause; invented sentences)."""

from __future__ import annotations

from tests.nlp.entities.resolved import resolve

from warta.nlp.entities.coordinated import coordinated_places
from warta.nlp.entities.gazetteer import Place
from warta.nlp.entities.names import respelt
from warta.nlp.entities.retyping import person_by_apposition
from warta.nlp.entities.spanrecord import Span


def _span(text: str, surface: str, kind: str, after: int = 0) -> Span:
    start = text.index(surface, after)
    return Span(start, start + len(surface), kind)  # type: ignore[arg-type]


def _entity_of(resolved: list[tuple[str, str, str | None]], surface: str) -> tuple[str, str | None]:
    return next((t, e) for s, t, e in resolved if s == surface)


# -- "<post> <Body> <Name>": the body and the holder ---------------------------------------


def test_coach_glued_to_his_club_is_cut_from_it() -> None:
    text = (
        "Pelatih Persikul Darius Quintero menyesalkan kekalahan itu. "
        '"Kami lengah," kata Quintero. Persikul turun ke peringkat tujuh.'
    )
    out = resolve(text, [("Persikul Darius Quintero", "ORG"), ("Quintero", "PER"),
                         ("Persikul", "ORG")])
    assert ("Darius Quintero", "PER", "Darius Quintero") in out
    assert _entity_of(out, "Quintero") == ("PER", "Darius Quintero")
    assert not any("Darius" in s for s, t, _e in out if t == "ORG")


def test_analyst_cited_by_her_given_name_is_cut_from_her_firm() -> None:
    text = (
        "Analis PT Cahaya Sekuritas Wulandita Ayu Sutrisman menilai saham itu murah. "
        "Namun Wulandita mengingatkan risiko suku bunga."
    )
    out = resolve(text, [("PT Cahaya Sekuritas Wulandita Ayu Sutrisman", "ORG"), ("Wulandita", "PER")])
    assert ("Wulandita Ayu Sutrisman", "PER", "Wulandita Ayu Sutrisman") in out
    assert _entity_of(out, "Wulandita") == ("PER", "Wulandita Ayu Sutrisman")


def test_a_middle_name_cited_alone_does_not_cut_a_name() -> None:
    # "Bayu" may be the name the writer calls "Galih Bayu Pradana" by: no cut before it
    text = (
        "Direktur Utama PT Sumber Tirta Galih Bayu Pradana diperiksa jaksa. "
        "Bayu membantah tuduhan itu."
    )
    out = resolve(text, [("PT Sumber Tirta Galih Bayu Pradana", "ORG"), ("Bayu", "PER")])
    assert not any(s == "Bayu Pradana" for s, _t, _e in out)


def test_a_university_named_after_a_hero_stays_whole() -> None:
    text = (
        "Sejarawan Universitas Wira Santika menyebut kampung itu tua. "
        "Menurut Arif Santika, kampung itu berdiri sebelum kemerdekaan."
    )
    out = resolve(text, [("Universitas Wira Santika", "ORG"), ("Arif Santika", "PER")])
    assert ("Universitas Wira Santika", "ORG", "Universitas Wira Santika") in out
    assert not any(s == "Wira Santika" for s, _t, _e in out)


# -- one person, two forms of the name ----------------------------------------------------


def test_a_name_written_family_name_first_is_the_same_person() -> None:
    text = (
        "Menteri Luar Negeri Jepang Haruto Imaizumi tiba di Jakarta. "
        "Pers Jepang menulisnya Imaizumi Haruto, urutan nama aslinya."
    )
    out = resolve(text, [("Haruto Imaizumi", "PER"), ("Imaizumi Haruto", "PER")])
    assert _entity_of(out, "Imaizumi Haruto") == _entity_of(out, "Haruto Imaizumi")


def test_a_call_name_cut_from_a_middle_name_is_its_bearer() -> None:
    text = (
        "Bupati Yohanes Ferdinandus Lado meresmikan jembatan itu. "
        '"Jembatan ini untuk anak sekolah," kata Ferdi.'
    )
    out = resolve(text, [("Yohanes Ferdinandus Lado", "PER"), ("Ferdi", "PER")])
    assert _entity_of(out, "Ferdi") == ("PER", "Yohanes Ferdinandus Lado")


def test_a_call_name_cut_short_stays_apart_when_two_names_could_give_it() -> None:
    text = (
        "Rapat dihadiri Ferdinan Anselmus dan Ferdiansyah Marsudiono. "
        '"Kami setuju," kata Ferdi.'
    )
    out = resolve(text, [("Ferdinan Anselmus", "PER"), ("Ferdiansyah Marsudiono", "PER"), ("Ferdi", "PER")])
    assert _entity_of(out, "Ferdi") == ("PER", "Ferdi")


def test_a_noble_title_with_a_name_cut_short_is_its_bearer() -> None:
    text = (
        "Ketua paguyuban, Teuku Ramadhansyah Putra, mengatakan lahan itu milik warga. "
        '"Kami menolak," ujar Teuku Ramadhan.'
    )
    out = resolve(text, [("Teuku Ramadhansyah Putra", "PER"), ("Teuku Ramadhan", "PER")])
    assert _entity_of(out, "Teuku Ramadhan") == ("PER", "Teuku Ramadhansyah Putra")


def test_a_nickname_declared_after_it_goes_to_the_bearer_of_its_name() -> None:
    text = (
        "Menteri Agama Ahmad Mubarok Sutrisman bertemu Menteri Wakaf Mesir Karim Abdel Salam. "
        "Gus Mubarok, sapaan akrabnya, meminta kerja sama beasiswa. "
        '"Kami sepakat," kata Mubarok.'
    )
    out = resolve(text, [("Ahmad Mubarok Sutrisman", "PER"), ("Karim Abdel Salam", "PER"),
                         ("Gus Mubarok", "PER"), ("Mubarok", "PER")])
    assert _entity_of(out, "Mubarok")[1] == "Ahmad Mubarok Sutrisman"


def test_a_cyrillic_surname_ending_written_two_ways() -> None:
    assert respelt("petrovsky", [("oleg", "petrovskyi")]) == ("oleg", "petrovskyi")
    assert respelt("petrovsky", [("oleg", "petrovskaya")]) is None


# -- places the tagger read as people -----------------------------------------------------


def test_a_name_coordinated_with_a_place_is_a_place() -> None:
    text = "Banjir melanda Lerepsari dan Sukamulyo. Warga di Tegalwaru mengungsi."
    spans = [_span(text, w, k) for w, k in
             (("Lerepsari", "LOC"), ("Sukamulyo", "PER"), ("Tegalwaru", "PER"))]
    coordinated_places(text, spans)
    assert [s.type for s in spans] == ["LOC", "LOC", "LOC"]


def test_a_route_between_places_is_two_places() -> None:
    text = "Jalur Rantaupanjang–Sidomakmur rusak berat."
    spans = [_span(text, "Rantaupanjang", "LOC"), _span(text, "Sidomakmur", "PER")]
    coordinated_places(text, spans)
    assert spans[1].type == "LOC"


def test_a_person_beside_a_place_stays_a_person() -> None:
    # an appositive after a comma, a person named again, a titled person
    text = (
        "Kepala Desa Sidomakmur, Darsimin, hadir. Surabaya dan Darsimin bekerja sama. "
        "Pemerintah Bandung dan Wali Kota Herman Sutedja menandatangani nota."
    )
    spans, pos = [], 0
    for surface, kind in (("Sidomakmur", "LOC"), ("Darsimin", "PER"), ("Surabaya", "LOC"),
                          ("Darsimin", "PER"), ("Bandung", "LOC"), ("Herman Sutedja", "PER")):
        spans.append(_span(text, surface, kind, pos))
        pos = spans[-1].end
    coordinated_places(text, spans)
    assert [s.type for s in spans] == ["LOC", "PER", "LOC", "PER", "LOC", "PER"]


def test_a_degree_or_an_origin_around_a_name_makes_a_person() -> None:
    t = "kuasa hukumnya, Dodi Baskoro, S.H., hadir. Bek asal Jepang, Kenta Ono, cedera."
    for name in ("Dodi Baskoro", "Kenta Ono"):
        s = _span(t, name, "LOC")
        assert person_by_apposition(t, s.start, s.end, name.split())
    street = "Kantor itu pindah ke Bandung, Jl. Merdeka nomor 5."
    s = _span(street, "Bandung", "LOC")
    assert not person_by_apposition(street, s.start, s.end, ["Bandung"])
    titled = "Hadir pula manajer Persikul, Hj. Wida Suryaningsih, dan pelatih."
    s = _span(titled, "Persikul", "ORG")
    assert not person_by_apposition(titled, s.start, s.end, ["Persikul"])


def test_a_name_in_capitals_takes_the_type_of_its_ordinary_spelling() -> None:
    text = (
        "Santri Pondok Pesantren Al Ulrikus menggelar bazar buku.\n\n"
        "FOTO: SANTRI MEMBACA DI PONDOK PESANTREN AL ULRIKUS."
    )
    out = resolve(text, [("Pondok Pesantren Al Ulrikus", "ORG"),
                         ("PONDOK PESANTREN AL ULRIKUS", "LOC")])
    assert _entity_of(out, "PONDOK PESANTREN AL ULRIKUS") == ("ORG", "Pondok Pesantren Al Ulrikus")


def test_a_bare_place_name_beside_its_regency_is_that_regency() -> None:
    text = "Tamu datang dari Kabupaten Lerepsari. Hubungan Batuwangi dan Lerepsari dirawat."
    regency = Place("Kabupaten Lerepsari", "LOC", "kabupaten", None)
    spans = [_span(text, "Kabupaten Lerepsari", "LOC"), _span(text, "Batuwangi", "LOC"),
             _span(text, "Lerepsari", "PER", text.index("dan"))]
    spans[0].place = regency
    coordinated_places(text, spans)
    assert (spans[2].type, spans[2].place) == ("LOC", regency)
