"""Registered constructors of the alignment parts (referenced from configs by name)."""
from __future__ import annotations

from functools import partial
from typing import Any, Callable, Optional, Sequence

from ..registry import MAX_WEIGHT, check_number, check_part, register

from ..ty import Aligner, Alignment, Link, Translator
from .backtranslation import BacktranslationRefinement
from .extraction import Method
from .lexicon import SimilarWordPriors
from .links import Combination, Symmetrization, combine
from .neural import DEFAULT_MODEL, NeuralAligner, TokenType
from .same_language import SameLanguageAligner
from .eflomal import EflomalAligner, EflomalSymmetrization

EFLOMAL_MODEL = 3  # eflomal's model 3 (IBM1 + HMM + fertility), of every registered version
# the aligner of `xner_aligner` and `xner align` with no settings: eflomal needs no pretrained model
DEFAULT_ALIGNER = {"@xner_aligners": "spacy_xner.EflomalAligner.v2"}


@register("aligners", "spacy_xner.EflomalAligner.v1")
def eflomal_aligner(
    symmetrization: Symmetrization = "grow-diag-final-and",
    n_samplers: int = 3,
    rel_iterations: float = 1.0,
    null_prior: float = 0.2,
) -> EflomalAligner:
    """eflomal (model 3); learns priors at ``initialize()`` from the corpus and any extra bitext."""
    _check_eflomal_settings(n_samplers, rel_iterations, null_prior)
    return EflomalAligner(symmetrization, model=EFLOMAL_MODEL, n_samplers=n_samplers, rel_iterations=rel_iterations,
                          null_prior=null_prior, bitext=(), similar_words=None, prefix_len=0, runs=1,
                          vote_threshold=0.5)  # one run: no vote


@register("aligners", "spacy_xner.EflomalAligner.v2")
def eflomal_aligner_v2(
    symmetrization: EflomalSymmetrization = "vote",
    n_samplers: int = 2,
    rel_iterations: float = 1.0,
    null_prior: float = 0.2,
    similar_words: float = 1.0,
    min_similarity: float = 0.8,
    prefix_len: int = 6,
    runs: int = 3,
    vote_threshold: float = 0.5,
) -> EflomalAligner:
    """v1 plus what needs no model: priors of weight ``similar_words`` (0: none) for look-alike words
    (names, numbers, cognates), ``prefix_len``-letter word prefixes, ``runs`` eflomal runs whose
    directional links vote (``symmetrization="vote"``; or one symmetrized ballot per run). Two samplers per
    run, not eflomal's three: the runs' vote does part of what its samplers do, and every sampler costs CPU
    (benchmarks/README.streaming.md)."""
    _check_eflomal_settings(n_samplers, rel_iterations, null_prior)
    check_number("similar_words", similar_words, 0, MAX_WEIGHT)
    check_number("min_similarity", min_similarity, 0, 1, above=True)
    check_number("prefix_len", prefix_len, 0, integer=True)
    check_number("runs", runs, 1, integer=True)
    check_number("vote_threshold", vote_threshold, 0, 1, above=True)
    priors = SimilarWordPriors(similar_words, min_similarity) if similar_words else None
    return EflomalAligner(symmetrization, model=EFLOMAL_MODEL, n_samplers=n_samplers, rel_iterations=rel_iterations,
                          null_prior=null_prior, bitext=(), similar_words=priors, prefix_len=prefix_len, runs=runs,
                          vote_threshold=vote_threshold)


@register("aligners", "spacy_xner.NeuralAligner.v1")
def neural_aligner(
    model: str = DEFAULT_MODEL,
    layer: int = 8,
    method: Method = "itermax",
    token_type: TokenType = "bpe",
    batch_size: int = 32,
    device: str = "cpu",
    threshold: float = 1e-3,
    filter_punct: bool = False,
) -> NeuralAligner:
    """SimAlign (argmax / itermax / match) or AWESoME (softmax) extraction over an HF encoder."""
    check_number("layer", layer, 0, integer=True)
    check_number("batch_size", batch_size, 1, integer=True)
    check_number("threshold", threshold, 0, 1)
    return NeuralAligner(model, layer, method, token_type, batch_size, device, threshold, filter_punct)


@register("combiners", "spacy_xner.CombinedAlignment.v1")
def combined_alignment(
    method: Combination = "intersection", weight: float = 0.5, threshold: float = 0.5
) -> Callable[[Sequence[Link], Sequence[Link]], Alignment]:
    """Combines a direct and a back-translation alignment of the same pair."""
    _check_combination_settings(weight, threshold)
    return partial(combine, method=method, weight=weight, threshold=threshold)



@register("aligners", "spacy_xner.SameLanguageAligner.v1")
def same_language_aligner(threshold: float = 0.5, distortion: float = 1.0, fill_gaps: bool = True) -> SameLanguageAligner:
    """Model-free alignment of two sentences in one language (a back-translation and its original)."""
    check_number("threshold", threshold, 0, 1, above=True)
    check_number("distortion", distortion, 0)
    return SameLanguageAligner(threshold, distortion, fill_gaps)


@register("refiners", "spacy_xner.BacktranslationRefinement.v1")
def backtranslation_refinement(
    translator: Translator,
    aligner: Optional[Aligner] = None,
    combination: Combination = "replace",
    weight: float = 0.5,
    threshold: float = 0.5,
    src_lang: Optional[str] = None,
    tgt_lang: Optional[str] = None,
    batch_size: int = 16,
    match_threshold: float = 0.5,
) -> BacktranslationRefinement:
    """The ``refine`` part of ``xner_aligner``: S is translated into T's language with entity markers,
    T′ aligned to T (``aligner``; default ``SameLanguageAligner.v1``), the entity links carried to T and
    combined with the direct ones (replace | union | intersection | weighted)."""
    _check_combination_settings(weight, threshold)
    check_number("batch_size", batch_size, 1, integer=True)
    check_number("match_threshold", match_threshold, 0, 1)
    check_part(translator, "translators", "refine.translator", Translator)
    aligner = check_part(aligner, "aligners", "refine.aligner", Aligner) if aligner is not None else same_language_aligner()
    return BacktranslationRefinement(translator, aligner, combination, weight, threshold, src_lang, tgt_lang,
                                     batch_size, match_threshold)


def _check_eflomal_settings(n_samplers: Any, rel_iterations: Any, null_prior: Any) -> None:
    check_number("n_samplers", n_samplers, 1, integer=True)
    check_number("rel_iterations", rel_iterations, 0, above=True)
    check_number("null_prior", null_prior, 0, 1)


def _check_combination_settings(weight: Any, threshold: Any) -> None:
    """``weighted`` mixes the two links' scores (each in [0, 1]) as ``weight`` and ``1 - weight``."""
    check_number("weight", weight, 0, 1)
    check_number("threshold", threshold, 0, 1)
