"""A toy scraper: the article paragraphs of a news page, cleaned by decruft.

It stands for any scraper: it takes the text of every paragraph and list
item inside the page's <article> element, which on real sites also holds
share bars, promos and comment prompts, and leaves the clutter to decruft.
"""

from __future__ import annotations

from html.parser import HTMLParser

from decruft import clean

_BLOCKS = {"p", "li", "h1", "h2", "h3"}


class _ArticleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.blocks: list[str] = []
        self._current: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self.depth += 1
        elif self.depth and tag in _BLOCKS:
            self._current = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.depth -= 1
        elif self._current is not None and tag in _BLOCKS:
            text = " ".join("".join(self._current).split())
            if text:
                self.blocks.append(text)
            self._current = None

    def handle_data(self, data: str) -> None:
        if self._current is not None:
            self._current.append(data)


def raw_text(html: str) -> str:
    """The text of the page's <article>, one block per paragraph, clutter and all."""
    parser = _ArticleText()
    parser.feed(html)
    return "\n\n".join(parser.blocks)


def scrape(html: str) -> str:
    """The clean article body of a news page."""
    return clean(raw_text(html), input_format="text")
