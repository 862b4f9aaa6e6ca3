"""``xner report``: F1 per language × system from the metrics files of every run."""
from __future__ import annotations

import os
from pathlib import Path
from typing import List, Optional

import typer
from wasabi import msg

from ._app import app


@app.command("report")
def report_cli(
    metrics: List[Path] = typer.Argument(..., help="Metrics JSON files or directories (searched recursively)"),
    output: Path = typer.Option(..., "--output", "-o", help="Markdown report to write"),
    plot: Optional[Path] = typer.Option(None, "--plot", help="PNG bar chart to write"),
    title: str = typer.Option("spacy-xner report", "--title", help="Heading of the report"),
    views: Optional[Path] = typer.Option(None, "--views", help="Directory of `xner show` HTML views to link"),
) -> None:
    """Markdown table (+ PNG bar chart) of F1 per language and system.

    Metrics files are named <lang>.<kind>.<method>.json, kind = projection | ner | transfer
    (or carry a "meta" object with lang/kind/method).
    """
    from ..io import check_outputs, write_atomic
    from ..errors import XnerError
    from ..evaluation.report import collect, render_markdown, render_plot

    runs, ignored = collect(metrics)
    check_outputs([run.path for run in runs] + ignored, [output, plot])
    for path in ignored:
        msg.warn(f"ignored {path}: not a <lang>.<kind>.<method>.json metrics file")
    if not runs:
        raise XnerError(f"no metrics files found in {', '.join(map(str, metrics))}")
    plot_ref = os.path.relpath(plot, output.parent) if plot is not None else None
    if plot is not None:
        render_plot(runs, plot)
    view_refs = [os.path.relpath(view, output.parent) for view in sorted(views.glob("*.html"))] if views else []
    write_atomic(output, render_markdown(runs, title=title, plot=plot_ref, views=view_refs))
    msg.good(f"report of {len(runs)} runs: {output}" + (f", {plot}" if plot else ""))
