"""Entity-level P/R/F1 (micro, seqeval default mode) and the projection ratio, over Docs paired by id.

A predicted entity is correct when a gold entity has the same start, end and label. Labels in
``ignore`` are dropped on both sides (classes a dataset lacks: MasakhaNER 2.0 has no MISC, our
source NER has no DATE). ``projection_ratio`` = #predicted / #gold entities.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable, Optional, Sequence

from spacy.tokens import Doc

from ..docs import index_by_id
from ..errors import XnerError


def score(
    pred_docs: Sequence[Doc], gold_docs: Sequence[Doc], ignore: Iterable[str] = (), allow_missing: bool = False
) -> dict:
    """``{precision, recall, f1, per_label: {L: {precision, recall, f1, support}}, sentences,
    projection_ratio, entities: {predicted, gold, correct}, missing_predictions}``.

    With ``allow_missing``, a gold sentence without a prediction (e.g. one a stage skipped) counts as
    predicting no entity, instead of being an error; ``missing_predictions`` says how many.
    """
    ignore = set(ignore)
    predicted: Counter[str] = Counter()
    gold: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    pairs = pair_by_id(pred_docs, gold_docs, allow_missing=allow_missing)
    for pred, ref in pairs:
        pred_spans = _spans(pred, ignore) if pred is not None else set()
        gold_spans = _spans(ref, ignore)
        predicted.update(label for *_, label in pred_spans)
        gold.update(label for *_, label in gold_spans)
        correct.update(label for *_, label in pred_spans & gold_spans)
    n_pred, n_gold, n_correct = sum(predicted.values()), sum(gold.values()), sum(correct.values())
    return {
        **_prf(n_correct, n_pred, n_gold),
        "per_label": {
            label: {**_prf(correct[label], predicted[label], gold[label]), "support": gold[label]}
            for label in sorted(predicted.keys() | gold.keys())
        },
        "sentences": len(pairs),
        "projection_ratio": n_pred / n_gold if n_gold else None,
        "entities": {"predicted": n_pred, "gold": n_gold, "correct": n_correct},
        "missing_predictions": sum(pred is None for pred, _ in pairs),
    }


def pair_by_id(
    pred_docs: Sequence[Doc], gold_docs: Sequence[Doc], allow_missing: bool = False
) -> list[tuple[Optional[Doc], Doc]]:
    """(pred, gold) in gold order; every id must be on both sides once, with the same words.
    With ``allow_missing``, a gold id without a prediction pairs with ``None``."""
    preds = index_by_id(pred_docs, "prediction")
    golds = index_by_id(gold_docs, "gold")
    missing = [] if allow_missing else [i for i in golds if i not in preds]
    extra = [i for i in preds if i not in golds]
    if missing or extra:
        side, ids = ("predictions", missing) if missing else ("gold", extra)
        raise XnerError(f"{len(ids)} sentence(s) missing from the {side}, e.g. id {ids[0]!r}")
    pairs: list[tuple[Optional[Doc], Doc]] = []
    for sentence_id, ref in golds.items():
        pred = preds.get(sentence_id)
        if pred is not None and [t.text for t in pred] != [t.text for t in ref]:
            raise XnerError(f"sentence {sentence_id!r}: token sequences differ between prediction and gold")
        pairs.append((pred, ref))
    return pairs



def _spans(doc: Doc, ignore: set[str]) -> set[tuple[int, int, str]]:
    return {(ent.start, ent.end, ent.label_) for ent in doc.ents if ent.label_ not in ignore}


def _prf(correct: int, predicted: int, gold: int) -> dict[str, float]:
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}
