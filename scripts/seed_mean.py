"""Write each language × method's metrics as the mean over its training seeds (``spacy_xner.evaluation.seeds``).

    python scripts/seed_mean.py metrics/tt [metrics/tt-dev ...] --langs hau,ibo --methods ngram,tprojection --seeds 0,1,2

reads ``metrics/tt/<lang>.ner.<method>.seed<k>.json`` for every seed and writes
``metrics/tt/<lang>.ner.<method>.json`` (mean P/R/F1, ``f1_seeds``, ``f1_sd``): the name ``xner report``
reads, so the report shows the means. Cheap, so it always runs: a changed seed list is never stale.
"""
from __future__ import annotations

import json
from pathlib import Path

import typer
from wasabi import msg

from spacy_xner.cli import run
from spacy_xner.evaluation.report import metrics_name
from spacy_xner.evaluation.seeds import mean_over_seeds, seed_path
from spacy_xner.io import check_outputs, write_atomic

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)


def _items(values: str) -> list[str]:
    return [v.strip() for v in values.split(",") if v.strip()]


@app.command()
def main(
    directories: list[Path] = typer.Argument(..., help="Folders of the per-seed metrics files (each on its own)"),
    langs: str = typer.Option(..., "--langs", help="Comma-separated languages"),
    methods: str = typer.Option(..., "--methods", help="Comma-separated methods (projections and baselines)"),
    seeds: str = typer.Option("0", "--seeds", help="Comma-separated training seeds"),
    kind: str = typer.Option("ner", "--kind", help="The metrics kind in the file names"),
    skip_missing: bool = typer.Option(False, "--skip-missing", help="Skip (and say so) a language × method with no seed's metrics at all (a language without a dev set)"),
) -> None:
    outputs = [directory / metrics_name(lang, kind, method)
               for directory in directories for lang in _items(langs) for method in _items(methods)]
    check_outputs([seed_path(out, seed) for out in outputs for seed in _items(seeds)], outputs)
    for directory in directories:
        directory.mkdir(parents=True, exist_ok=True)  # the report of a folder with no metrics says so
    for out in outputs:
        if skip_missing and not any(seed_path(out, seed).exists() for seed in _items(seeds)):
            msg.warn(f"{out}: no seed's metrics, skipped")
            continue
        merged = mean_over_seeds(out, _items(seeds))
        write_atomic(out, json.dumps(merged, indent=2) + "\n")
        spread = "" if merged["f1_sd"] is None else f" ± {100 * merged['f1_sd']:.1f}"
        msg.good(f"{out}: F1 {100 * merged['f1']:.1f}{spread} over seeds {','.join(merged['seeds'])}")


if __name__ == "__main__":
    run(app)
