"""Running a stage sharded on Ray (``spacy-xner[ray]``): Ray Data ``map_batches`` over an actor pool.

The driver streams the input into shard files (``shards.py``) and sends their paths; each actor builds
the stage's worker once (one model load per GPU or CPU slot), then per call reads one input shard,
runs the worker and writes the output shard and its summary itself, so a crash of the driver loses
only the shards in flight, and a crashed actor is restarted and its shard retried by Ray. The driver
never holds the corpus: the finished shard files, in input order with the ids kept, are the output
(``run_stage`` moves them into a directory corpus, or streams them into one ``.spacy`` file: the same
DocBin a single-process run writes).

On a cluster, every node needs the same spacy-xner install (or a ``runtime_env``), the paths the
stage reads (models, given translations, configs) must exist on the workers, and the shard directory
(``OUTPUT.shards/``) must be on storage they all see.
"""
from __future__ import annotations

import logging
import pickle
import sys
import traceback
import warnings
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

from spacy.tokens import Doc
from wasabi import msg

from ..accounting import StageSummary
from ..corpora.docbin import read_docbin
from ..errors import XnerError
from .shards import Shard, ShardStore
from .stage import Stage

LOCAL = "local"


@dataclass(frozen=True)
class RayOptions:
    address: str = LOCAL  # "local": start a Ray instance here; "auto": the running cluster; or host:port
    workers: int = 2  # actors, i.e. model copies
    cpus_per_worker: float = 1.0
    gpus_per_worker: Optional[float] = None  # None: one GPU per actor when the cluster has GPUs
    shard_size: int = 1000  # Docs per shard: the unit of work, retry and resume
    max_retries: int = 3  # restarts of a crashed actor, and retries of its shard


class ShardWorker:
    """A Ray Data actor: the stage's worker, built once, run on one shard per call.

    Errors come back as results, so one failing shard neither aborts the others nor loses its
    reason: a user error (bad path, bad config) pickled, raised by the driver as it was raised
    here; any other exception as its traceback. A crashed process is Ray's to restart and retry.
    """

    def __init__(self, stage: Stage, directory: str):
        self.error: Optional[XnerError] = None
        self.store = ShardStore(Path(directory))
        try:
            self.run = stage.load()
        except XnerError as err:
            self.error = err

    def __call__(self, batch: dict[str, Any]) -> dict[str, list]:
        out: dict[str, list] = {"index": [], "error": [], "failure": []}
        for index, start, path, digest, key in zip(*(batch[name] for name in SHARD_FIELDS)):
            shard = Shard(int(index), int(start), str(path), str(digest), str(key))
            error, failure = self.error, ""
            if error is None:
                try:
                    self.store.save(shard, *self.run(read_docbin(shard.input), shard.start))
                except XnerError as err:
                    error = err
                except Exception:
                    failure = traceback.format_exc()
            out["index"].append(shard.index)
            out["error"].append(pickle.dumps(error) if error else b"")
            out["failure"].append(failure)
        return out


SHARD_FIELDS = [f.name for f in fields(Shard)]


def run_on_ray(stage: Stage, docs: Callable[[], Iterable[Doc]], directory: Path,
               options: RayOptions) -> tuple[list[tuple[Path, int]], StageSummary]:
    """Run ``stage`` on shards of ``docs()``; finished shards in ``directory`` are reused, not redone.
    Returns the output shard files in input order with their Doc counts, and the summary."""
    store = ShardStore(directory)
    shards = store.write_inputs(docs(), options.shard_size)
    stage = stage.in_shards(options.shard_size).prepare(lambda: store.input_docs(shards), directory)
    shards = store.keyed(shards, stage.settings())
    pending = [s for s in shards if not store.is_done(s)]
    if len(pending) < len(shards):
        msg.info(f"{stage.name}: {len(shards) - len(pending)} of {len(shards)} shards already done in {directory}")
    failures: dict[int, str] = {}
    if pending:
        try:
            for row in _map_shards(stage, pending, directory, options):  # as each shard finishes; Ray Data shows progress
                if row["error"]:
                    raise pickle.loads(row["error"])
                if row["failure"]:
                    failures[int(row["index"])] = row["failure"]
        except XnerError:
            raise
        except Exception as err:  # the driver's connection, or a shard whose worker kept crashing
            raise XnerError(f"{stage.name} on Ray failed ({type(err).__name__}: {err}); finished shards are kept "
                            f"in {directory}, rerun the same command to compute the rest") from err
    if failures:
        first = min(failures)
        print(failures[first], file=sys.stderr)
        raise XnerError(f"{stage.name}: {len(failures)} of {len(shards)} shards failed (shard {first}: "
                        f"{failures[first].strip().splitlines()[-1]}); finished shards are kept in {directory}, "
                        "rerun the same command to compute the rest")
    files, summary = store.outputs(shards, stage.name)
    summary.count("shards", len(shards))
    summary.count("shards reused from an earlier run", len(shards) - len(pending))
    return files, summary


def _map_shards(stage: Stage, shards: list[Shard], directory: Path, options: RayOptions):
    """The streaming iterator of Ray Data over the shards' results (one row per shard)."""
    try:
        import ray
        import ray.data
    except ImportError:
        raise XnerError("--ray needs Ray: pip install 'spacy-xner[ray]'") from None
    if not ray.is_initialized():
        address = None if options.address == LOCAL else options.address
        ray.init(address=address, include_dashboard=False, logging_level=logging.WARNING, log_to_driver=True)
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    ray.data.DataContext.get_current().print_on_execution_start = False
    gpus = options.gpus_per_worker
    if gpus is None:
        gpus = 1 if ray.cluster_resources().get("GPU", 0) >= 1 else 0
    items = [asdict(s) for s in shards]
    dataset = ray.data.from_items(items, override_num_blocks=len(items))
    with warnings.catch_warnings():
        # Ray Data defaults to endless restarts and retries, and has no named parameter for a bound yet
        warnings.filterwarnings("ignore", message=".*ray_remote_args.*deprecated")
        mapped = dataset.map_batches(
            ShardWorker,
            fn_constructor_kwargs={"stage": stage, "directory": str(directory)},
            batch_size=1,
            compute=ray.data.ActorPoolStrategy(size=max(1, min(options.workers, len(shards)))),
            num_cpus=options.cpus_per_worker,
            num_gpus=gpus,
            max_restarts=options.max_retries,
            max_task_retries=options.max_retries,
        )
    return mapped.iter_rows()

