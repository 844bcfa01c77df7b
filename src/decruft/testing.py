"""Assertions for tests of scrapers and cleaning pipelines.

Each assertion cleans a text with :func:`decruft.clean_and_explain` and, when
it fails, says which rule did what: a missing article line names the rule
that removed it and why, a line left over says that no rule removed it. The
assertions hide their own frames from pytest's traceback, so a failure
points at the test that called them.

>>> from decruft.testing import assert_clean, assert_kept, assert_removed
>>> page = "The council approved the budget on Tuesday.\\n\\nLeave a comment"
>>> assert_clean(page, "The council approved the budget on Tuesday.")
>>> assert_kept(page, "The council approved the budget on Tuesday.")
>>> assert_removed(page, "Leave a comment", rule="comment_prompts")

Texts are compared line by line, ignoring blank lines and white space at
either end of a line, as the clean text and a hand-written expected file
differ in nothing else that matters. :func:`cases` loads the dirty and
clean pairs that ship with decruft, for parametrised tests.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from decruft.core import clean_and_explain
from decruft.html import InputFormat
from decruft.pipeline import Filter, Pipeline
from decruft.result import Removal, Result

__all__ = [
    "Case",
    "assert_clean",
    "assert_kept",
    "assert_no_cruft",
    "assert_removed",
    "cases",
    "cleaning_diff",
    "content_lines",
]

PipelineLike = Pipeline | Iterable[Filter] | None
# Lines of agreement a diff shows on either side of a difference.
_CONTEXT = 2


def content_lines(text: str) -> list[str]:
    """The lines of ``text`` that hold something, without white space at
    either end: what the assertions compare.

    >>> content_lines("  First line.  \\n\\n\\tSecond line.\\n")
    ['First line.', 'Second line.']
    """
    return [line.strip() for line in text.splitlines() if line.strip()]


def cleaning_diff(result: Result, expected: str) -> str:
    """A diff of the clean text in ``result`` against ``expected``, each
    difference annotated with the rule behind it; empty when they agree.

    Lines marked ``-`` are expected but missing from the clean text: with
    the rule that removed them and its reason, or ``not in the input``.
    Lines marked ``+`` were kept but are not expected: no rule removed them.
    Long runs of lines that agree are cut to two lines on either side.

    >>> from decruft import clean_and_explain
    >>> result = clean_and_explain("Leave a comment\\nThe vote was held on Tuesday.")
    >>> print(cleaning_diff(result, "Leave a comment\\nThe vote was held on Tuesday."))
    - Leave a comment
        line 1 removed by comment_prompts: comment or reply prompt "Leave a comment"
      The vote was held on Tuesday.
    """
    got, wanted = content_lines(result.text), content_lines(expected)
    if got == wanted:
        return ""
    removals: dict[str, list[Removal]] = {}
    for removal in result.removed:
        removals.setdefault(removal.text.strip(), []).append(removal)
    out: list[str] = []
    matcher = difflib.SequenceMatcher(a=got, b=wanted, autojunk=False)
    for tag, a_start, a_end, b_start, b_end in matcher.get_opcodes():
        if tag == "equal":
            same = [f"  {line}" for line in got[a_start:a_end]]
            if len(same) > 2 * _CONTEXT + 1:
                hidden = len(same) - 2 * _CONTEXT
                same[_CONTEXT:-_CONTEXT] = [f"  … {hidden} lines that agree …"]
            out.extend(same)
            continue
        for line in wanted[b_start:b_end]:
            out.append(f"- {line}")
            copies = removals.get(line)
            if copies:
                removal = copies.pop(0)
                out.append(
                    f"    line {removal.line_number} removed by {removal.rule}: {removal.reason}"
                )
            elif result.input_format == "html":
                out.append("    not in the text extracted from the HTML")
            else:
                out.append("    not in the input")
        for line in got[a_start:a_end]:
            out.append(f"+ {line}")
            out.append("    kept: no rule removed it")
    return "\n".join(out)


def assert_clean(
    dirty: str,
    expected: str,
    *,
    pipeline: PipelineLike = None,
    input_format: InputFormat = "auto",
) -> None:
    """Fail unless cleaning ``dirty`` gives ``expected``, line for line.

    The failure shows a diff of the clean text against ``expected`` with
    the rule behind each difference (:func:`cleaning_diff`).
    """
    __tracebackhide__ = True
    _require_text(dirty, "dirty", "assert_clean")
    _require_text(expected, "expected", "assert_clean")
    result = clean_and_explain(dirty, pipeline, input_format=input_format)
    diff = cleaning_diff(result, expected)
    if diff:
        raise AssertionError(
            "the clean text differs from the expected one "
            "(- expected but missing, + kept but not expected):\n" + diff
        )


def assert_no_cruft(
    text: str, *, pipeline: PipelineLike = None, input_format: InputFormat = "auto"
) -> None:
    """Fail if any rule would remove a line of ``text``, naming each such
    line, the rule and its reason: for a scraper's output that must already
    be clean.
    """
    __tracebackhide__ = True
    _require_text(text, "text", "assert_no_cruft")
    result = clean_and_explain(text, pipeline, input_format=input_format)
    if result.removed:
        count = len(result.removed)
        lines = [f"{count} line{'s' if count != 1 else ''} of the text would be removed:"]
        lines += [_describe(removal) for removal in result.removed]
        raise AssertionError("\n".join(lines))


def assert_kept(
    text: str,
    line: str | int,
    *,
    pipeline: PipelineLike = None,
    input_format: InputFormat = "auto",
) -> None:
    """Fail unless ``line`` of ``text`` is in the clean text.

    ``line`` is the line's text (white space at either end ignored), or its
    1-based number in ``text``. Given as text, the line must be in ``text``
    and at least one of its copies kept (later copies of a repeated line
    may go as repeats).
    """
    __tracebackhide__ = True
    _require_text(text, "text", "assert_kept")
    number, wanted = _locate(text, line, "assert_kept")
    result = clean_and_explain(text, pipeline, input_format=input_format)
    removed = _removals_of(result, number, wanted)
    if number is not None:
        if removed:
            raise AssertionError(f"line {number} was removed:\n{_describe(removed[0])}")
        return
    if wanted not in content_lines(result.text):
        reasons = "\n".join(_describe(removal) for removal in removed)
        raise AssertionError(f"the line {wanted!r} was removed:\n{reasons}")


def assert_removed(
    text: str,
    line: str | int,
    rule: str | None = None,
    *,
    pipeline: PipelineLike = None,
    input_format: InputFormat = "auto",
) -> None:
    """Fail unless ``line`` of ``text`` is removed, by ``rule`` if given.

    ``line`` is the line's text (white space at either end ignored), which
    must be in ``text`` and have every copy removed, or its 1-based number
    in ``text``.
    """
    __tracebackhide__ = True
    _require_text(text, "text", "assert_removed")
    number, wanted = _locate(text, line, "assert_removed")
    result = clean_and_explain(text, pipeline, input_format=input_format)
    removed = _removals_of(result, number, wanted)
    what = f"line {number}" if number is not None else f"the line {wanted!r}"
    if number is None and wanted in content_lines(result.text):
        raise AssertionError(f"{what} was kept: no rule removed it" + _partly(removed))
    if number is not None and not removed:
        raise AssertionError(f"{what} ({wanted!r}) was kept: no rule removed it")
    wrong = [removal for removal in removed if rule is not None and removal.rule != rule]
    if wrong:
        raise AssertionError(
            f"{what} was removed by another rule than {rule}:\n"
            + "\n".join(_describe(removal) for removal in wrong)
        )


def _partly(removed: list[Removal]) -> str:
    if not removed:
        return ""
    return "; these copies of it were removed:\n" + "\n".join(map(_describe, removed))


def _describe(removal: Removal) -> str:
    return (
        f"  line {removal.line_number}: {removal.text.strip()!r}\n"
        f"    removed by {removal.rule}: {removal.reason}"
    )


def _require_text(value: object, name: str, function: str) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{function}() needs {name} as a str, got {type(value).__name__}")


def _locate(text: str, line: object, function: str) -> tuple[int | None, str]:
    """The line's number (when given as one) and its stripped text."""
    if isinstance(line, bool) or not isinstance(line, (str, int)):
        raise TypeError(
            f"{function}() needs the line as its text (str) or its number (int), "
            f"got {type(line).__name__}"
        )
    lines = text.splitlines()
    if isinstance(line, int):
        if not 1 <= line <= len(lines) or not lines[line - 1].strip():
            raise ValueError(
                f"{function}(): line {line} is not a line with text; "
                f"the text has {len(lines)} lines"
            )
        return line, lines[line - 1].strip()
    wanted = line.strip()
    if not wanted or "\n" in wanted or "\r" in wanted:
        raise ValueError(f"{function}() needs one non-blank line, got {line!r}")
    if wanted not in (candidate.strip() for candidate in lines):
        raise ValueError(f"{function}(): the line {wanted!r} is not in the text")
    return None, wanted


def _removals_of(result: Result, number: int | None, wanted: str) -> list[Removal]:
    if number is not None:
        return [removal for removal in result.removed if removal.line_number == number]
    return [removal for removal in result.removed if removal.text.strip() == wanted]


@dataclass(frozen=True)
class Case:
    """A dirty text and its clean article, written for decruft's tests.

    Attributes:
        name: the case's file name without extension, e.g. ``en_news_council_budget``.
        language: the language of its text, e.g. ``en`` (the name's first part).
        dirty: the text as a scraper returns it, line endings as written.
        expected: its clean article body.
        title: the headline that cleaning finds at its top (``Result.title``),
            or ``None`` when it has none.

    """

    name: str
    language: str
    dirty: str
    expected: str
    title: str | None

    def __str__(self) -> str:
        return self.name


def cases(language: str | None = None) -> list[Case]:
    """The dirty and clean pairs that ship with decruft, sorted by name;
    those of one language with ``language``. Use them to check that a
    pipeline of your own still cleans what the default one cleans:

    >>> from decruft.testing import assert_clean, cases
    >>> for case in cases("en")[:3]:
    ...     assert_clean(case.dirty, case.expected)
    """
    root = resources.files("decruft").joinpath("cases")
    titles: dict[str, str | None] = {}
    for entry in root.iterdir():
        if entry.name.endswith(".titles.json"):
            titles.update(json.loads(entry.read_text(encoding="utf-8")))
    found = []
    for entry in sorted(root.iterdir(), key=lambda entry: entry.name):
        name = entry.name
        if not name.endswith(".txt") or name.endswith(".expected.txt"):
            continue
        stem = name.removesuffix(".txt")
        case_language = stem.split("_", 1)[0]
        if language is not None and case_language != language:
            continue
        # Bytes decoded as they are: the line endings stay as written.
        dirty = entry.read_bytes().decode("utf-8")
        expected = root.joinpath(f"{stem}.expected.txt").read_bytes().decode("utf-8")
        if stem not in titles:
            raise LookupError(f"case {stem}: no title in cases/{case_language}.titles.json")
        found.append(Case(stem, case_language, dirty, expected, titles[stem]))
    return found
