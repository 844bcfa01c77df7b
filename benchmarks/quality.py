"""Measure decruft against the gold texts of the WCXB dev split.

Run directly (not by pytest):

    python benchmarks/quality.py                 # all pages, write docs/benchmarks.md
    python benchmarks/quality.py --limit 200     # a quick look, nothing written
    python benchmarks/quality.py --explain 0016  # what each rule removed from one page

For each text track it prints mean token F1, precision and recall over the
pages with a gold text, overall and per page type, for decruft and for the
identity baseline (the dirty text as it is) measured in the same run. The
metric is the one in the benchmark's README (bag of lower-cased \\w+ tokens).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.wcxb import (
    DEFAULT_DATA,
    TEXT_TRACKS,
    Page,
    Score,
    load_golds,
    load_track,
    missing_reason,
    score,
)
from decruft import clean, clean_and_explain

REPO = Path(__file__).resolve().parents[1]
REPORT = REPO / "docs" / "benchmarks.md"
START, END = "<!-- quality:start -->", "<!-- quality:end -->"
SYSTEMS = {"identity": lambda text: text, "decruft": clean}
_WORDS = regex.compile(r"\w+")


def _mean(scores: list[Score]) -> tuple[float, float, float]:
    n = len(scores) or 1
    return (
        sum(s.f1 for s in scores) / n,
        sum(s.precision for s in scores) / n,
        sum(s.recall for s in scores) / n,
    )


def evaluate(pages: list[Page]) -> dict[str, dict[str, list[Score]]]:
    """``{system: {page_type: scores}}``, with ``"all"`` among the types."""
    results: dict[str, dict[str, list[Score]]] = {}
    for name, system in SYSTEMS.items():
        by_type: dict[str, list[Score]] = defaultdict(list)
        for page in pages:
            result = score(system(page.text), page.gold)
            by_type["all"].append(result)
            by_type[page.page_type].append(result)
        results[name] = dict(by_type)
    return results


def table(track: str, results: dict[str, dict[str, list[Score]]]) -> list[str]:
    """Markdown rows for one track: F1/P/R overall, then F1 per page type."""
    types = sorted(t for t in results["identity"] if t != "all")
    counts = {t: len(results["identity"][t]) for t in ["all", *types]}
    header = ["system", "F1", "P", "R", *(f"{t} ({counts[t]})" for t in types)]
    rows = [
        f"**{track}** ({counts['all']} pages)",
        "",
        "| " + " | ".join(header) + " |",
        "|---|" + "---:|" * (len(header) - 1),
    ]
    for name, by_type in results.items():
        f1, precision, recall = _mean(by_type["all"])
        per_type = [f"{_mean(by_type[t])[0]:.3f}" for t in types]
        cells = [name, f"{f1:.3f}", f"{precision:.3f}", f"{recall:.3f}", *per_type]
        rows.append("| " + " | ".join(cells) + " |")
    return rows


def write_report(rows: list[str], command: str) -> None:
    """Put ``rows`` between the quality markers of docs/benchmarks.md."""
    block = "\n".join(
        [
            START,
            f"Measured with `{command}` on {time.strftime('%Y-%m-%d')}: mean per-page token "
            "F1, precision (P) and recall (R) over the WCXB dev pages with a gold text, "
            "and F1 per page type (pages in brackets). `identity` is the dirty text as it is.",
            "",
            *rows,
            END,
        ]
    )
    text = REPORT.read_text(encoding="utf-8") if REPORT.exists() else "# Benchmarks\n"
    if START in text and END in text:
        before, rest = text.split(START, 1)
        text = before + block + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n## Quality\n\n" + block + "\n"
    REPORT.write_text(text, encoding="utf-8")


def explain(data: Path, page_id: str, tracks: list[str]) -> None:
    """Print each line decruft removed from one page, with its rule and
    whether the gold text holds that line's words."""
    golds = load_golds(data, {page_id})
    if not golds:
        raise SystemExit(f"no page {page_id!r} with a gold text in {data}")
    gold_words = " ".join(_WORDS.findall(golds[page_id][1].lower()))
    for track in tracks:
        (page,) = load_track(data, track, golds)
        result = clean_and_explain(page.text)
        kept = score(result.text, page.gold)
        print(f"== {track}, page {page_id} ({page.page_type}): F1 {kept.f1:.3f}")
        for removal in result.removed:
            words = " ".join(_WORDS.findall(removal.text.lower()))
            verdict = "IN GOLD" if words and words in gold_words else "not in gold"
            print(f"{removal.line_number:5}  {verdict:11}  {removal.rule:18} {removal.reason}")
            print(f"       | {removal.text.strip()[:110]}")


def main() -> None:
    """Parse the command line and run the measurement or the explanation."""
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument(
        "data",
        nargs="?",
        type=Path,
        default=DEFAULT_DATA,
        help=f"the WCXB dev folder (default: {DEFAULT_DATA})",
    )
    parser.add_argument(
        "--track",
        action="append",
        choices=TEXT_TRACKS,
        help="measure only this track (repeatable; default: all text tracks)",
    )
    parser.add_argument("--limit", type=int, help="only the first N pages; writes nothing")
    parser.add_argument("--explain", metavar="ID", help="show what was removed from one page")
    args = parser.parse_args()
    reason = missing_reason(args.data)
    if reason:
        raise SystemExit(f"quality.py: {reason}; pass the folder as an argument")
    tracks = args.track or list(TEXT_TRACKS)
    if args.explain:
        explain(args.data, args.explain, tracks)
        return
    golds = load_golds(args.data)
    if args.limit:
        golds = dict(list(golds.items())[: args.limit])
    rows: list[str] = []
    for track in tracks:
        started = time.perf_counter()
        results = evaluate(load_track(args.data, track, golds))
        rows += [*table(track, results), ""]
        print("\n".join(table(track, results)))
        print(f"({time.perf_counter() - started:.0f} s)\n")
    if not args.limit and not args.track:
        write_report(rows[:-1], "python benchmarks/quality.py")
        print(f"written to {REPORT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
