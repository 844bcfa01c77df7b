"""Site menus printed as lists nested several levels deep.

Renderers of a whole page's text (inscriptis, ``lynx -dump``, ``w3m
-dump``) print a page's navigation as the nested lists it is made of: a
bullet per link, each level of a drop-down menu indented one step deeper
("* Coffee", "+ Organic Coffee", "o Dark Roast"). An article seldom nests a
list of short labels three levels deep; a site's mega-menu, its footer's
sitemap and a documentation sidebar do it on every page.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

import regex

from decruft.filters.base import require_positive
from decruft.filters.nesting import depth
from decruft.layout import (
    FRAME_RULES,
    LONG_MENU_RUN,
    Layout,
    introduces_a_list,
    is_site_notice,
    read_layout,
)
from decruft.lines import Line
from decruft.pipeline import Page
from decruft.prose import MENU_MAX_WORDS, is_prose, words

__all__ = ["NestedMenus"]

# A bullet or an item number, and the spaces after it: where the item's
# text starts.
_MARKER = regex.compile(r"(?:[-*+•·‣◦▪▸►–—]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)])\s+")
# Text browsers mark the third level of a list with a lower-case "o". It
# counts only inside a list, deeper than its first level: at the top level
# it is a word ("o carro", "o que").
_NESTED_MARKER = regex.compile(r"o\s+")
# Markers that are also words or initials ("o prazo", "E. coli"): set
# where the item above's text starts, they carry that item's text on.
_WORD_MARKER = regex.compile(r"(?:o|\(?[a-zA-Z][.)])\s+")
# A line of a hard-wrapped paragraph, all but its last, is this long and
# fills this share of the widest line of its paragraph.
_MIN_WRAP_WIDTH = 40
_WRAP_SHARE = 0.6


@dataclass(frozen=True)
class _Tree:
    """One list: lines ``first`` to ``last`` (indices, inclusive) and how
    many levels deep it nests."""

    first: int
    last: int
    levels: int


def _marker(text: str, nested: bool) -> int:
    """The length of the item marker ``text`` (without its indentation)
    starts with, or 0 if it starts with none; ``nested``: whether a lower
    case "o" may be one."""
    found = _MARKER.match(text) or (_NESTED_MARKER.match(text) if nested else None)
    return found.end() if found is not None else 0


def _trees(lines: tuple[Line, ...]) -> Iterator[_Tree]:
    """The lists of ``lines``: runs of list items and of lines that carry on
    the item above them (indented to where its text starts), with how deep
    they nest, one level per step of indentation an item takes under the
    item above it. A list ends with an item: what carries on its last item
    may as well be the next thing on the page (a headline set where the
    menu's text starts)."""
    index = 0
    while index < len(lines):
        parents: list[int] = []  # the indentation of each open level
        levels = 0
        text_column = -1
        last_item = -1
        scan = index
        while scan < len(lines):
            line = lines[scan]
            column = depth(line)
            text = line.text.lstrip()
            marker = _marker(text, nested=bool(parents) and column > parents[0])
            if marker and column == text_column and _WORD_MARKER.match(text):
                marker = 0
            if marker and parents and line.gap_before and column <= parents[0]:
                break
            if marker:
                while parents and parents[-1] >= column:
                    parents.pop()
                parents.append(column)
                levels = max(levels, len(parents))
                text_column = column + marker
                last_item = scan
            elif column != text_column:
                break
            scan += 1
        if last_item < 0:
            index += 1
            continue
        yield _Tree(index, last_item, levels)
        index = last_item + 1


@dataclass(frozen=True)
class NestedMenus:
    """Menus printed as lists nested ``min_levels`` levels deep or more.

    A list is a run of lines that are list items (a bullet or an item
    number, indented) or carry on the item above them (indented to where
    that item's text starts, as a menu item's description is), and ends
    with an item. Each item indented deeper than the item above it opens
    a level. A blank line and an item back at the list's outermost
    indentation start a new list (an article's closing list and the
    sitemap under it are two lists), and an "o" or an initial ("E.") set
    where the item above's text starts carries that text on ("o prazo do
    contrato") rather than opening a level. A list goes when

    - it nests at least ``min_levels`` levels deep and has at least
      ``min_lines`` lines;
    - at least ``min_label_share`` of its lines are short labels: at most
      six words (:data:`decruft.prose.MENU_MAX_WORDS`), not a paragraph;
    - the text is a whole page: it holds the site's copyright notice, or
      ``page_frame``, ``page_footer``, ``opening_menus`` or
      ``indented_frame`` cut part of its frame earlier in this pass;
    - the page has a main text (the heaviest run of prose, as
      ``page_frame`` finds it) and the list lies wholly outside it;
    - below the main text, the list is set shallower than the main text's
      shallowest line: one nested as deep is inside the article's element
      (a recipe's ingredients, a syllabus closing the page);
    - no paragraph stands right before or right after it (a hard-wrapped
      paragraph counts), and the line before it does not end with a
      colon. A site's menu stands among headings, labels and other menus;
      a list between paragraphs, or one that a line introduces ("The
      block supports these arguments:"), is the text's own.

    A nested list inside the article stays, and so does a text with no
    paragraph at all (an outline, a list of notes): there is no article
    beside which the list could be a menu. Lists nested only two levels
    deep stay, as articles nest their lists that far (ingredients under
    the parts of a recipe, notes under each step). Text without
    indentation nests nothing and loses nothing, and so does a document
    that shows no sign of being a whole page (a README, an e-mail).

    Options:
        min_levels: levels a list must nest.
        min_lines: lines a list must have.
        min_label_share: share of its lines that must be short labels.
    """

    name: ClassVar[str] = "nested_menus"
    min_levels: int = 3
    min_lines: int = 6
    min_label_share: float = 0.8

    def __post_init__(self) -> None:
        require_positive(self, "min_levels", "min_lines")

    def find(self, page: Page) -> Iterator[tuple[Line, str]]:
        """Yield the lines of each deeply nested menu outside the main text."""
        lines = page.lines
        layout: Layout | None = None
        main_depth = 0
        for tree in _trees(lines):
            size = tree.last - tree.first + 1
            if tree.levels < self.min_levels or size < self.min_lines:
                continue
            if layout is None:
                if not _is_whole_page(page):
                    return
                layout = read_layout(lines, LONG_MENU_RUN)
                if layout.last < layout.first:
                    return
                main_depth = min(depth(line) for line in lines[layout.first : layout.last + 1])
            if tree.first <= layout.last and tree.last >= layout.first:
                continue
            below = tree.first > layout.last
            if (
                below
                and min(depth(line) for line in lines[tree.first : tree.last + 1]) >= main_depth
            ):
                continue
            if _belongs_to_the_text(lines, layout, tree):
                continue
            labels = sum(
                1
                for k in range(tree.first, tree.last + 1)
                if not layout.paragraphs[k] and words(lines[k].plain) <= MENU_MAX_WORDS
            )
            if labels < self.min_label_share * size:
                continue
            reason = (
                f"in a list of {size} lines nested {tree.levels} levels deep, "
                f"{labels} of them short labels, {'below' if below else 'above'} "
                "the main text of a whole page: a site menu"
            )
            for line in lines[tree.first : tree.last + 1]:
                yield line, reason


def _is_whole_page(page: Page) -> bool:
    """Whether ``page`` shows it is a whole page: a site's copyright notice,
    or a whole-page rule that cut part of its frame earlier in this pass."""
    if any(removal.rule in FRAME_RULES for removal in page.removed.values()):
        return True
    return any(is_site_notice(line) for line in page.lines)


def _belongs_to_the_text(lines: tuple[Line, ...], layout: Layout, tree: _Tree) -> bool:
    """Whether a paragraph stands right before or right after ``tree``, or
    the line before it introduces it."""
    before, after = tree.first - 1, tree.last + 1
    if before >= 0 and (introduces_a_list(lines[before]) or _in_a_paragraph(lines, layout, before)):
        return True
    return after < len(lines) and _in_a_paragraph(lines, layout, after)


def _in_a_paragraph(lines: tuple[Line, ...], layout: Layout, index: int) -> bool:
    """Whether the line at ``index`` is a paragraph, or a line of one that
    is hard-wrapped (lynx, html2text, e-mail): the lines around it at its
    indentation, with no blank line or list item between them, every line
    but the last filling most of the width, read as a paragraph once
    joined. A heading over one-line paragraphs is no such line."""
    if layout.paragraphs[index]:
        return True
    column = depth(lines[index])

    def wraps(k: int) -> bool:
        line = lines[k]
        return depth(line) == column and not _marker(line.text.lstrip(), nested=False)

    if not wraps(index):
        return False
    first = index
    while first > 0 and not lines[first].gap_before and wraps(first - 1):
        first -= 1
    last = index
    while last + 1 < len(lines) and not lines[last + 1].gap_before and wraps(last + 1):
        last += 1
    block = lines[first : last + 1]
    if len(block) < 2:
        return False
    widths = [len(line.stripped) for line in block]
    full = max(_MIN_WRAP_WIDTH, _WRAP_SHARE * max(widths))
    if any(width < full for width in widths[:-1]):
        return False
    return is_prose(" ".join(line.plain for line in block))
