"""The page frame: menus, sidebars and footers around the article in
whole-page text.

A scraper that keeps a page's whole visible text (``get_text()``,
inscriptis, copy-paste) hands over the article framed by the site: a header
with its menus, sidebars, and a footer with links and legal lines. These
filters find the main text as the densest run of prose: ``page_frame``
removes what lies around it on pages that open with menus, and
``page_footer`` the footer of pages whose header is too short for that.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import ClassVar

import regex

from decruft.filters.base import require_positive
from decruft.layout import (
    COPYRIGHT,
    LONG_MENU_RUN,
    Layout,
    first_menu_run,
    has_menu_run,
    is_site_notice,
    main_span,
    prose_total,
    read_layout,
)
from decruft.lines import Line
from decruft.pipeline import Page

__all__ = ["OpeningMenus", "PageFooter", "PageFrame"]

# An article's first paragraph comes within its first lines: under at most
# a headline and a byline.
_LEAD_WITHIN = 3
# Runs of word characters, to compare links whatever their bullets.
_WORD_RUN = regex.compile(r"\w+")


def _words(line: Line) -> str:
    """The words of ``line``, case-folded: a link repeated with other
    bullets or punctuation ("* Login", "Why us?") is the same link."""
    return " ".join(_WORD_RUN.findall(line.key))


def _longest_menu_run(menu: Sequence[bool]) -> tuple[int, int]:
    """``(index, length)`` of the longest run of menu lines."""
    best = (0, 0)
    run_start, run = 0, 0
    for i, is_menu in enumerate(menu):
        if is_menu:
            if run == 0:
                run_start = i
            run += 1
            if run > best[1]:
                best = (run_start, run)
        else:
            run = 0
    return best


@dataclass(frozen=True)
class PageFrame:
    """Everything around the main text of a page that opens with menus.

    The main text is the run of lines where prose outweighs the rest most
    (each paragraph counts its words for, each short line counts against;
    see :func:`decruft.prose.prose_weight`); it never runs across
    ``min_menu_lines`` menu-like lines in a row (short, capitalised, not
    sentences, not code): a sidebar or a footer between two stretches of
    prose ends it. Menu-like lines right under a line of text ending with a
    colon are a list the text introduces, not a menu.

    The text is a whole page when such a run comes before the main text and
    a footer after it (``footer_menu_lines`` menu-like lines or a ``©``
    line; a run of ``min_menu_lines_alone`` needs no footer). Not when the
    main text weighs less than ``min_main_words``, or is a single line
    weighing less than ``min_single_line_words`` (one short paragraph amid
    a page's lists introduces a listing, whose items are the page's text, as
    often as it is an article), nor when the text opens
    with a paragraph (within its first three lines) and has
    ``min_intro_words`` of prose before its first menu run (an introduction
    above a list), nor when a stretch of prose weighing ``min_main_words``
    comes before the last menu run above the main text (a page opens with
    its menus), nor when the prose above the main text outweighs
    ``max_prose_above`` times the main text's (two texts of like weight:
    which is the article is unsure).

    On a whole page the lines above the main text go (header, menus,
    breadcrumbs, sidebar), down to the end of the last menu run when a
    paragraph of ``min_lead_words`` stands between it and the main text (a
    standfirst, a question above its answer). Below the main text,
    everything from the first run of ``footer_menu_lines`` menu-like lines
    on goes (footer links, legal lines, and what follows them), unless a
    stretch of prose weighing ``min_resumed_words`` and ``min_resumed_share``
    of the main text follows that run (the article resumes below a recipe
    card or a video player): the footer then starts after it. Nothing
    below the main text goes when the lines from the footer's start on hold
    ``max_prose_below`` times the main text's prose or more: the main text
    may be only part of the article (a checklist whose short lines and
    sentences outweigh its introduction), and which is the article is
    unsure. The lines between the main text and the footer stay: a closing
    sentence or a source note may belong to the article (a closing list of
    three or more short capitalised items, though, reads as the footer's
    first run).
    """

    name: ClassVar[str] = "page_frame"
    min_menu_lines: int = LONG_MENU_RUN
    min_menu_lines_alone: int = 18
    min_main_words: float = 30.0
    min_single_line_words: float = 100.0
    min_intro_words: float = 20.0
    max_prose_above: float = 0.5
    max_prose_below: float = 1.0
    min_lead_words: float = 12.0
    footer_menu_lines: int = 3
    min_resumed_words: float = 40.0
    min_resumed_share: float = 0.5

    def __post_init__(self) -> None:
        require_positive(self, "min_menu_lines", "footer_menu_lines")

    def find(self, page: Page) -> Iterator[tuple[Line, str]]:
        """Yield the lines of ``page`` outside its main text, on whole pages."""
        lines = page.lines
        # Once the frame is cut, no long menu run is left, so the rule
        # cannot feed on its own output.
        if not has_menu_run(lines, self.min_menu_lines):
            return
        layout = read_layout(lines, self.min_menu_lines)
        first, last = layout.first, layout.last
        if layout.total < self.min_main_words:
            return
        if first == last and layout.total < self.min_single_line_words:
            return
        menu_at, menu_lines = _longest_menu_run(layout.menu[:first])
        if menu_lines < self.min_menu_lines or not self._is_whole_page(lines, layout, menu_lines):
            return
        span = f"lines {lines[first].number}-{lines[last].number}"
        menus = f"{menu_lines} menu-like lines from line {lines[menu_at].number}"
        for line in lines[: self._top_end(lines, layout)]:
            yield line, f"above the main text ({span}) of a whole page ({menus})"
        footer = self._footer_start(layout)
        if footer < len(lines):
            since = f"footer from line {lines[footer].number}"
            for line in lines[footer:]:
                yield line, f"below the main text ({span}) of a whole page ({since})"

    def _is_whole_page(self, lines: Sequence[Line], layout: Layout, menu_lines: int) -> bool:
        """Whether a text with a long menu run above its main text is a whole
        page rather than an article with a list in it."""
        weights, in_menus, first, last = layout.weights, layout.in_menus, layout.first, layout.last
        # A page has a footer: menu-like lines or a copyright line below the
        # main text. An article an extractor cut out, written one phrase a
        # line or opening with a list, has none; only a very long run says
        # "menus" without one.
        if (
            menu_lines < self.min_menu_lines_alone
            and sum(layout.menu[last + 1 :]) < self.footer_menu_lines
            and not any(is_site_notice(line) for line in lines[last + 1 :])
        ):
            return False
        # A page opens with its menus. A text that opens with prose (under
        # at most a headline and a byline) and has some weight of it before
        # its first long run (a recipe's introduction above the ingredients)
        # is an article with a list in it; a stretch of prose before the last
        # long run above the main text means the same. Short descriptions
        # scattered between the items of a site's menus are no stretch.
        first_run = in_menus.index(True)
        if any(layout.paragraphs[:_LEAD_WITHIN]) and (
            prose_total(weights[:first_run]) >= self.min_intro_words
        ):
            return False
        if main_span(layout.barred[: _last_run_start(in_menus, first)])[2] >= self.min_main_words:
            return False
        # Much prose between the menus and the main text: two texts of like
        # weight, and which is the article is unsure.
        above = prose_total(weights[:first])
        return above <= layout.total * self.max_prose_above

    def _top_end(self, lines: Sequence[Line], layout: Layout) -> int:
        """Where the cut above the main text ends: at the main text, or, when
        a paragraph stands between the last long run and the main text (a
        standfirst, the question above its answer), right after that run."""
        first, weights = layout.first, layout.weights
        run_end = first
        while not layout.in_menus[run_end - 1]:
            run_end -= 1
        if any(
            weights[i] >= self.min_lead_words and layout.paragraphs[i]
            for i in range(run_end, first)
        ):
            return run_end
        return first

    def _footer_start(self, layout: Layout) -> int:
        """The first line of the footer: the first run of
        ``footer_menu_lines`` menu-like lines after the main text, unless the
        article resumes below it (a stretch of prose weighing at least
        ``min_resumed_words`` and ``min_resumed_share`` of the main text: a
        recipe below its card, a story below a video player), in which case
        the footer starts after that stretch; ``len(menu)``, no footer, when
        the lines from there on hold ``max_prose_below`` times the main
        text's prose or more."""
        resumed = max(self.min_resumed_words, self.min_resumed_share * layout.total)
        menu, barred, length = layout.menu, layout.barred, self.footer_menu_lines
        footer = first_menu_run(menu, layout.last + 1, length)
        # Walk the stretches between footer runs once; the footer starts at
        # the first run after the last stretch that holds such prose.
        start = footer
        while start < len(menu):
            end = first_menu_run(menu, start + length, length)
            if main_span(barred[start:end])[2] >= resumed:
                footer = end
            start = end
        if prose_total(layout.weights[footer:]) >= self.max_prose_below * layout.total:
            return len(menu)
        return footer


def _last_run_start(in_menus: Sequence[bool], first: int) -> int:
    """The first line of the last long menu run above ``first``."""
    start = first - 1
    while not in_menus[start]:
        start -= 1
    while start and in_menus[start - 1]:
        start -= 1
    return start


@dataclass(frozen=True)
class PageFooter:
    """The footer of a whole page whose header holds no long menu run.

    Some sites open with a short header (a logo, a few links) and pile their
    menus, sidebars and link lists below the article; ``page_frame`` does
    not see such a page as whole. This filter does, from below. The main
    text is measured as ``page_frame`` measures it, and the footer starts at
    the first run of ``footer_menu_lines`` menu-like lines after it. The
    page is whole, and everything from the footer's start goes, when all of
    these hold:

    - the main text weighs at least ``min_main_words`` and at least
      ``min_main_share`` of all the page's prose: an article's worth, and
      the page's only one;
    - at least ``min_menu_above`` menu-like lines stand above it;
    - a run of ``min_menu_lines`` menu-like lines lies below it, among at
      least ``min_menu_below`` menu-like lines there: footers are long;
    - from the footer's start on, no stretch of prose weighs
      ``max_prose_below`` or more: an article that goes on after a list is
      still the article;
    - from the footer's start on, the site signs: a line holds ``©``, or at
      least ``min_repeated_links`` menu-like lines of the header (those above
      the text's first paragraph) come again, word for word (bullets and
      punctuation aside), as footers repeat the header's links.

    The header stays: it is short, and it may hold the headline and byline.
    An article an extractor cut out, whose headline, byline and date read as
    three menu-like lines, is left alone: its closing list (a tracklist, the
    line-ups, the winners) neither repeats its header nor holds ``©``.
    """

    name: ClassVar[str] = "page_footer"
    min_menu_lines: int = LONG_MENU_RUN
    footer_menu_lines: int = 3
    min_main_words: float = 100.0
    min_main_share: float = 0.6
    min_menu_above: int = 3
    min_menu_below: int = 20
    max_prose_below: float = 40.0
    min_repeated_links: int = 2

    def __post_init__(self) -> None:
        require_positive(self, "min_menu_lines", "footer_menu_lines")

    def find(self, page: Page) -> Iterator[tuple[Line, str]]:
        """Yield the footer lines of ``page``, on whole pages with a short header."""
        lines = page.lines
        if not has_menu_run(lines, self.min_menu_lines):
            return
        layout = read_layout(lines, self.min_menu_lines)
        first, last, total = layout.first, layout.last, layout.total
        if total < self.min_main_words or not any(layout.in_menus[last + 1 :]):
            return
        if sum(layout.menu[:first]) < self.min_menu_above:
            return
        if sum(layout.menu[last + 1 :]) < self.min_menu_below:
            return
        if total < self.min_main_share * prose_total(layout.weights):
            return
        footer = first_menu_run(layout.menu, last + 1, self.footer_menu_lines)
        if main_span(layout.barred[footer:])[2] >= self.max_prose_below:
            return
        signs = self._site_signs(lines, layout, first, footer)
        if signs is None:
            return
        span = f"lines {lines[first].number}-{lines[last].number}"
        since = f"footer from line {lines[footer].number}, {signs}"
        for line in lines[footer:]:
            yield line, f"below the main text ({span}) of a whole page ({since})"

    def _site_signs(
        self, lines: Sequence[Line], layout: Layout, first: int, footer: int
    ) -> str | None:
        """What marks the lines from ``footer`` on as the site's: a ``©``
        line, or the header's links (menu-like lines above the text's first
        paragraph) repeated, word for word; ``None`` when nothing does."""
        for line in lines[footer:]:
            if is_site_notice(line):
                return f"{COPYRIGHT} on line {line.number}"
        header_end = next((i for i in range(first) if layout.paragraphs[i]), first)
        header = {
            _words(line)
            for line, is_menu in zip(lines[:header_end], layout.menu, strict=False)
            if is_menu
        }
        repeated = {_words(line) for line in lines[footer:]} & header
        if len(repeated) >= self.min_repeated_links:
            return f"{len(repeated)} links of the header repeated"
        return None


@dataclass(frozen=True)
class OpeningMenus:
    """The menus a signed whole page opens with, down to its first paragraph.

    Where ``page_frame`` steps back (prose between the menus tells it that
    the article may start higher than the main text), the page's opening is
    still its own: a text that opens with a run of ``min_menu_lines``
    menu-like lines, with no sentence before it (but a banner's slide,
    printed twice), and has a copyright notice below its main text (a line
    that opens with ``©`` or has a year after it) is a whole page, and
    everything above its first paragraph after that run (a line of prose of
    ``min_lead_words`` words or more) goes: logo, menus, search and account
    links. The first paragraph and all below it stay. Not when that
    paragraph comes after the start of the main text, nor when the main
    text weighs less than ``min_main_words``.
    """

    name: ClassVar[str] = "opening_menus"
    min_menu_lines: int = LONG_MENU_RUN
    min_main_words: float = 30.0
    min_lead_words: float = 12.0

    def __post_init__(self) -> None:
        require_positive(self, "min_menu_lines")

    def find(self, page: Page) -> Iterator[tuple[Line, str]]:
        """Yield the lines above the first paragraph of a signed page that opens with menus."""
        lines = page.lines
        if not has_menu_run(lines, self.min_menu_lines):
            return
        layout = read_layout(lines, self.min_menu_lines)
        if layout.total < self.min_main_words or True not in layout.in_menus:
            return
        first_run = layout.in_menus.index(True)
        paragraphs = (
            i
            for i in range(first_run, len(lines))
            if layout.weights[i] >= self.min_lead_words and layout.paragraphs[i]
        )
        lead = next(paragraphs, len(lines))
        # A sentence before the menus is the article's opening, however
        # short; one printed twice there is a banner's slide.
        opening = Counter(lines[i].key for i in range(first_run) if layout.paragraphs[i])
        if lead > layout.first or 1 in opening.values():
            return
        sign = next((line for line in lines[layout.last + 1 :] if is_site_notice(line)), None)
        if sign is None:
            return
        reason = (
            f"above the first paragraph (line {lines[lead].number}) of a page that opens with "
            f"menus (from line {lines[first_run].number}; {COPYRIGHT} on line {sign.number})"
        )
        for line in lines[:lead]:
            yield line, reason
