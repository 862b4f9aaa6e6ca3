"""spaCy scorers of the two components that have a gold standard: projection and word alignment.

Registered in spaCy's ``scorers`` registry, so ``nlp.evaluate``, ``spacy evaluate`` and training
report them next to any other component's scores.
"""
from __future__ import annotations

from typing import Any, Callable, Iterable

from spacy.scorer import Scorer
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import registry

from ..alignment.gold import GoldAlignment, score
from ..docs import get_alignment


def score_projection(examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
    """Entity P/R/F (micro, and per type) of the predicted translations against the reference ones.

    A pair whose reference has no translation is not scored; one whose prediction has none (or no
    entities) counts its reference entities as missed.
    """
    pairs = []
    for eg in examples:
        gold = eg.reference._.xner_translation
        if gold is None:
            continue
        predicted = eg.predicted._.xner_translation
        if predicted is None:
            predicted = Doc(gold.vocab, words=[t.text for t in gold], spaces=[bool(t.whitespace_) for t in gold])
        pairs.append(Example(predicted, gold))
    scores = Scorer.score_spans(pairs, "ents", **kwargs)
    return {key.replace("ents_", "xner_proj_"): value for key, value in scores.items()}


def score_alignment(examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
    """Link precision, recall, F1 and AER of the predicted alignments, on the pairs whose reference
    carries links (gold alignments have no possible links here, so AER = 1 - F1)."""
    predicted, gold = [], []
    for eg in examples:
        reference = get_alignment(eg.reference)
        if reference is None:
            continue
        links = {(link.src, link.tgt) for link in reference}
        gold.append(GoldAlignment(sure=links, possible=set(links)))
        predicted.append(get_alignment(eg.predicted) or [])
    if not gold:
        return {}
    result = score(predicted, gold)
    return {"xner_align_p": result.precision, "xner_align_r": result.recall, "xner_align_f": result.f1,
            "xner_align_aer": result.aer}


@registry.scorers("spacy_xner.projection_scorer.v1")
def make_projection_scorer() -> Callable[..., dict[str, Any]]:
    return score_projection


@registry.scorers("spacy_xner.alignment_scorer.v1")
def make_alignment_scorer() -> Callable[..., dict[str, Any]]:
    return score_alignment
