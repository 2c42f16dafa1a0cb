"""The batched NER decoder (issue 15): same tags and scores as the per-sentence decoder.

``ner_golden.json`` holds tags written by the per-sentence decoder before the batched one
replaced it; the per-sentence emission sum is kept here as :func:`reference_emissions` and
a plain Viterbi as :func:`reference_viterbi`, so the batched code is checked against both.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.typing import NDArray

from warta.nlp.entities import ner
from warta.nlp.entities.features import BigramIndex, GazetteerTrie, Vocabulary, is_caseless
from warta.nlp.sentences import split_sentences

HERE = Path(__file__).resolve().parent
GOLDEN = json.loads((HERE / "ner_golden.json").read_text(encoding="utf-8"))
DATA = HERE.parents[2].parent / "shared" / "data"


def reference_emissions(
    model: ner._Model, tokens: Sequence[str], style: str
) -> NDArray[np.float64]:
    """The per-sentence emission sum the batched one replaced (issue 15), word for word."""
    caseless = is_caseless(tokens)
    if style == "auto":
        style = "nerp" if caseless else "idner"
    w = model.weights(style)
    unknown = len(model.index)
    rows = []
    for t in tokens:
        views = model.features.word(t, caseless)
        ids = [model.index.get(a, unknown) for v in views for a in v]
        bounds = np.cumsum([0] + [len(v) for v in views[:-1]])
        rows.append(np.add.reduceat(w[ids], bounds, axis=0))
    parts = np.stack(rows)
    em = parts[:, 0].copy()
    em[1:] += parts[:-1, 2]
    em[2:] += parts[:-2, 1]
    em[:-1] += parts[1:, 3]
    em[:-2] += parts[2:, 4]
    extras = model.features.extras(tokens, caseless)
    ids = [model.index.get(a, unknown) for f in extras for a in f]
    owner = [i for i, f in enumerate(extras) for _ in f]
    np.add.at(em, owner, w[ids])
    return em


def reference_viterbi(em: NDArray[np.float64], transitions: NDArray[np.float64]) -> list[int]:
    """Textbook Viterbi in plain Python: first maximum wins, as with argmax."""
    size = em.shape[1]
    delta = [float(x) for x in em[0]]
    back: list[list[int]] = []
    for t in range(1, len(em)):
        step, pointers = [], []
        for cur in range(size):
            best, arg = delta[0] + float(transitions[0, cur]), 0
            for prev in range(1, size):
                score = delta[prev] + float(transitions[prev, cur])
                if score > best:
                    best, arg = score, prev
            step.append(best + float(em[t, cur]))
            pointers.append(arg)
        delta = step
        back.append(pointers)
    label = max(range(size), key=lambda k: (delta[k], -k))
    path = [label]
    for pointers in reversed(back):
        path.append(pointers[path[-1]])
    return path[::-1]


def golden_sentences() -> list[list[str]]:
    return [list(s) for s in GOLDEN["sentences"]]


# --- identity with the per-sentence decoder ------------------------------------------------


@pytest.mark.parametrize("style", ["auto", "nergrit"])
def test_tags_equal_the_golden_tags(style: str) -> None:
    expected = [s.split(" ") if s else [] for s in GOLDEN["tags"][style]]
    assert ner.tag_sentences(golden_sentences(), style=style) == expected


def test_single_sentences_tag_like_the_batch() -> None:
    sentences = golden_sentences()[:60]
    assert [ner.tag(s) for s in sentences] == ner.tag_sentences(sentences)


@pytest.mark.parametrize("style", ["auto", "idner", "nergrit", "nerp"])
def test_batch_emissions_are_bit_identical_to_the_per_sentence_sum(style: str) -> None:
    model = ner._model()
    for tokens in golden_sentences():
        if tokens:
            got = model.emissions(tokens, style)
            assert np.array_equal(got, reference_emissions(model, tokens, style)), tokens


def test_indosum_tags_and_mentions_equal_the_golden_ones() -> None:
    if not (DATA / "indosum").exists():
        pytest.skip("shared data not available")
    from warta_eval.indosum import load_indosum

    docs = {d.id: d for d in load_indosum(DATA / "indosum")}
    labels = GOLDEN["labels"]
    for article in GOLDEN["indosum"]:
        text = docs[article["id"]].text
        assert hashlib.sha1(text.encode("utf-8")).hexdigest() == article["sha1"]
        sentences = [ner._TOKEN.findall(s.text) for s in split_sentences(text)]
        tags = [" ".join(t) for t in ner.tag_sentences(sentences)]
        expected = [" ".join(labels[int(k)] for k in s) for s in article["tags"].split(" ")]
        assert tags == expected, article["id"]
        got = [[m.start, m.end, m.type] for m in ner.find_mentions(text)]
        assert got == article["mentions"], article["id"]


def test_find_mentions_many_equals_one_text_at_a_time() -> None:
    texts = [" ".join(s) for s in golden_sentences()[:80]] + ["", "Budi tiba di Bandung."]
    texts = ["\n\n".join(texts[i : i + 3]) for i in range(0, len(texts), 3)]
    assert ner.find_mentions_many(texts) == [ner.find_mentions(t) for t in texts]
    assert ner.find_mentions_many(texts, style="nergrit") == [
        ner.find_mentions(t, style="nergrit") for t in texts
    ]
    assert ner.find_mentions_many([]) == []


# --- the vectorised pieces against plain references --------------------------------------

_scores = st.floats(min_value=-4, max_value=4, allow_nan=False, allow_infinity=False)
# Small integers make ties common, so tie-breaking is checked too.
_tied = st.integers(min_value=-2, max_value=2).map(float)


@settings(max_examples=200, deadline=None)
@given(
    data=st.data(),
    size=st.integers(min_value=1, max_value=5),
    lengths=st.lists(st.integers(min_value=1, max_value=9), min_size=1, max_size=6),
    tied=st.booleans(),
)
def test_viterbi_batch_equals_plain_viterbi(
    data: st.DataObject, size: int, lengths: list[int], tied: bool
) -> None:
    values = _tied if tied else _scores
    longest = max(lengths)
    em = np.array(
        data.draw(
            st.lists(
                values,
                min_size=len(lengths) * longest * size,
                max_size=len(lengths) * longest * size,
            )
        )
    ).reshape(len(lengths), longest, size)
    transitions = np.array(
        data.draw(st.lists(values, min_size=size * size, max_size=size * size))
    ).reshape(size, size)
    paths = ner.viterbi_batch(em, np.array(lengths), transitions)
    for row, n in enumerate(lengths):
        assert paths[row, :n].tolist() == reference_viterbi(em[row, :n], transitions)


_labels = st.sampled_from(["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_labels, max_size=12), max_size=6))
def test_spans_equal_bio_spans(tag_lists: list[list[str]]) -> None:
    model = ner._model()
    paths = [np.array([model.labels.index(t) for t in tags], dtype=np.intp) for tags in tag_lists]
    assert model.spans(paths) == [ner.bio_spans(tags) for tags in tag_lists]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="aAzZσςΣİi̇ 1-.|", max_size=4), max_size=5))
def test_caseless_check_equals_is_caseless(tokens: list[str]) -> None:
    assert ner._caseless(tokens) == is_caseless(tokens)


def test_bigram_index_finds_every_reading_of_a_bar() -> None:
    attributes = ["w=a", "bg=a|b", "bg=||x", "bg=x||", "bg=a|b|c"]
    index = BigramIndex(attributes, missing=99)
    pairs = [("a", "b"), ("|", "x"), ("x", "|"), ("a", "b|c"), ("a|b", "c"), ("b", "a"), ("q", "b")]
    left = np.array([index.word(a) for a, _ in pairs])
    right = np.array([index.word(b) for _, b in pairs])
    assert index.lookup(left, right).tolist() == [1, 2, 3, 4, 4, 99, 99]


def test_gazetteer_trie_matches_like_the_feature_extractor() -> None:
    gazetteer = {
        "kota baru": "LOC",
        "kota": "LOC",
        "bank x": "ORG",
        "bank x raya": "ORG|LOC",
        "x": "PER",
    }
    fx = ner.FeatureExtractor(ner.Resources({}, gazetteer, 3))
    trie = GazetteerTrie(gazetteer)
    rng = random.Random(5)
    vocabulary = ["kota", "baru", "bank", "x", "raya", "lain"]
    for _ in range(300):
        tokens = [rng.choice(vocabulary) for _ in range(rng.randint(1, 8))]
        words = np.array([[trie.word(t) for t in tokens] + [-1]])
        starts = np.array([i for i, t in enumerate(tokens) if fx.starts_name(t)], dtype=np.intp)
        sizes, nodes = trie.longest(words, np.zeros(len(starts), dtype=np.intp), starts)
        found, free = [], 0
        for start, size, node in zip(starts.tolist(), sizes.tolist(), nodes.tolist(), strict=True):
            if size and start >= free:
                found.append((start, size, trie.types[node]))
                free = start + size
        assert found == fx.gazetteer_matches(tokens, range(len(tokens))), tokens


# --- the shipped vocabulary cache ---------------------------------------------------------


def test_shipped_vocabulary_belongs_to_the_shipped_model() -> None:
    model = ner._model()
    assert model.vocabulary is not None, "vocabulary.npz is missing or stale: see write_vocabulary"
    assert sum(len(words) for words in model.vocabulary.words) > 10_000


@pytest.mark.parametrize("caseless", [False, True])
def test_shipped_vocabulary_holds_what_featurising_gives(caseless: bool) -> None:
    model = ner._model()
    vocab = model.vocabulary
    assert vocab is not None
    words = vocab.words[caseless]
    picked = sorted(random.Random(15).sample(range(len(words)), 1500))
    ids, runs = vocab.gather(picked, caseless)
    expected = [model.word_ids(words[k], caseless) for k in picked]
    assert runs.tolist() == [r for _, r in expected]
    assert ids.tolist() == [i for got, _ in expected for i in got]


def test_vocabulary_round_trips_and_a_stale_one_is_ignored(tmp_path: Path) -> None:
    vocab = Vocabulary(
        "abc",
        (["Kota", "x"], ["kota"]),
        (
            np.array([[2, 1, 1, 1, 1], [1, 1, 1, 1, 1]], dtype=np.uint8),
            np.array([[1, 1, 1, 1, 2]], dtype=np.uint8),
        ),
        (np.arange(11, dtype=np.int64), np.arange(6, dtype=np.int64) + 70_000),
    )
    path = tmp_path / "vocabulary.npz"
    vocab.write(path)
    back = Vocabulary.read(path, "abc")
    assert back is not None and back.words == vocab.words
    ids, runs = back.gather([1], False)
    assert ids.tolist() == list(range(6, 11)) and runs.tolist() == [[1, 1, 1, 1, 1]]
    assert back.gather([0], True)[0].tolist() == list(range(70_000, 70_006))
    assert Vocabulary.read(path, "another model") is None
    assert Vocabulary.read(tmp_path / "absent.npz", "abc") is None


def test_tags_do_not_depend_on_the_vocabulary_cache() -> None:
    sentences = golden_sentences()
    model = ner._Model(ner.MODEL_DIR)
    model.vocabulary = None  # every word featurised afresh
    assert model.tag_batch(sentences, "auto") == ner.tag_sentences(sentences)
