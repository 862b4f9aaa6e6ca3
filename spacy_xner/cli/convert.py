"""``xner convert``: a tagged corpus file → a DocBin of one Doc per sentence."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..accounting import StageSummary, progress, summary_path
from ..corpora.docbin import DocWriter
from ..corpora.readers import FORMATS, TRANSLATIONS_SOURCE_STEM, iter_corpus
from ..io import check_outputs
from ._app import ALLOW_EMPTY, app


@app.command("convert")
def convert_cli(
    input_path: Path = typer.Argument(..., help="Corpus file (.gz read transparently)."),
    output_path: Path = typer.Argument(..., help="Output: a .spacy file, or a directory of .spacy shards (any other name)."),
    lang: str = typer.Option(..., "--lang", "-l", help="ISO 639-1/3 code of the corpus' language (ha, hau, de); xx: several."),
    format: str = typer.Option("auto", "--format", "-f", help=f"Input format: {'|'.join(FORMATS)}."),
    strict: bool = typer.Option(False, "--strict", help="Refuse empty tokens and IOB2 I- tags that open an entity."),
    baseline: Optional[str] = typer.Option(
        None, "--baseline", help="translations format: the baseline_tags system whose tags become the entities."
    ),
    source_stem: str = typer.Option(
        TRANSLATIONS_SOURCE_STEM, "--source-stem", help="translations format: stem of the file the ids index."
    ),
    words_only: bool = typer.Option(
        False, "--words-only", help="Drop the tags, keep the words: unlabeled text from a labeled corpus (for self-training)."
    ),
    allow_empty: bool = ALLOW_EMPTY,
) -> None:
    """Convert CoNLL-2003 (IOB1), 2-column IOB2 (MasakhaNER, Europarl-NER, WikiANN), JSONL or published
    translations to a DocBin: tokens as given, entities from the tags, an id per sentence. Counts
    (sentences, entities, repairs) go to OUTPUT with the suffix .summary.json."""
    check_outputs([input_path], [summary_path(output_path)], corpus=output_path)
    summary = StageSummary("convert", lang)
    docs = iter_corpus(input_path, lang, format, strict, baseline, source_stem, summary)
    with DocWriter(output_path) as writer:  # nothing is written unless the block completes
        for doc in progress(docs, "convert"):
            if words_only:
                summary.count("entities_dropped", len(doc.ents))
                doc.set_ents([], default="missing")  # unlabeled: no word is known to be O either
            writer.add(doc)
        summary.check_not_empty(allow_empty)  # every sentence skipped (a translations file of empty ones)
    n_docs = writer.count
    summary.written(summary_path(output_path))
    counts = summary.counts
    typer.echo(f"{n_docs} sentences, {counts['entities']} entities, {counts['tokens']} tokens → {output_path}")
