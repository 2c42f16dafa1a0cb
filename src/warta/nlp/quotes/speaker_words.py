"""Words around a speaker's name: pronouns, titles, heads of bodies and places.

What the speaker parsers strip, keep or stop at: pronouns and vague subjects,
document nouns, ministers' short forms and full titles, titles of offices, of
address and of call names (:data:`ROLE_TITLES`, :data:`ADDRESS_TITLES`,
:data:`CALL_TITLES`), heads' and territorial titles, modifiers, sentence openers,
name particles, the heads of organisation and place names, and adverbs between a
subject and its verb. Lexicons only, no logic.

>>> "kapolsek" in TERRITORIAL_TITLES, "koh" in CALL_TITLES
(True, True)
"""

from __future__ import annotations

from warta.lexicon.indonesian import (
    INSTITUTION_SHORT_NAMES,
    NAME_STOP_WORDS,
    ORGANISATION_HEADS,
    QUOTE_ORGANISATION_HEADS,
    QUOTE_ROLE_WORDS,
    SPEAKING_BODIES,
    TITLE_WORDS,
)
from warta.nlp.quotes.cue_verbs import (
    lex,
)
from warta.nlp.quotes.unit_heads import GLUED_UNIT_HEADS

#: Pronouns that refer back to a person; "almarhum(ah)"/"mendiang" ("the late") too, used
#: alone for someone named before ("Dalam surat terakhirnya, almarhum menulis").
PRONOUNS = frozenset(
    {"dia", "ia", "beliau", "dirinya", "iapun", "diapun", "beliaupun", "pihaknya"}
    | {"almarhum", "almarhumah", "mendiang"}
)
#: Nouns of a document or a record that open a subject before its source: "Data BNPB
#: mencatat", "Laporan Bank X menyebutkan" (the source speaks).
DOCUMENT_NOUNS = lex("data laporan catatan rilis survei hasil dokumen surat")
#: Plural or vague subjects that we do not attribute speech to.
VAGUE_SUBJECTS = frozenset({"mereka", "keduanya", "kami", "kita", "saya", "aku", "anda"})

#: Ministers by their portfolio's short form ("Menkes", "Menpora"): a title before a
#: name, and alone the office that speaks ("kata Menpora").
MINISTER_SHORT_FORMS = lex(
    """
    menkopolhukam menkomarves menkoperekonomian menkumham menpan menpora menparekraf
    mensesneg menkes mendikbud mentan menhub menaker menkominfo menag
    """
)
#: The full titles of ministers' short forms: "Mensesneg" after "Menteri Sekretaris
#: Negara X" is X.
MINISTER_TITLES = {
    "mensesneg": "Menteri Sekretaris Negara",
    "menkes": "Menteri Kesehatan",
    "mentan": "Menteri Pertanian",
    "menhub": "Menteri Perhubungan",
    "menaker": "Menteri Ketenagakerjaan",
    "menag": "Menteri Agama",
    "menpora": "Menteri Pemuda dan Olahraga",
    "menkumham": "Menteri Hukum dan HAM",
    "menkominfo": "Menteri Komunikasi dan Informatika",
    "menparekraf": "Menteri Pariwisata dan Ekonomi Kreatif",
    "mendikbud": "Menteri Pendidikan dan Kebudayaan",
}
#: Titles and role words stripped from the front of a name and kept as the role.
TITLES = TITLE_WORDS
#: What quote attribution strips as a title: :data:`TITLES` and speaker roles
#: ("Syahbandar X", "ajudan Y").
ROLE_TITLES = (
    TITLE_WORDS
    | QUOTE_ROLE_WORDS
    # Regional police, prosecution and military heads, and acting heads, written as one
    # word before the office's place: "Kapolrestabes Medan", "Plh Kepala Dinas".
    | lex("pelaksana kapolrestabes kapolresta kajari kajati dandim danrem pangdam plh")
    | lex("kalapas karutan kabag kasubag pol")
    # Police unit heads: "Dirresnarkoba Polda X", "Kanit Reskrim Polsek Y".
    | lex("dirresnarkoba dirreskrimum dirreskrimsus dirlantas dirintelkam kanit kasubdit kasi")
    # And their heads' and deputies' titles glued to the unit: "Kasatlantas Polres X",
    # "Kabidhumas Polda Y", "Wakapolres Z".
    | GLUED_UNIT_HEADS
    | lex("bendahara")
    # Religious titles of address: "Dr. Hj. Siti Aminah", "Romo Antonius Sabu"; the
    # female teacher's besides "Ustaz" (a title word): "Ustazah Siti Aminah".
    | lex("hj hjh romo pastor pater ustazah ustadzah")
    # "Haji" written "H" without its full stop: "Wali Kota X H Zainal Arifin".
    | lex("h")
    # Heads of a Balinese village and of a subdistrict military command, before their
    # place and their name: "Perbekel Desa X Made Y", "Danramil 0611/X Kapten Inf Y".
    | lex("perbekel danramil inf")
    # The head of a pesantren: "Pengasuh Pondok Pesantren X, KH Y".
    | lex("pengasuh")
    # The head of a Balinese irrigation association before it and its holder:
    # "Pekaseh Subak X, I Made Y" (not "Kelian Banjar Adat X": an office that speaks
    # with no holder, whose "Banjar Adat X" is no name).
    | lex("pekaseh")
    # The public prosecutor by the short form of his office: "JPU Budi Santoso".
    | lex("jpu")
    # Ministers by their portfolio's short form: "Menkopolhukam X", "Menkes Y".
    | MINISTER_SHORT_FORMS
    # "Corporate Secretary PT X": the English title of a company's spokesman. Not
    # "Deputi", "Vice", "Director", "Manager", "CEO": before a body's name ("Deputi
    # Kelembagaan Kemenpar X", "Manager Newcastle United X") they would leave the body
    # in the name, and an office before its holder is read without them.
    | lex("corporate secretary")
)
#: Titles of address, not offices: a country word after them is a name, not the
#: office's country ("Pak Oman Saputra", "Bu India Lestari").
ADDRESS_TITLES = lex("pak bu bapak ibu h h. hj hj. hjh haji kh gus cak mas mbak bang")
#: Titles of a body's head: before a body's name alone ("Kepala Stasiun X", "Ketua
#: Asosiasi Y") they name the office, which speaks when no holder is named.
HEAD_TITLES = lex("kepala ketua direktur komandan pimpinan")
#: Forms of address written before a given name or its first letters, across the
#: regions' languages ("Koh Hendra", "Opung Tiur" for Tiurma, "Cikgu Hamdan", "Daeng
#: Naba"): a call name of a person the article may have introduced by the full name.
CALL_TITLES = ADDRESS_TITLES | lex(
    "abang kang ning teh aa akang ajo uda uni etek mak mama mamak papa abah umi ummi "
    "koh engkoh cik cici encik cikgu babe engkong nyai kiai kyai romo mbah eyang opung "
    "ompung oppung amang inang daeng puang kraeng ama ina om tante kak wak uwak coach "
    "opa oma ke' guru tuan "
    # Bali's elder brother and Palembang's elder: "Bli Wayan", "Cek Ujang" (not Sasak
    # "Amaq Rudi", "father of Rudi": the word after it is the child's name).
    "bli cek "
    # Ambon's, Betawi's, Sunda's and Papua's elder brother and sister and a Minang ulama:
    # "Bung Eko", "Usi Lina", "Mpok Ani", "Mang Dadang", "Kaka Yan", "Buya Hamid".
    "bung usi mpok mang kaka buya "
    # Religious teachers: "Ustazah Maryam" for Siti Maryam Alaydrus.
    "ustaz ustadz ustazah ustadzah"
)
#: Place heads of a territory below a regency, before a one-word place name and its
#: officer's name: "Kepala Desa Sukamaju Rina Marlina", "Lurah Kelurahan X Budi ...".
LOCAL_PLACE_HEADS = lex("desa kelurahan kecamatan kampung dusun banjar nagari gampong")
#: Titles of an office held over a territory, written "<title> <place> <name>":
#: "Camat Ciawi Hendra Gunawan", "Kapolsek Cibadak AKP Made Wirawan".
TERRITORIAL_TITLES = lex(
    "camat lurah kades perbekel kapolsek danramil sekda kadus kapolres kapolresta dandim"
)
#: First words of an appositive role: ", kata Budi, pengamat ..." (not a clause).
ROLE_OPENERS = ROLE_TITLES | lex("seorang salah mantan eks calon sang para kandidat warga")
#: Country and portfolio words that follow a title before the name:
#: "Duta Besar Jepang Budi Santoso", "Menteri Pertanian Andi Amran Sulaiman".
MODIFIERS = lex(
    """
    rusia as amerika serikat indonesia ri china cina tiongkok korea utara selatan korut
    korsel jepang inggris prancis jerman india ukraina iran israel palestina australia
    malaysia singapura filipina thailand vietnam turki arab saudi mesir belanda italia
    spanyol brasil kanada eropa pbb nato asean dki jakarta jawa barat timur tengah luar
    negeri dalam keuangan pertahanan pertanian perdagangan perindustrian kesehatan
    pendidikan agama sosial hukum ham bumn esdm pupr kominfo polri tni dpr mpr kpk
    kelautan perikanan pariwisata perhubungan koordinator bidang politik keamanan
    perekonomian umum harian republik kerajaan negeri federasi kesultanan persatuan
    """
)
#: Capitalised function words that can open a sentence but are never part of a name.
CAP_STOP = NAME_STOP_WORDS
#: Sentence-opening adverbs and connectives, capitalised by position and never a name
#: ("Walau ...", "Rupanya ...", "Alhasil ..."), besides :data:`CAP_STOP`; and the
#: openers of a gloss of the words before ("Artinya, ...", "Maksudnya, ...").
SENTENCE_OPENERS = lex(
    """
    walau upaya sayang sayangnya padahal apalagi kendati akibatnya alhasil intinya
    memang rupanya ternyata kini lantaran berkat dulu awalnya terpisah selanjutnya
    sesudahnya akhirnya belakangan tadinya semula mulanya terakhir kemarin bersamaan
    sekarang diketahui senada sebaliknya serupa
    artinya maksudnya
    """
)
#: Lower-case particles allowed inside a personal name.
NAME_PARTICLES = lex("bin binti van von de da al el der del della dello du des dos das ibn")
#: Heads of organisation names: a speaker starting with one of these is an ORG.
ORG_HEADS = (
    ORGANISATION_HEADS
    | INSTITUTION_SHORT_NAMES
    | SPEAKING_BODIES
    | QUOTE_ORGANISATION_HEADS
    # Associations, unions and alliances: "Gabungan Pengusaha Ekspor Kopi (GPEK)",
    # "Aliansi Pedagang Pasar", "Forum Guru Honorer".
    | lex("gabungan himpunan perhimpunan ikatan paguyuban forum koalisi aliansi")
    # Cooperatives, public facilities and sports boards with a head of their own:
    # "Koperasi Tani X", "Terminal X", "Puskesmas X", "Pengprov PSSI X" (a province's board).
    | lex("koperasi terminal bandara pelabuhan puskesmas pengprov pengda pengcab pengkot pengkab")
    # Technical units of a ministry under a head: "Balai Taman Nasional X", "Loka Y".
    | lex("balai loka")
)
#: Heads of place names: never a person, and not a speaker either.
PLACE_HEADS = lex(
    """
    kabupaten kota provinsi pulau jalan jalur gunung sungai danau desa kecamatan kampung
    stadion bandara pelabuhan mako komplek kompleks rumah kawasan taman pantai teluk
    selat laut benua negara wilayah daerah tim klub
    """
)
#: Adverbs between a subject and its verb: "Santoso juga mengatakan"; and the passives
#: of perception that say how a recording let the words be heard ("pria itu terdengar
#: berkata", "suara petugas terekam menyebut"), no part of who spoke.
SUBJECT_ADVERBS = lex(
    """
    juga pun kemudian lalu sebelumnya telah sudah pernah sempat bahkan justru lantas
    malah kembali sendiri pula turut hanya lebih tetap masih secara terpisah
    kerap sering selalu terdengar terekam
    """
)
#: A company's management or board ("Manajemen", "Direksi"): alone, after a cue or as a
#: sentence's subject, they speak in the name of the body last named; before a body's
#: name ("Manajemen PT X") they are that body speaking.
MANAGEMENT_WORDS = lex("manajemen direksi")
