"""What a perfect line-level cleaner would score on the WCXB text tracks.

Run directly (not by pytest):

    python benchmarks/ceilings.py            # both text tracks, write docs/benchmarks.md
    python benchmarks/ceilings.py --limit 200

Each line of a page's dirty text is labelled from the gold: it is the
gold's when its words appear there in a row, or, for a line of six words or
more, when half of its runs of four words do. Three cleaners that know
these labels, and one that knows the gold's words, are then scored with the
benchmark's metric, next to decruft:

- the line oracle keeps exactly the gold's lines (the "line-level ceiling"
  of the benchmark's README);
- the short-line oracle keeps every paragraph (every line that
  ``decruft.prose.is_prose`` reads as running text) and, of the other lines
  (menu items, labels, headings, list items, captions), the gold's. It is
  the best a cleaner can do that never deletes a paragraph, which is what
  precision first asks of rules that cannot tell the article's paragraphs
  from a comment's or a sidebar's;
- the span oracle keeps one run of consecutive lines, the run whose
  labels promise the best F1: the best a cleaner can do that finds the
  article's first and last line and cuts everything around them (what the
  whole-page filters try), and nothing inside;
- the surplus oracle needs no labels: it removes, longest first, every
  line whose words the rest of the text still holds as often as the gold
  does, so its recall is the dirty text's: about the best a cleaner can do
  that never loses a word of the gold (deleting paragraphs included).

The labels are approximate (a short line whose words also occur in the
gold counts as the gold's), and the surplus oracle's order is greedy, so
the oracles are estimates, not bounds.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
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
    tokens,
    words_of,
)
from decruft import clean
from decruft.layout import main_span
from decruft.lines import split_lines, tidy
from decruft.prose import is_prose

_SHINGLE = 4
_MIN_SHINGLED_WORDS = 6
SYSTEMS = ("decruft", "short-line oracle", "span oracle", "line oracle", "surplus oracle")
# Steps of the search for the best span's F1 (each halves the interval).
_SPAN_SEARCH_STEPS = 30


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


def best_span(sizes: list[int], in_gold: list[bool], gold_size: int) -> tuple[int, int]:
    """``(first, last)``: the run of lines that maximises the F1 the labels
    promise, ``2 * G / (T + gold_size)`` for a run of ``T`` words of which
    ``G`` are in gold lines; ``(0, -1)`` when no line is.

    The F1 of the best run is at least ``f`` exactly when some run has
    ``sum(2 * g - f * t) >= f * gold_size`` (``g`` a line's gold words, ``t``
    its words), a maximum-sum run: the search halves an interval of ``f``
    until it is narrow, each step linear.

    >>> best_span([3, 5, 2, 4], [False, True, False, True], 9)
    (1, 3)
    """
    best: tuple[int, int] = (0, -1)
    low, high = 0.0, 1.0
    for _ in range(_SPAN_SEARCH_STEPS):
        f = (low + high) / 2
        weights = [
            (2 if gold else 0) * size - f * size for size, gold in zip(sizes, in_gold, strict=True)
        ]
        first, last, total = main_span(weights)
        if last >= first and total >= f * gold_size:
            low, best = f, (first, last)
        else:
            high = f
    return best


def surplus_lines(text: str, gold: str) -> list[str]:
    """The non-blank lines of ``text`` left once every line whose words the
    other kept lines still hold as often as ``gold`` does has gone, the
    longest first: removing them loses no word of the gold.

    >>> surplus_lines("Home\\nThe ferry runs.\\nHome", "The ferry runs home.")
    ['The ferry runs.', 'Home']
    """
    lines = [line for line in split_lines(text) if words_of(line)]
    counts = [Counter(words_of(line)) for line in lines]
    held: Counter[str] = Counter()
    for count in counts:
        held.update(count)
    wanted = tokens(gold)
    kept = [True] * len(lines)
    for i in sorted(range(len(lines)), key=lambda i: -counts[i].total()):
        if all(held[word] - n >= wanted[word] for word, n in counts[i].items()):
            held.subtract(counts[i])
            kept[i] = False
    return [line for line, keep in zip(lines, kept, strict=True) if keep]


def measure(text: str, gold: str) -> dict[str, Score]:
    """decruft's score on one page and the four oracles'."""
    labelled = gold_lines(text, gold)
    short_line = [line for line, in_gold in labelled if in_gold or is_prose(tidy(line))]
    oracle = [line for line, in_gold in labelled if in_gold]
    first, last = best_span(
        [len(words_of(line)) for line, _ in labelled],
        [in_gold for _, in_gold in labelled],
        len(words_of(gold)),
    )
    span = [line for line, _ in labelled[first : last + 1]]
    return {
        "decruft": score(clean(text), gold),
        "short-line oracle": score("\n".join(short_line), gold),
        "span oracle": score("\n".join(span), gold),
        "line oracle": score("\n".join(oracle), gold),
        "surplus oracle": score("\n".join(surplus_lines(text, gold)), gold),
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
            "mean per-page token F1 and recall (R) of decruft and of four cleaners that know "
            "the gold. Three know which lines of the dirty text are the gold's (see the "
            "script's docstring for how lines are labelled): the line oracle keeps exactly "
            "those lines; the short-line oracle keeps every paragraph and, of the other "
            "lines, the gold's: the best a cleaner can do that never deletes a paragraph; "
            "the span oracle keeps the one run of consecutive lines that scores best: the "
            "best a cleaner can do that only cuts above and below the article. The surplus "
            "oracle removes, longest first, every line whose words the rest of the text "
            "still holds as often as the gold does: its recall is the dirty text's."
        )
        heading = "What a perfect line cleaner would score"
        replace_section("ceilings", heading, [intro, "", *rows[:-1]])
        print(f"written to {REPORT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
