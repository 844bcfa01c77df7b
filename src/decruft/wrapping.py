"""Hard-wrapped paragraphs: text whose paragraphs are broken into lines of
a fixed width.

html2text (78 columns), ``lynx -dump`` and e-mail (about 72) break each
paragraph into lines no wider than a width. One line of such a paragraph
may read, alone, like clutter: ``sponsored.`` ending "…and the whole
late-night programme is", or ``related: The pumps fail…`` carrying on
"…are closely". This module finds the lines of such paragraphs, so that the
rules that judge a line by what it says, or by its shape, leave them alone.

A line carries on the line above it when no blank line separates them and
the first word of the line would not have fitted on the line above within
the text's width: that is what wrapping a paragraph does, and what a short
line after a paragraph's last line ("jobs at risk." over "Advertisement")
does not.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence

import regex

from decruft.lines import Line
from decruft.shapes import is_list_item

__all__ = [
    "MAX_WRAP_WIDTH",
    "MIN_BROKEN_SENTENCES",
    "MIN_WRAP_WIDTH",
    "in_wrapped_paragraphs",
    "wrap_width",
    "wrapped_paragraphs",
]

#: Widths a text is wrapped at lie between these, in characters.
MIN_WRAP_WIDTH = 50
MAX_WRAP_WIDTH = 100
# A wrapped text has few lines wider than MAX_WRAP_WIDTH (a long link, a
# table row): at most this share of its lines.
_MAX_WIDE_SHARE = 0.1
#: Sentences broken off at the width and carried on by the next line that
#: a text needs before it is taken for a wrapped one.
MIN_BROKEN_SENTENCES = 2
_SENTENCE_END = (".", "!", "?", "…", ":", ";", '"', "'", "”", "’", ")", "»", "。", "！", "？", "|")
# Words a line of a wrapped paragraph holds, at the least, where a sentence
# breaks off.
_MIN_BROKEN_WORDS = 4
# A list item's marker and the spaces after it: its wrapped lines start
# where its text does.
_LIST_MARKER = regex.compile(r"(?:[-*+•·‣◦▪▸►–—]|\(?\d{1,3}[.)])\s+")
# Scripts written without spaces break a line after any character.
_SPACELESS = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")


def _width(line: Line) -> int:
    return len(line.text.expandtabs())


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def _carries_on(above: Line, line: Line, width: int) -> bool:
    """Whether ``line`` carries on the paragraph of ``above`` in a text
    wrapped at ``width``: no blank line between them, ``line`` is no list
    item and is indented where the text of ``above`` starts, ``above`` fits
    the width, and the first word of ``line`` would not have fitted on it."""
    if line.gap_before or is_list_item(line.text):
        return False
    text, above_text = line.text.expandtabs(), above.text.expandtabs()
    column = _indent(above_text)
    marker = _LIST_MARKER.match(above_text, column)
    if _indent(text) not in (column, marker.end() if marker else column):
        return False
    words = text.split(maxsplit=1)
    first = 1 if _SPACELESS.match(words[0]) else len(words[0])
    return len(above_text) <= width < len(above_text) + 1 + first


def _breaks_a_sentence(above: Line, line: Line) -> bool:
    """Whether ``above`` stops in the middle of a sentence that ``line``
    carries on: ``above`` holds a few words and no sentence end, and
    ``line`` starts in lower case. (Rows of a table or of product cards,
    lines that happen to be as wide as the widest, do not.)"""
    return (
        len(above.plain.split()) >= _MIN_BROKEN_WORDS
        and not above.plain.endswith(_SENTENCE_END)
        and line.plain[:1].islower()
    )


def wrap_width(lines: Sequence[Line]) -> int | None:
    """The width ``lines`` are wrapped at, or ``None`` if they are not
    wrapped: the widest line of at most :data:`MAX_WRAP_WIDTH` characters,
    at least :data:`MIN_WRAP_WIDTH` wide, with few lines wider than it, and
    a sentence broken off at that width and carried on in lower case by the
    next line in at least :data:`MIN_BROKEN_SENTENCES` places. Text written
    one sentence or one paragraph a line breaks no sentence.

    >>> from decruft.lines import read_lines
    >>> text = "The council met on Tuesday and approved the budget after a long debate\\n"
    >>> text += "that ran well past midnight, the clerk said. Most members said the\\n"
    >>> text += "compromise was the best they could hope for, and the mayor agreed that\\n"
    >>> text += "it was."
    >>> wrap_width(read_lines(text))
    70
    >>> wrap_width(read_lines("The council met.\\nAdvertisement")) is None
    True
    """
    widths = [_width(line) for line in lines]
    fitting = [width for width in widths if width <= MAX_WRAP_WIDTH]
    if not fitting:
        return None
    width = max(fitting)
    if width < MIN_WRAP_WIDTH or len(fitting) < (1 - _MAX_WIDE_SHARE) * len(widths):
        return None
    broken = sum(
        1
        for above, line in itertools.pairwise(lines)
        if _breaks_a_sentence(above, line) and _carries_on(above, line, width)
    )
    return width if broken >= MIN_BROKEN_SENTENCES else None


# Every rule asks for the same page in a pass: one reading serves them.
@functools.lru_cache(maxsize=4)
def wrapped_paragraphs(lines: tuple[Line, ...]) -> tuple[tuple[int, int], ...]:
    """The hard-wrapped paragraphs of ``lines``, as ``(first, last)`` line
    indices (inclusive): runs of two lines or more, each carrying on the
    one above it. None when the text is not wrapped.

    >>> from decruft.lines import read_lines
    >>> text = "The council met on Tuesday and approved the budget after a long debate\\n"
    >>> text += "that ran well past midnight, and the whole late-night session was\\n"
    >>> text += "sponsored.\\n\\nAdvertisement\\n\\n"
    >>> text += "Most members said the compromise was the best they could hope for, and\\n"
    >>> text += "the mayor agreed that it was the best the town could afford this year\\n"
    >>> text += "or next."
    >>> wrapped_paragraphs(read_lines(text))
    ((0, 2), (4, 6))
    """
    width = wrap_width(lines)
    if width is None:
        return ()
    blocks: list[tuple[int, int]] = []
    first = 0
    for i in range(1, len(lines) + 1):
        if i < len(lines) and _carries_on(lines[i - 1], lines[i], width):
            continue
        if i - 1 > first:
            blocks.append((first, i - 1))
        first = i
    return tuple(blocks)


# Every phrase rule asks this of the same lines in turn.
@functools.lru_cache(maxsize=4)
def in_wrapped_paragraphs(lines: tuple[Line, ...]) -> tuple[bool, ...]:
    """For each line, whether it is a line of a hard-wrapped paragraph that
    is not the whole paragraph: it carries on the line above it, or the
    line below carries it on. All ``False`` when the text is not wrapped.

    The text of :func:`wrapped_paragraphs`'s example gives ``(True, True,
    True, False, True, True, True)``: "Advertisement" stands alone.
    """
    flags = [False] * len(lines)
    for first, last in wrapped_paragraphs(lines):
        flags[first : last + 1] = [True] * (last - first + 1)
    return tuple(flags)
