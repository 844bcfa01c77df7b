"""Shared test helpers: where the shared benchmark data lives."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# No per-example deadline: timing is for benchmarks, not tests. Under CI the
# examples are derandomized, so a run is reproducible; locally they vary.
settings.register_profile("default", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "default")

REPO = Path(__file__).resolve().parents[1]
#: Real scraped data shared beside the repository (never copied into it).
#: DECRUFT_SHARED overrides the location.
SHARED = Path(os.environ.get("DECRUFT_SHARED", REPO.parent / "shared"))


def shared_path(*parts: str) -> Path:
    """Return a path under the shared data folder, or skip the test with
    the reason when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(
            f"{path} not found: the shared data folder is expected beside the "
            "repository (set DECRUFT_SHARED to point elsewhere)"
        )
    return path


def body_lines(text: str) -> list[str]:
    """Return the non-empty lines of ``text``, stripped, for comparisons."""
    return [line.strip() for line in text.splitlines() if line.strip()]
