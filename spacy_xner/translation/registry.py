"""Registered constructors of the translation parts, referenced from configs by versioned name."""
from __future__ import annotations

from typing import Any, Optional

from ..registry import check_number, check_score_settings, register

from .given import GivenTranslations
from .hf import DEFAULT_BATCH_SIZE, DEFAULT_MODEL


@register("translators", "spacy_xner.HFTranslator.v1")
def hf_translator(
    model: str = DEFAULT_MODEL,
    beam_size: int = 4,
    max_length: int = 256,
    batch_size: int = DEFAULT_BATCH_SIZE,
    dtype: str = "float32",
    device: str = "cpu",
    normalize_punct: bool = True,
    sort_by_length: bool = True,
):
    """NLLB / M2M100 / Marian through transformers; the model loads at first use."""
    _check_decoding_settings(beam_size, max_length, batch_size)
    from .hf import HFTranslator

    return HFTranslator(model, beam_size=beam_size, max_length=max_length, batch_size=batch_size, dtype=dtype,
                        device=device, normalize_punct=normalize_punct, sort_by_length=sort_by_length)


@register("translators", "spacy_xner.CT2Translator.v1")
def ct2_translator(
    model: str = DEFAULT_MODEL,
    compute_type: str = "int8",
    beam_size: int = 4,
    max_length: int = 256,
    batch_size: int = DEFAULT_BATCH_SIZE,
    device: str = "cpu",
    threads: int = 0,
    normalize_punct: bool = True,
    sort_by_length: bool = True,
    convert_dir: Optional[str] = None,
):
    """The same model converted once to CTranslate2 (``spacy-xner[ct2]``)."""
    _check_decoding_settings(beam_size, max_length, batch_size)
    check_number("threads", threads, 0, integer=True)
    from .ctranslate2 import CT2Translator

    return CT2Translator(model, compute_type=compute_type, beam_size=beam_size, max_length=max_length,
                         batch_size=batch_size, device=device, threads=threads, normalize_punct=normalize_punct,
                         sort_by_length=sort_by_length, convert_dir=convert_dir)


@register("translators", "spacy_xner.GivenTranslations.v1")
def given_translations(path: str, id_format: str = "{id}") -> GivenTranslations:
    """Translations from a DocBin, JSONL or text file instead of a model."""
    return GivenTranslations(path, id_format=id_format)


@register("scores", "spacy_xner.NMTScore.v1")
def nmt_score(
    model: str = DEFAULT_MODEL,
    src_lang: str = "en",
    tgt_lang: str = "deu",
    weight: float = 1.0,
    threshold: float = 0.1,
    batch_size: int = 32,
    dtype: str = "float32",
    device: str = "cpu",
):
    """NMTScore of (entity, candidate) strings for candidate matching (``spacy_xner.CandidateMatching.v1``)."""
    check_score_settings(weight, threshold)
    check_number("batch_size", batch_size, 1, integer=True)
    from .nmt_score import NMTScore, NMTScorer

    # scoring is forced decoding: of the translator's settings only batch_size, dtype and device (and the
    # registered normalize_punct) matter
    model_ = hf_translator(model, batch_size=batch_size, dtype=dtype, device=device)
    return NMTScore(NMTScorer(model_), src_lang, tgt_lang, weight=weight, threshold=threshold)


def _check_decoding_settings(beam_size: Any, max_length: Any, batch_size: Any) -> None:
    check_number("beam_size", beam_size, 1, integer=True)
    check_number("max_length", max_length, 1, integer=True)
    check_number("batch_size", batch_size, 1, integer=True)
