"""The clause reader the relation rules use: :class:`_Clause`.

On top of :mod:`.clause_asides` and :mod:`.clause_objects`, it finds the subject of a
cue (:meth:`_Clause.subject`: past relative clauses, appositions, issuers of a text,
coordinated verbs and purpose clauses) and answers the rules' other questions about
the sentence: the agent of a relative clause or of an act named before, the sides of
"antara A dan B", a threat's target, nationals, venues and private persons, an
embedded act, and the clause's polarity and modality (:meth:`_Clause.flags`).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from warta.nlp.relations.actors import _Actor
from warta.nlp.relations.appositions import described_subject_end
from warta.nlp.relations.clause_asides import _AsideReader
from warta.nlp.relations.lexicon import LEXICON, LIGHT_VERBS
from warta.nlp.relations.rulings import RULING_NOUNS, ruling_act
from warta.nlp.relations.words import (
    _ACCUSING,
    _ACT_NOUNS,
    _ALONG_WITH,
    _ANAPHOR,
    _ANY_ACT,
    _APPEALS_AGAINST,
    _ASKING,
    _ASKS,
    _AUXILIARY,
    _BOUNDARY,
    _BRINGING,
    _BUSINESS_PEOPLE,
    _CIVILIANS,
    _CONDITION,
    _COORD,
    _DECISION,
    _DECISION_NOUNS,
    _DOCUMENTS,
    _DONE_BEFORE,
    _FLAGGED,
    _INCIDENTS,
    _KIN,
    _LEAVE,
    _MANNER,
    _MEDIATED,
    _MESSAGES,
    _MODALITY,
    _NAMED_PLACES,
    _NEGATION,
    _NUMBERS,
    _OBJECT_CONTROL,
    _OBLIQUE,
    _OFFER,
    _OFFICE_NOUNS,
    _OFFICE_TITLES,
    _ORG_NOUNS,
    _OWNED_BY,
    _PASSING_ON,
    _PERMITTING,
    _PURPOSE,
    _QUOTE_CHARS,
    _REPORTED_BY,
    _REPORTING,
    _ROLE_OF,
    _SIDE,
    _STATEMENT_NOUNS,
    _STATEMENT_WAY,
    _SUBJECT_GAP,
    _TARGET_PREP,
    _THAT,
    _THREAT_LINK,
    _TICKET_WORDS,
    _TITLE_WORDS,
    _TOLD_ACT_NOUNS,
    _UNDERGONE,
    _VENUES,
    _WE,
    _WHEN,
    _act_noun,
    _active_verb,
    _may_cue,
    _noun_key,
    _verb_like,
)
from warta.records import Modality, Polarity

#: The word opening a manner clause ("menuntut X … **dengan** memutus …").
_MANNER_CLAUSE = "dengan"
#: A speaker's own body named by its kind ("mengatakan **lembaganya** akan …").
_OWN_BODY = frozenset(
    "lembaganya kementeriannya komisinya instansinya institusinya kantornya badannya".split()
)
#: How many tokens back from a manner clause its asking verb may be.
_ASK_REACH = 18


#: Words for some of a group: "sejumlah anggota X" are members of X left unnamed.
_SOME = frozenset("sejumlah beberapa sebagian segelintir banyak para".split())
#: Verbs after a warning's "… dan" that stay the accuser's ("menuduh X berlatih invasi
#: dan memperingatkan …"): the verbs that hand an act to another, and warnings.
#: A demand, a protest or a report after an accusation is the accuser's too ("menuduh X
#: menyerobot lahan dan **menuntut** pemkab mencabut izinnya"): the accused is told of, not
#: the one who goes on.
_ACCUSER_GOES_ON = _OBJECT_CONTROL | frozenset(
    "memperingatkan mengancam menuntut mengecam memprotes melaporkan mengadukan".split()
)
#: Verbs of the speaker's own reply that a warning announces ("memperingatkan
#: Teheran akan **mengambil** tindakan", "… akan **membalas**").
_WARNED_ACTS = frozenset("mengambil membalas bertindak merespons menanggapi menindak".split())

#: How many words an apposition set off by commas after its subject may hold ("Inggris
#: dan Prancis, penyusun rancangan itu, …"), and one that may name actors: opened by a
#: kin noun, naming the kin and the kin's office ("A, adik pemimpin negara X <nama>,
#: …"), or by a preposition of the act's setting ("X, dalam sidang Dewan Y di Z, …").
_APPOSITION_WORDS = 8
_NAMING_APPOSITION_WORDS = 10
#: Prepositions opening an aside on the setting of the act ("X, **dalam** sidang di Y
#: keesokan harinya, mendesak …"): what they name is no subject.
_SETTING_OPENERS = frozenset("dalam di pada saat".split())
#: Words opening a description of the subject by a body it belongs to with others
#: ("A dan B, **sesama** anggota aliansi X, menarik …"): the body named is no subject.
_FELLOWS = frozenset({"sesama"})
#: Prepositions of the channel an act goes through ("melalui duta besarnya"): what they
#: name is the means, never the actor.
_THROUGH = frozenset("melalui lewat".split())
#: Modals of what a side may do ("X **dapat** menghentikan …"), after a warning's object.
_MAY = frozenset("dapat bisa".split())
#: Head words of an office title that may hold a "dan" ("Menteri Luar Negeri dan
#: Kerja Sama X", "Menteri Sumber Daya Alam dan Lingkungan Y").
_OFFICE_HEADS = frozenset("menteri kementerian menko".split())


#: Contrastive coordinators of a second verb sharing the first one's subject ("…,
#: tetapi menuding X").
_BUT = frozenset("tetapi tapi namun".split())
#: How many words a place's name and its region's may each take ("Kecamatan Y, Kabupaten
#: Z" set off after a subject: see :meth:`_Clause._placed_before`).
_PLACE_WORDS = 4
#: Verbs of belonging to an organisation that acts for the crowd named before it
#: ("pekerja yang **tergabung** dalam Serikat X").
_JOINED = frozenset("tergabung terhimpun bernaung".split())
#: Counts of a crowd whose members a body after "dari" names ("**ribuan** buruh dari
#: Serikat X"): a crowd, not one person from a body ("seorang peneliti dari X").
_CROWD_COUNTS = frozenset("ratusan ribuan puluhan belasan sejumlah".split())
#: Nouns of the steps of a sanction on a person, judged after it is told ("menilai
#: penahanan itu terburu-buru"), or on a firm (its permit frozen or revoked: "PT X
#: keberatan dengan pencabutan tersebut").
_SANCTION_STEPS = frozenset("penetapan penahanan penangkapan pembekuan pencabutan".split())
#: Words pointing such a step back to the one told: a demonstrative, or the client of
#: the counsel judging it ("penetapan tersangka kliennya").
_POINTED = _ANAPHOR | frozenset({"kliennya"})
#: How many words after an act's noun a plain topic may run before "antara" names its
#: sides (the document, then what it covers: "perjanjian kemitraan riset energi …").
_TOPIC_REACH = 8
#: Verbs of refusing right before a verb: the act refused is not done (the refusal
#: is coded by itself).
_REFUSING = frozenset({"menolak"})
#: Verbs that stop a measure before it is taken ("memveto paket sanksi …"), and the
#: nouns for a measure's draft that may stand between them and the measure.
_BLOCKING = frozenset("memveto menjegal mengganjal".split())
_DRAFTS = frozenset("paket rancangan usulan rencana".split())
#: Nouns of an invitation passed on, whose purpose clause is the act invited to (the
#: verbs' purpose clauses are read by :func:`.pairs.invited_to_talks`).
_INVITATION_NOUNS = frozenset("undangan".split())
#: How many words back from "untuk" its invitation may be (two full names between).
_INVITE_REACH = 16


#: Most words an office's title may take before its holder's name ("Wakil Wali Kota").
_TITLE_REACH = 4


#: How far after a threat's verb its condition may name the one threatened.
_CONDITION_REACH = 16
#: "selama" before an actor: as long as it does what the threat is against.
_AS_LONG_AS = "selama"
#: The "that" of a warning's content ("memperingatkan **bahwa** …").
_WARNED_THAT = "bahwa"
#: Boundary words that stay inside what is threatened: its relative clause and the
#: warning's "bahwa" ("sanksi **yang** berat kalau X …").
_WITHIN_THREAT = frozenset({"yang", _WARNED_THAT})


class _Clause(_AsideReader):
    """One sentence as tokens with the actors over them."""

    def _ticket_word(self, k: int) -> bool:
        """Whether token ``k`` is part of an election ticket's number ("calon nomor urut
        2,")."""
        w = self.word(k)
        return w in _TICKET_WORDS or w.isdigit() or w == ","

    def relative_agent(self, i: int, window: int = 10, asked: bool = False) -> list[_Actor]:
        """The agent of a passive relative clause on the object after token ``i``:
        "memprotes peta yang diterbitkan China" acts against China. When ``asked`` (a
        request, whose object is asked to do the act after it), a relative clause past
        that act's verb is on the act's object, not on the request's."""
        for j in range(i + 1, min(len(self.toks) - 2, i + window)):
            w = self.word(j)
            if asked and j > i + 1 and _active_verb(w):
                # "meminta dinas memeriksa gudang yang disewa X": X is no one asked
                return []
            if w == "yang":
                k = j + 1
                while self.word(k) in _DONE_BEFORE:  # "yang sebelumnya diminta X"
                    k += 1
                if self.word(k) in _MEDIATED:
                    return []  # "perjanjian yang dimediasi X": X mediated, no party
                if self.word(k).startswith("di") and len(self.word(k)) > 4:
                    # "yang diusulkan oleh X": the agent after its preposition
                    return self._agent_phrase(k + 2 if self.word(k + 1) == "oleh" else k + 1)
                return []
            if w in _BOUNDARY or j in self.actor_at:
                return []
        return []

    def _agent_phrase(self, k: int) -> list[_Actor]:
        """The agents named from token ``k`` on after a passive verb, a word for their
        side or part first ("diajukan kubu A dan kubu B", "oleh tank Israel"), or their
        count ("diajukan 80 petani Desa X")."""
        if k not in self.actor_at and (self.word(k) in _NUMBERS or self.word(k).isdigit()):
            k += 1
        if k not in self.actor_at and self.word(k) in _SIDE:
            k += 1
            # "pasangan calon nomor urut 4, A dan B": the ticket's number before its names
            start = k
            while k < start + 5 and k not in self.actor_at and self._ticket_word(k):
                k += 1
        actor = self.actor_at.get(k) or self._titled_person_at(k)
        if actor is None:
            return []
        found = [self._with_person(actor)]
        k = self._ticket(actor, found)
        while self.word(k) in _COORD:
            nxt = self.actor_at.get(k + 1) or (
                self.actor_at.get(k + 2) if self.word(k + 1) in _SIDE else None
            )
            if nxt is None:
                break
            found.append(self._with_person(nxt))
            k = self._ticket(nxt, found)
        return list(dict.fromkeys(found))

    def _titled_person_at(self, k: int) -> _Actor | None:
        """The person named after the capitalised office words that open at token ``k``
        ("diajukan **Wali Kota** X", "yang diusulkan **Bupati** Y"), else ``None``: the
        title is his, and he is the agent."""
        n = len(self.toks)
        if not (k < n and self.toks[k].capital and self.word(k) in _OFFICE_TITLES):
            return None
        # the office's other words are capitalised too ("Wali Kota", "Menteri Luar Negeri")
        j = k + 1
        while j < min(k + _TITLE_REACH, n) and j not in self.actor_at and self.toks[j].capital:
            j += 1
        actor = self.actor_at.get(j)
        return actor if actor is not None and actor.person else None

    def _ticket(self, actor: _Actor, found: list[_Actor]) -> int:
        """The token after ``actor`` and the partner a hyphen joins to it in one token
        ("pasangan Budi Santoso-Rina Wijaya dan …": both), the partner added to
        ``found``."""
        partner = self.actor_at.get(actor.last)
        if partner is None or partner is actor:
            return actor.last + 1
        found.append(self._with_person(partner))
        return partner.last + 1

    def anaphoric_act(self, i: int, acted: Collection[str]) -> str | None:
        """The key in ``acted`` of an act named by a noun after token ``i`` and pointed
        back to ("menolak **sanksi tersebut**"), else ``None``: the last act named by
        the same noun ("latihan militer" … "mengecam latihan tersebut"), else the last
        of its class, else the last act of any class for a general noun ("mengecam
        langkah itu"). Manner adverbs may come first ("mengecam keras serangan itu")."""
        while self.word(i + 1) in _MANNER:
            i += 1
        noun = self.word(i + 1)
        if noun in _ACT_NOUNS and self.word(i + 2) == "yang" and self._described(i + 3):
            # "mengkritik langkah yang disebutnya “gegabah” itu": the act told before
            return _ANY_ACT if _ANY_ACT in acted else None
        if noun in _SANCTION_STEPS and {self.word(k) for k in range(i + 2, i + 5)} & _POINTED:
            # "menilai penahanan tersebut prematur", "penetapan tersangka kliennya": the
            # last sanction told by that noun or its verb ("membekukan izin …" then
            # "pembekuan itu"), else the last sanction, pointed back to or named as the
            # client's
            if _noun_key(noun) in acted:
                return _noun_key(noun)
            return "sanction" if "sanction" in acted else None
        if not {self.word(i + 2), self.word(i + 3)} & _ANAPHOR:
            return None
        if _noun_key(noun) in acted:
            return _noun_key(noun)
        if noun in _DECISION_NOUNS and _DECISION in acted:
            return _DECISION  # "menolak keputusan tersebut": the decision told last
        if noun in _INCIDENTS:
            return "fight" if "fight" in acted else None
        if noun in _TOLD_ACT_NOUNS and self.word(i + 2) in _ANAPHOR:
            return _ANY_ACT if _ANY_ACT in acted else None
        if noun in RULING_NOUNS:
            # "menolak putusan itu": the ruling of the last sentence or petition turned
            # down
            return ruling_act(acted)
        cue = LEXICON.get(noun)
        if cue is None or cue.voice != "nominal":
            return None
        if cue.action in _ASKS and cue.action not in acted:
            # "menuntut X …" then "menyanggupi permintaan itu": a request by another name
            return next((a for a in _ASKS if a in acted), None)
        # the demonstrative may follow one modifier: "serangan udara tersebut"
        return cue.action if cue.action in acted else None

    def _described(self, k: int) -> bool:
        """Whether a relative clause from token ``k`` on ends, within 15 words, with a
        demonstrative that closes its noun phrase ("tindakan yang disebutnya “…”
        **itu**,")."""
        for j in range(k, min(len(self.toks), k + 15)):
            w = self.word(j)
            if w in _ANAPHOR and (j + 1 == len(self.toks) or self.word(j + 1) in _BOUNDARY):
                return self.word(j - 1) in _QUOTE_CHARS
            if w in (";", ":") or (w == "," and self.word(j - 1) not in _QUOTE_CHARS):
                return False
        return False

    def subject(self, i: int) -> tuple[list[_Actor], int]:
        """The actors acting in the clause before token ``i``, and where they start.

        Actors after a preposition ("ke Rusia") are inside the predicate and skipped.
        When a comma ends the search, the head of a relative clause just before it
        acts: "Budi Santoso, yang …, mengunjungi Tokyo". A purpose clause has the main
        clause's subject ("Musk mengunjungi Tokyo untuk bertemu …": Musk). No subject
        when a capitalised word the entity layer did not take is right before the verb
        (a name it missed: "langkah Hanura mendukung …"), or when the actor is only the
        organisation of an unnamed member ("politisi Golkar itu bertemu …").
        """
        # "X, yang …, dijadwalkan bertemu": auxiliaries may stand between comma and verb
        head = i
        while self.word(head - 1) in _AUXILIARY:
            head -= 1
        if self.we is not None and self.word(head - 1) in _WE:
            # "“Kami minta X …,” kata <nama>": inside a quote, the speaker acts
            tok = self.toks[head - 1]
            we = replace(self.we, start=tok.start, end=tok.end, first=head - 1, last=head - 1)
            return [we], i
        joined = self._joined_body(head - 1)
        if joined is not None:  # "ratusan pekerja yang tergabung dalam Serikat X berdemonstrasi"
            return [joined], joined.last + 1
        if self._unknown_name(i - 1):
            return [], i
        aside = self._date_aside(head)
        if aside is None and self.word(head - 1) in LIGHT_VERBS:
            # "Perdana Menteri X, Selasa, menyampaikan terima kasih kepada …": the aside
            # stands before the verb that carries the cue
            aside = self._date_aside(head - 1)
        if aside is not None:  # "Indonesia, Senin (3/6/2024), mengecam …"
            protested = self._protest_day_subject(head)
            return protested if protested is not None else self.subject(aside)
        time_back = self._time_back_before(head)
        if time_back is not None:  # "X pada hari yang sama memprotes …"
            return self.subject(time_back)
        described = described_subject_end(self, head)
        if described is not None:  # "Malaysia, tetangga dekat X, meminta …"
            return self.subject(described)
        day = self._day_set_off(head)
        shared = self._coordinated_verb_subject(day) if day is not None else None
        if shared is not None:
            # "X berunjuk rasa di Y, Selasa (…), menuntut Z …": a verb after the day
            # set off goes on with the clause before it, and shares its subject
            return shared
        protest = self._protest_before(head)
        shared = self._coordinated_verb_subject(protest) if protest is not None else None
        if shared is not None:
            # "X berdemonstrasi di muka balai kota, menuntut Z …": a verb set off by a comma
            # after a protest tells what the protesters demand, and shares their subject
            return shared
        purposed = self._purpose_after_aside(head)
        if purposed is not None:
            return purposed
        if self.word(head - 1) == "dengan":
            main = self.main_verb_before(head - 1)
            if main is not None:  # "Beijing membalas … dengan mengenakan": by doing so
                return self.subject(main)
        if self.word(head - 1) in _WHEN:
            main = self._passive_before(head - 1)
            if main is not None:  # "disampaikan X saat bertemu Y": X meets Y
                agents = self.passive_agents(main)
                if agents:
                    return agents, head
        lead = head
        while self.word(lead - 1) in _OFFER | _REPORTING:
            lead -= 1  # "…, namun menyatakan bersedia bermitra": the verbs it is told by
        if self.word(lead - 1) in _COORD - {"baik"} | _BUT:
            # "X menggerebek … dan menahan …", "X berjanji …, tetapi menuding …", "X
            # menyangkal …, namun menyatakan bersedia …": a coordinated verb has the first's
            # subject
            shared = self._coordinated_verb_subject(lead - 1)
            if shared is not None:
                return shared
        counterparts = self._with_counterpart(head - 1)
        if counterparts:  # "A dan mitranya dari X, <nama>, meneken …"
            return counterparts, head
        namely = self._namely_before(head - 1)
        if namely:  # "lahan milik tiga perusahaan, yakni A, B, dan C, disegel …"
            return namely, head
        if self.word(head - 1) == "yang":
            issuer = self._issuer(head - 1)
            if issuer is not None:
                return issuer
            told_of = self.actor_at.get(head - 3) if self.word(head - 2) == "," else None
            if told_of is not None and not self._in_apposition(told_of):
                # "… bertemu Perdana Menteri X, yang meminta Y …": the actor a relative
                # clause set off by a comma tells of acts in it
                return [self._with_person(told_of)], told_of.last + 1
        titled = self._bare_title(head - 1) or self._bare_body(head - 1)
        if titled is not None:  # "Presiden juga dijadwalkan bertemu …"
            return [titled], i
        if self.word(head - 1) == "pihaknya" and self.word(head - 2) in _REPORTING:
            # "Direktur X, <nama>, mengatakan pihaknya memberi waktu …": the speaker's
            # side acts, named by the speaker
            reporter = self.subject(head - 2)
            if reporter[0]:
                return reporter
        if self.word(head - 1) in _OWN_BODY and self.word(head - 2) in _REPORTING:
            # "Juru bicara KPK X mengatakan lembaganya akan memanggil …", "Ketua Komisi
            # VI, Y, mengatakan komisinya …": the body the speaker is named with acts
            speakers, _ = self.subject(head - 2)
            bodies = [b for b in map(self._speakers_body, speakers) if b is not None]
            if speakers:
                return bodies or speakers, i
        owned = head - 1
        if self.word(owned) == ")":  # "milik Kementerian … (KKP) menangkap"
            owned = (self._parenthesis_start(owned) or 0) - 1
        owner = self.actor_at.get(owned)
        if owner is not None and not owner.person and self.word(owner.first - 1) == _OWNED_BY:
            # "Kapal patroli Orca 03 milik KKP menangkap …": the owner acts by its vessel
            return [owner], owner.last + 1
        gap = 0
        j = i - 1
        while j >= 0 and gap <= _SUBJECT_GAP:
            if self.word(j) == ")":
                opening = self._parenthesis_start(j)
                if opening is not None:
                    # "Majelis Ulama Indonesia (MUI) mengaku": the acronym names the
                    # subject even where the entity layer missed the long name;
                    # "Kremlin pada Senin (24/6/2024) menuding": a date is passed over
                    j = j - 1 if j - 1 in self.actor_at else opening - 1
                    continue
            actor = self.actor_at.get(j)
            if actor is not None and self._word_before(actor) in _OBLIQUE | _REPORTED_BY:
                gap += 1
                j = actor.first - 2
                continue
            if actor is not None and self._in_role(actor):
                # "Anwar Ibrahim selaku ketua ASEAN menyampaikan": the person acts
                gap += 1
                j = actor.first - 1
                continue
            if actor is not None and self._in_relative(actor) is not None:
                # "X yang saat ini menjadi pebalap Y sudah meneken …": Y is named in a
                # relative clause on X, who acts (no one when X is not named)
                named = self._in_relative(actor)
                return ([self._with_person(named)], named.last + 1) if named else ([], i)
            origin = self._origin_description(actor) if actor is not None else None
            if actor is not None and origin is not None:
                # "diplomat asal Norwegia itu mendesak …": the person named before
                return [origin], actor.last + 1
            if actor is not None:
                found = [actor]
                k = self._office_start(actor) - 1
                if self.word(k) == "(" and k - 1 in self.actor_at:
                    # "Qatar Investment Authority (QIA) menandatangani": the full name,
                    # unless the entity layer resolved the short one
                    full = self.actor_at[k - 1]
                    # "buruh PT X (PX) mogok": the firm's short name closes its workers'
                    # group, who act
                    of_group = full.name.endswith(" " + actor.name)
                    unresolved = actor.name.lower() == self.word(actor.first)
                    if full.organisation and (unresolved or of_group):
                        actor = full
                    found, k = [actor], full.first - 1
                named_with = self.actor_at.get(k)
                if (
                    named_with is not None
                    and named_with.organisation
                    and named_with.last == k == actor.first - 1
                    and not (actor.person or actor.organisation)
                ):
                    # "pemerintahan Hamas Palestina": a body named with its state is
                    # the state, coordinated past the body's name
                    k = named_with.first - 1
                # "Widodo dan Albanese", "Filipina, Malaysia dan Vietnam", "baik A maupun B"
                while k >= 0:
                    # "A dan rekannya B", "A dan Menteri Luar Negeri B": a role word or a
                    # title may follow "dan"
                    k = self._past_unit(self._past_role(self._past_regional_office(k)))
                    w = self.word(k)
                    prev = self._coordinated_before(k)
                    if w in _COORD - {"baik"} | {","} | _ALONG_WITH and prev is not None:
                        found.append(prev)
                        k = prev.first - 1
                    else:
                        break
                if self.word(k) in _OBLIQUE:
                    return [], i
                named = self._in_relative(found[-1]) if len(found) > 1 else None
                if named is not None:
                    # "Resolusi yang diajukan A, B, dan C itu menuntut …": a list named in
                    # a relative clause, like one actor there, is no subject of the verb
                    return ([self._with_person(named)], named.last + 1) if named else ([], i)
                # "memanggil Duta Besar China untuk memprotes …": the object is named by
                # its office, whose title words stand between the verb and the state
                if len(found) == 1:
                    k = self._description_start(self._office_start(found[-1])) - 1
                if self._purpose_between(actor.last + 1, i):
                    main = self._verb_heading_object(k)
                    if main is not None:
                        return self.subject(main)  # the actor is the main verb's object
                subj = [self._with_person(a) for a in reversed(found)]
                if len(subj) == 1 and self._member_of(subj[0]):
                    return [], i
                return list(dict.fromkeys(subj)), actor.last + 1
            if self.word(j) == "yang":
                short = self._short_relative_head(j, head)
                if short is not None:  # "Partai X (PX) yang berkuasa mengkritik …"
                    return [self._with_person(short)], short.last + 1
            if self.word(j) in _BOUNDARY:
                # "X, yang …, menyampaikan terima kasih": the light verb carrying the
                # cue opens the predicate the aside stands before
                light = self.word(head - 1) in LIGHT_VERBS
                if self.word(j) == "," and j in (head - 1, head - 2 if light else head - 1):
                    return self._relative_head(j, i)
                apposed = self._apposition_before(j)
                if apposed is not None:
                    # "Harian resmi X, <nama>, pada Rabu (…) mengkritik": the name set off
                    return [self._with_person(apposed)], apposed.last + 1
                break
            if self.word(j) in _REPORTING and self._named_between(j + 1, head):
                return [], i  # "Variety melaporkan dua perempuan menuding X": not Variety
            if self._force_of_nature(j):
                return [], i  # "… menyebut puting beliung menyerang dua desa": no actor
            gap += 1
            j -= 1
        if self.word(head - 1) in _PURPOSE - _THAT:
            # "… dan mengatakan akan terbang ke X untuk berunding dengan Y": the purpose
            # clause has the subject of its main verb, however far (not after "agar",
            # nor when it tells what an act named before it is for: "tuntutan untuk …")
            main = self.main_verb_before(self.past_day_and_place(head - 1))
            if (
                main is not None
                and self.word(main) not in _OBJECT_CONTROL
                and not any(_act_noun(self.word(k)) for k in range(main + 1, head - 1))
            ):
                shared = self.subject(main)
                if shared[0]:
                    return shared
        pronoun = self._pronoun(head, i)
        if pronoun[0]:
            return pronoun
        sides = self._both_sides_subject(head)
        return (sides, i) if sides else self._description(head, i)

    def _speakers_body(self, person: _Actor) -> _Actor | None:
        """The organisation ``person`` is named with right before, in his title or set off
        by a comma ("Juru bicara **KPK** X", "Ketua **Komisi VI**, X,"), else ``None``."""
        if not person.person:
            return None
        k = person.first - 1
        if self.word(k) == ",":
            k -= 1
        body = self.actor_at.get(k)
        return body if body is not None and body.organisation else None

    def _origin_description(self, actor: _Actor) -> _Actor | None:
        """The person a description by origin opening the clause stands for ("**diplomat
        asal Norwegia itu** mendesak …": the person last named as a subject before
        this sentence, not the state), else ``None``."""
        k = actor.first - 1
        if self.word(k) != "asal" or self.word(actor.last + 1) not in _ANAPHOR:
            return None
        noun = k - 1
        if noun < 0 or noun in self.actor_at or self.antecedent is None:
            return None
        if noun > 0 and self.word(noun - 1) not in _BOUNDARY:
            return None  # "menemui diplomat asal X itu": an object, not the subject
        a = self.antecedent
        end = actor.last + 1
        return _Actor(a.name, self.toks[noun].start, self.toks[end].end, noun, end, True)

    def _purpose_after_aside(self, head: int) -> tuple[list[_Actor], int] | None:
        """The main clause's subject of a purpose clause opening at token ``head - 1``
        after a day set off by commas, when the object before that day is the main
        verb's ("memanggil Duta Besar X, Rabu (…), untuk memprotes …": the summoner
        protests), else ``None``."""
        if self.word(head - 1) not in _PURPOSE:
            return None
        aside = self._date_aside(head - 1, unnamed=True)
        if aside is None:
            return None
        named = self.actor_at.get(aside - 1)
        if named is None:
            return None
        k = self._envoy_start(named) - 1
        return self.subject(k) if self._main_verb(k) else None

    def _issuer(self, k: int) -> tuple[list[_Actor], int] | None:
        """Who acts through the text or the act a relative clause at ``k`` ("yang")
        tells of: the actor named with it ("keputusan Washington dua hari sebelumnya
        yang mengerek …") or whoever issued a text ("Majelis Umum mengadopsi resolusi
        yang menuntut …"); else ``None``."""
        for n in range(k - 1, max(k - 7, -1), -1):
            w = self.word(n)
            if w in _BOUNDARY:
                return None
            if w in _DOCUMENTS | _ACT_NOUNS:
                if self._blocked_draft(n):
                    return None  # "menjegal usulan pernyataan X yang mengecam …": never issued
                # the act's own actor, not one after a preposition ("duta besar untuk X")
                named = next(
                    (
                        self.actor_at[j]
                        for j in range(n + 1, k)
                        if j in self.actor_at
                        and self._word_before(self.actor_at[j]) not in _OBLIQUE
                    ),
                    None,
                )
                if named is not None:
                    return [self._with_person(named)], k
                main = self.main_verb_before(n) if w in _DOCUMENTS and n == k - 1 else None
                return self.subject(main) if main is not None else None
        return None

    def _blocked_draft(self, n: int) -> bool:
        """Whether the text named at token ``n`` is a draft blocked or refused
        ("menjegal rancangan deklarasi …", "menolak usulan pernyataan …"): it was never
        issued, so what it would say is no one's act."""
        return self.word(n - 1) in _DRAFTS and self.word(n - 2) in _BLOCKING | _REFUSING

    def named_by_noun(self, lo: int, hi: int) -> _Actor | None:
        """The organisation a common noun between tokens ``lo`` and ``hi`` stands for,
        as the object of a verb or after "kepada" ("kepada **perusahaan** itu", "memberi
        **kantor pertanahan** itu waktu"): the last organisation named whose name opens
        with that noun (any firm, "PT …", for "perusahaan"), else ``None``."""
        for k in range(lo, min(hi, len(self.toks))):
            if k in self.actor_at or self.word(k) in _BOUNDARY:
                return None
            noun = self.word(k)
            if noun not in _ORG_NOUNS | _OFFICE_NOUNS:
                continue
            if noun == "perusahaan":
                heads: tuple[str, ...] = ("pt ",)
            else:
                after = self.word(k + 1)
                heads = (f"{noun} {after}",) if after and after not in _ANAPHOR else (noun,)
            here = [a.name for j, a in sorted(self.actor_at.items()) if j < lo and a.organisation]
            names = [*reversed(here), *self.history.organisations()]
            name = next((n for n in names if n.lower().startswith(heads)), None)
            if name is None:
                return None
            tok = self.toks[k]
            return _Actor(name, tok.start, tok.end, k, k, False, True)
        return None

    def undergoes(self, actor: _Actor) -> bool:
        """Whether ``actor`` is the subject of a passive verb after it, auxiliaries aside
        ("agar PT X segera **ditetapkan**": X is acted on, not the one asked)."""
        k = actor.last + 1
        while self.word(k) in _AUXILIARY:
            k += 1
        return self.word(k).startswith("di") and _verb_like(self.word(k))

    def permitted(self, actor: _Actor) -> bool:
        """Whether ``actor`` is given leave by the act asked for, not asked to act ("agar
        X **dapat** menjalani hukuman di negaranya", "supaya X **boleh** pulang"): what is
        asked is of whoever can allow it."""
        k = actor.last + 1
        if self.word(k) == "(":  # "agar Budi (34) dapat …"
            k = next((j + 1 for j in range(k, k + 4) if self.word(j) == ")"), k)
        while self.word(k) in _AUXILIARY:
            k += 1
        if self.word(k) in ("diizinkan", "diperbolehkan"):
            return True
        if self.word(k) not in _LEAVE:
            return False
        # "dapat dipulangkan", "bisa menjalani hukuman": what X may undergo; "dapat
        # melakukan validasi" is an act X is asked to do
        after = self.word(k + 1)
        return after in _UNDERGONE or (after.startswith("di") and _verb_like(after))

    def _protest_day_subject(self, head: int) -> tuple[list[_Actor], int] | None:
        """The protesters of a protest told before a day set off by commas right before
        token ``head`` ("Warga X berunjuk rasa di depan kantor PT Y, Rabu (…), menuntut
        …": the crowd demands, PT Y only names where they stood), else ``None``."""
        day = self._day_set_off(head)
        if day is None or self._protest_before(day + 1) is None:
            return None
        return self._coordinated_verb_subject(day)

    def _coordinated_verb_subject(self, k: int) -> tuple[list[_Actor], int] | None:
        """The subject of the active verb a verb after the coordinator at ``k`` is
        coordinated with ("Inggris dan Jerman mengumumkan sanksi … dan membatalkan
        perjanjian": both verbs are theirs), the nearest such verb with a subject,
        within 25 words of the clause; else ``None``."""
        j = k - 1
        past_accused = False
        while j > max(k - 25, -1):
            w = self.word(j)
            if w in _QUOTE_CHARS:
                # a scare quote of a few words ("menilai kebijakan X “tidak adil” dan
                # meminta …") is passed over; a longer quote is another's words
                opening = next(
                    (m for m in range(j - 1, j - 6, -1) if self.word(m) in _QUOTE_CHARS), None
                )
                if opening is None:
                    return None
                j = opening - 1
                continue
            if w in (";", ":", "bahwa"):
                return None
            if j not in self.actor_at and _active_verb(w) and not self.purpose_at(j - 1):
                found = self.subject(j)
                before = self._before_titles(found[0][0].first) if found[0] else -1
                told_of = found[0] and self.word(before) in _ACCUSING | _ASKING | _PERMITTING
                if told_of and self.word(k + 1) in _ACCUSER_GOES_ON:
                    # "menuduh X menyerang Y dan meminta X menarik …": the accuser asks;
                    # "… dan memperingatkan …": the accuser warns; "menuntut X menarik
                    # kapalnya dan meminta Y …": the one asked does the first act only,
                    # the asker goes on asking
                    j = before
                    past_accused = True
                    continue
                if found[0]:
                    return found
                if past_accused and _active_verb(w):
                    # the accuser is not named ("Mereka menuduh X … dan menuntut …" with
                    # no body to stand for): no subject, never the accused
                    return [], k + 1
            j -= 1
        return None

    def _before_titles(self, first: int) -> int:
        """The token before the capitalised words of an unnamed office standing right
        before an actor starting at ``first`` ("mengizinkan **Pelapor Khusus** PBB":
        "mengizinkan"), within four words; the token before ``first`` when none."""
        k = first - 1
        while k > first - 5 and k > 0 and self.toks[k].capital and k not in self.actor_at:
            k -= 1
        return k

    def _relative_head(self, comma: int, i: int) -> tuple[list[_Actor], int]:
        """The actor right before the first "yang" of the relative clauses that end at
        ``comma`` (within 30 words): "X yang …, yang …, V" is X's act."""
        head: _Actor | None = None
        for j in range(comma - 1, max(comma - 30, 0), -1):
            if self.word(j) == "yang":
                before = self.actor_at.get(j - 1) or (
                    self.actor_at.get(j - 2) if self.word(j - 1) == "," else None
                )
                if before is not None and self.word(before.first - 1) == "di":
                    # "Kedutaan Besar X di Y, yang …, V": the one posted there, not Y
                    before = self.actor_at.get(before.first - 2)
                if before is not None and self.word(before.first - 1) not in _OBLIQUE:
                    head = before
            elif self.word(j) in (";", ":", "bahwa"):
                break
        if head is None:
            # "X, dalam pernyataan yang dimuat kantor berita Y, menuduh …": X, and each
            # side coordinated before it ("A dan B, dalam pernyataan terpisah, mengutuk")
            head = self._statement_aside_head(comma)
        if head is None:
            named = self.actor_at.get(comma - 1)
            if named is not None and self._located_in_apposition(named):
                # "Ratusan warga Desa X, Kabupaten Y, memblokade …": one actor, its
                # place's region set off by commas inside its phrase
                return [named], comma
            placed = self._placed_before(comma)
            if placed is not None:
                # "buruh PT X di Kecamatan Y, Kabupaten Z, mogok …": where the subject
                # is, the place's region set off; the subject is before "di"
                return self.subject(placed)
            if named is not None and named.person and self._word_before(named) == ",":
                # "Utusan Khusus …, Alounkeo Kittikhoun, bertemu", "Putrinya, Wakil
                # Presiden X, menyebut"; "Presiden A, <nama>, dan Presiden B, <nama>,
                # bertemu": each holder named
                return [*self._apposed_before(named), named], comma
            return self._apposition_head(comma, i)
        # "Spanyol dan Irlandia, yang …, ikut mengutuk": each side coordinated before it
        found = [head]
        k = head.first - 1
        while self.word(k) in _COORD - {"baik"} | {","}:
            prev = self._coordinated_before(k)
            if prev is None:
                break
            found.append(prev)
            k = prev.first - 1
        return [self._with_person(a) for a in reversed(found)], head.last + 1

    def _placed_before(self, comma: int) -> int | None:
        """The "di" before a place whose region is set off by commas, the second comma at
        token ``comma`` ("… **di** Kecamatan Y, Kabupaten Z,"): each a name of at most
        :data:`_PLACE_WORDS` capitalised words, no person; else ``None``."""
        region = self._capitalised_start(comma)
        if region is None or self.word(region - 1) != ",":
            return None
        place = self._capitalised_start(region - 1)
        if place is None or self.word(place - 1) != "di":
            return None
        return place - 1

    def _capitalised_start(self, end: int) -> int | None:
        """The first of the capitalised words (at most :data:`_PLACE_WORDS`, no person's
        name) right before token ``end``, else ``None``."""
        k = end
        while k - 1 >= 0 and end - k < _PLACE_WORDS and self.toks[k - 1].capital:
            actor = self.actor_at.get(k - 1)
            if actor is not None and actor.person:
                return None
            k -= 1
        return k if k < end else None

    def _located_in_apposition(self, actor: _Actor) -> bool:
        """Whether ``actor`` is a group named with its place and the place's region in
        apposition (a comma inside its span: see ``repairs._groups_of_places``)."""
        return not actor.person and any(
            self.word(k) == "," for k in range(actor.first, actor.last + 1)
        )

    def _apposed_before(self, named: _Actor) -> list[_Actor]:
        """The holders named in apposition and coordinated before ``named`` ("Perdana
        Menteri A, <nama>, **dan** Perdana Menteri B, <named>,"), the first first; each
        after its office's words, set off by commas."""
        found: list[_Actor] = []
        k = named.first - 1  # the comma before the holder's name
        while True:
            office = self._office_words_start(k)
            while office - 1 in self.actor_at and not self.actor_at[office - 1].person:
                office = self._office_words_start(self.actor_at[office - 1].first)
            if office >= k or self.word(office - 1) not in _COORD:
                return found[::-1]
            # the first holder set off by commas ("A, <nama>, dan …") or named right
            # after its office ("Menteri Luar Negeri X <nama> dan …")
            set_off = self.word(office - 2) == ","
            before = self.actor_at.get(office - 3 if set_off else office - 2)
            if before is None or not before.person:
                return found[::-1]
            if set_off and self._word_before(before) != ",":
                return found[::-1]
            found.append(before)
            if not set_off:
                return found[::-1]
            k = before.first - 1

    def _in_apposition(self, actor: _Actor) -> bool:
        """Whether ``actor`` is named inside an apposition opened by a comma and a common
        noun ("A, **istri** Dubes X, yang …"): a relative clause after it tells of A."""
        k = actor.first - 1
        while k >= 0 and actor.first - k <= 3 and not self.toks[k].capital:
            if self.word(k) == ",":
                return k < actor.first - 1
            k -= 1
        return False

    def _office_words_start(self, k: int) -> int:
        """Where the capitalised words of an office before token ``k`` start, over a
        "dan" inside its title ("**Menteri** Luar Negeri dan Kerja Sama X"): the words
        before "dan" open with a title word and name no actor."""
        start = self._description_start(k)
        if self.word(start - 1) != "dan" or start - 2 in self.actor_at:
            return start
        head = self._description_start(start - 1)
        if head < start - 1 and self.word(head) in _OFFICE_HEADS:
            return head
        return start

    def _statement_aside_head(self, comma: int) -> _Actor | None:
        """The actor before an aside on the way it spoke that ends at ``comma`` ("X,
        **dalam** pernyataan yang dimuat Y, menuduh …", "X, **melalui** kedutaannya di
        Y, mengecam …"; at most 8 words), else
        ``None``: the outlet named inside the aside only carried the words."""
        for k in range(comma - 2, max(comma - 10, 0), -1):
            if self.word(k) in (";", ":", "bahwa"):
                return None
            if self.word(k) == "," and self.word(k + 1) in _STATEMENT_WAY:
                # "melalui"/"lewat" names a channel, whatever it is ("X, melalui
                # kementerian luar negerinya, mengecam …"): the one before acts through it
                if self.word(k + 2) in _STATEMENT_NOUNS:
                    return self.actor_at.get(k - 1)
                if self.word(k + 1) in _THROUGH:
                    return self._channel_user(k - 1)
                return None
        return None

    def _channel_user(self, k: int) -> _Actor | None:
        """The actor ending at token ``k`` before a channel aside, when it opens its
        clause ("X, melalui …, mengecam"), else ``None``: an object before the aside
        ("meminta Y, melalui kedutaannya, membantu …") is asked to act, not acting."""
        actor = self.actor_at.get(k)
        if actor is None:
            return None
        before = self.word(self._description_start(self._office_start(actor)) - 1)
        return None if _active_verb(before) or before in _OBLIQUE else actor

    def _apposition_head(self, comma: int, i: int) -> tuple[list[_Actor], int]:
        """The actors before an apposition that ends at ``comma``: "Inggris dan Prancis,
        penyusun rancangan itu, menyesalkan …" (at most 8 words, none of them a cue), or
        a role ("Malaysia, selaku ketua ASEAN, mengecam …": Malaysia, not ASEAN). Actors
        may be named inside it only after a kin noun ("X, adik pemimpin Y Z, …": X's
        kin) or in a setting ("X, dalam sidang Dewan Y di Z, …"), in at most 10 words."""
        named_inside = False
        for k in range(comma - 1, max(comma - 9, 0), -1):
            if self.word(k) == "," and self.word(k + 1) in _ROLE_OF and k - 1 in self.actor_at:
                return self.subject(k)
        k, lowest = comma - 1, max(comma - _NAMING_APPOSITION_WORDS - 1, 0) + 1
        while k >= lowest:
            opening = self._parenthesis_start(k) if self.word(k) == ")" else None
            if opening is not None:
                # "A dan B, sesama anggota Aliansi X (AX), …": past the short name
                k = opening - 1
                continue
            if self.word(k) == ",":
                if k + 1 >= comma or k - 1 not in self.actor_at or self.toks[k + 1].capital:
                    return [], i
                if named_inside and self.word(k + 1) not in _KIN | _SETTING_OPENERS | _FELLOWS:
                    return [], i
                if not named_inside and comma - k > _APPOSITION_WORDS:
                    return [], i
                return self.subject(k)
            if _may_cue(self.word(k)) or self.word(k) in _BOUNDARY:
                return [], i
            # "A, adik pemimpin negara X <nama>, memperingatkan …": a kin
            # noun opens a description of the person before it, whoever it names; a
            # setting tells where the subject was ("A, dalam sidang Dewan X di Y, …")
            named_inside = named_inside or k in self.actor_at
            k -= 1
        return [], i

    def act_agent(self, j: int) -> list[_Actor]:
        """The agent after "oleh" of an act named by the noun at token ``j`` (a manner
        adverb before it aside), within eight words: "penangkapan dua nelayan oleh polisi X"."""
        while self.word(j) in _MANNER:
            j += 1
        cue = LEXICON.get(self.word(j))
        if cue is None or cue.voice != "nominal":
            return []
        return self.after_prep(j, {"oleh"}, window=8)

    def nationals(self, actor: _Actor) -> bool:
        """Whether ``actor`` is named as its nationals: "warga (negara) China", or its
        vessels ("kapal pukat berbendera Thailand": seizing them coerces the flag state).
        Not when named with its government ("pemerintah dan rakyat X": the state)."""
        k = actor.first - 1
        if self._government_and_people(actor.first) is not None:
            return False
        if self.word(k) == _FLAGGED:
            return True
        if self.word(k) == "negara":
            k -= 1
        # "memulangkan paksa 40 nelayan Vietnam": a word for persons by what they do
        return self.word(k) == "warga" or bool({self.word(k), self.word(k - 1)} & _CIVILIANS)

    def passes_on(self, i: int) -> bool:
        """Whether the promise at token ``i`` is to pass a message on ("berjanji
        meneruskan keluhan warga kepada Bupati X"): made to those heard, who are seldom
        named as actors; not to X, nor to the office they protested at."""
        return self.word(i + 1) in _PASSING_ON and self.word(i + 2) in _MESSAGES

    def place_named(self, actor: _Actor) -> bool:
        """Whether the state ``actor`` only names a place after it: "menggempur Rumah
        Sakit Saudi di …" strikes a hospital, not Saudi Arabia."""
        k = actor.first - 1
        if actor.person or actor.organisation or self.word(k) not in _NAMED_PLACES:
            return False
        return self.toks[k].capital  # a name: "menyerang sekolah di Suriah" is no place name

    def venue(self, actor: _Actor) -> bool:
        """Whether ``actor`` is a court or a police unit after "ke": where an act is
        filed; or any body a matter is brought to ("membawa masalah itu ke X") or an
        appeal is filed at ("mengajukan banding ke Badan Banding X")."""
        if self.word(actor.first - 1) != "ke":
            return False
        first = actor.name.split()[0].casefold() if actor.name else ""
        if actor.organisation and (first in _VENUES or self.word(actor.first) in _VENUES):
            return True
        return any(
            self.word(k).removesuffix("nya") in _BRINGING or self.word(k) in _APPEALS_AGAINST
            for k in range(actor.first - 7, actor.first - 1)
        )

    def acts_in_warning(self, actor: _Actor) -> bool:
        """Whether ``actor`` is the one who will act in a warning's content, not its
        addressee: "memperingatkan Teheran **akan mengambil** tindakan balasan" (the
        speaker's side will act), unlike "memperingatkan X akan konsekuensi" (a noun)."""
        return self.word(actor.last + 1) == "akan" and self.word(actor.last + 2) in _WARNED_ACTS

    def some_members(self, actor: _Actor) -> bool:
        """Whether the body ``actor`` is named only as the bloc some of whose members are
        meant ("menuduh **sejumlah anggota** ASEAN", "beberapa negara anggota NATO"): the
        act is aimed at members left unnamed, not at the bloc."""
        k = actor.first - 1
        if self.word(k) != "anggota" or actor.person:
            return False
        k -= 1 if self.word(k - 1) == "negara" else 0
        return self.word(k - 1) in _SOME

    def private_people(self, actor: _Actor) -> bool:
        """Whether the state ``actor`` is named as its private people: its nationals or its
        investors and business people ("menjamu investor Qatar")."""
        k = actor.first - 1
        return self.nationals(actor) or bool({self.word(k), self.word(k - 1)} & _BUSINESS_PEOPLE)

    def threatened(self, objects: list[_Actor], end: int) -> list[_Actor]:
        """The target of a threat told by the threatened act: "mengancam akan menyerang
        Korea Selatan", and "mengancam Moskow akan membalas Amerika Serikat" (the object
        is that act's subject); ``objects`` when no actor follows the act's verb."""
        k = objects[-1].last + 1 if objects else end + 1
        if self.word(k) == _WARNED_THAT:
            # "memperingatkan bahwa blokade tidak akan dicabut selama X terus …": the
            # warning's condition names whom it is aimed at
            return objects or self._condition_subject(k)
        # "memperingatkan X dapat menghentikan …": what X may do is the threat too
        link = self.word(k) in _THREAT_LINK or (bool(objects) and self.word(k) in _MAY)
        if link and objects and not _verb_like(self.word(k + 1)):
            # "mengancam Teheran akan keluar dari traktat jika X tidak mencabutnya": the
            # object is the side that will act; the threat is aimed at whom the
            # condition names
            return self._condition_subject(k) or objects
        if not link or not _verb_like(self.word(k + 1)):
            return objects
        return (
            self.objects(k + 1)
            or self.after_prep(k + 1, _TARGET_PREP, window=8)
            or objects
            or self._condition_subject(k + 1)
        )

    def _condition_subject(self, k: int) -> list[_Actor]:
        """The subjects of a condition after token ``k`` ("mengancam akan memutus pasokan
        gas jika Seoul tetap menolak": the threat is aimed at Seoul; "… kalau A dan B
        terus …": at both; "selama X masih …": as long as X does), past a relative
        clause or a quote on what is threatened ("menjatuhkan sanksi yang berat kalau X
        …"), else none."""
        for j in range(k + 1, min(len(self.toks), k + _CONDITION_REACH)):
            lasting = self.word(j) == _AS_LONG_AS and j + 1 in self.actor_at
            if self.word(j) in _CONDITION or lasting:
                actor = self.actor_at.get(j + 1)
                if actor is None:
                    return []
                return [self._with_person(actor), *self._coordinated_after(actor.last)]
            if self._in_short_name(j):
                continue  # "keluar dari Traktat X (NPT) jika …": a name's short form
            if self.word(j) in _BOUNDARY - _WITHIN_THREAT:
                return []
        return []

    def _in_short_name(self, j: int) -> bool:
        """Whether token ``j`` is a parenthesis around one word, a name's short form
        ("Traktat Nonproliferasi Nuklir (NPT)"): no boundary of the clause."""
        return (self.word(j) == "(" and self.word(j + 2) == ")") or (
            self.word(j) == ")" and self.word(j - 2) == "("
        )

    def embedded_act(self, i: int, action: str = "") -> bool:
        """Whether the cue at ``i`` is what another act threatens or asks for (also in
        a warning's "bahwa" clause), or what a condition supposes, not an act done:
        "mengancam akan **meluncurkan** serangan", "mendesak KPK segera **menangkap** X",
        "meminta Israel **menghentikan** serangan", "jika X tetap **mengirim** kapal",
        "memveto paket **sanksi**" (a measure blocked); a threat of ``action`` threaten
        inside a threat is that one threat ("mengancam Moskow akan **membalas** …")."""
        if self.word(i - 1) == _MANNER_CLAUSE and self._asked_past_quote(i - 2):
            return True
        if self.word(i - 1) == "untuk" and self._invited_to(i - 2):
            return True
        if self.word(i - 1) in _REFUSING:
            return True  # "menolak memberikan rekomendasi untuk X": refused, not done
        before = i - 2 if self.word(i - 1) in _DRAFTS else i - 1
        if self.word(before) in _BLOCKING:
            return True  # "memveto paket sanksi X terhadap Y": blocked, never imposed
        for k in self._words_back(i, 6):
            w = self.word(k)
            if w in _CONDITION:
                # "… jika Hanoi tetap **mengirim** kapal": a condition tells an act
                # that may happen, not one done
                return True
            if w == "bahwa" and self._warning_before(k):
                return True  # "memperingatkan X bahwa Y akan **membalas**": the threat
            if w in _BOUNDARY:
                return False
            if w in _ASKING or w in _PERMITTING:
                return True
            if w in _THREAT_LINK and self.word(k - 1).startswith("mengancam"):
                return True
            if action == "threaten" and w.startswith("mengancam"):
                return True
        return False

    def _words_back(self, i: int, count: int) -> list[int]:
        """The ``count`` tokens before token ``i``, nearest first, an actor's name and
        the short name in parentheses right after it passed over: the request's object
        is one word however long its name ("meminta Kementerian Pelindungan Pekerja
        Migran (KPPM) **mencabut** izin …" is asked for as much as "meminta KPPM
        mencabut …")."""
        out: list[int] = []
        k = i - 1
        while k >= 0 and len(out) < count:
            if self.word(k) == ")":
                short = self.word(k - 2) == "(" and self.toks[k - 1].capital
                if short and k - 3 in self.actor_at:
                    k -= 3  # "(KPPM)": the short name of the actor before it
            actor = self.actor_at.get(k)
            if actor is not None and k == actor.last and actor.first < k:
                out.append(k)
                k = actor.first - 1
                continue
            out.append(k)
            k -= 1
        return out

    def _warning_before(self, k: int) -> bool:
        """Whether a verb of threatening or warning, its addressee aside, comes right
        before the "bahwa" at token ``k``: the clause after it tells what is threatened
        ("memperingatkan X bahwa …"), coded with the warning."""
        for j in range(k - 1, max(k - 5, -1), -1):
            if j in self.actor_at:
                continue
            cue = LEXICON.get(self.word(j))
            return cue is not None and cue.action == "threaten" and cue.voice == "active"
        return False

    def _joined_body(self, k: int) -> _Actor | None:
        """The organisation named right before token ``k``'s end, its short name in
        parentheses aside, after "yang tergabung dalam" ("ribuan pekerja yang tergabung
        dalam Serikat X (SX)", also with its branch's place after: "(SX) Batam"): its
        members act as it; else ``None``."""
        if k > 0 and k not in self.actor_at and self.toks[k].capital and self.word(k - 1) == ")":
            k -= 1  # a place, no actor
        if self.word(k) == ")" and self.word(k - 2) == "(":
            k -= 3
        body = self.actor_at.get(k)
        if body is None or not body.organisation or body.last != k:
            return None
        before = (self.word(body.first - 3), self.word(body.first - 2), self.word(body.first - 1))
        if before[0] == "yang" and before[1] in _JOINED and before[2] in ("dalam", "di"):
            return body
        # "Ribuan buruh dari Serikat X berunjuk rasa": a crowd counted, then its body
        if before[2] == "dari" and before[0] in _CROWD_COUNTS and before[1].isalpha():
            return body
        return None

    def _invited_to(self, k: int) -> bool:
        """Whether the words ending at token ``k`` go back, past the names of the host
        and the guest and within the clause, to an invitation: the purpose clause after
        it is the visit invited to, not made ("menyampaikan undangan Presiden X kepada
        Presiden Y **untuk berkunjung** ke Z")."""
        for j in range(k, max(k - _INVITE_REACH, -1), -1):
            w = self.word(j)
            if w in _BOUNDARY:
                return False
            if w in _INVITATION_NOUNS:
                return True
        return False

    def _asked_past_quote(self, k: int) -> bool:
        """Whether the words ending at token ``k`` go back, past a quoted phrase and
        within the clause, to an asking verb: the manner clause after it is the act asked
        for ("menuntut X \"memilih jalan yang lurus\" **dengan memutus** hubungan …")."""
        quoted = False
        for j in range(k, max(k - _ASK_REACH, -1), -1):
            w = self.word(j)
            if w in _QUOTE_CHARS:
                quoted = not quoted
            elif quoted:
                continue
            elif w in _BOUNDARY:
                return False
            elif w in _ASKING:
                return True
        return False

    def patient_before(self, end: int, agent: _Actor) -> list[_Actor]:
        """The actor named in a plain noun phrase between a nominal cue ending at
        ``end`` and its agent after "oleh": the one the act is done to."""
        for j in range(end + 1, agent.first):
            actor = self.actor_at.get(j)
            if actor is not None:
                # "pembekuan aset milik X oleh …": the owner of what it is done to
                last = actor.first - 1 if self.word(actor.first - 1) == _OWNED_BY else actor.first
                return [actor] if self._plain_np(end + 1, last) else []
        return []

    def between(self, i: int) -> list[_Actor]:
        """ "antara A dan B" right after token ``i``."""
        j = i + 1
        while j < min(len(self.toks), i + 12):
            if self.word(j) == "antara":
                found = self.objects(j, preps={"antara"}, direct=False)
                return found if len(found) >= 2 else []
            closing = self._parenthesis_end(j) if self.word(j) == "(" else None
            if closing is not None:
                j = closing  # the agreement's short name: "(ICA-CEPA)"
            elif self.word(j) in _BOUNDARY or (j > i + 4 and not self._topic_word(i, j)):
                break  # past four words only the agreement's name or its plain topic
            j += 1
        return []

    def _topic_word(self, i: int, j: int) -> bool:
        """Whether token ``j``, past the fourth word after the act's noun at ``i``, may
        still name what an agreement is about before its "antara": a capitalised name,
        or a plain noun within :data:`_TOPIC_REACH` words ("penandatanganan perjanjian
        kemitraan riset energi terbarukan **antara** A dan B")."""
        if self.toks[j].capital:
            return True
        w = self.word(j)
        plain = w.isalpha() and not _verb_like(w) and w not in _OBLIQUE
        return plain and j <= i + _TOPIC_REACH

    def _parenthesis_end(self, opening: int) -> int | None:
        """The ")" closing a parenthesis of at most four tokens at ``opening``."""
        for k in range(opening + 1, min(len(self.toks), opening + 6)):
            if self.word(k) == ")":
                return k
        return None

    def genitive(self, i: int) -> _Actor | None:
        """The actor right after a noun (at most two words between, titles aside):
        "kunjungan Albanese", "kunjungan Menteri Luar Negeri X"."""
        gap = 0
        for j in range(i + 1, min(len(self.toks), i + 9)):
            actor = self.actor_at.get(j)
            if actor is not None:
                return None if self.word(j - 1) in _OBLIQUE else self._with_person(actor)
            if self.word(j) in _BOUNDARY or self.word(j) in _OBLIQUE:
                return None
            if not (self.toks[j].capital and self.word(j) in _TITLE_WORDS):
                gap += 1
                if gap > 2:
                    return None
        return None

    def flags(self, lo: int, hi: int) -> tuple[Polarity, Modality]:
        polarity: Polarity = "positive"
        modality: Modality = "asserted"
        for j in range(max(lo, 0), hi):
            w = self.word(j)
            if w in _NEGATION:
                polarity = "negative"
            if w in _MODALITY and modality == "asserted":
                modality = _MODALITY[w]
        return polarity, modality
