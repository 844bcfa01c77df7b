"""Chinese (zh) cases for the phrase rules: the clutter each rule removes on
Chinese-language pages (WordPress and Jetpack in zh_CN/zh_TW, news portals,
WeChat-style share and follow prompts, consent banners), and article prose
that only looks like it. tests/test_languages.py runs them;
tests/filter_helpers.py says how they are written.
"""

from __future__ import annotations

from tests.filter_helpers import Cut, cut, keep

# Article prose used around the clutter lines: full sentences ending with
# "。", none of them shaped like a headline or a teaser.
COUNCIL = (
    "市议会周二以七票赞成、两票反对通过决议，将沿港口路延伸自行车道网络。",
    "支持者表示，这一改变会让孩子们骑车上学的路线更加安全。",
    "反对者警告说，沿街商铺将因此失去几十个停车位。",
    "工程预计九月开工，整个工期大约需要四个月，其间港口路将分段封闭。",
)
GARDEN = (
    "番茄每天至少需要六个小时的直射阳光，果实才能正常成熟。",
    "在小阳台上，一株种在二十升花盆里的番茄仍能结出好几公斤果实。",
    "每周浇两次透水，而不是每天浇一点，这样根系才会往下扎。",
    "侧芽一冒出来就要掐掉，第一批果实坐住以后再开始施肥。",
)
MUSEUM = (
    "经过为期十八个月、耗资一千四百万元的翻修，博物馆于周六重新开放。",
    "开馆当天，参观者在门外排起长队，争相一睹主展厅修复后的天花板。",
    "博物馆仍然免费开放，不过新的临时展览会收取少量费用。",
    "馆长说，她希望在两年内让学校组织的参观次数翻一番。",
)
SLEEP = (
    "研究人员对两千四百名青少年进行了为期五年的跟踪调查，观察睡眠如何影响他们的成绩。",
    "每晚睡眠不足七小时的学生，数学成绩平均更低。",
    "作者提醒说，这项研究只显示了两者之间的关联，并不能证明因果关系。",
    "他们下一步计划检验推迟上学时间能否带来明显的改善。",
)

C1, C2, C3, C4 = COUNCIL
G1, G2, G3, G4 = GARDEN
M1, M2, M3, M4 = MUSEUM
S1, S2, S3, S4 = SLEEP

# About 120 words of article prose: enough to count as an article before a thread.
ARTICLE = (*COUNCIL, *MUSEUM)
# About 120 words of a reader's reply: two of them outweigh the article.
REPLIES = (*GARDEN, *SLEEP)
# A site's header: menu-like lines above the main text.
HEADER = ("* 首页", "* 新闻", "* 体育", "* 天气")
SIGN = "© 2026 港城日报 版权所有"

BOOKSHOP = "一座小城如何救下了最后一家书店"
BOOKSHOP_BODY = (
    "书店老板宣布退休时，所有人都以为这家店保不住了。",
    "不到一个月，三百四十位居民认购了股份，书店以合作社的形式重新开张。",
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
            C1,
            C2,
            Cut("共享此文章："),
            Cut("点击以在 Twitter 上共享（在新窗口中打开）"),
            Cut("点击以在 Facebook 上共享（在新窗口中打开）"),
        ),
        cut("share_to_networks", G1, G2, Cut("分享到：微信 微博 QQ空间 豆瓣")),
        cut("jetpack_like_loading", M1, M2, Cut("赞过："), Cut("赞 正在加载……")),
        cut("scan_to_follow", S1, Cut("扫码关注我们"), S2),
        cut("wechat_buttons", C1, C2, Cut("分享 收藏 点赞 在看")),
        cut("follow_us_on_two_networks", G1, Cut("关注我们：微信和微博"), G2),
        cut("share_glued_to_a_network", M1, M2, Cut("分享到微信朋友圈")),
        cut("networks_with_separators", S1, S2, Cut("微信 | 微博 | 复制链接")),
    ],
    "newsletter_prompts": [
        cut("subscribe_now", C1, C2, Cut("立即订阅")),
        cut(
            "subscribe_prefix_sentence",
            G1,
            G2,
            Cut("订阅我们的新闻通讯，每周获取最新的园艺技巧。"),
        ),
        cut("enter_email", S1, S2, Cut("输入您的邮箱地址"), Cut("立即订阅")),
        cut("taiwan_e_paper", M1, Cut("訂閱電子報"), M2),
        cut("thanks_for_subscribing", C1, C2, Cut("感谢您的订阅！")),
        cut(
            "discover_more_from",
            G1,
            G2,
            Cut("发现更多来自 The Balcony Gardener 的内容"),
        ),
        cut("paywall_prompt", S1, Cut("登录后阅读全文"), S2),
    ],
    "cookie_notices": [
        cut(
            "this_site_uses_cookies",
            C1,
            C2,
            Cut("本网站使用 Cookie 来改善您的浏览体验。继续浏览即表示您同意我们使用 Cookie。"),
        ),
        cut("accept_all_and_settings", M1, M2, Cut("接受所有 Cookie"), Cut("Cookie 设置")),
        cut("reject_and_manage", G1, G2, Cut("拒绝全部"), Cut("管理 Cookie 偏好设置")),
        cut(
            "by_continuing_to_browse",
            S1,
            S2,
            Cut("继续浏览本网站，即表示您同意我们使用cookie。"),
        ),
        cut(
            "taiwan_banner",
            C1,
            Cut("本網站使用 cookies 以提供更好的瀏覽體驗，詳情請參閱隱私權政策。"),
            C2,
        ),
        cut("we_value_your_privacy", M1, M2, Cut("我们重视您的隐私")),
    ],
    "advertisements": [
        cut("advertisement", C1, Cut("广告"), C2),
        cut("bracketed_advertisement", M1, Cut("[广告]"), M2),
        cut("dashed_traditional", G1, Cut("- 廣告 -"), G2),
        cut("story_continues_below", S1, Cut("請繼續往下閱讀..."), S2),
        cut("sponsored_content", C1, C2, Cut("赞助内容")),
        cut("ad_space_for_rent", M1, M2, Cut("广告招租"), M3),
        cut("close_ad", G1, Cut("关闭广告"), G2),
    ],
    "browser_notices": [
        cut("video_tag", C1, Cut("您的浏览器不支持 video 标签。"), C2),
        cut(
            "scripts_off_notice",
            M1,
            Cut("您的浏览器已禁用 JavaScript，请启用后刷新页面以获得完整体验。"),
            M2,
        ),
        cut("please_enable_javascript", G1, G2, Cut("请启用 JavaScript")),
        cut("html5_video_glued", S1, Cut("您的浏览器不支持HTML5视频"), S2),
        cut(
            "site_requires_javascript",
            C1,
            C2,
            Cut("本站需要启用 JavaScript 才能正常显示，请检查浏览器设置。"),
        ),
        cut("taiwan_video_tag", M1, Cut("您的瀏覽器不支援 video 標籤。"), M2),
    ],
    "comment_prompts": [
        cut(
            "leave_a_reply_and_email_note",
            C1,
            C2,
            Cut("发表回复"),
            Cut("您的电子邮箱地址不会被公开。 必填项已用 * 标注"),
        ),
        cut("comment_count", G1, G2, Cut("3 条评论")),
        cut("comments_in_brackets", M1, M2, Cut("评论（12）")),
        cut("no_comments_yet", S1, S2, Cut("暂无评论，快来抢沙发吧！")),
        cut("comments_are_closed", C1, C2, Cut("评论已关闭。")),
        cut(
            "comment_form_fields",
            G1,
            G2,
            Cut("发表回复"),
            Cut("评论 *"),
            Cut("显示名称 *"),
            Cut("电子邮箱地址 *"),
            Cut("网站地址"),
            Cut("发表评论"),
        ),
        cut(
            "save_my_name",
            M1,
            M2,
            Cut("在此浏览器中保存我的显示名称、邮箱地址和网站地址，以便下次评论时使用。"),
        ),
        cut(
            "akismet",
            S1,
            S2,
            Cut("此站点使用Akismet来减少垃圾评论。了解我们如何处理您的评论数据。"),
        ),
        cut("taiwan_leave_a_reply", C1, C2, Cut("發佈留言"), Cut("取消回覆")),
        cut("must_log_in", G1, G2, Cut("要发表评论，您必须先登录。")),
    ],
    "comment_threads": [
        cut(
            "wordpress_says_and_reply",
            *ARTICLE,
            *thread(
                "张伟 说道：",
                "2026年3月3日 上午9:12",
                "早就该这么做了，每天骑车上班的人都会感谢市议会。",
                "回复",
                "李娜 说道：",
                "2026年3月3日 上午11:40",
                "自行车道会和机动车道隔开吗？",
                "回复",
            ),
        ),
        cut(
            "count_above_the_thread_goes_as_a_prompt",
            *ARTICLE,
            Cut("2 条评论", "comment_prompts"),
            *thread(
                "王芳 说：",
                "2025-08-03 14:05",
                "谢谢你们的报道，写得很清楚。",
                "回复",
                "小陈 说：",
                "2025-08-04 09:31",
                "投票结果比我预想的还要接近。",
                "回复",
            ),
        ),
        cut(
            "a_long_thread_under_a_comments_heading",
            *ARTICLE,
            "评论",
            *thread(
                "张伟 说道：",
                "2026年3月3日 上午9:12",
                *REPLIES,
                "回复",
                "李娜 说道：",
                "2026年3月3日 上午11:40",
                *REPLIES,
                "回复",
            ),
        ),
    ],
    "promo_lines": [
        cut("further_reading_colon", C1, Cut("延伸阅读：老磨坊如何变成了剧院"), C2),
        cut("related_news_pipe", M1, M2, Cut("相关新闻 | 港口路商户发起联名请愿"), M3),
        cut("recommended_reading_guillemet", S1, Cut("推荐阅读 » 为什么青少年总是睡不够"), S2),
        cut("dont_miss_emoji", G1, G2, Cut("✨ 不容错过：城市鸽子的秘密生活"), G3),
        cut(
            "read_more_with_link",
            C1,
            Cut("阅读更多：https://example.com/news/budget-vote"),
            C2,
        ),
        cut("taiwan_further_reading", M1, Cut("延伸閱讀：博物館修復天花板的十八個月"), M2),
        cut("guess_you_like_arrow", S1, S2, Cut("猜你喜欢 → 五个让孩子早点入睡的办法"), S3),
    ],
    "related_posts": [
        cut(
            "block_at_end",
            C1,
            C2,
            C3,
            Cut("相关文章"),
            Cut("港口路商户发起联名请愿"),
            Cut("新预算对公交意味着什么"),
            Cut("市议会选举：谁在哪里参选"),
        ),
        cut(
            "block_mid_page_with_excerpts",
            G1,
            G2,
            Cut("猜你喜欢"),
            Cut("如何在室内种辣椒"),
            Cut("辣椒喜欢温暖，一个向阳的窗台就能给它们充足的……"),
            Cut("最适合盆栽的堆肥"),
            Cut("盆栽土并不都一样，最便宜的那几袋往往……"),
            G3,
            G4,
        ),
        cut(
            "bulleted_with_colon",
            S1,
            S2,
            Cut("延伸阅读："),
            Cut("• 为什么青少年总在午夜后才睡得着"),
            Cut("• 推迟上学时间的理由"),
            Cut("• 屏幕、睡眠与蓝光背后的科学"),
        ),
        cut(
            "jetpack_related_at_end",
            M1,
            M2,
            M3,
            Cut("相关"),
            Cut("周末带孩子逛博物馆的五个建议"),
            Cut("修复师在名画下发现一幅隐藏的素描"),
        ),
        cut(
            "ambiguous_heading_with_more_link",
            G1,
            G2,
            Cut("热门推荐"),
            Cut("阳台上养活一家四口的菜园"),
            Cut("你的罗勒为什么总是养不活"),
            Cut("查看更多"),
        ),
        cut(
            "titles_printed_twice",
            C1,
            C2,
            Cut("为你推荐"),
            Cut("港口路商户发起联名请愿"),
            Cut("港口路商户发起联名请愿"),
            Cut("新预算对公交意味着什么"),
            Cut("新预算对公交意味着什么"),
            C3,
        ),
        # A reading-time stamp under each teaser is shaped like a headline in
        # Chinese (no letter case), so it goes with the block.
        cut(
            "a_stamp_on_each_teaser",
            C1,
            C2,
            C3,
            C4,
            Cut("相关文章"),
            Cut("如何在小阳台上种番茄"),
            Cut("4 分钟阅读"),
            Cut("夜班火车为何重新流行"),
            Cut("6 分钟阅读"),
        ),
        cut("lone_heading_at_end", M1, M2, M3, Cut("相关阅读")),
    ],
    "see_more_teasers": [
        cut("title_read_full_text", C1, C2, Cut("市议会推迟就交通规划投票……阅读全文"), C3),
        cut(
            "excerpt_see_more_guillemet",
            M1,
            M2,
            Cut("新馆开放后将用于收藏博物馆的纺织品……查看更多 »"),
        ),
        cut("lone_read_full_text", S1, S2, Cut("阅读全文"), S3),
        cut("continue_reading_arrow", G1, G2, Cut("继续阅读 →")),
        cut(
            "truncated_before_link",
            C1,
            C2,
            Cut("市长说，预算将通过削减……"),
            Cut("阅读全文"),
        ),
        cut(
            "glued_details_link",
            S1,
            S2,
            Cut("县里的泳池今年夏天可能无法开放，因为县政府实在无法……[详细]"),
        ),
        cut(
            "run_of_two_teasers",
            S1,
            S2,
            Cut("今夏多个泳池恐无救生员"),
            Cut("由于县政府无法招到足够的救生员，全县的公共泳池今年夏天可能一直关闭，家长们……"),
            Cut("农贸市场重返榆树街"),
            Cut("停办两年之后，周六农贸市场终于回来了，摊位比以前更多，还新增了……"),
            S3,
        ),
        cut("wechat_read_original", G1, G2, Cut("阅读原文")),
    ],
    "footer_links": [
        cut(
            "links_and_copyright_after_the_article",
            *HEADER,
            *ARTICLE,
            *cuts("关于我们", "加入我们", "联系我们", "隐私政策", "使用条款", SIGN),
        ),
        cut(
            "bulleted_links",
            *HEADER,
            *ARTICLE,
            *cuts(
                "* 关于我们",
                "* 广告合作",
                "* 网站地图",
                "* 免责声明",
                "Copyright © 2026 港城日报",
            ),
        ),
        cut(
            "a_closing_sentence_of_the_article_stays_above",
            *HEADER,
            *ARTICLE,
            "本文由实习记者林晓协助采访。",
            *cuts("商务合作", "意见反馈", "法律声明", SIGN),
        ),
    ],
    "reading_times": [
        cut("reading_time_label", C1, Cut("阅读时间：5 分钟"), C2),
        cut("hexo_stamp_at_the_top", Cut("阅读时长 ≈ 4 分钟"), G1, G2),
        cut("minutes_read", M1, Cut("3 分钟阅读"), M2),
        cut("estimated_reading_time", Cut("预计阅读时间：7分钟"), S1, S2),
        cut("taiwan_reading_time", C1, Cut("閱讀時間：6 分鐘"), C2),
    ],
    "site_controls": [
        cut("toggle_navigation", Cut("切换导航"), C1, C2),
        cut("copy_link", M1, Cut("复制链接"), M2),
        cut("shop_buttons", S1, Cut("加入购物车"), Cut("立即购买"), S2),
        cut("open_in_app", G1, G2, Cut("打开APP阅读全文")),
        cut("view_details_as_a_list_item", C1, C2, Cut("* 查看详情")),
        cut("write_a_review", M1, M2, Cut("写评价")),
    ],
    "title": [
        cut("plain_headline", Cut(BOOKSHOP), *BOOKSHOP_BODY),
        cut("printed_twice", Cut(BOOKSHOP), Cut(BOOKSHOP), *BOOKSHOP_BODY),
        cut(
            "site_name_variant_first",
            Cut(f"{BOOKSHOP} | 港城日报"),
            Cut(BOOKSHOP),
            *BOOKSHOP_BODY,
        ),
        cut(
            "site_name_variant_second",
            Cut(BOOKSHOP),
            Cut(f"{BOOKSHOP} - 港城日报"),
            "",
            *BOOKSHOP_BODY,
        ),
        cut("headline_with_colon", Cut("阳台种菜：五月该种些什么"), G1, G2, G3),
        cut("indented_after_blank_lines", "", "", Cut("   港口路自行车道获批   "), "", C1, C2, C3),
        cut("a_markdown_heading", Cut(f"# {BOOKSHOP}"), "", *BOOKSHOP_BODY),
        cut("ellipsis_headline", Cut("校长为什么把他叫进了办公室……"), S1, S2),
    ],
}

HARD_NEGATIVES = {
    "share_prompts": [
        keep("networks_listed_with_ideographic_commas", COUNCIL[0], "微博、微信", COUNCIL[1]),
        keep(
            "share_your_thoughts",
            "分享你的看法之前，不妨先读完整份报告。",
            "投票站早上七点开门，晚上十点关门。",
        ),
        keep(
            "shared_on_networks",
            "微信和微博上的转发量在一天之内超过了两万次。",
            "警方后来表示，这段视频经过了剪辑。",
        ),
        keep(
            "a_collector_not_a_button",
            "收藏家王先生把这幅画借给了博物馆，为期三年。",
            "画作将在修复后的主展厅展出。",
        ),
        keep(
            "lone_network_list_items",
            "受访者说，他们最先是在这些地方看到那条传言的：",
            "- 微博",
            "- 小区业主群",
            "- 本地电台",
        ),
        keep(
            "networks_listed_with_commas",
            "我们建议按所花时间的多少依次经营这些平台：",
            "- 微信，微博，豆瓣",
            "- 抖音",
            "- 小红书",
        ),
        keep(
            "in_favour_not_a_like",
            "赞成这项计划的居民占六成，反对的不到两成。",
            "其余的人表示还没有拿定主意。",
        ),
        keep(
            "a_forwarding_section_heading",
            "防火墙规则写好以后，还要打开端口转发。",
            "## 转发",
            "把外部的 8080 端口转发到内网服务器的 80 端口就可以了。",
        ),
        keep(
            "a_share_section_heading_in_sdk_docs",
            "初始化完成以后，页面就可以调用各个接口了。",
            "## 分享",
            "调用分享接口之前，需要先在后台配置好安全域名。",
        ),
        keep(
            "follow_us_in_prose",
            "关注我们的读者会发现，这个话题我们已经追踪了整整三年。",
            "这一次，市议会终于给出了明确的答复。",
        ),
    ],
    "newsletter_prompts": [
        keep(
            "mayor_urges_subscribing",
            "市长呼吁居民订阅市政府的新闻通讯，以便及时了解泳池维修的进展。",
            "第一期将在下个月初寄出。",
        ),
        keep(
            "subscribers_grew",
            "订阅用户在过去一年里增长了三成，报社的广告收入却在下降。",
            "总编辑说，报社会继续提供免费的地方新闻。",
        ),
        keep(
            "free_subscription_in_prose",
            "免费订阅的读者每月可以阅读五篇文章，付费会员则不受限制。",
            "这种模式已经被越来越多的地方媒体采用。",
        ),
        keep(
            "a_subscribe_section_in_technical_docs",
            "客户端连上服务器以后，就可以收发消息了。",
            "## 订阅",
            "调用 subscribe 方法订阅一个主题，服务器会把该主题的新消息推送过来。",
        ),
        keep(
            "an_e_paper_history",
            "电子报的发行量去年首次超过了纸质版。",
            "不过，周末版的纸质报纸依然卖得很好。",
        ),
    ],
    "cookie_notices": [
        keep(
            "cookies_in_a_tutorial",
            "我们使用 cookie 来保存登录状态，下面是完整的示例代码。",
            "过期时间设为七天，用户关闭浏览器后仍然有效。",
        ),
        keep(
            "accept_all_is_not_the_only_choice",
            "接受所有 Cookie 并不是唯一的选择，用户也可以只允许必要的 Cookie。",
            "调查显示，真正这样做的人不到一成。",
        ),
        keep(
            "cookie_settings_hard_to_find",
            "Cookie 设置页面藏得很深，调查发现只有一成用户找到过它。",
            "监管机构要求网站在明年之前改进设计。",
        ),
        keep(
            "a_bakery_cookie",
            "这家面包店的曲奇每天下午三点出炉，不到半小时就会卖完。",
            "店主说，配方是她祖母留下来的。",
        ),
    ],
    "advertisements": [
        keep(
            "advertisers_cut_budgets",
            "广告商在第三季度削减了近两成的预算。",
            "分析人士认为，这与消费疲软有关。",
        ),
        keep(
            "a_sign_for_rent",
            "这条街上的广告招租牌已经挂了两年，店面始终没有租出去。",
            "房东说，他不打算降低租金。",
        ),
        keep(
            "sponsored_content_rules",
            "推广内容必须明确标注，新规从明年一月起实施。",
            "违反规定的平台最高将被罚款五十万元。",
        ),
        keep(
            "ads_in_a_list_the_text_introduces",
            "研究人员把页面上的文字分成了三类：",
            "- 正文",
            "- 导航",
            "- 广告标识",
            "其中第三类在移动端页面上最多。",
        ),
    ],
    "browser_notices": [
        keep(
            "a_feature_the_browser_lacks",
            "您的浏览器不支持 WebGPU 时，演示会自动退回到 WebGL。",
            "这样运行速度会慢四倍左右，但每一帧仍能正常渲染。",
        ),
        keep(
            "javascript_off_by_default",
            "JavaScript 在一些注重隐私的浏览器中默认是禁用的，比如 Tor 的最高安全模式。",
            "依赖它的网站这时只会显示一个空白页。",
        ),
        keep(
            "how_to_turn_it_on",
            "请启用 JavaScript 的步骤如下：先打开设置，再进入隐私与安全。",
            "然后选择网站设置，允许网站使用 JavaScript。",
        ),
        keep(
            "the_notice_quoted",
            "“您的浏览器不支持 video 标签”是大多数读者看到的唯一一行字。",
            "这段视频只能在应用里播放。",
        ),
    ],
    "comment_prompts": [
        keep(
            "residents_who_commented",
            "发表评论的市民中，有三分之二支持延长自行车道。",
            "市议会将在下个月再次讨论这项计划。",
        ),
        keep(
            "a_film_critic",
            "评论家认为，这部电影是导演近十年来最好的作品。",
            "影片将于下周在全国上映。",
        ),
        keep(
            "cancel_reply_in_prose",
            "取消回复功能以后，论坛里的争吵明显少了。",
            "版主说，他们会再观察一个月。",
        ),
        keep(
            "a_count_in_a_list_the_text_introduces",
            "征求意见期间，市政府共收到：",
            "- 1200 条评论",
            "- 300 封信件",
            "大多数意见集中在停车问题上。",
        ),
        keep(
            "comments_closed_in_prose",
            "评论已关闭的帖子仍然可以阅读，只是不能再回复。",
            "网站在选举期间采取了这一措施。",
        ),
    ],
    "comment_threads": [
        keep(
            "forum_thread_is_the_text",
            "老周 说道：",
            "2024年3月3日 上午9:12",
            G1,
            "回复",
            "小林 说道：",
            "2024年3月3日 上午11:40",
            G2,
            "回复",
            G3,
            G4,
        ),
        keep(
            "comments_outweigh_a_short_article",
            C1,
            C2,
            C3,
            C4,
            "张伟 说道：",
            "2015年7月14日 下午3:53",
            G1,
            G2,
            G3,
            "回复",
            "李娜 说道：",
            "2015年7月14日 下午4:30",
            M1,
            M2,
            M3,
            "回复",
        ),
        keep(
            "too_few_markers",
            *ARTICLE,
            "张伟 说道：",
            "2015年7月14日 下午3:53",
            "回复",
            G1,
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
            "2024年6月5日 13:25",
            G4,
        ),
        keep(
            "an_interview_transcript",
            *ARTICLE,
            "记者 问：",
            "工程为什么要拖到九月才开工？",
            "局长 说：",
            G1,
            "记者 问：",
            "商户的停车问题怎么解决？",
            "局长 说：",
            G2,
        ),
        keep(
            "quoted_speakers_in_prose",
            *ARTICLE,
            "市长说，自行车道将在年底前完工。",
            "她的副手却说不一定，他在2015年7月14日下午3:53给媒体写了一封信。",
            "市民可以在周五之前回复这次征求意见。",
            "回复表格可以在市政厅和图书馆领取。",
        ),
    ],
    "promo_lines": [
        keep(
            "further_reading_is_a_sentence",
            "延伸阅读：这份报告的全文可以在市政府网站上下载。",
            "报告共有四十页，附有详细的数据表。",
        ),
        keep(
            "related_reports_open_a_sentence",
            "相关报道指出，事故发生时司机并未饮酒。",
            "警方仍在调查事故的原因。",
        ),
        keep(
            "dont_miss_as_a_list_item",
            "如果你只在城里待一天，有几样东西一定要看：",
            "- 不容错过：日落时分钟楼上的景色",
            "- 老城墙下的早市",
        ),
        keep(
            "recommended_reading_in_prose",
            "推荐阅读的书目已经发给了每一位学生，期末考试会从中出题。",
            "图书馆为此多采购了两百册。",
        ),
    ],
    "related_posts": [
        keep(
            "related_articles_in_a_sentence",
            "相关文章已经提交给期刊，预计明年发表。",
            "研究团队希望借此引起教育部门的重视。",
        ),
        keep(
            "most_popular_ranking_in_an_article",
            M1,
            "最受欢迎",
            "1. 拉布拉多犬",
            "2. 金毛寻回犬",
            "3. 法国斗牛犬",
            M2,
        ),
        keep(
            "recommended_reading_with_a_colon_over_requirements",
            "这款软件对电脑的要求并不高。",
            "热门推荐：",
            "8 GB 内存",
            "固态硬盘",
            "安装只需要十分钟左右。",
        ),
        keep(
            "more_articles_in_prose",
            "更多文章将在下周陆续刊出，敬请读者留意。",
            "编辑部也欢迎读者来信提供线索。",
        ),
    ],
    "see_more_teasers": [
        keep(
            "a_single_sentence_ending_in_an_ellipsis",
            "她推开门，看见桌上放着一封信……",
            "信是她哥哥十年前写的，一直没有寄出去。",
        ),
        keep(
            "more_and_more_as_prose",
            "孩子们还想要更多……更多。",
            "老师笑着合上了故事书。",
        ),
        keep(
            "read_full_text_in_a_sentence",
            "阅读全文需要订阅，这让不少读者感到不满。",
            "报社表示会开放部分免费文章。",
        ),
        keep(
            "a_more_section_heading_in_a_readme",
            "安装完成以后，先运行一次自检命令，确认环境正常。",
            "## 更多",
            "部署细节和故障排查见 DEPLOY.md，性能调优见 PERFORMANCE.md。",
        ),
        keep(
            "verse_with_ellipses",
            "灯火在山坡上一盏盏亮起……",
            "渡船在雾里慢慢靠岸……",
            "这首诗写于一九三一年的冬天，作者当时就住在港口边。",
        ),
    ],
    "footer_links": [
        keep(
            "a_tutorial_showing_a_footer_and_its_copyright_line",
            *COUNCIL,
            "网站必备的几个页面",
            "* 首页",
            "* 关于我们",
            "* 联系我们",
            "* 隐私政策",
            "* 服务条款",
            "页脚里再放一行类似这样的文字：",
            "© 2026 你的公司名称",
        ),
        keep(
            "a_readme_with_its_licence",
            *COUNCIL,
            "## 支持",
            "请在问题追踪页面提交问题。",
            "## 免责声明",
            "本软件不提供任何形式的担保。",
            "## 许可证",
            "Copyright © 2024 港城开发者",
        ),
    ],
    "reading_times": [
        keep(
            "reading_time_in_a_sentence",
            "这份报告阅读约需 5 分钟，值得每一位家长读一读。",
            "报告的结论部分尤其值得关注。",
        ),
        keep(
            "daily_reading_time_statistic",
            "每天阅读时间不足 10 分钟的孩子占了四成。",
            "研究人员建议家长每晚陪孩子读二十分钟书。",
        ),
        keep(
            "minutes_read_in_a_sentence",
            "3 分钟阅读完一篇长文几乎是不可能的，调查中的大多数人只看了标题。",
            "这也解释了标题党为何屡禁不止。",
        ),
    ],
    "site_controls": [
        keep(
            "add_to_cart_in_a_sentence",
            "加入购物车之前，先想清楚这周真正需要什么，理财指南这样建议。",
            "冲动消费累积起来的速度比大多数人想象的要快。",
        ),
        keep(
            "controls_the_article_names",
            "可用性测试比较了同一个按钮的两种文字：",
            "加入购物车",
            "立即购买",
            "第二种的点击率高出百分之八。",
        ),
        keep(
            "copy_link_as_an_instruction",
            "复制链接时要小心，多一个字符链接就打不开了。",
            "粘贴到地址栏里检查一下就知道了。",
        ),
        keep(
            "expand_in_a_sentence",
            "展开的地图上标出了四十个测量点。",
            "每个点的湖水深度都记录在附表中。",
        ),
    ],
    "title": [
        keep("a_byline_first_stays", "作者：张伟", *COUNCIL),
        keep("first_line_is_a_sentence", C1, C2, C3),
        keep("only_one_line", "市政厅简史"),
        keep("body_too_short", "市政厅简史", "一句话。"),
        keep(
            "a_subheading_under_the_first_line",
            "一座小城如何救下了最后一家书店",
            "居民认购股份，书店以合作社形式重开",
            *BOOKSHOP_BODY,
        ),
        keep(
            "a_dateline_first",
            "发布时间：2026年11月29日 10:32",
            *BOOKSHOP_BODY,
            C1,
        ),
        keep(
            "a_latin_byline_first",
            "作者：Anna Schmidt",
            *BOOKSHOP_BODY,
            C1,
        ),
        keep(
            "a_quotation_first",
            "“我们从来没被告知。”租户们在听证会上这样说。",
            C1,
            C2,
        ),
    ],
}
