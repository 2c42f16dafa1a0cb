"""Indonesian vocabulary shared by the cleaner, entities, quotes, time and analysis code.

One home for the word lists that used to be kept, with different contents, in several
modules. Everything is lower-case unless said otherwise, and written from general
knowledge of Indonesian news language (grammar books and style, not any evaluation set).

Building blocks (grammatical classes), each defined once:

* :data:`CONJUNCTIONS`, :data:`SUBORDINATORS`, :data:`PREPOSITIONS`,
  :data:`LOCATIVE_PREPOSITIONS`, :data:`PERSONAL_PRONOUNS`, :data:`DEMONSTRATIVES`,
  :data:`DETERMINERS`, :data:`QUANTIFIERS`, :data:`AUXILIARIES`, :data:`QUESTION_WORDS`,
  :data:`DISCOURSE_ADVERBS`, :data:`ENGLISH_ARTICLES`, :data:`ENGLISH_FUNCTION_WORDS`.
* Calendar: :data:`MONTHS`, :data:`MONTHS_EN`, :data:`WEEKDAYS`, :data:`WEEKDAYS_EN`.
* People and organisations: :data:`PERSON_TITLES` (phrases), :data:`TITLE_WORDS`,
  :data:`ROLE_NOUNS`, :data:`ORGANISATION_HEADS`, :data:`INSTITUTION_SHORT_NAMES`,
  :data:`SPEAKING_BODIES`, :data:`REGIONAL_UNIT_HEADS`.
* Places: :data:`DIVISION_HEADS`, :data:`NATURAL_FEATURE_HEADS`, :data:`LANDMARK_HEADS`.
* Speech: :data:`SPEECH_VERB_STEMS` (verb-first cues), :data:`SPEECH_VERBS`,
  :data:`WEAK_SPEECH_VERBS`, :data:`PASSIVE_SPEECH_VERBS`, :data:`NEWS_REPORT_VERBS`,
  :data:`COMMON_SPEECH_CUES`, :data:`ATTRIBUTION_WORDS`.

Stop lists for different jobs, built from those blocks (not copies of each other):

* :data:`NAME_STOP_WORDS` - capitalised at a sentence start but never part of a name.
* :data:`CONTENT_STOP_WORDS` - carry no topic (summary centrality and similarity).
* :data:`EVENT_STOP_WORDS` - ignored when the timeline compares events (a short list).
* :data:`SPEAKER_END_WORDS` - end the speaker phrase after a verb-first cue.

>>> MONTHS["agustus"], WEEKDAYS["jumat"]
(8, 4)
>>> "presiden" in TITLE_WORDS and "putra" not in TITLE_WORDS
True
>>> {"dan", "senin", "kata"} <= NAME_STOP_WORDS
True
"""

from __future__ import annotations

__all__ = [
    "ATTRIBUTION_WORDS",
    "AUXILIARIES",
    "COMMON_SPEECH_CUES",
    "CONJUNCTIONS",
    "CONTENT_STOP_WORDS",
    "DEMONSTRATIVES",
    "DETERMINERS",
    "DISCOURSE_ADVERBS",
    "ENGLISH_ARTICLES",
    "ENGLISH_BODY_TAILS",
    "ENGLISH_FUNCTION_WORDS",
    "EVENT_STOP_WORDS",
    "FACILITY_HEADS",
    "FREQUENT_FUNCTION_WORDS",
    "INSTITUTION_SHORT_NAMES",
    "LOCATIVE_PREPOSITIONS",
    "MONTHS",
    "MONTHS_EN",
    "NAME_LIKE_FUNCTION_WORDS",
    "NAME_STOP_WORDS",
    "NEWS_AGENCY_HEADS",
    "NEWS_REPORT_VERBS",
    "ORGANISATION_HEADS",
    "PASSIVE_QUOTE_VERBS",
    "PASSIVE_SPEECH_VERBS",
    "PERSONAL_PRONOUNS",
    "PERSON_TITLES",
    "PREPOSITIONS",
    "QUANTIFIERS",
    "QUESTION_WORDS",
    "QUOTE_ORGANISATION_HEADS",
    "QUOTE_ROLE_WORDS",
    "QUOTE_SPEECH_VERBS",
    "REGIONAL_UNIT_HEADS",
    "ROLE_NOUNS",
    "SPEAKER_END_WORDS",
    "SPEAKING_BODIES",
    "SPEECH_VERBS",
    "SPEECH_VERB_STEMS",
    "SUBORDINATORS",
    "TITLE_WORDS",
    "WEAK_QUOTE_VERBS",
    "WEAK_SPEECH_VERBS",
    "WEEKDAYS",
    "WEEKDAYS_EN",
    "words",
]


def words(block: str) -> frozenset[str]:
    """A word set from a whitespace-separated list (keeps the lists readable).

    >>> sorted(words(" dan  atau "))
    ['atau', 'dan']
    """
    return frozenset(block.split())


# --- calendar ----------------------------------------------------------------------------

#: Indonesian month names, their old spellings ("pebruari", "nopember") and the
#: abbreviations news sites print (Indonesian and English: "agt", "aug"), to month number.
MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "peb": 2,
    "maret": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6,
    "juli": 7, "jul": 7, "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "oct": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11, "desember": 12, "des": 12,
    "dec": 12,
}  # fmt: skip
#: English month names not already spelled so in :data:`MONTHS`. Page furniture (header
#: dates, bylines) uses them; running Indonesian text does not, and "may"/"march" would
#: be false hits there, so only :mod:`warta.clean.dates` reads them.
MONTHS_EN: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7,
    "august": 8, "october": 10, "december": 12,
}  # fmt: skip
#: Indonesian weekday names to ISO weekday index (Monday = 0, as ``date.weekday``).
WEEKDAYS: dict[str, int] = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4,
    "sabtu": 5, "minggu": 6, "ahad": 6,
}  # fmt: skip
#: English weekday names, for page furniture only (see :data:`MONTHS_EN`).
WEEKDAYS_EN: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip

# --- function words (grammatical classes) ---------------------------------------------

#: Coordinating conjunctions and clause connectives.
CONJUNCTIONS = words("dan atau serta tetapi tapi namun sedangkan sementara adapun")
#: Subordinating conjunctions: cause, condition, purpose, concession, time.
SUBORDINATORS = words(
    """
    bahwa karena sebab jika bila kalau agar supaya sehingga maka meskipun meski walaupun
    setelah sebelum ketika saat kala selama sejak hingga sampai usai seusai sambil seraya
    """
)
#: Prepositions, with the verb-derived ones ("berdasarkan", "terkait", "mengenai").
PREPOSITIONS = words(
    """
    di ke dari pada dalam untuk dengan oleh kepada terhadap tentang atas antara bagi
    menurut berdasarkan terkait mengenai soal
    """
)
#: Prepositions that put a place after them: "di Bandung", "ke Surabaya", "dari Medan".
LOCATIVE_PREPOSITIONS = words("di ke dari")
#: Personal pronouns.
PERSONAL_PRONOUNS = words("saya aku kami kita anda ia dia beliau mereka")
#: Demonstratives.
DEMONSTRATIVES = words("ini itu tersebut")
#: Articles and classifiers before a noun or a name.
DETERMINERS = words("para sang si sebuah seorang")
#: Quantifiers used as pronouns or before a noun ("Kedua pemimpin", "Sebagian warga").
QUANTIFIERS = words("kedua keduanya sebagian banyak")
#: Aspect, modality and negation words.
AUXILIARIES = words("akan telah sudah masih belum tidak tak bisa dapat harus juga pun")
#: Question words.
QUESTION_WORDS = words("apa apakah bagaimana mengapa kenapa siapa kapan")
#: Sentence adverbs and connectives that open a sentence ("Bahkan", "Selain itu").
DISCOURSE_ADVERBS = words(
    """
    selain kemudian lalu jadi bahkan sebelumnya sebaliknya terlebih tentu baik demikian hal
    seperti secara
    """
)
#: English articles (a capitalised "The" opens titles, not names).
ENGLISH_ARTICLES = words("the a an")
#: Common English function words, for English text inside Indonesian pages.
ENGLISH_FUNCTION_WORDS = ENGLISH_ARTICLES | words("of to and in on for with by")

# --- speech and attribution ------------------------------------------------------------

#: Reporting verbs written after the quote or clause, as base forms; each also takes
#: ``-nya`` ("katanya", "imbuhnya"): ``"...," kata Budi``, ``..., ujarnya``.
SPEECH_VERB_STEMS: tuple[str, ...] = (
    "kata", "ujar", "ucap", "ungkap", "jelas", "tambah", "imbuh", "terang", "tutur",
    "sebut", "tegas", "papar", "lanjut", "klaim", "akui", "sambung", "pungkas", "tandas",
    "timpal", "kilah", "urai", "beber", "tukas", "jawab", "tanya", "pinta", "seru", "tutup",
    "dalih", "kelakar", "keluh", "seloroh", "sergah",
)  # fmt: skip
#: Active reporting verbs written after the speaker: "Budi mengatakan (bahwa) ...".
#: Quote extraction takes them as cues (which ones, and why, is measured in
#: :mod:`warta.nlp.quotes.cues`); event extraction skips them as predicates.
SPEECH_VERBS = words(
    """
    mengatakan menyatakan menambahkan menjelaskan menegaskan mengungkapkan mengungkap
    menuturkan menyebutkan menyebut berpendapat memprediksi memperkirakan mencatat
    membantah menilai mengaku mengklaim berkata menerangkan memaparkan mengutarakan
    menyampaikan mengingatkan menekankan mengonfirmasi mengabarkan melaporkan
    memperingatkan menandaskan
    """
)
#: Reporting verbs that also take a noun object in narration ("menyampaikan rasa terima
#: kasih", "menekankan pentingnya ..."): a quote cue only with "bahwa", ":" or a quote
#: right after them.
WEAK_SPEECH_VERBS = words("menyampaikan mengingatkan melaporkan menekankan")
#: Passive reporting verbs: "dikatakan", "dilaporkan".
PASSIVE_SPEECH_VERBS = words("dikatakan dilaporkan")
#: More subject-first reporting verbs, for quote extraction only (event extraction keeps
#: :data:`SPEECH_VERBS`): "Santoso berujar bahwa ...", "Ia melanjutkan, ...".
QUOTE_SPEECH_VERBS = words(
    """
    berujar beranggapan menimpali membalas menjawab melanjutkan mengakui
    menuding berpesan mengimbau bertutur mengemukakan
    """
)
#: Of :data:`QUOTE_SPEECH_VERBS`, those that also take a noun object in narration
#: ("menjawab pertanyaan", "melanjutkan perjalanan", "membalas serangan"): a cue only
#: with "bahwa", ":" or a comma right after them, like :data:`WEAK_SPEECH_VERBS`.
WEAK_QUOTE_VERBS = words("menjawab melanjutkan membalas mengakui berpesan mengimbau")
#: Passive reporting verbs that name their speaker after them: "..., demikian
#: diungkapkan Bupati X", "Dijelaskan oleh X, ...".
PASSIVE_QUOTE_VERBS = words(
    """
    dikatakan diungkapkan dijelaskan disampaikan ditegaskan dituturkan disebutkan
    ditambahkan diutarakan dipaparkan dinyatakan diterangkan
    """
)
#: Words of "kantor berita (resmi|negara) X": the agency X itself speaks.
NEWS_AGENCY_HEADS = words("kantor berita resmi negara pemerintah")
#: Heads of bodies that speak for themselves, besides :data:`ORGANISATION_HEADS`
#: ("Staf Umum ...", "Markas Besar ...").
QUOTE_ORGANISATION_HEADS = words("staf markas biro satuan gugus kelompok serikat asosiasi stasiun")
#: Roles that stand before a speaker's name like a title, for quote attribution only
#: ("Syahbandar Ahmad", "penyuluh pertanian Dina", "ajudan presiden Budi").
QUOTE_ROLE_WORDS = words(
    """
    syahbandar penyuluh ajudan asisten penasihat penasehat koordinator relawan kuasa
    pejabat aktivis ekonom politikus politisi legislator anggota
    """
)
#: Verbs for what a medium reported ("Kantor berita X memberitakan ..."): reporting, but
#: not a speaker's words.
NEWS_REPORT_VERBS = words("memberitakan diberitakan")
#: The commonest attribution words, bare and with ``-nya``.
COMMON_SPEECH_CUES = words("kata ujar katanya ujarnya")
#: Verbs that credit another medium: "seperti dilansir Antara", "mengutip Reuters".
ATTRIBUTION_WORDS = words("melansir dilansir mengutip dikutip")

# --- people and organisations -----------------------------------------------------------

#: Honorifics and religious forms of address ("RKH", "KHR": Madurese and Javanese "Raden
#: Kiai Haji", "Kiai Haji Raden"; Javanese "Ki" for a teacher or puppeteer).
_HONORIFICS = """Bapak|Ibu|Pak|Bu|Tuan|Nyonya|Sdr|Mr.|Mr|Mrs.|Mrs|Ms.|Ms|Sir|Haji|H.|Hj.|
    Syekh|Syeikh|Syaikh|Sheikh|Shaikh|Habib|Kiai|KH|RKH|KHR|Ustaz|Paus|Kardinal|
    Bagindo|Datuk|Datuk Seri|Dato|Dato'|Dato' Sri|Dato Sri|Tan Sri|Puan Sri|Tun|Ki"""
#: Academic titles.
_ACADEMIC = "Profesor|Professor|Prof.|Prof|Dr.|Dr|Drs.|Drs|Ir.|Ir"
#: Offices of state, government, the courts and companies.
_OFFICES = """Presiden|Wakil Presiden|Perdana Menteri|PM|Menteri|Menteri Luar Negeri|Menlu|
    Menteri Pertahanan|Menhan|Mendagri|Menkeu|Menko|Wamen|Kanselir|Raja|Ratu|Kaisar|
    Sultan|Emir|Pangeran|Putra Mahkota|Sekretaris Jenderal|Sekjen|Sekda|Pemimpin|Pemimpin Tertinggi|
    Juru Bicara|Jubir|Duta Besar|Dubes|Senator|Gubernur|Bupati|Wali Kota|Walikota|Camat|
    Lurah|Kades|Plt|Pj|Ketua|Kepala|Kepala Pelaksana|Kadis|Kabid Humas|Kasat|Direktur|
    Direktur Utama|Direktur Eksekutif|Dirut|Manajer|Rektor|Dekan|Jaksa|Jaksa Agung|Hakim|
    Hakim Agung|Hakim Tunggal|Hakim Ketua"""
#: Military and police ranks and commands, in full where the full form is two words
#: ("Komisaris Besar", "Laksamana Muda": the second word is no part of the name).
_RANKS = """Jenderal|Jend|Letjen|Letnan Jenderal|Mayjen|Mayor Jenderal|Brigjen|
    Brigadir Jenderal|Kolonel|Letkol|Letnan Kolonel|Mayor|Kapten|Serka|Sertu|Pratu|Kopral|
    Laksamana|Laksamana Madya|Laksamana Muda|Laksamana Pertama|Marsekal|Marsekal Madya|
    Marsekal Muda|Marsekal Pertama|Laksdya|Laksda|Laksma|Marsdya|Marsda|Marsma|Panglima|
    Kasad|Kapuspen|Kababinkum|Kapolri|Wakapolri|
    Kapolda|Kapolres|Kapolsek|Komjen|Komisaris Jenderal|Irjen|Inspektur Jenderal|Kombes|
    Komisaris Besar|AKBP|Ajun Komisaris Besar|Kompol|Komisaris|AKP|Ajun Komisaris|Iptu|
    Ipda|Aiptu|Aipda|Bripka|Briptu|Brigpol"""

#: One-word ranks written right before a personal name ("Kompol <Given> <Surname>", "AKP
#: <Given>"), lower-case: commands ("Kapolsek", "Panglima") are followed by a unit or a
#: place, not by the name; words that open or close longer titles ("Direktur Jenderal
#: <Field>", "Laksamana Muda", "Komisaris Utama") are followed by another word of them.
RANKS_BEFORE_NAME = frozenset(
    w.strip().casefold() for w in _RANKS.split("|") if len(w.split()) == 1
) - frozenset(
    """panglima kasad kapuspen kababinkum kapolri wakapolri kapolda kapolres kapolsek
    jenderal komisaris mayor laksamana marsekal""".split()
)


def _phrases(*blocks: str) -> tuple[str, ...]:
    out: list[str] = []
    for block in blocks:
        out.extend(" ".join(p.split()) for p in block.split("|") if p.strip())
    return tuple(dict.fromkeys(out))


#: Titles written before a personal name, as phrases in their usual case ("Menteri Luar
#: Negeri", "Prof."): honorifics, academic titles, offices, ranks. Match them
#: case-insensitively; entity resolution builds its title regex from these.
PERSON_TITLES: tuple[str, ...] = _phrases(_HONORIFICS, _ACADEMIC, _OFFICES, _RANKS)
#: Occupations and roles that stand before a name like a title ("pengamat Budi",
#: "pelatih Budi") but are not titles of address.
ROLE_NOUNS = words(
    """
    anggota pengamat peneliti ekonom analis sejarawan pakar aktor aktris penyanyi
    pengacara advokat kuasa hukum dosen guru besar pelatih coach gelandang penyerang kiper
    striker bek
    """
)
# Words of multi-word titles that are no title by themselves: given names ("Putra" of
# "Putra Mahkota", "Agung" of "Jaksa Agung"), or words that open or fill names of
# courts, offices and universities far more often than they complete a title
# ("Pengadilan Negeri", "Unit Pelaksana Teknis"; checked on IndoSum quote speakers).
_NAME_LIKE_TITLE_WORDS = words(
    """
    putra mahkota agung tunggal luar negeri pertahanan pelaksana tertinggi muda madya
    pertama letnan brigadir inspektur ajun seri sri tan puan
    """
)
#: Every word of :data:`PERSON_TITLES` (lower-case) and :data:`ROLE_NOUNS`: what a
#: word-by-word scan strips off the front of a name ("Presiden Joko Widodo").
TITLE_WORDS = (
    frozenset(w.casefold() for t in PERSON_TITLES for w in t.split()) - _NAME_LIKE_TITLE_WORDS
) | ROLE_NOUNS

#: Words that open a post or a role (offices, ranks, occupations), lower-case: what
#: stands before "<Body> <Name>" when a holder is named with the body ("Pelatih <Club>
#: <Name>", "Panglima <Force> <Name>"). Honorifics and academic titles are left out: they
#: stand before a person's own name, never before a body; so is "besar", which ends
#: "guru besar" but far more often "keluarga besar <Name>", "kota besar".
POST_WORDS = (
    (frozenset(t.split()[0].casefold() for t in _phrases(_OFFICES, _RANKS)) | ROLE_NOUNS)
    - _NAME_LIKE_TITLE_WORDS
    - {"besar"}
)

#: Head nouns that open an organisation's name ("Universitas ...", "Kementerian ...",
#: "Badan ...", "PT ..."), Indonesian and English.
ORGANISATION_HEADS = words(
    """
    universitas university institut institute akademi college sekolah kementerian ministry
    kepolisian kejaksaan badan agency dinas dewan council komisi komite kantor lembaga
    mahkamah majelis direktorat pusat kedutaan otoritas partai organisasi perserikatan
    yayasan perusahaan bank pt tentara angkatan pengadilan keuskupan sinode fraksi
    """
)
#: Head nouns that close an English body's name ("<Field> Development Bank", "<Country>
#: Investment Authority"), where an Indonesian name opens with its head.
ENGLISH_BODY_TAILS = words(
    """
    bank fund authority agency council institute university college ministry commission
    organization organisation corporation association union foundation federation board
    forum alliance programme program office
    """
)
#: Forms of address and honorifics written before a name ("Kyai <Name>", "Mbah <Name>",
#: "Bli <Name>"; Madurese "Lora" for a kiai's son, Banjar "Julak", "Acil", "Amang" for
#: elders, Manado "Opa" and "Oma" for the old), in every spelling: the capitalised word
#: is no given name.
FORMS_OF_ADDRESS = words(
    """
    gus kyai kiai mbah bu ibu pak bapak mas mbak bang abang kang cak koh cik uda daeng ning
    teh uni om kak bli mangku ajo buya karaeng petta puang ampon mamiq inaq amaq kaka habib
    mama abah etek nyai nyonya tuan wak lora julak acil amang kraeng yai babe mpok
    opa oma
    """
)
#: Nouns for groups of people, before the group's own name ("suporter <Name>", "band
#: <Name>"): the capitalised word after them opens that name, not a person's.
GROUP_NOUNS = words(
    """
    suporter pendukung penggemar fans kelompok komunitas grup band tim klub paguyuban
    sanggar organisasi perkumpulan laskar pasukan ormas
    """
)
#: Heads of the names of landmarks and public places ("Pasar <Name>", "Stadion <Name>"),
#: which are named after people and so look like a person's name going on.
LANDMARK_HEADS = words(
    """
    pasar stadion taman gedung masjid pura gereja klenteng vihara terminal stasiun bandara
    pelabuhan jalan gang lapangan alun-alun monumen museum makam pantai bukit benteng
    """
)
#: Heads of the administrative divisions below a regency ("Kecamatan <Name>", "Desa
#: <Name>", "Distrik <Name>" in Papua, "Nagari <Name>" in West Sumatra, "Gampong <Name>" in
#: Aceh; Yogyakarta's own names since 2019, "Kapanewon" for a district, "Kemantren" for a
#: city's, "Kalurahan" for a village, "Padukuhan" for a hamlet): a label of the
#: division's rank, which the press drops as often as it writes it.
DIVISION_HEADS = words(
    """
    kecamatan kelurahan desa distrik dusun nagari gampong jorong pekon kampung
    kapanewon kemantren kalurahan padukuhan
    """
)
#: Heads of the names of rivers, lakes, mountains, valleys, islands and geological faults
#: ("Sungai <Name>", "Lembah <Name>", "Sesar <Name>", the fault an earthquake is told to
#: come from): part of the name, which the press drops once the feature is known
#: ("luapan <Name>").
NATURAL_FEATURE_HEADS = words("sungai kali danau gunung lembah pulau teluk selat sesar")
#: Heads of the names of public facilities run as institutions - health centres,
#: hospitals, prisons ("Puskesmas Oebobo", "RSUD Kota X", "Lapas Kelas II"): named
#: after their place, typed organisations, not places (entity typing only).
FACILITY_HEADS = words("puskesmas rsud rsup rsu rsia rsj rs klinik lapas rutan lpka")
#: Regional commands and offices written as one acronym before their place ("Polda
#: <Province>", "Kejari <Regency>", "BNNP <Province>"): a body, not the place it serves.
REGIONAL_UNIT_HEADS = words(
    """
    polda polres polresta polrestabes polsek bnnp bnnk kejati kejari kanwil kodam korem
    kodim koramil
    """
)
#: One-word names of Indonesian and international institutions (acronyms and short
#: forms) that speak as organisations: "KPK", "Polri", "Kemenlu", "PBB".
INSTITUTION_SHORT_NAMES = words(
    """
    kemenlu kemendagri kemenkeu kejagung polri polda polres kpk dpr mpr tni bnpb bmkg
    pbb nato who
    """
)
#: Collective bodies and seats of power that news quotes as a speaker: "pemerintah",
#: "polisi", "Istana", "Kremlin", "Gedung Putih".
SPEAKING_BODIES = words("pemerintah polisi militer media istana kremlin pentagon gedung")

# --- stop lists, by job -------------------------------------------------------------------

#: Function words that are also proper names: "Antara" is Indonesia's news agency
#: ("ANTARA News"), so a capitalised one may start a name.
NAME_LIKE_FUNCTION_WORDS = words("antara")
#: Capitalised words that can open a sentence but are never part of a personal name
#: ("Namun", "Menurut", "Senin", "Kata"): name scanners drop them at the edges of a
#: capitalised run.
NAME_STOP_WORDS = (
    CONJUNCTIONS
    | SUBORDINATORS
    | PREPOSITIONS
    | PERSONAL_PRONOUNS
    | DEMONSTRATIVES
    | DETERMINERS
    | QUANTIFIERS
    | AUXILIARIES
    | QUESTION_WORDS
    | DISCOURSE_ADVERBS
    | ENGLISH_ARTICLES
    | frozenset(WEEKDAYS)
    | ATTRIBUTION_WORDS
    | PASSIVE_SPEECH_VERBS
    | COMMON_SPEECH_CUES
    | words("ucap tutur imbuh menurutnya")
) - NAME_LIKE_FUNCTION_WORDS
#: The most frequent function words of news text (each among the 70 commonest words of
#: IndoSum): the part every "no topic" list shares.
FREQUENT_FUNCTION_WORDS = words(
    """
    yang dan dengan untuk dari pada dalam itu ini akan tidak juga telah sudah mereka
    bahwa para oleh sebagai atau lalu secara
    """
)
#: Words that carry no topic: left out when sentences are compared by their words
#: (summary centrality and similarity), so "yang"/"dan" make nothing look alike.
CONTENT_STOP_WORDS = (
    FREQUENT_FUNCTION_WORDS
    | CONJUNCTIONS
    | SUBORDINATORS
    | PREPOSITIONS
    | PERSONAL_PRONOUNS
    | DEMONSTRATIVES
    | DETERMINERS
    | AUXILIARIES
    | COMMON_SPEECH_CUES
    | ENGLISH_FUNCTION_WORDS
    | words("adalah ada lebih hal seperti hanya sangat yakni yaitu mengatakan s")
)
#: Words the timeline ignores when it compares two events' sentences: the frequent
#: function words, attribution and the calendar units every dated sentence has. Kept
#: short on purpose: the similarity bar (``timeline.jaccard_min`` in
#: :mod:`warta.settings`) is calibrated with this list; the longer
#: :data:`CONTENT_STOP_WORDS` moves one more distractor pair of the hand-written
#: reports in ``tests/analyze/test_timeline.py`` over the bar (16 of 21, not 15).
EVENT_STOP_WORDS = FREQUENT_FUNCTION_WORDS | words("kedua kata katanya tahun bulan pekan")
#: Lower-case words that end the speaker phrase after a verb-first cue: "kata Budi
#: kepada wartawan", "ujar Budi saat ditemui", "kata Budi, Senin".
SPEAKER_END_WORDS = (
    PREPOSITIONS
    | words("saat ketika usai seusai setelah sebelum sambil seraya menjelang")
    | words("melalui lewat via kemarin menanggapi menjawab yang seperti")
    | words("lagi pula juga pun")
    | frozenset(WEEKDAYS)
    | (ATTRIBUTION_WORDS - words("melansir mengutip"))
)
