"""Fenced code blocks: the lines between two fences of backticks or tildes,
as Markdown writes code (```` ``` ```` ... ```` ``` ````).

A line of code is the document's, whatever it holds: a ``Share`` string, a
lone ``>`` of a shell session, an arrow of an ASCII diagram. No rule
removes a line of a fenced code block, and the page layout does not read
one as a menu line. Only a block that is closed counts: a stray fence
protects nothing.
"""

from __future__ import annotations

import functools

import regex

from decruft.lines import Line

__all__ = ["in_fenced_code"]

# A fence: three or more backticks or tildes, indented at most three
# spaces; an opening fence may carry an info string ("```python").
_FENCE = regex.compile(r" {0,3}+(`{3,}+|~{3,}+)")


# Every pass asks once for the page it starts with: one reading serves it.
@functools.lru_cache(maxsize=4)
def in_fenced_code(lines: tuple[Line, ...]) -> tuple[bool, ...]:
    """For each line, whether it lies in a closed fenced code block, the
    fences included. A block closes at a line of only the same fence
    character, at least as many times as it opened with.

    >>> from decruft.lines import read_lines
    >>> text = "Run it:\\n```sh\\n$ decruft page.txt\\n>\\n```\\nThat is all.\\n```"
    >>> in_fenced_code(read_lines(text))
    (False, True, True, True, True, False, False)
    """
    flags = [False] * len(lines)
    opening: tuple[int, str] | None = None
    for i, line in enumerate(lines):
        fence = _FENCE.match(line.text)
        if fence is None:
            continue
        marks = fence.group(1)
        if opening is None:
            opening = (i, marks)
        elif (
            marks[0] == opening[1][0]
            and len(marks) >= len(opening[1])
            and line.text.strip() == marks
        ):
            start = opening[0]
            flags[start : i + 1] = [True] * (i + 1 - start)
            opening = None
    return tuple(flags)
