"""Benchmark reads while an upload is written: read latency before and during an upload.

    python bench/bench_upload_reads.py --db bench/out/bench.db [--seconds 5] [--readers 4]

Starts ``warta serve`` in a subprocess (so the client does not share the server's GIL)
on a copy of the store, warms a fixed mix of reads (article list, an article, search,
stats, dashboard), then reads them in a loop (``--readers`` threads at once, each read
over a fresh connection) while one 3 KB article is uploaded (``POST /api/v1/documents``;
a 202 answer is followed to its job's end). Prints the read latency p50/p95/max before
and during the upload, and how long the upload took. To compare with another version,
run it with ``PYTHONPATH`` pointing at that version's ``src``. Build the store first
with ``python bench/bench_build.py``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

TEXT = """Banjir Rendam Ratusan Rumah di Kabupaten Bandung

BANDUNG — Banjir merendam ratusan rumah warga di Kecamatan Dayeuhkolot dan Baleendah,
Kabupaten Bandung, Jawa Barat, Selasa (12/3/2024), setelah hujan deras mengguncur
kawasan itu sejak Senin malam. Ketinggian air mencapai satu meter di beberapa titik.

Kepala Pelaksana Badan Penanggulangan Bencana Daerah Kabupaten Bandung, Uka Suska,
mengatakan sedikitnya 412 rumah terendam. "Kami sudah mendirikan dua dapur umum dan
menyiagakan perahu karet untuk mengevakuasi warga lanjut usia," kata Uka di Soreang.

Menurut dia, luapan Sungai Citarum menjadi penyebab utama banjir tahunan tersebut.
Pemerintah daerah bersama Balai Besar Wilayah Sungai Citarum tengah menormalisasi
aliran sungai, namun pekerjaan itu baru rampung sekitar 60 persen.

Warga Dayeuhkolot, Siti Rohmah (45), mengaku sudah tiga kali mengungsi sejak awal
tahun. "Barang-barang sudah kami naikkan ke lantai dua, tapi kalau airnya naik lagi
kami tidak tahu harus ke mana," ujarnya.

Badan Meteorologi, Klimatologi, dan Geofisika memperkirakan hujan dengan intensitas
sedang hingga lebat masih akan turun di wilayah Bandung Raya hingga akhir pekan.
Masyarakat diminta mewaspadai banjir dan tanah longsor, terutama di daerah aliran
sungai dan lereng perbukitan.
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def summary(values: list[float]) -> str:
    if not values:
        return "no reads"
    ms = sorted(v * 1000 for v in values)
    p95 = ms[min(len(ms) - 1, int(0.95 * len(ms)))]
    return f"n={len(ms)} p50 {statistics.median(ms):.0f} ms, p95 {p95:.0f} ms, max {ms[-1]:.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=Path("bench/out/bench.db"))
    parser.add_argument("--seconds", type=float, default=5.0, help="baseline reading time")
    parser.add_argument("--readers", type=int, default=4, help="concurrent reading threads")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="warta-upload-bench-"))
    db = work / "store.db"
    source = sqlite3.connect(args.db)
    target = sqlite3.connect(db)
    source.backup(target)
    source.close()
    target.close()
    aid = sqlite3.connect(db).execute("SELECT id FROM articles LIMIT 1").fetchone()[0]
    port = free_port()
    command = [sys.executable, "-c", "from warta.cli.main import main; main()"]
    server = subprocess.Popen(
        [*command, "serve", "--db", str(db), "--port", str(port)],
        env={k: v for k, v in os.environ.items() if k != "WARTA_TOKEN"},
    )
    base = f"http://127.0.0.1:{port}"
    paths = [
        "/api/v1/articles?limit=20",
        f"/api/v1/articles/{aid}",
        "/api/v1/search?q=presiden",
        "/api/v1/stats",
        "/",
    ]
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(base + "/api/v1/stats", timeout=5)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        for path in paths * 2:
            httpx.get(base + path, timeout=60)
        reads: list[tuple[float, float]] = []  # (start time, latency)
        stop = threading.Event()

        def reader(i: int) -> None:
            while not stop.is_set():
                with httpx.Client(base_url=base, timeout=120) as client:
                    t0 = time.perf_counter()
                    client.get(paths[i % len(paths)])
                    reads.append((t0, time.perf_counter() - t0))
                i += 1
                time.sleep(0.05)

        threads = [threading.Thread(target=reader, args=(i,)) for i in range(args.readers)]
        for thread in threads:
            thread.start()
        time.sleep(args.seconds)
        started = time.perf_counter()
        r = httpx.post(
            base + "/api/v1/documents",
            content=TEXT.encode(),
            params={"name": "bench-banjir.txt"},
            headers={"content-type": "text/plain"},
            timeout=600,
        )
        answered = time.perf_counter()
        if r.status_code == 202:
            url = base + r.json()["status_url"]
            while httpx.get(url, timeout=60).json()["status"] not in ("done", "failed"):
                time.sleep(0.1)
        finished = time.perf_counter()
        stop.set()
        for thread in threads:
            thread.join()
        before = [lat for t0, lat in reads if t0 + lat < started]
        during = [lat for t0, lat in reads if started <= t0 < finished]
        print(
            f"upload answered {r.status_code} in {answered - started:.2f} s; "
            f"written after {finished - started:.2f} s"
        )
        print(f"reads before the upload: {summary(before)}")
        print(f"reads during the upload: {summary(during)}")
    finally:
        server.terminate()
        server.wait(timeout=120)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
