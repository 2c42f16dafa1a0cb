"""URL normalisation and the parsers of source bodies (no network)."""

from __future__ import annotations

from tests.crawl.portal import (
    HARIAN,
    KABAR,
    STORIES,
    atom,
    news_sitemap,
    rss,
    section_html,
    sitemap_index,
)

from warta.crawl.discover import (
    discover_feeds,
    parse_feed,
    parse_section,
    parse_sitemap,
    parse_url_list,
    robots_sitemaps,
    sniff_kind,
)
from warta.crawl.urls import is_article_link, normalize_url

ARTICLE = "http://kabarnusa.test/berita/2026/11/24/banjir-rendam-tiga-kecamatan"


def test_variants_of_one_article_normalise_to_one_key() -> None:
    variants = [
        ARTICLE,
        ARTICLE + "?utm_source=rss&utm_medium=feed",
        ARTICLE + "#komentar",
        ARTICLE + "?fbclid=IwAR0abc",
        ARTICLE + "/amp",
        ARTICLE + "?amp=1",
        "http://m.kabarnusa.test/berita/2026/11/24/banjir-rendam-tiga-kecamatan",
        "http://amp.kabarnusa.test/berita/2026/11/24/banjir-rendam-tiga-kecamatan",
        "HTTP://KabarNusa.test:80/berita/2026/11/24/banjir-rendam-tiga-kecamatan",
        "http://kabarnusa.test/amp/berita/2026/11/24/banjir-rendam-tiga-kecamatan",
    ]
    assert {normalize_url(v) for v in variants} == {ARTICLE}


def test_normalisation_keeps_what_names_a_different_page() -> None:
    assert normalize_url(ARTICLE + "?id=7") == ARTICLE + "?id=7"
    assert normalize_url(ARTICLE + "?page=2") != normalize_url(ARTICLE)
    assert normalize_url("https://kabarnusa.test/x/y-z") != normalize_url("http://kabarnusa.test/x/y-z")
    assert normalize_url("/berita/a-b-c", "http://kabarnusa.test/kanal/") == (
        "http://kabarnusa.test/berita/a-b-c"
    )
    assert normalize_url("mailto:redaksi@kabarnusa.test") is None
    assert normalize_url("javascript:void(0)") is None


def test_article_links_are_told_from_navigation() -> None:
    assert is_article_link(ARTICLE)
    for nav in ("/tag/banjir", "/kategori/nasional", "/indeks", "/login", "/foto/galeri-a",
                "/penulis/redaksi", "/", "/gambar/banjir.jpg"):
        assert not is_article_link("http://kabarnusa.test" + nav), nav


def test_rss_and_atom_entries_with_their_hints() -> None:
    path = "/berita/2026/11/24/banjir?utm_source=rss"
    found = parse_feed(rss(KABAR, [("Banjir", path, "Mon, 24 Nov 2026 09:00:00 +0700")]),
                       f"http://{KABAR}/rss.xml")
    assert [(link.url, link.title) for link in found.links] == [
        (f"http://{KABAR}/berita/2026/11/24/banjir", "Banjir")
    ]
    assert found.links[0].published == "Mon, 24 Nov 2026 09:00:00 +0700"
    found = parse_feed(atom(HARIAN, [("Voli", "/berita/voli-putri", "2026-11-28T08:00:00Z"),
                                     ("Voli lagi", "/berita/voli-putri", "2026-11-28T08:00:00Z")]),
                       f"http://{HARIAN}/atom.xml")
    assert [link.url for link in found.links] == [f"http://{HARIAN}/berita/voli-putri"]


def test_sitemap_index_and_google_news_sitemap() -> None:
    index = parse_sitemap(sitemap_index(HARIAN, ["/sitemap-news.xml", "/sitemap-2.xml"]),
                          f"http://{HARIAN}/sitemap_index.xml")
    assert index.links == []
    assert index.sitemaps == [f"http://{HARIAN}/sitemap-news.xml", f"http://{HARIAN}/sitemap-2.xml"]
    news = parse_sitemap(
        news_sitemap(HARIAN, [("Jembatan ditutup", "/berita/jembatan", "2026-11-27T10:00:00+08:00")]),
        f"http://{HARIAN}/sitemap-news.xml",
    )
    assert [(lk.url, lk.title, lk.published) for lk in news.links] == [
        (f"http://{HARIAN}/berita/jembatan", "Jembatan ditutup", "2026-11-27T10:00:00+08:00")
    ]
    assert parse_sitemap(b"<not xml", "http://x.test/").links == []


def test_section_page_keeps_article_links_of_its_own_site_only() -> None:
    body = section_html([
        "/berita/2026/11/29/perpustakaan-keliling",
        "http://lain.test/berita/2026/11/29/bukan-situs-ini",
        "/berita/2026/11/29/perpustakaan-keliling?utm_campaign=x",
    ])
    found = parse_section(body, "http://suaratimur.test/kanal/nasional")
    assert [link.url for link in found.links] == [
        "http://suaratimur.test/berita/2026/11/29/perpustakaan-keliling"
    ]


def test_url_lists_robots_sitemaps_and_feed_autodiscovery() -> None:
    found = parse_url_list("# pagi\nhttp://a.test/berita/x-y-z\n\nhttp://a.test/berita/x-y-z?utm_source=t\n")
    assert [link.url for link in found.links] == ["http://a.test/berita/x-y-z"]
    robots = "User-agent: *\nDisallow: /privat/\nSitemap: http://a.test/peta.xml\nsitemap: /s2.xml\n"
    assert robots_sitemaps(robots, "http://a.test/") == ["http://a.test/peta.xml", "http://a.test/s2.xml"]
    page = (b'<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml">'
            b'<link rel="alternate" type="application/atom+xml" href="http://a.test/atom">'
            b'<link rel="stylesheet" href="/gaya.css"></head></html>')
    assert discover_feeds(page, "http://a.test/") == ["http://a.test/rss.xml", "http://a.test/atom"]
    assert sniff_kind(rss(KABAR, [])) == "feed"
    assert sniff_kind(sitemap_index(HARIAN, [])) == "sitemap"
    assert sniff_kind(page) == "page"
    assert sniff_kind(b"http://a.test/x\n") is None
    assert STORIES  # the fixture's texts exist


def test_a_batch_takes_hosts_in_turn() -> None:
    from warta.crawl.cycle import _across_hosts
    from warta.crawl.frontier import Entry

    def entry(url: str) -> Entry:
        return Entry(url, None, "new", 0, None, None, None)

    due = [entry(f"http://a.test/{i}") for i in range(6)] + [
        entry(f"http://b.test/{i}") for i in range(2)
    ]
    picked = [e.url for e in _across_hosts(due, 4)]
    assert picked == ["http://a.test/0", "http://b.test/0", "http://a.test/1", "http://b.test/1"]
    assert len(_across_hosts(due, 100)) == 8
