"""Registered constructors of the alignment parts (referenced from configs by name)."""
from __future__ import annotations

from functools import partial
from typing import Callable, Optional, Sequence

from spacy.util import registry

from ..ty import Aligner, Alignment, Link, Translator
from .backtranslation import BacktranslationRefinement
from .extraction import Method
from .lexicon import SimilarWordPriors
from .links import Combination, Symmetrization, combine
from .neural import NeuralAligner, TokenType
from .same_language import SameLanguageAligner
from .statistical import EflomalAligner, EflomalSymmetrization


@registry.misc("spacy_xner.EflomalAligner.v1")
def eflomal_aligner(
    symmetrization: Symmetrization = "grow-diag-final-and",
    n_samplers: int = 3,
    rel_iterations: float = 1.0,
    null_prior: float = 0.2,
) -> EflomalAligner:
    """eflomal (model 3); learns priors at ``initialize()`` from the corpus and any extra bitext."""
    return EflomalAligner(symmetrization, n_samplers=n_samplers, rel_iterations=rel_iterations, null_prior=null_prior)


@registry.misc("spacy_xner.EflomalAligner.v2")
def eflomal_aligner_v2(
    symmetrization: EflomalSymmetrization = "vote",
    n_samplers: int = 3,
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
    directional links vote (``symmetrization="vote"``; or one symmetrized ballot per run)."""
    priors = SimilarWordPriors(similar_words, min_similarity) if similar_words else None
    return EflomalAligner(symmetrization, n_samplers=n_samplers, rel_iterations=rel_iterations, null_prior=null_prior,
                          similar_words=priors, prefix_len=prefix_len, runs=runs, vote_threshold=vote_threshold)


@registry.misc("spacy_xner.NeuralAligner.v1")
def neural_aligner(
    model: str = "bert-base-multilingual-cased",
    layer: int = 8,
    method: Method = "itermax",
    token_type: TokenType = "bpe",
    batch_size: int = 32,
    device: str = "cpu",
    threshold: float = 1e-3,
    filter_punct: bool = False,
) -> NeuralAligner:
    """SimAlign (argmax / itermax / match) or AWESoME (softmax) extraction over an HF encoder."""
    return NeuralAligner(model, layer, method, token_type, batch_size, device, threshold, filter_punct)


@registry.misc("spacy_xner.CombinedAlignment.v1")
def combined_alignment(
    method: Combination = "intersection", weight: float = 0.5, threshold: float = 0.5
) -> Callable[[Sequence[Link], Sequence[Link]], Alignment]:
    """Combines a direct and a back-translation alignment of the same pair."""
    return partial(combine, method=method, weight=weight, threshold=threshold)


@registry.misc("spacy_xner.SameLanguageAligner.v1")
def same_language_aligner(threshold: float = 0.5, distortion: float = 1.0, fill_gaps: bool = True) -> SameLanguageAligner:
    """Model-free alignment of two sentences in one language (a back-translation and its original)."""
    return SameLanguageAligner(threshold, distortion, fill_gaps)


@registry.misc("spacy_xner.BacktranslationRefinement.v1")
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
    return BacktranslationRefinement(translator, aligner or SameLanguageAligner(), combination, weight, threshold,
                                     src_lang, tgt_lang, batch_size, match_threshold)
