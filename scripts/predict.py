"""Tag the words of a gold DocBin with a trained pipeline, for ``xner evaluate`` against that gold.

    python scripts/predict.py training/projected/de.heuristic/model-best corpus/test/de.spacy corpus/predicted/de.ner.heuristic.spacy

The gold entities are removed first (spaCy's NER keeps entities already set on a Doc); words,
spacing, sentence ids and a pair's translation (translate-test tags the English side of pairs)
are kept, so predictions and gold pair up one to one.
"""
from __future__ import annotations

from pathlib import Path

import typer

from spacy_xner.cli import run  # light: the rest loads inside run's guard, so a Ctrl-C then is one line

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)


@app.command()
def main(
    model: Path = typer.Argument(..., help="Trained pipeline directory"),
    input_path: Path = typer.Argument(..., help="Gold DocBin whose words are tagged"),
    output: Path = typer.Argument(..., help="DocBin of predictions"),
    batch_size: int = typer.Option(64, "--batch-size"),
) -> None:
    import spacy
    from spacy.tokens import Doc
    from wasabi import msg

    from spacy_xner.corpora.docbin import read_docbin, write_docbin
    from spacy_xner.docs import get_id, set_id
    from spacy_xner.errors import InputError
    from spacy_xner.io import check_outputs

    if not (model / "config.cfg").is_file():
        raise InputError(model, "not a trained spaCy pipeline (no config.cfg)")
    check_outputs([input_path], [output])
    nlp = spacy.load(model)
    gold = read_docbin(input_path)
    bare = []
    for doc in gold:
        copy = Doc(nlp.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
        if get_id(doc) is not None:
            set_id(copy, get_id(doc))
        copy._.xner_translation = doc._.xner_translation
        bare.append(copy)
    predicted = list(nlp.pipe(bare, batch_size=batch_size))
    n = write_docbin(output, predicted)
    msg.good(f"{output}: {n} sentences tagged with {model}")


if __name__ == "__main__":
    run(app)
