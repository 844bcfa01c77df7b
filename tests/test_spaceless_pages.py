"""Whole-page rules in languages written without spaces (Chinese, Japanese).

The page rules tell menus from paragraphs by measures of each line that
count half a word per character in such scripts (decruft.prose): a page's
frame goes in Chinese and Japanese as in English, and an article's own
short lines stay.
"""

from __future__ import annotations

import pytest

from decruft import clean_and_explain
from decruft.testing import assert_no_cruft

ZH_MENU = ["首页", "新闻", "国内", "国际", "财经", "科技", "体育", "娱乐", "登录", "注册"]
ZH_HEADLINE = "城市交通规划获批：四条新公交线路将于明年开通"
ZH_ARTICLE = [
    "本周二，市议会以十二票赞成、三票反对通过了新的城市交通规划，计划在未来五年内新增四条"
    "公交线路，并对老城区的道路进行全面改造。",
    "交通局局长在会后表示，新规划的重点是缩短市民的通勤时间，同时减少私家车在市中心的使用，"
    "以改善空气质量和行人的安全。",
    "部分议员对规划的预算提出了疑问，认为改造老城区道路的费用可能远远超出目前的估算，要求"
    "交通局在明年春天之前提交详细的成本报告。",
    "据悉，第一条新线路将于明年秋季开通，连接火车站和城市东部的大学城，沿途设有十二个站点，"
    "高峰时段每五分钟一班。",
]
ZH_FOOTER = ["关于我们", "联系我们", "隐私政策", "使用条款", "网站地图", "招聘信息"]
ZH_FOOTER += ["版权所有 © 2026 城市日报"]

JA_MENU = ["ホーム", "ニュース", "政治", "経済", "国際", "スポーツ", "エンタメ", "ログイン"]
JA_MENU += ["会員登録"]
JA_HEADLINE = "港の防波堤、予定より二週間早く修復完了"
JA_ARTICLE = [
    "北側の防波堤の修復工事が金曜日に完了した。秋の天候が穏やかだったため、作業員は週末も"
    "作業を続けることができ、予定より二週間早い完成となった。",
    "防波堤は二月の嵐で大きな被害を受け、一八八七年から据えられていた花崗岩のブロックの"
    "いくつかが波で持ち上げられていた。",
    "港長によると、漁船団は今月末までに通常の係留場所に戻る見込みだという。市議会は一月に"
    "工事の最終的な費用を公表する予定だ。",
]
JA_FOOTER = ["会社概要", "お問い合わせ", "プライバシーポリシー", "利用規約", "サイトマップ"]
JA_FOOTER += ["採用情報", "© 2026 港町新聞社"]


@pytest.mark.parametrize(
    ("menu", "headline", "article", "footer"),
    [
        pytest.param(ZH_MENU, ZH_HEADLINE, ZH_ARTICLE, ZH_FOOTER, id="zh"),
        pytest.param(JA_MENU, JA_HEADLINE, JA_ARTICLE, JA_FOOTER, id="ja"),
    ],
)
def test_a_whole_pages_frame_goes(
    menu: list[str], headline: str, article: list[str], footer: list[str]
) -> None:
    result = clean_and_explain("\n".join([*menu, headline, *article, *footer]))
    assert result.text.splitlines() == article
    assert result.title == headline
    rules = set(result.counts())
    assert rules == {"page_frame", "title"}, result.report()


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(
            [
                ZH_ARTICLE[0],
                "所需材料：",
                "面粉",
                "鸡蛋",
                "白糖",
                "牛奶",
                "黄油",
                "盐",
                ZH_ARTICLE[1],
                ZH_ARTICLE[2],
            ],
            id="zh-ingredients",
        ),
        pytest.param(
            [JA_ARTICLE[0], "材料", "小麦粉", "卵", "砂糖", "牛乳", "バター", *JA_ARTICLE[1:]],
            id="ja-ingredients",
        ),
    ],
)
def test_an_articles_own_short_lines_stay(lines: list[str]) -> None:
    assert_no_cruft("\n".join(lines))
