"""Related-content blocks: a "Related Posts" heading and its teasers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar

from decruft.filters.base import MAX_PHRASE_LINE_CHARS, all_languages, quote
from decruft.filters.teasers import TeaserShape, teaser_shape
from decruft.lines import Line
from decruft.phrases import PhraseSet, load
from decruft.pipeline import Page
from decruft.shapes import is_title_case, without_list_marker, word_count

__all__ = ["RelatedPosts"]

_ITEM_SHAPES = frozenset(
    (TeaserShape.TITLE, TeaserShape.TRUNCATED, TeaserShape.SEE_MORE, TeaserShape.MORE_LINK)
)
_SENTENCE_END = (".", "!", "?")
# Words a teaser title needs to read as the headline of another article.
_FULL_HEADLINE_WORDS = 5


def _is_full_headline(line: Line) -> bool:
    """Whether ``line`` reads as another article's headline: five words or
    more, in Title Case ("Schools Brace for Cuts After Budget Vote", not
    "Labrador Retriever")."""
    text = without_list_marker(line.plain)
    return word_count(text) >= _FULL_HEADLINE_WORDS and is_title_case(text)


@dataclass(frozen=True)
class RelatedPosts:
    """ "Related Posts" blocks: the heading and the teasers under it.

    A block starts with a heading (``related_headings``:
    Related Posts, You may also like, Recommended, Trending, Popular posts…;
    or ``related_heading_prefixes`` and a few words: More from <site>) and
    the run of teasers under it.

    Teasers are headlines (printed once or twice), excerpts cut off with an
    ellipsis, "…See More" lines and "Read more" links. The block ends where
    article prose resumes: at the first line that is none of these. When
    prose follows, the last headline-shaped line before it is given back to
    the article, since it may be the heading of the next section, unless the
    blank lines say otherwise (it hangs on to the block, and a blank line
    parts it from the prose).

    The heading alone is not enough: it goes with its block when the block
    has at least ``min_items`` teasers or runs to the end of the text.
    Headings that are also ordinary article headings
    (``related_headings_ambiguous``: Most popular, Trending, Recommended,
    Don't miss) need a block that looks like teasers: an excerpt cut off
    with an ellipsis, a "See More" link, a headline printed twice, or two
    headlines of five words or more in Title Case; and they must not end
    with a colon, which makes them a lead-in ("Recommended:" over system
    requirements). A ranking of dog breeds under "Most popular" in the
    middle of an article stays.
    "Related posts on social media helped spread the rumor." stays: the
    heading must be the whole line.

    Options:
        languages: phrase languages to use (default: all).
        min_items: teasers a block needs when prose follows it.
        max_heading_words: words a prefix heading may add ("More from The
            Daily Planet").
    """

    name: ClassVar[str] = "related_posts"
    languages: tuple[str, ...] = field(default_factory=all_languages)
    min_items: int = 2
    max_heading_words: int = 6

    def find(self, page: Page) -> Iterator[tuple[Line, str]]:
        """Yield the lines of each related-content block of ``page``."""
        headings = load("related_headings", self.languages)
        ambiguous = load("related_headings_ambiguous", self.languages)
        prefixes = load("related_heading_prefixes", self.languages)
        suffixes = load("see_more_suffixes", self.languages)
        links = load("more_links", self.languages)
        lines = page.lines
        i = 0
        while i < len(lines):
            heading = self._heading(lines[i], headings, prefixes)
            needs_evidence = False
            if (
                heading is None
                and self._is_short(lines[i])
                and not lines[i].plain.endswith(":")
                and ambiguous.whole_line(lines[i].core)
            ):
                heading, needs_evidence = lines[i].core, True
            if heading is None:
                i += 1
                continue
            items: list[int] = []
            seen: set[str] = set()
            evidence = False
            headlines = 0
            j = i + 1
            while j < len(lines):
                repeated = lines[j].key in seen
                shape = teaser_shape(lines[j], suffixes, links)
                if not repeated and shape not in _ITEM_SHAPES:
                    break
                if repeated or shape is not TeaserShape.TITLE:
                    evidence = True
                elif _is_full_headline(lines[j]):
                    headlines += 1
                items.append(j)
                seen.add(lines[j].key)
                j += 1
            at_end = j == len(lines)
            if not at_end and items and self._may_be_section_heading(lines, items, j):
                items.pop()
            evidence = evidence or headlines >= 2
            if (not at_end and len(items) < self.min_items) or (needs_evidence and not evidence):
                i += 1
                continue
            yield lines[i], f"related-content heading {quote(heading)}"
            where = f"under the related-content heading on line {lines[i].number}"
            for k in items:
                yield lines[k], f"teaser {k - i} of {len(items)} {where}"
            i = items[-1] + 1 if items else i + 1

    @staticmethod
    def _is_short(line: Line) -> bool:
        return len(line.plain) <= MAX_PHRASE_LINE_CHARS

    def _heading(self, line: Line, headings: PhraseSet, prefixes: PhraseSet) -> str | None:
        if not self._is_short(line):
            return None
        if headings.whole_line(line.core):
            return line.core
        match = prefixes.prefix(line.core)
        if (
            match is not None
            and word_count(match[1]) <= self.max_heading_words
            and not line.plain.rstrip().endswith(_SENTENCE_END)
        ):
            return line.core
        return None

    def _may_be_section_heading(
        self, lines: tuple[Line, ...], items: list[int], prose: int
    ) -> bool:
        """Whether the last item, right before the prose at ``prose``, could be
        the heading of the article's next section: a headline printed once,
        not cut off, and not hanging on to the block with a blank line
        between it and the prose.
        """
        last = lines[items[-1]]
        if lines[prose].gap_before and not last.gap_before:
            return False
        if any(lines[k].key == last.key for k in items[:-1]):
            return False
        suffixes = load("see_more_suffixes", self.languages)
        links = load("more_links", self.languages)
        return teaser_shape(last, suffixes, links) is TeaserShape.TITLE
