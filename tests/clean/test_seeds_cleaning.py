"""Cleaning and metadata of the five seeds against the gold annotations, one by one."""

from __future__ import annotations

from typing import Any

import pytest
from tests.conftest import GOLD  # noqa: F401 - documents where the gold comes from

NAMES = [
    "000_eaa14fcfe26b3708.txt",
    "001_e55747e849a101e5.txt",
    "002_dc909485f31bc26a.txt",
    "003_f35b2e0f889bfed9.txt",
    "004_dc18b97a23789d0b.txt",
]


def _norm(text: str | None) -> str:
    return " ".join((text or "").replace("“", '"').replace("”", '"').split()).lower()


@pytest.mark.parametrize("name", NAMES)
def test_body_edges_and_removed_lines(
    name: str, seed_exports: dict[str, Any], gold: dict[str, Any]
) -> None:
    art, g = seed_exports[name], gold["documents"][name]
    body = _norm(art["text"])
    assert body.startswith(_norm(g["body_first_words"]))
    assert body.rstrip('"').endswith(_norm(g["body_last_words"]))
    paragraphs = {_norm(p) for p in art["text"].split("\n\n")}
    for key in (
        "boilerplate_lines",
        "caption_or_credit_lines",
        "attribution_lines",
        "teaser_lines",
    ):
        for line in g.get(key, []):
            assert _norm(line) not in paragraphs, line
            assert any(_norm(r["text"]).startswith(_norm(line)[:20]) for r in art["removed"]), line
    for sub in g.get("subheadings", []):
        assert _norm(sub) in paragraphs


@pytest.mark.parametrize("name", NAMES)
def test_metadata(name: str, seed_exports: dict[str, Any], gold: dict[str, Any]) -> None:
    art, g = seed_exports[name], gold["documents"][name]
    assert art["title"] == g["title"]
    assert art["page_date"] == g["page_date"]
    assert (art["host_site"] or "").lower() == (g["host_site"] or "").lower()
    assert art["original_source"] == g["original_source"]
    if g.get("published"):
        assert art["published"] == g["published"]
        assert art["published_evidence"].startswith("stated")
    else:  # never the page header's date
        assert art["published"] is None or art["published_evidence"].startswith("inferred")
        assert art["published"] is None or art["published"] != g["page_date"]
    if "wire_credits" in g:
        assert art["wire_credits"] == g["wire_credits"]
    assert ("truncated" in art["flags"]) == g.get("truncated", False)
    assert ("continued" in art["flags"]) == g.get("continued_on_next_page", False)


def test_encoding_repair(seed_exports: dict[str, Any]) -> None:
    art = seed_exports["003_f35b2e0f889bfed9.txt"]
    assert "Ā" not in art["text"] and "dari pertemuan tersebut" in art["text"]
    assert "encoding-repaired" in art["flags"]
    assert "encoding-repaired" not in seed_exports["000_eaa14fcfe26b3708.txt"]["flags"]


def test_duplicates(seed_exports: dict[str, Any]) -> None:
    a, b = seed_exports["000_eaa14fcfe26b3708.txt"], seed_exports["003_f35b2e0f889bfed9.txt"]
    assert a["dup_group"] and a["dup_group"] == b["dup_group"]
    assert b["dup_relation"] == "canonical" and b["duplicate_of"] is None
    assert a["dup_relation"] == "contained" and a["duplicate_of"] == b["id"]
    others = [seed_exports[n] for n in NAMES if n[:3] in ("001", "002", "004")]
    assert all(o["dup_group"] is None for o in others)
