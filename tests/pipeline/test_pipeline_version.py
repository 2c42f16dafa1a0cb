"""The pipeline version changes whenever what the pipeline outputs changes.

A store remembers which :data:`~warta.pipeline.local.PIPELINE_VERSION` analysed each
article; a build redoes documents stored by another version and ``warta reanalyse``
analyses such articles again. That works only if a release that changes cleaning or a
stage also bumps the version. This test fingerprints what the pipeline makes of the
examples (the quick-start documents and the development pages) and holds it against
the fingerprint recorded with the current version in ``pipeline_fingerprint.json``.

When it fails: if the change of output is meant, bump ``PIPELINE_VERSION`` in
``src/warta/versions.py`` (once per release is enough: record again after later
changes of the same release) and record the fingerprint::

    python -m tests.pipeline.test_pipeline_version
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from tests.conftest import EXAMPLES

from warta.ingest import iter_documents
from warta.pipeline import PIPELINE_VERSION, article_stages, process_documents
from warta.records import Provenance, RawDoc
from warta.serialize import article_to_json

RECORDED = Path(__file__).with_name("pipeline_fingerprint.json")
PAGES = EXAMPLES / "pages" / "dev"


def fingerprint() -> str:
    """A hash of every article the pipeline makes of the examples, in a fixed order."""
    docs = [
        d
        for d in iter_documents([str(p) for p in sorted(EXAMPLES.glob("0*"))])
        if isinstance(d, RawDoc)
    ]
    docs += [
        RawDoc(
            Provenance(p.name),
            p.read_text(encoding="utf-8"),
            "html" if ".html." in p.name else "text",
        )
        for p in sorted(PAGES.glob("*.page"))
    ]
    articles, _problems = process_documents(docs, article_stages())
    digest = hashlib.blake2b(digest_size=16)
    for article in articles:
        digest.update(article_to_json(article).encode())
    return digest.hexdigest()


def test_the_pipeline_version_is_bumped_when_the_output_changes() -> None:
    recorded = json.loads(RECORDED.read_text(encoding="utf-8"))
    now = fingerprint()
    assert recorded["fingerprint"] == now or recorded["pipeline_version"] != PIPELINE_VERSION, (
        "cleaning or a stage gives other output on the examples: bump PIPELINE_VERSION in "
        "src/warta/versions.py (stores analysed before are then redone by a build "
        "and by 'warta reanalyse'), then run: python -m tests.pipeline.test_pipeline_version"
    )
    assert recorded == {"pipeline_version": PIPELINE_VERSION, "fingerprint": now}, (
        "the pipeline version was bumped: record its fingerprint with "
        "python -m tests.pipeline.test_pipeline_version"
    )


if __name__ == "__main__":
    RECORDED.write_text(
        json.dumps({"pipeline_version": PIPELINE_VERSION, "fingerprint": fingerprint()}, indent=1)
        + "\n",
        encoding="utf-8",
    )
    print(f"recorded pipeline version {PIPELINE_VERSION} in {RECORDED}")
