"""Cases for the context filters: the title at the top, and repeated lines.
tests/test_filters.py runs them; tests/filter_helpers.py says how they are
written.
"""

from __future__ import annotations

from tests.filter_helpers import (
    C1,
    C2,
    C3,
    C4,
    G1,
    G2,
    G3,
    M1,
    M2,
    S1,
    S2,
    S3,
    Cut,
    cut,
    keep,
)

BOOKSHOP = "How One Town Saved Its Last Bookshop"
BOOKSHOP_BODY = (
    "When the owner of Page Turners announced she would retire, the shop looked doomed.",
    "Within a month, 340 residents had bought shares, and the shop reopened as a cooperative.",
)

# (id, expected Result.title, lines): the Cut lines are removed by "title".
TITLES = [
    ("plain_headline", BOOKSHOP, (Cut(BOOKSHOP), *BOOKSHOP_BODY)),
    ("printed_twice", BOOKSHOP, (Cut(BOOKSHOP), Cut(BOOKSHOP), *BOOKSHOP_BODY)),
    (
        "site_name_variant_first",
        BOOKSHOP,
        (Cut(f"{BOOKSHOP} | The Daily Ledger"), Cut(BOOKSHOP), *BOOKSHOP_BODY),
    ),
    (
        "site_name_variant_second",
        BOOKSHOP,
        (Cut(BOOKSHOP), Cut(f"{BOOKSHOP} - The Daily Ledger"), "", *BOOKSHOP_BODY),
    ),
    (
        "ellipsis_headline",
        "The Principal Called Him Into the Office Because…",
        (Cut("The Principal Called Him Into the Office Because…"), S1, S2),
    ),
    (
        "title_case_with_period",
        "The Hidden Cost of Free Parking.",
        (Cut("The Hidden Cost of Free Parking."), C1, C2, C3),
    ),
    (
        "title_case_question",
        "Can Cities Really Ban Gas Stoves?",
        (Cut("Can Cities Really Ban Gas Stoves?"), "", C1, C2),
    ),
    (
        "sentence_case_headline",
        "Schools brace for a summer without lifeguards",
        (Cut("Schools brace for a summer without lifeguards"), S1, S2),
    ),
    (
        "curly_quoted_headline",
        "‘We Were Never Told’: Tenants Fight Eviction",
        (Cut("‘We Were Never Told’: Tenants Fight Eviction"), C1, C2),
    ),
    (
        "indented_after_blank_lines",
        "Harbour Road Bike Lanes Approved",
        ("", "", Cut("   Harbour Road Bike Lanes Approved   "), "", C1, C2, C3),
    ),
    (
        "headline_with_colon",
        "Balcony gardening: what to plant in May",
        (Cut("Balcony gardening: what to plant in May"), G1, G2, G3),
    ),
    (
        "a_markdown_heading",
        "How One Town Saved Its Last Bookshop",
        (Cut(f"# {BOOKSHOP}"), "", *BOOKSHOP_BODY),
    ),
    (
        "a_lower_case_byline_under_the_headline",
        "Video Production Process: Complete Guide",
        (Cut("Video Production Process: Complete Guide"), "by Jacob Trussell, 10 min read", C1, C2),
    ),
]

POSITIVES = {
    "title": [cut(case_id, *lines) for case_id, _, lines in TITLES],
    "duplicate_lines": [
        cut("consecutive_paragraph", C1, C2, Cut(C2), C3),
        cut(
            "quote_case_and_spacing_variants",
            M1,
            "He said “no” twice, and then he left the room.",
            Cut('He  said "No" twice, and then he left the room.'),
            M2,
        ),
        cut("three_copies", G1, G2, Cut(G2), Cut(G2), G3),
        cut("separated_by_blank_line", S1, "", S2, "", Cut(S2), "", S3),
        cut(
            "title_repeated_in_body",
            Cut(BOOKSHOP, rule="title"),
            *BOOKSHOP_BODY,
            Cut(BOOKSHOP),
            "The cooperative now runs a book club, a café and a Saturday reading hour.",
        ),
        cut(
            "repeat_of_removed_teaser",
            C1,
            Cut("Related Stories", rule="related_posts"),
            Cut("Harbour Road Traders Launch Petition", rule="related_posts"),
            Cut("What the New Budget Means for Buses", rule="related_posts"),
            Cut("Read more", rule="related_posts"),
            C2,
            Cut("Harbour Road Traders Launch Petition"),
            C3,
        ),
        cut("consecutive_heading", M1, "What Happens Next", Cut("What Happens Next"), M2),
        cut(
            "made_consecutive_by_removed_ad",
            S1,
            S2,
            Cut("Advertisement", rule="advertisements"),
            Cut(S2),
            S3,
        ),
        cut("trailing_whitespace_copy", G1, G2, Cut(G2 + "   "), G3),
        cut(
            "repeat_of_removed_excerpt",
            C1,
            Cut("The mayor said the budget would be balanced by cutting…", rule="see_more_teasers"),
            Cut("Read more", rule="see_more_teasers"),
            C2,
            Cut("The mayor said the budget would be balanced by cutting…"),
            C3,
        ),
    ],
}

NEGATIVES = {
    "title": [
        keep("first_line_is_a_sentence", C1, C2, C3),
        keep("only_one_line", "A Brief History of the Town Hall"),
        keep(
            "too_little_body",
            "Town Hall Reopens",
            "The doors open at nine on Saturday.",
        ),
        keep("first_line_is_a_bullet", "- Preheat the oven to 200C", G1, G2, G3),
        keep("first_line_is_numbered", "1. Preheat the oven to 200C", G1, G2, G3),
        keep(
            "first_line_is_a_lead_in",
            "Here is what the council decided on Tuesday:",
            "- A new bike lane on Harbour Road",
            "- A freeze on parking charges",
            C3,
            C4,
        ),
        keep("rhetorical_question", "Why do cats purr?", S1, S2, S3),
        keep(
            "a_paragraph_wrapped_to_78_columns",
            "The city council on Tuesday published the long-awaited plan for its new",
            "department structure, merging eleven offices into four directorates by the end",
            "of next year, officials said.",
            "",
            "The chief executive said the change would save money and make the council",
            "easier to deal with, although unions warned that it could put more than sixty",
            "jobs at risk.",
        ),
        keep(
            "prose_opening_with_ellipsis",
            "It started, as these things often do, with a phone call just after midnight…",
            "My sister was on the line, and she was whispering.",
            "The police, she said, were already at our parents' house, and nobody would tell "
            "her why.",
        ),
        keep(
            "dialogue_opening_with_ellipsis",
            "“So, where were we…”",
            "My grandmother asked that question every evening, and every evening the story "
            "picked up exactly where it had stopped the night before.",
        ),
        keep(
            "dateline_sentence",
            "LONDON — The Bank of England held interest rates at 5.25% on Thursday.",
            "Economists had expected the pause after inflation fell for a third month.",
        ),
    ],
    "duplicate_lines": [
        keep(
            "poem_refrain_not_consecutive",
            "The poem returns to the same line after each stanza.",
            "Come home before the lamps are lit,",
            "the road is long and cold.",
            "Come home before the lamps are lit,",
            "the fields are sold.",
            "Come home before the lamps are lit.",
        ),
        keep(
            "interview_repeated_yes",
            "Q. Did you see the car before it hit the barrier?",
            "Yes.",
            "Q. Were the headlights on?",
            "Yes.",
            "Q. Are you certain?",
            "Yes.",
        ),
        keep(
            "song_chorus_repeated",
            "The song has only one verse and a chorus, sung twice.",
            "Carry me down to the harbour",
            "Carry me down to the sea",
            "The ferry is late and the lanterns are out",
            "Carry me down to the harbour",
            "Carry me down to the sea",
        ),
        keep(
            "code_nested_closing_braces",
            "The function only logs a greeting when a name is given:",
            "function greet(name) {",
            "  if (name) {",
            '    console.log("Hello, " + name);',
            "  }",
            "}",
        ),
        keep(
            "table_cells_one_per_line",
            "The final standings after 18 games were as follows.",
            "Team",
            "Won",
            "Lost",
            "Aston Villa",
            "9",
            "9",
            "Brentford",
            "11",
            "7",
        ),
        keep(
            "same_words_different_punctuation",
            "The referee blew the whistle twice before anyone moved.",
            "No.",
            "No!",
            "The crowd went silent.",
        ),
        keep(
            "poem_refrain_doubled_in_stanza",
            "Her ballad ends the way so many do, by saying the same thing twice.",
            "",
            "The lamps are lit, the gate is shut,",
            "the night is cold and slow,",
            "and I have far to go tonight,",
            "and I have far to go tonight,",
            "",
            "It is the line readers quote back to her at every festival.",
        ),
        keep(
            "section_breaks_repeated",
            "The first letter arrived in March.",
            "* * *",
            "The second arrived in June, with no return address.",
            "* * *",
            "The third never arrived at all.",
        ),
        keep(
            "same_heading_in_two_recipes",
            "Both recipes below use the same basic dough.",
            "Ingredients",
            "- 500g strong white flour",
            "- 7g dried yeast",
            "Focaccia works best with a very wet dough.",
            "Ingredients",
            "- 500g strong white flour",
            "- 50ml olive oil",
        ),
        keep(
            "pull_quote_repeated_later",
            "“We are not going anywhere,” said the owner, standing in the empty shop.",
            "The landlord has offered her a new lease at twice the rent.",
            "“We are not going anywhere,” said the owner, standing in the empty shop.",
            "Her lawyers say the increase breaks the terms of the old agreement.",
        ),
    ],
}
