"""A small store with every analysis table filled, for the API and web tests.

The examples are built with the real pipeline; the analysis rows (mentions, entities,
aliases, quotes, events, timeline, stories) are then written directly with offsets found
in the real article text, because the stages that fill them are still being integrated.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

#: surface form -> (canonical name, type)
NAMES = {
    "Rahmat Hidayat": ("Rahmat Hidayat", "PER"),
    "Rahmat": ("Rahmat Hidayat", "PER"),
    "Siti Aminah": ("Siti Aminah", "PER"),
    "Dwikorita Karnawati": ("Dwikorita Karnawati", "PER"),
    "Dwikorita": ("Dwikorita Karnawati", "PER"),
    "Bambang Sutrisno": ("Bambang Sutrisno", "PER"),
    "Muhammad Ali": ("Muhammad Ali", "PER"),
    "BMKG": ("Badan Meteorologi, Klimatologi, dan Geofisika", "ORG"),
    "Asosiasi Petani Sawit": ("Asosiasi Petani Sawit", "ORG"),
    "Kalimantan Tengah": ("Kalimantan Tengah", "LOC"),
    "Sampit": ("Sampit", "LOC"),
    "Majene": ("Majene", "LOC"),
    "Bandung": ("Bandung", "LOC"),
    "Jakarta": ("Jakarta", "LOC"),
}
SPEAKERS = {"Rahmat": "Rahmat Hidayat", "Dwikorita": "Dwikorita Karnawati",
            "Bambang": "Bambang Sutrisno", "Siti": "Siti Aminah"}
DATE = re.compile(r"\(\d{1,2}/\d{1,2}(/\d{4})?\)|\b(April|Maret|Juni) \d{4}\b|tahun \d{4}")


def _mentions(text: str) -> list[tuple[int, int, str, str, str]]:
    taken: list[tuple[int, int]] = []
    out = []
    for surface in sorted(NAMES, key=len, reverse=True):
        for m in re.finditer(r"\b" + re.escape(surface) + r"\b", text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            name, type_ = NAMES[surface]
            out.append((m.start(), m.end(), surface, type_, name))
    return sorted(out)


def _quotes(text: str, article_speaker: str | None) -> list[dict[str, object]]:
    out = []
    for m in re.finditer(r'"([^"]{10,})"', text):
        paragraph = text.count("\n\n", 0, m.start())
        tail = text[m.end() : m.end() + 40]
        speaker = next((full for short, full in SPEAKERS.items() if short in tail), None)
        out.append({
            "text": m.group(1), "speaker": speaker or article_speaker, "speaker_role": None,
            "kind": "direct", "cue": "kata", "paragraph": paragraph,
            "start": m.start(1), "end": m.end(1),
        })
    return out


def add_analysis(db: Path) -> None:
    """Fill the analysis tables of the store at ``db`` from its articles' text."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    rows = conn.execute("SELECT id, text, record, published FROM articles").fetchall()
    counts: dict[tuple[str, str], list[set[str] | int]] = {}
    events, stories_of = [], {}
    with conn:
        for r in rows:
            record = json.loads(r["record"])
            mentions = _mentions(r["text"])
            conn.executemany(
                "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, NULL)",
                [(r["id"], *m) for m in mentions],
            )
            for s, e, surface, type_, name in mentions:
                c = counts.setdefault((name, type_), [set(), 0, set()])
                c[0].add(r["id"])  # type: ignore[union-attr]
                c[1] += 1  # type: ignore[operator]
                c[2].add(surface)  # type: ignore[union-attr]
            speaker = next((m[4] for m in mentions if m[3] == "PER"), None)
            quotes = _quotes(r["text"], speaker)
            conn.executemany(
                "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(r["id"], i, q["text"], q["speaker"], q["speaker_role"], q["kind"], q["cue"],
                  q["paragraph"], q["start"], q["end"]) for i, q in enumerate(quotes)],
            )
            timexes = [
                {"text": m.group(0), "start": m.start(), "end": m.end(), "type": "date",
                 "value": r["published"], "precision": "day", "anchor": None}
                for m in DATE.finditer(r["text"])
            ]
            participants = sorted({m[4] for m in mentions})[:3]
            if r["published"]:
                sentence = r["text"].split("\n\n")[0][:200]
                events.append((r["id"], r["published"], sentence, participants))
                conn.execute(
                    "INSERT INTO events VALUES (?, 0, ?, 'day', ?, ?, 0, NULL)",
                    (r["id"], r["published"], sentence, json.dumps(participants)),
                )
            story = "s-pelabuhan" if "Sampit" in r["text"] else (
                "s-bandung" if "Bandung" in r["text"] or "Braga" in r["text"] else None)
            if story:
                stories_of.setdefault(story, []).append(r["id"])
                conn.execute("UPDATE articles SET story_id = ? WHERE id = ?", (story, r["id"]))
            record.update(
                mentions=[{"start": s, "end": e, "text": t, "type": ty, "entity": n,
                           "referent": None} for s, e, t, ty, n in mentions],
                entities=[{"name": n, "type": ty, "mentions": [t], "count": 1,
                           "attributes": [], "subtype": None}
                          for n, ty, t in sorted({(m[4], m[3], m[2]) for m in mentions})],
                quotes=quotes,
                timexes=timexes,
            )
            conn.execute("UPDATE articles SET record = ? WHERE id = ?",
                         (json.dumps(record, ensure_ascii=False), r["id"]))
        for (name, type_), (ids, n, surfaces) in counts.items():
            aliases = sorted(surfaces - {name})  # type: ignore[operator]
            conn.execute(
                "INSERT INTO entities VALUES (?, ?, NULL, ?, ?, ?)",
                (name, type_, json.dumps(aliases), len(ids), n),  # type: ignore[arg-type]
            )
            conn.executemany("INSERT INTO aliases VALUES (?, ?, ?)",
                             [(a, name, type_) for a in aliases])
        for i, (aid, date, text, participants) in enumerate(sorted(events, key=lambda e: e[1])):
            conn.execute(
                "INSERT INTO timeline VALUES (?, ?, 'day', ?, ?, 0, ?, 1)",
                (i, date, text, json.dumps(participants), json.dumps([[aid, text]])),
            )
        labels = {"s-pelabuhan": "Pelabuhan Teluk Sampit", "s-bandung": "Kota Bandung"}
        for sid, ids in stories_of.items():
            dates = sorted(d for (d,) in conn.execute(
                f"SELECT published FROM articles WHERE id IN ({','.join('?' * len(ids))}) "
                "AND published IS NOT NULL", ids))
            first = conn.execute("SELECT text FROM articles WHERE id = ?", (ids[0],)).fetchone()
            summary = [{"text": first[0].split("\n\n")[0], "article_id": ids[0], "position": 0}]
            conn.execute(
                "INSERT INTO stories VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (sid, labels[sid], dates[0] if dates else None, dates[-1] if dates else None,
                 json.dumps(ids), json.dumps(["example"]), json.dumps(summary),
                 json.dumps(["dermaga"]), json.dumps(["Sampit"])),
            )
    conn.close()


def build_fixture_store(target: Path) -> Path:
    """Build the examples into ``target`` (a .db path) and fill the analysis tables."""
    from warta.pipeline import build

    src = target.parent / "examples"
    shutil.copytree(EXAMPLES, src)
    build([str(src)], target)
    add_analysis(target)
    return target
