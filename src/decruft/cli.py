"""The ``decruft`` command: argument parsing and output, nothing more."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from decruft import __version__
from decruft.core import clean_and_explain
from decruft.html import INPUT_FORMATS, HtmlLookalike
from decruft.pipeline import Pipeline, PipelineError, default_pipeline

_EPILOG = """\
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
the article's own lines, in order, unchanged.
"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``decruft`` command."""
    parser = argparse.ArgumentParser(
        prog="decruft",
        description="Strip the clutter (related posts, teasers, promo lines, comment and "
        "share prompts, repeated lines, stray markup) from scraped article text and "
        "print the clean article body.",
        epilog=_EPILOG,
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
    parser.add_argument(
        "--without",
        action="append",
        default=[],
        metavar="RULE",
        help="leave a rule out (repeatable; names as in --list-rules)",
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
    parser.add_argument("--version", action="version", version=f"decruft {__version__}")
    return parser


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


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    """Run the command with ``argv`` (default: ``sys.argv[1:]``).

    Returns the exit status: 0 when every input was cleaned, 1 when an input
    could not be read, 2 for a usage error.
    """
    out = stdout if stdout is not None else sys.stdout
    parser = build_parser()
    args = parser.parse_args(argv)
    if HtmlLookalike.name in args.without and args.input_format != "text":
        parser.error(
            f"{HtmlLookalike.name} cannot be left out: it keeps cleaning idempotent when the "
            "input may be HTML; use --input-format text to read every input as text"
        )
    try:
        pipeline = default_pipeline().without(
            *(name for name in args.without if name != HtmlLookalike.name)
        )
    except PipelineError as error:
        parser.error(str(error))
    if args.list_rules:
        _list_rules(pipeline, out, guard=args.input_format != "text")
        return 0
    paths = args.files or ["-"]
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
        body = result.report() if args.explain else result.text
        out.write(body + "\n" if body else "")
    return status


def run() -> None:
    """Entry point of the console script."""
    try:
        status = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (e.g. "decruft big.txt | head"): not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        status = 0
    except KeyboardInterrupt:
        status = 130
    raise SystemExit(status)
