"""Who said what: direct, indirect and mixed quotations with their speakers.

:func:`extract_quotes` reads an article body (paragraphs joined by ``"\\n\\n"``) and
returns :class:`~warta.records.Quote` records whose ``start``/``end`` slice the body to
exactly ``quote.text``. It is rule based: double-quote spans are paired per paragraph,
sentences are split outside quotes, and each sentence is matched against the cue
lexicon of :mod:`warta.nlp.quotes.cues` in a fixed order (an attributed quote span, then a
trailing ``..., kata X``, ``menurut X, ...``, a leading ``Katanya, ...``, a
subject-first ``X mengatakan ...`` and a parenthetical ``..., lanjutnya, ...``).
Pronouns and ``-nya`` resolve to the most recent person who spoke, unless the
narration has since made a titled person or an earlier speaker its subject; a paragraph
that opens with an unattributed quote continues the last speaker; a quote left open
at a paragraph's end with nobody to continue takes the speaker of the next paragraph's
quote that carries it on. The answers of a question-and-answer interview
(:mod:`warta.nlp.quotes.interviews`) are their speaker's direct quotes.

Quote marks are paired and masked by :mod:`warta.nlp.quotes.spans`, speaker phrases
parsed by :mod:`warta.nlp.quotes.speakers`; the sentence shapes around a cue are in
:mod:`warta.nlp.quotes.clauses`, salience and speaker resolution in
:mod:`warta.nlp.quotes.article` (over the patterns of :mod:`warta.nlp.quotes.narration`)
and the records and final naming in :mod:`warta.nlp.quotes.resolved`.
:func:`collapse_quotes`, which merges the same quote across articles, lives in
:mod:`warta.nlp.quotes.collapse` and is re-exported here.

>>> q = extract_quotes('"Harga naik," kata Prof Budi Santoso. Ia pergi. "Kami siap."')
>>> [(x.text, x.speaker, x.kind, x.cue) for x in q]
[('Harga naik', 'Budi Santoso', 'direct', 'kata'), ('Kami siap.', 'Budi Santoso', 'direct', None)]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace

from warta import settings
from warta.lexicon.indonesian import QUESTION_WORDS
from warta.nlp.quotes.accounts import owners_named
from warta.nlp.quotes.article import _Article
from warta.nlp.quotes.clauses import (
    _ASSURED_STATE,
    _CLAUSE_SOON,
    _CLAUSE_WORD,
    _CONTENT_START,
    _CREDITED_BY,
    _DOCUMENT_WORDS,
    _GLUE_AFTER_VERB,
    _LEADING_CUE,
    _LINKERS,
    _LISTED_SUBJECT_CLAUSE,
    _MENURUT,
    _MIMICKING,
    _MIN_MIXED_WORDS,
    _NAMED_AFTER,
    _OFFICE_THEN_HOLDER,
    _PARENTHETICAL,
    _PARENTHETICAL_MENURUT,
    _PASSIVE_AFTER_LONG_SUBJECT,
    _PREDICATE_SOON,
    _PROMISE_SOON,
    _QUOTE_PASSIVE,
    _READ_FOR,
    _RESULT_RECORDED,
    _SEBAGAI_VERBS,
    _SIGNED_DOCUMENT_READS,
    _SIGNED_DOCUMENT_SAYS,
    _SUBJECT_VERB,
    _TRAILING_MENURUT,
    _VERB_SOON,
    _VOICED_BY,
    OWN_RELATION_AFTER,
    _clause_after,
    _collective_complaint,
    _colon_cue,
    _coordinated_subject,
    _counted_report,
    _data_record,
    _denied_account,
    _directive_clause,
    _explained_topic,
    _filed_report,
    _is_data,
    _is_journalist,
    _leading_office_holder,
    _subordinate_directive,
    fronted_named_cue,
    is_record_source,
    quoted_predicate,
)
from warta.nlp.quotes.collapse import collapse_quotes
from warta.nlp.quotes.credits import Credit, credited_quote
from warta.nlp.quotes.cues import (
    ASKING_STEMS,
    ASKING_VERBS,
    CALL_TITLES,
    CHALLENGE_VERBS,
    CLAIM_NOUNS,
    INSCRIBING_VERBS,
    LEADING_PASSIVE_RE,
    ORG_REPORT_VERBS,
    PROMISE_VERBS,
    ROLE_OPENERS,
    SUBJECT_FIRST_RE,
    TRAILING_CUE_RE,
    TRAILING_PASSIVE_RE,
    VERB_FIRST_RE,
    VIEW_VERBS,
    WEAK_CUES,
    WEAK_QUOTE_CUES,
    full_names,
    looks_like_org,
    resolve_names,
)
from warta.nlp.quotes.glued import glued_holder
from warta.nlp.quotes.identified import named_later
from warta.nlp.quotes.interviews import Answer, interview_answers
from warta.nlp.quotes.malay_nobility import noble_names
from warta.nlp.quotes.name_titles import mentions_past_titles
from warta.nlp.quotes.phrase import AUTHORED_DOCUMENTS
from warta.nlp.quotes.resolved import (
    _Attribution,
    _call_names_resolved,
    _dotted_as_written,
    _final_name,
    _Found,
    _Hit,
    _nicknames_resolved,
    _office,
    _Resolved,
    _settle_pending,
    _without_kiai_child_title,
    _without_ulama_titles,
    bodies_by_inner_acronym,
    elders_introduced,
    without_elder_title,
)
from warta.nlp.quotes.spans import inner, mask, quote_spans, sentences, trim
from warta.nlp.quotes.speakers import (
    Who,
    is_people,
    is_unnamed_source,
    parse_after,
    parse_phrase,
    parse_subject,
)
from warta.nlp.quotes.who import _ANAPHOR, _DEMONSTRATIVES
from warta.nlp.quotes.wording import _is_pure_name, blank_dateline
from warta.records import Mention, Quote, QuoteKind

__all__ = ["collapse_quotes", "extract_quotes"]

#: Minimum words for an unattributed sentence-initial quote to count as a continuation;
#: shorter quoted bits are terms or titles ("“tuas”"). Calibration: :mod:`warta.settings`.
_MIN_CONTINUATION_WORDS = settings.integer("quotes.min_continuation_words")
#: A clause shorter than this before ", kata X, ..." is the start of the report, not all
#: of it (the cue is parenthetical).
_MIN_PARENTHETICAL_HEAD = settings.integer("quotes.min_parenthetical_head")
#: Minimum words of reported content for an indirect quote.
_MIN_INDIRECT_WORDS = settings.integer("quotes.min_indirect_words")


#: Verbs of admitting a feeling and of judging whose report may be a short state:
#: "Ia mengaku sempat bingung.", "Ia mengaku awalnya keberatan.", "Ia menilai dinas
#: lamban."
_SHORT_STATE_CUES = frozenset({"mengaku", "menilai"})
#: Two lower-case words closing the sentence: a state with its time or its bearer, no
#: fragment of a name, a figure or a clause cut short. A bare feeling of one word
#: ("mengaku kecewa.", "mengaku lega.") is narration in every blind set (blind8q,
#: blind10q, blind12q leave it unlabelled), so one word stays too short.
#: (A word may be doubled with a hyphen: "mengaku masih ragu-ragu.")
_SHORT_STATE = re.compile(r"[a-z]+(?:-[a-z]+)? [a-z]+(?:-[a-z]+)?[.!]?")
#: Verbs of declaring a stance whose report may be two words: the stance, opened by a
#: negation, an aspect or readiness ("Terdakwa menyatakan masih pikir-pikir.", "Ia
#: menyatakan tidak keberatan.", "Klub menyatakan siap bertanding."): a decision voiced,
#: never a noun object ("menyatakan sikap.", "menyatakan belasungkawa.").
_STANCE_CUES = frozenset({"menyatakan"})
_STANCE = re.compile(r"(?:masih|tidak|tak|belum|siap|akan|sudah|tetap) [a-z]+(?:-[a-z]+)?[.!]?")
#: The dateline opening an article, before a quote that opens its lead: "MEDAN, Waspada - ",
#: "JAKARTA, KOMPAS.com -- ", "BOGOR - ", "Jakarta, CNN Indonesia -- " (a place, an
#: optional outlet, a dash, nothing after it).
_DATELINE_ONLY = re.compile(
    r"\s*[A-Z][A-Za-z'’.-]+(?:[ \t]+[A-Z][A-Za-z'’.-]+){0,2}[ \t]*"
    r"(?:,[ \t]*[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2}[ \t]*)?[-–—]+\s*"
)


def _after_dateline(lead: str) -> int:
    """Where the lead paragraph's own words start, after its dateline ("KOTA, Outlet - ").

    >>> _after_dateline("KOTA BARU, Warta - Harga naik.")
    19
    """
    blanked = blank_dateline(lead)
    return len(blanked) - len(blanked.lstrip())


#: A person's name between commas: "Yoga Pranata, ".
_HOLDER_THEN_COMMA = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s*,\s*")


def _holder_after(sent: str, at: int) -> tuple[str, int, int] | None:
    """(name, its offset, end of its comma) when ``sent`` holds a full name between
    commas at ``at`` ("..., Yoga Pranata, kapal ..."); else ``None``.

    >>> _holder_after("Menurut Kepala X, Yoga Pranata, kapal tiba.", 18)
    ('Yoga Pranata', 18, 32)
    """
    m = _HOLDER_THEN_COMMA.match(sent, at)
    if m is None or not _is_pure_name(m.group("name")):
        return None
    return m.group("name"), m.start("name"), m.end()


def _short_state(cue: str, content: str) -> bool:
    """True when ``content``, under the minimum words of an indirect quote, is a state
    that a verb of admitting or judging reports ("mengaku sempat pingsan.", "menilai
    dinas lamban."): its speaker's account of a feeling or a judgement, a statement; or a
    stance a verb of declaring reports ("menyatakan masih pikir-pikir.").

    >>> _short_state("mengaku", "sempat bingung."), _short_state("mengaku", "kecewa.")
    (True, False)
    >>> _short_state("menyatakan", "masih pikir-pikir."), _short_state("menyatakan", "sikap tegas.")
    (True, False)
    """
    cue, content = cue.lower(), content.strip()
    return (cue in _SHORT_STATE_CUES and _SHORT_STATE.fullmatch(content) is not None) or (
        cue in _STANCE_CUES and _STANCE.fullmatch(content) is not None
    )


#: A question word opening what a verb of challenging reports: "... mengapa ...".
_QUESTION_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(QUESTION_WORDS))})\b")
#: Verbs of telling a story whose object is the story, introducing it after a colon:
#: "Ia menceritakan malam itu:", "Budi mengisahkan hari pertamanya:".
_TELLING_INTRO = re.compile(
    r"\b(?P<cue>menceritakan|mengisahkan|mengenang|menggambarkan|bercerita|berkisah)\b"
)


#: A noun of one's own statement, its speaker's name and "bahwa": "klaim Budi bahwa
#: ...", "pernyataan Budi Santoso bahwa ..." (not "tudingan bahwa ...", an accusation
#: whose speaker is not named).
_CLAIM_OF = re.compile(
    rf"\b(?P<cue>{'|'.join(sorted(CLAIM_NOUNS))})[ \t]+"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})[ \t]+bahwa[ \t]+"
)
#: A person's name (two to four capitalised words) closing the words before a verb, then
#: "yang": the relative clause that verb opens is that person's ("Ucapan Kepala Dinas
#: X, Budi Santoso, yang menyebut ...", "diterima Budi Santoso yang berjanji ...").
_NAME_BEFORE_RELATIVE = re.compile(
    r"(?:^|[\s,])(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}),?[ \t]+yang[ \t]+$"
)


#: One capitalised word opening the words before a verb, then a relative clause of
#: lower-case words with no comma ("Sumarni yang duduk di kursi roda "); see
#: :meth:`_Extractor._subject`.
_ONE_NAME_BEFORE_RELATIVE = re.compile(r"\s*(?P<name>[A-Z][\w'’-]+)\s+yang\s+[a-z][a-z\s-]*$")


#: A translation in brackets between a quote and its cue: '"Sumure garing," (Sumurnya
#: kering) tuturnya' (a quote in a regional language glossed in Indonesian); part of the
#: quote's item, the cue after it is the quote's.
_GLOSS = re.compile(r"\([^()\x01]{1,400}\)[ \t,]*(?=[a-z])")


#: A sentence's subject, its predicate in lower-case words and a subordinator whose
#: clause shares the subject: "Budi Santoso terdiam sejenak sebelum (mengakui ...)".
_SUBJECT_THEN_SUBORDINATOR = re.compile(
    r"(?P<subject>[A-Z](?:[^,\x01]{0,60}?[A-Z])?[\w'’-]*)\s+(?:[a-z][\w-]*\s+){1,6}"
    r"(?:sebelum|setelah|sesudah|sambil|seraya|lalu|kemudian|lantas)\s+$"
)


class _Extractor(_Article):
    # -- per sentence ----------------------------------------------------------------

    def paragraph(self, pi: int, para: str, base: int) -> None:
        """Extract from one paragraph (``base`` is its offset in the article)."""
        spans = quote_spans(para)
        self.para, self.masked, self.base, self.pi = para, mask(para, spans), base, pi
        opens = [s for s, _ in spans]  # in text order: a sentence's spans are one slice
        self.prev_sentence = ""
        self.unclaimed_from = None
        for ss, se in sentences(para, spans):
            found = len(self.state.out)
            inside = spans[bisect_left(opens, ss) : bisect_left(opens, se)]
            self._sentence(ss, se, inside)
            self.prev_sentence = self.masked[ss:se]
            if inside or len(self.state.out) > found:
                self.unclaimed_from = None
            elif self.unclaimed_from is None:
                self.unclaimed_from = ss

    def _sentence(self, ss: int, se: int, inside: list[tuple[int, int]]) -> None:
        """Extract from one sentence; ``inside``: the quote spans opening in it."""
        if inside and self._quoted(ss, se, inside):
            return
        self._indirect(ss, se, inside)
        self._salient(self.masked, self.base, ss, se)

    def _quoted(self, ss: int, se: int, inside: list[tuple[int, int]]) -> bool:
        """Attribute quote spans in one sentence; False when none is a quotation."""
        para, masked, base, pi = self.para, self.masked, self.base, self.pi
        n = len(inside)
        atts: list[_Attribution | None] = [None] * n
        asked = [False] * n  # a journalist's question: no quote at all
        for i, (_, qe) in enumerate(inside):
            nxt = inside[i + 1][0] if i + 1 < n else se
            after = masked[qe:nxt]
            lead = len(after) - len(after.lstrip(" ,"))
            if (gloss := _GLOSS.match(after, lead)) is not None:
                lead = gloss.end()  # '"Banyune entek," (Airnya habis) tuturnya'
            m = VERB_FIRST_RE.match(after, lead)
            if m and lead:
                who, left = parse_after(after[m.end() :])
                if who is not None and who.name is not None and (mm := _MIMICKING.match(left)):
                    # '"...," ujar Budi menirukan ucapan pelaku': the words are the
                    # one imitated, the person the narration spoke of before; Budi, who
                    # imitates, stays the article's speaker (see :meth:`_emit`).
                    imitator = (who.name, base + qe + m.end() + max(who.offset, 0))
                    if not (mm.group("noun") and OWN_RELATION_AFTER.match(left, mm.end())):
                        # ("... menirukan pesan putranya": the words stay the re-enactor's.)
                        who = Who(None, anaphor=True)
                    self.imitators[base + inside[i][0], base + qe] = imitator
                    if mm.group("whom"):
                        self.imitated[base + inside[i][0], base + qe] = mm.group("whom")
                if m.group("base").lower() in ASKING_STEMS and _is_journalist(who):
                    asked[i] = True
                    continue
                if m.group("nya"):
                    who = Who(None, anaphor=True)
                if who is not None:
                    atts[i] = _Attribution(who, m.group(0), base + qe + m.end(), False)
                    continue
            if (pm := _QUOTE_PASSIVE.match(after)) is not None:
                # '"...," demikian disampaikan Deputi Gubernur BI, Budi Santoso.'
                who, _ = parse_after(" " + after[pm.end() :])
                if who is not None and who.usable:
                    atts[i] = _Attribution(who, pm.group("cue"), base + qe + pm.end() - 1, False)
                    continue
            if (rm := _READ_FOR.match(after)) is not None:
                # '"...," demikian isi pidato menteri yang dibacakan X': a speech
                # read for its author is the author's words.
                who = parse_phrase(rm.group("who"))
                if who is not None and who.usable:
                    atts[i] = _Attribution(who, rm.group("cue"), base + qe + rm.start("who"), False)
                    continue
            if (dm := _DOCUMENT_WORDS.match(after)) is not None:
                # '"...," demikian bunyi surat itu': the document speaks for its author.
                atts[i] = _Attribution(Who(None, dm.group("doc")), "bunyi", base + qe, False)
                continue
            v = SUBJECT_FIRST_RE.search(after)
            if v and "." not in after[: v.start()] and v.start() < 160:
                who = parse_subject(after[: v.start()])
                if who is not None and who.usable:
                    atts[i] = _Attribution(who, v.group("cue"), base + qe, False)
        found: list[_Found] = []
        first_att = next((a for a in atts if a is not None), None)
        prev_end = ss
        for i, (qs, qe) in enumerate(inside):
            if asked[i]:
                prev_end = qe
                continue
            before = masked[prev_end:qs]
            if i == 0 and base + ss == 0 and _DATELINE_ONLY.fullmatch(before):
                before = ""  # 'MEDAN, Waspada - "...." Kalimat itu diucapkan X': a lead quote
            att = atts[i]
            kind: QuoteKind = "direct"
            start, end = inner(para, (qs, qe))
            rest = masked[qe : inside[i + 1][0] if i + 1 < n else se]
            if att is None:
                pre = self._pre(before, base + prev_end, len(para[qs:qe].split()))
                if pre is not None and pre.cue in ASKING_VERBS and _is_journalist(pre.who):
                    prev_end = qe  # 'Seorang wartawan bertanya, "...?"': no one's statement
                    continue
                if pre is not None:
                    att = pre
                    if pre.who is None and first_att is not None:
                        att = _Attribution(first_att.who, pre.cue, first_att.at, True)
                    if not pre.glued:
                        kind = "mixed"
                        start = self._content_from(masked, prev_end, qs)
                        start, end = trim(para, start, se)
                    elif rest.strip(" .,!?;:") and not atts[i] and i + 1 == n:
                        kind = "mixed"
                        start, end = trim(para, qs, se)
                    if pre.who is None and first_att is None:
                        att = None
                    elif first_att is None:
                        first_att = att  # later spans of this sentence share the speaker
                elif (
                    first_att is not None
                    and i > 0
                    and (not before.strip(" ,") or (atts[i - 1] and before.rstrip().endswith(",")))
                ):
                    verbs = list(SUBJECT_FIRST_RE.finditer(before))
                    cue = verbs[-1].group("cue") if verbs else first_att.cue
                    att = _Attribution(first_att.who, cue, first_att.at, True)
            if att is None and i == 0 and ss == 0 and not before.strip():
                # 'Ia menceritakan malam itu:' closing the paragraph before: the quote
                # opening this one is the words it introduces (and those of the
                # paragraphs the quotation runs on to, see :func:`_joined_run_on`).
                att = self._colon_intro()
            if att is None:
                words = para[start:end].split()
                whole = not rest.strip(" .,!?;:") and para[start:end].endswith((".", "!", "?"))
                if not before.strip() and (len(words) >= _MIN_CONTINUATION_WORDS or whole):
                    found.append(_Found(base + start, base + end, "direct", None, None, -1, pi))
                prev_end = qe
                continue
            if i == 0 and atts[0] is not None and len(before.split()) > 1:
                kind = "mixed"  # narration, then a quoted fragment: 'diambil "demi ...," jelas X'
            found.append(_Found(base + start, base + end, kind, att.cue, att.who, att.at, pi))
            prev_end = qe
            if kind == "mixed":
                break
        if not any(f.who is not None for f in found):
            named = self._named_after(base + inside[-1][1]) if found and not any(atts) else None
            if named is not None:
                # '"...." Ucapan itu diteriakkan Budi, ...': the speaker named after.
                cue, who, at = named
                for f in found:
                    self._emit(replace(f, cue=cue, who=who, who_at=at))
                return True
            if found and not any(atts):
                # Unattributed sentence-initial quotes: continuation of the last speaker.
                for f in found:
                    self._emit(f)
                return True
            return False
        for f in found:
            self._emit(f)
        return True

    def _colon_intro(self) -> _Attribution | None:
        """The speaker and cue of a sentence that closes the paragraph before this one
        with a colon, a speaker then a reporting or telling verb ("Ia mengatakan:",
        "Budi menceritakan hari itu:"); ``None`` when that paragraph ends otherwise."""
        # ``head = self.text[: self.base].rstrip()``, read in place: it ends at ``end``.
        end = _rstripped_end(self.text, self.base)
        if end == 0 or self.text[end - 1] != ":":
            return None
        line = self.text.rfind("\n", 0, end)
        # The sentence starts after the last full stop, if any is on the line.
        stop = self.text.rfind(". ", line + 1, end)
        start = max(stop + 2 if stop >= 0 else 0, line + 1)
        sentence = self.text[start:end]
        verbs = list(SUBJECT_FIRST_RE.finditer(sentence)) or list(_TELLING_INTRO.finditer(sentence))
        if not verbs or not sentence[: verbs[-1].start()].strip():
            return None
        who = self._subject(sentence[: verbs[-1].start()], start)
        if who is None or not who.usable:
            return None
        return _Attribution(who, verbs[-1].group("cue"), start, True)

    def _named_after(self, end: int) -> tuple[str, Who, int] | None:
        """The speaker named right after an unattributed quote ending at ``end``, in
        the next sentence or paragraph: '"...." Ucapan itu diteriakkan Budi Santoso',
        '"...." Demikian keterangan Budi kepada wartawan'; (cue, speaker, offset) or ``None``."""
        m = _NAMED_AFTER.match(self.text, end)
        if m is None:
            return None
        who, _ = parse_after(" " + self.text[m.end() : m.end() + 200])
        if who is None or not who.usable or who.name is None:
            return None
        cue = (
            m.group("cue")
            or m.group("noun")
            or m.group("passive")
            or m.group("source")
            or m.group("verb")
        )
        return cue, who, m.end() - 1

    def _pre(self, before: str, at: int, quoted_words: int = 0) -> _Attribution | None:
        """A subject-first cue before a quote (of ``quoted_words`` words): ``X mengatakan
        kepada wartawan, "..."``; or a verb-first one opening the sentence, then a colon:
        ``Kata Kapolres: "..."``, ``Ujarnya: "..."``."""
        if (signed := _SIGNED_DOCUMENT_SAYS.fullmatch(before)) is not None:
            # 'Dalam surat yang diteken Sekda X, Budi, tertulis: "..."': the signer's words.
            signer = Who(signed.group("name"), signed.group("office"), offset=0)
            return _Attribution(signer, signed.group("cue"), at + signed.start("name"), True)
        if (reads := _SIGNED_DOCUMENT_READS.fullmatch(before)) is not None:
            # 'Surat yang diteken Budi itu berbunyi, "..."': the signer's words.
            author = parse_phrase(reads.group("name"))
            if author is not None and author.usable and author.name is not None:
                at_name = at + reads.start("name") + max(author.offset, 0)
                return _Attribution(author, reads.group("cue"), at_name, True)
        if (colon := _colon_cue(before)) is not None:
            speaker, offset, verb = colon
            return _Attribution(speaker, verb, at + offset if offset >= 0 else -1, True)
        best = None
        for v in SUBJECT_FIRST_RE.finditer(before):
            best = v
        if best is not None:
            glue = bool(_GLUE_AFTER_VERB.match(before[best.end() :]))
            if best.group("cue") in _SEBAGAI_VERBS:
                return None  # "X melihat, "...": seeing, not saying
            bahwa = re.match(r"\s+bahwa\b", before[best.end() :]) is not None
            if best.group("cue") in INSCRIBING_VERBS and not bahwa:
                return None  # 'menuliskan, "Selamat datang"': the words set down
            if (
                best.group("cue") in WEAK_CUES
                and not glue
                and not bahwa
                # 'mengakui banyak kios "belum tersentuh bantuan"': a quoted predicate
                and not quoted_predicate(best.group("cue"), before[best.end() :], quoted_words)
            ):
                return None
            head = before[: best.start()]
            if _LINKERS.fullmatch(head):
                head = ""  # "..., seraya menambahkan bahwa, "...": same speaker
            who = self._subject(head, at) if head.strip() else None
            if head.strip() and (who is None or not who.usable):
                return None
            return _Attribution(who, best.group("cue"), at, glue)
        m = re.search(r"(?:^|,\s*)[Mm]enurut\s+(?P<who>[^,\x01]{1,80}?)\s*,\s*$", before)
        if m:
            who = parse_phrase(m.group("who"))
            if who is not None and who.usable:
                return _Attribution(who, "menurut", at + m.start("who"), True)
        return None

    def _document_by_acronym(self, phrase: str, at: int) -> Who | None:
        """A document named again by its acronym ("LHA itu" after "Laporan Hasil
        Audit (LHA)", at offset ``at``): read as the document ("laporan"), which
        speaks for its author (see :meth:`_emit`); ``None`` for any other phrase."""
        words = phrase.split()
        if len(words) != 2 or not words[0].isupper() or words[1] not in _DEMONSTRATIVES:
            return None
        tagged = self._first_at(at, lambda m: m.text == words[0])
        head = (tagged.entity or "").split(" ", 1)[0].lower() if tagged is not None else ""
        return Who(None, head, anaphor=True) if head in AUTHORED_DOCUMENTS else None

    def _claim_of(self, sent: str, at: int) -> _Hit | None:
        """A statement reported as a person's noun of speech with "bahwa" ("... klaim
        Budi Santoso bahwa stok cukup"; ``sent`` at offset ``at``): the clause is that
        person's, the noun its cue, whoever questions it; ``None`` without one or when
        the name is no person the tagger found."""
        m = _CLAIM_OF.search(sent)
        if m is None:
            return None
        name_at = at + m.start("name")
        if not self._person_written_at(name_at, m.group("name")):
            return None
        who = Who(m.group("name"), offset=0)
        return _Hit(m.end(), len(sent), m.group("cue"), who, name_at)

    def _relative_speaker(self, head: str, at: int) -> Who | None:
        """The person a relative clause of speech hangs on, when ``head`` (at offset
        ``at``) ends with a name the tagger found and "yang" ("Ucapan Kepala Dinas X,
        Budi Santoso, yang ", "diterima Budi Santoso yang "): the clause is his
        statement, wherever the name stands in the sentence; ``None`` otherwise."""
        m = _NAME_BEFORE_RELATIVE.search(head)
        if m is None:
            return None
        name_at = at + m.start("name")
        tagged = self._person_written_at(name_at, m.group("name"))
        return Who(m.group("name"), offset=m.start("name")) if tagged else None

    def _shared_subject(self, head: str, at: int) -> Who | None:
        """The main clause's subject when ``head`` is that subject, its predicate and a
        subordinator of time or manner ("Budi Santoso terdiam sejenak sebelum "): Indonesian
        leaves out the subject of such a clause when it is the main clause's, so the verb
        of saying after it is that person's. Only a subject holding a person the tagger
        found, and a predicate of lower-case words (no other name in it)."""
        m = _SUBJECT_THEN_SUBORDINATOR.match(head)
        if m is None:
            return None
        who = parse_subject(m.group("subject") + " ")
        if who is None or who.name is None or who.org:
            return None
        lo, hi = bisect_left(self._starts, at), bisect_left(self._starts, at + m.end("subject"))
        person = next((x for x in self.mentions[lo:hi] if x.type == "PER"), None)
        if person is None:
            return None
        # "Saksi Bonar Sitompul": the person the tagger found, without the role before it.
        role = head[: person.start - at].strip() or None
        return Who(person.text, role, offset=person.start - at)

    def _subject(self, head: str, at: int) -> Who | None:
        """The speaker of the words ``head`` (at offset ``at``) before a subject-first cue:
        :func:`parse_subject`'s reading, or the holder the tagger found glued to his
        office ("Kepala Desa X Warsito mengatakan"; see :mod:`warta.nlp.quotes.glued`)."""
        parsed = parse_subject(head)
        if (
            parsed is None
            and (rel := _ONE_NAME_BEFORE_RELATIVE.match(head)) is not None
            and self._person_written_at(at + rel.start("name"), rel.group("name"))
        ):
            # "Sumarni yang duduk di kursi roda mengaku ...": a one-word name, then a
            # relative clause with no commas telling what the person did; the name is the
            # subject when the tagger found a person there ("Pasal yang diuji" is none).
            parsed = Who(rel.group("name"), offset=rel.start("name"))
        return glued_holder(head, at, parsed, self._person_ending) or parsed

    def _content_from(self, masked: str, lo: int, qs: int) -> int:
        """Start of the reported clause after a subject-first verb before ``qs``."""
        best = None
        for v in SUBJECT_FIRST_RE.finditer(masked, lo, qs):
            best = v
        if best is None:
            return lo
        m = _CONTENT_START.match(masked, best.end())
        return m.end() if m else best.end()

    def _indirect(self, ss: int, se: int, inside: list[tuple[int, int]]) -> None:
        para, masked, base, pi = self.para, self.masked, self.base, self.pi
        sent = masked[ss:se]
        hit: _Hit | None = None
        for m in TRAILING_CUE_RE.finditer(sent):
            if m.start() == 0:
                continue
            cue = m.group("cue")
            rest = sent[m.end() :]
            if cue.lower().endswith("nya") and cue.lower() != "tanya":
                if rest.strip(" .!?") and not re.match(
                    r"\s+(?:kepada|di|saat|ketika|dalam)\b", rest
                ):
                    continue
                who: Who | None = Who(None, anaphor=True)
            else:
                who, left = parse_after(rest)
                tail = rest.partition(",")[2].split(None, 1)
                if (
                    who is not None
                    and (who.name is not None or who.anaphor)
                    and tail
                    and (not left.strip(" .!?") or left.lstrip().startswith(","))
                    and tail[0].lower() not in ROLE_OPENERS
                    and (
                        len(sent[: m.start()].split()) < _MIN_PARENTHETICAL_HEAD
                        or _CLAUSE_WORD.search(tail[-1] if len(tail) > 1 else "")
                    )
                ):
                    # "Hasil sketsa itu, kata Argo, nantinya ...": a parenthetical cue, not
                    # an appositive; the report is the whole sentence.
                    who = Who(who.name, None, who.org, who.anaphor, who.offset)
                    hit = _Hit(0, len(sent), cue, who, base + ss + m.end("cue"))
                    break
            if who is not None and who.usable:
                hit = _Hit(0, m.start(), cue, who, base + ss + m.end("cue"))
                break
        if hit is None and (m2 := _TRAILING_MENURUT.search(sent)):
            who = parse_phrase(m2.group("who"))
            if who is not None and who.usable and not is_record_source(m2.group("who")):
                hit = _Hit(0, m2.start(), "menurut", who, base + ss + m2.start("who"))
        if hit is None and (m3 := _MENURUT.match(sent)):
            who = parse_phrase(m3.group("who")) or self._document_by_acronym(
                m3.group("who"), base + ss + m3.start("who")
            )
            if (
                who is not None
                and (who.name is None or looks_like_org(who.name))
                and (holder := _holder_after(sent, m3.end()))
            ):
                # "Menurut Kepala Syahbandar, Yoga Pranata, kapal ...": an office (of a
                # body), then its holder between commas; the report starts after him.
                holder_name, holder_at, report_at = holder
                role = " ".join(x for x in (who.role, who.name) if x) or None
                hit = _Hit(
                    report_at, len(sent), "menurut", Who(holder_name, role), base + ss + holder_at
                )
            elif who is not None and who.usable and not is_record_source(m3.group("who")):
                hit = _Hit(m3.end(), len(sent), "menurut", who, base + ss + m3.start("who"))
        if hit is None and (fronted := fronted_named_cue(sent)) is not None:
            # "Kata Budi, stok beras cukup.": the cue and its speaker before the report.
            cue, who, at, start = fronted
            hit = _Hit(start, len(sent), cue, who, base + ss + at)
        if hit is None and (mp := TRAILING_PASSIVE_RE.search(sent)):
            # "..., demikian diungkapkan Bupati X di pendopo, Selasa."
            # The rest of the sentence, so "oleh <office>, <Name>," reaches the name.
            who, _ = parse_after(" " + sent[mp.start("who") :])
            if who is not None and who.usable:
                hit = _Hit(0, mp.start(), mp.group("cue"), who, base + ss + mp.start("who") - 1)
        if hit is None and (ml := LEADING_PASSIVE_RE.match(sent)):
            # "Dijelaskan pula oleh Rahayu, sebanyak ..."
            who = parse_phrase(ml.group("who"))
            held = _leading_office_holder(sent, ml)
            if held is not None:
                # "Ditegaskan Wakil Rektor X, Rina Marlina, kampus ...":
                # the office, then its holder, then the report.
                who, at, start = held
                hit = _Hit(start, len(sent), ml.group("cue"), who, base + ss + at)
            elif who is not None and who.usable:
                hit = _Hit(ml.end(), len(sent), ml.group("cue"), who, base + ss + ml.start("who"))
        if hit is None and (m4 := _LEADING_CUE.match(sent)):
            # The verb as written: "Kata" of "Kata dia", "Dikatakan" of "Dikatakan, ...".
            cue = m4.group("cue").split()[0].rstrip(",")
            hit = _Hit(m4.end(), len(sent), cue, Who(None, anaphor=True), -1)
        if hit is None:
            for v in SUBJECT_FIRST_RE.finditer(sent):
                head = sent[: v.start()]
                if not head.strip() or "\x01" in head or _is_data(head.rsplit(",", 1)[-1]):
                    continue
                who = (
                    self._subject(head, base + ss)
                    or _coordinated_subject(head)
                    or self._they(head)
                    or self._both(head, base + ss)
                    or self._relative_speaker(head, base + ss)
                    or self._shared_subject(head, base + ss)
                )
                if who is None or not who.usable:
                    continue
                cm = _CONTENT_START.match(sent, v.end())
                cstart = cm.end() if cm else v.end()
                if v.group("cue") in _SEBAGAI_VERBS and " sebagai " not in sent[cstart:]:
                    continue
                if _collective_complaint(v.group("cue"), who, sent, v.end()):
                    continue
                if _subordinate_directive(v.group("cue"), head):
                    continue
                if v.group("cue") == "mencatat" and _RESULT_RECORDED.match(sent, v.end()):
                    continue  # "Ia mencatat waktu 16 menit": a result set, not a report
                if _filed_report(v.group("cue"), sent, v.end()):
                    continue  # "melaporkan dugaan penipuan ke Polda": a complaint filed
                if _denied_account(v.group("cue"), sent, v.end()):
                    continue  # "membantah keterangan ahli": the account denied, no report
                if _explained_topic(v.group("cue"), sent, v.end()):
                    continue  # "menjelaskan kondisi para pasien": the topic, no report
                if _data_record(v.group("cue"), sent, cstart):
                    continue  # "BPBD mencatat 17 kejadian banjir ...": data, no statement
                if v.group("cue") in _NOTING_VERBS and self._closing_note(ss, se):
                    # "BPS mencatat ekspor turun 8 persen." alone closing the article: a
                    # note of background data after the voices, no one's statement (a
                    # report, "Antara melaporkan bahwa ...", still is one).
                    continue
                if v.group("cue") in INSCRIBING_VERBS and not re.match(
                    r"\s+bahwa\b", sent[v.end() :]
                ):
                    continue  # "menuliskan namanya": the words set down, no report
                if (
                    v.group("cue") in WEAK_CUES
                    and not re.search(r"bahwa|:", sent[v.end() : cstart])
                    and not re.match(r"\s*,", sent[v.end() :])  # "Ia melanjutkan, ..."
                    and not (who.org and v.group("cue") in ORG_REPORT_VERBS)
                    and not (
                        v.group("cue") in WEAK_QUOTE_CUES
                        and _clause_after(sent, v.end())
                        and not _counted_report(v.group("cue"), sent, v.end())
                    )
                    and not (v.group("cue") in VIEW_VERBS and _VERB_SOON.match(sent, v.end()))
                    # "berjanji gaji untuk tiga bulan dibayarkan ...": a promised act with
                    # its own subject, read as a view's clause is
                    and not (v.group("cue") in PROMISE_VERBS and _VERB_SOON.match(sent, v.end()))
                    and not (v.group("cue") in VIEW_VERBS and _ASSURED_STATE.match(sent, v.end()))
                    and not (
                        v.group("cue") in VIEW_VERBS
                        and _PASSIVE_AFTER_LONG_SUBJECT.match(sent, v.end())
                    )
                    and not (
                        v.group("cue") in VIEW_VERBS and _LISTED_SUBJECT_CLAUSE.match(sent, v.end())
                    )
                    and not _directive_clause(v.group("cue"), sent, v.end())
                    # "mempertanyakan mengapa ...": a question asked, reported.
                    and not (
                        v.group("cue") in CHALLENGE_VERBS and _QUESTION_AFTER.match(sent, v.end())
                    )
                    and not (v.group("cue") in PROMISE_VERBS and _PROMISE_SOON.match(sent, v.end()))
                    # "berjanji tunjangan cair sebelum ...": a promised outcome, a clause
                    and not (
                        v.group("cue") in PROMISE_VERBS and _PREDICATE_SOON.match(sent, v.end())
                    )
                    # "berjanji dinas akan memperbaiki ...": a promise of others' acts
                    and not (v.group("cue") in PROMISE_VERBS and _CLAUSE_SOON.match(sent, v.end()))
                    # "berjanji pemkab memperbaiki ...": the same with no auxiliary, the
                    # act's own subject and verb
                    and not (v.group("cue") in PROMISE_VERBS and _SUBJECT_VERB.match(sent, v.end()))
                ):
                    continue
                hit = _Hit(cstart, len(sent), v.group("cue"), who, base + ss)
                break
        if hit is None:
            hit = self._claim_of(sent, base + ss)
        if hit is None and (m6 := _PARENTHETICAL_MENURUT.search(sent)) and m6.start() > 0:
            who = parse_phrase(m6.group("who"))
            if (
                who is not None
                and who.usable
                and who.name is not None
                and not is_record_source(m6.group("who"))
            ):
                hit = _Hit(0, len(sent), "menurut", who, base + ss + m6.start("who"))
        if hit is None and (m5 := _PARENTHETICAL.search(sent)):
            hit = _Hit(0, len(sent), m5.group("cue").split()[0], Who(None, anaphor=True), -1)
        if hit is None and (credit := self._credited_by_next(base + se)) is not None:
            # "Anggaran ... naik tahun depan. Hal itu diungkapkan oleh Sekda X, Budi.":
            # a statement with no cue of its own, credited by the next sentence.
            cue, who, at = credit
            lead = self._credited_run_start(ss, se, at)
            hit = _Hit(lead - ss, len(sent), cue, who, at)
        if hit is None:
            return
        start, end = trim(para, ss + hit.start, ss + hit.end)
        if len(para[start:end].split()) < _MIN_INDIRECT_WORDS and not _short_state(
            hit.cue, para[start:end]
        ):
            return
        quoted = [(q, e) for q, e in inside if start <= q < end]
        # A quoted term of a word or two ('”kota kembang” itu') is a scare quote
        # inside reported speech, not the speaker's words: the report stays indirect.
        words_quoted = max((len(para[q:e].split()) for q, e in quoted), default=0)
        kind: QuoteKind = "mixed" if words_quoted >= _MIN_MIXED_WORDS else "indirect"
        who, who_at = hit.who, hit.at
        if who is not None and (who.org or not who.role) and who.name is not None:
            # "Jepang menyatakan .... Hal tersebut diungkapkan juru bicara X, Budi.":
            # the body or the country spoke through the person named next.
            voiced = self._voiced_by(base + se)
            if voiced is not None:
                who, who_at = voiced
        self._emit(_Found(base + start, base + end, kind, hit.cue, who, who_at, pi))

    def _credited_run_start(self, ss: int, se: int, at: int) -> int:
        """Where the statement credited by the sentence after ``ss``-``se`` (its speaker
        named at ``at``) starts in the paragraph: at the paragraph's run of unclaimed
        sentences before it ("Partai tidak akan .... Bila bergabung, .... Hal itu
        disampaikan X."), one statement from its first sentence. A credit opening the
        next paragraph takes the whole run, the lead's too (a press release sums up
        what its speaker said, then names them: "Pemkab meminta .... Harga pupuk ....",
        new paragraph, "Hal itu disampaikan Bupati X ..."), its dateline left out; a
        credit inside the lead's own paragraph takes its sentence only, the lead's
        opening summary being the writer's there.
        """
        if self.pi == 0 and "\n" not in self.text[self.base + se : at]:
            # The lead's first sentence starts after its dateline ("KOTA, Outlet - ").
            return _after_dateline(self.para) if ss == 0 else ss
        start = ss if self.unclaimed_from is None else self.unclaimed_from
        return _after_dateline(self.para) if self.pi == 0 and start == 0 else start

    def _voiced_by(
        self, end: int, credit: re.Pattern[str] = _VOICED_BY
    ) -> tuple[Who, int] | None:
        """The person named as the voice of the statement ending at ``end`` by the next
        sentence, opening as ``credit`` reads: "Hal tersebut diungkapkan (oleh) juru
        bicara X, Budi Santoso, ..." as (speaker, offset); ``None`` for any other next
        sentence."""
        m = credit.match(self.text, end)
        if m is None:
            return None
        held = _OFFICE_THEN_HOLDER.match(self.text, m.end())
        if held is not None and self._person_at(held.start("name")):
            # "... oleh Deputi Bidang X dan Y Bapanas, Budi Santoso,": the holder.
            office = held.group("office").strip()
            return Who(held.group("name"), office, offset=0), held.start("name")
        who, _ = parse_after(" " + self.text[m.end() : m.end() + 200])
        if who is None or who.name is None or who.org or who.anaphor:
            return None
        return who, m.end() - 1

    def _credited_by_next(self, end: int) -> tuple[str, Who, int] | None:
        """(cue, speaker, offset) when the sentence after ``end`` opens by crediting
        what came before to a person ("Hal itu disampaikan Budi saat ...", "Hal
        tersebut diungkapkan oleh Kepala Dinas X, Budi Santoso, ..."); else ``None``."""
        m = _CREDITED_BY.match(self.text, end)
        voiced = self._voiced_by(end, _CREDITED_BY) if m is not None else None
        if m is None or voiced is None:
            return None
        cue = re.search(r"di[a-z]+", m.group(0))
        return (cue.group(0) if cue else "disampaikan"), voiced[0], voiced[1]

    def chat_line(self, at: int, handle: str, start: int, end: int, paragraph: int) -> None:
        """Emit a chat log's message (``start``-``end``, absolute) as a direct quote of the
        sender whose handle is written at ``at``: the person the tagger found there when
        the handle is only a form of address and that person's name ("Bu Endang" ->
        "Endang Sulastri"), else the one person of the article whose full name holds the
        handle's name ("Pak Budi RT 03" -> "Budi Santoso"), else the handle as written
        ("Mas Yoga")."""
        words = handle.split()
        name_at = at
        if len(words) > 1 and words[0].lower() in CALL_TITLES:
            name_at += len(words[0]) + 1
            words = words[1:]
        person = self._first_at(name_at, lambda m: m.type == "PER")
        name, who_at = handle, at
        if person is not None and person.text == " ".join(words) and person.entity:
            name, who_at = person.entity, name_at
        elif (full := self._full_name_of(words[0])) is not None:
            # "Pak Budi RT 03" and, in the article, "Ketua RT 03, Budi Santoso": the one
            # person of the article whose name holds the handle's name.
            name = full
        self._emit(_Found(start, end, "direct", "chat", Who(name, offset=0), who_at, paragraph))

    def _full_name_of(self, word: str) -> str | None:
        """The one full name (two words or more, no acronym) of a person the tagger found
        that holds ``word``; ``None`` when none or several do."""
        if self._full_names_by_word is None:
            # Each word -> the full names holding it, found once, not for each chat line.
            self._full_names_by_word = {}
            for m in self.mentions:
                words = (m.entity or "").split()
                if m.type == "PER" and len(words) > 1 and not any(w.isupper() for w in words):
                    for w in words:
                        self._full_names_by_word.setdefault(w, set()).add(m.entity or "")
        names = self._full_names_by_word.get(word, set())
        return next(iter(names)) if len(names) == 1 else None

    def credited(self, credit: Credit, paragraph: int) -> None:
        """Emit a quote the page's layout credits (see :mod:`warta.nlp.quotes.credits`) as
        a direct quote of the person its credit or label line names."""
        c = credit
        self._emit(_Found(c.start, c.end, "direct", c.cue, c.who, c.who_at, paragraph))

    def listed_statement(self, start: int, end: int, paragraph: int) -> None:
        """Emit the numbered points between ``start`` and ``end`` (absolute, ending in
        paragraph ``paragraph``) as one direct quote of the person who spoke last."""
        self._emit(_Found(start, end, "direct", "pernyataan", _ANAPHOR, -1, paragraph))

    def interview(self, answers: Sequence[Answer]) -> None:
        """Put the answers of a question-and-answer interview in place of whatever the
        cue rules found in those lines: each answer is its speaker's direct quote."""
        if not answers:
            return
        out = []
        ends = {}
        # The quotes' places in state.out ordered by their starts: those starting within
        # an answer are bisected, not found by a scan of all of them for each answer.
        order = sorted(range(len(self.state.out)), key=lambda i: self.state.out[i].found.start)
        starts = [self.state.out[i].found.start for i in order]
        for a in answers:
            within = sorted(order[bisect_right(starts, a.start) : bisect_right(starts, a.end)])
            inner = [r for r in (self.state.out[i] for i in within) if self._retold_in(a, r)]
            # Under a label of initials the outlet prints its interviewee's own words
            # only: a sentence in quote marks retells someone else's.
            mark = _first_mark(self.text, a.start, a.end) if a.initials else a.end
            at = min([mark] + [r.found.start for r in inner[:1]])
            cut = _sentence_start(self.text, a.start, at) if at < a.end else a.start
            if len(self.text[a.start : cut].split()) < _KEPT_ANSWER_WORDS:
                cut = a.start
            # A third person's words the answer retells in quote marks ('Petani tua
            # bilang, "..."', 'Ada murid bilang ke saya, "..."'): the answer ends before
            # that sentence; the words are theirs when the cue rules found whose.
            ends[a.start] = _rstripped_end(self.text, cut) if cut > a.start else a.end
            if cut > a.start:
                out += inner
        # The answers' spans merged, so a quote's start is looked up by bisection.
        spans: list[list[int]] = []
        for lo, hi in sorted((a.start, a.end + 1) for a in answers):
            if spans and lo <= spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], hi)
            else:
                spans.append([lo, hi])
        span_starts = [lo for lo, _ in spans]
        out += [
            r
            for r in self.state.out
            if not (
                (k := bisect_right(span_starts, r.found.start) - 1) >= 0
                and r.found.start < spans[k][1]
            )
        ]
        # ``self.text.count("\n\n", 0, a.start)`` for each answer: the ends of the breaks
        # ``count`` finds in the whole text (none overlapping), those by ``a.start``.
        breaks = [m.end() for m in re.finditer("\n\n", self.text)]
        for a in answers:
            pi = bisect_right(breaks, a.start)
            who = Who(a.speaker, offset=0)
            found = _Found(a.start, ends[a.start], "direct", f"{a.label}:", who, a.speaker_at, pi)
            out.append(_Resolved(found, a.speaker, None, a.speaker_at))
        self.state.out = sorted(out, key=lambda r: r.found.start)

    def _closing_note(self, ss: int, se: int) -> bool:
        """True when the sentence ``ss:se`` of the current paragraph is the whole
        paragraph, that paragraph closes the article (nothing but blanks after it) and
        others spoke before it (a note after the voices, not a one-line report)."""
        whole = self.para[:ss].strip() == "" and self.para[se:].strip() == ""
        # Only blanks after the paragraph, read from the text's end, not copied.
        closing = self.base + len(self.para) >= _rstripped_end(self.text, len(self.text))
        return whole and closing and self.pi > 0 and bool(self.state.out)

    def _retold_in(self, a: Answer, r: _Resolved) -> bool:
        """True when ``r`` is a direct quote in marks within the answer ``a``, after its
        first words, given to someone other than the one answering."""
        return (
            a.start < r.found.start <= a.end
            and r.found.kind == "direct"
            and self.text[r.found.start - 1 : r.found.start] in _OPENING_MARKS
            and r.name is not None
            and r.name not in a.speaker
        )

    def quotes(self) -> tuple[Quote, ...]:
        records = self.state.out
        if not records:
            # No quotation, no speaker to name: the name searches below read the whole
            # article (the narrated nicknames, the full names), for nothing.
            return ()
        people = frozenset(m.entity or m.text for m in self.mentions if m.type == "PER")
        bodies = frozenset(m.text for m in self.mentions if m.type == "ORG" and " " not in m.text)
        # The full names the text writes, found once for the speakers' fullest forms and
        # the people below.
        named = full_names(self.text, self._common())
        names = [
            # An office, people described or an unnamed source keep the words the article
            # uses (not a body or a place named inside: "Seorang pejabat di Istana").
            r.name
            if _office(r.name) or is_people(r.name) or is_unnamed_source(r.name or "")
            else _final_name(r, resolved, people, bodies, self.text)
            for r, resolved in zip(
                records,
                resolve_names(self.text, [(r.name, r.at) for r in records], self.mentions, named),
                strict=True,
            )
        ]
        names = _nicknames_resolved(records, names, self.text)
        # The people: the tagger's, and the full names the text writes (the tagger may
        # split one: "Bong" a body, "Akhiong" a person).
        persons = [n for m in self.mentions if m.type == "PER" for n in (m.text, m.entity) if n]
        persons += [" ".join(words) for _, words in named]
        settled = frozenset(
            m.entity for m in self.mentions if m.type == "PER" and m.entity and m.entity != m.text
        )
        names = _call_names_resolved(names, persons, self.text, [r.role for r in records], settled)
        # A call name the entity layer resolved to its person ("Babe Uci" -> "Sanusi",
        # after "Haji Sanusi ... Warga memanggilnya Babe Uci") is that person.
        called = {
            m.text: m.entity
            for m in self.mentions
            if m.type == "PER" and m.entity and m.entity != m.text and _called(m.text)
        }
        names = bodies_by_inner_acronym([called.get(n, n) if n else n for n in names])
        elders = elders_introduced(self.text)
        names = [
            without_elder_title(
                _without_ulama_titles(_without_kiai_child_title(_dotted_as_written(n, self.text))),
                elders,
            )
            for n in names
        ]
        # A Malay "Raja" or a Banten "Ratu" holding an office opens the holder's name
        # ("Raja Amran ...", "Ratu Siti ...").
        if noble := noble_names(self.text, self.mentions):
            names = [noble.get(n, n) if n else n for n in names]
        # 'akun @x menulis, "..."', then "Pemilik akun @x, Budi Santoso, ...": Budi wrote.
        names = owners_named(names, self.text)
        # "bentak pria itu", then "Pria tersebut diketahui bernama X": X spoke.
        names = named_later(
            [(n, r.found.who, r.found.end) for r, n in zip(records, names, strict=True)],
            self.text,
        )
        return _settle_pending(
            self.text,
            [
                (
                    Quote(
                        text=self.text[r.found.start : r.found.end],
                        speaker=resolved,
                        speaker_role=r.role,
                        kind=r.found.kind,
                        cue=r.found.cue,
                        paragraph=r.found.paragraph,
                        start=r.found.start,
                        end=r.found.end,
                    ),
                    r.pending,
                )
                for r, resolved in zip(records, names, strict=True)
                if r.found.end > r.found.start
            ],
        )


def _called(name: str) -> bool:
    """True when ``name`` is a call title and one word ("Babe Uci", "Bung Eko")."""
    words = name.split()
    return len(words) == 2 and words[0].lower() in CALL_TITLES


def extract_quotes(text: str, mentions: Sequence[Mention] = ()) -> tuple[Quote, ...]:
    """Find the quotations in an article body and attribute them to speakers.

    ``mentions`` (from the entity stage) are optional: when a speaker name overlaps a
    mention, the mention's canonical ``entity`` becomes ``Quote.speaker``; without
    mentions the speaker is the fullest surface name used earlier in the article
    ("Santoso" after "Profesor Budi Santoso" gives "Budi Santoso").

    >>> [q.speaker for q in extract_quotes('Budi Santoso tiba.\\n\\n"Kami siap," ujarnya.')]
    ['Budi Santoso']
    """
    text, mentions = _without_link_lines(text, mentions)
    # A shortened title is no person, the name after it is ("Pdt." + "Yunus ...").
    mentions = mentions_past_titles(text, mentions)
    ex = _Extractor(text, mentions)
    paras = text.split("\n\n")
    starts = [0]
    for para in paras:
        starts.append(starts[-1] + len(para) + 2)
    listed_until = -1  # the last paragraph of a numbered statement already emitted
    for pi, para in enumerate(paras):
        if pi <= listed_until:
            continue
        if (lines := _chat_lines(para)) is not None:
            # "[02.14] Bu Lina RT 07: Listrik padam ...": each line the sender's words.
            for at, handle, lo, hi in lines:
                ex.chat_line(starts[pi] + at, handle, starts[pi] + lo, starts[pi] + hi, pi)
        elif (credit := credited_quote(paras, starts, pi)) is not None:
            # '"...."' with "— Budi (40), pedagang" under it or "Budi, ketua X:" over it:
            # the layout names the speaker, no cue word does.
            ex.credited(credit, pi)
        elif para.strip():
            ex.paragraph(pi, para, starts[pi])
        if _STATEMENT_FOLLOWS.search(para) and (last := _numbered_run(paras, pi + 1)) > pi + 1:
            # "Berikut pernyataan lengkapnya:" and its numbered points: one statement,
            # the words of whoever issued it (the person who spoke last).
            ex.listed_statement(starts[pi + 1], starts[last] + len(paras[last]), last)
            listed_until = last
    ex.interview(interview_answers(text, mentions))
    return ex.quotes()


#: A related-article link a portal sets on its own line inside the body: "Baca Juga:
#: Camat X: Warga Diminta Waspada", "BACA JUGA: ...", "[Lihat juga: ...]". Its headline
#: is another story's, often written "Speaker: claim".
_LINK_LINE = re.compile(
    r"^[ \t]*[\[(]?[ \t]*(?:baca|lihat|simak)(?:[ \t]+(?:juga|pula))?[ \t]*:[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _without_link_lines(text: str, mentions: Sequence[Mention]) -> tuple[str, Sequence[Mention]]:
    """``text`` with its related-article link lines blanked (offsets kept) and the
    mentions outside them: a linked headline quotes no one here, and the person it
    names is no one a later "Ia" of the body can mean.

    >>> _without_link_lines("A.\\nBaca juga: B: C\\nD.", ())[0]
    'A.\\n               \\nD.'
    """
    spans = [m.span() for m in _LINK_LINE.finditer(text)]
    if not spans:
        return text, mentions
    pieces: list[str] = []
    at = 0
    for lo, hi in spans:
        pieces += [text[at:lo], " " * (hi - lo)]
        at = hi
    pieces.append(text[at:])
    starts = [lo for lo, _ in spans]

    def outside(mention: Mention) -> bool:
        k = bisect_right(starts, mention.start) - 1
        return k < 0 or mention.start >= spans[k][1]

    return "".join(pieces), [m for m in mentions if outside(m)]


#: A line of a chat log quoted in an article: a time stamp (bracketed or not), the
#: sender's handle, a colon and the message ("[02.14] Pak Budi RT 03: Air sudah ...").
_CHAT_LINE = re.compile(
    r"[ \t]*(?:\[\d{1,2}[.:]\d{2}\]|\d{1,2}[.:]\d{2})[ \t]+"
    r"(?P<handle>[A-Z][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,4}?):[ \t]+(?P<message>\S[^\n]*)"
)


def _chat_lines(para: str) -> list[tuple[int, str, int, int]] | None:
    """The lines of ``para`` as a chat log's messages, (handle offset, handle, message
    start, message end) each, when every line (two at least) is one; else ``None``."""
    out: list[tuple[int, str, int, int]] = []
    at = 0
    for line in para.split("\n"):
        m = _CHAT_LINE.fullmatch(line.rstrip())
        if m is None:
            return None
        lo, hi = at + m.start("message"), at + m.end("message")
        out.append((at + m.start("handle"), m.group("handle"), lo, hi))
        at += len(line) + 1
    return out if len(out) > 1 else None


#: A paragraph announcing the full statement below it: "Berikut pernyataan lengkapnya:",
#: "Berikut isi siaran pers tersebut:".
_STATEMENT_FOLLOWS = re.compile(
    r"\b(?:Berikut|Inilah)(?:\s+ini)?\s+(?:isi\s+|poin-poin\s+|petikan\s+)?(?:pernyataan"
    r"|keterangan|siaran\s+pers|klarifikasi|penjelasan)(?:\s+[\w-]+){0,3}\s*:\s*$"
)
#: A numbered point opening a paragraph: "1. ...", "2) ...".
_NUMBERED_POINT = re.compile(r"\s*\d{1,2}[.)]\s+\S")


def _numbered_run(paras: Sequence[str], first: int) -> int:
    """The index of the last paragraph of the run of numbered points from ``first`` (two
    at least), or ``first - 1`` when there is no such run."""
    last = first - 1
    while last + 1 < len(paras) and _NUMBERED_POINT.match(paras[last + 1]):
        last += 1
    return last if last > first else first - 1


#: Verbs that put data on record ("mencatat"), not a report's ("melaporkan").
_NOTING_VERBS = frozenset({"mencatat", "mencatatkan"})
#: Fewest words an answer keeps when it is cut before a retold quote (a shorter head
#: is no answer of its own: "Pernah, tahun 2009. Tapi almarhum bilang, ...").
_KEPT_ANSWER_WORDS = 6
#: Quote marks that open a direct quote.
_OPENING_MARKS = frozenset("\"“'‘")


def _sentence_start(text: str, lo: int, at: int) -> int:
    """The start of the sentence of ``text`` holding ``at``, not before ``lo``: after
    the last ". ", "? " or "! " between them; ``lo`` when there is none.

    >>> _sentence_start("Baik. Dia bilang, ya.", 0, 17)
    6
    """
    cut = max(text.rfind(p, lo, at) for p in (". ", "? ", "! "))
    return cut + 2 if cut >= lo else lo


def _rstripped_end(text: str, end: int) -> int:
    """``len(text[:end].rstrip())``, read in place: a copy of the text before each of
    many offsets grows with the square of the text.

    >>> _rstripped_end("Ia berkata: \\n\\nBaik.", 14)
    11
    """
    end = min(end, len(text))
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _first_mark(text: str, lo: int, hi: int) -> int:
    """The offset of the first double quote mark in ``text[lo:hi]``; ``hi`` when none.

    >>> _first_mark('Baik. Dia bilang, "ya."', 0, 23)
    18
    """
    found = [i for i in (text.find(m, lo, hi) for m in '"“') if i >= 0]
    return min(found, default=hi)
