"""The ``xner_translator`` factory: sets ``doc._.xner_translation`` from a translator or given translations."""
from __future__ import annotations

from typing import Iterable, Iterator, Optional, Union

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc
from thinc.api import Config
from spacy.util import minibatch

from ..accounting import StageSummary
from ..cache import BatchCache
from ..docs import TRANSLATION_KEY, drop_derived, install_extensions
from ..errors import XnerError
from ..registry import check_number, check_part
from ..translation import registry as _registry  # noqa: F401  registers the spacy_xner.* translators
from ..translation.given import GivenTranslations
from ..languages import lookup
from ..translation.hf import DEFAULT_BATCH_SIZE
from ..translation.machine import MAX_WORDS, translate_docs
from ..ty import LoadsModel, Translator

DEFAULT_CONFIG_STR = f"""
[xner_translator]
src_lang = "en"
tgt_lang = null
batch_size = {DEFAULT_BATCH_SIZE}
max_words = {MAX_WORDS}
cache_dir = null

[xner_translator.translator]
@xner_translators = "spacy_xner.HFTranslator.v1"
"""
DEFAULT_CONFIG = Config().from_str(DEFAULT_CONFIG_STR)["xner_translator"]
WINDOW_BATCHES = 32  # model batches per window the translator sorts by length


@Language.factory("xner_translator", assigns=["doc._.xner_translation"], default_config=DEFAULT_CONFIG)
def make_translator(
    nlp: Language,
    name: str,
    translator: Union[Translator, GivenTranslations],
    src_lang: str,
    tgt_lang: Optional[str],
    batch_size: int,
    max_words: int,
    cache_dir: Optional[str],
) -> "XnerTranslator":
    check_number("batch_size", batch_size, 1, integer=True)
    check_number("max_words", max_words, 1, integer=True)
    check_part(translator, "translators", f"{name}.translator", (Translator, GivenTranslations))
    return XnerTranslator(name, translator, src_lang=src_lang, tgt_lang=tgt_lang, batch_size=batch_size,
                               max_words=max_words, cache_dir=cache_dir)


class XnerTranslator(Pipe):
    """Translates (or looks up) each Doc's target sentence; skipped Docs keep ``None`` and are counted.

    Given translations are looked up by sentence id. A file without ids can only be paired by order,
    which needs each Doc's position in the whole corpus: ``translate_corpus`` has it, ``__call__``
    and ``pipe`` do not (a Doc must get the same translation however often it is processed)."""

    def __init__(
        self,
        name: str,
        translator: Union[Translator, GivenTranslations],
        *,
        src_lang: str,
        tgt_lang: Optional[str],
        batch_size: int,
        max_words: int,
        cache_dir: Optional[str],
    ):
        install_extensions()
        # unknown codes fail here, not after the first batch; a missing tgt_lang fails at first use,
        # so a pipeline can be assembled and configured before the language is chosen
        lookup(src_lang)
        if tgt_lang is not None:
            lookup(tgt_lang)
        self.name = name
        self.translator = translator
        self.src_lang, self.tgt_lang = src_lang, tgt_lang
        self.batch_size = batch_size
        self.max_words = max_words
        self.cache = BatchCache(cache_dir)
        self.summary = StageSummary("translate", tgt_lang)

    def initialize(self, get_examples=None, *, nlp: Optional[Language] = None) -> None:
        """Load the model now rather than at the first Doc."""
        self._require_tgt_lang()
        if isinstance(self.translator, LoadsModel):
            self.translator.load()

    def _require_tgt_lang(self) -> None:
        if self.tgt_lang is None:
            raise XnerError(f"{self.name}: no target language: set tgt_lang in its config, e.g. 'de' or 'hau'")

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: Optional[int] = None) -> Iterator[Doc]:
        """``batch_size`` (spaCy's, 1,000 by default) is ignored: the component's own decides the model
        batches and the windows sorted by length, so ``nlp.pipe`` translates in the batches of ``xner translate``."""
        yield from self._translate_stream(docs, None)

    def translate_corpus(self, docs: Iterable[Doc], start: int = 0) -> tuple[list[Doc], StageSummary]:
        """Translate a corpus, or the part of one whose first Doc is at position ``start``: the Docs
        that got a translation, and a fresh summary accounting for all of them."""
        self.summary = StageSummary("translate", self.tgt_lang)
        hits, misses, rejected = self.cache.hits, self.cache.misses, self.cache.rejected
        done = [doc for doc in self._translate_stream(docs, start) if doc._.xner_translation is not None]
        self.summary.count("cache_hits", self.cache.hits - hits)
        self.summary.count("cache_misses", self.cache.misses - misses)
        self.summary.count("cache_rejected", self.cache.rejected - rejected)
        return done, self.summary

    def _translate_stream(self, docs: Iterable[Doc], start: Optional[int]) -> Iterator[Doc]:
        # a window of many model batches, so length sorting has something to sort
        position = start
        for window in minibatch(docs, self.batch_size * WINDOW_BATCHES):
            for doc, translation in zip(window, self.translate(window, position)):
                drop_derived(doc.user_data, TRANSLATION_KEY)  # the links (and more) of an earlier translation
                doc._.xner_translation = translation
                yield doc
            if position is not None:
                position += len(window)

    def translate(self, docs: list[Doc], start: Optional[int] = None) -> list[Optional[Doc]]:
        """The translation of each Doc (``None`` where skipped); ``start``: the position of ``docs[0]``
        in the corpus, needed (only) by given translations paired by order."""
        self._require_tgt_lang()
        if isinstance(self.translator, GivenTranslations):
            if self.translator.paired_by_order and start is None:
                raise XnerError(f"{self.translator.path}: a file without sentence ids is paired by order, which "
                                "only a run over the whole corpus can do; in a pipeline, use a JSONL or DocBin with ids")
            return self.translator.pair(docs, self.tgt_lang, self.summary, start=start or 0)
        return translate_docs(docs, self.translator, self.src_lang, self.tgt_lang, self.summary,
                              batch_size=self.batch_size, max_words=self.max_words, cache=self.cache)
