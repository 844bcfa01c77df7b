"""Inline promo lines: "Don't miss: <headline>" between paragraphs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar

import regex

from decruft.filters.base import MAX_PHRASE_LINE_CHARS, all_languages, quote
from decruft.lines import Line, strip_leading
from decruft.phrases import load
from decruft.pipeline import Page
from decruft.shapes import is_headline

__all__ = ["PromoLines"]

_SEPARATOR = regex.compile(r"\s*(?:[:|>»›→⇒➜▶►-]+|:\s*[-–—])\s*")
_URL = regex.compile(r"(?:https?://|www\.)\S+")


@dataclass(frozen=True)
class PromoLines:
    """Promo lines between paragraphs: ``✨ Don't miss: <headline>``.

    A promo line advertises another article: an optional emoji
    or bullet, a promo phrase (``promo_prefixes``: Don't miss, Read more,
    Read also, See also, You might also like, Related, Recommended, Also
    read, More), a separator (``:``, ``|``, ``»``, ``>``, ``-``) and a
    headline or a bare link.

    ``✨ Don't miss: Middle East Ceasefire: What Everyone Is Getting Wrong``
    goes; prose that starts the same way stays, because what follows the
    separator must be shaped like a headline (short, no sentence ending
    unless in Title Case): "Read more: the report is available online."
    stays, and so does "You can read more about the ruling in the court's
    40-page decision."
    """

    name: ClassVar[str] = "promo_lines"
    languages: tuple[str, ...] = field(default_factory=all_languages)

    def find(self, page: Page) -> Iterator[tuple[Line, str]]:
        """Yield the promo lines of ``page``."""
        prefixes = load("promo_prefixes", self.languages)
        for line in page.lines:
            if len(line.plain) > MAX_PHRASE_LINE_CHARS:
                continue
            lead = strip_leading(line.plain)
            match = prefixes.prefix(lead)
            if match is None:
                continue
            phrase, rest = match
            separator = _SEPARATOR.match(rest)
            if separator is None:
                continue
            target = rest[separator.end() :]
            if _URL.fullmatch(target):
                yield line, f"promo {quote(phrase)} followed by a link"
            elif is_headline(target):
                yield line, f"promo {quote(phrase)} followed by a headline"
