"""Back-translation refinement (issue 14): the same-language aligner on real data, and the paper's comparison.

    python benchmarks/bench_backtranslation.py same-language [--dev 2000] [--eflomal-runs 1]    # CPU, minutes
    python benchmarks/bench_backtranslation.py masakhaner --langs hau,yor --device cuda          # GPU + hub, hours
    python benchmarks/bench_backtranslation.py masakhaner --tiny MT_DIR:ENCODER_DIR:NER_DIR --limit 8   # code path only

``same-language``: ``shared/data/translations/conll2003-train/de.{m2m100,deepl}.jsonl.gz`` are two German
translations of each CoNLL-2003 English train sentence, each with a published projection (both by awesome-align
from the English gold). The m2m100 entities are projected onto the DeepL sentence through a German↔German
alignment and scored (seqeval-equal span F1) against DeepL's own published projection: how well an aligner
carries entities between two same-language sentences, which is step 3 of the refinement. The aligner's
settings are chosen on the first ``--dev`` sentences (by id) and the rest is the test set. eflomal (default
``EflomalAligner.v2``) aligns the whole corpus in one run, as it would in ``xner align``.

``masakhaner``: translate-test on MasakhaNER 2.0 test (``xner label``), once per alignment variant: direct
(the neural aligner), back-translation with replace (the paper's tgt2tgt), and the union / intersection /
weighted combinations; one ``xner evaluate`` per variant, a Markdown table at the end. Translations are
cached in ``--work``/cache, so the variants share them.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "2")
REPO = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("XNER_SHARED_DATA", REPO.parent / "shared" / "data"))
PAIRS = DATA / "translations" / "conll2003-train"
SYSTEM = "awesome"  # the aligner both files were projected with


def load_pairs(lang: str = "de") -> list[tuple[int, list[str], list[str], list[str], list[str]]]:
    """(id, m2m100 words, m2m100 tags, DeepL words, DeepL tags) for every id both files have."""
    def read(name: str) -> dict[int, dict]:
        with gzip.open(PAIRS / f"{lang}.{name}.jsonl.gz", "rt", encoding="utf-8") as f:
            return {row["id"]: row for row in map(json.loads, f)}

    m2m, deepl = read("m2m100"), read("deepl")
    return [(i, m2m[i]["tgt_tokens"], m2m[i]["baseline_tags"][SYSTEM], deepl[i]["tgt_tokens"],
             deepl[i]["baseline_tags"][SYSTEM]) for i in sorted(m2m.keys() & deepl.keys())]


def projectors() -> dict:
    from spacy_xner.pipeline.presets import method_config
    from spacy_xner.projection.registry import candidate_matching, heuristic_projection  # noqa: F401
    import spacy

    nlp = spacy.blank("xx")
    ngram = nlp.add_pipe("xner_projector", name="ngram", config={"projection": method_config("ngram", "ilp")})
    return {"heuristic": heuristic_projection(), "ngram": ngram.projection}


def span_f1(rows, links, projector) -> dict:
    """Project every row's m2m100 spans onto its DeepL words and score them against DeepL's tags."""
    import spacy
    from spacy.tokens import Doc

    from spacy_xner.corpora.tags import tags_to_spans
    from spacy_xner.docs import set_id, set_word_spans
    from spacy_xner.evaluation.spanf1 import score

    vocab = spacy.blank("de").vocab
    pred, gold = [], []
    for (i, src, src_tags, tgt, tgt_tags), alignment in zip(rows, links):
        spans, _ = tags_to_spans(src_tags, "iob2")
        result = projector(src, spans, tgt, alignment)
        for docs, found in ((pred, [p.span for p in result.projected]), (gold, tags_to_spans(tgt_tags, "iob2")[0])):
            doc = Doc(vocab, words=tgt)
            set_word_spans(doc, _no_overlaps(found))
            set_id(doc, str(i))
            docs.append(doc)
    return score(pred, gold)


def _no_overlaps(spans):
    kept = []
    for span in sorted(spans, key=lambda s: (-len(s), s.start)):
        if not any(span.overlaps(k) for k in kept):
            kept.append(span)
    return kept


def same_language(args) -> None:
    from spacy_xner.alignment.registry import eflomal_aligner_v2
    from spacy_xner.alignment.same_language import SameLanguageAligner

    rows = load_pairs(args.lang)
    dev, test = rows[: args.dev], rows[args.dev :]
    pairs = lambda part: [(src, tgt) for _, src, _, tgt, _ in part]  # noqa: E731
    projs = projectors()
    print(f"{len(rows)} sentence pairs: dev {len(dev)} (ids {dev[0][0]}..{dev[-1][0]}), test {len(test)}", flush=True)

    grid = [SameLanguageAligner(t, d, g) for t in args.thresholds for d in args.distortions for g in (True, False)]
    tuning = []
    for aligner in grid:
        f1 = span_f1(dev, aligner(pairs(dev)), projs["heuristic"])["f1"]
        tuning.append((f1, aligner))
        print(f"dev heuristic F1 {100 * f1:5.1f}  {aligner}", flush=True)
    best = max(tuning, key=lambda t: t[0])[1]
    default = SameLanguageAligner()
    results = {"dev": {}, "test": {}, "speed": {}, "chosen": str(best), "default": str(default)}
    for name, aligner in (("same-language (chosen on dev)", best), ("same-language (defaults)", default)):
        start = time.perf_counter()
        links = aligner(pairs(rows))
        seconds = time.perf_counter() - start
        results["speed"][name] = len(rows) / seconds
        for split, part, part_links in (("dev", dev, links[: len(dev)]), ("test", test, links[len(dev) :])):
            results[split][name] = {p: span_f1(part, part_links, proj)["f1"] for p, proj in projs.items()}
        print(f"{name}: {results['test'][name]}  {len(rows) / seconds:.0f} sent/s", flush=True)
    for run in range(args.eflomal_runs):
        name = f"eflomal v2 defaults (run {run + 1})"
        start = time.perf_counter()
        links = eflomal_aligner_v2()(pairs(rows))
        seconds = time.perf_counter() - start
        results["speed"][name] = len(rows) / seconds
        for split, part, part_links in (("dev", dev, links[: len(dev)]), ("test", test, links[len(dev) :])):
            results[split][name] = {p: span_f1(part, part_links, proj)["f1"] for p, proj in projs.items()}
        print(f"{name}: {results['test'][name]}  {len(rows) / seconds:.0f} sent/s", flush=True)
    results["tuning"] = [(f1, str(a)) for f1, a in tuning]
    Path(args.output).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(table(results))


def table(results: dict) -> str:
    lines = ["| aligner (de m2m100 → de DeepL) | dev heuristic | dev n-gram | test heuristic | test n-gram | sentences/s |",
             "|---|---:|---:|---:|---:|---:|"]
    for name in results["test"]:
        d, t = results["dev"][name], results["test"][name]
        lines.append(f"| {name} | {100 * d['heuristic']:.1f} | {100 * d['ngram']:.1f} | {100 * t['heuristic']:.1f} "
                     f"| {100 * t['ngram']:.1f} | {results['speed'][name]:,.0f} |")
    return "\n".join(lines)


VARIANTS = {  # name -> extra `xner label` options
    "direct": [],
    "backtranslation (replace, the paper)": ["--refine", "backtranslation", "--combine", "replace"],
    "union": ["--refine", "backtranslation", "--combine", "union"],
    "intersection": ["--refine", "backtranslation", "--combine", "intersection"],
    "weighted": ["--refine", "backtranslation", "--combine", "weighted"],
}


def masakhaner(args) -> None:
    """The paper's comparison, one ``xner label`` + ``xner evaluate`` per language × variant."""
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    xner = [sys.executable, "-m", "spacy_xner"]
    models = ["--translation-model", args.translation_model, "--ner-model", args.ner_model,
              "--align-model", args.align_model, "--layer", str(args.layer)]
    if args.tiny:
        mt, encoder, ner = args.tiny.split(":")
        models = ["--translation-model", mt, "--ner-model", ner, "--align-model", encoder, "--layer", "1",
                  "--beam-size", "1", "--max-length", "16"]
    rows = []
    for lang in args.langs.split(","):
        gold = work / f"{lang}.test.spacy"
        if not gold.is_file():
            run(xner + ["convert", str(DATA / "masakhaner2" / lang / "test.txt"), str(gold), "--lang", "xx",
                        "--format", "masakhaner"])
            if args.limit:
                from spacy_xner.corpora.docbin import read_docbin, write_docbin

                write_docbin(gold, read_docbin(gold)[: args.limit])
        for name, extra in VARIANTS.items():
            out = work / f"{lang}.{slug(name)}.spacy"
            metrics = work / f"{lang}.{slug(name)}.metrics.json"
            run(xner + ["label", str(gold), str(out), "--lang", lang, "--device", args.device, "--method", args.method,
                        "--cache-dir", str(work / "cache")] + models + extra)
            run(xner + ["evaluate", str(out), str(gold), "--ignore", "DATE", "--ignore", "MISC", "--output", str(metrics)])
            rows.append((lang, name, json.loads(metrics.read_text(encoding="utf-8"))["f1"]))
    print("| language | " + " | ".join(VARIANTS) + " |\n|---|" + "---:|" * len(VARIANTS))
    for lang in args.langs.split(","):
        f1 = {name: f for l, name, f in rows if l == lang}
        print(f"| {lang} | " + " | ".join(f"{100 * f1[name]:.1f}" for name in VARIANTS) + " |")


def slug(name: str) -> str:
    return name.split(" ")[0]


def run(cmd: list[str]) -> None:
    print("$", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    same = sub.add_parser("same-language")
    same.add_argument("--lang", default="de")
    same.add_argument("--dev", type=int, default=2000)
    same.add_argument("--thresholds", type=lambda s: [float(x) for x in s.split(",")], default=[0.5, 0.6, 0.7, 0.8, 0.9])
    same.add_argument("--distortions", type=lambda s: [float(x) for x in s.split(",")], default=[0.0, 1.0, 3.0])
    same.add_argument("--eflomal-runs", type=int, default=1)
    same.add_argument("--output", default="backtranslation.same_language.json")
    same.set_defaults(func=same_language)
    mas = sub.add_parser("masakhaner")
    mas.add_argument("--langs", default="hau,ibo,kin,lug,luo,mos,nya,pcm,sna,swa,tsn,twi,wol,xho,yor,zul,bam,bbj,ewe,fon")
    mas.add_argument("--translation-model", default="facebook/nllb-200-3.3B")
    mas.add_argument("--ner-model", default="FacebookAI/xlm-roberta-large-finetuned-conll03-english")
    mas.add_argument("--align-model", default="bert-base-multilingual-cased")
    mas.add_argument("--layer", type=int, default=8)
    mas.add_argument("--method", default="heuristic")
    mas.add_argument("--device", default="cpu")
    mas.add_argument("--limit", type=int, default=0, help="only the first N test sentences")
    mas.add_argument("--tiny", help="MT_DIR:ENCODER_DIR:NER_DIR local models instead of the hub ones (checks the code path)")
    mas.add_argument("--work", default="bench-backtranslation")
    mas.set_defaults(func=masakhaner)
    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
