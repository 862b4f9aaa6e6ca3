"""Marker translation (EasyProject-style) for the back-translation refinement (DESIGN §1).

The sentence is translated with ``[ ]`` around each entity, and each entity string is translated
alone; every marked span of the output gets the label (and the source entity) of the entity
translation it matches best (rapidfuzz similarity > 0.5, brackets left out of the comparison; one
span per entity, so a repeated entity string is matched to its occurrences in order), and
the markers are dropped: they never become words. Sentences whose markers cannot be recovered get a
reason (``projection.reasons``) instead of spans.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

from ..cache import BatchCache
from ..reasons import EMPTY_BACKTRANSLATION, MARKERS_LOST, MARKERS_UNBALANCED
from ..ty import Translator, WordSpan, Words
from .detokenize import detokenize
from .machine import translate_texts
from ..corpora.target import target_doc

OPEN, CLOSE = "[", "]"


@dataclass
class Recovered:
    """The marker-free words of a translation, the labelled spans the markers delimited and, for each
    span, the index of the source entity it was matched to."""

    words: list[str]
    spans: list[WordSpan] = field(default_factory=list)
    sources: list[int] = field(default_factory=list)
    unmatched: int = 0
    reason: Optional[str] = None


def mark(words: Words, spans: Sequence[WordSpan], lang: str) -> str:
    """The detokenized sentence with ``[`` ``]`` around each entity."""
    starts, ends = {s.start for s in spans}, {s.end for s in spans}
    marked: list[str] = []
    for i, word in enumerate(words):
        if i in starts:
            marked.append(OPEN)
        marked.append(word)
        if i + 1 in ends:
            marked.append(CLOSE)
    return detokenize(marked, lang)


def recover(
    translation: str,
    entity_translations: Sequence[str],
    labels: Sequence[str],
    lang: str,
    threshold: float = 0.5,
) -> Recovered:
    """Parse the markers out of ``translation`` and label each marked span by fuzzy match."""
    spaced = translation.replace(OPEN, f" {OPEN} ").replace(CLOSE, f" {CLOSE} ")
    words: list[str] = []
    marked: list[tuple[int, int]] = []
    start: Optional[int] = None
    for token in target_doc(lang, "", None, text=" ".join(spaced.split())):
        if token.text == OPEN:
            if start is not None:
                return Recovered(_plain(spaced, lang), reason=MARKERS_UNBALANCED)
            start = len(words)
        elif token.text == CLOSE:
            if start is None:
                return Recovered(_plain(spaced, lang), reason=MARKERS_UNBALANCED)
            if len(words) > start:
                marked.append((start, len(words)))
            start = None
        else:
            words.append(token.text)
    if start is not None:
        return Recovered(words, reason=MARKERS_UNBALANCED)
    if entity_translations and not marked:
        return Recovered(words, reason=MARKERS_LOST)
    result = Recovered(words)
    for (s, e), best in zip(marked, _match([_unmarked(" ".join(words[s:e])) for s, e in marked],
                                           [_unmarked(t) for t in entity_translations], threshold)):
        if best is None:
            result.unmatched += 1
            continue
        result.spans.append(WordSpan(s, e, labels[best]))
        result.sources.append(best)
    return result


def _match(spans: list[str], entities: list[str], threshold: float) -> list[Optional[int]]:
    """For each marked span the entity it matches best, one-to-one (a repeated entity string goes to its
    occurrences in order), or None when no free entity's similarity exceeds ``threshold``."""
    if not spans or not entities:
        return [None] * len(spans)
    import numpy as np
    from rapidfuzz import fuzz, process
    from scipy.optimize import linear_sum_assignment

    sim = process.cdist(spans, entities, scorer=fuzz.ratio, workers=1) / 100.0
    order = np.abs(np.arange(len(spans))[:, None] - np.arange(len(entities))[None, :])
    rows, cols = linear_sum_assignment(sim - 1e-6 * order, maximize=True)  # ties: the entity in the same order
    best: list[Optional[int]] = [None] * len(spans)
    for i, k in zip(rows, cols):
        if sim[i, k] > threshold:
            best[i] = int(k)
    return best


def _unmarked(text: str) -> str:
    """What the fuzzy match compares: lowercased, without brackets (an entity translated alone may have kept some)."""
    return " ".join(text.replace(OPEN, " ").replace(CLOSE, " ").lower().split())


def _plain(spaced: str, lang: str) -> list[str]:
    text = " ".join(spaced.replace(OPEN, " ").replace(CLOSE, " ").split())
    return [t.text for t in target_doc(lang, "", None, text=text)]


def marker_translate(
    sentences: Sequence[tuple[Words, Sequence[WordSpan]]],
    translator: Translator,
    src_lang: str,
    tgt_lang: str,
    *,
    batch_size: int,
    threshold: float,
    cache: Optional[BatchCache] = None,
) -> list[Recovered]:
    """Translate each (words, entities) sentence with its entities marked, and each entity alone;
    one ``Recovered`` per sentence (``reason`` set where the markers could not be recovered or the
    translation is empty). Both passes go through the batch cache, so a rerun translates nothing."""
    marked, entity_texts, first_entity = [], [], []
    for words, spans in sentences:
        marked.append(mark(words, spans, src_lang))
        first_entity.append(len(entity_texts))
        entity_texts.extend(detokenize(words[s.start : s.end], src_lang) for s in spans)
    kwargs = dict(batch_size=batch_size, cache=cache)
    translated = translate_texts(translator, marked, src_lang, tgt_lang, **kwargs)
    entities = translate_texts(translator, entity_texts, src_lang, tgt_lang, **kwargs)
    out = []
    for k, (words, spans) in enumerate(sentences):
        own = entities[first_entity[k] : first_entity[k] + len(spans)]
        result = recover(translated[k], own, [s.label for s in spans], tgt_lang, threshold)
        if not result.words:
            result = Recovered([], reason=EMPTY_BACKTRANSLATION)
        out.append(result)
    return out
