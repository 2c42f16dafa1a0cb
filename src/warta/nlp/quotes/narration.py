"""Who a narrative sentence is about: the patterns behind speaker salience.

:class:`~warta.nlp.quotes.article._Article` reads each sentence without a quote to learn
the person it makes its subject, so a later ``katanya`` goes to that person. These are
its tests on the sentence's text: a subject prefix before a name, a closing appositive,
aged names (``Budi (45)``), a passive agent, a dateline or timestamp, company and club
mentions, and the group subjects a ``mereka`` may point to. Pure functions and compiled
patterns; no article state.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.nlp.entities.spans import is_club
from warta.nlp.quotes.cues import (
    CALL_TITLES,
    HEAD_TITLES,
    MODIFIERS,
    ORG_HEADS,
    ROLE_TITLES,
    is_name_token,
    is_region_name,
    lex,
    looks_like_org,
)
from warta.nlp.quotes.speakers import CASE_ROLES, Who
from warta.records import Mention

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
    # So may the name he goes by: "..., Hendro alias Ahok, tampak berlatih".
    _AGE_AFTER + r"(?:\s+dari\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})?"
    r"(?:\s+alias\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
    r"\s*,?\s*(?:(?:juga|pun|lalu|kemudian|justru|malah|sempat|sudah|telah|masih"
    r"|pernah|tampak|terlihat|sedang|tengah"
    # Adverbs that limit or sequence the act: "..., Budi, hanya menjawab singkat",
    # "..., Rina, langsung menutup telepon", "..., Budi, bahkan membantah ...".
    r"|hanya|cuma|bahkan|lantas|langsung|kembali|tetap)\s+)?"
    # A negated verb is the subject's all the same: "..., Budi, tidak membantah ...".
    r"(?:(?:tidak|tak|belum)\s+)?(?:me|ber)[a-z]{3,}\b"
)
#: The comma closing an appositive name (or an aside between dashes after it: "X --
#: akrab disapa Y -- kembali ..."), then the sentence's lower-case predicate.
_CLOSING_APPOSITIVE = re.compile(
    _AGE_AFTER
    + r"(?:\s*,|\s+(?:--|[–—])\s[^-–—.,]{1,80}?\s(?:--|[–—]))"
    + r"\s+(?!(?:dan|atau|serta|maupun|hingga)\b)[a-z]"
)
#: A verb in narration before a person: the person is then its object, not the subject.
#: ("berikutnya", "sebelumnya": adverbs of order, no verb; "meninggal", "berusia":
#: verbs that take no object, describing the noun before them: "Keluarga korban
#: meninggal asal Desa X, Budi, ...", "Pria berusia 60 tahun, Budi, ...".)
_VERB_WORD = re.compile(r"\b(?!(?:berikutnya|meninggal|berusia)\b)(?:me|ber|di)[a-z]{4,}\b")
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
#: Head words of an administrative area before its name: "Kelurahan Ciracas".
_ADMIN_HEADS = lex("kelurahan kecamatan desa kampung nagari distrik kabupaten kota provinsi")
#: The time of an entry of a live report before its subject: "Pukul 09.40 WITA - ", or
#: a time with its zone on a line of its own ("07.10 WIB" and a line break).
_TIMESTAMP = re.compile(
    r"^\s*(?:[Pp]ukul\s+)?\d{1,2}[.:]\d{2}\s*"
    r"(?:(?:WIB|WITA|WIT)?\s*[-–—]+|(?:WIB|WITA|WIT)[ \t]*\n)\s*"
)
#: The rest of a sentence that only introduces a person: an age and the full stop.
_INTRODUCED = re.compile(r"(?:\s*\(\d{1,3}\))?\s*[.!]?\s*")


def _is_subject_prefix(prefix: str) -> bool:
    """True when ``prefix`` (the words before a person) is only a title and its office,
    so the person is the subject of the sentence: "Duta Besar Jepang Budi ...".
    """
    words = prefix.replace(",", " ").split()
    if len(words) < 2:
        # A title, or a form of address before a call name ("Bung Eko menatap ..."): the
        # person so called is the subject.
        # A party to a case likewise: "Terdakwa Budi memilih diam."
        return len(prefix.strip()) < 3 or (
            bool(words)
            and (
                words[0].lower() in ROLE_TITLES
                or words[0].lower() in CALL_TITLES
                or words[0].lower() in CASE_ROLES
            )
        )
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


#: A passive verb and its agent marker at the end of narration before a person: "Hal
#: itu dibantah <X>", "Hal senada disampaikan oleh <title> <X>".
_PASSIVE_AGENT = re.compile(
    # Not a nominalised form ("digelarnya") nor a verb of naming ("disebut X").
    r"\bdi(?![a-z]*nya\b|(?:sebut|namakan|namai|juluki|kenal|beri)\b)[a-z]{3,}\s+(?:oleh\s+)?"
)


#: A lower-case word that may belong to an office, not a linking word.
_OFFICE_WORD = (
    r"(?!(?:dengan|dan|atau|serta|di|ke|dari|yang|untuk|kepada|bersama|seorang|oleh|pada"
    r"|sebagai|dalam)\b)[a-z]+"
)
#: An office between a noun and the person it introduces: "terdakwa Bupati Sikka, ".
#: "tersangka mantan Camat Sukamaju, ".
_TITLED_GAP = re.compile(
    r"(?:(?:mantan|eks)[ \t]+)?(?:(?:[A-Z][\w.'’-]*[ \t]+){1,4}(?:[A-Z][\w.'’-]*,[ \t]+)?"
    r"|(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.'’-]*,[ \t]+"
    # An office written in lower case, closed by the name's comma: "terdakwa mantan
    # kepala desa, Budi" (words of an office only: "terdakwa dengan seorang kontraktor,
    # Budi" names someone else).
    rf"|(?:{_OFFICE_WORD}[ \t]+){{1,3}}{_OFFICE_WORD},[ \t]+)"
)


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
#: end too ("Penalti itu dieksekusi Budi pada babak pertama."), with how it was done
#: ("Gol dicetak Budi pada menit ke-77 lewat sundulan dari sepak pojok."); where the
#: agent comes from and the result it was won with ("Medali emas diraih Sinta asal
#: Kabupaten Kudus dengan catatan waktu 11,8 detik.").
_AGENT_END = re.compile(
    _AGE_AFTER
    + r"(?:\s+asal(?:\s+[A-Z][\w-]*){1,4})?"
    + r"(?:\s+(?:pada\s+(?:menit|babak|laga|hari|pekan|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu"
    r"|Minggu)|dengan\s+(?:catatan\s+)?(?:waktu|skor|nilai|poin|total))\b[^,.;!?\x01]{0,45}?(?=[.;!?]))?"
    + r"\s*(?:[.;!?]|$|,\s+(?!(?:dan|atau|serta)\b)[a-z])"
)


#: A subject that is only "mereka" (after a connective, before adverbs).
_THEY = re.compile(
    r"\s*(?:(?:Namun|Tetapi|Kemudian|Lalu|Selain itu)\s*,?\s+)?[Mm]ereka"
    r"(?:\s+(?:juga|pun|pula|lalu|kemudian|bahkan|sempat|sudah|telah|kembali))*\s*"
)
#: A sentence whose subject is a group of people described, then its verb: "Para sopir
#: angkot menolak ...", "Sejumlah pedagang mengaku ...".
_GROUP_SUBJECT = re.compile(
    r"\s*(?:(?:Namun|Tetapi|Sementara itu|Adapun)\s*,?\s+)?"
    r"(?P<group>(?:[Pp]ara|[Ss]ejumlah|[Bb]eberapa|[Ss]ebagian|[Bb]anyak)\s+[a-z]+(?:\s+[a-z]+){0,2}?)"
    # A gloss of a regional word: "Para sawi atau anak buah kapal menyimak ...".
    r"(?:\s+atau\s+[a-z]+(?:\s+[a-z]+){0,3}?)?"
    # A relative clause saying where they came from: "Para wali santri yang datang dari X
    # dan Y tampak memenuhi ...".
    r"(?:\s+yang\s+[\w-]+(?:\s+[\w-]+){0,6}?)?"
    r"\s+(?:juga\s+|pun\s+|justru\s+|masih\s+|tampak\s+|terlihat\s+)?(?:me|ber)[a-z]{3,}\b"
)
#: A sentence whose subject is a counted group of people, then its verb: "Sedikitnya 30
#: pedagang lain ikut turun ...", "Sebanyak 47 nelayan menggugat ..."; the group is the
#: people described without the count ("pedagang lain").
#: A group named by a reduplicated plural noun, what its members do and where:
#: "Mama-mama pedagang pinang di Pasar X, Jayapura, mengeluhkan ..." (the group, with
#: its market, without the town after a comma).
_REDUPLICATED_GROUP = re.compile(
    # after the article's dateline, if any: "JAYAPURA, CEPOS - Mama-mama ..."
    r"\s*(?:[A-Z][A-Z.'’]*(?:[ ,]+[A-Z][A-Z.'’-]*)*\s+[-–—]+\s+)?"
    r"(?P<group>(?P<head>[A-Z][a-z]+)-(?i:(?P=head))(?:\s+[a-z]+){1,5}?"
    r"(?:\s+(?:di|dari)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})?)"
    r"(?:\s*,\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s*,)?"
    r"\s+(?:juga\s+|pun\s+|masih\s+|tampak\s+)?(?:me|ber)[a-z]{3,}\b"
)
_COUNTED_GROUP = re.compile(
    r"\s*(?:(?:[Ss]ebanyak|[Ss]edikitnya|[Ss]etidaknya|[Ss]ekitar|[Hh]ampir|[Ll]ebih\s+dari)\s+)?"
    r"\d[\d.]*\s+(?P<group>[a-z]+(?:\s+[a-z]+)?)"
    r"\s+(?:juga\s+|pun\s+|justru\s+|masih\s+)?(?:(?:me|ber)[a-z]{3,}|ikut|turut)\b"
)
#: A sentence whose subject is a body, named or described, then its verb: "Aliansi
#: Petani X menilai ...", "Kelompok tani di lereng Kecamatan X, Kabupaten Y,
#: menyurati bupati." (the body, without the administrative places after a comma).
_BODY_SUBJECT = re.compile(
    r"\s*(?:(?:Namun|Tetapi|Sementara itu|Adapun)\s*,?\s+)?"
    r"(?P<body>[A-Z][a-z]+(?:[ \t]+(?:[A-Z][\w-]*|[a-z]+)){1,6}?)"
    r"(?:\s*,\s*(?:Kecamatan|Kabupaten|Kota|Provinsi)[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)*"
    r"\s*,?\s+(?:juga\s+|pun\s+|sudah\s+|telah\s+)?(?:me|ber)[a-z]{3,}\b"
)
#: An office written with lower-case words before its body's name, held by nobody
#: named, opening a sentence before its predicate: "Pelatih kiper timnas PSSI
#: enggan ...", "Kepala seksi pengawasan BPOM Palu menolak ...".
_LOWER_OFFICE_SUBJECT = re.compile(
    r"\s*(?P<office>[A-Z][a-z]+(?:[ \t]+[a-z]+){1,5}(?:[ \t]+[A-Z][\w-]*){1,3})"
    r"[ \t]+(?:(?:tidak|tak|belum|enggan|juga|pun|masih|hanya)[ \t]+)?"
    r"(?:mau|ingin|(?:me|ber)[a-z]{3,})\b"
)
#: Quantifiers of a group of several people: "para petani", "sejumlah warga".
_PLURAL_QUANTIFIERS = frozenset("para sejumlah beberapa sebagian banyak kebanyakan".split())


#: The place of an article's dateline: "LABUAN BAJO, FLORES POS - ...".
_DATELINE_PLACE = re.compile(r"\s*(?P<place>[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+)*)[ \t]*,")


#: The word an administrative region's name may open with: "Kabupaten Tegal".
_REGION_WORD = re.compile(r"(?:Kabupaten|Kota|Provinsi|Kab\.)\s+")


def _region_of_office(name: str) -> bool:
    """True when ``name``, written after an office's title, is a region's name ("Tegal",
    "Kabupaten Tegal", "Kota Padang"): the office's territory, not its holder."""
    return is_region_name(_REGION_WORD.sub("", name, count=1))


#: A description that also holds a named office: "Ketua panitia yang juga Kepala Dinas X".
_ALSO_OFFICE = re.compile(
    r"[A-Z]?[a-z]+(?:[ \t]+[a-z]+){0,3}[ \t]+yang[ \t]+juga[ \t]+(?P<office>[A-Z].*)"
)
#: The rest of an office's name after "dan" ("Kepala Dinas Koperasi| dan UKM Kota X"),
#: up to the sentence's lower-case predicate.
_OFFICE_AND = re.compile(
    r"[ \t]+dan[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,5}"
    r"(?=[ \t]+(?:juga[ \t]+|pun[ \t]+)?[a-z])"
)
#: A short adverbial opening a sentence before its subject: "Soal itu, ", "Sore itu, ";
#: or a clause of being asked or met: "Ditanya apakah Partai X akan ..., ", "Saat
#: dikonfirmasi soal temuan BPK, " (the one asked is the subject after it).
_LEADING_ADVERBIAL = re.compile(
    r"(?:[A-Z][a-z]+(?:[ \t]+[a-z]+){0,3}"
    r"|(?:(?:Saat|Ketika|Sewaktu|Begitu)[ \t]+)?[Dd]i(?:tanya|temui|konfirmasi|hubungi)"
    r"\b[^,.;!?\x01]{0,120})[ \t]*,[ \t]*"
)
#: A lower-case predicate right after a name (not a second name joined to it).
_PREDICATE_NEXT = re.compile(r"[ \t]+(?!(?:dan|serta|atau|yang|dari|di|ke)\b)[a-z]")


def _heads_a_body(who: Who) -> bool:
    """True when ``who`` is a body's name after a head's title alone ("Kepala Stasiun X",
    "Ketua Asosiasi Y"): the office of the body's head, unless a holder's name is glued
    to the body ("Kepala Dinas X Sri Wahyuni": the caller looks for a person there)."""
    title = _head_title(who.role or "").split()
    return who.org and not who.anaphor and len(title) == 1 and title[0].lower() in HEAD_TITLES


def _head_title(role: str) -> str:
    """``role`` without a description before "yang juga" ("Sekretaris panitia yang juga
    Kepala" is "Kepala"): the title that heads the body named after it."""
    also = _ALSO_OFFICE.match(role)
    return also["office"] if also else role


def _head_of_named_body(title: str, tokens: list[str]) -> bool:
    """True when ``title`` and ``tokens`` (a title and the words after it, as
    :func:`~warta.nlp.quotes.cues.split_title` cut them) are a head's title alone and a
    body's name opening with its head word ("Kepala" + "Balai Taman Nasional X", "Ketua"
    + "Paguyuban Y"), all capitalised: the office of the body's head, no holder named.

    >>> _head_of_named_body("Kepala", "Balai Taman Nasional Baluran".split())
    True
    >>> _head_of_named_body("Kepala Balai Besar", "Konservasi Jawa Timur".split())
    True
    >>> _head_of_named_body("Kepala", ["Budi"])
    False
    """
    words = [*title.split(), *tokens]
    return (
        len(words) >= 3
        and words[0].lower() in HEAD_TITLES
        and words[1].lower() in ORG_HEADS
        and all(w[:1].isupper() for w in words)
    )


#: Two people introduced together as kin, the second by the relation to the first, each
#: with an age or not: "petani Budi Santoso (58) dan putranya, Andi Santoso (27), ...",
#: "Sumarni bersama suaminya, Karto, ...".
_KIN_PAIR = re.compile(
    r"(?P<first>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})(?:\s*\(\d{1,3}\))?,?"
    r"\s+(?:dan|bersama)\s+"
    r"(?P<kin>putranya|putrinya|anaknya|istrinya|suaminya|ayahnya|bapaknya)\s*,\s*"
    r"(?P<second>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})"
)
#: A parent's and a child's epithets ("sang ayah", "sang anak").
_PARENT_EPITHETS = frozenset({"sang ayah", "sang bapak"})
_CHILD_EPITHETS = frozenset({"sang anak", "sang putra", "sang putri"})
#: By the relation written of the second of a pair: the epithets pointing back to the
#: first of it, then those pointing back to the second.
_PAIR_EPITHETS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "putranya": (_PARENT_EPITHETS, frozenset({"sang anak", "sang putra"})),
    "putrinya": (_PARENT_EPITHETS, frozenset({"sang anak", "sang putri"})),
    "anaknya": (_PARENT_EPITHETS, _CHILD_EPITHETS),
    "istrinya": (frozenset({"sang suami"}), frozenset({"sang istri"})),
    "suaminya": (frozenset({"sang istri"}), frozenset({"sang suami"})),
    "ayahnya": (_CHILD_EPITHETS, _PARENT_EPITHETS),
    "bapaknya": (_CHILD_EPITHETS, _PARENT_EPITHETS),
}


def kin_of_pair(
    text: str, persons: Sequence[Mention], epithet: str, before: int
) -> tuple[str, int] | None:
    """(name, offset) of the one of a pair introduced as kin before ``before`` whom a
    kin epithet ("sang ayah", "sang anak") points back to: in "Budi Santoso (58) dan
    putranya, Andi Santoso (27)", "sang ayah" is Budi and "sang anak" Andi, whoever spoke
    last. The name is the person the tagger found in that place (``persons``), so no
    word of a role before it ("Petani Budi") comes along; ``None`` when no such pair was
    introduced, the epithet fits neither of it or no person stands there.

    >>> t = "Petani Budi Santoso (58) dan putranya, Andi Santoso, memanen. Menurut sang ayah, ..."
    >>> ps = [Mention(7, 19, "Budi Santoso", "PER"), Mention(39, 51, "Andi Santoso", "PER")]
    >>> kin_of_pair(t, ps, "sang ayah", len(t)), kin_of_pair(t, ps, "sang anak", len(t))
    (('Budi Santoso', 7), ('Andi Santoso', 39))
    """
    pairs = list(_KIN_PAIR.finditer(text, 0, before))
    if not pairs:
        return None
    pair = pairs[-1]
    firsts, seconds = _PAIR_EPITHETS[pair.group("kin")]
    said = " ".join(epithet.lower().split())
    side = "first" if said in firsts else "second" if said in seconds else None
    if side is None:
        return None
    lo, hi = pair.span(side)
    person = next((m for m in persons if lo <= m.start and m.end <= hi), None)
    return None if person is None else (person.entity or person.text, person.start)
