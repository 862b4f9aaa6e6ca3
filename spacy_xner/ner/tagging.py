"""What a tagger returns for one sentence, and the one loop that tags Docs for the CLI."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator, Optional, Protocol, Sequence, runtime_checkable

import numpy as np

from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..accounting import StageSummary
from ..corpora.docbin import chunks
from ..corpora.tags import tags_to_spans
from ..docs import set_word_spans
from ..ty import WordSpan, Words


@dataclass(frozen=True)
class Tagged:
    """One tagged sentence: entity spans, and ``probs[word, class]`` over ``classes`` (``O``, ``B-X``, ``I-X``)."""

    spans: list[WordSpan]
    probs: np.ndarray
    classes: tuple[str, ...]

    def begin_probs(self, label: str) -> Optional[np.ndarray]:
        """p(an entity of ``label`` starts here) per word; ``None`` when the tagger doesn't know ``label``.

        IOB1 models (the CoNLL-2003 ones) have no ``B-X`` for labels whose entities never touch,
        and open such entities with ``I-X``; for those the ``I-X`` probability stands in.
        """
        return self._column(f"B-{label}", fallback=f"I-{label}")

    def inside_probs(self, label: str) -> Optional[np.ndarray]:
        return self._column(f"I-{label}", fallback=None)

    def _column(self, name: str, fallback: Optional[str]) -> Optional[np.ndarray]:
        for cls in (name, fallback):
            if cls in self.classes:
                return self.probs[:, self.classes.index(cls)]
        return None


@runtime_checkable
class Tagger(Protocol):
    """Tags a batch of pre-tokenized sentences; one ``Tagged`` per input, in order."""

    def __call__(self, batch: Sequence[Words]) -> list[Tagged]: ...


def decode(probs: np.ndarray, classes: Sequence[str]) -> list[WordSpan]:
    """Entity spans of the per-word argmax classes (conlleval semantics: a stray ``I-X`` opens an entity)."""
    tags = [classes[k] for k in probs.argmax(axis=1)] if len(probs) else []
    return tags_to_spans(tags, "iob1")[0]


def tag_docs(tagger: Tagger, docs: Iterable[Doc], summary: StageSummary, batch_size: int = 32) -> Iterator[Doc]:
    """Copies of ``docs`` (words, spaces, ids and user data kept) with the tagger's entities instead of
    theirs, a batch at a time as the stream is read.

    Every Doc is tagged (an empty one simply gets no entities); the counts go to ``summary``.
    """
    for batch in chunks(docs, batch_size):
        for doc, tagged in zip(batch, tagger([[t.text for t in doc] for doc in batch])):
            copy = blank_copy(doc)
            set_word_spans(copy, tagged.spans)
            summary.add_done()
            summary.count("entities_in", len(doc.ents))
            summary.count("entities_out", len(tagged.spans))
            yield copy


def blank_copy(doc: Doc, vocab: Optional[Vocab] = None) -> Doc:
    """The sentence without entities: same words, spaces and user data (ids, translation); in ``vocab``
    if given (a pipeline reads static vectors from its Docs' vocab)."""
    copy = Doc(vocab or doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    copy.user_data.update(doc.user_data)
    return copy


@lru_cache(maxsize=2048)
def tag_sentence(tagger: Tagger, words: tuple[str, ...]) -> Tagged:
    """One sentence, cached: NER candidates and NER score of one projection tag each target once."""
    return tagger([words])[0]
