"""decruft: strip the clutter from scraped web articles, keep the article.

>>> from decruft import clean
>>> page = "\\n".join([
...     "How the Vote Was Won",
...     "The council met on Tuesday and approved the budget after a long debate.",
...     "Most members said the compromise was the best they could hope for.",
...     "✨ Don't miss: Ten Things You Never Knew About City Hall",
...     "Leave a comment",
... ])
>>> print(clean(page))
The council met on Tuesday and approved the budget after a long debate.
Most members said the compromise was the best they could hope for.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from decruft.core import clean, clean_and_explain
    from decruft.lines import Line
    from decruft.pipeline import Filter, Page, Pipeline, PipelineError, default_pipeline
    from decruft.repeats import RepeatProfile, learn_repeats
    from decruft.result import Removal, Result

# Where each public name lives. They are imported on first use, so that
# importing a submodule alone (pytest loads decruft.pytest_plugin in every
# session) stays cheap.
_HOMES = {
    "clean": "decruft.core",
    "clean_and_explain": "decruft.core",
    "Line": "decruft.lines",
    "Filter": "decruft.pipeline",
    "Page": "decruft.pipeline",
    "Pipeline": "decruft.pipeline",
    "PipelineError": "decruft.pipeline",
    "default_pipeline": "decruft.pipeline",
    "RepeatProfile": "decruft.repeats",
    "learn_repeats": "decruft.repeats",
    "Removal": "decruft.result",
    "Result": "decruft.result",
}


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'decruft' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOMES))


__all__ = [
    "Filter",
    "Line",
    "Page",
    "Pipeline",
    "PipelineError",
    "Removal",
    "RepeatProfile",
    "Result",
    "__version__",
    "clean",
    "clean_and_explain",
    "default_pipeline",
    "learn_repeats",
]

__version__ = "0.1.0"
