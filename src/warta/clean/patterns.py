"""Patterns and vocabularies the line classifier uses as features.

Nothing here names a particular site: the vocabularies are the generic words of web
page chrome (navigation, social buttons, section names) in Indonesian and English, and
the patterns describe the shapes of credits, captions, datelines and attributions as
Indonesian news sites write them.
"""

from __future__ import annotations

import re

from warta.lexicon.regex_gate import GatedSearch

#: Words of navigation, calls to action and section furniture. A short line made mostly
#: of these is chrome. Calibrated on hand-written pages in examples/ and tests/clean/;
#: words that also occur in headlines ("berita", "video") count half (see shapes.chrome_ratio).
CHROME_WORDS = frozenset(
    """
    menu beranda home halaman utama indeks index kanal topik tag tags login masuk daftar
    register logout cari search pencarian top close tutup kembali back next prev previous
    selanjutnya sebelumnya berikutnya pergi go skip navigasi navigation sitemap kontak
    contact redaksi pedoman karir iklan advertise advertisement privacy privasi kebijakan
    syarat ketentuan terms disclaimer bagikan share tweet facebook twitter whatsapp telegram
    instagram youtube tiktok ikuti follow subscribe berlangganan langganan notifikasi
    notification notifications join gabung download unduh aplikasi app klik click komentar
    comment comments salin copy link newsletter terkini terpopuler populer terbaru
    rekomendasi pilihan editor trending terkait lainnya selengkapnya channel scroll continue
    content konten sponsored advertorial loading more sign account akun posting balasan
    tinggalkan
    """.split()
)
#: Chrome words that also occur in real headlines: they count half.
WEAK_CHROME_WORDS = frozenset(
    """
    berita video foto galeri news live lebih banyak lihat semua all muat memuat nasional
    internasional ekonomi bisnis politik hukum olahraga sport bola tekno teknologi hiburan
    otomotif lifestyle gaya hidup kesehatan pendidikan daerah regional opini
    """.split()
)

#: Function words ignored when measuring how much of a line is chrome.
FUNCTION_WORDS = frozenset(
    """
    ke di dari untuk dan atau yang anda kami kita ini itu dengan pada the to of and a an for
    in on your our you with di- ya
    """.split()
)

#: Words a truncated sentence can end on but a headline or subheading never does.
DANGLING_WORDS = frozenset(
    """
    dengan dan yang di ke dari untuk pada atau bahwa karena oleh dalam serta tetapi namun
    akan sebagai adalah para sang si bagi tentang antara hingga sampai agar supaya the a an
    of to and with for in on by
    """.split()
)

TERMINAL = tuple(".!?…")
CLOSERS = "\"'”’)]»"

WORD_RE = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)

COPYRIGHT_RE = re.compile(
    r"^\s*(?:©|\(c\)|copyright\b|hak cipta\b)|\ball rights? reserved\b"
    # the site's name first: "Situs.co (c) 2025.", "Kabar Kita © 2024"
    r"|^\s*[\w.-]+(?:\s+[\w.-]+){0,3}\s+(?:©|\(c\))\s*\d{4}\b"
    # "Semua hak cipta dilindungi.", "Hak cipta dilindungi undang-undang"
    r"|\b(?:seluruh|semua)\s+hak\s+cipta\s+dilindungi\b|\bhak\s+cipta\s+dilindungi\s+undang"
    # a licence footer: "Isi tersedia dengan Lisensi Creative Commons ...", "Text is
    # available under the Creative Commons ...", "Konten dilisensikan di bawah CC BY-SA"
    r"|^\s*(?:teks|text|konten|content|isi(?:\s+\w+)?|tulisan\s+ini|artikel\s+ini)\s+"
    r"(?:(?:tersedia|dilisensikan|dirilis|is\s+available|is\s+licensed|available|licensed)\s+)+"
    r"(?:di\s+bawah|under|dengan)\s+(?:the\s+|a\s+)?(?:lisensi\s+|license\s+)?"
    r"(?:creative\s+commons|cc[\s-]by|gnu)\b",
    re.IGNORECASE,
)
COPYRIGHT_HOST_RE = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]?\s*)?(?:\d{4}\s+)?"
    r"(?P<host>[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|co\.id|id|net|org|co)\b)",
    re.IGNORECASE,
)
COOKIE_RE = re.compile(r"\b(?:cookies?|kuki)\b", re.IGNORECASE)
#: A cookie notice also speaks of the site and the reader's consent.
CONSENT_RE = re.compile(
    r"\b(?:situs|website|site|kebijakan|privasi|privacy|menyetujui|setuju|consent|accept|"
    r"layanan|browser|peramban|pengalaman)\b",
    re.IGNORECASE,
)
COOKIE_SEARCH = GatedSearch(COOKIE_RE)

#: "Sumber: Antara", "Source: Reuters", "Artikel ini telah tayang di Kompas.com".
ATTRIBUTION_RE = re.compile(
    r"^\s*(?:sumber(?!\s+(?:gambar|foto)\b)(?:\s+berita)?|source|disadur dari|dikutip dari|"
    r"(?:artikel|berita|tulisan|liputan|konten|laporan) ini (?:telah |sudah )?"
    r"(?:sebelumnya |pertama kali |lebih dulu )?"
    r"(?:tayang|terbit|dimuat|dipublikasikan|diterbitkan)(?: pertama kali| pertama| sebelumnya)?"
    r" (?:di|oleh)|"
    # "This story first appeared on situs.com with the headline ...": an English paper's
    # note on the copy it syndicates
    r"(?:this )?(?:article|story) (?:was |has been )?(?:first |originally )?"
    r"(?:published|posted|appeared) (?:in|on|by)|"
    r"baca artikel sumber|simak artikel aslinya di)\s*:?\s*(?P<source>[^\n]{2,80}?)"
    # A syndicating site names the title too: '... di Kompas.com dengan judul "..."'.
    r"(?:\s*,?\s+(?:dengan judul|with the (?:title|headline))\b.*)?"
    # "... di Situs Asal. Baca artikel sumber.": the link to the original closes the note.
    r"(?:\.\s+baca artikel (?:sumber|asli(?:nya)?)\b)?\s*\.?\s*$",
    re.IGNORECASE,
)
#: The title a syndicating site quotes in its attribution: '... dengan judul "..."', or
#: the link to the original closing it: '... Baca artikel sumber.' (a longer note).
TITLED_RE = re.compile(
    r"\bdengan judul\b|\bwith the (?:title|headline)\b|\bbaca artikel (?:sumber|asli)",
    re.IGNORECASE,
)

#: Wire agencies whose names appear in credits ("rd/hs (AFP, dpa)", "(Antara)").
WIRES = {
    "ap": "AP",
    "afp": "AFP",
    "reuters": "Reuters",
    "antara": "Antara",
    "xinhua": "Xinhua",
    "yonhap": "Yonhap",
    "bernama": "Bernama",
    "dpa": "dpa",
    "kyodo": "Kyodo",
    "anadolu": "Anadolu",
    "efe": "EFE",
    "ansa": "ANSA",
    "upi": "UPI",
    "tass": "TASS",
    "sputnik": "Sputnik",
    "ria novosti": "RIA Novosti",
    "kna": "KNA",
    "epd": "epd",
    "ant": "Antara",
}
#: "rd/hs (AFP, dpa)": author initials then wire names in brackets, alone on a line.
WIRE_LINE_RE = re.compile(
    r"^\s*(?P<initials>[a-z]{1,4}(?:/[a-z]{1,4})*)?\s*\((?P<wires>[A-Za-z ,/&.]+)\)\s*$"
)
#: Author initials alone on a line: "(ard)", "(vga/vga)", "(nat/ant)".
INITIALS_RE = re.compile(r"^\s*\((?P<initials>[a-z]{2,4}(?:/[a-z]{2,4})*)\)\s*$")
#: A paragraph ending in a bracketed wire credit: "... kata dia. (Antara)" / "(ant/afp)".
WIRE_TAIL_RE = re.compile(r"[(\[](?P<wires>[A-Za-z ,/&.]{2,40})[)\]]\s*$")
#: The bracketed group that ends a paragraph, a candidate reporter/editor credit.
# In round brackets, or square ones as some wire desks write it: "... pekan. [ab/uh]".
TAIL_GROUP_RE = re.compile(r"(?:\((?P<inner>[^()\n]{1,40})\)|\[(?P<sq>[^\[\]\n]{1,40})\])\s*$")
#: A closing credit without brackets after the last sentence: "... bersubsidi. rni/rdn"
#: (lower-case handles joined by slashes: one word alone could be the sentence's).
BARE_CREDIT_RE = re.compile(
    r"(?<=[.!?\"”’'])\s+(?P<inner>[a-z][a-z0-9]{1,5}(?:/[a-z0-9]{1,6}){1,3})\s*$"
)
#: An end mark closing a story: "... di parlemen. ■", "... anak-anak.*", "***".
#: Empty square brackets close some stories too: "... di wilayah kering. []".
END_MARK_RE = re.compile(r"\s*(?:[■□▪◼◾◆♦]|\*{1,3}|\[\s*\])\s*$")
#: A reporter's initials after an asterisk closing the last sentence: "... beralih fungsi.
#: *des", "... kata dia. *abc/def"; or, as regional papers sign, the outlet's name and its
#: reporter's joined by a hyphen ("... akhir pekan. *Kabarnusa-Dedi": ``signed``).
STAR_CREDIT_RE = re.compile(
    r"(?<=[.!?\"”’'])\s+\*(?:(?P<inner>[a-z]{2,5}(?:/[a-z]{2,5}){0,2})"
    r"|(?P<signed>[A-Z][A-Za-z]+-[A-Z][a-z]+))\s*$"
)
#: A public-relations desk signing a release, with its writer's initials after a slash:
#: "(HUMAS SETKAB/UN)", "(Humas Polda/ABC)", "(Biro Humas Kemenkes/rn)".
CREDIT_DESK_RE = re.compile(r"(?i:(?:biro\s+|tim\s+)?humas)(?:\s+[\w.-]+){0,3}")
CREDIT_INITIALS_RE = re.compile(r"[A-Za-z]{1,5}\d{0,2}")
#: The shapes of what a closing credit holds, alone or between slashes: an unnamed
#: reporter "*"; a lower-case handle of a few letters and digits ("js", "r5", "id23");
#: a capitalised one of two or three letters ("Ded"). Between slashes a part may also be
#: a lower-case site or desk name ("harian", "kotapost") or a person's name ("Suci
#: Wulandari"), as long as one part is lower case ("Suci Wulandari/kotapost"). Upper-case
#: groups ("DPR", "KLB"), numbers ("2/12"), amounts and longer words are sentence matter.
CREDIT_STAR_RE = re.compile(r"\*{1,3}")
#: A reporter's code, letters and a number by a hyphen, is a handle too ("S-39", "K-5").
#: Two capitals ("TN") or a letter code with a number ("B12") sign a story the same way.
CREDIT_HANDLE_RE = re.compile(
    r"[a-z][a-z0-9]{1,5}|[A-Z][a-z]{1,2}|[A-Z]{1,2}-\d{1,3}|[A-Z]{2}|[A-Z]{1,3}\d{1,3}"
)
CREDIT_SITE_RE = re.compile(r"[a-z][a-z0-9.-]{1,19}")
#: The outlet's own address closing its story: "... di posko kantor desa. (Situskita.com)".
CREDIT_DOMAIN_RE = re.compile(r"[A-Za-z][A-Za-z0-9-]{1,30}\.(?:com|co\.id|id|net|news|tv)")
CREDIT_NAME_RE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}")
#: Most parts a slashed credit has ("ton/r5", "rdk/ida/ant").
CREDIT_MAX_PARTS = 4

#: Photo and image credits.
CREDIT_WORDS = frozenset(
    """
    getty images afp reuters antara yonhap kcna epa xinhua shutterstock istock istockphoto
    dok dok. dokumentasi pixabay unsplash freepik bbc ap ist. ist istimewa sputnik tass
    """.split()
)
#: What follows a "FOTO:" label when it heads a gallery's headline, not a credit: five words
#: or more with a lower-case word among them and no source's slash ("FOTO: Warga Antre Air
#: Bersih di Tepi Waduk").
GALLERY_HEADLINE_RE = re.compile(
    r"^\s*(?:foto|photo)\s*:\s*(?-i:[A-Z])(?=[^/()]*$)(?=(?:\S+\s+){4,}\S)"
    r"(?=.*\s(?-i:[a-z])[a-z]*\s)",
    re.IGNORECASE,
)
CREDIT_RE = re.compile(
    r"^\s*(?:ⓒ|©)\s*\S|"  # "© Reuters", "ⓒ ANTARA FOTO"
    r"^\s*\(?(?:foto|photo|gambar|image|ilustrasi|sumber foto|kredit foto)\s*:|"
    r"^\s*\(?(?:antara foto|ap photo|reuters/|afp/|dok\.)",
    re.IGNORECASE,
)
#: A caption: ends with a bracketed photo credit "(Foto: Xinhua via Reuters)".
CAPTION_TAIL_RE = re.compile(
    r"\((?:foto|photo|gambar|image|ilustrasi|dok\.?|sumber)\s*:?[^)]{1,120}\)\s*\.?\s*$"
    r"|\((?:foto\s+)?ilustrasi\)\s*\.?\s*$"  # "... (ilustrasi)"
    r"|\((?:antara foto|ap photo|afp photo|reuters|epa|getty images)\s*/[^)]{1,60}\)\s*\.?\s*$"
    # "[Foto: Warga di tepi sungai. Kiri: Nama / Sumber]": a reader mode's picture, the whole
    # line in square brackets opened by the picture's word
    r"|^\s*\[(?:gambar|foto|photo|image|ilustrasi)\s*:[^\[\]]{3,400}\]\s*$",
    re.IGNORECASE,
)
#: A caption that says what it is: "Ilustrasi gempa. Foto/Dok. X", "Ilustrasi. Warga ...",
#: "Keterangan gambar, Warga ...", "Sumber gambar, Getty Images".
CAPTION_HEAD_RE = re.compile(
    r"^\s*(?:ilustrasi|(?:keterangan|sumber)\s+(?:gambar|foto))\b", re.IGNORECASE
)
# The label of a picture's credit after the caption's sentence: the picture's word alone
# ("Foto:", "Gambar:") or named as its source or credit ("Sumber foto:", "Kredit gambar:",
# "Photo credit:", "Image source:"), as a site's caption template prints it.
_PICTURE_CREDIT_LABEL = (
    r"(?:(?:Sumber|SUMBER|Kredit|KREDIT)\s+(?:[Ff]oto|FOTO|[Gg]ambar|GAMBAR)"
    r"|(?:Photo|PHOTO|Image|IMAGE)\s+(?:[Cc]redit|CREDIT|[Ss]ource|SOURCE)"
    r"|Foto|Photo|FOTO|Gambar)"
)
# The end of a caption's sentence before its credit label; a caption template may set the
# credit off with a bar or a bullet ("... di dermaga. | Foto: Nama/Situs").
_BEFORE_CREDIT_LABEL = r"[.!?]\s+(?:[|•·]\s*)?"
_LABELLED_CREDIT = _BEFORE_CREDIT_LABEL + _PICTURE_CREDIT_LABEL
#: A sentence followed by its picture credit, "Source/Photographer", ending the line:
#: "... di Pantai Sanur. Tribun Bali/Rizal Fanany", "... pameran. Tribunnews.com/Jeprima",
#: or a "Foto/Dok. X" credit anywhere in a short line.
CAPTION_SOURCE_RE = re.compile(
    # "... Sleman. - Harian Jogja/Lajeng Padmaratri": a dash may stand before the credit.
    # The source may hold a hyphen: "... Senin (6/10). F-Nama/Koran Kita", "SITUS-KITA.COM/NAMA".
    r"[.!?]\s+(?:[-–—]\s+)?[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,3}/[A-Z][\w .'-]{1,40}$"
    # "... di gerbang wisata. /Kabar Kota/Nama Fotografer": a network's credit opens with a
    # slash, the site and the photographer after it
    r"|[.!?]\s+/\s*[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,3}\s*/\s*[A-Z][\w .'-]{1,40}$"
    r"|\b(?:Foto|Photo|FOTO)\s*/\s*[A-Z]"
    # "... pada Rabu. Foto: Nama Fotografer/Situs.com": the credit after the sentence.
    r"|" + _LABELLED_CREDIT + r"\s*:\s*[A-Z][^.!?]{0,60}/[\w .'-]{1,40}$"
    # "... Pelabuhan Banda. FOTO: ISTIMEWA", "... di lokasi. Foto: Dok. Polres": a credit of
    # a few capitalised words after the sentence, ending the line.
    r"|" + _LABELLED_CREDIT + r"\s*:\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s*$"
    # "... di dermaga. Foto: Dok. Himpunan Nelayan Kota Baru": a body's own archive, named
    # in full (an institution's name runs longer than a photographer's)
    r"|" + _LABELLED_CREDIT + r"\s*:\s*(?:Dok\.|DOK\.|Dokumentasi)\s*"
    r"[A-Z][\w.'-]*(?:\s+(?:dan\s+|&\s+)?[A-Z][\w.'-]*){0,7}\s*$"
    # "... di dermaga, Kota Baru. Dok. Kabar Kita": the archive's credit alone after the
    # sentence, no picture's word before it ("Dok." is "dokumentasi": the picture's source)
    r"|[.!?]\s+(?:Dok\.|DOK\.|Dokumentasi)\s*[A-Z][\w.'-]*(?:\s+(?:dan\s+|&\s+)?[A-Z][\w.'-]*){0,7}\s*$"
    # "PANEN - Petani memetik kopi di Kintamani. –IST": the picture is the paper's guest's
    # ("istimewa") or its archive's, the credit a dash and the word after the sentence
    r"|[.!?]\s*[-–—]\s*(?:IST|Ist|ISTIMEWA|Istimewa|DOK|Dok)\.?\s*$"
    # "... (Lugas Wicaksono/Jawa Pos)", "(Darmono/Radar Malang)", "[Suara.com/Nama]":
    # a photographer's name and the source, in brackets, ending the line. Not a reporter's
    # sign-off to the desk ("Red", "Redaksi": the newsroom, never a picture's source):
    # "... warga setempat. (Nama/Red)" closes a story's paragraph.
    r"|[(\[][A-Z][\w.'-]*(?:\s[A-Z][\w.'-]+)*\s*/\s*(?!(?i:red(?:aksi)?)\s*[)\]])"
    r"[A-Z][\w .'-]+[)\]]\s*\.?\s*$"
    # "... korban speedboat. F. Dokumentasi Basarnas": "F." (foto) abbreviates the credit.
    r"|[.!?]\s+(?:F|Ft|Fot)\.\s*(?:/\s*)?[A-Z][^.!?]{2,80}$"
    # "... Senin (2/12). -Nama Fotografer-NAMA KORAN-": photographer and paper between dashes
    r"|[.!?]\s+-\s*[A-Z][\w.' ]{1,40}?\s*-\s*[A-Z][\w.' ]{1,40}?\s*-\s*$"
    # "... at the harbour. Image courtesy of Pelindo.", "... di pasar. Foto oleh Nama Fotografer.":
    # the picture's word and who gave or took it, after the sentence, ending the line
    r"|[.!?]\s+(?:Image|Photo|Picture|Foto|Gambar)s?\s+(?:courtesy(?:\s+of)?|by|oleh|milik|"
    r"courtesy\s+by)\s+(?:@?[A-Z][\w.'&-]*)(?:\s+(?:of\s+|dan\s+|&\s+)?[A-Z][\w.'&-]*){0,5}\.?\s*$"
)
#: A story's own speech tag ("kata Nama,", "ujarnya.", "tutur dia"): a caption describes a
#: picture, it does not report what someone said.
SPEECH_TAG_RE = re.compile(
    r"(?:,|\b)\s*(?:kata|ujar|tutur|jelas|ucap|imbuh|tambah)(?:nya\b|\s+(?:dia|ia|beliau|"
    r"(?-i:[A-Z])\w+))",
    re.IGNORECASE,
)
#: A credit in brackets closing the line: "(Situs.com/Nama)", "[Nama/Koran]".
BRACKET_CREDIT_END_RE = re.compile(r"[(\[][^()\[\]]{1,60}/[^()\[\]]{1,60}[)\]]\s*\.?\s*$")
#: A caption ending in an agency photo credit without brackets: "... ANTARA FOTO/Akbar Tado".
CAPTION_CREDIT_RE = re.compile(
    r"(?:ANTARA FOTO|AP Photo|AFP PHOTO|REUTERS|EPA|Getty Images|"
    # "KOMPAS.com/NAMA FOTOGRAFER"; a credit in capitals spells the address so too:
    # "KABAR-KITA.COM/NAMA FOTOGRAFER"
    r"[A-Za-z0-9-]+\.(?:com|co\.id|id|net|COM|CO\.ID|ID|NET))\s*/\s*"
    # "REUTERS/Nama Fotografer/File Foto": an archive picture says so after the name
    r"[A-Z][\w .'-]{1,40}(?:/(?:File|Arsip)(?: Foto| Photo)?)?$"
)
PAGINATION_RE = re.compile(
    r"^\s*(?:simak|baca|lihat)\s+(?:selengkapnya|berita selengkapnya|lanjutannya)\s+"
    r"(?:di|pada)\s+halaman\s+(?:berikutnya|selanjutnya|\d+)|"
    r"^\s*halaman\s+(?:berikutnya|selanjutnya)\b|"
    r"^\s*(?:halaman|page)\s+\d+\s*(?:dari|of)\s*\d+\s*$|"
    r"^\s*(?:next page|continue reading)\b",
    re.IGNORECASE,
)
#: A related-headlines box label alone on its line ("Artikel Terkait", "Baca Juga",
#: "Berita Lainnya", "Rekomendasi", "Simak berita lainnya:"); the headlines follow it.
RELATED_LABEL_RE = re.compile(
    r"^\s*[\[(]?\s*(?:"
    r"(?:baca|lihat|simak|tonton|saksikan)\s+(?:juga|pula|berita|artikel|video)(?:\s+\w+){0,2}"
    # "Artikel Menarik Lainnya", "Berita Pilihan Lainnya": one word may stand between
    r"|(?:berita|artikel|video|konten|kabar)(?:\s+\w+)?\s+(?:terkait|lainnya|lain|pilihan|rekomendasi)"
    # a web story's end page: "Web Story Lainnya", "Cerita Visual Lainnya", "More Web Stories"
    r"|(?:web\s*stor(?:y|ies)|cerita\s+visual|visual\s+stor(?:y|ies))\s+(?:lainnya|lain|terkait)"
    r"|more\s+(?:web\s+)?stories"
    r"|terkait|rekomendasi(?:\s+\w+){0,2}|related(?:\s+(?:news|articles?|posts?))?"
    # "Tautan artikel terkait:", "Link berita terkait" (a print view's list of links)
    r"|(?:tautan|link)(?:\s+(?:artikel|berita))?\s+terkait"
    r"|read\s+(?:also|more)|more\s+stories|paling\s+banyak\s+dibaca|most\s+read"
    # "Terpopuler", "Berita Terpopuler", "Radar Kota Terpopuler:" (a site name first)
    # ("Kondisi Terkini" may be a subheading: only "Berita Terkini/Terbaru" is a box)
    r"|(?:[\w.]+\s+){0,3}terpopuler|berita\s+(?:terkini|terbaru|populer)"
    # a newsletter's other picks: "Bacaan Pilihan Minggu Ini", "Bacaan menarik lainnya"
    r"|bacaan\s+(?:lain(?:nya)?|pilihan|menarik|lainnya)(?:\s+(?:pekan|minggu|bulan)\s+ini)?"
    r")\s*[:\])]?\s*$",
    re.IGNORECASE,
)
RELATED_RE = re.compile(
    r"^\s*[\[(]?\s*(?:baca|lihat|simak|tonton|saksikan)\s+(?:juga|pula)\b|"
    r"^\s*(?:artikel|berita)\s+terkait\b|^\s*related\b|^\s*read also\b|"
    r"^\s*(?:pilihan editor|berita lainnya|artikel lainnya|rekomendasi)\s*:\s*\S|"
    # A reader's links to the next story: "Next article > Judul", "Artikel sebelumnya: Judul"
    r"^\s*(?:next|previous|prev)\s+(?:article|post|story)\b\s*[:>»<«›‹]?\s*\S|"
    r"^\s*(?:artikel|berita|tulisan|postingan)\s+(?:selanjutnya|sebelumnya|berikutnya)\s*"
    r"[:>»<«›‹]\s*\S|"
    # "Baca: Judul Berita Lain" (no "juga"): a headline after it, not a sentence
    r"^\s*[\[(]?\s*(?:baca|lihat|simak)\s*:\s*\S.*(?<!\.)$|"
    # "Tonton: Judul Video Lain", "Video: Judul", "Saksikan: ...": a video's headline linked
    r"^\s*[\[(]?\s*(?:tonton|saksikan|video|watch)\s*:\s*(?-i:[A-Z\d\"“]).*(?<![.!])$",
    re.IGNORECASE,
)
#: The label of a box of topic names (a mirror's "Dalam artikel ini:", "Topik:", "Tags:"):
#: the names follow it one per line, a few words each.
TOPIC_BOX_RE = re.compile(
    r"^\s*(?:dalam\s+(?:artikel|berita)\s+ini|in\s+this\s+(?:article|story)|topik(?:\s+terkait)?"
    r"|tags?|label)\s*:\s*$",
    re.IGNORECASE,
)
#: A share bar: the prompt and the networks' buttons, often only their icons' letters
#: ("Bagikan:  f  X  WA", "Share  FB  TW  Salin tautan"); an icon kept as a symbol or an
#: emoji ("🔗", "✉") is one more button, and so is a letter drawn in a mathematical
#: font ("𝕏", "𝐟": any script's letter, one or two). Never a headline, however short.
SHARE_BAR_RE = re.compile(
    r"^\s*(?:bagikan|sebarkan|share)(?:\s+(?:artikel|berita|tulisan)(?:\s+ini)?)?\s*:?"
    r"(?:\s*(?:(?:[^\W\d_]{1,2}|line|e-?mail|surel|facebook|twitter|whatsapp|telegram|linkedin"
    r"|pinterest|threads|reddit|tumblr|mastodon|bluesky|salin(?:\s+(?:tautan|link))?"
    r"|copy(?:\s+link)?)\b|[^\w\s]))+\s*$",
    re.IGNORECASE,
)
#: A list's sort control over a comment thread or a feed: "Urutkan menurut: Terbaik",
#: "Urutkan: Terbaru", "Sort by: Best" (a few words, the order's name after the colon).
SORT_CONTROL_RE = re.compile(
    r"^\s*(?:urutkan(?:\s+(?:menurut|berdasarkan))?|sort(?:ed)?\s+by|sort)\s*:\s*"
    r"(?:\w+\s*){1,3}[▾▼⌄]?\s*$",
    re.IGNORECASE,
)
#: A share row that repeats the headline before the networks' buttons: "Bagikan: <headline>
#:  Facebook  WhatsApp  Telegram  X" (two buttons at least close it).
SHARE_ROW_RE = re.compile(
    r"^\s*(?:bagikan|share)\s*:.*?(?:\s+(?:facebook|whatsapp|telegram|twitter|x|line|linkedin"
    r"|e-?mail|salin\s+tautan|copy\s+link)){2,}\s*$",
    re.IGNORECASE,
)
#: A share prompt before whatever it shares: "Bagikan: <headline>" (its buttons drawn as
#: icons the text does not keep); lines.py keeps it only when ``rest`` is the headline.
SHARE_PROMPT_RE = re.compile(r"^\s*(?:bagikan|share|sebarkan)\s*:\s*(?P<rest>.+)$", re.IGNORECASE)
#: The headline a syndication note quotes: "... tayang di Situs.com dengan judul <headline>".
STATED_TITLE_RE = re.compile(
    r"\b(?:dengan judul|with the (?:title|headline))\s*:?\s*", re.IGNORECASE
)
#: A video page's count of views with the day it went up: "38.412 x ditonton  4 Des 2026",
#: "12 rb kali ditonton", "38,412 views  Dec 4, 2026" (hashtags may follow).
VIEWS_LINE_RE = re.compile(
    r"^\s*[\d.,]+\s*(?:rb|ribu|jt|juta|k|m)?\s*(?:x\s+|kali\s+)?(?:ditonton|views)\b",
    re.IGNORECASE,
)
#: Bylines written without "Label:": "Laporan Wartawan Tribunnews.com, Nama", "Oleh Nama pada
#: ...", "Tim detikNews - detikNews", "Rep: Nama / Red: Nama", "Nama, Jurnalis · Kamis ...".
BYLINE_FREE_RE = re.compile(
    r"^\s*(?:laporan\s+(?:wartawan|reporter|koresponden|kontributor)\b"
    r"|oleh\s*:?\s+(?-i:[A-Z])"
    r"|tim\s+\S+\s+[-–—]\s+\S+\s*$"
    r"|rep\s*:"
    r"|(?:nama penulis|melaporkan dari|peranan)\s*,"  # screen-reader labels: "Nama penulis, X"
    # "Ditulis oleh Nama", "Cerita oleh Nama • 2 hari lalu", "Dilaporkan oleh Nama"
    r"|(?:ditulis|dilaporkan|diliput|disunting|diedit|cerita|artikel|tulisan|diposting|"
    r"dipos|diunggah|dimuat|posted|written)\s+(?:oleh|by)\s*:?\s+"
    r"(?-i:[A-Z])"
    # "Laporan Nama Reporter | Tempat": the reporter's name and the place, by a bar
    r"|laporan\s+(?-i:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}\s*\|\s*[A-Z][\w .'-]{1,40}$)"
    # "6 Oktober 2025 · Oleh: Nama · dibaca 412 kali": "Oleh" after a separator, mid-line
    r"|.{0,60}[·•|]\s*oleh\s*:?\s+(?-i:[A-Z]))"
    r"|,\s*(?:jurnalis|wartawan|reporter|kontributor)\b",
    re.IGNORECASE,
)
#: The line of a later revision, "Diperbarui 04 Okt 2024, 07:15 WIB": never the publication.
UPDATED_RE = re.compile(
    r"^\s*(?:terakhir\s+)?(?:diperbarui|diupdate|update|updated|pembaruan|last\s+updated)\b"
    # a wiki page's footer: "Laman ini terakhir disunting pada 9 Desember 2026 ...", "This
    # page was last edited on 9 December 2026"
    r"|^\s*(?:halaman|laman|artikel)\s+ini\s+terakhir\s+(?:diubah|disunting|diperbarui)\b"
    r"|^\s*this\s+page\s+was\s+last\s+(?:edited|modified|updated)\b",
    re.IGNORECASE,
)
#: When a reader app or an archive saved the page, not when it was published: "Saved Jan
#: 9, 2025", "Disimpan 3 Mei 2025", "Diakses pada 4 Juni 2025", "Clipped on ...".
SAVED_LINE_RE = re.compile(
    r"^\s*(?:saved|clipped|archived|captured|retrieved|accessed|disimpan|diakses|diarsipkan|"
    r"diunduh)\b",
    re.IGNORECASE,
)
#: An author's statement of interests under an opinion piece (The Conversation and the
#: sites republishing it): "Nama tidak bekerja, menjadi konsultan, memiliki saham, atau
#: menerima dana dari ...", "Nama does not work for, consult, own shares in ...".
DISCLOSURE_RE = re.compile(
    r"\btidak\s+bekerja,?\s+menjadi\s+konsultan,?\s+memiliki\s+saham\b"
    r"|\bdoes\s+not\s+work\s+for,?\s+consult,?\s+own\s+shares\b"
    r"|\bmenerima\s+dana\s+dari\b.{0,200}\bmengungkapkan\s+bahwa\s+ia\s+tidak\s+memiliki\b",
    re.IGNORECASE,
)
DISCLOSURE_SEARCH = GatedSearch(DISCLOSURE_RE)
#: A publication line anywhere on the page: "Dipublikasikan Selasa, 18 Februari 2025 ...",
#: "Posted on 13 September 2024 by ...", "Diterbitkan: 12/09/2024"; and the note closing
#: a story that says when it first came out: "Tulisan ini pertama kali dimuat pada Senin,
#: 7 Desember 2026 ..." (a day follows the verb; "... tayang di Situs.com" names a source).
PUBLISHED_LINE_RE = re.compile(
    r"^\s*(?:dipublikasikan|diterbitkan|dipublish|terbit|tayang|published|posted|diposting|"
    r"dirilis)\b"
    # "Ditulis pada: Senin, 9 Maret 2026", "Dimuat tanggal 3 Maret 2026"
    r"|^\s*(?:ditulis|dimuat|diunggah|diposkan)\s+(?:pada|tanggal|tgl\.?)\b"
    r"|^\s*(?:artikel|berita|tulisan|laporan)\s+ini\s+(?:(?:pertama\s+kali|pertama)\s+)?"
    r"(?:terbit|tayang|dimuat|diterbitkan|dipublikasikan)(?:\s+pertama\s+kali)?\s+(?:pada\s+)?"
    r"(?=\d|(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\b)",
    re.IGNORECASE,
)
#: A printed page's number in its folio line: "HALAMAN 4", "Hal. 12", "Page 3".
FOLIO_PAGE_RE = re.compile(r"\b(?:halaman|hal\.?|page)\s*\d{1,3}\s*$", re.IGNORECASE)
#: A publication verb anywhere in a line: "Sumber: X, artikel asli diterbitkan 6 Des 2024".
PUBLISHED_WORD_RE = re.compile(
    r"\b(?:dipublikasikan|diterbitkan|dipublish|terbit|tayang|published|diposting)\b",
    re.IGNORECASE,
)
#: The site talking to its reader under the article, in the shapes portals use: "Baca
#: artikel X "..." selengkapnya di sini.", "Kamu sudah baca berita ini?", comments closed or
#: loading ("Mohon maaf, komentar tidak tersedia", "Suka Memuat..."), an embed placeholder
#: ("[Gambas:Video X]"), an aggregator's disclaimer ("... adalah agregator berita").
READER_NOTE_RE = re.compile(
    r"^\s*baca\s+(?:artikel|berita)\b.{0,200}\bselengkapnya\s+di\s*sini\b"
    r"|^\s*(?:kamu|anda)\s+sudah\s+(?:baca|membaca)\b.{0,40}\?\s*$"
    r"|\bkomentar\s+(?:tidak|belum)\s+(?:tersedia|diaktifkan|dibuka)\b"
    r"|^\s*(?:suka|like)\s+memuat\W*$"
    # A print view's note of where and when the page was printed: "Dicetak dari situs.com",
    # "Printed from situs.com on ..." (when the page was printed, never published)
    r"|^\s*(?:dicetak|diakses|printed|diunduh)\s+(?:dari|pada|from|on)\s+(?:\S+\s*){1,8}$"
    r"|^\s*\[\s*gambas\s*:[^\]]{1,60}\]\s*$"
    r"|\badalah\s+(?:situs\s+)?agregator\s+berita\b"
    # A blog platform's disclaimer: "Konten ini menjadi tanggung jawab bloger dan tidak
    # mewakili pandangan redaksi", "Tulisan ini sepenuhnya tanggung jawab penulis."
    r"|\btanggung\s+jawab\s+(?:penuh\s+)?(?:penulis|bloger|blogger|kontributor|pengirim)\b"
    r"|\btidak\s+mewakili\s+(?:pandangan|sikap|pendapat)\s+redaksi\b"
    # An aggregator's note on a reposted story: "Konten di atas merupakan tanggung jawab
    # penerbit.", "X hanya menampilkan ulang", "... tanggung jawab mitra/sumber".
    r"|\btanggung\s+jawab\s+(?:penuh\s+)?(?:penerbit|publisher|mitra|sumber|pemilik\s+konten)\b"
    r"|\bhanya\s+(?:menampilkan|menayangkan|menyajikan)\s+(?:ulang|kembali)\b"
    # A reader app's marker where it cuts the story for an advertisement: "Cerita
    # berlanjut", "Artikel berlanjut di bawah ini", "Lanjutkan membaca".
    r"|^\s*(?:cerita|artikel|berita|story|article)\s+(?:berlanjut|continues)"
    r"(?:\s+(?:di\s+bawah(?:\s+ini)?|setelah\s+iklan|below))?\W*$"
    r"|^\s*(?:lanjut(?:kan)?\s+(?:membaca|baca)|(?:scroll|gulir|geser)\s+(?:ke\s+bawah\s+)?"
    r"untuk\s+(?:melanjutkan|lanjut)\w*(?:\s+(?:membaca|baca))?)\W*$"
    # "X Community adalah media yang menyediakan platform untuk menulis."
    r"|^\s*[\w .]{2,40}\s+adalah\s+(?:sebuah\s+)?(?:platform|media|wadah)\b.{0,60}"
    r"\b(?:blog|menulis|bloger|blogger|jurnalisme warga)\b"
    # The comment box's prompt: "Berikan komentar Anda", "Tulis komentar Anda di sini..."
    r"|^\s*(?:silakan\s+)?(?:beri(?:kan)?|tulis(?:kan)?|tinggalkan|kirim(?:kan)?)\s+"
    r"komentar\b.{0,40}$"
    # The comment box's house rule, alone or after the prompt: "Tulis komentarmu di
    # bawah. Komentar yang berisi hinaan akan dihapus." (a platform's policy told
    # in a story is a sentence of the story: the rule must open the line or the prompt)
    r"|^\s*(?:(?:silakan\s+)?(?:beri|tulis|tinggalkan|kirim)\w*\s+komentar\w*[^.!?]{0,60}"
    r"[.!?]\s+)?komentar\s+(?:yang\s+)?(?:mengandung|berisi|bermuatan|menyinggung|berbau)\b"
    r".{0,80}\b(?:dihapus|diblokir|dimoderasi|tidak\s+(?:akan\s+)?(?:ditampilkan|ditayangkan|"
    r"dimuat|diloloskan|dipublikasikan))\b"
    # ... and the rest of a comment policy, opening its line: "Redaksi berhak menghapus
    # komentar yang ...", "Komentar Anda akan dimoderasi", "Setiap komentar menjadi
    # tanggung jawab pengirim", "Gunakan bahasa yang santun saat berkomentar", "Comments
    # are moderated".
    r"|^\s*redaksi\s+berhak\s+(?:\w+\s+){0,3}komentar\b"
    r"|^\s*komentar\s+(?:anda|kamu|pembaca)\s+(?:akan\s+)?(?:dimoderasi|ditinjau|tampil|"
    r"ditampilkan\s+setelah)\b"
    r"|^\s*(?:(?:setiap|semua|seluruh|isi)\s+)?komentar\b.{0,60}\btanggung\s+jawab\b"
    r"|^\s*(?:(?:mohon|silakan|harap)\s+)?berkomentar(?:lah)?\s+(?:dengan\s+|secara\s+)?"
    r"(?:bijak|sopan|santun|baik|bertanggung\s+jawab)\b"
    r"|^\s*(?:mohon\s+)?gunakan\s+bahasa\s+yang\s+(?:sopan|santun|baik)\b.{0,40}\b(?:ber)?komentar"
    r"|^\s*comments?\s+(?:are|is|will\s+be)\s+(?:moderated|reviewed|removed)\b"
    # A reply form's fixed notes, as the blog platforms print them in either language:
    # the commenter's address is kept unpublished ("Alamat surel Anda tidak akan
    # diterbitkan."), the fields to fill are starred ("Kolom wajib ditandai *"), the box
    # to remember the commenter ("Simpan nama, surel, ..."), and the same in English
    # (a form's words, never a story's line: each opens its line).
    r"|^\s*(?:alamat\s+)?(?:e-?mail|surel|surat\s+elektronik)\s+(?:anda|kamu)\s+tidak\s+"
    r"akan\s+(?:dipublikasikan|diterbitkan|ditampilkan|disebarluaskan|dibagikan|dipublish)\b"
    r"|^\s*your\s+e-?mail(?:\s+address)?\s+will\s+not\s+be\s+(?:published|shared|displayed|shown)\b"
    r"|^\s*(?:ruas|kolom|isian|bidang|data)\s+(?:yang\s+)?(?:wajib|harus)\s+(?:diisi\s+)?"
    r"(?:ditandai|bertanda)\b"
    r"|^\s*required\s+fields\s+are\s+marked\b"
    r"|^\s*simpan\s+nama(?:\s+saya)?\s*,\s*(?:alamat\s+)?(?:e-?mail|surel)\b"
    r"|^\s*save\s+my\s+name\s*,\s*e-?mail\b"
    r"|^\s*(?:batalkan\s+balasan|cancel\s+reply)\s*$"
    # An empty comment box's note: "Belum ada komentar untuk berita ini", "Jadilah orang
    # pertama yang mengomentari!", "No comments yet. Be the first to comment." (the note
    # alone: a story's "Belum ada komentar dari kepolisian" names whose word is missing)
    r"|^\s*(?:belum\s+ada|tidak\s+ada|no)\s+(?:komentar|tanggapan|comments?)"
    r"(?:\s+yet|\s+di\s+sini|\s+(?:untuk|di|pada)\s+(?:berita|artikel|tulisan)\s+ini)?"
    r"\s*[.!]?\s*(?:$|(?=jadilah\b|be\s+the\s+first\b))"
    r"|^\s*(?:jadilah|be)\s+(?:orang\s+)?(?:yang\s+|the\s+)?(?:pertama|first)\s+"
    r"(?:yang\s+|untuk\s+|to\s+)?(?:berkomentar|mengomentari|memberi(?:kan)?\s+komentar|"
    r"menanggapi|comment)\b"
    # A newsletter's wrapper: "Tidak bisa membaca surel ini? Buka di peramban.", "Kamu
    # menerima surel ini karena mendaftar ...", "View this email in your browser".
    r"|^\s*(?:tidak\s+(?:dapat|bisa)|gagal)\s+(?:melihat|membaca|menampilkan)\s+"
    r"(?:e-?mail|surel|pesan)\s+ini\b"
    r"|^\s*(?:anda|kamu)\s+menerima\s+(?:e-?mail|surel|pesan|newsletter)\s+ini\s+karena\b"
    r"|^\s*view\s+(?:this\s+(?:e-?mail|message)\s+)?in\s+(?:your\s+)?browser\b"
    r"|^\s*you\s+(?:are\s+)?receiv(?:e|ing)\s+this\s+(?:e-?mail|message)\b"
    # An investment disclaimer closing a market story: "Disclaimer: keputusan investasi
    # ada di tangan pembaca.", "Artikel ini bukan rekomendasi untuk membeli ...". It opens
    # its line (an analyst quoted saying as much inside a paragraph is the story's).
    r"|^\s*(?:disclaimer\s*:\s*)?(?:(?:konten|artikel|tulisan|berita|informasi|ulasan)\s+"
    r"ini\s+(?:bukan|tidak)\s+(?:merupakan\s+|(?:dimaksudkan|ditujukan|bermaksud)\s+"
    r"(?:sebagai|untuk)\s+(?:menjadi\s+|memberi(?:kan)?\s+)?)?(?:ajakan|rekomendasi|saran|anjuran)\b"
    r"|keputusan\s+(?:investasi|pembelian|penjualan|jual\s+beli)\b.{0,60}"
    r"\bdi\s+tangan\s+(?:investor|pembaca|anda)\b)"
    # ... or any disclaimer on investing, opening its line: "Disclaimer: Analisis di atas
    # hanya bahan pertimbangan, bukan ajakan jual beli saham."
    r"|^\s*(?:disclaimer|penafian)\s*:.{0,200}\b(?:investasi|rekomendasi|saham|jual\s+beli|"
    r"aset\s+kripto)\b"
    # A reader view's toggle under the headline: "Mode Baca", "Reader mode".
    r"|^\s*(?:mode|tampilan)\s+(?:baca|membaca)(?:\s+(?:cepat|nyaman|ringan))?\s*$"
    r"|^\s*reader\s+(?:mode|view)\s*$"
    # "... Sampaikan tanggapanmu di kolom komentar.": the prompt as a sentence closing a note
    r"|(?:^|[.!?]\s+)(?:tulis(?:kan)?|beri(?:kan)?|sampaikan|bagikan)\s+(?:pendapat|komentar|"
    r"tanggapan|opini)(?:mu|nya|\s+(?:kamu|anda))?\s+(?:di|pada|melalui)\s+kolom\s+komentar\b"
    # ... and the prompt with its object left out or worded otherwise: "Bagaimana pendapat
    # Anda? Tulis di kolom komentar.", "Kirimkan tanggapan Anda lewat kolom komentar."
    r"|(?:^|[.!?]\s+)(?:yuk\W*\s+|silakan\s+)?(?:tulis(?:kan)?|beri(?:kan)?|sampaikan|bagikan|"
    r"kirim(?:kan)?|tinggalkan|ceritakan|ungkapkan|curhatkan)\s+(?:\w+\s+){0,3}"
    r"(?:di|pada|melalui|lewat|ke)\s+kolom\s+komentar\b"
    # ... in English: "Tell us your story in the comments.", "Share your thoughts below."
    r"|(?:^|[.!?]\s+)(?:tell\s+us|share|let\s+us\s+know)\b[^.!?]{0,50}\b(?:in|on)\s+the\s+"
    r"comments?(?:\s+(?:section|below))?\W*$",
    re.IGNORECASE,
)
#: Calls to follow the site elsewhere: app stores, Google News, Telegram/WhatsApp channels.
CTA_RE = re.compile(
    r"\b(?:google news|app store|google play|play store|grup telegram|telegram channel|"
    r"channel telegram|saluran whatsapp|whatsapp channel|channel whatsapp|non-amp|amp version|"
    r"kanal whatsapp|kanal telegram|saluran telegram)\b"
    # "Yuk gabung grup info warga ...", "Gabung grup WhatsApp kami": an invitation to join
    # (the imperative only: "Bergabung dengan komunitas itu sejak 2010, ..." is a sentence)
    r"|^\s*(?:(?:yuk|ayo)\W*\s+)?(?:gabung|join)\s+(?:ke\s+|di\s+)?"
    r"(?:grup|group|saluran|kanal|channel)\b"
    # A call for donations: "Dukung jurnalisme independen ... Berdonasi melalui situs.id/x",
    # "Dukung kami lewat Trakteer" (the imperative to the reader, or a donation address).
    # A sentence of its own may open the call after the site's self-description ("X adalah
    # media independen. Dukung kerja jurnalisme kami dengan menjadi anggota.").
    r"|(?:^|[.!?]\s+)(?:(?:yuk|ayo|mari)\W*\s+)?(?:dukung|support)\s+"
    r"(?:(?:jurnalisme|media|redaksi|kerja)\b|kami\b)"
    # A print edition's call: "Berlangganan Tabloid X versi cetak: hubungi layanan pelanggan",
    # "Langganan koran Kabar Kita, klik situs.id/langganan" (the paper named, then the way
    # to order it: a colon or the imperative to call, click, visit)
    r"|^\s*(?:berlangganan|langganan)\s+(?:[\w.-]+\s+){0,3}?(?:majalah|koran|tabloid|harian|"
    r"edisi|versi|e-?paper)\b.{0,60}?(?::|\b(?:hubungi|klik|kunjungi|telepon|whatsapp)\b)"
    # A newsletter's call: "Berlangganan gratis untuk menerima tulisan baru", "Subscribe now"
    r"|(?:^|[.!?]\s+)(?:(?:yuk|ayo|mari)\W*\s+)?(?:berlangganan|langganan|subscribe)\s+"
    r"(?:gratis|sekarang|newsletter|buletin|now|for\s+free|"
    r"untuk\s+(?:menerima|mendapatkan|mendukung))\b"
    # "Baca Koran Kita versi digital di epaper.situs.com", "Baca berita lengkapnya di situs.com":
    # the imperative to read elsewhere, the address closing the line
    r"|^\s*(?:baca|simak|nikmati)\s+(?:[\w.-]+\s+){0,5}(?:di|melalui|lewat)\s+"
    r"(?:https?://)?(?:[\w-]+\.)+(?:com|co\.id|id|net|org)\S*\s*\.?\s*$"
    # An app's call: "Unduh aplikasinya sekarang", "... di aplikasi X. Download sekarang!"
    # (the imperative opening a sentence: "Warga bisa mengunduh aplikasi itu" is a story's)
    # The app's name may take a few words: "Unduh aplikasi Layanan Publik Kota Kita untuk ...".
    r"|(?:^|[.!?]\s+)(?:(?:yuk|ayo)\W*\s+)?(?:unduh|download|install|instal|pasang)\s+"
    r"(?:sekarang|segera|gratis|now|(?:juga\s+)?(?:aplikasi|app)(?:nya)?\s+(?:[\w.-]+\s+){0,6}?"
    r"(?:di|untuk|agar|supaya|dan|sekarang|gratis|melalui|lewat))\b"
    # "Download the Kabar Kita app", "Get the X app on ..."
    r"|^\s*(?:download|get|install)\s+(?:the\s+)?(?:[\w.-]+\s+){1,4}app\b"
    # A reader app's upsell under the story: "Upgrade to X Pro to unlock ...", "Tingkatkan
    # ke Premium untuk ...", "Coba X Premium gratis".
    r"|^\s*(?:upgrade|switch|try|tingkatkan|beralih)\s+(?:to\s+|ke\s+)?"
    r"(?:akun\s+)?(?-i:[A-Z][\w.-]*\s+){0,3}(?:pro|premium|plus)\b"
    # A call for contributions: "Kirim tulisanmu ke X dan dapatkan honor", "Kirimkan opini
    # Anda melalui surel redaksi", "Ingin tulisanmu dimuat? Kirim ke ...", "Jadilah
    # kontributor X", "Yuk menulis di X", "Write for us".
    r"|(?:^|[.!?]\s+)(?:(?:yuk|ayo|mari)\W*\s+)?(?:kirim(?:kan)?|submit)\s+"
    r"(?:tulisan|artikel|naskah|opini|esai|cerita|karya|liputan|your\s+(?:story|article|"
    r"writing|op-ed))(?:mu|nya)?(?:\s+(?:anda|kamu|terbaikmu|terbaik))?\s+"
    r"(?:ke|kepada|melalui|lewat|via|to)\b"
    r"|^\s*(?:(?:anda|kamu)\s+)?(?:ingin|mau|punya|tertarik)\b[^.!?]{0,40}\b(?:tulisan|menulis|naskah|opini|"
    r"artikel|cerita|kontributor|penulis|karya)\w*\b[^.!?]{0,60}\?\s+(?:(?:yuk|ayo|segera)\W*\s+)?"
    r"(?:kirim|daftar|gabung|bergabung|hubungi|klik|tulis|jadilah)\w*\b"
    r"|^\s*(?:(?:yuk|ayo|mari)\W*\s+(?:jadi|menjadi)|jadilah)\s+(?:kontributor|penulis|"
    r"jurnalis\s+warga|citizen\s+journalist)\b"
    r"|^\s*(?:yuk|ayo|mari)\W*\s+menulis\s+(?:di|untuk|bersama)\b"
    r"|^\s*write\s+for\s+us\b"
    # A blog platform's like button under the story: "Suka ini: ♡ Suka Memuat...", "Like
    # this: Like Loading...", and its note inviting the first like (in either language).
    r"|^\s*(?:suka\s+ini|sukai\s+ini|like\s+this)\s*:"
    r"|^\W*(?:jadilah\s+(?:orang\s+)?yang\s+pertama\s+menyukai\s+ini|be\s+the\s+first\s+to\s+like"
    r"\s+this)\W*$"
    # "Redaksi menerima tulisan opini dari pembaca ...", "X menerima kiriman artikel dari
    # pembaca": the site's standing invitation (a few words for its name at most)
    r"|^\s*(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s+menerima\s+(?:kiriman\s+)?"
    r"(?:tulisan|naskah|artikel|opini|esai)\b.{0,80}\b(?:pembaca|kontributor|siapa\s+saja)\b"
    # A call to follow the site's accounts: "Ikuti berita terbaru X di Instagram dan TikTok",
    # "Follow juga akun media sosial X": the imperative opening its line, a platform named.
    r"|^\s*(?:(?:yuk|ayo|jangan\s+lupa)\W*\s+)?(?:ikuti|follow)\s+(?:juga\s+)?"
    r"[^.!?]{0,80}\b(?:instagram|tiktok|youtube|twitter|facebook|threads|media\s+sosial|"
    r"medsos|sosmed|social\s+media)\b"
    # A call to read more of the site: "Baca berita menarik lainnya di X", "Jangan
    # lewatkan berita terbaru lainnya" (the imperative opening its line)
    r"|^\s*(?:(?:yuk|ayo)\W*\s+)?(?:baca|simak|dapatkan|temukan|cek|ikuti)\s+(?:juga\s+)?"
    r"(?:berita|artikel|informasi|kabar|update)\s+(?:[\w-]+\s+){0,3}lain(?:nya|\s+seputar)\b"
    r"|^\s*jangan\s+(?:lewatkan|lupa\s+(?:baca|membaca|simak|ikuti))\s+(?:[\w-]+\s+){0,4}"
    r"(?:berita|artikel|informasi|update|kabar)\b"
    # A call to watch the site's videos: "Tonton video menarik lainnya di kanal YouTube X"
    r"|^\s*(?:(?:yuk|ayo)\W*\s+)?(?:tonton|saksikan)\s+(?:juga\s+)?(?:video|tayangan|siaran)"
    r"\b[^.!?]{0,80}\b(?:youtube|kanal|channel|di\s+sini|streaming)\b"
    # A video page's description pointing at its video: "Saksikan selengkapnya dalam video
    # berikut.", "Simak selengkapnya di video di atas."
    r"|^\s*(?:saksikan|simak|tonton|lihat)\s+(?:berita\s+)?selengkapnya\s+(?:dalam|di|pada|lewat)"
    r"\s+(?:video|tayangan)\s+(?:berikut|ini|di\s+atas|di\s+bawah)\W*$"
    # A call to read the site on the phone: "Simak berita pilihan kami langsung di ponselmu"
    r"|^\s*(?:simak|dapatkan|nikmati|baca)\s+(?:[\w-]+\s+){0,6}(?:langsung\s+)?"
    r"(?:di|dari|lewat|melalui)\s+(?:ponsel|handphone|hp|smartphone|gawai)(?:mu|\s+(?:anda|kamu))?\b"
    r"|\b(?:berdonasi|donasi|donate)\s+(?:melalui|lewat|via|di)\s+"
    r"(?:https?://|[\w-]+\.(?:com|co\.id|id|net|org)\b|saweria|trakteer|kitabisa)"
    # A donation box: "... berdonasi melalui rekening Bank X 123 a.n. Yayasan Y", "Rekening
    # Donasi: Bank X 700.111.222 a.n. Lembaga Y", "Sisihkan infak Anda lewat QRIS
    # ...": an account number for the reader's gift, or the imperative to give
    r"|\b(?:berdonasi|donasi|donate)\s+(?:\w+\s+){0,3}?(?:melalui|lewat|via|ke)\s+"
    r"(?:nomor\s+)?rekening\b[^.!?]{0,40}?\d{6,}"
    r"|^\s*(?:no(?:mor|\.)?\s+)?rekening\b[^.!?]{0,60}?\d[\d .-]{5,}\d\s*"
    r"(?:\(?\s*(?:a\.?\s?n\.?|atas\s+nama)\b)"
    r"|(?:^|[.!?]\s+)(?:(?:yuk|ayo|mari)\W*\s+)?(?:salurkan|tunaikan|sisihkan|titipkan)\s+"
    r"(?:\w+\s+){0,3}?(?:sedekah|donasi|zakat|infak|infaq|wakaf|bantuan)\w*\b[^.!?]{0,80}?"
    r"(?:\b(?:melalui|lewat|via)\s+(?:tautan|link|rekening|QRIS|https?://|[\w-]+\.(?:org|com|id)\b)"
    # ... or its button after it: "Salurkan sedekah Anda untuk ... . Klik di sini ➜"
    r"|[.!?]\s+(?:klik|tekan|ketuk|sentuh)\s+(?:di\s+sini|tautan|link|tombol)\b)"
    # A site's appeal for gifts, as a sentence of its own: "Dukung pelayanan Situs.com
    # lewat donasi.", "Bantu kerja redaksi kami lewat donasi" (the imperative, the
    # gift named after "dengan/lewat/melalui"); or its question to the reader before it:
    # "Apakah renungan ini memberkati Anda? ...", "Artikel ini bermanfaat bagi Anda?"
    r"|(?:^|[.!?]\s+)(?:(?:yuk|ayo|mari)\W*\s+)?(?:dukung|dukunglah|bantu|support)\s+"
    r"(?:[\w.-]+\s+){0,4}?(?:dengan|lewat|melalui|via)\s+(?:ber)?(?:donasi|sumbangan|"
    r"menyumbang|menjadi\s+(?:donatur|penyumbang))\b"
    r"|^\s*(?:apakah\s+)?(?:artikel|tulisan|konten|renungan|berita|kisah)\s+ini\s+"
    r"(?:memberkati|bermanfaat|membantu|menginspirasi|memberkatimu)\s*"
    r"(?:(?:bagi|untuk)\s+)?(?:anda|kamu|mu)?\s*\?"
    # ... or the appeal opening its line, the next sentence telling how to give: "Dukung
    # Kabar Kita agar tetap gratis. Donasi lewat QRIS di halaman kami." (a story's
    # sentence on a gift never follows the imperative to back the site)
    r"|^\W*(?:(?:yuk|ayo|mari)\W*\s+)?(?:dukung|dukunglah|bantu|support)\s+[^.!?]{3,120}"
    r"[.!?]\s+(?:[\w-]+\s+){0,2}?(?:donasi|berdonasi|sumbangan|menyumbang|donate|donation)\b"
    # ... or the donation button closing the call: "... untuk dakwah. Klik Donasi Sekarang"
    r"|(?:^|[.!?]\s+)(?:klik\s+|tekan\s+)?(?:donasi|berdonasi|donate)\s+(?:sekarang|di\s+sini"
    r"|now|here)\W*$"
    # A newsletter's sign-up: "Daftarkan surel kamu agar tak ketinggalan ...", "Masukkan
    # alamat email untuk berlangganan", "Sign up for our newsletter"
    r"|(?:^|[.!?]\s+)(?:daftarkan|masukkan|isikan|tulis(?:kan)?)\s+(?:alamat\s+)?"
    r"(?:e-?mail|surel|surat\s+elektronik)\b"
    r"|^\s*(?:sign\s+up\s+for|subscribe\s+to)\s+(?:our|the)\b.{0,40}\bnewsletter\b"
    # "Subscribe to X Morning Brief - Get the day's top stories in your inbox."
    r"|^\s*(?:sign\s+up\s+for|subscribe\s+to)\b.{0,80}\b(?:inbox|newsletter|e-?mail)\b"
    # "Subscribe to X Weekly — the stories ... read first", "Berlangganan Kabar Pagi — lima
    # berita ...": the newsletter named in capitals, then a dash or a colon telling what it is
    r"|^\s*(?:sign\s+up\s+for|subscribe\s+to|berlangganan|langganan)\s+(?:our\s+|the\s+)?"
    r"(?-i:[A-Z][\w&'.-]*)(?:\s+(?-i:[A-Z][\w&'.-]*)){0,4}\s*[—–:-]\s"
    # A channel's call to join it, as a sentence of its own: "... tiap pagi. Gabung kanal
    # kami di Telegram."
    r"|[.!?]\s+(?:(?:yuk|ayo)\W*\s+)?(?:gabung|join)\s+(?:ke\s+|di\s+)?"
    r"(?:grup|group|saluran|kanal|channel)\b"
    # ... or a community's, after the reader it is for: "Untuk Anda yang suka berkebun,
    # yuk gabung komunitas Tanam Kita.", "Ayo bergabung dengan komunitas pembaca X"
    r"|(?:^|[.!?,]\s+)(?:yuk|ayo|mari)\W*\s+(?:gabung|join|bergabung)\s+(?:ke\s+|di\s+|dengan\s+|"
    r"bersama\s+)?(?:komunitas|grup|group|saluran|kanal|channel|forum|member|keanggotaan)\b"
    # A radio's call to tune in: "Dengarkan Radio Kita 101.2 FM lewat aplikasi",
    # "Dengarkan X di puluhan radio jaringan se-Nusantara" (the station named, a
    # frequency, a stream or a network said)
    r"|^\s*(?:(?:yuk|ayo)\W*\s+)?(?:dengarkan|simak|putar)\s+(?:juga\s+)?"
    r"(?-i:[A-Z][\w.&-]*)(?:\s+(?-i:[A-Z0-9][\w.,&-]*)){0,4}\s+(?:di|pada|melalui|lewat|via|"
    r"atau)\b[^.!?]{0,80}\b(?:\d{2,3}[.,]\d\s*(?:FM|AM)|FM|AM|streaming|radio|aplikasi|"
    r"podcast|siniar|spotify|jaringan|frekuensi)\b"
    # "Simak juga di YouTube Music atau Castbox": the other platforms
    r"|^\s*(?:dengarkan|tonton|simak|putar|tersedia|hadir|listen|watch|available|also\s+on)\s+"
    r"(?:juga\s+|it\s+|us\s+|also\s+)?"
    r"(?:(?:di|on|melalui|lewat|via)\s+)?(?:spotify|apple\s+podcasts?|google\s+podcasts?|noice|"
    r"youtube(?:\s+music)?|soundcloud|castbox|pocket\s+casts|amazon\s+music)\b"
    # A fact-checker's call for tips: "Menemukan kabar janggal? Adukan lewat WhatsApp ...",
    # "Laporkan hoaks ke nomor ..." (the report's channel named); a portal's, closing its
    # page: "Ada kejadian di desamu? Kirimkan ceritanya ke redaksi lewat surel." (a
    # sentence opened by the imperative to send to the newsroom is the site's own call).
    r"|(?:^|[?!.]\s+)(?:laporkan|adukan|kirimkan|kirim)\b[^.!?]{0,40}\b(?:ke|melalui|lewat|via)\s+"
    r"(?:whatsapp|wa|nomor|aplikasi|kanal|hotline|surel|e-?mail|layanan|chatbot|redaksi)\b"
    # A reaction box's prompt: "Kasih reaksimu, yuk!", "Berikan reaksi Anda", "Pilih
    # reaksimu"
    r"|\b(?:kasih|berikan|beri|pilih|tunjukkan|bagikan)\s+(?:reaksi|emosi|vote)(?:mu|\s+kamu|"
    r"\s+anda)?\b.{0,20}$"
    # ... or a question alone on its line: "Apa reaksimu?", "Bagaimana reaksi Anda?"
    r"|^\s*(?:apa|bagaimana)\s+(?:reaksi|perasaan)(?:mu|\s+kamu|\s+anda)\s*(?:setelah\s+"
    r"membaca\s+(?:artikel|berita)\s+ini)?\s*\?\s*$"
    # A live report's call to follow it elsewhere: "Ikuti siaran langsungnya di Radio X
    # 98.7 FM", "Ikuti laporan lengkap di kanal X"
    r"|^\s*(?:(?:yuk|ayo)\W*\s+)?ikuti\s+(?:terus\s+)?(?:laporan|siaran|liputan|update|"
    r"perkembangan)\b[^.!?]{0,40}\b(?:di|melalui|lewat|via)\b[^.!?]{0,60}"
    r"\b(?:FM|AM|radio|streaming|kanal|aplikasi|\w+\.(?:com|id|co\.id))\b"
    # A newsletter's own calls: "Menikmati nawala ini? Bagikan nawala ini ke temanmu",
    # "Forward this email to a friend", "Simak laporan selengkapnya di situs.id"
    r"|\b(?:teruskan|forward|bagikan|share)\s+(?:newsletter|nawala|surel|e-?mail|this\s+email)"
    r"(?:\s+ini)?\b|\b(?:suka|menikmati|enjoy(?:ing)?)\s+(?:dengan\s+)?(?:newsletter|nawala|"
    r"this\s+newsletter)\b"
    r"|^\W*(?:baca|simak)\s+(?:liputan|artikel|laporan|cerita|tulisan)\s+"
    r"(?:lengkap(?:nya)?|selengkapnya)\s+(?:di|pada|melalui)\b"
    # A social post's call to the outlet's site: "Baca selengkapnya di situs.id (tautan di
    # bio).", "Read more at situs.com, link in bio"
    r"|^\W*(?:baca|simak|cek|read)\s+(?:berita\s+)?(?:selengkapnya|lengkapnya|more|the\s+full\s+story)"
    r"\s+(?:di|pada|melalui|at|on)\s+[\w-]+\.(?:com|co\.id|id|net|co|org)\b"
    r"|\b(?:tautan|link)\s+(?:ada\s+)?(?:di|in)\s+bio\b"
    # A price site's call closing its story: "Cek harga laptop terbaru dan bandingkan
    # spesifikasinya di Hargaku.", "Bandingkan harga tiket di situs.id" (the imperative,
    # the site named last)
    r"|^\s*(?:(?:yuk|ayo)\W*\s+)?(?:cek|bandingkan|temukan|cari|pantau|lihat)\s+(?:juga\s+)?"
    r"(?:harga|promo|spesifikasi|daftar\s+harga)\b[^.!?]{0,80}\s(?:di|hanya\s+di|melalui|"
    r"lewat|pada)\s+(?:(?-i:[A-Z])[\w.-]*|[\w-]+\.(?:com|co\.id|id|net|org))(?:\s+(?-i:[A-Z])"
    r"[\w.-]*)?\s*[.!]?\s*$",
    re.IGNORECASE,
)
#: :data:`CTA_RE` and :data:`READER_NOTE_RE` searched cheaply (a third of the cleaning
#: time went to trying their alternatives at every position of every paragraph); so are
#: :data:`COPYRIGHT_RE`, and beside their patterns :data:`CONTACT_RE`, :data:`COOKIE_RE`,
#: :data:`DISCLOSURE_RE`, :data:`NEWSLETTER_FURNITURE_RE`.
CTA_SEARCH = GatedSearch(CTA_RE)
READER_NOTE_SEARCH = GatedSearch(READER_NOTE_RE)
COPYRIGHT_SEARCH = GatedSearch(COPYRIGHT_RE)
#: A video box's head over its linked title: "Saksikan Video Pilihan di Bawah Ini:", "Tonton
#: video menarik lainnya:", "Ayah, tonton juga video berikut:" (the colon announces the
#: title on the next line; a vocative may open the line).
VIDEO_BOX_HEAD_RE = re.compile(
    r"^\s*(?:(?-i:[A-Z])\w+(?:\s+\w+)?,\s+)?(?:simak|tonton|saksikan)\s+(?:juga\s+)?video\s+"
    r"(?:pilihan|menarik|terkait|berikut|lainnya|di\s+bawah(?:\s+ini)?)(?:\s+\w+){0,3}\s*:\s*$",
    re.IGNORECASE,
)
#: An author's role under the name on an author's card: "Kontributor Kabar Kita",
#: "Jurnalis Harian Nusa", "Wartawan Tribun Kota" (the role capitalised, no colon, the
#: outlet or the beat after it, no sentence).
ROLE_LINE_RE = re.compile(
    r"^\s*(?:Jurnalis|Wartawan|Wartawati|Kontributor|Koresponden|Reporter|Redaktur|Pewarta|"
    r"Fotografer|Jurnalis\s+Foto|Staf\s+Redaksi|Penulis\s+Lepas)"
    r"(?:\s+(?:[A-Z][\w.&-]*|di|dan))\s*(?:\s+(?:[A-Z][\w.&-]*|di|dan)){0,4}\s*$"
)
#: A byline giving the author's name, role and outlet on one line, no comma or label:
#: "Siti Aminah Kontributor Kabarsantri.com", "Rudi Hartono Jurnalis Warta.co.id". The
#: outlet written as its address keeps a title-case headline ("Polisi Tangkap Reporter
#: Gadungan") out.
NAME_ROLE_OUTLET_RE = re.compile(
    r"^\s*[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,3}\s+"
    r"(?:Jurnalis|Wartawan|Wartawati|Kontributor|Koresponden|Reporter|Pewarta|Penulis)\s+"
    r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|id|co\.id|net|org|or\.id|web\.id|news)\s*$"
)
#: A religious closing formula alone on the last line of a column or a pesantren's news:
#: "Wallahu a'lam bishawab.", "Wassalamu'alaikum wr. wb.", "Wallahul muwaffiq ila
#: aqwamith thariq", "Billahit taufiq wal hidayah" (spellings vary: apostrophes, hyphens).
CLOSING_FORMULA_RE = re.compile(
    r"^\W*(?:(?:wallahu|allahu)\s*a['‘’`]?\s*lam(?:\s+bi[\w'‘’-]{0,4}s[\w'‘’-]{0,3}w[ao]b)?"
    r"|wassalam(?:u['‘’`]?\s*['‘’`]?\s*alaikum)?(?:\s+(?:wr\.?|warahmatullahi|wb\.?|"
    r"wabarakatuh))*"
    r"|wallahul\s+muwaffiq\b.{0,40}"
    r"|billahi[tl]?\s+taufiq\b.{0,40})\W*$",
    re.IGNORECASE,
)
#: A note on the series or collaboration a story belongs to, closing it: "Liputan ini
#: merupakan bagian dari serial ...", "Tulisan ini adalah hasil kolaborasi X dengan Y";
#: or the programme that funded it: "Reportase ini didanai oleh hibah ...", "Tulisan ini
#: terlaksana atas dukungan ...", "This story was supported by ...".
SERIES_NOTE_RE = re.compile(
    r"^\s*(?:liputan|tulisan|artikel|laporan|reportase|cerita|berita|this\s+(?:story|article))"
    r"\s+ini\s+(?:(?:merupakan|adalah|menjadi|is)\s+(?:(?:bagian|seri|part)\s+(?:dari|of)\s+"
    r"(?:\w+\s+)?(?:serial|seri|series|liputan|kolaborasi|program|proyek)"
    r"|hasil\s+(?:kolaborasi|kerja\s+sama))"
    r"|(?:didukung|dibiayai|didanai)\s+oleh\s+(?:\w+\s+){0,2}?"
    r"(?:program|hibah|fellowship|beasiswa|dana|pendanaan)"
    r"|terlaksana\s+(?:atas|berkat)\s+(?:dukungan|kerja\s+sama))\b"
    r"|^\s*this\s+(?:story|article|report)\s+was\s+(?:(?:supported|funded)\s+by"
    r"|produced\s+with\s+(?:the\s+)?support)\b",
    re.IGNORECASE,
)
#: A sponsored story's disclaimer closing it: "Tulisan ini advertorial, kerja sama X
#: dengan Y.", "Konten ini adalah iklan/konten bersponsor ...", "Isinya bukan
#: tanggungan redaksi." (the outlet disowning the text, never the story's own words).
ADVERTORIAL_NOTE_RE = re.compile(
    r"^\W*(?:artikel|tulisan|konten|berita|halaman|materi|rilis)\s+ini\s+(?:merupakan|adalah|"
    r"termasuk)\s+(?:\w+\s+)?(?:advertorial|iklan|konten\s+(?:bersponsor|berbayar|sponsor|"
    r"promosi|kerja\s+sama)|sponsored)\b"
    r"|^\W*(?:isi|konten|materi)\s+(?:\w+\s+){0,2}?(?:berada\s+)?di\s+luar\s+tanggung\s+jawab"
    r"\s+redaksi\b",
    re.IGNORECASE,
)
#: The line a blog's feed appends to every item: "The post <headline> appeared first on
#: <site>.", "Artikel <headline> pertama kali tampil di <site>." (the item's own credits).
FEED_FOOTER_RE = re.compile(
    # the English note (WordPress's, its SEO plugins') names the site by its address or by
    # its name of a few words ("... appeared first on Kabar Pesisir Selatan.")
    r"^\s*(?:the\s+post\s+.{3,300}?\s+appeared\s+first\s+on\s+\S{2,60}(?:\s+\S{1,30}){0,5}?"
    # the Indonesian note names the site by its address: a sentence naming a network does not
    r"|(?:artikel|tulisan|postingan|pos)\s+.{3,300}?\s+(?:pertama\s+kali\s+(?:tampil|muncul|"
    r"terbit)|(?:tampil|muncul|terbit)\s+pertama\s+kali)\s+di\s+(?:www\.)?[\w-]+(?:\.[a-z]{2,6}){1,2})"
    r"\s*\.?\s*$",
    re.IGNORECASE,
)
#: A dateline on a line of its own, the place and the outlet: "Jakarta, NU Online",
#: "Surabaya, Jawa Pos", "Medan, TRIBUN", "Bandung, Situs.com" (the lead follows below).
#: A phone's copy may also break the lead's own dateline off its first words, the dash
#: closing the line: "Sleman (Kabarjogja.com) –", "Jakarta (ANTARA) -", "MEDAN, Situs.id –".
PLACE_OUTLET_RE = re.compile(
    r"^[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},\s+"
    # the outlet: its name in capitals, a domain, or a word and a media word
    r"(?:[A-Z]{2,}(?:\s[A-Z]{2,}){0,2}|[A-Za-z][\w-]*\.(?:com|co\.id|id|net|org)"
    r"|(?:[A-Z][\w.]*\s)?(?:Online|News|TV|Post|Pos|Times|Daily|Media|Network))\s*$"
    # the place, the outlet in brackets or after a comma, the dash the lead followed
    r"|^(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}|[A-Z]{2,}(?:\s[A-Z]{2,}){0,2})"
    r"(?:\s+\([A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2}\)|,\s+[A-Za-z][\w.-]*(?:\s[A-Z][\w.-]*){0,2})"
    r"\s*(?:[—–]|-{1,3})\s*$"
)
#: An action on a reader app's toolbar over a saved story (Inoreader, Feedly, Pocket,
#: Instapaper and their Indonesian menus): "Save to Pocket", "Read later", "Open
#: original", "Tandai sudah dibaca". A line of such actions is the app's, never a headline.
READER_ACTION_RE = re.compile(
    r"\b(?:save\s+(?:to\s+\w+|for\s+later)|send\s+to\s+(?:e-?mail|kindle|\w+)|read\s+later|"
    r"(?:open|view|visit)\s+(?:original|in\s+browser|website|source)|"
    r"mark\s+(?:all\s+)?as\s+(?:read|unread)|add\s+to\s+(?:favou?rites|board|collection|"
    r"reading\s+list)|baca\s+nanti|simpan(?:\s+(?:ke\s+\w+|untuk\s+nanti))?|"
    r"tandai\s+(?:sudah\s+|belum\s+)?dibaca|buka\s+(?:tautan\s+|artikel\s+)?(?:asli|sumber|"
    r"di\s+(?:peramban|browser))|kirim\s+ke\s+(?:e-?mail|surel)|lihat\s+(?:artikel\s+)?asli|"
    r"simpan\s+(?:artikel|berita|tautan)|(?:salin|copy)\s+(?:tautan|link)|full\s+coverage|"
    r"star|unstar|like|share|bagikan|archive|arsipkan|favorite|favorit|tags?|move|print|cetak|"
    r"bookmark|highlights?|sorot|hapus|delete|flip|comment|listen|edit|later|shortlist|save)\b",
    re.IGNORECASE,
)
#: A page counter: "Dibaca: 1.284 kali", "Dilihat 2.310x", "1,2 rb views", "0 Komentar";
#: a phone layout puts an eye or a chart icon before it ("👁 518 kali dilihat").
COUNTER_RE = re.compile(
    r"^\s*(?:[^\w\s]+\s*)?"
    r"(?:(?:dibaca|dilihat|views?|pembaca|dibagikan|shares?)\s*:?\s*[\d.,]+\s*"
    r"(?:rb|ribu|k|jt)?\s*(?:kali|x|views?)?"
    r"|[\d.,]+\s*(?:rb|ribu|k|jt)?\s*"
    r"(?:kali\s+(?:dibaca|dilihat)|views?|komentar|comments?|shares?))\s*$",
    re.IGNORECASE,
)
#: The time a story takes to read: "Waktu baca 2 menit", "3 min read", "4 menit membaca".
#: A blog post's comment link or count beside its date and author, a part of the post's
#: meta line ("4 Desember 2026 • Admin • Tinggalkan komentar", "... | 3 Komentar", "... ·
#: Leave a comment", "... — No Comments"): the link to the thread, no words of the story.
COMMENT_LINK_RE = re.compile(
    r"^\s*(?:(?:tinggalkan|beri(?:kan)?|tulis)\s+(?:komentar|tanggapan|balasan)"
    r"|leave\s+a\s+(?:comment|reply)|(?:no|tidak\s+ada|belum\s+ada)\s+(?:comments?|komentar)"
    r"|\d{1,5}\s+(?:komentar|tanggapan|comments?|responses?))\s*$",
    re.IGNORECASE,
)
READING_TIME_RE = re.compile(
    r"^\s*(?:(?:(?:estimasi|perkiraan)\s+)?(?:waktu|lama|durasi)\s+(?:baca|membaca)"
    r"|reading\s+time|dibaca\s+dalam)\s*:?\s*"
    r"(?:±\s*)?\d{1,3}\s*(?:menit|min(?:ute)?s?)\s*$"
    r"|^\s*\d{1,3}\s*(?:menit|min(?:ute)?s?)\s+(?:baca|membaca|bacaan|read)\s*$"
    # "Baca 9 menit", "Dibaca 4-5 menit": the verb first, a range of minutes allowed; or
    # the noun ("Bacaan 6 menit", an international broadcaster's meta line)
    r"|^\s*(?:baca|membaca|dibaca|bacaan)\s*:?\s*(?:±\s*)?\d{1,3}(?:\s*[–-]\s*\d{1,3})?\s*"
    r"(?:menit|min(?:ute)?s?)\s*$"
    # A reader mode's estimate alone under the byline: "4–5 menit", "7-9 minutes".
    r"|^\s*\d{1,3}\s*[–-]\s*\d{1,3}\s*(?:menit|min(?:ute)?s?)\s*$",
    re.IGNORECASE,
)
#: A text-to-speech player over the story: "Dengarkan artikel ini ▶ 03:12", "Dengarkan
#: berita", "Listen to this article 4 min": the player's label, never the headline.
AUDIO_PLAYER_RE = re.compile(
    r"^\W*(?:dengarkan|dengar|putar|listen\s+to)\s+(?:(?:artikel|berita|audio|this|the|article|story)\s*)+"
    r"(?:ini\b)?[\W\d]*(?:(?:menit|min|detik)\W*)?$",
    re.IGNORECASE,
)
#: A radio site's player under the story's meta, calling the reader to its live stream:
#: "Dengarkan siaran Radio Kita FM 99.1 Bandung", "Dengarkan live streaming Suara Kota".
#: A listening verb, the broadcast, then the station (its name, band, frequency and city;
#: a frequency's point is no stop) and no comma or sentence's end: the player's label,
#: never a headline (a story about a broadcast is told, not called to: "Siaran ...
#: Dihentikan"; a watching verb heads a live match's own page: "Simak Live Streaming ...").
BROADCAST_CALL_RE = re.compile(
    r"^\W*(?:dengarkan|dengar|listen\s+to)\s+(?:siaran(?:\s+langsung)?|radio|"
    r"live\s+streaming|streaming|live)\b(?:[^.!?,]|(?<=\d)\.(?=\d)){0,80}$",
    re.IGNORECASE,
)
#: The disclaimer closing an AI-written summary block: "Disclaimer: Ringkasan ini dibuat
#: dengan bantuan AI ...", "... oleh kecerdasan buatan (AI) ...".
#: A row of stock tickers with their moves, the widget of a market story: "ABCD +2,10%
#: EFGH -0,45%  IJKL 0,00%" (two entries at least, nothing else on the line).
TICKER_ROW_RE = re.compile(
    r"^\s*(?:[A-Z]{3,5}\s*(?:\(?[+\-−–▲▼]?\s*\d{1,3}(?:[.,]\d{1,2})?\s*%\)?)\s*[|·•,;]?\s*){2,}$"
)
#: A match's statistics box on one line: "Statistik laga: Penguasaan bola 61% - 39%
#: · Tembakan 12 - 5 · Pelanggaran 11 - 8", "Match stats: Shots 12-7 | Corners 5-2 | ...":
#: three label-and-pair entries at least (two under a "Statistik" label), nothing else.
_STAT_ENTRY = (
    r"[A-Za-z][A-Za-z ]{1,30}?\s*:?\s+\d{1,3}(?:[.,]\d{1,2})?\s*%?\s*[-–:]\s*"
    r"\d{1,3}(?:[.,]\d{1,2})?\s*%?"
)
STATS_BOX_RE = re.compile(
    rf"^\s*(?:(?:{_STAT_ENTRY})\s*[·•|;]\s*){{2,}}(?:{_STAT_ENTRY})\s*$"
    rf"|^\s*(?:\w+\s+)?(?:statisti[ck]\w*|stats?)(?:\s+\w+){{0,2}}\s*:\s*"
    rf"(?:(?:{_STAT_ENTRY})\s*[·•|;]\s*)+(?:{_STAT_ENTRY})\s*$",
    re.IGNORECASE,
)
#: A summary box with its label on the same line, over the lead: "Ringkasan: Warga ...",
#: "Intisari: ...", "Summary: ...", and one who wrote it may be named in a word of the
#: label ("Ringkasan petugas: ...", "Rangkuman redaksi: ...": a clipping desk's summary).
INLINE_SUMMARY_RE = re.compile(
    r"^\s*(?:(?:ringkasan|rangkuman|intisari|summary)(?:\s+(?-i:[a-z]+))?|tl;?dr)\s*:\s*"
    r"(?-i:[A-Z0-9\"“])",
    re.IGNORECASE,
)
#: An outlet describing itself at the foot of its pages: "Kabar Kita is an independent news
#: portal in ...", "Situs Kita adalah portal berita ...", "X merupakan media daring ...".
OUTLET_ABOUT_RE = re.compile(
    r"^\s*[A-Z][\w.'&-]*(?:\s+[A-Z][\w.'&-]*){0,4}\s+(?:is|adalah|merupakan)\s+"
    r"(?:an?\s+|sebuah\s+|salah\s+satu\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:news\s+(?:portal|site|website|agency|outlet)|online\s+(?:newspaper|media)|"
    r"portal\s+berita|situs\s+berita|media\s+(?:daring|online|siber)|kantor\s+berita)\b"
)
#: The outlet's name with its acronym in brackets alone on a line: "Kantor Berita Nusa
#: (KBN)", "Warta Timur News Agency (WTNA)": its signature, a news word in the name.
OUTLET_NAME_LINE_RE = re.compile(
    r"^\s*(?=.*\b(?:News|Agency|Media|Kantor|Berita|Pers|Times|Post|Pos|Network|Radio|TV)\b)"
    r"[A-Z][\w'.&-]*(?:\s+[A-Z][\w'.&-]*){1,5}\s+\([A-Z]{2,8}\)\s*$"
)
AI_DISCLAIMER_RE = re.compile(
    r"^\s*(?:disclaimer|catatan|penafian)\b.{0,200}\b(?:AI|A\.I\.|kecerdasan buatan|"
    r"artificial intelligence|dihasilkan secara otomatis)"
    # "Ringkasan ini dibuat oleh AI.", "Rangkuman ini dihasilkan otomatis dengan bantuan AI"
    # ("Ringkasan dibuat oleh AI." names no "ini": the summary is the box above)
    # "Poin penting ini dirangkum dengan kecerdasan buatan (AI) dan disunting editor."
    r"|^\s*(?:ringkasan|rangkuman|intisari|poin(?:-poin)? (?:penting|utama))\s+(?:(?:ini|"
    r"berita ini|artikel ini)\s+)?(?:\w+\s+){0,2}?(?:dibuat|dihasilkan|ditulis|disusun|"
    r"dirangkum|diringkas|disarikan)\b.{0,80}?"
    r"\b(?:AI|A\.I\.|kecerdasan buatan|otomatis)\b",
    re.IGNORECASE,
)
#: A relative age standing for the date: "2 jam lalu", "5 menit yang lalu", "3 hours ago".
RELATIVE_AGE_RE = re.compile(
    r"^\s*(?:\d{1,3}|se|satu|beberapa|an?)\s*(?:detik|menit|jam|hari|minggu|pekan|bulan|"
    r"tahun|seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+(?:yang\s+)?(?:lalu|ago)"
    r"\s*$",
    re.IGNORECASE,
)
#: A press release's closing note on where to ask further: "Untuk informasi lebih lanjut
#: dapat menghubungi hotline ...", "Informasi lebih lanjut hubungi narahubung: ...".
CONTACT_RE = re.compile(
    r"\binformasi\s+lebih\s+lanjut\b.{0,60}\b(?:hubungi|menghubungi|kontak|narahubung)\b"
    r"|\b(?:for\s+)?(?:further|more)\s+information\b.{0,40}\bcontact\b"
    # "Informasi lebih lanjut: Twitter @akun | situs.go.id": the channels after a colon
    r"|^\s*(?:untuk\s+)?informasi\s+lebih\s+lanjut\s*:",
    re.IGNORECASE,
)
CONTACT_SEARCH = GatedSearch(CONTACT_RE)
#: A service line giving a number to call: "Call Center BPBD Kota: 0262-123456",
#: "Hotline Posko Banjir: 0812 3456 7890", "Layanan pengaduan (WA): 0811-222-333".
CONTACT_LINE_RE = re.compile(
    r"^[^.!?:]{0,60}\b(?:call\s*cent(?:er|re)|hotline|pusat\s+panggilan|layanan\s+(?:pengaduan|"
    r"donatur|pelanggan|nasabah|konsumen|informasi)|customer\s+(?:service|care)|"
    r"narahubung|contact\s+person|kontak|telp|telepon|whatsapp|wa)\b[^.!?:]{0,40}:\s*"
    r"\+?\(?\d[\d\s()-]{5,}\d"
    # more channels after a bar: "Layanan Donatur: 0800-111 | WhatsApp 0811-222-333"
    r"(?:\s*[|·/]\s*(?:[A-Za-z]+\s*:?\s*)?\+?\(?\d[\d\s()-]{5,}\d)*\s*$",
    re.IGNORECASE,
)
#: A postal address alone on its line, as an office's or an outlet's footer prints it:
#: "Dinas Contoh, Jl. Merdeka No. 5, Kota Baru 12345" (a street, then the city and the
#: five-digit postal code closing the line; the country or a phone after it at most). A
#: sentence naming an address ends on its full stop, never on the postal code.
POSTAL_ADDRESS_LINE_RE = re.compile(
    r"^[^.!?]{0,80}?\b(?i:jl|jln|jalan)\.?\s+[A-Z][^!?]{2,120}?"
    r",\s*(?:[A-Z][\w.'-]*\s+){1,4}(?i:kode\s+pos\s*:?\s*)?\d{5}(?:\s*,?\s*Indonesia)?"
    r"(?:\s*[|,·]\s*(?i:telp|tel|telepon|faks|fax|phone)\.?\s*:?\s*\+?[\d\s()-]{6,})*\s*$"
)
#: A contact channel: an e-mail address, a hotline or a phone number.
CONTACT_CHANNEL_RE = re.compile(
    r"\b[\w.+-]+@[\w-]+\.[\w.]+\b|\b(?:hotline|narahubung|telepon|telp|whatsapp|wa|sms)\b"
    r"|\+?\d[\d -]{7,}\d"
    # a social account or the site's address: "@akunresmi", "situs.go.id"
    r"|(?<![\w@])@[A-Za-z0-9_]{3,}\b|\b[\w-]+\.(?:go\.id|co\.id|or\.id|ac\.id|com|id|org)\b",
    re.IGNORECASE,
)
#: A bullet item: "• ...", "- ...", "* ...".
BULLET_RE = re.compile(r"^\s*[•●▪◦·*-]\s+\S")
#: The head of a summary box over the story's bullets, with no disclaimer under them:
#: "Ringkasan Berita", "Poin Penting", "Intisari", "Key Points", "Sorotan"; a reader's or
#: a site's assistant signs its box: "Summary by Aria", "AI Summary", "Ringkasan oleh AI",
#: "Ringkasan dari Asisten" (the bot's name, one or two words, after "by"/"oleh"/"dari").
SUMMARY_HEAD_RE = re.compile(
    r"^\s*(?:(?:ai\s+)?(?:ringkasan|rangkuman|summary)(?:\s+(?:berita|artikel|ai))?"
    r"(?:\s+(?:by|oleh|dari)\s+[\w.-]+(?:\s+[\w.-]+)?)?|intisari|poin(?:-poin)?\s+penting|"
    r"sorotan|highlights?|key\s+(?:points|takeaways)|in\s+brief|baca\s+cepat|tl;?dr)\s*:?\s*$",
    re.IGNORECASE,
)
#: A date line that names the reporter or editor too: "Senin, 14 Juli 2025 16:20  Reporter:
#: Nama  Editor: Nama" (the labels inside the line, not at its start).
BYLINE_INSIDE_RE = re.compile(
    r"\b(?:penulis|reporter|editor|pewarta|penyunting|redaktur|redaktor|kontributor|writer|"
    r"author)\s*:\s*(?-i:[A-Z])"
    # "By Name | Published 4 December 2026 | Updated ...": an English paper's byline
    r"|^\s*by\s+(?-i:[A-Z])[^|·•]{1,40}[|·•]\s*(?:published|posted|updated)\b",
    re.IGNORECASE,
)
#: A mail header pasted over a newsletter: "From: ...", "Subject: ...", "Kepada: ...".
MAIL_HEADER_RE = re.compile(
    r"^\s*(?P<field>from|to|cc|bcc|date|sent|subject|reply-to|dari|kepada|tanggal|subjek|perihal)"
    r"\s*:\s*\S",
    re.IGNORECASE,
)
BYLINE_RE = re.compile(
    # "Laporan: Nama (Tempat)": the reporter's name and where the report is from
    r"^\s*(?:penulis|reporter|editor|pewarta|penyunting|redaktur|redaktor|kontributor|"
    r"laporan(?: wartawan)?|wartawan|wartawati|jurnalis|writer|author|publisher"
    # "Foto dan teks: Nama", "Teks & Foto: Nama": one person shot and wrote a gallery
    r"|(?:foto|teks|naskah|kata)\s+(?:dan|&|\+)\s+(?:foto|teks|naskah|kata))\s*:\s*\S",
    re.IGNORECASE,
)

#: A dateline that opens the first paragraph: "TEMPO.CO —", "JAKARTA, KOMPAS.com -",
#: "Jakarta (ANTARA) -", "Jakarta, CNN Indonesia --". Group ``prefix`` is removed.
_DATELINE_UNIT = (
    r"(?:[A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+)*"  # JAKARTA, TEMPO.CO
    r"|[A-Za-z][A-Za-z0-9-]*\.(?:com|co\.id|id|net|org|online|news|tv)"  # Kompas.com, Situs.online
    r"|\([A-Z][A-Za-z]+\))"  # (ANTARA)
)
DATELINE_RE = re.compile(
    rf"^(?P<prefix>{_DATELINE_UNIT}(?:\s*,?\s*{_DATELINE_UNIT}){{0,3}}"
    r"|[A-Z][a-z]+,\s+(?:CNN Indonesia|[A-Z][A-Za-z]+\.(?:com|id|co\.id))"
    # "Jakarta, kpu.go.id –": a government's or a campus's site signs with its own address,
    # in lower case, under its second-level domain ("humas.kota.go.id", "kampus.ac.id")
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+[a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)?\.(?:go|ac|or|sch|desa|mil)\.id"
    # "JAKARTA, Kamis (12/9/2024) —": the place and the day of the news; a market desk
    # gives the day alone, its outlet for the place: "Kabarbursa, (12/9) -".
    r"|[A-Z][A-Za-z.'-]+(?:\s[A-Z][A-Za-z.'-]+)*,\s*"
    r"(?:(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\s*)?\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=\s+[-–—]\s+[A-Z])"  # "Jakarta - Polisi", "Medan – Polisi"
    # "KUALA HILIR, Kabar Hulu -": the place in capitals, the outlet's name capitalised
    # ("AMBON, Kabar Hulu.- ": some papers close the name with a full stop glued to the dash)
    r"|[A-Z]{2,}(?:\s[A-Z]{2,}){0,2},\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}(?=\s+[-–—]|\.[-–—])"
    # "Kota Lama, Kabar Hulu.- ": the place capitalised, the outlet's name closed by the full
    # stop glued to the dash (no sentence writes ".-" after a name)
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},\s+[A-Z][\w]*(?:\s[A-Z][\w]*){0,2}(?=\.[-–—])"
    # "KABARTANI.COM, Grobogan ---": the site first, then the place; the address as the
    # site spells it, in capitals, capitalised or in lower case ("kabartani.com, Grobogan -")
    r"|[A-Za-z][A-Za-z0-9-]*\.(?i:com|co\.id|id|net|org|tv|news),"
    r"\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+\([A-Z][A-Za-z]+\))"  # "Lampung Selatan (ANTARA) -"
    # a dash with spaces (one to three hyphens: "Jeddah (Kemenag) --- Kementerian"), or
    # an em/en dash glued to the text ("SLEMAN—Pemerintah")
    r"\s*(?:\.(?=[-–—]))?(?:[—–]\s*|-{1,3}\s+)(?=\S)"
)
#: A place and the full date closed by a full stop or a dash: "JAKARTA, 19 November 2024. Harga ..."
DATELINE_DATE_RE = re.compile(
    # the place in capitals or capitalised ("Jakarta, 6 Desember 2024 – Mahkamah ...")
    r"^(?:[A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+)*|[A-Z][a-z.'-]+(?:\s[A-Z][a-z.'-]+){0,2}),"
    # a release's country after its city: "JAKARTA, Indonesia, 3 Desember 2026"
    r"(?:\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,)?"
    # the day first ("3 Desember 2026") or the month first ("Dec. 3, 2026")
    r"\s*(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})\s*"
    # a newswire's mark between the date and the dash: "/PRNewswire/ --", "/Antara/ -"
    # or the outlet in brackets, as agencies sign: "SURABAYA, 3 Mei 2026 (Kabar Laut) –"
    r"(?:/[A-Za-z][\w .-]{1,30}/\s*|\([A-Z][\w .-]{1,30}\)\s*)?"
    r"(?:[.—–]|-{1,2})\s*(?=[A-Z\"“])"
)
#: A site's name in capitals standing alone before the lead: "AKURAT.CO Indeks Harga ...".
#: Or the site capitalised and the city, with no dash before the lead's first word:
#: "Situsku.com, Jakarta Kebiasaan baru warga ..." (one word for the city, then the lead's
#: capitalised word over a lower-case one).
DATELINE_SITE_RE = re.compile(
    r"^[A-Z][A-Z0-9-]*\.(?:COM|CO\.ID|CO|ID|NET)\s+(?=[A-Z][a-z])"
    r"|^[A-Z][A-Za-z0-9]*\.(?:com|co\.id|id),\s+[A-Z][a-z]+\s+(?=[A-Z][a-z]+\s+[a-z])"
    # the address as the site writes it ("situsku.id Warga ..."): an address is no
    # sentence's word before a capitalised one (its verb, or a comma, would follow), unless
    # that word is the day the subject acted on ("Situs.id Senin (3/12) menghubungi ...")
    r"|^[A-Za-z][A-Za-z0-9-]*\.(?:com|co\.id|id|net|org|online|news)\s+"
    r"(?!(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\b)(?=[A-Z][a-z]+[\s,])"
    # the address closed by a colon ("SITUSKU.COM: Warga ..."): a colon after an address
    # at a paragraph's start introduces what the site reports, never a sentence's word
    r"|^[A-Za-z][A-Za-z0-9-]*\.(?i:com|co\.id|id|net|org|online|news):\s+(?=[A-Z\"“])"
)
#: The site, a comma, the place closed by a full stop: "Situsku.com, Sumba Barat. Warga
#: ..." (one to three capitalised words, then the lead's capitalised first word). Some
#: regional papers glue the place to the address with a hyphen or a dash instead
#: ("Situsku.com-Sumba Barat. Warga ..."): no address goes on after its ending, so
#: the mark can only join the site to the place.
DATELINE_SITE_PLACE_RE = re.compile(
    r"^[A-Za-z][A-Za-z0-9-]*\.(?:com|co\.id|id|net|org|online|news)(?:,\s+|[-–—])"
    r"(?P<place>[A-Z][A-Za-z'-]+(?:\s[A-Z][A-Za-z'-]+){0,2})\.\s+(?=[A-Z\"“])"
)
#: The day of the news after a dateline, before the lead's words: "BANGKAPOS.COM, BANGKA
#: SELATAN - Senin (2/12/2024), tim gabungan ..." (the sentence goes on in lower case).
DATELINE_DAY_RE = re.compile(
    r"^(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\s*"
    r"\(\d{1,2}/\d{1,2}/\d{2,4}\)\s*,\s*(?=[a-z])"
)
#: After a site's prefix, the place closed by a full stop: "situs.com – Sumba Barat. Warga
#: ..." (one to three capitalised words, then the lead's capitalised first word).
DATELINE_PLACE_PERIOD_RE = re.compile(r"^[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\.\s+(?=[A-Z])")
#: A dateline closed by a colon: "Jakarta: Dinas Kesehatan ..." (one or two words), or a
#: place in capitals with the site in brackets: "KUDUS (Situs.id): Pasar ...", "KUDUS
#: (Kabar Kita): ..." (a paper's name of up to three capitalised words), or after a
#: comma, the site's address: "KUDUS, situs.co.id: Pasar ...".
DATELINE_COLON_RE = re.compile(
    r"^(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?"
    r"|[A-Z][A-Z'-]{2,}(?:\s[A-Z][A-Z'-]+){0,2}\s*\([A-Za-z][\w.-]*(?:\s[A-Z][\w.-]*){0,2}\)"
    r"|[A-Z][A-Z'-]{2,}(?:\s[A-Z][A-Z'-]+){0,2},\s*"
    r"[A-Za-z][A-Za-z0-9-]*\.(?i:com|co\.id|id|net|org|online|news)(?![\w.]))"
    r":\s+(?=[A-Z])"
)
#: A place in capitals glued to the lead by a hyphen: "TUBAN-Harga gabah di tingkat petani ...".
#: Four letters at least and a capitalised word after: "KPK-Polri" (an acronym pair) has
#: three; the word after the hyphen opens the sentence, so lower case follows it. A double
#: hyphen is a typed em dash ("AMBON--Warga ..."), which joins no compound: any place.
#: Some regional portals glue their name before the place, the place between two hyphens:
#: "Kabarhulu-MUARATEWEH- Warga ..." (the name capitalised, or its address; the place in
#: capitals): a word then a capitalised word hyphened to a closing hyphen is no compound,
#: unless the word is a prefix ("Anti-KORUPSI-"). The site's own address may be glued so
#: too, in bold before the lead ("SITUSKU.com-Warga desa ..."): no address goes on after
#: its ending, so the hyphen can only join the site to the lead, whose capitalised first
#: word goes on in lower case (a place in capitals after it is the next part of a longer
#: dateline; a name, "Situs.com-Garuda Muda. Klub ini ...", may be the lead's subject).
DATELINE_GLUED_RE = re.compile(
    r"^[A-Z]{4,}(?:\s[A-Z]{2,}){0,2}-(?=[A-Z][a-z]+\s+[a-z(])"
    r"|^[A-Z]{2,}(?:\s[A-Z]{2,}){0,2}--(?=[A-Z\"“])"
    r"|^(?!(?:Anti|Pasca|Super|Multi|Inter|Trans|Ultra)-)"
    r"[A-Z][a-z]{3,}(?:\.(?:com|co\.id|id|net|org))?-[A-Z]{4,}(?:\s[A-Z]{2,}){0,2}"
    r"\s?-{1,2}\s*(?=[A-Z\"“])"
    r"|^[A-Za-z][A-Za-z0-9-]*\.(?i:com|co\.id|id|net|org|online|news)-(?=[A-Z][a-z]+\s+[a-z(])"
)
#: The outlet's or desk's name in square brackets opening the lead: "[Kabar Kampus] Tim
#: peneliti ...", "[SITUS.ID] Warga ..." (one to four capitalised words, then the lead's
#: capitalised first word). A sentence never opens with a bracket: the name is a stamp.
DATELINE_BRACKET_RE = re.compile(
    r"^\[[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,3}\]\s*(?:[-–—:]\s*)?(?=[A-Z\"“])"
)
DOMAIN_RE = re.compile(r"\b([A-Za-z0-9][A-Za-z0-9-]*\.(?:com|co\.id|id|net|org))\b", re.IGNORECASE)
#: A media player's control row over a video or an episode: "▶ 00:00 / 04:18  Layar penuh",
#: "► Mainkan 00:00 / 55:02 2x" (a play mark opening it, or the elapsed and
#: total time).
MEDIA_PLAYER_RE = re.compile(
    r"^\s*[▶►⏵▷]"
    r"|\b\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?\b"
)
#: A broadcast note under a video: "Tayang di program Kabar Pagi, Senin malam",
#: "Disiarkan dalam acara X", "Aired on X" (where the video was shown, not its headline).
BROADCAST_NOTE_RE = re.compile(
    r"^\s*(?:tayang|ditayangkan|disiarkan|siaran|telah\s+tayang)\s+(?:ulang\s+)?"
    r"(?:di|dalam|pada)\s+(?:program|acara|segmen|rubrik|buletin)\b"
    r"|^\s*(?:aired|broadcast|as\s+seen)\s+(?:on|in)\s+(?-i:[A-Z])",
    re.IGNORECASE,
)
#: Production credits of a programme: "Kabar Pesisir diproduksi oleh Radio X dengan
#: dukungan Yayasan Y.", "Podcast ini diproduksi oleh ..." (the programme named, then
#: who made it and who backed it).
PRODUCTION_NOTE_RE = re.compile(
    r"^\s*(?:(?:podcast|siniar|program|episode|acara|video|tayangan|film\s+pendek)\s+ini"
    r"|(?-i:[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,5}))\s+(?:diproduksi|dipersembahkan|"
    r"dibuat|disiarkan)\s+oleh\s+[^.!?]{2,60}?\s+(?:dengan|atas)\s+(?:dukungan|kerja\s*sama)\b"
    r"|^\s*(?:podcast|siniar|program|episode|acara|video|tayangan)\s+ini\s+(?:diproduksi|"
    r"dipersembahkan|dibuat)\s+oleh\b",
    re.IGNORECASE,
)
#: A programme's credits by roles: "Host: Nama | Tamu: Nama", "Produser: Nama · Penyunting
#: audio: Nama", "Kameramen: Nama" (who made it, not the headline).
CREDIT_ROLE_RE = re.compile(
    r"^\s*(?:host|co-host|tamu|guest|narasumber|pembawa\s+acara|presenter|produser(?:\s+"
    r"eksekutif)?|producer|penyunting(?:\s+(?:audio|video))?|editor\s+(?:audio|video)|"
    r"kameramen|kamerawan|juru\s+kamera|camera|penata\s+(?:suara|musik|gambar)|"
    r"pengisi\s+suara|sound\s+engineer|mixing|musik|music|grafis|videografer|"
    r"reporter|editor|penulis|naskah|pewarta)\s*:\s*\S",
    re.IGNORECASE,
)
#: A chapter list's label over an episode's timestamps: "Daftar isi episode:", "Chapters:",
#: "Segmen:", "Timestamps".
CHAPTER_LABEL_RE = re.compile(
    r"^\s*(?:daftar\s+isi|isi|bab|segmen|chapters?|timestamps?|linimasa)"
    r"(?:\s+(?:episode|video|podcast|siniar|tayangan))?\s*:?\s*$",
    re.IGNORECASE,
)
#: A wire story's desk line closing it: "Reporting by Nama; Editing by Nama", "Pelaporan
#: oleh Nama dan Nama; Penyuntingan oleh Nama" (a translated copy), "Disunting oleh Nama".
WIRE_STAFF_RE = re.compile(
    r"^\s*(?:(?:additional\s+)?reporting|writing|pelaporan(?:\s+tambahan)?|penulisan|editing|"
    r"penyuntingan|disunting|edited)\s+(?:by|oleh)\s+[A-Z][^.!?]*"
    r"(?:;\s*(?:editing|penyuntingan|disunting|writing|penulisan)\s+(?:by|oleh)\s+[A-Z][^.!?]*)+"
    r"\.?\s*$",
    re.IGNORECASE,
)
#: The credits as a sentence closing the story: "Artikel ini ditulis oleh Nama dan disunting
#: oleh Nama.", "Berita ini disusun oleh Nama, diedit oleh Tim X.", "This story was written
#: by Name and edited by Name." (who wrote it and, maybe, who edited it; nothing else).
WRITTEN_BY_SENTENCE_RE = re.compile(
    r"^\s*(?:artikel|berita|tulisan|konten|liputan|naskah)\s+ini\s+(?:telah\s+)?"
    r"(?:ditulis|disusun|dibuat|diliput|dilaporkan)\s+oleh\s+(?-i:[A-Z])[^.!?]{1,60}?"
    r"(?:(?:,?\s+(?:dan|serta|lalu)\s+|[,;]\s*)(?:telah\s+)?(?:disunting|diedit|disupervisi|"
    r"diperiksa|ditinjau|dikurasi|diverifikasi)\s+oleh\s+(?-i:[A-Z])[^.!?]{1,60}?)?\.?\s*$"
    r"|^\s*this\s+(?:article|story|report|piece)\s+was\s+(?:written|reported|compiled)\s+by\s+"
    r"(?-i:[A-Z])[^.!?]{1,60}?(?:(?:,?\s+and\s+|[,;]\s*)(?:edited|reviewed|fact-checked)\s+by\s+"
    r"(?-i:[A-Z])[^.!?]{1,60}?)?\.?\s*$",
    re.IGNORECASE,
)
#: An agency's link to its principles under the story: "Our Standards: The ... Trust
#: Principles.", "Standar Kami: Prinsip ...".
EDITORIAL_STANDARDS_RE = re.compile(
    r"^\s*(?:our\s+standards|standar\s+kami)\s*:\s*\S", re.IGNORECASE
)
#: The head of a story's table of contents: "Daftar isi", "Daftar Isi Artikel", "Isi
#: artikel:", "Table of contents", "Navigasi cepat".
CONTENTS_HEAD_RE = re.compile(
    r"^\s*(?:daftar\s+isi(?:\s+artikel)?|isi\s+artikel|table\s+of\s+contents|"
    r"navigasi\s+cepat|lompat\s+ke)\s*:?\s*$",
    re.IGNORECASE,
)
#: An item of a chapter list: a timestamp, then its words ("12:40  Mengapa ...").
TIMESTAMP_ITEM_RE = re.compile(r"^\s*\(?\d{1,2}:\d{2}(?::\d{2})?\)?\s*[-–—·]?\s+\S")
#: A link to another episode: "Ep. 12 · Judul", "Episode 7: Judul", "Eps 3 | Judul".
EPISODE_LINK_RE = re.compile(
    r"^\s*(?:ep|eps|episode|episod)\.?\s*#?\d{1,4}\s*[·•|:–—-]\s*(?-i:[A-Z\"“'])",
    re.IGNORECASE,
)
#: A mail client's sender line: "Nama Pengirim <alamat@domain.id>", "<alamat@domain.id>".
MAIL_ADDRESS_LINE_RE = re.compile(r"^\s*(?:[^<>@\n]{1,60}\s)?<[\w.+-]+@[\w-]+(?:\.[\w-]+)+>\s*$")
#: The marker over a forwarded message: "---------- Forwarded message ---------",
#: "-----Pesan Asli-----", "Begin forwarded message:", "Pesan yang diteruskan".
FORWARDED_RE = re.compile(
    r"^\s*-*\s*(?:forwarded\s+message|original\s+message|pesan\s+(?:yang\s+)?diteruskan|"
    r"pesan\s+asli|begin\s+forwarded\s+message|awal\s+pesan\s+yang\s+diteruskan)\s*:?\s*-*\s*$",
    re.IGNORECASE,
)
#: A letter's or release's number line: "Nomor: 12/SP/Humas/XI/2025", "No.: 041/ABC/2026".
RELEASE_NUMBER_RE = re.compile(
    r"^\s*(?:nomor|no\.?|number|ref\.?)\s*:?\s*[\w.-]+(?:/[\w.-]+){2,}\s*$",
    re.IGNORECASE,
)
#: A browser's print-to-PDF running lines: its header, the print date and time then the
#: page's title ("5/9/24, 10:05 PM   Judul - Situs"), and its footer, the address and the
#: sheet ("https://situs.id/berita/judul/   1/2").
PRINT_HEADER_RE = re.compile(
    r"^\s*\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+\S+){3}"
)
PRINT_FOOTER_RE = re.compile(r"^\s*(?:https?://|www\.)\S+\s+\d{1,3}\s*/\s*\d{1,3}\s*$")
#: A tag line under the story: "Tag: banjir  Kota  cuaca", "Tags: a, b", "Topik: ...";
#: a blog names the post's place among its categories with a preposition ("Dalam kategori:
#: Opini, Daerah", "Diposting di: Berita", "Posted in: News", "Filed under: Politics").
TAG_LINE_RE = re.compile(
    r"^\s*(?:(?:(?:dalam|di|in)\s+)?(?:tags?|tagar|label|labels|topik|topics?|kata\s+kunci|"
    r"keywords?|kategori|categories|category)"
    r"|(?:di)?posting\s+(?:di|dalam)|posted\s+in|filed\s+under)\s*:\s*\S",
    re.IGNORECASE,
)
#: A wiki's page furniture (Wikinews, Wikipedia and their sister projects): its tagline
#: under the heading ("Dari Wikiwarta, sumber berita bebas", "From Wikinews, the free
#: news source you can write!"), the link to a sister project ("Wikipedia mempunyai entri
#: tentang: X", "Wikipedia has an article about:") and where the page was read from
#: ("Diambil dari “https://...”", "Retrieved from "https://..."").
WIKI_FURNITURE_RE = re.compile(
    r"^\s*(?:dari|from)\s+wiki\w*(?:\s+[\w-]+){0,3}\s*,\s*(?:the\s+)?(?:sumber\s+berita|"
    r"ensiklopedia|kamus|free\s+(?:news|encyclopedia|dictionary))\b"
    r"|^\s*wiki\w*\s+(?:memiliki|mempunyai|has)\s+(?:sebuah\s+|an?\s+)?(?:artikel|article|"
    r"entri|entry)\b[^:]{0,40}:"
    r"|^\s*(?:diperoleh|diambil|retrieved)\s+(?:dari|from)\s+[\"“]?https?://",
    re.IGNORECASE,
)
#: A reference under a story, as wikis cite their sources: the quoted headline, the
#: outlet, its date ("\"Banjir Rendam Dua Desa\". Kabar Kita, 3 Desember 2026.").
CITATION_RE = re.compile(
    r"^\s*[\"“][^\"”]{5,200}[\"”]\.?\s+[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,4},\s+"
    r"[^\"”]{0,40}\b(?:19|20)\d\d\b\.?\s*$"
)
#: A link to the story in the outlet's other language: "This article is also available in
#: Bahasa Indonesia: <headline>", "Artikel ini juga tersedia dalam bahasa Inggris: ...".
OTHER_LANGUAGE_RE = re.compile(
    r"^\s*(?:this\s+(?:article|story)\s+is\s+(?:also\s+)?available\s+in|"
    r"(?:artikel|berita|tulisan)\s+ini\s+(?:juga\s+)?(?:tersedia|bisa\s+dibaca)\s+dalam)"
    r"\s+(?:bahasa\s+)?\w+(?:\s+\w+)?\s*:"
    # "In Bahasa Indonesia: <headline>", "Dalam bahasa Inggris: ...": the language named
    r"|^\s*(?:in|dalam)\s+(?:bahasa\s+(?:indonesia|inggris)|english|indonesian)\s*:"
    # "Baca dalam Bahasa Inggris: <headline>", "Read in English: ...", "Read this in
    # Indonesian: ...": the call to read the same story in the other language
    r"|^\s*(?:baca|read)\s+(?:this\s+(?:story\s+|article\s+)?|versi\s+|juga\s+)?"
    r"(?:in|dalam)\s+(?:bahasa\s+\w+|english|indonesian)\s*:",
    re.IGNORECASE,
)
#: A letter's closing formula: "Demikian surat ini saya sampaikan.", "Atas perhatian Bapak/Ibu,
#: diucapkan terima kasih."
LETTER_CLOSING_RE = re.compile(
    r"^\s*demikian\s+(?:\w+\s+){0,4}?(?:ini\s+)?(?:kami|saya)\s+sampaikan\b"
    r"|^\s*atas\s+perhatian\w*\b.{0,40}\bterima\s*kasih\b",
    re.IGNORECASE,
)
#: An organisation's boilerplate, told of itself in one sentence: "Lembaga X adalah lembaga
#: nirlaba yang ...", "X merupakan organisasi kemanusiaan ...".
ORG_BOILERPLATE_RE = re.compile(
    r"^\s*(?-i:[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,5})\s+(?:adalah|merupakan|ialah|is)\s+"
    r"(?:sebuah\s+|an?\s+)?(?:lembaga|organisasi|yayasan|perkumpulan|badan|gerakan|"
    r"organi[sz]ation|foundation|non-?profit)\b",
    re.IGNORECASE,
)
#: The head of a company's or an organisation's "about" blurb closing a press release:
#: "Tentang PT Sinar Laut Tbk", "About Kopi Nusantara", "Sekilas tentang Yayasan X".
ABOUT_HEAD_RE = re.compile(
    r"^\s*(?:tentang|about|sekilas(?:\s+tentang)?|profil)\s+(?-i:[A-Z])[^.!?:]{1,60}:?\s*$",
    re.IGNORECASE,
)
#: The blurb under it: the name, then what it is or since when ("PT X adalah ...", "X,
#: didirikan pada 1998, ...", "X is a ...").
ABOUT_BLURB_RE = re.compile(
    r"^\s*(?-i:[A-Z])[^.!?]{0,80}?\b(?:adalah|merupakan|ialah|didirikan|berdiri|is|was|"
    r"founded|established)\b",
    re.IGNORECASE,
)
#: A release's link to its picture or logo: "Foto - https://...", "Logo - https://...".
MEDIA_LINK_RE = re.compile(
    r"^\s*(?:foto|photo|gambar|logo|video|multimedia|infografis)\s*[-–—:]\s*https?://\S+\s*$",
    re.IGNORECASE,
)
#: A live report's badge over its entries: "● LIVE · laman ini diperbarui berkala",
#: "🔴 LIVE UPDATE", "LIVE: diperbarui setiap 5 menit".
LIVE_BADGE_RE = re.compile(
    r"^\s*(?:[●•⬤🔴◉]\s*)?(?-i:LIVE)(?:\s+(?-i:UPDATE|REPORT|STREAMING))?\s*[:|·-]?\s*"
    r"(?:$|(?:halaman|laman|artikel|page|this\s+page)\b.{0,40}\b(?:diperbarui|update[sd]?|refresh\w*)\b"
    r"|(?:diperbarui|updated?)\b)",
    re.IGNORECASE,
)
#: A match's score box over a report: "Skor Akhir: Tim A 1-2 Tim B | Gol: ...", "FT: A 2-0 B",
#: "Babak Pertama: A 0-0 B" (a label, a colon, two sides and a score).
SCORE_BOX_RE = re.compile(
    r"^\s*(?:skor(?:\s+(?:akhir|sementara))?|hasil\s+akhir|ft|ht|full[\s-]?time|half[\s-]?time"
    r"|babak\s+(?:pertama|kedua))\s*:\s*[^.!?]{1,60}?\b\d{1,2}\s*[-–]\s*\d{1,2}\b",
    re.IGNORECASE,
)
#: A match's scorers (or its cards) by the minute: "Gol: Nama 12' - Nama 67', 90+2'",
#: "Pencetak gol: Nama (5'), Nama (88')", "Goals: Name 23'": a label, a colon, and a
#: minute mark (digits and an apostrophe) somewhere after it.
SCORERS_RE = re.compile(
    r"^\s*(?:gol|gol-gol|pencetak\s+gol|goals?|scorers?|goalscorers?|kartu\s+(?:merah|kuning)"
    r"|(?:red|yellow)\s+cards?)\s*:\s*(?=\S)(?=.*\b\d{1,3}(?:\s*\+\s*\d{1,2})?\s*['’′])",
    re.IGNORECASE,
)
#: A breadcrumb trail from the site's home: "Beranda › Daerah › Judul Berita...", "Home >
#: News > City". The home's name, then a separator: wherever it stands, it is chrome.
HOME_TRAIL_RE = re.compile(
    r"^\s*(?:home|beranda|halaman\s+utama|indeks|index|depan)\s*(?:›|>|»|/|\\|→)\s*\S",
    re.IGNORECASE,
)
#: A reader-reaction button's word, beside its count: "👍 Suka 120  😢 Sedih 8".
REACTION_BUTTON_WORDS = frozenset(
    """
    suka senang gembira bahagia lucu kaget terkejut sedih marah kesal takut terharu bangga
    terinspirasi inspiratif peduli kecewa like love haha wow sad angry care
    """.split()
)
#: A scroll story's cue to scroll on: "Scroll ke bawah ⬇", "Gulir ↓", "Geser untuk mulai".
SCROLL_CUE_RE = re.compile(
    r"^\s*(?:(?:silakan\s+)?(?:gulir|scroll|geser|usap)(?:\s+(?:ke\s+bawah|down|untuk\s+"
    r"(?:membaca|memulai|mulai|melanjutkan|begin|start|continue)))?|(?:mulai\s+)?membaca"
    r"|start\s+reading)\s*[↓⬇▼↡⌄↧⇣⤓]+\s*$"
    r"|^\s*[↓⬇▼]?\s*(?:gulir|scroll)\s+(?:ke\s+bawah|down)(?:\s+(?:untuk|to)\s+\w+)?\s*[↓⬇▼]?\s*$",
    re.IGNORECASE,
)
#: A long story's list of its chapters on one line: "Bab 1 Hulu · Bab 2 Hilir · Bab 3 Muara",
#: "Bagian I: Awal | Bagian II: Akhir", "Chapter 1 ... • Chapter 2 ...".
CHAPTER_LIST_RE = re.compile(
    r"^\s*(?:bab|bagian|chapter|part|babak|episode)\s+(?:\d{1,2}|[IVX]{1,4})\b[^·•|]{0,80}"
    r"(?:[·•|]\s*(?:bab|bagian|chapter|part|babak|episode)\s+(?:\d{1,2}|[IVX]{1,4})\b[^·•|]{0,80})+$",
    re.IGNORECASE,
)
#: A chart's or table's caption, numbered: "Grafik 2. Produksi padi (ton), 2015–2025",
#: "Tabel 1: Sebaran kasus", "Figure 3. Rainfall by month".
FIGURE_CAPTION_RE = re.compile(
    r"^\s*(?:grafik|gambar|tabel|chart|figure|fig\.|peta|infografik|infografis|diagram|"
    r"bagan)\s+\d{1,2}\s*[.:]\s+\S.{0,160}$"
    # unnumbered, a table's rows or its source on the line: "Tabel: Produksi (ton) — Jan
    # 1,2 | Feb 1,4 | Mar 1,1. Sumber: BPS", "Grafik: Harga beras 2026. Sumber: Bapanas"
    r"|^\s*(?:grafik|tabel|chart|table|infografik|infografis|diagram)\s*:\s+"
    r"(?=.{0,300}(?:\bsumber\s*:|\bsource\s*:|\|.{1,40}\|))\S.{0,300}$",
    re.IGNORECASE,
)
#: A data story's note on its method, closing the story: "Catatan metodologi: Data dihitung
#: dari ...", "Metodologi: ...", "Methodology: ...", "Tentang data ini: ...".
METHOD_NOTE_RE = re.compile(
    r"^\s*(?:catatan\s+(?:metodologi|metode|data)|metodologi|metode\s+(?:penelitian|analisis|"
    r"liputan)|methodology|about\s+(?:the|this)\s+data|tentang\s+data(?:\s+ini)?|"
    r"note\s+on\s+(?:the\s+)?(?:data|methods?|methodology))\s*:\s*\S",
    re.IGNORECASE,
)
#: The note of whoever kept a clipping (a monitoring team, an analyst, a press office),
#: labelled so on its line under the story: "Catatan Tim Monitoring: ...", "Catatan
#: analis: ...", "Rekomendasi Humas: ...", "Analyst's note: ...". The story never opens a
#: paragraph with a note of its reader's. (A recommendation or a comment of an analyst,
#: "Rekomendasi analis: beli", is a market story's matter: only a note is the keeper's.)
_NOTE_KEEPER = (
    r"(?:(?:tim|divisi|bagian|unit|staf)\s+)?(?:monitoring|pemantauan|pemantau|humas|kliping"
    r"|internal|media\s+monitoring)"
)
CLIPPING_NOTE_RE = re.compile(
    r"^\s*(?:catatan\s+(?:analis|analyst|" + _NOTE_KEEPER + r")"
    r"|(?:rekomendasi|saran|tindak\s+lanjut)\s+" + _NOTE_KEEPER + r")\b[^:\n]{0,40}:\s*\S"
    r"|^\s*(?:analyst(?:'s)?|monitoring|internal|clipping)\s+(?:note|comment|remarks?)s?\s*:\s*\S",
    re.IGNORECASE,
)
#: A clipping vendor's disclaimer under the article: who compiled the document and for
#: whom ("Kliping ini dihimpun oleh <vendor> untuk kebutuhan klien", "This report was
#: prepared by X for the client's internal use"), or that the story's copyright stays
#: with its outlet ("Hak cipta tulisan ini pada ...").
CLIPPING_DISCLAIMER_RE = re.compile(
    r"^\s*(?:dokumen|kliping|laporan|materi|bahan|rangkuman)\s+ini\s+(?:disusun|dibuat|"
    r"disiapkan|dihimpun|dikompilasi|disediakan)\s+(?:oleh\s+[^.!?]{2,60}?\s+)?untuk\s+"
    r"(?:keperluan|kepentingan|kebutuhan|penggunaan)\s+(?:internal|klien)"
    r"|^\s*this\s+(?:document|report|clipping)\s+(?:was|is|has\s+been)\s+(?:prepared|"
    r"compiled)\s+(?:by\s+[^.!?]{2,60}?\s+)?for\b"
    r"|^\s*hak\s+cipta\s+(?:isi\s+)?(?:berita|artikel|konten|tulisan)\s+(?:ini\s+)?"
    r"(?:tetap\s+)?(?:milik|pada|dimiliki)\b",
    re.IGNORECASE,
)
# What a document's circulation mark says: kept inside ("Dokumen internal", "Untuk
# kalangan sendiri", "Internal use only"), not to be passed on ("Tidak untuk
# disebarluaskan", "Not for distribution"). A word alone ("Rahasia") may be a subheading.
_CIRCULATION = (
    r"(?:(?:dokumen|bahan|laporan|catatan)\s+(?:internal|rahasia|terbatas)"
    r"|(?:hanya\s+)?untuk\s+(?:kalangan\s+(?:sendiri|terbatas|internal)|internal)"
    r"|tidak\s+untuk\s+(?:disebarluaskan|diedarkan|disebarkan|dipublikasikan|umum|publikasi)"
    r"|(?:strictly\s+)?(?:private\s+and\s+)?confidential"
    r"|(?:for\s+)?internal\s+(?:use|distribution)(?:\s+only)?"
    r"|not\s+for\s+(?:distribution|publication|circulation))"
)
#: A document's circulation mark alone on its line, its parts joined by a dash or a stop:
#: "Bahan internal – tidak untuk diedarkan.", "CONFIDENTIAL – Internal use only".
CIRCULATION_MARK_RE = re.compile(
    r"^\s*[(\[]?\s*" + _CIRCULATION + r"(?:\s*[-–—.,;:|/]?\s*" + _CIRCULATION + r")*"
    r"\s*[.!)\]]?\s*$",
    re.IGNORECASE,
)
#: A stat card's figure alone on its line: "12 ton", "Rp5 juta+", "72%", "1,2 juta ton".
STAT_FIGURE_RE = re.compile(
    r"^\s*(?:Rp\s?|US\$\s?|\$\s?)?\d[\d.,]*\s*(?:%|persen|[a-zA-Z]{1,8}(?:\s+[a-zA-Z]{1,8})?)?"
    r"\s*\+?\s*$"
)
#: A scorers' line with no label, only "Name minute'" entries: "Nama Pemain 34' — Nama Lain
#: 88'", "A. Putra 12', 56' (p), B. Sitorus 90+2'". Every entry is a capitalised name and
#: its minutes, so a sentence about goals never matches.
_SCORER_ENTRY = (
    r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|da|dos|el|bin))*"
    r"\s+\d{1,3}(?:\s*\+\s*\d{1,2})?\s*['’′](?:\s*\((?:p|pen|og|bd|pen\.)\))?"
    r"(?:\s*,\s*\d{1,3}(?:\s*\+\s*\d{1,2})?\s*['’′](?:\s*\((?:p|pen|og|bd)\))?)*"
)
SCORER_LIST_RE = re.compile(
    rf"^\s*(?:⚽\s*)?{_SCORER_ENTRY}(?:\s*[—–\-,;•|/·]\s*(?:⚽\s*)?{_SCORER_ENTRY})*\s*$"
)
#: A line of a match's box beside its scorers: the result ("Tim A 1-2 Tim B", "Tim A 3 - 0
#: Tim B (FT)") or the venue ("Stadion Mandala - Jayapura", "Venue: GOR Kota", "Kawi Arena,
#: Malang").
MATCH_BOX_LINE_RE = re.compile(
    r"^[^.!?\d]{2,40}\s\d{1,2}\s*[-–]\s*\d{1,2}\s[^.!?\d]{2,40}$"
    r"|^(?:stadion|stadium|gelora|gor|lapangan|venue|tempat|sirkuit)\b\s*:?\s*[A-Z][^.!?]{1,60}$"
    # a venue named before its kind: "Batakan Arena, Balikpapan", "Jalak Harupat Stadium"
    r"|^[A-Z][^.!?\d,]{1,40}\s(?:arena|stadium|stadion|dome|hall|park)(?:\s*[,–-]\s*[A-Z][^.!?\d]{1,30})?$",
    re.IGNORECASE,
)
#: A team's line-up: "Tim Merah (4-3-3): Kiper; Bek, Bek, ...", "Starting XI Tim A: ...".
LINEUP_RE = re.compile(
    r"^\s*[A-Z][\w.'& -]{1,40}?\s*\(\d(?:-\d){2,4}\)\s*:\s*\S"
    r"|^\s*(?i:starting\s+(?:xi|eleven|line-?up)|susunan\s+pemain|line-?up)\s+"
    r"[A-Z][\w.' -]{1,40}:\s*\S",
)
#: The next fixture after a match report: "Jadwal Berikutnya: Tim A vs Tim B, Minggu ...",
#: "Laga selanjutnya: ...", "Next match: ...", or the next round's time and channel:
#: "Jadwal Final: Minggu, 6 Desember 2026, pukul 13.00 WIB, disiarkan ...".
NEXT_MATCH_RE = re.compile(
    r"^\s*(?:(?:jadwal|laga|pertandingan|partai)\s+(?:berikutnya|selanjutnya)|next\s+"
    r"(?:match|fixture|game))\s*:\s*\S"
    r"|^\s*jadwal\s+(?:(?:babak\s+)?(?:semi\s*-?\s*final|final|perempat\s*-?\s*final|"
    r"(?:babak\s+)?(?:\d+\s+besar|gugur|play-?off)))\s*:\s*(?:senin|selasa|rabu|kamis|jumat|"
    r"jum'at|sabtu|minggu|ahad)\b",
    re.IGNORECASE,
)
#: A fact-check's verdict: "HASIL PERIKSA FAKTA: SALAH", "Kesimpulan: HOAKS", "Status:
#: Menyesatkan", "Verdict: False", or the rating alone in brackets ("[SALAH]").
VERDICT_RE = re.compile(
    r"^\s*(?:(?:hasil\s+)?(?:periksa|cek|pemeriksaan)\s+fakta|status|verdict|rating|penilaian|"
    r"label|kesimpulan|kategori)\s*:\s*"
    r"(?:salah|hoaks|hoax|keliru|menyesatkan|disinformasi|misinformasi|sebagian\s+benar|"
    r"tidak\s+terbukti|palsu|benar|false|true|misleading|partly\s+false|satire|satir|"
    r"konten\s+(?:yang\s+)?(?:menyesatkan|dimanipulasi|palsu|salah|tiruan))\b"
    r"|^\s*\[(?:salah|hoaks|keliru|menyesatkan|disinformasi|misinformasi|benar|klarifikasi)\]\s*$",
    re.IGNORECASE,
)
#: A box drawn in text: a line of box-drawing characters only ("╔══════╗", "└────┘").
BOX_BORDER_RE = re.compile(r"^\s*[\u2500-\u257f]{3,}\s*$")
#: The furniture of a newsletter's web archive (a mailing service's page): its link to the
#: copy in the browser, its list of past issues, its opt-out line, "Anda menerima
#: email ini karena ...".
NEWSLETTER_FURNITURE_RE = re.compile(
    r"^\s*(?:view\s+(?:this\s+email\s+)?in\s+(?:your\s+)?browser|lihat\s+(?:email|surel)\s+ini\s+di\s+"
    r"(?:browser|peramban)|past\s+issues|edisi\s+sebelumnya|our\s+mailing\s+address\s+is"
    # the issue's copy on the web: "Lihat versi web", "Baca versi daring buletin ini"
    r"|(?:lihat|baca|buka)\s+versi\s+(?:web|online|daring|peramban|browser)"
    # a call to pass the issue on: "Teruskan buletin ini kepada rekan Anda"
    r"|(?:teruskan|forward)\s+(?:email|surel|buletin|nawala|newsletter)\s+ini"
    r"|want\s+to\s+change\s+how\s+you\s+receive\s+these\s+emails)\b"
    r"|\bunsubscribe\s+from\s+this\s+list\b|\bupdate\s+your\s+preferences\b"
    r"|\b(?:berhenti\s+berlangganan|unsubscribe)\b.{0,20}$"
    r"|^\s*(?:anda|kamu)\s+menerima\s+(?:email|surel|nawala|newsletter)\s+ini\s+karena\b"
    r"|^\s*you\s+(?:are\s+)?receiv(?:e|ed|ing)\s+this\s+email\s+because\b",
    re.IGNORECASE,
)
NEWSLETTER_FURNITURE_SEARCH = GatedSearch(NEWSLETTER_FURNITURE_RE)
#: A social post's meta line: its time, its date and its views ("7:40 PM · Mar 9, 2025 ·
#: 3.1K Views", "19.30 · 4 Des 2026 · 1.204 tayangan"): when the post was published.
POST_META_RE = re.compile(
    r"^\s*\d{1,2}[:.]\d{2}\s*(?:AM|PM|WIB)?\s*·\s*[^·]{4,24}?\b(?:19|20)\d\d\b"
    r"(?:\s*·\s*[\d.,]+\s*(?:[KMkm]|rb|ribu|jt|juta)?\s*(?:views|tayangan|dilihat|kali\s+dilihat))?\s*$"
    # A fediverse post's stamp: "3 Des 2026, 19.20 · Publik · Web" (its audience, its app)
    r"|^\s*[^·]{4,24}?\b(?:19|20)\d\d\b,?\s*\d{1,2}[:.]\d{2}\s*·\s*(?:publik|public|"
    r"tidak\s+terdaftar|unlisted|pengikut|followers)\b(?:\s*·\s*[\w ]{2,20})?\s*$",
    re.IGNORECASE,
)
#: A post's account alone on its line: "@akun_berita".
AT_HANDLE_RE = re.compile(r"^\s*@[A-Za-z0-9_]{2,30}\s*$")
#: A newsletter's greeting to its readers: "Halo, Kawan Kabar!", "Hai pembaca,", "Dear
#: readers," (a short line of its own: the sender speaking, not the story).
GREETING_RE = re.compile(
    r"^\s*(?:halo|hai|hi|hello|dear|selamat\s+(?:pagi|siang|sore|malam))\b[^.?]{0,40}[,!]?\s*$",
    re.IGNORECASE,
)
#: A newsletter's greeting that goes on to introduce the issue's picks: "Selamat pagi,
#: Sobat Kabar. Berikut rangkuman berita pilihan untuk Anda.", "Halo, pembaca! Inilah
#: kabar terpopuler pekan ini." (the sender speaking to the reader, never the story).
GREETING_INTRO_RE = re.compile(
    r"^\s*(?:halo|hai|hi|hello|dear|selamat\s+(?:pagi|siang|sore|malam))\b[^.?!]{0,40}[.!]\s+"
    r"(?:berikut(?:\s+ini)?|inilah|ini\s+dia|simak|here\s+(?:is|are))\b[^.?!]{0,140}[.!]?\s*$",
    re.IGNORECASE,
)
#: An editor's note that the story changed after it came out: "*Artikel ini diperbarui pada
#: Jumat (4/12) dengan tanggapan ...", "Artikel ini telah mengalami perubahan judul",
#: "This story has been updated with ...", "Correction: An earlier version ...".
UPDATE_NOTE_RE = re.compile(
    r"^\W{0,3}(?:(?:update|pembaruan|catatan(?:\s+redaksi)?|ralat|koreksi)\s*:\s*)?"
    r"(?:(?:berita|artikel|tulisan|laporan|judul)\s+ini\s+(?:telah\s+|sudah\s+|kembali\s+)?"
    r"(?:diperbarui|diperbaharui|diralat|dikoreksi|direvisi|diubah|di-?update|mengalami\s+"
    r"(?:perubahan|pembaruan|koreksi|revisi|ralat))"
    r"|(?:this|the)\s+(?:article|story|report|post)\s+(?:was|has\s+been|had\s+been)\s+"
    r"(?:updated|corrected|amended|revised|changed)"
    # an interview's note on its transcript: "Transkrip telah disunting agar ringkas",
    # "Wawancara ini telah diedit ...", "This interview has been edited for clarity"
    r"|(?:transkrip(?:\s+wawancara)?|wawancara|petikan\s+wawancara)(?:\s+ini)?\s+(?:telah\s+|sudah\s+)?"
    r"(?:disunting|diedit|diringkas|dipersingkat)"
    r"|(?:this\s+)?(?:interview|transcript|conversation)\s+(?:has\s+been\s+|was\s+)?"
    r"(?:edited|condensed|lightly\s+edited)"
    r"|(?:correction|(?:koreksi|ralat)(?:\s+redaksi)?|catatan\s+redaksi|editor'?s\s+note)\s*[:—–]\s+"
    r"(?:an\s+earlier|a\s+previous|versi\s+sebelumnya|sebelumnya|dalam\s+versi))\b",
    re.IGNORECASE,
)
#: A lead's dateline closed by a full stop, as English-language Jakarta papers write it:
#: "Surabaya. The city council on Monday ..." (a place alone as a sentence opens no story).
DATELINE_PERIOD_RE = re.compile(
    r"^(?P<place>[A-Z][a-z]{3,}(?:\s[A-Z][a-z]+)?)\.\s+(?=[A-Z][a-z]*\s+[a-z])"
)
#: One-word sentences a quote or a chat may open with, never a place.
NOT_A_PLACE = frozenset(
    "benar betul tidak bukan baik oke okay nah wah yaudah sudah belum mungkin maaf terima "
    "yes well okay right sure thanks however".split()
)
#: An embedded post's signature under its text: "— Nama (@akun) December 1, 2026",
#: "— Kabar Kota (@kabarkota) 3 Desember 2026" (the embed's attribution and date).
EMBED_SIGNATURE_RE = re.compile(r"^\s*[—–-]{1,2}\s*[^()\n]{1,60}\(@[A-Za-z0-9_]{1,30}\)\s+\S")
#: A reader poll's head: "POLLING SITUS", "Jajak Pendapat", "Poll:", "Kuis Hari Ini".
POLL_HEAD_RE = re.compile(
    r"^\s*(?:polling|poll|jajak\s+pendapat|survei\s+(?:kilat|pembaca)|voting|kuis)"
    r"(?:\s+[\w.]+){0,2}\s*:?\s*$",
    re.IGNORECASE,
)
#: A headline's page number on a story split over pages: "Judul - Halaman 2", "Judul
#: (Halaman 3)", "Judul | Page 2". The page is the story's, the number the page's.
PAGE_SUFFIX_RE = re.compile(
    r"\s*(?:[-–—|:]\s*(?:halaman|hal\.?|laman|page)\s+\d{1,2}"
    r"|\((?:halaman|hal\.?|laman|page)\s+\d{1,2}\))\s*$",
    re.IGNORECASE,
)
#: A numbered subheading: "3. Kulit pucat", "4) Sering sakit kepala" (a list's item).
NUMBERED_HEAD_RE = re.compile(r"^\s*\d{1,2}[.)]\s+[A-Z]")
#: The head of an author's card after the story: "Tentang Penulis", "Profil Penulis",
#: "About the author", "Written by Nama".
AUTHOR_CARD_RE = re.compile(
    r"^\s*(?:tentang|profil|biodata|sekilas)\s+(?:penulis|pengarang|kontributor)\s*:?\s*$"
    # the name on the head's line: "Tentang Penulis: Nama Lengkap"
    r"|^\s*(?:tentang|profil|biodata|sekilas)\s+(?:penulis|pengarang|kontributor)\s*:\s*"
    r"(?-i:[A-Z])[^.!?:]{1,50}$"
    r"|^\s*about\s+the\s+(?:author|writer)\s*:?\s*$"
    r"|^\s*(?:written|ditulis)\s+(?:by|oleh)\s+(?-i:[A-Z])[^.!?]{1,50}$",
    re.IGNORECASE,
)
#: The buttons of a share, reaction or reply bar: "Like  Komentari  Kirim", "Kutip
#: Balas", "Share: FB WA Line" (a row of them and nothing else is the site's).
ACTION_WORDS = frozenset(
    "suka like likes komentari komentar comment comments balas reply quote kutip bagikan "
    "share sebarkan kirim send repost teruskan forward simpan save laporkan report "
    "emoticon cendol bata whatsapp wa facebook fb twitter x telegram tg line linkedin "
    "email e-mail surel salin copy tautan link pinterest threads instagram ig tiktok "
    "posting ulang sematkan embed unduh download kutipan balasan reposts quotes replies "
    "retweets".split()
)
#: The action words that answer a post: a bar holding one is a reply bar, under a post
#: ("Kutip  Balas", "Like · Reply"); "Komentari"/"Comment" only beside a reaction ("Like
#: Komentari Kirim"): a share bar's bare "Komentar" may stand between two paragraphs.
REPLY_WORDS = frozenset("balas reply quote kutip kutipan balasan quotes replies".split())
COMMENT_WORDS = frozenset("komentari comment".split())
REACTION_WORDS = frozenset("suka like likes cendol".split())
#: A row of bare counts under a post (claps and responses, likes): "312   4", "1.2K  18".
COUNTS_ROW_RE = re.compile(r"^\s*\d[\d.,]*[KkMm]?(?:\s+\d[\d.,]*[KkMm]?){1,3}\s*$")
#: A profile's role line under a person's name (an author's card on a professional
#: network or a blog): "Direktur Utama Perumda X | Tata Kelola Air", "Dosen Teknik Sipil
#: Universitas X" (the role opening it, capitalised).
PROFILE_ROLE_RE = re.compile(
    r"^\s*(?:(?:Wakil|Plt\.?|Senior|Junior|Asisten|Associate)\s+)?(?:Direktur|Direktris|Kepala|Ketua|"
    r"Manajer|Manager|Dosen|Guru|Peneliti|Analis|Konsultan|Founder|Co-[Ff]ounder|Pendiri|CEO|CTO|"
    r"COO|CFO|Staf|Staff|Mahasiswa|Mahasiswi|Praktisi|Pengamat|Pemerhati|Penulis|"
    r"Jurnalis|Wartawan|Editor|Redaktur|Perencana|Insinyur|Engineer|Dokter|Advokat|Pengacara|"
    r"Notaris|Pegiat|Aktivis|Koordinator|Sekretaris|Komisaris|Pemimpin|Pimpinan|Pemilik|Owner|"
    r"Spesialis|Specialist|Researcher|Lecturer|Professor|Profesor|Director|Officer|Founder)\b"
)
#: A live report's time stamp over an entry: "22.10 WIB", "Pukul 07:45", "14.05 WITA".
LIVE_STAMP_RE = re.compile(
    r"^\s*(?:pukul\s+)?\d{1,2}[.:]\d{2}\s*(?:WIB|WITA|WIT|UTC|GMT)?\s*$", re.IGNORECASE
)
#: A post's pointer to the full story elsewhere: "Selengkapnya di situs.co 👇", "Baca
#: selengkapnya di situs.id/berita" (the address closing the line, an emoji at most after).
READ_ON_RE = re.compile(
    r"^\s*(?:baca\s+|simak\s+)?(?:berita\s+)?selengkapnya\s+(?:di|pada|lewat|melalui)\s+"
    r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,6}\S*\s*[^\w\s]*\s*$",
    re.IGNORECASE,
)
#: A post's pointer to its full story as a label and the address: "Selengkapnya:
#: https://situs.id/berita/...", "Baca selengkapnya: situs.id/a/b", "Read more: https://...",
#: or a mail's link in its plain text ("Selengkapnya <https://...>").
READ_ON_LINK_RE = re.compile(
    r"^\s*(?:(?:baca|simak|info|berita)\s+)?(?:selengkapnya|read\s+more|more)\s*(?::\s*|(?=<))"
    r"<?(?:https?://)?(?:[\w-]+\.)+[a-z]{2,6}\S*\s*[^\w\s]*\s*$"
    # a mail's plain text writes a link as its words and the address in angle brackets:
    # "Baca di situs Kabar Kita <https://...>", "Baca selengkapnya di laman X <https://...>"
    r"|^\s*(?:baca|simak|lihat)\s+(?:(?:selengkapnya|artikel|berita)\s+(?:ini\s+)?)?"
    r"(?:di|pada)\s+(?:situs|laman|website|web|portal)\b[^<>]{0,40}<https?://\S+>\s*$",
    re.IGNORECASE,
)
#: A messaging channel's head: "Saluran · 3,4 jt pengikut", "Channel · 48K followers",
#: "Kanal | 12.400 pelanggan" (the kind of account and its count of followers).
CHANNEL_HEAD_RE = re.compile(
    r"^\s*(?:saluran|channel|kanal)\s*[·•|-]\s*[\d.,]+\s*(?:rb|jt|ribu|juta|k|m)?\s*"
    r"(?:pengikut|followers?|subscribers?|pelanggan|anggota|members?)\s*$",
    re.IGNORECASE,
)
#: A follow button, a tick or a plus before it at most: "✓ Mengikuti", "+ Ikuti", "Follow".
FOLLOW_BUTTON_RE = re.compile(
    r"^\W*(?:ikuti|mengikuti|diikuti|follow|following|followed|subscribed)\W*$",
    re.IGNORECASE,
)
#: A chat's day separator in words: "Hari ini", "Kemarin", "Today", "Yesterday".
CHAT_DAY_RE = re.compile(r"^\s*(?:hari\s+ini|kemarin|today|yesterday)\s*$", re.IGNORECASE)
#: An English paper's newsletter call: "Get the week's top stories for expats every
#: Friday.", "Get our daily headlines in your inbox."
NEWSLETTER_CALL_EN_RE = re.compile(
    r"^\s*(?:get|receive)\s+(?:the|our)\b.{0,60}?\b(?:stories|news|headlines|newsletter)\b"
    r".{0,50}?\b(?:every|each|daily|weekly|in\s+your\s+inbox)\b",
    re.IGNORECASE,
)

# A scripture reference: a book and chapter:verse ("Yeremia 29:11", "1 Korintus 13:4-7",
# "Mazmur 23:1 TB"), a surah ("QS. Al-Baqarah: 286", "Q.S Ar-Ra'd ayat 11") or a hadith's
# narrator ("HR. Bukhari dan Muslim").
_SCRIPTURE_REF = (
    r"(?:(?:[1-3]\s*)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+\d{1,3}\s*:\s*\d{1,3}"
    r"(?:\s*[-\u2013]\s*\d{1,3})?(?:\s+[A-Z]{2,4})?"
    r"|Q\.?\s?S\.?\s*[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s*(?::|ayat)\s*\d{1,3}(?:\s*[-\u2013]\s*\d{1,3})?"
    r"|H\.?\s?R\.?\s+[A-Z][\w'-]+(?:\s+(?:dan|&)\s+[A-Z][\w'-]+)?)"
)
#: A daily-verse or quote box's text: a quotation and its scripture reference after a dash
#: or in brackets ('"Sebab ..." - Yesaya 41:10', '"..." (QS. Al-Insyirah: 5)'). A box of
#: the site's, never a headline.
SCRIPTURE_QUOTE_RE = re.compile(
    r"^\s*[\"\u201c\u2018'].{8,400}?[\"\u201d\u2019']\s*"
    r"(?:[-\u2013\u2014\u2015~]\s*\(?" + _SCRIPTURE_REF + r"\)?|\(" + _SCRIPTURE_REF + r"\))"
    r"\s*\.?\s*$"
)
#: The label of a site's daily box of a verse or a saying: "Ayat Hari Ini", "Ayat Emas",
#: "Renungan Hari Ini", "Kutipan Hari Ini", "Kata Mutiara", "Quote of the Day".
DAILY_BOX_LABEL_RE = re.compile(
    r"^\s*(?:ayat|firman|renungan|kutipan|kata\s+mutiara|hadits?|hadis|doa|quote|verse)"
    r"(?:\s+(?:hari\s+ini|harian|emas|pilihan|of\s+the\s+day))?\s*:?\s*$"
    r"|^\s*(?:quote|verse)\s+of\s+the\s+day\s*:?\s*$",
    re.IGNORECASE,
)
