"""The built-in filters, one module per clutter family.

Each filter is a frozen dataclass whose fields are its options and whose
``name`` is the stable identifier used in pipelines and explanations.
"""

from decruft.filters.base import LineRule, PhraseRule, line_rule
from decruft.filters.comments import CommentPrompts
from decruft.filters.duplicates import DuplicateLines
from decruft.filters.frame import OpeningMenus, PageFooter, PageFrame
from decruft.filters.links import FooterLinks
from decruft.filters.markup import MarkupDebris
from decruft.filters.nesting import ArticleColumn, IndentedFrame
from decruft.filters.promos import PromoLines
from decruft.filters.related import RelatedPosts
from decruft.filters.teasers import SeeMoreTeasers
from decruft.filters.threads import CommentThreads
from decruft.filters.title import Title
from decruft.filters.widgets import (
    Advertisements,
    BrowserNotices,
    CookieNotices,
    NewsletterPrompts,
    ReadingTimes,
    SharePrompts,
    SiteControls,
)

__all__ = [
    "Advertisements",
    "ArticleColumn",
    "BrowserNotices",
    "CommentPrompts",
    "CommentThreads",
    "CookieNotices",
    "DuplicateLines",
    "FooterLinks",
    "IndentedFrame",
    "LineRule",
    "MarkupDebris",
    "NewsletterPrompts",
    "OpeningMenus",
    "PageFooter",
    "PageFrame",
    "PhraseRule",
    "PromoLines",
    "ReadingTimes",
    "RelatedPosts",
    "SeeMoreTeasers",
    "SharePrompts",
    "SiteControls",
    "Title",
    "line_rule",
]
