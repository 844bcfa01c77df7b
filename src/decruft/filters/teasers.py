"""Teasers: "Title…See More" lines, lone "Read more" links, and runs of
teaser titles with truncated excerpts.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import ClassVar

from decruft.filters.base import MAX_PHRASE_LINE_CHARS, SENTENCE_END, all_languages, quote
from decruft.lines import Line, strip_edges
from decruft.phrases import PhraseSet, load
from decruft.pipeline import Page
from decruft.shapes import ends_with_ellipsis, is_headline, word_count
from decruft.wrapping import in_wrapped_paragraphs

__all__ = ["SeeMoreTeasers", "TeaserPhrases", "TeaserShape", "teaser_shape"]

# How far from the end of a line the ellipsis before "See More" may stand.
_SUFFIX_REACH = 80
_ARROWS = (">", "»", "›", "→", "⇒", "➜", "▶", "►")


class TeaserShape(Enum):
    """What a line looks like to the teaser rules."""

    SEE_MORE = "ends with an ellipsis and a 'see more' link"
    MORE_LINK = "a 'read more' link on its own"
    TRUNCATED = "ends with an ellipsis"
    TITLE = "shaped like a headline"
    OTHER = "anything else"


@dataclass(frozen=True)
class TeaserPhrases:
    """The phrase lists that tell teaser links: link words after an ellipsis
    (``see_more_suffixes``; short ones, ``see_more_glued_suffixes``, only
    glued to it or before an arrow) and "read more" links alone on a line
    (``more_links``)."""

    suffixes: PhraseSet
    glued_suffixes: PhraseSet
    links: PhraseSet

    @classmethod
    def load(cls, languages: tuple[str, ...]) -> TeaserPhrases:
        """Load the lists for ``languages``."""
        return cls(
            load("see_more_suffixes", languages),
            load("see_more_glued_suffixes", languages),
            load("more_links", languages),
        )

    def link_suffix(self, text: str) -> str | None:
        """The link word after the last ellipsis of ``text`` ("See More" in
        ``Title…See More``), if it is one."""
        tail = text[-_SUFFIX_REACH:]
        cut = tail.rfind("...")
        if cut < 0:
            return None
        after = tail[cut + 3 :]
        if after.rstrip().endswith(SENTENCE_END):
            return None  # "…chanting: more… more… More!" is prose
        link = strip_edges(after)
        if not link:
            return None
        if self.suffixes.whole_line(link):
            return link
        glued = not after[:1].isspace() or after.rstrip().endswith(_ARROWS)
        return link if glued and self.glued_suffixes.whole_line(link) else None


def teaser_shape(line: Line, phrases: TeaserPhrases) -> TeaserShape:
    """Classify ``line`` for the teaser rules (see :class:`TeaserShape`)."""
    shape = _link_or_cut(line, phrases)
    if shape is not None:
        return shape
    return TeaserShape.TITLE if is_headline(line.plain, allow_bullet=True) else TeaserShape.OTHER


def _link_or_cut(line: Line, phrases: TeaserPhrases) -> TeaserShape | None:
    """The shape of ``line`` when it is a link or cut off, else ``None``
    (a title or other text: the costlier test)."""
    plain = line.plain
    if phrases.link_suffix(plain):
        return TeaserShape.SEE_MORE
    if len(plain) <= MAX_PHRASE_LINE_CHARS and phrases.links.whole_line(line.core):
        return TeaserShape.MORE_LINK
    if ends_with_ellipsis(plain):
        return TeaserShape.TRUNCATED
    return None


def teaser_shapes(lines: tuple[Line, ...], phrases: TeaserPhrases) -> list[TeaserShape]:
    """The shape of each line, for :class:`SeeMoreTeasers`; a line of a
    hard-wrapped paragraph is part of the paragraph (:data:`TeaserShape.OTHER`),
    whatever it looks like alone. A title matters only where a teaser can
    start, one or two lines above a cut-off line: elsewhere a line that is
    no link and not cut off is :data:`TeaserShape.OTHER`, unread."""
    wrapped = in_wrapped_paragraphs(lines)
    shapes = [
        TeaserShape.OTHER if in_paragraph else _link_or_cut(line, phrases)
        for line, in_paragraph in zip(lines, wrapped, strict=True)
    ]
    result = []
    for i, shape in enumerate(shapes):
        if shape is None:
            before_a_cut = TeaserShape.TRUNCATED in shapes[i + 1 : i + 3]
            titled = before_a_cut and is_headline(lines[i].plain, allow_bullet=True)
            shape = TeaserShape.TITLE if titled else TeaserShape.OTHER
        result.append(shape)
    return result


_LINKS = (TeaserShape.SEE_MORE, TeaserShape.MORE_LINK)


@dataclass(frozen=True)
class SeeMoreTeasers:
    """Teasers for other articles: ``Title…See More``, lone ``Read more`` links.

    Removes:

    * lines that end with an ellipsis and a link word (``see_more_suffixes``):
      ``Trump Deploys U.S. Marines to…See More``, ``… Read More »``; short
      link words (``see_more_glued_suffixes``: More, Continue) count only
      glued to the ellipsis or before an arrow (``Al…More>``), so "and then
      it wanted… more" stays;
    * a "read more" link alone on its line (``more_links``): ``Continue reading →``;
    * a line cut off with an ellipsis right before or after one of those;
    * runs of at least ``min_pairs`` teasers in a row, each a headline of
      at least ``min_title_words`` words (printed once or twice) followed by
      an excerpt of at least ``min_excerpt_words`` words cut off with an
      ellipsis. "Chapter One" over a paragraph ending in "…" is not a teaser.

    A single line that ends with "…" stays: authors end sentences that way,
    and verse ("for her lantern on the hill…") is too short to be an excerpt.
    """

    name: ClassVar[str] = "see_more_teasers"
    languages: tuple[str, ...] = field(default_factory=all_languages)
    min_pairs: int = 2
    min_title_words: int = 3
    min_excerpt_words: int = 10

    def find(self, page: Page) -> Iterator[tuple[Line, str]]:
        """Yield the teaser lines of ``page``."""
        phrases = TeaserPhrases.load(self.languages)
        lines = page.lines
        shapes = teaser_shapes(lines, phrases)
        reasons: dict[int, str] = {}
        for i, shape in enumerate(shapes):
            if shape is TeaserShape.SEE_MORE:
                suffix = phrases.link_suffix(lines[i].plain)
                reasons[i] = f"teaser ending in {quote('…' + str(suffix))}"
            elif shape is TeaserShape.MORE_LINK:
                reasons[i] = f"'read more' link on its own {quote(lines[i].core)}"
        for i, shape in enumerate(shapes):
            if shape is not TeaserShape.TRUNCATED:
                continue
            for j in (i - 1, i + 1):
                if 0 <= j < len(lines) and shapes[j] in _LINKS:
                    reasons[i] = f"truncated teaser next to the link on line {lines[j].number}"
                    break
        runs = _teaser_runs(lines, shapes, self)
        for start, end, pairs in runs:
            for i in range(start, end):
                reasons.setdefault(
                    i, f"teaser title or excerpt, in a run of {pairs} cut-off teasers"
                )
        for i in sorted(reasons):
            yield lines[i], reasons[i]


def _teaser_at(
    lines: Sequence[Line], shapes: Sequence[TeaserShape], i: int, rule: SeeMoreTeasers
) -> int | None:
    """If a teaser (a headline of ``rule.min_title_words`` words or more,
    perhaps printed twice, then an excerpt of ``rule.min_excerpt_words``
    words or more cut off with an ellipsis) starts at ``i``, return the
    index just after it.
    """
    if i >= len(lines) or shapes[i] not in (TeaserShape.TITLE, TeaserShape.SEE_MORE):
        return None
    if shapes[i] is TeaserShape.TITLE and word_count(lines[i].plain) < rule.min_title_words:
        return None
    j = i + 1
    if j < len(lines) and lines[j].key == lines[i].key:
        j += 1
    if (
        j < len(lines)
        and shapes[j] is TeaserShape.TRUNCATED
        and word_count(lines[j].plain) >= rule.min_excerpt_words
    ):
        return j + 1
    return None


def _teaser_runs(
    lines: Sequence[Line], shapes: Sequence[TeaserShape], rule: SeeMoreTeasers
) -> Iterator[tuple[int, int, int]]:
    """Yield ``(start, end, count)`` for each run of ``rule.min_pairs`` or
    more teasers in a row."""
    i = 0
    while i < len(lines):
        end, count = i, 0
        while (after := _teaser_at(lines, shapes, end, rule)) is not None:
            end, count = after, count + 1
        if count >= rule.min_pairs:
            yield i, end, count
            i = end
        else:
            i += 1
