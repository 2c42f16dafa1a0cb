"""Reporting-verb lexicon and speaker-name helpers for :mod:`warta.nlp.quotes.extract`.

Indonesian news attributes speech in two word orders, and the lexicon is split the
same way:

* **verb first** (inverted, after a quote or a reported clause): ``"...," kata Santoso``,
  ``..., ujarnya``, ``"...," jelas dia``. Several of these words are also ordinary
  adjectives or nouns (*jelas* "clear", *tambah* "more", *lanjut* "further"), so the
  quote module only accepts them right after a quote or a clause-ending comma and only
  when a speaker (a name, a pronoun or an ``-nya``) follows.
* **subject first**: ``Santoso mengatakan (bahwa) ...``, ``Rahayu berpendapat ...``.

Besides the lexicon: name-token helpers (:func:`split_title`, :func:`looks_like_org`, ...)
and the canonical names of speakers (:func:`resolve_names`). The parsers of the speaker
phrase around a cue (``Who``, ``parse_phrase``, ...) are in :mod:`warta.nlp.quotes.speakers`.

>>> VERB_FIRST_RE.match("katanya").group("base")
'kata'
>>> split_title("Prof Santoso")
('Santoso', 'Prof')
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from warta.lexicon.indonesian import (
    INSTITUTION_SHORT_NAMES,
    NAME_STOP_WORDS,
    NEWS_AGENCY_HEADS,
    ORGANISATION_HEADS,
    PASSIVE_QUOTE_VERBS,
    PERSON_TITLES,
    QUOTE_ORGANISATION_HEADS,
    QUOTE_ROLE_WORDS,
    QUOTE_SPEECH_VERBS,
    SPEAKING_BODIES,
    SPEECH_VERB_STEMS,
    SPEECH_VERBS,
    TITLE_WORDS,
    WEAK_QUOTE_VERBS,
    WEAK_SPEECH_VERBS,
)
from warta.lexicon.places import admin_regions, country_names
from warta.nlp.entities.spans import BALINESE_FIRST_NAMES
from warta.records import Mention


def lex(words: str) -> frozenset[str]:
    """A lexicon from a whitespace-separated word list (keeps the lists readable)."""
    return frozenset(words.split())


#: Verb-first cues (base forms); each also takes ``-nya`` ("katanya", "imbuhnya"): the
#: shared stems and those of joking, complaining, retorting and excusing ("..., seloroh
#: Budi", "..., keluhnya"), which count only right after a quote or a clause comma
#: with a speaker after them, like the others.
VERB_FIRST = SPEECH_VERB_STEMS
#: Verb-first cues of writing and telling, for quote extraction only: a post, a written
#: answer or a story told ('"...," tulis Ratih di akun Facebook-nya', '"...," cuit
#: partai itu', '"...," kisahnya'); and a message or advice given ('"...," pesan Budi',
#: '"...," pesannya'); and a reply in a dialogue ('"...," sahut Sinta', '"...," balas Rudi',
#: or one cutting in: '"...," potong Opa Dolf', '"...," sela Bu Ani', '"...," timpal X').
QUOTE_VERB_FIRST = (
    *VERB_FIRST,
    *"tulis cuit kisah kenang pesan sahut balas potong sela timpal".split(),
)

#: Subject-first reporting verbs. Measured on PFSA-ID dev and IndoSum (data the rules
#: were not written against; ``python bench/bench_quote_thresholds.py --part cues
#: --show VERB`` prints what each choice adds): "memperkirakan" (like "memprediksi")
#: adds 30 indirect quotes, 26 of them attributed estimates with the right speaker;
#: "melihat" counts only as "X melihat Y sebagai Z" (4 quotes, 3 attributed views;
#: accepting it always adds 53, and only 8 of a sample of 20 are attributed views with
#: the right speaker, the rest "saw" in narration or a wrong speaker).
SUBJECT_FIRST = (*sorted(SPEECH_VERBS), "melihat")
#: What quote extraction matches: :data:`SUBJECT_FIRST` and the less common reporting
#: verbs of :data:`~warta.lexicon.indonesian.QUOTE_SPEECH_VERBS` ("berujar",
#: "beranggapan", "menjawab", ...).
#: Verbs of request, appeal and demand: they report speech only with what is asked
#: after them ("X meminta pemerintah segera menunda ...", "X mengimbau warga agar
#: ..."), never with a thing asked for ("meminta maaf", "menuntut ganti rugi").
#: "mengajak" (an invitation to act: "X mengajak warga menjaga ...") likewise, only
#: with what is asked (an object and its verb); "mengajak istrinya" alone is narration.
#: "menyerukan" (a call on others: "X menyerukan para pendukung berdamai") and
#: "berpesan" (advice: "X berpesan agar warga ...") likewise.
DIRECTIVE_VERBS = lex(
    "meminta mengimbau mengingatkan menuntut mendesak merekomendasikan mengajak menyerukan berpesan"
)
#: Verbs of promising and threatening: a verb right after them is the promise or the
#: threat ("berjanji meneruskan", "mengancam akan mogok"); a noun object is not
#: ("mengancam keselamatan warga").
PROMISE_VERBS = lex("berjanji mengancam")
#: Verbs of denial and excuse, always followed by what is denied or claimed ("menampik
#: ada pembicaraan", "berdalih alokasi ditentukan ...", "berkilah stok masih cukup").
DENIAL_VERBS = lex("menampik berdalih berkilah beralasan")
#: Verbs of rebuttal that also take a thing as object ("kiper menepis bola"): speech
#: only with "bahwa", a comma or a clause after them ("X menepis, perusahaan tidak akan
#: ...", "X menepis anggapan bahwa ...").
REBUTTAL_VERBS = lex("menepis")
#: Verbs of complaint: what is complained of is reported speech even as a noun phrase
#: ("para pengungsi mengeluhkan minimnya pasokan air bersih"); regret is a complaint
#: ("X menyesalkan sikap panitia yang ...", "menyayangkan keputusan ...").
COMPLAINT_VERBS = lex("mengeluhkan menyesalkan menyayangkan")
#: Verbs of telling and interrupting that report speech only with a clause, a comma or a
#: quote after them ("bercerita anaknya sempat dirujuk"; not "bercerita tentang ...").
TELLING_VERBS = lex("bercerita menyela")
#: Verbs of writing, announcing and confirming: speech only with "bahwa", ":", a comma or
#: a clause after them ("Ratih menulis bahwa ...", "X mengumumkan semua guru wajib
#: ...", "X membenarkan bahwa ..."), never with a noun object ("menulis buku",
#: "mengumumkan pemenang", "membenarkan posisi duduknya").
#: Signalling and setting out likewise ("X mengisyaratkan tarif listrik bisa berubah",
#: "X menguraikan bahwa ..."). Not "menyampaikan": its noun objects hold adjectives shaped
#: like verbs ("menyampaikan rasa haru mendalam", "sikap berbeda"), read as a clause.
#: Concluding likewise ("KNKT menyimpulkan kapal berlayar dengan muatan berlebih", "X
#: menyimpulkan bahwa ..."; not "menyimpulkan hasil rapat").
ANNOUNCING_VERBS = lex("menulis mengumumkan membenarkan mengisyaratkan menguraikan menyimpulkan")
#: Verbs of forecasting, like "memprediksi" and "memperkirakan" of the shared lexicon:
#: what is forecast is reported ("Bank X memproyeksikan inflasi berada di bawah ...").
FORECAST_VERBS = lex("memproyeksikan")
QUOTE_SUBJECT_FIRST = (
    *SUBJECT_FIRST,
    *sorted(QUOTE_SPEECH_VERBS - SPEECH_VERBS),
    *sorted(lex("memastikan menduga berharap menanggapi")),
    *sorted(
        (
            DIRECTIVE_VERBS
            | PROMISE_VERBS
            | DENIAL_VERBS
            | TELLING_VERBS
            | COMPLAINT_VERBS
            | ANNOUNCING_VERBS
            | FORECAST_VERBS
            | REBUTTAL_VERBS
        )
        - SPEECH_VERBS
        - QUOTE_SPEECH_VERBS
    ),
)
#: Verbs of assurance, suspicion and hope: a clause with its own verb after them is the
#: view reported ("X menduga truk itu kehilangan kendali").
VIEW_VERBS = lex("memastikan menduga berharap")

#: Subject-first verbs that also take a noun object in narration ("menyampaikan rasa
#: terima kasih", "menekankan pentingnya ..."): they count only with "bahwa", ":" or a
#: quote right after. Measured as above: as plain verbs "menekankan" would add 28 quotes,
#: 9 of them a noun object or a wrong speaker (weak: 6, 5 right); "menyampaikan",
#: "mengingatkan" and "melaporkan" would add 278 and drop 39, and 10 of a sample of 25
#: additions are narration or a wrong speaker, while the dropped ones include verb-first
#: direct quotes.
WEAK_SUBJECT_FIRST = WEAK_SPEECH_VERBS
#: Weak cues for quote extraction: :data:`WEAK_SUBJECT_FIRST` and the weak ones of the
#: less common verbs ("menjawab pertanyaan", "melanjutkan perjalanan").
WEAK_CUES = (
    WEAK_SUBJECT_FIRST
    | WEAK_QUOTE_VERBS
    | lex("memastikan menduga berharap menanggapi")
    | DIRECTIVE_VERBS
    | PROMISE_VERBS
    | TELLING_VERBS
    | ANNOUNCING_VERBS
    | REBUTTAL_VERBS
)
#: The weak ones of the less common verbs, which also count before a clause. Assurances,
#: suspicions, hopes and replies ("X memastikan pasokan aman", "X menduga truk
#: itu kehilangan kendali") report a view only with a clause after them, never with a noun
#: object ("memastikan keamanan", "menanggapi pertanyaan").
WEAK_QUOTE_CUES = (
    WEAK_QUOTE_VERBS
    | lex("memastikan menduga berharap menanggapi bercerita")
    | ANNOUNCING_VERBS
    | REBUTTAL_VERBS
)
#: Weak verbs that an organisation (a news agency, a statistics office) uses to report
#: content without "bahwa": "Bank X melaporkan cadangan devisa naik".
ORG_REPORT_VERBS = lex("melaporkan")
#: Passive cues naming the speaker after them: "..., demikian diungkapkan Bupati X".
# "Diakui Sutrisno, ...": an admission credited to the person after it.
PASSIVE_CUES = PASSIVE_QUOTE_VERBS | lex("diakui")
_ALT_PASSIVE = "|".join(sorted(PASSIVE_CUES, key=len, reverse=True))
#: A trailing passive cue: "..., demikian diungkapkan Bupati X di Pendopo, Selasa."
TRAILING_PASSIVE_RE = re.compile(
    rf",\s*(?:demikian|begitu|hal\s+itu|hal\s+tersebut|seperti|sebagaimana)\s+"
    rf"(?P<cue>{_ALT_PASSIVE})\s+(?:oleh\s+)?(?P<who>[^,.\x01]{{1,100}})"
)
#: A leading passive cue: "Dijelaskan pula oleh Rahayu, ..."; "Ditambahkan X, ...".
LEADING_PASSIVE_RE = re.compile(
    rf"^(?P<cue>(?i:{_ALT_PASSIVE}))\s+(?:(?:pula|juga|pun)\s+)?(?:oleh\s+)?"
    rf"(?P<who>[^,\x01]{{1,80}}?)\s*,\s*"
)
#: Words of "kantor berita (resmi) X": the agency X speaks for itself.
AGENCY_WORDS = NEWS_AGENCY_HEADS

_ALT_FIRST = "|".join(sorted(QUOTE_VERB_FIRST, key=len, reverse=True))
_ALT_SUBJ = "|".join(sorted(QUOTE_SUBJECT_FIRST, key=len, reverse=True))

#: ``base`` + optional ``nya``; the caller checks the left context.
#: "akunya" ("he admitted") is a cue only with "-nya": "aku" alone is the pronoun "I".
_ALT_NYA_ONLY = "aku(?=nya)"
VERB_FIRST_RE = re.compile(rf"(?P<base>{_ALT_FIRST}|{_ALT_NYA_ONLY})(?P<nya>nya)?\b", re.IGNORECASE)
#: A verb-first cue after a clause comma: ", kata Santoso." / ", imbuhnya.".
TRAILING_CUE_RE = re.compile(rf",\s*(?P<cue>(?:{_ALT_FIRST})(?:nya)?|akunya)\b")
SUBJECT_FIRST_RE = re.compile(rf"\b(?P<cue>{_ALT_SUBJ})\b")

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
    | lex("bendahara")
    # Religious titles of address: "Dr. Hj. Siti Aminah", "Romo Antonius Sabu".
    | lex("hj hjh romo pastor pater")
    # "Haji" written "H" without its full stop: "Wali Kota X H Zainal Arifin".
    | lex("h")
    # Heads of a Balinese village and of a subdistrict military command, before their
    # place and their name: "Perbekel Desa X Made Y", "Danramil 0611/X Kapten Inf Y".
    | lex("perbekel danramil inf")
    # The head of a pesantren: "Pengasuh Pondok Pesantren X, KH Y".
    | lex("pengasuh")
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
    "opa oma ke' guru tuan"
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
#: ("Walau ...", "Rupanya ...", "Alhasil ..."), besides :data:`CAP_STOP`.
SENTENCE_OPENERS = lex(
    """
    walau upaya sayang sayangnya padahal apalagi kendati akibatnya alhasil intinya
    memang rupanya ternyata kini lantaran berkat dulu awalnya terpisah selanjutnya
    sesudahnya akhirnya belakangan tadinya semula mulanya terakhir kemarin bersamaan
    sekarang diketahui senada sebaliknya serupa
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
#: Adverbs between a subject and its verb: "Santoso juga mengatakan".
SUBJECT_ADVERBS = lex(
    """
    juga pun kemudian lalu sebelumnya telah sudah pernah sempat bahkan justru lantas
    malah kembali sendiri pula turut hanya lebih tetap masih secara terpisah
    kerap sering selalu
    """
)

_TOKEN_SPLIT = re.compile(r"\s+")


def is_name_token(token: str) -> bool:
    """A capitalised word that can be part of a name ("Min-seo", "O'Neil", "S.").

    >>> is_name_token("Santoso"), is_name_token("mengatakan")
    (True, False)
    """
    if _PARTICLE_NAME.fullmatch(token):
        return True  # "al-Ghais", "el-Sisi", "bin-Salman"
    return (
        bool(token)
        and token[0].isupper()
        and token.lower() not in CAP_STOP
        and token.lower() not in SENTENCE_OPENERS
        and not any(c in token for c in "()[]/\x01")
    )


#: A name word behind a lower-case Arabic or Dutch particle: "al-Ghais", "el-Sisi".
_PARTICLE_NAME = re.compile(
    r"(?:al|el|ad|ar|as|at|an|ash|az|bin|ibn|abu|van|de|da|di)-[A-Z][\w'’-]*"
)


@functools.cache
def country_words() -> frozenset[str]:
    """Lower-case words of the Indonesian country names ("norwegia", "chile", "saudi"):
    like :data:`MODIFIERS`, they stand between a title and a name ("Duta Besar Chile X").
    """
    words = {w.casefold() for local, _ in country_names() for w in local.split()}
    kept = frozenset(w for w in words if w.isalpha() and len(w) > 2)
    return kept - CAP_STOP - ROLE_TITLES - _NAME_LIKE


#: Words of country and territory names that are also given names or surnames.
_NAME_LIKE = lex(
    """
    martin vincent helena lucia pierre marino cook marshall mariana christmas heard
    mcdonald norfolk virgin georgia jan man grand kitts nevis miquelon barthélemy
    salvador san sao tome principe jersey guernsey wallis futuna solomon chad mali niger
    costa leone sierra sri
    """
)


def _is_modifier(token: str) -> bool:
    low = token.lower()
    return low in MODIFIERS or low in country_words()


@functools.cache
def region_words() -> frozenset[str]:
    """Lower-case words of Indonesian provinces, regencies and cities ("jember",
    "jambi", "kendal"): an office's place between a title and a name ("Bupati Kendal
    Budi Santoso"). Several are also given names ("Bima"), so callers strip one only
    when a full name (two words or more) still follows.
    """
    words: set[str] = set()
    for province, _, regions in admin_regions():
        for name in (province, *(r for r, _ in regions)):
            words.update(w.casefold() for w in name.split()[1 if name != province else 0 :])
    kept = frozenset(w for w in words if w.isalpha() and len(w) > 2)
    return kept - CAP_STOP - ROLE_TITLES - _NAME_LIKE - ORG_HEADS - PLACE_HEADS


def is_region_name(name: str) -> bool:
    """True when every word of ``name`` is a region's word or a modifier ("Jawa Barat",
    "Kabupaten Tapin" after its head): a place, not a person."""
    return all(w.lower() in region_words() or w.lower() in MODIFIERS for w in name.split())


def _is_place_before_name(tokens: Sequence[str], i: int) -> bool:
    """True when ``tokens[i:]`` opens with a region's words and a full name follows."""
    j = i
    while j < len(tokens) and (tokens[j].lower() in region_words() or _is_modifier(tokens[j])):
        j += 1
    return j > i and len(tokens) - j >= 2 and all(t[:1].isupper() for t in tokens[j:])


def split_title(phrase: str) -> tuple[str, str | None]:
    """Split leading titles and their modifiers off a capitalised name phrase.

    Returns ``(name, role)``; ``role`` is ``None`` when nothing was stripped. When the
    phrase is all title ("Menteri Luar Negeri") the name is empty.

    >>> split_title("Menteri Luar Negeri Siti Rahayu")
    ('Siti Rahayu', 'Menteri Luar Negeri')
    """
    tokens = _TOKEN_SPLIT.split(phrase.strip())
    i = 0
    titled = address = False
    while i < len(tokens):
        low = tokens[i].lower()
        if _opens_balinese_name(tokens, i):
            break  # "Kepala Dinas X I Made Sudira": "I" opens the name, no unit's numeral
        if low in ROLE_TITLES and not is_initials(tokens[i]):
            titled = True
            address = low in ADDRESS_TITLES
        elif titled and low in LOCAL_PLACE_HEADS and len(tokens) - i >= 4:
            # "Kepala Desa Sukamaju Rina Marlina": the village's head noun and its
            # one-word name, then the officer's full name (two words or more).
            i += 2
            continue
        elif titled and (low in ORG_HEADS or low in PLACE_HEADS) and low not in SPEAKING_BODIES:
            # "Kepala Dinas Pertanian Budi Santoso": an office (a head noun and its
            # portfolio words) between the title and the name; kept when no name follows.
            j = i + 1
            while j < len(tokens) and (
                _is_modifier(tokens[j])
                or _is_acronym(tokens[j])
                or _is_place_before_name(tokens, j)
            ):
                j += 1
            if j == len(tokens) or j == i + 1:
                break
            i = j
            continue
        elif not (
            titled
            and (
                (_is_modifier(tokens[i]) and not address)
                or _is_acronym(tokens[i])
                or _ROMAN.fullmatch(tokens[i]) is not None  # "Kasubdit II Ditreskrimum"
                or _is_place_before_name(tokens, i)
            )
        ):
            break
        i += 1
    # A second title further on starts the name again: "Kapolda Lampung Irjen Sudjarno".
    if titled:
        for j in range(len(tokens) - 2, i - 1, -1):
            if tokens[j].lower() in ROLE_TITLES and j + 1 < len(tokens):
                i = j + 1
                break
    role = " ".join(tokens[:i]) or None
    return " ".join(tokens[i:]), role


#: Titles written in capitals as such ("KH", "AKP", "PM"): never initials.
_CAPITAL_TITLES = frozenset(t for t in PERSON_TITLES if t.isupper())


def is_initials(token: str) -> bool:
    """True when a token of two or three capitals is a person's initials although its
    letters spell a title in another case ("MR" of a suspect, not "Mr"; "MS", "DR");
    titles written in capitals ("KH", "AKP") stay titles.

    >>> is_initials("MR"), is_initials("Mr"), is_initials("KH")
    (True, False, False)
    """
    return token.isupper() and 2 <= len(token) <= 3 and token not in _CAPITAL_TITLES


def _opens_balinese_name(tokens: Sequence[str], i: int) -> bool:
    """True when ``tokens[i]`` is "I", "Ni" or "Ida" before a Balinese given name ("I
    Made Sudira", "Ida Bagus Oka"): the name starts there."""
    return (
        tokens[i] in ("I", "Ni", "Ida")
        and i + 1 < len(tokens)
        and tokens[i + 1] in BALINESE_FIRST_NAMES
    )


#: A Roman numeral numbering a unit after a title: "Kanit II", "Kasubdit IV".
_ROMAN = re.compile(r"[IVX]{1,4}")


def _is_acronym(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def looks_like_org(name: str) -> bool:
    """True for "Kremlin", "Kementerian Luar Negeri Jepang", "KPK", "Kabupaten Garut"."""
    first = name.split(" ", 1)[0]
    if first.lower() in ORG_HEADS or first.lower() in PLACE_HEADS:
        return True
    # An acronym first word: "KPK", "ANTARA News" (a dateline, not a person).
    return _is_acronym(first) and len(first) >= 3


def title_case_org(phrase: str) -> str:
    """Capitalise a lower-case organisation phrase: "kementerian luar negeri Jepang"."""
    small = {"dan", "untuk", "di", "dari", "ke", "atas"}
    words = phrase.split()
    return " ".join(
        w if (w[:1].isupper() or (i and w in small)) else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )


# --- canonical speaker names -----------------------------------------------------------

_CAP_SPAN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|bin|binti|van|von|de))*")


#: Sentence-initial passive verbs capitalised only by position: "Dikatakan", "Ditambahkan".
_PASSIVE = re.compile(r"[Dd]i[a-z]{3,}kan")
#: A dateline glued to the first word: "Rimanews-Dinas", "Merdeka.com-Gubernur".
DATELINE = re.compile(r"^(?:\S*\.\S*?|[A-Z][a-z]{6,}|[A-Z]{3,})-+(?=[A-Z])")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z][a-z-]+")
#: Sentence-initial nominalisations: "Pernyataan Sandiaga", "Keterangan Polri".
NOMINAL = _NOMINAL = re.compile(r"(?:Pe[rnm]?|Ke)[a-z]{3,}an")


def common_words(text: str) -> frozenset[str]:
    """Words written in lower case somewhere in ``text`` (so not names when capitalised).

    >>> sorted(common_words("Tidak ada. Ini tidak benar, kata Budi."))
    ['ada', 'benar', 'kata', 'tidak']
    """
    return frozenset(_LOWER_WORD.findall(text)) - NAME_PARTICLES


def full_names(text: str, common: frozenset[str] = frozenset()) -> list[tuple[int, list[str]]]:
    """Multi-word personal names in ``text`` with their offsets, titles stripped.

    ``common`` holds words seen in lower case elsewhere in the article: capitalised at
    the start of a longer span they are ordinary words ("Album Avril Lavigne"); two-word
    spans keep them, since many given names are also words ("Bintang Emon").
    """
    out: list[tuple[int, list[str]]] = []
    for m in _CAP_SPAN.finditer(text):
        if _ENGLISH_OF.search(text, max(0, m.start() - 4), m.start()):
            continue  # "Head of Corporate Communications X": an English title, no name
        words = m.group(0).split()
        # A full stop after a word (not an initial) ends the sentence, and the name.
        end = next((k + 1 for k, w in enumerate(words) if w.endswith(".") and len(w) > 2), None)
        words = [w.rstrip(".") if len(w) > 2 else w for w in words[:end]]
        if words and DATELINE.match(words[0]):
            words[0] = DATELINE.sub("", words[0])
        while words and (
            words[0].lower() in CAP_STOP
            or (len(words) > 2 and words[0].lower() in common)
            or _PASSIVE.fullmatch(words[0])
            or _NOMINAL.fullmatch(words[0])
            or (len(words[0]) >= 7 and words[0].endswith("nya"))  # "Awalnya", "Rencananya"
            or (len(words) > 1 and len(words[0]) <= 3 and _is_acronym(words[0]))  # "KO Marquez"
        ):
            words = words[1:]
        stop = next((k for k, w in enumerate(words) if w.lower() in CAP_STOP), len(words))
        words = words[:stop]
        while words and words[-1] in NAME_PARTICLES:
            words = words[:-1]
        name, _ = split_title(" ".join(words))
        tokens = name.split()
        if 2 <= len(tokens) <= 4 and not looks_like_org(name):
            out.append((m.start() + max(0, m.group(0).find(tokens[0])), tokens))
    return out


#: The English "of" of a job title right before a capitalised span.
_ENGLISH_OF = re.compile(r"\bof\s+$")

_Candidates = dict[str, tuple[list[int], list[list[str]]]]


def _index_names(candidates: list[tuple[int, list[str]]]) -> _Candidates:
    """Each name token -> the starts and tokens of the full names holding it, in order."""
    index: _Candidates = {}
    for start, tokens in candidates:
        for token in dict.fromkeys(tokens):
            starts, names = index.setdefault(token, ([], []))
            starts.append(start)
            names.append(tokens)
    return index


def _fullest(name: str, pos: int, index: _Candidates) -> str:
    """The fullest earlier form of a one-word ``name`` ("Santoso" -> "Budi Santoso"): the
    last full name holding it that ends before ``pos`` (``index``: :func:`_index_names`)."""
    if " " in name or name not in index:
        return name
    starts, names = index[name]
    for k in range(bisect_left(starts, pos) - 1, -1, -1):
        tokens = names[k]
        if starts[k] + len(" ".join(tokens)) <= pos:
            i = tokens.index(name)
            # "Choi" opens "Choi Min-seo"; "Santoso" closes "Budi Santoso".
            return " ".join(tokens[i:] if i < len(tokens) - 1 else tokens)
    return name


def resolve_names(
    text: str, speakers: list[tuple[str | None, int]], mentions: Sequence[Mention] = ()
) -> list[str | None]:
    """Canonical names for ``(surface name, offset)`` pairs found in ``text``.

    A mention covering the offset gives its ``entity``; otherwise a one-word name maps
    to the fullest earlier form of that person in the same article.

    >>> resolve_names("Profesor Budi Santoso tiba. Kata Santoso.", [("Santoso", 33)])
    ['Budi Santoso']
    """
    index: _Candidates | None = None
    by_start = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
    starts = [mentions[k].start for k in by_start]
    longest = max((m.end - m.start for m in mentions), default=0)
    out: list[str | None] = []
    for name, pos in speakers:
        if name is None:
            out.append(None)
            continue
        end = pos + len(name)
        # A mention overlapping [pos, end) starts before ``end`` and less than the longest
        # mention's length before ``pos``; bisecting keeps this O(log n) per speaker.
        near = by_start[bisect_right(starts, pos - longest) : bisect_left(starts, end)]
        overlapping = [mentions[k] for k in sorted(near) if pos < mentions[k].end]
        # Prefer a person over an organisation in "Ketua KPU Hasyim Asyari".
        hit = next((m for m in overlapping if m.type == "PER"), None) or next(
            iter(overlapping), None
        )
        place = hit is not None and hit.type not in ("PER", "ORG")
        if (
            hit is not None
            and hit.entity
            and not place
            and (" " in hit.entity or hit.type != "PER")
        ):
            out.append(hit.entity)
            continue
        # A speaker tagged as a place ("Bima" of "Bima Saputra") is still a person
        # when the article names one holding that word; otherwise the place stands.
        # A one-word person mention ("Rahayu") may still have a fuller form in the article.
        if index is None:
            candidates = full_names(text, common_words(text))
            for m in mentions:
                if m.type == "PER" and " " in m.text:
                    candidates.append((m.start, split_title(m.text)[0].split()))
            candidates.sort(key=lambda c: c[0])
            index = _index_names(candidates)
        fullest = _fullest(name, pos, index)
        if hit is not None and hit.entity and fullest == name:
            fullest = hit.entity
        out.append(fullest)
    return out


#: A degree the tagger glues after a person's name with no comma: "Budi Santoso SH",
#: "Rina Marlina SE", "Andi Wijaya MSi" (degrees written with full stops are cut at
#: the stop already).
TRAILING_DEGREE = re.compile(r"SH|SE|ST|SP|SIP|SPd|SKom|SKM|MH|MM|MSi|MKes|MPH|MBA|MSc|PhD|LLM")


def clean_speaker(resolved: str, surface: str | None) -> str:
    """Drop words glued to the front of a person's name by the tagger that the speaker
    phrase itself did not hold: "ASEAN Budi Santoso", "Sosial Siti Rahayu", "Garut Budi
    Santoso" (an institution acronym, a portfolio word, an office's place or a title
    before the name).

    >>> clean_speaker("ASEAN Budi Santoso", "Budi Santoso")
    'Budi Santoso'
    """
    tokens = resolved.split()
    held = set(surface.split()) if surface else set()
    if surface and len(surface.split()) > 2 and TRAILING_DEGREE.fullmatch(surface.split()[-1]):
        surface = surface.rsplit(None, 1)[0]
        held = set(surface.split())
    while (
        len(tokens) > 1
        and tokens[0] not in held
        and any(t in held for t in tokens[1:])
        and (
            _is_acronym(tokens[0])
            or _is_modifier(tokens[0])
            # The place of an office glued to its holder: "Garut Budi Santoso" of
            # "Ketua DPRD Garut Budi Santoso".
            or tokens[0].lower() in region_words()
            or tokens[0].lower() in ROLE_TITLES
            or tokens[0].lower() in ORG_HEADS
            or tokens[0].lower() in PLACE_HEADS
            or (_NOMINAL.fullmatch(tokens[0]) and tokens[0].lower() not in ORG_HEADS)
        )
    ):
        tokens = tokens[1:]
    if len(tokens) > 2 and TRAILING_DEGREE.fullmatch(tokens[-1]):
        tokens = tokens[:-1]  # "Budi Santoso SH": the tagger kept the degree in the name
    if (
        surface
        and len(tokens) < len(held) <= 4
        and set(tokens) < held
        and not looks_like_org(surface)
    ):
        return surface  # the tagger cut the name short: "Karim" of "Karim al-Sayed"
    return " ".join(tokens)
