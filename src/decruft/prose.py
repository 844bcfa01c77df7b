"""Prose or chrome? Language-neutral measures of one line of text.

Whole-page text (a page's visible text, menus and footers included) mixes
the article's paragraphs with short menu items, link labels and footer
lines. These measures tell them apart without knowing the language: how
many words a line has (counting two characters as a word in scripts
written without spaces), whether it ends like a sentence, and, in scripts
with letter case, how many of its words start in lower case. Paragraphs
are long and mostly lower case; menu items are short and capitalised.
"""

from __future__ import annotations

import functools
import re

import regex

__all__ = [
    "MENU_MAX_WORDS",
    "PROSE_MIN_WORDS",
    "is_menu_like",
    "is_prose",
    "measure",
    "prose_weight",
    "weigh",
]

#: Words from which a line that reads like running text is a paragraph.
PROSE_MIN_WORDS = 20
#: Words from which a line that ends like a sentence is a paragraph.
SENTENCE_MIN_WORDS = 8
#: Most words a menu item, link label or button can have.
MENU_MAX_WORDS = 6
#: Share of lower-case words below which a line reads like a title or a
#: list of names rather than running text (scripts with letter case only).
_MIN_LOWER_SHARE = 0.6
#: Share of lower-case words above which a short line is a phrase of text,
#: not a link label.
_MAX_MENU_LOWER_SHARE = 0.5

_WORD = regex.compile(r"\w+")
_LETTER = regex.compile(r"\p{L}")
_SPACELESS = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")
_WORD_START_CASE = regex.compile(r"(?<!\w)(?:(\p{Ll})|[\p{Lu}\p{Lt}])")
_SENTENCE_END = (".", "!", "?", "。", "！", "？", "…", '"', "'", "”", "»", ")", ":", ";")
_MENU_SENTENCE_END = (".", "!", "?", "。", "！", "？", ":", ";")
# Characters of code and formulas ("count = 4", "}"), never of a link label.
_CODE = regex.compile(r"[={}]")
# The same two readings for ASCII text, where they say the same with
# Python's own engine, several times faster on these short patterns.
_ASCII_WORD = re.compile(r"[A-Za-z0-9_]+")
_ASCII_WORD_START_CASE = re.compile(r"(?<![A-Za-z0-9_])(?:([a-z])|[A-Z])")
# The measures are pure functions of a line's text, read by several filters
# and again on each pass; the lines a site repeats (menus, footers) recur
# across texts. A bounded cache keeps each one computed once.
_CACHED = functools.lru_cache(maxsize=1 << 16)


@_CACHED
def words(text: str) -> float:
    """How many words ``text`` holds: ``\\w+`` runs, and half a word for
    each character of a script written without spaces (Chinese, Japanese,
    Korean, Thai).

    >>> words("The vote was held on Tuesday.")
    6.0
    >>> words("投票は火曜日に行われた。")
    5.5
    """
    if text.isascii():
        return float(len(_ASCII_WORD.findall(text)))
    spaceless = len(_SPACELESS.findall(text))
    runs = len(_WORD.findall(_SPACELESS.sub(" ", text))) if spaceless else len(_WORD.findall(text))
    return runs + spaceless / 2


@_CACHED
def lower_share(text: str) -> float | None:
    """The share of words that start with a lower-case letter, among those
    that start with a letter that has case; ``None`` in scripts without case.

    >>> lower_share("Home About Contact")
    0.0
    >>> lower_share("the vote was held on Tuesday") > 0.8
    True
    >>> lower_share("投票は火曜日") is None
    True
    """
    # Each word's first character is one no word character precedes; the
    # group holds it when it is lower case, and is empty when upper case.
    pattern = _ASCII_WORD_START_CASE if text.isascii() else _WORD_START_CASE
    starts = pattern.findall(text)
    lower = sum(1 for start in starts if start)
    upper = len(starts) - lower
    if not lower + upper:
        return None
    return lower / (lower + upper)


@_CACHED
def is_prose(text: str) -> bool:
    """Whether ``text`` reads like a paragraph of running text: at least
    :data:`PROSE_MIN_WORDS` words, or at least ``SENTENCE_MIN_WORDS`` words
    ending like a sentence, and, where letters have case, mostly lower-case
    words.

    >>> is_prose("Twenty-six years ago, what we now call network video was a standalone system.")
    True
    >>> is_prose("Security Executives Integrators Video Surveillance Access & Identity")
    False
    """
    count = words(text)
    share = lower_share(text) if count >= SENTENCE_MIN_WORDS else None
    return _reads_as_text(count, share) and _is_paragraph(text, count)


def _reads_as_text(count: float, share: float | None) -> bool:
    """Enough words, mostly lower case where letters have case (``share`` is
    only read from :data:`SENTENCE_MIN_WORDS` words on)."""
    return count >= SENTENCE_MIN_WORDS and (share is None or share >= _MIN_LOWER_SHARE)


def _is_paragraph(text: str, count: float) -> bool:
    return count >= PROSE_MIN_WORDS or text.rstrip().endswith(_SENTENCE_END)


@_CACHED
def measure(text: str) -> tuple[float, bool, bool]:
    """``(prose_weight(text), is_menu_like(text), is_prose(text))``, measuring
    the line once: for readings of a whole page, which need all three of
    every line.

    >>> measure("Contact Us")
    (-2.8284271247461903, True, False)
    """
    count = words(text)
    # No test reads the share of a line of one or two words, and is_prose
    # none below SENTENCE_MIN_WORDS, where it reads the same share.
    share = lower_share(text) if count > 2 else None
    paragraph = _reads_as_text(count, share) and _is_paragraph(text, count)
    return _weight(text, count, share), _menu_like(text, count, share), paragraph


def weigh(text: str) -> tuple[float, bool]:
    """``(prose_weight(text), is_menu_like(text))``, measuring the line once:
    for filters that need both of every line.

    >>> weigh("Contact Us")
    (-2.8284271247461903, True)
    """
    weight, menu_like, _ = measure(text)
    return weight, menu_like


def prose_weight(text: str) -> float:
    """How much ``text`` counts for or against being inside the main text:
    a paragraph weighs its word count, a line of some words that reads like
    text but is no full paragraph half that, and any other line counts
    against, more the longer it is.

    >>> prose_weight("Twenty-six years ago, what we now call network video was a new thing.")
    14.0
    >>> prose_weight("Contact Us")
    -2.8284271247461903
    """
    count = words(text)
    share = lower_share(text) if count >= SENTENCE_MIN_WORDS else None
    return _weight(text, count, share)


def _weight(text: str, count: float, share: float | None) -> float:
    if _reads_as_text(count, share):
        return count if _is_paragraph(text, count) else count / 2
    return -2 * max(count, 1.0) ** 0.5


@_CACHED
def is_menu_like(text: str) -> bool:
    """Whether ``text`` looks like a menu item, link label or button: at
    most :data:`MENU_MAX_WORDS` words with at least one letter, not a
    sentence of more than three words, not mostly lower-case words, not a
    table row (cells between ``|``) and not code (``=``, ``{``, ``}``).

    >>> is_menu_like("Access & Identity")
    True
    >>> is_menu_like("Video Surveillance")
    True
    >>> is_menu_like("Log in")
    True
    >>> is_menu_like("The council voted against it.")
    False
    >>> is_menu_like("| 1/1/2013 | +13.1% |")
    False
    >>> is_menu_like("Retries = 3")
    False
    """
    count = words(text)
    share = lower_share(text) if 2 < count <= MENU_MAX_WORDS else None
    return _menu_like(text, count, share)


def _menu_like(text: str, count: float, share: float | None) -> bool:
    if count == 0 or count > MENU_MAX_WORDS or text.count("|") >= 2 or _CODE.search(text):
        return False
    if not _LETTER.search(text):
        return False
    if count > 3 and text.rstrip().endswith(_MENU_SENTENCE_END):
        return False
    return share is None or count <= 2 or share <= _MAX_MENU_LOWER_SHARE
