"""Thresholds in one table, each with its calibration note.

Every hand-set number that decides what warta finds (a similarity bar, a minimum length,
a ratio) is a :class:`Threshold` here: its value, the module that reads it and how the
value was chosen, with the measured effect where there is one. The modules bind their
constants from this table (``NEAR_JACCARD = settings.value("dedup.near_jaccard")``), so
the table is the one place to read or change them. Figures quoted as "development set"
come from the five seed articles the code was written against; a note never rests on
them alone (``tests/test_settings.py``).

>>> value("dedup.near_jaccard")
0.7
>>> THRESHOLDS["quotes.min_continuation_words"].module
'warta.nlp.quotes.extract'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

__all__ = ["THRESHOLDS", "Threshold", "integer", "value"]


@dataclass(frozen=True, slots=True)
class Threshold:
    """A named threshold, the module that reads it, and how its value was chosen."""

    name: str
    value: float
    module: str
    calibration: str


_TABLE = (
    # --- quotes -------------------------------------------------------------------------
    Threshold(
        "quotes.min_continuation_words",
        4,
        "warta.nlp.quotes.extract",
        "An unattributed quote opening a sentence continues the last speaker when it has "
        "at least this many words (or is a whole sentence); shorter quoted bits are terms "
        "or titles. Measured by bench/bench_quote_thresholds.py on data the rule was not "
        "written against. PFSA-ID dev (1,273 gold statements): recall 0.8759 for every "
        "value 1-8, direct precision 0.8447 at 3-8, 0.8441 at 1-2 (a quoted term more). "
        "PFSA-ID + IndoSum, against 4: 3 adds 3 quotes (a book title, a fragment, one "
        "real statement), 5 drops 3 real four-word statements, 8 drops 13. Kept at 4.",
    ),
    Threshold(
        "quotes.min_parenthetical_head",
        6,
        "warta.nlp.quotes.extract",
        "A clause shorter than this many words before ', kata X, ...' starts the report "
        "rather than holding all of it, so the whole sentence is the quote. Chosen by "
        "reading IndoSum sentences with a mid-sentence cue; not re-measured on a gold.",
    ),
    Threshold(
        "quotes.min_indirect_words",
        3,
        "warta.nlp.quotes.extract",
        "Minimum words of reported content for an indirect quote: below three the "
        "'content' is a fragment ('tidak', 'ya benar') or a cue misread in narration. "
        "A principled floor, not tuned and not measured on a gold (PFSA-ID marks direct "
        "statements only).",
    ),
    Threshold(
        "quotes.collapse_overlap",
        0.8,
        "warta.nlp.quotes.collapse",
        "Share of the shorter quote's 3-word shingles found in the longer one for two "
        "reports of a quote to be one: syndicated copies trim or re-punctuate a quote but "
        "rarely reword it. Checked on hand-made pairs in tests/nlp/test_quotes.py; not "
        "tuned on a gold.",
    ),
    Threshold(
        "entities.short_form_dominance",
        3,
        "warta.nlp.entities.names",
        "A one-word name fitting several full names goes to the most frequent when it is "
        "at least this many times as frequent as the runner-up, else stays unresolved. "
        "bench/bench_quote_thresholds.py --part dominance, NER person mentions, "
        "reference = the full name written most recently before the short form (a proxy, "
        "so these are agreement counts): PFSA-ID 106 cases, right/wrong/unresolved "
        "55/18/33 at 2, 47/12/47 at 3, 30/2/74 at 4; IndoSum 483 cases, 126/56/301 at 2, "
        "39/21/423 at 3, 16/11/456 at 4. No value is clearly better on both; 3 is kept as "
        "the cautious one (a wrong merge of two people costs more than an unresolved "
        "short form).",
    ),
    # --- timeline -----------------------------------------------------------------------
    Threshold(
        "timeline.jaccard_min",
        0.09,
        "warta.analyze.timeline",
        "Stemmed-word Jaccard two date-compatible events sharing one or two participant "
        "words need to merge; they must also share a word that is neither a participant "
        "name nor a date word. Chosen on the development set (the seeds' reports of one "
        "meeting score 0.10-0.31 against each other). The Jaccard alone does not "
        "separate happenings: on 22 hand-written reports of 14 happenings "
        "(tests/analyze/test_timeline.py) every same-happening pair passes 0.09 (lowest "
        "0.105) but 15 of 21 distractor pairs pass too (up to 0.25), because date words "
        "and names count in it. The shared-word rule removes every distractor merge there "
        "(16 entries for 14 happenings: two happenings whose reports share only names "
        "are listed twice; before it, 4 distractors merged into other happenings).",
    ),
    Threshold(
        "timeline.shared_names",
        3,
        "warta.analyze.timeline",
        "Two date-compatible events that share this many participant words merge whatever "
        "their wording: three shared names (two people and a place, or three people) "
        "rarely co-occur by chance on one date, while two do (a head of state and his "
        "country). Checked on hand-made events in tests/analyze/test_timeline.py.",
    ),
    # --- summaries ----------------------------------------------------------------------
    Threshold(
        "summary.min_words",
        5,
        "warta.analyze.summarize",
        "A summary sentence has at least this many words and ends in '.' or '!': keeps "
        "out headlines, page dates, menus and photo credits of page dumps. A principled "
        "floor, not tuned on ROUGE: IndoSum articles are clean text, where the statement "
        "filter moves held-out ROUGE-1 by less than 0.001 (models/summary/README.md).",
    ),
    Threshold(
        "summary.mmr_lambda",
        0.7,
        "warta.analyze.summarize",
        "MMR trade-off between relevance and novelty for story summaries. Not tuned: "
        "there is no multi-document gold; 0.7 sits in the 0.5-0.8 range usual for MMR "
        "and leans to relevance because the duplicate bar below already removes "
        "repeats. Checked on hand-made two-wire stories in tests/analyze/test_summarize.py "
        "(the shared lead appears once, both distinct facts survive).",
    ),
    Threshold(
        "summary.mmr_duplicate",
        0.8,
        "warta.analyze.summarize",
        "A sentence with TF-IDF cosine at least this to a picked one is a repeat, whatever "
        "its score: a sentence copied from another wire scores 1.0, a lightly edited copy "
        "above 0.8. Checked on hand-made two-wire stories in tests/analyze/test_summarize.py.",
    ),
    # --- duplicates ---------------------------------------------------------------------
    Threshold(
        "dedup.near_jaccard",
        0.7,
        "warta.dedup",
        "Near duplicates: Jaccard of word 3-shingles at least this. Light edits (a "
        "changed headline, a sentence added, quote styles) keep pairs above 0.8; two "
        "reports of one event by different outlets stay below 0.2 on IndoSum.",
    ),
    Threshold(
        "dedup.containment",
        0.8,
        "warta.dedup",
        "Partial copies: at least this share of the smaller text's 3-shingles inside the "
        "larger one. Same-event reports on IndoSum stay below 0.3; the development set's "
        "truncated copy is 0.93 inside its original.",
    ),
    # --- stories ------------------------------------------------------------------------
    Threshold(
        "stories.link_cosine",
        0.45,
        "warta.analyze.stories",
        "Text-only link bar (TF-IDF cosine), calibrated on IndoSum (bench/bench_stories.py "
        "--bands): 0.40-0.45 about a third of pairs are one event, 0.45-0.50 about half; "
        "at 0.45, 98 of 2,809 articles fall in 46 multi-article stories, at 0.30 chaining "
        "builds stories of 32 articles. See warta.analyze.stories for the reading.",
    ),
    Threshold(
        "stories.entity_link_cosine",
        0.35,
        "warta.analyze.stories",
        "Link bar when two units share stories.min_shared_entities named entities: where "
        "about a third of IndoSum pairs read as one event (bench/bench_stories.py --bands, "
        "0.30-0.40 band). The entity condition itself is checked only on hand-made tests "
        "(IndoSum has no entity annotations).",
    ),
    Threshold(
        "stories.min_shared_entities",
        2,
        "warta.analyze.stories",
        "Named entities two units must share for the lower link bar: one shared name (a "
        "country, a president) is common to unrelated stories. Checked on hand-made "
        "tests in tests/analyze/test_stories.py; no entity gold to tune it on.",
    ),
    Threshold(
        "stories.max_gap_days",
        7,
        "warta.analyze.stories",
        "Units whose dates are more than this many days apart never link: a summit's "
        "run-up and outcome stay together, the same pair of leaders a month later is a "
        "new event. A principled choice (news coverage of one event runs for days); "
        "IndoSum has no dates to tune it on.",
    ),
    Threshold(
        "stories.max_span_days",
        31,
        "warta.analyze.stories",
        "The dated articles of one story lie at most this many days apart: an event's "
        "coverage (run-up, the day, aftermath) fits in a month; before this bound, "
        "undated bridges and weekly links chained one topic into a 2019-2025 'story'. "
        "Checked on the synthetic multi-year corpus (tests/analyze/test_story_corpus.py, "
        "warta eval stories: widest story 4 days) and on IndoSum (widest 21 days).",
    ),
    Threshold(
        "stories.average_link_cosine",
        0.30,
        "warta.analyze.stories",
        "Two clusters (one of them of two or more units) merge when the average cosine of all"
        " their cross pairs (TF-IDF re-weighted within their link component) reaches this "
        "(and one cross pair passes the pair test). bench/bench_story_spans.py on the IndoSum"
        " build (entities, 257 dated articles) and the synthetic multi-year corpus: at 0.25 "
        "the largest IndoSum story has 10 articles and one synthetic story mixes two events "
        "(precision 0.889); at 0.30 largest 8, no mixing (precision and recall 1.0); 0.35 "
        "largest 5, 0.45 largest 3 (fewer multi-article stories). 0.30 is the lowest bar that"
        " mixes no events. Single link before: largest 22, a 332-day span.",
    ),
    Threshold(
        "stories.near_days",
        1,
        "warta.analyze.stories",
        "Two units dated to the day at most this many days apart are 'near': the lower "
        "stories.near_link_cosine and stories.near_average_cosine apply. Reports of one "
        "event in other words cluster within a day of it (the blind story set, "
        "tests/analyze/stories_blind.json: 54 of its 65 same-event pairs lie 0-1 days "
        "apart); distinct events of one topic on the same day share little text.",
    ),
    Threshold(
        "stories.near_link_cosine",
        0.25,
        "warta.analyze.stories",
        "Link bar for near units (stories.near_days) whose representatives' leads do not "
        "name two provinces apart (story_clusters._apart_places). Invented same-day reports"
        " of distinct events of one kind (three Liga 1 matches of one matchday, two KPK "
        "cases, floods in two cities: tests/analyze/test_stories.py) score 0.05-0.17."
        " At 0.30 the first blind set's pair recall rose 0.20 -> 0.45 (TF-IDF). Ten blind "
        "sets, with the place condition (brief FST4): the highest cross-event near pair no "
        "other rule tells apart scores 0.24 (a senior and a U-20 match; two rescues 0.23), "
        "34 same-event near pairs lie in 0.25-0.30; 0.30 -> 0.25 lifts pair recall (TF-IDF)"
        " blind 0.631 -> 0.677, blind3 0.522 -> 0.652, blind5 0.667 -> 0.692, blind6 0.833 "
        "-> 0.889, blind7 0.667 -> 0.718, blind8 0.615 -> 0.641, blind9 0.639 -> 0.694, "
        "blind10 0.385 -> 0.641 with no story mixing events; every bar from 0.15 to 0.22 "
        "gives the same figures (blind 0.723, blind10 0.667), none mixing events, but links"
        " those cross pairs: 0.25 links none of them. Without the place condition 0.25 "
        "mixes blind8's two eruptions (two provinces, one day).",
    ),
    Threshold(
        "stories.near_average_cosine",
        0.15,
        "warta.analyze.stories",
        "Average bar for merging clusters whose units are all near (dated to the day, "
        "spanning at most stories.near_days): under the component IDF a day's reports "
        "in other words average 0.15-0.30. The blind story set: 0.20 -> pair recall "
        "0.35, 0.15 -> 0.45, 0.10 -> 0.52 (TF-IDF), no event mixed at any; 0.15 keeps a "
        "margin. The general stories.average_link_cosine still rules clusters with "
        "undated units or a wider span (the synthetic corpus mixes events below 0.30).",
    ),
    Threshold(
        "stories.near_single_cosine",
        0.07,
        "warta.analyze.stories",
        "Average bar for a lone unit dated to the day joining a cluster it has a candidate "
        "link to, the two spanning at most stories.near_days (a match's reaction piece, a "
        "statement the next day). On the four blind story sets (TF-IDF) pair recall rose "
        "0.446/0.529/0.304/0.438 -> 0.585/0.657/0.522/0.667 with no new mixed story; the "
        "figures are the same for every bar from 0.04 to 0.10 (0.12: blind4 0.604, 0.15: "
        "0.508/0.600/0.435/0.562) and no bar down to 0.04 mixes events: the candidate link "
        "it needs is the guard (same-day pairs of distinct events rarely pass the pair "
        "test). The synthetic multi-year corpus unchanged (precision and recall 1.0). "
        "0.10 -> 0.07 (sixteen blind sets): a same-day report from another angle (traffic "
        "cut by a flood, joining the flood's story at 0.094) sat just under 0.10; every bar "
        "from 0.04 to 0.09 gives the same figures on all sixteen sets, none mixing events "
        "(blind16 pair recall 0.7083 -> 0.7708, TF-IDF and e5; no other figure moved); "
        "0.07 sits in the middle of that plateau. Also the bar of a lone undated unit "
        "whose lead names a regency or city every placed lead of the cluster names "
        "(story_clusters._shares_town, brief FST11: a survivor's undated feature naming "
        "the crash's town); no bar was tuned for it.",
    ),
    Threshold(
        "stories.undated_single_cosine",
        0.13,
        "warta.analyze.stories",
        "Average bar for a lone undated unit (a profile, an undated feature) joining a "
        "cluster it has a candidate link to: higher than stories.near_single_cosine since "
        "no date window bounds it. Blind story sets: only blind4 moves, 0.667 (the near "
        "rule alone; 0.30 the same) -> 0.729 at 0.25 and 0.20, 0.812 at 0.15 and 0.10, "
        "none mixing events. Seven sets (TF-IDF, with the match-result rule): 0.20 -> "
        "0.15 lifts blind4 0.729 -> 0.812 and blind7 0.564 -> 0.667 (0.175: 0.771 / "
        "0.615), and every bar from 0.15 down to 0.0 gives the same figures with no story "
        "mixing events (the candidate link it needs is the guard); the lone undated joins "
        "made with the bar at 0 average 0.162-0.279, all of one event. 0.12 sits below the "
        "lowest with a margin. IndoSum text-only (all undated, bench/bench_stories.py): 100 "
        "articles in multi-article stories at 0.20, 0.15 and 0.10, largest 3; the "
        "synthetic corpus unchanged (P = R = 1.0). 0.12 -> 0.13 with the merge order of "
        "one day's reports first (story_clusters._near_clusters; an undated lone unit "
        "tried by its closest dated member, _order_score): lone undated pieces now meet "
        "the whole day's story, and the one cross-event join left (blind3 e5, a reaction "
        "to a regulation joining the protest that asked for it) averages 0.125; 0.13 and "
        "0.14 give no story mixing events on the thirteen sets, 0.14 loses a blind4 pair, "
        "0.15 three sets' pairs.",
    ),
    Threshold(
        "stories.later_single_cosine",
        0.15,
        "warta.analyze.stories",
        "Average bar for a lone unit dated to the day, more than stories.near_days from a "
        "cluster it has a candidate link to (so within stories.max_gap_days of it), whose "
        "lead tells of days after the cluster's (story_clusters._tells_later_day): a "
        "follow-up, the find on a search's fourth day, a suspect named days after the "
        "crash. Before, such a piece joined only at stories.average_link_cosine (0.30), or "
        "on its pair link while both sides were single, which the merge order of one day's"
        " reports first (story_clusters._near_clusters) no longer lets happen. Thirteen "
        "blind sets (warta eval stories): 0.135 to 0.15 give the same figures with no story"
        " mixing events, 0.12 and below mix two events of blind5 (e5); 0.20 loses pairs of "
        "blind3, blind10 and blind13, 0.25 more of blind10. Without the condition on the "
        "lead's days, round-ups written days later joined event stories (widest blind10 "
        "story 7 days). blind14, which these bars never saw: 0.135 would join two more of "
        "its pairs (0.12 still mixes blind5); left at 0.15, not tuned on the unseen set.",
    ),
    Threshold(
        "stories.scene_link_cosine",
        0.10,
        "warta.analyze.stories",
        "TF-IDF link bar for two units whose representatives' leads tell one scene, one kind"
        " of happening at one named site (a market, a hamlet, a bridge, a station: "
        "story_scenes.lead_scenes), dated to the day at most stories.scene_days apart (or "
        "one undated, a town-like link dropped when it would join two groups), no provinces"
        " or districts apart (story_clusters._one_scene); groups whose every lead tells the "
        "scene within stories.scene_days merge at stories.near_single_cosine "
        "(_one_scene_throughout). Over the 36 blind story sets, pairs of articles sharing a "
        "scene dated within two days: 149 of one event, none of two; three days apart: 2 "
        "and 1 (a port's gangway collapse and a smuggling case there); weeks apart, 84 of "
        "two events (a market's fire and its suspect named a month later): the day bound, "
        "not this bar, keeps those apart. Same-event scene pairs the stories missed score "
        "0.12-0.30; the bar sits under them.",
    ),
    Threshold(
        "stories.scene_days",
        2,
        "warta.analyze.stories",
        "Days two units telling one scene may lie apart to link at "
        "stories.scene_link_cosine (see there): a happening's coverage at its site runs "
        "over its night, the morning after and the next day (the blaze, the losses, the "
        "stalls set up elsewhere); at three days the blind sets hold a cross-event pair.",
    ),
    Threshold(
        "stories.undated_link_cosine",
        0.36,
        "warta.analyze.stories",
        "TF-IDF link bar between an undated unit and a dated one (an event's undated "
        "feature, reaction or next-day piece and its dated reports; two undated units keep "
        "the general bars). The link is a candidate only: the lone undated unit still "
        "joins at stories.undated_single_cosine under every guard. Twelve blind sets "
        "(warta eval stories, TF-IDF and e5): 0.33 to 0.36 give the best figures with no "
        "new story mixing events (at 0.36: blind8 0.641/0.8205 -> 0.8974/0.8974, blind9 "
        "0.6944/0.75 -> 0.8055/0.8611, blind12 0.5128/0.4871 -> 0.6153/0.5897, blind4, "
        "blind5, blind6, blind10, blind3 TF-IDF and the first set up, none down); 0.38 to "
        "0.42 mix none either but gain less (the first set loses a pair, 0.6769 -> "
        "0.6615); 0.30 mixes two events of the third set (a protest and the regulation's "
        "reception in one city), and letting two undated units link too mixes blind10 "
        "at 0.40. 0.36 sits 0.06 above the first mixing bar. IndoSum text-only (all "
        "undated; bench/bench_stories.py: 41 multi-article stories holding 87 articles, "
        "largest 3) and the synthetic corpus: unchanged. Cross-event pairs of this shape "
        "score up to 0.54, above the general bar too: "
        "the merge averages, not this bar, keep events apart.",
    ),
    Threshold(
        "stories.same_town_link_cosine",
        0.20,
        "warta.analyze.stories",
        "Link bar for near units (stories.near_days) whose representatives' leads name a "
        "regency or city in common, the capital left out, and no provinces apart "
        "(story_clusters._same_town): one happening in one town told by several desks on "
        "its day. Thirteen blind sets (warta eval stories): every bar from 0.15 to 0.20 "
        "gives the same figures, blind11 TF-IDF pair recall 0.6944 -> 0.75 and no other "
        "figure moved, no story mixing events (a market fire and a rally in one city on one"
        " day, blind2, stay apart). The merge averages still decide. Also the bar of an "
        "undated unit and a dated one whose leads name one town (story_clusters."
        "_town_anchored: a survivor's undated feature anchored by its town as a report by "
        "its day), the link dropped when it would join two groups of the other links "
        "(_town_links_kept: a piece naming two towns, or its own event's group and "
        "another's); no bar was tuned for it.",
    ),
    Threshold(
        "stories.e5_link_cosine",
        0.90,
        "warta.analyze.stories",
        "With embeddings, a pair links at this e5 cosine (and stories.e5_tfidf_floor). "
        "Halves of 200 IndoSum articles: e5 >= 0.90 with TF-IDF >= 0.20 re-links 30.5% "
        "of halves with 1 link among 79,600 pairs of distinct articles; e5 >= 0.88 alone "
        "links 22 distinct pairs.",
    ),
    Threshold(
        "stories.e5_tfidf_floor",
        0.20,
        "warta.analyze.stories",
        "TF-IDF cosine an e5 link also needs; see stories.e5_link_cosine for the IndoSum "
        "halves measurement.",
    ),
)

#: Every threshold by name (read-only).
THRESHOLDS: Mapping[str, Threshold] = MappingProxyType({t.name: t for t in _TABLE})


def value(name: str) -> float:
    """The value of threshold ``name``; ``KeyError`` names the unknown threshold."""
    return THRESHOLDS[name].value


def integer(name: str) -> int:
    """The value of a whole-number threshold ``name`` (a count, a length)."""
    v = THRESHOLDS[name].value
    if v != int(v):
        raise TypeError(f"threshold {name} is {v}, not a whole number")
    return int(v)
