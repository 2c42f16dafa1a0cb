"""FE10: shortened titles with a full stop, title names and nicknames of blind10's shapes
(invented sentences; no seed or gold text)."""

from __future__ import annotations

import pytest
from tests.nlp.entities.resolved import people as _people
from tests.nlp.entities.resolved import types as _types

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Warga mengungsi ke gereja. \"Kami buka pintu,\" kata Pdt. Markus Simatupang, "
         "pendeta jemaat itu.", "Markus Simatupang"),
        ("Misa dipimpin Rm. Yustinus Keraf di kapel desa. Umat memadati halaman.",
         "Yustinus Keraf"),
        ("Pengajian diisi Hb. Salim Alatas dari Pekalongan. Jemaah datang sejak pagi.",
         "Salim Alatas"),
    ],
)
def test_a_shortened_title_gives_way_to_the_name_after_it(text: str, person: str) -> None:
    people = _people(text)
    assert person in people
    assert not {"Pdt", "Rm", "Hb"} & set(people)


@pytest.mark.parametrize(
    ("text", "person", "short"),
    [
        ("Kepala desa, Abd. Halim Siregar, membenarkan kabar itu. \"Sudah kami catat,\" "
         "kata Abd. Halim.", "Abd. Halim Siregar", "Abd. Halim"),
        ("Camat setempat, Tb. Ruslan Hakim, meninjau lokasi. Menurut Tb. Ruslan, jalan "
         "itu rusak.", "Tb. Ruslan Hakim", "Tb. Ruslan"),
    ],
)
def test_a_shortened_name_part_stays_with_its_name(text: str, person: str, short: str) -> None:
    people = _people(text)
    assert person in people
    assert short in people[person]
    assert not {"Abd", "Tb", "Halim", "Ruslan"} & set(people)


def test_a_shortened_hereditary_part_is_one_person_not_a_body() -> None:
    text = "Ketua RT, Kms. Bahrul Anwar, mengaku lega. Warga juga lega."
    types = _types(text)
    assert types.get("Kms. Bahrul Anwar") == "PER"
    assert "Kms" not in types


@pytest.mark.parametrize(
    ("text", "person", "nick"),
    [
        ('Pemimpin kawanan, Joko Santoso alias "Joko Obeng", ditangkap di rumahnya. '
         '"Joko Obeng sudah lama kami incar," kata polisi.', "Joko Santoso", "Joko Obeng"),
        ('Tersangka Anwar Siregar alias "Anwar Gunting" mengaku menyesal. Anwar Gunting '
         "menangis di ruang sidang.", "Anwar Siregar", "Anwar Gunting"),
    ],
)
def test_a_quoted_alias_is_a_nickname_of_the_bearer(text: str, person: str, nick: str) -> None:
    people = _people(text)
    assert nick in people[person]
    assert nick not in people


@pytest.mark.parametrize(
    ("text", "person", "nick"),
    [
        ("Terdakwa Raden Hasyim Baswedan membantah dakwaan. Di kalangan pedagang pasar, pria "
         'asal Cirebon itu akrab disapa "Kang Acim". "Kang Acim orang baik," kata saksi.',
         "Raden Hasyim Baswedan", "Kang Acim"),
        ("Kepala sekolah, Wayan Sukarta Jaya, pensiun tahun ini. Pria kelahiran Gianyar "
         'itu biasa disapa "Mbah Gondrong" oleh muridnya.', "Wayan Sukarta Jaya",
         "Mbah Gondrong"),
    ],
)
def test_a_nickname_of_the_man_named_before_with_itu(text: str, person: str, nick: str) -> None:
    assert nick in _people(text)[person]


def test_known_as_after_four_words_and_its_short_form() -> None:
    text = ("Pengajian dipimpin KH Hasan Basri Anwar, yang oleh warga kampung lebih dikenal "
            "sebagai Lora Basri. \"Ra Basri rajin mengaji,\" kata seorang santri. Di shaf "
            "perempuan, acara dipandu Nyai Basri, istri pengasuh pondok.")
    people = _people(text)
    assert {"Lora Basri", "Ra Basri"} <= set(people["Hasan Basri Anwar"])
    assert people.get("Nyonya Basri") == ("Nyai Basri",)


@pytest.mark.parametrize(
    ("text", "father", "son"),
    [
        ("Ribuan santri menghadiri haul KH Hamid Zainuri di Jombang. Putranya, KH Ilham Rosyid Hamid, memimpin "
         "acara. Para santri mengenang Kiai Hamid sebagai guru yang sabar.",
         "Hamid Zainuri", "Ilham Rosyid Hamid"),
        ("Peziarah memadati makam KH Muchtar Darmawan di Gresik. Cucunya, KH Farid Muchtar, menerima tamu. "
         "Warga menyebut Kiai Muchtar dermawan.", "Muchtar Darmawan", "Farid Muchtar"),
    ],
)
def test_a_titled_word_is_the_given_name_of_the_one_it_opens(
    text: str, father: str, son: str
) -> None:
    people = _people(text)
    word = father.split()[0]
    assert f"Kiai {word}" in people[father]
    assert f"Kiai {word}" not in people[son]


def test_a_shortened_name_part_keys_as_written_out() -> None:
    text = ("Tersangka Tubagus Rizal Maulana (40) ditahan. Kuasa hukum Tb. Rizal Maulana "
            "mengajukan penangguhan.")
    people = _people(text)
    assert set(people["Tubagus Rizal Maulana"]) >= {"Tubagus Rizal Maulana", "Tb. Rizal Maulana"}


@pytest.mark.parametrize(
    "text",
    [
        "FOTO: DIREKTUR UTAMA PT MEGA TAMBANG NUSANTARA TBK HARTONO SUSILO WIBOWO\n(KANAN) "
        "MENINJAU TAMBANG, SENIN.\n\nSAMARINDA - Direktur Utama Hartono Susilo Wibowo "
        "mengatakan produksi naik. PT Mega Tambang Nusantara Tbk menambah alat berat.",
        "FOTO: KOMISARIS PT SINAR LAUT ABADI TBK MARIA ELISABETH TANOE (KIRI) DI MAKASSAR.\n\n"
        "MAKASSAR - Komisaris Maria Elisabeth Tanoe menolak berkomentar. PT Sinar Laut "
        "Abadi Tbk belum memberi keterangan.",
    ],
)
def test_an_all_caps_caption_keeps_the_company_and_the_person_apart(text: str) -> None:
    _ms, refs = resolve_article(text, find_mentions(text))
    for r in refs:
        if r.type == "ORG":
            assert not any(m.endswith(("WIBOWO", "TANOE")) for m in r.mentions), r
    people = {r.name: r.mentions for r in refs if r.type == "PER"}
    assert any(m.isupper() for ms in people.values() for m in ms)


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Polisi menangkap dua pemuda berinisial AS (22) dan RM (25) di Depok. Menurut "
         "polisi, AS berperan sebagai joki.", "AS"),
        ("Tersangka lain, berinisial RI (34), masih buron. Polisi memburu RI ke Bogor.", "RI"),
    ],
)
def test_declared_initials_are_a_person_not_the_country(text: str, initials: str) -> None:
    types = _types(text)
    assert types.get(initials) == "PER"
    assert "United States" not in types and "Indonesia" not in types


@pytest.mark.parametrize(
    ("text", "person", "call"),
    [
        ("Wali Kota Palu, Nurhidayat Prasetyo, meninjau pasar. \"Kami terbuka,\" kata Kang "
         "Dayat kepada wartawan.", "Nurhidayat Prasetyo", "Kang Dayat"),
        ("Wakil ketua Syamsudin Harahap hadir. \"Semua siap,\" ujar Cak Udin kepada wartawan.",
         "Syamsudin Harahap", "Cak Udin"),
    ],
)
def test_a_call_name_ending_the_given_name(text: str, person: str, call: str) -> None:
    assert call in _people(text)[person]


@pytest.mark.parametrize(
    ("text", "person", "place"),
    [
        ("Wakil Menteri Perhubungan Bima Satria meninjau pelabuhan di Makassar. Bima Satria "
         "meminta jadwal kapal dipercepat. \"Kita kejar,\" kata Bima kepada wartawan.",
         "Bima Satria", "Bima"),
        ("Direktur Jenderal Anggaran Bima Prakoso hadir di Makassar. Bima Prakoso mengatakan "
         "anggaran cukup. \"Kita jaga,\" ujar Bima.", "Bima Prakoso", "Bima"),
        ("Direktur Jenderal Anggaran Sabang Pranoto hadir di Makassar. Sabang Pranoto "
         "mengatakan anggaran cukup.", "Sabang Pranoto", None),
    ],
)
def test_a_person_named_like_a_town_after_an_office(
    text: str, person: str, place: str | None
) -> None:
    people = _people(text)
    assert person in people
    assert any(form.endswith(" " + person) for form in people[person])  # the office's too
    if place is not None:
        assert place in people[person]


@pytest.mark.parametrize(
    ("text", "person", "short"),
    [
        ("Kepala dinas, La Ode Rusdin Hamzah, meninjau dermaga. La Ode Rusdin berjanji "
         "memperbaikinya.", "La Ode Rusdin Hamzah", "La Ode Rusdin"),
        ("Ketua panitia Wa Ode Nurlela Sari membuka acara di Baubau. Wa Ode Nurlela "
         "berterima kasih kepada warga.", "Wa Ode Nurlela Sari", "Wa Ode Nurlela"),
    ],
)
def test_a_buton_noble_name_is_one_person(text: str, person: str, short: str) -> None:
    types = _types(text)
    assert types.get(person) == "PER"
    assert short in _people(text)[person]
    assert "Ode" not in types


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("MADIUN - Tuan rumah menundukkan Persipa Madiun 3-0 di Stadion Wilis, Minggu. "
         "Pelatih Persipa mengaku kecewa.", "Persipa Madiun"),
        ("Laga berakhir imbang setelah PSKT Tegal menyamakan skor. Pendukung PSKT bernyanyi "
         "sepanjang laga.", "PSKT Tegal"),
    ],
)
def test_a_club_before_its_city_is_one_organisation(text: str, club: str) -> None:
    assert _types(text).get(club) == "ORG"


@pytest.mark.parametrize(
    ("text", "court"),
    [
        ("Sidang digelar di Pengadilan Negeri Kupang, Kamis. Hakim menunda putusan.",
         "Pengadilan Negeri Kupang"),
        ("Terdakwa diadili di Pengadilan Tindak Pidana Korupsi Manado pekan lalu.",
         "Pengadilan Tindak Pidana Korupsi Manado"),
    ],
)
def test_a_court_named_after_its_city_is_an_organisation(text: str, court: str) -> None:
    assert _types(text).get(court) == "ORG"


def test_a_name_running_on_after_a_shortened_adat_title() -> None:
    text = 'Ketua adat nagari, Rusdi Dt. Bagindo Sati, menyambut tamu. "Kami terbuka," kata Rusdi.'
    people = _people(text)
    assert set(people["Rusdi Dt. Bagindo Sati"]) == {"Rusdi", "Rusdi Dt. Bagindo Sati"}
