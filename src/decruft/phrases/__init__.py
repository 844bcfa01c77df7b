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

from functools import cache
from importlib import resources

import regex

from decruft.lines import strip_edges, tidy

__all__ = [
    "PhraseSet",
    "UnknownLanguageError",
    "available_languages",
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


def _as_pattern(phrase: str) -> str:
    core = strip_edges(tidy(phrase.replace("{n}", _NUMBER_MARK)))
    return regex.escape(core).replace(_NUMBER_MARK, _NUMBER)


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
        patterns = sorted({_as_pattern(p) for p in phrases if strip_edges(tidy(p))}, key=len)
        # Longest first, so that a prefix match takes the longest phrase.
        alternation = "|".join(reversed(patterns)) or r"(?!)"
        self._whole = regex.compile(rf"(?:{alternation})", _FLAGS)
        self._prefix = regex.compile(rf"(?:{alternation})(?![\p{{L}}\p{{N}}])", _FLAGS)
        self._word = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?:{alternation})(?![\p{{L}}\p{{N}}])", _FLAGS
        )

    def __bool__(self) -> bool:
        return bool(self.phrases)

    def __repr__(self) -> str:
        return f"PhraseSet({self.kind!r}, {len(self.phrases)} phrases)"

    def whole_line(self, core: str) -> str | None:
        """Return ``core`` if it is exactly one of the phrases, else ``None``."""
        match = self._whole.fullmatch(core)
        return match.group() if match else None

    def prefix(self, core: str) -> tuple[str, str] | None:
        """Return ``(phrase, rest)`` if ``core`` starts with one of the
        phrases followed by a non-alphanumeric character or the end.
        """
        match = self._prefix.match(core)
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
        return self._whole.match(text) is not None

    def remove_words(self, text: str) -> tuple[str, int]:
        """Like :meth:`remove_all`, but only where a phrase stands as whole
        words ("and" in "Facebook and X", not in "Andor")."""
        return self._word.subn(" ", text)

    def remove_all(self, text: str) -> tuple[str, int]:
        """Return ``text`` with every occurrence of a phrase cut out, and how
        many were cut. Meant for short lines only.
        """
        return self._whole.subn(" ", text)


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
