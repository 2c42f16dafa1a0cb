"""Who said what: direct, indirect and mixed quotations with their speakers.

:func:`extract_quotes` reads an article body (paragraphs joined by ``"\\n\\n"``) and
returns :class:`~warta.records.Quote` records whose ``start``/``end`` slice the body to
exactly ``quote.text``. It is rule based: double-quote spans are paired per paragraph,
sentences are split outside quotes, and each sentence is matched against the cue
lexicon of :mod:`warta.nlp.quotes.cues` in a fixed order (an attributed quote span, then a
trailing ``..., kata X``, ``menurut X, ...``, a leading ``Katanya, ...``, a
subject-first ``X mengatakan ...`` and a parenthetical ``..., lanjutnya, ...``).
Pronouns and ``-nya`` resolve to the most recent person who spoke, unless the
narration has since made a titled person or an earlier speaker its subject; a paragraph
that opens with an unattributed quote continues the last speaker; a quote left open
at a paragraph's end with nobody to continue takes the speaker of the next paragraph's
quote that carries it on. The answers of a question-and-answer interview
(:mod:`warta.nlp.quotes.interviews`) are their speaker's direct quotes.

Quote marks are paired and masked by :mod:`warta.nlp.quotes.spans`, speaker phrases
parsed by :mod:`warta.nlp.quotes.speakers`. :func:`collapse_quotes`, which merges the
same quote across articles, lives in :mod:`warta.nlp.quotes.collapse` and is re-exported
here.

>>> q = extract_quotes('"Harga naik," kata Prof Budi Santoso. "Kami siap."')
>>> [(x.text, x.speaker, x.kind, x.cue) for x in q]
[('Harga naik', 'Budi Santoso', 'direct', 'kata'), ('Kami siap.', 'Budi Santoso', 'direct', None)]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from warta import settings
from warta.nlp.entities.spans import is_club
from warta.nlp.quotes.collapse import collapse_quotes
from warta.nlp.quotes.cues import (
    COMPLAINT_VERBS,
    DIRECTIVE_VERBS,
    LEADING_PASSIVE_RE,
    LOCAL_PLACE_HEADS,
    MINISTER_TITLES,
    MODIFIERS,
    ORG_HEADS,
    ORG_REPORT_VERBS,
    PASSIVE_CUES,
    PROMISE_VERBS,
    ROLE_OPENERS,
    ROLE_TITLES,
    SUBJECT_FIRST_RE,
    TERRITORIAL_TITLES,
    TRAILING_CUE_RE,
    TRAILING_PASSIVE_RE,
    VERB_FIRST_RE,
    VIEW_VERBS,
    WEAK_CUES,
    WEAK_QUOTE_CUES,
    clean_speaker,
    common_words,
    country_words,
    full_names,
    is_name_token,
    is_region_name,
    lex,
    looks_like_org,
    region_words,
    resolve_names,
    split_title,
)
from warta.nlp.quotes.interviews import Answer, interview_answers
from warta.nlp.quotes.spans import inner, mask, quote_spans, sentences, trim
from warta.nlp.quotes.speakers import (
    CASE_ROLES,
    TEAM_NOUNS,
    Who,
    bare_office,
    is_collective,
    is_people,
    is_unnamed_source,
    parse_after,
    parse_phrase,
    parse_subject,
    points_to_unnamed,
)
from warta.records import Mention, Quote, QuoteKind

__all__ = ["collapse_quotes", "extract_quotes"]

#: Minimum words for an unattributed sentence-initial quote to count as a continuation;
#: shorter quoted bits are terms or titles ("“tuas”"). Calibration: :mod:`warta.settings`.
_MIN_CONTINUATION_WORDS = settings.integer("quotes.min_continuation_words")
#: A clause shorter than this before ", kata X, ..." is the start of the report, not all
#: of it (the cue is parenthetical).
_MIN_PARENTHETICAL_HEAD = settings.integer("quotes.min_parenthetical_head")
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
    r"\s+(?:(?!yang\b)[\w-]+,?\s+){0,5}(?:sempat|sudah|telah|akan|masih|tidak|tak|belum|harus|bisa"
    r"|dapat|sedang|perlu|mesti|pernah|menjadi|tetap|wajib|merupakan|adalah)\b"
)
#: Verbs of state without a "me-"/"ber-" prefix that make a clause of the words before
#: them: "mengakui skuadnya kewalahan", "bercerita kampungnya kebanjiran".
_STATE_VERB_SOON = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){1,3}(?:kehilangan|kekurangan|kesulitan|kewalahan|kelelahan"
    r"|kebanjiran|kehabisan|ambruk|roboh|runtuh|hanyut|tenggelam|terbakar|terpaksa"
    # Predicates of assurance: "memastikan jadwal penerbangan sesuai rencana",
    # "memastikan stok beras aman".
    r"|sesuai|aman|tersedia|terkendali|terjamin|lancar)\b"
)
#: An existential clause right after a weak verb: "mengakui ada 300 ton beras rusak".
_EXISTENTIAL = re.compile(r"\s+(?:masih\s+|memang\s+|tidak\s+)?ada\s+(?!yang\b)[a-z\d]")


#: A subject of one to three words and its verb, no subordinate clause between them
#: ("bercerita ia menumpang truk ..."; not "membenarkan posisi duduknya sebelum rapat
#: dimulai", where the verb is the subordinate clause's).
_SUBJECT_VERB = re.compile(
    r"\s+(?:(?!(?:sebelum|setelah|sesudah|saat|ketika|karena|yang|untuk|dan|di|ke|dari|pada"
    r"|dengan|agar|supaya|usai|seusai|selepas|sambil|seraya|lewat|melalui|tentang|soal"
    r"|mengenai|atas|terkait|kepada|bagi)\b)[a-z][\w-]*\s+){1,5}"
    # Prepositions and nouns shaped like verbs ("melalui media sosial", "mereka",
    # "berita") are no verb of a clause.
    r"(?!(?:melalui|menuju|mengenai|menurut|menjelang|bersama|berkat|mereka|memang|media"
    r"|menit|meter|meja|menteri|merek|mesin|metode|berita|beras|berat|berbagai|berikut)\b)"
    r"(?:(?:me|ber)[a-z]{3,}|di(?!ri)[a-z]{4,})\b"
)


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
    r"|sambil|seraya|bahwa|atas|terhadap|tentang|soal|mengenai)\b)[\w()/.-]+\s+)"
)
_CONDITION = r"(?:rusak|penuh|habis|normal|cukup|siap|aman|lancar)"
_PREDICATE_SOON = re.compile(
    rf"\s+(?:{_SUBJECT_WORD}{{1,8}}"
    r"(?:ter(?!(?:hadap|tentu|kait|utama|akhir|masuk|sebut|diri|lebih|baik|besar|kecil|banyak"
    r"|tinggi|rendah|buruk|dekat|jauh|murah|mahal|cepat|lama|baru|kini|padu|percaya|muda|tua"
    r"|luas|penting|kenal|sedia|bukti|buka)\b)[a-z]{4,}"
    r"|belum|turun|naik|anjlok|melonjak|pulih|cair|rampung|selesai|tuntas"
    # verbs of a match's or a contest's outcome: "mengakui tim tamu tampil lebih disiplin"
    r"|tampil|kalah|menang|gagal|lolos|mundur"
    r"|dalam\s+(?:kondisi|keadaan))"
    rf"|{_SUBJECT_WORD}{{2,8}}{_CONDITION}"
    rf"|{_SUBJECT_WORD}{{1,8}}(?:hanya|sudah|masih|baru|mulai)\s+{_CONDITION}"
    rf"|{_SUBJECT_WORD}{{1,8}}{_CONDITION}\s+kembali)\b"
)


def _clause_after(sent: str, at: int) -> bool:
    """True when a clause (a subject and its verb, or an auxiliary) follows a weak verb
    of telling or admitting at ``sent[at:]``: "bercerita ia menumpang truk ...",
    "mengakui skuadnya kewalahan ...", "mengakui lini belakang sempat goyah"; not a noun
    object ("mengakui kesalahannya", "bercerita tentang masa kecilnya")."""
    if re.match(r"\s+(?:tentang|soal|mengenai|kepada)\b", sent[at:]):
        return False
    patterns = (_CLAUSE_SOON, _SUBJECT_VERB, _STATE_VERB_SOON, _EXISTENTIAL, _PREDICATE_SOON)
    return any(p.match(sent, at) for p in patterns)


#: A clause after a verb of assurance or suspicion: a subject of one to four words and
#: its verb, active or passive ("menduga truk itu kehilangan ...", "memastikan pasokan
#: beras gudang mencukupi", "memastikan semua ongkos pengobatan warga ditanggung ...").
_VERB_SOON = re.compile(
    # A name inside the subject too: "memastikan jadwal Piala Soeratin digeser ...".
    r"\s+(?:[a-z][\w-]*\s+)(?:[A-Za-z][\w-]*\s+){0,3}(?:(?:me|ber)[a-z]{3,}|di(?!ri)[a-z]{4,})\b"
)
#: Or a longer subject (up to fourteen words: places, acronyms and dates in brackets
#: inside it) and a passive verb: "memastikan pemilihan kepala desa (pilkades) di 9 dusun di
#: Kecamatan X digelar Sabtu"; never across "yang", a subordinator or a comma.
_PASSIVE_AFTER_LONG_SUBJECT = re.compile(rf"\s+{_SUBJECT_WORD}{{5,14}}di(?!ri\b)[a-z]{{4,}}\b")
#: What is asked after a verb of request or appeal: "agar"/"supaya"/"untuk"/"segera"
#: within seven words ("mengimbau warga yang tinggal di bantaran sungai untuk ..."), not
#: a thing asked for ("meminta maaf", "meminta keterangan").
_DIRECTIVE_MARKER = re.compile(
    r"\s+(?!(?:maaf|izin|keterangan|waktu|uang|jatah|bagian)\b)"
    r"(?:[\w-]+,?\s+){0,6}?(?:agar|supaya|untuk|segera|tetap|tidak|jangan)\b"
)
#: Or an object of one to three words (a body's name too) and its verb ("mengimbau
#: pengendara mematuhi ...", "mendesak Badan Pengawas Obat menarik ..."); or an object
#: of up to four words joining the act ("mengajak warga dan pemilik toko ikut menjaga",
#: "turut bergotong royong"): "ikut"/"turut" mark the act even before an unprefixed verb.
_DIRECTIVE_CLAUSE = re.compile(
    r"\s+(?:[\w-]+\s+){1,3}(?:juga\s+|tidak\s+|tetap\s+)?(?:me|ber)[a-z]{3,}\b"
    r"|\s+(?:[\w-]+\s+){1,4}?(?:ikut|turut)\s+[a-z]{3,}\b"
    # Acts asked for with a verb of no prefix: "meminta Pemerintah Provinsi turun tangan".
    r"|\s+(?:[\w-]+\s+){1,3}(?:turun\s+tangan|hadir|datang|pulang|kembali|mundur)\b"
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
    r"\s+(?:[\w-]+\s+){1,3}yang\s+(?:(?!(?:me|ber|di)[a-z])[\w-]+\s+){1,6}(?:me|ber)[a-z]{3,}\b"
)


#: Whom an appeal ("mengajak") addresses: a public, not one person invited along
#: ("mengajak umat menjaga ...", "mengajak semua pihak untuk ..."; not "mengajak
#: istrinya berlibur", "mengajak Beckham menjadi cameo").
_APPEAL_AUDIENCE = re.compile(
    r"\s+(?:agar\s+|supaya\s+|kepada\s+)?(?:masyarakat|warga|umat|semua|seluruh|segenap|para"
    r"|publik|rakyat|bangsa|pemerintah|kita|generasi|pemuda|orang|seantero|pihak|kaum|anak"
    r"|pelaku|pengusaha|petani|nelayan|pedagang|pengendara|wisatawan|pemilih|jemaah|jamaah"
    r"|santri|mahasiswa|pelajar|siswa|guru|orangtua|negara)\b"
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


#: Who asks at a press conference: '"...?" tanya seorang wartawan'.
_JOURNALISTS = frozenset("wartawan jurnalis reporter pewarta awak".split())


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
    return not _clause_after(sent, at)


def _directive_clause(cue: str, sent: str, at: int) -> bool:
    """True when what is asked follows a verb of request or appeal at ``sent[at:]``."""
    if cue not in DIRECTIVE_VERBS:
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


#: A promise: a verb (after "akan"/"untuk"/"tidak") right after "berjanji".
_PROMISE_SOON = re.compile(
    r"\s+(?:(?:akan|untuk|tidak|segera)\s+)?(?:(?:me|ber)[a-z]{3,}"
    # Verbs without a prefix that are promised as often: "berjanji kembali ke lapangan".
    r"|kembali|hadir|datang|pulang|mundur|tampil|bangkit)\b"
)
#: Subject-first verbs that report a view only as "X melihat Y sebagai Z" ("sees Y as Z");
#: otherwise they are narration ("Warga melihat asap"), and never introduce a quote.
_SEBAGAI_VERBS = frozenset({"melihat"})
#: Minimum words of a quoted span that make an indirect report a mixed quote; shorter
#: ones are terms in scare quotes.
_MIN_MIXED_WORDS = 3
#: Minimum words of reported content for an indirect quote.
_MIN_INDIRECT_WORDS = settings.integer("quotes.min_indirect_words")
_GLUE_AFTER_VERB = re.compile(
    r"^(?:\s+kepada\s+[^,:\x01]{1,60}?)?(?:\s*,)?(?:\s+bahwa)?\s*[,:]?\s*$"
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
    r"(?P<cue>(?:[Kk]ata|[Uu]jar|[Mm]enurut|[Jj]elas|[Tt]ambah|[Ll]anjut)nya"
    r"|[Kk]ata\s+(?:dia|ia|beliau)"
    # "Dikatakan pula bahwa ...": a passive with no agent, the last speaker's words.
    r"|Dikatakan(?:\s+(?:pula|juga|pun))?(?:\s*,|\s+bahwa\b|(?<=pula|juga)(?=\s+[a-z])))"
    r"\s*,?\s+"
)
_MENURUT = re.compile(
    r"^(?:(?:Namun|Tetapi|Sementara itu|Sedangkan|Adapun|Dan|Selain itu)\s*,?\s+)?"
    r"[Mm]enurut\s+(?P<who>[^,\x01]{1,80}?)\s*,\s*"
)
_TRAILING_MENURUT = re.compile(r",\s*menurut\s+(?P<who>[^,.\x01]{1,80})[.!?]?\s*$")
_PARENTHETICAL = re.compile(
    r",\s*(?P<cue>(?:kata|ujar|lanjut|tambah|imbuh|jelas|tutur)(?:nya|\s+(?:dia|ia))"
    r"|menurut(?:nya|\s+(?:dia|ia|beliau)))\s*,\s"
)
#: "Warga, menurut Kepala Desa Santoso, sempat mengungsi": a named parenthetical source.
_PARENTHETICAL_MENURUT = re.compile(r",\s*menurut\s+(?P<who>[^,\x01]{1,80}?)\s*,\s")
_LINKERS = re.compile(r"[\s,]*(?:(?:seraya|sambil|dan|lalu|kemudian|juga|ia|dia)\s+)*")
_DATELINE_WORD = re.compile(
    r"(?:\S*\.\S*?|[A-Z][a-z]{6,}|[A-Z]{3,})-+[A-Z]"
)  # "Rimanews-Dinas ...": a dateline, not a subject
_SALIENT = re.compile(
    r"(?:(?:Namun|Tetapi|Sementara)\s*,?\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5})\s+(?:juga\s+|pun\s+)?[a-z]"
)


#: Words that may stand between a sentence start and its titled subject: "Sementara itu,
#: Duta Besar Jepang Budi Santoso menyesalkan ...".
_SUBJECT_LEAD = frozenset({"sementara", "itu", "namun", "untuk", "di", "dari", "dan", "pula"})


#: An age in brackets after a name: "Sarmin (61), mengeluhkan ..." (skipped where the
#: words after a name are read).
_AGE_AFTER = r"(?:\s*\(\d{1,3}\)|\s*,\s*\d{1,3}(?=\s*,))?"
#: A name (one to three capitalised words) and an age in brackets: a person, even when
#: the tagger missed a one-word name ("Seorang petani, Sarmin (61), meminta ...").
_AGED_NAME = re.compile(r"(?<![\w-])[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?=\s*\(\d{1,3}\))")


def _aged_names(sent: str) -> list[tuple[int, list[str]]]:
    """The names with an age after them in ``sent`` (start, words), like :func:`full_names`.

    >>> _aged_names("Warga, Sarmin (61), meminta ...")
    [(7, ['Sarmin'])]
    """
    out = []
    for m in _AGED_NAME.finditer(sent):
        words = m.group(0).split()
        while words and not is_name_token(words[0]):
            words = words[1:]
        if words and not looks_like_org(" ".join(words)):
            out.append((m.start() + m.group(0).find(words[0]), words))
    return out


_AGE_RE = re.compile(r"\s*\(\d{1,3}\)")
#: A relative clause ("yang memandu rombongan"): its verb is not the sentence's.
_RELATIVE = re.compile(r"\byang\b[^,]*")
#: A verb right after a person (and an appositive comma): "..., Budi, meragukan ...".
_VERB_AFTER = re.compile(
    # "Pada sesi berikutnya, Budi dari Fraksi X menanyakan ...": where he comes from may
    # stand between the name and the verb.
    _AGE_AFTER + r"(?:\s+dari\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})?"
    r"\s*,?\s*(?:(?:juga|pun|lalu|kemudian|justru|malah|sempat|sudah|telah|masih"
    r"|pernah)\s+)?(?:me|ber)[a-z]{3,}\b"
)
#: The comma closing an appositive name (or an aside between dashes after it: "X --
#: akrab disapa Y -- kembali ..."), then the sentence's lower-case predicate.
_CLOSING_APPOSITIVE = re.compile(
    _AGE_AFTER
    + r"(?:\s*,|\s+(?:--|[–—])\s[^-–—.,]{1,80}?\s(?:--|[–—]))"
    + r"\s+(?!(?:dan|atau|serta|maupun|hingga)\b)[a-z]"
)
#: A verb in narration before a person: the person is then its object, not the subject.
#: ("berikutnya", "sebelumnya": adverbs of order, no verb.)
_VERB_WORD = re.compile(r"\b(?!berikutnya\b)(?:me|ber|di)[a-z]{4,}\b")
#: A company's legal form in its name: "PT X", "X Tbk", "X Ltd", "X Inc.".
_COMPANY = re.compile(r"^(?:PT|CV)\s|\s(?:Tbk|Ltd|Inc|Corp|Co|GmbH|AG|SA|Plc)\.?$")
_BRACKETED_ACRONYM = re.compile(r"\([A-Z][A-Za-z]{1,9}\)")


def _is_company_mention(m: Mention) -> bool:
    """A company ("PT X", "X Tbk"): what "perusahaan", "perseroan" and "emiten" point
    back to (an exchange or a ministry never)."""
    return m.type == "ORG" and bool(_COMPANY.search(m.entity or m.text) or _COMPANY.search(m.text))


def _is_club_mention(m: Mention) -> bool:
    """A sports club (:func:`is_club`): what "klub itu" and "tim tersebut" point back to."""
    return m.type == "ORG" and is_club(m.entity or m.text)


#: The rest of an office after its title, then its holder after a comma: " Sukamaju,
#: Siti Aminah".
_OFFICE_REST_THEN_HOLDER = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*){1,4}[ \t]*,[ \t]*[A-Z]")
#: A speaker imitating another's words after a verb-first cue: "menirukan ucapan
#: pelaku", "menirukan keluhan ibunya".
_MIMICKING = re.compile(
    r"\s*(?:sambil\s+|seraya\s+)?menirukan\s+(?:ucapan|pengakuan|kata-kata|perkataan|keluhan"
    r"|jawaban|pesan)\b"
)
#: Head words of an administrative area before its name: "Kelurahan Ciracas".
_ADMIN_HEADS = lex("kelurahan kecamatan desa kampung nagari distrik kabupaten kota provinsi")

#: A sentence after a quote naming who said it: "Ucapan itu diteriakkan X", "Pernyataan
#: tersebut disampaikan oleh X", "Demikian keterangan X", "Begitu kata X".
_NAMED_AFTER = re.compile(
    r"[\s\"”’]*(?:(?:Kalimat|Pernyataan|Ucapan|Kata-kata|Seruan|Teriakan|Kritik|Keluhan)"
    r"\s+(?:itu|tersebut)\s+(?P<cue>dilontarkan|disampaikan|diucapkan|dikatakan|diungkapkan"
    r"|diteriakkan|diserukan)\s+(?:oleh\s+)?"
    # '"...." Cerita itu berasal dari Budi (52), nelayan ...': whose words they were.
    r"|(?:Kalimat|Pernyataan|Ucapan|Kata-kata|Keluhan|Pengakuan|Cerita)\s+(?:itu|tersebut)\s+"
    r"(?P<source>datang\s+dari|berasal\s+dari|keluar\s+dari\s+mulut)\s+"
    r"|(?:Begitu|Demikian)\s+(?P<noun>penjelasan|kata|ucapan|jawaban|keterangan|pernyataan"
    # The speaker's description may come first: "Begitu kata sutradara Budi ...".
    r"|penegasan|tanggapan|kesaksian|pengakuan)\s+"
    # A passive: '"...." Demikian ditegaskan Budi.'
    r"|(?:Begitu|Demikian)\s+(?P<passive>di[a-z]{3,}kan)\s+(?:oleh\s+)?)(?=[A-Za-z])"
)
#: The sentence after a statement that names who voiced it: "Hal tersebut diungkapkan
#: juru bicara X, Budi Santoso, ...".
_VOICED_BY = re.compile(
    r"[\s.]*(?:Hal|Pernyataan|Keterangan|Sikap)\s+(?:itu|tersebut)\s+"
    r"(?:di(?:sampaikan|ungkapkan|katakan|tegaskan|jelaskan|umumkan))\s+(?:oleh\s+)?(?=[A-Za-z])"
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
_READ_FOR = re.compile(
    r"\s*,?\s*(?:demikian|begitu)\s+(?:bunyi|isi)\s+(?P<cue>sambutan|pidato|amanat|pesan|surat)"
    r"\s+(?P<who>[^,.;:!?\x01]{1,60}?)\s+(?=yang\s+dibacakan\b)"
)
#: The time of an entry of a live report before its subject: "Pukul 09.40 WITA - ".
_TIMESTAMP = re.compile(r"^\s*(?:[Pp]ukul\s+)?\d{1,2}[.:]\d{2}\s*(?:WIB|WITA|WIT)?\s*[-–—]+\s*")
#: The rest of a sentence that only introduces a person: an age and the full stop.
_INTRODUCED = re.compile(r"(?:\s*\(\d{1,3}\))?\s*[.!]?\s*")


def _is_subject_prefix(prefix: str) -> bool:
    """True when ``prefix`` (the words before a person) is only a title and its office,
    so the person is the subject of the sentence: "Duta Besar Jepang Budi ...".
    """
    words = prefix.replace(",", " ").split()
    if len(words) < 2:
        return len(prefix.strip()) < 3 or (bool(words) and words[0].lower() in ROLE_TITLES)
    return (
        any(w.lower() in ROLE_TITLES for w in words)
        and all(
            w.lower() in ROLE_TITLES
            or w.lower() in MODIFIERS
            or w.lower() in _SUBJECT_LEAD
            or w in ("dan", "serta")  # "Ketua Asosiasi Petani dan Nelayan ..."
            or w.lower() in ORG_HEADS  # "Ketua majelis hakim ...": a body in lower case
            or _BRACKETED_ACRONYM.fullmatch(w) is not None  # "... Nelayan (APN) Jambi"
            or (w[:1].isupper() and is_name_token(w))
            for w in words
        )
    )


#: A passive cue right after a quote, naming the speaker after it: '"...," demikian
#: disampaikan Deputi Gubernur X' (the trailing form of :data:`TRAILING_PASSIVE_RE`).
_QUOTE_PASSIVE = re.compile(
    rf"^\s*,?\s*(?:demikian|begitu)\s+(?P<cue>{'|'.join(sorted(PASSIVE_CUES))})\s+(?:oleh\s+)?"
)
#: A passive verb and its agent marker at the end of narration before a person: "Hal
#: itu dibantah <X>", "Hal senada disampaikan oleh <title> <X>".
_PASSIVE_AGENT = re.compile(
    # Not a nominalised form ("digelarnya") nor a verb of naming ("disebut X").
    r"\bdi(?![a-z]*nya\b|(?:sebut|namakan|namai|juluki|kenal|beri)\b)[a-z]{3,}\s+(?:oleh\s+)?"
)


#: The first verb of a clause: "X, ..., menemui massa dan berjanji ...".
_FIRST_VERB = re.compile(r"(?<![\w-])(?:me|ber)[a-z]{3,}\b")
#: A second predicate joined to the first: "... menemui massa dan".
_AND_END = re.compile(r"\s(?:dan|serta|lalu|kemudian)\s*$")


#: An office between a noun and the person it introduces: "terdakwa Bupati Sikka, ".
#: "tersangka mantan Camat Sukamaju, ".
_TITLED_GAP = re.compile(
    r"(?:(?:mantan|eks)[ \t]+)?(?:(?:[A-Z][\w.'’-]*[ \t]+){1,4}(?:[A-Z][\w.'’-]*,[ \t]+)?"
    r"|(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.'’-]*,[ \t]+)"
)


def _is_data(phrase: str) -> bool:
    """True for a data source as the subject or after "menurut" ("Data Dinas X
    menunjukkan ...", "..., menurut data Bloomberg"): figures read from a record, which no
    set labels as anyone's statement."""
    words = phrase.split()
    return len(words) > 1 and words[0].lower() == "data"


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
    return parse_subject(head[: verb.start()])


def _closes_appositive(prefix: str, masked: str, end: int, se: int) -> bool:
    """True when a name ending at ``end`` closes an appositive of the sentence's subject
    and the predicate follows: "Juara maraton putra, pelari Kenya Budi Santoso, finis
    ..." (``prefix``: the words before the name, with a comma and no verb).

    >>> s = "Juara lomba, pelari Kenya Budi Santoso, finis pertama."
    >>> _closes_appositive(s[:26], s, 38, len(s))
    True
    """
    head, comma, role = prefix.rpartition(",")
    return (
        bool(comma)
        and bool(head.strip())
        and not _VERB_WORD.search(_RELATIVE.sub("", head))
        # A role that holds a participle ("juara bertahan") still opens with its noun.
        and not _VERB_WORD.match(role.strip())
        # Only role words between the comma and the name ("pelari Kenya"), no clause.
        and len(role.split()) <= 4
        and not any(w.lower() in _NOT_ROLE_WORDS for w in role.split())
        and _CLOSING_APPOSITIVE.match(masked, end, se) is not None
    )


#: Words that make the text before a name a clause, not a role: "perseteruan dengan X".
_NOT_ROLE_WORDS = frozenset(
    "yang dengan dan atau di ke dari untuk soal oleh pada bagi tentang terhadap".split()
)


def _is_passive_agent(prefix: str, masked: str, end: int, se: int) -> bool:
    """True when the person after ``prefix`` (ending at ``end``) is the agent of the
    sentence's passive verb and closes its clause ("Hal itu dibantah Tarsono."), so the
    one acting, like a subject: "Ia" of the next sentence points to him. Not the agent
    of a relative clause ("yang dipromotori oleh X") or one the sentence goes on after
    ("disampaikan X melalui ...").

    >>> s = "Hal senada disampaikan oleh Direktur Jenderal Pajak, Budi Santoso."
    >>> _is_passive_agent(s[:53], s, 65, len(s))
    True
    >>> _is_passive_agent("Polisi menangkap ", "", 0, 0)
    False
    """
    agents = list(_PASSIVE_AGENT.finditer(prefix))
    if not agents or prefix[: agents[-1].start()].rstrip().endswith("yang"):
        return False
    rest = prefix[agents[-1].end() :]
    titled = any(w.lower() in ROLE_TITLES for w in rest.replace(",", " ").split())
    return (not rest.strip(" ,") or (titled and _is_subject_prefix(rest))) and (
        _AGENT_END.match(masked, end, se) is not None
    )


#: What may follow a passive agent that closes its clause; a time before the sentence's
#: end too ("Penalti itu dieksekusi Budi pada babak pertama.").
_AGENT_END = re.compile(
    _AGE_AFTER + r"(?:\s+pada\s+(?:menit|babak|laga|hari|pekan|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu"
    r"|Minggu)\b[^,.;!?\x01]{0,30}?(?=[.;!?]))?"
    + r"\s*(?:[.;!?]|$|,\s+(?!(?:dan|atau|serta)\b)[a-z])"
)


@dataclass(frozen=True, slots=True)
class _Found:
    """A quote before speaker resolution; offsets are absolute."""

    start: int
    end: int
    kind: QuoteKind
    cue: str | None
    who: Who | None  # None: continue the last speaker
    who_at: int  # absolute offset of the speaker phrase the ``who.offset`` is relative to
    paragraph: int


@dataclass(frozen=True, slots=True)
class _Attribution:
    """The cue and speaker phrase found for one quote span of a sentence."""

    who: Who | None  # None: no speaker named here (the sentence's first one may serve)
    cue: str
    at: int  # absolute offset the ``who.offset`` is relative to
    glued: bool  # a subject-first cue joined to the quote ("X mengatakan, ...")


@dataclass(frozen=True, slots=True)
class _Hit:
    """An indirect quote's reported content (offsets in the sentence) and its speaker."""

    start: int
    end: int
    cue: str
    who: Who
    at: int  # absolute offset the ``who.offset`` is relative to; -1 for none


@dataclass(frozen=True, slots=True)
class _Speaker:
    """A speaker as resolved: surface name, role and the name's absolute offset."""

    name: str
    role: str | None
    at: int


@dataclass(frozen=True, slots=True)
class _Salient:
    """The person a narrative sentence is about."""

    name: str
    at: int  # absolute offset of the name
    subject: bool  # the name is the sentence's subject (not just mentioned)


@dataclass(frozen=True, slots=True)
class _Resolved:
    """A found quote with its speaker resolved (``at``: where the name is, or the quote)."""

    found: _Found
    name: str | None
    role: str | None
    at: int
    pending: bool = False  # open at its paragraph's end, speaker unknown: kept only if
    # the next paragraph's quote continues it (see :func:`_settle_pending`)


@dataclass(slots=True)
class _State:
    """Running attribution state across sentences and paragraphs."""

    last_person: _Speaker | None = None
    last_any: _Speaker | None = None
    last_org: _Speaker | None = None  # the last body that spoke, for "Perusahaan"
    last_para: int = -10  # paragraph of the last resolved quote
    last_person_at: int = -1  # offset of the last quote attributed to ``last_person``
    speaker_tokens: set[str] = field(default_factory=set)  # words of people who spoke
    salient: _Salient | None = None
    out: list[_Resolved] = field(default_factory=list)


class _Extractor:
    def __init__(self, text: str, mentions: Sequence[Mention]) -> None:
        self.text = text
        self.mentions = sorted(mentions, key=lambda m: m.start)
        # Mention lookups by offset bisect these, so they cost O(log n), not O(n).
        self._starts = [m.start for m in self.mentions]
        self._longest = max((m.end - m.start for m in self.mentions), default=0)
        self.state = _State()
        self.para = self.masked = ""
        self.base = self.pi = 0
        self._common_words: frozenset[str] | None = None
        self.prev_sentence = ""  # the narration of the paragraph's previous sentence
        # Quote span -> (name, offset) of who imitated the words ("ucap X menirukan ...").
        self.imitators: dict[tuple[int, int], tuple[str, int]] = {}

    def _common(self) -> frozenset[str]:
        """Words this article writes in lower case."""
        if self._common_words is None:
            self._common_words = common_words(self.text)
        return self._common_words

    # -- per sentence ----------------------------------------------------------------

    def paragraph(self, pi: int, para: str, base: int) -> None:
        """Extract from one paragraph (``base`` is its offset in the article)."""
        spans = quote_spans(para)
        self.para, self.masked, self.base, self.pi = para, mask(para, spans), base, pi
        opens = [s for s, _ in spans]  # in text order: a sentence's spans are one slice
        self.prev_sentence = ""
        for ss, se in sentences(para, spans):
            self._sentence(ss, se, spans[bisect_left(opens, ss) : bisect_left(opens, se)])
            self.prev_sentence = self.masked[ss:se]

    def _sentence(self, ss: int, se: int, inside: list[tuple[int, int]]) -> None:
        """Extract from one sentence; ``inside``: the quote spans opening in it."""
        if inside and self._quoted(ss, se, inside):
            return
        self._indirect(ss, se, inside)
        self._salient(self.masked, self.base, ss, se)

    def _salient(self, masked: str, base: int, ss: int, se: int) -> None:
        """Remember the person a narrative sentence is about, for "Ia"/"Presiden itu"."""
        first = bisect_left(self._starts, base + ss)
        first_person: _Salient | None = None
        for mention in self.mentions[first : bisect_left(self._starts, base + se)]:
            if (
                mention.type == "PER"
                and not self._glued_place(mention)
                and not self._title_before_office(mention)
            ):
                prefix = _TIMESTAMP.sub("", masked[ss : mention.start - base])
                if first_person is not None:
                    # After a first person who does not act, only the agent of a passive
                    # takes over: "Pernyataan Budi dibantah Kepala Dinas X, Rina."
                    if _is_passive_agent(prefix, masked, mention.end - base, se):
                        first_person = _Salient(mention.entity or mention.text, mention.start, True)
                        break
                    continue
                subject = (
                    _is_subject_prefix(prefix)
                    # "Di antaranya, Budi (47).": a sentence that only introduces him.
                    or (
                        _INTRODUCED.fullmatch(masked, mention.end - base, se) is not None
                        and prefix.rstrip().endswith(",")
                        and not _VERB_WORD.search(prefix)
                    )
                    or _is_passive_agent(prefix, masked, mention.end - base, se)
                    or (
                        # "Namun, analis pasar di Medan, Lukas Wijaya, meragukan ...": an
                        # appositive, then the person and the sentence's verb.
                        prefix.rstrip().endswith(",")
                        and not _VERB_WORD.search(_RELATIVE.sub("", prefix))
                        and _VERB_AFTER.match(masked, mention.end - base, se) is not None
                    )
                    or _closes_appositive(prefix, masked, mention.end - base, se)
                )
                first_person = _Salient(mention.entity or mention.text, mention.start, subject)
                if subject:
                    break
        if first_person is not None:
            self.state.salient = first_person
            return
        common = self._common()
        acting = [
            (start, words)
            for start, words, aged in [
                *((a, w, False) for a, w in full_names(masked[ss:se], common)),
                *((a, w, True) for a, w in _aged_names(masked[ss:se])),
            ]
            for prefix, end in [(masked[ss : ss + start], ss + start + len(" ".join(words)))]
            # A span the tagger calls a body or a place, or a region's name, is no agent
            # (unless an age follows it: "Sarmin (61)" is a person whatever the tag).
            if (aged or not self._is_org_mention(base + ss + start))
            and not is_region_name(" ".join(words))
            and (
                _is_passive_agent(prefix, masked, end, se)
                or _closes_appositive(prefix, masked, end, se)
            )
        ]
        if acting:
            # "Hal itu dibantah Budi Santoso.": the agent acts, like a subject; the last
            # one, after the words of his office ("disampaikan Kepala Dinas X, Budi").
            start, words = acting[-1][:2]
            self.state.salient = _Salient(" ".join(words), base + ss + start, True)
            return
        # "09.30 WIB – Kepala X ...": a live report's time stamp before the subject.
        stamp = _TIMESTAMP.match(masked[ss:se])
        m = _SALIENT.match(masked, ss + (stamp.end() if stamp else 0), se)
        if m and not _DATELINE_WORD.match(m.group("name")):
            name, title = split_title(m.group("name"))
            tokens = name.split()
            while tokens and not is_name_token(tokens[0]):
                tokens = tokens[1:]  # "Menurut Tjahjo ...": a preposition, then the name
            name = " ".join(tokens)
            at = base + m.start("name") + m.group("name").rfind(name)
            if (
                title
                and tokens
                and (
                    is_club(name)
                    or self._introduced_as_body(name, at)
                    or self._untagged_territory(title, tokens, at)
                )
            ):
                # "Pelatih Persela memilih diam.": the office of a body is the person the
                # sentence is about.
                name, at = f"{title} {name}", base + m.start("name")
            plain = bool(tokens) and not any(t.lower() in common for t in tokens)
            # Only a known person takes over from the last speaker: someone who already
            # spoke, or a titled name ("Menteri Sri ..."). A capitalised first word is
            # as often a place, an organisation or "Tidak" as it is a person.
            if any(t in self.state.speaker_tokens for t in tokens) or (title and plain):
                self.state.salient = _Salient(name, at, True)
                return
            if plain and not looks_like_org(name):
                self._fallback(name, at)
                return
        for start, words in full_names(masked[ss:se], common):
            if words[0].lower() not in common:
                self._fallback(" ".join(words), base + ss + start)
                return

    def _title_before_office(self, mention: Mention) -> bool:
        """True when a "person" is only a title followed by the rest of its office and its
        holder between commas ("Lurah Sukamaju, Siti Aminah, ...", tagged "Lurah" + "Siti
        Aminah"): the holder is the person; a title alone as the subject ("Kapolda
        kembali bicara") stays."""
        if mention.text.lower() not in ROLE_TITLES:
            return False
        return _OFFICE_REST_THEN_HOLDER.match(self.text, mention.end) is not None

    def _glued_place(self, mention: Mention) -> bool:
        """True when a one-word "person" is the place of an office right before its
        holder ("Bupati Garut Budi Santoso" tagged "Garut" + "Budi Santoso"): the
        holder is the person, not the place."""
        if " " in mention.text or not is_region_name(mention.text):
            return False
        k = bisect_right(self._starts, mention.end + 1)
        return any(
            m.type == "PER" and m.start > mention.start for m in self.mentions[k - 1 : k + 1]
        )

    def _fallback(self, name: str, at: int) -> None:
        """Remember ``name`` as the narration's person, a fallback only; not in place of
        the subject of an earlier sentence of the same paragraph ("Pemilik kebun itu,
        Budi, adalah petani. Ditemui seusai panen, pria itu tersenyum.": a capitalised
        word at a sentence start is no better than the person the paragraph is about)."""
        sal = self.state.salient
        if sal is not None and sal.subject and "\n\n" not in self.text[sal.at : at]:
            return
        self.state.salient = _Salient(name, at, False)

    def _quoted(self, ss: int, se: int, inside: list[tuple[int, int]]) -> bool:
        """Attribute quote spans in one sentence; False when none is a quotation."""
        para, masked, base, pi = self.para, self.masked, self.base, self.pi
        n = len(inside)
        atts: list[_Attribution | None] = [None] * n
        asked = [False] * n  # a journalist's question: no quote at all
        for i, (_, qe) in enumerate(inside):
            nxt = inside[i + 1][0] if i + 1 < n else se
            after = masked[qe:nxt]
            lead = len(after) - len(after.lstrip(" ,"))
            m = VERB_FIRST_RE.match(after, lead)
            if m and lead:
                who, left = parse_after(after[m.end() :])
                if who is not None and who.name is not None and _MIMICKING.match(left):
                    # '"...," ujar Budi menirukan ucapan pelaku': the words are the
                    # one imitated, the person the narration spoke of before; Budi, who
                    # imitates, stays the article's speaker (see :meth:`_emit`).
                    imitator = (who.name, base + qe + m.end() + max(who.offset, 0))
                    who = Who(None, anaphor=True)
                    self.imitators[base + inside[i][0], base + qe] = imitator
                if m.group("base").lower() == "tanya" and _is_journalist(who):
                    asked[i] = True
                    continue
                if m.group("nya"):
                    who = Who(None, anaphor=True)
                if who is not None:
                    atts[i] = _Attribution(who, m.group(0), base + qe + m.end(), False)
                    continue
            if (pm := _QUOTE_PASSIVE.match(after)) is not None:
                # '"...," demikian disampaikan Deputi Gubernur BI, Budi Santoso.'
                who, _ = parse_after(" " + after[pm.end() :])
                if who is not None and who.usable:
                    atts[i] = _Attribution(who, pm.group("cue"), base + qe + pm.end() - 1, False)
                    continue
            if (rm := _READ_FOR.match(after)) is not None:
                # '"...," demikian isi pidato menteri yang dibacakan X': a speech
                # read for its author is the author's words.
                who = parse_phrase(rm.group("who"))
                if who is not None and who.usable:
                    atts[i] = _Attribution(who, rm.group("cue"), base + qe + rm.start("who"), False)
                    continue
            v = SUBJECT_FIRST_RE.search(after)
            if v and "." not in after[: v.start()] and v.start() < 160:
                who = parse_subject(after[: v.start()])
                if who is not None and who.usable:
                    atts[i] = _Attribution(who, v.group("cue"), base + qe, False)
        found: list[_Found] = []
        first_att = next((a for a in atts if a is not None), None)
        prev_end = ss
        for i, (qs, qe) in enumerate(inside):
            if asked[i]:
                prev_end = qe
                continue
            before = masked[prev_end:qs]
            att = atts[i]
            kind: QuoteKind = "direct"
            start, end = inner(para, (qs, qe))
            rest = masked[qe : inside[i + 1][0] if i + 1 < n else se]
            if att is None:
                pre = self._pre(before, base + prev_end)
                if pre is not None:
                    att = pre
                    if pre.who is None and first_att is not None:
                        att = _Attribution(first_att.who, pre.cue, first_att.at, True)
                    if not pre.glued:
                        kind = "mixed"
                        start = self._content_from(masked, prev_end, qs)
                        start, end = trim(para, start, se)
                    elif rest.strip(" .,!?;:") and not atts[i] and i + 1 == n:
                        kind = "mixed"
                        start, end = trim(para, qs, se)
                    if pre.who is None and first_att is None:
                        att = None
                    elif first_att is None:
                        first_att = att  # later spans of this sentence share the speaker
                elif (
                    first_att is not None
                    and i > 0
                    and (not before.strip(" ,") or (atts[i - 1] and before.rstrip().endswith(",")))
                ):
                    verbs = list(SUBJECT_FIRST_RE.finditer(before))
                    cue = verbs[-1].group("cue") if verbs else first_att.cue
                    att = _Attribution(first_att.who, cue, first_att.at, True)
            if att is None:
                words = para[start:end].split()
                whole = not rest.strip(" .,!?;:") and para[start:end].endswith((".", "!", "?"))
                if not before.strip() and (len(words) >= _MIN_CONTINUATION_WORDS or whole):
                    found.append(_Found(base + start, base + end, "direct", None, None, -1, pi))
                prev_end = qe
                continue
            if i == 0 and atts[0] is not None and len(before.split()) > 1:
                kind = "mixed"  # narration, then a quoted fragment: 'diambil "demi ...," jelas X'
            found.append(_Found(base + start, base + end, kind, att.cue, att.who, att.at, pi))
            prev_end = qe
            if kind == "mixed":
                break
        if not any(f.who is not None for f in found):
            named = self._named_after(base + inside[-1][1]) if found and not any(atts) else None
            if named is not None:
                # '"...." Ucapan itu diteriakkan Budi, ...': the speaker named after.
                cue, who, at = named
                for f in found:
                    self._emit(replace(f, cue=cue, who=who, who_at=at))
                return True
            if found and not any(atts):
                # Unattributed sentence-initial quotes: continuation of the last speaker.
                for f in found:
                    self._emit(f)
                return True
            return False
        for f in found:
            self._emit(f)
        return True

    def _named_after(self, end: int) -> tuple[str, Who, int] | None:
        """The speaker named right after an unattributed quote ending at ``end``, in
        the next sentence or paragraph: '"...." Ucapan itu diteriakkan Budi Santoso',
        '"...." Demikian keterangan Budi kepada wartawan'; (cue, speaker, offset) or ``None``."""
        m = _NAMED_AFTER.match(self.text, end)
        if m is None:
            return None
        who, _ = parse_after(" " + self.text[m.end() : m.end() + 200])
        if who is None or not who.usable or who.name is None:
            return None
        cue = m.group("cue") or m.group("noun") or m.group("passive") or m.group("source")
        return cue, who, m.end() - 1

    def _pre(self, before: str, at: int) -> _Attribution | None:
        """A subject-first cue before a quote: ``X mengatakan kepada wartawan, "..."``;
        or a verb-first one opening the sentence, then a colon: ``Kata Kapolres: "..."``,
        ``Ujarnya: "..."``."""
        if (colon := _colon_cue(before)) is not None:
            speaker, offset, verb = colon
            return _Attribution(speaker, verb, at + offset if offset >= 0 else -1, True)
        best = None
        for v in SUBJECT_FIRST_RE.finditer(before):
            best = v
        if best is not None:
            glue = bool(_GLUE_AFTER_VERB.match(before[best.end() :]))
            if best.group("cue") in _SEBAGAI_VERBS:
                return None  # "X melihat, "...": seeing, not saying
            if (
                best.group("cue") in WEAK_CUES
                and not glue
                and not re.match(r"\s+bahwa\b", before[best.end() :])
            ):
                return None
            head = before[: best.start()]
            if _LINKERS.fullmatch(head):
                head = ""  # "..., seraya menambahkan bahwa, "...": same speaker
            who = parse_subject(head) if head.strip() else None
            if head.strip() and (who is None or not who.usable):
                return None
            return _Attribution(who, best.group("cue"), at, glue)
        m = re.search(r"(?:^|,\s*)[Mm]enurut\s+(?P<who>[^,\x01]{1,80}?)\s*,\s*$", before)
        if m:
            who = parse_phrase(m.group("who"))
            if who is not None and who.usable:
                return _Attribution(who, "menurut", at + m.start("who"), True)
        return None

    def _content_from(self, masked: str, lo: int, qs: int) -> int:
        """Start of the reported clause after a subject-first verb before ``qs``."""
        best = None
        for v in SUBJECT_FIRST_RE.finditer(masked, lo, qs):
            best = v
        if best is None:
            return lo
        m = _CONTENT_START.match(masked, best.end())
        return m.end() if m else best.end()

    def _indirect(self, ss: int, se: int, inside: list[tuple[int, int]]) -> None:
        para, masked, base, pi = self.para, self.masked, self.base, self.pi
        sent = masked[ss:se]
        hit: _Hit | None = None
        for m in TRAILING_CUE_RE.finditer(sent):
            if m.start() == 0:
                continue
            cue = m.group("cue")
            rest = sent[m.end() :]
            if cue.lower().endswith("nya") and cue.lower() != "tanya":
                if rest.strip(" .!?") and not re.match(
                    r"\s+(?:kepada|di|saat|ketika|dalam)\b", rest
                ):
                    continue
                who: Who | None = Who(None, anaphor=True)
            else:
                who, left = parse_after(rest)
                tail = rest.partition(",")[2].split(None, 1)
                if (
                    who is not None
                    and (who.name is not None or who.anaphor)
                    and tail
                    and (not left.strip(" .!?") or left.lstrip().startswith(","))
                    and tail[0].lower() not in ROLE_OPENERS
                    and (
                        len(sent[: m.start()].split()) < _MIN_PARENTHETICAL_HEAD
                        or _CLAUSE_WORD.search(tail[-1] if len(tail) > 1 else "")
                    )
                ):
                    # "Hasil sketsa itu, kata Argo, nantinya ...": a parenthetical cue, not
                    # an appositive; the report is the whole sentence.
                    who = Who(who.name, None, who.org, who.anaphor, who.offset)
                    hit = _Hit(0, len(sent), cue, who, base + ss + m.end("cue"))
                    break
            if who is not None and who.usable:
                hit = _Hit(0, m.start(), cue, who, base + ss + m.end("cue"))
                break
        if hit is None and (m2 := _TRAILING_MENURUT.search(sent)):
            who = parse_phrase(m2.group("who"))
            if who is not None and who.usable and not _is_data(m2.group("who")):
                hit = _Hit(0, m2.start(), "menurut", who, base + ss + m2.start("who"))
        if hit is None and (m3 := _MENURUT.match(sent)):
            who = parse_phrase(m3.group("who"))
            if who is not None and who.usable and not _is_data(m3.group("who")):
                hit = _Hit(m3.end(), len(sent), "menurut", who, base + ss + m3.start("who"))
        if hit is None and (mp := TRAILING_PASSIVE_RE.search(sent)):
            # "..., demikian diungkapkan Bupati X di pendopo, Selasa."
            # The rest of the sentence, so "oleh <office>, <Name>," reaches the name.
            who, _ = parse_after(" " + sent[mp.start("who") :])
            if who is not None and who.usable:
                hit = _Hit(0, mp.start(), mp.group("cue"), who, base + ss + mp.start("who") - 1)
        if hit is None and (ml := LEADING_PASSIVE_RE.match(sent)):
            # "Dijelaskan pula oleh Rahayu, sebanyak ..."
            who = parse_phrase(ml.group("who"))
            held = _leading_office_holder(sent, ml)
            if held is not None:
                # "Ditegaskan Wakil Rektor X, Rina Marlina, kampus ...":
                # the office, then its holder, then the report.
                who, at, start = held
                hit = _Hit(start, len(sent), ml.group("cue"), who, base + ss + at)
            elif who is not None and who.usable:
                hit = _Hit(ml.end(), len(sent), ml.group("cue"), who, base + ss + ml.start("who"))
        if hit is None and (m4 := _LEADING_CUE.match(sent)):
            # The verb as written: "Kata" of "Kata dia", "Dikatakan" of "Dikatakan, ...".
            cue = m4.group("cue").split()[0].rstrip(",")
            hit = _Hit(m4.end(), len(sent), cue, Who(None, anaphor=True), -1)
        if hit is None:
            for v in SUBJECT_FIRST_RE.finditer(sent):
                head = sent[: v.start()]
                if not head.strip() or "\x01" in head or _is_data(head.rsplit(",", 1)[-1]):
                    continue
                who = parse_subject(head) or _coordinated_subject(head) or self._they(head)
                if who is None or not who.usable:
                    continue
                cm = _CONTENT_START.match(sent, v.end())
                cstart = cm.end() if cm else v.end()
                if v.group("cue") in _SEBAGAI_VERBS and " sebagai " not in sent[cstart:]:
                    continue
                if _collective_complaint(v.group("cue"), who, sent, v.end()):
                    continue
                if v.group("cue") == "mencatat" and _RESULT_RECORDED.match(sent, v.end()):
                    continue  # "Ia mencatat waktu 16 menit": a result set, not a report
                if _data_record(v.group("cue"), sent, cstart):
                    continue  # "BPBD mencatat 17 kejadian banjir ...": data, no statement
                if (
                    v.group("cue") in WEAK_CUES
                    and not re.search(r"bahwa|:", sent[v.end() : cstart])
                    and not re.match(r"\s*,", sent[v.end() :])  # "Ia melanjutkan, ..."
                    and not (who.org and v.group("cue") in ORG_REPORT_VERBS)
                    and not (v.group("cue") in WEAK_QUOTE_CUES and _clause_after(sent, v.end()))
                    and not (v.group("cue") in VIEW_VERBS and _VERB_SOON.match(sent, v.end()))
                    and not (
                        v.group("cue") in VIEW_VERBS
                        and _PASSIVE_AFTER_LONG_SUBJECT.match(sent, v.end())
                    )
                    and not _directive_clause(v.group("cue"), sent, v.end())
                    and not (v.group("cue") in PROMISE_VERBS and _PROMISE_SOON.match(sent, v.end()))
                    # "berjanji tunjangan cair sebelum ...": a promised outcome, a clause
                    and not (
                        v.group("cue") in PROMISE_VERBS and _PREDICATE_SOON.match(sent, v.end())
                    )
                    # "berjanji dinas akan memperbaiki ...": a promise of others' acts
                    and not (v.group("cue") in PROMISE_VERBS and _CLAUSE_SOON.match(sent, v.end()))
                ):
                    continue
                hit = _Hit(cstart, len(sent), v.group("cue"), who, base + ss)
                break
        if hit is None and (m6 := _PARENTHETICAL_MENURUT.search(sent)) and m6.start() > 0:
            who = parse_phrase(m6.group("who"))
            if who is not None and who.usable and who.name is not None:
                hit = _Hit(0, len(sent), "menurut", who, base + ss + m6.start("who"))
        if hit is None and (m5 := _PARENTHETICAL.search(sent)):
            hit = _Hit(0, len(sent), m5.group("cue").split()[0], Who(None, anaphor=True), -1)
        if hit is None and (credit := self._credited_by_next(base + se)) is not None:
            # "Anggaran ... naik tahun depan. Hal itu diungkapkan oleh Sekda X, Budi.":
            # a statement with no cue of its own, credited by the next sentence.
            cue, who, at = credit
            hit = _Hit(0, len(sent), cue, who, at)
        if hit is None:
            return
        start, end = trim(para, ss + hit.start, ss + hit.end)
        if len(para[start:end].split()) < _MIN_INDIRECT_WORDS:
            return
        quoted = [(q, e) for q, e in inside if start <= q < end]
        # A quoted term of a word or two ('”kota kembang” itu') is a scare quote
        # inside reported speech, not the speaker's words: the report stays indirect.
        words_quoted = max((len(para[q:e].split()) for q, e in quoted), default=0)
        kind: QuoteKind = "mixed" if words_quoted >= _MIN_MIXED_WORDS else "indirect"
        who, who_at = hit.who, hit.at
        if who is not None and (who.org or not who.role) and who.name is not None:
            # "Jepang menyatakan .... Hal tersebut diungkapkan juru bicara X, Budi.":
            # the body or the country spoke through the person named next.
            voiced = self._voiced_by(base + se)
            if voiced is not None:
                who, who_at = voiced
        self._emit(_Found(base + start, base + end, kind, hit.cue, who, who_at, pi))

    def _voiced_by(self, end: int) -> tuple[Who, int] | None:
        """The person named as the voice of the statement ending at ``end`` by the next
        sentence: "Hal tersebut diungkapkan (oleh) juru bicara X, Budi Santoso, ..." as
        (speaker, offset); ``None`` for any other next sentence."""
        m = _VOICED_BY.match(self.text, end)
        if m is None:
            return None
        held = _OFFICE_THEN_HOLDER.match(self.text, m.end())
        if held is not None and self._person_at(held.start("name")):
            # "... oleh Deputi Bidang X dan Y Bapanas, Budi Santoso,": the holder.
            office = held.group("office").strip()
            return Who(held.group("name"), office, offset=0), held.start("name")
        who, _ = parse_after(" " + self.text[m.end() : m.end() + 200])
        if who is None or who.name is None or who.org or who.anaphor:
            return None
        return who, m.end() - 1

    def _credited_by_next(self, end: int) -> tuple[str, Who, int] | None:
        """(cue, speaker, offset) when the sentence after ``end`` opens by crediting
        what came before to a person ("Hal itu disampaikan Budi saat ...", "Hal
        tersebut diungkapkan oleh Kepala Dinas X, Budi Santoso, ..."); else ``None``."""
        m = _VOICED_BY.match(self.text, end)
        voiced = self._voiced_by(end) if m is not None else None
        if m is None or voiced is None:
            return None
        cue = re.search(r"di[a-z]+", m.group(0))
        return (cue.group(0) if cue else "disampaikan"), voiced[0], voiced[1]

    def _person_at(self, pos: int) -> bool:
        """True when the tagger found a person starting at ``pos``."""
        return any(x.start == pos and x.type == "PER" for x in self.mentions)

    # -- speakers --------------------------------------------------------------------

    def _emit(self, f: _Found) -> None:
        st = self.state
        who = f.who
        name: str | None = None
        role: str | None = None
        pos = f.start
        if who is None:
            # Continuation: only from the same or the previous paragraph.
            if st.last_any is None or f.paragraph - st.last_para > 1:
                if self._open_at_end(f.end):
                    st.out.append(_Resolved(f, None, None, f.start, pending=True))
                return
            name, role, pos = st.last_any.name, st.last_any.role, st.last_any.at
        elif who.anaphor and who.org:
            # "Perusahaan menyatakan": the body that spoke last, or else the last one
            # named before; never a person. "Klub ... itu": the last club named.
            if (who.role or "").split(" ", 1)[0].lower() in TEAM_NOUNS:
                if (club := self._last_named(f.start, _is_club_mention)) is not None:
                    name, pos = club.entity or club.text, club.start
            elif st.last_org is not None:
                name, role, pos = st.last_org.name, st.last_org.role, st.last_org.at
            elif (body := self._last_named(f.start, _is_company_mention)) is not None:
                name, pos = body.entity or body.text, body.start
        elif (head := points_to_unnamed(who)) is not None:
            # "kata pejabat tersebut": the unnamed official who spoke last, else nobody.
            last = st.last_any
            if last is not None and (
                head in last.name.lower().split() or is_unnamed_source(last.name)
            ):
                name, role, pos = last.name, last.role, last.at
        elif who.name is not None and (held := self._minister_named(who.name, f.start)):
            # "Menkes menjelaskan ..." after "Menteri Kesehatan Budi": Budi.
            name, role, pos = held
        elif (office := self._named_office(bare_office(who), f.start)) is not None:
            # "Dalam pidatonya, bupati meminta ...": the regent named before.
            name, role, pos = office
        elif (
            who.anaphor
            and who.name is None
            and who.role in CASE_ROLES
            and (described := self._described(who.role, f.start, titled=True)) is not None
        ):
            # "terdakwa menulis, ..." after "terdakwa Budi Santoso": that person.
            name, pos = described
            role = who.role
        elif who.anaphor:
            ref = st.last_person
            sal = st.salient
            # A titled person (or an earlier speaker) who became the subject of the
            # narration after the last quote wins over the last speaker:
            # '"...," kata Budi. Menteri Sosial Risma tiba. "...," katanya.' -> Risma.
            if sal is not None and (ref is None or (sal.subject and sal.at > st.last_person_at)):
                ref = _Speaker(sal.name, None, sal.at)
            placed = sal is not None and (_place_salient(sal) or self._tagged_body(sal))
            if (ref is None or (st.last_person is None and placed)) and _office(who.role):
                # "..., kata Kepala Pelaksana BPBD Kota X" with nobody named before:
                # the office speaks (a place taken for a name is no antecedent).
                ref = _Speaker(who.role or "", None, f.who_at if f.who_at >= 0 else f.start)
                who = Who(who.role, None)
            elif ref is not None and self._unheld_office(
                who.role, ref, min(f.start, f.who_at) if f.who_at >= 0 else f.start
            ):
                # "Presiden Kolombia menyatakan ..." after a mayor spoke: an office of a
                # country or a place the article gave no holder speaks for itself.
                ref = _Speaker(who.role or "", None, f.who_at if f.who_at >= 0 else f.start)
                who = Who(who.role, None)
            if ref is not None:
                name, pos = ref.name, ref.at
                role = who.role or ref.role
        elif who.name is None and (described := self._described(who.role, f.start)) is not None:
            # "..., kata saksi." after "menghadirkan saksi Budi Santoso": that person.
            name, pos = described
            role = who.role
        else:
            name, role = who.name, who.role
            if name is not None and who.offset >= 0 and f.who_at >= 0:
                pos = f.who_at + who.offset
                first = name.split()[0]
                # "Kemlu RI" of "(Kemlu) RI": the name's first word is where it says.
                if self.text[pos : pos + len(first)].lower() != first.lower():
                    pos = self._locate(name, f.who_at)  # ("Polisi" may be written "polisi")
            if name is not None and self._office_of_body(who, pos):
                # "pelatih Persija mengaku ...", "Direktur RSUD Sumber Waras menyebut ...":
                # the words after the title are a club, a body or a place, not a holder;
                # the office speaks, as written.
                # (Capitalised as an office's name, one form however the sentence wrote it.)
                pos -= len(role or "") + 1
                name, role = f"{(role or '')[:1].upper()}{(role or '')[1:]} {name}", None
        st.out.append(_Resolved(f, name, role, pos))
        if name is not None:
            st.last_any = _Speaker(name, role, pos)
            st.last_para = f.paragraph
            org = who.org if who is not None and not who.anaphor else False
            if org:
                st.last_org = _Speaker(name, role, pos)
            titled = who is not None and not who.anaphor and bool(who.role) and not org
            if not org and (titled or not self._is_org_mention(pos) or self._aged(pos, name)):
                st.last_person = _Speaker(name, role, pos)
                st.last_person_at = f.start
                st.speaker_tokens.update(name.split())
        for (lo, hi), (imitator, at) in self.imitators.items():
            if lo <= f.start < hi:
                st.last_any = st.last_person = _Speaker(imitator, None, at)

    def _office_of_body(self, who: Who, pos: int) -> bool:
        """True when ``who`` is a title followed by a club's name, or by a name the
        article introduced before ``pos`` as a body or a place ("pelatih Persib",
        "Camat Ciracas" after "..., Ciracas, Jakarta Timur"), with no person tagged inside
        it: nobody holding the office is named. A name the tagger calls a body only
        where it stands ("Ketua Kelompok Tani X, Sukirno, ...") stays a person."""
        role, name = who.role or "", who.name or ""
        if who.org or who.anaphor or not role or role.split()[0].lower() not in ROLE_TITLES:
            return False
        if is_club(name) and not self._person_within(pos, pos + len(name)):
            return True
        return self._introduced_as_body(name, pos)

    def _person_within(self, start: int, end: int) -> bool:
        """True when the tagger found a person starting in ``[start, end)``."""
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return any(m.type == "PER" for m in self.mentions[lo:hi])

    def _introduced_as_body(self, name: str, before: int) -> bool:
        """True when a body's or a place's span the tagger found before ``before`` holds
        ``name`` ("Kudus Muria" in "Kudus Muria Jaya Sentosa", "Ciracas" in
        "Kelurahan Ciracas") and no person's span is ``name`` elsewhere in the article
        (the tagger may call the words right after a title a person). A name closing a
        longer span after anything but a place's head word may be a holder glued to his
        body ("PBB Budi Santoso"), so it does not count."""
        if any(m.type == "PER" and m.text == name and m.start != before for m in self.mentions):
            return False
        pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        for m in self.mentions:
            hit = pattern.search(m.text) if m.type != "PER" and m.end <= before else None
            if hit is None:
                continue
            head = m.text[: hit.start()].split()
            if hit.end() < len(m.text) or not head or head[-1].lower() in _ADMIN_HEADS:
                return True
        return False

    def _untagged_territory(self, title: str, tokens: list[str], at: int) -> bool:
        """True when one word the tagger did not find as a person follows the title of an
        office held over a territory ("Kapolsek Semanu meninjau ..."): the territory, so
        the office is the person the sentence is about."""
        return (
            title.lower() in TERRITORIAL_TITLES
            and len(tokens) == 1
            and not any(m.start <= at < m.end for m in self.mentions if m.type == "PER")
        )

    def _tagged_body(self, sal: _Salient) -> bool:
        """True when the narration's remembered "person" is only mentioned (not the
        subject) and the tagger found a place or a body there ("20 warga di Kecamatan X
        dirawat"): no antecedent for an office."""
        return not sal.subject and self._body_at(sal.at)

    def _body_at(self, pos: int) -> bool:
        """True when a body or a place the tagger found covers ``pos`` and no person
        starts there."""
        return self._is_org_mention(pos) and not self._person_at(pos)

    def _described(
        self, noun: str | None, before: int, *, titled: bool = False
    ) -> tuple[str, int] | None:
        """The person a lower-case noun alone ("saksi", "korban") points back to: the last
        person named right after that noun before ``before`` ("saksi Budi Santoso"; with
        ``titled``, also after an office between them: "terdakwa Bupati X, Budi"), as
        (name, offset); ``None`` when the article named nobody so."""
        if not noun or not noun.isalpha() or not noun.islower():
            return None
        pattern = rf"\b{noun}\s+" + ("" if titled else "(?=[A-Z])")
        for m in reversed(list(re.finditer(pattern, self.text[:before]))):
            person = next(
                (
                    x
                    for x in self.mentions
                    if x.type == "PER"
                    and (
                        x.start == m.end()
                        or (titled and _TITLED_GAP.fullmatch(self.text, m.end(), x.start))
                    )
                ),
                None,
            )
            if person is not None:
                return person.entity or person.text, person.start
        return None

    def _minister_named(self, short: str, before: int) -> tuple[str, str, int] | None:
        """The minister that a short form ("Mensesneg") points back to: the person the
        article named right after the full title ("Menteri Sekretaris Negara, Budi")
        before ``before``, as (name, full title, offset); ``None`` when there is none."""
        full = MINISTER_TITLES.get(short.lower())
        if full is None:
            return None
        for m in reversed(list(re.finditer(rf"\b{full}\s*,?\s+", self.text[:before]))):
            person = next(
                (x for x in self.mentions if x.start == m.end() and x.type == "PER"), None
            )
            if person is not None:
                return person.entity or person.text, full, person.start
        return None

    def _named_office(self, title: str | None, before: int) -> tuple[str, str | None, int] | None:
        """The office that a lower-case ``title`` alone ("gubernur") points back to: the
        last "Gubernur <place> [<holder>]" of the article before ``before``, as (its
        holder's name and the office, or the office and ``None``, offset); ``None`` when
        there is none or the words after the title are no office of a place."""
        if title is None:
            return None
        pattern = rf"\b{title.capitalize()}(?P<rest>(?:[ \t]+[A-Z][\w'’-]*){{1,6}})"
        m = next(reversed(list(re.finditer(pattern, self.text[:before]))), None)  # the last
        if m is None:
            return None
        words = m.group("rest").split()
        k = 0
        while k < len(words) and (
            words[k].lower() in region_words() or words[k].lower() in MODIFIERS
        ):
            k += 1
        if k == 0:
            return None
        office = " ".join([m.group(0).split()[0], *words[:k]])
        if k == len(words):
            return office, None, m.start()
        tail = " ".join(words[k:])
        if self._introduced_as_body(tail, m.start()):
            # "Pelatih Kudus Muria" with the club tagged after the place word: the
            # office of a body, held by nobody named.
            return " ".join([m.group(0).split()[0], *words]), None, m.start()
        holder = " ".join(words[k:])
        return holder, office, m.start() + m.group(0).find(holder)

    def _unheld_office(self, role: str | None, ref: _Speaker, before: int) -> bool:
        """True when ``role`` names an office by its title and its country or place
        ("Presiden Kolombia", "Gubernur Jawa Tengah"), the article has not written it
        ``before`` (so named no holder of it), and ``ref`` holds another known title."""
        words = (role or "").split()
        # Capitalised words only: an office's name, not a description ("pelatih asal
        # Brasil itu" points back to someone).
        if len(words) < 2 or words[0].lower() not in ROLE_TITLES:
            return False
        if not all(w[:1].isupper() for w in words):
            return False
        if not is_region_name(words[-1]) and words[-1].lower() not in country_words():
            return False
        # Only against a known other title: "Kapolda X" after "Kepala Kepolisian Daerah
        # X, Irjen Y" (a holder with no role remembered) is still Y.
        if not ref.role or words[0].lower() in ref.role.lower():
            return False
        return (role or "").casefold() not in self.text[:before].casefold()

    def _they(self, head: str) -> Who | None:
        """The people "Mereka" (``head``) points to: the group of people described that
        the paragraph's previous sentence is about ("Para sopir angkot menolak tarif baru.
        Mereka menilai ..."), or else a plural group that spoke in this or the previous
        paragraph ("Para petani ... mengeluhkan ... Mereka meminta ..."); ``None``
        otherwise ("mereka" is too vague to name anyone)."""
        if _THEY.fullmatch(head) is None:
            return None
        group = _GROUP_SUBJECT.match(self.prev_sentence)
        if group is not None and is_people(group.group("group")):
            # "Para sopir angkot menolak tarif baru. Mereka menilai ...": the group
            # the previous sentence is about.
            return Who(group.group("group"), offset=-1)
        last = self.state.last_any
        if (
            last is None
            or self.pi - self.state.last_para > 1
            or not is_people(last.name)
            or last.name.split()[0].lower() not in _PLURAL_QUANTIFIERS
        ):
            return None
        return Who(last.name, last.role)

    def _aged(self, pos: int, name: str) -> bool:
        """True when an age in brackets follows ``name`` at ``pos``: "Sarmin (61)" is a
        person even when the tagger made the name a place."""
        return _AGE_RE.match(self.text, pos + len(name)) is not None

    def _open_at_end(self, end: int) -> bool:
        """True when a quote ending at ``end`` is left open at its paragraph's end."""
        para_end = self.text.find("\n\n", end)
        return (
            _OPEN_END.fullmatch(self.text, end, len(self.text) if para_end < 0 else para_end)
            is not None
        )

    def _locate(self, name: str, near: int) -> int:
        """Absolute offset of ``name`` near ``near`` (for mention lookup)."""
        lo = max(0, near - 400)
        idx = self.text.find(name, lo, near + 400)
        return idx if idx >= 0 else near

    def _last_named(self, pos: int, kind: Callable[[Mention], bool]) -> Mention | None:
        """The last mention of ``kind`` before ``pos``: what a described body points back
        to ("perusahaan itu": :func:`_is_company_mention`; "klub itu": :func:`_is_club_mention`)."""
        for m in reversed(self.mentions[: bisect_left(self._starts, pos)]):
            if kind(m):
                return m
        return None

    def _is_org_mention(self, pos: int) -> bool:
        # Only a mention starting within the longest mention's length before ``pos`` can
        # cover it.
        first = bisect_right(self._starts, pos - self._longest)
        return any(
            pos < m.end and m.type != "PER"
            for m in self.mentions[first : bisect_right(self._starts, pos)]
        )

    def interview(self, answers: Sequence[Answer]) -> None:
        """Put the answers of a question-and-answer interview in place of whatever the
        cue rules found in those lines: each answer is its speaker's direct quote."""
        if not answers:
            return
        out = [
            r
            for r in self.state.out
            if not any(a.start <= r.found.start < a.end + 1 for a in answers)
        ]
        for a in answers:
            pi = self.text.count("\n\n", 0, a.start)
            who = Who(a.speaker, offset=0)
            found = _Found(a.start, a.end, "direct", f"{a.label}:", who, a.speaker_at, pi)
            out.append(_Resolved(found, a.speaker, None, a.speaker_at))
        self.state.out = sorted(out, key=lambda r: r.found.start)

    def quotes(self) -> tuple[Quote, ...]:
        records = self.state.out
        people = frozenset(m.entity or m.text for m in self.mentions if m.type == "PER")
        bodies = frozenset(m.text for m in self.mentions if m.type == "ORG" and " " not in m.text)
        names = [
            # An office, people described or an unnamed source keep the words the article
            # uses (not a body or a place named inside: "Seorang pejabat di Istana").
            r.name
            if _office(r.name) or is_people(r.name) or is_unnamed_source(r.name or "")
            else _final_name(r, resolved, people, bodies)
            for r, resolved in zip(
                records,
                resolve_names(self.text, [(r.name, r.at) for r in records], self.mentions),
                strict=True,
            )
        ]
        names = _nicknames_resolved(records, names, self.text)
        return _settle_pending(
            self.text,
            [
                (
                    Quote(
                        text=self.text[r.found.start : r.found.end],
                        speaker=resolved,
                        speaker_role=r.role,
                        kind=r.found.kind,
                        cue=r.found.cue,
                        paragraph=r.found.paragraph,
                        start=r.found.start,
                        end=r.found.end,
                    ),
                    r.pending,
                )
                for r, resolved in zip(records, names, strict=True)
                if r.found.end > r.found.start
            ],
        )


#: Between a quote left open at a paragraph's end and the next paragraph's opening mark:
#: the same quotation goes on (the convention of multi-paragraph quotes).
_CONTINUED = re.compile(r'[\s,.;:!?]*\n\n[ \t]*["“„«”][ \t]*')
#: What may follow a quote left open up to its paragraph's end.
_OPEN_END = re.compile(r"[\s,.;:!?]*")


def _settle_pending(text: str, quotes: list[tuple[Quote, bool]]) -> tuple[Quote, ...]:
    """The quotes (each with its "pending" flag) with each pending one settled: a
    quote left open at its paragraph's end with no speaker yet takes the speaker of the
    next paragraph's quote when that one opens right there (the same quotation goes on,
    attributed at its end); one that nothing continues is dropped. Each paragraph's part
    stays a quote of its own.

    >>> t = 'Budi tiba. "Harga naik terus sejak pekan lalu.\\n\\n"Kami siap," kata Budi.'
    >>> [(q.text.split()[0], q.speaker) for q in extract_quotes(t)]
    [('Harga', 'Budi'), ('Kami', 'Budi')]
    """
    out: list[Quote] = []
    for k, (q, pending) in enumerate(quotes):
        if not pending:
            out.append(q)
            continue
        nxt = quotes[k + 1][0] if k + 1 < len(quotes) else None
        if (
            nxt is not None
            and nxt.speaker is not None
            and _CONTINUED.fullmatch(text, q.end, nxt.start) is not None
        ):
            out.append(replace(q, speaker=nxt.speaker, speaker_role=nxt.speaker_role))
    return tuple(out)


#: A subject that is only "mereka" (after a connective, before adverbs).
_THEY = re.compile(
    r"\s*(?:(?:Namun|Tetapi|Kemudian|Lalu|Selain itu)\s*,?\s+)?[Mm]ereka"
    r"(?:\s+(?:juga|pun|pula|lalu|kemudian|bahkan|sempat|sudah|telah|kembali))*\s*"
)
#: A sentence whose subject is a group of people described, then its verb: "Para sopir
#: angkot menolak ...", "Sejumlah pedagang mengaku ...".
_GROUP_SUBJECT = re.compile(
    r"\s*(?:(?:Namun|Tetapi|Sementara itu|Adapun)\s*,?\s+)?"
    r"(?P<group>(?:[Pp]ara|[Ss]ejumlah|[Bb]eberapa|[Ss]ebagian|[Bb]anyak)\s+[a-z]+(?:\s+[a-z]+)?)"
    r"\s+(?:juga\s+|pun\s+|justru\s+|masih\s+)?(?:me|ber)[a-z]{3,}\b"
)
#: Quantifiers of a group of several people: "para petani", "sejumlah warga".
_PLURAL_QUANTIFIERS = frozenset("para sejumlah beberapa sebagian banyak kebanyakan".split())
#: A nickname in a speaker's description: "bupati yang akrab disapa Pak Ben itu".
_NICKNAME = re.compile(
    r"\b(?:disapa|dipanggil|dijuluki)\s+(?P<alias>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)


#: A full name and the nickname the narration gives it: "Budi Santoso -- akrab disapa Pak
#: Bud --", "Budi Santoso (akrab disapa Bud)", "Budi Santoso, yang biasa dipanggil Bud,".
_NARRATED_NICKNAME = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s*(?:--|—|–|,|\(|atau\b)\s*(?:yang\s+)?"
    r"(?:akrab\s+|biasa\s+)?(?:disapa|dipanggil|dijuluki)\s+"
    r"(?P<alias>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)


def _narrated_nicknames(text: str) -> dict[str, str]:
    """Nickname -> full name for each nickname the narration gives a named person (as
    written and without its title of address: "Pak Bud" is also "Bud")."""
    out: dict[str, str] = {}
    for m in _NARRATED_NICKNAME.finditer(text):
        name = split_title(m.group("name"))[0]
        if len(name.split()) < 2 or looks_like_org(name):
            continue
        for alias in {m.group("alias"), split_title(m.group("alias"))[0]} - {"", name}:
            out[alias] = name
    return out


def _nicknames_resolved(
    records: Sequence[_Resolved], names: list[str | None], text: str = ""
) -> list[str | None]:
    """``names`` with each nickname that a speaker's description gives ("ujar bupati yang
    akrab disapa Pak Ben itu") or that the narration of ``text`` gives a named person
    ("Budi Santoso -- akrab disapa Pak Ben --") replaced by that name, so a later
    "menurut Pak Ben" is the same speaker.

    >>> f = _Found(0, 1, "direct", "ujar", None, -1, 0)
    >>> recs = [_Resolved(f, "Budi", "bupati yang akrab disapa Pak Ben itu", 0),
    ...         _Resolved(f, "Pak Ben", None, 5)]
    >>> _nicknames_resolved(recs, ["Budi Santoso", "Pak Ben"])
    ['Budi Santoso', 'Budi Santoso']
    """
    nicknames: dict[str, str] = {}
    nicknames.update(_narrated_nicknames(text))
    for r, name in zip(records, names, strict=True):
        m = _NICKNAME.search(r.role or "")
        if m is not None and name is not None:
            # As written and without its title of address ("Pak Ben" is also "Ben").
            for alias in {m.group("alias"), split_title(m.group("alias"))[0]} - {"", name}:
                nicknames[alias] = name
    return [nicknames.get(n, n) if n is not None else None for n in names]


def _place_salient(sal: _Salient | None) -> bool:
    """True when the remembered narrative "person" is only a place's name or one
    capitalised word ("Sumatera Barat", "Longsor", picked up from the start of a
    sentence), so no antecedent for an office."""
    return sal is not None and not sal.subject and (" " not in sal.name or is_region_name(sal.name))


def _office(role: str | None) -> bool:
    """A role that names an office fully (a title, its body and place: three words or
    more, "Kepala Pelaksana BPBD Kabupaten X"; or a title and a club, "Pelatih Persib"),
    so it can stand as the speaker."""
    words = (role or "").split()
    if not words or words[0].lower() not in ROLE_TITLES:
        return False
    return len(words) >= 3 or (len(words) == 2 and is_club(words[1]))


def _regional_branch(r: _Resolved, body: str) -> bool:
    """True when the speaker is a body's short name and a place ("BPBD Sleman", "Bawaslu
    Provinsi Jawa Tengah") written after the body's full name (``body``) and that short
    name in brackets ("Badan Pengawas Pemilu (Bawaslu) Provinsi Jawa Tengah"): a
    regional branch of the body, which the role holds as "<body> <place>"."""
    _, _, place = (r.name or "").partition(" ")
    words = place.split()
    if words and words[0].lower() in ("provinsi", "kabupaten", "kota"):
        words = words[1:]
    # A province's, a regency's or a city's words only: "Kemlu RI" is the whole body.
    return (
        bool(words)
        and all(w.lower() in region_words() for w in words)
        and (r.role or "").endswith(f"{body} {place}")
    )


def _territorial(role: str | None) -> bool:
    """True when ``role`` ends with the title of an office held over a territory
    ("Camat", "Kapolsek") or holds a village's head noun ("Kepala Kampung Sido"): the
    one word between it and the holder's name is (the end of) the territory ("Camat
    Ciawi Hendra Gunawan", "Kepala Kampung Sido Rukun Jaya Suparman"), not a first
    name."""
    words = (role or "").lower().split()
    return bool(words) and (
        words[-1] in TERRITORIAL_TITLES or any(w in LOCAL_PLACE_HEADS for w in words)
    )


def _final_name(
    r: _Resolved, resolved: str | None, people: frozenset[str], bodies: frozenset[str]
) -> str | None:
    """The speaker as shown: the resolved name, cleaned; a body keeps the name the
    article gives it when the tagger's span is a part or an extension of it ("Kantor
    berita X" -> "X", "Angkatan Bersenjata X" -> "Staf Umum Angkatan Bersenjata X").
    One word before the person that the tagger found as a body (``bodies``; not a place,
    as often a given name: "Bima") is the office's ("Kepala Puskesmas Rahmat Hidayat").
    """
    if resolved is None or r.name is None:
        return resolved
    who = r.found.who
    head = r.name[: -len(resolved)].split() if r.name.endswith(" " + resolved) else []
    if resolved in people and (
        len(head) >= 2
        or (head and head[0] in bodies)
        or (head and (_territorial(r.role) or (who is not None and who.org)))
    ):
        # "Juru bicara Kremlin Budi Santoso", "Direktur Utama Perum X Budi Santoso": the
        # person the tagger found at the end, not the body named before him (one word
        # before a person is as often the first part of the name: "Bagus Prasetyo").
        return resolved
    if who is None and resolved != r.name and resolved in r.name and looks_like_org(r.name):
        # A continuation of a body's words: the body as the statement named it, not the
        # shorter span the tagger cut from it.
        return r.name
    if (
        who is not None
        and who.org
        and resolved != r.name
        and (resolved in r.name or r.name in resolved or _regional_branch(r, resolved))
    ):
        # "Badan X (BX) Sleman menyatakan": the branch of the place, not the whole
        # body the acronym's expansion names.
        return r.name
    return clean_speaker(resolved, r.name)


def extract_quotes(text: str, mentions: Sequence[Mention] = ()) -> tuple[Quote, ...]:
    """Find the quotations in an article body and attribute them to speakers.

    ``mentions`` (from the entity stage) are optional: when a speaker name overlaps a
    mention, the mention's canonical ``entity`` becomes ``Quote.speaker``; without
    mentions the speaker is the fullest surface name used earlier in the article
    ("Santoso" after "Profesor Budi Santoso" gives "Budi Santoso").

    >>> [q.speaker for q in extract_quotes('Budi Santoso tiba.\\n\\n"Kami siap," ujarnya.')]
    ['Budi Santoso']
    """
    ex = _Extractor(text, mentions)
    base = 0
    for pi, para in enumerate(text.split("\n\n")):
        if para.strip():
            ex.paragraph(pi, para, base)
        base += len(para) + 2
    ex.interview(interview_answers(text, mentions))
    return ex.quotes()
