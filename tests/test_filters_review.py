"""Whole-page checks found by reading each rule against its documentation:
titles, bylines and refrains, and teasers a block must not give back."""

from __future__ import annotations

import pytest

from decruft import clean_and_explain
from tests.filter_helpers import C1, C2


def test_a_song_keeps_its_title_refrain() -> None:
    song = "\n".join(
        [
            "Carry Me Down to the Harbour",
            "",
            "Carry me down to the harbour",
            "where the boats come in at night",
            "and the lamps along the water",
            "make the dark a little light",
            "",
            "Carry me down to the harbour",
            "when my working days are done",
            "let me hear the gulls at morning",
            "let me see the rising sun",
        ]
    )
    result = clean_and_explain(song)
    assert result.text.count("Carry me down to the harbour") == 2
    assert result.title in (None, "Carry Me Down to the Harbour")


@pytest.mark.parametrize(
    ("first_line", "is_title"),
    [
        ("By Jane Smith and John Doe", False),
        ("By: Jane Smith", False),
        ("By Jane Smith | The Daily Ledger", False),
        ("Posted on March 3, 2024", False),
        ("Updated 2 hours ago", False),
        ("By the Numbers: How the Vote Went", True),
        ("Updated Guidance on Flu Vaccines for 2024", True),
        ("Published Authors Share Their Best Advice", True),
    ],
)
def test_bylines_and_date_stamps_are_not_titles(first_line: str, is_title: bool) -> None:
    result = clean_and_explain("\n".join([first_line, C1, C2]))
    assert (result.title == first_line) is is_title
    assert (first_line in result.text) is not is_title


def test_song_without_blank_lines_keeps_a_refrain_that_differs_in_case() -> None:
    song = "\n".join(["Carry Me Down to the Harbour", C1, C2, "Carry me down to the harbour"])
    assert clean_and_explain(song).text.endswith("Carry me down to the harbour")


def test_numbered_teasers_are_not_given_back() -> None:
    text = "\n".join(
        [
            C1,
            "Most Read",
            "1. Schools Brace for Cuts After Budget Vote",
            "2. Harbour Road Traders Launch a Petition Drive",
            C2,
        ]
    )
    assert clean_and_explain(text).text == f"{C1}\n{C2}"
