"""Shortened name titles written capital first ("Pdt.", "Mgr.", "Ust.", "Abd." ...) no
longer end a sentence (warta.nlp.sentences.NAME_TITLES), so the person named after one
stands inside the sentence. The quote layer reads that person: the title is no name,
the name after it is ("Tb."/"Abd." open the name and stay, as written, and so do the
Palembang nobility's "Kgs."/"Kms.", registered with the name), and an opening
adverbial phrase before a comma ("Menjelang Paskah,", "Usai rapat,", "Sementara itu,")
is never the speaker. Invented paragraphs, every title of the splitter's list.
"""

import pytest

from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.ner import find_mentions
from warta.nlp.quotes.extract import extract_quotes
from warta.nlp.quotes.name_titles import mentions_past_titles
from warta.nlp.sentences import NAME_TITLES
from warta.records import Mention


def _speakers(text: str) -> list[str | None]:
    mentions, _ = resolve_article(text, find_mentions(text))
    return [q.speaker for q in extract_quotes(text, mentions)]


TITLED_SPEAKERS = [
    # An opening adverbial, the office, then the titled holder (Pdt., Ust., Tgk.).
    (
        "Menjelang Paskah, Ketua Sinode Gereja Toraja, Pdt. Yunus Pasolang, mengajak umat "
        "merayakan Paskah dengan sederhana.\n\n"
        '"Kita berbagi dengan yang kesusahan," ujar pendeta asal Rantepao itu.',
        ["Yunus Pasolang", "Yunus Pasolang"],
    ),
    (
        "Usai rapat pleno, Ketua Majelis Ulama Kota Medan, Ust. Harun Lubis, meminta warga "
        'tidak terpancing isu.\n\n"Cek dulu kebenarannya," katanya.',
        ["Harun Lubis", "Harun Lubis"],
    ),
    (
        "Menjelang peringatan tsunami, Ketua Majelis Adat Aceh, Tgk. Muhammad Yusuf, mengajak "
        'warga berdoa bersama.\n\n"Jangan lupakan sejarah," katanya.',
        ["Muhammad Yusuf", "Muhammad Yusuf"],
    ),
    # "Sementara itu," (Mgr.); "Seusai sidang adat," (Dt. opening the name).
    (
        "Sementara itu, Uskup Keuskupan Ruteng, Mgr. Benediktus Jebarus, mengimbau umat "
        "menjaga kerukunan.",
        ["Benediktus Jebarus"],
    ),
    (
        "Seusai sidang adat, Penghulu Kaum Suku Piliang, Dt. Rajo Mangkuto, menegaskan bahwa "
        "tanah ulayat tidak dijual.",
        ["Rajo Mangkuto"],
    ),
    # A holder with an age after another speaker, then "-nya" (Kms., Ny., Kgs., Abd.).
    (
        "Camat Ilir Barat, Sutrisno Hadi, menyebut pasar sudah dibuka. "
        '"Silakan berdagang lagi," ujar Sutrisno.\n\n'
        "Pedagang tertua di pasar itu, Kms. Syarifuddin (70), menyambut baik. "
        '"Alhamdulillah, bisa jualan lagi," ucapnya.',
        ["Sutrisno Hadi", "Sutrisno Hadi", "Kms. Syarifuddin"],
    ),
    (
        "Ketua RT setempat, Bambang Wiyono, tampak sibuk. "
        '"Kami langsung lapor polisi," katanya.\n\n'
        "Pemilik rumah, Ny. Lestari Wulandari (61), masih syok. "
        '"Saya cuma bisa menangis," tuturnya.',
        ["Bambang Wiyono", "Lestari Wulandari"],
    ),
    (
        "Kepala Dinas Pertanian Kota Palembang, Rudi Hartono, mengatakan harga cabai turun. "
        '"Pasokan sudah normal," kata Rudi.\n\n'
        "Pemilik kebun cabai terluas, Kgs. Ahmad Fauzi (48), tampak tersenyum. "
        '"Panen kali ini lumayan," selorohnya.',
        ["Rudi Hartono", "Rudi Hartono", "Kgs. Ahmad Fauzi"],
    ),
    (
        "Lurah Pasar Baru, Dewi Lestari, menyebut banjir sudah surut. "
        '"Warga sudah pulang," katanya.\n\n'
        "Ketua RW 05, Abd. Rahman (55), tampak lelah. "
        '"Semalam kami tidak tidur," keluhnya.',
        ["Dewi Lestari", "Dewi Lestari", "Abd. Rahman"],
    ),
    # After a verb-first cue (Hb.); the title right before the office's holder (Rm., Rd.,
    # Dtk., Tb.).
    (
        '"Semua tamu kami layani sama," kata Hb. Salim Alhadar, pengasuh majelis taklim di '
        "Pekalongan.",
        ["Salim Alhadar"],
    ),
    (
        "Pastor Paroki Santa Maria, Rm. Yohanes Bere, mengatakan misa digelar tiga kali. "
        '"Umat tidak perlu berdesakan," ujarnya.',
        ["Yohanes Bere", "Yohanes Bere"],
    ),
    (
        "Dalam acara itu, Pengageng Keraton, Rd. Suryo Kusumo, menjelaskan bahwa kirab "
        "digelar tiap tahun.",
        ["Suryo Kusumo"],
    ),
    (
        "Ketua Dewan Adat, Dtk. Hamzah Lamo, mengatakan pesta adat ditunda. "
        '"Kita tunggu musim panen," katanya.',
        ["Hamzah Lamo", "Hamzah Lamo"],
    ),
    (
        "Kepala Desa Cikeusik, Tb. Hasan Basri, mengatakan jalan desa rusak berat. "
        '"Sudah tiga tahun begini," ujarnya.',
        ["Tb. Hasan Basri", "Tb. Hasan Basri"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), TITLED_SPEAKERS)
def test_person_named_after_a_shortened_title_speaks(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


def test_every_title_of_the_splitter_is_covered() -> None:
    covered = {t for text, _ in TITLED_SPEAKERS for t in NAME_TITLES if f"{t}. " in text}
    assert covered == NAME_TITLES


def test_custom_title_after_a_given_name_stays_in_it() -> None:
    text = (
        "Wali Nagari Sungai Batang, Arman Dt. Rangkayo, menyebut pengajian selalu ramai. "
        '"Anak rantau pun singgah," ujarnya.'
    )
    assert _speakers(text) == ["Arman Dt. Rangkayo", "Arman Dt. Rangkayo"]


def test_mentions_read_past_titles() -> None:
    text = "Hadir Pdt. Yunus Pasolang, Abd. Muin, dan Kms. Syarifuddin."
    mentions = [
        Mention(6, 9, "Pdt", "PER", "Pdt"),
        Mention(11, 25, "Yunus Pasolang", "PER", "Yunus Pasolang"),
        Mention(27, 30, "Abd", "PER", "Abd"),
        Mention(32, 36, "Muin", "PER", "Muin"),
        Mention(42, 58, "Kms. Syarifuddin", "PER", "Kms. Syarifuddin"),
    ]
    got = [(m.text, m.entity, text[m.start : m.end]) for m in mentions_past_titles(text, mentions)]
    assert got == [
        ("Yunus Pasolang", "Yunus Pasolang", "Yunus Pasolang"),
        ("Abd. Muin", "Abd. Muin", "Abd. Muin"),
        ("Kms. Syarifuddin", "Kms. Syarifuddin", "Kms. Syarifuddin"),
    ]


def test_palembang_nobility_title_stays_in_the_speakers_name() -> None:
    # Glued to the name by the tagger or not, after the office's comma.
    text = (
        "Ketua Komisi IV DPRD Palembang, Kms. Hendra Saputra, mendesak dinas menutup "
        'galian itu. "Warga sudah cukup lama menunggu," tegasnya.'
    )
    assert _speakers(text) == ["Kms. Hendra Saputra", "Kms. Hendra Saputra"]


def test_sementara_before_the_subject_itself_is_kept() -> None:
    text = (
        "Sementara Rudi, yang jarang dimainkan di klub lamanya, menjelaskan bahwa negosiasi "
        "sudah berjalan sebulan."
    )
    assert _speakers(text) == ["Rudi"]
