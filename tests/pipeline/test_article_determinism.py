"""The per-article stages are a pure function of the article.

A build promises that re-running it is idempotent and that an article's record does not
depend on the batch order, the worker count or the process: no per-process cache, no
set iteration (whose order follows the process's hash seed) and no earlier article may
change what the stages give an article. Here the example pages and the seeds go through
the stages in order, in reverse order, twice in one process and in processes with two
other hash seeds, and every article must get the same record each time.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys

from tests.conftest import EXAMPLES, ROOT, SEEDS

from warta.clean import clean_document
from warta.ingest import iter_documents
from warta.pipeline.stages import analyze, analyze_many, article_stages
from warta.records import Article, RawDoc

#: Prints ``{article id: digest of its analysed record}`` for the examples and seeds.
_DIGESTS = f"""
import hashlib, json
from warta.clean import clean_document
from warta.ingest import iter_documents
from warta.pipeline.stages import analyze, article_stages
from warta.records import RawDoc
stages = article_stages()
docs = [d for d in iter_documents([{str(EXAMPLES)!r}, {str(SEEDS)!r}]) if isinstance(d, RawDoc)]
articles = [a for a in map(clean_document, docs) if a.text.strip()]
print(json.dumps({{
    a.id: hashlib.sha1(repr(analyze(a, stages)).encode()).hexdigest() for a in articles
}}))
"""


def _articles() -> list[Article]:
    docs = [d for d in iter_documents([str(EXAMPLES), str(SEEDS)]) if isinstance(d, RawDoc)]
    articles = [a for a in map(clean_document, docs) if a.text.strip()]
    assert len(articles) >= 10
    return articles


def test_an_article_gets_the_same_record_in_any_order_and_when_analysed_again() -> None:
    articles = _articles()
    stages = article_stages()
    first = [analyze(a, stages) for a in articles]
    backwards = [analyze(a, stages) for a in reversed(articles)][::-1]
    again = [analyze(a, stages) for a in articles]
    assert [a.id for a in backwards] == [a.id for a in first]
    for one, other, third in zip(first, backwards, again, strict=True):
        assert other == one, f"{one.id}: another record when analysed after the others"
        assert third == one, f"{one.id}: another record when analysed a second time"
    # the stages over groups of articles (as a build runs them) in another order too
    shuffled = articles[1::2] + articles[::2]
    grouped = {a.id: a for a in analyze_many(shuffled, stages)}
    assert [grouped[a.id] for a in articles] == first


def test_an_article_gets_the_same_record_whatever_the_hash_seed() -> None:
    def digests(seed: str) -> dict[str, str]:
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT / "src")}
        run = subprocess.run(
            [sys.executable, "-c", _DIGESTS], env=env, check=True, capture_output=True, text=True
        )
        return dict(json.loads(run.stdout.strip().splitlines()[-1]))

    stages = article_stages()
    here = {a.id: hashlib.sha1(repr(analyze(a, stages)).encode()).hexdigest() for a in _articles()}
    assert digests("1") == here
    assert digests("2") == here
