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
    from ..accounting import StageSummary, summary_path
    from ..pipeline.presets import aligner_config, refinement_config
    from ..errors import XnerError
    from ..cache import BatchCache
    from ..pipeline.build import build_part, parse_overrides
    from ..corpora.docbin import read_docbin, write_docbin
    from ..io import check_outputs
    from ..pipeline.presets import build_tagger
    from ..pipeline.label import label_docs
    from ..pipeline.presets import build_projector
    from ..pipeline.presets import translator_config

    cache_dir = cache_dir or output_path.with_name(output_path.name + ".cache")
    check_outputs([input_path, given, config], [summary_path(output_path, summary)], corpus=output_path, cache=cache_dir)
    projector = build_projector(method, solver, str(config) if config is not None else None,
                                ner_model if method == "ner" else None, overrides=parse_overrides(ctx.args))
    settings = {} if given is not None else {"model": translation_model, "beam_size": beam_size, "max_length": max_length,
                                             "batch_size": batch_size, "device": device}
    translator = build_part(translator_config(backend, None, str(given) if given is not None else None, **settings),
                            "translator")
    docs = read_docbin(input_path)
    if given is not None:
        translator.check_count(len(docs))
    neural = aligner != "eflomal"
    part = build_part(aligner_config(aligner, model=align_model, layer=layer, device=device if neural else None),
                      "aligner")
    align_batch = 32 if neural else 0  # eflomal is corpus-level: one run over all pairs
    refinement = None
    if refine:
        if refine != "backtranslation":
            raise XnerError(f"unknown --refine {refine!r}; expected backtranslation")
        back = translator_config(backend, model=translation_model, beam_size=beam_size, max_length=max_length,
                                 device=device)
        refinement = build_part(refinement_config(back, refine_aligner, combine, weight=combine_weight, src_lang="en",
                                                  tgt_lang=lang, model=align_model, layer=layer, device=device),
                                "refine")
        refinement.load()
    stats = StageSummary("label")
    cache = BatchCache(cache_dir)
    labelled = label_docs(docs, lang, translator, build_tagger(ner_model), part, projector, stats,
                          batch_size=batch_size, align_batch_size=align_batch, cache=cache, refine=refinement)
    write_docbin(output_path, labelled)
    stats.written(summary_path(output_path, summary))
