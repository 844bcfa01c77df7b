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
# A site header long enough for page_frame, and a short one indented_frame reads.
NAV = (
    "Riverside Courier",
    "* Home",
    "* City",
    "* Region",
    "* Politics",
    "* Business",
    "* Culture",
    "* Sport",
    "* Weather",
    "* Opinion",
    "* Archive",
)
SHORT_HEADER = ("Riverside Courier", "* Home", "* Archive", "* About")
THEATRE_NAV = (
    "Harbour Playhouse",
    "* Home",
    "* What's On",
    "* Tickets",
    "* Access",
    "* Membership",
    "* Learning",
    "* Hire",
    "* About",
    "* Contact",
    "* Support Us",
)
SITE_FOOTER = ("* Archive", "* Contact", "* Privacy", COPYRIGHT)
# The same essay in German, with one more paragraph: about 270 words.
AUFSATZ = (
    "Wer an die Kanäle der Niederlande denkt, denkt meist an das fertige Bild: das stille "
    "Wasser, die Brücken und die Häuser, die sich über ihr eigenes Spiegelbild neigen.",
    "Gegraben wurden sie zum größten Teil von Saisonarbeitern aus den ärmeren Provinzen im "
    "Landesinneren, die jedes Frühjahr an die Küste wanderten und im Herbst wieder heim.",
    "Bezahlt wurden sie nach der Menge der bewegten Erde, und sie arbeiteten in Gruppen, die "
    "ihren Lohn mit dem Unternehmer aushandelten, bevor der erste Spaten in den Boden ging.",
    "Die Spuren, die sie hinterlassen haben, sind spärlich, aber die Rechnungsbücher der "
    "Unternehmer sind in erstaunlicher Zahl erhalten und erlauben es, einzelnen Gruppen zu folgen.",
    "Diese Bücher zeigen Arbeiter, die viel besser organisiert und viel beweglicher waren, als "
    "die älteren Darstellungen annahmen, mit denselben Namen auf Baustellen, die Jahre trennen.",
    "Ihr Leben wird dadurch nicht leichter. Die Arbeit war hart, das Wasser kalt, und jeden "
    "Sommer starben Männer am Fieber, aber sie werden für uns ein wenig weniger namenlos.",
    "Es erinnert uns auch daran, dass die Landschaft, die wir bewundern, von Menschen gebaut "
    "wurde, die um ihren Lohn verhandelten und manchmal gewannen.",
    "Das nächste Kapitel folgt einer dieser Gruppen, angeführt von einem Mann namens Hendrik "
    "Bos, durch zwanzig Jahre Arbeit an den Poldern nördlich der Stadt.",
    "Seine Gruppe zählte selten mehr als zwanzig Männer, doch ihr Name taucht in den Büchern "
    "von mehr als dreißig Baustellen auf, von Haarlem bis weit hinauf nach Friesland.",
)


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
    "article_column": [
        cut(
            "the_authors_other_posts_after_a_share_bar",
            *cut_at(4, *SHORT_HEADER, rule="indented_frame"),
            *at(12, *ESSAY),
            *cut_at(12, "Share this:", rule="share_prompts"),
            *cut_at(4, "More by Maria Jansen"),
            *cut_at(6, "The last lock keeper of Spaarndam", "Eel fishing on the IJsselmeer"),
            *cut_at(4, *SITE_FOOTER, rule="indented_frame"),
        ),
        cut(
            "recent_posts_after_the_comment_form",
            *cut_at(4, *NAV, rule="page_frame"),
            *at(12, *ESSAY),
            *cut_at(8, "Leave a Reply", rule="comment_prompts"),
            *cut_at(4, "Recent posts from the history desk"),
            *cut_at(6, "The last lock keeper of Spaarndam tells of forty years on the water."),
            *cut_at(4, *SITE_FOOTER, rule="page_frame"),
        ),
        cut(
            "tags_and_an_author_note_after_the_share_bar",
            *cut_at(2, *NAV, rule="page_frame"),
            *at(10, *ESSAY),
            *cut_at(6, "Share this:", rule="share_prompts"),
            *cut_at(2, "Filed under", "History · Water · Labour"),
            *cut_at(2, "Maria Jansen writes about the waterways of the Low Countries."),
            *cut_at(2, *SITE_FOOTER, rule="page_frame"),
        ),
        cut(
            "a_german_page",
            *cut_at(4, "Startseite", "* Nachrichten", "* Kultur", "* Sport", rule="indented_frame"),
            *at(12, *AUFSATZ),
            *cut_at(12, "Facebook Twitter WhatsApp", rule="share_prompts"),
            *cut_at(4, "Mehr von Maria Jansen"),
            *cut_at(6, "Der letzte Schleusenwärter von Spaarndam erzählt von seiner Arbeit."),
            *cut_at(4, "* Impressum", "* Datenschutz", "* Kontakt", rule="indented_frame"),
        ),
        cut(
            "tabs_count_as_indentation",
            *cut_at(
                0, "Riverside Courier", "\t* Home", "\t* News", "\t* Sport", rule="indented_frame"
            ),
            *("\t\t\t" + paragraph for paragraph in ESSAY),
            *cut_at(0, "\t\t\tShare this:", rule="share_prompts"),
            *cut_at(0, "\tThe last lock keeper of Spaarndam", "\tEel fishing on the IJsselmeer"),
            *cut_at(0, "\t* Contact", "\t* Jobs", "\t* Legal", rule="indented_frame"),
        ),
        cut(
            "sponsored_links_after_a_share_bar",
            *cut_at(4, *NAV, rule="page_frame"),
            *at(14, *ESSAY),
            *cut_at(14, "Facebook Twitter Email", rule="share_prompts"),
            *cut_at(4, "Sponsored stories from around the web"),
            *cut_at(8, "Ten gadgets for the garden", "The best mattress of the year"),
            *cut_at(4, *SITE_FOOTER, rule="page_frame"),
        ),
        # The site's notice after them is no mark of the article's end: a
        # closing section set out further than the paragraphs stays.
        cut(
            "sources_set_out_above_the_site_notice_stay",
            *cut_at(4, *NAV, rule="page_frame"),
            *at(12, *ESSAY),
            *at(4, "Sources"),
            *at(6, "Jansen, M. (2019). Polder Labour, 1600-1800. Amsterdam University Press."),
            *at(4, COPYRIGHT),
        ),
        # Nor are closing headings named like the header's links.
        cut(
            "closing_sections_named_like_the_header_links_stay",
            *cut_at(4, *THEATRE_NAV, rule="page_frame"),
            *at(12, *ESSAY),
            *at(4, "Tickets"),
            *at(6, "Tickets cost £12, or £8 for students, from the box office."),
            *at(4, "Access"),
            *at(6, "The performance on 12 April is captioned and relaxed."),
            *cut_at(4, *SITE_FOOTER, rule="page_frame"),
        ),
        cut(
            "a_closing_list_set_out_without_clutter_before_it_stays",
            *cut_at(4, *NAV, rule="page_frame"),
            *at(12, *ESSAY),
            *at(4, "What happens next"),
            *at(6, "* The council votes in June.", "* Work starts in the autumn."),
            *cut_at(4, *SITE_FOOTER, rule="page_frame"),
        ),
        cut(
            "notes_deeper_than_the_site_frame_stay",
            *cut_at(4, *SHORT_HEADER, rule="indented_frame"),
            *at(14, *ESSAY),
            *cut_at(14, "Share this:", rule="share_prompts"),
            *at(8, "Sources"),
            *at(
                10,
                "1. Van Dam, J. Water and Labour in the Low Countries. Amsterdam, 1998, pp. 12-30.",
                "2. Contract of 14 March 1632, Noord-Hollands Archief, inventory number 2204.",
            ),
            *cut_at(4, *SITE_FOOTER, rule="indented_frame"),
        ),
        cut(
            "a_table_set_out_with_a_paragraph_back_at_the_column_stays",
            *cut_at(4, *NAV, rule="page_frame"),
            *at(12, *ESSAY),
            *cut_at(12, "Share this:", rule="share_prompts"),
            *at(4, "1632: 14 gangs, 310 men", "1633: 17 gangs, 402 men", "1634: 9 gangs, 188 men"),
            *at(12, "The figures come from the contractors' books for the first season."),
            *cut_at(4, *SITE_FOOTER, rule="page_frame"),
        ),
        cut(
            "a_closing_section_with_prose_of_its_own_stays",
            *cut_at(4, *NAV, rule="page_frame"),
            *at(12, *ESSAY),
            *cut_at(12, "Share this:", rule="share_prompts"),
            *at(4, "Frequently asked questions"),
            *at(
                6,
                "Where can I see the account books? Most are kept in the provincial archive in "
                "Haarlem, and the reading room lends them out on request.",
                "Were women part of the gangs? Rarely on the dykes themselves, but the books name "
                "many who cooked, kept accounts and ran the lodgings along the works.",
            ),
            *cut_at(4, *SITE_FOOTER, rule="page_frame"),
        ),
    ],
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
    "article_column": [
        keep(
            "email_quoting_an_essay_with_the_reply_below",
            *at(4, *(f"> {paragraph}" for paragraph in ESSAY)),
            "Thanks for sending this. I had no idea the account books survived.",
            "Talk soon,",
            "Ana",
        ),
        keep(
            "markdown_with_a_nested_list_then_an_outer_paragraph",
            "The book has eight chapters:",
            *at(2, *(f"* {paragraph}" for paragraph in ESSAY)),
            "The list above follows the chapters of the book.",
        ),
        keep(
            "screenplay_dialogue_then_action",
            *at(10, "MARIA"),
            *at(6, *ESSAY),
            "She closes the account book and looks out at the water.",
            "CUT TO:",
        ),
        keep(
            "poem_with_indented_stanzas",
            *at(4, *ESSAY),
            "by Maria Jansen",
        ),
        keep(
            "legal_clauses_then_the_signatures",
            "The parties agree to the following terms, set out in eight clauses:",
            *at(4, *ESSAY),
            "Signed at Haarlem on 14 March 1632.",
            "Hendrik Bos, for the gang",
        ),
        keep(
            "indented_essay_with_an_outdented_closing_note",
            *at(8, *ESSAY),
            *at(2, "Notes"),
            *at(2, "This essay first appeared in the spring issue of the Courier."),
        ),
        keep(
            "a_german_letter_quoting_the_essay",
            *at(6, *AUFSATZ),
            "Vielen Dank für den Text, ich lese ihn am Wochenende in Ruhe.",
            "Herzliche Grüße",
        ),
        keep(
            "a_short_text_under_a_menu",
            "* Home",
            "* Archive",
            "* About",
            *at(8, ESSAY[0], ESSAY[1]),
            *at(2, "The last lock keeper of Spaarndam", "Eel fishing on the IJsselmeer"),
        ),
    ],
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
