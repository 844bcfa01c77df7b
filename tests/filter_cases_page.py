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
    COUNCIL,
    G1,
    G2,
    G3,
    G4,
    GARDEN,
    M1,
    M2,
    M3,
    M4,
    MUSEUM,
    S1,
    S2,
    S3,
    S4,
    SLEEP,
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


def cuts(*lines: str, rule: str | None = None) -> tuple[Cut, ...]:
    """The lines as ``Cut`` lines (to ``rule``, by default the filter under test)."""
    return tuple(Cut(line, rule) for line in lines)


GERMAN_BODY = (
    "Der Stadtrat hat am Dienstag mit sieben zu zwei Stimmen beschlossen, das Radwegenetz "
    "entlang der Hafenstraße bis zum nächsten Sommer deutlich zu erweitern.",
    "Die Befürworter sagten, die Änderung mache den Weg für die Kinder, die mit dem Rad zur "
    "Schule fahren, viel sicherer als bisher.",
    "Die Gegner warnten, dass die Geschäfte an der Straße dadurch Dutzende von Parkplätzen "
    "verlieren würden und die Kundschaft ausbleiben könnte.",
)
GERMAN_MENU = (
    "Startseite",
    "Nachrichten",
    "Politik",
    "Wirtschaft",
    "Kultur",
    "Sport",
    "Wissen",
    "Reisen",
    "Anmelden",
)
JAPANESE_MENU = (
    "ホーム",
    "ニュース",
    "政治",
    "経済",
    "国際",
    "スポーツ",
    "文化",
    "科学",
    "ログイン",
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

# A blog's sidebar and footer, long enough to hold a run of nine menu-like
# lines, below an article under a header of a few links.
SHORT_HEADER = ("Home", "Archive", "About", "Contact")
SIDEBAR_AND_FOOTER = (
    "Archives",
    "December 2025",
    "November 2025",
    "October 2025",
    "September 2025",
    "August 2025",
    "July 2025",
    "June 2025",
    "Categories",
    "Gardening",
    "Local News",
    "Recipes",
    "Travel",
    "Meta",
    "Log in",
    "Entries feed",
    "Comments feed",
    *FOOTER,
)
# A main text of an article's weight: more than a hundred words of prose.
LONG_ARTICLE = (*COUNCIL, *MUSEUM)
# Twenty-two short capitalised lines an article may end with or hold.
GLOSSARY = (
    "ABAP",
    "Ada",
    "ALGOL 60",
    "AppleScript",
    "AWK",
    "COBOL",
    "Common Lisp",
    "Dart",
    "Eiffel",
    "Elixir",
    "Erlang",
    "Fortran",
    "Haskell",
    "Julia",
    "Kotlin",
    "Modula-2",
    "Oberon",
    "Pascal",
    "Prolog",
    "Scheme",
    "Smalltalk",
    "Tcl",
)

# The council story at full length: five sentences of some twenty words.
COUNCIL_STORY = (
    (
        "The city council voted 7-2 on Tuesday to extend the bike lane network along Harbour "
        "Road, ending a debate that had run for more than a year."
    ),
    (
        "Supporters said the change would make the route safer for children cycling to school"
        " and for commuters who now share the road with lorries."
    ),
    (
        "Opponents warned that shops on the road would lose dozens of parking spaces, and "
        "several owners said they would appeal the decision."
    ),
    (
        "Work is due to start in September and should take about four months, the council "
        "said, with the road kept open to traffic throughout."
    ),
    (
        "The mayor said the scheme was part of a wider plan to halve car journeys in the town"
        " centre by the end of the decade."
    ),
)

# Articles an extractor cut out, or pages under a short header, that end with
# long lists of their own; none repeats its header or holds a copyright sign.
ALBUM_REVIEW = (
    "Music",
    "Reviews",
    "By Sam Reed",
    "12 May 2024",
    (
        "Few debut albums arrive as fully formed as this one, a record that moves from hushed"
        " folk to roaring guitar rock without ever losing its sense of direction."
    ),
    (
        "The singer wrote most of the songs in a rented flat above a bakery, and you can hear"
        " the early mornings in them: the quiet, the tiredness, the small hopes."
    ),
    (
        "Producer Tom Hale keeps the arrangements spare, letting the drums breathe and giving"
        " the voice room to crack when it needs to, which it often does."
    ),
    (
        "It is not a perfect record, and the second half sags a little, but it is the most "
        "honest thing I have heard this year and I keep going back to it."
    ),
    "Tracklist",
    "1. Morning Bell",
    "2. Bakery Lights",
    "3. Paper Crowns",
    "4. Harbour Wall",
    "5. The Long Road",
    "6. Salt and Iron",
    "7. Glass Houses",
    "8. Northern Line",
    "9. Quiet Rooms",
    "10. Weather Report",
    "11. Last Train",
    "12. Home Again",
    "Personnel",
    "Anna Kerr – vocals, guitar",
    "Tom Hale – bass, production",
    "Jo Brandt – drums",
    "Mia Stone – piano",
    "Ben Ortiz – trumpet",
    "Lea Park – strings",
    "Recorded at Lighthouse Studios",
)
MATCH_REPORT = (
    "Sport",
    "Football",
    "By Chris Lane",
    "Saturday 14 September",
    (
        "Harbour United came from behind to beat Rovers 2-1 on Saturday, with two goals in "
        "the final ten minutes turning a frustrating afternoon into a celebration."
    ),
    (
        "Rovers had led since the 23rd minute, when Kane Doyle headed in a corner that the "
        "home defence never dealt with, and they might have doubled the lead before the "
        "break."
    ),
    (
        "The second half belonged to United, who pressed higher and forced a string of saves "
        "before substitute Leo Marsh levelled with a low shot from the edge of the box."
    ),
    (
        "Marsh then set up the winner for captain Aaron Boyd in the 88th minute, sending the "
        "crowd home happy and lifting United to fourth in the table."
    ),
    "Teams",
    "Harbour United",
    "Smith",
    "Jones",
    "Patel",
    "O'Neill",
    "Brown",
    "Boyd",
    "Hughes",
    "Carter",
    "Evans",
    "Wright",
    "Taylor",
    "Subs",
    "Marsh",
    "Reid",
    "Clarke",
    "Rovers",
    "Walsh",
    "Doyle",
    "Green",
    "Hill",
    "Moore",
    "Baker",
    "Cole",
    "Ward",
    "King",
    "Price",
    "Fox",
    "Referee: P. Grant",
    "Attendance: 8,412",
)
POEMS_REPORT = (
    "文化",
    "唐诗朗诵会",
    "记者 王芳",
    "唐代是中国诗歌的黄金时代，李白和杜甫的作品至今仍被广泛传诵，许多小学生在入学的第一年就要背诵他们最著名的几首短诗，这一传统已经延续了几百年。",
    "近日，市图书馆举办了一场唐诗朗诵会，吸引了两百多名市民参加，其中年龄最小的只有六岁，最大的已经八十多岁了，现场气氛十分热烈。",
    "主办方表示，希望通过这样的活动让更多年轻人重新认识古典诗歌的魅力，并计划在明年春天再举办一次规模更大的诗歌节，届时将邀请多位学者到场讲解。",
    "以下是朗诵会上最受欢迎的几首诗，我们将全文刊登，供读者欣赏和背诵。",
    "静夜思",
    "李白",
    "床前明月光",
    "疑是地上霜",
    "举头望明月",
    "低头思故乡",
    "登鹳雀楼",
    "王之涣",
    "白日依山尽",
    "黄河入海流",
    "欲穷千里目",
    "更上一层楼",
    "春晓",
    "孟浩然",
    "春眠不觉晓",
    "处处闻啼鸟",
    "夜来风雨声",
    "花落知多少",
    "相思",
    "王维",
    "红豆生南国",
    "春来发几枝",
    "愿君多采撷",
    "此物最相思",
)
SHORTLIST_THEN_LONGLIST = (
    (
        "The judges of the Harbour Prize announced their shortlist on Monday, choosing six "
        "novels from a longlist of twenty-two that included three debuts, two translations "
        "and, for the first time, a graphic novel."
    ),
    "The Salt House",
    "Anna Kerr",
    "Northern Lights",
    "Tom Hale",
    "Glass Rooms",
    "Mia Stone",
    "Paper Crowns",
    "Jo Brandt",
    "The Long Road",
    "Ben Ortiz",
    "Weather Report",
    "Lea Park",
    *COUNCIL_STORY,
    "The Longlist",
    "Anna Kerr",
    "Tom Hale",
    "Mia Stone",
    "Jo Brandt",
    "Ben Ortiz",
    "Lea Park",
    "Sam Reed",
    "Ruth Hall",
    "Chris Lane",
    "Jane Doe",
    "Omar Aziz",
    "Ines Silva",
    "Karl Berg",
    "Nina Roth",
    "Paul Wood",
    "Rosa Diaz",
    "Ivan Petrov",
    "Zoe Fox",
    "Hugo Blanc",
    "Eva Lund",
    "Liam Byrne",
    "Ada Cole",
)
CONTENTS_AND_CLOSING_LIST = (
    "Contents",
    "Background",
    "The Vote",
    "Reactions",
    "What Happens Next",
    "Streets Affected",
    *COUNCIL_STORY,
    "Streets Affected",
    "Harbour Road",
    "Mill Lane",
    "Station Street",
    "Church Walk",
    "Bridge Street",
    "Queen's Parade",
    "Market Square",
    "North Quay",
    "Castle Hill",
    "Park Avenue",
    "Victoria Road",
    "Albert Street",
    "King's Way",
    "Orchard Close",
    "Riverside Drive",
    "Chapel Row",
    "High Street",
    "West End",
    "Forge Lane",
    "Mariner's Way",
    "Dock Road",
    "Sandy Lane",
)
CAKE_RECIPE = (
    "Baking",
    "Cakes",
    "By Ruth Hall",
    "Prep 20 min",
    (
        "This is the cake my grandmother made every Sunday, and it is still the one my "
        "children ask for on their birthdays, even after years of fancier bakes."
    ),
    (
        "It needs no mixer and no special tin, only a bowl, a wooden spoon and an oven that "
        "you trust, and it keeps for a week in a tin if it ever lasts that long."
    ),
    (
        "The secret is the brown butter, which gives the crumb a nutty depth, and the pinch "
        "of salt that stops the whole thing from tasting only of sugar."
    ),
    (
        "Serve it warm with cream or cold with a cup of tea; either way, it is best eaten in "
        "good company, and leftovers make a fine breakfast."
    ),
    "Ingredients",
    "For the Cake",
    "Butter",
    "Brown Sugar",
    "Caster Sugar",
    "Eggs",
    "Plain Flour",
    "Baking Powder",
    "Salt",
    "Milk",
    "Vanilla Extract",
    "Walnuts",
    "Raisins",
    "For the Icing",
    "Icing Sugar",
    "Cream Cheese",
    "Lemon Zest",
    "Lemon Juice",
    "Toasted Pecans",
    "Sea Salt Flakes",
    "Method",
    "Brown the butter.",
    "Cool it a little.",
    "Beat in both sugars.",
    "Add the eggs one by one.",
    "Fold in the flour and salt.",
    "Stir in the milk.",
    "Add nuts and raisins.",
    "Bake for 40 minutes.",
    "Cool before icing.",
    "Dust with icing sugar.",
)
# A prize story that opens with a lead of 26 words over its shortlist.
PRIZE_STORY = (
    (
        "The judges of the Harbour Prize announced their shortlist on Monday, choosing six "
        "novels from a longlist of twenty-two that included three debuts and two "
        "translations."
    ),
    *SHORTLIST_THEN_LONGLIST[1:],
)

# A recipe card of twelve short lines between a blog's story and its recipe.
RECIPE_CARD = (
    "Prep Time",
    "15 minutes",
    "Cook Time",
    "30 minutes",
    "Total Time",
    "45 minutes",
    "Course",
    "Dessert",
    "Cuisine",
    "British",
    "Servings",
    "16",
)
RECIPE_METHOD = (
    "Melt the butter and the chocolate together in a bowl set over a pan of barely simmering "
    "water, then leave the mixture to cool for ten minutes.",
    "Whisk the eggs and the sugar until pale and thick, fold in the chocolate, then the flour, "
    "and bake in a lined tin for about thirty minutes until just set.",
)

# A promotion between the site's menus, which tells page_frame that the
# article may start above its main text; and a short site footer.
PROMOTION = (
    "Free delivery on every order over forty pounds this month, and free returns "
    "within thirty days on everything in the shop, from the new season's coats to the "
    "last of the summer sandals."
)
SECTIONS = (
    "Local",
    "Harbour",
    "Ferries",
    "Schools",
    "Planning",
    "Transport",
    "Health",
    "Weather",
    "Letters",
)
SIGNED_FOOTER = ("About Us", "Contact", "© 2025 The Harbour Gazette")
BANNER = "Free returns on every order, all year round, in every one of our shops."

# An album review that opens with its tracklist and ends with an art credit;
# a soup recipe whose two short opening sentences sit above its ingredients.
TRACKLIST_REVIEW = (
    "Tracklist",
    "Low Tide",
    "Harbour Lights",
    "Salt Roads",
    "The Breakwater",
    "Gulls Over Leith",
    "Northern Line",
    "Paper Boats",
    "Lantern Song",
    "Last Crossing",
    "Home Again",
    (
        "The fourth album from the Edinburgh quartet is their most confident yet, a record "
        "that finally sounds like the band they have been promising to become since their "
        "debut."
    ),
    (
        "Recorded over two weeks in a converted church in Fife, it trades the brittle guitars"
        " of their earlier work for piano, strings and a patient, rolling rhythm section."
    ),
    "Personnel",
    "Anna Reid",
    "Tom Fraser",
    "Callum Boyd",
    "Isla Munro",
    "Guest Musicians",
    "Kirsty Hall",
    "Ewan Grant",
    "Fiona Kerr",
    "Produced by Rory Black",
    (
        "Opener Low Tide sets the tone, its slow build from a single piano figure to a full "
        "swell of strings is the best thing they have ever recorded."
    ),
    (
        "Harbour Lights is the obvious single, all chiming hooks and a chorus that you will "
        "be humming for weeks after the first listen."
    ),
    (
        "The second half is quieter and stranger, with Lantern Song and Last Crossing "
        "stretching out into long instrumental passages that reward patience."
    ),
    (
        "It is not a perfect record, and Paper Boats in particular outstays its welcome, but "
        "it is the sound of a band growing up in public and doing it well."
    ),
    "Cover art © Night Ferries",
)
SOUP_RECIPE = (
    "I have made this soup every winter for ten years now.",
    "It is cheap, quick and it feeds the whole family.",
    "Ingredients",
    "2 Tbsp Olive Oil",
    "1 Large Onion, Diced",
    "3 Garlic Cloves",
    "2 Carrots, Chopped",
    "1 Tin Chopped Tomatoes",
    "1 Litre Vegetable Stock",
    "200g Red Lentils",
    "1 Tsp Smoked Paprika",
    "Salt and Pepper",
    "Method",
    (
        "Warm the olive oil in a large pan and soften the onion, garlic and carrots for about"
        " ten minutes."
    ),
    (
        "Stir in the paprika, then add the tomatoes, stock and lentils and bring everything "
        "to the boil."
    ),
    (
        "Simmer for twenty minutes, until the lentils have collapsed, then season and blend "
        "until smooth."
    ),
    (
        "Serve with crusty bread and a swirl of yoghurt, and freeze any leftovers in portions"
        " for later."
    ),
    "Recipe and photograph © Jane Doe 2024",
)

# A checklist under its introduction: each month a heading, a sentence and
# a run of short items. The introduction is the heaviest run of prose, but
# the months below it hold more prose than it does.
CHECKLIST_INTRO = (
    "Planning a wedding can feel overwhelming, but with a month-by-month checklist you can "
    "stay organised and actually enjoy your engagement.",
    "Whether you are planning a large celebration or a small gathering in a village hall, the "
    "key is to start early and to follow a plan.",
    "This guide walks you through what to do and when, from the first talk about the budget "
    "to the last week before the big day.",
)
_MONTHS = (
    (
        "Twelve Months Before",
        "Agree on a budget together and write down what matters most to each of you before "
        "you book anything.",
        ("Venue", "Catering", "Photography", "Attire", "Music", "Flowers", "Cake"),
    ),
    (
        "Nine Months Before",
        "Choose your photographer and your caterer first, because the good ones are booked a "
        "year ahead.",
        ("Photographer", "Caterer", "Band or DJ", "Florist", "Baker", "Officiant", "Transport"),
    ),
    (
        "Six Months Before",
        "Send the save-the-date cards to every guest and start looking for outfits that suit "
        "the season.",
        ("Cards", "Outfits", "Shoes", "Hotel Rooms", "Guest List", "Gift List", "Readings"),
    ),
    (
        "Three Months Before",
        "Confirm the menu with the caterer, plan the seating and book the hair and make-up "
        "trial for both of you.",
        ("Menu", "Seating", "Hair", "Make-up", "Vows", "Music", "Favours"),
    ),
    (
        "Two Months Before",
        "Post the invitations with a reply date at least four weeks before the wedding day.",
        ("Invitations", "Stamps", "Reply Cards", "Maps", "Menus", "Place Cards", "Signs"),
    ),
    (
        "One Month Before",
        "Collect the rings, check every booking once more and hand the timetable of the day to "
        "the venue.",
        ("Rings", "Bookings", "Timetable", "Payments", "Speeches", "Packing", "Rest"),
    ),
    (
        "The Week Before",
        "Pack an emergency kit, give the rings to the best man and go to bed early the night "
        "before.",
        ("Kit", "Rings", "Sleep"),
    ),
)
CHECKLIST_MONTHS = tuple(
    line
    for heading, sentence, items in _MONTHS
    for line in (heading, sentence, *(f"* {item}" for item in items))
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
            *cuts(*GERMAN_MENU),
            *GERMAN_BODY,
            *cuts("Impressum", "Datenschutz", "Kontakt", "© 2025 Hafenblatt"),
        ),
        cut(
            "japanese_page",
            *cuts(*JAPANESE_MENU),
            *JAPANESE_BODY,
            *cuts("会社概要", "お問い合わせ", "プライバシーポリシー", "利用規約"),
        ),
        cut(
            "sidebar_ends_the_main_text",
            *cuts(*NEWS_MENU),
            *LONG_ARTICLE,
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
            "story_resumes_below_a_recipe_card",
            *cuts(*NEWS_MENU),
            *LONG_ARTICLE,
            *RECIPE_CARD,
            *RECIPE_METHOD,
            *cuts(*FOOTER),
        ),
        # The question above its answer, and the lines between, stay.
        cut(
            "paragraph_between_the_menus_and_the_main_text",
            *cuts(*NEWS_MENU),
            "How do I keep basil alive on a windowsill through a dark winter?",
            "Asked 3 March",
            "Tom Reed",
            "Viewed 2k times",
            "2 Answers",
            "Highest score",
            "Accepted answer",
            *GARDEN,
            *cuts(*FOOTER),
        ),
        cut(
            "code_lines_are_no_footer",
            *cuts(*NEWS_MENU),
            *LONG_ARTICLE,
            "[retry]",
            "count = 4",
            "delay = 30",
            "backoff = 2",
            "Restart the service after you change the file.",
            *cuts(*FOOTER),
        ),
        # One short paragraph amid the lists introduces a listing: the list
        # is the page's text, and only the menus above the paragraph go.
        cut(
            "shortlist_under_a_one_paragraph_introduction",
            *cuts(*NEWS_MENU, rule="opening_menus"),
            "The shortlist for this year's Harbour Book Prize was announced on Monday evening "
            "at the maritime museum, after the jury read 164 novels, memoirs and story "
            "collections submitted by publishers from across the region.",
            "The Salt Road by Ana Ruiz",
            "Low Water by Tom Reed",
            "A Year on the Quay by Lena Park",
            "Ferry Weather by Omar Haddad",
            "The Lighthouse Keeper's Daughter by Kate Byrne",
            "Nets by Yusuf Demir",
            "Tidal by Maria Costa",
            "The Dredger by Jonas Berg",
            "Harbour Lights by Ines Duarte",
            "North Pier by Paul Novak",
            "About Us",
            "Contact",
            "© 2025 The Harbour Gazette",
        ),
        # A page whose article is one long paragraph is still a whole page.
        cut(
            "article_of_one_long_paragraph",
            *cuts(*NEWS_MENU),
            "The harbour ferry will run again from Monday, the port authority said on Friday, "
            "after three weeks in which the crossing was closed for repairs to the landing "
            "stage on the north quay. Engineers found that two of the timber piles had rotted "
            "below the waterline and replaced them with steel, a job that took longer than "
            "planned because storms kept the divers out of the water for most of a week. The "
            "first boat leaves at six in the morning, and the timetable is the same as before "
            "the closure, with a crossing every twenty minutes until ten at night. Season "
            "tickets bought before the closure will be extended by three weeks at no cost to "
            "their holders.",
            *cuts(*FOOTER),
        ),
        # Below an introduction outweighed by the checklist under it, the
        # main text is only part of the article: nothing below it goes.
        cut(
            "checklist_that_outweighs_its_introduction",
            *cuts(*NEWS_MENU),
            *CHECKLIST_INTRO,
            *CHECKLIST_MONTHS,
            *cuts(*FOOTER, rule="footer_links"),
        ),
        # Only the sidebar's copy goes: the headings it repeats are the
        # article's.
        cut(
            "article_headings_listed_in_the_sidebar",
            *cuts(*NEWS_MENU[:6], "Contents", "Early Life", "Career", "Legacy"),
            C1,
            "Early Life",
            C2,
            C3,
            "Career",
            C4,
            M1,
            "Legacy",
            M2,
            *cuts(*FOOTER),
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
    "page_footer": [
        cut(
            "blog_sidebar_and_footer_under_a_short_header",
            *SHORT_HEADER,
            *LONG_ARTICLE,
            *cuts(*SIDEBAR_AND_FOOTER),
        ),
        cut(
            "closing_source_line_stays",
            *SHORT_HEADER,
            *LONG_ARTICLE,
            "Source: Harbour Road consultation report, 2025.",
            *cuts(*SIDEBAR_AND_FOOTER),
        ),
        cut(
            "byline_and_breadcrumbs_stay_above",
            "Home » News » Local",
            "By Ana Ruiz",
            "Updated 3 December 2025",
            *LONG_ARTICLE,
            *cuts(*SIDEBAR_AND_FOOTER),
        ),
        cut(
            "site_blurb_after_the_footer_run_goes_too",
            *SHORT_HEADER,
            *LONG_ARTICLE,
            *cuts(
                *SIDEBAR_AND_FOOTER,
                "Harbour Notes is written by volunteers from the harbour district.",
            ),
        ),
        cut(
            "a_line_between_footer_runs",
            *SHORT_HEADER,
            *LONG_ARTICLE,
            *cuts(
                "Popular",
                "Tides",
                "Ferries",
                "Tide tables for the week ahead",
                *SIDEBAR_AND_FOOTER,
            ),
        ),
        cut(
            "blogger_archive_widget",
            *SHORT_HEADER,
            *LONG_ARTICLE,
            *cuts(
                "Newer Post Older Post Home",
                "Subscribe to: Post Comments (Atom)",
                "Blog Archive",
                *(
                    f"* ► {month} 2025 ({count})"
                    for count, month in enumerate(
                        (
                            "December",
                            "November",
                            "October",
                            "September",
                            "August",
                            "July",
                            "June",
                            "May",
                            "April",
                            "March",
                            "February",
                            "January",
                        ),
                        start=1,
                    )
                ),
                "Powered by Blogger",
                *FOOTER,
            ),
        ),
        cut(
            "header_links_repeated_in_the_footer",
            *SHORT_HEADER,
            *LONG_ARTICLE,
            *cuts(*SIDEBAR_AND_FOOTER[:-1], "Home", "About", "Sitemap"),
        ),
        cut(
            "german_page",
            "Hafenblatt",
            "Startseite",
            "Lokales",
            "Kontakt",
            *GERMAN_BODY,
            *GERMAN_BODY[:2],
            *cuts(
                "Archiv",
                "Dezember 2025",
                "November 2025",
                "Oktober 2025",
                "September 2025",
                "August 2025",
                "Juli 2025",
                "Juni 2025",
                "Kategorien",
                "Garten",
                "Lokales",
                "Rezepte",
                "Reisen",
                "Anmelden",
                "Über uns",
                "Kontakt",
                "Werbung",
                "Impressum",
                "Datenschutz",
                "Nutzungsbedingungen",
                "© 2025 Hafenblatt",
            ),
        ),
        cut(
            "japanese_page",
            "港だより",
            "ホーム",
            "お知らせ",
            "お問い合わせ",
            *JAPANESE_BODY,
            *JAPANESE_BODY,
            *cuts(
                "アーカイブ",
                "2025年12月",
                "2025年11月",
                "2025年10月",
                "2025年9月",
                "2025年8月",
                "2025年7月",
                "2025年6月",
                "カテゴリー",
                "園芸",
                "地域",
                "料理",
                "旅行",
                "ログイン",
                "会社概要",
                "お問い合わせ",
                "広告掲載",
                "プライバシーポリシー",
                "利用規約",
                "サイトマップ",
                "© 2025 港だより",
            ),
        ),
    ],
    "opening_menus": [
        cut(
            "menus_above_a_promotion",
            *cuts(*NEWS_MENU),
            PROMOTION,
            *SECTIONS,
            *LONG_ARTICLE,
            *SIGNED_FOOTER,
        ),
        cut(
            "bullet_menus_and_account_links",
            *cuts(*(f"* {item}" for item in NEWS_MENU), "Sign in", "Basket (0)"),
            PROMOTION,
            *SECTIONS,
            *LONG_ARTICLE,
            *SIGNED_FOOTER,
        ),
        cut(
            "two_menu_runs_above_the_first_paragraph",
            *cuts(
                *NEWS_MENU,
                "Search",
                "Events",
                "Jobs",
                "Property",
                "Motors",
                "Dating",
                "Puzzles",
                "Obituaries",
                "Notices",
                "Archive",
            ),
            PROMOTION,
            *SECTIONS,
            *LONG_ARTICLE,
            *SIGNED_FOOTER,
        ),
        cut(
            "short_lines_between_the_menus_and_the_first_paragraph",
            *cuts(*NEWS_MENU, "Home » News", "Menu"),
            PROMOTION,
            *SECTIONS,
            *LONG_ARTICLE,
            *SIGNED_FOOTER,
        ),
        cut(
            "first_paragraph_of_twelve_words",
            *cuts(*NEWS_MENU),
            "Our shop is open again every weekday from nine in the morning.",
            PROMOTION,
            *SECTIONS,
            *LONG_ARTICLE,
            *SIGNED_FOOTER,
        ),
        cut(
            "banner_slide_printed_twice_above_the_menus",
            *cuts(BANNER, BANNER, *NEWS_MENU),
            PROMOTION,
            *SECTIONS,
            *LONG_ARTICLE,
            *SIGNED_FOOTER,
        ),
        cut(
            "promotion_in_two_paragraphs",
            *cuts(*NEWS_MENU),
            "Free delivery on every order over forty pounds this month, in every one of our "
            "shops and online.",
            "Free returns within thirty days on everything you buy, from the new season's coats "
            "to the summer sandals.",
            *SECTIONS,
            *LONG_ARTICLE,
            *SIGNED_FOOTER,
        ),
        cut(
            "german_page",
            *cuts(*GERMAN_MENU),
            "Bis zum Ende des Monats liefern wir jede Bestellung über vierzig Euro kostenlos, und "
            "wer etwas zurückschicken möchte, kann das dreißig Tage lang tun, ohne dafür "
            "auch nur etwas zu bezahlen.",
            *SECTIONS,
            *GERMAN_BODY,
            *GERMAN_BODY,
            "© 2025 Hafenblatt",
        ),
        cut(
            "japanese_page",
            *cuts(*JAPANESE_MENU),
            "今月は四十ユーロ以上のご注文で送料が無料になり、三十日以内の返品も無料で承ります。"
            "店頭でもオンラインでも、新しい季節のコートから夏のサンダルまで、すべての商品が対象です。",
            *SECTIONS,
            *JAPANESE_BODY,
            *JAPANESE_BODY,
            "© 2025 港だより",
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
        # Paragraphs in a row between two long lists are the article's:
        # an introduction under its contents, above its ingredients.
        keep(
            "paragraphs_in_a_row_between_two_lists",
            *TABLE_OF_CONTENTS,
            G1,
            G2,
            *INGREDIENTS,
            *LONG_ARTICLE,
            "Gardening",
            "Balconies",
            "Tomatoes",
        ),
        # Two short paragraphs with a caption between them, above the
        # line-up: the report's opening, however little each weighs.
        keep(
            "short_opening_paragraphs_around_a_caption_above_a_list",
            *NEWS_MENU,
            "A late goal from a substitute settled a tense derby in front of a sell-out crowd "
            "at the Quay on Sunday.",
            "Photo: Ian Marsh",
            "It was the home side's first win over their neighbours in six attempts and their "
            "third in a row.",
            "Starting XI",
            "Dunne",
            "Blake",
            "Hughes",
            "Okafor",
            "Reid",
            "Mensah",
            "Carter",
            "Ward",
            "Silva",
            "Novak",
            "Brennan",
            *LONG_ARTICLE,
            "Football",
            "Derby",
            "Harbour United",
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
        # A blog written a phrase a line, with no footer below: no page.
        keep(
            "japanese_blog_written_a_phrase_a_line",
            "今日は",
            "朝から",
            "雨でした",
            "駅まで",
            "歩いて",
            "電車に",
            "乗って",
            "海へ",
            "行きました",
            "波の音",
            "潮の香り",
            "最高でした",
            *JAPANESE_BODY,
        ),
        keep("lead_of_a_paragraph_over_a_shortlist", *PRIZE_STORY),
        keep(
            "lead_under_a_headline_and_a_byline",
            "Harbour Prize Shortlist Announced",
            "By Jane Doe",
            *PRIZE_STORY,
        ),
    ],
    "opening_menus": [
        # No copyright line below the main text: not a page that signs.
        keep(
            "no_sign_below_the_main_text",
            *NEWS_MENU,
            PROMOTION,
            *SECTIONS,
            *LONG_ARTICLE,
            *FOOTER[:3],
        ),
        keep(
            "sign_only_above_the_main_text",
            NEWS_MENU[0],
            "© 2025 The Harbour Gazette",
            *NEWS_MENU[1:],
            PROMOTION,
            *SECTIONS,
            *LONG_ARTICLE,
            *FOOTER[:3],
        ),
        keep(
            "text_opens_with_a_paragraph",
            PROMOTION,
            *NEWS_MENU,
            *SECTIONS,
            *LONG_ARTICLE,
            *SIGNED_FOOTER,
        ),
        keep("no_long_menu_run", *NEWS_MENU[:8], PROMOTION, *LONG_ARTICLE, *SIGNED_FOOTER),
        keep("too_little_prose", *NEWS_MENU, "Water deeply twice a week.", *SIGNED_FOOTER),
        keep("recipe_with_its_introduction", *RECIPE_START, C1, C2, C3, *SIGNED_FOOTER),
        keep(
            "contents_after_an_introduction",
            G1,
            G2,
            *TABLE_OF_CONTENTS,
            G3,
            G4,
            *SIGNED_FOOTER,
        ),
        keep("japanese_article_alone", *JAPANESE_BODY, "参考文献", "© 2025 港だより"),
        # A credit with the sign is not the site's notice.
        keep("review_opening_with_its_tracklist", *TRACKLIST_REVIEW),
        # Two short sentences above the list are the article's opening.
        keep("recipe_opening_with_two_short_sentences", *SOUP_RECIPE),
    ],
    "page_footer": [
        # An extractor's output: no menu lines above the main text.
        keep("extracted_article_ending_in_a_long_list", *LONG_ARTICLE, *GLOSSARY),
        keep("byline_article_and_a_long_list", "By Ana Ruiz", *LONG_ARTICLE, *GLOSSARY),
        keep(
            "list_between_two_parts_of_the_article",
            *SHORT_HEADER,
            *LONG_ARTICLE,
            *GLOSSARY,
            G1,
            G2,
            G3,
        ),
        # A site's footer and sidebars are long; a closing list of a dozen is
        # the article's.
        keep(
            "closing_list_of_a_dozen_under_a_header", *SHORT_HEADER, *LONG_ARTICLE, *GLOSSARY[:12]
        ),
        keep(
            "short_introduction_over_a_catalogue",
            *SHORT_HEADER,
            C1,
            C2,
            C3,
            *GLOSSARY,
        ),
        keep(
            "two_texts_of_like_weight",
            *SHORT_HEADER,
            *GARDEN,
            *SLEEP[:2],
            *TABLE_OF_CONTENTS,
            *LONG_ARTICLE,
            *GLOSSARY,
        ),
        keep(
            "list_introduced_by_a_colon",
            *SHORT_HEADER,
            *LONG_ARTICLE,
            "The languages taught at the harbour school this year are:",
            *GLOSSARY,
        ),
        keep(
            "recipe_method_after_its_ingredients",
            *SHORT_HEADER,
            *LONG_ARTICLE,
            *INGREDIENTS,
            *(f"- {item}" for item in GLOSSARY[:12]),
            "Method",
            "Mix the flour and the eggs in a large bowl until the dough comes together.",
            "Knead it for ten minutes on a floured board, then leave it to rest for an hour.",
            "Roll it out thinly and cut it into ribbons before boiling it in salted water.",
        ),
        keep(
            "lower_case_lines_are_no_menu",
            *SHORT_HEADER,
            *LONG_ARTICLE,
            *(
                f"{word} and more"
                for word in (
                    "salt",
                    "pepper",
                    "oil",
                    "garlic",
                    "basil",
                    "thyme",
                    "lemon",
                    "butter",
                    "flour",
                    "sugar",
                    "honey",
                    "vinegar",
                    "mustard",
                    "chives",
                    "parsley",
                    "cumin",
                    "ginger",
                    "paprika",
                    "cream",
                    "milk",
                    "rice",
                    "beans",
                )
            ),
        ),
        keep("album_review_with_its_tracklist", *ALBUM_REVIEW),
        keep("match_report_with_the_line_ups", *MATCH_REPORT),
        keep("chinese_report_with_the_poems_it_prints", *POEMS_REPORT),
        # The shortlist under the lead is the article's, not a header.
        keep("shortlist_then_longlist", *SHORTLIST_THEN_LONGLIST),
        # One heading of the contents repeated below is no footer's sign.
        keep("contents_on_top_and_a_closing_list", *CONTENTS_AND_CLOSING_LIST),
        keep("cake_recipe_with_one_line_steps", *CAKE_RECIPE),
        keep(
            "table_rows_are_no_menu",
            *SHORT_HEADER,
            *LONG_ARTICLE,
            *(f"| {year} | {year - 1970} |" for year in range(2000, 2022)),
        ),
    ],
}
