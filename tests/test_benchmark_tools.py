"""The benchmark scripts' own logic: how benchmarks/ceilings.py labels a
page's lines from its gold, and how each script writes its section of
docs/benchmarks.md. No benchmark data is needed."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import audit, ceilings, report
from benchmarks.wcxb import score

GOLD = (
    "The city council voted 7-2 on Tuesday to extend the bike lane network along Harbour "
    "Road. Work is due to start in September. Tags"
)


def test_a_line_is_the_golds_when_its_words_are_there_in_a_row() -> None:
    text = "\n".join(
        [
            "Home",
            "The city council voted 7-2 on Tuesday to extend the network.",
            "",
            "Work is due to start in September.",
            "Road. Work is",
            "Work September start",
        ]
    )
    assert ceilings.gold_lines(text, GOLD) == [
        ("Home", False),
        # Half of its runs of four words are in the gold.
        ("The city council voted 7-2 on Tuesday to extend the network.", True),
        ("Work is due to start in September.", True),
        ("Road. Work is", True),
        ("Work September start", False),
    ]


def test_the_oracles_keep_what_their_definition_says() -> None:
    text = "\n".join(
        [
            "Home",
            "Contact Us",
            "The city council voted 7-2 on Tuesday to extend the bike lane network along "
            "Harbour Road.",
            "Readers have been arguing about the lanes all week, and most of them want more.",
            "Work is due to start in September.",
        ]
    )
    scores = ceilings.measure(text, GOLD)
    # The line oracle drops the menu and the readers' paragraph; the
    # short-line oracle drops only the menu, as it keeps every paragraph.
    assert scores["line oracle"].precision == 1.0
    assert scores["short-line oracle"].recall == scores["line oracle"].recall
    assert scores["short-line oracle"].precision < 1.0
    assert scores["decruft"].f1 <= scores["line oracle"].f1
    # The span oracle keeps one run of lines: the council's paragraph alone,
    # since reaching the last line would take the readers' paragraph too.
    assert scores["span oracle"].precision == 1.0
    assert scores["span oracle"].recall < scores["line oracle"].recall
    assert scores["short-line oracle"].f1 < scores["span oracle"].f1 < scores["line oracle"].f1
    # The surplus oracle drops the menu and the readers' paragraph, whose
    # words the gold does not hold, and loses none of the gold's.
    assert scores["surplus oracle"].recall == score(text, GOLD).recall
    assert scores["surplus oracle"].precision == 1.0


def test_the_audit_lists_the_gold_lines_a_change_removes() -> None:
    golds = {"0001": ("article", GOLD)}
    base = {"0001": {"f1": 0.9, "removed": {"1": ["page_frame", "Home", "menu"]}}}
    change = {
        "0001": {
            "f1": 0.8,
            "removed": {
                "3": ["page_frame", "Work is due to start in September.", "footer"],
                "4": ["page_frame", "Tags", "footer"],
            },
        }
    }
    losses, removed, kept = audit.compare(base, change, golds)
    # "Tags" is in the gold too, but one word says little: only the
    # sentence counts as a loss.
    assert losses == [
        ("0001", "article", 3, "page_frame", "Work is due to start in September.", "footer")
    ]
    assert (removed, kept) == (2, 1)


def test_the_best_span_is_empty_without_gold_lines() -> None:
    assert ceilings.best_span([3, 4], [False, False], 10) == (0, -1)


@pytest.fixture
def page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "benchmarks.md"
    monkeypatch.setattr(report, "REPORT", path)
    return path


def test_a_section_is_added_at_the_end_the_first_time(page: Path) -> None:
    page.write_text("# Benchmarks\n\nIntro.\n", encoding="utf-8")
    report.replace_section("ceilings", "Ceilings", ["| a |"])
    assert page.read_text(encoding="utf-8") == (
        "# Benchmarks\n\nIntro.\n\n## Ceilings\n\n"
        "<!-- ceilings:start -->\n| a |\n<!-- ceilings:end -->\n"
    )


def test_a_section_is_replaced_and_the_rest_kept(page: Path) -> None:
    page.write_text(
        "# B\n<!-- quality:start -->\nold\n<!-- quality:end -->\nText after.\n", encoding="utf-8"
    )
    report.replace_section("quality", "Quality", ["new"])
    assert page.read_text(encoding="utf-8") == (
        "# B\n<!-- quality:start -->\nnew\n<!-- quality:end -->\nText after.\n"
    )
