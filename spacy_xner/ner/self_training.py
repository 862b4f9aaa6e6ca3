"""Self-training: the NER trained on projected labels tags unlabeled target sentences, and the ones it
is sure of join the next round's training data.

Projected labels come from translated English news; the target language's own text has its own
names, spellings and topics, which the first model saw only through translation. spaCy's ``ner``
(on a CNN or on a transformer alike) scores whole parses with a beam, so the probability of a
sentence's best parse is its confidence, no second model needed.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator, Protocol, runtime_checkable

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import reasons
from ..errors import XnerError
from .tagging import blank_copy



@runtime_checkable
class SentenceSelector(Protocol):
    def __call__(self, nlp: Language, docs: Iterable[Doc]) -> Iterator[tuple[Doc, str | None]]:
        """Each Doc tagged by ``nlp`` (its own entities dropped), with ``None`` when it is kept or the reason
        it is not."""


@dataclass(frozen=True)
class BeamConfidence:
    """Keep a sentence when its best beam parse has probability ``min_confidence`` or more (the beam's
    parses normalised over the beam) and, unless ``keep_empty``, at least one entity: a confidently
    empty parse of a news sentence is more often a missed name than a sentence without one."""

    min_confidence: float
    beam_width: int
    keep_empty: bool
    batch_size: int

    def __call__(self, nlp: Language, docs: Iterable[Doc]) -> Iterator[tuple[Doc, str | None]]:
        from spacy.util import minibatch

        name = ner_component(nlp)
        ner = nlp.get_pipe(name)
        for batch in minibatch(docs, self.batch_size):
            tagged = list(nlp.pipe((blank_copy(doc, nlp.vocab) for doc in batch), disable=[name]))  # the listeners' inputs
            for doc, beam in zip(tagged, ner.beam_parse(tagged, beam_width=self.beam_width)):
                probability, ents = max(ner.moves.get_beam_parses(beam), key=lambda parse: parse[0])
                doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
                if probability < self.min_confidence:
                    yield doc, reasons.BELOW_CONFIDENCE
                elif not ents and not self.keep_empty:
                    yield doc, reasons.NO_ENTITY
                else:
                    yield doc, None


def ner_component(nlp: Language) -> str:
    """The name of the pipeline's transition-based entity recognizer (the one with a beam)."""
    from spacy.pipeline import EntityRecognizer

    for name, component in nlp.pipeline:
        if isinstance(component, EntityRecognizer):
            return name
    raise XnerError(f"the pipeline has no transition-based 'ner' component (it has: {', '.join(nlp.pipe_names)})")
