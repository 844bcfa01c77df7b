"""Filters for links to other articles: inline promo lines, related-content
blocks and "See More" teasers. See tests/filter_helpers.py for how cases
are written.
"""

from __future__ import annotations

import pytest

from tests.filter_helpers import (
    COUNCIL,
    GARDEN,
    MUSEUM,
    SLEEP,
    Cut,
    assert_cuts,
    assert_unchanged,
    by_rule,
    cut,
    keep,
)

C1, C2, C3, C4 = COUNCIL
G1, G2, G3, G4 = GARDEN
M1, M2, M3, M4 = MUSEUM
S1, S2, S3, S4 = SLEEP

POSITIVES = {
    "promo_lines": [
        cut("dont_miss_emoji", C1, C2, Cut("✨ Don't miss: The Secret Life of City Pigeons"), C3),
        cut("read_more_colon", M1, Cut("Read more: Why the Council Rejected the Budget"), M2),
        cut(
            "read_more_shouting",
            S1,
            Cut("READ MORE: Inside the Fight Over the Last Public Pool"),
            S2,
        ),
        cut("related_colon", G1, G2, Cut("Related: How Drought Is Reshaping Western Farms"), G3),
        cut("see_also_guillemet", C1, Cut("See also » The Long Road to a Stadium Deal"), C2),
        cut("you_might_also_like_pipe", M1, M2, Cut("You might also like | Five Day Trips"), M3),
        cut("more_with_link", S1, Cut("More: https://example.com/news/budget-vote-explained"), S2),
        cut(
            "recommended_number_headline",
            G1,
            Cut("Recommended: 5 Ways to Cut Your Energy Bill This Winter"),
            G2,
        ),
        cut(
            "also_read_dash_headline_with_colon",
            C1,
            Cut("Also read - Heatwave: How to Keep Your Pets Safe"),
            C2,
        ),
        cut("trending_emoji", M1, Cut("🔥 Trending: Local Teen Wins National Spelling Bee"), M2),
        cut(
            "must_read_hyphen",
            S1,
            S2,
            Cut("Must-read: The Man Who Mapped Every Tree in Brooklyn"),
            S3,
        ),
        cut(
            "editors_pick_curly",
            G1,
            Cut("Editor’s pick: What Really Happens to Your Recycling"),
            G2,
        ),
        cut(
            "title_case_with_period",
            C1,
            Cut("Read also: The Hidden Dangers of E-Bike Batteries."),
            C2,
        ),
        cut(
            "sentence_case_headline",
            M1,
            Cut("Read more: Museums are rethinking how they light old paintings"),
            M2,
        ),
        cut("bulleted_promo", S1, Cut("• Don't miss » Why Teenagers Need More Sleep"), S2),
    ],
    "related_posts": [
        cut(
            "block_at_end",
            C1,
            C2,
            C3,
            Cut("Related Posts"),
            Cut("Harbour Road Traders Launch Petition"),
            Cut("What the New Budget Means for Buses"),
            Cut("Council Elections: Who Is Standing Where"),
        ),
        cut(
            "block_mid_page_with_excerpts",
            G1,
            G2,
            Cut("You may also like"),
            Cut("How to Grow Chillies Indoors"),
            Cut("Chillies love heat, and a sunny windowsill can give them plenty of…"),
            Cut("The Best Compost for Containers"),
            Cut("Not all potting mixes are equal, and the cheapest bags often…"),
            G3,
            G4,
        ),
        cut(
            "more_from_site_prefix",
            M1,
            M2,
            M3,
            Cut("More from The Daily Ledger"),
            Cut("Ten Galleries Worth the Trip This Summer"),
            Cut("The Fight to Save a Victorian Bathhouse"),
        ),
        cut(
            "recommended_for_you_colon_bullets",
            S1,
            S2,
            Cut("Recommended for you:"),
            Cut("• Why Teenagers Can't Fall Asleep Before Midnight"),
            Cut("• The Case for Later School Start Times"),
            Cut("• Screens, Sleep and the Science of Blue Light"),
        ),
        cut(
            "titles_printed_twice",
            C1,
            C2,
            Cut("Read Next"),
            Cut("Harbour Road Traders Launch Petition"),
            Cut("Harbour Road Traders Launch Petition"),
            Cut("What the New Budget Means for Buses"),
            Cut("What the New Budget Means for Buses"),
            C3,
        ),
        cut(
            "trending_now_with_read_more",
            G1,
            G2,
            Cut("Trending Now"),
            Cut("The Balcony That Feeds a Family of Four"),
            Cut("Why Your Basil Keeps Dying"),
            Cut("Read more"),
        ),
        cut("lone_heading_at_end", M1, M2, M3, Cut("Related Posts")),
        cut(
            "most_read_numbered",
            S1,
            S2,
            Cut("Most Read"),
            Cut("1. Schools Brace for Cuts After Budget Vote"),
            Cut("2. The Town That Banned Phones in Class"),
            Cut("3. What Parents Should Know About Exam Stress"),
        ),
        cut(
            "two_titles_and_link_before_prose",
            C1,
            C2,
            Cut("Related Stories"),
            Cut("Harbour Road Traders Launch Petition"),
            Cut("What the New Budget Means for Buses"),
            Cut("See more"),
            C3,
            C4,
        ),
        # When prose follows, the last headline before it is given back: it may
        # be the heading of the article's next section.
        cut(
            "last_title_before_prose_is_kept",
            G1,
            G2,
            Cut("You might also like"),
            Cut("How to Grow Chillies Indoors"),
            Cut("The Best Compost for Containers"),
            "Feeding Your Plants",
            G4,
        ),
        cut(
            "blank_line_parts_block_from_prose",
            G1,
            G2,
            "",
            Cut("You may also like"),
            Cut("How to Grow Chillies Indoors"),
            Cut("The Best Compost for Containers"),
            Cut("Why Your Basil Keeps Dying"),
            "",
            G3,
            G4,
        ),
        cut(
            "in_case_you_missed_it",
            M1,
            M2,
            Cut("In case you missed it"),
            Cut("A Night at the Museum, With 300 Eight-Year-Olds"),
            Cut("Restorers Find a Hidden Sketch Under a Famous Portrait"),
        ),
        cut(
            "heading_with_emoji_and_colon",
            S1,
            S2,
            Cut("📚 Related Articles:"),
            Cut("How Much Sleep Do Teenagers Really Need?"),
            Cut("Naps, Caffeine and the Afternoon Slump"),
        ),
    ],
    "see_more_teasers": [
        cut("title_see_more", C1, C2, Cut("Council Delays Vote on Transit Plan as…See More"), C3),
        cut(
            "excerpt_read_more_guillemet",
            M1,
            M2,
            Cut(
                "The new wing will hold the museum's textile collection when it opens… Read More »"
            ),
        ),
        cut("lone_read_more", S1, S2, Cut("Read more"), S3),
        cut("continue_reading_arrow", G1, G2, Cut("Continue reading →")),
        cut(
            "truncated_before_link",
            C1,
            C2,
            Cut("The mayor said the budget would be balanced by cutting…"),
            Cut("Read more"),
        ),
        cut(
            "run_of_two_teasers",
            S1,
            S2,
            Cut("Schools Brace for a Summer Without Lifeguards"),
            Cut("Pools across the county may stay closed this summer because the council cannot…"),
            Cut("A Farmers Market Returns to Elm Street"),
            Cut("After a two-year absence, the Saturday market is back with more stalls and…"),
            S3,
        ),
        cut(
            "run_with_titles_twice",
            G1,
            G2,
            Cut("How to Grow Chillies Indoors"),
            Cut("How to Grow Chillies Indoors"),
            Cut("Chillies love heat, and a sunny windowsill can give them plenty of…"),
            Cut("The Best Compost for Containers"),
            Cut("The Best Compost for Containers"),
            Cut("Not all potting mixes are equal, and the cheapest bags often…"),
        ),
        cut(
            "bracket_ellipsis_continue_reading",
            M1,
            M2,
            Cut("The festival returns to the riverside in June with […] Continue reading"),
        ),
        cut("keep_reading_guillemet", S1, Cut("Keep reading »"), S2),
        cut("read_the_full_story", C1, C2, Cut("Read the full story"), C3),
        cut("view_more", G1, G2, Cut("View more ›")),
        cut(
            "truncated_after_link",
            M1,
            M2,
            Cut("Continue reading"),
            Cut("In other news, the city's oldest cinema is…"),
            M3,
        ),
        cut(
            "three_dots_learn_more",
            S1,
            S2,
            Cut("New research links screen time before bed to poorer sleep... Learn more"),
        ),
    ],
}

NEGATIVES = {
    "promo_lines": [
        keep(
            "read_more_report_online",
            "The inspectors found problems at four of the six sites they visited.",
            "Read more: the report is available online.",
        ),
        keep(
            "you_can_read_more",
            "The judge rejected the appeal on Monday.",
            "You can read more about the ruling in the court's 40-page decision.",
        ),
        keep(
            "related_sentence",
            "One man was charged with arson on Monday.",
            "Related: a second suspect was arrested Tuesday, police said.",
        ),
        keep(
            "more_dash_sentence",
            "The museum has raised £9 million of the £12 million it needs.",
            "More — the museum's director says much more — remains to be done.",
        ),
        keep(
            "system_requirements",
            "The game runs on surprisingly modest hardware.",
            "Minimum: 4 GB RAM, integrated graphics",
            "Recommended: 8 GB RAM, SSD storage",
            "Load times on a hard drive were painfully slow in our tests.",
        ),
        keep(
            "hotel_fact_box",
            "The rooms are small but spotless, and the breakfast is excellent.",
            "Rooms: from $240 a night",
            "Check in: 3 pm",
            "Check out: 11 am",
        ),
        keep(
            "travel_tip_list",
            "Two days is enough to see the old town properly.",
            "- Don't miss: the view from the bell tower at sunset",
            "- Skip: the overpriced boat tour",
            "- Eat: grilled sardines at the harbour",
        ),
        keep(
            "more_and_better_jobs_heading",
            "The plan has three parts, and the first is the most expensive.",
            "More — and better — jobs for young people",
            "The government wants to create 200,000 apprenticeships by 2030.",
        ),
        keep(
            "recipe_wine_pairing",
            "Serve the risotto as soon as it is ready, with extra parmesan on the side.",
            "Suggested: a dry Riesling or a light Pinot Noir",
        ),
        keep(
            "dont_miss_no_separator",
            "The festival ends on Sunday night.",
            "Don't miss the fireworks over the harbour at 9 p.m.",
        ),
        keep(
            "related_coverage_sentence",
            "Related coverage of the trial has drawn complaints from the defence.",
            "The judge has warned reporters twice.",
        ),
        keep(
            "read_more_books",
            "Read more books, the librarian told the children.",
            "Then she handed out 200 library cards.",
        ),
        keep(
            "see_also_appendix",
            "See also the appendix, which lists every school in the district.",
            "Figures for 2023 are provisional.",
        ),
        keep(
            "more_than",
            "More than 4,000 people attended the rally.",
            "Police said the event passed peacefully.",
        ),
        keep(
            "trending_sentence",
            "Trending: the phrase 'quiet quitting' peaked in September, search data shows.",
            "It has since been overtaken by 'loud leaving'.",
        ),
        keep(
            "recommended_dose_sentence",
            "Recommended: one tablet twice a day with food, unless your doctor says otherwise.",
            "Do not take more than four tablets in 24 hours.",
        ),
    ],
    "related_posts": [
        keep(
            "related_posts_on_social_media",
            "Related posts on social media helped spread the rumor.",
            "By Friday it had been viewed more than a million times.",
        ),
        keep(
            "reading_list_heading",
            "New parents are drowning in advice, so we asked three paediatricians what helped.",
            "Recommended Reading List for New Parents",
            "- The Whole-Brain Child by Daniel Siegel",
            "- Cribsheet by Emily Oster",
            "- Bringing Up Bébé by Pamela Druckerman",
            "None of them, the doctors stressed, is a substitute for sleep.",
        ),
        keep(
            "popular_heading_then_prose",
            "Baby name trends change faster than most parents expect.",
            "Popular",
            "Olivia and Noah topped the list again, as they have for most of the decade.",
            "Rising",
            "Names from television dramas climbed fastest.",
        ),
        keep(
            "most_popular_breeds_list",
            "The kennel club published its annual rankings on Wednesday.",
            "Most popular",
            "- Labrador Retriever",
            "- French Bulldog",
            "- Golden Retriever",
            "The French Bulldog has gained ground every year since 2012.",
        ),
        keep(
            "dont_miss_sights_list",
            "Granada rewards visitors who slow down.",
            "Don't miss",
            "- The Alhambra at dusk",
            "- Flamenco in the Albaicín",
            "- Tapas on Calle Navas",
            "The old town is compact enough to walk in a day.",
        ),
        keep(
            "more_about_heading_then_prose",
            "The trial enrolled 600 patients across nine hospitals.",
            "More about the study",
            "Patients were split at random into two groups of equal size.",
        ),
        keep(
            "more_from_interview_qa",
            "We spoke to the director a week before the opening.",
            "More from the interview",
            "Q. What surprised you most about the restoration?",
            "A. How much of the original paint was still there.",
        ),
        keep(
            "latest_news_sentence",
            "Latest news from the front line reached the capital only on Friday.",
            "Officials gave no casualty figures.",
        ),
        keep(
            "you_may_also_like_sentence",
            "You may also like the museum's café, which serves a good lemon cake.",
            "It closes an hour before the galleries do.",
        ),
        keep(
            "what_you_need_list_at_end",
            "Pruning a rose is less daunting than it looks.",
            "What you'll need",
            "- A pair of sharp secateurs",
            "- Thick gardening gloves",
            "- Some garden twine",
        ),
        keep(
            "trending_heading_one_item_then_prose",
            "Autumn fashion leans on comfort this year.",
            "Trending",
            "Chunky knitwear, worn with everything.",
            "Designers said buyers wanted clothes they could wear to the office and the sofa.",
        ),
    ],
    "see_more_teasers": [
        keep(
            "and_then_he_said",
            "My grandfather rarely talked about the war.",
            "And then he said…",
            "He stopped, and never finished the sentence.",
        ),
        keep(
            "single_ellipsis_line",
            "We waited for the results until long after midnight.",
            "I kept thinking about what might have been...",
            "At 3 a.m., the phone finally rang.",
        ),
        keep(
            "poem_with_ellipses",
            "Her new collection opens with a short poem about waiting.",
            "The kettle hums",
            "the window fogs…",
            "the letter waits",
            "unopened still…",
            "It is the most quoted poem in the book.",
        ),
        keep(
            "chapters_ending_in_suspense",
            "Here are the first two chapters of the serial.",
            "Chapter One",
            "The house had been empty for years, or so everyone in the village believed…",
            "Chapter Two",
            "Nobody would talk about the night of the fire, not even the vicar…",
            "The third chapter will be published next Saturday.",
        ),
        keep(
            "read_more_about_sentence",
            "Read more about the ruling in the court's decision.",
            "The judges were split five to four.",
        ),
        keep(
            "see_more_storms",
            "You'll see more of these storms as the climate warms.",
            "Insurers are already raising premiums along the coast.",
        ),
        keep(
            "heading_then_one_suspense_paragraph",
            "The first half of the season went better than anyone expected.",
            "What Comes Next",
            "The club faces three away games in eight days, and the injuries are piling up…",
            "The manager insists the squad is deep enough.",
        ),
        keep(
            "continue_reading_the_report",
            "Continue reading the report, and the problem becomes obvious.",
            "The figures for 2021 were never audited.",
        ),
        keep(
            "dialogue_trailing_off",
            "The interview took an odd turn.",
            "Wait…",
            "He looked at the recorder, then at me.",
        ),
        keep(
            "list_of_what_more",
            "The fair has live music, food trucks, crafts… and more.",
            "Entry is free for children under 12.",
        ),
        keep(
            "crowd_chanting_for_more",
            "The band left the stage at eleven, but nobody moved.",
            "By then the whole hall was chanting, slowly at first: more… more… More!",
            "They came back for three more songs.",
        ),
        keep(
            "kept_reading",
            "She kept reading long after the others had gone to bed.",
            "By morning she had finished the whole trilogy.",
        ),
    ],
}


@pytest.mark.parametrize(("rule", "lines"), by_rule(POSITIVES))
def test_filter_removes_its_clutter(rule: str, lines: tuple) -> None:
    assert_cuts(rule, lines)


@pytest.mark.parametrize(("rule", "lines"), by_rule(NEGATIVES))
def test_filter_keeps_look_alike_prose(rule: str, lines: tuple) -> None:
    assert_unchanged(lines)
