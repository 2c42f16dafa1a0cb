"""A small store with every analysis table filled, for the API and web tests.

The examples are built with the real pipeline; the analysis rows (mentions, entities,
aliases, quotes, events, timeline, stories) are then written directly with offsets found
in the real article text, because the stages that fill them are still being integrated.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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
    "dermaga baru": ("Dermaga Teluk Sampit", "LOC"),  # inside a quote: a quote "about" it
    "Majene": ("Majene", "LOC"),
    "Bandung": ("Bandung", "LOC"),
    "Jakarta": ("Jakarta", "LOC"),
}
SPEAKERS = {
    "Rahmat": "Rahmat Hidayat",
    "Dwikorita": "Dwikorita Karnawati",
    "Bambang": "Bambang Sutrisno",
    "Siti": "Siti Aminah",
}
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
        out.append(
            {
                "text": m.group(1),
                "speaker": speaker or article_speaker,
                "speaker_role": None,
                "kind": "direct",
                "cue": "kata",
                "paragraph": paragraph,
                "start": m.start(1),
                "end": m.end(1),
            }
        )
    return out


def add_analysis(db: Path) -> None:
    """Fill the analysis tables of the store at ``db`` from its articles' text."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    rows = conn.execute("SELECT id, text, record, published FROM articles").fetchall()
    counts: dict[tuple[str, str], list[set[str] | int]] = {}
    events, stories_of = [], {}
    with conn:
        # Start from empty analysis tables, whatever the current stages wrote: the tests
        # assert on these exact rows.
        for table in ("mentions", "entities", "aliases", "quotes", "events", "timeline", "stories"):
            conn.execute(f"DELETE FROM {table}")
        for r in rows:
            record = json.loads(r["record"])
            mentions = _mentions(r["text"])
            conn.executemany(
                "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, NULL)",
                [(r["id"], *m) for m in mentions],
            )
            for _start, _end, surface, type_, name in mentions:
                c = counts.setdefault((name, type_), [set(), 0, set()])
                c[0].add(r["id"])  # type: ignore[union-attr]
                c[1] += 1  # type: ignore[operator]
                c[2].add(surface)  # type: ignore[union-attr]
            speaker = next((m[4] for m in mentions if m[3] == "PER"), None)
            quotes = _quotes(r["text"], speaker)
            conn.executemany(
                "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        r["id"],
                        i,
                        q["text"],
                        q["speaker"],
                        q["speaker_role"],
                        q["kind"],
                        q["cue"],
                        q["paragraph"],
                        q["start"],
                        q["end"],
                    )
                    for i, q in enumerate(quotes)
                ],
            )
            timexes = [
                {
                    "text": m.group(0),
                    "start": m.start(),
                    "end": m.end(),
                    "type": "date",
                    "value": r["published"],
                    "precision": "day",
                    "anchor": None,
                }
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
            story = (
                "s-pelabuhan"
                if "Sampit" in r["text"]
                else ("s-bandung" if "Bandung" in r["text"] or "Braga" in r["text"] else None)
            )
            if story:
                stories_of.setdefault(story, []).append(r["id"])
                conn.execute("UPDATE articles SET story_id = ? WHERE id = ?", (story, r["id"]))
            record.update(
                mentions=[
                    {"start": s, "end": e, "text": t, "type": ty, "entity": n, "referent": None}
                    for s, e, t, ty, n in mentions
                ],
                entities=[
                    {
                        "name": n,
                        "type": ty,
                        "mentions": sorted({m[2] for m in mentions if m[4] == n}),
                        "count": sum(m[4] == n for m in mentions),
                        "attributes": [],
                        "subtype": None,
                    }
                    for n, ty in sorted({(m[4], m[3]) for m in mentions})
                ],
                quotes=quotes,
                timexes=timexes,
            )
            conn.execute(
                "UPDATE articles SET record = ? WHERE id = ?",
                (json.dumps(record, ensure_ascii=False), r["id"]),
            )
        for (name, type_), (ids, n, surfaces) in counts.items():
            aliases = sorted(surfaces - {name})  # type: ignore[operator]
            conn.execute(
                "INSERT INTO entities VALUES (?, ?, NULL, ?, ?, ?)",
                (name, type_, json.dumps(aliases), len(ids), n),  # type: ignore[arg-type]
            )
            conn.executemany(
                "INSERT INTO aliases VALUES (?, ?, ?)", [(a, name, type_) for a in aliases]
            )
        for i, (aid, date, text, participants) in enumerate(sorted(events, key=lambda e: e[1])):
            conn.execute(
                "INSERT INTO timeline VALUES (?, ?, 'day', ?, ?, 0, ?, 1)",
                (i, date, text, json.dumps(participants), json.dumps([[aid, text]])),
            )
        labels = {"s-pelabuhan": "Pelabuhan Teluk Sampit", "s-bandung": "Kota Bandung"}
        for sid, ids in stories_of.items():
            dates = sorted(
                d
                for (d,) in conn.execute(
                    f"SELECT published FROM articles WHERE id IN ({','.join('?' * len(ids))}) "
                    "AND published IS NOT NULL",
                    ids,
                )
            )
            first = conn.execute("SELECT text FROM articles WHERE id = ?", (ids[0],)).fetchone()
            summary = [{"text": first[0].split("\n\n")[0], "article_id": ids[0], "position": 0}]
            conn.execute(
                "INSERT INTO stories VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    sid,
                    labels[sid],
                    dates[0] if dates else None,
                    dates[-1] if dates else None,
                    json.dumps(ids),
                    json.dumps(["example"]),
                    json.dumps(summary),
                    json.dumps(["dermaga"]),
                    json.dumps(["Sampit"]),
                ),
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


#: An article written to attack the pages: markup in the title and body, a javascript:
#: URL, and a quote that tries to break out of an attribute.
HOSTILE_QUOTE = 'Kami tambah stok "><svg onload=alert(1)> bila perlu'
HOSTILE_TEXT = f"""Warga Serbu Pasar <script>alert(1)</script> Murah di Cirebon

CIREBON - Ratusan warga memadati pasar murah di alun-alun Kota Cirebon, Jawa Barat, \
Selasa (5/3/2024), sejak pagi hari. <img src=x onerror=alert(1)> Panitia menyediakan beras, \
minyak goreng, dan gula dengan harga di bawah pasar.

Kepala Dinas Perdagangan setempat, Budi Santoso, mengatakan stok barang cukup untuk tiga \
hari. "{HOSTILE_QUOTE}," kata Budi. Baca <a href="javascript:alert(1)">di sini</a> atau \
javascript:alert(1) dan https://contoh.example.id/pasar.

Pasar murah ini digelar menjelang bulan puasa untuk menahan kenaikan harga bahan pokok di \
daerah tersebut. Warga diminta membawa kartu identitas.
"""
HOSTILE_JSONL = (
    json.dumps(
        {
            "text": HOSTILE_TEXT,
            "url": "javascript:alert(1)",
            "title": "Pasar <script>alert(1)</script> Murah",
        },
        ensure_ascii=False,
    ).encode()
    + b"\n"
)


def add_hostile_quote(db: Path, article_id: str) -> None:
    """Record the hostile quote (and a mention) for ``article_id``, as the quote and
    entity stages would, so the quote renders on every page that lists quotes."""
    conn = sqlite3.connect(db)
    text = conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
    start = text.index(HOSTILE_QUOTE)
    end = start + len(HOSTILE_QUOTE)
    who = text.index("Budi Santoso")
    with conn:
        conn.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
        conn.execute(
            "INSERT INTO quotes VALUES (?, 0, ?, ?, NULL, 'direct', 'kata', 2, ?, ?)",
            (article_id, HOSTILE_QUOTE, 'Budi "><svg onload=alert(1)>', start, end),
        )
        conn.execute(
            "INSERT INTO mentions VALUES (?, ?, ?, 'Budi Santoso', 'PER', ?, NULL)",
            (article_id, who, who + 12, '"><img src=x onerror=alert(1)>'),
        )
        conn.execute(
            "INSERT OR REPLACE INTO entities VALUES (?, 'PER', NULL, ?, 1, 1)",
            ('"><img src=x onerror=alert(1)>', json.dumps(["<script>alert(1)</script>"])),
        )
    conn.close()


def wait_for_job(client: Any, response: Any, timeout: float = 120.0) -> dict[str, Any]:
    """The finished job of an upload ``response`` (202), polling its status URL.

    ``client`` is a TestClient or an ``httpx.Client``; returns the job once it is
    ``done`` or ``failed``.
    """
    import time

    assert response.status_code == 202, response.text
    url = response.json()["status_url"]
    assert response.headers["location"] == url
    deadline = time.monotonic() + timeout
    while True:
        job: dict[str, Any] = client.get(url).json()
        if job["status"] in ("done", "failed"):
            return job
        if time.monotonic() > deadline:
            raise AssertionError(f"job {url} still {job['status']} after {timeout} s")
        time.sleep(0.1)


@contextlib.contextmanager
def live_server(app: Any) -> Iterator[str]:
    """``http://127.0.0.1:PORT`` of uvicorn serving ``app`` in a thread (lifespan on).

    Binds 127.0.0.1 on a free port; stops the server (and so the upload worker) on exit.
    """
    import socket
    import threading
    import time

    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=60)


def held_corpus_step(
    conn: Any, seconds: Any, *, marker: str, hold: float, busy: bool = True, **kw: Any
) -> Any:
    """A corpus step that first holds the store's write lock for ``hold`` seconds (busy
    in Python, like the real step, when ``busy``), touching ``marker.holding`` when it
    has the lock and ``marker.released`` when it lets go; then the real step.

    Injected as ``UploadQueue.corpus_step`` (a module-level function, so it can run
    wherever the writer runs).
    """
    import time

    from warta.corpus.steps import run_corpus_steps
    from warta.store.db import transaction

    with transaction(conn):
        conn.execute("INSERT OR REPLACE INTO state(key, value) VALUES ('test-hold', '1')")
        Path(marker + ".holding").touch()
        end = time.monotonic() + hold
        while time.monotonic() < end:
            if busy:
                sum(i * i for i in range(1000))
            else:
                time.sleep(0.01)
    Path(marker + ".released").touch()
    return run_corpus_steps(conn, seconds, **kw)


def wait_for_file(path: str, timeout: float = 60.0) -> bool:
    """True once ``path`` exists (polling), False after ``timeout`` seconds."""
    import time

    deadline = time.monotonic() + timeout
    while not Path(path).exists():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True
