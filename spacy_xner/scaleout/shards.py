"""Finished shards of a sharded run, kept on disk so that a rerun after a crash redoes only the rest.

A shard's files are named by its position and a hash of its input Docs and the stage settings, so a
rerun with other input or settings never picks up stale results. Its summary is written after its
Docs: a shard is finished when its summary file exists.
"""
from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from ..accounting import StageSummary
from ..cache import cache_key
from ..corpora.docbin import docs_from_bytes, docs_to_bytes
from ..io import write_atomic


@dataclass(frozen=True)
class Shard:
    index: int
    start: int  # position of its first Doc in the whole input
    data: bytes  # its input Docs, serialized
    key: str = ""


def split(docs: list[Doc], size: int) -> list[Shard]:
    """Consecutive shards of at most ``size`` Docs (not yet keyed by settings)."""
    if size < 1:
        raise ValueError(f"shard size must be at least 1, got {size}")
    return [Shard(i, start, docs_to_bytes(docs[start:start + size]))
            for i, start in enumerate(range(0, len(docs), size))]


def keyed(shards: list[Shard], settings: dict[str, Any]) -> list[Shard]:
    return [Shard(s.index, s.start, s.data, cache_key(settings, hashlib.sha256(s.data).hexdigest())) for s in shards]


class ShardStore:
    def __init__(self, directory: Path):
        self.directory = Path(directory)

    def _paths(self, shard: Shard) -> tuple[Path, Path]:
        stem = self.directory / f"{shard.index:06d}-{shard.key[:16]}"
        return stem.with_suffix(".spacy"), stem.with_suffix(".summary.json")

    def is_done(self, shard: Shard) -> bool:
        return self._paths(shard)[1].is_file()

    def save(self, shard: Shard, docs: bytes, summary: dict[str, Any]) -> None:
        docs_path, summary_path = self._paths(shard)
        write_atomic(docs_path, docs)
        write_atomic(summary_path, json.dumps(summary, ensure_ascii=False))

    def merge(self, shards: list[Shard], stage: str) -> tuple[list[Doc], StageSummary]:
        """The output Docs of all shards in input order, and one summary of them all."""
        docs: list[Doc] = []
        summary = StageSummary(stage)
        for shard in shards:
            docs_path, summary_path = self._paths(shard)
            docs.extend(docs_from_bytes(docs_path.read_bytes(), docs_path))
            summary.merge(StageSummary.from_dict(json.loads(summary_path.read_text(encoding="utf-8"))))
        return docs, summary

    def clear(self) -> None:
        shutil.rmtree(self.directory, ignore_errors=True)

