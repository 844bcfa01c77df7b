"""A progress line on standard error, for runs someone is watching.

It shows documents done, megabytes read, documents per second and, when
the total is known (files, not standard input), the share done and the
time left. It redraws at most a few times a second and only on a terminal;
anywhere else (a log file, a pipe, ``-q``) it stays silent.
"""

from __future__ import annotations

import time
from typing import TextIO

__all__ = ["Progress", "format_duration"]

# Redraw no more often than this many seconds: drawing costs more than a
# small document's cleaning.
_REDRAW_EVERY = 0.2


def format_duration(seconds: float) -> str:
    """``h:mm:ss``, or ``m:ss`` under an hour.

    >>> format_duration(75), format_duration(3725)
    ('1:15', '1:02:05')
    """
    whole = int(seconds + 0.5)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"


class Progress:
    """The progress of a run over ``total_bytes`` of input (0 when unknown),
    its line opening with ``label`` when one is given.

    Call :meth:`update` after each document with the documents done and the
    input bytes read so far, and :meth:`close` at the end to clear the line.
    """

    def __init__(self, stream: TextIO, total_bytes: int, *, enabled: bool, label: str = "") -> None:
        self.stream = stream
        self.label = label
        self.total_bytes = total_bytes
        self.enabled = enabled
        self._start = time.monotonic()
        self._drawn_at = 0.0
        self._width = 0

    def restart(self) -> None:
        """Count the rate and the time left from now on (after a first pass
        that read the inputs once already)."""
        self._start = time.monotonic()

    def update(self, documents: int, bytes_read: int) -> None:
        """Redraw the line, when enough time has passed since the last time."""
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._drawn_at < _REDRAW_EVERY:
            return
        self._drawn_at = now
        self._draw(self.line(documents, bytes_read, now - self._start))

    def line(self, documents: int, bytes_read: int, elapsed: float) -> str:
        """The progress line for these figures.

        >>> Progress(None, 4_000_000, enabled=True).line(150, 1_000_000, 10.0)
        '150 docs  1.0/4.0 MB  25%  15 docs/s  ETA 0:30'
        """
        rate = documents / elapsed if elapsed > 0 else 0.0
        parts = [self.label] if self.label else []
        parts.append(f"{documents:,} docs")
        if self.total_bytes and bytes_read:
            share = min(bytes_read / self.total_bytes, 1.0)
            parts.append(f"{bytes_read / 1e6:,.1f}/{self.total_bytes / 1e6:,.1f} MB")
            parts.append(f"{share:.0%}")
            parts.append(f"{rate:,.0f} docs/s")
            parts.append(f"ETA {format_duration(elapsed * (1 - share) / share)}")
        else:
            parts.append(f"{bytes_read / 1e6:,.1f} MB")
            parts.append(f"{rate:,.0f} docs/s")
        return "  ".join(parts)

    def _draw(self, text: str) -> None:
        padding = " " * max(0, self._width - len(text))
        self.stream.write(f"\r{text}{padding}")
        self.stream.flush()
        self._width = len(text)

    def close(self) -> None:
        """Clear the line, so the summary starts on a clean one."""
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0
