"""Array views of spans and links: the projection inner loops run on numpy, not on Python objects."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np

from ..ty import Link, WordSpan


@dataclass(frozen=True, slots=True)
class CandidateSpans:
    """Target candidate spans as parallel ``starts``/``ends`` arrays (``end`` exclusive)."""

    starts: np.ndarray
    ends: np.ndarray

    @classmethod
    def from_spans(cls, spans: Iterable[WordSpan]) -> "CandidateSpans":
        pairs = sorted({(s.start, s.end) for s in spans})
        return cls(np.array([p[0] for p in pairs], dtype=np.int64), np.array([p[1] for p in pairs], dtype=np.int64))

    def __len__(self) -> int:
        return len(self.starts)

    @property
    def lengths(self) -> np.ndarray:
        return self.ends - self.starts

    def span(self, j: int, label: str = "") -> WordSpan:
        return WordSpan(int(self.starts[j]), int(self.ends[j]), label)

    def overlapping(self, j: int) -> np.ndarray:
        """Mask of the candidates that share a word with candidate ``j`` (itself included)."""
        return (self.starts < self.ends[j]) & (self.starts[j] < self.ends)


EMPTY = CandidateSpans(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))


def link_counts(src_spans: Sequence[WordSpan], n_src: int, tgt_len: int, alignment: Iterable[Link]) -> np.ndarray:
    """``counts[i, t]``: distinct links between the words of source entity ``i`` and target word ``t``,
    each weighted by its score (1 for an aligner's plain links, the vote share for voted ones)."""
    owner = [-1] * n_src
    for i, span in enumerate(src_spans):
        owner[span.start : span.end] = [i] * len(span)
    counts = np.zeros((len(src_spans), tgt_len), dtype=np.float64)
    links: dict[tuple[int, int], float] = {}
    for l in alignment:
        if owner[l.src] >= 0:
            links[l.src, l.tgt] = max(links.get((l.src, l.tgt), 0.0), l.score)
    if links:
        src, tgt = zip(*links)
        np.add.at(counts, ([owner[s] for s in src], tgt), list(links.values()))
    return counts
