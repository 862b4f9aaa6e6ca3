"""Alignment at scale (issue 31): quality of the 799 Europarl-NER pairs aligned inside a large real corpus,
and the time of ``xner align`` against the chunked way and against one plain eflomal run.

    python benchmarks/bench_align_scale.py quality --langs de,es     # xner align (no flags) → default projection F1
    python benchmarks/bench_align_scale.py speed --sizes 200000      # the default vs --chunk-size 16000, one run each
    python benchmarks/bench_align_scale.py floor --pairs 40000       # the default vs one plain eflomal run
    python benchmarks/bench_align_scale.py votes --langs de --runs 6 # eflomal runs over the corpus, regrouped into votes

The real corpus of a language: the 799 Europarl-NER segments first, then the en-X WMT newstest + Tatoeba
bitext of shared/data (tokenized by spaCy), then the DeepL and m2m100 translations of CoNLL-2003 train paired
with their English sentences (en-de: 80,518 pairs). ``quality`` aligns the first two parts ("alone": what the
Europarl defaults were measured on) and all three ("inside"), each with ``xner align`` and no flags, projects the
799 with the default projector and scores them against the Europarl gold. ``speed`` replicates the en-de corpus
(whole copies, then a part of one) to each size and runs ``xner align`` on it twice under ``/usr/bin/time -v``: with
no flags, and with ``--chunk-size 16000 --aligner.n_samplers 3`` (the default before issue 31: priors learned on
everything, then each 16,000-pair chunk aligned alone in 3 voted runs of 3 samplers). ``floor`` runs eflomal's own Python API with its defaults over
the first N bitext pairs (whitespace-joined tokens) and ``xner align`` with no flags over the same pairs.
``votes`` runs the default aligner's eflomal (its settings, its input files; ``--samplers`` and ``--rel-iterations``
set eflomal's ``-n`` and iteration scale) R times over the corpus ("alone" and "inside", with the 100 gold-alignment
pairs of ``bench_offline_alignment.py`` after the 799) from Python, keeps each run's directional links of the 799,
and scores votes of ``--votes`` runs each (disjoint groups of the runs kept).
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import sys
import time
from itertools import chain, islice
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from bench_alignment import _bitext  # noqa: E402
from bench_offline_alignment import data, project_corpus  # noqa: E402
from bench_projection import DATA, europarl, span_f1  # noqa: E402
from bench_streaming import xner  # noqa: E402

CONLL = DATA / "conll2003" / "iob2" / "en.conll.train.tsv"
TRANSLATIONS = DATA / "translations" / "conll2003-train"
SYSTEMS = ("deepl", "m2m100")


def conll_sentences() -> list[list[str]]:
    """The English CoNLL-2003 train sentences by id (``-DOCSTART-`` blocks left out, as the translations count)."""
    sentences, words = [], []
    for line in chain(CONLL.read_text(encoding="utf-8").split("\n"), [""]):
        if line.strip():
            words.append(line.rsplit(None, 1)[0])
            continue
        if words and words != ["-DOCSTART-"]:
            sentences.append(words)
        words = []
    return sentences


def translated_conll(lang: str) -> list[tuple[list[str], list[str]]]:
    english = conll_sentences()
    pairs = []
    for system in SYSTEMS:
        with gzip.open(TRANSLATIONS / f"{lang}.{system}.jsonl.gz", "rt", encoding="utf-8") as lines:
            pairs += [(english[row["id"]], row["tgt_tokens"]) for row in map(json.loads, lines)]
    return pairs


def corpus(lang: str, inside: bool) -> tuple[list, list]:
    """(Europarl (words, spans) pairs, every other pair's words): the corpus in its order."""
    euro = list(zip(europarl("en"), europarl(lang)))
    return euro, _bitext(lang) + (translated_conll(lang) if inside else [])


def write_pairs(path: Path, lang: str, euro: list, others, n_docs: int | None = None) -> int:
    """The Europarl pairs (with their English entities), then ``others``, as a directory corpus of pairs."""
    import spacy
    from spacy.tokens import Doc, Span

    from spacy_xner.corpora.docbin import write_docbin
    from spacy_xner.docs import set_id

    src_vocab, tgt_vocab = spacy.blank("en").vocab, spacy.blank(lang).vocab

    def docs():
        stream = chain((((en_words, spans), xx_words) for (en_words, spans), (xx_words, _) in euro),
                       (((src, []), tgt) for src, tgt in others))
        for k, ((src, spans), tgt) in enumerate(islice(stream, n_docs)):
            doc = Doc(src_vocab, words=src)
            doc.ents = [Span(doc, s.start, s.end, s.label) for s in spans]
            set_id(doc, f"en:{k}")
            doc._.xner_translation = Doc(tgt_vocab, words=tgt)
            yield doc

    return write_docbin(path, docs())


def europarl_f1(aligned: Path, lang: str) -> float:
    """Default projection F1 ×100 of the first 799 aligned pairs against the Europarl gold."""
    from spacy_xner.corpora.docbin import iter_docs
    from spacy_xner.docs import get_alignment
    en, xx = europarl("en"), europarl(lang)
    links = [get_alignment(doc) or [] for doc in islice(iter_docs(aligned), len(en))]
    gold = [[(s.start, s.end, s.label) for s in spans] for _, spans in xx]
    return 100 * span_f1(gold, project_corpus(build_default(), en, xx, links))["f1"]


def cmd_quality(work: Path, langs: list[str]) -> None:
    for lang in langs:
        for inside in (False, True):
            name = f"{lang}.{'inside' if inside else 'alone'}"
            euro, others = corpus(lang, inside)
            n = write_pairs(work / f"pairs.{name}", lang, euro, others)
            row = {"lang": lang, "corpus": "inside" if inside else "alone", "pairs": n,
                   **xner("align", f"pairs.{name}", f"aligned.{name}", work=work)}
            row["europarl_f1"] = round(europarl_f1(work / f"aligned.{name}", lang), 1)
            print(json.dumps(row), flush=True)


def cmd_speed(work: Path, sizes: list[int], old: bool) -> None:
    euro, others = corpus("de", inside=True)
    real = len(euro) + len(others)
    for n in sizes:
        copies = chain.from_iterable([others] * (n // real + 1))
        write_pairs(work / f"pairs.{n}", "de", euro, copies, n)
        before = ["--chunk-size", "16000", "--aligner.n_samplers", "3"]  # the default before issue 31
        runs = [("default", [])] + ([(" ".join(before), before)] if old else [])
        for name, flags in runs:
            row = {"pairs": n, "real_pairs": min(n, real), "align": name,
                   **xner("align", f"pairs.{n}", f"aligned.{n}", *flags, work=work)}
            row.update(pairs_per_s=round(n / row["wall_s"]), pairs_per_cpu_s=round(n / row["cpu_s"]))
            row["europarl_f1"] = round(europarl_f1(work / f"aligned.{n}", "de"), 1)
            print(json.dumps(row), flush=True)
            os.system(f"rm -rf {work / f'aligned.{n}'}")


def cmd_floor(work: Path, n: int) -> None:
    import eflomal

    pairs = _bitext("de")[:n]
    write_pairs(work / f"pairs.floor.{n}", "de", [], pairs)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start, cpu = time.perf_counter(), time.process_time()
    eflomal.Aligner().align([" ".join(w.replace(" ", "_") or "_" for w in s) for s, _ in pairs],
                            [" ".join(w.replace(" ", "_") or "_" for w in t) for _, t in pairs],
                            links_filename_fwd=str(work / "floor.fwd"), links_filename_rev=str(work / "floor.rev"),
                            quiet=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    plain = {"wall_s": round(time.perf_counter() - start, 1),
             "cpu_s": round(time.process_time() - cpu + after.ru_utime + after.ru_stime
                            - before.ru_utime - before.ru_stime, 1)}
    default = xner("align", f"pairs.floor.{n}", f"aligned.floor.{n}", work=work)
    print(json.dumps({"pairs": n, "plain_eflomal": plain, "xner_align": default,
                      "cpu_ratio": round(default["cpu_s"] / plain["cpu_s"], 2),
                      "wall_ratio": round(default["wall_s"] / plain["wall_s"], 2)}), flush=True)


def cmd_votes(work: Path, langs: list[str], runs: int, samplers: int, rel_iterations: float, sizes: list[int],
              corpora: list[str]) -> None:
    import pickle

    from spacy_xner.alignment.registry import eflomal_aligner_v2
    from spacy_xner.alignment.pharaoh import format_line

    en = europarl("en")
    for lang in langs:
        xx = europarl(lang)
        gold = [[(s.start, s.end, s.label) for s in spans] for _, spans in xx]
        for inside in [name == "inside" for name in corpora]:
            euro, others = corpus(lang, inside)
            _, gold_pairs, _, _ = data(lang, work)  # the 100 gold-alignment pairs of bench_offline_alignment, as there
            pairs = [(e[0], x[0]) for e, x in euro] + gold_pairs + others
            name = f"{lang}.{'inside' if inside else 'alone'}"
            setting = "" if (samplers, rel_iterations) == (3, 1.0) else f".n{samplers}.i{rel_iterations:g}"  # "": runs of 3 samplers
            cpu = []
            for run in range(runs):
                kept = work / f"votes.{name}{setting}.{run}.pickle"
                if not kept.is_file():
                    aligner = eflomal_aligner_v2(n_samplers=samplers, rel_iterations=rel_iterations)
                    priors = aligner._priors(pairs)
                    before = resource.getrusage(resource.RUSAGE_CHILDREN)
                    fwd, rev = aligner.align_directional(pairs, priors)
                    after = resource.getrusage(resource.RUSAGE_CHILDREN)
                    cpu.append(round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 1))
                    kept.write_bytes(pickle.dumps([(format_line(f), format_line(r)) for f, r in zip(fwd, rev)][:len(en)]))
            found = [pickle.loads((work / f"votes.{name}{setting}.{run}.pickle").read_bytes()) for run in range(runs)]
            aligner = eflomal_aligner_v2()
            for size in sizes:
                f1 = []
                for first in range(0, runs - size + 1, size):
                    links = [aligner._decide(per_run) for per_run in zip(*found[first:first + size])]
                    f1.append(round(100 * span_f1(gold, project_corpus(build_default(), en, xx, links))["f1"], 1))
                print(json.dumps({"lang": lang, "corpus": name.split(".")[1], "pairs": len(pairs), "runs_voted": size,
                                  "n_samplers": samplers, "rel_iterations": rel_iterations,
                                  "eflomal_cpu_s_per_run": cpu, "europarl_f1": f1}), flush=True)


def build_default():
    from spacy_xner.pipeline.presets import build_projector

    return build_projector().projection


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("quality", "speed", "floor", "votes"))
    parser.add_argument("--work", type=Path, default=Path("/tmp/xner_align_scale"))
    parser.add_argument("--langs", default="de,es")
    parser.add_argument("--sizes", type=int, nargs="+", default=[200_000])
    parser.add_argument("--no-old", dest="old", action="store_false", help="speed: the default only")
    parser.add_argument("--pairs", type=int, default=40_000)
    parser.add_argument("--runs", type=int, default=6, help="votes: eflomal runs per corpus")
    parser.add_argument("--samplers", type=int, default=2, help="votes: eflomal's samplers per run (its -n; the default aligner: 2)")
    parser.add_argument("--votes", default="1,2,3", help="votes: the numbers of runs voted together")
    parser.add_argument("--corpora", default="alone,inside", help="votes: alone and/or inside")
    parser.add_argument("--rel-iterations", type=float, default=1.0, help="votes: eflomal's iterations, relative")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("OMP_NUM_THREADS", "2")
    if args.command == "quality":
        cmd_quality(args.work, args.langs.split(","))
    elif args.command == "speed":
        cmd_speed(args.work, args.sizes, args.old)
    elif args.command == "floor":
        cmd_floor(args.work, args.pairs)
    else:
        cmd_votes(args.work, args.langs.split(","), args.runs, args.samplers, args.rel_iterations,
                  [int(v) for v in args.votes.split(",")], args.corpora.split(","))


if __name__ == "__main__":
    main()
