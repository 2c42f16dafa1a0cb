"""FE47: shapes of blind47's classes - a regional council written out with its region and its commission
in a member's office, a body's unit in its head's office, the seat of a regional police
command, a body's Indonesian name and its English name with an acronym, flag ranks
written short, Manado's "Opa" and "Oma" (invented sentences; no seed or gold text)."""

from __future__ import annotations

from tests.nlp.entities.resolved import entity_of, people, references

# -- "Dewan Perwakilan Rakyat Daerah (DPRD) Provinsi <P>"; "Ketua Komisi II DPRD <P>" -------


def test_a_regional_council_keeps_its_region() -> None:
    text = ("Puluhan nelayan mendatangi Dewan Perwakilan Rakyat Daerah Provinsi "
            "Sulawesi Tenggara, Kamis.")
    assert entity_of(text, "Dewan Perwakilan Rakyat Daerah Provinsi Sulawesi Tenggara") == (
        "Dewan Perwakilan Rakyat Daerah Provinsi Sulawesi Tenggara", "ORG")


def test_a_commission_in_a_members_office_is_the_council() -> None:
    text = ("Petani mendatangi Dewan Perwakilan Rakyat Daerah (DPRD) Provinsi Gorontalo, "
            "Selasa. Wakil Ketua Komisi II DPRD Gorontalo, Rahmat Podungge, menerima "
            "mereka. DPRD berjanji memanggil dinas terkait.")
    found = {n: (t, forms) for n, t, forms in references(text)}
    council = "Dewan Perwakilan Rakyat Daerah Provinsi Gorontalo"
    assert council in found, found
    assert {"DPRD Gorontalo", "DPRD"} <= set(found[council][1]), found
    assert not any(n.startswith("Komisi") for n in found), found
    assert found.get("Gorontalo", ("LOC",))[0] == "LOC", found


# -- "Kepala Zona <Field> <ACR> RI, <Name>": the body the article declared ---------------


def test_a_unit_in_its_heads_office_is_the_body() -> None:
    text = ("Badan Keselamatan Pelayaran Republik Indonesia (Baskapel RI) menahan dua kapal. "
            "Kepala Sektor Timur Baskapel RI, Hendrik Manuputty, mengatakan kedua kapal "
            "tidak membawa izin.")
    found = {n: forms for n, _t, forms in references(text)}
    body = "Badan Keselamatan Pelayaran Republik Indonesia"
    assert body in found, found
    assert not any(n.startswith("Sektor") for n in found), found


def test_a_unit_before_a_place_acronym_stays() -> None:
    # the acronym is declared for a regency, no body: nothing is cut
    text = ("Kabut menyelimuti Kabupaten Musi Banyuasin (Muba), Senin. Kepala Polres Muba, "
            "AKBP Dedy Saputra, mengimbau warga.")
    assert entity_of(text, "Muba") != ("Muba", "ORG"), references(text)


# -- "Markas Polda <Province>": the command ----------------------------------------------


def test_the_seat_of_a_regional_command_is_the_command() -> None:
    text = "Kedua tersangka kini ditahan di Markas Polda Sulawesi Barat, Jumat (3/4/2026)."
    assert entity_of(text, "Polda Sulawesi Barat") == ("Polda Sulawesi Barat", "ORG"), (
        references(text))
    assert not any(n.startswith("Markas") for n, _t, _f in references(text))


# -- "<Indonesian name> atau <English name> (<ACR>)" -------------------------------------


def test_a_bodys_indonesian_and_english_names_are_one_body() -> None:
    text = ("Pinjaman jalan tol itu ditawarkan Bank Pembangunan Afrika atau African "
            "Development Bank (AfDB). AfDB mengirim tim penilai pekan depan.")
    found = {n: forms for n, t, forms in references(text) if t == "ORG"}
    assert "African Development Bank" in found, found
    assert {"Bank Pembangunan Afrika", "AfDB"} <= set(found["African Development Bank"]), found
    assert "Bank Pembangunan Afrika" not in found, found


def test_a_companys_legal_name_stays_its_name_beside_its_english_one() -> None:
    text = ("Saham PT Industri Kapal Nusantara atau Nusantara Shipbuilding Corporation (NSC) "
            "naik. NSC membangun dua kapal feri.")
    found = {n: forms for n, t, forms in references(text) if t == "ORG"}
    assert "Nusantara Shipbuilding Corporation" not in found, found


def test_two_bodies_joined_by_atau_stay_two() -> None:
    text = "Warga bisa melapor ke Polri atau Komisi Nasional Hak Asasi Manusia (Komnas HAM)."
    found = {n for n, _t, _f in references(text)}
    assert "Polri" in found, found


# -- "Laksma <Name>"; Manado's "Opa <Given>" ---------------------------------------------


def test_a_flag_rank_written_short_is_no_part_of_the_name() -> None:
    text = ("Komandan Pangkalan Utama, Laksma Ricky Sondakh, mengatakan kapal itu ditahan. "
            "\"Muatannya kami periksa,\" kata Ricky.")
    found = people(text)
    assert "Ricky Sondakh" in found, found
    assert "Ricky Sondakh" in found["Ricky Sondakh"], found


def test_opa_before_a_given_name_is_the_old_man() -> None:
    text = ("Frans Rorimpandey (76) menolak mengungsi. Setelah dibujuk anaknya, Opa Frans "
            "akhirnya naik ke mobil.")
    found = people(text)
    assert "Opa Frans" in found.get("Frans Rorimpandey", ()), found
    assert "Opa Frans" not in found, found
