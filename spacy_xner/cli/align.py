"""``xner align`` (pairs DocBin in, aligned pairs out) and ``xner evaluate-alignment`` (P/R/F1/AER)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer
from wasabi import msg

from ..alignment.gold import FORMATS, read_gold, score, snums
from ..alignment.pharaoh import read_pharaoh, write_pharaoh
from ..accounting import summary_path
from ..alignment.registry import aligner_config
from ..alignment.stage import AlignStage
from ..components.build import component_config, parse_overrides
from ..corpora.docbin import iter_docs, read_docbin
from ..docs import get_alignment
from ..errors import XnerError
from ..io import check_outputs, write_atomic
from ..scaleout.stage import run_stage
from . import _ray
from ._app import ALLOW_EMPTY, CONFIG, OVERRIDES, app


@app.command("align", context_settings=OVERRIDES)
def align_command(
    ctx: typer.Context,
    input_path: Path = typer.Argument(..., help="Pairs DocBin (source Docs with doc._.xner_translation)"),
    output_path: Path = typer.Argument(..., help="Output DocBin with doc._.xner_alignment"),
    aligner: Optional[str] = typer.Option(None, "--aligner", "-a", help="eflomal | simalign | awesome [default: eflomal]"),
    method: Optional[str] = typer.Option(None, "--method", "-m", help="simalign: argmax | itermax | match; awesome: softmax"),
    bitext: List[str] = typer.Option([], "--bitext", help="eflomal: extra SRC_PATH:TGT_PATH line-parallel text (.gz ok), repeatable"),
    model: Optional[str] = typer.Option(None, "--model", help="Neural: HF hub name or local path [default: bert-base-multilingual-cased]"),
    layer: Optional[int] = typer.Option(None, "--layer", help="Neural: hidden layer to embed with [default: 8]"),
    token_type: Optional[str] = typer.Option(None, "--token-type", help="Neural: align sub-words (bpe) or mean-pooled words (word) [default: bpe]"),
    threshold: Optional[float] = typer.Option(None, "--threshold", help="awesome: softmax threshold [default: 0.001]"),
    filter_punct: Optional[bool] = typer.Option(None, "--filter-punct", help="Neural: drop punctuation-to-word links"),
    device: Optional[str] = typer.Option(None, "--device", help="Neural: torch device [default: cpu]"),
    symmetrize: Optional[str] = typer.Option(None, "--symmetrize", help="eflomal: vote (the majority of every run's forward and reverse links) | grow-diag-final-and | intersection | union | forward | reverse [default: vote]"),
    similar_words: Optional[float] = typer.Option(None, "--similar-words", help="eflomal: weight of the priors for look-alike words (names, numbers, cognates); 0 turns them off [default: 1.0]"),
    prefix_len: Optional[int] = typer.Option(None, "--prefix-len", help="eflomal: align word prefixes of this many letters, a stemmer that needs no model (0: whole words) [default: 6]"),
    runs: Optional[int] = typer.Option(None, "--runs", help="eflomal: vote this many runs into link scores (links found by at least half of them) [default: 3]"),
    max_length_ratio: Optional[float] = typer.Option(None, "--max-length-ratio", help="Skip pairs whose longer side (>10 words) is more than this many times the shorter"),
    config: Optional[Path] = CONFIG,
    pharaoh: Optional[Path] = typer.Option(None, "--pharaoh", help="Also write the links as Pharaoh lines (empty line for a skipped pair)"),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Cache finished batches here; a rerun resumes"),
    batch_size: Optional[int] = typer.Option(None, "--batch-size", help="Neural: pairs per forward batch and per cached batch [default: 32 and 64]"),
    summary: Optional[Path] = typer.Option(None, "--summary", help="JSON summary (default: OUTPUT with .summary.json)"),
    shared_priors: bool = typer.Option(True, "--shared-priors/--no-shared-priors", rich_help_panel="Ray",
                                       help="eflomal with --ray: learn priors once on the whole input, then align the shards with them"),
    ray: Optional[str] = _ray.ADDRESS,
    ray_workers: int = _ray.WORKERS,
    ray_cpus: float = _ray.CPUS,
    ray_gpus: Optional[float] = _ray.GPUS,
    shard_size: int = _ray.SHARD_SIZE,
    allow_empty: bool = ALLOW_EMPTY,
):
    """Word-align every source Doc with its translation. eflomal aligns the whole corpus (plus any
    --bitext) in one run; neural aligners run batched. Every pair is counted in the summary.
    The aligner is the xner_aligner component's: --config FILE and dotted overrides after the paths
    (--aligner.runs 5) set any of its settings."""
    check_outputs([input_path, config], [output_path, summary_path(output_path, summary), pharaoh])
    options = _ray.ray_options(ray, ray_workers, ray_cpus, ray_gpus, shard_size)
    settings = {"symmetrization": symmetrize, "similar_words": similar_words, "prefix_len": prefix_len, "runs": runs,
                "method": method, "model": _ray.for_workers(model, options), "layer": layer, "token_type": token_type,
                "threshold": threshold, "filter_punct": filter_punct, "device": device, "batch_size": batch_size}
    base = component_config(config)
    if aligner is not None or any(value is not None for value in settings.values()):
        base["aligner"] = aligner_config(aligner, base.get("aligner"), **settings)
    for key, value in {"max_length_ratio": max_length_ratio, "batch_size": batch_size}.items():
        if value is not None:
            base[key] = value
    stage = AlignStage(component_config(None, base, parse_overrides(ctx.args)),
                       bitext=_ray.for_workers(tuple(bitext), options), shared_priors=shared_priors,
                       cache_dir=_ray.for_workers(str(cache_dir) if cache_dir is not None else None, options))
    docs = read_docbin(input_path)
    run_stage(stage, docs, output_path, summary, options, allow_empty)
    if pharaoh is not None:
        write_pharaoh(pharaoh, (get_alignment(d) or [] for d in iter_docs(output_path)))


@app.command("evaluate-alignment")
def evaluate_alignment_command(
    pred_path: Path = typer.Argument(..., help="Predicted links: Pharaoh file (one line per pair) or aligned pairs DocBin (.spacy)"),
    gold_path: Path = typer.Argument(..., help="Gold alignment file"),
    gold_format: str = typer.Option("auto", "--format", "-f", help=f"Gold format: auto | {' | '.join(FORMATS)}"),
    sgml_ids: Optional[Path] = typer.Option(None, "--sentence-ids", help="NAACL gold: SGML text whose <s snum=N> ids give the sentence order"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the scores as JSON"),
):
    """Precision, recall, F1 and alignment error rate (sure/possible links) against a gold set."""
    check_outputs([pred_path, gold_path, sgml_ids], [output])
    if pred_path.suffix == ".spacy":
        predicted = [get_alignment(d) or [] for d in read_docbin(pred_path)]
    else:
        predicted = read_pharaoh(pred_path)
    gold = read_gold(gold_path, gold_format, snums(sgml_ids) if sgml_ids is not None else None)
    if len(predicted) != len(gold):
        raise XnerError(f"{pred_path} has {len(predicted)} sentence pairs but {gold_path} has {len(gold)}")
    result = score(predicted, gold)
    msg.table([(k, f"{v:.4f}" if isinstance(v, float) else v) for k, v in result.to_dict().items()],
              header=("metric", "value"), aligns=("l", "r"))
    if output is not None:
        write_atomic(output, json.dumps(result.to_dict(), indent=2) + "\n")
