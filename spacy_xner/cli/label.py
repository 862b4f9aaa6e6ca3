"""``xner label``: translate-test, labelling target-language sentences through English in one command."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ._app import app


@app.command("label")
def label_cli(
    input_path: Path = typer.Argument(..., help="DocBin of target-language sentences (entities, if any, are ignored)"),
    output_path: Path = typer.Argument(..., help="DocBin to write: every input sentence with projected entities"),
    lang: str = typer.Option(..., "--lang", "-l", help="Language of the input, ISO 639-1/3 (hau, de)"),
    ner_model: str = typer.Option("FacebookAI/xlm-roberta-large-finetuned-conll03-english", "--ner-model", help="English NER: spaCy pipeline or HF token-classification model (path or hub name)"),
    translation_model: str = typer.Option("facebook/nllb-200-3.3B", "--translation-model", help="Seq2seq model to English (path or hub name)"),
    backend: str = typer.Option("hf", "--backend", help="Translation backend: hf | ctranslate2"),
    given: Optional[Path] = typer.Option(None, "--given", help="Given English translations (DocBin, JSONL, text) instead of a model"),
    aligner: str = typer.Option("simalign", "--aligner", "-a", help="simalign | awesome | eflomal"),
    align_model: str = typer.Option("bert-base-multilingual-cased", "--align-model", help="Neural aligner encoder (path or hub name)"),
    layer: int = typer.Option(8, "--layer", help="Neural aligner: hidden layer"),
    method: Optional[str] = typer.Option(None, "--method", "-m", help="Projection: heuristic | ngram | aligned | ner [default: ngram]"),
    solver: Optional[str] = typer.Option(None, "--solver", "-s", help="greedy | ilp (candidate matching only) [default: ilp]"),
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="Projector config file instead of --method"),
    refine: Optional[str] = typer.Option(None, "--refine", help="backtranslation: also translate the tagged English back with entity markers (--translation-model), align that with the original and combine (--combine)"),
    refine_aligner: str = typer.Option("same-language", "--refine-aligner", help="Back-translation ↔ original: same-language (no model) | simalign | awesome (--align-model)"),
    combine: str = typer.Option("replace", "--combine", help="replace (the paper) | union | intersection | weighted"),
    combine_weight: float = typer.Option(0.5, "--combine-weight", help="weighted: share of the direct link's score"),
    batch_size: int = typer.Option(16, "--batch-size", help="Sentences per translation / tagging batch"),
    beam_size: int = typer.Option(4, "--beam-size"),
    max_length: int = typer.Option(256, "--max-length", help="Most tokens generated per translation"),
    device: str = typer.Option("cpu", "--device"),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Batch cache (default: OUTPUT.cache/); a rerun resumes"),
    summary: Optional[Path] = typer.Option(None, "--summary", help="JSON summary (default: OUTPUT with .summary.json)"),
) -> None:
    """Translate each sentence to English, tag it, align it with the original, project the entities back.
    The output keeps the input's ids and tokens: score it with ``xner evaluate OUTPUT INPUT``."""
    from ..accounting import StageSummary, summary_path
    from ..alignment.registry import eflomal_aligner_v2, neural_aligner
    from ..cache import BatchCache
    from ..corpora.docbin import read_docbin, write_docbin
    from ..errors import XnerError
    from ..io import check_outputs
    from ..ner.registry import build_tagger
    from ..ner.translate_test import label_docs
    from ..projection.stage import build_projector
    from ..translation.registry import ct2_translator, given_translations, hf_translator

    check_outputs([input_path, given, config], [output_path, summary_path(output_path, summary)])
    docs = read_docbin(input_path)
    projector = build_projector(method, solver, config, ner_model if method == "ner" else None)
    if given is not None:
        translator = given_translations(str(given))
        translator.check_count(len(docs))
    elif backend == "hf":
        translator = hf_translator(translation_model, beam_size=beam_size, max_length=max_length, batch_size=batch_size, device=device)
    elif backend == "ctranslate2":
        translator = ct2_translator(translation_model, beam_size=beam_size, max_length=max_length, batch_size=batch_size, device=device)
    else:
        raise XnerError(f"unknown backend '{backend}' (hf, ctranslate2)")
    if aligner == "eflomal":
        part, align_batch = eflomal_aligner_v2(), 0  # corpus-level: one run over all pairs
    elif aligner in ("simalign", "awesome"):
        part = neural_aligner(model=align_model, layer=layer, method="itermax" if aligner == "simalign" else "softmax", device=device)
        align_batch = 32
    else:
        raise XnerError(f"unknown --aligner {aligner!r}; expected simalign, awesome or eflomal")
    refinement = None
    if refine is not None:
        if refine != "backtranslation":
            raise XnerError(f"unknown --refine {refine!r}; expected backtranslation")
        from ..alignment.backtranslation import build_refinement

        refinement = build_refinement(translation_model, backend, refine_aligner, combine, combine_weight,
                                      src_lang="en", tgt_lang=lang, device=device, beam_size=beam_size,
                                      max_length=max_length, neural_model=align_model, layer=layer)
        refinement.load()
    stats = StageSummary("label")
    cache = BatchCache(cache_dir or output_path.with_name(output_path.name + ".cache"))
    labelled = label_docs(docs, lang, translator, build_tagger(ner_model), part, projector, stats,
                          batch_size=batch_size, align_batch_size=align_batch, cache=cache, refine=refinement)
    write_docbin(output_path, labelled)
    stats.write(summary_path(output_path, summary))
    stats.report()
