"""Cases for hard-wrapped text: paragraphs broken into lines of a fixed
width (html2text, ``lynx -dump``, e-mail), where one line of a paragraph
may read, alone, like clutter. Every paragraph below is wrapped as a greedy
wrapper breaks it: the first word of each line would not have fitted on the
line above. tests/test_filters.py runs them; tests/filter_helpers.py says
how they are written.
"""

from __future__ import annotations

from tests.filter_cases_page import NEWS_MENU, cuts
from tests.filter_helpers import cut, keep

# The site's menu, nine menu-like lines: the page opens with menus.
MENU = NEWS_MENU[:9]

POSITIVES = {
    "page_frame": [
        cut(
            "a_paragraph_ending_in_one_short_word_is_no_footer",
            *cuts(*MENU),
            "The city council voted 7-2 on Tuesday to extend the bike lane network along",
            "Harbour Road, ending a dispute that has divided the neighbourhood since the",
            "first plans were published in 2021. Work will start in September and the",
            "council expects the road to reopen in full before the end of the year.",
            "Opponents warned that shops on the road would lose dozens of parking spaces",
            "and said they would ask the courts to review the decision, which they called",
            "rushed, at a meeting of the traders' association that is due to be held on",
            "Sunday.",
            *cuts("About Us", "Contact", "© 2025 The Harbour Gazette"),
        ),
        cut(
            "a_lead_line_in_capitals_is_no_header",
            *cuts(*MENU),
            "",
            "NORTHFIELD, 14 June 2024 - Northfield Library Service has won the National",
            "Library Award for its reading scheme, which pairs older volunteers with",
            "children who are learning to read. The award was presented in London on",
            "Thursday evening, and the volunteers were there to collect it themselves.",
            "Since it began in 2021, the scheme has paired more than six hundred children",
            "with volunteers in eleven branch libraries, and an evaluation found that the",
            "children read, on average, four months ahead of their peers after a year.",
            "",
            *cuts("About Us", "Contact", "© 2025 The Harbour Gazette"),
        ),
    ],
}

NEGATIVES = {
    "advertisements": [
        keep(
            "a_paragraph_ending_in_sponsored",
            "The council's late-night sessions have become a local institution, broadcast",
            "live on community radio, and since last spring the whole programme is",
            "sponsored.",
        ),
    ],
    "share_prompts": [
        keep(
            "a_paragraph_ending_in_tweet",
            "Residents who want to support the campaign were asked by the organisers",
            "to write to their councillor, sign the petition at the library, or simply",
            "tweet.",
        ),
    ],
    "newsletter_prompts": [
        keep(
            "a_paragraph_ending_in_subscribe",
            "The volunteers meet every Thursday in the back room of the library, and anyone",
            "who wants to hear about the next meeting only has to ask at the desk and",
            "subscribe.",
        ),
    ],
    "cookie_notices": [
        keep(
            "a_wrapped_line_starting_like_a_cookie_notice",
            "Asked why the new booking site still shows a banner at all, the council's",
            "digital officer said the short answer was that the booking form is new and",
            "this site uses cookies only for the login, and the long answer is in the",
            "privacy statement.",
        ),
    ],
    "comment_prompts": [
        keep(
            "a_paragraph_ending_in_a_comment_count",
            "By the time the consultation closed on Friday the draft plan for the harbour",
            "had drawn more than a thousand responses by post and by e-mail, and the most",
            "read article about it on the council's own website and in the local paper had",
            "12 comments.",
        ),
    ],
    "see_more_teasers": [
        keep(
            "a_paragraph_ending_in_continue_reading",
            "The report runs to ninety pages and most residents will never read it, but",
            "the summary on page four is worth five minutes of anyone's time, and then",
            "continue reading.",
        ),
    ],
    "related_posts": [
        keep(
            "a_paragraph_ending_in_related",
            "The two problems look separate at first, but the engineers who",
            "studied the pumps for a year concluded that they are in fact closely",
            "related.",
        ),
    ],
    "promo_lines": [
        keep(
            "a_wrapped_line_starting_like_a_promo",
            "The engineers who studied the pumps for a year say the two failures are",
            "related: The pumps fail because the sensors fail, and the sensors fail",
            "because nobody has been paid to maintain them since the budget was cut.",
        ),
    ],
    "title": [
        keep(
            "a_wrapped_first_line_carried_on_by_a_number",
            "Since it began in 2021, the scheme has paired more than six hundred children",
            "240 volunteers in eleven branch libraries short of the number it needs, and",
            "an evaluation by the university found that the children who took part read",
            "four months ahead of their peers.",
        ),
    ],
}
