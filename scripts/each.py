"""Run one command for every combination of a few lists, skipping items whose output is up to date.

weasel skips a whole command when its deps and outputs are unchanged; this skips single items
inside it (one language, one method), so a rerun after a crash continues where it stopped.

    python scripts/each.py --each lang=de,es --each method=heuristic,ngram \\
        --out corpus/projected/{lang}.{method}.spacy -- \\
        xner project corpus/aligned/{lang}.spacy corpus/projected/{lang}.{method}.spacy --method {method}

``{name}`` in the output and the command is replaced by the item's value. An item is up to date
when its output exists and is newer than every file or directory the command names, so a command
must not name other files it writes (leave side outputs such as summaries at their default paths).

``--ray local`` (or ``auto`` / HOST:PORT for a cluster) runs the items that are not up to date as
parallel Ray tasks, one per item, each with ``--ray-cpus`` / ``--ray-gpus``; items of a cluster run
must see this directory at the same path (shared storage). ``--ray ""`` runs them one after another.
"""
from __future__ import annotations

import itertools
import logging
import os
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Optional

import typer

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)


def _mtime(path: Path) -> float:
    if path.is_dir():
        return max([p.stat().st_mtime for p in path.rglob("*") if p.is_file()] + [path.stat().st_mtime])
    return path.stat().st_mtime


def _up_to_date(out: Path, argv: list[str]) -> bool:
    if not out.exists():
        return False
    named = [Path(a) for a in argv[1:] if Path(a).exists()]
    inputs = [p for p in named if p != out and p not in out.parents]  # the output's own folder is no input
    return all(_mtime(p) <= _mtime(out) for p in inputs)


def _resolve(argv: list[str]) -> list[str]:
    """Run ``python`` and ``xner`` with this interpreter, as weasel does, even without an activated venv."""
    if argv[0] in ("python", "python3"):
        return [sys.executable, *argv[1:]]
    if argv[0] == "xner":
        return [sys.executable, "-m", "spacy_xner", *argv[1:]]
    return argv


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def main(
    ctx: typer.Context,
    each: list[str] = typer.Option(..., "--each", help="NAME=v1,v2,... (repeatable; the product is run)"),
    out: str = typer.Option(..., "--out", help="The item's output; the item is skipped while it is up to date"),
    ray_address: str = typer.Option("", "--ray", help="Run the items as parallel Ray tasks: local | auto | HOST:PORT ('' = here, in turn)"),
    cpus: float = typer.Option(1.0, "--ray-cpus", help="CPUs per item on Ray"),
    gpus: float = typer.Option(0.0, "--ray-gpus", help="GPUs per item on Ray"),
    requires: Optional[list[str]] = typer.Option(None, "--requires", help="Skip (and say so) the items for which this file is missing or not given (''), e.g. a language without a dev set, no raw text (repeatable)"),
) -> None:
    lists = []
    for spec in each:
        name, _, values = spec.partition("=")
        items = [v.strip() for v in values.replace(" ", ",").split(",") if v.strip()]
        if not name or not items:
            raise typer.BadParameter(f"expected NAME=v1,v2 in --each, got {spec!r}")
        lists.append([(name, v) for v in items])
    template = list(ctx.args)
    if not template:
        raise typer.BadParameter("no command given after --")
    todo = []
    for combo in itertools.product(*lists):
        values = dict(combo)
        argv = [arg.format(**values) for arg in template]
        target = Path(out.format(**values))
        label = " ".join(f"{k}={v}" for k, v in combo)
        missing = [path for path in (r.format(**values) for r in requires or ()) if not Path(path).is_file()]
        if missing:
            print(f"[each] {label}: no file {missing[0]!r}, skipped", flush=True)
            continue
        if _up_to_date(target, argv):
            print(f"[each] {label}: {target} is up to date, skipped", flush=True)
            continue
        todo.append((label, argv))
    if ray_address:
        failed = _run_on_ray(todo, ray_address, cpus, gpus)
        if failed:
            sys.exit(f"[each] failed: {'; '.join(failed)}")
        return
    for label, argv in todo:
        print(f"[each] {label}: {shlex.join(argv)}", flush=True)
        code = _call(_resolve(argv))
        if code != 0:
            sys.exit(code)


def _call(argv: list[str]) -> int:
    """The item's exit status. A Ctrl-C reaches the item too (one process group): wait while it cleans
    up (subprocess.call would kill it after 0.25 s, leaving its temporary files to the next run)."""
    with subprocess.Popen(argv) as child:
        try:
            return child.wait()
        except KeyboardInterrupt:
            try:
                child.wait(timeout=60)
            except subprocess.TimeoutExpired:
                child.kill()
            sys.exit(130)


def _run_on_ray(todo: list[tuple[str, list[str]]], address: str, cpus: float, gpus: float) -> list[str]:
    """Each item as one Ray task (all at once, as resources allow); the labels of the failed items."""
    try:
        import ray
    except ImportError:
        sys.exit("[each] --ray needs Ray: pip install 'spacy-xner[ray]'")
    ray.init(address=None if address == "local" else address, include_dashboard=False, logging_level=logging.WARNING)
    run = ray.remote(subprocess.call).options(num_cpus=cpus, num_gpus=gpus)
    pending = {}
    for label, argv in todo:
        print(f"[each] {label} (Ray task): {shlex.join(argv)}", flush=True)
        pending[run.remote(_resolve(argv), cwd=os.getcwd())] = label
    failed = []
    while pending:
        [ref], _ = ray.wait(list(pending), num_returns=1)
        label, code = pending.pop(ref), ray.get(ref)
        print(f"[each] {label}: {'done' if code == 0 else f'failed (exit {code})'}", flush=True)
        if code != 0:
            failed.append(f"{label} (exit {code})")
    return failed


if __name__ == "__main__":
    app()
