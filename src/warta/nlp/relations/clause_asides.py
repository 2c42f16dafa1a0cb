"""The middle layer of a clause reader: what stands between an actor and its verb.

:class:`_AsideReader` (over :class:`.clause_objects._ObjectReader`) reads the shapes
the subject search of :mod:`.clause` walks past or resolves: dates and places in
asides, acronyms and parentheses, titles, offices and their holders, bare titles and
descriptions standing for actors named before, appositions, roles ("selaku"), passive
agents ("oleh X"), a purpose clause, and the actor after a preposition.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Literal

from warta.nlp.relations.actors import _Actor
from warta.nlp.relations.clause_objects import _ObjectReader
from warta.nlp.relations.lexicon import LEXICON, MAX_WORDS, Cue
from warta.nlp.relations.words import (
    _ALONG_WITH,
    _ANAPHOR,
    _ARMED_BODIES,
    _ASKING,
    _AUXILIARY,
    _BODY_NOUNS,
    _BOUNDARY,
    _CALENDAR,
    _COORD,
    _COUNTERPART_OF,
    _COUNTERPARTS,
    _DAYTIME,
    _FOR_A_TIME,
    _FORCES_OF_NATURE,
    _INCLUDING,
    _MEMBER,
    _NEGATION,
    _OBJECT_CONTROL,
    _OBLIQUE,
    _OFFICE_TITLES,
    _ORG_NOUNS,
    _PRONOUNS,
    _QUANTIFIERS,
    _REPORTING,
    _ROLE,
    _ROLE_OF,
    _SIDE,
    _STATEMENT_NOUNS,
    _STATEMENT_WAY,
    _TITLE_WORDS,
    _TITLES,
    _active_verb,
    _headed,
    _verb_like,
)

#: Conjunctions of time opening a clause with its own subject ("**setelah** kedua
#: negara …", "**sejak** kedua pihak …").
_TIME_CLAUSE = frozenset("setelah sesudah sebelum sejak ketika saat".split())

#: Titles of a state's envoys posted to another ("Duta **Besar** X untuk Y",
#: "Utusan Khusus X untuk Y").
_ENVOYS = frozenset("besar dubes utusan khusus konsul".split())


#: Nouns of a state's mission before its name, which the entity layer may leave out
#: ("dikritik **Kedutaan** Besar X di Jakarta": X acts).
_MISSIONS = frozenset("kedutaan kedubes konsulat".split())
#: Heads of a body named before it as a passive's agent ("diterima **Kepala** Dinas X").
_BODY_HEADS = frozenset("kepala ketua direktur pimpinan".split())
#: First words of a unit's name inside a body named right after it ("Direktorat Reserse
#: Kriminal Khusus Polda X", "Satuan Reserse Narkoba Polres Y"): the unit acts as the body.
_UNIT_HEADS = frozenset("direktorat subdirektorat satuan unit detasemen biro divisi".split())


#: Nouns after "kedua" that, past an opening connective, stand for the sides of the
#: meeting just told. "kedua pemimpin" would fit too, but leaders are where the entity
#: layer still cuts a Malay honorific from a name, which would name one side wrongly:
#: add it once that is fixed.
_MET_SIDES = frozenset("pihak menteri".split())


#: The most words of a region's name in an office's title ("Gubernur Nusa Tenggara Barat").
_REGION_WORDS = 3


#: Verbs of a street protest, whose crowd goes on to say what it demands.
_PROTEST_VERBS = frozenset("berdemonstrasi berdemo mogok memblokade".split())


#: Nouns of a time told back, not set off by commas, between a subject and its verb
#: ("X **pada hari yang sama** memprotes …", "Y pada kesempatan itu meminta …").
_TIME_BACK_NOUNS = frozenset("hari kesempatan waktu saat".split())
#: The words that may end such a phrase: it points back, to a time already told.
_TIME_BACK_TAIL = frozenset("yang sama itu tersebut juga".split())
#: The most words of such a phrase ("pada hari yang sama juga": five).
_TIME_BACK_WORDS = 5


#: Nouns of position between "di" and the thing a place is told by ("di **depan**
#: gedung X", "di **luar** kantor Y").
_POSITIONS = frozenset("depan muka luar dalam belakang samping seberang sekitar halaman".split())


def _names_meeting(cue: Cue | None) -> bool:
    """Whether ``cue`` is the noun of a meeting ("pertemuan", "pembicaraan")."""
    return cue is not None and cue.action == "consult" and cue.voice == "nominal"


class _AsideReader(_ObjectReader):
    """What stands between an actor and its verb: titles, offices, appositions, asides
    of date and place, passive agents and prepositional phrases; the layer below
    :class:`~warta.nlp.relations.clause._Clause`'s subject search."""

    def _in_relative(self, actor: _Actor) -> _Actor | Literal[False] | None:
        """Whether ``actor`` is named inside a relative clause that opens ("yang") at
        most eight words before it, with no clause boundary or other actor between:
        the clause's head when an actor (not after a preposition), ``False`` when not
        one; ``None`` when ``actor`` is not in a relative clause. An actor right after an
        active verb is that verb's clause's subject or the name given ("yang telah
        memutuskan Golkar mendukung …", "yang bernama X menyerang …"), not a modifier."""
        if _active_verb(self.word(actor.first - 1)):
            return None
        for k in range(actor.first - 1, max(actor.first - 9, 0), -1):
            w = self.word(k)
            if w == "yang":
                head = self.actor_at.get(k - 1)
                if head is None or self._word_before(head) in _OBLIQUE:
                    return False
                return head
            now = w == "saat" and self.word(k + 1) == "ini"  # "yang saat ini menjadi …"
            if (w in _BOUNDARY and w != "yang" and not now) or k in self.actor_at:
                return None
        return None

    def _before_day(self, head: int) -> int | None:
        """The token right before a day set off by commas that ends just before token
        ``head`` ("X, Senin (…) malam, <head>": the token before "Senin"), else ``None``
        (no comma before ``head``, or no day named)."""
        if self.word(head - 1) != ",":
            return None
        k = head - 2
        while self.word(k) in _DAYTIME:  # "Senin (…) malam", "Rabu dini hari"
            k -= 1
        if self.word(k) == ")":
            k = (self._parenthesis_start(k) or 0) - 1
        day = k
        while k >= 0 and (self.word(k) in _CALENDAR or self.word(k).isdigit()):
            k -= 1
        return None if k == day else k

    def _date_aside(self, head: int, unnamed: bool = False) -> int | None:
        """Where the subject's clause ends when a day set off by commas stands before
        token ``head`` ("Indonesia, (pada) Senin (3/6/2024), mengecam"), else ``None``.
        With ``unnamed``, a name the entity layer missed, set off by commas after an
        actor, may stand before the day ("Duta Besar X untuk Y, <Nama>, Rabu (…),"): the
        clause then ends at the comma before that name, whatever comes before it."""
        k = self._before_day(head)
        if k is None:
            return None
        if self.word(k) == "pada":
            k -= 1
        if self.word(k) == ",":
            # "A, B, dan C dalam pernyataan bersama, Rabu (…), mengecam": the way they
            # spoke stands between the subject and the day
            k = self._statement_way_start(k) or k
            if self.word(k) in _STATEMENT_WAY and self.word(k - 1) == ",":
                k -= 1  # "X, dalam keterangan pers, Rabu (…), mengecam": set off too
        if unnamed and self.word(k) == "," and k - 1 not in self.actor_at:
            name = k - 1
            while name > k - 5 and self.toks[name].capital and name not in self.actor_at:
                name -= 1
            if name < k - 1 and self.word(name) == ",":
                k = name
        named = k - 1
        if self.word(named) == ")":
            # "Lembaga X (LX), Selasa, meminta": the short name stands after the name
            named = (self._parenthesis_start(named) or 0) - 1
        actor = self.actor_at.get(named) if self.word(k) in _STATEMENT_WAY | {","} else None
        if unnamed and actor is not None:
            return k  # the caller checks what the actor before is
        if actor is not None and self._envoy_to(actor):
            return k  # "Duta Besar X untuk Y, Rabu (…), berterima kasih": the envoy acts
        if actor is None or self._word_before(actor) in _OBLIQUE:
            return None  # "Kunjungan X ke Ankara, Rabu (…), menghasilkan": not Ankara
        if (
            self.word(actor.first - 1) == ","
            and not actor.person
            and not self._after_fronted_place(actor)  # "Dari <Capital>, X, Rabu, …": X
        ):
            return None  # "di depan Balai Kota, Jakarta, Rabu (…), meminta": a place
        if self._located(actor):
            return None  # "berdemo di muka gedung X, Selasa (…), menuntut": a place
        return k

    def _after_fronted_place(self, actor: _Actor) -> bool:
        """Whether ``actor`` stands right after a phrase that opens the sentence with a
        preposition and a place, set off by a comma ("Dari Jakarta, X, Rabu (…),
        mengecam"): where the news comes from, so ``actor`` is the subject, neither a
        place in apposition nor a partner of that place."""
        place = range(1, actor.first - 1)  # a place's name of one to three words
        return (
            self.word(actor.first - 1) == ","
            and 0 < len(place) <= 3
            and self.word(0) in _OBLIQUE
            and all(self.toks[k].capital for k in place)
        )

    def _located(self, actor: _Actor) -> bool:
        """Whether ``actor`` follows "di" and a noun of position ("di **muka** X", "di
        luar X"): Indonesian says where with "di" + position + the thing it is
        relative to, so ``actor`` is a place there, not a subject."""
        return self.word(actor.first - 1) in _POSITIONS and self.word(actor.first - 2) == "di"

    def _time_back_before(self, head: int) -> int | None:
        """Where a time told back ("pada hari yang sama", "pada kesempatan itu") starts
        when it stands, not set off by commas, between an actor and token ``head``, else
        ``None``: the actor before it is the verb's subject."""
        for k in range(head - 3, max(head - 1 - _TIME_BACK_WORDS, 0), -1):
            if self.word(k) != "pada" or self.word(k + 1) not in _TIME_BACK_NOUNS:
                continue
            tail = {self.word(j) for j in range(k + 2, head)}
            if tail and tail <= _TIME_BACK_TAIL and k - 1 in self.actor_at:
                return k
        return None

    def _envoy_to(self, actor: _Actor) -> bool:
        """Whether ``actor`` is the side an envoy is posted to, named after "untuk"
        right after the envoy's own side ("Duta Besar X untuk **Y**"): the subject is
        the envoy, found by :meth:`subject` past the posting."""
        if self.word(actor.first - 1) != "untuk":
            return False
        own = self.actor_at.get(actor.first - 2)
        return own is not None and any(
            self.word(k) in _ENVOYS for k in range(max(own.first - 3, 0), own.first)
        )

    def _day_set_off(self, head: int) -> int | None:
        """The comma opening a day set off by commas right before token ``head`` when a
        clause, not an actor, stands before it ("… berunjuk rasa di X**,** Selasa (…),
        menuntut"), else ``None``: the verb after the day goes on with that clause."""
        k = self._before_day(head)
        if k is None or self.word(k) != ",":
            return None
        return k

    def _protest_before(self, head: int) -> int | None:
        """The comma right before token ``head`` when it closes a clause telling a
        protest ("… berdemonstrasi di muka balai kota**,** menuntut"), its verb within 12
        words of it in the same clause, else ``None``."""
        comma = head - 1
        if self.word(comma) != ",":
            return None
        for k in range(comma - 1, max(comma - 13, -1), -1):
            if self.word(k) in _BOUNDARY:
                return None
            if self.word(k) in _PROTEST_VERBS or (self.word(k), self.word(k + 1)) == (
                "berunjuk",
                "rasa",
            ):
                return comma
        return None

    def _statement_way_start(self, comma: int) -> int | None:
        """The token opening the way a statement was made just before the token
        ``comma`` ("**dalam** pernyataan bersama", "**melalui** juru bicaranya"), at most
        five words with no actor, else ``None``."""
        for k in range(comma - 2, max(comma - 7, -1), -1):
            if k in self.actor_at or self.word(k) in _BOUNDARY:
                return None
            if self.word(k) in _STATEMENT_WAY and self.word(k + 1) in _STATEMENT_NOUNS:
                return k
        return None

    def _with_counterpart(self, k: int) -> list[_Actor]:
        """An actor and its counterpart named by its side, ending at token ``k`` ("A dan
        mitranya dari X", "…, <nama>,"): A and X, else none."""
        if self.word(k) == ",":
            name = k - 1
            named = self.actor_at.get(name)
            if named is not None:  # the name, however the entity layer typed it
                name = named.first - 1
            else:
                while name > k - 5 and self.toks[name].capital and name not in self.actor_at:
                    name -= 1
            if self.word(name) != ",":
                return []
            k = name - 1
        side = self.actor_at.get(k)
        if side is None or side.person:
            return []
        k = side.first - 1
        if self.word(k) not in _COUNTERPART_OF or self.word(k - 1) not in _COUNTERPARTS:
            return []
        first = self.actor_at.get(k - 3) if self.word(k - 2) in _COORD else None
        return [self._with_person(first), side] if first is not None else []

    def _namely_before(self, comma: int) -> list[_Actor]:
        """The actors listed after "yakni" or "yaitu" up to the comma at token
        ``comma`` ("tiga perusahaan, yakni A, B, dan C,"), else none."""
        if self.word(comma) != ",":
            return []
        found: list[_Actor] = []
        k = comma - 1
        while k > comma - 30:
            actor = self.actor_at.get(k)
            if actor is not None:
                found.append(actor)
                k = actor.first - 1
            elif self.word(k) in _INCLUDING - {"termasuk"}:
                return found[::-1] if self.word(k - 1) == "," else []
            elif self.word(k) in {",", "dan", "serta"}:
                k -= 1
            else:
                return []
        return []

    def _short_relative_head(self, rel: int, head: int) -> _Actor | None:
        """The actor a short relative clause from token ``rel`` ("yang") to the verb at
        ``head`` describes: at most three words, no actor and no transitive *meN-* verb
        among them ("X yang berkuasa", "X (XY) yang baru terpilih"), else ``None``."""
        inside = range(rel + 1, head)
        if not 0 < len(inside) <= 3:
            return None  # "X yang menyerang Y": the relative clause's own verb
        if any(k in self.actor_at or self._transitive(k) or self._asks(k) for k in inside):
            return None  # "X yang minta semua pihak mendukung Y": an act asked for
        k = rel - 1
        if self.word(k) == ")":
            k = (self._parenthesis_start(k) or 0) - 1
        actor = self.actor_at.get(k)
        if actor is None or self._word_before(actor) in _OBLIQUE:
            return None
        return actor

    def _asks(self, k: int) -> bool:
        """Whether token ``k`` is a verb of asking, with or without its prefix."""
        return self.word(k) in _ASKING or "me" + self.word(k) in _ASKING

    def _transitive(self, k: int) -> bool:
        """Whether token ``k`` looks like a transitive *meN-* verb."""
        return self.word(k).startswith("me") and _active_verb(self.word(k))

    def _envoy_start(self, actor: _Actor) -> int:
        """Where the description of ``actor`` as an office holder starts: its title words,
        and an envoy's state and post set off before its name ("Duta Besar X untuk
        Jakarta, <nama>": the token of "Duta")."""
        k = self._title_start(actor, -1)
        while k > 1 and self.word(k - 1) in (",", "untuk"):
            before = self.actor_at.get(k - 2)
            if before is None:
                break
            if self.word(k - 1) == "untuk":
                k = self._title_start(before, -1)  # "Duta Besar X untuk Y"
            elif self.word(before.first - 1) == "untuk":
                k = before.first  # "… untuk Y, <nama>"
            else:
                break
        return k

    def _both_sides_subject(self, head: int) -> list[_Actor]:
        """The two sides a clause opening with "kedua negara" or "kedua pihak" stands
        for, one head noun before it at most ("Menteri kedua negara akan bertemu …"),
        else none."""
        # "Ketiga negara mitra tersebut sepakat …": a noun and a demonstrative may follow;
        # "Keduanya ditahan …" is one word
        # a connective of up to three words set off by a comma may open the sentence
        # before "kedua pihak" standing for the sides of a meeting told ("Meski begitu,
        # kedua pihak sepakat …"); "Sebelumnya, tentara kedua negara …" may go back to
        # an earlier conflict, whose sides are not the ones last named
        opening = next((k + 1 for k in range(1, 4) if self.word(k) == ","), 0)
        if any(k in self.actor_at for k in range(opening)) or self.met is None:
            opening = 0
        if opening and not self._sides_just_told(opening):
            met = self._sides_of_meeting_told(opening)
            if met:
                return met
            opening = 0
        opening = opening or self._time_clause_opening(head)
        for j in (head - 1, head - 2, head - 3, head - 4):
            if opening <= j <= opening + 1 and all(
                self.word(k) not in _BOUNDARY for k in range(opening, j)
            ):
                sides = self.both_sides(j)
                if sides:
                    return sides
        return []

    def _sides_of_meeting_told(self, opening: int) -> list[_Actor]:
        """The sides of the meeting just told that "kedua <noun>" at token ``opening``
        stands for when the connective before it names that meeting ("Dalam pertemuan
        itu, kedua negara meneken …", "Seusai pembicaraan, kedua pejabat …"), neither
        side acting elsewhere in the clause, else none. The connective says whose act it
        is, whatever the noun: the two who met. Not "kedua pemimpin" (see
        :data:`_MET_SIDES`), nor "keduanya", left as before (tried: it gained nothing,
        and gave a side the entity layer had named with a title's last word)."""
        met = self.met
        if met is None or set(met) & (self.acting | self.history.mediators):
            return []
        if not any(_names_meeting(LEXICON.get(self.word(k))) for k in range(opening - 1)):
            return []
        noun, last = self._side_noun(opening)
        if noun is None or noun == "pemimpin":
            return []
        start, end = self.toks[opening].start, self.toks[last].end
        person = self.history.is_person
        return [_Actor(name, start, end, opening, last, person(name)) for name in met]

    def _time_clause_opening(self, head: int) -> int:
        """The token after a conjunction of time opening the clause of the verb at
        ``head`` ("… diadakan sebulan **setelah** pasukan kedua negara saling serang …"), at
        most three words before it, else 0. Such a clause has a subject of its own, and
        "kedua negara" there are the sides the sentence is about."""
        for k in range(head - 2, max(head - 5, 0), -1):
            if self.word(k) in _TIME_CLAUSE:
                return k + 1
            if self.word(k) in _BOUNDARY or k in self.actor_at:
                return 0
        return 0

    def _sides_just_told(self, j: int) -> bool:
        """Whether token ``j``, after an opening connective, names the sides of the
        meeting just told: "kedua pihak", or the two ministers who met ("Seusai jamuan
        itu, kedua menteri menandatangani …"). "kedua negara" may go back to an earlier conflict
        ("Sebelumnya, tentara kedua negara …")."""
        return self.word(j) == "kedua" and self.word(j + 1) in _MET_SIDES

    def _bare_title(self, k: int) -> _Actor | None:
        """The person a bare title at token ``k`` stands for ("Presiden juga
        dijadwalkan bertemu …": the one last named with that title), else ``None``."""
        tok = self.toks[k] if 0 <= k < len(self.toks) else None
        if tok is None or not tok.capital or k in self.actor_at or tok.text not in _TITLES:
            return None
        if k > 0 and self.toks[k - 1].capital:
            return None  # "Wakil Presiden", or a title of a named state
        name = self.history.titled(tok.text)
        return _Actor(name, tok.start, tok.end, k, k, True) if name else None

    def _bare_body(self, k: int) -> _Actor | None:
        """The body a bare word for its officers at token ``k`` stands for, opening a
        clause ("KPK … . Penyidik juga menahan …", "mengatakan polisi telah menangkap
        …"): the body of that kind named last, in this sentence or before, else ``None``."""
        heads = _BODY_NOUNS.get(self.word(k)) if 0 <= k < len(self.toks) else None
        if heads is None or k in self.actor_at or k + 1 in self.actor_at:
            return None
        if k > 0 and self.word(k - 1) not in _BOUNDARY | _REPORTING:
            return None  # "para penyidik KPK", "kepada polisi": not the clause's subject
        here = [a for j, a in sorted(self.actor_at.items()) if j < k and a.organisation]
        names = [a.name for a in reversed(here)]
        name = next((n for n in [*names, *self.history.organisations()] if _headed(n, heads)), None)
        tok = self.toks[k]
        return _Actor(name, tok.start, tok.end, k, k, False) if name else None

    def _description(self, head: int, i: int) -> tuple[list[_Actor], int]:
        """The organisation a definite description opening the clause stands for
        ("Selain X, **lembaga antirasuah itu** juga menahan …": the organisation last
        named as a subject before this sentence)."""
        k = head - 1
        body = self.described_body(k - 1) if self.word(k - 2) in _BOUNDARY or k == 1 else None
        if body is not None:  # "Kementerian itu menolak …": the last ministry named
            return [body], i
        if self.word(k) not in _ANAPHOR or self.organisation is None:
            return [], i
        for n in (k - 1, k - 2):
            if self.word(n) in _ORG_NOUNS and (n == 0 or self.word(n - 1) in _BOUNDARY):
                if any(j in self.actor_at for j in range(n, k)):
                    return [], i
                name = self.organisation.name
                return [_Actor(name, self.toks[n].start, self.toks[k].end, n, k, False)], i
        return [], i

    def _past_role(self, k: int) -> int:
        """Token ``k``, or the coordinator before the role word or capitalised title
        words ending at ``k`` ("dan **Menteri Luar Negeri** X")."""
        t = k
        while t >= 0 and (
            self.word(t) in _ROLE or (self.toks[t].capital and self.word(t) in _TITLE_WORDS)
        ):
            t -= 1
        if t == k and not self.toks[t].capital and self.word(t) in _ARMED_BODIES:
            t -= 1  # "TNI dan militer Amerika Serikat": the state's army, coordinated
        return t if t < k and self.word(t) in _COORD else k

    def _past_regional_office(self, k: int) -> int:
        """The coordinator before an office held over a region that ends at token ``k``
        ("… dan **Gubernur Jawa Tengah** X": a province or a regency, no actor of its
        own), else ``k``."""
        t = k
        while (
            k - t < _REGION_WORDS
            and self.toks[t].capital
            and t not in self.actor_at
            and self.word(t) not in _OFFICE_TITLES
        ):
            t -= 1
        u = t
        while u >= 0 and self.toks[u].capital and self.word(u) in _OFFICE_TITLES:
            u -= 1
        return u if t < k and u < t and self.word(u) in _COORD else k

    def _past_unit(self, k: int) -> int:
        """The "bersama" before a unit's capitalised name ending at token ``k``, the
        body it belongs to named right after it ("A bersama **Satgas Pangan** Polri
        menyegel …": the task force's body acts with A), else ``k``."""
        t = k
        while k - t < _REGION_WORDS and self.toks[t].capital and t not in self.actor_at:
            t -= 1
        return t if t < k and self.word(t) in _ALONG_WITH else k

    def _coordinated_before(self, k: int) -> _Actor | None:
        """The actor a coordinator at ``k`` adds to, else ``None``: the one right before
        it, past a serial comma ("Inggris, Prancis, dan Jerman") or its short name in
        parentheses ("Danantara (BPI) dan QIA")."""
        j = k - 1
        if self.word(k) not in _COORD | _ALONG_WITH:
            before = self.actor_at.get(j)  # "Filipina, Malaysia dan Vietnam"
            # "Selain X, lembaga itu menahan …": X is set apart, not a second subject
            return None if before and self.word(before.first - 1) == "selain" else before
        if self.word(j) == ",":
            j -= 1
        if self.word(j) == ")":
            for o in range(j - 1, max(j - 5, -1), -1):
                if self.word(o) == "(":
                    j = o - 1
                    break
                if not (self.toks[o].capital or o in self.actor_at):
                    break
        return self.actor_at.get(j)

    def _force_of_nature(self, j: int) -> bool:
        """Whether token ``j`` opens a clause whose subject is weather, a disaster or the
        sea ("BPBD menyebut **puting** beliung menyerang dua desa", "**Banjir** menerjang
        …"): such a subject is no actor, and the verb is no one's act. Only at a clause's
        opening (after a boundary, "bahwa" or a verb of reporting): "yang dilanda gempa"
        is a relative clause on an actor."""
        if self.word(j) not in _FORCES_OF_NATURE:
            return False
        before = self.word(j - 1) if j > 0 else ""
        return j == 0 or before in _BOUNDARY or before in _REPORTING or before == "bahwa"

    def _named_between(self, lo: int, hi: int) -> bool:
        """Whether the subject of a reported clause stands between tokens ``lo`` and
        ``hi``: a quantified noun ("dua orang perempuan"), "pihaknya", or a name the
        entity layer did not take. Adverbs ("sudah beberapa kali") and a pronoun for
        the reporter ("… kenapa ia mengucapkan") are not one."""
        if self.word(hi - 1) in _PRONOUNS:
            return False
        return any(
            self.word(k) in _QUANTIFIERS or (self.toks[k].capital and k not in self.actor_at)
            for k in range(lo, hi)
        )

    def _apposition_before(self, j: int) -> _Actor | None:
        """The actor set off by commas before the comma at token ``j`` after another
        actor ("Media pemerintah Iran, **IRNA**, pada …"), else ``None``."""
        actor = self.actor_at.get(j - 1) if self.word(j) == "," else None
        if actor is None or self.word(actor.first - 1) != ",":
            return None
        before = self.actor_at.get(actor.first - 2)
        if before is None or self._word_before(before) in _OBLIQUE:
            return None
        return actor

    def _in_role(self, actor: _Actor) -> bool:
        """Whether ``actor`` only names the body of a role said of the subject ("X
        **selaku** ketua ASEAN menyampaikan": X acts, not ASEAN)."""
        k = actor.first - 1
        while k > actor.first - 4 and self.word(k) not in _ROLE_OF:
            if self.word(k) in _BOUNDARY or k in self.actor_at:
                return False
            k -= 1
        return self.word(k) in _ROLE_OF

    def _passive_before(self, k: int) -> int | None:
        """The passive verb of the clause a time clause ("saat bertemu …") at ``k``
        ends, within sixteen words and no clause boundary, else ``None``."""
        for j in range(k - 1, max(k - 17, -1), -1):
            if self.word(j) in _BOUNDARY:
                return None
            w = self.word(j)
            if j not in self.actor_at and w.startswith("di") and len(w) >= 6 and _verb_like(w):
                return j
        return None

    def past_day_and_place(self, k: int) -> int:
        """Token ``k``, or where the main clause ends before a day set off by commas and
        the place before it ("menyambangi Kementerian X di Medan, Kamis (…), untuk":
        the token after "X"), so that the clause's verb is found before them."""
        j = k - 1
        if self.word(j) != ",":
            return k
        j -= 1
        while self.word(j) in _DAYTIME:
            j -= 1
        if self.word(j) == ")":
            j = (self._parenthesis_start(j) or 0) - 1
        day = j
        # "Rabu (11/2/2026)" or "Rabu, 11 Februari 2026"
        while j >= 0 and (
            self.word(j) in _CALENDAR
            or self.word(j).isdigit()
            or (self.word(j) == "," and self.word(j - 1) in _CALENDAR)
        ):
            j -= 1
        if j == day or self.word(j) != ",":
            return k
        place = self.actor_at.get(j - 1)
        # a place told with the region or state it lies in ("di Doha, Qatar, Senin"):
        # the clause ends before the first of them
        while place is not None and self.word(place.first - 1) == ",":
            place = self.actor_at.get(place.first - 2)
        if place is not None and self.word(place.first - 1) == "di":
            return place.first - 1
        return j

    def main_verb_before(self, k: int) -> int | None:
        """The active verb a manner clause ("dengan mengenakan …") at ``k`` belongs to,
        within its clause, else ``None``. A relative clause on the verb's object is passed
        over ("membalas tarif yang diberlakukan Presiden X dengan mengenakan …": the one
        who retaliates acts, not X), and its own verb is not the one ("yang menyerang")."""
        for j in range(k - 1, max(k - 16, -1), -1):
            if self.word(j) in _BOUNDARY - {"yang"}:
                return None
            if j in self.actor_at or self.word(j - 1) == "yang":
                continue
            if _active_verb(self.word(j)) or self._idiom_opens(j):
                return j
        return None

    def _idiom_opens(self, j: int) -> bool:
        """Whether an active multiword cue whose first word is no verb in form opens at
        token ``j`` ("duduk satu meja"): a verb of the clause all the same."""
        for n in range(MAX_WORDS, 1, -1):
            cue = LEXICON.get(" ".join(self.word(k) for k in range(j, j + n)))
            if cue is not None and cue.voice == "active":
                return True
        return False

    def _parenthesis_start(self, close: int) -> int | None:
        """The "(" of a short parenthesis that ends at ``close``, else ``None``: an
        actor's other name ("(KPK)") or a date ("Senin (24/6/2024)") between a subject
        and its verb."""
        for k in range(close - 1, max(close - 6, -1), -1):
            if self.word(k) == "(":
                return k
            dated = any(c.isdigit() for c in self.word(k)) or self.word(k) in _CALENDAR
            if not (dated or k in self.actor_at or self._short_name_of(k, close)):
                return None  # "(ANTARA News)": a source, not a name
        return None

    def _short_name_of(self, k: int, close: int) -> bool:
        """Whether token ``k`` is the one word in parentheses ending at ``close``, written
        with a capital, right after an organisation's name: its short name, which the
        entity layer may leave unlinked ("Lembaga Konsumen Nusantara (LKN), Selasa, …")."""
        before = self.actor_at.get(k - 2)
        return (
            k == close - 1
            and self.word(k - 1) == "("
            and self.toks[k].capital
            and self.word(k).isalpha()
            and before is not None
            and before.organisation
        )

    def _pronoun(self, head: int, i: int) -> tuple[list[_Actor], int]:
        """The person a pronoun subject right before the verb stands for ("Ia juga
        menelepon …": the person last named as a subject before this sentence)."""
        k = head - 1
        if self.word(k) not in _PRONOUNS or self.antecedent is None:
            return [], i
        if k > 0 and self.word(k - 1) not in _BOUNDARY:
            return [], i  # "kepada ia", "bahwa ia": only a clause's first word
        tok = self.toks[k]
        before = [a for j, a in self.actor_at.items() if j < k and a.person]
        # "Menurut Olly, ia menerima …": a person named earlier in the sentence first
        a = max(before, key=lambda a: a.first) if before else self.antecedent
        return [_Actor(a.name, tok.start, tok.end, k, k, True)], i

    def _office_start(self, actor: _Actor) -> int:
        """Where the name of person ``actor`` starts with the state of its office:
        "Presiden **UEA** Sheikh Mohamed bin Zayed" (the state's token, else the
        actor's first)."""
        state = self.actor_at.get(actor.first - 1)
        if state is not None and actor.person and self._with_person(state) is actor:
            return state.first
        return actor.first

    def _word_before(self, actor: _Actor) -> str:
        """The word before ``actor`` and the title words written before it ("disebut
        **Presiden** Joko Widodo": "disebut")."""
        k = actor.first - 1
        while k > 0 and self.toks[k].capital and self.word(k) in _TITLE_WORDS:
            k -= 1
        return self.word(k)

    def _unknown_name(self, j: int) -> bool:
        """Whether token ``j`` is a capitalised word inside the sentence that no actor
        covers and that is not a date ("Kamis"), after a preposition or the rest of the
        actor before it, whose name the entity layer cut short)."""
        if j <= 0 or j in self.actor_at or j - 1 in self.actor_at or not self.toks[j].capital:
            return False
        word = self.word(j)
        if self._office_holder(j):
            return False
        k = j - 1
        while k > j - 3 and k > 0 and self.toks[k].capital and k not in self.actor_at:
            k -= 1  # "Duta Besar X di Medan mendesak": a place, not a subject
        return word.isalpha() and word not in _CALENDAR and self.word(k) not in _OBLIQUE

    def _office_holder(self, j: int) -> bool:
        """Whether the capitalised words ending at ``j`` name the holder of a state's
        office written before them ("Perdana Menteri Selandia Baru Christopher Luxon"
        with the name missed by the entity layer): the state acts for them."""
        k = j
        while k > j - 3 and k not in self.actor_at and self.toks[k].capital and k > 0:
            k -= 1
        state = self.actor_at.get(k)
        if state is None or state.person or state.first == 0:
            return False
        title = self.toks[state.first - 1]
        return title.capital and title.text in _TITLE_WORDS

    def _purpose_between(self, lo: int, hi: int) -> bool:
        """Whether a purpose clause ("untuk bertemu") opens between tokens ``lo`` and ``hi``."""
        return any(self.purpose_at(j) for j in range(lo, hi))

    def _main_verb(self, k: int) -> bool:
        """Whether token ``k`` is a verb whose object does not act in a purpose clause."""
        return _verb_like(self.word(k)) and self.word(k) not in _OBJECT_CONTROL

    def _verb_heading_object(self, k: int) -> int | None:
        """The main verb at token ``k``, or a word or two before it past the lowercase
        nouns heading its object ("**mengerahkan** anggota Satpol X untuk membantu …":
        the object's members are no subject of the purpose clause), else ``None``."""
        for j in range(k, max(k - 3, -1), -1):
            if self._main_verb(j):
                return j
            w = self.word(j)
            if j in self.actor_at or w in _BOUNDARY or self.toks[j].capital or _verb_like(w):
                return None
        return None

    def _member_of(self, actor: _Actor) -> bool:
        """Whether ``actor`` only names the organisation of a member before it, also when
        named by its short name after the long one ("aktivis Hak Asasi Manusia (HAM)")."""
        long = self.actor_at.get(actor.first - 2) if self.word(actor.first - 1) == "(" else None
        first = long.first if long is not None else actor.first
        return not actor.person and self.word(first - 1) in _MEMBER

    def _description_start(self, k: int) -> int:
        """Where the capitalised words naming an office before token ``k`` start
        ("**Menteri** Keuangan Sri Mulyani", "**Duta** Besar China"), no actor among them."""
        while k > 0 and self.toks[k - 1].capital and k - 1 not in self.actor_at:
            k -= 1
        return k

    def passive_agents(self, end: int) -> list[_Actor]:
        """The agents of a passive verb ending at ``end``: after "oleh", or right after
        it ("diserang Rusia"), titles first ("disambut Presiden X")."""
        agents = self.after_prep(end, {"oleh"})
        if agents:
            return [self._parent_body(a) for a in agents]
        # "ditangkap tim KPK": a word for the agent's team or part may come first
        side = 2 if end + 1 not in self.actor_at and self.word(end + 1) in _SIDE else 1
        if self.word(end + 1) in _ORG_NOUNS | _MISSIONS and end + 1 not in self.actor_at:
            # "ditangkap lembaga antinarkoba Malaysia": a description of a body of the
            # state, one word at most between; "dikritik Kedutaan Besar X": its mission
            side = next((k - end for k in (end + 2, end + 3) if k in self.actor_at), side)
        if self.word(end + 1) in _BODY_HEADS and end + 1 not in self.actor_at:
            # "diterima Kepala Dinas X, <nama>": the head of a body named, then by name
            body = self.actor_at.get(end + 2)
            named = body is not None and body.organisation and self.word(body.last + 1) == ","
            side = 2 if named else side
        direct = self.actor_at.get(end + side)
        first = self._with_person(direct) if direct is not None else None
        if first is None and self.word(end + 1) in _OFFICE_TITLES:
            # "disambut Presiden X <nama>", "diterima Wakil Gubernur X, <nama>"
            first = self.titled_person(end + 1)
        if first is None:
            return []
        # "disampaikan Presiden X dan Perdana Menteri Y": coordinated agents, up to a
        # new clause's subject ("diserang X dan Y membalas")
        more = self._coordinated_after(max(first.last, (direct or first).last))
        cut = next((k for k, a in enumerate(more) if self.clause_subject(a)), len(more))
        return [self._parent_body(first), *more[:cut]]

    def _parent_body(self, actor: _Actor) -> _Actor:
        """The body a unit named as ``actor`` belongs to, named within three capitalised
        words after it ("Direktorat Reserse Narkoba Polda X": Polda X), else
        ``actor``: the entity layer may cut the unit's name before its body."""
        if actor.person or actor.name.split()[0].lower() not in _UNIT_HEADS:
            return actor
        for k in range(actor.last + 1, min(actor.last + 4, len(self.toks))):
            body = self.actor_at.get(k)
            if body is not None:
                return body if not body.person else actor
            if not self.toks[k].capital:
                break
        return actor

    def clause_subject(self, actor: _Actor) -> bool:
        """Whether ``actor`` is the subject of a clause that goes on after it ("Berlin
        **akan** membiayai"), not an object."""
        if self.word(actor.first - 1) in _OBLIQUE:
            return False  # "berjanji kepada X akan datang": X is the one promised
        nxt = self.word(actor.last + 1)
        return nxt in _AUXILIARY or nxt in _NEGATION or _active_verb(nxt)

    def titled_person(self, j: int) -> _Actor | None:
        """The person named from token ``j`` on, after capitalised title words only
        ("Menteri Luar Negeri Jepang Takeshi Iwaya"), an apposition's comma after two or
        more of them ("Wakil Bupati X, <nama>"), else ``None``."""
        start = j
        while j < len(self.toks) and j not in self.actor_at and self.toks[j].capital:
            j += 1
        after = self.actor_at.get(j + 1)
        if (
            j > start + 1
            and self.word(j) == ","
            and after is not None
            and after.person
            and not self._listed_on(after.last)
        ):
            j += 1  # "Wakil Bupati X, <nama>": the holder set off by an apposition's comma
        actor = self.actor_at.get(j)
        if actor is None:
            return None
        actor = self._with_person(actor)
        return actor if actor.person else None

    def _listed_on(self, last: int) -> bool:
        """Whether a list of names goes on after token ``last`` ("Pertanahan,
        Infrastruktur, Transportasi, dan …"): "dan", or a comma and a capitalised word or
        "dan"."""
        nxt = last + 1
        if self.word(nxt) in _COORD:
            return True
        if self.word(nxt) != "," or nxt + 1 >= len(self.toks):
            return False
        return self.toks[nxt + 1].capital or self.word(nxt + 1) in _COORD

    def _title(self, j: int) -> bool:
        return self.word(j) in _TITLES

    def after_prep(
        self, i: int, preps: Collection[str], window: int = 12, *, purpose_ends: bool = True
    ) -> list[_Actor]:
        """Actors after the first of ``preps`` within ``window`` words of ``i`` (not
        past a purpose clause when ``purpose_ends``)."""
        j = i
        while j + 1 < min(len(self.toks), i + 1 + window):
            j += 1
            if self.word(j) == "sejak" and self._plain_np(j + 1, j + 2):
                continue  # "serangan terbesar sejak awal perang ke X": a time, not a clause
            if j == i + 1 and self.word(j) == _FOR_A_TIME:
                continue  # "menjatuhkan skorsing sementara kepada X": for a time, no clause
            named = self._apposition_end(j)
            if named is not None:
                j = named  # "permohonan bantuan hukum, Budi, kepada X": past the name
                continue
            if self.ends_clause(j) or (purpose_ends and self.purpose_at(j)):
                return []
            if self._quote_opens(j) or (j > i + 1 and self._second_predicate(j)):
                return []  # a quote's or a second verb's phrase (see objects)
            if self.word(j) in preps:
                found = self.objects(j, preps=preps, direct=False, purpose_ends=purpose_ends)
                if found:
                    return found
        return []

    def _apposition_end(self, j: int) -> int | None:
        """The closing comma of a person's name set off by commas from token ``j`` on
        (", Budi Santoso,"), else ``None``."""
        person = self.actor_at.get(j + 1) if self.word(j) == "," else None
        if person is None or not person.person or self.word(person.last + 1) != ",":
            return None
        return person.last + 1
