"""Golden tests on the real scraped seed articles in ../shared/seeds."""

from __future__ import annotations

import json

import pytest

from decruft import clean, clean_and_explain
from tests.conftest import SHARED, body_lines, shared_path

SEEDS = SHARED / "seeds"
NAMES = sorted(
    p.name.removesuffix(".txt") for p in SEEDS.glob("*.txt") if not p.name.endswith(".expected.txt")
)
MISSING = pytest.param(
    "",
    marks=pytest.mark.skip(
        reason=f"no seeds in {SEEDS}: the shared data folder is expected beside the "
        "repository (set DECRUFT_SHARED to point elsewhere)"
    ),
)
SEED_NAMES = NAMES or [MISSING]


def _read(name: str) -> str:
    return shared_path("seeds", name).read_text(encoding="utf-8")


def test_seeds_are_present() -> None:
    shared_path("seeds", "titles.json")
    assert len(NAMES) >= 5


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_cleans_to_expected_body(name: str) -> None:
    dirty = _read(f"{name}.txt")
    expected = _read(f"{name}.expected.txt")
    assert body_lines(clean(dirty)) == body_lines(expected)


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_title(name: str) -> None:
    titles = json.loads(_read("titles.json"))
    assert clean_and_explain(_read(f"{name}.txt")).title == titles[name]


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_removals_are_explained(name: str) -> None:
    dirty = _read(f"{name}.txt")
    result = clean_and_explain(dirty)
    lines = dirty.splitlines()
    for removal in result.removed:
        assert lines[removal.line_number - 1].rstrip() == removal.text
        assert removal.rule and removal.reason


def test_clutter_free_seed_is_unchanged() -> None:
    name = next((n for n in NAMES if n.startswith("002_")), None)
    if name is None:
        pytest.skip("seed 002_ not present")
    dirty = _read(f"{name}.txt")
    result = clean_and_explain(dirty)
    assert result.removed == ()
    assert result.text == dirty.strip("\n")
