"""Entity-layer fault classes found on blind texts (issue 17), one test per class.

Sentences are invented; each test states the class it guards.
"""

from __future__ import annotations

from tests.nlp.entities.resolved import resolve as _resolve

from warta.nlp.entities.gazetteer import lookup_place


def test_country_fused_onto_a_person_is_split() -> None:
    """ "<Country> <Full Name>" tagged as one organisation: the country is a place and
    the name a person, after a title or when the name is cited alone elsewhere."""
    text = "Perdana Menteri Jepang Haruto Kimura tiba. Kimura disambut meriah."
    got = _resolve(text, [("Jepang Haruto Kimura", "ORG"), ("Kimura", "PER")])
    assert ("Jepang", "LOC", "Japan") in got
    assert ("Haruto Kimura", "PER", "Haruto Kimura") in got
    text = "Kata Presiden Meksiko Rosa Elena Duarte kemarin."
    got = _resolve(text, [("Presiden Meksiko Rosa Elena Duarte", "ORG")])
    assert ("Rosa Elena Duarte", "PER", "Rosa Elena Duarte") in got


def test_country_name_of_an_organisation_is_not_split() -> None:
    """Without a title or a citation the whole stays one name ("Indonesia ... Watch")."""
    text = "Menurut Indonesia Transparency Forum, anggaran bocor."
    got = _resolve(text, [("Indonesia Transparency Forum", "ORG")])
    assert ("Indonesia Transparency Forum", "ORG", "Indonesia Transparency Forum") in got


def test_hyphenated_ticket_is_two_people() -> None:
    """Two full names joined by a hyphen are a pair; a double-barrelled name is one."""
    text = "Gugatan pasangan Rudi Hartono-Sinta Maharani ditolak."
    got = _resolve(text, [("Rudi Hartono-Sinta Maharani", "PER")])
    assert [g for g in got if g[1] == "PER"] == [
        ("Rudi Hartono", "PER", "Rudi Hartono"),
        ("Sinta Maharani", "PER", "Sinta Maharani"),
    ]
    text = "Aktris Helena Bonham-Carter dan Ahmad Al-Farisi Hasan hadir."
    got = _resolve(text, [("Helena Bonham-Carter", "PER"), ("Ahmad Al-Farisi Hasan", "PER")])
    assert [g[0] for g in got if g[1] == "PER"] == ["Helena Bonham-Carter", "Ahmad Al-Farisi Hasan"]


def test_police_command_is_not_a_city() -> None:
    """ "Polda Metro Jaya" and "Kapolda Metro Jaya" name the police command, not Kota Metro."""
    text = "Polda Metro Jaya menahan tersangka. Kapolda Metro Jaya membenarkan hal itu."
    got = _resolve(text, [])
    assert {g[2] for g in got} == {"Polda Metro Jaya"}
    assert lookup_place("Metro").name == "Kota Metro"  # the city itself still resolves


def test_title_alone_is_the_titled_person() -> None:
    """A title tagged as a person on its own ("Paus") is the one person the article
    names with it; the title before the name is not a mention of its own."""
    text = "Paus Leo tiba di Roma. Setelah itu, Paus menyapa peziarah."
    got = _resolve(text, [("Paus Leo", "PER"), ("Paus", "PER")])
    assert [g for g in got if g[1] == "PER"] == [("Leo", "PER", "Leo"), ("Paus", "PER", "Leo")]


def test_seats_as_metonyms() -> None:
    """A capital or seat that news makes speak for its government or body."""
    text = "Manila memprotes manuver itu, sementara Malacanang meminta penjelasan."
    got = _resolve(text, [])
    assert got == [("Manila", "LOC", "Philippines"), ("Malacanang", "LOC", "Philippines")]


def test_organisations_used_as_actors() -> None:
    """Movements, blocs and legislatures the news makes act; names in capitals too."""
    cases = {
        "Hizbullah": "Hezbollah",
        "Hezbollah": "Hezbollah",
        "HTS": "Hayat Tahrir al-Sham",
        "BRICS": "BRICS",
        "Majelis Nasional": "National Assembly",
    }
    for surface, name in cases.items():
        text = f"Kemarin {surface} menolak usulan itu."
        assert _resolve(text, []) == [(surface, "ORG", name)], surface


def test_name_openings_the_tagger_leaves_out() -> None:
    """A Balinese name keeps its marker and caste words ("I Gusti"); an abbreviated
    given name with its period ("Muh.") stays in the name."""
    text = "Penari senior I Gusti Ayu Kade Lestari tampil. Ayu Lestari tersenyum."
    got = _resolve(text, [("Ayu Kade Lestari", "PER"), ("Ayu Lestari", "PER")])
    assert got[0] == ("I Gusti Ayu Kade Lestari", "PER", "I Gusti Ayu Kade Lestari")
    text = "Hakim, Moch. Arif Santoso, menunda sidang."
    got = _resolve(text, [("Moch", "PER"), ("Arif Santoso", "PER")])
    assert got == [("Moch. Arif Santoso", "PER", "Moch. Arif Santoso")]


def test_province_abbreviation_is_the_province() -> None:
    """ "Kapolda Jatim": the everyday abbreviation is the province (its Kemendagri
    record), not a person the title introduces."""
    place = lookup_place("Jatim")
    assert place is not None and (place.name, place.subtype) == ("Jawa Timur", "provinsi")
    text = "Kapolda Jatim membuka acara. Menurut Kapolda, pelaku sudah ditangkap."
    got = _resolve(text, [("Kapolda Jatim", "PER"), ("Kapolda", "PER")])
    assert ("Jatim", "LOC", "Jawa Timur") in got
    assert not any(g[1] == "PER" and g[2] == "Jatim" for g in got)


def test_organ_of_an_organisation_is_its_own() -> None:
    """An organ named before a known organisation ("Dewan Keamanan PBB", "Komisi Uni
    Eropa") is its own organisation, and its initials ("DK PBB") the same organ; the
    parent alone stays the parent."""
    text = "Dewan Keamanan PBB bersidang lagi. DK PBB belum sepakat, kata diplomat PBB."
    got = _resolve(text, [("PBB", "ORG")])
    assert [g[2] for g in got] == ["Dewan Keamanan PBB", "Dewan Keamanan PBB", "United Nations"]
    text = "Komisi Uni Eropa mendenda perusahaan itu."
    assert _resolve(text, []) == [("Komisi Uni Eropa", "ORG", "Komisi Uni Eropa")]
    text = "Sekjen PBB dan Dubes PBB hadir."
    assert {g[2] for g in _resolve(text, [])} == {"United Nations"}
