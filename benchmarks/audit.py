"""What a change removes that an earlier version kept, page by page, on the WCXB dev split.

Run directly (not by pytest), from a git checkout:

    python benchmarks/audit.py --base main                # both text tracks
    python benchmarks/audit.py --base HEAD~3 --track html
    python benchmarks/audit.py --base v0.3 --limit 300
    python benchmarks/audit.py --base 9d4f97b~1 --change 9d4f97b

The mean F1 of a change hides its losses: a rule that cuts a page's clutter
on fifty pages and an article's sources on three scores as a gain. This
script cleans every page with the version at ``--base`` (its ``src`` taken
from git into a temporary folder) and with the working tree (or the version
at ``--change``), and lists each line the change removes and the base
kept. A line whose words the
gold holds in a row (three words or more) is printed with its page, its
rule and the reason: those are the losses to read before a change lands.
It also counts the lines the change keeps that the base removed, and prints
both versions' mean F1. It writes nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.report import REPO
from benchmarks.wcxb import (
    HTML_TRACK,
    TEXT_TRACKS,
    TRACKS,
    command_line,
    first_golds,
    iter_track,
    require_data,
    score,
    words_of,
)

# Fewer words in a row than this say little: "Home" is in most golds.
_MIN_WORDS = 3


def clean_all(src: Path, data: Path, track: str, limit: int | None) -> dict[str, dict]:
    """Clean every page of ``track`` with the decruft found in ``src``:
    ``{page id: {"f1": F1, "removed": {line number: [rule, text, reason]}}}``."""
    sys.path.insert(0, str(src))
    from decruft import clean_and_explain  # the version in src, not the installed one

    options = {"input_format": "html"} if track == HTML_TRACK else {}
    pages = {}
    for page in iter_track(data, track, first_golds(data, limit)):
        result = clean_and_explain(page.text, **options)
        pages[page.id] = {
            "f1": score(result.text, page.gold).f1,
            "removed": {
                str(removal.line_number): [removal.rule, removal.text, removal.reason]
                for removal in result.removed
            },
        }
    return pages


def _export(revision: str, into: Path) -> Path:
    """The ``src`` folder of git ``revision``, written under ``into``."""
    git = subprocess.run(
        ["git", "-C", str(REPO), "archive", revision, "src"], capture_output=True, check=False
    )
    if git.returncode:
        message = git.stderr.decode(errors="replace").strip()
        raise SystemExit(f"audit.py: git cannot export src at {revision!r}: {message}")
    archive = git.stdout
    into.mkdir()
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into / "src"


def _run_both(
    sources: tuple[Path, Path], data: Path, track: str, limit: int | None, into: Path
) -> list[dict]:
    """Clean the track with both versions at once, each in a process of its own."""
    outputs = [into / "base.json", into / "change.json"]
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                __file__,
                str(data),
                "--worker",
                str(src),
                "--track",
                track,
                "--output",
                str(output),
                *(["--limit", str(limit)] if limit else []),
            ],
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )
        for src, output in zip(sources, outputs, strict=True)
    ]
    if any(worker.wait() for worker in workers):
        raise SystemExit("audit.py: cleaning failed; see the error above")
    return [json.loads(output.read_text(encoding="utf-8")) for output in outputs]


Loss = tuple[str, str, int, str, str, str]


def compare(
    base: dict[str, dict], change: dict[str, dict], golds: dict[str, tuple[str, str]]
) -> tuple[list[Loss], int, int]:
    """The lines ``change`` removes and ``base`` kept that the gold holds,
    as ``(page id, page type, line number, rule, text, reason)``; with the
    counts of lines newly removed and newly kept."""
    losses: list[Loss] = []
    removed = kept = 0
    for page_id, now in change.items():
        before = base[page_id]["removed"]
        page_type, gold = golds[page_id]
        gold_words = f" {' '.join(words_of(gold))} "
        kept += sum(1 for number in before if number not in now["removed"])
        for number, (rule, text, reason) in now["removed"].items():
            if number in before:
                continue
            removed += 1
            words = words_of(text)
            if len(words) >= _MIN_WORDS and f" {' '.join(words)} " in gold_words:
                losses.append((page_id, page_type, int(number), rule, text.strip(), reason))
    return sorted(losses), removed, kept


def main() -> None:
    """Parse the command line, clean with both versions, print the differences."""
    parser = command_line(__doc__.split("\n\n")[0])
    parser.add_argument("--base", help="the git revision to compare with (a branch, tag, commit)")
    parser.add_argument(
        "--change", help="the git revision to audit (default: the working tree's src)"
    )
    parser.add_argument(
        "--track",
        action="append",
        choices=TRACKS,
        help="a track to audit (repeatable; default: both text tracks)",
    )
    # The script runs itself once per version: --worker names the src to
    # import decruft from, --output where to write what it removed.
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--output", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    require_data(args.data, "audit.py")
    if args.worker:
        (track,) = args.track
        pages = clean_all(args.worker, args.data, track, args.limit)
        args.output.write_text(json.dumps(pages), encoding="utf-8")
        return
    if not args.base:
        parser.error("--base is required: the revision to compare the working tree with")
    golds = first_golds(args.data, args.limit)
    changed = args.change or "working tree"
    with tempfile.TemporaryDirectory() as folder:
        base_src = _export(args.base, Path(folder) / "base")
        change_src = _export(args.change, Path(folder) / "change") if args.change else REPO / "src"
        for track in args.track or TEXT_TRACKS:
            base, change = _run_both(
                (base_src, change_src), args.data, track, args.limit, Path(folder)
            )
            losses, removed, kept = compare(base, change, golds)
            n = len(change) or 1
            print(f"**{track}** ({len(change)} pages)")
            print(
                f"mean F1 {args.base} {sum(p['f1'] for p in base.values()) / n:.4f}, "
                f"{changed} {sum(p['f1'] for p in change.values()) / n:.4f}"
            )
            print(
                f"lines newly removed {removed}, newly kept {kept}; newly removed and "
                f"in the gold ({_MIN_WORDS} words or more in a row): {len(losses)}"
            )
            for page_id, page_type, number, rule, text, reason in losses:
                print(f"  {page_id} {page_type} line {number} {rule}: {text[:100]}")
                print(f"      {reason}")
            print()


if __name__ == "__main__":
    main()
