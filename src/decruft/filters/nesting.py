"""The page around the article, as the text's indentation shows it.

Some renderers of a whole page's text (inscriptis, text browsers) keep the
page's nesting as indentation: the lines of one element share its depth,
and what the page puts beside the article (menus, sidebars, related
stories, comment threads, footers) sits in other elements. The article's
element is then one block of lines indented at least as deep as the
article, and the page's header and footer lie outside it.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import ClassVar

from decruft.filters.base import require_positive
from decruft.layout import (
    FRAME_RULES,
    LONG_MENU_RUN,
    first_menu_run,
    is_site_notice,
    main_span,
    prose_total,
    read_layout,
)
from decruft.lines import Line
from decruft.pipeline import Page

__all__ = ["ArticleColumn", "IndentedFrame", "depth"]

_TAB_WIDTH = 4


def depth(line: Line) -> int:
    """How deep ``line`` is indented, in columns, with tab stops every four
    columns; any other white space character counts as one column.

    >>> depth(Line(1, "    * Home", "* Home", "* home", False))
    4
    """
    return _indent(line.text)


def _indent(text: str) -> int:
    """How deep ``text`` is indented, counted as :func:`depth` counts."""
    expanded = text.expandtabs(_TAB_WIDTH)
    return len(expanded) - len(expanded.lstrip())


@dataclass(frozen=True)
class IndentedFrame:
    """The header and footer of a whole page whose text keeps its nesting
    as indentation.

    Does nothing on text whose lines all share one indentation. The main
    text is found as ``page_frame`` finds it. Its *block* is the main text
    and the lines around it indented at least as deep as the main text's
    shallowest line, with the paragraphs right next to it (a lead or a
    closing paragraph set one level out): the article's element.

    The *header* ends with a run of ``menu_lines`` menu-like lines above the
    block that has a line shallower than every line between it and the
    block, right after the last such line of the run: what a menu nests
    under its last item may be the headline and byline, and a run nested as
    deep as what follows it is inside the article's element (a recipe's
    timings, a table of contents). Of such runs, the one nearest the block
    ends the header unless a paragraph stands between it and the next one
    above (a standfirst above a byline block: the lower run is the
    article's), and so on upwards. The *footer* starts at the first run of
    ``menu_lines`` menu-like lines below the block that no paragraph
    follows before the next such run (a table or a list of sources with a
    correction after it is the article's), or at the last such run.

    The header and footer go when all of these hold:

    - the main text weighs at least ``min_main_words``, and the block holds
      at least ``min_page_share`` of all the prose on the page;
    - no paragraph stands outside the block at the text's outermost
      indentation: a rendered page keeps only its chrome there, while a
      document with nesting of its own (Markdown with nested lists, an
      e-mail quoting another, a screenplay) keeps its paragraphs there;
    - no copyright notice stands above the main text: a text that comes
      after the site's footer is an overlay (a consent dialog), not the
      article;
    - the text is a whole page: it has both a header and a footer, or a
      copyright notice below the block, or ``page_frame``, ``page_footer``
      or ``opening_menus`` removed part of its frame earlier in the pass.

    When one of those rules has already cut the page's header, only the
    footer goes: what is left above the block is the article's top (a
    live blog's summary and key events). What lies between the header and
    the block, and between the block and the footer, stays.
    """

    name: ClassVar[str] = "indented_frame"
    min_main_words: float = 200.0
    min_page_share: float = 0.8
    menu_lines: int = 3

    def __post_init__(self) -> None:
        require_positive(self, "menu_lines")

    def find(self, page: Page) -> Iterator[tuple[Line, str]]:
        """Yield the header and footer lines of ``page`` around its article's block."""
        lines = page.lines
        depths = [depth(line) for line in lines]
        if len(set(depths)) < 2:
            return
        layout = read_layout(lines, LONG_MENU_RUN)
        first, last = layout.first, layout.last
        if layout.total < self.min_main_words or last < first:
            return
        if any(is_site_notice(line) for line in lines[:first]):
            return
        start, end, block_depth = _block(depths, first, last)
        held = prose_total(layout.weights[start : end + 1])
        prose = prose_total(layout.weights)
        if held < self.min_page_share * prose:
            return
        frame_cuts = [
            removal.line_number for removal in page.removed.values() if removal.rule in FRAME_RULES
        ]
        paragraphs = layout.paragraphs
        while start > 0 and paragraphs[start - 1]:
            start -= 1
        while end < len(lines) - 1 and paragraphs[end + 1]:
            end += 1
        outermost = min(depths)
        outside = (*range(start), *range(end + 1, len(lines)))
        if any(depths[i] == outermost and paragraphs[i] for i in outside):
            return
        # Once another rule has cut the page's header, what is left above
        # the block is the top of the article.
        header_cut = any(number < lines[0].number for number in frame_cuts)
        header_end = 0
        if not header_cut:
            header_end = _header_end(layout.menu, depths, paragraphs, start, self.menu_lines)
        footer = _footer_start(layout.menu, paragraphs, end + 1, self.menu_lines)
        whole = (
            (header_end > 0 and footer < len(lines))
            or any(is_site_notice(line) for line in lines[end + 1 :])
            or bool(frame_cuts)
        )
        if not whole:
            return
        block = (
            f"the article's block (lines {lines[start].number}-{lines[end].number}: the main "
            f"text, lines {lines[first].number}-{lines[last].number}, and the lines around it "
            f"indented {block_depth} or more, {held / prose:.0%} of the page's prose)"
        )
        for line in lines[:header_end]:
            yield line, f"header above {block}"
        for line in lines[footer:]:
            yield line, f"footer below {block}"


def _block(depths: Sequence[int], first: int, last: int) -> tuple[int, int, int]:
    """``(start, end, depth)``: the lines ``first..last`` and those around
    them indented at least ``depth``, the shallowest depth among them.

    >>> _block([0, 4, 6, 4, 6, 2, 4], 2, 4)
    (1, 4, 4)
    """
    shallowest = min(depths[first : last + 1])
    start, end = first, last
    while start > 0 and depths[start - 1] >= shallowest:
        start -= 1
    while end < len(depths) - 1 and depths[end + 1] >= shallowest:
        end += 1
    return start, end, shallowest


def _header_end(
    menu: Sequence[bool], depths: Sequence[int], paragraphs: Sequence[bool], start: int, length: int
) -> int:
    """Index right after the header above line ``start``; ``0`` when there is
    none.

    Walking up from ``start``, a run of at least ``length`` menu lines may
    end the header when one of its lines is shallower than every line
    between it and ``start``; the header
    ends after the last such line of the run. The run nearest ``start`` ends
    it unless a paragraph stands between that run and the next such run
    above (a standfirst above a byline block, a live blog's summary above
    its key events: the lower run is the article's), and so on upwards; the
    topmost such run ends it in any case.

    A menu at depth 2 whose last item nests a line at depth 8, then a
    headline at depth 6 above the block at line 4: the header ends after
    the menu's last line at depth 2.

    >>> _header_end([True, True, True, False, False], [2, 2, 8, 6, 10], [False] * 5, 4, 3)
    2
    """
    floor = math.inf
    pending, paragraph_above = 0, False
    i = start - 1
    while i >= 0:
        if not menu[i]:
            floor = min(floor, depths[i])
            paragraph_above = paragraph_above or paragraphs[i]
            i -= 1
            continue
        top = i
        while top > 0 and menu[top - 1]:
            top -= 1
        if i - top + 1 >= length and min(depths[top : i + 1]) < floor:
            if pending and not paragraph_above:
                return pending
            pending = max(k for k in range(top, i + 1) if depths[k] < floor) + 1
            paragraph_above = False
        floor = min(floor, *depths[top : i + 1])
        i = top - 1
    return pending


def _footer_start(menu: Sequence[bool], paragraphs: Sequence[bool], after: int, length: int) -> int:
    """The first line of the footer below line ``after``: the first run of at
    least ``length`` menu lines from there with no paragraph between its end
    and the next such run (a table, a list of sources or tags with the
    article's correction or update note after it is the article's), or the
    last such run; ``len(menu)`` when there is none.

    >>> menu = [True, True, True, False, True, True, True]
    >>> _footer_start(menu, [False, False, False, True, False, False, False], 0, 3)
    4
    """
    footer = first_menu_run(menu, after, length)
    while footer < len(menu):
        run_end = footer
        while run_end < len(menu) and menu[run_end]:
            run_end += 1
        following = first_menu_run(menu, run_end, length)
        if following == len(menu) or not any(paragraphs[run_end:following]):
            return footer
        footer = following
    return footer


# The rules whose clutter marks the end of an article: a share bar, a
# comment form or thread, a block of related posts, a "Read more" teaser.
# Newsletter boxes and advertisements stand inside articles as often.
_END_OF_ARTICLE = frozenset(
    {"share_prompts", "comment_prompts", "comment_threads", "related_posts", "see_more_teasers"}
)


@dataclass(frozen=True)
class ArticleColumn:
    """What a whole page sets out of the article's element below it, after
    the clutter that ends the article.

    Renderers that keep a page's nesting as indentation print the article's
    element at one depth or deeper. What the page puts after the article
    (related stories, a signup box, tags, the author's other posts, a
    search box) sits in other elements, often as far out as the site's
    menus. Indentation alone does not tell where the article ends: sites
    wrap each paragraph in an element of its own, and the article's closing
    heading, list or table then stands further out than its paragraphs. So
    the end must be marked: a line that one of ``evidence_rules`` (a share
    bar, a comment form, a related-posts block, a "Read more" teaser) removed
    earlier in the pass, below the article's last paragraph.

    On a whole page (one that ``page_frame``, ``page_footer``,
    ``opening_menus`` or ``indented_frame`` has cut earlier in the pass), the
    main text is found as ``page_frame`` finds it, and its *column*, the
    depth that holds the most of its prose. Its element runs from its first
    line to its last paragraph at the column. Everything from the first line
    below that element indented less than every line of it goes, when all of
    these hold:

    - the main text weighs at least ``min_main_words``;
    - the line is set out as far as the site's frame: no deeper than the
      median depth of the lines the frame rules cut (notes or a reading list
      set out one level, between the article and the site's menus, stay);
    - such clutter stands between the article's last paragraph and the line;
    - no paragraph at the column comes after it: a table or a heading set
      further out with the article's paragraphs after it is still the
      article;
    - no stretch of prose from there on weighs ``min_resumed_words`` and
      ``min_resumed_share`` of the main text: a closing section with prose
      of its own (a FAQ, a glossary) may be the article's.
    """

    name: ClassVar[str] = "article_column"
    min_main_words: float = 200.0
    min_resumed_words: float = 40.0
    min_resumed_share: float = 0.1
    evidence_rules: frozenset[str] = _END_OF_ARTICLE

    def find(self, page: Page) -> Iterator[tuple[Line, str]]:
        """Yield the lines of a whole page set out of its article's element after its end."""
        frame = [
            _indent(removal.text)
            for removal in page.removed.values()
            if removal.rule in FRAME_RULES
        ]
        if not frame:
            return
        lines = page.lines
        layout = read_layout(lines, LONG_MENU_RUN)
        first, last = layout.first, layout.last
        if layout.total < self.min_main_words or last < first:
            return
        depths = [depth(line) for line in lines]
        column = _column(depths, layout.weights, layout.paragraphs, first, last)
        if column is None:
            return
        end = max(i for i in range(first, last + 1) if layout.paragraphs[i] and depths[i] == column)
        edge = min(depths[first : end + 1])
        out = next((i for i in range(end + 1, len(lines)) if depths[i] < edge), None)
        if out is None or depths[out] > statistics.median(frame):
            return
        since, until = lines[end].number, lines[out].number
        evidence = [
            removal
            for removal in page.removed_between(since, until)
            if removal.rule in self.evidence_rules
        ]
        if not evidence:
            return
        if any(layout.paragraphs[i] and depths[i] == column for i in range(out, len(lines))):
            return
        resumed = max(self.min_resumed_words, self.min_resumed_share * layout.total)
        if main_span(layout.barred[out:])[2] >= resumed:
            return
        mark = evidence[0]
        reason = (
            f"below the article's element (the main text, lines {lines[first].number}-"
            f"{lines[last].number}, indented {edge} or more), after its end ({mark.rule} on "
            f"line {mark.line_number}): from line {until}, set out to depth {depths[out]} like "
            f"the site's frame"
        )
        for line in lines[out:]:
            yield line, reason


def _column(
    depths: Sequence[int],
    weights: Sequence[float],
    paragraphs: Sequence[bool],
    first: int,
    last: int,
) -> int | None:
    """The depth at which the most prose of lines ``first..last`` stands (of
    equal weights, the shallowest); ``None`` when they hold no paragraph.

    >>> _column([4, 8, 8, 2], [30.0, 40.0, 30.0, 5.0], [True, True, True, True], 0, 2)
    8
    """
    held: dict[int, float] = {}
    for i in range(first, last + 1):
        if paragraphs[i] and weights[i] > 0:
            held[depths[i]] = held.get(depths[i], 0.0) + weights[i]
    if not held:
        return None
    return max(held, key=lambda at: (held[at], -at))
