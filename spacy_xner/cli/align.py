"""``xner align`` (pairs DocBin in, aligned pairs out) and ``xner evaluate-alignment`` (P/R/F1/AER)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer
from wasabi import msg

from ..alignment.bitext import parse_bitext_option
from ..alignment.gold import FORMATS, read_gold, score, snums
from ..alignment.pharaoh import read_pharaoh, write_pharaoh
from ..accounting import summary_path
from ..alignment.neural import DEFAULT_MODEL as NEURAL_MODEL
from ..pipeline.presets import aligner_config, refinement_config
from ..pipeline.align import CHUNK_SIZE, AlignStage
from ..pipeline.build import component_config, parse_overrides
from ..translation.hf import DEFAULT_MODEL as MT_MODEL
from ..pipeline.presets import translator_config
from ..corpora.docbin import corpus_files, iter_docs, read_docbin
from ..docs import get_alignment
from ..errors import InputError, XnerError
from ..evaluation.aligned_docs import score_docs
from ..io import check_outputs, write_atomic
from ..pipeline.runner import run_stage, work_path
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
    model: Optional[str] = typer.Option(None, "--model", help=f"Neural: HF hub name or local path [default: {NEURAL_MODEL}]"),
    layer: Optional[int] = typer.Option(None, "--layer", help="Neural: hidden layer to embed with [default: 8]"),
    token_type: Optional[str] = typer.Option(None, "--token-type", help="Neural: align sub-words (bpe) or mean-pooled words (word) [default: bpe]"),
    threshold: Optional[float] = typer.Option(None, "--threshold", help="awesome: softmax threshold [default: 0.001]"),
    filter_punct: Optional[bool] = typer.Option(None, "--filter-punct/--keep-punct", help="Neural: drop punctuation-to-word links [default: keep]"),
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
    refine: Optional[str] = typer.Option(None, "--refine", rich_help_panel="Back-translation", help="backtranslation (\"\": none): translate each source sentence into the target language with entity markers, align that with the target (same language) and combine the carried entity links with the direct ones"),
    refine_model: Optional[str] = typer.Option(None, "--refine-model", rich_help_panel="Back-translation", help=f"Seq2seq model source → target language (hub name or local path) [default: {MT_MODEL}]"),
    refine_backend: Optional[str] = typer.Option(None, "--refine-backend", rich_help_panel="Back-translation", help="hf | ctranslate2 [default: hf]"),
    refine_beam_size: Optional[int] = typer.Option(None, "--refine-beam-size", rich_help_panel="Back-translation", help="[default: 4]"),
    refine_max_length: Optional[int] = typer.Option(None, "--refine-max-length", rich_help_panel="Back-translation", help="Most tokens generated per translation [default: 256]"),
    refine_aligner: Optional[str] = typer.Option(None, "--refine-aligner", rich_help_panel="Back-translation", help="Aligns the back-translation with the target: same-language (no model) | simalign | awesome (--model, --layer) [default: same-language]"),
    combine: Optional[str] = typer.Option(None, "--combine", rich_help_panel="Back-translation", help="replace (the paper: entity links through the back-translation only) | union | intersection | weighted [default: replace]"),
    combine_weight: Optional[float] = typer.Option(None, "--combine-weight", rich_help_panel="Back-translation", help="weighted: share of the direct link's score [default: 0.5]"),
    combine_threshold: Optional[float] = typer.Option(None, "--combine-threshold", rich_help_panel="Back-translation", help="weighted: keep links scoring at least this [default: 0.5]"),
    refine_src_lang: Optional[str] = typer.Option(None, "--refine-src-lang", rich_help_panel="Back-translation", help="Source language for the translation model [default: the Docs']"),
    refine_tgt_lang: Optional[str] = typer.Option(None, "--refine-tgt-lang", rich_help_panel="Back-translation", help="Target language for the translation model (needed where spaCy has none: hau) [default: the Docs']"),
    chunk_size: Optional[int] = typer.Option(None, "--chunk-size", min=1, help=f"Pairs aligned (and held) at a time [default: {CHUNK_SIZE}, and eflomal aligns the whole input at once]; given, eflomal aligns each chunk alone, after priors learned once on all of it (with --ray: --shard-size)"),
    shared_priors: bool = typer.Option(True, "--shared-priors/--no-shared-priors",
                                       help="eflomal on more than one chunk (or shard): learn priors once on the whole input, then align the chunks with them"),
    ray: Optional[str] = _ray.ADDRESS,
    ray_workers: int = _ray.WORKERS,
    ray_cpus: float = _ray.CPUS,
    ray_gpus: Optional[float] = _ray.GPUS,
    shard_size: int = _ray.RAY_SHARD_SIZE,
    allow_empty: bool = ALLOW_EMPTY,
):
    """Word-align every source Doc with its translation, streaming the corpus. eflomal aligns the whole
    input (plus any --bitext) at once, written to its files as it is read; neural aligners run batched. Every pair is counted in the summary.
    The aligner is the xner_aligner component's: --config FILE and dotted overrides after the paths
    (--aligner.runs 5) set any of its settings."""
    options = _ray.ray_options(ray, ray_workers, ray_cpus, ray_gpus, shard_size)
    refine = refine or None  # "" (an unset project.yml var): no refinement
    if refine is not None and cache_dir is None and options is None:  # like `xner translate`: a rerun resumes
        cache_dir = output_path.with_name(output_path.name + ".cache")
    check_outputs([input_path, config, *(path for spec in bitext for path in parse_bitext_option(spec))],
                  [summary_path(output_path, summary), pharaoh], corpus=output_path, work=work_path(output_path),
                  cache=cache_dir)
    settings = {"symmetrization": symmetrize, "similar_words": similar_words, "prefix_len": prefix_len, "runs": runs,
                "method": method, "model": _ray.for_workers(model, options), "layer": layer, "token_type": token_type,
                "threshold": threshold, "filter_punct": filter_punct, "device": device, "batch_size": batch_size}
    base = component_config(config)
    if aligner is not None or any(value is not None for value in settings.values()):
        base["aligner"] = aligner_config(aligner, base.get("aligner"), **settings)
    for key, value in {"max_length_ratio": max_length_ratio, "batch_size": batch_size}.items():
        if value is not None:
            base[key] = value
    if refine is not None:
        if refine != "backtranslation":
            raise XnerError(f"unknown --refine {refine!r}; expected backtranslation")
        translator = translator_config(refine_backend, model=_ray.for_workers(refine_model, options), device=device,
                                       beam_size=refine_beam_size, max_length=refine_max_length)
        base["refine"] = refinement_config(translator, refine_aligner, combine, weight=combine_weight,
                                           threshold=combine_threshold, src_lang=refine_src_lang,
                                           tgt_lang=refine_tgt_lang, model=_ray.for_workers(model, options),
                                           layer=layer, device=device)
    if chunk_size is not None:  # eflomal aligns each chunk alone
        base["whole_input"] = False
    stage = AlignStage(component_config(None, base, parse_overrides(ctx.args)),
                       bitext=_ray.for_workers(tuple(bitext), options), shared_priors=shared_priors,
                       cache_dir=_ray.for_workers(str(cache_dir) if cache_dir is not None else None, options),
                       chunk_size=chunk_size or CHUNK_SIZE)
    corpus_files(input_path)  # a missing input fails here, before any model loads
    run_stage(stage, lambda: iter_docs(input_path), output_path, summary, options, allow_empty)
    if pharaoh is not None:
        write_pharaoh(pharaoh, (get_alignment(d) or [] for d in iter_docs(output_path)))


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
        gold = read_gold(gold_path, gold_format, snums(sgml_ids) if sgml_ids is not None else None, len(predicted))
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
