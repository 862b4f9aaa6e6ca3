"""Translation throughput on the tiny random NLLB-architecture model (CPU): HF vs CTranslate2,
and length-sorted vs unsorted batching.

    HF_HUB_OFFLINE=1 python benchmarks/bench_translation.py [--n 256] [--max-length 32] [--beam-size 4]

Sentences are the first N FLORES-200 eng_Latn devtest lines (their lengths vary, as real
corpora do). A random model never emits </s>, so every output runs to --max-length tokens: the
numbers measure decoding cost per sentence, not translation quality.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from fixtures_seq2seq import build_spm, build_tiny_nllb  # noqa: E402

from spacy_xner.translation.registry import ct2_translator, hf_translator  # noqa: E402


def rate(translator, texts, repeats: int) -> float:
    translator(texts[:8], "en", "de")  # warm-up: load, convert, first-call overheads
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        translator(texts, "en", "de")
        best = min(best, time.perf_counter() - start)
    return len(texts) / best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=256)
    parser.add_argument("--max-length", type=int, default=32)
    parser.add_argument("--beam-size", type=int, default=4)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1,
                        help="torch and CTranslate2 threads (1: on a shared, loaded machine 2 threads spin and run 50x slower)")
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    args = parser.parse_args()
    lines = (args.data / "flores200-devtest" / "eng_Latn.devtest").read_text(encoding="utf-8").split("\n")
    texts = [line for line in lines if line.strip()][: args.n]
    import torch

    torch.set_num_threads(args.threads)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        model = build_tiny_nllb(build_spm(args.data, tmp), tmp / "nllb")
        common = dict(beam_size=args.beam_size, max_length=args.max_length, batch_size=args.batch_size)
        rows = [
            ("HF fp32, length-sorted", hf_translator(str(model), **common)),
            ("HF fp32, unsorted", hf_translator(str(model), sort_by_length=False, **common)),
            ("CT2 int8, length-sorted", ct2_translator(str(model), compute_type="int8", threads=args.threads,
                                                      convert_dir=str(tmp / "ct2"), **common)),
            ("CT2 int8, unsorted", ct2_translator(str(model), compute_type="int8", threads=args.threads,
                                                  convert_dir=str(tmp / "ct2"), sort_by_length=False, **common)),
        ]
        print(f"{len(texts)} sentences, beam {args.beam_size}, max_length {args.max_length}, batch {args.batch_size}, "
              f"torch threads {torch.get_num_threads()}, cpus {os.cpu_count()}")
        results = {}
        for name, translator in rows:
            results[name] = rate(translator, texts, args.repeats)
            print(f"{name:28s} {results[name]:8.1f} sentences/s")
        print(f"CT2 / HF (sorted): {results['CT2 int8, length-sorted'] / results['HF fp32, length-sorted']:.2f}x")
        print(f"sorted / unsorted: HF {results['HF fp32, length-sorted'] / results['HF fp32, unsorted']:.2f}x, "
              f"CT2 {results['CT2 int8, length-sorted'] / results['CT2 int8, unsorted']:.2f}x")


if __name__ == "__main__":
    main()
