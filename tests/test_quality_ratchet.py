"""The quality ratchet: mean token F1 on a fixed sample of WCXB dev pages
must not fall below the floors recorded in benchmarks/ratchet.json, on both
text tracks and on the html track (decruft reading the raw page).

Raise a floor when a change improves it; never lower one. The full
measurement is benchmarks/quality.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.wcxb import HTML_TRACK, load_golds, load_track, missing_reason, score
from decruft import clean
from tests.conftest import SHARED

RATCHET = Path(__file__).resolve().parents[1] / "benchmarks" / "ratchet.json"
DATA = SHARED / "bench" / "wcxb-dev"
SAMPLE_SIZE = 150


def sample_ids(data: Path) -> set[str]:
    """Every n-th page id (sorted) with a gold text: a fixed spread of
    page types and sites."""
    ids = sorted(load_golds(data))
    step = len(ids) // SAMPLE_SIZE
    return set(ids[::step][:SAMPLE_SIZE])


@pytest.fixture(scope="module")
def golds() -> dict[str, tuple[str, str]]:
    reason = missing_reason(DATA)
    if reason:
        pytest.skip(f"quality ratchet skipped: {reason} (set DECRUFT_SHARED)")
    return load_golds(DATA, sample_ids(DATA))


@pytest.mark.parametrize("track", sorted(json.loads(RATCHET.read_text())["floors"]))
def test_mean_f1_does_not_fall_below_the_floor(track: str, golds) -> None:
    floor = json.loads(RATCHET.read_text())["floors"][track]
    pages = load_track(DATA, track, golds)
    assert len(pages) == SAMPLE_SIZE
    input_format = "html" if track == HTML_TRACK else "auto"
    mean_f1 = sum(
        score(clean(page.text, input_format=input_format), page.gold).f1 for page in pages
    ) / len(pages)
    assert mean_f1 >= floor, f"{track}: mean F1 {mean_f1:.4f} fell below the floor {floor}"
