"""``xner self-label``: the next round's training data of self-training (``spacy_xner.ner.self_training``)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ._app import app


@app.command("self-label")
def self_label_cli(
    model: Path = typer.Argument(..., help="Trained spaCy pipeline with ner (e.g. trained on projected data)"),
    input_path: Path = typer.Argument(..., help="DocBin of unlabeled target-language sentences (entities it has are ignored)"),
    output_path: Path = typer.Argument(..., help="DocBin to write: --add's sentences, then the confident ones with the model's entities"),
    add: Optional[Path] = typer.Option(None, "--add", help="Training corpus written first, so that OUTPUT is the next round's training data"),
    min_confidence: Optional[float] = typer.Option(None, "--min-confidence", help="Keep a sentence whose best beam parse is at least this likely [default: 0.9]"),
    beam_width: Optional[int] = typer.Option(None, "--beam-width", help="Parses in the beam [default: 16]"),
    keep_empty: Optional[bool] = typer.Option(None, "--keep-empty/--no-keep-empty", help="Keep confident sentences without entities [default: no]"),
    batch_size: Optional[int] = typer.Option(None, "--batch-size", "-b", help="Sentences per beam parse [default: 64]"),
    summary: Optional[Path] = typer.Option(None, "--summary", help="JSON summary (default: OUTPUT with .summary.json)"),
) -> None:
    """Tag unlabeled sentences with the model and keep those it is confident about; train the next round on OUTPUT."""
    import itertools

    import spacy

    from ..accounting import StageSummary, progress, summary_path
    from ..corpora.docbin import iter_docs, write_docbin
    from ..docs import get_id
    from ..errors import InputError, XnerError
    from ..io import check_outputs
    from ..pipeline.presets import build_selector

    try:
        select = build_selector(min_confidence=min_confidence, beam_width=beam_width, keep_empty=keep_empty,
                                batch_size=batch_size)
    except ValueError as err:  # "key must be ...": name the option
        key = str(err).split(" ", 1)[0]
        raise XnerError(f"--{key.replace('_', '-')}{str(err)[len(key):]}") from None
    if not (model / "config.cfg").is_file():
        raise InputError(model, "not a trained spaCy pipeline (no config.cfg)")
    check_outputs([model, input_path, add], [summary_path(output_path, summary)], corpus=output_path)
    nlp = spacy.load(model)
    stats = StageSummary("self-label")
    stats.count("entities_out", 0)  # in the summary when nothing is kept, too

    def labeled():
        for doc, reason in select(nlp, progress(iter_docs(input_path), "self-label")):
            if reason is None:
                stats.add_done()
                stats.count("entities_out", len(doc.ents))
                yield doc
            else:
                stats.add_skipped(reason, get_id(doc))

    def added():
        for doc in iter_docs(add) if add is not None else ():
            stats.count("added", 1)
            yield doc

    write_docbin(output_path, itertools.chain(added(), labeled()))
    stats.written(summary_path(output_path, summary))
