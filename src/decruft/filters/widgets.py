"""Widget lines: share and follow buttons, newsletter boxes, cookie banners,
advertisement markers, browser notices, reading-time stamps and a site's
controls. Each kind is its own filter.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar

import regex

from decruft.filters.base import (
    QUOTE_MARKS,
    SENTENCE_END,
    PhraseRule,
    all_languages,
    phrase_lines,
    quote,
    spread_to_neighbours,
)
from decruft.layout import in_introduced_lists
from decruft.lines import Line
from decruft.phrases import PhraseSet, load
from decruft.pipeline import Page
from decruft.shapes import word_count

__all__ = [
    "Advertisements",
    "BrowserNotices",
    "CookieNotices",
    "NewsletterPrompts",
    "ReadingTimes",
    "SharePrompts",
    "SiteControls",
]

_ALNUM = regex.compile(r"[\p{L}\p{N}]")
# A row of a Markdown or text table opens and closes with a pipe, and has
# at least two cells.
# A call or an assignment: an ASCII name right before "(" and ASCII
# arguments without spaces but after commas ("print(line)", "share(a, b)";
# not a glued "Facebook(opens in new window)"), or "=", "{", "}", ";".
_CODE = regex.compile(r"[A-Za-z0-9_]\((?:[!-'*-~]|,\s)*+\)|[={};]")
# Commas that list names: "," (and "，", which tidy() makes one) and "、".
_LIST_COMMA = regex.compile(r"[,、]")
_TABLE_PIPE = "|"
_MIN_TABLE_PIPES = 3


def _is_table_row(text: str) -> bool:
    """Whether ``text`` is a row of a table: cells between pipes."""
    return (
        text.startswith(_TABLE_PIPE)
        and text.endswith(_TABLE_PIPE)
        and text.count(_TABLE_PIPE) >= _MIN_TABLE_PIPES
    )


@dataclass(frozen=True)
class SharePrompts:
    """Share, like and follow widgets: ``Share this``, ``Follow us on Facebook``.

    Removes ``Share this:``, ``Click to share on X (Opens in new window)``,
    ``Like this: Like Loading...``, ``Follow us on Facebook``, and lines
    made only of network names (``Facebook Twitter Email``), also when a
    scraper glued them together.

    A line is removed when nothing is left of it once the share phrases
    (``share_prompts``) and widget words (``share_words``: network names,
    "Email", "Print", "Like this") are cut out, and it held a share phrase,
    or at least ``min_words`` widget words and no sentence-final
    punctuation. Joining words (``share_joiners``: "and", "or") are allowed,
    as whole words, only after a share phrase: "Follow us on Facebook and
    Instagram" goes, while the interview answer "Instagram and Facebook."
    stays. Fewer widget words ("Twitter", "Facebook Messenger", "Like this:")
    go only next to a widget line (``Like this:`` over ``Like Loading...``):
    elsewhere they can be article text, such as a tutorial's "Like this:".
    Names listed with commas ("Facebook, Instagram, Pinterest") and a
    table's row (``| Facebook | Instagram | LinkedIn |``) are the text's.

    Options:
        languages: phrase languages to use (default: all).
        min_words: widget words that make a line a widget without a share
            phrase (two do when icons or separators stand between them).
    """

    name: ClassVar[str] = "share_prompts"
    languages: tuple[str, ...] = field(default_factory=all_languages)
    min_words: int = 3

    def find(self, page: Page) -> Iterator[tuple[Line, str]]:
        """Yield the share, like and follow widget lines of ``page``."""
        prompts = load("share_prompts", self.languages)
        words = load("share_words", self.languages)
        joiners = load("share_joiners", self.languages)
        lines = page.lines
        reasons: dict[int, str] = {}
        few_words: list[int] = []
        for i, line in phrase_lines(lines):
            core = line.core
            if not core:
                continue
            # A widget line is made only of these phrases, so it starts with one.
            if not (prompts.starts(core) or words.starts(core)):
                continue
            # A table's row ("| Facebook | Instagram |") is data, not a widget,
            # and a line of code ("print(pdf)", "email = share") is code.
            if _is_table_row(line.plain) or _CODE.search(line.plain):
                continue
            # Share phrases are cut as whole words ("Shares" is not "Share"
            # and an "s"); network names also where a scraper glued them
            # together ("EmailFacebook").
            rest, prompt_count = prompts.remove_words(core)
            rest, word_count = words.remove_all(rest)
            if prompt_count:
                if not _ALNUM.search(joiners.remove_words(rest)[0]):
                    reasons[i] = f"share or follow widget {quote(core)}"
            elif (
                _ALNUM.search(rest) or line.plain.endswith(SENTENCE_END) or _LIST_COMMA.search(rest)
            ):
                # Names in a sentence, or listed with commas ("Facebook,
                # Instagram, Pinterest", "微博、微信"), are the text's.
                continue
            elif word_count >= self.min_words or (word_count >= 2 and rest.strip()):
                # Two names count when icons or separators stand between
                # them ("📧 Email 🖨 Print", "Email | Print"), not spaces
                # alone ("Facebook Messenger").
                reasons[i] = f"only social network names {quote(core)}"
            else:
                few_words.append(i)
        # "Like this:" or "Twitter" alone go when they stand by a widget line.
        spread_to_neighbours(
            few_words,
            reasons,
            lambda i: f"share widget word {quote(lines[i].core)} next to a share widget",
        )
        for i in sorted(reasons):
            yield lines[i], reasons[i]


@dataclass(frozen=True)
class NewsletterPrompts(PhraseRule):
    """Newsletter and subscription prompts: ``Subscribe``, ``Sign up``.

    Removes ``Subscribe``, ``Sign up for our newsletter``, ``Enter your
    email address``, and short lines that start with such a call (at most
    ``max_words`` words), and
    box headings such as ``Discover more from <blog>``
    (``newsletter_heading_prefixes``) when they do not end like a sentence.

    Keeps prose that mentions newsletters: "The mayor urged residents to
    subscribe to the city's newsletter."
    """

    name: ClassVar[str] = "newsletter_prompts"
    whole: ClassVar[str] = "newsletter_prompts"
    prefixes: ClassVar[str] = "newsletter_prompt_prefixes"
    heading_prefixes: ClassVar[str] = "newsletter_heading_prefixes"
    label: ClassVar[str] = "newsletter or subscribe prompt"
    languages: tuple[str, ...] = field(default_factory=all_languages)
    max_words: int = 40


@dataclass(frozen=True)
class CookieNotices(PhraseRule):
    """Cookie-consent banners: ``We use cookies to improve your experience``.

    Removes ``We use cookies to improve your experience…``, ``This website
    uses cookies…``, ``Accept all cookies``, ``Cookie settings``.

    Lines that open with a site's cookie notice (``cookie_notice_prefixes``)
    go at up to ``max_words`` words. Lines that open with a bare mention such
    as "We use cookies" (``cookie_mentions``) go only when they also speak of
    consent, browsing or the site (``cookie_consent_words``), so that "We use
    cookies from the bakery next door." stays.
    """

    name: ClassVar[str] = "cookie_notices"
    whole: ClassVar[str] = "cookie_notices"
    prefixes: ClassVar[str] = "cookie_notice_prefixes"
    label: ClassVar[str] = "cookie notice"
    languages: tuple[str, ...] = field(default_factory=all_languages)
    max_words: int = 80

    extra: ClassVar[tuple[str, ...]] = ("cookie_mentions", "cookie_consent_words")

    def judge(self, line: Line, sets: dict[str, PhraseSet]) -> str | None:
        """The phrase tests, then a bare cookie mention that speaks of consent."""
        why = super().judge(line, sets)
        if why or word_count(line.plain) > self.max_words:
            return why
        match = sets["cookie_mentions"].prefix(line.core)
        if (
            match is None
            or line.plain.startswith(QUOTE_MARKS)
            or not sets["cookie_consent_words"].find_word(match[1])
        ):
            return None
        return f"{self.label}: starts with {quote(match[0])} and speaks of consent"


@dataclass(frozen=True)
class BrowserNotices(PhraseRule):
    """Notices for a browser without scripts or video: ``Please enable JavaScript``.

    Removes ``JavaScript is disabled. For a better experience, please enable
    JavaScript…``, ``Your browser does not support the video tag.``, ``This
    site requires JavaScript to run correctly…``, ``The store will not work
    correctly when cookies are disabled.``

    Whole-line notices come from ``browser_notices``; lines of at most
    ``max_words`` words that open with a ``browser_notice_prefixes`` phrase,
    which names the page or the reader's browser, go too. Keeps prose about
    browsers: "Your browser does not support WebGPU yet, so the demo falls
    back to WebGL." and "JavaScript is disabled by default in some privacy
    browsers." stay.
    """

    name: ClassVar[str] = "browser_notices"
    whole: ClassVar[str] = "browser_notices"
    prefixes: ClassVar[str] = "browser_notice_prefixes"
    label: ClassVar[str] = "browser notice"
    languages: tuple[str, ...] = field(default_factory=all_languages)
    max_words: int = 40


@dataclass(frozen=True)
class ReadingTimes(PhraseRule):
    """A page's reading-time stamp alone on a line: ``5 min read``.

    Removes ``5 min read``, ``3 MIN. READ``, ``- 11 min read``, ``Reading
    time: 4 minutes``, ``Estimated reading time: 7 minutes``: the stamp a
    site prints by the byline or on each teaser. The stamp must be the whole
    line, so "The report is a 5 min read, and worth every minute." stays.
    """

    name: ClassVar[str] = "reading_times"
    whole: ClassVar[str] = "reading_times"
    label: ClassVar[str] = "reading-time stamp"
    languages: tuple[str, ...] = field(default_factory=all_languages)
    max_words: int = 0


@dataclass(frozen=True)
class SiteControls(PhraseRule):
    """Controls of a site's interface alone on a line: ``Add to cart``, ``Copy link``.

    Removes ``Toggle navigation``, ``Open menu``, ``Copy link``, ``Click to
    expand...`` (a forum's quote expander), ``Improve this answer``, ``Add to
    cart``, ``Add to wishlist``, ``View details``, ``Write a review``.

    The control must be the whole line, so "Add to cart only what you need
    for the week." stays; so do controls listed under a line of text that
    ends with a colon ("The buttons on the product page read:" over "Add to
    cart", "Add to wishlist"): the article names them.
    """

    name: ClassVar[str] = "site_controls"
    whole: ClassVar[str] = "site_controls"
    label: ClassVar[str] = "site control"
    languages: tuple[str, ...] = field(default_factory=all_languages)
    max_words: int = 0

    def find(self, page: Page) -> Iterator[tuple[Line, str]]:
        """Yield the controls of ``page``, but not those of a list the text introduces."""
        sets = self.phrase_sets()
        lines = page.lines
        found = {i: why for i, line in phrase_lines(lines) if (why := self.verdict(line, sets))}
        listed = in_introduced_lists(lines, [i in found for i in range(len(lines))])
        for i, why in sorted(found.items()):
            if not listed[i]:
                yield lines[i], why


@dataclass(frozen=True)
class Advertisements(PhraseRule):
    """Advertisement markers alone on a line: ``Advertisement``, ``Sponsored``.

    Removes ``Advertisement``, ``Sponsored``, ``Story continues below advertisement``,
    ``Continue reading the main story``.

    Keeps prose about advertising: the marker must be the whole line.
    """

    name: ClassVar[str] = "advertisements"
    whole: ClassVar[str] = "advertisements"
    label: ClassVar[str] = "advertisement marker"
    languages: tuple[str, ...] = field(default_factory=all_languages)
    max_words: int = 0
