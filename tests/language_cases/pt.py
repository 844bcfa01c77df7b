"""Portuguese (pt) cases of the phrase rules: the clutter Brazilian and
Portuguese sites print, and Portuguese article prose that only looks like it.
tests/test_languages.py runs them; tests/filter_helpers.py says how they are
written.
"""

from __future__ import annotations

from tests.filter_helpers import Cut, cut, keep

# Article prose used around the clutter lines. Each line is a full sentence,
# so none of them looks like a headline or a teaser.
CAMARA = (
    "A câmara municipal aprovou na terça-feira, por sete votos a dois, a extensão da "
    "ciclovia ao longo da Avenida do Porto.",
    "Os defensores da medida disseram que o percurso ficará mais seguro para as crianças "
    "que vão de bicicleta para a escola.",
    "Os opositores alertaram que as lojas da avenida vão perder dezenas de vagas de "
    "estacionamento.",
    "As obras devem começar em setembro e durar cerca de quatro meses.",
)
HORTA = (
    "Os tomateiros precisam de pelo menos seis horas de sol direto por dia para que os "
    "frutos amadureçam bem.",
    "Numa varanda pequena, um único pé plantado num vaso de vinte litros ainda pode render "
    "vários quilos.",
    "Regue bem duas vezes por semana em vez de um pouco todos os dias, para que as raízes "
    "cresçam para baixo.",
    "Retire os brotos laterais assim que aparecerem e adube a planta quando surgirem os "
    "primeiros frutos.",
)
MUSEU = (
    "O museu reabriu no sábado depois de uma reforma de dezoito meses que custou 14 milhões "
    "de reais.",
    "Os visitantes fizeram fila ao redor do quarteirão para ver o teto restaurado da galeria "
    "principal.",
    "A entrada continua gratuita, mas as novas exposições temporárias cobram uma pequena taxa.",
    "A diretora disse esperar dobrar o número de visitas escolares em dois anos.",
)
SONO = (
    "Os pesquisadores acompanharam 2.400 adolescentes durante cinco anos para ver como o sono "
    "afetava as notas.",
    "Os que dormiam menos de sete horas por noite tiveram, em média, notas mais baixas em "
    "matemática.",
    "Os autores ressaltam que o estudo mostra uma associação, e não a prova de que uma coisa "
    "causa a outra.",
    "Agora eles querem testar se um horário de entrada mais tardio nas escolas faz uma "
    "diferença mensurável.",
)

C1, C2, C3, C4 = CAMARA
G1, G2, G3, G4 = HORTA
M1, M2, M3, M4 = MUSEU
S1, S2, S3, S4 = SONO

# Enough article prose to count as an article before a comment thread.
ARTICLE = (*CAMARA, *MUSEU)
# A site's header: menu-like lines above the main text.
HEADER = ("* Início", "* Notícias", "* Esportes", "* Tempo")
SIGN = "© 2025 Gazeta do Porto. Todos os direitos reservados."
# Brazilian sites capitalise their footer links ("Política de Privacidade").
LINKS = (
    "Sobre Nós",
    "Trabalhe Conosco",
    "Fale Conosco",
    "Política de Privacidade",
    "Termos de Uso",
)

LIVRARIA = "Como uma cidade salvou a sua última livraria"
LIVRARIA_BODY = (
    "Quando a dona da Livraria Página Virada anunciou que ia se aposentar, a loja parecia "
    "condenada.",
    "Em um mês, 340 moradores compraram cotas, e a livraria reabriu como uma cooperativa.",
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
            "jetpack_share_block_pt_br",
            C1,
            C2,
            Cut("Compartilhe isso:"),
            Cut("Clique para compartilhar no Facebook(abre em nova janela)"),
            Cut("Clique para compartilhar no X(abre em nova janela)"),
            Cut("Clique para compartilhar no WhatsApp(abre em nova janela)"),
        ),
        cut(
            "jetpack_share_block_pt_pt",
            M1,
            M2,
            Cut("Partilhe isto:"),
            Cut("Clique para partilhar no Facebook (abre numa nova janela)"),
            Cut("Clique para imprimir (abre numa nova janela)"),
        ),
        cut(
            "jetpack_like_loading",
            G1,
            G2,
            Cut("Curtir isso:"),
            Cut("Curtir Carregando..."),
        ),
        cut("follow_us_on_instagram", S1, Cut("Siga-nos no Instagram"), S2),
        cut("follow_us_on_two_networks", C1, C2, Cut("Siga-nos no Facebook e no Instagram")),
        cut("network_names", M1, M2, Cut("Facebook Twitter WhatsApp")),
        cut("share_colon", G1, Cut("Compartilhe:"), G2),
        cut("share_this_article", S1, S2, Cut("Compartilhe este artigo")),
        cut("recipe_card_buttons", G1, G2, Cut("Imprimir receita"), Cut("Guardar receita")),
    ],
    "newsletter_prompts": [
        cut(
            "subscribe_to_our_newsletter_sentence",
            C1,
            C2,
            Cut("Assine a nossa newsletter e receba as principais notícias do dia."),
        ),
        cut("enter_email_and_subscribe", M1, M2, Cut("Digite seu e-mail"), Cut("Assine")),
        cut("newsletter_heading", G1, G2, Cut("Newsletter")),
        cut(
            "sign_up_for_our_newsletter_pt_br",
            S1,
            S2,
            Cut("Inscreva-se na nossa newsletter para receber dicas de jardinagem toda semana."),
        ),
        cut("subscribe_pt_pt", C1, Cut("Subscreva a nossa newsletter"), C2),
        cut("thanks_for_signing_up", M1, M2, Cut("Obrigado pela sua inscrição!")),
        cut(
            "wordpress_com_keep_reading",
            G1,
            G2,
            Cut("Assine agora para continuar lendo e ter acesso ao arquivo completo."),
        ),
    ],
    "cookie_notices": [
        cut(
            "we_use_cookies_to_improve",
            C1,
            C2,
            Cut("Utilizamos cookies para melhorar a sua experiência no nosso site."),
        ),
        cut(
            "this_site_uses_cookies",
            M1,
            Cut(
                "Este site utiliza cookies para garantir que você tenha a melhor experiência. "
                "Saiba mais"
            ),
            M2,
        ),
        cut(
            "accept_all_and_settings",
            G1,
            G2,
            Cut("Aceitar todos os cookies"),
            Cut("Configurações de cookies"),
        ),
        cut("reject_and_manage", S1, S2, Cut("Rejeitar tudo"), Cut("Gerenciar preferências")),
        cut(
            "by_continuing_to_browse",
            C1,
            C2,
            Cut("Ao continuar a navegar neste site, você concorda com o uso de cookies."),
        ),
        cut(
            "if_you_keep_browsing_pt_pt",
            M1,
            M2,
            Cut("Se continuar a navegar, consideramos que aceita a utilização de cookies."),
        ),
        cut(
            "wordpress_com_banner",
            G1,
            G2,
            Cut(
                "Privacidade e cookies: Esse site utiliza cookies. Ao continuar a usar este "
                "site, você concorda com seu uso."
            ),
        ),
        cut("we_value_your_privacy", S1, S2, Cut("Valorizamos a sua privacidade")),
        cut("cookie_policy_link", C1, C2, Cut("Política de cookies")),
    ],
    "advertisements": [
        cut("advertising", C1, Cut("Publicidade"), C2),
        cut("shouting_advertising", M1, Cut("PUBLICIDADE"), M2),
        cut("dashed_advertising", G1, Cut("- Publicidade -"), G2),
        cut("continues_after_the_ad", S1, Cut("Continua após a publicidade"), S2),
        cut("sponsored_content", C1, C2, Cut("Conteúdo patrocinado")),
        cut("report_this_ad", M1, Cut("Publicidade"), Cut("Denunciar este anúncio"), M2),
        cut("advertorial_label", G1, Cut("Informe publicitário"), G2),
    ],
    "browser_notices": [
        cut("video_element", C1, Cut("Seu navegador não suporta o elemento de vídeo."), C2),
        cut(
            "scripts_off_notice",
            M1,
            Cut(
                "JavaScript está desativado. Para uma melhor experiência, por favor, ative o "
                "JavaScript em seu navegador antes de prosseguir."
            ),
            M2,
        ),
        cut(
            "comments_need_javascript",
            S1,
            S2,
            Cut("Por favor, ative o JavaScript para ver os comentários com tecnologia Disqus."),
        ),
        cut("video_element_pt_pt", G1, Cut("O seu browser não suporta o elemento de vídeo."), G2),
        cut(
            "magento_scripts_off",
            C1,
            C2,
            Cut(
                "O JavaScript parece estar desativado no seu navegador. Para a melhor "
                "experiência no nosso site, certifique-se de ativar o JavaScript."
            ),
        ),
    ],
    "comment_prompts": [
        cut("leave_a_comment", C1, C2, Cut("Deixe um comentário")),
        cut("leave_a_comment_cancel_reply", M1, M2, Cut("Deixe um comentário Cancelar resposta")),
        cut("comment_count", G1, G2, Cut("12 comentários")),
        cut(
            "email_not_published",
            S1,
            S2,
            Cut("Deixe uma resposta"),
            Cut(
                "O seu endereço de e-mail não será publicado. Campos obrigatórios são "
                "marcados com *"
            ),
        ),
        cut("comments_about_a_post", G1, G2, Cut("3 comentários sobre “Tomates na varanda”")),
        cut("comments_in_brackets", C1, C2, Cut("Comentários (4)")),
        cut(
            "save_my_data",
            S1,
            S2,
            Cut("Salvar meus dados neste navegador para a próxima vez que eu comentar."),
        ),
        cut(
            "akismet",
            M1,
            M2,
            Cut(
                "Este site utiliza o Akismet para reduzir spam. Saiba como seus dados em "
                "comentários são processados."
            ),
        ),
        cut(
            "comment_form_fields",
            C1,
            C2,
            Cut("Deixe um comentário"),
            Cut("Comentário *"),
            Cut("Nome *"),
            Cut("E-mail *"),
            Cut("Site"),
            Cut("Publicar comentário"),
        ),
        cut("blogger_no_comments", G1, G2, Cut("Nenhum comentário:"), Cut("Postar um comentário")),
        cut("comments_are_closed", S1, S2, Cut("Comentários encerrados.")),
    ],
    "comment_threads": [
        cut(
            "wordpress_disse_and_reply",
            *ARTICLE,
            *thread(
                "1. Mariana disse:",
                "14 de julho de 2015 às 15:53",
                "Pedalamos por essa avenida todas as manhãs, então é uma ótima notícia.",
                "Responder",
                "2. Carlos Lima disse:",
                "14 de julho de 2015 às 16:30",
                "E as lojas? Já é difícil estacionar por ali.",
                "Responder",
            ),
        ),
        cut(
            "comment_count_above_the_thread_goes_as_a_prompt",
            *ARTICLE,
            Cut("12 comentários", "comment_prompts"),
            *thread(
                "Joana diz:",
                "3 de março de 2024 às 9:12",
                "Finalmente! Demoraram muito para decidir.",
                "Responder",
                "Rui Costa diz:",
                "3 de março de 2024 às 11:40",
                "A ciclovia vai ser separada do trânsito?",
            ),
        ),
    ],
    "promo_lines": [
        cut(
            "read_also_colon",
            C1,
            C2,
            Cut("Leia também: Prefeitura adia votação do orçamento para agosto"),
            C3,
        ),
        cut(
            "read_more_shouting",
            M1,
            Cut("LEIA MAIS: A disputa pela última piscina pública da cidade"),
            M2,
        ),
        cut("see_also_guillemet", G1, Cut("Veja também » Como o velho moinho virou um teatro"), G2),
        cut(
            "related_colon",
            S1,
            S2,
            Cut("Relacionado: Seca muda o mapa das lavouras no Nordeste"),
            S3,
        ),
        cut("dont_miss_emoji", C1, Cut("✨ Não perca: A vida secreta dos pombos da cidade"), C2),
        cut(
            "read_more_link",
            M1,
            Cut("Leia mais: https://exemplo.com.br/noticias/orcamento-explicado"),
            M2,
        ),
        cut(
            "learn_more_colon",
            G1,
            Cut("Saiba mais: Entenda o que muda com a nova lei do inquilinato"),
            G2,
        ),
    ],
    "related_posts": [
        cut(
            "block_at_end",
            C1,
            C2,
            C3,
            Cut("Notícias relacionadas"),
            Cut("Comerciantes da Avenida do Porto lançam abaixo-assinado"),
            Cut("O que o novo orçamento muda para os ônibus"),
            Cut("Eleições municipais: quem concorre onde"),
        ),
        cut(
            "block_mid_page_with_excerpts",
            G1,
            G2,
            Cut("Você também pode gostar"),
            Cut("Como cultivar pimentas dentro de casa"),
            Cut("As pimentas adoram calor, e um parapeito ensolarado pode oferecer bastante…"),
            Cut("O melhor adubo para vasos"),
            Cut("Nem todo substrato é igual, e os sacos mais baratos muitas vezes…"),
            G3,
            G4,
        ),
        cut(
            "more_news_from_a_section",
            M1,
            M2,
            M3,
            Cut("Mais notícias de Cultura"),
            Cut("Dez galerias que valem a viagem neste verão"),
            Cut("A luta para salvar os antigos banhos públicos do centro"),
        ),
        cut(
            "read_also_heading_with_bullets",
            S1,
            S2,
            Cut("Leia também:"),
            Cut("• Por que os adolescentes não conseguem dormir antes da meia-noite"),
            Cut("• Aulas mais tarde melhoram as notas, dizem pesquisadores"),
        ),
        cut(
            "you_may_also_like_pt_pt",
            C1,
            C2,
            Cut("Pode também gostar de"),
            Cut("Comerciantes da Avenida do Porto lançam petição"),
            Cut("O que o novo orçamento muda para os autocarros"),
            Cut("Ver mais"),
            C3,
            C4,
        ),
    ],
    "see_more_teasers": [
        cut(
            "title_read_more",
            C1,
            C2,
            Cut("Câmara adia votação do plano de transportes enquanto…Leia mais"),
            C3,
        ),
        cut(
            "excerpt_read_more_guillemet",
            M1,
            M2,
            Cut("A nova ala vai abrigar a coleção de tecidos do museu quando abrir… Leia mais »"),
        ),
        cut("lone_read_more", S1, S2, Cut("Leia mais"), S3),
        cut("continue_reading_arrow", G1, G2, Cut("Continue lendo →")),
        cut(
            "truncated_before_link",
            C1,
            C2,
            Cut("O prefeito disse que o orçamento seria equilibrado com cortes em…"),
            Cut("Leia mais"),
        ),
        cut("see_more", G1, G2, Cut("Ver mais ›")),
        cut("continue_reading_pt_pt", M1, M2, Cut("Continuar a ler"), M3),
    ],
    "footer_links": [
        cut("links_and_copyright_after_the_article", *HEADER, *ARTICLE, *cuts(*LINKS, SIGN)),
        cut(
            "bulleted_links",
            *HEADER,
            *ARTICLE,
            *cuts("* Quem somos", "* Expediente", "* Anuncie", "* Termos e condições", SIGN),
        ),
        cut(
            "portuguese_press_footer",
            "* Início",
            "* País",
            "* Mundo",
            "* Desporto",
            *ARTICLE,
            *cuts(
                "Ficha técnica",
                "Estatuto editorial",
                "Contactos",
                "Livro de reclamações",
                "© 2025 Jornal da Ribeira",
            ),
        ),
    ],
    "reading_times": [
        cut("min_read_under_a_byline", "Por Ruth Almeida", Cut("5 min de leitura"), C1, C2),
        cut("reading_time_label", Cut("Tempo de leitura: 4 minutos"), M1, M2),
        cut("bulleted", G1, Cut("- 11 min de leitura"), G2),
        cut("short_label", S1, Cut("Leitura: 3 min"), S2),
        cut("minutes_of_reading", C1, Cut("7 minutos de leitura"), C2),
    ],
    "site_controls": [
        cut("toggle_navigation", Cut("Alternar navegação"), C1, C2),
        cut(
            "shop_buttons",
            S1,
            Cut("Adicionar ao carrinho"),
            Cut("Adicionar à lista de desejos"),
            S2,
        ),
        cut("copy_link", M1, Cut("Copiar link"), M2),
        cut("forum_quote_expander", G1, Cut("Clique para expandir..."), G2),
        cut("a_control_as_a_list_item", C1, C2, Cut("* Ver detalhes")),
        cut("write_a_review", M1, M2, Cut("Escreva uma avaliação")),
    ],
    "title": [
        cut("plain_headline", Cut(LIVRARIA), *LIVRARIA_BODY),
        cut("printed_twice", Cut(LIVRARIA), Cut(LIVRARIA), *LIVRARIA_BODY),
        cut(
            "site_name_variant_first",
            Cut(f"{LIVRARIA} | Gazeta do Porto"),
            Cut(LIVRARIA),
            *LIVRARIA_BODY,
        ),
        cut(
            "a_lower_case_byline_under_the_headline",
            Cut("Horta na varanda: o que plantar em maio"),
            "por Ana Souza, 10 min de leitura",
            G1,
            G2,
        ),
        cut("a_markdown_heading", Cut(f"# {LIVRARIA}"), "", *LIVRARIA_BODY),
    ],
}

HARD_NEGATIVES = {
    "share_prompts": [
        keep(
            "share_your_impressions",
            "Compartilhe suas impressões com a família antes da votação.",
            "As urnas abrem às 8h e fecham às 17h.",
        ),
        keep(
            "follow_us_said_the_guide",
            "Siga-nos até a praça, disse o guia aos turistas que esperavam na estação.",
            "O passeio durou quase três horas.",
        ),
        keep(
            "networks_listed_with_commas",
            "Os entrevistados contaram onde viram o boato pela primeira vez:",
            "- Facebook, Instagram e WhatsApp",
            "- Grupos de vizinhos",
            "- Rádio local",
        ),
        keep(
            "interview_answer_two_networks",
            "P. Onde a maioria dos novos clientes encontra vocês?",
            "Instagram e Facebook.",
            "P. E o site?",
            "Quase nunca, o que ainda me surpreende.",
        ),
        keep(
            "sharing_is_caring_quote",
            "Partilhar é cuidar, dizia a minha avó, e ela falava a sério.",
            "A cozinha dela alimentou metade da rua durante a greve de 1984.",
        ),
    ],
    "newsletter_prompts": [
        keep(
            "mayor_urged_to_subscribe",
            "A prefeita pediu aos moradores que assinem a newsletter da cidade.",
            "É o único lugar onde os bloqueios de ruas são anunciados com antecedência.",
        ),
        keep(
            "subscribe_to_the_alerts",
            "As autoridades pediram que a população se prepare antes da chegada da tempestade.",
            "Assine a newsletter da Defesa Civil para receber alertas de enchente por mensagem.",
            "Os abrigos abrem ao meio-dia de quarta-feira.",
        ),
        keep(
            "sign_up_heading_of_a_course",
            "O curso gratuito de fotografia começa em março na biblioteca municipal.",
            "Inscreva-se",
            "As inscrições vão até 20 de fevereiro e podem ser feitas no balcão da biblioteca.",
        ),
        keep(
            "stay_informed_heading",
            "Preparar-se cedo é a melhor proteção contra as enchentes.",
            "Fique por dentro",
            "Acompanhe os boletins da Defesa Civil e tenha um rádio a pilha em casa.",
        ),
        keep(
            "subscribers_pay_more",
            "Os assinantes vão pagar R$ 4 a mais por mês a partir de julho.",
            "A empresa culpou o aumento dos custos de licenciamento.",
        ),
    ],
    "cookie_notices": [
        keep(
            "oat_cookies_in_a_recipe",
            "Usamos cookies de aveia da padaria da esquina nesta receita.",
            "Qualquer biscoito crocante e amanteigado funciona tão bem quanto.",
        ),
        keep(
            "cookies_to_line_the_tin",
            "Usamos cookies para forrar a forma antes de despejar o creme.",
            "Leve à geladeira por pelo menos quatro horas antes de servir.",
        ),
        keep(
            "quoted_company_statement",
            "“Valorizamos a sua privacidade e nunca vendemos dados de clientes”, disse a empresa.",
            "O regulador pediu à empresa que entregue os registros até sexta-feira.",
        ),
        keep(
            "regulator_on_banners",
            "O regulador disse que rejeitar tudo deve ser tão fácil quanto aceitar tudo.",
            "Os sites que não cumprirem a regra podem ser multados.",
        ),
        keep(
            "a_guide_that_explains_the_kinds_of_cookies",
            "Os sites dividem os cookies em alguns tipos antes de pedir o consentimento.",
            "Os cookies necessários mantêm você conectado e lembram o que está no carrinho.",
            "Os cookies de análise contam as visitas, e os de publicidade seguem você pela web.",
        ),
    ],
    "advertisements": [
        keep(
            "advertising_revenue",
            "A receita com publicidade caiu 4% no trimestre, informou a empresa.",
            "A receita com assinaturas subiu pelo nono trimestre seguido.",
        ),
        keep(
            "sponsored_by_rotary",
            "Patrocinado pelo Rotary Clube, o evento arrecadou R$ 12 mil para o banco de "
            "alimentos.",
            "Mais de 600 corredores participaram apesar da chuva.",
        ),
        keep(
            "ads_on_buses",
            "Os anúncios do espetáculo circularam nos ônibus de toda a cidade.",
            "Os ingressos esgotaram em dois dias.",
        ),
        keep(
            "sponsored_posts_rules",
            "Publicações patrocinadas agora precisam de um aviso claro, pelas novas regras.",
            "Os influenciadores que descumprirem a regra podem ser multados.",
        ),
    ],
    "browser_notices": [
        keep(
            "a_feature_the_browser_lacks",
            "Seu navegador não suporta WebGPU ainda, então a demonstração recorre ao WebGL.",
            "Ela roda quatro vezes mais devagar, mas todos os quadros aparecem.",
        ),
        keep(
            "javascript_off_by_default",
            "O JavaScript vem desativado por padrão em alguns navegadores focados em "
            "privacidade, como o Tor no modo mais seguro.",
            "Os sites que dependem dele mostram então uma página em branco.",
        ),
        keep(
            "how_to_turn_it_on",
            "Por favor, ative o JavaScript no Chrome: abra Configurações e depois Privacidade.",
            "Em seguida, escolha Configurações do site e permita o JavaScript.",
        ),
        keep(
            "a_store_without_power",
            "A loja não funcionará corretamente enquanto faltar luz, admitiu o dono.",
            "Os caixas e as geladeiras ficam no mesmo circuito.",
        ),
    ],
    "comment_prompts": [
        keep(
            "leave_a_comment_at_city_hall",
            "Deixe um comentário sobre a proposta na reunião de sexta-feira na prefeitura, "
            "pediu a vereadora.",
            "As sugestões por escrito são aceitas até o fim do mês.",
        ),
        keep(
            "no_comment_as_an_answer",
            "P. O senhor vai se candidatar de novo?",
            "Sem comentários.",
            "P. Nem uma palavra sobre o partido?",
            "Nada.",
        ),
        keep(
            "comments_close",
            "Os comentários sobre a proposta podem ser enviados até 30 de junho.",
            "A decisão final é esperada para o segundo semestre.",
        ),
        keep(
            "a_count_in_a_list_the_text_introduces",
            "Até o prazo final, a agência tinha recebido:",
            "* 1.200 comentários",
            "* 40 petições",
            "* 3 ações judiciais",
            "Ela ainda não disse quando vai publicar as respostas.",
        ),
        keep(
            "a_comment_on_a_poet_as_a_heading",
            "O ensaio termina com três notas curtas sobre os poetas da cidade.",
            "Um comentário sobre Camões",
            "O poeta aparece aqui como leitor, e não como herói.",
        ),
    ],
    "comment_threads": [
        keep(
            "forum_thread_is_the_text",
            "paulo_bike disse:",
            "3 de março de 2024 às 9:12",
            G1,
            "Responder",
            "Chris disse:",
            "3 de março de 2024 às 11:40",
            G2,
            "Responder",
            G3,
            G4,
        ),
        keep(
            "a_fact_check_returning_to_a_speaker",
            *ARTICLE,
            "1. Almeida disse:",
            G1,
            "2. Moreira disse:",
            G2,
            "3. Almeida disse:",
            G3,
            "4. Moreira disse:",
            G4,
        ),
        keep(
            "quoted_speakers_in_prose",
            *ARTICLE,
            "A prefeita diz que a ciclovia fica pronta até o fim do ano.",
            "O vice diz o contrário, e em 14 de julho de 2015 às 15:53 escreveu à imprensa.",
            "É possível responder à consulta pública até sexta-feira.",
            "Os formulários estão disponíveis na prefeitura e na biblioteca.",
        ),
    ],
    "promo_lines": [
        keep(
            "read_more_report_online",
            "Os fiscais encontraram problemas em quatro das seis obras que visitaram.",
            "Leia mais: o relatório completo está disponível no site do tribunal.",
        ),
        keep(
            "you_can_read_more",
            "O juiz rejeitou o recurso na segunda-feira.",
            "Você pode ler mais sobre a decisão no acórdão de 40 páginas.",
        ),
        keep(
            "related_sentence",
            "Um homem foi indiciado por incêndio criminoso na segunda-feira.",
            "Relacionado: um segundo suspeito foi preso na terça-feira, segundo a polícia.",
        ),
        keep(
            "travel_tip_list",
            "Dois dias bastam para conhecer bem o centro histórico.",
            "- Não perca: a vista do alto da torre ao pôr do sol",
            "- Evite: o passeio de barco caro demais",
            "- Coma: sardinhas assadas no porto",
        ),
        keep(
            "read_also_the_report",
            "Leia também o relatório do Tribunal de Contas, publicado em maio.",
            "Os números de 2023 ainda são provisórios.",
        ),
        keep(
            "match_report_fact_line",
            "O Sporting venceu o Porto por 2 a 1 no Estádio José Alvalade.",
            "Destaque: Viktor Gyökeres",
            "Melhor em campo, o sueco marcou os dois gols da partida.",
        ),
    ],
    "related_posts": [
        keep(
            "related_articles_in_a_sentence",
            "Artigos relacionados ao caso circularam nas redes sociais.",
            "Na sexta-feira, o boato já tinha sido visto mais de um milhão de vezes.",
        ),
        keep(
            "most_read_books_list",
            "A câmara do livro divulgou a lista anual na quarta-feira.",
            "Mais lidos",
            "- Dom Casmurro",
            "- Torto Arado",
            "- O Alquimista",
            "Torto Arado ganhou posições pelo terceiro ano seguido.",
        ),
        keep(
            "more_about_a_place_heading",
            "Lisboa recebe mais turistas a cada verão, e os bairros antigos sentem a pressão.",
            "Mais sobre Alfama",
            "O bairro perdeu um terço dos moradores em dez anos, segundo a junta de freguesia.",
        ),
    ],
    "see_more_teasers": [
        keep(
            "read_more_books",
            "Leia mais livros, disse a bibliotecária às crianças.",
            "Depois ela distribuiu 200 carteirinhas da biblioteca.",
        ),
        keep(
            "continue_reading_the_report",
            "Continue lendo o relatório e o problema fica evidente.",
            "Os números de 2021 nunca foram auditados.",
        ),
        keep(
            "dialogue_trailing_off",
            "A entrevista tomou um rumo estranho.",
            "Espere…",
            "Ele olhou para o gravador e depois para mim.",
        ),
        keep(
            "learn_more_heading",
            "A campanha de vacinação começa na segunda-feira em todos os postos de saúde.",
            "Saiba mais",
            "As doses estão disponíveis para maiores de 60 anos e profissionais de saúde.",
        ),
    ],
    "footer_links": [
        keep(
            "a_tutorial_showing_a_footer_and_its_copyright_line",
            *CAMARA,
            "As páginas essenciais",
            "* Início",
            "* Sobre nós",
            "* Contato",
            "* Política de privacidade",
            "* Termos de uso",
            "E, no rodapé, uma linha como",
            "© 2025 Nome da Sua Empresa",
        ),
        keep(
            "the_pages_in_a_list_the_text_introduces",
            *HEADER,
            *CAMARA,
            "Um rodapé simples para o site de uma pequena empresa poderia ter:",
            "Sobre nós",
            "Contato",
            "Política de privacidade",
            "Termos de uso",
            "© 2025 Sua Empresa",
        ),
        keep(
            "links_that_are_sentences_of_the_article",
            *HEADER,
            *ARTICLE,
            "Fale conosco se você viu o acidente.",
            "Leia a política de privacidade da prefeitura antes de assinar a petição.",
            "Os termos de uso da nova ciclovia estão afixados nas duas pontas.",
            "© 2025 Gazeta do Porto",
        ),
    ],
    "reading_times": [
        keep(
            "a_read_in_a_sentence",
            "O relatório tem 5 min de leitura e vale cada minuto.",
            "Ele foi publicado na terça-feira pela secretaria de transportes.",
        ),
        keep(
            "reading_time_as_a_heading",
            "Os pais perguntam com frequência quanto tempo as crianças devem ler por dia.",
            "Tempo de leitura",
            "Crianças que leem vinte minutos por dia aprendem mais palavras do que as outras.",
        ),
        keep(
            "a_race_split",
            "As parciais dela foram constantes do início ao fim.",
            "5 km: 17 min 30 s",
            "10 km: 35 min 2 s",
        ),
        keep(
            "minutes_of_reading_in_a_study",
            "Os alunos leram durante 20 minutos por dia.",
            "Vinte minutos de leitura por dia elevaram as notas em um décimo.",
        ),
    ],
    "site_controls": [
        keep(
            "add_to_cart_in_a_sentence",
            "Adicionar ao carrinho só o que você precisa para a semana é a regra de ouro do guia.",
            "As compras por impulso somam mais rápido do que se imagina.",
        ),
        keep(
            "controls_the_article_names",
            "O estudo de usabilidade testou dois rótulos para o mesmo botão:",
            "Adicionar ao carrinho",
            "Adicionar à sacola",
            "Os clientes clicaram no segundo 8% mais vezes.",
        ),
        keep(
            "write_a_review_as_advice",
            "Escreva uma avaliação só depois da segunda visita, aconselha o crítico.",
            "A primeira impressão favorece o novo e castiga o movimentado.",
        ),
    ],
    "title": [
        keep("first_line_is_a_sentence", C1, C2, C3),
        keep("first_line_is_a_byline", "Por Ana Souza", C1, C2, C3),
        keep("first_line_is_a_dateline", "Publicado em 3 de março de 2024", M1, M2, M3),
        keep("first_line_is_an_update_stamp", "Atualizado há 2 horas", S1, S2, S3),
        keep("rhetorical_question", "Por que os gatos ronronam?", S1, S2, S3),
        keep(
            "dateline_sentence",
            "LISBOA — O Banco de Portugal manteve a previsão de crescimento na quinta-feira.",
            "Os economistas esperavam a revisão depois de três meses de inflação em queda.",
        ),
    ],
}
