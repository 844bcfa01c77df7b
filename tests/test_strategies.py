"""decruft.strategies: what they draw is what they promise, for decruft's
own pipeline first of all."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from decruft import clean_and_explain
from decruft.strategies import (
    CRUFT_KINDS,
    article_lines,
    articles,
    cruft_lines,
    dirty_articles,
    languages,
)
from decruft.testing import assert_clean, assert_no_cruft, content_lines
from tests.test_contract import PROPERTY


@PROPERTY
@given(dirty_articles())
def test_a_dirty_article_cleans_to_its_article(pair: tuple[str, str]) -> None:
    dirty, expected = pair
    assert_clean(dirty, expected)


@PROPERTY
@given(articles())
def test_an_article_has_no_cruft(article: str) -> None:
    assert_no_cruft(article)
    assert len(content_lines(article)) >= 2


@pytest.mark.parametrize("kind", CRUFT_KINDS)
def test_each_kind_of_cruft_line_goes_by_the_rule_of_its_name(kind: str) -> None:
    @PROPERTY
    @given(
        st.lists(article_lines("en"), min_size=2, max_size=4, unique=True),
        cruft_lines(kind, "en"),
        st.integers(min_value=0, max_value=4),
    )
    def between_paragraphs(paragraphs: list[str], cruft: str, at: int) -> None:
        at = min(at, len(paragraphs))
        text = "\n\n".join([*paragraphs[:at], cruft, *paragraphs[at:]])
        result = clean_and_explain(text)
        assert content_lines(result.text) == paragraphs
        assert [removal.rule for removal in result.removed] == [kind], cruft

    between_paragraphs()


@given(cruft_lines())
def test_a_cruft_line_is_one_line(line: str) -> None:
    assert line.strip() and "\n" not in line


def test_unknown_kinds_and_languages_are_refused_with_the_known_ones() -> None:
    with pytest.raises(ValueError, match="unknown clutter kind 'spam'; kinds: advertisements"):
        cruft_lines("spam")
    with pytest.raises(ValueError, match=r"no samples for language 'xx'; available: .*en"):
        articles("xx")
    assert "en" in languages()
