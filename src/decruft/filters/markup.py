"""Markup debris: lines made only of stray markup characters."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

import regex

from decruft.filters.base import LineRule, quote
from decruft.lines import Line
from decruft.pipeline import Page

__all__ = ["MarkupDebris"]

# Characters that scrapers leave behind from arrows, bullets, breadcrumbs and
# table borders. A line is debris when it repeats one of them (">", ">>",
# "| |", "•") or mixes only the non-ASCII ones ("« ‹ › »"). Mixed ASCII ones
# ("-->", "<>", "|---|") are code or Markdown, which are article text, and
# so are braces, slashes, "*" and dashes (a lone "-" or "—" is an empty
# table cell).
_DEBRIS = frozenset("<>|»«•·‣◦▪■□►▶◀◄›‹→←↑↓")
_INVISIBLE = regex.compile(r"[\s\p{Cf}]+")
_ALNUM = regex.compile(r"[\p{L}\p{N}]")
# Section breaks: "---", "• • •".
_SECTION_BREAK = regex.compile(r"([-–—•·])(?:\s*\1){2,}")
# The mark of a Markdown quotation, and what a quotation's blank line is
# made of ("> >" in a quotation within a quotation).
_QUOTE = ">"
_QUOTE_MARKS = frozenset("> ")


@dataclass(frozen=True)
class MarkupDebris(LineRule):
    """Lines made only of stray markup: a lone ``>``, ``|``, ``•``, arrows.

    Removes a line made of one stray markup character, alone or repeated
    (``>``, ``>>``, ``|``, ``| |``, ``•``, ``»``, ``→``), or of non-ASCII
    arrows and bullets only (``« ‹ › »``), and lines of invisible
    characters. Keeps section breaks (``---``, ``• • •``),
    Markdown table rules (``|---|``), code (``}``, ``//``, ``-->``, ``<>``)
    and a lone ``…`` marking an omission, and a lone ``>`` between two
    quoted lines (the blank line of a Markdown quotation).
    """

    name: ClassVar[str] = "markup_debris"

    def find(self, page: Page) -> Iterator[tuple[Line, str]]:
        """Yield the debris lines of ``page``. A lone ``>`` between two lines
        quoted with ``>`` is the blank line of a Markdown quotation, and
        stays."""
        lines = page.lines
        for i, line in enumerate(lines):
            why = self.reason(line)
            if why is None:
                continue
            if set(line.text.strip()) <= _QUOTE_MARKS and 0 < i < len(lines) - 1:
                above, below = lines[i - 1].text.lstrip(), lines[i + 1].text.lstrip()
                if above.startswith(_QUOTE) and below.startswith(_QUOTE):
                    continue
            yield line, why

    def reason(self, line: Line) -> str | None:
        """Why ``line`` is markup debris, or ``None``."""
        text = line.text.strip()
        if _ALNUM.search(text):
            return None
        visible = _INVISIBLE.sub("", text)
        if not visible:
            return "only invisible characters"
        chars = set(visible)
        if not chars <= _DEBRIS or (len(chars) > 1 and any(c.isascii() for c in chars)):
            return None
        if _SECTION_BREAK.fullmatch(text):
            return None
        return f"only stray markup {quote(text)}"
