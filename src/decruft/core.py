"""The engine: run a pipeline over a text and assemble the clean body."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from types import MappingProxyType

import regex

from decruft.fences import in_fenced_code
from decruft.html import (
    HtmlLookalike,
    InputFormat,
    check_input_format,
    extract,
    looks_like_html,
)
from decruft.lines import Line, read_lines
from decruft.pipeline import Filter, Page, Pipeline, PipelineError, default_pipeline
from decruft.repeats import RepeatProfile, SiteRepeats
from decruft.result import Removal, Result

__all__ = ["MAX_PASSES", "clean", "clean_and_explain"]

# A Markdown heading's marks ("## Title", "# Title #"): not part of a title.
_MARKDOWN_HEADING = regex.compile(r"^#{1,6}[ \t]+|[ \t]+#+$")
#: How many times the pipeline may run over its own output. Cleaning stops
#: as soon as a pass removes nothing, which is what makes ``clean``
#: idempotent; the built-in filters settle in one or two passes.
MAX_PASSES = 4


def clean(
    text: str,
    pipeline: Pipeline | Iterable[Filter] | None = None,
    *,
    input_format: InputFormat = "auto",
    repeats: RepeatProfile | None = None,
) -> str:
    """Return the clean article body of a scraped page: plain text or HTML.

    The result keeps the text's article lines verbatim (minus trailing
    whitespace), in order, with runs of blank lines collapsed to one. HTML
    (``input_format="html"``, or detected under ``"auto"``) is first turned
    into text with trafilatura; ``"text"`` never looks for HTML. With
    ``repeats`` (:func:`decruft.learn_repeats` on the site's pages), the
    ``site_repeats`` rule runs after the others and removes the runs of
    lines the site prints on many of its pages.

    >>> print(clean("Leave a comment\\n\\nThe vote was held on Tuesday.\\n\\n>"))
    The vote was held on Tuesday.
    """
    _require_str(text, "clean")
    return _clean(text, pipeline, input_format, repeats, title=False).text


def clean_and_explain(
    text: str,
    pipeline: Pipeline | Iterable[Filter] | None = None,
    *,
    input_format: InputFormat = "auto",
    repeats: RepeatProfile | None = None,
) -> Result:
    """Clean ``text`` like :func:`clean` and say what was removed and why.

    >>> result = clean_and_explain("Vote held on Tuesday.\\n\\nLeave a Reply")
    >>> result.text
    'Vote held on Tuesday.'
    >>> result.removed[0].rule, result.removed[0].line_number
    ('comment_prompts', 3)

    For HTML, the removed lines and their numbers are those of the text
    extracted from the page, and ``title`` falls back on the page's own.
    """
    _require_str(text, "clean_and_explain")
    return _clean(text, pipeline, input_format, repeats)


def _clean(
    text: str, pipeline: object, input_format: object, repeats: object, *, title: bool = True
) -> Result:
    chosen = check_input_format(input_format)
    filters = _as_pipeline(pipeline)
    if repeats is not None:
        if not isinstance(repeats, RepeatProfile):
            raise TypeError(
                f"repeats must be a decruft.RepeatProfile, got {type(repeats).__name__}; "
                "make one with decruft.learn_repeats(pages)"
            )
        filters = filters.insert(SiteRepeats(repeats))
    if chosen == "text":
        return _run(text, filters)
    # Whenever a call may detect HTML, the clean text must not read as HTML,
    # or cleaning it again would take the other route.
    if HtmlLookalike.name not in filters:
        filters = Pipeline((*filters, HtmlLookalike()))
    if chosen == "auto" and not looks_like_html(text):
        return _run(text, filters)
    page = extract(text, title=title)
    result = _run(page.text, filters)
    return replace(result, title=result.title or page.title, input_format="html")


def _require_str(text: object, function: str) -> None:
    if isinstance(text, str):
        return
    kind = type(text).__name__
    if isinstance(text, (bytes, bytearray, memoryview)):
        hint = "decode it first, e.g. data.decode('utf-8')"
    elif text is None:
        hint = "pass '' for an empty page"
    else:
        hint = "pass the page's text as a str"
    raise TypeError(f"{function}() takes the text as str, got {kind}; {hint}")


def _as_pipeline(pipeline: object) -> Pipeline:
    if pipeline is None:
        return default_pipeline()
    if isinstance(pipeline, Pipeline):
        return pipeline
    if isinstance(pipeline, Iterable) and not isinstance(pipeline, (str, bytes)):
        return Pipeline(pipeline)  # type: ignore[arg-type]
    raise TypeError(
        f"pipeline must be a decruft.Pipeline or a list of filters, got "
        f"{type(pipeline).__name__}; start from decruft.default_pipeline()"
    )


def _run(text: str, pipeline: Pipeline) -> Result:
    lines = read_lines(text)
    removed: list[Removal] = []
    title: str | None = None
    for _ in range(MAX_PASSES):
        lines, pass_removed, pass_title = _run_pass(lines, pipeline)
        if title is None:
            title = pass_title
        if not pass_removed:
            break
        removed.extend(pass_removed)
    removed.sort(key=lambda removal: removal.line_number)
    return Result(text=_assemble(lines), title=title, removed=tuple(removed))


def _run_pass(
    lines: tuple[Line, ...], pipeline: Pipeline
) -> tuple[tuple[Line, ...], list[Removal], str | None]:
    """Run every filter once over ``lines``, each seeing what the ones
    before it kept. A pass starts afresh: it knows nothing of earlier passes,
    so a pass over the output behaves exactly as a new call would.
    """
    removed: dict[int, Removal] = {}
    title: str | None = None
    # No rule removes a line of fenced code: it is the document's, whatever
    # it holds. Removing other lines never changes where the fences are.
    code = {
        line.number for line, fenced in zip(lines, in_fenced_code(lines), strict=True) if fenced
    }
    for f in pipeline:
        page = Page(lines, title, MappingProxyType(removed))
        on_page: dict[int, Line] | None = None
        removed_here: set[int] = set()
        for line, reason in f.find(page):
            if on_page is None:
                on_page = {kept.number: kept for kept in lines}
            if on_page.get(getattr(line, "number", None)) is not line:
                raise PipelineError(
                    f"filter {f.name!r} named a line that is not on the page: {line!r}"
                )
            if line.number in removed or line.number in code:
                continue
            removed[line.number] = Removal(line.number, line.text, f.name, str(reason))
            removed_here.add(line.number)
            if title is None and getattr(f, "extracts_title", False):
                title = _MARKDOWN_HEADING.sub("", line.stripped)
        if removed_here:
            lines = _without(lines, removed_here)
    return lines, list(removed.values()), title


def _without(lines: tuple[Line, ...], numbers: set[int]) -> tuple[Line, ...]:
    """Drop the lines with the given numbers, carrying each dropped line's
    blank-line gap over to the next kept line.
    """
    kept: list[Line] = []
    gap = False
    for line in lines:
        if line.number in numbers:
            gap = gap or line.gap_before
            continue
        if kept and gap and not line.gap_before:
            line = replace(line, gap_before=True)
        elif not kept and line.gap_before:
            line = replace(line, gap_before=False)
        kept.append(line)
        gap = False
    return tuple(kept)


def _assemble(lines: tuple[Line, ...]) -> str:
    out: list[str] = []
    for line in lines:
        if line.gap_before and out:
            out.append("")
        out.append(line.text)
    return "\n".join(out)
