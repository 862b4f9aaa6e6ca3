"""The translate stage of ``xner translate``: its settings, and the worker that translates a corpus.

The worker is the ``xner_translator`` component built from its config, as a pipeline builds it. The
input streams through in chunks of whole length-sorting windows, so memory does not grow with the
corpus and every model batch is the one an unchunked run makes.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

from spacy.tokens import Doc

from ..translation.given import GivenTranslations

CHUNK_WINDOWS = 4  # 2,048 sentences at the default batch size of 16


@dataclass(frozen=True)
class TranslateStage:
    config: dict = field(default_factory=dict)  # the xner_translator component's config ({}: its defaults)
    cache_dir: Optional[str] = None  # per-batch cache (none by default with --ray: finished shards resume)

    name = "translate"

    @property
    def chunk_size(self) -> int:
        """Sentences translated and written at a time: whole windows of model batches (the
        translator sorts each window by length), so chunking changes no batch and no cache key."""
        from ..components.translator import DEFAULT_CONFIG, WINDOW_BATCHES

        return CHUNK_WINDOWS * WINDOW_BATCHES * int(self.config.get("batch_size", DEFAULT_CONFIG["batch_size"]))

    def settings(self) -> dict[str, Any]:
        settings = asdict(self)
        settings.pop("cache_dir")
        return settings

    def _component(self):
        from .build import build_component

        return build_component("xner_translator", {**self.config, "cache_dir": self.cache_dir})

    def check(self, docs: Callable[[], Iterable[Doc]]) -> None:
        """Fail before any work: bad settings, or given translations whose count is not the input's."""
        check_order_pairing(self._component().translator, docs)

    def in_shards(self, shard_size: int) -> "TranslateStage":
        return self  # each sentence is translated on its own

    def prepare(self, docs: Callable[[], Iterable[Doc]], directory: Path) -> "TranslateStage":
        return self

    def load(self):
        component = self._component()
        component.initialize()
        return component.translate_corpus


def check_order_pairing(translator, docs: Callable[[], Iterable[Doc]]) -> None:
    """Given translations paired by order fail before any work when their count is not the input's
    (counted on a pass over ``docs()``)."""
    if isinstance(translator, GivenTranslations) and translator.paired_by_order:
        translator.check_count(sum(1 for _ in docs()))
