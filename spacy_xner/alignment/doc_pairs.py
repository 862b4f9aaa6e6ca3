"""Aligning Docs with their translations: batching, per-sentence skip reasons, batch cache.

Shared by the ``xner_aligner`` component and ``xner align``. A pair that cannot be aligned keeps
no alignment and records why in ``doc.user_data["xner_alignment_skipped"]`` (and the summary).
"""
from __future__ import annotations

from typing import Iterable, Iterator, Optional, Union

from spacy.tokens import Doc

from .. import reasons
from ..accounting import StageSummary
from ..cache import BatchCache, cache_key
from ..docs import ALIGNMENT_DATA_KEY, ALIGNMENT_SKIPPED_KEY as SKIP_KEY, drop_derived, get_id, set_alignment
from ..ty import Aligner, Link
from .links import skip_reason



def words_of(doc: Doc) -> list[str]:
    return [t.text for t in doc]


def pair_to_align(doc: Doc, max_words: Optional[int], max_ratio: Optional[float]) -> Union[tuple[list[str], list[str]], str]:
    """The (source, target) words of a Doc and its translation, or the reason the pair is not aligned."""
    translation = doc._.xner_translation
    if translation is None:
        return reasons.MISSING_TRANSLATION
    src, tgt = words_of(doc), words_of(translation)
    return skip_reason(src, tgt, max_words, max_ratio) or (src, tgt)


def pairs_to_align(docs: Iterable[Doc], max_words: Optional[int], max_ratio: Optional[float]
                   ) -> Iterator[tuple[list[str], list[str]]]:
    """The words of every pair of ``docs`` that an aligner takes, in order: the pairs a corpus-level
    aligner's n-th line of links belongs to (``align_docs`` skips the others, on the same rule)."""
    for doc in docs:
        pair = pair_to_align(doc, max_words, max_ratio)
        if not isinstance(pair, str):
            yield pair


def align_docs(
    docs: Iterable[Doc],
    aligner: Aligner,
    batch_size: int = 64,
    max_ratio: Optional[float] = None,
    summary: Optional[StageSummary] = None,
    cache: Optional[BatchCache] = None,
) -> Iterator[Doc]:
    """Set ``doc._.xner_alignment`` on every Doc that has a translation, ``batch_size`` pairs per
    aligner call (``0``: all at once, as corpus-level eflomal wants); yields Docs in input order."""
    batch: list[Doc] = []
    for doc in docs:
        batch.append(doc)
        if batch_size and len(batch) >= batch_size:
            yield from _align_batch(batch, aligner, max_ratio, summary, cache)
            batch = []
    if batch:
        yield from _align_batch(batch, aligner, max_ratio, summary, cache)


def _fits(raw: object, pairs: list[tuple[list[str], list[str]]]) -> bool:
    """A cached batch has one list of in-range ``[src, tgt, score]`` links per pair."""
    return isinstance(raw, list) and len(raw) == len(pairs) and all(
        isinstance(links, list) and all(
            isinstance(l, list) and len(l) == 3 and 0 <= l[0] < len(src) and 0 <= l[1] < len(tgt) for l in links)
        for links, (src, tgt) in zip(raw, pairs))


def _align_batch(docs, aligner, max_ratio, summary, cache) -> list[Doc]:
    todo: list[tuple[Doc, list[str], list[str]]] = []
    for doc in docs:
        drop_derived(doc.user_data, ALIGNMENT_DATA_KEY)  # and the skip reason, back-translation and projection of old links
        pair = pair_to_align(doc, getattr(aligner, "max_words", None), max_ratio)
        if isinstance(pair, str):
            doc.user_data[SKIP_KEY] = pair
            doc._.xner_alignment = None
            if summary is not None:
                summary.add_skipped(pair, get_id(doc))
            continue
        todo.append((doc, *pair))
    if todo:
        pairs = [(src, tgt) for _, src, tgt in todo]

        def compute() -> list:
            return [[list(link) for link in links] for links in aligner(pairs)]

        settings = getattr(aligner, "settings", type(aligner).__name__)
        raw = compute() if cache is None else cache.get_or_compute(cache_key(settings, pairs), compute,
                                                                   lambda value: _fits(value, pairs))
        for (doc, _, _), links in zip(todo, raw):
            set_alignment(doc, [Link(int(l[0]), int(l[1]), float(l[2])) for l in links])
            if summary is not None:
                summary.add_done()
                summary.count("links", len(links))
                if not links:
                    summary.count("pairs without links")
    return docs
