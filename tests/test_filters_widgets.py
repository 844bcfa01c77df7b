"""Single-line filters: markup debris, share, newsletter, cookie, advertisement
and comment widgets. See tests/filter_helpers.py for how cases are written.
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
    "markup_debris": [
        cut("lone_gt", C1, Cut(">"), C2),
        cut("lone_pipe", M1, Cut("|"), M2, M3),
        cut("lone_bullet", G1, "", Cut("•"), "", G2),
        cut("lone_guillemet", S1, Cut("»"), S2),
        cut("empty_table_pipes", C1, C2, Cut("|   |   |"), C3),
        cut("arrow", M1, Cut("→"), M2),
        cut("pager_arrows", S1, S2, Cut("« ‹ › »")),
        cut("zero_width_space", G1, Cut("\u200b"), G2),
        cut("indented_pipe", C1, Cut("    |   "), C2),
        cut("double_gt", M1, M2, Cut(">>"), M3),
        cut("lone_play_arrow", S1, Cut("▶"), S2),
        cut("several_debris_lines", G1, Cut(">"), G2, Cut("|"), G3, Cut("•"), G4),
    ],
    "share_prompts": [
        cut(
            "wordpress_share_block",
            C1,
            C2,
            Cut("Share this:"),
            Cut("Click to share on X (Opens in new window)"),
            Cut("Click to share on Facebook (Opens in new window)"),
        ),
        cut("network_names", M1, M2, Cut("Facebook Twitter Email")),
        cut("glued_network_names", S1, S2, Cut("FacebookTwitterLinkedInEmail")),
        cut("like_this_loading", G1, G2, Cut("Like this:"), Cut("Like Loading...")),
        cut("like_this_one_line", G1, G2, Cut("Like this: Like Loading...")),
        cut("follow_us_on", C1, Cut("Follow us on Instagram"), C2),
        cut("share_on_pipes", M1, Cut("Share on Facebook | Share on X | Email"), M2),
        cut("share_colon", S1, Cut("Share:"), S2),
        cut("share_this_article", C1, C2, Cut("Share this article")),
        cut("emoji_email_print", G1, G2, Cut("📧 Email   🖨 Print")),
        cut("connect_on_linkedin", M1, M2, Cut("Connect with us on LinkedIn")),
        cut("be_first_to_like", S1, S2, Cut("Be the first to like this.")),
        cut("dotted_networks", C1, Cut("WhatsApp · Telegram · Copy link"), C2),
        cut("pin_it", G1, Cut("Pin it"), G2),
        cut("follow_us_on_two_networks", C1, C2, Cut("Follow us on Facebook and Instagram")),
        cut("recipe_card_buttons", G1, G2, Cut("Print Recipe"), Cut("Pin Recipe")),
    ],
    "newsletter_prompts": [
        cut("subscribe", C1, C2, Cut("Subscribe")),
        cut("sign_up_for_newsletter", M1, Cut("Sign up for our newsletter"), M2),
        cut(
            "subscribe_prefix_sentence",
            G1,
            G2,
            Cut("Subscribe to our newsletter for weekly gardening tips."),
        ),
        cut("enter_email", S1, S2, Cut("Enter your email address"), Cut("Subscribe now")),
        cut("get_latest_news", C1, Cut("Get the latest news"), C2),
        cut("stay_in_the_loop", M1, M2, Cut("Stay in the loop!")),
        cut("discover_more_from", G1, G2, Cut("Discover more from The Balcony Gardener")),
        cut(
            "dont_miss_a_post",
            S1,
            S2,
            Cut("Don't miss a post! Join 12,000 readers who get it first."),
        ),
        cut(
            "sign_up_to_receive_our",
            G1,
            G2,
            Cut("Sign up to receive our best recipes every Friday."),
        ),
        cut("newsletter_sign_up", C1, C2, Cut("Newsletter Sign-up")),
        cut("type_your_email", M1, M2, Cut("Type your email…"), Cut("Subscribe")),
        cut("emoji_subscribe_now", S1, Cut("📩 Subscribe now"), S2),
    ],
    "cookie_notices": [
        cut(
            "we_use_cookies_to_improve",
            C1,
            C2,
            Cut("We use cookies to improve your experience on our website."),
        ),
        cut(
            "this_website_uses_cookies",
            M1,
            Cut("This website uses cookies to ensure you get the best experience. Learn more"),
            M2,
        ),
        cut("accept_all_cookies", G1, G2, Cut("Accept all cookies"), Cut("Cookie settings")),
        cut("reject_and_manage", S1, S2, Cut("Reject all"), Cut("Manage preferences")),
        cut(
            "similar_technologies_personalise",
            C1,
            Cut("We use cookies and similar technologies to personalise content and ads."),
            C2,
        ),
        cut(
            "by_continuing",
            M1,
            M2,
            Cut("By continuing to use this site, you agree to our use of cookies."),
        ),
        cut("privacy_overview", G1, G2, Cut("Privacy Overview")),
        cut("accept_and_close", S1, S2, Cut("Accept & Close")),
        cut("we_value_your_privacy", C1, C2, Cut("We value your privacy")),
        cut(
            "mention_with_consent",
            M1,
            M2,
            Cut("We use cookies. By browsing, you consent to their use."),
        ),
        cut("strictly_necessary", G1, G2, Cut("Strictly Necessary Cookies")),
    ],
    "advertisements": [
        cut("advertisement", C1, Cut("Advertisement"), C2),
        cut("shouting_advertisement", M1, Cut("ADVERTISEMENT"), M2),
        cut("dashed_advertisement", G1, Cut("- Advertisement -"), G2),
        cut("story_continues_below", S1, Cut("Story continues below advertisement"), S2),
        cut("continue_reading_main_story", C1, Cut("Continue reading the main story"), C2),
        cut("sponsored", M1, M2, Cut("Sponsored")),
        cut("ads_by_google", G1, G2, Cut("Ads by Google")),
        cut("report_this_ad", S1, Cut("Advertisement"), Cut("Report this ad"), S2),
        cut("article_continues_below", C1, Cut("Article continues below"), C2),
        cut("promoted_content", M1, M2, Cut("Promoted Content")),
        cut("scroll_to_continue", G1, Cut("Scroll to continue with content"), G2),
    ],
    "comment_prompts": [
        cut("leave_a_comment", C1, C2, Cut("Leave a comment")),
        cut("leave_a_reply_cancel", M1, M2, Cut("Leave a Reply Cancel reply")),
        cut("comment_count", G1, G2, Cut("12 Comments")),
        cut(
            "email_not_published",
            S1,
            S2,
            Cut("Leave a Reply"),
            Cut("Your email address will not be published. Required fields are marked *"),
        ),
        cut(
            "thoughts_on",
            G1,
            G2,
            Cut("3 thoughts on “Growing Tomatoes on a Small Balcony”"),
        ),
        cut("comments_in_brackets", C1, C2, Cut("Comments (4)")),
        cut("post_comment", M1, M2, Cut("Post Comment")),
        cut(
            "save_my_name",
            S1,
            S2,
            Cut("Save my name, email, and website in this browser for the next time I comment."),
        ),
        cut("comments_are_closed", C1, C2, Cut("Comments are closed.")),
        cut(
            "akismet",
            G1,
            G2,
            Cut("This site uses Akismet to reduce spam. Learn how your comment data is processed."),
        ),
        cut("one_thought_on", M1, M2, Cut("One thought on “The Museum Reopens”")),
        cut("join_the_discussion", S1, S2, Cut("Join the discussion")),
        cut(
            "comment_form_fields",
            C1,
            C2,
            Cut("Leave a Reply"),
            Cut("Comment *"),
            Cut("Name *"),
            Cut("Email *"),
            Cut("Website"),
            Cut("Post Comment"),
        ),
    ],
}

NEGATIVES = {
    "markup_debris": [
        keep(
            "asterism_section_break",
            "She closed the door behind her and did not look back.",
            "* * *",
            "Three years later, the house was sold at auction.",
        ),
        keep(
            "dash_section_break",
            "That was the last winter the mill ran at full capacity.",
            "---",
            "By the spring, half the workers had been let go.",
        ),
        keep(
            "bullet_section_break",
            "The first part of the journey took us along the coast.",
            "• • •",
            "The second part began in the mountains, where the road narrowed.",
        ),
        keep(
            "markdown_table",
            "The table below compares the three plans.",
            "| Plan | Monthly price |",
            "|---|---|",
            "| Basic | $8 |",
            "| Family | $15 |",
        ),
        keep(
            "markdown_table_aligned",
            "Rainfall was well above average in both cities.",
            "| City | Rain (mm) |",
            "| :--- | ---: |",
            "| Leeds | 112 |",
        ),
        keep(
            "single_column_table_rule",
            "The recipe has only four steps, listed in order below.",
            "| Step |",
            "| --- |",
            "| Whisk the eggs and sugar until pale |",
            "| Fold in the flour |",
        ),
        keep(
            "code_closing_brace",
            "The handler returns early when the list is empty:",
            "if (items.length === 0) {",
            "    return;",
            "}",
        ),
        keep(
            "c_comment_block",
            "Every source file in the project starts with the same header:",
            "/*",
            " * Copyright 2024 The Example Authors.",
            " *",
            " */",
        ),
        keep(
            "lone_asterisk_footnote_marker",
            "Prices include tax but not delivery.",
            "*",
            "Delivery is free on orders over $50.",
        ),
        keep(
            "html_comment_close",
            "Wrap the navigation in a comment while you test the page:",
            "<!--",
            '<nav class="main">…</nav>',
            "-->",
        ),
        keep(
            "react_fragment",
            "A fragment lets a component return two elements without a wrapper:",
            "return (",
            "  <>",
            "    <Header />",
            "    <Main />",
            "  </>",
            ");",
        ),
        keep(
            "setext_heading_underline",
            "The README opens with a heading written in the older style:",
            "Installation",
            "============",
            "Run the installer and follow the prompts.",
        ),
        keep(
            "elision_three_dots",
            "The letter, read aloud in court, began tenderly.",
            "...",
            "It ended with a threat.",
        ),
        keep(
            "elision_ellipsis_character",
            "Only two stanzas of the poem survive in the archive:",
            "The river keeps its counsel, cold and slow,",
            "…",
            "and carries what we loved out to the sea.",
        ),
    ],
    "share_prompts": [
        keep(
            "share_your_thoughts",
            "Share your thoughts with your family before the vote.",
            "Polling stations open at 7 a.m. and close at 10 p.m.",
        ),
        keep(
            "lone_twitter_list_item",
            "Respondents named the places where they first saw the rumour:",
            "- Twitter",
            "- Neighbourhood group chats",
            "- Local radio",
        ),
        keep(
            "shared_on_networks",
            "The video was shared on Facebook and Twitter more than 2,000 times.",
            "Police later said the footage had been edited.",
        ),
        keep(
            "follow_the_money",
            "Follow the money, the investigators told the committee.",
            "The accounts led to a shell company registered in 2019.",
        ),
        keep(
            "question_heading_of_networks",
            "Many of the journalists who left X last year are still looking for a new home.",
            "Threads or Bluesky?",
            "Both apps grew quickly, but neither has replaced the old network for breaking news.",
        ),
        keep(
            "tv_show_heading_andor",
            "Here are the three shows our critics could not stop talking about this year.",
            "Andor",
            "The second season is slower, angrier and better than the first.",
            "Severance",
            "The office satire turned into something much stranger.",
        ),
        keep(
            "list_item_two_apps",
            "The organisers used several apps to coordinate the protest:",
            "- WhatsApp and Telegram",
            "- Signal, for the core team",
            "- A shared spreadsheet",
        ),
        keep(
            "lone_print_list_item",
            "The book will be released in three formats:",
            "- Print",
            "- Ebook",
            "- Audio, read by the author",
        ),
        keep(
            "sharing_is_caring_quote",
            "Sharing is caring, my grandmother used to say, and she meant it.",
            "Her kitchen fed half the street during the 1984 strike.",
        ),
        keep(
            "tweets_deleted",
            "Tweets from the mayor's account were deleted on Monday.",
            "A spokesperson said the account had been compromised.",
        ),
        keep(
            "shareholders",
            "Shareholders voted against the pay package for the second year running.",
            "Follow-up talks with the board are expected in May.",
        ),
        keep(
            "interview_answer_two_networks",
            "Q. Where do most of your new customers find you?",
            "Instagram and Facebook.",
            "Q. Not the website?",
            "Hardly ever, which still surprises me.",
        ),
        keep(
            "network_with_numbers",
            "Monthly active users, according to the companies:",
            "Facebook: 3 billion",
            "Instagram: 2 billion",
        ),
    ],
    "newsletter_prompts": [
        keep(
            "mayor_urged_subscribe",
            "The mayor urged residents to subscribe to the city's newsletter.",
            "It is the only place where road closures are announced in advance.",
        ),
        keep(
            "stay_informed_heading",
            "Preparing early is the best protection against a hurricane.",
            "Make a plan",
            "Agree where your family will meet if you are separated.",
            "Stay informed",
            "Keep a battery-powered radio and listen for evacuation orders.",
        ),
        keep(
            "sign_up_to_receive_alerts",
            "Officials urged residents to prepare before the storm makes landfall.",
            "Sign up to receive emergency alerts from your county by text message.",
            "Shelters will open at noon on Wednesday.",
        ),
        keep(
            "enter_your_email_how_to",
            "If you have forgotten your password, open the app and tap Forgot password.",
            "Enter your email to receive a verification code, then type the code into the app.",
            "The code expires after ten minutes.",
        ),
        keep(
            "email_address_required_item",
            "To apply for the grant, you will need the following:",
            "- Proof of address",
            "- Email address",
            "- Photo ID",
        ),
        keep(
            "newsletters_history",
            "Newsletters were once the lifeblood of small-town politics.",
            "Today most of them have moved online or closed.",
        ),
        keep(
            "subscribers_pay_more",
            "Subscribers will pay $4 more a month starting in July.",
            "The company blamed rising licensing costs.",
        ),
        keep(
            "signed_up_for_class",
            "She signed up for a pottery class after retiring from the post office.",
            "Ten years later, her bowls sell out at the Saturday market.",
        ),
        keep(
            "sign_ups_open",
            "Sign-ups for the youth soccer league open on March 1.",
            "Last year every team was full within a week.",
        ),
        keep(
            "subscribe_and_save",
            "Subscribe-and-save programmes have grown in popularity, analysts say.",
            "Critics say they make it too hard to cancel.",
        ),
    ],
    "cookie_notices": [
        keep(
            "bakery_next_door",
            "We use cookies from the bakery next door in this recipe.",
            "Any crisp, buttery biscuit will work just as well.",
        ),
        keep(
            "bakery_opposite",
            "We use cookies from the bakery opposite the station, but any crisp biscuit works.",
            "Crush them finely and mix with the melted butter.",
        ),
        keep(
            "cookies_to_line_the_tin",
            "We use cookies to line the tin before pouring in the custard.",
            "Chill the trifle for at least four hours before serving.",
        ),
        keep(
            "quoted_company_statement",
            '"We value your privacy and never sold customer data," the company said.',
            "Regulators have asked the firm to hand over its records by Friday.",
        ),
        keep(
            "regulator_on_banners",
            "The regulator said cookie banners must make 'reject all' as easy as 'accept all'.",
            "Sites that fail to comply face fines of up to 4% of turnover.",
        ),
        keep(
            "cookies_help_us_students",
            "Cookies help us through exam week, the students joked.",
            "The library hands out free snacks during the last fortnight of term.",
        ),
        keep(
            "third_party_cookies_news",
            "Google delayed its plan to phase out third-party cookies in Chrome.",
            "Advertisers had warned that the change would hurt small publishers.",
        ),
        keep(
            "stale_cookies_trifle",
            "We use cookies that have gone slightly stale; they soak up the syrup better.",
            "Fresh ones turn to mush within minutes.",
        ),
        keep(
            "cookie_policy_changes",
            "Cookie policy changes at the agency drew more than 300 complaints.",
            "Most came from small businesses that rely on online advertising.",
        ),
        keep(
            "accept_all_in_quote",
            "Most people click 'Accept all' without reading, the researchers found.",
            "Only 3% opened the settings page at all.",
        ),
    ],
    "advertisements": [
        keep(
            "advertising_revenue",
            "The company said advertising revenue fell 4% in the quarter.",
            "Subscription income rose for the ninth quarter in a row.",
        ),
        keep(
            "sponsored_by_rotary",
            "Sponsored by the Rotary Club, the race raised $12,000 for the food bank.",
            "More than 600 runners took part despite the rain.",
        ),
        keep(
            "promoted_league_heading",
            "It was a season of surprises at both ends of the table.",
            "Promoted",
            "Ipswich Town, Leicester City and Southampton all went up.",
            "Relegated",
            "Burnley, Sheffield United and Luton Town went down.",
        ),
        keep(
            "ad_hoc",
            "Ad hoc committees have met twice since January.",
            "Neither has published minutes.",
        ),
        keep(
            "advertisements_on_buses",
            "Advertisements for the show ran on buses across the city.",
            "Tickets sold out in two days.",
        ),
        keep(
            "super_bowl_ad",
            "The ad ran during the Super Bowl and cost $7 million.",
            "It was the most-watched commercial of the night.",
        ),
        keep(
            "continue_reading_the_report",
            "Continue reading the report, and the problem becomes obvious.",
            "The figures for 2021 were never audited.",
        ),
        keep(
            "paid_content_study",
            "Paid content, not journalism, now fills many local front pages, the study found.",
            "The authors surveyed 400 newspapers in 12 states.",
        ),
        keep(
            "sponsored_posts_rules",
            "Sponsored posts must now carry a clear label, under the new rules.",
            "Influencers who break the rule face a fine.",
        ),
    ],
    "comment_prompts": [
        keep(
            "leave_a_comment_town_hall",
            "Leave a comment about the proposal at the town hall meeting on Friday, the council "
            "said.",
            "Written submissions are accepted until the end of the month.",
        ),
        keep(
            "responses_to_survey_list_item",
            "The consultation drew a larger response than expected:",
            "- 412 responses to the online survey came from renters.",
            "- 160 came from landlords.",
        ),
        keep(
            "comments_on_draft_rule",
            "The agency received a flood of feedback.",
            "1,200 comments on the draft rule were filed before the deadline.",
            "Most of them opposed the change.",
        ),
        keep(
            "no_comment_spokesman",
            "No comment, the spokesman said, and hung up.",
            "The company has not responded to three further requests.",
        ),
        keep(
            "comments_close",
            "Comments on the proposal close on June 30.",
            "A final decision is expected in the autumn.",
        ),
        keep(
            "readers_left_comments",
            "Readers left more than 300 comments under the original post.",
            "Many of them shared their own stories of the flood.",
        ),
        keep(
            "join_the_conversation_event",
            "Join the conversation at the library on Thursday evening, organisers said.",
            "Entry is free and no booking is needed.",
        ),
        keep(
            "add_a_comment_section",
            "Several readers asked us to add a comment section to the recipe pages.",
            "We are looking into it.",
        ),
        keep(
            "data_collected_list",
            "The council's sign-up form collects only three pieces of information:",
            "- Name",
            "- Email",
            "- Website",
            "The data is deleted after 30 days, according to the privacy notice.",
        ),
        keep(
            "comment_section_kicker",
            "Comment",
            "The council's decision to close the library was short-sighted, and residents know it.",
            "Libraries are among the last free indoor spaces left in most towns.",
        ),
        keep(
            "thoughts_on_in_prose",
            "Her thoughts on the matter were clear: the school should stay open.",
            "She repeated them at every meeting for a year.",
        ),
    ],
}


@pytest.mark.parametrize(("rule", "lines"), by_rule(POSITIVES))
def test_filter_removes_its_clutter(rule: str, lines: tuple) -> None:
    assert_cuts(rule, lines)


@pytest.mark.parametrize(("rule", "lines"), by_rule(NEGATIVES))
def test_filter_keeps_look_alike_prose(rule: str, lines: tuple) -> None:
    assert_unchanged(lines)
