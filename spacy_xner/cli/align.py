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
from ..alignment.stage import AlignStage
from ..corpora.docbin import read_docbin
from ..docs import get_alignment
from ..errors import InputError, XnerError
from ..evaluation.aligned_docs import score_docs
from ..io import check_outputs, write_atomic
from ..scaleout.stage import run_stage
from . import _ray
from ._app import ALLOW_EMPTY, app


@app.command("align")
def align_command(
    input_path: Path = typer.Argument(..., help="Pairs DocBin (source Docs with doc._.xner_translation)"),
    output_path: Path = typer.Argument(..., help="Output DocBin with doc._.xner_alignment"),
    aligner: str = typer.Option("eflomal", "--aligner", "-a", help="eflomal | simalign | awesome"),
    method: Optional[str] = typer.Option(None, "--method", "-m", help="simalign: argmax | itermax | match; awesome: softmax"),
    bitext: List[str] = typer.Option([], "--bitext", help="eflomal: extra SRC_PATH:TGT_PATH line-parallel text (.gz ok), repeatable"),
    model: str = typer.Option("bert-base-multilingual-cased", "--model", help="Neural: HF hub name or local path"),
    layer: int = typer.Option(8, "--layer", help="Neural: hidden layer to embed with"),
    token_type: str = typer.Option("bpe", "--token-type", help="Neural: align sub-words (bpe) or mean-pooled words (word)"),
    threshold: float = typer.Option(1e-3, "--threshold", help="awesome: softmax threshold"),
    filter_punct: bool = typer.Option(False, "--filter-punct", help="Neural: drop punctuation-to-word links"),
    device: str = typer.Option("cpu", "--device", help="Neural: torch device"),
    symmetrize: Optional[str] = typer.Option(None, "--symmetrize", help="eflomal: vote (the majority of every run's forward and reverse links) | grow-diag-final-and | intersection | union | forward | reverse [default: vote]"),
    similar_words: Optional[float] = typer.Option(None, "--similar-words", help="eflomal: weight of the priors for look-alike words (names, numbers, cognates); 0 turns them off [default: 1.0]"),
    prefix_len: Optional[int] = typer.Option(None, "--prefix-len", help="eflomal: align word prefixes of this many letters, a stemmer that needs no model (0: whole words) [default: 6]"),
    runs: Optional[int] = typer.Option(None, "--runs", help="eflomal: vote this many runs into link scores (links found by at least half of them) [default: 3]"),
    max_length_ratio: Optional[float] = typer.Option(None, "--max-length-ratio", help="Skip pairs whose longer side (>10 words) is more than this many times the shorter"),
    pharaoh: Optional[Path] = typer.Option(None, "--pharaoh", help="Also write the links as Pharaoh lines (empty line for a skipped pair)"),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Cache finished batches here; a rerun resumes"),
    batch_size: int = typer.Option(32, "--batch-size", help="Neural: pairs per forward batch"),
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
    --bitext) in one run; neural aligners run batched. Every pair is counted in the summary."""
    check_outputs([input_path], [output_path, summary_path(output_path, summary), pharaoh])
    options = _ray.ray_options(ray, ray_workers, ray_cpus, ray_gpus, shard_size)
    eflomal = {"symmetrization": symmetrize, "similar_words": similar_words, "prefix_len": prefix_len, "runs": runs}
    stage = AlignStage(aligner, method=method, bitext=_ray.for_workers(tuple(bitext), options),
                       eflomal=tuple((k, v) for k, v in eflomal.items() if v is not None),
                       shared_priors=shared_priors, model=_ray.for_workers(model, options), layer=layer,
                       token_type=token_type, threshold=threshold, filter_punct=filter_punct, device=device,
                       batch_size=batch_size, max_length_ratio=max_length_ratio,
                       cache_dir=_ray.for_workers(str(cache_dir) if cache_dir is not None else None, options))
    docs = read_docbin(input_path)
    aligned = run_stage(stage, docs, output_path, summary, options, allow_empty)
    if pharaoh is not None:
        write_pharaoh(pharaoh, [get_alignment(d) or [] for d in aligned])


@app.command("evaluate-alignment")
def evaluate_alignment_command(
    pred_path: Path = typer.Argument(..., help="Predicted links: Pharaoh file (one line per pair) or aligned pairs DocBin (.spacy)"),
    gold_path: Optional[Path] = typer.Argument(None, help="Gold alignment file (optional with --entities)"),
    gold_format: str = typer.Option("auto", "--format", "-f", help=f"Gold format: auto | {' | '.join(FORMATS)}"),
    sgml_ids: Optional[Path] = typer.Option(None, "--sentence-ids", help="NAACL gold: SGML text whose <s snum=N> ids give the sentence order"),
    entities: Optional[Path] = typer.Option(None, "--entities", "-e", help="Gold target DocBin (paired by the translation's id): entity-link precision / recall of an aligned .spacy, no gold links needed"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the scores as JSON"),
):
    """Precision, recall, F1 and alignment error rate (sure/possible links) against a gold set; with
    --entities, how many links leaving source entity words land inside a gold target entity of their label."""
    check_outputs([pred_path, gold_path, sgml_ids, entities], [output])
    if gold_path is None and entities is None:
        raise XnerError("give a gold alignment file, --entities GOLD_TARGET.spacy, or both")
    if entities is not None and pred_path.suffix != ".spacy":
        raise InputError(pred_path, "--entities needs aligned pairs with their entities (a .spacy DocBin), not Pharaoh links")
    docs = read_docbin(pred_path) if pred_path.suffix == ".spacy" else None
    result: dict = {}
    if gold_path is not None:
        predicted = [get_alignment(d) or [] for d in docs] if docs is not None else read_pharaoh(pred_path)
        gold = read_gold(gold_path, gold_format, snums(sgml_ids) if sgml_ids is not None else None)
        if len(predicted) != len(gold):
            raise XnerError(f"{pred_path} has {len(predicted)} sentence pairs but {gold_path} has {len(gold)}")
        result.update(score(predicted, gold).to_dict())
    if entities is not None:
        links = score_docs(docs, read_docbin(entities), pred_path, entities)
        if links["without_gold"]:
            msg.warn(f"{links['without_gold']} aligned pair(s) of {pred_path} have no gold sentence in {entities}")
        result.update(links)
    msg.table([(k, f"{v:.4f}" if isinstance(v, float) else v) for k, v in result.items() if not isinstance(v, dict)],
              header=("metric", "value"), aligns=("l", "r"))
    if entities is not None:
        msg.table([(label, f"{c['precision']:.4f}", f"{c['recall']:.4f}", f"{c['f1']:.4f}", c["links"], c["gold_words"])
                   for label, c in result["entity_link_per_label"].items()],
                  header=("label", "link P", "link R", "link F1", "links", "gold words"), aligns=("l", "r", "r", "r", "r", "r"))
    if output is not None:
        write_atomic(output, json.dumps(result, indent=2) + "\n")
