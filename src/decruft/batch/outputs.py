"""What a batch writes, and how it never leaves a half-written file.

Every output file is written under a temporary name beside its
destination (``.NAME.RANDOM.part``) and renamed over it only once complete:
an interrupted run (Ctrl-C, a kill, a crash) leaves either the complete
old file or the complete new one, never a truncated one, and ``--resume``
can trust any output it finds. Compressed JSON Lines outputs are
compressed as their input was.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import os
import tempfile
from pathlib import Path, PurePath
from typing import IO, Any

from decruft.batch.inputs import Source

__all__ = ["PARTIAL_SUFFIX", "AtomicFile", "output_path", "partial_prefix"]

#: The suffix of an output still being written.
PARTIAL_SUFFIX = ".part"
# HTML goes in, text comes out: the output of "page.html" is "page.txt".
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def output_path(out_dir: Path, source: Source) -> Path:
    """Where the output of ``source`` goes under ``out_dir``: the same
    relative path, with an HTML file's suffix made ``.txt``.

    >>> from pathlib import Path, PurePath
    >>> source = Source(Path("a/b/page.html"), "text", PurePath("b/page.html"))
    >>> str(output_path(Path("out"), source))
    'out/b/page.txt'
    """
    relative = PurePath(source.relative)
    if relative.suffix.lower() in _HTML_SUFFIXES:
        relative = relative.with_suffix(".txt")
    return out_dir / relative


# A partial file's name is its output's, cut to leave room for the random
# part and the suffix within the 255 bytes most file systems allow.
_NAME_ROOM = 200


def partial_prefix(path: Path) -> str:
    """How the temporary files of output ``path`` start: a dot (hidden),
    and its name, cut short when long.

    >>> partial_prefix(Path("out/page.txt"))
    '.page.txt.'
    """
    name = path.name.encode("utf-8", "surrogateescape")[:_NAME_ROOM]
    return "." + name.decode("utf-8", "ignore") + "."


@functools.cache
def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class AtomicFile:
    """A text file that appears at ``path`` complete or not at all.

    Write with :meth:`write`, then :meth:`commit` to rename it into place;
    :meth:`abort` (or leaving a ``with`` block by an exception) deletes
    what was written. Names ending in ``.gz`` are gzip-compressed, and in
    ``.zst`` zstd-compressed (with the zstandard package).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=partial_prefix(path), suffix=PARTIAL_SUFFIX
        )
        self._temporary = Path(temporary)
        # mkstemp makes the file private; an output gets the usual mode.
        os.chmod(handle, 0o666 & ~_umask())
        self._raw: IO[bytes] = os.fdopen(handle, "wb")
        self._layers: list[Any] = []
        binary: IO[bytes] = self._raw
        name = path.name.lower()
        try:
            if name.endswith(".gz"):
                # No time in the header: the same input gives the same bytes.
                binary = gzip.GzipFile(filename=path.name, mode="wb", fileobj=self._raw, mtime=0)
                self._layers.append(binary)
            elif name.endswith(".zst"):
                import zstandard  # optional: the zstd extra

                binary = zstandard.ZstdCompressor().stream_writer(self._raw, closefd=False)
                self._layers.append(binary)
        except BaseException:
            self.abort()
            raise
        self._binary = binary

    def write(self, text: str) -> None:
        """Append ``text``, encoded as UTF-8 (a :class:`UnicodeEncodeError`
        for a lone surrogate, which UTF-8 cannot hold)."""
        self._binary.write(text.encode("utf-8"))

    def commit(self) -> None:
        """Finish the file and rename it into place."""
        self._close()
        os.replace(self._temporary, self.path)

    def abort(self) -> None:
        """Drop what was written; the destination is left as it was."""
        with contextlib.suppress(Exception):
            self._close()
        with contextlib.suppress(FileNotFoundError):
            self._temporary.unlink()

    def _close(self) -> None:
        for layer in reversed(self._layers):
            layer.close()
        self._layers = []
        self._raw.close()

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if kind is None:
            self.commit()
        else:
            self.abort()
