"""Operations on link sets: symmetrization, combination, composition, filtering, pair checks.

All work on ``Link`` lists of one sentence pair and know nothing of how the links were made, so the
statistical and neural aligners and the back-translation refinement share them.
"""
from __future__ import annotations

import unicodedata
from typing import Iterable, Literal, Optional, Sequence

from .. import reasons
from ..ty import Alignment, Link, Words

Symmetrization = Literal["intersection", "union", "grow-diag-final-and", "forward", "reverse"]
Combination = Literal["replace", "intersection", "union", "weighted"]

_NEIGHBOURS = ((-1, 0), (0, -1), (1, 0), (0, 1), (-1, -1), (-1, 1), (1, -1), (1, 1))


def symmetrize(forward: Iterable[tuple[int, int]], reverse: Iterable[tuple[int, int]], method: Symmetrization) -> Alignment:
    """Merge the two directional alignments of one pair (both given as (src, tgt) pairs)."""
    fwd = {(int(i), int(j)) for i, j, *_ in forward}
    rev = {(int(i), int(j)) for i, j, *_ in reverse}
    if method == "forward":
        points = fwd
    elif method == "reverse":
        points = rev
    elif method == "intersection":
        points = fwd & rev
    elif method == "union":
        points = fwd | rev
    elif method == "grow-diag-final-and":
        points = _grow_diag_final_and(fwd, rev)
    else:
        raise ValueError(f"unknown symmetrization {method!r}")
    return [Link(i, j) for i, j in sorted(points)]


def _grow_diag_final_and(fwd: set, rev: set) -> set:
    """Koehn et al. (2003): start from the intersection, grow along neighbours in the union, then
    add union points whose two words are both still unaligned."""
    union = fwd | rev
    points = set(fwd & rev)
    src_done = {i for i, _ in points}
    tgt_done = {j for _, j in points}

    def add(i: int, j: int) -> None:
        points.add((i, j))
        src_done.add(i)
        tgt_done.add(j)

    grew = True
    while grew:
        grew = False
        for i, j in sorted(points):
            for di, dj in _NEIGHBOURS:
                cand = (i + di, j + dj)
                if cand in union and cand not in points and (cand[0] not in src_done or cand[1] not in tgt_done):
                    add(*cand)
                    grew = True
    for directional in (fwd, rev):
        for i, j in sorted(directional):
            if i not in src_done and j not in tgt_done:
                add(i, j)
    return points


def combine(direct: Sequence[Link], other: Sequence[Link], method: Combination, weight: float = 0.5,
            threshold: float = 0.5) -> Alignment:
    """Combine two alignments of the same pair (e.g. direct and via back-translation).

    ``replace`` keeps ``other`` only (the paper's back-translation alignment); ``weighted`` scores each link ``weight * s_direct + (1 - weight) * s_other`` (a missing link
    scores 0) and keeps links scoring at least ``threshold``.
    """
    a = {(l.src, l.tgt): l.score for l in direct}
    b = {(l.src, l.tgt): l.score for l in other}
    if method == "replace":
        return [Link(i, j, s) for (i, j), s in sorted(b.items())]
    if method == "intersection":
        keys = a.keys() & b.keys()
        return [Link(i, j, min(a[i, j], b[i, j])) for i, j in sorted(keys)]
    if method == "union":
        keys = a.keys() | b.keys()
        return [Link(i, j, max(a.get((i, j), 0.0), b.get((i, j), 0.0))) for i, j in sorted(keys)]
    if method == "weighted":
        scored = {k: weight * a.get(k, 0.0) + (1.0 - weight) * b.get(k, 0.0) for k in a.keys() | b.keys()}
        return [Link(i, j, s) for (i, j), s in sorted(scored.items()) if s >= threshold]
    raise ValueError(f"unknown combination {method!r}")


def vote(runs: Sequence[Iterable[Link]], threshold: float = 0.5) -> Alignment:
    """Links found by at least ``threshold`` of several alignments of one pair, scored by that share."""
    counts: dict[tuple[int, int], int] = {}
    for links in runs:
        for key in {(l.src, l.tgt) for l in links}:
            counts[key] = counts.get(key, 0) + 1
    return [Link(i, j, n / len(runs)) for (i, j), n in sorted(counts.items()) if n / len(runs) >= threshold]


def compose(first: Sequence[Link], second: Sequence[Link]) -> Alignment:
    """A→C links through a pivot B: ``(a, c)`` when ``(a, b)`` in ``first`` and ``(b, c)`` in ``second``.

    This carries the back-translation alignment (source → pseudo-sentence → original target) into
    the index space of the direct alignment, so the two can be combined.
    """
    by_pivot: dict[int, list[Link]] = {}
    for link in second:
        by_pivot.setdefault(link.src, []).append(link)
    best: dict[tuple[int, int], float] = {}
    for link in first:
        for nxt in by_pivot.get(link.tgt, ()):
            key = (link.src, nxt.tgt)
            best[key] = max(best.get(key, 0.0), link.score * nxt.score)
    return [Link(i, j, s) for (i, j), s in sorted(best.items())]


def is_punct(word: str) -> bool:
    return bool(word) and all(unicodedata.category(ch).startswith("P") or unicodedata.category(ch).startswith("S")
                              for ch in word)


def drop_punct_links(links: Sequence[Link], src: Words, tgt: Words) -> Alignment:
    """Drop links joining a punctuation/symbol token to a word (punctuation-to-punctuation stays)."""
    return [l for l in links if is_punct(src[l.src]) == is_punct(tgt[l.tgt])]


def skip_reason(src: Words, tgt: Words, max_words: Optional[int] = None, max_ratio: Optional[float] = None) -> Optional[str]:
    """Why a pair cannot be aligned (a counted skip reason), or None when it can."""
    if not src or not tgt:
        return reasons.EMPTY_SOURCE if not src else reasons.EMPTY_TARGET
    if max_words is not None and max(len(src), len(tgt)) > max_words:
        return reasons.over_max_words(max_words)
    if max_ratio is not None and max(len(src), len(tgt)) > 10 and max(len(src), len(tgt)) > max_ratio * min(len(src), len(tgt)):
        return reasons.over_length_ratio(max_ratio)
    return None
