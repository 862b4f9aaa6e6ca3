"""``run_stage``: a stage over a stream of Docs, in this process or sharded on Ray, into one output corpus
and its summary; what a rerun after a crash reuses is kept in ``OUTPUT.shards/`` until the output is written."""
from __future__ import annotations

import gc
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Optional, Union

from spacy.tokens import Doc

from ..accounting import StageSummary, progress, summary_path
from ..corpora.docbin import DocWriter, chunks
from ..io import owned_directory

from .stage import Stage

if TYPE_CHECKING:
    from .on_ray import RayOptions

# objects allocated between two young collections while a stage streams (CPython's default: 700): a chunk
# makes hundreds of thousands (Links, rows, records), and at 700 collecting is a large share of `xner project`
# (benchmarks/README.streaming.md)
YOUNG_OBJECTS = 50_000


def run_stage(
    stage: Stage,
    docs: Callable[[], Iterable[Doc]],
    output: Union[str, Path],
    summary: Optional[Union[str, Path]] = None,
    ray: Optional["RayOptions"] = None,
    allow_empty: bool = False,
) -> int:
    """Run ``stage`` over the input Docs (here, or sharded on Ray), write the output (not written when
    no sentence got through, unless ``allow_empty``), then its summary; returns the Docs written.

    ``docs()`` returns a fresh stream of the input (``stage.prepare`` may read it first). A stage with a
    ``chunk_size`` runs on a stream of chunks of that many Docs, writing each chunk's output as it
    comes: memory does not grow with the corpus. Any other stage gets the whole stream in one call."""
    directory = work_dir(output)
    with DocWriter(output) as writer:
        if ray is None:
            stage = stage.prepare(docs, directory)
            worker = stage.load()
            gc.freeze()  # the models and imports are never garbage: the collector need not rescan them every pass
            stream = progress(docs(), stage.name)
            size = getattr(stage, "chunk_size", None)
            stats = StageSummary(stage.name)
            threshold = gc.get_threshold()
            gc.set_threshold(YOUNG_OBJECTS, *threshold[1:])
            try:
                for part in ([stream] if size is None else chunks(stream, size)):
                    out, part_stats = worker(part, stats.sentences_in)  # every input Doc is accounted for
                    stats.merge(part_stats)
                    for doc in out:
                        writer.add(doc)
                    del part, out  # else this chunk stays alive while the next one is read: two chunks at the peak
            finally:
                gc.set_threshold(*threshold)
        else:
            from .on_ray import run_on_ray

            files, stats = run_on_ray(stage, docs, directory, ray)
            for path, n_docs in files:
                writer.add_file(path, n_docs)
        stats.check_not_empty(allow_empty)  # inside: the writer then leaves the old output, if any, in place
    stats.written(summary_path(output, summary))
    shutil.rmtree(directory, ignore_errors=True)
    return writer.count


def once(docs: Iterable[Doc]) -> Callable[[], Iterable[Doc]]:
    """The input of ``run_stage`` for a stream that can be read only once (a stage that prepares
    nothing reads it once): a second read is an error, not an empty corpus."""
    calls = []

    def stream() -> Iterable[Doc]:
        if calls:
            raise RuntimeError("this input stream can be read only once")
        calls.append(True)
        return docs

    return stream


def work_path(output: Union[str, Path]) -> Path:
    """Where a run keeps what a rerun after a crash reuses (finished shards, eflomal priors) until the
    output is written: ``OUTPUT.shards/`` (``check_outputs`` refuses it up front if it is the user's)."""
    output = Path(output)
    return output.with_name(output.name + ".shards")


def work_dir(output: Union[str, Path]) -> Path:
    """``work_path(output)`` claimed for this run: made with our mark, or the one an earlier run made; the
    only folder ``run_stage`` deletes after success, so a folder of the user's there is refused."""
    return owned_directory(work_path(output))
