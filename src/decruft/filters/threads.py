"""Comment threads: the readers' comments that follow an article."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

import regex

from decruft.filters.base import all_languages, quote
from decruft.filters.frame import main_span
from decruft.lines import Line
from decruft.phrases import PhraseSet, load
from decruft.pipeline import Page
from decruft.prose import prose_weight

__all__ = ["CommentThreads"]

# Most words a comment's header line (author, time stamp) can have.
_MAX_MARKER_WORDS = 12
# Most words an author line ("1. Sharon says") can have.
_MAX_AUTHOR_WORDS = 6
_CLOCK = regex.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


@dataclass(frozen=True)
class CommentThreads:
    """A thread of reader comments after the article, to the end of the text.

    A comment thread has a rhythm no article has: each comment opens with
    its author (``Sharon says``) or a time stamp (``July 14, 2015 at 3:53
    pm``, ``8/2/2022 at 8:56am``: a year and a clock time on a short line)
    and closes with a ``Reply`` link. The thread starts at the first such
    line that has at least ``min_markers`` of them, of at least two kinds,
    within ``window`` lines; from there to the end of the text, everything
    goes (comments come last; what follows them is the page's footer).

    Only after an article: the prose before the thread must hold a stretch
    of at least ``min_article_words`` words and weigh at least
    ``min_article_share`` of the prose from the thread on. A forum thread or
    a Q&A page, where the posts are the text, has no such article before
    its first post, and stays. A live blog's time stamps alone are one kind
    of line and never make a thread.

    Phrases: ``comment_author_verbs`` (the last word of an author line) and
    ``comment_reply_links`` (the whole line).
    """

    name: ClassVar[str] = "comment_threads"
    languages: tuple[str, ...] = field(default_factory=all_languages)
    min_markers: int = 4
    window: int = 30
    min_article_words: float = 100.0
    min_article_share: float = 0.5

    def find(self, page: Page) -> Iterator[tuple[Line, str]]:
        """Yield the lines of the comment thread in ``page``, if it follows an article."""
        authors = load("comment_author_verbs", self.languages)
        replies = load("comment_reply_links", self.languages)
        lines = page.lines
        kinds = [_marker(line, authors, replies) for line in lines]
        start = _thread_start(kinds, self.window, self.min_markers)
        if start is None:
            return
        weights = [prose_weight(line.plain) for line in lines]
        article = main_span(weights[:start])[2]
        after = sum(max(weight, 0.0) for weight in weights[start:])
        if article < self.min_article_words or article < self.min_article_share * after:
            return
        count = sum(1 for kind in kinds[start : start + self.window] if kind)
        reason = (
            f"comment thread from line {lines[start].number} "
            f"({count} author, time or reply lines within {self.window} lines, "
            f"the first {quote(lines[start].core)})"
        )
        for line in lines[start:]:
            yield line, reason


def _marker(line: Line, authors: PhraseSet, replies: PhraseSet) -> str | None:
    """``"author"``, ``"time"`` or ``"reply"`` for a comment's header or reply
    line, ``None`` for any other line."""
    words = line.core.split()
    if not words or len(words) > _MAX_MARKER_WORDS:
        return None
    if 2 <= len(words) <= _MAX_AUTHOR_WORDS and authors.whole_line(words[-1]):
        return "author"
    if replies.whole_line(line.core):
        return "reply"
    if _CLOCK.search(line.core) and _YEAR.search(line.core):
        return "time"
    return None


def _thread_start(kinds: Sequence[str | None], window: int, min_markers: int) -> int | None:
    """The first marker line with ``min_markers`` markers of two kinds or
    more within ``window`` lines from it."""
    for i, kind in enumerate(kinds):
        if kind is None:
            continue
        seen = [k for k in kinds[i : i + window] if k]
        if len(seen) >= min_markers and len(set(seen)) >= 2:
            return i
    return None
