"""Nicknames and call names: which person of an article a nickname the article declares,
or a form of address before a name, stands for.

For :func:`warta.nlp.entities.aliases.resolve_article`, after the names of an article are
resolved: :func:`_declared_nicknames` ("<Name>, yang akrab disapa <Nick>", "<Nick>,
sapaan akrab <Name>", "<Name> alias <Other>", "<Name> (49), atau Ina <Child>", a pen or
stage name "dengan nama pena <Other>", a nickname in quotes inside a name) makes
every mention of the nickname its bearer; :func:`_addressed_names` gives "<form of
address> <word>" ("Koh <Given>", "Bli <Given>", "Mangku <Surname>") the person whose name
holds the word, finding call names the tagger missed; :func:`_single_names_left` gives a
one-word name left standing for itself the one person holding it once those are known.
Each works in place on the article's spans.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from warta.lexicon.indonesian import FORMS_OF_ADDRESS, NAME_STOP_WORDS
from warta.lexicon.regex_gate import WordGated
from warta.nlp.entities.gazetteer import load_gazetteer
from warta.nlp.entities.names import (
    DECLARED_TEKNONYM_HEADS,
    TEKNONYM_HEADS,
    TITLE_HEAD,
    TITLES,
    is_org_head,
    is_teknonym,
    own_words,
)
from warta.nlp.entities.personbounds import NAME_KINDS
from warta.nlp.entities.retyping import _WordRuns
from warta.nlp.entities.shorttitles import NAME_PART_TITLES
from warta.nlp.entities.spans import (
    ByStart,
    Covered,
    Span,
)

_TITLE_WORDS = frozenset(t.casefold() for t in TITLES)


# Regional and religious forms of address that are never common words: Balinese "Bli"
# (brother) and "Mangku" (temple priest), Minang "Ajo" and "Buya", Makassar and Bugis
# "Karaeng", "Petta", "Puang", Acehnese "Ampon", Sasak "Mamiq", Papuan "Kaka", "Habib",
# Madurese "Lora" (a kiai's son), Banjar "Julak", "Acil" and Batak "Amang" (elders).
_REGIONAL_CALLS = (
    "Bli|Mangku|Ajo|Buya|Karaeng|Petta|Puang|Ampon|Mamiq|Kaka|Habib|Lora|Julak|Acil|Amang"
    # Manggarai "Kraeng" for a man of standing; "Yai", the spoken "Kiai" of East Java
    "|Kraeng|Yai"
    # Palembang's hereditary titles cite their bearer by a later word of the name too
    "|Kiagus|Kemas|Masagus|Nyimas|Nyayu"
    # Betawi "Babe" (an elder man) and "Mpok" (an elder woman)
    "|Babe|Mpok"
    # Sasak "Miq", the spoken short of "Mamiq" (a noble man, "Lalu <Name>" in full)
    "|Miq"
    # Batak "Boru" before a woman's clan ("Boru <Clan>" of "<Given> br. <Clan>"), Sundanese
    # "Ceu" (an elder woman)
    "|Boru|Ceu"
)

# Batak teknonyms: a grandparent is called "Ompu" (written "Op.") and a parent "Nai"
# (mother of) or "Amani" (father of) + the name of the first grandchild or child.
_TEKNONYMS = "|".join(re.escape(head) for head in sorted(TEKNONYM_HEADS))
#: Shortened teknonym heads and the word they write ("Op. <Child>" is "Ompu <Child>").
_TEKNONYM_SPELLINGS = {"Op.": "Ompu"}


# A nickname as news writes it: an honorific of address, or none, then one or two
# capitalised words ("Gus Ipul", "Bang Doel", "Mas Pram", "Abu Zul", "Roy").
_NICK = (
    r"(?P<nick>(?:(?:Gus|Bang|Kang|Mas|Mbak|Cak|Koh|Cik|Abu|Mbah|Uda|Daeng|Ning|Teh|Uni|"
    r"Pak|Bu|Om|Kak|Buya|Mamiq|Inaq|Bli|Mangku|Ajo|Karaeng|Petta|Puang|Ampon|Kaka|Mama|"
    r"Habib|Tuan\s+Guru|Boru|Ceu|" + _TEKNONYMS + r")\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
)


# "<Name> (<Other Name>)": a second name of the same person in brackets right after the
# name, as news gives a Chinese-Indonesian's Chinese name ("<Given> <Surname> (<Clan>
# <Given> <Given>)"): two to four capitalised words of a syllable each, two to five
# letters (no acronym, no number - "(45)" is an age; no longer word - "(<Team> <Maker>)"
# after a rider), checked by :func:`_bracketed_other_name`.
_BRACKETED_NAME = re.compile(
    r"[ \t]*\((?P<nick>[A-Z][a-z'’-]{1,4}(?:[ \t]+[A-Z][a-z'’-]{1,4}){1,3})\)"
)


def _bracketed_other_name(words: str) -> bool:
    """Whether the words in brackets after a name can be a second name of that person:
    none a title, a form of address, an organisation's head or a place the gazetteer
    knows, nor the whole a place ("(Jawa Barat)", "(Partai Golkar)", "(Bapak Budi)").

    >>> _bracketed_other_name("Liem Swie King"), _bracketed_other_name("Nusa Tenggara Barat")
    (True, False)
    """
    gazetteer = load_gazetteer()
    if gazetteer.lookup(words) is not None:
        return False
    return not any(
        w.casefold() in _TITLE_WORDS
        or w.casefold() in FORMS_OF_ADDRESS
        or w.casefold() in NAME_STOP_WORDS
        or is_org_head(w)
        or gazetteer.lookup(w) is not None
        for w in words.split()
    )


# A title (or office) and the space after it, where a name is cited after "sapaan akrab".
_TITLE_AT = re.compile(rf"(?:{TITLE_HEAD})[ \t]+")
# A form of address and the space after it, where a name is cited after "sapaan akrab".
_FORM_OF_ADDRESS_AT = re.compile(
    r"(?:" + "|".join(sorted(w.capitalize() for w in FORMS_OF_ADDRESS)) + r")[ \t]+(?=[A-Z])"
)


# "<Name>, yang dikenal warga sebagai <Nick>": the person named right before. Who knows
# the name may be a people or a town, capitalised ("yang di kalangan warga <People> lebih
# dikenal dengan nama <Name>"), and the name so declared may be a Chinese name of three
# syllables ("<Clan> <Given> <Given>"). The name may also be the subject of the clause,
# no "yang", after its apposition: "<Name> (41), asal <Place>, lebih dikenal sebagai
# <Nick>" (an adverb opens the predicate, so a comma list of names is no declaration;
# see :func:`_pair_named` for two people given two names).
_NICK_KNOWN_AS = re.compile(
    r"\s*(?:\(\d{1,3}\)\s*)?,\s*(?:yang\s+(?:[a-z]+\s+|[A-Z][a-z]+\s+){0,5}?"
    r"|(?P<bare>)(?:[a-z][\w-]*(?:\s+(?:[a-z][\w-]*|[A-Z][\w'-]*)){0,5}\s*,\s*)?"
    r"(?:lebih|juga|biasa|akrab)\s+)dikenal"
    r"(?:\s+[a-z]+){0,2}?\s+"
    r"(?:sebagai|dengan\s+(?:nama|sebutan|julukan|panggilan|sapaan))\s+"
    # "dengan nama Tionghoa <Name>": the people or language the name is of comes first
    r"(?:(?i:" + "|".join(sorted(NAME_KINDS)) + r")\s+(?=[A-Z]))?[\"“]?"
    + _NICK[:-1]
    + r"(?:\s+[A-Z][a-z'-]{1,4}(?![\w-]))?)"
)


# "Warga memanggilnya <Nick>", "... memanggil wali kota dengan sapaan <Nick>", "Pria
# yang akrab disapa <Nick> itu": the person last named before.
_NICK_CALLED = re.compile(
    r"(?<![\w-])(?:(?:(?:[Pp]ria|[Ww]anita|[Pp]erempuan|[Ll]elaki|[Ss]osok|[Tt]okoh|[Pp]olitikus"
    r"|[Pp]olitisi|[Pp]engusaha|[Pp]ejabat|[Ii]a|[Dd]ia|[Bb]eliau)(?:\s+[\w-]+){0,3}?\s+yang"
    r"(?:\s+[a-z]+){0,3}?\s+(?:di)?(?:sapa|panggil))"
    # "Pria berdarah <group> itu akrab disapa <Nick>": the person named before, no "yang"
    r"|(?:[Pp]ria|[Ww]anita|[Pp]erempuan|[Ll]elaki|[Ss]osok|[Tt]okoh|[Pp]ejabat)"
    r"(?:\s+[\w-]+){0,4}?\s+itu\s+(?:akrab\s+|biasa\s+|kerap\s+)?(?:di)?(?:sapa|panggil)"
    r"|(?:memanggilnya|menyapanya|menjulukinya)"
    r"(?:\s+dengan\s+(?:sapaan|sebutan|panggilan|nama))?"
    r"|(?:memanggil|menyapa)(?:\s+[a-z]+){0,3}?\s+dengan\s+(?:sapaan|sebutan|panggilan))\s+"
    r"[\"“]?" + _NICK
)


# A noun for a person opening a sentence about the one named before: a man, a woman, a
# figure, a cleric, a trader, a farmer ("Ulama yang ...", "Pedagang yang ...").
_PERSON_NOUN = (
    r"(?:Pria|Wanita|Perempuan|Lelaki|Sosok|Tokoh|Ulama|Kiai|Ustaz|Ustazah|Pedagang|Petani"
    r"|Nelayan|Perajin|Seniman|Pemuda|Remaja|Guru|Pengusaha|Pejabat|Politikus|Politisi)"
)


# "Ia lebih dikenal sebagai <Nick>": the person last named before, the subject a pronoun
# or a noun phrase closed by "itu" opening the sentence ("Pria itu ...").
# "... dari nama aslinya, <Name>", "nama Tionghoanya, <Name>": a name of his own, the
# possessive "-nya" on the kind of name (birth, childhood, full, baptismal, pen name) or
# on the people or language it is of (capitalised: "Tionghoa", "Jawa") pointing back to
# him - not "nama suaminya", a relative's name; the name may be a Chinese one of three
# syllables.
_NICK_KNOWN_AS_PRONOUN = re.compile(
    r"(?<![\w-])(?:(?:(?:[Ii]a|[Dd]ia|[Bb]eliau)(?:\s+[a-z]+){0,2}?"
    # "Pedagang itu (di kalangan warga <People>) lebih dikenal dengan nama <Name>": a
    # sentence opened by a noun phrase closed by "itu" is about the one just named
    r"|(?:(?<=[.!?][ \t])|(?<=\n))[A-Z][a-z]+(?:[ \t]+[a-z]+){0,3}?[ \t]+itu"
    r"(?:\s+(?:[a-z]+|[A-Z][a-z]+)){0,6}?"
    # "Kiai yang oleh santri dikenal dengan julukan <Nick> ... itu": a sentence
    # opened by a noun for a person and a relative clause (not "Kawasan yang dikenal
    # sebagai <Name>", a place's name)
    r"|(?:(?<=[.!?][ \t])|(?<=\n))" + _PERSON_NOUN + r"[ \t]+yang(?:\s+[a-z]+){0,4}?)"
    r"\s+dikenal(?:\s+[a-z]+){0,2}?"
    r"\s+(?:sebagai|dengan\s+(?:nama|sebutan|julukan|panggilan|sapaan))"
    # (Not the name a source agrees to be named by: "seorang sopir yang cuma bersedia
    # disebut nama panggilannya, <Nick>" is the one described, no one named before.)
    r"|(?<!disebut[ \t])(?<!disebut[ \t]dengan[ \t])(?<!ditulis[ \t])(?<!ditulis[ \t]dengan[ \t])"
    r"nama\s+(?:(?:asli|lahir|kecil|lengkap|baptis|samaran|pena|panggilan|julukan)nya"
    r"|[A-Z][a-z]+nya)\s*,)\s+[\"“]?"
    # "dikenal dengan nama Tionghoanya, <Name>": the kind of name, the name after it
    r"(?![A-Z][a-z]+nya\b)"
    + _NICK[:-1]
    + r"(?:\s+[A-Z][a-z'-]{1,4}(?![\w-]))?)"
)


# "<Name> (61) menulis lagu dengan nama pena <Nick>", "<Name>, penyanyi asal <Place> yang
# lebih dikenal dengan nama panggung <Nick>", "nama samarannya <Nick>": a pen name, a stage
# name or a pseudonym the person last named before writes, sings or acts under (the kind
# of name says it is a person's, whatever stands between him and it).
_NAME_OF_KIND = re.compile(
    r"(?<![\w-])nama[ \t]+(?:pena|panggung|samaran|beken)(?:nya)?[ \t]+[\"“]?" + _NICK
)


# "<Name>, yang (oleh warga) akrab disapa <Nick>", "<Name> atau biasa dipanggil <Nick>",
# "<Name> (61), pedagang sayur yang akrab disapa <Nick>" (a short apposition before "yang"),
# "<Name>, yang oleh para nelayan di <Place> dijuluki "<Nick>"" (who calls him so may
# take up to four words, a place among them; the nickname may stand in quotes); "yang di
# kalangan <group> akrab disapa <Nick>" likewise.
_NICK_AFTER = re.compile(
    r"\s*(?:\(\d{1,3}\)\s*)?(?:,\s*(?:[a-z]+\s+|[A-Z][\w'’-]*\s+){0,3}?yang|\s+yang"
    r"|,?\s*(?:atau|alias)(?:\s+yang)?"
    # "<Name> biasa dipanggil <Nick>": the name the subject of the passive, no "yang"
    r"|(?=\s+(?:akrab|biasa|kerap|sering)\s+di(?:sapa|panggil)\b))"
    # who calls him so may be a reduplicated plural ("di kalangan kawan-kawannya")
    r"(?:\s+(?:oleh|di\s+kalangan|di\s+antara)(?:\s+[a-z][\w-]*)(?:\s+[A-Za-z]+){0,3}?)?"
    r"(?:\s+lebih)?"
    # "yang sejak lama dipanggil <Nick>": since when the name is used
    r"(?:\s+(?:sejak|dari)\s+(?:lama|dulu|kecil|muda|remaja))?"
    r"(?:\s+(?:akrab|biasa|kerap|sering|karib))?\s+(?:(?:di)?(?:sapa|panggil)|dijuluki)"
    r"\s+[\"“]?" + _NICK
)


# "<Name> alias <Nick>" and "<Name> atau Gus <Nick>": a second name declared bare. After
# "atau" only a form of address or a teknonym's head makes it one ("Budi atau Andi" is
# two people; "<Name> (49), atau Ina <Child>," is the mother of <Child>, the same woman).
_NICK_ALIAS = re.compile(
    r"\s*(?:\(\d{1,3}\)\s*)?,?\s+(?:alias|atau(?=\s+(?:Gus|Cak|Kang|Mas|Bang|Daeng|Uda|Buya|Ning|"
    + _REGIONAL_CALLS
    + "|"
    + "|".join(re.escape(head) for head in sorted(DECLARED_TEKNONYM_HEADS))
    + r")\s))"
    r"\s+(?P<quote>[\"“])?" + _NICK
)


# "<Other name> alias <Name>" where the tagger found only the second ("Oei Kok Wah alias
# Rudy Hartawan"): up to three capitalised words right before "alias", and a shortened
# name part with its full stop opening them ("Moh. <Given> alias <Name> bin <Father>",
# as courts name defendants).
_ALIAS_BEFORE = re.compile(
    r"(?<![\w'’-])((?:(?:" + "|".join(sorted(NAME_PART_TITLES)) + r")\.[ \t]+)?"
    r"(?:[A-Z][\w'’-]*[ \t]+){0,2}[A-Z][\w'’-]*)[ \t]+alias[ \t]+$"
)


# A father's name follows its particle: "bin", "binti" (son, daughter of), "br." (a Batak
# woman's clan).
_PARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:bin|binti|ibn|bint|br\.)[ \t]+$")


# "<Nick>, sapaan akrab <Name>", "<Nick>, begitu ia biasa disapa", ""<Nick>", begitu
# <Name> biasa disapa", "<Nick>, sapaan (akrab|warga kepada) <office>(nya)" (the office
# word must be a title: "sapaan akrab camat"), "<Nick>, sapaan akrab <description> itu".
_NICK_BEFORE = WordGated(
    re.compile(
        r"[\"“]?" + _NICK + r"[\"”]?\s*,\s*"
        # the adjective may be left out: "<Nick>, sapaan <Name>" (a capital follows)
        # "<Nick>, sebutan (populer) (warga) untuk <Name>": a name others use for him,
        # the users and "untuk|bagi|kepada" may stand before the name
        r"(?:(?P<sapaan>(?:sapaan|panggilan|sebutan)(?:\s+(?:akrab|karib|populer))?"
        r"(?:(?:\s+[a-z]+)?\s+(?:untuk|bagi|kepada))?\s+(?=[A-Z]))"
        # "sapaannya", "panggilannya", "sapaan akrabnya": the suffix is glued to the noun
        # when no adjective comes between
        r"|(?:sapaan|panggilan)(?:\s+(?:akrab|karib))?nya\b"
        # "<Nick>, panggilan akrab bekas komandan itu": a description closed by "itu" points
        # back to the person named last (no office to look up); the description may name
        # the body he served, with its acronym ("mantan panglima <Body> (<ACR>) itu")
        r"|(?:sapaan|panggilan)\s+(?:akrab|karib)\s+[a-z]+"
        r"(?:\s+(?:[a-z]+|[A-Z][\w'-]*|\([A-Z]{2,}\))){0,7}?\s+itu\b"
        r"|(?:sapaan|panggilan)(?:\s+(?:akrab|karib))?(?:\s+[a-z]+\s+(?:kepada|untuk|bagi))?"
        r"\s+(?:sang\s+)?(?P<role>[a-z]{4,}?)(?:nya)?\b"
        r"|(?:begitu|demikian)\s+(?:ia|dia|beliau|(?P<named>[A-Z][\w'-]+))\s+"
        r"(?:akrab\s+|biasa\s+|kerap\s+)?(?:di)?(?:sapa|panggil)"
        # a spelling the article declares: "<Spelling>, ejaan lain (untuk namanya)",
        # "<Spelling>, demikian namanya ditulis <outlet>": the person named before
        r"|(?P<spelt>(?:ejaan|tulisan|transliterasi)\s+lain\b"
        r"|(?:begitu|demikian)\s+nama(?:nya)?\s+(?:di)?(?:tulis|eja)))"
    )
)


# "<Name>, yang (dalam laporan media <X>) kerap ditulis <Spelling>": another spelling of
# the name right before (up to five words say where).
_SPELT_AFTER = re.compile(
    r"\s*,\s*yang(?:\s+[\w-]+){0,5}?(?:\s+(?:juga|kerap|sering|biasa|lazim))?\s+"
    r"(?:di)?(?:tulis|eja)(?:\s+sebagai)?\s+[\"“]?" + _NICK
)


#: How far before a person's name the office "<Nick>, sapaan akrab <office>" names may
#: stand ("Bupati <Regency>, <Name>": the office, a place of up to three words, a comma).
_ROLE_REACH = 48


# "Pria bernama lengkap H. <Full Name> itu", "<Call>, yang nama aslinya <Full Name>": the
# full name of someone the article named before by a call name (up to two shortened
# titles, "H.", "Hj.", "Dr.", between the words and the name).
_FULL_NAME_BEFORE = re.compile(
    r"(?<!\w)(?:bernama[ \t]+(?:lengkap|asli)|nama[ \t]+(?:lengkap|asli)(?:nya)?"
    r"(?:[ \t]+(?:adalah|ialah))?)[ \t]+(?:[A-Z][a-z]{0,2}\.[ \t]*){0,2}$"
)


# "<Name> (61), juru kunci yang bernama asli <Birth Name>": a relative clause on an
# apposition of the person named right before (an age in brackets, a comma, a noun
# phrase of up to four words, lower-case, then the body he serves, if any, in capitals)
# declaring another name of his, which may share no word with the name he is known by:
# his birth name, or the title name a court or a community gave him ("yang bergelar
# <Rank> <Court Name>", up to two title words before it; "dengan nama paringan <Name>").
_APPOSED_BIRTH_NAME = re.compile(
    r"[ \t]*(?:\(\d{1,3}\)[ \t]*)?,[ \t]*(?:[a-z][\w-]*[ \t]+){1,4}"
    r"(?:[A-Z][\w'-]*[ \t]+){0,3}"
    r"(?:yang[ \t]+"
    r"(?:(?:bernama[ \t]+asli|nama[ \t]+asli(?:nya)?(?:[ \t]+(?:adalah|ialah))?)[ \t]+"
    r"(?:[A-Z][a-z]{0,2}\.[ \t]*){0,2}"
    r"|(?:bergelar|diberi[ \t]+gelar)[ \t]+(?:(?:[A-Z][a-z]{0,2}\.|[A-Z][a-z]+)[ \t]+){0,2})"
    # "..., abdi dalem <Court> dengan nama paringan <Court Name>": the name a court gave
    # him (Javanese "paringan", given) or his birth name, declared with "dengan" on the
    # apposition instead of a relative clause
    r"|dengan[ \t]+(?:gelar|nama[ \t]+(?:paringan|gelar|asli|lahir|kecil))[ \t]+)"
)


# "<Name> (58), yang dalam dokumen resminya bernama <Other Name>": a relative clause right
# on a person naming him again. "yang" is the subject of "bernama" only when nothing but
# adverbs and a prepositional phrase stand between ("yang anaknya bernama <X>" names the
# child), and the other name may be of another people ("bernama Tionghoa <Name>"). Either
# name may be the one the article goes on to use: the two are settled like an alias.
_CLAUSE_OTHER_NAME = re.compile(
    r"[ \t]*(?:\(\d{1,3}\)[ \t]*)?,[ \t]*yang[ \t]+"
    r"(?:(?:juga|sebenarnya|sesungguhnya|resmi|secara[ \t]+resmi)[ \t]+)*"
    r"(?:(?:dalam|di|pada|menurut|sesuai|berdasarkan)(?:[ \t]+[a-z][\w-]*){1,4}[ \t]+)?"
    r"bernama[ \t]+(?:(?i:" + "|".join(sorted(NAME_KINDS)) + r")[ \t]+(?=[A-Z]))?"
    r"(?:[A-Z][a-z]{0,2}\.[ \t]*){0,2}"
)


_QUOTED_NICK = re.compile(r"(?<=\w)[ \t]+[\"“]([A-Z][^\"“”]{1,30})[\"”][ \t]+(?=[A-Z])")


def _declared_nicknames(text: str, spans: list[Span]) -> None:
    """Give a nickname the article declares the entity of the person it names:
    "Rano Karno, yang akrab disapa Bang Doel", "Gus Ipul, sapaan akrab Saifullah",
    "Menurut Mas Pram, begitu ia biasa disapa, ...". Every mention of the nickname is
    then that person (a nickname is not a second person, nor an organisation).

    >>> from warta.nlp.entities.aliases import resolve_article
    >>> from warta.nlp.entities.ner import find_mentions
    >>> text = ("Wali Kota Bambang Sutrisno, yang akrab disapa Mas Tris, meninjau pasar. "
    ...     "Mas Tris berjanji kembali.")
    >>> _, refs = resolve_article(text, find_mentions(text))
    >>> [(r.name, r.mentions) for r in refs if r.type == "PER"]
    [('Bambang Sutrisno', ('Bambang Sutrisno', 'Mas Tris', 'Tris', 'Wali Kota Bambang Sutrisno'))]
    """
    persons = sorted((x for x in spans if x.type == "PER" and x.entity), key=lambda x: x.start)
    if not persons:
        return
    declared: dict[str, str] = {}
    aliased: set[str] = set()  # declared by "alias": maybe a second full name
    not_persons: set[str] | None = None  # surfaces of the article's bodies and places
    for i, person in enumerate(persons):
        # 'Munir "Cak Mun" Hidayat': the nickname in quotes inside the name is his
        for quoted in _QUOTED_NICK.finditer(text, person.start, person.end):
            declared[" ".join(quoted.group(1).split())] = person.entity or ""
        alias = _NICK_ALIAS.match(text, person.end)
        in_quotes = alias is not None and bool(alias.group("quote"))  # a nickname, no name
        if alias is not None and not in_quotes and not _call_name(alias.group("nick")):
            aliased.add(" ".join(alias.group("nick").split()))
        known = _NICK_KNOWN_AS.match(text, person.end)
        if known and known.group("bare") is not None and _pair_named(text, person, known):
            known = None
        m = (
            _NICK_AFTER.match(text, person.end)
            or alias
            or known
            or _SPELT_AFTER.match(text, person.end)
        )
        if m:
            declared[" ".join(m.group("nick").split())] = person.entity or ""
        other = _BRACKETED_NAME.match(text, person.end)
        if other is not None and _bracketed_other_name(other.group("nick")):
            if not_persons is None:  # built once, the first time a bracket follows a name
                not_persons = {
                    " ".join(text[x.start : x.end].split()) for x in spans if x.type != "PER"
                }
            nick = " ".join(other.group("nick").split())
            # "<Rider> (<Team>)": the tagger's body, or the same words in brackets after
            # other names too (a team's, a party's), is no name of his
            if nick not in not_persons and text.count(other.group().strip()) == 1:
                declared.setdefault(nick, person.entity or "")
        called = _called_before_full_name(text, person, persons, i)
        if called is not None:
            declared.setdefault(called, person.entity or "")
        known_as = _known_as_before_birth_name(text, person, persons[i - 1] if i else None)
        if known_as is not None:
            declared.setdefault(person.entity or "", known_as)
        other_name_of = _named_again_before(text, person, persons[i - 1] if i else None)
        if other_name_of is not None:
            declared.setdefault(person.entity or "", other_name_of)
            aliased.add(person.entity or "")
        before = _ALIAS_BEFORE.search(text, max(0, person.start - 64), person.start)
        # "<Given> bin <Father> alias <Nick>": the words before "alias" end the full name,
        # and the father's among them is no other name of the man
        if before is not None and not _PARTICLE_BEFORE.search(
            text, max(0, before.start(1) - 8), before.start(1)
        ):
            words = before.group(1).split()
            while words and words[0].casefold() in _TITLE_WORDS | NAME_STOP_WORDS:
                words.pop(0)
            # not when that name already declared this one its alias ("<ACR> alias <Nick>",
            # both tagged): the declaration read from the other side
            if words and declared.get(person.entity or "") != " ".join(words):
                declared.setdefault(" ".join(words), person.entity or "")
                aliased.add(" ".join(words))
    starts = [x.start for x in persons]
    for m in _NICK_BEFORE.finditer(text):
        owner = _nick_before_owner(text, m, persons, starts)
        if owner is not None and owner.start != m.start():
            declared.setdefault(" ".join(m.group("nick").split()), owner.entity or "")
    for m in itertools.chain(
        _NICK_CALLED.finditer(text),
        _NICK_KNOWN_AS_PRONOUN.finditer(text),
        _NAME_OF_KIND.finditer(text),
    ):
        owner = _called_owner(m.group("nick"), persons, bisect.bisect_left(starts, m.start()))
        if owner is not None:
            declared.setdefault(" ".join(m.group("nick").split()), owner.entity or "")
    _add_teknonym_spellings(declared)
    _follow_declared_chains(declared, aliased)
    declared = {nick: name for nick, name in declared.items() if name and nick != name}
    if not declared:
        return
    declared = _alias_winners(spans, declared, aliased)
    covered = Covered(sorted((x for x in spans if not x.nested), key=lambda x: x.start))
    # Spans by offset and each nickname found by plain string search: a scan of every
    # span, and a regex pass over the text, per nickname made the stage quadratic.
    by_start = ByStart(spans)
    runs = _WordRuns(text)
    renamed: dict[str, str] = {}
    for nick, name in declared.items():
        for start, end in _whole_word_matches(text, nick, runs):
            inside = by_start.overlapping(start, end)
            if not inside and not covered.overlaps(start, end):
                added = Span(start, end, "PER", entity=name, annotated=True)
                spans.append(added)
                by_start.add(added)
                covered.add(start, end)
            for x in inside:
                if x.start >= start and x.end <= end and x.place is None:
                    if x.entity and x.entity != name and x.entity in nick:
                        renamed[x.entity] = name
                    x.type, x.entity = "PER", name
                    if len(inside) == 1 and _addressed_word_before(text, start, x.start):
                        x.start, x.end = start, end  # "Usi |<Given>|": the call name
    # "Guru" resolved to the tagger's "Guru Sibawaih" before "Tuan Guru Sibawaih" was
    # declared the nickname of Ahmad Sibawaih Hamdi: every span of that part is his too
    for x in spans:
        if x.type == "PER" and x.entity in renamed:
            x.entity = renamed[x.entity]
    spans.sort(key=lambda x: x.start)


# Two names coordinated: "<A> dan <B>".
_PAIRED_AFTER = re.compile(r"[ \t]+(?:dan|serta)[ \t]+[A-Z]")
_PAIRED_BEFORE = re.compile(r"(?<![\w-])(?:dan|serta)[ \t]+$")


def _pair_named(text: str, person: Span, known: re.Match[str]) -> bool:
    """Whether a "<Name>, lebih dikenal sebagai <Nick>" match (no "yang") after
    ``person`` is said of two people, each given a name: "<A> (49) dan <B> (45), lebih
    dikenal sebagai <Nick A> dan <Nick B>" - the nickname coordinated with another, or
    the person with one named before."""
    return bool(
        _PAIRED_AFTER.match(text, known.end("nick"))
        or _PAIRED_BEFORE.search(text, max(0, person.start - 8), person.start)
    )


def _call_name(nick: str) -> bool:
    """Whether a name declared after "alias"/"atau" is a call name of the person, not a
    second full name: a form of address or a teknonym's head opens it ("Mas <Given>",
    "Ina <Child>"), so the person keeps the name the article gave first.

    >>> _call_name("Ina Sarah"), _call_name("Hendra Wijaya")
    (True, False)
    """
    return bool(_ADDRESS.match(nick)) or nick.split()[0] in DECLARED_TEKNONYM_HEADS


def _follow_declared_chains(declared: dict[str, str], aliased: set[str]) -> None:
    """Point every call name at the name its owner is finally declared under: a call
    name given a second name of the same man ("<Name>, yang juga dikenal dengan nama
    <Other>. Tetangga memanggilnya <Nick>": the nick was declared of <Other>, itself
    declared of <Name>) is that man's too. Not through a name declared by "alias"
    (``aliased``): "<Name> alias <Other>" is declared from both sides, and which of the
    two owns the call names is for :func:`_alias_winners`. A cycle is left where it
    stops.

    >>> d = {"Acong": "Lie Tjoan Hok", "Lie Tjoan Hok": "Hadi Wijaya"}
    >>> _follow_declared_chains(d, set()); d["Acong"]
    'Hadi Wijaya'
    """
    for nick, name in declared.items():
        seen = {nick}
        while name in declared and name not in seen | aliased and declared[name]:
            seen.add(name)
            name = declared[name]
        declared[nick] = name


def _add_teknonym_spellings(declared: dict[str, str]) -> None:
    """Declare a teknonym written with a shortened head under its full head too, for
    the same person: "Op. <Child>" declared makes "Ompu <Child>" his as well."""
    for nick, name in list(declared.items()):
        head, _, rest = nick.partition(" ")
        full = _TEKNONYM_SPELLINGS.get(head)
        if full is not None and rest:
            declared.setdefault(f"{full} {rest}", name)


def _addressed_word_before(text: str, start: int, name: int) -> bool:
    """Whether a declared call name opening at ``start`` holds one word before the
    tagged name at ``name`` that is no stop word ("Usi <Given>", "Cici <Given>"; not
    "Menurut <Given>", which the declaration's pattern may take in)."""
    words = text[start:name].split()
    return len(words) == 1 and words[0].casefold() not in NAME_STOP_WORDS | _TITLE_WORDS


def _called_owner(nick: str, persons: Sequence[Span], before: int) -> Span | None:
    """The person "<pria|perempuan ...> yang biasa disapa <Nick>" declares ``nick`` of:
    the person last named before (``persons[:before]``, in text order) - unless the
    call name writes a word of the name of one of the last :data:`_ROLE_LOOKBACK` named
    before ("Cici <Given>" after "<Given> ..., didampingi suaminya, <Husband>"), who is
    then the one the call name is made of."""
    if before == 0:
        return None
    words = {w.casefold() for w in nick.split()} - FORMS_OF_ADDRESS
    for x in reversed(persons[max(0, before - _ROLE_LOOKBACK) : before]):
        if words and words & {w.casefold() for w in (x.entity or "").split()}:
            return x
    return persons[before - 1]


def _called_before_full_name(
    text: str, person: Span, persons: Sequence[Span], i: int
) -> str | None:
    """The call name ("Babe <Word>") of the person whose full name ``person`` (``persons[i]``,
    ``persons`` in text order) is declared ("Pria bernama lengkap <Full Name> itu"): the
    last person named before the first span equal to it, among the last
    :data:`_ROLE_LOOKBACK`, who shares a word of the name (forms of address aside)."""
    if _FULL_NAME_BEFORE.search(text, max(0, person.start - 40), person.start) is None:
        return None
    full = {w.casefold() for w in (person.entity or "").split()} - FORMS_OF_ADDRESS
    # the first equal span starts where it does: look from there (persons.index() from
    # the first person was quadratic)
    while i > 0 and persons[i - 1].start == person.start:
        i -= 1
    i = persons.index(person, i)
    for x in reversed(persons[max(0, i - _ROLE_LOOKBACK) : i]):
        words = {w.casefold() for w in (x.entity or "").split()} - FORMS_OF_ADDRESS
        if x.end <= person.start and x.entity != person.entity and words and words <= full:
            return x.entity
    return None


def _known_as_before_birth_name(text: str, person: Span, before: Span | None) -> str | None:
    """The name the article knows someone by, when ``person`` is his birth name declared
    in a relative clause on his apposition: "<Court Name> (61), juru kunci yang bernama
    asli <Birth Name>" gives "<Court Name>". The birth name is then a form of that
    person, who keeps the name the article calls him by. ``before`` is the person named
    last before ``person``."""
    if before is None or before.entity == person.entity or before.end > person.start:
        return None
    if _APPOSED_BIRTH_NAME.fullmatch(text, before.end, person.start) is None:
        return None
    return before.entity


def _named_again_before(text: str, person: Span, before: Span | None) -> str | None:
    """The person ``before`` (named last before ``person``) whose relative clause names
    him ``person`` too: "<Name> (58), yang dalam dokumen resminya bernama <Other Name>"
    gives "<Name>" (:data:`_CLAUSE_OTHER_NAME`)."""
    if before is None or before.entity == person.entity or before.end > person.start:
        return None
    if _CLAUSE_OTHER_NAME.fullmatch(text, before.end, person.start) is None:
        return None
    return before.entity


def _nick_before_owner(
    text: str, m: re.Match[str], persons: Sequence[Span], starts: Sequence[int]
) -> Span | None:
    """The person a "<Nick>, sapaan ..." / "<Nick>, begitu ... disapa" match names: the
    name right after "sapaan akrab" or "begitu"; for "sapaan akrab <office>", the last
    person named before with that office written before the name (of the last
    :data:`_ROLE_LOOKBACK`; else none); for "begitu ia disapa", the person last named
    before the nickname. ``persons`` are in text order, ``starts`` their starts."""
    if m.group("sapaan"):
        at = m.end()
        title = _TITLE_AT.match(text, at)  # "sapaan akrab Sultan <Name>": the name's
        # "sapaan populer Kang <Name>": the form of address the call name was made with
        address = _FORM_OF_ADDRESS_AT.match(text, at)
        for after in (title, address):
            if after is not None:
                i = bisect.bisect_left(starts, after.end())
                if i < len(persons) and starts[i] == after.end():
                    return persons[i]
    elif m.group("named"):
        at = m.start("named")
    else:
        at = -1
    if at >= 0:
        i = bisect.bisect_left(starts, at)
        return persons[i] if i < len(persons) and starts[i] == at else None
    # persons ending before the nickname, nearest first (found by bisection: a scan of
    # every person per match would grow with the article)
    i = bisect.bisect_left(starts, m.start())
    before = (x for x in reversed(persons[max(0, i - _ROLE_LOOKBACK) : i]) if x.end <= m.start())
    if m.group("spelt"):  # another spelling: of the last name written much like it
        return next((x for x in before if _spelt_alike(m.group("nick"), x.entity or "")), None)
    role = m.group("role")
    if role is None:
        # the last person named before, unless an earlier one bears the nickname's name
        # word ("<Given> <Surname> bertemu <Other>. Gus <Given>, sapaan akrabnya, ...")
        near = list(before)
        return next((x for x in near if _bears_nick(m.group("nick"), x.entity or "")), None) or (
            near[0] if near else None
        )
    if role.casefold() not in _TITLE_WORDS:
        return None
    office = re.compile(r"(?<!\w)" + re.escape(role) + r"(?!\w)", re.IGNORECASE)
    return next(
        (x for x in before if office.search(text, max(0, x.start - _ROLE_REACH), x.start)), None
    )


def _bears_nick(nick: str, name: str) -> bool:
    """Whether a capitalised word of ``nick`` past a form of address is a word of
    ``name`` ("Gus Mubarok" of "Ahmad Mubarok Sutrisman"; case aside).

    >>> _bears_nick("Bang Jefri", "Jefri Marsudiono"), _bears_nick("Bang Jefri", "Ali Jefrianto")
    (True, False)
    """
    words = set(name.casefold().split())
    return any(
        w.casefold() in words
        for w in nick.split()
        if w.casefold() not in FORMS_OF_ADDRESS and w.casefold() not in _TITLE_WORDS
    )


def _spelt_alike(spelling: str, name: str) -> bool:
    """Whether a word of ``spelling`` and a word of ``name`` share their first letter and
    their first or last three letters (case aside): "Zinovyev" of "Georgy Zinoviev",
    "Sinegubov" of "Oleh Syniehubov", "Wi Seong-rak" of "Wi Sung-lac".

    >>> _spelt_alike("Sinegubov", "Oleh Syniehubov"), _spelt_alike("Wi Seong-rak", "Kota Dae")
    (True, False)
    """
    ends = {(w[:1], w[:3]) for w in name.casefold().split()}
    ends |= {(w[:1], w[-3:]) for w in name.casefold().split()}
    return any(
        (w[:1], w[:3]) in ends or (w[:1], w[-3:]) in ends for w in spelling.casefold().split()
    )


#: How many persons named before "<Nick>, sapaan akrab <office>" are asked for the office.
_ROLE_LOOKBACK = 12


def _whole_word_matches(text: str, phrase: str, runs: _WordRuns) -> list[tuple[int, int]]:
    """``(start, end)`` of each occurrence of ``phrase`` in ``text`` with no word
    character or hyphen against either end, left to right, not overlapping (as
    ``re.finditer`` would give them). A phrase opening with a word character can only
    start where ``runs`` (the text's) has its first word: only there is it tried (a
    search of the whole text per phrase was quadratic).

    >>> t = "Mas Tris tiba; Mas Trisno dan Mas Tris pergi."
    >>> _whole_word_matches(t, "Mas Tris", _WordRuns(t))
    [(0, 8), (30, 38)]
    """
    pattern = re.compile(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])")
    out: list[tuple[int, int]] = []
    first = _FIRST_WORD.match(phrase)
    if first is not None:
        for pos in runs.starts(first.group()):
            if (not out or pos >= out[-1][1]) and pattern.match(text, pos):
                out.append((pos, pos + len(phrase)))
        return out
    pos = text.find(phrase) if phrase else -1
    while pos >= 0:
        if pattern.match(text, pos):
            out.append((pos, pos + len(phrase)))
            pos = text.find(phrase, pos + len(phrase))
        else:
            pos = text.find(phrase, pos + 1)
    return out


_FIRST_WORD = re.compile(r"\w+")


def _alias_winners(
    spans: list[Span], declared: dict[str, str], aliased: set[str]
) -> dict[str, str]:
    """``declared`` with a declared name that is itself an entity of the article settled.
    A second full name declared by "alias" ("Tan Hok Seng alias Hendra Wijaya"): the two
    entities become one, named by the one the article cites more often (the later one on
    a tie), every span of the other re-pointed to it. Any other declared name the tagger
    took for a person of its own ("Gus Kaji", "Inaq Mamiq Ratna") is the named person's."""
    mentions = Counter(x.entity for x in spans if x.type == "PER" and x.entity)
    # the person spans by entity, kept as they are re-pointed (a scan of every span per
    # declared name was quadratic)
    named: dict[str | None, list[Span]] = defaultdict(list)
    for x in spans:
        if x.type == "PER":
            named[x.entity].append(x)

    def repoint(old: str, new: str) -> None:
        for x in named.pop(old, []):
            x.entity = new
            named[new].append(x)

    out = dict(declared)
    for nick, name in declared.items():
        if len(nick.split()) < 2 or mentions[nick] == 0 or nick == name:
            continue
        if nick not in aliased:  # a call name, not a second full name
            repoint(nick, name)
            continue
        winner, loser = (name, nick) if mentions[name] > mentions[nick] else (nick, name)
        repoint(loser, winner)
        out[nick] = winner
        mentions[winner] += mentions.pop(loser, 0)
    return out


# Forms of address written before a given name or its first syllables ("Koh Hendra",
# "Bang Ridwan", "Mbah Karto" for Kartorejo): a person, whatever the tagger made of it.
# Balinese caste titles ("Tjokorda", its short "Cok", "Dewa", "Jero") cite a noble by
# a later word of the name the same way ("Cok Rai" for "Tjokorda Gde Rai Sudharta").
# ("Abu" is left out: it opens Arabic names, "Abu Bakar".)
_ADDRESS = re.compile(
    r"(?:Gus|Bang|Abang|Kang|Mas|Mbak|Cak|Koh|Cik|Mbah|Uda|Daeng|Ning|Teh|Uni|Om|Kak|Gung|Mama|"
    # Manado's grandparents, "Opa" and "Oma", for any old man or woman ("Opa <Given>")
    r"Opa|Oma|"
    # Kutai "Aji" and "Dayang", Luwu "Opu": titles of nobility that cite their bearer by
    # a later word of the name or its first syllables ("Aji <Fitri>" of "Aji M. Fitriansyah")
    r"Tjokorda|Cokorda|Cok|Dewa|Jero|Ra|Aji|Dayang|Opu|"
    # a Catholic priest is addressed by his call name ("Romo <Call>", "Pater <Call>")
    r"Romo|Pater|" + _REGIONAL_CALLS + r")[ \t]+"
    r"(?P<word>[A-Z][a-z'’]+)"
)


_ADDRESS_BEFORE = re.compile(_ADDRESS.pattern.split("[ \\t]+")[0] + r"[ \t]+$")


#: How far before a span a form of address may start (the longest form, "Abang", and
#: the blanks after it).
_ADDRESS_REACH = 16


def _addressed_names(text: str, spans: list[Span]) -> None:
    """Give "<form of address> <word>" ("Koh Hendra", "Bang Ridwan", "Mbah Karto") the
    entity of the one person of the article a word of whose name is that word or starts
    with it (four letters at least, two short of the word at least: "Rahma" is no short
    form of "Rahman"), in place; typed a person. With no such person, a
    one-word name of another type the word starts ("Kartorejo" taken for a village,
    no gazetteer place) is that person, and becomes one.

    >>> from warta.nlp.entities.aliases import resolve_article
    >>> from warta.nlp.entities.ner import find_mentions
    >>> text = ("Pengusaha Rudi Santoso Halim membuka toko. Warga memanggilnya Koh Rudi. "
    ...     "Koh Rudi tersenyum.")
    >>> _, refs = resolve_article(text, find_mentions(text))
    >>> [r.name for r in refs if "Koh Rudi" in r.mentions]
    ['Rudi Santoso Halim']
    """
    _untagged_call_names(text, spans)
    words: _ByWord | None = None
    by_start = ByStart([])
    swallowed: set[int] = set()
    for s in spans:
        if s.place is not None:
            continue
        surface = " ".join(text[s.start : s.end].split())
        whole = _ADDRESS.fullmatch(surface)
        word = whole.group("word") if whole else None
        # only the few characters before the span: a search from the text's start for
        # every span made the stage quadratic in the article's length
        before = max(0, s.start - _ADDRESS_REACH)
        address = None
        if word is None and " " not in surface:
            address = _ADDRESS_BEFORE.search(text, before, s.start)
            word = surface if address and surface[:1].isupper() else None
        if word is None:
            continue
        if words is None:  # built once, the first time a name is addressed
            words, by_start = _ByWord(text, spans), ByStart(spans)
        owner = _addressed_owner(word, s, words, text)
        if owner is not None:
            named_by = s.entity
            s.type, s.entity = "PER", owner
            words.renamed(s)
            if whole is not None:  # "Koh <Given>| <Given>": the call name runs on
                runs_to = _name_runs_on(text, s, owner, words)
                for x in by_start.overlapping(s.end, runs_to):
                    if x is not s and x.start >= s.end and x.end <= runs_to:
                        swallowed.add(id(x))  # "Seng" of "Koh Hok Seng": in the call name
                s.end = runs_to
            if address is not None and not by_start.overlapping(address.start(), s.start):
                s.start = address.start()  # the form of address is part of the name cited
            if named_by and named_by != owner and _ADDRESS.fullmatch(named_by):
                # "Nurul" resolved to the two-word "Gus Nurul" before "Gus Nurul" was known
                # to be Mochamad Nurul Hakim: every span of that name is his
                for x in words.named(named_by):
                    if x.type == "PER" and x.entity == named_by:
                        x.entity = owner
                        words.renamed(x)
    if swallowed:
        spans[:] = [x for x in spans if id(x) not in swallowed]


#: An age in brackets right after a name: "<Name> (52)".
AGE_AFTER = re.compile(r"[ \t]*\((\d{1,3})\)")


def ages_by_entity(text: str, spans: Sequence[Span]) -> dict[str, set[str]]:
    """``{person: ages written after his name}`` for the person spans of two words or
    more followed by an age in brackets ("<Given> <Surname> (47)")."""
    ages: dict[str, set[str]] = defaultdict(set)
    for x in spans:
        if x.type == "PER" and x.entity and " " in text[x.start : x.end].strip():
            age = AGE_AFTER.match(text, x.end)
            if age is not None:
                ages[x.entity].add(age.group(1))
    return ages


def _single_names_left(text: str, spans: Sequence[Span]) -> None:
    """Give a one-word person name still standing for itself the entity of the one
    person of the article whose name holds the word, once call names and nicknames are
    resolved: "Sukri" was no short form while "Mamiq Sukri" seemed a second full name
    holding it; that call name is now "Lalu Ahmad Sukri ...", so "Sukri" is him too. A
    word no name holds may be the end of one person's given name, three letters shorter
    at least ("Dhani" of "Ramadhani ..."). Two persons holding the word leave it as
    written."""
    holders: dict[str, set[str]] = defaultdict(set)
    # full names by the last four letters of their given name: "Dhani" is the Javanese
    # call name of "Ramadhani ..." (the end of the given name, three letters shorter)
    endings: dict[str, set[str]] = defaultdict(set)
    for x in spans:
        if x.type == "PER" and x.entity and " " in x.entity:
            if is_teknonym(x.entity.split()):
                continue  # "Inaq <Child>": the child is another person, named alone
            # (the father's name after "bin" is another man: own_words leaves it out)
            for word in own_words(tuple(x.entity.casefold().split())):
                holders[word].add(x.entity)
            endings[x.entity.split()[0].casefold()[-4:]].add(x.entity)
    renamed: dict[str, str] = {}
    ages: dict[str, set[str]] | None = None
    for s in spans:
        surface = " ".join(text[s.start : s.end].split())
        if s.type != "PER" or " " in surface or s.entity not in (None, surface):
            continue
        age = AGE_AFTER.match(text, s.end)
        if age is not None:  # "<Given> (52)" beside "<Given> <Surname> (47)": two people
            ages = ages if ages is not None else ages_by_entity(text, spans)
            if any(ages.get(n) and age.group(1) not in ages[n] for n in holders.get(
                    surface.casefold(), ())):
                continue
        owners = holders.get(surface.casefold(), set())
        if not owners and len(surface) >= 4:
            word = surface.casefold()
            owners = {
                name
                for name in endings.get(word[-4:], ())
                if (given := name.split()[0].casefold()).endswith(word)
                and len(given) >= len(word) + 3
            }
        if len(owners) == 1:
            renamed[surface] = s.entity = next(iter(owners))
    # a nickname declared for the one-word name before ("Kang Bup" for "Dhani") follows it
    for x in spans:
        if x.type == "PER" and x.entity in renamed:
            x.entity = renamed[x.entity]


# Call names the tagger leaves out ("pasukan Daeng Naba"): a form of address that is
# never a common word, then one capitalised word.
_CALL_NAME = re.compile(
    r"(?<![\w.-])(?:Gus|Cak|Kang|Daeng|Uda|Mbak|Gung|Koh|Mbah|"
    + _REGIONAL_CALLS
    + r")[ \t]+[A-Z][a-z'’]{2,}(?![\w-])"
)


def _untagged_call_names(text: str, spans: list[Span]) -> None:
    """Add a person span, named as written, for each call name no span covers; the
    person it addresses, if the article names one, is found next."""
    covered = Covered(sorted((x for x in spans if not x.nested), key=lambda x: x.start))
    added = False
    for m in _CALL_NAME.finditer(text):
        if not covered.overlaps(m.start(), m.end()):
            name = " ".join(m.group().split())
            spans.append(Span(m.start(), m.end(), "PER", entity=name, annotated=True))
            covered.add(m.start(), m.end())
            added = True
    if added:
        spans.sort(key=lambda x: x.start)


def _call_ending(given: str, word: str) -> bool:
    """Whether ``word`` (lower-case) is a call name cut from the end of the given name
    ``given``: three letters shorter at least ("dhani" of "ramadhani"), or the given name
    without the Javanese prefix "su-" (good), which call names drop ("tanto" of "sutanto").

    >>> _call_ending("sutanto", "tanto"), _call_ending("karina", "rina")
    (True, False)
    """
    if not given.endswith(word):
        return False
    return len(given) >= len(word) + 3 or given == "su" + word


def _given_word(name: str) -> str:
    """The given name of a full name, lower-case: its first word that is no initial and
    no title or form of address ("sudarmo" of "Romo A. Sudarmo Pranoto"), else its first.

    >>> _given_word("Bapak A. Sudarmo Pranoto"), _given_word("Muhaimin Iskandar")
    ('sudarmo', 'muhaimin')
    """
    words = name.casefold().split()
    for w in words:
        if (
            len(w) > 2
            and not w.endswith(".")
            and w not in _TITLE_WORDS
            and w not in FORMS_OF_ADDRESS
        ):
            return w
    return words[0]


class _ByWord:
    """The spans of an article (in their order) by entity and by the first four letters
    of each word of their entity and of their surface: where a word may be the given
    name or first syllables of (:func:`_addressed_owner`). A scan of every span per
    addressed name made the stage quadratic. The lists may hold spans that no longer
    fit (an entity renamed since): callers test each one."""

    def __init__(self, text: str, spans: Sequence[Span]) -> None:
        self._spans = spans
        self._order = {id(x): i for i, x in enumerate(spans)}
        self._entity_words: dict[str, set[int]] = defaultdict(set)
        self._entities: dict[str, set[int]] = defaultdict(set)
        self._given_endings: dict[str, set[int]] = defaultdict(set)
        self._surface_words: dict[str, set[int]] = defaultdict(set)
        for i, x in enumerate(spans):
            for w in text[x.start : x.end].split():
                self._surface_words[w[:4]].add(i)
            self.renamed(x)

    def renamed(self, span: Span) -> None:
        """Index ``span`` under its (new) entity."""
        if span.entity:
            i = self._order[id(span)]
            self._entities[span.entity].add(i)
            for w in span.entity.split():
                self._entity_words[w[:4]].add(i)
            self._given_endings[_given_word(span.entity)[-4:]].add(i)

    def named_persons(self) -> list[Span]:
        """Every person span with an entity, in text order."""
        return [x for x in self._spans if x.type == "PER" and x.entity]

    def named(self, entity: str) -> list[Span]:
        """The spans that have had ``entity``, in article order."""
        return [self._spans[i] for i in sorted(self._entities.get(entity, ()))]

    def by_entity(self, word: str) -> list[Span]:
        """The spans an entity word of which has had ``word``'s first four letters."""
        return [self._spans[i] for i in sorted(self._entity_words.get(word[:4], ()))]

    def by_given_ending(self, word: str) -> list[Span]:
        """The spans whose entity's given name (:func:`_given_word`) has had ``word``'s
        last four letters."""
        return [self._spans[i] for i in sorted(self._given_endings.get(word.casefold()[-4:], ()))]

    def by_surface(self, word: str) -> list[Span]:
        """The spans a surface word of which starts with ``word``'s first four letters,
        in article order."""
        return [self._spans[i] for i in sorted(self._surface_words.get(word[:4], ()))]


# The titles of the churches' clergy and religious, as they address their bearer by a
# call name ("Pater <Call>", "Romo <Call>", "Suster <Call>").
_CLERGY_TITLES = frozenset({"Pater", "Romo", "Suster", "Bruder", "Frater"})


def _clergy_title_holders(span: Span, spans: _ByWord, text: str) -> set[str]:
    """The full names the article writes with the clergy title ``span`` is addressed
    with ("Pater <Call>" after "Pater <Given> <Surname>"): a priest's call name is often
    no part of his name (a baptismal name's everyday short form), so the title is what
    ties it to him. Empty when the form is no clergy title."""
    surface = text[max(0, span.start - _ADDRESS_REACH) : span.end].split()
    title = next((w for w in reversed(surface[:-1]) if w in _CLERGY_TITLES), None)
    if title is None:
        return set()
    return {
        x.entity
        for x in spans.named_persons()
        if x is not span
        and x.entity
        and " " in x.entity
        and (text[x.start : x.end].split()[:1] == [title]
             or text[max(0, x.start - len(title) - 1) : x.start].strip() == title)
    }


def _addressed_owner(word: str, span: Span, spans: _ByWord, text: str) -> str | None:
    """The entity of the one person (or, failing one, one-word name) ``word`` is the
    given name or first syllables of; ``None`` when none or several are."""

    def fits(name: str) -> bool:
        # a first syllable or two, not a name a letter short of another ("Rahma", "Rahman");
        # or the end of the given name, three letters shorter at least ("Cak <Imin>" of
        # "<Muhaimin> ...", as "Dhani" of "Ramadhani", see _single_names_left)
        given = _given_word(name)
        return any(
            w == word or (len(word) >= 4 and len(w) >= len(word) + 2 and w.startswith(word))
            for w in name.split()
        ) or (len(word) >= 4 and _call_ending(given, word.casefold()))

    persons = {
        x.entity
        for x in (*spans.by_entity(word), *spans.by_given_ending(word))
        if x is not span
        and x.type == "PER"
        and x.entity
        and " " in x.entity
        and not _ADDRESS.fullmatch(x.entity)
        and not _WIFE_NAME.fullmatch(x.entity)
        and fits(x.entity)
    }
    if not persons:
        persons = _surface_holders(word, span, spans, text)
    if not persons:
        persons = _clergy_title_holders(span, spans, text)
    if len(persons) == 1:
        return persons.pop()
    if persons:
        # "Tjokorda Rai" with "Tjokorda Gde Raiswara" and "Dewa Made Raimana" in the
        # article: the one whose name also holds the form of address
        form = text[span.start : span.end].split()[0]
        titled = {name for name in persons if form in name.split()}
        return titled.pop() if form != word and len(titled) == 1 else None
    singles = [
        x
        for x in spans.by_surface(word)
        if x is not span
        and x.place is None
        and " " not in text[x.start : x.end].strip()
        and text[x.start : x.end] != word
        and fits(text[x.start : x.end])
    ]
    names = {text[x.start : x.end] for x in singles}
    if len(names) != 1:
        return None
    for x in singles:
        x.type, x.entity = "PER", x.entity if x.type == "PER" and x.entity else names.copy().pop()
        spans.renamed(x)
    return singles[0].entity


def _surface_holders(word: str, span: Span, spans: _ByWord, text: str) -> set[str]:
    """The persons one of whose names as written (two words or more, no title) holds
    ``word``: a second name declared for them ("<Name> (<Clan> <Given> <Given>)", whose
    "Koh <Given>" the entity's own name does not hold)."""
    out: set[str] = set()
    for x in spans.by_surface(word):
        if x is span or x.type != "PER" or not x.entity:
            continue
        words = text[x.start : x.end].split()
        # a one-word entity holds a name written in two words or more only when the
        # article declared that name his ("<Given> (63), ... dengan nama paringan <Rank>
        # <Court Name>")
        if " " not in x.entity and x.entity == " ".join(words):
            continue
        if (
            len(words) >= 2
            and word in words
            and not _ADDRESS.fullmatch(" ".join(words))  # the call name itself, elsewhere
            and not _ADDRESS.fullmatch(x.entity)
            and _own_name_words(words) >= 2
        ):
            out.add(x.entity)
    return out


def _own_name_words(words: Sequence[str]) -> int:
    """How many of ``words`` are no title or form of address: "Inaq <Husband's call
    name>" holds one (a call name, not a name of one's own), a court name "<Rank>
    <Rank> <Given> <Given>" with one rank word known as a form of address two or more."""
    titles = _TITLE_WORDS | FORMS_OF_ADDRESS
    return sum(w.casefold() not in titles for w in words)


def _name_runs_on(text: str, span: Span, owner: str, spans: _ByWord) -> int:
    """Where the call name ``span`` ("Koh <Given>") ends once run on over the next
    capitalised words that follow its word in one of ``owner``'s names as written ("Koh
    <Given>| <Given>" of "<Clan> <Given> <Given>"); its own end when none do."""
    words = text[span.start : span.end].split()
    names = {" ".join(text[x.start : x.end].split()) for x in spans.named(owner)}
    end = span.end
    while True:
        nxt = _NEXT_CAPITAL.match(text, end)
        if nxt is None:
            return end
        run = " ".join([*words[1:], nxt.group(1)])
        if not any(f" {run} " in f" {name} " for name in names):
            return end
        words.append(nxt.group(1))
        end = nxt.end()


_NEXT_CAPITAL = re.compile(r"[ \t]+([A-Z][\w'’-]*)")


# The forms a woman is addressed by before a name, Indonesian and regional (Betawi "Mpok",
# Sundanese "Teh"/"Ceu", Sasak "Inaq"): "Mpok <Husband>" is a wife as "Bu <Husband>" is.
_WIFE_ADDRESS = r"(?:Bu|Ibu|Ny\.|Nyonya|Nyai|Mpok|Empok|Teh|Ceu|Inaq)"

# A woman named by her husband's name ("Nyai <Husband>"): no one a man is addressed as.
_WIFE_NAME = re.compile(_WIFE_ADDRESS + r" [A-Z][\w'’-]+")

# A woman known by her husband's name: "Bu <Husband>", "Ny. <Husband>", "Nyonya <Husband>".
_WIFE_FORM = re.compile(
    r"(?<![\w.-])" + _WIFE_ADDRESS + r"[ \t]+(?P<husband>[A-Z][\w'’-]+)(?![\w'’-])"
)

# Where the article says a man is someone's husband: "janda almarhum <Name>", "istri dari
# Pak <Name>", "<Name> dan istrinya", "Suaminya, <Name>,", "Istrinya, Bu <Name>,".
_HUSBAND = re.compile(
    r"(?<!\w)(?:istri|isteri|janda)[ \t]+(?:dari[ \t]+)?(?:(?:almarhum|mendiang|alm\.)[ \t]+)?"
    r"(?:(?:Bapak|Pak)[ \t]+)?(?P<after>[A-Z][\w'’-]+)"
    r"|(?P<before>[A-Z][\w'’-]+)[ \t]+(?:dan|bersama)[ \t]+(?:istri|isteri)nya(?!\w)"
    r"|(?<!\w)[Ss]uami(?:nya)?[ \t]*,?[ \t]*(?:(?:almarhum|mendiang)[ \t]+)?"
    r"(?P<named>[A-Z][\w'’-]+)"
    # the wife herself named by her husband's name: "Istrinya, Bu <Name>,", "istrinya, yang
    # dikenal warga sebagai Bu <Name>"
    r"|(?<!\w)[Ii]ste?ri(?:nya)?[ \t]*,?[ \t]*(?:yang[ \t]+(?:[a-z]+[ \t]+){0,4}?"
    r"(?:dikenal|disapa|dipanggil|disebut)(?:[ \t]+[a-z]+){0,3}?[ \t]+)?"
    + _WIFE_ADDRESS + r"[ \t]+(?P<called>[A-Z][\w'’-]+)"
    # the wife's form with "istri" in apposition: "Nyai <Name>, istri pengasuh pondok"
    r"|(?<![\w.-])" + _WIFE_ADDRESS + r"[ \t]+(?P<wed>[A-Z][\w'’-]+)[ \t]*,[ \t]*"
    r"(?:istri|isteri)(?!\w)"
)


# Regional forms of address a woman is called by before her own name as often as before
# her husband's ("Teh <Her name>"): her husband's only when he is named before.
_REGIONAL_WIFE_FORMS = frozenset({"Mpok", "Empok", "Teh", "Ceu", "Inaq"})


def _husband_named_before(form: re.Match[str], spans: Sequence[Span]) -> bool:
    """Whether ``form`` ("Bu <Word>", "Mpok <Word>") reads as a husband's name: always
    after "Bu", "Ny.", "Nyonya", "Nyai"; after a regional form, only when a person
    named before the form holds the word ("Babe <Word>" before "Mpok <Word>")."""
    if form.group().split()[0] not in _REGIONAL_WIFE_FORMS:
        return True
    word = form.group("husband")
    return any(
        x.type == "PER" and x.end <= form.start() and word in x.entity.split()
        for x in spans
        if x.entity
    )


def _wives_by_husband(text: str, spans: list[Span]) -> None:
    """Make "Bu <Husband>" / "Ny. <Husband>" a person of her own, "Nyonya <Husband>", when
    the article says <Husband> is a husband ("janda almarhum <Name>", "<Name> dan
    istrinya", "Suaminya, <Name>"): she is not the man her name is, in place. The form
    joins a span the tagger cut to the husband's word; a form nothing covers is added.

    >>> from warta.nlp.entities.aliases import resolve_article
    >>> from warta.nlp.entities.ner import find_mentions
    >>> text = ("Kios milik Sarman dan istrinya, yang akrab disapa Bu Sarman, terbakar. "
    ...     '"Semua habis," kata Bu Sarman.')
    >>> _, refs = resolve_article(text, find_mentions(text))
    >>> [(r.name, r.mentions) for r in refs if r.name.endswith("Sarman")]
    [('Nyonya Sarman', ('Bu Sarman',)), ('Sarman', ('Sarman',))]
    """
    # The wife's forms first: few articles write one, and the husband's pattern, of many
    # shapes opening on any capitalised word, costs several times more to scan.
    wives = list(_WIFE_FORM.finditer(text))
    if not wives:
        return
    husbands = {next(g for g in m.groups() if g) for m in _HUSBAND.finditer(text)}
    forms = [
        m for m in wives if m.group("husband") in husbands and _husband_named_before(m, spans)
    ]
    if not forms:
        return
    by_start = ByStart(spans)
    changes: list[tuple[Span, int, int, str]] = []
    for m in forms:
        wife = "Nyonya " + m.group("husband")
        inside = by_start.overlapping(m.start(), m.end())
        if not inside:
            spans.append(Span(m.start(), m.end(), "PER", entity=wife, annotated=True))
            continue
        for x in inside:
            if m.start() <= x.start and x.end <= m.end():
                changes.append((x, m.start(), m.end(), wife))
    for x, start, end, wife in changes:
        x.start, x.end, x.place, x.type, x.entity = start, end, None, "PER", wife
    spans.sort(key=lambda x: x.start)
