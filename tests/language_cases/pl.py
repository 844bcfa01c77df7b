"""Polish cases of the phrase rules: the clutter each rule removes on Polish
pages (WordPress pl_PL, Disqus, news portals, consent banners) and Polish
article text that only looks like it. tests/test_languages.py runs them;
tests/filter_helpers.py says how they are written.
"""

from __future__ import annotations

from tests.filter_helpers import Cut, cut, keep

# Article prose: each line a full sentence, so none of them looks like a
# headline or a teaser.
RADA = (
    "Rada miasta przegłosowała we wtorek stosunkiem głosów 19 do 4 rozbudowę dróg "
    "rowerowych wzdłuż ulicy Portowej.",
    "Zwolennicy zmiany przekonywali, że trasa stanie się bezpieczniejsza dla dzieci "
    "dojeżdżających rowerem do szkoły.",
    "Przeciwnicy ostrzegali, że sklepy przy tej ulicy stracą kilkadziesiąt miejsc parkingowych.",
    "Prace mają ruszyć we wrześniu i potrwać około czterech miesięcy.",
)
OGROD = (
    "Pomidory potrzebują co najmniej sześciu godzin bezpośredniego słońca dziennie, "
    "żeby dobrze dojrzeć.",
    "Na małym balkonie jedna roślina w dwudziestolitrowej donicy może dać nawet kilka "
    "kilogramów owoców.",
    "Lepiej podlewać obficie dwa razy w tygodniu niż po trochu codziennie, bo wtedy "
    "korzenie rosną w głąb.",
    "Boczne pędy trzeba usuwać na bieżąco, a nawożenie zacząć, gdy zawiążą się pierwsze owoce.",
)
MUZEUM = (
    "Muzeum zostało ponownie otwarte w sobotę po półtorarocznym remoncie, który kosztował "
    "14 milionów złotych.",
    "Zwiedzający czekali w kolejce wokół całego kwartału, by zobaczyć odnowiony strop "
    "głównej sali.",
    "Wstęp pozostaje bezpłatny, choć za nowe wystawy czasowe trzeba będzie zapłacić kilka złotych.",
    "Dyrektorka powiedziała, że chce w ciągu dwóch lat podwoić liczbę wizyt szkolnych.",
)
SEN = (
    "Naukowcy przez pięć lat obserwowali 2400 nastolatków, żeby sprawdzić, jak sen wpływa "
    "na ich oceny.",
    "Uczniowie, którzy spali krócej niż siedem godzin na dobę, mieli średnio gorsze wyniki "
    "z matematyki.",
    "Autorzy zastrzegają, że badanie pokazuje związek, a nie dowód, że jedno jest "
    "przyczyną drugiego.",
    "Teraz chcą sprawdzić, czy późniejsze rozpoczynanie lekcji przyniesie wymierną różnicę.",
)

R1, R2, R3, R4 = RADA
O1, O2, O3, O4 = OGROD
M1, M2, M3, M4 = MUZEUM
S1, S2, S3, S4 = SEN

# About 110 words of article prose: enough to count as an article before a thread.
ARTICLE = (*RADA, *MUZEUM)
# A reader's long reply: two of them outweigh the article.
REPLIES = (*OGROD, *SEN)

# A site's header, footer links and copyright line.
HEADER = ("* Strona główna", "* Kraj", "* Sport", "* Pogoda")
SIGN = "© 2025 Gazeta Nadmorska. Wszelkie prawa zastrzeżone."
LINKS = ("O nas", "Kariera", "Kontakt", "Polityka prywatności", "Regulamin")

KSIEGARNIA = "Jak jedno miasteczko uratowało ostatnią księgarnię"
KSIEGARNIA_BODY = (
    "Gdy właścicielka księgarni „Pod Globusem” ogłosiła, że przechodzi na emeryturę, "
    "los sklepu wydawał się przesądzony.",
    "W ciągu miesiąca 340 mieszkańców wykupiło udziały, a księgarnia wznowiła działalność "
    "jako spółdzielnia.",
)


def cuts(*lines: str, rule: str | None = None) -> tuple[Cut, ...]:
    """The lines as ``Cut`` lines."""
    return tuple(Cut(line, rule) for line in lines)


POSITIVES = {
    "share_prompts": [
        cut(
            "wordpress_share_block",
            R1,
            R2,
            Cut("Udostępnij:"),
            Cut("Kliknij, aby udostępnić na Facebooku (Otwiera się w nowym oknie)"),
            Cut("Kliknij, aby udostępnić na X (Otwiera się w nowym oknie)"),
        ),
        cut("network_names", M1, M2, Cut("Facebook Twitter Wykop E-mail")),
        cut("follow_us_on_two_networks", R1, R2, Cut("Obserwuj nas na Facebooku i Instagramie")),
        cut("share_the_article", O1, O2, Cut("Udostępnij artykuł")),
        cut("share_colon", S1, Cut("Podziel się:"), S2),
        cut(
            "dotted_networks_under_a_share_heading",
            M1,
            M2,
            Cut("Podziel się:"),
            Cut("Facebook · Wykop · Kopiuj link"),
        ),
        cut("recipe_card_buttons", O1, O2, Cut("Drukuj przepis"), Cut("Zapisz przepis")),
    ],
    "newsletter_prompts": [
        cut("subscribe_to_the_newsletter", R1, R2, Cut("Zapisz się do newslettera")),
        cut(
            "prefix_sentence",
            O1,
            O2,
            Cut("Zapisz się do naszego newslettera i otrzymuj co piątek najlepsze przepisy."),
        ),
        cut("enter_email", S1, S2, Cut("Podaj swój adres e-mail"), Cut("Zapisz się")),
        cut("thank_you", M1, M2, Cut("Dziękujemy za zapisanie się do newslettera!")),
        cut("emoji_subscribe", S1, Cut("📩 Subskrybuj"), S2),
        cut("newsletter_box_heading", R1, R2, Cut("Newsletter"), Cut("Zapisz się teraz")),
    ],
    "cookie_notices": [
        cut(
            "cookie_notice_plugin",
            R1,
            R2,
            Cut(
                "Ta strona korzysta z ciasteczek, aby świadczyć usługi na najwyższym poziomie. "
                "Dalsze korzystanie ze strony oznacza, że zgadzasz się na ich użycie."
            ),
        ),
        cut(
            "mention_with_consent",
            M1,
            Cut(
                "Używamy plików cookie, aby zapewnić prawidłowe działanie strony i analizować ruch."
            ),
            M2,
        ),
        cut("accept_all", O1, O2, Cut("Akceptuj wszystkie"), Cut("Ustawienia plików cookie")),
        cut("reject_and_manage", S1, S2, Cut("Odrzuć wszystkie"), Cut("Zarządzaj zgodami")),
        cut(
            "portal_banner",
            R1,
            R2,
            Cut(
                "W celu świadczenia usług na najwyższym poziomie stosujemy pliki cookies. "
                "Korzystanie z naszej witryny oznacza, że będą one zamieszczane w Państwa "
                "urządzeniu."
            ),
        ),
        cut("we_value_your_privacy", M1, M2, Cut("Cenimy Twoją prywatność")),
        cut("privacy_overview", O1, O2, Cut("Przegląd prywatności")),
    ],
    "advertisements": [
        cut("reklama", R1, Cut("Reklama"), R2),
        cut("shouting", M1, Cut("REKLAMA"), M2),
        cut("dashed", O1, Cut("- Reklama -"), O2),
        cut("video_insert", S1, Cut("Dalsza część artykułu pod materiałem wideo"), S2),
        cut("sponsored_article", M1, M2, Cut("Artykuł sponsorowany")),
        cut("partner_material", R1, R2, Cut("Materiał partnera")),
    ],
    "browser_notices": [
        cut("video_element", M1, Cut("Twoja przeglądarka nie obsługuje elementu video."), M2),
        cut("please_enable_javascript", O1, O2, Cut("Włącz JavaScript")),
        cut(
            "site_requires_javascript",
            R1,
            Cut(
                "Ta strona wymaga włączonej obsługi JavaScript. "
                "Włącz ją w ustawieniach przeglądarki."
            ),
            R2,
        ),
        cut(
            "javascript_off_in_your_browser",
            S1,
            S2,
            Cut(
                "JavaScript jest wyłączony w Twojej przeglądarce. "
                "Aby korzystać z serwisu, włącz go."
            ),
        ),
        cut(
            "disqus_notice",
            M1,
            M2,
            Cut("Włącz JavaScript, aby zobaczyć komentarze obsługiwane przez Disqus."),
        ),
    ],
    "comment_prompts": [
        cut("leave_a_comment", R1, R2, Cut("Dodaj komentarz")),
        cut("comment_count", O1, O2, Cut("12 komentarzy")),
        cut(
            "reply_heading_and_email_notice",
            S1,
            S2,
            Cut("Dodaj komentarz Anuluj pisanie odpowiedzi"),
            Cut("Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *"),
        ),
        cut(
            "comment_form_fields",
            R1,
            R2,
            Cut("Dodaj komentarz"),
            Cut("Komentarz *"),
            Cut("Nazwa *"),
            Cut("E-mail *"),
            Cut("Witryna internetowa"),
            Cut("Opublikuj komentarz"),
        ),
        cut(
            "comments_on_a_post",
            O1,
            O2,
            Cut("3 komentarze do “Jak uratowaliśmy nasze pomidory”"),
        ),
        cut("one_comment_on", M1, M2, Cut("Jeden komentarz na temat „Muzeum znów otwarte”")),
        cut("comments_in_brackets", R1, R2, Cut("Komentarze (4)")),
        cut("comments_closed", M1, M2, Cut("Możliwość komentowania została wyłączona.")),
        cut(
            "save_my_data",
            S1,
            S2,
            Cut(
                "Zapisz moje dane, adres e-mail i witrynę w przeglądarce aby wypełnić dane "
                "podczas pisania kolejnych komentarzy."
            ),
        ),
        cut("be_the_first", O1, O2, Cut("Brak komentarzy"), Cut("Skomentuj jako pierwszy")),
    ],
    "comment_threads": [
        cut(
            "wordpress_pisze_and_reply",
            *ARTICLE,
            *cuts(
                "1. Grażyna pisze:",
                "14 lipca 2015 o 15:53",
                "Jeździmy tą ulicą codziennie rano, więc to świetna wiadomość.",
                "Odpowiedz",
                "2. Krzysztof Lewandowski pisze:",
                "14 lipca 2015 o 16:30",
                "A co ze sklepami? Już teraz trudno tam zaparkować.",
                "Odpowiedz",
            ),
        ),
        cut(
            "heading_above_the_thread_goes_as_a_prompt",
            *ARTICLE,
            Cut("12 komentarzy", "comment_prompts"),
            *cuts(
                "Hania pisze:",
                "3 marca 2024 o 9:12",
                "Nareszcie, długo na to czekaliśmy.",
                "Odpowiedz",
                "Tomek pisze:",
                "3 marca 2024 o 11:40",
                "Czy pas będzie oddzielony od jezdni?",
            ),
        ),
        cut(
            "a_long_thread_under_a_comments_heading",
            *ARTICLE,
            "Komentarze",
            *cuts(
                "Grażyna pisze:",
                "14.07.2015 o 15:53",
                *REPLIES,
                "Odpowiedz",
                "Krzysztof pisze:",
                "14.07.2015 o 16:30",
                *REPLIES,
                "Odpowiedz",
            ),
        ),
    ],
    "promo_lines": [
        cut("read_also_colon", R1, R2, Cut("Czytaj także: Dlaczego rada odrzuciła budżet"), R3),
        cut("shouting", M1, Cut("CZYTAJ TEŻ: Walka o ostatni miejski basen"), M2),
        cut("see_also_guillemet", S1, Cut("✨ Zobacz także » Długa droga do nowego stadionu"), S2),
        cut(
            "read_also_pipe", O1, O2, Cut("Przeczytaj również | Pięć wycieczek na jeden dzień"), O3
        ),
        cut(
            "more_with_link", R1, Cut("Więcej: https://example.pl/wiadomosci/budzet-wyjasniamy"), R2
        ),
        cut(
            "read_more_headline",
            M1,
            Cut("Czytaj więcej: Muzea zmieniają sposób oświetlania dawnych obrazów"),
            M2,
        ),
        cut("watch_video", S1, S2, Cut("ZOBACZ WIDEO: Tak wygląda nowa ścieżka rowerowa"), S3),
    ],
    "related_posts": [
        cut(
            "block_at_end",
            R1,
            R2,
            R3,
            Cut("Podobne wpisy"),
            Cut("Kupcy z ulicy Portowej zbierają podpisy"),
            Cut("Co nowy budżet oznacza dla autobusów"),
            Cut("Wybory do rady: kto startuje i gdzie"),
        ),
        cut(
            "block_mid_page_with_excerpts",
            O1,
            O2,
            Cut("Może Cię zainteresować"),
            Cut("Jak uprawiać chili na parapecie"),
            Cut("Chili uwielbia ciepło, a słoneczny parapet może mu go dać całkiem sporo…"),
            Cut("Najlepsza ziemia do donic"),
            Cut("Nie wszystkie podłoża są takie same, a najtańsze worki często…"),
            O3,
            O4,
        ),
        cut(
            "read_also_box_with_bullets",
            S1,
            S2,
            Cut("Czytaj także:"),
            Cut("• Dlaczego nastolatki nie mogą zasnąć przed północą"),
            Cut("• Argumenty za późniejszym początkiem lekcji"),
            Cut("• Ekrany, sen i niebieskie światło"),
        ),
        cut(
            "most_read_with_a_link",
            S1,
            S2,
            Cut("Najczęściej czytane"),
            Cut("Szkoły szykują się na cięcia po głosowaniu nad budżetem"),
            Cut("Miasteczko, które zakazało telefonów na lekcjach"),
            Cut("Zobacz więcej"),
        ),
        cut(
            "more_from_a_category",
            M1,
            M2,
            M3,
            Cut("Więcej z kategorii Kultura"),
            Cut("Dziesięć galerii wartych wycieczki tego lata"),
            Cut("Walka o uratowanie dziewiętnastowiecznej łaźni"),
        ),
    ],
    "see_more_teasers": [
        cut(
            "title_read_more",
            R1,
            R2,
            Cut("Rada odkłada głosowanie nad planem komunikacyjnym, bo…Czytaj więcej"),
            R3,
        ),
        cut(
            "excerpt_read_on_guillemet",
            M1,
            M2,
            Cut(
                "Nowe skrzydło pomieści kolekcję tkanin muzeum, "
                "gdy zostanie otwarte… Czytaj dalej »"
            ),
        ),
        cut("lone_read_more", S1, S2, Cut("Czytaj więcej"), S3),
        cut("read_on_arrow", O1, O2, Cut("Czytaj dalej →")),
        cut(
            "truncated_before_link",
            R1,
            R2,
            Cut("Burmistrz zapowiedział, że budżet zostanie zrównoważony dzięki cięciom…"),
            Cut("Czytaj więcej"),
        ),
        cut(
            "run_of_two_teasers",
            S1,
            S2,
            Cut("Baseny bez ratowników tego lata"),
            Cut(
                "Miejskie baseny mogą pozostać zamknięte przez całe wakacje, bo rada nie znalazła…"
            ),
            Cut("Targ rolny wraca na ulicę Wiązową"),
            Cut("Po dwóch latach przerwy sobotni targ wraca z większą liczbą straganów i…"),
            S3,
        ),
        cut("see_more_chevron", O1, O2, Cut("Zobacz więcej ›")),
    ],
    "footer_links": [
        cut(
            "links_and_copyright_after_the_article",
            *HEADER,
            *ARTICLE,
            *cuts(*LINKS, SIGN),
        ),
        cut(
            "bulleted_links",
            *HEADER,
            *ARTICLE,
            *cuts("* O nas", "* Praca", "* Współpraca", "* Regulamin", SIGN),
        ),
        cut(
            "an_advert_link_removed_by_another_rule_still_counts",
            *HEADER,
            *ARTICLE,
            *cuts("Kontakt", "Redakcja"),
            Cut("Reklama", "advertisements"),
            Cut("Polityka cookies", "cookie_notices"),
            *cuts("Mapa strony", SIGN),
        ),
        cut(
            "social_links_below_the_links",
            *HEADER,
            *ARTICLE,
            *cuts(*LINKS),
            Cut("Obserwuj nas", "share_prompts"),
            Cut("Facebook", "share_prompts"),
            Cut("Instagram", "share_prompts"),
            *cuts("Pobierz aplikację", SIGN),
        ),
    ],
    "reading_times": [
        cut("under_a_byline", "Autor: Anna Nowak", Cut("5 min czytania"), R1, R2),
        cut("shouting_with_a_dot", M1, Cut("3 MIN. CZYTANIA"), M2),
        cut("bulleted", O1, Cut("- 11 min czytania"), O2),
        cut("minutes", S1, Cut("12 minut czytania"), S2),
        cut("reading_time_label", Cut("Czas czytania: 4 minuty"), M1, M2),
        cut("lektura_label", Cut("Czas lektury: 7 minut"), O1, O2),
    ],
    "site_controls": [
        cut("toggle_navigation", Cut("Przełącz nawigację"), R1, R2),
        cut("open_menu", M1, M2, Cut("Rozwiń menu")),
        cut("copy_link", R1, Cut("Kopiuj link"), R2),
        cut("forum_quote_expander", M1, Cut("Kliknij, aby rozwinąć..."), M2),
        cut("shop_buttons", S1, Cut("Dodaj do koszyka"), Cut("Dodaj do listy życzeń"), S2),
        cut("a_control_as_a_list_item", O1, O2, Cut("* Zobacz szczegóły")),
        cut("write_a_review", R1, R2, Cut("Napisz opinię")),
    ],
    "title": [
        cut("plain_headline", Cut(KSIEGARNIA), *KSIEGARNIA_BODY),
        cut("printed_twice", Cut(KSIEGARNIA), Cut(KSIEGARNIA), *KSIEGARNIA_BODY),
        cut(
            "site_name_variant_first",
            Cut(f"{KSIEGARNIA} | Gazeta Nadmorska"),
            Cut(KSIEGARNIA),
            *KSIEGARNIA_BODY,
        ),
        cut("headline_with_colon", Cut("Ogród na balkonie: co posadzić w maju"), O1, O2, O3),
        cut("a_markdown_heading", Cut(f"# {KSIEGARNIA}"), "", *KSIEGARNIA_BODY),
        cut(
            "a_lower_case_byline_under_the_headline",
            Cut("Czy miasta naprawdę mogą zakazać kuchenek gazowych"),
            "tekst: Jan Kowalski, 10 min czytania",
            R1,
            R2,
        ),
    ],
}

HARD_NEGATIVES = {
    "share_prompts": [
        keep(
            "share_your_location",
            "Udostępniaj lokalizację tylko zaufanym osobom, radzi policja.",
            "Udostępnij ją rodzinie, zanim wyjdziesz w góry.",
            R1,
        ),
        keep(
            "share_the_wafer",
            "Podziel się opłatkiem z sąsiadami, zachęcał w homilii proboszcz.",
            "Kościół był pełny aż do drzwi.",
        ),
        keep(
            "interview_answer_two_networks",
            "– Gdzie klienci najczęściej was znajdują?",
            "Facebook i Instagram.",
            "– A strona internetowa?",
            "Prawie nigdy, co wciąż mnie dziwi.",
        ),
        keep(
            "networks_listed_with_commas",
            "Ankietowani wymienili serwisy, w których po raz pierwszy zobaczyli plotkę:",
            "- Facebook, Instagram, YouTube",
            "- Lokalne grupy dyskusyjne",
        ),
        keep(
            "watch_us_closely",
            "Obserwuj nas uważnie, mówił trener do zawodników przed meczem.",
            "Potem pokazał im nagranie z ostatniej porażki.",
        ),
        keep(
            "wykop_is_an_excavation",
            "Wykop pod fundamenty był gotowy już w marcu.",
            "Betonowanie opóźniły jednak kwietniowe deszcze.",
        ),
        keep(
            "print_on_both_sides",
            "Drukuj dwustronnie, radzi urząd, a oszczędzisz połowę papieru.",
            R2,
        ),
    ],
    "newsletter_prompts": [
        keep(
            "mayor_urged_subscribe",
            "Prezydent miasta zachęcał mieszkańców, by zapisali się do miejskiego newslettera.",
            "Tylko tam z wyprzedzeniem ogłaszane są zamknięcia dróg.",
        ),
        keep(
            "quoted_call_to_subscribe",
            "Zapisz się do newslettera urzędu, a dowiesz się o utrudnieniach z wyprzedzeniem – "
            "przekonywał rzecznik.",
            "Z listy korzysta już ponad 8 tysięcy osób.",
        ),
        keep(
            "sign_up_for_a_course",
            "Zapisz się na kurs pierwszej pomocy, zanim wyjedziesz w góry.",
            "Ratownicy powtarzają to co roku przed sezonem.",
        ),
        keep(
            "email_address_required_item",
            "Do wniosku o dofinansowanie trzeba dołączyć:",
            "- Dowód osobisty",
            "- Adres e-mail",
            "- Numer telefonu",
        ),
        keep(
            "subscribers_pay_more",
            "Subskrybenci zapłacą od lipca o 4 złote więcej miesięcznie.",
            "Firma tłumaczy podwyżkę rosnącymi kosztami licencji.",
        ),
        keep(
            "newsletters_history",
            "Newslettery były kiedyś podstawą lokalnej polityki.",
            "Dziś większość z nich przeniosła się do sieci albo zniknęła.",
        ),
        keep(
            "stay_informed_heading",
            "Najlepszą ochroną przed powodzią jest wcześniejsze przygotowanie.",
            "Przygotuj plan",
            "Ustalcie, gdzie spotka się rodzina, jeśli zostaniecie rozdzieleni.",
            "Bądź na bieżąco",
            "Miej pod ręką radio na baterie i słuchaj komunikatów o ewakuacji.",
        ),
    ],
    "cookie_notices": [
        keep(
            "biscuits_from_the_bakery",
            "Używamy ciasteczek z piekarni za rogiem, ale sprawdzą się też zwykłe herbatniki.",
            "Trzeba je tylko drobno pokruszyć i wymieszać z masłem.",
        ),
        keep(
            "biscuits_to_line_the_tin",
            "Używamy ciasteczek owsianych do wyłożenia formy przed wylaniem masy.",
            "Sernik powinien chłodzić się co najmniej cztery godziny.",
        ),
        keep(
            "regulator_on_banners",
            "Urząd uznał, że przycisk „Odrzuć wszystkie” musi być tak samo widoczny jak "
            "„Akceptuj wszystkie”.",
            "Serwisom, które się nie dostosują, grożą wysokie kary.",
        ),
        keep(
            "cookie_policy_complaints",
            "Polityka cookies agencji wywołała ponad 300 skarg.",
            "Większość z nich złożyły małe firmy, które żyją z reklamy w sieci.",
        ),
        keep(
            "third_party_cookies_news",
            "Google znów odłożył wycofanie plików cookie stron trzecich w Chrome.",
            "Reklamodawcy ostrzegali, że zmiana uderzy w małych wydawców.",
        ),
        keep(
            "quoted_company_statement",
            "„Cenimy Twoją prywatność i nigdy nie sprzedawaliśmy danych klientów” – zapewniła "
            "firma.",
            "Regulator dał jej czas do piątku na przekazanie dokumentów.",
        ),
    ],
    "advertisements": [
        keep(
            "advertising_on_buses",
            "Reklama w autobusach miejskich kosztuje dziś dwa razy więcej niż przed pandemią.",
            "Przewoźnik tłumaczy to większym zainteresowaniem firm.",
        ),
        keep(
            "sponsored_by_rotary",
            "Sponsorowany przez Rotary Club bieg zebrał 12 tysięcy złotych dla banku żywności.",
            "Mimo deszczu wystartowało ponad 600 osób.",
        ),
        keep(
            "a_section_of_a_budget",
            R1,
            "Reklamy",
            "Na kampanie w internecie firma wydała w zeszłym roku 2 miliony złotych.",
            "Wynagrodzenia",
            "Płace w dziale sprzedaży wzrosły o 8 procent.",
        ),
        keep(
            "the_marker_named_in_a_sentence",
            "Dalsza część artykułu pod reklamą to pomysł wydawców, który irytuje czytelników.",
            "Tak wynika z badania przeprowadzonego w trzech dużych serwisach.",
        ),
        keep(
            "sponsored_posts_rules",
            "Artykuły sponsorowane muszą być od teraz wyraźnie oznaczone.",
            "Influencerom, którzy złamią zasady, grozi kara.",
        ),
    ],
    "browser_notices": [
        keep(
            "a_feature_the_browser_lacks",
            "Twoja przeglądarka nie obsługuje jeszcze WebGPU, więc demo przełącza się na WebGL.",
            "Działa wtedy około czterech razy wolniej, ale wyświetla każdą klatkę.",
        ),
        keep(
            "javascript_off_by_default",
            "JavaScript jest domyślnie wyłączony w niektórych przeglądarkach dbających o "
            "prywatność.",
            "Strony, które od niego zależą, wyświetlają wtedy pustą kartę.",
        ),
        keep(
            "how_to_turn_it_on",
            "Włącz JavaScript w Chrome: otwórz Ustawienia, a potem Prywatność i bezpieczeństwo.",
            "Następnie wybierz Ustawienia witryn i zezwól na JavaScript.",
        ),
        keep(
            "a_site_that_needs_it",
            "Ta strona wymaga JavaScript do obsługi interaktywnych map, przyznał urząd.",
            "Starsze telefony nie potrafią ich otworzyć.",
        ),
    ],
    "comment_prompts": [
        keep(
            "a_count_in_a_list_the_text_introduces",
            "Do końca terminu urząd otrzymał:",
            "* 1200 komentarzy",
            "* 40 petycji",
            "* 3 pozwy",
            "Nie podał, kiedy opublikuje odpowiedzi.",
        ),
        keep(
            "counts_of_comments_in_a_list_of_drafts",
            "Uchwała przeszła dwa czytania, zanim rada przyjęła ją w marcu.",
            "- 12 komentarzy do pierwszego projektu",
            "- 30 komentarzy do drugiego",
            "Większość z nich dotyczyła okresu przejściowego.",
        ),
        keep(
            "add_a_comment_to_the_motion",
            "Dodaj komentarz do wniosku podczas piątkowej sesji rady, zachęcał urząd.",
            "Pisemne uwagi przyjmowane są do końca miesiąca.",
        ),
        keep(
            "no_comment_spokesman",
            "Bez komentarza – odparł rzecznik i odłożył słuchawkę.",
            "Firma nie odpowiedziała na trzy kolejne prośby.",
        ),
        keep(
            "no_comment_from_the_ministry",
            "Brak komentarza ze strony ministerstwa dziwi ekspertów.",
            "Projekt ma trafić do Sejmu jeszcze w tym miesiącu.",
        ),
        keep(
            "comments_close",
            "Komentarze do projektu można składać do 30 czerwca.",
            "Decyzja ma zapaść jesienią.",
        ),
        keep(
            "data_collected_list",
            "Formularz zbiera tylko trzy informacje:",
            "- Imię",
            "- E-mail",
            "- Witryna",
            "Dane są usuwane po 30 dniach, zgodnie z polityką prywatności.",
        ),
        keep(
            "comment_section_kicker",
            "Komentarz",
            "Decyzja o zamknięciu biblioteki była krótkowzroczna i mieszkańcy dobrze o tym wiedzą.",
            "Biblioteki to jedne z ostatnich darmowych miejsc, gdzie można się schronić przed "
            "zimnem.",
        ),
    ],
    "comment_threads": [
        keep(
            "forum_thread_is_the_text",
            "paulb203 pisze:",
            "3 marca 2024 o 9:12",
            O1,
            "Odpowiedz",
            "Krzysiek pisze:",
            "3 marca 2024 o 11:40",
            O2,
            "Odpowiedz",
            O3,
            O4,
        ),
        keep(
            "press_review_headings_are_one_kind",
            *ARTICLE,
            "Rzeczpospolita pisze",
            O1,
            "Dziennik Bałtycki pisze",
            O2,
            "Gazeta Wyborcza pisze",
            O3,
            "Radio Gdańsk mówi",
            O4,
        ),
        keep(
            "live_blog_time_stamps_are_one_kind",
            *ARTICLE,
            "5 czerwca 2024, 12:30",
            O1,
            "5 czerwca 2024, 12:45",
            O2,
            "5 czerwca 2024, 13:10",
            O3,
        ),
        keep(
            "quoted_speakers_in_prose",
            *ARTICLE,
            "Burmistrz mówi, że pasy będą gotowe do końca roku.",
            "Jego zastępca pisze jednak co innego, a 14 lipca 2015 o 15:53 wysłał list do prasy.",
            "Odpowiedz na ankietę do piątku, apeluje urząd.",
        ),
    ],
    "promo_lines": [
        keep(
            "read_also_a_sentence",
            "Inspektorzy znaleźli nieprawidłowości w czterech z sześciu skontrolowanych miejsc.",
            "Czytaj także: raport jest dostępny w internecie.",
        ),
        keep(
            "you_can_read_more",
            "Sąd oddalił apelację w poniedziałek.",
            "Więcej na ten temat można przeczytać w 40-stronicowym uzasadnieniu wyroku.",
        ),
        keep(
            "see_also_without_a_separator",
            "Zobacz także, jak zmieniła się okolica po remoncie.",
            "Mieszkańcy przez dwa lata zbierali na to pieniądze.",
        ),
        keep(
            "travel_tip_list",
            "Dwa dni wystarczą, żeby dobrze poznać stare miasto.",
            "- Nie przegap: widoku z wieży ratuszowej o zachodzie słońca",
            "- Odpuść: przereklamowany rejs statkiem",
            "- Zjedz: smażoną flądrę w porcie",
        ),
        keep(
            "we_recommend_a_hotel",
            "Pokoje są małe, ale czyste, a śniadania świetne.",
            "Polecamy: Hotel Pod Różą przy Floriańskiej",
            "Ceny zaczynają się od 400 złotych za noc.",
        ),
        keep(
            "more_dash_sentence",
            "Muzeum zebrało 9 z potrzebnych 12 milionów złotych.",
            "Więcej – jak twierdzi dyrektor – wciąż jest do zrobienia.",
        ),
        keep(
            "read_more_books",
            "Czytaj więcej książek – radziła dzieciom bibliotekarka.",
            "Potem rozdała im 200 kart bibliotecznych.",
        ),
    ],
    "related_posts": [
        keep(
            "related_posts_on_social_media",
            "Podobne wpisy w mediach społecznościowych pomogły rozpowszechnić plotkę.",
            "Do piątku obejrzano je ponad milion razy.",
        ),
        keep(
            "most_popular_breeds_list",
            "Związek kynologiczny opublikował w środę doroczny ranking ras.",
            "Najpopularniejsze",
            "- Labrador retriever",
            "- Buldog francuski",
            "- Golden retriever",
            "Buldog francuski zyskuje na popularności co roku od 2012 roku.",
        ),
        keep(
            "encyclopedic_see_also",
            "Pierwszą drogę rowerową w mieście wytyczono w 1998 roku wzdłuż nabrzeża.",
            "Zobacz też",
            "- Drogi rowerowe w Gdańsku",
            "- Komunikacja miejska w Gdańsku",
        ),
        keep(
            "we_also_recommend_hotels",
            "Stare miasto najlepiej zwiedzać pieszo, a nocleg warto zarezerwować z wyprzedzeniem.",
            "Polecamy również:",
            "Hotel Pod Różą",
            "Pensjonat Stara Kamienica",
            "Ceny w sezonie rosną nawet o połowę.",
        ),
        keep(
            "read_also_the_ruling",
            "Czytaj także uzasadnienie wyroku, które sąd opublikował w piątek.",
            "Ma ono ponad 40 stron.",
        ),
    ],
    "see_more_teasers": [
        keep(
            "read_on_and_you_will_see",
            "Czytaj dalej, a zrozumiesz, skąd wziął się problem.",
            "Danych za 2021 rok nikt nigdy nie sprawdził.",
        ),
        keep(
            "dialogue_trailing_off",
            "Rozmowa przybrała dziwny obrót.",
            "Czekaj…",
            "Spojrzał na dyktafon, potem na mnie.",
        ),
        keep(
            "list_of_what_more",
            "Na festynie będzie muzyka na żywo, food trucki, rękodzieło… i więcej.",
            "Dzieci do lat 12 wchodzą za darmo.",
        ),
        keep(
            "crowd_chanting_for_more",
            "Zespół zszedł ze sceny o jedenastej, ale nikt się nie ruszył.",
            "Cała sala skandowała, najpierw powoli: jeszcze… jeszcze… Więcej!",
            "Wrócili na trzy kolejne piosenki.",
        ),
        keep(
            "kept_reading",
            "Czytała dalej długo po tym, jak wszyscy poszli spać.",
            "Rano skończyła całą trylogię.",
        ),
    ],
    "footer_links": [
        keep(
            "a_tutorial_showing_a_footer",
            *RADA,
            "Najważniejsze podstrony",
            "* Strona główna",
            "* O nas",
            "* Kontakt",
            "* Polityka prywatności",
            "* Regulamin",
            "A w stopce linijka w rodzaju",
            "© 2025 Nazwa Twojej Firmy",
        ),
        keep(
            "the_pages_in_a_list_the_text_introduces",
            *HEADER,
            *RADA,
            "Prosta stopka strony małej firmy mogłaby wyglądać tak:",
            "O nas",
            "Kontakt",
            "Polityka prywatności",
            "Regulamin",
            "© 2025 Twoja Firma",
        ),
        keep(
            "links_that_are_sentences_of_the_article",
            *HEADER,
            *ARTICLE,
            "Skontaktuj się z nami, jeśli widziałeś zderzenie.",
            "Przeczytaj politykę prywatności urzędu, zanim podpiszesz petycję.",
            "Regulamin korzystania z nowego pasa wisi na obu jego końcach.",
            "© 2025 Gazeta Nadmorska",
        ),
    ],
    "reading_times": [
        keep(
            "a_read_in_a_sentence",
            "Raport czyta się w 5 minut, ale warto poświęcić mu więcej czasu.",
            "Opublikował go we wtorek miejski zarząd transportu.",
        ),
        keep(
            "reading_time_as_a_section",
            R1,
            "Czas czytania",
            "Dzieci, które czytają dwadzieścia minut dziennie, poznają więcej słów niż ich "
            "rówieśnicy.",
        ),
        keep(
            "a_recipe_step",
            "Zagniataj ciasto przez 10 minut.",
            "Odstaw je na 30 min.",
            "Piecz 25 minut i sprawdź termometrem środek.",
        ),
        keep(
            "a_timetable",
            "Pociągi odjeżdżają co 15 minut z peronu drugiego.",
            "Czas przejazdu: 42 minuty",
        ),
        keep(
            "a_quoted_stamp",
            "Aplikacja pokazuje „5 min czytania” nad każdym artykułem i czytelnicy to lubią.",
            "Po tej zmianie korzystanie z niej wzrosło.",
        ),
    ],
    "site_controls": [
        keep(
            "add_to_cart_in_a_sentence",
            "Dodaj do koszyka tylko to, czego potrzebujesz na tydzień, radzi poradnik.",
            "Zakupy pod wpływem impulsu szybko się sumują.",
        ),
        keep(
            "controls_the_article_names",
            "W badaniu porównano dwie etykiety tego samego przycisku:",
            "Dodaj do koszyka",
            "Do koszyka",
            "Kupujący klikali drugą o osiem procent częściej.",
        ),
        keep(
            "copy_link_as_an_instruction",
            "Kopiuj link ostrożnie, bo jeden zbędny znak wystarczy, by przestał działać.",
            "Potem wklej go w pasek adresu i sprawdź.",
        ),
        keep(
            "view_details_in_a_sentence",
            "Zobacz szczegóły planu w ratuszu do końca marca.",
            "Pisemne uwagi przyjmowane są do tego czasu.",
        ),
    ],
    "title": [
        keep("first_line_is_a_sentence", R1, R2, R3),
        keep("only_one_line", "Krótka historia ratusza"),
        keep(
            "too_little_body", "Ratusz znów otwarty", "Drzwi otwierają się w sobotę o dziewiątej."
        ),
        keep("first_line_is_a_bullet", "- Rozgrzej piekarnik do 200 stopni", O1, O2, O3),
        keep(
            "first_line_is_a_lead_in",
            "Oto co rada postanowiła we wtorek:",
            "- Nowa droga rowerowa na ulicy Portowej",
            "- Zamrożenie opłat za parkowanie",
            R3,
            R4,
        ),
        keep("rhetorical_question", "Dlaczego koty mruczą?", S1, S2, S3),
        keep("a_byline_first", "Autor: Anna Nowak", R1, R2, R3),
        keep("a_credit_first", "Tekst i zdjęcia: Jan Kowalski", M1, M2, M3),
        keep("a_dateline_first", "Opublikowano 12 marca 2024, 14:05", R1, R2, R3),
        keep(
            "dateline_sentence",
            "WARSZAWA – Rada Polityki Pieniężnej utrzymała w środę stopy procentowe bez zmian.",
            "Ekonomiści spodziewali się tej decyzji po trzecim z rzędu spadku inflacji.",
        ),
    ],
}
