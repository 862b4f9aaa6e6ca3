"""The NER-model score of candidate matching (DESIGN §1) and the spans behind the NER candidates.

The score follows ``spacy_xner.projection.scores.Score``: (entities × candidates) → array, with a weight.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from ..projection.spans import CandidateSpans
from ..ty import WordSpan
from .tagging import Tagged, Tagger, tag_sentence


def ner_score_matrix(tagged: Tagged, labels: Sequence[str], candidates: CandidateSpans, alpha: float) -> np.ndarray:
    """``score[i, j]``: mean of p(B-l) at the candidate's first word and p(I-l) at the others (l = ``labels[i]``),
    times ``alpha**(L-1)`` when the tagger's argmax forms exactly that span with label l; 0 for unknown labels."""
    starts, ends = candidates.starts, candidates.ends
    lengths = (ends - starts).astype(np.float64)
    predicted = {(s.start, s.end, s.label) for s in tagged.spans}
    score = np.zeros((len(labels), len(candidates)))
    for i, label in enumerate(labels):
        begin, inside = tagged.begin_probs(label), tagged.inside_probs(label)
        if begin is None:
            continue
        inside = inside if inside is not None else np.zeros_like(begin)
        cum = np.concatenate(([0.0], np.cumsum(inside)))
        mean = (begin[starts] + cum[ends] - cum[starts + 1]) / lengths
        exact = np.array([(s, e, label) in predicted for s, e in zip(starts.tolist(), ends.tolist())], dtype=bool)
        score[i] = np.where(exact, mean * alpha ** (lengths - 1), mean)
    return score


@dataclass
class NerScore:
    """How well a NER model on the target supports each candidate as an entity of the source entity's class."""

    tagger: Tagger
    weight: float = 1.0
    threshold: float = 0.05
    alpha: float = 1.15

    def __call__(self, src_words, src_spans: Sequence[WordSpan], tgt_words, candidates: CandidateSpans, alignment) -> np.ndarray:
        if not len(candidates) or not src_spans:
            return np.zeros((len(src_spans), len(candidates)))
        tagged = tag_sentence(self.tagger, tuple(tgt_words))
        score = ner_score_matrix(tagged, [s.label for s in src_spans], candidates, self.alpha)
        score[score < self.threshold] = 0.0
        return score


def predicted_spans(tagger: Tagger, words) -> list[WordSpan]:
    """The spans the tagger predicts (for ``SpanCandidates``: NER candidates, labels ignored there)."""
    return tag_sentence(tagger, tuple(words)).spans
