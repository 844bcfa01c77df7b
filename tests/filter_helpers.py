"""Helpers for the per-filter tests (tests/test_filters*.py).

A positive case is a page written as a list of lines, where the clutter
lines are wrapped in :class:`Cut`. Exactly those lines must be removed,
each by the filter under test (or by the rule a ``Cut`` names), and every
other line must survive verbatim.

A hard negative is a page of article text that looks like clutter: it must
come out of ``clean()`` unchanged, with nothing removed.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from decruft import clean, clean_and_explain


@dataclass(frozen=True)
class Cut:
    """A line the page must lose, to ``rule`` (default: the filter under test)."""

    text: str
    rule: str | None = None


def page(lines: tuple[str | Cut, ...]) -> str:
    """Join a case's lines into the text given to decruft."""
    return "\n".join(line.text if isinstance(line, Cut) else line for line in lines)


def cut(case_id: str, *lines: str | Cut) -> pytest.param:
    """A positive case: the ``Cut`` lines go, the others stay."""
    assert any(isinstance(line, Cut) for line in lines), case_id
    return pytest.param(lines, id=case_id)


def keep(case_id: str, *lines: str) -> pytest.param:
    """A hard negative: every line stays."""
    return pytest.param(lines, id=case_id)


def by_rule(table: dict[str, list[pytest.param]]) -> list[pytest.param]:
    """Flatten ``{rule: [cases]}`` into ``(rule, lines)`` params with ids ``rule-case``."""
    return [
        pytest.param(rule, *case.values, id=f"{rule}-{case.id}")
        for rule, cases in table.items()
        for case in cases
    ]


def kept_lines(text: str) -> list[str]:
    """The non-blank lines of a cleaned text."""
    return [line for line in text.split("\n") if line.strip()]


def assert_cuts(rule: str, lines: tuple[str | Cut, ...]) -> None:
    """Exactly the ``Cut`` lines are removed, by the expected rules; the rest stay."""
    result = clean_and_explain(page(lines))
    expected = {
        number: line.rule or rule
        for number, line in enumerate(lines, start=1)
        if isinstance(line, Cut)
    }
    got = {removal.line_number: removal.rule for removal in result.removed}
    assert got == expected, result.report()
    prose = [line.rstrip() for line in lines if isinstance(line, str) and line.strip()]
    assert kept_lines(result.text) == prose
    assert clean(page(lines)) == result.text


def assert_unchanged(lines: tuple[str, ...]) -> None:
    """The page loses nothing: ``clean()`` returns it as it was."""
    text = page(lines)
    result = clean_and_explain(text)
    assert result.removed == (), result.report()
    assert result.title is None
    assert clean(text) == text


# Article prose used as the surroundings of clutter lines. Each line is a
# full sentence, so none of them looks like a headline or a teaser.
COUNCIL = (
    "The city council voted 7-2 on Tuesday to extend the bike lane network along Harbour Road.",
    "Supporters said the change would make the route safer for children cycling to school.",
    "Opponents warned that shops on the road would lose dozens of parking spaces.",
    "Work is due to start in September and should take about four months.",
)
GARDEN = (
    "Tomatoes need at least six hours of direct sun a day to ripen properly.",
    "On a small balcony, a single plant in a 20-litre pot can still produce several kilos.",
    "Water deeply twice a week rather than a little every day, so the roots grow down.",
    "Pinch out the side shoots as they appear, and feed the plant once the first fruit sets.",
)
MUSEUM = (
    "The museum reopened on Saturday after an eighteen-month renovation that cost £14 million.",
    "Visitors queued around the block to see the restored ceiling of the main gallery.",
    "Admission remains free, although the new temporary exhibitions charge a small fee.",
    "The director said she hoped to double the number of school visits within two years.",
)
SLEEP = (
    "Researchers followed 2,400 teenagers for five years to see how sleep affected their grades.",
    "Those who slept less than seven hours a night scored lower in maths, on average.",
    "The authors cautioned that the study shows a link, not proof that one causes the other.",
    "They now plan to test whether later school start times make a measurable difference.",
)

C1, C2, C3, C4 = COUNCIL
G1, G2, G3, G4 = GARDEN
M1, M2, M3, M4 = MUSEUM
S1, S2, S3, S4 = SLEEP
