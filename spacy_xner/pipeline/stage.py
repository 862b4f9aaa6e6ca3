"""A stage is settings that travel plus a worker built from them where the work runs.

The worker runs in the ``xner`` process, or once per Ray actor on shards of the input, so a
sharded run executes exactly the code of a single-process run.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable, Protocol

from spacy.tokens import Doc

from ..accounting import StageSummary

StageWorker = Callable[[Iterable[Doc], int], tuple[list[Doc], StageSummary]]
"""(Docs, position of the first one in the whole input) → the output Docs in input order, and the
summary accounting for every input Doc."""


class Stage(Protocol):
    name: str

    def settings(self) -> dict[str, Any]:
        """Everything that determines the output (keys of finished shards)."""

    def load(self) -> StageWorker:
        """Build the models: once per process, or once per Ray actor."""

    def prepare(self, docs: Callable[[], Iterable[Doc]], directory: Path) -> "Stage":
        """Corpus-level work done once before the run (eflomal priors): ``docs()`` is a fresh stream
        of the whole input at each call, so the stage can read it as often as it needs without
        holding it; its result is kept in ``directory`` under a name unique to its settings and
        input, so a rerun after a crash reuses it."""

    def in_shards(self, shard_size: int) -> "Stage":
        """The stage as Ray runs it, on shards of ``shard_size`` Docs each worked on alone."""
