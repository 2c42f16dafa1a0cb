"""Speaker phrases: who a reporting cue attributes speech to, parsed from the words
around it.

The parsers behind :mod:`warta.nlp.quotes.extract`, over the lexicon of
:mod:`warta.nlp.quotes.cues`:

* :func:`parse_phrase` - a short phrase: a pronoun, a (titled) name, an organisation, an
  unnamed source or a description ("Menteri Keuangan itu").
* :func:`parse_subject` - the subject before a subject-first cue ("Budi Santoso, mantan
  duta besar ..., mengatakan"), appositives on either side of the name.
* :func:`parse_after` - the speaker after a verb-first cue ("kata Profesor Siti Rahayu
  dari ..."), and the text left over.

Each returns a :class:`Who` (or ``None`` when the words name no speaker): the name with
titles stripped, the role, whether it is an organisation or points back to an earlier
speaker, and where the name starts in the parsed string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.lexicon.indonesian import SPEAKER_END_WORDS
from warta.nlp.quotes.cues import (
    CAP_STOP,
    DATELINE,
    NAME_PARTICLES,
    ORG_HEADS,
    PRONOUNS,
    SUBJECT_ADVERBS,
    TITLES,
    VAGUE_SUBJECTS,
    is_name_token,
    lex,
    looks_like_org,
    split_title,
    title_case_org,
)

__all__ = ["Who", "parse_after", "parse_phrase", "parse_subject"]


@dataclass(frozen=True, slots=True)
class Who:
    """A parsed speaker phrase.

    ``name`` is the surface name with titles stripped (``None`` for pronouns, definite
    descriptions and unnamed sources); ``anaphor`` says the phrase refers back to an
    earlier speaker ("dia", "-nya", "Menteri Keuangan itu"); ``offset`` is where ``name``
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
_BLOCK_BEFORE_VERB = lex(
    """
    yang dengan untuk tidak tak belum dapat bisa akan ingin mau harus sambil seraya dan
    atau agar sempat enggan kerap sering setelah sebelum usai seusai saat ketika karena
    sehingga hingga
    """
)
_PREPOSITIONS = lex(
    """
    asal di ke dari pada untuk dengan oleh kepada terhadap tentang atas antara dan bagi
    """
)
#: Heads of descriptions that point back to someone without naming them.
_DESCRIPTIONS = lex("pria wanita perempuan lelaki pemuda pemudi bocah gadis sosok remaja")
#: Heads of descriptions of a source that stays unnamed.
_UNNAMED = lex("sumber seorang salah narasumber pejabat")
_CONNECTIVES = frozenset({"namun", "tetapi", "tapi", "sementara", "sedangkan", "adapun"})
#: Words that end the speaker phrase after a verb-first cue: "kata Rahayu kepada Antara".
_AFTER_STOP = SPEAKER_END_WORDS
_NOT_ROLE = lex(
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
    """A comma segment that is only a (titled) name: "Choi Min-seo", "Prof Santoso"."""
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

    >>> parse_phrase("Menteri Keuangan itu").anaphor
    True
    >>> parse_phrase("pengamat politik Budi Santoso")
    Who(name='Budi Santoso', role='pengamat politik', org=False, anaphor=False, offset=17)
    """
    words = phrase.split()
    if words and DATELINE.match(words[0]):
        words[0] = DATELINE.sub("", words[0])  # "Merdeka.com-Josep Guardiola"
    if not words:
        return None
    low = " ".join(words).lower()
    if low in PRONOUNS:
        return _ANAPHOR
    if low in VAGUE_SUBJECTS:
        return None
    if len(words) >= 2 and words[-1].lower() in _DEMONSTRATIVES:
        # "Menteri Keuangan itu", "mantan pelatih itu"; not "California ini" (a place).
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
        return Who(None, title, anaphor=True)  # "Menteri Keuangan" alone
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

    Handles appositives on either side of the name ("Budi Santoso, mantan duta besar,
    mengatakan"; "Seorang profesor, Siti Rahayu, yang ..., menilai").

    >>> who = parse_subject("Budi Santoso, mantan duta besar Indonesia untuk Jepang, ")
    >>> who.name, who.role
    ('Budi Santoso', 'mantan duta besar Indonesia untuk Jepang')
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

    >>> who, left = parse_after(" Profesor Siti Rahayu dari Universitas Airlangga Surabaya.")
    >>> who.name, who.role, left
    ('Siti Rahayu', 'Profesor dari Universitas Airlangga Surabaya', '.')
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
        # "Profesor ... dari Universitas Airlangga Surabaya": the affiliation is the role.
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
