"""Registered constructors of the translation parts, referenced from configs by versioned name."""
from __future__ import annotations

from typing import Optional

from ..registry import register

from .given import GivenTranslations
from .hf import DEFAULT_MODEL


@register("translators", "spacy_xner.HFTranslator.v1")
def hf_translator(
    model: str = DEFAULT_MODEL,
    beam_size: int = 4,
    max_length: int = 256,
    batch_size: int = 16,
    dtype: str = "float32",
    device: str = "cpu",
    normalize_punct: bool = True,
    sort_by_length: bool = True,
):
    """NLLB / M2M100 / Marian through transformers; the model loads at first use."""
    from .hf import HFTranslator

    return HFTranslator(model, beam_size=beam_size, max_length=max_length, batch_size=batch_size, dtype=dtype,
                        device=device, normalize_punct=normalize_punct, sort_by_length=sort_by_length)


@register("translators", "spacy_xner.CT2Translator.v1")
def ct2_translator(
    model: str = DEFAULT_MODEL,
    compute_type: str = "int8",
    beam_size: int = 4,
    max_length: int = 256,
    batch_size: int = 16,
    device: str = "cpu",
    threads: int = 0,
    normalize_punct: bool = True,
    sort_by_length: bool = True,
    convert_dir: Optional[str] = None,
):
    """The same model converted once to CTranslate2 (``spacy-xner[ct2]``)."""
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
    from .hf import HFTranslator
    from .nmt_score import NMTScore, NMTScorer

    model_ = HFTranslator(model, batch_size=batch_size, dtype=dtype, device=device)
    return NMTScore(NMTScorer(model_), src_lang, tgt_lang, weight=weight, threshold=threshold)
