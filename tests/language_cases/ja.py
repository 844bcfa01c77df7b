"""Japanese cases of the phrase rules: the clutter of Japanese sites each
rule removes, and Japanese article text that only looks like it.
tests/test_languages.py runs them; tests/filter_helpers.py says how they
are written.
"""

from __future__ import annotations

from tests.filter_helpers import Cut, cut, keep

# Article prose: each line a full sentence ending in "。", so none of them
# looks like a headline or a teaser.
COUNCIL = (
    "港町市議会は二十八日、港通りの自転車専用レーンを延伸する案を賛成七、反対二で可決した。",
    "賛成した議員は、自転車で通学する子どもたちにとって道路が安全になると説明した。",
    "反対した議員は、沿道の商店が数十台分の駐車スペースを失うと懸念を示した。",
    "工事は九月に始まり、完成までにおよそ四か月かかる見通しだ。",
)
GARDEN = (
    "トマトをしっかり色づかせるには、一日に少なくとも六時間の直射日光が必要だ。",
    "狭いベランダでも、二十リットルの鉢に一株植えれば数キロの実が収穫できる。",
    "水は毎日少しずつ与えるより、週に二回たっぷり与えたほうが根が深く伸びる。",
    "わき芽は見つけ次第摘み取り、最初の実がついたら追肥をするとよい。",
)
MUSEUM = (
    "市立博物館は一年半に及ぶ改修工事を終え、土曜日に再開した。",
    "開館前から入り口には行列ができ、修復された大展示室の天井を見ようと多くの人が訪れた。",
    "常設展の入館料は引き続き無料だが、新設の企画展は有料となる。",
    "館長は、二年以内に学校の団体見学を倍に増やしたいと話した。",
)
SLEEP = (
    "研究チームは中高生二千四百人を五年間追跡し、睡眠が成績に与える影響を調べた。",
    "一晩の睡眠が七時間に満たない生徒は、数学の成績が平均して低い傾向にあった。",
    "ただし著者らは、この研究は関連を示すもので因果関係を証明するものではないと注意を促している。",
    "研究チームは今後、始業時刻を遅らせることで成績が変わるかどうかを検証する予定だ。",
)

K1, K2, K3, K4 = COUNCIL
G1, G2, G3, G4 = GARDEN
M1, M2, M3, M4 = MUSEUM
S1, S2, S3, S4 = SLEEP

# About 140 words of article prose: enough to count as an article before a thread.
ARTICLE = (*COUNCIL, *MUSEUM)
# A site's header: menu-like lines above the main text.
HEADER = ("* ホーム", "* ニュース", "* スポーツ", "* 天気")
SIGN = "© 2025 港町新聞社"
LINKS = ("会社概要", "採用情報", "お問い合わせ", "プライバシーポリシー", "利用規約")

HEADLINE = "市議会、自転車レーン延伸案を可決"


def cuts(*lines: str) -> tuple[Cut, ...]:
    """The lines as ``Cut`` lines."""
    return tuple(Cut(line) for line in lines)


POSITIVES = {
    "share_prompts": [
        cut(
            "jetpack_share_block",
            K1,
            K2,
            Cut("共有:"),
            Cut("クリックして Twitter で共有 (新しいウィンドウで開きます)"),
            Cut("クリックして Facebook で共有 (新しいウィンドウで開きます)"),
        ),
        cut("share_this_article", M1, M2, Cut("この記事をシェアする")),
        cut("share_bar", Cut("シェア ツイート はてブ LINE Pocket"), G1, G2),
        cut("follow_on_x", S1, Cut("Xでフォローする"), S2),
        cut("line_friend_button", K1, K2, Cut("LINEで友だち追加")),
        cut("like_loading", G1, G2, Cut("いいね:"), Cut("いいね 読み込み中…")),
        cut("network_names", M1, M2, Cut("LINE はてなブックマーク Pocket")),
        cut("send_by_line_and_tweet", S1, S2, Cut("ツイート | LINEで送る | はてブ")),
    ],
    "newsletter_prompts": [
        cut("mail_magazine", K1, K2, Cut("メルマガ登録はこちら")),
        cut(
            "mail_magazine_with_a_pitch",
            G1,
            Cut("メルマガ登録はこちら！毎週金曜日に新着記事をお届けします。"),
            G2,
        ),
        cut(
            "jetpack_subscription_box",
            M1,
            M2,
            Cut("ブログをメールで購読"),
            Cut("メールアドレスを記入して購読すれば、更新をメールで受信できます。"),
            Cut("他1,024人の購読者に加わりましょう"),
            Cut("メールアドレスを入力"),
            Cut("購読する"),
        ),
        cut("newsletter_subscribe", S1, S2, Cut("📩 ニュースレターを購読する")),
        cut("thank_you", K1, K2, Cut("ご登録ありがとうございます。")),
    ],
    "cookie_notices": [
        cut(
            "this_site_uses_cookies",
            K1,
            K2,
            Cut(
                "当サイトではCookieを使用しています。引き続き閲覧される場合は、"
                "Cookieの使用に同意したものとみなします。"
            ),
        ),
        cut(
            "this_website_uses_kukki",
            M1,
            Cut(
                "このウェブサイトはクッキーを使用しています。詳しくはクッキーポリシーをご覧ください。"
            ),
            M2,
        ),
        cut(
            "cookie_with_kana_in_brackets",
            G1,
            G2,
            Cut("当サイトではCookie（クッキー）を利用しています。"),
        ),
        cut("accept_and_settings", S1, S2, Cut("すべてのCookieを受け入れる"), Cut("Cookie設定")),
        cut("agree_and_close", K1, K2, Cut("同意して閉じる")),
        cut(
            "mention_and_a_button",
            M1,
            M2,
            Cut("Cookieを使用しています。 同意する"),
        ),
        cut(
            "necessary_only_and_reject", G1, G2, Cut("必要なCookieのみ許可"), Cut("すべて拒否する")
        ),
    ],
    "advertisements": [
        cut("sponsored_link", K1, Cut("スポンサーリンク"), K2),
        cut("ad", M1, Cut("広告"), M2),
        cut("continues_after_the_ad", S1, Cut("（広告の後にも続きます）"), S2),
        cut(
            "fc2_sponsored_site",
            G1,
            G2,
            Cut("スポンサーサイト"),
            Cut(
                "上記の広告は1ヶ月以上更新のないブログに表示されています。"
                "新しい記事を書く事で広告が消せます。"
            ),
        ),
        cut("hide_ads_link", K1, K2, Cut("広告を非表示にする")),
        cut("theme_pr_label", Cut("記事内に広告が含まれています。"), M1, M2),
    ],
    "browser_notices": [
        cut("video_tag", K1, Cut("お使いのブラウザはvideoタグをサポートしていません。"), K2),
        cut("please_enable_javascript", M1, M2, Cut("JavaScriptを有効にしてください。")),
        cut(
            "javascript_off_in_your_browser",
            G1,
            Cut(
                "お使いのブラウザではJavaScriptが無効になっています。"
                "表示するにはJavaScriptを有効にしてください。"
            ),
            G2,
        ),
        cut(
            "site_needs_javascript",
            S1,
            S2,
            Cut("このサイトを正しく表示するにはJavaScriptを有効にしてください。"),
        ),
        cut("iframe_fallback", K1, Cut("iframe対応のブラウザでご覧ください。"), K2),
    ],
    "comment_prompts": [
        cut(
            "wordpress_comment_form",
            K1,
            K2,
            Cut("コメントを残す"),
            Cut("メールアドレスが公開されることはありません。 * が付いている欄は必須項目です"),
            Cut("コメント *"),
            Cut("名前 *"),
            Cut("メール *"),
            Cut("サイト"),
            Cut(
                "次回のコメントで使用するためブラウザーに自分の名前、メールアドレス、サイトを保存する。"
            ),
            Cut("コメントを送信"),
        ),
        cut("comment_count", G1, G2, Cut("3件のコメント")),
        cut("count_in_brackets", M1, M2, Cut("コメント（12）")),
        cut("comments_are_closed", S1, S2, Cut("コメントは受け付けていません。")),
        cut(
            "akismet",
            K1,
            K2,
            Cut(
                "このサイトはスパムを低減するために Akismet を使っています。"
                "コメントデータの処理方法の詳細はこちらをご覧ください。"
            ),
        ),
        cut("log_in_to_comment", G1, G2, Cut("コメントを投稿するにはログインしてください。")),
        cut("leave_a_reply_cancel", M1, M2, Cut("コメントを残す コメントをキャンセル")),
        cut("write_a_comment", S1, S2, Cut("コメントを書く")),
        cut("no_comments_yet", K1, K2, Cut("まだコメントはありません。")),
    ],
    "comment_threads": [
        cut(
            "wordpress_yori_and_reply",
            *ARTICLE,
            *cuts(
                "1. 田中 より:",
                "2025年7月14日 3:53 PM",
                "毎朝この道を自転車で通っているので、うれしい知らせです。",
                "返信",
                "2. yamada より:",
                "2025年7月14日 4:30 PM",
                "でも沿道の商店の駐車場はどうなるのでしょうか。",
                "返信",
            ),
        ),
        cut(
            "under_a_comment_count",
            *ARTICLE,
            Cut("2件のコメント", "comment_prompts"),
            *cuts(
                "佐藤 より:",
                "2024年3月3日 9:12 AM",
                "ようやく決まりましたね。",
                "返信",
                "匿名 より:",
                "2024年3月3日 11:40 AM",
                "レーンは車道と分けられるのでしょうか。",
            ),
        ),
        cut(
            "blogger_reply_delete",
            *ARTICLE,
            *cuts(
                "1. 通りすがり より:",
                "2008年9月11日 14:06",
                "通学路が安全になるのはありがたいです。",
                "返信削除",
                "2. 編集部 より:",
                "2008年9月15日 21:19",
                "コメントありがとうございます。工事の様子も追ってお伝えします。",
                "返信削除",
            ),
        ),
    ],
    "promo_lines": [
        cut("related_article_colon", K1, Cut("関連記事：港通りの商店主らが署名活動を開始"), K2),
        cut("read_together_guillemet", M1, Cut("あわせて読みたい » 自転車レーンはなぜ必要か"), M2),
        cut(
            "recommended_pipe",
            G1,
            G2,
            Cut("▶ こちらもおすすめ｜ベランダで育てやすい野菜ベスト5"),
            G3,
        ),
        cut("popular_emoji", S1, Cut("✨ 人気記事: 中高生の睡眠時間、十年で三十分減少"), S2),
        cut("related_with_link", K1, Cut("関連記事: https://example.jp/news/12345"), K2),
        cut(
            "recommended_arrow", M1, Cut("おすすめ記事 → 博物館の天井画はこうしてよみがえった"), M2
        ),
        cut(
            "also_read_pipe",
            S1,
            Cut("この記事も読まれています | 夜更かしが翌日の集中力を奪う理由"),
            S2,
        ),
    ],
    "related_posts": [
        cut(
            "block_at_end",
            K1,
            K2,
            K3,
            Cut("関連記事"),
            Cut("港通りの商店主らが署名活動を開始"),
            Cut("新予算でバス路線はどう変わる"),
            Cut("市議選、立候補予定者の顔ぶれ"),
        ),
        cut(
            "block_mid_page_with_excerpts",
            G1,
            G2,
            Cut("あわせて読みたい"),
            Cut("室内でトウガラシを育てるコツ"),
            Cut("トウガラシは暑さを好み、日当たりのよい窓辺なら…"),
            Cut("鉢植えに向く堆肥の選び方"),
            Cut("培養土はどれも同じではなく、安い袋ほど…"),
            G3,
            G4,
        ),
        cut(
            "jetpack_related",
            M1,
            M2,
            M3,
            Cut("関連"),
            Cut("港通りの自転車レーン、来月着工"),
            Cut("2025年8月3日"),
            Cut("「まちづくり」内"),
            Cut("市議会、新年度予算を可決"),
            Cut("2025年7月20日"),
            Cut("「市政」内"),
        ),
        cut(
            "ranking_numbered",
            S1,
            S2,
            Cut("人気記事ランキング"),
            Cut("1. 夏休み明けに成績が下がる本当の理由"),
            Cut("2. スマホを教室から締め出した町"),
            Cut("3. 受験期の親が知っておきたいこと"),
        ),
        cut(
            "readers_also_read_with_colon",
            K1,
            K2,
            Cut("📚 この記事を読んだ人はこんな記事も読んでいます："),
            Cut("・港通りの商店主らが署名活動を開始"),
            Cut("・新予算でバス路線はどう変わる"),
        ),
        cut(
            "ambiguous_heading_with_a_read_more_link",
            G1,
            G2,
            Cut("おすすめ"),
            Cut("四人家族の食卓を支えるベランダ"),
            Cut("バジルがすぐ枯れてしまう理由"),
            Cut("続きを読む"),
        ),
        cut(
            "recent_posts_widget",
            M1,
            M2,
            M3,
            Cut("最近の投稿"),
            Cut("夏休みの博物館、子ども向け講座を拡充"),
            Cut("修復士が肖像画の下に隠れた素描を発見"),
        ),
    ],
    "see_more_teasers": [
        cut("title_read_more", K1, K2, Cut("市議会、交通計画の採決を延期…続きを読む"), K3),
        cut(
            "excerpt_read_more_guillemet",
            M1,
            M2,
            Cut("新館には博物館の染織コレクションが収められる予定で… 続きを読む »"),
        ),
        cut("lone_read_more", S1, S2, Cut("続きを読む"), S3),
        cut("see_more_arrow", G1, G2, Cut("もっと見る →")),
        cut(
            "truncated_before_link",
            K1,
            K2,
            Cut("市長は、予算の均衡は歳出の削減によって…"),
            Cut("続きを読む"),
        ),
        cut(
            "run_of_two_teasers",
            S1,
            S2,
            Cut("夏の監視員不足に悩む市営プール"),
            Cut(
                "市はプールを運営する費用を確保できず、この夏は一部のプールを閉鎖する可能性があると…"
            ),
            Cut("朝市が二年ぶりに本通りに戻ってくる"),
            Cut("二年間の休止を経て、土曜の朝市が出店数を増やして再開することになり…"),
            S3,
        ),
        cut("full_text_link", M1, M2, Cut("記事全文を読む")),
        cut("glued_details", G1, G2, Cut("古い製粉所が劇場に生まれ変わるまで…詳細»"), G3),
    ],
    "footer_links": [
        cut("links_and_copyright_after_the_article", *HEADER, *ARTICLE, *cuts(*LINKS, SIGN)),
        cut(
            "shop_footer_with_the_legal_notice",
            *HEADER,
            *ARTICLE,
            *cuts(
                "運営会社",
                "サイトマップ",
                "免責事項",
                "特定商取引法に基づく表記",
                "Copyright © 2025 港町商店 All Rights Reserved.",
            ),
        ),
        cut(
            "bulleted_links",
            *HEADER,
            *ARTICLE,
            *cuts("・会社案内", "・広告掲載", "・個人情報保護方針", "・サイトポリシー", SIGN),
        ),
    ],
    "reading_times": [
        cut("about_five_minutes", Cut("この記事は約5分で読めます。"), K1, K2),
        cut("reading_time_label", Cut("読了時間：約4分"), M1, M2),
        cut("reading_estimate", G1, Cut("読了目安: 7分"), G2),
        cut("minutes_to_read", S1, Cut("約3分で読めます"), S2),
    ],
    "site_controls": [
        cut("open_menu", Cut("メニューを開く"), K1, K2),
        cut("copy_link", M1, Cut("リンクをコピー"), M2),
        cut("shop_buttons", S1, Cut("カートに入れる"), Cut("ほしい物リストに追加する"), S2),
        cut("write_a_review", G1, G2, Cut("レビューを書く")),
        cut("forum_quote_expander", K1, Cut("クリックして展開..."), K2),
    ],
    "title": [
        cut("plain_headline", Cut(HEADLINE), K1, K2, K3),
        cut("printed_twice", Cut(HEADLINE), Cut(HEADLINE), K1, K2),
        cut("site_name_variant_first", Cut(f"{HEADLINE} | 港町新聞"), Cut(HEADLINE), K1, K2),
        cut("site_name_variant_second", Cut(HEADLINE), Cut(f"{HEADLINE} - 港町新聞"), "", K1, K2),
        cut("ideographic_space_headline", Cut("市立博物館が再開　一年半の改修終える"), M1, M2, M3),
        cut("quoted_headline", Cut("「もう待てない」沿道住民が署名活動"), K2, K3, K4),
        cut("markdown_heading", Cut("# ベランダ菜園、五月に植えたい野菜"), "", G1, G2, G3),
    ],
}

HARD_NEGATIVES = {
    "share_prompts": [
        keep(
            "share_in_a_sentence",
            "この記事をシェアするかどうかは、読者それぞれの判断に任されている。",
            K1,
        ),
        keep(
            "market_share",
            "シェア首位の座は三年ぶりに入れ替わった。",
            "業界団体が月曜日に発表した。",
        ),
        keep(
            "sent_by_line",
            "LINEで送られてきた写真には、崩れた石垣が写っていた。",
            "市は翌朝、現地に職員を派遣した。",
        ),
        keep(
            "follow_in_a_sentence",
            "フォローする側の負担も考えるべきだと、研究者は指摘する。",
            "支援の仕組みづくりが急がれる。",
        ),
        keep(
            "a_line_of_dialogue",
            "孫の描いた絵を見せると、祖母は少し黙ってから笑った。",
            "「いいね」",
            "それが祖母の口から聞いた最後の言葉になった。",
        ),
        keep(
            "tweet_deleted",
            "ツイートは月曜日の朝に削除された。",
            "市長の事務所は、アカウントが乗っ取られていたと説明した。",
        ),
    ],
    "newsletter_prompts": [
        keep(
            "subscribers_doubled",
            "メルマガ登録者は昨年の二倍に増え、編集部は配信を週二回に増やした。",
            "広告収入も前年を上回った。",
        ),
        keep(
            "mayor_urged_to_subscribe",
            "市長は住民に、市のメールマガジンに登録するよう呼びかけた。",
            "道路の通行止めは、そこでしか事前に知らされない。",
        ),
        keep(
            "how_to_reset_a_password",
            "パスワードを忘れた場合は、アプリの「パスワードを忘れた方」を押す。",
            "メールアドレスを入力すると、確認コードが届く仕組みだ。",
            "コードの有効期限は十分間だ。",
        ),
        keep(
            "a_thank_you_in_a_report",
            "ご登録ありがとうございます、と受付の職員は一人ひとりに声をかけた。",
            "説明会には二百人近くが集まった。",
        ),
        keep(
            "subscribing_to_one_paper",
            "購読する新聞を一紙に絞った家庭が増えている。",
            "十年前の調査では二紙以上が半数を占めていた。",
        ),
    ],
    "cookie_notices": [
        keep(
            "a_tart_base",
            "このタルトの土台には、砕いた市販のクッキーを使用しています。",
            "バターの多いものなら、どの銘柄でもかまわない。",
        ),
        keep(
            "the_shopkeeper_answered",
            "店の看板商品について尋ねると、店主は少し考えた。",
            "クッキーを使用しています、と店主は笑って答えた。",
            "生地に砕いて混ぜ込むのだという。",
        ),
        keep(
            "a_privacy_policy_page",
            "当サイトでは、アクセス解析のためにCookieを使用しています。",
            "収集した情報は、個人を特定する目的には使いません。",
        ),
        keep(
            "regulator_on_banners",
            "「すべて受け入れる」と同じ手間で拒否できるようにすべきだと、規制当局は指摘した。",
            "従わないサイトには罰金が科される。",
        ),
        keep(
            "settings_screen_study",
            "Cookie設定の画面を開く利用者は、全体の三パーセントにとどまった。",
            "大半はそのまま閉じていた。",
        ),
    ],
    "advertisements": [
        keep(
            "ad_revenue",
            "広告収入は前年より四パーセント減ったと、同社は発表した。",
            "一方で購読料収入は九四半期連続で増えた。",
        ),
        keep(
            "sponsored_link_placement",
            "スポンサーリンクの表示位置を変えたところ、クリック率が二倍になったという。",
            "調査は三か月にわたって行われた。",
        ),
        keep(
            "telling_ads_apart",
            "記事内に広告が含まれているかどうか、読者が見分けるのは難しい。",
            "消費者庁は表示の徹底を求めている。",
        ),
        keep(
            "promotion_at_the_shop",
            "本ページでは、店が春に行ったプロモーションの成果を振り返る。",
            "来店客は前年の一・五倍に増えた。",
        ),
    ],
    "browser_notices": [
        keep(
            "the_message_explained",
            "JavaScriptを有効にしてください、というメッセージが出た場合は、設定画面を確認する。",
            "多くのブラウザでは初めから有効になっている。",
        ),
        keep(
            "a_feature_the_browser_lacks",
            "お使いのブラウザがWebGPUに対応していない場合、デモはWebGLで動作する。",
            "処理はおよそ四倍遅くなるが、すべての場面が表示される。",
        ),
        keep(
            "javascript_off_in_general",
            "JavaScriptが無効になっていると、地図は表示されない。",
            "古い携帯電話では地図を開けない。",
        ),
        keep(
            "a_site_that_needs_it",
            "このサイトを正しく表示するには、最新のブラウザが必要だと市は説明している。",
            "古い端末では地図が開けない。",
        ),
    ],
    "comment_prompts": [
        keep(
            "leaving_comments",
            "コメントを残す読者の多くは、ほかの読者の意見にも目を通している。",
            "調査では七割がそう答えた。",
        ),
        keep(
            "a_count_in_a_sentence",
            "市には期限までに1,200件のコメントが寄せられた。",
            "その多くが移行期間の延長を求めていた。",
        ),
        keep(
            "a_count_in_a_list_the_text_introduces",
            "期限までに当局が受け取ったのは次の通りだ：",
            "- 1,200件のコメント",
            "- 40件の請願",
            "回答の公表時期は明らかにしていない。",
        ),
        keep(
            "no_comment",
            "コメントは控えたいと、広報担当者は述べた。",
            "同社はその後の問い合わせにも応じていない。",
        ),
        keep(
            "a_comment_kicker",
            "図書館を閉じるという市の決定は、住民の暮らしを見ていない。",
            "コメント",
            "図書館は、町に残された数少ない無料の屋内空間の一つだ。",
        ),
        keep(
            "closing_comment_sections",
            "コメント欄を閉じる新聞社が増えている。",
            "荒らしへの対応に人手が割けないためだ。",
        ),
    ],
    "comment_threads": [
        keep(
            "forum_thread_is_the_text",
            "paulb203 より:",
            "2024年3月3日 9:12 AM",
            G1,
            "返信",
            "chris より:",
            "2024年3月3日 11:40 AM",
            G2,
            "返信",
            G3,
            G4,
        ),
        keep(
            "press_review_quoting_papers",
            *ARTICLE,
            "朝日新聞 より",
            G1,
            "読売新聞 より",
            G2,
            "毎日新聞 より",
            G3,
            "日本経済新聞 より",
            G4,
        ),
        keep(
            "live_blog_time_stamps_are_one_kind",
            *ARTICLE,
            "2024年6月5日 12:30",
            G1,
            "2024年6月5日 12:45",
            G2,
            "2024年6月5日 13:10",
            G3,
        ),
        keep(
            "too_few_markers",
            *ARTICLE,
            "田中 より:",
            "2015年7月14日 3:53 PM",
            "返信",
            G1,
        ),
    ],
    "promo_lines": [
        keep(
            "related_article_sentence",
            "調査団は六か所のうち四か所で問題を見つけた。",
            "関連記事：報告書の全文は市のウェブサイトで読める。",
        ),
        keep(
            "reading_related_articles",
            "関連記事を読む人ほど、サイトに長くとどまる傾向がある。",
            "編集部はこの結果をもとに記事の配置を見直した。",
        ),
        keep(
            "worth_reading_together",
            "あわせて読みたいのが、市が昨年まとめた報告書だ。",
            "そこには地区ごとの数字が載っている。",
        ),
        keep(
            "popular_article_sentence",
            "その年に最も読まれた記事を振り返ると、傾向がはっきりする。",
            "人気記事：一位は市長の辞任を伝える記事で、二位は新しい橋の開通だった。",
        ),
    ],
    "related_posts": [
        keep(
            "related_articles_spread",
            "関連記事がSNSで拡散され、うわさは一気に広まった。",
            "金曜日までに百万回以上閲覧された。",
        ),
        keep(
            "a_ranking_of_breeds",
            "ケネルクラブは水曜日、恒例の人気犬種ランキングを発表した。",
            "ランキング",
            "- トイ・プードル",
            "- チワワ",
            "- 柴犬",
            "トイ・プードルは十年以上、首位を守っている。",
        ),
        keep(
            "recommended_sights",
            "グラナダは、ゆっくり歩く旅行者にこそ応えてくれる街だ。",
            "おすすめ",
            "- 夕暮れのアルハンブラ宮殿",
            "- アルバイシン地区のフラメンコ",
            "旧市街は一日で歩いて回れる広さだ。",
        ),
        keep(
            "latest_articles_sentence",
            "最新記事は毎週月曜日の朝に公開される。",
            "過去の記事は会員でなくても読める。",
        ),
        keep(
            "a_heading_then_prose",
            "今年の秋の装いは、着心地のよさが主役だ。",
            "注目",
            "太めの毛糸で編んだニットが、どの服にも合わせやすい。",
            "デザイナーらは、職場でも家でも着られる服が求められていると話した。",
        ),
    ],
    "see_more_teasers": [
        keep(
            "and_then_he_said",
            "祖父が戦争の話をすることはめったになかった。",
            "そして祖父は言った…",
            "そこで言葉を切り、続きを話すことはなかった。",
        ),
        keep(
            "crowd_chanting",
            "バンドは十一時に舞台を下りたが、誰も帰ろうとしなかった。",
            "会場の声は、やがて一つになった。もっと…もっと…もっと！",
            "三人は戻ってきて、さらに三曲を演奏した。",
        ),
        keep(
            "whether_to_read_on",
            "続きを読むかどうかは、最初の一段落で決まると編集者は言う。",
            "だから書き出しには時間をかける。",
        ),
        keep(
            "more_to_see",
            "もっと見るべきものがあると、ガイドは私たちを奥の部屋へ案内した。",
            "そこには修復を待つ屏風が並んでいた。",
        ),
        keep(
            "chapters_ending_in_suspense",
            "連載の最初の二章を掲載する。",
            "第一章",
            "その家は何年も空き家だった。少なくとも、村の誰もがそう信じていた…",
            "第二章",
            "火事の夜のことは、誰も話そうとしなかった。牧師でさえも…",
            "第三章は来週の土曜日に掲載する。",
        ),
    ],
    "footer_links": [
        keep(
            "a_tutorial_showing_a_footer",
            *COUNCIL,
            "必要なページ",
            "* ホーム",
            "* 会社概要",
            "* お問い合わせ",
            "* プライバシーポリシー",
            "* 利用規約",
            "フッターには、次のような一行を入れる。",
            "© 2025 あなたの会社名",
        ),
        keep(
            "the_pages_in_a_list_the_text_introduces",
            *HEADER,
            *COUNCIL,
            "小さな会社のサイトなら、フッターは次のようにすればよい：",
            "会社概要",
            "お問い合わせ",
            "プライバシーポリシー",
            "利用規約",
            "© 2025 あなたの会社名",
        ),
        keep(
            "links_that_are_sentences",
            *HEADER,
            *ARTICLE,
            "事故を目撃した方は、お問い合わせください。",
            "署名の前に、市のプライバシーポリシーを読んでほしい。",
            "新しいレーンの利用規約は、両端の看板に掲示されている。",
            "© 2025 港町新聞社",
        ),
    ],
    "reading_times": [
        keep(
            "a_read_in_a_sentence",
            "この記事は約5分で読めますが、中身は濃い。",
            "市の交通課が火曜日に公表した報告書をもとにしている。",
        ),
        keep(
            "reading_time_as_a_topic",
            "一日二十分の読書を続ける子どもは、語彙が豊かになる傾向がある。",
            "読了時間",
            "一冊を読み終えるまでの時間は、子どもによって大きく違う。",
        ),
        keep(
            "a_travel_time",
            "電車は二番線から十五分おきに出る。",
            "所要時間：約42分",
        ),
        keep(
            "a_quoted_stamp",
            "「約5分で読めます」という表示を、読者の多くは好意的に受け止めている。",
            "表示を加えてから、最後まで読まれる記事が増えた。",
        ),
    ],
    "site_controls": [
        keep(
            "add_to_cart_in_a_sentence",
            "カートに入れる前に、本当に必要なものかどうかをもう一度考えよう。",
            "衝動買いは思ったより早く積み重なる。",
        ),
        keep(
            "controls_the_article_names",
            "調査では、同じボタンに二つの表記を試した：",
            "カートに入れる",
            "カートに追加",
            "二つ目の表記のほうが八パーセント多く押された。",
        ),
        keep(
            "a_menu_heading_in_a_review",
            "店の料理は昼と夜で内容が変わる。",
            "メニュー",
            "ランチは三種類から選べ、いずれもスープとサラダが付く。",
        ),
        keep(
            "write_a_review_as_advice",
            "レビューを書くのは二度目の来店の後にすべきだと、評論家は言う。",
            "最初の印象は、新しい店に甘く、忙しい店に厳しい。",
        ),
    ],
    "title": [
        keep("a_byline_first_stays", "文：山田太郎", *COUNCIL),
        keep("first_line_is_a_sentence", K1, K2, K3),
        keep("only_one_line", "市役所の短い歴史"),
        keep("too_little_body", "市役所が再開", "土曜日の午前九時に扉が開く。"),
        keep("first_line_is_a_bullet", "- オーブンを200度に予熱する", G1, G2, G3),
        keep(
            "first_line_is_a_lead_in",
            "火曜日に市議会が決めたのは次の通り：",
            "- 港通りの新しい自転車レーン",
            "- 駐車料金の据え置き",
            K3,
            K4,
        ),
        keep("rhetorical_question", "猫はなぜ喉を鳴らすのか？", S1, S2, S3),
        keep("a_dateline_first", "公開日：2025年11月29日", K1, K2, K3),
    ],
}
