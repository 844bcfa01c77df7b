"""Spanish (es) cases for the phrase rules: the clutter each rule removes on
Spanish-language pages (WordPress and Jetpack in es_ES, news sites of Spain
and Latin America, consent banners), and article prose that only looks like
it. tests/test_languages.py runs them; tests/filter_helpers.py says how they
are written.
"""

from __future__ import annotations

from tests.filter_helpers import Cut, cut, keep

# Article prose used around the clutter lines: full sentences, none of them
# shaped like a headline or a teaser.
PLENO = (
    "El pleno del ayuntamiento aprobó el martes por siete votos a dos ampliar el carril bici "
    "del paseo del Puerto.",
    "Los partidarios del proyecto dijeron que el cambio hará más segura la ruta de los niños "
    "que van al colegio en bicicleta.",
    "Los comerciantes de la zona advirtieron de que perderán decenas de plazas de aparcamiento.",
    "Las obras empezarán en septiembre y durarán unos cuatro meses.",
)
HUERTO = (
    "Las tomateras necesitan al menos seis horas de sol directo al día para que el fruto "
    "madure bien.",
    "En un balcón pequeño, una sola planta en una maceta de veinte litros puede dar varios kilos.",
    "Es mejor regar a fondo dos veces por semana que un poco cada día, para que las raíces "
    "crezcan hacia abajo.",
    "Quita los chupones en cuanto aparezcan y abona la planta cuando cuaje el primer fruto.",
)
MUSEO = (
    "El museo reabrió el sábado tras una reforma de dieciocho meses que costó catorce "
    "millones de euros.",
    "Los visitantes hicieron cola alrededor de la manzana para ver el techo restaurado de la "
    "sala principal.",
    "La entrada sigue siendo gratuita, aunque las nuevas exposiciones temporales cobran una "
    "pequeña tarifa.",
    "La directora dijo que espera duplicar el número de visitas escolares en dos años.",
)
SUENO = (
    "Los investigadores siguieron a 2.400 adolescentes durante cinco años para ver cómo "
    "afectaba el sueño a sus notas.",
    "Quienes dormían menos de siete horas por noche sacaban, de media, peores notas en "
    "matemáticas.",
    "Los autores advierten de que el estudio muestra una relación, no una prueba de causa y "
    "efecto.",
    "Ahora quieren comprobar si retrasar la hora de entrada en los institutos supone una "
    "diferencia medible.",
)

P1, P2, P3, P4 = PLENO
H1, H2, H3, H4 = HUERTO
M1, M2, M3, M4 = MUSEO
S1, S2, S3, S4 = SUENO

# About 120 words of article prose: enough to count as an article before a thread.
ARTICULO = (*PLENO, *MUSEO)
# About 130 words of a reader's reply: two of them outweigh the article.
REPLICAS = (*HUERTO, *SUENO)
# A site's header: menu-like lines above the main text.
CABECERA = ("* Inicio", "* Noticias", "* Deportes", "* El tiempo")
FIRMA = "© 2025 El Diario del Puerto. Todos los derechos reservados."

LIBRERIA = "Cómo un pueblo salvó su última librería"
LIBRERIA_CUERPO = (
    "Cuando la dueña de la librería Hojas Sueltas anunció que se jubilaba, el negocio parecía "
    "condenado.",
    "En un mes, 340 vecinos habían comprado participaciones y la tienda reabrió como cooperativa.",
)


def hilo(*lines: str) -> tuple[Cut, ...]:
    """The lines of a comment thread, all cut by ``comment_threads``."""
    return tuple(Cut(line) for line in lines)


def cortes(*lines: str) -> tuple[Cut, ...]:
    """The lines as ``Cut`` lines of the rule under test."""
    return tuple(Cut(line) for line in lines)


POSITIVES = {
    "share_prompts": [
        cut(
            "jetpack_share_block",
            P1,
            P2,
            Cut("Comparte esto:"),
            Cut("Haz clic para compartir en X (Se abre en una ventana nueva)"),
            Cut("Haz clic para compartir en Facebook (Se abre en una ventana nueva)"),
            Cut(
                "Haz clic para enviar un enlace por correo electrónico a un amigo "
                "(Se abre en una ventana nueva)"
            ),
            Cut("Haz clic para imprimir (Se abre en una ventana nueva)"),
        ),
        cut("me_gusta_cargando", H1, H2, Cut("Me gusta esto:"), Cut("Me gusta Cargando...")),
        cut(
            "follow_us_on_four_networks",
            M1,
            M2,
            Cut("Síguenos en Telegram, Instagram, Facebook y Twitter"),
        ),
        cut("follow_us_on_two_networks", S1, Cut("Síguenos en Facebook e Instagram"), S2),
        cut("compartir_colon", P1, Cut("Compartir:"), P2),
        cut(
            "share_on_pipes",
            M1,
            Cut("Compartir en Facebook | Compartir en X | Correo electrónico"),
            M2,
        ),
        cut("network_names_and_mail", S1, S2, Cut("Facebook Twitter Correo electrónico")),
        cut("share_this_article", P1, P2, Cut("Comparte este artículo")),
        cut("be_the_first_to_like", H1, H2, Cut("Sé el primero en decir que te gusta.")),
        cut("recipe_card_buttons", H1, H2, Cut("Imprimir receta"), Cut("Guardar receta")),
        cut("whatsapp_and_meneame", P1, Cut("WhatsApp · Menéame · Copiar enlace"), P2),
    ],
    "newsletter_prompts": [
        cut("suscribete", P1, P2, Cut("Suscríbete")),
        cut(
            "subscribe_prefix_sentence",
            H1,
            H2,
            Cut("Suscríbete a nuestro boletín y recibe cada viernes los mejores consejos."),
        ),
        cut(
            "enter_email_then_button",
            S1,
            S2,
            Cut("Introduce tu correo electrónico"),
            Cut("Suscribirme"),
        ),
        cut("descubre_mas_de", H1, H2, Cut("Descubre más de El Huerto del Balcón")),
        cut(
            "jetpack_subscription_box",
            M1,
            M2,
            Cut("Suscríbete al blog por correo electrónico"),
            Cut(
                "Introduce tu dirección de correo electrónico para suscribirte a este blog y "
                "recibir avisos de nuevas entradas."
            ),
        ),
        cut("thanks_for_subscribing", P1, P2, Cut("¡Gracias por suscribirte!")),
        cut("emoji_suscribete_ahora", S1, Cut("📩 Suscríbete ahora"), S2),
        cut("paywall_subscribers_only", M1, Cut("Contenido exclusivo para suscriptores"), M2),
        cut("rioplatense_suscribite", P1, P2, Cut("Suscribite a nuestro newsletter")),
    ],
    "cookie_notices": [
        cut(
            "own_and_third_party_cookies",
            P1,
            P2,
            Cut(
                "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. "
                "Si continúa navegando, consideramos que acepta su uso."
            ),
        ),
        cut(
            "this_website_uses_cookies",
            M1,
            Cut(
                "Este sitio web utiliza cookies para que usted tenga la mejor experiencia de "
                "usuario. Más información"
            ),
            M2,
        ),
        cut(
            "accept_all_and_settings",
            H1,
            H2,
            Cut("Aceptar todas las cookies"),
            Cut("Configuración de cookies"),
        ),
        cut("reject_and_manage", S1, S2, Cut("Rechazar todo"), Cut("Gestionar preferencias")),
        cut(
            "mention_with_consent",
            M1,
            M2,
            Cut("Usamos cookies. Al seguir navegando, das tu consentimiento a su uso."),
        ),
        cut(
            "second_sentence_alone",
            P1,
            P2,
            Cut("Utilizamos cookies para personalizar el contenido y analizar el tráfico."),
            Cut("Si continúas navegando, consideramos que aceptas su uso."),
        ),
        cut("privacy_overview", H1, H2, Cut("Resumen de privacidad")),
        cut("we_value_your_privacy", P1, P2, Cut("Valoramos tu privacidad")),
        cut(
            "a_consent_plugins_category_descriptions",
            M1,
            M2,
            Cut(
                "Las cookies necesarias son absolutamente esenciales para que el sitio web "
                "funcione correctamente. Estas cookies garantizan las funcionalidades básicas."
            ),
            Cut(
                "Las cookies analíticas se utilizan para comprender cómo interactúan los "
                "visitantes con el sitio web."
            ),
        ),
    ],
    "advertisements": [
        cut("publicidad", P1, Cut("Publicidad"), P2),
        cut("shouting_publicidad", M1, Cut("PUBLICIDAD"), M2),
        cut("dashed_publicidad", H1, Cut("- Publicidad -"), H2),
        cut("anuncio", S1, Cut("Anuncio"), S2),
        cut("sponsored_content", P1, P2, Cut("Contenido patrocinado")),
        cut("report_this_ad", M1, Cut("Publicidad"), Cut("Denunciar este anuncio"), M2),
        cut("about_these_ads", H1, H2, Cut("Acerca de estos anuncios")),
        cut("patrocinado", S1, S2, Cut("Patrocinado")),
    ],
    "browser_notices": [
        cut("video_tag", M1, Cut("Tu navegador no soporta la etiqueta de vídeo."), M2),
        cut(
            "scripts_off_notice",
            P1,
            Cut(
                "JavaScript está desactivado en tu navegador. Actívalo para ver el sitio "
                "correctamente."
            ),
            P2,
        ),
        cut(
            "comments_need_javascript",
            S1,
            S2,
            Cut("Por favor, activa JavaScript para ver los comentarios."),
        ),
        cut(
            "app_needs_javascript",
            H1,
            Cut("Necesitas habilitar JavaScript para ejecutar esta aplicación."),
            H2,
        ),
        cut(
            "video_element_as_a_list_item",
            M1,
            Cut("* Su navegador no soporta el elemento de vídeo."),
            M2,
        ),
        cut("please_enable_javascript", P1, P2, Cut("Por favor, habilita JavaScript")),
    ],
    "comment_prompts": [
        cut("deja_un_comentario", P1, P2, Cut("Deja un comentario")),
        cut("leave_a_reply_cancel", M1, M2, Cut("Deja una respuesta Cancelar la respuesta")),
        cut("comment_count", H1, H2, Cut("12 comentarios")),
        cut(
            "email_not_published",
            S1,
            S2,
            Cut("Deja una respuesta"),
            Cut(
                "Tu dirección de correo electrónico no será publicada. Los campos obligatorios "
                "están marcados con *"
            ),
        ),
        cut(
            "comments_on_a_post",
            H1,
            H2,
            Cut("3 comentarios en «Tomateras en un balcón pequeño»"),
        ),
        cut("one_comment_on", M1, M2, Cut("Un comentario en “El museo reabre sus puertas”")),
        cut("comments_in_brackets", P1, P2, Cut("Comentarios (4)")),
        cut(
            "save_my_name",
            S1,
            S2,
            Cut(
                "Guarda mi nombre, correo electrónico y web en este navegador para la próxima "
                "vez que comente."
            ),
        ),
        cut("comments_are_closed", P1, P2, Cut("Los comentarios están cerrados.")),
        cut(
            "akismet",
            H1,
            H2,
            Cut(
                "Este sitio usa Akismet para reducir el spam. Aprende cómo se procesan los "
                "datos de tus comentarios."
            ),
        ),
        cut("be_the_first", M1, M2, Cut("¡Sé el primero en comentar!")),
        cut(
            "comment_form_fields",
            P1,
            P2,
            Cut("Deja una respuesta"),
            Cut("Comentario *"),
            Cut("Nombre *"),
            Cut("Correo electrónico *"),
            Cut("Web"),
            Cut("Publicar el comentario"),
        ),
        cut(
            "jetpack_follow_up_boxes",
            S1,
            S2,
            Cut("Recibir un correo electrónico con los siguientes comentarios a esta entrada."),
            Cut("Recibir un correo electrónico con cada nueva entrada."),
        ),
    ],
    "comment_threads": [
        cut(
            "wordpress_dice_and_responder",
            *ARTICULO,
            *hilo(
                "1. Marta dice:",
                "14 julio, 2015 a las 15:53",
                "Recorremos ese paseo cada mañana, así que es una gran noticia.",
                "Responder",
                "2. Carlos López dice:",
                "14 julio, 2015 a las 16:30",
                "¿Y los comercios? Aparcar ya es bastante difícil.",
                "Responder",
            ),
        ),
        cut(
            "comment_count_above_the_thread_goes_as_a_prompt",
            *ARTICULO,
            Cut("12 comentarios", "comment_prompts"),
            *hilo(
                "Hans dice:",
                "3 marzo, 2024 a las 9:12",
                "Por fin. Ya era hora.",
                "Responder",
                "Amparo dice:",
                "3 marzo, 2024 a las 11:40",
                "¿El carril estará separado del tráfico?",
            ),
        ),
        cut(
            "blogger_responder_eliminar",
            *ARTICULO,
            *hilo(
                "Lucía Pardo dice",
                "11 de septiembre de 2008, 14:06",
                "Buena noticia para ir al colegio.",
                "ResponderEliminar",
                "Juan Ortega dice",
                "15 de septiembre de 2008, 21:19",
                "Gracias, Lucía, seguiremos las obras.",
                "ResponderEliminar",
            ),
        ),
        cut(
            "a_long_thread_under_a_comentarios_heading",
            *ARTICULO,
            "Comentarios",
            *hilo(
                "Marta dice:",
                "14 julio, 2015 a las 15:53",
                *REPLICAS,
                "Responder",
                "Carlos López dice:",
                "14 julio, 2015 a las 16:30",
                *REPLICAS,
                "Responder",
            ),
        ),
    ],
    "promo_lines": [
        cut(
            "lee_tambien_colon",
            P1,
            Cut(
                "Lee también: Los comerciantes del paseo del Puerto recogen firmas contra el carril"
            ),
            P2,
        ),
        cut(
            "lee_tambien_shouting",
            S1,
            Cut("LEE TAMBIÉN: Así duermen los adolescentes que sacan mejores notas"),
            S2,
        ),
        cut(
            "te_puede_interesar",
            H1,
            H2,
            Cut("Te puede interesar: Cómo cultivar guindillas en casa"),
            H3,
        ),
        cut("relacionado_colon", H1, Cut("Relacionado: La sequía transforma el campo andaluz"), H2),
        cut(
            "ver_tambien_guillemet",
            P1,
            Cut("Ver también » El largo camino hacia el nuevo estadio"),
            P2,
        ),
        cut(
            "noticia_relacionada_pipe",
            M1,
            M2,
            Cut("Noticia relacionada | El Prado reabre la sala de las pinturas negras"),
            M3,
        ),
        cut(
            "leer_mas_with_link", S1, Cut("Leer más: https://example.com/noticias/presupuesto"), S2
        ),
        cut(
            "no_te_pierdas_emoji",
            P1,
            P2,
            Cut("✨ No te pierdas: La vida secreta de las palomas de la ciudad"),
            P3,
        ),
        cut(
            "lea_tambien_dash_headline_with_colon",
            M1,
            Cut("Lea también - Ola de calor: cómo proteger a tus mascotas"),
            M2,
        ),
        cut(
            "le_puede_interesar",
            P1,
            Cut("Le puede interesar: Las claves del nuevo horario de autobuses"),
            P2,
        ),
        cut(
            "bulleted_promo_of_a_headline_of_names",
            S1,
            Cut("• Te recomendamos » Rafa Nadal vuelve a Roland Garros"),
            S2,
        ),
    ],
    "related_posts": [
        cut(
            "block_at_end",
            P1,
            P2,
            P3,
            Cut("Artículos relacionados"),
            Cut("Los comerciantes del paseo del Puerto recogen firmas"),
            Cut("Qué supone el nuevo presupuesto para los autobuses"),
            Cut("Elecciones municipales: quién se presenta y dónde"),
        ),
        cut(
            "block_mid_page_with_excerpts",
            H1,
            H2,
            Cut("También te puede interesar"),
            Cut("Cómo cultivar guindillas en casa"),
            Cut("Las guindillas adoran el calor, y un alféizar soleado puede darles…"),
            Cut("El mejor sustrato para macetas"),
            Cut("No todos los sustratos son iguales, y los sacos más baratos suelen…"),
            H3,
            H4,
        ),
        cut(
            "more_from_site_prefix",
            M1,
            M2,
            M3,
            Cut("Más noticias de El Diario del Puerto"),
            Cut("Diez galerías que merecen el viaje este verano"),
            Cut("La lucha por salvar unos baños públicos centenarios"),
        ),
        cut(
            "recommended_for_you_colon_bullets",
            S1,
            S2,
            Cut("Recomendado para ti:"),
            Cut("• Por qué los adolescentes no consiguen dormirse antes de medianoche"),
            Cut("• A favor de retrasar la entrada en los institutos"),
            Cut("• Pantallas, sueño y la ciencia de la luz azul"),
        ),
        cut(
            "titles_printed_twice",
            P1,
            P2,
            Cut("Lee también"),
            Cut("Los comerciantes del paseo del Puerto recogen firmas"),
            Cut("Los comerciantes del paseo del Puerto recogen firmas"),
            Cut("Qué supone el nuevo presupuesto para los autobuses"),
            Cut("Qué supone el nuevo presupuesto para los autobuses"),
            P3,
        ),
        cut(
            "lo_mas_leido_with_leer_mas",
            H1,
            H2,
            Cut("Lo más leído"),
            Cut("El balcón que da de comer a una familia de cuatro"),
            Cut("Por qué se te muere la albahaca"),
            Cut("Leer más"),
        ),
        cut("lone_heading_at_end", M1, M2, M3, Cut("Entradas relacionadas")),
        cut(
            "heading_with_emoji_and_colon",
            S1,
            S2,
            Cut("📚 Artículos relacionados:"),
            Cut("Cuánto necesitan dormir de verdad los adolescentes"),
            Cut("Siestas, cafeína y el bajón de media tarde"),
        ),
        # When prose follows, the last headline before it is given back: it may
        # be the heading of the article's next section.
        cut(
            "last_title_before_prose_is_kept",
            H1,
            H2,
            Cut("Quizás te interese"),
            Cut("Cómo cultivar guindillas en casa"),
            Cut("El mejor sustrato para macetas"),
            "Cómo abonar las plantas",
            H4,
        ),
    ],
    "see_more_teasers": [
        cut(
            "title_ver_mas",
            P1,
            P2,
            Cut("El pleno aplaza la votación del plan de transporte mientras…Ver más"),
            P3,
        ),
        cut(
            "excerpt_leer_mas_guillemet",
            M1,
            M2,
            Cut("La nueva ala acogerá la colección textil del museo cuando abra… Leer más »"),
        ),
        cut("lone_leer_mas", S1, S2, Cut("Leer más"), S3),
        cut("seguir_leyendo_arrow", H1, H2, Cut("Seguir leyendo →")),
        cut(
            "truncated_before_link",
            P1,
            P2,
            Cut("El alcalde dijo que el presupuesto se equilibraría recortando…"),
            Cut("Leer más"),
        ),
        cut(
            "run_of_two_teasers",
            S1,
            S2,
            Cut("Los colegios se preparan para un verano sin socorristas"),
            Cut(
                "Las piscinas de la provincia podrían seguir cerradas este verano porque la "
                "diputación no puede…"
            ),
            Cut("Vuelve el mercado de productores a la calle Mayor"),
            Cut("Tras dos años de ausencia, el mercado de los sábados regresa con más puestos y…"),
            S3,
        ),
        cut(
            "bracket_ellipsis_seguir_leyendo",
            M1,
            M2,
            Cut("El festival vuelve a la ribera en junio con […] Seguir leyendo"),
        ),
        cut("sigue_leyendo_guillemet", S1, Cut("Sigue leyendo »"), S2),
        cut("ver_mas_unaccented", H1, H2, Cut("Ver mas ›")),
        cut(
            "leer_noticia_completa",
            P1,
            P2,
            Cut("Leer la noticia completa"),
            P3,
        ),
    ],
    "footer_links": [
        cut(
            "links_and_copyright_after_the_article",
            *CABECERA,
            *ARTICULO,
            *cortes("Quiénes somos", "Contacto", "Aviso legal", "Privacidad", "Cookies", FIRMA),
        ),
        # Spanish footers often capitalise every word of their links.
        cut(
            "title_case_links",
            *CABECERA,
            *ARTICULO,
            *cortes(
                "Quiénes Somos",
                "Trabaja con Nosotros",
                "Política de Privacidad",
                "Aviso Legal",
                FIRMA,
            ),
        ),
        cut(
            "bulleted_links_with_a_cookie_policy",
            *CABECERA,
            *ARTICULO,
            *cortes("* Sobre nosotros", "* Anúnciate", "* Preguntas frecuentes"),
            Cut("* Política de Cookies", "cookie_notices"),
            *cortes("* Mapa web", "Copyright © 2025 Ediciones del Puerto S.L."),
        ),
        cut(
            "the_site_name_above_the_links_stays",
            *CABECERA,
            *ARTICULO,
            "El Diario del Puerto",
            *cortes("Redacción", "Contacto", "Condiciones Generales", "Accesibilidad", FIRMA),
        ),
    ],
    "reading_times": [
        cut("min_de_lectura_under_a_byline", "Por Ruth Hernández", Cut("5 min de lectura"), P1, P2),
        cut("shouting_with_a_dot", M1, Cut("3 MIN. DE LECTURA"), M2),
        cut("bulleted", H1, Cut("- 11 min de lectura"), H2),
        cut("minutos_de_lectura", S1, Cut("12 minutos de lectura"), S2),
        cut("reading_time_label", Cut("Tiempo de lectura: 4 minutos"), M1, M2),
        cut("estimated_reading_time", Cut("Tiempo estimado de lectura: 7 minutos"), H1, H2),
        cut("lectura_label", S1, S2, Cut("Lectura: 6 min")),
    ],
    "site_controls": [
        cut("toggle_navigation", Cut("Alternar navegación"), P1, P2),
        cut("open_menu", M1, M2, Cut("Abrir menú")),
        cut("copy_link", P1, Cut("Copiar enlace"), P2),
        cut("forum_quote_expander", M1, Cut("Haz clic para expandir..."), M2),
        cut("answer_controls", H1, Cut("Mejora esta respuesta"), H2),
        cut("shop_buttons", S1, Cut("Añadir al carrito"), Cut("Añadir a la lista de deseos"), S2),
        cut("a_control_as_a_list_item", H1, H2, Cut("* Ver detalles")),
        cut("write_a_review", P1, P2, Cut("Escribir una reseña")),
    ],
    "title": [
        cut("plain_headline", Cut(LIBRERIA), *LIBRERIA_CUERPO),
        cut("printed_twice", Cut(LIBRERIA), Cut(LIBRERIA), *LIBRERIA_CUERPO),
        cut(
            "site_name_variant_first",
            Cut(f"{LIBRERIA} | El Diario del Puerto"),
            Cut(LIBRERIA),
            *LIBRERIA_CUERPO,
        ),
        cut("a_markdown_heading", Cut(f"# {LIBRERIA}"), "", *LIBRERIA_CUERPO),
        cut(
            "headline_with_colon",
            Cut("Huerto en el balcón: qué plantar en mayo"),
            H1,
            H2,
            H3,
        ),
        cut(
            "a_lower_case_byline_under_the_headline",
            Cut("Producción de vídeo: la guía completa"),
            "por Jacobo Trujillo, 10 min de lectura",
            P1,
            P2,
        ),
        cut(
            "ellipsis_headline",
            Cut("El director lo llamó a su despacho porque…"),
            S1,
            S2,
        ),
    ],
}

HARD_NEGATIVES = {
    "share_prompts": [
        keep(
            "compartir_mesa",
            "Compartir mesa con desconocidos es lo habitual en las sidrerías vascas.",
            "Nadie se extraña de que el vecino de banco pida otra botella.",
        ),
        keep(
            "comparte_tus_ideas",
            "Comparte tus ideas con tu familia antes de la votación.",
            "Los colegios electorales abren a las nueve y cierran a las ocho.",
        ),
        keep(
            "siguenos_shouted_by_a_guide",
            "Síguenos, gritaba el guía a los turistas rezagados en la plaza.",
            "Nadie le hizo caso hasta que empezó a llover.",
        ),
        keep(
            "shared_on_networks",
            "El vídeo se compartió en Facebook y Twitter más de 2.000 veces.",
            "La policía aseguró después que las imágenes estaban manipuladas.",
        ),
        keep(
            "interview_answer_two_networks",
            "P. ¿Dónde la encuentran sus nuevos clientes?",
            "Instagram y Facebook.",
            "P. ¿No por la web?",
            "Casi nunca, y todavía me sorprende.",
        ),
        keep(
            "me_gusta_as_an_answer",
            "Le pregunté si volvería a vivir en el pueblo.",
            "—Me gusta.",
            "Me gusta.",
            "Y no dijo nada más en toda la tarde.",
        ),
        keep(
            "networks_listed_with_commas",
            "Por dónde empezaríamos, según el tiempo que exige cada una:",
            "- Facebook, Instagram, Pinterest",
            "- YouTube",
            "- LinkedIn",
        ),
        keep(
            "imprimir_el_billete",
            "Imprimir el billete en casa ahorra tiempo en el aeropuerto.",
            "Algunas aerolíneas cobran por hacerlo en el mostrador.",
        ),
    ],
    "newsletter_prompts": [
        keep(
            "mayor_urged_to_subscribe",
            "El alcalde animó a los vecinos a suscribirse al boletín municipal.",
            "Es el único sitio donde se anuncian con antelación los cortes de tráfico.",
        ),
        keep(
            "subscribe_to_receive_alerts",
            "Las autoridades pidieron a los vecinos que se preparen antes de que llegue el "
            "temporal.",
            "Suscríbete para recibir alertas de emergencia de tu provincia por SMS.",
            "Los albergues abrirán a mediodía del miércoles.",
        ),
        keep(
            "mantente_informado_heading",
            "Prepararse con tiempo es la mejor protección ante un huracán.",
            "Haz un plan",
            "Acordad dónde se reunirá la familia si os separáis.",
            "Mantente informado",
            "Ten a mano una radio a pilas y atiende a las órdenes de evacuación.",
        ),
        keep(
            "subscribers_pay_more",
            "Los suscriptores pagarán cuatro euros más al mes a partir de julio.",
            "La empresa lo atribuye al encarecimiento de las licencias.",
        ),
        keep(
            "bulletins_history",
            "Los boletines fueron durante décadas el alma de la política local.",
            "Hoy la mayoría se publica en internet o ha desaparecido.",
        ),
        keep(
            "descubre_mas_de_as_a_sentence",
            "Descubre más de Asturias en la guía que publicamos cada verano.",
            "Este año incluye veinte rutas nuevas por la costa.",
        ),
        keep(
            "email_address_required_item",
            "Para pedir la ayuda necesitarás lo siguiente:",
            "- Justificante de domicilio",
            "- Tu correo electrónico",
            "- Documento de identidad",
        ),
    ],
    "cookie_notices": [
        keep(
            "butter_cookies_in_a_recipe",
            "Utilizamos cookies de mantequilla de la pastelería de al lado para la base de la "
            "tarta.",
            "Cualquier galleta crujiente sirve igual de bien.",
        ),
        keep(
            "sailing_on",
            "Si continúa navegando hacia el sur, la experiencia es aún mejor, asegura el patrón.",
            "Los delfines suelen acompañar al barco hasta el cabo.",
        ),
        keep(
            "quoted_company_statement",
            "«Valoramos tu privacidad y nunca hemos vendido datos de clientes», dijo la empresa.",
            "El regulador le ha pedido sus registros antes del viernes.",
        ),
        keep(
            "regulator_on_banners",
            "El regulador dijo que rechazar todas las cookies debe ser tan fácil como aceptarlas.",
            "Las webs que no cumplan se exponen a multas de hasta el 4 % de su facturación.",
        ),
        keep(
            "third_party_cookies_news",
            "Google volvió a aplazar su plan para eliminar las cookies de terceros en Chrome.",
            "Los anunciantes habían advertido de que el cambio perjudicaría a los editores "
            "pequeños.",
        ),
        keep(
            "a_guide_to_the_kinds_of_cookies",
            "Las webs clasifican sus cookies en unos pocos tipos antes de pedir el consentimiento.",
            "Las cookies necesarias mantienen la sesión abierta y recuerdan qué hay en la cesta.",
            "Las analíticas cuentan las visitas, y las publicitarias te siguen de web en web.",
        ),
        keep(
            "cookie_policy_complaints",
            "La política de cookies de la agencia recibió más de 300 quejas.",
            "La mayoría procedían de pequeños negocios que dependen de la publicidad en línea.",
        ),
    ],
    "advertisements": [
        keep(
            "advertising_revenue",
            "La empresa dijo que los ingresos por publicidad cayeron un 4 % en el trimestre.",
            "Los ingresos por suscripciones crecieron por noveno trimestre consecutivo.",
        ),
        keep(
            "sponsored_by_a_club",
            "Patrocinada por el Club Rotario, la carrera recaudó 12.000 euros para el banco de "
            "alimentos.",
            "Más de 600 corredores participaron pese a la lluvia.",
        ),
        keep(
            "ad_during_the_final",
            "El anuncio se emitió durante la final de Copa y costó dos millones de euros.",
            "Fue el spot más visto de la noche.",
        ),
        keep(
            "sponsored_content_study",
            "Contenido patrocinado, y no periodismo, llena ya muchas portadas locales, según el "
            "estudio.",
            "Los autores analizaron 400 periódicos de doce comunidades autónomas.",
        ),
        keep(
            "anuncios_del_gobierno",
            "Los anuncios del Gobierno llegaron tarde y con cuentagotas.",
            "La oposición pidió una comparecencia urgente del ministro.",
        ),
    ],
    "browser_notices": [
        keep(
            "a_feature_the_browser_lacks",
            "Tu navegador no soporta WebGPU todavía, así que la demo recurre a WebGL.",
            "Va unas cuatro veces más lenta, pero todos los fotogramas se muestran.",
        ),
        keep(
            "javascript_off_by_default",
            "JavaScript está desactivado por defecto en algunos navegadores centrados en la "
            "privacidad, como Tor en su modo más seguro.",
            "Las webs que dependen de él muestran entonces una página en blanco.",
        ),
        keep(
            "how_to_turn_it_on",
            "Por favor, activa JavaScript en Chrome: abre Configuración y luego Privacidad y "
            "seguridad.",
            "Después elige Configuración de sitios y permite que usen JavaScript.",
        ),
        keep(
            "a_site_that_needs_it",
            "Este sitio requiere JavaScript para sus mapas interactivos, explicó el ayuntamiento.",
            "Los teléfonos antiguos no pueden abrirlos.",
        ),
        keep(
            "the_notice_quoted",
            "«Tu navegador no soporta la etiqueta de vídeo» es lo que vieron la mayoría de los "
            "lectores.",
            "El vídeo solo se reproducía en la aplicación.",
        ),
    ],
    "comment_prompts": [
        keep(
            "a_count_in_a_list_the_text_introduces",
            "Al cierre del plazo, la agencia había recibido:",
            "* 1.200 comentarios",
            "* 40 peticiones",
            "* 3 recursos",
            "Todavía no ha dicho cuándo publicará sus respuestas.",
        ),
        keep(
            "leave_a_comment_at_the_town_hall",
            "Deja un comentario sobre la propuesta en el pleno del viernes, pidió el ayuntamiento.",
            "Las alegaciones por escrito se aceptan hasta final de mes.",
        ),
        keep(
            "no_comment_spokesman",
            "Sin comentarios, dijo el portavoz, y colgó.",
            "La empresa no ha respondido a otras tres peticiones.",
        ),
        keep(
            "sin_comentarios_as_an_answer",
            "Le preguntamos al portavoz por la sentencia.",
            "—Sin comentarios.",
            "Y colgó el teléfono sin despedirse.",
        ),
        keep(
            "comments_close",
            "Los comentarios sobre la propuesta se cierran el 30 de junio.",
            "La decisión final se espera en otoño.",
        ),
        keep(
            "readers_left_comments",
            "Los lectores dejaron más de 300 comentarios bajo el artículo original.",
            "Muchos contaban su propia experiencia de la riada.",
        ),
        keep(
            "join_the_conversation_event",
            "Únete a la conversación en la biblioteca el jueves por la tarde, animan los "
            "organizadores.",
            "La entrada es libre y no hace falta reservar.",
        ),
        keep(
            "data_collected_list",
            "El formulario municipal solo recoge tres datos:",
            "- Nombre",
            "- Correo electrónico",
            "- Web",
            "Los datos se borran a los 30 días, según el aviso de privacidad.",
        ),
        keep(
            "a_response_to_brussels_heading",
            "El Gobierno presentó el plan tras meses de negociaciones con los socios.",
            "Una respuesta a Bruselas",
            "El ministro defendió que el plan cumple las reglas fiscales europeas.",
        ),
        keep(
            "comentario_kicker",
            "Comentario",
            "La decisión del ayuntamiento de cerrar la biblioteca fue miope, y los vecinos lo "
            "saben.",
            "Las bibliotecas son de los pocos espacios cubiertos y gratuitos que quedan en la "
            "mayoría de los pueblos.",
        ),
    ],
    "comment_threads": [
        keep(
            "forum_thread_is_the_text",
            "paulb203 dice",
            "3 marzo, 2024 a las 9:12",
            H1,
            "Responder",
            "Chus dice",
            "3 marzo, 2024 a las 11:40",
            H2,
            "Responder",
            H3,
            H4,
        ),
        keep(
            "comments_outweigh_a_short_article",
            P1,
            P2,
            P3,
            P4,
            "Marta dice",
            "14 julio, 2015 a las 15:53",
            H1,
            H2,
            H3,
            "Responder",
            "Carlos dice",
            "14 julio, 2015 a las 16:30",
            M1,
            M2,
            M3,
            "Responder",
        ),
        keep(
            "live_blog_time_stamps_are_one_kind",
            *ARTICULO,
            "5 de junio de 2024, 12:30",
            H1,
            "5 de junio de 2024, 12:45",
            H2,
            "5 de junio de 2024, 13:10",
            H3,
        ),
        keep(
            "a_fact_check_returning_to_a_speaker",
            *ARTICULO,
            "1. Sánchez dice:",
            H1,
            "2. Feijóo dice:",
            H2,
            "3. Sánchez dice:",
            H3,
            "4. Feijóo dice:",
            H4,
        ),
        keep(
            "too_few_markers",
            *ARTICULO,
            "Marta dice",
            "14 julio, 2015 a las 15:53",
            "Responder",
            H1,
        ),
    ],
    "promo_lines": [
        keep(
            "lee_tambien_in_a_sentence",
            "El informe critica la gestión del contrato de limpieza.",
            "Lee también el informe del Tribunal de Cuentas, que se publicó en mayo.",
        ),
        keep(
            "mas_informacion_fact_box",
            "La exposición puede visitarse hasta el 30 de septiembre.",
            "Más información: Oficina de Turismo, plaza Mayor 1",
        ),
        keep(
            "relacionado_sentence",
            "Un hombre fue acusado de provocar el incendio el lunes.",
            "Relacionado: un segundo sospechoso fue detenido el martes, según la policía.",
        ),
        keep(
            "travel_tip_list",
            "Con dos días basta para ver bien el casco antiguo.",
            "- No te pierdas: la vista desde el campanario al atardecer",
            "- Evita: el paseo en barco, demasiado caro",
            "- Come: sardinas asadas en el puerto",
        ),
        keep(
            "no_te_pierdas_no_separator",
            "El festival termina el domingo por la noche.",
            "No te pierdas los fuegos artificiales sobre el puerto a las nueve.",
        ),
        keep(
            "lee_mas_libros",
            "Leed más libros, les dijo la bibliotecaria a los niños.",
            "Luego repartió 200 carnés de biblioteca.",
        ),
        keep(
            "system_requirements",
            "El juego funciona con un equipo sorprendentemente modesto.",
            "Mínimo: 4 GB de RAM y gráficos integrados",
            "Recomendado: 8 GB de RAM y disco SSD",
            "En nuestras pruebas, los tiempos de carga en un disco duro eran desesperantes.",
        ),
        keep(
            "ver_tambien_appendix",
            "Ver también el anexo, que enumera todos los colegios del distrito.",
            "Las cifras de 2023 son provisionales.",
        ),
    ],
    "related_posts": [
        keep(
            "related_articles_in_a_sentence",
            "Artículos relacionados con la corrupción llenaron las portadas durante semanas.",
            "El viernes el asunto ya había desaparecido de los telediarios.",
        ),
        keep(
            "lo_mas_leido_over_a_ranking_of_books",
            "La biblioteca publicó el lunes la lista de los libros más prestados del año.",
            "Lo más leído",
            "- Cien años de soledad",
            "- La sombra del viento",
            "- El infinito en un junco",
            "El ensayo de Irene Vallejo lleva tres años entre los más prestados.",
        ),
        keep(
            "no_te_lo_pierdas_sights_list",
            "Granada premia a quien la recorre sin prisa.",
            "No te lo pierdas",
            "- La Alhambra al atardecer",
            "- El flamenco en el Albaicín",
            "- Las tapas de la calle Navas",
            "El casco antiguo se recorre a pie en un día.",
        ),
        keep(
            "mas_de_heading_then_prose",
            "Los vecinos se concentraron frente al ayuntamiento a mediodía.",
            "Más de 300 vecinos en la calle",
            "La protesta, convocada por la asociación de comerciantes, duró dos horas.",
        ),
        keep(
            "te_puede_interesar_sentence",
            "Te puede interesar el café del museo, que sirve una buena tarta de limón.",
            "Cierra una hora antes que las salas.",
        ),
        keep(
            "latest_news_sentence",
            "Últimas noticias del frente llegaron a la capital solo el viernes.",
            "Las autoridades no dieron cifras de víctimas.",
        ),
        keep(
            "what_you_need_list_at_end",
            "Podar un rosal es menos difícil de lo que parece.",
            "Lo que necesitas",
            "- Unas tijeras de podar bien afiladas",
            "- Guantes gruesos de jardinería",
            "- Un poco de cuerda",
        ),
    ],
    "see_more_teasers": [
        keep(
            "y_entonces_dijo",
            "Mi abuelo casi nunca hablaba de la guerra.",
            "Y entonces dijo…",
            "Se calló, y nunca terminó la frase.",
        ),
        keep(
            "single_ellipsis_line",
            "Esperamos los resultados hasta mucho después de medianoche.",
            "Yo no dejaba de pensar en lo que pudo haber sido...",
            "A las tres sonó por fin el teléfono.",
        ),
        keep(
            "lee_mas_sobre_sentence",
            "Lee más sobre la sentencia en la resolución del tribunal.",
            "Los magistrados se dividieron cinco a cuatro.",
        ),
        keep(
            "veras_mas_tormentas",
            "Verás más tormentas como esta a medida que se caliente el clima.",
            "Las aseguradoras ya están subiendo las primas en la costa.",
        ),
        keep(
            "list_of_what_more",
            "La feria tiene música en directo, puestos de comida, artesanía… y más.",
            "La entrada es gratuita para los menores de 12 años.",
        ),
        keep(
            "crowd_chanting_for_more",
            "El grupo dejó el escenario a las once, pero nadie se movió.",
            "Para entonces todo el pabellón coreaba, despacio al principio: otra… otra… ¡Otra!",
            "Volvieron para tocar tres canciones más.",
        ),
        keep(
            "siguio_leyendo",
            "Siguió leyendo mucho después de que los demás se fueran a dormir.",
            "Por la mañana había terminado la trilogía entera.",
        ),
    ],
    "footer_links": [
        keep(
            "a_tutorial_showing_a_footer_and_its_copyright_line",
            *PLENO,
            "Las páginas imprescindibles",
            "* Inicio",
            "* Quiénes somos",
            "* Contacto",
            "* Política de privacidad",
            "* Aviso legal",
            "Y en el pie, una línea como esta:",
            "© 2025 Nombre de tu negocio",
        ),
        keep(
            "the_pages_in_a_list_the_text_introduces",
            *CABECERA,
            *PLENO,
            "Un pie de página sencillo para la web de un pequeño negocio podría ser:",
            "Quiénes somos",
            "Contacto",
            "Política de privacidad",
            "Aviso legal",
            "© 2025 Tu empresa",
        ),
        keep(
            "links_that_are_sentences_of_the_article",
            *CABECERA,
            *ARTICULO,
            "Contacta con nosotros si viste el accidente.",
            "Lee la política de privacidad del ayuntamiento antes de firmar la petición.",
            "Las condiciones de uso del nuevo carril están expuestas en los dos extremos.",
            "© 2025 El Diario del Puerto",
        ),
        keep(
            "the_article_goes_on_after_the_list",
            *CABECERA,
            *PLENO,
            "Quiénes somos",
            "Trabaja con nosotros",
            "Política de privacidad",
            "Aviso legal",
            *MUSEO,
            *SUENO,
            "© 2025 El Diario del Puerto",
        ),
    ],
    "reading_times": [
        keep(
            "a_read_in_a_sentence",
            "El informe se lee en 5 minutos y merece la pena cada uno de ellos.",
            "Lo publicó el martes la concejalía de Movilidad.",
        ),
        keep(
            "reading_time_as_a_topic",
            "Los niños que leen veinte minutos al día aprenden más palabras.",
            "Tiempo de lectura",
            "Los expertos recomiendan repartirlo entre la mañana y la noche.",
        ),
        keep(
            "a_recipe_step",
            "Amasa durante 10 minutos.",
            "Deja reposar la masa 30 min.",
            "Hornea 25 minutos y comprueba la temperatura al final.",
        ),
        keep(
            "a_timetable",
            "Los trenes salen cada 15 minutos desde el andén 2.",
            "Duración del trayecto: 42 minutos",
        ),
        keep(
            "a_quoted_stamp",
            "La aplicación muestra «5 min de lectura» sobre cada artículo, algo que gusta a los "
            "lectores.",
            "El uso creció después de añadirlo.",
        ),
        keep(
            "minutes_of_reading_in_a_study",
            "Los alumnos leían 20 minutos al día.",
            "Leer 20 minutos al día mejoró las notas en una décima.",
        ),
    ],
    "site_controls": [
        keep(
            "add_to_cart_in_a_sentence",
            "Añadir al carrito solo lo necesario es la primera regla del presupuesto semanal.",
            "Las compras por impulso suman más de lo que creemos.",
        ),
        keep(
            "controls_the_article_names",
            "El estudio de usabilidad probó dos textos para el mismo botón:",
            "Añadir al carrito",
            "Añadir a la cesta",
            "Los compradores pulsaron el segundo un 8 % más.",
        ),
        keep(
            "copy_links_as_an_instruction",
            "Copiar enlaces a mano es arriesgado: un carácter de más los rompe.",
            "Pégalos en la barra de direcciones para comprobarlos.",
        ),
        keep(
            "view_details_in_a_sentence",
            "Ver detalles del plan en el ayuntamiento es posible hasta finales de marzo.",
            "Las alegaciones por escrito se aceptan hasta entonces.",
        ),
        keep(
            "write_a_review_as_advice",
            "Escribir una reseña solo después de una segunda visita, aconseja el crítico.",
            "Las primeras impresiones favorecen lo nuevo y castigan lo concurrido.",
        ),
    ],
    "title": [
        keep("first_line_is_a_sentence", P1, P2, P3),
        keep("only_one_line", "Breve historia del ayuntamiento"),
        keep("too_little_body", "El ayuntamiento reabre", "Las puertas abren a las nueve."),
        keep("first_line_is_a_bullet", "- Precalienta el horno a 200 grados", H1, H2, H3),
        keep(
            "first_line_is_a_lead_in",
            "Esto es lo que decidió el pleno el martes:",
            "- Un carril bici nuevo en el paseo del Puerto",
            "- La congelación de las tarifas de aparcamiento",
            P3,
            P4,
        ),
        keep("byline_first", "Por Ana García", P1, P2, P3),
        keep("dateline_first", "Publicado el 3 de marzo de 2024", H1, H2, H3),
        keep(
            "dateline_sentence",
            "MADRID — El Banco de España mantuvo el martes su previsión de crecimiento para "
            "este año.",
            "Los economistas esperaban una revisión a la baja tras los datos del verano.",
        ),
        keep(
            "dialogue_opening_with_ellipsis",
            "«Bueno, ¿por dónde íbamos…»",
            "Mi abuela hacía esa pregunta cada noche, y cada noche la historia seguía "
            "exactamente donde se había quedado la víspera.",
        ),
    ],
}
