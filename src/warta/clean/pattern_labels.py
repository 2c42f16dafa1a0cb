"""The label a line earns by itself, before its position is considered (step 1).

:func:`pattern_label` reads one line's text and word count, and the short lines repeated
across the batch, and returns a removal reason (pagination, byline, navigation, caption,
date line, counter, a media player's or a mail's furniture, ...) or ``None`` for a line
that may be the story's. The helpers decide the shapes no single pattern of
:mod:`warta.clean.patterns` covers: an author beside the story's age, a reader app's
toolbar, an action or reply bar, credits by roles, a date line with its site and clock.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

from warta.clean import patterns as P
from warta.clean.dates import HIJRI_DATE_RE, MONTHS, WEEKDAYS, find_dates, is_date_only
from warta.clean.shapes import (
    Line,
    chrome_ratio,
    count_words,
    ends_terminal,
    normalise,
    split_credit,
)

# A press release's contact note is a paragraph of a few sentences at most.
CONTACT_MAX_WORDS = 80
# An office's address line: its name, the street, the city and the postal code.
POSTAL_ADDRESS_MAX_WORDS = 30
# Chrome when at least half of a short line's content words are chrome vocabulary.
CHROME_RATIO = 0.5
CHROME_MAX_WORDS = 12
# A menu: segments between at least MENU_MIN_BARS " | " bars, each of a few words.
MENU_MIN_BARS = 2
MENU_SEGMENT_WORDS = 4
# A saved page keeps a menu's items apart by wide gaps (a headline's words are one space
# apart): at least MENU_MIN_GAPPED_ITEMS items of a few capitalised words each.
MENU_MIN_GAPPED_ITEMS = 5
_WIDE_GAP_RE = re.compile(r"\s{3,}|\s*\t\s*")
# A station's call to its live stream names the station, its band, frequency and city.
BROADCAST_CALL_MAX_WORDS = 12
# A row of icons: buttons kept as symbols or one- or two-letter marks ("f", "X", "in").
ICON_ROW_MIN_ITEMS = 3
ICON_ROW_MAX_CHARS = 60
_ICON_MARK_RE = re.compile(r"[^\w\s]+|[A-Za-z]{1,2}")
# A photo caption is a sentence under a picture.
SOURCED_CAPTION_MAX_WORDS = 30
# Where a picture came from, bracketed after its caption: a courtesy ("ist", "istimewa")
# or an archive ("dok", "dokumentasi"). A wire's name ("(Antara)") also signs stories.
_PICTURE_SOURCE_WORDS = frozenset({"ist", "istimewa", "dok", "dokumentasi"})
_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)")
# A date line may carry the site's name and a clock ("Situs.id | Kamis, 12 September 2024
# - 11:34 WIB"): at most DATED_LINE_MAX_WORDS words, of which at most DATED_LINE_REST_WORDS
# are neither the date nor the clock (a site name split at its dot counts two).
DATED_LINE_MAX_WORDS = 14
DATED_LINE_REST_WORDS = 3
# A date line naming its reporter and editor holds a few names: at most this many words.
DATED_BYLINE_MAX_WORDS = 16
# An author's name next to the story's age: "Nama Penulis · 2 jam yang lalu".
AUTHOR_AGE_MAX_WORDS = 10
_AUTHOR_SEP_RE = re.compile(r"\s+[·•|]\s+")
_BY_RE = re.compile(r"^(?:oleh|by)\s*:?\s+", re.IGNORECASE)
_ROLE_LABEL_RE = re.compile(
    r"^(?:reporter|penulis|pewarta|editor|kontributor|writer|author)\s*:\s*", re.IGNORECASE
)
_NAME_RE = re.compile(r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,4}")
# Who posted a dated line, after the date: "Senin, 9 Desember 2024 | 07:20 oleh Redaksi".
_POSTED_BY_RE = re.compile(r"(?<=\d|B|A|T)\s+(?:oleh|by)\s+[A-Z][^.!?]{0,50}$")
# A dateline alone on its line ("Jakarta, NU Online") has a few words only.
PLACE_OUTLET_WORDS = 5
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# An English clock's half of the day ("4:38 PM") is the clock's.
_CLOCK_RE = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b(?:\s*[AP]\.?M\b\.?)?|\b(?:WIB|WITA|WIT|UTC|GMT|pukul)\b",
    re.IGNORECASE,
)
# ... which a date read with its clock ("Oct 9, 2026, 4:05") leaves right after it.
_MERIDIEM_AFTER_CLOCK_RE = re.compile(r"\s*(?-i:[AP]\.?M)\b\.?")


def pattern_label(line: Line, repeated: Collection[str]) -> str | None:
    """The label a line earns on its own, before position is considered."""
    text, words = line.text, line.words
    if P.PAGINATION_RE.search(text):
        return "pagination"
    if _is_print_counter(text):
        return "page-counter"  # a browser's print view numbers its sheets: "2 / 3"
    if P.PRINT_HEADER_RE.match(text) or P.PRINT_FOOTER_RE.match(text):
        return "page-counter"  # a print-to-PDF's running lines: "5/9/24, 10:05 PM  Judul"
    if P.RELATED_RE.search(text) or (words <= 4 and P.RELATED_LABEL_RE.match(text)):
        return "related"
    if words <= 8 and P.VIDEO_BOX_HEAD_RE.match(text):
        return "related"  # "Saksikan Video Pilihan di Bawah Ini:": the linked video's title follows
    media = _media_label(text, words)
    if media:
        return media
    if words <= 60 and P.AI_DISCLAIMER_RE.match(text):
        return "ai-summary"
    if words <= 30 and P.TICKER_ROW_RE.match(text):
        return "related"  # "ABCD +2,10%  EFGH -0,45%": a ticker widget between paragraphs
    if words <= 60 and P.STATS_BOX_RE.match(text):
        return "caption"  # "Statistik: Tembakan 12 - 5 · Sepak pojok 6 - 1": a match's box
    if words <= 60 and P.INLINE_SUMMARY_RE.match(text):
        return "ai-summary"  # "Ringkasan: ...": the summary box, its label on the line
    if words <= 30 and P.OUTLET_ABOUT_RE.match(text):
        return "footer"  # "Situs Kita is an independent news portal ...": the site about itself
    if words <= 8 and P.OUTLET_NAME_LINE_RE.match(text):
        return "footer"  # "Kantor Berita Nusa (KBN)": the outlet signs the story
    if words <= 12 and P.BYLINE_RE.search(text):
        return "byline"
    if words <= WIRE_STAFF_MAX_WORDS and P.WIRE_STAFF_RE.match(text):
        return "byline"  # "Pelaporan oleh Nama; Penyuntingan oleh Nama": the wire's desk
    if words <= WIRE_STAFF_MAX_WORDS and P.WRITTEN_BY_SENTENCE_RE.match(text):
        return "byline"  # "Artikel ini ditulis oleh Nama dan disunting oleh Nama."
    if words <= WIRE_STAFF_MAX_WORDS and P.EDITORIAL_STANDARDS_RE.match(text):
        return "footer"  # "Our Standards: ...": the agency's principles, linked
    if words <= 8 and P.NAME_ROLE_OUTLET_RE.match(text):
        return "byline"  # "Nama Penulis Kontributor Situs.id": who wrote it, for whom
    if words <= 14 and P.BYLINE_FREE_RE.search(text) and not ends_terminal(text):
        return "byline"
    if words <= DATED_BYLINE_MAX_WORDS and P.BYLINE_INSIDE_RE.search(text) and find_dates(text):
        return "byline"  # "Rabu, 3 Maret 2021 10:05 Reporter: Nama Editor: Nama"
    if words <= AUTHOR_AGE_MAX_WORDS + SITE_PART_MAX_WORDS and _is_author_and_age(text):
        return "byline"  # "Nama Penulis · 2 jam yang lalu", "Situs · by Nama · 2 hours ago"
    if words <= AUTHOR_AGE_MAX_WORDS + SITE_PART_MAX_WORDS and _is_site_author_date(text):
        return "byline"  # "Situs.com / by Nama / Oct 9, 2026, 4:05 PM": a reader app's byline
    if words <= AUTHOR_AGE_MAX_WORDS + SITE_PART_MAX_WORDS and _page_meta_kind(text):
        return _page_meta_kind(text)  # "Humas | Dilihat 90 kali", "2 hari lalu · 6 menit baca"
    if words <= READER_TOOLBAR_MAX_WORDS and _is_reader_toolbar(text):
        return "navigation"  # "Mark as read  Read later  View original (situs.com)"
    if words <= 50 and P.ADVERTORIAL_NOTE_RE.match(text):
        return "byline"  # "Artikel ini merupakan advertorial ...": the outlet's disclaimer
    if words <= 50 and (P.SERIES_NOTE_RE.match(text) or P.FEED_FOOTER_RE.match(text)):
        return "byline"  # "Liputan ini merupakan bagian dari serial ...": the credits' note
    if _is_contact_note(text, words) or (words <= 12 and P.CONTACT_LINE_RE.match(text)):
        return "contact"
    if words <= POSTAL_ADDRESS_MAX_WORDS and P.POSTAL_ADDRESS_LINE_RE.match(text):
        return "contact"  # "Dinas X, Jl. Merdeka No. 5, Kota 12345": the office's address
    if words <= 80 and P.DISCLOSURE_SEARCH.found_in(text):
        return "byline"  # the author's statement of interests: about the author, not news
    if words <= 16 and P.SAVED_LINE_RE.match(text) and find_dates(text):
        return "saved"  # "Saved Jan 9, 2025": when a reader app kept it, never published
    if words <= 16 and P.FOLIO_PAGE_RE.search(text) and find_dates(text):
        return "folio"  # "KORAN KITA | RABU, 5 MARET 2025 | HAL. 4": a printed folio
    if (
        words <= 16
        and P.UPDATED_RE.match(text)
        and (find_dates(text) or P.RELATIVE_AGE_RE.match(_after_update_label(text)))
    ):
        return "updated"  # "Diperbarui: 2 jam yang lalu": a revision's age, no headline
    if words <= 16 and P.PUBLISHED_LINE_RE.match(text) and find_dates(text):
        return "dateline"
    if words <= 16 and P.VIEWS_LINE_RE.match(text):
        # The day a video went up dates its page; a count alone is a counter.
        return "dateline" if find_dates(text) else "navigation"
    # "Diposting pada Selasa oleh admin — Kategori: ..." without a full date: who posted.
    if words <= 24 and P.PUBLISHED_LINE_RE.match(text) and re.search(r"\b(?:oleh|by)\s", text):
        return "byline"
    if P.TOPIC_BOX_RE.match(text) or P.SHARE_BAR_RE.match(text) or P.SHARE_ROW_RE.match(text):
        return "navigation"
    if words <= SORT_CONTROL_MAX_WORDS and P.SORT_CONTROL_RE.match(text):
        return "navigation"  # "Urutkan menurut: Terbaik": a list's control, over comments
    if words <= NEWSLETTER_LINE_MAX_WORDS and P.NEWSLETTER_CALL_EN_RE.match(text):
        return "navigation"
    if words <= READ_ON_MAX_WORDS and P.READ_ON_RE.match(text):
        return "navigation"
    if words <= 45 and _is_call(text):
        return "navigation"
    if words <= 45 and P.READER_NOTE_SEARCH.found_in(text):
        return "navigation"
    if words <= 40 and P.COPYRIGHT_SEARCH.found_in(text):
        return "copyright"
    if words <= 80 and P.COOKIE_SEARCH.found_in(text) and P.CONSENT_RE.search(text):
        return "cookie"
    if P.ATTRIBUTION_RE.match(text) and (words <= 12 or (words <= 40 and P.TITLED_RE.search(text))):
        return "attribution"
    wire = P.WIRE_LINE_RE.match(text)
    if wire and any(w.strip().lower() in P.WIRES for w in re.split(r"[,/&]", wire["wires"])):
        return "wire-credit"
    if P.INITIALS_RE.match(text) or split_credit(text)[0] == "":
        return "initials"  # a reporter's credit alone on a line: "(ard)", "(*)", "(Ded)"
    if words <= 12 and P.CREDIT_RE.search(text) and not P.GALLERY_HEADLINE_RE.match(text):
        return "credit"
    # A reporter's credit closing a paragraph ("... kata dia. (HUMAS X/ab)") is no photo's.
    if _is_hijri_only(text):
        return "hijri-date"  # "Ahad, 14 Rajab 1446 H": a date line with no Gregorian date
    if P.POST_META_RE.match(text) and find_dates(text):
        return "post-meta"  # "7:40 PM · Mar 9, 2025 · 3.1K Views": a post's time stamp
    if P.CHANNEL_HEAD_RE.match(text):
        return "byline"  # "Saluran · 3,4 jt pengikut": the channel that posted
    if P.FOLLOW_BUTTON_RE.match(text):
        return "navigation"  # "✓ Mengikuti": the follow button
    if P.READ_ON_LINK_RE.match(text):
        return "related"  # "Selengkapnya: https://...": the full story elsewhere
    if P.AT_HANDLE_RE.match(text):
        return "byline"  # "@akun_berita": the account that posted
    if _POST_DAY_RE.match(text) or _SEPARATOR_ONLY_RE.match(text):
        return "post-meta"  # "Dec 4", "·": a post's short date and the dot before it
    if P.EMBED_SIGNATURE_RE.match(text) and find_dates(text):
        return "caption"  # "— Nama (@akun) December 1, 2026": an embedded post's signature
    if words <= POLL_LINE_MAX_WORDS and P.POLL_HEAD_RE.match(text):
        return "poll"  # "POLLING SITUS": a reader poll's box, its question and options below
    if words <= UPDATE_NOTE_MAX_WORDS and P.UPDATE_NOTE_RE.match(text):
        return "update-note"  # "*Artikel ini telah diperbarui ...": the desk's note, no news
    if words <= GREETING_MAX_WORDS and P.GREETING_RE.match(text):
        return "greeting"  # "Halo, Kawan Kabar!": a newsletter greets its readers
    if words <= NEWSLETTER_LINE_MAX_WORDS and P.GREETING_INTRO_RE.match(text):
        return "greeting"  # "Selamat pagi, Sobat X. Berikut ...": and introduces its picks
    if P.BOX_BORDER_RE.match(text):
        return "box"  # "╔═════╗": a box drawn in text, its frame
    if words <= LIVE_LINE_MAX_WORDS and P.VERDICT_RE.match(text):
        return "verdict"  # "Hasil cek fakta: KELIRU": a fact-check's rating box
    if words <= NEWSLETTER_LINE_MAX_WORDS and P.NEWSLETTER_FURNITURE_SEARCH.found_in(text):
        return "mail-header"  # a mailing service's "view in browser" and opt-out lines
    if words <= LIVE_LINE_MAX_WORDS and P.LIVE_BADGE_RE.match(text):
        return "navigation"  # "🔴 LIVE · laman ini diperbarui berkala"
    if words <= LIVE_LINE_MAX_WORDS * 3 and P.SCORE_BOX_RE.match(text) and not ends_terminal(text):
        return "scoreboard"  # "Skor Akhir: Tim A 1-2 Tim B | Gol: ...": the match's box
    if words <= LIVE_LINE_MAX_WORDS * 3 and P.SCORERS_RE.match(text) and not ends_terminal(text):
        return "scoreboard"  # "Gol: Nama 12' - Nama 67'": who scored, by the minute
    if words <= LIVE_LINE_MAX_WORDS * 3 and P.SCORER_LIST_RE.match(text):
        return "scoreboard"  # "Nama 12' — Nama 67'": the scorers, unlabelled
    if P.LINEUP_RE.match(text):
        return "lineup"  # "Tim A (4-3-3): Kiper; Bek, ...": the players, no story
    if words <= LIVE_LINE_MAX_WORDS * 2 and P.NEXT_MATCH_RE.match(text):
        return "related"  # "Jadwal Berikutnya: Tim A vs Tim B, Minggu ..."
    if P.MEDIA_LINK_RE.match(text):
        return "caption"  # "Foto - https://...": a release's picture, linked
    shown = split_credit(text)[0] or text
    # A picture's credit names its source after a slash: no slash, no search.
    if P.CAPTION_TAIL_RE.search(shown) or ("/" in shown and P.CAPTION_CREDIT_RE.search(shown)):
        return "caption"
    if (
        words <= 40
        and (P.CAPTION_HEAD_RE.match(shown) or P.CAPTION_SOURCE_RE.search(shown))
        and not _reporter_credit_closing_speech(shown)
    ):
        return "caption"
    if words <= 4 and all(w.lower().strip(".") in P.CREDIT_WORDS for w in text.split()):
        return "credit"
    if words <= SOURCED_CAPTION_MAX_WORDS and _closes_on_picture_source(text):
        return "caption"  # "Warga antre di dermaga. (ist)": a picture's source, no reporter
    if P.LIVE_STAMP_RE.match(text):
        return "timestamp"  # a live report's "22.10 WIB" over an entry, no credit
    if words <= NAME_AND_DATES_MAX_WORDS and _is_name_and_dates(text):
        return "byline"  # "Nama Penulis | Senin, 7 Desember 2026 - 09:40 WIB | Diperbarui ..."
    if is_date_only(text):
        return "date"
    if P.RELATIVE_AGE_RE.match(text):
        return "dateline"  # "2 jam lalu": the page's age of the story, never its headline
    if words <= 8 and not ends_terminal(text) and find_dates(text):
        return "dateline"
    if words <= DATED_LINE_MAX_WORDS and not ends_terminal(text) and _is_dated_furniture(text):
        return "dateline"  # "Indozone.id | Kamis, 12 September 2024 - 11:34 WIB"
    if P.COUNTER_RE.match(text) or P.READING_TIME_RE.match(text) or P.COUNTS_ROW_RE.match(text):
        return "counter"
    if _is_symbol_counter(text):
        return "counter"  # "🕒 Waktu baca 6 menit", "💬 12", "👍 5,6 rb  ❤️ 271": a phone's meta
    if P.AUDIO_PLAYER_RE.match(text):
        return "navigation"  # "Dengarkan artikel ini ▶ 03:12": a text-to-speech player
    if words <= BROADCAST_CALL_MAX_WORDS and P.BROADCAST_CALL_RE.match(text):
        return "navigation"  # "Dengarkan siaran Radio Kita FM 99.1": a station's player
    if words <= PLACE_OUTLET_WORDS and P.PLACE_OUTLET_RE.match(text):
        return "dateline"  # "Jakarta, NU Online" over the lead: where and who, no headline
    if words <= CHROME_MAX_WORDS and chrome_ratio(text) >= CHROME_RATIO:
        return "navigation"
    if P.SCROLL_CUE_RE.match(text) or P.CHAPTER_LIST_RE.match(text):
        return "navigation"  # "Scroll ke bawah ⬇", "Bab 1 X · Bab 2 Y": a scroll story's chrome
    if words <= 40 and P.FIGURE_CAPTION_RE.match(text):
        return "caption"  # "Grafik 1. Produksi (ton), 2015–2025": a chart's caption
    if words <= 80 and P.METHOD_NOTE_RE.match(text):
        return "caption"  # "Catatan metodologi: ...": how the data was read, not the story
    if words <= 80 and P.CLIPPING_NOTE_RE.match(text):
        return "footer"  # "Catatan Tim Monitoring: ...": the clipping keeper's, not the story
    if words <= 60 and P.CLIPPING_DISCLAIMER_RE.match(text):
        return "footer"  # "Dokumen ini disusun oleh X untuk keperluan internal klien."
    if words <= 12 and P.CIRCULATION_MARK_RE.match(text):
        return "footer"  # "Bahan internal – tidak untuk diedarkan.": the file's mark
    if P.HOME_TRAIL_RE.match(text):
        return "navigation"  # "Beranda › Daerah › Judul...": the trail, even at the foot
    segments = text.split(" | ")
    if len(segments) > MENU_MIN_BARS and all(
        count_words(x) <= MENU_SEGMENT_WORDS for x in segments
    ):
        return "navigation"
    if _is_gapped_menu(text):
        return "navigation"  # "Beranda   Kota   Daerah   Olahraga   Opini": a saved menu
    if _is_icon_row(text):
        return "navigation"  # "✉  🖨  f  X  in": share and print buttons drawn as icons
    # Repetition across documents marks chrome only for short unpunctuated lines: full
    # sentences repeat legitimately between duplicate articles.
    if words <= 10 and not ends_terminal(text) and normalise(text) in repeated:
        return "repeated"
    return None


# A printed sheet's number among the sheets, alone on its line: "2 / 3", "3/3".
_SHEET_RE = re.compile(r"^\s*(\d{1,2})\s*/\s*(\d{1,2})\s*$")


def _is_print_counter(text: str) -> bool:
    """A print view's sheet counter, "2 / 3" (sheet 2 of 3) at a page break: the sheet
    is at most the count, and there are two sheets at least."""
    m = _SHEET_RE.match(text)
    return m is not None and 1 <= int(m.group(1)) <= int(m.group(2)) and int(m.group(2)) >= 2


def _after_update_label(text: str) -> str:
    """What a revision line says after its label: "Diperbarui: 6 jam lalu" -> "6 jam
    lalu" (the label's colon, dash or bar goes with it)."""
    return P.UPDATED_RE.sub("", text).lstrip(" :|-\u2013\u2014")


def _is_contact_note(text: str, words: int) -> bool:
    """A press release's closing note: further information from a named channel (an
    e-mail address, a hotline, a number), not a sentence merely mentioning one."""
    return (
        words <= CONTACT_MAX_WORDS
        and P.CONTACT_SEARCH.found_in(text)
        and bool(P.CONTACT_CHANNEL_RE.search(text))
    )


def _page_meta_kind(text: str) -> str | None:
    """What a line of the page's counters is, when each of its parts (by dots or bars) is
    one: "dateline" for the story's age beside them ("3 hari lalu · 6 menit baca"),
    "byline" for one name beside them ("Humas Kota Contoh | Dilihat 812 kali", the unit
    or the author that posted it), else None. A headline never holds a counter.

    >>> _page_meta_kind("3 hari lalu · 6 menit baca"), _page_meta_kind("Dinas Kota | 90 views")
    ('dateline', 'byline')
    >>> _page_meta_kind("3 hari lalu · Warga Kampung Mengungsi") is None
    True
    """
    parts = [part.strip() for part in _AUTHOR_SEP_RE.split(text)]
    if len(parts) < 2:
        return None
    ages = [part for part in parts if P.RELATIVE_AGE_RE.match(part)]
    counters = [part for part in parts if _is_page_counter(part)]
    others = [part for part in parts if part not in ages and part not in counters]
    if not others and ages:
        return "dateline"
    if len(others) == 1 and counters and not ages:
        name = _ROLE_LABEL_RE.sub("", _BY_RE.sub("", others[0]))
        if count_words(name) <= UNIT_NAME_MAX_WORDS and _UNIT_NAME_RE.fullmatch(name):
            return "byline"
    return None


# A person's or a unit's name: capitalised words, joined by "dan"/"serta"/"&" in a unit's
# ("Bagian Protokol dan Komunikasi", "Dinas Komunikasi dan Informatika Kota"). A
# ministry's bureau names its fields and its place in the ministry: "Biro Perencanaan dan
# Pengadaan Barang Sekretariat Utama" holds eight words, "dan" with them.
_UNIT_NAME_RE = re.compile(r"[A-Z][\w'.-]*(?:\s+(?:(?:dan|serta|&)\s+)?[A-Z][\w'.-]*){0,10}")
UNIT_NAME_MAX_WORDS = 11


def _is_page_counter(part: str) -> bool:
    """A page's count of its readers or comments, or its reading time ("Dilihat 1.204
    kali", "4 menit baca", "12 komentar")."""
    return bool(
        P.COUNTER_RE.match(part) or P.READING_TIME_RE.match(part) or P.COMMENT_LINK_RE.match(part)
    )


def _is_author_and_age(text: str) -> bool:
    """An author's name and the story's age, by a dot or a bar: "Nama Penulis · 2 jam
    yang lalu", "3 hari lalu | Nama Penulis". A reader app puts the site first, and
    then the name says it is the author's: "Situs Kita · by Nama Penulis · 2 hours ago"."""
    parts = [part.strip() for part in _AUTHOR_SEP_RE.split(text)]
    if len(parts) == 3 and len(parts[0].split()) <= SITE_PART_MAX_WORDS and _BY_RE.match(parts[1]):
        parts = parts[1:]  # the site's name, then "by Name" and the age
    if len(parts) != 2:
        return False
    ages = [bool(P.RELATIVE_AGE_RE.match(part)) for part in parts]
    name = parts[ages.index(True) ^ 1] if any(ages) else ""
    name = _BY_RE.sub("", name)  # "3 jam lalu · oleh Nama Penulis"
    name = _ROLE_LABEL_RE.sub("", name)  # "5 jam lalu · Penulis: Nama Penulis"
    return any(ages) and bool(_NAME_RE.fullmatch(name))


# A reader app parts the site, the author and the date by slashes as well as by dots or bars.
_READER_BYLINE_SEP_RE = re.compile(r"\s+[·•|/]\s+")


def _is_site_author_date(text: str) -> bool:
    """A reader app's byline over the story it shows: the site, "by" (or "oleh") and the
    author, then the story's date or age, and nothing else ("Situs Kita / by Nama Penulis
    / Oct 9, 2026, 4:05 PM", "Situs · oleh Redaksi · 9 Okt 2026"). The "by" says the
    name is the author's, so a headline with a date in it is never read as this line.

    >>> _is_site_author_date("Kabar.id  /  by Tim Redaksi  /  Mar 3, 2026, 9:15 AM")
    True
    >>> _is_site_author_date("Kabar.id / Warga Bertahan / Mar 3, 2026, 9:15 AM")
    False
    """
    parts = [part.strip() for part in _READER_BYLINE_SEP_RE.split(text)]
    if len(parts) != 3 or count_words(parts[0]) > SITE_PART_MAX_WORDS:
        return False
    author, when = parts[1:]
    if not _BY_RE.match(author) or not _NAME_RE.fullmatch(_BY_RE.sub("", author)):
        return False
    return bool(P.RELATIVE_AGE_RE.match(when)) or _words_beside_dates(when) == 0


# A thread's reply gives its day without the year ("Dec 4", "4 Des"); a lone dot parts it
# from the account's name.
_POST_DAY_RE = re.compile(
    rf"^\s*(?:(?:{_MONTH_NAMES})\.?\s+[0-3]?\d|[0-3]?\d\s+(?:{_MONTH_NAMES})\.?)\s*$", re.IGNORECASE
)
_SEPARATOR_ONLY_RE = re.compile(r"^\s*[·•]\s*$")
# A sort control is its label and the order's name: a few words.
SORT_CONTROL_MAX_WORDS = 6
# A live report's badge, a match's score box and its next fixture are short lines.
LIVE_LINE_MAX_WORDS = 10
NEWSLETTER_LINE_MAX_WORDS = 25
GREETING_MAX_WORDS = 6
# A poll's lines are short: a question, its options, a button, a count of votes.
POLL_LINE_MAX_WORDS = 20
UPDATE_NOTE_MAX_WORDS = 60
# A site's name before a reader app's byline: a few words ("Kabar Kita - Situs.com").
SITE_PART_MAX_WORDS = 4
# A reader app's toolbar holds a handful of actions, two at least, and next to nothing
# else: the saved page's address, a separator.
READER_TOOLBAR_MAX_WORDS = 20
READER_TOOLBAR_MIN_ACTIONS = 2
READER_TOOLBAR_REST_WORDS = 1
_ADDRESS_RE = re.compile(r"\(?\b(?:https?://)?(?:[\w-]+\.)+[a-z]{2,6}\b[^\s)]*\)?", re.IGNORECASE)


def _is_reader_toolbar(text: str) -> bool:
    """A reader app's row of actions over a saved story ("Read later · Send to Kindle ·
    View original (situs.com)", "Simpan · Bagikan · Buka asli"): two
    actions at least (:data:`~warta.clean.patterns.READER_ACTION_RE`) and, once they and
    the page's address are taken out, a word at most left."""
    actions = P.READER_ACTION_RE.findall(text)
    if len(actions) < READER_TOOLBAR_MIN_ACTIONS:
        return False
    rest = _ADDRESS_RE.sub(" ", P.READER_ACTION_RE.sub(" ", text))
    return len(P.WORD_RE.findall(rest)) <= READER_TOOLBAR_REST_WORDS


# The meta line of a story: its author (or desk) and its dates, by bars or dashes
# ("Nama Penulis | Senin, 7 Desember 2026 - 09:40 WIB | Diperbarui Selasa, ...", "Redaksi
# Situs – Senin, 7 Desember 2026 / 27 Jumadil Akhir 1448 H, 18:05 WIB"): two dates with
# clocks, a Hijri date and a name make it longer than a date line alone.
NAME_AND_DATES_MAX_WORDS = 30
NAME_PART_MAX_WORDS = 4
_NAME_DATE_SEP_RE = re.compile(r"\s+[|·•–—]\s+")


def _is_name_and_dates(text: str) -> bool:
    """A name (a few capitalised words) and date parts, nothing else, by bars, dots or
    dashes: the author's or the desk's name beside the story's dates. The first date part
    is the publication's: a line whose first date is a revision ("Nama | Diperbarui ...")
    is not this line.

    >>> _is_name_and_dates("Sari Wulan | Rabu, 2 Desember 2026 - 09:10 WIB")
    True
    >>> _is_name_and_dates("Redaksi Kabar – Rabu, 2 Desember 2026 / 21 Jumadil Akhir 1448 H")
    True
    >>> _is_name_and_dates("Warga Mengungsi | Rabu, 2 Desember 2026 banjir datang lagi")
    False
    """
    if not _NAME_DATE_SEP_RE.search(text):
        return False  # a name and a date need two parts
    parts = [part.strip() for part in _NAME_DATE_SEP_RE.split(text)]
    # a phone copy adds the reading time: "Nama · 9 Mar 2026, 08.05 WIB · 5 menit baca",
    # a blog its comment link: "Oktober 9, 2025 • Nama • Tinggalkan komentar", a
    # government site its count of readers: "... | Admin Humas | dibaca 812 kali"
    parts = [part for part in parts if not _is_page_counter(part)]
    has_date = [bool(find_dates(part)) for part in parts]
    names = [part for part, dated_part in zip(parts, has_date, strict=True) if not dated_part]
    dated = [part for part, dated_part in zip(parts, has_date, strict=True) if dated_part]
    if len(names) != 1 or not dated or P.UPDATED_RE.match(dated[0]):
        return False
    name = _BY_RE.sub("", names[0])
    if count_words(name) > NAME_PART_MAX_WORDS or not _NAME_RE.fullmatch(name):
        return False
    return all(_words_beside_dates(_unlabelled(part)) == 0 for part in dated)


def _unlabelled(part: str) -> str:
    """A date part without its label: "Published: <date>", "Diperbarui <date>"."""
    for label_re in (P.UPDATED_RE, P.PUBLISHED_LINE_RE):
        labelled = label_re.match(part)
        if labelled:
            return part[labelled.end() :].lstrip(" :")
    return part


# Characters beyond ASCII; of ASCII only "^" and "`" are symbols (category Sk).
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")


def _has_symbol(text: str) -> bool:
    """Whether ``text`` holds a symbol character (Unicode category So or Sk), reading
    only its characters beyond ASCII (a line of prose is nearly all ASCII)."""
    return (
        "^" in text
        or "`" in text
        or any(unicodedata.category(c) in ("So", "Sk") for c in _NON_ASCII_RE.findall(text))
    )


# What a count beside an emoji may hold: digits, and "rb"/"jt"/"K" for thousands, millions.
_COUNT_WORD_RE = re.compile(r"\d[\d.,]*[kKmM]?|rb|jt|ribu|juta|[kK]")


def _is_symbol_counter(text: str) -> bool:
    """A counter marked by emoji or symbols instead of words: a phone's reading time
    ("🕒 Waktu baca 6 menit"), its comment count ("💬 12"), a post's reactions ("👍 5,6 rb
    ❤️ 271 🙏 3 rb"). A symbol at least, and once the symbols are out a counter or
    counts alone."""
    if not _has_symbol(text):
        return False
    bare = "".join(
        " " if unicodedata.category(c) in ("So", "Sk", "Mn", "Cf") else c for c in text
    ).strip()
    if P.COUNTER_RE.match(bare) or P.READING_TIME_RE.match(bare):
        return True
    tokens = bare.split()
    # a reaction's name may stand by its count: "👍 Suka 40  😢 Sedih 2"
    return any(_COUNT_WORD_RE.fullmatch(t) for t in tokens) and all(
        _COUNT_WORD_RE.fullmatch(t) or t.lower() in P.REACTION_BUTTON_WORDS for t in tokens
    )


# A programme's credits: two roles at least ("Host: Nama | Tamu: Nama"), by bars or dots.
CREDITS_MIN_ROLES = 2
CREDITS_ROLE_MAX_WORDS = 12
MEDIA_LINE_MAX_WORDS = 16
EPISODE_LINK_MAX_WORDS = 20
TAG_LINE_MAX_WORDS = 20
# A wiki's tagline, sister link or source line, and a citation: a line of a few dozen words.
WIKI_LINE_MAX_WORDS = 40
SIGN_OFF_MAX_WORDS = 30
ACTION_BAR_MAX_WORDS = 12
READ_ON_MAX_WORDS = 8
_LEADING_SYMBOLS_RE = re.compile(r"^[^\w\"'“(\[]+")
_ACTION_SPLIT_RE = re.compile(r"[\s:·•|/,]+")
_COUNT_TOKEN_RE = re.compile(r"\d[\d.,]*[km]?|rb|jt")


def _media_label(text: str, words: int) -> str | None:
    """The label of a video's, podcast's or mail's furniture line, if it is one: a
    player's controls, a broadcast note, credits by roles, a production note, another
    episode's link, a share/reply bar, a sender's address, a forwarded message's marker,
    a release's number line, a tag line, a letter's closing formula."""
    if words <= MEDIA_LINE_MAX_WORDS and P.MEDIA_PLAYER_RE.search(text) and not ends_terminal(text):
        return "navigation"  # "▶ 00:00 / 04:18  Layar penuh": a player's controls
    if words <= MEDIA_LINE_MAX_WORDS and P.BROADCAST_NOTE_RE.match(text):
        return "caption"  # "Tayang di program X, Senin malam": where the video was shown
    if _is_credits_row(text) or (words <= 40 and P.PRODUCTION_NOTE_RE.match(text)):
        return "byline"
    if words <= EPISODE_LINK_MAX_WORDS and P.EPISODE_LINK_RE.match(text) and not find_dates(text):
        return "related"  # "Ep. 12 · Judul": another episode
    if words <= ACTION_BAR_MAX_WORDS and _is_action_bar(text):
        return "navigation"
    if P.MAIL_ADDRESS_LINE_RE.match(text) or P.FORWARDED_RE.match(text):
        return "mail-header"
    if P.RELEASE_NUMBER_RE.match(text):
        return "release-number"  # "Nomor: 12/SP/Humas/XI/2025"
    if words <= TAG_LINE_MAX_WORDS and P.TAG_LINE_RE.match(text) and not ends_terminal(text):
        return "related"  # "Tag: banjir  cuaca  Kota": the topics, linked
    if words <= WIKI_LINE_MAX_WORDS and P.WIKI_FURNITURE_RE.match(text):
        return "footer"  # "Dari Wikiwarta, sumber berita bebas", "Diambil dari https://..."
    if words <= WIKI_LINE_MAX_WORDS and P.CITATION_RE.match(text):
        return "related"  # "\"Judul\". Kabar Kita, 3 Desember 2026.": a cited source
    if words <= TAG_LINE_MAX_WORDS and P.OTHER_LANGUAGE_RE.match(text):
        return "related"  # the same story in the outlet's other language, linked
    if words <= SIGN_OFF_MAX_WORDS and P.LETTER_CLOSING_RE.match(text):
        return "sign-off"  # "Demikian ... kami sampaikan", "Atas perhatian Bapak/Ibu, terima kasih"
    return None


def _is_credits_row(text: str) -> bool:
    """Credits by roles, two at least, each "Role: Name" between bars or dots ("Host:
    Nama | Tamu: Nama (warga)", "Produser: Nama · Penyunting audio: Nama")."""
    parts = [part for part in _AUTHOR_SEP_RE.split(text) if part.strip()]
    return len(parts) >= CREDITS_MIN_ROLES and all(
        P.CREDIT_ROLE_RE.match(part) and count_words(part) <= CREDITS_ROLE_MAX_WORDS
        for part in parts
    )


def _is_gapped_menu(text: str) -> bool:
    """A menu saved as text: items of a few capitalised words, set apart by gaps of three
    spaces or a tab, none a sentence ("Beranda   Kota   Olahraga   Opini   Indeks")."""
    if "   " not in text and "\t" not in text:
        return False
    items = _WIDE_GAP_RE.split(text.strip())
    return len(items) >= MENU_MIN_GAPPED_ITEMS and all(
        count_words(item) <= MENU_SEGMENT_WORDS and item[:1].isupper() and not ends_terminal(item)
        for item in items
    )


def _is_icon_row(text: str) -> bool:
    """A row of buttons kept as icons: every mark a symbol or a one- or two-letter sign
    ("📧  🖨  f  X  in"), none a word or a number, a network's letter among them (symbols
    alone, "* * *", break a story's sections)."""
    if len(text) > ICON_ROW_MAX_CHARS:
        return False
    marks = text.split()
    return (
        len(marks) >= ICON_ROW_MIN_ITEMS
        and all(_ICON_MARK_RE.fullmatch(m) for m in marks)
        and any(m.isalpha() for m in marks)
    )


def _closes_on_picture_source(text: str) -> bool:
    """One sentence closed by a bracketed picture source ("... di dermaga. (ist)",
    "(Istimewa)", "(Dok)"): these words name where a photo came from ("istimewa", a
    courtesy picture; "dok", an archive), which sign pictures, not reporters' stories."""
    if not text.rstrip().endswith(")"):
        return False
    sentence, credit = split_credit(text)
    if not credit or not credit.startswith("("):
        return False
    words = credit.strip("()").lower().replace(".", " ").split()
    return (
        bool(words)
        and words[0] in _PICTURE_SOURCE_WORDS
        and len(_SENTENCE_END_RE.findall(sentence)) <= 1
    )


def _is_call(text: str) -> bool:
    """A call to action (``P.CTA_SEARCH``), read past an emoji or a symbol opening the line
    ("💚 Salurkan infaq Anda melalui rekening ..."); the second search only for such lines."""
    if P.CTA_SEARCH.found_in(text):
        return True
    bare = _LEADING_SYMBOLS_RE.sub("", text)
    return bare != text and P.CTA_SEARCH.found_in(bare)


def _is_action_bar(text: str) -> bool:
    """A row of buttons: share, reaction and reply actions and the networks' names, two at
    least and nothing else ("Like  Komentari  Kirim", "Share: FB WA Line", "Kutip
    Balas")."""
    tokens = [t.lower() for t in _ACTION_SPLIT_RE.split(text) if t]
    # The counts beside the buttons ("48 posting ulang  9 kutipan  131 suka") are theirs.
    words = [t for t in tokens if not _COUNT_TOKEN_RE.fullmatch(t)]
    return len(words) >= 2 and all(t in P.ACTION_WORDS for t in words)


def _is_reply_bar(text: str) -> bool:
    """An action bar with a reply or a comment among its buttons: the bar under a post,
    over the replies to it."""
    if not _is_action_bar(text):
        return False
    tokens = {t.lower() for t in _ACTION_SPLIT_RE.split(text)}
    return bool(tokens & P.REPLY_WORDS) or bool(
        tokens & P.COMMENT_WORDS and tokens & P.REACTION_WORDS
    )


_WEEKDAY_WORDS = frozenset({*WEEKDAYS, "ahad"})


def _is_hijri_only(text: str) -> bool:
    """A line that is a Hijri date and nothing else, a weekday aside ("Ahad, 14 Rajab 1446
    H"): an Islamic portal's date line with its Gregorian date on another line."""
    if len(text) > HIJRI_LINE_MAX_CHARS or not HIJRI_DATE_RE.search(text):
        return False
    rest = P.WORD_RE.findall(HIJRI_DATE_RE.sub(" ", text))
    return all(w.lower() in _WEEKDAY_WORDS for w in rest)


HIJRI_LINE_MAX_CHARS = 60


def _is_dated_furniture(text: str) -> bool:
    """A date with at most a site name and a clock around it: what is left once the
    dates, times and time zones are taken out has at most :data:`DATED_LINE_REST_WORDS`
    words ("Indozone.id", "WIB"). Who posted it may follow ("... 07:20 oleh Redaksi X"):
    the date line of a blog's post, with its author. A Hijri date beside the Gregorian
    one ("Kamis, 14 Rajab 1446 H / 16 Januari 2025") is part of the date."""
    rest = _words_beside_dates(_POSTED_BY_RE.sub("", text))
    return rest is not None and rest <= DATED_LINE_REST_WORDS


def _words_beside_dates(text: str) -> int | None:
    """How many words ``text`` holds besides its dates (a Hijri one too), clocks and time
    zones; ``None`` when it states no date."""
    text = HIJRI_DATE_RE.sub(" ", text)
    dates = find_dates(text)
    if not dates:
        return None
    rest, end = [], 0
    for found in dates:
        rest.append(text[end : found.start])
        end = found.end
        if found.has_time:
            meridiem = _MERIDIEM_AFTER_CLOCK_RE.match(text, end)
            end = meridiem.end() if meridiem else end
    rest.append(text[end:])
    leftover = _CLOCK_RE.sub(" ", " ".join(rest))
    return len(P.WORD_RE.findall(leftover))


# A wire's desk line names a few reporters and editors.
WIRE_STAFF_MAX_WORDS = 30


def _reporter_credit_closing_speech(text: str) -> bool:
    """``text`` reports what someone said ("..., kata Nama, akan ...") and closes with a
    bracketed "(Site/Reporter)" credit: the story's last paragraph signed by its reporter,
    not a picture's caption."""
    return bool(P.BRACKET_CREDIT_END_RE.search(text) and P.SPEECH_TAG_RE.search(text))
