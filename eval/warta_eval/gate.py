"""The evaluation gate behind ``warta eval``: run the suites, verify the pins, check floors.

A *suite* scores one part of warta against gold files and returns its *figures*,
``{name: {"score": number, ...details}}``. Each suite has a floors file,
``eval/floors/<suite>.json``::

    {
      "about":   "what is measured, on what, when; free text",
      "gold":    {"gold/seeds.json": "<sha256>", ...},
      "ungated": {"tokens_per_s": "why this printed figure has no floor"},
      "recall": 1.0,
      "max_person_splits": 0
    }

Every other key is a bound on the figure it names: ``<figure>`` is a floor (the score
must be at least that), ``max_<figure>`` an upper bound. Nested objects are flattened
with dots (``{"nerp": {"overall.f1": 0.78}}`` is the floor of ``nerp.overall.f1``). The
gate fails (never skips) when:

* a suite has no floors file, or a floors file has no suite (``all`` only);
* a pinned file (paths relative to ``--shared``) is missing or its SHA-256 differs, or
  the suite reads a file that is not pinned;
* a bound names a figure the suite did not produce, is not a number, or is not met;
* the suite printed a figure that has no bound and is not listed under ``ungated``;
* the suite cannot run (a model file or the data missing: a :class:`WartaError`).

Floors equal the figures claimed (the measured figure rounded *down* to the four
decimals printed) and only go up; a figure above its floor is reported as a note so
the floor can be raised. ``python -m warta_eval.gate repin [suite ...]`` rewrites the
pins after a deliberate change to a gold file; ``python -m warta_eval.gate measure
[suite ...]`` sets each bound to its figure (raising only, unless ``--lower``).
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.errors import WartaError
from warta_eval.figures import down4

__all__ = [
    "RESERVED",
    "SUITES",
    "Context",
    "GateReport",
    "Suite",
    "check_floors",
    "flatten_bounds",
    "load_floors",
    "repin",
    "run_gate",
    "set_floors",
    "sha256",
    "story_part",
    "story_part_names",
    "story_part_of",
    "verify_pins",
]

#: Keys of a floors file that are not bounds.
RESERVED = ("about", "gold", "ungated")


@dataclass(frozen=True, slots=True)
class Context:
    """Where a suite finds its inputs: ``shared`` (seeds/, gold/, data/) and ``eval_dir``."""

    shared: Path
    eval_dir: Path

    @property
    def repo(self) -> Path:
        """The source checkout holding ``eval_dir`` (for ``tests/vectors``)."""
        return self.eval_dir.resolve().parent


@dataclass(frozen=True, slots=True)
class Suite:
    """A scorer and the files (relative to ``--shared``) it reads, all of which are pinned."""

    run: Callable[[Context], dict[str, Any]]
    inputs: Callable[[Path], list[str]]
    about: str = ""


@dataclass(slots=True)
class GateReport:
    """Figures per suite, the failures (the gate passes when empty) and notes."""

    results: dict[str, dict[str, Any]] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    above_floor: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.failures


# -- the suites ---------------------------------------------------------------------------


def _seed_inputs(shared: Path) -> list[str]:
    seeds = sorted(p.relative_to(shared).as_posix() for p in (shared / "seeds").glob("*"))
    return ["gold/seeds.json", *seeds]


def _seeds(ctx: Context) -> dict[str, Any]:
    from warta_eval.seeds import evaluate_seeds

    return evaluate_seeds(ctx.shared / "seeds", ctx.shared / "gold" / "seeds.json")


def _time(ctx: Context) -> dict[str, Any]:
    from warta_eval.seeds import evaluate_seeds_time

    vectors = ctx.repo / "tests" / "vectors" / "timex.json"
    return evaluate_seeds_time(ctx.shared / "seeds", ctx.shared / "gold" / "seeds.json", vectors)


def _entities(ctx: Context) -> dict[str, Any]:
    from warta_eval.seeds import evaluate_seeds_entities

    return evaluate_seeds_entities(ctx.shared / "seeds", ctx.shared / "gold" / "seeds.json")


def _quotes(ctx: Context) -> dict[str, Any]:
    from warta_eval.seeds import evaluate_seeds_quotes

    return evaluate_seeds_quotes(ctx.shared / "seeds", ctx.shared / "gold" / "seeds.json")


def _stories(ctx: Context) -> dict[str, Any]:
    """The seeds' stories, sizes and spans on the synthetic corpus, and ``blind.*`` and
    ``blind2.*``: the story sets written blind (:mod:`warta_eval.story_blind`), built end
    to end. The figures of every part of :func:`story_part_names`, together."""
    figures: dict[str, Any] = {}
    for part in story_part_names():
        figures |= story_part(ctx, part)
    return figures


def story_part_names() -> list[str]:
    """The stories suite's independent parts: ``seeds`` (the seeds and the synthetic
    corpus) and one per blind set of :data:`BLIND_STORIES`. Each builds its own stores,
    so the tests run them apart (in parallel); ``warta eval stories`` runs them all."""
    return ["seeds", *BLIND_STORIES]


def story_part(ctx: Context, part: str) -> dict[str, Any]:
    """The figures of one part of the stories suite (a blind set's named ``<set>.…``)."""
    if part != "seeds":
        from warta_eval.story_blind import evaluate_story_set

        figures = evaluate_story_set(REPO / BLIND_STORIES[part])
        return {f"{part}.{k}": v for k, v in figures.items()}
    from warta_eval.seeds import evaluate_seeds_stories
    from warta_eval.story_spans import evaluate_story_spans

    figures = evaluate_seeds_stories(
        ctx.shared / "seeds", ctx.shared / "gold" / "seeds.json", require_embeddings=True
    )
    return figures | evaluate_story_spans()  # sizes and spans on the synthetic corpus


def story_part_of(figure: str) -> str:
    """The part of the stories suite a figure (or its ``max_`` bound) belongs to.

    >>> story_part_of("max_blind3.largest_story_e5"), story_part_of("synthetic_pair_recall")
    ('blind3', 'seeds')
    """
    head = figure.removeprefix("max_").split(".", 1)[0]
    return head if head in BLIND_STORIES and "." in figure else "seeds"


#: The story sets written blind (articles labelled by event), in the repository.
BLIND_STORIES = {
    "blind": Path("tests") / "analyze" / "stories_blind.json",
    # Written after the near-day bars (2026-12-05), scored as it came with them.
    "blind2": Path("tests") / "analyze" / "stories_blind2.json",
    # Written the session after (2026-12-05, evening): rescues, crashes and fires that
    # share places and officials days apart; scored as it came.
    "blind3": Path("tests") / "analyze" / "stories_blind3.json",
    # 2026-12-05, night: same opponent on consecutive days, a listing and its suspension,
    # one ministry at three events, two men of one name; scored as it came.
    "blind4": Path("tests") / "analyze" / "stories_blind4.json",
    # The same night, after the lone-article bars: one volcano's two hazards 16 days apart,
    # two rulings of one court session, a postponed match and its replay; scored as it came.
    "blind5": Path("tests") / "analyze" / "stories_blind5.json",
    # 2026-12-05, late: one flight group's departure and return, two faults on one rail
    # network in a week, three labour events in a week, an outage and a data-leak claim.
    "blind6": Path("tests") / "analyze" / "stories_blind6.json",
    # The same night, later: a semifinal and a final on consecutive days, two results of
    # one selection cycle, an attack and a capture 16 days apart, two storms in a week.
    "blind7": Path("tests") / "analyze" / "stories_blind7.json",
    # Later still, after the blind7 rules (which it never reached): a jailbreak and the last
    # recapture three weeks later, two eruptions on one day, a protest and the bill's
    # passage, a win abroad and the homecoming, a traffic rule and its first day.
    "blind8": Path("tests") / "analyze" / "stories_blind8.json",
    # The next session: a tsunami drill and a real quake six days later on the same
    # roads, a heavy defeat and the coach's sacking two days later, voting day and the
    # official tally, one festival's finals a year apart, a landslide and its anniversary.
    "blind9": Path("tests") / "analyze" / "stories_blind9.json",
    # The same session, while the blind9 rules were written (which it never reached): one
    # Ramadan's two sittings and an eclipse, a boat lost and its crew found abroad 12 days
    # later, an elephant herd across regencies, two robberies and the arrest linking them.
    "blind10": Path("tests") / "analyze" / "stories_blind10.json",
    # The session after (2026-12-06), before its story rules: one singer in two unrelated
    # police matters in a week, a tidal-flood warning and the flood ten days later, a
    # province-wide blackout and a city's nine days later, two golds on one day, one
    # festival in two cities on one day.
    "blind11": Path("tests") / "analyze" / "stories_blind11.json",
    # The session after (2026-12-06, third session), before its story rules: two fires in
    # one city in one week, one governor at three events in six days, school-meal
    # poisonings in two regencies two days apart, two strikes in one city in one week,
    # two matches of one league weekend.
    "blind12": Path("tests") / "analyze" / "stories_blind12.json",
    # The same session, written while its story rules were, which it never reached: two
    # landslides in one province a month apart, one ministry's two announcements three
    # days apart, a sentence demand and the verdict two weeks later, two transfers on
    # consecutive days, one company's price rise and its depot fire five days apart.
    "blind13": Path("tests") / "analyze" / "stories_blind13.json",
    # The session after (2026-12-06, fourth), before its story rules: two floods on one
    # coastal highway three days apart, two crashes on one road four days apart, one pair's
    # title and withdrawal three days later, a market fire and the suspect named a month on.
    "blind14": Path("tests") / "analyze" / "stories_blind14.json",
    # The session after (2026-12-06, fifth session), before its story rules: a fire and a
    # baby's kidnapping at one hospital two days apart, a drivers' protest and a students'
    # brawl on one street, a runway excursion and a drug seizure at one airport, a ferry
    # fire and its investigators' finding a month later.
    "blind15": Path("tests") / "analyze" / "stories_blind15.json",
    # The same session, written while the blind15 rules were (which it never read): a
    # levee's flood and a fallen tree in one city two days apart with one official quoted,
    # a barge hitting a bridge and a pit collapse three days apart with one company, a bus
    # crash and its operator named a suspect a month later.
    "blind16": Path("tests") / "analyze" / "stories_blind16.json",
    # The session after (before any of its story rules): a market fire and a gas explosion
    # in one city two days apart with one fire chief, a plantation's peat fire and its
    # workers' strike three days apart, a landslide and its village declared a red zone
    # three weeks later.
    "blind17": Path("tests") / "analyze" / "stories_blind17.json",
    # The same session, written while the blind17 rules were (which it never read): a
    # neighbourhood fire and a warehouse fire in one city three days apart with one fire
    # chief, a plant's layoffs and a flood in its town, a start-up's funding and its data
    # leak, a boat fire and its investigators' finding five weeks later.
    "blind18": Path("tests") / "analyze" / "stories_blind18.json",
    # The seventh session of 2026-12-06, written before any of its rules: a bus into a ravine
    # and its suspects named five weeks later (a separate event), a ship fire and a drug
    # seizure at one port two days apart with one terminal manager, two school-meal
    # poisonings two days apart with the same national officials, a mine pit's drowned
    # children and the same company's strike.
    "blind19": Path("tests") / "analyze" / "stories_blind19.json",
    # The same session, written while the blind19 rules were (which it never read): one
    # police chief's gang arrest and drug raid two days apart, a smelter blast and the same
    # company's fishermen blockade, a port's holiday queues and a tanker crash a day apart,
    # a bus crash and its suspects a month later (a separate event).
    "blind20": Path("tests") / "analyze" / "stories_blind20.json",
    # The eighth session of 2026-12-06, written before any of its rules: a market fire and
    # its suspect named five weeks later (a separate event), an airport's runway excursion
    # and its haze two days apart, two school-meal poisonings in one city three days
    # apart, a commuter line's power failure and a level-crossing crash two days later.
    "blind21": Path("tests") / "analyze" / "stories_blind21.json",
    # The same session, written while the blind21 rules were (which it never read): an oil
    # spill and a fire in the same kampung two days apart, a student's initiation death and
    # a fee protest at one campus, an airport's ash cancellations and a drug seizure, a
    # boat sinking and its investigators' report six weeks later (a separate event).
    "blind22": Path("tests") / "analyze" / "stories_blind22.json",
    # The ninth session of 2026-12-06, written before any of its rules: a flash flood in
    # Bima told five ways, school-meal poisoning and a measles outbreak in one district
    # four days apart, a factory closure and a warehouse fire in one sub-district, a bus
    # crash and a landslide on one road, the flood's suspects nine weeks later (separate).
    "blind23": Path("tests") / "analyze" / "stories_blind23.json",
    # The same session, written while the blind23 rules were (which it never read): a
    # flash flood told five ways, a shipyard's wage protest and a tanker fire three days
    # apart, school-meal poisoning and a tornado in one kecamatan, an elephant raid and a
    # savanna fire in one park, the flood's logging suspects six weeks later (separate).
    "blind24": Path("tests") / "analyze" / "stories_blind24.json",
    # The tenth session (2026-12-07), written before any of its rules: a market fire in
    # Kendari told five ways, a gangway collapse and a drug seizure at one port two days
    # apart, a ride-hailing driver's killing and a drug raid in one Medan sub-district,
    # a lost hiker and a hypothermia death on one mountain route four days apart, the
    # fire's traders protesting kiosk prices six weeks later (separate).
    "blind25": Path("tests") / "analyze" / "stories_blind25.json",
    # The same session, written while the blind25 rules were (which it never read): a
    # speedboat sinking told five ways, an earthquake and a mine-pit collapse in one
    # sub-district two days apart, a council's budget vote and a prosecutors' search of
    # a public-works office, a runway slide and a road blockade at one airport, the boat
    # owner named a suspect five weeks later (separate).
    "blind26": Path("tests") / "analyze" / "stories_blind26.json",
    # The same session, written while the blind25 and blind26 rules were (which it never
    # read) and scored as it came, with no rule changed after: a market fire in Kupang
    # told five ways, an earthquake off Pacitan told four, a runway skid and a tourist
    # boat fire at one port two days apart, a smelter explosion and a road blockade over
    # the same company, a driver's killing and a youth brawl announced by one police
    # chief, the fire's temporary market five weeks later (separate).
    "blind27": Path("tests") / "analyze" / "stories_blind27.json",
    # The eleventh session (2026-12-07), written before any of its rules: a speedboat
    # capsizing in Selat Haruku told five ways (the search closed on day four kept with
    # it), a study-tour bus overturned on a toll road and a truck's brakes failing two
    # days apart under one traffic-police chief, a campus lab fire and a lecturers'
    # strike, two West Jakarta fires on one day under one fire chief, the boatman named
    # a suspect four weeks later (separate).
    "blind28": Path("tests") / "analyze" / "stories_blind28.json",
    # The eleventh session (2026-12-07), written while its first rules were made: a bus
    # crash on a mountain road told five ways, an eruption, a blackout and a tidal
    # flood; a train hitting a truck near the flood under one transport chief, a campus
    # protest and a lab fire, a graft sting and a prosecutors' search quoting one
    # regional secretary; an escape lane opened five weeks after the crash (separate);
    # two undated pieces.
    "blind29": Path("tests") / "analyze" / "stories_blind29.json",
    # The eleventh session (2026-12-07), written during its first round and scored with
    # no rule changed after: a landslide told five ways, a school-meal poisoning, an
    # eruption, an oil spill, a capsized boat and a tidal flood; the spill and the boat
    # in one bay under one fishermen's leader, the flood and a tanker truck overturned
    # on one road, the poisoning and a classroom roof collapse under one education head;
    # temporary housing six weeks after the landslide (separate); ten single pieces.
    "blind30": Path("tests") / "analyze" / "stories_blind30.json",
    # The twelfth session (2026-12-07), written before any of its rules: a gold-mine pit
    # collapse told five ways and its financier named a suspect five weeks later
    # (separate), two flash floods in one province three days apart, a warehouse fire
    # and students dragged by waves under one police chief, an offshore earthquake with
    # an undated feature, a train derailment, a verdict and its appeal, a fuel shortage,
    # a championship and a dengue surge.
    "blind31": Path("tests") / "analyze" / "stories_blind31.json",
    # The twelfth session's second round (2026-12-07), written while the first round's
    # rules were made and scored once with all of them: a ferry fire told five ways and
    # its captain named a suspect six weeks later (separate), two crocodile attacks in
    # one province four days apart under one conservation official, a gold-shop robbery
    # and bootleg-liquor deaths under one city police chief on overlapping days, a tour
    # bus in a ravine with an analysis and an undated feature, a factory closure, a
    # rabies death, a school-admission dispute, a championship and a billboard collapse.
    "blind32": Path("tests") / "analyze" / "stories_blind32.json",
    # Thirty-eight articles, twelve events by a thirty-third annotator (the thirteenth
    # session's first round): a bridge collapse and its suspects five weeks later, two
    # landslides three days apart under one provincial disaster head, a migrant-worker
    # interception and a driver's murder under one city police chief on overlapping
    # days, an eruption told from six angles (one undated), a protest, a school-meal
    # poisoning, a runner's death, a toll-road pile-up, a water outage.
    "blind33": Path("tests") / "analyze" / "stories_blind33.json",
    # Thirty-eight articles, twelve events by a thirty-fourth annotator (the thirteenth
    # session's second round, scored with the first round's story rule): a makeshift
    # stand's collapse at a village final and its suspects five weeks later, two
    # earthquakes four days apart in one province under one official, an online savings-
    # club fraud and a students' fatal brawl under one city police chief on overlapping
    # days, a small plane's crash told from six angles (one undated), fishermen without
    # diesel, a diphtheria outbreak, a school sealed in a land dispute, an abandoned
    # provincial final, a level-crossing crash.
    "blind34": Path("tests") / "analyze" / "stories_blind34.json",
    # Thirty-eight articles, twelve events by a thirty-fifth annotator (the thirteenth
    # session's third round, scored with every story rule of the session): a boarding-
    # school dormitory fire and the inquiry closed seven weeks later, two elephant
    # incidents three days apart in one province under one conservation head, a gold-
    # shop robbery and a pilgrimage-travel fraud under one city police chief on
    # overlapping days, a passenger ship's fire told from six angles (one undated), a
    # salt-price protest, a rabies death, school-admission address fraud, a coal truck's
    # crash, a village-fund verdict and its appeal.
    "blind35": Path("tests") / "analyze" / "stories_blind35.json",
    # Thirty-eight articles, twelve events by a thirty-sixth annotator (the fourteenth
    # session's first round, scored at the session's start): a hanging bridge's collapse
    # and the victims' lawsuit six weeks later, two tin-pit collapses four days apart in
    # one province under one police spokesman, a ride-hailing driver's killing and a
    # gambling raid under one city police chief on overlapping days, a landslide told
    # from six angles (one undated), a factory closure, school-meal poisoning, a
    # classroom roof's collapse, a runner's death at a half marathon, a market fire.
    "blind36": Path("tests") / "analyze" / "stories_blind36.json",
    # Thirty-eight articles, twelve events by a thirty-seventh annotator (the fourteenth
    # session's second round, scored with every rule of the first round): a home
    # firework workshop's explosion and its powder supplier's arrest seven weeks later,
    # two beach drownings four days apart in one regency under the same officials, a
    # drunk driver's fatal hit-and-run and a drug courier caught at the airport
    # presented by one police chief at one press conference, a flash flood told from six
    # angles (one undated), fishermen protesting a diesel shortage, a diphtheria
    # outbreak, school bullying on video, a train hitting a pickup, a long power cut.
    "blind37": Path("tests") / "analyze" / "stories_blind37.json",
    # Thirty-eight articles, twelve events by a thirty-eighth annotator (the fifteenth
    # session's first round): a bus plunging into a ravine and its company's director
    # named suspect five weeks later, two crocodile attacks on two rivers of one
    # province four days apart under the same official, a schoolboy killed by an arrow
    # in a neighbourhood clash and a diesel-hoarding raid presented by one police chief,
    # an earthquake told from six angles (one undated), a tomato price crash, a child's
    # rabies death, a school sealed by landowners' heirs, a referee beaten by players, a
    # small plane off a highland runway.
    "blind38": Path("tests") / "analyze" / "stories_blind38.json",
    # Thirty-nine articles, twelve events by a thirty-ninth annotator (the fifteenth
    # session's second round, scored with every rule of the first round): an ammonia
    # leak at an ice plant and residents blocking its reopening seven weeks later, two
    # elephant killings in one province four days apart under the same official, a pupil
    # killed by an arrow in a street brawl and an investment fraud presented by one
    # police chief at one press conference, an earthquake told from six angles (one
    # undated), rice prices, a dengue outbreak, a teacher reported to police, a ferry
    # aground, a child jockey's death.
    "blind39": Path("tests") / "analyze" / "stories_blind39.json",
    # Thirty-nine articles, twelve events by a fortieth annotator (the sixteenth
    # session's first round): a boiler explosion at a palm-oil mill and its managers
    # named suspects six weeks later, two boat accidents in one province three days
    # apart under the same rescue chief, food poisoning at a wedding and a child's
    # diphtheria death in one province on the same days with the same health chief, a
    # neighbourhood fire told from six angles (one undated), a central bank's rate cut
    # and its hold a month later, a village football stand collapse, a corruption
    # verdict and its appeal, a suspension bridge breaking under schoolchildren.
    "blind40": Path("tests") / "analyze" / "stories_blind40.json",
    # Thirty-nine articles, twelve events by a forty-first annotator (the sixteenth
    # session's second round, scored once with every rule of the first round): a
    # fireworks workshop explosion and its owner caught six weeks later, two boat
    # capsizes in one province four days apart under the same rescue chief, a robbery
    # killing and a cannabis seizure presented at one police press conference, a flash
    # flood told from six angles (an undated feature and an analysis without dateline),
    # festival food prices, a measles outbreak, a school roof collapse, a level-crossing
    # crash, a runner's death in a trail race.
    "blind41": Path("tests") / "analyze" / "stories_blind41.json",
    # Thirty-eight articles, twelve events by a forty-second annotator (the sixteenth
    # session's third round, scored once with every rule of the first two rounds): a
    # pit-wall collapse at an illegal gold mine and a joint raid there five weeks later,
    # two crocodile attacks in one province four days apart under one conservation
    # official, a pupil's death in orientation week and a vocational-school fire spoken
    # of by one education head on one day, a bus crash told from six angles (one
    # undated), a fuel-price cut, a child's rabies death and other everyday events.
    "blind42": Path("tests") / "analyze" / "stories_blind42.json",
    # Thirty-nine articles, twelve events by a forty-third annotator (the seventeenth
    # session's first round, scored once as it came): two fires in one city two days
    # apart under one fire chief, two cases presented at one police press conference, a
    # market fire's follow-up four weeks later, a liquor poisoning told in three
    # vocabularies, a migrant-boat capsizing from four angles, an agency report and a
    # regional site's near-copy of it, an undated explainer tied to a landslide.
    "blind43": Path("tests") / "analyze" / "stories_blind43.json",
}


def _stories_inputs(shared: Path) -> list[str]:
    """The seeds and the blind story sets (pinned as repository files)."""
    return [*_seed_inputs(shared), *(repo_pin(REPO / rel) for rel in BLIND_STORIES.values())]


def _copies(ctx: Context) -> dict[str, Any]:
    """Copies by relation on the labelled page corpus in tests/dedup/corpus, and the seeds'
    copy pair (which is why the seeds are pinned); ``blind.*``: the same figures on the
    corpus written blind (tests/dedup/corpus-blind)."""
    from warta_eval.copies import evaluate_copies

    figures = evaluate_copies(ctx.repo / "tests" / "dedup" / "corpus", ctx.shared / "seeds")
    blind = evaluate_copies(ctx.repo / BLIND_COPIES, ctx.shared / "seeds")
    blind.pop("seeds_duplicates_together")  # the same seeds: counted once
    return figures | {f"blind.{k}": v for k, v in blind.items()}


#: The copies corpus written blind (by an annotator who read no code), in the repository.
BLIND_COPIES = Path("tests") / "dedup" / "corpus-blind"


def _copies_inputs(shared: Path) -> list[str]:
    """The seeds, and the blind corpus's labels and pages (pinned as repository files)."""
    corpus = REPO / BLIND_COPIES
    files = [corpus / "labels.json", *sorted((corpus / "pages").glob("*.txt"))]
    return [*_seed_inputs(shared), *(repo_pin(f) for f in files)]


def _ner_inputs(shared: Path) -> list[str]:
    from warta_eval.ner import DEV_SPLITS

    return sorted(f"data/{rel}" for rel, _ in DEV_SPLITS.values())


def _ner(ctx: Context) -> dict[str, Any]:
    """Entity-level P/R/F1 per type on the three NER dev splits (full splits)."""
    from warta_eval.ner import evaluate_ner

    report = evaluate_ner(ctx.shared / "data")
    figures: dict[str, Any] = {}
    for split, result in report.items():
        if not isinstance(result, dict):
            continue
        for kind in ("PER", "ORG", "LOC", "overall"):
            r = result[kind]
            figures[f"{split}.{kind}.f1"] = {
                "score": down4(r["f1"]),
                "p": down4(r["precision"]),
                "r": down4(r["recall"]),
            }
    figures["tokens_per_s"] = {"score": round(report["tokens_per_s"])}
    return figures


def _summary_inputs(shared: Path) -> list[str]:
    return sorted(p.relative_to(shared).as_posix()
                  for p in (shared / "data" / "indosum").glob("dev.*.jsonl"))  # fmt: skip


def _summary(ctx: Context) -> dict[str, Any]:
    """ROUGE-1/2/L of warta's summaries and LEAD-3 on the held-out half of IndoSum."""
    from warta.analyze.summarize import summarize_article
    from warta_eval.indosum import load_indosum
    from warta_eval.rouge import evaluate_summaries, is_held_out

    docs = [d for d in load_indosum(ctx.shared / "data" / "indosum") if is_held_out(d.id)]
    result = evaluate_summaries(
        docs, lambda d: " ".join(s.text for s in summarize_article(d.text, d.id))
    )
    figures: dict[str, Any] = {}
    for metric in ("rouge1", "rouge2", "rougeL"):
        figures[metric] = {"score": down4(result["system"][metric]), "n": result["n"]}
        figures[f"lead3_{metric}"] = {"score": down4(result["lead3"][metric])}
    margin = result["system"]["rouge1"] - result["lead3"]["rouge1"]
    figures["margin_over_lead3_rouge1"] = {"score": down4(margin)}
    return figures


def _pfsa(ctx: Context) -> dict[str, Any]:
    """Direct statements on PFSA-ID dev (Kompas news), as text given and with paired marks."""
    from warta_eval.pfsa import evaluate_pfsa

    return _down_from_counts(evaluate_pfsa(ctx.shared / "data" / "pfsa-id" / "dev.txt"))


def _down_from_counts(figures: dict[str, Any]) -> dict[str, Any]:
    """Scores recomputed from their counts and rounded down (``*_f1`` from its siblings)."""
    out = {key: dict(value) for key, value in figures.items()}
    raw: dict[str, float] = {}
    for key, value in out.items():
        hits, total = value.get("hits"), value.get("total")
        if isinstance(hits, int) and isinstance(total, int):
            raw[key] = hits / total if total else 0.0
            value["score"] = down4(raw[key])
    for key, value in out.items():
        stem = key.removesuffix("f1")
        p, r = raw.get(f"{stem}precision"), raw.get(f"{stem}recall")
        if key.endswith("_f1") and p is not None and r is not None:
            value["score"] = down4(2 * p * r / (p + r) if p + r else 0.0)
    return out


#: Quote shapes written for the project (issue 17), in this repository.
QUOTE_SETS = {
    "dev_set": "tests/nlp/quotes/dev_quotes.json",
    "examples": "tests/eval/gold/quote_examples.json",
    "blind_set": "tests/nlp/quotes/blind_quotes.json",
    "blind2_set": "tests/nlp/quotes/blind2_quotes.json",
    "blind3_set": "tests/nlp/quotes/blind3_quotes.json",
    "blind4_set": "tests/nlp/quotes/blind4_quotes.json",
    "blind5_set": "tests/nlp/quotes/blind5_quotes.json",
    "blind6b_set": "tests/nlp/quotes/blind6b_quotes.json",
    "blind7q_set": "tests/nlp/quotes/blind7q_quotes.json",
    "blind8q_set": "tests/nlp/quotes/blind8q_quotes.json",
    "blind9q_set": "tests/nlp/quotes/blind9q_quotes.json",
    "blind10q_set": "tests/nlp/quotes/blind10q_quotes.json",
    "blind11q_set": "tests/nlp/quotes/blind11q_quotes.json",
    "blind12q_set": "tests/nlp/quotes/blind12q_quotes.json",
    "blind13q_set": "tests/nlp/quotes/blind13q_quotes.json",
    "blind14q_set": "tests/nlp/quotes/blind14q_quotes.json",
    "blind15q_set": "tests/nlp/quotes/blind15q_quotes.json",
    "blind16q_set": "tests/nlp/quotes/blind16q_quotes.json",
    "blind17q_set": "tests/nlp/quotes/blind17q_quotes.json",
    "blind18q_set": "tests/nlp/quotes/blind18q_quotes.json",
    "blind19q_set": "tests/nlp/quotes/blind19q_quotes.json",
    "blind20q_set": "tests/nlp/quotes/blind20q_quotes.json",
    "blind21q_set": "tests/nlp/quotes/blind21q_quotes.json",
    "blind22q_set": "tests/nlp/quotes/blind22q_quotes.json",
    "blind23q_set": "tests/nlp/quotes/blind23q_quotes.json",
    "blind24q_set": "tests/nlp/quotes/blind24q_quotes.json",
    "blind25q_set": "tests/nlp/quotes/blind25q_quotes.json",
    "blind26q_set": "tests/nlp/quotes/blind26q_quotes.json",
    "blind27q_set": "tests/nlp/quotes/blind27q_quotes.json",
    "blind28q_set": "tests/nlp/quotes/blind28q_quotes.json",
    "blind29q_set": "tests/nlp/quotes/blind29q_quotes.json",
    "blind30q_set": "tests/nlp/quotes/blind30q_quotes.json",
    "blind31q_set": "tests/nlp/quotes/blind31q_quotes.json",
    "blind32q_set": "tests/nlp/quotes/blind32q_quotes.json",
    "blind33q_set": "tests/nlp/quotes/blind33q_quotes.json",
    "blind34q_set": "tests/nlp/quotes/blind34q_quotes.json",
    "blind35q_set": "tests/nlp/quotes/blind35q_quotes.json",
    "blind36q_set": "tests/nlp/quotes/blind36q_quotes.json",
    "blind37q_set": "tests/nlp/quotes/blind37q_quotes.json",
    "blind38q_set": "tests/nlp/quotes/blind38q_quotes.json",
    "blind39q_set": "tests/nlp/quotes/blind39q_quotes.json",
    "blind40q_set": "tests/nlp/quotes/blind40q_quotes.json",
    "blind41q_set": "tests/nlp/quotes/blind41q_quotes.json",
    "blind42q_set": "tests/nlp/quotes/blind42q_quotes.json",
    "blind43q_set": "tests/nlp/quotes/blind43q_quotes.json",
    "blind44q_set": "tests/nlp/quotes/blind44q_quotes.json",
    "blind45q_set": "tests/nlp/quotes/blind45q_quotes.json",
    "blind46q_set": "tests/nlp/quotes/blind46q_quotes.json",
    "blind47q_set": "tests/nlp/quotes/blind47q_quotes.json",
    "blind48q_set": "tests/nlp/quotes/blind48q_quotes.json",
    "blind49q_set": "tests/nlp/quotes/blind49q_quotes.json",
    "blind50q_set": "tests/nlp/quotes/blind50q_quotes.json",
    "blind51q_set": "tests/nlp/quotes/blind51q_quotes.json",
    "blind52q_set": "tests/nlp/quotes/blind52q_quotes.json",
    "blind53q_set": "tests/nlp/quotes/blind53q_quotes.json",
}


def _quote_shapes(ctx: Context) -> dict[str, Any]:
    """Quotes and speakers on the project's own documents: ``dev_set.*`` (23 documents,
    dev and heldout parts), ``examples.*`` (one invented paragraph per shape) and
    ``blind_set.*``, ``blind2_set.*`` and ``blind3_set.*`` (30 documents each, written
    blind by three annotators, first scored as they came), ``blind4_set.*`` (25
    documents by a fourth, scored as they came with no rule changed after),
    ``blind5_set.*`` (25 by a fifth) and ``blind6b_set.*`` (25 by a sixth: regional
    dailies and local officials) ``blind7q_set.*`` (25 by a seventh: national
    politics, wires, markets, courts, religion, sport) and ``blind8q_set.*`` (25 by an
    eighth: regional and local news, business, entertainment, interviews in writing) and
    ``blind9q_set.*`` (25 by a ninth: call names, speakers known by office or pronoun,
    translated quotes, documents read out), ``blind10q_set.*`` (18 by a tenth: call names
    of many regions used alone, Q&A answers, quotes in regional languages) and
    ``blind11q_set.*`` (15 by an eleventh: half everyday hard news) and ``blind12q_set.*``
    (15 by a twelfth: half everyday hard news, written documents, Minahasa and Minang
    call names) and ``blind13q_set.*`` (15 by a thirteenth: half everyday hard news, Q&A
    answers, written words, groups as speakers, call names of Madura, Banten, Batak and
    Makassar) and ``blind14q_set.*`` (15 by a fourteenth: half everyday hard news, Q&A
    answers by initials, a couple taking turns, Sasak, Balinese and pesantren call names,
    an investigation report and a lawyer's letter), ``blind15q_set.*`` (15 by a
    fifteenth: half everyday hard news, Minang, Betawi, Papuan, Bugis, Sundanese and
    Ambonese call names, a priest's Q&A answers, letters and posts), ``blind16q_set.*``
    (15 by a sixteenth: half everyday hard news, Batak, Madurese, Minahasa, Hakka and Natuna
    call names, a speaker known only by office, a reader's letter and its reply, a Q&A),
    ``blind17q_set.*`` (15 by a seventeenth: half everyday hard news, Sasak, Makassar and
    Banjar title names, offices unnamed, a Q&A by initials, a petition and posts) and
    ``blind18q_set.*`` (15 by an eighteenth: half everyday hard news, Minang, Bugis,
    Balinese, Papuan and Sundanese call names, offices unnamed, a press-conference
    transcript, court papers, letters, a text message and an e-mail read out),
    ``blind19q_set.*`` (15 by a nineteenth: two thirds everyday hard news, a speaker after a
    long title and degrees, a speaker named in the next sentence, a caption or a
    subheading, quotes split by their attribution, a group's statement read out, a
    press-conference round-up, mixed quote marks), ``blind20q_set.*`` (15 by a twentieth:
    two thirds everyday hard news, a live blog newest first, a paragraph attributed after
    it, an anonymous source, a numbered company statement, a group chat by handles, an
    interpreter) and ``blind21q_set.*`` (15 by a twenty-first: two thirds everyday hard
    news, an opinion box signed below each quote, a round-up under name headers, a speaker
    named a paragraph later, a speech read out for its author, a debate by ballot
    numbers) and ``blind22q_set.*`` (15 by a twenty-second: two thirds everyday hard news,
    namesakes of one clan name, a message quoted inside a verdict, a Q&A by name labels,
    a quote running over paragraphs, words of documents and of their signers) and
    ``blind23q_set.*`` (15 by a twenty-third: eleven everyday hard news, a viral video's
    speaker by initials and posts quoted by handle, a headline 'Office: words', quotes
    passed on through news agencies, a numbered listicle with one speaker across it) and
    ``blind24q_set.*`` (15 by a twenty-fourth: eleven everyday hard news, a press release
    naming its speaker after the words, an interpreter at a press conference, a rumour on
    three anonymous sources, a live blog naming its speaker in full only further down) and
    ``blind25q_set.*`` (15 by a twenty-fifth: eleven everyday hard news, a minister's
    address read out by another, Javanese quotes with bracketed translations, a crowd as
    one speaker, officials standing between a speaker's name and the verb) and
    ``blind26q_set.*`` (15 by a twenty-sixth: eleven everyday hard news, a courtroom
    exchange told as dialogue, a sermon over two paragraphs, a governor's field visit
    told as dialogue, quotation marks around names and terms that are no quotes) and
    ``blind27q_set.*`` (15 by a twenty-seventh, written while the blind26q rules were:
    eleven everyday hard news, a courtroom exchange with pressing questions, a robber's
    words re-enacted by his victims, quotation marks that are no quotes, quotes over
    several paragraphs) and
    ``blind28q_set.*`` (15 by a twenty-eighth, the seventh session of 2026-12-06: eleven
    everyday hard news, a coach through his interpreter and a police chief through his press
    officer, statements credited after the words, a viral video and a WhatsApp message) and
    ``blind29q_set.*`` (15 by a twenty-ninth, written while the blind28q rules were: eleven
    everyday hard news, a paragraph credited afterwards in the regional press' passive
    habits, a viral video's speaker named a paragraph later, a coach through his
    interpreter, institutions speaking with no officer named) and ``blind30q_set.*`` (15 by
    a thirtieth, the eighth session's: eleven everyday hard news, Javanese quotes glossed
    by the reporter, speakers by nickname, claims inside noun phrases, a crowd's chants)
    and ``blind31q_set.*`` (15 by a thirty-first, written while the blind30q rules were:
    eleven everyday hard news, Javanese glossed, a drivers' protest with chants and a
    heckle, sources under a pseudonym, a live-update page newest first) and
    ``blind32q_set.*`` (15 by a thirty-second, the ninth session's: eleven everyday hard
    news, fronted cues ("Kata X, …", "Lanjutnya, …"), a quote running over two paragraphs,
    a hearing written as an exchange, two speakers both called Hadi in a roundup, an
    editor's note correcting a speaker) and ``blind33q_set.*`` (15 by a thirty-third,
    written while the blind32q rules were: eleven everyday hard news, a trial told as
    questions and answers, quotes inside quotes relayed by a survivor, a bare opening
    quote credited a paragraph later, a numbered 'facts' article)
    and ``blind34q_set.*`` (15 by a thirty-fourth, the tenth session's: eleven everyday
    hard news, statements without a verb of saying credited after them ('Hal itu
    disampaikan ...'), a viral post with comments and replies, 'Baca Juga' headlines of
    the form 'Speaker: claim', a foreign story rewritten from wires and outlets)
    and ``blind35q_set.*`` (15 by a thirty-fifth, written while the blind34q rules were:
    eleven everyday hard news, a governor's speech read out by an official, after-match
    words through interpreters, a viral video's shouter named a paragraph later,
    quotation marks around slogans and names that mark no speech, a company management's
    statement)
    and ``blind36q_set.*`` (15 by a thirty-sixth, written while the blind34q and
    blind35q rules were and scored as it came: eleven everyday hard news, a foreign
    coach through an interpreter, a viral video's speaker identified later by initials,
    a hoax chain message falsely credited, a quote resumed in new marks after its cue
    counted twice)
    and ``blind37q_set.*`` (15 by a thirty-seventh, the eleventh session's: eleven
    everyday hard news with verb-first credits ('Dikatakan X, ...'), a courtroom
    exchange as dialogue, a piece resting on anonymous sources, Javanese quotes with
    their translations, a council hearing with a quote over two paragraphs and
    interruptions)
    and ``blind38q_set.*`` (15 by a thirty-eighth, the eleventh session's: eleven
    everyday hard news, courtroom testimony as dialogue with a reported question, an
    investigation on anonymous sources with a denial and a refusal to comment, Javanese
    quotes with translations and a colon-introduced quote, a council hearing as a fast
    exchange)
    and ``blind39q_set.*`` (15 by a thirty-ninth, the eleventh session's, scored with no
    rule changed after: eleven everyday hard news with nicknames as credits, courtroom
    dialogue with an indirect question, a protest with a chanting crowd and a colon-
    introduced quote, a quote over two paragraphs with hearsay inside, a drought feature
    opening with a Javanese quote credited without a verb of saying)
    and ``blind40q_set.*`` (15 by a fortieth, the twelfth session's: eleven everyday
    hard news in outlets none earlier set named, a joint press conference with several
    speakers, a minister's address read out by a deputy regent, a quote standing before
    its speaker with words carried from other outlets and a social-media post, an
    interview in question-and-answer form)
    and ``blind41q_set.*`` (15 by a forty-first, the twelfth session's second round:
    eleven everyday hard news in outlets none earlier set named, a press conference with
    a coach through an interpreter and another answering in English, a phone recording
    played in court, victims repeating robbers' words and a company answering through
    its lawyer, an anonymous chain message and its sender apologising on video),
    and ``blind42q_set.*`` (15 by a forty-second, the thirteenth session's first round:
    eleven everyday hard news in outlets no earlier set named, an airline speaking only
    through its written statement, statements credited afterwards ('Hal itu disampaikan
    ...') and a governor's pantun, a survey release, an elderly couple speaking
    together),
    and ``blind43q_set.*`` (15 by a forty-third, the thirteenth session's second round:
    eleven everyday hard news in outlets no earlier set named, a street protest with an
    organiser's speech, the crowd's chant and banner slogans, anonymous sources and
    officials asked to comment, Javanese quotes with their translation and a quote over
    two paragraphs, a heated council hearing with a cut-off quote and an
    interruption),
    and ``blind44q_set.*`` (15 by a forty-fourth, the thirteenth session's third round:
    eleven everyday hard news in outlets no earlier set named, a courtroom's questions
    and answers, a viral video with posts quoted by account handle, a story built from
    other outlets' quotes and earlier statements, a teacher's open letter with an
    official's written reply),
    and ``blind45q_set.*`` (15 by a forty-fifth, the fourteenth session's first round:
    eleven everyday hard news in outlets no earlier set named, a police chief's
    statement given through a junior officer with suspects named by initials,
    trafficking victims quoted under pseudonyms, a governor's speech read out for him,
    deaf job seekers quoted through a sign-language interpreter),
    and ``blind46q_set.*`` (15 by a forty-sixth, the fourteenth session's second round:
    eleven everyday hard news in outlets no earlier set named, street interviews with
    quotes credited in the next sentence, radio-style statements credited afterwards by
    a passive, a driver's apology in a police video, a survey release whose findings are
    no quotes),
    and ``blind47q_set.*`` (15 by a forty-seventh, the fifteenth session's first round:
    eleven everyday hard news in outlets no earlier set named, a street protest with
    chants, placards and speeches, anonymous sources and officials who decline or never
    answer, quotes in English and Javanese followed by a translation, credits placed
    before the quote),
    and ``blind48q_set.*`` (15 by a forty-eighth, the fifteenth session's second round:
    eleven everyday hard news in outlets no earlier set named, a drivers' protest with
    posters, chants and a speech from the command car, a story built on anonymous
    sources with officials who do not reply, villagers speaking Javanese with the
    translation in brackets inside the quote marks, a railway company speaking in its
    own name and credits placed before the quote),
    and ``blind49q_set.*`` (15 by a forty-ninth, the sixteenth session's first round:
    eleven everyday hard news in outlets no earlier set named from Sumatra, Kalimantan,
    Sulawesi and Jakarta, a parliamentary hearing told as questions and answers, a
    pseudonymous trafficking victim repeating her recruiter's promise, a viral post with
    comments by handle and an official's apology on his own account, an earthquake
    report aggregated from other outlets and an agency's posts),
    and ``blind50q_set.*`` (15 by a fiftieth, the sixteenth session's second round:
    eleven everyday hard news in outlets no earlier set named from Bali, Nusa Tenggara,
    Maluku, Papua, Java and Jakarta, a council hearing told turn by turn, trial
    testimony with a witness repeating the defendant's words, a governor's post with
    comments by handle, a football press conference through interpreters),
    and ``blind51q_set.*`` (15 by a fifty-first, the sixteenth session's third round:
    eleven everyday hard news in outlets no earlier set named from West Kalimantan,
    South Sumatra, Bengkulu, Riau Islands, Central Sulawesi, Gorontalo, Central Papua,
    Southwest Papua, North Maluku and Jakarta, statements relayed through spokesmen, a
    survey release, groups and children answering together, voices of a wiretap played
    in court) and ``blind52q_set.*`` (15 by a fifty-second, the seventeenth session's
    first round: eleven everyday hard news from Aceh, Riau, South Kalimantan, South
    Sulawesi, Madura, Papua, Banten and Jakarta, a father and son of one family name
    quoted in Manado Malay, quotes whose speaker is named in the next paragraph, a
    company's written statement and its signer, a podcast's questions and answers) and
    ``blind53q_set.*`` (15 by a fifty-third, the second round, scored once with every
    rule of the first: eleven everyday hard news from West Sumatra, Southeast Sulawesi,
    Jambi, Lampung, West Sulawesi, Bangka Belitung, North Kalimantan, North Sumatra, East
    and Central Kalimantan and Jakarta, a joint press conference answered in turn, a
    lawyer reading a detained farmer's letter, a remark corrected two days later, a
    trader known by his nickname, a reporter's live report with answers by chat)."""
    from warta_eval.quotes import evaluate_dev_quotes, evaluate_quote_examples

    figures: dict[str, Any] = {}
    for name, rel in QUOTE_SETS.items():
        evaluate = evaluate_quote_examples if name == "examples" else evaluate_dev_quotes
        figures |= {f"{name}.{k}": v for k, v in evaluate(REPO / rel).items()}
    return figures


def _quote_shapes_inputs(shared: Path) -> list[str]:
    return [REPO_PREFIX + rel for rel in QUOTE_SETS.values()]


def _entity_shapes(ctx: Context) -> dict[str, Any]:
    """Entities on the project's own paragraphs per failure class (issue 17): persons
    found, forms resolved, splits within an article and across articles, type errors,
    merges, from warta_eval.entities."""
    from warta_eval.entities import evaluate_entity_shapes

    return evaluate_entity_shapes(REPO)


def _entity_shapes_inputs(shared: Path) -> list[str]:
    from warta_eval.entities import ENTITY_SETS

    return [REPO_PREFIX + rel for rel in ENTITY_SETS.values()]


def _relations(ctx: Context) -> dict[str, Any]:
    """Relations (actor, class, target) and their dates: seeds (development set) and our
    hand-written examples, from warta_eval.relations."""
    from warta_eval.relations import run_suite

    return _down_from_counts(run_suite(ctx.shared))


def _relations_inputs(shared: Path) -> list[str]:
    from warta_eval.relations import suite_inputs

    return suite_inputs(shared)


def _pages(ctx: Context) -> dict[str, Any]:
    """Titles, publication dates and body cleaning on warta's own labelled pages
    (examples/pages: dev and held-out), from warta_eval.pages; the misses are not figures."""
    from warta_eval.pages import evaluate_pages

    return {k: v for k, v in evaluate_pages().items() if not k.endswith(".misses")}


def _pages_inputs(shared: Path) -> list[str]:
    from warta_eval.pages import suite_inputs

    return suite_inputs(shared)


SUITES: dict[str, Suite] = {
    "seeds": Suite(_seeds, _seed_inputs, "cleaning, metadata, duplicates (development set)"),
    "time": Suite(_time, _seed_inputs, "dated events, anchors, timeline (development set)"),
    "entities": Suite(_entities, _seed_inputs, "aliases and splits (development set)"),
    "entity_shapes": Suite(
        _entity_shapes, _entity_shapes_inputs, "persons, splits and types on the "
        "project's own paragraphs by failure class"
    ),
    "quotes": Suite(_quotes, _seed_inputs, "quotes, speakers, kinds (development set)"),
    "quote_shapes": Suite(
        _quote_shapes, _quote_shapes_inputs, "quotes and speakers on the project's own "
        "documents by shape (development set)"
    ),
    "ner": Suite(_ner, _ner_inputs, "NER entity F1 on three dev splits (unseen)"),
    "summary": Suite(_summary, _summary_inputs, "ROUGE on held-out IndoSum (unseen)"),
    "stories": Suite(_stories, _stories_inputs, "story grouping (development set)"),
    "copies": Suite(
        _copies, _copies_inputs, "copies by relation, shared passages (development set; "
        "blind.*: a corpus written blind, first scored as it came)"
    ),
    "pfsa": Suite(
        _pfsa, lambda shared: ["data/pfsa-id/dev.txt"], "direct quotes on PFSA-ID dev (unseen)"
    ),
    "relations": Suite(
        _relations, _relations_inputs, "relations between actors: seeds (development set) "
        "and our examples"
    ),
    "pages": Suite(
        _pages, _pages_inputs, "titles, dates, related boxes, captions on our labelled pages "
        "(dev and held-out)"
    ),
}


# -- pins ---------------------------------------------------------------------------------


#: Pins of files in this repository (not in --shared) start with this prefix, so they do
#: not depend on the name of the clone's folder.
REPO_PREFIX = "repo:"
REPO = Path(__file__).resolve().parents[2]


def pinned_path(rel: str, shared: Path) -> Path:
    """The file a pin names: ``repo:<path>`` in this repository, else under ``shared``."""
    if rel.startswith(REPO_PREFIX):
        return REPO / rel[len(REPO_PREFIX) :]
    return shared / rel


def repo_pin(path: Path) -> str:
    """The pin name of a file of this repository."""
    return REPO_PREFIX + path.resolve().relative_to(REPO).as_posix()


def sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes, in hex."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_pins(
    name: str, floors: Mapping[str, Any], shared: Path, inputs: Sequence[str] = ()
) -> tuple[list[str], bool]:
    """Failures of the ``gold`` pins, and whether every pinned file exists (so can be read).

    ``inputs`` are the files the suite reads (relative to ``shared``); each must be pinned.
    """
    pins = floors.get("gold")
    if not isinstance(pins, dict) or not pins:
        return [f"{name}: the floors file pins no gold file (add a \"gold\" entry: "
                f"python -m warta_eval.gate repin {name})"], True  # fmt: skip
    failures: list[str] = []
    readable = True
    for rel, pinned in sorted(pins.items()):
        path = pinned_path(rel, shared)
        if not path.is_file():
            failures.append(f"{name}: the pinned file {path} is missing (pass --shared, the "
                            "folder holding seeds/, gold/ and data/)")  # fmt: skip
            readable = False
            continue
        actual = sha256(path)
        if actual != pinned:
            failures.append(
                f"{name}: {path} changed (sha256 {actual[:12]}…, pinned {str(pinned)[:12]}…); "
                "the floors were measured on the pinned file: re-measure, set the floors "
                f"again and re-pin (python -m warta_eval.gate repin {name})"
            )
    for rel in inputs:
        if rel not in pins:
            failures.append(f"{name}: the suite reads {rel}, which is not pinned "
                            f"(python -m warta_eval.gate repin {name})")  # fmt: skip
    return failures, readable


def repin(
    name: str, floors_dir: Path, shared: Path, suites: Mapping[str, Suite] = SUITES
) -> dict[str, str]:
    """Pin every file suite ``name`` reads at its current SHA-256 in its floors file."""
    path = floors_dir / f"{name}.json"
    floors = json.loads(path.read_text(encoding="utf-8"))
    pins = {rel: sha256(pinned_path(rel, shared)) for rel in suites[name].inputs(shared)}
    ordered = {k: floors[k] for k in ("about",) if k in floors} | {"gold": pins}
    ordered |= {k: v for k, v in floors.items() if k not in ordered}
    path.write_text(json.dumps(ordered, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return pins


# -- floors -------------------------------------------------------------------------------


def load_floors(name: str, floors_dir: Path) -> dict[str, Any] | None:
    """The parsed ``<floors_dir>/<name>.json``, or ``None`` when there is none."""
    path = floors_dir / f"{name}.json"
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path} must hold a JSON object, not {type(data).__name__}")
    return data


def flatten_bounds(floors: Mapping[str, Any]) -> dict[str, Any]:
    """Every bound of a floors file, nested objects joined with dots; reserved keys left out.

    >>> flatten_bounds({"about": "x", "f1": {"nerp": 0.7}, "max_splits": 0})
    {'f1.nerp': 0.7, 'max_splits': 0}
    """
    out: dict[str, Any] = {}

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                walk(f"{prefix}.{key}" if prefix else str(key), inner)
        else:
            out[prefix] = value

    for key, value in floors.items():
        if key not in RESERVED:
            walk(key, value)
    return out


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def check_floors(
    name: str, figures: Mapping[str, Any], floors: Mapping[str, Any]
) -> tuple[list[str], list[str]]:
    """``(failures, above_floor)`` of ``figures`` against every bound in ``floors``.

    >>> check_floors("q", {"recall": {"score": 0.9}}, {"recall": 1.0})[0]
    ['q.recall: 0.9 is below the floor 1.0']
    """
    failures: list[str] = []
    above: list[str] = []
    bounds = flatten_bounds(floors)
    covered: set[str] = set()
    for key, bound in bounds.items():
        upper = key.startswith("max_")
        figure = key.removeprefix("max_")
        covered.add(figure)
        if not _number(bound):
            failures.append(f"{name}.{key}: the bound {bound!r} is not a number")
            continue
        if figure not in figures:
            failures.append(f"{name}.{figure}: the suite printed no such figure "
                            f"(bound {key} = {bound})")  # fmt: skip
            continue
        value = figures[figure]
        score = value.get("score") if isinstance(value, dict) else value
        if not _number(score):
            failures.append(f"{name}.{figure}: the score {score!r} is not a number")
        elif upper and score > bound:
            failures.append(f"{name}.{figure}: {score} is above the upper bound {bound}")
        elif not upper and score < bound:
            failures.append(f"{name}.{figure}: {score} is below the floor {bound}")
        elif score != bound:
            above.append(f"{name}.{figure}: {score} is better than its bound {bound}; "
                         "raise the bound to the figure")  # fmt: skip
    ungated = floors.get("ungated") or {}
    if not isinstance(ungated, dict):
        failures.append(f"{name}: 'ungated' must map figure names to the reason they have "
                        "no floor")  # fmt: skip
        ungated = {}
    for figure in figures:
        if figure not in covered and figure not in ungated:
            failures.append(f"{name}.{figure}: printed but has no floor; add one to "
                            f"eval/floors/{name}.json, or list it under 'ungated' with the "
                            "reason")  # fmt: skip
    for figure in ungated:
        if figure not in figures:
            failures.append(f"{name}.{figure}: listed as ungated but the suite printed no "
                            "such figure")  # fmt: skip
        elif figure in covered:
            failures.append(f"{name}.{figure}: both bounded and listed as ungated")
    return failures, above


# -- the gate -----------------------------------------------------------------------------


def run_gate(
    names: Sequence[str],
    shared: Path,
    eval_dir: Path,
    suites: Mapping[str, Suite] = SUITES,
) -> GateReport:
    """Run the suites ``names``: pins first, then the scores, then every bound.

    A suite that cannot run (a :class:`WartaError`, a missing file) is a failure with its
    message; the other suites still run.
    """
    report = GateReport()
    floors_dir = eval_dir / "floors"
    ctx = Context(shared, eval_dir)
    if set(names) == set(suites):
        for path in sorted(floors_dir.glob("*.json")):
            if path.stem not in suites:
                report.failures.append(f"{path}: a floors file with no suite; nothing "
                                       "checks these floors")  # fmt: skip
    for name in names:
        suite = suites[name]
        try:
            floors = load_floors(name, floors_dir)
        except ValueError as exc:  # not JSON, or not an object: as bad as no floors
            report.failures.append(f"{name}: the floors file cannot be read: {exc}")
            floors = {}
        readable = True
        if floors is None:
            report.failures.append(f"{name}: no floors file {floors_dir / (name + '.json')}; "
                                   "every suite must be gated")  # fmt: skip
        else:
            pin_failures, readable = verify_pins(name, floors, shared, _inputs(suite, shared))
            report.failures += pin_failures
        if not readable:
            continue
        try:
            figures = suite.run(ctx)
        except (WartaError, OSError) as exc:
            report.failures.append(f"{name}: the suite could not run: {exc}")
            continue
        report.results[name] = figures
        if floors is not None:
            failures, above = check_floors(name, figures, floors)
            report.failures += failures
            report.above_floor += above
    return report


def _inputs(suite: Suite, shared: Path) -> list[str]:
    try:
        return suite.inputs(shared)
    except OSError:
        return []


def set_floors(
    name: str, floors_dir: Path, figures: Mapping[str, Any], *, lower: bool = False
) -> list[str]:
    """Set every bound of suite ``name`` to its measured figure; the changes, as lines.

    Bounds only move the good way (floors up, upper bounds down) unless ``lower``; a
    printed figure with no bound that is not ``ungated`` gets one. Nested bounds are
    written back flat, under the figure names the suite prints.
    """
    path = floors_dir / f"{name}.json"
    floors = load_floors(name, floors_dir) or {}
    ungated = floors.get("ungated") or {}
    bounds = flatten_bounds(floors)
    changes: list[str] = []
    new: dict[str, Any] = {}
    for key, old in bounds.items():
        figure = key.removeprefix("max_")
        value = figures.get(figure)
        score = value.get("score") if isinstance(value, dict) else value
        if not _number(score):
            new[key] = old
            changes.append(f"{name}.{key}: no such figure printed; left at {old!r}")
            continue
        worse = _number(old) and (score > old if key.startswith("max_") else score < old)
        if worse and not lower:
            new[key] = old
            changes.append(f"{name}.{key}: measured {score}, worse than {old}: left (pass "
                           "--lower to lower it, and say why in the commit)")  # fmt: skip
            continue
        new[key] = score
        if score != old:
            changes.append(f"{name}.{key}: {old!r} -> {score}")
    # A new figure named like one with an upper bound (another split's
    # "blind3.published_text_contradicted", "blind3_split_speakers") gets one too.
    upper = {_leaf(key.removeprefix("max_")) for key in new if key.startswith("max_")}
    for figure, value in figures.items():
        covered = figure in new or f"max_{figure}" in new
        if not covered and figure not in ungated:
            key = f"max_{figure}" if _leaf(figure) in upper else figure
            new[key] = value.get("score") if isinstance(value, dict) else value
            kind = "upper bound" if key != figure else "floor"
            changes.append(f"{name}.{figure}: new {kind} {new[key]}")
    head = {k: floors[k] for k in RESERVED if k in floors}
    path.write_text(json.dumps(head | new, indent=2, ensure_ascii=False) + "\n",
                    encoding="utf-8")  # fmt: skip
    return changes


def _leaf(figure: str) -> str:
    """A figure's last part with its numbers as "#": the same measure in another split.

    >>> _leaf("blind4.published_text_contradicted"), _leaf("blind4_set.blind4_split_speakers")
    ('published_text_contradicted', 'blind#_split_speakers')
    """
    return re.sub(r"\d+", "#", figure.rsplit(".", 1)[-1])


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m warta_eval.gate {repin,measure} [suite ...] [--shared DIR]``.

    ``repin`` pins the files each suite reads at their current SHA-256; ``measure`` runs
    the suites and sets each bound to its figure (:func:`set_floors`).
    """
    import argparse

    parser = argparse.ArgumentParser(prog="python -m warta_eval.gate")
    sub = parser.add_subparsers(dest="command", required=True)
    for command, about in (
        ("repin", "pin the files each suite reads at their current SHA-256"),
        ("measure", "run the suites and set each floor to the figure measured"),
    ):
        cmd = sub.add_parser(command, help=about)
        cmd.add_argument("suites", nargs="*", help=f"default: all of {', '.join(SUITES)}")
        # beside the clone, wherever this is run from (a cwd-relative default measured
        # nothing when run from eval/, and said so only as figures of 0)
        cmd.add_argument("--shared", type=Path, default=REPO.parent / "shared")
        if command == "measure":
            cmd.add_argument("--lower", action="store_true", help="also lower floors")
    args = parser.parse_args(argv)
    if not (args.shared / "seeds").is_dir():
        parser.error(
            f"{args.shared} has no seeds/ folder: pass --shared DIR, the folder with "
            "seeds/, gold/ and data/ (CI keeps it beside the clone)"
        )
    eval_dir = Path(__file__).resolve().parents[1]
    floors_dir = eval_dir / "floors"
    for name in args.suites or list(SUITES):
        if args.command == "repin":
            pins = repin(name, floors_dir, args.shared)
            sys.stdout.write(f"{name}: pinned {len(pins)} file(s)\n")
            continue
        figures = SUITES[name].run(Context(args.shared, eval_dir))
        for line in set_floors(name, floors_dir, figures, lower=args.lower) or [
            f"{name}: every bound equals its figure"
        ]:
            sys.stdout.write(line + "\n")
    if args.command == "repin":
        sys.stdout.write("Now re-measure (warta eval all) and set each floor to its figure.\n")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
