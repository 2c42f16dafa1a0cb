"""Entity-layer fault classes found on blind sets (issue 17, second round), one test per
class: capitals and large cities typed as people or organisations, UN missions and armed
movements not found, "Full Name (SHORT)" pairs lost, sports clubs typed as people.

Sentences and names are invented; the NER mentions given to ``resolve_article`` stand
for what the tagger did wrong (so the tests do not depend on the model).
"""

from __future__ import annotations

import pytest
from tests.nlp.entities.resolved import resolve as _resolve

from warta.lexicon import places
from warta.nlp.entities.aliases import resolve_article, resolve_corpus
from warta.nlp.entities.gazetteer import load_gazetteer, lookup_place
from warta.nlp.entities.spans import is_club
from warta.records import Mention

# -- 1. capitals and large cities --------------------------------------------------------


@pytest.mark.parametrize(
    ("surface", "country"),
    [
        ("Islamabad", "Pakistan"),
        ("Warsawa", "Poland"),
        ("Teheran", "Iran"),
        ("Ankara", "Turkey"),
        ("Nairobi", "Kenya"),
        ("Phnom Penh", "Cambodia"),
        ("Canberra", "Australia"),
        ("Wellington", "New Zealand"),
        ("Ottawa", "Canada"),
        ("Brasilia", "Brazil"),
        ("Riyadh", "Saudi Arabia"),
        ("Doha", "Qatar"),
        ("Kairo", "Egypt"),
        ("Tunis", "Tunisia"),
        ("Kabul", "Afghanistan"),
        ("Dhaka", "Bangladesh"),
        ("Kyiv", "Ukraine"),
        ("Kiev", "Ukraine"),
        ("Wina", "Austria"),
        ("Den Haag", "Netherlands"),
        ("Brussel", "European Union"),  # the body the city stands for
    ],
)
def test_capitals_stand_for_their_country(surface: str, country: str) -> None:
    """A national capital in its Indonesian spelling is a place whose referent is the
    country, like "Moskow" and "Kremlin"."""
    place = lookup_place(surface)
    assert place is not None and place.type == "LOC" and place.referent == country


def test_capital_tagged_as_person_or_organisation_is_a_place() -> None:
    """The gazetteer's city wins over the tagger's PER or ORG on the same span."""
    text = "Saat itu Islamabad mengecam serangan, sedangkan Warsawa menutup konsulat."
    got = _resolve(text, [("Islamabad", "PER"), ("Warsawa", "ORG")])
    assert got == [("Islamabad", "LOC", "Pakistan"), ("Warsawa", "LOC", "Poland")]


def test_large_city_is_a_place_not_a_metonym() -> None:
    """A large city that is no seat of government is a place of its own."""
    text = "Banjir melanda Karachi dan sebagian Istanbul pada Selasa."
    got = _resolve(text, [("Karachi", "PER"), ("Istanbul", "ORG")])
    assert got == [("Karachi", "LOC", "Karachi"), ("Istanbul", "LOC", "Istanbul")]


def test_city_inside_a_longer_name_stays_that_name() -> None:
    """ "Universitas Warsawa" is an organisation; the capital inside it stays a nested
    mention of the place (as "Bandung" in "Institut Teknologi Bandung")."""
    text = "Peneliti Universitas Warsawa menerbitkan kajian itu."
    got = _resolve(text, [("Universitas Warsawa", "ORG")])
    assert got == [
        ("Universitas Warsawa", "ORG", "Universitas Warsawa"),
        ("Warsawa", "LOC", "Poland"),
    ]


def test_city_table_is_consistent() -> None:
    """Every capital and city is filed under a country the gazetteer knows, and no city
    key takes a country's own name."""
    gazetteer = load_gazetteer()
    data = places.curated()
    for section in ("metonyms", "cities"):
        for country, cities in data[section].items():
            assert gazetteer.by_name(country) is not None, country
            for variants in cities.values():
                for variant in variants:
                    place = gazetteer.lookup(variant)
                    assert place is not None and place.subtype != "GPE", variant


def test_words_that_are_also_indonesian_stay_out() -> None:
    """Capitals spelled like an Indonesian word or a given name are not listed."""
    for word in ("Lima", "Baku", "Asmara", "Sofia", "Santiago", "Astana"):
        assert lookup_place(word) is None, word


# -- 2. UN missions, agencies and armed movements -----------------------------------------


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("UNIFIL", "UNIFIL"),
        ("UNMISS", "UNMISS"),
        ("MONUSCO", "MONUSCO"),
        ("MINUSMA", "MINUSMA"),
        ("Houthi", "Houthi"),
        ("Taliban", "Taliban"),
        ("ISIS", "Islamic State"),
        ("NIIS", "Islamic State"),
        ("Boko Haram", "Boko Haram"),
        ("Al-Shabaab", "al-Shabaab"),
        ("OPM", "Free Papua Movement"),
        ("KKB", "Kelompok Kriminal Bersenjata"),
        ("UNRWA", "UNRWA"),
    ],
)
def test_missions_and_movements_are_organisations(surface: str, name: str) -> None:
    """Found where the tagger missed them, and typed ORG where it called them PER."""
    text = f"Pada Senin, {surface} menolak tuduhan itu."
    assert _resolve(text, []) == [(surface, "ORG", name)]
    assert _resolve(text, [(surface, "PER")]) == [(surface, "ORG", name)]


def test_mission_full_name_and_acronym_are_one() -> None:
    """The Indonesian name of a UN mission and its acronym are one organisation."""
    text = "Markas Pasukan Sementara PBB di Lebanon (UNIFIL) rusak. UNIFIL memprotes."
    got = _resolve(text, [("PBB", "ORG"), ("Lebanon", "LOC"), ("UNIFIL", "ORG")])
    assert {g[2] for g in got if g[1] == "ORG"} == {"UNIFIL"}


def test_article_joined_names() -> None:
    """ "al-Houthi" is the movement, written with its article; in a person's name
    ("Abdul Karim al-Houthi") the same word is his family name, and the name stays whole."""
    text = "Milisi al-Houthi menembakkan rudal."
    assert _resolve(text, []) == [("al-Houthi", "ORG", "Houthi")]
    text = "Juru bicara Abdul Karim al-Houthi membantah laporan itu."
    got = _resolve(text, [("Abdul Karim al-Houthi", "PER")])
    assert got == [("Abdul Karim al-Houthi", "PER", "Abdul Karim al-Houthi")]
    text = "Kata Yusuf al-Baghdadi di Jakarta."  # not a key: the city is not cut out
    got = _resolve(text, [("Yusuf al-Baghdadi", "PER")])
    assert ("Yusuf al-Baghdadi", "PER", "Yusuf al-Baghdadi") in got


# -- 3. "Full Name (SHORT)" ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tagged", "full", "short"),
    [
        # An English acronym after the Indonesian name: no letters in common order.
        (
            "Federasi Bola Voli Kepulauan Tonga (TVF) memecat pelatihnya. TVF belum bicara.",
            [("Tonga", "LOC"), ("TVF", "ORG")],
            "Federasi Bola Voli Kepulauan Tonga",
            "TVF",
        ),
        # A syllable blend that takes word endings, and a name the tagger cut.
        (
            "Lembaga Pengelola Dana Sarana Wisata (Lapsawita) menggelar rapat. "
            "Direktur Lapsawita hadir.",
            [("Lembaga Pengelola Dana", "ORG"), ("Sarana Wisata", "PER"), ("Lapsawita", "ORG")],
            "Lembaga Pengelola Dana Sarana Wisata",
            "Lapsawita",
        ),
        # Lower-case connectors inside the long name, a blend that skips a word's start.
        (
            "Komite Aksi untuk Keselamatan Nelayan (Kakselan) menggelar demo. "
            "Ketua Kakselan berorasi.",
            [("Komite Aksi", "ORG"), ("Kakselan", "PER")],
            "Komite Aksi untuk Keselamatan Nelayan",
            "Kakselan",
        ),
        # A one-word name in parentheses after a company.
        (
            "PT Sinar Logam Nusantara Tbk (Sinlona) mencatat laba. Saham Sinlona naik.",
            [("PT Sinar Logam Nusantara Tbk", "ORG"), ("Sinlona", "PER")],
            "PT Sinar Logam Nusantara Tbk",
            "Sinlona",
        ),
    ],
)
def test_full_name_with_short_form_is_one_entity(
    text: str, tagged: list[tuple[str, str]], full: str, short: str
) -> None:
    mentions, refs = resolve_article(
        text,
        [
            Mention(text.index(s), text.index(s) + len(s), s, k)  # type: ignore[arg-type]
            for s, k in tagged
        ],
    )
    assert [m.entity for m in mentions if m.text == full] == [full]
    assert {m.entity for m in mentions if m.text == short} == {full}
    ref = next(r for r in refs if r.name == full)
    assert ref.type == "ORG" and short in ref.mentions


def test_dateline_glued_by_a_dash_is_not_part_of_the_name() -> None:
    """ "Warta Kota--Badan ... (BPOM)": the dash ends the dateline, so the long name is
    found and the acronym is linked to it."""
    text = "SURABAYA, Warta Kota--Badan Pengawas Obat dan Makanan (BPOM) menarik produk itu."
    mentions, _refs = resolve_article(text, [])
    assert {
        m.entity for m in mentions if m.text in ("BPOM", "Badan Pengawas Obat dan Makanan")
    } == {"Badan Pengawas Obat dan Makanan"}


def test_short_form_of_a_role_is_not_the_organisation() -> None:
    """ "Kepala Kepolisian Daerah (Kapolda)": the short form names the head, not the
    organisation, so it is not linked to "Kepolisian Daerah"."""
    text = "Kepala Kepolisian Daerah (Kapolda) Sulteng meninjau lokasi."
    mentions, _refs = resolve_article(text, [])
    assert not any(m.text == "Kapolda" and m.entity == "Kepolisian Daerah" for m in mentions)


def test_person_trimmed_off_a_place_keeps_no_space() -> None:
    """A title tagged with the country after it ("Emir Qatar") loses the place, and the
    space before it."""
    got = _resolve("Kemarin Emir Qatar tiba di Doha.", [("Emir Qatar", "PER")])
    assert all(g[0] == g[0].strip() for g in got)
    assert ("Qatar", "LOC", "Qatar") in got and ("Doha", "LOC", "Qatar") in got


def test_short_form_alone_links_across_articles() -> None:
    """An article that writes only the short form joins the full name another article
    paired it with: one corpus entity, the short form among its aliases."""
    texts = {
        "a": "Federasi Bola Voli Kepulauan Tonga (TVF) memecat pelatihnya.",
        "b": "TVF membantah kabar itu pada Senin.",
    }
    refs = {
        "a": resolve_article(texts["a"], [])[1],
        "b": resolve_article(texts["b"], [Mention(0, 3, "TVF", "ORG")])[1],
    }
    mapping, table = resolve_corpus(refs)
    assert mapping["b"] == {"TVF": "Federasi Bola Voli Kepulauan Tonga"}
    assert [(e.name, e.aliases, e.article_count) for e in table] == [
        ("Federasi Bola Voli Kepulauan Tonga", ("Federasi Bola Voli Kepulauan Tonga", "TVF"), 2)
    ]


def test_known_organisation_takes_its_acronym() -> None:
    """The acronym of an organisation the gazetteer knows by its Indonesian name is a
    form of that organisation, in the parenthesis and after it."""
    text = "Mahkamah Pidana Internasional (ICC) memanggil saksi. ICC menunda sidang."
    got = _resolve(text, [("ICC", "ORG"), ("ICC", "ORG")])
    assert {g[2] for g in got} == {"International Criminal Court"}
    assert [g[0] for g in got] == ["Mahkamah Pidana Internasional", "ICC", "ICC"]


@pytest.mark.parametrize(
    "text",
    [
        "PT Tambang Raya Sentosa (Persero) membagi dividen.",  # a legal form
        "Kata Kepala Badan Cuaca Tonga (AFP) kemarin.",  # a wire credit
        "Ujar Rudi Santoso (Didi) sambil tertawa.",  # a person, no organisation head
        "Menurut Badan Cuaca Tonga, (Bintang) itu salah.",  # punctuation between
    ],
)
def test_parenthesis_that_is_no_short_form(text: str) -> None:
    """Legal forms, wire credits, a person's nickname and a word after punctuation are
    not linked to the name before them."""
    _mentions, refs = resolve_article(text, [])
    for ref in refs:
        assert len(ref.mentions) == 1, ref


# -- 4. sports clubs ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "club", ["Garuda United", "Kencana FC", "Persiwa", "Persebaru", "PS Tirta Jaya", "Borneo City"]
)
def test_club_tagged_as_person_is_an_organisation(club: str) -> None:
    text = f"Pelatih itu mengakui {club} bermain lebih baik malam itu."
    got = _resolve(text, [(club, "PER")])
    assert (club, "ORG", club) in got
    assert not any(g[1] == "PER" for g in got)


def test_club_and_its_city_are_one_name() -> None:
    """ "Persiwa" + "Bandung" tagged apart: one club, the city nested in its name."""
    text = "Persiwa Bandung menang 2-0 di kandang."
    got = _resolve(text, [("Persiwa", "ORG"), ("Bandung", "LOC")])
    assert got[0] == ("Persiwa Bandung", "ORG", "Persiwa Bandung")
    assert got[1][:2] == ("Bandung", "LOC")


def test_club_shape() -> None:
    """Club words make a club; a person or a known place with the same shape does not."""
    assert is_club("Garuda United") and is_club("Persiwa") and is_club("PSS Sleman")
    assert not is_club("Budi Santoso") and not is_club("United")
    assert not is_club("Persia")  # a place the gazetteer knows is no club


# -- 3b. a generational suffix keeps its period ---------------------------------------------


def test_name_suffix_keeps_its_period() -> None:
    """ "Jr." / "Sr." end a full name with their period (the tagger stops before it)."""
    text = "Presiden Ricardo Santos Jr. tiba kemarin. Santos Jr. lalu berpidato."
    got = _resolve(text, [("Ricardo Santos Jr", "PER"), ("Santos Jr", "PER")])
    assert got == [
        ("Ricardo Santos Jr.", "PER", "Ricardo Santos Jr."),
        ("Santos Jr.", "PER", "Ricardo Santos Jr."),
    ]
