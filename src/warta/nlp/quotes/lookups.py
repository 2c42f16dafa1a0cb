"""Where one article names whom: lookups over its text and its entity mentions.

:class:`_Lookups` answers, for an offset of the article, questions the speaker
resolution of :class:`~warta.nlp.quotes.article._Article` (its subclass) asks: is a
person, a body or a place tagged there; was a name introduced as a body or a place;
which office a lower-case title points back to ("bupati" after "Bupati Sleman X"); is
an office held by nobody the article named; where a name stands. It reads the text,
the mentions sorted by start (bisected, so each lookup costs O(log n)) and changes
nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator

from warta.nlp.entities.spans import is_club
from warta.nlp.quotes.cues import (
    ADDRESS_TITLES,
    CALL_TITLES,
    CAP_STOP,
    MINISTER_TITLES,
    MODIFIERS,
    ORG_HEADS,
    ROLE_TITLES,
    TERRITORIAL_TITLES,
    country_words,
    is_region_name,
    region_words,
)
from warta.nlp.quotes.narration import (
    _ADMIN_HEADS,
    _AGE_RE,
    _DATELINE_PLACE,
    _OFFICE_REST_THEN_HOLDER,
    _TITLED_GAP,
    _region_of_office,
)
from warta.nlp.quotes.phrase import _GRADE, HANDLE, _two_fields_no_holder
from warta.nlp.quotes.resolved import (
    _OPEN_END,
    _Salient,
    _Speaker,
)
from warta.nlp.quotes.speakers import (
    Who,
)
from warta.records import Mention

#: A body's acronym in brackets inside an office's name: "(KKP)".
_BRACKETED = re.compile(r"\([A-Z][A-Za-z]{1,9}\)")


def _grade_at(words: list[str]) -> int | None:
    """Where a state office's grade stands in its name when its place (one word, or
    none) closes it: 2 in "Kepala Lapas Kelas IIA Kerobokan"; ``None`` otherwise.

    >>> _grade_at("Kepala Rutan Kelas IIB Wonosari".split())
    2
    >>> _grade_at("Kepala Dinas Sosial Kota Bogor".split()) is None
    True
    """
    for k in range(1, len(words) - 1):
        if _GRADE.fullmatch(f"{words[k]} {words[k + 1]}") and len(words) - k - 2 <= 1:
            return k
    return None


#: The rest of a unit's office after its acronym (a number, a place), then the holder
#: after a comma: " 03, Wiryo" in "Ketua RT 03, Wiryo Sudarmo".
_UNIT_REST_THEN_HOLDER = re.compile(
    r"(?:[ \t]+\d{1,3})?(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]*,[ \t]*[A-Z]"
)


# The longest office _TITLED_GAP allows between a role noun and a name (five words and a
# comma) is far shorter: no need to try it on a name further on.
_TITLED_REACH = 200
#: What follows a role noun that a copula then names ("Tersangka dalam kasus itu
#: ialah ...", "Saksi pertama adalah ..."): an ordinal or the case or hearing meant,
#: then the copula.
_COPULA_AFTER_ROLE = (
    r"(?:\s+(?:pertama|kedua|utama)"
    r"|\s+(?:dalam|pada|di)\s+(?:perkara|kasus|sidang|persidangan)(?:\s+(?:ini|itu|tersebut))?)?"
    r"\s+(?:adalah|ialah|yakni|yaitu)\s+"
)
#: A word character, as ``\b`` reads one.
_WORD_CHAR = re.compile(r"\w")

#: The gloss of a pseudonym after it: "(bukan nama sebenarnya)", "(nama samaran)".
_PSEUDONYM_GLOSS = re.compile(
    r"\s*\((?:bukan\s+nama\s+(?:sebenarnya|asli)|nama\s+(?:samaran|disamarkan))\)",
    re.IGNORECASE,
)


#: A segment set off by commas right after an office's name: ", Budi Santoso,".
_APPOSITIVE_SEGMENT = re.compile(r"[ \t]*,[ \t]*(?P<seg>[^,.;:\n\x01]{2,80}?)[ \t]*,")


class _Lookups:
    """Lookups over one article's text and mentions (set by the subclass)."""

    text: str
    mentions: list[Mention]
    _starts: list[int]
    _longest: int
    _persons_by_text: dict[str, list[int]]
    _bodies_by_word: dict[str, list[Mention]]
    _matches_by_pattern: dict[tuple[str, str], list[tuple[int, int]]]
    _starts_by_pattern: dict[str, list[int]]
    _body_ends_by_name: dict[str, int]
    _folded: str | None
    _first_folded: dict[str, int]
    _persons: list[Mention]
    _person_starts: list[int]

    def _title_before_office(self, mention: Mention) -> bool:
        """True when a "person" is only a title followed by the rest of its office and its
        holder between commas ("Lurah Sukamaju, Siti Aminah, ...", tagged "Lurah" + "Siti
        Aminah"): the holder is the person; a title alone as the subject ("Kapolda
        kembali bicara") stays."""
        if mention.text.lower() not in ROLE_TITLES:
            return False
        return _OFFICE_REST_THEN_HOLDER.match(self.text, mention.end) is not None

    def _acronym_of_office(self, mention: Mention) -> bool:
        """True when a "person" is only the acronym of an office's unit after its title,
        then the holder between commas ("Ketua RT 03, Wiryo Sudarmo, ...", "RT" tagged
        a person): the holder is the person."""
        if not (mention.text.isupper() and 2 <= len(mention.text) <= 4):
            return False
        before = self.text[max(0, mention.start - 30) : mention.start].split()
        return (
            bool(before)
            and before[-1].lower() in ROLE_TITLES
            and _UNIT_REST_THEN_HOLDER.match(self.text, mention.end) is not None
        )

    def _glued_place(self, mention: Mention) -> bool:
        """True when a one-word "person" is the place of an office right before its
        holder ("Bupati Garut Budi Santoso" tagged "Garut" + "Budi Santoso"): the
        holder is the person, not the place."""
        if " " in mention.text or not is_region_name(mention.text):
            return False
        k = bisect_right(self._starts, mention.end + 1)
        return any(
            m.type == "PER" and m.start > mention.start for m in self.mentions[k - 1 : k + 1]
        )

    def _rest_of_state_body(self, mention: Mention) -> bool:
        """True when a "person" opens with "Negeri" after a capitalised word: the rest of
        a state body's name ("SD Negeri 3 Batu", "Pengadilan Negeri Kupang", tagged "SD" +
        "Negeri 3 Batu"), never a person, whose name no such word opens."""
        if mention.text.split()[0] != "Negeri":
            return False
        before = self.text[max(0, mention.start - 30) : mention.start].split()
        return bool(before) and before[-1][:1].isupper()

    def _handle_before(self, before: int) -> tuple[str, int] | None:
        """The last account handle written before ``before`` ("@warga_kalisat" of
        "diunggah akun TikTok @warga_kalisat"), with its offset; ``None`` when none is."""
        handles = [
            m
            for m in HANDLE.finditer(self.text, 0, before)
            if not _WORD_CHAR.match(self.text, m.start() - 1)  # no e-mail address's
        ]
        return (handles[-1].group(0), handles[-1].start()) if handles else None

    def _given_name_before(self, name: str, pos: int) -> bool:
        """True when a one-word ``name`` at ``pos`` opens a longer name written before it
        that holds a person the tagger found ("Bima" after "Bima Satria Wibowo", tagged
        "Satria Wibowo"): a person's given name, though the tagger made it a place (a
        regency's, a town's) where it stands alone."""
        if not name.isalpha() or not name[:1].isupper():
            return False
        longer = re.compile(rf"\b{name}(?:[ \t]+[A-Z][\w'’-]*)+")
        for m in longer.finditer(self.text, 0, pos):
            before = self.text[max(0, m.start() - 30) : m.start()].split()
            if before and before[-1].lower() in ROLE_TITLES:
                continue  # "Bupati Bima Budi Santoso": an office's place, then its holder
            if self._person_within(m.start(), m.end()):
                return True
        return False

    def _person_at(self, pos: int) -> bool:
        """True when the tagger found a person starting at ``pos``."""
        i = bisect_left(self._starts, pos)  # the mentions are sorted by start
        while i < len(self._starts) and self._starts[i] == pos:
            if self.mentions[i].type == "PER":
                return True
            i += 1
        return False

    def _office_of_body(self, who: Who, pos: int) -> bool:
        """True when ``who`` is a title followed by a region's name, a club's name, or a name the
        article introduced before ``pos`` as a body or a place ("pelatih Persib",
        "Camat Ciracas" after "..., Ciracas, Jakarta Timur"), with no person tagged inside
        it: nobody holding the office is named. A name the tagger calls a body only
        where it stands ("Ketua Kelompok Tani X, Sukirno, ...") stays a person."""
        role, name = who.role or "", who.name or ""
        if who.anaphor or not role or role.split()[0].lower() not in ROLE_TITLES:
            return False
        if _region_of_office(name) and not self._person_within(pos, pos + len(name)):
            return True  # "Kepala Dinas X Kabupaten Y menyebut ...": the region, no holder
        if who.org:
            return False
        if is_club(name) and not self._person_within(pos, pos + len(name)):
            return True
        if " " not in name and self._closes_body(pos, pos + len(name)):
            return True  # "Direktur RSUD Naibonat": one word closing the body's name
        return self._introduced_as_body(name, pos)

    def _closes_body(self, start: int, end: int) -> bool:
        """True when a body the tagger found starts before ``start`` and ends at ``end``
        (the words after the title are the rest of its name), and no person is tagged
        there: a holder is named with more than the one word glued to a body."""
        first = bisect_right(self._starts, start - self._longest)
        return not self._person_within(start, end) and any(
            m.type == "ORG" and m.start < start and m.end == end
            for m in self.mentions[first : bisect_left(self._starts, start)]
        )

    def _holder_within(self, start: int, end: int) -> bool:
        """True when the tagger found a person starting in ``[start, end)`` other than the
        place of the article's dateline ("LABUAN BAJO, ..." then "Operator Labuan Bajo")
        or the body itself ("Terminal X" tagged a person from its head word on)."""
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        place = _DATELINE_PLACE.match(self.text)
        return any(
            m.type == "PER"
            and (place is None or m.text.casefold() != place["place"].casefold())
            and not (m.start == start and m.text.split()[0].lower() in ORG_HEADS)
            for m in self.mentions[lo:hi]
        )

    def _first_at(self, pos: int, test: Callable[[Mention], bool]) -> Mention | None:
        """The first mention (in their order) starting at ``pos`` that passes ``test``:
        ``next((m for m in self.mentions if m.start == pos and test(m)), None)``."""
        i = bisect_left(self._starts, pos)  # the mentions are sorted by start
        while i < len(self._starts) and self._starts[i] == pos:
            if test(self.mentions[i]):
                return self.mentions[i]
            i += 1
        return None

    def _person_written_at(self, pos: int, name: str) -> bool:
        """True when the tagger found a person starting at ``pos`` written ``name``."""
        return self._first_at(pos, lambda m: m.type == "PER" and m.text == name) is not None

    def _person_within(self, start: int, end: int) -> bool:
        """True when the tagger found a person starting in ``[start, end)``."""
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return any(m.type == "PER" for m in self.mentions[lo:hi])

    def _introduced_as_body(self, name: str, before: int) -> bool:
        """True when a body's or a place's span the tagger found before ``before`` holds
        ``name`` ("Kudus Muria" in "Kudus Muria Jaya Sentosa", "Ciracas" in
        "Kelurahan Ciracas") and no person's span is ``name`` elsewhere in the article
        (the tagger may call the words right after a title a person). A name closing a
        longer span after anything but a place's head word may be a holder glued to his
        body ("PBB Budi Santoso"), so it does not count."""
        # The persons' starts are in order: one other than ``before`` is the first or last.
        persons = self._persons_by_text.get(name, [])
        if persons and (persons[0] != before or persons[-1] != before):
            return False
        # Whether a span holding the name ends by ``before``: the earliest end of one, found
        # once a name (the spans holding a common word grow with the article).
        end = self._body_ends_by_name.get(name)
        if end is None:
            end = self._body_ends_by_name[name] = self._earliest_body_holding(name)
        return 0 <= end <= before

    def _earliest_body_holding(self, name: str) -> int:
        """The earliest end of a body's or a place's span holding ``name`` as
        :meth:`_introduced_as_body` counts one; -1 when none does."""
        words = re.findall(r"[\w'’-]+", name)
        if not words:
            return -1
        pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        ends = []
        for m in self._bodies_by_word.get(words[0], ()):
            hit = pattern.search(m.text)
            if hit is None:
                continue
            head = m.text[: hit.start()].split()
            if hit.end() < len(m.text) or not head or head[-1].lower() in _ADMIN_HEADS:
                ends.append(m.end)
        return min(ends, default=-1)

    def _untagged_territory(self, title: str, tokens: list[str], at: int) -> bool:
        """True when one word the tagger did not find as a person follows the title of an
        office held over a territory ("Kapolsek Semanu meninjau ..."): the territory, so
        the office is the person the sentence is about."""
        return (
            title.lower() in TERRITORIAL_TITLES
            and len(tokens) == 1
            # Only a mention starting within the longest mention's length before ``at``
            # can cover it.
            and not any(
                m.start <= at < m.end and m.type == "PER"
                for m in self.mentions[
                    bisect_right(self._starts, at - self._longest) : bisect_right(self._starts, at)
                ]
            )
        )

    def _tagged_body(self, sal: _Salient) -> bool:
        """True when the narration's remembered "person" is only mentioned (not the
        subject) and the tagger found a place or a body there ("20 warga di Kecamatan X
        dirawat"): no antecedent for an office."""
        return not sal.subject and self._body_at(sal.at)

    def _body_at(self, pos: int) -> bool:
        """True when a body or a place the tagger found covers ``pos`` and no person
        starts there."""
        return self._is_org_mention(pos) and not self._person_at(pos)

    def _described(
        self, noun: str | None, before: int, *, titled: bool = False
    ) -> tuple[str, int] | None:
        """The person a lower-case noun alone ("saksi", "korban") points back to: the last
        person named right after that noun before ``before`` ("saksi Budi Santoso"; with
        ``titled``, also after an office between them: "terdakwa Bupati X, Budi"), as
        (name, offset); ``None`` when the article named nobody so."""
        if not noun or not noun.isalpha() or not noun.islower():
            return None
        # self.mentions is sorted by start: the persons starting right after the noun,
        # or (titled) within reach of it, found by bisection instead of a scan per match
        persons, starts = self._persons, self._person_starts
        for end in reversed(self._noun_ends_before(noun, before, titled)):
            reach = end + _TITLED_REACH if titled else end
            person = next(
                (
                    x
                    for x in persons[bisect_left(starts, end) : bisect_right(starts, reach)]
                    if x.start == end or _TITLED_GAP.fullmatch(self.text, end, x.start)
                ),
                None,
            )
            if person is not None:
                return person.entity or person.text, person.start
        return self._named_as(noun, before) or self._named_by_copula(noun, before)

    def _holder_after_title(self, title: str, before: int) -> tuple[str, int] | None:
        """The person written last before ``before`` right after a lower-case title and
        its comma ("Ketua majelis hakim, Rudi Hartawan," for "hakim"), as (name, offset);
        ``None`` when the article named nobody so."""
        for _, end in reversed(self._word_matches(title, r",[ \t]+")):
            if end <= before and (person := self._first_at(end, lambda m: m.type == "PER")):
                return person.entity or person.text, person.start
        return None

    def _noun_ends_before(self, noun: str, before: int, titled: bool) -> list[int]:
        """The ends of ``re.finditer(rf"\\b{noun}\\s+(?=[A-Z])", self.text[:before])``
        (``titled``: without the look-ahead), in order, from the matches in the whole text
        found once: a search of the text up to ``before`` for each quote grows with the
        square of the article."""
        if not titled:
            # The capital the look-ahead wants must be inside the slice.
            ends = [e for _, e in self._word_matches(noun, r"\s+(?=[A-Z])")]
            return ends[: bisect_left(ends, before)]
        matches = self._word_matches(noun, r"\s+")
        # In the slice a match needs the noun and one space; its spaces stop at ``before``.
        k = bisect_left(matches, (before - len(noun), -1))
        return [min(e, before) for _, e in matches[:k]]

    def _word_matches(self, word: str, rest: str) -> list[tuple[int, int]]:
        """(start, end) of each match of ``rf"\\b{word}{rest}"`` in the whole text, in
        order, for a lower-case ``word`` and a ``rest`` opening with spaces; found once an
        article. The pattern is run without its ``\\b``, whose test follows: a pattern
        opening on the word is searched for the word's letters, fast, one opening on
        ``\\b`` is tried at every position (30 ms on 2 MB). A match after a word character
        hides no other: the next can start only past its spaces (``rest`` here never
        opens the next word with ``word``)."""
        found = self._matches_by_pattern.get((word, rest))
        if found is None:
            found = [
                m.span()
                for m in re.finditer(word + rest, self.text)
                if m.start() == 0 or not _WORD_CHAR.match(self.text, m.start() - 1)
            ]
            self._matches_by_pattern[(word, rest)] = found
        return found

    def _named_as(self, noun: str, before: int) -> tuple[str, int] | None:
        """The person the article last presented "as" a lower-case role ``noun`` before
        ``before`` ("menghadirkan Budi Santoso (40), staf gudang, sebagai saksi"): the
        nearest person named before "sebagai <noun>" in the same sentence, as (name,
        offset); ``None`` when there is none."""
        for start, end in reversed(self._word_matches("sebagai", rf"\s+{noun}")):
            # The matches of rf"\bsebagai\s+{noun}\b" in the text up to ``before``.
            if end > before or (end < before and _WORD_CHAR.match(self.text, end)):
                continue
            sentence_start = max(self.text.rfind(". ", 0, start), self.text.rfind("\n", 0, start))
            person = self._last_person_between(sentence_start, start)
            if person is not None:
                return person.entity or person.text, person.start
        return None

    def _named_by_copula(self, noun: str, before: int) -> tuple[str, int] | None:
        """The person a sentence opening on a lower-case role ``noun`` says it is, the
        last such before ``before`` ("Tersangka dalam kasus itu ialah seorang bendahara
        desa, Budi Santoso."): the first person named after the copula in that sentence,
        as (name, offset); ``None`` when there is none."""
        capital = f"[{noun[0].upper()}{noun[0]}]{noun[1:]}"
        for _, end in reversed(self._word_matches(capital, _COPULA_AFTER_ROLE)):
            if end > before:
                continue
            stop = min(
                (i for i in (self.text.find(". ", end), self.text.find("\n", end)) if i >= 0),
                default=len(self.text),
            )
            person = self._first_person_between(end, min(stop, before))
            if person is not None:
                return person.entity or person.text, person.start
        return None

    def _first_person_between(self, start: int, end: int) -> Mention | None:
        """The first person of ``self.mentions`` (in their order) starting at or after
        ``start`` and ending by ``end``."""
        for k in range(bisect_left(self._starts, start), len(self.mentions)):
            x = self.mentions[k]
            if x.start >= end:
                return None  # the mentions are sorted by start
            if x.type == "PER" and x.end <= end:
                return x
        return None

    def _last_person_between(self, after: int, end: int) -> Mention | None:
        """The last person of ``self.mentions`` (in their order) starting after ``after``
        and ending by ``end``, found from the mentions starting by ``end`` backwards."""
        for k in range(bisect_right(self._starts, end) - 1, -1, -1):
            x = self.mentions[k]
            if x.start <= after:
                return None  # the mentions are sorted by start
            if x.type == "PER" and x.end <= end:
                return x
        return None

    def _called_by_title(self, title: str | None, before: int) -> tuple[str, int] | None:
        """The person that a form of address alone ("Tuan Guru", "Mak", "Wak") as the
        subject points back to: the one the article last wrote ``before`` with that form
        before a name ("Tuan Guru Subki", "Mak Ijah"), as (the name after it, offset);
        ``None`` when ``title`` holds any other word or no such name was written."""
        words = (title or "").split()
        if not words or any(w.lower() not in CALL_TITLES or not w[:1].isupper() for w in words):
            return None
        if all(w.lower() in ADDRESS_TITLES for w in words):
            return None  # "Pak", "Bu": said to anyone, and "Bu X" names shops too
        phrase = " ".join(words)
        pattern = rf"\b{re.escape(phrase)}[ \t]+(?P<name>[A-Z][\w'’-]+)"
        m = next(self._matches_before(phrase, pattern, before), None)
        if m is None or m.group("name").lower() in CALL_TITLES | CAP_STOP:
            return None
        return m.group("name"), m.start("name")

    def _minister_named(self, short: str, before: int) -> tuple[str, str, int] | None:
        """The minister that a short form ("Mensesneg") points back to: the person the
        article named right after the full title ("Menteri Sekretaris Negara, Budi")
        before ``before``, as (name, full title, offset); ``None`` when there is none."""
        full = MINISTER_TITLES.get(short.lower())
        if full is None:
            return None
        for m in self._matches_before(full, rf"\b{full}\s*,?\s+", before):
            person = self._first_at(m.end(), lambda x: x.type == "PER")
            if person is not None:
                return person.entity or person.text, full, person.start
        return None

    def _named_office(self, title: str | None, before: int) -> tuple[str, str | None, int] | None:
        """The office that a lower-case ``title`` alone ("gubernur") points back to: the
        last "Gubernur <place> [<holder>]" of the article before ``before``, as (its
        holder's name and the office, or the office and ``None``, offset); ``None`` when
        there is none or the words after the title are no office of a place."""
        if title is None:
            return None
        # Each word capitalised, as an office's name: "wali kota" is "Wali Kota".
        head = " ".join(w.capitalize() for w in title.split())
        pattern = (
            rf"\b{re.escape(head)}(?P<rest>(?:[ \t]+[A-Z][\w'’-]*){{1,6}})"
            r"(?P<field>[ \t]+dan(?:[ \t]+[A-Z][\w'’-]*){1,4})?"
        )
        m = next(self._matches_before(head, pattern, before), None)  # the last
        if m is None:
            return None
        if (two_fields := self._office_over_two_fields(m)) is not None:
            return two_fields
        words = m.group("rest").split()
        k = 0
        while k < len(words) and (
            words[k].lower() in region_words() or words[k].lower() in MODIFIERS
        ):
            k += 1
        if k == 0:
            return None
        office = " ".join([head, *words[:k]])
        if k == len(words):
            if (person := self._holder_in_appositive(m.end())) is not None:
                # "Gubernur Jawa Tengah, Budi Santoso, ...": the holder set off by commas.
                return person.entity or person.text, office, person.start
            return office, None, m.start()
        tail = " ".join(words[k:])
        if self._introduced_as_body(tail, m.start()):
            # "Pelatih Kudus Muria" with the club tagged after the place word: the
            # office of a body, held by nobody named.
            return " ".join([head, *words]), None, m.start()
        holder = " ".join(words[k:])
        at = m.start() + m.group(0).find(holder)
        person = self._person_inside(at, at + len(holder))
        if person is not None:
            # "Kapolda Riau Irjen Pol Budi Santoso": the holder is the person the tagger
            # found, without the rank or the title of address before the name.
            return person.entity or person.text, office, person.start
        return holder, office, at

    def _holder_in_appositive(self, pos: int) -> Mention | None:
        """The person an office's name ending at ``pos`` gives as its holder between
        commas: ", Budi Santoso," or ", Irjen Pol Budi Santoso," (a rank before the name);
        the person the tagger found ending that segment, or ``None`` when the office is
        followed by no comma or the segment after it ends in no person."""
        m = _APPOSITIVE_SEGMENT.match(self.text, pos)
        if m is None:
            return None
        person = self._person_inside(m.start("seg"), m.end("seg"))
        return person if person is not None and person.end == m.end("seg") else None

    def _office_over_two_fields(self, m: re.Match[str]) -> tuple[str, str | None, int] | None:
        """The office of :meth:`_named_office`'s match ``m`` when its words run on over "dan"
        to a second field ("Menteri Pekerjaan Umum dan Perumahan Rakyat", "Menteri Kelautan
        dan Perikanan"): the holder the tagger found after the fields, or the office alone
        when none, as :meth:`_named_office` gives them; ``None`` when no "dan" follows, a
        person stands before it or a title after it ("Gubernur X Budi dan Wakil ...":
        two people)."""
        field = m.group("field")
        if field is None or field.split()[1].lower() in ROLE_TITLES:
            return None
        if self._person_inside(m.start(), m.start("field")) is not None:
            return None
        person = self._person_inside(m.start("field"), m.end())
        if person is None:
            return m.group(0), None, m.start()
        office = self.text[m.start() : person.start].rstrip(" ,")
        return person.entity or person.text, office, person.start

    def _matches_before(self, literal: str, pattern: str, before: int) -> Iterator[re.Match[str]]:
        """The matches of ``re.finditer(pattern, self.text[:before])``, the last first, for
        a ``pattern`` opening with ``\\b`` then the string ``literal``: from the starts of
        its matches in the whole text, found once an article (a search of the text up to
        ``before`` for each quote grows with the square of the article). Each is matched
        again with the text cut at ``before``: only the last can reach past it, and cut
        there it is shorter, or none (then nothing else of the slice matches after the
        one before it)."""
        compiled = re.compile(pattern)
        starts = self._match_starts(literal, compiled)
        for k in range(bisect_left(starts, before) - 1, -1, -1):
            m = compiled.match(self.text, starts[k], before)  # ``\b`` reads the text before
            if m is not None:
                yield m

    def _match_starts(self, literal: str, compiled: re.Pattern[str]) -> list[int]:
        """Where ``compiled.finditer(self.text)`` finds its matches, for a pattern opening
        with ``\\b`` then ``literal``: it is tried only where ``literal`` stands (a pattern
        opening on ``\\b`` is tried at every position, 30 ms on 2 MB), from the end of
        the last match on, as ``finditer`` does."""
        found = self._starts_by_pattern.get(compiled.pattern)
        if found is None:
            found = []
            at = self.text.find(literal)
            while at >= 0:
                m = compiled.match(self.text, at)
                if m is not None:
                    found.append(at)
                at = self.text.find(literal, at + 1 if m is None else max(m.end(), at + 1))
            self._starts_by_pattern[compiled.pattern] = found
        return found

    def _person_inside(self, start: int, end: int) -> Mention | None:
        """The first person mention lying wholly inside ``text[start:end]``, or ``None``."""
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return next((x for x in self.mentions[lo:hi] if x.type == "PER" and x.end <= end), None)

    def _unheld_office(self, role: str | None, ref: _Speaker, before: int) -> bool:
        """True when ``role`` names an office by its title and its country or place
        ("Presiden Kolombia", "Gubernur Jawa Tengah"), the article has not written it
        ``before`` (so named no holder of it), and ``ref`` holds another known title, or
        none and the article never wrote the office's title words before."""
        words = (role or "").split()
        # Capitalised words only: an office's name, not a description ("pelatih asal
        # Brasil itu" points back to someone).
        if len(words) < 2 or words[0].lower() not in ROLE_TITLES:
            return False
        # A body's acronym in brackets belongs to the office's name: "Kepala Kantor
        # Kesehatan Pelabuhan (KKP) Kelas II X".
        if _two_fields_no_holder(words, len(words) - 1):
            # "Menteri Komunikasi dan Digital": two fields, no place, nobody named.
            return not self._written_before(role or "", before)
        if not all(w[:1].isupper() or _BRACKETED.fullmatch(w) for w in words):
            return False
        graded = _grade_at(words)
        if (
            graded is None
            and not is_region_name(words[-1])
            and words[-1].lower() not in country_words()
        ):
            return False
        # Only against a known other title: "Kapolda X" after "Kepala Kepolisian Daerah
        # X, Irjen Y" (a holder with no role remembered) is still Y. Against no title,
        # only an office of several title words the article never wrote before ("Kepala
        # Dinas Pertanian Y" after "..., Rina Wati, sependapat"): nobody was introduced
        # in it (a one-word title may abbreviate the office a holder was given).
        if not ref.role:
            k = graded or next(
                (k for k in range(1, len(words)) if is_region_name(" ".join(words[k:]))), 0
            )
            if k < 2 or self._written_before(" ".join(words[:k]), before):
                return False
        elif words[0].lower() in ref.role.lower():
            return False
        return not self._written_before(role or "", before)

    def _written_before(self, words: str, before: int) -> bool:
        """``words.casefold() in self.text[:before].casefold()``, from where the words
        first stand in the case-folded text, found once an article (the text before each
        quote folded anew grows with the square of the article). Case folding maps each
        character on its own: when no character's folding is longer, the folded text's
        offsets are the text's."""
        if self._folded is None:
            self._folded = self.text.casefold()
        if len(self._folded) != len(self.text):
            return words.casefold() in self.text[:before].casefold()
        needle = words.casefold()
        first = self._first_folded.get(needle)
        if first is None:
            first = self._first_folded[needle] = self._folded.find(needle)
        # A later place of the words ends later: only the first can end by ``before``.
        return first >= 0 and first + len(needle) <= before

    def _aged(self, pos: int, name: str) -> bool:
        """True when an age in brackets follows ``name`` at ``pos``: "Sarmin (61)" is a
        person even when the tagger made the name a place; so is a pseudonym glossed as
        one ("Mawar (bukan nama sebenarnya)"), a name given to a protected source."""
        end = pos + len(name)
        return (
            _AGE_RE.match(self.text, end) is not None
            or _PSEUDONYM_GLOSS.match(self.text, end) is not None
        )

    def _open_at_end(self, end: int) -> bool:
        """True when a quote ending at ``end`` is left open at its paragraph's end."""
        para_end = self.text.find("\n\n", end)
        return (
            _OPEN_END.fullmatch(self.text, end, len(self.text) if para_end < 0 else para_end)
            is not None
        )

    def _locate(self, name: str, near: int) -> int:
        """Absolute offset of ``name`` near ``near`` (for mention lookup)."""
        lo = max(0, near - 400)
        idx = self.text.find(name, lo, near + 400)
        return idx if idx >= 0 else near

    def _last_named(self, pos: int, kind: Callable[[Mention], bool]) -> Mention | None:
        """The last mention of ``kind`` before ``pos``: what a described body points back
        to ("perusahaan itu": :func:`_is_company_mention`; "klub itu": :func:`_is_club_mention`)."""
        for m in reversed(self.mentions[: bisect_left(self._starts, pos)]):
            if kind(m):
                return m
        return None

    def _is_org_mention(self, pos: int) -> bool:
        # Only a mention starting within the longest mention's length before ``pos`` can
        # cover it.
        first = bisect_right(self._starts, pos - self._longest)
        return any(
            pos < m.end and m.type != "PER"
            for m in self.mentions[first : bisect_right(self._starts, pos)]
        )
