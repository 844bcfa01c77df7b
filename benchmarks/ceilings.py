"""What a perfect line-level cleaner would score on the WCXB text tracks.

Run directly (not by pytest):

    python benchmarks/ceilings.py            # both text tracks, write docs/benchmarks.md
    python benchmarks/ceilings.py --limit 200

Each line of a page's dirty text is labelled from the gold: it is the
gold's when its words appear there in a row, or, for a line of six words or
more, when half of its runs of four words do. Two cleaners that know these
labels are then scored with the benchmark's metric, next to decruft:

- the line oracle keeps exactly the gold's lines (the "line-level ceiling"
  of the benchmark's README);
- the short-line oracle keeps every paragraph (every line that
  ``decruft.prose.is_prose`` reads as running text) and, of the other lines
  (menu items, labels, headings, list items, captions), the gold's. It is
  the best a cleaner can do that never deletes a paragraph, which is what
  precision first asks of rules that cannot tell the article's paragraphs
  from a comment's or a sidebar's.

The labels are approximate (a short line whose words also occur in the
gold counts as the gold's), so both oracles are estimates, not bounds.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


from benchmarks.report import REPO, REPORT, replace_section
from benchmarks.wcxb import (
    TEXT_TRACKS,
    Score,
    command_line,
    first_golds,
    iter_track,
    require_data,
    score,
    words_of,
)
from decruft import clean
from decruft.lines import split_lines, tidy
from decruft.prose import is_prose

_SHINGLE = 4
_MIN_SHINGLED_WORDS = 6
SYSTEMS = ("decruft", "short-line oracle", "line oracle")


def gold_lines(text: str, gold: str) -> list[tuple[str, bool]]:
    """The non-blank lines of ``text``, each with whether it is the gold's."""
    gold_words = " " + " ".join(words_of(gold)) + " "
    labelled = []
    for line in split_lines(text):
        words = words_of(line)
        if not words:
            continue
        if f" {' '.join(words)} " in gold_words:
            labelled.append((line, True))
        elif len(words) >= _MIN_SHINGLED_WORDS:
            starts = range(len(words) - _SHINGLE + 1)
            shingles = [" ".join(words[i : i + _SHINGLE]) for i in starts]
            found = sum(f" {shingle} " in gold_words for shingle in shingles)
            labelled.append((line, found * 2 >= len(shingles)))
        else:
            labelled.append((line, False))
    return labelled


def measure(text: str, gold: str) -> dict[str, Score]:
    """decruft's score on one page and the two oracles'."""
    labelled = gold_lines(text, gold)
    short_line = [line for line, in_gold in labelled if in_gold or is_prose(tidy(line))]
    oracle = [line for line, in_gold in labelled if in_gold]
    return {
        "decruft": score(clean(text), gold),
        "short-line oracle": score("\n".join(short_line), gold),
        "line oracle": score("\n".join(oracle), gold),
    }


def rows_for(track: str, results: list[tuple[str, dict[str, Score]]]) -> list[str]:
    """Markdown rows: mean F1 and recall of each system, overall and on articles."""
    rows = [
        f"**{track}** ({len(results)} pages)",
        "",
        "| system | F1 | R | articles F1 | articles R |",
        "|---|---:|---:|---:|---:|",
    ]
    articles = [by_system for page_type, by_system in results if page_type == "article"]
    everything = [by_system for _, by_system in results]
    for system in SYSTEMS:
        cells = [system]
        for group in (everything, articles):
            n = len(group) or 1
            cells.append(f"{sum(s[system].f1 for s in group) / n:.3f}")
            cells.append(f"{sum(s[system].recall for s in group) / n:.3f}")
        rows.append("| " + " | ".join(cells) + " |")
    return rows


def main() -> None:
    """Parse the command line, measure, print, and write the report."""
    args = command_line(__doc__.split("\n\n")[0]).parse_args()
    require_data(args.data, "ceilings.py")
    golds = first_golds(args.data, args.limit)
    rows: list[str] = []
    for track in TEXT_TRACKS:
        started = time.perf_counter()
        results = [
            (page.page_type, measure(page.text, page.gold))
            for page in iter_track(args.data, track, golds)
        ]
        rows += [*rows_for(track, results), ""]
        print("\n".join(rows_for(track, results)))
        print(f"({time.perf_counter() - started:.0f} s)\n")
    if not args.limit:
        intro = (
            f"Measured with `python benchmarks/ceilings.py` on {time.strftime('%Y-%m-%d')}: "
            "mean per-page token F1 and recall (R) of decruft and of two cleaners that know "
            "which lines of the dirty text are the gold's (see the script's docstring for "
            "how lines are labelled). The line oracle keeps exactly those lines; the "
            "short-line oracle keeps every paragraph and, of the other lines, the gold's: "
            "the best a cleaner can do that never deletes a paragraph."
        )
        heading = "What a perfect line cleaner would score"
        replace_section("ceilings", heading, [intro, "", *rows[:-1]])
        print(f"written to {REPORT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
