"""Phrase lists: the words of each clutter kind, kept as data.

Each language has a folder (``en/``, ``de/``, ...) holding one text file
per phrase kind (``comment_prompts.txt``, ``related_headings.txt``, ...):
one phrase per line, ``#`` starts a comment, blank lines are ignored, and
``{n}`` stands for a number ("{n} comments"). Adding a language is adding
a folder; a language need not have every kind.

How a phrase matches (the whole line, or the start of a line) is decided by
the filter that uses it, not here. This module only turns a list into one
compiled, case-insensitive pattern of literal alternatives, which cannot
backtrack catastrophically.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources

import regex

from decruft.lines import strip_edges, tidy

__all__ = [
    "PhraseSet",
    "UnknownLanguageError",
    "available_languages",
    "kinds",
    "load",
]

# A digit that tidy() keeps and that no phrase contains, standing in for
# "{n}" while a phrase is normalised.
_NUMBER_MARK = "\u0667"
_NUMBER = r"\d[\d.,]*"
_FLAGS = regex.IGNORECASE | regex.FULLCASE | regex.VERSION0


class UnknownLanguageError(ValueError):
    """Raised when a filter is asked for a language that has no phrase folder."""


@cache
def available_languages() -> tuple[str, ...]:
    """Return the language codes that have a phrase folder, sorted.

    >>> "en" in available_languages()
    True
    """
    root = resources.files(__package__)
    return tuple(
        sorted(
            entry.name
            for entry in root.iterdir()
            if entry.is_dir() and not entry.name.startswith(("_", "."))
        )
    )


def _read(language: str, kind: str) -> list[str]:
    path = resources.files(__package__).joinpath(language, f"{kind}.txt")
    if not path.is_file():
        return []
    phrases = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        phrase = raw.split("#", 1)[0].strip()
        if phrase:
            phrases.append(phrase)
    return phrases


def _normal_core(phrase: str) -> str:
    """``phrase`` as a line's core reads, with ``{n}`` as the number mark."""
    return strip_edges(tidy(phrase.replace("{n}", _NUMBER_MARK)))


def _as_pattern(core: str) -> str:
    return regex.escape(core).replace(_NUMBER_MARK, _NUMBER)


def _pattern_length(core: str) -> tuple[int, str]:
    """How a list orders its phrases, longest pattern last; ties by text,
    so that the order is the same in every run."""
    return len(_as_pattern(core)), core


_ASCII_START = re.compile(r"[\x00-\x7f]*")


@dataclass(frozen=True)
class _Openings:
    """How texts that start with a phrase of a list open, for
    :meth:`PhraseSet.may_start`: the phrases' openings, case-folded, each up
    to its first number or character other than ASCII."""

    #: The openings of the phrases whose first two folded characters are ASCII,
    #: by those two.
    pairs: dict[str, tuple[str, ...]]
    #: The openings of the phrases that fold to one character or have a
    #: number second, by their first character.
    firsts: dict[str, tuple[str, ...]]
    #: Whether a phrase opens with a number.
    number: bool
    #: Whether a phrase opens with a letter the pattern engine equates with
    #: ASCII ones ("ı" with "I"): then only the pattern can tell.
    anything: bool

    def of(self, head: str) -> tuple[str, ...]:
        """The openings a text whose first two characters, ASCII and lower
        case, are ``head`` may start with; ``""`` stands for any opening."""
        found = (*self.pairs.get(head, ()), *self.firsts.get(head[:1], ()))
        if self.anything or (self.number and head[:1].isdigit()):
            found += ("",)
        return found


def _openings(cores: list[str]) -> _Openings:
    pairs: dict[str, list[str]] = {}
    firsts: dict[str, list[str]] = {}
    number = anything = False
    for core in cores:
        folded = core.casefold()
        if folded.startswith(_NUMBER_MARK):
            number = True
            continue
        opening = _ASCII_START.match(folded.split(_NUMBER_MARK, 1)[0]).group()
        head = folded[:2].removesuffix(_NUMBER_MARK)
        if not head.isascii():
            # Such a phrase never matches a text that opens with two ASCII
            # characters, but for the rare letters that the pattern engine
            # equates with ASCII ones ("ı" with "I").
            anything = anything or any(map(_matches_ascii, core[:2]))
        elif len(head) < 2:
            firsts.setdefault(head, []).append(opening)
        else:
            pairs.setdefault(head, []).append(opening)
    return _Openings(
        {head: tuple(found) for head, found in pairs.items()},
        {head: tuple(found) for head, found in firsts.items()},
        number,
        anything,
    )


# Every pair of ASCII letters, for _matches_ascii.
_LETTER_PAIRS = " ".join(a + b for a in string.ascii_letters for b in string.ascii_letters)


def _compile(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern, _FLAGS, cache_pattern=False)


@cache
def _matches_ascii(char: str) -> bool:
    """Whether phrase patterns, ignoring case, match ``char`` to ASCII
    letters although its case folding is not ASCII (they match "ı" to "I")."""
    if char.isascii() or char.casefold().isascii():
        return False
    return _compile(regex.escape(char)).search(_LETTER_PAIRS) is not None


class PhraseSet:
    """The phrases of one kind in some languages, compiled once.

    Phrases are compared with a line's ``core`` (its tidy text without
    leading and trailing bullets, emoji and punctuation), ignoring case.

    >>> prompts = load("comment_prompts", ("en",))
    >>> prompts.whole_line("leave a reply")
    'leave a reply'
    >>> prompts.whole_line("Leave a reply to this man's letter") is None
    True
    """

    def __init__(self, kind: str, phrases: tuple[str, ...]) -> None:
        self.kind = kind
        self.phrases = phrases
        # Longest first, so that a prefix match takes the longest phrase.
        cores = sorted({_normal_core(p) for p in phrases} - {""}, key=_pattern_length)
        cores.reverse()
        self._alternation = "|".join(map(_as_pattern, cores)) or r"(?!)"
        self._openings = _openings(cores)
        # By a text's first two characters: the length of the longest opening
        # it may start with, and those openings.
        self._by_head: dict[str, tuple[int, tuple[str, ...]]] = {}

    # Each pattern is compiled when it is first needed: a large alternation
    # takes the engine long to compile, and many lists need one form only.
    # The engine's own cache is bypassed, as the patterns are kept here; its
    # eviction would use the random module.
    @cached_property
    def _whole(self) -> regex.Pattern[str]:
        return _compile(rf"(?:{self._alternation})")

    @cached_property
    def _prefix(self) -> regex.Pattern[str]:
        return _compile(rf"(?:{self._alternation})(?![\p{{L}}\p{{N}}])")

    @cached_property
    def _word(self) -> regex.Pattern[str]:
        return _compile(rf"(?<![\p{{L}}\p{{N}}])(?:{self._alternation})(?![\p{{L}}\p{{N}}])")

    def compile(self) -> PhraseSet:
        """Compile the list's patterns now rather than when first needed;
        return the list."""
        for pattern in ("_whole", "_prefix", "_word"):
            getattr(self, pattern)  # reading a pattern compiles it
        return self

    def __bool__(self) -> bool:
        return bool(self.phrases)

    def __repr__(self) -> str:
        return f"PhraseSet({self.kind!r}, {len(self.phrases)} phrases)"

    def may_start(self, text: str) -> bool:
        """Whether ``text`` may start with one of the phrases: ``False`` only
        when it certainly does not. A few string comparisons, made before any
        pattern is tried: most lines start with no phrase at all, and a
        pattern of hundreds of phrases in many languages is slow to try.

        When the text's first characters are ASCII, a text that starts with
        a phrase (ignoring case, with full case folding) starts, case-folded,
        with the phrase case-folded: with the opening, up to its first number
        or character other than ASCII, of one of the phrases whose first two
        characters are the text's, or whose first is (a phrase that folds to
        one character or has a number second), or with a digit if a phrase
        opens with a number. (A phrase opening with one of the few letters
        that the pattern engine equates with ASCII ones although their case
        folding is not ASCII, such as "ı" with "I", turns the look off.)
        Texts that open otherwise are not looked at: they may start with one.

        >>> prompts = load("comment_prompts", ("en",))
        >>> prompts.may_start("LEAVE a reply"), prompts.may_start("Rain fell all day.")
        (True, False)
        """
        head = text[:2]
        if not head.isascii():
            return True
        found = self._by_head.get(head)
        if found is None:
            openings = self._openings.of(head.lower())
            found = self._by_head[head] = (max(map(len, openings), default=0), openings)
        longest, openings = found
        if not openings:
            return False
        start = text[:longest]
        return not start.isascii() or start.lower().startswith(openings)

    def whole_line(self, core: str) -> str | None:
        """Return ``core`` if it is exactly one of the phrases, else ``None``."""
        match = self._whole.fullmatch(core) if self.may_start(core) else None
        return match.group() if match else None

    def prefix(self, core: str) -> tuple[str, str] | None:
        """Return ``(phrase, rest)`` if ``core`` starts with one of the
        phrases followed by a non-alphanumeric character or the end.
        """
        match = self._prefix.match(core) if self.may_start(core) else None
        if match is None:
            return None
        return match.group(), core[match.end() :]

    def find_word(self, text: str) -> str | None:
        """Return the first phrase found in ``text`` as whole words, if any
        ("site" is found in "the site's", not in "opposite")."""
        match = self._word.search(text)
        return match.group() if match else None

    def starts(self, text: str) -> bool:
        """Whether ``text`` starts with one of the phrases, even glued to
        what follows ("EmailFacebook")."""
        return self.may_start(text) and self._whole.match(text) is not None

    def remove_words(self, text: str) -> tuple[str, int]:
        """Like :meth:`remove_all`, but only where a phrase stands as whole
        words ("and" in "Facebook and X", not in "Andor")."""
        return self._word.subn(" ", text)

    def remove_all(self, text: str) -> tuple[str, int]:
        """Return ``text`` with every occurrence of a phrase cut out, and how
        many were cut. Meant for short lines only.
        """
        return self._whole.subn(" ", text)


def kinds() -> tuple[str, ...]:
    """The phrase kinds of every language, sorted.

    >>> "comment_prompts" in kinds()
    True
    """
    root = resources.files(__package__)
    return tuple(
        sorted(
            {
                entry.name.removesuffix(".txt")
                for language in available_languages()
                for entry in root.joinpath(language).iterdir()
                if entry.name.endswith(".txt")
            }
        )
    )


@cache
def load(kind: str, languages: tuple[str, ...]) -> PhraseSet:
    """Return the :class:`PhraseSet` of ``kind`` for ``languages``.

    Raises :class:`UnknownLanguageError` for a language with no phrase folder.
    """
    known = available_languages()
    unknown = [lang for lang in languages if lang not in known]
    if unknown:
        raise UnknownLanguageError(
            f"no phrase lists for language(s) {', '.join(map(repr, unknown))}; "
            f"available: {', '.join(known)}. To add one, create "
            f"decruft/phrases/<code>/ with a .txt file per phrase kind."
        )
    phrases: list[str] = []
    for language in languages:
        phrases.extend(_read(language, kind))
    return PhraseSet(kind, tuple(phrases))
