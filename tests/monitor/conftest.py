"""Documents written here (dated Indonesian news in JSONL), a local webhook receiver on
127.0.0.1, and builds that never embed (fast, deterministic)."""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import EXAMPLES

#: First build: an earthquake report naming BMKG's head, a market report.
BATCH_A = [
    {
        "url": "https://warta-uji.example/2024/05/01/gempa-maluku",
        "title": "Gempa Magnitudo 5,2 Guncang Maluku Tengah",
        "published": "2024-05-01",
        "text": "Gempa bermagnitudo 5,2 mengguncang Kabupaten Maluku Tengah pada Rabu pagi. "
        "Kepala Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Dwikorita Karnawati "
        "mengatakan gempa tidak berpotensi tsunami.\n\n\"Warga diminta tetap tenang dan "
        "menjauhi bangunan yang retak,\" kata Dwikorita di Jakarta.\n\nBadan "
        "Penanggulangan Bencana Daerah mencatat puluhan rumah rusak ringan.",
    },
    {
        "url": "https://warta-uji.example/2024/05/02/harga-cabai",
        "title": "Harga Cabai Rawit Turun di Pasar Induk",
        "published": "2024-05-02",
        "text": "Harga cabai rawit di Pasar Induk Kramat Jati turun menjadi Rp 40.000 per "
        "kilogram pada Kamis. Pedagang bernama Slamet Riyadi mengatakan pasokan dari Jawa "
        "Tengah melimpah.\n\n\"Pembeli mulai ramai lagi,\" ujar Slamet.\n\nPemerintah "
        "provinsi memantau harga menjelang hari raya.",
    },
]
#: Second build: two flood reports (one naming Dwikorita), a coffee festival.
BATCH_B = [
    {
        "url": "https://warta-uji.example/2024/05/03/banjir-kendari",
        "title": "Banjir Rendam Ratusan Rumah di Kendari",
        "published": "2024-05-03",
        "text": "Banjir merendam ratusan rumah di Kota Kendari setelah hujan deras sejak "
        "Kamis malam. Kepala BMKG Dwikorita Karnawati mengingatkan hujan lebat masih akan "
        "turun hingga akhir pekan.\n\n\"Masyarakat di bantaran sungai harus waspada,\" kata "
        "Dwikorita.\n\nPetugas mengevakuasi warga ke masjid dan sekolah terdekat.",
    },
    {
        "url": "https://warta-uji.example/2024/05/03/festival-kopi",
        "title": "Festival Kopi Nusantara Digelar di Bandung",
        "published": "2024-05-03",
        "text": "Festival Kopi Nusantara digelar di Kota Bandung mulai Jumat dengan diikuti "
        "80 peserta dari berbagai daerah. Ketua panitia Andi Pratama mengatakan festival ini "
        "mempertemukan petani dan pemilik kedai.\n\n\"Kami ingin kopi lokal dikenal lebih "
        "luas,\" ujar Andi.\n\nPengunjung dapat mencicipi kopi dari Aceh hingga Papua.",
    },
    {
        "url": "https://warta-uji.example/2024/05/04/banjir-surut",
        "title": "Banjir di Kendari Mulai Surut",
        "published": "2024-05-04",
        "text": "Banjir yang merendam Kota Kendari mulai surut pada Sabtu. Wali Kota Kendari "
        "Siska Karina Imran mengatakan warga sudah bisa kembali ke rumah.\n\n\"Kami "
        "membersihkan lumpur bersama warga,\" kata Siska.\n\nDinas Kesehatan membuka posko "
        "layanan di tiga kelurahan.",
    },
]
#: An article without any date (trends count it apart).
UNDATED = {
    "url": "https://warta-uji.example/catatan-redaksi",
    "title": "Catatan Redaksi tentang Kopi",
    "text": "Redaksi menerima banyak surat pembaca tentang kopi lokal. Andi Pratama menulis "
    "bahwa kedai kecil perlu dukungan.\n\nSurat-surat itu akan dimuat bergantian.",
}


def write_batch(folder: Path, name: str, docs: list[dict[str, Any]], *examples: str) -> Path:
    """A folder holding ``docs`` as ``name``.jsonl plus copies of ``examples`` files."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    (folder / f"{name}.jsonl").write_text(lines, encoding="utf-8")
    for example in examples:
        shutil.copy(EXAMPLES / example, folder / example)
    return folder


def build(db: Path, *inputs: Path) -> dict[str, Any]:
    from warta.pipeline import build as run_build

    report = run_build([str(i) for i in inputs], db, embeddings=False)
    assert report.ok
    return dict(report.stats)


class Receiver:
    """A webhook receiver on 127.0.0.1: records each POSTed JSON body and answers
    ``status``."""

    def __init__(self, status: int = 200) -> None:
        self.status = status
        self.bodies: list[dict[str, Any]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                size = int(self.headers.get("Content-Length", "0"))
                receiver.bodies.append(json.loads(self.rfile.read(size)))
                self.send_response(receiver.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()
