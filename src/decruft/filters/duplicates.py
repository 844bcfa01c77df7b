"""Repeated lines: a line printed again where it adds nothing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from decruft.lines import Line, normalise
from decruft.pipeline import Page

__all__ = ["DuplicateLines"]


@dataclass(frozen=True)
class DuplicateLines:
    """Repeats of the line before, of the title, or of a removed line.

    Removes a line equal to an earlier one (ignoring case, spacing and
    quote styles) when it is

    * a consecutive duplicate: the same as the kept line right before it;
    * a repeat of the title found at the top;
    * a repeat of a line that another filter removed (a teaser, a promo,
      a widget line).

    The first copy stays. Other repeats stay too: a refrain, a repeated
    "Yes." in an interview, a pull quote. Runs last, so that it knows
    what the other filters removed.
    """

    name: ClassVar[str] = "duplicate_lines"

    def find(self, page: Page) -> Iterator[tuple[Line, str]]:
        """Yield the repeated lines of ``page``."""
        removed: dict[str, tuple[int, str]] = {}
        for removal in sorted(page.removed.values(), key=lambda r: r.line_number):
            removed.setdefault(normalise(removal.text), (removal.line_number, removal.rule))
        title = normalise(page.title) if page.title else None
        previous: Line | None = None
        for line in page.lines:
            earlier = removed.get(line.key)
            if previous is not None and line.key == previous.key:
                yield line, f"repeats the line before it (line {previous.number})"
            elif title is not None and line.key == title:
                yield line, "repeats the title"
            elif earlier is not None and earlier[0] < line.number:
                yield line, f"repeats line {earlier[0]}, removed as {earlier[1]}"
            else:
                previous = line
