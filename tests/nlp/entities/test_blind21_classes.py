"""FE21: classes of blind21's errors - a birth name declared in a relative clause on a
person's apposition ("<Court Name> (64), <noun> yang bernama asli <Birth Name>"), a child
named alone beside the teknonym of the parent that holds the child's name, the later items
of a list of districts opened by one head word, and rivers and lakes the tagger
leaves untagged (invented sentences; no seed or gold text)."""

from __future__ import annotations

from tests.nlp.entities.resolved import entity_of, resolve

from warta.nlp.entities.names import short_forms

# -- a birth name declared on an apposition -------------------------------------------------


def test_birth_name_declared_on_an_apposition_is_the_person_known_by_another_name() -> None:
    text = (
        "Di depan rombongan berjalan Raden Lurah Atmo Sumarto (64), juru kunci makam yang "
        "bernama asli Karyadi. Warga memanggilnya Mbah Atmo."
    )
    person = entity_of(text, "Atmo Sumarto")
    assert person is not None and person[1] == "PER"
    assert entity_of(text, "Karyadi") == person


def test_a_name_after_a_clause_on_a_thing_is_no_birth_name_of_the_person_before() -> None:
    text = (
        "Sumarni (50) menunjukkan kiriman paket, yang pengirimnya bernama asli Hardiman. "
        "Hardiman belum bisa dihubungi."
    )
    assert entity_of(text, "Hardiman") != entity_of(text, "Sumarni")


# -- a teknonym and the child it names --------------------------------------------------------


def test_teknonym_has_no_short_form_the_word_after_its_head_is_the_child() -> None:
    assert short_forms("Amani Ronggur") == set()
    assert short_forms("Ompu Sardi") == set()


def test_child_named_alone_is_not_the_parent_known_by_the_teknonym() -> None:
    text = (
        "Nelayan Binsar Situmeang (44), yang biasa dipanggil Amani Ronggur, kehilangan "
        "jaring. Anak sulungnya, Ronggur (13), membantu menjahit jaring. \"Kami mulai lagi "
        "besok,\" kata Amani Ronggur."
    )
    parent = entity_of(text, "Amani Ronggur")
    assert parent is not None and parent[1] == "PER"
    assert entity_of(text, "Ronggur") not in (None, parent)


# -- the later items of a headed list of districts --------------------------------------------


def test_later_items_of_a_list_opened_by_a_district_head_are_places() -> None:
    text = (
        "Angin kencang merusak rumah di Kecamatan Sukamaju, Sindangjaya, Cikalong Hilir, "
        "dan Margahayu. Warga mengungsi."
    )
    tagged = [
        ("Kecamatan Sukamaju", "LOC"), ("Sindangjaya", "PER"), ("Cikalong Hilir", "PER"),
        ("Margahayu", "PER"),
    ]
    assert [t for _s, t, _e in resolve(text, tagged)] == ["LOC"] * 4


def test_person_in_apposition_after_a_village_head_stays_a_person() -> None:
    text = "Kepala Desa Sukamaju, Sindangjaya, mengatakan warga sudah mengungsi."
    out = resolve(text, [("Desa Sukamaju", "LOC"), ("Sindangjaya", "PER")])
    assert out[1][1] == "PER"


# -- waters by their head ---------------------------------------------------------------------


def test_river_and_lake_the_tagger_leaves_untagged_are_places_with_their_head() -> None:
    text = (
        "Perahu warga terbalik di Sungai Lembayung saat hujan deras. Ikan di Danau "
        "Sitonang juga mati mendadak."
    )
    found = {(surface, type_) for surface, type_, _e in resolve(text, [])}
    assert ("Sungai Lembayung", "LOC") in found
    assert ("Danau Sitonang", "LOC") in found
