"""Fenced code blocks (decruft.fences): no rule removes a line of code."""

from __future__ import annotations

from decruft import clean, clean_and_explain
from decruft.fences import in_fenced_code
from decruft.lines import read_lines

INTRO = (
    "Webhooks let your application hear about events the moment they happen, instead of "
    "asking the server again and again whether anything has changed."
)
# A block of code whose lines, alone, read like clutter.
CODE = (
    "```html",
    "<footer>",
    "Share this:",
    "Leave a Reply",
    "Advertisement",
    "→",
    "</footer>",
    "```",
)


def test_no_rule_removes_a_line_of_fenced_code() -> None:
    text = "\n".join((INTRO, "", *CODE, "", "The template above is the one we ship."))
    assert clean_and_explain(text).removed == ()
    assert clean(text) == text


def test_tildes_fence_code_too() -> None:
    code = tuple("~~~~" if line.startswith("```") else line for line in CODE)
    text = "\n".join((INTRO, "", *code))
    assert clean(text) == text


def test_a_fence_that_never_closes_protects_nothing() -> None:
    text = "\n".join((INTRO, "", "```", "Share this:", "The end of the text."))
    assert [removal.text for removal in clean_and_explain(text).removed] == ["Share this:"]
    assert not any(in_fenced_code(read_lines(text)))


def test_a_fence_closes_only_with_its_own_mark() -> None:
    lines = read_lines("\n".join(("````", "```", "Share this:", "````", "after")))
    assert in_fenced_code(lines) == (True, True, True, True, False)
