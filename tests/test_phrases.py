"""Phrase lists: loading, matching modes, languages."""

from __future__ import annotations

from importlib import resources

import pytest

from decruft import clean
from decruft.filters import CommentPrompts
from decruft.phrases import PhraseSet, UnknownLanguageError, available_languages, load


def test_english_is_available_and_every_list_has_phrases() -> None:
    assert "en" in available_languages()
    folder = resources.files("decruft.phrases").joinpath("en")
    kinds = [entry.name.removesuffix(".txt") for entry in folder.iterdir()]
    assert len(kinds) >= 20
    for kind in kinds:
        assert load(kind, ("en",)), f"{kind}.txt has no phrases"


def test_unknown_language_says_which_exist_and_how_to_add_one() -> None:
    with pytest.raises(UnknownLanguageError, match="'xx'") as info:
        load("comment_prompts", ("en", "xx"))
    assert "available: de, en, es, fr, it, ja, nl, pl, pt, ru, zh" in str(info.value)
    assert "create" in str(info.value)


def test_a_filter_with_an_unknown_language_fails_when_it_runs() -> None:
    with pytest.raises(UnknownLanguageError):
        clean("Leave a comment", [CommentPrompts(languages=("xx",))])


def test_a_kind_missing_for_a_language_is_an_empty_list() -> None:
    assert not load("no_such_kind", ("en",))


def test_comments_and_blank_lines_are_ignored() -> None:
    phrases = load("comment_prompts", ("en",)).phrases
    assert all(not p.startswith("#") and p.strip() == p and p for p in phrases)


def test_number_placeholder_matches_grouped_numbers() -> None:
    counters = PhraseSet("test", ("{n} comments", "comments ({n})"))
    assert counters.whole_line("1,234 comments")
    assert counters.whole_line("Comments (12)")
    assert not counters.whole_line("many comments")


def test_matching_ignores_case_and_quote_styles() -> None:
    phrases = PhraseSet("test", ("don't miss",))
    assert phrases.whole_line("DON'T MISS")
    assert phrases.prefix("Don't miss: A Headline") == ("Don't miss", ": A Headline")


def test_prefix_takes_the_longest_phrase_and_needs_a_word_boundary() -> None:
    phrases = PhraseSet("test", ("read", "read more"))
    assert phrases.prefix("Read more: Title") == ("Read more", ": Title")
    assert phrases.prefix("Readers wrote in") is None


def test_find_word_needs_whole_words() -> None:
    words = PhraseSet("test", ("site",))
    assert words.find_word("the site's rules") == "site"
    assert words.find_word("the bakery opposite") is None


def test_literal_phrases_are_escaped() -> None:
    phrases = PhraseSet("test", ("a.b (c)",))
    assert phrases.whole_line("a.b (c)")
    assert not phrases.whole_line("axb (c)")
