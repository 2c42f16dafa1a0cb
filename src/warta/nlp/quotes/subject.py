"""The speaker before a subject-first cue: :func:`parse_subject`.

"Budi Santoso, mantan duta besar ..., mengatakan": the words before the cue are cut
into comma segments (:mod:`~warta.nlp.quotes.segments`), settings, channels and
addressees dropped, and the segment naming the speaker parsed by
:func:`~warta.nlp.quotes.phrase.parse_phrase`, with appositives on either side of the
name (an office before its holder, a holder before his office, a body's acronym and
its branch). Returns a :class:`~warta.nlp.quotes.who.Who` or ``None``.
"""

from __future__ import annotations

import re

from warta.nlp.quotes.cues import (
    PRONOUNS,
    ROLE_TITLES,
    is_region_name,
    lex,
    looks_like_org,
)
from warta.nlp.quotes.name_titles import is_name_title
from warta.nlp.quotes.people import _ASKED_NOT_NAMED, _HOLDER_TITLES, _unnamed_source
from warta.nlp.quotes.phrase import parse_phrase
from warta.nlp.quotes.segments import (
    _BLOCK_BEFORE_VERB,
    _BRACKET_ABBR,
    _CIRCUMSTANCE,
    _DESCRIBED_ORIGIN,
    _NICKNAME_CLAUSE,
    _drop_addressee,
    _drop_channel,
    _drop_setting,
    _foreign_acronym,
    _is_admin_place,
    _is_ranked,
    _is_titled,
    _joint_bodies,
    _merge_lists,
    _opens_setting,
    blank_opening_adverbial,
    is_degree_after_name,
)
from warta.nlp.quotes.who import _ANAPHOR, Who
from warta.nlp.quotes.wording import (
    _ABBREVIATED_TITLES,
    _ADMIN_HEADS,
    _AGE,
    _is_pure_name,
    _strip_trailing_adverbs,
    blank_dateline,
    undot_titles,
)


def _through(segs: list[str]) -> Who | None:
    """The person a body speaks through: "Kementerian X, melalui juru bicaranya Budi
    Santoso, menanggapi ..." gives Budi Santoso (with the offset in the joined segments).
    """
    pos = 0
    for k, seg in enumerate(segs):
        m = re.match(r"\s*melalui\s+", seg)
        if m is not None:
            who = parse_phrase(seg[m.end() :])
            titled = bool(who and who.role and who.role.split()[0].lower() in ROLE_TITLES)
            if who is not None and who.name and not who.org and titled:
                return Who(who.name, who.role, offset=pos + m.end() + who.offset)
            nxt = segs[k + 1] if k + 1 < len(segs) else ""
            if (
                who is not None
                and who.name is None
                and _is_role_of(who.role)
                and _is_pure_name(nxt)
            ):
                # "PT X, melalui manajer cabangnya, Budi Santoso, memastikan ...": the
                # role, then its holder in the next segment.
                name = nxt.strip()
                return Who(name, who.role, offset=pos + len(seg) + 1 + nxt.find(name))
        pos += len(seg) + 1
    return None


#: A remark of the writer in brackets, opening in lower case and holding a comma or
#: several words: "(di Madura, lora adalah sapaan bagi putra kiai)".
_REMARK = re.compile(r"\((?=[a-z])[^()]*?(?:,|\s\S+\s)[^()]*\)")


#: A relative clause after the subject: "yang dihubungi terpisah", "yang enggan disebut
#: namanya" (its own segment, or the end of the last one).
_RELATIVE = re.compile(r"(?:^|\s+)yang\s+[a-z]")


def _office_before_relative(segs: list[str]) -> Who | None:
    """The office with no holder before a relative clause: "Kepala Dinas X Kota Y yang
    dihubungi terpisah", "Kepala Balai X, yang enggan disebut namanya," speak as the
    office (the clause says how it was reached, not who holds it); ``None`` otherwise.

    >>> _office_before_relative(["Kepala Dinas Sosial Kota Bogor yang dihubungi terpisah"])
    Who(name=None, role='Kepala Dinas Sosial Kota Bogor', org=False, anaphor=True, offset=-1)
    >>> _office_before_relative(["Warga yang terdampak banjir"]) is None
    True
    """
    last = segs[-1]
    clause = _RELATIVE.search(last)
    if clause is None:
        return None
    head = last[: clause.start()] if clause.start() > 0 else (segs[-2] if len(segs) > 1 else "")
    if not head.strip() or (clause.start() > 0 and len(segs) > 1):
        return None
    who = parse_phrase(head.strip())
    if who is None or who.name is not None or not who.anaphor or not who.role:
        return None
    first = who.role.split()[0]
    if not first[0].isupper() or first.lower() not in ROLE_TITLES or len(who.role.split()) < 3:
        return None  # "Menteri Keuangan itu", "gubernur": an anaphor, read elsewhere
    return who


def _is_role_of(role: str | None) -> bool:
    """True when ``role`` opens with a title, bare or owned ("juru bicaranya",
    "manajernya", "kepala cabangnya"): a post of the body named before."""
    first = (role or "").split()[:1]
    if not first:
        return False
    word = first[0].lower()
    return word in ROLE_TITLES or (word.endswith("nya") and word[:-3] in ROLE_TITLES)


def _place_after_abbr(before: str, abbr: re.Match[str], after: list[str]) -> bool:
    """True when a body's name, its acronym in brackets and a place's name (a region or
    an administrative place) make the subject: "Dinas Kesehatan (Dinkes) Kota Bogor";
    not a person after the acronym ("Dewan X (DPR) Budi Santoso")."""
    if not 1 <= len(after) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in after):
        return False
    place = " ".join(after)
    if not (is_region_name(place) or after[0].lower() in _ADMIN_HEADS):
        return False
    full = parse_phrase(before[: abbr.start()].rsplit(",", 1)[-1])
    return full is not None and full.org


#: Words opening a body's regional office after the body: "Perwakilan Maluku".
_BRANCH_WORDS = lex("perwakilan cabang")


def _holder_after_branch(name: str) -> tuple[str, str] | None:
    """``(office, holder)`` when ``name``, read as a body after a title, is a body's
    branch, its place and then a person written with no comma (wire style): "PT X
    Cabang Ambon Budi Santoso". A branch is named by its town, so the place is one or
    two words of a known region and the two to four name words after it are the holder.

    >>> _holder_after_branch("PT Kapal Cabang Ambon Budi Santoso")
    ('PT Kapal Cabang Ambon', 'Budi Santoso')
    >>> _holder_after_branch("PT Kapal Cabang Ambon") is None
    True
    """
    words = name.split()
    branch = next((k for k in range(1, len(words)) if words[k].lower() in _BRANCH_WORDS), None)
    if branch is None:
        return None
    after = words[branch + 1 :]
    for size in (1, 2):
        place, holder = after[:size], after[size:]
        if (
            place
            and is_region_name(" ".join(place))
            and 2 <= len(holder) <= 4
            and all(w[:1].isupper() and w.isalpha() for w in holder)
            and not is_region_name(" ".join(holder))
            and not looks_like_org(" ".join(holder))
        ):
            return " ".join(words[: branch + 1 + size]), " ".join(holder)
    return None


_ACRONYM_THEN_BRANCH = re.compile(r"\s*\([A-Z][\w&. -]{1,17}\)\s*(?=(?:Perwakilan|Cabang)\s)")


_ROLE_ACRONYM = re.compile(r"\s*\([A-Z][\w&. -]{1,17}\)\s*$")


#: A company or agency with its acronym in brackets, then one of its regional units by
#: the unit's own name (acronym, number and seat town optional): "PT Angkasa Raya (AR)
#: Daerah Operasi (Daop) 3 Cirebon", "Perum Pangan (PP) Kantor Wilayah Sulawesi Utara".
#: The unit speaks as one body, written as the credit writes it (never a person named
#: by the town at its end).
_BODY_THEN_UNIT = re.compile(
    r"\s*(?P<body>(?:PT|Perum|Perumda|Persero|Bank|Badan|Balai|Lembaga|Otoritas)\s+"
    r"(?:[A-Z][\w&.-]*\s+){1,5}\([A-Z][\w&. -]{1,17}\)\s+"
    r"(?:Daerah\s+Operasi|Divisi\s+Regional|Kantor\s+Wilayah|Kantor\s+Regional"
    r"|Unit\s+Induk(?:\s+[A-Z][a-z]+)?|Regional)"
    r"(?:\s+\([A-Z][\w&. -]{1,17}\))?(?:\s+(?:[IVX]+|\d{1,2}))?)"
    r"(?P<seat>(?:\s+[A-Z][\w-]*){0,3})\s*"
)


def _regional_unit(cleaned: str) -> str | None:
    """The body and regional unit that make the whole subject ``cleaned`` (see
    :data:`_BODY_THEN_UNIT`), its seat one town or a known region, never a person.

    >>> _regional_unit("PT Angkasa Raya (AR) Daerah Operasi (Daop) 3 Cirebon")
    'PT Angkasa Raya (AR) Daerah Operasi (Daop) 3 Cirebon'
    >>> _regional_unit("PT Angkasa Raya (AR) Regional 3 Budi Santoso") is None
    True
    """
    unit = _BODY_THEN_UNIT.fullmatch(cleaned)
    if unit is None:
        return None
    seat = unit.group("seat").strip()
    if len(seat.split()) > 1 and not is_region_name(seat):
        return None
    return (unit.group("body") + unit.group("seat")).strip()


#: A relative clause between commas closing the words before a cue: ", yang dilantik
#: pekan lalu, ".
_TRAILING_RELATIVE = re.compile(r",\s+yang\s+[^,]{3,80},\s*$")


#: A group's written or read-out statement, who read or signed it, then the group as the
#: subject: "Dalam maklumat yang dibacakan juru bicara mereka, Sari, para nelayan ...",
#: "Melalui surat terbuka yang ditandatangani ketua RT, para pedagang ...".
_STATEMENT_THEN_GROUP = re.compile(
    r"\s*(?:Dalam|Melalui|Lewat)\s+(?:pernyataan(?:\s+sikap)?|surat(?:\s+terbuka)?|petisi"
    r"|siaran\s+pers|maklumat|tuntutan)\s+(?:itu\s+|tersebut\s+)?(?:yang\s+[^,]{1,80})?"
    r"(?:,[^,]{1,60})?,\s*(?P<group>(?:para\s+)?(?:warga|petani|nelayan|pedagang|buruh|"
    r"mahasiswa|guru|pekerja|karyawan|sopir|pengemudi|orang\s+tua|masyarakat|massa)"
    r"(?:\s+[a-z]+)?)\s*$"
)


#: A body's written statement, the officer who signed or read it, then the body as the
#: subject by a generic noun: "Lewat siaran pers yang dikeluarkan Direktur Hukum, Rina
#: Wulandari, Senin (1/12/2026), perseroan membantah ...": the officer
#: speaks (a company or a party is no speaker of its officer's words).
_STATEMENT_SIGNED_FOR_BODY = re.compile(
    r"\s*(?:Dalam|Melalui|Lewat)\s+(?:pernyataan|siaran\s+pers|keterangan|surat)"
    r"(?:\s+(?:tertulis|resmi|pers))?\s+(?:itu\s+|tersebut\s+)?yang\s+"
    r"(?:ditandatangani|disampaikan|dibacakan|dikeluarkan)\s+(?:oleh\s+)?"
    r"(?P<office>[A-Z][^,]{1,80}),\s*(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})"
    r"(?:,\s*(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)[^,]{0,20})?"
    r",\s*(?:perusahaan|perseroan|manajemen|pihaknya|partai|organisasi|lembaga)\s*$"
)


#: The speaker's own relative as the subject of words retold ("Tapi almarhum
#: bapak saya selalu bilang, ...", "Papa saya dulu selalu bilang, ..."): spoken of in the
#: first person, named by no one but as written.
_KIN_OF_SPEAKER = re.compile(
    r"\s*(?:(?:Tapi|Tetapi|Namun|Dan|Dulu)\s*,?\s+)?"
    r"(?P<kin>(?:[Aa]lmarhum(?:ah)?\s+|[Mm]endiang\s+)?(?:[Bb]apak|[Aa]yah|[Pp]apa|[Ii]bu|[Mm]ama"
    r"|[Mm]amak|[Ee]mak|[Ii]stri|[Ss]uami|[Kk]akek|[Nn]enek|[Kk]akak|[Aa]dik|[Pp]aman|[Bb]ibi)"
    r"\s+(?:saya|kami|aku))"
    r"(?:\s+(?:dulu|dahulu|selalu|sering|pernah|juga|pun))*\s*"
)


#: A relative clause right after a capitalised name, with no comma, up to the verb:
#: "... Budi Santoso yang hadir membuka acara ".
_BARE_RELATIVE = re.compile(r"(?<=[a-z'’])\s+yang\s+[a-z][^,\x01]*$")


#: "melalui" between a subject and its cue: "X melalui juru bicaranya Y mengatakan"; or
#: the subject's speech read out by another: "X dalam sambutan yang dibacakan Y, Z,
#: mengatakan" (the words are the author's, whoever reads them).
_THROUGH = re.compile(
    r"\s+(?:melalui|dalam\s+(?:kata\s+)?(?:sambutan|pidato|amanat|arahan)(?:nya)?"
    r"(?:\s+tertulis)?\s+yang\s+dibacakan(?:\s+oleh)?)\s+"
)


def _principal_through_aide(before: str) -> Who | None:
    """The person who speaks through an aide: "Kapolres X AKBP Budi Santoso melalui Kasi
    Humas Iptu Agus Salim mengatakan" gives Budi Santoso (a spokesman or an interpreter
    relays the principal's words); ``None`` when no named person stands before "melalui"
    (a body speaks through its officer: see :func:`_through`).

    >>> _principal_through_aide("Bupati Sleman Budi Santoso melalui juru bicaranya Agus ").name
    'Budi Santoso'
    >>> _principal_through_aide("Bupati X Budi Santoso dalam sambutan yang dibacakan Agus ").name
    'Budi Santoso'
    >>> _principal_through_aide("Kapolsek Y, AKP Budi Santoso, melalui Kanit Agus Salim, ").name
    'Budi Santoso'
    >>> _principal_through_aide("PT Sinar Jaya, melalui manajernya, Agus Salim, ") is None
    True
    >>> _principal_through_aide("Berbicara melalui penerjemah, Budi Santoso ") is None
    True
    """
    m = _THROUGH.search(before)
    if m is None:
        return None
    head = before[: m.start()]
    segs = head.split(",")
    if "," in head and (len(segs) != 3 or segs[2].strip()):
        # Only a subject of one segment, or an office and its holder set off by commas
        # ("Kapolres X, AKBP Budi Santoso, melalui ..."): "PT X, produsen Y, melalui ..."
        # is a body and its appositive, and "PT X, melalui ..." a body.
        return None
    who = _parse_subject(head + " ")
    if who is None or who.name is None or who.org or looks_like_org(who.name):
        return None
    if "," in head and who.name not in segs[1]:
        # The office, then the person holding it: the name is the second segment's.
        return None
    # A person's name of two words or more: a lone capitalised word may be a verb or a
    # place opening the sentence.
    return who if len(who.name.split()) > 1 and _is_pure_name(who.name) else None


#: What brings in a pseudonym given to a protected source: "sebut saja Mawar", "sebut
#: saja namanya Mawar" ("let us call her ...").
_PSEUDONYM_FORMULA = re.compile(r"\b[Ss]ebut\s+saja\s+(?:namanya\s+)?")


#: A person known by initials, an appositive with an age in brackets ending the subject:
#: "Seorang pelaku, RS (31), ..." (after a lower-case description and a comma, or
#: opening the sentence).
_INITIALS_WITH_AGE = re.compile(
    r"(?:^|(?:^|\s)(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+){0,3}[a-z]+,\s+)"
    r"(?P<initials>[A-Z]{2,4})\s*\(\d{1,3}\)\s*,?\s*$"
)


#: The owner of a social-media account as the subject, with no handle or name after it:
#: "Di bawah videonya, pemilik akun menulis" - the account the story just
#: named ("diunggah akun @x"), pointed back to as "pemilik akun itu" is.
_ACCOUNT_OWNER = re.compile(r"(?:^|,)\s*(?P<phrase>[Pp]emilik\s+akun)\s*$")


#: Where a named person comes from, right after the name (and its age in brackets, blanked
#: before): "Darmin (40) asal Kabupaten Gowa," - "asal" and the place's capitalised words
#: up to the comma or the verb; a description's origin ("Penjahit asal Klaten") is kept.
_ORIGIN_AFTER_NAME = re.compile(
    r"(?<=[a-z'’])(?P<origin>\s+asal\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})(?=\s*(?:,|$))"
)


#: A subject that describes someone unnamed, by trade and where, with a relative
#: clause: "Seorang perawat di RSUD X yang menangani korban" (no name, no comma).
_DESCRIBED_WITH_RELATIVE = re.compile(
    r"\s*(?P<phrase>(?:Salah\s+)?[Ss]eorang(?:\s+[a-z][\w-]*){1,4}\s+(?:di|dari)"
    r"(?:\s+[A-Z][\w'’.-]*){1,5}\s+yang(?:\s+[\w-]+){1,10})\s*"
)


#: An act, then "dengan" before the cue: the act done by speaking ("membuka rapat dengan
#: meminta ...", "menutup sambutannya dengan menegaskan ..."); a verb and up to three
#: words, after the subject's closing comma or its last word.
_ACT_BY_SPEAKING = re.compile(
    r"(?<=[\w,])\s+(?:me|ber)[a-z]{3,}(?:\s+[a-z][\w-]*){0,3}\s+dengan\s+$"
)


def parse_subject(before: str) -> Who | None:
    """The subject of a subject-first cue (see :func:`_parse_subject`); a body's regional
    office after its full name and acronym ("Komisi X (KX) Perwakilan Maluku") is that
    office of the body, "Komisi X Perwakilan Maluku", not a person "Perwakilan Maluku"."""
    if (read := _STATEMENT_THEN_GROUP.match(before)) is not None:
        # "Lewat petisi yang ditandatangani ketua paguyuban, para pedagang menegaskan":
        # the group's statement, whoever reads it out.
        group = read.group("group")
        who = _parse_subject(group + " ") or _parse_subject(group[:1].upper() + group[1:] + " ")
        if who is not None and who.name is not None:
            return Who(who.name, who.role, who.org, who.anaphor, read.start("group"))
    if (kin := _KIN_OF_SPEAKER.fullmatch(before)) is not None:
        # "Papa saya dulu selalu bilang, "..."": the relative retold, as written.
        return Who(kin.group("kin"), offset=kin.start("kin"))
    if (signed := _STATEMENT_SIGNED_FOR_BODY.match(before)) is not None:
        # "Dalam pernyataan yang ditandatangani Sekretaris X, Budi, perusahaan ...":
        # the officer who signed it.
        return Who(signed.group("name"), signed.group("office"), offset=signed.start("name"))
    if (principal := _principal_through_aide(before)) is not None:
        return principal
    cleaned = _drop_channel(undot_titles(blank_dateline(before))).rstrip(" ,")
    if (unit := _regional_unit(cleaned)) is not None:
        # "PT X (X) Daerah Operasi (Daop) 5 Kota menyatakan": the regional unit speaks.
        return Who(unit, org=True, offset=before.find(unit))
    if (initials := _INITIALS_WITH_AGE.search(before)) is not None:
        # "Seorang pelaku, RT (44), mengaku ...": capitals with an age in
        # brackets are a person's initials, never the acronym of a country or a body.
        role = before[: initials.start("initials")].strip(" ,") or None
        return Who(initials.group("initials"), role, offset=initials.start("initials"))
    who = _parse_subject(before)
    if who is None and (act := _ACT_BY_SPEAKING.search(before)) is not None:
        # "Ketua X, Budi, membuka rapat dengan meminta ...": the act is done by speaking;
        # its subject is the speaker.
        done_by = _parse_subject(before[: act.start()] + " ")
        who = done_by if done_by is not None and done_by.name is not None else None
    if who is None and (owner := _ACCOUNT_OWNER.search(before)) is not None:
        return Who(None, owner.group("phrase"), anaphor=True, offset=owner.start("phrase"))
    if who is None and (described := _DESCRIBED_WITH_RELATIVE.fullmatch(before)) is not None:
        # "Seorang perwira di Mabes yang mengetahui perkara ini mengatakan ...": someone
        # left unnamed, known only by the description, which is the speaker as written.
        return Who(described.group("phrase"), offset=described.start("phrase"))
    rel = _TRAILING_RELATIVE.search(before)
    if who is None and rel is not None and _ASKED_NOT_NAMED.search(rel.group(0)) is not None:
        head = _parse_subject(before[: rel.start()] + " ")
        if head is not None and head.name is None and head.anaphor and head.role:
            # "Guru honorer itu, yang meminta namanya tidak ditulis, menuturkan ...":
            # an office said again whose holder asked not to be named speaks as written,
            # an unnamed source (never a holder named elsewhere).
            phrase = before[: rel.start()].strip()
            return Who(phrase, offset=len(before) - len(before.lstrip()))
        unnamed = _unnamed_source(f"{before[: rel.start()]} {rel.group(0).strip(' ,')}".split())
        if unnamed is not None:
            # "Seorang sopir dari terminal lain, yang meminta namanya tidak ditulis,
            # mengatakan ...": someone described who asked not to be named, between
            # commas as much as without them; the description is the speaker.
            return Who(unnamed, offset=len(before) - len(before.lstrip()))
    if who is None and rel is not None and _ASKED_NOT_NAMED.search(rel.group(0)) is None:
        # "Sang camat, yang dilantik pekan lalu, menyebut ...": the subject
        # is the words before the relative clause between commas (not a source who asked
        # not to be named: "Guru honorer itu, yang meminta namanya tidak ditulis," is
        # no office named before, and an unnamed source is never its holder).
        head = _parse_subject(before[: rel.start()] + " ")
        # Only an office that points back ("Sang kepala dinas"): a body read from a
        # role's words ("Pendeta jemaat GMIT X, yang ...,") would take the office's place.
        who = head if head is not None and head.name is None and head.anaphor else None
    bare = _BARE_RELATIVE.search(before)
    if bare is not None and (who is None or who.offset >= bare.start()):
        # "Bupati X Budi Santoso yang hadir membuka acara meminta ...": a relative
        # clause with no commas after a name tells what he did; the name is the subject
        # (a name inside the clause, "... meninjau posko di GOR Y", is its object or
        # place). Only a person's name of two words or more: "Pasal yang diuji", "Surat
        # yang sama" and an office with no holder are no such subject.
        head = _parse_subject(before[: bare.start()] + " ")
        name = head.name if head is not None and not head.org else None
        if name is not None and len(name.split()) > 1 and _is_pure_name(name):
            who = head
    if who is None or who.name is None:
        return who
    if (inner := _ACRONYM_THEN_BRANCH.search(who.name)) is not None:
        # The whole run as one body: "Komisi X (KX) Perwakilan Riau".
        return Who(
            who.name[: inner.start()] + " " + who.name[inner.end() :], org=True, offset=who.offset
        )
    if not who.role:
        return who
    if who.org and (held := _holder_after_branch(who.name)) is not None:
        # "Kepala PT X Cabang Ambon Budi Santoso": the branch's office, then its holder.
        office, holder = held
        return Who(holder, f"{who.role} {office}", offset=who.offset + len(office) + 1)
    acronym = _ROLE_ACRONYM.search(who.role)
    if acronym is None or who.name.split()[0].lower() not in _BRANCH_WORDS:
        return who
    body = who.role[: acronym.start()]
    return Who(f"{body} {who.name}", org=True, offset=before.find(body))


def _blank_origin_of_name(origin: re.Match[str]) -> str:
    """``origin`` blanked when the word before it is a name, else kept: a capitalised word
    with its age (blanked: "Yusuf (34) asal X") or after a comma ("Warga lain, Yusuf asal
    X") - a word opening the sentence may be a described trade ("Penjahit asal Klaten")."""
    head = origin.string[: origin.start()]
    word = head.rsplit(maxsplit=1)[-1] if head.strip() else ""
    aged = origin.group(0).startswith("  ")
    appositive = head[: len(head) - len(word)].rstrip().endswith(",")
    if not word[:1].isupper() or word.lower() in ROLE_TITLES or not (aged or appositive):
        return origin.group(0)
    return " " * len(origin.group(0))


def _surname_as_word(words: list[str]) -> bool:
    """True when the last of ``words``, a word that blocks a subject in lower case ("mau",
    "harus"), is written with a capital after a capitalised word: the last word of a
    name ("Paulus Enggan", "Yohanes Ingin"), not the auxiliary.

    >>> _surname_as_word(["Paulus", "Enggan"]), _surname_as_word(["ia", "enggan"])
    (True, False)
    """
    return len(words) > 1 and words[-1][:1].isupper() and words[-2][:1].isupper()


def _parse_subject(before: str) -> Who | None:
    """Parse the subject of a subject-first cue from the clause text before the verb.

    Handles appositives on either side of the name ("Budi Santoso, mantan duta besar,
    mengatakan"; "Seorang profesor, Siti Rahayu, yang ..., menilai").

    >>> who = parse_subject("Budi Santoso, mantan duta besar Indonesia untuk Jepang, ")
    >>> who.name, who.role
    ('Budi Santoso', 'mantan duta besar Indonesia untuk Jepang')
    """
    before = _drop_channel(undot_titles(blank_dateline(before))).rstrip(" ,")
    abbr = _BRACKET_ABBR.search(before)
    # "... (MUI) sebelumnya telah menegaskan": adverbs between the body and its verb.
    after_abbr = _strip_trailing_adverbs(before[abbr.end() :].split()) if abbr else []
    if abbr is not None and not " ".join(after_abbr).strip(" ,") and abbr.start() > 0:
        # "Badan Riset Pangan (BRP) mengatakan": the body speaks, by its short name
        # (the one later sentences use: "kata BRP").
        full = parse_phrase(before[: abbr.start()].rsplit(",", 1)[-1])
        if (
            full is None
            or full.org
            or full.name is None
            or looks_like_org(full.name)
            or _foreign_acronym(full.name, abbr.group("abbr"))
        ):
            head = before[: abbr.start()].strip(" ,")
            if (joint := _joint_bodies(head)) is not None:
                # "Kementerian X dan Badan Y (BY) menyatakan": both bodies speak together.
                return Who(joint, None, True, offset=before.find(joint))
            return Who(abbr.group("abbr"), head or None, True, offset=abbr.start("abbr"))
    if abbr is not None and abbr.start() > 0 and _place_after_abbr(before, abbr, after_abbr):
        # "Dinas Pemadam Kebakaran (Damkar) Kota Bogor menyatakan": the body of a place,
        # by the short name the article goes on with ("Damkar Kota Bogor").
        head = before[: abbr.start()].strip(" ,")
        name = " ".join([abbr.group("abbr"), *after_abbr])
        return Who(name, f"{head} {' '.join(after_abbr)}", True, offset=abbr.start("abbr"))
    # "Teguh (37), pedagang ...": an age in brackets, blanked (offsets kept).
    before = _AGE.sub(lambda m: " " * len(m.group(0)), before)
    # "Yusuf (61) asal Maros,": the origin after a name, blanked too, so the
    # name ends the appositive (only after a capitalised name: "Pedagang asal X" stays).
    before = _ORIGIN_AFTER_NAME.sub(_blank_origin_of_name, before)
    # "Gus Faiz (di Jombang, gus adalah sapaan ...) mengaku ...": the writer's remark in
    # brackets, blanked too, so its commas cut no appositive.
    before = _REMARK.sub(lambda m: " " * len(m.group(0)), before)
    # "KH Budi Santoso atau yang akrab disapa Kang Budi,": the nickname clause, blanked
    # (the name before it speaks; the nickname is linked to it elsewhere).
    before = _NICKNAME_CLAUSE.sub(lambda m: " " * len(m.group(0)), before)
    # "Korban, sebut saja Mawar (27),": the formula of a pseudonym, blanked, so the
    # name it brings in is the appositive it stands for.
    before = _PSEUDONYM_FORMULA.sub(lambda m: " " * len(m.group(0)), before)
    # "Wanita asal Lyon, Prancis, itu": a described person's town and country; the
    # commas are blanked so the country is not read as an appositive name.
    before = _DESCRIBED_ORIGIN.sub(lambda m: m.group(0).replace(",", " "), before)
    before = _drop_channel(_drop_addressee(before))
    # "Menjelang Paskah, Ketua X, Budi, mengajak ...": the opening adverbial is no name.
    before = blank_opening_adverbial(before)
    words = _strip_trailing_adverbs(before.split())
    if not words or (words[-1].lower() in _BLOCK_BEFORE_VERB and not _surname_as_word(words)):
        return None
    # "X, Y, justru menyatakan": the comma before the stripped adverb goes too.
    text = before[: before.rfind(words[-1]) + len(words[-1])].rstrip(" ,")
    segs = _merge_lists(text.split(","))
    through = _through(segs)
    if through is not None:
        return through
    while len(segs) > 1 and (_CIRCUMSTANCE.match(segs[-1].strip()) or is_degree_after_name(segs)):
        # "..., Andri Yansyah, Rabu (14/10), menjelaskan": a date, not a role;
        # "..., dr. Lestari Handayani, MPH, mengatakan": a degree, not a name.
        segs = segs[:-1]
        text = ",".join(segs)
    while len(segs) > 1 and _is_admin_place(segs[-1]):
        # "Para nelayan di Kecamatan X, Kabupaten Y, mengeluhkan": the rest of a place.
        segs = segs[:-1]
        text = ",".join(segs)
    if len(segs) == 2 and len(segs[0].split()) == 1 and segs[-1].strip().lower() in PRONOUNS:
        return _ANAPHOR  # "Karenanya, dia berharap": an adverb, then the subject
    if len(segs) >= 2:
        pos = 0
        setting = False
        for k, seg in enumerate(segs[:-1]):
            # "Di Pasar X, Jakarta Timur, seorang pedagang, Budi, ...": the region after a
            # setting is the rest of where, no name with its role after it.
            setting = _opens_setting(seg) or (setting and _is_admin_place(seg))
            nxt = segs[k + 1].strip()
            opens_role = (
                bool(nxt)
                and (not nxt[0].isupper() or nxt.split()[0].lower() in ROLE_TITLES)
                # "Kasat Reskrim Polrestabes X, Kompol Budi Santoso,": an office, then
                # its holder by rank (not a name and its role; "AKP Budi, Kapolsek X,"
                # is one).
                and not (_is_titled(seg) and _is_ranked(nxt) and not _is_ranked(seg))
                # "Direktur RSUD X, dr. Yohana Bere,": the office, then its holder
                and not (
                    (nxt.split()[0].lower() in _ABBREVIATED_TITLES or is_name_title(nxt.split()[0]))
                    and _is_pure_name(nxt)
                )
                # "Pastor Paroki X, Romo Antonius Sabu,": the office, then its holder by a
                # title of address
                and not (nxt.split()[0].lower() in _HOLDER_TITLES and _is_pure_name(nxt))
            )
            if _is_pure_name(seg) and opens_role and not setting:
                roles = [s.strip() for s in segs[k + 1 :] if not s.strip().startswith("yang")]
                roles = [r for r in roles if r]
                if k > 0 and not roles:
                    roles = [segs[k - 1].strip()]
                who = parse_phrase(seg)
                if who is not None and who.name:
                    role = ", ".join(x for x in (who.role, *roles) if x) or None
                    return Who(who.name, role, who.org, offset=pos + max(who.offset, 0))
            pos += len(seg) + 1
    office = _office_before_relative(segs)
    if office is not None:
        return office
    last = segs[-1]
    who = parse_phrase(_drop_setting(last))
    if who is None or not who.usable:
        return None
    # none, or "dr", "Pdt": a title of address
    address = not who.role or who.role.lower() in _ABBREVIATED_TITLES or is_name_title(who.role)
    if who.name and address and not who.org and len(segs) >= 2:
        prev = segs[-2].split()
        if prev and prev[0].lower() in ROLE_TITLES and _is_pure_name(last):
            # "Ketua Kelompok Tani X, Santoso, berujar": the office is the role.
            who = Who(who.name, " ".join(prev), who.org, who.anaphor, who.offset)
    if who.offset >= 0:
        who = Who(who.name, who.role, who.org, who.anaphor, len(text) - len(last) + who.offset)
    return who
