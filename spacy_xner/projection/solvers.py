"""Pick (entity, candidate) pairs maximising the total score: no two chosen candidates overlap and
each entity is placed ``= / <= / >=`` ``n_proj`` times (the thesis' constraint types).

A solver is ``(scores[n_entities, n_candidates], candidates) -> list[(entity, candidate)]``, or
``None`` when the constraints cannot be met. Only pairs with a positive score can be chosen.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Optional, Protocol, Sequence, runtime_checkable

import numpy as np

from .spans import CandidateSpans

Constraint = Literal["<=", "=", ">="]
Matching = list[tuple[int, int]]
DOMINANCE_BLOCK = 1024  # candidates compared with all others at a time: memory ~ this × an entity's candidates


@runtime_checkable
class Solver(Protocol):
    def __call__(self, scores: np.ndarray, candidates: CandidateSpans) -> Optional[Matching]: ...


def _check(n_proj: int, constraint: str) -> None:
    if n_proj < 1:
        raise ValueError("n_proj must be >= 1")
    if constraint not in ("<=", "=", ">="):
        raise ValueError(f"unknown constraint {constraint!r}; use '<=', '=' or '>='")


@dataclass
class GreedySolver:
    """Take the best positive pair, block its candidate and every overlapping one, repeat.

    An entity stops after ``n_proj`` placements unless the constraint is ``>=``. Always feasible
    for ``<=``; for ``=``/``>=`` an entity may end with fewer placements than asked.
    """

    n_proj: int = 1
    constraint: Constraint = "<="

    def __post_init__(self) -> None:
        _check(self.n_proj, self.constraint)

    def __call__(self, scores: np.ndarray, candidates: CandidateSpans) -> Optional[Matching]:
        if not scores.size:
            return []
        work = scores.copy()
        starts, ends = candidates.starts, candidates.ends
        placed = [0] * len(scores)
        matching: Matching = []
        n_cols = work.shape[1]
        while True:
            i, j = divmod(int(work.argmax()), n_cols)
            if work[i, j] <= 0:
                return matching
            matching.append((i, j))
            placed[i] += 1
            if self.constraint != ">=" and placed[i] >= self.n_proj:
                work[i] = 0
            work[:, (starts < ends[j]) & (starts[j] < ends)] = 0


@dataclass
class ILPSolver:
    """The exact optimum, by scipy's HiGHS ``milp`` (no licence needed).

    Reduced formulation: one binary per positive pair that no pair of the same entity dominates
    (``_undominated``); one "at most one" row per target word
    covered by two or more of them (a clique of the interval overlap graph, tighter and smaller than
    one row per overlapping pair); one ``n_proj`` row per entity. When ``n_proj == 1`` under
    ``<=``/``=`` and the per-entity best candidates don't collide, that choice attains the upper bound
    (sum of row maxima) and is returned without calling the solver.
    """

    n_proj: int = 1
    constraint: Constraint = "<="
    time_limit: Optional[float] = None

    def __post_init__(self) -> None:
        _check(self.n_proj, self.constraint)

    def __call__(self, scores: np.ndarray, candidates: CandidateSpans) -> Optional[Matching]:
        return self.solve_many([(scores, candidates)])[0]

    def solve_many(self, problems: Sequence[tuple[np.ndarray, CandidateSpans]]) -> list[Optional[Matching]]:
        """The matchings of many sentences, with one HiGHS call for all that need one: their
        problems are independent blocks of one block-diagonal ``milp``, whose optimum is every
        block's optimum (scipy/HiGHS cost a fixed overhead per call, not per sentence). An infeasible
        block makes the whole infeasible; then each sentence is solved alone, to say which."""
        results: list[Optional[Matching]] = [None] * len(problems)
        blocks = []
        for k, (scores, candidates) in enumerate(problems):
            if not scores.size or scores.max() <= 0:
                results[k] = []
                continue
            if self.n_proj == 1 and self.constraint != ">=":
                results[k] = _row_maxima_if_disjoint(scores, candidates)
                if results[k] is not None:
                    continue
            blocks.append((k, self._block(scores, candidates)))
        if len(blocks) == 1 or blocks and not self._milp(blocks, results):
            for k, block in blocks:
                self._milp([(k, block)], results)
        return results

    def _block(self, scores: np.ndarray, candidates: CandidateSpans) -> tuple:
        """One sentence's variables (its positive pairs), objective, and constraint rows."""
        from scipy.sparse import csr_matrix, vstack

        rows, cols = np.nonzero(_undominated(scores, candidates))
        n_var = len(rows)
        entities, ent_row = np.unique(rows, return_inverse=True)
        matrix = csr_matrix((np.ones(n_var), (ent_row, np.arange(n_var))), shape=(len(entities), n_var))
        lower, upper = {"<=": (0, self.n_proj), "=": (self.n_proj, self.n_proj), ">=": (self.n_proj, np.inf)}[self.constraint]
        lows, ups = [np.full(len(entities), lower, float)], [np.full(len(entities), upper, float)]
        starts, ends = candidates.starts[cols], candidates.ends[cols]
        words = np.arange(starts.min(), ends.max())
        cover = (starts[None, :] <= words[:, None]) & (words[:, None] < ends[None, :])
        cover = cover[cover.sum(axis=1) >= 2]
        if len(cover):
            cover = np.unique(cover, axis=0)
            matrix = vstack([matrix, csr_matrix(cover.astype(np.float64))])
            lows.append(np.full(len(cover), -np.inf))
            ups.append(np.ones(len(cover)))
        return rows, cols, -scores[rows, cols], matrix, np.concatenate(lows), np.concatenate(ups)

    def _milp(self, blocks: list[tuple[int, tuple]], results: list[Optional[Matching]]) -> bool:
        """Solve the blocks together into ``results``; ``False`` when HiGHS found no solution."""
        from scipy.optimize import Bounds, LinearConstraint, milp
        from scipy.sparse import block_diag

        _, parts = zip(*blocks)
        cost = np.concatenate([p[2] for p in parts])
        constraint = LinearConstraint(block_diag([p[3] for p in parts], format="csr"),
                                      np.concatenate([p[4] for p in parts]), np.concatenate([p[5] for p in parts]))
        options = {"mip_rel_gap": 0.0}
        if self.time_limit is not None:
            options["time_limit"] = self.time_limit
        res = milp(cost, constraints=[constraint], integrality=np.ones(len(cost)), bounds=Bounds(0, 1), options=options)
        if res.x is None:
            return False
        offset = 0
        for k, (rows, cols, *_) in blocks:
            chosen = np.flatnonzero(res.x[offset:offset + len(rows)] > 0.5)
            results[k] = [(int(rows[i]), int(cols[i])) for i in chosen]
            offset += len(rows)
        return True


def _row_maxima_if_disjoint(scores: np.ndarray, candidates: CandidateSpans) -> Optional[Matching]:
    best = scores.argmax(axis=1)
    positive = scores[np.arange(len(scores)), best] > 0
    rows, best = np.flatnonzero(positive), best[positive]
    if len(best) > 1:
        order = np.argsort(candidates.starts[best], kind="stable")
        s, e = candidates.starts[best][order], candidates.ends[best][order]
        if np.any(s[1:] < e[:-1]):
            return None
    return list(zip(rows.tolist(), best.tolist()))


def _undominated(scores: np.ndarray, candidates: CandidateSpans) -> np.ndarray:
    """Mask of the positive pairs an optimum may need: a pair whose candidate strictly contains another
    candidate scoring at least as much for the same entity can be swapped for that one in any
    solution (it covers fewer words: every constraint still holds) without lowering the total, so the
    optimum stays: far fewer variables, the same matchings (benchmarks/README.streaming.md)."""
    keep = scores > 0
    for i in range(len(scores)):
        cols = np.flatnonzero(keep[i])
        starts, ends, values = candidates.starts[cols], candidates.ends[cols], scores[i, cols]
        lengths = ends - starts
        dominated = np.zeros(len(cols), dtype=bool)
        for first in range(0, len(cols), DOMINANCE_BLOCK):  # [j, k] matrices of a block of j at a time
            j = slice(first, first + DOMINANCE_BLOCK)
            within = (starts[None, :] >= starts[j, None]) & (ends[None, :] <= ends[j, None])  # k within j
            within &= lengths[None, :] < lengths[j, None]  # strictly: the same span twice stays
            dominated[j] = (within & (values[None, :] >= values[j, None])).any(axis=1)
        keep[i, cols[dominated]] = False
    return keep
