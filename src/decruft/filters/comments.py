"""Comment prompts: the comment form and comment counters under an article."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar

import regex

from decruft.filters.base import (
    PhraseRule,
    all_languages,
    phrase_lines,
    quote,
    spread_to_neighbours,
)
from decruft.lines import Line, strip_edges
from decruft.pipeline import Page

# Longest line, in characters, that can be a comment-form field label.
_MAX_LABEL_CHARS = 40
# How a form marks a field as required: "Name *", "Email (required)".
_REQUIRED_MARK = regex.compile(r"\s*(?:\*|\(required\))\s*$", regex.IGNORECASE)

__all__ = ["CommentPrompts"]


@dataclass(frozen=True)
class CommentPrompts(PhraseRule):
    """Comment-section chrome: ``Leave a Reply``, ``12 Comments``, ``Post Comment``.

    Removes ``Leave a comment``, ``Leave a Reply``,
    ``Cancel reply``, ``Post Comment``, ``12 Comments``, ``Your email address
    will not be published.``, ``Required fields are marked *``.

    Whole-line phrases come from ``comment_prompts``; lines of at most
    ``max_words`` words that start with a ``comment_prompt_prefixes`` phrase
    ("3 thoughts on “Title”") go too, unless they end like a sentence:
    "1,200 comments on the draft rule were filed before the deadline."
    stays. Comment-form field labels (``comment_form_labels``: Comment,
    Name, Email, Website) go when marked
    required (``Name *``, ``Email (required)``) or next to a removed prompt
    or a marked label; an unmarked "Email" elsewhere stays. Keeps prose such
    as "Leave a comment about the proposal at the town hall meeting on
    Friday, the council said."
    """

    name: ClassVar[str] = "comment_prompts"
    whole: ClassVar[str] = "comment_prompts"
    heading_prefixes: ClassVar[str] = "comment_prompt_prefixes"
    extra: ClassVar[tuple[str, ...]] = ("comment_form_labels",)
    label: ClassVar[str] = "comment or reply prompt"
    languages: tuple[str, ...] = field(default_factory=all_languages)
    max_words: int = 40

    def find(self, page: Page) -> Iterator[tuple[Line, str]]:
        """Yield the comment prompts of ``page`` and the form labels around them."""
        sets = self.phrase_sets()
        lines = page.lines
        reasons: dict[int, str] = {}
        required: list[int] = []
        unmarked: list[int] = []
        for i, line in phrase_lines(lines):
            why = self.judge(line, sets)
            if why:
                reasons[i] = why
            elif len(line.plain) <= _MAX_LABEL_CHARS:
                label = _REQUIRED_MARK.sub("", line.plain)
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
