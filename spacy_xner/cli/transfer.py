"""``xner transfer``: the model-transfer baseline, the source NER applied zero-shot to target sentences."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ._app import app


@app.command("transfer")
def transfer_cli(
    input_path: Path = typer.Argument(..., help="DocBin of target-language sentences (e.g. a converted MasakhaNER test set)"),
    output_path: Path = typer.Argument(..., help="DocBin to write: the same sentences with the model's entities"),
    model: str = typer.Option(..., "--model", "-m", help="spaCy pipeline with ner, or Hugging Face token-classification model (path or hub name)"),
    batch_size: int = typer.Option(32, "--batch-size", "-b", help="Sentences per tagger call"),
    summary: Optional[Path] = typer.Option(None, "--summary", help="JSON summary (default: OUTPUT with .summary.json)"),
) -> None:
    """Tag the sentences with the source NER as-is; score the output with ``xner evaluate OUTPUT INPUT``."""
    from ..accounting import StageSummary, progress, summary_path
    from ..corpora.docbin import iter_docs, write_docbin
    from ..errors import XnerError
    from ..io import check_outputs
    from ..pipeline.presets import build_tagger
    from ..ner.tagging import tag_docs

    if batch_size < 1:
        raise XnerError("--batch-size must be at least 1")
    check_outputs([input_path], [summary_path(output_path, summary)], corpus=output_path)
    stats = StageSummary("transfer")
    tagged = tag_docs(build_tagger(model), progress(iter_docs(input_path), "transfer"), stats, batch_size)  # a stream
    write_docbin(output_path, tagged)
    stats.written(summary_path(output_path, summary))
