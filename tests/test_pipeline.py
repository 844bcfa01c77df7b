"""The pipeline: building, changing, custom filters, and errors."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from decruft import (
    Line,
    Page,
    Pipeline,
    PipelineError,
    clean,
    clean_and_explain,
    default_pipeline,
)
from decruft.filters import Advertisements, MarkupDebris, line_rule
from decruft.phrases import UnknownLanguageError

ARTICLE = "\n".join(
    [
        "A Quiet Revolution in City Parks",
        "",
        "The parks department planted four hundred trees this spring, most of them "
        "along the river, where the old warehouses used to stand.",
        "",
        "Advertisement",
        "",
        "Residents say the new paths are busy from dawn until well after dark.",
        "",
        "Leave a comment",
    ]
)


@dataclass(frozen=True)
class DropLinesContaining:
    """A custom filter: removes lines containing a word."""

    word: str
    name: str = "drop_word"

    def find(self, page: Page) -> Iterator[tuple[Line, str]]:
        for line in page.lines:
            if self.word in line.text:
                yield line, f"contains {self.word!r}"


def test_default_pipeline_names_are_unique_and_stable() -> None:
    names = default_pipeline().names
    assert len(names) == len(set(names)) == 21
    assert names[0] == "markup_debris" and names[-1] == "duplicate_lines"


def test_default_pipeline_is_a_fresh_equal_value() -> None:
    assert default_pipeline() == default_pipeline()


def test_without_drops_a_filter_by_name() -> None:
    pipeline = default_pipeline().without("advertisements", "comment_prompts")
    assert "advertisements" not in pipeline and "comment_prompts" not in pipeline
    text = clean(ARTICLE, pipeline)
    assert "Advertisement" in text and "Leave a comment" in text


def test_without_title_keeps_the_headline() -> None:
    result = clean_and_explain(ARTICLE, default_pipeline().without("title"))
    assert result.title is None
    assert result.text.startswith("A Quiet Revolution in City Parks")


def test_replace_swaps_a_filter_in_place() -> None:
    custom = DropLinesContaining("warehouses", name="advertisements")
    pipeline = default_pipeline().replace("advertisements", custom)
    assert pipeline.names == default_pipeline().names
    result = clean_and_explain(ARTICLE, pipeline)
    assert "Advertisement" in result.text
    assert [r.reason for r in result.removed if r.rule == "advertisements"] == [
        "contains 'warehouses'"
    ]


def test_insert_before_and_after() -> None:
    base = default_pipeline()
    before = base.insert(DropLinesContaining("x"), before="title")
    after = base.insert(DropLinesContaining("x"), after="title")
    assert before.names.index("drop_word") == base.names.index("title")
    assert after.names.index("drop_word") == base.names.index("title") + 1
    assert base.insert(DropLinesContaining("x")).names[-1] == "drop_word"


def test_custom_filter_removals_are_explained() -> None:
    pipeline = default_pipeline().insert(DropLinesContaining("busy"))
    result = clean_and_explain(ARTICLE, pipeline)
    assert "busy" not in result.text
    (removal,) = [r for r in result.removed if r.rule == "drop_word"]
    assert removal.line_number == 7 and removal.reason == "contains 'busy'"


def test_line_rule_decorator_builds_a_filter() -> None:
    @line_rule("no_paths")
    def no_paths(line: Line) -> str | None:
        return "mentions paths" if "paths" in line.text else None

    assert "paths" not in clean(ARTICLE, default_pipeline().insert(no_paths))


def test_a_plain_list_of_filters_is_a_pipeline() -> None:
    assert clean("Advertisement\nText stays.", [Advertisements()]) == "Text stays."
    assert clean(">\nText stays.", (MarkupDebris(),)) == "Text stays."


def test_empty_pipeline_keeps_everything_but_blank_runs() -> None:
    assert clean("a\n\n\n\nb  \n\n", Pipeline([])) == "a\n\nb"


@pytest.mark.parametrize(
    "call",
    [
        lambda p: p.without("no_such_rule"),
        lambda p: p.replace("no_such_rule", MarkupDebris()),
        lambda p: p.insert(MarkupDebris(), before="no_such_rule"),
        lambda p: p.insert(DropLinesContaining("x"), after="no_such_rule"),
        lambda p: p["no_such_rule"],
    ],
)
def test_unknown_names_fail_listing_the_valid_ones(call) -> None:
    with pytest.raises(PipelineError, match="no_such_rule") as info:
        call(default_pipeline())
    assert "related_posts" in str(info.value) and "duplicate_lines" in str(info.value)


def test_duplicate_names_fail_when_built() -> None:
    with pytest.raises(PipelineError, match="duplicate filter name 'markup_debris'") as info:
        default_pipeline().insert(MarkupDebris())
    assert "related_posts" in str(info.value) and "replace()" in str(info.value)
    with pytest.raises(PipelineError, match="duplicate"):
        Pipeline([MarkupDebris(), MarkupDebris()])


def test_insert_with_both_before_and_after_fails() -> None:
    with pytest.raises(PipelineError, match="not both"):
        default_pipeline().insert(DropLinesContaining("x"), before="title", after="title")


@pytest.mark.parametrize("bad", [object(), "markup_debris", 3])
def test_non_filters_are_rejected(bad: object) -> None:
    with pytest.raises(PipelineError, match="is not a filter"):
        Pipeline([bad])  # type: ignore[list-item]


def test_a_pipeline_argument_of_the_wrong_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="default_pipeline"):
        clean("text", pipeline=42)  # type: ignore[arg-type]


def test_a_filter_naming_a_foreign_line_is_an_error() -> None:
    @dataclass(frozen=True)
    class Liar:
        name: str = "liar"

        def find(self, page: Page) -> Iterator[tuple[Line, str]]:
            yield Line(999, "not on the page", "not on the page", "not on the page", False), "?"

    with pytest.raises(PipelineError, match="'liar' named a line that is not on the page"):
        clean("one line", [Liar()])


def test_filters_see_only_lines_still_kept() -> None:
    seen: list[list[str]] = []

    @dataclass(frozen=True)
    class Spy:
        name: str = "spy"

        def find(self, page: Page) -> Iterator[tuple[Line, str]]:
            seen.append([line.text for line in page.lines])
            return iter(())

    clean("Advertisement\nKept line.", [Advertisements(), Spy()])
    assert seen[0] == ["Kept line."]


def test_pipeline_filter_lookup_and_repr() -> None:
    pipeline = default_pipeline()
    assert pipeline["title"].name == "title"
    assert len(pipeline) == 21 and next(iter(pipeline)).name == "markup_debris"
    assert repr(pipeline).startswith("Pipeline(markup_debris, page_frame, page_footer, opening")


def test_the_default_pipeline_can_read_some_languages_only() -> None:
    pipeline = default_pipeline(languages=["en", "de"])
    assert pipeline.names == default_pipeline().names
    assert pipeline["comment_prompts"].languages == ("en", "de")
    german = "Die Abstimmung fand am Dienstag statt.\n\nSchreibe einen Kommentar"
    assert clean(german, pipeline) == "Die Abstimmung fand am Dienstag statt."
    assert clean(german, default_pipeline(languages=["en"])) == german


@pytest.mark.parametrize(
    ("languages", "error", "message"),
    [
        ("en", TypeError, "a list of codes"),
        ([], ValueError, "at least one language"),
        (["en", "xx"], UnknownLanguageError, "'xx'; available: de, en"),
    ],
)
def test_languages_that_cannot_work_are_refused_when_built(
    languages: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        default_pipeline(languages=languages)  # type: ignore[arg-type]
