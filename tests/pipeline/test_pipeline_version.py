"""The pipeline version changes whenever what the pipeline outputs changes.

A store remembers which :data:`~warta.pipeline.local.PIPELINE_VERSION` analysed each
article; a build redoes documents stored by another version and ``warta reanalyse``
analyses such articles again. That works only if a release that changes cleaning or a
stage also bumps the version. This test fingerprints what the pipeline makes of the project's own
texts (the quick-start documents, every example page, and the texts of the quote and relation sets
that the rules are written against, so a rule change nearly always shows) and holds it
against the fingerprint recorded with the current version in ``pipeline_fingerprint.json``.

When it fails: if the change of output is meant, bump ``PIPELINE_VERSION`` in
``src/warta/versions.py`` (once per release is enough: record again after later
changes of the same release) and record the fingerprint::

    python -m tests.pipeline.test_pipeline_version
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path

from tests.conftest import EXAMPLES

from warta.ingest import iter_documents
from warta.pipeline import PIPELINE_VERSION, article_stages, process_documents
from warta.records import Provenance, RawDoc
from warta.serialize import article_to_json

RECORDED = Path(__file__).with_name("pipeline_fingerprint.json")
TESTS = Path(__file__).resolve().parents[1]
#: The texts of the quote sets (``documents``) and relation sets (``examples``).
TEXT_SETS = sorted((TESTS / "nlp" / "quotes").glob("*_quotes.json")) + sorted(
    (TESTS / "eval" / "gold").glob("relations_*.json")
)


def _documents() -> list[RawDoc]:
    quick = [str(p) for p in sorted(EXAMPLES.glob("0*"))]
    # Paths relative to the examples: article ids come from them, and the fingerprint
    # must not depend on where the repository was cloned.
    docs = [
        replace(d, provenance=replace(d.provenance, path=Path(d.provenance.path).name))
        for d in iter_documents(quick)
        if isinstance(d, RawDoc)
    ]
    for page in sorted((EXAMPLES / "pages").rglob("*.page")):
        kind = "html" if ".html." in page.name else "text"
        docs.append(RawDoc(Provenance(page.name), page.read_text(encoding="utf-8"), kind))
    for path in TEXT_SETS:
        data = json.loads(path.read_text(encoding="utf-8"))
        items = data.get("documents", {}) or {e["id"]: e for e in data.get("examples", [])}
        for key, item in sorted(items.items()):
            if "text" in item:  # the seeds' relation gold holds labels only
                where = Provenance(f"{path.name}:{key}")
                docs.append(RawDoc(where, item["text"], published=item.get("published")))
    return docs


def fingerprint() -> str:
    """A hash of every article the pipeline makes of :func:`_documents`, in order."""
    articles, _problems = process_documents(_documents(), article_stages())
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
