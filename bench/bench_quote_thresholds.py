"""Re-measure the quote extractor's hand-set choices on data it was not written against.

Usage: ``python bench/bench_quote_thresholds.py [SHARED_DATA_DIR] [--show WHAT]``

The quote rules were written against the five seed articles. This script measures the
choices that were calibrated on them on PFSA-ID dev (``pfsa-id/dev.txt``: Kompas news,
306 articles, 1,273 gold direct STATEMENT spans; CC BY-NC-SA, used here to measure only)
and on IndoSum (``indosum/``, no quote gold: counts of what a rule adds or removes).
The figures it prints are the ones quoted in the calibration notes of
``warta.settings`` and ``warta.nlp.quotes.cues``.

* **continuation words** (``quotes.min_continuation_words``): an unattributed quote
  opening a sentence continues the last speaker when it has at least this many words
  (or is a whole sentence). Scored on PFSA-ID: statement recall, precision of direct
  quotes, speaker accuracy, for 1..8, and the quotes each value adds or removes on
  PFSA-ID + IndoSum (``--show continuationK`` prints them for K).
* **subject-first cue verbs** (``warta.nlp.quotes.cues.SUBJECT_FIRST`` and
  ``WEAK_SUBJECT_FIRST``): each shipped choice against its alternative - "menekankan"
  (weak) dropped or made strong, "memperkirakan" (strong) dropped or made weak, the
  other weak verbs made strong. Direct-quote figures on PFSA-ID, and the quotes each
  change adds or removes on PFSA-ID + IndoSum (``--show WORD`` prints those of the
  variants whose label contains WORD, to read; the readings are in ``cues.py``).
* **"melihat ... sebagai"**: "melihat" counts as a reporting verb only with "sebagai"
  later in the clause. Compared with dropping "melihat" and with accepting it always.
* **dominance** (``entities.short_form_dominance``): a one-word name that fits several
  full names of one article goes to the most frequent when it is this many times as
  frequent as the runner-up. Measured with warta's NER person mentions on PFSA-ID and
  IndoSum articles in which a one-word name fits two or more full names; the reference
  is journalistic convention: the full name most recently written before the short
  form (a proxy: the counts are agreement, not accuracy).

PFSA-ID is tokenised; articles are rebuilt with one paragraph per sentence (sentences
merged while a quotation is open) and the opening ``”`` written as ``“``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))  # warta_eval: the scorers
import warta.nlp.entities.names as names_mod
import warta.nlp.quotes.cues as cues
import warta.nlp.quotes.extract as extract
from warta.nlp.entities.aliases import resolve_article
from warta.nlp.entities.names import name_key, short_forms
from warta.nlp.entities.ner import find_mentions
from warta.records import Mention, Quote
from warta_eval.indosum import load_indosum

DEFAULT_DATA = Path("/work/shared/data")
_NO_SPACE_BEFORE = {".", ",", ":", ";", "?", "!", ")", "]", "%", "…", "’"}
_NO_SPACE_AFTER = {"(", "["}
_GLUE = {"/", "-"}
_QUOTE = "”"


@dataclass(frozen=True, slots=True)
class Statement:
    """A gold direct statement: character bounds and the explicit speaker's words."""

    start: int
    end: int
    speaker: frozenset[str]  # case-folded words of the PERSON span next to it; may be empty


@dataclass(frozen=True, slots=True)
class PfsaArticle:
    text: str
    statements: tuple[Statement, ...]
    mentions: tuple[Mention, ...] = ()  # from warta's entity stage, as the pipeline passes


def _read_sentences(path: Path) -> list[list[tuple[str, str]]]:
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
            continue
        token, _, tag = line.partition("\t")
        cur.append((token, tag))
    if cur:
        sents.append(cur)
    return sents


def _articles(sents: list[list[tuple[str, str]]]) -> Iterator[list[list[tuple[str, str]]]]:
    """Group sentences into articles: a sentence with an ISSUE span starts one."""
    art: list[list[tuple[str, str]]] = []
    prev_issue = False
    for sent in sents:
        issue = any(tag.endswith("ISSUE") for _, tag in sent)
        if issue and not prev_issue and art:
            yield art
            art = []
        art.append(sent)
        prev_issue = issue
    if art:
        yield art


def _span_label(tag: str) -> str:
    return tag[2:] if len(tag) > 2 and tag[1] == "-" else tag


def _build(art: list[list[tuple[str, str]]]) -> PfsaArticle:
    # Move an opening quote left at the end of a sentence to the start of the next one.
    sents = [list(s) for s in art]
    open_q = False
    for k, sent in enumerate(sents):
        for token, _ in sent:
            if token == _QUOTE:
                open_q = not open_q
        if open_q and sent[-1][0] == _QUOTE and k + 1 < len(sents) and len(sent) > 1:
            sents[k + 1].insert(0, sent.pop())
            open_q = False  # counted again with the next sentence
    # Detokenise: one paragraph per sentence, merged while a quote is open.
    text = ""
    bounds: list[tuple[int, int]] = []  # char bounds per token
    labels: list[str] = []
    open_q = False
    glue = True
    for k, sent in enumerate(sents):
        if k:
            text += " " if open_q else "\n\n"
            glue = True
        for token, tag in sent:
            piece = token
            if token == _QUOTE:
                if not open_q:
                    piece = "“"
                    space = not glue
                    glue_after = True
                else:
                    space = False
                    glue_after = False
                open_q = not open_q
            elif token in _GLUE:
                space, glue_after = False, True
            else:
                space = not glue and token not in _NO_SPACE_BEFORE
                glue_after = token in _NO_SPACE_AFTER
            if space:
                text += " "
            bounds.append((len(text), len(text) + len(piece)))
            labels.append(tag)
            text += piece
            glue = glue_after
    tokens = [tok for sent in sents for tok, _ in sent]
    statements: list[Statement] = []
    i = 0
    while i < len(labels):
        if _span_label(labels[i]) == "STATEMENT" and labels[i][:1] in "BU":
            j = i
            while (
                j + 1 < len(labels)
                and labels[j + 1][:1] in "IL"
                and _span_label(labels[j + 1]) == "STATEMENT"
            ):
                j += 1
            words = [k for k in range(i, j + 1) if tokens[k] != _QUOTE]
            if words:
                speaker = _speaker_near(tokens, labels, i, j)
                statements.append(Statement(bounds[words[0]][0], bounds[words[-1]][1], speaker))
            i = j + 1
        else:
            i += 1
    return PfsaArticle(text, tuple(statements))


def _speaker_near(tokens: list[str], labels: list[str], i: int, j: int) -> frozenset[str]:
    """Words of the PERSON / PERSONCOREF span right after (or else before) a statement."""
    for lo, hi, step in ((j + 1, min(len(labels), j + 8), 1), (i - 1, max(-1, i - 25), -1)):
        k = lo
        while k != hi:
            if _span_label(labels[k]) in ("PERSON", "PERSONCOREF"):
                words = []
                m = k
                while 0 <= m < len(labels) and _span_label(labels[m]) == _span_label(labels[k]):
                    words.append(tokens[m].casefold())
                    m += step
                return frozenset(words)
            if tokens[k] in (".", _QUOTE) and step == 1 and k > j + 1:
                break
            k += step
    return frozenset()


def load_pfsa(path: Path, *, mentions: bool = True) -> list[PfsaArticle]:
    """PFSA-ID dev as rebuilt articles with their gold statements (and NER mentions)."""
    out = [_build(art) for art in _articles(_read_sentences(path))]
    if mentions:
        out = [replace(a, mentions=resolve_article(a.text, find_mentions(a.text))[0]) for a in out]
    return out


# --- scoring -------------------------------------------------------------------------


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def score(articles: Sequence[PfsaArticle], quotes: Sequence[Sequence[Quote]]) -> dict[str, Any]:
    """Statement recall, direct-quote precision and speaker accuracy on PFSA-ID.

    A gold statement is found when one predicted quote covers at least half of it; a
    predicted direct or mixed quote is correct when at least half of it lies inside
    gold statements. The speaker is right when it shares a word with the gold PERSON
    span next to the statement (judged only where there is one).
    """
    gold = found = with_speaker = speaker_ok = predicted = correct = indirect = 0
    for art, preds in zip(articles, quotes, strict=True):
        for st in art.statements:
            gold += 1
            hit = next(
                (
                    q
                    for q in preds
                    if _overlap(q.start, q.end, st.start, st.end) * 2 >= st.end - st.start
                ),
                None,
            )
            if hit is None:
                continue
            found += 1
            if st.speaker:
                with_speaker += 1
                said = set((hit.speaker or "").casefold().split())
                speaker_ok += bool(said & st.speaker)
        for q in preds:
            if q.kind == "indirect":
                indirect += 1
                continue
            predicted += 1
            inside = sum(_overlap(q.start, q.end, s.start, s.end) for s in art.statements)
            correct += inside * 2 >= q.end - q.start
    return {
        "recall": found / max(gold, 1),
        "precision": correct / max(predicted, 1),
        "speaker": speaker_ok / max(with_speaker, 1),
        "gold": gold,
        "predicted": predicted,
        "indirect": indirect,
    }


@contextmanager
def patched(module: Any, **values: Any) -> Iterator[None]:
    """Set module attributes for the duration of a ``with`` block."""
    old = {k: getattr(module, k) for k in values}
    for k, v in values.items():
        setattr(module, k, v)
    try:
        yield
    finally:
        for k, v in old.items():
            setattr(module, k, v)


def _subject_first_re(verbs: Sequence[str]) -> re.Pattern[str]:
    alt = "|".join(sorted(verbs, key=len, reverse=True))
    return re.compile(rf"\b(?P<cue>{alt})\b")


@contextmanager
def cue_variant(add: Sequence[str] = (), drop: Sequence[str] = (), weak: Sequence[str] = (),
                strong: Sequence[str] = ()) -> Iterator[None]:  # fmt: skip
    """Subject-first verbs added or dropped, made weak or strong, while in the block."""
    verbs = [v for v in (*cues.SUBJECT_FIRST, *add) if v not in drop]
    weak_set = (cues.WEAK_SUBJECT_FIRST | frozenset(weak)) - frozenset(strong)
    with patched(extract, SUBJECT_FIRST_RE=_subject_first_re(verbs), WEAK_SUBJECT_FIRST=weak_set):
        yield


def run(
    texts: Sequence[str], mentions: Sequence[Sequence[Mention]] = ()
) -> list[tuple[Quote, ...]]:
    if mentions:
        return [extract.extract_quotes(t, m) for t, m in zip(texts, mentions, strict=True)]
    return [extract.extract_quotes(t) for t in texts]


def _fmt(r: dict[str, Any]) -> str:
    return (
        f"recall {r['recall']:.4f}  precision {r['precision']:.4f}  speaker {r['speaker']:.4f}"
        f"  direct+mixed {r['predicted']:4d}  indirect {r['indirect']:4d}"
    )


def _added(
    base: Sequence[Sequence[Quote]], other: Sequence[Sequence[Quote]]
) -> list[tuple[int, Quote]]:
    out: list[tuple[int, Quote]] = []
    for k, (a, b) in enumerate(zip(base, other, strict=True)):
        have = {(q.start, q.end, q.speaker) for q in a}
        out.extend((k, q) for q in b if (q.start, q.end, q.speaker) not in have)
    return out


def _removed(
    base: Sequence[Sequence[Quote]], other: Sequence[Sequence[Quote]]
) -> list[tuple[int, Quote]]:
    return _added(other, base)


# --- dominance -----------------------------------------------------------------------


def dominance_cases(
    texts: Sequence[str], mentions: Sequence[Sequence[Mention]]
) -> list[tuple[list[int], int]]:
    """Ambiguous one-word names: (weights of the candidates, index of the reference).

    From warta's NER person mentions (before alias resolution): full names are mentions of
    two words or more, weighted by how often the article writes them (as
    :func:`warta.nlp.entities.aliases.resolve_article` does); a one-word mention is a
    case when it is a short form (:func:`short_forms`) of two or more of them. The
    reference is the full name written most recently before it (else the first after).
    """
    cases: list[tuple[list[int], int]] = []
    for _text, ms in zip(texts, mentions, strict=True):
        persons = [m for m in ms if m.type == "PER"]
        weight: Counter[tuple[str, ...]] = Counter()
        shorts: dict[str, set[tuple[str, ...]]] = {}
        for m in persons:
            key = name_key(m.text)
            if len(key) > 1:
                weight[key] += 1
                for short in short_forms(" ".join(m.text.split())):
                    shorts.setdefault(short, set()).add(key)
        for m in persons:
            key = name_key(m.text)
            if len(key) != 1 or len(shorts.get(key[0], ())) < 2:
                continue
            cands = sorted(shorts[key[0]])
            before = [p for p in persons if p.end <= m.start and name_key(p.text) in cands]
            after = [p for p in persons if p.start >= m.end and name_key(p.text) in cands]
            ref = before[-1] if before else after[0]
            cases.append(([weight[c] for c in cands], cands.index(name_key(ref.text))))
    return cases


def dominance_table(cases: Sequence[tuple[list[int], int]], ratios: Sequence[float]) -> None:
    print(f"  {len(cases)} ambiguous one-word names")
    for ratio in ratios:
        right = wrong = 0
        for weights, ref in cases:
            order = sorted(range(len(weights)), key=lambda k: -weights[k])
            top, second = order[0], order[1]
            if weights[top] >= ratio * weights[second]:
                right += top == ref
                wrong += top != ref
        left = len(cases) - right - wrong
        shown = "never" if ratio == float("inf") else f"{ratio:g}"
        print(f"  dominance {shown:>5s}: right {right:4d}  wrong {wrong:4d}  unresolved {left:4d}")


# --- main ----------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--show", default=None, help="print the quotes a variant changes")
    parser.add_argument(
        "--part", choices=("all", "continuation", "cues", "dominance"), default="all"
    )
    args = parser.parse_args(argv)
    pfsa = load_pfsa(args.data / "pfsa-id" / "dev.txt")
    pfsa_texts = [a.text for a in pfsa]
    pfsa_mentions = [a.mentions for a in pfsa]
    indosum_texts = [d.text for d in load_indosum(args.data / "indosum")]
    gold = sum(len(a.statements) for a in pfsa)
    print(f"PFSA-ID dev: {len(pfsa)} articles, {gold} gold statements")
    print(f"IndoSum dev: {len(indosum_texts)} articles (no quote gold)")
    base_pfsa = run(pfsa_texts, pfsa_mentions)
    base_indosum = run(indosum_texts)
    print(f"shipped         {_fmt(score(pfsa, base_pfsa))}")

    print("\nquotes.min_continuation_words (shipped "
          f"{extract._MIN_CONTINUATION_WORDS}): PFSA-ID figures; quotes added/removed "
          "on PFSA-ID + IndoSum")  # fmt: skip
    for k in range(1, 9) if args.part in ("all", "continuation") else ():
        with patched(extract, _MIN_CONTINUATION_WORDS=k):
            p = run(pfsa_texts, pfsa_mentions)
            i = run(indosum_texts)
        added = _added(base_pfsa, p) + _added(base_indosum, i)
        removed = _removed(base_pfsa, p) + _removed(base_indosum, i)
        print(f"  {k}  {_fmt(score(pfsa, p))}  +{len(added)} -{len(removed)}")
        if args.show == f"continuation{k}":
            _print_changes(added, removed)

    variants: list[tuple[str, Callable[[], Any]]] = [
        ("-menekankan", lambda: cue_variant(drop=["menekankan"])),
        ("menekankan strong", lambda: cue_variant(strong=["menekankan"])),
        ("-memperkirakan", lambda: cue_variant(drop=["memperkirakan"])),
        ("memperkirakan weak", lambda: cue_variant(weak=["memperkirakan"])),
        ("menyampaikan strong", lambda: cue_variant(strong=["menyampaikan"])),
        ("mengingatkan strong", lambda: cue_variant(strong=["mengingatkan"])),
        ("melaporkan strong", lambda: cue_variant(strong=["melaporkan"])),
        ("-melihat", lambda: cue_variant(drop=["melihat"])),
    ]
    print("\nsubject-first cue verbs: PFSA-ID direct figures; quotes added/removed "
          "on PFSA-ID + IndoSum")  # fmt: skip
    for name, make in variants if args.part in ("all", "cues") else ():
        with make():
            p = run(pfsa_texts, pfsa_mentions)
            i = run(indosum_texts)
        added = _added(base_pfsa, p) + _added(base_indosum, i)
        removed = _removed(base_pfsa, p) + _removed(base_indosum, i)
        print(f"  {name:22s} {_fmt(score(pfsa, p))}  +{len(added)} -{len(removed)}")
        if args.show and args.show in name:
            _print_changes(added, removed)
    if args.part in ("all", "cues"):
        _melihat_always(pfsa, pfsa_mentions, indosum_texts, base_pfsa, base_indosum, args.show)
    if args.part not in ("all", "dominance"):
        return 0

    ratios = (1.0, 1.5, 2.0, 3.0, 4.0, 5.0, float("inf"))
    print("\nentities.short_form_dominance (shipped "
          f"{names_mod._DOMINANCE:g}), PFSA-ID:")  # fmt: skip
    dominance_table(dominance_cases(pfsa_texts, pfsa_mentions), ratios)
    print("  IndoSum:")
    indosum_mentions = [find_mentions(t) for t in indosum_texts]
    dominance_table(dominance_cases(indosum_texts, indosum_mentions), ratios)
    return 0


def _melihat_always(
    pfsa: Sequence[PfsaArticle],
    pfsa_mentions: Sequence[Sequence[Mention]],
    indosum_texts: Sequence[str],
    base_pfsa: Sequence[Sequence[Quote]],
    base_indosum: Sequence[Sequence[Quote]],
    show: str | None,
) -> None:
    """'melihat' accepted without 'sebagai': as a weak verb (with 'bahwa' or ':' only)
    and as a plain one."""
    for label, weak in (("melihat always (weak)", ["melihat"]), ("melihat always", [])):
        with cue_variant(weak=weak), patched(extract, _SEBAGAI_VERBS=frozenset()):
            p = run([a.text for a in pfsa], pfsa_mentions)
            i = run(indosum_texts)
        added = _added(base_pfsa, p) + _added(base_indosum, i)
        removed = _removed(base_pfsa, p) + _removed(base_indosum, i)
        print(f"  {label:22s} {_fmt(score(pfsa, p))}  +{len(added)} -{len(removed)}")
        if show and show in label:
            _print_changes(added, removed)


def _print_changes(
    added: Sequence[tuple[int, Quote]], removed: Sequence[tuple[int, Quote]]
) -> None:
    for sign, items in (("+", added), ("-", removed)):
        for _, q in items:
            print(f"    {sign} [{q.cue}] {q.speaker}: {q.text[:200]!r}")


if __name__ == "__main__":
    raise SystemExit(main())
