"""Swap the roles in translated pairs, for translate-test.

    python scripts/swap_pairs.py corpus/tx/english/hau.spacy corpus/tx/swapped/hau.spacy

In: target-language Docs whose ``doc._.xner_translation`` is the English machine translation.
Out: the English Docs as sources, each with the original sentence as its translation (DESIGN §2),
ids kept on both sides. A Doc without a translation is skipped and counted.
"""
from __future__ import annotations

from pathlib import Path

import typer

from spacy_xner.cli import run  # light: the rest loads inside run's guard, so a Ctrl-C then is one line

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)


@app.command()
def main(
    input_path: Path = typer.Argument(..., help="DocBin of translated target sentences"),
    output: Path = typer.Argument(..., help="DocBin of English sources with the originals as translations"),
) -> None:
    from spacy_xner.accounting import StageSummary
    from spacy_xner.corpora.docbin import read_docbin, write_docbin
    from spacy_xner.docs import TRANSLATION_KEY, drop_derived, get_id, set_id
    from spacy_xner.io import check_outputs
    from spacy_xner.reasons import MISSING_TRANSLATION

    check_outputs([input_path], [output, output.with_suffix(".summary.json")])
    summary = StageSummary("swap-pairs")
    swapped = []
    for doc in read_docbin(input_path):
        english = doc._.xner_translation
        if english is None:
            summary.add_skipped(MISSING_TRANSLATION, get_id(doc))
            continue
        drop_derived(doc.user_data, TRANSLATION_KEY)  # links (and more) of the English as a translation
        doc._.xner_translation = None
        if get_id(english) is None and get_id(doc) is not None:
            set_id(english, get_id(doc), source_id=get_id(doc))
        english._.xner_translation = doc
        swapped.append(english)
        summary.add_done()
    write_docbin(output, swapped)
    summary.written(output.with_suffix(".summary.json"))


if __name__ == "__main__":
    run(app)
