"""Span F1 equals seqeval (default mode, IOB2) on real data; pairing by id and its errors."""
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from seqeval.metrics import classification_report, f1_score, precision_score, recall_score

from spacy.tokens import Doc

from spacy_xner.corpora.docbin import vocab_for
from spacy_xner.corpora.readers import read_corpus, read_translations_jsonl
from spacy_xner.corpora.tags import tags_to_spans
from spacy_xner.docs import get_id, set_id, set_word_spans, word_spans
from spacy_xner.errors import XnerError
from spacy_xner.evaluation.spanf1 import score
from spacy_xner.ty import WordSpan


def _tags(doc, ignore=()):
    tags = ["O"] * len(doc)
    for ent in doc.ents:
        if ent.label_ in ignore:
            continue
        tags[ent.start] = f"B-{ent.label_}"
        for i in range(ent.start + 1, ent.end):
            tags[i] = f"I-{ent.label_}"
    return tags


def _assert_equals_seqeval(pred_docs, gold_docs, ignore=()):
    metrics = score(pred_docs, gold_docs, ignore=ignore)
    by_id = {get_id(d): d for d in pred_docs}
    y_true = [_tags(d, ignore) for d in gold_docs]
    y_pred = [_tags(by_id[get_id(d)], ignore) for d in gold_docs]
    assert metrics["precision"] == pytest.approx(precision_score(y_true, y_pred), abs=5e-5)
    assert metrics["recall"] == pytest.approx(recall_score(y_true, y_pred), abs=5e-5)
    assert metrics["f1"] == pytest.approx(f1_score(y_true, y_pred), abs=5e-5)
    report = classification_report(y_true, y_pred, output_dict=True, zero_division=0)
    labels = {k for k in report if k not in ("micro avg", "macro avg", "weighted avg")}
    assert set(metrics["per_label"]) == labels
    for label, m in metrics["per_label"].items():
        for key in ("precision", "recall", "f1"):
            assert m[key] == pytest.approx(report[label]["f1-score" if key == "f1" else key], abs=5e-5), (label, key)
        assert m["support"] == report[label]["support"]
    return metrics


def test_published_projections_vs_each_other_equal_seqeval(data_dir):
    """Real predictions: the simalign projection of DeepL de scored against the awesome-align one."""
    path = data_dir / "translations/conll2003-train/de.deepl.jsonl.gz"
    gold = read_translations_jsonl(path, "de", baseline="awesome")[:3000]
    pred = read_translations_jsonl(path, "de", baseline="simalign")[:3000]
    pred.reverse()  # pairing is by id, not by position
    metrics = _assert_equals_seqeval(pred, gold)
    assert 0.5 < metrics["f1"] < 1.0
    assert metrics["sentences"] == 3000
    assert metrics["projection_ratio"] == metrics["entities"]["predicted"] / metrics["entities"]["gold"]


def test_masakhaner_gold_vs_perturbed_equals_seqeval_with_ignore(data_dir):
    gold = read_corpus(data_dir / "masakhaner2/hau/test.txt", "xx")
    pred = read_corpus(data_dir / "masakhaner2/hau/test.txt", "xx")
    rng = random.Random(13)
    for doc in pred:
        spans = []
        for span in word_spans(doc):
            r = rng.random()
            if r < 0.1:
                continue  # missed
            if r < 0.2:
                span = WordSpan(span.start, min(span.end + 1, len(doc)), span.label)  # boundary error
            elif r < 0.3:
                span = WordSpan(span.start, span.end, rng.choice(["PER", "ORG", "LOC", "MISC"]))  # type error
            spans.append(span)
        free = [i for i in range(len(doc)) if not any(s.start <= i < s.end for s in spans)]
        if free and rng.random() < 0.2:
            spans.append(WordSpan(free[0], free[0] + 1, "MISC"))  # spurious
        kept = []
        for span in sorted(spans):
            if not kept or not kept[-1].overlaps(span):
                kept.append(span)
        set_word_spans(doc, kept)
    metrics = _assert_equals_seqeval(pred, gold, ignore=("DATE", "MISC"))
    assert "DATE" not in metrics["per_label"] and "MISC" not in metrics["per_label"]
    assert 0.5 < metrics["f1"] < 0.95
    _assert_equals_seqeval(pred, gold)  # and with every label


def test_identical_corpora_score_one(data_dir):
    gold = read_corpus(data_dir / "europarl-ner/en-europarl.test.conll02", "en")
    metrics = score(gold, gold)
    assert metrics["f1"] == metrics["precision"] == metrics["recall"] == 1.0
    assert metrics["projection_ratio"] == 1.0 and metrics["sentences"] == 799
    assert sum(m["support"] for m in metrics["per_label"].values()) == 702


def test_pairing_errors(data_dir):
    gold = read_corpus(data_dir / "wikiann-panx/rahimi-5afr/yor/test.txt", "yo")
    with pytest.raises(XnerError, match="missing from the predictions.*'test:0'"):
        score(gold[1:], gold)
    with pytest.raises(XnerError, match="missing from the gold"):
        score(gold, gold[:-1])
    with pytest.raises(XnerError, match="missing from the gold"):
        score(gold, gold[:-1], allow_missing=True)
    other = read_corpus(data_dir / "wikiann-panx/rahimi-5afr/yor/test.txt", "yo")
    set_id(other[1], "test:0")
    with pytest.raises(XnerError, match="occurs twice"):
        score(other, gold)
    shifted = read_corpus(data_dir / "wikiann-panx/rahimi-5afr/yor/test.txt", "yo")
    set_id(shifted[0], "test:1")
    set_id(shifted[1], "test:0")
    with pytest.raises(XnerError, match="token sequences differ"):
        score(shifted, gold)
    del other[0].user_data["xner_id"]
    with pytest.raises(XnerError, match="no sentence id"):
        score(other, gold)


def test_allow_missing_counts_missing_predictions_as_empty(data_dir):
    gold = read_corpus(data_dir / "wikiann-panx/rahimi-5afr/yor/test.txt", "yo")
    kept = [d for d in gold if len(d.ents) == 1]
    metrics = score(kept, gold, allow_missing=True)
    assert metrics["missing_predictions"] == len(gold) - len(kept) > 0
    assert metrics["precision"] == 1.0 and metrics["sentences"] == len(gold)
    assert metrics["recall"] == pytest.approx(len(kept) / sum(len(d.ents) for d in gold))
    empty = read_corpus(data_dir / "wikiann-panx/rahimi-5afr/yor/test.txt", "yo")
    for doc in empty:
        if len(doc.ents) != 1:
            set_word_spans(doc, [])
    assert {k: v for k, v in score(empty, gold).items() if k != "missing_predictions"} == {
        k: v for k, v in metrics.items() if k != "missing_predictions"}


_TAG = st.sampled_from(["O", "O", "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "I-ORG"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(1, 12).flatmap(lambda n: st.tuples(st.lists(_TAG, min_size=n, max_size=n),
                                                               st.lists(_TAG, min_size=n, max_size=n))),
                min_size=1, max_size=8))
def test_raw_iob2_tags_including_orphans_score_like_seqeval(sentences):
    """Decoding (orphan I- opens an entity) plus scoring equals seqeval on the raw, unrepaired tags."""
    vocab = vocab_for("xx")
    pred_docs, gold_docs = [], []
    for i, (gold_tags, pred_tags) in enumerate(sentences):
        for tags, docs in ((gold_tags, gold_docs), (pred_tags, pred_docs)):
            doc = Doc(vocab, words=[f"w{j}" for j in range(len(tags))])
            set_word_spans(doc, tags_to_spans(tags, "iob2")[0])
            set_id(doc, f"s:{i}")
            docs.append(doc)
    metrics = score(pred_docs, gold_docs)
    y_true = [g for g, _ in sentences]
    y_pred = [p for _, p in sentences]
    assert metrics["precision"] == pytest.approx(precision_score(y_true, y_pred, zero_division=0), abs=1e-9)
    assert metrics["recall"] == pytest.approx(recall_score(y_true, y_pred, zero_division=0), abs=1e-9)
    assert metrics["f1"] == pytest.approx(f1_score(y_true, y_pred, zero_division=0), abs=1e-9)


def test_predictions_are_read_once_as_a_stream(data_dir):
    """``score`` takes the predictions as a one-pass stream (``xner evaluate`` streams the predicted
    corpus; only the gold test set is held) and scores it as it scores a list, errors included."""
    gold = read_corpus(data_dir / "wikiann-panx/rahimi-5afr/yor/test.txt", "yo")
    pred = read_corpus(data_dir / "wikiann-panx/rahimi-5afr/yor/test.txt", "yo")
    for doc in pred[::3]:
        set_word_spans(doc, [])
    read = []

    def stream():
        for doc in pred:
            read.append(doc)
            yield doc

    assert score(stream(), gold) == score(pred, gold)
    assert len(read) == len(pred)
    extra = read_corpus(data_dir / "wikiann-panx/rahimi-5afr/yor/test.txt", "yo")
    for i, doc in enumerate(extra[:3]):
        set_id(doc, f"other:{i}")
    with pytest.raises(XnerError, match="^3 sentence\\(s\\) missing from the predictions, e.g. id 'test:0'"):
        score(iter(extra), gold)
    with pytest.raises(XnerError, match="^3 sentence\\(s\\) missing from the gold, e.g. id 'other:0'"):
        score(iter(extra), gold, allow_missing=True)
