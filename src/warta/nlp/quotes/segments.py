"""The comma segments before a subject-first cue, read for
:func:`~warta.nlp.quotes.subject.parse_subject`.

Which segments are list items of one office ("Direktur Jenderal A, B, dan C"), a
setting or a channel ("Lewat Zoom", "dalam keterangan tertulisnya"), an addressee, a
rank, an administrative place, a degree, a nickname clause or a place after a body's
acronym; and the words dropped from a segment before it is parsed. Pure functions over
strings; no speaker is chosen here.
"""

from __future__ import annotations

import re

from warta.nlp.quotes.cues import (
    NAME_PARTICLES,
    ORG_HEADS,
    ROLE_TITLES,
    is_name_token,
    is_region_name,
    lex,
)
from warta.nlp.quotes.people import _people
from warta.nlp.quotes.wording import _ADMIN_HEADS, _is_pure_name

#: Words before a cue that make the "subject" something else: "dengan mengatakan".
_BLOCK_BEFORE_VERB = lex(
    """
    yang dengan untuk tidak tak belum dapat bisa akan ingin mau harus sambil seraya dan
    atau agar sempat enggan kerap sering setelah sebelum usai seusai saat ketika karena
    sehingga hingga
    """
)


#: First words of a comma segment that says through what or where a subject speaks,
#: never who: "Lewat Facebook Live, pria itu menulis", "Melalui Zoom, dia berkata".
_SETTING_OPENERS = lex("lewat melalui via dalam di pada")


def _opens_setting(segment: str) -> bool:
    """Whether a comma segment opens with a channel or setting word (:data:`_SETTING_OPENERS`):
    "Lewat Facebook Live" is through what someone speaks, so its capitals are no name.

    >>> _opens_setting(" Lewat Facebook Live"), _opens_setting("Budi Santoso")
    (True, False)
    """
    words = segment.split()
    return bool(words) and words[0].lower() in _SETTING_OPENERS


#: An adverbial phrase opening the sentence before a comma: when or after what the
#: subject acts ("Menjelang Paskah,", "Usai rapat pleno,", "Sementara itu,"), never who.
_OPENING_ADVERBIAL = re.compile(
    r"^\s*(?:(?i:menjelang|jelang|usai|seusai|selepas|setelah|sesudah|sebelum"
    r"|selama|sejak|saat|ketika|sewaktu|begitu|sembari|seraya)\b[^,()\x01]{0,60}"
    # ("Sementara X, yang ..., menjelaskan": "while", then the subject itself.)
    r"|(?i:sementara\s+itu)),"
)


#: Where someone's words stand, opening the sentence with no comma before a pronoun:
#: "Dalam petisinya ia menulis ...", "Lewat unggahannya dia meminta ...".
_OPENING_WHERE = re.compile(
    r"^\s*(?i:dalam|lewat|melalui|pada)\s+[a-z]+nya(?=\s+(?:ia|dia|beliau|mereka)\b)"
)


def blank_opening_adverbial(before: str) -> str:
    """``before`` with an adverbial phrase opening it blanked (or where the words stand,
    "Dalam suratnya" before a pronoun), when a subject follows
    (lengths kept, so offsets hold).

    >>> blank_opening_adverbial("Menjelang Paskah, Ketua Sinode, Budi Santoso,").lstrip()
    'Ketua Sinode, Budi Santoso,'
    >>> blank_opening_adverbial("Usai rapat,")
    'Usai rapat,'
    >>> blank_opening_adverbial("Dalam suratnya ia").lstrip()
    'ia'
    """
    m = _OPENING_ADVERBIAL.match(before) or _OPENING_WHERE.match(before)
    if m is None or not before[m.end() :].strip(" ,"):
        return before
    return " " * m.end() + before[m.end() :]


#: An abbreviation in brackets after a name: "Badan Riset Pangan (BRP)".
#: Up to eighteen characters: ministries' short forms run long ("Kemendikbudristek").
_BRACKET_ABBR = re.compile(r"\(\s*(?P<abbr>[A-Z][A-Za-z0-9+&.-]{1,17})\s*\)")


#: A comma segment before the verb that says when or where, not who: "Rabu (14/10)",
#: "saat dihubungi".
_CIRCUMSTANCE = re.compile(
    r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|saat|ketika|seusai|usai|kemarin|"
    r"dalam|pada|di|melalui|lewat)\b|\(?\d"
)


#: Words joining the last item of a list inside a name: Indonesian, or English in a
#: company's job title ("Head of Sales, Marketing, and Logistics X", "& Logistics").
_LIST_JOINERS = frozenset({"dan", "serta", "and", "&"})


def _merge_lists(segs: list[str]) -> list[str]:
    """Comma segments with the items of a list inside a name joined again: "Kepala Dinas
    Tenaga Kerja, Transmigrasi, dan Energi X" is one phrase (lengths kept), as is an
    English title's list ("Head of Sales, Marketing, and Logistics X").

    >>> _merge_lists("Head of Sales, Marketing, and Logistics PT Ombak, Budi".split(","))
    ['Head of Sales, Marketing, and Logistics PT Ombak', ' Budi']
    """
    merged: list[str] = []
    for seg in segs:
        first = seg.split()[:1]
        if merged and first and first[0] in _LIST_JOINERS:
            while len(merged) > 1 and _is_list_item(merged[-1]):
                seg = merged.pop() + "," + seg
            seg = merged.pop() + "," + seg
        elif merged and _LAST_ITEMS.match(seg) and _opens_office(merged, seg):
            # "Menteri Pertanian, Kehutanan dan Perikanan X": the list without a
            # comma before "dan", inside an office's name.
            while len(merged) > 1 and _is_list_item(merged[-1]):
                seg = merged.pop() + "," + seg
            seg = merged.pop() + "," + seg
        merged.append(seg)
    return merged


#: A comma segment that opens with the last items of a list: "Perdagangan dan Industri".
_LAST_ITEMS = re.compile(r"\s*(?:[A-Z][\w-]*\s+){1,2}(?:dan|serta|and|&)\s+[A-Z]")


def _opens_office(merged: list[str], seg: str) -> bool:
    """True when the segments before ``seg`` (list items back to the first) start with
    an office's title: "Menteri Pertanian" + "Kehutanan dan Perikanan ..."."""
    k = len(merged) - 1
    while k > 0 and _is_list_item(merged[k]):
        k -= 1
    words = merged[k].split()
    return (
        bool(words)
        and words[0].lower() in ROLE_TITLES
        and all(w[:1].isupper() or w in NAME_PARTICLES for w in words)
        and all(_is_list_item(m) for m in merged[k + 1 :])
    )


def _is_list_item(seg: str) -> bool:
    words = seg.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words)


#: A place after the subject's name, before the verb: "Budi Santoso di Jambi, Rabu,
#: mengatakan" (where the statement was made, not part of the name).
_TRAILING_SETTING = re.compile(r"(?<=[A-Za-z.])\s+di\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*$")


#: An academic or professional degree written after a name: "MPH", "Sp.PD", "S.H.",
#: "M.Si", "PhD" (a comma segment of its own, never a speaker).
_DEGREE = re.compile(
    r"(?:(?:S|M|B|Sp|Dr|Ph)\.\s?[A-Z][A-Za-z]{0,4}\.?(?:\s?\([A-Z]\))?|Sp[A-Z][A-Za-z]{0,3}"
    r"|MPH|MBA|MSc|MA|MM|MH|MKes|MSi|SKM|PhD|LLM|SH|SE|ST|SP|SIP|SKom|SPd"
    # A degree spelt letter by letter with full stops, led by its level (Sarjana,
    # Magister, Bachelor): "M.P.H.", "S.K.M.", "M.B.A." (a person's initials sit before a
    # name or alone, never after a name's comma with three letters led by a level).
    r"|[SMB]\.(?:[A-Z]\.){1,2}[A-Z]?"
    # A priest's religious order, written after his name like a degree: "Romo X, SVD".
    r"|SVD|SJ|OFM(?:Cap|Conv)?|MSC|MSF|SDB|OCD|OCarm|CSsR|CICM|Pr)"
)


#: A degree's abbreviation by its shape: the level's letter (Sarjana, Magister) and the
#: field's initials, in capitals or glued words ("MT", "MARS", "MKM", "SHut", "MHum");
#: only read so right after a person's name or another degree (see
#: :func:`is_degree_after_name`), where a body's acronym never stands alone.
_DEGREE_SHAPE = re.compile(r"[SM](?:[A-Z]{1,4}|(?:[A-Z][a-z]{1,3}){1,2})")


def is_degree_after_name(segs: list[str]) -> bool:
    """True when the last comma segment of ``segs`` is a degree written after a person's
    name, or after a degree after it: "dr. Rina, MPH", "Ir. Budi, MT", "Budi, SH, MHum".

    >>> is_degree_after_name(["Kepala Dinas", " dr. Rina Marlina", " MKM"])
    True
    >>> is_degree_after_name(["Ketua", " Budi", " MUI Pusat"])
    False
    """
    last = segs[-1].strip()
    if _DEGREE.fullmatch(last):
        return True
    if len(segs) < 2 or not _DEGREE_SHAPE.fullmatch(last):
        return False
    before = segs[-2].split()
    if len(before) == 1 and _DEGREE_SHAPE.fullmatch(before[0]):
        return is_degree_after_name(segs[:-1])  # "SH, MHum": a second degree
    # Else the segment before ends in a person's name word, not in a body's acronym.
    return bool(before) and before[-1][:1].isupper() and not before[-1].isupper()


#: Police and military ranks written before a name: "Kompol Budi", "Kolonel Inf X".
_RANKS = lex(
    """
    aiptu akbp akp brigjen bripka brigadir ipda iptu irjen jenderal kapten kolonel kombes
    komjen kompol laksamana letjen letkol marsekal mayjen mayor
    """
)


def _is_ranked(seg: str) -> bool:
    """True for a comma segment that is a rank and a name: "Kompol Budi Santoso"."""
    words = seg.split()
    return bool(words) and words[0].lower() in _RANKS and _is_pure_name(seg)


def _is_admin_place(seg: str) -> bool:
    """True for a comma segment that names an administrative place ("Kabupaten
    Tapin", "Jawa Tengah"): never a speaker, the tail of a setting before it.

    >>> _is_admin_place(" Kabupaten Tapin"), _is_admin_place(" Budi Santoso")
    (True, False)
    """
    words = seg.split()
    if not words or not all(w[:1].isupper() for w in words):
        return False
    return words[0].lower() in _ADMIN_HEADS or is_region_name(" ".join(words))


def _is_titled(seg: str) -> bool:
    """True when a comma segment opens with a title or rank ("Kompol Budi", "Kasat X")."""
    words = seg.split()
    return bool(words) and words[0].lower() in ROLE_TITLES


def _drop_setting(seg: str) -> str:
    """``seg`` without a trailing "di <Place>" when a capitalised name precedes it
    (lengths change only at the end, so offsets into ``seg`` still hold).

    >>> _drop_setting("Kepala Dinas Budi Santoso di Jambi")
    'Kepala Dinas Budi Santoso'
    """
    m = _TRAILING_SETTING.search(seg)
    if m is None:
        return seg
    head = seg[: m.start()].split()
    # "Para nelayan di Kecamatan X": people described, then where they are.
    named = head and (is_name_token(head[-1]) or _people(head) is not None)
    return seg[: m.start()] if named else seg


def _foreign_acronym(name: str, abbr: str) -> bool:
    """True when ``abbr`` is not made of the initials of ``name``: the short name of a
    body in another language ("Program Pangan Dunia (WFP)"); a person's bracketed short
    name is his initials ("Susilo Bambang Yudhoyono (SBY)").

    >>> _foreign_acronym("Program Pangan Dunia", "WFP"), _foreign_acronym("Budi Santoso", "BS")
    (True, False)
    """
    words = name.split()
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return (
        len(words) >= 2
        and abbr.isupper()
        and not (abbr.startswith(initials[:2]) or initials.startswith(abbr[:2]))
    )


#: Whom the subject spoke to, between the name and the verb: "Yusuf kepada wartawan
#: mengatakan", "Budi Santoso kepada Antara menjelaskan".
_TRAILING_ADDRESSEE = re.compile(r"\s+kepada\s+(?:para\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s*$")


def _drop_addressee(before: str) -> str:
    """``before`` without a trailing "kepada <addressee>" when a name precedes it (only
    the end is cut, so offsets still hold).

    >>> _drop_addressee("Usai rapat, Yusuf kepada wartawan")
    'Usai rapat, Yusuf'
    """
    m = _TRAILING_ADDRESSEE.search(before)
    if m is None:
        return before
    head = before[: m.start()].split()
    return before[: m.start()] if head and is_name_token(head[-1]) else before


#: How the subject spoke, between the name and the verb: "Yayasan X dalam siaran
#: persnya menyebutkan", "Budi, melalui siaran pers, menyampaikan".
_TRAILING_CHANNEL = re.compile(
    r"\s*,?\s+(?:(?:dalam|melalui|lewat|via)\s+(?:keterangan|pernyataan|siaran|rilis|unggahan"
    r"|akun|surat|pesan|konferensi|laporan|kajian|catatan"
    # a speech or an interview, also owned: "X dalam sambutannya mengatakan", "dalam
    # pidatonya", "dalam wawancaranya"
    r"|(?:sambutan|pidato|wawancara)(?:nya)?"
    # a listed company's disclosure or public exposé: "X dalam keterbukaan informasi
    # kepada bursa menjelaskan", "X dalam paparan publik mengatakan"
    r"|keterbukaan|paparan"
    # or any genre of statement a speaker delivers in a hearing, a plenary or a pulpit,
    # owned or not: "X dalam pendapat akhirnya menyatakan", "dalam tanggapannya", "dalam
    # kesaksiannya", "dalam ceramahnya"
    r"|(?:pendapat|pandangan|tanggapan|jawaban|penjelasan|arahan|amanat|orasi|ceramah"
    r"|khotbah|kesaksian|pleidoi|presentasi)(?:nya)?)"
    # or the outlet that carried it: "X sebagaimana dikutip Reuters, Senin (5/12),"
    r"|(?:seperti|sebagaimana)\s+(?:dikutip|dilansir|diberitakan))\b"
    # and the day it was said: "... dalam keterangan bersama, Kamis (7/5),"
    r"[^,\x01]*(?:,\s*(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b[^,\x01]*)?,?\s*$"
)


def _drop_channel(before: str) -> str:
    """``before`` without a trailing "dalam/melalui keterangan ..." when a capitalised
    word precedes it (only the end is cut, so offsets still hold).

    >>> _drop_channel("Budi Santoso, melalui siaran pers")
    'Budi Santoso'
    >>> _drop_channel("Kepala Rutan Kelas IIB Wonosari dalam sambutannya")
    'Kepala Rutan Kelas IIB Wonosari'
    """
    m = _TRAILING_CHANNEL.search(before)
    if m is None:
        return before
    head = before[: m.start()].split()
    # A capitalised word or a body's short name in brackets: "... (BRP) dalam siaran pers".
    return before[: m.start()] if head and head[-1].lstrip("(")[:1].isupper() else before


#: A nickname clause after a name: "atau yang akrab disapa Kang Budi", "yang biasa
#: dipanggil Bang Ucok".
_NICKNAME_CLAUSE = re.compile(
    r"\s+(?:atau\s+)?(?:yang\s+)?(?:akrab\s+|biasa\s+)?(?:disapa|dipanggil|dijuluki)\s+"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?=\s*(?:,|$))"
)


def _joint_bodies(head: str) -> str | None:
    """``head`` when it joins two bodies' names with "dan" ("Kementerian Pariwisata dan
    Badan Ekonomi Kreatif"), each opening with a body's head word; ``None``
    for one body whose name holds "dan" ("Badan Pengkajian dan Penerapan Teknologi")."""
    words = head.split()
    if not words or words[0].lower() not in ORG_HEADS or not words[0][:1].isupper():
        return None
    for k, w in enumerate(words[1:-1], 1):
        nxt = words[k + 1]
        if w == "dan" and nxt[:1].isupper() and nxt.lower() in ORG_HEADS:
            return " ".join(words)
    return None


#: A person described by origin, the town and its country between commas, then "itu".
_DESCRIBED_ORIGIN = re.compile(
    r"^\s*[A-Za-z]+\s+(?:asal|kelahiran)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
    r"\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*,\s*(?:itu|tersebut)\s*$"
)
