"""The translate stage of ``xner translate``: its settings, and the worker that translates a corpus."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Optional

from spacy.tokens import Doc

from ..errors import XnerError
from .hf import DEFAULT_MODEL

BACKENDS = ("hf", "ctranslate2")


@dataclass(frozen=True)
class TranslateStage:
    tgt_lang: str
    src_lang: str = "en"
    model: str = DEFAULT_MODEL
    backend: str = "hf"
    given: Optional[str] = None  # translations from a file instead of a model
    id_format: str = "{id}"
    batch_size: int = 16
    beam_size: int = 4
    max_length: int = 256
    max_words: int = 200
    device: str = "cpu"
    compute_type: str = "int8"
    cache_dir: Optional[str] = None  # per-batch cache (none by default with --ray: finished shards resume)

    name = "translate"

    def __post_init__(self) -> None:
        if self.given is None and self.backend not in BACKENDS:
            raise XnerError(f"unknown backend '{self.backend}' ({', '.join(BACKENDS)})")

    def settings(self) -> dict[str, Any]:
        settings = asdict(self)
        settings.pop("cache_dir")
        return settings

    def check(self, docs: list[Doc]) -> None:
        """Fail before any work: given translations paired by order must match the input's length."""
        if self.given is not None:
            self._translator().check_count(len(docs))

    def prepare(self, docs: list[Doc], artifact: Path) -> "TranslateStage":
        return self

    def _translator(self):
        from .registry import ct2_translator, given_translations, hf_translator

        if self.given is not None:
            return given_translations(self.given, id_format=self.id_format)
        if self.backend == "hf":
            return hf_translator(self.model, beam_size=self.beam_size, max_length=self.max_length,
                                 batch_size=self.batch_size, device=self.device)
        return ct2_translator(self.model, compute_type=self.compute_type, beam_size=self.beam_size,
                              max_length=self.max_length, batch_size=self.batch_size, device=self.device)

    def load(self):
        from ..components.translator import TranslatorComponent

        component = TranslatorComponent("xner_translator", self._translator(), src_lang=self.src_lang,
                                        tgt_lang=self.tgt_lang, batch_size=self.batch_size,
                                        max_words=self.max_words, cache_dir=self.cache_dir)
        component.initialize()
        return component.translate_corpus
