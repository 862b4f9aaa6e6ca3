"""Alignment benchmarks: eflomal AER on the gold sets (with extra bitext), eflomal speed on the
50k en-de bitext, neural batched vs one-pair-at-a-time speed with a tiny random encoder.

    python benchmarks/bench_alignment.py aer [NAME] # AER table, every symmetrization (~20 min on 2 loaded cores)
    python benchmarks/bench_alignment.py neural     # pairs/s + peak RSS per mode (subprocess each)
    python benchmarks/bench_alignment.py combine    # intersection / union of two alignments, AER
"""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

REPO = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("XNER_SHARED_DATA", REPO.parent / "shared" / "data"))
GOLD = DATA / "word-alignment-gold"
PAR = DATA / "parallel-en-de-es-it"
SYMS = ("forward", "reverse", "intersection", "union", "grow-diag-final-and")


def _flip(pairs):
    return [(t, s) for s, t in pairs]


def _flip_gold(gold):
    from spacy_xner.alignment.gold import GoldAlignment

    return [GoldAlignment({(j, i) for i, j in g.sure}, {(j, i) for i, j in g.possible}) for g in gold]


def _bitext(lang: str):
    """en→lang pairs from wmt newstest + tatoeba (tokenized with spaCy's tokenizers)."""
    from spacy_xner.alignment.bitext import read_bitext

    pairs = []
    for src in sorted((PAR / "wmt-newstest" / f"en-{lang}").glob("*.en.gz")):
        pairs += read_bitext(src, src.with_name(src.name.replace(".en.gz", f".{lang}.gz")), "en", lang)
    if lang == "fr":  # no news/Tatoeba en-fr here: FLORES-200 devtest only
        return read_bitext(DATA / "flores200-devtest" / "eng_Latn.devtest", DATA / "flores200-devtest" / "fra_Latn.devtest", "en", "fr")
    tato = {"de": "deu-eng", "es": "eng-spa", "it": "eng-ita"}[lang]
    three = {"de": "deu", "es": "spa", "it": "ita"}[lang]
    pairs += read_bitext(PAR / "tatoeba-test-v2021-08-07" / f"{tato}.eng.gz",
                         PAR / "tatoeba-test-v2021-08-07" / f"{tato}.{three}.gz", "en", lang)
    return pairs


def _jsonl_set(pair: str, name: str):
    from spacy_xner.alignment.gold import read_gold, read_parallel_text

    pairs, gold = [], []
    for split in ("train", "valid"):
        path = GOLD / "binaryalign-processed" / split / pair / name
        pairs += read_parallel_text(path, "jsonl")
        gold += read_gold(path, "jsonl")
    return pairs, gold


def gold_sets():
    """(name, pairs with src=English, gold, bitext-name)."""
    from spacy_xner.alignment.gold import read_gold, read_parallel_text, read_tokenized, snums

    d = GOLD / "deen-bicici100"
    yield "de-en bicici100 (Europarl, lc)", list(zip(read_tokenized(d / "test.en"), read_tokenized(d / "test.de"))), \
        _flip_gold(read_gold(d / "de-en.ref.wa", "naacl")), "de"
    d = GOLD / "deen-simalign-sample"
    yield "en-de simalign sample", list(zip(read_tokenized(d / "sample_eng.txt", "tsv"), read_tokenized(d / "sample_deu.txt", "tsv"))), \
        read_gold(d / "sample_eng_deu.gold", "tsv"), "de"
    yield "en-es Golden Collection", *_jsonl_set("en-es", "es_golden.jsonl"), "es"
    yield "en-fr Hansards WPT03", read_parallel_text(GOLD / "enfr" / "enfr.src-tgt", "fastalign"), \
        read_gold(GOLD / "enfr" / "enfr.gold", "pharaoh1"), "fr"
    yield "en-ro WPT05", _flip(read_parallel_text(GOLD / "roen" / "roen.src-tgt", "fastalign")), \
        _flip_gold(read_gold(GOLD / "roen" / "roen.gold", "pharaoh1")), None
    d = GOLD / "enhi-wpt05"
    yield "en-hi WPT05", list(zip(read_tokenized(d / "test.eng", "sgml"), read_tokenized(d / "test.hin", "sgml"))), \
        read_gold(d / "test.eng.hin.wa", "naacl1", snums(d / "test.eng")), None
    yield "en-pt Golden Collection", *_jsonl_set("en-pt", "pt_golden.jsonl"), None
    yield "en-sv Linköping", *_jsonl_set("en-sv", "swedish.jsonl"), None
    yield "en-cs CzEnAli", *_jsonl_set("en-cz", "czenali.jsonl"), None


def aer(only: str = "") -> None:
    from spacy_xner.alignment.gold import score
    from spacy_xner.alignment.links import symmetrize
    from spacy_xner.alignment.registry import eflomal_aligner  # v1: plain eflomal

    bitexts: dict[str, list] = {}
    rows = []
    for name, pairs, gold, lang in gold_sets():
        if only not in name:
            continue
        extras = [None] if lang is None else [None, lang]
        for extra in extras:
            if extra and extra not in bitexts:
                bitexts[extra] = _bitext(extra)
            bitext = bitexts[extra] if extra else []
            t = time.perf_counter()
            fwd, rev = eflomal_aligner().align_directional(pairs + bitext)
            secs = time.perf_counter() - t
            res = {s: score([symmetrize(f, r, s) for f, r in zip(fwd[: len(pairs)], rev[: len(pairs)])], gold).aer
                   for s in SYMS}
            row = {"set": name, "sentences": len(pairs), "extra_bitext": len(bitext), "seconds": round(secs, 1),
                   "pairs_per_s": round((len(pairs) + len(bitext)) / secs), **{s: round(v, 3) for s, v in res.items()}}
            print(json.dumps(row, ensure_ascii=False), flush=True)
            rows.append(row)
    print("| set | sents | extra bitext | " + " | ".join(SYMS) + " | eflomal s |")
    print("|---|---|---|" + "---|" * len(SYMS) + "---|")
    for r in rows:
        print(f"| {r['set']} | {r['sentences']} | {r['extra_bitext']} | " + " | ".join(f"{r[s]:.3f}" for s in SYMS)
              + f" | {r['seconds']} |")


def combination(runs: int = 3) -> None:
    """Combination operators on two eflomal alignments of bicici100 de-en (no pseudo-sentence can be
    back-translated offline, so the second signal is an independent eflomal run in the other direction)."""
    from spacy_xner.alignment.gold import score
    from spacy_xner.alignment.links import combine
    from spacy_xner.alignment.registry import eflomal_aligner  # v1: plain eflomal
    from spacy_xner.ty import Link

    (name, pairs, gold, _), *_ = gold_sets()
    for run in range(runs):
        a = eflomal_aligner()(pairs)
        b = [[Link(l.tgt, l.src, l.score) for l in links] for links in eflomal_aligner()(_flip(pairs))]
        row = {"run": run, "direct": score(a, gold).aer, "other": score(b, gold).aer,
               **{m: score([combine(x, y, m) for x, y in zip(a, b)], gold).aer for m in ("intersection", "union")}}
        print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in row.items()}), flush=True)


def neural(mode: str | None = None, n_pairs: int = 256) -> None:
    if mode is None:
        for m in ("upstream", "single", "batched"):
            subprocess.run([sys.executable, __file__, "neural", m], check=True)
        return
    sys.path.insert(0, str(REPO / "tests"))
    from fixtures_encoder import build_tiny_bert, write_flores_corpus

    from spacy_xner.alignment.bitext import read_bitext

    cache = Path(tempfile.gettempdir()) / "xner-bench-tiny-bert"
    if not (cache / "config.json").is_file():
        build_tiny_bert(write_flores_corpus(DATA, Path(tempfile.mkstemp(suffix=".txt")[1])), cache)
    d = PAR / "wmt-newstest" / "en-de"
    pairs = read_bitext(d / "newstest2019.en.gz", d / "newstest2019.de.gz", "en", "de")[:n_pairs]
    import torch

    torch.set_num_threads(2)
    if mode == "upstream":
        from simalign import SentenceAligner

        al = SentenceAligner(model=str(cache), token_type="bpe", matching_methods="i", layer=2)
        t = time.perf_counter()
        for s, g in pairs:
            al.get_word_aligns(s, g)
    else:
        from spacy_xner.alignment.registry import neural_aligner

        al = neural_aligner(model=str(cache), layer=2, method="itermax", batch_size=1 if mode == "single" else 32)
        al.load()
        t = time.perf_counter()
        al(pairs)
    secs = time.perf_counter() - t
    words = sum(len(s) + len(g) for s, g in pairs)
    print(json.dumps({"mode": mode, "pairs": len(pairs), "words": words, "seconds": round(secs, 2),
                      "pairs_per_s": round(len(pairs) / secs, 1),
                      "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}), flush=True)


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else "aer"
    {"aer": lambda: aer(sys.argv[2] if len(sys.argv) > 2 else ""), "combine": combination, "neural": lambda: neural(sys.argv[2] if len(sys.argv) > 2 else None)}[what]()
