"""The align stage of ``xner align``: its settings, and the worker that aligns a corpus of pairs.

eflomal is corpus-level: it learns from everything it aligns in one run. Sharded, each shard would
learn from its own few pairs only, so ``prepare`` first learns eflomal priors once on the whole
input plus the extra bitext, and every shard then aligns its pairs with those priors
(``shared_priors=False`` runs each shard on its own pairs plus the bitext instead).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any, Iterable, Optional

from spacy.tokens import Doc

from ..accounting import StageSummary
from ..cache import BatchCache, cache_key
from ..io import write_atomic
from ..errors import XnerError
from .bitext import parse_bitext_option, read_bitext_specs
from .doc_pairs import align_docs, words_of

DEFAULT_METHOD = {"simalign": "itermax", "awesome": "softmax"}


@dataclass(frozen=True)
class AlignStage:
    aligner: str = "eflomal"
    method: Optional[str] = None  # neural extraction; default per aligner
    bitext: tuple[str, ...] = ()  # eflomal: extra "SRC_PATH:TGT_PATH" parallel text
    eflomal: tuple[tuple[str, Any], ...] = ()  # settings of spacy_xner.EflomalAligner.v2 (unset: its defaults)
    shared_priors: bool = True  # eflomal, sharded: learn priors once on the whole input first
    priors: Optional[str] = None  # eflomal priors learned by ``prepare``
    model: str = "bert-base-multilingual-cased"
    layer: int = 8
    token_type: str = "bpe"
    threshold: float = 1e-3
    filter_punct: bool = False
    device: str = "cpu"
    batch_size: int = 32
    max_length_ratio: Optional[float] = None
    cache_dir: Optional[str] = None
    refine: tuple[tuple[str, Any], ...] = ()  # back-translation: options of backtranslation.build_refinement

    name = "align"

    def __post_init__(self) -> None:
        if self.refine:
            self._refinement()  # unknown backend / aligner / combination fail here, before any work
        for spec in self.bitext:
            parse_bitext_option(spec)
        if self.aligner == "eflomal":
            self._eflomal_part()  # invalid eflomal settings fail here, before any work
            return
        if self.eflomal:
            raise XnerError("--symmetrize, --similar-words, --prefix-len and --runs apply to --aligner eflomal only")
        if self.aligner not in DEFAULT_METHOD:
            raise XnerError(f"unknown --aligner {self.aligner!r}; expected eflomal, simalign or awesome")
        if self.bitext:
            raise XnerError("--bitext applies to --aligner eflomal only")
        chosen = self.method or DEFAULT_METHOD[self.aligner]
        if (self.aligner == "awesome") != (chosen == "softmax"):
            raise XnerError(f"--method {chosen} does not belong to --aligner {self.aligner}")

    def settings(self) -> dict[str, Any]:
        settings = asdict(self)
        settings.pop("cache_dir")
        settings["priors"] = cache_key(self.priors) if self.priors else None
        return settings

    def prepare(self, docs: list[Doc], artifact: Path) -> "AlignStage":
        """eflomal: priors from the whole input and bitext, kept in ``artifact`` for a rerun."""
        if self.aligner != "eflomal" or not self.shared_priors:
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

    def _eflomal_part(self):
        from .registry import eflomal_aligner_v2

        try:
            return eflomal_aligner_v2(**dict(self.eflomal))
        except ValueError as err:
            raise XnerError(f"eflomal settings: {err}") from None

    def _eflomal(self, docs: list[Doc]):
        part = self._eflomal_part()
        part.priors = self.priors
        if self.bitext:
            tgt_lang = next((d._.xner_translation.lang_ for d in docs if d._.xner_translation is not None), "xx")
            part.bitext = read_bitext_specs(self.bitext, docs[0].lang_ if docs else "xx", tgt_lang)
        return part

    def _refinement(self):
        from .backtranslation import build_refinement

        return build_refinement(**dict(self.refine))

    def load(self):
        direct = self._direct()
        if not self.refine:
            return direct
        refinement = self._refinement()
        refinement.load()

        def refined(docs: Iterable[Doc], start: int) -> tuple[list[Doc], StageSummary]:
            aligned, stats = direct(docs, start)
            refinement.refine_docs(aligned, stats, BatchCache(self.cache_dir))
            return aligned, stats

        return refined

    def _direct(self):
        if self.aligner == "eflomal":
            return self._align_eflomal
        from .registry import neural_aligner

        part = neural_aligner(model=self.model, layer=self.layer, method=self.method or DEFAULT_METHOD[self.aligner],
                              token_type=self.token_type, batch_size=self.batch_size, device=self.device,
                              threshold=self.threshold, filter_punct=self.filter_punct)
        part.load()
        return lambda docs, start: self._align(docs, part, self.batch_size)

    def _align_eflomal(self, docs: Iterable[Doc], start: int) -> tuple[list[Doc], StageSummary]:
        docs = list(docs)
        return self._align(docs, self._eflomal(docs), 0)  # 0: the whole corpus in one eflomal run

    def _align(self, docs: Iterable[Doc], part, batch_size: int) -> tuple[list[Doc], StageSummary]:
        stats = StageSummary("align")
        cache = BatchCache(self.cache_dir)
        aligned = list(align_docs(docs, part, batch_size, self.max_length_ratio, stats, cache))
        stats.count("cached batches", cache.hits)
        stats.count("cached batches recomputed (damaged)", cache.rejected)
        return aligned, stats
