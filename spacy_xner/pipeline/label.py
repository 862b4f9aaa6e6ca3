"""Translate-test (the paper's experiment): label target sentences through English.

Each target sentence is translated to English, the English is tagged by the source NER, the pair
is aligned with the roles swapped (English = source Doc, the original = its given translation) and
the English entities are projected back onto the original tokens. Every input sentence is written
(ids and tokens unchanged) so that evaluation sees all of them; one that could not be labelled has no
entities and its reason counted as skipped in the summary.
"""
from __future__ import annotations

from typing import Optional, Sequence, Union

from spacy.tokens import Doc

from .. import reasons
from ..accounting import StageSummary
from ..alignment.backtranslation import BacktranslationRefinement
from ..alignment.doc_pairs import SKIP_KEY, align_docs
from ..cache import BatchCache
from ..docs import get_id
from ..translation.given import GivenTranslations
from ..translation.machine import MAX_WORDS, translate_docs
from ..ty import Aligner, Translator
from ..ner.tagging import Tagger, blank_copy, tag_docs



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
) -> list[Doc]:
    """The sentences of ``docs`` (language ``lang``) with projected entities; ``projector`` is an ``xner_projector``;
    ``refine`` refines the alignments through a marked back-translation of the tagged English.

    Sub-stage counts go to ``summary.counts`` as ``translate: ...``, ``tag: ...``, ``align: ...``.
    """
    originals = [blank_copy(doc) for doc in docs]
    stages = {name: StageSummary(name) for name in ("translate", "tag", "align")}
    if isinstance(translator, GivenTranslations):
        english = translator.pair(originals, "en", stages["translate"])
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

