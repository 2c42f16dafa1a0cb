"""Quote shapes missed or misattributed on the fifth blind set (issue 17), one invented
example per class: verbs of regret and invitation (menyesalkan, mengajak); a clause after a
weak verb (a longer subject, "ada", a predicate of assurance); an appeal whose object has a
relative clause; a verb-first cue and a colon before the quote ("Kata Kapolres:"); "Dikatakan
pula bahwa"; "pesan X"; quotes in single marks after a sentence; the speaker named after
the quote ("Begitu kata <role> X", "Demikian ditegaskan X", "Cerita itu berasal dari X");
an interview whose answers carry a first name; the subject behind a live report's time
stamp or an outlet written in lower case; a nickname clause; an office's name listing fields
without a comma before "dan"; a company suffix with a full stop; a body's acronym and its
place; two bodies speaking together; an unnamed source with where it works; a lower-case
noun for a person introduced with it ("saksi"); a body's statement voiced by a person named
next; an office read as a name before its holder; the agent of a passive as the subject.
"""

from __future__ import annotations

import pytest

from warta.nlp.quotes.extract import extract_quotes
from warta.nlp.quotes.interviews import interview_answers
from warta.nlp.quotes.spans import sentences
from warta.nlp.quotes.speakers import parse_after, parse_subject
from warta.records import Mention

_Said = list[tuple[str | None, str | None, str]]


def _said(text: str, mentions: list[Mention] | None = None) -> _Said:
    """(speaker, cue, first three words) of each quote of ``text``."""
    return [
        (q.speaker, q.cue, " ".join(q.text.split()[:3]))
        for q in extract_quotes(text, mentions or ())
    ]


def _person(text: str, name: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Mention(start, start + len(name), name, "PER", name)


@pytest.mark.parametrize(
    ("sentence", "cue", "start"),
    [
        (
            "Pelatih tim basket, Budi Santoso, menyesalkan keputusan juri yang mengurangi "
            "poin timnya.",
            "menyesalkan",
            "keputusan juri yang",
        ),
        (
            "Ketua majelis taklim, Siti Rahayu, mengajak warga menjaga kebersihan sungai "
            "menjelang musim hujan.",
            "mengajak",
            "warga menjaga kebersihan",
        ),
        (
            "Kepala Basarnas Budi Santoso menjawab keputusan penutupan jalur pendakian "
            "berada di tangan gubernur.",
            "menjawab",
            "keputusan penutupan jalur",
        ),
        (
            "Kepala gudang, Budi Santoso, mengakui ada sekitar 200 karung gula yang rusak.",
            "mengakui",
            "ada sekitar 200",
        ),
        (
            "Kapolres Budi Santoso memastikan seluruh prosedur penyidikan sesuai aturan.",
            "memastikan",
            "seluruh prosedur penyidikan",
        ),
        (
            "Juru bicara dinas, Siti Rahayu, mengimbau pengendara yang melintas di jalur "
            "selatan agar mengurangi kecepatan.",
            "mengimbau",
            "pengendara yang melintas",
        ),
    ],
)
def test_reporting_verbs(sentence: str, cue: str, start: str) -> None:
    said = _said(sentence)
    assert len(said) == 1, said
    assert said[0][1:] == (cue, start)


def test_noun_objects_stay_narration() -> None:
    # An invitation without what is asked, and a reply to a question, report nothing.
    assert _said("Budi Santoso mengajak istrinya ke pasar pagi itu.") == []
    assert _said("Budi Santoso menjawab pertanyaan wartawan usai mengikuti rapat.") == []
    assert _said("Budi Santoso menanggapi gosip tersebut melalui akun pribadinya.") == []
    # Nouns shaped like verbs ("media", "mereka") make no clause after the object.
    assert _said("Rina mengumumkan jadwal konser itu kepada media dan penggemarnya.") == []
    assert _said("Studio itu mengumumkan gim baru kreasi mereka, sebuah balap mobil.") == []
    # An invitation to one person is narration, an appeal to a public is reported.
    assert _said("Sutradara Budi Santoso mengajak Rina untuk menjadi pemeran tamu.") == []


def test_verb_first_cue_before_a_colon() -> None:
    text = (
        'Kapolsek Cilandak Kompol Joko Susilo memimpin operasi itu. Kata Kapolsek: "Pelaku '
        'sudah kami ikuti sejak pekan lalu."\n\nPedagang pasar, Sri Wahyuni, mengaku kaget. '
        'Ujarnya: "Harga naik terus setiap minggu."'
    )
    said = _said(text, [_person(text, "Joko Susilo"), _person(text, "Sri Wahyuni")])
    assert ("Joko Susilo", "Kata", "Pelaku sudah kami") in said
    assert ("Sri Wahyuni", "Ujarnya", "Harga naik terus") in said


def test_passive_without_agent_continues_the_last_speaker() -> None:
    text = (
        "Menurut Rina Lestari, panen raya di desanya dimulai pekan depan. "
        "Dikatakan pula bahwa gudang desa sudah disiapkan untuk menampung gabah."
    )
    said = _said(text, [_person(text, "Rina Lestari")])
    assert said[-1] == ("Rina Lestari", "Dikatakan", "gudang desa sudah")


def test_message_cue_and_single_marks_after_a_sentence() -> None:
    text = (
        'Ustaz Budi Santoso menutup pengajian. "Saring dulu sebelum berbagi kabar," pesannya.'
        "\n\nDokter gigi, Siti Rahayu, menerangkan sikat gigi harus dua kali sehari. ‘Banyak "
        "anak malas menyikat gigi. Padahal gigi susu "
        "juga perlu dirawat,’ tuturnya."
    )
    said = _said(text, [_person(text, "Budi Santoso"), _person(text, "Siti Rahayu")])
    assert ("Budi Santoso", "pesannya", "Saring dulu sebelum") in said
    assert ("Siti Rahayu", "tuturnya", "Banyak anak malas") in said


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            '"Lagu kami bukan tentang cinta." Begitu kata penyanyi Rina Maharani tentang '
            "album barunya.",
            "Rina Maharani",
            "kata",
        ),
        (
            'Deputi Bekraf, Rina Lestari, hadir. "Warga tidak perlu menimbun gas melon." '
            "Demikian ditegaskan Rina.",
            "Rina Lestari",
            "ditegaskan",
        ),
        (
            '"Solar susah dicari sejak Senin. Perahu kami tidak melaut." Cerita itu berasal dari '
            "Warsini (48), nelayan di Muara Angke.",
            "Warsini",
            "berasal dari",
        ),
    ],
)
def test_speaker_named_after_the_quote(text: str, speaker: str, cue: str) -> None:
    said = _said(text)
    assert said[0][:2] == (speaker, cue), said


def test_interview_answers_under_a_first_name() -> None:
    text = (
        '"Lagu kami bukan tentang cinta." Begitu kata penyanyi Rina Maharani. Warta '
        "berbincang dengan Rina di Jakarta.\n\nWarta: Banyak yang menyebut album ini sedih. "
        "Anda setuju?\n\nRina: Tidak juga. Pendengar bebas menafsirkan.\n\nWarta: Kabarnya "
        "rekaman sempat terhenti?\n\nRina: Betul, tiga bulan."
    )
    answers = interview_answers(text)
    assert [(a.label, text[a.start : a.end].split()[0]) for a in answers] == [
        ("Rina", "Tidak"),
        ("Rina", "Betul,"),
    ]
    # A one-word label the introduction never names is nobody's answer.
    assert interview_answers(text.replace("Rina Maharani", "dia")) == []


@pytest.mark.parametrize(
    ("head", "name", "role"),
    [
        # A live report's time stamp, an outlet in lower case after the place.
        (
            "10.05 WIB – Budi Santoso, Kepala Basarnas Palu, ",
            "Budi Santoso",
            "Kepala Basarnas Palu",
        ),
        (
            "Medan, warta.id - Ketua Umum Partai Maju, Budi Santoso ",
            "Budi Santoso",
            "Ketua Umum Partai Maju",
        ),
        # A dateline whose dash is glued to the subject, the outlet that carried it.
        ("Jakarta, Warta Kini--Menteri Sosial Budi Santoso ", "Budi Santoso", "Menteri Sosial"),
        (
            "Kepolisian Kota Sydney sebagaimana dikutip Reuters, Senin (5/12), ",
            "Kepolisian Kota Sydney",
            None,
        ),
        # A nickname clause after the name.
        (
            "Ketua Yayasan Nurul Huda, KH Ahmad Fauzi atau yang akrab disapa Kang Fauzi, ",
            "Ahmad Fauzi",
            "Ketua Yayasan Nurul Huda",
        ),
        # An office listing fields without a comma before "dan".
        (
            "Menteri Pertanian, Kehutanan dan Perikanan Jepang Kenji Sato ",
            "Kenji Sato",
            "Menteri Pertanian, Kehutanan dan Perikanan Jepang",
        ),
        # A body's acronym and the place it serves.
        (
            "Dinas Pemadam Kebakaran (Damkar) Kota Bogor ",
            "Damkar Kota Bogor",
            "Dinas Pemadam Kebakaran Kota Bogor",
        ),
        # Two bodies in a joint statement, with its channel and day.
        (
            "Kementerian Pariwisata dan Badan Ekonomi Kreatif (Bekraf) dalam keterangan "
            "bersama, Kamis (7/5/2026), ",
            "Kementerian Pariwisata dan Badan Ekonomi Kreatif",
            None,
        ),
        # An unnamed source, with where it works, before its relative clause.
        (
            "Seorang pejabat di kantor gubernur yang tak mau disebut namanya ",
            "Seorang pejabat di kantor gubernur",
            None,
        ),
    ],
)
def test_subjects(head: str, name: str, role: str | None) -> None:
    who = parse_subject(head)
    assert who is not None
    assert (who.name, who.role) == (name, role)


def test_single_body_with_dan_in_its_name_keeps_its_acronym() -> None:
    who = parse_subject("Badan Pengkajian dan Penerapan Teknologi (BPPT) ")
    assert who is not None and who.name == "BPPT"


def test_bare_unnamed_source_stays_unattributed() -> None:
    assert _said('"Rapat digelar tertutup," kata seorang sumber.')[0][0] is None


def test_unnamed_source_pointed_back_to() -> None:
    text = (
        "Seorang pejabat di kantor gubernur yang tak mau disebut namanya mengatakan "
        'dua kepala dinas akan diganti bulan depan. "Namanya sudah dikantongi gubernur," '
        "ujar sumber itu."
    )
    speakers = {s for s, _, _ in _said(text)}
    assert speakers == {"Seorang pejabat di kantor gubernur"}


def test_company_suffix_with_a_full_stop_does_not_end_the_sentence() -> None:
    para = "Direksi PT Sinar Abadi Tbk. (SNAB) menyatakan menolak tawaran itu. Budi pergi."
    assert [para[s:e].split()[0] for s, e in sentences(para, [])] == ["Direksi", "Budi"]
    assert _said(para)[0][:2] == ("SNAB", "menyatakan")


@pytest.mark.parametrize(
    ("rest", "name", "role"),
    [
        # What the speaker did meanwhile is no part of the name.
        (" Rina membacakan pernyataan tersebut.", "Rina", None),
        # An office whose last word was read as a name, then its holder.
        (
            " Ketua Majelis Hakim Tipikor, Budi Santoso, membacakan vonis.",
            "Budi Santoso",
            "Ketua Majelis Hakim Tipikor",
        ),
    ],
)
def test_speaker_after_the_cue(rest: str, name: str, role: str | None) -> None:
    who, _ = parse_after(rest)
    assert who is not None
    assert (who.name, who.role) == (name, role)


def test_noun_alone_points_to_the_person_introduced_with_it() -> None:
    text = (
        'Jaksa menghadirkan saksi Joko Susanto, sopir terdakwa. "Saya tidak tahu isi tas '
        'itu," kata saksi.'
    )
    assert _said(text, [_person(text, "Joko Susanto")])[0][0] == "Joko Susanto"


def test_body_statement_voiced_by_the_person_named_next() -> None:
    text = (
        "Badan Ekonomi Kreatif (Bekraf) memastikan festival film tetap digelar bulan depan. "
        "Hal tersebut diungkapkan oleh Deputi Bidang Pemasaran Bekraf, Rina Lestari, "
        "dalam jumpa pers."
    )
    assert _said(text, [_person(text, "Rina Lestari")])[0][:2] == ("Rina Lestari", "memastikan")


def test_passive_agent_is_the_subject_over_the_possessor() -> None:
    text = (
        'Ketua paguyuban, Budi Santoso, menolak relokasi. "Lokasi baru sepi," kata Budi.\n\n'
        "Pernyataan Budi dibantah Kepala Dinas Pertanian, Rina Lestari. Menurutnya, "
        "pupuk bersubsidi sudah dibagikan sejak Maret."
    )
    mentions = [
        _person(text, "Budi Santoso"),
        _person(text, "Budi", 1),
        _person(text, "Budi", 2),
        _person(text, "Rina Lestari"),
    ]
    said = _said(text, sorted(mentions, key=lambda m: m.start))
    assert said[-1] == ("Rina Lestari", "Menurutnya", "pupuk bersubsidi sudah")


def test_title_and_body_before_a_tagged_person() -> None:
    text = "Direktur Utama Perum Damri Budi Santoso mengatakan armada baru tiba pekan depan."
    assert _said(text, [_person(text, "Budi Santoso")])[0][0] == "Budi Santoso"
