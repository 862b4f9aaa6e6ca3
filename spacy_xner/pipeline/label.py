"""Translate-test (the paper's experiment): label target sentences through English.

Each target sentence is translated to English, the English is tagged by the source NER, the pair
is aligned with the roles swapped (English = source Doc, the original = its given translation) and
the English entities are projected back onto the original tokens. Every input sentence is written
(ids and tokens unchanged) so that evaluation sees all of them; one that could not be labelled has no
entities and its reason counted as skipped in the summary.

``LabelStage`` is ``xner label``'s: the runner streams the input through it in chunks of ``CHUNK_SIZE``
sentences (memory does not grow with the corpus) and writes each chunk's output as it comes.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Sequence, Union

from spacy.tokens import Doc

from .. import reasons
from ..accounting import StageSummary
from ..alignment.backtranslation import BacktranslationRefinement
from ..alignment.doc_pairs import SKIP_KEY, align_docs
from ..cache import BatchCache
from ..docs import get_id
from ..translation.given import GivenTranslations
from ..translation.hf import DEFAULT_BATCH_SIZE
from ..translation.machine import MAX_WORDS, translate_docs
from ..ty import Aligner, LearnsFromCorpus, Translator
from ..ner.tagging import Tagger, blank_copy, tag_docs
from .align import CHUNK_SIZE
from .build import build_component, build_part
from .translate import check_order_pairing

NEURAL_BATCH_SIZE = 32  # pairs per forward batch of a neural aligner


@dataclass(frozen=True)
class LabelStage:
    """The config blocks of the parts (built where the work runs) and the batching; ``projector_source``
    is the projector's config file, named in its errors."""

    lang: str
    translator: dict  # into English: a model's block or given translations
    tagger: dict  # the English NER
    aligner: dict
    projector: dict  # the xner_projector component's config
    refine: Optional[dict] = None  # back-translation refinement of the links
    batch_size: int = DEFAULT_BATCH_SIZE  # sentences per translation and tagging batch
    cache_dir: Optional[str] = None
    projector_source: Optional[str] = None

    name = "label"
    chunk_size = CHUNK_SIZE  # a corpus-level aligner (eflomal) aligns each chunk in one run

    def __post_init__(self) -> None:
        self._parts()  # bad settings fail here, before any model loads

    def _parts(self):
        return (build_part(self.translator, "translator"), build_part(self.tagger, "tagger"),
                build_part(self.aligner, "aligner"), build_component("xner_projector", self.projector, self.projector_source),
                build_part(self.refine, "refine") if self.refine is not None else None)

    def settings(self) -> dict[str, Any]:
        settings = asdict(self)
        settings.pop("cache_dir")
        return settings

    def check(self, docs: Callable[[], Iterable[Doc]]) -> None:
        """Given translations paired by order: fail before any work when their count is not the input's."""
        check_order_pairing(build_part(self.translator, "translator"), docs)

    def in_shards(self, shard_size: int) -> "LabelStage":
        return self

    def prepare(self, docs: Callable[[], Iterable[Doc]], directory: Path) -> "LabelStage":
        return self

    def load(self):
        translator, tagger, aligner, projector, refine = self._parts()
        if refine is not None:
            refine.load()
        cache = BatchCache(self.cache_dir)
        align_batch_size = 0 if isinstance(aligner, LearnsFromCorpus) else NEURAL_BATCH_SIZE  # 0: one run over all

        def label_chunk(docs: Iterable[Doc], start: int) -> tuple[list[Doc], StageSummary]:
            summary = StageSummary(self.name, self.lang)
            labelled = label_docs(list(docs), self.lang, translator, tagger, aligner, projector, summary,
                                  batch_size=self.batch_size, align_batch_size=align_batch_size, cache=cache,
                                  refine=refine, start=start)
            return labelled, summary

        return label_chunk


def label_docs(
    docs: Sequence[Doc],
    lang: str,
    translator: Union[Translator, GivenTranslations],
    tagger: Tagger,
    aligner: Aligner,
    projector,
    summary: StageSummary,
    *,
    batch_size: int,
    align_batch_size: int,
    cache: Optional[BatchCache] = None,
    refine: Optional[BacktranslationRefinement] = None,
    start: int = 0,
) -> list[Doc]:
    """The sentences of ``docs`` (language ``lang``) with projected entities; ``projector`` is an ``xner_projector``;
    ``refine`` refines the alignments through a marked back-translation of the tagged English; ``start``: the
    position of ``docs[0]`` in the whole input (given translations paired by order).

    Sub-stage counts go to ``summary.counts`` as ``translate: ...``, ``tag: ...``, ``align: ...``.
    """
    originals = [blank_copy(doc) for doc in docs]
    stages = {name: StageSummary(name) for name in ("translate", "tag", "align")}
    if isinstance(translator, GivenTranslations):
        english = translator.pair(originals, "en", stages["translate"], start=start)
    else:
        english = translate_docs(originals, translator, lang, "en", stages["translate"], batch_size=batch_size,
                                 max_words=MAX_WORDS, cache=cache)
    translated = [(o, e) for o, e in zip(originals, english) if e is not None]
    tagged = list(tag_docs(tagger, [e for _, e in translated], stages["tag"], batch_size))
    for (original, _), eng in zip(translated, tagged):
        eng._.xner_translation = original
    aligned = list(align_docs(tagged, aligner, align_batch_size, None, stages["align"], cache))
    if refine is not None:
        refine.refine_docs(aligned, stages["align"], cache)
    why = {id(o): reasons.MISSING_TRANSLATION for o in originals}
    for eng in aligned:
        original = eng._.xner_translation
        skipped = eng.user_data.get(SKIP_KEY)
        why[id(original)] = f"align: {skipped}" if skipped else projector.project(eng)
    for original in originals:
        reason = why[id(original)]
        if reason is None:
            summary.add_done()
            summary.count("entities_out", len(original.ents))
        else:
            summary.add_skipped(reason, get_id(original))
    for name, stage in stages.items():
        for key, n in stage.skipped.items():
            summary.count(f"{name} skipped: {key}", n)
        for key, n in stage.counts.items():
            summary.count(f"{name}: {key}", n)
    return originals

