"""Cases for nested menus: a site's navigation printed as lists nested three
levels deep, as inscriptis and text browsers print a page's drop-down menus.
tests/test_filters.py runs them; tests/filter_helpers.py says how they are
written.

The positive pages are whole pages (they end with the site's copyright
line) that the frame rules leave alone: their menus are shorter than the
nine lines that make a page "open with menus", and their articles are too
short for indented_frame.
"""

from __future__ import annotations

from tests.filter_cases_nesting import COPYRIGHT, ESSAY, at, cut_at
from tests.filter_helpers import cut, keep

SHOP_MENU = (
    (10, "* Coffee"),
    (18, "+ Organic Coffee"),
    (22, "o Light Roast"),
    (22, "o Medium Roast"),
    (22, "o Dark Roast"),
    (18, "+ Flavored Coffee"),
    (22, "o Vanilla"),
    (10, "* Merch"),
)
SITEMAP = (
    (6, "* Company"),
    (10, "+ About"),
    (14, "o Our Story"),
    (14, "o Careers"),
    (10, "+ Press"),
    (6, "* Help"),
    (10, "+ Shipping"),
    (10, "+ Returns"),
)
BYLINE = ("By Maria Jansen", "12 March 2025")
# A line under the menus that is no menu item (more than six words), so
# that the page does not open with nine menu-like lines.
TAGLINE = "Harbour Roasters Coffee Company of the North Coast"
SITE = "The Riverside Courier"
# About 90 words: a main text, too short for indented_frame.
SHORT_ESSAY = ESSAY[:3]


def indented(pairs: tuple[tuple[int, str], ...]) -> tuple[str, ...]:
    """Each ``(depth, text)`` as a line indented ``depth`` spaces."""
    return tuple(" " * depth + text for depth, text in pairs)


def cut_indented(pairs: tuple[tuple[int, str], ...]) -> tuple:
    """Each ``(depth, text)`` as a line to be cut, indented ``depth`` spaces."""
    return tuple(line for depth, text in pairs for line in cut_at(depth, text))


POSITIVES = {
    "nested_menus": [
        cut(
            "a_shop_mega_menu_above_a_blog_post",
            *cut_indented(SHOP_MENU),
            "",
            *at(6, TAGLINE),
            *at(12, *BYLINE),
            *at(12, *SHORT_ESSAY),
            *at(4, COPYRIGHT),
        ),
        cut(
            "a_footer_sitemap_below_the_article",
            *at(12, *SHORT_ESSAY),
            "",
            *at(6, SITE),
            *cut_indented(SITEMAP),
            *at(4, COPYRIGHT),
        ),
        cut(
            "menu_items_with_descriptions_under_them",
            *cut_indented(
                (
                    (12, "* Fix Your Stuff"),
                    (18, "+ Repair Guides"),
                    (20, "Learn how to fix just about anything."),
                    (18, "+ Answers Forum"),
                    (20, "Share solutions and get help."),
                    (24, "o Teardowns"),
                    (12, "* Store"),
                )
            ),
            *at(6, TAGLINE),
            *at(12, *BYLINE),
            *at(12, *SHORT_ESSAY),
            *at(4, COPYRIGHT),
        ),
        cut(
            "a_documentation_sidebar_after_the_page",
            *at(8, *SHORT_ESSAY),
            *at(4, "Contents"),
            *cut_indented(
                (
                    (4, "1. Getting started"),
                    (8, "1. Installation"),
                    (12, "1. On Linux"),
                    (12, "2. On Windows"),
                    (8, "2. First steps"),
                    (4, "2. User guide"),
                    (8, "1. Configuration"),
                )
            ),
            *at(4, COPYRIGHT),
        ),
        cut(
            "text_browser_bullets",
            *cut_indented(
                (
                    (3, "• Products"),
                    (6, "◦ Laptops"),
                    (9, "▪ Gaming Laptops"),
                    (9, "▪ Business Laptops"),
                    (6, "◦ Phones"),
                    (3, "• Support"),
                )
            ),
            *at(3, TAGLINE),
            *at(6, *BYLINE),
            *at(6, *SHORT_ESSAY),
            *at(3, COPYRIGHT),
        ),
        cut(
            "tabs_count_as_indentation",
            *("\t\t\t" + paragraph for paragraph in SHORT_ESSAY),
            "\t" + SITE,
            *cut_indented(
                (
                    (0, "\t* Visit"),
                    (0, "\t\t+ Opening Hours"),
                    (0, "\t\t\to Summer"),
                    (0, "\t\t\to Winter"),
                    (0, "\t\t+ Getting Here"),
                    (0, "\t* Shop"),
                )
            ),
            "\t" + COPYRIGHT,
        ),
        cut(
            "a_line_set_where_the_menus_text_starts_stays",
            *cut_indented(SHOP_MENU),
            *at(12, TAGLINE),
            *at(12, *BYLINE),
            *at(12, *SHORT_ESSAY),
            *at(4, COPYRIGHT),
        ),
        cut(
            "a_sidebar_tree_under_its_heading",
            *at(12, *BYLINE),
            *at(12, *SHORT_ESSAY),
            *at(8, "Shop by roast"),
            *cut_indented(SHOP_MENU),
            *at(8, "Free shipping on orders over $50"),
            *at(4, COPYRIGHT),
        ),
        cut(
            "an_article_list_and_the_sitemap_after_it_are_two_lists",
            *at(12, *SHORT_ESSAY),
            *at(12, "Sources"),
            *at(6, "* Parish records"),
            *at(10, "+ Haarlem", "+ Alkmaar"),
            *at(6, "* Contractors' account books"),
            "",
            *cut_indented(SITEMAP),
            *at(4, COPYRIGHT),
        ),
        cut(
            "a_german_shop_menu",
            *cut_indented(
                (
                    (8, "* Damen"),
                    (12, "+ Bekleidung"),
                    (16, "o Jacken"),
                    (16, "o Kleider"),
                    (12, "+ Schuhe"),
                    (8, "* Herren"),
                    (12, "+ Bekleidung"),
                )
            ),
            *at(10, "Lokales"),
            *at(
                10,
                "Der Stadtrat hat am Dienstag mit sieben zu zwei Stimmen beschlossen, das "
                "Radwegenetz entlang der Hafenstraße bis zum nächsten Sommer zu erweitern.",
                "Die Befürworter sagten, die Änderung mache den Weg für die Kinder, die mit dem "
                "Rad zur Schule fahren, viel sicherer als bisher, und das sei längst überfällig.",
            ),
            *at(4, "© 2025 Hafenblatt"),
        ),
    ],
}

NEGATIVES = {
    "nested_menus": [
        keep(
            "no_sign_of_a_whole_page",
            *indented(SHOP_MENU),
            *at(12, *BYLINE),
            *at(12, *SHORT_ESSAY),
        ),
        keep(
            "an_outline_inside_the_article",
            *at(12, *ESSAY[:4]),
            *indented(
                (
                    (14, "* Spring"),
                    (18, "+ Dyke repairs"),
                    (22, "o Clay"),
                    (22, "o Reeds"),
                    (18, "+ Ditches"),
                    (14, "* Summer"),
                    (18, "+ Mowing"),
                )
            ),
            *at(12, *ESSAY[4:]),
            *at(4, COPYRIGHT),
        ),
        keep(
            "a_reference_list_that_a_sentence_introduces",
            *at(12, *SHORT_ESSAY),
            *at(8, "The resource block supports the following arguments:"),
            *indented(
                (
                    (8, "* resource block"),
                    (12, "+ count number"),
                    (12, "+ lifecycle block"),
                    (16, "o prevent_destroy boolean"),
                    (16, "o ignore_changes list"),
                    (12, "+ provider reference"),
                )
            ),
            *at(4, COPYRIGHT),
        ),
        keep(
            "a_closing_list_nested_as_deep_as_the_article",
            *at(12, *SHORT_ESSAY),
            *at(12, "Ingredients"),
            *indented(
                (
                    (14, "* For the cake"),
                    (18, "+ Sponge"),
                    (22, "o 250 g butter"),
                    (22, "o 4 eggs"),
                    (18, "+ Syrup"),
                    (22, "o Juice of 2 lemons"),
                )
            ),
            *at(4, COPYRIGHT),
        ),
        keep(
            "a_readme_feature_list_under_a_heading",
            "# tidewater",
            "",
            "Tidewater reads tide tables from the national survey and answers one question: "
            "when is the water high enough to take the boat out of the harbour today?",
            "",
            "## Features",
            "",
            "- Stations",
            "  - Coastal",
            "    - North Sea",
            "    - Wadden Sea",
            "  - Rivers",
            "- Output",
            "  - Plain text",
            "",
            "© 2025 the tidewater authors",
        ),
        keep(
            "a_list_between_hard_wrapped_paragraphs",
            "   By Maria Jansen",
            "",
            "   The city council on Tuesday published, after a year of delays, its",
            "   long-awaited plan for a new department structure, merging eleven offices",
            "   into four directorates by the end of next year.",
            "",
            "   The new structure",
            "",
            "     * Directorate of Place",
            "          + Planning",
            "               o Building Control",
            "               o Conservation",
            "          + Highways",
            "     * Directorate of People",
            "",
            "   Under the plan, each directorate will be led by a director who reports",
            "   to the chief executive, replacing the current arrangement in which",
            "   eleven heads of service report directly to the council's leader.",
            "",
            "   Councillors from the opposition group said they were not opposed to",
            "   change in principle, but that the consultation had been rushed and",
            "   staff had not been given enough time to respond to the proposals.",
            "",
            "   © 2025 The Riverside Courier",
        ),
        keep(
            "nested_clauses_of_full_sentences",
            *at(12, *SHORT_ESSAY),
            *indented(
                (
                    (8, "1. The tenant shall keep the premises in good repair at all times."),
                    (12, "a) This includes the windows, the doors and the locks of the house."),
                    (16, "i) Broken glass is to be replaced within fourteen days of the damage."),
                    (16, "ii) Locks are to be replaced only by a locksmith the landlord names."),
                    (12, "b) The garden is to be kept tidy, and its hedges cut twice a year."),
                    (8, "2. The landlord shall insure the building against fire and flood."),
                )
            ),
            *at(4, COPYRIGHT),
        ),
        keep(
            "a_short_nested_list",
            *at(12, *SHORT_ESSAY),
            *indented(
                (
                    (6, "* Sources"),
                    (10, "+ Archives"),
                    (14, "o Haarlem"),
                    (14, "o Alkmaar"),
                    (10, "+ Letters"),
                )
            ),
            *at(4, COPYRIGHT),
        ),
        keep(
            "wrapped_items_whose_next_line_starts_with_o",
            *at(12, *SHORT_ESSAY),
            *at(8, "Documentos"),
            *indented(
                (
                    (8, "* Para o pedido"),
                    (12, "+ Certidão de nascimento ou"),
                    (14, "o passaporte válido"),
                    (12, "+ Declaração do senhorio com"),
                    (14, "o prazo do contrato"),
                    (8, "* Para a renovação"),
                )
            ),
            *at(4, COPYRIGHT),
        ),
        keep(
            "an_outline_with_no_paragraph_at_all",
            *indented(
                (
                    (0, "* Week 1"),
                    (4, "+ Introduction"),
                    (8, "o Course overview"),
                    (8, "o Reading list"),
                    (4, "+ Set texts"),
                    (0, "* Week 2"),
                    (4, "+ The early modern city"),
                )
            ),
            "© 2025 Department of History",
        ),
    ],
}
