"""``xner label``: translate-test, labelling target-language sentences through English in one command."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..alignment.neural import DEFAULT_MODEL as NEURAL_MODEL
from ..ner.hf import DEFAULT_MODEL as NER_MODEL
from ..translation.hf import DEFAULT_BATCH_SIZE, DEFAULT_MODEL as MT_MODEL
from ._app import OVERRIDES, app


@app.command("label", context_settings=OVERRIDES)
def label_cli(
    ctx: typer.Context,
    input_path: Path = typer.Argument(..., help="DocBin of target-language sentences (entities, if any, are ignored)"),
    output_path: Path = typer.Argument(..., help="DocBin to write: every input sentence with projected entities"),
    lang: str = typer.Option(..., "--lang", "-l", help="Language of the input, ISO 639-1/3 (hau, de)"),
    ner_model: str = typer.Option(NER_MODEL, "--ner-model", help="English NER: spaCy pipeline or HF token-classification model (path or hub name)"),
    translation_model: Optional[str] = typer.Option(None, "--translation-model", help=f"Seq2seq model to English (path or hub name) [default: {MT_MODEL}]"),
    backend: Optional[str] = typer.Option(None, "--backend", help="Translation backend: hf | ctranslate2 [default: hf]"),
    given: Optional[Path] = typer.Option(None, "--given", help="Given English translations (DocBin, JSONL, text) instead of a model"),
    aligner: str = typer.Option("simalign", "--aligner", "-a", help="simalign | awesome | eflomal"),
    align_model: Optional[str] = typer.Option(None, "--align-model", help=f"Neural aligner encoder (path or hub name) [default: {NEURAL_MODEL}]"),
    layer: Optional[int] = typer.Option(None, "--layer", help="Neural aligner: hidden layer [default: 8]"),
    method: Optional[str] = typer.Option(None, "--method", "-m", help="Projection: heuristic | ngram | aligned | ner [default: ngram]"),
    solver: Optional[str] = typer.Option(None, "--solver", "-s", help="greedy | ilp (candidate matching only) [default: ilp]"),
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="Projector config file instead of --method (dotted overrides after the paths: --projection.solver.n_proj 2)"),
    refine: Optional[str] = typer.Option(None, "--refine", help="backtranslation: also translate the tagged English back with entity markers (--translation-model), align that with the original and combine (--combine)"),
    refine_aligner: Optional[str] = typer.Option(None, "--refine-aligner", help="Back-translation ↔ original: same-language (no model) | simalign | awesome (--align-model) [default: same-language]"),
    combine: Optional[str] = typer.Option(None, "--combine", help="replace (the paper) | union | intersection | weighted [default: replace]"),
    combine_weight: Optional[float] = typer.Option(None, "--combine-weight", help="weighted: share of the direct link's score [default: 0.5]"),
    batch_size: int = typer.Option(DEFAULT_BATCH_SIZE, "--batch-size", help="Sentences per translation / tagging batch"),
    beam_size: Optional[int] = typer.Option(None, "--beam-size", help="[default: 4]"),
    max_length: Optional[int] = typer.Option(None, "--max-length", help="Most tokens generated per translation [default: 256]"),
    device: str = typer.Option("cpu", "--device"),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Batch cache (default: OUTPUT.cache/); a rerun resumes"),
    summary: Optional[Path] = typer.Option(None, "--summary", help="JSON summary (default: OUTPUT with .summary.json)"),
) -> None:
    """Translate each sentence to English, tag it, align it with the original, project the entities back.
    The output keeps the input's ids and tokens: score it with ``xner evaluate OUTPUT INPUT``."""
    from ..accounting import summary_path
    from ..corpora.docbin import corpus_files, iter_docs
    from ..errors import XnerError
    from ..io import check_outputs
    from ..pipeline.build import parse_overrides
    from ..pipeline.label import LabelStage
    from ..pipeline.presets import aligner_config, projector_config, refinement_config, tagger_config, translator_config
    from ..pipeline.runner import run_stage, work_path

    cache_dir = cache_dir or output_path.with_name(output_path.name + ".cache")
    check_outputs([input_path, given, config], [summary_path(output_path, summary)], corpus=output_path,
                  work=work_path(output_path), cache=cache_dir)
    projector = projector_config(method, solver, str(config) if config is not None else None,
                                 ner_model if method == "ner" else None, overrides=parse_overrides(ctx.args))
    settings = {} if given is not None else {"model": translation_model, "beam_size": beam_size, "max_length": max_length,
                                             "batch_size": batch_size, "device": device}
    translator = translator_config(backend, None, str(given) if given is not None else None, **settings)
    neural = aligner != "eflomal"
    refinement = None
    if refine:
        if refine != "backtranslation":
            raise XnerError(f"unknown --refine {refine!r}; expected backtranslation")
        back = translator_config(backend, model=translation_model, beam_size=beam_size, max_length=max_length,
                                 device=device)
        refinement = refinement_config(back, refine_aligner, combine, weight=combine_weight, src_lang="en",
                                       tgt_lang=lang, model=align_model, layer=layer, device=device)
    stage = LabelStage(lang, translator, tagger_config(ner_model),
                       aligner_config(aligner, model=align_model, layer=layer, device=device if neural else None),
                       projector, refinement, batch_size, str(cache_dir), str(config) if config is not None else None)
    corpus_files(input_path)  # a missing input fails here, before any model loads
    docs = lambda: iter_docs(input_path)  # noqa: E731  (a fresh stream each time)
    stage.check(docs)
    run_stage(stage, docs, output_path, summary, allow_empty=True)  # every sentence is written, labelled or not
