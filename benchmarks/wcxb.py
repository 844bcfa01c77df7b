"""The WCXB benchmark data (dev split) and its metric.

The data is not part of this repository: it is read from
``../shared/bench/wcxb-dev`` beside it, or from a folder given by the
caller. See that folder's README for what the files hold.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import regex

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "wcxb-dev"
TEXT_TRACKS = ("text_traf_recall", "text_inscriptis")
#: The HTML track: the raw page, field ``html`` of pages.jsonl.gz.
HTML_TRACK = "html"
TRACKS = (*TEXT_TRACKS, HTML_TRACK)
_TOKEN = regex.compile(r"\w+")


@dataclass(frozen=True)
class Page:
    """One benchmark page: its id, type, gold main text and the input: the
    dirty text, or the raw HTML on the HTML track."""

    id: str
    page_type: str
    gold: str
    text: str


@dataclass(frozen=True)
class Score:
    """Bag-of-tokens precision, recall and F1 of one prediction."""

    precision: float
    recall: float
    f1: float


def words_of(text: str) -> list[str]:
    """The lower-cased ``\\w+`` tokens of ``text``, in order: the benchmark's tokens."""
    return _TOKEN.findall(text.lower())


def tokens(text: str) -> Counter[str]:
    """The lower-cased ``\\w+`` tokens of ``text``, counted."""
    return Counter(words_of(text))


def score(prediction: str, gold: str) -> Score:
    """Token precision, recall and F1 of ``prediction`` against ``gold``.

    Overlap is the multiset intersection; a prediction with no tokens scores
    0 for all three, as in the benchmark's README.

    >>> score("the cat sat", "the cat sat on the mat").recall
    0.5
    """
    predicted, expected = tokens(prediction), tokens(gold)
    n_predicted, n_expected = sum(predicted.values()), sum(expected.values())
    if not n_predicted or not n_expected:
        return Score(0.0, 0.0, 0.0)
    overlap = sum((predicted & expected).values())
    precision, recall = overlap / n_predicted, overlap / n_expected
    f1 = 2 * precision * recall / (precision + recall) if overlap else 0.0
    return Score(precision, recall, f1)


def missing_reason(data: Path) -> str | None:
    """Why ``data`` cannot be read as the WCXB dev split, or ``None``."""
    needed = ["pages.jsonl.gz", *(f"{track}.jsonl.gz" for track in TEXT_TRACKS)]
    absent = [name for name in needed if not (data / name).is_file()]
    if absent:
        return f"{data} lacks {', '.join(absent)} (the WCXB dev split is expected there)"
    return None


def command_line(description: str) -> argparse.ArgumentParser:
    """The command line every benchmark script takes: the data folder, and
    ``--limit`` to read only the first pages."""
    parser = argparse.ArgumentParser(
        description=description, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument(
        "data",
        nargs="?",
        type=Path,
        default=DEFAULT_DATA,
        help=f"the WCXB dev folder (default: {DEFAULT_DATA})",
    )
    parser.add_argument("--limit", type=int, help="only the first N pages; writes nothing")
    return parser


def require_data(data: Path, script: str) -> None:
    """Exit with a message saying what is missing when ``data`` cannot be read."""
    reason = missing_reason(data)
    if reason:
        raise SystemExit(f"{script}: {reason}; pass the folder as an argument")


def first_golds(data: Path, limit: int | None) -> dict[str, tuple[str, str]]:
    """The pages with a gold text, as :func:`load_golds`; only the first
    ``limit`` of them when it is given."""
    golds = load_golds(data)
    return dict(list(golds.items())[:limit]) if limit else golds


def _records(path: Path) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as file:
        for line in file:
            yield json.loads(line)


def load_hosts(data: Path) -> dict[str, str]:
    """Each page's host (from its URL), by page id; ``""`` when it has none."""
    hosts = {}
    for record in _records(data / "pages.jsonl.gz"):
        try:
            hosts[record["id"]] = urlsplit(record.get("url") or "").hostname or ""
        except ValueError:
            hosts[record["id"]] = ""
    return hosts


def load_golds(data: Path, ids: set[str] | None = None) -> dict[str, tuple[str, str]]:
    """``{id: (page_type, gold)}`` for the pages with a gold text (or only ``ids``)."""
    return {
        record["id"]: (record["page_type"], record["gold"])
        for record in _records(data / "pages.jsonl.gz")
        if record["gold"].strip() and (ids is None or record["id"] in ids)
    }


def iter_track(data: Path, track: str, golds: dict[str, tuple[str, str]]) -> Iterator[Page]:
    """The pages of a track that are in ``golds``, in file order, one at a
    time (the HTML of all pages would take half a gigabyte at once)."""
    name, field = ("pages", "html") if track == HTML_TRACK else (track, "text")
    for record in _records(data / f"{name}.jsonl.gz"):
        if record["id"] in golds:
            page_type, gold = golds[record["id"]]
            yield Page(record["id"], page_type, gold, record[field])


def load_track(data: Path, track: str, golds: dict[str, tuple[str, str]]) -> list[Page]:
    """The pages of a track that are in ``golds``, in file order."""
    return list(iter_track(data, track, golds))
