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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import ClassVar

from decruft.layout import first_menu_run, is_site_notice, read_layout
from decruft.lines import Line
from decruft.pipeline import Page
from decruft.prose import is_prose

__all__ = ["IndentedFrame", "depth"]

_TAB_WIDTH = 4
# Long menu runs, which the main text never crosses, as page_frame reads them.
_LONG_MENU_RUN = 9
# The filters that remove a page's frame only once they have seen a whole
# page: a removal of theirs earlier in the pass says the text is one.
_WHOLE_PAGE_RULES = frozenset({"page_frame", "page_footer", "opening_menus"})


def depth(line: Line) -> int:
    """How deep ``line`` is indented, a tab counting as four spaces.

    >>> depth(Line(1, "    * Home", "* Home", "* home", False))
    4
    """
    text = line.text.expandtabs(_TAB_WIDTH)
    return len(text) - len(text.lstrip())


@dataclass(frozen=True)
class IndentedFrame:
    """The header and footer of a whole page whose text keeps its nesting
    as indentation.

    Does nothing on text whose lines all share one indentation. The main
    text is found as ``page_frame`` finds it; its block is the main text and
    the lines around it indented at least as deep as the main text's
    shallowest line, with the paragraphs right next to it (a lead or a
    closing paragraph set one level out). The header ends with the last run
    of ``menu_lines`` menu-like lines above the block that is shallower
    than every line between it and the block, after the last of its lines
    that is (what the run nests deeper may be the article's headline and
    byline; a run nested as deep as what follows it is inside the article's
    element: a recipe's timings, a table of contents). The footer starts at
    the first such run below the block. The header and footer go when all
    of these hold:

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

    What lies between the header and the block, and between the block and
    the footer, stays.
    """

    name: ClassVar[str] = "indented_frame"
    min_main_words: float = 200.0
    min_page_share: float = 0.8
    menu_lines: int = 3

    def __post_init__(self) -> None:
        if self.menu_lines < 1:
            raise ValueError(f"IndentedFrame needs menu_lines >= 1; got {self.menu_lines}")

    def find(self, page: Page) -> Iterator[tuple[Line, str]]:
        """Yield the header and footer lines of ``page`` around its article's block."""
        lines = page.lines
        depths = [depth(line) for line in lines]
        if len(set(depths)) < 2:
            return
        layout = read_layout(lines, _LONG_MENU_RUN)
        first, last = layout.first, layout.last
        if layout.total < self.min_main_words:
            return
        if any(is_site_notice(line) for line in lines[:first]):
            return
        start, end, block_depth = _block(depths, first, last)
        held = sum(max(weight, 0.0) for weight in layout.weights[start : end + 1])
        prose = sum(max(weight, 0.0) for weight in layout.weights)
        if held < self.min_page_share * prose:
            return
        while start > 0 and is_prose(lines[start - 1].plain):
            start -= 1
        while end < len(lines) - 1 and is_prose(lines[end + 1].plain):
            end += 1
        outermost = min(depths)
        outside = (*range(start), *range(end + 1, len(lines)))
        if any(depths[i] == outermost and is_prose(lines[i].plain) for i in outside):
            return
        header_end = _header_end(layout.menu, depths, start, self.menu_lines)
        footer = first_menu_run(layout.menu, end + 1, self.menu_lines)
        whole = (
            (header_end > 0 and footer < len(lines))
            or any(is_site_notice(line) for line in lines[end + 1 :])
            or any(removal.rule in _WHOLE_PAGE_RULES for removal in page.removed.values())
        )
        if not whole:
            return
        block = (
            f"the block indented {block_depth} or more (lines {lines[start].number}-"
            f"{lines[end].number}) that holds the main text (lines {lines[first].number}-"
            f"{lines[last].number}) and {held / prose:.0%} of the page's prose"
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


def _header_end(menu: Sequence[bool], depths: Sequence[int], start: int, length: int) -> int:
    """Index right after the header above line ``start``; ``0`` when there is
    none. Walking up from ``start``, the header's run is the first run of at
    least ``length`` menu lines (not one that goes on into the block) with a
    line shallower than every line between it and ``start``; the header
    ends after the last such line of the run.

    A menu at depth 2 whose last item nests a line at depth 8, then a
    headline at depth 6 above the block at line 4: the header ends after
    the menu's last line at depth 2.

    >>> _header_end([True, True, True, False, False], [2, 2, 8, 6, 10], 4, 3)
    2
    """
    floor = math.inf
    i = start - 1
    while i >= 0:
        if not menu[i]:
            floor = min(floor, depths[i])
            i -= 1
            continue
        top = i
        while top > 0 and menu[top - 1]:
            top -= 1
        crosses = i == start - 1 and start < len(menu) and menu[start]
        if i - top + 1 >= length and not crosses and min(depths[top : i + 1]) < floor:
            return max(k for k in range(top, i + 1) if depths[k] < floor) + 1
        floor = min(floor, *depths[top : i + 1])
        i = top - 1
    return 0
