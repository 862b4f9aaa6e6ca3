"""``xner project``: aligned pairs in, the projected target corpus out (plus a JSON summary)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from . import _ray
from ._app import ALLOW_EMPTY, OVERRIDES, app


@app.command("project", context_settings=OVERRIDES)
def project_cli(
    ctx: typer.Context,
    input_path: Path = typer.Argument(..., help="Pairs corpus: .spacy file or directory of .spacy shards (from xner pair / align)"),
    output_path: Path = typer.Argument(..., help="Projected target Docs: a .spacy file, or a directory of .spacy shards (any other name)"),
    method: Optional[str] = typer.Option(None, "--method", "-m", help="heuristic | ngram | aligned | ner [default: ngram]"),
    solver: Optional[str] = typer.Option(None, "--solver", "-s", help="greedy | ilp (candidate matching only) [default: ilp]"),
    string_score: bool = typer.Option(True, "--string-score/--no-string-score", help="Candidate matching: add the entity's string similarity to the alignment score"),
    drop_incomplete: bool = typer.Option(False, "--drop-incomplete", help="Leave out sentences in which a source entity could not be placed (counted as a skip reason)"),
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="Projector config file (.cfg with the sections projection and label_map)"),
    pharaoh: Optional[Path] = typer.Option(None, "--pharaoh", help="Alignments, one Pharaoh line per pair in corpus order (replace those on the Docs)"),
    summary: Optional[Path] = typer.Option(None, "--summary", help="JSON summary (default: OUTPUT with .summary.json)"),
    ner_model: Optional[str] = typer.Option(None, "--ner-model", help="Target NER for --method ner: a spaCy pipeline or a Hugging Face token-classification model (path or hub name)"),
    ray: Optional[str] = _ray.ADDRESS,
    ray_workers: int = _ray.WORKERS,
    ray_cpus: float = _ray.CPUS,
    ray_gpus: Optional[float] = _ray.GPUS,
    shard_size: int = _ray.RAY_SHARD_SIZE,
    allow_empty: bool = ALLOW_EMPTY,
) -> None:
    """Place the source entities on the translations; sentences that can't be projected are counted, not written.
    The projector is the xner_projector component's: --config FILE and dotted overrides after the
    paths (--projection.solver.n_proj 2) set any of its settings."""
    from ..accounting import summary_path
    from ..alignment.pharaoh import iter_pharaoh
    from ..corpora.docbin import iter_docs, iter_stored_pairs
    from ..corpora.pairing import attach_alignments
    from ..io import check_outputs
    from ..pipeline.build import parse_overrides
    from ..pipeline.presets import projector_config
    from ..pipeline.project import ProjectStage
    from ..pipeline.runner import once, run_stage, work_path

    check_outputs([input_path, config, pharaoh], [summary_path(output_path, summary)], corpus=output_path,
                  work=work_path(output_path))
    options = _ray.ray_options(ray, ray_workers, ray_cpus, ray_gpus, shard_size)
    config_file = _ray.for_workers(str(config) if config is not None else None, options)
    settings = projector_config(method, solver, config_file, _ray.for_workers(ner_model, options), string_score,
                                drop_incomplete, parse_overrides(ctx.args))
    stage = ProjectStage(settings, config_file)
    docs = iter_docs(input_path) if options is not None else iter_stored_pairs(input_path)  # here: no Docs made
    if pharaoh is not None:
        docs = attach_alignments(docs, iter_pharaoh(pharaoh), input_path, pharaoh)
    run_stage(stage, once(docs), output_path, summary, options, allow_empty)
