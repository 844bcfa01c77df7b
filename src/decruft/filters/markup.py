"""Markup debris: lines made only of stray markup characters."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import regex

from decruft.filters.base import LineRule, quote
from decruft.lines import Line

__all__ = ["MarkupDebris"]

# Characters that scrapers leave behind from arrows, bullets, breadcrumbs and
# table borders. Braces, brackets, semicolons, slashes and "*" are not among
# them: lines of those are code ("}", "//") or Markdown, which are article text.
_DEBRIS = regex.compile(r"[\s\p{Cf}<>|»«•·‣◦▪■□►▶◀◄›‹→←↑↓…\-–—]+")
# Section breaks ("---", "• • •") and Markdown table rules ("|---|---|").
_SECTION_BREAK = regex.compile(r"([-–—•·])(?:\s*\1){2,}")
_TABLE_RULE = regex.compile(r"\|?\s*-+\s*(?:\|\s*-+\s*)+\|?")


@dataclass(frozen=True)
class MarkupDebris(LineRule):
    """Lines made only of stray markup: a lone ``>``, ``|``, ``•``, arrows.

    Removes a lone ``>``, ``|``, ``•``, ``»``, ``| |`` table pipes, arrows,
    and lines of invisible characters. Keeps section breaks (``---``,
    ``• • •``), Markdown table rules, and lines of code punctuation such as
    ``}`` or ``*``.
    """

    name: ClassVar[str] = "markup_debris"

    def reason(self, line: Line) -> str | None:
        """Why ``line`` is markup debris, or ``None``."""
        text = line.text.strip()
        if _DEBRIS.fullmatch(text) is None:
            return None
        if _SECTION_BREAK.fullmatch(text) or _TABLE_RULE.fullmatch(text):
            return None
        return f"only stray markup {quote(text)}"
