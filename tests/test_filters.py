"""Per-filter tests: every rule's positive cases and hard negatives.

The cases are data, by family: tests/filter_cases_widgets.py (markup,
share, newsletter, cookie, advertisement, comment), filter_cases_teasers.py
(promo, related, see-more), filter_cases_title.py (title, duplicates) and
filter_cases_review.py (lines found by reading each rule against its docs),
filter_cases_page.py (the site's frame in whole-page text),
filter_cases_threads.py (comment threads after an article),
filter_cases_nesting.py (the frame of a whole page that keeps its nesting
as indentation), filter_cases_footer.py (the site's footer found by its
links), filter_cases_wrapped.py (paragraphs hard-wrapped into
lines, one of which reads like clutter);
tests/filter_helpers.py says how they are written. This module runs them,
checks that every built-in filter has enough of both kinds, and that whole
clutter-free articles full of headings, list items and short lines pass
through every filter untouched.
"""

from __future__ import annotations

import pytest

from decruft import Removal, clean_and_explain, default_pipeline, filters
from decruft.lines import read_lines
from decruft.pipeline import Page
from tests import (
    filter_cases_footer,
    filter_cases_nesting,
    filter_cases_page,
    filter_cases_review,
    filter_cases_teasers,
    filter_cases_threads,
    filter_cases_title,
    filter_cases_widgets,
    filter_cases_wrapped,
)
from tests.filter_helpers import (
    C1,
    C2,
    C3,
    C4,
    COUNCIL,
    G1,
    G2,
    G3,
    assert_cuts,
    assert_unchanged,
    by_rule,
    keep,
    kept_lines,
    page,
)

FAMILIES = (
    filter_cases_widgets,
    filter_cases_teasers,
    filter_cases_title,
    filter_cases_review,
    filter_cases_page,
    filter_cases_threads,
    filter_cases_nesting,
    filter_cases_footer,
    filter_cases_wrapped,
)
MIN_CASES = 8


def _table(name: str) -> dict[str, list]:
    merged: dict[str, list] = {}
    for family in FAMILIES:
        for rule, cases in getattr(family, name).items():
            merged.setdefault(rule, []).extend(cases)
    return merged


POSITIVES = _table("POSITIVES")
NEGATIVES = _table("NEGATIVES")


@pytest.mark.parametrize(("rule", "lines"), by_rule(POSITIVES))
def test_filter_removes_its_clutter(rule: str, lines: tuple) -> None:
    assert_cuts(rule, lines)


@pytest.mark.parametrize(("rule", "lines"), by_rule(NEGATIVES))
def test_filter_keeps_look_alike_prose(rule: str, lines: tuple) -> None:
    assert_unchanged(lines)


@pytest.mark.parametrize(
    ("title", "lines"),
    [pytest.param(title, lines, id=case_id) for case_id, title, lines in filter_cases_title.TITLES],
)
def test_title_moves_to_result_title(title: str, lines: tuple) -> None:
    result = clean_and_explain(page(lines))
    assert result.title == title
    assert title not in [line.strip() for line in kept_lines(result.text)]


@pytest.mark.parametrize("rule", default_pipeline().names)
def test_every_filter_has_positives_and_hard_negatives(rule: str) -> None:
    assert len(POSITIVES.get(rule, ())) >= MIN_CASES
    assert len(NEGATIVES.get(rule, ())) >= MIN_CASES


def test_case_tables_name_only_real_filters() -> None:
    names = set(default_pipeline().names)
    assert set(POSITIVES) <= names
    assert set(NEGATIVES) <= names


ARTICLES = [
    keep(
        "recipe_with_headings_and_lists",
        "These lemon bars keep for three days in the fridge, if they last that long.",
        "",
        "Ingredients",
        "- 200g plain flour",
        "- 100g icing sugar",
        "- 3 large eggs",
        "- Zest and juice of 2 lemons",
        "",
        "Method",
        "1. Rub the butter into the flour and sugar",
        "2. Press into the tin and bake for 20 minutes",
        "3. Whisk the eggs with the lemon and pour over the base",
        "",
        "Serve cold",
        "Dust with icing sugar just before cutting.",
    ),
    keep(
        "interview_with_short_lines",
        "We met the potter in her studio on a wet Tuesday morning.",
        "Q. Do you still throw every pot yourself?",
        "Yes.",
        "Q. Even the big orders?",
        "Every one. That's the point.",
        "Q. What would you tell someone starting out?",
        "Buy a second-hand wheel.",
        "Make a hundred bad bowls.",
        "Then make a hundred more.",
    ),
    keep(
        "listicle_with_headings",
        "Spring is the best time to visit the city before the crowds arrive.",
        "The Old Harbour",
        "Fishing boats still land their catch here every morning at six.",
        "The Covered Market",
        "Go hungry and go early, before the best stalls sell out.",
        "The Botanical Garden",
        "Entry is free on the first Sunday of the month.",
    ),
    keep(
        "tutorial_with_code_and_table",
        "The config loader reads a JSON file and falls back to defaults.",
        "func Load(path string) (*Config, error) {",
        "\tdata, err := os.ReadFile(path)",
        "\tif err != nil {",
        "\t\treturn Default(), nil",
        "\t}",
        "\treturn Parse(data)",
        "}",
        "",
        "| Field | Default |",
        "|---|---|",
        "| port | 8080 |",
        "| debug | false |",
        "",
        "* * *",
        "",
        "That is all the loader needs.",
    ),
    keep(
        "social_media_study",
        "The survey asked 1,500 adults where they had seen news about the election.",
        "The most common answers were:",
        "- Twitter",
        "- Facebook groups",
        "- YouTube videos shared by friends",
        "Related posts on social media helped spread the rumor about the polling stations.",
        "Share your thoughts with your family before the vote, the election board urged.",
        "Read more: the full survey is available on the board's website.",
    ),
    keep(
        "essay_with_trailing_thoughts",
        "I have kept a notebook since I was eleven.",
        "Most of it is lists: books to read, words I liked, things people said on buses.",
        "And then there is the page my father wrote on, the week before he died…",
        "I still cannot read it all the way through.",
        "---",
        "Some notebooks are for remembering.",
        "Some are for forgetting.",
    ),
    # Sections named like a page's closing furniture: an "Author bio" section
    # of a guide, "About the author" above an interview's questions or under a
    # review. No rule may cut what follows them.
    keep(
        "guide_with_an_author_bio_section",
        (
            "A nonfiction book proposal is a sales document. Its job is to convince an agent,"
            " and then an editor, that there is a market for your book and that you are the "
            "right person to write it. Most proposals run to between twenty and fifty pages "
            "and follow a fairly standard structure, though agents differ on the details. "
            "Below are the sections almost every agent expects, in the order they usually "
            "appear, with a short note on what each should contain and the mistakes we see "
            "most often. Keep each section tight: an agent reads hundreds of these a month."
        ),
        "Overview",
        "Two pages that pitch the book.",
        "Author bio",
        "One page, third person.",
        "Focus on your platform.",
        "Include media appearances.",
        "Competitive titles",
        "Five to ten recent books.",
        "Chapter outline",
        "A paragraph per chapter.",
        "Sample chapters",
        "Usually one or two.",
    ),
    keep(
        "interview_with_about_the_author_before_the_questions",
        (
            "Idris Kane has published six collections in thirty years, each slimmer than the "
            "last. His new book, 'Fallow', is forty pages long and took him nine years to "
            "write. We met at his home in the Welsh borders, where he spends most mornings in"
            " the vegetable garden and most afternoons not writing, as he puts it. He was "
            "generous, funny and quick to contradict himself, and he talked for three hours "
            "about his late wife, the discipline of leaving things out, and why he has never "
            "owned a television. What follows is an edited version of our conversation, "
            "shortened for length and clarity."
        ),
        "About the author",
        "Kane was born in Swansea in 1951.",
        "He taught English in a comprehensive for twenty years.",
        "Q: Why did 'Fallow' take so long?",
        "A: Because I kept throwing it away.",
        "Q: Is the garden a metaphor?",
        "A: The garden is a garden. It only becomes a metaphor when I am lazy.",
        "Q: What are you reading now?",
        "A: Seamus Heaney, again. Always.",
    ),
    keep(
        "review_closing_with_the_reviewed_author",
        (
            "Mara Ellison's second novel follows three generations of a family of salt "
            "traders along the coast of Brittany, from the collapse of the old guilds in the "
            "1880s to the arrival of industrial refineries after the First World War. It is a"
            " patient, absorbing book, more interested in the rhythms of work and weather "
            "than in plot, and it rewards the reader who is willing to slow down to its pace."
        ),
        (
            "The central figure is Anne-Marie, who inherits her father's pans at nineteen and"
            " spends the rest of the book trying to keep them. Ellison is very good on the "
            "physical labour of the marshes, the raking and the drying and the endless worry "
            "about rain, and on the quiet politics of a village where everyone owes everyone "
            "else money."
        ),
        (
            "Where the novel falters is in its final third, when the action moves to Paris "
            "and the prose loses some of its texture. But the closing chapters, back on the "
            "coast, are as fine as anything Ellison has written."
        ),
        "About the author",
        "Mara Ellison grew up in Nantes and worked for ten years as a marine biologist.",
        "Her first novel, 'Low Water', won the Prix du Premier Roman in 2019.",
        "She lives in Saint-Malo with her husband and two children.",
        "'The Salt Road' is published by Harvill at £18.99.",
    ),
    keep(
        "obituary_quoting_the_columnists_bio",
        (
            "Ruth Okafor, who wrote this column every Saturday for twenty-two years, died on "
            "Thursday at her home in Leeds. She was 76. Ruth joined the paper as a sub-editor"
            " in 1979 and talked her way into a column in 2002, promising the editor she "
            "would run out of things to say within a year. She never did. Her subjects were "
            "her allotment, her neighbours, the bus service and the small injustices of daily"
            " life, and she wrote about them with a warmth and a sharpness that made "
            "thousands of readers feel she was writing about them. Below is the short "
            "biography she wrote for our website in 2002, which she refused to update."
        ),
        "About the author",
        "Ruth Okafor was born in Lagos and grew up in Leeds.",
        "She has two sons, one husband and too many tomatoes.",
        "She is 54 and does not intend to get older.",
        "Ruth is survived by her sons, Daniel and Peter, and four grandchildren.",
        "A funeral will be held at St. Chad's on 14 June.",
    ),
    # The site's own link labels as the article's own lines: a guide's
    # closing list of pages, a list of link texts, a how-to's steps.
    keep(
        "guide_ending_with_the_pages_a_site_needs",
        *COUNCIL,
        "The Pages You Need",
        "About Us",
        "Contact Us",
        "Privacy Policy",
        "Terms of Service",
    ),
    keep(
        "link_texts_in_a_list_the_text_introduces",
        *COUNCIL,
        "Common labels for the link are:",
        "Skip to content",
        "Skip to main content",
        "Back to top",
    ),
    keep(
        "how_to_naming_the_links_in_its_steps",
        *COUNCIL,
        "Sign in",
        "Open the menu, then choose Settings and Privacy to see what the site keeps.",
        "My Account",
        "Choose Download your data at the bottom of the page, and wait for the email.",
    ),
]


@pytest.mark.parametrize("lines", ARTICLES)
def test_clutter_free_article_passes_untouched(lines: tuple) -> None:
    assert_unchanged(lines)


@pytest.mark.parametrize(
    "build",
    [
        lambda: filters.PageFrame(min_menu_lines=0),
        lambda: filters.PageFrame(footer_menu_lines=0),
        lambda: filters.PageFooter(min_menu_lines=0),
        lambda: filters.OpeningMenus(min_menu_lines=0),
        lambda: filters.IndentedFrame(menu_lines=0),
        lambda: filters.CommentThreads(window=0),
        lambda: filters.CommentThreads(min_markers=1, min_authors=2),
        lambda: filters.CommentThreads(announce_within=-1),
        lambda: filters.FooterLinks(max_gap=-1),
        lambda: filters.FooterLinks(min_links=2, min_legal=3),
    ],
    ids=[
        "menu_run_of_0",
        "footer_run_of_0",
        "footer_menu_run_of_0",
        "opening_menu_run_of_0",
        "indented_menu_run_of_0",
        "window_of_0",
        "fewer_markers_than_authors",
        "negative_announce_window",
        "negative_footer_gap",
        "more_legal_links_than_links",
    ],
)
def test_options_that_cannot_work_are_refused_when_built(build) -> None:
    with pytest.raises(ValueError, match="needs"):
        build()


def _repeats_of_frame_lines(kept: list[str], frame: list[str]) -> list[str]:
    """What duplicate_lines removes from ``kept`` when ``frame`` (the lines
    above it) went to page_frame."""
    lines = read_lines("\n".join(frame + kept))
    removed = {
        line.number: Removal(line.number, line.text, "page_frame", "above the main text")
        for line in lines[: len(frame)]
    }
    page = Page(lines[len(frame) :], removed=removed)
    return [line.text for line, _ in filters.DuplicateLines().find(page)]


def test_a_block_repeating_the_frame_goes_with_it() -> None:
    frame = ["Iris Linen Dress", "€132.34", "Free Shipping", "Size Guide"]
    kept = [C1, C2, "Iris Linen Dress", "Free Shipping", "Size Guide", C3]
    assert _repeats_of_frame_lines(kept, frame) == [
        "Iris Linen Dress",
        "Free Shipping",
        "Size Guide",
    ]


def test_a_heading_the_sidebar_also_listed_stays() -> None:
    frame = ["Contents", "Early Life", "Career", "Legacy"]
    kept = [C1, "Early Life", C2, "Career", C3, "Legacy", C4]
    assert _repeats_of_frame_lines(kept, frame) == []


def test_indented_frame_keeps_the_top_once_the_header_is_cut() -> None:
    """page_frame cut a live blog's site header earlier in the pass: its
    summary and key events above the entries stay, its footer goes."""
    header = ["The Riverside Courier", "* Home", "* News", "* Politics"]
    top = [
        *filter_cases_nesting.at(
            12, "* Polls close at 8pm; results are expected after 10pm tonight."
        ),
        *filter_cases_nesting.at(12, "Key events"),
        *filter_cases_nesting.at(14, "* Polls Close", "* Turnout Above Forecast", "* Mayor Votes"),
    ]
    entries = filter_cases_nesting.at(18, *filter_cases_nesting.ESSAY)
    footer = filter_cases_nesting.at(8, "* About us", "* Contact", "* Careers")
    lines = read_lines("\n".join([*header, *top, *entries, *footer]))
    removed = {
        line.number: Removal(line.number, line.text, "page_frame", "above the main text")
        for line in lines[: len(header)]
    }
    page = Page(lines[len(header) :], removed=removed)
    found = [line.text for line, _ in filters.IndentedFrame().find(page)]
    assert found == list(footer)


def test_indented_frame_without_a_main_text_finds_nothing() -> None:
    text = "    * Home\n  * News\n        * Sport"
    assert clean_and_explain(text, [filters.IndentedFrame(min_main_words=0)]).removed == ()


@pytest.mark.xfail(
    strict=True,
    reason="a reading time under each dated teaser ends a related block after its first "
    "teaser; letting the block run past them also lets it take a whole page's 'Back to Top', "
    "which indented_frame reads as the end of the article's element (WCXB dev page 4186)",
)
def test_reading_times_under_dated_teasers_do_not_end_a_related_block() -> None:
    teasers = ["How to Grow Chillies Indoors", "Mar 11", "4 min read"]
    teasers += ["The Best Compost for Containers", "Feb 12", "6 min read"]
    result = clean_and_explain("\n".join([G1, G2, "You may also like", *teasers, "", G3]))
    assert result.text.splitlines() == [G1, G2, "", G3]
