"""The phrase rules in every language decruft has phrase lists for.

The cases are data, one module per language in tests/language_cases/: the
clutter each rule removes in that language, and article text that only
looks like it (hard negatives).
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

import pytest

from decruft.phrases import available_languages
from tests.filter_helpers import assert_cuts, assert_unchanged

CASES = Path(__file__).parent / "language_cases"
LANGUAGES = sorted(path.stem for path in CASES.glob("*.py") if path.stem != "__init__")
#: The rules whose clutter is recognised by its words, in every language.
PHRASE_RULES = (
    "share_prompts",
    "newsletter_prompts",
    "cookie_notices",
    "advertisements",
    "browser_notices",
    "comment_prompts",
    "comment_threads",
    "promo_lines",
    "related_posts",
    "see_more_teasers",
    "footer_links",
    "reading_times",
    "site_controls",
    "title",
)


def _module(language: str) -> ModuleType:
    return importlib.import_module(f"tests.language_cases.{language}")


def _params(table: str) -> list[pytest.param]:
    return [
        pytest.param(rule, *case.values, id=f"{language}-{rule}-{case.id}")
        for language in LANGUAGES
        for rule, cases in getattr(_module(language), table).items()
        for case in cases
    ]


@pytest.mark.parametrize(("rule", "lines"), _params("POSITIVES"))
def test_a_rule_removes_its_clutter_in_the_language(rule: str, lines: tuple) -> None:
    assert_cuts(rule, lines)


@pytest.mark.parametrize(("rule", "lines"), _params("HARD_NEGATIVES"))
def test_article_text_of_the_language_stays(rule: str, lines: tuple) -> None:
    assert_unchanged(lines)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_phrase_rule_has_cases_in_the_language(language: str) -> None:
    module = _module(language)
    assert language in available_languages(), f"no phrase folder for {language}"
    missing_positives = [rule for rule in PHRASE_RULES if not module.POSITIVES.get(rule)]
    missing_negatives = [rule for rule in PHRASE_RULES if not module.HARD_NEGATIVES.get(rule)]
    assert missing_positives == [], f"{language}: no positive case for {missing_positives}"
    assert missing_negatives == [], f"{language}: no hard negative for {missing_negatives}"
