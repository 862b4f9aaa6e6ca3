"""``xner translate``: source DocBin → the same Docs with ``doc._.xner_translation`` set."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Optional

import typer
from tqdm import tqdm

from ..accounting import summary_path
from ._app import app


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
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Batch cache (default: OUTPUT.cache/); a rerun resumes from it."),
) -> None:
    """Translate every sentence (or pair it with a given translation); write the pairs and a summary."""
    from ..components.translator import TranslatorComponent
    from ..corpora.docbin import read_docbin, write_docbin
    from ..errors import XnerError
    from ..translation.registry import ct2_translator, given_translations, hf_translator

    docs = read_docbin(input_path)
    if given is not None:
        translator = given_translations(str(given), id_format=id_format)
        translator.check_count(len(docs))
    elif backend == "hf":
        translator = hf_translator(model, beam_size=beam_size, max_length=max_length, batch_size=batch_size, device=device)
    elif backend == "ctranslate2":
        translator = ct2_translator(model, compute_type=compute_type, beam_size=beam_size, max_length=max_length,
                                    batch_size=batch_size, device=device)
    else:
        raise XnerError(f"unknown backend '{backend}' (hf, ctranslate2)")
    cache = cache_dir or output_path.with_name(output_path.name + ".cache")
    component = TranslatorComponent("xner_translator", translator, src_lang=src_lang, tgt_lang=tgt_lang,
                                    batch_size=batch_size, max_words=max_words, cache_dir=str(cache))
    start = time.perf_counter()
    done = []
    with tqdm(total=len(docs), unit="sent", desc="translate") as bar:
        for doc in component.pipe(docs):
            if doc._.xner_translation is not None:
                done.append(doc)
            bar.update(1)
    seconds = time.perf_counter() - start
    write_docbin(output_path, done)
    summary = component.summary
    summary.count("cache_hits", component.cache.hits)
    summary.count("cache_misses", component.cache.misses)
    summary.write(summary_path(output_path))
    summary.report()
    typer.echo(f"{len(docs) / max(seconds, 1e-9):.1f} sentences/s; wrote {len(done)} pairs to {output_path}")
