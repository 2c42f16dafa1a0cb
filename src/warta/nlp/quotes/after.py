"""The speaker after a verb-first cue: :func:`parse_after`.

"kata Profesor Siti Rahayu dari ...": the name and its office after the cue, written
in either order ("Kepala Dinas X, Budi" / "Budi, Kepala Dinas X"), an office listing
fields, a holder with an age, a nickname or a description said again; returns the
:class:`~warta.nlp.quotes.who.Who` and the text left over after the speaker.
"""

from __future__ import annotations

import re

from warta.lexicon.indonesian import SPEAKER_END_WORDS
from warta.nlp.quotes.cues import (
    ROLE_TITLES,
    is_name_token,
    lex,
    looks_like_org,
    split_title,
)
from warta.nlp.quotes.people import _DESCRIPTIONS, is_collective, is_people
from warta.nlp.quotes.phrase import HANDLE, parse_phrase
from warta.nlp.quotes.read_out import speech_read_for
from warta.nlp.quotes.who import _DEMONSTRATIVES, Who
from warta.nlp.quotes.wording import _AGE, _is_pure_name, undot_titles

#: A verb of what the speaker did while speaking, after the name: "membacakan",
#: "menunjuk", "berjalan".
_ACTING = re.compile(r"(?:me|ber)[a-z]{4,}")


#: Words that end the speaker phrase after a verb-first cue: "kata Rahayu kepada Antara".
_AFTER_STOP = SPEAKER_END_WORDS


_NOT_ROLE = lex(
    """
    seraya sambil yang dan saat ketika usai kemudian lalu menambahkan dikutip
    """
)


#: Adverbs of a chorus, how a crowd said it ("pekik massa berkali-kali", "seru
#: mereka serempak", "jawab para siswa hampir bersamaan", "sahut mereka kompak"): they
#: end the speaker phrase, no part of who spoke.
_CHORUS_ADVERBS = lex(
    "berulang berkali-kali bersahut-sahutan serempak beramai-ramai bersama-sama"
    " bersamaan hampir kompak"
)


#: Words opening where people described come from or stand ("penjahit asal Klaten",
#: "penonton di tribun timur"): part of the description of an unnamed group.
_PLACE_OF_PEOPLE = lex("asal di")
#: The most words of that place.
_PLACE_WORDS = 3
#: Words ending that place: "di pintu gerbang kepada wartawan", "asal Klaten serempak".
_PLACE_ENDS = _AFTER_STOP | _CHORUS_ADVERBS


def _ends_speaker(words: list[str], n: int) -> bool:
    """True when ``words[n]`` ends the speaker phrase ``words[:n]`` after a verb-first cue:
    a stop word, a chorus adverb, or the place of people described ("kata sejumlah
    penjahit asal Klaten"; not "ujar penjahit asal Klaten itu", a description said again)."""
    word = words[n].lower()
    if word in _AFTER_STOP or word in _CHORUS_ADVERBS:
        return True
    return word in _PLACE_OF_PEOPLE and is_people(" ".join(words[:n]))


def _with_place(who: Who, tail: str) -> tuple[Who, int]:
    """``who`` (people described, unnamed) with the place the words of ``tail`` give it
    ("para nelayan" + " di dermaga timur, ..." -> "para nelayan di dermaga timur") and how
    many characters of ``tail`` it took; ``who`` and 0 without one.

    >>> _with_place(Who("sejumlah nelayan"), " asal Tegal kepada wartawan")
    (Who(name='sejumlah nelayan asal Tegal', role=None, org=False, anaphor=False, offset=-1), 11)
    """
    words = tail.split()
    if len(words) < 2 or words[0].lower() not in _PLACE_OF_PEOPLE:
        return who, 0
    n = 1
    while n < len(words) and words[n].lower() not in _PLACE_ENDS:
        n += 1
    if n - 1 > _PLACE_WORDS:
        return who, 0
    end = tail.find(words[n - 1], tail.find(words[0])) + len(words[n - 1])
    place = " ".join(words[:n])
    return Who(f"{who.name} {place}", who.role, who.org, who.anaphor, who.offset), end


#: Where an appositive role ends: "..., peneliti LIPI, seperti dikutip Antara".
_ROLE_END = re.compile(r"\s+(?:seperti\s+)?(?:dikutip|dilansir|kepada|saat|ketika|usai)\b")


_CLAUSE_END = re.compile(r"[,.;:!?()\x01\[\]]")


#: ", Informasi dan Humas BPBN Budi Santoso": the rest of an office's
#: listed name, its body's acronym, then a name (before a lower-case word or a comma).
_LISTED_OFFICE = re.compile(
    r",\s*(?P<tail>(?:[A-Z][\w-]*\s+)+(?:dan|serta)\s+(?:[A-Z][\w-]*\s+)*?"
    r"[A-Z]{2,}[A-Za-z]*)\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3})(?=[\s,.]|$)"
)


def _listed_office(text: str) -> tuple[str, str] | None:
    """``(rest of the office, holder's name)`` when ``text`` continues a listed office
    name ("..., Informasi dan Komunikasi BNPB Budi Santoso"), else ``None``.

    >>> _listed_office(", Informasi dan Komunikasi BNPB Budi Santoso dalam rilis")
    ('Informasi dan Komunikasi BNPB', 'Budi Santoso')
    """
    m = _LISTED_OFFICE.match(text)
    if m is None or looks_like_org(m.group("name")) or not _is_pure_name(m.group("name")):
        return None
    return m.group("tail"), m.group("name")


#: The most words of an office's tail (or its body) read as a name before its holder.
_OFFICE_NAME_WORDS = 3


def _office_word_then_holder(who: Who, stripped: str) -> bool:
    """True for an office whose last word was read as a name, then its holder's full
    name between commas: "ucap Ketua Majelis Hakim Agung, Budi Santoso, ..."."""
    # Up to three words: a body's name after a lower-case office ("kata analis senior
    # Mandala Sekuritas, Dewi Puspita, ...") is read as the name too.
    if not (who.role and who.name and len(who.name.split()) <= _OFFICE_NAME_WORDS):
        return False
    if who.role.split()[0].lower() not in ROLE_TITLES:
        return False
    seg = stripped[1:].split(",", 1)[0].split(".", 1)[0]
    return len(seg.split()) >= 2 and _is_pure_name(seg)


def _titled_office(who: Who) -> bool:
    """A titled phrase whose "name" is an office or a body: "Kepala Stasiun X Y", or a
    "name" holding a title ("Deputi Gubernur BI": an office whose holder follows)."""
    if who.name and any(w.lower() in ROLE_TITLES for w in who.name.split()[1:]):
        return True
    if who.name and "Bidang" in who.name.split()[1:]:
        return True  # "Direktur LPZ Bidang Penyaluran": an office's field, not a name
    return bool(who.role and who.name and (looks_like_org(who.name) or len(who.name.split()) >= 3))


def _office_of_body(who: Who) -> bool:
    """True for a title and a body read as its name: "Wakil Ketua Banggar", "Ketua Komisi
    II", "Sekretaris Fraksi PKB" (one word, an acronym or a numbered body; not a person's
    two-word name after a title, "Profesor Siti Rahayu")."""
    if not (who.role and who.name) or who.role.split()[0].lower() not in ROLE_TITLES:
        return False
    words = who.name.split()
    return (
        who.org
        or looks_like_org(who.name)
        or len(words) == 1
        or any(w.isupper() and len(w) >= 2 for w in words[1:])
    )


#: A lower-case office, a relative clause about its holder and a demonstrative: "camat
#: yang dilantik bulan lalu itu ketika dihubungi" (not one who asked not to be named).
_OFFICE_RELATIVE = re.compile(
    r"^\s*(?P<head>[a-z]+)(?:\s+[a-z][\w-]*){0,2}(?P<rel>\s+yang\s+[^,.;:]*?)\s+(?:itu|tersebut)\b"
)


def _without_office_relative(phrase: str) -> str:
    """``phrase`` with the relative clause of :data:`_OFFICE_RELATIVE` blanked (offsets
    kept): "camat yang dilantik bulan lalu itu" reads as "camat itu", the office
    said again."""
    m = _OFFICE_RELATIVE.match(phrase)
    if m is None or m.group("head").lower() not in ROLE_TITLES:
        return phrase
    rel = m.group("rel")
    if re.search(r"\b(?:namanya|identitasnya)\b", rel) or _NICKNAMED.search(rel):
        return phrase  # one unnamed, or a nickname given ("yang akrab disapa Wak X itu")
    a, b = m.span("rel")
    return phrase[:a] + " " * (b - a) + phrase[b:]


#: A description with a relative clause closed by a demonstrative after a verb-first
#: cue: "pria yang enggan disebut namanya itu", "warga yang rumahnya hanyut tersebut".
_DESCRIBED_AGAIN = re.compile(
    r"^\s*(?P<head>[a-z]+)(?:\s+[a-z][\w-]*)?\s+yang\s+[^,.;:]*?\b(?:itu|tersebut)\s*$"
)


def _office_and_holder(rest: str, cut: int) -> tuple[Who, str] | None:
    """An office whose name joins two fields with "dan", then a comma and its holder:
    "kata Kepala Bidang Data dan Informasi BPS Garut, Budi Santoso." (``cut``: the first
    clause mark of ``rest``). ``None`` for any other shape."""
    office = rest[:cut].split()
    if (
        len(office) < 4
        or office[0].lower() not in ROLE_TITLES
        or not any(w in ("dan", "&") for w in office[1:-1])
        or not all(w[:1].isupper() or w in ("dan", "&") for w in office)
        or not rest[cut:].startswith(",")
    ):
        return None
    seg_end = _CLAUSE_END.search(rest, cut + 1)
    end = seg_end.start() if seg_end else len(rest)
    seg = rest[cut + 1 : end]
    if not _is_pure_name(seg) or (seg_end is not None and rest[end] not in ",.!?"):
        return None
    name, title = split_title(seg.strip())
    role = " ".join(x for x in (" ".join(office), title) if x)
    at = rest.find(name, cut)
    return Who(name, role, offset=at), rest[at + len(name) :]


#: Capitalised words of one field of an office's name ("Bina Usaha Pertanian").
_FIELD = r"[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)*"


#: An office whose name lists fields with commas and a closing "dan": "Kepala Dinas
#: Kebudayaan, Pariwisata, dan Olahraga Kota Ambon".
_OFFICE_LIST = re.compile(
    rf"\s*(?P<head>{_FIELD})(?:\s*,\s*{_FIELD})+\s*,?\s+dan\s+(?P<last>{_FIELD})"
)


#: The holder after such an office, between commas or before the sentence's end.
_LISTED_HOLDER = re.compile(
    r"\s*,\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})(?=\s*[,.!?]|\s+[a-z]|\s*$)"
)


def _office_list_and_holder(rest: str) -> tuple[Who, str] | None:
    """An office whose name lists fields with commas ("Direktur Bina Usaha Pertanian,
    Perkebunan, dan Peternakan") and its holder: after a
    title at the end of the last field ("... Peternakan Prof Heru Santika") or after a
    comma ("... Olahraga Kota Ambon, Rudi Latuconsina"). ``None`` for any other shape.

    >>> who, _ = _office_list_and_holder(" Kepala Dinas Kebudayaan, Pariwisata, dan Olahraga"
    ...     " Kota Ambon, Rudi Latuconsina.")
    >>> who.name, who.role
    ('Rudi Latuconsina', 'Kepala Dinas Kebudayaan, Pariwisata, dan Olahraga Kota Ambon')
    """
    m = _OFFICE_LIST.match(rest)
    if m is None or m.group("head").split()[0].lower() not in ROLE_TITLES:
        return None
    last = m.group("last").split()
    # The first title with a full name after it ("Prof" of "... Peternakan Prof Arief
    # Hakim Nasution": "Hakim" is a title word too, but inside the name).
    k = next((k for k, w in enumerate(last) if w.lower() in ROLE_TITLES), len(last))
    if len(last) - k >= 3 and not any(w.isupper() for w in last[k + 1 :]):
        # a title, then a full name (no body's acronym: "Humas BPBN Yulia ..." is the
        # office's body, then a name the older rules read)
        name = " ".join(last[k + 1 :])
        office = rest[: m.start("last")] + " ".join(last[: k + 1])
    elif (holder := _LISTED_HOLDER.match(rest, m.end())) is not None:
        name, office = holder.group("name"), rest[: m.end()]
    else:
        return None
    at = rest.find(name, m.start("last"))
    return Who(name, " ".join(office.split()), offset=at), rest[at + len(name) :]


#: A nickname given in a description: "yang biasa dipanggil Ucok".
_NICKNAMED = re.compile(r"\b(?:disapa|dipanggil|dijuluki)\s+[A-Z]")


#: An office's words, its body's acronym in brackets and a comma: "Ketua Umum Asosiasi
#: Perajin Batik (APB),".
_OFFICE_ACRONYM = re.compile(
    r"[^,.;:!?()\x01]{3,100}?(?P<abbr>\(\s*[A-Z][A-Za-z0-9&.-]{1,12}\s*\))\s*,"
)


#: A comma, a name of one to three words and an age: the holder of the office before it.
_AGED_HOLDER = re.compile(r"\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*\(\d{1,3}\)")


#: "lain"/"lainnya" closing a description before a comma: "another one of that kind"
#: ("anggota DPRD lainnya, Budi", "saksi lain, Rina"), the holder named after it.
_OTHER_OF_KIND = re.compile(r"\s+lain(?:nya)?(?=\s*,|$)")


#: Only the descriptions of a person by sex or age ("pria", "wanita"): with a people
#: noun or a role ("siswa yang ... itu") the same holds, but on PFSA-ID it lets a later
#: unattributed quote continue a speaker that the gold leaves out (precision -0.0003).
_AGAIN_HEADS = _DESCRIPTIONS | ROLE_TITLES


#: An account named by its handle after the cue: "tulis akun @warga_kalisat", "balas
#: @rina.dewi", "tulis warganet dengan akun Instagram @rina.dewi". Matched before the
#: clause is cut at its first full stop, which a handle may hold.
_ACCOUNT = re.compile(
    r"\s*(?P<role>(?:(?:pemilik|warganet|netizen|pengguna)\s+)?(?:dengan\s+)?akun"
    r"(?:\s+[A-Z][\w]*)?\s+)?(?P<handle>@\w(?:[\w.]*\w)?)"
)


def _account_after(rest: str) -> tuple[Who, str] | None:
    """The account whose handle follows a verb-first cue, and the text left over.

    >>> who, left = _account_after(" akun @budi.tegal di kolom komentar.")
    >>> who.name, who.role, left
    ('@budi.tegal', 'akun', ' di kolom komentar.')
    """
    m = _ACCOUNT.match(rest)
    if m is None:
        return None
    role = (m.group("role") or "").strip() or None
    return Who(m.group("handle"), role, offset=m.start("handle")), rest[m.end() :]


#: Words making people described one person: "seorang warga", "salah seorang sopir".
_ONE_PERSON = re.compile(r"(?:salah\s+)?seorang\s|salah\s+satu\s", re.IGNORECASE)


def _one_of_people(who: Who) -> bool:
    """True when ``who`` describes one person of a group ("seorang warga", "salah
    seorang pengungsi"): a name after the comma is that person's ("kata seorang
    warga, Budi Santoso, kepada wartawan")."""
    return is_people(who.name) and _ONE_PERSON.match(who.name or "") is not None


#: A verb of a crowd's doing while it chants: "meN-" and a stem ("membalas",
#: "mengacungkan"; not a preposition of that shape, "menuju", "mengenai").
_CROWD_ACT = re.compile(r"me(?!(?:lalui|nuju|ngenai|nurut|njelang)\b)[a-z]{4,}")


def _crowd_acting(words: list[str], n: int) -> bool:
    """True when ``words[n]`` is what a crowd named by ``words[:n]`` did as it spoke:
    "seru massa membalas ...", "pekik para buruh mengepalkan tangan" (a group at large,
    never one person described: "ujar pria mengenakan topi itu" is read as before).

    >>> _crowd_acting("massa membalas orasi itu".split(), 1)
    True
    >>> _crowd_acting("seorang warga membalas".split(), 2)
    False
    """
    phrase = " ".join(words[:n])
    return (
        _CROWD_ACT.fullmatch(words[n]) is not None
        and (is_people(phrase) or is_collective(phrase))
        and _ONE_PERSON.match(phrase) is None
    )


def parse_after(rest: str) -> tuple[Who | None, str]:
    """Parse the speaker after a verb-first cue; return it and the text left over.

    >>> who, left = parse_after(" Profesor Siti Rahayu dari Universitas Airlangga Surabaya.")
    >>> who.name, who.role, left
    ('Siti Rahayu', 'Profesor dari Universitas Airlangga Surabaya', '.')
    """
    if (account := _account_after(rest)) is not None:
        return account
    if (reader := speech_read_for(rest)) is not None:
        # "kata Rina membacakan sambutan bupati": the speech's owner says the words.
        return reader
    rest = undot_titles(rest)
    # "kata Ketua Koperasi Nelayan X, Sarmin (61), ...": a name with an age after an office
    # is its holder; the age is blanked (offsets kept) so the name's segment ends at a comma.
    aged = _AGED_HOLDER.match
    raw = rest
    rest = _AGE.sub(lambda m: " " * len(m.group(0)), rest)
    # "ujar Ketua Umum Asosiasi X (APB), Budi, ...": the body's acronym is part
    # of the office (blanked, offsets kept), and its holder follows the comma.
    acronym = _OFFICE_ACRONYM.match(rest)
    if acronym is not None:
        a, b = acronym.span("abbr")
        rest = rest[:a] + " " * (b - a) + rest[b:]
    m = _CLAUSE_END.search(rest)
    cut = m.start() if m else len(rest)
    rest = _without_office_relative(rest[:cut]) + rest[cut:]
    described = _DESCRIBED_AGAIN.match(rest[:cut])
    if described is not None and (
        described.group("head").lower() in _AGAIN_HEADS
        # "ujar pesilat yang biasa dipanggil Ucok itu": a nickname names someone met.
        or _NICKNAMED.search(described.group(0)) is not None
    ):
        # "tutur pria yang enggan disebut namanya itu": the one who spoke, described.
        return Who(None, described.group(0).strip(), anaphor=True), rest[cut:]
    held = _office_and_holder(rest, cut) or _office_list_and_holder(rest)
    if held is not None:
        return held
    words = rest[:cut].split()
    n = 0
    while n < len(words) and not (n and _ends_speaker(words, n)):
        if n and _ACTING.fullmatch(words[n]) and words[n - 1][:1].isupper():
            # "ucap Rina membacakan surat itu": what the named speaker did meanwhile
            # (not "ujar musisi berusia 65 tahun itu", a description).
            break
        if n and _crowd_acting(words, n):
            # "teriak massa membalas orasi itu": what a crowd did as it chanted.
            break
        n += 1
    # "kata Taka girang", "ucap White lagi": drop lower-case words after the name.
    last_cap = max(
        (
            k
            for k in range(n)
            if words[k][:1].isupper() or is_name_token(words[k]) or HANDLE.fullmatch(words[k])
        ),
        default=-1,
    )
    if 0 <= last_cap < n - 1 and words[n - 1].lower() not in _DEMONSTRATIVES:
        n = last_cap + 1
    if n == 0:
        return None, rest
    phrase_end = rest.find(words[n - 1], rest.find(words[0])) + len(words[n - 1])
    who = parse_phrase(rest[:phrase_end])
    if (other := _OTHER_OF_KIND.match(rest, phrase_end)) is not None:
        # "timpal anggota Komisi X lainnya, Budi": "lainnya" closes the description
        # ("another member of X"), whose holder follows the comma.
        phrase_end = other.end()
    left = rest[phrase_end:]
    if who is None:
        return None, left
    if who.role is None and is_people(who.name):
        # "seru para buruh di pintu gerbang": the group is described by its place.
        who, took = _with_place(who, rest[phrase_end:cut])
        phrase_end += took
        left = rest[phrase_end:]
    extra: list[str] = []
    if n < len(words) and words[n].lower() == "dari":
        # "Profesor ... dari Universitas Airlangga Surabaya": the affiliation is the role.
        extra.append(rest[phrase_end:cut].strip())
        left = rest[cut:]
    stripped = left.lstrip()
    if extra and stripped.startswith(",") and _office_of_body(who):
        # "ujar Ketua Komisi IV dari Fraksi Partai Y, Rina Lestari, ...": an office of
        # a body, the faction or party its holder comes from, then the holder.
        seg_end = _CLAUSE_END.search(stripped, 1)
        seg = stripped[1 : seg_end.start() if seg_end else len(stripped)]
        if (
            len(seg.split()) >= 2
            and _is_pure_name(seg)
            and (seg_end is None or stripped[seg_end.start()] in ",.!?")
        ):
            name, title = split_title(seg.strip())
            office = " ".join(x for x in (who.role, who.name, *extra, title) if x)
            at = rest.find(name, cut)
            return Who(name, office, offset=at), stripped[
                seg_end.start() if seg_end else len(stripped) :
            ]
    if (
        stripped.startswith(",")
        and not extra
        and (
            who.org
            or (who.role and not who.name)
            or _titled_office(who)
            or ((who.role is not None or is_people(who.name)) and aged(raw, phrase_end) is not None)
            # "kata warga lainnya, Sunarti": one more of the people, named after the comma.
            or (is_people(who.name) and _OTHER_OF_KIND.search(f" {who.name}") is not None)
            or _one_of_people(who)
            or (who.role is not None and acronym is not None)
            or _office_word_then_holder(who, stripped)
        )
    ):
        listed = _listed_office(stripped)
        if listed is not None and who.role:
            # "kata Kepala Biro Data, Informasi dan Humas BPBN Budi Santoso": the
            # office's name is a list; its holder's name follows the body's acronym.
            tail, name = listed
            office = f"{who.role} {who.name or ''}, {tail}".replace("  ", " ")
            at = rest.find(name, phrase_end)
            return Who(name, office, offset=at), rest[at + len(name) :]
        # "kata Kepala Stasiun Meteorologi X, Budi Santoso, ...": the office, then its holder.
        seg_end = _CLAUSE_END.search(stripped, 1)
        seg = stripped[1 : seg_end.start() if seg_end else len(stripped)]
        if _is_pure_name(seg) and (seg_end is None or stripped[seg_end.start()] in ",.!?"):
            name, title = split_title(seg.strip())
            role = " ".join(x for x in (who.role, who.name, title) if x) or None
            at = rest.find(name, phrase_end)
            return Who(name, role, offset=at), stripped[
                seg_end.start() if seg_end else len(stripped) :
            ]
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
