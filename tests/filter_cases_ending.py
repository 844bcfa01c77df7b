"""Cases for the article-end filter: a closing heading below the main text,
and what follows it. tests/test_filters.py runs them; tests/filter_helpers.py
says how they are written.
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
    G4,
    M1,
    M2,
    M3,
    M4,
    S1,
    S2,
    S3,
    S4,
    Cut,
    cut,
    keep,
)

# About 110 words of article prose: enough of a main text to have an end.
ARTICLE = (C1, C2, C3, C4, M1, M2, M3, M4)
# About 55 words: too little to call it an article that ends.
BRIEF = (C1, C2, C3, C4)


def tail(*lines: str) -> tuple[Cut, ...]:
    """The lines after the closing heading, all cut by ``article_end``."""
    return tuple(Cut(line) for line in lines)


POSITIVES = {
    "article_end": [
        cut(
            "author_box",
            *ARTICLE,
            *tail(
                "About the Author",
                "Jane Morrow",
                "Transport correspondent",
                "More posts from this author",
            ),
        ),
        cut(
            "tags_then_footer_links",
            *ARTICLE,
            *tail("Tags:", "Cycling", "City council", "Harbour Road", "Contact", "Advertise"),
        ),
        cut(
            "upper_case_heading_over_social_links",
            *ARTICLE,
            *tail("ABOUT THE AUTHOR", "Tom Reyes", "Instagram", "Podcast"),
        ),
        cut(
            "comment_count_over_short_comments",
            *ARTICLE,
            Cut("3 Comments", "comment_prompts"),
            *tail("marta_k", "2 days ago", "Agreed!", "dave1967", "1 day ago", "Finally"),
        ),
        cut(
            "leave_a_reply_over_the_form_and_footer",
            *ARTICLE,
            Cut("Leave a Reply", "comment_prompts"),
            *tail("Guidelines", "Be kind. Stay on topic.", "Archives", "Sitemap"),
        ),
        cut(
            "related_heading_then_site_lines",
            *ARTICLE,
            Cut("Related Posts", "related_posts"),
            Cut("Harbour Road works delayed again", "related_posts"),
            Cut("Council approves new parking zones", "related_posts"),
            Cut("Why the city is betting on bikes", "related_posts"),
            Cut("Join the Gazette’s Friends scheme", "related_posts"),
            *tail("Our Team", "Jobs"),
        ),
        cut(
            "filed_under_a_section",
            *ARTICLE,
            *tail("Filed Under", "Local news", "Transport"),
        ),
        cut(
            "heading_after_a_closing_line_of_the_article",
            *ARTICLE,
            "Photographs by Ana Lima.",
            *tail("About the author", "Ana Lima is our picture editor."),
        ),
        cut(
            "share_bar_then_post_navigation",
            *ARTICLE,
            Cut("Share this article", "share_prompts"),
            *tail("Previous post", "Next post", "Search", "Archives"),
        ),
    ]
}

NEGATIVES = {
    "article_end": [
        keep(
            "brief_too_short_to_end",
            *BRIEF,
            "About the author",
            "Jane Morrow covers transport and city politics for the Gazette.",
        ),
        keep(
            "tags_as_a_section_inside_a_how_to",
            *(G1, G2, G3),
            "Tags",
            "Give every photo a tag for the people in it, and one for the place it was taken.",
            *(G4, M1, M2, M3),
        ),
        keep(
            "tags_in_a_sentence",
            *ARTICLE,
            "Tags are shown on the left of each card, in the order they were added.",
        ),
        keep(
            "heading_and_bio_inside_the_main_text",
            *ARTICLE[:6],
            "About the author",
            "Jane Morrow has covered the harbour district for the Gazette since 2009.",
            *ARTICLE[6:],
        ),
        keep(
            "more_prose_after_the_heading_than_before",
            *(C1, C2, C3, C4, M1, M2, M3),
            "",
            "About the authors",
            "",
            *(G1, G2, G3, G4, S1, S2, S3, S4),
        ),
        keep(
            "closing_list_of_the_article",
            *ARTICLE,
            "The route will pass:",
            "Harbour Road",
            "Mill Lane",
            "Station Square",
        ),
        keep(
            "author_credit_in_a_line",
            *ARTICLE,
            "About the author: Jane Morrow covers transport for the Gazette.",
        ),
        keep(
            "headline_about_tags",
            "Tagged",
            *ARTICLE,
            "Tagged is the new album by the band, out on Friday.",
        ),
        keep(
            "no_heading_at_all",
            *ARTICLE,
            "Jane Morrow",
            "Transport correspondent",
        ),
    ]
}
