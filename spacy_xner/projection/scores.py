"""Scores of (source entity, target candidate) pairs; the matching maximises their weighted sum.

A score is ``(src_words, src_spans, tgt_words, candidates, alignment) -> array[n_entities, n_candidates]``
with a ``weight`` attribute; values below its ``threshold`` count as zero, so a pair a score
rejects adds nothing. The NER-probability and NMT scores of later stages implement the same protocol.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate
from typing import Iterable, Protocol, Sequence, runtime_checkable

import numpy as np

from ..text import spelling
from ..ty import Link, WordSpan, Words
from .spans import CandidateSpans, link_counts


@runtime_checkable
class Score(Protocol):
    weight: float

    def __call__(
        self,
        src_words: Words,
        src_spans: Sequence[WordSpan],
        tgt_words: Words,
        candidates: CandidateSpans,
        alignment: Iterable[Link],
    ) -> np.ndarray: ...


@dataclass
class AlignmentScore:
    """``2 · links(entity, candidate) / (|entity| + |candidate|)``: 1 when both are exactly aligned to each other."""

    weight: float = 1.0
    threshold: float = 0.0

    def __call__(self, src_words, src_spans, tgt_words, candidates, alignment) -> np.ndarray:
        counts = link_counts(src_spans, len(src_words), len(tgt_words), alignment)
        prefix = np.zeros((counts.shape[0], counts.shape[1] + 1))
        np.cumsum(counts, axis=1, out=prefix[:, 1:])
        inside = prefix[:, candidates.ends] - prefix[:, candidates.starts]
        ent_len = np.array([s.end - s.start for s in src_spans], dtype=np.float64)
        score = 2.0 * inside / (ent_len[:, None] + candidates.lengths)
        return _cut(score, self.threshold)


@dataclass
class StringSimilarityScore:
    """Character similarity of entity and candidate strings (names are often copied or transliterated).

    rapidfuzz's normalized Indel similarity (``fuzz.ratio`` / 100) on lowercased text, so
    "Parlament" ~ "Parliament" scores high without any alignment link.

    ``affixes``: a candidate that is the entity, spelled alike, with or without a short prefix or
    suffix attached, scores 1 as well. Bantu languages write class and locative prefixes onto names (Shona "muHarare",
    "kweBritain", "zveGermany"), and MasakhaNER labels the whole word, so the word holding the
    name is the entity. A match is the entity's spelling (``text.spelling``: transliterated,
    case-free) found inside the candidate's, after at most ``max_prefix`` characters of its first
    word and before at most ``max_suffix`` characters of its last. Names with fewer than
    ``min_name`` letters and digits never match inside a word ("Al" is in "Aliko").
    """

    weight: float = 0.5
    threshold: float = 0.8
    affixes: bool = False
    max_prefix: int = 4
    max_suffix: int = 2
    min_name: int = 4

    def __call__(self, src_words, src_spans, tgt_words, candidates, alignment) -> np.ndarray:
        from rapidfuzz import fuzz, process

        queries = [" ".join(src_words[s.start : s.end]).lower() for s in src_spans]
        lower = [w.lower() for w in tgt_words]
        choices = [" ".join(lower[s:e]) for s, e in zip(candidates.starts.tolist(), candidates.ends.tolist())]
        if not queries or not choices:
            return np.zeros((len(queries), len(choices)))
        sim = process.cdist(queries, choices, scorer=fuzz.ratio, dtype=np.float64, workers=1) / 100.0
        if self.affixes:
            np.maximum(sim, self._affixed(src_words, src_spans, tgt_words, candidates), out=sim)
        return _cut(sim, self.threshold)

    def _affixed(self, src_words, src_spans, tgt_words, candidates) -> np.ndarray:
        """1 where the candidate is the entity plus at most a short affix (spellings compared), else 0.

        Each occurrence of the entity's spelling in the target's (words joined by spaces) lies in one
        run of words, so the scan is over occurrences, not over candidates."""
        out = np.zeros((len(src_spans), len(candidates)))
        words = [spelling(w) for w in tgt_words]
        text = " ".join(words)
        starts = list(accumulate((len(w) + 1 for w in words[:-1]), initial=0))  # where each word begins in ``text``
        for i, span in enumerate(src_spans):
            name = " ".join(filter(None, (spelling(w) for w in src_words[span.start : span.end])))
            if sum(c.isalnum() for c in name) < self.min_name:
                continue
            at = text.find(name)
            while at >= 0:
                end = at + len(name)
                first, last = bisect_right(starts, at) - 1, bisect_right(starts, end - 1) - 1
                prefix, suffix = at - starts[first], starts[last] + len(words[last]) - end
                if prefix <= self.max_prefix and suffix <= self.max_suffix:
                    out[i, (candidates.starts == first) & (candidates.ends == last + 1)] = 1.0
                at = text.find(name, at + 1)
        return out


def _cut(score: np.ndarray, threshold: float) -> np.ndarray:
    if threshold > 0:  # the scores here are never negative
        score[score < threshold] = 0.0
    return score


def fuse(scores: Sequence[Score], src_words, src_spans, tgt_words, candidates, alignment) -> np.ndarray:
    """Weighted sum of the scores (each already zero below its own threshold)."""
    total = np.zeros((len(src_spans), len(candidates)))
    for score in scores:
        total += score.weight * score(src_words, src_spans, tgt_words, candidates, alignment)
    return total
