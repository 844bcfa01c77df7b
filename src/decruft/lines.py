"""Lines: how decruft splits a text, and what it knows about each line.

A :class:`Line` is computed once per input line and never changes: its
position in the input, its text as written, and a normalised key used
whenever two lines or a line and a phrase are compared.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

import regex

# Universal newlines, as Python reads text files: "\r\n", "\r" and "\n".
# Other Unicode separators (U+2028, form feed, ...) stay inside their line.
_LINE_BREAK = regex.compile(r"\r\n|\r|\n")
_WHITESPACE = regex.compile(r"\s+")
# What the pattern above matches in ASCII (not the separators \x1c-\x1f).
_ASCII_WHITESPACE = re.compile(r"[\t\n\x0b\x0c\r ]+")
_ALNUM = regex.compile(r"[\p{L}\p{N}]")
_LAST_ALNUM = regex.compile(r"(?r)[\p{L}\p{N}]")
_OPENING = {")": "(", "]": "["}

# Typographic variants that scrapers mix freely; matching treats them as one.
_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,
    }
)


def tidy(text: str) -> str:
    """Return ``text`` NFKC-normalised, with curly quotes and dashes made
    plain, zero-width characters dropped and whitespace collapsed.

    >>> tidy("  Don’t   miss\u200b — now ")
    "Don't miss - now"
    """
    # ASCII is its own NFKC form and holds none of the characters mapped;
    # Python's own engine collapses its white space faster.
    if text.isascii():
        return _ASCII_WHITESPACE.sub(" ", text).strip()
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return _WHITESPACE.sub(" ", text).strip()


def normalise(text: str) -> str:
    """Return the comparison key of ``text``: :func:`tidy`, then case-folded.

    >>> normalise("  Don’t   MISS ")
    "don't miss"
    """
    return tidy(text).casefold()


def strip_edges(text: str) -> str:
    """Return ``text`` without leading and trailing characters that are
    neither letters nor digits (bullets, emoji, punctuation, brackets),
    but with a closing bracket that closes one opened inside.

    >>> strip_edges("✨ Leave a Reply: »")
    'Leave a Reply'
    >>> strip_edges("• Comments (4) »")
    'Comments (4)'
    """
    first = _ALNUM.search(text)
    if first is None:
        return ""
    last = _LAST_ALNUM.search(text)
    assert last is not None
    core = text[first.start() : last.end()]
    closing = text[last.end() : last.end() + 1]
    opening = _OPENING.get(closing)
    if opening and core.count(opening) > core.count(closing):
        core += closing
    return core


def strip_leading(text: str) -> str:
    """Return ``text`` from its first letter or digit on.

    >>> strip_leading("🔗 Read more: Michael Collins.")
    'Read more: Michael Collins.'
    """
    first = _ALNUM.search(text)
    return text[first.start() :] if first else ""


@dataclass(frozen=True)
class Line:
    """One non-blank line of the input.

    Attributes:
        number: 1-based position of the line in the input.
        text: the line as written, without trailing whitespace.
        plain: ``tidy(text)``, the form that shape and phrase tests read.
        key: ``plain`` case-folded, for telling whether two lines are equal.
        gap_before: whether a blank line separates this line from the
            previous kept line.

    """

    number: int
    text: str
    plain: str
    key: str
    gap_before: bool

    # Lines key the per-text caches (a page's layout, its wrapped
    # paragraphs), which hash every line of the text on each lookup: the
    # number alone is a cheap hash, and equal lines have equal numbers.
    def __hash__(self) -> int:
        return self.number

    @property
    def stripped(self) -> str:
        """The text without leading and trailing whitespace."""
        return self.text.strip()

    @cached_property
    def core(self) -> str:
        """``plain`` without leading and trailing non-alphanumerics
        (bullets, emoji, brackets, colons): what phrases are matched on.
        """
        return strip_edges(self.plain)


def split_lines(text: str) -> list[str]:
    """Split ``text`` on ``\\r\\n``, ``\\r`` and ``\\n``.

    >>> split_lines("a\\r\\nb\\rc\\n")
    ['a', 'b', 'c', '']
    """
    return _LINE_BREAK.split(text)


def read_lines(text: str) -> tuple[Line, ...]:
    """Turn ``text`` into its non-blank :class:`Line` objects, in order.

    Blank lines (empty or whitespace only) are not returned; each line
    records in ``gap_before`` whether blank lines preceded it.
    """
    lines = []
    gap = False
    for number, raw in enumerate(split_lines(text), start=1):
        stripped = raw.rstrip()
        if not stripped.strip():
            gap = bool(lines)
            continue
        plain = tidy(stripped)
        lines.append(Line(number, stripped, plain, plain.casefold(), gap))
        gap = False
    return tuple(lines)
