"""Self-training (``xner self-label``): the NER labels unlabeled sentences and keeps the confident ones."""
import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, Span

from spacy_xner.corpora.docbin import read_docbin, write_docbin
from spacy_xner.docs import get_id, set_id
from spacy_xner.pipeline.presets import build_selector
from spacy_xner.reasons import BELOW_CONFIDENCE, NO_ENTITY

REPO = Path(__file__).resolve().parents[1]
N = 40


@pytest.fixture(scope="module")
def raw(conll_sample, tmp_path_factory):
    """N CoNLL sentences with an entity that is no model's output (a self-labeled copy must drop it)."""
    vocab = spacy.blank("en").vocab
    docs = []
    for i, (words, _) in enumerate(conll_sample[-N:]):
        doc = Doc(vocab, words=words)
        doc.ents = [Span(doc, 0, 1, label="GOLD")]
        set_id(doc, f"raw:{i}")
        docs.append(doc)
    path = tmp_path_factory.mktemp("self") / "raw.spacy"
    write_docbin(path, docs)
    return path


def kept(res, out: Path) -> list:
    assert res.returncode == 0, res.stderr
    return read_docbin(out)


def test_self_label_accounts_for_every_sentence(raw, tiny_spacy_ner_dir, tmp_path, xner):
    out = tmp_path / "next.spacy"
    # threshold 0: every parse with an entity (how confident a tiny model is differs between installs)
    docs = kept(xner("self-label", tiny_spacy_ner_dir, raw, out, "--min-confidence", 0.0), out)
    stats = json.loads((tmp_path / "next.summary.json").read_text())
    assert stats["sentences_in"] == N and stats["done"] + sum(stats["skipped"].values()) == N
    assert set(stats["skipped"]) <= {BELOW_CONFIDENCE, NO_ENTITY}
    assert 0 < len(docs) == stats["done"] and all(doc.ents for doc in docs)
    assert all(e.label_ in {"PER", "ORG", "LOC", "MISC"} for doc in docs for e in doc.ents)  # the model's, not GOLD
    assert stats["counts"]["entities_out"] == sum(len(doc.ents) for doc in docs)


def test_a_summary_counts_the_entities_out_when_nothing_is_kept(tiny_spacy_ner_dir, tmp_path, xner):
    empty, out = tmp_path / "empty.spacy", tmp_path / "none.spacy"
    write_docbin(empty, [])
    assert kept(xner("self-label", tiny_spacy_ner_dir, empty, out), out) == []
    stats = json.loads((tmp_path / "none.summary.json").read_text())
    assert stats["done"] == 0 and stats["counts"]["entities_out"] == 0


def test_a_higher_threshold_keeps_a_subset(raw, tiny_spacy_ner_dir, tmp_path, xner):
    def ids(threshold, *flags):
        out = tmp_path / f"{threshold}{''.join(flags)}.spacy"
        return [get_id(d) for d in kept(xner("self-label", tiny_spacy_ner_dir, raw, out, "--min-confidence", threshold, *flags), out)]

    everything = ids(0.0, "--keep-empty")
    assert len(everything) == N  # threshold 0 and empty parses kept: every sentence, in input order
    loose, strict = ids(0.3), ids(0.95)
    assert set(strict) <= set(loose) <= set(everything) and len(strict) < N


def test_add_writes_the_training_corpus_first(raw, tiny_spacy_ner_dir, tmp_path, xner):
    train = tmp_path / "train.spacy"
    doc = Doc(spacy.blank("xx").vocab, words=["Harare", "ndiro", "guta"])
    doc.ents = [Span(doc, 0, 1, label="LOC")]
    set_id(doc, "train:0")
    write_docbin(train, [doc])
    out = tmp_path / "next.spacy"
    docs = kept(xner("self-label", tiny_spacy_ner_dir, raw, out, "--add", train, "--min-confidence", 0.3), out)
    assert get_id(docs[0]) == "train:0" and [(e.text, e.label_) for e in docs[0].ents] == [("Harare", "LOC")]
    stats = json.loads((tmp_path / "next.summary.json").read_text())
    assert stats["counts"]["added"] == 1 and len(docs) == 1 + stats["done"]


def test_self_label_user_errors(raw, tiny_spacy_ner_dir, tmp_path, xner):
    res = xner("self-label", tmp_path, raw, tmp_path / "o.spacy")
    assert res.returncode != 0 and str(tmp_path) in res.stderr and "Traceback" not in res.stderr
    res = xner("self-label", tiny_spacy_ner_dir, raw, tmp_path / "o.spacy", "--min-confidence", 1.5)
    assert res.returncode != 0 and "--min-confidence" in res.stderr and "Traceback" not in res.stderr
    res = xner("self-label", tiny_spacy_ner_dir, raw, raw)
    assert res.returncode != 0 and "Traceback" not in res.stderr
    assert len(read_docbin(raw)) == N  # the input is never an output
    assert not (tmp_path / "o.spacy").exists()


def test_selector_settings_are_checked():
    with pytest.raises(ValueError, match="beam_width"):
        build_selector(beam_width=1)


@pytest.mark.slow
def test_the_transformer_pipeline_self_labels(raw, tiny_xlmr_dir, data_dir, tmp_path, xner):
    """configs/ner_trf.cfg (a tiny local encoder, CPU): the same step labels raw sentences with a transformer NER."""
    from spacy.cli.train import train as spacy_train

    from spacy_xner.corpora.readers import read_corpus

    docs = read_corpus(data_dir / "europarl-ner" / "en-europarl.test.conll02", "en", format="europarl")
    write_docbin(tmp_path / "train.spacy", docs[:30])
    write_docbin(tmp_path / "dev.spacy", docs[30:36])
    overrides = {"paths.train": str(tmp_path / "train.spacy"), "paths.dev": str(tmp_path / "dev.spacy"),
                 "paths.transformer": str(tiny_xlmr_dir), "nlp.lang": "en", "system.gpu_allocator": None,
                 "training.max_steps": 3, "training.eval_frequency": 3}
    spacy_train(REPO / "configs" / "ner_trf.cfg", tmp_path / "out", overrides=overrides, use_gpu=-1)
    out = tmp_path / "next.spacy"
    res = xner("self-label", tmp_path / "out" / "model-last", raw, out, "--min-confidence", 0.0, "--keep-empty")
    assert [get_id(d) for d in kept(res, out)] == [f"raw:{i}" for i in range(N)]
    assert not any(e.label_ == "GOLD" for doc in read_docbin(out) for e in doc.ents)
