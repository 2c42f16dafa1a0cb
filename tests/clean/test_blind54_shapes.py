"""Shapes seen on the fifty-fourth blind page set, each an invented page written here in
that shape (not a labelled page): a newsletter e-mail saved as text from a mail client
(its header fields, no MIME part declaring a charset, a link to the issue's web copy
dated with the issue's day, the masthead and the issue's date line, a greeting that
introduces the picks, one chosen story with its own headline and date line, its link to
the site, then teasers of other stories each closed by its link, and the mailing's
footer); and a portal page whose ``<title>`` and social title reword the one ``<h1>`` the
reader sees printed over the story."""

from __future__ import annotations

from tests.clean.pages import clean_page, set_aside

from warta.clean import clean_document
from warta.clean.mail_message import read_mail_message
from warta.records import Article, Provenance, RawDoc

_HEADLINE = (
    "Puluhan Perahu Nelayan di Teluk Sirih Rusak Diterjang Angin Kencang, Warga Minta Bantuan"
)
_SUBJECT = "[Kabar Senja] Puluhan Perahu Nelayan Teluk Sirih Rusak Diterjang Angin"
_LEAD = (
    "Sedikitnya 37 perahu nelayan di Kampung Teluk Sirih rusak setelah angin kencang "
    "melanda pesisir itu, Kamis (8/10/2026) malam."
)
_MIDDLE = (
    "Ketua kelompok nelayan setempat, Darmawan Lubis, mengatakan sebagian perahu terlepas "
    "dari tambatan dan saling bertabrakan di dermaga kayu."
)
_QUOTE = (
    '"Kami belum bisa melaut sampai perahu diperbaiki. Mesin beberapa perahu terendam air '
    'laut," kata Darmawan, Jumat (9/10/2026).'
)
_LAST = "Dinas perikanan berencana mendata kerusakan perahu pekan depan untuk menyalurkan bantuan."
_TEASER_HEAD = "Harga Gabah di Lembah Hijau Turun Jelang Panen Raya"
_TEASER_DEK = "Petani menjual gabah kering panen seharga Rp5.900 per kilogram."
_OTHER_HEAD = "Festival Layang-Layang Pantai Biru Digelar Akhir Pekan"
_OTHER_DEK = "Panitia menyiapkan lomba untuk pelajar dan kelompok warga."
_GREETING = "Selamat sore, Sobat Pesisir. Berikut rangkuman berita terpilih hari ini untuk Anda."


def _newsletter() -> str:
    return "\n".join(
        [
            f"Subject: \t{_SUBJECT}",
            "From: \tKabar Pesisir <senja@kabarpesisir.example>",
            "Reply-To: \tmeja@kabarpesisir.example",
            "Date: \t09/10/2026, 17.00",
            "To: \tAgus Salim <agus@surelku.example>",
            "",
            "Lihat versi web <https://kabarpesisir.example/kabar-senja/2026-10-09?utm_medium=email>",
            "",
            "KABAR PESISIR",
            "Kabar Senja  ·  Jumat, 9 Oktober 2026",
            "",
            _GREETING,
            "",
            "PILIHAN REDAKSI",
            "",
            _HEADLINE,
            "Kamis, 8 Oktober 2026 | 21.40 WIB",
            "Penulis: Yusuf Siregar",
            "",
            f"TELUK SIRIH – {_LEAD} Angin juga merobohkan dua warung di tepi pantai.",
            "",
            _MIDDLE,
            "",
            _QUOTE,
            "",
            _LAST,
            "",
            "Baca di situs Kabar Pesisir <https://kabarpesisir.example/2026/10/08/perahu-rusak/"
            "?utm_medium=email>",
            "",
            "KABAR LAINNYA",
            "",
            _TEASER_HEAD,
            _TEASER_DEK,
            "Selengkapnya <https://kabarpesisir.example/2026/10/09/harga-gabah/?utm_medium=email>",
            "",
            _OTHER_HEAD,
            _OTHER_DEK,
            "Selengkapnya <https://kabarpesisir.example/2026/10/07/layang-layang/?utm_medium=email>",
            "",
            "Teruskan buletin ini kepada teman dan keluarga Anda.",
            "Kamu menerima email ini karena mendaftar di Kabar Senja.",
            "Berhenti berlangganan <https://kabarpesisir.example/berhenti?u=1a2b>",
            "© 2026 Kabar Pesisir. Hak cipta dilindungi.",
            "",
        ]
    )


def test_a_mail_clients_text_dump_keeps_its_letters_past_ascii() -> None:
    # no MIME part declares a charset: the dashes, the dot and the sign are the file's
    mail = read_mail_message(_newsletter())
    assert mail is not None
    assert "TELUK SIRIH – Sedikitnya" in mail.body
    assert "Kabar Senja  ·  Jumat" in mail.body
    assert "© 2026 Kabar Pesisir" in mail.body
    assert "\\u" not in mail.body and "\ufffd" not in mail.body


def test_a_newsletter_mail_is_read_as_its_chosen_story() -> None:
    art = clean_page(_newsletter())
    assert art.title == _HEADLINE
    assert art.text.startswith(_LEAD)
    assert art.text.endswith(_LAST)
    for other in (_TEASER_HEAD, _TEASER_DEK, _OTHER_HEAD, _OTHER_DEK):
        assert other not in art.text
    removed = set_aside(art)
    assert removed[_TEASER_DEK] == "related" and removed[_OTHER_HEAD] == "related"
    assert removed[_GREETING] == "greeting"
    assert "Teruskan buletin" not in art.text and "Baca di situs" not in art.text
    assert "Lihat versi web" not in art.text and "Hak cipta" not in art.text


def test_a_newsletters_story_is_dated_by_its_own_date_line_not_the_issues() -> None:
    # the issue's day is in its web copy's address, its date line and the Date field
    art = clean_page(_newsletter())
    assert art.published is not None and art.published.iso == "2026-10-08"


def test_the_issues_web_copy_link_is_the_mailings_furniture() -> None:
    removed = set_aside(clean_page(_newsletter()))
    web_copy = next(t for t in removed if t.startswith("Lihat versi web"))
    assert removed[web_copy] == "mail-header"
    assert removed["Teruskan buletin ini kepada teman dan keluarga Anda."] == "mail-header"


def test_teasers_need_their_links_to_leave_the_body() -> None:
    # a box label over a headline and a sentence with no link closing them: the box's
    # own rule decides, the linked-teaser rule takes no sentence of prose
    page = "\n\n".join(
        [
            _HEADLINE,
            f"TELUK SIRIH – {_LEAD}",
            _MIDDLE,
            "Berita Terkait",
            f"{_TEASER_HEAD}\n{_LAST}",
        ]
    )
    art = clean_page(page)
    assert _LAST in art.text


def test_a_greeting_alone_or_in_a_quote_stays_what_it_was() -> None:
    page = "\n\n".join(
        [
            _HEADLINE,
            f"TELUK SIRIH – {_LEAD}",
            '"Selamat pagi, warga. Berikut ini jadwal perbaikan dermaga," ujar kepala desa '
            "membuka pertemuan di balai desa.",
            _LAST,
        ]
    )
    art = clean_page(page)
    assert "ujar kepala desa membuka pertemuan" in art.text


_H1 = "Jembatan Gantung Desa Wanasari Putus, Warga Seberangi Sungai dengan Rakit Bambu"
_SEO = "Jembatan Desa Wanasari Putus, Warga Naik Rakit"


def _portal(h1: str) -> str:
    body = (
        "<p><strong>Wanasari</strong> – Jembatan gantung yang menghubungkan dua dusun di "
        "Desa Wanasari putus setelah tiang penyangganya tergerus arus, Rabu (14/10/2026).</p>"
        "<p>Sejak itu warga menyeberangi sungai dengan rakit bambu yang ditarik tambang, "
        "termasuk anak-anak yang berangkat ke sekolah setiap pagi.</p>"
        "<p>Kepala desa mengatakan pihaknya sudah mengajukan perbaikan ke pemerintah "
        "kabupaten dan menunggu tim teknis datang memeriksa.</p>"
    )
    return (
        f"<html><head><title>{_SEO} - Warta Lembah</title>"
        f'<meta property="og:title" content="{_SEO}">'
        "</head><body><nav><a href='/'>Home</a> <a href='/daerah'>Daerah</a></nav>"
        "<article><div class='author'>Oleh: Teguh Prasetyo</div>"
        f"<h1 class='entry-title'>{h1}</h1>"
        "<time datetime='2026-10-14T10:00:00+07:00'>14 Oktober 2026</time>"
        f"<div class='content'>{body}</div></article>"
        "<footer><p>© 2026 Warta Lembah</p></footer></body></html>"
    )


def _clean_html(page: str) -> Article:
    return clean_document(RawDoc(Provenance("t.html"), page, "html"))


def test_the_headline_printed_over_the_story_beats_the_title_that_rewords_it() -> None:
    art = _clean_html(_portal(_H1))
    assert art.title == _H1


def test_an_h1_of_another_story_leaves_the_pages_title() -> None:
    art = _clean_html(_portal("Pasar Murah Digelar di Alun-Alun Kota Selama Tiga Hari"))
    assert art.title == _SEO
