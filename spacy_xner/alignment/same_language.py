"""A model-free aligner for two sentences in the same language (the back-translation refinement).

Two translations of one sentence into one language share most of their words, spelled the same or
nearly so (``deutschen`` / ``deutsche``), in mostly the same order; what differs is word choice and
inflection. So no model is needed: each word pair scores the string similarity of its folded forms
(case and accents removed, as ``lexicon.word_form`` writes them) times a prior that prefers the
same relative position, and a one-to-one assignment that maximizes the total score keeps the pairs
scoring at least ``threshold``. A one-word gap between two links on both sides (a substituted word:
``britischem Lammfleisch`` / ``britischen Lammes``) is linked too when ``fill_gaps``, with the
score ``threshold``.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Sequence

import numpy as np

from ..ty import Alignment, Link, Words
from .lexicon import word_form


@dataclass(frozen=True)
class SameLanguageAligner:
    """Links near-identical words of two same-language sentences, one-to-one and mostly monotone.

    score(i, j) = similarity(form_i, form_j) × exp(-distortion × |i/n − j/m|), with the normalized
    Indel similarity of rapidfuzz (1.0: identical folded forms).
    """

    threshold: float = 0.5
    distortion: float = 1.0
    fill_gaps: bool = True

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {self.threshold!r}")
        if not self.distortion >= 0.0:
            raise ValueError(f"distortion must be >= 0, got {self.distortion!r}")

    @property
    def settings(self) -> dict:
        return {"aligner": "same-language", **asdict(self)}

    def __call__(self, pairs: Sequence[tuple[Words, Words]]) -> list[Alignment]:
        return [self.align(a, b) for a, b in pairs]

    def scores(self, a: Words, b: Words) -> np.ndarray:
        """The ``len(a) × len(b)`` matrix of similarity × position prior."""
        from rapidfuzz import fuzz, process

        sim = process.cdist([word_form(w) for w in a], [word_form(w) for w in b], scorer=fuzz.ratio,
                            dtype=np.float32, workers=1) / 100.0
        pos_a = (np.arange(len(a)) + 0.5) / len(a)
        pos_b = (np.arange(len(b)) + 0.5) / len(b)
        return sim * np.exp(-self.distortion * np.abs(pos_a[:, None] - pos_b[None, :]))

    def align(self, a: Words, b: Words) -> Alignment:
        if not a or not b:
            return []
        from scipy.optimize import linear_sum_assignment

        score = self.scores(a, b)
        rows, cols = linear_sum_assignment(np.where(score >= self.threshold, score, 0.0), maximize=True)
        kept = {int(i): (int(j), float(score[i, j])) for i, j in zip(rows, cols) if score[i, j] >= self.threshold}
        if self.fill_gaps:  # a gap link rests on its neighbours, not its spelling: it scores the threshold
            kept.update({i: (j, self.threshold) for i, j in _gaps({i: j for i, (j, _) in kept.items()}, len(a), len(b)).items()})
        return [Link(i, j, s) for i, (j, s) in sorted(kept.items())]


def _gaps(links: dict[int, int], n: int, m: int) -> dict[int, int]:
    """``i → j`` for unlinked words ``i`` and ``j`` between links ``i-1 → j-1`` and ``i+1 → j+1``
    (a sentence edge counts as a link), so a substituted word between two kept words is linked."""
    linked_b = set(links.values())
    found = {}
    for i in range(n):
        if i in links:
            continue
        before = links.get(i - 1, -1) if i > 0 else -1
        after = links.get(i + 1, m) if i + 1 < n else m
        if (i == 0 or i - 1 in links) and (i + 1 == n or i + 1 in links) and after - before == 2:
            j = before + 1
            if j not in linked_b and 0 <= j < m:
                found[i] = j
    return found
