"""The decruft command, in-process through main() and once as a real process."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from pathlib import Path

import pytest

from decruft import default_pipeline
from decruft.cli import main

DIRTY = "\n".join(
    [
        "Ferry Service Returns to the Island",
        "",
        "The ferry made its first crossing in six months on Monday morning, carrying "
        "forty passengers and a van of post for the island's two shops.",
        "",
        "🔗 Read more: Island School Gets a New Roof",
        "",
        "Locals lined the pier to watch it come in.",
        "",
        "Leave a comment",
        "",
    ]
)
CLEAN = (
    "The ferry made its first crossing in six months on Monday morning, carrying "
    "forty passengers and a van of post for the island's two shops.\n\n"
    "Locals lined the pier to watch it come in.\n"
)


def run(args: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    out = io.StringIO()
    err = io.StringIO()
    old_in, old_err = sys.stdin, sys.stderr
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    sys.stderr = err
    try:
        code = main(args, stdout=out)
    finally:
        sys.stdin, sys.stderr = old_in, old_err
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def dirty_file(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(DIRTY, encoding="utf-8")
    return path


def test_cleans_a_file(dirty_file: Path) -> None:
    assert run([str(dirty_file)]) == (0, CLEAN, "")


def test_cleans_stdin_with_dash_or_no_file() -> None:
    assert run(["-"], DIRTY.encode())[1] == CLEAN
    assert run([], DIRTY.encode())[1] == CLEAN


def test_crlf_file_cleans_like_lf(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(DIRTY.replace("\n", "\r\n").encode())
    assert run([str(path)])[1] == CLEAN


def test_explain_lists_rule_reason_and_line(dirty_file: Path) -> None:
    code, out, _ = run(["--explain", str(dirty_file)])
    assert code == 0
    assert "title: Ferry Service Returns to the Island" in out
    assert "line 5" in out and "promo_lines" in out
    assert "line 9" in out and "comment_prompts" in out
    assert "| Leave a comment" in out


def test_list_rules_in_order_with_one_line_each() -> None:
    code, out, _ = run(["--list-rules"])
    rows, guard = out.split("\n\n")
    rows = rows.splitlines()
    assert code == 0 and len(rows) == len(default_pipeline())
    assert rows[0].split()[:2] == ["1.", "markup_debris"]
    assert rows[-1].split()[:2] == [f"{len(rows)}.", "duplicate_lines"]
    assert "html_lookalike" in guard and "--input-format text" in guard


def test_the_html_guard_cannot_be_left_out(dirty_file: Path) -> None:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), pytest.raises(SystemExit) as info:
        main(["--without", "html_lookalike", str(dirty_file)], stdout=io.StringIO())
    assert info.value.code == 2
    assert "cannot be left out" in err.getvalue() and "--input-format text" in err.getvalue()
    # With text input the guard never runs: leaving it out is allowed, and
    # --list-rules does not show it.
    assert run(["--without", "html_lookalike", "--input-format", "text", str(dirty_file)])[0] == 0
    assert "html_lookalike" not in run(["--list-rules", "--input-format", "text"])[1]


def test_without_drops_rules(dirty_file: Path) -> None:
    out = run(["--without", "title", "--without", "comment_prompts", str(dirty_file)])[1]
    assert out.startswith("Ferry Service Returns to the Island\n")
    assert out.rstrip().endswith("Leave a comment")


def test_languages_restrict_the_phrase_lists(tmp_path: Path) -> None:
    german = tmp_path / "artikel.txt"
    german.write_text("Die Abstimmung fand am Dienstag statt.\n\nSchreibe einen Kommentar\n")
    assert run(["clean", "--languages", "de,en", str(german)])[1].rstrip().endswith("statt.")
    assert run(["clean", "--languages", "en", str(german)])[1].rstrip().endswith("Kommentar")


def test_an_unknown_language_is_a_usage_error_listing_the_known(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as info:
        run(["clean", "--languages", "en,xx", str(tmp_path)])
    assert info.value.code == 2


def test_unknown_rule_is_a_usage_error_listing_valid_names(dirty_file: Path) -> None:
    with pytest.raises(SystemExit) as info:
        run(["--without", "nope", str(dirty_file)])
    assert info.value.code == 2


def test_several_files_get_headers_and_a_bad_one_does_not_stop_the_rest(
    dirty_file: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("caf\xe9 au lait".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    code, out, err = run([str(missing), str(bad), str(dirty_file)])
    assert code == 1
    assert f"==> {dirty_file} <==" in out and CLEAN in out
    assert f"decruft: {missing}: No such file or directory" in err
    assert f"decruft: {bad}: not valid utf-8 (byte 3)" in err and "--encoding" in err


def test_encoding_option_reads_other_encodings(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Un caf\xe9 au lait, s'il vous pla\xeet.".encode("latin-1"))
    assert run(["--encoding", "latin-1", str(path)]) == (
        0,
        "Un café au lait, s'il vous plaît.\n",
        "",
    )


def test_unknown_encoding_is_reported(dirty_file: Path) -> None:
    code, _, err = run(["--encoding", "klingon", str(dirty_file)])
    assert code == 1 and "unknown encoding 'klingon'" in err


def test_empty_input_prints_nothing() -> None:
    assert run(["-"], b"") == (0, "", "")


def test_help_teaches_with_examples() -> None:
    with pytest.raises(SystemExit) as info:
        run(["--help"])
    assert info.value.code == 0


def test_python_dash_m_runs_as_a_real_process(dirty_file: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "decruft", str(dirty_file)],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == CLEAN
    helped = subprocess.run(
        [sys.executable, "-m", "decruft", "--help"], capture_output=True, check=False
    )
    assert b"examples:" in helped.stdout


HTML_PAGE = (
    "<!DOCTYPE html><html><head><title>Ferry Service Returns</title></head><body>"
    "<nav><a href='/'>Home</a></nav><article>"
    + "".join(f"<p>{line}</p>" for line in CLEAN.split("\n\n"))
    + "<p>Leave a comment</p></article></body></html>"
)


def test_input_format_chooses_how_the_input_is_read(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    expected = CLEAN.replace("\n\n", "\n")
    assert run([str(path)]) == (0, expected, "")
    assert run(["--input-format", "html", str(path)]) == (0, expected, "")
    assert run(["--input-format", "text", str(path)])[1].startswith("<!DOCTYPE html>")
    code, out, _ = run(["--explain", str(path)])
    assert code == 0 and "read as HTML" in out and "comment_prompts" in out
    with pytest.raises(SystemExit) as info:
        run(["--input-format", "xml", str(path)])
    assert info.value.code == 2
