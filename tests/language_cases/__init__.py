"""Positive cases and hard negatives of the phrase rules, one module per
language (``de.py``, ``fr.py``, ...), written by careful readers of each
language. tests/test_languages.py runs them.

Each module holds ``POSITIVES`` and ``HARD_NEGATIVES``: ``{rule: [cases]}``
written with ``cut`` and ``keep`` of tests/filter_helpers.py, as the English
cases of tests/filter_cases_*.py are. A positive case is a page whose
``Cut`` lines must go (each by the rule it is listed under, or the one the
``Cut`` names) while every other line stays; a hard negative is article
text in that language that looks like clutter and must come out unchanged.
"""
