"""The layout of a page's text: where its main text lies, and its menus.

Whole-page text (a page's visible text, menus and footers included) holds
the article somewhere among the site's menus, sidebars and footer. The
whole-page filters (``page_frame``, ``page_footer``, ``opening_menus``,
``indented_frame``) and ``comment_threads`` read a page the same way: each
line's prose weight and whether it is menu-like (:mod:`decruft.prose`), the
runs of menu-like lines, the main text as the heaviest run of prose, and
the site's copyright notice. This module is that reading.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex

from decruft.fences import in_fenced_code
from decruft.lines import Line
from decruft.prose import is_menu_like, is_prose, measure, words
from decruft.wrapping import wrapped_paragraphs

__all__ = [
    "COPYRIGHT",
    "FRAME_RULES",
    "LONG_MENU_RUN",
    "Layout",
    "first_menu_run",
    "has_menu_run",
    "in_introduced_lists",
    "introduces_a_list",
    "is_site_notice",
    "main_span",
    "prose_total",
    "read_layout",
]

#: The sign a site puts on its footer, in every language.
COPYRIGHT = "©"
#: Menu-like lines in a row that make a long menu run, which the main text
#: never crosses: the default of the whole-page filters' ``min_menu_lines``.
LONG_MENU_RUN = 9
#: The filters that cut a whole page's frame only once they have seen a
#: whole page: a removal of theirs earlier in a pass says the text is one.
FRAME_RULES = frozenset({"page_frame", "page_footer", "opening_menus", "indented_frame"})
# A line that opens with the copyright sign, or has a year right after it
# ("© 2025 Hafenblatt", "Copyright © 2025"); not a credit ("Photograph:
# Jane Doe © RSC").
_SITE_NOTICE = regex.compile(r"^\W*©|©\s*(?:19|20)\d\d(?!\d)")
# A line that ends like this introduces the list under it.
_INTRODUCES_A_LIST = (":", "：")


def is_site_notice(line: Line) -> bool:
    """Whether ``line`` is a site's copyright notice: it opens with ``©``,
    or has a year right after it."""
    return COPYRIGHT in line.plain and _SITE_NOTICE.search(line.plain) is not None


def introduces_a_list(line: Line) -> bool:
    """Whether ``line`` ends with a colon, as a line of text does that
    introduces the list under it ("The block supports these arguments:").

    >>> from decruft.lines import read_lines
    >>> introduces_a_list(read_lines("The longlisted authors were:")[0])
    True
    """
    return line.plain.rstrip().endswith(_INTRODUCES_A_LIST)


def prose_total(weights: Iterable[float]) -> float:
    """How much prose lines of these weights hold: the sum of the weights
    that count for (a short line's negative weight takes nothing away).

    >>> prose_total([12.0, -2.8, 30.0])
    42.0
    """
    return sum(max(weight, 0.0) for weight in weights)


def main_span(weights: Sequence[float]) -> tuple[int, int, float]:
    """The run of lines with the greatest total weight: ``(first, last, total)``,
    indices inclusive; ``(0, -1, 0.0)`` when no line weighs anything.

    Of runs with the same total, the one that starts first wins, and of
    those the one that ends first, so the span of the span is the span
    itself: cleaning twice finds the same main text.

    >>> main_span([-3, 5, -1, 4, -6, 2])
    (1, 3, 8.0)
    >>> main_span([-1, -2])
    (0, -1, 0.0)
    """
    best: tuple[int, int, float] = (0, -1, 0.0)
    total = 0.0
    start = 0
    for i, weight in enumerate(weights):
        if total < 0:
            total, start = 0.0, i
        total += weight
        if total > best[2]:
            best = (start, i, total)
    return best


def first_menu_run(menu: Sequence[bool], start: int, length: int) -> int:
    """Index of the first line, from ``start`` on, of a run of ``length``
    menu lines; ``len(menu)`` when there is none.

    >>> first_menu_run([True, False, True, True, True], 0, 3)
    2
    """
    run = 0
    for i in range(start, len(menu)):
        run = run + 1 if menu[i] else 0
        if run >= length:
            return i - length + 1
    return len(menu)


def in_introduced_lists(lines: Sequence[Line], members: Sequence[bool]) -> list[bool]:
    """For each line, whether it is one of ``members`` in a run of them
    right under a line of text that ends with a colon: a list the text
    introduces ("The thirteen longlisted authors were:"), the article's.

    >>> from decruft.lines import read_lines
    >>> lines = read_lines("Winners:\\nAna Ruiz\\nTom Hale\\nThe jury met twice.\\nHome")
    >>> in_introduced_lists(lines, [False, True, True, False, True])
    [False, True, True, False, False]
    """
    listed = [False] * len(lines)
    introduced = False
    for i, member in enumerate(members):
        if not member:
            introduced = introduces_a_list(lines[i])
        elif introduced:
            listed[i] = True
    return listed


@functools.lru_cache(maxsize=4)
def has_menu_run(lines: tuple[Line, ...], length: int) -> bool:
    """Whether ``lines`` may hold a run of ``length`` menu-like lines, the
    long run every whole page has: read line by line until one is found,
    it lets a text without one (an extracted article) skip the reading of
    its layout. ``False`` means that :func:`read_layout` would find no such
    run: its menu lines are menu-like lines (:func:`decruft.prose.is_menu_like`)
    less some."""
    run = 0
    for line in lines:
        run = run + 1 if is_menu_like(line.plain) else 0
        if run >= length:
            return True
    return False


def _menu_lines(lines: Sequence[Line], menu_like: Sequence[bool]) -> list[bool]:
    """For each line, whether it is menu-like and not part of a list the text
    introduces: a run of menu-like lines right under a line of text that
    ends with a colon is the article's list. A short label with a colon
    ("Follow us:", "Topics:") is menu-like itself and introduces nothing:
    sites head their link lists so."""
    listed = in_introduced_lists(lines, menu_like)
    return [is_menu and not inside for is_menu, inside in zip(menu_like, listed, strict=True)]


def _in_menu_runs(menu: Sequence[bool], length: int) -> list[bool]:
    """For each line, whether it is part of a run of at least ``length``
    menu-like lines."""
    inside = [False] * len(menu)
    run = 0
    for i, is_menu in enumerate([*menu, False]):
        if is_menu:
            run += 1
            continue
        if run >= length:
            inside[i - run : i] = [True] * run
        run = 0
    return inside


@dataclass(frozen=True)
class Layout:
    """One reading of a page's lines, index by index: ``weights`` (each
    line's prose weight), ``paragraphs`` (whether it is a paragraph,
    :func:`decruft.prose.is_prose`), ``menu`` (menu-like, and not in a list
    that a line of text introduces), ``in_menus`` (inside a long menu run), ``barred``
    (the weights, minus infinity inside long menu runs), and the main text
    from ``first`` to ``last`` (inclusive) with its total weight ``total``:
    the heaviest run of lines that crosses no long menu run (a sidebar or a
    footer between two stretches of prose ends the article)."""

    weights: tuple[float, ...]
    paragraphs: tuple[bool, ...]
    menu: tuple[bool, ...]
    in_menus: tuple[bool, ...]
    barred: tuple[float, ...]
    first: int
    last: int
    total: float


# The whole-page filters run one after the other and mostly read the same
# lines (a filter that removes nothing hands the next the same tuple): they
# share one reading instead of measuring every line again.
@functools.lru_cache(maxsize=4)
def read_layout(lines: tuple[Line, ...], min_menu_lines: int) -> Layout:
    """Read ``lines``, with runs of ``min_menu_lines`` menu-like lines as
    the long runs the main text cannot cross. The lines of a hard-wrapped
    paragraph (:mod:`decruft.wrapping`) are read together: none is a menu
    line, and each weighs as a paragraph's line when they read as one. No
    line of fenced code (:mod:`decruft.fences`) is a menu line."""
    measures = [measure(line.plain) for line in lines]
    weights = [weight for weight, _, _ in measures]
    paragraphs = [paragraph for _, _, paragraph in measures]
    menu_like = [menu for _, menu, _ in measures]
    # A paragraph hard-wrapped into lines is read as one: each of its lines
    # weighs its words when the whole reads as a paragraph (a lead line in
    # capitals, "NORTHFIELD, 14 June -", included), and none is a menu item
    # (a short last line, "Sunday.").
    for first, last in wrapped_paragraphs(lines):
        block = range(first, last + 1)
        if is_prose(" ".join(lines[i].plain for i in block)):
            for i in block:
                weights[i], paragraphs[i] = words(lines[i].plain), True
        for i in block:
            menu_like[i] = False
    # A line of fenced code (an arrow of a diagram, "v") is no menu item either.
    for i, fenced in enumerate(in_fenced_code(lines)):
        if fenced:
            menu_like[i] = False
    menu = _menu_lines(lines, menu_like)
    in_menus = _in_menu_runs(menu, min_menu_lines)
    barred = tuple(
        -math.inf if inside else weight for weight, inside in zip(weights, in_menus, strict=True)
    )
    first, last, total = main_span(barred)
    return Layout(
        tuple(weights), tuple(paragraphs), tuple(menu), tuple(in_menus), barred, first, last, total
    )
