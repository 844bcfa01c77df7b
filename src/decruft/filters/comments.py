"""Comment prompts: the comment form and comment counters under an article."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from decruft.filters.base import PhraseRule, all_languages

__all__ = ["CommentPrompts"]


@dataclass(frozen=True)
class CommentPrompts(PhraseRule):
    """Comment-section chrome: ``Leave a Reply``, ``12 Comments``, ``Post Comment``.

    Removes ``Leave a comment``, ``Leave a Reply``,
    ``Cancel reply``, ``Post Comment``, ``12 Comments``, ``Your email address
    will not be published.``, ``Required fields are marked *``.

    Whole-line phrases come from ``comment_prompts``; lines of at most
    ``max_words`` words that start with a ``comment_prompt_prefixes`` phrase
    ("3 thoughts on …") go too. Keeps prose such as "Leave a comment about
    the proposal at the town hall meeting on Friday, the council said."
    """

    name: ClassVar[str] = "comment_prompts"
    whole: ClassVar[str] = "comment_prompts"
    prefixes: ClassVar[str] = "comment_prompt_prefixes"
    label: ClassVar[str] = "comment or reply prompt"
    languages: tuple[str, ...] = field(default_factory=all_languages)
    max_words: int = 40
