"""Streaming corpora (issue 16): peak RSS and pairs/s of convert → pair → project, and of align, at growing sizes.

    python benchmarks/bench_streaming.py --work /tmp/xner_stream --sizes 20000 200000
    python benchmarks/bench_streaming.py --work /tmp/xner_stream --sizes 20000 50000 200000 --steps align

Real Europarl-NER en-de pairs (799), replicated to each size; their links come from one
``xner align`` (eflomal) run on the 799 pairs, replicated with them, and are given to ``xner
project --pharaoh``. Every command is a separate ``xner`` process under ``/usr/bin/time -v``
(whole-process peak RSS, wall and CPU seconds). Outputs are directories of shards (names without
``.spacy``), the layout whose memory does not grow with the corpus.

``--steps align``: ``xner align`` (eflomal, the default settings and the Tatoeba bitext, as the
default workflow runs it) on the 799 pairs replicated to each size, written straight to a
directory corpus; ``--chunk-size`` is passed on when given.

``--steps ilp``: the default projector's ILP on the 799 pairs with HiGHS forced on every sentence
with an entity (one ``milp`` each), with and without the dominated pairs left out: variables, CPU
seconds, and whether matchings and totals agree.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Optional

REPO = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("XNER_SHARED_DATA", REPO.parent / "shared" / "data"))
EUROPARL = DATA / "europarl-ner"
XNER = [sys.executable, "-m", "spacy_xner"]


def xner(*args: str, work: Path) -> dict:
    """Run one command under /usr/bin/time -v; its peak RSS (MB), wall and CPU seconds."""
    res = subprocess.run(["/usr/bin/time", "-v", *XNER, *map(str, args)], cwd=work, capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(REPO), "TQDM_DISABLE": "1"})
    if res.returncode:
        sys.exit(f"xner {' '.join(map(str, args))} failed:\n{res.stderr[-3000:]}")
    field = lambda name: re.search(rf"{name}: (.+)", res.stderr).group(1)  # noqa: E731
    wall = [float(x) for x in field(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\)").split(":")]
    return {"rss_mb": round(int(field(r"Maximum resident set size \(kbytes\)")) / 1024),
            "wall_s": round(sum(x * 60 ** i for i, x in enumerate(reversed(wall))), 1),
            "cpu_s": round(float(field("User time \\(seconds\\)")) + float(field("System time \\(seconds\\)")), 1)}


def segments(path: Path) -> list[str]:
    """The sentence blocks of a two-column file, each with its trailing blank line."""
    return [block + "\n\n" for block in path.read_text(encoding="utf-8").strip("\n").split("\n\n")]


def replicate(blocks: list[str], n: int, path: Path) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            out.write(blocks[i % len(blocks)])


def base_links(work: Path) -> list[str]:
    """eflomal links of the 799 real pairs (one ``xner align`` run, cached in the work folder)."""
    pharaoh = work / "base.pharaoh"
    if not pharaoh.exists():
        for lang in ("en", "de"):
            xner("convert", EUROPARL / f"{lang}-europarl.test.conll02", f"base.{lang}.spacy", "--lang", lang, work=work)
        xner("pair", "base.en.spacy", "base.de.spacy", "base.pairs.spacy", work=work)
        xner("align", "base.pairs.spacy", "base.aligned.spacy", "--pharaoh", pharaoh, work=work)
    return pharaoh.read_text(encoding="utf-8").split("\n")[:-1]


def measured(n: int, name: str, args: list[str], work: Path) -> dict:
    row = {"pairs": n, "command": name, **xner(*args, work=work)}
    row["pairs_per_s"] = round(n / row["wall_s"])
    row["pairs_per_cpu_s"] = round(n / row["cpu_s"])
    print(json.dumps(row), flush=True)
    return row


def run_align(n: int, work: Path, chunk_size: Optional[int]) -> list[dict]:
    """``xner align`` on the base pairs replicated to ``n``; every pair accounted for."""
    sys.path.insert(0, str(REPO))
    from spacy_xner.corpora.docbin import read_docbin, write_docbin

    base = read_docbin(work / "base.pairs.spacy")
    write_docbin(work / f"pairs.align.{n}", (base[i % len(base)] for i in range(n)))
    bitext = f"{REPO}/assets/tatoeba/en-de.en:{REPO}/assets/tatoeba/en-de.de"
    args = ["align", f"pairs.align.{n}", f"aligned.{n}", "--bitext", bitext]
    args += ["--chunk-size", str(chunk_size)] if chunk_size else []
    row = measured(n, f"align (eflomal{f', chunks of {chunk_size}' if chunk_size else ''})", args, work)
    summary = json.loads((work / f"aligned.{n}.summary.json").read_text())
    assert summary["done"] + sum(summary["skipped"].values()) == summary["sentences_in"] == n
    for stem in (f"pairs.align.{n}", f"aligned.{n}"):
        subprocess.run(["rm", "-rf", str(work / stem)], check=True)
    return [row]


def run_ilp(work: Path) -> list[dict]:
    """Forced HiGHS on the default n-gram problems of the base pairs, with and without ``_undominated``."""
    import time

    sys.path.insert(0, str(REPO))
    from spacy_xner.alignment.pharaoh import iter_pharaoh
    from spacy_xner.corpora.docbin import iter_stored_pairs
    from spacy_xner.corpora.pairing import attach_alignments
    from spacy_xner.docs import get_alignment
    from spacy_xner.projection import solvers
    from spacy_xner.projection.scores import fuse
    from spacy_xner.pipeline.presets import build_projector

    matching = build_projector().projection
    problems = []
    pairs = attach_alignments(iter_stored_pairs(work / "base.pairs.spacy"), iter_pharaoh(work / "base.pharaoh"),
                              "base.pairs.spacy", "base.pharaoh")
    for source, translation in pairs:
        words, spans, target, links = source.words(), source.entities(), translation.words(), get_alignment(source)
        candidates = matching.candidates(words, spans, target, links) if spans else None
        scores = fuse(matching.scores, words, spans, target, candidates, links) if candidates else None
        if scores is not None and scores.max() > 0:  # else there is nothing to solve
            problems.append((scores, candidates))
    solver, pruning = solvers.ILPSolver(), solvers._undominated
    rows, matchings = [], {}
    for name, variables in (("all positive pairs", lambda scores, candidates: scores > 0), ("undominated", pruning)):
        solvers._undominated = variables
        start = time.process_time()
        matchings[name] = [solver._milp([(0, solver._block(*p))], found := [None]) and found[0] for p in problems]
        rows.append({"variables": name, "sentences": len(problems), "cpu_s": round(time.process_time() - start, 2),
                     "n_variables": sum(int(variables(*p).sum()) for p in problems)})
    solvers._undominated = pruning
    totals = [[sum(p[0][i, j] for i, j in m) for m, p in zip(found, problems)] for found in matchings.values()]
    rows.append({"matchings_differ": sum(sorted(a) != sorted(b) for a, b in zip(*matchings.values())),
                 "totals_differ": sum(bool(abs(a - b) > 1e-9) for a, b in zip(*totals))})
    for row in rows:
        print(json.dumps(row), flush=True)
    return rows


def run_size(n: int, work: Path, links: list[str]) -> list[dict]:
    rows = []
    for lang in ("en", "de"):
        replicate(segments(EUROPARL / f"{lang}-europarl.test.conll02"), n, work / f"{lang}.{n}.conll")
    (work / f"links.{n}.pharaoh").write_text("".join(links[i % len(links)] + "\n" for i in range(n)), encoding="utf-8")
    steps = [
        ("convert en", ["convert", f"en.{n}.conll", f"en.{n}", "--lang", "en"]),
        ("convert de", ["convert", f"de.{n}.conll", f"de.{n}", "--lang", "de"]),
        ("pair", ["pair", f"en.{n}", f"de.{n}", f"pairs.{n}"]),
        ("project heuristic", ["project", f"pairs.{n}", f"proj.h.{n}", "--method", "heuristic", "--pharaoh", f"links.{n}.pharaoh"]),
        ("project ngram+ILP (default)", ["project", f"pairs.{n}", f"proj.d.{n}", "--pharaoh", f"links.{n}.pharaoh"]),
    ]
    for name, args in steps:
        rows.append(measured(n, name, args, work))
    summary = json.loads((work / f"proj.d.{n}.summary.json").read_text())
    assert summary["done"] + sum(summary["skipped"].values()) == summary["sentences_in"] == n
    for stem in (f"en.{n}", f"de.{n}", f"pairs.{n}", f"proj.h.{n}", f"proj.d.{n}"):
        subprocess.run(["rm", "-rf", str(work / stem)], check=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", type=Path, default=Path("/tmp/xner_stream"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 200_000, 1_000_000])
    parser.add_argument("--steps", nargs="+", choices=["project", "align", "ilp"], default=["project", "align"])
    parser.add_argument("--chunk-size", type=int, help="xner align --chunk-size [default: its own]")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    links = base_links(args.work)
    print(json.dumps({"load_average": os.getloadavg(), "cpus": os.cpu_count()}), flush=True)
    rows = run_ilp(args.work) if "ilp" in args.steps else []
    for n in args.sizes:
        if "project" in args.steps:
            rows += run_size(n, args.work, links)
        if "align" in args.steps:
            rows += run_align(n, args.work, args.chunk_size)
    print(json.dumps({"load_average": os.getloadavg()}), flush=True)
    (args.work / "results.json").write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
