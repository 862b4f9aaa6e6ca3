"""``xner translate``: source DocBin → the same Docs with ``doc._.xner_translation`` set."""
from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Optional

import typer

from . import _ray
from ..translation.hf import DEFAULT_MODEL as MT_MODEL
from ._app import ALLOW_EMPTY, CONFIG, OVERRIDES, app


@app.command("translate", context_settings=OVERRIDES)
def translate_cmd(
    ctx: typer.Context,
    input_path: Path = typer.Argument(..., help="Source DocBin (words, entities, ids)."),
    output_path: Path = typer.Argument(..., help="DocBin to write: the translated Docs."),
    tgt_lang: Optional[str] = typer.Option(None, "--tgt-lang", help="Target language, ISO 639-1/3 (de, hau); required unless the config sets it."),
    src_lang: Optional[str] = typer.Option(None, "--src-lang", help="Source language [default: en]."),
    model: Optional[str] = typer.Option(None, "--model", help=f"Hub name or local path of a seq2seq model [default: {MT_MODEL}]."),
    backend: Optional[str] = typer.Option(None, "--backend", help="hf | ctranslate2 [default: hf]"),
    given: Optional[Path] = typer.Option(None, "--given", help="Given translations (DocBin, JSONL, text) instead of a model."),
    id_format: Optional[str] = typer.Option(None, "--id-format", help="Map the given file's ids onto the input ids, e.g. 'en.conll.train:{index}' [default: {id}]."),
    batch_size: Optional[int] = typer.Option(None, "--batch-size", help="Sentences per model batch [default: 16]."),
    beam_size: Optional[int] = typer.Option(None, "--beam-size", help="[default: 4]"),
    max_length: Optional[int] = typer.Option(None, "--max-length", help="Most tokens generated per sentence [default: 256]."),
    max_words: Optional[int] = typer.Option(None, "--max-words", help="Longer sentences are translated in pieces of this many words [default: 200]."),
    device: Optional[str] = typer.Option(None, "--device", help="[default: cpu]"),
    compute_type: Optional[str] = typer.Option(None, "--compute-type", help="CTranslate2 quantization [default: int8]."),
    config: Optional[Path] = CONFIG,
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Batch cache (default without --ray: OUTPUT.cache/); a rerun resumes from it."),
    ray: Optional[str] = _ray.ADDRESS,
    ray_workers: int = _ray.WORKERS,
    ray_cpus: float = _ray.CPUS,
    ray_gpus: Optional[float] = _ray.GPUS,
    shard_size: int = _ray.RAY_SHARD_SIZE,
    allow_empty: bool = ALLOW_EMPTY,
) -> None:
    """Translate every sentence (or pair it with a given translation); write the pairs and a summary.
    The translator is the xner_translator component's: --config FILE and dotted overrides after the
    paths (--translator.beam_size 2) set any of its settings."""
    from ..accounting import summary_path
    from ..pipeline.build import component_config, parse_overrides
    from ..corpora.docbin import corpus_files, iter_docs
    from ..io import check_outputs
    from ..pipeline.runner import run_stage, work_path
    from ..pipeline.presets import translator_config
    from ..pipeline.translate import TranslateStage

    options = _ray.ray_options(ray, ray_workers, ray_cpus, ray_gpus, shard_size)
    if cache_dir is None and options is None:  # with --ray, finished shards are what a rerun resumes from
        cache_dir = output_path.with_name(output_path.name + ".cache")
    check_outputs([input_path, given, config], [summary_path(output_path)], corpus=output_path,
                  work=work_path(output_path), cache=cache_dir)
    base = component_config(config)
    model_settings = {"model": _ray.for_workers(model, options), "beam_size": beam_size, "max_length": max_length,
                      "device": device, "compute_type": compute_type, "batch_size": batch_size if given is None else None}
    if given is not None or backend is not None or id_format is not None or any(v is not None for v in model_settings.values()):
        base["translator"] = translator_config(backend, base.get("translator"),
                                               _ray.for_workers(str(given) if given is not None else None, options),
                                               id_format, **model_settings)
    for key, value in {"tgt_lang": tgt_lang, "src_lang": src_lang, "batch_size": batch_size, "max_words": max_words}.items():
        if value is not None:
            base[key] = value
    stage = TranslateStage(component_config(None, base, parse_overrides(ctx.args)),
                           cache_dir=_ray.for_workers(str(cache_dir) if cache_dir is not None else None, options))
    corpus_files(input_path)  # a missing input fails here, before any model loads
    docs = lambda: iter_docs(input_path)  # noqa: E731  (a fresh stream each time)
    stage.check(docs)
    start = time.perf_counter()
    done = run_stage(stage, docs, output_path, ray=options, allow_empty=allow_empty)
    seconds = time.perf_counter() - start
    sentences = json.loads(summary_path(output_path).read_text(encoding="utf-8"))["sentences_in"]
    typer.echo(f"{sentences / max(seconds, 1e-9):.1f} sentences/s; wrote {done} pairs to {output_path}")
