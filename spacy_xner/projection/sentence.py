"""One sentence through a projector, with the input checks every caller (component, CLI) needs.

Problems with a whole sentence raise ``SentenceSkipped`` (the caller counts the reason and goes on);
problems with one entity become a ``Dropped`` entry; nothing is lost without a reason.
"""
from __future__ import annotations

from typing import Iterable, Optional, Sequence

from ..ty import Dropped, Link, ProjectedSpan, ProjectionResult, Projector, WordSpan, Words
from .. import reasons
from .labels import LabelMap


class SentenceSkipped(Exception):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def project_sentence(
    projector: Projector,
    src_words: Words,
    src_spans: Sequence[WordSpan],
    tgt_words: Words,
    alignment: Iterable[Link],
    label_map: Optional[LabelMap] = None,
) -> ProjectionResult:
    """Project ``src_spans``; ``source_index`` in the result refers to ``src_spans`` as given."""
    alignment = check_pair(src_words, src_spans, tgt_words, alignment)
    dropped: list[Dropped] = []
    kept: list[int] = []
    for i, span in enumerate(src_spans):
        if any(span.overlaps(src_spans[k]) for k in kept):
            dropped.append(Dropped(i, reasons.OVERLAPPING_SOURCE))
        else:
            kept.append(i)
    spans = [src_spans[i] for i in kept]
    if label_map is not None:
        inner_kept, spans, label_dropped = label_map.apply(spans)
        dropped += [Dropped(kept[d.source_index], d.reason) for d in label_dropped]
        kept = [kept[i] for i in inner_kept]
    inner = projector(src_words, spans, tgt_words, alignment) if spans else ProjectionResult()
    return ProjectionResult(
        projected=[ProjectedSpan(p.span, kept[p.source_index], p.score) for p in inner.projected],
        dropped=sorted(dropped + [Dropped(kept[d.source_index], d.reason) for d in inner.dropped], key=lambda d: d.source_index),
    )


def check_pair(src_words: Words, src_spans: Sequence[WordSpan], tgt_words: Words, alignment: Iterable[Link]) -> list[Link]:
    """The alignment as a list, after the sentence-level checks."""
    if not len(src_words):
        raise SentenceSkipped(reasons.EMPTY_SOURCE)
    if not len(tgt_words):
        raise SentenceSkipped(reasons.EMPTY_TARGET)
    n_src, n_tgt = len(src_words), len(tgt_words)
    if any(span.end > n_src for span in src_spans):
        raise SentenceSkipped(reasons.ENTITY_OUT_OF_RANGE)
    links = list(alignment)
    if links:
        src, tgt, *_ = zip(*links)
        if min(src) < 0 or min(tgt) < 0 or max(src) >= n_src or max(tgt) >= n_tgt:
            raise SentenceSkipped(reasons.ALIGNMENT_OUT_OF_RANGE)
    return links
