"""The word tables of the relation stage and the tests of a word's shape.

Decides nothing by itself: the closed classes of Indonesian words the clause readers
(:mod:`.clause_objects`, :mod:`.clause_asides`, :mod:`.clause`) and the rules
(:mod:`.cues`, :mod:`.pairs`, :mod:`.extract`) look for — prepositions, negation and
modality, titles and offices, bodies of a state, act nouns — and whether a word may
open a lexicon cue (:func:`_may_cue`) or looks like a verb (:func:`_verb_like`,
:func:`_active_verb`). Pure tables and functions of one word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.nlp.relations.lexicon import LEXICON
from warta.records import Modality

# a dash apart from a word ends a dateline: "Jakarta, CNN Indonesia--Polisi menangkap …";
# a number's decimal comma is no clause break ("senilai 1,1 miliar dolar AS kepada X")
_TOKEN = re.compile(r"\d+(?:[.,]\d+)+|\w+(?:-\w+)*|[,;:()\"“”‘’]|-+|[–—]")
_QUOTE_CHARS = frozenset('"“”')
#: The first person inside a quote: the quote's speaker (or the side it speaks for).
_WE = frozenset("kami saya".split())

#: Words that end the clause an argument is looked for in.
_BOUNDARY = frozenset(
    """
    , ; : ( ) - -- – — bahwa yang karena sehingga setelah sebelum ketika saat sementara namun tetapi
    tapi meski meskipun walaupun agar supaya jika kalau sedangkan sejak hingga sampai
    kata ujar tutur jelas menurut
    """.split()
)
#: Prepositions before an actor that make it an oblique, never a subject
#: ("menurut Budi": the one who says, not the one who acts).
_OBLIQUE = frozenset(
    "di ke dari kepada dengan terhadap oleh antara atas bagi untuk pada dalam milik "
    "tentang mengenai soal melawan menurut".split()
)
#: Words opening the way a statement was made, set off with the day after its speaker
#: ("Inggris dan Prancis **dalam** pernyataan bersama, Rabu (…), mengecam").
_STATEMENT_WAY = frozenset("dalam melalui lewat".split())
_STATEMENT_NOUNS = frozenset(
    "pernyataan keterangan siaran konferensi jumpa juru surat unggahan akun cuitan "
    "wawancara".split()
)
#: Prepositions that introduce a target after the cue.
_TARGET_PREP = frozenset("ke kepada terhadap dengan atas bagi untuk pada".split())
_NEGATION = frozenset(
    "tidak tak bukan belum tanpa enggan batal membantah menyangkal menampik menepis".split()
)
_MODALITY: dict[str, Modality] = {
    **dict.fromkeys(
        "akan bakal berencana rencana hendak segera siap dijadwalkan".split(), "future"
    ),
    **dict.fromkeys(
        "mungkin kemungkinan diperkirakan bisa dapat berpotensi potensi diprediksi "
        "mempertimbangkan".split(),
        "possible",
    ),
    **dict.fromkeys("ingin berharap menginginkan mau berupaya bermaksud".split(), "desired"),
}
_COORD = frozenset("dan serta maupun baik".split())
#: Words that join a second subject acting with the first ("Indonesia bersama Malaysia
#: mengecam …").
_ALONG_WITH = frozenset("bersama beserta".split())
#: Tokens after which a capitalised word may start a new clause or title.
_SENTENCE_END = frozenset(':;("“')
_TITLES = frozenset("presiden pm perdana menteri menko raja ratu kanselir pemimpin ketua".split())
#: Titles of royalty and religion written before a person's name ("Sheikh", "Sultan").
_NAME_TITLES = frozenset("sheikh shaikh syeikh syaikh syekh sultan emir pangeran".split())
#: Role words between a coordinator and the actor it adds ("Modi dan rekannya Sharif").
_ROLE = _TITLES | frozenset("rekannya mitranya timpalannya sejawatnya koleganya".split())
#: Nouns for a state's rulers between a preposition and the state ("kepada junta Myanmar").
_GOVERNMENT = frozenset("pemerintah pemerintahan junta rezim militer otoritas pihak".split())
#: Words for a state's government and its people, paired before the state's name
#: ("kepada pemerintah dan rakyat X"): the pair stands for the state.
_STATE_AND_PEOPLE = frozenset("pemerintah pemerintahan rakyat bangsa masyarakat".split())
#: Words of a title written before a name ("Menteri Luar Negeri", "Duta Besar"), an
#: embassy's officers among them ("Wakil Kepala Misi Kedutaan Besar X", "Konsul Jenderal").
_TITLE_WORDS = _TITLES | frozenset(
    """
    luar negeri dalam duta besar wakil sekretaris jenderal menlu dubes penjabat plt
    kepala misi kedutaan konsul konsulat
    """.split()
)
#: Kin and role nouns whose person an apposition names ("putri Sukarno, Megawati").
_KIN = frozenset("ayah ibu putra putri anak adik kakak istri suami kakek paman pendahulu".split())
#: Classes that can answer an act reported earlier ("mengecam serangan itu").
_REACTIONS = frozenset("disapprove reject demand appeal threaten cooperate".split())
#: Verbal protests: a general act noun pointed back to ("mengecam tindakan itu") names
#: the act protested, not a protest told after it.
_PROTESTS = frozenset("disapprove demand appeal".split())
#: Nouns for any act, pointed back to by a reaction ("mengecam **langkah** itu").
_ACT_NOUNS = frozenset("langkah tindakan aksi kebijakan keputusan latihan".split())
#: A plan or an operation pointed back to by a reaction is the act told before it
#: ("mengkritik **rencana** tersebut"); only there (a "rencana X yang …" is no act).
_TOLD_ACT_NOUNS = _ACT_NOUNS | frozenset("rencana operasi".split())
#: Verbs of a body deciding or enacting a measure ("Menteri X **menetapkan** batas …",
#: "Dewan **mengesahkan** resolusi …"): an act on no one, but the one a later reaction
#: to "keputusan tersebut" answers (see :data:`_DECISION_NOUNS`).
_DECIDING = frozenset("menetapkan memutuskan mengesahkan menerbitkan".split())
#: Nouns for a decision or a measure enacted, pointed back to by a reaction ("menolak
#: **keputusan** tersebut", "menyebut **resolusi** itu …"): the last decision told.
_DECISION_NOUNS = frozenset(
    "keputusan penetapan ketetapan resolusi peraturan aturan regulasi".split()
)
#: Nouns of a body's plan or measure, whose owner may close a long object ("menolak
#: **rencana** kenaikan tarif bus bersubsidi X"), a decision's nouns among them.
_PLANS = _DECISION_NOUNS | frozenset("rencana kebijakan usulan usul".split())
#: The key of :func:`extract_relations`'s last decision told (by :data:`_DECIDING`).
_DECISION = "decision"
#: Verbs of taking on what was asked, whatever it is named ("menyanggupi tambahan 500
#: ton"): an intent towards the one who asked, right after the request.
_TAKING_ON = frozenset({"menyanggupi"})
#: Verbs of a promise ("Perusahaan **berjanji** menarik produk itu"): with no addressee
#: named, the intent answers the one who just asked or charged its subject.
_PROMISING = frozenset("berjanji menjanjikan".split())
#: Nouns of an incident pointed back to by a reaction ("mengecam **insiden** itu"): the
#: last attack told, never an act of another class (an arrest after a riot the text
#: tells without coding it).
_INCIDENTS = frozenset("insiden peristiwa kejadian".split())
#: Verbs of judging an act ("menilai uji coba tersebut provokasi"): their target is the
#: agent of the act pointed back to, before any actor named in the censure.
_JUDGES = frozenset("menyebut menilai menganggap".split())
#: The key of :func:`extract_relations`'s last act of any class.
_ANY_ACT = "*"
#: Verbs whose subject receives or undergoes the act a noun after them names: its
#: agent comes after "dari" or "oleh" ("menuai kecaman dari X", "dikenai sanksi oleh X").
_RECEIVING = frozenset(
    """
    menerima mendapat mendapatkan memperoleh menuai dijatuhi dikenai diganjar
    """.split()
)
_RECEIVED_FROM = frozenset("dari oleh".split())
#: What one side puts to another: "Usulan Pyongyang ditolak …" is North Korea's.
_PROPOSAL_NOUNS = frozenset("usulan usul tawaran proposal permintaan rencana".split())
#: Nouns for an organisation in a description that stands for it ("lembaga itu").
_ORG_NOUNS = frozenset(
    "lembaga badan komisi kementerian organisasi perusahaan institusi partai".split()
)
#: Nouns that head the names of the bodies they describe: "kementerian itu" is the
#: last "Kementerian …" named, "komisi tersebut" the last "Komisi …".
_HEADED_BODIES = frozenset("kementerian komisi badan dewan mahkamah majelis dinas".split())
_HEADED_BODY_RE = re.compile(
    r"\b(?:kementerian|komisi|badan|dewan|mahkamah|majelis|dinas)\s+(?:itu|tersebut)\b",
    re.IGNORECASE,
)
#: Nouns after "kedua" for the two sides of what was told ("kedua negara", "kedua
#: sekutu itu": two allies at odds).
_BOTH_SIDES = frozenset(
    "negara pihak perusahaan pemimpin pejabat menteri kelompok kubu ormas sekutu".split()
) | frozenset("tetangga tetangganya".split())
#: Nouns of the people a side sends to talks, opening an object that names the sides only
#: after them ("mempertemukan **pejabat** bea cukai kedua negara", "menjamu **menteri**
#: luar negeri kedua negara", "**kepala** negosiator kedua pihak"): the sides are met.
_ENVOYS_OF = frozenset(
    "pejabat menteri kepala delegasi perwakilan utusan perunding negosiator komandan".split()
)
#: Words after "kedua kepala" naming the two leaders ("kedua kepala negara").
_LED_BY_HEADS = frozenset("negara pemerintahan".split())
_BOTH_SIDES_RE = re.compile(
    r"\bke(?:dua|tiga|empat|lima|enam)\s+"
    r"(?:negara|pihak|perusahaan|pemimpin|pejabat|menteri|kelompok|kubu|ormas|sekutu"
    r"|tetangga(?:nya)?|ibu\s+kota)\b"
    r"|\bkedua\s+(?:bupati|gubernur|wali\s*kota|kepala\s+daerah)\b"  # regional heads
    r"|\bkedua\s+kepala\s+(?:negara|pemerintahan)\b"  # the two leaders
    r"|\bkedua\s+(?-i:[A-Z])[a-z]+\b"  # "kedua Korea"
    r"|^\W*keduanya\b",  # "Keduanya menandatangani …": the two just named, as subject
    re.IGNORECASE,
)
#: Nouns of :data:`_BOTH_SIDES` that name states only ("kedua sekutu itu": two member
#: states of an alliance, not the bloc; "kedua tetangganya": the two states next to the
#: one acting).
_STATE_SIDES = frozenset("negara sekutu tetangga tetangganya".split())
#: Words after "kedua" naming two states by their seats ("kedua **ibu kota**").
_CAPITALS = ("ibu", "kota")
#: The kind of actor a noun of :data:`_BOTH_SIDES` names, when it names one kind only
#: ("kedua perusahaan": the last two organisations; "kedua pemimpin": two persons).
_SIDE_KINDS = {
    "perusahaan": "ORG",
    "pemimpin": "PER",
    "pejabat": "PER",
    "menteri": "PER",
    # "kedua kelompok saling serang": the two groups or mass organisations told
    "kelompok": "ORG",
    "kubu": "ORG",
    "ormas": "ORG",
}
#: First words of a court's name: a court where a suit or petition is filed is the
#: forum of a dispute, not one of "kedua pihak" ("mengajukan gugatan terhadap X ke
#: Pengadilan Negeri Y. … meminta kedua pihak berdamai": the plaintiff and X).
_COURT_HEADS = frozenset("pengadilan mahkamah".split())
#: First words of a minister's portfolio: "kedua menteri pertahanan" are the ministers
#: of the two states told, not the last two persons named.
_PORTFOLIOS = frozenset(
    "luar pertahanan perdagangan keuangan dalam ekonomi energi kesehatan perhubungan"
    " pertanian kelautan industri investasi lingkungan hukum".split()
)
#: First words of public bodies, courts and the police: organisations that are no firm.
_PUBLIC_BODIES = frozenset(
    """
    pengadilan mahkamah ptun polres polresta polrestabes polda polsek bareskrim komisi
    kementerian badan lembaga dewan majelis otoritas kejaksaan pemerintah
    """.split()
)
#: Texts that act for whoever issued them ("resolusi yang menuntut …").
_DOCUMENTS = frozenset(
    "resolusi pernyataan deklarasi komunike dekret keputusan putusan surat".split()
)
#: The word opening what a thing consists of ("bantuan **berupa** tenda dan selimut"):
#: a list of things, never the one they are for.
_IN_FORM_OF = "berupa"
#: Words that give the role in which the subject acts ("**selaku** ketua ASEAN").
_ROLE_OF = frozenset("selaku".split())
#: Adverbs of manner between a verb and its object ("mengecam **keras** serangan itu").
_MANNER = frozenset("keras tegas keras-keras sekeras-kerasnya habis-habisan".split())
#: The word opening a manner phrase ("secara tetap", "secara sepihak").
_IN_MANNER = "secara"
#: "Sementara" right after a transitive verb, before its object, is the adverb
#: "temporarily" ("menutup sementara X"), not the conjunction "while", which follows a
#: comma or the object.
_FOR_A_TIME = "sementara"
#: Words before a verb that make its act an offer ("Indonesia **siap** memperdalam kerja
#: sama"): an intent to cooperate, meet or help (CAMEO 03), not the act.
_OFFER = frozenset("siap bersedia".split())
#: One-word titles the entity layer may leave as a person of their own ("Paus").
_HONORIFICS = frozenset(
    "paus kaisar emir pangeran syekh sheikh sultan raja ratu presiden kanselir".split()
)
#: Bodies of a state named with it: "Pemerintah Jerman" acts as Germany.
_STATE_BODIES = frozenset("pemerintah pemerintahan militer rezim".split())
#: Demonstratives after a noun that point back to an act already reported.
_ANAPHOR = frozenset("tersebut itu ini".split())
#: Words that open a purpose clause before its verb ("untuk bertemu", "agar membayar"):
#: its subject is the main clause's, its objects are its own.
_PURPOSE = frozenset("untuk agar supaya guna demi".split())
#: Words after a request that open the clause of what is asked ("mendesak agar X …").
_THAT = frozenset("agar supaya".split())
#: Words of being allowed or able after the subject of a clause asked for ("agar X
#: **dapat** pulang"): X is granted something, the one asked is another.
_LEAVE = frozenset("dapat bisa boleh".split())
#: Verbs of what one is let undergo after those words ("agar X dapat **menjalani**
#: hukuman di negaranya", "bisa **pulang**").
_UNDERGONE = frozenset("menjalani pulang kembali bebas mudik berkumpul".split())
_ASKS = frozenset("appeal demand".split())
#: Verbs whose object is invited to the act after it ("mengundang X berkunjung ke Y":
#: X is invited, the visit is not yet made).
_INVITING = frozenset("mengundang mengajak".split())
#: Verbs of accusing whose object acts in the clause after it ("menuduh X menyerang
#: Y"): a request coordinated after that clause is the accuser's, not X's.
_ACCUSING = frozenset("menuduh menuding menyalahkan".split())
#: Nouns of places named after a state ("Rumah **Sakit** Saudi", "Sekolah Indonesia"):
#: a state's name right after them names the place, not the state.
_NAMED_PLACES = frozenset("sakit sekolah masjid gereja hotel universitas stadion".split())
#: Verbs passing a message on and the messages passed: "berjanji **meneruskan
#: keluhan** warga kepada Bupati X" promises the ones heard, not X.
_PASSING_ON = frozenset("menyampaikan meneruskan membawa".split())
_MESSAGES = frozenset("aspirasi tuntutan keluhan usulan masukan permintaan keberatan".split())
#: Verbs of "kedua pihak yang bertikai": the sides of a fight told, never others (a
#: feud, "berseteru", may be a war of words: the last two named are left to stand).
_WARRING = frozenset("bertikai berperang bertempur berkonflik".split())
#: Words opening a time clause whose verb has the main clause's agent ("disampaikan X
#: saat bertemu Y").
_WHEN = frozenset("saat ketika sewaktu tatkala".split())
#: The word that makes an act mutual between coordinated subjects.
_RECIPROCAL = "saling"
#: Classes whose act is told by a purpose clause ("berjanji untuk memasok … bagi X",
#: "sepakat untuk membayar … kepada X"): its target is the act's target.
_COMPLEMENT = frozenset("intend cooperate".split())
#: Verbs whose object is the subject of the purpose clause after it ("meminta KPK untuk
#: menghormati"); after other verbs the purpose clause has the main subject ("Musk
#: mengunjungi Tokyo untuk bertemu Kishida": Musk meets Kishida).
_OBJECT_CONTROL = frozenset(
    """
    meminta mendesak mengajak mengimbau menyerukan memerintahkan mengizinkan mengundang
    mendorong memaksa menyuruh membantu menugaskan mempersilakan
    """.split()
)
#: Nouns for a member of an organisation: "politisi Golkar itu bertemu …" is the act of
#: an unnamed member, not of the party.
_MEMBER = frozenset(
    "politisi politikus kader anggota simpatisan pendukung pemain penggemar suporter fans "
    "demonstran pengunjuk massa aktivis "
    # "ratusan mahasiswa Universitas X berunjuk rasa": its students, not the university
    "mahasiswa siswa pelajar santri "
    "warga".split()
)
#: Qualifiers that make "hubungan" between persons a public tie, not a romance.
_PUBLIC_TIES = frozenset(
    """
    baik erat diplomatik bilateral strategis kerja dagang ekonomi persahabatan militer
    politik bisnis
    """.split()
)
#: The offices of a region's head ("Gubernur", "Bupati", "Wali Kota", "Walikota").
_REGION_HEAD_OFFICES = frozenset("gubernur bupati wali walikota".split())
#: Titles of public office: a sentence naming one is about officials, even in a sports
#: article ("Menteri X bertemu Y").
_OFFICE = frozenset(
    "presiden perdana menteri raja ratu kanselir gubernur bupati walikota duta dubes".split()
)
#: Passive verbs of saying whose agent follows: "Andi disebut Budi menemui …" (Andi
#: met; Budi only said so); and the outlet that carried a statement ("X, dalam pernyataan
#: yang **dimuat** Y, menuduh …": Y only printed it).
_REPORTED_BY = frozenset(
    "disebut dikatakan dinilai dianggap diklaim dituding diduga dimuat disiarkan dilansir".split()
)
#: Verbs of saying that attribute a quote; "kata X saat ditemui" is the interview.
_SPEECH = frozenset("kata ujar ucap tutur jelas ungkap imbuh tambah katanya ujarnya".split())
#: Nouns before a cue that make it a modifier, not an act ("larangan berkunjung").
_NOT_AN_ACT = frozenset("larangan izin visa".split())
#: Nouns before a state's name that make it a language or a culture ("bahasa Indonesia"),
#: or the camp set against its government ("koalisi oposisi X" is not the state X).
_NOT_A_STATE = frozenset("bahasa budaya masakan oposisi".split())
#: Capitalised words before a verb that are dates, not an unrecognised subject.
_CALENDAR = frozenset(
    """
    senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli
    agustus september oktober november desember
    """.split()
)
#: Times of day written after a day ("Senin malam", "Rabu (…) dini hari").
_DAYTIME = frozenset("pagi siang sore petang malam dini hari".split())
#: Classes whose act is often told again in the passive without its agent ("… ditahan
#: di Rutan KPK", "… diserang lagi"), right after it was told with one.
_TOLD_AGAIN = frozenset("sanction fight".split())
#: Words that name the agent of a passive by what it is, right after the verb ("ditangkap
#: **petugas** Bea Cukai", "ditahan **oleh** …"): an act by another hand, not told again.
_AGENT_AFTER = frozenset(
    """
    oleh petugas aparat polisi personel pasukan tentara prajurit penyidik jaksa
    otoritas tim satgas
    """.split()
)
#: Words that mean "up to" before a number, "until" otherwise.
_UP_TO = frozenset("hingga sampai".split())
#: Number words: "hingga **tiga** ribu barel".
_NUMBERS = frozenset(
    "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh seratus seribu sejuta "
    "puluhan ratusan ribuan jutaan belasan".split()
)
#: The word naming a vessel's flag state: "kapal berbendera Vietnam".
_FLAGGED = "berbendera"
#: The word naming an owner: "kapal patroli milik KKP", "terminal milik Pertamina".
_OWNED_BY = "milik"
#: Words naming the firm a product is of ("sirup obat batuk **produksi** PT X"): an
#: owner, as "milik" is, for what is done to the product.
_MADE_BY = frozenset("milik produksi buatan".split())
#: Words before a product's brand ("sirup **merek** <Brand>"): the capitalised brand is
#: part of the noun phrase naming the product.
_BRAND = frozenset("merek merk bermerek".split())
#: How many words a property's noun phrase may take before its owner ("izin usaha empat
#: gerai waralaba kopi susu milik X").
_PROPERTY_REACH = 9
#: Verbs of responding: the act told by their manner clause answers the last act.
_RESPONSES = frozenset("merespons merespon menanggapi membalas bereaksi".split())
#: Words for a state's rulers that stand for the state alone ("mendesak junta …").
_BARE_RULERS = frozenset("junta rezim".split())
#: Words that open a condition ("jika Seoul tetap menolak").
_CONDITION = frozenset("jika kalau bila apabila seandainya".split())
#: Words that join a threat to the act threatened ("mengancam **akan** menyerang").
_THREAT_LINK = frozenset("akan bakal untuk".split())
#: Verbs of asking and urging: the act in their complement is asked for, not done.
_ASKING = frozenset(
    "meminta mendesak mengimbau menyerukan menuntut mengajak memohon mendorong".split()
)
#: Verbs of letting: the act in their complement is allowed, not done ("mengizinkan
#: pelapor khusus **berkunjung** ke …").
_PERMITTING = frozenset("mengizinkan membiarkan mempersilakan".split())
#: Prepositions opening a sentence on an occasion pointed back to ("Dalam pertemuan itu").
_OCCASION_PREP = frozenset("dalam pada saat".split())
#: Words that open a sentence on the occasion just told ("Dalam **kesempatan** itu",
#: "pada malam **harinya**").
_SAME_OCCASION = frozenset("kesempatan sama kedua keduanya sela harinya".split())
#: Words for where goods come from: "tarif impor mobil listrik **asal** China".
_ORIGIN = frozenset("asal".split())
#: Prepositions of nearness: "latihan militer di perairan **dekat** Taiwan".
_NEAR = frozenset("dekat sekitar".split())
#: Auxiliaries between a subject and its verb ("X, yang …, **dijadwalkan** bertemu").
_AUXILIARY = frozenset(
    """
    akan telah sudah juga kemudian lalu pun segera sempat masih tetap dijadwalkan
    berencana hendak ingin bakal berjanji bersumpah saling berkomitmen justru malah turut ikut
    balik
    """.split()
)
#: Verbs of reporting whose object may be a clause with a subject of its own.
_REPORTING = frozenset(
    """
    melaporkan mengatakan menyatakan menyebutkan mengabarkan memberitakan mengungkapkan
    menegaskan menjelaskan mengklaim
    """.split()
)
#: Words that open a noun phrase of persons: a reported clause's own subject.
_QUANTIFIERS = frozenset(
    "dua tiga empat lima puluhan ratusan ribuan sejumlah seorang para pihaknya mereka".split()
)
#: Weather, disasters and the sea: subjects of verbs of attack ("angin menyerang",
#: "banjir mengepung kota") that are no actor.
_FORCES_OF_NATURE = frozenset(
    """
    angin hujan badai topan siklon banjir gempa gelombang ombak longsor api kebakaran
    kabut asap cuaca petir puting wabah virus penyakit
    """.split()
)
#: Pronouns that stand for a person as a clause's subject.
_PRONOUNS = frozenset("ia dia beliau".split())
#: Words for a part or an agent of an actor between a preposition and the actor ("oleh
#: **penyidik** KPK", "ke **arah** Israel", "ke **wilayah** Israel").
_PART_OF = frozenset(
    "penyidik petugas aparat pasukan tentara jaksa kapal pesawat arah wilayah tim".split()
)
#: A state's people and vessels named before its metonym ("Pasukan Moskow", "Kapal
#: Beijing"): the state's, not a name the entity layer missed.
_FORCES = _PART_OF - frozenset("tim arah wilayah".split())
#: A state's government or armed forces named before it in a coordination ("TNI dan
#: **militer** Amerika Serikat menggelar latihan"): the state is coordinated.
_ARMED_BODIES = frozenset(
    "militer tentara pasukan pemerintah pemerintahan angkatan delegasi otoritas".split()
)
#: Words for the side or the part of an actor that does an act ("diajukan **kubu**
#: Anies", "ditembaki **tank** Israel").
_SIDE = _PART_OF | _GOVERNMENT | frozenset("kubu pasangan tank jet".split())
#: Adverbs of a past act between "yang" and its passive verb ("yang **sebelumnya**
#: diminta X"); a planned one ("yang akan dilakukan X") is no act done.
_DONE_BEFORE = frozenset("sebelumnya telah sudah pernah juga".split())
#: Classes of acts done to someone, whose noun names the patient before the agent
#: ("penembakan lima nelayan X oleh …", "penangkapan dua warga X oleh …").
_DONE_TO = frozenset("fight sanction".split())
#: Acts whose nominal may name its patient before "oleh" and the agent: what is done to
#: it, a rejection of its proposal ("penolakan usulan X oleh Y") and an expulsion of its
#: envoys ("pengusiran duta besar X oleh Y").
_PATIENT_FIRST = _DONE_TO | {"reject", "reduce"}
#: Prepositions of whom an act is for: the owner of their noun phrase is not its
#: target ("disediakan untuk pasar X", "bagi mahasiswa X").
_BENEFACTIVE = frozenset("untuk bagi".split())
#: Words that go on with a list of objects past a comma ("…, **termasuk** warga X").
_INCLUDING = frozenset("termasuk yakni yaitu".split())
#: Words for a state's people by their occupation or status, named with the state
#: ("pekerja migran Indonesia", "nelayan Vietnam"): arresting or deporting them is done
#: to the state through its nationals. Soldiers are not among them: taking them is war.
_CIVILIANS = frozenset(
    """
    pekerja buruh migran tki nelayan mahasiswa pelajar turis wisatawan pengungsi imigran
    jurnalis wartawan awak orang rakyat
    """.split()
)
#: Verbs of storming that, said of a crowd of visitors or buyers, mean flocking to a
#: place ("ribuan turis menyerbu Bali", "pasar itu diserbu pembeli"), not an attack.
_FLOCKING = frozenset("menyerbu diserbu memadati membanjiri dibanjiri".split())
#: Nouns for a market: storming or attacking one ("menyerbu pasar X", "menggempur
#: segmen keluarga") is selling into it, not a war on the state that owns it.
_MARKETS = frozenset("pasar segmen pangsa".split())
#: Nouns for animals caught: taking them ("menangkap ikan", "menjaring udang") is
#: fishing or hunting, not an arrest.
_CATCH = frozenset(
    """
    ikan udang kepiting rajungan cumi cumi-cumi lobster hiu penyu teripang kerang burung
    satwa hewan binatang buaya ular
    """.split()
)
#: Verbs of forecasting: said by pundits ("analis memperkirakan X akan membalas"), the
#: act in their complement is their guess, not an act told as done or announced by its
#: actor.
_FORECASTING = frozenset("memperkirakan memprediksi meramalkan memproyeksikan".split())
#: Nouns for pundits, who forecast what others will do.
_PUNDITS = frozenset("analis pengamat ekonom pakar ahli peneliti".split())
#: Nouns for such a crowd.
_CROWDS = frozenset(
    "turis wisatawan pelancong pengunjung penonton penggemar pembeli pemudik".split()
)
#: How many words from the verb a crowd's noun may stand.
_CROWD_REACH = 5
#: First words of courts and police units: one brought "ke Pengadilan …" or "ke Polres
#: …" is where a lawsuit, an objection or a report is filed, not its target.
_VENUES = frozenset(
    "pengadilan mahkamah ptun polres polresta polrestabes polda polsek bareskrim".split()
)
#: Words opening the office of a person named after it in apposition ("mantan Kepala
#: Dinas … Kota X, <nama>").
_OFFICE_TITLES = (
    _OFFICE
    | _TITLE_WORDS
    | frozenset(
        "kepala direktur dirut komisaris rektor camat lurah kapolda kapolres kapolri "
        "wakil wali walikota sekretaris bendahara anggota hakim jaksa".split()
    )
)
#: Words for a former holder of an office ("mantan Bupati X").
_FORMER = frozenset("mantan eks bekas".split())
#: Bare words for a body's officers opening a clause, and the first words of the names
#: of the bodies each stands for ("penyidik" of the KPK, a prosecutor's office or the
#: police; "jaksa" of a prosecutor's office; "polisi" of a police unit).
_BODY_NOUNS = {
    "penyidik": (
        "komisi pemberantasan korupsi",
        "kpk",
        "kejaksaan",
        "kejati",
        "kejari",
        "bareskrim",
        "polda",
        "polres",
        "polri",
        "kepolisian",
    ),
    "jaksa": ("kejaksaan", "kejati", "kejari"),
    "polisi": ("polda", "polres", "polresta", "polsek", "polri", "kepolisian", "bareskrim"),
}


def _headed(name: str, heads: Sequence[str]) -> bool:
    """Whether ``name`` starts with one of ``heads`` (case-insensitive)."""
    return name.casefold().startswith(tuple(heads))


#: Verbs of joining another side: planned, a join is an intent (CAMEO 03), done, an
#: alliance (05).
_JOINING = frozenset({"bergabung"})
#: Verbs of bringing a matter before a body ("membawa persoalan itu ke DK PBB",
#: "menggugat aturan itu ke badan arbitrase": the body hears it, no side sued).
_BRINGING = frozenset("membawa melaporkan mengadukan menyeret memperkarakan menggugat".split())
#: Nouns of an appeal against a decision ("mengajukan **banding** ke X"): the body it is
#: filed at reviews the decision, it is not the one objected to.
_APPEALS_AGAINST = frozenset("banding kasasi".split())
#: Classes whose act may be filed at a court or a police unit ("mengajukan permohonan ke
#: MK" asks the court itself: appeal is not among them).
_FILED = frozenset("disapprove demand sanction reject".split())
#: Nouns of a court's or a body's ruling, whose reading dates the decision just told.
_RULINGS = frozenset("putusan vonis amar".split())
#: Words of an election ticket's number ("pasangan calon nomor urut 4").
_TICKET_WORDS = frozenset("calon nomor urut".split())
#: Classes that censure an act, aimed at the act's agent when it is named after it.
_CENSURING = frozenset("disapprove reject".split())
#: Words for one's counterpart, and the prepositions naming the side they serve
#: ("rekannya asal Jepang", "mitranya dari Laos").
_COUNTERPARTS = frozenset("mitranya rekannya timpalannya sejawatnya koleganya".split())
_COUNTERPART_OF = frozenset("dari asal".split())
#: Light verbs that call an act off: the act named after them is not done ("menunda
#: kunjungan ke X", "membatalkan pertemuan dengan X").
_CALLED_OFF = frozenset("menunda membatalkan".split())
#: Words for private people of a state doing business there: inviting or meeting them is
#: not a tie with their state ("menjamu investor Qatar").
_BUSINESS_PEOPLE = frozenset("investor pengusaha pebisnis pemodal swasta".split())
#: Classes of ties between sides: a state's private people named as the target are not
#: the state (acts done to persons, such as arrests, are: see :meth:`_Clause.nationals`).
_TIES = frozenset("intend consult cooperate appeal".split())
#: Passive verbs of mediating: "Gencatan senjata itu **ditengahi** oleh X".
_MEDIATED = frozenset("dimediasi ditengahi difasilitasi".split())
#: The passive of hosting, a mediation only of talks told ("Pertemuan itu difasilitasi
#: X", "mediasi yang difasilitasi X"): else one helped ("warga difasilitasi X mengurus
#: …") is neither met nor acted on, and its helper does no act a reaction answers.
_HOSTED = "difasilitasi"
#: Verbs before talks "antara A dan B" whose subject meets both sides (as "tuan rumah").
_HOSTING = frozenset("memfasilitasi menjembatani menggelar menyelenggarakan".split())
#: Prepositions naming the channel an act goes through, not its target.
_CHANNEL = frozenset("melalui lewat via".split())
#: Active verbs of mediating talks "antara A dan B": their subjects are the mediators,
#: each meeting both sides, and never each other's partners ("X dan Y menengahi …").
_MEDIATING = frozenset("menengahi memediasi".split())
#: Nouns of a petition to a court or an authority, before the petitioner named as their
#: owner ("permohonan **kasasi** mantan Bupati X, <nama>"; "gugatan", "grasi").
_PETITIONS = frozenset(
    "permohonan kasasi banding gugatan keberatan eksepsi praperadilan grasi".split()
)
#: Most words between a verb and an object it takes without a preposition.
_DIRECT_GAP = 2
#: Most words allowed between a subject and its verb, and a verb and its object.
_SUBJECT_GAP = 7
_OBJECT_GAP = 5


#: First words of the lexicon's forms: most tokens are none, and are passed over at once.
_FIRST_WORDS = frozenset(form.split()[0] for form in LEXICON)


def _may_cue(word: str) -> bool:
    return word in _FIRST_WORDS or (word.endswith("nya") and word[:-3] in _FIRST_WORDS)


def _verb_like(word: str) -> bool:
    """Whether ``word`` looks like a verb by its prefix (*meN-*, *ber-*, *di-*): a rough
    test, used only where a noun in its place would be rare ("untuk **bertemu**")."""
    return len(word) >= 6 and word.startswith(("me", "ber", "di"))


#: Words with the shape of an active verb that are not verbs.
_VERB_SHAPED = frozenset("menteri mereka merdeka meski meskipun berita bersama berbagai".split())


def _active_verb(word: str) -> bool:
    """Whether ``word`` looks like an active verb (*meN-*, *ber-*): stricter than
    :func:`_verb_like`, whose *di-* also takes "diplomat" and "direktur"."""
    return len(word) >= 6 and word.startswith(("me", "ber")) and word not in _VERB_SHAPED


def _noun_key(noun: str) -> str:
    """The key under which the agent of an act named by ``noun`` is kept for a later
    "<noun> itu"."""
    return "@" + noun


#: Nouns of offices that name a public body ("kantor pertanahan itu").
_OFFICE_NOUNS = frozenset("kantor dinas".split())


def _act_noun(word: str) -> bool:
    """Whether ``word`` (lower case) is an act's noun in the lexicon ("kecaman")."""
    cue = LEXICON.get(word)
    return word in _ACT_NOUNS | _PROPOSAL_NOUNS or (cue is not None and cue.voice == "nominal")
