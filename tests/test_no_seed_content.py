"""No seed or gold content in ``src/`` (issue 12).

The five seeds in ``../shared/seeds`` and their gold file are the development set: a string
copied from them into the package (a name in a lexicon, a credit in a pattern, a sentence in
a doctest) can lift a figure measured on them, and makes the package read as if written for
five documents. This test reads the seeds and the gold at run time, so it follows them if they
change, and lists every ``file:line`` in ``src/`` that holds:

1. **Gold person names.** Every word of every gold PERSON canonical name (a hyphenated given
   name such as "Jong-un" counts as one word), written with a capital as names are. This
   includes persons known far outside the seeds (world leaders): their use in ``src/`` is still
   an example drawn from the seeds' cast, and an invented person ("Budi Santoso") does the
   same job. Every gold alias of two or more words is flagged too, a role alias
   ("Presiden Rusia") included: the seeds' way of naming their cast.
2. **Gold place and organisation names that are not general knowledge.** A multi-word GPE/LOC/
   ORG name or alias is general when pycountry knows it as a country (English name, common or
   official name, or the Indonesian translation), when the NER gazetteer lists it (names
   annotated in the training corpora, which were written independently of the seeds), or when
   it is in ``WORLD_NAMES`` below; any other multi-word gold name is flagged ("Semenanjung
   Korea", "Kota Vladivostok", a university's name). A single-word name is general when it
   is one of those or when the word is in the NER model's word-cluster table (1.2M tokens
   of IndoSum news plus the NER training sets); one that is not ("Vladivostok", "Krimea")
   is flagged. The first word of a gold host site follows the same single-word rule.
3. **Seed text.** Any run of six words (case-insensitive; punctuation, regex escapes and
   line breaks ignored) found in a seed or in a string of the gold file.
4. **Short gold lines.** Whole gold lines of three to five words — titles, boilerplate,
   captions and photo credits (and the bracketed credit inside a caption), attribution lines,
   subheadings, quote openings, date evidence: "Sumber: BBC Indonesia", "Foto: KCNA via
   AFP", "kp/rs (AP, Reuters)". A general pattern for credits is fine; the seed's wording is
   not.
5. **The seeds' misspellings.** Gold aliases one edit away from another name of the same
   entity and absent from the general vocabulary ("Pyonyang"), plus the misspellings of the
   seed texts listed in ``SEED_MISSPELLINGS``.

``models/ner/clusters.tsv`` and ``models/ner/gazetteer.tsv`` are excluded: they are derived
from the NER training corpora (see the model card), not written by hand. Checked when this
test was written: no word of a seed-only person name (Lankov, Zinberg, Tertitskiy ...) is in
either table (the one gold surname in the gazetteer, "medvedev", comes from the NERP train
split), and every word of a gold name that is in the cluster table also occurs in the
training data under ``../shared/data``.
"""

from __future__ import annotations

import gettext
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import GOLD, ROOT, SEEDS

SRC = ROOT / "src"
NER_DIR = SRC / "warta" / "models" / "ner"
#: Training-derived tables, not hand-written (see the module docstring), and the list of
#: romanised Korean family names: a general lexicon (the most frequent family names, as
#: any census table lists them), in which a seed person's family name occurs only because
#: it is among the commonest; a family name alone names no one.
EXCLUDED = frozenset(
    {
        "warta/models/ner/clusters.tsv",
        "warta/models/ner/gazetteer.tsv",
        "warta/lexicon/korean_surnames.txt",
    }
)
TEXT_SUFFIXES = frozenset(
    {".py", ".json", ".md", ".tsv", ".txt", ".html", ".css", ".js", ".toml", ".cfg", ".ini"}
)
NGRAM = 6
#: Conventional English names of countries and of the UN that pycountry spells otherwise.
WORLD_NAMES = frozenset({"soviet union", "united nations"})
#: Misspellings in the seed texts that no gold alias records (found by reading the seeds):
#: a made-up word, a stray U+0100 glued to a word, and the English spelling in Indonesian.
SEED_MISSPELLINGS = ("berkelahiran", "dari\u0100", "seorang professor")
#: Gold fields whose short strings are flagged whole (rule 4).
LINE_KEYS = frozenset(
    {
        "title",
        "boilerplate_lines",
        "caption_or_credit_lines",
        "attribution_lines",
        "subheadings",
        "teaser_lines",
        "published_evidence",
        "starts_with",
        "evidence",
    }
)

_WORD = re.compile(r"[^\W_]+")
_UNIT = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
#: Regex escapes and string escapes would glue a letter to the next word ("\sBBC").
_ESCAPE = re.compile(r"\\[sSbBwWdDAZnrtfv]")
_BRACKETED = re.compile(r"\(([^()]+)\)")


_UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def _unescape(text: str) -> str:
    text = _UNICODE_ESCAPE.sub(lambda m: chr(int(m[1], 16)), text)
    return _ESCAPE.sub(" ", text)


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(_unescape(text))]


@dataclass(frozen=True)
class Needle:
    words: tuple[str, ...]
    why: str
    #: Only where the first word starts with a capital (names; "kim" in code is not a name).
    cased: bool = False


@dataclass(frozen=True)
class Hit:
    path: str
    line: int
    text: str
    why: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text!r} ({self.why})"


def _strings(node: Any, key: str = "") -> Iterator[tuple[str, str]]:
    """Every string value of the gold file with the key it sits under (list items inherit)."""
    if isinstance(node, str):
        yield key, node
    elif isinstance(node, dict):
        for k, v in node.items():
            yield from _strings(v, k)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v, key)


def _edit1(a: str, b: str) -> bool:
    """Levenshtein distance exactly one."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :] if len(a) < len(b) else a[i + 1 :] == b[i + 1 :]


def _country_names() -> set[str]:
    import pycountry

    names: set[str] = set()
    try:
        indonesian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
    except OSError:  # pragma: no cover - pycountry always ships it
        indonesian = gettext.NullTranslations()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(" ".join(words(value)))
                names.add(" ".join(words(indonesian.gettext(value))))
    return names


def _table_words(path: Path) -> set[str]:
    if not path.exists():
        return set()
    with path.open(encoding="utf-8") as f:
        return {line.split("\t", 1)[0].strip().lower() for line in f if line.strip()}


def forbidden(
    seeds: Path,
    gold_path: Path,
    vocabulary: set[str],
    gazetteer: set[str],
    countries: set[str],
) -> list[Needle]:
    """What ``src/`` must not hold, from the seeds and gold on disk (rules 1-5 above)."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    needles: dict[tuple[str, ...], Needle] = {}

    def add(ws: Iterable[str], why: str, cased: bool = False) -> None:
        key = tuple(ws)
        if key and key not in needles:
            needles[key] = Needle(key, why, cased)

    general = gazetteer | countries | WORLD_NAMES
    for etype, entities in gold.get("entities", {}).items():
        for canonical, aliases in entities.items():
            if etype == "PERSON":  # rule 1
                for unit in _UNIT.findall(canonical):
                    add(words(unit), f"gold person {canonical!r}", cased=True)
                for alias in aliases:
                    if len(words(alias)) > 1:
                        add(words(alias), f"gold alias of {canonical!r}", cased=True)
                continue
            names = [canonical, *aliases]
            name_words = {w for name in names for w in words(name)}
            for name in names:  # rule 2
                ws = words(name)
                phrase = " ".join(ws)
                if len(ws) > 1 and phrase not in general:
                    add(ws, f"gold {etype} {canonical!r}")
                elif len(ws) == 1 and phrase not in vocabulary and phrase not in general:
                    add(ws, f"gold {etype} {canonical!r}", cased=True)
            for alias in aliases:  # rule 5: a misspelt sibling of another name of the entity
                for w in words(alias):
                    if w not in vocabulary and any(_edit1(w, o) for o in name_words):
                        add([w], f"gold misspelling in {canonical!r}")
    for doc in gold.get("documents", {}).values():
        site = doc.get("host_site")
        if site:
            ws = words(site)
            if ws and ws[0] not in vocabulary:
                add(ws[:1], f"gold host site {site!r}")

    for key, text in _strings(gold):  # rule 4
        if key in LINE_KEYS:
            for piece in [text, *_BRACKETED.findall(text)]:
                ws = words(piece)
                if 3 <= len(ws) < NGRAM:
                    add(ws, f"gold {key}")
    for misspelling in SEED_MISSPELLINGS:  # rule 5
        add(words(misspelling), "seed misspelling")

    texts = [
        ("seed " + p.name[:3], p.read_text(encoding="utf-8")) for p in sorted(seeds.glob("*.txt"))
    ]
    texts += [("gold " + key, text) for key, text in _strings(gold) if key != "about"]
    for source, text in texts:  # rule 3
        ws = words(text)
        for i in range(len(ws) - NGRAM + 1):
            add(ws[i : i + NGRAM], f"{source} text")
    return list(needles.values())


def scan(root: Path, needles: list[Needle], excluded: frozenset[str] = EXCLUDED) -> list[Hit]:
    """Every place under ``root`` (text files only) where a needle occurs, one hit per line."""
    by_first: dict[str, list[Needle]] = defaultdict(list)
    for n in needles:
        by_first[n.words[0]].append(n)
    hits: list[Hit] = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if (
            not path.is_file()
            or path.suffix not in TEXT_SUFFIXES
            or rel in excluded
            or "__pycache__" in path.parts
            or any(part.endswith(".egg-info") for part in path.parts)
        ):
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        tokens: list[tuple[str, bool, int]] = []  # (lower word, capitalised, line)
        for lineno, line in enumerate(text.splitlines(), 1):
            for w in _WORD.findall(_unescape(line)):
                tokens.append((w.lower(), w[0].isupper(), lineno))
        lower = [t[0] for t in tokens]
        seen: set[tuple[int, str]] = set()
        for i, (w, capital, lineno) in enumerate(tokens):
            for n in by_first.get(w, ()):
                if n.cased and not capital:
                    continue
                if tuple(lower[i : i + len(n.words)]) != n.words:
                    continue
                if (lineno, n.why) in seen:
                    continue
                seen.add((lineno, n.why))
                hits.append(Hit(rel, lineno, " ".join(n.words), n.why))
    return hits


@pytest.fixture(scope="module")
def needles() -> list[Needle]:
    return forbidden(
        SEEDS,
        GOLD,
        _table_words(NER_DIR / "clusters.tsv"),
        _table_words(NER_DIR / "gazetteer.tsv"),
        _country_names(),
    )


def test_src_holds_no_seed_or_gold_content(needles: list[Needle]) -> None:
    hits = scan(SRC, needles)
    assert not hits, f"{len(hits)} seed/gold strings in src/ (issue 12):\n" + "\n".join(
        map(str, hits)
    )


def test_the_guard_can_fail(tmp_path: Path, needles: list[Needle]) -> None:
    """A fake tree with one of each kind of seed content is caught; invented text is not."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    person = next(iter(gold["entities"]["PERSON"]))
    surname = _UNIT.findall(person)[-1]
    seed_text = " ".join(words(next(iter(sorted(SEEDS.glob("*.txt")))).read_text("utf-8")))
    sentence = " ".join(seed_text.split()[10 : 10 + NGRAM])
    pkg = tmp_path / "warta"
    (pkg / "models" / "ner").mkdir(parents=True)
    (pkg / "names.py").write_text(
        f'"""Example.\n\n>>> speaker("kata {surname}.")\n"""\n', encoding="utf-8"
    )
    (pkg / "notes.md").write_text(f"Intro\n\n{sentence.upper()}, really.\n", encoding="utf-8")
    (pkg / "places.json").write_text('{"x": ["Pyonyang"]}\n', encoding="utf-8")
    (pkg / "pattern.py").write_text('RE = r"sumber\\s*:\\s*bbc\\s+indonesia"\n', encoding="utf-8")
    (pkg / "clean.py").write_text(
        '"""Budi Santoso, juru bicara Kementerian Luar Negeri, tiba di Jakarta pada Senin."""\n',
        encoding="utf-8",
    )
    (pkg / "models" / "ner" / "gazetteer.tsv").write_text(f"{surname.lower()}\tPER\n", "utf-8")
    (pkg / "model.npz").write_bytes(b"\x00" + surname.encode())

    hits = scan(tmp_path, needles, excluded=frozenset({"warta/models/ner/gazetteer.tsv"}))
    where = {(h.path, h.line) for h in hits}
    assert ("warta/names.py", 3) in where
    assert ("warta/notes.md", 3) in where
    assert ("warta/places.json", 1) in where
    assert ("warta/pattern.py", 1) in where
    assert not [h for h in hits if h.path in ("warta/clean.py", "warta/models/ner/gazetteer.tsv")]
    assert "warta/names.py:3" in "\n".join(map(str, hits))


def test_names_are_matched_as_names(needles: list[Needle]) -> None:
    """A gold person's name is a hit only where written with a capital; a word inside a
    longer word is never a hit."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    surname = _UNIT.findall(next(iter(gold["entities"]["PERSON"])))[-1]
    assert any(n.words == tuple(words(surname)) and n.cased for n in needles)
    assert not any(n.words == ("berita", "terkini") for n in needles)  # two-word UI text
