"""Classes fixed against blind49's and blind50's false relations and misses (issue 18),
tested on invented sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

from tests.nlp.relations.coded import coded_triples

PUBLISHED = "2026-03-04"


_coded = partial(coded_triples, published=PUBLISHED)


# 1. A warning that only asks its addressee to refrain, no consequence told, is a request
def test_a_warning_that_only_asks_is_an_appeal() -> None:
    coded = _coded(
        "Kementerian Luar Negeri Rusia, Selasa (3/3/2026), memperingatkan Finlandia dan "
        "Swedia agar tidak menempatkan senjata nuklir di wilayah mereka."
    )
    assert ("Russia", "appeal", "Finland") in coded
    assert ("Russia", "threaten", "Finland") not in coded
    coded = _coded(
        "Kementerian Luar Negeri Rusia, Selasa (3/3/2026), memperingatkan Finlandia agar "
        "tidak menempatkan senjata nuklir jika tidak ingin menghadapi balasan."
    )
    assert ("Russia", "threaten", "Finland") in coded


# 2. The state named right after an aid noun, a recipient after it, owns the aid
def test_the_state_after_an_aid_noun_is_the_donor_not_the_recipient() -> None:
    coded = _coded(
        "Menlu Sugiono menemui Menlu Yordania Ayman Safadi di Aqaba, Senin (2/3/2026). "
        "Kedua menteri sepakat membuka jalur darat guna mengirim bantuan pangan Indonesia "
        "ke Tepi Barat."
    )
    assert not any(a == "aid" and t == "Indonesia" for _, a, t in coded)


# 3. A crossing closed, named after "perlintasan", is a place, not a side
def test_a_crossing_closed_is_no_target() -> None:
    coded = _coded("Israel menutup perlintasan Beit Hanoun sejak Minggu (1/3/2026).")
    assert not any(t == "Beit Hanoun" for _, _, t in coded)


# 4. Workers sent to jobs abroad are no aid to the country of work
def test_migrant_workers_sent_abroad_are_no_aid() -> None:
    coded = _coded(
        "Polda Riau menangkap dua perekrut yang diduga mengirim 40 calon TKI tanpa dokumen "
        "ke Brunei, Senin (2/3/2026)."
    )
    assert ("Polda Riau", "sanction", "dua perekrut") in coded
    assert not any(a == "aid" for _, a, _ in coded)


# 5. A High Commissioner summoned is an envoy summoned
def test_a_high_commissioner_summoned_is_an_envoy_summoned() -> None:
    coded = _coded(
        "Pemerintah Pakistan memanggil Komisaris Tinggi Inggris di Islamabad, Senin "
        "(2/3/2026), untuk menyampaikan protes."
    )
    assert ("Pakistan", "demand", "United Kingdom") in coded
    assert ("Pakistan", "disapprove", "United Kingdom") in coded


# 6. A venue offered after an appeal to both sides is the offerer's own intent towards
# each; welcoming "tawaran itu" ties the welcomer to the offer's maker
def test_a_venue_offered_after_an_appeal_and_its_welcome() -> None:
    coded = _coded(
        "Rwanda mengerahkan pasukan ke wilayah yang berbatasan dengan Kongo, Senin "
        "(2/3/2026). Presiden Tanzania Samia Suluhu Hassan meminta kedua negara "
        "menarik pasukan dan menawarkan Arusha sebagai tempat dialog. Kigali menyambut "
        "tawaran itu."
    )
    assert ("Samia Suluhu Hassan", "intend", "Rwanda") in coded
    assert ("Samia Suluhu Hassan", "intend", "Congo") in coded
    assert ("Rwanda", "cooperate", "Samia Suluhu Hassan") in coded
    assert ("Rwanda", "cooperate", "Congo") not in coded


# 7. A protest at an office, its crowd demanding of a firm in the next sentence, is
# against the firm
def test_a_protest_is_against_whom_the_crowd_demands_of_next() -> None:
    coded = _coded(
        "Ratusan buruh PT Sinar Baja Utama berdemonstrasi di depan gedung Bupati Lamongan, "
        "Selasa (3/3/2026), memprotes pemecatan 120 rekan. Mereka menuntut PT Sinar Baja "
        "Utama melunasi upah tertunggak."
    )
    assert ("buruh PT Sinar Baja Utama", "disapprove", "PT Sinar Baja Utama") in coded
    assert not any(t == "Pemerintah Kabupaten Lamongan" for _, _, t in coded)


# 8. "…, namun menyatakan bersedia bermitra dengan tim X": the denier offers, to the
# body its team stands for
def test_an_offer_told_after_a_denial_has_the_deniers_subject() -> None:
    coded = _coded(
        "Kementerian Lingkungan Hidup menyegel kolam limbah PT Minahasa Nikel, Senin "
        "(2/3/2026). Manajemen PT Minahasa Nikel menyangkal limbah itu bocor dari tangki "
        "mereka, namun menyatakan bersedia bekerja sama dengan tim dari KLH."
    )
    assert ("PT Minahasa Nikel", "intend", "Kementerian Lingkungan Hidup") in coded


# 9. "menyangkal terlibat" denies a charge; a judgement of an act named anew after it
# censures that act's agent
def test_a_denied_involvement_and_a_judged_act_after_it() -> None:
    coded = _coded(
        "Latvia kembali menutup tiga pos perbatasan dengan Rusia, Senin (2/3/2026). "
        "Perdana Menteri Latvia menuding Moskow sengaja mengirim drone pengintai. Moskow "
        "menyangkal terlibat dan menilai penutupan pos lintas batas sebagai provokasi."
    )
    assert ("Russia", "reject", "Latvia") in coded
    assert ("Russia", "disapprove", "Latvia") in coded


# 10. An order whose object is named after a description of it
def test_an_order_to_a_side_named_after_its_description() -> None:
    coded = _coded(
        "Komite Banding PSSI memerintahkan klub Liga 2 asal Kabupaten Sleman, Mataram Jaya "
        "FC, melunasi tunggakan gaji tiga pemainnya, Senin (2/3/2026)."
    )
    assert ("Komite Banding PSSI", "demand", "Mataram Jaya FC") in coded


# 11. A strike by workers placed "di <kecamatan>, <kabupaten>," is theirs, against
# their employer
def test_a_strike_with_the_strikers_place_set_off() -> None:
    coded = _coded(
        "Sekitar 400 buruh PT Sawit Makmur Abadi di Kecamatan Mentaya Hulu, Kabupaten "
        "Kotawaringin Timur, mogok kerja sejak Senin (2/3/2026)."
    )
    assert ("buruh PT Sawit Makmur Abadi", "disapprove", "PT Sawit Makmur Abadi") in coded


# 12. A crowd's blockade is a protest, not a sanction
def test_a_crowds_blockade_is_a_protest() -> None:
    coded = _coded(
        "Ratusan warga Kecamatan Sungai Kunjang memblokade jalan masuk gudang PT Borneo "
        "Logistik Raya (BLR), Senin (2/3/2026)."
    )
    assert ("warga Kecamatan Sungai Kunjang", "disapprove", "PT Borneo Logistik Raya") in coded
    assert not any(a == "sanction" for _, a, _ in coded)
