"""Cases for the indented frame: the header and footer of a whole page whose
text keeps the page's nesting as indentation (inscriptis, text browsers).
tests/test_filters.py runs them; tests/filter_helpers.py says how they are
written.
"""

from __future__ import annotations

from tests.filter_helpers import Cut, cut, keep

# An essay of about 250 words, one paragraph a line: enough for a main text.
ESSAY = (
    "When we picture the canals of the Low Countries we tend to picture the finished thing: "
    "the still water, the bridges, the rows of houses leaning over their own reflections.",
    "The digging was done for the most part by seasonal labourers from the poorer inland "
    "provinces, who walked to the coast each spring and walked home again in the autumn.",
    "They were paid by the cubic yard of earth moved, and they worked in gangs that "
    "negotiated their rates with the contractor before the first spade went into the ground.",
    "The records they left are thin, but the account books of the contractors survive in "
    "surprising numbers, and they let us follow single gangs from one project to the next.",
    "What those books show is a workforce that was far more organised, and far more mobile, "
    "than the older histories allowed, with the same names turning up on works years apart.",
    "None of this makes their lives less hard. The work was brutal, the water was cold, and "
    "fever killed men every summer, but it does make them a little less anonymous to us.",
    "It also reminds us that the landscape we admire was built by people who bargained for "
    "their wages, and who sometimes won.",
    "The next chapter follows one of those gangs, led by a man called Hendrik Bos, across "
    "twenty years of work on the polders north of the city.",
)
HEADLINE = "The Forgotten Canal Builders of the Lowlands"
HEADER = ("The Riverside Courier", "* Home", "* News", "* Politics")
FOOTER = ("About", "* About us", "* Contact", "* Careers")
FOLLOW = ("Follow us", "* Facebook", "* Instagram")
COPYRIGHT = "© 2025 The Riverside Courier. All rights reserved."


def at(depth: int, *lines: str) -> tuple[str, ...]:
    """The lines, indented ``depth`` spaces."""
    return tuple(" " * depth + line for line in lines)


def cut_at(depth: int, *lines: str, rule: str | None = None) -> tuple[Cut, ...]:
    """The lines, indented ``depth`` spaces, each to be cut (by ``rule``)."""
    return tuple(Cut(" " * depth + line, rule) for line in lines)


def essay_at(depth: int) -> tuple[str, ...]:
    """The essay, its paragraphs separated by blank lines as a renderer writes them."""
    lines: list[str] = []
    for paragraph in ESSAY:
        lines.extend((" " * depth + paragraph, ""))
    return tuple(lines[:-1])


POSITIVES = {
    "indented_frame": [
        cut(
            "header_and_footer_around_the_article_element",
            *cut_at(6, HEADER[0]),
            *cut_at(8, *HEADER[1:]),
            "",
            *cut_at(10, HEADLINE, rule="title"),
            "",
            *essay_at(14),
            "",
            *cut_at(8, *FOOTER),
            *cut_at(8, *FOLLOW, rule="share_prompts"),
            *cut_at(6, COPYRIGHT),
        ),
        cut(
            "notes_and_reading_list_one_level_out_stay",
            *cut_at(6, HEADER[0]),
            *cut_at(8, *HEADER[1:]),
            "",
            *cut_at(10, HEADLINE, rule="title"),
            "",
            *essay_at(14),
            "",
            *at(10, "Notes"),
            *at(11, "1. See Van Dam, Water and Labour (Amsterdam, 1998), pp. 12-30."),
            *at(11, "2. Contract of 14 March 1632, Noord-Hollands Archief, inv. nr. 2204."),
            *at(10, "Further reading"),
            *at(12, "* Lucassen, J. Migrant Labour in Europe 1600-1900. London, 1987."),
            "",
            *cut_at(8, *FOOTER),
            *cut_at(8, *FOLLOW, rule="share_prompts"),
            *cut_at(6, COPYRIGHT),
        ),
        cut(
            "recipe_card_above_the_steps_stays",
            *cut_at(4, "Skip to main content", "* Recipes", "* Baking", "* Shop"),
            *at(10, "Everyday Sourdough Loaf"),
            *at(12, "Recipe by Ana Ruiz"),
            *at(
                12,
                "A forgiving loaf for busy weeks: no feeding schedule, no shaping, just time.",
            ),
            *at(14, "Prep", "10 mins", "Bake", "45 mins"),
            *at(12, "Ingredients"),
            *at(
                14,
                "* 500 g bread flour",
                "* 120 g wholemeal flour",
                "* 10 g salt",
                "* 450 g lukewarm water",
            ),
            *at(10, "Instructions"),
            *at(16, *ESSAY),
            *cut_at(4, "* Privacy", "* Terms", "* Accessibility"),
        ),
        cut(
            "standfirst_and_byline_between_header_and_body_stay",
            *cut_at(2, "Skip to content", "* World", "* Business", "* Science"),
            *cut_at(8, HEADLINE, rule="title"),
            *at(8, "Account books reveal a mobile, organised workforce behind the waterways."),
            *at(10, "By Maria Jansen", "12 March 2025"),
            *at(14, *ESSAY),
            *cut_at(2, "* Newsletters", "* Podcasts", "* Corrections", COPYRIGHT),
        ),
        cut(
            "sidebar_and_footer_below_the_article",
            *cut_at(12, HEADLINE, rule="title"),
            *at(12, *ESSAY),
            *cut_at(6, "Upcoming talks"),
            *cut_at(8, "Saturday: Walking the Old Dykes", "Sunday: Mills and Pumps"),
            *cut_at(4, "* About us", "* Contact", "* Advertise"),
            *cut_at(2, COPYRIGHT),
        ),
        cut(
            "comment_form_and_footer_after_a_closing_note_below",
            *cut_at(4, "Riverside Courier", "* Home", "* Archive", "* About"),
            *at(10, *ESSAY),
            *at(8, "This article first appeared in the spring issue of the Courier."),
            *cut_at(
                6,
                "Leave a Reply",
                "Comment",
                "Name",
                "Email",
                "Website",
                "Post Comment",
                rule="comment_prompts",
            ),
            *cut_at(4, "* Archive", "* Contact", "* Privacy", COPYRIGHT),
        ),
        cut(
            "tabs_count_as_indentation",
            *cut_at(0, "Riverside Courier", "\t* Home", "\t* News", "\t* Sport"),
            *("\t\t\t" + paragraph for paragraph in ESSAY),
            *cut_at(0, "\t* Contact", "\t* Jobs", "\t* Legal"),
        ),
        cut(
            "byline_block_under_a_standfirst_stays",
            *cut_at(4, "Riverside Courier", "* Home", "* City", "* Sport"),
            *cut_at(8, "Council Approves the Riverside Flood Wall", rule="title"),
            *at(8, "Residents say the new wall will cut them off from the river they love."),
            *at(10, "By Jenna Morales", "City Hall Reporter", "March 3, 2024", "Updated March 4"),
            *at(14, *ESSAY),
            *cut_at(4, "* Archive", "* Contact", "* Privacy", COPYRIGHT),
        ),
        cut(
            "a_table_and_a_correction_below_the_body_stay",
            *cut_at(4, "Riverside Courier", "* Home", "* City", "* Sport"),
            *at(14, *ESSAY),
            *at(12, "Year", "Gangs", "Men", "1632", "14", "310"),
            *at(
                10,
                "Correction: an earlier version of this article gave the wrong year for the "
                "Beemster drainage.",
            ),
            *cut_at(4, "* Archive", "* Contact", "* Privacy", COPYRIGHT),
        ),
        cut(
            "an_article_heading_that_repeats_a_menu_label_stays",
            *cut_at(4, "Riverside Kitchen", "* Recipes", "* Ingredients", "* Shop"),
            *at(12, *ESSAY[:4]),
            *at(10, "Ingredients"),
            *at(12, *ESSAY[4:]),
            *cut_at(4, "* Archive", "* Contact", "* Privacy", COPYRIGHT),
        ),
        cut(
            "a_german_page",
            *cut_at(4, "Startseite", "* Nachrichten", "* Kultur", "* Sport"),
            *at(
                12,
                "Der Stadtrat hat am Dienstag mit sieben zu zwei Stimmen beschlossen, das "
                "Radwegenetz entlang der Hafenstraße bis zum nächsten Sommer zu erweitern.",
                "Die Befürworter sagten, die Änderung mache den Weg für die Kinder, die mit dem "
                "Rad zur Schule fahren, viel sicherer als bisher, und das sei längst überfällig.",
                "Die Gegner warnten, dass die Geschäfte an der Straße dadurch Dutzende von "
                "Parkplätzen verlieren würden und die Kundschaft dann wohl ausbleiben könnte.",
                "Die Arbeiten sollen im September beginnen und etwa vier Monate dauern; in "
                "dieser Zeit wird die Straße abschnittsweise für den Durchgangsverkehr gesperrt.",
                "Die Stadt rechnet mit Kosten von rund zwei Millionen Euro, von denen das Land "
                "nach Angaben der Verwaltung etwa die Hälfte aus seinem Förderprogramm trägt.",
                "Ein Bürgerverein kündigte an, die Bauarbeiten aufmerksam zu begleiten und die "
                "Erfahrungen der Anwohner in einer öffentlichen Versammlung im Herbst zu sammeln.",
                "Der Bürgermeister zeigte sich zufrieden und sprach von einem wichtigen Schritt "
                "für eine Stadt, in der künftig mehr Menschen gern und sicher mit dem Rad fahren.",
                "Bis zum Frühjahr will die Verwaltung außerdem prüfen, ob auch die Wege entlang "
                "des Kanals an das neue Netz angeschlossen werden können, wie viele es fordern.",
                "Eine Entscheidung darüber soll der Stadtrat dann im Sommer treffen, nachdem die "
                "Anwohner ihre Einwände und Vorschläge schriftlich vorgelegt haben.",
            ),
            *cut_at(4, "* Impressum", "* Datenschutz", "* Kontakt"),
        ),
    ],
}

NEGATIVES = {
    "indented_frame": [
        keep(
            "markdown_readme_whose_option_list_is_its_bulk",
            "# tidyfeed",
            "",
            "A small command-line tool that cleans RSS feeds before they reach your reader.",
            "",
            "## Options",
            "",
            *at(
                2,
                "* --strip-tracking removes the tracking parameters that newsletters and "
                "social sites append to every link, so that the same story is not stored twice.",
                "* --dedupe drops entries whose title and first paragraph match an entry seen "
                "in the last thirty days, which keeps syndicated stories from filling the feed.",
                "* --max-age takes a number of days and drops every entry older than that, "
                "which is useful for busy feeds that publish hundreds of items every week.",
                "* --rewrite-images replaces lazy-loading placeholders with the real image "
                "address, so that readers which do not run scripts still show the pictures.",
                "* --keep-html leaves the markup of each entry as it is, instead of turning it "
                "into plain paragraphs, for readers that render the original layout well.",
            ),
            "",
            "## Authors",
            "",
            *at(2, "* Ana Ruiz", "* Tom Hale", "* Mei Chen"),
        ),
        keep(
            "email_reply_above_a_longer_indented_quotation",
            "Hi Tom,",
            "Thanks, this is really helpful. Let's talk it through on Thursday.",
            "Best,",
            "Ana",
            "Ana Ruiz",
            "Project Lead",
            "Riverside Labs",
            "On Mon, 3 Mar 2025 at 09:12, Tom Hale wrote:",
            *at(4, *ESSAY),
        ),
        keep(
            "legal_text_with_indented_clauses",
            "These terms govern your use of the library's reading rooms and online catalogue.",
            *at(4, *ESSAY),
            "Contact",
            "Questions",
            "Complaints",
            "Appeals",
        ),
        keep(
            "screenplay",
            "Scene twelve opens on the works at first light, before the gangs arrive.",
            "INT. CANAL WORKS - DAWN",
            *at(10, "MARIA"),
            *at(6, *ESSAY[:3]),
            *at(10, "TOM"),
            *at(6, *ESSAY[3:]),
            "CUT TO:",
            "EXT. DYKE",
            "NIGHT",
        ),
        keep(
            "poem_with_an_indented_commentary",
            "This song was sung on the works, and the notes below explain where it came from.",
            "Dig, and the water follows",
            "Dig, and the meadow drowns",
            "Dig, and the city rises",
            *at(4, *ESSAY),
            "Spring",
            "Summer",
            "Autumn",
        ),
        keep(
            "outline_with_nested_sections",
            "1. Introduction",
            *at(3, *ESSAY[:2]),
            "2. Sources",
            *at(3, *ESSAY[2:4]),
            "3. Findings",
            *at(3, *ESSAY[4:]),
            "Appendix A",
            "Appendix B",
            "Appendix C",
        ),
        keep(
            "text_with_one_indentation",
            *at(8, *ESSAY, "About us", "Contact", "Careers"),
        ),
        keep(
            "article_too_short_to_tell",
            "Read the harbour news of the week, sent every Friday.",
            "* Home",
            "* Sport",
            "* Weather",
            *at(8, ESSAY[0], ESSAY[1]),
            "* Contact",
            "* Jobs",
            "* Legal",
        ),
        keep(
            "main_text_after_a_copyright_line_is_not_the_article",
            "Read the harbour news of the week, sent every Friday.",
            "* Home",
            "* Sport",
            "* Weather",
            "© 2025 Harbour News",
            *at(8, *ESSAY),
            "* Agree",
            "* Disagree",
            "* Details",
        ),
    ],
}
