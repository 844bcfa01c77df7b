"""Inline promo lines: "Don't miss: <headline>" between paragraphs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar

import regex

from decruft.filters.base import QUOTE_MARKS, all_languages, phrase_lines, quote
from decruft.lines import Line, strip_leading
from decruft.phrases import load
from decruft.pipeline import Page
from decruft.shapes import is_headline, is_list_item, is_title_case

__all__ = ["PromoLines"]

# ":", "|", "»", ">" or an arrow, perhaps followed by a dash ("Read more: —"),
# or a dash with a space before it ("Related - Title", not "Related-Party").
_SEPARATOR = regex.compile(r"\s*[:|>»›→⇒➜▶►]+(?:\s*-+(?=\s))?\s*|\s+-+\s+")
_URL = regex.compile(r"(?:https?://|www\.)\S+")
# A Markdown link to a section of the same page ("[Verifying Signatures](#verifying)"):
# a cross-reference within the text, not a promo for another article.
_ANCHOR_LINK = regex.compile(r"\[[^\]]*+\]\(#[^)\s]*+\)\W*+")


@dataclass(frozen=True)
class PromoLines:
    """Promo lines between paragraphs: ``✨ Don't miss: <headline>``.

    A promo line advertises another article: an optional emoji, a promo
    phrase, a separator (``:``, ``|``, ``»``, ``>``, ``-``) and a headline
    or a bare link. The phrases of ``promo_prefixes`` (Don't miss, Read
    more, Read also, See also, You might also like, Related, Also read)
    take any headline; those of ``promo_prefixes_title_case``, which also
    open ordinary article lines (Recommended, Check out, Suggested, More),
    take only a headline in Title Case. So does a line that is a list item.

    ``✨ Don't miss: Middle East Ceasefire: What Everyone Is Getting Wrong``
    goes; prose that starts the same way stays, because what follows the
    separator must be shaped like a headline (short, no sentence ending
    unless in Title Case): "Read more: the report is available online."
    stays, and so do "You can read more about the ruling in the court's
    40-page decision.", "Recommended: 8 GB RAM, SSD storage" and the list
    item "- Don't miss: the view from the bell tower at sunset". A line
    that opens with a quotation mark is a quote and stays.
    """

    name: ClassVar[str] = "promo_lines"
    languages: tuple[str, ...] = field(default_factory=all_languages)

    def find(self, page: Page) -> Iterator[tuple[Line, str]]:
        """Yield the promo lines of ``page``."""
        prefixes = load("promo_prefixes", self.languages)
        title_case_prefixes = load("promo_prefixes_title_case", self.languages)
        for _, line in phrase_lines(page.lines):
            if line.plain.startswith(QUOTE_MARKS):
                continue
            lead = strip_leading(line.plain)
            match = prefixes.prefix(lead)
            if match is not None:
                needs_title_case = is_list_item(line.plain)
            else:
                match = title_case_prefixes.prefix(lead)
                if match is None:
                    continue
                needs_title_case = True
            phrase, rest = match
            separator = _SEPARATOR.match(rest)
            if separator is None:
                continue
            target = rest[separator.end() :]
            if _ANCHOR_LINK.fullmatch(target):
                continue
            if _URL.fullmatch(target):
                yield line, f"promo {quote(phrase)} followed by a link"
            elif is_headline(target) and (not needs_title_case or is_title_case(target)):
                yield line, f"promo {quote(phrase)} followed by a headline"
