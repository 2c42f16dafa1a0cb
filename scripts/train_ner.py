"""Rebuild warta's shipped NER model from the shared data (deterministic).

    python scripts/train_ner.py --data ../shared/data --out src/warta/models/ner/

Steps: (1) word clusters from unlabelled IndoSum news plus the training sentences
(PPMI context vectors -> truncated SVD -> k-means at three granularities); (2) a name
gazetteer from the training entities (jackknifed over folds while training, so the CRF
does not learn to trust it blindly); (3) a CRF over :class:`warta.nlp.entities.ner.FeatureExtractor`
features trained on idner-news-2k + NERGrit + NERP train splits, plus lower-cased copies
of the cased corpora (case augmentation), each feature doubled into a general copy and a
copy private to its corpus' annotation style (Daume 2007); (4) crfsuite's weights exported
to ``ner.npz`` (numpy decodes them at run time); (5) scores on the three dev splits.
Dev/valid splits are only ever scored, never trained on. The defaults rebuild the shipped
model; ``--places``, ``--dense``, ``--c1``, ``--countries-as-loc``, ``--weights`` ... are the
experiments in MODEL_CARD.md (``--clusters-from`` reuses a clusters.tsv to save time).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import sys
import tempfile
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))  # warta_eval: the scorers
from warta.nlp.entities.ner import (
    CLUSTERS_FILE,
    GAZETTEER_FILE,
    MODEL_FILE,
    STYLES,
    VECTORS_FILE,
    FeatureExtractor,
    Resources,
    tokenize,
)
from warta_eval.indosum import load_indosum
from warta_eval.ner import bio_spans, evaluate_ner, read_conll

Sentence = list[tuple[str, str]]
SEED = 13
TRAIN_SPLITS = (
    ("idner-news-2k/train.txt", "idner"),
    ("indonlu-ner/nergrit/train.txt", "nergrit"),
    ("indonlu-ner/nerp/train.txt", "nerp"),
)
CLUSTER_SIZES = (64, 256, 1024)


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def load_train(data: Path) -> dict[str, list[Sentence]]:
    return {scheme: read_conll(data / rel, scheme) for rel, scheme in TRAIN_SPLITS}  # type: ignore[arg-type]


def countries_as_loc(sents: Sequence[Sentence]) -> tuple[list[Sentence], Counter[str]]:
    """Relabel country names (warta's place gazetteer, subtype GPE, exact case) as LOC
    wherever they are O or a whole ORG span - NERGrit's and NERP's convention and warta's
    own, where idner-news-2k leaves attributive uses ("turis Tiongkok") O. Experiment
    ``--countries-as-loc``; see MODEL_CARD.md."""
    from warta.nlp.entities.gazetteer import lookup_place

    changed: Counter[str] = Counter()
    out: list[Sentence] = []
    for s in sents:
        tags = [t for _, t in s]
        words = [w for w, _ in s]
        spans = {(a, b): k for a, b, k in bio_spans(tags)}
        i = 0
        while i < len(s):
            hit = 0
            for n in (3, 2, 1):
                place = lookup_place(" ".join(words[i : i + n])) if i + n <= len(s) else None
                if place is not None and place.subtype == "GPE" and place.referent is None:
                    hit = n
                    break
            whole_org = spans.get((i, i + hit)) == "ORG"
            if hit and (whole_org or all(t == "O" for t in tags[i : i + hit])):
                changed["ORG" if whole_org else "O"] += 1
                tags[i : i + hit] = ["B-LOC"] + ["I-LOC"] * (hit - 1)
            i += max(hit, 1)
        out.append(list(zip(words, tags, strict=True)))
    return out, changed


def build_clusters(
    data: Path, train_sents: Sequence[Sentence], vocab_size: int, dims: int
) -> tuple[dict[str, tuple[str, ...]], list[str], np.ndarray]:
    """Brown-like word classes: k-means over SVD-reduced PPMI vectors of +-2 contexts."""
    from scipy import sparse
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import TruncatedSVD

    sents: list[list[str]] = [[t.lower() for t, _ in s] for s in train_sents]
    for doc in load_indosum(data / "indosum"):
        for para in doc.paragraphs:
            sents.append([t.lower() for t, _, _ in tokenize(para)])
    counts = Counter(w for s in sents for w in s)
    vocab = [w for w, c in counts.most_common(vocab_size) if c >= 3]
    index = {w: i for i, w in enumerate(vocab)}
    n_ctx = min(3000, len(vocab))
    log(f"clusters: {sum(counts.values())} tokens, {len(vocab)} words")
    rows: list[int] = []
    cols: list[int] = []
    for s in sents:
        ids = [index.get(w, -1) for w in s]
        for i, wid in enumerate(ids):
            if wid < 0:
                continue
            for slot, off in enumerate((-2, -1, 1, 2)):
                j = i + off
                ctx = ids[j] if 0 <= j < len(ids) else n_ctx  # n_ctx: sentence boundary
                if ctx < 0 or ctx > n_ctx:
                    continue
                rows.append(wid)
                cols.append(slot * (n_ctx + 1) + ctx)
    mat = sparse.coo_matrix(
        (np.ones(len(rows), dtype=np.float64), (rows, cols)),
        shape=(len(vocab), 4 * (n_ctx + 1)),
    ).tocsr()
    total = mat.sum()
    row_sum = np.asarray(mat.sum(axis=1)).ravel()
    col_sum = np.asarray(mat.sum(axis=0)).ravel() ** 0.75  # context smoothing (Levy et al.)
    col_sum *= total / col_sum.sum()
    coo = mat.tocoo()
    pmi = np.log(coo.data * total / (row_sum[coo.row] * col_sum[coo.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=mat.shape)
    vectors = TruncatedSVD(dims, random_state=SEED).fit_transform(ppmi)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    labels = []
    for k in CLUSTER_SIZES:
        km = MiniBatchKMeans(k, random_state=SEED, n_init=3, batch_size=4096)
        labels.append(km.fit_predict(vectors))
        log(f"clusters: k={k} done")
    clusters = {w: tuple(str(lab[i]) for lab in labels) for i, w in enumerate(vocab)}
    return clusters, vocab, vectors


def build_gazetteer(
    sents: Sequence[Sentence], min_ratio: float, max_len: int = 4
) -> dict[str, str]:
    """Lower-cased names seen as entities, kept when most of their occurrences are entities."""
    as_entity: dict[str, Counter[str]] = defaultdict(Counter)
    for s in sents:
        low = [t.lower() for t, _ in s]
        for a, b, kind in bio_spans([t for _, t in s]):
            if b - a <= max_len:
                as_entity[" ".join(low[a:b])][kind] += 1
    seen: Counter[str] = Counter()
    for s in sents:
        low = [t.lower() for t, _ in s]
        for i in range(len(low)):
            for n in range(1, max_len + 1):
                gram = " ".join(low[i : i + n])
                if gram in as_entity:
                    seen[gram] += 1
    out: dict[str, str] = {}
    for name, kinds in as_entity.items():
        n = sum(kinds.values())
        if n / max(seen[name], 1) < min_ratio or not any(c.isalpha() for c in name):
            continue
        # Keep every type that accounts for at least a quarter of the entity uses.
        types = sorted(k for k, c in kinds.items() if c >= 0.25 * n)
        out[name] = "|".join(types)
    return out


def external_places() -> dict[str, str]:
    """Country names in Indonesian and Indonesian provinces from pycountry, as LOC names."""
    import gettext

    import pycountry

    names: set[str] = set()
    tr: Callable[[str], str] = str
    with contextlib.suppress(OSError):  # no Indonesian catalogue: keep the English names
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"]).gettext
    for c in pycountry.countries:
        for name in (c.name, getattr(c, "common_name", c.name)):
            names.add(tr(name))
    for sub in pycountry.subdivisions.get(country_code="ID") or []:  # type: ignore[no-untyped-call]
        names.add(sub.name)
    out: dict[str, str] = {}
    for name in names:
        low = " ".join(t.lower() for t, _, _ in tokenize(name))
        if "," not in low and "(" not in low and 0 < low.count(" ") + 1 <= 4:
            out[low] = "LOC"
    return out


def merge_gazetteers(base: dict[str, str], extra: dict[str, str]) -> dict[str, str]:
    """``base`` with the names of ``extra`` it lacks (corpus evidence wins)."""
    return {**extra, **base}


def lower_copy(sents: Sequence[Sentence]) -> list[Sentence]:
    return [[(t.lower(), tag) for t, tag in s] for s in sents]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--out", type=Path, default=Path("src/warta/models/ner"))
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--no-clusters", action="store_true")
    ap.add_argument("--no-gazetteer", action="store_true")
    ap.add_argument("--no-styles", action="store_true", help="no per-corpus feature copies")
    ap.add_argument("--dense", type=int, default=0, help="dense SVD dimensions as features")
    ap.add_argument("--places", action="store_true", help="add pycountry place names (LOC)")
    ap.add_argument("--no-lower-aug", action="store_true")
    ap.add_argument("--idner-weight", type=int, default=1, help="copies of idner-news-2k train")
    ap.add_argument(
        "--weights", default="", help="copies per corpus, e.g. nergrit=2 (default 1 each)"
    )
    ap.add_argument("--corpora", default="idner,nergrit,nerp", help="train corpora to use")
    ap.add_argument("--countries-as-loc", default="", help="corpora whose country names become LOC")
    ap.add_argument("--gaz-ratio", type=float, default=0.5)
    ap.add_argument("--vocab", type=int, default=40000)
    ap.add_argument("--dims", type=int, default=100)
    ap.add_argument("--clusters-from", type=Path, help="reuse clusters.tsv from another run")
    args = ap.parse_args(argv)
    import pycrfsuite

    random.seed(SEED)
    np.random.seed(SEED)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    started = time.time()
    train = load_train(args.data)
    for name in filter(None, args.countries_as_loc.split(",")):
        train[name], changed = countries_as_loc(train[name])
        log(f"countries as LOC in {name}: {dict(changed)}")
    all_sents = [s for sents in train.values() for s in sents]

    clusters: dict[str, tuple[str, ...]] = {}
    if args.no_clusters:
        pass
    elif args.clusters_from:
        for line in args.clusters_from.read_text(encoding="utf-8").splitlines():
            w, _, ids = line.partition("\t")
            clusters[w] = tuple(ids.split("\t"))
    elif not args.no_clusters:
        clusters, vocab, vectors = build_clusters(args.data, all_sents, args.vocab, args.dims)
        if args.dense:
            # The leading SVD dimensions, standardised; 0.3 keeps them on the scale of a
            # handful of binary features so one L2 penalty suits both kinds.
            dense = vectors[:, : args.dense]
            dense = 0.3 * (dense - dense.mean(0)) / (dense.std(0) + 1e-9)
            np.savez_compressed(
                out / VECTORS_FILE, words=np.array(vocab), vectors=dense.astype(np.float16)
            )
    (out / CLUSTERS_FILE).write_text(
        "".join(f"{w}\t{chr(9).join(ids)}\n" for w, ids in sorted(clusters.items())),
        encoding="utf-8",
    )

    gazetteer: dict[str, str] = {}
    places = external_places() if args.places else {}
    if not args.dense and (out / VECTORS_FILE).exists():
        (out / VECTORS_FILE).unlink()
    if not args.no_gazetteer:
        gazetteer = merge_gazetteers(build_gazetteer(all_sents, args.gaz_ratio), places)
    (out / GAZETTEER_FILE).write_text(
        "".join(f"{n}\t{t}\n" for n, t in sorted(gazetteer.items())), encoding="utf-8"
    )
    log(f"gazetteer: {len(gazetteer)} names")

    use = set(args.corpora.split(","))
    train = {k: (v if k in use else []) for k, v in train.items()}
    data: list[tuple[str, Sentence]] = []
    for name, sents in train.items():
        weights = dict(w.split("=") for w in filter(None, args.weights.split(",")))
        copies = int(weights.get(name, args.idner_weight if name == "idner" else 1))
        data += [(name, s) for s in sents] * copies
        if not args.no_lower_aug and name != "nerp":
            data += [(name, s) for s in lower_copy(sents)]
    rng = random.Random(SEED)
    rng.shuffle(data)

    # Jackknife: each fold's gazetteer features come from a gazetteer built without it.
    folds = 4
    trainer = pycrfsuite.Trainer(verbose=False)
    max_len = max((n.count(" ") + 1 for n in gazetteer), default=1)
    vector_index: dict[str, int] = {}
    vector_rows = None
    if (out / VECTORS_FILE).exists():
        with np.load(out / VECTORS_FILE) as npz:
            vector_index = {str(w): i for i, w in enumerate(npz["words"])}
            vector_rows = npz["vectors"].astype(np.float32)
    # Folds by a hash of the lower-cased sentence, so a sentence and its lower-cased copy
    # share a fold and one cannot leak the other's names into the gazetteer.
    fold_of = [zlib.crc32(" ".join(t.lower() for t, _ in s).encode()) % folds for _, s in data]
    for k in range(folds):
        part = [d for d, f in zip(data, fold_of, strict=True) if f == k]
        gaz = (
            {}
            if args.no_gazetteer
            else merge_gazetteers(
                build_gazetteer(
                    [s for (_, s), f in zip(data, fold_of, strict=True) if f != k], args.gaz_ratio
                ),
                places,
            )
        )
        fx = FeatureExtractor(Resources(clusters, gaz, max_len, vector_index, vector_rows))
        for style, s in part:
            feats = fx.sentence([t for t, _ in s])
            if not args.no_styles:
                # Daume (2007) feature augmentation: a general copy of every feature plus
                # a copy private to the corpus' annotation style.
                feats = [f + [style + ":" + a for a in f] for f in feats]
            if vector_rows is not None:
                items = [
                    {**dict.fromkeys(f, 1.0), **fx.resources.dense(t)}
                    for f, (t, _) in zip(feats, s, strict=True)
                ]
                trainer.append(items, [tag for _, tag in s])
            else:
                trainer.append(feats, [tag for _, tag in s])
    log(f"features: {len(data)} sentences, {sum(len(s) for _, s in data)} tokens")
    trainer.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.iterations,
            "feature.possible_transitions": True,
        }
    )
    with tempfile.TemporaryDirectory() as tmp:
        trainer.train(str(Path(tmp) / "ner.crfsuite"))
        export(Path(tmp) / "ner.crfsuite", out / MODEL_FILE, args.no_styles)
    log(f"trained in {time.time() - started:.0f}s")

    summary: dict[str, object] = {}
    for style in STYLES:
        report = evaluate_ner(args.data, style=style, model_dir=out)
        for split in ("idner-news-2k", "nergrit", "nerp"):
            summary[f"{split}/{style}"] = {
                t: round(report[split][t]["f1"], 4) for t in ("PER", "ORG", "LOC", "overall")
            }
    summary["tokens_per_s"] = round(report["tokens_per_s"])
    summary["seconds"] = round(time.time() - started)
    summary["args"] = {k: str(v) for k, v in vars(args).items()}
    print(json.dumps(summary, indent=1))
    return 0


def export(crf_path: Path, out: Path, no_styles: bool) -> None:
    """Write crfsuite's weights as ``ner.npz``: labels, transitions and sparse
    (attribute, label, weight) triples for the general part and each style."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(crf_path))
    info = tagger.info()
    labels = sorted(info.labels, key=lambda lab: info.labels[lab])
    lab_id = {lab: i for i, lab in enumerate(labels)}
    trans = np.zeros((len(labels), len(labels)), dtype=np.float32)
    for (a, b), w in info.transitions.items():
        trans[lab_id[a], lab_id[b]] = w
    parts: dict[str, tuple[list[int], list[int], list[float]]] = {
        p: ([], [], []) for p in ("general", *STYLES)
    }
    attrs: dict[str, int] = {}
    for (attr, lab), w in sorted(info.state_features.items()):
        part, sep, name = attr.partition(":")
        if not sep or part not in parts or no_styles:
            part, name = "general", attr
        row = attrs.setdefault(name, len(attrs))
        parts[part][0].append(row)
        parts[part][1].append(lab_id[lab])
        parts[part][2].append(w)
    if no_styles:  # a style-free model: every style is the general one
        for p in STYLES:
            parts[p] = ([], [], [])
    arrays: dict[str, np.ndarray] = {
        "labels": np.array(labels),
        "attributes": np.array(list(attrs)),
        "transitions": trans,
    }
    for p, (rows, cols, vals) in parts.items():
        arrays[p + ".rows"] = np.array(rows, dtype=np.int32)
        arrays[p + ".cols"] = np.array(cols, dtype=np.int8)
        arrays[p + ".vals"] = np.array(vals, dtype=np.float32)
    np.savez_compressed(out, **arrays)  # type: ignore[arg-type]


if __name__ == "__main__":
    raise SystemExit(main())
