"""Annotation projection over word alignments: the heuristic and candidate matching (greedy / exact ILP).

Plain words, ``WordSpan``s and ``Link``s in, a ``ProjectionResult`` out; spaCy appears only in ``registry``.
"""
from .candidates import AlignedRangeCandidates, NgramCandidates, SpanCandidates
from .heuristic import HeuristicProjection
from .labels import LabelMap
from .matching import CandidateMatching
from .scores import AlignmentScore, StringSimilarityScore
from .sentence import SentenceSkipped, project_sentence
from .solvers import GreedySolver, ILPSolver
from .spans import CandidateSpans

__all__ = [
    "AlignedRangeCandidates",
    "AlignmentScore",
    "CandidateMatching",
    "CandidateSpans",
    "GreedySolver",
    "HeuristicProjection",
    "ILPSolver",
    "LabelMap",
    "NgramCandidates",
    "SentenceSkipped",
    "SpanCandidates",
    "StringSimilarityScore",
    "project_sentence",
]
