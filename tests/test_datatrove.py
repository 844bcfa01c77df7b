"""decruft as a datatrove step, run by datatrove's own local executor."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from decruft import clean_and_explain

pytest.importorskip(
    "datatrove", reason="datatrove is not installed: pip install 'decruft[datatrove]'"
)

from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from decruft.integrations.datatrove import DecruftCleaner

REPO = Path(__file__).resolve().parents[1]
DIRTY = (REPO / "examples" / "dirty_article.txt").read_text(encoding="utf-8")


def test_a_local_pipeline_cleans_the_documents_and_records_the_counts(tmp_path: Path) -> None:
    source = tmp_path / "crawl"
    source.mkdir()
    rows = [{"id": f"doc-{i}", "text": DIRTY} for i in range(3)]
    rows.append({"id": "empty", "text": "Leave a comment"})
    (source / "part-0.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    executor = LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(source)),
            DecruftCleaner(drop_empty=True),
            JsonlWriter(str(tmp_path / "clean")),
        ],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    )
    executor.run()
    [written] = sorted((tmp_path / "clean").glob("*.jsonl.gz"))
    with gzip.open(written, "rt", encoding="utf-8") as file:
        records = [json.loads(line) for line in file]
    expected = clean_and_explain(DIRTY)
    assert [r["id"] for r in records] == ["doc-0", "doc-1", "doc-2"]
    assert all(r["text"] == expected.text for r in records)
    assert records[0]["metadata"]["decruft_removed"] == expected.counts()
    assert records[0]["metadata"]["decruft_title"] == expected.title
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    step = next(s for s in stats if "decruft" in s["name"])["stats"]

    def total(name: str) -> int:
        # datatrove writes a count as a number, and a sum as its figures.
        value = step[name]
        return value if isinstance(value, int) else value["total"]

    assert total("documents") == 4 and total("dropped_empty") == 1
    assert total("lines_removed_related_posts") == 3 * expected.counts()["related_posts"]


def test_the_step_checks_its_settings_where_it_is_built() -> None:
    with pytest.raises(ValueError):
        DecruftCleaner(input_format="xml")
    step = DecruftCleaner(without=["title"])
    [document] = step.run([Document(text=DIRTY, id="0")])
    assert document.text.startswith("Why Small Towns")
