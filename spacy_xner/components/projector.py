"""The ``xner_projector`` factory: places the source Doc's entities on ``doc._.xner_translation``."""
from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Callable, Optional

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from ..docs import PROJECTION_KEY, get_alignment, get_id, projection_record, set_id, set_word_spans, word_spans
from ..evaluation import scorers as _scorers  # noqa: F401  (registers the scorers)
from ..projection import registry as _registry  # noqa: F401  (registers the spacy_xner.* parts)
from .. import reasons
from ..projection.labels import LabelMap
from ..projection.sentence import SentenceSkipped, project_sentence
from ..registry import check_part
from ..ty import Alignment, Dropped, Projector, ProjectionResult, WordSpan, Words

DEFAULT_CONFIG = {
    "projection": copy.deepcopy(_registry.DEFAULT_PROJECTION),
    "label_map": {"@xner_label_maps": "spacy_xner.LabelMap.v1"},
    "drop_incomplete": False,
    "scorer": {"@scorers": "spacy_xner.projection_scorer.v1"},
}


@Language.factory(
    "xner_projector",
    default_config=DEFAULT_CONFIG,
    assigns=["doc._.xner_translation"],
    requires=["doc.ents", "doc._.xner_translation", "doc._.xner_alignment"],
    default_score_weights={"xner_proj_f": 1.0, "xner_proj_p": 0.0, "xner_proj_r": 0.0, "xner_proj_per_type": None},
)
def make_projector(nlp: Language, name: str, projection: Projector, label_map: LabelMap,
                   drop_incomplete: bool, scorer: Optional[Callable]) -> "XnerProjector":
    return XnerProjector(name, check_part(projection, "projections", f"{name}.projection", Projector),
                         check_part(label_map, "label_maps", f"{name}.label_map", LabelMap), drop_incomplete, scorer)


class XnerProjector(Pipe):
    """Writes the projected entities and a record (score per entity, reason per dropped one) on the translation.

    A sentence that cannot be projected at all keeps its translation's entities untouched; its
    record carries ``"skipped": reason`` (on the source Doc when there is no translation).
    ``drop_incomplete`` also skips sentences in which a source entity could not be placed: in a
    training corpus its words would teach "O" for an entity.
    """

    def __init__(self, name: str, projection: Projector, label_map: LabelMap, drop_incomplete: bool,
                 scorer: Optional[Callable]):
        self.name = name
        self.projection = projection
        self.label_map = label_map
        self.drop_incomplete = drop_incomplete
        self.scorer = scorer

    def __call__(self, doc: Doc) -> Doc:
        self.project(doc)
        return doc

    def project(self, doc: Doc) -> Optional[str]:
        """Project one pair; returns the reason when the sentence was skipped, else ``None``."""
        translation = doc._.xner_translation
        if translation is not None and get_id(translation) is None and get_id(doc) is not None:
            set_id(translation, get_id(doc), source_id=get_id(doc))
        outcome = self.project_words([t.text for t in doc], word_spans(doc),
                                     [t.text for t in translation] if translation is not None else None,
                                     get_alignment(doc))
        if translation is None:
            doc.user_data[PROJECTION_KEY] = outcome.record
            return outcome.reason
        if outcome.entities is not None:
            set_word_spans(translation, outcome.entities)
        translation.user_data[PROJECTION_KEY] = outcome.record
        return outcome.reason

    def project_words(self, src_words: Words, spans: list[WordSpan], tgt_words: Optional[Words],
                      alignment: Optional[Alignment]) -> "PairOutcome":
        """A pair given as words (no translation or no links: ``None``): the one implementation
        behind Doc pairs and the DocBin rows ``xner project`` streams."""
        if tgt_words is None:
            return PairOutcome(reasons.MISSING_TRANSLATION, {"skipped": reasons.MISSING_TRANSLATION})
        try:
            if alignment is None:
                raise SentenceSkipped(reasons.MISSING_ALIGNMENT)
            result = project_sentence(self.projection, src_words, spans, tgt_words, alignment, self.label_map)
        except SentenceSkipped as skip:
            record = projection_record(ProjectionResult(dropped=[Dropped(i, skip.reason) for i in range(len(spans))]), spans)
            record["skipped"] = skip.reason
            return PairOutcome(skip.reason, record)
        outcome = PairOutcome(None, projection_record(result, spans), [p.span for p in result.projected])
        if self.drop_incomplete and any(d.reason != reasons.LABEL_DROPPED for d in result.dropped):
            outcome.reason = outcome.record["skipped"] = reasons.INCOMPLETE
        return outcome


@dataclass
class PairOutcome:
    reason: Optional[str]  # why the sentence is skipped; None: projected
    record: dict  # the projection record (``docs.projection_record``), with "skipped" when skipped
    entities: Optional[list[WordSpan]] = None  # the target's new entities; None: leave them as they are
