"""Cases for the comment-thread filter: readers' comments after an article.
tests/test_filters.py runs them; tests/filter_helpers.py says how they are
written.
"""

from __future__ import annotations

from tests.filter_helpers import C1, C2, C3, C4, G1, G2, G3, G4, M1, M2, M3, M4, Cut, cut, keep

# About 110 words of article prose: enough to count as an article before a thread.
ARTICLE = (C1, C2, C3, C4, M1, M2, M3, M4)


def thread(*lines: str) -> tuple[Cut, ...]:
    """The lines of a comment thread, all cut by ``comment_threads``."""
    return tuple(Cut(line) for line in lines)


POSITIVES = {
    "comment_threads": [
        cut(
            "wordpress_says_and_reply",
            *ARTICLE,
            *thread(
                "1. Sharon says",
                "July 14, 2015 at 3:53 pm",
                "We cycle that road every morning, so this is great news.",
                "Reply",
                "2. Chris Lewis says",
                "July 14, 2015 at 4:30 pm",
                "What about the shops, though? Parking is already hard.",
                "Reply",
            ),
        ),
        cut(
            "heading_above_the_thread_goes_as_a_prompt",
            *ARTICLE,
            Cut("12 Comments", "comment_prompts"),
            *thread(
                "Hans says:",
                "March 3, 2024 at 9:12 am",
                "Finally. It took them long enough.",
                "Reply",
                "Amy says:",
                "March 3, 2024 at 11:40 am",
                "Will the lane be separated from traffic?",
            ),
        ),
        cut(
            "dateline_above_does_not_hide_the_thread",
            C1,
            "Posted July 14, 2015 at 9:00 am",
            *ARTICLE[1:],
            *thread(
                "Sharon says",
                "July 14, 2015 at 3:53 pm",
                "We cycle that road every morning, so this is great news.",
                "Reply",
                "Chris says",
                "July 14, 2015 at 4:30 pm",
                "What about the shops, though?",
                "Reply",
            ),
        ),
        cut(
            "user_names_as_authors",
            *ARTICLE,
            *thread(
                "1. sfcgeorge says:",
                "Thanks, this is the clearest summary of the vote I have read.",
                "Reply",
                "2. copywriting4u says:",
                "Does anyone know when the consultation closes?",
                "Reply",
            ),
        ),
        cut(
            "footer_after_the_thread_goes_too",
            *ARTICLE,
            *thread(
                "* Palash Goyal says:",
                "* Karl Fleischmann says:",
                "Great article, thanks for sharing it with us.",
                "January 10, 2019 at 9:50 am",
                "Reply",
                "About us",
                "Privacy policy",
            ),
        ),
        cut(
            "long_thread_after_a_long_article",
            *ARTICLE,
            G1,
            G2,
            G3,
            G4,
            *thread(
                *(
                    line
                    for n in range(1, 6)
                    for line in (
                        f"{n}. Reader {n} says",
                        f"May {n}, 2021 at 7:0{n} pm",
                        "I tried this last summer and it worked well for me.",
                        "Reply",
                    )
                )
            ),
        ),
        cut(
            "iso_time_stamps",
            *ARTICLE,
            *thread(
                "Dianna Caldwell says",
                "2023-08-03 14:05",
                "Thank you for this, it was very helpful to read.",
                "Tom Reed says",
                "2023-08-04 09:31",
                "The vote was closer than I expected.",
            ),
        ),
        cut(
            "reply_to_comment_links",
            *ARTICLE,
            *thread(
                "+ Josh Simi says",
                "September 22, 2020 at 9:35 pm",
                "That route looks much safer now.",
                "reply to comment",
                "+ Lena Park says",
                "September 23, 2020 at 7:02 am",
                "Agreed, my kids will use it every day.",
                "reply to comment",
            ),
        ),
    ],
}

NEGATIVES = {
    "comment_threads": [
        keep(
            "forum_thread_is_the_text",
            "paulb203 says",
            "March 3, 2024 at 9:12 am",
            G1,
            "Reply",
            "Chris says",
            "March 3, 2024 at 11:40 am",
            G2,
            "Reply",
            G3,
            G4,
        ),
        keep(
            "comments_outweigh_a_short_article",
            C1,
            C2,
            C3,
            C4,
            "Sharon says",
            "July 14, 2015 at 3:53 pm",
            G1,
            G2,
            G3,
            "Reply",
            "Chris says",
            "July 14, 2015 at 4:30 pm",
            M1,
            M2,
            M3,
            "Reply",
        ),
        keep(
            "live_blog_time_stamps_are_one_kind",
            *ARTICLE,
            "June 5, 2024 12:30",
            G1,
            "June 5, 2024 12:45",
            G2,
            "June 5, 2024 13:10",
            G3,
            "June 5, 2024 13:25",
            G4,
        ),
        keep(
            "quoted_speakers_in_prose",
            *ARTICLE,
            "The mayor says the lanes will be finished by the end of the year.",
            "Her deputy says otherwise, and on July 14, 2015 at 3:53 pm he wrote to the press.",
            "You can reply to the consultation until Friday.",
            "Reply forms are available at the town hall and in the library.",
        ),
        keep(
            "embedded_posts_with_reply_buttons",
            *ARTICLE,
            "The reform is a betrayal of every worker who has paid in for forty years.",
            "— Maria Lopez (@mlopez) July 14, 2023",
            "3:53 PM · Jul 14, 2023",
            "Reply",
            "We are ready to talk, but the retirement age has to be on the table first.",
            "— Daniel Roy (@droy) July 14, 2023",
            "4:30 PM · Jul 14, 2023",
            "Reply",
            G1,
            G2,
        ),
        keep(
            "live_blog_with_says_headings",
            *ARTICLE,
            "September 27, 2023 at 4:12 pm",
            "What the Met Office says",
            G1,
            "September 27, 2023 at 4:30 pm",
            "What the council says",
            G2,
            "September 27, 2023 at 4:45 pm",
            G3,
        ),
        keep(
            "results_table_with_finish_times",
            *ARTICLE,
            "2023 Evans Chebet (Kenya) 2:05:54",
            "2022 Evans Chebet (Kenya) 2:06:51",
            "2021 Benson Kipruto (Kenya) 2:09:51",
            "2019 Lawrence Cherono (Kenya) 2:07:57",
            "What the winner says",
            G1,
            G2,
        ),
        keep(
            "too_few_markers",
            *ARTICLE,
            "Sharon says",
            "July 14, 2015 at 3:53 pm",
            "Reply",
            G1,
        ),
        keep(
            "press_review_headings_are_one_kind",
            *ARTICLE,
            "The Harbour Gazette says",
            G1,
            "The Evening Post says",
            G2,
            "The Weekly Courier says",
            G3,
            "Radio Harbour says",
            G4,
        ),
        keep(
            "schedule_of_times_in_an_article",
            *ARTICLE,
            "Doors open at 18:30, 12 May 2025.",
            "The debate starts at 19:00, 12 May 2025.",
            "Questions from the floor at 20:15, 12 May 2025.",
            "Closing remarks at 21:00, 12 May 2025.",
        ),
        keep(
            "a_single_line_saying_says",
            *ARTICLE,
            "Nobody says",
            "it better than the poet of the harbour, who wrote about the road in 1931.",
            G1,
            G2,
        ),
    ],
}
