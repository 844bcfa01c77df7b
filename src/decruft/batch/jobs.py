"""Cleaning many documents on several cores, in input order, in flat memory.

:class:`Cleaner` hands documents to worker processes in chunks and gives
the results back in the order the documents came. At most a few chunks per
worker are in flight, so however large the input, memory holds only those:
the input is read as fast as the workers clean it, not ahead of them. With
one job everything runs in the calling process.
"""

from __future__ import annotations

import ctypes
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from decruft.core import clean_and_explain
from decruft.pipeline import Pipeline, default_pipeline
from decruft.repeats import RepeatProfile
from decruft.result import Removal

__all__ = ["Cleaned", "Cleaner", "Settings", "Work"]

Item = TypeVar("Item")
#: What a worker is given for one document: its text, and its site.
Work = tuple[str, str]

# A chunk closes at this many characters of text, or documents: large enough
# that handing it to a worker costs little next to cleaning it, small enough
# that the workers stay busy to the end. Failures and markers count too, so
# that a long run of broken records is reported as it goes, in flat memory.
_CHUNK_CHARS = 1 << 19
_CHUNK_DOCUMENTS = 64
_CHUNK_ITEMS = 1024
# Chunks in flight per worker: one being cleaned, one waiting.
_IN_FLIGHT_PER_JOB = 2


@dataclass(frozen=True)
class Settings:
    """How each document is cleaned: the rules left out, how input is read
    (``"auto"``, ``"text"``, ``"html"``), whether the removed lines are
    wanted back (for ``--report``) or only their counts per rule, and the
    repeat profile of each site (for ``--site-repeats``), and the languages
    whose phrase lists the rules read (all when ``None``)."""

    without: tuple[str, ...] = ()
    input_format: str = "auto"
    want_removed: bool = False
    repeats: Mapping[str, RepeatProfile] = field(default_factory=dict)
    languages: tuple[str, ...] | None = None

    def pipeline(self) -> Pipeline:
        """The pipeline these settings describe."""
        return default_pipeline(self.languages).without(*self.without)


@dataclass(frozen=True)
class Cleaned:
    """What cleaning one document gave: its text, title, lines removed per
    rule, the removals themselves (when asked for), how it was read, and the
    UTF-8 bytes of its text before and after (counted in the worker, not
    the process that writes); or the error that stopped it."""

    text: str = ""
    title: str | None = None
    counts: tuple[tuple[str, int], ...] = ()
    removed: tuple[Removal, ...] = ()
    input_format: str = "text"
    bytes_in: int = 0
    bytes_out: int = 0
    error: str | None = None


# prctl's option to be sent a signal when the parent process dies (Linux).
_PR_SET_PDEATHSIG = 1
# The pipeline and settings of this process, set once per worker.
_state: tuple[Pipeline, Settings] | None = None


def _set_up(settings: Settings) -> None:
    global _state
    _state = (settings.pipeline(), settings)


def _set_up_worker(settings: Settings) -> None:
    # Ctrl-C is the parent's to handle: it stops the run and drops the
    # unfinished outputs. A worker dying of it first would only break the
    # pool under the parent.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A worker ends quietly when told to; the parent's handler is not its own.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _end_with_parent()
    _set_up(settings)


def _end_with_parent() -> None:
    """Ask Linux to end this worker when its parent dies, however it dies:
    a worker whose parent was killed would otherwise wait for work forever.
    Elsewhere, nothing to do: the parent ends its workers when it exits."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        return


def _clean_one(work: Work) -> Cleaned:
    assert _state is not None, "the cleaning settings are set before any text is cleaned"
    pipeline, settings = _state
    text, site = work
    try:
        result = clean_and_explain(
            text,
            pipeline,
            input_format=settings.input_format,  # type: ignore[arg-type]
            repeats=settings.repeats.get(site),
        )
    except Exception as error:  # one document's failure must not stop a batch
        return Cleaned(error=f"cleaning failed: {type(error).__name__}: {error}")
    return Cleaned(
        result.text,
        result.title,
        tuple(result.counts().items()),
        result.removed if settings.want_removed else (),
        result.input_format,
        _utf8_size(text),
        _utf8_size(result.text),
    )


def _utf8_size(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def _clean_chunk(works: list[Work]) -> list[Cleaned]:
    return [_clean_one(work) for work in works]


_Pending = tuple[list[Item], list["Work | None"], "Future[list[Cleaned]] | list[Cleaned]"]


class Cleaner(Generic[Item]):
    """Cleans the texts of a stream of items with ``jobs`` processes.

    Use it as a context manager. :meth:`run` takes the items and a function
    giving each item's work, its text and site (``None`` for an item that
    only passes through, such as a marker or a failure), and yields ``(item, cleaned)`` pairs in
    input order, ``cleaned`` being ``None`` for the items that pass through.
    """

    def __init__(self, settings: Settings, jobs: int = 1) -> None:
        self.settings = settings
        self.jobs = max(1, jobs)
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Cleaner[Item]:
        if self.jobs == 1:
            _set_up(self.settings)
        else:
            self._pool = ProcessPoolExecutor(
                self.jobs, initializer=_set_up_worker, initargs=(self.settings,)
            )
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if self._pool is not None:
            # On an interrupt or an error, queued chunks are dropped, not
            # cleaned first.
            self._pool.shutdown(wait=kind is None, cancel_futures=kind is not None)
            self._pool = None

    def run(
        self, items: Iterable[Item], work_of: Callable[[Item], Work | None]
    ) -> Iterator[tuple[Item, Cleaned | None]]:
        """Yield each item with its text's cleaning, in input order."""
        window: deque[_Pending[Item]] = deque()
        limit = 0 if self._pool is None else self.jobs * _IN_FLIGHT_PER_JOB
        for chunk in _chunks(items, work_of):
            texts = [work_of(item) for item in chunk]
            todo = [text for text in texts if text is not None]
            if self._pool is None:
                window.append((chunk, texts, _clean_chunk(todo)))
            else:
                window.append((chunk, texts, self._pool.submit(_clean_chunk, todo)))
            while len(window) > limit:
                yield from _pair(*window.popleft())
        while window:
            yield from _pair(*window.popleft())


def _chunks(items: Iterable[Item], work_of: Callable[[Item], Work | None]) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    chars = documents = 0
    for item in items:
        chunk.append(item)
        work = work_of(item)
        if work is not None:
            chars += len(work[0])
            documents += 1
        if chars >= _CHUNK_CHARS or documents >= _CHUNK_DOCUMENTS or len(chunk) >= _CHUNK_ITEMS:
            yield chunk
            chunk, chars, documents = [], 0, 0
    if chunk:
        yield chunk


def _pair(
    chunk: list[Item], texts: list[Work | None], cleaned: Future[list[Cleaned]] | list[Cleaned]
) -> Iterator[tuple[Item, Cleaned | None]]:
    results = iter(cleaned.result() if isinstance(cleaned, Future) else cleaned)
    for item, text in zip(chunk, texts, strict=True):
        yield item, (None if text is None else next(results))
