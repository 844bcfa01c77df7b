"""The ``decruft`` command: argument parsing and output, nothing more.

``decruft clean`` cleans files, folders and JSON Lines in batch
(:mod:`decruft.batch`); ``decruft explain`` shows what was removed from a
file and why; ``decruft rules`` lists the rules. ``decruft FILE...``,
``decruft --explain FILE`` and ``decruft --list-rules`` are the shorthands
the command had before it had subcommands, and they still work.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TextIO

from decruft import __version__
from decruft.batch import BatchError, BatchOptions, run_batch
from decruft.batch.inputs import DEFAULT_GLOBS, check_encoding
from decruft.core import clean_and_explain
from decruft.html import INPUT_FORMATS, HtmlLookalike
from decruft.pipeline import Pipeline, PipelineError, default_pipeline
from decruft.repeats import DEFAULT_MIN_PAGES

_DESCRIPTION = (
    "Strip the clutter (related posts, teasers, promo lines, comment and share prompts, "
    "menus and footers, repeated lines, stray markup) from scraped article text or HTML "
    "and keep the clean article body."
)

_EPILOG = """\
commands:
  clean     clean files, folders, JSON Lines and standard input, in batch
  explain   show each line removed from a file, its rule and why
  rules     list the rules in the order they run

examples:
  decruft clean article.txt                 clean one file to standard output
  decruft clean crawl/ -o clean/            clean a folder into a mirrored tree
  decruft clean pages.jsonl.gz -o clean/    clean JSON Lines records (field "text")
  decruft explain article.txt               what was removed, by which rule, and why
  decruft rules                             the rules, in the order they run

'decruft COMMAND --help' tells more. The shorthands 'decruft FILE...',
'decruft --explain FILE' and 'decruft --list-rules' still work.
"""

_CLEAN_EPILOG = f"""\
examples:
  decruft clean article.txt > article.clean.txt
  some-scraper | decruft clean -
  decruft clean crawl/ -o clean/                   every text, HTML and JSONL file under crawl/
  decruft clean crawl/ --glob '*.html' -o clean/   only the HTML files
  decruft clean pages.jsonl.gz -o clean/ --id-field url --title-field title
  decruft clean big.jsonl -o clean/ -j 8 --report removed.jsonl
  decruft clean crawl/ -o clean/ --resume          finish a run that was stopped
  decruft clean pages.jsonl -o clean/ --site-repeats --url-field url

Inputs: files, folders (searched recursively for --glob patterns; by
default {", ".join(DEFAULT_GLOBS)}), and '-' for standard input. A text
or HTML file is one document; it goes to the same relative path under OUT
(page.html becomes page.txt). A JSON Lines file (.jsonl, .jsonl.gz,
.jsonl.zst with the zstandard package) holds one document per record, in
--text-field; it goes to a JSON Lines file of the same name under OUT, one
record per input record, every other field kept. Without -o, the output
goes to standard output.

Nothing is lost: an input that cannot be read (undecodable bytes, invalid
JSON, a missing field, a binary file) is reported as 'PATH:LINE: what is
wrong' and skipped, everything else is still cleaned, and the exit status
is 1. Outputs are written under a temporary name and renamed when complete,
so an interrupted run leaves no half-written file, and --resume skips the
outputs already complete. An input is never overwritten.

Exit status: 0 when everything was cleaned, 1 when something failed, 2 for
a usage error, 130 when interrupted.
"""

_SHORTHAND_EPILOG = """\
examples:
  decruft article.txt > article.clean.txt   clean one file
  decruft --explain article.txt             show each removed line, its rule and why
  decruft --without title article.txt       keep the headline in the text
  decruft page.html                         extract a saved page's text, then clean it
  some-scraper | decruft -                  clean standard input
  decruft --list-rules                      the rules, in the order they run

Input is plain text or HTML (UTF-8 unless --encoding says otherwise). HTML
is recognised by its <!DOCTYPE html> or <html> start, or by being mostly
tags; its text is extracted with trafilatura before cleaning. The output is
the article's own lines, in order, unchanged. For folders and JSON Lines,
see 'decruft clean --help'.
"""

_COMMANDS = ("clean", "explain", "rules")


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def _add_cleaning_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--without",
        action="append",
        default=[],
        metavar="RULE",
        help="leave a rule out (repeatable; names as in 'decruft rules')",
    )
    parser.add_argument(
        "--languages",
        metavar="CODES",
        help="read the phrase lists of these languages only, e.g. en,de (default: all of "
        "them; fewer is faster on a corpus known to be in those)",
    )
    parser.add_argument(
        "--input-format",
        choices=INPUT_FORMATS,
        default="auto",
        help="read the input as text, as HTML, or decide by its content (default: %(default)s)",
    )
    parser.add_argument(
        "--encoding",
        default="utf-8",
        help="encoding of the input files (default: %(default)s)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``decruft`` command and its subcommands."""
    parser = argparse.ArgumentParser(
        prog="decruft",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"decruft {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    clean = commands.add_parser(
        "clean",
        help="clean files, folders, JSON Lines and standard input",
        description="Clean files, folders, JSON Lines and standard input, in parallel.",
        epilog=_CLEAN_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    clean.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help="files, folders, or '-' for standard input (the default)",
    )
    clean.add_argument(
        "-o", "--output", type=Path, metavar="OUT", help="the output folder (default: stdout)"
    )
    clean.add_argument(
        "--glob",
        action="append",
        metavar="PATTERN",
        help="the file names to clean in folders (repeatable; default: text, HTML and JSONL)",
    )
    clean.add_argument(
        "--jsonl", action="store_true", help="read every input, standard input too, as JSON Lines"
    )
    clean.add_argument(
        "--text-field", default="text", metavar="NAME", help="JSON Lines: the text's field"
    )
    clean.add_argument(
        "--id-field", metavar="NAME", help="JSON Lines: the field that names a record in reports"
    )
    clean.add_argument(
        "--output-field",
        metavar="NAME",
        help="JSON Lines: write the clean text to this field (default: in place)",
    )
    clean.add_argument(
        "--title-field", metavar="NAME", help="JSON Lines: also store the title in this field"
    )
    clean.add_argument(
        "--counts-field",
        metavar="NAME",
        help="JSON Lines: also store the lines removed per rule in this field",
    )
    clean.add_argument(
        "--errors",
        choices=("strict", "replace"),
        default="strict",
        help="undecodable bytes: report the input as failed, or read them as U+FFFD "
        "(default: %(default)s)",
    )
    clean.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        default=_cpu_count(),
        metavar="N",
        help="worker processes (default: all cores, %(default)s here)",
    )
    clean.add_argument(
        "--resume",
        action="store_true",
        help="skip inputs whose output is already complete (finish an interrupted run)",
    )
    clean.add_argument(
        "--report",
        type=Path,
        metavar="FILE",
        help="write every removed line to this JSON Lines file (id, line, rule, reason, text)",
    )
    clean.add_argument(
        "--site-repeats",
        action="store_true",
        help="first learn the lines each site repeats on many of its pages (menus, "
        "footers, boxes), then remove their runs (rule site_repeats); best on whole-page text",
    )
    clean.add_argument(
        "--min-pages",
        type=_at_least_two,
        default=DEFAULT_MIN_PAGES,
        metavar="N",
        help="--site-repeats: a line on N of a site's pages is the site's (default: %(default)s)",
    )
    clean.add_argument(
        "--url-field",
        metavar="NAME",
        help="--site-repeats: the JSON Lines field with the page's URL, whose host is its "
        "site (default: a site is a folder)",
    )
    clean.add_argument(
        "-q", "--quiet", action="store_true", help="no progress line and no summary, only errors"
    )
    _add_cleaning_options(clean)
    clean.set_defaults(command_parser=clean)
    explain = commands.add_parser(
        "explain",
        help="show each line removed from a file, its rule and why",
        description="Show, for each file, every removed line with its rule and the reason.",
    )
    explain.add_argument("files", nargs="*", metavar="FILE", help="'-' or none: standard input")
    _add_cleaning_options(explain)
    explain.set_defaults(command_parser=explain)
    rules = commands.add_parser(
        "rules",
        help="list the rules in the order they run",
        description="List the rules in the order they run, one line each.",
    )
    _add_cleaning_options(rules)
    rules.set_defaults(command_parser=rules)
    return parser


def _shorthand_parser() -> argparse.ArgumentParser:
    """The parser of ``decruft FILE...``, ``--explain`` and ``--list-rules``."""
    parser = argparse.ArgumentParser(
        prog="decruft",
        description=_DESCRIPTION,
        epilog=_SHORTHAND_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="text or HTML files to clean; '-' or no FILE reads standard input",
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--explain",
        action="store_true",
        help="print what was removed, by which rule and why, instead of the clean text",
    )
    mode.add_argument(
        "--list-rules",
        action="store_true",
        help="list the rules in the order they run, and exit",
    )
    _add_cleaning_options(parser)
    parser.add_argument("--version", action="version", version=f"decruft {__version__}")
    return parser


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {number}")
    return number


def _at_least_two(value: str) -> int:
    number = int(value)
    if number < 2:
        raise argparse.ArgumentTypeError(
            f"must be 2 or more (a line on one page repeats nothing), not {number}"
        )
    return number


def _summary(obj: object) -> str:
    """The first paragraph of a filter's docstring, without reST markup."""
    doc = (type(obj).__doc__ or "").strip()
    return " ".join(doc.split("\n\n", 1)[0].split()).replace("``", "")


def _list_rules(pipeline: Pipeline, out: TextIO, *, guard: bool) -> None:
    width = max(len(name) for name in pipeline.names)
    for number, f in enumerate(pipeline, start=1):
        out.write(f"{number:2}. {f.name:<{width}}  {_summary(f)}\n")
    if not guard:
        return
    out.write(
        f"\nand last, unless --input-format is text:\n"
        f"    {HtmlLookalike.name}  {_summary(HtmlLookalike())} (A guard that keeps\n"
        f"    cleaning idempotent; --without cannot drop it, --input-format text does.)\n"
    )


def _pipeline(parser: argparse.ArgumentParser, args: argparse.Namespace) -> Pipeline:
    """The pipeline ``--without`` asks for; a usage error for unknown rules."""
    if HtmlLookalike.name in args.without and args.input_format != "text":
        parser.error(
            f"{HtmlLookalike.name} cannot be left out: it keeps cleaning idempotent when the "
            "input may be HTML; use --input-format text to read every input as text"
        )
    try:
        return default_pipeline(_languages(args)).without(
            *(name for name in args.without if name != HtmlLookalike.name)
        )
    except (PipelineError, ValueError) as error:
        parser.error(str(error))


def _read(path: str, encoding: str) -> str:
    if path == "-":
        return sys.stdin.buffer.read().decode(encoding)
    with open(path, "rb") as file:
        return file.read().decode(encoding)


def _describe(error: Exception, encoding: str) -> str:
    if isinstance(error, UnicodeDecodeError):
        return (
            f"not valid {encoding} (byte {error.start}); "
            "pass --encoding with the file's encoding, e.g. --encoding latin-1"
        )
    if isinstance(error, LookupError):
        return f"unknown encoding {encoding!r}"
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error)


def _explain(
    files: Sequence[str], pipeline: Pipeline, args: argparse.Namespace, out: TextIO
) -> int:
    paths = list(files) or ["-"]
    status = 0
    for index, path in enumerate(paths):
        name = "<stdin>" if path == "-" else path
        try:
            text = _read(path, args.encoding)
        except (OSError, UnicodeDecodeError, LookupError) as error:
            print(f"decruft: {name}: {_describe(error, args.encoding)}", file=sys.stderr)
            status = 1
            continue
        result = clean_and_explain(text, pipeline, input_format=args.input_format)
        if len(paths) > 1:
            out.write(f"{'' if index == 0 else chr(10)}==> {name} <==\n")
        report = result.report()
        out.write(report + "\n" if report else "")
    return status


def _without(args: argparse.Namespace) -> tuple[str, ...]:
    return tuple(name for name in args.without if name != HtmlLookalike.name)


def _languages(args: argparse.Namespace) -> tuple[str, ...] | None:
    if args.languages is None:
        return None
    return tuple(code.strip() for code in args.languages.split(",") if code.strip())


def _batch_options(args: argparse.Namespace) -> BatchOptions:
    """The batch ``decruft clean`` was asked for."""
    return BatchOptions(
        inputs=tuple(args.inputs or ["-"]),
        output=args.output,
        globs=tuple(args.glob or DEFAULT_GLOBS),
        jsonl=args.jsonl,
        text_field=args.text_field,
        id_field=args.id_field,
        output_field=args.output_field,
        title_field=args.title_field,
        counts_field=args.counts_field,
        encoding=args.encoding,
        errors=args.errors,
        jobs=args.jobs,
        resume=args.resume,
        report=args.report,
        without=_without(args),
        languages=_languages(args),
        input_format=args.input_format,
        site_repeats=args.site_repeats,
        min_pages=args.min_pages,
        url_field=args.url_field,
    )


def _clean(
    options: BatchOptions,
    parser: argparse.ArgumentParser,
    out: TextIO,
    *,
    quiet: bool,
    headers: bool,
) -> int:
    try:
        check_encoding(options.encoding)
    except LookupError:
        print(f"decruft: unknown encoding {options.encoding!r}", file=sys.stderr)
        return 1
    try:
        summary = run_batch(
            options,
            stdout=out,
            stderr=sys.stderr,
            show_progress=not quiet and sys.stderr.isatty(),
            headers=headers,
        )
    except BatchError as error:
        parser.error(str(error))
    except BrokenProcessPool:
        print(
            "decruft: a worker process died while cleaning (out of memory?); the outputs "
            "finished so far are kept: run again with --resume, perhaps with fewer --jobs",
            file=sys.stderr,
        )
        return 1
    if not quiet:
        print(summary.render(), file=sys.stderr)
    return 1 if summary.failed else 0


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    """Run the command with ``argv`` (default: ``sys.argv[1:]``).

    Returns the exit status: 0 when every input was cleaned, 1 when an input
    could not be read or cleaned, 2 for a usage error (raised as
    ``SystemExit`` by argparse).
    """
    out = stdout if stdout is not None else sys.stdout
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in (*_COMMANDS, "-h", "--help", "--version"):
        return _shorthand(argv, out)
    args = build_parser().parse_args(argv)
    command = args.command_parser
    pipeline = _pipeline(command, args)
    if args.command == "rules":
        _list_rules(pipeline, out, guard=args.input_format != "text")
        return 0
    if args.command == "explain":
        return _explain(args.files, pipeline, args, out)
    return _clean(_batch_options(args), command, out, quiet=args.quiet, headers=False)


def _shorthand(argv: Sequence[str], out: TextIO) -> int:
    parser = _shorthand_parser()
    args = parser.parse_args(argv)
    pipeline = _pipeline(parser, args)
    if args.list_rules:
        _list_rules(pipeline, out, guard=args.input_format != "text")
        return 0
    if args.explain:
        return _explain(args.files, pipeline, args, out)
    options = BatchOptions(
        inputs=tuple(args.files or ["-"]),
        encoding=args.encoding,
        without=_without(args),
        languages=_languages(args),
        input_format=args.input_format,
    )
    return _clean(options, parser, out, quiet=True, headers=len(args.files) > 1)


class _Stopped(BaseException):
    """The process was asked to end (SIGTERM): stop like Ctrl-C does."""


def _stop(signum: int, frame: object) -> None:
    raise _Stopped(signum)


def run() -> None:
    """Entry point of the console script."""
    # A kill (SIGTERM) unwinds like Ctrl-C: unfinished outputs are dropped
    # and worker processes end with the run.
    signal.signal(signal.SIGTERM, _stop)
    try:
        status = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (e.g. "decruft big.txt | head"): not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        status = 0
    except KeyboardInterrupt:
        print("decruft: interrupted; outputs not yet complete were not written", file=sys.stderr)
        status = 130
    except _Stopped:
        print("decruft: terminated; outputs not yet complete were not written", file=sys.stderr)
        status = 128 + signal.SIGTERM
    raise SystemExit(status)
