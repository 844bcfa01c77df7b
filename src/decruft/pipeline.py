"""The pipeline: an ordered, immutable list of named filters.

A filter never edits text. It looks at a :class:`Page` (the lines still
kept) and names the lines to remove, each with a reason. The pipeline
records which filter removed what, so every removal is explained.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from decruft.lines import Line
from decruft.result import Removal

__all__ = ["Filter", "Page", "Pipeline", "PipelineError", "default_pipeline"]


@dataclass(frozen=True)
class Page:
    """What a filter sees: the lines still kept, and what is known so far.

    Attributes:
        lines: the kept non-blank lines, in input order. ``gap_before`` on
            each tells whether a blank line separates it from the kept line
            before it.
        title: the headline found by an earlier filter in this pass, if any.
        removed: the lines removed so far in this pass, by line number.

    """

    lines: tuple[Line, ...]
    title: str | None = None
    removed: Mapping[int, Removal] = field(default_factory=dict)

    def removed_between(self, after: int, before: int) -> list[Removal]:
        """The lines removed so far in this pass whose line numbers lie
        strictly between ``after`` and ``before``, in input order."""
        return sorted(
            (removal for number, removal in self.removed.items() if after < number < before),
            key=lambda removal: removal.line_number,
        )


@runtime_checkable
class Filter(Protocol):
    """Anything with a ``name`` and a ``find`` method is a filter.

    ``name`` is a stable snake_case identifier (it appears in every
    :class:`~decruft.Removal` the filter causes). ``find(page)`` returns or
    yields ``(line, reason)`` pairs: a line of ``page.lines`` to remove and
    a short sentence saying why.

    A filter may also set ``extracts_title = True``: the first line it
    removes is then taken as the page's title.
    """

    name: str

    def find(self, page: Page) -> Iterable[tuple[Line, str]]:
        """Yield ``(line, reason)`` for each line of ``page`` to remove."""
        ...


class PipelineError(ValueError):
    """Raised when a pipeline is built with unknown or duplicate filter names,
    or with something that is not a filter.
    """


def _check_filter(candidate: object) -> Filter:
    name = getattr(candidate, "name", None)
    if not isinstance(name, str) or not name or not callable(getattr(candidate, "find", None)):
        raise PipelineError(
            f"{candidate!r} is not a filter: a filter needs a non-empty str attribute "
            "'name' and a method 'find(page)' yielding (line, reason) pairs"
        )
    return candidate  # type: ignore[return-value]


@dataclass(frozen=True)
class Pipeline:
    """An ordered, immutable sequence of uniquely named filters.

    Change it by building a new one:

    >>> pipeline = default_pipeline().without("title")
    >>> "title" in pipeline
    False
    >>> from decruft.filters import MarkupDebris
    >>> pipeline.insert(MarkupDebris(), before="markup_debris")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    decruft.pipeline.PipelineError: duplicate filter name 'markup_debris'; ...
    """

    filters: tuple[Filter, ...]

    def __init__(self, filters: Iterable[Filter]) -> None:
        checked = tuple(_check_filter(f) for f in filters)
        seen: set[str] = set()
        for f in checked:
            if f.name in seen:
                raise PipelineError(
                    f"duplicate filter name {f.name!r}; the filters are: "
                    f"{', '.join(g.name for g in checked)}. Give the new filter a "
                    "name of its own, or use replace() to swap it in"
                )
            seen.add(f.name)
        object.__setattr__(self, "filters", checked)

    @property
    def names(self) -> tuple[str, ...]:
        """The filter names, in order."""
        return tuple(f.name for f in self.filters)

    def __iter__(self) -> Iterator[Filter]:
        return iter(self.filters)

    def __len__(self) -> int:
        return len(self.filters)

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def __getitem__(self, name: str) -> Filter:
        return self.filters[self._index(name)]

    def __repr__(self) -> str:
        return f"Pipeline({', '.join(self.names)})"

    def _index(self, name: str) -> int:
        try:
            return self.names.index(name)
        except ValueError:
            raise PipelineError(
                f"no filter named {name!r}; the filters are: {', '.join(self.names)}"
            ) from None

    def without(self, *names: str) -> Pipeline:
        """Return a pipeline without the named filters."""
        for name in names:
            self._index(name)
        return Pipeline(f for f in self.filters if f.name not in names)

    def replace(self, name: str, new: Filter) -> Pipeline:
        """Return a pipeline where ``new`` stands in place of filter ``name``."""
        index = self._index(name)
        return Pipeline((*self.filters[:index], new, *self.filters[index + 1 :]))

    def insert(
        self, new: Filter, *, before: str | None = None, after: str | None = None
    ) -> Pipeline:
        """Return a pipeline with ``new`` inserted before or after a named filter.

        With neither ``before`` nor ``after``, ``new`` goes last.
        """
        if before is not None and after is not None:
            raise PipelineError("give before= or after=, not both")
        if before is not None:
            index = self._index(before)
        elif after is not None:
            index = self._index(after) + 1
        else:
            index = len(self.filters)
        return Pipeline((*self.filters[:index], new, *self.filters[index:]))


def default_pipeline(languages: Iterable[str] | None = None) -> Pipeline:
    """Return the default pipeline: every built-in filter, in the order they run.

    Its phrase rules read the lists of every language (see
    :func:`decruft.phrases.available_languages`); ``languages`` restricts
    them to some, which is faster on a corpus known to be in those:

    >>> default_pipeline(languages=["en", "de"])["share_prompts"].languages
    ('en', 'de')

    >>> default_pipeline().names  # doctest: +NORMALIZE_WHITESPACE
    ('markup_debris', 'page_frame', 'page_footer', 'opening_menus', 'share_prompts',
     'newsletter_prompts', 'cookie_notices', 'advertisements', 'browser_notices',
     'comment_prompts', 'comment_threads', 'promo_lines', 'related_posts',
     'see_more_teasers', 'indented_frame', 'article_column', 'footer_links', 'reading_times',
     'site_controls', 'title', 'duplicate_lines')
    """
    from decruft import filters

    chosen = None if languages is None else _languages(languages)
    # Single-line phrase rules run first, so that the context rules (blocks,
    # title, repeats) see the page without widget lines between the others.
    pipeline = Pipeline(
        (
            filters.MarkupDebris(),
            filters.PageFrame(),
            filters.PageFooter(),
            filters.OpeningMenus(),
            filters.SharePrompts(),
            filters.NewsletterPrompts(),
            filters.CookieNotices(),
            filters.Advertisements(),
            filters.BrowserNotices(),
            filters.CommentPrompts(),
            filters.CommentThreads(),
            filters.PromoLines(),
            filters.RelatedPosts(),
            filters.SeeMoreTeasers(),
            filters.IndentedFrame(),
            filters.ArticleColumn(),
            filters.FooterLinks(),
            filters.ReadingTimes(),
            filters.SiteControls(),
            filters.Title(),
            filters.DuplicateLines(),
        )
    )
    if chosen is None:
        return pipeline
    return Pipeline(
        dataclasses.replace(f, languages=chosen) if hasattr(f, "languages") else f for f in pipeline
    )


def _languages(languages: Iterable[str]) -> tuple[str, ...]:
    """``languages`` as a tuple, refused when it is a bare string or empty."""
    if isinstance(languages, str):
        raise TypeError(f"languages must be a list of codes such as ['en'], got {languages!r}")
    chosen = tuple(languages)
    if not chosen:
        raise ValueError("languages must name at least one language, such as ['en']")
    from decruft.phrases import load

    load("comment_prompts", chosen)  # an unknown language fails here, saying which exist
    return chosen
