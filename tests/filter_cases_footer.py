"""Cases for the site's footer found by its links: About us, Contact,
Privacy Policy and the like, below the main text, signed with a copyright
line. tests/test_filters.py runs them; tests/filter_helpers.py says how they
are written.
"""

from __future__ import annotations

from tests.filter_helpers import COUNCIL, MUSEUM, SLEEP, Cut, cut, keep

ARTICLE = (*COUNCIL, *MUSEUM)
SIGN = "© 2025 The Harbour Gazette. All rights reserved."
LINKS = ("About Us", "Careers", "Contact", "Privacy Policy", "Terms of Use")


def cuts(*lines: str) -> tuple[Cut, ...]:
    """The lines as ``Cut`` lines."""
    return tuple(Cut(line) for line in lines)


POSITIVES = {
    "footer_links": [
        cut("links_and_copyright_after_the_article", *ARTICLE, *cuts(*LINKS, SIGN)),
        cut(
            "column_heading_and_site_name_above_the_links",
            *ARTICLE,
            *cuts("The Harbour Gazette", "Company", *LINKS, SIGN),
        ),
        cut(
            "bulleted_links_with_the_copyright_line_first",
            *ARTICLE,
            *cuts(SIGN, "* About us", "* Jobs", "* Advertise", "* Terms & Conditions"),
        ),
        cut(
            "an_address_and_a_blurb_below_the_links",
            *ARTICLE,
            *cuts(
                "Contact us",
                "Newsroom",
                "Privacy",
                "Sitemap",
                "The Harbour Gazette is an independent local newspaper.",
                "12 Quay Street, Northfield",
                SIGN,
            ),
        ),
        cut(
            "links_in_columns_between_other_footer_lines",
            *ARTICLE,
            *cuts(
                "Help",
                "* Help Center",
                "* Shipping",
                "Store",
                "* Gift Cards",
                "* Store Locator",
                "Legal",
                "* Accessibility Statement",
                "Copyright © 2025 Harbour Outfitters",
            ),
        ),
        cut(
            "after_a_short_header",
            "* Home",
            "* News",
            "* Sport",
            *ARTICLE,
            *cuts("About Us", "Press", "Privacy Policy", SIGN),
        ),
        cut(
            "indented_like_a_whole_page",
            *(f"    {line}" for line in ARTICLE),
            *cuts(*(f"      * {link}" for link in LINKS), f"    {SIGN}"),
        ),
        cut(
            "a_closing_sentence_of_the_article_stays_above",
            *ARTICLE,
            "Additional reporting by Sam Reed.",
            *cuts("Investors", "FAQ", "Legal Notice", SIGN),
        ),
        cut(
            "social_and_app_links_below_the_links",
            *ARTICLE,
            *cuts(*LINKS),
            Cut("Follow us", "share_prompts"),
            Cut("Facebook", "share_prompts"),
            Cut("Instagram", "share_prompts"),
            *cuts("Download on the App Store", SIGN),
        ),
    ],
}

NEGATIVES = {
    "footer_links": [
        # Below the main text, but with no copyright line the page does not sign.
        keep(
            "a_guide_ending_with_the_pages_a_site_needs",
            *COUNCIL,
            "The Pages You Need",
            "About Us",
            "Contact Us",
            "Privacy Policy",
            "Terms of Service",
        ),
        keep(
            "the_pages_in_a_list_the_text_introduces",
            *COUNCIL,
            "A simple footer for a small business site could read:",
            "About Us",
            "Contact",
            "Privacy Policy",
            "Terms of Use",
            "© 2025 Your Company",
        ),
        # Headings of a policy page, each with its paragraph: the main text.
        keep(
            "a_policy_page_with_headings",
            "Privacy",
            "We keep your name and address only for as long as your subscription runs, "
            "and we never sell them.",
            "Cookies",
            "The site sets one cookie to remember that you are signed in, and no others.",
            "Accessibility",
            "Every page can be read with a screen reader, and every image has a description.",
            "Contact Us",
            "Write to the data officer at the address below with any question about your data.",
            "© 2025 The Harbour Gazette",
        ),
        # The article resumes below the list: its prose outweighs half the main text.
        keep(
            "the_article_goes_on_after_the_list",
            *COUNCIL,
            "About Us",
            "Careers",
            "Privacy Policy",
            "Terms of Use",
            *MUSEUM,
            *SLEEP,
            "© 2025 The Harbour Gazette",
        ),
        keep(
            "a_photo_credit_is_no_site_notice",
            *ARTICLE,
            "About us",
            "Contact",
            "Privacy policy",
            "Photograph: Jane Doe © RSC",
        ),
        keep(
            "two_links_are_not_a_footer",
            *ARTICLE,
            "Contact",
            "Privacy Policy",
            "Weather",
            "© 2025 The Harbour Gazette",
        ),
        keep(
            "no_legal_page_among_the_links",
            *ARTICLE,
            "About Us",
            "Careers",
            "Press",
            "Investors",
            "© 2025 The Harbour Gazette",
        ),
        keep(
            "links_that_are_sentences_of_the_article",
            *ARTICLE,
            "Contact us if you saw the collision.",
            "Read the council's privacy policy before you sign the petition.",
            "The terms of use of the new lane are posted at both ends.",
            "© 2025 The Harbour Gazette",
        ),
        keep(
            "too_short_to_tell",
            "Ferries resume on Monday.",
            "About Us",
            "Contact",
            "Privacy Policy",
            "© 2025 The Harbour Gazette",
        ),
    ],
}
