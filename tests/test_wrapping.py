"""Hard-wrapped paragraphs (decruft.wrapping): which texts read as wrapped,
and which of their lines belong to a paragraph."""

from __future__ import annotations

import textwrap

from decruft import clean_and_explain
from decruft.lines import read_lines
from decruft.wrapping import in_wrapped_paragraphs, wrap_width

PARAGRAPHS = (
    "The city council voted on Tuesday to extend the bike lane network along Harbour "
    "Road, ending a dispute that has divided the neighbourhood since the first plans were "
    "published in 2021.",
    "Opponents warned that shops on the road would lose dozens of parking spaces and said "
    "they would ask the courts to review the decision, which they called rushed.",
)


def wrapped(width: int, *paragraphs: str) -> str:
    """The paragraphs wrapped at ``width``, a blank line between them."""
    return "\n\n".join(textwrap.fill(paragraph, width) for paragraph in paragraphs)


def test_a_text_wrapped_at_a_width_reads_as_wrapped() -> None:
    for width in (60, 72, 78, 80):
        lines = read_lines(wrapped(width, *PARAGRAPHS))
        assert wrap_width(lines) == max(len(line.text) for line in lines)
        assert all(in_wrapped_paragraphs(lines))


def test_one_sentence_a_line_is_not_wrapped() -> None:
    text = "\n".join(
        (
            "The council voted on Tuesday to extend the bike lanes on Harbour Road.",
            "Opponents said shops would lose dozens of parking spaces on the road.",
            "Work will start in September and should be finished by the end of the year.",
            "Share this article",
            "The mayor said the decision was the right one for the town and its children.",
        )
    )
    assert wrap_width(read_lines(text)) is None
    assert clean_and_explain(text).counts() == {"share_prompts": 1}


def test_a_paragraph_a_line_is_not_wrapped() -> None:
    text = "\n".join((*PARAGRAPHS, "Advertisement", PARAGRAPHS[0]))
    assert wrap_width(read_lines(text)) is None


def test_rows_as_wide_as_the_widest_line_break_no_sentence() -> None:
    """Rows of a table or of product cards, each as wide as the widest line
    and each followed by another row, are not a wrapped paragraph."""
    rows = [
        f"September {day:2d} 12pm- 1pm SAAC 217 Carrie Menke, Ph.D, Counselling Centre"
        for day in range(1, 8)
    ]
    assert wrap_width(read_lines("\n".join(rows))) is None


def test_a_short_line_after_a_paragraph_is_not_part_of_it() -> None:
    """The paragraph's last line leaves room for "Advertisement": it was not
    carried over from there, and goes."""
    text = wrapped(72, *PARAGRAPHS) + "\nAdvertisement"
    result = clean_and_explain(text)
    assert [removal.text for removal in result.removed] == ["Advertisement"]


def test_a_line_that_would_have_fitted_above_is_no_carry_over() -> None:
    lines = read_lines(wrapped(72, *PARAGRAPHS) + "\n\nRelated\nHarbour Road Works Begin")
    flags = in_wrapped_paragraphs(lines)
    assert flags[-2:] == (False, False)


def test_lines_of_a_list_item_carry_on_where_its_text_starts() -> None:
    item = textwrap.fill(PARAGRAPHS[1], 72, initial_indent="  * ", subsequent_indent="    ")
    lines = read_lines(wrapped(72, PARAGRAPHS[0]) + "\n\n" + item)
    assert all(in_wrapped_paragraphs(lines))


def test_a_new_list_item_does_not_carry_on_the_line_above() -> None:
    text = (
        wrapped(72, PARAGRAPHS[0])
        + "\n\n"
        + "\n".join(
            (
                "  * Opponents warned that shops on the road would lose dozens of parking",
                "  * spaces",
            )
        )
    )
    assert in_wrapped_paragraphs(read_lines(text))[-1] is False
