"""HTML input: tell HTML from text, and extract an HTML page's text.

decruft cleans lines of text. Given a page's HTML, :func:`extract` turns it
into text with trafilatura (imported only when HTML is actually read) and
the pipeline then cleans that text. :func:`looks_like_html` decides, for
``input_format="auto"``, whether a string is HTML; it is conservative, so
an article that quotes some markup stays text.

:class:`HtmlLookalike` is the filter that keeps ``clean`` idempotent under
``"auto"``: it runs after the pipeline and removes the lines that would make
the clean text read as HTML, so a second call never takes another route.
"""

from __future__ import annotations

import bisect
import html as _entities
import itertools
import string
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

import regex

from decruft.lines import Line
from decruft.pipeline import Page
from decruft.prose import is_prose, words

__all__ = [
    "INPUT_FORMATS",
    "LONGER_FACTOR",
    "MIN_TAGS",
    "MORE_PROSE",
    "PAGE_SHARE",
    "SHORT_TEXT_WORDS",
    "TAG_SHARE",
    "Extraction",
    "HtmlLookalike",
    "check_input_format",
    "extract",
    "looks_like_html",
]

#: The values of ``input_format`` accepted by :func:`decruft.clean`.
INPUT_FORMATS = ("auto", "html", "text")
InputFormat = Literal["auto", "html", "text"]

#: A text without a document start is HTML only with at least this many
#: tags ...
MIN_TAGS = 5
#: ... and when tags, comments and script or style bodies make up at least
#: this share of its non-space characters.
TAG_SHARE = 0.5
#: Main extractions with fewer words than this are checked against the
#: looser ones: trafilatura sometimes keeps a stray box of a page whose text
#: it missed (forum posts, listings).
SHORT_TEXT_WORDS = 100
#: A looser extraction replaces a short main one when it has more than this
#: many times its words.
LONGER_FACTOR = 2
#: A main extraction holding less than this share of the page's visible
#: characters may have missed part of the article: the looser extraction is
#: tried too ...
PAGE_SHARE = 0.5
#: ... and replaces it when its paragraphs hold more than this many times the
#: main extraction's words of prose.
MORE_PROSE = 1.2

# "<!DOCTYPE html" or "<html" first, after whitespace, byte order marks,
# comments and an XML declaration. The possessive loops never backtrack,
# and the pattern is only ever tried at the start of a line.
_DOCUMENT_START = regex.compile(
    r"(?:[\s\ufeff]++|<!--(?:(?!-->).)*+-->|<\?xml[^<>]*+>)*+"
    r"(?:<!doctype[ \t]+html(?![\w-])|<html(?=[\s>/]|$))",
    regex.IGNORECASE | regex.DOTALL,
)
# A comment opening, a start or end tag (its name captured), or a
# declaration. "[^<>]" stops at the next bracket, so a failed attempt never
# scans past it: the search is linear.
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_MARKUP = regex.compile(r"<!--|<(/?)([A-Za-z][A-Za-z0-9:-]*+)(?:[\s/][^<>]*+)?>|<![^<>]*+>")
_RAW_TEXT = frozenset({"script", "style"})
# A Markdown code fence opening a line; a block has two.
_CODE_FENCE = regex.compile(r"^ {0,3}+(?:`{3,}+|~{3,}+)", regex.MULTILINE)
_FENCES_PER_BLOCK = 2
_SURROGATE = regex.compile(r"[\ud800-\udfff]")
_BLANK = regex.compile(r"[\s\ufeff]*")


def check_input_format(input_format: object) -> InputFormat:
    """Return ``input_format`` if it is one of :data:`INPUT_FORMATS`.

    >>> check_input_format("xml")
    Traceback (most recent call last):
    ...
    ValueError: input_format must be one of 'auto', 'html', 'text', got 'xml'
    """
    if isinstance(input_format, str) and input_format in INPUT_FORMATS:
        return input_format  # type: ignore[return-value]
    allowed = ", ".join(repr(value) for value in INPUT_FORMATS)
    raise ValueError(f"input_format must be one of {allowed}, got {input_format!r}")


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML document rather than text that mentions HTML.

    It is HTML when, after whitespace and byte order marks, it starts with
    ``<!DOCTYPE html`` or ``<html`` (any case), or when it holds at least
    :data:`MIN_TAGS` tags and markup (tags, comments, script and style
    bodies) makes up at least :data:`TAG_SHARE` of its non-space
    characters. A text without ``<`` is never HTML, and neither is, without
    such a start, one that holds a Markdown code fence (```` ``` ```` or
    ``~~~`` opening a line, twice): a README whose header is HTML badges is
    Markdown.

    >>> looks_like_html("<!DOCTYPE html><title>Hi</title><p>Hello.</p>")
    True
    >>> looks_like_html("<b>bold</b> text")
    False
    >>> looks_like_html("Wrap the menu in a <nav> element, and each item in <li>.")
    False
    >>> badges = "".join(f'<a href="/b{i}"><img src="/b{i}.svg" alt="b{i}"></a>' for i in range(6))
    >>> looks_like_html(badges + "\\n\\n## Install\\n\\n```sh\\npip install pagekit\\n```")
    False
    """
    if "<" not in text:
        return False
    if _DOCUMENT_START.match(text):
        return True
    if len(_CODE_FENCE.findall(text)) >= _FENCES_PER_BLOCK:
        return False
    tags, markup = _markup_counts(text)
    if tags < MIN_TAGS:
        return False
    return markup >= TAG_SHARE * _non_space(text)


def _non_space(text: str) -> int:
    return sum(map(len, text.split()))


def _markup_counts(text: str) -> tuple[int, int]:
    """The number of tags in ``text``, and the non-space characters of its
    tags, comments and script or style bodies.

    Every search starts after the previous find, and a closing sequence
    that is not there is looked for once, so the cost is linear.
    """
    tags = markup = 0
    lowered: str | None = None
    missing: set[str] = set()
    position = 0
    while (found := _MARKUP.search(text, position)) is not None:
        end = found.end()
        if found.group() == "<!--":
            close = -1 if "-->" in missing else text.find("-->", end)
            if close < 0:
                missing.add("-->")
            else:
                end = close + 3
        else:
            tags += 1
            name = (found.group(2) or "").lower()
            if name in _RAW_TEXT and not found.group(1):
                closing = f"</{name}"
                if lowered is None:
                    # ASCII-only lowering keeps every index of ``text``
                    # (``"İ".lower()`` is two characters long).
                    lowered = text.translate(_ASCII_LOWER)
                close = -1 if closing in missing else lowered.find(closing, end)
                if close < 0:
                    missing.add(closing)
                else:
                    end = close
        markup += _non_space(text[found.start() : end])
        position = end
    return tags, markup


@dataclass(frozen=True)
class Extraction:
    """The text of an HTML page, and where it came from.

    Attributes:
        text: the page's main text, plain text lines (may be empty).
        title: the title in the page's metadata, or ``None``.
        method: which step produced ``text``: ``"trafilatura"`` (the main
            extraction), ``"trafilatura-recall"`` (its looser settings),
            ``"baseline"`` (trafilatura's baseline of the page's text),
            ``"text"`` (the input held no markup and is used as it is) or
            ``"none"`` (nothing could be extracted: ``text`` is empty).

    """

    text: str
    title: str | None
    method: str


def extract(html: str, *, title: bool = True) -> Extraction:
    """Extract the main text of ``html`` with trafilatura; never raises.

    With ``title=False`` the page's metadata is not read, and the
    extraction's title is ``None``: :func:`decruft.clean`, which returns the
    text alone, saves that time.

    The main extraction is ``trafilatura.extract(html,
    include_comments=False)``, the best of trafilatura's settings on the
    WCXB benchmark. When it fails, finds no text, or finds fewer than
    :data:`SHORT_TEXT_WORDS` words, the looser ``favor_recall=True`` is
    tried, then trafilatura's ``baseline``; each of them replaces the text
    found so far when it has more than :data:`LONGER_FACTOR` times its
    words, and the search stops once the text has
    :data:`SHORT_TEXT_WORDS` words. A longer main extraction that holds
    less than :data:`PAGE_SHARE` of the page's visible characters may have
    dropped part of the article: the looser extraction replaces it when its
    paragraphs hold more than :data:`MORE_PROSE` times as many words of
    prose (:func:`decruft.prose.is_prose`), and not when it only adds
    menus, lists and link lines.
    When all three find nothing the text is empty, except for an input
    without any ``<``, which is not HTML at all and is returned as it is.
    Lone surrogates are replaced by U+FFFD first, as the HTML parser stops
    at them.

    >>> page = "<html><body><article><p>The ferry runs again.</p></article></body></html>"
    >>> extract(page).text
    'The ferry runs again.'
    >>> extract("<html><script>var x = 1;</script></html>")
    Extraction(text='', title=None, method='none')
    """
    import trafilatura  # deferred: reading HTML is the only use of it

    html = _SURROGATE.sub("\ufffd", html)
    # trafilatura rejects a lone fragment ("<p>...</p>") as not quite HTML;
    # inside a document's body it reads it.
    tree = _attempt(trafilatura.load_html, html)
    if tree is None:
        tree = _attempt(trafilatura.load_html, f"<html><body>{html}</body></html>")
    if tree is None:
        return Extraction(html, None, "text") if "<" not in html else Extraction("", None, "none")
    page_title = _title(tree) if title else None
    best, best_words = Extraction("", page_title, "none"), 0.0
    for method, attempt in (
        ("trafilatura", lambda: trafilatura.extract(tree, include_comments=False)),
        (
            "trafilatura-recall",
            lambda: trafilatura.extract(tree, include_comments=False, favor_recall=True),
        ),
        ("baseline", lambda: trafilatura.baseline(tree)[1]),
    ):
        text = _attempt(attempt)
        if not _has_text(text):
            continue
        count = words(text)
        if best.method == "none" or count > LONGER_FACTOR * best_words:
            best, best_words = Extraction(text, page_title, method), count
        if best_words >= SHORT_TEXT_WORDS:
            break
    # A short main text has been through the looser settings already.
    if (
        best.method == "trafilatura"
        and best_words >= SHORT_TEXT_WORDS
        and _visible(best.text) < PAGE_SHARE * (_attempt(_page_visible, tree) or 0)
    ):
        looser = _attempt(trafilatura.extract, tree, include_comments=False, favor_recall=True)
        if _has_text(looser) and _prose_words(looser) > MORE_PROSE * _prose_words(best.text):
            best = Extraction(looser, page_title, "trafilatura-recall")
    if best.method == "none" and "<" not in html:
        return Extraction(html, None, "text")
    return best


def _visible(text: str) -> int:
    """How many characters of ``text`` are not white space."""
    return len(text) - sum(text.count(space) for space in " \t\n\r")


def _page_visible(tree: Any) -> int:
    """How many characters of the page's body are visible text: not white
    space, and not inside scripts, styles or templates. A hidden element
    inside another one is taken off twice: the count can only come out
    short, which makes the recall check run less, never more."""
    body = tree.find(".//body")
    node = body if body is not None else tree
    hidden = sum(
        _visible(element.text_content())
        for element in node.iter("script", "style", "noscript", "template")
    )
    return max(0, _visible(node.text_content()) - hidden)


def _prose_words(text: str) -> float:
    """How many words ``text`` holds in lines that read as paragraphs."""
    return sum(words(line) for line in text.splitlines() if is_prose(line))


def _attempt(function: Any, *args: Any, **kwargs: Any) -> Any:
    """``function(*args, **kwargs)``, or ``None`` if it raises: a page
    trafilatura cannot read is a page with no text, not an error.
    """
    try:
        return function(*args, **kwargs)
    except Exception:
        return None


def _has_text(text: object) -> bool:
    return isinstance(text, str) and bool(text.strip())


def _title(tree: object) -> str | None:
    """The page's title from its metadata: meta tags and JSON-LD first,
    then ``<title>`` and headings, as trafilatura's metadata extraction
    finds it (without its costly search for a date).
    """
    try:
        from trafilatura.metadata import examine_meta, extract_meta_json, extract_title
    except ImportError:  # a trafilatura that moved them: the slower public call
        import trafilatura

        meta = _attempt(trafilatura.extract_metadata, tree, extensive=False)
        title = getattr(meta, "title", None)
    else:
        meta = _attempt(examine_meta, tree)
        meta = _attempt(extract_meta_json, tree, meta) or meta
        title = getattr(meta, "title", None) or _attempt(extract_title, tree)
    if not isinstance(title, str):
        return None
    title = "".join(
        char for char in _entities.unescape(title) if unicodedata.category(char)[0] != "C"
    )
    return " ".join(title.split()) or None


@dataclass(frozen=True)
class HtmlLookalike:
    """Lines that would make the clean text read as HTML.

    ``clean`` runs this filter after the pipeline whenever it may detect
    HTML (``input_format`` ``"auto"`` or ``"html"``), so that the clean
    text is never taken for HTML by the next call and ``clean`` stays
    idempotent. It removes nothing unless the kept text reads as HTML
    (:func:`looks_like_html`); then it removes the lines that start the
    text like an HTML document (``<!DOCTYPE html``, ``<html``), and if the
    text still reads as HTML, every line that holds a ``<``.
    """

    name: ClassVar[str] = "html_lookalike"

    def find(self, page: Page) -> Iterator[tuple[Line, str]]:
        """Yield the lines to remove, with the reason."""
        lines = page.lines
        if not any("<" in line.text for line in lines):
            return
        text = _joined(lines)
        if not looks_like_html(text):
            return
        starts = _document_start(lines, text)
        rest = [line for line in lines if line.number not in starts]
        still_html = looks_like_html(_joined(rest))
        for line in lines:
            if line.number in starts:
                yield line, "starts the text like an HTML document"
            elif still_html and "<" in line.text:
                yield line, "holds markup in a text that would read as HTML"


def _document_start(lines: tuple[Line, ...], text: str) -> set[int]:
    """The numbers of the lines that make ``text`` (``lines`` joined) start
    like an HTML document, again and again as each start is removed.
    Lines of only whitespace and byte order marks do not count and stay.
    """
    offsets = list(itertools.accumulate((len(line.text) + 1 for line in lines), initial=0))
    starts: set[int] = set()
    index = 0
    while index < len(lines) and (found := _DOCUMENT_START.match(text, offsets[index])):
        last = bisect.bisect_right(offsets, max(found.end() - 1, offsets[index])) - 1
        for line in lines[index : last + 1]:
            if not _BLANK.fullmatch(line.text):
                starts.add(line.number)
        index = last + 1
    return starts


def _joined(lines: list[Line] | tuple[Line, ...]) -> str:
    return "\n".join(line.text for line in lines)
