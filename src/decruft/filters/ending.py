"""The end of the article: what comes after its last paragraph."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from decruft.filters.base import quote
from decruft.lines import Line, strip_edges
from decruft.pipeline import Page
from decruft.prose import prose_weight

__all__ = ["ArticleEnd"]


@dataclass(frozen=True)
class ArticleEnd:
    """Everything after a Related Posts heading or comment prompt that ends the article.

    An article does not go on after its "Related Posts" block or its
    comment section: what follows them is more teasers, comments, sidebars
    and the page's footer. Once ``related_posts`` or ``comment_prompts`` has
    removed a line (in the same pass) with at least ``min_share`` of the
    text's prose above it, and at least ``min_article_words`` words of it,
    every kept line below that line goes.

    Prose is measured as by ``page_frame`` (each paragraph counts its words;
    see :func:`decruft.prose.prose_weight`), so a related block or a comment
    prompt high up in the text, with much of the article still to come,
    ends nothing.
    """

    name: ClassVar[str] = "article_end"
    #: The filters whose removals can end an article.
    markers: ClassVar[tuple[str, ...]] = ("related_posts", "comment_prompts")
    min_share: float = 0.8
    min_article_words: float = 100.0

    def __post_init__(self) -> None:
        if not 0.0 < self.min_share <= 1.0:
            raise ValueError(f"ArticleEnd needs 0 < min_share <= 1; got {self.min_share}")

    def find(self, page: Page) -> Iterator[tuple[Line, str]]:
        """Yield the kept lines below the line that ends the article, if any."""
        ends = sorted(
            (removal for removal in page.removed.values() if removal.rule in self.markers),
            key=lambda removal: removal.line_number,
        )
        if not ends:
            return
        lines = page.lines
        weights = [max(prose_weight(line.plain), 0.0) for line in lines]
        total = sum(weights)
        above = 0.0
        kept = 0
        for end in ends:
            while kept < len(lines) and lines[kept].number < end.line_number:
                above += weights[kept]
                kept += 1
            if above >= self.min_article_words and above >= self.min_share * total:
                share = round(100 * above / total)
                reason = (
                    f"below the end of the article: line {end.line_number} "
                    f"({quote(strip_edges(end.text))}, removed as {end.rule}) "
                    f"has {share}% of the text's prose above it"
                )
                for line in lines[kept:]:
                    yield line, reason
                return
