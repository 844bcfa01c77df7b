"""Golden tests on whole articles written for decruft, kept in tests/cases.

Each case is ``NAME.txt`` (the scraped text, clutter and all) and
``NAME.expected.txt`` (the article body a careful editor keeps: every
article line, nothing else). ``titles.json`` maps each NAME to the expected
``Result.title`` (a string, or null when the text has no headline at the top).

The articles are original: they mix several kinds of clutter with article
lines that only look like clutter (hard negatives).
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from decruft import clean_and_explain
from tests.conftest import body_lines

CASES = Path(__file__).resolve().parent / "cases"
NAMES = sorted(
    p.name.removesuffix(".txt") for p in CASES.glob("*.txt") if not p.name.endswith(".expected.txt")
)
CLUTTER_FREE = "no_clutter_seed_library"
CRLF = "crlf_creek_planting"


def _read(filename: str) -> str:
    # newline="" keeps "\r\n" as written, so the CRLF case reaches decruft intact.
    with (CASES / filename).open(encoding="utf-8", newline="") as file:
        return file.read()


def _titles() -> dict[str, str | None]:
    return json.loads(_read("titles.json"))


def _diff(expected: list[str], actual: list[str]) -> str:
    return "\n".join(
        difflib.unified_diff(expected, actual, "expected", "decruft", lineterm="", n=1)
    )


def test_cases_are_complete() -> None:
    assert len(NAMES) >= 10
    titles = _titles()
    for name in NAMES:
        assert (CASES / f"{name}.expected.txt").is_file(), f"{name}.expected.txt is missing"
        assert name in titles, f"titles.json has no entry for {name}"
    assert sorted(titles) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_case_cleans_to_expected_body(name: str) -> None:
    result = clean_and_explain(_read(f"{name}.txt"))
    expected = body_lines(_read(f"{name}.expected.txt"))
    actual = body_lines(result.text)
    assert actual == expected, (
        f"{name}: body differs\n{_diff(expected, actual)}\n\n{result.report()}"
    )


@pytest.mark.parametrize("name", NAMES)
def test_case_title(name: str) -> None:
    result = clean_and_explain(_read(f"{name}.txt"))
    assert result.title == _titles()[name]


@pytest.mark.parametrize("name", NAMES)
def test_case_removals_are_input_lines(name: str) -> None:
    dirty = _read(f"{name}.txt")
    lines = dirty.splitlines()
    for removal in clean_and_explain(dirty).removed:
        assert lines[removal.line_number - 1].rstrip() == removal.text
        assert removal.rule and removal.reason


def test_crlf_case_really_has_crlf_line_endings() -> None:
    dirty = _read(f"{CRLF}.txt")
    assert dirty.count("\r\n") == dirty.count("\n") > 10
    assert "\r" not in clean_and_explain(dirty).text


def test_clutter_free_case_is_unchanged() -> None:
    dirty = _read(f"{CLUTTER_FREE}.txt")
    assert _read(f"{CLUTTER_FREE}.expected.txt") == dirty
    result = clean_and_explain(dirty)
    assert result.removed == ()
    assert result.title is None
    assert result.text == dirty.strip("\n")
