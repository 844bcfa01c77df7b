"""decruft as a datatrove pipeline step, to clean a corpus wherever
datatrove runs: on one machine, on Slurm, on Ray.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from decruft.integrations.datatrove import DecruftCleaner

    LocalPipelineExecutor(
        [JsonlReader("crawl/"), DecruftCleaner(), JsonlWriter("clean/")], tasks=8
    ).run()

:class:`DecruftCleaner` cleans each ``Document.text`` with
:func:`decruft.clean_and_explain` and records, in the document's metadata,
the lines removed per rule and the headline it found. Its stats (in
datatrove's logs) count the documents and the lines each rule removed. See
``docs/scale.md`` for whole pipelines.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

try:
    from datatrove.pipeline.base import PipelineStep
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError(
        "decruft.integrations.datatrove needs datatrove: pip install 'decruft[datatrove]'"
    ) from error

from decruft.core import clean_and_explain
from decruft.html import check_input_format
from decruft.pipeline import Pipeline, default_pipeline
from decruft.repeats import RepeatProfile

__all__ = ["DecruftCleaner"]


class DecruftCleaner(PipelineStep):
    """A datatrove step that cleans ``Document.text`` with decruft.

    Args:
        without: names of rules to leave out (as in ``decruft rules``).
        input_format: ``"text"`` (the default: datatrove's extractors hand
            over text), ``"html"`` or ``"auto"``.
        repeats: a site's :class:`~decruft.RepeatProfile`, for the
            ``site_repeats`` rule, when every document is from that site.
        metadata_prefix: the removal counts go to
            ``metadata[prefix + "removed"]`` (``{rule: lines}``) and the
            headline, when one is found, to ``metadata[prefix + "title"]``.
        drop_empty: drop documents that clean to nothing (counted as
            ``dropped_empty``) instead of passing them on empty.

    """

    name = "🧹 decruft"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        *,
        without: Iterable[str] = (),
        input_format: str = "text",
        repeats: RepeatProfile | None = None,
        metadata_prefix: str = "decruft_",
        drop_empty: bool = False,
    ) -> None:
        super().__init__()
        self.without = tuple(without)
        # Fail where the step is built, not in a worker on another machine.
        self.input_format = check_input_format(input_format)
        self.pipeline: Pipeline = default_pipeline().without(*self.without)
        self.repeats = repeats
        self.metadata_prefix = metadata_prefix
        self.drop_empty = drop_empty

    def run(self, data: Iterable[Any], rank: int = 0, world_size: int = 1) -> Iterator[Any]:
        """Clean each document of ``data`` and pass it on (or drop it, when
        it cleans to nothing and ``drop_empty`` is set)."""
        if data is None:
            return
        for document in data:
            self.stat_update("documents")
            with self.track_time():
                result = clean_and_explain(
                    document.text,
                    self.pipeline,
                    input_format=self.input_format,  # type: ignore[arg-type]
                    repeats=self.repeats,
                )
            counts = result.counts()
            for rule, lines in counts.items():
                self.stat_update(f"lines_removed_{rule}", value=lines)
            document.metadata[f"{self.metadata_prefix}removed"] = counts
            if result.title is not None:
                document.metadata[f"{self.metadata_prefix}title"] = result.title
            document.text = result.text
            if not result.text and self.drop_empty:
                self.stat_update("dropped_empty")
                continue
            self.update_doc_stats(document)
            yield document
