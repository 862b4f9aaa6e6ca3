"""How alignment precision turns into F1 loss (issue 18): the default alignment degraded on purpose, plus
the natural variation of settings, each point scored by entity-link P/R and projection F1 per method.

    python benchmarks/bench_alignment_degradation.py align     # eflomal runs into --work (corpus/study), cached
    python benchmarks/bench_alignment_degradation.py measure   # --points (metrics/study/points.json); --ner-steps 600: + NER F1
    python benchmarks/bench_alignment_degradation.py report    # table (reports/alignment-degradation.md) + --plot

Base: the default ``xner align`` (eflomal + string-similarity priors + 6-letter prefixes, 3 voted runs)
over Europarl-NER + the gold-alignment set + the en-de / en-es bitext, as bench_offline_alignment runs it
(its stored runs are reused). Controlled points degrade the base with a seeded RNG: links added at
random, one word off a true link ("neighbour"), or onto the corpus's most frequent target words
(lower precision); links removed (lower recall); links moved one word off (both). Natural points:
symmetrizations, one run vs three, plain eflomal, smaller bitexts. Every point: entity-link P/R
(``spacy_xner.evaluation.entity_links``), AER on the gold set, projection F1 of each method; with
``--ner-steps N``, for a few points, the F1 of a CPU NER trained on projected segments 0-599 and tested on
gold 600-798 (as the embedded default project does).
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Optional

os.environ.setdefault("OMP_NUM_THREADS", "2")
BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))

from bench_offline_alignment import ballots, cmd_run, data, project_corpus, tally  # noqa: E402
from bench_projection import europarl, span_f1  # noqa: E402

LANGS = ("de", "es")
DEFAULT = "similar+prefix6"  # the bench_offline_alignment step that is `xner align` with no flags
RUNS = 3
BITEXT_SIZES = (0, 2000, 10000)
ADD_RATES = (0.1, 0.25, 0.5, 1.0)  # links added per link of the base
REMOVE_RATES = (0.1, 0.25, 0.5, 0.75)  # share of the base links removed
MOVE_RATES = (0.1, 0.25, 0.5)  # share of the base links moved one word off
FREQUENT = 20  # "frequent words": the most frequent target words of the aligned corpus
SEED = 0
# the points a NER is trained on with --ner-steps: (family, rate)
NER_POINTS = (("base", 0.0), ("add-random", 1.0), ("add-frequent", 1.0), ("remove", 0.5))
NER_METHOD = "ngram ilp + string"  # what `xner project` does with no flags
TRAIN_END, DEV_END = 540, 600


# --- align ----------------------------------------------------------------------------------------
def cmd_align(work: Path, langs: list[str]) -> None:
    cmd_run(work, [DEFAULT], RUNS, langs)
    cmd_run(work, ["plain"], 1, langs)
    for size in BITEXT_SIZES:
        cmd_run(work, [DEFAULT], RUNS, langs, bitext_size=size)


def load_runs(work: Path, lang: str, step: str) -> list[dict]:
    files = sorted(work.glob(f"{lang}.{step}.*.pickle"))
    if not files:
        sys.exit(f"no eflomal runs {work}/{lang}.{step}.*.pickle: run `align` first")
    return [pickle.loads(f.read_bytes()) for f in files]


def natural(work: Path, lang: str):
    """(setting, alignments of the Europarl + gold pairs) for each natural variation; the first is the base."""
    runs = load_runs(work, lang, DEFAULT)
    yield "default: vote of 3 runs", tally(sum((ballots(r, "vote") for r in runs), []))
    for sym in ("grow-diag-final-and", "intersection"):
        yield f"3 runs, {sym} voted", tally(sum((ballots(r, sym) for r in runs), []))
    for sym in ("union", "grow-diag-final-and", "intersection", "forward", "reverse"):
        yield f"1 run, {sym}", tally(ballots(runs[0], sym))
    plain = load_runs(work, lang, "plain")[0]
    for sym in ("grow-diag-final-and", "intersection"):
        yield f"plain eflomal, {sym}", tally(ballots(plain, sym))
    for size in BITEXT_SIZES:
        yield f"default, {size} bitext pairs", tally(sum((ballots(r, "vote") for r in load_runs(work, lang, f"{DEFAULT}@{size}")), []))


# --- degradations ---------------------------------------------------------------------------------
_AXIS = ((0, 1), (0, -1), (1, 0), (-1, 0))


def _count(expected: float, rng) -> int:
    """``expected`` rounded up or down at random, so that the mean is exact."""
    whole = int(expected)
    return whole + int(rng.random() < expected - whole)


def _neighbour(link, n_src: int, n_tgt: int, rng):
    di, dj = _AXIS[rng.integers(len(_AXIS))]
    i, j = link.src + di, link.tgt + dj
    return (i, j) if 0 <= i < n_src and 0 <= j < n_tgt else None


def add_links(alignments, pairs, rate: float, kind: str, rng, frequent: set[str]) -> list:
    """Each pair gets ``rate`` × its number of links new links (score 1, like a plain aligner's) of ``kind``."""
    from spacy_xner.ty import Link

    out = []
    for links, (src, tgt) in zip(alignments, pairs):
        have = {(l.src, l.tgt) for l in links}
        wanted = _count(rate * len(links), rng)
        targets = [j for j, w in enumerate(tgt) if w.lower() in frequent]
        new = []
        for _ in range(20 * wanted):  # attempts: a proposal may exist already or fall off the sentence
            if len(new) == wanted:
                break
            if kind == "random":
                cand = (int(rng.integers(len(src))), int(rng.integers(len(tgt))))
            elif kind == "neighbour":
                cand = _neighbour(links[rng.integers(len(links))], len(src), len(tgt), rng)
            elif targets:  # frequent
                cand = (int(rng.integers(len(src))), targets[rng.integers(len(targets))])
            else:
                break
            if cand is not None and cand not in have:
                have.add(cand)
                new.append(Link(*cand))
        out.append(sorted(list(links) + new))
    return out


def remove_links(alignments, rate: float, rng) -> list:
    return [[l for l in links if rng.random() >= rate] for links in alignments]


def move_links(alignments, pairs, rate: float, rng) -> list:
    """Each link, with probability ``rate``, moves one word off on one side (when that link is new)."""
    from spacy_xner.ty import Link

    out = []
    for links, (src, tgt) in zip(alignments, pairs):
        have = {(l.src, l.tgt) for l in links}
        moved = []
        for l in links:
            cand = _neighbour(l, len(src), len(tgt), rng) if rng.random() < rate else None
            if cand is None or cand in have:
                moved.append(l)
                continue
            have.discard((l.src, l.tgt))
            have.add(cand)
            moved.append(Link(*cand, l.score))
        out.append(sorted(moved))
    return out


def controlled(base, pairs, frequent: set[str]):
    """(family, rate, alignments) of every degradation of ``base``; each has its own seeded RNG."""
    import numpy as np

    for k, kind in enumerate(("random", "neighbour", "frequent")):
        for rate in ADD_RATES:
            yield f"add-{kind}", rate, add_links(base, pairs, rate, kind, np.random.default_rng([SEED, k, int(100 * rate)]), frequent)
    for rate in REMOVE_RATES:
        yield "remove", rate, remove_links(base, rate, np.random.default_rng([SEED, 10, int(100 * rate)]))
    for rate in MOVE_RATES:
        yield "move", rate, move_links(base, pairs, rate, np.random.default_rng([SEED, 11, int(100 * rate)]))


# --- measure --------------------------------------------------------------------------------------
def methods():
    """The projection presets behind `xner project --method/--solver/--no-string-score`, resolved from their
    registered configs (not through the component, whose default config would merge the string score back in)."""
    from spacy.util import registry

    from spacy_xner.pipeline.presets import method_config

    def build(method, solver="ilp", string_score=True):
        return registry.resolve({"projection": method_config(method, solver, None, string_score)})["projection"]

    yield "heuristic", build("heuristic")
    for string in (False, True):
        for solver in ("greedy", "ilp"):
            yield f"ngram {solver}" + (" + string" if string else ""), build("ngram", solver, string)


class Language:
    """Everything a point of one language is scored against, read once."""

    def __init__(self, lang: str, work: Path):
        from spacy_xner.evaluation.aligned_docs import stop_words

        self.lang = lang
        self.en, self.xx = europarl("en"), europarl(lang)
        euro, gold_pairs, self.gold_links, _ = data(lang, work)
        self.pairs = euro + gold_pairs  # the order of the stored runs
        self.gold = [[(s.start, s.end, s.label) for s in spans] for _, spans in self.xx]
        self.stop = stop_words(lang)
        counts = Counter(w.lower() for _, tgt in self.pairs for w in tgt)
        self.frequent = {w for w, _ in counts.most_common(FREQUENT)}

    def score(self, alignments, projectors) -> dict:
        from spacy_xner.alignment.gold import score
        from spacy_xner.evaluation.entity_links import count_pair, merge, scores

        n = len(self.en)
        links = scores(merge(count_pair(src_s, tgt_s, a, tgt_w, self.stop)
                             for (_, src_s), (tgt_w, tgt_s), a in zip(self.en, self.xx, alignments[:n])))
        gold = score(alignments[n:], self.gold_links)
        row = {"link_p": links["entity_link_precision"], "link_r": links["entity_link_recall"],
               "link_f1": links["entity_link_f1"], "link_useless": links["entity_link_useless"],
               "links": sum(map(len, alignments[:n])), "aer": gold.aer, "align_p": gold.precision, "align_r": gold.recall,
               "f1": {}}
        for name, projector in projectors:
            row["f1"][name] = span_f1(self.gold, project_corpus(projector, self.en, self.xx, alignments[:n]))["f1"]
        return row


def cmd_measure(work: Path, points_path: Path, langs: list[str], ner_dir: Optional[Path], ner_steps: int) -> None:
    projectors = list(methods())
    rows = []
    t0 = time.perf_counter()
    for lang in langs:
        ctx = Language(lang, work)
        (base_setting, base), *others = natural(work, lang)
        points = [("base", base_setting, 0.0, base), *(("natural", setting, 0.0, a) for setting, a in others),
                  *((family, family, rate, a) for family, rate, a in controlled(base, ctx.pairs, ctx.frequent))]
        for family, setting, rate, alignments in points:
            row = {"lang": lang, "family": family, "setting": setting, "rate": rate, **ctx.score(alignments, projectors)}
            if ner_dir is not None and (family, rate) in NER_POINTS:
                row["ner_f1"] = ner_f1(ner_dir, ctx, f"{family}-{rate:g}", alignments, dict(projectors)[NER_METHOD], ner_steps)
            rows.append(row)
            print(json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in row.items() if k != "f1"}
                             | {"f1": {k: round(v, 4) for k, v in row["f1"].items()}}), flush=True)
    points_path.parent.mkdir(parents=True, exist_ok=True)
    points_path.write_text(json.dumps(rows, indent=1))
    print(f"{len(rows)} points in {time.perf_counter() - t0:.0f}s -> {points_path}", flush=True)


def ner_f1(ner_dir: Path, ctx: Language, point: str, alignments, projector, steps: int) -> float:
    """F1 on gold segments [600, 799) of a CPU NER trained on the projection of [0, 540), dev [540, 600).
    Cached per point and step count in ``ner_dir``."""
    import spacy
    from spacy.tokens import Doc

    from spacy_xner.corpora.docbin import read_docbin, write_docbin
    from spacy_xner.docs import set_id, set_word_spans
    from spacy_xner.evaluation.spanf1 import score
    from spacy_xner.ty import WordSpan

    folder = ner_dir / f"{ctx.lang}.{point}.{steps}"
    result = folder / "metrics.json"
    if result.is_file():
        return json.loads(result.read_text())["f1"]
    folder.mkdir(parents=True, exist_ok=True)
    vocab = spacy.blank(ctx.lang).vocab

    def docs(spans_per_segment, start, end):
        out = []
        for k in range(start, end):
            doc = Doc(vocab, words=ctx.xx[k][0])
            set_word_spans(doc, [WordSpan(*s) for s in spans_per_segment[k]])
            set_id(doc, f"{ctx.lang}-europarl:{k}")
            out.append(doc)
        return out

    projected = project_corpus(projector, ctx.en[:DEV_END], ctx.xx[:DEV_END], alignments[:DEV_END])
    write_docbin(folder / "train.spacy", docs(projected, 0, TRAIN_END))
    write_docbin(folder / "dev.spacy", docs(projected, TRAIN_END, DEV_END))
    write_docbin(folder / "test.spacy", docs(ctx.gold, DEV_END, len(ctx.xx)))
    python = sys.executable
    subprocess.run([python, "-m", "spacy", "train", str(REPO / "configs" / "ner_cpu.cfg"), "--output", str(folder / "model"),
                    "--paths.train", str(folder / "train.spacy"), "--paths.dev", str(folder / "dev.spacy"),
                    "--nlp.lang", ctx.lang, "--training.max_steps", str(steps)], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([python, str(REPO / "scripts" / "predict.py"), str(folder / "model" / "model-best"), str(folder / "test.spacy"),
                    str(folder / "predicted.spacy")], check=True, stdout=subprocess.DEVNULL)
    metrics = score(read_docbin(folder / "predicted.spacy"), read_docbin(folder / "test.spacy"))
    result.write_text(json.dumps(metrics, indent=1))
    return metrics["f1"]


# --- report ---------------------------------------------------------------------------------------
ADDS = ("add-random", "add-neighbour", "add-frequent")
PLOTTED = ("heuristic", "ngram ilp", "ngram ilp + string")  # greedy is within 0.5 F1 of ILP at every point


def fit(rows: list[dict], method: str, keys: tuple[str, ...]) -> dict:
    """Least squares F1 = Σ b_k · k + one intercept per language (all ×100): ``b_k`` is the F1 lost per point
    of ``k`` lost (``link_p``, ``link_r``), other things equal."""
    import numpy as np

    langs = sorted({r["lang"] for r in rows})
    x = np.array([[100 * r[k] for k in keys] + [float(r["lang"] == l) for l in langs] for r in rows])
    y = np.array([100 * r["f1"][method] for r in rows])
    coef, *_ = np.linalg.lstsq(x, y, rcond=None)
    residual = y - x @ coef
    r2 = 1 - float(residual @ residual) / float(((y - y.mean()) ** 2).sum())
    return {**{k: float(c) for k, c in zip(keys, coef)}, "r2": r2, "rmse": float(np.sqrt((residual ** 2).mean())),
            "n": len(rows)}


def fits_of(rows: list[dict], method: str) -> dict:
    """Slopes per degradation (each family with the base), and P and R together over every controlled point."""
    pick = lambda *families: [r for r in rows if r["family"] in ("base", *families)]  # noqa: E731
    out = {family: fit(pick(family), method, ("link_p",)) for family in ADDS}
    out["remove"] = fit(pick("remove"), method, ("link_r",))
    out["all"] = fit([r for r in rows if r["family"] != "natural"], method, ("link_p", "link_r"))
    return out


def cmd_report(points_path: Path, plot: Path, output: Path) -> None:
    from scipy.stats import spearmanr

    rows = json.loads(points_path.read_text())
    names = list(rows[0]["f1"])
    langs = [l for l in LANGS if any(r["lang"] == l for r in rows)]
    fits = {m: fits_of(rows, m) for m in names}
    lines = ["F1 points lost per point of entity-link precision (links added) or recall (links removed); least squares",
             "over each degradation's rates and the base, both languages, one intercept per language. \"all\": F1 on",
             "link P and R together over every controlled point (R² says how far one line explains them).", "",
             "| method | per P point: random | neighbour | frequent | per R point: removed | all: per P / per R (R²) "
             "| F1 lost at +100 % random links (" + " / ".join(langs) + ") |",
             "|---|---:|---:|---:|---:|---|---|"]
    for m in names:
        f = fits[m]
        drop = [100 * (_row(rows, l, "base")["f1"][m] - _row(rows, l, "add-random", 1.0)["f1"][m]) for l in langs]
        lines.append(f"| {m} | " + " | ".join(f"{f[a]['link_p']:.2f}" for a in ADDS) + f" | {f['remove']['link_r']:.2f} | "
                     f"{f['all']['link_p']:.2f} / {f['all']['link_r']:.2f} ({f['all']['r2']:.2f}) | "
                     + " / ".join(f"{v:.1f}" for v in drop) + " |")
    natural_rows = {l: [r for r in rows if r["lang"] == l and r["family"] in ("natural", "base")] for l in langs}
    lines += ["", "Spearman rank correlation with projection F1 over the natural settings (" +
              ", ".join(f"{l}: n = {len(natural_rows[l])}" for l in langs) + "):", "",
              "| method | " + " | ".join(f"{l}: link F1 | {l}: link P | {l}: −AER" for l in langs) + " |",
              "|---|" + "---:|" * 3 * len(langs)]
    for m in names:
        cells = []
        for l in langs:
            f1 = [r["f1"][m] for r in natural_rows[l]]
            cells += [spearmanr([r[k] if k != "aer" else -r[k] for r in natural_rows[l]], f1)[0] for k in ("link_f1", "link_p", "aer")]
        lines.append(f"| {m} | " + " | ".join(f"{c:.2f}" for c in cells) + " |")
    lines += ["", "| lang | family | setting / rate | link P | link R | useless | AER | " + " | ".join(names) + " | NER F1 |",
              "|---|---|---|---:|---:|---:|---:|" + "---:|" * len(names) + "---:|"]
    for r in rows:
        setting = r["setting"] if r["family"] in ("natural", "base") else f"{100 * r['rate']:g} %"
        ner = f"{100 * r['ner_f1']:.1f}" if "ner_f1" in r else ""
        lines.append(f"| {r['lang']} | {r['family']} | {setting} | {100 * r['link_p']:.1f} | {100 * r['link_r']:.1f} | "
                     f"{100 * r['link_useless']:.1f} | {r['aer']:.3f} | " + " | ".join(f"{100 * r['f1'][m]:.1f}" for m in names)
                     + f" | {ner} |")
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text("\n".join(lines) + "\n")
    points_path.with_name("fits.json").write_text(json.dumps(fits, indent=1))
    print("\n".join(lines))
    draw(rows, langs, fits, plot)


def _row(rows, lang, family, rate=0.0):
    return next(r for r in rows if r["lang"] == lang and r["family"] == family and r["rate"] == rate)


def draw(rows: list[dict], langs: list[str], fits: dict, path: Path) -> None:
    """F1 lost vs link precision lost (links added), vs link recall lost (removed), both as the mean over the
    languages of the drop from the base; and F1 vs link F1 of the natural settings."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    colours = dict(zip(PLOTTED, ("tab:blue", "tab:orange", "tab:green")))
    styles = {"add-random": ("-", "o"), "add-neighbour": (":", "s"), "add-frequent": ("--", "D"), "remove": ("-", "v")}

    def drops(family, key, method):
        rates = sorted({r["rate"] for r in rows if r["family"] == family})
        pts = [(0.0, 0.0)]
        for rate in rates:
            lost = [(100 * (_row(rows, l, "base")[key] - _row(rows, l, family, rate)[key]),
                     100 * (_row(rows, l, "base")["f1"][method] - _row(rows, l, family, rate)["f1"][method])) for l in langs]
            pts.append(tuple(sum(v) / len(v) for v in zip(*lost)))
        return zip(*pts)

    fig, axes = plt.subplots(1, 3, figsize=(16, 5.4))
    for m in PLOTTED:
        for family in ADDS:
            line, marker = styles[family]
            axes[0].plot(*drops(family, "link_p", m), line, marker=marker, ms=4, color=colours[m],
                         label=f"{m}: {family[4:]} (slope {fits[m][family]['link_p']:.2f})")
        axes[1].plot(*drops("remove", "link_r", m), "-", marker="v", ms=4, color=colours[m],
                     label=f"{m} (slope {fits[m]['remove']['link_r']:.2f})")
        for lang, marker in zip(langs, "o^"):
            pts = [(100 * r["link_f1"], 100 * r["f1"][m]) for r in rows if r["lang"] == lang and r["family"] in ("base", "natural")]
            axes[2].scatter(*zip(*pts), marker=marker, s=22, color=colours[m], alpha=0.8, label=f"{m} ({lang})")
    titles = ("links added (random —, one word off ···, onto frequent words - -)", "links removed at random",
              "natural settings (symmetrization, runs, aligner, bitext size)")
    xlabels = ("entity-link precision lost (points)", "entity-link recall lost (points)", "entity-link F1 (%)")
    ylabels = ("projection F1 lost (points, mean of " + " / ".join(langs) + ")",) * 2 + ("projection F1 (%)",)
    for ax, title, xl, yl in zip(axes, titles, xlabels, ylabels):
        ax.set_title(title, fontsize=10)
        ax.set_xlabel(xl)
        ax.set_ylabel(yl)
        ax.grid(alpha=0.3)
        ax.legend(fontsize=7.5, loc="upper left" if ax is not axes[2] else "lower right")
    fig.suptitle("Europarl-NER en→" + "/".join(langs) + ": what imprecise and missing word links cost projection F1 "
                 "(default eflomal alignment, degraded with a seeded RNG)", fontsize=11)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    print(f"plot -> {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("align", "measure", "report"))
    parser.add_argument("--work", type=Path, default=Path("corpus/study"), help="eflomal runs and the tokenized bitext")
    parser.add_argument("--points", type=Path, default=Path("metrics/study/points.json"))
    parser.add_argument("--langs", default=",".join(LANGS))
    parser.add_argument("--ner-steps", type=int, default=0,
                        help="measure: also train a NER for this many steps on a few points (CPU, minutes each; 0: none)")
    parser.add_argument("--ner-dir", type=Path, default=Path("training/study"), help="the NERs, cached per point")
    parser.add_argument("--plot", type=Path, default=Path("reports/alignment-precision-vs-f1.png"))
    parser.add_argument("--output", type=Path, default=Path("reports/alignment-degradation.md"))
    args = parser.parse_args()
    langs = args.langs.split(",")
    if args.command == "align":
        cmd_align(args.work, langs)
    elif args.command == "measure":
        cmd_measure(args.work, args.points, langs, args.ner_dir if args.ner_steps > 0 else None, args.ner_steps)
    else:
        cmd_report(args.points, args.plot, args.output)


if __name__ == "__main__":
    main()
