"""Markup debris: lines made only of stray markup characters."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import regex

from decruft.filters.base import LineRule, quote
from decruft.lines import Line

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


@dataclass(frozen=True)
class MarkupDebris(LineRule):
    """Lines made only of stray markup: a lone ``>``, ``|``, ``•``, arrows.

    Removes a line made of one stray markup character, alone or repeated
    (``>``, ``>>``, ``|``, ``| |``, ``•``, ``»``, ``→``), or of non-ASCII
    arrows and bullets only (``« ‹ › »``), and lines of invisible
    characters. Keeps section breaks (``---``, ``• • •``),
    Markdown table rules (``|---|``), code (``}``, ``//``, ``-->``, ``<>``)
    and a lone ``…`` marking an omission.
    """

    name: ClassVar[str] = "markup_debris"

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
