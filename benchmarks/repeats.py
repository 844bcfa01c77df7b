"""Measure site-level repeats (``decruft clean --site-repeats``) on the
WCXB dev pages, grouped by host.

Run directly (not by pytest):

    python benchmarks/repeats.py               # both text tracks, write docs/benchmarks.md
    python benchmarks/repeats.py --limit 400   # a quick look, nothing written

The dev split is a sample of the web, not a crawl: few hosts have several
pages. For each host with at least ``--min-pages`` pages, the repeat profile
is learned from all its pages' dirty text (as the command does, from every
input), and each of its pages is cleaned with and without it. The script
prints mean token F1 on those pages and over all pages (the others are
unchanged), the pages made better and worse, and how many of the lines the
rule removed the gold holds (three words or more of it, in a row).
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.report import REPO, REPORT, replace_section
from benchmarks.wcxb import (
    TEXT_TRACKS,
    Page,
    command_line,
    first_golds,
    iter_track,
    load_hosts,
    require_data,
    score,
    words_of,
)
from decruft import clean_and_explain, learn_repeats
from decruft.repeats import DEFAULT_MIN_PAGES, SiteRepeats

# A removed line "is in the gold" when this many of its words, in a row, are.
_GOLD_RUN = 3


def _in_gold(text: str, gold_words: str) -> bool:
    words = words_of(text)
    return len(words) >= _GOLD_RUN and f" {' '.join(words)} " in gold_words


def measure(track: str, pages: list[Page], hosts: dict[str, str], min_pages: int) -> dict:
    """Clean the pages of hosts with ``min_pages`` pages or more with and
    without their host's profile; the figures for one row."""
    by_host: dict[str, list[Page]] = defaultdict(list)
    for page in pages:
        if hosts.get(page.id):
            by_host[hosts[page.id]].append(page)
    grouped = [group for group in by_host.values() if len(group) >= min_pages]
    before, after = [], []
    removed = removed_gold = 0
    for group in grouped:
        profile = learn_repeats((page.text for page in group), min_pages=min_pages)
        for page in group:
            plain = clean_and_explain(page.text, input_format="text")
            with_repeats = clean_and_explain(page.text, input_format="text", repeats=profile)
            before.append(score(plain.text, page.gold).f1)
            after.append(score(with_repeats.text, page.gold).f1)
            gold_words = f" {' '.join(words_of(page.gold))} "
            for removal in with_repeats.removed:
                if removal.rule == SiteRepeats.name:
                    removed += 1
                    removed_gold += _in_gold(removal.text, gold_words)
    gain = sum(after) - sum(before)
    return {
        "track": track,
        "hosts": len(grouped),
        "pages": len(before),
        "before": sum(before) / len(before) if before else 0.0,
        "after": sum(after) / len(after) if after else 0.0,
        "all": gain / len(pages) if pages else 0.0,
        "better": sum(a > b + 1e-9 for a, b in zip(after, before, strict=True)),
        "worse": sum(a < b - 1e-9 for a, b in zip(after, before, strict=True)),
        "removed": removed,
        "gold": removed_gold,
    }


def row(figures: dict) -> str:
    """One table row."""
    share = figures["gold"] / figures["removed"] if figures["removed"] else 0.0
    return (
        f"| {figures['track']} | {figures['hosts']} | {figures['pages']} "
        f"| {figures['before']:.3f} | {figures['after']:.3f} | {figures['all']:+.4f} "
        f"| {figures['better']} | {figures['worse']} | {figures['removed']:,} "
        f"| {figures['gold']:,} ({share:.0%}) |"
    )


HEADER = [
    "| track | hosts | their pages | F1 without | F1 with | change over all pages "
    "| better | worse | lines removed | of them in the gold |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
]


def main() -> None:
    """Parse the command line, measure, print, and write the report."""
    parser = command_line(__doc__.split("\n\n")[0])
    parser.add_argument("--min-pages", type=int, default=DEFAULT_MIN_PAGES)
    args = parser.parse_args()
    require_data(args.data, "repeats.py")
    golds = first_golds(args.data, args.limit)
    hosts = load_hosts(args.data)
    rows = []
    for track in TEXT_TRACKS:
        started = time.perf_counter()
        figures = measure(track, list(iter_track(args.data, track, golds)), hosts, args.min_pages)
        rows.append(row(figures))
        print(f"{rows[-1]}  ({time.perf_counter() - started:.0f} s)")
    if args.limit or args.min_pages != DEFAULT_MIN_PAGES:
        return
    intro = (
        f"Measured with `python benchmarks/repeats.py` on {time.strftime('%Y-%m-%d')}: the "
        f"`site_repeats` rule with a profile learned, per host, from the dirty text of all "
        f"the host's dev pages, on the hosts with {args.min_pages} pages or more; mean "
        "per-page token F1 on those pages without and with it, and the change it makes to "
        "the mean over all pages with a gold text. A removed line is counted in the gold "
        f"when {_GOLD_RUN} or more of its words, in a row, are there."
    )
    replace_section("repeats", "Site-level repeats", [intro, "", *HEADER, *rows])
    print(f"written to {REPORT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
