"""FE11: title names, initials, shortened given names and other shapes of blind11's
classes, and the quote and relation layers' organisation and title shapes (invented
sentences; no seed or gold text)."""

from __future__ import annotations

import pytest
from tests.nlp.entities.resolved import people as _people
from tests.nlp.entities.resolved import types as _types

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions

# -- Manggarai "Kraeng", East Javanese "Yai": forms of address ------------------------------


@pytest.mark.parametrize(
    ("text", "person", "call"),
    [
        ("Bupati Ende Marselinus Yoseph Wake hadir. \"Jalan rusak,\" kata Kraeng Marselinus.",
         "Marselinus Yoseph Wake", "Kraeng Marselinus"),
        ("Kepala desa itu, Stefanus Rogas Mbaru, meninjau jembatan. Menurut Kraeng Stefanus, "
         "jembatan itu ditutup sementara.", "Stefanus Rogas Mbaru", "Kraeng Stefanus"),
        ("Pengasuh pesantren KH Ahmad Fauzi Ridwan hadir. Kiai sepuh itu, yang oleh warga "
         "sekitar dipanggil Yai Fauzi, diam.", "Ahmad Fauzi Ridwan", "Yai Fauzi"),
        ("Acara dibuka KH Muhammad Sahal Anwar. \"Santri harus mandiri,\" kata Yai Sahal "
         "di serambi masjid.", "Muhammad Sahal Anwar", "Yai Sahal"),
    ],
)
def test_kraeng_and_yai_address_the_person_whose_name_holds_the_word(
    text: str, person: str, call: str
) -> None:
    people = _people(text)
    assert call in people.get(person, ())
    assert call not in people


# -- a given name cut short before the surname -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "short"),
    [
        ("Kepala Dinas Sosial Sikka, Bonifasius Ignasius Mbete, meninjau posko. \"Logistik "
         "aman,\" kata Boni Mbete di Maumere. Mbete menambahkan, jalan sudah dibuka.",
         "Bonifasius Ignasius Mbete", "Boni Mbete"),
        ("Kapolres Belu, Valentinus Hendrik Manek, memimpin apel. Menurut Valen Manek, "
         "perbatasan dijaga ketat.", "Valentinus Hendrik Manek", "Valen Manek"),
        ("Wali Kota Bitung Kristoforus Marthen Lumenta membuka festival. Kristo M. Lumenta "
         "berharap wisatawan datang.", "Kristoforus Marthen Lumenta", "Kristo M. Lumenta"),
    ],
)
def test_a_given_name_cut_short_before_the_surname_is_the_full_name(
    text: str, person: str, short: str
) -> None:
    people = _people(text)
    assert short in people.get(person, ())
    assert short not in people


def test_two_full_names_a_short_given_name_fits_leave_it() -> None:
    text = ("Agustinus Rado Keli dan Agustina Wula Keli hadir di balai desa. Agus Keli lalu "
            "pulang.")
    people = _people(text)
    assert "Agus Keli" not in people.get("Agustinus Rado Keli", ())


# -- a person's initials -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "initials"),
    [
        ("Mantan gubernur Bambang Dwi Hartono menerima tamu di rumahnya. \"Pak BDH sudah "
         "sehat,\" kata ajudannya. BDH lalu berfoto dengan warga.", "Bambang Dwi Hartono", "BDH"),
        ("Ketua partai itu, Rudi Hermawan Saragih, datang terlambat. \"Kami solid,\" ujar "
         "Mas RHS, begitu kader biasa memanggilnya.", "Rudi Hermawan Saragih", "Mas RHS"),
    ],
)
def test_initials_of_a_full_name_are_that_person(text: str, person: str, initials: str) -> None:
    people = _people(text)
    assert initials in people.get(person, ()) or initials.split()[-1] in people.get(person, ())
    assert initials not in _types(text)


def test_initials_of_an_organisation_stay_the_organisation() -> None:
    text = ("Badan Pemeriksa Keuangan (BPK) memeriksa laporan itu. Budi Prasetyo Kurniawan "
            "hadir. BPK menemukan selisih.")
    assert _types(text).get("Badan Pemeriksa Keuangan") == "ORG"
    assert "BPK" not in _people(text).get("Budi Prasetyo Kurniawan", ())


# -- Sumba titles of nobility: "Umbu", "Rambu" ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "short"),
    [
        ("Lahan itu diserahkan Umbu Remu Ndima Wora, tetua adat setempat. Umbu Remu "
         "menyerahkan kuda sebagai tanda restu. \"Jaga tanah ini,\" kata Umbu.",
         "Umbu Remu Ndima Wora", "Umbu Remu"),
        ("Tenun itu dibuat kelompok yang dipimpin Rambu Lika Ana Amah. Rambu Lika berharap "
         "pasar terbuka. \"Kami siap,\" ujar Rambu.", "Rambu Lika Ana Amah", "Rambu Lika"),
        ("Upacara dihadiri Umbu Djaka Hama Manu, tetua kampung. Umbu Djaka lalu memotong "
         "pita.", "Umbu Djaka Hama Manu", "Umbu Djaka"),
    ],
)
def test_a_sumba_title_of_nobility_opens_a_persons_name(
    text: str, person: str, short: str
) -> None:
    people = _people(text)
    assert short in people.get(person, ())
    assert _types(text)[person] == "PER"


# -- a foreign name with a particle ("da", "van", "bin") tagged an organisation -----------------


@pytest.mark.parametrize(
    ("text", "person", "nick"),
    [
        ("Gol kedua dicetak gelandang asal Portugal, Joao Marcos da Costa Ferreira, pada "
         "menit ke-70. Marquinho, begitu ia biasa disapa, kini mencetak lima gol.",
         "Joao Marcos da Costa Ferreira", "Marquinho"),
        ("Bek asal Belanda, Pieter Jan van der Berg, menjadi kapten. Piet, begitu ia biasa "
         "disapa, bermain penuh.", "Pieter Jan van der Berg", "Piet"),
    ],
)
def test_a_name_with_a_particle_is_a_person_and_keeps_its_nickname(
    text: str, person: str, nick: str
) -> None:
    people = _people(text)
    assert person in people
    assert nick in people[person]


def test_a_foreign_body_joined_by_a_particle_stays_an_organisation() -> None:
    text = "Ia lulus dari Universidade Federal de Minas Gerais tahun lalu."
    assert "Universidade Federal de Minas Gerais" not in _people(text)


# -- another spelling of a name the article declares -------------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "spelling"),
    [
        ("Menteri Luar Negeri Korea Selatan Park Jin-woo menerima tamunya di Seoul. Pak "
         "Jin-u, ejaan lain yang dipakai sejumlah media untuk namanya, menolak berkomentar.",
         "Park Jin-woo", "Pak Jin-u"),
        ("Wakil wali kota itu, Mykola Serhiyenko, meninjau lokasi. Sergienko, demikian "
         "namanya ditulis kantor berita Rusia, meminta bantuan.", "Mykola Serhiyenko",
         "Sergienko"),
        ("Juru bicara militer Ukraina, Yurii Ihnat, menyebut serangan berlanjut. Ihnat, yang "
         "dalam media Rusia kerap ditulis Yuri Ignat, meminta warga mengungsi.",
         "Yurii Ihnat", "Yuri Ignat"),
    ],
)
def test_a_spelling_the_article_declares_is_the_person(
    text: str, person: str, spelling: str
) -> None:
    people = _people(text)
    assert spelling in people.get(person, ())
    assert spelling not in _types(text)


def test_a_declared_spelling_skips_a_name_unlike_it() -> None:
    text = ("Kanselir Olaf Brenner bertemu Presiden Rumen Dimitrov di Sofia. Brener, ejaan "
            "lain untuk namanya, menolak berkomentar.")
    people = _people(text)
    assert "Brener" in people.get("Olaf Brenner", ())


# -- a body, then its head's shortened title and name, in one span -------------------------------


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        ("Uskup Keuskupan Larantuka Mgr. Paulus Dori Keban memberkati gedung itu. Keuskupan "
         "Larantuka juga mengirim bantuan.", "Keuskupan Larantuka", "Paulus Dori Keban"),
        ("Uskup Keuskupan Atambua Mgr. Yohanes Bosco Nahak meresmikan sekolah itu. Keuskupan "
         "Atambua menanggung biaya guru.", "Keuskupan Atambua", "Yohanes Bosco Nahak"),
    ],
)
def test_a_body_then_a_shortened_title_and_a_name_is_two_entities(
    text: str, body: str, person: str
) -> None:
    types = _types(text)
    assert types.get(body) == "ORG"
    assert types.get(person) == "PER"


# -- the quote and relation layers' organisation and title shapes ---------------------------------


def _orgs(text: str) -> dict[str, tuple[str, ...]]:
    _ms, refs = resolve_article(text, find_mentions(text))
    return {r.name: r.mentions for r in refs if r.type == "ORG"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Ketua Fraksi Partai Golkar DPR Budi Santoso menolak usulan itu.",
         "Fraksi Partai Golkar DPR"),
        ("Sikap Fraksi PKB DPR sudah bulat, kata sekretarisnya.", "Fraksi PKB DPR"),
        ("Rapat Komisi III DPR dengan Kapolri digelar Senin.", "Komisi III DPR"),
        ("Anggota Komisi VII DPR RI meninjau tambang nikel di Morowali.", "Komisi VII DPR RI"),
    ],
)
def test_a_faction_or_commission_with_its_house_is_one_organisation(text: str, body: str) -> None:
    assert body in _orgs(text)


def test_a_commission_named_by_its_number_alone_is_the_one_named_with_its_house() -> None:
    text = ("Komisi X DPR memanggil menteri pendidikan. Komisi X menilai anggaran itu kurang. "
            "Komisi 4 DPRD juga rapat, dan Komisi 4 menolak.")
    orgs = _orgs(text)
    assert "Komisi X" in orgs.get("Komisi X DPR", ())
    assert "Komisi 4" in orgs.get("Komisi 4 DPRD", ())


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Kontrak itu diteken Sinar Mas Mining Ltd. dan PT Bumi Raya.", "Sinar Mas Mining Ltd."),
        ("Direktur Hartland Energy Ltd. menolak berkomentar.", "Hartland Energy Ltd."),
    ],
)
def test_ltd_keeps_its_full_stop_when_the_sentence_goes_on(text: str, company: str) -> None:
    assert company in _orgs(text)


@pytest.mark.parametrize(
    ("text", "gang"),
    [
        ("Polisi menangkap 12 anggota geng motor Brigez di Bandung.", "Brigez"),
        ("Geng motor Serigala Malam kembali berulah di Cianjur.", "Serigala Malam"),
        ("Warga resah dengan ulah geng Kapak Merah di pasar.", "Kapak Merah"),
    ],
)
def test_the_name_after_geng_motor_is_a_gang(text: str, gang: str) -> None:
    assert gang in _orgs(text)
    assert gang not in _people(text)


@pytest.mark.parametrize(
    ("text", "campus", "person"),
    [
        ("Ratusan mahasiswa Universitas Andalas berunjuk rasa di Padang.",
         "Universitas Andalas", None),
        ("Para mahasiswa Institut Teknologi Sepuluh Nopember ikut aksi.",
         "Institut Teknologi Sepuluh Nopember", None),
        ("\"Kami menolak,\" kata mahasiswa Universitas Mataram Dedi Kurniawan.",
         "Universitas Mataram", "Dedi Kurniawan"),
    ],
)
def test_the_university_of_students_is_an_organisation(
    text: str, campus: str, person: str | None
) -> None:
    assert campus in _orgs(text)
    assert campus not in _people(text)
    if person:
        assert person in _people(text)


@pytest.mark.parametrize(
    ("text", "person", "titled"),
    [
        ("Pertunjukan itu dipimpin dalang Ki Manteb Sudarsono. Menurut Ki Manteb, wayang harus "
         "lestari.", "Manteb Sudarsono", "Ki Manteb"),
        ("Sanggar itu didirikan Ki Sastro Wiyono pada 1970. Ki Sastro kini berusia 80 tahun.",
         "Sastro Wiyono", "Ki Sastro"),
        ("Doa dipimpin Tuan Guru Mustafa Umar di masjid desa.", "Mustafa Umar", None),
    ],
)
def test_ki_and_tuan_guru_are_titles_of_the_person(
    text: str, person: str, titled: str | None
) -> None:
    people = _people(text)
    assert person in people
    if titled:
        assert titled in people[person]


# -- a given name the tagger left out after a form of address ------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "short"),
    [
        ("Program itu dikelola putri pengasuh pondok, Ning Zulfa Maulida\nRahmah, yang baru "
         "pulang dari Mesir. Menurut Ning Zulfa, dana dihimpun dari alumni.",
         "Zulfa Maulida Rahmah", "Ning Zulfa"),
        ("Kedai itu kini dikelola cucu pendirinya, Mbak Rani Puspita\nSari, lulusan tata "
         "boga. Menurut Mbak Rani, resep tidak diubah.", "Rani Puspita Sari", "Mbak Rani"),
    ],
)
def test_a_given_name_after_a_form_of_address_joins_the_name(
    text: str, person: str, short: str
) -> None:
    holders = [name for name, forms in _people(text).items() if short in forms]
    assert len(holders) == 1
    assert holders[0].endswith(person)  # "Mbak" may stay in the name, as the tagger wrote it


@pytest.mark.parametrize(
    ("text", "faction", "short"),
    [
        ("Fraksi Partai Hanura DPR menolak rancangan itu. Ketua Fraksi Hanura Dedi Mulyadi "
         "hadir.", "Fraksi Partai Hanura DPR", "Fraksi Hanura"),
        ("Namun, Fraksi Gerindra dan Fraksi PKS DPRD Sumatera Barat menolak permintaan maaf "
         "bupati. Fraksi PKS juga menggalang hak angket.", "Fraksi PKS DPRD Sumatera Barat",
         "Fraksi PKS"),
    ],
)
def test_a_faction_named_short_is_the_faction_named_in_full(
    text: str, faction: str, short: str
) -> None:
    orgs = _orgs(text)
    assert short in orgs.get(faction, ())
    assert short not in _people(text)
