"""The end of the article: a closing heading below the main text, and all
that follows it."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar

import regex

from decruft.filters.base import MAX_PHRASE_LINE_CHARS, all_languages, quote
from decruft.filters.frame import main_span, read_layout
from decruft.lines import Line, strip_edges, tidy
from decruft.phrases import load
from decruft.pipeline import Page

__all__ = ["ArticleEnd"]

# A count in a heading ("11 comments"), to compare headings whatever it is.
_COUNT = regex.compile(r"\d[\d.,]*")


def _shape(core: str) -> str:
    return _COUNT.sub("0", core.casefold())


@dataclass(frozen=True)
class ArticleEnd:
    """Everything from a closing heading below the main text on.

    Pages close an article in the same order: a share bar, the tags, an
    author box, related posts, the comments, then the site's footer. A
    heading that opens one of these ("About the author", "Related posts",
    "Leave a reply", "3 comments", "Tags") on a line of its own, below the
    main text (measured as ``page_frame`` measures it), ends the article:
    that line and all after it go. Boilerpipe drops what follows such
    end-of-text markers the same way.

    The main text never runs across ``min_menu_lines`` menu-like lines in a
    row. Not when it weighs less than ``min_main_words`` (no article to
    end), nor when a stretch of prose after the heading weighs
    ``max_prose_after`` words or ``max_prose_share`` of the main text (the
    article may resume below a long block of links), nor when
    the heading comes again further down with another count ("11 comments"
    under one entry, "13 comments" under the next: a listing's entries, not
    one article's end). A heading above the end of the main text, or in a
    sentence ("Tags are shown on the left."), is left alone.

    Phrases: ``end_headings`` and ``related_headings`` (the whole line).
    """

    name: ClassVar[str] = "article_end"
    languages: tuple[str, ...] = field(default_factory=all_languages)
    min_main_words: float = 100.0
    min_menu_lines: int = 9
    max_prose_after: float = 80.0
    max_prose_share: float = 0.5

    def __post_init__(self) -> None:
        if self.min_menu_lines < 1:
            raise ValueError(f"ArticleEnd needs min_menu_lines >= 1; got {self.min_menu_lines}")

    def find(self, page: Page) -> Iterator[tuple[Line, str]]:
        """Yield the lines from the first closing heading below the main text on."""
        lines = page.lines
        reading = read_layout(lines, self.min_menu_lines)
        if reading.total < self.min_main_words:
            return
        found = self._heading(page, reading.last)
        if found is None:
            return
        number, core, removed_as = found
        after = bisect.bisect_right([line.number for line in lines], number)
        # The article may resume below a long block of links.
        resumed = min(self.max_prose_after, self.max_prose_share * reading.total)
        if main_span(reading.barred[after:])[2] >= resumed:
            return
        shape = _shape(core)
        later = [line.core for line in lines[after:]]
        later += [strip_edges(tidy(r.text)) for n, r in page.removed.items() if n > number]
        if any(_shape(other) == shape and other.casefold() != core.casefold() for other in later):
            return
        span = f"lines {lines[reading.first].number}-{lines[reading.last].number}"
        if removed_as is None:
            yield lines[after - 1], f"closing heading below the main text ({span})"
        where = f"line {number}, removed as {removed_as}" if removed_as else f"line {number}"
        reason = f"after the closing heading {quote(core)} ({where}) below the main text ({span})"
        for line in lines[after:]:
            yield line, reason

    def _heading(self, page: Page, last: int) -> tuple[int, str, str | None] | None:
        """``(line number, core, rule that removed it or None)`` of the
        first closing heading below the line at index ``last``: a kept line,
        or one that an earlier filter removed (a related-posts heading, a
        comment prompt)."""
        closing = load("end_headings", self.languages)
        related = load("related_headings", self.languages)

        def is_closing(core: str) -> bool:
            return len(core) <= MAX_PHRASE_LINE_CHARS and bool(
                closing.whole_line(core) or related.whole_line(core)
            )

        below = page.lines[last].number
        kept = next((line for line in page.lines[last + 1 :] if is_closing(line.core)), None)
        found = (kept.number, kept.core, None) if kept is not None else None
        for number, removal in page.removed.items():
            if number > below and (found is None or number < found[0]):
                core = strip_edges(tidy(removal.text))
                if is_closing(core):
                    found = (number, core, removal.rule)
        return found
