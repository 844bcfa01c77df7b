"""Comment threads: the readers' comments that follow an article."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

import regex

from decruft.filters.base import all_languages, quote
from decruft.layout import main_span, prose_total
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
_NAME_START = regex.compile(r"[\p{Lu}\p{Lt}\p{N}]")
_NUMBER = regex.compile(r"\d+[.)]?")
# A numbered comment's header with its stamp: "1. Abdul Majeed 3/12/2021 at
# 1:48am", "2. EditorSeptember 15, 2008 at 9:19 PM": a date, then a short
# word or two ("at", "um", "à", "alle", "a las", "às", "om", "o", "в") and
# the clock. A ranking's time ("1. Eliud Kipchoge 2:01:09, 2018") has no
# such word, an agenda's item its clock before the date ("1. Keynote at
# 9:30, 12 May 2025").
_NUMBERED_NAME = regex.compile(r"\d{1,4}[.)]\s+\p{Lu}")
_DATE_AT_CLOCK = regex.compile(
    r"(?<!\d)(?:19|20)\d{2},?\s+(?:\p{L}{1,5}+\s++){1,2}+\d{1,2}:\d{2}(?![\d:])"
)


@dataclass(frozen=True)
class CommentThreads:
    """A thread of reader comments after the article, to the end of the text.

    A comment thread has a rhythm no article has: each comment opens with
    its author's name (``Sharon says``, ``1. Hans says:``) and a time stamp
    (``July 14, 2015 at 3:53 pm``, ``8/2/2022 at 8:56am``: a year and a
    clock time on a short line), and closes with a ``Reply`` link. The
    thread starts at the first author line that has, within ``window``
    lines from it, at least ``min_markers`` such lines of at least two
    kinds, ``min_authors`` of them author lines; from there to the end of
    the text, everything goes (comments come last; what follows them is the
    page's footer).

    An author line is a name and the verb: one word (a user name), or words
    that all start with a capital letter or a digit; "What the council
    says" is a heading, not an author. A numbered header that holds the
    comment's stamp after the name, a date then "at" and the clock ("1.
    Abdul Majeed 3/12/2021 at 1:48am", "2. EditorSeptember 15, 2008 at 9:19
    PM"), is an author line too when a reply link follows within
    ``window`` lines; without one it is a time line: a numbered list of
    dated items (tickets on sale, a court's hearings, an agenda) has no
    reply links. Time stamps and reply links alone (a live blog, a results
    table, embedded posts with their own ``Reply`` buttons) never make a
    thread.

    Only after an article: the prose before the thread must hold a stretch
    of at least ``min_article_words`` words and weigh at least
    ``min_article_share`` of the prose from the thread on. A forum thread,
    where the posts are the text, has no such article before its first
    post, and stays. A thread longer than the article still goes when the
    page announces it: within ``announce_within`` lines above its first
    author line stands a heading of the comment section ("Comments",
    "Reader Interactions") or a line ``comment_prompts`` removed ("109
    Comments", "Leave a Reply"), and the thread has stamps or reply links.

    Phrases: ``comment_author_verbs`` (the last word of an author line),
    ``comment_reply_links`` (the whole line) and ``comment_section_headings``
    (the whole line).
    """

    name: ClassVar[str] = "comment_threads"
    languages: tuple[str, ...] = field(default_factory=all_languages)
    min_markers: int = 4
    min_authors: int = 2
    window: int = 30
    min_article_words: float = 100.0
    min_article_share: float = 0.5
    announce_within: int = 3

    def __post_init__(self) -> None:
        if (
            self.window < 1
            or self.min_authors < 1
            or self.min_markers < self.min_authors
            or self.announce_within < 0
        ):
            raise ValueError(
                "CommentThreads needs window >= 1, min_authors >= 1, "
                "min_markers >= min_authors and announce_within >= 0; got "
                f"window={self.window}, min_authors={self.min_authors}, "
                f"min_markers={self.min_markers}, announce_within={self.announce_within}"
            )

    def find(self, page: Page) -> Iterator[tuple[Line, str]]:
        """Yield the lines of the comment thread in ``page``, if it follows an article."""
        authors = load("comment_author_verbs", self.languages)
        replies = load("comment_reply_links", self.languages)
        lines = page.lines
        kinds = self._stamped_authors([_marker(line, authors, replies) for line in lines])
        start = self._thread_start(kinds)
        if start is None:
            return
        weights = [prose_weight(line.plain) for line in lines]
        article = main_span(weights[:start])[2]
        after = prose_total(weights[start:])
        if article < self.min_article_words:
            return
        in_window = kinds[start : start + self.window]
        if article < self.min_article_share * after and not (
            {"time", "reply"} & set(in_window) and self._announced(page, start)
        ):
            return
        count = sum(1 for kind in in_window if kind)
        reason = (
            f"comment thread from line {lines[start].number} "
            f"({count} author, time or reply lines within {self.window} lines, "
            f"the first {quote(lines[start].core)})"
        )
        for line in lines[start:]:
            yield line, reason

    def _announced(self, page: Page, start: int) -> bool:
        """Whether the page announces the thread that starts at line index
        ``start``: within ``announce_within`` lines above it stands a heading
        of its comment section ("Comments", "Reader Interactions") or a line
        that ``comment_prompts`` removed ("109 Comments", "Leave a Reply")."""
        headings = load("comment_section_headings", self.languages)
        lines = page.lines
        above = lines[max(0, start - self.announce_within) : start]
        if any(headings.whole_line(line.core) for line in above):
            return True
        top = start - self.announce_within - 1
        low = lines[top].number if top >= 0 else 0
        high = lines[start].number
        return any(removal.rule == "comment_prompts" for removal in page.removed_between(low, high))

    def _stamped_authors(self, kinds: list[str | None]) -> list[str | None]:
        """``kinds`` with each numbered header that holds its stamp
        (``"stamped"``) made an author line when a reply link follows within
        ``window`` lines, and a time line otherwise: a numbered list of dated
        items (an agenda, a timetable, a court's hearings) has no reply
        links."""
        next_reply = len(kinds) + self.window
        for i in range(len(kinds) - 1, -1, -1):
            if kinds[i] == "reply":
                next_reply = i
            elif kinds[i] == "stamped":
                kinds[i] = "author" if next_reply - i < self.window else "time"
        return kinds

    def _thread_start(self, kinds: Sequence[str | None]) -> int | None:
        """The first author line with enough markers, of two kinds or more,
        within ``window`` lines from it. Counts are kept over a sliding
        window, so the search is linear whatever the window."""
        counts: Counter[str] = Counter(kind for kind in kinds[: self.window] if kind)
        for i, kind in enumerate(kinds):
            if (
                kind == "author"
                and counts["author"] >= self.min_authors
                and counts.total() >= self.min_markers
                and len(+counts) >= 2
            ):
                return i
            if kind:
                counts[kind] -= 1
            entering = i + self.window
            if entering < len(kinds) and kinds[entering]:
                counts[kinds[entering]] += 1
        return None


def _marker(line: Line, authors: PhraseSet, replies: PhraseSet) -> str | None:
    """``"author"``, ``"time"`` or ``"reply"`` for a comment's header or reply
    line, ``"stamped"`` for a numbered header that holds its stamp, ``None``
    for any other line."""
    words = line.core.split()
    if not words or len(words) > _MAX_MARKER_WORDS:
        return None
    if (
        2 <= len(words) <= _MAX_AUTHOR_WORDS
        and authors.whole_line(words[-1])
        and _is_name(words[:-1])
    ):
        return "author"
    if replies.whole_line(line.core):
        return "reply"
    if _CLOCK.search(line.core) and _YEAR.search(line.core):
        # A numbered comment's header that holds its stamp may be its author
        # line: CommentThreads._stamped_authors decides.
        numbered = _NUMBERED_NAME.match(line.core) and _DATE_AT_CLOCK.search(line.core)
        return "stamped" if numbered else "time"
    return None


def _is_name(words: Sequence[str]) -> bool:
    """After the comment's number, if any ("2."), one word (a user name) or
    words that each start with a capital letter ("Chris Lewis")."""
    if words and _NUMBER.fullmatch(words[0]):
        words = words[1:]
    return len(words) == 1 or (bool(words) and all(_NAME_START.match(word) for word in words))
