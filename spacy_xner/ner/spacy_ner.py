"""Any spaCy pipeline with an ``ner`` component as a tagger (words kept as given, no re-tokenization)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Sequence

import numpy as np

from ..ty import WordSpan, Words
from .tagging import Tagged


@lru_cache(maxsize=4)
def load(model: str) -> Any:
    import spacy

    from ..errors import XnerError

    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise XnerError(f"cannot load spaCy pipeline '{model}': {err}") from None
    if "ner" not in nlp.pipe_names:
        raise XnerError(f"spaCy pipeline '{model}' has no 'ner' component (it has: {', '.join(nlp.pipe_names)})")
    return nlp


@dataclass(frozen=True)
class SpacyTagger:
    """Entities from ``doc.ents``. spaCy's greedy NER gives no per-word marginals, so ``probs`` is
    the one-hot encoding of its IOB2 tags: a NER score over it rewards exactly the predicted spans."""

    model: str
    batch_size: int = 64

    @property
    def classes(self) -> tuple[str, ...]:
        labels = load(self.model).get_pipe("ner").labels
        return ("O", *(f"{p}-{label}" for label in labels for p in "BI"))

    def __call__(self, batch: Sequence[Words]) -> list[Tagged]:
        from spacy.tokens import Doc

        nlp = load(self.model)
        classes = self.classes
        docs = (Doc(nlp.vocab, words=list(words)) for words in batch)
        tagged = []
        for doc in nlp.pipe(docs, batch_size=self.batch_size):
            probs = np.zeros((len(doc), len(classes)))
            probs[:, 0] = 1.0
            spans = []
            for ent in doc.ents:
                probs[ent.start : ent.end, 0] = 0.0
                probs[ent.start, classes.index(f"B-{ent.label_}")] = 1.0
                probs[ent.start + 1 : ent.end, classes.index(f"I-{ent.label_}")] = 1.0
                spans.append(WordSpan(ent.start, ent.end, ent.label_))
            tagged.append(Tagged(spans, probs, classes))
        return tagged
