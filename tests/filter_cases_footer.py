"""Cases for the site's footer found by its links: About us, Contact,
Privacy Policy and the like, below the main text of a whole page, signed
with a copyright line. tests/test_filters.py runs them;
tests/filter_helpers.py says how they are written.
"""

from __future__ import annotations

from tests.filter_helpers import COUNCIL, MUSEUM, SLEEP, Cut, cut, keep

ARTICLE = (*COUNCIL, *MUSEUM)
# A site's header: menu-like lines above the main text.
HEADER = ("* Home", "* News", "* Sport", "* Weather")
SIGN = "© 2025 The Harbour Gazette. All rights reserved."
LINKS = ("About Us", "Careers", "Contact", "Privacy Policy", "Terms of Use")


def cuts(*lines: str) -> tuple[Cut, ...]:
    """The lines as ``Cut`` lines."""
    return tuple(Cut(line) for line in lines)


def indented(spaces: int, *lines: str) -> tuple[str, ...]:
    """The lines indented by ``spaces``, as a renderer of the page's nesting sets them."""
    return tuple(" " * spaces + line for line in lines)


POSITIVES = {
    "footer_links": [
        cut("links_and_copyright_after_the_article", *HEADER, *ARTICLE, *cuts(*LINKS, SIGN)),
        cut(
            "the_site_name_above_the_links_stays",
            *HEADER,
            *ARTICLE,
            "The Harbour Gazette",
            *cuts("Company", *LINKS, SIGN),
        ),
        cut(
            "bulleted_links",
            *HEADER,
            *ARTICLE,
            *cuts("* About us", "* Jobs", "* Advertise", "* Terms & Conditions", SIGN),
        ),
        cut(
            "an_address_and_a_blurb_below_the_links",
            *HEADER,
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
            "a_column_of_legal_links_after_other_columns",
            *HEADER,
            *ARTICLE,
            "Shop",
            "* Gift Cards",
            "* New In",
            *cuts(
                "Help",
                "* Help Center",
                "* Shipping",
                "* Accessibility Statement",
                "Copyright © 2025 Harbour Outfitters",
            ),
        ),
        cut(
            "a_closing_sentence_of_the_article_stays_above",
            *HEADER,
            *ARTICLE,
            "Additional reporting by Sam Reed.",
            *cuts("Investors", "FAQ", "Legal Notice", SIGN),
        ),
        cut(
            "social_and_app_links_below_the_links",
            *HEADER,
            *ARTICLE,
            *cuts(*LINKS),
            Cut("Follow us", "share_prompts"),
            Cut("Facebook", "share_prompts"),
            Cut("Instagram", "share_prompts"),
            *cuts("Download on the App Store", SIGN),
        ),
        # Indented as a renderer of the page's nesting sets it: the cut starts
        # at the run, and the footer's column above it stays.
        cut(
            "indented_footer_after_another_column",
            *indented(2, *HEADER),
            *indented(8, *ARTICLE),
            *indented(2, "Sections", "* Local", "* Letters"),
            *cuts(*indented(2, *(f"* {link}" for link in LINKS), SIGN)),
        ),
        cut(
            "indented_article_list_above_the_footer_stays",
            *indented(2, *HEADER),
            *indented(8, *ARTICLE, "Key dates"),
            *indented(10, "* September: work starts", "* January: lane opens"),
            *cuts(*indented(2, *(f"* {link}" for link in LINKS), SIGN)),
        ),
        # The run nearest the copyright line is the footer's: an about page's
        # list of its departments higher up stays.
        cut(
            "the_run_nearest_the_copyright_line",
            *HEADER,
            *ARTICLE,
            "Our teams",
            "Careers",
            "Press",
            "Investors",
            "Legal",
            "Our offices are in Northfield and Southport.",
            *cuts("About Us", "Contact", "Privacy Policy", "Terms of Use", SIGN),
        ),
        # A footer link another rule removed still stands in the footer's
        # run: the run nearest the sign is still the footer's.
        cut(
            "a_footer_link_removed_by_another_rule_still_counts",
            *HEADER,
            *ARTICLE,
            "Explore",
            "Our Story",
            "Careers",
            "Newsroom",
            "Investor Relations",
            "Legal",
            "Questions about the lane? The council answers within two working days.",
            *cuts("Contact", "Privacy Policy"),
            Cut("Cookie Policy", "cookie_notices"),
            *cuts(SIGN),
        ),
        # Removed links add to a run that kept links open, and open none: a
        # consent banner read as the main text, its links, and the short
        # product page under them stay.
        cut(
            "removed_links_open_no_run",
            *HEADER,
            "We and our 143 partners use cookies and similar technologies to store and access "
            "information on your device, to measure how our site is used, to personalise "
            "content and advertising, and to improve our products; you can accept all "
            "cookies, reject them or choose which ones to allow.",
            Cut("Cookie Settings", "cookie_notices"),
            Cut("Cookie Policy", "cookie_notices"),
            "Privacy Policy",
            "Harbour Waxed Jacket",
            "£189",
            "Hand-waxed organic cotton.",
            "Sizes S-XL",
            "About Us",
            "Contact",
            "© 2025 Harbour Outfitters",
        ),
        # The cut starts at the first link: the
        # article's closing list and its sign-off right above stay.
        cut(
            "a_closing_list_and_a_sign_off_above_the_links_stay",
            *HEADER,
            *ARTICLE,
            "Key takeaways",
            "- Vote 7-2",
            "- Work From September",
            "Maria Lopez, Transport Editor",
            *cuts(*LINKS, SIGN),
        ),
    ],
}

NEGATIVES = {
    "footer_links": [
        # An article an extractor cut out: no header, no frame cut (a guide
        # ending with the pages a site needs is among tests/test_filters.py's
        # clutter-free articles).
        keep(
            "a_tutorial_showing_a_footer_and_its_copyright_line",
            *COUNCIL,
            "The essential pages",
            "* Home",
            "* About Us",
            "* Contact",
            "* Privacy Policy",
            "* Terms of Service",
            "And in the footer, a line such as",
            "© 2025 Your Business Name",
        ),
        keep(
            "a_readme_with_its_licence",
            *COUNCIL,
            "## Support",
            "Open an issue on the tracker.",
            "## Code of Conduct",
            "Be kind to each other.",
            "## Disclaimer",
            "No warranty of any kind.",
            "## License",
            "Copyright © 2024 The Harbour Authors",
        ),
        keep(
            "the_pages_in_a_list_the_text_introduces",
            *HEADER,
            *COUNCIL,
            "A simple footer for a small business site could read:",
            "About Us",
            "Contact",
            "Privacy Policy",
            "Terms of Use",
            "© 2025 Your Company",
        ),
        # Headings of a page's sections, each with its lines: no run of links.
        keep(
            "a_policy_page_with_headings",
            *HEADER,
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
        keep(
            "a_shop_faq_with_one_line_answers",
            *HEADER,
            *ARTICLE,
            "Shipping",
            "- Free Over £50",
            "Returns",
            "- Within 30 Days",
            "Privacy",
            "- Never Shared",
            "© 2025 Harbour Outfitters",
        ),
        keep(
            "a_press_release_contact_block",
            *HEADER,
            *ARTICLE,
            "Contact",
            "Jane Doe",
            "Head of Communications",
            "Press",
            "press@harbour.example",
            "Legal",
            "© 2025 Harbour Council",
        ),
        # The article resumes below the list: its prose outweighs half the main text.
        keep(
            "the_article_goes_on_after_the_list",
            *HEADER,
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
            *HEADER,
            *ARTICLE,
            "About us",
            "Contact",
            "Privacy policy",
            "Photograph: Jane Doe © RSC",
        ),
        # The sidebar outweighs a short post, and its links and categories
        # stand above the post: a paragraph between them and the sign says
        # they head text.
        keep(
            "a_sidebar_heavier_than_the_post_below_its_links",
            *HEADER,
            "About me",
            "I am a home cook from Northfield who has spent the last twenty years feeding a "
            "large family on a small budget, and this blog collects the recipes that survived "
            "every one of those years, the failures I learned from, and the shortcuts that "
            "make a weekday dinner possible when everyone is tired and hungry.",
            "About",
            "Contact",
            "Privacy Policy",
            "Disclaimer",
            "Categories",
            "Soups",
            "Bread",
            "Cakes",
            "Salads",
            "Pasta",
            "Curries",
            "Pies",
            "Drinks",
            "Lentil soup for a cold week",
            "This soup costs very little and keeps for three days in the fridge.",
            "Soften the onion in the oil, add the lentils and the stock, and simmer for "
            "half an hour.",
            "Home",
            "Blog",
            "© 2025 Anna's Kitchen",
        ),
        keep(
            "a_photo_credit_with_a_year_is_no_site_notice",
            *HEADER,
            *ARTICLE,
            "Help",
            "Support",
            "Legal",
            "Photo: © 2025 Reuters/Ana Ruiz",
        ),
        keep(
            "a_copyright_sign_inside_a_sentence",
            *HEADER,
            *ARTICLE,
            "- Home",
            "- About Us",
            "- Contact",
            "- Privacy Policy",
            "Add a copyright line like © 2025 Your Name at the bottom of every page.",
        ),
        keep(
            "links_that_are_sentences_of_the_article",
            *HEADER,
            *ARTICLE,
            "Contact us if you saw the collision.",
            "Read the council's privacy policy before you sign the petition.",
            "The terms of use of the new lane are posted at both ends.",
            "© 2025 The Harbour Gazette",
        ),
    ],
}
