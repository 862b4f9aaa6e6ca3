"""Run ``xner convert`` on every labeled data file of ../shared/data and compare with each SOURCE.md.

    python benchmarks/corpora_counts.py [--data ../shared/data] [--out benchmarks/corpora_counts.md]

Prints (and writes) a Markdown table: sentences, tokens and entities per label from the converted
DocBin next to the SOURCE.md figures, and the wall time of each conversion.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from typer.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from source_counts import expected_counts  # noqa: E402

from spacy_xner.cli import app  # noqa: E402
from spacy_xner.corpora.docbin import read_docbin  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    runner = CliRunner()
    rows = ["| file | format | sentences | SOURCE.md | tokens | SOURCE.md | entities per label (converted) | SOURCE.md | match | s |",
            "|---|---|---|---|---|---|---|---|---|---|"]
    mismatches = 0
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for exp in expected_counts(args.data):
            out = Path(tmp) / "out.spacy"
            t0 = time.perf_counter()
            result = runner.invoke(app, ["convert", str(exp.path), str(out), "--lang", exp.lang, "--format", exp.format])
            seconds = time.perf_counter() - t0
            if result.exit_code != 0:
                raise SystemExit(f"{exp.name}: convert failed: {result.output}")
            docs = read_docbin(out)
            labels = Counter(ent.label_ for doc in docs for ent in doc.ents)
            got = {**labels, "total": sum(labels.values())}
            tokens = sum(len(doc) for doc in docs)
            ok = (len(docs) == exp.sentences and (exp.tokens is None or tokens == exp.tokens)
                  and all(got.get(k, 0) == v for k, v in exp.entities.items()))
            mismatches += not ok
            fmt = lambda d: " ".join(f"{k} {v}" for k, v in sorted(d.items()))  # noqa: E731
            rows.append(f"| {exp.name} | {exp.format} | {len(docs)} | {exp.sentences} | {tokens} | "
                        f"{exp.tokens if exp.tokens is not None else '–'} | {fmt(got)} | {fmt(exp.entities) or '–'} | "
                        f"{'yes' if ok else '**NO**'} | {seconds:.1f} |")
    table = "\n".join(rows)
    print(table)
    print(f"\n{len(rows) - 2} files, {mismatches} mismatches, {time.perf_counter() - start:.0f} s total")
    if args.out:
        args.out.write_text(table + "\n", encoding="utf-8")
    sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    main()
