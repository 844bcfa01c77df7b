"""HTML input: detection, forced formats, extraction and its fallbacks,
idempotence, the title from the page's metadata, and argument errors."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest

import decruft.html
from decruft import clean, clean_and_explain
from decruft.html import extract, looks_like_html

BODY = [
    "The ferry made its first crossing in six months on Monday morning, carrying "
    "forty passengers and a van of post for the island's two shops.",
    "Locals lined the pier to watch it come in, and the school closed early so the "
    "children could wave from the harbour wall.",
    "The operator says the boat will run twice a day until the autumn storms.",
]


def page(
    body: str,
    *,
    head: str = "<title>Ferry Service Returns | Island News</title>",
    start: str = "<!DOCTYPE html>\n",
) -> str:
    return (
        f"{start}<html lang='en'><head><meta charset='utf-8'>{head}</head>\n<body>\n"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>\n"
        f"<main><article>\n{body}\n</article></main>\n"
        "<footer><p>© Island News. All rights reserved.</p></footer>\n</body></html>\n"
    )


ARTICLE = page("\n".join(f"<p>{paragraph}</p>" for paragraph in BODY))

# --- detection -------------------------------------------------------------

POSITIVES = {
    "doctype": ARTICLE,
    "doctype after whitespace and a BOM": "\ufeff \n\t" + ARTICLE,
    "lower-case doctype": "<!doctype html><p>Hello.</p>",
    "html tag first": "<HTML lang='en'><body><p>Hello.</p></body></HTML>",
    "bare html tag": "<html>",
    "old doctype": '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN">\n<p>Hi</p>',
    "a fragment made of tags": (
        "<div class='post'>\n  <h2>Night trains</h2>\n  <p>The sleeper is back.</p>\n"
        "  <ul><li>Lisbon</li><li>Madrid</li></ul>\n</div>"
    ),
    "a comment before the doctype": (
        "<!-- saved from url=(0041)https://example.org/news/ferry -->\n"
        + ARTICLE.replace("<!DOCTYPE html>\n", "")
    ),
    "a script before the page": (
        "<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push("
        "arguments);} gtag('js', new Date()); gtag('config', 'G-12345');</script>\n"
        + ARTICLE.replace("<!DOCTYPE html>\n", "")
    ),
}


@pytest.mark.parametrize("text", POSITIVES.values(), ids=POSITIVES.keys())
def test_html_is_detected(text: str) -> None:
    assert looks_like_html(text)


NEGATIVES = {
    "bold then text": "<b>bold</b> text",
    "a line of text with a link": 'See <a href="https://example.org">the council\'s page</a>.',
    "an article quoting HTML": "\n".join(
        [
            "When the site went down, every page showed the same thing:",
            '"<html><body><h1>503</h1><p>Service unavailable</p></body></html>"',
            "The council said the outage lasted four hours and no data was lost.",
            "Residents who paid parking fines that morning were asked to check their "
            "bank statements.",
        ]
    ),
    "an article about HTML with a few snippets": "\n".join(
        [
            "How to lay out a card with plain HTML",
            "",
            "A card is a box with a heading and some text. Start with a container:",
            "",
            '<div class="card">',
            "  <h2>Title</h2>",
            "  <p>Some text.</p>",
            "</div>",
            "",
            "The div groups the heading and the paragraph, so the stylesheet can give the "
            "card a border and some padding. Browsers draw a div as a block, one under the "
            "other, which is what a list of cards needs.",
            "",
            "To put two cards side by side, wrap them in another div and make it a flex "
            "container in the stylesheet. Nothing in the HTML itself has to change.",
        ]
    ),
    "tags named in prose": "Wrap the menu in a <nav> element and each entry in <li>; "
    "the <ul> holds them and <a> makes them links. Then add <main>.",
    "html5 in angle brackets": "<html5 and css3> is the name of the course we took.",
    "comparisons": "If a<b and c>d, then the <b and c> part is not a tag at all.",
    "email addresses": "From: Ann <ann@example.org>\nTo: Bo <bo@example.org>\n\nHi Bo,",
    "no angle brackets": "Just an ordinary paragraph of text.",
    "empty": "",
    "html later in the text": BODY[0] + "\n<!DOCTYPE html>\n<html>\n<body></body>\n</html>",
    "unclosed comment before prose": "<!-- " + " ".join(BODY) + " <b>x</b> <i>y</i> <u>z</u>",
    "a markdown readme under html badges": "\n".join(
        [
            '<div align="center">',
            "<h1>pagekit</h1>",
            *(
                f'<a href="https://example.org/actions/b{i}.yml">'
                f'<img src="https://img.shields.io/badge/build{i}-passing-green.svg"></a>'
                for i in range(6)
            ),
            "</div>",
            "",
            "## Install",
            "",
            "```sh",
            "pip install pagekit",
            "```",
        ]
    ),
}


@pytest.mark.parametrize("text", NEGATIVES.values(), ids=NEGATIVES.keys())
def test_text_that_mentions_html_is_not_detected(text: str) -> None:
    assert not looks_like_html(text)


@pytest.mark.parametrize("text", NEGATIVES.values(), ids=NEGATIVES.keys())
def test_text_that_mentions_html_is_cleaned_as_text(text: str) -> None:
    assert clean_and_explain(text) == clean_and_explain(text, input_format="text")


def test_detection_is_linear_on_adversarial_markup() -> None:
    for text in ("<!--" * 100_000, "<script>" * 100_000, "<a " * 100_000, "<" + "a" * 10**6):
        looks_like_html(text)


# --- the HTML route ---------------------------------------------------------


def test_html_is_extracted_then_cleaned() -> None:
    result = clean_and_explain(ARTICLE)
    assert result.input_format == "html"
    assert result.text == "\n".join(BODY)
    assert "<p>" not in result.text and "Home" not in result.text


def test_the_pipeline_runs_on_the_extracted_text() -> None:
    html = page(f"<p>{BODY[0]}</p><p>Leave a comment</p><p>{BODY[1]}</p>")
    assert extract(html).text.splitlines()[1] == "Leave a comment"
    result = clean_and_explain(html)
    assert result.text == f"{BODY[0]}\n{BODY[1]}"
    assert [(r.line_number, r.rule) for r in result.removed] == [(2, "comment_prompts")]


def test_forced_text_reads_html_as_lines() -> None:
    result = clean_and_explain(ARTICLE, input_format="text")
    assert result.input_format == "text"
    assert "<p>" in result.text


def test_forced_html_reads_a_fragment_auto_leaves_as_text() -> None:
    fragment = f"<p>{BODY[0]}</p>"
    assert clean(fragment) == fragment
    assert clean(fragment, input_format="html") == BODY[0]


def test_forced_html_on_plain_text_keeps_the_text() -> None:
    assert clean("\n\n".join(BODY), input_format="html") == "\n".join(BODY)


def test_title_comes_from_the_page_metadata() -> None:
    head = (
        "<title>Ferry Service Returns | Island News</title>"
        "<meta property='og:title' content='Ferry Service Returns to the Island'>"
    )
    result = clean_and_explain(page("<p>" + "</p><p>".join(BODY) + "</p>", head=head))
    assert result.title == "Ferry Service Returns to the Island"


def test_an_extraction_without_title_gives_the_same_text() -> None:
    head = "<meta property='og:title' content='Ferry Service Returns to the Island'>"
    html = page("<p>" + "</p><p>".join(BODY) + "</p>", head=head)
    assert extract(html, title=False) == replace(extract(html), title=None)
    assert clean(html) == clean_and_explain(html).text


def test_title_from_the_text_wins_over_the_metadata() -> None:
    body = "<h1>Ferry Returns After Six Months</h1>" + "".join(f"<p>{p}</p>" for p in BODY)
    result = clean_and_explain(page(body))
    assert result.title == "Ferry Returns After Six Months"
    assert result.text == "\n".join(BODY)


def test_title_is_none_without_metadata_or_headline() -> None:
    assert clean_and_explain(f"<html><body><p>{BODY[0]}</p></body></html>").title is None


def test_report_says_the_input_was_html() -> None:
    report = clean_and_explain(page(f"<p>{BODY[0]}</p><p>Leave a comment</p>")).report()
    assert "read as HTML" in report and "comment_prompts" in report


# --- fallbacks: never an exception ------------------------------------------

JUNK = {
    "empty document": "<html></html>",
    "only a script": "<html><script>var x = '<p>not text</p>'; document.write(x);</script></html>",
    "only a style": "<!DOCTYPE html><html><head><style>p { color: red }</style></head></html>",
    "binary-ish garbage": "<html>" + "".join(map(chr, range(256))) * 20,
    "a huge single tag": "<html><div " + "a" * 2_000_000 + ">text</div></html>",
    "unclosed tags": "<!DOCTYPE html><html><body><div><p><b><i>" * 200,
    "NUL characters": f"<html><body><p>{BODY[0]}\x00</p></body></html>",
    "lone surrogates": f"<html><body><p>{BODY[0]} \ud800 {BODY[1]}</p></body></html>",
    "deep nesting": "<html><body>" + "<div>" * 5_000 + "deep text" + "</div>" * 5_000,
    "a doctype and nothing else": "<!DOCTYPE html>",
    "an unclosed html tag": "<html lang",
    "encoding declaration": '<?xml version="1.0" encoding="utf-8"?>\n<html><body>'
    f"<p>{BODY[0]}</p></body></html>",
}


@pytest.mark.parametrize("text", JUNK.values(), ids=JUNK.keys())
def test_junk_html_never_raises_and_stays_idempotent(text: str) -> None:
    result = clean_and_explain(text)
    assert result.input_format == "html"
    assert clean(result.text) == result.text
    assert not looks_like_html(result.text)


def test_pages_with_no_text_clean_to_nothing() -> None:
    assert clean(JUNK["empty document"]) == ""
    assert clean(JUNK["only a script"]) == ""
    assert extract(JUNK["only a script"]).method == "none"


def test_lone_surrogates_do_not_cut_the_text() -> None:
    assert BODY[1] in clean(JUNK["lone surrogates"])


def test_a_failing_extraction_falls_back_to_looser_settings(monkeypatch) -> None:
    import trafilatura

    real = trafilatura.extract

    def only_with_recall(*args, **kwargs):
        return real(*args, **kwargs) if kwargs.get("favor_recall") else None

    monkeypatch.setattr(trafilatura, "extract", only_with_recall)
    extraction = extract(ARTICLE)
    assert extraction.method == "trafilatura-recall"
    assert BODY[0] in extraction.text


def test_a_raising_extraction_falls_back_to_the_baseline(monkeypatch) -> None:
    import trafilatura

    def broken(*args, **kwargs):
        raise RuntimeError("broken extractor")

    monkeypatch.setattr(trafilatura, "extract", broken)
    extraction = extract(ARTICLE)
    assert extraction.method == "baseline"
    assert BODY[0] in extraction.text
    assert clean(ARTICLE) == clean(clean(ARTICLE))


def _fake_extractors(monkeypatch, main: str, recall: str | None, baseline: str | None) -> list:
    """Make trafilatura's three extractions return the given texts; the
    list returned records which of them ran."""
    import trafilatura

    ran = []

    def fake_extract(*args, **kwargs):
        ran.append("recall" if kwargs.get("favor_recall") else "main")
        return recall if kwargs.get("favor_recall") else main

    def fake_baseline(*args, **kwargs):
        ran.append("baseline")
        return (None, baseline, len(baseline or ""))

    monkeypatch.setattr(trafilatura, "extract", fake_extract)
    monkeypatch.setattr(trafilatura, "baseline", fake_baseline)
    return ran


def test_a_long_main_extraction_is_used_alone(monkeypatch) -> None:
    long_text = " ".join(["word"] * decruft.html.SHORT_TEXT_WORDS)
    ran = _fake_extractors(monkeypatch, long_text, "other " * 500, "other " * 500)
    assert extract(ARTICLE) == decruft.html.Extraction(
        long_text, extract(ARTICLE).title, "trafilatura"
    )
    assert set(ran) == {"main"}


def test_a_short_main_extraction_gives_way_to_a_much_longer_one(monkeypatch) -> None:
    short = "Sign in to read the forum."
    posts = " ".join(["The first post says the ferry is late again."] * 5)
    _fake_extractors(monkeypatch, short, posts, None)
    assert extract(ARTICLE).method == "trafilatura-recall"
    # Not much longer: the main text stays.
    _fake_extractors(monkeypatch, short, short + " Thanks.", None)
    assert extract(ARTICLE).method == "trafilatura"


def test_the_baseline_can_replace_a_short_main_extraction(monkeypatch) -> None:
    short = "Sign in to read the forum."
    page = " ".join(["Every post on the page, as the baseline reads it."] * 30)
    _fake_extractors(monkeypatch, short, short, page)
    extraction = extract(ARTICLE)
    assert extraction.method == "baseline" and extraction.text == page


def test_when_nothing_parses_the_result_is_empty(monkeypatch) -> None:
    import trafilatura

    def broken(*args, **kwargs):
        raise RuntimeError("broken parser")

    monkeypatch.setattr(trafilatura, "load_html", broken)
    assert extract(ARTICLE) == decruft.html.Extraction("", None, "none")
    assert clean(ARTICLE) == ""
    assert extract("no markup here").method == "text"


# --- idempotence: the clean text never reads as HTML --------------------------

ABOUT_HTML = page(
    '<pre><code>&lt;!DOCTYPE html&gt;\n&lt;html lang="en"&gt;\n'
    "&lt;head&gt;&lt;title&gt;Hello&lt;/title&gt;&lt;/head&gt;\n"
    "&lt;body&gt;&lt;p&gt;Hello, world.&lt;/p&gt;&lt;/body&gt;\n&lt;/html&gt;</code></pre>\n"
    "<p>Save this as index.html and open it in a browser. The browser shows the words of "
    "the paragraph, and the title in its tab.</p>"
)
ALL_MARKUP = page(
    "<pre><code>"
    + "\n".join(
        f"&lt;li&gt;&lt;a href=&quot;/item/{n}&quot;&gt;{n}&lt;/a&gt;&lt;/li&gt;" for n in range(20)
    )
    + "</code></pre><p>A list of links.</p>"
)


@pytest.mark.parametrize(
    "html", [ARTICLE, ABOUT_HTML, ALL_MARKUP, *JUNK.values()], ids=lambda html: html[:40]
)
def test_clean_is_idempotent_on_html(html: str) -> None:
    once = clean(html)
    assert not looks_like_html(once)
    assert clean(once) == once
    assert clean_and_explain(once).input_format == "text"


def test_extracted_text_that_reads_as_html_loses_the_lines_that_make_it_so() -> None:
    assert looks_like_html(extract(ABOUT_HTML).text)
    result = clean_and_explain(ABOUT_HTML)
    assert "html_lookalike" in result.counts()
    assert result.text.endswith("and the title in its tab.")
    assert looks_like_html(extract(ALL_MARKUP).text)
    result = clean_and_explain(ALL_MARKUP)
    assert "<li>" not in result.text and "A list of links." in result.text


def test_text_whose_clean_version_would_start_like_html_stays_text() -> None:
    text = "Leave a comment\n<html>\n" + "\n".join(BODY)
    assert not looks_like_html(text)
    result = clean_and_explain(text)
    assert result.input_format == "text"
    assert [r.rule for r in result.removed] == ["comment_prompts", "html_lookalike"]
    assert result.text == "\n".join(BODY)
    assert clean(result.text) == result.text


def test_a_comment_and_doctype_revealed_by_a_removal_go_together() -> None:
    text = "Leave a comment\n<!-- saved page -->\n\ufeff\n<!DOCTYPE html>\n" + "\n".join(BODY)
    result = clean_and_explain(text)
    assert result.input_format == "text"
    assert [(r.line_number, r.rule) for r in result.removed] == [
        (1, "comment_prompts"),
        (2, "html_lookalike"),
        (3, "markup_debris"),
        (4, "html_lookalike"),
    ]
    assert clean(result.text) == result.text


def test_forced_text_keeps_its_old_behaviour() -> None:
    text = "Leave a comment\n<html>\n" + "\n".join(BODY)
    assert clean(text, input_format="text").startswith("<html>\n")


# --- arguments --------------------------------------------------------------


@pytest.mark.parametrize("value", ["xml", "HTML", "", None, 1])
def test_an_unknown_input_format_is_a_value_error_naming_the_choices(value: object) -> None:
    for function in (clean, clean_and_explain):
        with pytest.raises(ValueError, match=r"'auto', 'html', 'text'"):
            function("text", input_format=value)  # type: ignore[arg-type]


def test_a_non_str_input_is_still_a_type_error() -> None:
    for value in (b"<html></html>", None):
        with pytest.raises(TypeError, match="takes the text as str"):
            clean(value, input_format="html")  # type: ignore[arg-type]


def test_input_format_is_keyword_only() -> None:
    with pytest.raises(TypeError):
        clean("text", None, "html")  # type: ignore[misc]


def test_importing_decruft_does_not_import_trafilatura() -> None:
    code = "import sys, decruft; decruft.clean('text'); print('trafilatura' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True)
    assert done.stdout.strip() == b"False"


PARAGRAPH = (
    "The ferry company said the new timetable would add two sailings a day in summer, "
    "and the harbour board agreed to extend the pier before the season opens."
)
# A long page: the main extraction below holds a small share of its text.
LONG_PAGE = "<html><body>" + f"<p>{PARAGRAPH}</p>" * 40 + "</body></html>"
MAIN_PART = "\n".join([PARAGRAPH] * 5)


def test_a_looser_extraction_with_more_prose_replaces_a_small_share_of_the_page(
    monkeypatch,
) -> None:
    fuller = "\n".join([PARAGRAPH] * 12)
    ran = _fake_extractors(monkeypatch, MAIN_PART, fuller, None)
    extraction = extract(LONG_PAGE)
    assert ran == ["main", "recall"]
    assert extraction.method == "trafilatura-recall" and extraction.text == fuller


def test_a_looser_extraction_that_adds_only_menus_does_not(monkeypatch) -> None:
    menus = "\n".join([MAIN_PART, *(["Home", "News", "Sport", "Contact"] * 20)])
    _fake_extractors(monkeypatch, MAIN_PART, menus, None)
    assert extract(LONG_PAGE).method == "trafilatura"


def test_a_main_extraction_holding_most_of_the_page_is_used_alone(monkeypatch) -> None:
    most = "\n".join([PARAGRAPH] * 30)
    ran = _fake_extractors(monkeypatch, most, "\n".join([PARAGRAPH] * 40), None)
    assert extract(LONG_PAGE).method == "trafilatura"
    assert ran == ["main"]


def test_a_short_main_extraction_runs_the_looser_settings_once(monkeypatch) -> None:
    short = "Sign in to read the forum."
    ran = _fake_extractors(monkeypatch, short, short + " Thanks.", None)
    extract(LONG_PAGE)
    assert ran == ["main", "recall", "baseline"]


def test_nested_hidden_elements_never_make_the_page_count_negative() -> None:
    import trafilatura

    nested = "<template><noscript>" * 50 + "x" * 100 + "</noscript></template>" * 50
    tree = trafilatura.load_html(f"<html><body><p>Some text.</p>{nested}</body></html>")
    assert decruft.html._page_visible(tree) >= 0
