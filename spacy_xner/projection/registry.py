"""Registered constructors of the projection parts, so a config picks and tunes them by name."""
from __future__ import annotations

from typing import Any, Callable, Dict, Iterable, List, Optional

from ..registry import check_number, check_part, check_score_settings, is_label, register

from ..ty import Projector, WordSpan, Words
from .candidates import AlignedRangeCandidates, CandidateGetter, NgramCandidates, SpanCandidates
from .heuristic import HeuristicProjection
from .labels import LabelMap
from .matching import CandidateMatching
from .scores import AlignmentScore, Score, StringSimilarityScore
from .solvers import GreedySolver, ILPSolver, Solver


@register("projections", "spacy_xner.HeuristicProjection.v1")
def heuristic_projection(
    merge_distance: int = 1,
    ratio_threshold: float = 0.8,
    top_k: Optional[int] = None,
    only_i: bool = False,
    order: str = "source",
) -> Projector:
    check_number("merge_distance", merge_distance, 0, integer=True)
    check_number("ratio_threshold", ratio_threshold, 0, 1)
    if top_k is not None:
        check_number("top_k", top_k, 1, integer=True)
    return HeuristicProjection(merge_distance, ratio_threshold, top_k, only_i, order)  # type: ignore[arg-type]


@register("projections", "spacy_xner.CandidateMatching.v1")
def candidate_matching(candidates: CandidateGetter, scores: Dict[str, Any], solver: Solver,
                       max_tokens: Optional[int] = 2000) -> Projector:
    """``scores`` maps a name to a score; typed ``Any`` because confection can't validate a dict of promises.
    A score set to null is left out: spaCy fills a component's config with its defaults key by key, so
    leaving a default score (``string``) out of ``scores`` would not remove it. ``max_tokens``: longer
    sentences are skipped, not projected at a cost quadratic in their length (null: no limit)."""
    if max_tokens is not None:
        check_number("max_tokens", max_tokens, 1, integer=True)
    scores = {name: score for name, score in scores.items() if score is not None}
    check_part(candidates, "candidates", "projection.candidates", CandidateGetter)
    for name, score in scores.items():
        check_part(score, "scores", f"projection.scores.{name}", Score)
    check_part(solver, "solvers", "projection.solver", Solver)
    return CandidateMatching(candidates, list(scores.values()), solver, max_tokens)


@register("candidates", "spacy_xner.NgramCandidates.v1")
def ngram_candidates(max_len: int = 10, skip_chars: str = "!?") -> CandidateGetter:
    check_number("max_len", max_len, 1, integer=True)
    return NgramCandidates(max_len, skip_chars, max_len_ratio=None, max_len_extra=0)  # a fixed cap, nothing relative


@register("candidates", "spacy_xner.NgramCandidates.v2")
def ngram_candidates_v2(max_len_ratio: float = 2.0, max_len_extra: int = 2, skip_chars: str = "!?") -> CandidateGetter:
    """All n-grams up to ``max_len_ratio`` × the longest source entity + ``max_len_extra`` words (v1: a fixed 10)."""
    check_number("max_len_ratio", max_len_ratio, 1)
    check_number("max_len_extra", max_len_extra, 0, integer=True)
    return NgramCandidates(None, skip_chars, max_len_ratio, max_len_extra)


@register("candidates", "spacy_xner.AlignedRangeCandidates.v1")
def aligned_range_candidates(max_len: int = 10) -> CandidateGetter:
    check_number("max_len", max_len, 1, integer=True)
    return AlignedRangeCandidates(max_len)


@register("candidates", "spacy_xner.SpanCandidates.v1")
def span_candidates(predict: Callable[[Words], Iterable[WordSpan]]) -> CandidateGetter:
    return SpanCandidates(predict)


@register("scores", "spacy_xner.AlignmentScore.v1")
def alignment_score(weight: float = 1.0, threshold: float = 0.0) -> Score:
    check_score_settings(weight, threshold)
    return AlignmentScore(weight, threshold)


@register("scores", "spacy_xner.StringSimilarityScore.v1")
def string_similarity_score(weight: float = 0.5, threshold: float = 0.8, affixes: bool = False, max_prefix: int = 4,
                            max_suffix: int = 2, min_name: int = 4) -> Score:
    """``affixes`` (off: the score as it always was): an entity also matches a target word that is the
    name with a prefix of at most ``max_prefix`` or a suffix of at most ``max_suffix`` characters
    (Shona "muHarare"), when the name has at least ``min_name`` letters and digits."""
    check_score_settings(weight, threshold)
    check_number("max_prefix", max_prefix, 0, integer=True)
    check_number("max_suffix", max_suffix, 0, integer=True)
    check_number("min_name", min_name, 1, integer=True)
    return StringSimilarityScore(weight, threshold, affixes, max_prefix, max_suffix, min_name)


@register("solvers", "spacy_xner.GreedySolver.v1")
def greedy_solver(n_proj: int = 1, constraint: str = "<=") -> Solver:
    check_number("n_proj", n_proj, 1, integer=True)
    return GreedySolver(n_proj, constraint)  # type: ignore[arg-type]


@register("solvers", "spacy_xner.ILPSolver.v1")
def ilp_solver(n_proj: int = 1, constraint: str = "<=", time_limit: Optional[float] = None) -> Solver:
    check_number("n_proj", n_proj, 1, integer=True)
    if time_limit is not None:
        check_number("time_limit", time_limit, 0, above=True)
    return ILPSolver(n_proj, constraint, time_limit)  # type: ignore[arg-type]


@register("label_maps", "spacy_xner.LabelMap.v1")
def label_map(mapping: Dict[str, str] = {}, drop: List[str] = []) -> LabelMap:  # noqa: B006  (config defaults)
    bad = next(((s, t) for s, t in mapping.items() if not is_label(s) or not is_label(t)), None)
    if bad is not None:
        raise ValueError(f"mapping maps {bad[0]!r} to {bad[1]!r}: a label is a non-empty string without blanks")
    bad = next((label for label in drop if not is_label(label)), None)
    if bad is not None:
        raise ValueError(f"drop has {bad!r}: a label is a non-empty string without blanks")
    return LabelMap(dict(mapping), tuple(drop))


# the projection of `xner_projector` and `xner project` with no settings, the best measured on Europarl-NER
# de/es (benchmarks/README.projection.md): n-gram candidates scored by alignment and string similarity, an ILP
DEFAULT_PROJECTION = {
    "@xner_projections": "spacy_xner.CandidateMatching.v1",
    "candidates": {"@xner_candidates": "spacy_xner.NgramCandidates.v2"},
    "scores": {"alignment": {"@xner_scores": "spacy_xner.AlignmentScore.v1"},
               "string": {"@xner_scores": "spacy_xner.StringSimilarityScore.v1"}},
    "solver": {"@xner_solvers": "spacy_xner.ILPSolver.v1"},
}
