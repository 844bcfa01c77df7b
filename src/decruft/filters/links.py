"""The site's footer below the main text, found by the links every footer holds."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from decruft.filters.base import all_languages, quote, require_positive
from decruft.layout import COPYRIGHT, LONG_MENU_RUN, is_site_notice, main_span, read_layout
from decruft.lines import Line
from decruft.phrases import load
from decruft.pipeline import Page

__all__ = ["FooterLinks"]


@dataclass(frozen=True)
class FooterLinks:
    """The site's footer, from its links to the end of the text.

    Whatever else a site's footer holds (its logo, an address, a newsletter
    box, social links), it links to the same few pages from every page:
    About us, Contact, Careers, and its legal pages, Privacy Policy and
    Terms of Use; and it signs with a copyright line. Below the main text
    (the heaviest run of prose, as ``page_frame`` measures it), the footer
    starts where, within ``window`` lines, at least ``min_links`` different
    such links stand on menu-like lines of their own, ``min_legal`` of them
    legal pages. The cut starts at the top of the run of menu-like lines
    (and copyright lines) that holds the first of them, to take the footer
    column's heading or the site's name, and goes to the end of the text.

    Only on a page that signs: a line below the main text opens with ``©``
    or has a year right after it. Not when the main text weighs less than
    ``min_main_words``, nor when a stretch of prose weighing
    ``min_resumed_words`` and ``min_resumed_share`` of the main text follows
    the cut's start: the article resumes there. An article's own list of
    such pages is inside its main text, or a list its text introduces with
    a colon, whose lines are not menu lines, or a guide's closing list with
    no copyright line under it: it stays.

    Phrases: ``footer_links`` and ``footer_legal_links`` (the whole line).
    """

    name: ClassVar[str] = "footer_links"
    languages: tuple[str, ...] = field(default_factory=all_languages)
    min_links: int = 3
    min_legal: int = 1
    window: int = 12
    min_main_words: float = 30.0
    min_resumed_words: float = 40.0
    min_resumed_share: float = 0.5

    def __post_init__(self) -> None:
        require_positive(self, "min_links", "window")
        if not 0 <= self.min_legal <= self.min_links:
            raise ValueError(
                "FooterLinks needs 0 <= min_legal <= min_links; got "
                f"min_legal={self.min_legal}, min_links={self.min_links}"
            )

    def find(self, page: Page) -> Iterator[tuple[Line, str]]:
        """Yield the lines of the site's footer in ``page``, if its links are there."""
        lines = page.lines
        layout = read_layout(lines, LONG_MENU_RUN)
        if layout.total < self.min_main_words:
            return
        below = layout.last + 1
        sign = next((line for line in lines[below:] if is_site_notice(line)), None)
        if sign is None:
            return
        found = self._first_cluster(self._links(lines, layout.menu, below))
        if found is None:
            return
        start, names = found
        # The footer's column heading or its copyright line may stand above
        # its first link.
        while start > below and (layout.menu[start - 1] or is_site_notice(lines[start - 1])):
            start -= 1
        resumed = max(self.min_resumed_words, self.min_resumed_share * layout.total)
        if main_span(layout.barred[start:])[2] >= resumed:
            return
        shown = ", ".join(quote(name) for name in names)
        reason = (
            f"site footer from line {lines[start].number}, below the main text: "
            f"{len(names)} footer links within {self.window} lines ({shown}), "
            f"{COPYRIGHT} on line {sign.number}"
        )
        for line in lines[start:]:
            yield line, reason

    def _links(
        self, lines: Sequence[Line], menu: Sequence[bool], start: int
    ) -> list[tuple[str, bool] | None]:
        """For each line from ``start`` on, ``(link, is_legal)`` when it is a
        menu-like line that is one of the footer links, else ``None``."""
        site = load("footer_links", self.languages)
        legal = load("footer_legal_links", self.languages)
        found: list[tuple[str, bool] | None] = [None] * len(lines)
        for i in range(start, len(lines)):
            if not menu[i]:
                continue
            core = lines[i].core
            if (name := legal.whole_line(core)) is not None:
                found[i] = (name.casefold(), True)
            elif (name := site.whole_line(core)) is not None:
                found[i] = (name.casefold(), False)
        return found

    def _first_cluster(
        self, links: Sequence[tuple[str, bool] | None]
    ) -> tuple[int, list[str]] | None:
        """The first link that has, within ``window`` lines from it, at least
        ``min_links`` different links, ``min_legal`` of them legal; with the
        links of that window in order."""
        for i, link in enumerate(links):
            if link is None:
                continue
            names: dict[str, bool] = {}
            for found in links[i : i + self.window]:
                if found is not None:
                    names.setdefault(*found)
            if len(names) >= self.min_links and sum(names.values()) >= self.min_legal:
                return i, list(names)
        return None
