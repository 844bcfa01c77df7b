"""The pytest plugin, run inside throwaway test sessions (pytester)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

ARTICLE = (
    "The council approved the budget on Tuesday after a long debate.\n\n"
    "Most members said the compromise was the best they could hope for.\n"
)
DIRTY = ARTICLE + "\nLeave a comment\n"


def test_the_plugin_is_registered_by_its_entry_point(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        def test_plugin(request):
            assert request.config.pluginmanager.has_plugin("decruft")
        """
    )
    pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=1)


def test_loading_the_plugin_imports_no_cleaning_code(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import sys

        def test_nothing_imported():
            heavy = ("decruft.core", "trafilatura", "hypothesis")
            assert [name for name in heavy if name in sys.modules] == []
        """
    )
    # A separate process: this one has imported decruft already.
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:hypothesispytest")
    result.assert_outcomes(passed=1)


def test_decruft_clean_uses_the_pipeline_a_conftest_gives(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(
        """
        import pytest
        from decruft import default_pipeline

        @pytest.fixture
        def decruft_pipeline():
            return default_pipeline().without("comment_prompts")
        """
    )
    pytester.makepyfile(
        f"""
        def test_default_pipeline_overridden(decruft_clean):
            assert decruft_clean({DIRTY!r}).endswith("Leave a comment")

        def test_input_format_passes_through(decruft_clean):
            markup = "<b>Leave a comment</b>"
            assert decruft_clean(markup, input_format="text") == markup
        """
    )
    pytester.runpytest().assert_outcomes(passed=2)


def test_decruft_clean_cleans_with_the_default_pipeline(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        f"""
        def test_clean(decruft_clean, decruft_pipeline):
            assert "comment_prompts" in decruft_pipeline
            assert decruft_clean({DIRTY!r}) == {ARTICLE.strip()!r}
        """
    )
    pytester.runpytest().assert_outcomes(passed=1)


GOLDEN_TEST = """
def test_story(decruft_golden):
    decruft_golden.check("pages/story.txt")
"""


def _golden_project(pytester: pytest.Pytester) -> Path:
    pytester.makepyfile(test_golden=GOLDEN_TEST)
    pages = pytester.path / "pages"
    pages.mkdir()
    (pages / "story.txt").write_text(DIRTY, encoding="utf-8")
    return pages / "story.expected.txt"


def test_the_first_golden_run_writes_the_expected_file_and_fails(
    pytester: pytest.Pytester,
) -> None:
    expected = _golden_project(pytester)
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*decruft_golden: wrote *story.expected.txt*Read it*"])
    assert expected.read_text(encoding="utf-8") == ARTICLE.strip() + "\n"
    pytester.runpytest().assert_outcomes(passed=1)


def test_a_golden_difference_fails_with_the_rule_behind_it(pytester: pytest.Pytester) -> None:
    expected = _golden_project(pytester)
    expected.write_text(DIRTY, encoding="utf-8")
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*- Leave a comment",
            "*line 5 removed by comment_prompts: comment or reply prompt*",
            "*run pytest --decruft-update*",
        ]
    )
    # The failure points at the user's test, not at the plugin's code.
    result.stdout.fnmatch_lines(["*test_golden.py:2: Failed"])
    assert expected.read_text(encoding="utf-8") == DIRTY


def test_blank_lines_and_edge_spaces_do_not_make_a_difference(pytester: pytest.Pytester) -> None:
    expected = _golden_project(pytester)
    expected.write_text("\n  " + ARTICLE.replace("\n\n", "\n\n\n") + "  \n\n", encoding="utf-8")
    pytester.runpytest().assert_outcomes(passed=1)


def test_update_rewrites_only_what_differs_and_fails_for_review(
    pytester: pytest.Pytester,
) -> None:
    expected = _golden_project(pytester)
    expected.write_text(DIRTY, encoding="utf-8")
    result = pytester.runpytest("--decruft-update")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*decruft_golden: rewrote *story.expected.txt*"])
    assert expected.read_text(encoding="utf-8") == ARTICLE.strip() + "\n"
    written = expected.stat().st_mtime_ns
    pytester.runpytest("--decruft-update").assert_outcomes(passed=1)
    assert expected.stat().st_mtime_ns == written
    assert not list(expected.parent.glob(".*.part"))


def test_golden_reads_html_and_names_the_expected_file_after_it(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(
        """
        def test_page(decruft_golden):
            assert decruft_golden.expected_path("page.html").name == "page.expected.txt"
            decruft_golden.check("page.html")
        """
    )
    body = "".join(f"<p>{line}</p>" for line in ARTICLE.split("\n\n"))
    (pytester.path / "page.html").write_text(
        f"<html><body><article>{body}</article></body></html>", encoding="utf-8"
    )
    (pytester.path / "page.expected.txt").write_text(ARTICLE, encoding="utf-8")
    pytester.runpytest().assert_outcomes(passed=1)


def test_golden_of_a_missing_file_says_which(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(GOLDEN_TEST)
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*decruft_golden: no file *story.txt to clean*"])
    assert not (pytester.path / "pages").exists()


def test_the_help_names_the_update_option(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("--help")
    result.stdout.fnmatch_lines(["*--decruft-update*"])


@pytest.mark.skipif(sys.platform == "win32", reason="file modes are POSIX")
def test_a_written_expected_file_gets_the_usual_mode(pytester: pytest.Pytester) -> None:
    expected = _golden_project(pytester)
    pytester.runpytest().assert_outcomes(failed=1)
    assert expected.stat().st_mode & 0o044 == 0o044
