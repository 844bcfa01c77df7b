"""Measure decruft against the gold texts of the WCXB dev split.

Run directly (not by pytest):

    python benchmarks/quality.py                 # all tracks, write docs/benchmarks.md
    python benchmarks/quality.py --limit 200     # a quick look, nothing written
    python benchmarks/quality.py --track html    # one track, nothing written
    python benchmarks/quality.py --explain 0016  # what each rule removed from one page

For each track it prints mean token F1, precision and recall over the pages
with a gold text, overall and per page type, for decruft and for a baseline
measured in the same run. On the two text tracks decruft cleans the dirty
text and the baseline is identity (the dirty text as it is). On the html
track decruft reads the raw page (clean(html, input_format="html")) and the
baseline is trafilatura.extract(html, include_comments=False), the best
peer on this split. The metric is the one in the benchmark's README (bag of
lower-cased \\w+ tokens).

docs/benchmarks.md is written only by a run of every track on every page,
so that its table always comes from one run of one version; a run of
some tracks, or of some pages, only prints.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.report import REPO, REPORT, replace_section
from benchmarks.wcxb import (
    HTML_TRACK,
    TRACKS,
    Page,
    Score,
    command_line,
    first_golds,
    iter_track,
    load_golds,
    require_data,
    score,
    words_of,
)
from decruft import clean, clean_and_explain
from decruft.html import extract

_PROGRESS_EVERY = 25


def trafilatura_baseline(html: str) -> str:
    """The best peer on the HTML track, as the benchmark's README runs it."""
    import trafilatura

    return trafilatura.extract(html, include_comments=False) or ""


def decruft_html(html: str) -> str:
    """decruft on the raw page: trafilatura's text, then the pipeline."""
    return clean(html, input_format="html")


TEXT_SYSTEMS: dict[str, Callable[[str], str]] = {"identity": lambda text: text, "decruft": clean}
HTML_SYSTEMS: dict[str, Callable[[str], str]] = {
    "trafilatura": trafilatura_baseline,
    "decruft": decruft_html,
}


def systems_for(track: str) -> dict[str, Callable[[str], str]]:
    """The systems measured on ``track``: its baseline first, then decruft."""
    return HTML_SYSTEMS if track == HTML_TRACK else TEXT_SYSTEMS


def _mean(scores: list[Score]) -> tuple[float, float, float]:
    n = len(scores) or 1
    return (
        sum(s.f1 for s in scores) / n,
        sum(s.precision for s in scores) / n,
        sum(s.recall for s in scores) / n,
    )


def evaluate(
    pages: Iterable[Page],
    systems: dict[str, Callable[[str], str]],
    total: int | None = None,
    label: str = "",
) -> dict[str, dict[str, list[Score]]]:
    """``{system: {page_type: scores}}``, with ``"all"`` among the types.

    With a ``total``, progress goes to stderr as the pages are read.
    """
    results: dict[str, dict[str, list[Score]]] = {name: defaultdict(list) for name in systems}
    started = time.perf_counter()
    done = 0
    for done, page in enumerate(pages, start=1):
        for name, system in systems.items():
            result = score(system(page.text), page.gold)
            results[name]["all"].append(result)
            results[name][page.page_type].append(result)
        if total and (done % _PROGRESS_EVERY == 0 or done == total):
            _progress(label, done, total, time.perf_counter() - started)
    if total and done:
        print(file=sys.stderr)
    return {name: dict(by_type) for name, by_type in results.items()}


def _progress(label: str, done: int, total: int, seconds: float) -> None:
    left = seconds / done * (total - done)
    message = f"{label}: {done}/{total} pages, {seconds:.0f} s, about {left:.0f} s left"
    if sys.stderr.isatty():
        print(f"\r{message}", end="", file=sys.stderr, flush=True)
    else:
        print(message, file=sys.stderr, flush=True)


def table(track: str, results: dict[str, dict[str, list[Score]]]) -> list[str]:
    """Markdown rows for one track: F1/P/R overall, then F1 per page type."""
    first = next(iter(results.values()))
    if not first.get("all"):
        return [f"**{track}**: no page of this track has a gold text here"]
    types = sorted(t for t in first if t != "all")
    counts = {t: len(first[t]) for t in ["all", *types]}
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
    """Put ``rows`` in the quality section of docs/benchmarks.md."""
    intro = (
        f"Measured with `{command}` on {time.strftime('%Y-%m-%d')}: mean per-page token "
        "F1, precision (P) and recall (R) over the WCXB dev pages with a gold text, "
        "and F1 per page type (pages in brackets). On the text tracks `identity` is the "
        "dirty text as it is; on the html track decruft reads the raw page "
        '(`clean(html, input_format="html")`) and `trafilatura` is '
        "`trafilatura.extract(html, include_comments=False)`."
    )
    replace_section("quality", "Quality", [intro, "", *rows])


def explain(data: Path, page_id: str, tracks: list[str]) -> None:
    """Print each line decruft removed from one page, with its rule and
    whether the gold text holds that line's words. On the html track the
    lines are those of the text extracted from the page."""
    golds = load_golds(data, {page_id})
    if not golds:
        raise SystemExit(f"no page {page_id!r} with a gold text in {data}")
    gold_words = " ".join(words_of(golds[page_id][1]))
    for track in tracks:
        (page,) = iter_track(data, track, golds)
        if track == HTML_TRACK:
            result = clean_and_explain(page.text, input_format="html")
            kept = score(result.text, page.gold)
            peer = score(trafilatura_baseline(page.text), page.gold)
            extracted = extract(page.text)
            print(
                f"== {track}, page {page_id} ({page.page_type}): F1 {kept.f1:.3f} "
                f"(trafilatura {peer.f1:.3f}); text extracted by {extracted.method}, "
                f"{len(extracted.text.splitlines())} lines; title {result.title!r}"
            )
        else:
            result = clean_and_explain(page.text)
            kept = score(result.text, page.gold)
            print(f"== {track}, page {page_id} ({page.page_type}): F1 {kept.f1:.3f}")
        for removal in result.removed:
            words = " ".join(words_of(removal.text))
            verdict = "IN GOLD" if words and words in gold_words else "not in gold"
            print(f"{removal.line_number:5}  {verdict:11}  {removal.rule:18} {removal.reason}")
            print(f"       | {removal.text.strip()[:110]}")


def main() -> None:
    """Parse the command line and run the measurement or the explanation."""
    parser = command_line(__doc__.split("\n\n")[0])
    parser.add_argument(
        "--track",
        action="append",
        choices=TRACKS,
        help="measure only this track (repeatable; default: all tracks; writes nothing)",
    )
    parser.add_argument("--explain", metavar="ID", help="show what was removed from one page")
    args = parser.parse_args()
    require_data(args.data, "quality.py")
    tracks = args.track or list(TRACKS)
    if args.explain:
        explain(args.data, args.explain, tracks)
        return
    golds = first_golds(args.data, args.limit)
    rows: list[str] = []
    for track in tracks:
        started = time.perf_counter()
        total = len(golds) if track == HTML_TRACK else None
        results = evaluate(iter_track(args.data, track, golds), systems_for(track), total, track)
        rows += [*table(track, results), ""]
        print("\n".join(table(track, results)))
        print(f"({time.perf_counter() - started:.0f} s)\n")
    if not args.limit and not args.track:
        write_report(rows[:-1], "python benchmarks/quality.py")
        print(f"written to {REPORT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
