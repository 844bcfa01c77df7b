"""Measure decruft's speed and memory against baselines run in the same run.

Run directly (not by pytest; timing belongs to benchmarks, never to tests):

    python benchmarks/speed.py                 # text, html, parallel; write docs/benchmarks.md
    python benchmarks/speed.py --memory-gb 1   # also peak memory on a 1 GB JSONL (minutes)
    python benchmarks/speed.py --limit 200     # a quick look, nothing written

Every figure is a ratio against a baseline measured in the same run on the
same machine, so that the figures compare across machines:

- **text**: ``clean(text)`` on every dev page of both text tracks, one
  core, against a single-pass line filter (one compiled regex per line, and
  exact duplicates dropped: the cheapest cleaner there is) and datatrove's
  C4 line filter (``C4QualityFilter(min_num_sentences=-1)``: its sentence
  count needs spaCy), when datatrove is installed; decruft with the phrase
  lists of English only; and decruft with no rules at all, what reading the
  lines and writing them back costs.
- **html**: ``clean(html, input_format="html")`` against the time spent in
  the trafilatura calls it makes, on the first ``--html-pages`` pages: what
  decruft adds to the extraction.
- **parallel**: ``decruft clean`` on a JSON Lines file of the whole-page
  texts (repeated to ``--parallel-mb``), ``-j 2`` against ``-j 1``.
- **memory** (with ``--memory-gb``): the peak resident memory of
  ``decruft clean`` (its main process and its workers, summed) on a JSON Lines
  file of that size.
"""

from __future__ import annotations

import gc
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.report import REPO, REPORT, replace_section
from benchmarks.wcxb import (
    HTML_TRACK,
    TEXT_TRACKS,
    command_line,
    first_golds,
    iter_track,
    require_data,
)
from decruft import Pipeline, clean, default_pipeline

# The single-pass baseline's one regex: the clutter phrases every line
# filter starts with, anchored at the line's start.
_BOILERPLATE = re.compile(
    r"^\W*(?:share (?:this|on)|subscribe|sign up|related (?:posts|articles)|read more|"
    r"leave a (?:comment|reply)|advertisement|we use cookies|privacy policy|"
    r"terms of (?:use|service)|all rights reserved|copyright|©|follow us|newsletter|"
    r"\d+ comments?)",
    re.IGNORECASE,
)


# Texts each system cleans, untimed, before it is timed.
_WARM_UP_TEXTS = 100


def single_pass(text: str) -> str:
    """The cheapest line cleaner: drop lines the one regex matches, and
    exact repeats of an earlier line."""
    seen: set[str] = set()
    kept = []
    for line in text.splitlines():
        key = line.strip()
        if not key or key in seen or _BOILERPLATE.search(key):
            continue
        seen.add(key)
        kept.append(line)
    return "\n".join(kept)


def c4_filter() -> Callable[[str], str] | None:
    """datatrove's C4 line filter as a function of the text, or ``None``
    when datatrove is not installed."""
    try:
        from datatrove.data import Document
        from datatrove.pipeline.filters.c4_filters import C4QualityFilter
    except ImportError:
        return None
    step = C4QualityFilter(min_num_sentences=-1)

    def run(text: str) -> str:
        document = Document(text=text, id="0")
        step.filter(document)
        return document.text

    return run


def timed(function: Callable[[str], object], texts: list[str]) -> float:
    """Seconds ``function`` takes over all ``texts``, garbage collection
    off as for every system measured."""
    gc.collect()
    gc.disable()
    try:
        started = time.perf_counter()
        for text in texts:
            function(text)
        return time.perf_counter() - started
    finally:
        gc.enable()


def text_rows(texts: dict[str, list[str]]) -> list[str]:
    """Docs/s and MB/s of decruft and the baselines on each text track."""
    no_rules = Pipeline(())
    english = default_pipeline(languages=["en"])
    systems: dict[str, Callable[[str], object]] = {
        "decruft": clean,
        # The phrase lists of one language instead of all eleven.
        "decruft, English lists only": lambda text: clean(text, english),
        # What any cleaner of decruft's kind pays before its rules: reading
        # the text into lines and writing the kept ones back.
        "decruft, no rules": lambda text: clean(text, no_rules, input_format="text"),
        "single-pass": single_pass,
    }
    c4 = c4_filter()
    if c4 is not None:
        systems["datatrove C4"] = c4
    rows = [
        "| track | system | docs/s | MB/s | decruft's MB/s ÷ this |",
        "|---|---|---:|---:|---:|",
    ]
    for track, pages in texts.items():
        megabytes = sum(len(text.encode("utf-8")) for text in pages) / 1e6
        # One-time costs (compiling phrase patterns) are no throughput: each
        # system first cleans some texts untimed.
        for function in systems.values():
            for text in pages[:_WARM_UP_TEXTS]:
                function(text)
        seconds = {name: timed(function, pages) for name, function in systems.items()}
        for name, took in seconds.items():
            ratio = seconds[name] / seconds["decruft"]
            rows.append(
                f"| {track} | {name} | {len(pages) / took:,.0f} | {megabytes / took:,.2f} "
                f"| {'' if name == 'decruft' else f'{ratio:.2f}×'} |"
            )
            print(rows[-1])
    return rows


def html_rows(pages: list[str]) -> list[str]:
    """decruft's time on the html track against the trafilatura calls it makes."""
    import trafilatura

    inside = [0.0]
    originals = {name: getattr(trafilatura, name) for name in ("load_html", "extract", "baseline")}

    def timing(function: Callable[..., object]) -> Callable[..., object]:
        def wrapper(*args: object, **kwargs: object) -> object:
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                inside[0] += time.perf_counter() - started

        return wrapper

    for name, function in originals.items():
        setattr(trafilatura, name, timing(function))
    try:
        total = timed(lambda html: clean(html, input_format="html"), pages)
    finally:
        for name, function in originals.items():
            setattr(trafilatura, name, function)
    added = total - inside[0]
    rows = [
        "| pages | decruft, s | in trafilatura's calls, s | decruft's own, s | added |",
        "|---:|---:|---:|---:|---:|",
        f"| {len(pages)} | {total:.1f} | {inside[0]:.1f} | {added:.1f} | {added / inside[0]:.1%} |",
    ]
    print(rows[-1])
    return rows


def write_jsonl(path: Path, texts: list[str], megabytes: float) -> int:
    """Write ``texts`` as records, again and again, to about ``megabytes``;
    return the number of records."""
    target = megabytes * 1e6
    written = records = 0
    with path.open("w", encoding="utf-8") as file:
        while written < target:
            for text in texts:
                line = json.dumps({"id": records, "text": text}, ensure_ascii=False) + "\n"
                file.write(line)
                written += len(line.encode("utf-8"))
                records += 1
                if written >= target:
                    break
    return records


def _tree_rss(pid: int) -> int:
    """Resident memory of ``pid`` and its descendants, in bytes (Linux)."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/status", encoding="ascii") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as kids:
                    todo.extend(int(kid) for kid in kids.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def run_clean(source: Path, out: Path, jobs: int, *, watch: bool = False) -> tuple[float, int]:
    """Wall seconds of ``decruft clean SOURCE -o OUT -j JOBS``, and its peak
    memory (process tree, sampled every 50 ms) when ``watch``."""
    command = [sys.executable, "-m", "decruft", "clean", str(source), "-o", str(out)]
    started = time.perf_counter()
    process = subprocess.Popen([*command, "-j", str(jobs), "-q"])
    peak = [0]

    def sample() -> None:
        while process.poll() is None:
            peak[0] = max(peak[0], _tree_rss(process.pid))
            time.sleep(0.05)

    watcher = threading.Thread(target=sample, daemon=True)
    if watch:
        watcher.start()
    if process.wait() != 0:
        raise SystemExit(f"decruft clean failed on {source}")
    if watch:
        watcher.join()
    return time.perf_counter() - started, peak[0]


def parallel_rows(texts: list[str], megabytes: float) -> list[str]:
    """``-j 2`` against ``-j 1`` on a JSON Lines file of ``megabytes``."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder, "pages.jsonl")
        records = write_jsonl(source, texts, megabytes)
        one, _ = run_clean(source, Path(folder, "one"), 1)
        two, _ = run_clean(source, Path(folder, "two"), 2)
    rows = [
        "| records | MB | -j 1, s | -j 2, s | speed-up |",
        "|---:|---:|---:|---:|---:|",
        f"| {records:,} | {megabytes:,.0f} | {one:.1f} | {two:.1f} | {one / two:.2f}× |",
    ]
    print(rows[-1])
    return rows


def memory_rows(texts: list[str], gigabytes: float) -> list[str]:
    """Peak memory of ``decruft clean`` on a JSON Lines file of ``gigabytes``."""
    jobs = len(os.sched_getaffinity(0))
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder, "pages.jsonl")
        records = write_jsonl(source, texts, gigabytes * 1000)
        seconds, peak = run_clean(source, Path(folder, "out"), jobs, watch=True)
    rows = [
        "| records | GB | jobs | s | MB/s | peak memory (all processes) |",
        "|---:|---:|---:|---:|---:|---:|",
        f"| {records:,} | {gigabytes:g} | {jobs} | {seconds:,.0f} "
        f"| {gigabytes * 1000 / seconds:.1f} | {peak / 1e6:,.0f} MB |",
    ]
    print(rows[-1])
    return rows


def _texts(data: Path, track: str, golds: dict[str, tuple[str, str]]) -> list[str]:
    return [page.text for page in iter_track(data, track, golds)]


def _first(items: Iterable[str], count: int) -> list[str]:
    return [item for _, item in zip(range(count), items, strict=False)]


def main() -> None:
    """Parse the command line, measure, print, and write the report."""
    parser = command_line(__doc__.split("\n\n")[0])
    parser.add_argument("--html-pages", type=int, default=300, help="pages on the html track")
    parser.add_argument("--parallel-mb", type=float, default=60.0, help="size of the -j test")
    parser.add_argument("--memory-gb", type=float, help="also measure memory on this many GB")
    args = parser.parse_args()
    require_data(args.data, "speed.py")
    golds = first_golds(args.data, args.limit)
    texts = {track: _texts(args.data, track, golds) for track in TEXT_TRACKS}
    print("one core, text tracks:")
    sections = ["**Text, one core**", "", *text_rows(texts), ""]
    print("html track:")
    html = _first(_texts(args.data, HTML_TRACK, golds), args.html_pages)
    sections += ["**HTML: what decruft adds to trafilatura's calls**", "", *html_rows(html), ""]
    print("decruft clean -j 2 against -j 1:")
    parallel = parallel_rows(texts["text_inscriptis"], args.parallel_mb)
    sections += ["**Parallel: `decruft clean -j 2` against `-j 1`**", "", *parallel]
    if args.memory_gb:
        print("memory:")
        memory = memory_rows(texts["text_inscriptis"], args.memory_gb)
        sections += ["", "**Memory: `decruft clean` on a large JSON Lines file**", "", *memory]
    if args.limit or not args.memory_gb:
        print("(a full run with --memory-gb writes docs/benchmarks.md)")
        return
    intro = (
        f"Measured with `python benchmarks/speed.py --memory-gb {args.memory_gb:g}` on "
        f"{time.strftime('%Y-%m-%d')}, on a machine with {os.cpu_count()} cores, Python "
        f"{sys.version.split()[0]}; every baseline in the same run."
    )
    replace_section("speed", "Speed and memory", [intro, "", *sections])
    print(f"written to {REPORT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
