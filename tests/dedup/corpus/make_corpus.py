"""Write the labelled copies corpus: ``pages/*.txt`` and ``labels.json``.

    python tests/dedup/corpus/make_corpus.py

Every text here was written for this corpus (no seed or gold text). Stories are told
as a news agency's wire copy; each portal page wraps a copy in its own chrome (header
date, menu, related-headline boxes in the middle or at the foot, share bar, footer) and
may rewrite the lead, cut the copy short or mix wire paragraphs with its own reporting.
``labels.json`` lists the labelled pairs: ``exact`` (same body, only chrome differs),
``near`` (same article, light edits: another lead, dateline, closing), ``contained`` (a
copy cut short), ``shares-passages`` (different articles sharing wire paragraphs, or a
template's standing sentences; never one duplicate group) and ``distinct`` (hard negatives: same topic another event, same
template other news, follow-ups, independent reports of one event).
"""

from __future__ import annotations

import json
import random
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent

# -- wire stories: title, paragraphs -----------------------------------------------------

FIRE = (
    "Kebakaran hanguskan ratusan kios di Pasar Sambu Medan",
    [
        "Kebakaran melanda Pasar Sambu di Kecamatan Medan Kota pada Minggu dini hari dan menghanguskan sedikitnya 320 kios pedagang pakaian dan kelontong.",
        "Kepala Dinas Pemadam Kebakaran Kota Medan, Ridwan Siregar, mengatakan api pertama kali terlihat sekitar pukul 02.15 WIB dari lantai dua gedung pasar.",
        "Sebanyak 24 unit mobil pemadam dikerahkan dan api baru dapat dipadamkan sekitar lima jam kemudian karena angin bertiup kencang dan gang di antara kios sempit.",
        "Tidak ada korban jiwa dalam peristiwa itu, tetapi dua petugas pemadam dirawat di rumah sakit karena menghirup asap.",
        "Polisi masih menyelidiki penyebab kebakaran. Dugaan sementara api berasal dari korsleting listrik di salah satu kios pakaian bekas.",
        "Para pedagang yang kehilangan barang dagangan meminta pemerintah kota segera menyediakan tempat berjualan sementara menjelang hari raya.",
        "Wali Kota Medan berjanji membangun pasar darurat di lahan parkir dalam dua pekan dan membebaskan retribusi bagi pedagang yang terdampak.",
    ],
)
KRL = (
    "Tarif KRL Jabodetabek naik Rp1.000 mulai bulan depan",
    [
        "Kementerian Perhubungan memastikan tarif dasar kereta rel listrik Jabodetabek naik Rp1.000 untuk 25 kilometer pertama mulai awal bulan depan.",
        "Direktur Jenderal Perkeretaapian, Hendro Wibisono, mengatakan kenaikan itu yang pertama dalam delapan tahun dan diperlukan untuk menutup biaya perawatan sarana.",
        "Dengan penyesuaian tersebut, tarif dasar menjadi Rp4.000, sedangkan tarif lanjutan tetap Rp1.000 untuk setiap 10 kilometer berikutnya.",
        "Pemerintah tetap memberikan subsidi melalui skema kewajiban pelayanan publik sehingga penumpang hanya membayar sebagian dari biaya sebenarnya.",
        "Sejumlah penumpang yang ditemui di Stasiun Manggarai mengaku keberatan karena kenaikan itu datang bersamaan dengan naiknya harga kebutuhan pokok.",
        "Lembaga konsumen meminta operator memperbaiki ketepatan jadwal dan kepadatan gerbong sebelum tarif baru diberlakukan.",
    ],
)
QUAKE = (
    "Gempa magnitudo 6,1 guncang Maluku Tengah, warga berhamburan",
    [
        "Gempa bumi bermagnitudo 6,1 mengguncang wilayah Maluku Tengah pada Selasa pagi dan membuat warga di sejumlah desa berhamburan keluar rumah.",
        "Badan Meteorologi, Klimatologi, dan Geofisika mencatat pusat gempa berada di laut pada kedalaman 18 kilometer, sekitar 40 kilometer arah timur laut Masohi.",
        "Kepala Pusat Gempa Bumi dan Tsunami BMKG, Darmawan Saputra, menyatakan gempa tidak berpotensi tsunami karena pergeseran patahan bersifat mendatar.",
        "Badan Penanggulangan Bencana Daerah setempat melaporkan sedikitnya 15 rumah rusak ringan dan satu gereja mengalami retak pada bagian dinding.",
        "Hingga siang hari tercatat 12 gempa susulan dengan kekuatan terbesar magnitudo 4,3. Warga diimbau menjauhi bangunan yang retak.",
        "Sebagian warga di pesisir memilih mengungsi ke perbukitan karena masih trauma dengan gempa dan tsunami yang melanda daerah itu beberapa tahun lalu.",
    ],
)
DRUGS = (
    "Bea Cukai Batam gagalkan penyelundupan 40 kilogram sabu",
    [
        "Petugas Bea dan Cukai Batam menggagalkan penyelundupan 40 kilogram sabu yang disembunyikan di dalam dinding palsu sebuah kapal kayu di perairan Pulau Galang.",
        "Kepala Kantor Bea Cukai Batam, Agus Wibowo, mengatakan kapal itu dicegat patroli laut pada Kamis malam setelah petugas menerima informasi dari masyarakat.",
        "Tiga awak kapal, seluruhnya warga negara Indonesia, ditangkap dan kini diserahkan kepada Badan Narkotika Nasional Provinsi Kepulauan Riau untuk penyidikan.",
        "Sabu tersebut diduga berasal dari Malaysia dan akan diedarkan di Batam serta sejumlah kota di Sumatera menjelang akhir tahun.",
        "Menurut Agus, jumlah itu setara dengan sekitar 200 ribu pemakaian sehingga penggagalan tersebut menyelamatkan banyak generasi muda.",
        "Para tersangka dijerat Undang-Undang Narkotika dengan ancaman hukuman mati atau penjara seumur hidup.",
    ],
)
FLOOD = (
    "Banjir bandang terjang Agam, puluhan rumah hanyut",
    [
        "Banjir bandang menerjang tiga nagari di Kabupaten Agam, Sumatera Barat, pada Jumat malam setelah hujan deras mengguyur kawasan lereng Gunung Marapi selama enam jam.",
        "Kepala Pelaksana BPBD Agam, Rahmat Hidayat, mengatakan sedikitnya 27 rumah hanyut dan 60 rumah lain rusak berat diterjang material lumpur dan batu.",
        "Empat warga dilaporkan meninggal dunia dan enam lainnya masih dalam pencarian tim SAR gabungan yang terdiri atas Basarnas, TNI, Polri dan relawan.",
        "Sekitar 800 warga mengungsi ke masjid dan sekolah terdekat. Pemerintah daerah mendirikan dapur umum dan posko kesehatan di dua lokasi.",
        "Jalan nasional yang menghubungkan Bukittinggi dan Padang terputus karena tertimbun material banjir setinggi dua meter.",
        "BMKG memperingatkan hujan dengan intensitas tinggi masih berpotensi turun di wilayah Sumatera Barat hingga sepekan ke depan.",
    ],
)
BI = (
    "Bank Indonesia tahan suku bunga acuan di 6 persen",
    [
        "Rapat Dewan Gubernur Bank Indonesia memutuskan mempertahankan suku bunga acuan BI-Rate di level 6 persen, sesuai perkiraan sebagian besar ekonom.",
        "Suku bunga deposit facility juga tetap 5,25 persen dan suku bunga lending facility 6,75 persen.",
        "Gubernur Bank Indonesia mengatakan keputusan itu konsisten dengan upaya menjaga stabilitas nilai tukar rupiah di tengah ketidakpastian pasar keuangan global.",
        "Bank sentral memperkirakan inflasi tetap terkendali dalam kisaran sasaran 1,5 sampai 3,5 persen hingga akhir tahun.",
        "Pertumbuhan kredit perbankan diperkirakan berada di kisaran 10 hingga 12 persen, didorong permintaan dari sektor perdagangan dan industri.",
        "Bank Indonesia juga akan memperkuat operasi moneter melalui penerbitan sekuritas rupiah untuk menarik aliran modal asing.",
    ],
)
FOOTBALL = (
    "Timnas U-23 tekuk Thailand 2-1 di semifinal",
    [
        "Tim nasional Indonesia U-23 melaju ke final Piala AFF U-23 setelah menekuk Thailand 2-1 di Stadion Rajamangala, Bangkok, Rabu malam.",
        "Indonesia tertinggal lebih dulu lewat sundulan pemain Thailand pada menit ke-20 memanfaatkan sepak pojok.",
        "Garuda Muda menyamakan kedudukan melalui tendangan bebas Rizky Pratama pada menit ke-55, sebelum Dimas Saputra mencetak gol kemenangan lima menit jelang laga usai.",
        "Pelatih timnas U-23 memuji mental para pemain yang tidak menyerah meski bermain di hadapan puluhan ribu pendukung tuan rumah.",
        "Di final, Indonesia akan menghadapi pemenang laga antara Vietnam dan Malaysia yang digelar Kamis malam.",
        "Kemenangan ini menjadi yang pertama bagi Indonesia atas Thailand di kelompok umur U-23 dalam empat tahun terakhir.",
    ],
)
POLIO = (
    "Pemerintah mulai vaksinasi polio massal di Jawa Timur",
    [
        "Kementerian Kesehatan memulai pekan imunisasi nasional polio di Jawa Timur dengan target 8,4 juta anak berusia di bawah delapan tahun.",
        "Langkah itu diambil setelah ditemukan dua kasus lumpuh layu akibat virus polio tipe 2 di Kabupaten Sampang dan Pamekasan dalam sebulan terakhir.",
        "Juru bicara Kementerian Kesehatan mengatakan vaksin tetes diberikan dua kali dengan jarak satu bulan di posyandu, puskesmas dan sekolah.",
        "Orang tua diminta tidak khawatir karena vaksin yang digunakan telah mendapat izin penggunaan darurat dan terbukti aman di sejumlah negara.",
        "Dinas kesehatan provinsi mengerahkan lebih dari 40 ribu tenaga vaksinator dan kader posyandu untuk menjangkau anak di daerah terpencil.",
        "Cakupan imunisasi rutin di beberapa kabupaten masih di bawah 80 persen, sehingga risiko penularan dinilai tinggi.",
    ],
)

# -- portal chrome -------------------------------------------------------------------------

RELATED = {
    "tribun": ("Baca Juga:", [
        "Viral Pengendara Motor Terobos Banjir di Jalan Sudirman",
        "Jadwal Lengkap Liga 1 Pekan Ini, Persib Tandang ke Bali",
        "Harga Cabai Rawit Melonjak Jelang Akhir Tahun",
    ]),
    "kompas": ("Artikel Terkait", [
        "Pemprov Umumkan UMP Tahun Depan Naik 6 Persen",
        "Kronologi Kecelakaan Bus Pariwisata di Tol Cipularang",
        "Daftar Sekolah Kedinasan yang Buka Pendaftaran Bulan Ini",
        "Cara Cek Status Penerima Bansos Lewat Ponsel",
    ]),
    "detik": ("Berita Terkait", [
        "Warga Keluhkan Antrean Panjang di SPBU Jalan Gatot Subroto",
        "Ini Penyebab Gangguan Listrik di Sebagian Wilayah Jakarta Selatan",
        "Polisi Tangkap Komplotan Pencuri Kabel Telepon di Bekasi",
        "Menteri Tinjau Pembangunan Bendungan di Jawa Tengah",
        "Ribuan Pencari Kerja Padati Bursa Kerja di Balai Kota",
    ]),
    "okezone": ("Baca Juga", [
        "5 Fakta Menarik Pernikahan Artis di Bali Akhir Pekan Ini",
        "Ramalan Zodiak Hari Ini: Aries Dapat Kabar Baik",
        "Promo Tiket Pesawat Murah untuk Liburan Akhir Tahun",
    ]),
    "republika": ("Berita Lainnya", [
        "Jamaah Umrah Diminta Waspadai Biro Perjalanan Ilegal",
        "Pemerintah Siapkan Skema Baru Subsidi Pupuk untuk Petani",
        "Rupiah Menguat Tipis di Awal Perdagangan Pagi Ini",
    ]),
    "antara": ("Baca juga", [
        "Presiden Resmikan Jalan Tol Trans Sumatera Ruas Baru",
    ]),
    "sindonews": ("Rekomendasi", [
        "Mengenal Tradisi Unik Sambut Tahun Baru di Berbagai Daerah",
        "Deretan Mobil Listrik Terlaris Sepanjang Tahun Ini",
        "Tips Menjaga Kesehatan Mata bagi Pekerja Kantoran",
        "Sejarah Panjang Pelabuhan Sunda Kelapa",
    ]),
    "idntimes": ("Baca Juga:", [
        "10 Potret Kucing Lucu yang Bikin Hari Kamu Lebih Ceria",
        "Resep Nasi Goreng Kampung Sederhana ala Warung",
        "Pemain Timnas Ini Ternyata Hobi Memasak",
    ]),
}
CLOSING = {
    "tribun": "Simak berita terbaru lainnya di Google News.",
    "kompas": "Dapatkan update berita pilihan dan breaking news setiap hari.",
    "detik": "Saksikan video pilihan di bawah ini.",
    "okezone": "Ikuti berita menarik lainnya di kanal kami.",
    "republika": "Berita ini telah tayang sebelumnya di portal mitra.",
    "antara": "Pewarta: Tim Redaksi\nEditor: Redaksi Daerah",
    "sindonews": "Sumber: wire",
    "idntimes": "Baca artikel selengkapnya di aplikasi kami.",
}
HEADER = {
    "tribun": "Senin, 9 Desember 2024\nHome Berita Nasional Regional Sport Seleb",
    "kompas": "Menu  Cari  Masuk\nNasional Regional Megapolitan Global",
    "detik": "detikNews | detikFinance | detikSport\nLogin Daftar",
    "okezone": "Okezone News\nHome Nasional Ekonomi Bola",
    "republika": "REPUBLIKA.CO.ID\nNews Ekonomi Khazanah",
    "antara": "ANTARA News\nBerita Terkini Politik Hukum Ekonomi",
    "sindonews": "SINDOnews.com\nNasional Metro Daerah Ekbis",
    "idntimes": "IDN Times\nNews Sport Hype Life",
}
FOOTER = {
    "tribun": "Bagikan\nFacebook Twitter WhatsApp\nCopyright Tribunnews.com 2024",
    "kompas": "Bagikan artikel ini melalui\nCopyright 2008 - 2024 PT. Kompas Cyber Media",
    "detik": "Share ini\n(detik)\nCopyright @ 2024 detik.com",
    "okezone": "Bagikan\n© 2024 Okezone.com All Rights Reserved",
    "republika": "Komentar\n© 2024 Republika Online",
    "antara": "COPYRIGHT © ANTARA 2024",
    "sindonews": "Berita Terkait\n© 2024 SINDOnews.com All Rights Reserved",
    "idntimes": "Share\nCopyright © 2024 IDN Times",
}
DATELINE = {
    "tribun": "TRIBUNNEWS.COM -",
    "kompas": "KOMPAS.com -",
    "detik": "Jakarta -",
    "okezone": "JAKARTA - ",
    "republika": "REPUBLIKA.CO.ID, JAKARTA --",
    "antara": "Jakarta (ANTARA) -",
    "sindonews": "JAKARTA -",
    "idntimes": "IDN Times -",
}


#: Every page's box shows other headlines (what else the site published that hour), so
#: boxes differ from page to page and no line repeats across the batch.
SUBJECTS = ("Warga Keluhkan Jalan Rusak", "Harga Cabai Melonjak", "Polisi Tangkap Pencuri Motor",
            "Ribuan Pencari Kerja Padati Bursa Kerja", "Banjir Rob Rendam Permukiman",
            "Festival Kuliner Digelar Tiga Hari", "Sekolah Rusak Belum Diperbaiki",
            "Antrean Panjang di SPBU", "Pemkot Tertibkan Pedagang Kaki Lima",
            "Kebun Binatang Tambah Koleksi Satwa", "Petani Panen Raya Padi",
            "Jembatan Gantung Putus Diterjang Arus")
PLACES = ("Bekasi", "Bogor", "Depok", "Tangerang", "Cirebon", "Garut", "Solo", "Malang",
          "Jember", "Makassar", "Kendari", "Pontianak", "Jambi", "Kupang", "Ternate")
TAILS = ("Hari Ini", "Sejak Pagi", "Jelang Akhir Pekan", "Pekan Ini", "Menurut Warga",
         "Kata Lurah", "Sampai Malam", "Usai Hujan Deras")


def _n(rupiah: str) -> int:
    return int(rupiah.replace(".", ""))


def _rp(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def page(portal: str, title: str, paragraphs: list[str], *, box: str = "foot",
         dateline: bool = True) -> str:
    """A portal page: header, title, body with a related-headline box, closing, footer."""
    body = list(paragraphs)
    if dateline and body:
        body[0] = f"{DATELINE[portal]} {body[0]}"
    label, own = RELATED[portal]  # the box's label; its headlines are drawn below
    rng = random.Random(zlib.crc32(f"{portal} {title} {paragraphs[0]}".encode()))
    headlines = [f"{rng.choice(SUBJECTS)} di {rng.choice(PLACES)} {rng.choice(TAILS)}"
                 for _ in range(max(3, len(own)))]
    block = [label, *headlines]
    if box == "middle" and len(body) > 3:
        body = [*body[:2], *block, *body[2:]]
    elif box == "foot":
        body = [*body, *block]
    lines = [HEADER[portal], "", title, "", *[p + "\n" for p in body], CLOSING[portal], "",
             FOOTER[portal]]
    return "\n".join(lines) + "\n"


# -- the corpus ----------------------------------------------------------------------------

PAGES: dict[str, str] = {}
LABELS: list[dict[str, str]] = []


def add(name: str, text: str) -> str:
    PAGES[name] = text
    return name


def label(a: str, b: str, relation: str, shape: str) -> None:
    LABELS.append({"a": a, "b": b, "relation": relation, "shape": shape})


def wire_on_three_portals(key: str, story: tuple[str, list[str]], portals: list[str],
                          leads: list[str | None]) -> None:
    """One wire story on three portals: each its own lead (or the wire's), box, closing."""
    title, paras = story
    names = []
    for n, (portal, lead) in enumerate(zip(portals, leads, strict=True)):
        body = [lead, *paras[1:]] if lead else list(paras)
        names.append(add(f"{key}-{portal}", page(portal, title if n == 0 else title + " ",
                                                  body, box="middle" if n == 1 else "foot")))
    for i in range(3):
        for j in range(i + 1, 3):
            label(names[i], names[j], "near", "wire story on three portals, own leads and boxes")


def build() -> None:
    # 1. One wire story on three portals, each with its own lead, boxes and closing.
    wire_on_three_portals("fire", FIRE, ["tribun", "kompas", "detik"], [
        None,
        "Sedikitnya 320 kios di Pasar Sambu, Medan, ludes terbakar pada Minggu dini hari dalam kebakaran yang berlangsung lima jam.",
        "Api melalap ratusan kios pakaian dan kelontong di Pasar Sambu, Kecamatan Medan Kota, Minggu dini hari.",
    ])
    wire_on_three_portals("krl", KRL, ["okezone", "republika", "sindonews"], [
        None,
        "Penumpang KRL Jabodetabek harus merogoh kocek lebih dalam mulai bulan depan karena tarif dasar naik Rp1.000.",
        None,
    ])
    wire_on_three_portals("quake", QUAKE, ["antara", "idntimes", "tribun"], [
        None,
        "Warga Maluku Tengah panik dan berlarian keluar rumah saat gempa bermagnitudo 6,1 mengguncang Selasa pagi.",
        "Gempa kuat bermagnitudo 6,1 terjadi di Maluku Tengah, Selasa pagi, namun BMKG memastikan tidak ada potensi tsunami.",
    ])

    # 2. Identical bodies on two portals: only chrome and related boxes differ.
    for key, story, (p, q) in (("drugs", DRUGS, ("kompas", "tribun")),
                               ("flood", FLOOD, ("detik", "okezone")),
                               ("football", FOOTBALL, ("idntimes", "sindonews")),
                               ("polio", POLIO, ("republika", "detik"))):
        title, paras = story
        a = add(f"{key}-{p}", page(p, title, paras, box="middle", dateline=False))
        b = add(f"{key}-{q}", page(q, title, paras, box="foot", dateline=False))
        label(a, b, "exact", "identical body, different related-headline boxes and chrome")

    # 3. Copies cut short (a mirror that keeps the first paragraphs).
    for key, story, (p, q), keep in (("bi", BI, ("antara", "kompas"), 4),
                                     ("drugs", DRUGS, ("kompas", "okezone"), 4),
                                     ("polio", POLIO, ("republika", "idntimes"), 4),
                                     ("krl", KRL, ("okezone", "tribun"), 4)):
        title, paras = story
        full = f"{key}-{p}"
        if full not in PAGES:
            add(full, page(p, title, paras))
        short = add(f"{key}-short-{q}", page(q, title, paras[:keep]))
        label(short, full, "contained", "copy cut short")

    # 4. Different articles sharing wire paragraphs, each with its own reporting.
    shares = [
        ("bi-rupiah", "Rupiah menguat usai BI tahan suku bunga", BI[1][:3], [
            "Nilai tukar rupiah ditutup menguat 45 poin ke level Rp15.620 per dolar AS pada perdagangan sore, tak lama setelah pengumuman bank sentral.",
            "Analis pasar uang menilai pelaku pasar menyambut positif sikap bank sentral yang dinilai tidak terburu-buru melonggarkan kebijakan.",
            "Indeks dolar AS sendiri melemah tipis setelah data ketenagakerjaan Amerika Serikat lebih rendah dari perkiraan.",
            "Sepanjang pekan ini rupiah masih bergerak dalam rentang sempit dan diperkirakan bertahan di kisaran Rp15.600 hingga Rp15.700.",
        ], "bi-kredit", "Bankir optimistis kredit tumbuh dua digit", [
            "Sejumlah bankir optimistis penyaluran kredit tahun depan tetap tumbuh dua digit meski suku bunga belum turun.",
            "Direktur sebuah bank BUMN mengatakan permintaan kredit modal kerja dari sektor perdagangan masih kuat hingga akhir tahun.",
            "Ia menambahkan, bank akan lebih selektif menyalurkan kredit konsumsi karena risiko gagal bayar meningkat.",
            "Otoritas Jasa Keuangan mencatat rasio kredit bermasalah perbankan masih terjaga di bawah tiga persen.",
        ]),
        ("flood-relief", "Bantuan logistik mulai tiba di lokasi banjir Agam", FLOOD[1][1:4], [
            "Bantuan logistik berupa beras, mi instan dan selimut mulai tiba di posko pengungsian banjir bandang Agam pada Sabtu siang.",
            "Gubernur Sumatera Barat meninjau lokasi dan meminta kebutuhan bayi dan lansia di pengungsian diprioritaskan.",
            "Relawan dari berbagai organisasi kemanusiaan membuka dapur umum tambahan di kantor wali nagari.",
        ], "flood-marapi", "Warga lereng Marapi diminta waspada banjir susulan", [
            "Warga yang tinggal di sepanjang aliran sungai berhulu di Gunung Marapi diminta waspada terhadap banjir susulan.",
            "Peneliti kebencanaan menyebut endapan material erupsi di lereng gunung mudah terbawa hujan deras menjadi aliran lahar dingin.",
            "Pemerintah kabupaten berencana memasang alat peringatan dini di lima titik rawan sebelum puncak musim hujan.",
        ]),
        ("quake-school", "Sekolah di Maluku Tengah diliburkan usai gempa", QUAKE[1][1:4], [
            "Dinas Pendidikan Maluku Tengah meliburkan kegiatan belajar di 30 sekolah selama tiga hari untuk memeriksa kondisi bangunan.",
            "Kepala dinas mengatakan beberapa ruang kelas mengalami retak dan tidak aman digunakan sebelum diperiksa tim teknis.",
            "Siswa diminta belajar di rumah dengan tugas yang dikirim guru melalui grup pesan singkat.",
        ], "quake-fault", "Ahli jelaskan sesar penyebab gempa Maluku Tengah", [
            "Pakar geologi dari sebuah perguruan tinggi di Ambon menjelaskan gempa dipicu aktivitas sesar lokal di Laut Seram.",
            "Menurut dia, sesar itu pernah memicu gempa serupa dan kawasan pesisir perlu memperkuat mitigasi bangunan.",
            "Ia meminta pemerintah daerah memetakan ulang zona rawan dan menyosialisasikan jalur evakuasi kepada warga.",
        ]),
        ("krl-bus", "Penumpang beralih ke bus setelah tarif KRL naik?", KRL[1][:3], [
            "Operator bus Transjabodetabek memperkirakan sebagian penumpang kereta akan beralih ke bus setelah tarif baru berlaku.",
            "Pengamat transportasi menilai perpindahan itu kecil karena waktu tempuh bus jauh lebih lama pada jam sibuk.",
            "Operator bus menyiapkan tambahan armada pada rute Bekasi dan Depok untuk mengantisipasi lonjakan penumpang.",
        ], "krl-ylki", "Konsumen desak perbaikan layanan sebelum tarif KRL naik", [
            "Organisasi konsumen mendesak perbaikan layanan sebelum tarif baru diberlakukan, terutama pada jam berangkat kerja.",
            "Mereka mencatat keluhan penumpang soal gangguan persinyalan meningkat dalam tiga bulan terakhir.",
            "Operator kereta menyatakan siap menambah perjalanan pada jam sibuk mulai tahun depan.",
        ]),
        ("polio-sampang", "Cakupan imunisasi rendah, Sampang kejar target", POLIO[1][:3], [
            "Dinas Kesehatan Kabupaten Sampang mengerahkan kader hingga tingkat dusun karena cakupan imunisasi di daerah itu termasuk yang terendah.",
            "Kepala dinas mengatakan sebagian orang tua masih ragu karena informasi keliru yang beredar di media sosial.",
            "Tokoh agama dilibatkan untuk meyakinkan warga bahwa vaksin aman dan halal.",
        ], "polio-who", "WHO apresiasi respons cepat wabah polio", [
            "Organisasi Kesehatan Dunia mengapresiasi respons cepat pemerintah dalam menangani temuan kasus polio.",
            "Perwakilan WHO mengatakan pekan imunisasi harus mencapai cakupan minimal 95 persen agar penularan terhenti.",
            "Lembaga itu juga membantu pengiriman vaksin dan pelatihan petugas surveilans di daerah.",
        ]),
    ]
    portals = ["kompas", "detik", "tribun", "republika", "sindonews", "antara"]
    for n, (ka, ta, wire, own_a, kb, tb, own_b) in enumerate(shares):
        pa, pb = portals[n % 6], portals[(n + 2) % 6]
        a = add(ka, page(pa, ta, [own_a[0], *wire, *own_a[1:]]))
        b = add(kb, page(pb, tb, [own_b[0], *own_b[1:2], *wire, *own_b[2:]]))
        label(a, b, "shares-passages", "own reporting around the same wire paragraphs")
    # A portal article quoting the wire's whole story inside its own wider report.
    a = add("fire-wider", page("republika", "Pasar tradisional rawan terbakar, pemkot didesak audit instalasi listrik", [
        "Kebakaran Pasar Sambu menambah panjang daftar pasar tradisional di Sumatera Utara yang terbakar tahun ini.",
        *FIRE[1][:4],
        "Sepanjang tahun ini setidaknya lima pasar tradisional di provinsi itu terbakar, sebagian besar karena instalasi listrik yang tidak terawat.",
        "Ombudsman daerah mendesak pemerintah kota mengaudit instalasi listrik seluruh pasar dan menyediakan alat pemadam di setiap blok kios.",
        "Asosiasi pedagang pasar menyebut banyak kios menyambung listrik secara liar karena daya yang disediakan pengelola tidak mencukupi.",
        "Pengelola pasar berjanji memperbaiki jaringan listrik dalam program revitalisasi yang dimulai tahun depan.",
    ]))
    label(a, "fire-tribun", "shares-passages", "wire story quoted inside a wider report")

    # 5. Hard negatives.
    neg = add("fire-palembang", page("sindonews", "Kebakaran landa Pasar 16 Ilir Palembang", [
        "Kebakaran melanda Pasar 16 Ilir di Palembang pada Selasa sore dan menghanguskan puluhan kios pedagang kain dan sepatu.",
        "Kepala Dinas Pemadam Kebakaran Kota Palembang mengatakan api diduga berasal dari kios penjual makanan di lantai satu.",
        "Sebanyak 15 unit mobil pemadam dikerahkan dan api dapat dikuasai dalam waktu tiga jam.",
        "Tidak ada korban jiwa, namun kerugian pedagang diperkirakan mencapai miliaran rupiah.",
        "Polisi memasang garis polisi dan memeriksa sejumlah saksi untuk mengetahui penyebab kebakaran.",
        "Pemerintah kota berjanji membantu pedagang yang terdampak agar bisa kembali berjualan secepatnya.",
    ]))
    label(neg, "fire-tribun", "distinct", "same topic, another event")
    gold = {}
    for day, (price, buyback, change) in {"senin": ("1.512.000", "1.358.000", "naik Rp4.000"),
                                          "selasa": ("1.505.000", "1.351.000", "turun Rp7.000")}.items():
        gold[day] = add(f"gold-{day}", page("okezone", f"Harga emas Antam hari ini {change}", [
            f"Harga emas batangan PT Aneka Tambang Tbk atau Antam hari ini {change} menjadi Rp{price} per gram.",
            f"Sementara itu harga pembelian kembali atau buyback berada di level Rp{buyback} per gram.",
            "Berikut daftar harga emas Antam hari ini yang dikutip dari laman resmi Logam Mulia.",
            f"Emas 0,5 gram dijual Rp{_rp(_n(price) // 2 + 50_000)}, emas 2 gram Rp{_rp(2 * _n(price) - 20_000)} dan emas 5 gram Rp{_rp(5 * _n(price) - 45_000)}.",
            "Harga tersebut sudah termasuk pajak pertambahan nilai dan belum termasuk PPh 22 sebesar 0,45 persen bagi pemilik NPWP.",
        ]))
    # Two standing sentences of the template are word for word the same: shared passages
    # (the text is shared), never one group (another day's news, other prices).
    label(gold["senin"], gold["selasa"], "shares-passages",
          "same template, other news: standing sentences shared")
    weather = {}
    for day, (sky, rain) in {"rabu": ("cerah berawan", "Jakarta Timur dan Jakarta Selatan"),
                             "kamis": ("hujan ringan", "Jakarta Barat dan Jakarta Utara")}.items():
        weather[day] = add(f"weather-{day}", page("detik", f"Prakiraan cuaca Jakarta hari {day.capitalize()}", [
            f"Badan Meteorologi, Klimatologi, dan Geofisika memprakirakan cuaca Jakarta hari {day.capitalize()} pagi umumnya {sky}.",
            f"Pada siang hingga sore hari hujan dengan intensitas sedang berpotensi turun di wilayah {rain}.",
            "Warga diimbau membawa payung dan mewaspadai genangan di sejumlah ruas jalan.",
            f"Suhu udara berkisar antara {24 if day == 'rabu' else 25} hingga {33 if day == 'rabu' else 31} derajat Celsius dengan kelembapan 60 sampai 95 persen.",
        ]))
    label(weather["rabu"], weather["kamis"], "distinct", "same template, other news")
    neg = add("drugs-followup", page("tribun", "Polisi kembangkan kasus 40 kg sabu, dua pemodal diburu", [
        "Badan Narkotika Nasional Provinsi Kepulauan Riau memburu dua orang yang diduga menjadi pemodal penyelundupan 40 kilogram sabu di perairan Pulau Galang.",
        "Kepala BNNP Kepulauan Riau mengatakan identitas keduanya telah diketahui dari hasil pemeriksaan tiga awak kapal yang ditangkap pekan lalu.",
        "Sabu tersebut diduga berasal dari Malaysia dan akan diedarkan di Batam serta sejumlah kota di Sumatera menjelang akhir tahun.",
        "Penyidik juga menelusuri aliran dana para tersangka melalui kerja sama dengan Pusat Pelaporan dan Analisis Transaksi Keuangan.",
        "Menurut dia, jaringan ini diduga sudah tiga kali memasukkan narkoba melalui jalur laut yang sama sejak awal tahun.",
    ]))
    label(neg, "drugs-kompas", "distinct", "follow-up repeating one background paragraph")
    neg = add("flood-toll", page("antara", "Korban meninggal banjir bandang Agam bertambah jadi tujuh", [
        "Jumlah korban meninggal akibat banjir bandang di Kabupaten Agam, Sumatera Barat, bertambah menjadi tujuh orang setelah tim SAR gabungan menemukan tiga jenazah pada Minggu.",
        "Ketiga korban ditemukan tertimbun lumpur sekitar dua kilometer dari permukiman yang diterjang banjir.",
        "Tim SAR masih mencari tiga warga lain dengan mengerahkan anjing pelacak dan alat berat.",
        "Sekitar 800 warga mengungsi ke masjid dan sekolah terdekat. Pemerintah daerah mendirikan dapur umum dan posko kesehatan di dua lokasi.",
        "Pemerintah kabupaten menetapkan status tanggap darurat selama 14 hari ke depan.",
    ]))
    label(neg, "flood-detik", "distinct", "follow-up repeating one background paragraph")
    neg = add("quake-independent", page("kompas", "BMKG: gempa Maluku Tengah dipicu sesar aktif", [
        "Gempa yang mengguncang Maluku Tengah pada Selasa pagi dipicu oleh aktivitas sesar aktif di dasar laut, menurut analisis BMKG.",
        "Guncangan dirasakan cukup kuat di Masohi dan Pulau Saparua selama beberapa detik.",
        "Warga Masohi, Yohanes, mengaku langsung menggendong anaknya keluar rumah ketika lemari di ruang tamunya bergoyang.",
        "BMKG mencatat belasan gempa susulan hingga siang hari, seluruhnya dengan kekuatan lebih kecil.",
        "Pemerintah daerah mendata kerusakan rumah warga dan fasilitas ibadah di sejumlah desa.",
    ]))
    label(neg, "quake-antara", "distinct", "independent report of the same event")
    neg = add("football-final", page("detik", "Timnas U-23 takluk di final, Vietnam juara", [
        "Tim nasional Indonesia U-23 gagal meraih gelar Piala AFF U-23 setelah kalah 0-1 dari Vietnam di final, Sabtu malam.",
        "Gol tunggal Vietnam dicetak pada menit ke-70 melalui serangan balik cepat.",
        "Indonesia sempat mendapat beberapa peluang, namun penyelesaian akhir para pemain kurang tajam.",
        "Pelatih timnas U-23 mengaku kecewa tetapi menyebut turnamen ini sebagai bahan evaluasi menuju kualifikasi Piala Asia.",
    ]))
    label(neg, "football-idntimes", "distinct", "same topic, another event (the final after the semifinal)")


def main() -> None:
    build()
    out = HERE / "pages"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.txt"):
        old.unlink()
    for name, text in PAGES.items():
        (out / f"{name}.txt").write_text(text, encoding="utf-8")
    (HERE / "labels.json").write_text(
        json.dumps({"about": __doc__.split("\n\n")[2].replace("\n", " "), "pairs": LABELS},
                   ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(PAGES)} pages, {len(LABELS)} labelled pairs")


if __name__ == "__main__":
    main()
