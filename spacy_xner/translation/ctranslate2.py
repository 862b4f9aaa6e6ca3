"""CTranslate2 backend (extra ``spacy-xner[ct2]``): the same interface as the HF backend, several
times faster on CPU. The HF model is converted once into a cache directory and reused."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, Optional, Sequence

from ..cache import cache_key
from ..errors import XnerError
from ..hub import resolve_model
from .hf import HFTranslator, code_scheme, language_token_id, set_source_language
from ..languages import lang_token


def default_convert_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "spacy_xner" / "ct2"


def _import_ct2() -> Any:
    try:
        import ctranslate2
    except ImportError:
        raise XnerError("the CTranslate2 backend needs `pip install spacy-xner[ct2]`") from None
    return ctranslate2


def convert(model: str, quantization: str, directory: Optional[Path] = None) -> Path:
    """Convert a HF model to CTranslate2 once; later calls return the cached directory."""
    ct2 = _import_ct2()
    resolved = resolve_model(model)
    stamp = (Path(resolved) / "config.json").stat().st_mtime_ns if Path(resolved).is_dir() else None
    out = (directory or default_convert_dir()) / cache_key(resolved, stamp, quantization, ct2.__version__)[:24]
    if (out / "model.bin").is_file():
        return out

    class Converter(ct2.converters.TransformersConverter):
        # ctranslate2 >= 4.6.3 passes `dtype=`, which transformers < 4.56 rejects (STACK.md G4)
        def load_model(self, model_class: Any, name: str, **kwargs: Any) -> Any:
            if "dtype" in kwargs:
                kwargs["torch_dtype"] = kwargs.pop("dtype")
            return super().load_model(model_class, name, **kwargs)

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}."))
    try:
        Converter(resolved, load_as_float16=quantization in ("float16", "int8_float16")).convert(
            str(tmp), quantization=quantization, force=True
        )
        os.replace(tmp, out)
    except OSError as err:
        raise XnerError(f"cannot convert '{model}' to CTranslate2: {err}") from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out


class CT2Translator(HFTranslator):
    """``Translator`` over ``ctranslate2.Translator``; tokenization and scoring come from the HF parts."""

    def __init__(
        self,
        model: str,
        *,
        compute_type: str,
        beam_size: int,
        max_length: int,
        batch_size: int,
        device: str,
        threads: int,
        normalize_punct: bool,
        sort_by_length: bool,
        convert_dir: Optional[str],
    ):
        # dtype is the HF model's; CTranslate2 loads at compute_type (and its identity leaves dtype out)
        super().__init__(model, beam_size=beam_size, max_length=max_length, batch_size=batch_size, dtype="float32",
                         device=device, normalize_punct=normalize_punct, sort_by_length=sort_by_length)
        self.compute_type = compute_type
        self.threads = threads
        self.convert_dir = Path(convert_dir) if convert_dir else None
        self._ct2 = None

    @property
    def identity(self) -> dict:
        return {**super().identity, "backend": "ctranslate2", "dtype": None, "compute_type": self.compute_type}

    def load(self) -> None:
        if self._ct2 is not None:
            return
        ct2 = _import_ct2()
        from transformers import AutoTokenizer

        from ..hub import from_pretrained

        self._tokenizer = from_pretrained(AutoTokenizer, self.model_name)
        directory = convert(self.model_name, self.compute_type, self.convert_dir)
        self._ct2 = ct2.Translator(str(directory), device=self.device, compute_type=self.compute_type,
                                   inter_threads=1, intra_threads=self.threads or (os.cpu_count() or 1))

    def __call__(self, texts: Sequence[str], src_lang: str, tgt_lang: str) -> list[str]:
        self.load()
        tok = self._tokenizer
        set_source_language(tok, src_lang)
        scheme = code_scheme(tok)
        prefix = None
        if scheme is not None:
            language_token_id(tok, tgt_lang)
            prefix = [lang_token(tgt_lang, scheme)]
        texts = self._prepare(texts, src_lang)
        out: list[str] = [""] * len(texts)
        for batch in self._batches(texts):
            pieces = [tok.convert_ids_to_tokens(tok(texts[i], truncation=True)["input_ids"]) for i in batch]
            results = self._ct2.translate_batch(
                pieces, target_prefix=[prefix] * len(batch) if prefix else None, beam_size=self.beam_size,
                max_decoding_length=self.max_length + (1 if prefix else 0), max_batch_size=self.batch_size,
            )
            for i, result in zip(batch, results):
                hyp = result.hypotheses[0][1:] if prefix else result.hypotheses[0]
                out[i] = tok.decode(tok.convert_tokens_to_ids(hyp), skip_special_tokens=True).strip()
        return out

    def log_likelihood(self, sources, targets, src_lang, tgt_lang) -> list[float]:
        raise XnerError("NMT scoring needs the HF backend (spacy_xner.HFTranslator.v1)")
