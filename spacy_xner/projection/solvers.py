"""Pick (entity, candidate) pairs maximising the total score: no two chosen candidates overlap and
each entity is placed ``= / <= / >=`` ``n_proj`` times (the thesis' constraint types).

A solver is ``(scores[n_entities, n_candidates], candidates) -> list[(entity, candidate)]``, or
``None`` when the constraints cannot be met. Only pairs with a positive score can be chosen.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Optional, Protocol, runtime_checkable

import numpy as np

from .spans import CandidateSpans

Constraint = Literal["<=", "=", ">="]
Matching = list[tuple[int, int]]


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

    Reduced formulation: one binary per positive pair only; one "at most one" row per target word
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
        if not scores.size or scores.max() <= 0:
            return []
        if self.n_proj == 1 and self.constraint != ">=":
            shortcut = _row_maxima_if_disjoint(scores, candidates)
            if shortcut is not None:
                return shortcut
        rows, cols = np.nonzero(scores > 0)
        return self._milp(scores, candidates, rows, cols)

    def _milp(self, scores, candidates, rows, cols) -> Optional[Matching]:
        from scipy.optimize import Bounds, LinearConstraint, milp
        from scipy.sparse import csr_matrix

        n_var = len(rows)
        entities, ent_row = np.unique(rows, return_inverse=True)
        a_ent = csr_matrix((np.ones(n_var), (ent_row, np.arange(n_var))), shape=(len(entities), n_var))
        lower, upper = {"<=": (0, self.n_proj), "=": (self.n_proj, self.n_proj), ">=": (self.n_proj, np.inf)}[self.constraint]
        constraints = [LinearConstraint(a_ent, lower, upper)]
        starts, ends = candidates.starts[cols], candidates.ends[cols]
        words = np.arange(starts.min(), ends.max())
        cover = (starts[None, :] <= words[:, None]) & (words[:, None] < ends[None, :])
        cover = cover[cover.sum(axis=1) >= 2]
        if len(cover):
            cover = np.unique(cover, axis=0)
            constraints.append(LinearConstraint(cover.astype(np.float64), -np.inf, 1))
        options = {"mip_rel_gap": 0.0}
        if self.time_limit is not None:
            options["time_limit"] = self.time_limit
        res = milp(-scores[rows, cols], constraints=constraints, integrality=np.ones(n_var), bounds=Bounds(0, 1), options=options)
        if res.x is None:
            return None
        chosen = np.flatnonzero(res.x > 0.5)
        return [(int(rows[k]), int(cols[k])) for k in chosen]


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
