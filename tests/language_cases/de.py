"""German (de) cases of the phrase rules: the clutter German sites print,
and German article prose that only looks like it. tests/test_languages.py
runs them; tests/filter_helpers.py says how they are written.
"""

from __future__ import annotations

from tests.filter_helpers import Cut, cut, keep

# Article prose used around the clutter lines. Each line is a full sentence,
# so none of them looks like a headline or a teaser.
RAT = (
    "Der Stadtrat hat am Dienstag mit sieben zu zwei Stimmen beschlossen, den Radweg entlang "
    "der Hafenstraße zu verlängern.",
    "Befürworter sagten, die Strecke werde dadurch für Kinder auf dem Schulweg deutlich sicherer.",
    "Gegner warnten, dass die Geschäfte an der Straße Dutzende Parkplätze verlieren würden.",
    "Die Bauarbeiten sollen im September beginnen und etwa vier Monate dauern.",
)
GARTEN = (
    "Tomaten brauchen mindestens sechs Stunden direkte Sonne am Tag, damit ihre Früchte "
    "richtig reifen.",
    "Auf einem kleinen Balkon kann eine einzige Pflanze in einem großen Topf trotzdem mehrere "
    "Kilo tragen.",
    "Gießen Sie lieber zweimal pro Woche kräftig als jeden Tag ein wenig, damit die Wurzeln "
    "in die Tiefe wachsen.",
    "Die Seitentriebe sollten Sie regelmäßig ausbrechen und die Pflanze düngen, sobald sich "
    "die ersten Früchte zeigen.",
)
MUSEUM = (
    "Das Museum hat am Samstag nach einer Renovierung, die achtzehn Monate gedauert und 14 "
    "Millionen Euro gekostet hat, wieder geöffnet.",
    "Die Besucher standen bis um die Ecke Schlange, um die restaurierte Decke des großen "
    "Saals zu sehen.",
    "Der Eintritt bleibt frei, für die neuen Sonderausstellungen wird allerdings eine kleine "
    "Gebühr fällig.",
    "Die Direktorin sagte, sie hoffe, die Zahl der Schulbesuche innerhalb von zwei Jahren zu "
    "verdoppeln.",
)
SCHLAF = (
    "Forscher haben 2.400 Jugendliche fünf Jahre lang begleitet, um zu sehen, wie sich der "
    "Schlaf auf ihre Noten auswirkt.",
    "Wer weniger als sieben Stunden pro Nacht schlief, schnitt in Mathematik im Durchschnitt "
    "schlechter ab.",
    "Die Autoren betonen, dass die Studie einen Zusammenhang zeigt, aber keinen Beweis für "
    "eine Ursache liefert.",
    "Als Nächstes wollen sie prüfen, ob ein späterer Schulbeginn einen messbaren Unterschied "
    "macht.",
)

R1, R2, R3, R4 = RAT
G1, G2, G3, G4 = GARTEN
M1, M2, M3, M4 = MUSEUM
S1, S2, S3, S4 = SCHLAF

# Enough article prose to count as an article before a comment thread.
ARTICLE = (*RAT, *MUSEUM)
# A reader's long reply: two of them outweigh the article.
REPLIES = (*GARTEN, *SCHLAF)
# A site's header: menu-like lines above the main text.
HEADER = ("* Startseite", "* Politik", "* Sport", "* Wetter")
SIGN = "© 2025 Hafenkurier. Alle Rechte vorbehalten."
LINKS = ("Über uns", "Karriere", "Kontakt", "Datenschutz", "Impressum")

HAUSHALT = "Stadtrat beschließt neuen Haushalt nach sechs Stunden Debatte"


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
            Cut("Teilen mit:"),
            Cut("Klicken, um auf X zu teilen (Wird in neuem Fenster geöffnet)"),
            Cut("Klicken, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)"),
            Cut("Klicken zum Ausdrucken (Wird in neuem Fenster geöffnet)"),
        ),
        cut("jetpack_likes", G1, G2, Cut("Gefällt mir:"), Cut("Gefällt mir Wird geladen …")),
        cut("network_names", M1, M2, Cut("Facebook Twitter E-Mail")),
        cut("follow_us_on_two_networks", S1, Cut("Folgen Sie uns auf Instagram und Facebook"), S2),
        cut(
            "share_colon_over_network_names",
            R1,
            R2,
            Cut("Teilen:"),
            Cut("Facebook · WhatsApp · E-Mail"),
            R3,
        ),
        cut("share_this_article", M1, M2, Cut("Diesen Artikel teilen")),
        cut("recipe_card_buttons", G1, G2, Cut("Rezept drucken"), Cut("Rezept merken")),
        cut("dotted_networks", S1, Cut("WhatsApp · Telegram · Link kopieren"), S2),
        cut("joomla_icons", R1, R2, Cut("Drucken | E-Mail | PDF")),
        cut("be_first_to_like", G1, G2, Cut("Sei der Erste, dem dies gefällt.")),
    ],
    "newsletter_prompts": [
        cut("newsletter_abonnieren", R1, R2, Cut("Newsletter abonnieren")),
        cut(
            "subscribe_prefix_sentence",
            G1,
            G2,
            Cut(
                "Abonnieren Sie unseren Newsletter und erhalten Sie jeden Freitag neue Gartentipps."
            ),
        ),
        cut(
            "enter_email_then_subscribe",
            S1,
            S2,
            Cut("E-Mail-Adresse eingeben"),
            Cut("Jetzt abonnieren"),
        ),
        cut("discover_more_from", G1, G2, Cut("Entdecke mehr von Balkongarten Berlin")),
        cut(
            "jetpack_blog_subscription",
            M1,
            M2,
            Cut("Blog via E-Mail abonnieren"),
            Cut(
                "Gib deine E-Mail-Adresse an, um diesen Blog zu abonnieren und "
                "Benachrichtigungen über neue Beiträge via E-Mail zu erhalten."
            ),
            Cut("Schließe dich 1.234 anderen Abonnenten an"),
        ),
        cut("stay_in_the_loop", R1, R2, Cut("Bleiben Sie auf dem Laufenden!")),
        cut("newsletter_signup", S1, Cut("📩 Zum Newsletter anmelden"), S2),
        cut(
            "melde_dich_an",
            G1,
            G2,
            Cut("Melde dich für unseren Newsletter an und verpasse keinen Beitrag mehr!"),
        ),
    ],
    "cookie_notices": [
        cut(
            "we_use_cookies_for_the_best_experience",
            R1,
            R2,
            Cut(
                "Wir verwenden Cookies, um Ihnen die bestmögliche Erfahrung auf unserer "
                "Website zu bieten."
            ),
        ),
        cut(
            "this_website_uses_cookies",
            M1,
            Cut(
                "Diese Website verwendet Cookies. Wenn Sie die Website weiter nutzen, gehen "
                "wir von Ihrem Einverständnis aus."
            ),
            M2,
        ),
        cut(
            "accept_all_and_settings", G1, G2, Cut("Alle akzeptieren"), Cut("Cookie-Einstellungen")
        ),
        cut("reject_and_necessary", S1, S2, Cut("Alle ablehnen"), Cut("Nur notwendige Cookies")),
        cut(
            "wordpress_com_banner",
            R1,
            R2,
            Cut(
                "Datenschutz & Cookies: Diese Website verwendet Cookies. Wenn du die Website "
                "weiterhin nutzt, stimmst du der Verwendung von Cookies zu."
            ),
        ),
        cut(
            "we_and_our_partners",
            M1,
            M2,
            Cut(
                "Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem "
                "Gerät zu, beispielsweise auf Cookies, und verarbeiten personenbezogene Daten."
            ),
        ),
        cut("privacy_matters", G1, G2, Cut("Ihre Privatsphäre ist uns wichtig")),
        cut(
            "consent_tool_category_description",
            S1,
            S2,
            Cut(
                "Notwendige Cookies helfen dabei, eine Webseite nutzbar zu machen, indem sie "
                "Grundfunktionen wie Seitennavigation und Zugriff auf sichere Bereiche der "
                "Webseite ermöglichen."
            ),
        ),
        cut(
            "cookies_help_us",
            R1,
            R2,
            Cut(
                "Cookies helfen uns bei der Bereitstellung unserer Dienste. Durch die Nutzung "
                "unserer Dienste erklären Sie sich damit einverstanden."
            ),
        ),
    ],
    "advertisements": [
        cut("anzeige", R1, Cut("Anzeige"), R2),
        cut("shouting_anzeige", M1, Cut("ANZEIGE"), M2),
        cut("dashed_anzeige", G1, Cut("- Anzeige -"), G2),
        cut("werbung", S1, S2, Cut("Werbung")),
        cut("weiter_nach_der_anzeige", R1, Cut("Weiter nach der Anzeige"), R2),
        cut("gesponsert", M1, M2, Cut("Gesponsert")),
        cut("paid_partnership", G1, Cut("Bezahlte Partnerschaft"), G2),
        cut("starred_werbung", S1, Cut("*Werbung"), S2),
    ],
    "browser_notices": [
        cut("video_tag", R1, Cut("Ihr Browser unterstützt das Video-Tag nicht."), R2),
        cut(
            "scripts_seem_off",
            M1,
            Cut(
                "JavaScript scheint in Ihrem Browser deaktiviert zu sein. Um unsere Seite "
                "bestmöglich nutzen zu können, aktivieren Sie bitte JavaScript in Ihrem Browser."
            ),
            M2,
        ),
        cut("please_enable_javascript", G1, G2, Cut("Bitte aktivieren Sie JavaScript")),
        cut(
            "page_needs_javascript",
            S1,
            Cut("Diese Seite benötigt JavaScript, um korrekt zu funktionieren."),
            S2,
        ),
        cut(
            "enable_to_use_this_website",
            R1,
            R2,
            Cut("Um diese Website nutzen zu können, aktivieren Sie bitte JavaScript."),
        ),
        cut(
            "html5_video_as_a_list_item",
            M1,
            Cut("* Ihr Browser unterstützt keine HTML5-Videos."),
            M2,
        ),
    ],
    "comment_prompts": [
        cut("leave_a_comment", R1, R2, Cut("Schreibe einen Kommentar")),
        cut("leave_a_reply_cancel", M1, M2, Cut("Schreibe einen Kommentar Antworten abbrechen")),
        cut("comment_count", G1, G2, Cut("12 Kommentare")),
        cut(
            "email_not_published",
            S1,
            S2,
            Cut("Schreibe einen Kommentar"),
            Cut(
                "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind "
                "mit * markiert"
            ),
        ),
        cut("thoughts_on", G1, G2, Cut("3 Gedanken zu „Tomaten auf dem Balkon ziehen“")),
        cut("comments_in_brackets", R1, R2, Cut("Kommentare (4)")),
        cut("submit_comment", M1, M2, Cut("Kommentar abschicken")),
        cut(
            "save_my_name",
            S1,
            S2,
            Cut(
                "Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für "
                "die nächste Kommentierung speichern."
            ),
        ),
        cut("comments_are_closed", R1, R2, Cut("Kommentare sind geschlossen.")),
        cut(
            "akismet",
            G1,
            G2,
            Cut(
                "Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre, wie deine "
                "Kommentardaten verarbeitet werden."
            ),
        ),
        cut(
            "notify_me",
            M1,
            M2,
            Cut("Benachrichtige mich über nachfolgende Kommentare via E-Mail."),
            Cut("Benachrichtige mich über neue Beiträge via E-Mail."),
        ),
        cut(
            "comment_form_fields",
            R1,
            R2,
            Cut("Schreibe einen Kommentar"),
            Cut("Kommentar *"),
            Cut("Name *"),
            Cut("E-Mail *"),
            Cut("Website"),
            Cut("Kommentar abschicken"),
        ),
        cut("no_comments_yet", S1, S2, Cut("Noch keine Kommentare vorhanden.")),
    ],
    "comment_threads": [
        cut(
            "wordpress_sagt_and_antworten",
            *ARTICLE,
            *thread(
                "1. Sabine sagt:",
                "14. Juli 2015 um 15:53 Uhr",
                "Wir fahren die Strecke jeden Morgen, das sind tolle Nachrichten.",
                "Antworten",
                "2. Christian Lehmann sagt:",
                "14. Juli 2015 um 16:30 Uhr",
                "Und was ist mit den Geschäften? Parken ist jetzt schon schwierig.",
                "Antworten",
            ),
        ),
        cut(
            "heading_above_the_thread_goes_as_a_prompt",
            *ARTICLE,
            Cut("12 Kommentare", "comment_prompts"),
            *thread(
                "Hans sagt:",
                "3. März 2024 um 9:12 Uhr",
                "Endlich. Das hat lange genug gedauert.",
                "Antworten",
                "Petra sagt:",
                "3. März 2024 um 11:40 Uhr",
                "Wird der Radweg baulich von der Fahrbahn getrennt?",
            ),
        ),
        cut(
            "iso_time_stamps_and_schreibt",
            *ARTICLE,
            *thread(
                "Dagmar Keller schreibt",
                "2023-08-03 14:05",
                "Danke für den Artikel, das war sehr hilfreich.",
                "Tom Richter schreibt",
                "2023-08-04 09:31",
                "Die Abstimmung war knapper, als ich erwartet hätte.",
            ),
        ),
        cut(
            "a_long_thread_under_a_comments_heading",
            *ARTICLE,
            "Kommentare",
            *thread(
                "Sabine sagt",
                "14. Juli 2015 um 15:53 Uhr",
                *REPLIES,
                "Antworten",
                "Christian Lehmann sagt",
                "14. Juli 2015 um 16:30 Uhr",
                *REPLIES,
                "Antworten",
            ),
        ),
    ],
    "promo_lines": [
        cut(
            "lesen_sie_auch",
            R1,
            Cut("Lesen Sie auch: Warum die Stadt ihre Radwege ausbaut"),
            R2,
        ),
        cut(
            "mehr_zum_thema",
            G1,
            G2,
            Cut("Mehr zum Thema: Wie die Dürre die Landwirtschaft verändert"),
            G3,
        ),
        cut("shouting", S1, Cut("LESEN SIE AUCH: Der Kampf um das letzte Freibad"), S2),
        cut(
            "passend_zum_thema_guillemet",
            M1,
            Cut("Passend zum Thema » Neue Regeln für Balkonkraftwerke"),
            M2,
        ),
        cut(
            "das_koennte_sie_interessieren_pipe",
            R1,
            R2,
            Cut("Das könnte Sie auch interessieren | Fünf Ausflüge ins Umland"),
            R3,
        ),
        cut(
            "mehr_zum_thema_with_link",
            S1,
            Cut("Mehr zum Thema: https://example.com/ratgeber/schlaf"),
            S2,
        ),
        cut("lies_auch_emoji", G1, Cut("✨ Lies auch: So wird der Balkon zum Gemüsebeet"), G2),
        cut("bulleted_title_case", M1, Cut("• Lesen Sie auch: Neue Regeln für Mieter"), M2),
        cut(
            "lesen_sie_auch_dash",
            R1,
            Cut("Lesen Sie auch - Hitzewelle: So schützen Sie Ihre Haustiere"),
            R2,
        ),
    ],
    "related_posts": [
        cut(
            "block_at_end",
            R1,
            R2,
            R3,
            Cut("Ähnliche Beiträge"),
            Cut("Händler an der Hafenstraße starten Unterschriftenaktion"),
            Cut("Was der neue Haushalt für die Buslinien bedeutet"),
            Cut("Kommunalwahl: Wer wo kandidiert"),
        ),
        cut(
            "block_mid_page_with_excerpts",
            G1,
            G2,
            Cut("Das könnte Sie auch interessieren"),
            Cut("Chilis auf der Fensterbank ziehen"),
            Cut("Chilis lieben Wärme, und ein sonniges Fensterbrett kann ihnen davon reichlich…"),
            Cut("Die beste Erde für Kübelpflanzen"),
            Cut(
                "Nicht jede Blumenerde ist gleich gut, und gerade die billigen Säcke enthalten oft…"
            ),
            G3,
            G4,
        ),
        cut(
            "mehr_aus_prefix",
            M1,
            M2,
            M3,
            Cut("Mehr aus Hamburg"),
            Cut("Zehn Galerien, die sich diesen Sommer lohnen"),
            Cut("Der Kampf um ein altes Stadtbad"),
        ),
        cut(
            "colon_heading_with_bullets",
            S1,
            S2,
            Cut("Weitere Artikel zum Thema:"),
            Cut("• Warum Jugendliche vor Mitternacht nicht einschlafen können"),
            Cut("• Die Argumente für einen späteren Schulbeginn"),
            Cut("• Bildschirme, Schlaf und blaues Licht"),
        ),
        cut(
            "meistgelesen_with_more_link",
            R1,
            R2,
            Cut("Meistgelesen"),
            Cut("1. Schulen rechnen nach dem Haushaltsbeschluss mit Kürzungen"),
            Cut("2. Die Stadt, die Handys im Unterricht verboten hat"),
            Cut("Mehr anzeigen"),
        ),
        cut(
            "heading_with_emoji_and_colon",
            S1,
            S2,
            Cut("📚 Ähnliche Artikel:"),
            Cut("Wie viel Schlaf Jugendliche wirklich brauchen"),
            Cut("Mittagsschlaf, Koffein und das Nachmittagstief"),
        ),
        cut(
            "blank_line_parts_block_from_prose",
            G1,
            G2,
            "",
            Cut("Mehr zum Thema"),
            Cut("Chilis auf der Fensterbank ziehen"),
            Cut("Die beste Erde für Kübelpflanzen"),
            Cut("Warum Ihr Basilikum immer eingeht"),
            "",
            G3,
            G4,
        ),
    ],
    "see_more_teasers": [
        cut(
            "title_weiterlesen",
            R1,
            R2,
            Cut("Stadtrat vertagt Abstimmung über den Nahverkehrsplan, weil…Weiterlesen"),
            R3,
        ),
        cut(
            "excerpt_weiterlesen_guillemet",
            M1,
            M2,
            Cut(
                "Der neue Flügel soll ab Herbst die Textilsammlung des Museums beherbergen… "
                "Weiterlesen »"
            ),
        ),
        cut("lone_weiterlesen", S1, S2, Cut("Weiterlesen"), S3),
        cut("weiterlesen_arrow", G1, G2, Cut("Weiterlesen →")),
        cut(
            "truncated_before_link",
            R1,
            R2,
            Cut("Der Bürgermeister sagte, der Haushalt werde durch Kürzungen bei…"),
            Cut("Mehr lesen"),
        ),
        cut(
            "bracket_ellipsis_mehr_lesen",
            M1,
            M2,
            Cut("Das Festival kehrt im Juni an das Flussufer zurück […] Mehr lesen"),
        ),
        cut("glued_mehr", S1, S2, Cut("Neue Öffnungszeiten für das Freibad ab…mehr"), S3),
        cut("zum_artikel", G1, G2, Cut("Zum Artikel ›")),
        cut(
            "run_of_two_teasers",
            S1,
            S2,
            Cut("Freibäder droht ein Sommer ohne Rettungsschwimmer"),
            Cut(
                "Viele Bäder im Landkreis könnten diesen Sommer geschlossen bleiben, weil die "
                "Gemeinden…"
            ),
            Cut("Der Bauernmarkt kehrt in die Lindenstraße zurück"),
            Cut("Nach zwei Jahren Pause ist der Samstagsmarkt wieder da, mit mehr Ständen und…"),
            S3,
        ),
    ],
    "footer_links": [
        cut("links_and_copyright_after_the_article", *HEADER, *ARTICLE, *cuts(*LINKS, SIGN)),
        cut(
            "bulleted_legal_links",
            *HEADER,
            *ARTICLE,
            *cuts("* Über uns", "* Mediadaten", "* AGB", "* Datenschutzerklärung", SIGN),
        ),
        cut(
            "the_site_name_above_the_links_stays",
            *HEADER,
            *ARTICLE,
            "Hafenkurier",
            *cuts("Kontakt", "Redaktion", "Impressum", "Verträge hier kündigen", SIGN),
        ),
        cut(
            "social_links_below_the_links",
            *HEADER,
            *ARTICLE,
            *cuts(*LINKS),
            Cut("Folgen Sie uns", "share_prompts"),
            Cut("Facebook", "share_prompts"),
            Cut("Instagram", "share_prompts"),
            *cuts("© 2025 Hafenkurier GmbH"),
        ),
    ],
    "reading_times": [
        cut("min_lesezeit_under_a_byline", "Von Ruth Hahn", Cut("5 Min. Lesezeit"), R1, R2),
        cut("lesezeit_label", Cut("Lesezeit: 4 Minuten"), M1, M2),
        cut("lesedauer_label", G1, Cut("Lesedauer: 7 Min."), G2),
        cut("bulleted", S1, Cut("- 11 Min. Lesezeit"), S2),
        cut("geschaetzte_lesezeit", Cut("Geschätzte Lesezeit: 6 Minuten"), R1, R2),
        cut("shouting", M1, M2, Cut("3 MINUTEN LESEZEIT")),
    ],
    "site_controls": [
        cut("toggle_navigation", Cut("Navigation umschalten"), R1, R2),
        cut("open_menu", M1, M2, Cut("Menü öffnen")),
        cut("copy_link", R1, Cut("Link kopieren"), R2),
        cut("forum_image_expander", M1, Cut("Zum Vergrößern anklicken...."), M2),
        cut("shop_buttons", S1, Cut("In den Warenkorb"), Cut("Auf die Wunschliste"), S2),
        cut("write_a_review", G1, G2, Cut("Bewertung schreiben")),
        cut("details_as_a_list_item", G1, G2, Cut("* Details anzeigen")),
    ],
    "title": [
        cut("plain_headline", Cut(HAUSHALT), R1, R2, R3),
        cut("printed_twice", Cut(HAUSHALT), Cut(HAUSHALT), R1, R2),
        cut(
            "site_name_variant_first",
            Cut(f"{HAUSHALT} | Hafenkurier"),
            Cut(HAUSHALT),
            R1,
            R2,
        ),
        cut(
            "site_name_variant_second",
            Cut("Museum öffnet nach Renovierung wieder"),
            Cut("Museum öffnet nach Renovierung wieder - Hafenkurier"),
            "",
            M1,
            M2,
        ),
        cut(
            "headline_with_colon",
            Cut("Balkongärtnern: Was im Mai gepflanzt werden kann"),
            G1,
            G2,
            G3,
        ),
        cut("a_markdown_heading", Cut("# Wie Schlaf die Schulnoten beeinflusst"), "", S1, S2),
        cut(
            "quoted_headline",
            Cut("„Wir wurden nie gefragt“: Mieter wehren sich gegen Räumung"),
            R1,
            R2,
        ),
    ],
}

HARD_NEGATIVES = {
    "share_prompts": [
        keep(
            "share_your_thoughts",
            "Teilen Sie Ihre Gedanken vor der Abstimmung mit Ihrer Familie.",
            "Die Wahllokale öffnen um 8 Uhr und schließen um 18 Uhr.",
        ),
        keep(
            "shared_on_networks",
            "Das Video wurde auf Facebook und Twitter mehr als 2.000 Mal geteilt.",
            "Die Polizei erklärte später, das Material sei bearbeitet worden.",
        ),
        keep(
            "follow_the_money",
            "Folgen Sie dem Geld, sagten die Ermittler dem Ausschuss.",
            "Die Konten führten zu einer Briefkastenfirma, die 2019 gegründet worden war.",
        ),
        keep(
            "networks_listed_with_commas",
            "Wo wir anfangen würden, geordnet nach dem Aufwand, den jedes Netzwerk kostet:",
            "- Facebook, Instagram, Pinterest",
            "- YouTube",
            "- LinkedIn",
        ),
        keep(
            "a_review_of_what_i_liked",
            "Nach vier Wochen im Alltag fällt unser Urteil über das Telefon gemischt aus.",
            "Gefällt mir: die lange Akkulaufzeit und das helle Display.",
            "Gefällt mir nicht: die schwache Kamera bei Nacht.",
        ),
        keep(
            "divide_and_rule",
            "Teilen und herrschen war schon immer ihr Prinzip, sagt der Historiker.",
            "Die Briefe aus dem Archiv belegen das eindrucksvoll.",
        ),
        keep(
            "dividing_as_a_heading",
            "In der zweiten Klasse lernen die Kinder die vier Grundrechenarten.",
            "Teilen",
            "Beim Teilen verteilen die Kinder zwölf Murmeln gerecht auf drei Becher.",
            "Malnehmen",
            "Beim Malnehmen legen sie drei Reihen mit je vier Murmeln.",
        ),
        keep(
            "print_as_a_format",
            "Das Buch erscheint im Herbst in drei Ausgaben:",
            "- Gedruckt",
            "- Als E-Book",
            "- Als Hörbuch, gelesen von der Autorin",
        ),
    ],
    "newsletter_prompts": [
        keep(
            "mayor_urged_subscribe",
            "Der Bürgermeister rief die Einwohner auf, den Newsletter der Stadt zu abonnieren.",
            "Nur dort werden Straßensperrungen rechtzeitig angekündigt.",
        ),
        keep(
            "subscribing_as_a_topic",
            "Newsletter abonnieren kann man auf der Website der Stadt, sagte die Sprecherin.",
            "Bisher haben das rund 4.000 Haushalte getan.",
        ),
        keep(
            "subscribers_pay_more",
            "Abonnenten zahlen ab Juli vier Euro mehr im Monat.",
            "Das Unternehmen begründet das mit gestiegenen Lizenzkosten.",
        ),
        keep(
            "signed_up_for_a_class",
            "Nach ihrer Pensionierung meldete sie sich für einen Töpferkurs an.",
            "Zehn Jahre später sind ihre Schalen auf dem Samstagsmarkt stets ausverkauft.",
        ),
        keep(
            "register_with_the_office",
            "Wer einen Stand auf dem Weihnachtsmarkt möchte, muss sich bis Freitag anmelden.",
            "Melden Sie sich dafür beim Ordnungsamt an, am besten per E-Mail.",
        ),
        keep(
            "discover_more_as_a_sentence",
            "Die Tourismuschefin wirbt für Spaziergänge abseits der bekannten Wege.",
            "Entdecke mehr von der Stadt, rät sie, und zwar zu Fuß.",
        ),
        keep(
            "email_address_as_a_required_item",
            "Für den Antrag auf Förderung brauchen Sie Folgendes:",
            "- Meldebescheinigung",
            "- E-Mail-Adresse",
            "- Personalausweis",
        ),
    ],
    "cookie_notices": [
        keep(
            "cookies_from_the_bakery",
            "Wir verwenden Cookies vom Bäcker nebenan, aber jeder knusprige Keks funktioniert.",
            "Zerbröseln Sie die Kekse fein und mischen Sie sie mit der geschmolzenen Butter.",
        ),
        keep(
            "cookies_as_a_cake_base",
            "Wir verwenden Cookies als Boden für den Käsekuchen, weil sie schön mürbe sind.",
            "Der Kuchen muss danach mindestens vier Stunden in den Kühlschrank.",
        ),
        keep(
            "quoted_company_statement",
            "„Ihre Privatsphäre ist uns wichtig“, erklärte das Unternehmen im Frühjahr.",
            "Die Aufsichtsbehörde hat die Firma aufgefordert, ihre Unterlagen bis Freitag "
            "vorzulegen.",
        ),
        keep(
            "regulator_on_banners",
            "Die Behörde verlangt, dass „Alle ablehnen“ so leicht zu finden ist wie „Alle "
            "akzeptieren“.",
            "Wer sich nicht daran hält, muss mit Bußgeldern rechnen.",
        ),
        keep(
            "third_party_cookies_news",
            "Google hat den Abschied von Drittanbieter-Cookies in Chrome erneut verschoben.",
            "Werbetreibende hatten gewarnt, das treffe vor allem kleine Verlage.",
        ),
        keep(
            "cookies_help_students",
            "Cookies helfen uns durch die Prüfungswoche, scherzten die Studierenden.",
            "Die Bibliothek verteilt in den letzten zwei Wochen des Semesters kostenlose Snacks.",
        ),
        keep(
            "a_guide_that_explains_the_kinds_of_cookies",
            "Websites teilen ihre Cookies in einige Arten ein, bevor sie um Zustimmung bitten.",
            "Notwendige Cookies halten Sie angemeldet und merken sich Ihren Warenkorb.",
            "Analyse-Cookies zählen Besuche, Werbe-Cookies folgen Ihnen über viele Seiten.",
        ),
    ],
    "advertisements": [
        keep(
            "a_report_to_the_police",
            "Die Anzeige ging am Montagmorgen bei der Polizei ein.",
            "Die Ermittlungen dauern an.",
        ),
        keep(
            "advertising_on_buses",
            "Werbung für das Konzert lief wochenlang auf allen Bussen der Stadt.",
            "Die Karten waren nach zwei Tagen ausverkauft.",
        ),
        keep(
            "sponsored_by_the_rotary_club",
            "Gesponsert vom Rotary Club brachte der Lauf 12.000 Euro für die Tafel ein.",
            "Mehr als 600 Läuferinnen und Läufer nahmen trotz des Regens teil.",
        ),
        keep(
            "a_heading_about_a_complaint",
            "Der Streit zwischen den Nachbarn eskalierte im Sommer.",
            "Anzeige gegen Unbekannt",
            "Nach dem Brand im Gartenhaus hat die Familie Anzeige gegen Unbekannt erstattet.",
        ),
        keep(
            "advertising_revenue",
            "Der Verlag meldete, die Werbeeinnahmen seien im Quartal um vier Prozent gesunken.",
            "Die Erlöse aus Abonnements stiegen dagegen zum neunten Mal in Folge.",
        ),
    ],
    "browser_notices": [
        keep(
            "a_feature_the_browser_lacks",
            "Ihr Browser unterstützt WebGPU noch nicht, deshalb greift die Demo auf WebGL zurück.",
            "Sie läuft dann etwa viermal langsamer, zeigt aber jedes Bild an.",
        ),
        keep(
            "javascript_off_by_default",
            "JavaScript ist in einigen Browsern standardmäßig deaktiviert, etwa im Tor-Browser.",
            "Seiten, die darauf angewiesen sind, bleiben dann leer.",
        ),
        keep(
            "how_to_turn_it_on",
            "Bitte aktivieren Sie JavaScript in Chrome so: Öffnen Sie zuerst die Einstellungen.",
            "Wählen Sie dann den Bereich Datenschutz und Sicherheit aus.",
        ),
        keep(
            "a_site_that_needs_it",
            "Die Website der Stadt benötigt JavaScript für ihre interaktiven Karten, teilte die "
            "Verwaltung mit.",
            "Ältere Telefone können sie deshalb nicht öffnen.",
        ),
        keep(
            "the_notice_quoted",
            "„Ihr Browser unterstützt das Video-Tag nicht“ war alles, was viele Leser sahen.",
            "Das Video lief nur in der App.",
        ),
    ],
    "comment_prompts": [
        keep(
            "comments_close",
            "Kommentare zum Entwurf können bis zum 30. Juni eingereicht werden.",
            "Eine Entscheidung wird im Herbst erwartet.",
        ),
        keep(
            "no_comment_spokesman",
            "Kein Kommentar, sagte der Sprecher und legte auf.",
            "Das Unternehmen hat auf drei weitere Anfragen nicht reagiert.",
        ),
        keep(
            "a_count_in_a_list_the_text_introduces",
            "Bis zum Stichtag waren bei der Behörde eingegangen:",
            "* 1.200 Kommentare",
            "* 40 Petitionen",
            "* 3 Klagen",
            "Wann sie ihre Antworten veröffentlicht, hat sie nicht gesagt.",
        ),
        keep(
            "counts_of_comments_on_drafts",
            "Die Regel durchlief zwei Entwürfe, bevor der Vorstand sie im März beschloss.",
            "- 12 Kommentare zum ersten Entwurf",
            "- 30 Kommentare zum zweiten",
            "Die meisten forderten eine längere Übergangsfrist.",
        ),
        keep(
            "readers_left_comments",
            "Leser hinterließen mehr als 300 Kommentare unter dem ursprünglichen Beitrag.",
            "Viele erzählten dabei ihre eigenen Geschichten vom Hochwasser.",
        ),
        keep(
            "leave_a_comment_at_the_town_hall",
            "Schreiben Sie einen Kommentar zum Entwurf bis Freitag an das Rathaus, bat der "
            "Bürgermeister.",
            "Schriftliche Stellungnahmen werden bis Ende des Monats angenommen.",
        ),
        keep(
            "comment_section_kicker",
            "Kommentar",
            "Die Schließung der Bibliothek war kurzsichtig, und die Anwohner wissen das.",
            "Bibliotheken gehören zu den letzten kostenlosen Orten, die eine Stadt noch hat.",
        ),
        keep(
            "data_collected_list",
            "Das Anmeldeformular der Stadt fragt nur drei Angaben ab:",
            "- Name",
            "- E-Mail",
            "- Website",
            "Die Daten werden laut Datenschutzhinweis nach 30 Tagen gelöscht.",
        ),
    ],
    "comment_threads": [
        keep(
            "forum_thread_is_the_text",
            "paulb203 sagt",
            "3. März 2024 um 9:12 Uhr",
            G1,
            "Antworten",
            "Christian sagt",
            "3. März 2024 um 11:40 Uhr",
            G2,
            "Antworten",
            G3,
            G4,
        ),
        keep(
            "press_review_headings_are_one_kind",
            *ARTICLE,
            "Die Süddeutsche Zeitung schreibt",
            G1,
            "Der Tagesspiegel schreibt",
            G2,
            "Die Frankfurter Rundschau meint",
            G3,
            "Der Hafenkurier schreibt",
            G4,
        ),
        keep(
            "live_blog_with_says_headings",
            *ARTICLE,
            "27. September 2023 um 16:12 Uhr",
            "Was der Wetterdienst sagt",
            G1,
            "27. September 2023 um 16:30 Uhr",
            "Was die Stadt sagt",
            G2,
            "27. September 2023 um 16:45 Uhr",
            G3,
        ),
        keep(
            "quoted_speakers_in_prose",
            *ARTICLE,
            "Die Bürgermeisterin sagt, der Radweg werde bis Jahresende fertig.",
            "Ihr Stellvertreter sagt etwas anderes und schrieb am 14. Juli 2015 um 15:53 Uhr an "
            "die Presse.",
            "Antworten auf die Umfrage nimmt die Stadt bis Freitag entgegen.",
            "Antwortbögen liegen im Rathaus und in der Bibliothek aus.",
        ),
        keep(
            "a_fact_check_returning_to_a_speaker",
            *ARTICLE,
            "1. Hartmann sagt:",
            G1,
            "2. Moreno sagt:",
            G2,
            "3. Hartmann sagt:",
            G3,
            "4. Moreno sagt:",
            G4,
        ),
    ],
    "promo_lines": [
        keep(
            "lesen_sie_auch_in_a_sentence",
            "Die Prüfer fanden an vier der sechs Standorte Mängel.",
            "Lesen Sie auch den Bericht des Rechnungshofs, der im Mai erschien.",
        ),
        keep(
            "mehr_zum_thema_in_a_sentence",
            "Das Gericht hat die Berufung am Montag abgewiesen.",
            "Mehr zum Thema finden Sie im Abschlussbericht der Kommission.",
        ),
        keep(
            "auch_interessant_before_a_sentence",
            "Die Zahl der Besucher hat sich seit der Wiedereröffnung verdoppelt.",
            "Auch interessant: Die Zahl der Anmeldungen stieg im Mai um zwölf Prozent.",
        ),
        keep(
            "a_cross_reference",
            "Die Tabelle zeigt die Zahlen für alle Schulen des Bezirks.",
            "Siehe auch: Tabelle 2 im Anhang",
            "Die Werte für 2023 sind vorläufig.",
        ),
        keep(
            "travel_tip_list",
            "Zwei Tage reichen, um die Altstadt in Ruhe zu sehen.",
            "- Nicht verpassen: Aussicht vom Glockenturm bei Sonnenuntergang",
            "- Auslassen: die überteuerte Bootsfahrt",
            "- Essen: gegrillte Sardinen am Hafen",
        ),
        keep(
            "system_requirements",
            "Das Spiel läuft auf erstaunlich bescheidener Hardware.",
            "Minimum: 4 GB RAM, integrierte Grafik",
            "Empfohlen: 8 GB RAM, SSD-Speicher",
            "Auf einer Festplatte waren die Ladezeiten in unseren Tests quälend lang.",
        ),
        keep(
            "lesetipp_as_a_sentence",
            "Die Geschichte des Hafens ist länger, als die meisten Besucher denken.",
            "Lesetipp: Wer mehr über die Stadt wissen will, sollte das Heimatmuseum besuchen.",
        ),
        keep(
            "a_book_tip",
            "Drei Romane über das Meer haben uns in diesem Sommer begleitet.",
            "Lesetipp: Der Schwarm von Frank Schätzing",
            "Der Thriller ist über tausend Seiten lang und trotzdem nie langweilig.",
        ),
        keep(
            "further_reading",
            "Die Quellenlage zur NS-Zeit in der Stadt ist erstaunlich gut.",
            "Zum Weiterlesen: Richard J. Evans, Das Dritte Reich",
            "Das Stadtarchiv zeigt ausgewählte Dokumente noch bis Ende Mai.",
        ),
        keep(
            "a_travel_tip",
            "Wer nur einen Tag in Berlin hat, sollte sich auf einen Bezirk beschränken.",
            "Auch interessant: Museum der Dinge in Kreuzberg",
            "Von dort sind es nur wenige Minuten bis zum Landwehrkanal.",
        ),
        keep(
            "a_quoted_promo",
            "„Lesen Sie auch: Das Ende der Welt“ stand in großen Buchstaben auf dem Plakat.",
            "Die Künstlerin wollte damit die Zeitungssprache vorführen.",
        ),
    ],
    "related_posts": [
        keep(
            "related_posts_on_social_media",
            "Ähnliche Beiträge in sozialen Netzwerken verbreiteten das Gerücht weiter.",
            "Bis Freitag war es mehr als eine Million Mal angesehen worden.",
        ),
        keep(
            "mehr_zum_thema_as_a_section_heading",
            "Die Studie lief über drei Jahre an neun Kliniken.",
            "Mehr zum Thema Schlaf",
            "Die Patienten wurden per Zufall in zwei gleich große Gruppen eingeteilt.",
        ),
        keep(
            "mehr_aus_dem_interview",
            "Wir haben die Direktorin eine Woche vor der Eröffnung getroffen.",
            "Mehr aus dem Interview",
            "Frage: Was hat Sie bei der Restaurierung am meisten überrascht?",
            "Antwort: Wie viel von der ursprünglichen Farbe noch da war.",
        ),
        keep(
            "meistgelesen_books_list",
            "Die Stadtbibliothek hat am Mittwoch ihre Jahresbilanz vorgestellt.",
            "Meistgelesen",
            "- Der Schwarm",
            "- Die Vermessung der Welt",
            "- Tschick",
            "Romane aus der Region wurden dieses Jahr besonders oft ausgeliehen.",
        ),
        keep(
            "nicht_verpassen_sights_list",
            "Granada belohnt alle, die sich Zeit lassen.",
            "Nicht verpassen",
            "- Die Alhambra in der Abenddämmerung",
            "- Flamenco im Albaicín",
            "- Tapas in der Calle Navas",
            "Die Altstadt ist klein genug, um sie an einem Tag zu Fuß zu erkunden.",
        ),
        keep(
            "weitere_themen_of_a_council_meeting",
            "Der Bauausschuss hat am Mittwoch vor allem über den neuen Busbahnhof gestritten.",
            "Weitere Themen",
            "Neue Spielgeräte für den Schulhof an der Lindenstraße",
            "Sanierung der Turnhalle im Ortsteil Nord",
            "Beide Vorlagen wurden ohne Gegenstimmen angenommen.",
        ),
        keep(
            "auch_interessant_over_sights",
            "Wer nur einen Tag in Berlin hat, sollte sich auf einen Bezirk beschränken.",
            "Auch interessant",
            "- Das Museum der Dinge in Kreuzberg",
            "- Das Badeschiff an der Spree",
            "Von dort sind es nur wenige Minuten bis zum Landwehrkanal.",
        ),
        keep(
            "empfohlen_packing_list",
            "Für die Tour über den Grat brauchen Sie gute Ausrüstung und etwas Erfahrung.",
            "Empfohlen",
            "- Wanderschuhe mit Profilsohle und Gore-Tex-Membran",
            "- Regenjacke mit Kapuze und Unterarmbelüftung",
            "- Stirnlampe mit Ersatzbatterien",
        ),
        keep(
            "das_koennte_sie_interessieren_as_a_sentence",
            "Das könnte Sie auch interessieren, sagte die Bibliothekarin und reichte mir ein Buch.",
            "Es war eine Chronik des Hafens aus dem Jahr 1931.",
        ),
    ],
    "see_more_teasers": [
        keep(
            "and_then_he_said",
            "Mein Großvater sprach selten über den Krieg.",
            "Und dann sagte er…",
            "Er hielt inne und beendete den Satz nie.",
        ),
        keep(
            "wanted_more",
            "Das Meer nahm die Hafenmauer, und dann wollte es… mehr",
            "Im Frühjahr war auch der Anleger verschwunden.",
        ),
        keep(
            "weiterlesen_in_a_sentence",
            "Weiterlesen lohnt sich, denn im zweiten Teil wird der Bericht erst richtig spannend.",
            "Die Zahlen für 2021 wurden nie geprüft.",
        ),
        keep(
            "kept_reading",
            "Sie las weiter, lange nachdem die anderen ins Bett gegangen waren.",
            "Am Morgen hatte sie die ganze Trilogie beendet.",
        ),
        keep(
            "chapters_ending_in_suspense",
            "Hier sind die ersten beiden Kapitel unseres Fortsetzungsromans.",
            "Kapitel eins",
            "Das Haus stand seit Jahren leer, das glaubte zumindest jeder im Dorf…",
            "Kapitel zwei",
            "Über die Nacht des Feuers wollte niemand sprechen, nicht einmal der Pfarrer…",
            "Das dritte Kapitel erscheint am kommenden Samstag.",
        ),
        keep(
            "mehr_erfahren_in_a_sentence",
            "Mehr erfahren wollten die Eltern vor allem über die neuen Schulwege.",
            "Die Stadt lädt deshalb zu einem zweiten Informationsabend ein.",
        ),
    ],
    "footer_links": [
        keep(
            "a_tutorial_showing_a_footer",
            *RAT,
            "Die wichtigsten Seiten",
            "* Startseite",
            "* Über uns",
            "* Kontakt",
            "* Datenschutz",
            "* Impressum",
            "Und ganz unten eine Zeile wie",
            "© 2025 Name Ihres Betriebs",
        ),
        keep(
            "the_pages_in_a_list_the_text_introduces",
            *HEADER,
            *RAT,
            "Der Fußbereich einer kleinen Firmenwebsite könnte so aussehen:",
            "Über uns",
            "Kontakt",
            "Datenschutz",
            "Impressum",
            "© 2025 Ihre Firma",
        ),
        keep(
            "a_photo_credit_is_no_site_notice",
            *HEADER,
            *ARTICLE,
            "Über uns",
            "Kontakt",
            "Datenschutz",
            "Foto: © 2025 dpa/Anna Schmidt",
        ),
        keep(
            "links_that_are_sentences_of_the_article",
            *HEADER,
            *ARTICLE,
            "Kontaktieren Sie die Polizei, wenn Sie den Unfall beobachtet haben.",
            "Lesen Sie die Datenschutzerklärung der Stadt, bevor Sie die Petition unterschreiben.",
            "Die Nutzungsbedingungen des neuen Radwegs hängen an beiden Enden aus.",
            "© 2025 Hafenkurier",
        ),
    ],
    "reading_times": [
        keep(
            "a_read_in_a_sentence",
            "Der Bericht ist in 5 Minuten gelesen und jede Minute wert.",
            "Er wurde am Dienstag vom Verkehrsamt der Stadt veröffentlicht.",
        ),
        keep(
            "reading_time_as_a_topic",
            "Lesezeit",
            "Kinder, die täglich zwanzig Minuten lesen, lernen mehr Wörter als andere.",
        ),
        keep(
            "a_recipe_step",
            "Den Teig 10 Minuten kneten.",
            "Dann 30 Min. ruhen lassen.",
            "Nach 25 Minuten Backzeit mit dem Thermometer prüfen.",
        ),
        keep(
            "a_timetable",
            "Die Züge fahren alle 15 Minuten von Gleis 2.",
            "Fahrzeit: 42 Minuten",
        ),
        keep(
            "a_quoted_stamp",
            "Die App zeigt über jedem Artikel „5 Min. Lesezeit“ an, was die Leser mögen.",
            "Die Nutzung stieg, nachdem die Funktion eingeführt wurde.",
        ),
    ],
    "site_controls": [
        keep(
            "add_to_cart_in_a_sentence",
            "In den Warenkorb gehört nur, was Sie in dieser Woche wirklich brauchen, rät die "
            "Verbraucherzentrale.",
            "Spontankäufe summieren sich schneller, als die meisten denken.",
        ),
        keep(
            "controls_the_article_names",
            "Die Studie testete zwei Beschriftungen für denselben Knopf:",
            "In den Warenkorb",
            "Zum Warenkorb hinzufügen",
            "Die zweite wurde acht Prozent häufiger angeklickt.",
        ),
        keep(
            "copy_link_as_an_instruction",
            "Link kopieren und dann in die Adresszeile einfügen, so funktioniert es am "
            "schnellsten.",
            "Ein einziges falsches Zeichen macht ihn unbrauchbar.",
        ),
        keep(
            "write_a_review_as_advice",
            "Bewertung schreiben sollte man erst nach dem zweiten Besuch, sagt die Kritikerin.",
            "Der erste Eindruck schmeichelt dem Neuen und bestraft das Volle.",
        ),
        keep(
            "open_menus_in_a_restaurant_review",
            "Menü öffnen wir hier jede Woche neu, sagt der Koch, je nach Jahreszeit.",
            "Das Lamm war das Beste auf der Karte.",
        ),
    ],
    "title": [
        keep(
            "a_first_sentence_that_capitalises_its_nouns",
            "Die Hafenbehörde reparierte das Dach der Markthalle vor dem Besuch der Prüfer.",
            *RAT,
        ),
        keep("byline_first", "Von Anna Schmidt", R1, R2, R3),
        keep("dateline_first", "Veröffentlicht am 3. März 2024", G1, G2, G3),
        keep("updated_stamp_first", "Aktualisiert am 12.03.2024, 14:05 Uhr", M1, M2, M3),
        keep("first_line_is_a_sentence", R1, R2, R3),
        keep(
            "first_line_is_a_lead_in",
            "Das hat der Stadtrat am Dienstag beschlossen:",
            "- Ein neuer Radweg an der Hafenstraße",
            "- Keine höheren Parkgebühren",
            R3,
            R4,
        ),
        keep("rhetorical_question", "Warum schnurren Katzen?", S1, S2, S3),
        keep(
            "dateline_sentence",
            "BERLIN – Die Europäische Zentralbank hat den Leitzins am Donnerstag unverändert "
            "gelassen.",
            "Ökonomen hatten die Pause erwartet, nachdem die Inflation zum dritten Mal "
            "gesunken war.",
        ),
        keep(
            "text_credit_first",
            "Text: Anna Schmidt",
            M1,
            M2,
            M3,
        ),
    ],
}
