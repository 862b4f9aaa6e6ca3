"""The alignment heuristic (García-Ferrero et al. 2022, as re-implemented by Politov et al. 2025).

The target words aligned to an entity form maximal runs; runs separated by at most
``merge_distance`` words merge; runs no longer than ``ratio_threshold`` × the entity's length are
noise from stray links and are dropped; each kept run gets the entity's label.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Literal, Optional, Sequence

from ..ty import Dropped, Link, ProjectedSpan, ProjectionResult, WordSpan, Words
from .. import reasons

Order = Literal["source", "shortest_first", "longest_first"]


@dataclass
class HeuristicProjection:
    """Runs of aligned target words per entity; spans placed in ``order`` never overwrite each other.

    ``top_k`` keeps only the k longest runs of an entity; ``only_i`` merges a gap only if none of
    its words is aligned to any source word (a gap word aligned elsewhere belongs to something else).
    """

    merge_distance: int = 1
    ratio_threshold: float = 0.8
    top_k: Optional[int] = None
    only_i: bool = False
    order: Order = "source"

    def __post_init__(self) -> None:
        if self.merge_distance < 0:
            raise ValueError("merge_distance must be >= 0")
        if self.top_k is not None and self.top_k < 1:
            raise ValueError("top_k must be >= 1 or None")
        if self.order not in ("source", "shortest_first", "longest_first"):
            raise ValueError(f"unknown order {self.order!r}")

    def __call__(
        self, src_words: Words, src_spans: Sequence[WordSpan], tgt_words: Words, alignment: Iterable[Link]
    ) -> ProjectionResult:
        owner = [-1] * len(src_words)
        for i, span in enumerate(src_spans):
            owner[span.start : span.end] = [i] * len(span)
        aligned: list[set[int]] = [set() for _ in src_spans]
        aligned_any: set[int] = set()
        for link in alignment:
            aligned_any.add(link.tgt)
            if owner[link.src] >= 0:
                aligned[owner[link.src]].add(link.tgt)
        result = ProjectionResult()
        placed: list[WordSpan] = []
        for i in self._ordered(src_spans):
            entity = src_spans[i]
            if not aligned[i]:
                result.dropped.append(Dropped(i, reasons.NO_LINKS))
                continue
            runs = [r for r in self._runs(sorted(aligned[i]), aligned_any) if (r[1] - r[0]) / len(entity) > self.ratio_threshold]
            if not runs:
                result.dropped.append(Dropped(i, reasons.BELOW_THRESHOLD))
                continue
            if self.top_k is not None:
                runs = sorted(sorted(runs, key=lambda r: (r[0] - r[1], r[0]))[: self.top_k])
            kept = 0
            for start, end in runs:
                span = WordSpan(start, end, entity.label)
                if any(span.overlaps(other) for other in placed):
                    continue
                placed.append(span)
                result.projected.append(ProjectedSpan(span, i, len(span) / len(entity)))
                kept += 1
            if not kept:
                result.dropped.append(Dropped(i, reasons.OVERLAP_LOST))
        return result

    def _ordered(self, spans: Sequence[WordSpan]) -> list[int]:
        if self.order == "source":
            return list(range(len(spans)))
        sign = 1 if self.order == "shortest_first" else -1
        return sorted(range(len(spans)), key=lambda i: (sign * len(spans[i]), i))

    def _runs(self, words: list[int], aligned_any: set[int]) -> list[tuple[int, int]]:
        runs = [[words[0], words[0] + 1]]
        for w in words[1:]:
            gap = range(runs[-1][1], w)
            if len(gap) <= self.merge_distance and not (self.only_i and any(g in aligned_any for g in gap)):
                runs[-1][1] = w + 1
            else:
                runs.append([w, w + 1])
        return [(s, e) for s, e in runs]
