"""decruft clean in batch: folders, JSON Lines, failures, atomic outputs,
parallel order, resuming, the report."""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from decruft import clean, clean_and_explain
from decruft.batch import BatchError, BatchOptions, run_batch
from decruft.batch.outputs import AtomicFile
from decruft.batch.progress import Progress
from decruft.batch.run import _PARALLEL_FROM_BYTES
from tests.test_cli import run

REPO = Path(__file__).resolve().parents[1]
DIRTY = (REPO / "examples" / "dirty_article.txt").read_text(encoding="utf-8")
CLEAN = clean(DIRTY)
PAGE = (
    "<!DOCTYPE html><html><head><title>Ferry Service Returns</title></head><body>"
    "<article><p>The ferry made its first crossing in six months on Monday morning, "
    "carrying forty passengers and the post.</p><p>Leave a comment</p></article></body></html>"
)


def records(n: int, **extra: object) -> list[dict[str, object]]:
    return [{"id": f"doc-{i}", "text": DIRTY, "lang": "en", **extra} for i in range(n)]


def write_jsonl(path: Path, rows: list[object], *, raw: tuple[str, ...] = ()) -> None:
    lines = [json.dumps(row) for row in rows] + list(raw)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)


def read_jsonl(path: Path) -> list[dict[str, object]]:
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


@pytest.fixture
def crawl(tmp_path: Path) -> Path:
    root = tmp_path / "crawl"
    (root / "news").mkdir(parents=True)
    (root / "a.txt").write_text(DIRTY, encoding="utf-8")
    (root / "news" / "b.md").write_text(DIRTY, encoding="utf-8")
    (root / "news" / "page.html").write_text(PAGE, encoding="utf-8")
    (root / "news" / "photo.jpg").write_bytes(b"\xff\xd8\xff\x00")
    (root / ".hidden.txt").write_text(DIRTY, encoding="utf-8")
    write_jsonl(root / "news" / "feed.jsonl.gz", records(3))
    return root


def test_a_folder_becomes_a_mirrored_tree(crawl: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, stdout, err = run(["clean", str(crawl), "-o", str(out), "-q"])
    assert (code, stdout, err) == (0, "", "")
    assert sorted(tree(out)) == ["a.txt", "news/b.md", "news/feed.jsonl.gz", "news/page.txt"]
    assert (out / "a.txt").read_text(encoding="utf-8") == CLEAN + "\n"
    assert (out / "news" / "page.txt").read_text(encoding="utf-8").startswith("The ferry made")
    assert [r["text"] for r in read_jsonl(out / "news" / "feed.jsonl.gz")] == [CLEAN] * 3


def test_glob_chooses_the_files_of_a_folder(crawl: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run(["clean", str(crawl), "-o", str(out), "-q", "--glob", "*.html"])[0] == 0
    assert sorted(tree(out)) == ["news/page.txt"]


def test_jsonl_keeps_every_other_field_and_can_add_title_and_counts(tmp_path: Path) -> None:
    source = tmp_path / "pages.jsonl"
    write_jsonl(source, records(2, meta={"n": 1}), raw=("",))
    out = tmp_path / "out"
    args = ["clean", str(source), "-o", str(out), "-q", "--output-field", "clean"]
    code, _, _ = run([*args, "--title-field", "title", "--counts-field", "removed"])
    rows = read_jsonl(out / "pages.jsonl")
    expected = clean_and_explain(DIRTY)
    assert code == 0 and len(rows) == 2
    assert rows[0] == {
        "id": "doc-0",
        "text": DIRTY,
        "lang": "en",
        "meta": {"n": 1},
        "clean": CLEAN,
        "title": expected.title,
        "removed": expected.counts(),
    }


def test_jsonl_to_stdout_and_from_stdin(tmp_path: Path) -> None:
    data = "\n".join(json.dumps(r) for r in records(2)).encode()
    code, stdout, _ = run(["clean", "--jsonl", "-", "-q"], stdin=data)
    assert code == 0
    assert [json.loads(line)["text"] for line in stdout.splitlines()] == [CLEAN, CLEAN]


def test_text_from_stdin_to_stdout_with_a_summary_on_stderr() -> None:
    code, stdout, err = run(["clean"], stdin=DIRTY.encode())
    assert code == 0 and stdout == CLEAN + "\n"
    assert err.startswith("decruft: 1 document cleaned") and "lines removed:" in err


def test_a_broken_record_is_reported_with_path_and_line_and_the_rest_are_cleaned(
    tmp_path: Path,
) -> None:
    source = tmp_path / "pages.jsonl"
    bad = ('{"id": "x", "text": 5}', "{not json", '{"body": "no text"}', "[1, 2]")
    write_jsonl(source, records(2), raw=bad)
    with source.open("ab") as file:
        file.write(b'{"text": "caf\xe9"}\n')
    out = tmp_path / "out"
    code, _, err = run(["clean", str(source), "-o", str(out)])
    assert code == 1
    assert f"{source}:3: 'text' is a JSON number, not a string" in err
    assert f"{source}:4: not valid JSON" in err
    assert (
        f"{source}:5: no 'text' field (fields: 'body'); name the text's field with --text-field"
        in err
    )
    assert f"{source}:6: a JSON array, not an object" in err
    assert f"{source}:7: not valid utf-8 (byte 13)" in err and "--errors replace" in err
    assert "2 documents cleaned, 5 failed" in err
    assert [r["id"] for r in read_jsonl(out / "pages.jsonl")] == ["doc-0", "doc-1"]


def test_undecodable_text_is_an_error_unless_errors_replace(tmp_path: Path) -> None:
    source = tmp_path / "latin1.txt"
    source.write_bytes("Un caf\xe9 au lait, s'il vous pla\xeet, et vite.".encode("latin-1"))
    out = tmp_path / "out"
    code, _, err = run(["clean", str(source), "-o", str(out), "-q"])
    assert code == 1 and "latin1.txt: not valid utf-8 (byte 6)" in err
    assert not (out / "latin1.txt").exists()
    assert run(["clean", str(source), "-o", str(out), "-q", "--errors", "replace"])[0] == 0
    assert "caf\ufffd au lait" in (out / "latin1.txt").read_text(encoding="utf-8")
    code, _, err = run(["clean", str(source), "-o", str(out), "-q", "--encoding", "latin-1"])
    assert code == 0 and "café" in (out / "latin1.txt").read_text(encoding="utf-8")


def test_a_binary_file_is_reported_and_skipped(crawl: Path, tmp_path: Path) -> None:
    code, _, err = run(["clean", str(crawl), "-o", str(tmp_path / "out"), "--glob", "*"])
    assert code == 1 and "photo.jpg: a binary file (NUL byte at offset 3)" in err
    assert "1 failed" in err


def test_a_truncated_archive_is_reported_and_its_output_not_written(tmp_path: Path) -> None:
    source = tmp_path / "feed.jsonl.gz"
    write_jsonl(source, records(200))
    source.write_bytes(source.read_bytes()[:-40])
    out = tmp_path / "out"
    code, _, err = run(["clean", str(source), "-o", str(out), "-q"])
    assert code == 1 and "truncated or corrupt; its output is not written" in err
    assert not out.exists() or tree(out) == {}


def test_zstd_jsonl_round_trips(tmp_path: Path) -> None:
    zstandard = pytest.importorskip("zstandard")
    data = "\n".join(json.dumps(r) for r in records(2)).encode()
    (tmp_path / "feed.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(data))
    out = tmp_path / "out"
    assert run(["clean", str(tmp_path / "feed.jsonl.zst"), "-o", str(out), "-q"])[0] == 0
    raw = zstandard.ZstdDecompressor().stream_reader(
        io.BytesIO((out / "feed.jsonl.zst").read_bytes())
    )
    assert [json.loads(line)["text"] for line in raw.read().decode().splitlines()] == [CLEAN] * 2


def test_an_input_is_never_overwritten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(DIRTY, encoding="utf-8")
    code, _, err = run(["clean", "a.txt", "-o", "."])
    assert code == 1 and "its output a.txt is an input; not overwritten" in err
    assert Path("a.txt").read_text(encoding="utf-8") == DIRTY
    Path("in").mkdir()
    with pytest.raises(SystemExit) as info:
        run(["clean", "in", "-o", "in/clean"])
    assert info.value.code == 2
    with pytest.raises(SystemExit):
        run(["clean", "a.txt", "--report", "a.txt", "-o", "out"])
    assert Path("a.txt").read_text(encoding="utf-8") == DIRTY


def test_a_folder_needs_an_output_folder(crawl: Path) -> None:
    with pytest.raises(SystemExit) as info:
        run(["clean", str(crawl)])
    assert info.value.code == 2


def test_two_inputs_with_one_output_path_are_not_merged(tmp_path: Path) -> None:
    for name in ("x", "y"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "a.txt").write_text(DIRTY, encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run(["clean", str(tmp_path / "x"), str(tmp_path / "y"), "-o", str(out), "-q"])
    assert code == 1 and "is also" in err and str(tmp_path / "x" / "a.txt") in err


def test_an_interrupted_output_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "pages.jsonl"
    write_jsonl(source, records(5))
    out = tmp_path / "out"
    real_write = AtomicFile.write
    calls = []

    def write_then_stop(self: AtomicFile, text: str) -> None:
        calls.append(text)
        if len(calls) == 3:
            raise KeyboardInterrupt
        real_write(self, text)

    monkeypatch.setattr(AtomicFile, "write", write_then_stop)
    with pytest.raises(KeyboardInterrupt):
        run_batch(BatchOptions((str(source),), out), stdout=io.StringIO(), stderr=io.StringIO())
    assert list(out.iterdir()) == []


def test_parallel_output_is_in_input_order_and_equals_one_job(tmp_path: Path) -> None:
    texts = [DIRTY.replace("sleeper train", f"sleeper train number {i}") for i in range(500)]
    source = tmp_path / "pages.jsonl"
    write_jsonl(source, [{"i": i, "text": t} for i, t in enumerate(texts)])
    # Over the size from which worker processes start.
    assert source.stat().st_size > _PARALLEL_FROM_BYTES
    outputs = []
    for jobs in (1, 2):
        out = tmp_path / f"out{jobs}"
        options = BatchOptions((str(source),), out, jobs=jobs)
        summary = run_batch(options, stdout=io.StringIO(), stderr=io.StringIO())
        assert summary.documents == 500 and summary.failed == 0
        outputs.append((out / "pages.jsonl").read_bytes())
    assert outputs[0] == outputs[1]
    assert [r["i"] for r in read_jsonl(tmp_path / "out2" / "pages.jsonl")] == list(range(500))


def test_the_report_lists_every_removed_line(tmp_path: Path) -> None:
    source = tmp_path / "pages.jsonl"
    write_jsonl(source, records(2))
    report = tmp_path / "removed.jsonl"
    args = ["clean", str(source), "-o", str(tmp_path / "out"), "-q", "--id-field", "id"]
    assert run([*args, "--report", str(report)])[0] == 0
    rows = read_jsonl(report)
    removed = clean_and_explain(DIRTY).removed
    assert len(rows) == 2 * len(removed)
    first = removed[0]
    assert rows[0] == {
        "id": "doc-0",
        "line": first.line_number,
        "rule": first.rule,
        "reason": first.reason,
        "text": first.text,
    }
    assert rows[len(removed)]["id"] == "doc-1"


def test_the_summary_counts_documents_bytes_and_rules(crawl: Path, tmp_path: Path) -> None:
    summary = run_batch(
        BatchOptions((str(crawl),), tmp_path / "out"), stdout=io.StringIO(), stderr=io.StringIO()
    )
    assert (summary.documents, summary.failed, summary.skipped) == (6, 0, 0)
    assert summary.bytes_in > summary.bytes_out > 0
    assert summary.removed["related_posts"] > 0
    text = summary.render()
    assert "6 documents cleaned" in text and "lines removed:" in text and "related_posts" in text


def test_progress_redraws_one_line_on_a_terminal() -> None:
    stream = io.StringIO()
    progress = Progress(stream, 2_000_000, enabled=True)
    progress.update(10, 1_000_000)
    progress.close()
    drawn = stream.getvalue()
    assert drawn.startswith("\r10 docs  1.0/2.0 MB  50%") and "ETA" in drawn
    assert drawn.endswith("\r")
    silent = io.StringIO()
    Progress(silent, 0, enabled=False).update(10, 5)
    assert silent.getvalue() == ""


def test_a_wrong_encoding_name_fails_before_reading(crawl: Path) -> None:
    code, _, err = run(["clean", str(crawl / "a.txt"), "--encoding", "klingon"])
    assert code == 1 and "unknown encoding 'klingon'" in err
    with pytest.raises(BatchError):
        run_batch(BatchOptions((str(crawl),)), stdout=io.StringIO(), stderr=io.StringIO())


def test_subcommands_explain_and_rules(crawl: Path) -> None:
    code, out, _ = run(["explain", str(crawl / "a.txt")])
    assert code == 0 and "related_posts" in out
    code, out, _ = run(["rules"])
    assert code == 0 and out.split()[:2] == ["1.", "markup_debris"]
    assert run(["--explain", str(crawl / "a.txt")])[1] == run(["explain", str(crawl / "a.txt")])[1]


def test_a_killed_run_resumed_equals_an_uninterrupted_run(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl"
    for i in range(240):
        folder = crawl / f"part{i % 4}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"page{i:03}.txt").write_text(
            DIRTY * 3 + f"\nPage {i} ends here.\n", encoding="utf-8"
        )
    write_jsonl(crawl / "feed.jsonl", records(40))
    command = [sys.executable, "-m", "decruft", "clean", str(crawl), "-j", "1", "-q"]
    whole, cut = tmp_path / "whole", tmp_path / "cut"
    done = subprocess.run([*command, "-o", str(whole)], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    expected = tree(whole)
    # Kill a run part way, as a crash or an OOM killer would.
    process = subprocess.Popen([*command, "-o", str(cut)], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(cut.rglob("page*.txt"))) < 20:
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    left = tree(cut) if cut.exists() else {}
    assert 0 < len([name for name in left if not Path(name).name.startswith(".")]) < len(expected)
    for name, data in left.items():
        if not Path(name).name.startswith("."):
            assert data == expected[name], f"{name} was left half-written"
    done = subprocess.run([*command, "-o", str(cut), "--resume"], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    assert tree(cut) == expected


def test_the_real_command_cleans_a_folder_in_parallel(crawl: Path, tmp_path: Path) -> None:
    # Over the size from which worker processes start.
    write_jsonl(crawl / "big.jsonl", records(600))
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "decruft", "clean", str(crawl), "-o", str(out), "-j", "2"],
        capture_output=True,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert done.returncode == 0, done.stderr
    assert b"606 documents cleaned" in done.stderr
    assert (out / "a.txt").read_text(encoding="utf-8") == CLEAN + "\n"
    assert [r["id"] for r in read_jsonl(out / "big.jsonl")] == [f"doc-{i}" for i in range(600)]
    assert {r["text"] for r in read_jsonl(out / "big.jsonl")} == {CLEAN}


def test_outputs_get_the_usual_file_mode(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text("x", encoding="utf-8")
    assert run(["clean", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "-q"])[0] == 0
    assert (tmp_path / "out" / "a.txt").stat().st_mode == plain.stat().st_mode


# Found by review: inputs and outputs that must fail alone, with a message.


def test_records_json_cannot_hold_as_read_are_reported_alone(tmp_path: Path) -> None:
    source = tmp_path / "odd.jsonl"
    bad = (
        '{"text": "hi", "x": ' + "[" * 100_000 + "]" * 100_000 + "}",
        '{"text": "hi", "n": ' + "9" * 5000 + "}",
        '{"text": "hi", "n": 1e400}',
        '{"text": "hi", "n": NaN}',
        '{"text": "hi", "text": "again"}',
    )
    write_jsonl(source, records(1), raw=bad)
    out = tmp_path / "out"
    code, _, err = run(["clean", str(source), "-o", str(out), "-q"])
    assert code == 1
    assert f"{source}:2: not readable as JSON" in err
    assert f"{source}:3: not readable as JSON" in err
    assert f"{source}:4: the number 1e400 too large for a float" in err
    assert f"{source}:5: NaN, not JSON" in err
    assert f"{source}:6: the key 'text' twice" in err
    assert [r["id"] for r in read_jsonl(out / "odd.jsonl")] == ["doc-0"]


def test_a_byte_order_mark_opens_a_jsonl_file(tmp_path: Path) -> None:
    source = tmp_path / "bom.jsonl"
    source.write_bytes(b"\xef\xbb\xbf" + (json.dumps({"text": DIRTY}) + "\r\n").encode())
    assert run(["clean", str(source), "-o", str(tmp_path / "out"), "-q"])[0] == 0
    assert read_jsonl(tmp_path / "out" / "bom.jsonl")[0]["text"] == CLEAN


def test_a_file_whose_every_record_failed_gets_no_output(tmp_path: Path) -> None:
    source = tmp_path / "wrong.jsonl"
    write_jsonl(source, [{"body": DIRTY}])
    out = tmp_path / "out"
    assert run(["clean", str(source), "-o", str(out), "-q"])[0] == 1
    assert not (out / "wrong.jsonl").exists()
    # So --resume tries it again, and says so again.
    assert run(["clean", str(source), "-o", str(out), "-q", "--resume"])[0] == 1


def test_broken_zstd_is_reported_and_not_written(tmp_path: Path) -> None:
    zstandard = pytest.importorskip("zstandard")
    data = "\n".join(json.dumps(r) for r in records(200)).encode()
    packed = zstandard.ZstdCompressor().compress(data)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "cut.jsonl.zst").write_bytes(packed[: len(packed) // 2])
    (folder / "fake.jsonl.zst").write_bytes(b"this is no zstd at all\n")
    out = tmp_path / "out"
    code, _, err = run(["clean", str(folder), "-o", str(out), "-q"])
    assert code == 1
    assert "cut.jsonl.zst" in err and "truncated or corrupt; its output is not written" in err
    assert "fake.jsonl.zst" in err and "not zstd data" in err
    assert not out.exists() or tree(out) == {}


def test_a_symlink_loop_in_a_folder_is_one_failure(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    (crawl / "a.txt").write_text(DIRTY, encoding="utf-8")
    (crawl / "loop.txt").symlink_to(crawl / "loop.txt")
    out = tmp_path / "out"
    code, _, err = run(["clean", str(crawl), "-o", str(out), "-q"])
    assert code == 1 and "loop.txt: a symbolic link that leads nowhere" in err
    assert (out / "a.txt").read_text(encoding="utf-8") == CLEAN + "\n"


def test_an_output_that_cannot_be_written_fails_alone(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / "in" / "sub").mkdir(parents=True, exist_ok=True)
        (tmp_path / "in" / "sub" / name).write_text(DIRTY, encoding="utf-8")
    (tmp_path / "in" / "c.txt").write_text(DIRTY, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "sub").write_text("a file where a folder would go", encoding="utf-8")
    code, _, err = run(["clean", str(tmp_path / "in"), "-o", str(out), "-q"])
    assert code == 1 and err.count("cannot write its output") == 2
    assert (out / "c.txt").read_text(encoding="utf-8") == CLEAN + "\n"
    long_name = "x" * 240 + ".txt"
    (tmp_path / long_name).write_text(DIRTY, encoding="utf-8")
    assert run(["clean", str(tmp_path / long_name), "-o", str(out), "-q"])[0] == 0
    assert (out / long_name).read_text(encoding="utf-8") == CLEAN + "\n"


def test_outputs_and_report_must_go_where_nothing_is_read_or_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("in").mkdir()
    Path("in/a.txt").write_text(DIRTY, encoding="utf-8")
    Path("afile").write_text("x", encoding="utf-8")
    for args in (
        ["in", "-o", "afile"],
        ["in", "-o", "out", "--report", "out/a.txt"],
        ["in", "-o", "out", "--report", "in/removed.jsonl"],
        ["in", "-o", "out", "--report", "in"],
    ):
        with pytest.raises(SystemExit) as info:
            run(["clean", *args])
        assert info.value.code == 2, args
    assert not Path("out").exists() and sorted(os.listdir("in")) == ["a.txt"]


def test_utf16_text_is_no_binary_file(tmp_path: Path) -> None:
    source = tmp_path / "u16.txt"
    source.write_bytes(DIRTY.encode("utf-16"))
    code, out, _ = run(["clean", str(source), "--encoding", "utf-16", "-q"])
    assert code == 0 and out == CLEAN + "\n"


def test_globs_ignore_case_and_may_name_a_path(crawl: Path, tmp_path: Path) -> None:
    (crawl / "news" / "SHOUT.HTML").write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    assert run(["clean", str(crawl), "-o", str(out), "-q", "--glob", "*.html"])[0] == 0
    assert sorted(tree(out)) == ["news/SHOUT.txt", "news/page.txt"]
    out2 = tmp_path / "out2"
    assert run(["clean", str(crawl), "-o", str(out2), "-q", "--glob", "news/*.md"])[0] == 0
    assert sorted(tree(out2)) == ["news/b.md"]
    code, _, err = run(["clean", str(crawl), "-o", str(out2), "-q", "--glob", "*.pdf"])
    assert code == 1 and "no file here matches *.pdf" in err


def test_the_same_file_given_twice_is_cleaned_once(crawl: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, _, err = run(["clean", str(crawl), str(crawl / "a.txt"), "-o", str(out), "-q"])
    assert (code, err) == (0, "")


def test_a_resumed_run_drops_a_killed_runs_partial_files(tmp_path: Path) -> None:
    source = tmp_path / "pages.jsonl.gz"
    write_jsonl(source, records(3))
    out = tmp_path / "out"
    assert run(["clean", str(source), "-o", str(out), "-q"])[0] == 0
    first = (out / "pages.jsonl.gz").read_bytes()
    (out / "pages.jsonl.gz").unlink()
    (out / ".pages.jsonl.gz.abc123.part").write_bytes(b"half")
    (tmp_path / ".removed.jsonl.xyz.part").write_bytes(b"half")
    args = ["clean", str(source), "-o", str(out), "-q", "--resume"]
    assert run([*args, "--report", str(tmp_path / "removed.jsonl")])[0] == 0
    assert sorted(os.listdir(out)) == ["pages.jsonl.gz"]
    assert not (tmp_path / ".removed.jsonl.xyz.part").exists()
    # gzip stores no time: a resumed output is the same bytes.
    assert (out / "pages.jsonl.gz").read_bytes() == first


def test_chunks_close_on_items_too() -> None:
    from decruft.batch.jobs import _chunks

    chunks = list(_chunks(range(5000), lambda item: None))
    assert max(len(chunk) for chunk in chunks) <= 1024 and sum(map(len, chunks)) == 5000


def test_a_non_text_encoding_is_refused(crawl: Path) -> None:
    code, _, err = run(["clean", str(crawl / "a.txt"), "--encoding", "base64"])
    assert code == 1 and "unknown encoding 'base64'" in err
