"""Entity-level P/R/F1 (micro, seqeval default mode) and the projection ratio, over Docs paired by id.

A predicted entity is correct when a gold entity has the same start, end and label. Labels in
``ignore`` are dropped on both sides (classes a dataset lacks: MasakhaNER 2.0 has no MISC, our
source NER has no DATE). ``projection_ratio`` = #predicted / #gold entities.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable

from spacy.tokens import Doc

from ..docs import index_by_id, with_unique_ids
from ..errors import XnerError


def score(
    pred_docs: Iterable[Doc], gold_docs: Iterable[Doc], ignore: Iterable[str] = (), allow_missing: bool = False
) -> dict:
    """``{precision, recall, f1, per_label: {L: {precision, recall, f1, support}}, sentences,
    projection_ratio, entities: {predicted, gold, correct}, missing_predictions}``.

    Every id must be on both sides once, with the same words. The gold Docs (a test set) are held by
    id and the predictions streamed, so a corpus of any size is scored in the memory of its gold.
    With ``allow_missing``, a gold sentence without a prediction (e.g. one a stage skipped) counts as
    predicting no entity, instead of being an error; ``missing_predictions`` says how many.
    """
    ignore = set(ignore)
    predicted: Counter[str] = Counter()
    gold: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    golds = index_by_id(gold_docs, "gold")
    seen: set[str] = set()
    n_extra, first_extra = 0, None  # predictions whose id has no gold: how many, and the first
    for sentence_id, pred in with_unique_ids(pred_docs, "prediction"):
        seen.add(sentence_id)
        ref = golds.get(sentence_id)
        if ref is None:
            n_extra += 1
            first_extra = sentence_id if first_extra is None else first_extra
            continue
        if [t.text for t in pred] != [t.text for t in ref]:
            raise XnerError(f"sentence {sentence_id!r}: token sequences differ between prediction and gold")
        pred_spans = _spans(pred, ignore)
        predicted.update(label for *_, label in pred_spans)
        correct.update(label for *_, label in pred_spans & _spans(ref, ignore))
    missing = [i for i in golds if i not in seen]
    if missing and not allow_missing:
        raise XnerError(f"{len(missing)} sentence(s) missing from the predictions, e.g. id {missing[0]!r}")
    if n_extra:
        raise XnerError(f"{n_extra} sentence(s) missing from the gold, e.g. id {first_extra!r}")
    for ref in golds.values():
        gold.update(label for *_, label in _spans(ref, ignore))
    n_pred, n_gold, n_correct = sum(predicted.values()), sum(gold.values()), sum(correct.values())
    return {
        **_prf(n_correct, n_pred, n_gold),
        "per_label": {
            label: {**_prf(correct[label], predicted[label], gold[label]), "support": gold[label]}
            for label in sorted(predicted.keys() | gold.keys())
        },
        "sentences": len(golds),
        "projection_ratio": n_pred / n_gold if n_gold else None,
        "entities": {"predicted": n_pred, "gold": n_gold, "correct": n_correct},
        "missing_predictions": len(missing),
    }


def _spans(doc: Doc, ignore: set[str]) -> set[tuple[int, int, str]]:
    return {(ent.start, ent.end, ent.label_) for ent in doc.ents if ent.label_ not in ignore}


def _prf(correct: int, predicted: int, gold: int) -> dict[str, float]:
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}
