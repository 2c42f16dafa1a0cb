"""A fixture news server on 127.0.0.1: several fake Indonesian portals behind one port.

The server is an HTTP proxy as far as the crawler is concerned (``CrawlConfig(proxy=
portal.proxy)``): requests for ``http://kabarnusa.test/...`` arrive in absolute form and
are answered by the portal the ``Host`` names. No name ever resolves, nothing leaves
loopback, and the crawler sees real host names (politeness, robots.txt per host).

Pages can misbehave on purpose (:class:`Page`): ETags with 304 answers, gzip or br
bodies, ``fail`` (503 that many times, then 200), ``retry_after`` (one 429 with that
Retry-After, then 200), redirects, ``hang`` (headers, then a byte now and then, never
the whole body). Every request is logged (:attr:`Portal.log`) with its time, so tests
can assert what was and was not asked, and when.

:func:`news_portals` builds the fixture the crawl tests use (texts written for these
tests); :func:`generated_portals` builds the benchmark's thousands of pages.
"""

from __future__ import annotations

import gzip
import hashlib
import random
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


@dataclass
class Page:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: bool = True
    encoding: str | None = None  # "gzip" or "br": compressed when the client accepts it
    fail: int = 0  # answer 503 this many times first
    retry_after: float | None = None  # answer 429 with this Retry-After once first
    hang: bool = False  # never finish the body


@dataclass(frozen=True)
class Hit:
    at: float  # time.monotonic()
    host: str
    path: str  # with the query
    headers: dict[str, str]
    status: int
    peer: int = 0  # the client's port: one per connection, so tests can see reuse


class Portal:
    """The server: ``add(host, path, page)``, ``start()``, ``stop()``, ``log``.

    ``backlog`` is the listen queue. socketserver's default of 5 drops the SYNs of a
    crawler opening a few dozen connections at once, which the kernel retries only a
    second later: a stall that real web servers (backlogs in the hundreds) do not cause.
    """

    def __init__(self, backlog: int = 128) -> None:
        self.backlog = backlog
        self.sites: dict[str, dict[str, Page]] = {}
        self.log: list[Hit] = []
        self.lock = threading.Lock()
        self.counts: dict[tuple[str, str], int] = {}
        self.stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def add(self, host: str, path: str, page: Page) -> None:
        self.sites.setdefault(host, {})[path] = page

    @property
    def proxy(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> Portal:
        portal = self

        class Handler(_Handler):
            pass

        class Server(ThreadingHTTPServer):
            request_queue_size = portal.backlog

        Handler.portal = portal
        self._server = Server(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> Portal:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def hits(self, host: str | None = None, path: str | None = None) -> list[Hit]:
        with self.lock:
            return [
                h
                for h in self.log
                if (host is None or h.host == host)
                and (path is None or h.path.split("?")[0] == path)
            ]

    def answer(self, host: str, path: str) -> Page | None:
        return self.sites.get(host, {}).get(path.split("?")[0])


class _Handler(BaseHTTPRequestHandler):
    portal: Portal
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        arrived = time.monotonic()
        target = urlsplit(self.path)
        host = (target.netloc or self.headers.get("Host", "")).lower()
        path = target.path + (f"?{target.query}" if target.query else "")
        portal = self.portal
        page = portal.answer(host, path)
        status, headers, body = self._respond(page, host, path)
        with portal.lock:
            portal.log.append(
                Hit(
                    arrived,
                    host,
                    path,
                    {k.lower(): v for k, v in self.headers.items()},
                    status,
                    self.client_address[1],
                )
            )
        if page is not None and page.hang and status == 200:
            self._hang(headers)
            return
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _respond(
        self, page: Page | None, host: str, path: str
    ) -> tuple[int, dict[str, str], bytes]:
        portal = self.portal
        if page is None:
            return 404, {"Content-Type": "text/html"}, b"<html><body>Tidak ditemukan</body></html>"
        key = (host, path.split("?")[0])
        with portal.lock:
            portal.counts[key] = seen = portal.counts.get(key, 0) + 1
        if seen <= page.fail:
            return 503, {"Content-Type": "text/html"}, b"<html><body>Sibuk</body></html>"
        if page.retry_after is not None and seen == 1:
            return 429, {"Retry-After": f"{page.retry_after:g}", "Content-Type": "text/plain"}, b""
        headers = {"Content-Type": page.content_type, **page.headers}
        if page.status != 200:
            return page.status, headers, page.body
        if page.etag:
            tag = '"' + hashlib.sha1(page.body).hexdigest()[:16] + '"'
            headers["ETag"] = tag
            if self.headers.get("If-None-Match") == tag:
                return 304, {"ETag": tag}, b""
        body = page.body
        accepted = self.headers.get("Accept-Encoding", "")
        if page.encoding == "gzip" and "gzip" in accepted:
            body, headers["Content-Encoding"] = gzip.compress(body), "gzip"
        elif page.encoding == "br" and "br" in accepted:
            import brotli

            body, headers["Content-Encoding"] = brotli.compress(body), "br"
        return 200, headers, body

    def _hang(self, headers: dict[str, str]) -> None:
        self.send_response(200)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", "1000000")
        self.end_headers()
        try:
            for _ in range(600):
                if self.portal.stopping.wait(0.05):
                    break
                self.wfile.write(b" ")
                self.wfile.flush()
        except OSError:
            pass
        self.close_connection = True


# -- the fixture the tests crawl ----------------------------------------------------------

KABAR = "kabarnusa.test"
HARIAN = "harianpesisir.test"
SUARA = "suaratimur.test"


@dataclass(frozen=True)
class Story:
    slug: str
    date: str  # YYYY-MM-DD
    title: str
    paragraphs: tuple[str, ...]


#: Articles written for these tests (fictional events, places real).
STORIES: dict[str, Story] = {
    "banjir": Story(
        "banjir-rendam-tiga-kecamatan-di-garut",
        "2026-11-24",
        "Banjir Rendam Tiga Kecamatan di Garut, Ratusan Warga Mengungsi",
        (
            "GARUT — Banjir merendam tiga kecamatan di Kabupaten Garut, Jawa Barat, setelah "
            "hujan deras mengguyur kawasan hulu Sungai Cimanuk sejak Minggu malam. Ketinggian "
            "air di permukiman warga mencapai satu meter.",
            "Kepala Pelaksana Badan Penanggulangan Bencana Daerah Garut, Rudi Hartawan, "
            "mengatakan sedikitnya 640 warga mengungsi ke balai desa dan masjid terdekat. "
            "\"Kami menyiagakan perahu karet dan dapur umum di setiap titik pengungsian,\" "
            "kata Rudi, Senin (24/11/2026).",
            "Menurut Rudi, air mulai surut pada Senin siang, tetapi warga diminta tetap "
            "waspada karena hujan diperkirakan turun lagi hingga akhir pekan.",
            "Dinas Sosial Garut menyalurkan selimut, beras, dan air bersih ke lokasi "
            "pengungsian. Sejumlah sekolah di Kecamatan Tarogong Kidul diliburkan sementara.",
        ),
    ),
    "cabai": Story(
        "harga-cabai-rawit-di-medan-tembus-rp90-ribu",
        "2026-11-25",
        "Harga Cabai Rawit di Medan Tembus Rp90 Ribu per Kilogram",
        (
            "MEDAN — Harga cabai rawit di pasar tradisional Kota Medan naik tajam dalam "
            "sepekan terakhir dan kini mencapai Rp90.000 per kilogram.",
            "Pedagang di Pasar Sukaramai, Lestari Siregar, mengatakan pasokan dari Karo dan "
            "Batubara berkurang karena banyak tanaman rusak diserang hama. \"Pembeli "
            "sekarang hanya berani beli seperempat kilo,\" ujarnya, Selasa (25/11/2026).",
            "Dinas Perdagangan Sumatera Utara berencana menggelar operasi pasar di lima "
            "kecamatan untuk menahan kenaikan harga menjelang akhir tahun.",
            "Badan Pusat Statistik mencatat cabai rawit menjadi salah satu penyumbang "
            "inflasi terbesar di provinsi itu pada bulan lalu.",
        ),
    ),
    "layang": Story(
        "festival-layang-layang-sanur-diikuti-peserta-dari-12-negara",
        "2026-11-26",
        "Festival Layang-Layang Sanur Diikuti Peserta dari 12 Negara",
        (
            "DENPASAR — Ratusan layang-layang raksasa memenuhi langit Pantai Padang Galak, "
            "Sanur, pada hari pertama festival layang-layang internasional, Rabu "
            "(26/11/2026).",
            "Ketua panitia, Made Wirawan, menyebut peserta datang dari 12 negara, antara "
            "lain Jepang, Malaysia, Belanda, dan Selandia Baru. Layang-layang tradisional "
            "Bali jenis bebean dan janggan tetap menjadi yang terbanyak.",
            "\"Festival ini kami harapkan menambah kunjungan wisatawan di luar musim "
            "liburan,\" kata Made.",
            "Panitia menyiapkan kantong parkir di tiga lokasi dan meminta penonton "
            "menggunakan angkutan umum karena jalan menuju pantai sempit.",
        ),
    ),
    "jembatan": Story(
        "jembatan-mahakam-ulu-ditutup-sepekan-untuk-perbaikan",
        "2026-11-27",
        "Jembatan Mahakam Ulu Ditutup Sepekan untuk Perbaikan",
        (
            "SAMARINDA — Jembatan Mahakam Ulu di Samarinda, Kalimantan Timur, ditutup untuk "
            "kendaraan roda empat selama sepekan mulai Kamis (27/11/2026) karena perbaikan "
            "sambungan lantai jembatan.",
            "Kepala Dinas Pekerjaan Umum Kota Samarinda, Hendra Saputra, mengatakan "
            "pengendara diarahkan melewati Jembatan Mahkota II. Sepeda motor masih boleh "
            "melintas pada pagi dan sore hari.",
            "Hendra memperkirakan kemacetan di Jalan Slamet Riyadi bertambah selama "
            "perbaikan. Petugas gabungan akan berjaga di empat simpang utama.",
            "Perbaikan dibiayai anggaran perubahan tahun ini senilai Rp4,2 miliar.",
        ),
    ),
    "voli": Story(
        "tim-voli-putri-jawa-tengah-juarai-kejurnas-junior",
        "2026-11-28",
        "Tim Voli Putri Jawa Tengah Juarai Kejurnas Junior",
        (
            "SEMARANG — Tim voli putri Jawa Tengah menjuarai Kejuaraan Nasional Junior "
            "setelah mengalahkan Jawa Timur 3-1 pada partai final di GOR Jatidiri, Jumat "
            "(28/11/2026).",
            "Pelatih Jawa Tengah, Sri Wahyuni, memuji ketenangan para pemainnya yang "
            "sempat tertinggal pada set pertama. \"Anak-anak tidak panik dan tetap "
            "mengikuti rencana permainan,\" ujarnya seusai laga.",
            "Pemain sayap Nadia Putri terpilih sebagai pemain terbaik turnamen dengan "
            "raihan 87 poin sepanjang kejuaraan.",
            "Tim juara berhak mewakili Indonesia pada kejuaraan junior Asia Tenggara tahun "
            "depan.",
        ),
    ),
    "kupang": Story(
        "perpustakaan-keliling-sambangi-sekolah-di-pelosok-kupang",
        "2026-11-29",
        "Perpustakaan Keliling Sambangi Sekolah di Pelosok Kupang",
        (
            "KUPANG — Dua mobil perpustakaan keliling mulai menyambangi sekolah dasar di "
            "desa-desa terpencil Kabupaten Kupang, Nusa Tenggara Timur, Sabtu (29/11/2026).",
            "Kepala Dinas Perpustakaan Kabupaten Kupang, Yohanes Bria, mengatakan setiap "
            "mobil membawa sekitar 1.500 buku cerita anak dan buku pelajaran. Jadwal "
            "kunjungan dibuat dua pekan sekali untuk setiap sekolah.",
            "Guru SD Inpres Oelnasi, Maria Tefa, menyebut murid-muridnya jarang memegang "
            "buku selain buku paket. \"Mereka langsung berebut buku bergambar,\" katanya.",
            "Program itu didanai bersama pemerintah kabupaten dan sebuah yayasan literasi "
            "di Kupang.",
        ),
    ),
    "kereta": Story(
        "uji-coba-kereta-makassar-parepare-diperpanjang",
        "2026-11-30",
        "Uji Coba Kereta Makassar-Parepare Diperpanjang Hingga Januari",
        (
            "MAKASSAR — Uji coba operasi kereta api lintas Makassar–Parepare diperpanjang "
            "hingga Januari 2027 karena dua stasiun belum selesai dibangun.",
            "Kepala Balai Pengelola Kereta Api Sulawesi Selatan, Andi Mappanyukki, "
            "mengatakan penumpang tetap dapat naik kereta secara gratis selama masa uji "
            "coba. Kereta berangkat empat kali sehari dari Stasiun Mandai.",
            "Menurut Andi, jumlah penumpang rata-rata mencapai 2.300 orang per hari pada "
            "akhir pekan. \"Animo warga jauh melampaui perkiraan kami,\" ujarnya, Minggu "
            "(30/11/2026).",
            "Tarif resmi akan diumumkan setelah seluruh stasiun beroperasi.",
        ),
    ),
    "rahasia": Story(
        "catatan-internal-redaksi",
        "2026-11-30",
        "Catatan Internal Redaksi yang Tidak Untuk Mesin",
        (
            "JAKARTA — Halaman ini berada di jalur yang dilarang robots.txt dan tidak boleh "
            "pernah diminta oleh perayap mana pun.",
            "Jika perayap memintanya, uji akan gagal karena log server mencatat setiap "
            "permintaan yang datang ke jalur ini.",
        ),
    ),
}


def article_html(site: str, story: Story, *, note: str | None = None) -> bytes:
    """An article page in the shape the cleaner reads (og: metadata, <article>)."""
    paragraphs = "\n".join(f"<p>{p}</p>" for p in story.paragraphs)
    if note:
        paragraphs += f"\n<p>{note}</p>"
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>{story.title} | {site}</title>
<meta property="og:title" content="{story.title}">
<meta property="article:published_time" content="{story.date}T09:00:00+07:00">
<meta property="og:site_name" content="{site}">
</head>
<body>
<nav><a href="/">Beranda</a> <a href="/kanal/nasional">Nasional</a> <a href="/login">Masuk</a></nav>
<article>
<h1>{story.title}</h1>
<p class="byline">Penulis: Redaksi {site}</p>
{paragraphs}
</article>
<footer><p>© 2026 {site}. Hak cipta dilindungi undang-undang.</p></footer>
</body>
</html>
""".encode()


def _path(story: Story) -> str:
    y, m, d = story.date.split("-")
    return f"/berita/{y}/{m}/{d}/{story.slug}"


def rss(host: str, items: list[tuple[str, str, str]]) -> bytes:
    entries = "\n".join(
        f"<item><title>{t}</title><link>http://{host}{p}</link><pubDate>{d}</pubDate></item>"
        for t, p, d in items
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>{host}</title><link>http://{host}/</link>
{entries}
</channel></rss>""".encode()


def atom(host: str, items: list[tuple[str, str, str]]) -> bytes:
    entries = "\n".join(
        f'<entry><title>{t}</title><link href="http://{host}{p}"/><id>tag:{host},{p}</id>'
        f"<updated>{d}</updated></entry>"
        for t, p, d in items
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>{host}</title><id>tag:{host}</id>
<updated>2026-11-30T00:00:00Z</updated>
{entries}
</feed>""".encode()


def sitemap_index(host: str, maps: list[str]) -> bytes:
    items = "".join(f"<sitemap><loc>http://{host}{m}</loc></sitemap>" for m in maps)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}'
        "</sitemapindex>"
    ).encode()


def news_sitemap(host: str, items: list[tuple[str, str, str]]) -> bytes:
    urls = "".join(
        f"<url><loc>http://{host}{p}</loc><news:news><news:publication>"
        f"<news:name>{host}</news:name><news:language>id</news:language>"
        f"</news:publication><news:publication_date>{d}</news:publication_date>"
        f"<news:title>{t}</news:title></news:news></url>"
        for t, p, d in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        f"{urls}</urlset>"
    ).encode()


def section_html(links: list[str]) -> bytes:
    anchors = "\n".join(f'<li><a href="{href}">{href.rsplit("/", 1)[-1]}</a></li>' for href in links)
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Nasional</title>
</head><body><nav><a href="/">Beranda</a> <a href="/kanal/nasional">Nasional</a>
<a href="/tag/banjir">#banjir</a> <a href="/indeks">Indeks</a> <a href="/login">Masuk</a></nav>
<ul>{anchors}</ul><footer>© 2026</footer></body></html>""".encode()


@dataclass(frozen=True)
class Fixture:
    """What :func:`news_portals` serves, for the assertions."""

    #: Article paths the crawler may and should store, per host (the redirect target
    #: and the page answering 503 twice included; the hanging page not).
    allowed: dict[str, list[str]]
    disallowed: str  # the path robots.txt forbids (on KABAR)
    flaky: str  # 503 twice, then 200 (KABAR)
    busy: str  # 429 Retry-After once (KABAR)
    redirect_from: str  # KABAR: -> /pindah/1 -> the target
    redirect_to: str
    slow: str  # never finishes (KABAR)
    syndicated: str  # the copy on HARIAN of KABAR's banjir story
    retry_after: float


def news_portals(*, crawl_delay: float = 0.05, retry_after: float = 1.0) -> tuple[Portal, Fixture]:
    """The test fixture: three portals (see the module docstring)."""
    portal = Portal()
    s = STORIES
    # -- kabarnusa.test: RSS (gzip), robots.txt with a disallowed path and a crawl-delay
    kabar_items = [s["banjir"], s["cabai"], s["layang"]]
    flaky = "/berita/2026/11/30/pemadaman-listrik-bergilir-di-ambon"
    busy = "/berita/2026/11/30/antrean-bbm-mengular-di-pontianak"
    slow = "/berita/2026/11/30/halaman-yang-tidak-pernah-selesai"
    redirect_from = "/lama/berita-kereta"
    redirect_to = _path(s["kereta"])
    disallowed = "/privat/" + s["rahasia"].slug
    for story in kabar_items:
        portal.add(KABAR, _path(story), Page(article_html("KabarNusa", story), encoding="gzip"))
    flaky_story = Story(
        "pemadaman-listrik-bergilir-di-ambon", "2026-11-30",
        "Pemadaman Listrik Bergilir di Ambon Berakhir Pekan Depan",
        (
            "AMBON — Pemadaman listrik bergilir yang melanda Kota Ambon sejak awal bulan "
            "dijadwalkan berakhir pekan depan setelah mesin pembangkit baru tiba.",
            "Manajer unit pelaksana setempat, Jonas Latuconsina, mengatakan dua mesin "
            "berkapasitas 10 megawatt sudah dibongkar di Pelabuhan Yos Sudarso. \"Uji "
            "sinkronisasi butuh tiga hari,\" katanya, Minggu (30/11/2026).",
            "Warga mengeluhkan pemadaman yang berlangsung hingga enam jam sehari dan "
            "mengganggu usaha kecil di pusat kota.",
        ),
    )
    busy_story = Story(
        "antrean-bbm-mengular-di-pontianak", "2026-11-30",
        "Antrean BBM Mengular di Pontianak Akibat Kapal Tanker Terlambat",
        (
            "PONTIANAK — Antrean kendaraan di sejumlah stasiun pengisian bahan bakar di "
            "Pontianak, Kalimantan Barat, mengular hingga ratusan meter sejak Sabtu.",
            "Juru bicara pemasok bahan bakar wilayah Kalimantan, Dimas Pratama, mengatakan "
            "kapal tanker pengangkut solar terlambat dua hari karena gelombang tinggi di "
            "Laut Natuna. \"Pasokan normal kembali paling lambat Selasa,\" ujarnya.",
            "Polisi menempatkan petugas di setiap stasiun pengisian untuk mengatur lalu "
            "lintas dan mencegah pembelian dengan jeriken.",
        ),
    )
    portal.add(KABAR, flaky, Page(article_html("KabarNusa", flaky_story), fail=2))
    portal.add(KABAR, busy, Page(article_html("KabarNusa", busy_story), retry_after=retry_after))
    portal.add(KABAR, slow, Page(article_html("KabarNusa", s["rahasia"]), hang=True))
    portal.add(KABAR, disallowed, Page(article_html("KabarNusa", s["rahasia"])))
    portal.add(KABAR, redirect_from, Page(status=301, headers={"Location": "/pindah/1"}))
    portal.add(
        KABAR, "/pindah/1",
        Page(status=302, headers={"Location": f"http://{KABAR}{redirect_to}?utm_source=lama"}),
    )
    portal.add(KABAR, redirect_to, Page(article_html("KabarNusa", s["kereta"])))
    feed_items = [(st.title, _path(st) + "?utm_source=rss&utm_medium=feed", st.date)
                  for st in kabar_items]
    feed_items += [
        ("Pemadaman listrik", flaky, "2026-11-30"),
        ("Antrean BBM", busy, "2026-11-30"),
        ("Halaman lambat", slow, "2026-11-30"),
        ("Rahasia", disallowed, "2026-11-30"),
        ("Kereta", redirect_from, "2026-11-30"),
        # the same article again, as its AMP and mobile variants
        (s["banjir"].title, _path(s["banjir"]) + "/amp", s["banjir"].date),
    ]
    portal.add(KABAR, "/rss.xml", Page(rss(KABAR, feed_items), "application/rss+xml",
                                       encoding="gzip"))
    portal.add(
        KABAR, "/robots.txt",
        Page(
            f"User-agent: *\nDisallow: /privat/\nCrawl-delay: {crawl_delay:g}\n".encode(),
            "text/plain",
        ),
    )
    portal.add(
        KABAR, "/",
        Page(
            b'<!DOCTYPE html><html><head><title>KabarNusa</title><link rel="alternate" '
            b'type="application/rss+xml" href="/rss.xml"></head><body>Beranda</body></html>'
        ),
    )
    # -- harianpesisir.test: Atom (br), a sitemap index with a Google News sitemap, a
    # section page, and the syndicated copy of KabarNusa's flood story
    harian_items = [s["jembatan"], s["voli"]]
    syndicated = "/berita/2026/11/24/banjir-garut-ratusan-warga-mengungsi"
    for story in harian_items:
        portal.add(HARIAN, _path(story), Page(article_html("Harian Pesisir", story),
                                              encoding="br"))
    portal.add(
        HARIAN, syndicated,
        Page(article_html("Harian Pesisir", s["banjir"], note="Sumber: KabarNusa")),
    )
    portal.add(HARIAN, "/atom.xml", Page(
        atom(HARIAN, [(st.title, _path(st), st.date + "T08:00:00Z") for st in harian_items]),
        "application/atom+xml", encoding="br",
    ))
    portal.add(HARIAN, "/sitemap_index.xml", Page(
        sitemap_index(HARIAN, ["/sitemap-news.xml"]), "application/xml"
    ))
    portal.add(HARIAN, "/sitemap-news.xml", Page(
        news_sitemap(HARIAN, [(s["banjir"].title, syndicated, "2026-11-24T10:00:00+07:00"),
                              (s["voli"].title, _path(s["voli"]), s["voli"].date)]),
        "application/xml",
    ))
    portal.add(HARIAN, "/", Page(b"<!DOCTYPE html><html><body>Beranda</body></html>"))
    portal.add(HARIAN, "/robots.txt", Page(
        f"User-agent: *\nAllow: /\nSitemap: http://{HARIAN}/sitemap_index.xml\n".encode(),
        "text/plain",
    ))
    # -- suaratimur.test: a section page only (no robots.txt: 404, everything allowed)
    timur = [s["kupang"]]
    for story in timur:
        portal.add(SUARA, _path(story), Page(article_html("Suara Timur", story)))
    portal.add(SUARA, "/kanal/nasional", Page(section_html(
        [_path(st) for st in timur] + [f"http://m.{SUARA}{_path(s['kupang'])}?fbclid=abc",
                                       f"http://{KABAR}{_path(s['cabai'])}"]
    )))
    allowed = {
        KABAR: [_path(st) for st in kabar_items] + [flaky, busy, redirect_to],
        HARIAN: [_path(st) for st in harian_items] + [syndicated],
        SUARA: [_path(st) for st in timur],
    }
    return portal, Fixture(
        allowed=allowed, disallowed=disallowed, flaky=flaky, busy=busy,
        redirect_from=redirect_from, redirect_to=redirect_to, slow=slow,
        syndicated=syndicated, retry_after=retry_after,
    )


# -- the benchmark's generated portals ----------------------------------------------------

_WORDS = (
    "pemerintah daerah warga kota desa pasar harga jalan sekolah rumah sakit banjir hujan "
    "pelabuhan kapal kereta petani nelayan panen beras cabai listrik air bersih anggaran "
    "gubernur bupati wali kota polisi pengadilan saksi festival pantai wisata turis gempa "
    "relawan bantuan pengungsi perbaikan jembatan proyek pekerja buruh upah pabrik ekspor "
    "sawit kopi kakao laut pulau bandara penerbangan tiket penumpang mahasiswa kampus guru"
).split()
_PLACES = ("Medan", "Padang", "Palembang", "Bandung", "Semarang", "Surabaya", "Denpasar",
           "Mataram", "Kupang", "Pontianak", "Banjarmasin", "Makassar", "Manado", "Ambon",
           "Jayapura", "Ternate", "Kendari", "Jambi", "Bengkulu", "Serang")


def generated_article(host: str, n: int) -> tuple[str, bytes, str]:
    """``(path, html, title)`` of synthetic article ``n`` of ``host`` (deterministic)."""
    rng = random.Random(f"{host}/{n}")
    place = rng.choice(_PLACES)
    title = f"{place}: " + " ".join(rng.choice(_WORDS) for _ in range(7)).capitalize()
    day = 1 + n % 28
    paragraphs = []
    for i in range(5):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(25, 45))]
        lead = f"{place.upper()} — " if i == 0 else ""
        paragraphs.append(lead + " ".join(words).capitalize() + ".")
    story = Story(f"artikel-{n}", f"2026-11-{day:02d}", title, tuple(paragraphs))
    return f"/berita/2026/11/{day:02d}/artikel-{n}", article_html(host, story), title


def generated_portals(hosts: int = 20, pages: int = 10_000, feeds_per_host: int = 5) -> Portal:
    """``hosts`` portals with ``pages`` article pages in all, each host with a sitemap of
    its pages and ``feeds_per_host`` RSS feeds (the last 20 pages each)."""
    portal = Portal()
    per_host = pages // hosts
    for h in range(hosts):
        host = f"portal{h:02d}.test"
        items = []
        for n in range(per_host):
            path, html, title = generated_article(host, n)
            portal.add(host, path, Page(html))
            items.append((title, path, "2026-11-30"))
        portal.add(host, "/sitemap.xml", Page(news_sitemap(host, items), "application/xml"))
        for f in range(feeds_per_host):
            chunk = items[f * 20 : (f + 1) * 20]
            portal.add(host, f"/rss/{f}.xml", Page(rss(host, chunk), "application/rss+xml"))
        portal.add(host, "/robots.txt", Page(b"User-agent: *\nAllow: /\n", "text/plain"))
    return portal
