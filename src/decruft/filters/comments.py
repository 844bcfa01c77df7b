"""Comment prompts: the comment form and comment counters under an article."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar

import regex

from decruft.filters.base import (
    QUOTE_MARKS,
    SENTENCE_END,
    PhraseRule,
    all_languages,
    phrase_lines,
    quote,
    spread_to_neighbours,
)
from decruft.layout import in_introduced_lists
from decruft.lines import Line, strip_edges
from decruft.phrases import PhraseSet
from decruft.pipeline import Page
from decruft.shapes import is_list_item, word_count

# Longest line, in characters, that can be a comment-form field label.
_MAX_LABEL_CHARS = 40
# A mark after a form field's label: "*", or words in brackets ("(required)"),
# which comment_required_marks tells.
_TRAILING_MARK = regex.compile(r"\s*(?:\*|\(([^()]{1,30})\))\s*$")
# How a post's title starts after a comment-count heading: in quotes, or
# with a capital or a digit ("3 thoughts on “Title”", "12 Comments on Title").
_TITLE_START = regex.compile(r"\s*[\"'“‘«„‚‹「『\p{Lu}\p{Lt}\p{N}]")
# A count ("1,200 comments"): in a list the text introduces, the article's.
_DIGIT = regex.compile(r"\d")

__all__ = ["CommentPrompts"]


@dataclass(frozen=True)
class CommentPrompts(PhraseRule):
    """Comment-section chrome: ``Leave a Reply``, ``12 Comments``, ``Post Comment``.

    Removes ``Leave a comment``, ``Leave a Reply``,
    ``Cancel reply``, ``Post Comment``, ``12 Comments``, ``Your email address
    will not be published.``, ``Required fields are marked *``.

    Whole-line phrases come from ``comment_prompts``; lines of at most
    ``max_words`` words that start with a ``comment_prompt_prefixes`` phrase
    go too, unless they end like a sentence. So do comment-count headings
    (``comment_count_headings``: "3 thoughts on", "One response to")
    followed by a post's title, in quotes or capitalised: "3 thoughts on
    “Title”"; "12 comments on the first draft", a list item, and
    "1,200 comments on the draft rule were filed before the deadline."
    stay, and so does a count in a list that a line ending with a colon
    introduces ("the agency had received:" over "* 1,200 comments").
    Comment-form field labels (``comment_form_labels``: Comment,
    Name, Email, Website) go when marked
    required (``Name *``, ``Email (required)``, a word of
    ``comment_required_marks`` in brackets) or next to a removed prompt
    or a marked label; an unmarked "Email" elsewhere stays. Keeps prose such
    as "Leave a comment about the proposal at the town hall meeting on
    Friday, the council said."
    """

    name: ClassVar[str] = "comment_prompts"
    whole: ClassVar[str] = "comment_prompts"
    heading_prefixes: ClassVar[str] = "comment_prompt_prefixes"
    extra: ClassVar[tuple[str, ...]] = (
        "comment_count_headings",
        "comment_form_labels",
        "comment_required_marks",
    )
    label: ClassVar[str] = "comment or reply prompt"
    languages: tuple[str, ...] = field(default_factory=all_languages)
    max_words: int = 40

    def judge(self, line: Line, sets: dict[str, PhraseSet]) -> str | None:
        """The phrase tests, then a comment-count heading over a post's title."""
        why = super().judge(line, sets)
        if why:
            return why
        match = sets["comment_count_headings"].prefix(line.core)
        if (
            match is None
            or line.plain.endswith(SENTENCE_END)
            or line.plain.startswith(QUOTE_MARKS)
            or word_count(line.plain) > self.max_words
            or not _TITLE_START.match(match[1])
        ):
            return None
        return f"{self.label}: {quote(match[0])} over a post's title"

    def find(self, page: Page) -> Iterator[tuple[Line, str]]:
        """Yield the comment prompts of ``page`` and the form labels around them."""
        sets = self.phrase_sets()
        lines = page.lines
        reasons: dict[int, str] = {}
        required: list[int] = []
        unmarked: list[int] = []
        listed: list[bool] | None = None  # read only when a count is found
        for i, line in phrase_lines(lines):
            why = self.verdict(line, sets)
            if why and _DIGIT.search(line.core):
                if listed is None:
                    listed = in_introduced_lists(lines, [is_list_item(x.text) for x in lines])
                if listed[i]:
                    continue
            if why:
                reasons[i] = why
            elif len(line.plain) <= _MAX_LABEL_CHARS:
                label = _without_required_mark(line.plain, sets["comment_required_marks"])
                if sets["comment_form_labels"].whole_line(strip_edges(label)):
                    (required if label != line.plain else unmarked).append(i)
        for i in required:
            reasons[i] = f"comment form field {quote(lines[i].core)} marked required"
        spread_to_neighbours(
            unmarked,
            reasons,
            lambda i: f"comment form field {quote(lines[i].core)} next to the form",
        )
        for i in sorted(reasons):
            yield lines[i], reasons[i]


def _without_required_mark(text: str, marks: PhraseSet) -> str:
    """``text`` without the mark that makes a form field required ("*", or
    one of ``marks`` in brackets), or as it is when it has none."""
    found = _TRAILING_MARK.search(text)
    if found is None:
        return text
    word = found.group(1)
    if word is not None and not marks.whole_line(strip_edges(word)):
        return text
    return text[: found.start()]
