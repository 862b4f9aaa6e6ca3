"""The shard files of a sharded run: inputs the driver streams out, outputs the workers write, kept on
disk so that a rerun after a crash redoes only the rest.

The driver writes the input as shard files of ``shard_size`` Docs, one shard in memory at a time, and
sends only their paths; a worker reads its input shard and writes its output shard itself. An output
shard is named by its position and a hash of its input file and the stage settings, so a rerun with
other input or settings never picks up stale results. Its summary is written after its Docs: a shard
is finished when its summary file exists. So the corpus passes through the driver once, as a stream,
and never back: the finished shard files are the output.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterable, Iterator

from spacy.tokens import Doc

from ..accounting import StageSummary
from ..cache import cache_key
from ..corpora.docbin import chunks, docs_to_bytes, iter_docs
from ..io import write_atomic


@dataclass(frozen=True)
class Shard:
    index: int
    start: int  # position of its first Doc in the whole input
    input: str  # its input shard file
    digest: str  # of that file's bytes
    key: str = ""  # of the digest and the stage settings: names the output


class ShardStore:
    def __init__(self, directory: Path):
        self.directory = Path(directory)

    def write_inputs(self, docs: Iterable[Doc], size: int) -> list[Shard]:
        """Stream ``docs`` into input shard files of at most ``size`` Docs (not yet keyed by settings)."""
        if size < 1:
            raise ValueError(f"shard size must be at least 1, got {size}")
        shards, start = [], 0
        for index, part in enumerate(chunks(docs, size)):
            data = docs_to_bytes(part)
            path = self.directory / f"input-{index:06d}.spacy"
            write_atomic(path, data)
            shards.append(Shard(index, start, str(path), hashlib.sha256(data).hexdigest()))
            start += len(part)
        return shards

    @staticmethod
    def input_docs(shards: list[Shard]) -> Iterator[Doc]:
        """The whole input again, a shard file at a time."""
        for shard in shards:
            yield from iter_docs(shard.input)

    @staticmethod
    def keyed(shards: list[Shard], settings: dict[str, Any]) -> list[Shard]:
        return [replace(s, key=cache_key(settings, s.digest)) for s in shards]

    def _paths(self, shard: Shard) -> tuple[Path, Path]:
        stem = self.directory / f"{shard.index:06d}-{shard.key[:16]}"
        return stem.with_suffix(".spacy"), stem.with_suffix(".summary.json")

    def is_done(self, shard: Shard) -> bool:
        return self._paths(shard)[1].is_file()

    def save(self, shard: Shard, docs: list[Doc], summary: StageSummary) -> None:
        """A worker's output shard: its Docs, then its summary and Doc count (the finished mark)."""
        docs_path, summary_path = self._paths(shard)
        write_atomic(docs_path, docs_to_bytes(docs))
        write_atomic(summary_path, json.dumps({"docs": len(docs), "summary": summary.to_dict()}, ensure_ascii=False))

    def outputs(self, shards: list[Shard], stage: str) -> tuple[list[tuple[Path, int]], StageSummary]:
        """The output shard files in input order with their Doc counts, and one summary of them all."""
        files = []
        summary = StageSummary(stage)
        for shard in shards:
            docs_path, summary_path = self._paths(shard)
            saved = json.loads(summary_path.read_text(encoding="utf-8"))
            files.append((docs_path, saved["docs"]))
            summary.merge(StageSummary.from_dict(saved["summary"]))
        return files, summary
