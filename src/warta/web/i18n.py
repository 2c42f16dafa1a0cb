"""Interface text in Indonesian (the default) and English: ``?lang=en`` switches.

Only the interface is translated; article content is shown as written.
"""

from __future__ import annotations

LANGS = ("id", "en")
DEFAULT = "id"

#: key -> (Indonesian, English)
TEXT: dict[str, tuple[str, str]] = {
    "dashboard": ("Beranda", "Dashboard"),
    "stories": ("Cerita", "Stories"),
    "story": ("Cerita", "Story"),
    "entities": ("Entitas", "Entities"),
    "articles": ("Artikel", "Articles"),
    "article": ("Artikel", "Article"),
    "timeline": ("Linimasa", "Timeline"),
    "quotes": ("Kutipan", "Quotes"),
    "search": ("Cari", "Search"),
    "search_placeholder": ("Cari berita…", "Search the news…"),
    "people": ("Tokoh teratas", "Top people"),
    "organisations": ("Organisasi teratas", "Top organisations"),
    "recent_stories": ("Cerita terbaru", "Recent stories"),
    "latest_quotes": ("Kutipan terbaru", "Latest quotes"),
    "latest_articles": ("Artikel terbaru", "Latest articles"),
    "new_since_visit": ("Baru sejak kunjungan terakhir", "New since your last visit"),
    "new_articles": ("artikel baru", "new articles"),
    "new_firings": ("peringatan baru", "new alerts"),
    "new": ("baru", "new"),
    "duplicate_groups": ("Grup duplikat", "Duplicate groups"),
    "mentions": ("Sebutan", "Mentions"),
    "events": ("Peristiwa", "Events"),
    "none_yet": ("Belum ada data.", "Nothing here yet."),
    "summary": ("Ringkasan", "Summary"),
    "sources": ("Sumber", "Sources"),
    "published": ("Terbit", "Published"),
    "page_date": ("Tanggal halaman", "Page date"),
    "host_site": ("Situs", "Site"),
    "original_source": ("Sumber asli", "Original source"),
    "wire_credits": ("Kredit kantor berita", "Wire credits"),
    "url": ("Alamat", "URL"),
    "removed": ("Baris yang dibuang", "Removed lines"),
    "removed_show": ("Tampilkan baris yang dibuang", "Show removed lines"),
    "duplicates": ("Duplikat dan sindikasi", "Duplicates and syndication"),
    "duplicate_of": ("Salinan dari", "Copy of"),
    "shares_passages": ("Berbagi paragraf", "Shares passages"),
    "relation": ("Hubungan", "Relation"),
    "similarity": ("Kemiripan", "Similarity"),
    "aliases": ("Alias", "Aliases"),
    "mentions_over_time": ("Sebutan per bulan", "Mentions per month"),
    "co_occurring": ("Sering muncul bersama", "Often named together"),
    "quotes_by": ("Kutipan oleh", "Quotes by"),
    "quotes_about": ("Kutipan tentang", "Quotes about"),
    "speaker": ("Pembicara", "Speaker"),
    "about": ("Tentang", "About"),
    "text": ("Teks", "Text"),
    "filter": ("Saring", "Filter"),
    "from": ("Dari", "From"),
    "to": ("Sampai", "To"),
    "entity": ("Entitas", "Entity"),
    "type": ("Jenis", "Type"),
    "all": ("Semua", "All"),
    "PER": ("Orang", "People"),
    "ORG": ("Organisasi", "Organisations"),
    "LOC": ("Tempat", "Places"),
    "results": ("hasil", "results"),
    "no_results": ("Tidak ada hasil.", "No results."),
    "mode": ("Mode", "Mode"),
    "next": ("Berikutnya", "Next"),
    "prev": ("Sebelumnya", "Previous"),
    "articles_count": ("artikel", "articles"),
    "expected": ("direncanakan", "expected"),
    "error": ("Terjadi kesalahan", "Something went wrong"),
    "back_home": ("Kembali ke beranda", "Back to the dashboard"),
    "login": ("Masuk", "Log in"),
    "token": ("Token", "Token"),
    "login_help": ("Server ini memerlukan token.", "This server needs a token."),
    "bad_token": ("Token salah.", "Wrong token."),
    "legend": ("Keterangan", "Legend"),
    "dates": ("Tanggal", "Dates"),
    "in_quote": ("Dalam kutipan", "In a quote"),
    "independent": ("sumber independen", "independent sources"),
    "unknown": ("tidak diketahui", "unknown"),
    "language": ("English", "Bahasa Indonesia"),
    "tagline": ("kecerdasan berita, luring", "offline news intelligence"),
    "stats_hosts": ("Situs terbanyak", "Top sites"),
    # trends and alerts (warta.web.monitor)
    "trends": ("Tren", "Trends"),
    "alerts": ("Peringatan", "Alerts"),
    "alert": ("Peringatan", "Alert"),
    "per_day": ("Artikel per hari", "Articles per day"),
    "today": ("Hari acuan", "Reference day"),
    "baseline": ("Rata-rata sebelumnya", "Baseline"),
    "spike": ("Lonjakan", "Spike"),
    "total": ("Jumlah", "Total"),
    "days": ("Hari", "Days"),
    "as_of": ("Per tanggal", "As of"),
    "spike_help": (
        "lonjakan = (jumlah hari acuan - rata-rata) / (simpangan baku + 1) "
        "atas hari-hari sebelumnya",
        "spike = (count on the reference day - mean) / (std + 1) over the days before",
    ),
    "unplaced": ("Tidak masuk hitungan harian", "Not in the daily counts"),
    "undated": ("tanpa tanggal terbit", "without a publication date"),
    "coarse": ("bertanggal bulan atau tahun saja", "dated to a month or year only"),
    "no_alerts": (
        "Belum ada peringatan; tambahkan dengan warta alerts add.",
        "No alerts yet; add one with warta alerts add.",
    ),
    "firings": ("kali terpicu", "firings"),
    "fired": ("Terpicu", "Fired"),
    "reason": ("Alasan", "Reason"),
    "delivery": ("Pengiriman", "Delivery"),
    "pending": ("menunggu", "pending"),
    # relations, dyads, network (warta.web.relations)
    "relations": ("Relasi", "Relations"),
    "network": ("Jaringan", "Network"),
    "dyad": ("Diad", "Dyad"),
    "actor": ("Pelaku", "Actor"),
    "target": ("Sasaran", "Target"),
    "action_class": ("Kelas tindakan", "Action class"),
    "cooperative": ("kooperatif", "cooperative"),
    "conflictual": ("konfliktual", "conflictual"),
    "balance": ("Neraca", "Balance"),
    "evidence": ("Bukti", "Evidence"),
    "by_month": ("Per bulan, per kelas", "By month and class"),
    "both_named": ("Artikel yang menyebut keduanya", "Articles naming both"),
    "negated": ("dibantah/tidak", "denied/not"),
    "network_help": (
        "Garis: disebut bersama dalam artikel; hijau kooperatif, merah konfliktual. "
        "Klik garis untuk buktinya.",
        "Lines: named together in articles; green cooperative, red conflictual. "
        "Click a line for its evidence.",
    ),
}


def translate(key: str, lang: str) -> str:
    """The interface text for ``key`` (the key itself when missing, so gaps show)."""
    pair = TEXT.get(key)
    if pair is None:
        return key
    return pair[1] if lang == "en" else pair[0]
