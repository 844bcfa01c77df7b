"""Site-level repeats: learning a site's repeated lines, the site_repeats
rule, its profile on disk, and decruft clean --site-repeats."""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import pytest

from decruft import RepeatProfile, clean, clean_and_explain, learn_repeats
from decruft.batch import BatchError, BatchOptions, run_batch
from decruft.cli import main
from decruft.repeats import RepeatCounter, SiteRepeats

MENU = ["Home", "World", "Business", "Sport"]
FOOTER = ["About us", "Contact", "Privacy"]
STORIES = [
    [
        "The harbour board voted on Monday to rebuild the north pier before winter storms.",
        "Work starts in March, and the ferry will use the south landing until it is done.",
    ],
    [
        "The library will open on Sundays from next month, the council said on Friday.",
        "Volunteers will staff the reading room, and the café will stay closed on Sundays.",
    ],
    [
        "A record number of runners finished the coastal marathon despite strong winds.",
        "The winner crossed the line in just over two hours and twenty minutes.",
    ],
    [
        "The school's new roof is finished, a month early and under its budget.",
        "Pupils return to the upper classrooms after the half-term holiday.",
    ],
]


def page(story: list[str], *, heading: str | None = None) -> str:
    body = [*story[:1], *([heading] if heading else []), *story[1:]]
    return "\n".join([*MENU, "", *body, "", *FOOTER])


PAGES = [page(story) for story in STORIES]


def test_learning_counts_each_line_once_per_page() -> None:
    counter = RepeatCounter()
    counter.add("Home\nHome\nA line of its own.")
    counter.add("Home\nAnother line.")
    assert counter.pages == 2 and counter.counts["home"] == 2
    profile = learn_repeats(PAGES)
    assert profile.pages == 4
    assert profile.lines == {line.casefold(): 4 for line in MENU + FOOTER}


def test_runs_of_repeated_lines_go_and_the_story_stays() -> None:
    profile = learn_repeats(PAGES)
    result = clean_and_explain(PAGES[0], repeats=profile)
    assert result.text.splitlines() == [line for line in STORIES[0]]
    reasons = {r.reason for r in result.removed if r.rule == "site_repeats"}
    assert reasons == {
        "on 4 of the site's 4 pages, in a run of 4 such lines",
        "on 4 of the site's 4 pages, in a run of 3 such lines",
    }


def test_a_repeated_heading_alone_in_the_article_stays() -> None:
    pages = [page(story, heading="Background") for story in STORIES]
    profile = learn_repeats(pages)
    assert profile.lines["background"] == 4
    assert "Background" in clean(pages[0], repeats=profile).splitlines()


def test_a_copy_of_another_page_is_left_alone() -> None:
    # A crawl fetched the same article at three addresses: its paragraphs
    # repeat on three pages, and they are the article.
    pages = [PAGES[0], PAGES[0], PAGES[0], PAGES[1]]
    profile = learn_repeats(pages)
    assert all(line in clean(PAGES[0], repeats=profile) for line in STORIES[0])


def test_lines_on_too_few_pages_are_not_the_sites() -> None:
    profile = learn_repeats(PAGES[:2])
    assert profile.lines == {}
    assert clean(PAGES[0], repeats=profile) == clean(PAGES[0])
    with pytest.raises(ValueError, match="2 or more"):
        learn_repeats(PAGES, min_pages=1)


def test_cleaning_with_repeats_is_idempotent() -> None:
    profile = learn_repeats(PAGES)
    once = clean(PAGES[2], repeats=profile)
    assert clean(once, repeats=profile) == once


def test_the_profile_saves_and_loads_as_json(tmp_path: Path) -> None:
    profile = learn_repeats(PAGES)
    path = tmp_path / "site.json"
    profile.save(path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["format"] == "decruft-repeats" and saved["lines"]["home"] == 4
    assert RepeatProfile.load(path) == profile
    with pytest.raises(ValueError, match="not a decruft repeat profile"):
        RepeatProfile.loads('{"lines": {}}')
    with pytest.raises(ValueError, match="version"):
        RepeatProfile.loads('{"format": "decruft-repeats", "version": 9}')


def test_repeats_of_the_wrong_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="learn_repeats"):
        clean(PAGES[0], repeats={"home": 4})  # type: ignore[arg-type]


def test_the_rule_is_named_and_explains_like_any_other() -> None:
    assert SiteRepeats.name == "site_repeats"
    assert SiteRepeats.__doc__


def batch(tmp_path: Path, options: BatchOptions) -> tuple[int, str]:
    err = io.StringIO()
    summary = run_batch(options, stdout=io.StringIO(), stderr=err)
    return summary.removed["site_repeats"], err.getvalue()


def test_the_command_learns_per_folder(tmp_path: Path) -> None:
    for site, pages in (("a", PAGES), ("b", PAGES[:2])):
        for i, text in enumerate(pages):
            path = tmp_path / "in" / site / f"{i}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    options = BatchOptions((str(tmp_path / "in"),), out, site_repeats=True)
    removed, _ = batch(tmp_path, options)
    # Site a has four pages of seven repeated lines; site b only two pages.
    assert removed == 4 * 7
    assert (out / "a" / "0.txt").read_text(encoding="utf-8").splitlines() == STORIES[0]
    assert "Home" in (out / "b" / "0.txt").read_text(encoding="utf-8")


def test_the_command_learns_per_host_from_a_url_field(tmp_path: Path) -> None:
    source = tmp_path / "crawl.jsonl"
    rows = [{"url": f"https://news.example.org/{i}", "text": t} for i, t in enumerate(PAGES)]
    rows.append({"url": "https://other.example.net/1", "text": PAGES[0]})
    source.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    options = BatchOptions((str(source),), out, site_repeats=True, url_field="url")
    removed, _ = batch(tmp_path, options)
    cleaned = [json.loads(line)["text"] for line in (out / "crawl.jsonl").open(encoding="utf-8")]
    assert removed == 4 * 7
    assert cleaned[0].splitlines() == STORIES[0]
    assert "Home" in cleaned[4]


def test_standard_input_cannot_be_read_twice(tmp_path: Path) -> None:
    with pytest.raises(BatchError, match="standard input"):
        run_batch(
            BatchOptions(("-",), site_repeats=True), stdout=io.StringIO(), stderr=io.StringIO()
        )


def test_a_resumed_run_learns_from_every_input(tmp_path: Path) -> None:
    for i, text in enumerate(PAGES):
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / f"{i}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    options = BatchOptions((str(tmp_path / "in"),), out, site_repeats=True)
    batch(tmp_path, options)
    first = (out / "3.txt").read_text(encoding="utf-8")
    (out / "3.txt").unlink()
    removed, _ = batch(tmp_path, dataclasses.replace(options, resume=True))
    assert removed == 7
    assert (out / "3.txt").read_text(encoding="utf-8") == first


def test_the_command_line_options(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for i, text in enumerate(PAGES):
        (tmp_path / "in" / f"{i}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    args = ["clean", str(tmp_path / "in"), "-o", str(out), "-q", "--site-repeats"]
    assert main([*args, "--min-pages", "4"]) == 0
    assert (out / "0.txt").read_text(encoding="utf-8").splitlines() == STORIES[0]
    with pytest.raises(SystemExit) as info:
        main([*args, "--min-pages", "1"])
    assert info.value.code == 2


def test_a_profile_with_missing_or_odd_counts_is_a_value_error() -> None:
    good = json.loads(learn_repeats(PAGES).dumps())
    for change in ({"pages": None}, {"min_pages": 1}, {"min_pages": True}, {"lines": {"x": -1}}):
        with pytest.raises(ValueError, match="repeat profile"):
            RepeatProfile.loads(json.dumps({**good, **change}))
