"""decruft's pytest plugin: fixtures for tests of scrapers and pipelines.

pytest loads it by itself wherever decruft is installed (the ``pytest11``
entry point ``decruft``). It imports nothing of decruft until a test asks
for one of its fixtures:

- ``decruft_pipeline``: the pipeline the other fixtures clean with, the
  default one. Override it in a ``conftest.py`` to test with your own.
- ``decruft_clean``: :func:`decruft.clean` with that pipeline.
- ``decruft_golden``: ``decruft_golden.check("pages/story.html")`` cleans
  the file and compares the clean text with ``pages/story.expected.txt``
  beside it. The first run writes the expected file and fails, so that it is
  read before it is trusted; ``pytest --decruft-update`` rewrites the
  expected files that differ (and fails those checks too, for the same
  reason).

Assertions are in :mod:`decruft.testing`, hypothesis strategies in
:mod:`decruft.strategies`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from decruft.pipeline import Pipeline

__all__ = ["GoldenFiles", "decruft_clean", "decruft_golden", "decruft_pipeline"]

_UPDATE = "--decruft-update"


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add ``--decruft-update`` to pytest's command line."""
    group = parser.getgroup("decruft", "decruft golden files")
    group.addoption(
        _UPDATE,
        action="store_true",
        default=False,
        help="rewrite the NAME.expected.txt file of every decruft_golden check whose clean "
        "text differs from it, and fail that check so that the new file is reviewed",
    )


@pytest.fixture
def decruft_pipeline() -> Pipeline:
    """The pipeline that ``decruft_clean`` and ``decruft_golden`` clean
    with: :func:`decruft.default_pipeline`. Override this fixture in a
    ``conftest.py`` to test with a pipeline of your own."""
    from decruft import default_pipeline

    return default_pipeline()


@pytest.fixture
def decruft_clean(decruft_pipeline: Pipeline) -> Callable[..., str]:
    """:func:`decruft.clean` with the ``decruft_pipeline`` fixture's
    pipeline: ``decruft_clean(text)``, or with ``input_format=``."""
    from decruft import clean

    def clean_with_pipeline(text: str, **options: Any) -> str:
        return clean(text, decruft_pipeline, **options)

    return clean_with_pipeline


@pytest.fixture
def decruft_golden(request: pytest.FixtureRequest, decruft_pipeline: Pipeline) -> GoldenFiles:
    """Compare the clean text of files with the expected files beside them:
    ``decruft_golden.check(path)``; see :class:`GoldenFiles`."""
    return GoldenFiles(
        decruft_pipeline,
        folder=Path(request.path).parent,
        update=bool(request.config.getoption(_UPDATE)),
    )


class GoldenFiles:
    """The ``decruft_golden`` fixture: checks of files against their
    expected clean text.

    Args:
        pipeline: what to clean with.
        folder: the folder relative paths start from (the test file's).
        update: rewrite expected files that differ (``--decruft-update``).

    """

    def __init__(self, pipeline: Pipeline, *, folder: Path, update: bool = False) -> None:
        self.pipeline = pipeline
        self.folder = folder
        self.update = update

    def expected_path(self, dirty_path: str | os.PathLike[str]) -> Path:
        """Where the expected text of ``dirty_path`` is: beside it, its
        extension replaced by ``.expected.txt`` (``story.html`` →
        ``story.expected.txt``)."""
        path = self.folder / Path(dirty_path)
        return path.with_name(f"{path.stem}.expected.txt")

    def check(
        self,
        dirty_path: str | os.PathLike[str],
        *,
        input_format: str = "auto",
        encoding: str = "utf-8",
    ) -> None:
        """Clean the file at ``dirty_path`` (relative to the test file's
        folder) and fail unless its clean text equals the expected file's,
        line for line (blank lines and white space at either end of a line
        ignored); the failure shows an annotated diff
        (:func:`decruft.testing.cleaning_diff`).

        Without an expected file, write it and fail: check that it holds the
        article and nothing else, then commit it.
        """
        __tracebackhide__ = True
        from decruft.core import clean_and_explain
        from decruft.testing import cleaning_diff

        dirty = self.folder / Path(dirty_path)
        if not dirty.is_file():
            raise FileNotFoundError(f"decruft_golden: no file {dirty} to clean")
        expected_path = self.expected_path(dirty_path)
        result = clean_and_explain(
            dirty.read_text(encoding=encoding),
            self.pipeline,
            input_format=input_format,  # type: ignore[arg-type]
        )
        if not expected_path.exists():
            _write(expected_path, result.text)
            pytest.fail(
                f"decruft_golden: wrote {expected_path}, which did not exist. Read it: it "
                "must hold the article and nothing else. Then commit it and run again."
            )
        diff = cleaning_diff(result, expected_path.read_text(encoding="utf-8"))
        if not diff:
            return
        if self.update:
            _write(expected_path, result.text)
            pytest.fail(
                f"decruft_golden: rewrote {expected_path} with the new clean text. Review "
                f"the change (- was expected, + is new):\n{diff}"
            )
        pytest.fail(
            f"decruft_golden: the clean text of {dirty} differs from {expected_path} "
            f"(- expected but missing, + kept but not expected):\n{diff}\n"
            f"If the new clean text is right, run pytest {_UPDATE} to rewrite the file."
        )


def _write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` in one step: a partial file never replaces it."""
    from decruft.batch.outputs import AtomicFile

    with AtomicFile(path) as file:
        file.write(text + "\n" if text else "")
