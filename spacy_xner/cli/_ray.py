"""The ``--ray`` options shared by translate, align and project, and the bare ``--ray`` flag."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

RAY_OPTION = "--ray"

ADDRESS = typer.Option(None, RAY_OPTION, metavar="[ADDRESS]", rich_help_panel="Ray",
                       help="Run sharded on Ray: bare --ray = a local Ray instance, 'auto' = the running cluster, or HOST:PORT")
WORKERS = typer.Option(2, "--ray-workers", min=1, rich_help_panel="Ray", help="Ray actors (model copies)")
CPUS = typer.Option(1.0, "--ray-cpus", rich_help_panel="Ray", help="CPUs per actor")
GPUS = typer.Option(None, "--ray-gpus", rich_help_panel="Ray", help="GPUs per actor (default: 1 when the cluster has GPUs, else 0)")
RAY_SHARD_SIZE = typer.Option(1000, "--shard-size", min=1, rich_help_panel="Ray", help="Sentences per shard: the unit of work, retry and resume")


def ray_options(address: Optional[str], workers: int, cpus: float, gpus: Optional[float], shard_size: int):
    """``RayOptions`` when ``--ray`` was given, else ``None`` (run in this process)."""
    if address is None:
        return None
    from ..pipeline.on_ray import RayOptions

    return RayOptions(address=address, workers=workers, cpus_per_worker=cpus, gpus_per_worker=gpus, shard_size=shard_size)


def bare_ray_flag(args: list[str], default: str = "local") -> list[str]:
    """``--ray`` with no address (last, or followed by another option) means a local Ray instance."""
    out = []
    for i, arg in enumerate(args):
        out.append(arg)
        if arg == RAY_OPTION and (i + 1 == len(args) or args[i + 1].startswith("-")):
            out.append(default)
    return out


def for_workers(value, ray_options):
    """With --ray, a path that exists here made absolute (workers need not share the cwd); a hub
    name, a missing path, or any value without --ray is returned as given."""
    if ray_options is None or value is None:
        return value
    if isinstance(value, (tuple, list)):  # eflomal --bitext SRC:TGT specs
        return type(value)(":".join(for_workers(part, ray_options) for part in spec.split(":")) for spec in value)
    path = Path(value)
    return str(path.resolve()) if path.exists() else value
