"""Source NER with tiny models trained here on CoNLL-2003: the HF tagger's probabilities, the spaCy
tagger, NER candidates in ``xner project --method ner``, and the model-transfer baseline command."""
import json
from itertools import islice

import numpy as np
import pytest
import spacy
from spacy.tokens import Doc

from spacy_xner.accounting import StageSummary
from spacy_xner.corpora.docbin import read_docbin, write_docbin
from spacy_xner.corpora.readers import read_corpus
from spacy_xner.docs import get_id, get_projection_record, set_alignment, set_id, set_word_spans
from spacy_xner.ner.hf import HFTagger
from spacy_xner.ner.registry import hf_tagger
from spacy_xner.pipeline.presets import build_tagger
from spacy_xner.ner.scores import ner_score_matrix
from spacy_xner.ner.spacy_ner import SpacyTagger
from spacy_xner.ner.tagging import tag_docs
from spacy_xner.projection.spans import CandidateSpans
from spacy_xner.ty import Link, WordSpan


@pytest.fixture(scope="module")
def dev_words(data_dir):
    from fixtures_ner import conll_docs  # noqa: F811

    return [words for words, _ in islice(conll_docs(data_dir, 340), 300, 340)]



def test_hf_tagger_word_probabilities_are_the_first_subtoken(tiny_hf_ner_dir, dev_words):
    import torch
    from transformers import AutoModelForTokenClassification, AutoTokenizer

    tagger = build_tagger(str(tiny_hf_ner_dir))
    assert isinstance(tagger, HFTagger)
    tagged = tagger(dev_words)
    assert len(tagged) == len(dev_words)
    for words, t in zip(dev_words, tagged):
        assert t.probs.shape == (len(words), 9)
        np.testing.assert_allclose(t.probs.sum(axis=1), 1.0, atol=1e-5)
    stacked = np.concatenate([t.probs for t in tagged])
    assert stacked.std(axis=0).max() > 0.05  # trained: not the same distribution for every word
    assert sum(len(t.spans) for t in tagged) > 0
    # recompute one sentence by hand: softmax at each word's first sub-token
    tok = AutoTokenizer.from_pretrained(tiny_hf_ner_dir)
    model = AutoModelForTokenClassification.from_pretrained(tiny_hf_ner_dir).eval()
    words = max(dev_words, key=len)
    enc = tok(words, is_split_into_words=True, return_tensors="pt")
    with torch.no_grad():
        probs = torch.softmax(model(**enc).logits[0], -1).numpy()
    firsts = {}
    for k, w in enumerate(enc.word_ids(0)):
        if w is not None:
            firsts.setdefault(w, k)
    expected = probs[[firsts[w] for w in range(len(words))]]
    np.testing.assert_allclose(tagger([words])[0].probs, expected, atol=1e-5)


def test_hf_tagger_empty_and_truncated_sentences(tiny_hf_ner_dir):
    tagger = hf_tagger(str(tiny_hf_ner_dir), max_length=8)
    long = ["Peter", "Blackburn", "went", "to", "Brussels"] * 4
    empty, cut = tagger([[], long])
    assert empty.probs.shape == (0, 9) and empty.spans == []
    o = cut.classes.index("O")
    assert (cut.probs[-5:, o] == 1.0).all()  # past max_length: O, not a crash
    assert all(s.end <= 7 for s in cut.spans)


def test_predicted_spans_get_the_length_bonus(tiny_hf_ner_dir, dev_words):
    tagger = hf_tagger(str(tiny_hf_ner_dir))
    checked = 0
    for t in tagger(dev_words):
        for s in t.spans:
            cands = CandidateSpans.from_spans([s])
            with_bonus = ner_score_matrix(t, [s.label], cands, alpha=1.15)[0, 0]
            plain = ner_score_matrix(t, [s.label], cands, alpha=1.0)[0, 0]
            assert with_bonus == pytest.approx(plain * 1.15 ** (len(s) - 1))
            assert plain > 1 / 9  # the argmax class of every word of the span
            checked += 1
    assert checked > 0


def test_spacy_tagger_matches_the_pipeline(tiny_spacy_ner_dir, dev_words):
    tagger = build_tagger(str(tiny_spacy_ner_dir))
    assert isinstance(tagger, SpacyTagger)
    nlp = spacy.load(tiny_spacy_ner_dir)
    tagged = tagger(dev_words)
    for words, t in zip(dev_words, tagged):
        doc = nlp(Doc(nlp.vocab, words=words))
        assert t.spans == [WordSpan(e.start, e.end, e.label_) for e in doc.ents]
        assert set(np.unique(t.probs)) <= {0.0, 1.0} and (t.probs.sum(axis=1) == 1).all()
    assert sum(len(t.spans) for t in tagged) > 0


def test_spacy_source_tagger_on_english_docs(tiny_spacy_ner_dir, conll_sample):
    """The CNN NER as source tagger: copies with its entities, ids and words kept, every doc counted."""
    vocab = spacy.blank("en").vocab
    docs = []
    for k, (words, spans) in enumerate(conll_sample[:50]):
        doc = Doc(vocab, words=words)
        set_id(doc, f"en:{k}")
        docs.append(doc)
    stats = StageSummary("tag")
    out = list(tag_docs(SpacyTagger(str(tiny_spacy_ner_dir)), docs, stats, batch_size=16))
    assert [get_id(d) for d in out] == [get_id(d) for d in docs]
    assert [[t.text for t in d] for d in out] == [[t.text for t in d] for d in docs]
    assert stats.done == 50 and stats.counts["entities_out"] == sum(len(d.ents) for d in out) > 0
    gold = sum(len(s) for _, s in conll_sample[:50])
    found = sum(1 for d, (_, s) in zip(out, conll_sample[:50]) for e in d.ents if WordSpan(e.start, e.end, e.label_) in s)
    assert found / gold > 0.3  # trained on these sentences: it learnt something


@pytest.fixture(scope="module")
def masakha_sample(data_dir, tmp_path_factory):
    """The first 30 sentences of MasakhaNER 2.0 hau test as a gold DocBin."""
    lines = (data_dir / "masakhaner2" / "hau" / "test.txt").read_text(encoding="utf-8").split("\n")
    root = tmp_path_factory.mktemp("masakha")
    blanks = [i for i, line in enumerate(lines) if not line.strip()]
    (root / "test.txt").write_text("\n".join(lines[: blanks[29] + 1]), encoding="utf-8")
    docs = read_corpus(root / "test.txt", "xx", format="masakhaner")
    assert len(docs) == 30
    write_docbin(root / "gold.spacy", docs)
    return root


@pytest.mark.parametrize("which", ["hf", "spacy"])
def test_transfer_baseline_then_evaluate(which, tiny_hf_ner_dir, tiny_spacy_ner_dir, masakha_sample, tmp_path, xner):
    model = tiny_hf_ner_dir if which == "hf" else tiny_spacy_ner_dir
    out = tmp_path / "pred.spacy"
    res = xner("transfer", masakha_sample / "gold.spacy", out, "--model", model, "--batch-size", 8)
    assert res.returncode == 0, res.stderr
    pred, gold = read_docbin(out), read_docbin(masakha_sample / "gold.spacy")
    assert [get_id(d) for d in pred] == [get_id(d) for d in gold]
    stats = json.loads((tmp_path / "pred.summary.json").read_text())
    assert stats["done"] == 30 and stats["counts"]["entities_out"] == sum(len(d.ents) for d in pred)
    res = xner("evaluate", out, masakha_sample / "gold.spacy", "--ignore", "DATE", "--ignore", "MISC", "-o", tmp_path / "m.json")
    assert res.returncode == 0, res.stderr
    metrics = json.loads((tmp_path / "m.json").read_text())
    assert metrics["sentences"] == 30 and 0.0 <= metrics["f1"] <= 1.0


def test_transfer_user_errors(masakha_sample, tmp_path, xner):
    res = xner("transfer", masakha_sample / "gold.spacy", tmp_path / "o.spacy", "--model", tmp_path / "missing")
    assert res.returncode == 2 and "missing" in res.stderr and "Traceback" not in res.stderr
    assert not (tmp_path / "o.spacy").exists()


@pytest.mark.parametrize("which", ["spacy", "hf"])
def test_project_method_ner_uses_the_predicted_spans(which, tiny_spacy_ner_dir, tiny_hf_ner_dir, conll_sample, tmp_path, xner):
    """English → itself with identity links: every projected span is one the NER predicted on the target."""
    model = tiny_spacy_ner_dir if which == "spacy" else tiny_hf_ner_dir
    vocab = spacy.blank("en").vocab
    docs = []
    for k, (words, spans) in enumerate(conll_sample[:40]):
        src = Doc(vocab, words=words)
        set_word_spans(src, spans)
        set_id(src, f"en:{k}")
        tgt = Doc(vocab, words=words)
        src._.xner_translation = tgt
        set_alignment(src, [Link(i, i) for i in range(len(words))])
        docs.append(src)
    write_docbin(tmp_path / "aligned.spacy", docs)
    out = tmp_path / "out.spacy"
    res = xner("project", tmp_path / "aligned.spacy", out, "--method", "ner", "--ner-model", model)
    assert res.returncode == 0, res.stderr
    predicted = build_tagger(str(model))([[t.text for t in d] for d in docs])
    n_out = 0
    for target in read_docbin(out):
        k = int(get_id(target).split(":")[1])
        allowed = {(s.start, s.end) for s in predicted[k].spans}
        assert all((e.start, e.end) in allowed for e in target.ents)
        assert get_projection_record(target) is not None
        n_out += len(target.ents)
    assert n_out > 0
    res = xner("project", tmp_path / "aligned.spacy", out, "--method", "ner")
    assert res.returncode == 2 and "--ner-model" in res.stderr


def test_hf_model_without_iob_labels_is_a_user_error(tiny_xlmr_dir, tmp_path):
    from transformers import AutoModelForTokenClassification, AutoTokenizer

    from spacy_xner.errors import XnerError

    AutoModelForTokenClassification.from_pretrained(tiny_xlmr_dir, num_labels=3).save_pretrained(tmp_path)
    AutoTokenizer.from_pretrained(tiny_xlmr_dir).save_pretrained(tmp_path)
    with pytest.raises(XnerError, match="LABEL_0"):
        hf_tagger(str(tmp_path))([["a"]])
