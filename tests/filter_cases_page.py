"""Cases for the whole-page filter: the site's frame around the article in a
page's full visible text. tests/test_filters.py runs them;
tests/filter_helpers.py says how they are written.
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

NEWS_MENU = (
    "Home",
    "News",
    "Politics",
    "Business",
    "Science",
    "Culture",
    "Sport",
    "Opinion",
    "Podcasts",
    "Log in",
)
FOOTER = (
    "About Us",
    "Contact",
    "Privacy Policy",
    "Terms of Use",
    "© 2025 The Harbour Gazette. All rights reserved.",
)


def cuts(*lines: str) -> tuple[Cut, ...]:
    """The lines as ``Cut`` lines."""
    return tuple(Cut(line) for line in lines)


GERMAN_BODY = (
    "Der Stadtrat hat am Dienstag mit sieben zu zwei Stimmen beschlossen, das Radwegenetz "
    "entlang der Hafenstraße bis zum nächsten Sommer deutlich zu erweitern.",
    "Die Befürworter sagten, die Änderung mache den Weg für die Kinder, die mit dem Rad zur "
    "Schule fahren, viel sicherer als bisher.",
    "Die Gegner warnten, dass die Geschäfte an der Straße dadurch Dutzende von Parkplätzen "
    "verlieren würden und die Kundschaft ausbleiben könnte.",
)
JAPANESE_BODY = (
    "市議会は火曜日、港通り沿いの自転車専用レーンを延長する案を賛成七、反対二で可決した。"
    "工事は九月に始まり、約四か月かかる見込みだという。",
    "賛成派は、子どもたちが自転車で安全に通学できるようになると述べた。"
    "一方、反対派は通り沿いの商店が多くの駐車スペースを失うと警告した。",
)

TABLE_OF_CONTENTS = (
    "Contents",
    "Choosing a Pot",
    "Soil and Compost",
    "Sunlight",
    "Watering",
    "Feeding",
    "Pruning",
    "Pests",
    "Harvest",
    "Storage",
)
INGREDIENTS = (
    "Ingredients",
    "- 500 g Flour",
    "- 2 Eggs",
    "- Olive Oil",
    "- Salt",
    "- Fresh Basil",
    "- Garlic",
    "- Tomatoes",
    "- Parmesan",
    "- Black Pepper",
)

# A recipe's introduction between short lines, its ingredients and the
# heading of its method: an article with a list, not a page's menus.
RECIPE_START = (
    "Rich, fudgy and ready in under an hour, these brownies are a family favourite.",
    "Prep time: 15 minutes",
    "Cook time: 30 minutes",
    "Makes 16 squares",
    "Use dark chocolate with at least seventy percent cocoa solids for the best flavour.",
    "You can swap the walnuts for pecans or leave them out entirely.",
    *INGREDIENTS,
    "Method",
)

POSITIVES = {
    "page_frame": [
        cut(
            "news_page_header_and_footer",
            *cuts(*NEWS_MENU, "Bike Lanes Reach the Harbour", "By Ana Ruiz"),
            C1,
            C2,
            C3,
            C4,
            *cuts(*FOOTER),
        ),
        cut(
            "bullet_menus_and_sidebar",
            *cuts(*(f"* {item}" for item in NEWS_MENU), "Search", "Most read"),
            M1,
            M2,
            M3,
            M4,
            *cuts("* Facebook", "* Instagram", "* YouTube", "Newsletter"),
        ),
        cut(
            "breadcrumbs_and_section_names",
            *cuts(*NEWS_MENU[:9], "Home » Science » Health", "Health"),
            S1,
            S2,
            S3,
            S4,
            *cuts("Related Topics", "Sleep", "Teenagers", "Education"),
        ),
        cut(
            "closing_list_before_footer_stays",
            *cuts(*NEWS_MENU),
            G1,
            G2,
            G3,
            "Sources: the Royal Horticultural Society and the Garden Trust.",
            "- Seed catalogue, spring edition.",
            *cuts(*FOOTER),
        ),
        cut(
            "cookie_line_before_the_menus",
            *cuts("We use cookies to give you the best experience.", *NEWS_MENU),
            C1,
            C2,
            C3,
            *cuts(*FOOTER),
        ),
        cut(
            "german_page",
            *cuts(
                "Startseite",
                "Nachrichten",
                "Politik",
                "Wirtschaft",
                "Kultur",
                "Sport",
                "Wissen",
                "Reisen",
                "Anmelden",
            ),
            *GERMAN_BODY,
            *cuts("Impressum", "Datenschutz", "Kontakt", "© 2025 Hafenblatt"),
        ),
        cut(
            "japanese_page",
            *cuts(
                "ホーム",
                "ニュース",
                "政治",
                "経済",
                "国際",
                "スポーツ",
                "文化",
                "科学",
                "ログイン",
            ),
            *JAPANESE_BODY,
            *cuts("会社概要", "お問い合わせ", "プライバシーポリシー", "利用規約"),
        ),
        cut(
            "sidebar_ends_the_main_text",
            *cuts(*NEWS_MENU),
            C1,
            C2,
            C3,
            C4,
            *cuts(
                "Most read",
                "Weather",
                "Traffic",
                "Tides",
                "Obituaries",
                "Puzzles",
                "Crossword",
                "Horoscopes",
                "Letters",
                "Ferry prices rise again as the operator blames the cost of fuel and "
                "the new harbour fees agreed last spring by the port authority.",
                "A local bakery has won a national award for its sourdough, the third "
                "prize for the family business since it opened on the quay in 1987.",
                *FOOTER,
            ),
        ),
        cut(
            "list_introduced_by_a_colon_stays_inside_a_whole_page",
            *cuts(*NEWS_MENU),
            C1,
            C2,
            C3,
            "The ten members of the new cycling committee are:",
            "Ana Ruiz",
            "Tom Reed",
            "Lena Park",
            "Omar Haddad",
            "Kate Byrne",
            "Yusuf Demir",
            "Maria Costa",
            "Jonas Berg",
            "Ines Duarte",
            "Paul Novak",
            C4,
            M1,
            *cuts(*FOOTER),
        ),
        # The restraint of the rule: only the headline goes, to `title`.
        cut(
            "recipe_under_a_headline_keeps_its_introduction",
            Cut("Fudgy Walnut Brownies", "title"),
            *RECIPE_START,
            C1,
            C2,
            C3,
            C4,
            M1,
            M2,
            M3,
            M4,
        ),
        cut(
            "prose_after_the_footer_run_goes_too",
            *cuts(*NEWS_MENU),
            M1,
            M2,
            M3,
            *cuts(
                "Popular",
                "Weather",
                "Traffic",
                *FOOTER,
                "The Harbour Gazette is published by Harbour Media, a member of the press council.",
            ),
        ),
    ],
}

NEGATIVES = {
    "page_frame": [
        keep("contents_after_an_intro", G1, G2, G3, *TABLE_OF_CONTENTS, G4, S1, S2),
        keep(
            "menus_then_an_intro_then_a_list",
            *NEWS_MENU,
            G1,
            G2,
            *TABLE_OF_CONTENTS,
            G3,
            G4,
            S1,
            S2,
            S3,
        ),
        keep(
            "recipe_intro_between_short_lines",
            *RECIPE_START,
            C1,
            C2,
            C3,
            C4,
            M1,
        ),
        keep("recipe_list_after_the_intro", C1, C2, C3, *INGREDIENTS, C4, M1, M2),
        keep("article_ending_in_a_list", S1, S2, S3, S4, *TABLE_OF_CONTENTS[1:]),
        keep(
            "table_rows_are_not_menus",
            *(f"| {year} | {year - 1970} |" for year in range(2010, 2022)),
            C1,
            C2,
            C3,
        ),
        keep(
            "too_little_prose_to_call_a_main_text",
            *TABLE_OF_CONTENTS[1:],
            "Water deeply twice a week.",
            "Feed once the first fruit sets.",
        ),
        keep(
            "two_texts_of_like_weight",
            M1,
            M2,
            *TABLE_OF_CONTENTS[1:],
            G1,
            G2,
            G3,
        ),
        keep(
            "poem_lines_are_not_menus",
            "Whose woods these are I think I know.",
            "His house is in the village though;",
            "He will not see me stopping here",
            "To watch his woods fill up with snow.",
            "My little horse must think it queer",
            "To stop without a farmhouse near",
            "Between the woods and frozen lake",
            "The darkest evening of the year.",
            "He gives his harness bells a shake",
            "To ask if there is some mistake.",
            S1,
            S2,
            S3,
        ),
        keep("japanese_article_alone", *JAPANESE_BODY, "参考文献", "市議会資料"),
    ],
}
