"""Each stage declares exactly the article fields it reads and assigns, in a valid order."""

from __future__ import annotations

import ast
import inspect
import textwrap

import pytest

from warta.errors import InvalidParameterError
from warta.pipeline.stages import Stage, check_order, default_stages


def _fields_read(stage: Stage) -> set[str]:
    """``article.<field>`` attributes the stage function reads."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(stage.func)))
    return {
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "article"
    }


def _fields_assigned(stage: Stage) -> set[str]:
    """Keyword arguments of the ``replace(article, ...)`` call that builds the result."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(stage.func)))
    return {
        kw.arg
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "replace"
        for kw in node.keywords
        if kw.arg
    }


@pytest.mark.parametrize("stage", default_stages(), ids=lambda s: s.name)
def test_stage_declares_what_it_reads(stage: Stage) -> None:
    assert _fields_read(stage) == set(stage.requires)


@pytest.mark.parametrize("stage", default_stages(), ids=lambda s: s.name)
def test_stage_declares_what_it_assigns(stage: Stage) -> None:
    assert _fields_assigned(stage) == set(stage.assigns)


def test_default_order_is_valid_and_a_wrong_one_is_refused() -> None:
    stages = default_stages()
    check_order(stages)
    with pytest.raises(InvalidParameterError, match="mentions"):
        check_order(list(reversed(stages)))


def test_stages_over_many_articles_give_each_article_alone() -> None:
    """A stage's ``many`` form (NER tagging several articles' sentences together) and
    :func:`analyze_many` give exactly what each article gets through the stages alone."""
    from pathlib import Path

    from warta.clean import clean_document
    from warta.ingest import iter_documents
    from warta.pipeline.stages import analyze, analyze_many, article_stages

    root = Path(__file__).resolve().parents[2]
    inputs = [str(root / "examples"), str(root.parent / "shared" / "seeds")]
    articles = [clean_document(raw) for raw in iter_documents(inputs)]
    articles = [a for a in articles if a.text.strip()]
    assert len(articles) >= 10
    stages = article_stages()
    assert any(s.many is not None for s in stages)
    assert analyze_many(articles, stages) == [analyze(a, stages) for a in articles]
