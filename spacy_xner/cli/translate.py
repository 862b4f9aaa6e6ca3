"""``xner translate``: source DocBin → the same Docs with ``doc._.xner_translation`` set."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Optional

import typer

from . import _ray
from ._app import ALLOW_EMPTY, app


@app.command("translate")
def translate_cmd(
    input_path: Path = typer.Argument(..., help="Source DocBin (words, entities, ids)."),
    output_path: Path = typer.Argument(..., help="DocBin to write: the translated Docs."),
    tgt_lang: str = typer.Option(..., "--tgt-lang", help="Target language, ISO 639-1/3 (de, hau)."),
    src_lang: str = typer.Option("en", "--src-lang", help="Source language."),
    model: str = typer.Option("facebook/nllb-200-3.3B", "--model", help="Hub name or local path of a seq2seq model."),
    backend: str = typer.Option("hf", "--backend", help="hf | ctranslate2"),
    given: Optional[Path] = typer.Option(None, "--given", help="Given translations (DocBin, JSONL, text) instead of a model."),
    id_format: str = typer.Option("{id}", "--id-format", help="Map the given file's ids onto the input ids, e.g. 'en.conll.train:{index}'."),
    batch_size: int = typer.Option(16, "--batch-size", help="Sentences per model batch."),
    beam_size: int = typer.Option(4, "--beam-size"),
    max_length: int = typer.Option(256, "--max-length", help="Most tokens generated per sentence."),
    max_words: int = typer.Option(200, "--max-words", help="Longer sentences are translated in pieces of this many words."),
    device: str = typer.Option("cpu", "--device"),
    compute_type: str = typer.Option("int8", "--compute-type", help="CTranslate2 quantization."),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Batch cache (default without --ray: OUTPUT.cache/); a rerun resumes from it."),
    ray: Optional[str] = _ray.ADDRESS,
    ray_workers: int = _ray.WORKERS,
    ray_cpus: float = _ray.CPUS,
    ray_gpus: Optional[float] = _ray.GPUS,
    shard_size: int = _ray.SHARD_SIZE,
    allow_empty: bool = ALLOW_EMPTY,
) -> None:
    """Translate every sentence (or pair it with a given translation); write the pairs and a summary."""
    from ..accounting import summary_path
    from ..corpora.docbin import read_docbin
    from ..io import check_outputs
    from ..scaleout.stage import run_stage
    from ..translation.stage import TranslateStage

    check_outputs([input_path, given], [output_path, summary_path(output_path)])
    docs = read_docbin(input_path)
    options = _ray.ray_options(ray, ray_workers, ray_cpus, ray_gpus, shard_size)
    if cache_dir is None and options is None:  # with --ray, finished shards are what a rerun resumes from
        cache_dir = output_path.with_name(output_path.name + ".cache")
    stage = TranslateStage(tgt_lang, src_lang=src_lang, model=_ray.for_workers(model, options), backend=backend,
                           given=_ray.for_workers(str(given) if given is not None else None, options), id_format=id_format,
                           batch_size=batch_size, beam_size=beam_size, max_length=max_length, max_words=max_words,
                           device=device, compute_type=compute_type,
                           cache_dir=_ray.for_workers(str(cache_dir) if cache_dir is not None else None, options))
    stage.check(docs)
    start = time.perf_counter()
    done = run_stage(stage, docs, output_path, ray=options, allow_empty=allow_empty)
    seconds = time.perf_counter() - start
    typer.echo(f"{len(docs) / max(seconds, 1e-9):.1f} sentences/s; wrote {len(done)} pairs to {output_path}")
