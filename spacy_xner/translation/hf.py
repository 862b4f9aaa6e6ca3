"""Hugging Face seq2seq translation (NLLB-200, M2M100, Marian/OPUS-MT), loaded lazily.

torch/transformers are imported inside functions: spaCy imports every factory module on
``spacy.blank()``, and a pipeline must be configurable without them loaded.
"""
from __future__ import annotations

from typing import Any, Optional, Sequence

from ..errors import XnerError
from ..hub import from_pretrained
from .detokenize import normalize_punctuation
from ..languages import lang_token, model_code

DEFAULT_MODEL = "facebook/nllb-200-3.3B"
# sentences per model batch: the registered translators' default and xner_translator's (xner label's too)
DEFAULT_BATCH_SIZE = 16


def code_scheme(tokenizer: Any) -> Optional[str]:
    """Which language-code scheme a tokenizer speaks (``None``: a single-pair model such as Marian)."""
    name = type(tokenizer).__name__
    if name.startswith("Nllb"):
        return "nllb"
    if name.startswith("M2M100"):
        return "m2m100"
    return None


def language_token_id(tokenizer: Any, code: str) -> Optional[int]:
    """The id of the token that selects language ``code``; error if the model's vocabulary lacks it."""
    scheme = code_scheme(tokenizer)
    if scheme is None:
        return None
    token = lang_token(code, scheme)
    token_id = tokenizer.convert_tokens_to_ids(token)
    if token_id is None or token_id == tokenizer.unk_token_id:
        raise XnerError(f"language '{code}' ({token}) is not in this model's vocabulary")
    return token_id


def set_source_language(tokenizer: Any, code: str) -> None:
    """Make the tokenizer prefix the source-language token (NLLB/M2M100; a no-op for Marian)."""
    scheme = code_scheme(tokenizer)
    if scheme is not None:
        language_token_id(tokenizer, code)
        tokenizer.src_lang = model_code(code, scheme)


def sorted_batches(texts: Sequence[str], batch_size: int) -> list[list[int]]:
    """Indices grouped into batches of similar length, so padding costs little."""
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    return [order[i : i + batch_size] for i in range(0, len(order), batch_size)]


class HFTranslator:
    """``Translator`` over ``AutoModelForSeq2SeqLM``; also scores (for the NMT score)."""

    def __init__(
        self,
        model: str,
        *,
        beam_size: int,
        max_length: int,
        batch_size: int,
        dtype: str,
        device: str,
        normalize_punct: bool,
        sort_by_length: bool,
    ):
        self.model_name = model
        self.beam_size = beam_size
        self.max_length = max_length
        self.batch_size = batch_size
        self.dtype = dtype
        self.device = device
        self.normalize_punct = normalize_punct
        self.sort_by_length = sort_by_length
        self._model = None
        self._tokenizer = None

    @property
    def identity(self) -> dict:
        """Everything that determines the output, for cache keys (device and batching excluded)."""
        return {"backend": "hf", "model": self.model_name, "beam_size": self.beam_size,
                "max_length": self.max_length, "dtype": self.dtype, "normalize_punct": self.normalize_punct}

    def load(self) -> None:
        if self._model is not None:
            return
        import torch
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

        dtype = getattr(torch, self.dtype, None)
        if not isinstance(dtype, torch.dtype):
            raise XnerError(f"unknown dtype '{self.dtype}' (float32, float16, bfloat16)")
        self._tokenizer = from_pretrained(AutoTokenizer, self.model_name)
        self._model = from_pretrained(AutoModelForSeq2SeqLM, self.model_name, torch_dtype=dtype).to(self.device).eval()

    @property
    def tokenizer(self) -> Any:
        self.load()
        return self._tokenizer

    def _prepare(self, texts: Sequence[str], lang: str) -> list[str]:
        return [normalize_punctuation(t, lang) for t in texts] if self.normalize_punct else list(texts)

    def _batches(self, texts: Sequence[str]) -> list[list[int]]:
        """Batches of the non-empty texts (an empty text translates to "" without the model)."""
        todo = [i for i, t in enumerate(texts) if t.strip()]
        if self.sort_by_length:
            todo.sort(key=lambda i: len(texts[i]))
        return [todo[i : i + self.batch_size] for i in range(0, len(todo), self.batch_size)]

    def __call__(self, texts: Sequence[str], src_lang: str, tgt_lang: str) -> list[str]:
        import torch

        self.load()
        tok, model = self._tokenizer, self._model
        set_source_language(tok, src_lang)
        forced_bos = language_token_id(tok, tgt_lang)
        # max_length counts text tokens: a forced language token and a forced </s> (Marian) come on top
        extra = (forced_bos is not None) + (model.generation_config.forced_eos_token_id is not None)
        texts = self._prepare(texts, src_lang)
        out: list[str] = [""] * len(texts)
        for batch in self._batches(texts):
            enc = tok([texts[i] for i in batch], return_tensors="pt", padding=True, truncation=True).to(self.device)
            with torch.inference_mode():
                generated = model.generate(
                    **enc, num_beams=self.beam_size, forced_bos_token_id=forced_bos, max_new_tokens=extra + self.max_length,
                    do_sample=False,
                )
            for i, text in zip(batch, tok.batch_decode(generated, skip_special_tokens=True)):
                out[i] = text.strip()
        return out

    def log_likelihood(self, sources: Sequence[str], targets: Sequence[str], src_lang: str, tgt_lang: str) -> list[float]:
        """Mean per-token log p(target | source) under forced decoding (length-normalised)."""
        import torch

        self.load()
        tok, model = self._tokenizer, self._model
        set_source_language(tok, src_lang)
        scheme = code_scheme(tok)
        if scheme is not None:
            language_token_id(tok, tgt_lang)
            tok.tgt_lang = model_code(tgt_lang, scheme)
        sources, targets = self._prepare(sources, src_lang), self._prepare(targets, tgt_lang)
        out = [0.0] * len(sources)
        for batch in sorted_batches([s + t for s, t in zip(sources, targets)], self.batch_size):
            enc = tok([sources[i] for i in batch], text_target=[targets[i] for i in batch],
                      return_tensors="pt", padding=True, truncation=True).to(self.device)
            labels = enc.pop("labels")
            labels[labels == tok.pad_token_id] = -100
            with torch.inference_mode():
                logits = model(**enc, labels=labels).logits
            logp = torch.log_softmax(logits.float(), dim=-1)
            mask = labels != -100
            if scheme is not None:  # the language token is forced, not predicted
                mask[:, 0] = False
            picked = logp.gather(-1, labels.clamp(min=0).unsqueeze(-1)).squeeze(-1) * mask
            means = picked.sum(-1) / mask.sum(-1).clamp(min=1)
            for i, value in zip(batch, means.tolist()):
                out[i] = value
        return out
