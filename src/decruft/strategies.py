"""Hypothesis strategies: article text, clutter lines, and dirty articles
paired with their clean body, for property tests of scrapers and pipelines.

>>> from hypothesis import given, settings
>>> from decruft import clean
>>> from decruft.strategies import dirty_articles
>>> from decruft.testing import content_lines
>>> @settings(max_examples=20)
... @given(dirty_articles())
... def test_cleaning_gives_the_article_back(pair):
...     dirty, expected = pair
...     assert content_lines(clean(dirty)) == content_lines(expected)
>>> test_cleaning_gives_the_article_back()

The words come from data files: article prose from ``decruft/samples/<language>.json``
(subjects, actions and settings put together by the language's sentence
pattern, and headlines), clutter from decruft's phrase lists
(``decruft/phrases/<language>/``). A language is available when it has both.
This module needs hypothesis (``pip install 'decruft[testing]'``).
"""

from __future__ import annotations

import json
import operator
from collections.abc import Callable
from functools import cache
from importlib import resources

from hypothesis import strategies as st

from decruft.filters.base import PhraseRule
from decruft.phrases import available_languages as phrase_languages
from decruft.phrases import kinds, load
from decruft.pipeline import default_pipeline

__all__ = [
    "CRUFT_KINDS",
    "article_lines",
    "articles",
    "cruft_lines",
    "dirty_articles",
    "languages",
]

#: The kinds of clutter line :func:`cruft_lines` draws, named after the
#: rule that removes them.
CRUFT_KINDS = (
    "advertisements",
    "browser_notices",
    "comment_prompts",
    "cookie_notices",
    "markup_debris",
    "newsletter_prompts",
    "promo_lines",
    "reading_times",
    "share_prompts",
    "site_controls",
)

# The phrase list each kind's lines are made of (promo lines add a headline).
_KIND_PHRASES = {
    "advertisements": "advertisements",
    "browser_notices": "browser_notices",
    "comment_prompts": "comment_prompts",
    "cookie_notices": "cookie_notices",
    "newsletter_prompts": "newsletter_prompts",
    "promo_lines": "promo_prefixes",
    "reading_times": "reading_times",
    "share_prompts": "share_prompts",
    "site_controls": "site_controls",
}
_DEBRIS = (">", "|", "•", "»", "→", "›")
_DECORATIONS = ("", "", "✨ ", "👉 ", "• ", "» ")
# A promo set as a list item is one only before a headline in Title Case (an
# article's list of sights may start "• Don't miss: the view from..."), and
# most languages write headlines in sentence case: promos get no bullet.
_PROMO_DECORATIONS = ("", "", "✨ ", "👉 ", "» ")
_PROMO_SEPARATORS = (": ", " » ", " | ", ": ")
# Where each kind shows up in a scraped article.
_TOP = ("advertisements", "cookie_notices", "reading_times", "share_prompts", "site_controls")
_BETWEEN = (
    "advertisements",
    "browser_notices",
    "markup_debris",
    "newsletter_prompts",
    "promo_lines",
)
_BOTTOM = (
    "comment_prompts",
    "cookie_notices",
    "newsletter_prompts",
    "promo_lines",
    "share_prompts",
    "site_controls",
)
# The phrase list whose headings open a related block.
_RELATED_HEADINGS = "related_headings"


@cache
def _samples(language: str) -> dict[str, object]:
    path = resources.files("decruft").joinpath("samples", f"{language}.json")
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def _sample_languages() -> tuple[str, ...]:
    folder = resources.files("decruft").joinpath("samples")
    return tuple(
        sorted(
            entry.name.removesuffix(".json")
            for entry in folder.iterdir()
            if entry.name.endswith(".json")
        )
    )


@cache
def _warm_up() -> None:
    """Compile the patterns of every phrase list the default pipeline reads.

    Called when a strategy is made, which hypothesis does not time: the
    first ``clean()`` of a test then runs as fast as the others, well within
    hypothesis's deadline, instead of compiling patterns for a second or more.
    """
    every_language = phrase_languages()
    for kind in kinds():
        load(kind, every_language).compile()
    for rule in default_pipeline():
        if isinstance(rule, PhraseRule):
            for phrases in rule.phrase_sets().values():
                phrases.compile()


def languages() -> tuple[str, ...]:
    """The languages the strategies write: those with prose samples and
    phrase lists.

    >>> "en" in languages()
    True
    """
    return tuple(lang for lang in _sample_languages() if lang in phrase_languages())


def _language(language: str | None) -> st.SearchStrategy[str]:
    _warm_up()
    known = languages()
    if language is None:
        return st.sampled_from(known)
    if language not in known:
        raise ValueError(f"no samples for language {language!r}; available: {', '.join(known)}")
    return st.just(language)


def _sentence(language: str) -> st.SearchStrategy[str]:
    samples = _samples(language)
    return st.builds(
        lambda subject, action, setting: str(samples["pattern"]).format(
            subject=subject, action=action, setting=setting
        ),
        st.sampled_from(samples["subjects"]),
        st.sampled_from(samples["actions"]),
        st.sampled_from(samples["settings"]),
    )


def article_lines(language: str | None = None) -> st.SearchStrategy[str]:
    """Lines of article prose, one or two sentences long, in ``language``
    (any available one by default): lines that no rule should remove.

    >>> from hypothesis import find
    >>> find(article_lines("en"), lambda line: True).endswith(".")
    True
    """
    return _language(language).flatmap(_paragraph)


def _paragraph(language: str) -> st.SearchStrategy[str]:
    separator = str(_samples(language)["sentence_separator"])
    return st.lists(_sentence(language), min_size=1, max_size=2, unique=True).map(separator.join)


def articles(language: str | None = None) -> st.SearchStrategy[str]:
    """Whole clean articles: two to eight distinct paragraphs of
    :func:`article_lines`, separated by blank lines, all in one language."""
    return _language(language).flatmap(
        lambda lang: st.lists(_paragraph(lang), min_size=2, max_size=8, unique=True).map(
            "\n\n".join
        )
    )


def cruft_lines(kind: str | None = None, language: str | None = None) -> st.SearchStrategy[str]:
    """Clutter lines that decruft's rule of the same name removes wherever
    they stand alone between paragraphs: ``Leave a Reply``, ``✨ Don't
    miss: How the Old Mill Became a Theatre``, ``5 min read``...

    Args:
        kind: one of :data:`CRUFT_KINDS` (any by default).
        language: the language of the words (any available one by default).

    """
    if kind is not None and kind not in CRUFT_KINDS:
        raise ValueError(f"unknown clutter kind {kind!r}; kinds: {', '.join(CRUFT_KINDS)}")
    kinds = st.sampled_from(CRUFT_KINDS) if kind is None else st.just(kind)
    return st.tuples(kinds, _language(language)).flatmap(lambda pair: _cruft(*pair))


def _cruft(kind: str, language: str) -> st.SearchStrategy[str]:
    if kind == "markup_debris":
        return st.sampled_from(_DEBRIS)
    phrases = load(_KIND_PHRASES[kind], (language,)).phrases
    if not phrases:
        return st.nothing()
    styled = st.builds(
        _styled, st.sampled_from(phrases), st.sampled_from(_STYLES), st.integers(1, 99)
    )
    if kind != "promo_lines":
        return st.builds(operator.add, st.sampled_from(_DECORATIONS), styled)
    return st.builds(
        lambda *parts: "".join(parts),
        st.sampled_from(_PROMO_DECORATIONS),
        styled,
        st.sampled_from(_PROMO_SEPARATORS),
        st.sampled_from(_samples(language)["headlines"]),
    )


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _title_case(text: str) -> str:
    return " ".join(_capitalised(word) for word in text.split(" "))


# How pages write a phrase: "Leave a reply", "Leave A Reply", "LEAVE A REPLY".
_STYLES: tuple[Callable[[str], str], ...] = (_capitalised, _title_case, str.upper, str)


def _styled(phrase: str, style: Callable[[str], str], number: int) -> str:
    return style(phrase.replace("{n}", str(number)))


def _related_block(language: str) -> st.SearchStrategy[str]:
    headings = load(_RELATED_HEADINGS, (language,)).phrases
    if not headings:
        return st.just("")
    return st.builds(
        lambda heading, titles: "\n".join([heading, *titles]),
        st.builds(
            _styled,
            st.sampled_from(headings),
            st.sampled_from((_capitalised, _title_case)),
            st.just(0),
        ),
        st.lists(
            st.sampled_from(_samples(language)["headlines"]), min_size=2, max_size=5, unique=True
        ),
    )


def dirty_articles(language: str | None = None) -> st.SearchStrategy[tuple[str, str]]:
    """``(dirty, expected)`` pairs: an article (:func:`articles`) with
    clutter put where pages put it, and the article alone.

    The clutter: lines such as reading times and share bars above the
    article, promos and advertisements between its paragraphs, a "Related
    Posts" block of teaser headlines after it, and comment and newsletter
    prompts at the bottom. Each part is there or not, independently; blocks
    are separated by blank lines, as in text extracted from a page.
    """
    return _language(language).flatmap(_dirty_article)


@st.composite
def _dirty_article(draw: st.DrawFn, language: str) -> tuple[str, str]:
    paragraphs = draw(st.lists(_paragraph(language), min_size=2, max_size=8, unique=True))

    def some(places: tuple[str, ...], most: int) -> list[str]:
        kinds = st.sampled_from(places)
        return draw(st.lists(kinds.flatmap(lambda kind: _cruft(kind, language)), max_size=most))

    blocks = some(_TOP, 2)
    for index, paragraph in enumerate(paragraphs):
        if index:
            blocks += some(_BETWEEN, 1)
        blocks.append(paragraph)
    if draw(st.booleans()):
        blocks.append(draw(_related_block(language)))
    blocks += some(_BOTTOM, 3)
    dirty = "\n\n".join(block for block in blocks if block)
    return dirty, "\n\n".join(paragraphs)
