"""Sentence shapes around a reporting cue, for the finders of :mod:`warta.nlp.quotes.extract`.

From one sentence's text (quotes masked) and a cue's position these decide whether what
follows the cue is reported content (a clause with a subject and a verb, a state, a
promise) or something else (a directive to others, a recorded figure, a role
appositive), and hold the patterns the finders match: the leading, trailing and
parenthetical cue shapes, ``menurut X``, the colon cue (``Budi: "..."``), imitation and
voicing phrases. Pure functions and compiled patterns; no article state.
"""

from __future__ import annotations

import re

from warta.nlp.quotes.cues import (
    COMPLAINT_VERBS,
    DIRECTIVE_VERBS,
    PASSIVE_CUES,
    QUOTE_VERB_FIRST,
    VERB_FIRST_RE,
)
from warta.nlp.quotes.speakers import (
    Who,
    is_collective,
    parse_after,
    parse_phrase,
    parse_subject,
)

#: An active verb: a "me-" or "ber-" word, or one of the "ber-" verbs written "be-"/"bel-"
#: before their stem ("belajar", "bekerja", "beternak", "bepergian": "memastikan murid
#: untuk sementara belajar di aula" has its verb as much as "... berlatih di aula").
_ACTIVE_VERB = r"(?:(?:me|ber)[a-z]{3,}|be(?:lajar|kerja|ternak|pergian))"
#: One word of a clause; words joined by a slash are one ("kabupaten/kota", "dan/atau":
#: the writer's shorthand for two alternatives standing in one slot).
_WORD = r"[\w-]+(?:/[\w-]+)?"
#: A word that makes the text after ", kata X," a clause rather than a role appositive.
_CLAUSE_WORD = re.compile(
    r"\b(?:akan|telah|sudah|tidak|tak|masih|bisa|dapat|harus|yang|me\w{3,}|ber\w{3,}|di\w{2,}kan)\b"
)
#: A clause right after a weak verb: "X mengakui lini belakang sempat goyah", "X
#: memastikan kapten tim, Andika, akan pulih" (an auxiliary within the next six words,
#: commas allowed), not a noun object ("mengakui kesalahannya").
_CLAUSE_SOON = re.compile(
    # Not across "yang": "mengumumkan pembentukan usaha patungan yang akan ..." is a noun
    # object and its relative clause.
    rf"\s+(?:(?!yang\b){_WORD},?\s+){{0,5}}"
    r"(?:sempat|sudah|telah|akan|masih|tidak|tak|belum|harus|bisa|dapat|sedang|perlu|mesti|pernah|menjadi|tetap|wajib|merupakan|adalah"
    # "hanya" limits a verb as "tidak" negates one: "mengingatkan lonjakan itu biasanya
    # hanya bertahan sepekan" (not a way limited: "masuk hanya lewat pintu utama",
    # "hanya melalui ...").
    r"|hanya(?=\s+(?!(?:melalui|menuju|mengenai|menurut|menjelang|bersama|berkat)\b)"
    r"(?:me|ber|di|ter)[a-z]{3,}\b)"
    # "bukan" negates a noun predicate as "tidak" a verb: "mengingatkan lomba itu bukan
    # ajang pamer" (a noun object is never followed by it).
    r"|bukan)\b"
)
#: Verbs of state without a "me-"/"ber-" prefix, the predicate of a clause: "skuadnya
#: kewalahan", "kampungnya kebanjiran" (see :data:`_STATE_VERB_SOON`).
_STATE_PREDICATE = (
    r"(?:kehilangan|kekurangan|kesulitan|kewalahan|kelelahan"
    r"|kebanjiran|kehabisan|ambruk|roboh|runtuh|hanyut|tenggelam|terbakar|terpaksa"
    # The adversative "ke-...-an" verbs, what befalls or weighs on the subject: "mengakui
    # sebagian pedagang keberatan", "bercerita anaknya ketakutan" (not after a quantifier,
    # where the same word is a noun: "menerima sejumlah keberatan").
    r"|(?<!sejumlah )(?<!beberapa )(?<!berbagai )(?<!banyak )(?<!ada )(?<!sebagian )"
    r"(?:keberatan|ketakutan|kebingungan|kesakitan|kelaparan|kehausan|kedinginan|kepanasan"
    r"|kehujanan|kecurian|kemalingan|kecopetan|kerampokan|ketinggalan|kerepotan|kesusahan"
    r"|kecolongan|keracunan|kemasukan|kebakaran)"
    # A feeling as the predicate: "mengakui sebagian warga kecewa", "bercerita anaknya
    # takut" (not the feeling named: "rasa kecewa", "perasaan takut").
    r"|(?<!rasa )(?<!perasaan )(?<!sikap )(?<!raut )(?<!wajah )(?<!nada )(?<!ekspresi )"
    r"(?:kecewa|khawatir|cemas|resah|gelisah|takut|panik|trauma|bingung|sedih|marah|kesal"
    r"|senang|gembira|lega|bangga|puas|waswas)"
    # Predicates of assurance: "memastikan jadwal penerbangan sesuai rencana",
    # "memastikan stok beras aman".
    r"|sesuai|aman|tersedia|terkendali|terjamin|lancar"
    # A vessel's, a structure's or a service's failure: "bercerita kapal oleng setelah
    # ...", "mengakui tanggul jebol", "mengeluh listrik padam".
    r"|oleng|karam|bocor|jebol|retak|longsor|tumbang|padam|macet|mogok|amblas"
    # A thing lost or gone: "bercerita motornya raib saat ...", "mengaku dompetnya hilang"
    # (not the noun "orang hilang", a missing person).
    r"|raib|lenyap|(?<!orang )hilang"
    # An illness as the predicate: "mengeluh cucunya demam sejak ...", "bercerita anaknya
    # muntah".
    # (Not a disease named after a noun: "tujuh kasus demam kuning", "gejala batuk".)
    r"|(?<!kasus )(?<!penyakit )(?<!wabah )(?<!gejala )(?<!obat )(?<!pasien )(?<!penderita )"
    r"(?:batuk|demam|pilek|sesak|muntah|diare|pingsan|lemas|pusing|mual|kejang))"
)
#: A verb of state after a subject of one to three words makes a clause of them:
#: "mengakui skuadnya kewalahan", "bercerita kampungnya kebanjiran".
_STATE_VERB_SOON = re.compile(r"\s+(?:[a-z][\w-]*(?:/[\w-]+)?\s+){1,3}" + _STATE_PREDICATE + r"\b")
#: A relative clause of age after a clause's subject ("anaknya yang berusia empat
#: tahun baru dinyatakan sembuh"): skipped, the predicate follows it.
_AGE_RELATIVE = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){1,2}yang\s+(?:baru\s+)?(?:berusia|berumur)\s+\S+"
    r"(?:\s+(?:tahun|bulan|hari|minggu|pekan))?(?=\s)"
)
#: The predicate after that relative clause: up to two adverbs, then a verb
#: ("baru dinyatakan sembuh") or a verb of state ("tiba-tiba demam dan menangis").
_PREDICATE_AFTER_AGE = re.compile(
    rf"\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{_ACTIVE_VERB}|di(?!ri)[a-z]{{4,}}|"
    + _STATE_PREDICATE
    + r")\b"
)
#: An existential clause right after a weak verb: "mengakui ada 300 ton beras rusak";
#: or what occurred, "terjadi" before its subject: "mengakui terjadi salah hitung di
#: dua TPS" (not the noun "terjadinya ...").
_EXISTENTIAL = re.compile(r"\s+(?:masih\s+|memang\s+|tidak\s+)?(?:ada|terjadi)\s+(?!yang\b)[a-z\d]")


#: Prepositions and nouns shaped like verbs ("melalui media sosial", "mereka", "berita",
#: "di menit akhir") are no verb of a clause.
_NOT_A_VERB = (
    r"(?!(?:melalui|menuju|mengenai|menurut|menjelang|bersama|berkat|mereka|memang|media"
    r"|menit|meter|meja|menteri|merek|mesin|metode|berita|beras|berat|berbagai|berikut)\b)"
)


#: A word of a clause's subject: no subordinator, preposition or conjunction, which
#: would open a phrase of its own rather than go on naming the subject.
_PLAIN_SUBJECT_WORD = (
    r"(?!(?:sebelum|setelah|sesudah|saat|ketika|karena|yang|untuk|dan|di|ke|dari|pada"
    r"|dengan|agar|supaya|usai|seusai|selepas|sambil|seraya|lewat|melalui|tentang|soal"
    r"|mengenai|atas|terkait|kepada|bagi)\b)[a-z][\w-]*\s+"
)
#: A subject of one to three words and its verb, no subordinate clause between them
#: ("bercerita ia menumpang truk ..."; not "membenarkan posisi duduknya sebelum rapat
#: dimulai", where the verb is the subordinate clause's).
_SUBJECT_VERB = re.compile(
    rf"\s+(?:{_PLAIN_SUBJECT_WORD}){{1,5}}"
    + _NOT_A_VERB
    + rf"(?:{_ACTIVE_VERB}|di(?!ri)[a-z]{{4,}})\b"
)
#: A place of one to three words placed by "di"/"dari", then an active verb: the tail of a
#: subject placed where it is ("sejumlah perawat di puskesmas terpencil memilih ...").
_PLACE_THEN_VERB = r"(?:di|dari)\s+(?:[A-Za-z][\w-]*\s+){1,3}" + _NOT_A_VERB + rf"{_ACTIVE_VERB}\b"
#: A subject of one to three words placed by "di"/"dari" and its active verb, after a weak
#: verb of admitting or telling: "mengakui sejumlah perawat di puskesmas terpencil
#: memilih pindah" (the subject's words no preposition or subordinator, so "bercerita
#: saat di kapal menunggu ..." is no clause).
_PLACED_SUBJECT_VERB = re.compile(rf"\s+(?:{_PLAIN_SUBJECT_WORD}){{1,3}}{_PLACE_THEN_VERB}")


#: A subject of up to eight words (places and acronyms inside it: "perbaikan jembatan di
#: desanya", "stok beras di gudang Bulog") and its predicate: a verb with "ter-"
#: ("tersendat", "terlempar"), a verb of change ("turun", "cair", "pulih"), "dalam
#: kondisi ...", "belum"; never across a subordinator, "yang" or a comma. Superlatives and
#: prepositions with "ter-" ("terbaik", "terhadap") are no predicate. Adjectives of
#: condition ("rusak", "normal", "cukup") also modify a noun ("jalan rusak"): they are
#: a predicate after a subject of two words or more, after an adverb ("hanya cukup") or
#: before "kembali" ("normal kembali").
_SUBJECT_WORD = (
    r"(?:(?!(?:yang|untuk|agar|supaya|karena|sebelum|setelah|sesudah|saat|ketika|dengan"
    r"|sambil|seraya|bahwa|atas|terhadap|tentang|soal|mengenai)\b)[\w()/.-]+\s+"
    # An acronym in brackets glosses the words before it and adds no word to the
    # subject: "stok pupuk bersubsidi (PSO) di kios resmi ...".
    r"(?:\([A-Z][A-Za-z0-9-]+\)\s+)?)"
)
# "rawan" (exposed to danger) and "gratis" (free of charge) likewise: "mengakui jalur
# lingkar itu rawan bagi truk", "memastikan kios di pasar baru gratis hingga Desember".
_CONDITION = r"(?:rusak|penuh|habis|normal|cukup|siap|aman|lancar|rawan|gratis)"
#: A quantity: a figure or a number word ("dua orang", "12 unit", "separuh").
_QUANTITY = (
    r"(?:\d[\d.,]*|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|separuh|setengah)"
)
#: A currency before a figure ("Rp4,2 juta", "US$ 3"), the figure an amount of money.
_MONEY = r"(?:Rp\.?\s?|US\$\s?)"
_PREDICATE_SOON = re.compile(
    rf"\s+(?:{_SUBJECT_WORD}{{1,8}}"
    r"(?:ter(?!(?:hadap|tentu|kait|utama|akhir|masuk|sebut|diri|lebih|baik|besar|kecil|banyak"
    r"|tinggi|rendah|buruk|dekat|jauh|murah|mahal|cepat|lama|baru|kini|padu|percaya|muda|tua"
    r"|luas|penting|kenal|sedia|bukti|buka)\b)[a-z]{4,}"
    r"|belum|turun|naik|jatuh|anjlok|merosot|melonjak|susut|surut|pulih|cair|rampung|selesai"
    r"|tuntas"
    # verbs of a match's or a contest's outcome: "mengakui tim tamu tampil lebih disiplin"
    r"|tampil|kalah|menang|gagal|lolos|mundur"
    r"|dalam\s+(?:kondisi|keadaan))"
    # A verb of arrival after a subject with no agent in it: "mengakui keluhan warga
    # datang dari tiga desa" (not "membalas kekalahan oleh X datang di ...", a
    # noun phrase); entering likewise: "bercerita lumpur masuk ke dapurnya", "memastikan
    # Yoga masuk skuad inti"; and leaving: "bercerita istrinya keluar rumah untuk ...",
    # "mengaku adiknya pergi sejak pagi" (not an exit named: "pintu keluar", "jalur keluar").
    r"|(?:(?!oleh\b)" + _SUBJECT_WORD + r"){1,8}"
    r"(?:datang|tiba|muncul|masuk|(?<!pintu )(?<!jalur )(?<!jalan )(?:keluar|pergi|pulang|kabur))"
    rf"|{_SUBJECT_WORD}{{2,8}}{_CONDITION}"
    rf"|{_SUBJECT_WORD}{{1,8}}(?:hanya|sudah|masih|baru|mulai)\s+{_CONDITION}"
    rf"|{_SUBJECT_WORD}{{1,8}}{_CONDITION}\s+kembali"
    # A quantity as the predicate after "hanya"/"cuma": "mengakui jumlah petugas di
    # lapangan hanya dua orang".
    # Or "masih" before a figure: "memastikan cadangan gula nasional masih 2 juta ton".
    # Or "baru", the amount reached so far: "mengakui realisasi proyek di desanya baru 40
    # persen"; a round figure may be hedged ("baru sekitar 40 persen", "hanya kira-kira
    # separuh").
    rf"|{_SUBJECT_WORD}{{2,8}}(?:hanya|cuma|tinggal|masih|baru)\s+"
    rf"(?:sekitar\s+|kira-kira\s+|sekira\s+)?{_MONEY}?{_QUANTITY}"
    # Or "kini"/"sekarang" before a figure, the amount it has come to: "bercerita
    # iurannya kini Rp300 ribu", "mengaku utangnya sekarang 12 juta".
    rf"|{_SUBJECT_WORD}{{1,8}}(?:kini|sekarang)\s+{_MONEY}?{_QUANTITY}"
    # A comparison as the predicate: "mengakui pembagian pupuk tahun ini lebih ketat".
    rf"|{_SUBJECT_WORD}{{2,8}}(?:lebih|makin|semakin|kian)\s+[a-z]{{3,}}"
    # Or a standing measured against another, below, above or far from it: "mengakui
    # upah buruh di sektor itu jauh di bawah UMK", "memastikan inflasi masih di atas
    # target", "mengakui hasilnya jauh dari harapan".
    rf"|{_SUBJECT_WORD}{{1,8}}(?:jauh\s+(?:di\s+(?:bawah|atas)|dari)"
    r"|(?:masih|tetap|selalu)\s+di\s+(?:bawah|atas)))\b"
)


#: A noun subject of up to nine words (its modifiers, places and times inside: "kuota
#: beras murah untuk Kabupaten X tahun ini"), then a negation or an auxiliary and the verb
#: it governs: "memastikan kuota ... tidak dipotong". A subject holds no verb of its own
#: and no clause boundary (a comma, "yang", a conjunction or a subordinator), so a verb
#: after them ("mengakui kesalahan saat menghadapi tim yang tidak ...") is not its.
_LONG_SUBJECT_AUXILIARY = re.compile(
    r"\s+(?:(?!(?:yang|dan|atau|serta|tetapi|namun|karena|agar|supaya|sebelum|setelah|sesudah"
    r"|saat|ketika|bahwa|sambil|seraya|jika|kalau|bila|apabila|sejak|hingga|sehingga)\b)"
    r"(?!(?:me|ber|di|ter)[a-z]{3,}\b)[\w()/.-]+\s+){1,9}"
    # "terus" before a verb, a change going on: "mengakui jumlah pelanggan di kotanya
    # terus berkurang".
    r"(?:tidak|tak|belum|akan|sudah|telah|masih|harus|bisa|dapat|tetap|terus)\s+"
    r"(?:(?:me|ber|di|ter)[a-z]{3,}|naik|turun|berubah|cukup|aman)\b"
)


#: A subject closed by a demonstrative and a predicate of truth or ownership ending the
#: clause: "memastikan kabar itu bohong", "mengakui tulisan di spanduk tersebut
#: miliknya" (a demonstrative ends a noun phrase, so the word after it is no modifier:
#: not "membantah kabar bohong itu").
_DEMONSTRATED_PREDICATE = re.compile(
    rf"\s+(?:(?!(?:me|ber|di)[a-z]{{3,}}\b){_SUBJECT_WORD}){{1,6}}?(?:itu|tersebut|ini)\s+"
    r"(?:hoaks|hoax|bohong|palsu|keliru|fitnah|fiktif|benar|asli|sah|milik(?:nya|\s+[\w-]+))"
    r"(?=\s*(?:[.,;!?]|$))"
)


#: A figure with its decimal or thousands marks ("2,5", "1.200"), or a range of two
#: ("2,5 hingga 4", "10-15"): one quantity, one word of a clause. The comma inside a
#: figure is no clause boundary, and "hingga"/"sampai" between two figures no
#: subordinator ("muka air 1,5 sampai 3 meter masih bisa naik ...").
_FIGURE_WORD = r"\d+(?:[.,]\d+)*"
_FIGURE_OR_RANGE = re.compile(
    rf"{_FIGURE_WORD}(?:\s*[-–]\s*{_FIGURE_WORD}|\s+(?:hingga|sampai)\s+{_FIGURE_WORD})?"
)


def _figures_folded(sent: str, at: int) -> str:
    """``sent`` with each figure or range of figures after ``at`` written as one digit, so
    the shapes after a cue count it as one word: "... 1,5 sampai 3 meter ..." reads
    "... 0 meter ..."."""
    return sent[:at] + _FIGURE_OR_RANGE.sub("0", sent[at:])


#: A focus aside between commas inside a clause: "mengimbau pendaki, terutama dari luar
#: daerah, memakai porter" (the addressee narrowed; the clause goes on after it).
_FOCUS_ASIDE = re.compile(
    r",\s+(?:terutama|khususnya|utamanya|termasuk)\s+[^,.;:!?\x01\"“”]{1,60},(?=\s)"
)


def _asides_blanked(sent: str, at: int) -> str:
    """``sent`` with each focus aside after ``at`` blanked (lengths kept), so the shapes
    after a cue read the clause around it.

    >>> _asides_blanked("meminta warga, terutama lansia, memakai masker", 7).split()
    ['meminta', 'warga', 'memakai', 'masker']
    """
    return sent[:at] + _FOCUS_ASIDE.sub(lambda m: " " * len(m.group(0)), sent[at:])


#: A name of one to three capitalised words (no day) and its verb, active or passive,
#: after a weak verb: "bercerita Budi ditemukan di balik batu", "mengakui Persib bermain
#: buruk".
_NAMED_SUBJECT_VERB = re.compile(
    r"\s+(?!(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b)(?:[A-Z][\w'’-]*\s+){1,3}"
    + _NOT_A_VERB
    + rf"(?:{_ACTIVE_VERB}|di(?!ri)[a-z]{{4,}})\b"
)


#: A clause with the teller as its left-out subject, a journey: a verb of going and where
#: ("bercerita berangkat ke Batam lewat Dumai", "mengaku pulang dari Malaysia"): Indonesian
#: drops the subject a clause shares with the verb of telling; a noun object has no
#: direction after it.
_JOURNEY_TOLD = re.compile(
    r"\s+(?:baru\s+|lalu\s+)?(?:berangkat|pergi|pulang|datang|tiba|kabur|merantau|pindah)"
    r"\s+(?:ke|dari|lewat|melalui|menuju)\s"
)


def _clause_after(sent: str, at: int) -> bool:
    """True when a clause (a subject and its verb, or an auxiliary) follows a weak verb
    of telling or admitting at ``sent[at:]``: "bercerita ia menumpang truk ...",
    "mengakui skuadnya kewalahan ...", "mengakui lini belakang sempat goyah"; not a noun
    object ("mengakui kesalahannya", "bercerita tentang masa kecilnya")."""
    if sent[at : at + 1] == ",":
        at += 1  # "Namun ia mengeluh, harga pupuk naik ...": a comma before the clause
    if re.match(r"\s+(?:tentang|soal|mengenai|kepada)\b", sent[at:]):
        return False
    sent = _asides_blanked(_figures_folded(sent, at), at)
    patterns = (
        _CLAUSE_SOON,
        _SUBJECT_VERB,
        _PLACED_SUBJECT_VERB,
        _NAMED_SUBJECT_VERB,
        _STATE_VERB_SOON,
        _EXISTENTIAL,
        _PREDICATE_SOON,
        _LONG_SUBJECT_AUXILIARY,
        _DEMONSTRATED_PREDICATE,
        _JOURNEY_TOLD,
    )
    if (age := _AGE_RELATIVE.match(sent, at)) is not None:
        # The predicate after the subject's age: " baru dinyatakan sembuh".
        return _PREDICATE_AFTER_AGE.match(sent, age.end()) is not None
    return any(p.match(sent, at) for p in patterns)


#: A clause after a verb of assurance or suspicion: a subject of one to four words and
#: its verb, active or passive ("menduga truk itu kehilangan ...", "memastikan pasokan
#: beras gudang mencukupi", "memastikan semua ongkos pengobatan warga ditanggung ...").
_VERB_SOON = re.compile(
    # A name inside the subject too: "memastikan jadwal Piala Soeratin digeser ...".
    # Or a place after it: "memastikan stok di gudang lini III mencukupi".
    # Words joined by a slash are one: "pemerintah kabupaten/kota ikut menyalurkan".
    r"\s+(?:[a-z][\w-]*\s+)(?:[A-Za-z][\w-]*(?:/[\w-]+)?\s+){0,4}"
    + _NOT_A_VERB
    + rf"(?:{_ACTIVE_VERB}|di(?!ri)[a-z]{{4,}})\b"
    # Or a noun of up to three words placed by "di"/"dari" and a place of up to three:
    # "memastikan semua pompa air di Kota Lama berfungsi" (no relative clause inside).
    + r"|\s+(?:(?!yang\b)[a-z][\w-]*\s+){1,3}"
    + _PLACE_THEN_VERB
    # Or a body's name of one to four capitalised words as the subject: "berharap
    # Pemkab Klaten membantu ...", "memastikan PT Pos Indonesia menambah ...",
    # a club or a person by one name ("berharap Persija mempertahankan ...").
    + r"|\s+(?:[A-Z][\w-]*\s+){1,4}"
    + _NOT_A_VERB
    + rf"{_ACTIVE_VERB}\b"
)
#: A state assured after a subject of up to five words: "memastikan stok logistik untuk
#: pengungsi cukup", "memastikan pasokan listrik ke rumah sakit aman"; or of up to eight
#: holding an acronym or a place, never across a subordinator or "yang": "memastikan
#: stok solar dan LPG di depo Tenau mencukupi".
_ASSURED_STATE = re.compile(
    r"\s+(?:(?:[a-z][\w-]*\s+){1,5}"
    rf"|{_SUBJECT_WORD}{{1,8}})(?:cukup|mencukupi|aman|tersedia|terkendali|terjamin)\b"
)
#: Or a longer subject (up to fourteen words: places, acronyms and dates in brackets
#: inside it) and a passive verb: "memastikan pemilihan kepala desa (pilkades) di 9 dusun di
#: Kecamatan X digelar Sabtu"; never across "yang", a subordinator or a comma.
_PASSIVE_AFTER_LONG_SUBJECT = re.compile(rf"\s+{_SUBJECT_WORD}{{5,14}}di(?!ri\b)[a-z]{{4,}}\b")
#: Or a subject listing its nouns, commas and a closing "dan"/"serta", then its verb:
#: "memastikan biaya sepatu, tas, dan buku tulis ditanggung ...", "menduga sopir, kernet,
#: serta penumpang bus selamat ..." (a comma elsewhere ends the clause).
_LISTED_SUBJECT_CLAUSE = re.compile(
    rf"\s+{_SUBJECT_WORD}{{0,4}}(?:[\w-]+,\s+){{1,4}}(?:dan|serta)\s+{_SUBJECT_WORD}{{1,6}}"
    rf"(?:di(?!ri\b)[a-z]{{4,}}|{_ACTIVE_VERB})\b"
)
#: No noun of an act ("penutupan", "pemberian", "perbaikan"): what is asked for, no
#: addressee.
_NO_ACT_NOUN = r"(?!pe[a-z]{3,}an\b)"
#: What is asked after a verb of request or appeal: "agar"/"supaya"/"untuk"/"segera"
#: within seven words ("mengimbau warga yang tinggal di bantaran sungai untuk ..."), not
#: a thing asked for ("meminta maaf", "meminta keterangan").
_DIRECTIVE_MARKER = re.compile(
    r"\s+(?!(?:maaf|izin|keterangan|waktu|uang|jatah|bagian)\b)"
    rf"(?:{_WORD},?\s+){{0,6}}?(?:agar|supaya|untuk|segera|tetap|tidak|jangan)\b"
)
#: Or an object of one to three words (a body's name too) and its verb ("mengimbau
#: pengendara mematuhi ...", "mendesak Badan Pengawas Obat menarik ..."); or an object
#: of up to four words joining the act ("mengajak warga dan pemilik toko ikut menjaga",
#: "turut bergotong royong"): "ikut"/"turut" mark the act even before an unprefixed verb.
_DIRECTIVE_CLAUSE = re.compile(
    rf"\s+(?:{_WORD}\s+){{1,3}}(?:juga\s+|tidak\s+|tetap\s+)?{_ACTIVE_VERB}\b"
    # Two addressees joined by "dan" ("mengimbau sekolah dan panitia wisata memeriksa
    # ..."), an office over two fields ("meminta Menteri Kelautan dan Perikanan
    # mencabut ..."), or the thing asked to be done in the passive ("meminta pasal itu
    # dihapus").
    rf"|\s+[\w-]+\s+dan\s+(?:[\w-]+\s+){{1,2}}{_ACTIVE_VERB}\b"
    # (The office's name capitalised: not "menuntut penutupan X dan pemberian hak
    # menentukan ...", two things demanded.)
    # A body named over two fields likewise: "menginstruksikan Dinas Koperasi dan Usaha
    # Mikro mendata ...".
    rf"|\s+(?:[A-Z][\w-]*\s+){{1,4}}dan\s+(?:[A-Z][\w-]*\s+){{1,3}}{_ACTIVE_VERB}\b"
    # A body named in full with its abbreviation in brackets, then the act: "mendesak
    # Badan Pengawas Pemilu (Bawaslu) memeriksa ...", "meminta Dinas Pekerjaan Umum dan
    # Penataan Ruang (PUPR) menambal ...".
    r"|\s+(?:[A-Z][\w-]*\s+|dan\s+){1,7}\([A-Z][\w-]*\)\s+(?:juga\s+|segera\s+)?"
    rf"{_ACTIVE_VERB}\b"
    # Two addressees of a few words each, a body's name among them, and a habit or a
    # readiness before the act: "mengimbau nelayan tradisional dan pemilik kapal selalu
    # memeriksa ...", "meminta pemerintah kota dan PT Pelindo menata ..." (no noun of an
    # act, "pe-...-an", on either side: "meminta penutupan X dan pemberian hak
    # menentukan ..." asks for two things).
    rf"|\s+(?!(?:maaf|izin)\b)(?:{_NO_ACT_NOUN}[\w-]+\s+){{1,3}}dan\s+"
    rf"(?:{_NO_ACT_NOUN}[\w-]+\s+){{1,4}}(?:juga\s+|tetap\s+|selalu\s+|segera\s+|terus\s+)?"
    rf"{_ACTIVE_VERB}\b"
    r"|\s+(?!(?:maaf|izin)\b)[a-z][\w-]*\s+(?:itu\s+|tersebut\s+|ini\s+)(?:segera\s+)?"
    r"di(?!ri\b)[a-z]{4,}(?:kan|i)?\b"
    # Or after a thing of one or two words, the passive act and how, where or when: "meminta
    # beras disalurkan ke tiap dusun", "meminta pupuk subsidi disalurkan lewat
    # ..." (not a noun shaped like a passive: "meminta waktu diskusi").
    r"|\s+(?!(?:maaf|izin)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:segera\s+)?"
    r"di(?!(?:ri|nas|skusi|rektur|reksi|rut|alog|gital|sabilitas|agnosis)\b)[a-z]{4,}(?:kan|i)?"
    r"\s+(?:langsung|lewat|melalui|ke|kepada|secara|tepat|sesuai|merata"
    # or when: "meminta nelayan dilibatkan sejak awal ...", "meminta bantuan disalurkan
    # sebelum musim tanam", "meminta warga dilibatkan mulai tahap perencanaan".
    r"|sejak|mulai|sebelum|paling)\b"
    # Or the passive act and its agent closing the sentence: "meminta ongkos perbaikan
    # ditanggung pemilik truk itu", "meminta biaya pengobatan dibayar oleh perusahaan".
    r"|\s+(?!(?:maaf|izin)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:segera\s+)?"
    r"di(?!(?:ri|nas|skusi|rektur|reksi|rut|alog|gital|sabilitas|agnosis|stribusi|skresi"
    r"|siplin|vidennya|viden)\b)[a-z]{4,}(?:kan|i)?(?:\s+oleh)?(?:\s+[\w-]+){1,4}\s*[.!]?\s*$"
    r"|\s+(?:[\w-]+\s+){1,4}?(?:ikut|turut)\s+[a-z]{3,}\b"
    # An addressee of one or two words placed by "di" ("meminta lurah di tiga kelurahan
    # itu mendata ...", "camat di wilayah pesisir menyiapkan ..."), the second word a
    # body's abbreviation too ("seluruh OPD di lingkungan pemkot menyiapkan ..."), then
    # the act; not a preposition shaped like a verb ("menjelang", "melalui").
    r"|\s+(?!(?:maaf|izin)\b)[a-z][\w-]*(?:\s+(?:[a-z][\w-]*|[A-Z]{2,}))?\s+di\s+"
    r"(?:[\w-]+\s+){1,5}?"
    rf"(?!(?:menjelang|menuju|mengenai|menurut|melalui|melewati|mengingat)\b){_ACTIVE_VERB}\b"
    # Acts asked for with a verb of no prefix: "meminta Pemerintah Provinsi turun tangan".
    r"|\s+(?:[\w-]+\s+){1,3}(?:turun\s+tangan|hadir|datang|pulang|kembali|mundur)\b"
    # Or a manner asked for, an adjective: "meminta semua pendukung tenang", "mengimbau
    # pengunjung waspada".
    r"|\s+(?:[\w-]+\s+){1,3}(?:realistis|tenang|waspada|sabar|bijak|disiplin|jujur|transparan"
    r"|netral|objektif|profesional|tertib|siaga|kooperatif|berhati-hati|hati-hati|legawa)\b"
    # Or a manner asked for by degree, any adjective after "lebih"/"makin": "meminta
    # dinas lebih terbuka", "mendesak aparat makin tegas" (not a thing asked for:
    # "meminta waktu lebih lama").
    r"|\s+(?!(?:maaf|izin|keterangan|waktu|uang|jatah|bagian|porsi|dana|anggaran)\b)"
    r"(?:[\w-]+\s+){1,3}(?:lebih|makin|semakin|kian)\s+[a-z]{3,}\b"
)
#: Directive verbs taken with an object and its verb but no marker ("meminta relawan
#: mendata ...", "mengimbau warga menjauhi ...": reported speech by the label convention
#: of issue 17, "agar/supaya" or not). Not "berpesan": "berpesan kepada anaknya sebelum
#: berangkat" is narration; advice needs its marker ("berpesan agar ...").
_BARE_DIRECTIVES = DIRECTIVE_VERBS - {"berpesan"}


#: The marker after an object that a relative clause lengthens: "mengimbau pengendara yang
#: melintas di jalur selatan agar mengurangi kecepatan".
_DIRECTIVE_MARKER_AFTER_RELATIVE = re.compile(
    r"\s+(?!(?:maaf|izin|keterangan|waktu|uang|jatah|bagian)\b)(?:[\w-]+\s+){1,3}yang\s+"
    r"(?:[\w-]+,?\s+){1,7}?(?:agar|supaya|untuk\s+segera|segera)\b"
)
#: Or, with no marker, the verb asked for after such a relative clause of no verb of its
#: own: "mengimbau penghuni yang rumahnya di lereng bukit berkemas ...".
_DIRECTIVE_VERB_AFTER_RELATIVE = re.compile(
    rf"\s+(?:[\w-]+\s+){{1,3}}yang\s+(?:(?!(?:me|ber|di)[a-z])[\w-]+\s+){{1,6}}{_ACTIVE_VERB}\b"
)


#: Whom an appeal ("mengajak") addresses: a public, not one person invited along
#: ("mengajak umat menjaga ...", "mengajak semua pihak untuk ..."; not "mengajak
#: istrinya berlibur", "mengajak Beckham menjadi cameo").
_APPEAL_AUDIENCE = re.compile(
    r"\s+(?:agar\s+|supaya\s+|kepada\s+)?(?:masyarakat|warga|umat|semua|seluruh|segenap|para"
    r"|publik|rakyat|bangsa|pemerintah|kita|generasi|pemuda|orang|seantero|pihak|kaum|anak"
    r"|pelaku|pengusaha|petani|nelayan|pedagang|pengendara|wisatawan|pemilih|jemaah|jamaah"
    r"|santri|mahasiswa|pelajar|siswa|guru|orangtua|negara"
    # A congregation, an audience, a workforce, the customers: a public too.
    r"|jemaat|peserta|penonton|pendukung|suporter|pekerja|buruh|karyawan|konsumen|penumpang"
    r"|pengunjung)\b"
)


#: What an athlete or a team "records" (sets): a time, a record, a win, goals, points;
#: a report of data keeps its object ("BPS mencatat inflasi ...", "mencatat 412 kasus").
_RESULT_RECORDED = re.compile(
    r"\s+(?:catatan\s+)?(?:waktu|rekor|kemenangan|kekalahan|hasil\s+imbang|gol|poin|assist"
    r"|clean\s+sheet)\b"
)
#: Verbs that put a figure on record: "X mencatat/melaporkan/merilis <figure> ...".
_RECORDING_VERBS = frozenset({"mencatat", "mencatatkan", "melaporkan", "merilis"})
#: A figure: a number, or a measured quantity before it ("ekspor Oktober sebesar 4,2
#: persen", "pendapatan Rp880 miliar", "penumpang Mei hanya 2.450 orang").
_FIGURE = re.compile(r"\d|(?:sebesar|sebanyak|senilai|mencapai|hanya)\s+(?:Rp\s?)?\d")
#: A predicate in the recorded clause: a prefixed verb, or an unprefixed verb of an event
#: or a change ("dua perahu tenggelam", "ada 75 kasus", "nilai ekspor naik ...").
_RECORD_PREDICATE = re.compile(
    # (Not nouns and adjectives of the same shape: "16 menit", "laba bersih", "kasus diare".)
    r"\b(?!(?:menit|meter|merah|media|mereka|berat|beras|berita|besar|bersih|bermagnitudo"
    r"|diare|dinas|distrik|direktur|digital|dini)\b)"
    r"(?:me|ber|di)[a-z]{3,}\b"
    r"|\b(?:ada|terjadi|naik|turun|tewas|meninggal|tenggelam|rusak|hilang|hanyut|roboh|ambruk"
    r"|jatuh|mati|luka|terluka|sembuh|tembus|menjadi|sepakat)\b"
)


def _data_record(cue: str, sent: str, at: int) -> bool:
    """True when a verb of recording puts a figure on record with no clause
    ("Dinkes mencatat 64 kasus sepanjang Oktober", "BPS mencatat deflasi sebesar 0,3%"):
    a data record, not reported speech (label convention of issue 17, as the blind sets
    label it). A recorded event keeps its predicate and stays a report ("BPBD mencatat
    dua nelayan hilang", "mencatat ada 75 kasus")."""
    if cue not in _RECORDING_VERBS:
        return False
    first = re.split(r"[,;.](?!\d)", sent[at:], maxsplit=1)[0]
    return _FIGURE.search(first) is not None and _RECORD_PREDICATE.search(first) is None


def _denied_account(cue: str, sent: str, at: int) -> bool:
    """True when a verb of denial takes an account as its object and no clause ("Terdakwa
    membantah seluruh keterangan ahli.", "Ia menyangkal tudingan tersebut."): the
    account denied is named, what the speaker holds is not said (label convention of
    issue 17). With "bahwa" after the noun the denied claim is written out
    (:data:`_CONTENT_START`), and with "soal"/"tentang" what it is about ("membantah
    tuduhan warga soal limbah"): both left as they are.

    >>> _denied_account("membantah", " beberapa keterangan ahli itu.", 0)
    True
    >>> _denied_account("membantah", " pihaknya lalai merawat jalan.", 0)
    False
    """
    return cue in _DENYING_VERBS and _DENIED_ACCOUNT.match(sent, at) is not None


#: Verbs of denial that take an account as their object ("membantah tuduhan itu").
_DENYING_VERBS = frozenset({"membantah", "menyangkal", "menampik", "menepis"})
#: An account as the whole object of a denial: a quantifier, the account's noun, and no
#: more than a few words naming whose it is (no topic), to the sentence's end.
_DENIED_ACCOUNT = re.compile(
    r"\s+(?:(?:sebagian|seluruh|semua|segala|sejumlah|beberapa)\s+)?"
    r"(?:keterangan|tudingan|tuduhan|dakwaan|kabar|isu|informasi|anggapan|pernyataan"
    r"|klaim|laporan|pemberitaan|tuntutan)\b"
    r"(?![^.;\x01]*\b(?:bahwa|soal|tentang|mengenai|terkait)\b)[^.;,\x01]{0,40}[.;]?\s*$"
)


def _explained_topic(cue: str, sent: str, at: int) -> bool:
    """True when a verb of explaining takes the topic it explains as its whole object, a
    short noun phrase closing the sentence ("Kepala dinas lalu menjelaskan kondisi para
    pasien.", "Ia memaparkan kronologi kejadian."): what is explained is named, what the
    speaker says of it is not (the label convention of issue 17, as for a denied
    account). A clause after the noun is the report ("menjelaskan kondisi pasien sudah
    membaik").

    >>> _explained_topic("menjelaskan", " kondisi para pasien.", 0)
    True
    >>> _explained_topic("menjelaskan", " kondisi pasien sudah membaik.", 0)
    False
    """
    if cue not in _EXPLAINING_VERBS:
        return False
    m = _EXPLAINED_TOPIC.match(sent, at)
    return (
        m is not None and not _CLAUSE_WORD.search(m.group("rest")) and not _clause_after(sent, at)
    )


#: Verbs of explaining that take the topic explained as a noun object ("memaparkan
#: kronologi"), strong cues otherwise.
_EXPLAINING_VERBS = frozenset({"menjelaskan", "memaparkan", "menerangkan", "mengungkapkan"})
#: A topic as the whole object of an explanation: its noun (a state, a sequence of
#: events, the details of a matter) and up to four words naming whose or what's it is, to
#: the sentence's end.
_EXPLAINED_TOPIC = re.compile(
    r"\s+(?:kondisi|keadaan|situasi|kronologi|kronologis|perkembangan|rincian|detail"
    r"|duduk\s+perkara|latar\s+belakang|mekanisme|prosedur|tahapan)\b"
    r"(?P<rest>(?:\s+[\w-]+){0,4})\s*[.;]?\s*$"
)


#: Who asks at a press conference: '"...?" tanya seorang wartawan'.
_JOURNALISTS = frozenset("wartawan jurnalis reporter pewarta awak".split())


def _filed_report(cue: str, sent: str, at: int) -> bool:
    """True when "melaporkan" files a complaint rather than reports content: a suspicion,
    a case or an account reported ("melaporkan dugaan penipuan ...", "melaporkan akun
    bernama X ..."), or anything reported to the police or another authority ("...
    ke Polda Jawa Timur").

    >>> s = "Ia melaporkan akun bernama Sari Dewi ke Polres Malang."
    >>> _filed_report("melaporkan", s, 13)
    True
    >>> s = "Warga melaporkan arus sungai makin deras sejak sore."
    >>> _filed_report("melaporkan", s, 16)
    False
    """
    if cue != "melaporkan":
        return False
    return bool(_FILED_OBJECT.match(sent, at) or _TO_AUTHORITY.search(sent, at))


def _counted_report(cue: str, sent: str, at: int) -> bool:
    """True when "melaporkan" is followed by a count ("melaporkan tujuh kasus demam
    berdarah"): a tally on record, not a clause a person reports (a body's report takes
    its own path, :data:`ORG_REPORT_VERBS`).

    >>> _counted_report("melaporkan", " 12 kasus baru", 0)
    True
    >>> _counted_report("melaporkan", " air mulai naik", 0)
    False
    """
    return cue == "melaporkan" and _COUNT_FIRST.match(sent, at) is not None


_COUNT_FIRST = re.compile(
    r"\s+(?:sebanyak\s+|sedikitnya\s+|setidaknya\s+|ada\s+)?(?:\d|(?:satu|dua|tiga|empat|lima"
    r"|enam|tujuh|delapan|sembilan|sepuluh|puluhan|ratusan|ribuan)\b)"
)


#: Objects of a complaint filed: "melaporkan dugaan ...", "melaporkan kasus ...".
_FILED_OBJECT = re.compile(
    r"\s+(?:balik\s+)?(?:dugaan|kasus|akun|pelaku|perbuatan|tindakan|kejadian|peristiwa"
    r"|oknum|mantan|rekannya|suaminya|istrinya)\b"
)
#: Where a complaint is filed: the police, prosecutors, watchdogs.
_TO_AUTHORITY = re.compile(
    r"\b(?:ke|kepada)\s+(?:pihak\s+)?(?:polisi|kepolisian|berwajib|Polda|Polres|Polresta"
    r"|Polrestabes|Polsek|Polri|Bareskrim|Kepolisian|KPK|Kejaksaan|Kejari|Kejati|Kejagung"
    r"|Ombudsman|Bawaslu|DKPP|Komnas|Propam|Dewan\s+Pers|Mabes)\b"
)


def _is_journalist(who: Who | None) -> bool:
    """True when the one who asked is a journalist, named by that role only ("seorang
    wartawan", "awak media"): the press's question reports no one's statement."""
    if who is None or who.name is not None or not who.role:
        return False
    words = who.role.lower().split()
    head = words[1] if words[0] in ("seorang", "salah", "para") and len(words) > 1 else words[0]
    return head in _JOURNALISTS


def _collective_complaint(cue: str, who: Who, sent: str, at: int) -> bool:
    """True for a complaint of a bare collective with a noun object ("Warga mengeluhkan
    jalan rusak", "Sejumlah pedagang mengeluhkan sepinya pembeli"): narration of a
    general grievance, no statement; a group introduced with "para", one person of
    it ("Seorang warga") or a clause after the verb still report speech."""
    if cue not in COMPLAINT_VERBS or who.role or not is_collective(who.name):
        return False
    # "mengeluhkan sulitnya mendapatkan elpiji": a state made a noun, whatever follows it.
    return _NOMINALISED_STATE.match(sent, at) is not None or not _clause_after(sent, at)


#: An adjective made a noun by "-nya" opening an object: " sulitnya", " mahalnya".
_NOMINALISED_STATE = re.compile(r"\s+(?!(?:dirinya|pihaknya)\b)[a-z]{3,}nya\b")


#: A change caused, not asked for, after "mendorong": "mendorong catatan waktunya menjadi
#: lebih baik", "mendorong harga naik".
_CAUSED_CHANGE = re.compile(
    r"\s+(?:[\w-]+\s+){0,6}?(?:menjadi|meningkat|menurun|naik|turun|melonjak|melemah|menguat"
    r"|tumbuh|bertambah|berkurang)\b"
)


def _directive_clause(cue: str, sent: str, at: int) -> bool:
    """True when what is asked follows a verb of request or appeal at ``sent[at:]``."""
    if cue not in DIRECTIVE_VERBS:
        return False
    sent = _asides_blanked(_figures_folded(sent, at), at)
    if cue == "mendorong" and _CAUSED_CHANGE.match(sent, at):
        return False
    if cue == "mengajak" and not _APPEAL_AUDIENCE.match(sent, at):
        return False
    if _DIRECTIVE_MARKER.match(sent, at) or _DIRECTIVE_MARKER_AFTER_RELATIVE.match(sent, at):
        return True
    return cue in _BARE_DIRECTIVES and (
        _DIRECTIVE_CLAUSE.match(sent, at) is not None
        or _DIRECTIVE_VERB_AFTER_RELATIVE.match(sent, at) is not None
        or _CLAUSE_SOON.match(sent, at) is not None  # "mengingatkan pengerjaan harus ..."
    )


#: A subordinate clause of time or cause opening right before a subject, no comma
#: between: "... tertahan di terminal sejak dinas ".
_SUBORDINATE_SUBJECT = re.compile(
    r"\s(?:setelah|sesudah|sebelum|sejak|karena|akibat|lantaran|hingga|sehingga)\s+[^,\x01]*$"
)


def _subordinate_directive(cue: str, head: str) -> bool:
    """True when a directive's subject ``head`` (the words before the verb) ends in a
    clause of time or cause ("Bus tertahan di terminal sejak dinas melarang bus keluar kota"):
    the order is an event the sentence narrates as the cause, no one's statement."""
    return cue in DIRECTIVE_VERBS and _SUBORDINATE_SUBJECT.search(head) is not None


#: A promise: a verb (after "akan"/"untuk"/"tidak") right after "berjanji".
_PROMISE_SOON = re.compile(
    rf"\s+(?:(?:akan|untuk|tidak|segera)\s+)?(?:{_ACTIVE_VERB}"
    # Verbs without a prefix that are promised as often: "berjanji kembali ke lapangan".
    r"|kembali|hadir|datang|pulang|mundur|tampil|bangkit)\b"
)
#: Subject-first verbs that report a view only as "X melihat Y sebagai Z" ("sees Y as Z");
#: otherwise they are narration ("Warga melihat asap"), and never introduce a quote.
_SEBAGAI_VERBS = frozenset({"melihat"})
#: Minimum words of a quoted span that make an indirect report a mixed quote; shorter
#: ones are terms in scare quotes.
_MIN_MIXED_WORDS = 3
#: Verbs of admitting, assuring and telling whose clause may end in the speaker's own
#: words: a subject, then its predicate quoted ("mengakui sebagian kios "belum tersentuh
#: bantuan" sama sekali"); the report is a mixed quote.
_QUOTED_PREDICATE_CUES = frozenset(
    "mengakui memastikan menjamin menduga berharap bercerita mengeluh bilang".split()
)
#: The subject of such a clause, up to eight words and no comma, right before the quote.
_SUBJECT_BEFORE_QUOTE = re.compile(rf"\s+{_SUBJECT_WORD}{{1,8}}")


def quoted_predicate(cue: str, between: str, quoted_words: int) -> bool:
    """True when a weak verb of admitting or telling (``cue``), the words ``between`` it
    and a quote, and that quote of ``quoted_words`` words make a clause whose predicate is
    quoted: "mengakui jalan desa "sudah rusak parah sejak lama"", a subject of up to
    eight words, then a quote too long for a term in scare quotes.

    >>> quoted_predicate("mengakui", " sebagian kios ", 4), quoted_predicate("mengakui", " ", 4)
    (True, False)
    >>> quoted_predicate("mengakui", " kesalahan ", 1)
    False
    """
    return (
        cue in _QUOTED_PREDICATE_CUES
        and quoted_words >= _MIN_MIXED_WORDS
        and _SUBJECT_BEFORE_QUOTE.fullmatch(between) is not None
    )


_GLUE_AFTER_VERB = re.compile(
    # Where or on what it was said or written, and to whom, before a colon: "menulis di
    # ponselnya untuk wartawan: ", "menulis lewat akun Instagram-nya: ".
    r"^(?:\s+(?:di|melalui|lewat|dalam|pada)\s+[^,:.\x01\"“]{1,50}?"
    r"(?:\s+(?:untuk|kepada|bagi)\s+[^,:.\x01\"“]{1,40}?)?(?=\s*:\s*$))?"
    r"(?:\s+kepada\s+[^,:\x01]{1,60}?)?(?:\s*,)?(?:\s+bahwa)?\s*[,:]?\s*$"
)
#: Where reported content starts after the verb: past "kepada X,", a noun of what is
#: denied ("menampik tudingan bahwa ..."), "bahwa", or "agar" of a demand.
_CONTENT_START = re.compile(
    r"(?:\s+kepada\s+[^,:\x01]{1,60}?\s*,)?"
    # Where it was said or written, before "bahwa": "menulis di akun Facebook-nya bahwa".
    r"(?:\s+(?:di|melalui|lewat|dalam)\s+[^,:.\x01]{1,50}?(?=\s+bahwa\b))?"
    r"(?:\s+(?:tudingan|tuduhan|anggapan|kabar|isu|klaim|informasi)(?=\s+bahwa\b))?"
    r"\s*(?:(?:bahwa|agar|supaya)\b)?\s*,?\s*"
)
_LEADING_CUE = re.compile(
    r"^(?:(?:Namun|Tetapi|Dan|Lebih lanjut|Selain itu)\s*,?\s+)?"
    # The stems of saying, adding and telling with "-nya": "Imbuhnya, ...", "Tuturnya, ...".
    r"(?P<cue>(?:[Kk]ata|[Uu]jar|[Mm]enurut|[Jj]elas|[Tt]ambah|[Ll]anjut|[Ii]mbuh|[Tt]utur"
    r"|[Uu]cap)nya"
    r"|[Kk]ata\s+(?:dia|ia|beliau)"
    # "Dijelaskannya, ...": a passive whose agent is the clitic "-nya" (he or she), the
    # last speaker's words.
    rf"|(?i:{'|'.join(sorted(PASSIVE_CUES, key=len, reverse=True))})nya"
    # "Dikatakan pula bahwa ...": a passive with no agent, the last speaker's words.
    r"|Dikatakan(?:\s+(?:pula|juga|pun))?(?:\s*,|\s+bahwa\b|(?<=pula|juga)(?=\s+[a-z])))"
    r"\s*,?\s+"
)
_MENURUT = re.compile(
    r"^(?:(?:Namun|Tetapi|Sementara itu|Sedangkan|Adapun|Dan|Selain itu)\s*,?\s+)?"
    r"[Mm]enurut\s+(?P<who>[^,\x01]{1,80}?)\s*,\s*"
)
#: A verb-first cue fronted before its named speaker and a comma, the report after it:
#: "Kata Budi, stok beras cukup.", "Namun kata Kepala Dinas X, ...". Only the stems
#: that open no other sentence ("Jelas"/"Tambah" are ordinary words there); the
#: speaker written with a capital, a name or an office ("Kata dia, ..." is
#: :data:`_LEADING_CUE`'s).
_FRONTED_NAMED_CUE = re.compile(
    r"^(?:(?:Namun|Tetapi|Sementara itu|Sedangkan|Dan|Selain itu|Lebih lanjut)\s*,?\s+)?"
    r"(?P<cue>[Kk]ata|[Uu]jar|[Tt]utur)(?=\s+[A-Z])"
)


def fronted_named_cue(sent: str) -> tuple[str, Who, int, int] | None:
    """The cue, speaker, speaker offset and report start of a sentence opening with a
    verb-first cue and a named speaker ("Kata Budi Santoso, harga naik."), or an office
    and its holder ("Ujar Kepala Dinas X, Budi, ..."); ``None`` for any other sentence
    or a speaker that is no person or office.

    >>> cue, who, at, start = fronted_named_cue("Kata Budi Santoso, harga naik.")
    >>> cue, who.name, at, start
    ('Kata', 'Budi Santoso', 5, 19)
    """
    m = _FRONTED_NAMED_CUE.match(sent)
    if m is None:
        return None
    rest = sent[m.end() :]
    comma = rest.find(",")
    if comma < 0 or "\x01" in rest[:comma]:
        return None
    # The speaker's phrase ends at the comma ("Kata Budi kepada wartawan, ..." drops
    # whom he told).
    who, _ = parse_after(rest[:comma])
    left = rest[comma:]
    if who is not None and (who.name is None or who.role or who.org):
        # An office first: its holder after the comma, as after a trailing cue.
        holder, after = parse_after(rest)
        if holder is not None and holder.name is not None and after.lstrip().startswith(","):
            who, left = holder, after
    if who is None or not who.usable:
        return None
    start = len(sent) - len(left.lstrip()[1:].lstrip())
    return m.group("cue"), who, m.end() + max(who.offset, 0), start


_TRAILING_MENURUT = re.compile(r",\s*menurut\s+(?P<who>[^,.\x01]{1,80})[.!?]?\s*$")
_PARENTHETICAL = re.compile(
    r",\s*(?P<cue>(?:kata|ujar|lanjut|tambah|imbuh|jelas|tutur)(?:nya|\s+(?:dia|ia))"
    r"|menurut(?:nya|\s+(?:dia|ia|beliau)))\s*,\s"
)

#: The passive verbs of saying that credit a statement to its speaker afterwards ("Hal
#: itu disampaikan ...", "Demikian dipaparkan ..."): the "di-" forms of the verbs of
#: saying, explaining and stating.
_CREDIT_VERB = (
    r"di(?:sampaikan|ungkapkan|katakan|tegaskan|jelaskan|umumkan|paparkan|utarakan"
    r"|kemukakan|nyatakan|tuturkan)"
)

#: "Warga, menurut Kepala Desa Santoso, sempat mengungsi": a named parenthetical source.
_PARENTHETICAL_MENURUT = re.compile(r",\s*menurut\s+(?P<who>[^,\x01]{1,80}?)\s*,\s")
_LINKERS = re.compile(r"[\s,]*(?:(?:seraya|sambil|dan|lalu|kemudian|juga|ia|dia)\s+)*")
#: A speaker imitating another's words after a verb-first cue: "menirukan ucapan
#: pelaku", "menirukan keluhan ibunya", "menirukan bentakan perampok"; or the person
#: himself, with no noun of speech between: "menirukan sang kakek".
_UTTERANCE_NOUN = (
    # Something said, asked or shouted: an utterance, however voiced.
    r"(?:ucapan|pengakuan|kata-kata|perkataan|keluhan|jawaban|pesan|pertanyaan|perintah"
    r"|bentakan|teriakan|ancaman|makian|hardikan|omelan|seruan|sapaan|rayuan"
    # Something promised or urged: "menirukan janji mandor", "bujukan calo".
    r"|janji|bujukan|nasihat)\b"
)
#: Whose words, when written as a lower-case noun: "ucapan penagih", "pesan sang ibu"
#: (a possessive "-nya" is the re-enactor's own: "menirukan ucapannya" names nobody; a
#: manner imitated is nobody's words: "menirukan gaya ...").
_IMITATED_PERSON = (
    r"(?P<whom>(?:sang\s+|si\s+)?(?![a-z]*nya\b)(?!(?:itu|tersebut|ini|lewat|melalui|di|ke"
    r"|kepada|saat|ketika|dari|dengan|gaya|logat|cara|gerakan|suara|bunyi)\b)[a-z]{3,}"
    # Described by what he did, closing the clause: "bentakan pelaku yang membonceng."
    r"(?:\s+yang\s+(?:me|ber|di)[a-z]{3,}(?=\s*(?:[.,;!?]|$)))?)"
)
_MIMICKING = re.compile(
    r"\s*(?:sambil\s+|seraya\s+)?menirukan\s+"
    rf"(?P<noun>{_UTTERANCE_NOUN})?(?:(?(noun)\s+){_IMITATED_PERSON}\b)?"
    r"(?(noun)|(?(whom)|(?!)))"  # a noun of speech, a person, or both
)

#: The re-enacted words' owner written as the re-enactor's own relation, right after the
#: noun of speech: "menirukan janji calonya", "menirukan nasihat kakaknya" (someone of
#: hers the article does not single out: the words are told as hers).
OWN_RELATION_AFTER = re.compile(r"\s+[a-z]{3,}nya\b")


#: A document's words quoted after the signer it names: 'Dalam surat edaran bernomor X
#: yang diteken Sekretaris Daerah Y, Budi Santoso, tertulis: "..."' (a circular's words
#: are its signer's; the office before the name is optional).
_SIGNED_DOCUMENT_SAYS = re.compile(
    r"\s*(?:Dalam|Di\s+dalam|Pada)\s+(?:surat|dokumen|memo|nota|edaran|keputusan|instruksi)"
    r"\b[^,\x01]{0,80}?\s+yang\s+(?:diteken|ditandatangani)\s+(?:oleh\s+)?"
    r"(?:(?P<office>[A-Z][^,\x01]{1,80}),\s*)?"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}),\s*"
    r"(?P<cue>tertulis|tertera|disebutkan|dinyatakan|berbunyi)\s*:?\s*"
)

#: A document as the subject, its signer named in a relative clause, then the verb that
#: quotes its words: 'Surat edaran yang diteken Budi pada 2 Mei itu antara lain berbunyi,
#: "..."' (the signer's words, as the form after "Dalam surat ..." above).
_SIGNED_DOCUMENT_READS = re.compile(
    r"\s*(?:[Ss]urat|[Dd]okumen|[Mm]emo|[Nn]ota|[Ee]daran|[Kk]eputusan|[Ii]nstruksi|[Mm]aklumat"
    r"|[Pp]engumuman)\b[^,\x01]{0,40}?\s+yang\s+(?:diteken|ditandatangani)\s+(?:oleh\s+)?"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5})"
    r"(?:\s+[^,\x01]{1,60}?)?\s*,?\s+(?P<cue>berbunyi|tertulis)\s*[,:]?\s*"
)

#: A sentence after a quote naming who said it: "Ucapan itu diteriakkan X", "Pernyataan
#: tersebut disampaikan oleh X", "Demikian keterangan X", "Begitu kata X". The noun may
#: name the kind of statement the quote was: a warning, an appeal, a message, a promise
#: ('"Jangan melaut dulu." Peringatan itu disampaikan Kepala X, Budi, ...', a lead quote
#: standing alone, its speaker named in the next paragraph); or the plain "Hal itu" ('"...."
#: Hal itu disampaikan Bupati X, Budi, saat ...'), as after an indirect statement.
_NAMED_AFTER = re.compile(
    r"[\s\"”’]*(?:(?:Kalimat|Pernyataan|Ucapan|Kata-kata|Seruan|Teriakan|Kritik|Keluhan"
    r"|Peringatan|Imbauan|Pesan|Penegasan|Ajakan|Permintaan|Harapan|Janji|Hal)"
    r"\s+(?:itu|tersebut)\s+(?P<cue>dilontarkan|disampaikan|diucapkan|dikatakan|diungkapkan"
    r"|diteriakkan|diserukan)\s+(?:oleh\s+)?"
    # '"...." Cerita itu berasal dari Budi (52), nelayan ...': whose words they were.
    r"|(?:Kalimat|Pernyataan|Ucapan|Kata-kata|Keluhan|Pengakuan|Cerita)\s+(?:itu|tersebut)\s+"
    r"(?P<source>datang\s+dari|berasal\s+dari|keluar\s+dari\s+mulut)\s+"
    r"|(?:Begitu|Demikian)\s+(?P<noun>penjelasan|kata|ucapan|jawaban|keterangan|pernyataan"
    # The speaker's description may come first: "Begitu kata sutradara Budi ...".
    r"|penegasan|tanggapan|kesaksian|pengakuan)\s+"
    # A passive: '"...." Demikian ditegaskan Budi.'
    r"|(?:Begitu|Demikian)\s+(?P<passive>di[a-z]{3,}kan)\s+(?:oleh\s+)?"
    # A verb-first stem: '"...." Begitu keluh Sumiati (39), warga ...'.
    rf"|(?:Begitu|Demikian)\s+(?P<verb>{'|'.join(sorted(QUOTE_VERB_FIRST, key=len, reverse=True))})"
    r"\s+)(?=[A-Za-z])"
)
#: The sentence after a statement that names who voiced it: "Hal tersebut diungkapkan
#: juru bicara X, Budi Santoso, ...", "Demikian dikatakan Ketua X, Budi, ...".
_VOICED_BY = re.compile(
    r"[\s.]*(?:(?:Hal|Pernyataan|Keterangan|Sikap)\s+(?:itu|tersebut|ini)|Demikian|Begitu)\s+"
    rf"{_CREDIT_VERB}\s+(?:oleh\s+)?(?=[A-Za-z])"
)
#: The same credit of a statement with no cue of its own, also through a noun of what
#: was said and one word saying which ("Usulan penundaan tersebut dikatakan oleh Dirjen X,
#: Budi, ..."): nouns of a proposition (a plan, a call, a finding, news), not of an act
#: announced ("Kebijakan itu diumumkan ...": the act is the news, not anyone's words).
_CREDITED_BY = re.compile(
    r"[\s.]*(?:(?:Hal|Pernyataan|Keterangan|Sikap|Rencana|Informasi|Penjelasan|Imbauan"
    r"|Usulan|Temuan|Kabar|Penegasan|Permintaan|Harapan)(?:\s+[a-z]+)?\s+(?:itu|tersebut|ini)"
    r"|Demikian|Begitu)\s+"
    rf"{_CREDIT_VERB}\s+(?:oleh\s+)?(?=[A-Za-z])"
)
#: An office (up to 80 characters, no clause mark) and its holder between commas.
_OFFICE_THEN_HOLDER = re.compile(
    r"(?P<office>[A-Z][^,.;:\x01]{1,80}),\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
    r"\s*[,.]"
)
#: A verb-first cue opening a sentence, its speaker, then a colon before the quote.
_COLON_CUE = re.compile(r"^\s*(?P<head>[A-Z][^:\x01]{1,80}?)\s*:\s*$")


def _colon_cue(before: str) -> tuple[Who, int, str] | None:
    """(speaker, offset of the speaker in ``before`` or -1, cue) when ``before`` is a
    verb-first cue, its speaker and a colon: "Kata Kapolres: ", "Ujarnya: "."""
    m = _COLON_CUE.match(before)
    if m is None:
        return None
    head = m.group("head")
    v = VERB_FIRST_RE.match(head)
    if v is None:
        return None
    rest = head[v.end() :]
    if v.group("nya"):
        return (Who(None, anaphor=True), -1, v.group(0)) if not rest.strip() else None
    who = parse_phrase(rest) if rest[:1].isspace() and rest.strip() else None
    if who is None or not who.usable:
        return None
    return who, m.start("head") + v.end(), v.group(0)  # who.offset counts from rest


#: A speech or a message read out for its author after a quote: '"...," demikian bunyi
#: pidato bupati yang dibacakan X' (the author: "bupati").
#: A document's words after a quote, with no author named: '"...," demikian bunyi surat
#: itu' (the author is whoever spoke last, or signed it just before).
#: "demikian" may be left out, and the document's kind may follow its noun: '"...,"
#: bunyi surat pernyataan tersebut' (the author: the person written after "surat
#: pernyataan" before, else as above).
_DOCUMENT_WORDS = re.compile(
    r"\s*,?\s*(?:(?:demikian|begitu)\s+)?(?:bunyi|isi)\s+"
    r"(?P<doc>(?:surat|laporan|rilis|dokumen|somasi)"
    r"(?:\s+(?:pernyataan|edaran|terbuka|keputusan|tertulis|wasiat|pengunduran\s+diri))?)"
    r"\s+(?:itu|tersebut)\b"
)
_READ_FOR = re.compile(
    r"\s*,?\s*(?:demikian|begitu)\s+(?:bunyi|isi)\s+(?P<cue>sambutan|pidato|amanat|pesan|surat)"
    r"\s+(?P<who>[^,.;:!?\x01]{1,60}?)\s+(?=yang\s+dibacakan\b)"
)


#: A passive cue right after a quote, naming the speaker after it: '"...," demikian
#: disampaikan Deputi Gubernur X' (the trailing form of :data:`TRAILING_PASSIVE_RE`).
_QUOTE_PASSIVE = re.compile(
    rf"^\s*,?\s*(?:demikian|begitu)\s+(?P<cue>{'|'.join(sorted(PASSIVE_CUES))})\s+(?:oleh\s+)?"
)


#: The first verb of a clause: "X, ..., menemui massa dan berjanji ...".
_FIRST_VERB = re.compile(r"(?<![\w-])(?:me|ber)[a-z]{3,}\b")
#: A second predicate joined to the first: "... menemui massa dan".
#: Or a predicate set against the first: "... tidak melarang pesta rakyat itu, tetapi".
_AND_END = re.compile(r"(?:\s|,\s*)(?:dan|serta|lalu|kemudian|tetapi|tapi|namun)\s*$")
#: A relative or purpose clause after the first verb: its verbs are not the subject's.
_NOT_THE_SUBJECTS = re.compile(r"\b(?:yang|untuk|agar|supaya|guna|sehingga)\b")
#: Negations and auxiliaries between a subject and its first verb: "Lurah X tidak".
_BEFORE_VERB_WORDS = re.compile(
    r"(?:\s+(?:tidak|tak|belum|sudah|telah|juga|pun|masih|sempat|akan|memang))+\s*$"
)


#: Nouns of figures read from a record or a poll, opening a data source: "Data BPS",
#: "Survei Badan X", "Hasil survei Y", "Sensus Z", "Catatan BPBD", "Rekapitulasi KPU".
_DATA_HEADS = frozenset({"data", "survei", "sensus", "catatan", "rekapitulasi"})


def _is_data(phrase: str) -> bool:
    """True for a data source as the subject or after "menurut" ("Data Dinas X
    menunjukkan ...", "..., menurut data Bloomberg", "Survei Badan X mencatat ..."):
    figures read from a record or a poll, which no set labels as anyone's statement."""
    words = phrase.lower().split()
    if len(words) > 2 and words[0] == "hasil":
        words = words[1:]  # "Hasil survei X"
    return len(words) > 1 and words[0] in _DATA_HEADS


#: Nouns of a published account, opening a source after "menurut": "laporan kantor
#: berita X", "pemberitaan media Y". Only there: as a subject ("Laporan itu
#: merekomendasikan ...") the sets credit the report's authors.
_REPORT_HEADS = frozenset({"laporan", "pemberitaan", "publikasi", "siaran"})


def is_record_source(phrase: str) -> bool:
    """True for the source named after "menurut" when it is a record, not a person or a
    body: data or a poll (:func:`_is_data`) or a published report ("menurut laporan
    kantor berita X, ..."): what the outlet reported is no one's statement.

    >>> is_record_source("laporan kantor berita Antara"), is_record_source("Budi")
    (True, False)
    """
    words = phrase.lower().split()
    return _is_data(phrase) or (len(words) > 1 and words[0] in _REPORT_HEADS)


def _leading_office_holder(sent: str, ml: re.Match[str]) -> tuple[Who, int, int] | None:
    """After a sentence-opening passive cue (``ml``, :data:`LEADING_PASSIVE_RE`), an
    office and its holder between commas: "Diakui Kepala Balai X, Sutrisno Adi, ...";
    (holder, holder's offset in ``sent``, start of the report) or ``None``."""
    at = ml.start("who")
    who, left = parse_after(" " + sent[at:])
    if who is None or not who.usable or who.name is None or who.role is None:
        return None
    if who.name in ml.group("who") or not left.lstrip().startswith(","):
        return None
    start = len(sent) - len(left.lstrip()) + 1
    if not sent[start:].strip():
        return None
    name_at = sent.find(who.name, at)
    return who, name_at, start + len(sent[start:]) - len(sent[start:].lstrip())


def _coordinated_subject(head: str) -> Who | None:
    """The subject of a cue that is the second of two joined predicates: the words
    before the clause's first verb ("Kepala Dinas X, Budi, menemui massa dan berjanji
    ...": Budi), or ``None``.

    >>> _coordinated_subject("Budi Santoso menyampaikan terima kasih dan ").name
    'Budi Santoso'
    """
    if not _AND_END.search(head):
        return None
    verb = _FIRST_VERB.search(head)
    if verb is None or not head[: verb.start()].strip():
        return None
    if _NOT_THE_SUBJECTS.search(head[verb.end() :].rsplit(",", 1)[-1]):
        # "... menangkap aktivis yang mengkritik X dan mendorong ...", "... untuk
        # mengamati dan mencatat ...": the second verb is a relative's or a purpose's
        # (after a comma, "..., dan memperingatkan", it is the subject's again).
        return None
    return parse_subject(_BEFORE_VERB_WORDS.sub(" ", head[: verb.start()]))
