"""Cases found by reading each rule against its documentation: lines a rule
got wrong before it was fixed. tests/test_filters.py runs them;
tests/filter_helpers.py says how they are written.
"""

from __future__ import annotations

from tests.filter_helpers import (
    C1,
    C2,
    C3,
    G1,
    G2,
    G3,
    M1,
    M2,
    S1,
    S2,
    Cut,
    cut,
    keep,
)

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

NEGATIVES = {
    "markup_debris": [
        keep("empty_table_cell", "Region", "North", "-", "South", "12"),
        keep("em_dash_cell", "Region", "North", "—", "South", "12"),
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
        keep(
            "given_back_heading_is_no_evidence",
            "Granada rewards a slow week more than any other city in Andalusia.",
            "Don't miss",
            "The Alhambra Palace at Dusk in Spring",
            "Where to Eat in the Old Town",
            "The best tapas bars cluster around Plaza Nueva and stay open late.",
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
