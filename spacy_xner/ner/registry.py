"""Registered constructors of the NER parts: taggers, NER candidates and the NER score."""
from __future__ import annotations

from functools import partial


from ..registry import check_number, check_part, check_score_settings, register

from ..projection.candidates import CandidateGetter, SpanCandidates
from .hf import DEFAULT_MODEL, HFTagger
from .scores import NerScore, predicted_spans
from .self_training import BeamConfidence, SentenceSelector
from .spacy_ner import SpacyTagger
from .tagging import Tagger


@register("taggers", "spacy_xner.HFTagger.v1")
def hf_tagger(model: str = DEFAULT_MODEL, batch_size: int = 16, device: str = "cpu", max_length: int = 512) -> Tagger:
    """A Hugging Face token-classification model (hub name or local path), loaded at first use."""
    check_number("batch_size", batch_size, 1, integer=True)
    check_number("max_length", max_length, 1, integer=True)
    return HFTagger(model, batch_size, device, max_length)


@register("taggers", "spacy_xner.SpacyTagger.v1")
def spacy_tagger(model: str, batch_size: int = 64) -> Tagger:
    """A spaCy pipeline with ``ner`` (package name or path), loaded at first use."""
    check_number("batch_size", batch_size, 1, integer=True)
    return SpacyTagger(model, batch_size)


@register("candidates", "spacy_xner.NerCandidates.v1")
def ner_candidates(tagger: Tagger) -> CandidateGetter:
    check_part(tagger, "taggers", "candidates.tagger", Tagger)
    return SpanCandidates(partial(predicted_spans, tagger))


@register("scores", "spacy_xner.NerScore.v1")
def ner_score(tagger: Tagger, weight: float = 1.0, threshold: float = 0.05, alpha: float = 1.15) -> NerScore:
    check_part(tagger, "taggers", "scores.ner.tagger", Tagger)
    check_score_settings(weight, threshold)
    check_number("alpha", alpha, 0, above=True)
    return NerScore(tagger, weight, threshold, alpha)


@register("selectors", "spacy_xner.BeamConfidence.v1")
def beam_confidence(min_confidence: float = 0.9, beam_width: int = 16, keep_empty: bool = False,
                    batch_size: int = 64) -> SentenceSelector:
    """Self-training keeps the sentences whose best beam parse is at least ``min_confidence`` likely."""
    check_number("min_confidence", min_confidence, 0, 1)
    check_number("beam_width", beam_width, 2, integer=True)
    check_number("batch_size", batch_size, 1, integer=True)
    return BeamConfidence(min_confidence, beam_width, keep_empty, batch_size)
