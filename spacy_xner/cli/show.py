"""``xner show``: the projection of a corpus as one self-contained HTML file."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ._app import app


@app.command("show")
def show_cli(
    input_path: Path = typer.Argument(..., help="DocBin of source Docs with translations and alignments (projected, or give --projected)."),
    output_path: Optional[Path] = typer.Option(None, "--output", "-o", help="HTML file to write (default: INPUT with .html)."),
    limit: Optional[int] = typer.Option(None, "--limit", "-n", help="Show at most N sentence pairs (after filter and sort)."),
    filter: str = typer.Option("all", "--filter", "-f", help="all | dropped (some entity not projected) | mismatch (projection differs from gold, or from the source labels without gold)."),
    gold: Optional[Path] = typer.Option(None, "--gold", "-g", help="DocBin of gold target Docs, paired by the translation's id; marks entities and sorts worst-first."),
    projected: Optional[Path] = typer.Option(None, "--projected", "-p", help="Output of `xner project` (target Docs): replaces INPUT's translations, paired by id."),
    title: Optional[str] = typer.Option(None, "--title", help="Page title (default: the input's file name)."),
) -> None:
    """Render source sentences, translations, alignment links, projected entities with their scores, the
    entities not projected with their reason and, with --gold, correct / wrong-label / missed / spurious marks."""
    from wasabi import msg

    from ..corpora.docbin import read_docbin
    from ..io import check_outputs, write_atomic
    from ..visualize import render
    from ..visualize.pairs import attach_projected, check_pairs

    output_path = output_path if output_path is not None else input_path.with_suffix(".html")
    check_outputs([input_path, gold, projected], [output_path])
    docs = read_docbin(input_path)
    if projected is not None:
        missing = attach_projected(docs, read_docbin(projected))
        if missing:
            msg.warn(f"{missing} sentence(s) of {input_path} are not in {projected} (skipped by xner project)")
    check_pairs(input_path, docs)
    gold_docs = read_docbin(gold) if gold is not None else None
    html = render(docs, gold=gold_docs, limit=limit, filter=filter, title=title or f"spacy-xner: {input_path.name}")
    write_atomic(output_path, html)
    msg.good(f"{len(docs)} sentence pairs → {output_path}")
