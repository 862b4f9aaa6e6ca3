"""One sentence through a projector, with the input checks every caller (component, CLI) needs.

Problems with a whole sentence raise ``SentenceSkipped`` (the caller counts the reason and goes on);
problems with one entity become a ``Dropped`` entry; nothing is lost without a reason.
"""
from __future__ import annotations

from typing import Iterable, Optional, Sequence, Union

from ..ty import Dropped, Link, ProjectedSpan, ProjectionResult, Projector, Sentence, WordSpan, Words
from . import reasons
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
    result = project_sentences(projector, [(src_words, src_spans, tgt_words, alignment)], label_map)[0]
    if isinstance(result, SentenceSkipped):
        raise result
    return result


def project_sentences(projector: Projector, sentences: Sequence[Sentence],
                      label_map: Optional[LabelMap] = None) -> list[Union[ProjectionResult, SentenceSkipped]]:
    """``project_sentence`` of many sentences, a ``SentenceSkipped`` in place of a skipped one's result;
    a projector with ``project_many`` gets them in one call (one HiGHS call for the batch)."""
    out: list[Union[ProjectionResult, SentenceSkipped, None]] = [None] * len(sentences)
    todo = []  # (position, source indices kept, dropped so far, the projector's input)
    for k, (src_words, src_spans, tgt_words, alignment) in enumerate(sentences):
        try:
            links = check_pair(src_words, src_spans, tgt_words, alignment)
        except SentenceSkipped as skip:
            out[k] = skip
            continue
        dropped: list[Dropped] = []
        kept: list[int] = []
        for i, span in enumerate(src_spans):
            if any(span.overlaps(src_spans[j]) for j in kept):
                dropped.append(Dropped(i, reasons.OVERLAPPING_SOURCE))
            else:
                kept.append(i)
        spans = [src_spans[i] for i in kept]
        if label_map is not None:
            inner_kept, spans, label_dropped = label_map.apply(spans)
            dropped += [Dropped(kept[d.source_index], d.reason) for d in label_dropped]
            kept = [kept[i] for i in inner_kept]
        todo.append((k, kept, dropped, (src_words, spans, tgt_words, links)))
    called = [sentence for *_, sentence in todo if sentence[1]]
    inner = iter(project_many(projector, called))
    for k, kept, dropped, sentence in todo:
        result = next(inner) if sentence[1] else ProjectionResult()
        out[k] = ProjectionResult(
            projected=[ProjectedSpan(p.span, kept[p.source_index], p.score) for p in result.projected],
            dropped=sorted(dropped + [Dropped(kept[d.source_index], d.reason) for d in result.dropped],
                           key=lambda d: d.source_index))
    return out


def project_many(projector: Projector, sentences: Sequence[Sentence]) -> list[ProjectionResult]:
    """The projector's results for checked sentences: its ``project_many`` when it has one."""
    if not sentences:
        return []
    many = getattr(projector, "project_many", None)
    return many(sentences) if many is not None else [projector(*sentence) for sentence in sentences]


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
