"""The ``xner_aligner`` factory: word links between a Doc and ``doc._.xner_translation``."""
from __future__ import annotations

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
from ..alignment.doc_pairs import align_docs, words_of
from ..evaluation import scorers as _scorers  # noqa: F401  (registers the scorers)
from ..registry import check_number, check_part
from ..ty import Aligner

DEFAULT_CONFIG = {
    "aligner": _registry.ALIGNERS["eflomal"],
    "batch_size": 64,
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
def make_aligner(nlp: Language, name: str, aligner: Aligner, batch_size: int, max_length_ratio: Optional[float],
                 refine: Optional[BacktranslationRefinement], scorer: Optional[Callable]) -> "XnerAligner":
    check_number("batch_size", batch_size, 1, integer=True)
    if max_length_ratio is not None:
        check_number("max_length_ratio", max_length_ratio, 1)
    if refine is not None:
        check_part(refine, "refiners", f"{name}.refine", BacktranslationRefinement)
    return XnerAligner(name, check_part(aligner, "aligners", f"{name}.aligner", Aligner), batch_size,
                       max_length_ratio, refine, scorer)


class XnerAligner(Pipe):
    """Fills ``doc._.xner_alignment``; a pair it cannot align keeps none and records why in
    ``doc.user_data["xner_alignment_skipped"]``. With ``refine``, each batch is then refined through
    a marked back-translation (``alignment.backtranslation``). Its learned state is the eflomal priors."""

    def __init__(self, name: str, aligner: Aligner, batch_size: int = 64, max_length_ratio: Optional[float] = None,
                 refine: Optional[BacktranslationRefinement] = None, scorer: Optional[Callable] = None):
        self.name = name
        self.aligner = aligner
        self.batch_size = batch_size
        self.max_length_ratio = max_length_ratio
        self.refine = refine
        self.scorer = scorer

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, stream: Iterable[Doc], batch_size: Optional[int] = None) -> Iterator[Doc]:
        size = batch_size or self.batch_size
        aligned = align_docs(stream, self.aligner, size, self.max_length_ratio)
        if self.refine is None:
            yield from aligned
            return
        for batch in minibatch(aligned, size) if size else [list(aligned)]:  # 0: the whole stream, like the aligner
            self.refine.refine_docs(batch)
            yield from batch

    def initialize(self, get_examples: Callable[[], Iterable[Example]], *, nlp: Optional[Language] = None,
                   bitext: List[str] = [], tgt_lang: Optional[str] = None) -> None:
        """Neural: load the encoder. eflomal: learn priors from the examples' pairs plus the extra
        ``bitext`` ("SRC_PATH:TGT_PATH" files, tokenized for ``nlp.lang`` and ``tgt_lang``)."""
        if hasattr(self.aligner, "load"):
            self.aligner.load()
        if self.refine is not None:
            self.refine.load()
        if not hasattr(self.aligner, "learn_priors"):
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
        if priors and hasattr(self.aligner, "priors"):
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
