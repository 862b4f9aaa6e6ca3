"""The translate stage of ``xner translate``: its settings, and the worker that translates a corpus.

The worker is the ``xner_translator`` component built from its config, as a pipeline builds it.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Optional

from spacy.tokens import Doc

from .given import GivenTranslations


@dataclass(frozen=True)
class TranslateStage:
    config: dict = field(default_factory=dict)  # the xner_translator component's config ({}: its defaults)
    cache_dir: Optional[str] = None  # per-batch cache (none by default with --ray: finished shards resume)

    name = "translate"

    def settings(self) -> dict[str, Any]:
        settings = asdict(self)
        settings.pop("cache_dir")
        return settings

    def _component(self):
        from ..components.build import build_component

        return build_component("xner_translator", {**self.config, "cache_dir": self.cache_dir})

    def check(self, docs: list[Doc]) -> None:
        """Fail before any work: bad settings, or given translations paired by order whose count is not the input's."""
        translator = self._component().translator
        if isinstance(translator, GivenTranslations):
            translator.check_count(len(docs))

    def prepare(self, docs: list[Doc], artifact: Path) -> "TranslateStage":
        return self

    def load(self):
        component = self._component()
        component.initialize()
        return component.translate_corpus
