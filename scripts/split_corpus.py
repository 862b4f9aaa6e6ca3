"""Cut a DocBin into slices by sentence index, e.g. train / dev of a projected corpus, test of gold.

    python scripts/split_corpus.py corpus/projected/de.heuristic.spacy \\
        corpus/train/de.heuristic.spacy:0:540 corpus/dev/de.heuristic.spacy:540:600

Slices go by the index in the sentence id (``<file-stem>:<index>``), not by position, so that a
stage that skipped sentences cannot shift a training slice into the held-out test sentences.
``START:END`` is half-open; an empty END means "to the end".
"""
from __future__ import annotations

from pathlib import Path

import typer
from wasabi import msg

from spacy_xner.cli import run  # light: the rest loads inside run's guard, so a Ctrl-C then is one line
from spacy_xner.errors import InputError, XnerError

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)


def sentence_index(path: Path, sentence_id: object, position: int) -> int:
    _, sep, index = str(sentence_id).rpartition(":")
    if not sep or not index.isdigit():
        raise InputError(path, f"Doc {position} has no sentence id '<file-stem>:<index>' (got {sentence_id!r})")
    return int(index)


def parse_slice(spec: str) -> tuple[Path, int, float]:
    parts = spec.rsplit(":", 2)
    if len(parts) != 3 or not parts[1].isdigit() or not (parts[2].isdigit() or parts[2] == ""):
        raise XnerError(f"slice must be OUTPUT.spacy:START:END (END may be empty), got {spec!r}")
    return Path(parts[0]), int(parts[1]), int(parts[2]) if parts[2] else float("inf")


@app.command()
def main(
    input_path: Path = typer.Argument(..., help="DocBin to cut"),
    slices: list[str] = typer.Argument(..., help="OUTPUT.spacy:START:END, by sentence index"),
) -> None:
    from spacy_xner.corpora.docbin import read_docbin, write_docbin
    from spacy_xner.docs import get_id
    from spacy_xner.io import check_outputs

    check_outputs([input_path], [parse_slice(spec)[0] for spec in slices])
    docs = read_docbin(input_path)
    indexed = [(sentence_index(input_path, get_id(doc), i), doc) for i, doc in enumerate(docs)]
    for spec in slices:
        target, start, end = parse_slice(spec)
        part = [doc for index, doc in indexed if start <= index < end]
        if not part:
            raise InputError(input_path, f"no sentences with index in [{start}, {end}) for {target}")
        write_docbin(target, part)
        msg.good(f"{target}: {len(part)} sentences (index {start}..{'' if end == float('inf') else end})")


if __name__ == "__main__":
    run(app)
