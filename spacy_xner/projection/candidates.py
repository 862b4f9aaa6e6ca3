"""Target candidate spans for candidate matching: every n-gram, the aligned ranges, or a callable's spans.

A candidate getter is ``(src_words, src_spans, tgt_words, alignment) -> CandidateSpans``; the NER
candidates of a later stage plug in through ``SpanCandidates`` with any span-predicting callable.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Optional, Protocol, Sequence, runtime_checkable

import numpy as np

from ..ty import Link, WordSpan, Words
from .spans import EMPTY, CandidateSpans


@runtime_checkable
class CandidateGetter(Protocol):
    def __call__(
        self, src_words: Words, src_spans: Sequence[WordSpan], tgt_words: Words, alignment: Iterable[Link]
    ) -> CandidateSpans: ...


@lru_cache(maxsize=512)
def _all_ngrams(n: int, max_len: int) -> tuple[np.ndarray, np.ndarray]:
    starts = np.repeat(np.arange(n), max_len)
    ends = starts + np.tile(np.arange(1, max_len + 1), n)
    keep = ends <= n
    starts, ends = starts[keep], ends[keep]
    starts.flags.writeable = ends.flags.writeable = False  # shared by every sentence of length n
    return starts, ends


@dataclass
class NgramCandidates:
    """All spans of up to ``max_len`` words, except those containing a word with one of ``skip_chars``.

    ``max_len_ratio`` bounds the length by the sentence's longest source entity instead
    (``ratio × its length + max_len_extra``): a fixed cap cuts long titles off, and far longer
    candidates only lose to shorter ones under the alignment score.
    """

    max_len: Optional[int]
    skip_chars: str
    max_len_ratio: Optional[float]
    max_len_extra: int

    def __post_init__(self) -> None:
        if self.max_len is None and self.max_len_ratio is None:
            raise ValueError("give max_len, max_len_ratio or both")
        if self.max_len is not None and self.max_len < 1:
            raise ValueError(f"max_len must be >= 1, got {self.max_len!r}")
        if self.max_len_ratio is not None and not self.max_len_ratio >= 1.0:
            raise ValueError(f"max_len_ratio must be >= 1, got {self.max_len_ratio!r}")
        if self.max_len_extra < 0:
            raise ValueError(f"max_len_extra must be >= 0, got {self.max_len_extra!r}")

    def _cap(self, src_spans: Sequence[WordSpan], n_tgt: int) -> int:
        caps = [n_tgt] if self.max_len is None else [self.max_len, n_tgt]
        if self.max_len_ratio is not None:
            longest = max((len(s) for s in src_spans), default=1)
            caps.append(math.ceil(self.max_len_ratio * longest) + self.max_len_extra)
        return max(1, min(caps))

    def __call__(self, src_words, src_spans, tgt_words, alignment) -> CandidateSpans:
        starts, ends = _all_ngrams(len(tgt_words), self._cap(src_spans, len(tgt_words)))
        joined = "\x00".join(tgt_words)
        if any(c in joined for c in self.skip_chars):
            bad = np.array([any(c in w for c in self.skip_chars) for w in tgt_words])
            if bad.any():
                before = np.concatenate(([0], np.cumsum(bad)))
                keep = before[ends] == before[starts]
                starts, ends = starts[keep], ends[keep]
        return CandidateSpans(starts, ends)


@dataclass
class AlignedRangeCandidates:
    """Spans that begin and end on target words aligned to the same source entity.

    With the alignment score alone nothing is lost: trimming an unaligned word off a candidate's
    edge raises its score and frees words, so some optimum uses only these spans (the thesis'
    argument). Far fewer candidates than all n-grams, which is what makes the solvers fast.
    """

    max_len: int = 10

    def __call__(self, src_words, src_spans, tgt_words, alignment) -> CandidateSpans:
        owner = [-1] * len(src_words)
        for i, span in enumerate(src_spans):
            owner[span.start : span.end] = [i] * len(span)
        aligned: dict[int, set[int]] = {}
        for link in alignment:
            if owner[link.src] >= 0:
                aligned.setdefault(owner[link.src], set()).add(link.tgt)
        if not aligned:
            return EMPTY
        pairs = set()
        for words in aligned.values():
            ordered = sorted(words)
            for k, a in enumerate(ordered):
                for b in ordered[k:]:
                    if b - a >= self.max_len:
                        break
                    pairs.add((a, b + 1))
        ordered = sorted(pairs)
        return CandidateSpans(np.array([p[0] for p in ordered], dtype=np.int64), np.array([p[1] for p in ordered], dtype=np.int64))


@dataclass
class SpanCandidates:
    """Candidates predicted on the target words by any callable (e.g. a NER model; labels ignored)."""

    predict: Callable[[Words], Iterable[WordSpan]]

    def __call__(self, src_words, src_spans, tgt_words, alignment) -> CandidateSpans:
        return CandidateSpans.from_spans(s for s in self.predict(tgt_words) if s.end <= len(tgt_words))
