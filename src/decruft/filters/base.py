"""What filters share: per-line rules, phrase rules and their options."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import ClassVar

from decruft.lines import Line
from decruft.phrases import PhraseSet, available_languages, load
from decruft.pipeline import Filter, Page
from decruft.shapes import word_count
from decruft.wrapping import in_wrapped_paragraphs

__all__ = [
    "ANY",
    "MAX_PHRASE_LINE_CHARS",
    "QUOTE_MARKS",
    "SENTENCE_END",
    "LineRule",
    "PhraseRule",
    "all_languages",
    "line_rule",
    "phrase_lines",
    "quote",
    "spread_to_neighbours",
]

#: Lines longer than this are never compared with phrase lists: no widget
#: line is that long, and skipping them keeps huge lines cheap.
MAX_PHRASE_LINE_CHARS = 1000
#: Characters that open a quotation, after tidy() made curly quotes plain.
QUOTE_MARKS = ('"', "'", "«", "„", "‚", "‹", "「", "『")
#: Characters that end a sentence.
SENTENCE_END = (".", "!", "?", "。", "！", "？")
_QUOTE_WIDTH = 60


def all_languages() -> tuple[str, ...]:
    """Every language with a phrase folder: the default for phrase rules."""
    return available_languages()


def require_positive(rule: object, *options: str) -> None:
    """Refuse, when a filter is built, options that must be at least 1.

    >>> from decruft.filters import PageFrame
    >>> require_positive(PageFrame(), "min_menu_lines")
    """
    values = {option: getattr(rule, option) for option in options}
    if any(value < 1 for value in values.values()):
        needs = " and ".join(f"{option} >= 1" for option in options)
        got = ", ".join(f"{option}={value}" for option, value in values.items())
        raise ValueError(f"{type(rule).__name__} needs {needs}; got {got}")


def quote(text: str) -> str:
    """``text`` in double quotes for a reason, cut to a readable length."""
    if len(text) > _QUOTE_WIDTH:
        text = text[: _QUOTE_WIDTH - 1] + "…"
    return f'"{text}"'


def spread_to_neighbours(
    candidates: list[int], reasons: dict[int, str], reason: Callable[[int], str]
) -> None:
    """Add to ``reasons`` each candidate index that stands next to an index
    already in it, following runs of candidates up and down.

    >>> reasons = {5: "a widget"}
    >>> spread_to_neighbours([2, 3, 4, 7], reasons, lambda i: "next to it")
    >>> sorted(reasons)
    [2, 3, 4, 5]
    """
    for i in (*candidates, *reversed(candidates)):
        if i not in reasons and (i - 1 in reasons or i + 1 in reasons):
            reasons[i] = reason(i)


def phrase_lines(lines: tuple[Line, ...]) -> Iterator[tuple[int, Line]]:
    """The lines of ``lines`` that a phrase rule judges, with their index:
    none longer than :data:`MAX_PHRASE_LINE_CHARS` (no widget line is that
    long), and none of a hard-wrapped paragraph (:mod:`decruft.wrapping`),
    which is the paragraph's whatever it says alone."""
    wrapped = in_wrapped_paragraphs(lines)
    for i, line in enumerate(lines):
        if not wrapped[i] and len(line.plain) <= MAX_PHRASE_LINE_CHARS:
            yield i, line


class LineRule:
    """Base for filters that judge each line on its own.

    Subclasses set ``name`` and implement ``reason(line)``, which returns a
    short sentence when the line is clutter and ``None`` when it is not.
    """

    name: ClassVar[str] = ""

    def reason(self, line: Line) -> str | None:
        """Why ``line`` is clutter, or ``None`` to keep it."""
        raise NotImplementedError

    def find(self, page: Page) -> Iterator[tuple[Line, str]]:
        """Yield each line of ``page`` that :meth:`reason` rejects."""
        for line in page.lines:
            why = self.reason(line)
            if why:
                yield line, why


@dataclass(frozen=True)
class _FunctionRule:
    name: str
    function: Callable[[Line], str | None]

    def reason(self, line: Line) -> str | None:
        return self.function(line)

    find = LineRule.find


def line_rule(name: str) -> Callable[[Callable[[Line], str | None]], Filter]:
    """Turn a function ``line -> reason or None`` into a filter named ``name``.

    >>> @line_rule("shouting")
    ... def shouting(line):
    ...     return "all capitals" if line.text.isupper() else None
    >>> from decruft import clean, default_pipeline
    >>> clean("BUY NOW\\nA calm line.", default_pipeline().insert(shouting))
    'A calm line.'
    """

    def wrap(function: Callable[[Line], str | None]) -> Filter:
        return _FunctionRule(name, function)

    return wrap


#: The key of :meth:`PhraseRule.phrase_sets` under which all of a rule's
#: phrase lists are one.
ANY = "*"


@cache
def _any_of(kinds: tuple[str, ...], languages: tuple[str, ...]) -> PhraseSet:
    """One phrase list holding the phrases of all of ``kinds``."""
    phrases = tuple(phrase for kind in kinds for phrase in load(kind, languages).phrases)
    return PhraseSet("+".join(kinds), phrases)


class PhraseRule(LineRule):
    """A line rule driven by phrase lists of one clutter kind.

    A line is removed when its core (the line without bullets, emoji and
    punctuation at either end) is exactly one of the ``whole`` phrases, or
    when it has at most ``max_words`` words, does not open with a quotation
    mark, and starts with one of the ``prefixes`` phrases, or with one of
    the ``heading_prefixes`` phrases and does not end like a sentence.
    Subclasses name the lists and describe the kind; they may load more
    lists (``extra``) and add a test of their own, as long as it too needs
    a phrase of one of the rule's lists at the start of the line's core
    (:meth:`verdict` skips the lines that start with none).
    """

    whole: ClassVar[str | None] = None
    prefixes: ClassVar[str | None] = None
    heading_prefixes: ClassVar[str | None] = None
    extra: ClassVar[tuple[str, ...]] = ()
    label: ClassVar[str] = ""
    languages: tuple[str, ...]
    max_words: int

    def phrase_sets(self) -> dict[str, PhraseSet]:
        """The phrase lists this rule reads, by kind, and under ``ANY`` all
        of them in one."""
        lists = (self.whole, self.prefixes, self.heading_prefixes, *self.extra)
        kinds = tuple(kind for kind in lists if kind)
        sets = {kind: load(kind, self.languages) for kind in kinds}
        sets[ANY] = _any_of(kinds, self.languages)
        return sets

    def find(self, page: Page) -> Iterator[tuple[Line, str]]:
        """Yield each line of ``page`` that is clutter of this kind; a line
        of a hard-wrapped paragraph is the paragraph's, whatever it says."""
        sets = self.phrase_sets()
        for _, line in phrase_lines(page.lines):
            why = self.verdict(line, sets)
            if why:
                yield line, why

    def reason(self, line: Line) -> str | None:
        """Why ``line`` is clutter of this kind, or ``None``."""
        if len(line.plain) > MAX_PHRASE_LINE_CHARS:
            return None
        return self.verdict(line, self.phrase_sets())

    def verdict(self, line: Line, sets: dict[str, PhraseSet]) -> str | None:
        """:meth:`judge`'s verdict, without judging a line whose core starts
        with none of the rule's phrases: every test of a phrase rule needs
        one there, and most lines of a text start with none."""
        if not sets[ANY].starts(line.core):
            return None
        return self.judge(line, sets)

    def judge(self, line: Line, sets: dict[str, PhraseSet]) -> str | None:
        """The whole-line and prefix tests, given the loaded phrase lists."""
        if self.whole and sets[self.whole].whole_line(line.core):
            return f"{self.label} {quote(line.core)}"
        kinds = [self.prefixes]
        if not line.plain.endswith(SENTENCE_END):
            kinds.append(self.heading_prefixes)
        for kind in kinds:
            match = sets[kind].prefix(line.core) if kind else None
            # A line that opens with a quotation mark is a quote of someone,
            # and a long line is prose: neither is a prompt however it starts.
            if (
                match is not None
                and not line.plain.startswith(QUOTE_MARKS)
                and word_count(line.plain) <= self.max_words
            ):
                return f"{self.label}: starts with {quote(match[0])}"
        return None
