"""Cases for the end-of-article filter: what follows a Related Posts block or
a comment prompt once most of the article is above it. tests/test_filters.py
runs them; tests/filter_helpers.py says how they are written.
"""

from __future__ import annotations

from tests.filter_helpers import C1, C2, C3, C4, G1, G2, G3, G4, M1, M2, M3, M4, Cut, cut, keep

# About 110 words of article prose.
ARTICLE = (C1, C2, C3, C4, M1, M2, M3, M4)


def related(*lines: str) -> tuple[Cut, ...]:
    """Lines that ``related_posts`` removes."""
    return tuple(Cut(line, "related_posts") for line in lines)


def below(*lines: str) -> tuple[Cut, ...]:
    """Lines that ``article_end`` removes."""
    return tuple(Cut(line) for line in lines)


RELATED_BLOCK = (
    "Related Posts",
    "Harbour Road Traders Launch Petition",
    "What the New Budget Means for Buses",
)

POSITIVES = {
    "article_end": [
        cut(
            "sidebar_prose_after_a_related_block",
            *ARTICLE,
            *related(*RELATED_BLOCK[:2]),
            *below(
                # Followed by prose, the block's last title is no sure teaser;
                # below the end of the article it goes all the same.
                RELATED_BLOCK[2],
                "Our newsletter brings the week's harbour news to your inbox every Friday morning.",
                "The Harbour Gazette is an independent paper, funded by its readers since 1921.",
            ),
        ),
        cut(
            "comments_after_the_comment_prompt",
            *ARTICLE,
            G1,
            G2,
            Cut("Leave a Reply", "comment_prompts"),
            *below(
                "Finally some good news for cyclists in this town, thank you for reporting it.",
                "I run a shop on Harbour Road and nobody asked us what we think about parking.",
            ),
        ),
        cut(
            "comment_count_then_comments",
            *ARTICLE,
            Cut("12 Comments", "comment_prompts"),
            *below(
                "Great to see the museum open again after all this time.",
                "The ceiling looks wonderful, well worth the wait and the money.",
            ),
        ),
        cut(
            "footer_links_after_a_related_block",
            *ARTICLE,
            *related(*RELATED_BLOCK[:2]),
            *below(
                RELATED_BLOCK[2],
                "The Harbour Gazette is an independent paper, funded by its readers since 1921.",
                "About us",
                "Contact the newsroom",
                "Privacy policy",
            ),
        ),
        cut(
            "first_qualifying_end_counts",
            *ARTICLE,
            G1,
            Cut("Leave a comment", "comment_prompts"),
            *below(
                "Posted by a reader: the lane on the north side is still unfinished, sadly.",
                "Another reader: the works started this morning near the ferry terminal.",
            ),
        ),
        # The restraint of the rule: an end high up in the text ends nothing.
        cut(
            "related_block_mid_article_ends_nothing",
            C1,
            C2,
            C3,
            C4,
            *related(*RELATED_BLOCK[:2]),
            RELATED_BLOCK[2],
            M1,
            M2,
            M3,
            M4,
            G1,
        ),
        cut(
            "comment_prompt_after_a_short_text_ends_nothing",
            C1,
            C2,
            Cut("Leave a comment", "comment_prompts"),
            "Thanks for reading, and see you next week.",
        ),
        cut(
            "related_block_at_the_very_end_leaves_nothing_to_cut",
            *ARTICLE,
            *related(*RELATED_BLOCK),
        ),
    ],
}

NEGATIVES = {
    "article_end": [
        keep(
            "leave_a_comment_in_prose_near_the_end",
            *ARTICLE,
            "Leave a comment about the proposal at the town hall on Friday, the council said.",
            G1,
        ),
        keep(
            "related_posts_in_prose",
            *ARTICLE,
            "Related posts on social media helped spread the rumor about the lanes.",
            G2,
        ),
        keep(
            "comments_closing_date",
            *ARTICLE,
            "Comments on the proposal close on June 30.",
            G3,
        ),
        keep(
            "you_may_also_like_in_a_sentence",
            *ARTICLE,
            "You may also like the new museum café, which opens next week on the ground floor.",
            G4,
        ),
        keep(
            "join_the_discussion_in_prose",
            *ARTICLE,
            "Join the discussion at the library on Monday evening, the organisers said.",
            G1,
            G2,
        ),
        keep(
            "a_list_of_further_reading_in_the_article",
            *ARTICLE,
            "Further reading from the council's report:",
            "- The 2019 traffic survey",
            "- The cycling strategy for 2030",
            G3,
        ),
        keep("an_article_alone", *ARTICLE, G1, G2, G3, G4),
        keep(
            "closing_question_to_readers",
            *ARTICLE,
            "What do you think of the new lanes? Tell us at the Saturday market stall.",
            G4,
        ),
    ],
}
