"""Dutch (nl) cases of the phrase rules: the clutter Dutch and Flemish sites
print, and Dutch article prose that only looks like it. tests/test_languages.py
runs them; tests/filter_helpers.py says how they are written.
"""

from __future__ import annotations

from tests.filter_helpers import Cut, cut, keep

# Article prose used around the clutter lines. Each line is a full sentence,
# so none of them looks like a headline or a teaser.
RAAD = (
    "De gemeenteraad heeft dinsdag met zeven tegen twee stemmen besloten het fietspad langs "
    "de Havenweg te verlengen.",
    "Voorstanders zeggen dat de route daardoor veiliger wordt voor kinderen die naar school "
    "fietsen.",
    "Tegenstanders waarschuwen dat de winkels aan de weg tientallen parkeerplaatsen kwijtraken.",
    "De werkzaamheden beginnen in september en duren ongeveer vier maanden.",
)
TUIN = (
    "Tomatenplanten hebben minstens zes uur direct zonlicht per dag nodig om goed te rijpen.",
    "Op een klein balkon kan één plant in een pot van twintig liter toch nog enkele kilo's "
    "opleveren.",
    "Geef twee keer per week flink water in plaats van elke dag een beetje, zodat de wortels "
    "de diepte in gaan.",
    "Knip de zijscheuten weg zodra ze verschijnen en geef de plant voeding als de eerste "
    "vruchten zich vormen.",
)
MUSEUM = (
    "Het museum is zaterdag heropend na een verbouwing van achttien maanden die 14 miljoen "
    "euro kostte.",
    "Bezoekers stonden tot om de hoek in de rij om het gerestaureerde plafond van de grote "
    "zaal te zien.",
    "De toegang blijft gratis, al vragen de nieuwe tijdelijke tentoonstellingen een kleine "
    "bijdrage.",
    "De directeur zei te hopen dat het aantal schoolbezoeken binnen twee jaar verdubbelt.",
)
SLAAP = (
    "Onderzoekers volgden 2400 tieners vijf jaar lang om te zien hoe slaap hun cijfers "
    "beïnvloedde.",
    "Wie minder dan zeven uur per nacht sliep, scoorde gemiddeld lager voor wiskunde.",
    "De auteurs benadrukken dat het onderzoek een verband laat zien en geen bewijs dat het "
    "een het ander veroorzaakt.",
    "Ze willen nu testen of een latere begintijd van scholen een meetbaar verschil maakt.",
)

R1, R2, R3, R4 = RAAD
G1, G2, G3, G4 = TUIN
M1, M2, M3, M4 = MUSEUM
S1, S2, S3, S4 = SLAAP

# Enough article prose to count as an article before a comment thread.
ARTICLE = (*RAAD, *MUSEUM)
# A site's header: menu-like lines above the main text.
HEADER = ("* Home", "* Nieuws", "* Sport", "* Weer")
SIGN = "© 2025 Havenkrant. Alle rechten voorbehouden."
LINKS = ("Over ons", "Vacatures", "Contact", "Privacyverklaring", "Algemene voorwaarden")

BOEKWINKEL = "Hoe een dorp zijn laatste boekwinkel redde"
BOEKWINKEL_BODY = (
    "Toen de eigenaar van boekhandel De Omslag aankondigde dat ze met pensioen ging, leek de "
    "winkel ten dode opgeschreven.",
    "Binnen een maand kochten 340 inwoners een aandeel, en de winkel ging weer open als "
    "coöperatie.",
)


def thread(*lines: str) -> tuple[Cut, ...]:
    """The lines of a comment thread, all cut by ``comment_threads``."""
    return tuple(Cut(line) for line in lines)


def cuts(*lines: str) -> tuple[Cut, ...]:
    """The lines as ``Cut`` lines of the rule under test."""
    return tuple(Cut(line) for line in lines)


POSITIVES = {
    "share_prompts": [
        cut(
            "jetpack_share_block",
            R1,
            R2,
            Cut("Dit delen:"),
            Cut("Klik om te delen op Facebook (Wordt in een nieuw venster geopend)"),
            Cut("Klik om te delen op X (Wordt in een nieuw venster geopend)"),
            Cut("Klik om af te drukken (Wordt in een nieuw venster geopend)"),
        ),
        cut("jetpack_like_loading", G1, G2, Cut("Vind ik leuk:"), Cut("Vind ik leuk Laden...")),
        cut("follow_us_on_instagram", S1, Cut("Volg ons op Instagram"), S2),
        cut("follow_us_on_two_networks", R1, R2, Cut("Volg ons op Facebook en Instagram")),
        cut("share_this_article", M1, M2, Cut("Deel dit artikel")),
        cut("share_colon", G1, Cut("Delen:"), G2),
        cut("network_names", S1, S2, Cut("Facebook LinkedIn WhatsApp")),
        cut("share_via_and_copy_link", R1, Cut("Deel via WhatsApp · Kopieer link"), R2),
        cut("recipe_card_buttons", G1, G2, Cut("Recept afdrukken"), Cut("Bewaar recept")),
    ],
    "newsletter_prompts": [
        cut(
            "sign_up_for_our_newsletter_sentence",
            G1,
            G2,
            Cut("Schrijf je in voor onze nieuwsbrief en ontvang elke vrijdag de beste recepten."),
        ),
        cut(
            "enter_email_and_subscribe",
            S1,
            S2,
            Cut("Vul je e-mailadres in"),
            Cut("Abonneer"),
        ),
        cut("newsletter_heading", R1, R2, Cut("Nieuwsbrief")),
        cut("sign_up_for_our_newsletter", M1, Cut("Meld je aan voor onze nieuwsbrief"), M2),
        cut("thanks_for_signing_up", G1, G2, Cut("Bedankt voor je inschrijving!")),
        cut(
            "wordpress_com_keep_reading",
            S1,
            S2,
            Cut(
                "Abonneer je nu om verder te lezen en toegang te krijgen tot het volledige archief."
            ),
        ),
        cut("become_a_subscriber", R1, R2, Cut("Word abonnee")),
    ],
    "cookie_notices": [
        cut(
            "we_use_cookies_to_improve",
            R1,
            R2,
            Cut("Wij gebruiken cookies om je ervaring op onze website te verbeteren."),
        ),
        cut(
            "this_website_uses_cookies",
            M1,
            Cut(
                "Deze website maakt gebruik van cookies om ervoor te zorgen dat u de beste "
                "ervaring krijgt. Meer informatie"
            ),
            M2,
        ),
        cut(
            "accept_all_and_settings",
            G1,
            G2,
            Cut("Alle cookies accepteren"),
            Cut("Cookie-instellingen"),
        ),
        cut("reject_and_manage", S1, S2, Cut("Alles weigeren"), Cut("Voorkeuren beheren")),
        cut(
            "by_using_this_website",
            R1,
            R2,
            Cut(
                "Door gebruik te maken van deze website ga je akkoord met het gebruik van cookies."
            ),
        ),
        cut(
            "wordpress_com_banner",
            M1,
            M2,
            Cut(
                "Privacy en cookies: Deze site maakt gebruik van cookies. Door verder te gaan "
                "op deze website, ga je akkoord met het gebruik hiervan."
            ),
        ),
        cut("we_value_your_privacy", G1, G2, Cut("Wij hechten waarde aan uw privacy")),
        cut("cookie_statement_link", S1, S2, Cut("Cookieverklaring")),
    ],
    "advertisements": [
        cut("advertisement", R1, Cut("Advertentie"), R2),
        cut("shouting_advertisement", M1, Cut("ADVERTENTIE"), M2),
        cut("dashed_advertisement", G1, Cut("- Advertentie -"), G2),
        cut(
            "article_continues_after_the_ad",
            S1,
            Cut("Het artikel gaat verder na de advertentie"),
            S2,
        ),
        cut("sponsored", R1, R2, Cut("Gesponsord")),
        cut("advertorial", M1, Cut("Advertorial"), M2),
        cut("report_this_ad", G1, Cut("Advertentie"), Cut("Deze advertentie melden"), G2),
    ],
    "browser_notices": [
        cut("video_tag", R1, Cut("Je browser ondersteunt de video-tag niet."), R2),
        cut(
            "scripts_off_notice",
            M1,
            Cut(
                "JavaScript is uitgeschakeld. Voor een betere ervaring, schakel JavaScript in "
                "je browser in voordat je verdergaat."
            ),
            M2,
        ),
        cut(
            "comments_need_javascript",
            S1,
            S2,
            Cut("Schakel JavaScript in om de reacties te bekijken, mogelijk gemaakt door Disqus."),
        ),
        cut("html5_video", G1, Cut("Uw browser ondersteunt geen HTML5-video."), G2),
        cut(
            "enable_javascript_to_use_the_site",
            R1,
            R2,
            Cut("Schakel JavaScript in om deze website te kunnen gebruiken."),
        ),
    ],
    "comment_prompts": [
        cut("leave_a_reply", R1, R2, Cut("Geef een reactie")),
        cut("leave_a_reply_cancel_reply", M1, M2, Cut("Geef een reactie Reactie annuleren")),
        cut("comment_count", G1, G2, Cut("12 reacties")),
        cut(
            "email_not_published",
            S1,
            S2,
            Cut("Laat een reactie achter"),
            Cut("Je e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *"),
        ),
        cut("thoughts_on", G1, G2, Cut("3 gedachten over “Tomaten op het balkon”")),
        cut("one_reply_to", M1, M2, Cut("Eén reactie op “Het museum is weer open”")),
        cut("comments_in_brackets", R1, R2, Cut("Reacties (4)")),
        cut(
            "save_my_name",
            S1,
            S2,
            Cut(
                "Mijn naam, e-mail en site opslaan in deze browser voor de volgende keer "
                "wanneer ik een reactie plaats."
            ),
        ),
        cut(
            "comment_form_fields",
            R1,
            R2,
            Cut("Geef een reactie"),
            Cut("Reactie *"),
            Cut("Naam *"),
            Cut("E-mail *"),
            Cut("Website"),
            Cut("Reactie plaatsen"),
        ),
        cut("comments_are_closed", G1, G2, Cut("Reacties zijn gesloten.")),
    ],
    "comment_threads": [
        cut(
            "wordpress_schreef_and_reply",
            *ARTICLE,
            *thread(
                "1. Sanne schreef:",
                "14 juli 2015 om 15:53",
                "Wij fietsen elke ochtend over die weg, dus dit is goed nieuws.",
                "Beantwoorden",
                "2. Kees Bakker schreef:",
                "14 juli 2015 om 16:30",
                "En de winkels dan? Parkeren is daar nu al lastig.",
                "Beantwoorden",
            ),
        ),
        cut(
            "comment_count_above_the_thread_goes_as_a_prompt",
            *ARTICLE,
            Cut("12 reacties", "comment_prompts"),
            *thread(
                "Hans zegt:",
                "3 maart 2024 om 09:12",
                "Eindelijk. Dat heeft lang genoeg geduurd.",
                "Reageer",
                "Fatima El Amrani zegt:",
                "3 maart 2024 om 11:40",
                "Komt het fietspad los van de rijbaan te liggen?",
            ),
        ),
    ],
    "promo_lines": [
        cut(
            "read_also_colon",
            R1,
            R2,
            Cut("Lees ook: Gemeente stelt besluit over fietspad uit tot augustus"),
            R3,
        ),
        cut(
            "read_also_shouting",
            M1,
            Cut("LEES OOK: De strijd om het laatste openluchtzwembad van de stad"),
            M2,
        ),
        cut("see_also_guillemet", G1, Cut("Bekijk ook » Hoe de oude molen een theater werd"), G2),
        cut(
            "related_colon",
            S1,
            S2,
            Cut("Gerelateerd: Droogte verandert het landschap in Drenthe"),
            S3,
        ),
        cut("dont_miss_emoji", R1, Cut("✨ Mis dit niet: Het geheime leven van stadsduiven"), R2),
        cut(
            "read_more_link",
            M1,
            Cut("Lees meer: https://voorbeeld.nl/nieuws/begroting-uitgelegd"),
            M2,
        ),
        cut("also_interesting", G1, Cut("Ook interessant: Waarom de nachttrein terug is"), G2),
    ],
    "related_posts": [
        cut(
            "block_at_end",
            R1,
            R2,
            R3,
            Cut("Gerelateerde artikelen"),
            Cut("Winkeliers aan de Havenweg starten petitie"),
            Cut("Wat de nieuwe begroting betekent voor de bus"),
            Cut("Gemeenteraadsverkiezingen: wie staat waar op de lijst"),
        ),
        cut(
            "block_mid_page_with_excerpts",
            G1,
            G2,
            Cut("Dit vind je misschien ook leuk"),
            Cut("Pepers kweken in huis"),
            Cut("Pepers houden van warmte, en een zonnige vensterbank geeft ze daarvan volop…"),
            Cut("De beste potgrond voor bakken"),
            Cut("Niet elke potgrond is hetzelfde, en de goedkoopste zakken zijn vaak…"),
            G3,
            G4,
        ),
        cut(
            "more_news_from_a_city",
            M1,
            M2,
            M3,
            Cut("Meer nieuws uit Utrecht"),
            Cut("Tien musea die deze zomer de reis waard zijn"),
            Cut("De strijd om het oude badhuis in de binnenstad"),
        ),
        cut(
            "read_also_heading_with_bullets",
            S1,
            S2,
            Cut("Lees ook:"),
            Cut("• Waarom tieners niet voor middernacht in slaap vallen"),
            Cut("• Latere schooltijden leveren betere cijfers op, zeggen onderzoekers"),
        ),
        cut(
            "more_from_a_paper",
            R1,
            R2,
            Cut("Meer van De Havenkrant"),
            Cut("Winkeliers aan de Havenweg starten petitie"),
            Cut("Wat de nieuwe begroting betekent voor de bus"),
            Cut("Bekijk meer"),
            R3,
            R4,
        ),
    ],
    "see_more_teasers": [
        cut(
            "title_read_more",
            R1,
            R2,
            Cut("Raad stelt stemming over vervoersplan uit terwijl…Lees meer"),
            R3,
        ),
        cut(
            "excerpt_read_on_guillemet",
            M1,
            M2,
            Cut(
                "De nieuwe vleugel krijgt de textielcollectie van het museum als hij opengaat… "
                "Lees verder »"
            ),
        ),
        cut("lone_read_more", S1, S2, Cut("Lees meer"), S3),
        cut("read_on_arrow", G1, G2, Cut("Lees verder →")),
        cut(
            "truncated_before_link",
            R1,
            R2,
            Cut("De burgemeester zei dat de begroting sluitend wordt gemaakt door te snijden in…"),
            Cut("Lees meer"),
        ),
        cut("show_more", G1, G2, Cut("Toon meer ›")),
    ],
    "footer_links": [
        cut("links_and_copyright_after_the_article", *HEADER, *ARTICLE, *cuts(*LINKS, SIGN)),
        cut(
            "bulleted_links",
            *HEADER,
            *ARTICLE,
            *cuts("* Colofon", "* Adverteren", "* Vacatures", "* Disclaimer", SIGN),
        ),
        cut(
            "the_site_name_above_the_links_stays",
            *HEADER,
            *ARTICLE,
            "Havenkrant",
            *cuts("Klantenservice", "Veelgestelde vragen", "Privacy"),
            Cut("Cookiebeleid", "cookie_notices"),
            *cuts(SIGN),
        ),
    ],
    "reading_times": [
        cut("min_read_under_a_byline", "Door Ruth de Jong", Cut("5 min lezen"), R1, R2),
        cut("reading_time_label", Cut("Leestijd: 4 minuten"), M1, M2),
        cut("bulleted", G1, Cut("- 11 min leestijd"), G2),
        cut("short_label", S1, Cut("Leestijd 3 min"), S2),
        cut("minutes_read", R1, Cut("7 minuten lezen"), R2),
    ],
    "site_controls": [
        cut("open_menu", Cut("Menu openen"), R1, R2),
        cut(
            "shop_buttons",
            S1,
            Cut("In winkelwagen"),
            Cut("Toevoegen aan verlanglijst"),
            S2,
        ),
        cut("copy_link", M1, Cut("Link kopiëren"), M2),
        cut("forum_quote_expander", G1, Cut("Klik om uit te vouwen..."), G2),
        cut("a_control_as_a_list_item", R1, R2, Cut("* Bekijk details")),
        cut("write_a_review", M1, M2, Cut("Schrijf een review")),
    ],
    "title": [
        cut("plain_headline", Cut(BOEKWINKEL), *BOEKWINKEL_BODY),
        cut("printed_twice", Cut(BOEKWINKEL), Cut(BOEKWINKEL), *BOEKWINKEL_BODY),
        cut(
            "site_name_variant_first",
            Cut(f"{BOEKWINKEL} | Havenkrant"),
            Cut(BOEKWINKEL),
            *BOEKWINKEL_BODY,
        ),
        cut(
            "a_lower_case_byline_under_the_headline",
            Cut("Moestuin op het balkon: wat je in mei plant"),
            "door Anna de Vries, 10 min lezen",
            G1,
            G2,
        ),
        cut("a_markdown_heading", Cut(f"# {BOEKWINKEL}"), "", *BOEKWINKEL_BODY),
    ],
}

HARD_NEGATIVES = {
    "share_prompts": [
        keep(
            "share_your_experiences",
            "Deel je ervaringen met de buurt voordat de raad stemt.",
            "De stembureaus zijn open van half acht tot negen uur 's avonds.",
        ),
        keep(
            "follow_our_advice",
            "Volg ons advies en neem een regenjas mee, zei de gids tegen de toeristen.",
            "De wandeling duurde bijna drie uur.",
        ),
        keep(
            "networks_listed_with_commas",
            "De ondervraagden noemden waar ze het gerucht voor het eerst zagen:",
            "- Facebook, Instagram en WhatsApp",
            "- Buurtgroepen",
            "- De lokale omroep",
        ),
        keep(
            "interview_answer_two_networks",
            "V. Waar vinden de meeste nieuwe klanten jullie?",
            "Instagram en Facebook.",
            "V. Niet via de website?",
            "Bijna nooit, en dat verbaast me nog steeds.",
        ),
        keep(
            "part_two_heading",
            "Het boek bestaat uit drie delen van ongeveer honderd bladzijden.",
            "Deel 2",
            "Het tweede deel speelt zich af in het Rotterdam van na de oorlog.",
        ),
    ],
    "newsletter_prompts": [
        keep(
            "mayor_urged_to_subscribe",
            "De burgemeester riep inwoners op zich in te schrijven voor de nieuwsbrief van de "
            "gemeente.",
            "Alleen daar worden wegafsluitingen ruim van tevoren aangekondigd.",
        ),
        keep(
            "sign_up_for_the_water_board_alerts",
            "Het waterschap vraagt bewoners zich voor te bereiden op hoogwater.",
            "Schrijf je in voor de nieuwsbrief van het waterschap om bij hoogwater een sms te "
            "krijgen.",
            "De zandzakken liggen vanaf woensdag klaar bij de gemeentewerf.",
        ),
        keep(
            "sign_up_heading_of_a_course",
            "De gratis fotografiecursus begint in maart in de bibliotheek.",
            "Aanmelden",
            "Aanmelden kan tot 20 februari aan de balie van de bibliotheek.",
        ),
        keep(
            "stay_informed_heading",
            "Wie zich vroeg voorbereidt, is het best beschermd tegen hoogwater.",
            "Blijf op de hoogte",
            "Volg de berichten van het waterschap en houd een radio op batterijen in huis.",
        ),
        keep(
            "subscribers_pay_more",
            "Abonnees betalen vanaf juli 4 euro per maand meer.",
            "Het bedrijf wijst op de gestegen licentiekosten.",
        ),
    ],
    "cookie_notices": [
        keep(
            "bakery_cookies_in_a_recipe",
            "We gebruiken cookies van de bakker om de hoek voor de bodem van deze taart.",
            "Elk knapperig boterkoekje werkt net zo goed.",
        ),
        keep(
            "stale_cookies_soak_up_syrup",
            "Wij gebruiken cookies die al wat oud zijn; die nemen de siroop beter op.",
            "Verse koekjes worden binnen een paar minuten papperig.",
        ),
        keep(
            "quoted_company_statement",
            "“Wij respecteren uw privacy en hebben nooit klantgegevens verkocht”, zei het bedrijf.",
            "De toezichthouder wil de administratie voor vrijdag inzien.",
        ),
        keep(
            "regulator_on_banners",
            "De toezichthouder zei dat alles weigeren net zo makkelijk moet zijn als alles "
            "accepteren.",
            "Sites die zich daar niet aan houden, riskeren een boete.",
        ),
        keep(
            "a_guide_that_explains_the_kinds_of_cookies",
            "Websites delen hun cookies in een paar soorten in voordat ze om toestemming vragen.",
            "Noodzakelijke cookies houden je ingelogd en onthouden wat er in je winkelmand zit.",
            "Analytische cookies tellen bezoeken, en advertentiecookies volgen je over het web.",
        ),
    ],
    "advertisements": [
        keep(
            "advertising_revenue",
            "De advertentie-inkomsten daalden in het kwartaal met 4 procent, meldde het bedrijf.",
            "De inkomsten uit abonnementen stegen voor het negende kwartaal op rij.",
        ),
        keep(
            "sponsored_by_rotary",
            "Gesponsord door de Rotary bracht de loop 12.000 euro op voor de voedselbank.",
            "Ondanks de regen deden er meer dan zeshonderd lopers mee.",
        ),
        keep(
            "ads_on_buses",
            "Advertenties voor de voorstelling hingen in bussen door de hele stad.",
            "De kaarten waren binnen twee dagen uitverkocht.",
        ),
        keep(
            "advertising_as_a_course_heading",
            "De opleiding behandelt drie vakgebieden in het eerste jaar.",
            "Reclame",
            "Studenten ontwerpen een campagne voor een bedrijf uit de buurt.",
        ),
    ],
    "browser_notices": [
        keep(
            "a_feature_the_browser_lacks",
            "Je browser ondersteunt WebGPU nog niet, dus de demo valt terug op WebGL.",
            "Die draait vier keer zo traag, maar elk beeld komt door.",
        ),
        keep(
            "javascript_off_by_default",
            "JavaScript is in sommige privacybrowsers standaard uitgeschakeld, zoals in Tor in "
            "de veiligste stand.",
            "Sites die ervan afhangen, tonen dan een lege pagina.",
        ),
        keep(
            "how_to_turn_it_on",
            "Schakel JavaScript in via de instellingen van Chrome: kies Privacy en beveiliging.",
            "Kies daarna Site-instellingen en sta JavaScript toe.",
        ),
        keep(
            "enable_javascript_as_a_help_step",
            "Zo zet je JavaScript aan in de meeste browsers.",
            "Schakel JavaScript in",
            "Open de instellingen van je browser en zoek het onderdeel Privacy en beveiliging.",
        ),
        keep(
            "a_site_that_needs_it",
            "Deze website heeft JavaScript nodig voor de interactieve kaarten, aldus de gemeente.",
            "Oudere telefoons kunnen ze niet openen.",
        ),
    ],
    "comment_prompts": [
        keep(
            "leave_a_reply_at_the_hearing",
            "Geef een reactie op het voorstel tijdens de inspraakavond op vrijdag, vraagt de "
            "gemeente.",
            "Schriftelijke reacties zijn welkom tot het einde van de maand.",
        ),
        keep(
            "no_comment_as_an_answer",
            "V. Stelt u zich opnieuw kandidaat?",
            "Geen commentaar.",
            "V. Ook niets over de partij?",
            "Nee.",
        ),
        keep(
            "reactions_may_be_filed",
            "Reacties op het voorstel kunnen tot 30 juni worden ingediend.",
            "Een besluit wordt in het najaar verwacht.",
        ),
        keep(
            "a_count_in_a_list_the_text_introduces",
            "Voor de deadline had het agentschap ontvangen:",
            "* 1.200 reacties",
            "* 40 petities",
            "* 3 rechtszaken",
            "Wanneer het de antwoorden publiceert, is nog niet bekend.",
        ),
        keep(
            "a_reply_to_a_politician_as_a_heading",
            "De column van vorige week leverde veel post op.",
            "Een reactie op Wilders",
            "De schrijver vindt dat het debat over asiel feiten nodig heeft, geen leuzen.",
        ),
    ],
    "comment_threads": [
        keep(
            "forum_thread_is_the_text",
            "fietsfan82 schreef:",
            "3 maart 2024 om 09:12",
            G1,
            "Beantwoorden",
            "Chris schreef:",
            "3 maart 2024 om 11:40",
            G2,
            "Beantwoorden",
            G3,
            G4,
        ),
        keep(
            "a_fact_check_returning_to_a_speaker",
            *ARTICLE,
            "1. Jansen zegt:",
            G1,
            "2. Pietersen zegt:",
            G2,
            "3. Jansen zegt:",
            G3,
            "4. Pietersen zegt:",
            G4,
        ),
        keep(
            "quoted_speakers_in_prose",
            *ARTICLE,
            "De burgemeester zegt dat het fietspad voor het einde van het jaar klaar is.",
            "Haar wethouder zegt iets anders, en op 14 juli 2015 om 15:53 schreef hij de pers.",
            "Reageren op de inspraak kan tot vrijdag.",
            "Formulieren liggen op het stadhuis en in de bibliotheek.",
        ),
    ],
    "promo_lines": [
        keep(
            "read_more_report_online",
            "De inspecteurs vonden problemen op vier van de zes bouwplaatsen die ze bezochten.",
            "Lees meer: het volledige rapport staat op de website van de rechtbank.",
        ),
        keep(
            "you_can_read_more",
            "De rechter wees het hoger beroep maandag af.",
            "Je kunt meer lezen over de uitspraak in het vonnis van 40 pagina's.",
        ),
        keep(
            "related_sentence",
            "Een man is maandag aangehouden voor brandstichting.",
            "Gerelateerd: een tweede verdachte werd dinsdag opgepakt, meldt de politie.",
        ),
        keep(
            "travel_tip_list",
            "Twee dagen is genoeg om de oude binnenstad goed te zien.",
            "- Mis dit niet: het uitzicht vanaf de toren bij zonsondergang",
            "- Sla over: de te dure rondvaart",
            "- Eet: haring aan de haven",
        ),
        keep(
            "read_also_the_report",
            "Lees ook het rapport van de Rekenkamer, dat in mei verscheen.",
            "De cijfers over 2023 zijn nog voorlopig.",
        ),
        keep(
            "see_also_an_appendix",
            "De tabel toont alleen de gemeenten met meer dan 50.000 inwoners.",
            "Zie ook: Bijlage B",
            "Daar staan de cijfers voor de kleinere gemeenten.",
        ),
        keep(
            "system_requirements",
            "De game draait op verrassend bescheiden hardware.",
            "Minimaal: 4 GB werkgeheugen, geïntegreerde graphics",
            "Aanbevolen: 8 GB werkgeheugen, SSD",
        ),
    ],
    "related_posts": [
        keep(
            "related_articles_in_a_sentence",
            "Gerelateerde artikelen over de zaak gingen rond op sociale media.",
            "Vrijdag was het gerucht al meer dan een miljoen keer bekeken.",
        ),
        keep(
            "most_read_books_list",
            "De bibliotheken maakten woensdag hun jaarlijkse lijst bekend.",
            "Meest gelezen",
            "- De avonden",
            "- Het diner",
            "- Max Havelaar",
            "Het diner steeg voor het derde jaar op rij.",
        ),
        keep(
            "more_about_a_place_heading",
            "Zeeland trekt elke zomer meer toeristen, en de kleine kernen merken dat.",
            "Meer over Veere",
            "Het stadje verloor in tien jaar een derde van zijn vaste bewoners.",
        ),
    ],
    "see_more_teasers": [
        keep(
            "read_more_books",
            "Lees meer boeken, zei de bibliothecaris tegen de kinderen.",
            "Daarna deelde ze tweehonderd bibliotheekpasjes uit.",
        ),
        keep(
            "read_on_in_the_report",
            "Lees verder in het rapport en het probleem wordt duidelijk.",
            "De cijfers over 2021 zijn nooit gecontroleerd.",
        ),
        keep(
            "dialogue_trailing_off",
            "Het interview nam een vreemde wending.",
            "Wacht…",
            "Hij keek naar de recorder en toen naar mij.",
        ),
        keep(
            "further_reading_heading",
            "Wie meer wil weten over de geschiedenis van de polder, heeft aan twee boeken genoeg.",
            "Verder lezen",
            "- Geert Mak, Hoe God verdween uit Jorwerd",
            "- Auke van der Woud, Het lege land",
        ),
        keep(
            "list_of_what_more",
            "De kermis heeft livemuziek, foodtrucks, kramen… en meer.",
            "Kinderen tot twaalf jaar mogen gratis naar binnen.",
        ),
    ],
    "footer_links": [
        keep(
            "a_tutorial_showing_a_footer_and_its_copyright_line",
            *RAAD,
            "De pagina's die je nodig hebt",
            "* Home",
            "* Over ons",
            "* Contact",
            "* Privacyverklaring",
            "* Algemene voorwaarden",
            "En onderaan een regel als",
            "© 2025 Naam van je bedrijf",
        ),
        keep(
            "the_pages_in_a_list_the_text_introduces",
            *HEADER,
            *RAAD,
            "Een eenvoudige footer voor de site van een klein bedrijf kan bevatten:",
            "Over ons",
            "Contact",
            "Privacyverklaring",
            "Algemene voorwaarden",
            "© 2025 Jouw Bedrijf",
        ),
        keep(
            "links_that_are_sentences_of_the_article",
            *HEADER,
            *ARTICLE,
            "Neem contact op als je de aanrijding hebt gezien.",
            "Lees het privacybeleid van de gemeente voordat je de petitie tekent.",
            "De algemene voorwaarden van het nieuwe fietspad hangen aan beide kanten.",
            "© 2025 Havenkrant",
        ),
    ],
    "reading_times": [
        keep(
            "a_read_in_a_sentence",
            "Het rapport is 5 min lezen en elke minuut waard.",
            "Het werd dinsdag gepubliceerd door de afdeling verkeer.",
        ),
        keep(
            "reading_time_as_a_heading",
            "Ouders vragen vaak hoe lang kinderen per dag zouden moeten lezen.",
            "Leestijd",
            "Kinderen die twintig minuten per dag lezen, leren meer woorden dan andere kinderen.",
        ),
        keep(
            "a_race_split",
            "Haar tussentijden waren de hele race constant.",
            "5 km: 17 min 30 s",
            "10 km: 35 min 2 s",
        ),
        keep(
            "minutes_of_reading_in_a_study",
            "Leerlingen lazen 20 minuten per dag.",
            "Twintig minuten lezen per dag verhoogde de cijfers met een tiende.",
        ),
    ],
    "site_controls": [
        keep(
            "add_to_cart_in_a_sentence",
            "In winkelwagen stoppen wat je niet nodig hebt, is de grootste valkuil, zegt de "
            "budgetcoach.",
            "Impulsaankopen lopen sneller op dan de meeste mensen denken.",
        ),
        keep(
            "controls_the_article_names",
            "Het gebruikersonderzoek testte twee teksten voor dezelfde knop:",
            "In winkelwagen",
            "In winkelmand",
            "Klanten klikten acht procent vaker op de tweede.",
        ),
        keep(
            "write_a_review_as_advice",
            "Schrijf een recensie pas na een tweede bezoek, raadt de criticus aan.",
            "De eerste indruk bevoordeelt het nieuwe en straft het drukke.",
        ),
    ],
    "title": [
        keep("first_line_is_a_sentence", R1, R2, R3),
        keep("first_line_is_a_byline", "Door Anna de Vries", R1, R2, R3),
        keep("first_line_is_a_text_credit", "Tekst: Pieter Jansen", G1, G2, G3),
        keep("first_line_is_a_dateline", "Gepubliceerd op 3 maart 2024", M1, M2, M3),
        keep("first_line_is_an_update_stamp", "Bijgewerkt 2 uur geleden", S1, S2, S3),
        keep("rhetorical_question", "Waarom spinnen katten?", S1, S2, S3),
    ],
}
