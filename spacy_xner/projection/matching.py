"""Candidate matching: extract target candidates, score every (entity, candidate) pair, solve the matching."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

import numpy as np

from ..ty import Dropped, Link, ProjectedSpan, ProjectionResult, WordSpan, Words
from .. import reasons
from .candidates import CandidateGetter
from .scores import Score, fuse
from .sentence import SentenceSkipped
from .solvers import Solver


@dataclass
class CandidateMatching:
    """``max_tokens`` bounds the cost: the score matrices are entities × candidates, both growing with
    the sentence, so a runaway line (a whole document on one line) would take time and memory
    quadratic in its length; a sentence longer than that on either side is skipped with a counted
    reason instead (``None``: no limit). Measured in benchmarks/README.projection.md."""

    candidates: CandidateGetter
    scores: Sequence[Score]
    solver: Solver
    max_tokens: Optional[int] = None

    def __post_init__(self) -> None:
        if not self.scores:
            raise ValueError("candidate matching needs at least one score")

    def __call__(
        self, src_words: Words, src_spans: Sequence[WordSpan], tgt_words: Words, alignment: Iterable[Link]
    ) -> ProjectionResult:
        if self.max_tokens is not None and max(len(src_words), len(tgt_words)) > self.max_tokens:
            raise SentenceSkipped(reasons.TOO_LONG)
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
