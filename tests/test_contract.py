"""Property tests for the contract of clean(): subsequence, idempotence,
no exceptions, line endings, purity, and explained removals."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from decruft import clean, clean_and_explain
from decruft.fences import in_fenced_code
from decruft.html import looks_like_html
from decruft.lines import read_lines, split_lines

# Lines that exercise every rule, mixed with arbitrary text below.
BLOCKS = [
    "Related Posts",
    "You may also like",
    "More from The Daily Planet",
    "Trump Deploys U.S. Marines to…See More",
    "Read more",
    "When an Ohio student arrived at school, the office immediately called him in…",
    "✨ Don't miss: Middle East Ceasefire: What Everyone Is Getting Wrong",
    "🔗 Read more: Michael Collins of Ireland",
    "Leave a comment",
    "Leave a Reply Cancel reply",
    "12 Comments",
    "Your email address will not be published. Required fields are marked *",
    "Share this:",
    "Facebook Twitter Email",
    "Subscribe to our newsletter",
    "We use cookies to improve your experience.",
    "Advertisement",
    ">",
    "|",
    "•",
    "* * *",
    "---",
    "}",
    "The Hidden Dangers of Inmate-Officer Relationships.",
    "Prison officer having relationship with inmate: Why it happens",
    "Breaking the Code",
    "But this is just one of many similar cases.",
    "You can read more about the ruling in the court's 40-page decision.",
    "Related posts on social media helped spread the rumor.",
    "The council met on Tuesday and approved the budget after a long debate "
    "that ran well into the night, with several members objecting.",
    "  • Secrecy: If an officer finds themselves saying so, the line is crossed.",
    "Yes.",
    "* Home",
    "About Us",
    "Privacy Policy",
    "Terms of Use",
    "© 2025 The Harbour Gazette",
    "Comments",
    "Sharon says",
    "1. Abdul Majeed 3/12/2021 at 1:48am",
    "July 14, 2015 at 3:53 pm",
    "Reply",
    "```",
    "~~~",
    "",
    "   ",
]
SEPARATORS = ["\n", "\r\n", "\r", "\n\n", "\n \n"]

lines = st.one_of(
    st.sampled_from(BLOCKS),
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=20),
)
documents = st.builds(
    lambda parts, seps: "".join(p + seps[i % len(seps)] for i, p in enumerate(parts)),
    st.lists(lines, max_size=40),
    st.lists(st.sampled_from(SEPARATORS), min_size=1, max_size=5),
)
any_text = st.one_of(documents, st.text())
PROPERTY = settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])

# Markup mixed into clutter and prose: some documents read as HTML (and go
# through trafilatura), some only would once a line is removed.
MARKUP = [
    "<!DOCTYPE html>",
    "<html>",
    "<HTML lang=en>",
    "<html",
    "<?xml version='1.0'?>",
    "<!-- a comment -->",
    "<!--",
    "-->",
    "\ufeff",
    "<head><title>A Page Title Here</title></head>",
    "<body>",
    "<p>",
    "</p>",
    '<div class="post">',
    "</div>",
    "<b>bold</b> text",
    "<li><a href='/'>Home</a></li>",
    "<script>var a = 1 < 2;</script>",
    "<p>A paragraph of text inside a tag, long enough to be body text.</p>",
    "x < y > z",
]
markup_documents = st.builds(
    lambda parts, seps: "".join(p + seps[i % len(seps)] for i, p in enumerate(parts)),
    st.lists(st.one_of(st.sampled_from(MARKUP), lines), max_size=30),
    st.lists(st.sampled_from(SEPARATORS), min_size=1, max_size=5),
)


def _is_subsequence(small: list[str], big: list[str]) -> bool:
    remaining = iter(big)
    return all(any(line == candidate for candidate in remaining) for line in small)


@PROPERTY
@given(any_text)
def test_output_is_a_subsequence_of_input_lines(text: str) -> None:
    output = clean(text)
    input_lines = [line.rstrip() for line in split_lines(text)]
    input_lines = ["" if not line.strip() else line for line in input_lines]
    assert _is_subsequence(output.split("\n") if output else [], input_lines)


@PROPERTY
@given(any_text)
def test_output_has_no_edge_or_double_blank_lines(text: str) -> None:
    output = clean(text)
    if output:
        out_lines = output.split("\n")
        assert out_lines[0].strip() and out_lines[-1].strip()
        assert all(a.strip() or b.strip() for a, b in itertools.pairwise(out_lines))
        assert all(line == line.rstrip() for line in out_lines)


@PROPERTY
@given(any_text)
def test_clean_is_idempotent(text: str) -> None:
    once = clean(text)
    assert clean(once) == once


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(markup_documents)
def test_clean_is_idempotent_on_markup_and_never_reads_as_html(text: str) -> None:
    once = clean(text)
    assert not looks_like_html(once)
    assert clean(once) == once
    if not looks_like_html(text):
        input_lines = [line.rstrip() for line in split_lines(text)]
        input_lines = ["" if not line.strip() else line for line in input_lines]
        assert _is_subsequence(once.split("\n") if once else [], input_lines)


@PROPERTY
@given(documents)
def test_crlf_and_cr_clean_like_lf(text: str) -> None:
    lf = text.replace("\r\n", "\n").replace("\r", "\n")
    assert clean(lf.replace("\n", "\r\n")) == clean(lf)
    assert clean(lf.replace("\n", "\r")) == clean(lf)


@PROPERTY
@given(any_text)
def test_every_input_line_is_kept_or_explained(text: str) -> None:
    result = clean_and_explain(text)
    non_blank = [line.rstrip() for line in split_lines(text) if line.strip()]
    kept = [line for line in result.text.split("\n") if line.strip()]
    assert len(kept) + len(result.removed) == len(non_blank)
    numbers = [removal.line_number for removal in result.removed]
    assert numbers == sorted(set(numbers))
    for removal in result.removed:
        assert removal.rule and removal.reason
        assert split_lines(text)[removal.line_number - 1].rstrip() == removal.text


@PROPERTY
@given(documents)
def test_no_line_of_fenced_code_is_removed(text: str) -> None:
    lines = read_lines(text)
    code = {
        line.number for line, fenced in zip(lines, in_fenced_code(lines), strict=True) if fenced
    }
    removed = {
        removal.line_number for removal in clean_and_explain(text, input_format="text").removed
    }
    assert not code & removed


@PROPERTY
@given(any_text, any_text)
def test_result_does_not_depend_on_earlier_documents(first: str, second: str) -> None:
    fresh = clean_and_explain(second)
    clean(first)
    assert clean_and_explain(second) == fresh


@PROPERTY
@given(any_text)
def test_clean_is_clean_and_explain_text(text: str) -> None:
    assert clean(text) == clean_and_explain(text).text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n",
        "\r\n\r\n",
        "\x00",
        "a\x00b\nLeave a comment\x00",
        "\ud800",
        "Related Posts\n\udfff\n\ud83d…See More",
        "\u2028\u2029\x85\x0c\x0b",
        "\ufeffTitle Here Today\n\nSome prose follows in this line.",
        "\u200b\n\u200b\u200b\nText.",
    ],
    ids=repr,
)
def test_odd_strings_do_not_raise(text: str) -> None:
    result = clean_and_explain(text)
    assert clean(result.text) == result.text


@pytest.mark.parametrize(
    ("value", "type_name"),
    [
        (b"Leave a comment", "bytes"),
        (bytearray(b"x"), "bytearray"),
        (None, "NoneType"),
        (42, "int"),
        (["a line"], "list"),
    ],
)
def test_non_str_input_raises_type_error_naming_the_type(value: object, type_name: str) -> None:
    for function in (clean, clean_and_explain):
        with pytest.raises(TypeError, match=type_name):
            function(value)  # type: ignore[arg-type]


def test_bytes_error_says_how_to_fix_it() -> None:
    with pytest.raises(TypeError, match=r"decode"):
        clean(b"text")  # type: ignore[arg-type]


ADVERSARIAL = {
    "one 2 MB line of words": "word " * 400_000,
    "one 1 MB line of dots": "." * 1_000_000,
    "one line of 300k ellipses": "…" * 300_000,
    "one 1 MB line of pipes": "|" * 1_000_000,
    "200k short lines": "ab\n" * 200_000,
    "100k headline-shaped lines": "A Headline Shaped Line Here\n" * 100_000,
    "50k teaser pairs": (
        "Teaser Title Here Now\nAn excerpt that is cut off before it ends, as teasers are…\n"
    )
    * 50_000,
    "50k related headings": "Related Posts\nSome Title Here\n" * 50_000,
    "100k see-more lines": "Title…See More\n" * 100_000,
    "promo prefix then 1 MB": "Read more: " + "Word " * 200_000,
}


@pytest.mark.parametrize("text", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_adversarial_inputs_are_cleaned(text: str) -> None:
    # Not timed (benchmarks/scaling.py measures cost per MB); a rule that
    # backtracks catastrophically would make this never finish.
    result = clean_and_explain(text)
    assert clean(result.text) == result.text
    kept = sum(1 for line in result.text.split("\n") if line.strip())
    assert kept + len(result.removed) == sum(1 for line in split_lines(text) if line.strip())


def test_crlf_output_keeps_no_carriage_returns() -> None:
    text = "Title Of The Story\r\n\r\nFirst line of prose, long enough to be body text here.\r\n"
    assert "\r" not in clean(text)


def test_menu_layers_between_headlines_settle() -> None:
    # Menus, a headline, menus, a headline...: cutting the frame and then the
    # title must not expose a new frame on every pass.
    menus = [
        *("Home", "News", "Politics", "Business", "Science", "Culture", "Sport", "Opinion"),
        *("Podcasts", "Travel", "Health", "Money", "Weather", "Music", "Books", "Film"),
        *("Games", "Cars", "Food", "Style", "Tech", "Climate", "Jobs", "Events", "Video"),
        *("Photos", "Local", "World", "Arts", "Property", "Education", "Law", "Farming"),
        *("Energy", "Media", "Crime", "Rugby", "Tennis", "Golf", "Cricket", "Cycling"),
        *("Boxing", "Sailing", "Rowing", "Hockey"),
    ]
    headlines = [
        f"How the council in district number {n} finally voted to extend the bike lane "
        "network across the whole city after years of debate"
        for n in ("one", "two", "three", "four")
    ]
    body = [
        "The city council voted 7-2 on Tuesday to extend the bike lane network across "
        "the whole district, after a long debate.",
        "Supporters said the change would make the route safer for children cycling to "
        "school every morning and afternoon.",
        "Opponents warned that shops on the road would lose dozens of parking spaces.",
    ]
    layers = menus[:9]
    for i, headline in enumerate(headlines):
        layers += [headline, *menus[9 * (i + 1) : 9 * (i + 2)]]
    once = clean("\n".join(layers + body))
    assert clean(once) == once
