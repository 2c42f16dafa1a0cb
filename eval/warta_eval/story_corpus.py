"""A synthetic dated corpus: distinct events over six years about the same actors.

The failure it reproduces: one topic (here the nickel dispute between Indonesia and the
European Union) covered as a string of events years apart. Every article repeats the
same background sentences and names the same actors, so articles of different events are
alike; undated articles and explainers that recap the whole dispute bridge them. Single
links chained such a topic into one "story" spanning years.

:func:`build_corpus` returns the articles (:class:`CorpusArticle`: id, title, text, date
or ``None``, entities, event label) for a seed. The texts are assembled from sentences
written for this corpus (not taken from any data set): per event a pool of sentences
saying what happened, a shared background pool, and per portal a closing line. Each
event gets 3-5 dated reports within a few days and one or two undated ones; two undated
explainers (event label ``"explainer"``) recap every event.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

__all__ = ["EVENTS", "CorpusArticle", "build_corpus"]


@dataclass(frozen=True, slots=True)
class CorpusArticle:
    """One synthetic article and the event it reports (``"explainer"``: several)."""

    id: str
    title: str
    text: str
    date: str | None
    entities: tuple[str, ...]
    event: str


#: Per event: its first day, the people it names, titles and what-happened sentences.
EVENTS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "ban-2019": (
        "2019-09-02",
        ("Kementerian ESDM", "Bambang Gatot Ariyono"),
        ("Pemerintah percepat larangan ekspor bijih nikel ke awal 2020",
         "Larangan ekspor bijih nikel dimajukan dua tahun",
         "ESDM umumkan larangan ekspor ore nikel mulai Januari"),
        ("Kementerian ESDM mengumumkan larangan ekspor bijih nikel berlaku mulai 1 Januari 2020, "
         "dua tahun lebih cepat dari rencana semula.",
         "Direktur Jenderal Mineral dan Batubara Bambang Gatot Ariyono mengatakan percepatan itu "
         "diputuskan karena cadangan bijih kadar rendah makin menipis.",
         "Perusahaan tambang yang belum membangun smelter diminta menyesuaikan rencana kerja "
         "mereka sebelum akhir tahun.",
         "Asosiasi penambang nikel meminta masa transisi karena kontrak penjualan ke luar negeri "
         "sudah diteken hingga pertengahan tahun depan.",
         "Menurut Bambang, larangan yang dimajukan itu tertuang dalam peraturan menteri yang "
         "baru saja ditandatangani pekan ini.",
         "Pengusaha smelter menyambut keputusan tersebut karena pasokan bijih untuk pabrik "
         "pengolahan di dalam negeri dinilai lebih terjamin."),
    ),
    "complaint-2019": (
        "2019-11-22",
        ("Komisi Eropa", "Enggartiasto Lukita"),
        ("Uni Eropa gugat Indonesia ke WTO soal nikel",
         "Brussel ajukan konsultasi sengketa nikel di WTO",
         "Indonesia siap hadapi gugatan Uni Eropa di Jenewa"),
        ("Komisi Eropa resmi mengajukan permintaan konsultasi sengketa ke WTO atas larangan "
         "ekspor bijih nikel Indonesia.",
         "Dalam dokumen yang diserahkan ke Jenewa, Uni Eropa menilai larangan itu membatasi "
         "akses industri baja nirkarat Eropa terhadap bahan baku.",
         "Mantan Menteri Perdagangan Enggartiasto Lukita pernah memperingatkan bahwa kebijakan "
         "tersebut berpotensi digugat mitra dagang.",
         "Pemerintah menyatakan siap menghadapi gugatan dan menunjuk tim kuasa hukum untuk tahap "
         "konsultasi.",
         "Konsultasi di WTO memberi kedua pihak waktu enam puluh hari untuk mencari penyelesaian "
         "sebelum panel dapat diminta.",
         "Pejabat Komisi Eropa menyebut gugatan itu sebagai langkah terakhir setelah beberapa "
         "kali pertemuan bilateral tidak membuahkan hasil."),
    ),
    "panel-2021": (
        "2021-01-29",
        ("Badan Penyelesaian Sengketa", "Muhammad Lutfi"),
        ("WTO bentuk panel sengketa nikel Indonesia",
         "Panel WTO mulai periksa larangan ekspor nikel",
         "Sengketa nikel masuk tahap panel di Jenewa"),
        ("Badan Penyelesaian Sengketa WTO menyetujui pembentukan panel untuk memeriksa gugatan "
         "Uni Eropa atas larangan ekspor bijih nikel.",
         "Panel beranggotakan tiga ahli perdagangan yang dipilih dari negara yang tidak terlibat "
         "dalam sengketa.",
         "Menteri Perdagangan Muhammad Lutfi mengatakan Indonesia akan menyampaikan argumen "
         "bahwa larangan itu sah demi konservasi sumber daya alam.",
         "Proses pemeriksaan panel diperkirakan memakan waktu sedikitnya satu tahun sebelum "
         "laporan akhir diterbitkan.",
         "Permintaan pembentukan panel sempat ditunda sekali karena Indonesia meminta waktu "
         "tambahan dalam sidang sebelumnya.",
         "Sejumlah negara anggota mendaftar sebagai pihak ketiga yang akan menyampaikan "
         "pandangan tertulis kepada panel."),
    ),
    "ruling-2022": (
        "2022-11-30",
        ("Arifin Tasrif", "Badan Penyelesaian Sengketa"),
        ("Indonesia kalah di panel WTO soal larangan ekspor nikel",
         "Panel WTO putuskan larangan ekspor nikel langgar aturan",
         "Putusan panel WTO: kebijakan nikel Indonesia tidak konsisten"),
        ("Panel WTO memutuskan larangan ekspor bijih nikel Indonesia tidak konsisten dengan "
         "Pasal XI GATT 1994.",
         "Laporan akhir panel juga menolak pembelaan Indonesia yang merujuk pada kelangkaan "
         "pasokan dan konservasi cadangan.",
         "Menteri ESDM Arifin Tasrif mengatakan pemerintah menghormati putusan itu, tetapi "
         "kebijakan hilirisasi tidak akan dihentikan.",
         "Indonesia memiliki waktu enam puluh hari untuk menyatakan banding sebelum laporan "
         "panel diadopsi.",
         "Putusan panel setebal ratusan halaman itu diedarkan kepada seluruh anggota WTO pada "
         "hari yang sama.",
         "Pelaku industri smelter menilai putusan itu tidak langsung mengubah apa pun selama "
         "proses hukum belum selesai."),
    ),
    "appeal-2022": (
        "2022-12-12",
        ("Zulkifli Hasan", "Badan Banding"),
        ("Indonesia ajukan banding atas putusan sengketa nikel",
         "Pemerintah resmi banding ke WTO soal nikel",
         "Banding nikel diajukan meski Badan Banding WTO lumpuh"),
        ("Pemerintah Indonesia resmi mengajukan banding atas putusan panel WTO dalam sengketa "
         "larangan ekspor bijih nikel.",
         "Menteri Perdagangan Zulkifli Hasan mengatakan banding diajukan untuk mempertahankan "
         "program hilirisasi yang menciptakan lapangan kerja.",
         "Badan Banding WTO tidak dapat bersidang sejak akhir 2019 karena pengangkatan "
         "anggotanya diblokir, sehingga perkara ini tertahan tanpa batas waktu.",
         "Dengan banding tersebut, laporan panel belum dapat diadopsi dan larangan ekspor tetap "
         "berlaku.",
         "Pengajuan banding dilakukan beberapa hari sebelum tenggat yang ditetapkan dalam aturan "
         "penyelesaian sengketa.",
         "Sejumlah pengamat hukum perdagangan menyebut langkah itu lazim ditempuh negara yang "
         "kalah di tingkat panel."),
    ),
    "cepa-2023": (
        "2023-07-14",
        ("Airlangga Hartarto", "Djatmiko Bris Witjaksono"),
        ("Perundingan IEU-CEPA putaran ke-15 digelar di Brussel",
         "Indonesia dan Uni Eropa lanjutkan perundingan dagang",
         "Isu nikel dibahas dalam putaran baru IEU-CEPA"),
        ("Indonesia dan Uni Eropa menggelar putaran ke-15 perundingan Perjanjian Kemitraan "
         "Ekonomi Komprehensif di Brussel.",
         "Ketua tim perunding Djatmiko Bris Witjaksono mengatakan bab tentang perdagangan dan "
         "pembangunan berkelanjutan masih menjadi ganjalan.",
         "Menteri Koordinator Perekonomian Airlangga Hartarto menargetkan perundingan rampung "
         "sebelum masa jabatan pemerintahan berakhir.",
         "Kedua pihak sepakat membentuk kelompok kerja khusus untuk membahas akses bahan baku "
         "mineral kritis.",
         "Putaran perundingan berlangsung lima hari dan ditutup dengan pernyataan bersama kedua "
         "ketua tim.",
         "Kalangan pengusaha berharap perjanjian dagang itu membuka pasar Eropa bagi produk alas "
         "kaki dan tekstil Indonesia."),
    ),
    "visit-2024": (
        "2024-03-18",
        ("Ursula von der Leyen", "Joko Widodo"),
        ("Jokowi bahas nikel dengan Ursula von der Leyen",
         "Presiden temui Ketua Komisi Eropa bahas perjanjian dagang",
         "Pertemuan Jokowi dan von der Leyen singgung sengketa WTO"),
        ("Presiden Joko Widodo bertemu Presiden Komisi Eropa Ursula von der Leyen di sela "
         "pertemuan tingkat tinggi di Brussel.",
         "Dalam pertemuan itu, Presiden meminta Uni Eropa memperlakukan produk olahan nikel "
         "Indonesia secara adil.",
         "Von der Leyen mengatakan Eropa ingin menjadi mitra dalam pengembangan industri baterai "
         "kendaraan listrik di Indonesia.",
         "Kedua pemimpin juga membahas aturan antideforestasi Eropa yang dikhawatirkan memukul "
         "petani sawit kecil.",
         "Pertemuan berlangsung sekitar satu jam di markas Komisi Eropa dan dilanjutkan dengan "
         "makan siang kerja.",
         "Presiden didampingi Menteri Luar Negeri dan Menteri Perdagangan dalam pertemuan "
         "tersebut."),
    ),
    "signing-2025": (
        "2025-09-23",
        ("Maroš Šefčovič", "Airlangga Hartarto"),
        ("Indonesia dan Uni Eropa teken perjanjian IEU-CEPA",
         "Setelah sembilan tahun, IEU-CEPA akhirnya disepakati",
         "Perjanjian dagang Indonesia-Uni Eropa resmi ditandatangani di Bali"),
        ("Indonesia dan Uni Eropa menandatangani kesepakatan akhir Perjanjian Kemitraan Ekonomi "
         "Komprehensif di Bali setelah sembilan tahun berunding.",
         "Komisioner Perdagangan Uni Eropa Maroš Šefčovič mengatakan perjanjian itu akan "
         "menghapus bea masuk untuk lebih dari sembilan puluh persen pos tarif.",
         "Menteri Koordinator Perekonomian Airlangga Hartarto menyebut perjanjian itu membuka "
         "jalan bagi investasi Eropa di industri pengolahan mineral.",
         "Perjanjian masih harus diratifikasi oleh parlemen kedua pihak sebelum berlaku, yang "
         "diperkirakan paling cepat tahun depan.",
         "Upacara penandatanganan dihadiri para duta besar negara anggota Uni Eropa dan pimpinan "
         "asosiasi pengusaha.",
         "Bab mengenai bahan baku mineral kritis disebut sebagai salah satu bagian yang paling "
         "alot dirundingkan."),
    ),
}

#: Said again and again in reports of every event: what makes the events look alike.
BACKGROUND = (
    "Indonesia merupakan produsen nikel terbesar di dunia dengan cadangan sekitar seperlima "
    "cadangan global.",
    "Pemerintah mendorong hilirisasi agar bijih nikel diolah di dalam negeri menjadi produk "
    "bernilai tambah tinggi.",
    "Uni Eropa selama ini bergantung pada pasokan bijih nikel untuk industri baja nirkarat di "
    "kawasan itu.",
    "Sengketa nikel antara Indonesia dan Uni Eropa di Organisasi Perdagangan Dunia bermula dari "
    "larangan ekspor bijih nikel.",
    "Nilai ekspor produk turunan nikel Indonesia melonjak sejak smelter-smelter baru beroperasi "
    "di Sulawesi dan Maluku Utara.",
    "Pemerintah berulang kali menegaskan kebijakan hilirisasi nikel tidak akan mundur meski "
    "mendapat tekanan dari luar negeri.",
    "Hubungan dagang Indonesia dan Uni Eropa juga diwarnai perselisihan soal minyak sawit dan "
    "aturan antideforestasi.",
)

PORTALS = (
    ("kompas", "Simak berita dan artikel lainnya di kanal ekonomi kami."),
    ("detik", "Saksikan juga video pilihan redaksi tentang ekonomi hari ini."),
    ("antara", "Pewarta dan editor bertanggung jawab atas isi berita ini."),
    ("tempo", "Baca berita ekonomi dan bisnis lainnya setiap hari di sini."),
    ("cnbc", "Ikuti perkembangan pasar dan industri di kanal ini."),
)

SHARED_ENTITIES = ("Indonesia", "Uni Eropa", "Organisasi Perdagangan Dunia")


def build_corpus(seed: int = 16) -> list[CorpusArticle]:
    """The corpus for ``seed``: 3-5 dated and 1-2 undated reports per event, 2 explainers."""
    rng = random.Random(seed)
    out: list[CorpusArticle] = []
    for key, (first_day, people, titles, facts) in EVENTS.items():
        start = dt.date.fromisoformat(first_day)
        dated = rng.randint(3, 5)
        undated = rng.randint(1, 2)
        for n in range(dated + undated):
            portal, closing = PORTALS[(n + len(out)) % len(PORTALS)]
            picked = rng.sample(facts, 4)
            # The lead (the fact that says what happened) comes first in most reports.
            if facts[0] not in picked or rng.random() < 0.7:
                picked = [facts[0], *[f for f in picked if f != facts[0]][:3]]
            background = rng.sample(BACKGROUND, rng.randint(2, 3))
            paragraphs = [*picked[:2], *background, *picked[2:], closing]
            date = (start + dt.timedelta(days=rng.randint(0, 4))).isoformat()
            out.append(
                CorpusArticle(
                    f"{key}-{portal}-{n}",
                    rng.choice(titles),
                    "\n\n".join(paragraphs),
                    date if n < dated else None,
                    tuple(sorted({*SHARED_ENTITIES, *people})),
                    key,
                )
            )
    for n in range(2):
        portal, closing = PORTALS[n]
        lines = [
            "Berikut kronologi sengketa nikel antara Indonesia dan Uni Eropa sejak larangan "
            "ekspor diumumkan.",
            *(facts[0] for _, _, _, facts in EVENTS.values()),
            *rng.sample(BACKGROUND, 3),
            closing,
        ]
        out.append(
            CorpusArticle(
                f"explainer-{portal}-{n}",
                "Kronologi sengketa nikel Indonesia dan Uni Eropa",
                "\n\n".join(lines),
                None,
                tuple(sorted({*SHARED_ENTITIES, *(p for e in EVENTS.values() for p in e[1])})),
                "explainer",
            )
        )
    return out
