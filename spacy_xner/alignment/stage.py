"""The align stage of ``xner align``: its settings, and the worker that aligns a corpus of pairs.

eflomal is corpus-level: it learns from everything it aligns in one run. Sharded, each shard would
learn from its own few pairs only, so ``prepare`` first learns eflomal priors once on the whole
input plus the extra bitext, and every shard then aligns its pairs with those priors
(``shared_priors=False`` runs each shard on its own pairs plus the bitext instead). The aligner is
the ``xner_aligner`` component built from its config, as a pipeline builds it.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Optional

from spacy.tokens import Doc

from ..accounting import StageSummary
from ..cache import BatchCache, cache_key
from ..io import write_atomic
from ..errors import XnerError
from .bitext import parse_bitext_option, read_bitext_specs
from .doc_pairs import align_docs, words_of


@dataclass(frozen=True)
class AlignStage:
    config: dict = field(default_factory=dict)  # the xner_aligner component's config ({}: its defaults)
    bitext: tuple[str, ...] = ()  # eflomal: extra "SRC_PATH:TGT_PATH" parallel text
    shared_priors: bool = True  # eflomal, sharded: learn priors once on the whole input first
    priors: Optional[str] = None  # eflomal priors learned by ``prepare``
    cache_dir: Optional[str] = None

    name = "align"

    def __post_init__(self) -> None:
        for spec in self.bitext:
            parse_bitext_option(spec)
        learns_priors = self._learns_priors(self._component().aligner)  # bad settings fail here, before any work
        if self.bitext and not learns_priors:
            raise XnerError("--bitext applies to --aligner eflomal only")

    def settings(self) -> dict[str, Any]:
        settings = asdict(self)
        settings.pop("cache_dir")
        settings["priors"] = cache_key(self.priors) if self.priors else None
        return settings

    @staticmethod
    def _learns_priors(part) -> bool:
        return hasattr(part, "learn_priors")

    def _component(self):
        from ..components.build import build_component

        return build_component("xner_aligner", self.config)

    def prepare(self, docs: list[Doc], artifact: Path) -> "AlignStage":
        """eflomal: priors from the whole input and bitext, kept in ``artifact`` for a rerun."""
        if not self.shared_priors or not self._learns_priors(self._component().aligner):
            return self
        if artifact.is_file():
            priors = artifact.read_text(encoding="utf-8")
        else:
            part = self._eflomal(docs)
            part.learn_priors([(words_of(d), words_of(d._.xner_translation)) for d in docs
                               if d._.xner_translation is not None])
            priors = part.priors
            write_atomic(artifact, priors)
        return replace(self, priors=priors, bitext=())

    def _eflomal(self, docs: list[Doc], component=None):
        part = (component or self._component()).aligner
        part.priors = self.priors
        if self.bitext:
            tgt_lang = next((d._.xner_translation.lang_ for d in docs if d._.xner_translation is not None), "xx")
            part.bitext = read_bitext_specs(self.bitext, docs[0].lang_ if docs else "xx", tgt_lang)
        return part

    def load(self):
        component = self._component()
        direct = self._direct(component)
        if component.refine is None:
            return direct
        component.refine.load()

        def refined(docs: Iterable[Doc], start: int) -> tuple[list[Doc], StageSummary]:
            aligned, stats = direct(docs, start)
            component.refine.refine_docs(aligned, stats, BatchCache(self.cache_dir))
            return aligned, stats

        return refined

    def _direct(self, component):
        if self._learns_priors(component.aligner):
            def align_corpus(docs: Iterable[Doc], start: int) -> tuple[list[Doc], StageSummary]:
                docs = list(docs)  # corpus-level: every pair (plus the bitext) in one eflomal run
                return self._align(docs, component, self._eflomal(docs, component), 0)

            return align_corpus
        if hasattr(component.aligner, "load"):
            component.aligner.load()
        return lambda docs, start: self._align(docs, component, component.aligner, component.batch_size)

    def _align(self, docs: Iterable[Doc], component, part, batch_size: int) -> tuple[list[Doc], StageSummary]:
        stats = StageSummary("align")
        cache = BatchCache(self.cache_dir)
        aligned = list(align_docs(docs, part, batch_size, component.max_length_ratio, stats, cache))
        stats.count("cached batches", cache.hits)
        stats.count("cached batches recomputed (damaged)", cache.rejected)
        return aligned, stats
