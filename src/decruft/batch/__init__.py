"""Batch cleaning: files, folders and JSON Lines, in parallel, nothing lost.

:func:`run_batch` is what ``decruft clean`` runs: it expands its inputs
(:mod:`decruft.batch.inputs`), cleans their documents on several cores in
input order (:mod:`decruft.batch.jobs`), writes every output atomically
(:mod:`decruft.batch.outputs`) and reports each failure with its path and
line while the rest goes on (:mod:`decruft.batch.run`).
"""

from decruft.batch.run import BatchError, BatchOptions, Summary, run_batch

__all__ = ["BatchError", "BatchOptions", "Summary", "run_batch"]
