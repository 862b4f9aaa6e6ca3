"""Scale-out benchmark (issue 8): eflomal sharding F1 cost, and 1 → 2 Ray workers for projection and
neural alignment, all on a local Ray instance of this machine.

    python benchmarks/bench_scaleout.py priors  --work /tmp/xner_scaleout   # F1: one run vs shards ± shared priors
    python benchmarks/bench_scaleout.py priors --shard-size 400 --variants shared   # bigger shards
    python benchmarks/bench_scaleout.py scaling --work /tmp/xner_scaleout   # wall time, 1 process / 1 / 2 workers

``priors``: Europarl-NER en→de/es (799 segments, gold target entities) aligned by eflomal with the
en-de / en-es bitext of shared/data (WMT newstest + Tatoeba), four ways: one run over everything (the
single-process ``xner align``); shards of 100 pairs (``--shard-size``) with priors learned once on everything
(what ``--ray`` does); shards each aligned with the bitext but no shared priors (``--no-shared-priors``);
shards alone (no bitext, no priors). Then projection F1 (heuristic, n-gram greedy) vs the gold.

``scaling``: the same stage code through ``run_stage`` (one process) and ``run_on_ray`` with 1 and 2
actors of 1 CPU each, in one Ray session; projection (n-gram greedy) on 20k Europarl pairs, and
SimAlign IterMax on 1,024 WMT pairs with a randomly initialised BERT-base-sized encoder (12 layers,
hidden 768; mBERT's compute per token, no pretrained weights here).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO / "tests"))
from bench_projection import DATA, LANGS, bitext, span_f1  # noqa: E402


def europarl_pairs(lang: str):
    from spacy_xner.corpora.pairing import pair_docs
    from spacy_xner.corpora.readers import read_corpus

    folder = DATA / "europarl-ner"
    return pair_docs(read_corpus(folder / "en-europarl.test.conll02", "en"),
                     read_corpus(folder / f"{lang}-europarl.test.conll02", lang))


def bitext_spec(lang: str, work: Path) -> str:
    """The bitext as two line-parallel files (what ``--bitext SRC:TGT`` takes)."""
    en_path, xx_path = work / f"bitext.en-{lang}.en", work / f"bitext.en-{lang}.{lang}"
    if not xx_path.is_file():
        en, xx = bitext(lang)
        keep = [i for i in range(len(en)) if en[i].strip() and xx[i].strip()]
        en_path.write_text("\n".join(en[i] for i in keep) + "\n", encoding="utf-8")
        xx_path.write_text("\n".join(xx[i] for i in keep) + "\n", encoding="utf-8")
    return f"{en_path}:{xx_path}"


def projection_f1(aligned_docs) -> dict:
    from spacy_xner.docs import get_alignment
    from spacy_xner.projection import (
        AlignmentScore,
        CandidateMatching,
        GreedySolver,
        HeuristicProjection,
        SentenceSkipped,
        project_sentence,
    )
    from spacy_xner.projection.registry import ngram_candidates  # v1: a fixed cap of 10 words
    from spacy_xner.ty import WordSpan

    out = {}
    for name, projector in (("heuristic", HeuristicProjection()),
                            ("ngram", CandidateMatching(ngram_candidates(), [AlignmentScore()], GreedySolver()))):
        gold, pred = [], []
        for doc in aligned_docs:
            tgt = doc._.xner_translation
            gold.append([(e.start, e.end, e.label_) for e in tgt.ents])
            src_spans = [WordSpan(e.start, e.end, e.label_) for e in doc.ents]
            try:
                result = project_sentence(projector, [t.text for t in doc], src_spans,
                                          [t.text for t in tgt], get_alignment(doc) or [])
                pred.append([(p.span.start, p.span.end, p.span.label) for p in result.projected])
            except SentenceSkipped:
                pred.append([])
        out[name] = round(100 * span_f1(gold, pred)["f1"], 1)
    return out


def cmd_priors(work: Path, shard_size: int = 100, only: str = "") -> None:
    import ray

    from spacy_xner.pipeline.align import AlignStage
    from spacy_xner.corpora.docbin import read_docbin
    from spacy_xner.pipeline.on_ray import RayOptions
    from spacy_xner.pipeline.runner import run_stage

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    rows = []
    for lang in LANGS:
        spec = bitext_spec(lang, work)
        variants = {
            "one run (pairs + bitext)": None,
            "shards, shared priors (pairs + bitext)": AlignStage(bitext=(spec,)),
            "shards, no shared priors, each + bitext": AlignStage(bitext=(spec,), shared_priors=False),
            "shards alone (no bitext, no priors)": AlignStage(shared_priors=False),
        }
        for name, stage in variants.items():
            if only and only not in name:
                continue
            docs = europarl_pairs(lang)
            t0 = time.perf_counter()
            out = work / f"{'one' if stage is None else 'shards'}.{lang}.spacy"
            if stage is None:
                run_stage(AlignStage(bitext=(spec,)), lambda: docs, out)
            else:
                run_stage(stage, lambda: docs, out, ray=RayOptions(shard_size=shard_size))
            aligned = read_docbin(out)
            row = {"lang": lang, "variant": name, "shard_size": shard_size if stage else None,
                   **projection_f1(aligned), "seconds": round(time.perf_counter() - t0, 1)}
            rows.append(row)
            print(json.dumps(row), flush=True)
    with open(work / "priors.jsonl", "a", encoding="utf-8") as handle:
        handle.writelines(json.dumps(row) + "\n" for row in rows)


def base_sized_bert(work: Path) -> Path:
    """Random weights in BERT-base's shape, with the tiny test tokenizer trained on FLORES text."""
    from fixtures_encoder import build_tiny_bert, write_flores_corpus
    from transformers import BertConfig, BertModel, BertTokenizerFast

    out = work / "bert-base-random"
    if not (out / "config.json").is_file():
        tiny = build_tiny_bert(write_flores_corpus(DATA, work / "flores.txt"), work / "bert-tiny")
        tok = BertTokenizerFast.from_pretrained(tiny)
        BertModel(BertConfig(vocab_size=len(tok), max_position_embeddings=512)).save_pretrained(out)
        tok.save_pretrained(out)
    return out


def timed_runs(stage, docs, work: Path, name: str, shard_size: int) -> list[dict]:
    from spacy_xner.pipeline.on_ray import RayOptions
    from spacy_xner.pipeline.runner import run_stage

    rows = []
    t0 = time.perf_counter()
    run_stage(stage, lambda: docs, work / f"{name}.single.spacy")
    rows.append({"stage": name, "run": "one process", "seconds": time.perf_counter() - t0})
    for workers in (1, 2):
        t0 = time.perf_counter()
        run_stage(stage, lambda: docs, work / f"{name}.ray.spacy", ray=RayOptions(workers=workers, shard_size=shard_size))
        rows.append({"stage": name, "run": f"Ray, {workers} worker(s)", "seconds": time.perf_counter() - t0})
    for row in rows:
        row["sentences_per_s"] = round(len(docs) / row["seconds"], 1)
        row["seconds"] = round(row["seconds"], 1)
        print(json.dumps(row), flush=True)
    return rows


def cmd_scaling(work: Path) -> None:
    import ray
    from spacy.tokens import Doc

    from spacy_xner.alignment.bitext import read_bitext
    from spacy_xner.pipeline.presets import aligner_config
    from spacy_xner.pipeline.align import AlignStage
    from spacy_xner.corpora.docbin import read_docbin, vocab_for
    from spacy_xner.docs import set_id
    from spacy_xner.pipeline.presets import projector_config
    from spacy_xner.pipeline.project import ProjectStage
    from spacy_xner.pipeline.runner import run_stage

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    run_stage(AlignStage(), lambda: europarl_pairs("de"), work / "aligned.de.spacy")
    aligned = read_docbin(work / "aligned.de.spacy")
    corpus = [doc for _ in range(25) for doc in aligned]  # 20k pairs (the same Doc objects, 25 times)
    rows = timed_runs(ProjectStage(projector_config("ngram")), corpus, work, "project", 2500)

    d = DATA / "parallel-en-de-es-it" / "wmt-newstest" / "en-de"
    words = read_bitext(d / "newstest2019.en.gz", d / "newstest2019.de.gz", "en", "de")[:1024]
    pairs = []
    for k, (src, tgt) in enumerate(words):
        doc = Doc(vocab_for("en"), words=src)
        doc._.xner_translation = Doc(vocab_for("de"), words=tgt)
        set_id(doc, f"newstest2019:{k}")
        pairs.append(doc)
    stage = AlignStage({"aligner": aligner_config("simalign", model=str(base_sized_bert(work)), layer=8, batch_size=32)})
    rows += timed_runs(stage, pairs, work, "align-neural", 128)
    (work / "scaling.json").write_text(json.dumps(rows, indent=1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("priors", "scaling"))
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "xner_scaleout")
    parser.add_argument("--shard-size", type=int, default=100, help="priors: pairs per shard")
    parser.add_argument("--variants", default="", help="priors: only the variants whose name contains this")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    if args.what == "priors":
        cmd_priors(args.work, args.shard_size, args.variants)
    else:
        cmd_scaling(args.work)


if __name__ == "__main__":
    main()
