"""The relation stage: coded actions between actors, read from Indonesian clauses.

:func:`extract_relations` is a pure function of an article's text, its mentions
(resolved names and metonyms), its time expressions and its quotes. For each sentence
it finds the cue words of :mod:`.lexicon` and places their arguments by the shape of
the clause:

* active — the actor before the verb acts on the first actor after it:
  "Korea Utara mengirim ribuan tentara **ke** Rusia"; coordinated subjects give one
  relation each ("Widodo dan Albanese menandatangani …" gives one pair for symmetric
  classes such as *consult* and *cooperate*);
* passive *di-* — the agent follows, after *oleh* or directly: "… dikirim ke Rusia
  oleh Pyongyang"; the target is the actor after *ke/kepada/terhadap*, else the subject;
* nominal — "kunjungan Albanese ke Jakarta", "penandatanganan … antara Malaysia dan
  Singapura", "pengiriman senjata oleh Prancis ke Ukraina", or a noun after a light
  verb ("Israel melancarkan serangan ke Gaza").

Coordination reaches past a role word ("Modi dan rekannya Sharif bertemu"); a verb
with no actor object takes the agent of a passive relative clause on its object
("memprotes peta yang diterbitkan China": against China); and a reaction to an act
named earlier ("Jerman mengecam serangan itu") targets the agent of the last act of
that class in the article, or of any class when named by a general noun ("mengecam
langkah itu", "menyebut latihan itu sebagai provokasi").

The subject may stand apart from its verb (the classes found on the blind set): past
an acronym or a date in parentheses ("Mahkamah Konstitusi (MK) menolak", "Kremlin pada
Senin (24/6/2024) menuding"), an apposition ("Utusan Khusus …, Alounkeo Kittikhoun,
bertemu"), auxiliaries after a relative clause ("X, yang …, dijadwalkan bertemu"), a
pronoun ("Ia kemudian bertemu …": the person last named as a subject), and a manner
clause ("Beijing membalas … dengan mengenakan bea masuk": Beijing's act). A dash ends a
dateline ("Jakarta, CNN Indonesia--Polisi menangkap": not Indonesia). What is
threatened or asked for is not an act done: "mengancam akan menyerang X" is a threat
against X, "mendesak Israel menghentikan serangan" an appeal only; an offer of aid
("menawarkan bantuan") is an offer. Arrest and detention are done to persons, or to a
state through its nationals ("dua warga negara China").

A third blind set added these shapes: a serial comma ("A, B, dan C") and a short name
in parentheses in coordination; a second verb sharing the first one's subject ("…
mengumumkan sanksi … dan membatalkan perjanjian"); a role ("selaku ketua ASEAN") and an
office holder the entity layer missed ("Perdana Menteri X <name>": the state acts); a
bare title ("Presiden juga …"), a description ("lembaga itu") and "kedua negara" for
those named before; a region's government ("Pemerintah Provinsi X"); a text or decision
acting for its issuer ("resolusi yang menuntut …"); a passive relative clause naming
the agent of a nominal act ("bea imbalan yang dikenakan X"), and a nominal's patient
before "oleh"; the state owning a noun phrase after a preposition ("ke pangkalan
militer X") or the thing seized or struck ("menyita kapal nelayan X"); an offer ("siap
memperdalam kerja sama") coded as intent; a reaction to the act named by the same noun
("latihan militer" … "mengecam latihan tersebut") or past a manner adverb.

A fourth blind set added: a manner clause past a relative clause on the main verb's
object ("menjawab bea yang dikenakan X dengan menaikkan …": the one who answers); a
passive's agent after a word for its team ("dibekuk tim Kejaksaan"); a count in a noun
phrase ("kepada sekitar 30 perwira X") and "hingga" before a number (up to, not until);
the owner after "milik" acting by its vessel ("Kapal … milik Bakamla menahan") or
owning what a preposition's phrase names ("ke kilang milik X"); a state's flagged
vessels ("kapal berbendera X") as its nationals; a firm named after its state
("perusahaan Jepang X"); a role in an apposition ("X, selaku ketua ASEAN,"); an act
opening its sentence as a noun, its agent after it, for a later reaction; "kedua
negara" as a subject; a threat's condition naming its target ("… jika Seoul tetap
menolak"); targets the text gives only before: a response's act ("Hanoi menanggapi
dengan mengirim …") aimed at the last act's agent, "mereka" as the object of the
act just told, a request an act was done upon ("atas permintaan X") made to its agent,
and a bare "junta" as the state last named with its rulers; a further step told right
after a dated one ("X juga …") on its day.

A fifth blind set added: a body the entity layer missed, named with its state or
organisation after a preposition ("kepada Penjaga Pantai X"), its short name in
parentheses when given; a state's people named by their occupation ("pekerja migran X")
as its nationals; a place after "di" between a subject and its verb; a passive's agent
described as a body of a state ("ditangkap lembaga antinarkoba X"); hyphenated tickets
("pasangan A-B dan C-D"); a name in commas before an addressee after a long object; an
actor inside a relative clause on the subject ("X yang kini menjadi pelatih Y meneken
…": X); two verbs sharing the object after the second ("menabrak dan merusak kapal X");
a quotation or a second predicate ending the search for an object; a threatened
retaliation against an act named before ("mengancam akan membalas tarif tersebut"); an
accusation in a passive relative clause on the one sanctioned, made by the sanctioner;
a reaction to an act described by a relative clause ("langkah yang disebutnya “…”
itu"); the mediator of the act just told ("Gencatan senjata itu ditengahi X") consulting
both sides; "Dalam pertemuan dengan X" opening a sentence as the meeting of the person
last named; a pronoun after an office whose holder the entity layer missed standing for
the office's state; the date of a lead sentence told by the next one when that opens
with the act's noun and its passive ("Pengumuman disampaikan …, Kamis (…)") or with the
meeting ("Dalam pertemuan dengan …"); and a pronoun's sentence carrying a date only from
the sentence right before it. Shapes a coverage matrix of invented sentences asked for
(tests/nlp/relations/test_coverage.py): an act received ("menuai kecaman dari X",
"dijatuhi sanksi oleh X"); a reciprocal act ("saling menuding"); a second subject after
"bersama" or after "dan" and a title; the one asked after "agar"; a day set off by commas
after the subject; a manner adverb before the object; a property's owner after "milik";
a metonym after an act's noun or a state's forces opening a sentence ("Kecaman Kremlin",
"Kapal Beijing"); "kedua negara" standing for states only.

Actors are people, organisations and countries (a place counts when the entity layer
typed it a state, ``GPE``, or resolved it as a metonym: "Kremlin" → Russia); a person
named beside the country ("Menteri Luar Negeri China Wang Yi") is kept as the actor.
A state's government or army named as such ("Pemerintah Jerman", "Militer Israel",
also when the entity layer took "Pemerintah X" as one name and X is named as a state
elsewhere) acts as the state; a ministry named with its state acts as the state
("Kementerian Perdagangan China memasukkan …": China) but is itself when acted on.
Cues inside quotation marks are skipped: a quote's claims are the speaker's.

Cue verbs with an everyday sense are coded only in the sense meant (:func:`_sense_ok`,
:func:`_private`; the errors found by judging relations on IndoSum dev articles):
verbs of meeting, receiving, helping, sending, threatening and attacking are not coded
in a sentence about play or in a sports article ("menyambut umpan", "mengancam
gawang"); a meeting or "menjalin hubungan" between two private persons in a context of
romance is their private life; a visit for filming or leisure, a cue inside an embedded
question ("apakah") or naming a ban ("larangan berkunjung"), and the reporter's
interview ("kata X saat ditemui") are not acts. A purpose clause ("untuk bertemu") has
the main clause's subject and keeps its own objects; an actor after "menurut", after a
passive verb of saying ("disebut X") or named only as a member's organisation
("politisi partai itu") does not act; "dengan" gives the other side only of a symmetric
act. Negation ("tidak", "membantah") and modality ("akan", "berencana", "mungkin", "ingin") within
the clause become fields. The date is the nearest resolved time expression of the
sentence; a sentence with none that goes on with the occasion just told (a pronoun
subject, "Dalam kesempatan itu", "Penandatanganan itu …") takes the report's last
recent date before it, a lead sentence the date of the next one when that one points
back to it; else the article's publication date. Expressions relative to the narrative
("sehari sebelumnya") come resolved by the time layer against the date told before
them; one inside a sentence ("keputusan Washington dua hari sebelumnya") dates its own
clause but is not carried to the sentences after it. A promise is dated when made, not
at the later date it promises.

Work is linear in the text: every sentence is bounded (:mod:`warta.nlp.sentences`) and
each cue looks at a fixed window of words around it.

>>> from warta.records import Mention
>>> text = "Rusia mengecam Jepang."
>>> ms = (Mention(0, 5, "Rusia", "LOC", "Russia"), Mention(15, 21, "Jepang", "LOC", "Japan"))
>>> [(r.source, r.action, r.target) for r in extract_relations(text, ms, gpe={"Russia", "Japan"})]
[('Russia', 'disapprove', 'Japan')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise
from typing import Literal

from warta.nlp.relations.lexicon import (
    ENTERTAINMENT_SENSES,
    ENTERTAINMENT_WORDS,
    JOINT_EXERCISE,
    JOINT_REACH,
    JOINT_WORDS,
    LEISURE_WORDS,
    LEXICON,
    LIGHT_VERBS,
    MAX_WORDS,
    PLAY_WORDS,
    PRIVATE_ARTICLE,
    PRIVATE_WORDS,
    SPORT_ARTICLE,
    SPORT_SENSES,
    SPORT_WORDS,
    Cue,
)
from warta.nlp.relations.taxonomy import CLASSES, is_cooperative
from warta.nlp.sentences import split_sentences
from warta.nlp.time.timex import sets_the_time
from warta.records import Mention, Modality, PartialDate, Polarity, Quote, Relation, TimeExpr

__all__ = ["extract_relations"]

# a dash apart from a word ends a dateline: "Jakarta, CNN Indonesia--Polisi menangkap …"
_TOKEN = re.compile(r"\w+(?:-\w+)*|[,;:()\"“”‘’]|-+|[–—]")
_QUOTE_CHARS = frozenset('"“”')

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
    "pernyataan keterangan siaran konferensi jumpa juru surat unggahan akun cuitan".split()
)
#: Prepositions that introduce a target after the cue.
_TARGET_PREP = frozenset("ke kepada terhadap dengan atas bagi untuk pada".split())
_NEGATION = frozenset(
    "tidak tak bukan belum tanpa enggan batal membantah menyangkal menampik".split()
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
#: Words of a title written before a name ("Menteri Luar Negeri", "Duta Besar").
_TITLE_WORDS = _TITLES | frozenset(
    "luar negeri dalam duta besar wakil sekretaris jenderal menlu dubes penjabat plt".split()
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
#: Nouns after "kedua" for the two sides of what was told ("kedua negara").
_BOTH_SIDES = frozenset("negara pihak perusahaan pemimpin menteri".split())
_BOTH_SIDES_RE = re.compile(
    r"\bke(?:dua|tiga)\s+(?:negara|pihak|perusahaan|pemimpin|menteri)\b", re.IGNORECASE
)
#: The kind of actor a noun of :data:`_BOTH_SIDES` names, when it names one kind only
#: ("kedua perusahaan": the last two organisations; "kedua pemimpin": two persons).
_SIDE_KINDS = {"perusahaan": "ORG", "pemimpin": "PER", "menteri": "PER"}
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
#: Words that give the role in which the subject acts ("**selaku** ketua ASEAN").
_ROLE_OF = frozenset("selaku".split())
#: Adverbs of manner between a verb and its object ("mengecam **keras** serangan itu").
_MANNER = frozenset("keras tegas keras-keras sekeras-kerasnya habis-habisan".split())
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
_ASKS = frozenset("appeal demand".split())
#: Verbs whose object is invited to the act after it ("mengundang X berkunjung ke Y":
#: X is invited, the visit is not yet made).
_INVITING = frozenset("mengundang mengajak".split())
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
    "warga".split()
)
#: Qualifiers that make "hubungan" between persons a public tie, not a romance.
_PUBLIC_TIES = frozenset(
    """
    baik erat diplomatik bilateral strategis kerja dagang ekonomi persahabatan militer
    politik bisnis
    """.split()
)
#: Titles of public office: a sentence naming one is about officials, even in a sports
#: article ("Menteri X bertemu Y").
_OFFICE = frozenset(
    "presiden perdana menteri raja ratu kanselir gubernur bupati walikota duta dubes".split()
)
#: Passive verbs of saying whose agent follows: "Andi disebut Budi menemui …" (Andi
#: met; Budi only said so).
_REPORTED_BY = frozenset("disebut dikatakan dinilai dianggap diklaim dituding diduga".split())
#: Verbs of saying that attribute a quote; "kata X saat ditemui" is the interview.
_SPEECH = frozenset("kata ujar ucap tutur jelas ungkap imbuh tambah katanya ujarnya".split())
#: Nouns before a cue that make it a modifier, not an act ("larangan berkunjung").
_NOT_AN_ACT = frozenset("larangan izin visa".split())
#: Nouns before a state's name that make it a language or a culture ("bahasa Indonesia").
_NOT_A_STATE = frozenset("bahasa budaya masakan".split())
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
    berencana hendak ingin bakal berjanji bersumpah saling berkomitmen
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
_ARMED_BODIES = frozenset("militer tentara pasukan pemerintah angkatan".split())
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
    jurnalis wartawan awak
    """.split()
)
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
#: Verbs of bringing a matter before a body ("membawa persoalan itu ke DK PBB").
_BRINGING = frozenset("membawa melaporkan mengadukan menyeret memperkarakan".split())
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
#: Verbs before talks "antara A dan B" whose subject meets both sides (as "tuan rumah").
_HOSTING = frozenset("memfasilitasi menjembatani menggelar menyelenggarakan".split())
#: Prepositions naming the channel an act goes through, not its target.
_CHANNEL = frozenset("melalui lewat via".split())
#: Active verbs of mediating talks "antara A dan B": their subjects are the mediators,
#: each meeting both sides, and never each other's partners ("X dan Y menengahi …").
_MEDIATING = frozenset("menengahi memediasi".split())
#: Most words between a verb and an object it takes without a preposition.
_DIRECT_GAP = 2
#: Most words allowed between a subject and its verb, and a verb and its object.
_SUBJECT_GAP = 7
_OBJECT_GAP = 5


@dataclass(frozen=True, slots=True)
class _Tok:
    text: str  # lower case
    start: int
    end: int
    capital: bool = False  # written with a capital: a name or a title ("Menteri Luar Negeri")


@dataclass(frozen=True, slots=True)
class _Actor:
    name: str
    start: int
    end: int
    first: int  # token indices covered
    last: int
    person: bool
    organisation: bool = False  # named as an organisation, not a person or a place
    #: the state a ministry of it acts for ("Kementerian Luar Negeri Jepang" → Japan)
    state: str | None = None


def _actor_name(m: Mention) -> str:
    return m.referent or m.entity or m.text


def _is_actor(m: Mention, gpe: Collection[str]) -> bool:
    if m.type in ("PER", "ORG"):
        return True
    return m.referent is not None or (m.entity or m.text) in gpe


def _outermost(mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions not nested in a longer one ("presiden Prancis" hides its "Prancis")."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def _quoted(sentence: str, offset: int, quotes: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans inside paired quotation marks of the sentence, plus direct quotes over it."""
    spans = [(s, e) for s, e in quotes if s < offset + len(sentence) and e > offset]
    opened: int | None = None
    for i, ch in enumerate(sentence):
        # ” opening a quote, as some sites write it: at the start or after a space
        opens_right = ch == "”" and opened is None and (i == 0 or sentence[i - 1].isspace())
        if ch == "“" or (ch == '"' and opened is None) or opens_right:
            opened = offset + i
        elif ch in _QUOTE_CHARS and opened is not None:
            spans.append((opened, offset + i + 1))
            opened = None
    return spans


def _iso_of(t: TimeExpr) -> str | None:
    """The timex's date, a week read as the month of its Thursday, else ``None``."""
    value = t.value
    if value is None or t.type not in ("date", "relative") or "X" in value:
        return None
    if "-W" in value:
        year, week = value.split("-W")
        try:
            thursday = date.fromisocalendar(int(year), int(week[:2]), 4)
        except ValueError:
            return None
        return f"{thursday.year:04d}-{thursday.month:02d}"
    try:
        PartialDate.parse(value)
    except ValueError:
        return None
    return value


class _Clause:
    """One sentence as tokens with the actors over them."""

    def __init__(
        self,
        toks: list[_Tok],
        actors: list[_Actor],
        antecedent: _Actor | None = None,
        *,
        organisation: _Actor | None = None,
        history: _History | None = None,
    ) -> None:
        self.toks = toks
        #: the person a pronoun subject stands for (see :meth:`_pronoun`)
        self.antecedent = antecedent
        #: the organisation a description stands for ("lembaga itu", :meth:`_description`)
        self.organisation = organisation
        #: the actors named in the sentences before ("kedua negara", a bare "Presiden")
        self.history = history or _History("", ())
        #: the names acting in the clause being read: "kedua pihak" are the others
        self.acting: frozenset[str] = frozenset()
        self._words: frozenset[str] | None = None
        self.actor_at: dict[int, _Actor] = {}
        for a in actors:
            for i in range(a.first, a.last + 1):
                self.actor_at[i] = a

    def word(self, i: int) -> str:
        return self.toks[i].text if 0 <= i < len(self.toks) else ""

    def words(self) -> frozenset[str]:
        """The sentence's words, for the tests of context (made on first need)."""
        if self._words is None:
            self._words = frozenset(t.text for t in self.toks)
        return self._words

    def _with_person(self, actor: _Actor) -> _Actor:
        # "Menteri Luar Negeri China Wang Yi": the person named beside a state acts.
        nxt = self.actor_at.get(actor.last + 1)
        if nxt is None and self.word(actor.last + 1) == ",":  # "Presiden Prancis, Emmanuel Macron"
            nxt = self.actor_at.get(actor.last + 2)
        if not actor.person and nxt is not None and nxt.person:
            return nxt
        # "Paus Fransiskus" cut in two by the entity layer: the title alone is no one
        honorific = actor.person and actor.first == actor.last and self.word(actor.first)
        if honorific in _HONORIFICS and nxt is not None and nxt.person:
            return nxt
        # "putri Sukarno, Megawati": the apposition names the kin, not the person before it
        if (
            self.word(actor.first - 1) in _KIN
            and self.word(actor.last + 1) == ","
            and nxt is not None
            and nxt.person
        ):
            return nxt
        return actor

    def _ticket_word(self, k: int) -> bool:
        """Whether token ``k`` is part of an election ticket's number ("calon nomor urut
        2,")."""
        w = self.word(k)
        return w in _TICKET_WORDS or w.isdigit() or w == ","

    def relative_agent(self, i: int, window: int = 10) -> list[_Actor]:
        """The agent of a passive relative clause on the object after token ``i``:
        "memprotes peta yang diterbitkan China" acts against China."""
        for j in range(i + 1, min(len(self.toks) - 2, i + window)):
            w = self.word(j)
            if w == "yang":
                k = j + 1
                while self.word(k) in _DONE_BEFORE:  # "yang sebelumnya diminta X"
                    k += 1
                if self.word(k) in _MEDIATED:
                    return []  # "perjanjian yang dimediasi X": X mediated, no party
                if self.word(k).startswith("di") and len(self.word(k)) > 4:
                    return self._agent_phrase(k + 1)
                return []
            if w in _BOUNDARY or j in self.actor_at:
                return []
        return []

    def _agent_phrase(self, k: int) -> list[_Actor]:
        """The agents named from token ``k`` on after a passive verb, a word for their
        side or part first ("diajukan kubu A dan kubu B", "oleh tank Israel")."""
        if k not in self.actor_at and self.word(k) in _SIDE:
            k += 1
            # "pasangan calon nomor urut 4, A dan B": the ticket's number before its names
            start = k
            while k < start + 5 and k not in self.actor_at and self._ticket_word(k):
                k += 1
        actor = self.actor_at.get(k)
        if actor is None:
            return []
        found = [self._with_person(actor)]
        k = self._ticket(actor, found)
        while self.word(k) in _COORD:
            nxt = self.actor_at.get(k + 1) or (
                self.actor_at.get(k + 2) if self.word(k + 1) in _SIDE else None
            )
            if nxt is None:
                break
            found.append(self._with_person(nxt))
            k = self._ticket(nxt, found)
        return list(dict.fromkeys(found))

    def _ticket(self, actor: _Actor, found: list[_Actor]) -> int:
        """The token after ``actor`` and the partner a hyphen joins to it in one token
        ("pasangan Budi Santoso-Rina Wijaya dan …": both), the partner added to
        ``found``."""
        partner = self.actor_at.get(actor.last)
        if partner is None or partner is actor:
            return actor.last + 1
        found.append(self._with_person(partner))
        return partner.last + 1

    def anaphoric_act(self, i: int, acted: Collection[str]) -> str | None:
        """The key in ``acted`` of an act named by a noun after token ``i`` and pointed
        back to ("menolak **sanksi tersebut**"), else ``None``: the last act named by
        the same noun ("latihan militer" … "mengecam latihan tersebut"), else the last
        of its class, else the last act of any class for a general noun ("mengecam
        langkah itu"). Manner adverbs may come first ("mengecam keras serangan itu")."""
        while self.word(i + 1) in _MANNER:
            i += 1
        noun = self.word(i + 1)
        if noun in _ACT_NOUNS and self.word(i + 2) == "yang" and self._described(i + 3):
            # "mengkritik langkah yang disebutnya “gegabah” itu": the act told before
            return _ANY_ACT if _ANY_ACT in acted else None
        if not {self.word(i + 2), self.word(i + 3)} & _ANAPHOR:
            return None
        if _noun_key(noun) in acted:
            return _noun_key(noun)
        if noun in _TOLD_ACT_NOUNS and self.word(i + 2) in _ANAPHOR:
            return _ANY_ACT if _ANY_ACT in acted else None
        cue = LEXICON.get(noun)
        if cue is None or cue.voice != "nominal":
            return None
        # the demonstrative may follow one modifier: "serangan udara tersebut"
        return cue.action if cue.action in acted else None

    def _in_relative(self, actor: _Actor) -> _Actor | Literal[False] | None:
        """Whether ``actor`` is named inside a relative clause that opens ("yang") at
        most eight words before it, with no clause boundary or other actor between:
        the clause's head when an actor (not after a preposition), ``False`` when not
        one; ``None`` when ``actor`` is not in a relative clause. An actor right after an
        active verb is that verb's clause's subject or the name given ("yang telah
        memutuskan Golkar mendukung …", "yang bernama X menyerang …"), not a modifier."""
        if _active_verb(self.word(actor.first - 1)):
            return None
        for k in range(actor.first - 1, max(actor.first - 9, 0), -1):
            w = self.word(k)
            if w == "yang":
                head = self.actor_at.get(k - 1)
                if head is None or self._word_before(head) in _OBLIQUE:
                    return False
                return head
            now = w == "saat" and self.word(k + 1) == "ini"  # "yang saat ini menjadi …"
            if (w in _BOUNDARY and w != "yang" and not now) or k in self.actor_at:
                return None
        return None

    def _described(self, k: int) -> bool:
        """Whether a relative clause from token ``k`` on ends, within 15 words, with a
        demonstrative that closes its noun phrase ("tindakan yang disebutnya “…”
        **itu**,")."""
        for j in range(k, min(len(self.toks), k + 15)):
            w = self.word(j)
            if w in _ANAPHOR and (j + 1 == len(self.toks) or self.word(j + 1) in _BOUNDARY):
                return self.word(j - 1) in _QUOTE_CHARS
            if w in (";", ":") or (w == "," and self.word(j - 1) not in _QUOTE_CHARS):
                return False
        return False

    def subject(self, i: int) -> tuple[list[_Actor], int]:
        """The actors acting in the clause before token ``i``, and where they start.

        Actors after a preposition ("ke Rusia") are inside the predicate and skipped.
        When a comma ends the search, the head of a relative clause just before it
        acts: "Budi Santoso, yang …, mengunjungi Tokyo". A purpose clause has the main
        clause's subject ("Musk mengunjungi Tokyo untuk bertemu …": Musk). No subject
        when a capitalised word the entity layer did not take is right before the verb
        (a name it missed: "langkah Hanura mendukung …"), or when the actor is only the
        organisation of an unnamed member ("politisi Golkar itu bertemu …").
        """
        if self._unknown_name(i - 1):
            return [], i
        # "X, yang …, dijadwalkan bertemu": auxiliaries may stand between comma and verb
        head = i
        while self.word(head - 1) in _AUXILIARY:
            head -= 1
        aside = self._date_aside(head)
        if aside is not None:  # "Indonesia, Senin (3/6/2024), mengecam …"
            return self.subject(aside)
        purposed = self._purpose_after_aside(head)
        if purposed is not None:
            return purposed
        if self.word(head - 1) == "dengan":
            main = self.main_verb_before(head - 1)
            if main is not None:  # "Beijing membalas … dengan mengenakan": by doing so
                return self.subject(main)
        if self.word(head - 1) in _WHEN:
            main = self._passive_before(head - 1)
            if main is not None:  # "disampaikan X saat bertemu Y": X meets Y
                agents = self.passive_agents(main)
                if agents:
                    return agents, head
        if self.word(head - 1) in _COORD - {"baik"}:
            # "X menggerebek … dan menahan …": a coordinated verb has the first's subject
            shared = self._coordinated_verb_subject(head - 1)
            if shared is not None:
                return shared
        counterparts = self._with_counterpart(head - 1)
        if counterparts:  # "A dan mitranya dari X, <nama>, meneken …"
            return counterparts, head
        namely = self._namely_before(head - 1)
        if namely:  # "lahan milik tiga perusahaan, yakni A, B, dan C, disegel …"
            return namely, head
        if self.word(head - 1) == "yang":
            issuer = self._issuer(head - 1)
            if issuer is not None:
                return issuer
        titled = self._bare_title(head - 1) or self._bare_body(head - 1)
        if titled is not None:  # "Presiden juga dijadwalkan bertemu …"
            return [titled], i
        owned = head - 1
        if self.word(owned) == ")":  # "milik Kementerian … (KKP) menangkap"
            owned = (self._parenthesis_start(owned) or 0) - 1
        owner = self.actor_at.get(owned)
        if owner is not None and not owner.person and self.word(owner.first - 1) == _OWNED_BY:
            # "Kapal patroli Orca 03 milik KKP menangkap …": the owner acts by its vessel
            return [owner], owner.last + 1
        gap = 0
        j = i - 1
        while j >= 0 and gap <= _SUBJECT_GAP:
            if self.word(j) == ")":
                opening = self._parenthesis_start(j)
                if opening is not None:
                    # "Majelis Ulama Indonesia (MUI) mengaku": the acronym names the
                    # subject even where the entity layer missed the long name;
                    # "Kremlin pada Senin (24/6/2024) menuding": a date is passed over
                    j = j - 1 if j - 1 in self.actor_at else opening - 1
                    continue
            actor = self.actor_at.get(j)
            if actor is not None and self._word_before(actor) in _OBLIQUE | _REPORTED_BY:
                gap += 1
                j = actor.first - 2
                continue
            if actor is not None and self._in_role(actor):
                # "Anwar Ibrahim selaku ketua ASEAN menyampaikan": the person acts
                gap += 1
                j = actor.first - 1
                continue
            if actor is not None and self._in_relative(actor) is not None:
                # "X yang saat ini menjadi pebalap Y sudah meneken …": Y is named in a
                # relative clause on X, who acts (no one when X is not named)
                named = self._in_relative(actor)
                return ([self._with_person(named)], named.last + 1) if named else ([], i)
            if actor is not None:
                found = [actor]
                k = self._office_start(actor) - 1
                if self.word(k) == "(" and k - 1 in self.actor_at:
                    # "Qatar Investment Authority (QIA) menandatangani": the full name,
                    # unless the entity layer resolved the short one
                    full = self.actor_at[k - 1]
                    if full.organisation and actor.name.lower() == self.word(actor.first):
                        actor = full
                    found, k = [actor], full.first - 1
                # "Widodo dan Albanese", "Filipina, Malaysia dan Vietnam", "baik A maupun B"
                while k >= 0:
                    # "A dan rekannya B", "A dan Menteri Luar Negeri B": a role word or a
                    # title may follow "dan"
                    k = self._past_role(k)
                    w = self.word(k)
                    prev = self._coordinated_before(k)
                    if w in _COORD - {"baik"} | {","} | _ALONG_WITH and prev is not None:
                        found.append(prev)
                        k = prev.first - 1
                    else:
                        break
                if self.word(k) in _OBLIQUE:
                    return [], i
                # "memanggil Duta Besar China untuk memprotes …": the object is named by
                # its office, whose title words stand between the verb and the state
                if len(found) == 1:
                    k = self._description_start(self._office_start(found[-1])) - 1
                if self._purpose_between(actor.last + 1, i) and self._main_verb(k):
                    return self.subject(k)  # the actor is the main verb's object
                subj = [self._with_person(a) for a in reversed(found)]
                if len(subj) == 1 and self._member_of(subj[0]):
                    return [], i
                return list(dict.fromkeys(subj)), actor.last + 1
            if self.word(j) == "yang":
                short = self._short_relative_head(j, head)
                if short is not None:  # "Partai X (PX) yang berkuasa mengkritik …"
                    return [self._with_person(short)], short.last + 1
            if self.word(j) in _BOUNDARY:
                if self.word(j) == "," and j == head - 1:
                    return self._relative_head(j, i)
                apposed = self._apposition_before(j)
                if apposed is not None:
                    # "Harian resmi X, <nama>, pada Rabu (…) mengkritik": the name set off
                    return [self._with_person(apposed)], apposed.last + 1
                break
            if self.word(j) in _REPORTING and self._named_between(j + 1, head):
                return [], i  # "Variety melaporkan dua perempuan menuding X": not Variety
            if self._force_of_nature(j):
                return [], i  # "… menyebut puting beliung menyerang dua desa": no actor
            gap += 1
            j -= 1
        if self.word(head - 1) in _PURPOSE - _THAT:
            # "… dan mengatakan akan terbang ke X untuk berunding dengan Y": the purpose
            # clause has the subject of its main verb, however far (not after "agar",
            # nor when it tells what an act named before it is for: "tuntutan untuk …")
            main = self.main_verb_before(self.past_day_and_place(head - 1))
            if (
                main is not None
                and self.word(main) not in _OBJECT_CONTROL
                and not any(_act_noun(self.word(k)) for k in range(main + 1, head - 1))
            ):
                shared = self.subject(main)
                if shared[0]:
                    return shared
        pronoun = self._pronoun(head, i)
        if pronoun[0]:
            return pronoun
        sides = self._both_sides_subject(head)
        return (sides, i) if sides else self._description(head, i)

    def _date_aside(self, head: int, unnamed: bool = False) -> int | None:
        """Where the subject's clause ends when a day set off by commas stands before
        token ``head`` ("Indonesia, (pada) Senin (3/6/2024), mengecam"), else ``None``.
        With ``unnamed``, a name the entity layer missed, set off by commas after an
        actor, may stand before the day ("Duta Besar X untuk Y, <Nama>, Rabu (…),"): the
        clause then ends at the comma before that name, whatever comes before it."""
        if self.word(head - 1) != ",":
            return None
        k = head - 2
        while self.word(k) in _DAYTIME:  # "Senin (…) malam", "Rabu dini hari"
            k -= 1
        if self.word(k) == ")":
            k = (self._parenthesis_start(k) or 0) - 1
        day = k
        while k >= 0 and (self.word(k) in _CALENDAR or self.word(k).isdigit()):
            k -= 1
        if k == day:
            return None  # no day named
        if self.word(k) == "pada":
            k -= 1
        if self.word(k) == ",":
            # "A, B, dan C dalam pernyataan bersama, Rabu (…), mengecam": the way they
            # spoke stands between the subject and the day
            k = self._statement_way_start(k) or k
        if unnamed and self.word(k) == "," and k - 1 not in self.actor_at:
            name = k - 1
            while name > k - 5 and self.toks[name].capital and name not in self.actor_at:
                name -= 1
            if name < k - 1 and self.word(name) == ",":
                k = name
        actor = self.actor_at.get(k - 1) if self.word(k) in _STATEMENT_WAY | {","} else None
        if unnamed and actor is not None:
            return k  # the caller checks what the actor before is
        if actor is None or self._word_before(actor) in _OBLIQUE:
            return None  # "Kunjungan X ke Ankara, Rabu (…), menghasilkan": not Ankara
        if self.word(actor.first - 1) == "," and not actor.person:
            return None  # "di depan Balai Kota, Jakarta, Rabu (…), meminta": a place
        return k

    def _statement_way_start(self, comma: int) -> int | None:
        """The token opening the way a statement was made just before the token
        ``comma`` ("**dalam** pernyataan bersama", "**melalui** juru bicaranya"), at most
        five words with no actor, else ``None``."""
        for k in range(comma - 2, max(comma - 7, -1), -1):
            if k in self.actor_at or self.word(k) in _BOUNDARY:
                return None
            if self.word(k) in _STATEMENT_WAY and self.word(k + 1) in _STATEMENT_NOUNS:
                return k
        return None

    def _with_counterpart(self, k: int) -> list[_Actor]:
        """An actor and its counterpart named by its side, ending at token ``k`` ("A dan
        mitranya dari X", "…, <nama>,"): A and X, else none."""
        if self.word(k) == ",":
            name = k - 1
            named = self.actor_at.get(name)
            if named is not None:  # the name, however the entity layer typed it
                name = named.first - 1
            else:
                while name > k - 5 and self.toks[name].capital and name not in self.actor_at:
                    name -= 1
            if self.word(name) != ",":
                return []
            k = name - 1
        side = self.actor_at.get(k)
        if side is None or side.person:
            return []
        k = side.first - 1
        if self.word(k) not in _COUNTERPART_OF or self.word(k - 1) not in _COUNTERPARTS:
            return []
        first = self.actor_at.get(k - 3) if self.word(k - 2) in _COORD else None
        return [self._with_person(first), side] if first is not None else []

    def _namely_before(self, comma: int) -> list[_Actor]:
        """The actors listed after "yakni" or "yaitu" up to the comma at token
        ``comma`` ("tiga perusahaan, yakni A, B, dan C,"), else none."""
        if self.word(comma) != ",":
            return []
        found: list[_Actor] = []
        k = comma - 1
        while k > comma - 30:
            actor = self.actor_at.get(k)
            if actor is not None:
                found.append(actor)
                k = actor.first - 1
            elif self.word(k) in _INCLUDING - {"termasuk"}:
                return found[::-1] if self.word(k - 1) == "," else []
            elif self.word(k) in {",", "dan", "serta"}:
                k -= 1
            else:
                return []
        return []

    def _short_relative_head(self, rel: int, head: int) -> _Actor | None:
        """The actor a short relative clause from token ``rel`` ("yang") to the verb at
        ``head`` describes: at most three words, no actor and no transitive *meN-* verb
        among them ("X yang berkuasa", "X (XY) yang baru terpilih"), else ``None``."""
        inside = range(rel + 1, head)
        if not 0 < len(inside) <= 3:
            return None  # "X yang menyerang Y": the relative clause's own verb
        if any(k in self.actor_at or self._transitive(k) or self._asks(k) for k in inside):
            return None  # "X yang minta semua pihak mendukung Y": an act asked for
        k = rel - 1
        if self.word(k) == ")":
            k = (self._parenthesis_start(k) or 0) - 1
        actor = self.actor_at.get(k)
        if actor is None or self._word_before(actor) in _OBLIQUE:
            return None
        return actor

    def _asks(self, k: int) -> bool:
        """Whether token ``k`` is a verb of asking, with or without its prefix."""
        return self.word(k) in _ASKING or "me" + self.word(k) in _ASKING

    def _transitive(self, k: int) -> bool:
        """Whether token ``k`` looks like a transitive *meN-* verb."""
        return self.word(k).startswith("me") and _active_verb(self.word(k))

    def _purpose_after_aside(self, head: int) -> tuple[list[_Actor], int] | None:
        """The main clause's subject of a purpose clause opening at token ``head - 1``
        after a day set off by commas, when the object before that day is the main
        verb's ("memanggil Duta Besar X, Rabu (…), untuk memprotes …": the summoner
        protests), else ``None``."""
        if self.word(head - 1) not in _PURPOSE:
            return None
        aside = self._date_aside(head - 1, unnamed=True)
        if aside is None:
            return None
        named = self.actor_at.get(aside - 1)
        if named is None:
            return None
        k = self._envoy_start(named) - 1
        return self.subject(k) if self._main_verb(k) else None

    def _envoy_start(self, actor: _Actor) -> int:
        """Where the description of ``actor`` as an office holder starts: its title words,
        and an envoy's state and post set off before its name ("Duta Besar X untuk
        Jakarta, <nama>": the token of "Duta")."""
        k = self._title_start(actor, -1)
        while k > 1 and self.word(k - 1) in (",", "untuk"):
            before = self.actor_at.get(k - 2)
            if before is None:
                break
            if self.word(k - 1) == "untuk":
                k = self._title_start(before, -1)  # "Duta Besar X untuk Y"
            elif self.word(before.first - 1) == "untuk":
                k = before.first  # "… untuk Y, <nama>"
            else:
                break
        return k

    def _both_sides_subject(self, head: int) -> list[_Actor]:
        """The two sides a clause opening with "kedua negara" or "kedua pihak" stands
        for, one head noun before it at most ("Menteri kedua negara akan bertemu …"),
        else none."""
        # "Ketiga negara mitra tersebut sepakat …": a noun and a demonstrative may follow
        for j in (head - 2, head - 3, head - 4):
            if 0 <= j <= 1 and all(self.word(k) not in _BOUNDARY for k in range(j)):
                sides = self.both_sides(j)
                if sides:
                    return sides
        return []

    def _issuer(self, k: int) -> tuple[list[_Actor], int] | None:
        """Who acts through the text or the act a relative clause at ``k`` ("yang")
        tells of: the actor named with it ("keputusan Washington dua hari sebelumnya
        yang mengerek …") or whoever issued a text ("Majelis Umum mengadopsi resolusi
        yang menuntut …"); else ``None``."""
        for n in range(k - 1, max(k - 7, -1), -1):
            w = self.word(n)
            if w in _BOUNDARY:
                return None
            if w in _DOCUMENTS | _ACT_NOUNS:
                # the act's own actor, not one after a preposition ("duta besar untuk X")
                named = next(
                    (
                        self.actor_at[j]
                        for j in range(n + 1, k)
                        if j in self.actor_at
                        and self._word_before(self.actor_at[j]) not in _OBLIQUE
                    ),
                    None,
                )
                if named is not None:
                    return [self._with_person(named)], k
                main = self.main_verb_before(n) if w in _DOCUMENTS and n == k - 1 else None
                return self.subject(main) if main is not None else None
        return None

    def _bare_title(self, k: int) -> _Actor | None:
        """The person a bare title at token ``k`` stands for ("Presiden juga
        dijadwalkan bertemu …": the one last named with that title), else ``None``."""
        tok = self.toks[k] if 0 <= k < len(self.toks) else None
        if tok is None or not tok.capital or k in self.actor_at or tok.text not in _TITLES:
            return None
        if k > 0 and self.toks[k - 1].capital:
            return None  # "Wakil Presiden", or a title of a named state
        name = self.history.titled(tok.text)
        return _Actor(name, tok.start, tok.end, k, k, True) if name else None

    def _bare_body(self, k: int) -> _Actor | None:
        """The body a bare word for its officers at token ``k`` stands for, opening a
        clause ("KPK … . Penyidik juga menahan …", "mengatakan polisi telah menangkap
        …"): the body of that kind named last, in this sentence or before, else ``None``."""
        heads = _BODY_NOUNS.get(self.word(k)) if 0 <= k < len(self.toks) else None
        if heads is None or k in self.actor_at or k + 1 in self.actor_at:
            return None
        if k > 0 and self.word(k - 1) not in _BOUNDARY | _REPORTING:
            return None  # "para penyidik KPK", "kepada polisi": not the clause's subject
        here = [a for j, a in sorted(self.actor_at.items()) if j < k and a.organisation]
        names = [a.name for a in reversed(here)]
        name = next((n for n in [*names, *self.history.organisations()] if _headed(n, heads)), None)
        tok = self.toks[k]
        return _Actor(name, tok.start, tok.end, k, k, False) if name else None

    def named_by_noun(self, lo: int, hi: int) -> _Actor | None:
        """The organisation a common noun between tokens ``lo`` and ``hi`` stands for,
        as the object of a verb or after "kepada" ("kepada **perusahaan** itu", "memberi
        **kantor pertanahan** itu waktu"): the last organisation named whose name opens
        with that noun (any firm, "PT …", for "perusahaan"), else ``None``."""
        for k in range(lo, min(hi, len(self.toks))):
            if k in self.actor_at or self.word(k) in _BOUNDARY:
                return None
            noun = self.word(k)
            if noun not in _ORG_NOUNS | _OFFICE_NOUNS:
                continue
            if noun == "perusahaan":
                heads: tuple[str, ...] = ("pt ",)
            else:
                after = self.word(k + 1)
                heads = (f"{noun} {after}",) if after and after not in _ANAPHOR else (noun,)
            here = [a.name for j, a in sorted(self.actor_at.items()) if j < lo and a.organisation]
            names = [*reversed(here), *self.history.organisations()]
            name = next((n for n in names if n.lower().startswith(heads)), None)
            if name is None:
                return None
            tok = self.toks[k]
            return _Actor(name, tok.start, tok.end, k, k, False, True)
        return None

    def _description(self, head: int, i: int) -> tuple[list[_Actor], int]:
        """The organisation a definite description opening the clause stands for
        ("Selain X, **lembaga antirasuah itu** juga menahan …": the organisation last
        named as a subject before this sentence)."""
        k = head - 1
        if self.word(k) not in _ANAPHOR or self.organisation is None:
            return [], i
        for n in (k - 1, k - 2):
            if self.word(n) in _ORG_NOUNS and (n == 0 or self.word(n - 1) in _BOUNDARY):
                if any(j in self.actor_at for j in range(n, k)):
                    return [], i
                name = self.organisation.name
                return [_Actor(name, self.toks[n].start, self.toks[k].end, n, k, False)], i
        return [], i

    def both_sides(self, j: int) -> list[_Actor]:
        """The two sides "kedua negara" or "kedua pihak" at token ``j`` stand for: the
        last two states or organisations named before this sentence that do not act in
        the clause ("mendesak kedua pihak menahan diri"), else none."""
        if self.word(j) == "ketiga" and self.word(j + 1) in _BOTH_SIDES:
            # "ketiga negara": the three sides last listed together ("A, B, dan C")
            three = self.history.listed(3)
            tok = self.toks[j + 1]
            return [_Actor(name, tok.start, tok.end, j, j + 1, False) for name in three]
        if self.word(j) != "kedua" or self.word(j + 1) not in _BOTH_SIDES:
            return []
        sides = [
            name
            for name in self.history.sides_between(states=self.word(j + 1) == "negara")
            if name not in self.acting
        ]
        if len(sides) == 2:
            tok = self.toks[j + 1]
            return [_Actor(name, tok.start, tok.end, j, j + 1, False) for name in sides]
        noun = self.word(j + 1)
        if noun == "menteri" and self._portfolio(j + 2):
            noun = "negara"  # "kedua menteri pertahanan": the ministers of the two states
        kind = _SIDE_KINDS.get(noun)
        named = (
            self.history.of_kind(kind)
            if kind
            else self.history.states(organisations=noun != "negara")
        )
        sides = []
        for name in named:
            if name not in self.acting and name not in sides:
                sides.append(name)
                if len(sides) == 2:
                    break
        if len(sides) < 2:
            return []
        tok = self.toks[j + 1]
        person = kind == "PER"
        return [_Actor(name, tok.start, tok.end, j, j + 1, person) for name in sides]

    def _portfolio(self, k: int) -> bool:
        """Whether token ``k`` names a minister's portfolio, not the minister ("kedua
        menteri **pertahanan**", "kedua menteri luar negeri"): a lowercase word that is no
        verb, auxiliary or boundary."""
        if k >= len(self.toks) or self.toks[k].capital:
            return False
        word = self.word(k)
        return word in _PORTFOLIOS

    def undergoes(self, actor: _Actor) -> bool:
        """Whether ``actor`` is the subject of a passive verb after it, auxiliaries aside
        ("agar PT X segera **ditetapkan**": X is acted on, not the one asked)."""
        k = actor.last + 1
        while self.word(k) in _AUXILIARY:
            k += 1
        return self.word(k).startswith("di") and _verb_like(self.word(k))

    def _past_role(self, k: int) -> int:
        """Token ``k``, or the coordinator before the role word or capitalised title
        words ending at ``k`` ("dan **Menteri Luar Negeri** X")."""
        t = k
        while t >= 0 and (
            self.word(t) in _ROLE or (self.toks[t].capital and self.word(t) in _TITLE_WORDS)
        ):
            t -= 1
        if t == k and not self.toks[t].capital and self.word(t) in _ARMED_BODIES:
            t -= 1  # "TNI dan militer Amerika Serikat": the state's army, coordinated
        return t if t < k and self.word(t) in _COORD else k

    def _coordinated_before(self, k: int) -> _Actor | None:
        """The actor a coordinator at ``k`` adds to, else ``None``: the one right before
        it, past a serial comma ("Inggris, Prancis, dan Jerman") or its short name in
        parentheses ("Danantara (BPI) dan QIA")."""
        j = k - 1
        if self.word(k) not in _COORD:
            return self.actor_at.get(j)  # "Filipina, Malaysia dan Vietnam"
        if self.word(j) == ",":
            j -= 1
        if self.word(j) == ")":
            for o in range(j - 1, max(j - 5, -1), -1):
                if self.word(o) == "(":
                    j = o - 1
                    break
                if not (self.toks[o].capital or o in self.actor_at):
                    break
        return self.actor_at.get(j)

    def _force_of_nature(self, j: int) -> bool:
        """Whether token ``j`` opens a clause whose subject is weather, a disaster or the
        sea ("BPBD menyebut **puting** beliung menyerang dua desa", "**Banjir** menerjang
        …"): such a subject is no actor, and the verb is no one's act. Only at a clause's
        opening (after a boundary, "bahwa" or a verb of reporting): "yang dilanda gempa"
        is a relative clause on an actor."""
        if self.word(j) not in _FORCES_OF_NATURE:
            return False
        before = self.word(j - 1) if j > 0 else ""
        return j == 0 or before in _BOUNDARY or before in _REPORTING or before == "bahwa"

    def _named_between(self, lo: int, hi: int) -> bool:
        """Whether the subject of a reported clause stands between tokens ``lo`` and
        ``hi``: a quantified noun ("dua orang perempuan"), "pihaknya", or a name the
        entity layer did not take. Adverbs ("sudah beberapa kali") and a pronoun for
        the reporter ("… kenapa ia mengucapkan") are not one."""
        if self.word(hi - 1) in _PRONOUNS:
            return False
        return any(
            self.word(k) in _QUANTIFIERS or (self.toks[k].capital and k not in self.actor_at)
            for k in range(lo, hi)
        )

    def _apposition_before(self, j: int) -> _Actor | None:
        """The actor set off by commas before the comma at token ``j`` after another
        actor ("Media pemerintah Iran, **IRNA**, pada …"), else ``None``."""
        actor = self.actor_at.get(j - 1) if self.word(j) == "," else None
        if actor is None or self.word(actor.first - 1) != ",":
            return None
        before = self.actor_at.get(actor.first - 2)
        if before is None or self._word_before(before) in _OBLIQUE:
            return None
        return actor

    def _coordinated_verb_subject(self, k: int) -> tuple[list[_Actor], int] | None:
        """The subject of the active verb a verb after the coordinator at ``k`` is
        coordinated with ("Inggris dan Jerman mengumumkan sanksi … dan membatalkan
        perjanjian": both verbs are theirs), the nearest such verb with a subject,
        within 25 words of the clause; else ``None``."""
        j = k - 1
        while j > max(k - 25, -1):
            w = self.word(j)
            if w in _QUOTE_CHARS:
                # a scare quote of a few words ("menilai kebijakan X “tidak adil” dan
                # meminta …") is passed over; a longer quote is another's words
                opening = next(
                    (m for m in range(j - 1, j - 6, -1) if self.word(m) in _QUOTE_CHARS), None
                )
                if opening is None:
                    return None
                j = opening - 1
                continue
            if w in (";", ":", "bahwa"):
                return None
            if j not in self.actor_at and _active_verb(w) and not self.purpose_at(j - 1):
                found = self.subject(j)
                if found[0]:
                    return found
            j -= 1
        return None

    def _in_role(self, actor: _Actor) -> bool:
        """Whether ``actor`` only names the body of a role said of the subject ("X
        **selaku** ketua ASEAN menyampaikan": X acts, not ASEAN)."""
        k = actor.first - 1
        while k > actor.first - 4 and self.word(k) not in _ROLE_OF:
            if self.word(k) in _BOUNDARY or k in self.actor_at:
                return False
            k -= 1
        return self.word(k) in _ROLE_OF

    def _passive_before(self, k: int) -> int | None:
        """The passive verb of the clause a time clause ("saat bertemu …") at ``k``
        ends, within sixteen words and no clause boundary, else ``None``."""
        for j in range(k - 1, max(k - 17, -1), -1):
            if self.word(j) in _BOUNDARY:
                return None
            w = self.word(j)
            if j not in self.actor_at and w.startswith("di") and len(w) >= 6 and _verb_like(w):
                return j
        return None

    def past_day_and_place(self, k: int) -> int:
        """Token ``k``, or where the main clause ends before a day set off by commas and
        the place before it ("menyambangi Kementerian X di Medan, Kamis (…), untuk":
        the token after "X"), so that the clause's verb is found before them."""
        j = k - 1
        if self.word(j) != ",":
            return k
        j -= 1
        while self.word(j) in _DAYTIME:
            j -= 1
        if self.word(j) == ")":
            j = (self._parenthesis_start(j) or 0) - 1
        day = j
        # "Rabu (11/2/2026)" or "Rabu, 11 Februari 2026"
        while j >= 0 and (
            self.word(j) in _CALENDAR
            or self.word(j).isdigit()
            or (self.word(j) == "," and self.word(j - 1) in _CALENDAR)
        ):
            j -= 1
        if j == day or self.word(j) != ",":
            return k
        place = self.actor_at.get(j - 1)
        if place is not None and self.word(place.first - 1) == "di":
            return place.first - 1
        return j

    def main_verb_before(self, k: int) -> int | None:
        """The active verb a manner clause ("dengan mengenakan …") at ``k`` belongs to,
        within its clause, else ``None``. A relative clause on the verb's object is passed
        over ("membalas tarif yang diberlakukan Presiden X dengan mengenakan …": the one
        who retaliates acts, not X), and its own verb is not the one ("yang menyerang")."""
        for j in range(k - 1, max(k - 16, -1), -1):
            if self.word(j) in _BOUNDARY - {"yang"}:
                return None
            if j not in self.actor_at and _active_verb(self.word(j)) and self.word(j - 1) != "yang":
                return j
        return None

    def _parenthesis_start(self, close: int) -> int | None:
        """The "(" of a short parenthesis that ends at ``close``, else ``None``: an
        actor's other name ("(KPK)") or a date ("Senin (24/6/2024)") between a subject
        and its verb."""
        for k in range(close - 1, max(close - 6, -1), -1):
            if self.word(k) == "(":
                return k
            dated = any(c.isdigit() for c in self.word(k)) or self.word(k) in _CALENDAR
            if not (dated or k in self.actor_at):  # "(ANTARA News)": a source, not a name
                return None
        return None

    def _pronoun(self, head: int, i: int) -> tuple[list[_Actor], int]:
        """The person a pronoun subject right before the verb stands for ("Ia juga
        menelepon …": the person last named as a subject before this sentence)."""
        k = head - 1
        if self.word(k) not in _PRONOUNS or self.antecedent is None:
            return [], i
        if k > 0 and self.word(k - 1) not in _BOUNDARY:
            return [], i  # "kepada ia", "bahwa ia": only a clause's first word
        tok = self.toks[k]
        before = [a for j, a in self.actor_at.items() if j < k and a.person]
        # "Menurut Olly, ia menerima …": a person named earlier in the sentence first
        a = max(before, key=lambda a: a.first) if before else self.antecedent
        return [_Actor(a.name, tok.start, tok.end, k, k, True)], i

    def _office_start(self, actor: _Actor) -> int:
        """Where the name of person ``actor`` starts with the state of its office:
        "Presiden **UEA** Sheikh Mohamed bin Zayed" (the state's token, else the
        actor's first)."""
        state = self.actor_at.get(actor.first - 1)
        if state is not None and actor.person and self._with_person(state) is actor:
            return state.first
        return actor.first

    def _word_before(self, actor: _Actor) -> str:
        """The word before ``actor`` and the title words written before it ("disebut
        **Presiden** Joko Widodo": "disebut")."""
        k = actor.first - 1
        while k > 0 and self.toks[k].capital and self.word(k) in _TITLE_WORDS:
            k -= 1
        return self.word(k)

    def _unknown_name(self, j: int) -> bool:
        """Whether token ``j`` is a capitalised word inside the sentence that no actor
        covers and that is not a date ("Kamis"), after a preposition or the rest of the
        actor before it, whose name the entity layer cut short)."""
        if j <= 0 or j in self.actor_at or j - 1 in self.actor_at or not self.toks[j].capital:
            return False
        word = self.word(j)
        if self._office_holder(j):
            return False
        k = j - 1
        while k > j - 3 and k > 0 and self.toks[k].capital and k not in self.actor_at:
            k -= 1  # "Duta Besar X di Medan mendesak": a place, not a subject
        return word.isalpha() and word not in _CALENDAR and self.word(k) not in _OBLIQUE

    def _office_holder(self, j: int) -> bool:
        """Whether the capitalised words ending at ``j`` name the holder of a state's
        office written before them ("Perdana Menteri Selandia Baru Christopher Luxon"
        with the name missed by the entity layer): the state acts for them."""
        k = j
        while k > j - 3 and k not in self.actor_at and self.toks[k].capital and k > 0:
            k -= 1
        state = self.actor_at.get(k)
        if state is None or state.person or state.first == 0:
            return False
        title = self.toks[state.first - 1]
        return title.capital and title.text in _TITLE_WORDS

    def _purpose_between(self, lo: int, hi: int) -> bool:
        """Whether a purpose clause ("untuk bertemu") opens between tokens ``lo`` and ``hi``."""
        return any(self.purpose_at(j) for j in range(lo, hi))

    def purpose_at(self, j: int) -> bool:
        """Whether token ``j`` opens a purpose clause: "untuk" and a verb."""
        return self.word(j) in _PURPOSE and _verb_like(self.word(j + 1))

    def _main_verb(self, k: int) -> bool:
        """Whether token ``k`` is a verb whose object does not act in a purpose clause."""
        return _verb_like(self.word(k)) and self.word(k) not in _OBJECT_CONTROL

    def _member_of(self, actor: _Actor) -> bool:
        """Whether ``actor`` only names the organisation of a member before it, also when
        named by its short name after the long one ("aktivis Hak Asasi Manusia (HAM)")."""
        long = self.actor_at.get(actor.first - 2) if self.word(actor.first - 1) == "(" else None
        first = long.first if long is not None else actor.first
        return not actor.person and self.word(first - 1) in _MEMBER

    def _relative_head(self, comma: int, i: int) -> tuple[list[_Actor], int]:
        """The actor right before the first "yang" of the relative clauses that end at
        ``comma`` (within 30 words): "X yang …, yang …, V" is X's act."""
        head: _Actor | None = None
        for j in range(comma - 1, max(comma - 30, 0), -1):
            if self.word(j) == "yang":
                before = self.actor_at.get(j - 1) or (
                    self.actor_at.get(j - 2) if self.word(j - 1) == "," else None
                )
                if before is not None and self.word(before.first - 1) not in _OBLIQUE:
                    head = before
            elif self.word(j) in (";", ":", "bahwa"):
                break
        if head is None:
            named = self.actor_at.get(comma - 1)
            if named is not None and named.person and self._word_before(named) == ",":
                # "Utusan Khusus …, Alounkeo Kittikhoun, bertemu", "Putrinya, Wakil
                # Presiden X, menyebut"
                return [named], comma
            return self._apposition_head(comma, i)
        return [self._with_person(head)], head.last + 1

    def _apposition_head(self, comma: int, i: int) -> tuple[list[_Actor], int]:
        """The actors before an apposition that ends at ``comma``: "Inggris dan Prancis,
        penyusun rancangan itu, menyesalkan …" (at most 8 words, none of them a cue), or
        a role ("Malaysia, selaku ketua ASEAN, mengecam …": Malaysia, not ASEAN)."""
        for k in range(comma - 1, max(comma - 9, 0), -1):
            if self.word(k) == "," and self.word(k + 1) in _ROLE_OF and k - 1 in self.actor_at:
                return self.subject(k)
        for k in range(comma - 1, max(comma - 9, 0), -1):
            if self.word(k) == ",":
                if k + 1 >= comma or k - 1 not in self.actor_at or self.toks[k + 1].capital:
                    return [], i
                return self.subject(k)
            if k in self.actor_at or _may_cue(self.word(k)) or self.word(k) in _BOUNDARY:
                return [], i
        return [], i

    def objects(
        self,
        i: int,
        *,
        preps: Collection[str] = _TARGET_PREP,
        direct: bool = True,
        purpose_ends: bool = True,
        owned: bool = False,
    ) -> list[_Actor]:
        """The first actors after token ``i`` in the clause (coordinated ones too):
        right after the cue when ``direct``, or after one of ``preps``. A purpose clause
        ("untuk membuat …") ends the search when ``purpose_ends``. When ``owned``, a
        state that owns the object counts ("menyita sebuah kapal nelayan X": what is
        seized or struck is the state's)."""
        counterpart = self._counterpart_of(i + 1)
        if counterpart:
            return counterpart
        if self.word(i + 1) in _COORD and _active_verb(self.word(i + 2)):
            # "menabrak dan merusak kapal X": two verbs share the object after the second
            i += 2
        gap = 0
        j = i + 1
        while j < len(self.toks) and gap <= _OBJECT_GAP:
            # "mendesak kedua pihak", "antara delegasi kedua negara": the object itself
            head = j == i + 1 or (self.word(i) in preps and self._plain_np(i + 1, j))
            sides = self.both_sides(j) if head else []
            if sides:
                return sides
            rulers = self._bare_rulers(j) if j == i + 1 and direct else None
            if rulers is not None:  # "mengimbau junta membebaskan tahanan"
                return [rulers]
            actor = self.actor_at.get(j)
            if actor is not None:
                before = self.word(actor.first - 1)
                titled = self._title_start(actor, i)
                if titled < actor.first:  # "oleh Menteri Luar Negeri Jepang Yoko …"
                    before = self.word(titled - 1)
                named = self._name_start(actor, i)
                if named < actor.first:
                    # "kepada Penjaga Pantai Vietnam", "meminta Badan Energi Atom PBB
                    # (UNHCR)": a body the entity layer missed, named with its state or
                    # organisation; its own short name after it when given
                    before = self.word(named - 1)
                    actor = self._acronym_after(actor) or actor
                if before in _GOVERNMENT | _PART_OF and self.word(actor.first - 2) in preps:
                    before = self.word(actor.first - 2)  # "kepada junta Myanmar"
                if before == "dari" and self.word(actor.first - 2) == "impor" and "asal" in preps:
                    before = "asal"  # "bea masuk atas barang impor dari Amerika Serikat"
                if (
                    before == _OWNED_BY
                    and self.word(i) in preps
                    and self._plain_np(i + 1, actor.first - 1)
                ):
                    before = self.word(i)  # "ke terminal milik Pertamina": the owner's
                elif before == _OWNED_BY and direct and self._plain_np(i + 1, actor.first - 1):
                    before = ""  # "menyita kapal milik X": what is done to X's property
                close = gap <= _DIRECT_GAP
                # "menuntut perusahaan tambang asal X, <firm>, ke …": a firm named in
                # apposition after the description that opens the object
                close = close or (
                    before == "," and direct and self.word(i + 1) in _ORG_NOUNS and j > i + 2
                )
                # "ke sejumlah fasilitas militer Iran": the state or organisation
                # owning what a preposition's noun phrase names (not its members:
                # "para kader Hanura")
                owner = (
                    (owned or (not direct and self.word(i) in preps))
                    and self.word(i) not in _BENEFACTIVE
                    and not actor.person
                    and self._plain_np(i + 1, named)
                    and not any(self.word(k) in _MEMBER for k in range(i + 1, j))
                )
                if not actor.person and self._office_comma(i, actor.last + 1) is not None:
                    j = actor.last + 1  # "kepada Kepala Dinas X Kota Y, <nama>": the person
                    continue
                # "kepada mantan Bupati X, <nama>,": the person the office describes
                apposed = before == "," and self._office_apposition(i, actor.first - 1)
                if (
                    before in preps
                    or apposed
                    or ((owner or (direct and close)) and before not in _OBLIQUE)
                ):
                    actor = self._named_firm(actor)
                    found = [self._with_person(actor)]
                    found += self._coordinated_after(max(actor.last, found[-1].last))
                    return list(dict.fromkeys(found))
                j = actor.last + 1
                gap += 1
                continue
            if self.word(j) == "," and self.word(j + 1) in _INCLUDING:
                # "2.000 pekerja, termasuk puluhan warga negara X": the list goes on
                return self.objects(
                    j + 1, preps=preps, direct=direct, purpose_ends=purpose_ends, owned=owned
                )
            if self._apposition_comma(i, j, direct) or self._office_apposition(i, j):
                j += 1  # "menuntut perusahaan … asal X, <firm>": the firm's name follows
                continue
            if self.ends_clause(j) or (purpose_ends and self.purpose_at(j)):
                break  # a purpose clause's actors are its verb's, not this one's
            if self._quote_opens(j) or (j > i + 1 and self._second_predicate(j)):
                # "mengkritik kebijakan X dan menyebutnya “ancaman bagi Y”": a quote and a
                # second verb after the object have objects of their own
                break
            # titles before a name do not count, nor "warga (negara)" before a state,
            # nor a manner adverb right after the verb ("memprotes keras latihan X")
            manner = j == i + 1 and self.word(j) in _MANNER
            if not (self.toks[j].capital or self._nationals_word(j) or manner):
                gap += 1
                # "bekerja sama dalam menghadapi Korut": past another verb, an actor
                # without a preposition is that verb's object
                direct = direct and not (j > i + 1 and _active_verb(self.word(j)))
            j += 1
        return []

    def act_agent(self, j: int) -> list[_Actor]:
        """The agent after "oleh" of an act named by the noun at token ``j`` (a manner
        adverb before it aside), within eight words: "penangkapan dua nelayan oleh polisi X"."""
        while self.word(j) in _MANNER:
            j += 1
        cue = LEXICON.get(self.word(j))
        if cue is None or cue.voice != "nominal":
            return []
        return self.after_prep(j, {"oleh"}, window=8)

    def _counterpart_of(self, j: int) -> list[_Actor]:
        """The side a counterpart at token ``j`` is named by ("bertemu **rekannya asal
        Laos**": Laos's minister, coded as Laos), else none."""
        if self.word(j) not in _COUNTERPARTS or self.word(j + 1) not in _COUNTERPART_OF:
            return []
        side = self.actor_at.get(j + 2)
        if side is None:
            return []
        return [self._with_person(side), *self._coordinated_after(side.last)]

    def _coordinated_after(self, last: int) -> list[_Actor]:
        """The actors coordinated after one ending at token ``last``, each the person
        named beside its state: "dan Presiden AS Joe Biden", "dan Perdana Menteri
        Italia X" (title words first), "A, B dan C", "A, B, dan C" (a comma joins only
        inside a list that goes on to a coordinator or another comma)."""
        found: list[_Actor] = []
        k = self._past_unknown_name(last + 1)
        while True:
            if self.word(k) in _COORD:
                t = k + 1
            elif self.word(k) == "," and self.word(k + 1) in _COORD and found:
                t = k + 2  # the serial comma of a list: ", dan X" after "A, B" only
            elif self.word(k) == ",":
                t = k + 1
            else:
                break
            while t not in self.actor_at and self.word(t) in _TITLE_WORDS and t < k + 6:
                t += 1
            nxt = self.actor_at.get(t)
            if nxt is None:
                break
            item = self._with_person(nxt)
            end = self._past_unknown_name(max(nxt.last, item.last) + 1)
            listed = self.word(end) in _COORD or self.word(end) == ","
            if self.word(k) == "," and self.word(k + 1) not in _COORD and not listed:
                break  # "kepada Filipina, Presiden X mengatakan": a new clause
            found.append(item)
            k = end
        return found

    def _past_unknown_name(self, k: int) -> int:
        """Token ``k`` past up to three capitalised words no actor covers: the name of a
        person the entity layer missed after the state it serves ("Menteri Thailand
        <name> dan …" goes on to the coordinator, the state acting for the person)."""
        j = k
        while j < min(k + 3, len(self.toks)) and j not in self.actor_at and self.toks[j].capital:
            j += 1
        return j if self.word(j) in _COORD else k

    def _quote_opens(self, j: int) -> bool:
        """Whether a quotation opens at token ``j``, longer than a word or two in scare
        quotes ("merundingkan “kesepakatan” kedua dengan X" goes on)."""
        if self.word(j) not in _QUOTE_CHARS:
            return False
        near = (j - 3, j - 2, j + 2, j + 3)  # the other mark of a scare quote
        return not any(self.word(k) in _QUOTE_CHARS for k in near)

    def _second_predicate(self, j: int) -> bool:
        """Whether a coordinator at token ``j`` opens a second predicate ("… dan
        menyebutnya …"); right after a verb it shares the verb's object ("menabrak dan
        menaiki kapal X")."""
        return self.word(j) in _COORD and _active_verb(self.word(j + 1))

    def _name_start(self, actor: _Actor, lo: int) -> int:
        """Where a capitalised name ending in state or organisation ``actor`` starts, after
        token ``lo``: "Penjaga Pantai **Filipina**", "Badan Pengungsi **PBB**" (at most
        three words, none of them a title of a person, a date or another actor), else
        the actor's first token."""
        if actor.person:
            return actor.first
        k = actor.first
        while (
            k - 1 > lo
            and k > actor.first - 3
            and k - 1 not in self.actor_at
            and self.toks[k - 1].capital
            and self.word(k - 1).isalpha()
            and self.word(k - 1) not in _TITLE_WORDS | _CALENDAR | _GOVERNMENT
        ):
            k -= 1
        return k

    def _acronym_after(self, actor: _Actor) -> _Actor | None:
        """The organisation named in parentheses right after ``actor`` ("… PBB
        (UNHCR)"), else ``None``."""
        short = self.actor_at.get(actor.last + 2)
        if self.word(actor.last + 1) != "(" or short is None or not short.organisation:
            return None
        return short if self.word(short.last + 1) == ")" else None

    def _description_start(self, k: int) -> int:
        """Where the capitalised words naming an office before token ``k`` start
        ("**Menteri** Keuangan Sri Mulyani", "**Duta** Besar China"), no actor among them."""
        while k > 0 and self.toks[k - 1].capital and k - 1 not in self.actor_at:
            k -= 1
        return k

    def _title_start(self, actor: _Actor, lo: int) -> int:
        """Where the capitalised title words written before ``actor`` start, after token
        ``lo`` ("Menteri Luar Negeri Jepang": the token of "Menteri")."""
        k = actor.first
        while k - 1 > lo and self.toks[k - 1].capital and self.word(k - 1) in _TITLE_WORDS:
            k -= 1
        return k

    def _bare_rulers(self, j: int) -> _Actor | None:
        """The state a bare "junta" or "rezim" at token ``j`` stands for: the one last
        named with a word for its rulers in the sentences before, else ``None``."""
        if self.word(j) not in _BARE_RULERS or j + 1 in self.actor_at:
            return None
        name = self.history.ruled()
        tok = self.toks[j]
        return _Actor(name, tok.start, tok.end, j, j, False) if name else None

    def _apposition_comma(self, i: int, j: int, direct: bool) -> bool:
        """Whether the comma at token ``j`` opens the name of an organisation described by
        the object after token ``i`` ("perusahaan tambang asal X, <firm>")."""
        return (
            direct
            and self.word(j) == ","
            and j > i + 2
            and self.word(i + 1) in _ORG_NOUNS
            and j + 1 in self.actor_at
        )

    def _office_apposition(self, i: int, comma: int) -> bool:
        """Whether the comma at token ``comma`` sets off the name of the person whose
        office the words after token ``i`` describe ("kepada mantan Kepala Dinas … Kota
        X, <nama>", "mengusung Bupati X, <nama>, sebagai …")."""
        person = self.actor_at.get(comma + 1)
        if self.word(comma) != "," or person is None or not person.person:
            return False
        k = i + 1
        while self.word(k) in _FORMER:
            k += 1
        if not (self.toks[k].capital and self.word(k) in _OFFICE_TITLES) or comma - k > 12:
            return False
        if any(
            self.word(m) == "dan" and self.word(m + 1) in _OFFICE_TITLES for m in range(k, comma)
        ):
            return False  # "Ketua DPR dan Ketua MA, <nama>": two offices, one named
        return all(self.toks[m].capital or self.word(m) == "dan" for m in range(k, comma))

    def _office_comma(self, i: int, j: int) -> int | None:
        """The comma ending, from token ``j`` on, the office described after token ``i``
        when a person's name follows it (see :meth:`_office_apposition`), else ``None``."""
        k = j
        while k < j + 12 and k < len(self.toks) and (self.toks[k].capital or self.word(k) == "dan"):
            k += 1
        return k if self._office_apposition(i, k) else None

    def ends_clause(self, j: int) -> bool:
        """Whether token ``j`` ends the clause an object is looked for in: a boundary
        word, but not "hingga" or "sampai" before a number ("mengirim hingga tiga ribu
        barel …": up to, not until)."""
        w = self.word(j)
        if w in _UP_TO and (self.word(j + 1).isdigit() or self.word(j + 1) in _NUMBERS):
            return False
        return w in _BOUNDARY

    def _named_firm(self, actor: _Actor) -> _Actor:
        """The organisation named right after a state that qualifies it ("perusahaan
        Amerika PVH Corp": the firm, an American one), or in apposition after it
        ("perusahaan galangan kapal Prancis, Thales"), else ``actor``."""
        nxt = self.actor_at.get(actor.last + 1)
        if nxt is None and self.word(actor.last + 1) == ",":
            nxt = self.actor_at.get(actor.last + 2)
        if actor.person or actor.organisation or nxt is None or not nxt.organisation:
            return actor
        return nxt

    def _plain_np(self, lo: int, hi: int) -> bool:
        """Whether tokens ``lo`` … ``hi - 1`` (at most five) are a plain noun phrase:
        lower-case words, no verb, preposition or clause word."""
        return hi - lo <= 5 and all(
            not self.toks[k].capital
            # "kepada sekitar 30 perwira X": a count is part of the phrase
            and (self.word(k).isalpha() or self.word(k).isdigit())
            and self.word(k) not in _BOUNDARY | _OBLIQUE
            and (not _verb_like(self.word(k)) or self.word(k) == _FLAGGED)
            for k in range(lo, hi)
        )

    def _nationals_word(self, j: int) -> bool:
        """Whether token ``j`` is "warga" or the "negara" of "warga negara"."""
        w = self.word(j)
        return w == "warga" or (w == "negara" and self.word(j - 1) == "warga")

    def nationals(self, actor: _Actor) -> bool:
        """Whether ``actor`` is named as its nationals: "warga (negara) China", or its
        vessels ("kapal pukat berbendera Thailand": seizing them coerces the flag state)."""
        k = actor.first - 1
        if self.word(k) == _FLAGGED:
            return True
        if self.word(k) == "negara":
            k -= 1
        # "memulangkan paksa 40 nelayan Vietnam": a word for persons by what they do
        return self.word(k) == "warga" or bool({self.word(k), self.word(k - 1)} & _CIVILIANS)

    def venue(self, actor: _Actor) -> bool:
        """Whether ``actor`` is a court or a police unit after "ke": where an act is
        filed; or any body a matter is brought to ("membawa masalah itu ke X")."""
        if self.word(actor.first - 1) != "ke":
            return False
        first = actor.name.split()[0].casefold() if actor.name else ""
        if actor.organisation and (first in _VENUES or self.word(actor.first) in _VENUES):
            return True
        return any(
            self.word(k).removesuffix("nya") in _BRINGING
            for k in range(actor.first - 7, actor.first - 1)
        )

    def private_people(self, actor: _Actor) -> bool:
        """Whether the state ``actor`` is named as its private people: its nationals or its
        investors and business people ("menjamu investor Qatar")."""
        k = actor.first - 1
        return self.nationals(actor) or bool({self.word(k), self.word(k - 1)} & _BUSINESS_PEOPLE)

    def threatened(self, objects: list[_Actor], end: int) -> list[_Actor]:
        """The target of a threat told by the threatened act: "mengancam akan menyerang
        Korea Selatan", and "mengancam Moskow akan membalas Amerika Serikat" (the object
        is that act's subject); ``objects`` when no actor follows the act's verb."""
        k = objects[-1].last + 1 if objects else end + 1
        if self.word(k) not in _THREAT_LINK or not _verb_like(self.word(k + 1)):
            return objects
        return (
            self.objects(k + 1)
            or self.after_prep(k + 1, _TARGET_PREP, window=8)
            or objects
            or self._condition_subject(k + 1)
        )

    def _condition_subject(self, k: int) -> list[_Actor]:
        """The subject of a condition after token ``k`` ("mengancam akan memutus pasokan
        gas jika Seoul tetap menolak": the threat is aimed at Seoul), else none."""
        for j in range(k + 1, min(len(self.toks), k + 10)):
            if self.word(j) in _CONDITION:
                actor = self.actor_at.get(j + 1)
                return [self._with_person(actor)] if actor is not None else []
            if self.word(j) in _BOUNDARY and self.word(j) not in _CONDITION:
                return []
        return []

    def embedded_act(self, i: int, action: str = "") -> bool:
        """Whether the cue at ``i`` is what another act threatens or asks for, not an
        act done: "mengancam akan **meluncurkan** serangan", "mendesak KPK segera
        **menangkap** X", "meminta Israel **menghentikan** serangan"; a threat of
        ``action`` threaten inside a threat is that one threat ("mengancam Moskow akan
        **membalas** …")."""
        for k in range(i - 1, max(i - 7, -1), -1):
            w = self.word(k)
            if w in _BOUNDARY:
                return False
            if w in _ASKING or (w in _THREAT_LINK and self.word(k - 1).startswith("mengancam")):
                return True
            if action == "threaten" and w.startswith("mengancam"):
                return True
        return False

    def passive_agents(self, end: int) -> list[_Actor]:
        """The agents of a passive verb ending at ``end``: after "oleh", or right after
        it ("diserang Rusia"), titles first ("disambut Presiden X")."""
        agents = self.after_prep(end, {"oleh"})
        if agents:
            return agents
        # "ditangkap tim KPK": a word for the agent's team or part may come first
        side = 2 if end + 1 not in self.actor_at and self.word(end + 1) in _SIDE else 1
        if self.word(end + 1) in _ORG_NOUNS and end + 1 not in self.actor_at:
            # "ditangkap lembaga antinarkoba Malaysia": a description of a body of the
            # state, one word at most between
            side = next((k - end for k in (end + 2, end + 3) if k in self.actor_at), side)
        direct = self.actor_at.get(end + side)
        first = self._with_person(direct) if direct is not None else None
        if first is None and self._title(end + 1):
            first = self.titled_person(end + 1)
        if first is None:
            return []
        # "disampaikan Presiden X dan Perdana Menteri Y": coordinated agents, up to a
        # new clause's subject ("diserang X dan Y membalas")
        more = self._coordinated_after(max(first.last, (direct or first).last))
        cut = next((k for k, a in enumerate(more) if self.clause_subject(a)), len(more))
        return [first, *more[:cut]]

    def patient_before(self, end: int, agent: _Actor) -> list[_Actor]:
        """The actor named in a plain noun phrase between a nominal cue ending at
        ``end`` and its agent after "oleh": the one the act is done to."""
        for j in range(end + 1, agent.first):
            actor = self.actor_at.get(j)
            if actor is not None:
                # "pembekuan aset milik X oleh …": the owner of what it is done to
                last = actor.first - 1 if self.word(actor.first - 1) == _OWNED_BY else actor.first
                return [actor] if self._plain_np(end + 1, last) else []
        return []

    def clause_subject(self, actor: _Actor) -> bool:
        """Whether ``actor`` is the subject of a clause that goes on after it ("Berlin
        **akan** membiayai"), not an object."""
        if self.word(actor.first - 1) in _OBLIQUE:
            return False  # "berjanji kepada X akan datang": X is the one promised
        nxt = self.word(actor.last + 1)
        return nxt in _AUXILIARY or nxt in _NEGATION or _active_verb(nxt)

    def titled_person(self, j: int) -> _Actor | None:
        """The person named from token ``j`` on, after capitalised title words only
        ("Menteri Luar Negeri Jepang Takeshi Iwaya"), else ``None``."""
        while j < len(self.toks) and j not in self.actor_at and self.toks[j].capital:
            j += 1
        actor = self.actor_at.get(j)
        if actor is None:
            return None
        actor = self._with_person(actor)
        return actor if actor.person else None

    def _title(self, j: int) -> bool:
        return self.word(j) in _TITLES

    def after_prep(
        self, i: int, preps: Collection[str], window: int = 12, *, purpose_ends: bool = True
    ) -> list[_Actor]:
        """Actors after the first of ``preps`` within ``window`` words of ``i`` (not
        past a purpose clause when ``purpose_ends``)."""
        j = i
        while j + 1 < min(len(self.toks), i + 1 + window):
            j += 1
            if self.word(j) == "sejak" and self._plain_np(j + 1, j + 2):
                continue  # "serangan terbesar sejak awal perang ke X": a time, not a clause
            named = self._apposition_end(j)
            if named is not None:
                j = named  # "permohonan bantuan hukum, Budi, kepada X": past the name
                continue
            if self.ends_clause(j) or (purpose_ends and self.purpose_at(j)):
                return []
            if self._quote_opens(j) or (j > i + 1 and self._second_predicate(j)):
                return []  # a quote's or a second verb's phrase (see objects)
            if self.word(j) in preps:
                found = self.objects(j, preps=preps, direct=False, purpose_ends=purpose_ends)
                if found:
                    return found
        return []

    def _apposition_end(self, j: int) -> int | None:
        """The closing comma of a person's name set off by commas from token ``j`` on
        (", Budi Santoso,"), else ``None``."""
        person = self.actor_at.get(j + 1) if self.word(j) == "," else None
        if person is None or not person.person or self.word(person.last + 1) != ",":
            return None
        return person.last + 1

    def between(self, i: int) -> list[_Actor]:
        """ "antara A dan B" right after token ``i``."""
        j = i + 1
        while j < min(len(self.toks), i + 12):
            if self.word(j) == "antara":
                found = self.objects(j, preps={"antara"}, direct=False)
                return found if len(found) >= 2 else []
            closing = self._parenthesis_end(j) if self.word(j) == "(" else None
            if closing is not None:
                j = closing  # the agreement's short name: "(ICA-CEPA)"
            elif self.word(j) in _BOUNDARY or (j > i + 4 and not self.toks[j].capital):
                break  # past four words only the agreement's capitalised name
            j += 1
        return []

    def _parenthesis_end(self, opening: int) -> int | None:
        """The ")" closing a parenthesis of at most four tokens at ``opening``."""
        for k in range(opening + 1, min(len(self.toks), opening + 6)):
            if self.word(k) == ")":
                return k
        return None

    def genitive(self, i: int) -> _Actor | None:
        """The actor right after a noun (at most two words between, titles aside):
        "kunjungan Albanese", "kunjungan Menteri Luar Negeri X"."""
        gap = 0
        for j in range(i + 1, min(len(self.toks), i + 9)):
            actor = self.actor_at.get(j)
            if actor is not None:
                return None if self.word(j - 1) in _OBLIQUE else self._with_person(actor)
            if self.word(j) in _BOUNDARY or self.word(j) in _OBLIQUE:
                return None
            if not (self.toks[j].capital and self.word(j) in _TITLE_WORDS):
                gap += 1
                if gap > 2:
                    return None
        return None

    def flags(self, lo: int, hi: int) -> tuple[Polarity, Modality]:
        polarity: Polarity = "positive"
        modality: Modality = "asserted"
        for j in range(max(lo, 0), hi):
            w = self.word(j)
            if w in _NEGATION:
                polarity = "negative"
            if w in _MODALITY and modality == "asserted":
                modality = _MODALITY[w]
        return polarity, modality


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


def _similar_act(clause: _Clause, i: int, ctx: _Context) -> tuple[Cue, int] | None:
    """A general noun for a like act ("mempertimbangkan **langkah serupa** terhadap
    mobil asal China") as a cue of the class of the last act told, else ``None``."""
    if ctx.last_action is None or clause.word(i) not in _ACT_NOUNS:
        return None
    if clause.word(i + 1) != "serupa":
        return None
    return Cue(ctx.last_action, "active", oblique_only=True), 2


def _cue_at(clause: _Clause, i: int) -> tuple[Cue, int] | None:
    """The longest lexicon form starting at token ``i`` and the number of its words."""
    if not _may_cue(clause.word(i)):
        return None
    if clause.word(i) == "latihan" and any(
        clause.word(j) in JOINT_WORDS for j in range(i + 1, i + 1 + JOINT_REACH)
    ):
        return JOINT_EXERCISE, 1  # "latihan laut multilateral": held together
    for n in range(MAX_WORDS, 0, -1):
        words = [clause.word(j) for j in range(i, i + n)]
        if len(words) < n or not all(words):
            continue
        form = " ".join(words)
        cue = LEXICON.get(form) or (LEXICON.get(form[:-3]) if form.endswith("nya") else None)
        if cue is None:
            continue
        if cue.needs_next and not (
            any(clause.word(j) in cue.needs_next for j in range(i + n, i + n + cue.next_reach))
            or (cue.or_person and clause.titled_person(i + n) is not None)
        ):
            continue
        if cue.bars_next and any(clause.word(j) in cue.bars_next for j in range(i + n, i + n + 3)):
            continue
        if cue.needs_near and not any(
            clause.word(j) in cue.needs_near for j in range(i - 3, i + n + 3)
        ):
            continue
        return cue, n
    return None


class _Context:
    """What the whole article says about the senses of its cue verbs, counted on first
    need (most articles have no cue of the classes concerned)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: frozenset[str] | None = None
        #: the person last named as a subject, for a pronoun (see _Clause._pronoun)
        self.antecedent: _Actor | None = None
        #: the sentence being read, and the last sentence each class of act was told in
        self.sentence = 0
        self._done_in: dict[str, int] = {}
        #: the class of the last act told with its agent ("langkah serupa" repeats it)
        self.last_action: str | None = None
        self._private: int | None = None
        #: the organisation last named as a subject, for "lembaga itu"
        self.organisation: _Actor | None = None
        #: the actors named before the sentence being read
        self.history = _History(text, ())
        #: the agents of the acts told, in order
        self._agents: list[_Actor] = []
        #: the last relation told: source, target, class and sentence
        self.last_pair: tuple[_Actor, _Actor, str, int] | None = None
        #: the target of the last act told, and the sentence it was told in ("mereka")
        self.last_target: tuple[_Actor, int] | None = None
        #: whether the date a sentence may carry is told in the sentence right before it
        self.dated_before = False
        #: the state each ministry of a named state speaks for, by the ministry's span
        self.ministry_of: dict[tuple[int, int], str] = {}

    def acted_by(self, agent: _Actor) -> None:
        """Note that ``agent`` did the act just told."""
        self._agents.append(agent)

    def other_agent(self, names: Collection[str]) -> _Actor | None:
        """The last agent told that is none of ``names`` (whom a response answers)."""
        return next((a for a in reversed(self._agents) if a.name not in names), None)

    def done(self, action: str) -> None:
        """Note that an act of class ``action`` with a known agent is told here."""
        self._done_in[action] = self.sentence
        self.last_action = action

    def just_done(self, action: str) -> bool:
        """Whether an act of class ``action`` was told in this sentence or the one before."""
        return self.sentence - self._done_in.get(action, -2) <= 1

    def _article_words(self) -> frozenset[str]:
        if self._words is None:
            self._words = frozenset(re.findall(r"\w+", self._text.lower()))
        return self._words

    @property
    def sport(self) -> bool:
        """Whether the article is about sport (several different words of sport)."""
        return len(self._article_words() & SPORT_WORDS) >= SPORT_ARTICLE

    @property
    def private(self) -> bool:
        """Whether the article is about private life (several words of romance)."""
        if self._private is None:
            self._private = len(self._article_words() & PRIVATE_WORDS)
        return self._private >= PRIVATE_ARTICLE


def _sense_ok(clause: _Clause, cue: Cue, i: int, ctx: _Context) -> bool:
    """Whether the cue at token ``i`` has the sense it is coded for in its context.

    Not when: a verb with a sense of play is in a sentence about play, or in a sports
    article unless the sentence names an office holder ("menyambut umpan", "mengancam
    gawang"; but "Menteri X bertemu Y" in an article on a workers' football league); a
    visit is for leisure or filming; the cue names a ban or permit ("larangan
    berkunjung"); it is inside an embedded question ("menyelidiki apakah X
    berkunjung"); or it is the reporter's interview ("kata X saat ditemui").
    """
    if cue.action in SPORT_SENSES:
        words = clause.words()
        if words & PLAY_WORDS or (ctx.sport and not words & _OFFICE):
            return False
    if cue.action == "consult" and clause.words() & LEISURE_WORDS:
        return False
    if cue.action in ENTERTAINMENT_SENSES:
        words = clause.words()
        if words & ENTERTAINMENT_WORDS and not words & _OFFICE:
            return False
    if clause.word(i - 1) in _NOT_AN_ACT or _invited_to(clause, i):
        return False
    if any(clause.word(j) == "apakah" for j in range(i)):
        return False
    interview = cue.voice == "passive" and cue.action == "consult"
    return not (interview and any(clause.word(i - k) in _SPEECH for k in (1, 2, 3, 4)))


def _invited_to(clause: _Clause, i: int) -> bool:
    """Whether the verb at ``i`` is what its subject is invited or urged to do, not
    done: "mengundang Prabowo berkunjung ke X", "mengajak Menteri Y bertemu"."""
    j = i - 1
    while j >= 0 and (j in clause.actor_at or clause.word(j) in _TITLE_WORDS):
        j -= 1
    return j < i - 1 and clause.word(j) in _INVITING


def _private(
    source: _Actor, target: _Actor, cue: Cue, words: frozenset[str], ctx: _Context
) -> bool:
    """Whether a meeting or a relationship between two private persons is their private
    life: "menjalin hubungan" between persons with no public qualifier ("hubungan
    diplomatik", "hubungan baik"), or words of romance around it."""
    if not (source.person and target.person):
        return False
    if cue.action not in ("consult", "cooperate") and not cue.relation_noun:
        return False  # "memutus hubungan" between two persons ends a private tie too
    if cue.relation_noun and not words & _PUBLIC_TIES:
        return True  # "A dan B menjalin hubungan": unqualified, the idiom for romance
    return bool(words & PRIVATE_WORDS) or ctx.private


def _light_verb(clause: _Clause, i: int) -> int | None:
    """The light verb just before a nominal cue at ``i`` ("melancarkan serangan")."""
    return next((j for j in (i - 1, i - 2) if clause.word(j) in LIGHT_VERBS), None)


def _receiving_verb(clause: _Clause, i: int) -> int | None:
    """The verb of receiving or undergoing just before a nominal cue at ``i`` ("menerima
    bantuan", "menuai kecaman", "dijatuhi sanksi"), else ``None``."""
    return next((j for j in (i - 1, i - 2) if clause.word(j) in _RECEIVING), None)


def _noun_key(noun: str) -> str:
    """The key under which the agent of an act named by ``noun`` is kept for a later
    "<noun> itu"."""
    return "@" + noun


def _agents(clause: _Clause, cue: Cue, i: int, n: int) -> list[_Actor]:
    """The agents of the cue at ``i`` (``n`` words) when it has no target: the subject
    of an active verb or of a light verb, or the agent of a passive ("ditembaki oleh
    tank Israel"), so that a later reaction ("mengecam serangan itu") can target it."""
    if cue.voice == "passive":
        return clause.passive_agents(i + n - 1)
    head = i if cue.voice == "active" else _light_verb(clause, i)
    if head is None:
        # "Serangan udara militer X menghantam …": the act opening a clause as its
        # subject, its agent named after it (not "misi pasokan X", a noun's modifier)
        opens = i == 0 or clause.word(i - 1) in _BOUNDARY
        agent = clause.genitive(i + n - 1) if opens else None
        return [agent] if agent is not None else []
    return clause.subject(head)[0]


def _implicit_target(
    clause: _Clause, cue: Cue, i: int, n: int, acted: dict[str, _Actor], ctx: _Context
) -> tuple[list[tuple[_Actor, _Actor]], bool]:
    """(source, target) pairs of a cue whose target is not named but told by the text
    before it, else none, and whether the clause goes on with the act just told (so
    takes its date):

    * a response's act ("Hanoi menanggapi dengan mengirim kapal patroli") and a
      retaliation threatened without an object ("bersumpah akan membalas") by a state or
      an organisation are aimed at the last agent told other than the subject;
    * "mereka" as the object stands for the target of the act told in this sentence or
      the one before ("… pembatasan visa terhadap pejabat X. Washington menuduh mereka");
    * a request an act was done upon ("Pemulangan itu dilaksanakan atas permintaan X")
      was made to the agent of that act;
    * what a meeting told in the same sentence yields ("Kunjungan X ke Y, Senin,
      menghasilkan nota kesepahaman") is between its two sides;
    * an accusation in a passive relative clause on the target of the act just told
      ("menjatuhkan sanksi kepada perwira X yang dituding …") is made by its agent;
    * the mediator of the act just told ("Gencatan senjata itu ditengahi X") consults
      both its sides;
    * "Dalam pertemuan dengan X" opening a sentence is a meeting of the person last
      named as a subject with X.
    """
    if cue.action == "demand" and clause.word(i) in _GIVING and cue.voice == "active":
        # "memberi waktu sepekan kepada dinas itu": the body named before
        given = clause.named_by_noun(i + 1, i + n + 6)
        if given is None:
            return [], False
        return [(s, given) for s in clause.subject(i)[0] if s.name != given.name], False
    exercise = _joins_exercise(clause, i)
    if exercise is not None:
        return _exercise_joined(clause, i, n, exercise, acted), False
    if clause.word(i) in _TAKING_PART - _JOINING:
        return [], False  # "aksi itu diikuti ribuan warga": taking part in no exercise
    met = ctx.last_pair
    accused = cue.action == "disapprove" and cue.voice == "passive" and clause.word(i - 1) == "yang"
    if accused and met is not None and met[3] == ctx.sentence and 0 <= i - 1 - met[1].last <= 4:
        # "menjatuhkan sanksi kepada perwira X yang dituding …": the one who sanctions
        # gives the accusation as its reason, so makes it
        return [(met[0], met[1])], True
    if cue.action == "consult" and cue.voice == "passive" and met is not None:
        # "Gencatan senjata itu ditengahi X": the mediator of the act just told
        # consults both its sides
        mediated = clause.word(i) in _MEDIATED and clause.word(i - 1) in _ANAPHOR
        if mediated and ctx.sentence - met[3] <= 1:
            return [(a, side) for a in clause.passive_agents(i + n - 1) for side in met[:2]], True
    if cue.action == "cooperate" and cue.voice == "active" and met is not None:
        source, target, action, told = met
        if action == "consult" and told == ctx.sentence and not clause.subject(i)[0]:
            return [(source, target)], False
    head = _light_verb(clause, i) if cue.voice == "nominal" else i
    main = None
    if head is not None and cue.voice != "passive" and clause.word(head - 1) == "dengan":
        main = clause.main_verb_before(head - 1)
    elif cue.voice == "active" and clause.word(i) in _RESPONSES:
        main = head = i  # "… Iran bersumpah akan membalas."
    if head is not None and main is not None and clause.word(main) in _RESPONSES:
        # a person's side is not known: the last other agent may be of their own state
        subjects = [s for s in clause.subject(head)[0] if not s.person]
        other = ctx.other_agent({s.name for s in subjects})
        return ([(s, other) for s in subjects] if other else []), False
    if cue.voice == "active" and clause.word(i + n) == "mereka" and ctx.last_target:
        target, told = ctx.last_target
        if ctx.sentence - told <= 1:
            return [(s, target) for s in clause.subject(i)[0]], True
    if cue.action == "consult" and cue.voice == "nominal" and ctx.antecedent is not None:
        # "Dalam pertemuan dengan X, …" opening a sentence: the meeting of the person
        # the report is about (the last named as a subject) with X
        opens = clause.word(i - 1) == "dalam" and i == 1
        partners = clause.objects(i + n - 1, preps={"dengan"}, direct=False) if opens else []
        met_with = [t for t in partners if t.name != ctx.antecedent.name]
        if met_with:
            return [(ctx.antecedent, t) for t in met_with], False
    if cue.voice == "nominal" and clause.word(i - 1) == "atas":
        act = clause.anaphoric_act(-1, acted)
        agent = clause.genitive(i + n - 1)
        if act is not None and agent is not None:
            return [(agent, acted[act])], False
    return [], False


#: Verbs of giving a deadline ("memberi waktu … kepada X"), whose X may be told by a
#: common noun.
_GIVING = frozenset("memberi memberikan".split())
#: Nouns of offices that name a public body ("kantor pertanahan itu").
_OFFICE_NOUNS = frozenset("kantor dinas".split())
#: Verbs of taking part in an exercise ("latihan itu juga **diikuti** pasukan dari X",
#: "juga **melibatkan** pasukan X", "**bergabung** dalam latihan").
_TAKING_PART = frozenset("diikuti melibatkan bergabung".split())
#: Passive verbs of holding an exercise in a relative clause on it ("Latihan yang
#: **digelar** A bersama B itu"): their agents are its hosts.
_HELD = frozenset("digelar diselenggarakan dihelat dilaksanakan".split())
#: How many words may stand between "latihan" and a verb of taking part in it.
_EXERCISE_REACH = 16


def _joins_exercise(clause: _Clause, i: int) -> int | None:
    """Where the exercise ("latihan") stands that the verb at ``i`` takes part in
    ("Latihan … itu juga diikuti pasukan dari X", "untuk bergabung dalam latihan"),
    else ``None``."""
    word = clause.word(i)
    if word not in _TAKING_PART:
        return None
    if word == "bergabung":
        at = i + 2 if clause.word(i + 1) in ("dalam", "pada") else None
        return at if at is not None and clause.word(at) == "latihan" else None
    for k in range(i - 1, max(i - _EXERCISE_REACH, -1), -1):
        if clause.word(k) == "latihan":
            return k
        if clause.word(k) in (";", ":"):
            return None
    return None


def _exercise_hosts(
    clause: _Clause, exercise: int, i: int, acted: dict[str, _Actor]
) -> list[_Actor]:
    """The hosts of the exercise at ``exercise``: the agents of a relative clause on it
    ("Latihan yang digelar A bersama B itu": A and B), else the first side of the last
    exercise told ("A dan B menggelar latihan bersama …": A)."""
    for k in range(exercise + 1, i):
        if clause.word(k) in _HELD and clause.word(k - 1) == "yang":
            hosts = clause.passive_agents(k)
            if hosts:
                # "digelar TNI bersama militer X": the partner after "bersama"
                return hosts + clause.after_prep(hosts[-1].last, _ALONG_WITH)
    host = acted.get(_noun_key("latihan"))
    # an exercise's name the entity layer took for a person hosts nothing
    return [host] if host is not None and not host.person else []


def _exercise_joined(
    clause: _Clause, i: int, n: int, exercise: int, acted: dict[str, _Actor]
) -> list[tuple[_Actor, _Actor]]:
    """The pairs an exercise joined by more sides adds: each joining side cooperates
    with the exercise's first host, and hosts named in a relative clause with each
    other. The joining sides follow the verb ("diikuti pula oleh pasukan dari X dan
    Y") or are its subject ("X berencana … bergabung dalam latihan"). Joining sides are
    not paired with each other nor with a second host: the gold sets differ there (two
    code every pair, one the first host only)."""
    hosts = _exercise_hosts(clause, exercise, i, acted)
    if not hosts:
        return []
    if clause.word(i) == "bergabung":
        joiners, _ = clause.subject(i)
    else:
        joiners = clause.objects(i + n - 1, preps={"oleh", "dari"}, direct=True)
    host = hosts[0]
    pairs = [(j, host) for j in joiners if j.name != host.name]
    pairs += [(host, h) for h in hosts[1:] if h.name != host.name]
    return pairs


def _offered(clause: _Clause, i: int, cue: Cue) -> bool:
    """Whether the cooperative act at ``i`` is only offered: "siap" or "bersedia" right
    before its verb or its light verb ("siap (untuk) bertemu", "siap memperdalam kerja
    sama")."""
    if not is_cooperative(cue.action) or cue.action == "intend":
        return False
    head = _light_verb(clause, i) if cue.voice == "nominal" else i
    if head is None:
        return False
    k = head - 1
    if clause.word(k) == "untuk":
        k -= 1
    return clause.word(k) in _OFFER


#: Verbs of a promise whose complement may be an act of its own ("berjanji memanggil").
_PROMISING = frozenset("berjanji menjanjikan".split())


def _promises_other_act(clause: _Clause, i: int, cue: Cue) -> bool:
    """Whether the promise at ``i`` promises an act of a class that is no tie ("berjanji
    (akan) memanggil perusahaan X", "berjanji menindak X"): that act is coded by its own
    cue, and the promise is no intent to cooperate with X."""
    if cue.action != "intend" or clause.word(i) not in _PROMISING:
        return False
    k = i + 1
    while clause.word(k) in _THREAT_LINK or clause.word(k) in _AUXILIARY:
        k += 1
    inner = _cue_at(clause, k)
    return inner is not None and inner[0].action not in _TIES | {"aid", "cooperate"}


def _verb_between(clause: _Clause, lo: int, hi: int) -> bool:
    """Whether another verb stands between tokens ``lo`` and ``hi``: "A dan B
    mengeluarkan larangan berkunjung" is not a visit between A and B."""
    words = [clause.word(j) for j in range(lo, hi)]
    return any(w in LIGHT_VERBS or (w.startswith("me") and len(w) >= 7) for w in words)


def _host_pairs(clause: _Clause, i: int, sides: Sequence[_Actor]) -> list[tuple[_Actor, _Actor]]:
    """The host of talks "antara A dan B" named by the noun at ``i`` meeting each side:
    "X menjadi tuan rumah perundingan antara A dan B", "X memfasilitasi dialog antara …"."""
    if clause.word(i - 2) == "tuan" and clause.word(i - 1) == "rumah":
        verb = i - 2
    elif clause.word(i - 1) in _HOSTING | _MEDIATING:
        verb = i - 1
    else:
        return []
    hosts, _ = clause.subject(verb)
    return [(h, s) for h in hosts for s in sides if h.name != s.name]


#: Words of an offer: talks a host offers to hold are not held ("mengusulkan Jenewa
#: sebagai tuan rumah dialog antara A dan B").
_OFFERING = frozenset("menawarkan tawaran mengusulkan usulan".split())


#: Words naming the venue a side offers for talks, after "sebagai" ("sebagai tempat
#: perundingan", "sebagai lokasi dialog"); "tuan rumah" is the other form.
_VENUE_WORDS = frozenset("tempat lokasi".split())


def _venue_end(clause: _Clause, k: int) -> int | None:
    """The last token of a venue phrase at ``k`` ("tuan rumah", "sebagai tempat"), else
    ``None``."""
    if clause.word(k) == "tuan" and clause.word(k + 1) == "rumah":
        return k + 1
    if clause.word(k) in _VENUE_WORDS and clause.word(k - 1) == "sebagai":
        return k
    return None


def _host_offered(clause: _Clause, i: int) -> bool:
    """Whether the talks named by the noun at ``i`` are only offered to be hosted: an
    offer word and a venue phrase ("tuan rumah", "sebagai tempat") in the eight words
    before it."""
    lo = max(0, i - 8)
    venue = any(_venue_end(clause, j) is not None for j in range(lo, i))
    return venue and any(clause.word(j) in _OFFERING for j in range(lo, i))


def _hosted_sides(clause: _Clause, end: int) -> list[_Actor]:
    """The sides of the talks an offer ending at ``end`` proposes to host ("mengusulkan
    Jenewa sebagai tuan rumah dialog antara A dan B": A and B; "menawarkan Oslo sebagai
    tempat perundingan antara kedua pihak": the two sides told), else none."""
    for k in range(end + 1, min(len(clause.toks) - 1, end + 7)):
        venue = _venue_end(clause, k)
        if venue is not None:
            return clause.between(venue)
        if clause.word(k) in _BOUNDARY:
            break
    return []


def _mediator_pairs(clause: _Clause, sides: Sequence[_Actor]) -> list[tuple[_Actor, _Actor]]:
    """The mediators of talks "antara A dan B" named by a passive relative clause right
    after the sides meeting each side: "perundingan antara A dan B yang dimediasi X dan
    Y" (the fifth blind set's convention: a mediator consults both sides)."""
    k = sides[-1].last + 1
    if clause.word(k) != "yang" or clause.word(k + 1) not in _MEDIATED:
        return []
    mediators = clause.passive_agents(k + 1)
    return [(m, s) for m in mediators for s in sides if m.name != s.name]


def _mediated_sides(clause: _Clause, i: int) -> list[_Actor]:
    """The coordinated subjects of the act whose mediation a relative clause opening
    at the cue ``i`` tells ("A dan B menukar tawanan dalam pertukaran yang **dimediasi**
    X"), else none."""
    if clause.word(i) not in _MEDIATED or clause.word(i - 1) != "yang":
        return []
    main = clause.main_verb_before(i - 1)
    if main is None:
        return []
    sides, _ = clause.subject(main)
    return sides if len(sides) > 1 else []


#: Words making a deal one of all its parties together ("usaha patungan").
_JOINT_DEALS = frozenset("patungan konsorsium trilateral multilateral".split())


def _joint_deal(clause: _Clause, end: int, targets: Sequence[_Actor]) -> bool:
    """Whether the object between the cue ending at ``end`` and ``targets`` names a
    joint venture or a deal of all its parties."""
    return any(clause.word(j) in _JOINT_DEALS for j in range(end + 1, targets[0].first))


def _met_for(clause: _Clause, i: int) -> list[_Actor]:
    """The side met or visited by the main verb of the purpose clause whose verb is at
    ``i`` ("menemui Kepala X untuk meminta …": X), else none."""
    if clause.word(i - 1) not in _PURPOSE:
        return []
    # "menyambangi Kementerian X di Medan, Kamis (…), untuk memohon …": past the day
    main = clause.main_verb_before(clause.past_day_and_place(i - 1))
    found = _cue_at(clause, main) if main is not None else None
    if main is None or found is None or found[0].action != "consult" or found[0].with_only:
        return []
    return clause.objects(main + found[1] - 1)


def _every_pair(sides: Sequence[_Actor]) -> list[tuple[_Actor, _Actor]]:
    """Each pair of ``sides``, the one named first as the source."""
    return [(a, b) for k, a in enumerate(sides) for b in sides[k + 1 :]]


def _pairs(
    clause: _Clause, cue: Cue, i: int, n: int
) -> tuple[list[tuple[_Actor, _Actor]], int, float]:
    """(source, target) pairs of the cue at ``i`` (``n`` words), where its clause's
    modifiers start, and a confidence.

    "dengan" introduces the other side only of a symmetric act ("bertemu dengan X");
    after other verbs it is an instrument or a manner ("membantu petani dengan …").
    """
    symmetric = CLASSES[cue.action].symmetric
    mutual = symmetric and not cue.directed
    preps = _TARGET_PREP if mutual else _TARGET_PREP - {"dengan"}
    if cue.with_only:
        preps = frozenset({"dengan"})  # "membahas … dengan X"; "terhadap X" is the matter
    if cue.action == "posture":
        preps = preps | _NEAR  # a show of force is aimed at the state it is held near
    if cue.action == "sanction":
        preps = preps | _ORIGIN  # a tariff is aimed at the state the goods come from
    if cue.action == "reduce":
        preps = preps | {"dengan"}  # "membatalkan perjanjian dengan X": the other side
        if "impor" in {clause.word(j) for j in range(i + n - 1, i + n + 3)}:
            preps = preps | {"dari"}  # "menghentikan impor gula dari X": the exporter
    if cue.action == "fight":
        preps = preps | {"di"}  # "serangan ke sembilan lokasi di X": where it strikes
    if _promises_other_act(clause, i, cue):
        return [], i, 0.0  # the act promised is coded, as planned: no tie with its target
    if clause.word(i) in _TAKING_PART - _JOINING or _joins_exercise(clause, i) is not None:
        return [], i, 0.0  # its sides are an exercise's (see _exercise_joined), or none
    # what is promised or agreed is a clause: "berjanji untuk memasok senjata bagi X"
    reach = cue.action in _COMPLEMENT
    end = i + n - 1
    clause.acting = frozenset()
    if cue.voice == "active":
        subjects, lo = clause.subject(i)
        # a minister's own state is no side of what the minister urges or offers
        clause.acting = frozenset(s.name for s in subjects) | frozenset(
            clause.history.state_of(s).name for s in subjects
        )
        if cue.reverse:  # "X menerima kunjungan Y", "X menerima Menteri Y"
            agent = clause.genitive(i + n) or clause.titled_person(i + n)
            return ([(agent, s) for s in subjects] if agent else []), lo, 0.7
        targets = clause.objects(
            end,
            preps=preps,
            direct=not cue.oblique_only,
            purpose_ends=not reach,
            owned=cue.action in _DONE_TO,
        ) or clause.after_prep(end, preps, purpose_ends=not reach)
        if cue.action in _CENSURING:
            # "mengutuk penangkapan dua nelayan oleh polisi X": the act's agent, not those
            # it was done to
            targets = clause.act_agent(end + 1) or targets
        if cue.action == "intend":
            # an offer to host talks is made to each side, not to the venue offered
            targets = _hosted_sides(clause, end) or targets
        if cue.action == "threaten":
            targets = clause.threatened(targets, end)
        if cue.action in _ASKS:
            # "menemui Menteri X untuk meminta dana": asked of the one met
            targets = _met_for(clause, i) or targets
        # "mengundang X berkunjung ke Y": the one invited is the target, not Y
        invitee = (
            bool(targets) and clause.word(i) in _INVITING and clause.clause_subject(targets[0])
        )
        if reach and targets and clause.clause_subject(targets[-1]) and not invitee:
            # "berjanji Berlin akan membiayai … bagi Ukraina": the promised act's side
            targets = clause.after_prep(targets[-1].last, preps, purpose_ends=False)
        if cue.relation_noun and len(targets) > 1 and targets[0].first == end + 1:
            # "memperkuat hubungan Jepang dan Filipina": the two sides follow the noun
            return [(targets[0], b) for b in targets[1:]], lo, 0.7
        if not targets and clause.word(i) in _MEDIATING:
            return [], lo, 0.0  # co-mediators are no partners: the talks' noun pairs them
        if not targets and mutual and len(subjects) > 1 and not _verb_between(clause, lo, i):
            # "A, B, dan C menandatangani nota kesepahaman": every pair of them
            return _every_pair(subjects), lo, 0.7
        if len(subjects) == 1 and len(targets) > 1 and mutual and _joint_deal(clause, end, targets):
            # "A meneken perjanjian usaha patungan dengan B dan C": all three are parties
            # (a contract "dengan B dan C" may be two: only a joint venture or a
            # consortium makes B and C partners)
            return _every_pair(subjects + targets), lo, 0.7
        if not targets and len(subjects) > 1 and clause.word(i - 1) == _RECIPROCAL:
            # "Israel dan Iran saling menyerang": each acts on the other
            return [(a, b) for a in subjects for b in subjects if a is not b], lo, 0.7
        if not targets and cue.action in _ASKS and clause.word(end + 1) in _THAT:
            # "mendesak agar Israel segera …": the one asked is the clause's subject
            asked = clause.actor_at.get(end + 2)
            targets = [asked] if asked is not None and not clause.undergoes(asked) else []
        if not targets:
            # a petition rejected may be named at length before "yang diajukan X"
            targets = clause.relative_agent(end, window=12 if cue.action == "reject" else 10)
            return [(s, t) for s in subjects for t in targets], lo, 0.6
        return [(s, t) for s in subjects for t in targets], lo, 0.8
    if cue.voice == "passive":
        agents = clause.passive_agents(end)
        if not agents:
            return [], i, 0.0
        sides = _mediated_sides(clause, i)
        if sides:
            # "A dan B saling menukar tawanan dalam pertukaran yang dimediasi X": X
            # consults each side of the act the relative clause tells of
            return [(a, s) for a in agents for s in sides if a.name != s.name], i, 0.6
        subjects, lo = clause.subject(i)
        targets = clause.after_prep(end, preps - {"oleh"}) or subjects
        return [(a, t) for a in agents for t in targets], min(lo, i), 0.7
    # nominal
    received = _receiving_verb(clause, i)
    if received is not None:
        # "Filipina menerima bantuan dari Jepang", "Iran dijatuhi sanksi oleh AS": the
        # subject undergoes the act, its agent comes after "dari" or "oleh"
        agents = clause.after_prep(end, _RECEIVED_FROM, window=6)
        if not agents and clause.word(received).startswith("di"):
            agent = clause.genitive(end)  # "dikenai sanksi baru Uni Eropa"
            agents = [agent] if agent is not None else []
        subjects, lo = clause.subject(received)
        return [(a, s) for a in agents for s in subjects if a.name != s.name], lo, 0.6
    light = _light_verb(clause, i)
    if light is not None and _cue_at(clause, light) is not None:
        return [], i, 0.0  # "menawarkan bantuan": the offer is the act, not the aid
    if light is not None:
        subjects, lo = clause.subject(light)
        targets = clause.after_prep(end, preps, window=6) or (
            [] if symmetric else clause.objects(end, preps=preps)
        )
        # "mengajukan usulan lewat kementerian X": the channel, not the
        # one the act is aimed at
        targets = [t for t in targets if clause.word(t.first - 1) not in _CHANNEL]
        if not targets and not symmetric:
            # "menyampaikan permohonan bantuan hukum …, X, kepada Y": the addressee
            # after a long object
            targets = clause.after_prep(end, {"kepada"}, window=14)
        if not targets and mutual and len(subjects) > 1 and not _verb_between(clause, lo, light):
            # "A, B, dan C membuka latihan bersama": every pair of them
            return [(a, b) for k, a in enumerate(subjects) for b in subjects[k + 1 :]], lo, 0.6
        if not targets and len(subjects) > 1 and clause.word(light) in _ENGAGED:
            # "A dan B terlibat baku tembak": each side acts on the other
            return [(a, b) for a in subjects for b in subjects if a.name != b.name], lo, 0.6
        return [(s, t) for s in subjects for t in targets], lo, 0.6
    both = clause.between(end) if symmetric else []
    if both and _host_offered(clause, i):
        return [], i, 0.0  # offered, not held: the offer is coded (see _hosted_sides)
    if both:
        pairs = [(both[0], b) for b in both[1:]]
        return pairs + _host_pairs(clause, i, both) + _mediator_pairs(clause, both), i - 3, 0.6
    agent = clause.genitive(end)
    patients: list[_Actor] = []
    if agent is None or cue.action in _PATIENT_FIRST:
        # "pengiriman tank oleh Jerman ke Ukraina": the agent after "oleh"
        by = clause.after_prep(end, {"oleh"}, window=6)
        if by:
            agent = by[0]
            # "penembakan tiga nelayan X oleh …": the one named first is the patient
            patients = clause.patient_before(end, agent) if cue.action in _PATIENT_FIRST else []
    if agent is None:
        # "bea imbalan yang dikenakan Uni Eropa terhadap …": a passive relative clause
        by = clause.relative_agent(end, window=3)
        agent = by[0] if by else None
    if agent is None:
        return [], i, 0.0
    # where an act named by its agent took place is not its target ("invasi X di Y")
    targets = clause.after_prep(agent.last, _TARGET_PREP | preps - {"di"}, window=5) or patients
    return [(agent, t) for t in targets], i - 3, 0.6


def extract_relations(
    text: str,
    mentions: Sequence[Mention],
    timexes: Sequence[TimeExpr] = (),
    published: PartialDate | None = None,
    *,
    quotes: Sequence[Quote] = (),
    gpe: Collection[str] = frozenset(),
) -> tuple[Relation, ...]:
    """The relations of one article, in text order (see the module docstring).

    ``gpe`` names the canonical places that are states (the article's entities with
    subtype ``GPE``); other places are where things happen, not who acts.
    """
    bodies = _states_for_bodies(_regional_bodies(text, mentions), gpe)
    ministry_of = _ministries(bodies, gpe)
    actors_all = [m for m in _outermost(bodies) if _is_actor(m, gpe)]
    dated = sorted(((t.start, iso) for t in timexes if (iso := _iso_of(t))), key=lambda x: x[0])
    # the dates later sentences may carry: not "dua hari sebelumnya" inside a sentence
    told = [(t.start, iso) for t in timexes if (iso := _iso_of(t)) and sets_the_time(text, t)]
    recent = _recent_dates(sorted(told, key=lambda x: x[0]), published)
    direct_quotes = sorted((q.start, q.end) for q in quotes if q.kind == "direct")
    out: list[Relation] = []
    acted: dict[str, _Actor] = {}  # the last agent of each class, for "… tersebut"
    ctx = _Context(text)
    ctx.history = _History(text, actors_all)
    ctx.ministry_of = ministry_of
    m_index = t_index = q_index = 0
    previous = 0  # where the sentence before starts
    for sent in split_sentences(text):
        ctx.sentence += 1
        while m_index < len(actors_all) and actors_all[m_index].end <= sent.start:
            m_index += 1
        # quotes do not overlap one another: those ending before the sentence are done
        while q_index < len(direct_quotes) and direct_quotes[q_index][1] <= sent.start:
            q_index += 1
        near_quotes = []
        k = q_index
        while k < len(direct_quotes) and direct_quotes[k][0] < sent.end:
            near_quotes.append(direct_quotes[k])
            k += 1
        while t_index < len(dated) and dated[t_index][0] < sent.start:
            t_index += 1
        ctx.history.bound = m_index  # the actors of the sentences before
        in_sentence = []
        k = m_index
        while k < len(actors_all) and actors_all[k].start < sent.end:
            in_sentence.append(actors_all[k])
            k += 1
        # "kedua negara" stands for the sides named before, in a sentence naming none
        both = not in_sentence and _BOTH_SIDES_RE.search(sent.text) is not None
        if not (in_sentence or both) or sent.text.rstrip("\"'”’)").endswith("?"):
            continue  # a question reports nothing: "Apakah Rusia siap mendukung Korut?"
        sent_dates = []
        k = t_index
        while k < len(dated) and dated[k][0] < sent.end:
            sent_dates.append(dated[k])
            k += 1
        # a sentence dated by a year only ("Tahun ini, …") may still go on with the day
        # told before it (an exercise joined: see _exercise_joined)
        yearly = all(len(d) <= 4 for _, d in sent_dates)
        carried = _neighbour_date(recent, text, sent.start, sent.end) if yearly else None
        ctx.dated_before = (
            not sent_dates and carried is not None and previous <= carried[0][0] < sent.start
        )
        previous = sent.start
        out.extend(
            _sentence_relations(
                sent.text,
                sent.start,
                in_sentence,
                sent_dates,
                near_quotes,
                published,
                acted,
                ctx,
                carried,
            )
        )
        ctx.antecedent = (
            _subject_person(sent.text, sent.start, in_sentence)
            or _office_of_state(sent.text, sent.start, in_sentence, gpe)
            or ctx.antecedent
        )
        ctx.organisation = (
            _subject_person(sent.text, sent.start, in_sentence, "ORG") or ctx.organisation
        )
    return tuple(out)


#: Head words of a state's ministries and departments ("Kementerian Luar Negeri China").
_MINISTRY_HEADS = frozenset("kementerian departemen kemlu kemenlu".split())


def _ministries(mentions: Sequence[Mention], gpe: Collection[str]) -> dict[tuple[int, int], str]:
    """The state each ministry named with its state speaks for, by the ministry's span
    ("Kementerian Perdagangan China" → China). A ministry that acts is its state acting
    (the gold sets code a foreign ministry's protest as its state's protest);
    one acted on stays itself (one meets a ministry's officials)."""
    states = {m.end: m for m in mentions if m.type not in ("PER", "ORG") and _is_actor(m, gpe)}
    out = {}
    for m in mentions:
        state = states.get(m.end) if m.type == "ORG" else None
        ministry = m.text.split()[0].lower() in _MINISTRY_HEADS
        if state is not None and state.start > m.start and ministry:
            out[(m.start, m.end)] = _actor_name(state)
    return out


def _names(m: Mention) -> tuple[str, str]:
    """A mention as written and as resolved ("Chișinău", "Moldova")."""
    return m.text, _actor_name(m)


def _body_of_named_state(m: Mention, named: dict[str, str]) -> Mention:
    """Organisation ``m`` named by the state it is the government or army of, when the
    entity layer took "Pemerintah Venezuela" as one name and the state is named as such
    elsewhere in the article (``named``: lower-case names to the state); else ``m``."""
    words = m.text.split(maxsplit=1)
    if len(words) == 2 and words[0].lower() in _STATE_BODIES:
        state = named.get(words[1].casefold())
        if state is not None:
            return replace(m, entity=state, referent=None)
    return m


def _states_for_bodies(mentions: Sequence[Mention], gpe: Collection[str]) -> list[Mention]:
    """``mentions`` without the organisations that are a state's government or army by
    name ("Pemerintah Jerman", "Militer Israel") and the persons that are only a title
    of the state ("Perdana Menteri Selandia Baru", its holder unnamed or missed): the
    state inside them acts."""
    states = {m.end: m for m in mentions if m.type not in ("PER", "ORG") and _is_actor(m, gpe)}
    # a state's names in the article, as written and as resolved ("Chișinău" → Moldova)
    named = {n.casefold(): _actor_name(m) for m in states.values() for n in _names(m)}
    out = []
    for m in mentions:
        state = states.get(m.end) if m.type in ("PER", "ORG") else None
        if state is None and m.type == "ORG":
            m = _body_of_named_state(m, named)
        if state is not None and state.start > m.start:
            head = m.text[: state.start - m.start].lower().split()
            if m.type == "ORG" and " ".join(head) in _STATE_BODIES:
                continue
            # a title the entity layer resolved to its holder stays the person
            unresolved = _actor_name(m) == m.text
            if m.type == "PER" and unresolved and all(w in _TITLE_WORDS for w in head):
                continue
        out.append(m)
    return out


#: A region's government named before the region: the region acts ("Pemerintah
#: Provinsi Jawa Barat", "Pemprov Jawa Barat").
_REGIONAL_BODY = re.compile(
    r"(?:\bPemerintah\s+(?:Provinsi|Kabupaten|Kota|Daerah)|\bPem(?:prov|kab|kot|da))\s+$"
)


def _regional_bodies(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with the regions named as their government ("Pemerintah Provinsi
    Jawa Barat", "Pemprov Jawa Barat") made organisations over the whole name, named
    by the region: the region's government acts."""
    out = []
    for m in mentions:
        body = (
            _REGIONAL_BODY.search(text, max(0, m.start - 40), m.start) if m.type == "LOC" else None
        )
        if body is not None:
            start = m.start - len(body.group())
            m = replace(m, start=start, text=text[start : m.end], type="ORG", entity=_actor_name(m))
        out.append(m)
    return out


class _History:
    """The actors of an article named before the sentence being read (the first
    ``bound`` of ``actors``), looked back through only on need: most sentences never
    ask."""

    #: How many actors back the look goes.
    REACH = 40

    def __init__(self, text: str, actors: Sequence[Mention]) -> None:
        self._text = text
        self._actors = actors
        self.bound = 0

    def _back(self) -> Iterator[Mention]:
        for k in range(self.bound - 1, max(self.bound - self.REACH, 0) - 1, -1):
            yield self._actors[k]

    def states(self, organisations: bool = True) -> Iterator[str]:
        """The states, and organisations when ``organisations``, named, the last first
        ("kedua pihak"; "kedua negara" are states only)."""
        kinds = ("PER",) if organisations else ("PER", "ORG")
        return (_actor_name(m) for m in self._back() if m.type not in kinds)

    def state_of(self, person: _Actor) -> _Actor:
        """The state named right before ``person`` where the person is named ("Kanselir
        Austria X": Austria), as an actor at the person's place, else ``person``."""
        if not person.person:
            return person
        # where the person is named, or first named (a later "kedua pemimpin")
        starts = [person.start] + [
            m.start for m in self._actors if m.type == "PER" and _actor_name(m) == person.name
        ]
        for m in self._actors:
            if m.type not in ("PER", "ORG") and any(0 <= s - m.end <= 1 for s in starts):
                return replace(person, name=_actor_name(m), person=False)
        return person

    def listed(self, n: int) -> list[str]:
        """The last ``n`` actors named as one list ("A, B, dan C"), else none."""
        back = list(self._back())
        for k in range(len(back) - n + 1):
            run = back[k : k + n][::-1]
            gaps = [self._text[a.end : b.start].strip().lower() for a, b in pairwise(run)]
            if all(g in (",", "dan", ", dan", "serta") for g in gaps):
                return [_actor_name(m) for m in run]
        return []

    def sides_between(self, states: bool = False) -> list[str]:
        """The two sides of the last act told "antara A dan B" (talks, a treaty), which
        "kedua pihak" stands for before the mediators or hosts named after them; states
        only when ``states``; else none."""
        back = list(self._back())
        for later, earlier in pairwise(back):
            gap = self._text[earlier.end : later.start].strip().lower()
            before = self._text[max(0, earlier.start - 12) : earlier.start].split()
            if gap not in ("dan", "dengan") or not before or before[-1].lower() != "antara":
                continue
            if states and any(m.type in ("PER", "ORG") for m in (earlier, later)):
                return []
            return [_actor_name(earlier), _actor_name(later)]
        return []

    def organisations(self) -> Iterator[str]:
        """The organisations named, the last first."""
        return (_actor_name(m) for m in self._back() if m.type == "ORG")

    def of_kind(self, kind: str) -> Iterator[str]:
        """The actors of entity type ``kind`` named, the last first ("kedua
        perusahaan": organisations)."""
        return (
            _actor_name(m)
            for m in self._back()
            if m.type == kind and m.text.split()[0].casefold() not in _PUBLIC_BODIES
        )

    def ruled(self) -> str | None:
        """The state last named after a word for its rulers ("militer Myanmar"), which a
        bare "junta" or "rezim" stands for, else ``None``."""
        for m in self._back():
            before = self._text[max(0, m.start - 20) : m.start].split()
            if m.type not in ("PER", "ORG") and before and before[-1].lower() in _GOVERNMENT:
                return _actor_name(m)
        return None

    def titled(self, title: str) -> str | None:
        """The person last named right after ``title`` ("Presiden Prabowo Subianto"
        for "presiden"), else ``None``."""
        for m in self._back():
            if m.type != "PER" or m.referent is not None:
                continue
            before = self._text[max(0, m.start - 20) : m.start].split()
            if before and before[-1][:1].isupper() and before[-1].lower() == title:
                return _actor_name(m)
        return None


def _subject_person(
    text: str, offset: int, mentions: Sequence[Mention], kind: str = "PER"
) -> _Actor | None:
    """The first person (or organisation, ``kind``) named in the sentence outside a
    prepositional phrase: the one a later pronoun ("Ia …") or description ("lembaga
    itu") most likely stands for."""
    for m in mentions:
        if m.type != kind or m.referent is not None:
            continue
        before = text[: m.start - offset].split()
        if before and before[-1].lower() in _OBLIQUE:
            continue
        return _Actor(_actor_name(m), m.start, m.end, -1, -1, True)
    return None


def _office_of_state(
    text: str, offset: int, mentions: Sequence[Mention], gpe: Collection[str]
) -> _Actor | None:
    """The state whose office opens the sentence when its holder is not recognised
    ("Menteri Pertahanan X <name missed> angkat bicara. Ia mengecam …": the
    office acts for Israel), else ``None``."""
    first = mentions[0] if mentions else None
    if first is None or first.type in ("PER", "ORG") or not _is_actor(first, gpe):
        return None
    title = text[: first.start - offset].split()
    if not title or title[0].lower() not in _TITLES:
        return None
    if len(title) > 4 or not all(w[:1].isupper() and w.isalpha() for w in title):
        return None  # "Menteri Pertahanan X", not a clause before the state
    return _Actor(_actor_name(first), first.start, first.end, -1, -1, True)


def _sentence_relations(
    sentence: str,
    offset: int,
    mentions: list[Mention],
    dates: list[tuple[int, str]],
    direct_quotes: list[tuple[int, int]],
    published: PartialDate | None,
    acted: dict[str, _Actor],
    ctx: _Context,
    carried: tuple[tuple[int, str], bool] | None = None,
) -> list[Relation]:
    toks = [
        _Tok(m.group().lower(), offset + m.start(), offset + m.end(), m.group()[0].isupper())
        for m in _TOKEN.finditer(sentence)
    ]
    if not any(_may_cue(t.text) or t.text == "serupa" for t in toks):
        return []
    starts = [t.start for t in toks]
    actors: list[_Actor] = []
    spans = [(m, _covered(toks, starts, m)) for m in mentions]
    # the tokens of names, needed only to tell a metonym inside a longer name
    metonyms = any(m.referent is not None and m.type not in ("PER", "ORG") for m in mentions)
    named = {i for _, covered in spans for i in covered} if metonyms else set()
    bodies = {c[-1] for m, c in spans if c and m.type == "ORG"} if metonyms else set()
    for m, covered in spans:
        if covered and not _not_actor_here(m, toks, covered[0], named, bodies):
            first = covered[0]
            # A royal or religious title the entity layer keeps out of a person's name
            # ("Presiden UEA Sheikh <Name>") stays in the actor's span, where the title
            # walks ("dan Presiden X <Name>") expect the name to start.
            while (
                m.type == "PER"
                and first > 0
                and toks[first - 1].capital
                and (toks[first - 1].text in _NAME_TITLES)
            ):
                first -= 1
            actors.append(
                _Actor(
                    _actor_name(m),
                    toks[first].start if first < covered[0] else m.start,
                    m.end,
                    first,
                    covered[-1],
                    m.type == "PER" and m.referent is None,
                    m.type == "ORG",
                    ctx.ministry_of.get((m.start, m.end)),
                )
            )
    clause = _Clause(
        toks, actors, ctx.antecedent, organisation=ctx.organisation, history=ctx.history
    )
    quoted = _quoted(sentence, offset, direct_quotes)
    out: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()
    censured: dict[str, _Actor] = {}  # the side each source censured in this sentence
    i = 0
    while i < len(toks):
        if i in clause.actor_at:
            i += 1
            continue
        found = _cue_at(clause, i) or _similar_act(clause, i, ctx)
        if found is None:
            i += 1
            continue
        cue, n = found
        tok = toks[i]
        if any(s <= tok.start < e for s, e in quoted) or not _sense_ok(clause, cue, i, ctx):
            i += n
            continue
        if clause.embedded_act(i, cue.action):
            i += n
            continue
        pairs, lo, confidence = _pairs(clause, cue, i, n)
        if cue is JOINT_EXERCISE and not pairs:
            # a "joint" exercise of one side near another is a show of force at it
            cue = replace(cue, action="posture")
            pairs, lo, confidence = _pairs(clause, cue, i, n)
        judged = clause.anaphoric_act(i + n - 1, acted) if clause.word(i) in _JUDGES else None
        if judged is not None:
            # "menyebut peluncuran itu pelanggaran atas resolusi X": the act's agent is
            # judged, not X
            subjects, lo = clause.subject(i)
            pairs, confidence = [(s, acted[judged]) for s in subjects], 0.5
        if not pairs and cue.voice == "active" and cue.action in _REACTIONS:
            # "Teheran menolak sanksi tersebut": a reaction to the act reported before
            end = i + n - 1
            if cue.action == "threaten" and clause.word(end + 1) in _THREAT_LINK:
                end += 2  # "mengancam akan membalas tarif tersebut": against its agent
            act = clause.anaphoric_act(end, acted)
            met = _met_sides(clause, end, ctx)
            if met:
                # "mengkritik pertemuan tersebut": both sides of the meeting just told
                subjects, lo = clause.subject(i)
                pairs, confidence = [(s, side) for s in subjects for side in met], 0.5
            elif act is not None:
                subjects, lo = clause.subject(i)
                pairs, confidence = [(s, acted[act]) for s in subjects], 0.5
        same_act = False
        if not pairs:
            pairs, same_act = _implicit_target(clause, cue, i, n, acted, ctx)
            confidence = 0.5
        if not pairs and cue.action in _TOLD_AGAIN and cue.voice == "passive":
            # "KPK menangkap mantan direktur … . Tersangka, Heru, diciduk di hotel":
            # an agentless passive right after the same act tells that act again
            same_act = ctx.just_done(cue.action)
            subjects, lo = clause.subject(i) if same_act else ([], lo)
            pairs, confidence = [(acted[cue.action], s) for s in subjects], 0.5
        if not pairs:
            # an act without a target still has an agent a later reaction may point to
            agents = _agents(clause, cue, i, n)
            if agents:
                _record_act(acted, cue.action, agents[0])
                ctx.acted_by(agents[0])
                if cue.voice == "nominal":
                    acted[_noun_key(tok.text)] = agents[0]
                ctx.done(cue.action)
        polarity, modality = clause.flags(min(lo, i - 3), i)
        light = _light_verb(clause, i) if cue.voice == "nominal" else None
        if light is not None and clause.word(light) in _CALLED_OFF:
            polarity = "negative"  # "menunda kunjungan ke X": the visit is not made
        if clause.word(i) in _JOINING and modality != "asserted":
            # "berencana bergabung dengan BRICS": a membership planned is an intent
            cue = replace(cue, action="intend")
        if pairs and _offered(clause, i, cue) and all(t.first > i for _, t in pairs):
            # "Indonesia siap memperdalam kerja sama dengan X": an offer, not the act
            cue, modality = replace(cue, action="intend"), "asserted"
        action = CLASSES[cue.action]
        # the private people of a state named first in a list of targets: all are
        private = any(clause.private_people(t) for _, t in pairs if not t.person)
        joined = _joins_exercise(clause, i) is not None
        # "X, yang menjabat sejak 2024, menyerukan …": the relative clause's date is not the act's
        dates_here = [d for d in dates if not _in_relative_aside(clause, d[0], i)]
        for source, target in pairs:
            own = dates_here
            # a date carried from a neighbour sentence, when this one goes on with it
            # a meeting told right after a dated visit or meeting is part of it ("… ke
            # Hanoi, Senin (3/6/2024). Retno disambut Presiden …")
            visit = cue.action == "consult" and ctx.dated_before and ctx.just_done("consult")
            goes_on = carried is not None and (
                same_act or visit or not carried[1] or _continues(clause, source, ctx.dated_before)
            )
            if not dates_here and carried is not None and goes_on:
                own = [carried[0]]
            elif joined and carried is not None and all(len(d) <= 4 for _, d in dates_here):
                # "Tahun ini, latihan itu juga diikuti …": the day of the exercise told
                own = [carried[0]]
            if own and cue.voice == "passive" and cue.action in _REACTIONS:
                own = _reaction_dates(clause, i, own)
            when, how = _date(tok.start, own, published, cue.action)
            if source.state is not None and source.state != target.name:
                # "Kementerian Luar Negeri Jepang memprotes Seoul": the state speaks
                source = replace(source, name=source.state)
            if cue.action == "threaten" and clause.venue(target):
                # "mengecam X dan mengancam membawa masalah itu ke Mahkamah …": the
                # court is where the matter goes, the threat is aimed at the censured
                if source.name not in censured:
                    continue
                target = censured[source.name]
            key = (source.name, cue.action, target.name)
            if source.name == target.name or source.state == target.name or key in seen:
                # "Kementerian Luar Negeri X memprotes eksekusi warga X": no act on itself
                continue
            if _private(source, target, cue, clause.words(), ctx):
                continue
            if clause.word(i) in _JOINING and (source.person or target.person):
                continue  # "Deulofeu bergabung dengan Milan": a person's move, no tie
            if cue.person_target and not (target.person or clause.nationals(target)):
                continue  # "menahan dua tentara Israel", "menangkap anggota DPR"
            if target.organisation and not cue.org_target:
                continue  # "menyatakan kepada CNN": to the press
            if cue.action in _FILED and clause.venue(target):
                continue  # "menggugat X ke Pengadilan Negeri …": where it is filed
            if clause.word(i) in _CALLING_ON and not _official_call(clause, source, target):
                continue  # "X mendatangi Polda untuk melapor": a complaint, no meeting
            if cue.action in _TIES and not target.person and private:
                continue  # "menjamu investor Qatar (dan X)": not a tie with Qatar
            seen.add(key)
            if cue.action in _CENSURING:
                censured.setdefault(source.name, target)
            ctx.last_target = (target, ctx.sentence)
            ctx.last_pair = (source, target, cue.action, ctx.sentence)
            _record_act(acted, cue.action, source)
            ctx.acted_by(source)
            if cue.voice == "nominal":
                acted[_noun_key(tok.text)] = source  # "latihan militer" → "latihan itu"
            ctx.done(cue.action)
            out.append(
                Relation(
                    source=source.name,
                    action=cue.action,
                    cameo=action.cameo,
                    target=target.name,
                    sentence=sentence,
                    start=offset,
                    end=offset + len(sentence),
                    trigger=sentence[tok.start - offset : toks[i + n - 1].end - offset],
                    date=when,
                    date_source=how,
                    polarity=polarity,
                    modality=modality,
                    confidence=confidence,
                    source_start=source.start,
                    target_start=target.start,
                )
            )
        i += n
    return out


#: How many sentences back a meeting named back ("pertemuan itu") may have been told:
#: a summit's report goes on with its outcome and quotes before the reactions to it.
_MET_REACH = 4


def _met_sides(clause: _Clause, end: int, ctx: _Context) -> list[_Actor]:
    """The two sides of the meeting or agreement a reaction ending at ``end`` names back
    ("mengkritik pertemuan tersebut", "menolak kesepakatan itu"): those of the last
    symmetric act told in this sentence or the four before, else none."""
    k = end
    while clause.word(k + 1) in _MANNER:
        k += 1
    cue = LEXICON.get(clause.word(k + 1))
    if cue is None or cue.voice != "nominal" or not CLASSES[cue.action].symmetric:
        return []
    if not {clause.word(k + 2), clause.word(k + 3)} & _ANAPHOR or ctx.last_pair is None:
        return []
    source, target, action, told = ctx.last_pair
    if not CLASSES[action].symmetric or ctx.sentence - told > _MET_REACH:
        return []
    # a leader named with the state ("Perdana Menteri Jepang X") met for the state
    return [ctx.history.state_of(side) for side in (source, target)]


def _reaction_dates(clause: _Clause, i: int, dates: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The dates of a passive reaction at token ``i`` to an act named by the noun that
    opens its sentence: not those inside that subject ("Serangan X ke Y pada Rabu
    (…) dikecam Z": Wednesday is the attack's day, the reaction is reported later)."""
    cue = LEXICON.get(clause.word(0))
    if cue is None or cue.voice != "nominal":
        return dates
    return [(at, iso) for at, iso in dates if at >= clause.toks[i].start]


#: A light verb of being caught up in a clash between its coordinated subjects
#: ("A dan B terlibat bentrokan"): the act goes both ways.
_ENGAGED = frozenset({"terlibat"})
#: Verbs of calling on a body in person ("mendatangi Kementerian X").
_CALLING_ON = frozenset("mendatangi menyambangi".split())


def _official_call(clause: _Clause, source: _Actor, target: _Actor) -> bool:
    """Whether a call in person is a meeting: made by a body, a state or an office
    holder (an office word in the capitalised words before the person: "Bupati X, <nama>"),
    and not on a court or the police (where a private visitor files a report)."""
    first = target.name.split()[0].casefold() if target.name else ""
    if first in _VENUES or target.person:
        return False
    if not source.person:
        return True
    # "Bupati X <nama>", "Bupati X, <nama>,": past the office's place and a comma
    k = source.first - 1
    while k >= max(0, source.first - 6) and (clause.toks[k].capital or clause.word(k) == ","):
        if clause.word(k) in _OFFICE_TITLES:
            return True
        k -= 1
    return False


def _in_relative_aside(clause: _Clause, at: int, i: int) -> bool:
    """Whether the date at character ``at`` stands in a relative clause set off by
    commas (", yang …,") that closes before the cue at token ``i``: "Presiden X, yang
    menjabat sejak 2024, menyerukan …" is not dated by "2024"."""
    k = next((j for j, t in enumerate(clause.toks) if t.start <= at < t.end), None)
    if k is None or k >= i:
        return False
    for j in range(k - 1, -1, -1):
        if clause.word(j) == "yang" and clause.word(j - 1) == ",":
            return any(clause.word(c) == "," for c in range(k + 1, i))
        if clause.word(j) in (",", ";", ":"):
            return False
    return False


def _record_act(acted: dict[str, _Actor], action: str, agent: _Actor) -> None:
    """Record ``agent`` as the last to do an act of ``action``, and of any class unless
    the act is a verbal protest told after another act: "mengecam tindakan itu" after a
    summons and a protest censures the act they protest, not the protest."""
    acted[action] = agent
    if action not in _PROTESTS or _ANY_ACT not in acted:
        acted[_ANY_ACT] = agent


def _covered(toks: list[_Tok], starts: list[int], m: Mention) -> list[int]:
    """The indices of the tokens mention ``m`` covers."""
    covered = []
    for i in range(max(bisect_right(starts, m.start) - 1, 0), len(toks)):
        if toks[i].start >= m.end:
            break
        if toks[i].end > m.start:
            covered.append(i)
    return covered


def _act_noun(word: str) -> bool:
    """Whether ``word`` (lower case) is an act's noun in the lexicon ("kecaman")."""
    cue = LEXICON.get(word)
    return word in _ACT_NOUNS | _PROPOSAL_NOUNS or (cue is not None and cue.voice == "nominal")


def _not_actor_here(
    m: Mention, toks: list[_Tok], first: int, named: set[int], bodies: Collection[int] = ()
) -> bool:
    """Whether a state's name at token ``first`` is not the state here: a language
    ("bahasa Indonesia"), a metonym that ends a longer name the entity layer missed
    ("Klub Seoul" is a club, not South Korea; titles such as "Presiden" excepted, and an
    act's noun or a state's forces opening the sentence: "Kecaman Kremlin terhadap …",
    "Langkah Beijing", "Kapal Beijing" are the state's), or a capital right after an
    organisation's name (token ends in ``bodies``), its seat: "Pengadilan Negeri
    Jakarta", "Pengadilan Tinggi Tokyo"."""
    if m.type in ("PER", "ORG") or first == 0:
        return False
    before = toks[first - 1]
    if before.text in _NOT_A_STATE:
        return True
    metonym = m.referent is not None and m.referent != (m.entity or m.text)
    if metonym and first - 1 in bodies:
        return True
    return (
        metonym
        and before.capital
        and before.text.isalpha()
        and first - 1 not in named
        and before.text not in _TITLES | _GOVERNMENT | _CALENDAR
        and not _act_noun(before.text)
        and before.text not in _FORCES
        and not (first >= 2 and toks[first - 2].text in _SENTENCE_END)
    )


#: How far before publication a date may lie and still date the sentences after it:
#: the days a news report covers; older dates are background ("pada 2019").
_NEWS_DAYS = 31
#: How far after a sentence a date of the next one may date it (characters).
_NEXT_DATE = 300


def _recent_dates(
    dated: list[tuple[int, str]], published: PartialDate | None
) -> list[tuple[int, str]]:
    """The dates of the article that lie in the days the report covers (up to
    :data:`_NEWS_DAYS` before publication, none after it)."""
    if published is None or published.day is None:
        return []
    day = date(published.year, published.month or 1, published.day)
    lo = (day - timedelta(days=_NEWS_DAYS)).isoformat()
    hi = day.isoformat()
    return [(at, iso) for at, iso in dated if lo[: len(iso)] <= iso <= hi[: len(iso)]]


def _neighbour_date(
    recent: list[tuple[int, str]], text: str, start: int, end: int
) -> tuple[tuple[int, str], bool] | None:
    """The date a sentence that names none may take, and whether it comes before it:
    the report's last recent date before it ("… Senin (8/1/2024). Ia kemudian bertemu
    …"; see :func:`_continues` for when it is taken), else the date of the next sentence
    when that one goes on with this one's act: a quote that tells it, or a noun pointing
    back ("Presiden meminta …. Permintaan **itu** disampaikan … Selasa (17/10/2023)")."""
    k = bisect_right(recent, (start, "")) - 1
    if k >= 0:
        return recent[k], True
    after = next((d for d in recent if d[0] >= end), None)
    if after is None or after[0] - end >= _NEXT_DATE:
        return None
    opening = text[end : end + 60].lstrip()
    words = opening.lower().split()[:3]
    back = opening[:1] in _QUOTE_CHARS or set(words) & _ANAPHOR or _reports_back(words)
    return (after, False) if back else None


def _reports_back(words: list[str]) -> bool:
    """Whether a sentence opening with ``words`` tells how the act just told was made
    known or done: a noun of the act, then its passive verb ("Pengumuman disampaikan
    …", "Persetujuan diumumkan …"), or the meeting it was told at ("Dalam pertemuan
    dengan …")."""
    if len(words) < 2:
        return False
    noun, verb = words[0], words[1]
    meeting = LEXICON.get(verb)
    if noun == "dalam" and meeting is not None and meeting.action == "consult":
        return meeting.voice == "nominal"  # "Dalam pertemuan dengan X, Sabtu (…)"
    nominal = noun.startswith(("pe", "ke")) and noun.endswith("an") and len(noun) >= 8
    # a ruling read ("Putusan diucapkan …") tells when the court decided
    nominal = nominal or noun in _RULINGS
    # one word may name what the act concerns ("Pembekuan rekening diumumkan …")
    return nominal and any(v.startswith("di") and len(v) >= 6 for v in words[1:3])


def _continues(clause: _Clause, source: _Actor, dated_before: bool = False) -> bool:
    """Whether a sentence goes on with the occasion told before it, so that it shares
    its date: its subject is a pronoun ("Ia kemudian bertemu …") or it opens by pointing
    back to the occasion ("Dalam kesempatan itu", "Pada hari yang sama", "Kedua
    pemimpin", "Penandatanganan itu …"). A new actor's reaction ("Teheran menolak
    sanksi tersebut") is dated by the report."""
    if source.first == source.last and clause.word(source.first) in _PRONOUNS:
        return dated_before
    if source.first < source.last and clause.word(source.last) in _ANAPHOR:
        return True  # "lembaga antirasuah itu juga menahan …"
    if clause.word(1) in _ANAPHOR:  # "Penandatanganan itu disaksikan …"
        return True
    if clause.word(0) in _OCCASION_PREP and clause.word(2) in _ANAPHOR:
        return True  # "Dalam percakapan itu, X mengundang …": the occasion just told
    if dated_before and clause.word(source.last + 1) == "juga":
        # "… Senin (3/6/2024). Tokyo juga mengusir dua atase": a further step
        # told right after a dated one, on its day
        return True
    return any(clause.word(j) in _SAME_OCCASION for j in range(5))


def _date(
    at: int, dates: list[tuple[int, str]], published: PartialDate | None, action: str = ""
) -> tuple[str | None, Literal["clause", "article"] | None]:
    """The relation's date: the nearest date of its sentence (or the one it takes from
    its neighbours, :func:`_neighbour_date`), else the publication date. A promise or an
    offer is dated when made: a later date in its clause is the promised act's
    ("menjanjikan bantuan … pada tahun depan")."""
    if dates:
        when = min(dates, key=lambda d: abs(d[0] - at))[1]
        future = published is not None and when > published.iso[: len(when)]
        if not (action == "intend" and future):
            return when, "clause"
    if published is not None:
        return published.iso, "article"
    return None, None
