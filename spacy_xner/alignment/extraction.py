"""Link extraction from a similarity matrix: SimAlign's ArgMax / IterMax / Match, AWESoME's softmax.

ArgMax and IterMax call SimAlign's own code, so results match upstream exactly. Match uses scipy's
assignment solver instead of SimAlign's networkx matching: the same maximum-weight matching of
maximum cardinality on a complete bipartite graph, ~100x faster.
"""
from __future__ import annotations

from typing import Literal

import numpy as np

Method = Literal["argmax", "itermax", "match", "softmax"]
METHODS = ("argmax", "itermax", "match", "softmax")


def cosine_similarity(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """SimAlign's similarity, ``(cos + 1) / 2`` in [0, 1] (via sklearn, as upstream)."""
    from sklearn.metrics.pairwise import cosine_similarity as cos

    return (cos(x, y) + 1.0) / 2.0


def argmax(sim: np.ndarray) -> np.ndarray:
    """Mutual argmax: (i, j) where j is i's best target and i is j's best source."""
    from simalign import SentenceAligner

    fwd, rev = SentenceAligner.get_alignment_matrix(sim)
    return fwd * rev


def itermax(sim: np.ndarray, max_count: int = 2) -> np.ndarray:
    """ArgMax repeated over words still unaligned (SimAlign IterMax, alpha 0.9)."""
    from simalign import SentenceAligner

    return SentenceAligner.iter_max(sim, max_count=max_count)


def match(sim: np.ndarray) -> np.ndarray:
    """Maximum-weight bipartite matching (SimAlign "mwmf")."""
    from scipy.optimize import linear_sum_assignment

    rows, cols = linear_sum_assignment(sim, maximize=True)
    out = np.zeros_like(sim)
    out[rows, cols] = 1.0
    return out


def softmax_threshold(scores: np.ndarray, threshold: float = 1e-3) -> np.ndarray:
    """AWESoME-align: softmax of the dot products over each axis; keep (i, j) above ``threshold``
    in both directions. Returns the mean of the two probabilities where kept, else 0."""
    fwd = _softmax(scores, axis=1)
    rev = _softmax(scores, axis=0)
    keep = (fwd > threshold) & (rev > threshold)
    return np.where(keep, (fwd + rev) / 2.0, 0.0)


def _softmax(x: np.ndarray, axis: int) -> np.ndarray:
    z = np.exp(x - x.max(axis=axis, keepdims=True))
    return z / z.sum(axis=axis, keepdims=True)


def extract(method: Method, sim: np.ndarray, threshold: float = 1e-3) -> list[tuple[int, int, float]]:
    """Links ``(i, j, score)`` of one similarity matrix (``softmax`` expects raw dot products)."""
    if sim.size == 0:
        return []
    if method == "softmax":
        kept = softmax_threshold(sim, threshold)
        return [(int(i), int(j), float(kept[i, j])) for i, j in zip(*np.nonzero(kept))]
    if method == "argmax":
        mask = argmax(sim)
    elif method == "itermax":
        mask = itermax(sim)
    elif method == "match":
        mask = match(sim)
    else:
        raise ValueError(f"unknown extraction method {method!r}; expected one of {METHODS}")
    return [(int(i), int(j), float(sim[i, j])) for i, j in zip(*np.nonzero(mask > 0))]
