"""The relation stage: coded actions between actors, read from Indonesian clauses.

:func:`extract_relations` is a pure function of an article's text, its mentions
(resolved names and metonyms), its time expressions and its quotes. For each sentence
it finds the cue words of :mod:`.lexicon` and places their arguments by the shape of
the clause:

* active — the actor before the verb acts on the first actor after it:
  "Korea Utara mengirim ribuan tentara **ke** Rusia"; coordinated subjects give one
  relation each ("Widodo dan Albanese menandatangani …" gives one pair for symmetric
  classes such as *consult* and *cooperate*);
* passive *di-* — the agent follows, after *oleh* or directly: "… dikirim ke Rusia
  oleh Pyongyang"; the target is the actor after *ke/kepada/terhadap*, else the subject;
* nominal — "kunjungan Albanese ke Jakarta", "penandatanganan … antara Malaysia dan
  Singapura", "pengiriman senjata oleh Prancis ke Ukraina", or a noun after a light
  verb ("Israel melancarkan serangan ke Gaza").

Coordination reaches past a role word ("Modi dan rekannya Sharif bertemu"); a verb
with no actor object takes the agent of a passive relative clause on its object
("memprotes peta yang diterbitkan China": against China); and a reaction to an act
named earlier ("Jerman mengecam serangan itu") targets the agent of the last act of
that class in the article, or of any class when named by a general noun ("mengecam
langkah itu", "menyebut latihan itu sebagai provokasi").

The subject may stand apart from its verb (the classes found on the blind set): past
an acronym or a date in parentheses ("Mahkamah Konstitusi (MK) menolak", "Kremlin pada
Senin (24/6/2024) menuding"), an apposition ("Utusan Khusus …, Alounkeo Kittikhoun,
bertemu"), auxiliaries after a relative clause ("X, yang …, dijadwalkan bertemu"), a
pronoun ("Ia kemudian bertemu …": the person last named as a subject), and a manner
clause ("Beijing membalas … dengan mengenakan bea masuk": Beijing's act). A dash ends a
dateline ("Jakarta, CNN Indonesia--Polisi menangkap": not Indonesia). What is
threatened or asked for is not an act done: "mengancam akan menyerang X" is a threat
against X, "mendesak Israel menghentikan serangan" an appeal only; an offer of aid
("menawarkan bantuan") is an offer. Arrest and detention are done to persons, or to a
state through its nationals ("dua warga negara China").

A third blind set added these shapes: a serial comma ("A, B, dan C") and a short name
in parentheses in coordination; a second verb sharing the first one's subject ("…
mengumumkan sanksi … dan membatalkan perjanjian"); a role ("selaku ketua ASEAN") and an
office holder the entity layer missed ("Perdana Menteri X <name>": the state acts); a
bare title ("Presiden juga …"), a description ("lembaga itu") and "kedua negara" for
those named before; a region's government ("Pemerintah Provinsi X"); a text or decision
acting for its issuer ("resolusi yang menuntut …"); a passive relative clause naming
the agent of a nominal act ("bea imbalan yang dikenakan X"), and a nominal's patient
before "oleh"; the state owning a noun phrase after a preposition ("ke pangkalan
militer X") or the thing seized or struck ("menyita kapal nelayan X"); an offer ("siap
memperdalam kerja sama") coded as intent; a reaction to the act named by the same noun
("latihan militer" … "mengecam latihan tersebut") or past a manner adverb.

A fourth blind set added: a manner clause past a relative clause on the main verb's
object ("menjawab bea yang dikenakan X dengan menaikkan …": the one who answers); a
passive's agent after a word for its team ("dibekuk tim Kejaksaan"); a count in a noun
phrase ("kepada sekitar 30 perwira X") and "hingga" before a number (up to, not until);
the owner after "milik" acting by its vessel ("Kapal … milik Bakamla menahan") or
owning what a preposition's phrase names ("ke kilang milik X"); a state's flagged
vessels ("kapal berbendera X") as its nationals; a firm named after its state
("perusahaan Jepang X"); a role in an apposition ("X, selaku ketua ASEAN,"); an act
opening its sentence as a noun, its agent after it, for a later reaction; "kedua
negara" as a subject; a threat's condition naming its target ("… jika Seoul tetap
menolak"); targets the text gives only before: a response's act ("Hanoi menanggapi
dengan mengirim …") aimed at the last act's agent, "mereka" as the object of the
act just told, a request an act was done upon ("atas permintaan X") made to its agent,
and a bare "junta" as the state last named with its rulers; a further step told right
after a dated one ("X juga …") on its day.

A fifth blind set added: a body the entity layer missed, named with its state or
organisation after a preposition ("kepada Penjaga Pantai X"), its short name in
parentheses when given; a state's people named by their occupation ("pekerja migran X")
as its nationals; a place after "di" between a subject and its verb; a passive's agent
described as a body of a state ("ditangkap lembaga antinarkoba X"); hyphenated tickets
("pasangan A-B dan C-D"); a name in commas before an addressee after a long object; an
actor inside a relative clause on the subject ("X yang kini menjadi pelatih Y meneken
…": X); two verbs sharing the object after the second ("menabrak dan merusak kapal X");
a quotation or a second predicate ending the search for an object; a threatened
retaliation against an act named before ("mengancam akan membalas tarif tersebut"); an
accusation in a passive relative clause on the one sanctioned, made by the sanctioner;
a reaction to an act described by a relative clause ("langkah yang disebutnya “…”
itu"); the mediator of the act just told ("Gencatan senjata itu ditengahi X") consulting
both sides; "Dalam pertemuan dengan X" opening a sentence as the meeting of the person
last named; a pronoun after an office whose holder the entity layer missed standing for
the office's state; the date of a lead sentence told by the next one when that opens
with the act's noun and its passive ("Pengumuman disampaikan …, Kamis (…)") or with the
meeting ("Dalam pertemuan dengan …"); and a pronoun's sentence carrying a date only from
the sentence right before it. Shapes a coverage matrix of invented sentences asked for
(tests/nlp/relations/test_coverage.py): an act received ("menuai kecaman dari X",
"dijatuhi sanksi oleh X"); a reciprocal act ("saling menuding"); a second subject after
"bersama" or after "dan" and a title; the one asked after "agar"; a day set off by commas
after the subject; a manner adverb before the object; a property's owner after "milik";
a metonym after an act's noun or a state's forces opening a sentence ("Kecaman Kremlin",
"Kapal Beijing"); "kedua negara" standing for states only.

An eleventh and a twelfth blind set added: one asked by a verb of asking who is no actor
("mendesak negara-negara anggota X memperketat sanksi terhadap Y": not Y); a crowd
flocking ("turis X menyerbu Bali") and a war of words ("saling serang dalam debat") are
no fight; a passive reaction to an act pointed back to ("Permintaan itu ditolak X"), and
a request granted or taken on ("menyetujui/menyanggupi permintaan itu") or a ruling
rejected ("menolak putusan itu"), aimed at that act's maker; dismissal from office
("memecat", "memberhentikan secara tetap"); a clash "antara A dan B", "kedua kelompok
saling serang" and "saling tuding" going both ways; a body described by the noun heading
its name ("kementerian itu"); and a quote's sentence not moving the occasion told.

Bodies and states named by a common noun, an epithet or an unnamed office
("perseroan", "pemkab", "massa", protesters as "Mereka", "lembaga antirasuah", "negeri
Sakura", "Bupati X" with no holder named) act as the last body or state of the noun's type
named before (:mod:`.antecedents`), in every slot (a counted crowd too: "Ratusan petani
dari Kabupaten X" is "massa" and "Mereka" after); "kedua Korea" and "ketiga negara" are the
states last named, and the sides met through their envoys ("mempertemukan pejabat bea
cukai kedua negara"); a go-between of talks told ("Pertemuan itu difasilitasi X") meets
each side; what the one met in a dated meeting does right after, and a sentence
opening "Seusai <act>,", take that act's day.

Targets only the discourse gives: a request taken on by the other party of the article's
pair, named by its own person (:mod:`.taken_on`); a go-between's offer to the sides
"kedua pihak" or "ketiga negara" stand for (:mod:`.mediation_offers`); and a quoted
conditional warning right after an order or the speaker's demand, a threat against the
one pressed (:mod:`.quoted_warnings`); a threat on a condition naming no side, aimed at
the side the condition or the threatener's last demand names (:mod:`.conditional_threats`);
and a refusal to act ("menolak menambah kuota"), a rejection of the one who asked
(:mod:`.refusals`).

A fifty-third blind set added: a crowd named with the body of members it belongs to
("nelayan Kelompok Nelayan X") acting as that body; a demand told after a protest's day
set off by commas ("berunjuk rasa di depan kantor X, Rabu (…), menuntut …") as the
crowd's; workers of a firm named with their trade and its short name striking against
it; a side named by those who run it in a coordination ("A dan direksi B"); those a
count describes, named after a comma ("mencabut izin dua biro, A dan B"), and an
allocation revoked ("mencabut kuota … milik X"); a censure word past a long name;
"kedua tetangganya" and "kedua ibu kota" for the two states, a mediator named before its
verb never one of them; an act named back by the noun of its verb ("keberatan atas
pembekuan itu" after "membekukan izin …"); a road crash as no attack; and a counted group
held named with its home region ("lima nelayan asal Kabupaten X").

Actors are people, organisations and countries (a place counts when the entity layer
typed it a state, ``GPE``, or resolved it as a metonym: "Kremlin" → Russia); a person
named beside the country ("Menteri Luar Negeri China Wang Yi") is kept as the actor.
A state's government or army named as such ("Pemerintah Jerman", "Militer Israel",
also when the entity layer took "Pemerintah X" as one name and X is named as a state
elsewhere) acts as the state; a ministry named with its state acts as the state
("Kementerian Perdagangan China memasukkan …": China) but is itself when acted on.
Cues inside quotation marks are skipped: a quote's claims are the speaker's.

Cue verbs with an everyday sense are coded only in the sense meant (:func:`.cues._sense_ok`,
:func:`.cues._private`; the errors found by judging relations on IndoSum dev articles):
verbs of meeting, receiving, helping, sending, threatening and attacking are not coded
in a sentence about play or in a sports article ("menyambut umpan", "mengancam
gawang"); a meeting or "menjalin hubungan" between two private persons in a context of
romance is their private life; a visit for filming or leisure, a cue inside an embedded
question ("apakah") or naming a ban ("larangan berkunjung"), and the reporter's
interview ("kata X saat ditemui") are not acts. A purpose clause ("untuk bertemu") has
the main clause's subject and keeps its own objects; an actor after "menurut", after a
passive verb of saying ("disebut X") or named only as a member's organisation
("politisi partai itu") does not act; "dengan" gives the other side only of a symmetric
act. Negation ("tidak", "membantah") and modality ("akan", "berencana", "mungkin", "ingin") within
the clause become fields. The date is the nearest resolved time expression of the
sentence; a sentence with none that goes on with the occasion just told (a pronoun
subject, "Dalam kesempatan itu", "Penandatanganan itu …") takes the report's last
recent date before it, a lead sentence the date of the next one when that one points
back to it; else the article's publication date. Expressions relative to the narrative
("sehari sebelumnya") come resolved by the time layer against the date told before
them; one inside a sentence ("keputusan Washington dua hari sebelumnya") dates its own
clause but is not carried to the sentences after it. A promise is dated when made, not
at the later date it promises. The end of a span ("dicicil hingga Desember") and an
earlier occasion the act is likened to ("seperti saat krisis … dua tahun lalu") date
no act; an answer given at once ("X langsung membantah …") takes the day of what it
answers.

Work is linear in the text: every sentence is bounded (:mod:`warta.nlp.sentences`) and
each cue looks at a fixed window of words around it.

>>> from warta.records import Mention
>>> text = "Rusia mengecam Jepang."
>>> ms = (Mention(0, 5, "Rusia", "LOC", "Russia"), Mention(15, 21, "Jepang", "LOC", "Japan"))
>>> [(r.source, r.action, r.target) for r in extract_relations(text, ms, gpe={"Russia", "Japan"})]
[('Russia', 'disapprove', 'Japan')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

from warta.nlp.relations.actors import (
    HOME_STATE,
    _Actor,
    _actor_name,
    _bare_heads,
    _body_of_spokesperson,
    _courts_with_seat,
    _covered,
    _History,
    _is_actor,
    _ministries,
    _not_actor_here,
    _office_of_state,
    _offices_before_holders,
    _offices_cut_at_and,
    _outermost,
    _place_name_persons,
    _regional_bodies,
    _states_for_bodies,
    _subject_person,
    _Tok,
    _unnamed_office,
    acts_on_own_state,
    names_a_feature,
)
from warta.nlp.relations.answers import (
    _APPEALS,
    _AT_ONCE,
    _appealed,
    _censuring_summons,
    _complained,
    _complained_of,
    _dated_only_in_deadline,
    _deadline_start,
    _denied_accuser,
    _hoped_for,
    _pressed,
    _promised_on_request,
    _protest_lodged,
    _protested_summons,
    _refused,
    _request_passed_on,
    _same_agent,
    _signed_in_person,
    _voiced_for,
    _warned_to_refrain,
    _withdrawal_asked,
    client_of_counsel,
    denied_charge,
)
from warta.nlp.relations.antecedents import (
    _COURT_HEADS,
    _Antecedents,
    crowd_noun,
    may_name_by_noun,
)
from warta.nlp.relations.civic_bodies import civic_bodies_named
from warta.nlp.relations.clause import _Clause
from warta.nlp.relations.conditional_threats import THREAT_CONFIDENCE, aimed_on_condition
from warta.nlp.relations.counted import counted_bodies_named
from warta.nlp.relations.counted_crowds import counted_crowds_acting
from warta.nlp.relations.counterparts import (
    ANSWERED_BY,
    ANSWERING,
    aimed_at_many,
    answers_told,
    statement_named_back,
)
from warta.nlp.relations.cues import (
    _agents,
    _Context,
    _cue_at,
    _granted_request,
    _light_verb,
    _order_given,
    _private,
    _sense_ok,
    _similar_act,
    denies_a_clause,
    ordered_by_description,
)
from warta.nlp.relations.dates import (
    _accused_act_dates,
    _after_object_relative,
    _attended,
    _background_in_relative,
    _continues,
    _counted_from_day,
    _date,
    _in_relative_aside,
    _iso_of,
    _month_ahead,
    _neighbour_date,
    _only_ahead,
    _only_in_reasons,
    _reaction_dates,
    _recent_dates,
    _retold_by_noun,
    _retold_date,
    _same_day_as_told,
    _work_starts_ahead,
    closing_day,
    opens_on_occasion,
    weeks_as_days,
    without_limits_and_likenesses,
)
from warta.nlp.relations.envoys import envoy_of
from warta.nlp.relations.launches import launches_at_exercises
from warta.nlp.relations.lexicon import (
    DENYING,
    INVOLVEMENT,
    JOINT_EXERCISE,
    LEXICON,
    NOMINALS,
    Cue,
)
from warta.nlp.relations.mediation_offers import mediation_offered, self_offered, sides_offered
from warta.nlp.relations.numbered_units import units_with_number
from warta.nlp.relations.pairs import (
    _CALLING_ON,
    _RETALIATING,
    _implicit_target,
    _joins_exercise,
    _offered,
    _official_call,
    _pairs,
    exercise_holders,
    invited_to_talks,
)
from warta.nlp.relations.protests import crowd_blockades_as_protests, protests_aimed_at_demands
from warta.nlp.relations.quoted_warnings import warnings_quoted
from warta.nlp.relations.reactions import _met_sides, _objection, _reacted_to_before, _welcome
from warta.nlp.relations.refusals import refused_request
from warta.nlp.relations.regencies import regencies_as_governments
from warta.nlp.relations.repairs import (
    _cities_named_for_persons,
    _firms_whole,
    _groups_of_places,
    _joined_bodies,
    _legal_forms_joined,
    _office_places_dropped,
    _organs_as_parent,
    _persons_retold,
    _portfolios_dropped,
    _regions_in_full,
    _states_by_formal_style,
    _tails_unglued,
    _unit_regions_completed,
    _units_with_region,
    _untagged_units,
)
from warta.nlp.relations.rulings import ruling_in_cue
from warta.nlp.relations.taken_on import (
    answered_askers,
    answers_an_asker,
    offered_to_asker,
    taken_on_by_other_side,
)
from warta.nlp.relations.taxonomy import CLASSES, is_cooperative
from warta.nlp.relations.untagged_sides import governments_of_askers, untagged_sides
from warta.nlp.relations.votes import votes_against_resolutions
from warta.nlp.relations.words import (
    _ACCUSING,
    _AGENT_AFTER,
    _ANAPHOR,
    _ANY_ACT,
    _ASKS,
    _AUXILIARY,
    _BOTH_SIDES_RE,
    _BOUNDARY,
    _CALLED_OFF,
    _CENSURING,
    _DECIDING,
    _DECISION,
    _DOCUMENTS,
    _FILED,
    _HEADED_BODY_RE,
    _HOSTED,
    _INVITING,
    _JOINING,
    _JUDGES,
    _NAME_TITLES,
    _OBLIQUE,
    _OFFER,
    _PROTESTS,
    _PURPOSE,
    _QUOTE_CHARS,
    _REACTIONS,
    _REGION_HEAD_OFFICES,
    _STATEMENT_WAY,
    _THREAT_LINK,
    _TIES,
    _TOKEN,
    _TOLD_AGAIN,
    _WE,
    _may_cue,
    _noun_key,
)
from warta.nlp.sentences import split_sentences
from warta.nlp.time.timex import sets_the_time
from warta.records import Mention, PartialDate, Quote, Relation, TimeExpr

__all__ = ["extract_relations"]


def _quoted(sentence: str, offset: int, quotes: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans inside paired quotation marks of the sentence, plus direct quotes over it."""
    spans = [(s, e) for s, e in quotes if s < offset + len(sentence) and e > offset]
    opened: int | None = None
    for i, ch in enumerate(sentence):
        # ” opening a quote, as some sites write it: at the start or after a space
        opens_right = ch == "”" and opened is None and (i == 0 or sentence[i - 1].isspace())
        if ch == "“" or (ch == '"' and opened is None) or opens_right:
            opened = offset + i
        elif ch in _QUOTE_CHARS and opened is not None:
            spans.append((opened, offset + i + 1))
            opened = None
    return spans


#: Words ending the list of those held with another ("… bersama A dan B **karena** …").
_CLAUSE_ENDS = frozenset("; : . yang karena atas di setelah seusai usai saat ketika dalam".split())
#: How many sentences after a meeting "kedua pihak" may still stand for its sides.
_MET_REACH = 4
#: The length of a day's ISO date ("2026-03-18"): a shorter one is a month or a year.
_DAY_ISO = 10
#: Those sent to a mission, not aid to it ("mengirim pasukan ke misi PBB").
_TROOPS = frozenset("pasukan prajurit tentara personel kontingen".split())
#: Verbs of a promise: dated when made, not by the promised act's day.
#: The preposition naming the act a reaction answers ("berterima kasih **atas**
#: kiriman itu", "kecewa atas keputusan tersebut").
_FOR_THE_ACT = "atas"
_PROMISES = frozenset("berjanji menjanjikan menyanggupi".split())
#: Acts that, with no side named, go on against the side their subject censured just
#: before in the sentence.
_FOLLOW_UPS = frozenset("disapprove threaten".split())
#: A sentence opening with a personal pronoun as its subject ("Ia meminta …").
_BY_PRONOUN = re.compile(r"\s*(?:Ia|Dia|Beliau)\s")
#: A sentence framed as the view of the person last named ("Menurut dia, X hanyalah …"):
#: whoever it names is what that person speaks of, and a later "Ia" is still the speaker.
_SPEAKER_GOES_ON = re.compile(r"\s*Menurut(?:nya|\s+(?:dia|ia|beliau))\b")
#: Words between "demi" and the side an act is done for ("demi rakyat X").
_SAKE_OF = frozenset("rakyat warga kepentingan masyarakat bangsa keselamatan".split())


def _quote_speakers(
    quotes: Sequence[Quote],
    actors: Sequence[Mention],
    ministry_of: dict[tuple[int, int], str],
) -> dict[tuple[int, int], _Actor]:
    """The speaker of each direct quote as an actor, by the quote's span: the last
    mention of the speaker's name before the quote ends (a speaker no mention names,
    such as an unnamed official, is left out)."""
    out: dict[tuple[int, int], _Actor] = {}
    by_name: dict[str, list[Mention]] = {}  # once, not per quote: linear in the text
    for m in actors:
        by_name.setdefault(_actor_name(m), []).append(m)
    for q in quotes:
        if q.kind != "direct" or not q.speaker:
            continue
        named = by_name.get(q.speaker, [])
        if not named:
            continue
        # ``actors`` are sorted by start: the last named before the quote ends by
        # bisection, not a scan of all the times the speaker is named
        k = bisect_left(named, q.end, key=lambda m: m.start)
        m = named[k - 1] if k else named[0]
        out[(q.start, q.end)] = _Actor(
            q.speaker,
            m.start,
            m.end,
            0,
            0,
            m.type == "PER" and m.referent is None,
            m.type == "ORG",
            ministry_of.get((m.start, m.end)),
        )
    return out


def extract_relations(
    text: str,
    mentions: Sequence[Mention],
    timexes: Sequence[TimeExpr] = (),
    published: PartialDate | None = None,
    *,
    quotes: Sequence[Quote] = (),
    gpe: Collection[str] = frozenset(),
) -> tuple[Relation, ...]:
    """The relations of one article, in text order (see the module docstring).

    ``gpe`` names the canonical places that are states (the article's entities with
    subtype ``GPE``); other places are where things happen, not who acts.
    """
    mentions = _units_with_region(text, _tails_unglued(text, _legal_forms_joined(text, mentions)))
    mentions = units_with_number(text, mentions)
    mentions = _office_places_dropped(text, _persons_retold(text, _firms_whole(text, mentions)))
    mentions = _cities_named_for_persons(mentions)
    mentions = _portfolios_dropped(text, _organs_as_parent(text, mentions))
    mentions = _untagged_units(text, _unit_regions_completed(text, mentions))
    mentions = _joined_bodies(text, _regions_in_full(_states_by_formal_style(mentions)))
    mentions = civic_bodies_named(text, mentions, gpe)
    mentions = counted_crowds_acting(text, _groups_of_places(text, mentions, gpe))
    mentions = untagged_sides(text, mentions)
    mentions = _bare_heads(_courts_with_seat(text, _offices_cut_at_and(text, mentions)))
    mentions = _offices_before_holders(text, _place_name_persons(text, mentions))
    bodies = _states_for_bodies(_regional_bodies(text, mentions), gpe)
    ministry_of = _ministries(bodies, gpe)
    actors_all = [
        m for m in _outermost(bodies) if _is_actor(m, gpe) and not names_a_feature(text, m)
    ]
    timexes = weeks_as_days(timexes)
    dated = sorted(((t.start, iso) for t in timexes if (iso := _iso_of(t))), key=lambda x: x[0])
    # the dates later sentences may carry: not "dua hari sebelumnya" inside a sentence
    told = [(t.start, iso) for t in timexes if (iso := _iso_of(t)) and sets_the_time(text, t)]
    told = sorted(told)
    recent = _recent_dates(_background_in_relative(text, told), published)
    dated = _same_day_as_told(text, dated, told)
    direct_quotes = sorted((q.start, q.end) for q in quotes if q.kind == "direct")
    out: list[Relation] = []
    acted: dict[str, _Actor] = {}  # the last agent of each class, for "… tersebut"
    ctx = _Context(text)
    ctx.dated = dated
    ctx.history = _History(text, actors_all)
    ctx.ministry_of = ministry_of
    ctx.antecedents = _Antecedents(text, bodies, gpe)
    ctx.speakers = _quote_speakers(quotes, actors_all, ministry_of)
    m_index = t_index = q_index = 0
    previous = 0  # where the sentence before starts
    went_on = False  # whether the sentence before opened on the occasion just told
    for sent in split_sentences(text):
        ctx.sentence += 1
        ctx.starts[ctx.sentence] = sent.start
        while m_index < len(actors_all) and actors_all[m_index].end <= sent.start:
            m_index += 1
        # quotes do not overlap one another: those ending before the sentence are done
        while q_index < len(direct_quotes) and direct_quotes[q_index][1] <= sent.start:
            q_index += 1
        near_quotes = []
        k = q_index
        while k < len(direct_quotes) and direct_quotes[k][0] < sent.end:
            near_quotes.append(direct_quotes[k])
            k += 1
        while t_index < len(dated) and dated[t_index][0] < sent.start:
            t_index += 1
        ctx.history.bound = m_index  # the actors of the sentences before
        in_sentence = []
        k = m_index
        while k < len(actors_all) and actors_all[k].start < sent.end:
            in_sentence.append(actors_all[k])
            k += 1
        # "kedua negara" stands for the sides named before, in a sentence naming none
        both = not in_sentence and _BOTH_SIDES_RE.search(sent.text) is not None
        # "Kementerian itu menolak …": a body named before, by the noun heading its name
        both = both or (not in_sentence and _HEADED_BODY_RE.search(sent.text) is not None)
        # "Perseroan menggandeng …", "Mereka menuntut pemkab …": a body named before
        both = both or (not in_sentence and may_name_by_noun(sent.text))
        # "Ia meminta …" after a meeting: the person last named, the addressee met
        both = both or (
            not in_sentence
            and ctx.antecedent is not None
            and _BY_PRONOUN.match(sent.text) is not None
        )
        # "… memberi X waktu 30 hari. “Kalau tidak, kami cabut izinnya,” katanya."
        out.extend(warnings_quoted(sent.text, sent.start, near_quotes, ctx))
        if not (in_sentence or both) or sent.text.rstrip("\"'”’)").endswith("?"):
            if _unnamed_office(sent.text, in_sentence, sent.start):
                ctx.antecedent = None  # "Bupati X yang dihubungi …. Ia …": not one named before
            continue  # a question reports nothing: "Apakah Rusia siap mendukung Korut?"
        sent_dates = []
        k = t_index
        while k < len(dated) and dated[k][0] < sent.end:
            sent_dates.append(dated[k])
            k += 1
        # "… dicicil hingga Desember", "seperti saat krisis … dua tahun lalu": no act's day
        sent_dates = without_limits_and_likenesses(text, sent.start, sent_dates)
        # a sentence dated by a year only ("Tahun ini, …") may still go on with the day
        # told before it (an exercise joined: see _exercise_joined)
        yearly = all(len(d) <= 4 for _, d in sent_dates)
        # a sentence dated only ahead ("… pada Mei mendatang") tells what is to come; its
        # act of promising or inviting may still be made on the occasion told before
        ahead = _only_ahead(text, sent_dates, published)
        # one dated only inside a reason ("atas pemadaman … pada Mei lalu") is undated
        behind = _only_in_reasons(text, sent.start, sent_dates)
        # one dated only by a deadline ("… paling lambat akhir Desember") is undated too
        behind = behind or _dated_only_in_deadline(text, sent.start, sent_dates)
        carried = (
            _neighbour_date(recent, text, sent.start, sent.end)
            if yearly or ahead or behind
            else None
        )
        ctx.told_before = carried is not None and previous <= carried[0][0] < sent.start
        # "Dalam acara itu, X …. Ia lalu …": a sentence opening on the occasion
        # told passes its day on to the one after it
        on_occasion = went_on and carried is not None and carried[1]
        ctx.dated_before = (not sent_dates or ahead or behind) and (ctx.told_before or on_occasion)
        went_on = opens_on_occasion(sent.text)
        speaker_goes_on = _SPEAKER_GOES_ON.match(sent.text) is not None
        if sent.text.lstrip()[:1] not in _QUOTE_CHARS and not speaker_goes_on:
            # a quote and its speaker ("“…,” kata X.") tell the same occasion, as does
            # the speaker's view told ("Menurut dia, …"): the sentence after it still
            # goes on with the date told before them
            previous = sent.start
        out.extend(
            _sentence_relations(
                sent.text,
                sent.start,
                in_sentence,
                sent_dates,
                near_quotes,
                published,
                acted,
                ctx,
                carried,
            )
        )
        ctx.antecedent = (
            ctx.antecedent
            if speaker_goes_on
            else _subject_person(sent.text, sent.start, in_sentence)
            or _office_of_state(sent.text, sent.start, in_sentence, gpe)
            or _body_of_spokesperson(sent.text, sent.start, in_sentence)
            or (None if _unnamed_office(sent.text, in_sentence, sent.start) else ctx.antecedent)
        )
        ctx.organisation = (
            _subject_person(sent.text, sent.start, in_sentence, "ORG") or ctx.organisation
        )
    # "sanksi terhadap tiga perusahaan X. … Ketiga perusahaan itu adalah A, B, dan C"
    out = counted_bodies_named(text, out, actors_all, gpe)
    # a protest before an office, "menuntut perusahaan itu …": against the firm; a
    # crowd's blockade is a protest
    out = protests_aimed_at_demands(crowd_blockades_as_protests(out))
    # "Badan Kerja Sama Internasional X" and X are one side: no act between them
    out = [r for r in out if not ctx.history.body_and_state(r.source, r.target)]
    # "Menteri Perdagangan X, <nama>. Ia mengancam menutup pasar X bagi Y": his own
    # state is where the act is, not whom it is aimed at
    out = [r for r in out if not ctx.history.holds_office_of(r.source, r.target)]
    # "Wali Kota X, <nama>, menolak …" answering "Pemerintah Kota X": his own government
    out = [r for r in out if not ctx.history.heads_government(r.source, r.target)]
    # "X menembakkan rudal ke laut, sehari setelah A dan B memulai latihan": at them
    out = launches_at_exercises(text, out, actors_all, gpe, dated, ministry_of)
    # a resolution "didukung N negara, sementara A dan B menolak": A and B reject it
    out = votes_against_resolutions(text, out, _outermost(bodies), gpe, dated)
    # "Federasi Nelayan Peru meminta pemerintah …": Peru's government
    out = governments_of_askers(out)
    # "mendatangi kantor Bupati X": the regency's government acts, not the place
    return tuple(regencies_as_governments(out))


#: The adverb before a verb telling it was done at once after the occasion just told
#: ("X langsung membantah …").
_AT_ONCE_BEFORE = "langsung"


def _purpose_of_accused(clause: _Clause, i: int) -> bool:
    """Whether the verb at ``i`` opens a purpose clause ("demi/untuk menghukum …") in
    the complement of an accusation told earlier in the clause ("menuduh X memperketat
    … demi menghukum Y"): the purpose is the accused's, told by the accuser, no act."""
    if clause.word(i - 1) not in _PURPOSE:
        return False
    for k in range(i - 2, -1, -1):
        if clause.word(k) in _BOUNDARY:
            return False
        if clause.word(k) in _ACCUSING:
            return True
    return False


#: Verbs of shadowing another side's craft (see the lexicon): a show of force that
#: answers one told just before.
_SHADOWING = frozenset("membayangi membuntuti menguntit".split())


def _sentence_relations(
    sentence: str,
    offset: int,
    mentions: list[Mention],
    dates: list[tuple[int, str]],
    direct_quotes: list[tuple[int, int]],
    published: PartialDate | None,
    acted: dict[str, _Actor],
    ctx: _Context,
    carried: tuple[tuple[int, str], bool] | None = None,
) -> list[Relation]:
    matches = list(_TOKEN.finditer(sentence))
    words = [m.group().lower() for m in matches]
    # Most sentences hold no cue word: asked of the words before any token is built.
    if not any(_may_cue(word) or word == "serupa" or word in _OFFER for word in words):
        return []
    toks = [
        _Tok(word, offset + m.start(), offset + m.end(), m.group()[0].isupper())
        for m, word in zip(matches, words, strict=True)
    ]
    starts = [t.start for t in toks]
    actors: list[_Actor] = []
    spans = [(m, _covered(toks, starts, m)) for m in mentions]
    # the tokens of names, needed only to tell a metonym inside a longer name
    metonyms = any(m.referent is not None and m.type not in ("PER", "ORG") for m in mentions)
    named = {i for _, covered in spans for i in covered} if metonyms else set()
    bodies = {c[-1] for m, c in spans if c and m.type == "ORG"} if metonyms else set()
    for m, covered in spans:
        if covered and not _not_actor_here(m, toks, covered[0], named, bodies):
            first = covered[0]
            # A royal or religious title the entity layer keeps out of a person's name
            # ("Presiden UEA Sheikh <Name>") stays in the actor's span, where the title
            # walks ("dan Presiden X <Name>") expect the name to start.
            while (
                m.type == "PER"
                and first > 0
                and toks[first - 1].capital
                and (toks[first - 1].text in _NAME_TITLES)
            ):
                first -= 1
            actors.append(
                _Actor(
                    _actor_name(m),
                    toks[first].start if first < covered[0] else m.start,
                    m.end,
                    first,
                    covered[-1],
                    m.type == "PER" and m.referent is None,
                    m.type == "ORG",
                    ctx.ministry_of.get((m.start, m.end)),
                )
            )
    actors.extend(_by_noun(toks, actors, sentence, ctx))
    clause = _Clause(
        toks, actors, ctx.antecedent, organisation=ctx.organisation, history=ctx.history
    )
    last_meeting = ctx.last_meeting
    if last_meeting is not None and ctx.sentence - last_meeting[1] <= _MET_REACH:
        # "X bertemu Y …. (…) Kedua pihak sepakat …": the sides of the last meeting
        # told (a mediation's is none: see _History.mediators)
        clause.met = last_meeting[0]
    clause.fought = ctx.last_fight
    quoted = _quoted(sentence, offset, direct_quotes)
    out: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()
    censured: dict[str, _Actor] = {}  # the side each source censured in this sentence
    accused: dict[str, list[_Actor]] = {}  # every side each source censured in it
    carried_sources: set[str] = set()  # sources whose acts took the carried date
    i = 0
    while i < len(toks):
        if i in clause.actor_at:
            i += 1
            continue
        if clause.word(i) in _DECIDING:
            _record_decision(clause, i, acted)
        found = (
            _cue_at(clause, i)
            or _similar_act(clause, i, ctx)
            or _granted_request(clause, i, ctx)
            or taken_on_by_other_side(clause, i, ctx)
            or offered_to_asker(clause, i, ctx)
            or mediation_offered(clause, i)
            or _order_given(clause, i)
        )
        if found is None:
            i += 1
            continue
        cue, n = found
        tok = toks[i]
        quote = next(((s, e) for s, e in quoted if s <= tok.start < e), None)
        # inside a quote only an act of its speaker's ("“Kami minta X …,” kata Y")
        clause.we = ctx.speakers.get(quote) if quote is not None else None
        spoken = clause.we is not None and _said_by_speaker(clause, i)
        if (quote is not None and not spoken) or not _sense_ok(clause, cue, i, ctx):
            i += n
            continue
        if (
            (clause.embedded_act(i, cue.action) and not self_offered(clause, i))
            or _complained_of(clause, i, cue)
            or _request_passed_on(clause, i, cue)
        ):
            i += n
            continue
        if _purpose_of_accused(clause, i):
            i += n  # "menuduh X memperketat blokade demi menghukum Y": X's purpose, charged
            continue
        cue = _welcome(clause, i, cue, acted)
        objected = _objection(clause, i, cue)
        if objected is not cue:
            # "X keberatan dengan pembekuan itu": the preposition is the predicate's
            cue, n = objected, n + 1
        pairs, lo, confidence = _pairs(clause, cue, i, n)
        if not pairs and cue.action == "demand":
            pairs = ordered_by_description(clause, i)  # "memerintahkan klub asal X, Y, …"
        held_by = exercise_holders(clause, i) if cue is JOINT_EXERCISE else []
        if held_by:
            pairs, confidence = held_by, 0.5  # "latihan gabungan yang digelar A dan B"
        if cue is JOINT_EXERCISE and not pairs:
            # a "joint" exercise of one side near another is a show of force at it
            cue = replace(cue, action="posture")
            pairs, lo, confidence = _pairs(clause, cue, i, n)
        judged = clause.anaphoric_act(i + n - 1, acted) if clause.word(i) in _JUDGES else None
        if judged is not None:
            # "menyebut peluncuran itu pelanggaran atas resolusi X": the act's agent is
            # judged, not X
            subjects, lo = clause.subject(i)
            pairs, confidence = [(s, acted[judged]) for s in subjects], 0.5
        if cue.action == "appeal" and cue.voice == "active" and _withdrawal_asked(clause, pairs):
            # "meminta Israel menarik pasukannya dari …": a demand to withdraw
            cue = replace(cue, action="demand")
        if cue.action == "threaten" and cue.voice == "active" and _warned_to_refrain(clause, i, n):
            # "memperingatkan X agar tidak …" with no consequence told: asked, not threatened
            cue = replace(cue, action="appeal")
        deadline = _deadline_start(clause, pairs) if cue.action == "appeal" else None
        if deadline is not None and cue.voice == "active":
            # "meminta X menindaklanjuti putusan itu paling lambat tujuh hari": a deadline
            cue = replace(cue, action="demand")
        complained = _complained(clause, i, acted)
        if complained is not None:
            pairs, confidence = complained, 0.5  # "mengadukan serangan itu ke DK PBB"
        hoped = _hoped_for(clause, i, cue)
        if hoped is not None:
            # "berharap Indonesia juga membantu …": a request to Indonesia
            cue, pairs, confidence = replace(cue, action="appeal"), hoped, 0.5
        promised = _promised_on_request(clause, i, cue, acted)
        if promised is not None:
            # "berjanji meneruskan aspirasi tersebut ke Z": to the one who asked, not Z
            pairs, confidence = promised, 0.5
        voiced = _voiced_for(clause, i, acted)
        if voiced is not None:
            # "menyampaikan kecaman Paris atas serangan tersebut": France's censure
            pairs, confidence = voiced, 0.5
        # "menyanggupi permintaan itu": an intent only in answer to a request
        answers = cue.action in _REACTIONS or (cue.action == "intend" and bool(cue.needs_next))
        if answers and pairs and all(_own_side(s, t) for s, t in pairs):
            # "mengecam sanksi itu sebagai tekanan sepihak terhadap Teheran": the
            # reacting side named as the victim is no target; the act's agent is
            pairs = []
        if not pairs and cue.voice == "active" and answers:
            # "Teheran menolak sanksi tersebut": a reaction to the act reported before
            end = i + n - 1
            if cue.action == "threaten" and clause.word(end + 1) in _THREAT_LINK:
                end += 2  # "mengancam akan membalas tarif tersebut": against its agent
            if clause.word(end + 1) == _FOR_THE_ACT:
                end += 1  # "berterima kasih atas kiriman obat itu": to the act's agent
            elif clause.word(end) in _OFFERS and clause.word(end + 1) in _ANAPHOR:
                end -= 1  # "menyambut tawaran itu": the offer told before, to its maker
            act = clause.anaphoric_act(end, acted) or ruling_in_cue(clause, end, acted)
            met = _met_sides(clause, end, ctx)
            if met:
                # "mengkritik pertemuan tersebut": both sides of the meeting just told
                subjects, lo = clause.subject(i)
                pairs, confidence = [(s, side) for s in subjects for side in met], 0.5
            elif act is not None:
                subjects, lo = clause.subject(i)
                pairs, confidence = [(s, acted[act]) for s in subjects], 0.5
        if not pairs and cue.voice == "nominal" and answers:
            # "menyampaikan keberatan atas pembekuan tersebut": the act that noun told
            pairs, lo = _answered_by_noun(clause, i, n, acted)
            confidence = 0.5 if pairs else confidence
        if cue.action == "reject" and clause.word(i + n) in INVOLVEMENT:
            # "membantah keterlibatan Beijing": the denier's side is the one named; the
            # denial answers whoever acted on that side last
            pairs, lo = _denied_accuser(clause, i, n, ctx)
            confidence = 0.5
        elif cue.action == "reject" and (
            clause.word(i) in DENYING and denies_a_clause(clause, i + n)
        ):
            # "membantah menerima suap": the charge denied is the accuser's
            pairs, lo = denied_charge(clause, i, n, ctx)
            confidence = 0.5
            if not pairs:
                i += n  # no charge answered: the denial only negates what follows
                continue
        if not pairs and cue.voice == "passive" and cue.action in _REACTIONS:
            # "Permintaan itu ditolak X": a reaction to the act the subject points back to
            pairs = _reacted_to_before(clause, i, n, acted, cue.action)
            confidence = 0.5
        same_act = False
        if pairs and (clause.word(i) in _APPEALS or cue.action in _ANSWERED_BY_COUNSEL):
            # "kuasa hukum X, <nama>, menyatakan kliennya akan mengajukan gugatan
            # praperadilan terhadap Y", "kuasa hukum X, <nama>, menyebut putusan itu
            # keliru": the client objects, not the counsel
            pairs = _for_the_client(clause, i, pairs, ctx.sanctioned)
        if not pairs and clause.word(i) in _APPEALS and "sanction" in acted:
            # "Heru melalui kuasa hukumnya menyatakan banding": against the ruling, so
            # the court that sentenced him; lodged at once, on the ruling's day
            pairs, lo = _appealed(clause, i, acted["sanction"], ctx.sanctioned)
            same_act, confidence = bool(clause.words() & _AT_ONCE), 0.5
        if not pairs and _follows_up(clause, cue, i):
            # "X menolak keputusan itu dan menyebutnya keliru", "X mengecam sanksi itu
            # dan memperingatkan akan membalas": a censure or a warning with no side of
            # its own goes on against the side its subject just censured
            subjects, lo = clause.subject(i)
            pairs = [(s, t) for s in subjects if (t := _censured_by(s, censured)) is not None]
            confidence = 0.5
        offered_to = sides_offered(clause, i, ctx.counterparts) if cue.action == "intend" else []
        if offered_to:
            # "menawarkan <ibu kota> sebagai tempat perundingan kedua pihak": to each side
            pairs, confidence = offered_to, 0.4
        if not pairs:
            pairs, same_act = _implicit_target(clause, cue, i, n, acted, ctx)
            confidence = 0.5
        if not pairs and cue.action == "threaten" and cue.voice == "active":
            # "mengancam mogok kerja jika perusahaan menolak …": the side the condition
            # or the threatener's last demand names
            pairs, confidence = aimed_on_condition(clause, i, n, ctx), THREAT_CONFIDENCE
        if not pairs and cue.action == "reject" and cue.voice == "active":
            # "A meminta B menambah kuota …. B menolak menambah kuota": the one who asked
            pairs, confidence = refused_request(clause, i, ctx), 0.4
        # an act not done ("tidak mengajukan banding") is no move against the other
        # party, a statement named back answers only its issuer, when told, and an act
        # on a plural object ("mendukung negara-negara …") is aimed at those
        unknown = (
            clause.flags(i - 3, i)[0] == "negative"
            or statement_named_back(clause, i + n - 1)
            or aimed_at_many(clause, i + n - 1)
        )
        if not pairs and cue.voice != "passive" and cue.action in ANSWERING and not unknown:
            # "Mereka menolak rencana itu" in a report on the subject's dispute with
            # one other party: that party, less surely than a side named
            agents = _agents(clause, cue, i, n)
            client = client_of_counsel(clause, i, ctx.sanctioned)
            if ctx.counterparts.fits(cue.action, ctx.sentence):
                pairs = ctx.counterparts.answered(agents, ctx.history, client)
            if not pairs and cue.action == "reject" and clause.word(i - 1) != "juga":
                # "Bolivia menolak usulan itu": the move of the last other party told (not
                # after "juga": "X juga menolak …" sides with the last one who did)
                pairs = answers_told(clause, i + n - 1, agents, ctx)
            if cue.action in _ANSWERED_BY_COUNSEL:
                pairs = _for_the_client(clause, i, pairs, ctx.sanctioned)
            confidence = 0.4
        if (
            not pairs
            and cue.voice == "active"
            and is_cooperative(cue.action)
            and answers_an_asker(clause, i)
            and clause.flags(i - 3, i)[0] != "negative"
        ):
            # "X meminta Y …. (…) Y berjanji/siap …": a promise or an offer with no
            # addressee answers whoever asked or charged its maker before
            pairs, confidence = answered_askers(clause, i, ctx), 0.4
            if pairs:
                cue = replace(cue, action="intend")
        if not pairs and cue.action in _TOLD_AGAIN and cue.voice == "passive":
            # "KPK menangkap mantan direktur … . Tersangka, Heru, diciduk di hotel":
            # an agentless passive right after the same act tells that act again (not one
            # by another hand: "ditangkap petugas Bea Cukai pada Oktober lalu")
            by_other = clause.word(i + n) in _AGENT_AFTER
            same_act = ctx.just_done(cue.action) and not by_other
            subjects, lo = clause.subject(i) if same_act else ([], lo)
            if subjects and clause.word(i + n) == "bersama":
                # "Ia ditahan bersama X, dan seorang kontraktor, Y": held with them too
                subjects += _held_with(clause, i + n)
            pairs, confidence = [(acted[cue.action], s) for s in subjects], 0.5
        # "Permintaan itu ditolak X": a noun pointing back to an act already told names
        # that act, whose agent is known, not a new one by X
        # (a request may be told back by another name: "meminta X menarik …" is a demand)
        kinds = _ASKS if cue.action in _ASKS else {cue.action}
        told = (
            cue.voice == "nominal" and bool(kinds & acted.keys()) and clause.word(i + n) in _ANAPHOR
        )
        if not pairs and not told and tok.text != _HOSTED:
            # an act without a target still has an agent a later reaction may point to
            agents = _agents(clause, cue, i, n)
            if agents:
                _record_act(acted, cue.action, agents[0])
                ctx.acted_by(agents[0], action=cue.action)
                _record_named(acted, tok.text, cue, agents[0])
                ctx.done(cue.action)
        polarity, modality = clause.flags(min(lo, i - 3), i)
        light = _light_verb(clause, i) if cue.voice == "nominal" else None
        if light is not None and clause.word(light) in _CALLED_OFF:
            polarity = "negative"  # "menunda kunjungan ke X": the visit is not made
        if cue.action == "consult" and invited_to_talks(clause, i):
            modality = "future"  # "mengundang X untuk membahas …": talks to come
        if _talks_agreed(clause, i):
            # "sepakat menggelar putaran baru perundingan …": the agreement is to meet,
            # talks to come
            cue, modality = replace(cue, action="consult"), "future"
        elif _act_agreed(clause, i):
            # "sepakat memulai survei bersama pada Agustus": a joint work to come
            modality = "future"
        if clause.word(i) in _RETALIATING and polarity == "negative":
            # "menyatakan tidak akan membalas": a blow not returned, not a threat denied
            cue = replace(cue, action="fight")
        if pairs and _refused(clause, i, cue):
            # "menegaskan tidak akan mendukung X": a refusal declared, not a tie denied
            cue, polarity, modality = replace(cue, action="reject"), "positive", "asserted"
        if clause.word(i) in _JOINING and modality != "asserted":
            # "berencana bergabung dengan BRICS": a membership planned is an intent
            cue = replace(cue, action="intend")
        if cue.action == "appeal" and _invited_to_talk(clause, i, pairs):
            # "akan mengajak X membahas …": an invitation to talks, as "mengundang"
            cue = replace(cue, action="intend")
        # the other side after the act ("bersedia bermitra dengan tim X": X's body, told
        # before, named back), not coordinated with the subject ("A dan B siap …")
        other_after = clause.word(i + n) == "dengan" or all(t.first > i for _, t in pairs)
        offered = bool(pairs) and _offered(clause, i, cue) and other_after
        if offered:
            # "Indonesia siap memperdalam kerja sama dengan X": an offer, not the act
            cue, modality = replace(cue, action="intend"), "asserted"
            # "X siap mempertemukan A dan B": only X offers; the sides meet only if it
            # comes about
            pairs = [(s, t) for s, t in pairs if s.first < i]
        # the private people of a state named first in a list of targets: all are
        private = any(clause.private_people(t) for _, t in pairs if not t.person)
        joined = _joins_exercise(clause, i) is not None
        # "X, yang menjabat sejak 2024, menyerukan …": the relative clause's date is not the act's
        dates_here = [d for d in dates if not _in_relative_aside(clause, d[0], i)]
        if deadline is not None:
            dates_here = [d for d in dates_here if d[0] < deadline]  # the deadline's own
        if spoken and quote is not None:
            # "“Kami minta X menempatkan dokter tahun ini,” ujar Y seusai pertemuan": a
            # day inside the quote tells what is asked; the act is dated as it was said
            dates_here = [d for d in dates_here if not quote[0] <= d[0] < quote[1]]
        if dates_here and all(_after_object_relative(clause, i, d[0]) for d in dates_here):
            # "menangkap anggota geng X yang membacok Y …, Minggu (…). Mereka dibekuk
            # …, Selasa (…)": the day is the attack's; the arrest has its own
            retold = _retold_date(ctx.text, ctx.dated, clause.toks[-1].end, cue.action)
            dates_here = [retold] if retold is not None else dates_here
        dates_here = _accused_act_dates(clause, i, dates_here)
        dates_here = _counted_from_day(clause, i, dates_here)
        if cue.action in _CENSURING and any(
            _after_object_relative(clause, i, d[0]) for d in dates_here
        ):
            # "mengecam serangan … yang melukai belasan warga pekan lalu": the attack's day
            # (not a day set off to close the sentence: "memveto rancangan yang menuntut
            # …, Selasa (…)" is the veto's day)
            dates_here = [
                d
                for d in dates_here
                if not _after_object_relative(clause, i, d[0]) or closing_day(clause, d[0])
            ]
        if any(_after_object_relative(clause, i, d[0], passive=True) for d in dates_here):
            # "mendesak X mematuhi kesepakatan yang diteken tahun lalu": the day
            # of the passive clause's act on the object, not the demand's (a day set off to
            # close the sentence is still the act's)
            dates_here = [
                d
                for d in dates_here
                if not _after_object_relative(clause, i, d[0], passive=True)
                or closing_day(clause, d[0])
            ]
        if cue.action in _CENSURING and dates_here:
            # "mengecam serangan …, Selasa (…). Kecaman disampaikan …, Rabu (…)": the
            # censure told again with its own day
            retold = _retold_by_noun(ctx.text, ctx.dated, clause.toks[-1].end, cue.action)
            dates_here = [retold] if retold is not None else dates_here
        if cue.action in _CENSURING and modality == "asserted" and published is not None:
            # "menilai X mengabaikan produsen yang siap mengirim mulai 2027": a censure
            # made is not dated ahead of the report; a later date is its object's
            dates_here = [d for d in dates_here if d[1] <= published.iso[: len(d[1])]]
        if cue.action == "threaten":
            pairs = _warned(clause, i, pairs, accused)
        # "bantuan dari badan pangan PBB tersebut": a body described by its parent,
        # pointed back to, is not the parent
        pairs = [(s, t) for s, t in pairs if not _parent_in_description(clause, t)]
        if cue.action == "aid":
            # "mengirim bantuan Jepang ke Sudan": Japan's aid, not aid to it
            pairs = [(s, t) for s, t in pairs if not _aid_owner(clause, t)]
        if cue.action == "reduce":
            # "menutup perlintasan <nama>": the crossing closed is no side
            pairs = [(s, t) for s, t in pairs if not _passage_named(clause, t)]
        if cue.action in _ASKED_OR_MET:
            # "membawa sengketa dagang ke X": X is the dispute's forum
            pairs = [(s, t) for s, t in pairs if not _dispute_forum(clause, i, t)]
        if cue.voice == "nominal" and _attended(clause, i + n):
            # "Pelepasan bantuan dihadiri Dubes X dan Kepala Y": those present at the
            # event of the act are neither its agent nor its target
            pairs = [(s, t) for s, t in pairs if s.last < i and t.last < i]
        if cue.action == "posture" and clause.word(i) in _DEPLOYING:
            # "mengerahkan kapal perusak <nama> ke …": what is deployed is no target
            pairs = [(s, t) for s, t in pairs if not _deployed(clause, i + n, t)]
        answer_day = _answered_day(clause, i, pairs, ctx)
        for source, target in pairs:
            own = dates_here
            # a date carried from a neighbour sentence, when this one goes on with it
            # a meeting told right after a dated visit or meeting is part of it ("… ke
            # Hanoi, Senin (3/6/2024). Retno disambut Presiden …")
            visit = cue.action == "consult" and ctx.dated_before and ctx.just_done("consult")
            # "Kunjungan X ke Y dikritik Z": the visit as a whole, the topic of a
            # reaction told without a day, is not the side visit of the day told before
            topic = cue.voice == "nominal" and _topic_of_reaction(clause, i, n)
            goes_on = (
                carried is not None
                and not topic
                and (
                    same_act
                    # "X berjanji … dan meminta …": the second act of a source whose first
                    # took the occasion's date
                    or source.name in carried_sources
                    # "Gubernur X menemui massa": the crowd of the protest just told
                    or any(crowd_noun(clause.word(a.first)) for a in (source, target))
                    or visit
                    # "X, Senin (…), mengatakan …. “Kami mendesak Y …,” ujarnya": said
                    # on the occasion told right before
                    or (spoken and ctx.told_before)
                    or not carried[1]
                    # "… membayangi armada X": shadowing answers the force just told
                    # at sea or in the air, on its day
                    or clause.word(i) in _SHADOWING
                    # "Pemerintah X langsung membantah tudingan itu": an answer given at
                    # once, on the day of what it answers
                    or clause.word(i - 1) == _AT_ONCE_BEFORE
                    or _continues(clause, source, ctx.dated_before)
                    or (ctx.dated_before and _same_agent(ctx, source))
                    # "… diserahkan kepada Wali Kota X, <nama>, Selasa (…). Y meminta wali
                    # kota …": the holder named back by the bare office, on that occasion
                    or (ctx.dated_before and _office_named_back(clause, target))
                    # a request two sentences after its maker's dated visit (a reaction,
                    # such as a denial, is dated by the report)
                    or (
                        carried is not None
                        and cue.action in _ASKS
                        and _same_agent(ctx, source, carried[0][0])
                    )
                )
            )
            met_day = ctx.met_on(source.name, carried[0][1] if carried else None, published)
            if met_day is None and promised:
                # "Y berjanji permintaan itu …" after X met Y and asked: at that meeting
                met_day = ctx.met_on(target.name, carried[0][1] if carried else None, published)
            # "Amran berjanji mengirim traktor bulan depan" after the meeting: the month
            # is the promised act's, the promise is made at the meeting
            # "Y menyanggupi usul itu mulai Juni": a date that starts the promised
            # work is the work's, however the time layer placed the month
            # "X bersedia mengirim Y mulai tahun depan": an offer is made as a promise is
            promised_later = (clause.word(i) in _PROMISES | _OFFER or offered) and (
                _only_ahead(ctx.text, dates_here, published)
                or _work_starts_ahead(clause, dates_here)
            )
            # "Dalam acara itu, …. Ia lalu mengundang X … pada Mei mendatang":
            # an invitation or a promise made on the occasion told (the sentence points
            # back to it), the month ahead being the act invited to; "sepakat berbagi
            # data mulai bulan depan": cooperation agreed then, that starts later
            made_now = (
                _only_ahead(ctx.text, dates_here, published)
                and _continues(clause, source, ctx.dated_before)
                and (
                    cue.action == "intend"
                    or (_under_agreement(clause, i) and _work_starts_ahead(clause, dates_here))
                )
            )
            if (not dates_here or promised_later) and answer_day is not None:
                # "X meminta Y …. Y berjanji …": the answer is made when the request is
                own = [(tok.start, answer_day)]
                carried_sources.add(source.name)
            elif (not dates_here or promised_later) and met_day is not None and not topic:
                # "Y berjanji … dan meminta …" after "X menemui Y …, Jumat (…)": the one
                # met answers at the meeting
                own = [(tok.start, met_day)]
                carried_sources.add(source.name)
            elif (
                (not dates_here or made_now or promised_later)
                and carried is not None
                and (goes_on or (promised_later and carried[1]))
            ):
                # "X berjanji memanggil Y pekan depan": a promise told with only the day
                # of what is promised is made on the last day told before it
                own = [carried[0]]
                carried_sources.add(source.name)
            elif joined and carried is not None and all(len(d) <= 4 for _, d in dates_here):
                # "Tahun ini, latihan itu juga diikuti …": the day of the exercise told
                own = [carried[0]]
            if own and cue.voice == "passive" and cue.action in _REACTIONS:
                own = _reaction_dates(clause, i, own)
            if (
                (
                    cue.action == "intend"
                    or (
                        cue.action in _ASKS
                        and modality == "asserted"
                        and all(len(d) < _DAY_ISO for _, d in own)
                    )
                )
                and own is dates_here
                and _only_ahead(ctx.text, own, published)
            ):
                # "mengundang X ke Jenewa pekan depan": the week is the talks', the
                # invitation is made when reported, as is a call ("mendesak X berunding
                # bulan depan": the month is the talks' asked for; a day named ahead,
                # "memanggil X pada Jumat (…)", is the appointment the call sets)
                own = []
            when, how = _date(tok.start, own, published, cue.action)
            if modality == "future" and how == "clause":
                when = _month_ahead(clause, own, when, published)
            if source.state is not None and source.state != target.name:
                # "Kementerian Luar Negeri Jepang memprotes Seoul": the state speaks
                source = replace(source, name=source.state)
            if cue.action == "threaten" and clause.venue(target):
                # "mengecam X dan mengancam membawa masalah itu ke Mahkamah …": the
                # court is where the matter goes, the threat is aimed at the censured
                if source.name not in censured:
                    continue
                target = censured[source.name]
            lodged = _protest_lodged(clause, i)
            kind = _censuring_summons(clause, i, _pressed(cue.action, source, target, seen, lodged))
            key = (source.name, kind, target.name)
            if source.name == target.name or source.state == target.name or key in seen:
                # "Kementerian Luar Negeri X memprotes eksekusi warga X": no act on itself
                continue
            if acts_on_own_state(source, target):
                continue  # "Kementerian Perdagangan menggugat … atas baja Indonesia"
            if target.name == HOME_STATE and ctx.history.home_minister(source):
                continue  # "Menteri Keuangan <nama> … untuk Indonesia": its own state
            if ctx.history.speaks_for(target, source.name):
                continue  # "Menteri X <nama> …. Ia …, pasukan X akan …": its own official
            if ctx.history.speaks_for(source, target.name):
                continue  # "Presiden X <nama> menawarkan <ibu kota X> …": its own state
            if envoy_of(clause, source, target) or envoy_of(clause, target, source):
                continue  # "diteken A dan Duta Besar X untuk Y, <nama>": X's own envoy
            if _private(source, target, cue, clause.words(), ctx):
                continue
            if clause.word(i) in _JOINING and (source.person or target.person):
                continue  # "Deulofeu bergabung dengan Milan": a person's move, no tie
            if clause.word(source.first - 1) in _ACCUSING:
                continue  # "menuduh X memasok drone kepada Y": a charge, not a told act
            if cue.action == "intend" and clause.passes_on(i) and not _asked_by(ctx, target):
                # "berjanji meneruskan keluhan warga kepada X": X only hears it; the
                # promise is to the one who asked, when the request was just told
                continue
            if clause.place_named(target):
                # "menggempur Rumah Sakit Saudi": a place, not the state; the attack is
                # still told, so "mengecam serangan itu" censures its agent
                _record_act(acted, kind, source)
                ctx.acted_by(source, None, kind)
                continue
            held = target.person or clause.nationals(target) or clause.gang_members(target)
            # "menetapkan PT X sebagai tersangka korporasi": a firm charged as such
            held = held or (target.organisation and _corporate_suspect(clause, target))
            if cue.person_target and not held and not _fined(clause, source, target):
                continue  # "menahan dua tentara Israel", "menangkap anggota DPR"
            if _for_the_sake_of(clause, target):
                continue  # "berunding dengan para pihak demi warga X": for X, not with X
            if kind not in _TIES and clause.some_members(target):
                # "menuduh sejumlah anggota ASEAN": blame aimed at members left unnamed,
                # not at the bloc (meeting "sejumlah anggota Kongres" meets the body they
                # sit in); the act is still told, so a rebuttal of it answers its agent
                _record_act(acted, kind, source)
                continue
            if target.organisation and not cue.org_target:
                continue  # "menyatakan kepada CNN": to the press
            if cue.action in _FILED and clause.venue(target):
                continue  # "menggugat X ke Pengadilan Negeri …": where it is filed
            sent_next = {clause.word(k) for k in range(i + 1, i + 4)}
            if kind == "aid" and target.organisation and _TROOPS & sent_next:
                continue  # "mengirim pasukan ke misi PBB": a contribution to a mission
            if clause.word(i) in _CALLING_ON and not _official_call(clause, source, target):
                continue  # "X mendatangi Polda untuk melapor": a complaint, no meeting
            if cue.action in _TIES and not target.person and private:
                continue  # "menjamu investor Qatar (dan X)": not a tie with Qatar
            seen.add(key)
            if kind in _CENSURING:
                censured.setdefault(source.name, target)
                accused.setdefault(source.name, []).append(target)
            ctx.last_target = (target, ctx.sentence)
            if kind == "sanction":
                ctx.sanctioned.append(target)
            ctx.last_pair = (source, target, kind, ctx.sentence)
            ctx.counterparts.told(source, target, kind, ctx.sentence)
            if kind == "aid":
                ctx.last_aid = ctx.last_pair
            ctx.last_day = when
            mediated = {source.name, target.name} & ctx.history.mediators
            if kind == "consult" and not mediated:
                ctx.last_meeting = ((source.name, target.name), ctx.sentence)
            if kind == "fight":
                ctx.last_fight = (source.name, target.name)
            _record_act(acted, kind, source)
            ctx.acted_by(source, target, kind)
            _record_named(acted, tok.text, cue, source)
            _record_document(clause, i, source, acted)
            ctx.done(kind)
            out.append(
                Relation(
                    source=source.name,
                    action=kind,
                    cameo=CLASSES[kind].cameo,
                    target=target.name,
                    sentence=sentence,
                    start=offset,
                    end=offset + len(sentence),
                    trigger=sentence[tok.start - offset : toks[i + n - 1].end - offset],
                    date=when,
                    date_source=how,
                    polarity=polarity,
                    modality=modality,
                    confidence=confidence,
                    source_start=source.start,
                    target_start=target.start,
                )
            )
            if kind == "consult" and how == "clause" and when is not None:
                ctx.met = (frozenset((source.name, target.name)), ctx.sentence, when)
            meeting = (source.name, "consult", target.name)
            signed = kind == "cooperate" and _signed_in_person(clause, i, source, target)
            if signed and modality == "asserted" and meeting not in seen:
                # "Perdana Menteri X dan Perdana Menteri Y menandatangani perjanjian":
                # the signers met to sign (a signing hoped for tells no meeting)
                seen.add(meeting)
                out.append(replace(out[-1], action="consult", cameo=CLASSES["consult"].cameo))
            also = _also_coded(clause, i, kind, (polarity, modality), target)
            if also is not None and (source.name, also[0], also[1].name) not in seen:
                # a lawsuit is a demand too; an envoy summoned over a grievance censures
                # the envoy's state too
                seen.add((source.name, also[0], also[1].name))
                _record_act(acted, also[0], source)
                ctx.acted_by(source, also[1], also[0])
                if also[0] in _CENSURING:
                    censured.setdefault(source.name, also[1])
                    accused.setdefault(source.name, []).append(also[1])
                out.append(
                    replace(
                        out[-1],
                        action=also[0],
                        cameo=CLASSES[also[0]].cameo,
                        target=also[1].name,
                        target_start=also[1].start,
                    )
                )
            offer = (target.name, "intend", source.name)
            made = clause.word(i + n) in _OFFERS and clause.word(i + n + 1) not in _ANAPHOR
            if kind == "reject" and made and offer not in seen:
                # "X menolak tawaran bantuan dari Y": the refusal tells Y's offer to X (an
                # offer pointed back to, "tawaran itu", is coded where it was told)
                seen.add(offer)
                out.append(
                    replace(
                        out[-1],
                        source=target.name,
                        action="intend",
                        cameo=CLASSES["intend"].cameo,
                        target=source.name,
                        source_start=target.start,
                        target_start=source.start,
                        polarity="positive",
                        modality="asserted",
                    )
                )
        i += n
    return out


#: Nouns of an offer: refusing one tells that its maker offered it ("menolak tawaran").
_OFFERS = frozenset({"tawaran"})
#: The classes a party's counsel answers a ruling with, for the client.
_ANSWERED_BY_COUNSEL = frozenset("disapprove reject".split())


def _for_the_client(
    clause: _Clause, i: int, pairs: list[tuple[_Actor, _Actor]], sanctioned: Sequence[_Actor]
) -> list[tuple[_Actor, _Actor]]:
    """``pairs`` with a counsel's act given to the client: an appeal or objection told
    with a word for the client or after "kuasa hukum" ("… menyatakan kliennya akan
    mengajukan …"), and a censure or a rejection whose source is the person named right
    after "kuasa hukum <client>," ("Kuasa hukum X, <nama>, menyebut putusan itu …")."""
    client = client_of_counsel(clause, i, sanctioned)
    if client is None:
        return pairs
    appeal = clause.word(i) in _APPEALS
    out = []
    for source, target in pairs:
        counsel = source.person and any(
            (clause.word(k), clause.word(k + 1)) == ("kuasa", "hukum")
            for k in range(max(0, source.first - 8), source.first)
        )
        if (appeal or counsel) and target.name != client.name:
            out.append((client, target))
        elif not (appeal or counsel):
            out.append((source, target))
    return out


def _also_coded(
    clause: _Clause, i: int, kind: str, flags: tuple[str, str], target: _Actor
) -> tuple[str, _Actor] | None:
    """A second class the act at token ``i`` is coded with, and its target: an envoy
    summoned over a grievance is a censure of the envoy's state as well as a demand
    ("memanggil Duta Besar X … untuk meminta penjelasan")."""
    if kind == "demand" and flags == ("positive", "asserted"):
        state = _protested_summons(clause, i, target)
        if state is not None:
            return "disapprove", state
    return None


#: The words naming a firm itself a suspect ("sebagai tersangka korporasi").
_CORPORATE_SUSPECT = ("tersangka", "korporasi")
#: How many words after the firm's name its naming as a suspect may come ("PT X (X)
#: sebagai tersangka korporasi").
_SUSPECT_REACH = 8


def _corporate_suspect(clause: _Clause, target: _Actor) -> bool:
    """Whether the body ``target`` is named a corporate suspect right after its name
    ("menetapkan PT X (X) sebagai tersangka korporasi"): charging a firm coerces it as
    arresting a person does."""
    start = target.last + 1
    return any(
        (clause.word(k), clause.word(k + 1)) == _CORPORATE_SUSPECT
        for k in range(start, start + _SUSPECT_REACH)
    )


def _fined(clause: _Clause, source: _Actor, target: _Actor) -> bool:
    """Whether ``target`` is sentenced by the court ``source`` to pay ("Pengadilan X
    menghukum PT Y membayar ganti rugi"): a sentence to pay coerces a firm or a body as
    well as a person, as a fine does. Only a court passes it; a plaintiff asking for
    it ("meminta majelis … menghukum Y membayar") lays none."""
    court = source.name.split(" ", 1)[0].lower() in _COURT_HEADS
    return court and clause.word(target.last + 1) == "membayar"


def _for_the_sake_of(clause: _Clause, target: _Actor) -> bool:
    """Whether ``target`` is named after "demi" (a word for its people or its interest
    between): the side an act is done for, not one it is done with or to."""
    k = target.first - 1
    return clause.word(k) == "demi" or (clause.word(k - 1) == "demi" and clause.word(k) in _SAKE_OF)


def _held_with(clause: _Clause, at: int) -> list[_Actor]:
    """The persons listed after "bersama" at ``at`` ("bersama Kepala Dinas X, <nama>,
    dan seorang kontraktor, <nama>"), up to the end of the clause."""
    out = []
    k = at + 1
    while k < len(clause.toks) and clause.word(k) not in _CLAUSE_ENDS:
        actor = clause.actor_at.get(k)
        if actor is not None:
            if actor.person:
                out.append(actor)
            k = actor.last
        k += 1
    return out


def _said_by_speaker(clause: _Clause, i: int) -> bool:
    """Whether the active verb at ``i`` inside a quote has "kami"/"saya" right before it
    (auxiliaries between): the quote's speaker acts ("Kami juga akan mengirim …")."""
    k = i - 1
    while clause.word(k) in _AUXILIARY:
        k -= 1
    return clause.word(k) in _WE and (k == 0 or clause.word(k - 1) in _QUOTE_CHARS | {","})


def _by_noun(toks: list[_Tok], actors: list[_Actor], sentence: str, ctx: _Context) -> list[_Actor]:
    """The actors the sentence names by a common noun or an epithet standing for a body
    or state named before ("perseroan", "pemkab", "massa", "negeri Sakura"), outside the
    named actors' tokens (see :mod:`.antecedents`)."""
    if ctx.antecedents is None or not may_name_by_noun(sentence):
        return []
    taken = {k for a in actors for k in range(a.first, a.last + 1)}
    out = []
    k = 0
    while k < len(toks):
        found = None if k in taken else ctx.antecedents.resolve(toks, k)
        if found is None or any(j in taken for j in range(k, k + found[1])):
            k += 1
            continue
        name, n, organisation = found
        last = k + n - 1
        if _holder_named(toks, last, taken, actors):
            k += 1  # "Bupati X, <nama>,": the holder acts
            continue
        out.append(_Actor(name, toks[k].start, toks[last].end, k, last, False, organisation))
        k += n
    return out


def _office_named_back(clause: _Clause, actor: _Actor) -> bool:
    """Whether ``actor`` is named by a bare lower-case office of a region's head
    ("bupati", "wali kota"): the holder just told, pointed back to."""
    if not 0 <= actor.first < len(clause.toks):
        return False  # an actor of another sentence
    tok = clause.toks[actor.first]
    return tok.start == actor.start and not tok.capital and tok.text in _REGION_HEAD_OFFICES


def _holder_named(toks: list[_Tok], last: int, taken: set[int], actors: list[_Actor]) -> bool:
    """Whether a person is named right after token ``last`` (past a comma): the holder
    of the office named there."""
    k = last + 2 if last + 1 < len(toks) and toks[last + 1].text == "," else last + 1
    return k in taken and any(a.person and a.first <= k <= a.last for a in actors)


def _asked_by(ctx: _Context, actor: _Actor) -> bool:
    """Whether the last relation told is a request or a demand made by ``actor``, or
    the last request told was, a meeting told since ("X menuntut …. Perwakilan X
    diterima Y. Y berjanji meneruskan …")."""
    last = ctx.last_pair
    if last is not None and last[2] in ("appeal", "demand") and last[0].name == actor.name:
        return True
    return last is not None and last[2] == "consult" and ctx.last_request_by(actor.name)


def _own_side(source: _Actor, target: _Actor) -> bool:
    """Whether ``target`` is ``source`` itself or the state it acts for."""
    return target.name in (source.name, source.state)


def _censured_by(source: _Actor, censured: Mapping[str, _Actor]) -> _Actor | None:
    """The side ``source`` censured earlier in the sentence, else ``None``. A body that
    speaks for its state ("Kementerian Luar Negeri X menolak … dan menyebutnya …") was
    recorded under the state's name, as its relations are."""
    if source.name in censured:
        return censured[source.name]
    return censured.get(source.state) if source.state is not None else None


#: Classes of the act a promise or an offer with no addressee answers (see
#: :func:`.pairs._side_met`).
_ANSWERED_BY_PROMISE = frozenset("appeal demand sanction".split())


def _answered_day(
    clause: _Clause, i: int, pairs: Sequence[tuple[_Actor, _Actor]], ctx: _Context
) -> str | None:
    """The day of the request or sanction told in this sentence or the one before that
    the promise or offer at ``i`` answers, all its targets being that act's agent
    ("X meminta Y …, Selasa (…). Y berjanji …"), else ``None``."""
    last = ctx.last_pair
    if last is None or ctx.last_day is None or not pairs:
        return None
    if clause.word(i) not in _PROMISES | _OFFER:
        return None
    agent, _, action, told = last
    if action not in _ANSWERED_BY_PROMISE or ctx.sentence - told > 1:
        return None
    return ctx.last_day if all(t.name == agent.name for _, t in pairs) else None


def _follows_up(clause: _Clause, cue: Cue, i: int) -> bool:
    """Whether the cue at token ``i`` may go on against the side censured before it in
    the sentence: an active censure or warning, not after a denial when it judges what
    is pointed back to ("menyangkal tudingan itu dan menyebutnya fitnah", "… menyebut
    tuduhan tersebut fitnah" judge the charge denied: the denial, told again; "… dan
    menyalahkan pemasok" blames another); an act named anew and judged after a denial
    ("menyangkal ikut campur dan menilai pengusiran diplomatnya sebagai provokasi") is the
    other side's, censured."""
    if cue.action not in _FOLLOW_UPS or cue.voice != "active":
        return False
    if not any(clause.word(k) in DENYING for k in range(i)):
        return True
    # after a denial only a judgement of an act named anew, not one pointed back to
    return clause.word(i) in _JUDGES and not any(
        clause.word(k) in _ANAPHOR for k in range(i + 1, i + 4)
    )


def _record_act(acted: dict[str, _Actor], action: str, agent: _Actor) -> None:
    """Record ``agent`` as the last to do an act of ``action``, and of any class unless
    the act is a verbal protest told after another act: "mengecam tindakan itu" after a
    summons and a protest censures the act they protest, not the protest."""
    acted[action] = agent
    if action not in _PROTESTS or _ANY_ACT not in acted:
        acted[_ANY_ACT] = agent
    decided = acted.get(_DECISION)
    if decided is not None and decided.name != agent.name and action not in _REACTIONS:
        # another side acted since: the decision is no longer the news (a reaction to it
        # keeps it so: "X menolak keputusan itu. Y juga mengecam keputusan tersebut")
        del acted[_DECISION]


def _answered_by_noun(
    clause: _Clause, i: int, n: int, acted: dict[str, _Actor]
) -> tuple[list[tuple[_Actor, _Actor]], int]:
    """The pairs of a reaction named by the noun of ``n`` words at ``i`` after a light
    verb, aimed through a preposition at an act a demonstrative points back to by its
    own noun or its verb's ("menyampaikan keberatan atas pembekuan tersebut" after "X
    membekukan izin …": against X), and where its subject starts; else none."""
    light = _light_verb(clause, i)
    k = i + n
    if light is None or clause.word(k) not in ANSWERED_BY:
        return [], i
    if not {clause.word(k + 2), clause.word(k + 3)} & _ANAPHOR:
        return [], i
    agent = acted.get(_noun_key(clause.word(k + 1)))
    if agent is None:
        return [], i
    subjects, lo = clause.subject(light)
    return [(s, agent) for s in subjects if s.name != agent.name], lo


def _record_named(acted: dict[str, _Actor], word: str, cue: Cue, agent: _Actor) -> None:
    """Record ``agent`` as the last to do the act named by the noun ``word`` ("latihan
    militer" → "latihan itu"), or by the nouns of the verb ``word`` ("membekukan izin
    …" → "pembekuan itu"): a reaction naming it back answers that agent, not the last
    one to act in the class."""
    nouns = (word,) if cue.voice == "nominal" else NOMINALS.get(word.lower(), ())
    for noun in nouns:
        acted[_noun_key(noun.lower())] = agent


def _record_document(clause: _Clause, i: int, source: _Actor, acted: dict[str, _Actor]) -> None:
    """Record ``source`` as the issuer of the document its act at token ``i`` was made
    in ("Dalam komunike akhir, X mengecam …", "X, melalui pernyataan resmi, menuntut
    …"): a later "menolak komunike tersebut" answers the issuer, not the last actor."""
    for k in range(i - 1):
        # the document is the act's vehicle only when named by the way it was made
        if clause.word(k) in _STATEMENT_WAY and clause.word(k + 1) in _DOCUMENTS:
            acted[_noun_key(clause.word(k + 1))] = source


def _record_decision(clause: _Clause, i: int, acted: dict[str, _Actor]) -> None:
    """Record the subject of the decision verb at token ``i`` ("Menteri X menetapkan
    batas wilayah …") as the maker of the last decision told: a later "menolak
    keputusan tersebut" answers him, though deciding is no act on anyone."""
    subjects, _ = clause.subject(i)
    if subjects:
        acted[_DECISION] = subjects[0]


def _warned(
    clause: _Clause,
    i: int,
    pairs: list[tuple[_Actor, _Actor]],
    accused: dict[str, list[_Actor]],
) -> list[tuple[_Actor, _Actor]]:
    """The pairs of a warning whose named side is the one that will act ("menuduh X
    dan Y … dan memperingatkan Teheran akan mengambil tindakan"): the speaker's side
    replies, so the warning is aimed at each side its source accused in the sentence,
    and at no one when it accused none. Only a side named after the warning at token
    ``i`` counts ("X mengancam akan membalas sanksi tersebut" keeps its target)."""
    out: list[tuple[_Actor, _Actor]] = []
    for source, target in pairs:
        if target.first <= i or not clause.acts_in_warning(target):
            out.append((source, target))
            continue
        out.extend((source, t) for t in accused.get(source.name, []) if t.name != source.name)
    return out


#: Classes whose target is asked or met: a dispute's forum is neither.
_ASKED_OR_MET = frozenset({"appeal", "demand", "consult"})
#: Nouns of a dispute brought before a forum ("membawa **sengketa** dagang ke X").
_DISPUTES = frozenset("sengketa perselisihan".split())


def _dispute_forum(clause: _Clause, i: int, target: _Actor) -> bool:
    """Whether ``target`` is where a dispute named after the cue at token ``i`` is
    brought ("membawa sengketa tarif ke Badan X"): the body that
    hears it, not the side asked or met (the other party of the dispute is)."""
    if clause.word(target.first - 1) != "ke":
        return False
    return any(clause.word(j) in _DISPUTES for j in range(i + 1, target.first - 1))


#: Verbs of holding talks after "sepakat" ("sepakat **menggelar** perundingan").
_HOLDING = frozenset("menggelar mengadakan memulai melanjutkan melakukan".split())
#: Nouns of talks a sitting may hold ("putaran baru **perundingan**").
_TALKS = frozenset("perundingan pembicaraan dialog negosiasi pertemuan rapat konsultasi".split())


def _topic_of_reaction(clause: _Clause, i: int, n: int) -> bool:
    """Whether the act noun at ``i`` (``n`` words) opens its sentence, pointing back to
    nothing ("Kunjungan X ke Y", not "Kunjungan itu"), as the subject of a passive
    reaction a few words on ("… dikritik Z", "… dikecam Z")."""
    if i != 0 or clause.word(i + n) in _ANAPHOR:
        return False
    for k in range(i + n, min(i + n + 8, len(clause.toks))):
        cue = LEXICON.get(clause.word(k))
        if cue is not None and cue.voice == "passive" and cue.action in _REACTIONS:
            return True
    return False


def _act_agreed(clause: _Clause, i: int) -> bool:
    """Whether the cue at ``i`` is "sepakat" agreeing to hold or start a joint work
    ("sepakat memulai survei bersama pada Agustus"): cooperation to come, whose month
    without a year lies ahead (see :func:`.dates._month_ahead`)."""
    if clause.word(i) != "sepakat":
        return False
    return any(clause.word(k) in _HOLDING for k in range(i + 1, i + 3))


#: Lower-case nouns of a body described by what it belongs to ("**badan** nuklir PBB
#: tersebut", "**lembaga** keuangan Bank Dunia itu").
_DESCRIBED_BODIES = frozenset("badan lembaga organisasi agensi".split())


def _parent_in_description(clause: _Clause, actor: _Actor) -> bool:
    """Whether ``actor`` is only the parent named in a description of another body
    pointed back to ("badan pangan PBB tersebut": an agency of the UN told before,
    not the UN): a body noun up to two words before it, a demonstrative after it."""
    if clause.word(actor.last + 1) not in _ANAPHOR:
        return False
    return any(
        clause.word(k) in _DESCRIBED_BODIES and not clause.toks[k].capital
        for k in range(max(actor.first - 3, 0), actor.first)
    )


#: Nouns of a place of passage named right before its name ("perlintasan <nama>",
#: "pelabuhan <nama>"): closing one names the place, not a side.
_PASSAGES = frozenset("perlintasan pelabuhan bandara bandar terminal jembatan gerbang".split())


def _passage_named(clause: _Clause, actor: _Actor) -> bool:
    """Whether ``actor`` is the name of a crossing, a port or an airport ("menutup
    perlintasan **<nama>**"): the place closed; the side it is closed to, when told,
    comes after "dengan" or "bagi"."""
    return actor.first > 0 and clause.word(actor.first - 1) in _PASSAGES


#: Nouns of aid given ("**bantuan** pangan Jepang", "**hibah** Korea").
_AID_NOUNS = frozenset("bantuan hibah donasi sumbangan".split())
#: Prepositions before the recipient of aid ("… Jepang **ke** Sudan").
_AID_RECIPIENT = frozenset("ke kepada untuk bagi".split())


def _aid_owner(clause: _Clause, actor: _Actor) -> bool:
    """Whether ``actor`` is named right after an aid noun and its kind, with a recipient
    after it ("mengirim bantuan pangan **Jepang** ke Sudan"): the state whose
    aid it is, not the one it goes to."""
    if clause.word(actor.last + 1) not in _AID_RECIPIENT:
        return False
    k = actor.first - 1
    if not clause.toks[k].capital and clause.word(k) not in _AID_NOUNS:
        k -= 1  # the aid's kind ("kemanusiaan", "pangan")
    return k >= 0 and clause.word(k) in _AID_NOUNS


#: Verbs of deploying: their object is what is sent out ("mengerahkan kapal …"), unlike
#: a verb of shadowing or blocking, whose object is the side faced ("membayangi kapal X").
_DEPLOYING = frozenset("mengerahkan menempatkan mengirim mengirimkan".split())
#: How many words (the kind of vessel or unit) may stand between a deploying verb and
#: the name of what it deploys ("mengerahkan **kapal perusak** <nama>").
_DEPLOYED_REACH = 3


def _deployed(clause: _Clause, after: int, actor: _Actor) -> bool:
    """Whether ``actor`` is the object of a deploying verb ending before token ``after``
    (within :data:`_DEPLOYED_REACH` words, no preposition between): the vessel or unit
    deployed, named, not the side the show of force is aimed at."""
    named = clause.actor_at.get(actor.first)
    if named is None or named.start != actor.start or actor.first < after:
        return False  # a target the text told before ("merespons dengan mengerahkan …")
    gap = range(after, actor.first)
    return len(gap) <= _DEPLOYED_REACH and not any(clause.word(k) in _OBLIQUE for k in gap)


def _under_agreement(clause: _Clause, i: int) -> bool:
    """Whether the cue at ``i`` is "sepakat" or the work it agrees to ("sepakat
    menggelar latihan bersama …": the exercise is what is agreed)."""
    return _act_agreed(clause, i) or any(
        clause.word(k) == "sepakat" for k in range(max(i - 4, 0), i)
    )


#: The verbs of talking a side is invited to ("mengajak X **berunding**").
_TALK_VERBS = frozenset("membahas berunding berdialog berdiskusi bernegosiasi".split())


def _invited_to_talk(clause: _Clause, i: int, pairs: list[tuple[_Actor, _Actor]]) -> bool:
    """Whether the urging verb at ``i`` invites its object to talks ("mengajak X
    (untuk) membahas …"): an invitation, an intent to meet, not a demand on X."""
    if clause.word(i) not in _INVITING:
        return False
    for _, target in pairs:
        k = target.last + 1 + (clause.word(target.last + 1) == "untuk")
        if clause.word(k) in _TALK_VERBS:
            return True
    return False


def _talks_agreed(clause: _Clause, i: int) -> bool:
    """Whether the cue at ``i`` is "sepakat" agreeing to hold talks ("sepakat (tetap)
    menggelar putaran baru perundingan"): a meeting to come, not a cooperation."""
    if clause.word(i) != "sepakat":
        return False
    verb = next((k for k in range(i + 1, i + 4) if clause.word(k) in _HOLDING), None)
    return verb is not None and any(clause.word(k) in _TALKS for k in range(verb + 1, verb + 5))
