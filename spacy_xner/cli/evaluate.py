"""``xner evaluate``: entity P/R/F1 and projection ratio of predicted vs gold DocBins."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator, List, Optional

import typer
from wasabi import msg

from ..corpora.docbin import iter_docs, read_docbin
from ..evaluation.spanf1 import score
from ..io import check_outputs, write_atomic
from ._app import app


@app.command("evaluate")
def evaluate_cli(
    pred_path: Path = typer.Argument(..., help="Predicted .spacy DocBin."),
    gold_path: Path = typer.Argument(..., help="Gold .spacy DocBin (same sentence ids and tokens)."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", help="Label to drop on both sides (repeatable, or comma-separated: DATE,MISC)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the metrics as JSON here."),
    allow_missing: bool = typer.Option(
        False, "--allow-missing", help="A gold sentence with no prediction counts as predicting nothing."
    ),
) -> None:
    """Score predicted entities against gold, pairing sentences by id (seqeval's micro P/R/F1).
    The predictions are streamed; the gold corpus (a test set) is held."""
    check_outputs([pred_path, gold_path], [output])
    gold = read_docbin(gold_path)
    ignored = [label for value in ignore or () for label in value.split(",") if label]
    present = {ent.label_ for doc in gold for ent in doc.ents}
    metrics = score(_noting_labels(iter_docs(pred_path), present), gold, ignore=ignored, allow_missing=allow_missing)
    for label in sorted(set(ignored) - present):
        msg.warn(f"--ignore {label}: no entity of {pred_path} or {gold_path} has this label")
    rows = [
        (label, f"{m['precision']:.4f}", f"{m['recall']:.4f}", f"{m['f1']:.4f}", m["support"])
        for label, m in metrics["per_label"].items()
    ]
    rows.append(("ALL", f"{metrics['precision']:.4f}", f"{metrics['recall']:.4f}", f"{metrics['f1']:.4f}",
                 metrics["entities"]["gold"]))
    msg.table(rows, header=("label", "P", "R", "F1", "support"), divider=True)
    ratio = metrics["projection_ratio"]
    msg.info(f"{metrics['sentences']} sentences ({metrics['missing_predictions']} without a prediction), "
             f"projection ratio {'n/a' if ratio is None else f'{ratio:.4f}'}")
    if output is not None:
        write_atomic(output, json.dumps(metrics, indent=2) + "\n")


def _noting_labels(docs: Iterable, labels: set[str]) -> Iterator:
    """The Docs of a stream, adding their entity labels to ``labels`` as they pass."""
    for doc in docs:
        labels.update(ent.label_ for ent in doc.ents)
        yield doc
