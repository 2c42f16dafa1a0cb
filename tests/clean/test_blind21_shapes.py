"""Shapes seen on the twenty-first blind page set (issue 16), each an invented page written
here in that shape (not a labelled page): a blog's meta line over the headline giving the
date, the author and the comment link ("Oktober 9, 2025 • Admin • Tinggalkan komentar");
a print view's deck and author name between the headline and the picture; a read-later
app's Markdown export (metadata, summary and highlights over the full document); a phone
copy stitched from screenshots (status and address bars on each screen, the lines at
each overlap repeated)."""

from __future__ import annotations

import pytest
from tests.clean.pages import clean_page, set_aside

# --- a blog's meta line with its comment link over the headline ----------------------------

_POND_HEADLINE = "MAHASISWA TEKNIK LINGKUNGAN UJI COBA SARINGAN AIR DARI SABUT KELAPA"


def _campus_page(meta: str) -> str:
    return "\n".join(
        [
            "Suara Almamater",
            "Independen, Kritis, Berpihak pada Kebenaran",
            "Beranda   Warta   Kampus   Opini   Resensi   Kontak",
            "WARTA KAMPUS",
            meta,
            _POND_HEADLINE,
            "Ilustrasi: Mahasiswa menuang air sungai ke saringan percobaan. (Almamater/Rizki)",
            "Suaraalmamater.id – Tiga mahasiswa Teknik Lingkungan menguji saringan air berbahan "
            "sabut kelapa dan arang batok untuk warga bantaran sungai.",
            "Saringan itu diuji di laboratorium fakultas selama dua pekan, Selasa (10/11).",
            "Ketua tim, Yudha Pratama, mengatakan hasil uji kekeruhan air turun hingga separuh.",
            "“Bahannya murah dan bisa dibuat sendiri oleh warga,” ujarnya.",
            "Reporter: Rizki Amalia | Editor: Bayu S.",
            "Kategori: Warta Kampus   Tag: lingkungan, air bersih",
            "Tinggalkan Balasan",
            "Kirim Komentar",
            "© 2026 Suara Almamater. Ditenagai oleh WordPress.",
        ]
    )


@pytest.mark.parametrize(
    ("meta", "iso"),
    [
        ("November 12, 2026  •  Redaksi Almamater  •  Tinggalkan komentar", "2026-11-12"),
        ("12 November 2026 · Admin · 3 Komentar", "2026-11-12"),
        ("Oktober 30, 2026 | Rizki Amalia | Leave a comment", "2026-10-30"),
        ("Nov 2, 2026 — Tim Redaksi — Belum ada komentar", "2026-11-02"),
    ],
)
def test_a_meta_line_with_a_comment_link_dates_the_post(meta: str, iso: str) -> None:
    art = clean_page(_campus_page(meta))
    assert art.title == _POND_HEADLINE
    assert art.published is not None and art.published.iso == iso
    assert meta.split()[0] not in art.text.split("\n\n")[0]
    assert art.text.startswith("Tiga mahasiswa Teknik Lingkungan")


def test_a_sentence_about_comments_beside_a_date_stays_in_the_story() -> None:
    sentence = (
        "Hingga Kamis, 12 November 2026, unggahan itu sudah mendapat 300 komentar dari warga."
    )
    page = _campus_page("November 12, 2026 • Admin • 2 Komentar").replace(
        "“Bahannya murah", sentence + "\n“Bahannya murah"
    )
    art = clean_page(page)
    assert sentence in art.text


# --- a print view's deck and the author's bare name between the headline and the picture --

_FERRY_HEADLINE = "Pelabuhan Bastiong Tambah Dua Kapal Cepat Jelang Libur Natal"


def _print_page(deck: str, name: str, lead: str) -> str:
    return "\n".join(
        [
            "05/12/26 09.40                    " + _FERRY_HEADLINE + " | Kabarmaluku.id",
            "KabarMaluku.id",
            "Tajam dan Terpercaya",
            "Ternate",
            "Jumat, 04 Desember 2026 | 14:10 WIB",
            _FERRY_HEADLINE,
            deck,
            name,
            "Kapal cepat bersandar di Pelabuhan Bastiong, Ternate. [Kabarmaluku.id/" + name + "]",
            lead,
            "Tambahan kapal itu beroperasi mulai 20 Desember 2026 hingga 3 Januari 2027.",
            "Kepala KSOP Ternate, Yusran Abas, mengatakan pemeriksaan kelaiklautan sudah "
            'selesai. "Semua kapal tambahan layak berlayar," kata Yusran, Jumat (4/12/2026).',
            "Tahun lalu penumpang di lintasan itu mencapai 41 ribu orang pada masa liburan sekolah.",
            "Kontributor : " + name,
            "Editor : Irfan Latuconsina",
        ]
    )


@pytest.mark.parametrize(
    ("deck", "name", "lead"),
    [
        (
            "Penumpang diminta datang sejam sebelum keberangkatan untuk menghindari antrean.",
            "Sofyan Umasugi",
            "Kabarmaluku.id - Otoritas pelabuhan menambah dua kapal cepat di lintasan "
            "Ternate-Sofifi sepanjang masa angkutan Nataru.",
        ),
        (
            "Tiket dijual lewat aplikasi; loket di pelabuhan hanya melayani penumpang lansia.",
            "Nur Aini Rahayaan",
            "TERNATE, KabarMaluku - Otoritas pelabuhan menambah dua kapal cepat di lintasan "
            "Ternate-Sofifi sepanjang masa angkutan Nataru.",
        ),
        (
            "Operator memastikan tarif tidak naik. Jadwal malam juga dibuka.",
            "Rudi Tuasikal",
            "Ternate – Otoritas pelabuhan menambah dua kapal cepat di lintasan Ternate-Sofifi "
            "sepanjang masa angkutan Nataru.",
        ),
    ],
)
def test_a_deck_and_a_bare_name_over_the_picture_are_no_story(
    deck: str, name: str, lead: str
) -> None:
    art = clean_page(_print_page(deck, name, lead))
    assert art.title == _FERRY_HEADLINE
    assert art.text.startswith("Otoritas pelabuhan menambah dua kapal cepat")
    removed = set_aside(art)
    assert deck in removed
    assert name in removed


def test_a_lead_without_dateline_under_a_sentence_keeps_the_sentence() -> None:
    # No dateline under it: the sentence over the picture may be the story's lead.
    lead = (
        "Otoritas pelabuhan menambah dua kapal cepat di lintasan Ternate-Sofifi selama "
        "masa angkutan Nataru, dari enam menjadi delapan trip sehari."
    )
    first = (
        "Penumpang kapal cepat di Pelabuhan Bastiong diminta datang sejam sebelum "
        "keberangkatan karena pemeriksaan tiket dan barang bawaan diperketat."
    )
    art = clean_page(_print_page(first, "Sofyan Umasugi", lead))
    assert art.text.startswith(first)
