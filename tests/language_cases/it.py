"""Italian cases for the phrase rules: the clutter of Italian pages
(WordPress, WordPress.com and Jetpack, Blogger, news sites, cookie banners)
each rule removes, and Italian article text that only looks like it.
tests/test_languages.py runs them; tests/filter_helpers.py says how they are
written.
"""

from __future__ import annotations

from tests.filter_helpers import Cut, cut, keep

# Article prose used as the surroundings of clutter lines. Each line is a
# full sentence, so none of them looks like a headline or a teaser.
COMUNE = (
    "Il consiglio comunale ha votato martedì, con sette voti a favore e due contrari, "
    "l'estensione delle piste ciclabili lungo via del Porto.",
    "I sostenitori hanno detto che la modifica renderà il percorso più sicuro per i bambini "
    "che vanno a scuola in bicicletta.",
    "Gli oppositori hanno avvertito che i negozi della via perderanno decine di posti auto.",
    "I lavori dovrebbero cominciare a settembre e durare circa quattro mesi.",
)
ORTO = (
    "I pomodori hanno bisogno di almeno sei ore di sole diretto al giorno per maturare bene.",
    "Anche su un piccolo balcone, una sola pianta in un vaso da venti litri può dare diversi "
    "chili di frutti.",
    "Meglio annaffiare in profondità due volte alla settimana che poco ogni giorno, così le "
    "radici scendono in basso.",
    "Eliminate i germogli laterali appena compaiono e concimate la pianta quando si formano "
    "i primi frutti.",
)
MUSEO = (
    "Il museo ha riaperto sabato dopo un restauro durato diciotto mesi e costato 14 milioni "
    "di euro.",
    "I visitatori hanno fatto la fila per vedere il soffitto restaurato della galleria principale.",
    "L'ingresso resta gratuito, anche se le nuove mostre temporanee costano qualche euro.",
    "La direttrice ha detto di sperare di raddoppiare le visite delle scuole entro due anni.",
)
SONNO = (
    "I ricercatori hanno seguito 2.400 adolescenti per cinque anni per capire come il sonno "
    "influisse sui loro voti.",
    "Chi dormiva meno di sette ore a notte otteneva in media risultati peggiori in matematica.",
    "Gli autori avvertono che lo studio mostra un legame, non la prova che una cosa causi l'altra.",
    "Ora vogliono verificare se un orario d'ingresso più tardi a scuola fa una differenza "
    "misurabile.",
)

C1, C2, C3, C4 = COMUNE
G1, G2, G3, G4 = ORTO
M1, M2, M3, M4 = MUSEO
S1, S2, S3, S4 = SONNO

# About 150 words of article prose: enough to count as an article before a thread.
ARTICOLO = (*COMUNE, *MUSEO)

# A site's header (menu-like lines above the main text), its footer links and
# its copyright line.
TESTATA = ("* Home", "* Cronaca", "* Sport", "* Meteo")
FIRMA = "© 2025 Il Gazzettino del Porto. Tutti i diritti riservati."
# Link labels of at most two words: a label of three or more words, mostly in
# lower case ("Lavora con noi", "Termini e condizioni"), does not read as a
# menu line, and the run of links breaks there.
LINK = ("Chi siamo", "Redazione", "Contatti", "Privacy policy", "Note legali")

LIBRERIA = "Come un paese ha salvato la sua ultima libreria"
LIBRERIA_TESTO = (
    "Quando la proprietaria della Libreria del Ponte ha annunciato che sarebbe andata in "
    "pensione, il negozio sembrava spacciato.",
    "In un mese, 340 residenti hanno comprato delle quote e la libreria ha riaperto come "
    "cooperativa.",
)


def cuts(*lines: str) -> tuple[Cut, ...]:
    """The lines as ``Cut`` lines (of the rule under test)."""
    return tuple(Cut(line) for line in lines)


POSITIVES = {
    "share_prompts": [
        cut(
            "wordpress_com_share_block",
            C1,
            C2,
            Cut("Condividi:"),
            Cut(
                "Fai clic per inviare un link a un amico via e-mail (Si apre in una nuova finestra)"
            ),
            Cut("Fai clic qui per condividere su LinkedIn (Si apre in una nuova finestra)"),
            Cut("Fai clic per condividere su Telegram (Si apre in una nuova finestra)"),
        ),
        cut("mi_piace_caricamento", G1, G2, Cut("Mi piace:"), Cut("Mi piace Caricamento…")),
        cut("seguici_su_two_networks", C1, Cut("Seguici su Facebook e Instagram"), C2),
        cut(
            "condividi_su_pipes",
            M1,
            Cut("Condividi su Facebook | Condividi su WhatsApp | Email"),
            M2,
        ),
        cut("condividi_questo_articolo", C1, C2, Cut("Condividi questo articolo")),
        cut("emoji_email_stampa", G1, G2, Cut("📧 Email   🖨 Stampa")),
        cut("recipe_card_buttons", G1, G2, Cut("Stampa la ricetta"), Cut("Pin Ricetta")),
        cut("share_count", S1, Cut("1.234 condivisioni"), S2),
        cut("di_per_primo", M1, M2, Cut("Di’ per primo che ti piace.")),
    ],
    "newsletter_prompts": [
        cut("iscriviti_alla_newsletter", C1, C2, Cut("Iscriviti alla newsletter")),
        cut(
            "iscriviti_prefix_sentence",
            G1,
            G2,
            Cut(
                "Iscriviti alla nostra newsletter per ricevere ogni settimana i consigli "
                "per l'orto."
            ),
        ),
        cut(
            "inserisci_email",
            S1,
            S2,
            Cut("Inserisci il tuo indirizzo email"),
            Cut("Iscriviti ora"),
        ),
        cut("scopri_di_piu_da", G1, G2, Cut("Scopri di più da Il Balcone Verde")),
        cut("wordpress_com_form", M1, M2, Cut("Digita la tua e-mail…"), Cut("Iscriviti")),
        cut("grazie", C1, C2, Cut("Grazie per esserti iscritto!")),
        cut(
            "abbonati_per_continuare",
            M1,
            M2,
            Cut("Abbonati ora per continuare a leggere e avere accesso all'archivio completo."),
        ),
        cut("emoji_iscriviti_subito", S1, Cut("📩 Iscriviti subito"), S2),
    ],
    "cookie_notices": [
        cut(
            "questo_sito_utilizza_i_cookie",
            C1,
            C2,
            Cut("Questo sito utilizza i cookie per migliorare la tua esperienza di navigazione."),
        ),
        cut(
            "iubenda_banner",
            M1,
            Cut(
                "Questo sito o gli strumenti terzi da questo utilizzati si avvalgono di cookie "
                "necessari al funzionamento ed utili alle finalità illustrate nella cookie policy."
            ),
            M2,
        ),
        cut(
            "accetta_e_impostazioni",
            G1,
            G2,
            Cut("Accetta tutti i cookie"),
            Cut("Impostazioni cookie"),
        ),
        cut("rifiuta_e_gestisci", S1, S2, Cut("Rifiuta tutto"), Cut("Gestisci le preferenze")),
        cut(
            "cookie_notice_plugin",
            C1,
            Cut(
                "Utilizziamo i cookie per essere sicuri che tu possa avere la migliore esperienza "
                "sul nostro sito. Se continui ad utilizzare questo sito noi assumiamo che tu ne "
                "sia felice."
            ),
            C2,
        ),
        cut(
            "chiudendo_questo_banner",
            M1,
            M2,
            Cut(
                "Chiudendo questo banner, scorrendo questa pagina o cliccando qualunque suo "
                "elemento acconsenti all'uso dei cookie."
            ),
        ),
        cut("panoramica_privacy", G1, G2, Cut("Panoramica privacy")),
        cut(
            "mention_with_consent",
            S1,
            S2,
            Cut("Usiamo i cookie. Navigando sul sito dai il tuo consenso al loro uso."),
        ),
        cut(
            "a_consent_plugins_category_description",
            C1,
            C2,
            Cut(
                "I cookie necessari sono assolutamente essenziali per il corretto funzionamento "
                "del sito web. Questi cookie garantiscono le funzionalità di base e le "
                "caratteristiche di sicurezza del sito."
            ),
        ),
    ],
    "advertisements": [
        cut("pubblicita", C1, Cut("Pubblicità"), C2),
        cut("shouting_pubblicita", M1, Cut("PUBBLICITÀ"), M2),
        cut("shouting_without_accent", S1, Cut("PUBBLICITA'"), S2),
        cut("dashed_pubblicita", G1, Cut("- Pubblicità -"), G2),
        cut("articolo_continua", S1, Cut("L'articolo continua sotto la pubblicità"), S2),
        cut("continua_di_seguito", C1, Cut("Pubblicità - Continua a leggere di seguito"), C2),
        cut("contenuto_sponsorizzato", M1, M2, Cut("Contenuto sponsorizzato")),
        cut("informazione_pubblicitaria", G1, G2, Cut("Informazione pubblicitaria")),
        cut("segnala_annuncio", S1, Cut("Pubblicità"), Cut("Segnala questo annuncio"), S2),
    ],
    "browser_notices": [
        cut(
            "javascript_disabled_shop",
            C1,
            Cut(
                "JavaScript sembra essere disabilitato nel tuo browser. Per una migliore "
                "esperienza sul nostro sito, assicurati di attivare JavaScript nel tuo browser."
            ),
            C2,
        ),
        cut("video_tag", M1, Cut("Il tuo browser non supporta il tag video."), M2),
        cut(
            "video_element_as_a_list_item",
            G1,
            Cut("* Il tuo browser non supporta l'elemento video."),
            G2,
        ),
        cut(
            "comments_need_javascript",
            S1,
            S2,
            Cut("Per favore abilita JavaScript per visualizzare i commenti forniti da Disqus."),
        ),
        cut(
            "store_without_cookies",
            C1,
            C2,
            Cut(
                "Il negozio non funzionerà correttamente nel caso in cui i cookie siano "
                "disabilitati."
            ),
        ),
        cut("slideshow", G1, Cut("Questa presentazione richiede JavaScript."), G2),
        cut("per_favore_abilita", M1, M2, Cut("Per favore abilita JavaScript")),
    ],
    "comment_prompts": [
        cut("lascia_un_commento", C1, C2, Cut("Lascia un commento")),
        cut("lascia_un_commento_annulla", M1, M2, Cut("Lascia un commento Annulla risposta")),
        cut("wordpress_com_glued", M1, M2, Cut("Lascia un commento Cancella risposta")),
        cut("comment_count", G1, G2, Cut("12 commenti")),
        cut(
            "email_non_pubblicato",
            S1,
            S2,
            Cut("Lascia una risposta"),
            Cut(
                "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono "
                "contrassegnati *"
            ),
        ),
        cut(
            "risposte_a_title",
            G1,
            G2,
            Cut("2 risposte a “Pomodori sul balcone: cosa piantare a maggio”"),
        ),
        cut("commenti_su_title", S1, S2, Cut("12 commenti su Una rivoluzione silenziosa")),
        cut("comments_in_brackets", C1, C2, Cut("Commenti (4)")),
        cut("invia_commento", M1, M2, Cut("Invia commento")),
        cut(
            "salva_il_mio_nome",
            S1,
            S2,
            Cut(
                "Salva il mio nome, email e sito web in questo browser per la prossima volta "
                "che commento."
            ),
        ),
        cut("commenti_chiusi", C1, C2, Cut("I commenti sono chiusi.")),
        cut(
            "akismet",
            G1,
            G2,
            Cut(
                "Questo sito utilizza Akismet per ridurre lo spam. Scopri come vengono "
                "elaborati i dati derivati dai commenti."
            ),
        ),
        cut(
            "devi_essere_connesso",
            M1,
            M2,
            Cut("Devi essere connesso per inviare un commento."),
        ),
        cut(
            "comment_form_fields",
            C1,
            C2,
            Cut("Lascia un commento"),
            Cut("Commento *"),
            Cut("Nome *"),
            Cut("Email *"),
            Cut("Sito web"),
            Cut("Invia commento"),
        ),
        cut(
            "old_theme_form_fields",
            M1,
            M2,
            Cut("Lascia una risposta"),
            Cut("Nome (obbligatorio)"),
            Cut("Mail (non verrà pubblicata) (obbligatorio)"),
            Cut("Sito web"),
        ),
    ],
    "comment_threads": [
        cut(
            "dice_and_rispondi",
            *ARTICOLO,
            *cuts(
                "Marco dice:",
                "14 luglio 2015 alle 15:53",
                "Percorro quella strada ogni mattina, quindi è un'ottima notizia.",
                "Rispondi",
                "Chiara Lodi dice:",
                "14 luglio 2015 alle 16:30",
                "E i negozi? Parcheggiare è già difficile.",
                "Rispondi",
            ),
        ),
        cut(
            "count_heading_above_the_thread_goes_as_a_prompt",
            *ARTICOLO,
            Cut("12 commenti", "comment_prompts"),
            *cuts(
                "Giulia scrive:",
                "3 marzo 2024 alle 9:12",
                "Finalmente. Ci hanno messo abbastanza.",
                "Rispondi",
                "Paolo scrive:",
                "3 marzo 2024 alle 11:40",
                "La pista sarà separata dal traffico?",
            ),
        ),
        cut(
            "user_names_as_authors",
            *ARTICOLO,
            *cuts(
                "1. marco78 dice:",
                "Grazie, è il riassunto più chiaro del voto che abbia letto.",
                "Rispondi",
                "2. lettore_ligure dice:",
                "Qualcuno sa quando si chiude la consultazione?",
                "Rispondi",
            ),
        ),
        cut(
            "blogger_reply_delete",
            *ARTICOLO,
            *cuts(
                "Anna dice:",
                "15 settembre 2008 alle 21:19",
                "Ottima notizia per chi accompagna i figli a scuola.",
                "RispondiElimina",
                "Redazione dice:",
                "16 settembre 2008 alle 8:02",
                "Grazie, Anna, seguiremo i lavori.",
                "RispondiElimina",
            ),
        ),
    ],
    "promo_lines": [
        cut(
            "da_non_perdere_emoji",
            C1,
            C2,
            Cut("✨ Da non perdere: La notte in cui si spensero le luci del corso"),
            C3,
        ),
        cut(
            "leggi_anche_colon",
            M1,
            Cut("Leggi anche: Il museo riapre dopo diciotto mesi di restauro"),
            M2,
        ),
        cut(
            "leggi_anche_shouting",
            S1,
            Cut("LEGGI ANCHE: Dentro la battaglia per salvare l'ultima piscina comunale"),
            S2,
        ),
        cut(
            "potrebbe_interessarti",
            G1,
            G2,
            Cut("Potrebbe interessarti: Come la siccità sta cambiando le campagne del Sud"),
            G3,
        ),
        cut(
            "vedi_anche_guillemet",
            C1,
            Cut("Vedi anche » La lunga strada verso il nuovo stadio"),
            C2,
        ),
        cut(
            "ti_potrebbe_interessare_pipe",
            M1,
            M2,
            Cut("Ti potrebbe interessare | Cinque gite in giornata da Milano"),
            M3,
        ),
        cut(
            "per_approfondire_link",
            S1,
            Cut("Per approfondire: https://esempio.it/notizie/bilancio-spiegato"),
            S2,
        ),
        cut(
            "leggi_anche_dash_headline_with_colon",
            G1,
            Cut("Leggi anche - Caldo record: come proteggere cani e gatti"),
            G2,
        ),
        cut(
            "articolo_correlato",
            C1,
            Cut("Articolo correlato: Perché i ragazzi hanno bisogno di dormire di più"),
            C2,
        ),
        cut(
            "guarda_il_video",
            M1,
            Cut("Guarda il video: Il sindaco presenta il nuovo lungomare"),
            M2,
        ),
    ],
    "related_posts": [
        cut(
            "block_at_end",
            C1,
            C2,
            C3,
            Cut("Articoli correlati"),
            Cut("I commercianti di via del Porto lanciano una petizione"),
            Cut("Cosa significa il nuovo bilancio per gli autobus"),
            Cut("Elezioni comunali: chi si candida e dove"),
        ),
        cut(
            "block_mid_page_with_excerpts",
            G1,
            G2,
            Cut("Potrebbe interessarti anche"),
            Cut("Come coltivare il peperoncino in casa"),
            Cut(
                "Il peperoncino ama il caldo, e un davanzale soleggiato può dargliene in "
                "abbondanza…"
            ),
            Cut("Il terriccio migliore per i vasi"),
            Cut("Non tutti i terricci sono uguali, e i sacchi più economici spesso…"),
            G3,
            G4,
        ),
        cut(
            "altri_articoli_di_author",
            M1,
            M2,
            M3,
            Cut("Altri articoli di Giulia Ferri"),
            Cut("Dieci gallerie che valgono il viaggio quest'estate"),
            Cut("La battaglia per salvare un bagno pubblico dell'Ottocento"),
        ),
        cut(
            "i_piu_letti_with_leggi_tutto",
            S1,
            S2,
            Cut("I più letti"),
            Cut("Le scuole si preparano ai tagli dopo il voto sul bilancio"),
            Cut("Il paese che ha vietato i telefoni in classe"),
            Cut("Leggi tutto"),
        ),
        cut(
            "titles_printed_twice",
            C1,
            C2,
            Cut("Leggi anche"),
            Cut("I commercianti di via del Porto lanciano una petizione"),
            Cut("I commercianti di via del Porto lanciano una petizione"),
            Cut("Cosa significa il nuovo bilancio per gli autobus"),
            Cut("Cosa significa il nuovo bilancio per gli autobus"),
            C3,
        ),
        cut("lone_heading_at_end", M1, M2, M3, Cut("Articoli correlati")),
        cut(
            "heading_with_emoji_and_colon",
            S1,
            S2,
            Cut("📚 Potrebbe interessarti:"),
            Cut("Quanto sonno serve davvero agli adolescenti"),
            Cut("Pisolini, caffè e il calo del pomeriggio"),
        ),
        cut(
            "last_title_before_prose_is_kept",
            G1,
            G2,
            Cut("Ti potrebbe interessare"),
            Cut("Come coltivare il peperoncino in casa"),
            Cut("Il terriccio migliore per i vasi"),
            "Come nutrire le piante",
            G4,
        ),
    ],
    "see_more_teasers": [
        cut(
            "title_leggi_tutto",
            C1,
            C2,
            Cut("Il Comune rinvia il voto sul piano dei trasporti…Leggi tutto"),
            C3,
        ),
        cut(
            "excerpt_continua_a_leggere_guillemet",
            M1,
            M2,
            Cut(
                "La nuova ala ospiterà la collezione tessile del museo quando aprirà… "
                "Continua a leggere »"
            ),
        ),
        cut("lone_leggi_tutto", S1, S2, Cut("Leggi tutto"), S3),
        cut("continua_a_leggere_arrow", G1, G2, Cut("Continua a leggere →")),
        cut(
            "truncated_before_link",
            C1,
            C2,
            Cut("Il sindaco ha detto che il bilancio sarà in pareggio tagliando…"),
            Cut("Leggi di più"),
        ),
        cut(
            "run_of_two_teasers",
            S1,
            S2,
            Cut("Le scuole si preparano a un'estate senza bagnini"),
            Cut(
                "Le piscine della provincia potrebbero restare chiuse quest'estate perché il "
                "Comune non riesce…"
            ),
            Cut("Torna il mercato contadino in via degli Olmi"),
            Cut("Dopo due anni di assenza, il mercato del sabato torna con più bancarelle e…"),
            S3,
        ),
        cut(
            "bracket_ellipsis_continua_a_leggere",
            M1,
            M2,
            Cut("La rassegna torna sul lungofiume a giugno con […] Continua a leggere"),
        ),
        cut("scopri_di_piu_guillemet", G1, G2, Cut("Scopri di più »")),
        cut("mostra_altro", S1, Cut("Mostra altro ›"), S2),
        cut(
            "glued_altro",
            C1,
            C2,
            Cut("Al mercato tornano i produttori della valle…Altro"),
        ),
    ],
    "footer_links": [
        cut(
            "links_and_copyright_after_the_article",
            *TESTATA,
            *ARTICOLO,
            *cuts(*LINK, FIRMA),
        ),
        cut(
            "bulleted_links_and_an_advertising_link",
            *TESTATA,
            *ARTICOLO,
            *cuts("* Chi siamo", "* Redazione"),
            Cut("* Pubblicità", "advertisements"),
            *cuts("* Note legali", FIRMA),
        ),
        cut(
            "a_cookie_policy_link_removed_by_another_rule_still_counts",
            *TESTATA,
            *ARTICOLO,
            *cuts("Contatti", "Redazione", "Privacy"),
            Cut("Cookie policy", "cookie_notices"),
            *cuts("P. IVA 01234567890", FIRMA),
        ),
        cut(
            "a_closing_sentence_of_the_article_stays_above",
            *TESTATA,
            *ARTICOLO,
            "Ha collaborato Sara Riva.",
            *cuts("Gerenza", "Domande frequenti", "Note legali", FIRMA),
        ),
    ],
    "reading_times": [
        cut("min_di_lettura_under_a_byline", "Di Giulia Ferri", Cut("4 min di lettura"), C1, C2),
        cut("shouting_with_a_dot", M1, Cut("3 MIN. DI LETTURA"), M2),
        cut("bulleted", G1, Cut("- 6 min di lettura"), G2),
        cut("tempo_di_lettura_label", Cut("Tempo di lettura: 4 minuti"), M1, M2),
        cut("tempo_stimato", Cut("Tempo di lettura stimato: 7 minuti"), G1, G2),
        cut("without_a_colon", S1, S2, Cut("Tempo di lettura 3 min")),
        cut("minutes_as_a_prime", C1, C2, Cut("Tempo di lettura: 5'")),
    ],
    "site_controls": [
        cut("toggle_navigation", Cut("Attiva/disattiva navigazione"), C1, C2),
        cut("apri_menu", M1, M2, Cut("Apri menu")),
        cut("copia_link", C1, Cut("Copia link"), C2),
        cut("forum_quote_expander", M1, Cut("Clicca per espandere..."), M2),
        cut(
            "shop_buttons",
            S1,
            Cut("Aggiungi al carrello"),
            Cut("Aggiungi alla lista dei desideri"),
            S2,
        ),
        cut("scrivi_una_recensione", C1, C2, Cut("Scrivi una recensione")),
        cut("a_control_as_a_list_item", G1, G2, Cut("* Vedi dettagli")),
    ],
    "title": [
        cut("plain_headline", Cut(LIBRERIA), *LIBRERIA_TESTO),
        cut("printed_twice", Cut(LIBRERIA), Cut(LIBRERIA), *LIBRERIA_TESTO),
        cut(
            "site_name_variant_first",
            Cut(f"{LIBRERIA} | Il Gazzettino del Porto"),
            Cut(LIBRERIA),
            *LIBRERIA_TESTO,
        ),
        cut(
            "site_name_variant_second",
            Cut(LIBRERIA),
            Cut(f"{LIBRERIA} - Corriere della Valle"),
            "",
            *LIBRERIA_TESTO,
        ),
        cut(
            "a_lower_case_byline_under_the_headline",
            Cut("Il Comune approva il bilancio dopo sei ore di dibattito"),
            "di Giulia Ferri",
            C1,
            C2,
        ),
        cut(
            "headline_opening_with_the_surname_di",
            Cut("Di Maio lascia la guida del partito"),
            C1,
            C2,
        ),
        cut(
            "headline_with_colon",
            Cut("Orto sul balcone: cosa piantare a maggio"),
            G1,
            G2,
            G3,
        ),
        cut(
            "ellipsis_headline",
            Cut("Il preside lo chiamò in ufficio perché…"),
            S1,
            S2,
        ),
        cut("a_markdown_heading", Cut(f"# {LIBRERIA}"), "", *LIBRERIA_TESTO),
        cut(
            "indented_after_blank_lines",
            "",
            "",
            Cut("   Via libera alle piste ciclabili di via del Porto   "),
            "",
            C1,
            C2,
            C3,
        ),
    ],
}

HARD_NEGATIVES = {
    "share_prompts": [
        keep(
            "condividi_le_tue_idee",
            "Condividi le tue idee con la famiglia prima del voto.",
            "I seggi aprono alle 7 e chiudono alle 23.",
        ),
        keep(
            "interview_answer_two_networks",
            "D. Dove la trovano i nuovi clienti?",
            "Instagram e Facebook.",
            "D. Non il sito?",
            "Quasi mai, e mi sorprende ancora.",
        ),
        keep(
            "mi_piace_as_an_answer",
            "D. Le piace vivere a Venezia?",
            "Mi piace.",
            "D. Anche d'inverno?",
            "Soprattutto d'inverno, quando i turisti se ne vanno.",
        ),
        keep(
            "seguici_said_the_officer",
            "Seguici, ci disse il poliziotto, e non fare domande.",
            "Lo seguimmo fino alla caserma senza dire una parola.",
        ),
        keep(
            "stampa_the_press",
            "Stampa e televisione hanno ignorato la notizia per giorni.",
            "Solo una radio locale ne ha parlato.",
        ),
        keep(
            "lone_stampa_list_item",
            "Il libro uscirà in tre formati:",
            "- Stampa",
            "- Ebook",
            "- Audiolibro letto dall'autrice",
        ),
        keep(
            "condivisioni_in_a_sentence",
            "Condivisioni e like non sono la stessa cosa, spiega la ricercatrice.",
            "Le prime dicono molto di più su come circola una notizia.",
        ),
    ],
    "newsletter_prompts": [
        keep(
            "mayor_urged_iscriversi",
            "Il sindaco ha invitato i cittadini a iscriversi alla newsletter del Comune.",
            "È l'unico canale in cui le chiusure delle strade sono annunciate in anticipo.",
        ),
        keep(
            "abbonati_as_season_ticket_holders",
            "Abbonati e non abbonati pagheranno lo stesso prezzo per la partita di domenica.",
            "La società ha annunciato i prezzi lunedì.",
        ),
        keep(
            "iscriviti_all_universita",
            "Iscriviti all'università entro il 31 luglio, ricorda la segreteria.",
            "Dopo quella data si paga una mora di cinquanta euro.",
        ),
        keep(
            "resta_aggiornato_heading_in_a_guide",
            "Prepararsi in anticipo è la miglior difesa contro un'alluvione.",
            "Fai un piano",
            "Decidi dove si ritroverà la famiglia se restate separati.",
            "Resta aggiornato",
            "Tieni a portata di mano una radio a pile e ascolta gli avvisi di evacuazione.",
        ),
        keep(
            "iscritta_a_un_corso",
            "Si è iscritta a un corso di ceramica dopo la pensione.",
            "Dieci anni dopo, le sue ciotole vanno a ruba al mercato del sabato.",
        ),
        keep(
            "newsletters_history",
            "Le newsletter sono state a lungo il cuore della politica locale.",
            "Oggi quasi tutte si sono trasferite online o hanno chiuso.",
        ),
        keep(
            "email_address_required_item",
            "Per chiedere il contributo servono i seguenti documenti:",
            "- Certificato di residenza",
            "- Indirizzo email",
            "- Documento d'identità",
        ),
    ],
    "cookie_notices": [
        keep(
            "pasticceria_qui_accanto",
            "Utilizziamo i cookie della pasticceria qui accanto per la base della torta.",
            "Vanno bene anche dei biscotti secchi al burro.",
        ),
        keep(
            "regulator_on_banners",
            "Il Garante della privacy ha detto che i banner dei cookie devono rendere «Rifiuta "
            "tutto» facile quanto «Accetta tutto».",
            "Chi non si adegua rischia multe fino al 4% del fatturato.",
        ),
        keep(
            "third_party_cookies_news",
            "Google ha rinviato ancora l'addio ai cookie di terze parti in Chrome.",
            "Gli inserzionisti avevano avvertito che il cambiamento avrebbe danneggiato i "
            "piccoli editori.",
        ),
        keep(
            "a_guide_that_explains_the_kinds_of_cookies",
            "I siti dividono i loro cookie in poche categorie prima di chiedere il consenso.",
            "I cookie necessari ti tengono connesso e ricordano cosa c'è nel carrello.",
            "I cookie analitici contano le visite, quelli pubblicitari ti seguono da un sito "
            "all'altro.",
        ),
        keep(
            "quoted_company_statement",
            "«Rispettiamo la tua privacy e non abbiamo mai venduto i dati dei clienti», ha "
            "detto l'azienda.",
            "Il Garante le ha chiesto di consegnare i registri entro venerdì.",
        ),
        keep(
            "proseguendo_la_navigazione_at_sea",
            "Proseguendo la navigazione verso sud, il comandante decise di evitare lo stretto.",
            "La nave arrivò a Palermo con due giorni di ritardo.",
        ),
        keep(
            "continuando_a_navigare_with_an_old_browser",
            "Continuando a navigare con un browser non aggiornato si rischiano attacchi "
            "informatici.",
            "Gli esperti consigliano di attivare gli aggiornamenti automatici.",
        ),
    ],
    "advertisements": [
        keep(
            "advertising_revenue",
            "L'azienda ha detto che i ricavi pubblicitari sono calati del 4% nel trimestre.",
            "Gli abbonamenti sono cresciuti per il nono trimestre di fila.",
        ),
        keep(
            "sponsorizzato_dalla_pro_loco",
            "Sponsorizzato dalla Pro Loco, il torneo ha raccolto 12.000 euro per la mensa dei "
            "poveri.",
            "Più di seicento persone hanno partecipato nonostante la pioggia.",
        ),
        keep(
            "la_pubblicita_e_l_anima_del_commercio",
            "La pubblicità è l'anima del commercio, ripeteva sempre mio nonno.",
            "Nel suo negozio, però, non c'era nemmeno un'insegna.",
        ),
        keep(
            "annuncio_heading_of_a_notice",
            "Il parroco ha letto un breve testo alla fine della messa.",
            "Annuncio",
            "Da lunedì la chiesa resterà chiusa per i lavori al tetto.",
        ),
        keep(
            "contenuti_sponsorizzati_study",
            "Contenuti sponsorizzati e giornalismo si confondono sempre di più, dice lo studio.",
            "Gli autori hanno esaminato quattrocento quotidiani locali.",
        ),
    ],
    "browser_notices": [
        keep(
            "a_feature_the_browser_lacks",
            "Il tuo browser non supporta ancora WebGPU, quindi la demo ripiega su WebGL.",
            "Funziona circa quattro volte più lentamente, ma ogni fotogramma viene disegnato.",
        ),
        keep(
            "javascript_off_by_default",
            "JavaScript è disabilitato per impostazione predefinita in alcuni browser attenti "
            "alla privacy, come Tor in modalità più sicura.",
            "I siti che ne dipendono mostrano allora una pagina bianca.",
        ),
        keep(
            "a_site_that_needs_it",
            "Questo sito richiede JavaScript per le sue mappe interattive, ha spiegato il Comune.",
            "I telefoni più vecchi non riescono ad aprirle.",
        ),
        keep(
            "a_store_without_power",
            "Il negozio non funzionerà correttamente finché non tornerà la corrente, ha ammesso "
            "il titolare.",
            "Casse e frigoriferi sono sulla stessa linea.",
        ),
        keep(
            "how_to_turn_it_on",
            "Per favore abilita JavaScript in Chrome: apri Impostazioni, poi Privacy e sicurezza.",
            "Poi scegli Impostazioni sito e consenti ai siti di usare JavaScript.",
        ),
    ],
    "comment_prompts": [
        keep(
            "counts_of_comments_in_a_list_of_drafts",
            "La norma è passata per due bozze prima che il consiglio la adottasse a marzo.",
            "- 12 commenti sulla prima bozza",
            "- 30 commenti sulla seconda",
            "La maggior parte chiedeva un periodo di transizione più lungo.",
        ),
        keep(
            "a_count_in_a_list_the_text_introduces",
            "Alla scadenza, l'agenzia aveva ricevuto:",
            "* 1.200 commenti",
            "* 40 petizioni",
            "* 3 ricorsi",
            "Non ha detto quando pubblicherà le risposte.",
        ),
        keep(
            "lascia_un_commento_at_the_meeting",
            "Lascia un commento sul progetto all'assemblea di venerdì, ha detto il consiglio.",
            "Le osservazioni scritte si accettano fino alla fine del mese.",
        ),
        keep(
            "nessun_commento_from_a_spokesman",
            "D. Cosa pensa della sentenza?",
            "Nessun commento.",
            "D. Neanche una parola?",
            "Ne parleranno i miei avvocati.",
        ),
        keep(
            "i_commenti_sulla_proposta",
            "I commenti sulla proposta si chiudono il 30 giugno.",
            "Una decisione finale è attesa in autunno.",
        ),
        keep(
            "risposte_a_heading_without_a_count",
            "Il tutorial si chiude con una sezione di domande frequenti.",
            "Risposte a “come cambiare la direzione dell'ombra”",
            "La posizione dell'ombra non dipende dalle coordinate della forma.",
        ),
        keep(
            "data_collected_list",
            "Il modulo di iscrizione del Comune raccoglie solo tre dati:",
            "- Nome",
            "- Email",
            "- Sito web",
            "I dati vengono cancellati dopo 30 giorni, secondo l'informativa.",
        ),
    ],
    "comment_threads": [
        keep(
            "forum_thread_is_the_text",
            "paolo_b dice:",
            "3 marzo 2024 alle 9:12",
            G1,
            "Rispondi",
            "Chiara dice:",
            "3 marzo 2024 alle 11:40",
            G2,
            "Rispondi",
            G3,
            G4,
        ),
        keep(
            "live_blog_time_stamps_are_one_kind",
            *ARTICOLO,
            "5 giugno 2024 12:30",
            G1,
            "5 giugno 2024 12:45",
            G2,
            "5 giugno 2024 13:10",
            G3,
            "5 giugno 2024 13:25",
            G4,
        ),
        keep(
            "press_review_headings_are_one_kind",
            *ARTICOLO,
            "La Gazzetta dice",
            G1,
            "Il Messaggero dice",
            G2,
            "Il Corriere scrive",
            G3,
            "Radio Porto dice",
            G4,
        ),
        keep(
            "too_few_markers",
            *ARTICOLO,
            "Marco dice:",
            "14 luglio 2015 alle 15:53",
            "Rispondi",
            G1,
        ),
        keep(
            "quoted_speakers_in_prose",
            *ARTICOLO,
            "Il sindaco dice che le piste saranno finite entro la fine dell'anno.",
            "Il suo vice dice il contrario, e il 14 luglio 2015 alle 15:53 ha scritto ai giornali.",
            "Si può rispondere alla consultazione fino a venerdì.",
            "Rispondi entro i termini, raccomanda l'ufficio.",
        ),
    ],
    "promo_lines": [
        keep(
            "leggi_anche_lower_case",
            "Gli ispettori hanno trovato problemi in quattro dei sei cantieri visitati.",
            "Leggi anche: il rapporto è disponibile online.",
        ),
        keep(
            "leggi_anche_no_separator",
            "Leggi anche il rapporto della Corte dei conti, uscito a maggio.",
            "I giudici contabili chiedono più controlli sugli appalti.",
        ),
        keep(
            "travel_tip_list",
            "Due giorni bastano per vedere bene il centro storico.",
            "- Da non perdere: la vista dal campanile al tramonto",
            "- Da evitare: il giro in barca troppo caro",
            "- Da mangiare: le sarde alla griglia al porto",
        ),
        keep(
            "vedi_anche_appendix",
            "Vedi anche la tabella in appendice, che elenca tutte le scuole del distretto.",
            "I dati del 2023 sono provvisori.",
        ),
        keep(
            "correlato_sentence",
            "Un uomo è stato accusato di incendio doloso lunedì.",
            "Correlato: un secondo sospettato è stato arrestato martedì, ha detto la polizia.",
        ),
        keep(
            "system_requirements",
            "Il gioco gira su un hardware sorprendentemente modesto.",
            "Minimo: 4 GB di RAM, scheda grafica integrata",
            "Consigliato: 8 GB di RAM, disco SSD",
            "Con un disco tradizionale i caricamenti erano lentissimi.",
        ),
        keep(
            "da_non_perdere_no_separator",
            "La festa finisce domenica sera.",
            "Da non perdere i fuochi d'artificio sul porto alle 21.",
        ),
    ],
    "related_posts": [
        keep(
            "articoli_correlati_sentence",
            "Articoli correlati alla riforma sono usciti su tre quotidiani nazionali.",
            "Nessuno di essi cita il parere della Corte.",
        ),
        keep(
            "i_piu_letti_ranking_of_books",
            "L'associazione dei librai ha pubblicato mercoledì la classifica annuale.",
            "I più letti",
            "- Il nome della rosa",
            "- Il Gattopardo",
            "- La coscienza di Zeno",
            "Il romanzo di Eco è in testa per il terzo anno di fila.",
        ),
        keep(
            "dello_stesso_autore_in_a_review",
            "Il nuovo romanzo conferma il talento dell'autrice per i dialoghi.",
            "Dello stesso autore",
            "- La casa sul lago",
            "- Le sorelle del porto",
            "Entrambi sono stati tradotti in dodici lingue.",
        ),
        keep(
            "potrebbe_interessarti_sentence",
            "Potrebbe interessarti anche il caffè del museo, che serve un'ottima torta al limone.",
            "Chiude un'ora prima delle sale.",
        ),
        keep(
            "da_non_perdere_sights_list",
            "Matera premia chi la visita con calma.",
            "Da non perdere",
            "- I Sassi all'alba",
            "- La chiesa rupestre di Santa Lucia",
            "- Il belvedere di Murgia Timone",
            "Il centro si gira a piedi in un giorno.",
        ),
        keep(
            "ultime_notizie_sentence",
            "Ultime notizie dal fronte sono arrivate nella capitale solo venerdì.",
            "Le autorità non hanno dato cifre sulle vittime.",
        ),
    ],
    "see_more_teasers": [
        keep(
            "e_poi_ha_detto",
            "Mio nonno parlava raramente della guerra.",
            "E poi ha detto…",
            "Si è fermato, e non ha mai finito la frase.",
        ),
        keep(
            "single_ellipsis_line",
            "Abbiamo aspettato i risultati fino a notte fonda.",
            "Continuavo a pensare a come sarebbe potuta andare...",
            "Alle tre il telefono finalmente squillò.",
        ),
        keep(
            "continua_a_leggere_the_report",
            "Continua a leggere il rapporto, e il problema diventa evidente.",
            "I dati del 2021 non sono mai stati verificati.",
        ),
        keep(
            "list_ending_e_altro",
            "La fiera ha musica dal vivo, cibo di strada, artigianato… e altro.",
            "L'ingresso è gratuito per i bambini sotto i 12 anni.",
        ),
        keep(
            "leggi_di_piu_said_the_teacher",
            "Leggi di più, disse la maestra ai bambini.",
            "Poi distribuì duecento tessere della biblioteca.",
        ),
        keep(
            "altro_as_an_answer_option",
            "Le risposte possibili al questionario erano tre:",
            "- Auto",
            "- Bicicletta",
            "- Altro",
            "Quasi la metà degli intervistati ha scelto la bicicletta.",
        ),
    ],
    "footer_links": [
        keep(
            "a_tutorial_showing_a_footer_and_its_copyright_line",
            *COMUNE,
            "Le pagine essenziali",
            "* Home",
            "* Chi siamo",
            "* Contatti",
            "* Privacy policy",
            "* Termini e condizioni",
            "E nel piè di pagina una riga come",
            "© 2025 Il nome della tua attività",
        ),
        keep(
            "the_pages_in_a_list_the_text_introduces",
            *TESTATA,
            *COMUNE,
            "Il piè di pagina di un piccolo sito aziendale potrebbe essere questo:",
            "Chi siamo",
            "Contatti",
            "Privacy policy",
            "Termini e condizioni",
            "© 2025 La tua azienda",
        ),
        keep(
            "a_photo_credit_is_no_site_notice",
            *TESTATA,
            *ARTICOLO,
            "Chi siamo",
            "Contatti",
            "Privacy",
            "Fotografia: Anna Rossi © Teatro alla Scala",
        ),
    ],
    "reading_times": [
        keep(
            "a_read_in_a_sentence",
            "Il rapporto si legge in 5 minuti, e vale ogni minuto.",
            "È stato pubblicato martedì dall'ufficio trasporti.",
        ),
        keep(
            "an_evening_routine",
            "La routine serale consigliata dalla pediatra è semplice:",
            "- 10 minuti di bagnetto",
            "- 20 minuti di lettura",
            "- Luci spente alle 21",
        ),
        keep(
            "a_school_timetable",
            "Il pomeriggio dei bambini del doposcuola è organizzato così:",
            "Compiti: 40 minuti",
            "Lettura: 20 minuti",
            "Gioco libero: un'ora",
        ),
        keep(
            "a_recipe_step",
            "Impastate per 10 minuti.",
            "Lasciate riposare 30 min.",
            "Cuocete per 25 minuti e controllate la temperatura alla fine.",
        ),
        keep(
            "a_quoted_stamp",
            "L'app mostra «4 min di lettura» sopra ogni articolo, e ai lettori piace.",
            "L'uso è aumentato dopo l'aggiunta.",
        ),
        keep(
            "minutes_of_reading_in_a_study",
            "Gli alunni leggevano per 20 minuti al giorno.",
            "Venti minuti di lettura al giorno hanno alzato i punteggi di un decimo.",
        ),
    ],
    "site_controls": [
        keep(
            "aggiungi_al_carrello_in_a_sentence",
            "Aggiungi al carrello solo ciò che ti serve per la settimana, consiglia la guida al "
            "risparmio.",
            "Gli acquisti d'impulso pesano più di quanto si pensi.",
        ),
        keep(
            "controls_the_article_names",
            "Lo studio di usabilità ha confrontato due etichette per lo stesso pulsante:",
            "Aggiungi al carrello",
            "Aggiungi alla borsa",
            "Gli utenti hanno cliccato l'otto per cento in più sulla seconda.",
        ),
        keep(
            "copia_link_as_an_instruction",
            "Copia link e indirizzi con cura: basta un carattere sbagliato per romperli.",
            "Poi incollali nella barra degli indirizzi per controllarli.",
        ),
        keep(
            "scrivi_una_recensione_as_advice",
            "Scrivi una recensione solo dopo la seconda visita, consiglia il critico.",
            "Le prime impressioni premiano le novità e puniscono chi è di corsa.",
        ),
    ],
    "title": [
        keep("first_line_is_a_sentence", C1, C2, C3),
        keep("a_byline_first", "Di Giulia Ferri", C1, C2, C3),
        keep("a_curated_by_byline_first", "A cura di Marco Bianchi", M1, M2, M3),
        keep("a_date_stamp_first", "Pubblicato il 3 marzo 2024", S1, S2, S3),
        keep("an_update_stamp_first", "Aggiornato alle 10:30 del 3 marzo 2024", G1, G2, G3),
        keep("rhetorical_question", "Perché i gatti fanno le fusa?", S1, S2, S3),
        keep(
            "too_little_body",
            "Riapre il municipio",
            "Le porte aprono sabato alle nove.",
        ),
        keep("first_line_is_a_bullet", "- Preriscaldate il forno a 200 gradi", G1, G2, G3),
        keep(
            "first_line_is_a_lead_in",
            "Ecco cosa ha deciso martedì il consiglio:",
            "- Una nuova pista ciclabile in via del Porto",
            "- Il blocco delle tariffe dei parcheggi",
            C3,
            C4,
        ),
        keep(
            "dateline_sentence",
            "ROMA - La Banca d'Italia ha rivisto al rialzo le stime di crescita per quest'anno.",
            "Gli economisti si aspettavano la revisione dopo tre mesi di dati positivi.",
        ),
    ],
}
