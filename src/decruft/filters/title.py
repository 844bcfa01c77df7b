"""The title: the headline a scraped text starts with."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar

import regex

from decruft.filters.base import all_languages
from decruft.lines import Line
from decruft.phrases import load
from decruft.pipeline import Page
from decruft.shapes import is_headline, word_count
from decruft.wrapping import in_wrapped_paragraphs

__all__ = ["Title"]

# "Headline | Site", "Headline - Site", "Headline: Site" ... as in <title>.
_SITE_SEPARATOR = regex.compile(r"\s*(?:[|·•:»]|\s-)\s*")
_MAX_SITE_WORDS = 6
_MAX_COPIES = 3
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'.-]*")
_MAX_NAME_WORDS = 6
_MAX_PARTICLE_CHARS = 3
_MAX_DATE_WORDS = 4
# Text wrapped to a width (html2text wraps at 78 characters, lynx and
# e-mail at about 72) fills its lines to at least this many characters.
_MIN_WRAPPED_CHARS = 60


def _is_variant(line: Line, title: Line) -> bool:
    """Whether ``line`` is ``title`` or ``title`` with a site name added
    (or the other way round). Case counts: a copy of a title is printed as
    it is, while "Carry me down to the harbour" under the song "Carry Me
    Down to the Harbour" is its first line.
    """
    short, long = sorted((line.plain, title.plain), key=len)
    if not long.startswith(short):
        return False
    rest = long[len(short) :]
    if not rest:
        return True
    separator = _SITE_SEPARATOR.match(rest)
    return separator is not None and 0 < word_count(rest[separator.end() :]) <= _MAX_SITE_WORDS


def _wraps_into(line: Line, following: Line) -> bool:
    """Whether ``line`` is a line of a hard-wrapped paragraph that
    ``following`` carries on: ``line`` is as wide as wrapped lines are, no
    blank line stands between them, and ``following`` starts in lower
    case (a byline such as "by Jane Smith" under a short headline does
    too)."""
    return (
        len(line.stripped) >= _MIN_WRAPPED_CHARS
        and not following.gap_before
        and following.core[:1].islower()
    )


def _starts_name(word: str) -> bool:
    """Whether ``word`` may start a name: a capital, or a letter of a script
    without case ("张伟", "山田太郎")."""
    first = word[0]
    return first.isupper() or (first.isalpha() and not first.islower())


@dataclass(frozen=True)
class Title:
    """The headline at the top of the text, which moves to ``Result.title``.

    Also removes the headline's copies printed right after it, including
    ``Headline | Site`` variants.

    The first kept line is a title when it is shaped like a headline (see
    :func:`decruft.shapes.is_headline`), the line after its copies is not,
    and at least ``min_body_words`` words follow. The second condition
    means the body starts right after the title, and also that cleaning
    the output again finds no new title.

    A text that starts with prose ("When we think of prison, we imagine…")
    has no title and loses nothing, and neither does one that starts with a
    byline (``byline_prefixes`` and a name: "By Jane Smith") or a date stamp
    (``dateline_prefixes`` and a date: "Posted on March 3, 2024"), nor one
    that starts with a paragraph hard-wrapped into lines (html2text,
    ``lynx -dump``, e-mail), whose first line may be shaped like a
    headline: a first line that is a line of a wrapped paragraph (see
    :mod:`decruft.wrapping`), or, in a text too short to tell, one as wide
    as a wrapped line (60 characters or more) carried on by the next (no
    blank line between them, and the next starts in lower case).
    """

    name: ClassVar[str] = "title"
    extracts_title: ClassVar[bool] = True
    languages: tuple[str, ...] = field(default_factory=all_languages)
    min_body_words: int = 20

    def find(self, page: Page) -> Iterator[tuple[Line, str]]:
        """Yield the title line first, then its copies."""
        lines = page.lines
        if len(lines) < 2 or not is_headline(lines[0].plain) or self._is_byline(lines[0]):
            return
        first = lines[0]
        end = 1
        while end < min(len(lines), _MAX_COPIES) and _is_variant(lines[end], first):
            end += 1
        if end == len(lines) or is_headline(lines[end].plain):
            return
        if end == 1 and (_wraps_into(first, lines[1]) or in_wrapped_paragraphs(lines)[0]):
            return
        if not self._has_body(lines[end:]):
            return
        copies = lines[:end]
        # Report the copy without a site name first: it becomes the title.
        best = min(copies, key=lambda line: len(line.key))
        yield best, "headline at the top of the text (moved to Result.title)"
        for line in copies:
            if line is best:
                continue
            if line.key == best.key:
                yield line, f"repeats the title (line {best.number})"
            else:
                yield line, f"the title with a site name added (line {best.number})"

    def _is_byline(self, line: Line) -> bool:
        """Whether ``line`` is a byline or a date stamp rather than a headline.

        A byline is a ``byline_prefixes`` phrase and a name: at most
        ``_MAX_NAME_WORDS`` words, the first capitalised, the others
        capitalised or short particles ("By Jane Smith and John Doe", but
        not "By the Numbers"). A date stamp is a ``dateline_prefixes``
        phrase and a date: a number first, or a few words with a number
        ("Posted on March 3, 2024", but not "Updated Guidance on Flu
        Vaccines for 2024").
        """
        core = line.core
        match = load("byline_prefixes", self.languages).prefix(core)
        if match is not None:
            words = _WORD.findall(match[1])
            return (
                0 < len(words) <= _MAX_NAME_WORDS
                and _starts_name(words[0])
                and all(_starts_name(w) or len(w) <= _MAX_PARTICLE_CHARS for w in words)
            )
        match = load("dateline_prefixes", self.languages).prefix(core)
        if match is not None:
            words = match[1].split()
            has_number = any(ch.isdigit() for ch in match[1])
            starts_with_number = bool(words) and any(ch.isdigit() for ch in words[0])
            return starts_with_number or (has_number and len(words) <= _MAX_DATE_WORDS)
        return False

    def _has_body(self, lines: tuple[Line, ...]) -> bool:
        words = 0
        for line in lines:
            words += word_count(line.plain)
            if words >= self.min_body_words:
                return True
        return False
