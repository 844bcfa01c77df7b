"""Tests of the toy scraper with decruft's test kit.

Run them with ``python -m pytest examples/toy_scraper``: the fixtures come
from decruft's pytest plugin, which pytest loads by itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from scraper import raw_text, scrape

from decruft.strategies import article_lines, articles, cruft_lines, dirty_articles
from decruft.testing import (
    assert_clean,
    assert_kept,
    assert_no_cruft,
    assert_removed,
    cases,
)

PAGES = Path(__file__).parent / "pages"
HARBOUR = (PAGES / "harbour.html").read_text(encoding="utf-8")


def test_decruft_cleans_the_whole_page_as_expected(decruft_golden):
    # pages/harbour.expected.txt was written by the first run, then read
    # and committed.
    decruft_golden.check("pages/harbour.html")


def test_the_scraper_returns_the_article_and_nothing_else():
    expected = (PAGES / "harbour.expected.txt").read_text(encoding="utf-8")
    assert_clean(raw_text(HARBOUR), expected)
    assert_no_cruft(scrape(HARBOUR))


def test_the_quote_that_looks_like_a_promo_is_kept():
    raw = raw_text(HARBOUR)
    assert_kept(raw, next(line for line in raw.splitlines() if "You can read more" in line))
    assert_removed(raw, "✨ Don't miss: The Last Net Maker on the North Quay", rule="promo_lines")
    assert_removed(raw, "Leave a Reply", rule="comment_prompts")


def test_decruft_clean_is_the_configured_pipeline(decruft_clean, decruft_pipeline):
    assert "promo_lines" in decruft_pipeline
    assert decruft_clean(raw_text(HARBOUR)) == scrape(HARBOUR)


def _page(text):
    paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
    return f"<article>{paragraphs}</article>"


@given(dirty_articles(language="en"))
def test_whatever_clutter_the_article_holds_the_scraper_drops_it(pair):
    dirty, expected = pair
    assert scrape(_page(dirty)) == expected


@given(articles(language="en"))
def test_an_article_without_clutter_comes_back_whole(article):
    assert scrape(_page(article)) == article


@given(article_lines("en"), cruft_lines(kind="promo_lines", language="en"), article_lines("en"))
def test_a_promo_between_two_paragraphs_goes(first, promo, last):
    if first != last:
        assert scrape(_page(f"{first}\n{promo}\n{last}")) == f"{first}\n\n{last}"


@pytest.mark.parametrize("case", cases("en"), ids=str)
def test_the_pipeline_still_cleans_decrufts_own_cases(case, decruft_pipeline):
    assert_clean(case.dirty, case.expected, pipeline=decruft_pipeline)
