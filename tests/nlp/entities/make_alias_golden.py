"""Write ``alias_golden.json``: resolve_article outputs on a fixed sample (run by hand).

    python tests/nlp/entities/make_alias_golden.py [--indosum ../shared/data/indosum]

The sample is a few hand-made articles (invented names, variants in case, hyphens and
non-ASCII letters) and five IndoSum articles where alias propagation finds variants the
NER missed. Each record keeps the NER mentions given to ``resolve_article`` so the test
does not depend on the NER model. Regenerate only after a deliberate change to alias
resolution, and review the diff: the file pins today's outputs.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from warta.nlp.entities.aliases import resolve_article
from warta.records import EntityType, Mention

GOLDEN = Path(__file__).with_name("alias_golden.json")
#: IndoSum articles (load_indosum order) where propagation matches variants or non-ASCII names.
INDOSUM_IDS = (1136, 2758, 1883, 908, 2269)

#: (text, NER mentions as (surface, type, occurrence)) with invented names.
HAND_MADE: tuple[tuple[str, tuple[tuple[str, EntityType, int], ...]], ...] = (
    (
        "Menteri Budi Santoso tiba di Bandung. BUDI SANTOSO lalu berbicara, dan Budi-Santoso "
        "menolak. Budi Santosoan bukan dia, Budi  -  Santoso_x juga bukan. Kata budi santoso, "
        "Santoso datang.",
        (("Budi Santoso", "PER", 0), ("Bandung", "LOC", 0)),
    ),
    (
        "Dr. José Ramírez datang. JOSÉ RAMÍREZ tersenyum; Jose Ramirez orang lain. "
        "Hans Großmann dan HANS GROSSMANN serta Hans GROẞMANN hadir.",
        (("José Ramírez", "PER", 0), ("Hans Großmann", "PER", 0)),
    ),
    (
        "Lee Min-jun bertemu Lee Min Jun dan LEE MIN-JUN di Seoul. Min-jun pulang, "
        "Lee Min-junho tidak.",
        (("Lee Min-jun", "PER", 0), ("Seoul", "LOC", 0)),
    ),
)


def _mention(text: str, surface: str, type_: EntityType, nth: int) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, type_)


def _record(name: str, text: str, ner: list[Mention]) -> dict[str, object]:
    mentions, entities = resolve_article(text, ner)
    return {
        "id": name,
        "text": text,
        "ner": [[m.start, m.end, m.type] for m in ner],
        "mentions": [[m.start, m.end, m.text, m.type, m.entity, m.referent] for m in mentions],
        "entities": [
            [e.name, e.type, list(e.mentions), e.count, list(e.attributes), e.subtype]
            for e in entities
        ],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--indosum", type=Path, default=Path("../shared/data/indosum"))
    args = ap.parse_args()
    from warta.nlp.entities.ner import find_mentions
    from warta_eval.indosum import load_indosum

    records = [
        _record(f"hand-{i}", text, [_mention(text, *m) for m in ner])
        for i, (text, ner) in enumerate(HAND_MADE)
    ]
    docs = load_indosum(args.indosum)
    for i in INDOSUM_IDS:
        text = docs[i].text
        records.append(_record(f"indosum-{docs[i].id}", text, list(find_mentions(text))))
    GOLDEN.write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(records)} records -> {GOLDEN}")


if __name__ == "__main__":
    main()
