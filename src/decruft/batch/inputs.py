"""What a batch reads: its inputs expanded into sources, and each source's
documents.

An input on the command line is a file, a directory (searched recursively
for the files its globs match) or ``-`` for standard input. Each file is a
:class:`Source`: a text or HTML file, whose whole text is one document, or
a JSON Lines file (``.jsonl``, ``.jsonl.gz``, ``.jsonl.zst``), whose
records each hold one. Reading never stops at a bad input: what cannot be
read is a :class:`Failure` naming the file (and the line, in JSON Lines)
and what is wrong, and reading goes on with the next record or file.
"""

from __future__ import annotations

import codecs
import contextlib
import fnmatch
import functools
import gzip
import json
import math
import os
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any, BinaryIO, Literal
from urllib.parse import urlsplit

__all__ = [
    "DEFAULT_GLOBS",
    "JSONL_SUFFIXES",
    "Document",
    "Failure",
    "Reader",
    "Source",
    "check_encoding",
    "find_sources",
    "is_jsonl",
]

#: The files a directory input contributes unless ``--glob`` says otherwise:
#: text, Markdown, HTML and JSON Lines.
DEFAULT_GLOBS = (
    "*.txt",
    "*.text",
    "*.md",
    "*.html",
    "*.htm",
    "*.xhtml",
    "*.jsonl",
    "*.jsonl.gz",
    "*.jsonl.zst",
    "*.ndjson",
)
#: Names ending so are read as JSON Lines, one document per record.
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".jsonl.zst", ".ndjson")
# A file with a NUL byte this early is no text file (an image, an archive).
_BINARY_PROBE = 8192

Kind = Literal["text", "jsonl"]


def is_jsonl(name: str) -> bool:
    """Whether a file of this name is read as JSON Lines.

    >>> is_jsonl("crawl-00.jsonl.gz"), is_jsonl("page.html")
    (True, False)
    """
    return name.lower().endswith(JSONL_SUFFIXES)


@dataclass(frozen=True)
class Source:
    """One input file, or standard input, and its place in the output tree.

    Attributes:
        path: the file, or ``None`` for standard input.
        kind: ``"text"`` (one document: the file's text or HTML) or
            ``"jsonl"`` (one document per record).
        relative: where its output goes under the output directory.

    """

    path: Path | None
    kind: Kind
    relative: PurePath

    @property
    def name(self) -> str:
        """How messages name it: its path as given, or ``<stdin>``."""
        return "<stdin>" if self.path is None else str(self.path)

    @functools.cached_property
    def size(self) -> int:
        """Its size on disk in bytes (0 for standard input or when unknown),
        read once: progress and the summary ask for it again and again."""
        if self.path is None:
            return 0
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


@dataclass(frozen=True)
class Failure:
    """An input, or part of one, that could not be read or cleaned.

    Attributes:
        where: the file, with ``:line`` for a JSON Lines record.
        message: what is wrong, and what to do about it when that helps.
        source: the source it belongs to, if any.
        fatal: whether the rest of the source is lost too (a truncated
            archive): its output is then not written.

    """

    where: str
    message: str
    source: Source | None = None
    fatal: bool = False

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass(frozen=True)
class Document:
    """One text to clean: a file's whole text, or one JSON Lines record's.

    Attributes:
        source: where it was read.
        line: its line in a JSON Lines file, else ``None``.
        doc_id: how reports name it: the record's id field, else
            ``path:line``, or the file's path.
        text: the text to clean.
        record: the whole JSON Lines record, else ``None``.
        position: bytes of the source file read once it was read, for
            progress.
        site: the site it belongs to, for site-level repeats: its URL's
            host (from the reader's ``url_field``), else the folder its file
            is in.

    """

    source: Source
    line: int | None
    doc_id: str
    text: str
    record: dict[str, Any] | None = None
    position: int = 0
    site: str = ""


def find_sources(
    inputs: Sequence[str], globs: Sequence[str] = DEFAULT_GLOBS, *, jsonl: bool = False
) -> Iterator[Source | Failure]:
    """Expand the command line's inputs into sources, in order.

    A directory contributes the files under it that one of ``globs``
    matches, in sorted order, with their path relative to it (hidden files
    and folders left out; a glob with a ``/`` is matched against that
    relative path, any other against the name; case does not matter); a
    directory with none is a failure. A file contributes itself, under its
    own name; ``-`` is standard input. ``jsonl`` reads every input as JSON
    Lines, the way to say it for standard input or a file named otherwise.
    """
    for given in inputs:
        if given == "-":
            yield Source(None, "jsonl" if jsonl else "text", PurePath("-"))
            continue
        path = Path(given)
        if path.is_dir():
            found = False
            for source in _walk(path, globs, jsonl=jsonl):
                found = True
                yield source
            if not found:
                patterns = " ".join(globs)
                yield Failure(given, f"no file here matches {patterns}; choose others with --glob")
        elif path.exists():
            yield Source(path, _kind(path.name, jsonl), PurePath(path.name))
        else:
            yield Failure(given, "No such file or directory")


def _kind(name: str, jsonl: bool) -> Kind:
    return "jsonl" if jsonl or is_jsonl(name) else "text"


def _walk(root: Path, globs: Sequence[str], *, jsonl: bool) -> Iterator[Source]:
    # Symbolic links to folders are not followed: a link back up the tree
    # would never end.
    patterns = [pattern.lower() for pattern in globs]
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            # Hidden: among them what a killed run left half-written.
            if name.startswith("."):
                continue
            path = Path(folder, name)
            relative = path.relative_to(root)
            if any(_matches(pattern, name, relative) for pattern in patterns):
                yield Source(path, _kind(name, jsonl), relative)


def _matches(pattern: str, name: str, relative: PurePath) -> bool:
    """Whether ``pattern`` (lower case) matches a file: its relative path
    when the pattern holds a ``/``, else its name; case aside.

    >>> _matches("*.html", "Page.HTML", PurePath("a/Page.HTML"))
    True
    >>> _matches("news/*.txt", "a.txt", PurePath("news/a.txt"))
    True
    """
    if "/" in pattern:
        return fnmatch.fnmatchcase(relative.as_posix().lower(), pattern)
    return fnmatch.fnmatchcase(name.lower(), pattern)


@dataclass(frozen=True)
class Reader:
    """Reads a source's documents.

    Attributes:
        encoding: the encoding of text files and JSON Lines files.
        errors: ``"strict"`` (undecodable bytes are a failure) or
            ``"replace"`` (they become U+FFFD).
        text_field: the JSON Lines field that holds the text.
        id_field: the JSON Lines field that names a record in reports, if any.
        url_field: the JSON Lines field holding the page's URL, whose host
            names its site, if any.

    """

    encoding: str = "utf-8"
    errors: str = "strict"
    text_field: str = "text"
    id_field: str | None = None
    url_field: str | None = None

    def documents(self, source: Source) -> Iterator[Document | Failure]:
        """Yield the documents of ``source``, and a failure for each part
        that cannot be read."""
        try:
            if source.kind == "text":
                yield self._text_document(source)
            else:
                yield from self._records(source)
        except OSError as error:
            yield Failure(source.name, _os_message(error), source, fatal=True)

    def _text_document(self, source: Source) -> Document | Failure:
        if source.path is not None and not source.path.is_file():
            return Failure(source.name, "not a regular file; give files or folders", source)
        data = _read_all(source.path, _nul_means_binary(self.encoding))
        if isinstance(data, int):
            return Failure(
                source.name,
                f"a binary file (NUL byte at offset {data}), not text or HTML; "
                "leave it out with --glob",
                source,
            )
        try:
            text = data.decode(self.encoding, self.errors)
        except UnicodeDecodeError as error:
            return Failure(source.name, self._decode_message(error), source)
        return Document(source, None, source.name, text, position=len(data), site=_folder(source))

    def _records(self, source: Source) -> Iterator[Document | Failure]:
        with _open_lines(source) as (raw, stream):
            number = 0
            try:
                for number, line in enumerate(stream, start=1):
                    if number == 1 and line.startswith(codecs.BOM_UTF8):
                        line = line[len(codecs.BOM_UTF8) :]
                    if line.strip():
                        yield self._record(source, number, line, raw)
            except (EOFError, OSError, zlib.error) as error:
                yield Failure(
                    f"{source.name}:{number + 1}",
                    f"unreadable after line {number} ({_os_message(error)}): the file is "
                    "truncated or corrupt; its output is not written",
                    source,
                    fatal=True,
                )

    def _record(self, source: Source, number: int, line: bytes, raw: Any) -> Document | Failure:
        where = f"{source.name}:{number}"
        try:
            record = _parse(line.decode(self.encoding, self.errors))
        except UnicodeDecodeError as error:
            return Failure(where, self._decode_message(error), source)
        except json.JSONDecodeError as error:
            return Failure(where, f"not valid JSON ({error.msg}; column {error.colno})", source)
        except _Lossy as error:
            return Failure(where, f"{error}, which JSON written back would change", source)
        except (ValueError, RecursionError) as error:
            # Numbers of thousands of digits, arrays nested thousands deep.
            return Failure(where, f"not readable as JSON ({error})", source)
        if not isinstance(record, dict):
            return Failure(where, f"a JSON {_json_type(record)}, not an object", source)
        if self.text_field not in record:
            fields = ", ".join(repr(key) for key in list(record)[:8]) or "none"
            return Failure(
                where,
                f"no {self.text_field!r} field (fields: {fields}); name the text's field with "
                "--text-field",
                source,
            )
        text = record[self.text_field]
        if not isinstance(text, str):
            return Failure(
                where, f"{self.text_field!r} is a JSON {_json_type(text)}, not a string", source
            )
        doc_id = where
        if self.id_field is not None and record.get(self.id_field) is not None:
            doc_id = str(record[self.id_field])
        site = _folder(source)
        if self.url_field is not None and isinstance(record.get(self.url_field), str):
            site = _host(record[self.url_field]) or site
        return Document(source, number, doc_id, text, record, _position(raw), site)

    def _decode_message(self, error: UnicodeDecodeError) -> str:
        return (
            f"not valid {self.encoding} (byte {error.start}); pass --encoding with the "
            "input's encoding, or --errors replace to read such bytes as U+FFFD"
        )


class _Lossy(ValueError):
    """A record that would not be written back as it was read."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            raise _Lossy(f"the key {key!r} twice")
        seen.add(key)
    return dict(pairs)


def _finite(text: str) -> float:
    number = float(text)
    if math.isinf(number):
        raise _Lossy(f"the number {text[:20]} too large for a float")
    return number


def _not_a_number(text: str) -> float:
    raise _Lossy(f"{text}, not JSON")


def _parse(text: str) -> Any:
    """The JSON value of ``text``, refused (:class:`_Lossy`) where writing
    it back would change the record: a key given twice (one value would be
    lost), a number beyond a float's range, ``NaN`` or ``Infinity``."""
    return json.loads(
        text,
        object_pairs_hook=_no_duplicates,
        parse_float=_finite,
        parse_constant=_not_a_number,
    )


@functools.cache
def _nul_means_binary(encoding: str) -> bool:
    """Whether a NUL byte says a file is binary: not in UTF-16 or UTF-32,
    whose text is full of them."""
    return not codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))


def _folder(source: Source) -> str:
    return "<stdin>" if source.path is None else str(source.path.parent)


def _host(url: str) -> str:
    """The host of ``url``, lower-cased; ``""`` when it has none.

    >>> _host("https://News.Example.org:8080/a/b"), _host("not a url")
    ('news.example.org', '')
    """
    try:
        return urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""


def _read_all(path: Path | None, probe: bool) -> bytes | int:
    """The bytes of ``path`` (standard input when ``None``); when ``probe``,
    the offset of a NUL byte in its first bytes instead, before the rest is
    read: a binary file, however large, is not read whole."""
    stream = sys.stdin.buffer if path is None else path.open("rb")
    try:
        head = stream.read(_BINARY_PROBE)
        nul = head.find(b"\0") if probe else -1
        if nul >= 0:
            return nul
        return head + stream.read()
    finally:
        if path is not None:
            stream.close()


class _ZstdMissing(OSError):
    """Reading a ``.zst`` file without the zstandard package."""


@contextlib.contextmanager
def _open_lines(source: Source) -> Iterator[tuple[BinaryIO, Iterable[bytes]]]:
    """The raw file and its decompressed lines, as bytes."""
    with contextlib.ExitStack() as stack:
        if source.path is None:
            raw: BinaryIO = sys.stdin.buffer
        else:
            raw = stack.enter_context(source.path.open("rb"))
        name = source.name.lower()
        stream: Iterable[bytes] = raw
        if name.endswith(".gz"):
            stream = stack.enter_context(gzip.GzipFile(fileobj=raw))
        elif name.endswith(".zst"):
            stream = _lines(_zstd_chunks(raw))
        yield raw, stream


# Compressed bytes read at a time from a .zst file.
_ZSTD_READ = 1 << 20


def _zstd_chunks(raw: BinaryIO) -> Iterator[bytes]:
    """The decompressed bytes of a zstd stream of one or more frames; an
    :class:`EOFError` when it ends inside a frame (a truncated file), an
    :class:`OSError` when it is no zstd at all."""
    try:
        import zstandard  # optional: the zstd extra
    except ImportError:
        raise _ZstdMissing(
            "reading .zst files needs the zstandard package: pip install 'decruft[zstd]'"
        ) from None
    context = zstandard.ZstdDecompressor()
    frame, fed = context.decompressobj(), False
    try:
        while data := raw.read(_ZSTD_READ):
            while data:
                fed = True
                out = frame.decompress(data)
                if out:
                    yield out
                if not frame.eof:
                    break
                data = frame.unused_data
                frame, fed = context.decompressobj(), False
    except zstandard.ZstdError as error:
        raise OSError(f"not zstd data ({error})") from None
    if fed:
        raise EOFError("the zstd stream ends inside a frame")


def _lines(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """The lines of a stream given in chunks, each with its ``\\n``; a line
    across many chunks is joined once, so the cost stays linear."""
    pending: list[bytes] = []
    for chunk in chunks:
        start = 0
        while (end := chunk.find(b"\n", start)) >= 0:
            pending.append(chunk[start : end + 1])
            yield b"".join(pending)
            pending = []
            start = end + 1
        if start < len(chunk):
            pending.append(chunk[start:])
    if pending:
        yield b"".join(pending)


def _position(raw: Any) -> int:
    try:
        return int(raw.tell())
    except (OSError, ValueError):
        return 0


def _os_message(error: BaseException) -> str:
    if isinstance(error, _ZstdMissing):
        return str(error)
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


def _json_type(value: object) -> str:
    names = {list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")


def check_encoding(encoding: str) -> str:
    """The canonical name of ``encoding``; a :class:`LookupError` when Python
    does not know it as a text encoding (``base64`` is none), so a batch
    fails at once rather than on every file."""
    info = codecs.lookup(encoding)
    if not getattr(info, "_is_text_encoding", True):
        raise LookupError(f"{encoding} is not a text encoding")
    return info.name
