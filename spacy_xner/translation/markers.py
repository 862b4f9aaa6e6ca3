"""Marker translation (EasyProject-style) for the back-translation refinement (DESIGN §1).

The sentence is translated with ``[ ]`` around each entity, and each entity string is translated
alone; every marked span of the output gets the label of the entity translation it matches best
(rapidfuzz similarity > 0.5), and the markers are dropped. Sentences whose markers cannot be
recovered are counted with a reason.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

from spacy.tokens import Doc

from ..accounting import StageSummary
from ..cache import BatchCache
from ..docs import get_id, set_word_spans, word_spans
from ..ty import Translator, WordSpan, Words
from .detokenize import detokenize
from .machine import translate_texts
from .target import target_doc

OPEN, CLOSE = "[", "]"
UNBALANCED = "markers_unbalanced"
LOST = "markers_lost"
UNMATCHED = "marked_span_unmatched"


@dataclass
class Recovered:
    """The marker-free words of a translation and the labelled spans the markers delimited."""

    words: list[str]
    spans: list[WordSpan] = field(default_factory=list)
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
    from rapidfuzz import fuzz

    spaced = translation.replace(OPEN, f" {OPEN} ").replace(CLOSE, f" {CLOSE} ")
    words: list[str] = []
    marked: list[tuple[int, int]] = []
    start: Optional[int] = None
    for token in target_doc(lang, "", None, text=" ".join(spaced.split())):
        if token.text == OPEN:
            if start is not None:
                return Recovered(_plain(spaced, lang), reason=UNBALANCED)
            start = len(words)
        elif token.text == CLOSE:
            if start is None:
                return Recovered(_plain(spaced, lang), reason=UNBALANCED)
            if len(words) > start:
                marked.append((start, len(words)))
            start = None
        else:
            words.append(token.text)
    if start is not None:
        return Recovered(words, reason=UNBALANCED)
    if entity_translations and not marked:
        return Recovered(words, reason=LOST)
    result = Recovered(words)
    choices = [t.lower() for t in entity_translations]
    for s, e in marked:
        text = " ".join(words[s:e]).lower()
        scores = [fuzz.ratio(text, choice) / 100.0 for choice in choices]
        best = max(range(len(scores)), key=scores.__getitem__, default=None)  # best match, first on ties
        if best is None or scores[best] <= threshold:
            result.unmatched += 1
            continue
        result.spans.append(WordSpan(s, e, labels[best]))
    return result


def _plain(spaced: str, lang: str) -> list[str]:
    text = " ".join(spaced.replace(OPEN, " ").replace(CLOSE, " ").split())
    return [t.text for t in target_doc(lang, "", None, text=text)]


def marker_translate_docs(
    docs: Sequence[Doc],
    translator: Translator,
    src_lang: str,
    tgt_lang: str,
    summary: StageSummary,
    *,
    batch_size: int = 16,
    cache: Optional[BatchCache] = None,
    threshold: float = 0.5,
) -> list[Optional[Doc]]:
    """Translate each Doc with its entities marked; the result is a ``tgt_lang`` Doc whose ents are
    the recovered spans (``None`` where the markers could not be recovered; the reason is counted)."""
    marked, entity_texts, first_entity = [], [], []
    for doc in docs:
        words = [t.text for t in doc]
        spans = word_spans(doc)
        marked.append(mark(words, spans, src_lang))
        first_entity.append(len(entity_texts))
        entity_texts.extend(detokenize(words[s.start : s.end], src_lang) for s in spans)
    kwargs = dict(batch_size=batch_size, cache=cache)
    sentences = translate_texts(translator, marked, src_lang, tgt_lang, **kwargs)
    entities = translate_texts(translator, entity_texts, src_lang, tgt_lang, **kwargs)
    out: list[Optional[Doc]] = []
    for k, doc in enumerate(docs):
        spans = word_spans(doc)
        own = entities[first_entity[k] : first_entity[k] + len(spans)]
        result = recover(sentences[k], own, [s.label for s in spans], tgt_lang, threshold)
        if result.reason or not result.words:
            summary.add_skipped(result.reason or "empty_translation", get_id(doc))
            out.append(None)
            continue
        summary.add_done()
        summary.count(UNMATCHED, result.unmatched)
        summary.count("marked_spans_labelled", len(result.spans))
        source_id = get_id(doc)
        target = target_doc(tgt_lang, source_id or f"#{k}", source_id, words=result.words)
        set_word_spans(target, result.spans)
        out.append(target)
    return out
