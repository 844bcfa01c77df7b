"""How clean()'s cost grows with input size, on adversarial shapes.

Run directly: ``python benchmarks/scaling.py [--mb 2]``. For each shape it
times clean() on inputs of 1x, 2x and 4x the base size and prints seconds
per MB and the ratio of each size's time to the 1x time divided by the size
ratio: about 1.0 means linear, 2.0 at 4x would mean quadratic.
"""

from __future__ import annotations

import argparse
import textwrap
import time
from collections.abc import Callable

from decruft import clean

PROSE = (
    "The council met on Tuesday and approved the budget after a long debate. "
    "Most members said the compromise was the best they could hope for.\n"
)
MENU = "Home\nNews\nPolitics\nBusiness\nScience\nCulture\nSport\nOpinion\nLog in\n"
WHOLE_PAGE = MENU + PROSE * 3 + "About Us\nContact\nPrivacy Policy\n"
# The article resuming again and again between short footer-like runs.
RESUMING = "Popular\nWeather\nTides\n" + PROSE * 2
SHORT_HEADER_PAGE = "Home\nArchive\nAbout\n" + PROSE * 6 + MENU * 3 + "© 2025 Harbour Notes\n"
# A page rendered with its nesting as indentation, one menu item deeper at
# each line: every depth from the menus down to the article occurs.
NESTED_PAGE = (
    "".join(" " * depth + "* Section\n" for depth in range(0, 40, 2))
    + "".join(" " * 44 + line + "\n" for line in PROSE.split("\n") if line) * 10
    + "".join(" " * depth + "* Contact\n" for depth in range(40, 0, -2))
)
# A page whose footer links and copyright lines come again and again.
FOOTER_RUNS = "About Us\nCareers\nPrivacy Policy\n© 2025 Harbour Notes\n"
# Numbered comment headers with their stamps, and reply links.
STAMPED_COMMENTS = "1. Ann Lee 3/12/2021 at 1:48am\nThanks for this.\nReply\n"
# Paragraphs wrapped at 72 columns, as html2text, lynx and e-mail give them.
WRAPPED = textwrap.fill(PROSE.strip() * 3, 72) + "\n\n"
SHAPES: dict[str, Callable[[int], str]] = {
    "article prose": lambda n: PROSE * (n // len(PROSE) + 1),
    "one huge line": lambda n: "word " * (n // 5),
    "one line of dots": lambda n: "." * n,
    "one line of ellipses": lambda n: "…" * n,
    "one line of pipes": lambda n: "|" * n,
    "short lines": lambda n: "ab\n" * (n // 3),
    "headline-shaped lines": lambda n: "A Headline Shaped Line Here\n" * (n // 28),
    "teaser pairs": lambda n: "Teaser Title Here\nAn excerpt that is cut off…\n" * (n // 48),
    "related heading runs": lambda n: "Related Posts\nSome Title\n" * (n // 25),
    "see more lines": lambda n: "Title…See More\n" * (n // 15),
    "repeated lines": lambda n: "Same line again.\n" * (n // 17),
    "promo lines": lambda n: "Read more: " + "Word " * (n // 5),
    "whole pages back to back": lambda n: WHOLE_PAGE * (n // len(WHOLE_PAGE) + 1),
    "menus only": lambda n: MENU * (n // len(MENU) + 1),
    "article resuming below runs": lambda n: MENU + PROSE * 3 + RESUMING * (n // len(RESUMING)),
    "short-header pages": lambda n: SHORT_HEADER_PAGE * (n // len(SHORT_HEADER_PAGE) + 1),
    "nested pages": lambda n: NESTED_PAGE * (n // len(NESTED_PAGE) + 1),
    "one deeply nested page": lambda n: _deeply_nested(n),
    "wrapped paragraphs": lambda n: WRAPPED * (n // len(WRAPPED) + 1),
    "one wrapped paragraph": lambda n: textwrap.fill(PROSE.strip() * (n // len(PROSE) + 1), 72),
    "one introduced list of controls and counts": lambda n: (
        "The page showed:\n" + "* Add to cart\n* 12 comments\n" * (n // 30)
    ),
    "footer link runs": lambda n: MENU + PROSE * 3 + FOOTER_RUNS * (n // len(FOOTER_RUNS)),
    "stamped comment headers": lambda n: (
        PROSE * 4 + "Comments\n" + STAMPED_COMMENTS * (n // len(STAMPED_COMMENTS))
    ),
}


def _deeply_nested(n: int) -> str:
    """One page of ``n`` characters: menu lines at every depth up to 400
    columns, then the article's paragraphs at depth 400."""
    menus = "".join(" " * (2 * i % 400) + "* Item\n" for i in range(n // 400))
    paragraph = " " * 400 + PROSE
    return menus + paragraph * (n // 2 // len(paragraph) + 1)


def _time(text: str) -> float:
    start = time.perf_counter()
    clean(text)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="base size in MB (default 1)")
    args = parser.parse_args()
    base = int(args.mb * 1_000_000)
    print(f"{'shape':24} {'s/MB at 1x':>10} {'2x ratio':>9} {'4x ratio':>9}")
    for name, make in SHAPES.items():
        times = []
        for factor in (1, 2, 4):
            text = make(base * factor)
            times.append(_time(text) / (len(text.encode()) / 1e6))
        print(f"{name:24} {times[0]:10.3f} {times[1] / times[0]:9.2f} {times[2] / times[0]:9.2f}")


if __name__ == "__main__":
    main()
