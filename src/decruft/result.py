"""What cleaning returns: the clean text, the title, and every removal."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

_REPORT_TEXT_WIDTH = 100


@dataclass(frozen=True)
class Removal:
    """One removed line, and why it was removed.

    Attributes:
        line_number: 1-based position of the line in the input.
        text: the line as it was in the input (without trailing whitespace).
        rule: the stable name of the filter that removed it, e.g. ``related_posts``.
        reason: a short sentence with the evidence, e.g. ``repeats line 8``.

    """

    line_number: int
    text: str
    rule: str
    reason: str


@dataclass(frozen=True)
class Result:
    """The outcome of :func:`decruft.clean_and_explain`.

    Attributes:
        text: the clean article body, exactly what :func:`decruft.clean` returns.
        title: the page's headline when the text starts with one, else ``None``.
            It is not part of ``text``.
        removed: every removed line, in input order.
        input_format: how the input was read: ``"text"``, or ``"html"`` when
            its text was extracted from HTML first. Line numbers in
            ``removed`` are then those of the extracted text.

    """

    text: str
    title: str | None
    removed: tuple[Removal, ...]
    input_format: str = "text"

    def counts(self) -> dict[str, int]:
        """Number of removed lines per rule, most frequent first.

        >>> from decruft import clean_and_explain
        >>> clean_and_explain("Leave a comment\\nPost Comment\\n>").counts()
        {'comment_prompts': 2, 'markup_debris': 1}
        """
        return dict(Counter(removal.rule for removal in self.removed).most_common())

    def report(self) -> str:
        """Render the removals for a person: one block per removed line.

        >>> from decruft import clean_and_explain
        >>> print(clean_and_explain("Some article text here.\\n\\nLeave a comment").report())
        1 line removed: comment_prompts 1
        line 3  comment_prompts  comment or reply prompt "Leave a comment"
          | Leave a comment
        """
        if not self.removed:
            lines = ["nothing removed"]
        else:
            total = len(self.removed)
            summary = ", ".join(f"{rule} {count}" for rule, count in self.counts().items())
            lines = [f"{total} line{'s' if total != 1 else ''} removed: {summary}"]
        if self.input_format == "html":
            lines.append("read as HTML: line numbers are those of the text extracted from it")
        if self.title is not None:
            lines.append(f"title: {self.title}")
        width = max((len(str(r.line_number)) for r in self.removed), default=1)
        for removal in self.removed:
            text = removal.text.strip()
            if len(text) > _REPORT_TEXT_WIDTH:
                text = text[: _REPORT_TEXT_WIDTH - 1] + "…"
            lines.append(f"line {removal.line_number:<{width}}  {removal.rule}  {removal.reason}")
            lines.append(f"  | {text}")
        return "\n".join(lines)
