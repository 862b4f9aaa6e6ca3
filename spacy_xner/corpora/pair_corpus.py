"""``spacy_xner.PairCorpus.v1``: a pairs corpus (what ``xner pair`` / ``xner align`` write) as Examples.

So spaCy's own loops run on our corpora: ``nlp.initialize(lambda: corpus(nlp))``, ``nlp.evaluate``,
``[corpora]`` blocks of training configs. The predicted side is the pair without target entities
(source entities, translation words and any links kept, as the projector needs them); the
reference side has the target entities, so the projector's score compares the two.
"""
from __future__ import annotations

from itertools import islice
from pathlib import Path
from typing import Callable, Iterator, Union

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import registry

from .docbin import iter_docs


@registry.readers("spacy_xner.PairCorpus.v1")
def create_pair_corpus(path: Path, limit: int = 0, gold_links: bool = False) -> Callable[[Language], Iterator[Example]]:
    """``limit``: the first this many pairs (0: all). ``gold_links``: the pairs' links are a gold
    alignment, so the reference keeps them and the aligner is scored against them."""
    return PairCorpus(path, limit, gold_links)


class PairCorpus:
    def __init__(self, path: Union[str, Path], limit: int = 0, gold_links: bool = False):
        self.path = Path(path)
        self.limit = limit
        self.gold_links = gold_links

    def __call__(self, nlp: Language) -> Iterator[Example]:
        for pair in islice(iter_docs(self.path), self.limit or None):  # streamed, as spaCy's Corpus reads
            yield pair_example(pair, self.gold_links)


def pair_example(pair: Doc, gold_links: bool = False) -> Example:
    """An Example whose predicted side is ``pair`` without target entities (and, when the links are
    gold, without links), and whose reference is ``pair`` itself (without links unless gold)."""
    predicted = pair.copy()  # the translation too (a copy of its own, sharing the Vocab)
    if predicted._.xner_translation is not None:
        predicted._.xner_translation.set_ents([], default="missing")
    if gold_links:
        predicted._.xner_alignment = None
    else:
        pair._.xner_alignment = None
    return Example(predicted, pair)
