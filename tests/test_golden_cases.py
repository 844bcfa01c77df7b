"""Golden tests on the whole articles that ship with decruft.

Each case (``decruft.testing.cases()``, files in ``src/decruft/cases``) is
``LANG_NAME.txt`` (the scraped text, clutter and all) and
``LANG_NAME.expected.txt`` (the article body a careful editor keeps: every
article line, nothing else); ``LANG.titles.json`` maps each name to the expected
``Result.title`` (a string, or null when the text has no headline at the top).

The articles are original: they mix several kinds of clutter with article
lines that only look like clutter (hard negatives).
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from decruft import clean_and_explain
from decruft.testing import Case, assert_clean, cases

CASES = cases()
CLUTTER_FREE = "en_no_clutter_seed_library"
CRLF = "en_crlf_creek_planting"


def _case(name: str) -> Case:
    return next(case for case in CASES if case.name == name)


def test_cases_are_complete() -> None:
    folder = resources.files("decruft").joinpath("cases")
    names = sorted(
        entry.name.removesuffix(".txt")
        for entry in folder.iterdir()
        if entry.name.endswith(".txt") and not entry.name.endswith(".expected.txt")
    )
    assert len(names) >= 10
    assert [case.name for case in CASES] == names
    titles: dict[str, object] = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".titles.json"):
            language = entry.name.removesuffix(".titles.json")
            found = json.loads(entry.read_text(encoding="utf-8"))
            assert all(name.startswith(f"{language}_") for name in found), entry.name
            titles.update(found)
    assert sorted(titles) == names


@pytest.mark.parametrize("case", CASES, ids=str)
def test_case_cleans_to_expected_body(case: Case) -> None:
    assert_clean(case.dirty, case.expected)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_case_title(case: Case) -> None:
    assert clean_and_explain(case.dirty).title == case.title


@pytest.mark.parametrize("case", CASES, ids=str)
def test_case_removals_are_input_lines(case: Case) -> None:
    lines = case.dirty.splitlines()
    for removal in clean_and_explain(case.dirty).removed:
        assert lines[removal.line_number - 1].rstrip() == removal.text
        assert removal.rule and removal.reason


def test_crlf_case_really_has_crlf_line_endings() -> None:
    dirty = _case(CRLF).dirty
    assert dirty.count("\r\n") == dirty.count("\n") > 10
    assert "\r" not in clean_and_explain(dirty).text


def test_clutter_free_case_is_unchanged() -> None:
    case = _case(CLUTTER_FREE)
    assert case.expected == case.dirty
    result = clean_and_explain(case.dirty)
    assert result.removed == ()
    assert result.title is None
    assert result.text == case.dirty.strip("\n")
