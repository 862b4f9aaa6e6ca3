"""Candidate matching: extract target candidates, score every (entity, candidate) pair, solve the matching."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np

from ..ty import Dropped, Link, ProjectedSpan, ProjectionResult, WordSpan, Words
from . import reasons
from .candidates import CandidateGetter
from .scores import Score, fuse
from .solvers import Solver


@dataclass
class CandidateMatching:
    candidates: CandidateGetter
    scores: Sequence[Score]
    solver: Solver

    def __post_init__(self) -> None:
        if not self.scores:
            raise ValueError("candidate matching needs at least one score")

    def __call__(
        self, src_words: Words, src_spans: Sequence[WordSpan], tgt_words: Words, alignment: Iterable[Link]
    ) -> ProjectionResult:
        alignment = list(alignment)
        result = ProjectionResult()
        if not src_spans:
            return result
        cands = self.candidates(src_words, src_spans, tgt_words, alignment)
        total = fuse(self.scores, src_words, src_spans, tgt_words, cands, alignment)
        matching = self.solver(total, cands) if len(cands) else []
        if matching is None:
            result.dropped = [Dropped(i, reasons.INFEASIBLE) for i in range(len(src_spans))]
            return result
        for i, j in sorted(matching, key=lambda p: int(cands.starts[p[1]])):
            result.projected.append(ProjectedSpan(cands.span(j, src_spans[i].label), i, float(total[i, j])))
        placed = {i for i, _ in matching}
        unplaced = [i for i in range(len(src_spans)) if i not in placed]
        if unplaced:
            has_candidate = (total > 0).any(axis=1) if len(cands) else np.zeros(len(src_spans), bool)
            sources = {l.src for l in alignment}
            for i in unplaced:
                span = src_spans[i]
                if has_candidate[i]:
                    reason = reasons.OVERLAP_LOST
                elif sources.isdisjoint(range(span.start, span.end)):
                    reason = reasons.NO_LINKS
                else:
                    reason = reasons.NO_CANDIDATE
                result.dropped.append(Dropped(i, reason))
        return result
