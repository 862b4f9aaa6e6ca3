"""Projection benchmark: intrinsic F1 on Europarl-NER en→de/es, and speed (Europarl, 100k synthetic, scaling).

    python benchmarks/bench_projection.py align  --work /tmp/xner_bench   # eflomal → Pharaoh files (minutes)
    python benchmarks/bench_projection.py f1     --work /tmp/xner_bench   # F1 per method × solver (× string score)
    python benchmarks/bench_projection.py speed  --work /tmp/xner_bench   # sentences/s, one core

Europarl-NER: gold English entities, gold de/es translations with their own gold entities, so
projection F1 measures projection + alignment alone. Alignments come from eflomal (no pretrained
model), trained on the 799 segments plus the en-de/en-es bitext in shared/data.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

REPO = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("XNER_SHARED_DATA", REPO.parent / "shared" / "data"))
EUROPARL = DATA / "europarl-ner"
BITEXT = DATA / "parallel-en-de-es-it"
LANGS = ("de", "es")
SYMMETRIZATIONS = ("grow-diag-final-and", "intersection", "forward")


# --- data -------------------------------------------------------------------------------------
def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    """Token/tag segments of a europarl-ner file (benchmark-only reader)."""
    sents, words, tags = [], [], []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            if words:
                sents.append((words, tags))
                words, tags = [], []
            continue
        token, tag = line.rsplit("\t", 1)
        words.append(token)
        tags.append(tag)
    if words:
        sents.append((words, tags))
    return sents


def europarl(lang: str):
    from spacy_xner.corpora.tags import tags_to_spans

    return [(w, tags_to_spans(t, "iob2")[0]) for w, t in read_conll(EUROPARL / f"{lang}-europarl.test.conll02")]


def bitext(lang: str) -> tuple[list[str], list[str]]:
    """en-<lang> bitext lines (WMT newstest + Tatoeba), untokenized."""
    code = {"de": "deu", "es": "spa"}[lang]
    en, xx = [], []
    for src, tgt in [(p, p.with_name(p.name[: -len(".en.gz")] + f".{lang}.gz")) for p in sorted((BITEXT / "wmt-newstest" / f"en-{lang}").glob("*.en.gz"))]:
        en += _lines(src)
        xx += _lines(tgt)
    tat = BITEXT / "tatoeba-test-v2021-08-07"
    pair = "deu-eng" if lang == "de" else f"eng-{code}"
    en += _lines(tat / f"{pair}.eng.gz")
    xx += _lines(tat / f"{pair}.{code}.gz")
    assert len(en) == len(xx), (lang, len(en), len(xx))
    return en, xx


def _lines(path: Path) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    return lines[:-1] if lines and lines[-1] == "" else lines


# --- align ------------------------------------------------------------------------------------
def cmd_align(work: Path) -> None:
    import eflomal
    import spacy

    from spacy_xner.alignment.links import symmetrize
    from spacy_xner.alignment.pharaoh import read_pharaoh, write_pharaoh

    work.mkdir(parents=True, exist_ok=True)
    en = europarl("en")
    tok_en = spacy.blank("en").tokenizer
    for lang in LANGS:
        xx = europarl(lang)
        tok_xx = spacy.blank(lang).tokenizer
        b_en, b_xx = bitext(lang)
        t0 = time.perf_counter()
        src = [" ".join(w) for w, _ in en] + [" ".join(t.text for t in tok_en(s)) for s in b_en]
        tgt = [" ".join(w) for w, _ in xx] + [" ".join(t.text for t in tok_xx(s)) for s in b_xx]
        fwd, rev = work / f"en-{lang}.fwd", work / f"en-{lang}.rev"
        t1 = time.perf_counter()
        eflomal.Aligner().align(src, tgt, links_filename_fwd=str(fwd), links_filename_rev=str(rev), quiet=True)
        t2 = time.perf_counter()
        f, r = read_pharaoh(fwd)[: len(en)], read_pharaoh(rev)[: len(en)]
        for method in SYMMETRIZATIONS:
            write_pharaoh(work / f"europarl.en-{lang}.{method}.pharaoh", (symmetrize(a, b, method) for a, b in zip(f, r)))
        print(f"en-{lang}: {len(src)} pairs, tokenize {t1 - t0:.1f}s, eflomal {t2 - t1:.1f}s", flush=True)


# --- F1 ---------------------------------------------------------------------------------------
# string-similarity score fused with the alignment score: None (off) or (weight, threshold[, affixes])
STRING_SETTINGS = (None, (0.5, 0.5), (0.5, 0.8), (0.25, 0.8), (0.5, 0.8, True))


def projectors(string_score=None):
    from spacy_xner.projection import (AlignedRangeCandidates, AlignmentScore, CandidateMatching, GreedySolver,
                                       HeuristicProjection, ILPSolver, StringSimilarityScore)
    from spacy_xner.projection.registry import ngram_candidates_v2

    def scores():
        return [AlignmentScore()] + ([StringSimilarityScore(*string_score)] if string_score else [])

    if string_score is None:
        yield "heuristic", "-", HeuristicProjection()
    for solver_name, solver in (("greedy", GreedySolver()), ("ilp", ILPSolver())):
        yield "ngram", solver_name, CandidateMatching(ngram_candidates_v2(), scores(), solver)  # as xner project
        if string_score is None:  # aligned-range candidates are only lossless for the alignment score alone
            yield "aligned", solver_name, CandidateMatching(AlignedRangeCandidates(), scores(), solver)


def span_f1(gold: list[list], pred: list[list]) -> dict:
    """Micro P/R/F1 over exact (start, end, label) matches, i.e. seqeval's entity-level scoring."""
    tp = sum(len(set(g) & set(p)) for g, p in zip(gold, pred))
    n_gold, n_pred = sum(map(len, gold)), sum(map(len, pred))
    prec = tp / n_pred if n_pred else 0.0
    rec = tp / n_gold if n_gold else 0.0
    return {"p": prec, "r": rec, "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0}


def cmd_f1(work: Path, symmetrization: str) -> None:
    from spacy_xner.alignment.pharaoh import read_pharaoh
    from spacy_xner.projection import SentenceSkipped, project_sentence

    en = europarl("en")
    rows = []
    for lang in LANGS:
        xx = europarl(lang)
        alignments = read_pharaoh(work / f"europarl.en-{lang}.{symmetrization}.pharaoh")
        gold = [[(s.start, s.end, s.label) for s in spans] for _, spans in xx]
        for string_score in STRING_SETTINGS:
            for method, solver, projector in projectors(string_score):
                pred, skipped = [], 0
                t0 = time.process_time()
                for (src_w, src_s), (tgt_w, _), links in zip(en, xx, alignments):
                    try:
                        result = project_sentence(projector, src_w, src_s, tgt_w, links)
                    except SentenceSkipped:
                        skipped += 1
                        pred.append([])
                        continue
                    pred.append([(p.span.start, p.span.end, p.span.label) for p in result.projected])
                elapsed = time.process_time() - t0
                rows.append({"lang": lang, "method": method, "solver": solver, "string_score": string_score,
                             **span_f1(gold, pred), "skipped": skipped, "sents_per_s": len(en) / elapsed})
                r = rows[-1]
                print(f"{lang} {method:9s} {solver:6s} str={string_score!s:11s} P={r['p']:.3f} R={r['r']:.3f} "
                      f"F1={r['f1']:.3f} ({r['sents_per_s']:.0f} sent/s)", flush=True)
    (work / f"f1.{symmetrization}.json").write_text(json.dumps(rows, indent=1))


# --- speed ------------------------------------------------------------------------------------
def synthetic(n: int, n_words: int, seed: int = 0):
    """Sentence pairs shaped like Europarl: ~1 entity per 25 words, near-diagonal noisy links."""
    from spacy_xner.ty import Link, WordSpan

    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(500)] + ["!", "?"]
    out = []
    for _ in range(n):
        src = [rng.choice(vocab) for _ in range(n_words)]
        tgt_len = max(1, n_words + rng.randint(-n_words // 10, n_words // 10))
        tgt = [rng.choice(vocab) for _ in range(tgt_len)]
        spans, pos = [], rng.randint(0, 5)
        while pos < n_words - 1:
            length = rng.choice((1, 1, 2, 2, 3))
            if pos + length > n_words:
                break
            spans.append(WordSpan(pos, pos + length, rng.choice(("PER", "ORG", "LOC", "MISC"))))
            pos += length + rng.randint(5, 40)
        links = []
        for i in range(n_words):
            if rng.random() < 0.9:
                j = min(tgt_len - 1, max(0, round(i * tgt_len / n_words) + rng.choice((-1, 0, 0, 0, 1))))
                links.append(Link(i, j))
            if rng.random() < 0.05:
                links.append(Link(i, rng.randrange(tgt_len)))
        out.append((src, spans, tgt, links))
    return out


def rate(projector, pairs) -> float:
    """Sentences per CPU second of this process (the machine is shared, so wall time would measure the neighbours)."""
    from spacy_xner.projection import project_sentence

    t0 = time.process_time()
    for src, spans, tgt, links in pairs:
        project_sentence(projector, src, spans, tgt, links)
    return len(pairs) / (time.process_time() - t0)


def cmd_speed(work: Path, n: int) -> None:
    rows = []
    en = europarl("en")
    from spacy_xner.alignment.pharaoh import read_pharaoh

    real = []
    path = work / "europarl.en-de.grow-diag-final-and.pharaoh"
    if path.is_file():
        de = europarl("de")
        real = [(s_w, s_s, t_w, links) for (s_w, s_s), (t_w, _), links in zip(en, de, read_pharaoh(path))]
    corpora = [("europarl en-de (799)", real)] if real else []
    corpora.append((f"synthetic {n} x 25 words", synthetic(n, 25)))
    for name, pairs in corpora:
        for method, solver, projector in projectors():
            r = rate(projector, pairs)
            rows.append({"corpus": name, "method": method, "solver": solver, "sents_per_s": r})
            print(f"{name:28s} {method:9s} {solver:6s} {r:9.0f} sent/s", flush=True)
    for n_words in (10, 50, 200):
        pairs = synthetic(max(200, n // 100), n_words, seed=n_words)
        for method, solver, projector in projectors():
            r = rate(projector, pairs)
            rows.append({"corpus": f"scaling {n_words} words", "method": method, "solver": solver, "sents_per_s": r})
            print(f"scaling {n_words:3d} words            {method:9s} {solver:6s} {r:9.0f} sent/s  "
                  f"({r * n_words:.0f} words/s)", flush=True)
    (work / "speed.json").write_text(json.dumps(rows, indent=1))


def main() -> None:
    import scipy.optimize  # noqa: F401  (imported lazily by the ILP solver: keep its import out of the timings)

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("align", "f1", "speed"))
    parser.add_argument("--work", type=Path, default=Path("/tmp/xner_bench"))
    parser.add_argument("--symmetrization", default="grow-diag-final-and", choices=SYMMETRIZATIONS)
    parser.add_argument("-n", type=int, default=100_000, help="synthetic sentences for the speed run")
    args = parser.parse_args()
    if args.command == "align":
        cmd_align(args.work)
    elif args.command == "f1":
        cmd_f1(args.work, args.symmetrization)
    else:
        cmd_speed(args.work, args.n)


if __name__ == "__main__":
    sys.exit(main())
