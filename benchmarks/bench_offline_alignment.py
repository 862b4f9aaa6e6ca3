"""Offline alignment ablation (issue 13): each eflomal improvement alone, Europarl-NER projection F1 + AER.

    python benchmarks/bench_offline_alignment.py run   --steps plain,forms,similar --runs 3   # eflomal runs (minutes each)
    python benchmarks/bench_offline_alignment.py table --votes 1,3                             # F1 / AER table from the runs
    python benchmarks/bench_offline_alignment.py speed                                         # default vs plain eflomal, en-de bitext

One eflomal run per (language, step, run) aligns, together: the 799 Europarl-NER segments, the
100-pair gold alignment set of that language (de-en bicici100, en-es Golden Collection) and the
en-de / en-es bitext of shared/data. Its directional links are stored, so every symmetrization,
projection method and vote over runs is scored from the same runs. eflomal samples randomly
(it seeds from /dev/urandom and has no seed option), so every number is a mean ± spread over runs.
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Optional

os.environ.setdefault("OMP_NUM_THREADS", "2")
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from bench_alignment import _bitext, gold_sets  # noqa: E402
from bench_projection import europarl, span_f1  # noqa: E402

LANGS = ("de", "es")
GOLD = {"de": "de-en bicici100", "es": "en-es Golden Collection"}

# ablation steps: name -> EflomalAligner settings (each measured alone on top of "plain")
STEPS = {
    "plain": {},
    "forms": {},  # our aligner with nothing else: folded word forms
    "similar": {"similar_words": {}},
    "similar+prefix6": {"similar_words": {}, "prefix_len": 6},
    "similar-1s": {"similar_words": {}, "n_samplers": 1},
    "similar+prefix6-1s": {"similar_words": {}, "prefix_len": 6, "n_samplers": 1},
}


def aligner(step: str):
    from spacy_xner.alignment.lexicon import SimilarWordPriors
    from spacy_xner.alignment.eflomal import EflomalAligner
    from spacy_xner.alignment.registry import EFLOMAL_MODEL

    # "plain": EflomalAligner.v1's settings, on top of which each step changes its own
    plain = dict(symmetrization="grow-diag-final-and", model=EFLOMAL_MODEL, n_samplers=3, rel_iterations=1.0,
                 null_prior=0.2, bitext=(), prefix_len=0, runs=1, vote_threshold=0.5)
    settings = dict(STEPS[step])
    similar = settings.pop("similar_words", None)
    return EflomalAligner(similar_words=SimilarWordPriors(**similar) if similar is not None else None,
                          **{**plain, **settings})


def data(lang: str, work: Path):
    """(europarl pairs, gold pairs, gold links, bitext), the tokenized bitext cached in ``work``."""
    cached = work / f"bitext.{lang}.pickle"
    if not cached.is_file():
        cached.write_bytes(pickle.dumps(_bitext(lang)))
    bitext = pickle.loads(cached.read_bytes())
    en, xx = europarl("en"), europarl(lang)
    _, gold_pairs, gold, _ = next(s for s in gold_sets() if s[0].startswith(GOLD[lang]))
    return [(e[0], x[0]) for e, x in zip(en, xx)], gold_pairs, gold, bitext


def cmd_run(work: Path, steps: list[str], runs: int, langs: list[str], bitext_size: Optional[int] = None) -> None:
    """Store each run's directional links of the Europarl + gold pairs; ``bitext_size`` aligns them with
    that many bitext pairs drawn at random (seed 0) instead of all, into ``{lang}.{step}@{size}.{run}``."""
    work.mkdir(parents=True, exist_ok=True)
    for lang in langs:
        euro, gold_pairs, _, bitext = data(lang, work)
        if bitext_size is not None:
            bitext = random.Random(0).sample(bitext, min(bitext_size, len(bitext)))
        corpus = euro + gold_pairs + bitext
        for step in steps:
            step_name = step if bitext_size is None else f"{step}@{bitext_size}"
            for run in range(runs):
                out = work / f"{lang}.{step_name}.{run}.pickle"
                if out.is_file():
                    continue
                part = aligner(step)
                t = time.perf_counter()
                priors = part._priors(corpus) if step != "plain" else None
                if step == "plain":  # eflomal as the authors run it: raw tokens, no priors
                    fwd, rev = _plain(corpus)
                else:
                    fwd, rev = part.align_directional(corpus, priors)
                secs = time.perf_counter() - t
                n = len(euro) + len(gold_pairs)
                out.write_bytes(pickle.dumps({"fwd": fwd[:n], "rev": rev[:n], "seconds": secs, "pairs": len(corpus)}))
                print(f"{lang} {step_name} run {run}: {len(corpus)} pairs in {secs:.1f}s", flush=True)


def _plain(corpus):
    """eflomal's own Python API on the whitespace-joined tokens (what bench_projection did before)."""
    import tempfile

    import eflomal

    from spacy_xner.alignment.pharaoh import read_pharaoh

    with tempfile.TemporaryDirectory() as tmp:
        fwd, rev = Path(tmp) / "fwd", Path(tmp) / "rev"
        eflomal.Aligner().align([" ".join(w.replace(" ", "_") or "_" for w in s) for s, _ in corpus],
                                [" ".join(w.replace(" ", "_") or "_" for w in t) for _, t in corpus],
                                links_filename_fwd=str(fwd), links_filename_rev=str(rev), quiet=True)
        return read_pharaoh(fwd), read_pharaoh(rev)


def methods():
    from spacy_xner.projection import AlignmentScore, CandidateMatching, HeuristicProjection, ILPSolver, StringSimilarityScore
    from spacy_xner.projection.registry import ngram_candidates  # v1: a fixed cap of 10 words

    from spacy_xner.pipeline.presets import build_projector

    yield "heuristic", HeuristicProjection()
    yield "ngram", CandidateMatching(ngram_candidates(), [AlignmentScore()], ILPSolver())
    yield "ngram+string", CandidateMatching(ngram_candidates(), [AlignmentScore(), StringSimilarityScore()], ILPSolver())
    yield "default", build_projector(None, None, None).projection  # what `xner project` does with no flags


def project_corpus(projector, en, xx, alignments) -> list[list[tuple[int, int, str]]]:
    """(start, end, label) of every span ``projector`` places on each target segment (none when skipped)."""
    from spacy_xner.projection import SentenceSkipped, project_sentence

    pred = []
    for (src_w, src_s), (tgt_w, _), links in zip(en, xx, alignments):
        try:
            result = project_sentence(projector, src_w, src_s, tgt_w, links)
            pred.append([(p.span.start, p.span.end, p.span.label) for p in result.projected])
        except SentenceSkipped:
            pred.append([])
    return pred


def evaluate(lang: str, alignments, gold_links, work: Path) -> dict:
    from spacy_xner.alignment.gold import score

    en, xx = europarl("en"), europarl(lang)
    n = len(en)
    row = {"aer": score(alignments[n:], gold_links).aer}
    gold = [[(s.start, s.end, s.label) for s in spans] for _, spans in xx]
    for name, projector in methods():
        row[name] = span_f1(gold, project_corpus(projector, en, xx, alignments[:n]))["f1"]
    return row


def ballots(run: dict, sym: str) -> list:
    """A run's ballots: its forward and reverse links for "vote", else its symmetrized links."""
    from spacy_xner.alignment.links import symmetrize

    return [run["fwd"], run["rev"]] if sym == "vote" else [[symmetrize(f, r, sym) for f, r in zip(run["fwd"], run["rev"])]]


def tally(group: list) -> list:
    """One alignment per pair from a group of ballots: the links at least half of them found."""
    from spacy_xner.alignment.links import vote

    return group[0] if len(group) == 1 else [vote(found) for found in zip(*group)]


def cmd_table(work: Path, symmetrizations: list[str], vote_sizes: list[int], langs: list[str]) -> None:
    rows = []
    for lang in langs:
        _, _, gold_links, _ = data(lang, work)
        for step in STEPS:
            files = sorted(work.glob(f"{lang}.{step}.*.pickle"))
            if not files:
                continue
            loaded = [pickle.loads(f.read_bytes()) for f in files]
            for sym in symmetrizations:
                cast = [ballots(d, sym) for d in loaded]
                for size in vote_sizes:
                    groups = [sum(cast[k : k + size], []) for k in range(0, len(cast) - size + 1, size)]
                    if not groups:
                        continue
                    results = [evaluate(lang, tally(group), gold_links, work) for group in groups]
                    row = {"lang": lang, "step": step, "sym": sym, "vote": size, "n": len(groups),
                           "seconds": statistics.mean(d["seconds"] for d in loaded)}
                    for key in results[0]:
                        values = [r[key] for r in results]
                        row[key] = statistics.mean(values)
                        row[key + "_spread"] = max(values) - min(values)
                    rows.append(row)
                    print(json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in row.items()}), flush=True)
    (work / "table.json").write_text(json.dumps(rows, indent=1))
    print("\n| lang | step | sym | vote | n | AER | heuristic | ngram ILP | ngram+string ILP | default projection | eflomal s |")
    print("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        cell = lambda k: f"{100 * r[k]:.1f} ± {100 * r[k + '_spread'] / 2:.1f}"  # noqa: E731
        print(f"| {r['lang']} | {r['step']} | {r['sym']} | {r['vote']} | {r['n']} | {r['aer']:.3f} | {cell('heuristic')} | "
              f"{cell('ngram')} | {cell('ngram+string')} | {cell('default')} | {r['seconds']:.0f} |")


def cmd_speed(work: Path) -> None:
    """Seconds for plain eflomal and for the default aligner (``xner align`` with no flags) on the en-de bitext."""
    from spacy_xner.alignment.registry import eflomal_aligner_v2

    work.mkdir(parents=True, exist_ok=True)
    *_, bitext = data("de", work)
    t = time.perf_counter()
    _plain(bitext)
    plain = time.perf_counter() - t
    t = time.perf_counter()
    eflomal_aligner_v2()(bitext)
    default = time.perf_counter() - t
    print(json.dumps({"pairs": len(bitext), "plain_s": round(plain, 1), "default_s": round(default, 1),
                      "ratio": round(default / plain, 2)}), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("run", "table", "speed"))
    parser.add_argument("--work", type=Path, default=Path("/tmp/xner_offline"))
    parser.add_argument("--steps", default=",".join(STEPS))
    parser.add_argument("--langs", default=",".join(LANGS))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--symmetrizations", default="vote,grow-diag-final-and,intersection")
    parser.add_argument("--votes", default="1", help="comma list of vote sizes (disjoint groups of runs)")
    args = parser.parse_args()
    if args.command == "run":
        cmd_run(args.work, args.steps.split(","), args.runs, args.langs.split(","))
    elif args.command == "speed":
        cmd_speed(args.work)
    else:
        cmd_table(args.work, args.symmetrizations.split(","), [int(v) for v in args.votes.split(",")], args.langs.split(","))


if __name__ == "__main__":
    main()
