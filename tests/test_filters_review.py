"""Cases found by reading the rules against their docs: each one a line a
rule got wrong before it was fixed. See tests/filter_helpers.py for how
cases are written."""

from __future__ import annotations

import pytest

from decruft import clean_and_explain
from tests.filter_helpers import (
    COUNCIL,
    GARDEN,
    MUSEUM,
    SLEEP,
    Cut,
    assert_cuts,
    assert_unchanged,
    by_rule,
    cut,
    keep,
)

C1, C2, C3, C4 = COUNCIL
G1, G2, G3, G4 = GARDEN
M1, M2, M3, M4 = MUSEUM
S1, S2, S3, S4 = SLEEP

POSITIVES = {
    "comment_prompts": [
        cut(
            "labels_marked_required_in_words",
            C1,
            C2,
            Cut("Leave a Reply"),
            Cut("Name (required)"),
            Cut("Email (required)"),
            Cut("Website"),
        ),
        cut(
            "unmarked_labels_above_the_button",
            G1,
            G2,
            Cut("Name"),
            Cut("Email"),
            Cut("Website"),
            Cut("Post Comment"),
        ),
    ],
    "promo_lines": [
        cut("colon_then_dash", M1, Cut("Read more: — Five Things the Budget Means for You"), M2),
    ],
    "related_posts": [
        cut(
            "two_titles_then_prose",
            S1,
            Cut("Related Posts"),
            Cut("Harbour Road Traders Launch Petition"),
            "What the New Budget Means for Buses",
            S2,
        ),
    ],
    "share_prompts": [
        cut("like_this_over_like_loading", C1, C2, Cut("Like this:"), Cut("Like Loading...")),
        cut("network_name_under_share_heading", G1, Cut("Share this:"), Cut("Twitter"), G2),
        cut("two_names_with_a_separator", M1, M2, Cut("Email | Print")),
    ],
}

NEGATIVES = {
    "markup_debris": [
        keep("empty_table_cell", "Region", "North", "-", "South", "12"),
    ],
    "share_prompts": [
        keep("product_heading", M1, "Facebook Messenger", M2),
        keep("table_header_shares", "Company", "Shares", "Price", "Acme", "1,200", "$14.20"),
        keep("follow_alone", "Lead", "Follow", "Rest", S1),
        keep("tutorial_like_this", "To print a greeting, write it like this:", "Like this:", "}"),
        keep("follow_a_series", "What to watch this weekend", "Follow Andor", S1),
    ],
    "cookie_notices": [
        keep(
            "browsing_the_shelves",
            "By continuing to browse the shelves, she found a first edition of the novel.",
            M1,
        ),
        keep(
            "bakery_by_the_site",
            "We use cookies from the bakery opposite the site of the mill.",
            G1,
        ),
    ],
    "advertisements": [
        keep(
            "advertising_heading", C1, "Advertising", "Advertising revenue fell 4% in the quarter."
        ),
    ],
    "promo_lines": [
        keep("related_party_heading", C1, "Related-Party Transactions", C2),
    ],
    "related_posts": [
        keep(
            "more_from_the_survey",
            "The survey reached 1,500 adults in the region over the winter.",
            "More from the survey",
            "- Most respondents lived alone",
            "- Half had no car",
            "- A third had no broadband",
            "The full report will be published in the spring.",
        ),
    ],
    "see_more_teasers": [
        keep("wanted_more", S1, "The sea took the harbour wall, and then it wanted… more", S2),
        keep("please_continue", M1, "She paused, then said: please… continue", M2),
    ],
    "title": [
        keep("byline_first", "By Jane Smith", C1, C2, C3),
        keep("dateline_first", "Posted on March 3, 2024", G1, G2, G3),
    ],
}


@pytest.mark.parametrize(("rule", "lines"), by_rule(POSITIVES))
def test_filter_removes_its_clutter(rule: str, lines: tuple) -> None:
    assert_cuts(rule, lines)


@pytest.mark.parametrize(("rule", "lines"), by_rule(NEGATIVES))
def test_filter_keeps_look_alike_prose(rule: str, lines: tuple) -> None:
    assert_unchanged(lines)


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


POSITIVES_2 = {
    "share_prompts": [
        cut("follow_next_to_share", C1, Cut("Share this:"), Cut("Follow"), C2),
        cut("shares_next_to_share", G1, Cut("Shares"), Cut("Share this article"), G2),
    ],
    "cookie_notices": [
        cut("on_our_site", M1, M2, Cut("We use cookies on our site.")),
        cut(
            "visit_to_our_website",
            S1,
            S2,
            Cut("We use cookies to make your visit to our website better."),
        ),
    ],
}
NEGATIVES_2 = {
    "markup_debris": [
        keep("em_dash_cell", "Region", "North", "—", "South", "12"),
    ],
    "related_posts": [
        keep(
            "given_back_heading_is_no_evidence",
            "Granada rewards a slow week more than any other city in Andalusia.",
            "Don't miss",
            "The Alhambra Palace at Dusk in Spring",
            "Where to Eat in the Old Town",
            "The best tapas bars cluster around Plaza Nueva and stay open late.",
        ),
    ],
}


@pytest.mark.parametrize(("rule", "lines"), by_rule(POSITIVES_2))
def test_filter_removes_its_clutter_too(rule: str, lines: tuple) -> None:
    assert_cuts(rule, lines)


@pytest.mark.parametrize(("rule", "lines"), by_rule(NEGATIVES_2))
def test_filter_keeps_look_alike_prose_too(rule: str, lines: tuple) -> None:
    assert_unchanged(lines)


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
