"""The shortcuts that keep cleaning fast must never change what it finds.

A phrase list tries its pattern only on texts whose first two characters
may start one of its phrases, a phrase rule skips judging a line that starts
with none of its phrases, and the whole-page rules skip reading the layout of a text without a long
run of menu-like lines. Both are necessary conditions of what they skip:
these tests check that on clutter-shaped and random lines, and that the
prose measures read ASCII text with their faster patterns as they read any
other text.
"""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from decruft import clean_and_explain, default_pipeline, prose
from decruft.filters.base import PhraseRule
from decruft.layout import LONG_MENU_RUN, has_menu_run, read_layout
from decruft.lines import _QUOTES, _WHITESPACE, read_lines, tidy
from decruft.phrases import PhraseSet, available_languages, load
from tests.test_contract import BLOCKS, PROPERTY

PHRASE_RULES = [f for f in default_pipeline() if isinstance(f, PhraseRule)]
# Phrases of every list, so that lines start with them as clutter does.
PHRASES = sorted(
    {
        phrase
        for rule in PHRASE_RULES
        for kind, s in rule.phrase_sets().items()
        for phrase in s.phrases
    }
)
line_texts = st.one_of(
    st.sampled_from(BLOCKS),
    st.builds(
        lambda lead, phrase, tail: f"{lead}{phrase}{tail}",
        st.sampled_from(["", "✨ ", "• ", "* ", "> ", "'", "12 "]),
        st.sampled_from(PHRASES),
        st.sampled_from(["", ":", " (3)", " »", ": The Night Train Returns", " now.", "s"]),
    ),
    st.text(max_size=30),
)


KINDS = sorted({kind for rule in PHRASE_RULES for kind in rule.phrase_sets() if kind != "*"})
# Letters that case folding or the pattern engine treat in special ways.
TRICKY = "ıIİißSsſKkǅǆDŉ'ʼ\u0307ﬁ\U0001df95Σσς"
# Texts that open as phrases do, with their case changed letter by letter.
openings = st.one_of(
    st.builds(
        lambda phrase, upper, tail: (
            "".join(c.upper() if flip else c for c, flip in zip(phrase, upper, strict=False))
            + phrase[len(upper) :]
            + tail
        ),
        st.sampled_from(PHRASES).map(lambda phrase: phrase.replace("{n}", "12")),
        st.lists(st.booleans(), max_size=12),
        st.sampled_from(["", " now", ":", "s", "ing"]),
    ),
    st.text(alphabet=TRICKY + "abc12 ", max_size=6),
    st.text(max_size=12),
)


@PROPERTY
@given(st.sampled_from(KINDS), openings)
def test_a_phrase_list_finds_what_its_pattern_alone_finds(kind: str, text: str) -> None:
    phrases = load(kind, available_languages())
    assert phrases.starts(text) == (phrases._whole.match(text) is not None)
    whole = phrases._whole.fullmatch(text)
    assert phrases.whole_line(text) == (whole.group() if whole else None)
    prefix = phrases._prefix.match(text)
    expected = (prefix.group(), text[prefix.end() :]) if prefix else None
    assert phrases.prefix(text) == expected


@PROPERTY
@given(st.text(alphabet=TRICKY + "ab{n} ", min_size=1, max_size=5), st.text(TRICKY + "ab1 "))
def test_a_phrase_of_special_letters_is_found_as_its_pattern_finds_it(
    phrase: str, text: str
) -> None:
    phrases = PhraseSet("test", (phrase,))
    assert phrases.starts(text) == (phrases._whole.match(text) is not None)


def test_a_dotless_i_phrase_is_found_in_capitals() -> None:
    # The pattern engine matches "ı" to "I" although "ı" folds to itself.
    assert PhraseSet("test", ("ılık",)).starts("ILIK su")


@PROPERTY
@given(st.lists(line_texts, min_size=1, max_size=20))
def test_a_phrase_rules_verdict_is_its_judgement(texts: list[str]) -> None:
    lines = read_lines("\n".join(texts))
    for rule in PHRASE_RULES:
        sets = rule.phrase_sets()
        for line in lines:
            assert rule.verdict(line, sets) == rule.judge(line, sets), (rule.name, line.text)


menu_or_prose = st.one_of(
    st.sampled_from(["Home", "News", "About Us", "Log in", "Contact", "* Sport", "Video"]),
    st.sampled_from(BLOCKS),
    st.text(max_size=30),
)


@PROPERTY
@given(st.lists(menu_or_prose, max_size=40), st.integers(min_value=2, max_value=LONG_MENU_RUN))
def test_a_text_without_a_menu_run_has_none_in_its_layout(texts: list[str], length: int) -> None:
    lines = read_lines("\n".join(texts))
    if not has_menu_run(lines, length):
        assert True not in read_layout(lines, length).in_menus


@PROPERTY
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_ascii_text_is_measured_as_any_text_is(text: str) -> None:
    # The engine-neutral readings of prose.py, applied without its ASCII path.
    starts = prose._WORD_START_CASE.findall(text)
    lower = sum(1 for start in starts if start)
    share = lower / len(starts) if starts else None
    assert prose.words(text) == float(len(prose._WORD.findall(text)))
    assert prose.lower_share(text) == share
    normal = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    assert tidy(text) == _WHITESPACE.sub(" ", normal).strip()


def test_a_text_cleaned_again_reads_its_own_lines() -> None:
    # Caches keyed by a text's lines must hand back readings (indices,
    # weights), never the lines of an equal text cleaned before: the engine
    # takes only lines of the page it gave a filter.
    text = "\n".join([*BLOCKS[:12], "The ferry made its first crossing on Monday morning."])
    first = clean_and_explain(text)
    assert clean_and_explain(text) == first
    assert clean_and_explain(text, default_pipeline()) == first
