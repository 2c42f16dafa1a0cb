"""Classes of relations fixed on the fourteenth blind set's wrong triples, wrong dates and
misses (grouped by cause with the eleventh to thirteenth), each tested on invented
sentences (never the blind sets' text)."""

from __future__ import annotations

from functools import partial

import pytest
from tests.nlp.relations.coded import coded_triples, dated_triples, relations

PUBLISHED = "2025-06-05"


_coded = partial(coded_triples, published=PUBLISHED)
_dated = partial(dated_triples, published=PUBLISHED)


# "kepada warga negara X, <nama>": the national named after the preposition is the target
NATIONALS = [
    (
        "Pengadilan Negeri Surabaya menjatuhkan vonis 10 tahun penjara kepada warga negara "
        "Belanda, Jan Peters (40), Selasa (3/6/2025).",
        ("Pengadilan Negeri Surabaya", "sanction", "Jan Peters", "2025-06-03"),
    ),
    (
        "Pengadilan Negeri Batam menjatuhkan hukuman tujuh tahun penjara kepada warga negara "
        "Singapura, Lim Boon Keng, Rabu (4/6/2025).",
        ("Pengadilan Negeri Batam", "sanction", "Lim Boon Keng", "2025-06-04"),
    ),
]


@pytest.mark.parametrize(("text", "coded"), NATIONALS)
def test_a_national_after_a_preposition_is_the_person(
    text: str, coded: tuple[str, str, str, str]
) -> None:
    assert coded in _dated(text)


# a passive with its agent named by what it is ("ditangkap petugas X") is another act,
# not the act just told told again: it takes neither that act's agent nor its date
OTHER_HAND = [
    "Pengadilan Negeri Denpasar menjatuhkan vonis seumur hidup kepada Tom Baker, Senin "
    "(2/6/2025). Baker ditangkap petugas Imigrasi Bandara Ngurah Rai pada Januari lalu.",
    "Pengadilan Negeri Medan menjatuhkan vonis 15 tahun penjara kepada Rudi Hartanto, "
    "Selasa (3/6/2025). Rudi ditangkap aparat Bea Cukai Kualanamu pada Maret lalu.",
]


@pytest.mark.parametrize("text", OTHER_HAND)
def test_a_passive_by_another_hand_is_not_told_again(text: str) -> None:
    court = next(r for r in relations(text, PUBLISHED) if r.action == "sanction")
    sanctions = [r for r in relations(text, PUBLISHED) if r.source == court.source]
    assert [r.date for r in sanctions] == [court.date]
    assert court.date is not None and court.date.startswith("2025-06")


def test_an_agentless_passive_is_still_told_again() -> None:
    text = (
        "Kejaksaan Agung menahan Bambang Sutrisno, Senin (2/6/2025). Bambang ditahan di "
        "Rutan Salemba."
    )
    assert ("Kejaksaan Agung", "sanction", "Bambang Sutrisno") in _coded(text)


# "meminta agar X dapat …": X is granted leave, the one asked is another (unnamed)
LEAVE = [
    "Duta Besar Belanda, Marc Gerritsen, meminta agar Jan Peters dapat dipulangkan ke Belanda.",
    "Pemerintah Malaysia meminta agar Lim Boon Keng bisa menjalani hukuman di Kuala Lumpur.",
    "Konsul Jenderal Inggris meminta supaya Tom Baker boleh dijenguk keluarganya.",
]


@pytest.mark.parametrize("text", LEAVE)
def test_one_granted_leave_is_not_the_one_asked(text: str) -> None:
    assert not [r for r in relations(text, PUBLISHED) if r.action in ("appeal", "demand")]


def test_one_asked_after_agar_is_still_the_target() -> None:
    text = "Perdana Menteri Jepang meminta agar Korea Utara segera membebaskan warga Jepang."
    assert ("Japan", "appeal", "North Korea") in _coded(text)


# "X menyampaikan kecaman Paris atas serangan …": the censure is France's, against the
# attacker; the envoy conveying it is not its target's opponent nor is Paris the target
VOICED = [
    (
        "Israel menyerang Suriah, Senin (2/6/2025). Dalam pertemuan itu, Hakan Fidan "
        "menyampaikan kecaman Ankara atas serangan tersebut.",
        ("Turkey", "disapprove", "Israel"),
    ),
    (
        "Rusia menyerang Kyiv, Senin (2/6/2025). Duta Besar Antonio Costa menyampaikan "
        "protes Uni Eropa atas serangan itu.",
        ("European Union", "disapprove", "Russia"),
    ),
    (
        "Menteri Luar Negeri Prancis Jean-Noel Barrot bertemu Presiden Lebanon, Senin "
        "(2/6/2025). Dalam pertemuan itu, Barrot menyampaikan kecaman Paris atas serangan "
        "Israel.",
        ("France", "disapprove", "Israel"),
    ),
    (
        "Duta Besar Jerman menyampaikan dukungan Berlin kepada Ukraina.",
        ("Germany", "cooperate", "Ukraine"),
    ),
]


@pytest.mark.parametrize(("text", "coded"), VOICED)
def test_an_act_conveyed_for_another_is_that_others(text: str, coded: tuple[str, str, str]) -> None:
    got = _coded(text)
    assert coded in got
    assert not [t for t in got if t[2] == coded[0]]  # never aimed at the one it is for


# "menawarkan diri memfasilitasi perundingan antara A dan B": an offer to each side,
# not talks held
OFFERED = [
    ("Qatar menawarkan diri memfasilitasi perundingan antara Israel dan Iran.", "Qatar",
     ("Israel", "Iran")),
    ("Norwegia menawarkan diri untuk menengahi perundingan antara Sudan dan Sudan Selatan.",
     "Norway", ("Sudan", "South Sudan")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "host", "sides"), OFFERED)
def test_offered_facilitation_is_an_intent_toward_each_side(
    text: str, host: str, sides: tuple[str, str]
) -> None:
    got = _coded(text)
    assert {(host, "intend", s) for s in sides} <= got
    assert not [t for t in got if t[1] == "consult"]


def test_facilitation_done_is_still_a_meeting() -> None:
    text = "Turki memfasilitasi perundingan antara Rusia dan Ukraina di Istanbul."
    assert ("Turkey", "consult", "Russia") in _coded(text)


# "menuduh X menyerang … dan meminta X menarik …": the request is the accuser's; an
# adverb such as "justru" between subject and verb keeps the subject
ACCUSER_ASKS = [
    (
        "Juru bicara Kementerian Luar Negeri Rusia, Maria Zakharova, Selasa, justru menuduh "
        "Ukraina menyerang wilayah Rusia dan meminta Ukraina menarik pasukannya dari Kursk.",
        ("Maria Zakharova", "Ukraine"),
    ),
    (
        "Beijing menuduh Manila memprovokasi dan mendesak Filipina menarik kapalnya dari "
        "Scarborough.",
        ("China", "Philippines"),
    ),
]


@pytest.mark.parametrize(("text", "sides"), ACCUSER_ASKS)
def test_a_request_after_an_accusation_is_the_accusers(text: str, sides: tuple[str, str]) -> None:
    got = _coded(text)
    assert (sides[0], "disapprove", sides[1]) in got
    assert (sides[0], "demand", sides[1]) in got


def test_the_accused_second_act_stays_the_accused() -> None:
    got = _coded("Rusia menuduh Ukraina menyerang Kursk dan membunuh warga sipil.")
    assert got == {("Russia", "disapprove", "Ukraine")}


# a request that the one asked withdraw its forces, vessels or envoys is a demand
WITHDRAWAL = [
    ("Presiden Lebanon meminta Israel segera menarik pasukannya dari wilayah selatan.",
     ("Lebanon", "demand", "Israel")),
    ("Sekjen PBB mendesak Rusia menarik tentaranya dari Ukraina.",
     ("United Nations", "demand", "Russia")),
    ("Sekjen PBB mendesak Rusia mundur dari Ukraina.", ("United Nations", "appeal", "Russia")),
    ("Presiden Joko Widodo meminta Israel menghentikan serangan ke Gaza.",
     ("Joko Widodo", "appeal", "Israel")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "coded"), WITHDRAWAL)
def test_a_request_to_withdraw_is_a_demand(text: str, coded: tuple[str, str, str]) -> None:
    assert coded in _coded(text)


# "Bupati X yang dihubungi terpisah …. Ia …": the pronoun is the unnamed holder of the
# office, not a person named before
UNNAMED_OFFICE = [
    "Ketua DPRD Sleman, Haris Munandar, menerima perwakilan buruh. Bupati Sleman yang "
    "dihubungi terpisah menolak tuntutan itu. Ia justru meminta Kementerian Ketenagakerjaan "
    "menambah anggaran.",
    "Wakil Ketua DPR, Budi Santoso, bertemu Menteri Pertanian. Gubernur Jawa Timur menyatakan "
    "tidak sepakat. Ia meminta Kementerian Pertanian menambah kuota pupuk.",
]


@pytest.mark.parametrize("text", UNNAMED_OFFICE)
def test_a_pronoun_after_an_unnamed_office_holder_is_not_the_person_before(text: str) -> None:
    assert not [r for r in relations(text, PUBLISHED) if r.action == "appeal"]


# "menegaskan tidak akan mendukung X": a refusal declared is a rejection; a tie denied as
# a fact or aid refused stays a negated act
REFUSED = [
    ("Partai Demokrat menegaskan tidak akan mendukung Anies Baswedan dalam pemilihan "
     "gubernur.", ("Partai Demokrat", "reject", "Anies Baswedan")),
    ("Partai NasDem memastikan takkan mendukung Ridwan Kamil.",
     ("Partai NasDem", "reject", "Ridwan Kamil")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "coded"), REFUSED)
def test_support_refused_for_the_future_is_a_rejection(
    text: str, coded: tuple[str, str, str]
) -> None:
    got = _coded(text)
    assert coded in got
    assert not [t for t in got if t[1] == "cooperate"]


def test_support_pledged_stays_cooperation() -> None:
    got = _coded("Partai Golkar akan mendukung Ridwan Kamil.")
    assert ("Partai Golkar", "cooperate", "Ridwan Kamil") in got


# "Sementara itu, X …" turns to another thread: dated by the report, not by the occasion
# told before it
MEANWHILE = [
    "Partai Gerindra menyerahkan surat dukungan kepada Bobby Nasution, Sabtu (31/5/2025). "
    "Sementara itu, Partai Demokrat menegaskan tidak akan mendukung Bobby Nasution.",
    "Israel menyerang Gaza, Senin (2/6/2025). Sementara itu, Mesir mengecam Israel.",
]


@pytest.mark.parametrize("text", MEANWHILE)
def test_meanwhile_is_dated_by_the_report(text: str) -> None:
    second = relations(text, PUBLISHED)[-1]
    assert second.date == PUBLISHED


# "X mengundang Y (ke Z) untuk membahas …": talks of Y with X are planned (consult,
# future) beside the invitation itself
INVITED = [
    ("Tuan rumah Fiji juga mengundang Korea Selatan untuk membahas kerja sama perikanan.",
     ("South Korea", "consult", "Fiji")),
    ("Presiden Prabowo mengundang Perdana Menteri Anthony Albanese ke Jakarta untuk "
     "berunding soal perdagangan.", ("Anthony Albanese", "consult", "Prabowo")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "coded"), INVITED)
def test_an_invitation_to_talks_plans_a_meeting(text: str, coded: tuple[str, str, str]) -> None:
    found = [r for r in relations(text, PUBLISHED) if (r.source, r.action, r.target) == coded]
    assert found and found[0].modality == "future"


def test_an_invitation_to_a_visit_plans_no_talks() -> None:
    text = "Presiden Prabowo mengundang Perdana Menteri Anthony Albanese ke Jakarta bulan depan."
    assert not [r for r in relations(text, PUBLISHED) if r.action == "consult"]


# a date inside the act an accusation alleges ("menuduh X menanam ranjau … pada Mei
# lalu") is that act's, not the accusation's; a date set off by commas still dates it
ACCUSED_DATES = [
    ("Pemerintah Thailand menuduh Kamboja menanam ranjau di perbatasan pada Mei lalu.",
     PUBLISHED),
    ("Pemerintah Thailand, Selasa (3/6/2025), menuduh Kamboja menanam ranjau di perbatasan.",
     "2025-06-03"),
    ("Pemerintah Thailand menuduh Kamboja, Selasa (3/6/2025), menanam ranjau di perbatasan.",
     "2025-06-03"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day"), ACCUSED_DATES)
def test_the_alleged_acts_date_is_not_the_accusations(text: str, day: str) -> None:
    assert ("Thailand", "disapprove", "Cambodia", day) in _dated(text)


# "Langkah itu diambil sepekan setelah X menyetujui penjualan senjata kepada Y": the
# approval is dated a week before the step told; approving an arms sale is aid (a number
# with a decimal comma does not cut the clause)
ARMS_SALES = [
    ("Kementerian Perdagangan China memasukkan tujuh perusahaan Amerika Serikat ke daftar "
     "hitam, Rabu (4/6/2025). Langkah itu diambil sepekan setelah Washington menyetujui "
     "penjualan senjata senilai 2 miliar dolar AS kepada Taiwan.",
     ("United States", "aid", "Taiwan", "2025-05-28")),
    ("Rusia memanggil Duta Besar Jerman, Senin (2/6/2025). Langkah itu diambil tiga hari "
     "setelah Berlin menyetujui penjualan tank Leopard kepada Ukraina.",
     ("Germany", "aid", "Ukraine", "2025-05-30")),
    ("Washington menyetujui penjualan rudal antitank senilai 1,1 miliar dolar AS kepada "
     "Taiwan, Senin (2/6/2025).", ("United States", "aid", "Taiwan", "2025-06-02")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "coded"), ARMS_SALES)
def test_an_arms_sale_approved_a_count_before_is_aid_that_day(
    text: str, coded: tuple[str, str, str, str]
) -> None:
    assert coded in _dated(text)


def test_a_sale_of_assets_is_no_aid() -> None:
    assert not _coded("Pemegang saham menyetujui penjualan aset kepada PT Sinar Mas.")


# aid "untuk korban … di X" / "bagi para pengungsi di X": aid to X's people
VICTIMS = [
    ("Jepang mengirimkan bantuan untuk korban banjir di Pakistan.", ("Japan", "aid", "Pakistan")),
    ("Malaysia menyalurkan bantuan bagi para pengungsi di Myanmar, Senin (2/6/2025).",
     ("Malaysia", "aid", "Myanmar")),
    ("Pemerintah Australia memberikan bantuan senilai 3,5 juta dolar untuk warga terdampak "
     "badai di Vanuatu.", ("Australia", "aid", "Vanuatu")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "coded"), VICTIMS)
def test_aid_for_victims_in_a_state_is_aid_to_it(text: str, coded: tuple[str, str, str]) -> None:
    assert coded in _coded(text)


# "X berharap Y (juga/dapat) membantu …": a request to Y, not help given by Y
HOPED = [
    ("Presiden Vanuatu berterima kasih kepada Jakarta dan berharap Indonesia juga membantu "
     "membangun kembali sekolah.", ("Vanuatu", "Indonesia")),
    ("Perdana Menteri Tonga berharap Australia dapat membantu pemulihan pascabencana.",
     ("Tonga", "Australia")),
    ("Menteri Luar Negeri Palestina mengharapkan Indonesia terus mendukung perjuangan rakyat "
     "Palestina.", ("Palestine", "Indonesia")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sides"), HOPED)
def test_help_hoped_for_is_a_request(text: str, sides: tuple[str, str]) -> None:
    got = _coded(text)
    assert (sides[0], "appeal", sides[1]) in got
    assert not [t for t in got if t[0] == sides[1]]


def test_help_given_stays_aid() -> None:
    assert ("Indonesia", "aid", "Tonga") in _coded("Indonesia membantu Tonga membangun sekolah.")


# "mengadukan X (atau serangan X) ke Y": a complaint against X; Y is where it is taken,
# and the act complained of is not an act on Y
COMPLAINTS = [
    ("Pemerintah Lebanon mengadukan serangan Israel ke Dewan Keamanan PBB.",
     ("Lebanon", "disapprove", "Israel")),
    ("Israel menggempur Gaza, Senin (2/6/2025). Keesokan harinya, Palestina mengadukan "
     "serangan tersebut ke Dewan Keamanan PBB.", ("Palestine", "disapprove", "Israel")),
    ("Filipina mengadukan China ke Mahkamah Arbitrase Internasional.",
     ("Philippines", "disapprove", "China")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "coded"), COMPLAINTS)
def test_a_complaint_is_aimed_at_what_it_is_about(text: str, coded: tuple[str, str, str]) -> None:
    got = _coded(text)
    assert coded in got
    assert not [t for t in got if t[1] != "disapprove" and t[2].startswith(("Dewan", "Mahkamah"))]


# "Melalui sambungan telepon, A dan B sepakat …": the agreement was reached in a talk
PHONE = [
    "Melalui sambungan telepon pada Jumat, Menlu Korea Selatan Cho Hyun dan Menlu Jepang "
    "Toshimitsu Motegi sepakat memperkuat kerja sama.",
    "Dalam percakapan telepon, Presiden Prabowo dan Perdana Menteri Anthony Albanese sepakat "
    "mempererat kerja sama pertahanan.",
]


@pytest.mark.parametrize("text", PHONE)
def test_an_agreement_by_phone_is_a_talk(text: str) -> None:
    actions = {r.action for r in relations(text, PUBLISHED)}
    assert {"consult", "cooperate"} <= actions


def test_an_agreement_alone_tells_no_talk() -> None:
    text = "Menlu Korea Selatan Cho Hyun dan Menlu Jepang Toshimitsu Motegi sepakat memperkuat kerja sama."
    assert "consult" not in {r.action for r in relations(text, PUBLISHED)}


# a request two sentences after its maker's dated visit, with no act told between, is
# made on that visit; a denial after an accused act is still dated by the report
VISIT_REQUESTS = [
    ("Bupati Sleman, Kustini Sri, mendatangi Kementerian Dalam Negeri, Senin (2/6/2025), "
     "untuk membahas batas wilayah. Rombongan diterima Direktur Jenderal Bina Administrasi "
     "Kewilayahan, Safrizal ZA. Kustini meminta Kemendagri segera menerbitkan keputusan.",
     ("Kustini Sri", "appeal", "Kementerian Dalam Negeri", "2025-06-02")),
    ("Gubernur Bali Wayan Koster mendatangi Kementerian Perhubungan, Selasa (3/6/2025). "
     "Rombongan diterima Menteri Perhubungan Dudy Purwagandhi. Koster meminta kementerian "
     "itu menambah penerbangan ke Bali.",
     ("Wayan Koster", "appeal", "Kementerian Perhubungan", "2025-06-03")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "coded"), VISIT_REQUESTS)
def test_a_request_after_a_dated_visit_is_made_on_it(
    text: str, coded: tuple[str, str, str, str]
) -> None:
    assert coded in _dated(text)


def test_a_denial_two_sentences_after_an_accused_act_is_dated_by_the_report() -> None:
    text = (
        "Amerika Serikat menuding Iran memasok drone kepada Rusia, Selasa (3/6/2025). "
        "Menteri Luar Negeri AS menyebut drone itu dipakai di Ukraina. Iran membantah telah "
        "mengirim drone ke Moskwa."
    )
    denials = [r for r in relations(text, PUBLISHED) if r.polarity == "negative"]
    assert denials and {r.date for r in denials} == {PUBLISHED}


# "Surat keputusan dukungan diserahkan …, Sabtu (…)": the act's noun after the paper it
# is written on points back to the act told just before, which takes its date
def test_a_paper_of_the_act_handed_over_dates_it() -> None:
    text = (
        "Partai Gerindra dan Partai Golkar resmi mengusung pasangan Bobby Nasution-Surya dalam "
        "pemilihan gubernur. Surat keputusan dukungan diserahkan pengurus kedua partai kepada "
        "pasangan itu di Medan, Sabtu (31/5/2025)."
    )
    dates = {r.date for r in relations(text, PUBLISHED) if r.action == "cooperate"}
    assert dates == {"2025-05-31"}


# "agar X dapat melakukan …" asks X to act; "menarik kebijakan" is no withdrawal
def test_one_asked_to_be_able_to_act_is_the_target() -> None:
    text = (
        "Wakil Ketua DPR, Taufik Kurniawan, meminta agar Badan Pusat Statistik (BPS) dapat "
        "benar-benar melakukan validasi data."
    )
    assert ("Taufik Kurniawan", "appeal", "Badan Pusat Statistik") in _coded(text)


def test_withdrawing_a_policy_is_asked_not_demanded() -> None:
    text = "Sekjen PBB Antonio Guterres meminta pemerintah Myanmar untuk menarik kebijakan lamanya."
    assert ("Antonio Guterres", "appeal", "Myanmar") in _coded(text)
