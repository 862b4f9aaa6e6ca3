"""NER benchmark: CNN source NERs trained here, model transfer, and NER candidates / NER score in projection.

    python benchmarks/bench_ner.py train    --work /tmp/xner_ner     # spaCy CNN NER: en (CoNLL-2003 train), de (CoNLL-2003 de dev)
    python benchmarks/bench_ner.py transfer --work /tmp/xner_ner     # en model on CoNLL en/de test and MasakhaNER 2.0 test
    python benchmarks/bench_ner.py project  --work /tmp/xner_ner --align /tmp/xner_bench   # Europarl en→de, needs bench_projection.py align

No pretrained weights exist on this machine, so the taggers are small CNN pipelines (spaCy's default
``ner`` with a hash-embedding tok2vec) trained from scratch; numbers are far below XLM-R-large's.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).parent))

from bench_projection import DATA, europarl, span_f1  # noqa: E402

MASAKHA = ("hau", "ibo", "pcm", "swa", "yor", "zul")


def tagged_docs(path: Path, lang: str, fmt: str):
    from spacy_xner.corpora.readers import read_corpus

    return read_corpus(path, lang, format=fmt)


def train(docs, lang: str, epochs: int, out: Path) -> None:
    import spacy
    from spacy.tokens import Doc
    from spacy.training import Example
    from spacy.util import minibatch

    nlp = spacy.blank(lang)
    nlp.add_pipe("ner")
    examples = [Example(Doc(nlp.vocab, words=[t.text for t in d]), d) for d in docs]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(0)
    for epoch in range(epochs):
        rng.shuffle(examples)
        t0, losses = time.time(), {}
        for batch in minibatch(examples, 64):
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
        print(f"{lang} epoch {epoch}: loss {losses['ner']:.0f} ({time.time() - t0:.0f} s)", flush=True)
    nlp.to_disk(out)


def cmd_train(work: Path, epochs: int) -> None:
    work.mkdir(parents=True, exist_ok=True)
    train(tagged_docs(DATA / "conll2003" / "iob2" / "en.conll.train.tsv", "en", "iob"), "en", epochs, work / "ner-en")
    train(tagged_docs(DATA / "conll-target-langs" / "de.conll.dev.tsv", "de", "iob"), "de", epochs, work / "ner-de")


def cmd_transfer(work: Path) -> None:
    from spacy_xner.accounting import StageSummary
    from spacy_xner.evaluation.spanf1 import score
    from spacy_xner.ner.spacy_ner import SpacyTagger
    from spacy_xner.ner.tagging import tag_docs

    tagger = SpacyTagger(str(work / "ner-en"))
    sets = [("conll en test", DATA / "conll2003" / "iob2" / "en.conll.test.tsv", "en", ()),
            ("conll de test", DATA / "conll-target-langs" / "de.conll.test.tsv", "de", ())]
    sets += [(f"masakhaner2 {l} test", DATA / "masakhaner2" / l / "test.txt", "xx", ("DATE", "MISC")) for l in MASAKHA]
    rows = []
    for name, path, lang, ignore in sets:
        gold = tagged_docs(path, lang, "iob")
        t0 = time.perf_counter()
        pred = list(tag_docs(tagger, gold, StageSummary("transfer"), 64))
        seconds = time.perf_counter() - t0
        m = score(pred, gold, ignore=ignore)
        words = sum(len(d) for d in gold)
        rows.append({"set": name, "sentences": len(gold), "p": m["precision"], "r": m["recall"], "f1": m["f1"],
                     "words_per_s": words / seconds})
        print(f"{name:22s} n={len(gold):5d} P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f} "
              f"({words / seconds:.0f} words/s)", flush=True)
    (work / "transfer.json").write_text(json.dumps(rows, indent=1))


def cmd_project(work: Path, align: Path) -> None:
    from spacy_xner.alignment.pharaoh import read_pharaoh
    from spacy_xner.ner.scores import NerScore, predicted_spans
    from spacy_xner.ner.spacy_ner import SpacyTagger
    from spacy_xner.projection import (AlignmentScore, CandidateMatching, GreedySolver, SentenceSkipped, SpanCandidates,
                                       project_sentence)
    from spacy_xner.projection.registry import ngram_candidates  # v1: a fixed cap of 10 words

    de_tagger = SpacyTagger(str(work / "ner-de"))
    en, de = europarl("en"), europarl("de")
    gold = [[(s.start, s.end, s.label) for s in spans] for _, spans in de]
    print(f"target tagger alone (de CNN on europarl de): F1={span_f1(gold, [[(s.start, s.end, s.label) for s in predicted_spans(de_tagger, w)] for w, _ in de])['f1']:.3f}")
    from functools import partial

    setups = {
        "ngram, alignment": lambda: CandidateMatching(ngram_candidates(), [AlignmentScore()], GreedySolver()),
        "NER cand., alignment": lambda: CandidateMatching(SpanCandidates(partial(predicted_spans, de_tagger)), [AlignmentScore()], GreedySolver()),
        "ngram, alignment + NER score 0.5": lambda: CandidateMatching(ngram_candidates(), [AlignmentScore(), NerScore(de_tagger, 0.5)], GreedySolver()),
        "ngram, alignment + NER score 1.0": lambda: CandidateMatching(ngram_candidates(), [AlignmentScore(), NerScore(de_tagger, 1.0)], GreedySolver()),
    }
    rows = []
    for sym in ("grow-diag-final-and", "intersection"):
        alignments = read_pharaoh(align / f"europarl.en-de.{sym}.pharaoh")
        for name, make in setups.items():
            projector, pred = make(), []
            t0 = time.perf_counter()
            for (src_w, src_s), (tgt_w, _), links in zip(en, de, alignments):
                try:
                    result = project_sentence(projector, src_w, src_s, tgt_w, links)
                    pred.append([(p.span.start, p.span.end, p.span.label) for p in result.projected])
                except SentenceSkipped:
                    pred.append([])
            r = {"symmetrization": sym, "setup": name, **span_f1(gold, pred), "seconds": time.perf_counter() - t0}
            rows.append(r)
            print(f"{sym:20s} {name:34s} P={r['p']:.3f} R={r['r']:.3f} F1={r['f1']:.3f} ({r['seconds']:.1f} s)", flush=True)
    (work / "project.json").write_text(json.dumps(rows, indent=1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("train", "transfer", "project"))
    parser.add_argument("--work", type=Path, default=Path("/tmp/xner_ner"))
    parser.add_argument("--align", type=Path, default=Path("/tmp/xner_bench"), help="bench_projection.py's work dir")
    parser.add_argument("--epochs", type=int, default=3)
    args = parser.parse_args()
    if args.command == "train":
        cmd_train(args.work, args.epochs)
    elif args.command == "transfer":
        cmd_transfer(args.work)
    else:
        cmd_project(args.work, args.align)


if __name__ == "__main__":
    main()
