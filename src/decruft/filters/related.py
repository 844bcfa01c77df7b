"""Related-content blocks: a "Related Posts" heading and its teasers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar

from decruft.filters.base import MAX_PHRASE_LINE_CHARS, all_languages, quote
from decruft.filters.teasers import TeaserPhrases, TeaserShape, teaser_shape
from decruft.lines import Line, strip_leading
from decruft.phrases import PhraseSet, load
from decruft.pipeline import Page
from decruft.shapes import is_list_item, is_title_case, without_list_marker, word_count
from decruft.wrapping import in_wrapped_paragraphs

__all__ = ["RelatedPosts"]

_ITEM_SHAPES = frozenset(
    (TeaserShape.TITLE, TeaserShape.TRUNCATED, TeaserShape.SEE_MORE, TeaserShape.MORE_LINK)
)
_SENTENCE_END = (".", "!", "?")
# Whole-line widgets that a rule after this one removes (a control below the
# block): a block runs on past them.
_SKIPPED_WIDGETS = ("site_controls",)
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

    A block starts with a heading: a line that is one of
    ``related_headings`` (Related Posts, You may also like, Popular posts,
    Read next…) or starts with one of ``related_heading_prefixes`` and adds
    at most ``max_heading_words`` words that start with a capital ("More
    from The Daily Planet", not "More from the survey").

    Teasers are headlines (printed once or twice), excerpts cut off with an
    ellipsis, "…See More" lines and "Read more" links. The block ends where
    article prose resumes: at the first line that is none of these. A site
    control alone on a line (``Toggle navigation``, ``Copy link``), which a
    later rule removes, neither ends the block nor joins it. When
    prose follows, the last headline-shaped line before it is given back to
    the article, since it may be the heading of the next section, unless the
    blank lines say otherwise (it hangs on to the block, and a blank line
    parts it from the prose).

    The heading alone is not enough: it goes with its block when the block
    has at least ``min_items`` teasers or runs to the end of the text.
    Headings that are also ordinary article headings
    (``related_headings_ambiguous``: Most popular, Trending, Recommended,
    Don't miss) need a block that looks like teasers: an excerpt cut off
    with an ellipsis, a "See More" or "Read more" link, a headline printed
    twice, or two headlines of five words or more in Title Case; and they
    must not end with a colon, which makes them a lead-in ("Recommended:"
    over system requirements). A ranking of dog breeds under "Most popular"
    in the middle of an article stays.
    "Related posts on social media helped spread the rumor." stays: the
    heading must be the whole line.

    Options:
        languages: phrase languages to use (default: all).
        min_items: teasers a block needs when prose follows it.
        max_heading_words: words a prefix heading may add.
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
        lines = page.lines
        # A line of a hard-wrapped paragraph is neither a heading nor a teaser.
        wrapped = in_wrapped_paragraphs(lines)
        i = 0
        while i < len(lines):
            line = lines[i]
            if wrapped[i] or len(line.plain) > MAX_PHRASE_LINE_CHARS:
                i += 1
                continue
            needs_evidence = False
            heading = self._heading(line, headings, prefixes)
            if heading is None and not line.plain.endswith(":"):
                heading = ambiguous.whole_line(line.core)
                needs_evidence = True
            if heading is None:
                i += 1
                continue
            items, end = self._block(lines, wrapped, i + 1)
            at_end = end == len(lines)
            # Enough teasers make a block even if the last is given back below.
            enough = at_end or len(items) >= self.min_items
            if not at_end and items and self._may_be_section_heading(lines, items, end):
                items = items[:-1]
            if not enough or (needs_evidence and not self._looks_like_teasers(lines, items)):
                i += 1
                continue
            yield line, f"related-content heading {quote(heading)}"
            where = f"under the related-content heading on line {line.number}"
            for count, k in enumerate(items, start=1):
                yield lines[k], f"teaser {count} of {len(items)} {where}"
            i = items[-1] + 1 if items else i + 1

    def _heading(self, line: Line, headings: PhraseSet, prefixes: PhraseSet) -> str | None:
        if headings.whole_line(line.core):
            return line.core
        match = prefixes.prefix(line.core)
        if match is None or line.plain.endswith(_SENTENCE_END):
            return None
        rest = strip_leading(match[1])
        names_something = rest[:1].isupper() or rest[:1].isdigit()
        if names_something and word_count(rest) <= self.max_heading_words:
            return line.core
        return None

    def _block(
        self, lines: tuple[Line, ...], wrapped: tuple[bool, ...], start: int
    ) -> tuple[list[int], int]:
        """The run of teasers from ``start`` to the first line of prose (or
        of a hard-wrapped paragraph), and the index of that line:
        ``len(lines)`` when the run goes to the end of the text. Widget lines
        of later rules neither end the run nor join it."""
        phrases = TeaserPhrases.load(self.languages)
        widgets = [load(kind, self.languages) for kind in _SKIPPED_WIDGETS]
        items: list[int] = []
        seen: set[str] = set()
        j = start
        while j < len(lines):
            line = lines[j]
            repeated = line.key in seen
            if wrapped[j]:
                break
            if not any(widget.whole_line(line.core) for widget in widgets):
                if not repeated and teaser_shape(line, phrases) not in _ITEM_SHAPES:
                    break
                items.append(j)
                seen.add(line.key)
            j += 1
        return items, j

    def _looks_like_teasers(self, lines: tuple[Line, ...], items: list[int]) -> bool:
        """Whether ``items`` read as teasers rather than an article's own list:
        an excerpt cut off with an ellipsis, a link, a headline printed
        twice, or two headlines of other articles."""
        phrases = TeaserPhrases.load(self.languages)
        seen: set[str] = set()
        headlines = 0
        for k in items:
            if lines[k].key in seen or teaser_shape(lines[k], phrases) is not TeaserShape.TITLE:
                return True
            seen.add(lines[k].key)
            headlines += _is_full_headline(lines[k])
        return headlines >= 2

    def _may_be_section_heading(self, lines: tuple[Line, ...], items: list[int], end: int) -> bool:
        """Whether the last item, before the prose at ``end``, could be the
        heading of the article's next section: a headline printed once, not
        cut off, not a list item, and not hanging on to the block with a
        blank line between it and the prose.
        """
        last = lines[items[-1]]
        prose = lines[end]
        if is_list_item(last.plain) or (prose.gap_before and not last.gap_before):
            return False
        if any(lines[k].key == last.key for k in items[:-1]):
            return False
        return teaser_shape(last, TeaserPhrases.load(self.languages)) is TeaserShape.TITLE
