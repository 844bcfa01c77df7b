"""A batch run: read every input, clean in parallel, write every output,
report every failure, and sum it all up.

The run streams: sources are read one after the other, their documents
cleaned in chunks by :class:`~decruft.batch.jobs.Cleaner`, and the results
written as they come back, in input order. A failure (an unreadable file, a
record that is not JSON) is reported and skipped; everything else is still
cleaned. Outputs are atomic (:class:`~decruft.batch.outputs.AtomicFile`),
so an interrupted run leaves no half-written file, and ``resume`` skips
every output already complete.
"""

from __future__ import annotations

import contextlib
import glob
import json
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from decruft.batch.inputs import (
    DEFAULT_GLOBS,
    Document,
    Failure,
    Reader,
    Source,
    check_encoding,
    find_sources,
)
from decruft.batch.jobs import Cleaned, Cleaner, Settings, Work
from decruft.batch.outputs import PARTIAL_SUFFIX, AtomicFile, output_path, partial_prefix
from decruft.batch.progress import Progress, format_duration
from decruft.repeats import DEFAULT_MIN_PAGES, RepeatCounter, RepeatProfile

__all__ = ["BatchError", "BatchOptions", "Summary", "run_batch"]

# Below this much input (on disk), one process cleans it all.
_PARALLEL_FROM_BYTES = 1 << 20


class BatchError(ValueError):
    """A batch that cannot start as asked (an output inside an input
    folder, a folder to clean with nowhere to write): nothing was read."""


@dataclass(frozen=True)
class BatchOptions:
    """What to clean, how, and where to write it.

    Attributes:
        inputs: files, folders and ``-`` (standard input), in order.
        output: the output folder; ``None`` writes to standard output
            (not allowed with folder inputs).
        globs: the file names a folder contributes.
        jsonl: read every input as JSON Lines (standard input included).
        text_field: the JSON Lines field holding the text to clean.
        id_field: the JSON Lines field naming a record in reports.
        output_field: the field the clean text goes to (default: the text
            field, in place).
        title_field: a field to store the title in, if any.
        counts_field: a field to store the lines removed per rule in, if any.
        encoding: the inputs' encoding.
        errors: ``"strict"`` or ``"replace"`` for undecodable bytes.
        jobs: worker processes.
        resume: skip sources whose output is already complete.
        report: a JSON Lines file to list every removed line in, if any.
        without: rules left out.
        languages: the languages whose phrase lists the rules read (all
            when ``None``).
        input_format: ``"auto"``, ``"text"`` or ``"html"``.
        site_repeats: learn each site's repeated lines in a first pass over
            the inputs, and remove them (the ``site_repeats`` rule).
        min_pages: on how many of a site's pages a line must appear to be
            the site's.
        url_field: the JSON Lines field with the page's URL, whose host is
            its site; without it (or for files) a site is a folder.

    """

    inputs: tuple[str, ...]
    output: Path | None = None
    globs: tuple[str, ...] = DEFAULT_GLOBS
    jsonl: bool = False
    text_field: str = "text"
    id_field: str | None = None
    output_field: str | None = None
    title_field: str | None = None
    counts_field: str | None = None
    encoding: str = "utf-8"
    errors: str = "strict"
    jobs: int = 1
    resume: bool = False
    report: Path | None = None
    without: tuple[str, ...] = ()
    languages: tuple[str, ...] | None = None
    input_format: str = "auto"
    site_repeats: bool = False
    min_pages: int = DEFAULT_MIN_PAGES
    url_field: str | None = None


@dataclass
class Summary:
    """What a run did: documents cleaned, failures, sources skipped as
    already done, bytes of text in and out, lines removed per rule, and the
    time it took."""

    documents: int = 0
    failed: int = 0
    skipped: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    removed: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def render(self) -> str:
        """The summary for a person, a few lines long."""
        rate = self.documents / self.seconds if self.seconds > 0 else 0.0
        head = f"decruft: {self.documents:,} document{'s' * (self.documents != 1)} cleaned"
        if self.failed:
            head += f", {self.failed:,} failed"
        if self.skipped:
            head += f", {self.skipped:,} skipped (output already complete)"
        head += f" in {format_duration(self.seconds)} ({rate:,.1f} docs/s)"
        kept = f" ({self.bytes_out / self.bytes_in:.0%} kept)" if self.bytes_in else ""
        lines = [
            head,
            f"  text in {_megabytes(self.bytes_in)}, out {_megabytes(self.bytes_out)}{kept}",
        ]
        if self.removed:
            rules = ", ".join(f"{rule} {count:,}" for rule, count in self.removed.most_common())
            lines.append(f"  lines removed: {sum(self.removed.values()):,} ({rules})")
        return "\n".join(lines)


def _megabytes(count: int) -> str:
    if count < 1_000_000:
        return f"{count / 1e3:,.1f} kB"
    return f"{count / 1e6:,.1f} MB"


@dataclass(frozen=True)
class _Start:
    source: Source


@dataclass(frozen=True)
class _End:
    source: Source


_Item = _Start | _End | Document | Failure


def _work_of(item: _Item) -> Work | None:
    return (item.text, item.site) if isinstance(item, Document) else None


def run_batch(
    options: BatchOptions,
    *,
    stdout: TextIO,
    stderr: TextIO,
    show_progress: bool = False,
    headers: bool = False,
) -> Summary:
    """Clean everything ``options`` names; report failures on ``stderr``
    as ``decruft: PATH[:LINE]: what is wrong`` as they happen.

    ``headers`` puts a ``==> NAME <==`` line before each text file's output
    on standard output. Raises :class:`BatchError` (before reading
    anything) when the batch cannot start as asked; an interrupt
    (``KeyboardInterrupt``) drops the outputs not yet complete and
    propagates.
    """
    check_encoding(options.encoding)
    started = time.monotonic()
    summary = Summary()
    if options.site_repeats and "-" in options.inputs:
        raise BatchError(
            "--site-repeats reads the inputs twice, and standard input only once: save it "
            "to a file and give the file"
        )
    writer = _Writer(options, stdout, stderr, summary, headers=headers)
    found = list(find_sources(options.inputs, options.globs, jsonl=options.jsonl))
    sources = writer.plan(found)
    total = sum(source.size for source in sources)
    progress = Progress(stderr, total, enabled=show_progress)
    try:
        cleaning = _clean_sources(options, sources, found, progress, show_progress=show_progress)
        with contextlib.closing(cleaning) as cleaned:
            for item, result in cleaned:
                if isinstance(item, Document):
                    assert result is not None
                    writer.write(item, result)
                    progress.update(summary.documents, writer.done_bytes + item.position)
                else:
                    writer.pass_on(item)
        writer.finish()
    except BaseException:
        writer.abort()
        raise
    finally:
        progress.close()
        summary.seconds = time.monotonic() - started
    return summary


def _clean_sources(
    options: BatchOptions,
    sources: list[Source],
    found: list[Source | Failure],
    progress: Progress,
    *,
    show_progress: bool,
) -> Iterator[tuple[_Item, Cleaned | None]]:
    """Each item of ``sources`` (markers, documents, failures) with its
    document's cleaning, in input order; the site profiles learned first
    when ``options`` asks for site-level repeats."""
    reader = Reader(
        options.encoding, options.errors, options.text_field, options.id_field, options.url_field
    )
    repeats: dict[str, RepeatProfile] = {}
    if options.site_repeats and sources:
        everything = [source for source in found if isinstance(source, Source)]
        repeats = _learn(everything, reader, options, progress.stream, show_progress=show_progress)
        progress.restart()
    settings = Settings(
        options.without,
        options.input_format,
        options.report is not None,
        repeats,
        options.languages,
    )
    # Starting worker processes costs more than cleaning a few pages.
    small = progress.total_bytes < _PARALLEL_FROM_BYTES and all(s.path for s in sources)
    jobs = 1 if small else options.jobs

    def items() -> Iterator[_Item]:
        for source in sources:
            yield _Start(source)
            yield from reader.documents(source)
            yield _End(source)

    with Cleaner[_Item](settings, jobs) as cleaner:
        yield from cleaner.run(items(), _work_of)


def _learn(
    sources: list[Source],
    reader: Reader,
    options: BatchOptions,
    stderr: TextIO,
    *,
    show_progress: bool,
) -> dict[str, RepeatProfile]:
    """The repeat profile of each site with ``min_pages`` pages or more,
    from every document of ``sources`` (completed outputs' too, so that a
    resumed run cleans as an uninterrupted one). Failures are left for the
    cleaning pass to report."""
    progress = Progress(
        stderr, sum(source.size for source in sources), enabled=show_progress, label="learning"
    )
    counters: dict[str, RepeatCounter] = {}
    documents = done_bytes = 0
    for source in sources:
        for item in reader.documents(source):
            if isinstance(item, Document):
                counter = counters.get(item.site)
                if counter is None:
                    counter = counters[item.site] = RepeatCounter(
                        input_format=options.input_format  # type: ignore[arg-type]
                    )
                counter.add(item.text)
                documents += 1
                progress.update(documents, done_bytes + item.position)
        done_bytes += source.size
    progress.close()
    return {
        site: counter.profile(options.min_pages)
        for site, counter in counters.items()
        if counter.pages >= options.min_pages
    }


class _Writer:
    """Where each result goes: output files, standard output, the report;
    and the summary's counts."""

    def __init__(
        self,
        options: BatchOptions,
        stdout: TextIO,
        stderr: TextIO,
        summary: Summary,
        *,
        headers: bool,
    ) -> None:
        self.options = options
        self.stdout = stdout
        self.stderr = stderr
        self.summary = summary
        self.headers = headers
        self.printed = 0
        self.targets: dict[Source, Path | None] = {}
        self.open: dict[Source, AtomicFile] = {}
        self.broken: set[Source] = set()
        self.written: set[Source] = set()
        self.report: AtomicFile | None = None
        self.done_bytes = 0

    # -- before reading anything -------------------------------------------

    def plan(self, found: Iterator[Source | Failure]) -> list[Source]:
        """The sources to read, each with its output decided; failures
        (missing inputs, outputs that would overwrite an input or each
        other) are reported and left out, and so are complete outputs
        under ``resume``. A :class:`BatchError` when the batch cannot start
        as asked: nothing is read or written then."""
        options = self.options
        found = list(found)
        inputs = {path for s in found if isinstance(s, Source) and (path := _resolved(s.path))}
        folders = [
            (given, _resolved(Path(given)))
            for given in options.inputs
            if given != "-" and Path(given).is_dir()
        ]
        out = options.output
        if out is None and folders:
            raise BatchError("a folder's files need an output folder: decruft clean FOLDER -o OUT")
        if out is not None:
            if out.exists() and not out.is_dir():
                raise BatchError(f"-o {out} is a file; -o names the output folder")
            _outside_inputs(out, "output folder", folders)
        report = options.report
        if report is not None:
            if _resolved(report) in inputs:
                raise BatchError(f"the report {report} is an input; name another file")
            _outside_inputs(report, "report", folders)
        sources: list[Source] = []
        claimed: dict[Path, Source] = {}
        given_twice: set[Path] = set()
        for item in found:
            if isinstance(item, Failure):
                self.fail(item)
                continue
            source_path = _resolved(item.path)
            if item.path is not None and source_path is None:
                self.fail(Failure(item.name, "a symbolic link that leads nowhere (or in a loop)"))
                continue
            if source_path is not None and source_path in given_twice:
                continue  # the same file, given again (a folder and a file in it)
            if source_path is not None:
                given_twice.add(source_path)
            target = None if out is None or item.path is None else output_path(out, item)
            if target is not None:
                resolved_target = _resolved(target) or target.absolute()
                if resolved_target in inputs:
                    message = f"its output {target} is an input; not overwritten"
                    self.fail(Failure(item.name, message))
                    continue
                if resolved_target in claimed:
                    first = claimed[resolved_target].name
                    message = (
                        f"its output {target} is also {first}'s; skipped (rename one, or "
                        "leave one out with --glob)"
                    )
                    self.fail(Failure(item.name, message))
                    continue
                claimed[resolved_target] = item
                if options.resume:
                    _drop_partials(target)
                    if target.exists():
                        self.summary.skipped += 1
                        continue
            self.targets[item] = target
            sources.append(item)
        if report is not None:
            if report.exists() and report.is_dir():
                raise BatchError(f"--report {report} is a folder; name a file")
            if _resolved(report) in claimed:
                raise BatchError(f"the report {report} is also an output; name another file")
            if options.resume:
                _drop_partials(report)
            try:
                self.report = AtomicFile(report)
            except OSError as error:
                raise BatchError(f"cannot write the report {report}: {_reason(error)}") from None
        return sources

    # -- while running -------------------------------------------------------

    def pass_on(self, item: _Start | _End | Failure) -> None:
        """A marker or a failure, in its place among the documents."""
        if isinstance(item, _Start):
            self.start(item.source)
        elif isinstance(item, _End):
            self.end(item.source)
            self.done_bytes += item.source.size
        else:
            self.fail(item)

    def start(self, source: Source) -> None:
        """A source's documents come next."""
        target = self.targets[source]
        if source.kind == "jsonl" and target is not None:
            try:
                self.open[source] = AtomicFile(target)
            except OSError as error:
                self._cannot_write(source, target, error)

    def write(self, document: Document, cleaned: Cleaned) -> None:
        """Write one document's clean text where it goes."""
        if cleaned.error is not None:
            where = document.source.name
            if document.line is not None:
                where += f":{document.line}"
            self.fail(Failure(where, cleaned.error, document.source))
            return
        summary = self.summary
        summary.documents += 1
        summary.bytes_in += cleaned.bytes_in
        summary.removed.update(dict(cleaned.counts))
        if document.record is not None:
            data = self._record_line(document.record, cleaned)
        else:
            data = cleaned.text + "\n" if cleaned.text else ""
        summary.bytes_out += cleaned.bytes_out
        source = document.source
        target = self.targets[source]
        if source in self.broken:
            pass  # its output is not written: the cleaning is counted, not kept
        elif document.record is not None and target is not None:
            self.open[source].write(data)
            self.written.add(source)
        elif target is not None:
            try:
                with AtomicFile(target) as file:
                    file.write(data)
            except OSError as error:
                self._cannot_write(source, target, error)
        else:
            if self.headers and document.record is None:
                separator = "\n" if self.printed else ""
                self.stdout.write(f"{separator}==> {document.source.name} <==\n")
            self.stdout.write(data)
            self.printed += 1
        if self.report is not None:
            for removal in cleaned.removed:
                entry = {
                    "id": document.doc_id,
                    "line": removal.line_number,
                    "rule": removal.rule,
                    "reason": removal.reason,
                    "text": removal.text,
                }
                self.report.write(_json_line(entry))

    def _record_line(self, record: dict[str, Any], cleaned: Cleaned) -> str:
        options = self.options
        record = dict(record)
        record[options.output_field or options.text_field] = cleaned.text
        if options.title_field:
            record[options.title_field] = cleaned.title
        if options.counts_field:
            record[options.counts_field] = dict(cleaned.counts)
        return _json_line(record)

    def _cannot_write(self, source: Source, target: Path, error: OSError) -> None:
        message = f"cannot write its output {target}: {_reason(error)}"
        self.fail(Failure(source.name, message, source, fatal=True))

    def fail(self, failure: Failure) -> None:
        """Report a failure, count it, and remember a source it breaks."""
        self.summary.failed += 1
        self.stderr.write(f"decruft: {failure}\n")
        self.stderr.flush()
        if failure.fatal and failure.source is not None:
            self.broken.add(failure.source)

    def end(self, source: Source) -> None:
        """A source is done: its output file goes into place if it is
        complete and holds a record (a file whose every record failed is
        tried again by ``--resume``)."""
        file = self.open.pop(source, None)
        if file is None:
            return
        if source in self.broken or source not in self.written:
            file.abort()
            return
        try:
            file.commit()
        except OSError as error:
            file.abort()
            self._cannot_write(source, file.path, error)

    def finish(self) -> None:
        """The run is done: the report goes into place."""
        if self.report is not None:
            self.report.commit()
            self.report = None

    def abort(self) -> None:
        """The run stops short: drop every output not yet complete."""
        for file in self.open.values():
            file.abort()
        self.open.clear()
        if self.report is not None:
            self.report.abort()
            self.report = None


def _drop_partials(target: Path) -> None:
    """Delete what a killed run left half-written beside ``target``."""
    pattern = f"{glob.escape(partial_prefix(target))}*{PARTIAL_SUFFIX}"
    for partial in target.parent.glob(pattern):
        with contextlib.suppress(OSError):
            partial.unlink()


def _resolved(path: Path | None) -> Path | None:
    """``path`` made absolute, links followed; ``None`` for standard input
    or a link that leads nowhere or in a loop."""
    if path is None:
        return None
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return None


def _outside_inputs(path: Path, what: str, folders: list[tuple[str, Path | None]]) -> None:
    """Refuse ``path`` inside an input folder: the next run would read it."""
    resolved = _resolved(path)
    for given, root in folders:
        if (
            resolved is not None
            and root is not None
            and (resolved == root or root in resolved.parents)
        ):
            raise BatchError(
                f"the {what} {path} lies inside the input folder {given}: it would be read "
                "as an input next time; choose a place outside it"
            )


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def _json_line(value: dict[str, Any]) -> str:
    text = json.dumps(value, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate (JSON allows "\ud800") has no UTF-8 form: escape it.
        text = json.dumps(value, ensure_ascii=True)
    return text + "\n"
