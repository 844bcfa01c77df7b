"""Write a measured section into docs/benchmarks.md.

Each benchmark script owns one section of that page, between an HTML
comment that opens it and one that closes it; a new run replaces the
section and leaves the rest of the page as it is.
"""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REPORT = REPO / "docs" / "benchmarks.md"


def replace_section(name: str, heading: str, lines: list[str]) -> None:
    """Put ``lines`` between the ``<!-- name:start -->`` and ``<!-- name:end -->``
    markers of docs/benchmarks.md, adding a ``## heading`` section with them
    at the end of the page when the markers are not there yet."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    block = "\n".join([start, *lines, end])
    text = REPORT.read_text(encoding="utf-8") if REPORT.exists() else "# Benchmarks\n"
    if start in text and end in text:
        before, rest = text.split(start, 1)
        text = before + block + rest.split(end, 1)[1]
    else:
        text = text.rstrip("\n") + f"\n\n## {heading}\n\n" + block + "\n"
    REPORT.write_text(text, encoding="utf-8")
