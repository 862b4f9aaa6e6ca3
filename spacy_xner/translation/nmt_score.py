"""NMTScore (Vamvas & Sennrich 2022), direct variant, as a projection score.

``sim(a, b) = ½ · (p(b|a) / p(b|b) + p(a|b) / p(a|a))`` with length-normalised probabilities
(exp of the mean token log-probability). Normalising by the self-translation probability makes
``sim(a, a) = 1`` and the average over both directions makes it symmetric. Used by candidate
matching to score (source entity string, target candidate string) pairs.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Sequence

import numpy as np


@dataclass
class NMTScorer:
    """Batched NMTScore over a model that offers ``log_likelihood(sources, targets, src_lang, tgt_lang)``
    (``HFTranslator``). Self-translation probabilities are cached per string."""

    model: Any
    _self: dict[tuple[str, str], float] = field(default_factory=dict, repr=False)

    def _self_logp(self, texts: Sequence[str], lang: str) -> list[float]:
        todo = sorted({t for t in texts if (t, lang) not in self._self})
        if todo:
            for text, value in zip(todo, self.model.log_likelihood(todo, todo, lang, lang)):
                self._self[(text, lang)] = value
        return [self._self[(t, lang)] for t in texts]

    def __call__(self, a_texts: Sequence[str], b_texts: Sequence[str], a_lang: str, b_lang: str) -> list[float]:
        """One similarity per pair ``(a_texts[i] in a_lang, b_texts[i] in b_lang)``."""
        if len(a_texts) != len(b_texts):
            raise ValueError("nmt_score needs as many a_texts as b_texts")
        if not a_texts:
            return []
        b_given_a = self.model.log_likelihood(a_texts, b_texts, a_lang, b_lang)
        a_given_b = self.model.log_likelihood(b_texts, a_texts, b_lang, a_lang)
        a_self, b_self = self._self_logp(a_texts, a_lang), self._self_logp(b_texts, b_lang)
        return [0.5 * (math.exp(ba - bb) + math.exp(ab - aa)) for ba, bb, ab, aa in zip(b_given_a, b_self, a_given_b, a_self)]


@dataclass
class NMTScore:
    """The projection ``Score`` protocol (``spacy_xner.projection.scores``): entity × candidate NMTScore,
    zero below ``threshold`` (paper: 0.1)."""

    scorer: NMTScorer
    src_lang: str
    tgt_lang: str
    weight: float = 1.0
    threshold: float = 0.1

    def __call__(self, src_words, src_spans, tgt_words, candidates, alignment) -> np.ndarray:
        from .detokenize import detokenize

        entities = [detokenize(src_words[s.start : s.end], self.src_lang) for s in src_spans]
        cands = [detokenize(tgt_words[s:e], self.tgt_lang) for s, e in zip(candidates.starts.tolist(), candidates.ends.tolist())]
        score = np.zeros((len(entities), len(cands)))
        if entities and cands:
            pairs = [(i, j) for i in range(len(entities)) for j in range(len(cands))]
            values = self.scorer([entities[i] for i, _ in pairs], [cands[j] for _, j in pairs], self.src_lang, self.tgt_lang)
            for (i, j), value in zip(pairs, values):
                score[i, j] = value
        score[score < self.threshold] = 0.0
        return score
