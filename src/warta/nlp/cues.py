"""Reporting-verb lexicon and speaker-name helpers for :mod:`warta.nlp.quotes`.

Indonesian news attributes speech in two word orders, and the lexicon is split the
same way:

* **verb first** (inverted, after a quote or a reported clause): ``"...," kata Lankov``,
  ``..., ujarnya``, ``"...," jelas dia``. Several of these words are also ordinary
  adjectives or nouns (*jelas* "clear", *tambah* "more", *lanjut* "further"), so the
  quote module only accepts them right after a quote or a clause-ending comma and only
  when a speaker (a name, a pronoun or an ``-nya``) follows.
* **subject first**: ``Lankov mengatakan (bahwa) ...``, ``Easley berpendapat ...``.

>>> VERB_FIRST_RE.match("katanya").group("base")
'kata'
>>> split_title("Prof Lankov")
('Lankov', 'Prof')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from warta.records import Mention


def _lex(words: str) -> frozenset[str]:
    """A lexicon from a whitespace-separated word list (keeps the lists readable)."""
    return frozenset(words.split())


#: Verb-first cues (base forms); each also takes ``-nya`` ("katanya", "imbuhnya").
VERB_FIRST = (
    "kata", "ujar", "ucap", "ungkap", "jelas", "tambah", "imbuh", "terang", "tutur",
    "sebut", "tegas", "papar", "lanjut", "klaim", "akui", "sambung", "pungkas", "tandas",
    "timpal", "kilah", "urai", "beber", "tukas", "jawab", "tanya", "pinta", "seru", "tutup",
)  # fmt: skip

#: Subject-first reporting verbs. "menekankan" and "memperkirakan" are left out on
#: purpose: in the seed articles they introduce narration ("Presiden Putin menekankan
#: perlunya ...", "Sebagian besar kalangan memperkirakan ..."), not attributed speech.
SUBJECT_FIRST = (
    "mengatakan", "menyatakan", "menambahkan", "menjelaskan", "menegaskan",
    "mengungkapkan", "mengungkap", "menuturkan", "menyebutkan", "menyebut", "berpendapat",
    "memprediksi", "mencatat", "membantah", "menilai", "mengaku", "mengklaim", "berkata",
    "menerangkan", "memaparkan", "mengutarakan", "menyampaikan", "mengingatkan",
    "mengonfirmasi", "mengabarkan", "melaporkan", "memperingatkan", "menandaskan",
    "melihat",  # only with "sebagai" later in the clause: "X melihat Y sebagai Z"
)  # fmt: skip

#: Subject-first verbs that also mean "convey" or "report" in narration: they count only
#: with "bahwa" or a quote right after ("Putin menyampaikan rasa terima kasihnya" is not
#: reported speech).
WEAK_SUBJECT_FIRST = frozenset({"menyampaikan", "mengingatkan", "melaporkan"})

_ALT_FIRST = "|".join(sorted(VERB_FIRST, key=len, reverse=True))
_ALT_SUBJ = "|".join(sorted(SUBJECT_FIRST, key=len, reverse=True))

#: ``base`` + optional ``nya``; the caller checks the left context.
VERB_FIRST_RE = re.compile(rf"(?P<base>{_ALT_FIRST})(?P<nya>nya)?\b", re.IGNORECASE)
#: A verb-first cue after a clause comma: ", kata Lankov." / ", imbuhnya.".
TRAILING_CUE_RE = re.compile(rf",\s*(?P<cue>(?:{_ALT_FIRST})(?:nya)?)\b")
SUBJECT_FIRST_RE = re.compile(rf"\b(?P<cue>{_ALT_SUBJ})\b")

#: Pronouns that refer back to a person.
PRONOUNS = frozenset({"dia", "ia", "beliau"})
#: Plural or vague subjects that we do not attribute speech to.
VAGUE_SUBJECTS = frozenset({"mereka", "keduanya", "kami", "kita", "saya", "aku", "anda"})

#: Titles and role words stripped from the front of a name and kept as the role.
TITLES = _lex(
    """
    prof prof. profesor professor dr dr. drs drs. ir ir. presiden wakil menteri menko
    gubernur bupati walikota wali kota ketua kepala direktur dirut utama jenderal jend
    kapolri kapolda kapolres kapolsek jaksa hakim senator perdana pm raja ratu pangeran
    sekjen sekretaris juru bicara jubir pak bu bapak ibu sdr tuan nyonya mr mr. mrs ms
    kapten kolonel letjen mayjen brigjen kombes akbp ustaz kiai kh haji h. hj. pelatih
    dubes duta besar rektor dekan syekh paus kanselir pemimpin menlu mendagri menkeu
    panglima kasad kepala komisaris manajer gelandang penyerang kiper striker bek
    anggota pengamat peneliti ekonom analis sejarawan pakar aktor aktris penyanyi
    pengacara advokat kuasa hukum dosen guru besar direktur eksekutif kapolres kasat
    kabid humas kadis camat lurah kades sekda plt pj wamen wakapolri kapuspen kababinkum
    kompol akp ipda iptu aiptu aipda bripka briptu brigpol irjen komjen laksamana marsekal
    letkol mayor serka sertu pratu kopral coach
    """
)
#: First words of an appositive role: ", kata Budi, pengamat ..." (not a clause).
ROLE_OPENERS = TITLES | _lex("seorang salah mantan eks calon sang para kandidat warga")
#: Country and portfolio words that follow a title before the name:
#: "Presiden Rusia Vladimir Putin", "Menteri Pertanian Andi Amran Sulaiman".
MODIFIERS = _lex(
    """
    rusia as amerika serikat indonesia ri china cina tiongkok korea utara selatan korut
    korsel jepang inggris prancis jerman india ukraina iran israel palestina australia
    malaysia singapura filipina thailand vietnam turki arab saudi mesir belanda italia
    spanyol brasil kanada eropa pbb nato asean dki jakarta jawa barat timur tengah luar
    negeri dalam keuangan pertahanan pertanian perdagangan perindustrian kesehatan
    pendidikan agama sosial hukum ham bumn esdm pupr kominfo polri tni dpr mpr kpk
    kelautan perikanan pariwisata perhubungan koordinator bidang politik keamanan
    perekonomian umum harian
    """
)
#: Capitalised function words that can open a sentence but are never part of a name.
CAP_STOP = _lex(
    """
    namun tetapi tapi sementara dan sedangkan adapun selain kemudian lalu jadi bahkan
    sebelumnya sebaliknya akan oleh di ke dari pada dalam menurut jika setelah sebelum
    saat ketika karena meskipun walaupun sebuah seorang para sang ini itu ia dia mereka
    kami kita saya apa tentu bagi untuk dengan atas secara hal juga sejak hingga agar
    supaya maka pun baik apakah bagaimana mengapa kenapa siapa kapan the a an senin
    selasa rabu kamis jumat sabtu minggu melansir dilansir mengutip dikutip seperti kata
    ujar ucap tutur imbuh katanya ujarnya menurutnya
    """
)
#: Lower-case particles allowed inside a personal name.
NAME_PARTICLES = _lex("bin binti van von de da al el der del della dello du des dos das ibn")
#: Heads of organisation names: a speaker starting with one of these is an ORG.
ORG_HEADS = _lex(
    """
    kementerian kemenlu kemendagri kemenkeu kepolisian polisi polri polda polres badan
    dinas komisi kantor dewan lembaga mahkamah kejaksaan kejagung bank pt partai
    pemerintah istana kremlin pentagon kpk dpr mpr tni bnpb bmkg pbb nato who kedutaan
    perusahaan universitas institut gedung otoritas militer tentara angkatan media
    """
)
#: Heads of place names: never a person, and not a speaker either.
PLACE_HEADS = _lex(
    """
    kabupaten kota provinsi pulau jalan jalur gunung sungai danau desa kecamatan kampung
    stadion bandara pelabuhan mako komplek kompleks rumah kawasan taman pantai teluk
    selat laut benua negara wilayah daerah tim klub
    """
)
#: Adverbs between a subject and its verb: "Lankov juga mengatakan".
SUBJECT_ADVERBS = _lex(
    """
    juga pun kemudian lalu sebelumnya telah sudah pernah sempat bahkan justru lantas
    malah kembali sendiri pula turut hanya lebih tetap masih secara terpisah
    """
)

_TOKEN_SPLIT = re.compile(r"\s+")


def is_name_token(token: str) -> bool:
    """A capitalised word that can be part of a name ("Jai-chun", "O'Neil", "S.").

    >>> is_name_token("Lankov"), is_name_token("mengatakan")
    (True, False)
    """
    return (
        bool(token)
        and token[0].isupper()
        and token.lower() not in CAP_STOP
        and not any(c in token for c in "()[]/\x01")
    )


def split_title(phrase: str) -> tuple[str, str | None]:
    """Split leading titles and their modifiers off a capitalised name phrase.

    Returns ``(name, role)``; ``role`` is ``None`` when nothing was stripped. When the
    phrase is all title ("Presiden Rusia") the name is empty.

    >>> split_title("Presiden Rusia Vladimir Putin")
    ('Vladimir Putin', 'Presiden Rusia')
    """
    tokens = _TOKEN_SPLIT.split(phrase.strip())
    i = 0
    titled = False
    while i < len(tokens):
        low = tokens[i].lower()
        if low in TITLES:
            titled = True
        elif not (titled and (low in MODIFIERS or _is_acronym(tokens[i]))):
            break
        i += 1
    # A second title further on starts the name again: "Kapolda Lampung Irjen Sudjarno".
    if titled:
        for j in range(len(tokens) - 2, i - 1, -1):
            if tokens[j].lower() in TITLES and j + 1 < len(tokens):
                i = j + 1
                break
    role = " ".join(tokens[:i]) or None
    return " ".join(tokens[i:]), role


def _is_acronym(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def looks_like_org(name: str) -> bool:
    """True for "Kremlin", "Kementerian Luar Negeri Rusia", "KPK", "Kabupaten Garut"."""
    first = name.split(" ", 1)[0]
    if first.lower() in ORG_HEADS or first.lower() in PLACE_HEADS:
        return True
    # An acronym first word: "KPK", "ANTARA News" (a dateline, not a person).
    return _is_acronym(first) and len(first) >= 3


def title_case_org(phrase: str) -> str:
    """Capitalise a lower-case organisation phrase: "kementerian luar negeri Rusia"."""
    small = {"dan", "untuk", "di", "dari", "ke", "atas"}
    words = phrase.split()
    return " ".join(
        w if (w[:1].isupper() or (i and w in small)) else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )


# --- speaker phrases -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Who:
    """A parsed speaker phrase.

    ``name`` is the surface name with titles stripped (``None`` for pronouns, definite
    descriptions and unnamed sources); ``anaphor`` says the phrase refers back to an
    earlier speaker ("dia", "-nya", "Presiden Rusia itu"); ``offset`` is where ``name``
    starts inside the parsed string (``-1`` when there is no name).
    """

    name: str | None
    role: str | None = None
    org: bool = False
    anaphor: bool = False
    offset: int = -1

    @property
    def usable(self) -> bool:
        """True when the phrase names or points back to someone (not "seorang sumber")."""
        return self.name is not None or self.anaphor


_ANAPHOR = Who(None, anaphor=True)
_DEMONSTRATIVES = frozenset({"itu", "tersebut", "ini"})
#: Words before a cue that make the "subject" something else: "dengan mengatakan".
_BLOCK_BEFORE_VERB = _lex(
    """
    yang dengan untuk tidak tak belum dapat bisa akan ingin mau harus sambil seraya dan
    atau agar sempat enggan kerap sering setelah sebelum usai seusai saat ketika karena
    sehingga hingga
    """
)
_PREPOSITIONS = _lex(
    """
    asal di ke dari pada untuk dengan oleh kepada terhadap tentang atas antara dan bagi
    """
)
#: Heads of descriptions that point back to someone without naming them.
_DESCRIPTIONS = _lex("pria wanita perempuan lelaki pemuda pemudi bocah gadis sosok remaja")
#: Heads of descriptions of a source that stays unnamed.
_UNNAMED = _lex("sumber seorang salah narasumber pejabat")
_CONNECTIVES = frozenset({"namun", "tetapi", "tapi", "sementara", "sedangkan", "adapun"})
#: Words that end the speaker phrase after a verb-first cue: "kata Lim kepada DW".
_AFTER_STOP = _lex(
    """
    kepada pada di saat ketika dalam seperti usai seusai setelah sebelum melalui lewat
    via sambil seraya dari kemarin menanggapi terkait mengenai soal tentang yang saat
    dilansir dikutip menjawab menjelang jumat senin selasa rabu kamis sabtu minggu lagi
    pula juga pun
    """
)
_NOT_ROLE = _lex(
    """
    seraya sambil yang dan saat ketika usai kemudian lalu menambahkan dikutip
    """
)
#: Where an appositive role ends: "..., peneliti LIPI, seperti dikutip Antara".
_ROLE_END = re.compile(r"\s+(?:seperti\s+)?(?:dikutip|dilansir|kepada|saat|ketika|usai)\b")
_CLAUSE_END = re.compile(r"[,.;:!?()\x01\[\]]")


def _strip_trailing_adverbs(words: list[str]) -> list[str]:
    while words and words[-1].lower() in SUBJECT_ADVERBS:
        words = words[:-1]
    return words


def _is_pure_name(seg: str) -> bool:
    """A comma segment that is only a (titled) name: "Lee Jai-chun", "Prof Lankov"."""
    words = seg.split()
    if words and words[0].lower() in _CONNECTIVES:
        words = words[1:]
    if not words or len(words) > 7:
        return False
    if not all(is_name_token(w) or w in NAME_PARTICLES for w in words):
        return False
    name, _ = split_title(" ".join(words))
    return bool(name) and not looks_like_org(name)


def parse_phrase(phrase: str) -> Who | None:
    """Parse a short speaker phrase: a pronoun, a (titled) name, an org or a description.

    >>> parse_phrase("Presiden Rusia itu").anaphor
    True
    >>> parse_phrase("pengamat politik Budi Santoso")
    Who(name='Budi Santoso', role='pengamat politik', org=False, anaphor=False, offset=17)
    """
    words = phrase.split()
    if words and _DATELINE.match(words[0]):
        words[0] = _DATELINE.sub("", words[0])  # "Merdeka.com-Josep Guardiola"
    if not words:
        return None
    low = " ".join(words).lower()
    if low in PRONOUNS:
        return _ANAPHOR
    if low in VAGUE_SUBJECTS:
        return None
    if len(words) >= 2 and words[-1].lower() in _DEMONSTRATIVES:
        # "Presiden Rusia itu", "mantan pelatih itu"; not "California ini" (a place).
        if words[0].lower() in _UNNAMED:
            return Who(None, " ".join(words[:-1]))  # "sumber itu": still unnamed
        if words[0].lower() in TITLES or not words[0][0].isupper():
            return Who(None, " ".join(words[:-1]), anaphor=True)
        return None
    if words[0].lower() in ORG_HEADS and len(words) <= 6 and not words[0][0].isupper():
        return Who(title_case_org(" ".join(words)), org=True, offset=phrase.find(words[0]))
    # The name is the trailing run of capitalised words; lower-case words before it
    # are a role ("pengamat politik Budi Santoso").
    i = len(words)
    while i > 0 and (is_name_token(words[i - 1]) or words[i - 1] in NAME_PARTICLES):
        i -= 1
    while i < len(words) and words[i] in NAME_PARTICLES:
        i += 1
    if i == len(words):
        # No name at all: an unnamed source ("seorang sumber") keeps its description.
        return Who(None, " ".join(words))
    if words[0].lower() in ORG_HEADS and len(words) <= 6:
        return Who(title_case_org(" ".join(words)), org=True, offset=phrase.find(words[0]))
    if i > 0 and words[0].lower() in _DESCRIPTIONS:
        return None  # "pria Kosta Rika yang ...": the capitalised words are a place
    if i > 0 and words[i - 1].lower() in _PREPOSITIONS:
        return None  # "warga di Jakarta": the capitalised word is not the subject
    name, title = split_title(" ".join(words[i:]))
    if name.endswith(".") and len(name.rsplit(" ", 1)[-1]) > 2:
        name = name[:-1]  # a sentence-final period glued to the name
    if not name:
        return Who(None, title, anaphor=True)  # "Presiden Rusia" alone
    if len(name.split()) > 5:
        return None
    lead = [w for w in words[:i] if w.lower() not in _CONNECTIVES]
    if lead and lead[0].lower() in CAP_STOP:
        lead = []  # "Di sana Petty mengaku": a setting, not a role
    role = " ".join(x for x in (" ".join(lead), title or "") if x) or None
    return Who(name, role, looks_like_org(name), offset=_find_word(phrase, name))


def _find_word(text: str, name: str) -> int:
    return text.rfind(name)


def parse_subject(before: str) -> Who | None:
    """Parse the subject of a subject-first cue from the clause text before the verb.

    Handles appositives on either side of the name ("Lee Jai-chun, mantan duta besar,
    mengatakan"; "Seorang profesor, Yakov Zinberg, yang ..., melihat").

    >>> who = parse_subject("Lee Jai-chun, mantan duta besar Korea Selatan untuk Rusia, ")
    >>> who.name, who.role
    ('Lee Jai-chun', 'mantan duta besar Korea Selatan untuk Rusia')
    """
    before = before.rstrip(" ,")
    words = _strip_trailing_adverbs(before.split())
    if not words or words[-1].lower() in _BLOCK_BEFORE_VERB:
        return None
    text = before[: before.rfind(words[-1]) + len(words[-1])]
    segs = text.split(",")
    if len(segs) >= 2:
        pos = 0
        for k, seg in enumerate(segs[:-1]):
            nxt = segs[k + 1].strip()
            if _is_pure_name(seg) and nxt and not nxt[0].isupper():
                roles = [s.strip() for s in segs[k + 1 :] if not s.strip().startswith("yang")]
                roles = [r for r in roles if r]
                if k > 0 and not roles:
                    roles = [segs[k - 1].strip()]
                who = parse_phrase(seg)
                if who is not None and who.name:
                    role = ", ".join(x for x in (who.role, *roles) if x) or None
                    return Who(who.name, role, who.org, offset=pos + max(who.offset, 0))
            pos += len(seg) + 1
    last = segs[-1]
    who = parse_phrase(last)
    if who is None or not who.usable:
        return None
    if who.offset >= 0:
        who = Who(who.name, who.role, who.org, who.anaphor, len(text) - len(last) + who.offset)
    return who


def parse_after(rest: str) -> tuple[Who | None, str]:
    """Parse the speaker after a verb-first cue; return it and the text left over.

    >>> who, left = parse_after(" Profesor Andrei Lankov dari Universitas Kookmin Seoul.")
    >>> who.name, who.role, left
    ('Andrei Lankov', 'Profesor dari Universitas Kookmin Seoul', '.')
    """
    m = _CLAUSE_END.search(rest)
    cut = m.start() if m else len(rest)
    words = rest[:cut].split()
    n = 0
    while n < len(words) and not (n and words[n].lower() in _AFTER_STOP):
        n += 1
    # "kata Taka girang", "ucap White lagi": drop lower-case words after the name.
    last_cap = max((k for k in range(n) if words[k][:1].isupper()), default=-1)
    if 0 <= last_cap < n - 1 and words[n - 1].lower() not in _DEMONSTRATIVES:
        n = last_cap + 1
    if n == 0:
        return None, rest
    phrase_end = rest.find(words[n - 1], rest.find(words[0])) + len(words[n - 1])
    who = parse_phrase(rest[:phrase_end])
    left = rest[phrase_end:]
    if who is None:
        return None, left
    extra: list[str] = []
    if n < len(words) and words[n].lower() == "dari":
        # "Profesor ... dari Universitas Kookmin Seoul": the affiliation is the role.
        extra.append(rest[phrase_end:cut].strip())
        left = rest[cut:]
    stripped = left.lstrip()
    if stripped.startswith(","):
        tail = stripped[1:].strip()
        first = tail.split(" ", 1)[0].lower() if tail else ""
        if (
            tail
            and not tail[0].isupper()
            and first not in _NOT_ROLE
            and first not in _AFTER_STOP
            and "\x01" not in tail
        ):
            extra.append(_ROLE_END.split(tail, 1)[0].rstrip(" .!?;:"))
            left = ""
    if extra and who.name:
        role = " ".join(x for x in (who.role, *extra) if x)
        who = Who(who.name, role, who.org, who.anaphor, who.offset)
    return who, left


# --- canonical speaker names -----------------------------------------------------------

_CAP_SPAN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|bin|binti|van|von|de))*")


#: Sentence-initial passive verbs capitalised only by position: "Dikatakan", "Ditambahkan".
_PASSIVE = re.compile(r"[Dd]i[a-z]{3,}kan")
#: A dateline glued to the first word: "Rimanews-Dinas", "Merdeka.com-Gubernur".
_DATELINE = re.compile(r"^(?:\S*\.\S*?|[A-Z][a-z]{6,}|[A-Z]{3,})-+(?=[A-Z])")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z][a-z-]+")
#: Sentence-initial nominalisations: "Pernyataan Sandiaga", "Keterangan Polri".
_NOMINAL = re.compile(r"(?:Pe[rnm]?|Ke)[a-z]{3,}an")


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
        words = m.group(0).split()
        # A full stop after a word (not an initial) ends the sentence, and the name.
        end = next((k + 1 for k, w in enumerate(words) if w.endswith(".") and len(w) > 2), None)
        words = [w.rstrip(".") if len(w) > 2 else w for w in words[:end]]
        if words and _DATELINE.match(words[0]):
            words[0] = _DATELINE.sub("", words[0])
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


def _fullest(name: str, pos: int, candidates: list[tuple[int, list[str]]]) -> str:
    """The fullest earlier form of a one-word ``name`` ("Lankov" -> "Andrei Lankov")."""
    if " " in name:
        return name
    best: str | None = None
    for start, tokens in candidates:
        if start >= pos:
            break
        if name in tokens and start + len(" ".join(tokens)) <= pos:
            i = tokens.index(name)
            # "Lim" opens "Lim Eun-jung"; "Lankov" closes "Andrei Lankov".
            best = " ".join(tokens[i:] if i < len(tokens) - 1 else tokens)
    return best or name


def resolve_names(
    text: str, speakers: list[tuple[str | None, int]], mentions: Sequence[Mention] = ()
) -> list[str | None]:
    """Canonical names for ``(surface name, offset)`` pairs found in ``text``.

    A mention covering the offset gives its ``entity``; otherwise a one-word name maps
    to the fullest earlier form of that person in the same article.

    >>> resolve_names("Profesor Andrei Lankov tiba. Kata Lankov.", [("Lankov", 34)])
    ['Andrei Lankov']
    """
    candidates: list[tuple[int, list[str]]] | None = None
    out: list[str | None] = []
    for name, pos in speakers:
        if name is None:
            out.append(None)
            continue
        end = pos + len(name)
        overlapping = [m for m in mentions if m.start < end and pos < m.end]
        # Prefer a person over an organisation in "Ketua KPU Hasyim Asyari".
        hit = next((m for m in overlapping if m.type == "PER"), None) or next(
            iter(overlapping), None
        )
        if hit is not None and hit.entity:
            out.append(hit.entity)
            continue
        if candidates is None:
            candidates = full_names(text, common_words(text))
            for m in mentions:
                if m.type == "PER" and " " in m.text:
                    candidates.append((m.start, split_title(m.text)[0].split()))
            candidates.sort(key=lambda c: c[0])
        out.append(_fullest(name, pos, candidates))
    return out
