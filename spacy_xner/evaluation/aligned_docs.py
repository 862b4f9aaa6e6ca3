"""Entity-link scores of aligned pair Docs against gold target Docs, paired by the translation's id
(as ``xner show --gold`` pairs them), for ``xner evaluate-alignment --entities`` and the view."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence, Union

from spacy.tokens import Doc

from ..docs import get_alignment, get_id, index_by_id, word_spans
from ..errors import InputError
from .entity_links import PerLabel, count_pair, merge, scores


@lru_cache(maxsize=None)
def stop_words(lang: str) -> frozenset[str]:
    """The stop words spaCy ships for ``lang`` (none for ``xx``)."""
    import spacy

    return frozenset(w.lower() for w in spacy.util.get_lang_class(lang).Defaults.stop_words)


def doc_pair_counts(doc: Doc, gold: Doc) -> PerLabel:
    """Counts of one aligned pair (source Doc with translation and alignment) against its gold target."""
    translation = doc._.xner_translation
    return count_pair(word_spans(doc), word_spans(gold), get_alignment(doc) or [],
                      [t.text for t in translation], stop_words(translation.lang_))


def score_docs(docs: Sequence[Doc], gold_docs: Sequence[Doc], path: Union[str, Path],
               gold_path: Union[str, Path]) -> dict:
    """``scores`` over every aligned pair whose translation id has a gold Doc with the same words, plus
    ``sentences`` (scored), ``without_gold`` and ``not_aligned`` (no translation or no alignment)."""
    gold_by_id = index_by_id(gold_docs, "gold")
    per_pair, without_gold, not_aligned = [], 0, 0
    for doc in docs:
        translation = doc._.xner_translation
        if translation is None or get_alignment(doc) is None:
            not_aligned += 1
            continue
        sentence_id = get_id(translation) or get_id(doc)
        gold: Optional[Doc] = gold_by_id.get(sentence_id) if sentence_id is not None else None
        if gold is None:
            without_gold += 1
            continue
        if [t.text for t in gold] != [t.text for t in translation]:
            raise InputError(gold_path, f"sentence {sentence_id!r}: words differ from the translation in {path}")
        try:
            per_pair.append(doc_pair_counts(doc, gold))
        except ValueError as err:
            raise InputError(path, f"sentence {sentence_id!r}: {err}") from None
    if not per_pair:
        raise InputError(gold_path, f"none of its {len(gold_docs)} sentence ids is the id of an aligned "
                                    f"translation in {path} ({len(docs)} pairs)")
    return {**scores(merge(per_pair)), "sentences": len(per_pair), "without_gold": without_gold,
            "not_aligned": not_aligned}
