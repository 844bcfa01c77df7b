"""Site-level repeats: the lines a site prints on many of its pages.

No line rule can tell a site's menu from an article's list on one page; the
site's other pages can. A crawl holds many pages of each site, and the lines
a site repeats on them (its navigation, its footer, its "About the author"
box, the same related titles) are its frame. :func:`learn_repeats` counts,
over a site's pages, on how many pages each line appears, and keeps those
on ``min_pages`` or more as a :class:`RepeatProfile`; :class:`SiteRepeats`
is the filter that removes them, and ``clean(text, repeats=profile)`` runs
it after the other rules.

Only runs of ``min_run`` such lines in a row go: a site frames its pages in
blocks (menus, footers, boxes), while a lone repeated line in an article
(a recurring heading, "Ingredients") is the article's.

Lines are compared by :attr:`decruft.lines.Line.key` (normalised,
case-folded). Learning holds one count per distinct line of the site, so
its memory grows with the site's distinct lines, not with its pages' text.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from decruft.html import InputFormat, check_input_format, extract, looks_like_html
from decruft.lines import Line, read_lines
from decruft.pipeline import Page
from decruft.prose import is_prose, words

__all__ = ["DEFAULT_MIN_PAGES", "RepeatCounter", "RepeatProfile", "SiteRepeats", "learn_repeats"]

#: A line on this many of a site's pages is the site's, by default: chosen
#: by measurement on the WCXB dev pages grouped by host (see docs/batch.md).
DEFAULT_MIN_PAGES = 3
# The format's name and version in a saved profile.
_FORMAT = "decruft-repeats"
_VERSION = 1


@dataclass(frozen=True)
class RepeatProfile:
    """The lines a site repeats: each line's key, with the number of pages
    it appears on, for the lines on at least ``min_pages`` of the ``pages``
    pages learned from.

    Save it with :meth:`dumps` or :meth:`save`, and load it with
    :meth:`loads` or :meth:`load`.
    """

    pages: int
    lines: Mapping[str, int] = field(default_factory=dict)
    min_pages: int = DEFAULT_MIN_PAGES

    def pages_with(self, line: Line) -> int:
        """On how many of the site's pages ``line`` appears (0 when it is not
        one of the site's repeated lines)."""
        return self.lines.get(line.key, 0)

    def dumps(self) -> str:
        """The profile as JSON.

        >>> profile = learn_repeats(["Home\\nNews\\nA story."] * 3)
        >>> RepeatProfile.loads(profile.dumps()) == profile
        True
        """
        return json.dumps(
            {
                "format": _FORMAT,
                "version": _VERSION,
                "pages": self.pages,
                "min_pages": self.min_pages,
                "lines": dict(sorted(self.lines.items(), key=lambda item: (-item[1], item[0]))),
            },
            ensure_ascii=False,
            indent=1,
        )

    @classmethod
    def loads(cls, data: str) -> RepeatProfile:
        """A profile from the JSON :meth:`dumps` wrote; a :class:`ValueError`
        saying what is wrong for anything else."""
        value = json.loads(data)
        if not isinstance(value, dict) or value.get("format") != _FORMAT:
            raise ValueError(f'not a decruft repeat profile (no "format": "{_FORMAT}")')
        if value.get("version") != _VERSION:
            raise ValueError(
                f"repeat profile version {value.get('version')!r}; this reads {_VERSION}"
            )
        pages, min_pages, lines = value.get("pages"), value.get("min_pages"), value.get("lines")
        if not _count(pages) or not _count(min_pages) or min_pages < 2:
            raise ValueError('a repeat profile needs "pages" (a count) and "min_pages" (2 or more)')
        if not isinstance(lines, dict) or not all(_count(count) for count in lines.values()):
            raise ValueError('a repeat profile\'s "lines" maps each line to its page count')
        return cls(pages, lines, min_pages)

    def save(self, path: str | Path) -> None:
        """Write the profile to ``path`` as JSON."""
        Path(path).write_text(self.dumps() + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> RepeatProfile:
        """Read a profile that :meth:`save` wrote."""
        return cls.loads(Path(path).read_text(encoding="utf-8"))


def _count(value: object) -> bool:
    """Whether ``value`` is a whole number of at least 0 (a bool is none)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


class RepeatCounter:
    """Counts, page by page, on how many pages each line appears.

    :meth:`add` one page's text at a time, then :meth:`profile`. A line
    counts once per page, however often the page repeats it.
    """

    def __init__(self, *, input_format: InputFormat = "auto") -> None:
        self.input_format = check_input_format(input_format)
        self.pages = 0
        self.counts: Counter[str] = Counter()

    def add(self, text: str) -> None:
        """Count the lines of one page (HTML is extracted first, as
        :func:`decruft.clean` would)."""
        if self.input_format == "html" or (self.input_format == "auto" and looks_like_html(text)):
            text = extract(text, title=False).text
        self.pages += 1
        self.counts.update({line.key for line in read_lines(text)})

    def profile(self, min_pages: int = DEFAULT_MIN_PAGES) -> RepeatProfile:
        """The lines on at least ``min_pages`` of the pages counted."""
        if min_pages < 2:
            raise ValueError(
                f"min_pages must be 2 or more (a line on one page repeats nothing), not {min_pages}"
            )
        lines = {key: count for key, count in self.counts.items() if count >= min_pages}
        return RepeatProfile(self.pages, lines, min_pages)


def learn_repeats(
    texts: Iterable[str],
    *,
    min_pages: int = DEFAULT_MIN_PAGES,
    input_format: InputFormat = "auto",
) -> RepeatProfile:
    """The lines that appear on at least ``min_pages`` of ``texts``, the
    pages of one site.

    >>> pages = [f"Home\\nNews\\nSport\\nStory number {i} ends here." for i in range(3)]
    >>> profile = learn_repeats(pages)
    >>> sorted(profile.lines.items()), profile.pages
    ([('home', 3), ('news', 3), ('sport', 3)], 3)
    """
    counter = RepeatCounter(input_format=input_format)
    for text in texts:
        counter.add(text)
    return counter.profile(min_pages)


@dataclass(frozen=True)
class SiteRepeats:
    """Lines the site repeats on many of its pages, in runs of ``min_run``
    or more.

    ``profile`` says which lines the site repeats (:func:`learn_repeats`).
    A run of ``min_run`` such lines in a row (removed lines aside) is the
    site's frame: a menu, a footer, a box. A repeated line alone, between
    lines of the page's own, stays: a heading every recipe of the site has
    is the recipe's.

    A page whose paragraphs in such runs outweigh (in words) its paragraphs
    elsewhere is left alone: it is a copy of another page of the site (a
    crawl fetches one article at several addresses), or it has no text of
    its own to tell the frame from.
    """

    name: ClassVar[str] = "site_repeats"
    profile: RepeatProfile
    min_run: int = 2

    def find(self, page: Page) -> Iterator[tuple[Line, str]]:
        """Yield the lines of ``page`` in runs of the site's repeated lines."""
        lines = page.lines
        counts = [self.profile.pages_with(line) for line in lines]
        runs = list(self._runs(counts))
        in_runs = {i for start, end in runs for i in range(start, end)}
        repeated_prose = own_prose = 0.0
        for i, line in enumerate(lines):
            if is_prose(line.plain):
                if i in in_runs:
                    repeated_prose += words(line.plain)
                else:
                    own_prose += words(line.plain)
        if repeated_prose > own_prose:
            return
        for start, end in runs:
            for i in range(start, end):
                reason = (
                    f"on {counts[i]} of the site's {self.profile.pages} pages, "
                    f"in a run of {end - start} such lines"
                )
                yield lines[i], reason

    def _runs(self, counts: list[int]) -> Iterator[tuple[int, int]]:
        """``(start, end)`` of each run of ``min_run`` or more repeated lines."""
        start = 0
        while start < len(counts):
            if not counts[start]:
                start += 1
                continue
            end = start
            while end < len(counts) and counts[end]:
                end += 1
            if end - start >= self.min_run:
                yield start, end
            start = end
