"""decruft.testing: the assertions scraper authors call, and the bundled cases."""

from __future__ import annotations

import pytest

from decruft import clean_and_explain, default_pipeline
from decruft.testing import (
    assert_clean,
    assert_kept,
    assert_no_cruft,
    assert_removed,
    cases,
    cleaning_diff,
)

pytest_plugins = ["pytester"]

FIRST = "The council approved the budget on Tuesday after a long debate."
SECOND = "Most members said the compromise was the best they could hope for."
PROMO = "✨ Don't miss: Ten Things You Never Knew About City Hall"
PAGE = f"{FIRST}\n\n{PROMO}\n\n{SECOND}\n\nLeave a comment\n"
HARD_NEGATIVE = "You can read more about the ruling in the court's 40-page decision."


def test_assert_clean_passes_on_the_clean_body() -> None:
    assert_clean(PAGE, f"{FIRST}\n{SECOND}")
    assert_clean(PAGE, f"\n  {FIRST}  \n\n\n{SECOND}\n\n")


def test_assert_clean_shows_the_rule_behind_a_missing_line() -> None:
    with pytest.raises(AssertionError) as failure:
        assert_clean(PAGE, f"{FIRST}\n{PROMO}\n{SECOND}")
    message = str(failure.value)
    assert f"- {PROMO}" in message
    assert "line 3 removed by promo_lines:" in message
    assert f"  {FIRST}" in message


def test_assert_clean_shows_a_kept_line_and_a_line_not_in_the_input() -> None:
    with pytest.raises(AssertionError) as failure:
        assert_clean(f"{FIRST}\n\nPlease share your thoughts below.", f"{FIRST}\n{SECOND}")
    message = str(failure.value)
    assert "+ Please share your thoughts below.\n    kept: no rule removed it" in message
    assert f"- {SECOND}\n    not in the input" in message


def test_assert_clean_with_a_pipeline_of_ones_own() -> None:
    pipeline = default_pipeline().without("promo_lines")
    assert_clean(PAGE, f"{FIRST}\n{PROMO}\n{SECOND}", pipeline=pipeline)


def test_assert_no_cruft_names_each_line_rule_and_reason() -> None:
    assert_no_cruft(f"{FIRST}\n\n{HARD_NEGATIVE}\n\n{SECOND}")
    with pytest.raises(AssertionError) as failure:
        assert_no_cruft(PAGE)
    message = str(failure.value)
    assert message.startswith("2 lines of the text would be removed:")
    assert f"line 3: {PROMO!r}\n    removed by promo_lines:" in message
    assert "line 7: 'Leave a comment'\n    removed by comment_prompts:" in message


def test_assert_kept_by_text_and_by_number() -> None:
    assert_kept(PAGE, FIRST)
    assert_kept(PAGE, f"  {SECOND} ")
    assert_kept(PAGE, 5)
    with pytest.raises(AssertionError, match=r"was removed:\n.*line 3.*\n.*promo_lines"):
        assert_kept(PAGE, PROMO)
    with pytest.raises(AssertionError, match="line 7 was removed"):
        assert_kept(PAGE, 7)


def test_assert_kept_accepts_a_repeated_line_whose_first_copy_stays() -> None:
    text = f"{FIRST}\n{FIRST}\n\n{SECOND}"
    assert_kept(text, FIRST)
    with pytest.raises(AssertionError, match="line 2 was removed"):
        assert_kept(text, 2)


def test_assert_removed_by_any_rule_or_by_the_named_one() -> None:
    assert_removed(PAGE, PROMO)
    assert_removed(PAGE, PROMO, rule="promo_lines")
    assert_removed(PAGE, 7, "comment_prompts")
    with pytest.raises(AssertionError, match="removed by another rule than related_posts"):
        assert_removed(PAGE, PROMO, rule="related_posts")
    with pytest.raises(AssertionError, match="was kept: no rule removed it"):
        assert_removed(f"{FIRST}\n\n{HARD_NEGATIVE}", HARD_NEGATIVE)
    with pytest.raises(AssertionError, match=r"line 1 \('The council.*'\) was kept"):
        assert_removed(PAGE, 1)


def test_assert_removed_fails_while_a_copy_of_the_line_stays() -> None:
    text = f"{FIRST}\n{FIRST}\n\n{SECOND}"
    assert_removed(text, 2, rule="duplicate_lines")
    with pytest.raises(AssertionError, match="these copies of it were removed"):
        assert_removed(text, FIRST)


@pytest.mark.parametrize(
    ("line", "error", "message"),
    [
        ("Not in the page at all.", ValueError, "is not in the text"),
        ("", ValueError, "needs one non-blank line"),
        ("two\nlines", ValueError, "needs one non-blank line"),
        (0, ValueError, "line 0 is not a line with text; the text has 7 lines"),
        (2, ValueError, "line 2 is not a line with text"),
        (99, ValueError, "line 99 is not a line with text"),
        (True, TypeError, "got bool"),
        (b"Leave a comment", TypeError, "got bytes"),
    ],
)
def test_a_line_that_is_not_there_is_a_clear_error(
    line: object, error: type[Exception], message: str
) -> None:
    for assertion in (assert_kept, assert_removed):
        with pytest.raises(error, match=message):
            assertion(PAGE, line)  # type: ignore[arg-type]


def test_a_text_that_is_not_a_str_is_a_type_error() -> None:
    with pytest.raises(TypeError, match=r"assert_clean\(\) needs dirty as a str, got bytes"):
        assert_clean(PAGE.encode(), FIRST)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"assert_no_cruft\(\) needs text as a str, got NoneType"):
        assert_no_cruft(None)  # type: ignore[arg-type]


def test_cleaning_diff_cuts_long_agreement_short() -> None:
    paragraphs = [f"Paragraph {n} of the report says what the council decided." for n in range(9)]
    result = clean_and_explain("\n\n".join([*paragraphs, "Leave a comment"]))
    diff = cleaning_diff(result, "\n".join([*paragraphs, "Leave a comment"]))
    assert diff.splitlines() == [
        f"  {paragraphs[0]}",
        f"  {paragraphs[1]}",
        "  … 5 lines that agree …",
        f"  {paragraphs[7]}",
        f"  {paragraphs[8]}",
        "- Leave a comment",
        '    line 19 removed by comment_prompts: comment or reply prompt "Leave a comment"',
    ]


def test_cleaning_diff_is_empty_when_the_lines_agree() -> None:
    result = clean_and_explain(PAGE)
    assert cleaning_diff(result, f"{FIRST}\n\n{SECOND}\n") == ""


def test_a_failure_points_at_the_users_test(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        f"""
        from decruft.testing import assert_removed

        def test_users():
            text = {HARD_NEGATIVE!r} + "\\n\\nThe vote was held on Tuesday."
            assert_removed(text, {HARD_NEGATIVE!r})
        """
    )
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*assert_removed(text, *", "E *was kept: no rule removed it"])
    assert "testing.py" not in result.stdout.str()


def test_bundled_cases_cover_every_rule() -> None:
    found = cases()
    rules: set[str] = set()
    for case in found:
        rules.update(clean_and_explain(case.dirty).counts())
    assert sorted(set(default_pipeline().names) - rules) == []
    assert cases("en") == [case for case in found if case.language == "en"]
    assert cases("xx") == []
