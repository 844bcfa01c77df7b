"""Shapes of lines: is this a headline, a truncated teaser, a list item?

These tests read one line's ``plain`` text and know no phrases, so they
work the same in every language. All of them run in time linear in the
length of the line.
"""

from __future__ import annotations

import math

import regex

#: Longest line, in characters, that can still be a headline or teaser title.
MAX_HEADLINE_CHARS = 200
#: Most words a headline or teaser title can have.
MAX_HEADLINE_WORDS = 25
#: Longest headline, in characters, in scripts written without spaces.
MAX_SPACELESS_HEADLINE_CHARS = 60

_SENTENCE_END = frozenset(".!?。！？‼⁇⁈⁉؟।")
_LEAD_IN_END = frozenset(":;,：；，、")
_CLOSERS = "\"')]}»›’”"
_ELLIPSIS = regex.compile(r"(?:\.{3,}|…)\s*[\]\)]?$")
_LIST_ITEM = regex.compile(r"^(?:[-*+•·‣◦▪▸►–—✓✔]\s|\(?\d{1,3}[.)]\s|\(?[a-zA-Z][.)]\s)")
_LETTER = regex.compile(r"\p{L}")
# A word of six letters or more that starts in lower case.
_LONG_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{N}'’-])\p{Ll}\p{L}{5,}")
_SPACELESS_SCRIPT = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Hangul}]")


def word_count(text: str) -> int:
    """Number of words in ``text``: the whitespace-separated ones, where a
    run of a script written without spaces (Chinese, Japanese, Korean,
    Thai) counts half a word per character, rounded up, as
    :func:`decruft.prose.words` counts it.

    >>> word_count("Share this article")
    3
    >>> word_count("分享到微博")
    3
    """
    if text.isascii():
        return len(text.split())
    spaceless = len(_SPACELESS_SCRIPT.findall(text))
    if not spaceless:
        return len(text.split())
    return len(_SPACELESS_SCRIPT.sub(" ", text).split()) + math.ceil(spaceless / 2)


def ends_with_ellipsis(text: str) -> bool:
    """Whether ``text`` ends with ``...``, ``…`` or a bracketed ``[…]``.

    >>> ends_with_ellipsis("As soon as the principal took one look at…")
    True
    >>> ends_with_ellipsis("It was over.")
    False
    """
    return _ELLIPSIS.search(text[-12:]) is not None


def without_list_marker(text: str) -> str:
    """Return ``text`` without leading whitespace and its bullet or item number.

    >>> without_list_marker("  - Tapas on Calle Navas")
    'Tapas on Calle Navas'
    """
    text = text.lstrip()
    marker = _LIST_ITEM.match(text)
    return text[marker.end() :].lstrip() if marker else text


def is_list_item(text: str) -> bool:
    """Whether ``text`` starts with a bullet or an item number.

    >>> is_list_item("  • Secrecy: If an officer finds themselves saying")
    True
    >>> is_list_item("1. Criminal Charges")
    True
    """
    return _LIST_ITEM.match(text.lstrip()) is not None


def is_title_case(text: str) -> bool:
    """Whether the longer words of ``text`` are capitalised, as in headlines.

    Words of four letters or more count; at least two of them are needed
    and four in five must start with a capital.

    >>> is_title_case("The Hidden Dangers of Inmate-Officer Relationships.")
    True
    >>> is_title_case("The officers were arrested on Monday.")
    False
    """
    significant = capitalised = 0
    for word in text.split():
        word = word.strip(_CLOSERS + "\"'(“‘«‹¿¡")
        if sum(ch.isalpha() for ch in word) < 4 or not word[:1].isalpha():
            continue
        significant += 1
        capitalised += word[0].isupper()
    return significant >= 2 and capitalised * 5 >= significant * 4


def is_headline(text: str, *, allow_bullet: bool = False) -> bool:
    """Whether ``text`` is shaped like a headline or a teaser title.

    A headline is short (at most 25 words and 200 characters; 60 characters
    in scripts written without spaces), has at least two words (or four
    characters in such scripts), its first letter is not lower case (a
    line of hard-wrapped prose often starts with one), does not end like a lead-in
    (``:``, ``,``, ``;``), and either has no sentence-final punctuation, is
    in Title Case with no long word (six letters or more) in lower case, or
    is cut off with an ellipsis and has no comma.

    >>> is_headline("Prison officer having relationship with inmate: Why it happens")
    True
    >>> is_headline("The Hidden Dangers of Inmate-Officer Relationships.")
    True
    >>> is_headline("But this is just one of many similar cases.")
    False
    >>> is_headline("Die Hafenbehörde reparierte das Dach der Markthalle vor dem Besuch.")
    False
    >>> is_headline("Officers involved in misconduct often face:")
    False
    >>> is_headline("It started, as these things often do, with a call…")
    False
    >>> is_headline("or django.forms.ModelForm. You can think of ModelForm as a")
    False
    """
    text = text.strip()
    if not text or len(text) > MAX_HEADLINE_CHARS:
        return False
    first_letter = _LETTER.search(text)
    if first_letter is None or first_letter.group().islower():
        return False
    if not allow_bullet and is_list_item(text):
        return False
    words = word_count(text)
    if _SPACELESS_SCRIPT.search(text):
        if len(text) > MAX_SPACELESS_HEADLINE_CHARS or (words < 2 and len(text) < 4):
            return False
    elif not 2 <= words <= MAX_HEADLINE_WORDS:
        return False
    if ends_with_ellipsis(text):
        # Cut-off headlines rarely hold a clause comma; cut-off prose does.
        return "," not in text or is_title_case(text)
    last = text.rstrip(_CLOSERS)[-1:] or text[-1]
    if last in _LEAD_IN_END:
        return False
    if last in _SENTENCE_END:
        # A sentence in a language that capitalises nouns (German) reads as
        # Title Case but for its verbs: a long word in lower case tells it.
        return is_title_case(text) and not _LONG_LOWER_WORD.search(text)
    return True
