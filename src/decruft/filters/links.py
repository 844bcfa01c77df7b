"""The site's footer below the main text, found by the links every footer holds."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from decruft.filters.base import all_languages, quote, require_positive
from decruft.layout import (
    COPYRIGHT,
    FRAME_RULES,
    LONG_MENU_RUN,
    is_site_notice,
    main_span,
    read_layout,
)
from decruft.lines import Line, strip_edges, tidy
from decruft.phrases import load
from decruft.pipeline import Page
from decruft.prose import is_menu_like

__all__ = ["FooterLinks"]


@dataclass(frozen=True)
class FooterLinks:
    """The site's footer, from its links to the end of the text.

    Whatever else a site's footer holds (its logo, an address, a newsletter
    box, social links), it links to the same few pages from every page:
    About us, Contact, Careers, and its legal pages, Privacy Policy and
    Terms of Use; and it signs with a copyright line. Below the main text
    (the heaviest run of prose, as ``page_frame`` measures it), the footer
    starts at the last run, above its last copyright line, of at least
    ``min_links`` different such links, ``min_legal`` of them legal pages,
    each alone on a menu-like line, one right under the other (``max_gap``
    other menu-like lines may stand between two of them). The last: a list
    of such pages higher up (an about page's departments, a help centre's
    topics) may be the article's. Links that rules before it removed in the
    same pass still count in a run that kept links open. From the run's
    first link to the end of the text, everything goes.

    All of these must hold:

    - the text is a whole page: at least ``min_menu_above`` menu-like lines
      stand above the main text (the site's header), or a frame rule
      (``page_frame``, ``page_footer``, ``opening_menus``,
      ``indented_frame``) cut the text earlier in the pass;
    - the footer signs: below the run, a line that is no sentence and no
      credit ("Photo: © 2025 Reuters") opens with ``©`` or has a year right
      after it, and no paragraph of more
      than ``max_blurb_words`` words (longer than a footer's blurb) stands
      between the run and that line;
    - the main text weighs at least ``min_main_words``;
    - no stretch of prose from the run on weighs ``min_resumed_words`` and
      ``min_resumed_share`` of the main text: the article resumes there.

    An article an extractor cut out (no header, no frame) keeps its closing
    list of the pages a site needs, whatever follows it; headings of an
    article's sections, each with its lines, are no run of links; a list
    the text introduces with a colon holds no menu lines; the lines above
    the run stay, so an article's closing list or sign-off right above the
    footer stays with them.

    Phrases: ``footer_links`` and ``footer_legal_links`` (the whole line).
    """

    name: ClassVar[str] = "footer_links"
    languages: tuple[str, ...] = field(default_factory=all_languages)
    min_links: int = 3
    min_legal: int = 1
    max_gap: int = 0
    min_menu_above: int = 3
    min_main_words: float = 30.0
    max_blurb_words: float = 15.0
    min_resumed_words: float = 40.0
    min_resumed_share: float = 0.5

    def __post_init__(self) -> None:
        require_positive(self, "min_links")
        if not 0 <= self.min_legal <= self.min_links or self.max_gap < 0:
            raise ValueError(
                "FooterLinks needs 0 <= min_legal <= min_links and max_gap >= 0; got "
                f"min_legal={self.min_legal}, min_links={self.min_links}, max_gap={self.max_gap}"
            )

    def find(self, page: Page) -> Iterator[tuple[Line, str]]:
        """Yield the lines of the site's footer in ``page``, if its links are there."""
        lines = page.lines
        # The footer signs with the copyright sign: without one, no need to
        # read the page.
        if not any(COPYRIGHT in line.plain for line in lines):
            return
        layout = read_layout(lines, LONG_MENU_RUN)
        if layout.total < self.min_main_words:
            return
        framed = any(removal.rule in FRAME_RULES for removal in page.removed.values())
        if not framed and sum(layout.menu[: layout.first]) < self.min_menu_above:
            return
        below = layout.last + 1
        signs = [
            i
            for i in range(below, len(lines))
            if is_site_notice(lines[i]) and not layout.paragraphs[i] and not _credit(lines[i])
        ]
        if not signs:
            return
        found = self._last_run(page, layout.menu, below, signs[-1])
        if found is None:
            return
        start, names = found
        at = next(i for i in signs if i >= start)
        sign = lines[at]
        # A paragraph longer than a footer's blurb between the links and the
        # sign: the links may head a section of text (a sidebar's, if the
        # main text was misread).
        if any(
            layout.paragraphs[i] and layout.weights[i] > self.max_blurb_words
            for i in range(start, at)
        ):
            return
        resumed = max(self.min_resumed_words, self.min_resumed_share * layout.total)
        if main_span(layout.barred[start:])[2] >= resumed:
            return
        shown = ", ".join(quote(name) for name in names)
        reason = (
            f"site footer from line {lines[start].number}, below the main text: "
            f"a run of {len(names)} footer links ({shown}), {COPYRIGHT} on line {sign.number}"
        )
        for line in lines[start:]:
            yield line, reason

    def _last_run(
        self, page: Page, menu: Sequence[bool], start: int, sign: int
    ) -> tuple[int, list[str]] | None:
        """The last run of footer links between line indexes ``start`` and
        ``sign`` (the copyright line) that holds ``min_links`` different
        links, ``min_legal`` of them legal: the index of the first kept line
        from its start on, and its links in order. The last, the one nearest
        the sign: a list of such pages higher up may be the article's. Links
        that other rules removed earlier in the pass (``Cookie Policy`` goes
        to ``cookie_notices``) still count in a run its kept links open:
        they stood in the footer."""
        site = load("footer_links", self.languages)
        legal = load("footer_legal_links", self.languages)
        run_start, gap = -1, 0
        names: dict[str, bool] = {}
        found: tuple[int, list[str]] | None = None
        for at, plain, is_menu, kept in _lines_with_removed(page, menu, start, sign):
            link = None
            # A Markdown heading ("## Support") heads a section of text.
            if is_menu and not plain.startswith("#"):
                core = strip_edges(plain)
                if (name := legal.whole_line(core)) is not None:
                    link = (name.casefold(), True)
                elif (name := site.whole_line(core)) is not None:
                    link = (name.casefold(), False)
            if not kept:
                # A removed line neither opens nor breaks a run; a removed
                # link adds to an open one.
                if link is None or run_start < 0:
                    continue
            elif link is None:
                gap += 1
                if gap > self.max_gap or not is_menu:
                    run_start = -1
                continue
            else:
                if run_start < 0:
                    run_start, names = at, {}
                gap = 0
            names.setdefault(*link)
            if len(names) >= self.min_links and sum(names.values()) >= self.min_legal:
                found = (run_start, list(names))
        return found


def _credit(line: Line) -> bool:
    """Whether the ``©`` of ``line`` follows a label ("Photo: © 2025
    Reuters"): a credit, not the site's sign."""
    return ":" in line.plain.partition(COPYRIGHT)[0]


def _lines_with_removed(
    page: Page, menu: Sequence[bool], start: int, stop: int
) -> Iterator[tuple[int, str, bool, bool]]:
    """The kept lines from index ``start`` to ``stop`` (excluded), and the
    lines removed earlier in the pass that stood among them, in input order:
    ``(index of the first kept line at or after it, plain text, menu-like,
    kept)``."""
    lines = page.lines
    low = lines[start - 1].number if start > 0 else 0
    high = lines[stop].number
    removed = page.removed_between(low, high)
    k = 0
    # Every removed line stands before the line at ``stop``: the last round
    # yields those after the last kept line.
    for i in range(start, stop + 1):
        while k < len(removed) and removed[k].line_number < lines[i].number:
            plain = tidy(removed[k].text)
            yield i, plain, is_menu_like(plain), False
            k += 1
        if i < stop:
            yield i, lines[i].plain, menu[i], True
