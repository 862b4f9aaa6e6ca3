"""The ``xner_aligner`` factory: word links between a Doc and ``doc._.xner_translation``."""
from __future__ import annotations

from itertools import chain
from pathlib import Path
from typing import Callable, Iterable, Iterator, List, Optional, Union

import srsly
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import ensure_path, minibatch

from ..alignment import registry as _registry  # noqa: F401  (registers the spacy_xner.* parts)
from ..alignment.backtranslation import BacktranslationRefinement
from ..alignment.bitext import read_bitext_specs
from ..alignment.doc_pairs import align_docs, pairs_to_align, words_of
from ..alignment.eflomal import LinksInOrder
from ..corpora.docbin import DocWriter, iter_docs
from ..evaluation import scorers as _scorers  # noqa: F401  (registers the scorers)
from ..io import owned_tempdir
from ..registry import check_number, check_part
from ..ty import Aligner, LearnsFromCorpus, LoadsModel

DEFAULT_CONFIG = {
    "aligner": dict(_registry.DEFAULT_ALIGNER),
    "batch_size": 64,
    "whole_input": True,
    "max_length_ratio": None,
    "refine": None,  # e.g. {"@xner_refiners": "spacy_xner.BacktranslationRefinement.v1", "translator": {...}}
    "scorer": {"@scorers": "spacy_xner.alignment_scorer.v1"},
}
PRIORS_FILE = "eflomal_priors.txt"


@Language.factory(
    "xner_aligner",
    default_config=DEFAULT_CONFIG,
    assigns=["doc._.xner_alignment"],
    requires=["doc._.xner_translation"],
    default_score_weights={"xner_align_f": None, "xner_align_p": None, "xner_align_r": None, "xner_align_aer": None},
)
def make_aligner(nlp: Language, name: str, aligner: Aligner, batch_size: int, whole_input: bool,
                 max_length_ratio: Optional[float], refine: Optional[BacktranslationRefinement],
                 scorer: Optional[Callable]) -> "XnerAligner":
    check_number("batch_size", batch_size, 1, integer=True)
    if max_length_ratio is not None:
        check_number("max_length_ratio", max_length_ratio, 1)
    if refine is not None:
        check_part(refine, "refiners", f"{name}.refine", BacktranslationRefinement)
    return XnerAligner(name, check_part(aligner, "aligners", f"{name}.aligner", Aligner), batch_size, whole_input,
                       max_length_ratio, refine, scorer)


class XnerAligner(Pipe):
    """Fills ``doc._.xner_alignment``; a pair it cannot align keeps none and records why in
    ``doc.user_data["xner_alignment_skipped"]``. With ``refine``, each batch is then refined through
    a marked back-translation (``alignment.backtranslation``). Its learned state is the eflomal priors.

    Its batching is its own config, so ``nlp.pipe`` aligns as ``xner align`` does with the same config
    (spaCy's ``batch_size`` only groups Docs between components): ``batch_size`` pairs per aligner call,
    or, with ``whole_input`` and a corpus-level aligner (eflomal), everything ``pipe`` is given in the
    aligner's runs at once — eflomal learns from all it aligns, and one run over n pairs costs ∝ √n. The
    Docs wait in a temporary DocBin meanwhile, so memory does not grow with the stream (what a DocBin does
    not keep, such as tensors, is not kept)."""

    def __init__(self, name: str, aligner: Aligner, batch_size: int, whole_input: bool,
                 max_length_ratio: Optional[float], refine: Optional[BacktranslationRefinement],
                 scorer: Optional[Callable]):
        self.name = name
        self.aligner = aligner
        self.batch_size = batch_size
        self.whole_input = whole_input
        self.max_length_ratio = max_length_ratio
        self.refine = refine
        self.scorer = scorer

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, stream: Iterable[Doc], batch_size: Optional[int] = None) -> Iterator[Doc]:
        if self.aligns_whole_input:
            aligned = self._aligned_as_a_whole(stream)
        else:
            aligned = align_docs(stream, self.aligner, self.batch_size, self.max_length_ratio)
        if self.refine is None:
            yield from aligned
            return
        for batch in minibatch(aligned, self.batch_size):
            self.refine.refine_docs(batch)
            yield from batch

    @property
    def aligns_whole_input(self) -> bool:
        return self.whole_input and isinstance(self.aligner, LearnsFromCorpus)

    def _aligned_as_a_whole(self, stream: Iterable[Doc]) -> Iterator[Doc]:
        """Every pair of the stream (plus the aligner's bitext) aligned in the aligner's runs over all of
        them; the Docs are kept in a temporary DocBin until their links are known."""
        with owned_tempdir("xner-aligner-") as tmp:
            with DocWriter(tmp / "docs") as waiting:
                text = self.aligner.write_corpus(chain(
                    pairs_to_align(_written(stream, waiting), self.aligner.max_words, self.max_length_ratio),
                    self.aligner.bitext), tmp)
            if not waiting.count:
                return
            self.aligner.align_text(text, tmp / "links")
            links = LinksInOrder(tmp / "links", self.aligner.max_words)
            yield from align_docs(iter_docs(tmp / "docs"), links, self.batch_size, self.max_length_ratio)

    def initialize(self, get_examples: Callable[[], Iterable[Example]], *, nlp: Optional[Language] = None,
                   bitext: List[str] = [], tgt_lang: Optional[str] = None) -> None:
        """Neural: load the encoder. eflomal: learn priors from the examples' pairs plus the extra
        ``bitext`` ("SRC_PATH:TGT_PATH" files, tokenized for ``nlp.lang`` and ``tgt_lang``)."""
        if isinstance(self.aligner, LoadsModel):
            self.aligner.load()
        if self.refine is not None:
            self.refine.load()
        if not isinstance(self.aligner, LearnsFromCorpus):
            return
        pairs = []
        for eg in get_examples():
            translation = eg.predicted._.xner_translation
            if translation is not None:
                pairs.append((words_of(eg.predicted), words_of(translation)))
                tgt_lang = tgt_lang or translation.lang_
        if bitext and tgt_lang is None:
            raise ValueError("xner_aligner.initialize: bitext given but the target language is unknown (set tgt_lang)")
        self.aligner.learn_priors(pairs + read_bitext_specs(bitext, nlp.lang if nlp else "xx", tgt_lang or "xx"))

    @property
    def priors(self) -> Optional[str]:
        return getattr(self.aligner, "priors", None)

    def _set_priors(self, priors: Optional[str]) -> None:
        if priors and isinstance(self.aligner, LearnsFromCorpus):
            self.aligner.priors = priors

    def to_bytes(self, *, exclude: Iterable[str] = tuple()) -> bytes:
        return srsly.msgpack_dumps({"priors": self.priors})

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = tuple()) -> "XnerAligner":
        self._set_priors(srsly.msgpack_loads(bytes_data).get("priors"))
        return self

    def to_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = tuple()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.priors:
            (path / PRIORS_FILE).write_text(self.priors, encoding="utf-8")

    def from_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = tuple()) -> "XnerAligner":
        priors = ensure_path(path) / PRIORS_FILE
        if priors.is_file():
            self._set_priors(priors.read_text(encoding="utf-8"))
        return self


def _written(docs: Iterable[Doc], writer: DocWriter) -> Iterator[Doc]:
    """``docs``, each written to ``writer`` on the way."""
    for doc in docs:
        writer.add(doc)
        yield doc
