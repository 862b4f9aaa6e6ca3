"""What the view shows of one sentence pair, read from the Doc contract (no HTML here).

A pair is a source Doc with ``doc._.xner_translation`` (entities placed by the projector),
``doc._.xner_alignment`` and the projector's record on the translation. With gold target Docs
(paired by the translation's id), every gold entity is marked ``correct`` / ``wrong-label`` /
``missed`` and every projected one ``correct`` / ``wrong-label`` / ``spurious``, and the links are
scored against the gold entities (entity-link precision / recall, ``evaluation/entity_links.py``).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence, Union

from spacy.tokens import Doc

from .. import reasons
from ..alignment.backtranslation import get_backtranslation
from ..docs import PROJECTION_KEY, get_alignment, get_id, get_projection_record, index_by_id, word_spans
from ..errors import InputError, XnerError
from ..evaluation.aligned_docs import stop_words
from ..evaluation.entity_links import EntityLinkCounts, PerLabel, count_pair
from ..ty import Link, WordSpan

FILTERS = ("all", "dropped", "mismatch")

# sentence-level notes: why a pair shows no projection
NO_RECORD = "not projected (no projection record)"
GOLD_MISSING = "no gold sentence with this id"
GOLD_WORDS_DIFFER = "gold words differ from the translation"


@dataclass
class Projected:
    """A target entity with the projector's score and the source entity it came from (if recorded)."""

    span: WordSpan
    score: Optional[float] = None
    source_index: Optional[int] = None
    mark: Optional[str] = None  # with gold: correct / wrong-label / spurious


@dataclass
class GoldEntity:
    span: WordSpan
    mark: str  # correct / wrong-label / missed


@dataclass
class PairView:
    index: int
    sentence_id: Optional[str]
    src_words: list[str]
    src_ents: list[WordSpan]
    tgt_words: Optional[list[str]]
    projected: list[Projected]
    links: list[Link]
    dropped: list[tuple[WordSpan, str]]
    skipped: Optional[str] = None
    gold: Optional[list[GoldEntity]] = None
    gold_note: Optional[str] = None
    counts: Counter = field(default_factory=Counter)  # tp / fp / fn with gold
    translation: Optional[Doc] = None
    gold_doc: Optional[Doc] = None
    links_out_of_range: int = 0
    # the back-translation T′ (``xner align --refine backtranslation``): words, (entity, source entity), unused reason
    backtranslation: Optional[tuple[list[str], list[tuple[WordSpan, int]], Optional[str]]] = None
    entity_links: Optional[PerLabel] = None  # with gold: entity-link counts per label

    @property
    def entity_link_total(self) -> Optional[EntityLinkCounts]:
        return sum(self.entity_links.values(), EntityLinkCounts()) if self.entity_links is not None else None

    @property
    def f1(self) -> Optional[float]:
        """Per-sentence F1; a sentence with nothing to find and nothing found is perfect."""
        if self.gold is None:
            return None
        tp, fp, fn = self.counts["tp"], self.counts["fp"], self.counts["fn"]
        return 1.0 if tp + fp + fn == 0 else 2 * tp / (2 * tp + fp + fn)

    def is_mismatch(self) -> bool:
        """With gold: any error. Without: the projected labels differ from the source labels."""
        if self.gold is not None:
            return self.counts["fp"] + self.counts["fn"] > 0
        projected = Counter(p.span.label for p in self.projected)
        return projected != Counter(s.label for s in self.src_ents)


def build_views(docs: Sequence[Doc], gold: Optional[Sequence[Doc]] = None) -> list[PairView]:
    gold_by_id = index_by_id(gold, "gold") if gold is not None else None
    return [_view(i, doc, gold_by_id) for i, doc in enumerate(docs)]


def select(views: list[PairView], filter: str = "all", limit: Optional[int] = None, worst_first: bool = False) -> list[PairView]:
    """Filter, then worst-first by per-sentence F1 when gold is given (corpus order otherwise), then cut."""
    if filter not in FILTERS:
        raise XnerError(f"unknown filter {filter!r}; expected one of: {', '.join(FILTERS)}")
    if limit is not None and limit < 0:
        raise XnerError(f"--limit must be 0 or more, not {limit}")
    if filter == "dropped":
        views = [v for v in views if v.dropped or v.skipped]
    elif filter == "mismatch":
        views = [v for v in views if v.is_mismatch()]
    if worst_first:  # pairs without gold last
        views = sorted(views, key=lambda v: (v.f1 if v.f1 is not None else 2.0, -(v.counts["fp"] + v.counts["fn"]), v.index))
    return views if limit is None else views[:limit]



def _view(index: int, doc: Doc, gold_by_id: Optional[dict[str, Doc]]) -> PairView:
    translation = doc._.xner_translation
    src_ents = word_spans(doc)
    view = PairView(
        index=index,
        sentence_id=get_id(doc),
        src_words=[t.text for t in doc],
        src_ents=src_ents,
        tgt_words=[t.text for t in translation] if translation is not None else None,
        projected=[],
        links=get_alignment(doc) or [],
        dropped=[],
        translation=translation,
        backtranslation=get_backtranslation(doc),
    )
    if translation is None:
        view.skipped = (doc.user_data.get(PROJECTION_KEY) or {}).get("skipped", reasons.MISSING_TRANSLATION)
        view.dropped = [(span, view.skipped) for span in src_ents]
        return view
    view.sentence_id = get_id(translation) or view.sentence_id
    in_range = [l for l in view.links if 0 <= l.src < len(doc) and 0 <= l.tgt < len(translation)]
    view.links_out_of_range = len(view.links) - len(in_range)
    view.links = in_range
    record = get_projection_record(translation)
    if record is None:
        view.skipped = NO_RECORD
    else:
        view.skipped = record.get("skipped")
        view.dropped = [(WordSpan(*d["source"]), d["reason"]) for d in record["dropped"]]
        # a skipped sentence keeps whatever entities its translation had; none of them were projected
        view.projected = [] if view.skipped else _projected(translation, record, src_ents)
    if gold_by_id is not None:
        _mark_gold(view, gold_by_id.get(view.sentence_id) if view.sentence_id is not None else None)
    return view


def _projected(translation: Doc, record: dict, src_ents: list[WordSpan]) -> list[Projected]:
    """The translation's entities, each with the score and source entity the record gives for it."""
    by_target = {tuple(e["target"]): e for e in record["entities"]}
    result = []
    for span in word_spans(translation):
        entry = by_target.get((span.start, span.end, span.label))
        if entry is None:
            result.append(Projected(span))
            continue
        source = WordSpan(*entry["source"])
        source_index = next((k for k, s in enumerate(src_ents) if (s.start, s.end) == (source.start, source.end)), None)
        result.append(Projected(span, float(entry["score"]), source_index))
    return result


def _mark_gold(view: PairView, gold_doc: Optional[Doc]) -> None:
    if gold_doc is None:
        view.gold_note = GOLD_MISSING
        return
    if [t.text for t in gold_doc] != view.tgt_words:
        view.gold_note = GOLD_WORDS_DIFFER
        return
    view.gold_doc = gold_doc
    gold_spans = word_spans(gold_doc)
    gold_set = set(gold_spans)
    gold_bounds = {(s.start, s.end) for s in gold_spans}
    pred_set = {p.span for p in view.projected}
    pred_bounds = {(s.start, s.end) for s in pred_set}
    for p in view.projected:
        bounds = (p.span.start, p.span.end)
        p.mark = "correct" if p.span in gold_set else "wrong-label" if bounds in gold_bounds else "spurious"
    view.gold = [
        GoldEntity(s, "correct" if s in pred_set else "wrong-label" if (s.start, s.end) in pred_bounds else "missed")
        for s in gold_spans
    ]
    view.counts.update(tp=len(pred_set & gold_set), fp=len(pred_set - gold_set), fn=len(gold_set - pred_set))
    view.entity_links = count_pair(view.src_ents, gold_spans, view.links, view.tgt_words, stop_words(gold_doc.lang_))


def attach_projected(docs: Sequence[Doc], projected: Sequence[Doc]) -> int:
    """Give each source Doc its projected target Doc (``xner project`` output) as translation, paired by
    the translation's id (or the source id, which a machine translation carries); returns how many had none."""
    by_id: dict[str, Doc] = {}
    for position, target in enumerate(projected):
        sentence_id = get_id(target)
        if sentence_id is None:
            raise XnerError(f"projected Doc #{position} has no sentence id")
        by_id[sentence_id] = target
    missing = 0
    for doc in docs:
        translation = doc._.xner_translation
        keys = [get_id(translation) if translation is not None else None, get_id(doc)]
        target = next((by_id[k] for k in keys if k is not None and k in by_id), None)
        if target is None:
            missing += 1
            if translation is not None:
                translation.user_data.pop(PROJECTION_KEY, None)
            continue
        doc._.xner_translation = target
    return missing


def check_pairs(path: Union[str, Path], docs: Sequence[Doc]) -> None:
    """Refuse input that holds no pairs, naming what it holds instead."""
    if not docs:
        raise InputError(path, "no sentences")
    if any(doc._.xner_translation is not None for doc in docs):
        return
    if any(PROJECTION_KEY in doc.user_data and "entities" in doc.user_data[PROJECTION_KEY] for doc in docs):
        raise InputError(path, "holds projected target Docs without their source (the output of `xner project`); "
                               "give the aligned pairs as INPUT and this file as --projected")
    raise InputError(path, "no sentence has a translation (doc._.xner_translation); pair or translate the corpus first")
