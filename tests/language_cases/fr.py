"""French cases for the phrase rules: the clutter French pages print
(WordPress, Jetpack, Blogger, Didomi and CookieYes banners, news sites),
and French article prose that only looks like it. tests/test_languages.py
runs them; tests/filter_helpers.py says how they are written.
"""

from __future__ import annotations

from tests.filter_helpers import Cut, cut, keep

CONSEIL = (
    "Le conseil municipal a voté mardi, par 27 voix contre 6, la prolongation de la piste "
    "cyclable le long du quai de la Loire.",
    "Les partisans du projet estiment que le nouvel aménagement rendra le trajet plus sûr "
    "pour les enfants qui vont à l'école à vélo.",
    "Les commerçants du quai craignent de perdre plusieurs dizaines de places de "
    "stationnement devant leurs boutiques.",
    "Les travaux doivent commencer en septembre et durer environ quatre mois, selon les "
    "services techniques de la ville.",
)
JARDIN = (
    "Les tomates ont besoin d'au moins six heures de soleil direct par jour pour bien mûrir.",
    "Sur un petit balcon, un seul pied dans un pot de vingt litres peut donner plusieurs "
    "kilos de fruits.",
    "Arrosez abondamment deux fois par semaine plutôt qu'un peu chaque jour, pour que les "
    "racines descendent.",
    "Supprimez les gourmands au fur et à mesure et nourrissez la plante dès que les "
    "premiers fruits apparaissent.",
)
MUSEE = (
    "Le musée a rouvert samedi après dix-huit mois de travaux qui ont coûté 14 millions d'euros.",
    "Les visiteurs ont fait la queue tout autour du bâtiment pour découvrir le plafond "
    "restauré de la grande galerie.",
    "L'entrée reste gratuite, mais les nouvelles expositions temporaires sont payantes.",
    "La directrice espère doubler le nombre de visites scolaires d'ici deux ans.",
)
SOMMEIL = (
    "Des chercheurs ont suivi 2400 adolescents pendant cinq ans pour mesurer l'effet du "
    "sommeil sur leurs résultats scolaires.",
    "Ceux qui dormaient moins de sept heures par nuit obtenaient en moyenne de moins bonnes "
    "notes en mathématiques.",
    "Les auteurs rappellent que l'étude montre un lien, pas une relation de cause à effet.",
    "Ils veulent maintenant vérifier si des cours commençant plus tard font une différence "
    "mesurable.",
)

C1, C2, C3, C4 = CONSEIL
J1, J2, J3, J4 = JARDIN
M1, M2, M3, M4 = MUSEE
S1, S2, S3, S4 = SOMMEIL

# About 150 words of article prose: enough to count as an article before a thread.
ARTICLE = (*CONSEIL, *MUSEE)
# A site's header: menu-like lines above the main text.
HEADER = ("* Accueil", "* Actualités", "* Sports", "* Météo")
SIGN = "© 2025 Le Courrier de la Loire. Tous droits réservés."
# Footer labels of one or two words: a longer one in sentence case ("Qui
# sommes-nous", "Plan du site", "Politique de confidentialité") is not
# menu-like to decruft, and breaks the run of links.
LINKS = ("À propos", "Recrutement", "Contact", "Mentions légales", "Données personnelles")

LIBRAIRIE = "Comment une petite ville a sauvé sa dernière librairie"
LIBRAIRIE_BODY = (
    "Quand la propriétaire de la librairie Au fil des pages a annoncé son départ à la "
    "retraite, le commerce semblait condamné.",
    "En un mois, 340 habitants ont acheté des parts, et la boutique a rouvert sous forme de "
    "coopérative.",
)


def cuts(*lines: str, rule: str | None = None) -> tuple[Cut, ...]:
    """The lines as ``Cut`` lines, removed by ``rule`` (default: the rule under test)."""
    return tuple(Cut(line, rule) for line in lines)


POSITIVES = {
    "share_prompts": [
        cut(
            "jetpack_share_block",
            J1,
            J2,
            Cut("Partager :"),
            Cut("Cliquez pour partager sur Facebook(ouvre dans une nouvelle fenêtre)"),
            Cut("Cliquez pour partager sur X(ouvre dans une nouvelle fenêtre)"),
            Cut(
                "Cliquez pour envoyer un lien par e-mail à un ami(ouvre dans une nouvelle fenêtre)"
            ),
            Cut("Cliquer pour imprimer(ouvre dans une nouvelle fenêtre)"),
        ),
        cut("jetpack_like_loading", J1, J2, Cut("J’aime ça :"), Cut("J’aime chargement…")),
        cut("network_names_and_print", M1, M2, Cut("Facebook WhatsApp Imprimer")),
        cut("follow_us_on_two_networks", C1, Cut("Suivez-nous sur Facebook et Instagram"), C2),
        cut("share_this_article", S1, S2, Cut("Partager cet article")),
        cut("recipe_card_buttons", J1, J2, Cut("Imprimer la recette"), Cut("Épingler la recette")),
        cut("share_count", C1, Cut("24 partages"), C2),
        cut("share_on_pipes", M1, Cut("Partager sur Facebook | Partager sur X | E-mail"), M2),
    ],
    "newsletter_prompts": [
        cut(
            "subscribe_prefix_sentence",
            J1,
            J2,
            Cut(
                "Abonnez-vous à notre newsletter pour recevoir nos meilleures recettes chaque "
                "vendredi."
            ),
        ),
        cut("sign_up_to_the_newsletter", C1, Cut("Inscrivez-vous à la newsletter"), C2),
        cut("email_field_and_button", S1, S2, Cut("Votre adresse e-mail"), Cut("Je m'abonne")),
        cut("paywall_label", M1, Cut("Article réservé à nos abonnés"), M2),
        cut("thanks_for_signing_up", C1, C2, Cut("Merci pour votre inscription !")),
        cut("emoji_subscribe", S1, Cut("📩 Abonnez-vous"), S2),
        cut(
            "not_to_miss_anything",
            J1,
            J2,
            Cut("Pour ne rien manquer, abonnez-vous à notre lettre d'information hebdomadaire."),
        ),
    ],
    "cookie_notices": [
        cut(
            "we_use_cookies_to_improve",
            C1,
            C2,
            Cut("Nous utilisons des cookies pour améliorer votre expérience sur notre site."),
        ),
        cut(
            "this_site_uses_cookies",
            M1,
            Cut(
                "Ce site utilise des cookies pour vous garantir la meilleure expérience de "
                "navigation. En savoir plus"
            ),
            M2,
        ),
        cut(
            "didomi_buttons",
            J1,
            J2,
            Cut("Tout accepter"),
            Cut("Tout refuser"),
            Cut("Paramétrer les cookies"),
        ),
        cut("continue_without_accepting", S1, S2, Cut("Continuer sans accepter →")),
        cut(
            "by_continuing_to_browse",
            C1,
            C2,
            Cut(
                "En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de "
                "cookies."
            ),
        ),
        cut(
            "a_consent_plugins_category_description",
            M1,
            M2,
            Cut(
                "Les cookies nécessaires sont absolument essentiels au bon fonctionnement du site "
                "Web. Ces cookies assurent les fonctionnalités de base et de sécurité du site "
                "Web, de manière anonyme."
            ),
        ),
        cut("we_respect_your_privacy", S1, S2, Cut("Nous respectons votre vie privée")),
        cut(
            "mention_with_consent",
            J1,
            J2,
            Cut("Nous utilisons des cookies. En naviguant, vous consentez à leur utilisation."),
        ),
    ],
    "advertisements": [
        cut("publicite", C1, Cut("Publicité"), C2),
        cut("shouting_publicite", M1, Cut("PUBLICITÉ"), M2),
        cut("dashed_publicite", J1, Cut("- Publicité -"), J2),
        cut("the_rest_after_the_ad", S1, Cut("La suite après la publicité"), S2),
        cut("sponsored_content", M1, M2, Cut("Contenus sponsorisés")),
        cut("advertorial", C1, Cut("Publireportage"), C2),
    ],
    "browser_notices": [
        cut("video_tag", M1, Cut("Votre navigateur ne prend pas en charge la balise vidéo."), M2),
        cut(
            "scripts_off_notice",
            C1,
            Cut(
                "JavaScript est désactivé dans votre navigateur. Veuillez l'activer pour "
                "profiter de toutes les fonctionnalités du site."
            ),
            C2,
        ),
        cut(
            "comments_need_javascript",
            S1,
            S2,
            Cut("Veuillez activer JavaScript pour voir les commentaires propulsés par Disqus."),
        ),
        cut("please_enable_javascript", J1, J2, Cut("Veuillez activer JavaScript")),
        cut(
            "audio_element",
            M1,
            Cut("Votre navigateur ne supporte pas l'élément audio."),
            M2,
        ),
    ],
    "comment_prompts": [
        cut("leave_a_comment", C1, C2, Cut("Laisser un commentaire")),
        cut("leave_a_comment_cancel", M1, M2, Cut("Laisser un commentaire Annuler la réponse")),
        cut("comment_count", J1, J2, Cut("12 commentaires")),
        cut(
            "email_not_published",
            S1,
            S2,
            Cut("Laisser une réponse"),
            Cut(
                "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont "
                "indiqués avec *"
            ),
        ),
        cut(
            "reflections_on",
            J1,
            J2,
            Cut("3 réflexions sur « Faire pousser des tomates sur un balcon »"),
        ),
        cut(
            "one_reflection_about",
            M1,
            M2,
            Cut("Une réflexion au sujet de « Le musée rouvre ses portes »"),
        ),
        cut("comments_are_closed", C1, C2, Cut("Les commentaires sont fermés.")),
        cut(
            "akismet",
            J1,
            J2,
            Cut(
                "Ce site utilise Akismet pour réduire les indésirables. En savoir plus sur "
                "comment les données de vos commentaires sont utilisées."
            ),
        ),
        cut(
            "comment_form_fields",
            C1,
            C2,
            Cut("Laisser un commentaire"),
            Cut("Commentaire *"),
            Cut("Nom *"),
            Cut("E-mail *"),
            Cut("Site web"),
            Cut(
                "Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon "
                "prochain commentaire."
            ),
            Cut("Laisser un commentaire"),
        ),
        cut(
            "notify_me",
            S1,
            S2,
            Cut("Prévenez-moi de tous les nouveaux commentaires par e-mail."),
            Cut("Prévenez-moi de tous les nouveaux articles par e-mail."),
        ),
        cut(
            "blogger_no_comments",
            M1,
            M2,
            Cut("Aucun commentaire:"),
            Cut("Publier un commentaire"),
            Cut("Inscription à : Publier les commentaires (Atom)"),
        ),
        cut("be_the_first", J1, J2, Cut("Soyez le premier à réagir !")),
    ],
    "comment_threads": [
        cut(
            "wordpress_dit_and_reply",
            *ARTICLE,
            *cuts(
                "1. Sophie dit :",
                "14/07/2015 à 15:53",
                "Nous prenons cette route tous les matins, c'est une excellente nouvelle.",
                "Répondre",
                "2. Jean-Marc Dupuis dit :",
                "14/07/2015 à 16:30",
                "Et les commerces ? Il est déjà difficile de se garer.",
                "Répondre",
            ),
        ),
        # French WordPress prints the time as "15 h 53 min", which is no clock
        # to comment_threads: the author lines and the reply links carry it.
        cut(
            "french_time_stamps_with_reply_links",
            *ARTICLE,
            *cuts(
                "Sophie dit :",
                "14 juillet 2015 à 15 h 53 min",
                "Nous prenons cette route tous les matins, c'est une excellente nouvelle.",
                "Répondre",
                "Jean-Marc Dupuis dit :",
                "14 juillet 2015 à 16 h 30 min",
                "Et les commerces ? Il est déjà difficile de se garer.",
                "Répondre",
            ),
        ),
        cut(
            "heading_above_the_thread_goes_as_a_prompt",
            *ARTICLE,
            Cut("12 commentaires", "comment_prompts"),
            *cuts(
                "Marc dit :",
                "3 mars 2024 à 9:12",
                "Enfin ! Il était temps.",
                "Répondre",
                "Amélie dit :",
                "3 mars 2024 à 11:40",
                "La piste sera-t-elle séparée de la circulation ?",
            ),
        ),
        cut(
            "user_names_as_authors",
            *ARTICLE,
            *cuts(
                "1. velo_nantes dit :",
                "Merci, c'est le résumé le plus clair du vote que j'aie lu.",
                "Répondre",
                "2. lucie44 dit :",
                "Quelqu'un sait-il quand se termine la concertation ?",
                "Répondre",
            ),
        ),
    ],
    "promo_lines": [
        cut(
            "a_lire_aussi_colon",
            C1,
            C2,
            Cut("À lire aussi : Les maires ruraux face à la pénurie de médecins"),
            C3,
        ),
        cut(
            "lire_aussi_shouting_dash",
            M1,
            Cut("LIRE AUSSI - Pourquoi le prix du beurre flambe"),
            M2,
        ),
        cut(
            "lire_aussi_pipe",
            S1,
            Cut("Lire aussi | Dix ans après, le quartier de la gare a changé de visage"),
            S2,
        ),
        cut(
            "lire_aussi_l_enquete",
            C1,
            Cut("Lire aussi l’enquête : Comment les loyers ont doublé en dix ans"),
            C2,
        ),
        cut(
            "ne_manquez_pas_emoji",
            M1,
            M2,
            Cut("✨ Ne manquez pas : Le festival de la bande dessinée revient en janvier"),
            M3,
        ),
        cut(
            "sur_le_meme_sujet_guillemet",
            J1,
            Cut("Sur le même sujet » Municipales : ce qui change pour les petites communes"),
            J2,
        ),
        cut(
            "voir_aussi_with_link",
            S1,
            Cut("Voir aussi : https://www.example.fr/actualites/budget-2025"),
            S2,
        ),
    ],
    "related_posts": [
        cut(
            "block_at_end",
            C1,
            C2,
            C3,
            Cut("Articles similaires"),
            Cut("Les commerçants du quai lancent une pétition"),
            Cut("Ce que le nouveau budget change pour les bus"),
            Cut("Municipales : qui se présente où"),
        ),
        cut(
            "jetpack_block_with_categories",
            J1,
            J2,
            J3,
            Cut("Sur le même thème"),
            Cut("La pourriture apicale et comment j'en suis venue à bout"),
            Cut("Dans « Potager »"),
            Cut("Récolter ses graines de tomates en cinq étapes"),
            Cut("Dans « Semences »"),
        ),
        cut(
            "block_mid_page_with_excerpts",
            J1,
            J2,
            Cut("Vous aimerez aussi"),
            Cut("Faire pousser des piments en intérieur"),
            Cut("Les piments adorent la chaleur, et un rebord de fenêtre ensoleillé peut leur…"),
            Cut("Le meilleur terreau pour les pots"),
            Cut("Tous les terreaux ne se valent pas, et les sacs les moins chers sont souvent…"),
            J3,
            J4,
        ),
        cut(
            "more_from_an_author_prefix",
            M1,
            M2,
            M3,
            Cut("Plus d'articles de Claire Martin"),
            Cut("Dix galeries qui valent le détour cet été"),
            Cut("Le combat pour sauver des bains publics du XIXe siècle"),
        ),
        cut(
            "a_lire_aussi_heading_with_bullets",
            S1,
            S2,
            "",
            Cut("À lire aussi :"),
            Cut("• Pourquoi les adolescents s'endorment si tard"),
            Cut("• Faut-il commencer les cours plus tard le matin"),
            Cut("• Écrans, sommeil et lumière bleue"),
            "",
            S3,
            S4,
        ),
        cut(
            "most_read_with_a_link",
            C1,
            C2,
            Cut("Les plus lus"),
            Cut("1. Les écoles se préparent aux coupes budgétaires"),
            Cut("2. La ville qui a interdit les portables en classe"),
            Cut("Voir plus"),
        ),
    ],
    "see_more_teasers": [
        cut(
            "title_read_the_rest",
            C1,
            C2,
            Cut("Le conseil reporte le vote sur le plan de transport alors que…Lire la suite"),
            C3,
        ),
        cut("lone_read_the_rest", S1, S2, Cut("Lire la suite"), S3),
        cut("continue_reading_arrow", J1, J2, Cut("Continuer la lecture →")),
        cut(
            "truncated_before_link",
            C1,
            C2,
            Cut("Le maire a assuré que le budget serait équilibré en réduisant…"),
            Cut("Lire la suite »"),
        ),
        cut(
            "run_of_two_teasers",
            S1,
            S2,
            Cut("Les piscines risquent de rester fermées cet été"),
            Cut(
                "Faute de maîtres-nageurs, plusieurs bassins du département pourraient ne pas "
                "ouvrir avant…"
            ),
            Cut("Le marché revient rue des Halles"),
            Cut(
                "Après deux ans d'absence, le marché du samedi est de retour avec plus de "
                "stands et…"
            ),
            S3,
        ),
        cut(
            "excerpt_learn_more",
            M1,
            M2,
            Cut(
                "La nouvelle aile accueillera la collection de textiles du musée à son "
                "ouverture… En savoir plus"
            ),
        ),
        cut(
            "glued_suite",
            S1,
            S2,
            Cut("Les écrans avant le coucher nuisent au sommeil des adolescents…Suite"),
        ),
    ],
    "footer_links": [
        cut("links_and_copyright_after_the_article", *HEADER, *ARTICLE, *cuts(*LINKS, SIGN)),
        cut(
            "a_public_sites_legal_links",
            *HEADER,
            *ARTICLE,
            *cuts("Contact", "Mentions légales", "Accessibilité", "Données personnelles"),
            Cut("Gestion des cookies", "cookie_notices"),
            Cut("© 2025 Ville de Saint-Aubin"),
        ),
        cut(
            "bulleted_links",
            *HEADER,
            *ARTICLE,
            *cuts("* À propos", "* Nous contacter"),
            Cut("* Publicité", "advertisements"),
            *cuts("* CGU", SIGN),
        ),
    ],
    "reading_times": [
        cut("min_read_under_a_byline", "Par Claire Martin", Cut("5 min de lecture"), C1, C2),
        cut("reading_time_label", Cut("Temps de lecture : 4 minutes"), M1, M2),
        cut("short_label", J1, Cut("Lecture : 6 min"), J2),
        cut("bulleted", S1, Cut("- 11 min de lecture"), S2),
        cut("estimated", Cut("Temps de lecture estimé : 7 minutes"), C1, C2),
    ],
    "site_controls": [
        cut("toggle_navigation", Cut("Basculer la navigation"), C1, C2),
        cut(
            "shop_buttons",
            S1,
            Cut("Ajouter au panier"),
            Cut("Ajouter à ma liste d'envies"),
            S2,
        ),
        cut("forum_quote_expander", M1, Cut("Cliquez pour agrandir..."), M2),
        cut("copy_link", C1, Cut("Copier le lien"), C2),
        cut("write_a_review", J1, J2, Cut("Écrire un avis")),
    ],
    "title": [
        cut("plain_headline", Cut(LIBRAIRIE), *LIBRAIRIE_BODY),
        cut("printed_twice", Cut(LIBRAIRIE), Cut(LIBRAIRIE), *LIBRAIRIE_BODY),
        cut(
            "site_name_variant_first",
            Cut(f"{LIBRAIRIE} | Le Courrier de la Loire"),
            Cut(LIBRAIRIE),
            *LIBRAIRIE_BODY,
        ),
        cut(
            "headline_with_colon",
            Cut("Jardinage : que planter en mai sur son balcon"),
            J1,
            J2,
            J3,
        ),
        cut(
            "quoted_headline",
            Cut("« On ne nous a rien dit » : des locataires contestent leur expulsion"),
            C1,
            C2,
        ),
        cut("a_markdown_heading", Cut(f"# {LIBRAIRIE}"), "", *LIBRAIRIE_BODY),
        cut(
            "headline_above_a_share_bar",
            Cut("Le musée des Beaux-Arts rouvre après dix-huit mois de travaux"),
            Cut("Partager", "share_prompts"),
            M1,
            M2,
        ),
    ],
}

HARD_NEGATIVES = {
    "share_prompts": [
        keep(
            "share_your_memories",
            "Partagez vos souvenirs de la crue avec la rédaction avant la fin du mois.",
            "Les meilleurs témoignages seront publiés dans l'édition du dimanche.",
        ),
        keep(
            "shared_on_networks",
            "La vidéo a été partagée plus de 2000 fois sur Facebook et Twitter.",
            "La police a ensuite indiqué que les images avaient été montées.",
        ),
        keep(
            "follow_us_said_the_guide",
            "Le guide a vérifié les lampes une dernière fois avant d'entrer dans la grotte.",
            "Suivez-nous, a-t-il lancé aux touristes, et ne touchez pas aux parois.",
        ),
        keep(
            "list_item_two_apps",
            "Les organisateurs ont utilisé plusieurs applications pour coordonner la marche :",
            "- WhatsApp et Telegram",
            "- Signal, pour l'équipe de coordination",
            "- Un tableur partagé",
        ),
        keep(
            "interview_answer_two_networks",
            "Q. Où la plupart de vos nouveaux clients vous trouvent-ils ?",
            "Instagram et Facebook.",
            "Q. Pas sur votre site ?",
            "Presque jamais, ce qui me surprend encore.",
        ),
        keep(
            "sharing_the_meal",
            "Partager le repas est au cœur de la fête, explique l'organisatrice.",
            "Chaque famille apporte un plat, et les tables restent dressées jusqu'à minuit.",
        ),
    ],
    "newsletter_prompts": [
        keep(
            "mayor_urged_subscribe",
            "Le maire a invité les habitants à s'abonner à la lettre d'information de la ville.",
            "C'est le seul endroit où les fermetures de routes sont annoncées à l'avance.",
        ),
        keep(
            "prefecture_advice",
            "Inscrivez-vous à la newsletter de la mairie pour connaître les coupures d'eau, "
            "conseille la préfecture.",
            "Les alertes sont aussi envoyées par SMS.",
        ),
        keep(
            "stay_informed_heading",
            "Se préparer tôt reste la meilleure protection contre une tempête.",
            "Restez informé",
            "Gardez une radio à piles et écoutez les consignes d'évacuation.",
        ),
        keep(
            "subscribers_pay_more",
            "Les abonnés paieront 4 euros de plus par mois à partir de juillet.",
            "L'entreprise invoque la hausse du coût des droits de diffusion.",
        ),
        keep(
            "signed_up_for_class",
            "Elle s'est inscrite à un cours de poterie après avoir quitté la poste.",
            "Dix ans plus tard, ses bols s'arrachent au marché du samedi.",
        ),
        keep(
            "email_address_in_a_help_page",
            "Votre adresse e-mail sert d'identifiant, précise l'application dans son aide.",
            "Elle peut être changée à tout moment dans les réglages du compte.",
        ),
    ],
    "cookie_notices": [
        keep(
            "bakery_next_door",
            "Nous utilisons des cookies de la boulangerie d'en face dans cette recette.",
            "N'importe quel biscuit sec et beurré fera l'affaire.",
        ),
        keep(
            "stale_cookies_soak_the_syrup",
            "Nous utilisons des cookies un peu rassis : ils absorbent mieux le sirop.",
            "Des biscuits frais se transforment en bouillie en quelques minutes.",
        ),
        keep(
            "third_party_cookies_news",
            "Google a de nouveau repoussé la suppression des cookies tiers dans Chrome.",
            "Les annonceurs craignaient que ce changement ne pénalise les petits éditeurs.",
        ),
        keep(
            "regulator_on_banners",
            "La CNIL exige que le bouton « Tout refuser » soit aussi visible que « Tout "
            "accepter ».",
            "Les sites qui ne s'y conforment pas risquent une amende.",
        ),
        keep(
            "browsing_the_old_town",
            "En poursuivant votre navigation dans le vieux Lyon, vous découvrirez les traboules.",
            "Certaines ne sont ouvertes au public que le matin.",
        ),
        keep(
            "a_guide_that_explains_the_kinds_of_cookies",
            "Les sites classent leurs cookies en plusieurs catégories avant de demander votre "
            "accord.",
            "Les cookies nécessaires vous gardent connecté et retiennent le contenu de votre "
            "panier.",
            "Les cookies de mesure comptent les visites, et les cookies publicitaires vous "
            "suivent de site en site.",
        ),
        keep(
            "quoted_company_statement",
            "« Nous respectons votre vie privée et n'avons jamais vendu de données », a assuré "
            "l'entreprise.",
            "Le régulateur lui a demandé ses registres avant vendredi.",
        ),
    ],
    "advertisements": [
        keep(
            "advertising_revenue",
            "La publicité représente encore la moitié des recettes du journal, selon son "
            "directeur.",
            "Les abonnements progressent pour le neuvième trimestre consécutif.",
        ),
        keep(
            "sponsored_by_rotary",
            "Sponsorisé par le Rotary Club, le semi-marathon a rapporté 12 000 euros à la "
            "banque alimentaire.",
            "Plus de 600 coureurs ont pris le départ malgré la pluie.",
        ),
        keep(
            "ads_on_buses",
            "Les publicités pour le spectacle ont couvert les bus de la ville pendant un mois.",
            "Toutes les places ont été vendues en deux jours.",
        ),
        keep(
            "promoted_league_heading",
            "Ce fut une saison de surprises aux deux bouts du classement.",
            "Promus",
            "Le Havre, Metz et Rodez sont montés en première division.",
            "Relégués",
            "Trois clubs historiques sont redescendus.",
        ),
        keep(
            "the_rest_after_the_ad_in_a_sentence",
            "La suite après la publicité, promettait l'animateur, mais l'émission n'a jamais "
            "repris.",
            "La chaîne a invoqué une panne technique.",
        ),
    ],
    "browser_notices": [
        keep(
            "a_feature_the_browser_lacks",
            "Votre navigateur ne prend pas encore en charge WebGPU : la démonstration bascule "
            "alors sur WebGL.",
            "Elle tourne quatre fois plus lentement, mais chaque image s'affiche.",
        ),
        keep(
            "javascript_off_by_default",
            "JavaScript est désactivé par défaut dans certains navigateurs axés sur la vie privée.",
            "Les sites qui en dépendent affichent alors une page blanche.",
        ),
        keep(
            "how_to_turn_it_on",
            "Veuillez activer JavaScript dans Chrome : ouvrez les Paramètres, puis "
            "Confidentialité et sécurité.",
            "Choisissez ensuite Paramètres des sites et autorisez JavaScript.",
        ),
        keep(
            "a_site_that_needs_it",
            "Ce site nécessite JavaScript pour ses cartes interactives, a reconnu la mairie.",
            "Les anciens téléphones ne peuvent pas les ouvrir.",
        ),
        keep(
            "the_notice_quoted",
            "« Votre navigateur ne prend pas en charge la balise vidéo » : voilà ce que la "
            "plupart des lecteurs ont vu.",
            "La vidéo ne se lisait que dans l'application.",
        ),
    ],
    "comment_prompts": [
        keep(
            "counts_of_comments_in_a_list_of_drafts",
            "Le règlement a connu deux versions avant son adoption en mars.",
            "- 12 commentaires sur la première version",
            "- 30 commentaires sur la seconde",
            "La plupart demandaient une période de transition plus longue.",
        ),
        keep(
            "leave_a_comment_at_the_town_hall",
            "Laissez un commentaire sur le projet lors de la réunion publique de vendredi, a "
            "indiqué la mairie.",
            "Les contributions écrites sont acceptées jusqu'à la fin du mois.",
        ),
        keep(
            "no_comment_spokesman",
            "Pas de commentaire, a répondu le porte-parole avant de raccrocher.",
            "L'entreprise n'a pas répondu à trois autres sollicitations.",
        ),
        keep(
            "comments_close",
            "Les commentaires sur le projet sont ouverts jusqu'au 30 juin.",
            "Une décision finale est attendue à l'automne.",
        ),
        keep(
            "reflections_on_in_prose",
            "Ses réflexions sur le sujet étaient claires : l'école devait rester ouverte.",
            "Elle les a répétées à chaque réunion pendant un an.",
        ),
        keep(
            "data_collected_list",
            "Le formulaire d'inscription de la mairie ne demande que trois informations :",
            "- Nom",
            "- E-mail",
            "- Site web",
            "Les données sont supprimées au bout de trente jours, selon la notice.",
        ),
        keep(
            "comment_section_kicker",
            "Commentaire",
            "La fermeture de la bibliothèque est une erreur, et les habitants le savent bien.",
            "Les bibliothèques sont parmi les derniers lieux couverts et gratuits de nos villes.",
        ),
        keep(
            "how_to_react_heading",
            "Face à une piqûre de frelon, les bons gestes tiennent en peu de mots.",
            "Réagir",
            "Retirez bagues et bracelets, puis désinfectez la piqûre à l'eau et au savon.",
        ),
    ],
    "comment_threads": [
        keep(
            "forum_thread_is_the_text",
            "paulb203 dit :",
            "3 mars 2024 à 9:12",
            J1,
            "Répondre",
            "Chris dit :",
            "3 mars 2024 à 11:40",
            J2,
            "Répondre",
            J3,
            J4,
        ),
        keep(
            "live_blog_time_stamps_are_one_kind",
            *ARTICLE,
            "5 juin 2024 12:30",
            J1,
            "5 juin 2024 12:45",
            J2,
            "5 juin 2024 13:10",
            J3,
            "5 juin 2024 13:25",
            J4,
        ),
        keep(
            "press_review_headings_are_one_kind",
            *ARTICLE,
            "Le Courrier dit",
            J1,
            "La Gazette dit",
            J2,
            "Ouest Matin dit",
            J3,
            "Radio Loire dit",
            J4,
        ),
        keep(
            "a_fact_check_returning_to_a_speaker",
            *ARTICLE,
            "1. Dupont dit :",
            J1,
            "2. Moreau dit :",
            J2,
            "3. Dupont dit :",
            J3,
            "4. Moreau dit :",
            J4,
        ),
        keep(
            "too_few_markers",
            *ARTICLE,
            "Sophie dit :",
            "14/07/2015 à 15:53",
            "Répondre",
            J1,
        ),
    ],
    "promo_lines": [
        keep(
            "read_also_report_online",
            "Les inspecteurs ont relevé des problèmes sur quatre des six sites visités.",
            "Lire aussi : le rapport complet est disponible en ligne.",
        ),
        keep(
            "read_also_the_decision",
            "La cour a rejeté l'appel lundi.",
            "Lire aussi la décision de la cour, qui compte quarante pages.",
        ),
        keep(
            "culture_column_recommends_a_book",
            "Notre sélection de la semaine fait la part belle aux classiques.",
            "À lire : Les Misérables, de Victor Hugo, dans une nouvelle édition de poche",
            "À voir : La Grande Vadrouille, restaurée pour ses soixante ans",
        ),
        keep(
            "travel_tip_list",
            "Deux jours suffisent pour bien voir la vieille ville.",
            "- Ne manquez pas : la vue depuis le beffroi au coucher du soleil",
            "- À éviter : la promenade en bateau, trop chère",
            "- À goûter : les sardines grillées sur le port",
        ),
        keep(
            "see_also_the_appendix",
            "Voir aussi l'annexe, qui recense toutes les écoles du département.",
            "Les chiffres de 2023 sont provisoires.",
        ),
        keep(
            "dont_miss_without_separator",
            "Le festival se termine dimanche soir.",
            "Ne manquez pas le feu d'artifice sur le port à 22 heures.",
        ),
        keep(
            "on_the_same_subject_comma",
            "Le ministre a confirmé la réforme mardi.",
            "Sur le même sujet, il s'est montré plus prudent que son prédécesseur.",
        ),
        keep(
            "to_discover_a_travel_tip",
            "Le quartier du Panier est le plus ancien de Marseille.",
            "À découvrir : le vieux port et ses cabanes de pêcheurs",
        ),
    ],
    "related_posts": [
        keep(
            "similar_articles_sentence",
            "Articles similaires et rumeurs se sont propagés sur les réseaux sociaux.",
            "Vendredi, la vidéo avait été vue plus d'un million de fois.",
        ),
        keep(
            "most_read_books_ranking",
            "Le classement annuel des bibliothèques a été publié mercredi.",
            "Les plus lus",
            "- Le Petit Prince",
            "- L'Étranger",
            "- Les Misérables",
            "Le Petit Prince reste en tête pour la dixième année consécutive.",
        ),
        keep(
            "same_author_bibliography",
            "Son nouveau roman se déroule dans un village de pêcheurs de Bretagne.",
            "Du même auteur",
            "- La Maison des marées",
            "- Un hiver à Douarnenez",
            "- Les Filles du port",
        ),
        keep(
            "encyclopedia_see_also",
            "Le pont a été inscrit aux monuments historiques en 1975.",
            "Voir aussi",
            "Articles connexes",
            "- Liste des ponts de Paris",
            "- Seine",
        ),
        keep(
            "more_articles_sentence",
            "Plus d'articles sur le sujet seront publiés demain.",
            "La rédaction a reçu plus de deux cents témoignages.",
        ),
        keep(
            "the_essentials_list",
            "Une randonnée en montagne se prépare la veille.",
            "Les incontournables",
            "- Une carte papier",
            "- De l'eau en quantité",
            "- Une couche chaude",
            "Prévenez toujours quelqu'un de votre itinéraire.",
        ),
    ],
    "see_more_teasers": [
        keep(
            "and_then_he_said",
            "Mon grand-père parlait rarement de la guerre.",
            "Et puis il a dit…",
            "Il s'est arrêté et n'a jamais fini sa phrase.",
        ),
        keep(
            "read_the_rest_of_the_report",
            "Lisez la suite du rapport, et le problème saute aux yeux.",
            "Les chiffres de 2021 n'ont jamais été vérifiés.",
        ),
        keep(
            "kept_reading",
            "Elle a continué la lecture bien après que les autres furent couchés.",
            "Au matin, elle avait fini toute la trilogie.",
        ),
        keep(
            "list_of_what_more",
            "La fête propose de la musique, des camions-restaurants, de l'artisanat… et plus "
            "encore.",
            "L'entrée est gratuite pour les moins de 12 ans.",
        ),
        keep(
            "crowd_chanting_for_more",
            "Le groupe a quitté la scène à onze heures, mais personne n'a bougé.",
            "Bientôt toute la salle scandait, lentement d'abord : encore… encore… plus !",
            "Ils sont revenus pour trois chansons.",
        ),
    ],
    "footer_links": [
        keep(
            "a_tutorial_showing_a_footer_and_its_copyright_line",
            *CONSEIL,
            "Les pages indispensables",
            "* Accueil",
            "* Qui sommes-nous",
            "* Contact",
            "* Mentions légales",
            "Et, en pied de page, une ligne comme",
            "© 2025 Votre entreprise",
        ),
        keep(
            "the_pages_in_a_list_the_text_introduces",
            *HEADER,
            *CONSEIL,
            "Le pied de page d'un petit site pourrait contenir :",
            "Qui sommes-nous",
            "Contact",
            "Mentions légales",
            "Politique de confidentialité",
            "© 2025 Votre entreprise",
        ),
        keep(
            "links_that_are_sentences_of_the_article",
            *HEADER,
            *ARTICLE,
            "Contactez-nous si vous avez été témoin de l'accident.",
            "Lisez la politique de confidentialité de la mairie avant de signer la pétition.",
            "Les conditions d'utilisation de la nouvelle piste sont affichées aux deux bouts.",
            SIGN,
        ),
    ],
    "reading_times": [
        keep(
            "a_read_in_a_sentence",
            "Le rapport se lit en 5 minutes, et il vaut chaque minute.",
            "Il a été publié mardi par le service des transports de la ville.",
        ),
        keep(
            "a_timetable",
            "Les trains partent toutes les 15 minutes du quai 2.",
            "Durée du trajet : 42 minutes",
        ),
        keep(
            "a_quoted_stamp",
            "L'application affiche « 5 min de lecture » au-dessus de chaque article.",
            "Les lecteurs apprécient cette indication.",
        ),
        keep(
            "minutes_of_reading_in_a_study",
            "Les élèves lisaient 20 minutes par jour.",
            "Vingt minutes de lecture par jour ont suffi à améliorer les résultats.",
        ),
    ],
    "site_controls": [
        keep(
            "add_to_cart_in_a_sentence",
            "Ajouter au panier uniquement ce dont on a besoin pour la semaine, conseille le guide.",
            "Les achats impulsifs coûtent plus cher qu'on ne le croit.",
        ),
        keep(
            "controls_the_article_names",
            "L'étude a comparé deux libellés pour le même bouton :",
            "Ajouter au panier",
            "Ajouter au sac",
            "Les acheteurs ont cliqué huit pour cent plus souvent sur le second.",
        ),
        keep(
            "view_details_in_a_sentence",
            "Voir les détails du projet à la mairie jusqu'à la fin mars.",
            "Les observations écrites sont acceptées jusque-là.",
        ),
        keep(
            "write_a_review_as_advice",
            "Écrire un avis seulement après une deuxième visite, recommande le critique.",
            "Les premières impressions flattent la nouveauté et punissent l'affluence.",
        ),
    ],
    "title": [
        keep("first_line_is_a_sentence", C1, C2, C3),
        keep(
            "a_byline_first",
            "Par Claire Martin",
            "Quand la propriétaire de la librairie a annoncé son départ à la retraite, tout le "
            "quartier a cru que le commerce fermerait pour de bon.",
            "En un mois, 340 habitants ont acheté des parts de la coopérative.",
        ),
        keep(
            "a_dateline_first",
            "Publié le 3 mars 2024 à 10h15",
            "Le conseil municipal a voté mardi la prolongation de la piste cyclable le long du "
            "quai, après plus de trois heures de débat.",
            "Les travaux commenceront en septembre.",
        ),
        keep(
            "an_update_stamp_first",
            "Mis à jour le 4 mars 2024",
            "Les chercheurs ont suivi 2400 adolescents pendant cinq ans pour mesurer l'effet du "
            "sommeil sur leurs notes.",
            "Les résultats seront publiés à l'automne.",
        ),
        keep(
            "a_lead_in_first",
            "Voici ce qu'a décidé le conseil mardi :",
            "- Une nouvelle piste cyclable sur le quai",
            "- Un gel des tarifs de stationnement",
            C3,
            C4,
        ),
        keep("rhetorical_question", "Pourquoi les chats ronronnent-ils ?", S1, S2, S3),
        keep(
            "dateline_sentence",
            "PARIS — La Banque de France a maintenu jeudi ses prévisions de croissance pour "
            "l'année.",
            "Les économistes attendaient cette pause après trois mois de baisse de l'inflation.",
        ),
    ],
}
