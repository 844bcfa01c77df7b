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

from decruft.core import clean, clean_and_explain
from decruft.lines import Line
from decruft.pipeline import Filter, Page, Pipeline, PipelineError, default_pipeline
from decruft.repeats import RepeatProfile, learn_repeats
from decruft.result import Removal, Result

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
