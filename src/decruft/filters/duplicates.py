"""Repeated lines: a line printed again where it adds nothing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

import regex

from decruft.lines import Line, normalise, tidy
from decruft.pipeline import Page
from decruft.shapes import word_count

__all__ = ["DuplicateLines"]

_LETTER = regex.compile(r"\p{L}")


# Filters that remove lines for where they stand, not for what they say.
_BY_POSITION = frozenset(
    {
        "page_frame",
        "page_footer",
        "opening_menus",
        "indented_frame",
        "article_column",
        "footer_links",
        "comment_threads",
    }
)


def _indent(line: Line) -> str:
    return line.text[: len(line.text) - len(line.text.lstrip())]


def _same_line(line: Line, other: Line) -> bool:
    return line.key == other.key and _indent(line) == _indent(other)


@dataclass(frozen=True)
class DuplicateLines:
    """Repeats of the line before, of the title, or of a removed line.

    Removes a line equal to an earlier one (ignoring case, spacing and
    quote styles) when it is

    * a consecutive duplicate: the same as the kept line right before it,
      with the same indentation;
    * a repeat of the title found at the top, printed the same way (case
      included);
    * a repeat of a line that another filter removed for what it says (a
      teaser, a promo, a widget line). A line removed for where it stands
      (in a page's frame, in a comment thread) says little of its copies:
      the sidebar's table of contents repeats the article's headings. Its
      repeats go only in a block of at least ``min_block_lines`` such
      repeats in a row (a page's header printed again).

    The first copy stays. Other repeats stay too: a refrain, a repeated
    "Yes." in an interview, a pull quote. Never taken for repeats:

    * lines without a letter (``}``, ``* * *``, a table cell ``9``);
    * lines of a stanza: a block of at least ``min_stanza_lines`` lines of
      at most ``max_verse_words`` words each, with no blank line between
      them, in a text that separates its blocks with blank lines (a song's
      title is often its refrain).

    Indented lines, which are code or other preformatted text, are never
    taken for consecutive duplicates.

    Runs last, so that it knows what the other filters removed.
    """

    name: ClassVar[str] = "duplicate_lines"
    min_stanza_lines: int = 3
    max_verse_words: int = 12
    min_block_lines: int = 3

    def find(self, page: Page) -> Iterator[tuple[Line, str]]:
        """Yield the repeated lines of ``page``."""
        # Like the title rule, a title repeat must match as printed: the
        # refrain "Carry me down to the harbour" is not the title "Carry Me
        # Down to the Harbour".
        title = tidy(page.title) if page.title else None
        removed: dict[str, tuple[int, str]] = {}
        for removal in sorted(page.removed.values(), key=lambda r: r.line_number):
            if tidy(removal.text) != title:
                removed.setdefault(normalise(removal.text), (removal.line_number, removal.rule))
        in_blocks = self._repeated_blocks(page.lines, removed)
        in_stanza = self._stanza_lines(page.lines)
        previous: Line | None = None
        for line in page.lines:
            if _LETTER.search(line.key) is None or line.number in in_stanza:
                previous = line
                continue
            earlier = removed.get(line.key)
            if earlier is not None and earlier[1] in _BY_POSITION and line.number not in in_blocks:
                earlier = None
            if previous is not None and _same_line(line, previous) and not _indent(line):
                yield line, f"repeats the line before it (line {previous.number})"
            elif title is not None and line.plain == title:
                yield line, "repeats the title"
            elif earlier is not None and earlier[0] < line.number:
                yield line, f"repeats line {earlier[0]}, removed as {earlier[1]}"
            else:
                previous = line

    def _repeated_blocks(
        self, lines: tuple[Line, ...], removed: dict[str, tuple[int, str]]
    ) -> set[int]:
        """The numbers of the lines in runs of at least ``min_block_lines``
        lines in a row that each repeat a line removed for where it stood: a
        page's header printed again, not one heading of the article that the
        sidebar's table of contents also listed."""
        blocks: set[int] = set()
        run: list[int] = []
        for line in [*lines, None]:
            earlier = removed.get(line.key) if line is not None else None
            if (
                line is not None
                and earlier is not None
                and earlier[1] in _BY_POSITION
                and earlier[0] < line.number
            ):
                run.append(line.number)
                continue
            if len(run) >= self.min_block_lines:
                blocks.update(run)
            run = []
        return blocks

    def _stanza_lines(self, lines: tuple[Line, ...]) -> set[int]:
        """The numbers of the lines that sit in stanzas of verse."""
        if not any(line.gap_before for line in lines):
            return set()
        stanza_lines: set[int] = set()
        block: list[Line] = []
        for line in (*lines, None):
            if line is None or (block and line.gap_before):
                if len(block) >= self.min_stanza_lines and all(
                    word_count(member.plain) <= self.max_verse_words for member in block
                ):
                    stanza_lines.update(member.number for member in block)
                block = []
            if line is not None:
                block.append(line)
        return stanza_lines
